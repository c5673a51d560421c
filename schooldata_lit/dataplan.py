"""Een dataplan met je datateam: van een heldere vraag naar een kleine, nuttige actie.

Twee hulpmiddelen komen hier samen.

* De **cyclus van een datateam** (`CYCLUS`): probleem, hypothesen, data verzamelen,
  datakwaliteit, analyse, interpretatie, maatregelen en evaluatie. Zo werkt de datateammethode
  (Schildkamp en collega's, Universiteit Twente) die veel Vlaamse en Nederlandse scholen
  gebruiken.
* Het **planningskader WE / DIT / EENS / MOETEN / BEKIJKEN** (`KADER`) uit het onderzoek
  *Schooldata: meten, weten en de volgende stap vergeten?* (Arteveldehogeschool): wie, wat
  concreet, wanneer en waar, waartoe, en hoe (datagebaseerde acties), telkens met de
  voorbeelden die de schoolteams zelf gaven.

Een `Dataplan` vult beide in. `controleer_plan()` geeft vriendelijke opmerkingen (bv. een
succescriterium zonder getal, of geen evaluatiedatum), `plan_als_markdown()` en
`plan_als_html()` maken er een net document van en `bewaar_plan()` schrijft het weg.
`DataplanCanvas` is hetzelfde als invulformulier (widgets), zonder code.

>>> plan = voorbeeldplan()
>>> controleer_plan(plan, vandaag="2026-06-30")
[]
>>> print(plan_als_markdown(plan).splitlines()[0])
# Dataplan: Veel B- en C-attesten in 4BOR
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .kern.lui import lui_doorverwijzen
from .kern.woordenboek import TABELLEN

__all__ = [
    "Stap",
    "CYCLUS",
    "KADER",
    "Casus",
    "CASUSSEN",
    "Dataplan",
    "cyclus_tabel",
    "kader_tabel",
    "casussen_tabel",
    "voorbeeldplan",
    "controleer_plan",
    "plan_als_markdown",
    "plan_als_html",
    "bewaar_plan",
    "MAX_BRONNEN",
]

#: Hoeveel databronnen een eerste plan hoogstens gebruikt ("klein, eng en nuttig beginnen").
MAX_BRONNEN = 3


@dataclass(frozen=True)
class Stap:
    """Eén stap van de cyclus van een datateam."""

    nummer: int
    naam: str
    vraag: str


#: De acht stappen van de datateammethode, telkens met de vraag die het team zich stelt.
CYCLUS: tuple[Stap, ...] = (
    Stap(1, "Probleem", "Wat loopt er mis of wat willen we weten? Zo eng en concreet mogelijk, "
         "en waarom is het nu urgent?"),
    Stap(2, "Hypothesen", "Welke verklaringen zien we? Schrijf ze zo dat data ze kunnen "
         "bevestigen of weerleggen."),
    Stap(3, "Data verzamelen", "Welke data hebben we nodig voor díe hypothese, en niet meer?"),
    Stap(4, "Datakwaliteit", "Zijn de data volledig en betrouwbaar? Op hoeveel leerlingen (n) "
         "steunt elk getal?"),
    Stap(5, "Analyse", "Wat rekenen we uit, en waarmee vergelijken we (vorig jaar, "
         "dezelfde richting, de eigen start)?"),
    Stap(6, "Interpretatie en conclusie", "Klopt de hypothese? Wat zeggen collega's en "
         "leerlingen erover? Zo nee: terug naar stap 2."),
    Stap(7, "Maatregelen", "Wat doen we concreet, wie doet het, en vanaf wanneer?"),
    Stap(8, "Evaluatie", "Wanneer en waaraan zien we of de maatregel werkte?"),
)

#: Het planningskader uit het bronmateriaal: per deel de vraag en de voorbeelden die de
#: schoolteams in de focusgesprekken gaven.
KADER: dict[str, tuple[str, tuple[str, ...]]] = {
    "WE": ("wie", (
        "Per vakgroep", "Beleidsteam", "Leerkrachten 2e graad BSO", "ICT-minded subteam")),
    "DIT": ("wat concreet", (
        "Deliberatiecriteria onder de loep nemen", "Oriëntering tussen 2e en 3e jaar",
        "Trends in examenresultaten, postcorona", "Hoe doen leerlingen het in hoger onderwijs",
        "Digitale vaardigheden", "BaSO-fiches",
        "LVS (bv. een Excel-verzamelstaat per leerling over begeleiding, remediëring, "
        "herkansingen)", "Skore in Smartschool")),
    "EENS": ("wanneer en waar", (
        "(Niet) elke vakvergadering", "Pedagogische studiedag",
        "Op personeelsvergadering, samen, structureel ingepland", "Voor/na een klassenraad",
        "Thuiswerk")),
    "MOETEN": ("waartoe", (
        "Onderzoeksvragen komen 'in de regel' van de directie",
        "Wat is effectief en efficiënt, nutsdenken", "Te faciliteren!",
        "I.f.v. formatieve evaluatie, doelenevaluatie, IKZ",
        "Visievorming over data-geïnformeerd werken in onderwijs")),
    "BEKIJKEN": ("hoe, datagebaseerde acties", (
        "Toonmomenten: welke parameter, welk feit", "Rekenwerk doen", "(Laten) onderzoeken",
        "Informatie anders groeperen", "Reflecteren over (samen)", "Registraties doen",
        "Tabbladen maken", "Helpen interpreteren, betekenisgeving, hypotheses",
        "Peer feedback geven", "IKZ-oefeningen", "Leerwinst meten (per vak)",
        "Verantwoordingsmodus", "Dataverenging, filterwerk op bestaande databases",
        "Conclusies schooleigen maken")),
}


@dataclass(frozen=True)
class Casus:
    """Een concrete vraag van een school (uit het bronmateriaal) met passende databronnen."""

    titel: str
    vraag: str
    databronnen: tuple[str, ...]


#: De concrete casussen uit het bronmateriaal (het deel DIT), elk met een voorbeeld van een
#: enge vraag en de datasets van de cursusschool die erbij passen.
CASUSSEN: dict[str, Casus] = {c.titel: c for c in (
    Casus("Deliberatiecriteria onder de loep nemen",
          "Krijgen leerlingen met hetzelfde aantal tekorten in elke richting hetzelfde attest?",
          ("attesten", "jaarresultaten")),
    Casus("Oriëntering tussen 2e en 3e jaar",
          "Hoeveel leerlingen met een B-attest in het tweede jaar zitten een jaar later in een "
          "richting die bij dat attest past?", ("attesten", "inschrijvingen")),
    Casus("Trends in examenresultaten, postcorona",
          "Zijn de eindresultaten per vak na 2020-2021 weer op het niveau van ervoor?",
          ("jaarresultaten",)),
    Casus("Hoe doen leerlingen het in hoger onderwijs",
          "Welk aandeel studiepunten behalen oud-leerlingen per richting in hun eerste jaar?",
          ("alumni", "inschrijvingen")),
    Casus("Digitale vaardigheden",
          "Dienen leerlingen van de eerste graad hun taken op het leerplatform op tijd in?",
          ("platformactiviteit",)),
    Casus("BaSO-fiches",
          "Krijgen leerlingen met een aandachtspunt 'taal' op hun BaSO-fiche in het eerste "
          "trimester taalsteun?", ("baso_fiches", "begeleiding")),
    Casus("LVS: begeleiding, remediëring, herkansingen",
          "Halen leerlingen die remediëring kregen het vak daarna wel?",
          ("begeleiding", "resultaten")),
    Casus("Skore in Smartschool",
          "Hoeveel evaluaties en van welke soort geven we per vak en per periode?",
          ("resultaten",)),
    Casus("Veel B- en C-attesten in één klas",
          "Waarom kreeg 4BOR dit jaar zoveel meer B- en C-attesten dan de jaren ervoor?",
          ("attesten", "resultaten", "afwezigheden")),
)}

KADERVELDEN = {"WE": "we", "DIT": "dit", "EENS": "eens", "MOETEN": "moeten",
                "BEKIJKEN": "bekijken"}
_GETAL = re.compile(r"\d")


@dataclass(frozen=True)
class Dataplan:
    """Een klein, eng en nuttig dataplan: het kader WE/DIT/EENS/MOETEN/BEKIJKEN plus de
    stappen van de cyclus die je vooraf plant.

    Alle velden zijn tekst, behalve `databronnen` (namen van datasets) en `evaluatiedatum`
    (een datum of een tekst als ``"2026-06-30"``).

    >>> Dataplan(titel="Proef", we="Vakgroep wiskunde").we
    'Vakgroep wiskunde'
    """

    titel: str = ""
    we: str = ""
    dit: str = ""
    eens: str = ""
    moeten: str = ""
    bekijken: str = ""
    hypothesen: str = ""
    databronnen: tuple[str, ...] = field(default_factory=tuple)
    datakwaliteit: str = ""
    maatregel: str = ""
    criterium: str = ""
    evaluatiedatum: dt.date | str | None = None
    privacy: str = ""


def cyclus_tabel() -> pd.DataFrame:
    """De acht stappen van de cyclus als tabel (stap, naam, vraag).

    >>> cyclus_tabel()["naam"].tolist()[:3]
    ['Probleem', 'Hypothesen', 'Data verzamelen']
    """
    return pd.DataFrame([(s.nummer, s.naam, s.vraag) for s in CYCLUS],
                        columns=["stap", "naam", "vraag"]).set_index("stap")


def kader_tabel() -> pd.DataFrame:
    """Het kader WE / DIT / EENS / MOETEN / BEKIJKEN als tabel, met de voorbeelden uit het
    bronmateriaal.

    >>> kader_tabel().loc["EENS", "vraag"]
    'wanneer en waar'
    """
    return pd.DataFrame([(deel, vraag, " · ".join(voorbeelden))
                         for deel, (vraag, voorbeelden) in KADER.items()],
                        columns=["deel", "vraag", "voorbeelden uit de focusgesprekken"]
                        ).set_index("deel")


def casussen_tabel() -> pd.DataFrame:
    """De casussen met een voorbeeld van een enge vraag en de passende databronnen.

    >>> "BaSO-fiches" in casussen_tabel().index
    True
    """
    return pd.DataFrame([(c.titel, c.vraag, ", ".join(c.databronnen))
                         for c in CASUSSEN.values()],
                        columns=["casus", "een enge vraag", "databronnen"]).set_index("casus")


def voorbeeldplan() -> Dataplan:
    """Een uitgewerkt voorbeeld: het plan van een datateam voor 4BOR (veel B- en C-attesten).

    Het plan volgt de bewijsregels van de cursus: 4BOR wordt vergeleken met zijn eigen
    geschiedenis (niet met het schoolgemiddelde), elke hypothese heeft een basislijn, en het
    succescriterium is zo gekozen dat *regressie naar het gemiddelde* het niet alleen kan
    halen: een klas die gekozen werd omdat ze uitschoot, zakt het jaar erna bijna altijd
    terug, ook zonder maatregel.

    >>> voorbeeldplan().databronnen
    ('attesten', 'jaarresultaten', 'afwezigheden')
    >>> "vergelijkingsgroep" in voorbeeldplan().criterium
    True
    """
    return Dataplan(
        titel="Veel B- en C-attesten in 4BOR",
        we="Klassenraad 4BOR (klastitularis, vakleerkrachten) met de zorgcoördinator; "
           "het datateam rekent.",
        dit="In 2025-2026 kregen 10 van de 24 leerlingen van 4BOR een B- of C-attest. In het "
            "vierde jaar Bedrijfsorganisatie waren dat de drie jaren ervoor 2 of 3 per jaar "
            "(8 van 69 leerlingen samen, ongeveer 12 %). Bij 12 % is 10 of meer van 24 "
            "zeldzaam (exacte kans ongeveer 1 op 5 500). We bekeken wel 62 klassen: ook na "
            "correctie daarvoor blijft 4BOR opvallend (p ≈ 0,01). Een vraag die het bekijken "
            "waard is, geen bewijs. Wat was er anders, en wat doen we volgend jaar?",
        eens="Voor de klassenraad van september en op de pedagogische studiedag van oktober.",
        moeten="Tijdig de leerlingen van het vierde jaar Bedrijfsorganisatie ondersteunen, zodat "
               "minder leerlingen moeten heroriënteren of overzitten (vraag van de directie).",
        bekijken="Rekenwerk doen: B- en C-attesten en tekorten per vak, dit jaar naast de "
                 "vorige jaren van dezelfde richting; het verloop per periode naast dat van "
                 "vergelijkbare klassen; samen interpreteren.",
        hypothesen="1. De extra tekorten van dit jaar zitten in één of twee vakken (vergeleken "
                   "met de tekorten per vak in 4BOR de vorige jaren). "
                   "2. De klas zakte pas weg tijdens het jaar (verloop per periode, naast de "
                   "andere vierde jaren van de dubbele finaliteit). "
                   "3. Problematische afwezigheid speelt mee (vergeleken met vorige jaren).",
        databronnen=("attesten", "jaarresultaten", "afwezigheden"),
        datakwaliteit="Attesten zijn volledig (klassenraad); n = 24 leerlingen, dus één "
                      "leerling is ongeveer 4 procentpunten. Vergelijk met de eigen "
                      "geschiedenis van de "
                      "richting, niet met het schoolgemiddelde of met één andere klas.",
        maatregel="Vanaf oktober een korte tussentijdse bespreking na elke toetsperiode en "
                  "remediëring voor het vak met de meeste tekorten.",
        criterium="Vooraf vastgelegd. Regressie naar het gemiddelde alleen zou het aandeel B/C "
                  "al terugbrengen naar ongeveer 12 %: dat is dus geen succes. We meten "
                  "twee dingen. (1) Over 2026-2027 en 2027-2028 samen (± 45 leerlingen) ligt "
                  "het aandeel B/C in het vierde jaar Bedrijfsorganisatie niet boven de "
                  "basislijn van ongeveer 12 % (2022-2023 tot 2024-2025), met het "
                  "95 %-interval erbij. (2) Het aandeel tekorten in het vak met de "
                  "maatregel daalt in 4BOR "
                  "minstens 5 procentpunten méér dan in de vergelijkingsgroep (de andere "
                  "vierde jaren van de dubbele finaliteit, zonder de maatregel), gemeten op "
                  "dezelfde toetsperiodes.",
        evaluatiedatum="2028-06-30",
        privacy="Enkel de klassenraad ziet gegevens per leerling; op de personeelsvergadering "
                "tonen we alleen klascijfers, zonder namen.",
    )


def als_datum(waarde: object) -> dt.date | None:
    if waarde is None or waarde == "":
        return None
    if isinstance(waarde, dt.datetime):
        return waarde.date()
    if isinstance(waarde, dt.date):
        return waarde
    if isinstance(waarde, str):
        try:
            return dt.date.fromisoformat(waarde.strip())
        except ValueError:
            return None
    return None


def veldtekst(waarde: object) -> str:
    return "" if waarde is None else str(waarde).strip()


def controleer_plan(plan: Dataplan, vandaag: dt.date | str | None = None) -> list[str]:
    """Vriendelijke opmerkingen bij een dataplan; een lege lijst betekent: klaar om te starten.

    Gecontroleerd wordt: zijn WE, DIT, EENS, MOETEN en BEKIJKEN ingevuld; is er een hypothese
    en een maatregel; zijn er 1 tot `MAX_BRONNEN` bestaande databronnen; staat er bij gevoelige
    bronnen een privacyafspraak; is het succescriterium meetbaar (met een getal); is er een
    geldige evaluatiedatum die niet voorbij is.

    Parameters
    ----------
    plan : het `Dataplan`.
    vandaag : de datum waarmee de evaluatiedatum vergeleken wordt (standaard vandaag).

    Geeft terug
    -----------
    list[str] : de opmerkingen, in het Nederlands.

    Voorbeeld
    ---------
    >>> from dataclasses import replace
    >>> plan = replace(voorbeeldplan(), criterium="Minder attesten.", evaluatiedatum=None)
    >>> for opmerking in controleer_plan(plan, vandaag="2026-06-30"):
    ...     print(opmerking[:60])
    Je succescriterium is nog niet meetbaar: er staat geen getal
    Er staat nog geen evaluatiedatum. Spreek af wanneer je samen
    """
    if not isinstance(plan, Dataplan):
        raise TypeError(f"controleer_plan verwacht een Dataplan, geen {type(plan).__name__}.")
    opmerkingen: list[str] = []
    for deel, veld in KADERVELDEN.items():
        if not veldtekst(getattr(plan, veld)):
            vraag, voorbeelden = KADER[deel]
            opmerkingen.append(f"{deel} ({vraag}) is nog leeg. Bijvoorbeeld: "
                               f"{voorbeelden[0]}; {voorbeelden[1]}.")
    if not veldtekst(plan.hypothesen):
        opmerkingen.append("Er staat nog geen hypothese. Schrijf minstens één vermoedelijke "
                           "verklaring op die de data kunnen bevestigen of weerleggen.")

    bronnen = [b for b in (plan.databronnen or ()) if veldtekst(b)]
    onbekend = [b for b in bronnen if b not in TABELLEN]
    if not bronnen:
        opmerkingen.append("Kies minstens één databron die bij je vraag past.")
    elif len(bronnen) > MAX_BRONNEN:
        opmerkingen.append(f"Je kiest {len(bronnen)} databronnen. Begin klein, eng en nuttig: "
                           f"kies er hoogstens {MAX_BRONNEN}. Vertrek van je doel, niet van de "
                           "data die toevallig beschikbaar zijn.")
    if onbekend:
        opmerkingen.append(f"Deze databron(nen) ken ik niet: {', '.join(onbekend)}. "
                           f"Kies uit: {', '.join(TABELLEN)}.")
    gevoelig = [b for b in bronnen if b in TABELLEN and TABELLEN[b].gevoelig]
    if gevoelig and not veldtekst(plan.privacy):
        opmerkingen.append(f"Je gebruikt gevoelige gegevens ({', '.join(gevoelig)}). Schrijf "
                           "bij 'privacy' wie welke gegevens mag zien en hoe je ze toont "
                           "(enkel geaggregeerd, geen kleine groepen).")

    if not veldtekst(plan.maatregel):
        opmerkingen.append("Er staat nog geen maatregel: wat gaat het team concreet anders "
                           "doen, en wie doet het?")
    criterium = veldtekst(plan.criterium)
    if not criterium:
        opmerkingen.append("Er staat nog geen succescriterium. Waaraan zie je dat de maatregel "
                           "werkt? Bv. 'het aandeel C-attesten zakt van 18 % naar 10 %'.")
    elif not _GETAL.search(criterium):
        opmerkingen.append("Je succescriterium is nog niet meetbaar: er staat geen getal in. "
                           "Noem een basislijn over meerdere jaren, een doel en waarmee je "
                           "vergelijkt, bv. 'niet boven de basislijn van 12 % van de drie "
                           "vorige jaren'.")

    datum = als_datum(plan.evaluatiedatum)
    if plan.evaluatiedatum in (None, ""):
        opmerkingen.append("Er staat nog geen evaluatiedatum. Spreek af wanneer je samen "
                           "bekijkt of het werkte (bv. na de klassenraad van juni).")
    elif datum is None:
        opmerkingen.append(f"De evaluatiedatum {plan.evaluatiedatum!r} begrijp ik niet. "
                           "Schrijf ze als JJJJ-MM-DD, bv. 2027-06-30.")
    else:
        referentie = als_datum(vandaag) if vandaag is not None else dt.date.today()
        if referentie is None:
            raise ValueError(f"vandaag={vandaag!r} is geen datum; gebruik bv. '2026-06-30'.")
        if datum < referentie:
            opmerkingen.append(f"De evaluatiedatum ({datum.isoformat()}) ligt al in het "
                               "verleden. Kies een datum in de toekomst.")
    return opmerkingen


def _rijen(plan: Dataplan) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    kader = [(deel, KADER[deel][0], veldtekst(getattr(plan, veld)))
             for deel, veld in KADERVELDEN.items()]
    datum = als_datum(plan.evaluatiedatum)
    cyclus = [
        ("Hypothesen", veldtekst(plan.hypothesen)),
        ("Databronnen", ", ".join(plan.databronnen or ())),
        ("Datakwaliteit (n, volledigheid)", veldtekst(plan.datakwaliteit)),
        ("Maatregel", veldtekst(plan.maatregel)),
        ("Succescriterium (meetbaar)", veldtekst(plan.criterium)),
        ("Evaluatiedatum", datum.isoformat() if datum else veldtekst(plan.evaluatiedatum)),
        ("Privacy: wie ziet wat", veldtekst(plan.privacy)),
    ]
    return kader, cyclus


def plan_als_markdown(plan: Dataplan, vandaag: dt.date | str | None = None) -> str:
    """Het plan als Markdown-tekst (om te bewaren, te mailen of in een verslag te plakken).

    Onderaan staan de opmerkingen van `controleer_plan`, als die er zijn.

    >>> tekst = plan_als_markdown(Dataplan(titel="Proef", we="Vakgroep Frans"))
    >>> "| WE | wie | Vakgroep Frans |" in tekst
    True
    >>> "## Nog te doen" in tekst
    True
    """
    kader, cyclus = _rijen(plan)
    leeg = "–"

    def cel(t: str) -> str:
        return (t or leeg).replace("|", "/").replace("\n", " ")

    regels = [f"# Dataplan: {veldtekst(plan.titel) or 'zonder titel'}", "",
              "## Het kader", "", "| deel | vraag | ons plan |", "|---|---|---|"]
    regels += [f"| {deel} | {vraag} | {cel(tekst)} |" for deel, vraag, tekst in kader]
    regels += ["", "## Van vraag naar maatregel", "", "| stap | ons plan |", "|---|---|"]
    regels += [f"| {naam} | {cel(tekst)} |" for naam, tekst in cyclus]
    opmerkingen = controleer_plan(plan, vandaag)
    if opmerkingen:
        regels += ["", "## Nog te doen", ""] + [f"- {o}" for o in opmerkingen]
    return "\n".join(regels) + "\n"


def plan_als_html(plan: Dataplan, vandaag: dt.date | str | None = None) -> str:
    """Het plan als een klein, net HTML-document (afdrukbaar, zonder internet te openen).

    >>> tekst = plan_als_html(Dataplan(titel="4BOR & co"))
    >>> "<h1>Dataplan: 4BOR &amp; co</h1>" in tekst
    True
    """
    kader, cyclus = _rijen(plan)

    def cel(t: str) -> str:
        return html.escape(t) if t else "<span class='leeg'>nog in te vullen</span>"

    delen = [
        "<!DOCTYPE html>", "<html lang='nl'><head><meta charset='utf-8'>",
        f"<title>Dataplan: {html.escape(veldtekst(plan.titel))}</title>",
        "<style>body{font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:52em;"
        "margin:2em auto;color:#222}table{border-collapse:collapse;width:100%;margin:1em 0}"
        "td,th{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}"
        "th{background:#f2f2f2}.leeg{color:#999;font-style:italic}"
        ".opm{border-left:4px solid #E69F00;padding:.2em 1em;background:#fff8e6}</style>",
        "</head><body>",
        f"<h1>Dataplan: {html.escape(veldtekst(plan.titel) or 'zonder titel')}</h1>",
        "<h2>Het kader</h2>", "<table><tr><th>deel</th><th>vraag</th><th>ons plan</th></tr>",
    ]
    delen += [f"<tr><th>{deel}</th><td>{vraag}</td><td>{cel(tekst)}</td></tr>"
              for deel, vraag, tekst in kader]
    delen += ["</table>", "<h2>Van vraag naar maatregel</h2>", "<table>"]
    delen += [f"<tr><th>{naam}</th><td>{cel(tekst)}</td></tr>" for naam, tekst in cyclus]
    delen.append("</table>")
    opmerkingen = controleer_plan(plan, vandaag)
    if opmerkingen:
        delen += ["<div class='opm'><h2>Nog te doen</h2><ul>"]
        delen += [f"<li>{html.escape(o)}</li>" for o in opmerkingen]
        delen.append("</ul></div>")
    delen.append("</body></html>")
    return "\n".join(delen) + "\n"


def bewaar_plan(plan: Dataplan, pad: str | os.PathLike, vandaag: dt.date | str | None = None
                ) -> Path:
    """Schrijf het plan naar `pad`: Markdown (``.md``) of HTML (``.html``).

    Geeft terug
    -----------
    Path : het geschreven bestand.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     bewaar_plan(voorbeeldplan(), Path(map_) / "plan.md").name
    'plan.md'
    """
    pad = Path(pad)
    if pad.suffix.lower() == ".md":
        inhoud = plan_als_markdown(plan, vandaag)
    elif pad.suffix.lower() in (".html", ".htm"):
        inhoud = plan_als_html(plan, vandaag)
    else:
        raise ValueError(f"Ik kan een plan bewaren als .md of .html, niet als {pad.suffix!r} "
                         f"({pad.name}).")
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(inhoud, encoding="utf-8")
    return pad


#: De widgets staan in `schooldata_lit.schermen.dataplan` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.dataplan", ["DataplanCanvas"])
