"""Databronnen en datakwaliteit: waar komt een tabel vandaan, en klopt ze wel?

Vier soorten hulp, elk met één taak:

* `bronnenoverzicht` zet alle tabellen van de school op de vijf assen uit het bronmateriaal:
  (niet) digitaal, (niet) verplicht, (niet) kwantitatief, (niet) op leerlingniveau, dynamisch.
* `controleer_kwaliteit` zoekt ontbrekende, onmogelijke en dubbele waarden en zegt per
  probleem in welke rij en kolom het zit, welke waarde er staat en waarom dat niet kan.
  `maak_beschadigde_kopie` maakt een oefenkopie met opzettelijke fouten om dat te oefenen.
* `koppelverslag` vertelt vóór je twee tabellen koppelt wat er bij het koppelen verloren gaat
  (of verdubbelt).
* `controleer_optelling` kijkt of delen optellen tot een totaal (bv. eens + neutraal + oneens
  = aantal respondenten).

Geen enkele functie verandert de tabel die je meegeeft: je krijgt altijd een nieuwe tabel.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .kern.lui import lui_doorverwijzen
from .kern.paden import cursusdata
from .kern.woordenboek import BRON_ASSEN, TABELLEN

__all__ = [
    "bronnenoverzicht",
    "controleer_kwaliteit",
    "kwaliteitssamenvatting",
    "maak_beschadigde_kopie",
    "koppelverslag",
    "controleer_optelling",
    "laad_uci_uittreksel",
    "UCI_BRONVERMELDING",
]

#: Bronvermelding van het uittreksel uit de echte UCI-data (licentie CC BY 4.0).
UCI_BRONVERMELDING = (
    "P. Cortez en A. Silva (2008). Using Data Mining to Predict Secondary School Student "
    "Performance. FUBUTEC 2008, pp. 5-12. Dataset 'Student Performance', UCI Machine Learning "
    "Repository, doi:10.24432/C5TG7T. Licentie CC BY 4.0. Uittreksel: 40 rijen en 9 kolommen "
    "van student-mat.csv, verder ongewijzigd.")

_UCI_MAP = cursusdata("voorbeelden", controleer=False) / "uci"
_UCI_BESTAND = "student-mat-uittreksel.csv"

_KOLOMMEN = ["rij", "kolom", "waarde", "soort", "reden"]

# Toegelaten waarden per kolomnaam. Bij "code" hangt het af van de tabel.
_KEUZES: dict[str, tuple[str, ...]] = {
    "attest": ("A", "B", "C"),
    "dagdeel": ("VM", "NM"),
    "geslacht": ("M", "V", "X"),
    "periode": ("P1", "P2", "P3", "P4"),
    "soort_evaluatie": ("dagelijks werk", "toets", "examen"),
    "weekdag": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    "finaliteit": ("A-stroom", "B-stroom", "doorstroom", "dubbele finaliteit",
                   "arbeidsmarktfinaliteit"),
}
_CODES = {"resultaten": ("afwezig", "ziek", "vrijgesteld"), "afwezigheden": ("Z", "G", "B", "L")}
_JA_NEE = ("thuistaal_niet_nederlands", "schooltoeslag", "gedelibereerd", "valstrik")
_PROCENT = ("eindpercentage", "studierendement", "vlaams_gemiddelde")
_AANTALLEN = ("aanmeldingen", "taken_op_tijd", "taken_te_laat", "taken_niet_ingediend",
              "aantal_leerlingen", "aantal_tekorten", "uren_per_week", "eens", "neutraal",
              "oneens", "respondenten")
_LIKERT = ("ik_voel_me_thuis", "leerkrachten_helpen", "faalangst", "pesten", "inspraak")
_PATRONEN = {"leerling_id": (r"L\d{5}", "L00042"), "leerkracht_id": (r"K\d{3}", "K017"),
             "schooljaar": (r"\d{4}-\d{4}", "2025-2026")}


# ----------------------------------------------------------------------------- bronnen

def bronnenoverzicht() -> pd.DataFrame:
    """Alle tabellen van de cursusschool op de vijf assen van het bronmateriaal.

    Per tabel: het niveau, de vijf assen ((niet) digitaal, (niet) verplicht, (niet)
    kwantitatief, (niet) leerlingniveau, dynamisch), of de tabel gevoelige gegevens bevat en
    of het echte (geaggregeerde) cijfers zijn in plaats van verzonnen.

    Geeft terug
    -----------
    DataFrame met index ``tabel``.

    Voorbeeld
    ---------
    >>> overzicht = bronnenoverzicht()
    >>> overzicht.loc["platformactiviteit", ["verplicht", "dynamisch"]].tolist()
    ['niet verplicht', 'dynamisch (wekelijks)']
    >>> overzicht.loc["bevraging_analytics", "echte_cijfers"]
    'ja'
    """
    rijen = []
    for naam, tabel in TABELLEN.items():
        rij = {"tabel": naam, "niveau": tabel.niveau}
        rij.update({as_: tabel.bron.get(as_, "") for as_ in BRON_ASSEN})
        rij["gevoelig"] = "ja" if tabel.gevoelig else "nee"
        rij["echte_cijfers"] = "ja" if tabel.echte_gegevens else "nee"
        rijen.append(rij)
    return pd.DataFrame(rijen).set_index("tabel")


# ----------------------------------------------------------------------------- kwaliteit

def _raad_tabelnaam(tabel: pd.DataFrame) -> str | None:
    kolommen = set(tabel.columns)
    for naam, t in TABELLEN.items():
        if set(t.kolomnamen) == kolommen:
            return naam
    return None


def _mag_leeg(tabelnaam: str | None, kolom: str) -> bool:
    """Een kolom mag leeg zijn als het datawoordenboek dat zegt (het woord 'leeg')."""
    if kolom in ("opmerking", "beschrijving"):
        return True
    if tabelnaam is None or tabelnaam not in TABELLEN:
        return False
    for k in TABELLEN[tabelnaam].kolommen:
        if k.naam == kolom:
            return "leeg" in k.betekenis or "leeg" in k.eenheid
    return False


def _toon(waarde: object) -> str:
    if waarde is None or (isinstance(waarde, float) and np.isnan(waarde)) or waarde is pd.NA:
        return "(leeg)"
    if isinstance(waarde, pd.Timestamp):
        return f"{waarde:%Y-%m-%d}"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    return str(waarde)


def _meld(problemen: list[dict], tabel: pd.DataFrame, masker: pd.Series, kolom: str,
          soort: str, reden: str | pd.Series) -> None:
    if not masker.any():
        return
    deel = tabel.loc[masker.to_numpy(), kolom]
    redenen = reden.loc[masker.to_numpy()] if isinstance(reden, pd.Series) else None
    for i, (rij, waarde) in enumerate(deel.items()):
        problemen.append({"rij": rij, "kolom": kolom, "waarde": _toon(waarde), "soort": soort,
                          "reden": redenen.iloc[i] if redenen is not None else reden})


def _getallen(tabel: pd.DataFrame, kolom: str) -> pd.Series:
    return pd.to_numeric(tabel[kolom], errors="coerce")


def _schooljaargrenzen(schooljaar: pd.Series) -> tuple[pd.Series, pd.Series]:
    begin = pd.to_numeric(schooljaar.astype(str).str[:4], errors="coerce")
    start = pd.to_datetime(begin.astype("Int64").astype(str) + "-08-15", errors="coerce")
    einde = pd.to_datetime((begin + 1).astype("Int64").astype(str) + "-07-15", errors="coerce")
    return start, einde


def controleer_kwaliteit(
    tabel: pd.DataFrame,
    naam: str | None = None,
    *,
    grenzen: Mapping[str, tuple[float, float]] | None = None,
) -> pd.DataFrame:
    """Zoek ontbrekende, onmogelijke en dubbele waarden in een tabel.

    Elke rij van het verslag is één probleem: in welke ``rij`` (het rijlabel van de tabel;
    na `laad_dataset` is dat 0, 1, 2, ... en in Excel dus rij + 2), in welke ``kolom``,
    welke ``waarde`` er staat, de ``soort`` (``dubbel``, ``ontbrekend`` of ``onmogelijk``)
    en de ``reden`` in gewone taal. De controles volgen het datawoordenboek:

    * **dubbel**: een rij die volledig gelijk is aan een eerdere rij;
    * **ontbrekend**: een lege cel in een kolom die niet leeg mag zijn (bij resultaten mag
      de score enkel leeg zijn als er een code staat, zoals "ziek");
    * **onmogelijk**: een score onder 0 of boven het maximum, een percentage buiten 0 tot
      100, een leerjaar buiten 1 tot 6, een attest dat geen A, B of C is, een onbekende code,
      een datum buiten het schooljaar, een leerlingnummer dat niet de vorm L00042 heeft, ...

    Parameters
    ----------
    tabel : de tabel om te controleren (wordt niet veranderd).
    naam : de naam van de dataset (bv. ``"resultaten"``); zonder naam raden we ze uit de
        kolommen. Ze bepaalt welke kolommen leeg mogen zijn en welke codes bestaan.
    grenzen : extra grenzen per kolom, bv. ``{"G3": (0, 20)}`` voor een eigen export.

    Geeft terug
    -----------
    DataFrame met kolommen rij, kolom, waarde, soort, reden (leeg: niets gevonden).

    Voorbeeld
    ---------
    >>> t = pd.DataFrame({"leerling_id": ["L00001", "L00002", "L00002", "L00003"],
    ...                   "score": [7.0, 12.0, 12.0, None], "maximum": [10, 10, 10, 10],
    ...                   "code": [None, None, None, None]})
    >>> controleer_kwaliteit(t, "resultaten")[["rij", "kolom", "waarde", "soort"]]
       rij        kolom  waarde       soort
    0    1        score      12  onmogelijk
    1    2  (hele rij)           dubbel
    2    2        score      12  onmogelijk
    3    3        score  (leeg)  ontbrekend
    >>> len(t)  # de tabel zelf blijft ongewijzigd
    4
    """
    if not isinstance(tabel, pd.DataFrame):
        raise TypeError(f"controleer_kwaliteit verwacht een tabel (pandas DataFrame), geen "
                        f"{type(tabel).__name__}.")
    if naam is not None and naam not in TABELLEN:
        raise ValueError(f"Onbekende dataset {naam!r}. Kies uit: {', '.join(TABELLEN)} "
                         "(of laat naam weg).")
    naam = naam or _raad_tabelnaam(tabel)
    problemen: list[dict] = []
    kolommen = set(tabel.columns)

    # 1. dubbele rijen: elke herhaling, met de rij waaraan ze gelijk is
    if len(tabel):
        vingers = pd.util.hash_pandas_object(tabel, index=False)
        dubbel = vingers.duplicated(keep="first")
        if dubbel.any():
            eerste = pd.Series(tabel.index, index=vingers.to_numpy()).groupby(level=0).first()
            for rij, vinger in zip(tabel.index[dubbel.to_numpy()],
                                   vingers[dubbel].to_numpy(), strict=True):
                problemen.append({"rij": rij, "kolom": "(hele rij)", "waarde": "",
                                  "soort": "dubbel",
                                  "reden": "dubbele rij: identiek aan rij "
                                           + _toon(eerste[vinger])})

    # 2. ontbrekende waarden
    for kolom in tabel.columns:
        leeg = tabel[kolom].isna()
        if kolom == "score" and "code" in kolommen and naam in (None, "resultaten"):
            _meld(problemen, tabel, leeg & tabel["code"].isna(), kolom, "ontbrekend",
                  "score ontbreekt en er staat geen code (ziek, afwezig, vrijgesteld)")
            _meld(problemen, tabel, tabel["score"].notna() & tabel["code"].notna(), "code",
                  "onmogelijk", "er staat een score én een code: welke klopt?")
        elif not _mag_leeg(naam, kolom):
            _meld(problemen, tabel, leeg, kolom, "ontbrekend", "lege cel")

    # 3. onmogelijke waarden
    if {"score", "maximum"} <= kolommen and naam not in ("centrale_toetsen",):
        score, maximum = _getallen(tabel, "score"), _getallen(tabel, "maximum")
        _meld(problemen, tabel, score < 0, "score", "onmogelijk", "negatieve score")
        te_hoog = score > maximum
        _meld(problemen, tabel, te_hoog, "score", "onmogelijk",
              "score hoger dan het maximum (" + maximum.map(_toon) + ")")
        _meld(problemen, tabel, maximum <= 0, "maximum", "onmogelijk",
              "het maximum moet groter zijn dan 0")
    elif "score" in kolommen:
        score = _getallen(tabel, "score")
        _meld(problemen, tabel, (score < 0) | (score > 100), "score", "onmogelijk",
              "score buiten 0 tot 100")
    for kolom in kolommen & set(_PROCENT):
        w = _getallen(tabel, kolom)
        _meld(problemen, tabel, (w < 0) | (w > 100), kolom, "onmogelijk",
              "percentage buiten 0 tot 100")
    for kolom in kolommen & set(_AANTALLEN):
        w = _getallen(tabel, kolom)
        _meld(problemen, tabel, w < 0, kolom, "onmogelijk", "negatief aantal")
    for kolom in kolommen & {"leerjaar", "instroom_leerjaar"}:
        w = _getallen(tabel, kolom)
        _meld(problemen, tabel, tabel[kolom].notna() & ~w.isin(range(1, 7)), kolom,
              "onmogelijk", "leerjaar moet 1 tot 6 zijn")
    for kolom in kolommen & set(_LIKERT):
        w = _getallen(tabel, kolom)
        _meld(problemen, tabel, tabel[kolom].notna() & ~w.isin(range(1, 6)), kolom,
              "onmogelijk", "antwoord moet 1 tot 5 zijn")
    keuzes = dict(_KEUZES)
    if naam in _CODES:
        keuzes["code"] = _CODES[naam]
    if naam == "resultaten":
        keuzes["soort"] = _KEUZES["soort_evaluatie"]
    for kolom in kolommen & set(_JA_NEE):
        keuzes[kolom] = ("ja", "nee")
    for kolom, toegelaten in keuzes.items():
        if kolom in kolommen:
            fout = tabel[kolom].notna() & ~tabel[kolom].astype(str).isin(toegelaten)
            _meld(problemen, tabel, fout, kolom, "onmogelijk",
                  f"onbekende waarde; toegelaten: {', '.join(toegelaten)}")
    for kolom, (patroon, voorbeeld) in _PATRONEN.items():
        if kolom in kolommen and naam != "grondwaarheid":
            fout = tabel[kolom].notna() & ~tabel[kolom].astype(str).str.fullmatch(patroon)
            _meld(problemen, tabel, fout, kolom, "onmogelijk",
                  f"heeft niet de vorm {voorbeeld}")
    for kolom in kolommen & {"datum", "week"}:
        if "schooljaar" not in kolommen:
            continue
        datum = pd.to_datetime(tabel[kolom], errors="coerce")
        start, einde = _schooljaargrenzen(tabel["schooljaar"])
        buiten = datum.notna() & start.notna() & ((datum < start) | (datum > einde))
        _meld(problemen, tabel, buiten, kolom, "onmogelijk",
              "datum valt buiten het schooljaar " + tabel["schooljaar"].astype(str))
    for kolom, (laag, hoog) in (grenzen or {}).items():
        if kolom not in kolommen:
            raise ValueError(f"grenzen noemt de kolom {kolom!r}, maar die staat niet in de "
                             f"tabel. Aanwezige kolommen: {', '.join(map(str, tabel.columns))}.")
        w = _getallen(tabel, kolom)
        _meld(problemen, tabel, tabel[kolom].notna() & ~w.between(laag, hoog), kolom,
              "onmogelijk", f"buiten {_toon(laag)} tot {_toon(hoog)}")

    verslag = pd.DataFrame(problemen, columns=_KOLOMMEN)
    if verslag.empty:
        return verslag
    volgorde = {"(hele rij)": -1, **{k: i for i, k in enumerate(tabel.columns)}}
    verslag["_k"] = verslag["kolom"].map(volgorde)
    verslag["_p"] = pd.Series(range(len(tabel)), index=tabel.index).reindex(
        verslag["rij"]).to_numpy()
    verslag = verslag.sort_values(["_p", "_k"], kind="stable").drop(columns=["_p", "_k"])
    return verslag.reset_index(drop=True)


def kwaliteitssamenvatting(verslag: pd.DataFrame) -> pd.DataFrame:
    """Tel de problemen uit `controleer_kwaliteit` per soort en reden.

    >>> v = pd.DataFrame({"rij": [1, 2], "kolom": ["score", "score"], "waarde": ["12", "(leeg)"],
    ...                   "soort": ["onmogelijk", "ontbrekend"], "reden": ["te hoog", "leeg"]})
    >>> kwaliteitssamenvatting(v)
            soort    reden  aantal
    0  onmogelijk  te hoog       1
    1  ontbrekend     leeg       1
    """
    if not {"soort", "reden"} <= set(verslag.columns):
        raise ValueError("kwaliteitssamenvatting verwacht het verslag van controleer_kwaliteit "
                         "(met de kolommen soort en reden).")
    # redenen met een variabel stuk (bv. het maximum) samen tellen
    algemeen = verslag["reden"].str.replace(r"\s*\(.*\)$", "", regex=True)
    algemeen = algemeen.str.replace(r"rij \S+$", "een eerdere rij", regex=True)
    algemeen = algemeen.str.replace(r"schooljaar \S+$", "schooljaar", regex=True)
    return (verslag.assign(reden=algemeen).groupby(["soort", "reden"]).size()
            .rename("aantal").reset_index())


def maak_beschadigde_kopie(
    resultaten: pd.DataFrame,
    *,
    dubbels: int | None = 3,
    ontbrekend: int | None = 4,
    onmogelijk: int | None = 4,
    zaad: int = 12,
) -> pd.DataFrame:
    """Een oefenkopie van een resultatentabel met opzettelijke, realistische fouten.

    Zo ziet een export eruit na wat handwerk: rijen die twee keer geïmporteerd werden
    (`dubbels`), scores die vergeten werden (`ontbrekend`) en `onmogelijk`e waarden: een
    komma die wegviel (7,5 op 10 werd 75), een minteken te veel, een tikfout in een
    leerlingnummer en een datum in het verkeerde jaar. Een aantal ``None`` betekent: een
    willekeurig aantal van 2 tot 6 (zo moet je echt zoeken). Hetzelfde `zaad` geeft altijd
    dezelfde kopie. Wat er beschadigd werd, staat in ``kopie.attrs["schade"]`` (de
    verbetersleutel; kijk er pas in na je eigen controle).

    Voorbeeld
    ---------
    >>> t = pd.DataFrame({"leerling_id": [f"L{i:05d}" for i in range(1, 21)],
    ...     "schooljaar": "2025-2026", "datum": pd.Timestamp("2025-10-06"),
    ...     "score": [7.5] * 20, "maximum": [10] * 20, "code": [None] * 20})
    >>> kopie = maak_beschadigde_kopie(t)
    >>> len(t), len(kopie)  # het origineel blijft ongewijzigd
    (20, 23)
    >>> sorted(kopie.attrs["schade"]["soort"].value_counts().items())
    [('dubbel', 3), ('onmogelijk', 4), ('ontbrekend', 4)]
    """
    nodig = ["leerling_id", "score", "maximum"]
    ontbreekt = [k for k in nodig if k not in resultaten.columns]
    if ontbreekt:
        raise ValueError(f"maak_beschadigde_kopie verwacht een tabel zoals resultaten; de "
                         f"kolom(men) {', '.join(ontbreekt)} ontbreken. Aanwezige kolommen: "
                         f"{', '.join(map(str, resultaten.columns))}.")
    rng = np.random.default_rng(zaad)
    dubbels, ontbrekend, onmogelijk = (int(rng.integers(2, 7)) if a is None else a
                                       for a in (dubbels, ontbrekend, onmogelijk))
    geldig = resultaten.index[resultaten["score"].notna().to_numpy()]
    if len(geldig) < dubbels + ontbrekend + onmogelijk:
        raise ValueError(f"De tabel heeft maar {len(geldig)} rijen met een score; voor deze "
                         f"schade zijn er minstens {dubbels + ontbrekend + onmogelijk} nodig.")
    kopie = resultaten.copy().reset_index(drop=True)
    posities = [int(p) for p in rng.choice(np.flatnonzero(kopie["score"].notna()),
                                           size=dubbels + ontbrekend + onmogelijk,
                                           replace=False)]
    te_verdubbelen = posities[:dubbels]
    leeg_maken = posities[dubbels:dubbels + ontbrekend]
    onmogelijk_maken = posities[dubbels + ontbrekend:]
    schade: list[dict] = []

    kopie["score"] = kopie["score"].astype(float)
    for p in leeg_maken:
        kopie.loc[p, "score"] = np.nan
        schade.append({"_p": p, "kolom": "score", "soort": "ontbrekend",
                       "wat": "score weggelaten"})
    soorten = ["komma", "min", "leerling_id", "datum"]
    for i, p in enumerate(onmogelijk_maken):
        soort = soorten[i % len(soorten)]
        if soort == "datum" and "datum" not in kopie.columns:
            soort = "komma"
        if soort == "komma":
            kopie.loc[p, "score"] = max(float(kopie.loc[p, "score"]) * 10,
                                        float(kopie.loc[p, "maximum"]) + 1)
            schade.append({"_p": p, "kolom": "score", "soort": "onmogelijk",
                           "wat": "komma weggevallen: score groter dan het maximum"})
        elif soort == "min":
            kopie.loc[p, "score"] = -abs(float(kopie.loc[p, "score"])) or -1.0
            schade.append({"_p": p, "kolom": "score", "soort": "onmogelijk",
                           "wat": "minteken: negatieve score"})
        elif soort == "leerling_id":
            kopie.loc[p, "leerling_id"] = str(kopie.loc[p, "leerling_id"]).lower().replace(
                "0", "", 1)
            schade.append({"_p": p, "kolom": "leerling_id", "soort": "onmogelijk",
                           "wat": "tikfout in het leerlingnummer"})
        else:
            oud = pd.Timestamp(kopie.loc[p, "datum"])
            kopie.loc[p, "datum"] = oud.replace(year=oud.year + 10)
            schade.append({"_p": p, "kolom": "datum", "soort": "onmogelijk",
                           "wat": "jaartal verkeerd getypt"})
    # dubbels: de herhaling komt net onder het origineel, zoals bij een dubbele import
    volgorde = list(range(len(kopie)))
    for p in sorted(te_verdubbelen, reverse=True):
        volgorde.insert(volgorde.index(p) + 1, p)
    nieuwe_pos = {}
    gezien: set[int] = set()
    for nieuw, oud in enumerate(volgorde):
        if oud in gezien:
            schade.append({"_p": -1, "rij": nieuw, "kolom": "(hele rij)", "soort": "dubbel",
                           "wat": f"rij {nieuwe_pos[oud]} nog eens geïmporteerd"})
        else:
            nieuwe_pos[oud] = nieuw
            gezien.add(oud)
    kopie = kopie.iloc[volgorde].reset_index(drop=True)
    verslag = pd.DataFrame(schade)
    if "rij" not in verslag.columns:
        verslag["rij"] = np.nan
    verslag["rij"] = [int(r) if p < 0 else nieuwe_pos[p]
                      for p, r in zip(verslag["_p"], verslag["rij"], strict=True)]
    verslag = (verslag.drop(columns="_p")[["rij", "kolom", "soort", "wat"]]
               .sort_values(["rij", "kolom"]).reset_index(drop=True))
    kopie.attrs["schade"] = verslag
    return kopie


# ----------------------------------------------------------------------------- koppelen

def koppelverslag(
    links: pd.DataFrame,
    rechts: pd.DataFrame,
    op: str | Sequence[str] = "leerling_id",
    namen: tuple[str, str] = ("links", "rechts"),
) -> pd.DataFrame:
    """Wat gebeurt er als je twee tabellen koppelt op `op`? Zeg het vóór je koppelt.

    Per tabel: hoeveel ``rijen`` en verschillende ``sleutels`` (bv. leerlingen) ze heeft,
    hoeveel sleutels géén partner hebben in de andere tabel (``zonder_partner``, met enkele
    ``voorbeelden``: die vallen weg bij een gewone koppeling, ``how="inner"``), en het
    grootste aantal rijen per sleutel (``max_per_sleutel``). Heeft een sleutel in béíde
    tabellen meerdere rijen, dan vermenigvuldigen de rijen zich: ``na_koppeling`` zegt hoeveel
    rijen een gewone koppeling oplevert.

    Voorbeeld
    ---------
    >>> punten = pd.DataFrame({"leerling_id": ["L1", "L2", "L3"], "gemiddelde": [70, 55, 81]})
    >>> afwezig = pd.DataFrame({"leerling_id": ["L1", "L1", "L3", "L9"], "code": list("ZZBG")})
    >>> verslag = koppelverslag(punten, afwezig, namen=("punten", "afwezig"))
    >>> verslag[["sleutels", "zonder_partner", "voorbeelden", "max_per_sleutel"]]
             sleutels  zonder_partner voorbeelden  max_per_sleutel
    tabel
    punten          3               1          L2                1
    afwezig         3               1          L9                2
    >>> int(verslag["na_koppeling"].iloc[0])  # L1 twee keer, L3 één keer
    3
    """
    op = [op] if isinstance(op, str) else list(op)
    for naam, tabel in zip(namen, (links, rechts), strict=True):
        ontbreekt = [k for k in op if k not in tabel.columns]
        if ontbreekt:
            raise ValueError(f"De tabel {naam} mist de koppelkolom {', '.join(ontbreekt)}. "
                             f"Aanwezige kolommen: {', '.join(map(str, tabel.columns))}.")
    tellingen = [t.groupby(op, dropna=False).size() for t in (links, rechts)]
    gemeenschappelijk = tellingen[0].index.intersection(tellingen[1].index)
    na_koppeling = int((tellingen[0].loc[gemeenschappelijk]
                        * tellingen[1].loc[gemeenschappelijk]).sum())
    rijen = []
    for naam, tabel, eigen, ander in zip(namen, (links, rechts), tellingen,
                                         tellingen[::-1], strict=True):
        zonder = eigen.index.difference(ander.index)
        voorbeelden = ", ".join(_toon(s) if not isinstance(s, tuple) else "/".join(map(_toon, s))
                                for s in list(zonder)[:3])
        rijen.append({"tabel": naam, "rijen": len(tabel), "sleutels": len(eigen),
                      "zonder_partner": len(zonder),
                      "voorbeelden": voorbeelden + (" ..." if len(zonder) > 3
                                                                   else ""),
                      "max_per_sleutel": int(eigen.max()) if len(eigen) else 0,
                      "na_koppeling": na_koppeling})
    return pd.DataFrame(rijen).set_index("tabel")


# ----------------------------------------------------------------------------- optellen

def controleer_optelling(
    tabel: pd.DataFrame,
    delen: Sequence[str],
    totaal: str,
) -> pd.DataFrame:
    """Tellen de `delen` op tot het `totaal`? Een kopie met de kolommen som, verschil, status.

    ``status`` is "klopt", "telt niet op" of "deel niet gerapporteerd" (een lege cel in een
    van de delen). ``verschil`` = totaal min de som van de gerapporteerde delen.

    Voorbeeld
    ---------
    >>> t = pd.DataFrame({"eens": [23, 30, 51], "neutraal": [9, 2, None],
    ...                   "oneens": [0, 1, 9], "respondenten": [33, 33, 75]})
    >>> controleer_optelling(t, ["eens", "neutraal", "oneens"], "respondenten")[
    ...     ["som", "verschil", "status"]]
       som  verschil                   status
    0   32         1             telt niet op
    1   33         0                    klopt
    2   60        15  deel niet gerapporteerd
    """
    ontbreekt = [k for k in [*delen, totaal] if k not in tabel.columns]
    if ontbreekt:
        raise ValueError(f"De tabel mist de kolom(men) {', '.join(ontbreekt)}. Aanwezige "
                         f"kolommen: {', '.join(map(str, tabel.columns))}.")
    waarden = tabel[list(delen)].apply(pd.to_numeric, errors="coerce")
    uit = tabel.copy()
    uit["som"] = waarden.sum(axis=1, min_count=1).astype("Int64")
    uit["verschil"] = (pd.to_numeric(tabel[totaal], errors="coerce").astype("Int64")
                       - uit["som"])
    onvolledig = waarden.isna().any(axis=1)
    uit["status"] = np.where(onvolledig, "deel niet gerapporteerd",
                             np.where(uit["verschil"].fillna(1).to_numpy() == 0, "klopt",
                                      "telt niet op"))
    return uit


# ----------------------------------------------------------------------------- echte data

def laad_uci_uittreksel(map: str | os.PathLike | None = None) -> pd.DataFrame:
    """Een klein uittreksel (40 rijen, 9 kolommen) uit de echte UCI-data van Cortez en Silva.

    Twee Portugese secundaire scholen, wiskunde, schooljaar 2005-2006. Punten op 20: G1
    (eerste periode), G2 (tweede periode), G3 (eindcijfer); ``absences`` is het aantal
    afwezigheden. Bron en licentie: zie `UCI_BRONVERMELDING` en
    ``voorbeelden/uci/BRON.md``. Het bestand is een echte export: Engelse kolomnamen,
    puntkomma als scheidingsteken, en G1 en G2 tussen aanhalingstekens alsof het tekst is.

    >>> uci = laad_uci_uittreksel()
    >>> uci.shape
    (40, 9)
    >>> list(uci.columns[-3:])
    ['G1', 'G2', 'G3']
    """
    pad = Path(map) if map is not None else _UCI_MAP
    bestand = pad / _UCI_BESTAND
    if not bestand.exists():
        raise FileNotFoundError(f"Het uittreksel {_UCI_BESTAND} staat niet in {pad}. Het hoort "
                                "bij de cursus in de map voorbeelden/uci/.")
    return pd.read_csv(bestand, sep=";")


#: De widgets staan in `schooldata_lit.schermen.datakwaliteit` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.datakwaliteit", ["kwaliteit_widget"])
