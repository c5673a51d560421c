"""De opbouw van de verzonnen school: studierichtingen, lessentabel, schooljaren en kalender.

Het Sint-Gommaruscollege (verzonnen) is een Vlaamse secundaire school met een eerste graad
(A- en B-stroom) en in de tweede en derde graad richtingen in de drie finaliteiten, zoals na
de modernisering van het secundair onderwijs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

__all__ = [
    "SCHOOLNAAM",
    "SCHOOLJAREN",
    "HUIDIG_SCHOOLJAAR",
    "Richting",
    "RICHTINGEN",
    "lessentabel",
    "kalender",
    "periode_van",
    "peildata",
]

SCHOOLNAAM = "Sint-Gommaruscollege (verzonnen school)"
SCHOOLJAREN = tuple(f"{j}-{j + 1}" for j in range(2019, 2026))
HUIDIG_SCHOOLJAAR = SCHOOLJAREN[-1]
FINALITEITEN = ("A-stroom", "B-stroom", "doorstroom", "dubbele finaliteit",
                "arbeidsmarktfinaliteit")


@dataclass(frozen=True)
class Richting:
    code: str
    naam: str
    finaliteit: str
    leerjaren: tuple[int, ...]
    vakken: tuple[tuple[str, int], ...]  # (vak, uren per week)


_ALGEMEEN_1 = (("Nederlands", 5), ("Wiskunde", 5), ("Frans", 4), ("Engels", 2),
               ("Geschiedenis", 2), ("Aardrijkskunde", 2), ("Natuurwetenschappen", 2),
               ("Techniek", 2), ("Lichamelijke opvoeding", 2), ("Levensbeschouwing", 2))
_ALGEMEEN_B = (("Nederlands", 5), ("Wiskunde", 5), ("Frans", 2), ("Maatschappelijke vorming", 3),
               ("Techniek", 4), ("Lichamelijke opvoeding", 2), ("Levensbeschouwing", 2),
               ("Natuurwetenschappen", 2))
_DOORSTROOM = (("Nederlands", 4), ("Wiskunde", 4), ("Frans", 3), ("Engels", 3),
               ("Geschiedenis", 2), ("Aardrijkskunde", 1), ("Lichamelijke opvoeding", 2),
               ("Levensbeschouwing", 2))
_DUBBEL = (("Nederlands", 3), ("Wiskunde", 3), ("Frans", 2), ("Engels", 2), ("Geschiedenis", 1),
           ("Lichamelijke opvoeding", 2), ("Levensbeschouwing", 2))
_ARBEID = (("Nederlands", 2), ("Wiskunde", 2), ("Maatschappelijke vorming", 3),
           ("Lichamelijke opvoeding", 2), ("Levensbeschouwing", 2))

RICHTINGEN: dict[str, Richting] = {r.code: r for r in [
    Richting("1A", "Eerste leerjaar A", "A-stroom", (1,), _ALGEMEEN_1),
    Richting("1B", "Eerste leerjaar B", "B-stroom", (1,), _ALGEMEEN_B),
    Richting("2LAT", "Latijn (basisoptie)", "A-stroom", (2,), _ALGEMEEN_1[:8] + (("Latijn", 4),)),
    Richting("2STM", "STEM-wetenschappen (basisoptie)", "A-stroom", (2,),
             _ALGEMEEN_1 + (("STEM", 3),)),
    Richting("2ECO", "Economie en organisatie (basisoptie)", "A-stroom", (2,),
             _ALGEMEEN_1 + (("Economie", 3),)),
    Richting("2MAW", "Maatschappij en welzijn (basisoptie)", "A-stroom", (2,),
             _ALGEMEEN_1 + (("Maatschappij en welzijn", 3),)),
    Richting("2B", "Tweede leerjaar B", "B-stroom", (2,), _ALGEMEEN_B),
    Richting("LAT", "Latijn", "doorstroom", (3, 4, 5, 6),
             _DOORSTROOM + (("Latijn", 4), ("Biologie", 1), ("Fysica", 1))),
    Richting("ECW", "Economische wetenschappen", "doorstroom", (3, 4, 5, 6),
             _DOORSTROOM + (("Economie", 4), ("Biologie", 1), ("Fysica", 1))),
    Richting("NWE", "Natuurwetenschappen", "doorstroom", (3, 4, 5, 6),
             _DOORSTROOM + (("Biologie", 2), ("Chemie", 2), ("Fysica", 2))),
    Richting("HUW", "Humane wetenschappen", "doorstroom", (3, 4, 5, 6),
             _DOORSTROOM + (("Gedragswetenschappen", 3), ("Filosofie", 2), ("Biologie", 1))),
    Richting("BOR", "Bedrijfsorganisatie", "dubbele finaliteit", (3, 4, 5, 6),
             _DUBBEL + (("Bedrijfsbeheer", 6), ("Informatica", 2))),
    Richting("ELM", "Elektromechanische technieken", "dubbele finaliteit", (3, 4, 5, 6),
             _DUBBEL + (("Elektromechanica", 8), ("Fysica", 1))),
    Richting("BTS", "Biotechnologische STEM-technieken", "dubbele finaliteit", (3, 4, 5, 6),
             _DUBBEL + (("Labotechnieken", 6), ("Chemie", 2), ("Biologie", 2))),
    Richting("ZOR", "Zorg", "arbeidsmarktfinaliteit", (3, 4, 5, 6),
             _ARBEID + (("Praktijk zorg", 14),)),
    Richting("BOU", "Bouw", "arbeidsmarktfinaliteit", (3, 4, 5, 6),
             _ARBEID + (("Praktijk bouw", 16),)),
    Richting("HSV", "Haar- en schoonheidsverzorging", "arbeidsmarktfinaliteit", (3, 4, 5, 6),
             _ARBEID + (("Praktijk haarzorg", 15),)),
]}


def lessentabel() -> pd.DataFrame:
    """De lessentabel: per leerjaar en studierichting de vakken en uren per week.

    >>> tabel = lessentabel()
    >>> int(tabel.query("studierichting == 'Latijn' and leerjaar == 3 and vak == 'Latijn'")
    ...     ["uren_per_week"].iloc[0])
    4
    """
    rijen = [
        {"leerjaar": lj, "studierichting": r.naam, "vak": vak, "uren_per_week": uren}
        for r in RICHTINGEN.values() for lj in r.leerjaren for vak, uren in r.vakken
    ]
    return pd.DataFrame(rijen)


def _vakanties(beginjaar: int) -> list[tuple[dt.date, dt.date]]:
    """Vakantieperiodes (begin en einde inbegrepen), bij benadering zoals in Vlaanderen."""
    j, k = beginjaar, beginjaar + 1
    return [
        (dt.date(j, 10, 27), dt.date(j, 11, 2)),    # herfstvakantie
        (dt.date(j, 11, 11), dt.date(j, 11, 11)),   # wapenstilstand
        (dt.date(j, 12, 22), dt.date(k, 1, 4)),     # kerstvakantie
        (dt.date(k, 2, 16), dt.date(k, 2, 22)),     # krokusvakantie
        (dt.date(k, 4, 6), dt.date(k, 4, 19)),      # paasvakantie
        (dt.date(k, 5, 1), dt.date(k, 5, 1)),       # dag van de arbeid
        (dt.date(k, 5, 14), dt.date(k, 5, 15)),     # hemelvaart
        (dt.date(k, 5, 25), dt.date(k, 5, 25)),     # pinkstermaandag
    ]


_WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def kalender(schooljaar: str = HUIDIG_SCHOOLJAAR) -> pd.DataFrame:
    """Alle lesdagdelen van een schooljaar (1 september tot 30 juni).

    Weekends, vakanties en woensdagnamiddagen tellen niet mee.

    >>> k = kalender("2025-2026")
    >>> sorted(k["dagdeel"].unique())
    ['NM', 'VM']
    >>> bool(((k["weekdag"] == "woensdag") & (k["dagdeel"] == "NM")).any())
    False
    """
    beginjaar = int(schooljaar[:4])
    dagen = pd.date_range(f"{beginjaar}-09-01", f"{beginjaar + 1}-06-30", freq="D")
    lesdag = dagen.dayofweek < 5
    for begin, einde in _vakanties(beginjaar):
        lesdag &= ~((dagen >= pd.Timestamp(begin)) & (dagen <= pd.Timestamp(einde)))
    dagen = dagen[lesdag]
    tabel = pd.DataFrame({
        "schooljaar": schooljaar,
        "datum": dagen.repeat(2),
        "dagdeel": ["VM", "NM"] * len(dagen),
    })
    tabel["weekdag"] = [_WEEKDAGEN[d] for d in tabel["datum"].dt.dayofweek]
    geen_woensdag_nm = ~((tabel["weekdag"] == "woensdag") & (tabel["dagdeel"] == "NM"))
    return tabel[geen_woensdag_nm].reset_index(drop=True)


def periode_van(datums: pd.Series) -> pd.Series:
    """De evaluatieperiode (P1 tot P4) van elke datum in het schooljaar.

    >>> periode_van(pd.Series(pd.to_datetime(["2025-10-01", "2025-12-10", "2026-03-02",
    ...                                        "2026-06-15"]))).tolist()
    ['P1', 'P2', 'P3', 'P4']
    """
    maand = datums.dt.month
    periode = pd.Series("P4", index=datums.index)
    periode[maand.isin([9, 10])] = "P1"
    periode[maand.isin([11, 12])] = "P2"
    periode[maand.isin([1, 2, 3])] = "P3"
    return periode


_MAANDNAMEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")


def peildata(schooljaar: str = HUIDIG_SCHOOLJAAR) -> dict[str, str]:
    """Het einde van elke maand van het schooljaar, uit de kalender: "eind oktober" → datum.

    De eerste maand (september) telt niet mee: dan is er nog te weinig om mee te vergelijken.

    >>> data = peildata("2025-2026")
    >>> list(data)[:2], data["eind december"], data["eind juni"]
    (['eind oktober', 'eind november'], '2025-12-31', '2026-06-30')
    """
    maanden = kalender(schooljaar)["datum"].dt.to_period("M").unique()[1:]
    return {f"eind {_MAANDNAMEN[m.month - 1]}": m.end_time.strftime("%Y-%m-%d")
            for m in maanden}
