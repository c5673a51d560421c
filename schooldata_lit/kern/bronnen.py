"""Echte cijfers uit het bronmateriaal van de cursus, met bronvermelding.

1. **Bevraging Smartschool Analytics** — een bachelorproef (praktijkonderzoek van een leraar in
   een Vlaamse secundaire school) met een vragenlijst voor 75 leerlingen (tweede en derde
   graad) en 33 leerkrachten: telkens 10 Likert-stellingen en één open vraag. De aantallen
   eens / neutraal / oneens zijn overgenomen zoals gerapporteerd. Bij leerkrachtenstellingen 1
   (23 + 9 + 0 = 32) en 2 (26 + 5 + 0 = 31) telt dat niet op tot 33; bij leerlingenstellingen 1
   en 6 werd het aantal neutrale antwoorden niet gerapporteerd. We laten dat zo: een goede
   datales begint bij de bron zoals ze is.
2. **Survey datagebruik** — het onderzoeksproject "Schooldata: meten, weten en de volgende stap
   vergeten?" (Arteveldehogeschool): een online survey bij 39 schoolteams (n = 1130) en
   focusgroepen met 7 schoolteams (n = 21).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["BRONVERMELDING", "bevraging_analytics", "bevraging_datagebruik", "bron_tabellen",
           "STELLINGEN_LEERLINGEN", "STELLINGEN_LEERKRACHTEN", "OPEN_VRAAG_LEERLINGEN",
           "OPEN_VRAAG_LEERKRACHTEN"]

BRONVERMELDING = {
    "bevraging_analytics": "Bachelorproef 'Op welke manier kan Smartschool Analytics een "
    "meerwaarde zijn voor mijn school?' (vragenlijst bij 75 leerlingen en 33 leerkrachten, "
    "bijlagen 1 en 2). Cijfers overgenomen zoals gerapporteerd.",
    "bevraging_datagebruik": "Arteveldehogeschool, onderzoeksproject 'Schooldata: meten, weten "
    "en de volgende stap vergeten?' (online survey bij 39 schoolteams, n = 1130; "
    "focusgroepen bij 7 schoolteams, n = 21).",
}

STELLINGEN_LEERLINGEN = (
    "Ik vind het interessant om mijn punten of prestaties in grafieken te kunnen bekijken.",
    "Ik denk dat Smartschool Analytics mij zou helpen om mijn schoolprestaties beter op te "
    "volgen.",
    "Een overzicht van mijn vooruitgang zou mij motiveren om beter mijn best te doen.",
    "Ik zou graag meldingen krijgen als mijn resultaten opvallend verbeteren of slechter worden.",
    "Ik zou willen dat mijn leerkrachten deze gegevens kunnen gebruiken om mij beter te "
    "begeleiden.",
    "Ik vind het gemakkelijk om cijfers, grafieken en visuele data te begrijpen.",
    "Ik ben bezorgd over mijn privacy als zulke data gebruikt worden in Smartschool.",
    "Ik vertrouw erop dat scholen goed omgaan met mijn persoonlijke leerdata.",
    "Ik zou Smartschool Analytics graag willen uitproberen op school.",
    "Ik vind dat leerlingen inspraak moeten hebben in hoe zulke tools gebruikt worden.",
)
STELLINGEN_LEERKRACHTEN = (
    "Ik zou Smartschool Analytics nuttig vinden om leerlingen beter op te volgen.",
    "Ik verwacht dat zulke tools mij kunnen helpen om sneller problemen op te sporen.",
    "Ik zou het waardevol vinden om trends (zoals dalende punten of afnemende aanwezigheid) "
    "automatisch in beeld te krijgen.",
    "Ik zie voordelen in het gebruik van visuele data om met leerlingen of ouders in gesprek "
    "te gaan.",
    "Ik denk dat zulke tools kunnen bijdragen aan efficiëntere leerlingbegeleiding.",
    "Ik ben voldoende vaardig om te werken met datadashboards en grafieken.",
    "Ik maak me zorgen over de ethiek en privacy bij het gebruik van zulke analysetools.",
    "Ik vind dat scholen duidelijke richtlijnen moeten opstellen voor het gebruik van "
    "Smartschool Analytics.",
    "Ik sta open voor opleiding of begeleiding in het gebruik van analysetools.",
    "Ik zou graag willen meedenken over hoe Smartschool Analytics binnen onze school ingezet "
    "kan worden.",
)
OPEN_VRAAG_LEERLINGEN = ("Wat vind jij belangrijk bij het gebruik van een analysetool zoals "
                         "Smartschool Analytics?")
OPEN_VRAAG_LEERKRACHTEN = ("Wat zie jij als een meerwaarde of gevaar bij het gebruik van "
                           "Smartschool Analytics?")

# (eens, neutraal, oneens) zoals gerapporteerd; None = niet gerapporteerd
_LEERLINGEN = ((51, None, 9), (38, 28, 9), (37, 22, 16), (34, 22, 19), (37, 28, 10),
               (42, None, 6), (15, 33, 27), (41, 28, 6), (46, 22, 7), (44, 28, 3))
_LEERKRACHTEN = ((23, 9, 0), (26, 5, 0), (30, 2, 1), (28, 5, 0), (29, 2, 2), (15, 9, 9),
                 (6, 9, 18), (24, 7, 2), (28, 3, 2), (9, 13, 11))


def _opmerking(eens: int, neutraal: int | None, oneens: int, n: int) -> str:
    if neutraal is None:
        return (f"neutraal niet gerapporteerd; {n} - {eens} - {oneens} = "
                f"{n - eens - oneens} als alle anderen neutraal antwoordden")
    som = eens + neutraal + oneens
    if som != n:
        return f"telt op tot {som} in plaats van {n} (zo gerapporteerd in de bron)"
    return ""


def bevraging_analytics() -> pd.DataFrame:
    """De echte resultaten van de vragenlijst over Smartschool Analytics (20 stellingen).

    >>> tabel = bevraging_analytics()
    >>> tabel.groupby("groep")["respondenten"].first().to_dict()
    {'leerkrachten': 33, 'leerlingen': 75}
    >>> int(tabel.query("groep == 'leerkrachten' and nummer == 10")["eens"].iloc[0])
    9
    """
    rijen = []
    for groep, stellingen, cijfers, n in (
        ("leerlingen", STELLINGEN_LEERLINGEN, _LEERLINGEN, 75),
        ("leerkrachten", STELLINGEN_LEERKRACHTEN, _LEERKRACHTEN, 33),
    ):
        for nummer, (stelling, (eens, neutraal, oneens)) in enumerate(
                zip(stellingen, cijfers, strict=True), start=1):
            rijen.append({"groep": groep, "nummer": nummer, "stelling": stelling,
                          "eens": eens, "neutraal": neutraal, "oneens": oneens,
                          "respondenten": n,
                          "opmerking": _opmerking(eens, neutraal, oneens, n)})
    tabel = pd.DataFrame(rijen)
    tabel["neutraal"] = tabel["neutraal"].astype("Int64")
    return tabel


def bevraging_datagebruik() -> pd.DataFrame:
    """De gerapporteerde cijfers van de survey bij 39 schoolteams (n = 1130).

    >>> tabel = bevraging_datagebruik()
    >>> int(tabel.loc[tabel["thema"] == "visie", "aantal"].iloc[0])
    458
    """
    n = 1130
    rijen = [
        ("visie", "respondenten die aangeven dat hun school een visie heeft op datagebruik",
         458, "458 van de 1130", round(458 / n, 3)),
        ("zelfbekwaamheid", "respondenten die zich zelfbekwaam voelen in datagebruik",
         None, "bijna 4 op 5", 0.8),
        ("overweldigd", "respondenten voor wie de data overweldigend is",
         None, "bijna 1 op 4", 0.25),
        ("bewaartermijn", "respondenten voor wie het helder is hoelang data moet worden "
         "bewaard", None, "1 op 4", 0.25),
    ]
    tabel = pd.DataFrame(rijen, columns=["thema", "bevinding", "aantal", "verhouding",
                                         "aandeel_bij_benadering"])
    tabel["aantal"] = tabel["aantal"].astype("Int64")
    tabel["respondenten"] = n
    return tabel


def bron_tabellen() -> dict[str, pd.DataFrame]:
    """Beide bron-tabellen, om mee weg te schrijven naast de verzonnen school."""
    return {"bevraging_analytics": bevraging_analytics(),
            "bevraging_datagebruik": bevraging_datagebruik()}
