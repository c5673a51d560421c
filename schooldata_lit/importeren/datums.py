"""Datums omzetten: dag/maand/jaar, JJJJ-MM-DD, jaartallen met twee cijfers, Excel-datumgetallen.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .tekstwaarden import zonder_spaties
from .werk import Werk

_DATUMVORMEN = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"), "jmd"),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), "dmj"),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$"), "dmj2"),
]


def lees_datums(werk: Werk, s: pd.Series, kolom: str) -> pd.Series:
    """Tekst naar datum (dag/maand/jaar, JJJJ-MM-DD, 13/10/25, Excel-datumgetal); elke
    omzetting komt in het logboek, een lege of onleesbare datum in het rapport.

    >>> werk = Werk("x.csv", np.array([2, 3, 4]))
    >>> lees_datums(werk, pd.Series(["13/10/2025", "45943", "32/13/2025"]), "datum").tolist()
    [Timestamp('2025-10-13 00:00:00'), Timestamp('2025-10-13 00:00:00'), NaT]
    >>> werk.afwijzingen()[["rij", "reden"]].values.tolist()
    [[4, 'geen geldige datum']]
    """
    s = zonder_spaties(s)
    # alles één keer per verschillende waarde (een miljoen rijen hebben enkele honderden
    # datums); de maskers en datums gaan daarna terug naar de rijen
    codes, uniek = pd.factorize(s)
    u = pd.Series(np.asarray(uniek, dtype=object)).astype(str)

    def per_rij(masker: pd.Series) -> pd.Series:
        return pd.Series(masker.to_numpy(dtype=bool)[codes], index=s.index)

    jaar = pd.Series(np.nan, index=u.index)
    maand = jaar.copy()
    dag = jaar.copy()
    gevonden = pd.Series(False, index=u.index)
    for vorm, volgorde in _DATUMVORMEN:
        delen = u.str.extract(vorm).astype(float)
        treffer = delen[0].notna() & ~gevonden
        if not treffer.any():
            continue
        if volgorde == "jmd":
            j, m, d = delen[0], delen[1], delen[2]
        else:
            d, m, j = delen[0], delen[1], delen[2]
        if volgorde == "dmj2":
            j = j + 2000
            werk.omzetting(kolom, "jaartal met twee cijfers aangevuld tot 20..", per_rij(treffer),
                           s)
        if volgorde != "jmd":
            werk.omzetting(kolom, "datum dag/maand/jaar omgezet naar JJJJ-MM-DD",
                           per_rij(treffer), s, None)
        jaar[treffer], maand[treffer], dag[treffer] = j[treffer], m[treffer], d[treffer]
        gevonden |= treffer
    # Excel-datum als getal (dagen sinds 30/12/1899)
    serieel = ~gevonden & (u.str.extract(r"^(\d{5})(?:\.0)?$")[0].notna() if (~gevonden).any()
                           else gevonden)
    if serieel.any():
        als_datum = pd.Timestamp("1899-12-30") + pd.to_timedelta(
            pd.to_numeric(u.where(serieel, "0"), errors="coerce").fillna(0), unit="D")
        jaar[serieel] = als_datum.dt.year[serieel]
        maand[serieel] = als_datum.dt.month[serieel]
        dag[serieel] = als_datum.dt.day[serieel]
        werk.omzetting(kolom, "Excel-datumgetal omgezet naar een datum", per_rij(serieel), s,
                       pd.Series(als_datum.to_numpy()[codes], index=s.index))
        gevonden |= serieel
    geldig_bereik = gevonden & jaar.between(1900, 2200) & maand.between(1, 12) & dag.between(1, 31)
    datum = pd.to_datetime(pd.DataFrame({"year": jaar.where(geldig_bereik, 2000),
                                         "month": maand.where(geldig_bereik, 1),
                                         "day": dag.where(geldig_bereik, 1)}), errors="coerce")
    datum = datum.where(geldig_bereik)
    datum = pd.Series(datum.to_numpy()[codes], index=s.index, dtype=datum.dtype)
    leeg = s == ""
    werk.fout(leeg, kolom, s, "geen datum", "vul de datum in (bv. 13/10/2025)")
    werk.fout(~leeg & (~per_rij(gevonden) | datum.isna()), kolom, s, "geen geldige datum",
              "schrijf de datum als dag/maand/jaar (bv. 13/10/2025) of JJJJ-MM-DD")
    return datum


def schooljaar_van(datums: pd.Series) -> pd.Series:
    """Het schooljaar van elke datum (vanaf augustus het volgende).

    >>> schooljaar_van(pd.Series(pd.to_datetime(["2025-06-30", "2025-09-01"]))).tolist()
    ['2024-2025', '2025-2026']
    """
    begin = datums.dt.year - (datums.dt.month < 8).astype(int)
    return begin.astype("Int64").astype(str) + "-" + (begin + 1).astype("Int64").astype(str)
