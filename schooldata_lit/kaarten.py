"""Gesprekskaarten voor de workshop en de nascholing, om af te drukken (vier per A4-blad).

De bachelorproef over Smartschool Analytics gebruikte in haar workshop van 35 minuten
"kaartjes met daarop een aantal discussievragen" voor groepjes van vier. Deze module maakt
die kaarten, aangevuld met één kaart per stelling uit de twee vragenlijsten (met de echte
resultaten van 33 leerkrachten en 75 leerlingen erbij, uit `bronnen.bevraging_analytics`),
enkele citaten uit de open antwoorden en de focusgesprekken, en de "spiegelkaarten" met voor-
en nadelen uit de literatuur die de onderzoeker zelf als verbetering voorstelt. De laatste
kaart is de nameting: ben je na het gesprek van mening veranderd?

- `gesprekskaarten()` geeft de kaarten als lijst;
- `gesprekskaarten_html()` maakt een HTML-bestand dat je in elke browser opent en afdrukt
  (A4, vier kaarten per blad, knippen langs de stippellijn);
- `gesprekskaarten_markdown()` maakt dezelfde kaarten als Markdown-pagina (voor de website);
- `maak_gesprekskaarten(pad)` schrijft een van beide weg, volgens de extensie van `pad`.

De HTML is zuiver Python (met `html.escape`): geen JavaScript, geen internet, en dezelfde
invoer geeft altijd exact dezelfde bytes.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .enquete import ANDERE_VRAAG, THEMA_PAREN, vragenlijst
from .kern.bronnen import STELLINGEN_LEERKRACHTEN, STELLINGEN_LEERLINGEN, bevraging_analytics

__all__ = ["Gesprekskaart", "REEKSEN", "gesprekskaarten", "gesprekskaarten_html",
           "gesprekskaarten_markdown", "maak_gesprekskaarten"]

PER_BLAD = 4


@dataclass(frozen=True)
class Gesprekskaart:
    """Eén kaart: een stelling of vraag, wat de bron vond, een vraag voor het gesprek."""

    reeks: str
    nummer: int
    kop: str
    tekst: str
    doorvraag: str
    bron: str
    uitslag: str = ""
    punten: tuple[str, ...] = ()


#: De vier reeksen: code → (titel, kleur uit het Okabe-Ito-palet, voor wie).
REEKSEN: dict[str, tuple[str, str, str]] = {
    "workshop": ("Kaarten uit de workshop van de bron", "#0072B2",
                 "de vier discussievragen van de workshop; voor leerlingen en leerkrachten"),
    "leerkrachten": ("Stellingen voor leerkrachten", "#E69F00",
                     "één kaart per stelling van de vragenlijst voor leerkrachten, en twee "
                     "citaten; voor een nascholing met een schoolteam"),
    "leerlingen": ("Stellingen voor leerlingen", "#009E73",
                   "één kaart per stelling van de vragenlijst voor leerlingen, en twee citaten; "
                   "voor een workshop met een klas, of om de stem van leerlingen te horen"),
    "spiegel": ("Spiegelkaarten en slotkaart", "#CC79A7",
                "voor- en nadelen uit de literatuur (op tafel bij elk groepje) en de nameting"),
}

_BRON_PROEF = ("Bachelorproef 'Op welke manier kan Smartschool Analytics een meerwaarde zijn "
               "voor mijn school?'")
_BRON_VRAGEN = _BRON_PROEF + ", vragenlijst (bijlage 1) en resultaten (hoofdstuk 4)."
_BRON_OPEN = _BRON_PROEF + ", antwoorden op de open vraag (bijlage 2)."
_BRON_WORKSHOP = _BRON_PROEF + ", discussievragen van de workshop (tabel 1)."
_BRON_LITERATUUR = _BRON_PROEF + ", literatuurstudie (hoofdstuk 1)."
_BRON_PROJECT = ("Arteveldehogeschool, onderzoeksproject 'Schooldata: meten, weten en de "
                 "volgende stap vergeten?', focusgesprekken.")

_WORKSHOP = (
    ("Wat vind je het voordeel van een systeem als Smartschool Analytics?",
     "Voor leerkrachten: welk voordeel zie je voor je leerlingen, en welk voor jezelf? Noem er "
     "van elk één, zo concreet mogelijk."),
    ("Zou je het zelf willen gebruiken?",
     "Waarvoor wel, en waarvoor zeker niet? Wat zou je nodig hebben om het goed te gebruiken?"),
    ("Zou je willen dat je leerkrachten het gebruiken?",
     "Voor leerkrachten: zou je willen dat je leerlingen hun eigen gegevens zien? En hun "
     "ouders?"),
    ("Vind je dat jouw data privé moet blijven?",
     "Voor wie wel, en voor wie niet? Waar ligt voor jou de grens tussen begeleiden en "
     "controleren?"),
)

_DOORVRAGEN_LEERKRACHTEN = (
    "Wie doet bij ons wat als een dashboard iets toont? Een leerling schreef: 'als ze het gaan "
    "gebruiken [moeten ze] er ook iets mee doen en niet er gewoon naar kijken'.",
    "Sneller opsporen kost vals alarm. Hoeveel vals alarm vinden wij aanvaardbaar om één "
    "leerling niet te missen?",
    "Een collega vreesde dat 'kleinigheden misschien te snel uitvergroot worden'. Wanneer is "
    "een daling een trend en geen dip? Wat spreken we af voor er een licht brandt?",
    "'Wie gaat de boodschap aan leerling/ouders brengen?' Wie voert dat gesprek bij ons, en "
    "wat toon je wel en niet?",
    "'Te zeer focussen op data en niet op hoe het kind zich voelt.' Hoe houden we de context "
    "en het welzijn van de leerling in beeld?",
    "Minder dan de helft voelt zich vaardig. Wat zou jou helpen? En wie in ons team kan de "
    "anderen meenemen?",
    "Leerkrachten maken zich minder zorgen dan leerlingen: in de open vraag was privacy de "
    "grootste zorg van de leerlingen. Hoe verklaar je dat verschil?",
    "Welke drie afspraken moeten zeker in onze richtlijnen staan? Denk aan: wie ziet wat, wat "
    "gebeurt er na een signaal, hoelang bewaren we gegevens?",
    "Wat wil jij leren: grafieken lezen, een dip van een trend onderscheiden, omgaan met "
    "privacy? Wat is een eerste stap die past in een schooljaar?",
    "9 van de 33 leerkrachten willen zelf meedenken; 44 van de 75 leerlingen vinden dat "
    "leerlingen inspraak moeten hebben. Dat zijn twee verschillende vragen. Wie beslist bij ons "
    "hoe data gebruikt worden, en wie hoort erbij?",
)

_DOORVRAGEN_LEERLINGEN = (
    "Welke grafiek zou je graag zien, en welke zeker niet? Leerlingen vroegen 'niet te "
    "moeilijke grafieken'.",
    "Stel: je ziet dat het in één vak minder goed gaat. Wat zou je dan doen, en van wie zou je "
    "hulp willen?",
    "Wanneer motiveert een grafiek, en wanneer geeft ze stress? Een leerling schreef: 'dan "
    "lijkt het meteen alsof je heel slecht bezig bent'.",
    "Wie moet zo'n melding krijgen: jij, je ouders, je leerkrachten? Een leerling schreef: "
    "'Dat mijn ouders geen meldingen kunnen krijgen.'",
    "Wat moet een leerkracht doen met wat hij of zij ziet? Wanneer voelt het als hulp, en "
    "wanneer als controle?",
    "Wat maakt een grafiek voor jou duidelijk? Wat maakt ze verwarrend?",
    "Wie mag jouw punten en afwezigheden zien? Waar leg jij de grens?",
    "Wat zou de school moeten doen of beloven zodat je haar vertrouwt? 'Het moet geen invloed "
    "hebben op hoe leerkrachten je als persoon gaan bekijken.'",
    "Onder welke voorwaarden zou je het willen uitproberen? Wat zou je doen afhaken?",
    "Hoe zou inspraak er concreet uitzien: via de leerlingenraad, een bevraging, of zelf "
    "kiezen wat je ziet?",
)

_CITATEN_LEERKRACHTEN = (
    ("Bij de koeien werkt dit prima, daling in melkproductie wijst altijd op een onderliggend "
     "probleem.",
     "Wijst een daling in punten altijd op een probleem? Wat kan er nog achter zitten, en wat "
     "is het verschil tussen een leerling en een cijfer?", "citaat van een leerkracht", _BRON_OPEN),
    ("Het buikgevoel alleen is niet genoeg, data mag er ook bij. Het is een én-én-verhaal.",
     "Denk aan een leerling over wie je buikgevoel en de cijfers iets anders zeiden. Wat gaf "
     "de doorslag, en wat had je willen weten?", "citaat van een directeur", _BRON_PROJECT),
)

_CITATEN_LEERLINGEN = (
    ("Dat klasgemiddelde wordt getoond naast je eigenlijke progressie.",
     "Eén leerling vroeg het klasgemiddelde naast de eigen vooruitgang; andere leerlingen wilden "
     "niet vergeleken worden met klasgenoten. Waar ligt voor jou het verschil?",
     "citaat van een leerling", _BRON_OPEN),
    ("Dat er ook nog naar de mening van de leerling wordt geluisterd. Ik denk dat met een "
     "analysetool zoals dit, niet meer naar mijn mening wordt geluisterd en puur naar de data "
     "wordt gekeken.",
     "Hoe zorg je ervoor dat de cijfers het gesprek met de leerling niet vervangen?",
     "citaat van een leerling", _BRON_OPEN),
)

_SPIEGEL = (
    ("Wat kan het opleveren?",
     ("Risico's op schooluitval en achterstand sneller signaleren (Tempelaar e.a., 2015).",
      "Een beter beeld van de klasgroep; bijsturen op data, niet op buikgevoel alleen.",
      "Leerlingen volgen hun eigen leerproces op: zelfregulerend leren.",
      "Dashboards kunnen helpen, als leerkrachten goed leren interpreteren (Ifenthaler, 2017).",
      "Grafieken ondersteunen het gesprek met leerlingen en ouders."),
     "Welk voordeel weegt voor jou het zwaarst? Welk geloof je niet?"),
    ("Wat kan er misgaan?",
     ("Het gevoel voortdurend gevolgd te worden: surveillance (Slade en Prinsloo, 2013; "
      "Fabry, 2024).",
      "Data zonder context, of gebruikt om te straffen in plaats van te begrijpen.",
      "Inzichten die automatische labels worden en leerlingen stigmatiseren.",
      "Scholen hebben data, maar geen afspraken over toegang of interpretatie (De Latter e.a., "
      "2023).",
      "Een tijdelijke dip die te snel uitvergroot wordt."),
     "Welk risico is bij ons het grootst? Wat zou het kleiner maken?"),
    ("Drie vragen voor elke school (Karaoglan en Yilmaz, 2022)",
     ("Wie bepaalt welke data relevant is?",
      "Hoe worden leerlingen betrokken bij het datagebruik?",
      "Zijn er garanties dat de data niet onbedoeld gaan stigmatiseren?"),
     "Welke van de drie is op onze school het minst beantwoord?"),
)


def _uitslag(rij) -> str:
    """'33 leerkrachten: 23 (helemaal) eens · 9 neutraal · 0 (helemaal) oneens.'"""
    gerapporteerd = not pd.isna(rij["neutraal"])
    neutraal = (f"{int(rij['neutraal'])} neutraal" if gerapporteerd
                else "neutraal niet gerapporteerd")
    tekst = (f"{int(rij['respondenten'])} {rij['groep']}: {int(rij['eens'])} (helemaal) eens · "
             f"{neutraal} · {int(rij['oneens'])} (helemaal) oneens")
    if gerapporteerd:
        som = int(rij["eens"]) + int(rij["neutraal"]) + int(rij["oneens"])
        if som != int(rij["respondenten"]):
            tekst += f" (samen {som}: zo gerapporteerd)"
    return tekst + "."


def _stellingkaarten(groep: str, stellingen: tuple[str, ...], doorvragen: tuple[str, ...],
                     citaten: tuple) -> list[Gesprekskaart]:
    bron = bevraging_analytics()
    andere = "leerkrachten" if groep == "leerlingen" else "leerlingen"
    paren = {paar[0 if groep == "leerlingen" else 1]: paar[1 if groep == "leerlingen" else 0]
             for paar in THEMA_PAREN.values()}
    thema_van = {paar[0 if groep == "leerlingen" else 1]: thema
                 for thema, paar in THEMA_PAREN.items()}
    kaarten = []
    for nummer, (stelling, doorvraag) in enumerate(zip(stellingen, doorvragen, strict=True), 1):
        rij = bron[(bron["groep"] == groep) & (bron["nummer"] == nummer)].iloc[0]
        uitslag = _uitslag(rij)
        if nummer in paren:
            ander = bron[(bron["groep"] == andere) & (bron["nummer"] == paren[nummer])].iloc[0]
            if thema_van.get(nummer) in ANDERE_VRAAG:
                uitslag += (f" Stelling {paren[nummer]} voor {andere} vraagt iets anders; "
                            f"vergelijk de cijfers niet: {_uitslag(ander)}")
            else:
                uitslag += (f" Vergelijk met stelling {paren[nummer]} voor {andere}: "
                            f"{_uitslag(ander)}")
        kaarten.append(Gesprekskaart(groep, nummer, f"Stelling {nummer} · {groep}", stelling,
                                     doorvraag, _BRON_VRAGEN, uitslag))
    for nummer, (citaat, doorvraag, kop, herkomst) in enumerate(citaten, len(stellingen) + 1):
        kaarten.append(Gesprekskaart(groep, nummer, f"Kaart {nummer} · {kop}", f"“{citaat}”",
                                     doorvraag, herkomst))
    return kaarten


def gesprekskaarten() -> list[Gesprekskaart]:
    """Alle gesprekskaarten, reeks per reeks (een veelvoud van vier per reeks).

    >>> kaarten = gesprekskaarten()
    >>> len(kaarten), kaarten[0].tekst
    (32, 'Wat vind je het voordeel van een systeem als Smartschool Analytics?')
    >>> [k.reeks for k in kaarten].count("leerkrachten")
    12
    """
    kaarten = [Gesprekskaart("workshop", nummer, f"Workshopkaart {nummer}", vraag, doorvraag,
                             _BRON_WORKSHOP)
               for nummer, (vraag, doorvraag) in enumerate(_WORKSHOP, 1)]
    kaarten += _stellingkaarten("leerkrachten", STELLINGEN_LEERKRACHTEN,
                                _DOORVRAGEN_LEERKRACHTEN, _CITATEN_LEERKRACHTEN)
    kaarten += _stellingkaarten("leerlingen", STELLINGEN_LEERLINGEN, _DOORVRAGEN_LEERLINGEN,
                                _CITATEN_LEERLINGEN)
    for nummer, (titel, punten, doorvraag) in enumerate(_SPIEGEL, 1):
        kaarten.append(Gesprekskaart("spiegel", nummer, f"Spiegelkaart {nummer}", titel,
                                     doorvraag, _BRON_LITERATUUR, punten=punten))
    nameting = vragenlijst("leerkrachten", nameting=True)
    nameting = nameting[nameting["thema"] == "nameting"]
    keuze, toelichting = nameting.iloc[0], nameting.iloc[1]
    kaarten.append(Gesprekskaart(
        "spiegel", len(_SPIEGEL) + 1, "Slotkaart · nameting", keuze["vraag"],
        toelichting["vraag"] + " Schrijf het op voor je het in de groep vertelt.",
        _BRON_PROEF + ", 3.2 Uitdagingen en verbeteringen: de verbetering die de onderzoeker "
        "zelf voorstelt.", punten=tuple(keuze["antwoordopties"].split(" | "))))
    return kaarten


def _bladen(kaarten: list[Gesprekskaart]) -> list[tuple[str, list[Gesprekskaart]]]:
    bladen = []
    for reeks in REEKSEN:
        van_reeks = [k for k in kaarten if k.reeks == reeks]
        for start in range(0, len(van_reeks), PER_BLAD):
            bladen.append((reeks, van_reeks[start:start + PER_BLAD]))
    return bladen


_CSS = """\
@page { size: A4 portrait; margin: 8mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #e8e8e8; color: #222;
       font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
.uitleg { width: 194mm; margin: 8mm auto; padding: 6mm 8mm; background: #fff;
          font-size: 11pt; line-height: 1.4; }
.uitleg h1 { font-size: 18pt; margin: 0 0 3mm 0; }
.blad { width: 194mm; height: 280mm; margin: 8mm auto; background: #fff; display: grid;
        grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr;
        break-after: page; page-break-after: always; break-inside: avoid; }
.blad:last-of-type { break-after: auto; page-break-after: auto; }
.kaart { display: flex; flex-direction: column; gap: 3mm; overflow: hidden;
         padding: 7mm 7mm 6mm 7mm; border: 0.3mm dashed #777;
         border-left: 5mm solid var(--kleur); }
.kop { margin: 0; font-size: 8.5pt; letter-spacing: 0.04em; text-transform: uppercase;
       color: #555; }
.tekst { margin: 0; font-size: 16pt; font-weight: 600; line-height: 1.25; }
.punten { margin: 0; padding-left: 5mm; font-size: 10.5pt; line-height: 1.3; }
.uitslag { margin: 0; padding: 2mm 3mm; background: #f1f1f1; font-size: 9.5pt;
           line-height: 1.3; }
.doorvraag { margin: 0; font-size: 12pt; line-height: 1.3; }
.bron { margin: auto 0 0 0; font-size: 7pt; color: #555; line-height: 1.25; }
@media print {
  body { background: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .uitleg { display: none; }
  .blad { margin: 0; }
}
"""


def _kaart_html(kaart: Gesprekskaart, kleur: str) -> str:
    e = html.escape
    delen = [f'<article class="kaart" style="--kleur: {kleur}">',
             f'  <p class="kop">{e(kaart.kop)}</p>',
             f'  <p class="tekst">{e(kaart.tekst)}</p>']
    if kaart.punten:
        delen.append('  <ul class="punten">' + "".join(f"<li>{e(p)}</li>" for p in kaart.punten)
                     + "</ul>")
    if kaart.uitslag:
        delen.append(f'  <p class="uitslag"><strong>In de bron:</strong> {e(kaart.uitslag)}</p>')
    delen += [f'  <p class="doorvraag"><strong>Bespreek:</strong> {e(kaart.doorvraag)}</p>',
              f'  <p class="bron">Bron: {e(kaart.bron)} Kaart uit schooldata-lit (CC BY 4.0).</p>',
              "</article>"]
    return "\n".join(delen)


def gesprekskaarten_html(kaarten: list[Gesprekskaart] | None = None) -> str:
    """De kaarten als één HTML-bestand om af te drukken: vier kaarten per A4-blad.

    Bovenaan staat een korte uitleg die enkel op het scherm verschijnt (niet op papier).

    >>> tekst = gesprekskaarten_html()
    >>> "@media print" in tekst, tekst.count('<article class="kaart"'), tekst.count('class="blad"')
    (True, 32, 8)
    """
    kaarten = gesprekskaarten() if kaarten is None else kaarten
    bladen = _bladen(kaarten)
    e = html.escape
    overzicht = []
    for nummer, (reeks, _) in enumerate(bladen, 1):
        titel, _, voor_wie = REEKSEN[reeks]
        if overzicht and overzicht[-1][0] == reeks:
            overzicht[-1][2] = nummer
        else:
            overzicht.append([reeks, nummer, nummer, titel, voor_wie])
    lijst = "\n".join(
        f"<li>Blad {van}{'' if van == tot else f'–{tot}'}: <strong>{e(titel)}</strong> "
        f"({e(voor_wie)}).</li>" for _, van, tot, titel, voor_wie in overzicht)
    delen = [
        "<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
        "<title>Gesprekskaarten · schooldata-lit</title>", f"<style>\n{_CSS}</style>",
        "</head>", "<body>",
        '<header class="uitleg">',
        "<h1>Gesprekskaarten</h1>",
        "<p>Kaarten voor het gesprek in groepjes van vier, naar de workshop uit de "
        "bachelorproef over Smartschool Analytics. Druk af op A4, staand, op ware grootte, met "
        "achtergrondkleuren aan. Elk blad heeft vier kaarten: knip langs de stippellijnen. Deze "
        "uitleg komt niet mee op papier.</p>",
        f"<ul>\n{lijst}\n</ul>",
        "<p>Leg bij elk groepje de spiegelkaarten op tafel (voor- en nadelen uit de "
        "literatuur), zodat wie moeilijk een mening vormt zich eraan kan spiegelen. Deel de "
        "slotkaart pas uit na het plenaire gesprek. De cijfers zijn de echte resultaten uit de "
        "bron, zoals gerapporteerd.</p>",
        "<p>Gemaakt met <code>schooldata_lit.kaarten.maak_gesprekskaarten</code>. De kaarten "
        "vallen onder CC BY 4.0; de stellingen, citaten en cijfers komen uit de vermelde "
        "bronnen.</p>",
        "</header>",
    ]
    for nummer, (reeks, op_blad) in enumerate(bladen, 1):
        titel, kleur, _ = REEKSEN[reeks]
        delen.append(f'<section class="blad" aria-label="Blad {nummer}: {e(titel)}">')
        delen += [_kaart_html(kaart, kleur) for kaart in op_blad]
        delen.append("</section>")
    delen += ["</body>", "</html>", ""]
    return "\n".join(delen)


def gesprekskaarten_markdown(kaarten: list[Gesprekskaart] | None = None) -> str:
    """Dezelfde kaarten als Markdown-pagina (MyST), met uitleg bovenaan.

    >>> print(gesprekskaarten_markdown().splitlines()[0])
    # Gesprekskaarten
    """
    kaarten = gesprekskaarten() if kaarten is None else kaarten
    regels = [
        "# Gesprekskaarten", "",
        "Kaarten voor het gesprek in groepjes van vier. Ze volgen de workshop van 35 minuten uit "
        "de bachelorproef over Smartschool Analytics, waarin leerlingen \"kaartjes met daarop "
        "een aantal discussievragen\" kregen. We vulden ze aan met één kaart per stelling van de "
        "twee vragenlijsten (met de echte resultaten van 33 leerkrachten en 75 leerlingen), "
        "citaten uit de open antwoorden en de focusgesprekken, en de spiegelkaarten die de "
        "onderzoeker zelf als verbetering voorstelt: *de voor- en nadelen op papier*, zodat wie "
        "moeilijk een mening vormt zich eraan kan spiegelen. De slotkaart is de tweede "
        "verbetering: *vraag na het gesprek of de deelnemers van mening veranderd zijn*.", "",
        "## Afdrukken", "",
        "Open [gesprekskaarten_afdrukken.html](gesprekskaarten_afdrukken.html) in een browser "
        "en druk af op A4, "
        "staand, op ware grootte, met achtergrondkleuren aan. Elk blad heeft vier kaarten; knip "
        "langs de stippellijnen.", "",
        "| blad | reeks | voor wie |", "|---|---|---|",
    ]
    bladen = _bladen(kaarten)
    vorige = None
    for nummer, (reeks, _) in enumerate(bladen, 1):
        if reeks != vorige:
            aantal = sum(1 for r, _ in bladen if r == reeks)
            tot = nummer + aantal - 1
            titel, _, voor_wie = REEKSEN[reeks]
            regels.append(f"| {nummer if aantal == 1 else f'{nummer}–{tot}'} | {titel} | "
                          f"{voor_wie} |")
            vorige = reeks
    regels += [
        "", "Voor een nascholing met een schoolteam: blad 1, de bladen met stellingen voor "
        "leerkrachten en het laatste blad. Voor een workshop met een klas: blad 1, de bladen met "
        "stellingen voor leerlingen en het laatste blad. Zie ook het draaiboek in "
        "[de nascholing van drie uur](../leerpaden/nascholing_3uur.md).", "",
        "Deze pagina en `gesprekskaarten_afdrukken.html` worden gemaakt met "
        "`schooldata_lit.kaarten.maak_gesprekskaarten`; pas de kaarten daar aan en maak beide "
        "bestanden opnieuw. De kaarten vallen onder CC BY 4.0; de stellingen, citaten en cijfers "
        "komen uit de vermelde bronnen.", "",
    ]
    for reeks, (titel, _, _) in REEKSEN.items():
        regels += [f"## {titel}", ""]
        for kaart in (k for k in kaarten if k.reeks == reeks):
            regels += [f"### {kaart.kop}", "", f"> **{kaart.tekst}**"]
            if kaart.punten:
                regels += [">"] + [f"> - {punt}" for punt in kaart.punten]
            if kaart.uitslag:
                regels += [">", f"> *In de bron:* {kaart.uitslag}"]
            regels += [">", f"> **Bespreek:** {kaart.doorvraag}", "",
                       f"*Bron: {kaart.bron}*", ""]
    return "\n".join(regels)


def maak_gesprekskaarten(pad: str | os.PathLike) -> Path:
    """Schrijf de gesprekskaarten naar `pad`: HTML bij `.html`, Markdown bij `.md`.

    Geeft het pad terug. Dezelfde kaarten geven altijd exact dezelfde bytes (UTF-8, `\\n`).

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     pad = maak_gesprekskaarten(pathlib.Path(map_) / "kaarten.html")
    ...     pad.name, pad.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    ('kaarten.html', True)
    """
    pad = Path(pad)
    if pad.suffix.lower() in (".html", ".htm"):
        tekst = gesprekskaarten_html()
    elif pad.suffix.lower() == ".md":
        tekst = gesprekskaarten_markdown()
    else:
        raise ValueError(f"Onbekende extensie {pad.suffix!r} voor {pad.name!r}: kies een pad dat "
                         "eindigt op .html (om af te drukken) of .md (voor de website).")
    pad.parent.mkdir(parents=True, exist_ok=True)
    with open(pad, "w", encoding="utf-8", newline="\n") as bestand:
        bestand.write(tekst)
    return pad
