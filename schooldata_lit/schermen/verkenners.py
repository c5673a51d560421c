"""Verkenners: kleine widgets om data te bekijken zonder te programmeren.

- `dataverkenner`: kies een dataset en zie wat erin staat (soort data, niveau, kolommen, de
  eerste rijen).
- `dip_of_trend`: kies een leerling en een datum en bekijk of een daling een tijdelijke dip
  is of een aanhoudende trend, zoals je het op die dag had kunnen zien.

Zet de verkenner als laatste regel in een cel om hem te tonen.

>>> verkenner = dataverkenner()
>>> verkenner.keuze.value = "attesten"
>>> "leerresultaten" in verkenner.info.value
True
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from .. import grafieken
from ..kern.data import beschikbare_datasets, beschrijf_dataset, laad_dataset, overzicht_datasets
from ..kern.structuur import peildata
from ..kern.woordenboek import SOORTEN_DATA, TABELLEN
from ..knipperlichten import REGELS, knipperlichten
from .weergave import VOLLE_LABELS, html_tabel, toon_in

__all__ = ["dataverkenner", "dip_of_trend", "Dataverkenner", "DipOfTrend", "PEILDATA"]



class Dataverkenner(widgets.VBox):
    """Een keuzelijst met de datasets; eronder wat de gekozen dataset bevat."""

    def __init__(self, map: str | os.PathLike | None = None, rijen: int = 5) -> None:
        self.map = map
        self.rijen = rijen
        self.overzicht = overzicht_datasets(map)
        namen = beschikbare_datasets(map)
        self.keuze = widgets.Dropdown(
            options=[(f"{n} ({self.overzicht.loc[n, 'soort']})", n) for n in namen],
            value="resultaten" if "resultaten" in namen else namen[0],
            description="Dataset:", style=VOLLE_LABELS, layout=widgets.Layout(width="32em"))
        self.info = widgets.HTML()
        self.kolommen = widgets.HTML()
        self.voorbeeld = widgets.HTML()
        self.keuze.observe(self._werk_bij, names="value")
        super().__init__([self.keuze, self.info, widgets.HTML("<b>Kolommen</b>"),
                          self.kolommen, widgets.HTML(f"<b>De eerste {rijen} rijen</b>"),
                          self.voorbeeld])
        self._werk_bij()

    def _werk_bij(self, *_: object) -> None:
        naam = self.keuze.value
        rij = self.overzicht.loc[naam]
        tabel = TABELLEN[naam]
        uitleg = SOORTEN_DATA.get(rij["soort"], "")
        bron = ", ".join(f"{k}: {v}" for k, v in tabel.bron.items())
        self.info.value = (
            f"<p style='max-width:60em'><b>{html.escape(naam)}</b>: "
            f"{html.escape(tabel.beschrijving)}</p><ul>"
            f"<li>soort data: <b>{html.escape(rij['soort'])}</b>"
            + (f" ({html.escape(uitleg)})" if uitleg else "") + "</li>"
            f"<li>niveau: <b>{html.escape(tabel.niveau)}</b></li>"
            f"<li>{int(rij['rijen']):,} rijen en {int(rij['kolommen'])} kolommen</li>"
            .replace(",", ".")
            + f"<li>bron: {html.escape(bron)}</li>"
            + ("<li><b>gevoelige gegevens</b>: enkel gebruiken waar het echt nodig is</li>"
               if tabel.gevoelig else "") + "</ul>")
        self.kolommen.value = html_tabel(beschrijf_dataset(naam, self.map), index=True)
        self.voorbeeld.value = html_tabel(laad_dataset(naam, self.map).head(self.rijen))


def dataverkenner(map: str | os.PathLike | None = None, rijen: int = 5) -> Dataverkenner:
    """Kies een dataset in een keuzelijst en zie wat erin staat.

    Per dataset: de soort data (demografie, percepties, leerresultaten, schoolprocessen), het
    niveau (leerling, klas, school), het aantal rijen en kolommen, de betekenis van elke kolom
    en de eerste `rijen` rijen.

    >>> dataverkenner(rijen=3).keuze.value
    'resultaten'
    """
    return Dataverkenner(map, rijen)


#: De peildata waarop `dip_of_trend` de school kan bekijken: het einde van elke maand van het
#: schooljaar van de cursusschool (uit de kalender, zie `structuur.peildata`).
PEILDATA: dict[str, str] = peildata()


class DipOfTrend(widgets.VBox):
    """Eén leerling, bekeken zoals op een gekozen datum: dip of trend?"""

    REGELS = ("daling_basislijn", "dalende_trend")

    def __init__(self, leerlingen: Sequence[str], map: str | os.PathLike | None = None,
                 peildatum: str = "eind juni") -> None:
        if not leerlingen:
            raise ValueError("Geef minstens één leerlingnummer, bv. ['L00042'].")
        if peildatum not in PEILDATA:
            raise ValueError(f"Onbekende peildatum {peildatum!r}; kies uit: "
                             f"{', '.join(PEILDATA)}.")
        self.map = map
        self.resultaten = laad_dataset("resultaten", map)
        onbekend = sorted(set(leerlingen) - set(self.resultaten["leerling_id"]))
        if onbekend:
            raise ValueError(f"Deze leerlingen hebben geen resultaten: {', '.join(onbekend)}.")
        self.leerling = widgets.Dropdown(options=list(leerlingen), description="Leerling:",
                                         style=VOLLE_LABELS)
        self.datum = widgets.SelectionSlider(options=list(PEILDATA), value=peildatum,
                                             description="Bekijk zoals op:", style=VOLLE_LABELS,
                                             continuous_update=False,
                                             layout=widgets.Layout(width="40em"))
        self.lichtenvak = widgets.HTML()
        self.grafiek = widgets.Output()
        self.figuren: list[go.Figure] = []
        self.lichten = pd.DataFrame()
        self.leerling.observe(self._werk_bij, names="value")
        self.datum.observe(self._werk_bij, names="value")
        super().__init__([widgets.HBox([self.leerling, self.datum]), self.lichtenvak,
                          self.grafiek])
        self._werk_bij()

    def _werk_bij(self, *_: object) -> None:
        wie = self.leerling.value
        peildatum = pd.Timestamp(PEILDATA[self.datum.value])
        tot_nu = self.resultaten[self.resultaten["datum"] <= peildatum]
        alle = knipperlichten(list(self.REGELS), peildatum=peildatum, map=self.map)
        self.lichten = alle[alle["wie"] == wie]
        if self.lichten.empty:
            tekst = ("<p>Op deze datum brandt er <b>geen</b> licht voor deze leerling "
                     "(regels: " + ", ".join(REGELS[r].naam for r in self.REGELS) + ").</p>")
        else:
            items = "".join(
                f"<li><b>{html.escape(REGELS[r.indicator].naam)}</b>: "
                f"{html.escape(r.regel)}.<br><i>Vraag voor een gesprek: "
                f"{html.escape(r.vraag)}</i></li>" for r in self.lichten.itertuples())
            tekst = f"<p>Op deze datum branden deze lichten:</p><ul>{items}</ul>"
        self.lichtenvak.value = tekst
        self.figuren = [grafieken.voortgang_leerling(tot_nu, wie),
                        grafieken.afwijking_per_maand(tot_nu, wie)]
        toon_in(self.grafiek, *self.figuren)


def dip_of_trend(leerlingen: Sequence[str], map: str | os.PathLike | None = None,
                 peildatum: str = "eind juni") -> DipOfTrend:
    """Bekijk leerlingen zoals op een gekozen datum: is een daling een dip of een trend?

    Kies een leerling en schuif met de datum. Je ziet de punten naast de klasband, de afwijking
    van de eigen start per maand, en welke lichten op die dag branden ("Daling t.o.v. eigen
    basislijn" en "Aanhoudend dalende punten"), met de vraag voor een gesprek. Op de dag van
    een dip kan je niet weten of hij blijft: dat is precies waarom een licht een vraag is.

    >>> verkenner = dip_of_trend(["L01115", "L01152"], peildatum="eind december")
    >>> [f.layout.title.text.split("?")[0] for f in verkenner.figuren][1]
    'Dip of trend'
    """
    return DipOfTrend(leerlingen, map, peildatum)
