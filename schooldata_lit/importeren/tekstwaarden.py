"""Tekstwaarden omzetten: spaties, codes uit een lijst, verplichte tekst en pseudoniemen.

De hulpjes hier werken één keer per verschillende waarde (snel bij een miljoen rijen).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..privacy import pseudonimiseer
from .kolommen import normaliseer
from .werk import Werk


def zonder_spaties(s: pd.Series) -> pd.Series:
    """``s.str.strip()``, maar één keer per verschillende waarde.

    >>> zonder_spaties(pd.Series([" 3A", "3A ", "3B"])).tolist()
    ['3A', '3A', '3B']
    """
    codes, uniek = pd.factorize(s)
    schoon = np.array([str(u).strip() for u in uniek] + [""], dtype=object)
    dtype = s.dtype if s.dtype != object else None
    if not len(s):
        return pd.Series(schoon[codes], index=s.index, dtype=dtype)
    # de tekstkolom één keer per verschillende waarde maken en dan per rij nemen (take): een
    # miljoen cellen hoeven zo niet nog eens één voor één gecontroleerd te worden
    kort = pd.Series(schoon, dtype=dtype).array
    return pd.Series(kort.take(codes), index=s.index)


def extraheer(s: pd.Series, patroon: str | re.Pattern, flags: int = 0) -> pd.DataFrame:
    r"""``s.str.extract``, maar één keer per verschillende waarde (snel bij 100 000 rijen).

    >>> extraheer(pd.Series(["14/20", "afw"]), r"^(\d+)/(\d+)$").values.tolist()
    [['14', '20'], [nan, nan]]
    """
    codes, uniek = pd.factorize(s)
    delen = pd.Series(np.asarray(uniek, dtype=object)).astype(str).str.extract(patroon,
                                                                               flags=flags)
    if not len(delen):
        return pd.DataFrame(index=s.index, columns=delen.columns, dtype=object)
    uit = delen.iloc[np.maximum(codes, 0)].reset_index(drop=True)
    if (codes < 0).any():
        uit.loc[codes < 0] = np.nan
    uit.index = s.index
    return uit


def pseudoniemen_van(s: pd.Series, sleutel: str, voorvoegsel: str) -> pd.Series:
    """`pseudonimiseer` op elke verschillende waarde één keer; lege waarden blijven leeg."""
    s = s.where(s.notna() & (zonder_spaties(s.astype(str)) != ""), np.nan)
    codes, uniek = pd.factorize(s.astype(object).where(s.notna(), None))
    if not len(uniek):
        return pd.Series(np.nan, index=s.index, dtype=object)
    tabel = pd.DataFrame({"w": [str(u).strip() for u in uniek]})
    code = pseudonimiseer(tabel, "w", sleutel, voorvoegsel=voorvoegsel)["w"].to_numpy()
    uit = np.where(codes >= 0, code[np.maximum(codes, 0)], None)
    return pd.Series(uit, index=s.index, dtype=object).where(codes >= 0, np.nan)


def lees_codes(werk: Werk, s: pd.Series, kolom: str, lijst: Mapping[str, str], *,
               leeg_mag: bool = False, sleutel: str = "") -> pd.Series:
    """Tekst naar een code uit de lijst; schrijfwijze gelijkgetrokken (gelogd).

    >>> werk = Werk("x.csv", np.array([2, 3]))
    >>> lees_codes(werk, pd.Series(["Ziek", "weg"]), "code", {"ziek": "Z"}).tolist()
    ['Z', nan]
    >>> werk.afwijzingen()[["rij", "reden"]].values.tolist()
    [[3, 'onbekende code']]
    """
    s = zonder_spaties(s)
    toegelaten = set(lijst.values())
    opzoek = {normaliseer(k): v for k, v in lijst.items()}
    opzoek.update({normaliseer(v): v for v in toegelaten})
    uniek = pd.Series(s.unique())
    vertaling = dict(zip(uniek, [opzoek.get(normaliseer(u)) for u in uniek], strict=True))
    code = s.map(vertaling)
    leeg = s == ""
    werk.omzetting(kolom, "code of schrijfwijze omgezet naar de code van de cursus",
                   code.notna() & (code != s), s, code)
    onbekend = code.isna() & ~leeg
    werk.fout(onbekend, kolom, s, "onbekende code",
              f"gebruik een van: {', '.join(sorted(toegelaten))}, of voeg de code van je school "
              f"toe in het koppelingsbestand onder waarden: {sleutel}")
    if not leeg_mag:
        werk.fout(leeg, kolom, s, "leeg", f"vul een van deze in: {', '.join(sorted(toegelaten))}")
    return code


def lege_kolom(tabel: pd.DataFrame) -> pd.Series:
    """Een lege kolom (tekst) zo lang als `tabel`.

    >>> lege_kolom(pd.DataFrame(index=range(2))).tolist()
    [nan, nan]
    """
    return pd.Series(np.nan, index=tabel.index, dtype=object)


def lees_tekst(werk: Werk, s: pd.Series, kolom: str, *, verplicht: bool) -> pd.Series:
    """Tekst zonder spaties errond; leeg wordt NaN (en een afwijzing als `verplicht`).

    >>> werk = Werk("x.csv", np.array([2, 3]))
    >>> lees_tekst(werk, pd.Series([" Frans ", " "]), "vak", verplicht=True).tolist()
    ['Frans', nan]
    >>> werk.afwijzingen()[["rij", "reden"]].values.tolist()
    [[3, 'leeg']]
    """
    s = zonder_spaties(s)
    if verplicht:
        werk.fout(s == "", kolom, s, "leeg", "vul deze kolom in")
    return s.where(s != "", np.nan)
