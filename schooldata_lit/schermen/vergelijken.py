"""Attesten per groep en het betrouwbaarheidsinterval verkennen zonder code."""

from __future__ import annotations

import os

from ..grafieken import MIN_GROEP, attesten_per_groep
from ..stijl import getal, procent
from ..vergelijken import wilson_interval
from .weergave import toon_in

__all__ = ["attesten_widget", "interval_widget"]


def attesten_widget(map: str | os.PathLike | None = None):
    """Kies een schooljaar, een niveau (studierichting, klas, leerjaar, finaliteit) en
    eventueel één leerjaar: je ziet de attesten per groep, met n en onzekerheid.

    Geeft terug
    -----------
    ipywidgets.VBox
    """
    import ipywidgets as widgets

    from ..kern.data import laad_dataset

    attesten = laad_dataset("attesten", map=map)
    jaren = sorted(attesten["schooljaar"].unique())
    jaar = widgets.Dropdown(options=jaren, value=jaren[-1], description="Schooljaar:")
    niveau = widgets.Dropdown(options=["studierichting", "klas", "leerjaar", "finaliteit"],
                              value="studierichting", description="Per:")
    leerjaar = widgets.Dropdown(options=[("alle", 0)] + [(str(i), i) for i in range(1, 7)],
                                value=0, description="Leerjaar:")
    uit = widgets.Output()

    def toon(*_):
        deel = attesten if leerjaar.value == 0 else attesten[attesten["leerjaar"] == leerjaar.value]
        fig = attesten_per_groep(deel, niveau.value, jaar.value)
        # rechtstreeks in het uitvoervak (zo komt er niets in de uitvoer van de cel zelf)
        toon_in(uit, fig)

    for w in (jaar, niveau, leerjaar):
        w.observe(toon, names="value")
    toon()
    return widgets.VBox([widgets.HBox([jaar, niveau, leerjaar]), uit])


def interval_widget():
    """Schuif met n (aantal leerlingen) en het aantal met een C-attest: hoe breed is het
    95 %-interval? Zo voel je waarom een percentage van 3 leerlingen geen signaal is.

    Geeft terug
    -----------
    ipywidgets.VBox
    """
    import ipywidgets as widgets

    n = widgets.IntSlider(value=3, min=1, max=200, description="n leerlingen:",
                          style={"description_width": "initial"})
    aantal = widgets.IntSlider(value=1, min=0, max=3, description="waarvan met C:",
                               style={"description_width": "initial"})
    tekst = widgets.HTML()

    def toon(*_):
        aantal.max = n.value
        onder, boven = wilson_interval(aantal.value, n.value)
        breedte = boven - onder
        aandeel = procent(100 * aantal.value / n.value, 1)
        tekst.value = (f"<b>{aantal.value} van {n.value}</b> = {aandeel}"
                       f". 95 %-interval: <b>{procent(onder, 1)} tot {procent(boven, 1)}</b> "
                       f"(breedte {getal(breedte, 1)} procentpunt)."
                       + ("<br><span style='color:#555'>Minder dan 10 leerlingen: één "
                          "leerling meer of minder verandert het percentage met "
                          f"{getal(100 / n.value, 0)} procentpunt.</span>"
                          if n.value < MIN_GROEP else ""))

    n.observe(toon, names="value")
    aantal.observe(toon, names="value")
    toon()
    return widgets.VBox([n, aantal, tekst])
