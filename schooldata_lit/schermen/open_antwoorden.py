"""Een codeboek voor open antwoorden uitproberen zonder code (`codeboek_widget`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from ..open_antwoorden import (
    codeboek_als_tekst,
    codeer_antwoorden,
    lees_codeboek,
    niet_gecodeerd,
    open_antwoorden_bron,
    telling_per_thema,
    themagrafiek,
)
from .weergave import toon_met_tekst

__all__ = ["codeboek_widget"]


def codeboek_widget(antwoorden: pd.DataFrame | Iterable[str] | None = None,
                    codeboek: Mapping[str, Iterable[str]] | None = None, *,
                    kolom: str = "antwoord"):
    """Pas het codeboek aan in een tekstvak en zie meteen de telling (zonder code).

    Standaard met de antwoorden van de leerlingen uit de bron en `STANDAARD_CODEBOEK`.

    >>> widget = codeboek_widget()
    >>> widget.children[1].description
    'Codeer opnieuw'
    """
    import ipywidgets as w

    antwoorden = open_antwoorden_bron("leerlingen") if antwoorden is None else antwoorden
    tekstvak = w.Textarea(value=codeboek_als_tekst(codeboek),
                          description="Codeboek",
                          layout=w.Layout(width="95%", height="160px"))
    knop = w.Button(description="Codeer opnieuw", button_style="primary")
    uitvoer = w.Output()

    def codeer(*_):
        try:
            boek = lees_codeboek(tekstvak.value)
        except ValueError as fout:
            toon_met_tekst(uitvoer, tekst=f"Dat lukt niet: {fout}")
            return
        gecodeerd = codeer_antwoorden(antwoorden, boek, kolom=kolom)
        rest = niet_gecodeerd(gecodeerd)
        toon_met_tekst(uitvoer, themagrafiek(telling_per_thema(gecodeerd)),
              tekst=f"Niet gecodeerd ({len(rest)}): " + " | ".join(rest))

    knop.on_click(codeer)
    codeer()
    return w.VBox([tekstvak, knop, uitvoer])
