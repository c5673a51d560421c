"""Getallen omzetten: decimale komma's, scheidingstekens voor duizendtallen, negatief of leeg.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .tekstwaarden import zonder_spaties
from .werk import Werk

_GETAL = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


_DUIZEND_PUNT = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_DUIZEND_KOMMA = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DUIZEND_SPATIE = re.compile(r"^[+-]?\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[,.]\d+)?$")
_DECIMALE_PUNT = re.compile(r"^[+-]?\d+\.(?:\d{1,2}|\d{4,})$")


def zonder_duizendtallen(werk: Werk, s: pd.Series, kolom: str, toon: pd.Series) -> pd.Series:
    """Haal scheidingstekens voor duizendtallen weg ("2.000", "1 250", "2.000,5").

    "2.000" is in Vlaanderen tweeduizend (punt = duizendtallen, komma = decimalen), tenzij de
    kolom elders een decimale punt gebruikt ("7.5"): dan is het 2. Elke omzetting komt in het
    logboek."""
    codes, uniek = pd.factorize(s)
    if not len(uniek):
        return s
    u = pd.Series(np.asarray(uniek, dtype=object)).astype(str)
    decimale_punt = bool(u.str.match(_DECIMALE_PUNT).any())
    punt = u.str.match(_DUIZEND_PUNT)
    # een enkele groep met punt zonder komma ("2.000") is dubbelzinnig
    dubbelzinnig_punt = punt & u.str.fullmatch(r"[+-]?\d{1,3}\.\d{3}")
    punt &= ~(dubbelzinnig_punt & decimale_punt)
    komma = u.str.match(_DUIZEND_KOMMA)
    # "1,500" blijft in Vlaanderen anderhalf, behalve als de kolom decimale punten gebruikt
    komma &= decimale_punt | ~u.str.fullmatch(r"[+-]?\d{1,3},\d{3}")
    spatie = u.str.match(_DUIZEND_SPATIE)
    nieuw = u.copy()
    nieuw[punt] = u[punt].str.replace(".", "", regex=False)
    nieuw[komma] = u[komma].str.replace(",", "", regex=False).str.replace(".", ",",
                                                                          regex=False)
    nieuw[spatie] = u[spatie].str.replace(r"[ \u00a0\u202f']", "", regex=True)
    veranderd = (nieuw != u).to_numpy()
    if not veranderd.any():
        return s
    uit = pd.Series(nieuw.to_numpy()[np.maximum(codes, 0)], index=s.index).where(codes >= 0, s)
    masker = veranderd[np.maximum(codes, 0)] & (codes >= 0)
    werk.omzetting(kolom, "scheidingsteken voor duizendtallen weggelaten (2.000 = 2000)",
                   masker, toon, uit)
    return uit


def lees_getallen(werk: Werk, s: pd.Series, kolom: str, *, geheel: bool = False,
                  leeg_mag: bool = False, toon: pd.Series | None = None) -> pd.Series:
    """Tekst naar getal; decimale komma wordt omgezet (en gelogd); anders een afwijzing.

    `toon`: de oorspronkelijke cel om in het rapport te tonen (standaard `s`).

    >>> werk = Werk("x.csv", np.array([2, 3, 4]))
    >>> lees_getallen(werk, pd.Series(["12,5", "2.000", "veel"]), "score").tolist()
    [12.5, 2000.0, nan]
    >>> werk.afwijzingen()[["rij", "reden"]].values.tolist()
    [[4, 'geen getal']]
    """
    s = zonder_spaties(s)
    toon = s if toon is None else toon
    s = zonder_duizendtallen(werk, s, kolom, toon)
    leeg = s == ""
    # één keer per verschillende waarde (snel bij een miljoen rijen)
    codes, uniek = pd.factorize(s)
    u = pd.Series(np.asarray(uniek, dtype=object)).astype(str)
    u_komma = u.str.contains(",", regex=False).to_numpy(dtype=bool)
    u_vorm = u.str.match(_GETAL).to_numpy(dtype=bool)
    u_getal = pd.to_numeric(u.where(u_vorm, "").str.replace(",", ".", regex=False),
                            errors="coerce").to_numpy(dtype=float)
    plaats, gevonden = np.maximum(codes, 0), codes >= 0
    komma = pd.Series(u_komma[plaats] & gevonden if len(u) else gevonden, index=s.index)
    vorm_ok = pd.Series(u_vorm[plaats] & gevonden if len(u) else gevonden, index=s.index)
    getal = pd.Series(np.where(gevonden, u_getal[plaats], np.nan) if len(u)
                      else np.full(len(s), np.nan), index=s.index)
    werk.omzetting(kolom, "decimale komma omgezet naar een getal", vorm_ok & komma, toon, getal)
    onleesbaar = ~leeg & ~vorm_ok
    werk.fout(onleesbaar, kolom, toon, "geen getal", "vul een getal in (bv. 12 of 12,5)")
    if not leeg_mag:
        werk.fout(leeg, kolom, toon, "leeg", "vul een getal in")
    if geheel:
        niet_geheel = vorm_ok & (getal % 1 != 0)
        werk.fout(niet_geheel, kolom, toon, "geen geheel getal",
                  "vul een aantal zonder komma in")
    werk.fout(vorm_ok & (getal < 0), kolom, toon, "negatief getal",
              "een aantal of score kan niet negatief zijn: controleer de invoer")
    return getal
