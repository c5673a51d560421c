"""Een rasterexport (puntenboek) omzetten naar één rij per evaluatie.

Een puntenboek zet de evaluaties van een leerling naast elkaar: ``Datum;Resultaat;Datum;
Resultaat;...`` (soms ``Datum 1;Resultaat 1;Datum 2;...``). Zonder omzetting zou enkel de eerste
evaluatie ingelezen worden. `rek_uit` maakt er één rij per leerling en evaluatie van; de
kolommen die maar één keer voorkomen (leerlingnummer, klas, vak) gaan mee naar elke rij.

>>> kop = ["Lln.nr.", "Vak", "Datum", "Resultaat", "Datum", "Resultaat"]
>>> raster = rek_uit(kop, [["1", "Frans", "1/10/2025", "7/10", "8/10/2025", "9/10"]],
...                  "resultaten", {"datum": ["datum"], "score": ["resultaat"]})
>>> raster.kop
['Lln.nr.', 'Vak', 'Datum', 'Resultaat']
>>> raster.rijen
[['1', 'Frans', '1/10/2025', '7/10'], ['1', 'Frans', '8/10/2025', '9/10']]
>>> raster.evaluatie.tolist(), raster.bron.tolist()
([1, 2], [0, 0])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .kolommen import normaliseer
from .verslag import ImportFout

#: Kolommen die per evaluatie herhaald mogen worden.
HERHAALBAAR = ("datum", "score", "maximum", "soort", "periode", "code")


@dataclass
class Raster:
    kop: list[str]
    rijen: list[list[str]]
    bron: np.ndarray       # per nieuwe rij: de positie van de rij in de export
    evaluatie: np.ndarray  # per nieuwe rij: het volgnummer van de evaluatie (1, 2, ...)
    leeg: int              # evaluaties zonder datum en zonder score (overgeslagen)
    namen: list[str]       # de naam van elke evaluatie (uit de rij boven de kopregel), of ""


def _zonder_nummer(kolomnaam: str) -> str:
    return re.sub(r"\s*\d+$", "", normaliseer(kolomnaam))


def soort_van(kolomnaam: str, doelen: dict[str, list[str]]) -> str | None:
    """Welke herhaalbare kolom van de cursus is dit (datum, score, ...)?"""
    naam = _zonder_nummer(kolomnaam)
    for doel in HERHAALBAAR:
        if naam in {normaliseer(n) for n in doelen.get(doel, [])}:
            return doel
    return None


def is_raster(kop: list[str], tabel: str, doelen: dict[str, list[str]]) -> bool:
    """Staat de score (of de datum) meer dan één keer in de kopregel?"""
    if tabel != "resultaten":
        return False
    soorten = [soort_van(k, doelen) for k in kop]
    return soorten.count("score") > 1 or soorten.count("datum") > 1


def rek_uit(kop: list[str], rijen: list[list[str]], tabel: str,
            doelen: dict[str, list[str]], boven: list[str] | None = None) -> Raster:
    """Eén rij per evaluatie. `boven`: de rij boven de kopregel (namen van de evaluaties)."""
    soorten = [soort_van(k, doelen) for k in kop]
    herhaald = {s for s in HERHAALBAAR if soorten.count(s) > 1}
    if "score" not in herhaald:
        raise ImportFout(
            "dit lijkt een puntenboek met evaluaties naast elkaar (de kolom "
            f"{kop[soorten.index('datum')]!r} staat er meer dan eens), maar de score staat er "
            "niet per evaluatie bij. Exporteer de punten als lijst (één rij per evaluatie) of "
            "zet naast elke datum een kolom met het resultaat.")
    starter = next(s for s in soorten if s in herhaald)
    groep = np.full(len(kop), -1)
    nummer = -1
    for i, s in enumerate(soorten):
        if s in herhaald:
            if s == starter:
                nummer += 1
            groep[i] = max(nummer, 0)
    aantal = nummer + 1
    gedeeld = [i for i in range(len(kop)) if groep[i] < 0]
    per_groep = []
    for g in range(aantal):
        kolommen = {soorten[i]: i for i in np.flatnonzero(groep == g)}
        if len(kolommen) != int((groep == g).sum()) or "score" not in kolommen:
            raise ImportFout(
                f"het puntenboek heeft evaluaties naast elkaar, maar evaluatie {g + 1} heeft niet "
                "dezelfde kolommen als de eerste (bv. twee keer 'Datum' zonder 'Resultaat' "
                "ertussen). Exporteer de punten als lijst (één rij per evaluatie).")
        per_groep.append(kolommen)
    volgorde = [s for s in HERHAALBAAR if s in herhaald]
    eerste = per_groep[0]
    nieuwe_kop = [kop[i] for i in gedeeld] + [re.sub(r"\s*\d+$", "", kop[eerste[s]].strip())
                                              for s in volgorde]
    namen = []
    for kolommen in per_groep:
        cellen = [boven[i].strip() for i in kolommen.values()
                  if boven is not None and i < len(boven) and boven[i].strip()]
        namen.append(cellen[0] if cellen else "")
    nieuw, bron, evaluatie, leeg = [], [], [], 0
    for positie, rij in enumerate(rijen):
        basis = [rij[i] for i in gedeeld]
        for g, kolommen in enumerate(per_groep):
            eigen = [rij[kolommen[s]] if s in kolommen else "" for s in volgorde]
            if not any(c.strip() for c in eigen):
                leeg += 1
                continue
            nieuw.append(basis + eigen)
            bron.append(positie)
            evaluatie.append(g + 1)
    return Raster(nieuwe_kop, nieuw, np.asarray(bron, dtype=int),
                  np.asarray(evaluatie, dtype=int), leeg, namen)


def breed_naar_lang(kop: list[str], rijen: list[list[str]], spec: dict) -> Raster:
    """Een brede export (één kolom per periode, bv. ``G1;G2`` of ``Rapport 1;Rapport 2``) naar
    één rij per leerling en periode, volgens het deel ``breed`` van het koppelingsbestand::

        breed:
          resultaten:
            periode: {G1: P1, G2: P2}     # kolom van de export: periode
            vast: {vak: Wiskunde, maximum: 20}

    ``vast`` zet dezelfde waarde in elke rij (een export van één vak, punten op 20).

    >>> lang = breed_naar_lang(["nr", "G1", "G2", "G3"], [["1", "12", "9", "10"]],
    ...                        {"periode": {"G1": "P1", "G2": "P2"}, "vast": {"vak": "Wiskunde"}})
    >>> lang.kop
    ['nr', 'G3', 'score', 'periode', 'vak']
    >>> lang.rijen
    [['1', '10', '12', 'P1', 'Wiskunde'], ['1', '10', '9', 'P2', 'Wiskunde']]
    """
    genormd = [normaliseer(k) for k in kop]
    perioden = {str(k): str(v) for k, v in (spec.get("periode") or {}).items()}
    vast = {str(k): str(v) for k, v in (spec.get("vast") or {}).items()}
    kolommen = []
    for naam in perioden:
        if normaliseer(naam) not in genormd:
            raise ImportFout(f"het koppelingsbestand noemt onder breed de kolom {naam!r}, maar "
                             f"die staat niet in de export. Kolommen: "
                             f"{', '.join(k for k in kop if k.strip())}.")
        kolommen.append(genormd.index(normaliseer(naam)))
    gedeeld = [i for i in range(len(kop)) if i not in kolommen]
    nieuwe_kop = [kop[i] for i in gedeeld] + (["score", "periode"] if kolommen else []) + list(
        vast)
    nieuw, bron, evaluatie, leeg = [], [], [], 0
    for positie, rij in enumerate(rijen):
        basis = [rij[i] for i in gedeeld]
        if not kolommen:
            nieuw.append(basis + list(vast.values()))
            bron.append(positie)
            evaluatie.append(1)
            continue
        for g, (i, periode) in enumerate(zip(kolommen, perioden.values(), strict=True)):
            if not rij[i].strip():
                leeg += 1
                continue
            nieuw.append(basis + [rij[i], periode] + list(vast.values()))
            bron.append(positie)
            evaluatie.append(g + 1)
    return Raster(nieuwe_kop, nieuw, np.asarray(bron, dtype=int),
                  np.asarray(evaluatie, dtype=int), leeg, list(perioden))
