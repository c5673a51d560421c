"""Schrijf het datawoordenboek `datasets/README.md` uit `woordenboek.py`."""

from __future__ import annotations

from pathlib import Path

from . import CURSUSZAAD
from .bronnen import BRONVERMELDING
from .data import laad_dataset
from .woordenboek import BRON_ASSEN, TABELLEN

__all__ = ["datawoordenboek_markdown", "schrijf_datawoordenboek"]

_INLEIDING = """# Datasets van de cursus

Deze map bevat de data van het **Sint-Gommaruscollege**, een *verzonnen* Vlaamse secundaire
school, en twee tabellen met *echte* geaggregeerde cijfers uit het bronmateriaal.

- Opnieuw maken: `schooldata-lit genereer --zaad {zaad} --map datasets` (zelfde zaad = exact
  dezelfde bestanden; een test controleert dat).
- Formaat: CSV met **puntkomma** als scheidingsteken en **komma** als decimaalteken, UTF-8
  met BOM, datums als JJJJ-MM-DD. Zo opent een Vlaamse (of Nederlandse) Excel de bestanden
  met een dubbelklik correct, met é en ë en met decimale getallen als getal. In Python:
  `schooldata_lit.laad_dataset("naam")`.
- Alle namen zijn verzonnen; `leerling_id` en `leerkracht_id` zijn pseudoniemen. Thuistaal,
  schooltoeslag, BaSO-fiches en begeleiding zijn *gevoelig*: ze staan er enkel om gelijke
  kansen en ethiek te leren bespreken, altijd geaggregeerd.
- Het meest recente schooljaar is **2025-2026** (volledig, tot en met de attesten in juni).
  Oudere schooljaren (vanaf 2019-2020) hebben enkel jaarresultaten en attesten.
- `grondwaarheid.csv` zegt welke signalen in de school geplant zijn, en welke valstrikken.
  Kijk er pas in nadat je zelf gezocht hebt: in een echte school bestaat zo'n tabel niet.

## Geplante signalen en valstrikken

| signaal | niveau | wat | valstrik? |
|---|---|---|---|
| dalende_trend | leerling | punten dalen gestaag over maanden | nee |
| dalende_activiteit | leerling | platformactiviteit daalt (nov.), daarna de punten (feb.) | nee |
| oplopende_afwezigheid | leerling | problematische afwezigheid (B) neemt toe vanaf december | nee |
| maandag_vrijdag | leerling | problematische afwezigheid op maandag en vrijdagnamiddag | nee |
| veel_c_attesten | klas | een klas met opvallend veel B- en C-attesten | nee |
| strenge_beoordeling | vak | één leerkracht wiskunde geeft ongeveer 12 punten lager | nee |
| eenmalige_dip | leerling | vier weken lagere punten, daarna herstel | ja |
| langdurig_ziek | leerling | 17 schooldagen ziek met attest, daarna weer aanwezig | ja |
| kleine_klas | klas | een klas van enkele leerlingen: het gemiddelde schommelt door toeval | ja |
| simpson_eerste_graad | school | C-attesten stijgen in 1A én 1B maar dalen in het geheel | ja |

Daarnaast zit er gewone ruis in de data: leerlingen die vaak ziek zijn, een slechte toets,
klassen die wat hoger of lager scoren.

## Hoe de school werkt (keuzes van de generator)

De loopbanen volgen het Vlaamse secundair: A- en B-stroom in de eerste graad, daarna
doorstroom, dubbele finaliteit of arbeidsmarktfinaliteit, en elk jaar een A-, B- of C-attest.
Zo ziet de verzonnen school eruit (de keuzes staan ook in `schooldata_lit/generator/loopbaan.py`):

- **Afzakken en opstromen.** Na een B-attest zakt een leerling meestal af naar een richting
  met minder abstractie (de 'waterval'). Een handvol sterke leerlingen met een A-attest gaat
  de andere kant op: na het derde of vierde jaar van arbeidsmarktfinaliteit naar dubbele
  finaliteit (Zorg en Haar- en schoonheidsverzorging naar Bedrijfsorganisatie, Bouw naar
  Elektromechanische technieken), of van dubbele finaliteit naar doorstroom
  (Bedrijfsorganisatie naar Economische wetenschappen, de STEM-technieken naar
  Natuurwetenschappen). Een enkele sterke leerling uit 1B gaat naar 2A. Opstromen is
  zeldzamer dan afzakken, zoals in het echt.
- **Attesten verschillen per studierichting.** Latijn en Natuurwetenschappen zijn zwaarder:
  meer tekorten, en de klassenraad gebruikt er vaker een B-attest om te heroriënteren. In
  Zorg, Bouw en Haar- en schoonheidsverzorging wordt veel praktisch en permanent geëvalueerd
  en zijn B- en C-attesten zeldzaam; een B-attest sluit daar weinig uit. Vergelijk dus nooit
  het aandeel B- en C-attesten van een klas met dat van de hele school, maar met dezelfde
  richting in andere jaren.
- **Corona.** In 2019-2020 was er vanaf half maart 2020 geen les op school: weinig nieuwe
  evaluaties, voor de meeste leerlingen geen juni-examens, en de klassenraden kregen de vraag
  mild te delibereren. Het jaarresultaat van dat jaar rust vooral op het werk van vóór de
  lockdown (iets hoger, minder spreiding) en er zijn dat jaar het minst B- en C-attesten. Het
  is dus géén gewoon jaar 'van vóór corona' om mee te vergelijken. In 2020-2021 liggen de
  resultaten het laagst, daarna herstellen ze. Voor de oudere schooljaren bevatten de
  datasets enkel jaarresultaten en attesten: afwezigheden en evaluaties van het
  lockdownvoorjaar zitten er niet in.

## Doelwaarden (gecontroleerd door de tests)

| grootheid | doel |
|---|---|
| leerlingen per schooljaar | 800 tot 1000 |
| gemiddeld percentage op evaluaties | 60 tot 72 |
| aandeel A / B / C-attesten per jaar | A 75-95 %, C 1-10 % |
| gemiddelde aanwezigheid | 94 tot 98 % |
| klasgrootte | hoogstens 24 |

"""


def datawoordenboek_markdown(map: Path | None = None, zaad: int = CURSUSZAAD) -> str:
    """Het datawoordenboek als Markdown, met per tabel het aantal rijen in `map`."""
    delen = [_INLEIDING.format(zaad=zaad), "## Tabellen\n"]
    for naam, tabel in TABELLEN.items():
        rijen = len(laad_dataset(naam, map=map))
        soort = "echte cijfers" if tabel.echte_gegevens else "verzonnen"
        delen.append(f"### `{naam}` ({rijen} rijen, {soort}, niveau: {tabel.niveau})\n")
        delen.append(tabel.beschrijving + "\n")
        assen = ", ".join(f"{as_}: {tabel.bron[as_]}" for as_ in BRON_ASSEN)
        delen.append(f"*Soort bron* — {assen}.\n")
        if naam in BRONVERMELDING:
            delen.append(f"*Bron* — {BRONVERMELDING[naam]}\n")
        delen.append("| kolom | betekenis | eenheid of waarden |\n|---|---|---|")
        delen += [f"| `{k.naam}` | {k.betekenis} | {k.eenheid} |" for k in tabel.kolommen]
        delen.append("")
    return "\n".join(delen)


def schrijf_datawoordenboek(map: Path, zaad: int = CURSUSZAAD) -> Path:
    pad = Path(map) / "README.md"
    pad.write_text(datawoordenboek_markdown(map, zaad), encoding="utf-8")
    return pad
