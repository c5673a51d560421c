"""Het instrument: de vragenlijsten, hun thema's, een export voor een formulier en het
workshopplan.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import pandas as pd

from ..kern.bronnen import (
    OPEN_VRAAG_LEERKRACHTEN,
    OPEN_VRAAG_LEERLINGEN,
    STELLINGEN_LEERKRACHTEN,
    STELLINGEN_LEERLINGEN,
)
from ..kern.paden import cursusdata

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
VOORBEELDMAP = cursusdata("voorbeelden", controleer=False) / "bevraging"


class AntwoordFout(ValueError):
    """Een export met antwoorden heeft problemen; `problemen` is een tabel met alle meldingen."""

    __module__ = "schooldata_lit.enquete"  # zo heet ze in een foutmelding

    def __init__(self, boodschap: str, problemen: pd.DataFrame):
        super().__init__(boodschap)
        self.problemen = problemen


def controleer_groep(groep: str) -> str:
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
    controleer_groep(groep)
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
