"""Kleine statistische hulpjes voor onzekerheid, zonder scipy.

- `t_kwantiel`: de t-waarde voor een 95 %-betrouwbaarheidsinterval rond een gemiddelde;
- `wilson_grenzen`: het 95 %-interval (Wilson) rond een aandeel, ook zinvol bij 0 of 100 %;
- `p_uit_z`: de tweezijdige p-waarde bij een z-waarde (normale benadering);
- `p_uit_t`: de tweezijdige p-waarde bij een t-waarde (t-verdeling, ook voor kleine n);
- `binomiaal_p`: de exacte p-waarde voor "zoveel of meer" bij een klein aantal, zonder
  normale benadering (die klopt niet als n × p₀ klein is, bv. 20 leerlingen × 11 %);
- `holm`: p-waarden aangepast voor het aantal vergelijkingen (methode van Holm).

Wat een 95 %-interval wél en níet zegt: het is het gebied van waarden die bij de data passen
onder het model (bv. leerlingen als onafhankelijke trekkingen). De methode vangt de echte
waarde in ongeveer 95 van de 100 steekproeven; het is géén "95 % kans dat de waarheid erin
ligt" voor dit ene interval.

>>> round(t_kwantiel(9), 3)
2.262
>>> [round(g, 3) for g in wilson_grenzen(0, 3)]
[0.0, 0.561]
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["t_kwantiel", "t_halve_breedte", "wilson_grenzen", "Z95", "p_uit_z", "binomiaal_p",
           "holm", "verwacht_bij_toeval", "p_uit_t"]

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


def p_uit_z(z: float) -> float:
    """De tweezijdige p-waarde bij een z-waarde (standaardnormale verdeling).

    Hoe vaak geeft toeval alleen een afwijking die minstens zo groot is?

    >>> round(p_uit_z(1.96), 3), round(p_uit_z(0), 3)
    (0.05, 1.0)
    """
    if math.isnan(z):
        return math.nan
    return math.erfc(abs(z) / math.sqrt(2))


def _betacf(a: float, b: float, x: float) -> float:
    """Kettingbreuk voor de onvolledige bètafunctie (Numerical Recipes, betacf)."""
    klein = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > klein else klein)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > klein else klein)
        c = 1.0 + aa / c
        c = c if abs(c) > klein else klein
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > klein else klein)
        c = 1.0 + aa / c
        c = c if abs(c) > klein else klein
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-14:
            break
    return h


def _onvolledige_beta(a: float, b: float, x: float) -> float:
    """De geregulariseerde onvolledige bètafunctie I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    ln = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x)
          + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return math.exp(ln) * _betacf(a, b, x) / a
    return 1.0 - math.exp(ln) * _betacf(b, a, 1.0 - x) / b


def p_uit_t(t: float, df: float) -> float:
    """De tweezijdige p-waarde bij een t-waarde met `df` vrijheidsgraden.

    >>> round(p_uit_t(t_kwantiel(9), 9), 4), round(p_uit_t(0, 5), 4)
    (0.05, 1.0)
    """
    if math.isnan(t) or df < 1:
        return math.nan
    return _onvolledige_beta(df / 2, 0.5, df / (df + t * t))


def binomiaal_p(aantal: int, n: int, p0: float) -> float:
    """Exacte kans op `aantal` of méér "treffers" bij `n` leerlingen als elk de kans `p0` heeft.

    Zo toets je "8 B- of C-attesten bij 20 leerlingen, terwijl het vroeger 11 % was" zonder de
    normale benadering (z), die bij n × p₀ ≈ 2 niet klopt. Eenzijdig: we vragen enkel of het er
    méér zijn dan vroeger.

    >>> round(binomiaal_p(8, 20, 0.11), 4)
    0.0008
    >>> binomiaal_p(0, 20, 0.11)
    1.0
    """
    if n <= 0 or not 0 <= p0 <= 1:
        raise ValueError(f"n moet positief zijn en p0 tussen 0 en 1 liggen (kreeg n={n}, p0={p0}).")
    aantal = max(0, int(aantal))
    return min(1.0, sum(math.comb(n, k) * p0**k * (1 - p0) ** (n - k)
                        for k in range(aantal, n + 1)))


def holm(pwaarden: Sequence[float]) -> list[float]:
    """P-waarden aangepast voor het aantal vergelijkingen (Holm), in dezelfde volgorde.

    Wie 64 klassen tegelijk bekijkt, vindt bij toeval alleen een paar "opvallende". Holm
    vermenigvuldigt de kleinste p-waarde met 64, de volgende met 63, enzovoort (nooit boven 1,
    en nooit kleiner dan de vorige). Lege waarden (nan) tellen niet mee.

    >>> [round(p, 3) for p in holm([0.01, 0.04, 0.03])]
    [0.03, 0.06, 0.06]
    """
    geldig = [(p, i) for i, p in enumerate(pwaarden) if not math.isnan(p)]
    m = len(geldig)
    aangepast = [math.nan] * len(pwaarden)
    hoogste = 0.0
    for rang, (p, i) in enumerate(sorted(geldig)):
        hoogste = max(hoogste, min(1.0, (m - rang) * p))
        aangepast[i] = hoogste
    return aangepast


def verwacht_bij_toeval(aantal_vergelijkingen: int, alfa: float = 0.05) -> float:
    """Hoeveel "opvallende" groepen je verwacht als er nergens iets echt veranderde.

    >>> verwacht_bij_toeval(64)
    3.2
    """
    return round(aantal_vergelijkingen * alfa, 1)
