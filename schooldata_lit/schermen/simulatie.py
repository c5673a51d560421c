"""Widgets bij de simulaties en zelftoetsen (ipywidgets). Het rekenwerk staat in
`schooldata_lit.simulatie` en `schooldata_lit.zelftoets`; hier staat enkel de bediening.

- `toeval_widget`: simuleer klassen zonder echte verandering, met een knop *Nog eens*;
- `steekproef_widget`: trek steekproeven van leerlingen en zie hoeveel intervallen het echte
  gemiddelde vangen;
- `meerkeuze`: een zelftoets met meteen uitleg bij elke keuze.

Elke functie geeft een ipywidgets-object terug; zet het als laatste regel van een cel.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from ..simulatie import (
    grafiek_steekproeven,
    grafiek_toeval,
    klassen_zonder_verandering,
    steekproeven,
)
from ..zelftoets import Meerkeuzevraag
from .weergave import toon_in

__all__ = ["toeval_widget", "steekproef_widget", "meerkeuze"]


def toeval_widget(aantal_klassen: int = 64, leerlingen: int = 20):
    """Simuleer `aantal_klassen` klassen waarin niets veranderde; kies of de leerlingen een
    gedeelde toets maakten, en druk op *Nog eens* voor een nieuwe simulatie.

    >>> w = toeval_widget(aantal_klassen=10)
    >>> type(w).__name__
    'VBox'
    """
    import ipywidgets as widgets

    gedeeld = widgets.FloatSlider(value=0.0, min=0.0, max=3.0, step=0.5,
                                  description="gedeelde toets:", readout_format=".1f",
                                  style={"description_width": "initial"})
    knop = widgets.Button(description="Nog eens simuleren", icon="refresh")
    teller = {"seed": 1}
    grafiek = widgets.Output()
    zin = widgets.HTML()

    def toon(*_: object) -> None:
        tabel = klassen_zonder_verandering(aantal_klassen, leerlingen,
                                           toetseffect=gedeeld.value, seed=teller["seed"])
        toon_in(grafiek, grafiek_toeval(tabel))
        aantal = int(tabel["groter_dan_toeval"].sum())
        zin.value = (f"<p>Simulatie {teller['seed']}: <b>{aantal} van de {aantal_klassen}</b> "
                     f"klassen hebben een interval zonder 0. Bij toeval alleen verwacht je er "
                     f"ongeveer {round(0.05 * aantal_klassen, 1)} (5 %)"
                     + (", als de leerlingen onafhankelijk zijn. Met een gedeelde toets zijn "
                        "ze dat niet, en vind je er veel meer." if gedeeld.value else ".")
                     + "</p>")

    def opnieuw(*_: object) -> None:
        teller["seed"] += 1
        toon()

    knop.on_click(opnieuw)
    gedeeld.observe(toon, names="value")
    toon()
    return widgets.VBox([widgets.HBox([gedeeld, knop]), zin, grafiek])


def steekproef_widget(waarden: Sequence[float], aantal: int = 20):
    """Trek steekproeven van `n` leerlingen uit `waarden`; schuif met n en druk op *Trek*.

    >>> type(steekproef_widget(list(range(100)), aantal=5)).__name__
    'VBox'
    """
    import ipywidgets as widgets

    reeks = list(waarden)
    n = widgets.IntSlider(value=20, min=5, max=min(200, len(reeks)), step=5,
                          description="n leerlingen:", style={"description_width": "initial"})
    knop = widgets.Button(description=f"Trek {aantal} nieuwe steekproeven", icon="random",
                          layout={"width": "auto"})
    teller = {"seed": 1, "gevangen": 0, "getrokken": 0}
    grafiek = widgets.Output()
    zin = widgets.HTML()

    def toon(*_: object, optellen: bool = False) -> None:
        tabel = steekproeven(reeks, n.value, aantal, seed=teller["seed"])
        toon_in(grafiek, grafiek_steekproeven(tabel))
        if optellen:
            teller["gevangen"] += int(tabel["vangt_echte"].sum())
            teller["getrokken"] += len(tabel)
        totaal = (f" Samen tot nu toe: {teller['gevangen']} van {teller['getrokken']}."
                  if teller["getrokken"] else "")
        zin.value = (f"<p>{int(tabel['vangt_echte'].sum())} van de {len(tabel)} intervallen "
                     f"vangen het echte gemiddelde.{totaal} Kleinere n: bredere intervallen, "
                     f"maar nog altijd ongeveer 95 % raak.</p>")

    def trek(*_: object) -> None:
        teller["seed"] += 1
        toon(optellen=True)

    knop.on_click(trek)
    n.observe(toon, names="value")
    toon()
    return widgets.VBox([widgets.HBox([n, knop]), zin, grafiek])


def meerkeuze(vraag: str, feedback_per_optie: Mapping[str, str], juist: str):
    """Een zelftoets zonder punten: kies een antwoord en lees meteen de uitleg.

    Bij elke keuze hoort uitleg (zie `schooldata_lit.zelftoets.Meerkeuzevraag`); bij een
    foute keuze benoemt ze het misverstand zonder het juiste antwoord te verklappen.

    >>> w = meerkeuze("Wat is n?", {"het aantal leerlingen": "Juist: n is het aantal "
    ...     "leerlingen achter het getal.", "het gemiddelde": "Dat is het getal zelf; n zegt "
    ...     "op hoeveel leerlingen het steunt."}, juist="het aantal leerlingen")
    >>> type(w).__name__
    'VBox'
    """
    import ipywidgets as widgets

    v = Meerkeuzevraag(vraag, dict(feedback_per_optie), juist)
    keuzes = widgets.RadioButtons(options=v.opties, value=None, layout={"width": "auto"})
    uitleg = widgets.HTML()

    def kies(verandering) -> None:
        if verandering["new"] is None:
            return
        goed, tekst = v.antwoord(verandering["new"])
        kleur, woord = ("#005A8C", "Juist.") if goed else ("#A04000", "Nog niet.")
        uitleg.value = (f"<p style='color:{kleur}'><b>{woord}</b> {html.escape(tekst)}</p>")

    keuzes.observe(kies, names="value")
    return widgets.VBox([widgets.HTML(f"<p><b>Zelftoets.</b> {html.escape(vraag)}</p>"),
                         keuzes, uitleg])
