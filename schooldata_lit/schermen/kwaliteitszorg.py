"""Trends over schooljaren verkennen zonder code (`trend_verkenner`)."""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

from ..grafieken import samenvatting_per_jaar, trend_over_jaren
from ..kwaliteitszorg import INDICATOREN
from .weergave import toon_in

__all__ = ["trend_verkenner"]


def _gegevens(naam: str, jaarresultaten: pd.DataFrame, attesten: pd.DataFrame, vak: str,
              leerjaar: object) -> pd.DataFrame:
    tabel = jaarresultaten if INDICATOREN[naam][0] == "jaarresultaten" else attesten
    if INDICATOREN[naam][0] == "jaarresultaten":
        if vak != "alle vakken":
            tabel = tabel.loc[tabel["vak"] == vak]
        tabel = tabel.assign(tekort=tabel["eindpercentage"] < 50)
    if leerjaar != "alle leerjaren":
        tabel = tabel.loc[tabel["leerjaar"] == leerjaar]
    return tabel


def trend_verkenner(jaarresultaten: pd.DataFrame | None = None,
                    attesten: pd.DataFrame | None = None, *,
                    map: str | os.PathLike | None = None) -> Any:
    """Een widget zonder code: een indicator over de schooljaren, met onzekerheid.

    Kies een indicator, een vak (enkel bij eindpercentages en tekorten), een leerjaar en
    eventueel een opsplitsing (per finaliteit of per leerjaar). Je ziet de trend met een
    95 %-interval per jaar en eronder de tabel met n. Zonder tabellen laadt de widget de
    cursusdata (`jaarresultaten` en `attesten`).

    >>> w = trend_verkenner()
    >>> [k.description for k in w.children[0].children]
    ['Indicator', 'Vak', 'Leerjaar', 'Opsplitsen']
    >>> w.children[0].children[0].value = "aandeel C-attesten"
    >>> "application/vnd.plotly.v1+json" in w.children[1].outputs[0]["data"]
    True
    """
    import ipywidgets as widgets

    from ..kern.data import laad_dataset

    jaarresultaten = (laad_dataset("jaarresultaten", map=map) if jaarresultaten is None
                      else jaarresultaten)
    attesten = laad_dataset("attesten", map=map) if attesten is None else attesten
    stijl = {"description_width": "initial"}
    indicator = widgets.Dropdown(options=list(INDICATOREN), description="Indicator",
                                 style=stijl, layout={"width": "420px"})
    vak = widgets.Dropdown(options=["alle vakken"] + sorted(_als_tekst(jaarresultaten["vak"])),
                           description="Vak", style=stijl)
    leerjaar = widgets.Dropdown(options=["alle leerjaren"] + sorted(
        int(x) for x in attesten["leerjaar"].dropna().unique()), description="Leerjaar",
        style=stijl)
    groep = widgets.Dropdown(options=[("niet", None), ("per finaliteit", "finaliteit"),
                                      ("per leerjaar", "leerjaar")],
                             description="Opsplitsen", style=stijl)
    uit = widgets.Output()

    def toon(*_: Any) -> None:
        naam = indicator.value
        _, kolom, gelijk_aan, y_titel = INDICATOREN[naam]
        vak.disabled = INDICATOREN[naam][0] != "jaarresultaten"
        tabel = _gegevens(naam, jaarresultaten, attesten, vak.value, leerjaar.value)
        splits = groep.value if groep.value in tabel.columns else None
        if tabel.empty:
            toon_in(uit, "Geen gegevens voor deze keuze.")
            return
        # per leerling één getal per jaar (zoals samenvatting_per_jaar het doet)
        titel = f"{naam[0].upper()}{naam[1:]}" + (
            f", {vak.value}" if not vak.disabled and vak.value != "alle vakken" else "") + (
            f", leerjaar {leerjaar.value}" if leerjaar.value != "alle leerjaren" else "")
        fig = trend_over_jaren(tabel, kolom, splits, gelijk_aan=gelijk_aan, titel=titel,
                               y_titel=y_titel)
        samenvatting = samenvatting_per_jaar(tabel, kolom, splits, gelijk_aan=gelijk_aan)
        html_tabel = samenvatting.to_html(index=False, border=0, float_format=lambda x: (
            f"{x:.1f}".replace(".", ",")))
        toon_in(uit, fig, {"html": html_tabel, "tekst": samenvatting.to_string()})

    for w in (indicator, vak, leerjaar, groep):
        w.observe(toon, names="value")
    toon()
    return widgets.VBox([widgets.HBox([indicator, vak, leerjaar, groep],
                                      layout={"flex_flow": "row wrap"}), uit])


def _als_tekst(reeks: pd.Series) -> set[str]:
    return {str(x) for x in reeks.dropna().unique()}
