"""Twee kleine statistische hulpjes voor onzekerheid, zonder scipy.

- `t_kwantiel`: de t-waarde voor een 95 %-betrouwbaarheidsinterval rond een gemiddelde;
- `wilson_grenzen`: het 95 %-interval (Wilson) rond een aandeel, ook zinvol bij 0 of 100 %.

>>> round(t_kwantiel(9), 3)
2.262
>>> [round(g, 3) for g in wilson_grenzen(0, 3)]
[0.0, 0.561]
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["t_kwantiel", "t_halve_breedte", "wilson_grenzen", "Z95"]

#: De z-waarde voor 95 % (tweezijdig).
Z95 = 1.959963984540054

_T_TABEL = (12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
            2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
            2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423)


def t_kwantiel(df: int) -> float:
    """Het 97,5e percentiel van de t-verdeling met `df` vrijheidsgraden (nan als df < 1).

    Gebruik: gemiddelde ± t_kwantiel(n - 1) × standaardafwijking / √n.

    >>> t_kwantiel(1), round(t_kwantiel(1000), 3)
    (12.7062, 1.962)
    """
    if df < 1:
        return math.nan
    if df <= len(_T_TABEL):
        return _T_TABEL[df - 1]
    z = Z95  # Cornish-Fisher-reeks: tot op 1e-6 juist vanaf 30 vrijheidsgraden
    return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
            + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * df**4))


def t_halve_breedte(waarden: Sequence[float]) -> float:
    """De halve breedte van het 95 %-interval rond een gemiddelde (nan bij minder dan 2 waarden).

    Het interval is gemiddelde ± deze waarde: t_kwantiel(n - 1) × standaardafwijking / √n.

    >>> round(t_halve_breedte([60, 70, 80]), 1)
    24.8
    """
    reeks = [float(w) for w in waarden]
    n = len(reeks)
    if n < 2:
        return math.nan
    gemiddelde = sum(reeks) / n
    sd = math.sqrt(sum((w - gemiddelde) ** 2 for w in reeks) / (n - 1))
    return t_kwantiel(n - 1) * sd / math.sqrt(n)


def wilson_grenzen(aantal: float, n: int) -> tuple[float, float]:
    """Onder- en bovengrens (als fractie, 0 tot 1) van het 95 %-Wilson-interval voor aantal/n.

    >>> [round(g, 3) for g in wilson_grenzen(8, 20)]
    [0.219, 0.613]
    """
    p = aantal / n
    noemer = 1 + Z95**2 / n
    midden = (p + Z95**2 / (2 * n)) / noemer
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n**2)) / noemer
    return max(0.0, midden - half), min(1.0, midden + half)
