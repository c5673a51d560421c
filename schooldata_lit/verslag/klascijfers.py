"""Klascijfers met hun onzekerheid, voor een toonmoment: het verschil van een klas in de laatste
periode met n en een 95 %-interval (`periodeverschil`), naast de andere klassen en met het
aantal vergelijkingen (`periodeverschillen`), in één zin (`klascijfer_zin`) of als grafiek
(`klas_per_periode`).

>>> float(gemiddelde_met_onzekerheid([60, 70, 80])["gemiddelde"])
70.0
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go

from ..indicatoren import percentages
from ..kern.statistiek import p_uit_z, t_halve_breedte
from ..stijl import OKABE_ITO, getal, pas_stijl_toe

__all__ = ["gemiddelde_met_onzekerheid", "periodeverschil", "periodeverschillen",
           "klascijfer_zin", "klas_per_periode"]


def gemiddelde_met_onzekerheid(waarden: Iterable[float]) -> pd.Series:
    """Gemiddelde, n en het 95 %-betrouwbaarheidsinterval (t-verdeling) van een reeks getallen.

    >>> gemiddelde_met_onzekerheid([60, 70, 80]).round(1).to_dict()
    {'n': 3.0, 'gemiddelde': 70.0, 'ondergrens': 45.2, 'bovengrens': 94.8}
    """
    reeks = pd.Series(list(waarden), dtype="float64").dropna()
    n = len(reeks)
    gemiddelde = reeks.mean() if n else math.nan
    half = t_halve_breedte(reeks)
    return pd.Series({"n": float(n), "gemiddelde": gemiddelde, "ondergrens": gemiddelde - half,
                      "bovengrens": gemiddelde + half})


def periodeverschil(resultaten: pd.DataFrame, klas: str) -> pd.Series:
    """Hoeveel daalde (of steeg) een klas in de laatste periode, met n en een 95 %-interval?

    Per leerling van `klas`: het gemiddelde percentage in de laatste periode min dat in de
    periodes ervoor. Daarvan het gemiddelde (``verschil``) met een 95 %-interval
    (``ondergrens``, ``bovengrens``) en het aantal leerlingen ``n``, afgerond op 2 decimalen.

    Lees het interval voorzichtig. Het behandelt de leerlingen als onafhankelijk, maar ze
    maakten dezelfde toetsen: één moeilijke toets trekt de hele klas omlaag, en dat zit niet
    in het interval. Ligt 0 erbuiten, dan is dat dus nog geen "groter dan het toeval". Wie
    veel klassen bekijkt, vergelijkt beter met de andere klassen: `periodeverschillen`.

    >>> r = pd.DataFrame({"klas": "6X", "leerling_id": list("aabbcc"),
    ...                   "periode": ["P1", "P4"] * 3, "score": [7, 5, 6, 6, 8, 6],
    ...                   "maximum": 10})
    >>> periodeverschil(r, "6X")[["n", "verschil"]].to_dict()
    {'n': 3, 'verschil': -13.33}
    """
    for kolom in ("klas", "leerling_id", "periode", "score", "maximum"):
        if kolom not in resultaten.columns:
            raise ValueError(f"kolom {kolom!r} ontbreekt in de resultaten; wel aanwezig: "
                             f"{', '.join(map(str, resultaten.columns))}.")
    deel = percentages(resultaten.loc[resultaten["klas"] == klas])
    if deel.empty:
        klassen = ", ".join(sorted(map(str, resultaten["klas"].dropna().unique()))[:12])
        raise ValueError(f"Geen resultaten voor klas {klas!r}. Bv.: {klassen} ...")
    per = deel.groupby(["leerling_id", "periode"])["percentage"].mean().unstack("periode")
    laatste = max(per.columns)
    eerder = per.drop(columns=laatste).mean(axis=1)
    verschillen = (per[laatste] - eerder).dropna()
    samenvatting = gemiddelde_met_onzekerheid(verschillen)
    return pd.Series({"klas": klas, "periode": laatste, "n": int(samenvatting["n"]),
                      "eerder": round(eerder.mean(), 2), "laatste": round(per[laatste].mean(), 2),
                      "verschil": round(samenvatting["gemiddelde"], 2),
                      "ondergrens": round(samenvatting["ondergrens"], 2),
                      "bovengrens": round(samenvatting["bovengrens"], 2)})


def periodeverschillen(resultaten: pd.DataFrame, alfa: float = 0.05) -> pd.DataFrame:
    """Elke klas naast de andere klassen: valt haar verandering in de laatste periode op?

    Drie dingen die `periodeverschil` voor één klas niet ziet:

    1. **Gedeelde toetsen.** De leerlingen van een klas maakten dezelfde toetsen, dus zijn
       hun verschillen niet onafhankelijk. Daarom is hier de klas de eenheid: we vergelijken
       haar verschil met dat van de *andere* klassen. De spreiding die we verwachten telt
       twee delen op: wat klassen bovenop de leerlingen van elkaar verschillen (bv. een
       moeilijke toets) en het toeval van de leerlingen zelf (groter bij een kleine klas).
    2. **De hele school.** Als alle klassen wat zakken, is één klas die zakt niet bijzonder:
       ``t_o_v_andere_klassen`` is het verschil min het gemiddelde van de andere klassen.
    3. **Veel klassen tegelijk.** Wie 64 klassen bekijkt, vindt er bij toeval een paar met
       een kleine p. ``p_holm`` past de p-waarde aan voor het aantal klassen (Holm).

    Kolommen: ``klas``, ``n``, ``verschil``, ``ondergrens``, ``bovengrens`` (het interval
    van `periodeverschil`, dat leerlingen als onafhankelijk behandelt), ``0_buiten_interval``,
    ``t_o_v_andere_klassen``, ``z``, ``p``, ``p_holm`` en ``opvallend_na_correctie``. In
    ``.attrs``: ``aantal_vergelijkingen``, ``verwacht_bij_toeval``, ``schoolverschil`` (de
    gemiddelde verandering per leerling in de hele school) en ``uitleg``.

    >>> r = pd.DataFrame({"klas": [k for k in "ABCDE" for _ in range(4)],
    ...     "leerling_id": [f"{k}{i}" for k in "ABCDE" for i in (1, 1, 2, 2)],
    ...     "periode": ["P1", "P4"] * 10,
    ...     "score": [6, 5, 7, 6, 6, 6, 7, 7, 5, 5, 6, 6, 7, 6, 6, 6, 8, 2, 7, 3],
    ...     "maximum": 10})
    >>> t = periodeverschillen(r)
    >>> t[["klas", "verschil", "0_buiten_interval"]].to_dict("list")["verschil"]
    [-10.0, 0.0, 0.0, -5.0, -50.0]
    >>> t.attrs["aantal_vergelijkingen"]
    5
    """
    from ..vergelijken import veel_vergelijkingen

    klassen = sorted(map(str, resultaten["klas"].dropna().unique()))
    tabel = pd.DataFrame([periodeverschil(resultaten, k) for k in klassen])
    tabel["0_buiten_interval"] = (tabel["ondergrens"] > 0) | (tabel["bovengrens"] < 0)
    # de verschillen per leerling, om de spreiding binnen een klas te schatten (samen genomen)
    p = percentages(resultaten)
    per = p.groupby(["klas", "leerling_id", "periode"])["percentage"].mean().unstack("periode")
    laatste = max(per.columns)
    per_leerling = (per[laatste] - per.drop(columns=laatste).mean(axis=1)).dropna()
    binnen = per_leerling.groupby(level="klas").var(ddof=1)
    aantal = per_leerling.groupby(level="klas").size()
    sigma2 = float(((aantal - 1) * binnen).sum() / max((aantal - 1).sum(), 1))
    verschil = tabel["verschil"].astype(float)
    n = tabel["n"].astype(float).clip(lower=1)
    k = len(tabel)
    # spreiding tussen klassen die niet van de leerlingen komt (bv. een moeilijke toets)
    tau2 = max(0.0, float(verschil.var(ddof=1)) - float((sigma2 / n).mean())) if k > 2 else 0.0
    ander_gem = (verschil.sum() - verschil) / max(k - 1, 1)
    tabel["t_o_v_andere_klassen"] = (verschil - ander_gem).round(2)
    spreiding = (tau2 + sigma2 / n + (tau2 + sigma2 / n.mean()) / max(k - 1, 1)) ** 0.5
    tabel["z"] = (tabel["t_o_v_andere_klassen"] / spreiding.where(spreiding > 0)).round(2)
    tabel["p"] = [p_uit_z(float(z)) for z in tabel["z"]]
    uit = veel_vergelijkingen(tabel, "p", alfa, wat="klassen")
    school = per_leerling.mean()
    uit.attrs["schoolverschil"] = round(float(school), 2)
    uit.attrs["naief_opvallend"] = int(tabel["0_buiten_interval"].sum())
    uit.attrs["uitleg"] = (
        f"{uit.attrs['naief_opvallend']} van de {k} klassen hebben een interval zonder 0, maar "
        f"dat interval behandelt leerlingen als onafhankelijk terwijl ze dezelfde toetsen "
        f"maakten. De hele school veranderde gemiddeld {getal(school, 1)} procentpunten. "
        f"Vergeleken met de andere klassen: " + uit.attrs["uitleg"])
    return uit


def klascijfer_zin(resultaten: pd.DataFrame, klas: str, min_n: int = 10,
                   alle_klassen: pd.DataFrame | None = None) -> str:
    """Het verschil van een klas in de laatste periode in één zin, met n, onzekerheid en
    hoeveel klassen er vergeleken werden.

    `alle_klassen` is de uitkomst van `periodeverschillen` (geef ze mee als je de zin voor
    veel klassen maakt: dan wordt ze maar één keer berekend).

    >>> r = pd.DataFrame({"klas": "6X", "leerling_id": list("aabbcc"),
    ...                   "periode": ["P1", "P4"] * 3, "score": [7, 5, 6, 6, 8, 6],
    ...                   "maximum": 10})
    >>> print(klascijfer_zin(r, "6X"))  # doctest: +ELLIPSIS
    6X (n = 3): in P4 gemiddeld -13,3 procentpunten ten opzichte van de periodes ervoor ...
    """
    r = periodeverschil(resultaten, klas)
    zin = (f"{klas} (n = {r['n']}): in {r['periode']} gemiddeld {getal(r['verschil'], 1)} "
           f"procentpunten ten opzichte van de periodes ervoor (95 %-interval "
           f"{getal(r['ondergrens'], 1)} tot {getal(r['bovengrens'], 1)}, als de leerlingen "
           f"onafhankelijk waren). ")
    if pd.isna(r["ondergrens"]):
        zin += "Met één leerling is er geen interval: toon dit niet."
    elif r["ondergrens"] <= 0 <= r["bovengrens"]:
        zin += "0 ligt binnen het interval: dit kan toeval zijn, een vraag en geen conclusie."
    else:
        zin += ("0 ligt buiten het interval, maar de leerlingen maakten dezelfde toetsen: "
                "dat alleen maakt het nog geen signaal.")
    if alle_klassen is None and resultaten["klas"].nunique() > 2:
        alle_klassen = periodeverschillen(resultaten)
    if alle_klassen is not None and klas in set(alle_klassen["klas"]):
        rij = alle_klassen.set_index("klas").loc[klas]
        m = alle_klassen.attrs["aantal_vergelijkingen"]
        zin += (f" Naast de andere klassen ({m} vergeleken; de hele school veranderde "
                f"{getal(alle_klassen.attrs['schoolverschil'], 1)}): "
                f"{getal(rij['t_o_v_andere_klassen'], 1)} procentpunten t.o.v. de andere "
                f"klassen, ")
        zin += ("opvallend, ook na correctie voor het aantal klassen: een vraag voor het team."
                if rij["opvallend_na_correctie"] else
                "niet opvallend na correctie voor het aantal klassen.")
    if r["n"] < min_n:
        zin += f" Kleine groep (minder dan {min_n}): niet tonen op een personeelsvergadering."
    return zin


def klas_per_periode(resultaten: pd.DataFrame, klas: str, afgekapt: bool = False) -> go.Figure:
    """Het klasgemiddelde per periode als staven, met n; met `afgekapt=True` begint de as
    net onder het laagste gemiddelde (om te tonen hoe dat misleidt).

    >>> r = pd.DataFrame({"klas": "6X", "leerling_id": list("aabb"),
    ...                   "periode": ["P1", "P4"] * 2, "score": [7, 5, 6, 6], "maximum": 10})
    >>> klas_per_periode(r, "6X").layout.yaxis.range
    (0, 100)
    """
    deel = percentages(resultaten.loc[resultaten["klas"] == klas])
    if deel.empty:
        raise ValueError(f"Geen resultaten voor klas {klas!r}.")
    per = (deel.groupby(["periode", "leerling_id"])["percentage"].mean()
           .groupby("periode").agg(["mean", "size"]))
    fig = go.Figure(go.Bar(x=list(per.index), y=per["mean"].round(1),
                           marker_color=OKABE_ITO["vermiljoen" if afgekapt else "blauw"],
                           texttemplate="%{y:.1f}", textposition="outside", cliponaxis=False,
                           customdata=per["size"], hovertemplate="%{x}: %{y:.1f} "
                           "(n = %{customdata})<extra></extra>"))
    n = int(deel["leerling_id"].nunique())
    if afgekapt:
        onder = math.floor(per["mean"].min() - 0.5)
        bereik = [onder, math.ceil(per["mean"].max() + 0.5)]
        uitleg = f"Afgekapte as (vanaf {onder}): het verschil lijkt groter dan het is."
    else:
        bereik = [0, 100]
        uitleg = "As vanaf 0: de lengte van elke staaf klopt."
    pas_stijl_toe(fig, f"Klas {klas}: gemiddelde per periode (n = {n} leerlingen)", uitleg,
                  hoogte=420)
    fig.update_yaxes(range=bereik, title_text="Gemiddelde (%)")
    fig.update_xaxes(title_text="Periode")
    return fig
