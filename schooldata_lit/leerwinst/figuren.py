"""Grafieken van leerwinst: voor en na per leerling, en winst per groep.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..kern.controle import controleer_kolommen
from ..stijl import KLEUR_HULPLIJN, KLEUR_KLAS, OKABE_ITO, PALET, getal, pas_stijl_toe
from .berekenen import KLEINE_GROEP, Leerwinst

# ---------------------------------------------------------------------------------- grafieken

def grafiek_voor_na(resultaat: Leerwinst, *, titel: str | None = None) -> go.Figure:
    """Voormeting tegen nameting, één bolletje per leerling, met de diagonaal.

    Boven de diagonaal: de leerling ging erop vooruit; eronder: achteruit; óp de diagonaal:
    geen verschil. Namen of nummers staan er bewust niet bij: het gaat om het patroon van de
    groep, niet om wie. Kijk ook naar regressie naar het gemiddelde: liggen de laagste
    voormetingen vooral boven en de hoogste vooral onder de diagonaal?

    >>> from schooldata_lit.leerwinst import leerwinst
    >>> voor = pd.DataFrame({"leerling_id": ["L1", "L2"], "percentage": [40.0, 70]})
    >>> na = pd.DataFrame({"leerling_id": ["L1", "L2"], "percentage": [55.0, 65]})
    >>> fig = grafiek_voor_na(leerwinst(voor, na))
    >>> [trace.name for trace in fig.data]
    ['geen verschil (diagonaal)', 'een leerling']
    """
    if not isinstance(resultaat, Leerwinst):
        raise TypeError("grafiek_voor_na verwacht het resultaat van leerwinst(...), geen "
                        f"{type(resultaat).__name__}.")
    per = resultaat.per_leerling
    m = resultaat.maximum
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=[0, m], y=[0, m], mode="lines", name="geen verschil (diagonaal)",
                             line={"color": KLEUR_KLAS, "dash": "dash", "width": 2},
                             hoverinfo="skip"))
    fig.add_trace(go.Scatter(
        x=per["voor"].round(1), y=per["na"].round(1), mode="markers", name="een leerling",
        marker={"size": 9, "color": OKABE_ITO["blauw"], "opacity": 0.55,
                "line": {"width": 0.5, "color": "white"}},
        hovertemplate="voor: %{x:.0f}<br>na: %{y:.0f}<extra></extra>"))
    omhoog = int((per["winst"] > 0).sum())
    omlaag = int((per["winst"] < 0).sum())
    uitleg = (f"n = {resultaat.n}: {omhoog} hoger, {omlaag} lager, "
              f"{resultaat.n - omhoog - omlaag} gelijk. Gemiddelde winst "
              f"{getal(resultaat.gemiddelde_winst, 1)} (95 %-interval "
              f"{getal(resultaat.winst_ondergrens, 1)} tot "
              f"{getal(resultaat.winst_bovengrens, 1)}).")
    pas_stijl_toe(fig, titel or "Voormeting en nameting per leerling", uitleg, hoogte=560)
    as_ = {"range": [0, m * 1.02], "constrain": "domain"}
    fig.update_xaxes(title_text="Voormeting", **as_)
    fig.update_yaxes(title_text="Nameting", scaleanchor="x", scaleratio=1, **as_)
    fig.add_annotation(x=0.05 * m, y=0.95 * m, text="vooruit", showarrow=False,
                       xanchor="left", font={"color": "#555555"})
    fig.add_annotation(x=0.95 * m, y=0.05 * m, text="achteruit", showarrow=False,
                       xanchor="right", font={"color": "#555555"})
    return fig


def grafiek_leerwinst_per_groep(
    tabel: pd.DataFrame,
    groep: str,
    *,
    titel: str = "Leerwinst per groep",
    eenheid: str = "procentpunten",
) -> go.Figure:
    """De gemiddelde winst per groep met het 95 %-interval, uit `leerwinst_per_groep`.

    Een bolletje per groep met een foutbalk; een open bolletje: een kleine groep (kolom
    ``klein``). Snijdt de foutbalk de nullijn, dan is de winst niet te onderscheiden van
    toeval. De groepen staan alfabetisch, niet gerangschikt op winst.

    >>> t = pd.DataFrame({"vak": ["Frans", "Wiskunde"], "n": [30, 8], "winst": [2.0, -1.0],
    ...                   "ondergrens": [0.5, -6.0], "bovengrens": [3.5, 4.0],
    ...                   "klein": [False, True]})
    >>> fig = grafiek_leerwinst_per_groep(t, "vak")
    >>> fig.layout.xaxis.title.text
    'Gemiddelde winst (procentpunten)'
    """
    controleer_kolommen(tabel, [groep, "n", "winst", "ondergrens", "bovengrens"], "tabel")
    deel = tabel.sort_values(groep, key=lambda s: s.astype(str), kind="stable")
    klein = deel["klein"] if "klein" in deel.columns else deel["n"] < KLEINE_GROEP
    labels = [f"{g} (n = {n})" for g, n in zip(deel[groep], deel["n"], strict=True)]
    fig = go.Figure()
    fig.add_vline(x=0, line={"color": KLEUR_HULPLIJN, "width": 2})
    fig.add_trace(go.Scatter(
        x=deel["winst"].round(2), y=labels, mode="markers", name="gemiddelde winst",
        marker={"size": 12, "color": PALET[0],
                "symbol": ["circle-open" if k else "circle" for k in klein],
                "line": {"width": 2, "color": PALET[0]}},
        error_x={"type": "data", "symmetric": False, "thickness": 2, "width": 6,
                 "color": PALET[0],
                 "array": (deel["bovengrens"] - deel["winst"]).round(2).fillna(0),
                 "arrayminus": (deel["winst"] - deel["ondergrens"]).round(2).fillna(0)},
        customdata=np.column_stack([deel["ondergrens"].round(1), deel["bovengrens"].round(1)]),
        hovertemplate=("%{y}: %{x:.1f}<br>95 %-interval: %{customdata[0]:.1f} tot "
                       "%{customdata[1]:.1f}<extra></extra>")))
    pas_stijl_toe(fig, titel, f"Foutbalk: 95 %-betrouwbaarheidsinterval. Open bolletje: minder "
                  f"dan {KLEINE_GROEP} leerlingen.", hoogte=max(360, 180 + 40 * len(deel)))
    fig.update_xaxes(title_text=f"Gemiddelde winst ({eenheid})", showgrid=True,
                     gridcolor="#EBEBEB")
    fig.update_yaxes(title_text="", autorange="reversed", showgrid=False)
    fig.update_layout(showlegend=False)
    return fig
