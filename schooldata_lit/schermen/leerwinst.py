"""Leerwinst verkennen zonder code (`leerwinst_verkenner`)."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from ..kern.controle import controleer_kolommen
from ..leerwinst import grafiek_voor_na, leerwinst, metingen_per_periode
from .weergave import toon_in

__all__ = ["leerwinst_verkenner"]


def leerwinst_verkenner(resultaten: pd.DataFrame | None = None) -> Any:
    """Een widget zonder code: kies een vak, een klas en twee perioden en zie de leerwinst.

    Toont de grafiek voormeting-nameting met de diagonaal, de kerngetallen en de
    kanttekeningen. Leerlingen zonder beide metingen worden gemeld, niet verzwegen.
    Zonder `resultaten` laadt de widget de tabel ``resultaten`` van de cursus.

    >>> w = leerwinst_verkenner()
    >>> [k.description for k in w.children[0].children]
    ['Vak', 'Klas', 'Voor', 'Na', 'Soort']
    """
    import ipywidgets as widgets

    if resultaten is None:
        from ..kern.data import laad_dataset
        resultaten = laad_dataset("resultaten")
    controleer_kolommen(resultaten, ["leerling_id", "klas", "vak", "periode", "soort", "score",
                             "maximum"], "tabel resultaten")
    examens = resultaten.loc[resultaten["soort"] == "examen"]
    vakken = sorted(map(str, (examens if len(examens) else resultaten)["vak"].dropna().unique()))
    perioden = sorted(map(str, resultaten["periode"].dropna().unique()))
    stijl = {"description_width": "60px"}
    vak = widgets.Dropdown(options=vakken, value="Wiskunde" if "Wiskunde" in vakken else
                           vakken[0], description="Vak", style=stijl)
    klas = widgets.Dropdown(description="Klas", style=stijl)
    p_voor = widgets.Dropdown(options=perioden, value="P2" if "P2" in perioden else perioden[0],
                              description="Voor", style=stijl, layout={"width": "160px"})
    p_na = widgets.Dropdown(options=perioden, value="P4" if "P4" in perioden else perioden[-1],
                            description="Na", style=stijl, layout={"width": "160px"})
    soort = widgets.Dropdown(options=[("examens", "examen"), ("alle evaluaties", None)],
                             value="examen", description="Soort", style=stijl)
    uit = widgets.Output()

    def klassen_bijwerken(*_: Any) -> None:
        opties = sorted(map(str, resultaten.loc[resultaten["vak"] == vak.value, "klas"]
                            .dropna().unique()))
        klas.options = ["alle klassen"] + opties
        klas.value = "alle klassen"

    def toon(*_: Any) -> None:
        # rechtstreeks in het uitvoervak (zoals dashboards.py): zo komt er nooit iets in de
        # uitvoer van de cel zelf terecht
        deel = resultaten.loc[resultaten["vak"] == vak.value]
        if klas.value not in (None, "alle klassen"):
            deel = deel.loc[deel["klas"] == klas.value]
        try:
            voor, na = metingen_per_periode(deel, p_voor.value, p_na.value, soort=soort.value)
            lw = leerwinst(voor, na, sleutel=["leerling_id", "vak"], ontbrekend="apart")
        except ValueError as fout:
            toon_in(uit, f"Dat lukt niet: {fout}")
            return
        titel = f"{vak.value}, {klas.value}: {p_voor.value} en {p_na.value}"
        fig = grafiek_voor_na(lw, titel=titel)
        lijst = "".join(f"<li>{html.escape(w)}</li>" for w in lw.waarschuwingen)
        tekst = (lw.samenvatting().to_html(index=False, border=0)
                 + f"<p><b>Kanttekeningen</b></p><ul>{lijst}</ul>")
        toon_in(uit, fig, {"html": tekst, "tekst": repr(lw)})

    klassen_bijwerken()
    vak.observe(klassen_bijwerken, names="value")
    for w in (vak, klas, p_voor, p_na, soort):
        w.observe(toon, names="value")
    toon()
    return widgets.VBox([widgets.HBox([vak, klas, p_voor, p_na, soort],
                                      layout={"flex_flow": "row wrap"}), uit])
