"""Verkenners zonder code voor doorstroom, attesten en alumni."""

from __future__ import annotations

import os

import pandas as pd
import plotly.graph_objects as go

from ..doorstroom import doorstroom_sankey, overgangen, studierendement_per_groep
from ..grafieken import attesten_per_groep
from .weergave import toon_in

__all__ = ["verken_doorstroom", "verken_attesten", "verken_alumni"]


def _laad(tabel: pd.DataFrame | None, naam: str, map: str | os.PathLike | None) -> pd.DataFrame:
    if tabel is not None:
        return tabel
    from ..kern.data import laad_dataset

    return laad_dataset(naam, map=map)


def _verkenner(keuzes: dict, teken, uitleg: str):
    """Keuzelijsten boven een uitvoervak; bij elke keuze tekent `teken(**waarden)` opnieuw."""
    import ipywidgets as widgets

    lijsten = {naam: widgets.Dropdown(options=[o if isinstance(o, tuple) else (str(o), o)
                                               for o in opties],
                                      value=standaard, description=label,
                                      style={"description_width": "initial"})
               for naam, (label, opties, standaard) in keuzes.items()}
    uitvoer = widgets.Output()

    def vernieuw(_=None) -> None:
        # rechtstreeks in het uitvoervak (zoals dashboards.py): zo komt de figuur nooit in de
        # uitvoer van de cel zelf terecht
        fig = teken(**{n: w.value for n, w in lijsten.items()})
        toon_in(uitvoer, fig)

    for w in lijsten.values():
        w.observe(vernieuw, names="value")
    vernieuw()
    venster = widgets.VBox([widgets.HTML(f"<b>{uitleg}</b>"),
                         widgets.HBox(list(lijsten.values())), uitvoer])
    venster.uitvoer = uitvoer
    return venster


def verken_doorstroom(inschrijvingen: pd.DataFrame | None = None, *,
                      map: str | os.PathLike | None = None):
    """Een verkenner zonder code: kies het leerjaar, het schooljaar en de bestemming, en zie de
    stromen als Sankey-diagram.

    Geeft een ipywidgets-venster terug (zet het als laatste regel van een cel).
    """
    ins = _laad(inschrijvingen, "inschrijvingen", map)
    jaren = sorted(set(ins["schooljaar"]))[:-1]

    def teken(leerjaar: int, schooljaar: str, naar: str) -> go.Figure:
        o = overgangen(ins, leerjaar)
        jaar = None if schooljaar == "alle" else schooljaar
        if jaar is not None and jaar not in set(o["schooljaar"]):
            jaar = None
        return doorstroom_sankey(o, naar=naar, schooljaar=jaar)

    return _verkenner(
        {"leerjaar": ("Van leerjaar", [(f"{k}e jaar → {k + 1}e jaar", k) for k in range(1, 6)],
                      2),
         "schooljaar": ("Vertrek in", [("alle schooljaren samen", "alle")] + jaren, "alle"),
         "naar": ("Bestemming", [("finaliteit", "naar_finaliteit"),
                                 ("studierichting", "naar_richting")], "naar_finaliteit")},
        teken, "Waar gaan de leerlingen het volgende schooljaar naartoe?")


def verken_attesten(attesten: pd.DataFrame | None = None, *,
                    map: str | os.PathLike | None = None):
    """Een verkenner zonder code: kies schooljaar, leerjaar en groep, en zie de A-, B- en
    C-attesten per groep (`grafieken.attesten_per_groep`, kleine groepen gearceerd)."""
    att = _laad(attesten, "attesten", map)
    jaren = sorted(set(att["schooljaar"]))

    def teken(schooljaar: str, leerjaar: object, groep: str) -> go.Figure:
        deel = att if leerjaar == "alle" else att[att["leerjaar"] == leerjaar]
        return attesten_per_groep(deel, groep, schooljaar)

    return _verkenner(
        {"schooljaar": ("Schooljaar", jaren + ["alle"], jaren[-1]),
         "leerjaar": ("Leerjaar", [("alle", "alle")] + [(f"{k}e jaar", k) for k in range(1, 7)],
                      "alle"),
         "groep": ("Per", ["studierichting", "klas", "finaliteit", "leerjaar"],
                   "studierichting")},
        teken, "Hoe verdelen de attesten zich?")


def verken_alumni(alumni: pd.DataFrame | None = None, *, map: str | os.PathLike | None = None):
    """Een verkenner zonder code: kies de groep en de afstudeerjaren, en zie het
    studierendement van oud-leerlingen met n en onzekerheid."""
    al = _laad(alumni, "alumni", map)
    jaren = sorted(set(al["schooljaar_afgestudeerd"]))

    def teken(groep: str, vanaf: str) -> go.Figure:
        return studierendement_per_groep(al, groep, schooljaren=[j for j in jaren if j >= vanaf])

    return _verkenner(
        {"groep": ("Per", ["studierichting", "finaliteit"], "studierichting"),
         "vanaf": ("Afgestudeerd vanaf", jaren, jaren[0])},
        teken, "Hoe doen oud-leerlingen het in hun eerste jaar hoger onderwijs?")
