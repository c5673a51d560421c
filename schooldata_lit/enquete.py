"""Een bevraging in je eigen school: het instrument, de antwoorden inlezen en samenvatten.

De vragenlijsten komen uit de bachelorproef over Smartschool Analytics (zie
`schooldata_lit.bronnen`): 10 Likert-stellingen en één open vraag, in een versie voor
leerlingen en een versie voor leerkrachten. Deze module maakt er een kant-en-klaar instrument
van en helpt bij de rest van de rit:

1. **het instrument**: `vragenlijst()` en `exporteer_vragenlijst()` (CSV of Markdown, om in
   Google Forms of Microsoft Forms over te nemen), met `workshopplan()` voor de workshop van
   35 minuten uit de bron;
2. **antwoorden inlezen**: `lees_antwoorden()` leest een export van Google Forms of Microsoft
   Forms en controleert ze grondig (`controleer_antwoorden()` toont enkel de problemen). Niets
   verdwijnt stilletjes: ontbrekende of onbekende kolommen, onbekende antwoorden, lege rijen en
   dubbele respondenten geven een duidelijke melding met bestand, rij en kolom;
3. **samenvatten**: `samenvatting_likert()` (aantallen, percentages, mediaan en, met een
   waarschuwing, het gemiddelde), `likert_grafiek()` en `vergelijk_groepen()` (leerlingen
   naast leerkrachten, met onzekerheidsmarge);
4. **zonder code**: `stellingen_widget()`.

De open antwoorden coderen in thema's gebeurt in `schooldata_lit.open_antwoorden`.

>>> vragenlijst("leerkrachten").loc[6, "vraag"]
'Ik maak me zorgen over de ethiek en privacy bij het gebruik van zulke analysetools.'
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import os
import re
import unicodedata
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from .bronnen import (
    OPEN_VRAAG_LEERKRACHTEN,
    OPEN_VRAAG_LEERLINGEN,
    STELLINGEN_LEERKRACHTEN,
    STELLINGEN_LEERLINGEN,
    bevraging_analytics,
)
from .grafieken import likert_staven
from .statistiek import wilson_grenzen
from .stijl import procent
from .weergave import toon_in

__all__ = [
    "GROEPEN",
    "SCHAAL",
    "INLEIDING",
    "THEMA_PAREN",
    "ANDERE_VRAAG",
    "VOORBEELDMAP",
    "AntwoordFout",
    "vragenlijst",
    "vragenlijst_markdown",
    "exporteer_vragenlijst",
    "workshopplan",
    "controleer_antwoorden",
    "lees_antwoorden",
    "samenvatting_likert",
    "likert_grafiek",
    "vergelijk_groepen",
    "vergelijking_staven",
    "stellingen_widget",
    "maak_voorbeeldexports",
]

#: De twee doelgroepen van de vragenlijst.
GROEPEN = ("leerlingen", "leerkrachten")
#: De vijfpuntenschaal zoals de respondent ze ziet (1 = helemaal oneens, 5 = helemaal eens).
SCHAAL = ("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens")
#: De inleidende tekst van beide vragenlijsten (bijlage 1 van de bron, licht ingekort).
INLEIDING = {
    "leerlingen": "Deze vragenlijst gaat over jouw mening over Smartschool Analytics, een tool "
    "die gegevens zoals punten, aanwezigheid en betrokkenheid overzichtelijk weergeeft in "
    "grafieken. De tool wordt nog niet gebruikt op onze school: we willen graag weten hoe jij "
    "hier tegenover staat. Alle antwoorden zijn anoniem.",
    "leerkrachten": "Smartschool Analytics is een analysetool waarmee prestaties, aanwezigheid "
    "en andere leerlinggegevens visueel geanalyseerd kunnen worden via dashboards en "
    "grafieken. De tool wordt nog niet gebruikt in onze school. Via deze bevraging peilen we "
    "naar jouw mening over het gebruik en het potentieel ervan. De antwoorden blijven anoniem.",
}
#: Indeling van de stellingen in de thema's waarrond de bron ze opstelde (indeling van de cursus).
_THEMAS = {
    "leerlingen": ("bruikbaarheid", "bruikbaarheid", "motivatie", "bruikbaarheid",
                   "bruikbaarheid", "begrijpelijkheid", "bezorgdheid", "vertrouwen",
                   "bereidheid", "inspraak"),
    "leerkrachten": ("bruikbaarheid", "bruikbaarheid", "bruikbaarheid", "lespraktijk",
                     "lespraktijk", "begrijpelijkheid", "bezorgdheid", "richtlijnen",
                     "bereidheid", "inspraak"),
}
#: Stellingen die leerlingen en leerkrachten over hetzelfde thema bevroegen:
#: thema → (nummer bij leerlingen, nummer bij leerkrachten).
THEMA_PAREN = {
    "beter opvolgen": (2, 1),
    "signalen bij verandering": (4, 3),
    "begeleiding met data": (5, 5),
    "grafieken begrijpen": (6, 6),
    "zorgen over privacy": (7, 7),
    "inspraak en meedenken": (10, 10),
}

#: Thema's waarvan de twee stellingen een ander begrip meten: die percentages vergelijken we niet.
ANDERE_VRAAG = {
    "inspraak en meedenken": (
        "niet te vergelijken: leerlingen zeggen of leerlingen inspraak moeten krijgen, "
        "leerkrachten of ze zelf willen meedenken. Twee verschillende vragen."),
}
_NAMETING = (
    ("mening_veranderd", "keuze",
     "Ben je na het gesprek in je groep van mening veranderd over een van de stellingen?",
     ("Nee", "Ja, een beetje", "Ja, duidelijk")),
    ("toelichting_verandering", "open",
     "Zo ja: over welke stelling, en wat deed je van mening veranderen?", ()),
)
#: Map met de voorbeeldexports (verzonnen antwoorden, zie `maak_voorbeeldexports`).
VOORBEELDMAP = Path(__file__).resolve().parent.parent / "voorbeelden" / "bevraging"


class AntwoordFout(ValueError):
    """Een export met antwoorden heeft problemen; `problemen` is een tabel met alle meldingen."""

    def __init__(self, boodschap: str, problemen: pd.DataFrame):
        super().__init__(boodschap)
        self.problemen = problemen


def _controleer_groep(groep: str) -> str:
    if groep not in GROEPEN:
        raise ValueError(f"Onbekende groep {groep!r}: kies 'leerlingen' of 'leerkrachten'.")
    return groep


# ------------------------------------------------------------------------ 1. het instrument

def vragenlijst(groep: str, *, nameting: bool = False) -> pd.DataFrame:
    """De vragenlijst uit de bron als tabel: één rij per vraag.

    Parameters
    ----------
    groep : ``"leerlingen"`` of ``"leerkrachten"``.
    nameting : voeg de twee slotvragen toe die de bron zelf als verbetering voorstelt: is je
        mening na het groepsgesprek veranderd, en waarom?

    Geeft terug
    -----------
    DataFrame met de kolommen ``code`` (kolomnaam na het inlezen), ``nummer``, ``soort``
    (likert, open of keuze), ``thema``, ``vraag``, ``antwoordopties`` en ``verplicht``.

    Voorbeeld
    ---------
    >>> lijst = vragenlijst("leerlingen")
    >>> len(lijst), list(lijst["soort"].unique())
    (11, ['likert', 'open'])
    >>> lijst.loc[0, "code"], lijst.loc[0, "vraag"][:40]
    ('stelling_1', 'Ik vind het interessant om mijn punten o')
    >>> len(vragenlijst("leerkrachten", nameting=True))
    13
    """
    _controleer_groep(groep)
    stellingen = STELLINGEN_LEERLINGEN if groep == "leerlingen" else STELLINGEN_LEERKRACHTEN
    open_vraag = OPEN_VRAAG_LEERLINGEN if groep == "leerlingen" else OPEN_VRAAG_LEERKRACHTEN
    rijen = [{"code": f"stelling_{i}", "nummer": i, "soort": "likert", "thema": thema,
              "vraag": tekst, "antwoordopties": " | ".join(SCHAAL), "verplicht": True}
             for i, (tekst, thema) in enumerate(zip(stellingen, _THEMAS[groep], strict=True),
                                                start=1)]
    rijen.append({"code": "open_vraag", "nummer": 11, "soort": "open", "thema": "open vraag",
                  "vraag": open_vraag, "antwoordopties": "", "verplicht": False})
    if nameting:
        for nummer, (code, soort, vraag, opties) in enumerate(_NAMETING, start=12):
            rijen.append({"code": code, "nummer": nummer, "soort": soort, "thema": "nameting",
                          "vraag": vraag, "antwoordopties": " | ".join(opties),
                          "verplicht": soort == "keuze"})
    return pd.DataFrame(rijen)


def vragenlijst_markdown(groep: str, *, nameting: bool = False) -> str:
    """De vragenlijst als Markdown-tekst, om te tonen, af te drukken of te kopiëren.

    >>> print(vragenlijst_markdown("leerlingen").splitlines()[0])
    # Vragenlijst voor leerlingen
    """
    lijst = vragenlijst(groep, nameting=nameting)
    regels = [f"# Vragenlijst voor {groep}", "", INLEIDING[groep], "",
              "**Stellingen** — kies telkens: " + " · ".join(SCHAAL) + ".", ""]
    for _, rij in lijst[lijst["soort"] == "likert"].iterrows():
        regels.append(f"{rij['nummer']}. {rij['vraag']}")
    regels += ["", "**Open vraag**", "", lijst.loc[lijst["soort"] == "open", "vraag"].iloc[0]]
    if nameting:
        regels += ["", "**Na het groepsgesprek**", ""]
        for _, rij in lijst[lijst["thema"] == "nameting"].iterrows():
            opties = rij["antwoordopties"].replace(" | ", " · ")
            extra = f" ({opties})" if opties else ""
            regels.append(f"- {rij['vraag']}{extra}")
    regels += ["", "*Bron: bachelorproef 'Op welke manier kan Smartschool Analytics een "
               "meerwaarde zijn voor mijn school?', bijlage 1.*", ""]
    return "\n".join(regels)


def exporteer_vragenlijst(groep: str, map: str | os.PathLike | None = None, *,
                          formaat: Literal["csv", "md"] = "csv",
                          nameting: bool = False) -> str | Path:
    """Schrijf de vragenlijst weg als CSV (één rij per vraag) of Markdown.

    Zonder `map` krijg je de tekst terug; met `map` wordt het bestand
    ``vragenlijst_<groep>.<formaat>`` daar geschreven en krijg je het pad terug. De CSV gebruikt
    een komma en UTF-8: zo opent ze in een rekenblad en kan je de vragen in Google Forms of
    Microsoft Forms kopiëren (neem de vraagtekst letterlijk over, dan herkent
    `lees_antwoorden` de kolommen van je export).

    >>> print(exporteer_vragenlijst("leerkrachten").splitlines()[0])
    nummer,soort,vraag,antwoordopties,verplicht
    """
    if formaat not in ("csv", "md"):
        raise ValueError(f"Onbekend formaat {formaat!r}: kies 'csv' of 'md'.")
    if formaat == "md":
        tekst = vragenlijst_markdown(groep, nameting=nameting)
    else:
        lijst = vragenlijst(groep, nameting=nameting)
        lijst["verplicht"] = lijst["verplicht"].map({True: "ja", False: "nee"})
        tekst = lijst[["nummer", "soort", "vraag", "antwoordopties", "verplicht"]].to_csv(
            index=False, lineterminator="\n")
    if map is None:
        return tekst
    pad = Path(map) / f"vragenlijst_{groep}.{formaat}"
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(tekst, encoding="utf-8")
    return pad


def workshopplan(*, nameting: bool = True) -> pd.DataFrame:
    """Het draaiboek van de workshop van 35 minuten uit de bron, als tabel.

    Met ``nameting=True`` (standaard) komen de verbeteringen erbij die de onderzoeker zelf
    voorstelt: de voor- en nadelen uit de literatuur op papier bij de groepsgesprekken, en na
    het gesprek de vraag of de deelnemers van mening veranderd zijn.

    >>> plan = workshopplan(nameting=False)
    >>> int(plan["minuten"].sum()), list(plan["onderdeel"])
    (35, ['Introductie', 'Vragenlijst', 'Discussie in focusgroep', 'Reflectie'])
    >>> int(workshopplan()["minuten"].sum())
    38
    """
    rijen = [
        ("Introductie", 5, "open leergesprek",
         "Korte uitleg over de tool met beelden, en de voor- en nadelen uit de literatuur.",
         "korte presentatie"),
        ("Vragenlijst", 10, "individueel",
         "Iedereen vult eerst alleen de vragenlijst in (10 stellingen en 1 open vraag), zodat "
         "niemand beïnvloed wordt door de groep.", "formulier (Google Forms of Microsoft Forms)"),
        ("Discussie in focusgroep", 15, "groepen van 4",
         "Kaartjes met discussievragen: Wat is het voordeel? Zou je het zelf gebruiken? Zou je "
         "willen dat je leerkrachten het gebruiken? Moet jouw data privé blijven? Elke groep "
         "noteert haar belangrijkste inzicht of bezorgdheid.",
         "kaartjes met discussievragen; online stemtool of bord"),
        ("Reflectie", 5, "open leergesprek",
         "Elke groep deelt zijn belangrijkste inzicht; de begeleider noteert opvallende "
         "uitspraken en trends.", "bord"),
    ]
    if nameting:
        naam, minuten, vorm, wat, materiaal = rijen[2]
        rijen[2] = (naam, minuten, vorm, wat, materiaal + "; (verbetering) de voor- en nadelen "
                    "op papier, zodat wie moeilijk een mening vormt zich kan spiegelen")
        rijen.append(("Nameting", 3, "individueel",
                      "(verbetering uit de bron) Ben je na het gesprek van mening veranderd? "
                      "Zo ja, over welke stelling en waarom?",
                      "twee slotvragen in hetzelfde formulier (vragenlijst(..., nameting=True))"))
    tabel = pd.DataFrame(rijen, columns=["onderdeel", "minuten", "werkvorm", "wat_gebeurt_er",
                                         "materiaal"])
    tabel.insert(0, "stap", range(1, len(tabel) + 1))
    return tabel


# --------------------------------------------------------------------- 2. antwoorden inlezen

_METAKOLOMMEN = {  # genormaliseerde kolomnaam → rol
    "tijdstempel": "tijdstip", "timestamp": "tijdstip", "tijd van voltooien": "tijdstip",
    "completion time": "tijdstip", "begintijd": "meta", "start time": "meta",
    "tijd van laatste wijziging": "meta", "last modified time": "meta",
    "id": "id", "respondent": "id", "e mail": "email", "e mailadres": "email",
    "email": "email", "email address": "email", "e mail address": "email",
    "naam": "naam", "name": "naam", "score": "meta", "totaalscore": "meta",
    "total score": "meta",
}
_ANONIEM = {"", "anonymous", "anoniem"}


def _normaliseer(tekst: str) -> str:
    tekst = unicodedata.normalize("NFKD", str(tekst)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", tekst.lower()).split())


def _vraagtekst(kop: str) -> list[str]:
    """Mogelijke vraagteksten in een kolomkop: de kop zelf, of de tekst tussen [ ] (raster)."""
    kandidaten = [kop]
    rooster = re.search(r"\[(.+)\]\s*$", kop)
    if rooster:
        kandidaten.append(rooster.group(1))
    uit = []
    for k in kandidaten:
        norm = _normaliseer(k)
        uit.append(re.sub(r"^\d+\s+", "", norm))  # "1. Ik vind ..." → "ik vind ..."
    return uit


def _kort(tekst: str, lengte: int = 50) -> str:
    tekst = str(tekst)
    return tekst if len(tekst) <= lengte else tekst[:lengte - 1] + "…"


def _lees_bestand(pad: Path) -> pd.DataFrame:
    if pad.suffix.lower() in (".xlsx", ".xls"):
        tabel = pd.read_excel(pad, dtype=str)
        return tabel.fillna("")
    ruw = pad.read_bytes()
    for codering in ("utf-8-sig", "cp1252"):
        try:
            tekst = ruw.decode(codering)
            break
        except UnicodeDecodeError:
            continue
    eerste = tekst.splitlines()[0] if tekst.strip() else ""
    scheiding = ";" if eerste.count(";") > eerste.count(",") else ","
    if eerste.count("\t") > max(eerste.count(";"), eerste.count(",")):
        scheiding = "\t"
    tabel = pd.read_csv(io.StringIO(tekst), sep=scheiding, dtype=str, keep_default_na=False,
                        skip_blank_lines=False)
    return tabel.fillna("")


def _probleem(bestand: str, rij: int | None, kolom: str, probleem: str) -> dict:
    return {"bestand": bestand, "rij": rij, "kolom": kolom, "probleem": probleem}


def _verwerk(pad: str | os.PathLike, groep: str, nameting: bool
             ) -> tuple[pd.DataFrame, pd.DataFrame, list[int]]:
    """Lees en controleer; geeft (antwoorden, problemen, lege rijen)."""
    _controleer_groep(groep)
    pad = Path(pad)
    naam = pad.name
    if not pad.exists():
        raise FileNotFoundError(f"Het bestand {naam!r} bestaat niet (gezocht in {pad.parent}).")
    ruw = _lees_bestand(pad)
    lijst = vragenlijst(groep, nameting=nameting)
    problemen: list[dict] = []

    # -- kolommen koppelen aan vragen
    doelen = {re.sub(r"^\d+\s+", "", _normaliseer(v)): code
              for v, code in zip(lijst["vraag"], lijst["code"], strict=True)}
    doelen.update({code: code for code in lijst["code"]})  # al ingelezen kolomnamen mogen ook
    koppeling: dict[str, str] = {}  # code → kolomkop
    rollen: dict[str, str] = {}     # kolomkop → rol van een metakolom
    for kop in ruw.columns:
        kop_s = str(kop)
        if _normaliseer(kop_s) in _METAKOLOMMEN:
            rollen[kop_s] = _METAKOLOMMEN[_normaliseer(kop_s)]
            continue
        code = next((doelen[k] for k in _vraagtekst(kop_s) if k in doelen), None)
        if code is None:
            gelijkend = difflib.get_close_matches(_vraagtekst(kop_s)[-1], list(doelen), n=1,
                                                  cutoff=0.6)
            hint = ""
            if gelijkend:
                rij = lijst[lijst["code"] == doelen[gelijkend[0]]].iloc[0]
                hint = (f"; ze lijkt op vraag {rij['nummer']} ({_kort(rij['vraag'])!r}): "
                        "werd de vraagtekst in het formulier gewijzigd?")
            problemen.append(_probleem(naam, None, kop_s,
                                       f"onbekende kolom: hoort bij geen enkele vraag van de "
                                       f"vragenlijst voor {groep}{hint}"))
        elif code in koppeling:
            problemen.append(_probleem(naam, None, kop_s,
                                       f"dubbele kolom: ook {_kort(koppeling[code])!r} hoort bij "
                                       f"vraag {code}"))
        else:
            koppeling[code] = kop_s
    for _, rij in lijst.iterrows():
        if rij["code"] not in koppeling:
            problemen.append(_probleem(naam, None, rij["code"],
                                       f"kolom ontbreekt voor vraag {rij['nummer']}: "
                                       f"{_kort(rij['vraag'], 70)!r}"))

    # -- rijen: leeg, antwoorden, dubbels
    antwoordkoppen = list(koppeling.values())
    lege: list[int] = []
    waarden: dict[str, list] = {code: [] for code in koppeling}
    rijnummers: list[int] = []
    labels = {_normaliseer(s): i for i, s in enumerate(SCHAAL, start=1)}
    labels.update({str(i): i for i in range(1, 6)})
    for index, rij in ruw.iterrows():
        rijnummer = int(index) + 2  # zoals in een rekenblad: rij 1 = kolomtitels
        if all(str(rij[k]).strip() == "" for k in antwoordkoppen):
            lege.append(rijnummer)
            continue
        rijnummers.append(rijnummer)
        for code, kop in koppeling.items():
            ruwe_waarde = str(rij[kop]).strip()
            vraag = lijst[lijst["code"] == code].iloc[0]
            if ruwe_waarde == "":
                waarden[code].append(pd.NA)  # overgeslagen: telt als 'geen antwoord'
                continue
            if vraag["soort"] == "likert":
                waarde = labels.get(_normaliseer(ruwe_waarde))
                if waarde is None:
                    problemen.append(_probleem(
                        naam, rijnummer, kop,
                        f"onbekend antwoord {ruwe_waarde!r} bij stelling {vraag['nummer']}; "
                        f"toegelaten: {', '.join(SCHAAL)} (of 1 tot 5)"))
                waarden[code].append(pd.NA if waarde is None else waarde)
            elif vraag["soort"] == "keuze":
                opties = vraag["antwoordopties"].split(" | ")
                juist = {_normaliseer(o): o for o in opties}
                if _normaliseer(ruwe_waarde) not in juist:
                    problemen.append(_probleem(
                        naam, rijnummer, kop, f"onbekend antwoord {ruwe_waarde!r}; toegelaten: "
                        f"{', '.join(opties)}"))
                waarden[code].append(juist.get(_normaliseer(ruwe_waarde), pd.NA))
            else:
                waarden[code].append(ruwe_waarde)
    for rijnummer in lege:
        problemen.append(_probleem(naam, rijnummer, "(alle kolommen)",
                                   "lege rij: geen enkel antwoord ingevuld"))

    gevuld = ruw.drop(index=[r - 2 for r in lege])
    sleutelkop = next((k for k, rol in rollen.items() if rol == "id"), None)
    if sleutelkop is None:
        email = next((k for k, rol in rollen.items() if rol == "email"), None)
        if email is not None and not gevuld[email].str.strip().str.lower().isin(_ANONIEM).all():
            sleutelkop = email
    if sleutelkop is not None:
        sleutels = gevuld[sleutelkop].str.strip()
        dubbel = sleutels[sleutels.duplicated(keep=False) & ~sleutels.str.lower().isin(_ANONIEM)]
        for waarde, deel in dubbel.groupby(dubbel, sort=False):
            rijen = [int(i) + 2 for i in deel.index]
            problemen.append(_probleem(
                naam, rijen[1], sleutelkop,
                f"dubbele respondent: {sleutelkop} {waarde!r} staat in de rijen "
                f"{', '.join(map(str, rijen))}"))
    else:
        dubbel = gevuld[gevuld.duplicated(keep=False)]
        for _, deel in dubbel.groupby(list(dubbel.columns), sort=False):
            rijen = [int(i) + 2 for i in deel.index]
            problemen.append(_probleem(
                naam, rijen[1], "(alle kolommen)",
                f"dubbele respondent: de rijen {', '.join(map(str, rijen))} zijn volledig "
                "gelijk (ook het tijdstip); werd een antwoord twee keer geëxporteerd?"))

    tabel = pd.DataFrame({"respondent": range(1, len(rijnummers) + 1), "rij": rijnummers})
    tijdkop = next((k for k, rol in rollen.items() if rol == "tijdstip"), None)
    if tijdkop is not None:
        tabel["ingediend"] = [str(ruw.loc[r - 2, tijdkop]) for r in rijnummers]
    tabel["groep"] = groep
    for code in lijst["code"]:
        if code in waarden:
            soort = lijst.loc[lijst["code"] == code, "soort"].iloc[0]
            tabel[code] = pd.array(waarden[code], dtype="Int64" if soort == "likert" else "string")
    probleemtabel = pd.DataFrame(problemen, columns=["bestand", "rij", "kolom", "probleem"])
    probleemtabel["rij"] = probleemtabel["rij"].astype("Int64")
    probleemtabel = probleemtabel.sort_values("rij", na_position="first", kind="stable")
    return tabel, probleemtabel.reset_index(drop=True), lege


def controleer_antwoorden(pad: str | os.PathLike, groep: str, *,
                          nameting: bool = False) -> pd.DataFrame:
    """Controleer een export met antwoorden en geef alle problemen als tabel (leeg = in orde).

    Gecontroleerd wordt: ontbrekende, onbekende en dubbele kolommen; antwoorden die niet op de
    schaal staan (bv. "Eerder eens" terwijl de schaal "Eens" heeft); lege rijen; en dubbele
    respondenten (zelfde ID of e-mailadres, of zonder ID twee volledig gelijke rijen). De rij
    telt zoals in een rekenblad: rij 1 zijn de kolomtitels, rij 2 het eerste antwoord.

    >>> problemen = controleer_antwoorden(VOORBEELDMAP / "fout_onbekend_antwoord.csv",
    ...                                   "leerlingen")
    >>> int(problemen.loc[0, "rij"]), problemen.loc[0, "probleem"][:46]
    (7, "onbekend antwoord 'Eerder eens' bij stelling 3")
    """
    return _verwerk(pad, groep, nameting)[1]


def lees_antwoorden(pad: str | os.PathLike, groep: str, *, nameting: bool = False,
                    lege_rijen: Literal["fout", "weglaten"] = "fout") -> pd.DataFrame:
    """Lees een export van Google Forms of Microsoft Forms (CSV of Excel) en controleer ze.

    De kolommen worden herkend aan de vraagtekst (ook met een nummer ervoor, of als raster
    ``Stellingen [vraagtekst]``). Antwoorden mogen als woord (``Helemaal eens``, hoofdletters
    spelen geen rol) of als getal 1 tot 5. Een lege cel bij een stelling telt als 'geen
    antwoord'. Is er iets mis, dan volgt een `AntwoordFout` met élk probleem (bestand, rij,
    kolom); `controleer_antwoorden` geeft dezelfde lijst als tabel.

    Lege rijen zijn standaard een fout. Met ``lege_rijen="weglaten"`` worden ze weggelaten,
    maar nooit stilletjes: je krijgt een waarschuwing met de rijnummers, en ze staan in
    ``tabel.attrs["weggelaten_lege_rijen"]``.

    **Privacy**: e-mailadressen en namen worden enkel gebruikt om dubbele respondenten te
    vinden; ze komen niet in de tabel. Elke respondent krijgt een volgnummer.

    Geeft terug
    -----------
    DataFrame met ``respondent``, ``rij`` (rij in het bestand), eventueel ``ingediend``,
    ``groep``, ``stelling_1`` … ``stelling_10`` (1 = helemaal oneens … 5 = helemaal eens) en
    ``open_vraag``.

    Voorbeeld
    ---------
    >>> antwoorden = lees_antwoorden(VOORBEELDMAP / "google_forms_leerlingen.csv", "leerlingen")
    >>> antwoorden.shape
    (24, 15)
    >>> lees_antwoorden(VOORBEELDMAP / "fout_lege_rijen.csv", "leerlingen")
    Traceback (most recent call last):
    ...
    schooldata_lit.enquete.AntwoordFout: Het bestand 'fout_lege_rijen.csv' heeft 2 problemen:
    - rij 10, kolom '(alle kolommen)': lege rij: geen enkel antwoord ingevuld
    - rij 18, kolom '(alle kolommen)': lege rij: geen enkel antwoord ingevuld
    Tip: controleer_antwoorden(...) geeft deze lijst als tabel.
    """
    if lege_rijen not in ("fout", "weglaten"):
        raise ValueError(f"lege_rijen moet 'fout' of 'weglaten' zijn, niet {lege_rijen!r}.")
    tabel, problemen, lege = _verwerk(pad, groep, nameting)
    naam = Path(pad).name
    if lege_rijen == "weglaten" and lege:
        problemen = problemen[~(problemen["rij"].isin(lege)
                                & (problemen["kolom"] == "(alle kolommen)")
                                & problemen["probleem"].str.startswith("lege rij"))]
        warnings.warn(f"{naam}: {len(lege)} lege rij(en) weggelaten: rij "
                      f"{', '.join(map(str, lege))}.", stacklevel=2)
    if not problemen.empty:
        regels = [f"- rij {r}, kolom {_kort(k)!r}: {p}" if pd.notna(r)
                  else f"- kolom {_kort(k)!r}: {p}"
                  for r, k, p in problemen[["rij", "kolom", "probleem"]].itertuples(index=False)]
        meervoud = "probleem" if len(regels) == 1 else "problemen"
        raise AntwoordFout(f"Het bestand {naam!r} heeft {len(regels)} {meervoud}:\n"
                           + "\n".join(regels)
                           + "\nTip: controleer_antwoorden(...) geeft deze lijst als tabel.",
                           problemen.reset_index(drop=True))
    tabel.attrs["weggelaten_lege_rijen"] = lege if lege_rijen == "weglaten" else []
    return tabel


# ------------------------------------------------------------------------ 3. samenvatten

_CATEGORIEEN = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")


def samenvatting_likert(antwoorden: pd.DataFrame) -> pd.DataFrame:
    """Vat de Likert-antwoorden samen per groep en stelling.

    Per stelling: het aantal respondenten dat antwoordde (``respondenten``) en wie ze oversloeg
    (``geen_antwoord``), de aantallen per antwoord, de percentages (helemaal) eens, neutraal en
    (helemaal) oneens, de **mediaan** en het **gemiddelde**.

    Let op met dat gemiddelde: een Likertschaal is *ordinaal*. "Eens" is meer dan "neutraal",
    maar de afstand tussen beide is niet dezelfde als die tussen "oneens" en "helemaal oneens".
    Een gemiddelde van 3,0 kan betekenen dat iedereen neutraal is, of dat de groep verdeeld is
    in twee kampen. Kijk dus eerst naar de verdeling en de mediaan; gebruik het gemiddelde hooguit
    om stellingen ruw te vergelijken.

    De tabel past rechtstreeks in `grafieken.likert_staven` (of gebruik `likert_grafiek`).

    >>> import pandas as pd
    >>> antwoorden = pd.DataFrame({"groep": "leerlingen", "stelling_1": [5, 4, 4, 2, None]})
    >>> rij = samenvatting_likert(antwoorden).iloc[0]
    >>> [float(rij[k]) for k in ("respondenten", "geen_antwoord", "eens_pct", "mediaan")]
    [4.0, 1.0, 75.0, 4.0]
    >>> list(antwoorden.columns)  # de invoer blijft ongewijzigd
    ['groep', 'stelling_1']
    """
    codes = [k for k in antwoorden.columns if re.fullmatch(r"stelling_\d+", str(k))]
    if not codes:
        raise ValueError("Geen kolommen stelling_1, stelling_2, ... gevonden. Lees de antwoorden "
                         "eerst in met lees_antwoorden(...). Aanwezige kolommen: "
                         f"{', '.join(map(str, antwoorden.columns))}.")
    if "groep" not in antwoorden.columns:
        raise ValueError("De kolom 'groep' ontbreekt (leerlingen of leerkrachten).")
    rijen = []
    for groep, deel in antwoorden.groupby("groep", sort=False):
        teksten = (dict(zip(vragenlijst(groep)["code"], vragenlijst(groep)["vraag"], strict=True))
                   if groep in GROEPEN else {})
        for code in codes:
            waarden = pd.to_numeric(deel[code], errors="coerce")
            fout = waarden.dropna()[~waarden.dropna().isin([1, 2, 3, 4, 5])]
            if not fout.empty:
                raise ValueError(f"De kolom {code!r} bevat de waarde {float(fout.iloc[0]):g}: "
                                 "verwacht zijn antwoorden 1 tot 5.")
            gegeven = waarden.dropna()
            n = len(gegeven)
            aantallen = {c: int((gegeven == i).sum()) for i, c in enumerate(_CATEGORIEEN, 1)}
            mediaan = float(gegeven.median()) if n else math.nan
            rij = {"groep": groep, "nummer": int(code.split("_")[1]),
                   "stelling": teksten.get(code, code), "respondenten": n,
                   "geen_antwoord": int(waarden.isna().sum()), **aantallen}
            for naam, cats in (("eens_pct", ("eens", "helemaal eens")), ("neutraal_pct",
                               ("neutraal",)), ("oneens_pct", ("oneens", "helemaal oneens"))):
                rij[naam] = round(100 * sum(aantallen[c] for c in cats) / n, 1) if n else math.nan
            rij["mediaan"] = mediaan
            rij["mediaan_label"] = (SCHAAL[int(mediaan) - 1] if n and mediaan.is_integer()
                                    else "tussen " + " en ".join(
                                        SCHAAL[int(x) - 1].lower() for x in
                                        (math.floor(mediaan), math.ceil(mediaan))) if n else "")
            rij["gemiddelde"] = round(float(gegeven.mean()), 2) if n else math.nan
            rijen.append(rij)
    return pd.DataFrame(rijen)


def likert_grafiek(antwoorden: pd.DataFrame, *, stellingen: Sequence[int] | None = None,
                   titel: str = "Hoe akkoord zijn de respondenten?") -> go.Figure:
    """Uiteenlopende gestapelde staven voor ingelezen antwoorden (of een samenvatting ervan).

    >>> import pandas as pd
    >>> antwoorden = pd.DataFrame({"groep": "leerlingen", "stelling_1": [5, 4, 4, 2]})
    >>> [trace.name for trace in likert_grafiek(antwoorden).data]
    ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens']
    """
    samenvatting = (antwoorden if "respondenten" in antwoorden.columns
                    else samenvatting_likert(antwoorden))
    if stellingen is not None:
        samenvatting = samenvatting[samenvatting["nummer"].isin(list(stellingen))]
    return likert_staven(_als_kommagetallen(samenvatting), titel=titel)


def _wilson(aantal: float, n: float) -> tuple[float, float]:
    """95 %-onzekerheidsmarge (Wilson) voor een aandeel, in procent."""
    if n <= 0:
        return math.nan, math.nan
    onder, boven = wilson_grenzen(aantal, int(n))
    return 100 * onder, 100 * boven


def _als_kommagetallen(tabel: pd.DataFrame) -> pd.DataFrame:
    """Kopie met de aantallen als float (een lege Int64-cel wordt NaN, zoals likert_staven wil)."""
    tabel = tabel.copy()
    for kolom in (*_CATEGORIEEN, "respondenten"):
        if kolom in tabel.columns:
            tabel[kolom] = pd.to_numeric(tabel[kolom], errors="coerce").astype(float)
    return tabel


def _eens_totaal(tabel: pd.DataFrame) -> pd.Series:
    totaal = tabel["eens"].astype(float)
    if "helemaal eens" in tabel.columns:
        totaal = totaal + tabel["helemaal eens"].astype(float)
    return totaal


def _beantwoord(deel: pd.DataFrame) -> float:
    """Hoeveel respondenten de stelling beantwoordden: de noemer van een percentage.

    Staan alle categorieën in de tabel, dan is dat hun som (wie de vraag oversloeg, telt niet
    mee); ontbreekt er een categorie (niet gerapporteerd), dan het aantal respondenten.
    """
    categorieen = [c for c in _CATEGORIEEN if c in deel.columns]
    waarden = deel[categorieen].iloc[0]
    if "respondenten" in deel.columns and (not categorieen or waarden.isna().any()):
        return float(deel["respondenten"].iloc[0])
    return float(waarden.astype(float).sum())


def vergelijk_groepen(tabel: pd.DataFrame | None = None) -> pd.DataFrame:
    """Leerlingen naast leerkrachten, per thema dat beide vragenlijsten bevragen.

    `tabel` heeft de vorm van `bronnen.bevraging_analytics()` (de standaard: de echte cijfers uit
    de bron, 75 leerlingen en 33 leerkrachten) of van `samenvatting_likert()`. Per thema uit
    `THEMA_PAREN`: het percentage (helemaal) eens in elke groep met een 95 %-onzekerheidsmarge,
    het verschil in procentpunten, en een voorzichtige lezing. Let op: de twee stellingen van een
    paar zijn niet woord voor woord gelijk; vergelijk dus met de tekst ernaast. Meten ze een ander
    begrip (`ANDERE_VRAAG`), dan blijft het verschil leeg en zegt de lezing waarom. De noemer is
    wie de stelling beantwoordde (niet altijd alle 33 leerkrachten: zie `_beantwoord`).

    >>> vergelijking = vergelijk_groepen()
    >>> rij = vergelijking.set_index("thema").loc["zorgen over privacy"]
    >>> [float(rij[k]) for k in ("eens_pct_leerlingen", "eens_pct_leerkrachten",
    ...                          "verschil_procentpunten")]
    [20.0, 18.2, 1.8]
    """
    tabel = bevraging_analytics() if tabel is None else tabel
    rijen = []
    for thema, (nr_ll, nr_lk) in THEMA_PAREN.items():
        rij: dict = {"thema": thema}
        for groep, nummer in (("leerlingen", nr_ll), ("leerkrachten", nr_lk)):
            deel = tabel[(tabel["groep"] == groep) & (tabel["nummer"] == nummer)]
            if deel.empty:
                raise ValueError(f"Stelling {nummer} van de {groep} ontbreekt in de tabel; nodig "
                                 f"voor het thema {thema!r}.")
            n = _beantwoord(deel)
            eens = float(_eens_totaal(deel).iloc[0])
            onder, boven = _wilson(eens, n)
            rij[f"stelling_{groep}"] = f"{nummer}. {deel['stelling'].iloc[0]}"
            rij[f"n_{groep}"] = int(n)
            rij[f"eens_pct_{groep}"] = round(100 * eens / n, 1)
            rij[f"marge_{groep}"] = f"{procent(onder)} tot {procent(boven)}"
            rij[f"_grenzen_{groep}"] = (onder, boven)
        rij["verschil_procentpunten"] = round(rij["eens_pct_leerlingen"]
                                              - rij["eens_pct_leerkrachten"], 1)
        (o1, b1), (o2, b2) = rij.pop("_grenzen_leerlingen"), rij.pop("_grenzen_leerkrachten")
        if thema in ANDERE_VRAAG:
            rij["verschil_procentpunten"] = math.nan
            rij["lezing"] = ANDERE_VRAAG[thema]
        else:
            rij["lezing"] = ("duidelijk verschil: de marges overlappen niet" if b1 < o2 or b2 < o1
                             else "verschil binnen de onzekerheid: voorzichtig met conclusies")
        rijen.append(rij)
    kolommen = ["thema", "stelling_leerlingen", "n_leerlingen", "eens_pct_leerlingen",
                "marge_leerlingen", "stelling_leerkrachten", "n_leerkrachten",
                "eens_pct_leerkrachten", "marge_leerkrachten", "verschil_procentpunten", "lezing"]
    return pd.DataFrame(rijen)[kolommen]


def vergelijking_staven(tabel: pd.DataFrame | None = None) -> go.Figure:
    """Per thema twee staven onder elkaar: leerlingen en leerkrachten (met n).

    >>> fig = vergelijking_staven()
    >>> len(fig.data[0].y)  # 6 thema's × 2 groepen
    12
    """
    tabel = _als_kommagetallen(bevraging_analytics() if tabel is None else tabel)
    rijen = []
    for thema, nummers in THEMA_PAREN.items():
        for groep, nummer in zip(GROEPEN, nummers, strict=True):
            deel = tabel[(tabel["groep"] == groep) & (tabel["nummer"] == nummer)].iloc[0]
            rij = {"stelling": f"{thema} — {groep} (st. {nummer}, n = {int(deel['respondenten'])})",
                   "respondenten": deel["respondenten"],
                   "opmerking": deel.get("opmerking", "")}
            for c in _CATEGORIEEN:
                if c in tabel.columns:
                    rij[c] = deel[c]
            rijen.append(rij)
    return likert_staven(pd.DataFrame(rijen), groep=None, breedte=60,
                         titel="Leerlingen en leerkrachten over hetzelfde thema")


# ------------------------------------------------------------------------ 4. zonder code

def stellingen_widget(tabel: pd.DataFrame | None = None):
    """Kies een groep en een stelling en zie meteen de grafiek en de aantallen (zonder code).

    `tabel` heeft de vorm van `bronnen.bevraging_analytics()` (de standaard: de echte cijfers
    uit de bron) of van `samenvatting_likert()` (je eigen antwoorden). Kies bij groep
    "vergelijk" om leerlingen en leerkrachten per thema naast elkaar te zien.

    >>> widget = stellingen_widget()
    >>> [kind.description for kind in widget.children[0].children]
    ['Groep', 'Stelling']
    """
    import ipywidgets as w

    tabel = _als_kommagetallen(bevraging_analytics() if tabel is None else tabel)
    groepen = [g for g in GROEPEN if g in set(tabel["groep"])]
    keuzes = groepen + (["vergelijk"] if len(groepen) == 2 else [])
    groep_keuze = w.Dropdown(options=keuzes, value=keuzes[0], description="Groep")
    stelling_keuze = w.Dropdown(description="Stelling", layout=w.Layout(width="60%"))
    uitvoer = w.Output()

    def opties(groep: str) -> list[tuple[str, object]]:
        if groep == "vergelijk":
            return [("alle thema's", None)]
        deel = tabel[tabel["groep"] == groep].sort_values("nummer")
        return [("alle stellingen", None)] + [
            (f"{r.nummer}. {_kort(r.stelling, 70)}", int(r.nummer)) for r in deel.itertuples()]

    def teken(*_):
        groep, nummer = groep_keuze.value, stelling_keuze.value
        if groep == "vergelijk":
            _toon(uitvoer, vergelijking_staven(tabel))
            return
        deel = tabel[tabel["groep"] == groep]
        tekst = ""
        if nummer is not None:
            deel = deel[deel["nummer"] == nummer]
            n, eens = int(deel["respondenten"].iloc[0]), _eens_totaal(deel).iloc[0]
            tekst = f"{int(eens)} van de {n} {groep} (helemaal) eens: {procent(100 * eens / n, 1)}."
        _toon(uitvoer, likert_staven(deel, titel=f"Stellingen voor {groep}"), tekst=tekst)

    def nieuwe_groep(*_):
        stelling_keuze.unobserve(teken, "value")
        stelling_keuze.options = opties(groep_keuze.value)
        stelling_keuze.value = None
        stelling_keuze.observe(teken, "value")
        teken()

    groep_keuze.observe(nieuwe_groep, "value")
    stelling_keuze.options = opties(groep_keuze.value)
    stelling_keuze.observe(teken, "value")
    teken()
    return w.VBox([w.HBox([groep_keuze, stelling_keuze]), uitvoer])


def _toon(uitvoer, *figuren: go.Figure, tekst: str = "") -> None:
    """Zet tekst en figuren rechtstreeks in een uitvoervak (er gaat niets naar de cel zelf)."""
    toon_in(uitvoer, *([tekst] if tekst else []), *figuren)


# ------------------------------------------------------------------- 5. voorbeeldexports

class _Toeval:
    """Een eenvoudige, overal identieke toevalsgenerator (LCG), zodat de voorbeelden op elke
    machine en met elke Python-versie byte voor byte gelijk zijn."""

    def __init__(self, zaad: int):
        self.toestand = zaad

    def getal(self) -> float:
        self.toestand = (self.toestand * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.toestand >> 11) / 2**53

    def kies(self, opties: Sequence, gewichten: Sequence[float] | None = None):
        gewichten = gewichten or [1.0] * len(opties)
        grens, som = self.getal() * sum(gewichten), 0.0
        for optie, gewicht in zip(opties, gewichten, strict=True):
            som += gewicht
            if grens < som:
                return optie
        return opties[-1]


_OPEN_VOORBEELDEN = {  # verzonnen antwoorden, in de geest van de bron
    "leerlingen": (
        "Dat enkel ikzelf mijn grafieken kan zien.", "Duidelijke grafieken, niet te veel tegelijk.",
        "Dat ik zie in welk vak ik moet bijwerken.", "Dat mijn punten niet met de klas vergeleken "
        "worden.", "privacy", "Dat de leerkracht er ook met mij over praat.",
        "Het mag geen stress geven als je eens een slechte toets hebt.",
        "Overzichtelijk en gemakkelijk te gebruiken.", "weet ik niet",
        "Dat het motiveert om te zien dat je vooruitgaat.",
        "Dat wij mogen meebeslissen wat er getoond wordt.", "niks"),
    "leerkrachten": (
        "Sneller zien wanneer een leerling afhaakt.",
        "Gevaar: dat we enkel nog naar cijfers kijken en niet naar het kind.",
        "Handig voor het oudercontact.", "Wie brengt de boodschap als de grafiek daalt?",
        "Een kleine dip mag niet meteen tot een gesprek met de ouders leiden.",
        "Ik heb eerst een opleiding nodig.", "opvolging",
        "Zicht op welke leerstof moeilijk is voor de klas."),
}


def _verdeling(eens: int, neutraal: int | None, oneens: int, n: int) -> list[float]:
    neutraal = n - eens - oneens if neutraal is None else neutraal
    return [0.35 * oneens, 0.65 * oneens, float(neutraal), 0.6 * eens, 0.4 * eens]


def _antwoordrijen(groep: str, aantal: int, toeval: _Toeval) -> list[list[str]]:
    bron = bevraging_analytics()
    deel = bron[bron["groep"] == groep].sort_values("nummer")
    rijen = []
    for _ in range(aantal):
        rij = [toeval.kies(SCHAAL, _verdeling(r.eens, None if pd.isna(r.neutraal)
                                              else int(r.neutraal), r.oneens, r.respondenten))
               for r in deel.itertuples()]
        rij.append(toeval.kies(_OPEN_VOORBEELDEN[groep]) if toeval.getal() < 0.6 else "")
        rijen.append(rij)
    return rijen


def _schrijf_csv(pad: Path, kop: list[str], rijen: list[list[str]], scheiding: str = ",",
                 bom: bool = False) -> None:
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=scheiding, lineterminator="\n")
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    pad.write_bytes(("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8"))


def _google(groep: str, aantal: int, zaad: int) -> tuple[list[str], list[list[str]]]:
    toeval = _Toeval(zaad)
    lijst = vragenlijst(groep)
    kop = ["Tijdstempel"] + list(lijst["vraag"])
    rijen = []
    for i, antwoorden in enumerate(_antwoordrijen(groep, aantal, toeval)):
        minuut = 3 + i // 2
        rijen.append([f"14/10/2025 10:{minuut:02d}:{(17 * i) % 60:02d}"] + antwoorden)
    return kop, rijen


def _microsoft(groep: str, aantal: int, zaad: int) -> tuple[list[str], list[list[str]]]:
    toeval = _Toeval(zaad)
    lijst = vragenlijst(groep)
    kop = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"] + list(lijst["vraag"])
    rijen = []
    for i, antwoorden in enumerate(_antwoordrijen(groep, aantal, toeval), start=1):
        dag, uur = 20 + i // 7, 12 + (i % 7)
        rijen.append([str(i), f"{dag}/10/2025 {uur}:02:10", f"{dag}/10/2025 {uur}:06:45",
                      "anonymous", ""] + antwoorden)
    return kop, rijen


_README = """# Voorbeeldexports van een bevraging

Verzonnen antwoorden op de vragenlijsten uit de bron (bachelorproef over Smartschool
Analytics), in de vorm van een export uit Google Forms en Microsoft Forms. De verdeling van de
antwoorden volgt ruwweg de echte resultaten; de antwoorden zelf zijn verzonnen. Gemaakt met
`schooldata_lit.enquete.maak_voorbeeldexports()` — pas deze bestanden niet met de hand aan.

- `google_forms_leerlingen.csv`: 24 leerlingen, export uit Google Forms (komma, UTF-8);
  één leerling sloeg stelling 8 over.
- `microsoft_forms_leerkrachten.csv`: 18 leerkrachten, anonieme export uit Microsoft Forms,
  in Excel als CSV bewaard (puntkomma).
- `fout_onbekend_antwoord.csv`: antwoorden die niet op de schaal staan ("Eerder eens" in rij 7,
  "Akkoord" in rij 12).
- `fout_ontbrekende_kolom.csv`: de vraag van stelling 5 ontbreekt en de tekst van stelling 2
  werd gewijzigd.
- `fout_lege_rijen.csv`: twee lege rijen (rij 10 helemaal leeg, rij 18 met enkel een
  tijdstempel).
- `fout_dubbele_respondent.csv`: twee exports aan elkaar geplakt: het antwoord met ID 10 staat
  er twee keer in (rij 11 en 12).

Probeer: `controleer_antwoorden("fout_lege_rijen.csv", "leerlingen")`.
"""


def maak_voorbeeldexports(map: str | os.PathLike | None = None) -> list[Path]:
    """Maak de verzonnen voorbeeldexports (altijd dezelfde bytes) en geef de paden terug.

    Standaard in `VOORBEELDMAP` (``voorbeelden/bevraging/``). Zie de README daar.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in maak_voorbeeldexports(tmp)][:2]
    ['google_forms_leerlingen.csv', 'microsoft_forms_leerkrachten.csv']
    """
    map_ = VOORBEELDMAP if map is None else Path(map)
    map_.mkdir(parents=True, exist_ok=True)
    paden = []

    def schrijf(naam: str, kop, rijen, **opties) -> None:
        pad = map_ / naam
        _schrijf_csv(pad, kop, rijen, **opties)
        paden.append(pad)

    kop, rijen = _google("leerlingen", 24, 2025)
    rijen[10][8] = ""  # stelling 8 overgeslagen (geen verplichte vraag)
    schrijf("google_forms_leerlingen.csv", kop, rijen)
    kop_mf, rijen_mf = _microsoft("leerkrachten", 18, 33)
    schrijf("microsoft_forms_leerkrachten.csv", kop_mf, rijen_mf, scheiding=";", bom=True)

    kop, rijen = _google("leerlingen", 16, 7)
    rijen[5][3] = "Eerder eens"   # rij 7, stelling 3
    rijen[10][9] = "Akkoord"      # rij 12, stelling 9
    schrijf("fout_onbekend_antwoord.csv", kop, rijen)

    kop, rijen = _google("leerlingen", 12, 11)
    kop[2] = "Ik denk dat Smartschool Analytics mij helpt om mijn punten op te volgen."
    weg = kop.index(STELLINGEN_LEERLINGEN[4])
    kop = kop[:weg] + kop[weg + 1:]
    rijen = [r[:weg] + r[weg + 1:] for r in rijen]
    schrijf("fout_ontbrekende_kolom.csv", kop, rijen)

    kop, rijen = _google("leerlingen", 18, 13)
    rijen.insert(8, [""] * len(kop))                           # rij 10: helemaal leeg
    rijen.insert(16, ["14/10/2025 10:12:40"] + [""] * (len(kop) - 1))  # rij 18: enkel tijd
    schrijf("fout_lege_rijen.csv", kop, rijen)

    kop, rijen = _microsoft("leerkrachten", 13, 5)
    rijen = rijen[:10] + [list(rijen[9])] + rijen[10:]  # ID 10 zat in beide exports
    schrijf("fout_dubbele_respondent.csv", kop, rijen, scheiding=";", bom=True)

    readme = map_ / "README.md"
    readme.write_text(_README, encoding="utf-8")
    paden.append(readme)
    return paden
