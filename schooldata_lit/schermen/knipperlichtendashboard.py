"""Het knipperlichtendashboard: zet regels aan of uit, schuif met hun drempels en zie meteen
hoeveel lichten er branden, hoeveel geplante signalen gevonden worden (gevoeligheid), hoeveel
lichten terecht zijn (precisie) en welke valse alarmen erbij komen.

>>> bord = knipperlichten_dashboard()
>>> bord.schuiven["dalende_trend"]["helling"].value = 3.0
>>> int(bord.lichten["indicator"].eq("dalende_trend").sum())  # was 13 bij 1,5 per maand
8
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Mapping

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from ..evaluatie import Evaluatie, evalueer_knipperlichten
from ..kern.data import beschikbare_datasets
from ..knipperlichten import REGELS, Instelling, knipperlichten, regelverslag, standaardregels
from ..stijl import pas_stijl_toe, procent
from ..toegankelijk import WIDGET_HULP_HTML, afdrukbare_samenvatting, beschrijf
from .dashboardkleuren import KLEUREN
from .weergave import VOLLE_LABELS, toon_in

__all__ = ["knipperlichten_dashboard", "KnipperlichtenDashboard"]


def _schuif(naam: str, drempel: Instelling) -> widgets.Widget:
    """Een schuifknop voor één drempel, met het bereik dat de regel zelf opgeeft."""
    label = naam.replace("_", " ")
    if drempel.geheel:
        return widgets.IntSlider(value=int(drempel.standaard), min=int(drempel.minimum),
                                 max=int(drempel.maximum), step=int(drempel.stap),
                                 description=label, style=VOLLE_LABELS, continuous_update=False)
    return widgets.FloatSlider(value=drempel.standaard, min=drempel.minimum,
                               max=drempel.maximum, step=drempel.stap, description=label,
                               readout_format=".0%" if drempel.aandeel else ".1f",
                               style=VOLLE_LABELS, continuous_update=False)


class KnipperlichtenDashboard(widgets.VBox):
    """Knipperlichten met regelbare drempels, gemeten tegen de grondwaarheid.

    Maak het met `knipperlichten_dashboard`. Na elke wijziging staan de actuele lichten in
    `lichten`, de meting in `evaluatie` (of None zonder grondwaarheid) en de grafiek in
    `figuur`.
    """

    def __init__(self, regels: Iterable[str] | None = None,
                 peildatum: str | pd.Timestamp | None = None,
                 map: str | os.PathLike | None = None) -> None:
        self.peildatum = peildatum
        self.map = None if map is None else str(map)
        standaard = standaardregels(peildatum, self.map)  # punten per periode: perioderegels
        aan = set(regels) if regels is not None else set(standaard)
        onbekend = aan - set(REGELS)
        if onbekend:
            raise ValueError(f"Onbekende regel(s): {', '.join(sorted(onbekend))}. Kies uit: "
                             f"{', '.join(REGELS)}.")
        self.met_grondwaarheid = "grondwaarheid" in beschikbare_datasets(self.map)
        self.aan = {c: widgets.Checkbox(value=c in aan, description=r.naam, indent=False,
                                        layout=widgets.Layout(width="48%"))
                    for c, r in REGELS.items()}
        self.schuiven = {c: {k: _schuif(k, d) for k, d in r.drempels.items()}
                         for c, r in REGELS.items()}
        self.regelkeuze = widgets.Dropdown(
            options=[(r.naam, c) for c, r in REGELS.items() if r.instellingen],
            value="dalende_trend", description="Drempels van de regel:", style=VOLLE_LABELS,
            layout=widgets.Layout(width="32em"))
        self.regeluitleg = widgets.HTML()
        self.schuifvak = widgets.VBox()
        self.samenvatting = widgets.HTML()
        self.afdruk = widgets.HTML()
        self.grafiek = widgets.Output()
        self.hulp = widgets.Output()
        toon_in(self.hulp, {"html": WIDGET_HULP_HTML})
        self.terug = widgets.Button(description="Standaardinstellingen", icon="undo",
                                    layout=widgets.Layout(width="14em"))
        self.lichten = pd.DataFrame()
        self.evaluatie: Evaluatie | None = None
        self.figuur: go.Figure | None = None
        self._standaardregels = set(standaard)
        self._standaard = self._meet(standaard, {})
        #: welke regels konden lopen op deze data, en waarom andere niet
        self.regelstatus = widgets.HTML()

        for vak in self.aan.values():
            vak.observe(self._werk_bij, names="value")
        for schuiven in self.schuiven.values():
            for schuif in schuiven.values():
                schuif.observe(self._werk_bij, names="value")
        self.regelkeuze.observe(self._toon_regel, names="value")
        self.terug.on_click(self.zet_terug)
        # De uitkomst staat bovenaan: wie een vakje aanvinkt, ziet meteen wat verandert (ook
        # op een projector van 1280 × 720, zonder te scrollen).
        super().__init__([
            self.hulp, self.samenvatting, self.regelstatus,
            widgets.HTML("<b>Welke regels staan aan?</b>"),
            widgets.Box(list(self.aan.values()),
                        layout=widgets.Layout(flex_flow="row wrap")),
            self.regelkeuze, self.regeluitleg, self.schuifvak, self.terug,
            self.grafiek, self.afdruk,
        ])
        self._toon_regel()
        self._werk_bij()

    # -- wat er nu ingesteld is -----------------------------------------------------------
    @property
    def regels(self) -> list[str]:
        """De codes van de regels die aan staan."""
        return [c for c, vak in self.aan.items() if vak.value]

    @property
    def instellingen(self) -> dict[str, dict[str, float]]:
        """De drempels die afwijken van de standaard, per regel."""
        uit: dict[str, dict[str, float]] = {}
        for code, schuiven in self.schuiven.items():
            anders = {k: s.value for k, s in schuiven.items()
                      if s.value != REGELS[code].instellingen[k]}
            if anders:
                uit[code] = anders
        return uit

    def zet_terug(self, *_: object) -> None:
        """Zet alle regels en drempels terug op hun standaardwaarde."""
        with self.hold_trait_notifications():
            for code, vak in self.aan.items():
                vak.unobserve(self._werk_bij, names="value")
                vak.value = code in self._standaardregels
                vak.observe(self._werk_bij, names="value")
                for k, schuif in self.schuiven[code].items():
                    schuif.unobserve(self._werk_bij, names="value")
                    schuif.value = REGELS[code].instellingen[k]
                    schuif.observe(self._werk_bij, names="value")
        self._toon_regel()
        self._werk_bij()

    # -- bijwerken -------------------------------------------------------------------------
    def _meet(self, regels: list[str], instellingen: Mapping[str, Mapping[str, float]]
              ) -> tuple[pd.DataFrame, Evaluatie | None]:
        lichten = knipperlichten(regels, instellingen, self.peildatum, self.map)
        evaluatie = (evalueer_knipperlichten(lichten, map=self.map)
                     if self.met_grondwaarheid else None)
        return lichten, evaluatie

    def _toon_regel(self, *_: object) -> None:
        regel = REGELS[self.regelkeuze.value]
        self.schuifvak.children = list(self.schuiven[regel.code].values())
        self.regeluitleg.value = (f"<p style='max-width:60em'><i>{html.escape(regel.uitleg)}"
                                  f"</i></p>")

    def _werk_bij(self, *_: object) -> None:
        regel = REGELS[self.regelkeuze.value]
        self.lichten, self.evaluatie = self._meet(self.regels, self.instellingen)
        ingevuld = {k: s.value for k, s in self.schuiven[regel.code].items()}
        self.regeluitleg.value = (
            f"<p style='max-width:60em'><b>Regel nu:</b> {html.escape(regel.beschrijf(ingevuld))}"
            f"<br><i>{html.escape(regel.uitleg)}</i></p>")
        self.samenvatting.value = self._samenvatting()
        self.regelstatus.value = ("<p style='max-width:60em'><b>Welke regels konden lopen?</b> "
                                  + html.escape(regelverslag(self.lichten)).replace("\n", "<br>")
                                  + "</p>")
        self.figuur = self._figuur()
        toon_in(self.grafiek, self.figuur)
        self.afdruk.value = afdrukbare_samenvatting(
            "Knipperlichten: instellingen en resultaat", self.samenvatting.value,
            self._lichten_per_regel(), self.figuur)

    def _lichten_per_regel(self) -> pd.DataFrame:
        namen = {c: r.naam for c, r in REGELS.items()}
        zeker = self.lichten[self.lichten["zekerheid"] == "zeker"] if len(self.lichten) else \
            self.lichten
        return pd.DataFrame({
            "regel": [namen[c] for c in self.regels],
            "lichten": [int((zeker["indicator"] == c).sum()) if len(zeker) else 0
                        for c in self.regels]})

    @staticmethod
    def _tel(lichten: pd.DataFrame) -> tuple[int, int]:
        """(aantal zekere lichten, aantal leerlingen/klassen/vakken met zo'n licht)."""
        if not len(lichten):
            return 0, 0
        zeker = lichten[lichten["zekerheid"] == "zeker"]
        return len(zeker), int(zeker["wie"].nunique())

    def _samenvatting(self) -> str:
        lichten, e = self.lichten, self.evaluatie
        zeker, wie = self._tel(lichten)
        onzeker = len(lichten) - zeker
        regels = [f"<b>{zeker}</b> lichten branden, bij <b>{wie}</b> leerlingen, klassen of "
                  "vakken" + (f" (en {onzeker} onzeker: kleine groep)" if onzeker else "")
                  + "."]
        s_lichten, s_e = self._standaard
        s_zeker, s_wie = self._tel(s_lichten)
        if (zeker, wie) != (s_zeker, s_wie):
            regels.append(f"Verschil met de standaardinstellingen: <b>{zeker - s_zeker:+d}</b> "
                          f"lichten, <b>{wie - s_wie:+d}</b> leerlingen, klassen of vakken met "
                          "een licht.")
        if e is None:
            regels.append("Deze data heeft geen grondwaarheid: of een licht terecht is, kan "
                          "enkel een gesprek uitwijzen.")
        else:
            vals = len(e.valse_alarmen)
            soorten = ", ".join(f"{_SOORTEN.get(s, s)}: {n}"
                                for s, n in e.valse_alarmen_per_soort.items())
            regels += [
                f"Gevonden: <b>{e.gevonden} van de {len(e.signalen)}</b> geplante signalen "
                f"(gevoeligheid {procent(100 * e.recall)}).",
                f"Terecht: <b>{len(e.eenheden) - vals} van de {len(e.eenheden)}</b> "
                f"leerlingen, klassen of vakken met een licht "
                f"(precisie {procent(100 * e.precisie)}).",
                f"Valse alarmen: <b>{vals}</b>" + (f" ({soorten})" if soorten else "") + ".",
                f"Strikt geteld (hoort dít licht bij een probleem van díe leerling?): precisie "
                f"{procent(100 * e.precisie_strikt)}. Gemeten achteraf, op de verzonnen school "
                f"waarop de regels zijn afgesteld: dit zegt niets over een echte school.",
            ]
            if s_e is not None:
                regels.append(
                    f"<span style='color:#555555'>Ter vergelijking, met de "
                    f"standaardinstellingen: {s_zeker} lichten bij {s_wie} leerlingen, klassen "
                    f"of vakken, {s_e.gevonden} gevonden, {len(s_e.valse_alarmen)} valse "
                    f"alarmen.</span>")
        return "<ul>" + "".join(f"<li>{r}</li>" for r in regels) + "</ul>"

    def _figuur(self) -> go.Figure:
        """Per regel: terechte lichten, valse alarmen en onzekere lichten (gestapeld)."""
        lichten = self.lichten
        namen = {c: r.naam for c, r in REGELS.items()}
        volgorde = [c for c in REGELS if c in self.regels]
        zeker = lichten[lichten["zekerheid"] == "zeker"]
        if self.evaluatie is not None:
            terecht_set = set(self.evaluatie.eenheden.loc[self.evaluatie.eenheden["terecht"],
                                                          "sleutel"])
            terecht = zeker["wie"].isin(terecht_set)
            delen = [("terecht", zeker[terecht], KLEUREN["blauwgroen"], ""),
                     ("vals alarm", zeker[~terecht], KLEUREN["vermiljoen"], "x")]
        else:
            delen = [("zeker", zeker, KLEUREN["blauw"], "")]
        delen.append(("onzeker (kleine groep)", lichten[lichten["zekerheid"] == "onzeker"],
                      KLEUREN["grijs"], "."))
        fig = go.Figure()
        rijen = []
        for naam, deel, kleur, patroon in delen:
            aantallen = deel["indicator"].value_counts().reindex(volgorde, fill_value=0)
            # kleur én patroon: ook wie de kleuren niet onderscheidt, ziet de delen
            fig.add_bar(y=[namen[c] for c in volgorde], x=aantallen.to_numpy(), name=naam,
                        orientation="h", marker_color=kleur,
                        marker_pattern={"shape": patroon, "fgcolor": "white", "size": 7},
                        marker_line={"color": "#333333", "width": 1},
                        hovertemplate="%{y}: %{x} lichten (" + naam + ")<extra></extra>")
            rijen += [{"regel": namen[c], "soort": naam, "lichten": int(aantallen[c])}
                      for c in volgorde]
        fig.update_layout(barmode="stack", height=170 + 34 * max(len(volgorde), 1),
                          yaxis={"autorange": "reversed"}, legend_orientation="h")
        fig = pas_stijl_toe(fig.update_xaxes(title="aantal lichten"), titel="Lichten per regel")
        zeker_n, wie = self._tel(lichten)
        meeste = (zeker["indicator"].value_counts().idxmax() if len(zeker) else None)
        kort = (f"{zeker_n} lichten bij {wie} leerlingen, klassen of vakken"
                + (f"; de meeste komen van de regel '{namen[meeste]}'." if meeste else "."))
        lang = ("Liggend gestapeld staafdiagram: per regel die aan staat het aantal lichten, "
                "opgesplitst in " + ", ".join(d[0] for d in delen) + ". "
                + "; ".join(f"{namen[c]}: {_lichten(int((zeker['indicator'] == c).sum()))}"
                            for c in volgorde) + ".")
        return beschrijf(fig, kort, lang, rijen)


_SOORTEN = {"ruis": "gewone schommelingen", "eenmalige_dip": "tijdelijke dip",
            "langdurig_ziek": "langdurig ziek", "kleine_klas": "kleine klas"}


def knipperlichten_dashboard(regels: Iterable[str] | None = None,
                             peildatum: str | pd.Timestamp | None = None,
                             map: str | os.PathLike | None = None) -> KnipperlichtenDashboard:
    """Een dashboard om met de drempels van de knipperlichten te spelen.

    Zet regels aan of uit en schuif met hun drempels. Het dashboard toont meteen hoeveel
    lichten er branden en, op de cursusschool, hoeveel geplante signalen het vindt (recall),
    hoeveel lichten terecht zijn (precisie) en welke valse alarmen erbij komen (een tijdelijke
    dip, langdurige ziekte, gewone schommelingen). Zo zie je dat strengere drempels minder
    vals alarm geven maar ook meer missen.

    - `regels`: welke regels aan staan bij de start (standaard: de standaardregels);
    - `peildatum`: bekijk de school op die dag (standaard: einde schooljaar);
    - `map`: een andere datamap (bv. je eigen geïmporteerde data; zonder grondwaarheid
      toont het dashboard enkel de lichten).

    >>> bord = knipperlichten_dashboard()
    >>> bord.aan["lage_aanwezigheid"].value = True   # de ruwe 90 %-regel erbij
    >>> bord.evaluatie.precisie < 0.7
    True
    """
    return KnipperlichtenDashboard(regels, peildatum, map)


def _lichten(n: int) -> str:
    return "1 zeker licht" if n == 1 else f"{n} zekere lichten"
