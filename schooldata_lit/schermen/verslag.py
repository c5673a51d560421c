"""Een klascijfer verkennen, met en zonder afgekapte as (`klascijfer_verkenner`)."""

from __future__ import annotations

import html

import pandas as pd

from ..verslag import klas_per_periode, klascijfer_zin, periodeverschillen
from .weergave import toon_in

__all__ = ["klascijfer_verkenner"]


def klascijfer_verkenner(resultaten: pd.DataFrame):
    """Een widget: kies een klas en zie het verschil in de laatste periode met n en
    onzekerheid, naast de andere klassen (met het aantal vergelijkingen), en wat een
    afgekapte as met dezelfde cijfers doet.

    Geeft een ipywidgets-VBox terug; zet het als laatste regel van een cel.
    """
    import ipywidgets as widgets

    klassen = sorted(map(str, resultaten["klas"].dropna().unique()))
    kies = widgets.Dropdown(options=klassen, value="6LAT" if "6LAT" in klassen else klassen[0],
                            description="Klas:")
    afkappen = widgets.Checkbox(value=False, description="afgekapte as")
    grafiek = widgets.Output()
    zin = widgets.HTML()

    alle_klassen = periodeverschillen(resultaten) if len(klassen) > 2 else None

    def toon(_=None) -> None:
        # rechtstreeks in het uitvoervak, zodat er niets in de uitvoer van de cel belandt
        fig = klas_per_periode(resultaten, kies.value, afkappen.value)
        toon_in(grafiek, fig)
        tekst = klascijfer_zin(resultaten, kies.value, alle_klassen=alle_klassen)
        zin.value = f"<p>{html.escape(tekst)}</p>"

    kies.observe(toon, names="value")
    afkappen.observe(toon, names="value")
    toon()
    return widgets.VBox([widgets.HBox([kies, afkappen]), grafiek, zin])
