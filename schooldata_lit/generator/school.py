"""De generator van de verzonnen school: één zaad geeft altijd dezelfde bestanden.

Gebruik vanuit de terminal::

    schooldata-lit genereer --map datasets            # zaad: CURSUSZAAD (2026)
    schooldata-lit genereer --zaad 7 --map /tmp/gemeenschap --scholen 10

of vanuit Python::

    >>> tabellen = genereer_school()  # zaad: CURSUSZAAD (2026)
    >>> sorted(tabellen)[:3]
    ['afwezigheden', 'alumni', 'attesten']

De echte cijfers uit het bronmateriaal (`bevraging_analytics`, `bevraging_datagebruik`) komen
niet uit de generator maar uit `schooldata_lit.kern.bronnen`; ze worden wel mee weggeschreven.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from ..kern import CURSUSZAAD
from ..kern.data import csv_tekst, schrijf_tekstbestanden
from ..kern.structuur import HUIDIG_SCHOOLJAAR, RICHTINGEN, SCHOOLJAREN, lessentabel
from ..kern.woordenboek import TABELLEN
from .loopbaan import Loopbanen, simuleer_loopbanen
from .namen import kies_namen
from .schooljaar import genereer_schooljaar

__all__ = ["genereer_school", "schrijf_tabellen", "genereer"]

_STROMEN = ("loopbanen", "namen", "korps", "signalen", "evaluaties", "afwezigheden", "attesten",
            "platform", "begeleiding", "extra")


def _rngs(zaad: int, schoolnummer: int) -> dict[str, np.random.Generator]:
    """Een aparte random-stroom per onderdeel, zodat het ene het andere niet verschuift."""
    kinderen = np.random.SeedSequence([zaad, schoolnummer]).spawn(len(_STROMEN))
    return {naam: np.random.default_rng(kind) for naam, kind in zip(_STROMEN, kinderen,
                                                                        strict=True)}


def _ja_nee(waarden) -> np.ndarray:
    return np.where(np.asarray(waarden, dtype=bool), "ja", "nee")


def _richtinginfo(tabel: pd.DataFrame) -> pd.DataFrame:
    tabel = tabel.copy()
    tabel["finaliteit"] = tabel["richting"].map(lambda c: RICHTINGEN[c].finaliteit)
    tabel["studierichting"] = tabel["richting"].map(lambda c: RICHTINGEN[c].naam)
    return tabel


def _extra_tabellen(rng: np.random.Generator, lb: Loopbanen,
                    ids: pd.Series) -> dict[str, pd.DataFrame]:
    """BaSO-fiches, Vlaamse toetsen, welbevinden en alumni."""
    ll = lb.leerlingen
    # BaSO-fiches: wie in het eerste jaar instroomde
    instroom = ll[(ll["instroom_leerjaar"] == 1) & (ll["instroom_schooljaar"] >= SCHOOLJAREN[0])]
    in_1b = lb.inschrijvingen.query("leerjaar == 1 and richting == '1B'")["nr"].unique()
    advies = np.where(instroom.index.isin(in_1b), "B-stroom", "A-stroom")
    nood = np.select([instroom["theta"] < -1.2, instroom["theta"] < -0.3], ["verhoogd", "licht"],
                     "geen")
    nood = np.where(rng.random(len(instroom)) < 0.15, "licht", nood)
    punt = np.where(nood == "geen", "geen", rng.choice(
        ["taal", "rekenen", "studiemethode", "welbevinden"], size=len(instroom)))
    punt = np.where(instroom["thuistaal"] & (nood != "geen") & (rng.random(len(instroom)) < 0.5),
                    "taal", punt)
    baso = pd.DataFrame({"nr": instroom.index, "instroom_schooljaar": instroom[
        "instroom_schooljaar"], "advies": advies, "ondersteuningsnood": nood,
        "aandachtspunt": punt})

    # Vlaamse toetsen einde tweede leerjaar (A-stroom) sinds 2023-2024
    tweede = lb.inschrijvingen[(lb.inschrijvingen["leerjaar"] == 2)
                               & (lb.inschrijvingen["schooljaar"] >= "2023-2024")
                               & (lb.inschrijvingen["richting"] != "2B")]
    referentie = {("2023-2024", "Nederlands"): 61.2, ("2023-2024", "wiskunde"): 57.8,
                  ("2024-2025", "Nederlands"): 60.4, ("2024-2025", "wiskunde"): 58.5,
                  ("2025-2026", "Nederlands"): 60.9, ("2025-2026", "wiskunde"): 59.1}
    delen = []
    for toets, taalfactor in (("Nederlands", -4.0), ("wiskunde", -1.5)):
        theta = ll.loc[tweede["nr"], "theta"].to_numpy()
        taal = ll.loc[tweede["nr"], "thuistaal"].to_numpy()
        score = 60 + 11 * theta + taalfactor * taal + rng.normal(0, 8, len(tweede))
        delen.append(tweede[["nr", "schooljaar", "klas"]].assign(
            toets=toets, score=np.clip(np.round(score), 0, 100),
            vlaams_gemiddelde=[referentie[(j, toets)] for j in tweede["schooljaar"]]))
    toetsen = pd.concat(delen, ignore_index=True).sort_values(
        ["schooljaar", "toets", "klas", "nr"], kind="stable")

    # Welbevinden: anoniem, per graad (geen leerling_id!)
    huidig = lb.inschrijvingen[lb.inschrijvingen["schooljaar"] == HUIDIG_SCHOOLJAAR]
    antwoorden = huidig[rng.random(len(huidig)) < 0.86]
    graad = (antwoorden["leerjaar"].to_numpy() + 1) // 2
    n = len(antwoorden)

    def likert(midden: np.ndarray) -> np.ndarray:
        return np.clip(np.round(midden + rng.normal(0, 0.9, n)), 1, 5).astype(int)

    welbevinden = pd.DataFrame({
        "respondent": np.arange(1, n + 1), "schooljaar": HUIDIG_SCHOOLJAAR, "graad": graad,
        "ik_voel_me_thuis": likert(np.full(n, 3.9) - 0.15 * (graad - 1)),
        "leerkrachten_helpen": likert(np.full(n, 3.7)),
        "faalangst": likert(2.5 + 0.35 * (graad - 1)),
        "pesten": likert(np.where(graad == 1, 2.1, 1.7)),
        "inspraak": likert(np.full(n, 2.9) - 0.1 * (graad - 1)),
    }).sample(frac=1.0, random_state=np.random.RandomState(rng.integers(2**31)))
    welbevinden["respondent"] = np.arange(1, n + 1)

    # Alumni: wie afstudeerde tot en met het vorige schooljaar
    af = _richtinginfo(lb.afgestudeerd[lb.afgestudeerd["schooljaar"] < HUIDIG_SCHOOLJAAR])
    theta = ll.loc[af["nr"], "theta"].to_numpy()
    u = rng.random(len(af))
    kans_ho = af["finaliteit"].map({"doorstroom": 0.92, "dubbele finaliteit": 0.6,
                                    "arbeidsmarktfinaliteit": 0.15}).to_numpy()
    academisch = (af["finaliteit"] == "doorstroom").to_numpy() & (
        theta + rng.normal(0, 0.6, len(af)) > 0.2)
    vervolg = np.where(u < kans_ho, np.where(academisch, "academische bachelor",
                                             "professionele bachelor"),
                       np.where(u < kans_ho + 0.04, "andere", "werk"))
    rendement = 100 * np.clip(0.62 + 0.17 * theta
                              - 0.12 * (af["finaliteit"] != "doorstroom").to_numpy()
                              + rng.normal(0, 0.2, len(af)), 0, 1)
    alumni = pd.DataFrame({"nr": af["nr"], "schooljaar_afgestudeerd": af["schooljaar"],
                           "studierichting": af["studierichting"],
                           "finaliteit": af["finaliteit"], "vervolg": vervolg,
                           "studierendement": np.where(np.char.endswith(
                               vervolg.astype(str), "bachelor"), np.round(rendement), np.nan)})
    return {"baso_fiches": baso, "centrale_toetsen": toetsen, "welbevinden": welbevinden,
            "alumni": alumni}


def genereer_school(zaad: int = CURSUSZAAD, schoolnummer: int = 1) -> dict[str, pd.DataFrame]:
    """Genereer alle tabellen van één verzonnen school, klaar om weg te schrijven.

    Hetzelfde zaad en schoolnummer geven altijd exact dezelfde tabellen.

    >>> a = genereer_school(zaad=1)["attesten"]
    >>> b = genereer_school(zaad=1)["attesten"]
    >>> a.equals(b)
    True
    """
    rngs = _rngs(zaad, schoolnummer)
    lb = simuleer_loopbanen(rngs["loopbanen"])
    jaar = genereer_schooljaar(rngs, lb)
    t = jaar.tabellen

    voorvoegsel = "" if schoolnummer == 1 else f"S{schoolnummer:02d}-"
    ids = pd.Series([f"{voorvoegsel}L{i + 1:05d}" for i in range(len(lb.leerlingen))],
                    index=lb.leerlingen.index)
    zichtbaar = lb.inschrijvingen["nr"].unique()
    ll = lb.leerlingen.loc[np.sort(zichtbaar)]
    voornamen, familienamen = kies_namen(rngs["namen"], ll["geslacht"].to_numpy())
    geboortejaar = (ll["instroom_schooljaar"].str[:4].astype(int) - 11 - ll["instroom_leerjaar"]
                    - ll["leeftijd_extra"])
    leerlingen = pd.DataFrame({
        "nr": ll.index, "voornaam": voornamen, "familienaam": familienamen,
        "geslacht": ll["geslacht"], "geboortejaar": geboortejaar,
        "instroom_schooljaar": ll["instroom_schooljaar"],
        "instroom_leerjaar": ll["instroom_leerjaar"],
        "thuistaal_niet_nederlands": _ja_nee(ll["thuistaal"]),
        "schooltoeslag": _ja_nee(ll["toeslag"])})

    inschrijvingen = _richtinginfo(lb.inschrijvingen)
    klassen = (inschrijvingen.groupby(["schooljaar", "klas", "leerjaar", "studierichting",
                                       "finaliteit"]).size().rename("aantal_leerlingen")
               .reset_index())
    korps = t["leerkrachten"]["leerkracht_id"].to_numpy()
    klassen.insert(5, "klastitularis_id", rngs["korps"].choice(korps, size=len(klassen)))
    huidig = klassen["schooljaar"] == HUIDIG_SCHOOLJAAR
    opdrachten = t["lesopdrachten"]
    eerste_lk = opdrachten.groupby("klas")["leerkracht_id"].first()
    klassen.loc[huidig, "klastitularis_id"] = klassen.loc[huidig, "klas"].map(eerste_lk)

    jaarresultaten = pd.concat([lb.jaarresultaten, t["jaarresultaten_huidig"]],
                               ignore_index=True)
    jaarresultaten["eindpercentage"] = jaarresultaten["eindpercentage"].round(1)
    attesten = _richtinginfo(pd.concat([lb.attesten, t["attesten_huidig"]], ignore_index=True))
    attesten["gedelibereerd"] = _ja_nee(attesten["aantal_tekorten"] > 0)

    tabellen = {
        "leerlingen": leerlingen,
        "inschrijvingen": inschrijvingen,
        "klassen": klassen,
        "lessentabel": lessentabel(),
        "leerkrachten": t["leerkrachten"],
        "lesopdrachten": opdrachten,
        "resultaten": t["resultaten"],
        "jaarresultaten": jaarresultaten,
        "attesten": attesten,
        "kalender": t["kalender"],
        "afwezigheden": t["afwezigheden"],
        "platformactiviteit": t["platformactiviteit"],
        "begeleiding": t["begeleiding"],
        **_extra_tabellen(rngs["extra"], lb, ids),
    }
    waarheid = pd.DataFrame(jaar.grondwaarheid)
    is_leerling = waarheid["niveau"] == "leerling"
    waarheid.loc[is_leerling, "sleutel"] = ids[waarheid.loc[is_leerling, "sleutel"].astype(
        int)].to_numpy()
    waarheid["valstrik"] = _ja_nee(waarheid["valstrik"])
    tabellen["grondwaarheid"] = waarheid

    # leerling-volgnummers vervangen door pseudoniemen, kolommen in de volgorde van het woordenboek
    for naam, tabel in tabellen.items():
        if "nr" in tabel.columns:
            tabel = tabel.assign(leerling_id=ids[tabel["nr"]].to_numpy())
        tabellen[naam] = tabel[TABELLEN[naam].kolomnamen].reset_index(drop=True)
    return _sorteer(tabellen)


_SORTEERSLEUTELS = {
    "leerlingen": ["leerling_id"],
    "inschrijvingen": ["schooljaar", "klas", "leerling_id"],
    "klassen": ["schooljaar", "leerjaar", "klas"],
    "jaarresultaten": ["schooljaar", "klas", "leerling_id", "vak"],
    "attesten": ["schooljaar", "klas", "leerling_id"],
    "resultaten": ["klas", "vak", "datum", "leerling_id"],
    "afwezigheden": ["leerling_id", "datum", "dagdeel"],
    "platformactiviteit": ["leerling_id", "week"],
    "begeleiding": ["datum", "leerling_id", "soort"],
    "baso_fiches": ["leerling_id"],
    "alumni": ["schooljaar_afgestudeerd", "leerling_id"],
    "lesopdrachten": ["klas", "vak"],
}


def _sorteer(tabellen: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    for naam, sleutels in _SORTEERSLEUTELS.items():
        tabellen[naam] = tabellen[naam].sort_values(sleutels, kind="stable").reset_index(
            drop=True)
    return tabellen


def schrijf_tabellen(tabellen: dict[str, pd.DataFrame], map: str | os.PathLike) -> list[Path]:
    """Schrijf tabellen als CSV (Vlaamse Excel-instellingen) in `map`; geeft de paden terug.

    Elk bestand wordt atomair geschreven, in het formaat van `laad_dataset` (`csv_tekst`).
    """
    doel = Path(map)
    doel.mkdir(parents=True, exist_ok=True)
    paden = []
    for naam, tabel in tabellen.items():
        pad = doel / f"{naam}.csv"
        schrijf_tekstbestanden({pad: csv_tekst(tabel)})
        paden.append(pad)
    return paden


def genereer(zaad: int = CURSUSZAAD, map: str | os.PathLike = "datasets", scholen: int = 1,
             met_bronnen: bool = True) -> list[Path]:
    """Genereer de school (of een scholengemeenschap van `scholen` scholen) in `map`.

    Met meer dan één school komt elke school in een eigen submap `school_01`, `school_02`, ...
    """
    from ..kern.bronnen import bron_tabellen

    paden: list[Path] = []
    for nummer in range(1, scholen + 1):
        doel = Path(map) if scholen == 1 else Path(map) / f"school_{nummer:02d}"
        tabellen = genereer_school(zaad, nummer)
        if met_bronnen:
            tabellen.update(bron_tabellen())
        paden += schrijf_tabellen(tabellen, doel)
        del tabellen
    return paden
