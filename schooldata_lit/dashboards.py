"""Dashboards zonder code: klikken in plaats van programmeren.

Twee dashboards (ipywidgets) voor wie liever niet programmeert:

- `knipperlichten_dashboard`: zet regels aan of uit, schuif met hun drempels en zie meteen
  hoeveel lichten er branden, hoeveel geplante signalen gevonden worden (recall), hoeveel
  lichten terecht zijn (precisie) en welke valse alarmen erbij komen.
- `school_dashboard`: de school op vier niveaus (leerling, klas, leerjaar, school), zoals een
  analysetool van een leerplatform, met een rolkeuze: elke rol ziet enkel wat ze mag zien
  (`privacy.rolweergave`).

Elk dashboard is een gewone widget: zet het als laatste regel in een cel om het te tonen. De
knoppen zijn ook vanuit code te bedienen, wat de tests doen:

>>> bord = knipperlichten_dashboard()
>>> bord.schuiven["dalende_trend"]["helling"].value = 3.0
>>> int(bord.lichten["indicator"].eq("dalende_trend").sum())  # was 15 bij 1,5 per maand
5
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Mapping

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from . import grafieken
from .data import beschikbare_datasets, laad_dataset
from .evaluatie import Evaluatie, evalueer_knipperlichten
from .knipperlichten import REGELS, knipperlichten
from .privacy import ROLLEN, GeenToegang, normaliseer_rol, rolweergave
from .stijl import GRIJS, OKABE_ITO, pas_stijl_toe, procent
from .weergave import VOLLE_LABELS, html_tabel, toon_in

__all__ = ["knipperlichten_dashboard", "school_dashboard", "KnipperlichtenDashboard",
           "SchoolDashboard", "NIVEAUS_PER_ROL"]

KLEUREN = {**OKABE_ITO, "grijs": GRIJS}

# Instellingen die een aantal tellen (gehele getallen) en instellingen die een aandeel zijn.
_AANTALLEN = {"maanden", "minimum", "dagdelen", "vakken", "domeinen", "kleine_groep"}


def _schuif(code: str, naam: str, standaard: float) -> widgets.Widget:
    """Een schuifknop met een zinvol bereik rond de standaardwaarde."""
    label = naam.replace("_", " ")
    if naam in _AANTALLEN:
        return widgets.IntSlider(value=int(standaard), min=1, max=max(int(standaard) * 3, 6),
                                 description=label, style=VOLLE_LABELS, continuous_update=False)
    if 0 < standaard < 1:
        return widgets.FloatSlider(value=standaard, min=0.05, max=0.95, step=0.05,
                                   description=label, readout_format=".0%", style=VOLLE_LABELS,
                                   continuous_update=False)
    stap = 0.5 if standaard >= 2 else 0.1
    return widgets.FloatSlider(value=standaard, min=stap, max=standaard * 3, step=stap,
                               description=label, readout_format=".1f", style=VOLLE_LABELS,
                               continuous_update=False)


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
        aan = set(regels) if regels is not None else {
            c for c, r in REGELS.items() if r.standaard_aan}
        onbekend = aan - set(REGELS)
        if onbekend:
            raise ValueError(f"Onbekende regel(s): {', '.join(sorted(onbekend))}. Kies uit: "
                             f"{', '.join(REGELS)}.")
        self.met_grondwaarheid = "grondwaarheid" in beschikbare_datasets(self.map)
        self.aan = {c: widgets.Checkbox(value=c in aan, description=r.naam, indent=False,
                                        layout=widgets.Layout(width="48%"))
                    for c, r in REGELS.items()}
        self.schuiven = {c: {k: _schuif(c, k, v) for k, v in r.instellingen.items()}
                         for c, r in REGELS.items()}
        self.regelkeuze = widgets.Dropdown(
            options=[(r.naam, c) for c, r in REGELS.items() if r.instellingen],
            value="dalende_trend", description="Drempels van de regel:", style=VOLLE_LABELS,
            layout=widgets.Layout(width="32em"))
        self.regeluitleg = widgets.HTML()
        self.schuifvak = widgets.VBox()
        self.samenvatting = widgets.HTML()
        self.grafiek = widgets.Output()
        self.terug = widgets.Button(description="Standaardinstellingen", icon="undo",
                                    layout=widgets.Layout(width="14em"))
        self.lichten = pd.DataFrame()
        self.evaluatie: Evaluatie | None = None
        self.figuur: go.Figure | None = None
        self._standaard = self._meet(
            [c for c, r in REGELS.items() if r.standaard_aan], {})

        for vak in self.aan.values():
            vak.observe(self._werk_bij, names="value")
        for schuiven in self.schuiven.values():
            for schuif in schuiven.values():
                schuif.observe(self._werk_bij, names="value")
        self.regelkeuze.observe(self._toon_regel, names="value")
        self.terug.on_click(self.zet_terug)
        super().__init__([
            widgets.HTML("<b>Welke regels staan aan?</b>"),
            widgets.Box(list(self.aan.values()),
                        layout=widgets.Layout(flex_flow="row wrap")),
            self.regelkeuze, self.regeluitleg, self.schuifvak, self.terug,
            self.samenvatting, self.grafiek,
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
                vak.value = REGELS[code].standaard_aan
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
        self.figuur = self._figuur()
        toon_in(self.grafiek, self.figuur)

    def _samenvatting(self) -> str:
        lichten, e = self.lichten, self.evaluatie
        zeker = int((lichten["zekerheid"] == "zeker").sum()) if len(lichten) else 0
        onzeker = len(lichten) - zeker
        regels = [f"<b>{zeker}</b> lichten branden" + (
            f" (en {onzeker} onzeker: kleine groep)" if onzeker else "") + "."]
        if e is None:
            regels.append("Deze data heeft geen grondwaarheid: of een licht terecht is, kan "
                          "enkel een gesprek uitwijzen.")
        else:
            vals = len(e.valse_alarmen)
            soorten = ", ".join(f"{_SOORTEN.get(s, s)}: {n}"
                                for s, n in e.valse_alarmen_per_soort.items())
            regels += [
                f"Gevonden: <b>{e.gevonden} van de {len(e.signalen)}</b> geplante signalen "
                f"(recall {procent(100 * e.recall)}).",
                f"Terecht: <b>{len(e.eenheden) - vals} van de {len(e.eenheden)}</b> "
                f"leerlingen, klassen of vakken met een licht "
                f"(precisie {procent(100 * e.precisie)}).",
                f"Valse alarmen: <b>{vals}</b>" + (f" ({soorten})" if soorten else "") + ".",
                f"Strikt geteld (hoort dít licht bij een probleem van díe leerling?): precisie "
                f"{procent(100 * e.precisie_strikt)}. Gemeten achteraf, op de verzonnen school "
                f"waarop de regels zijn afgesteld: dit zegt niets over een echte school.",
            ]
            s_lichten, s_e = self._standaard
            if s_e is not None:
                regels.append(
                    f"<span style='color:#555555'>Ter vergelijking, met de "
                    f"standaardinstellingen: {int((s_lichten['zekerheid'] == 'zeker').sum())} "
                    f"lichten, {s_e.gevonden} gevonden, {len(s_e.valse_alarmen)} valse "
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
            delen = [("terecht", zeker[terecht], KLEUREN["blauwgroen"]),
                     ("vals alarm", zeker[~terecht], KLEUREN["vermiljoen"])]
        else:
            delen = [("zeker", zeker, KLEUREN["blauw"])]
        delen.append(("onzeker (kleine groep)", lichten[lichten["zekerheid"] == "onzeker"],
                      KLEUREN["grijs"]))
        fig = go.Figure()
        for naam, deel, kleur in delen:
            aantallen = deel["indicator"].value_counts().reindex(volgorde, fill_value=0)
            fig.add_bar(y=[namen[c] for c in volgorde], x=aantallen.to_numpy(), name=naam,
                        orientation="h", marker_color=kleur,
                        hovertemplate="%{y}: %{x} lichten (" + naam + ")<extra></extra>")
        fig.update_layout(barmode="stack", height=120 + 28 * max(len(volgorde), 1),
                          yaxis={"autorange": "reversed"}, legend_orientation="h")
        return pas_stijl_toe(fig.update_xaxes(title="aantal lichten"), titel="Lichten per regel")


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


# ---------------------------------------------------------------------------------------
# Schooldashboard
# ---------------------------------------------------------------------------------------

#: Welke niveaus elke rol in het schooldashboard kan openen.
NIVEAUS_PER_ROL: dict[str, tuple[str, ...]] = {
    "leerling": ("leerling",),
    "leerkracht": ("leerling", "klas"),
    "klastitularis": ("leerling", "klas"),
    "zorgcoordinator": ("leerling", "klas", "leerjaar", "school"),
    "directie": ("klas", "leerjaar", "school"),
}

_ROLNAMEN = {"leerling": "Leerling", "leerkracht": "Vakleerkracht",
             "klastitularis": "Klastitularis", "zorgcoordinator": "Zorgcoördinator",
             "directie": "Directie"}


class SchoolDashboard(widgets.VBox):
    """De school op vier niveaus, bekeken door de ogen van één rol.

    Maak het met `school_dashboard`. De getoonde tabel staat in `tabel`, de grafiek in
    `figuur`; `keuzes` zijn de leerlingen of klassen die de rol kan kiezen.
    """

    def __init__(self, rol: str = "directie", wie: str | None = None,
                 map: str | os.PathLike | None = None) -> None:
        self.map = None if map is None else str(map)
        self._data: dict[str, pd.DataFrame] = {}
        kalender = self._laad("kalender")
        self.schooljaar = str(kalender["schooljaar"].iloc[0])
        lesopdr = self._laad("lesopdrachten")
        klassen = self._laad("klassen")
        klassen = klassen[klassen["schooljaar"] == self.schooljaar]
        inschr = self._laad("inschrijvingen")
        self._personen = {
            "leerling": sorted(inschr.loc[inschr["schooljaar"] == self.schooljaar,
                                          "leerling_id"]),
            "leerkracht": sorted(lesopdr.loc[lesopdr["schooljaar"] == self.schooljaar,
                                             "leerkracht_id"].unique()),
            "klastitularis": sorted(klassen["klastitularis_id"].dropna().unique()),
        }
        self.rol = widgets.Dropdown(options=[(v, k) for k, v in _ROLNAMEN.items()],
                                    value=normaliseer_rol(rol), description="Ik kijk als:",
                                    style=VOLLE_LABELS)
        self.wie = widgets.Dropdown(description="Wie ben ik:", style=VOLLE_LABELS)
        self.niveau = widgets.ToggleButtons(description="Niveau:", style=VOLLE_LABELS)
        self.keuze = widgets.Dropdown(description="Kies:", style=VOLLE_LABELS)
        self.onderwerp = widgets.ToggleButtons(
            options=[("Resultaten", "resultaten"), ("Aanwezigheid", "aanwezigheid")],
            description="Onderwerp:", style=VOLLE_LABELS)
        self.uitleg = widgets.HTML()
        self.grafiek = widgets.Output()
        self.tabelvak = widgets.HTML()
        self.tabel = pd.DataFrame()
        self.figuur: go.Figure | None = None
        self._bezig = False

        super().__init__([
            widgets.HBox([self.rol, self.wie]), self.niveau,
            widgets.HBox([self.keuze, self.onderwerp]), self.uitleg, self.grafiek,
            self.tabelvak,
        ])
        self._zet_rol(wie)
        self.rol.observe(lambda _: self._zet_rol(None), names="value")
        self.wie.observe(lambda _: self._zet_niveau(), names="value")
        self.niveau.observe(lambda _: self._zet_niveau(), names="value")
        self.keuze.observe(self._werk_bij, names="value")
        self.onderwerp.observe(self._werk_bij, names="value")

    # -- data ------------------------------------------------------------------------------
    def _laad(self, naam: str) -> pd.DataFrame:
        if naam not in self._data:
            self._data[naam] = laad_dataset(naam, self.map)
        return self._data[naam]

    def _weergave(self, dataset: str | pd.DataFrame, **kwargs: object) -> pd.DataFrame:
        wie = self.wie.value if ROLLEN[self.rol.value].wie else None
        return rolweergave(self.rol.value, dataset, wie=wie, map=self.map,
                           hulptabellen={n: self._laad(n) for n in
                                         ("lesopdrachten", "klassen", "inschrijvingen")},
                           **kwargs)

    @property
    def keuzes(self) -> list:
        """Wat de huidige rol op het huidige niveau kan kiezen."""
        return [o[1] if isinstance(o, tuple) else o for o in self.keuze.options]

    # -- keuzes doorgeven ------------------------------------------------------------------
    def _zet_rol(self, wie: str | None) -> None:
        self._bezig = True
        rol = self.rol.value
        personen = self._personen.get(rol, [])
        self.wie.options = personen
        self.wie.layout.display = None if ROLLEN[rol].wie else "none"
        if personen:
            self.wie.value = wie if wie in personen else personen[0]
        niveaus = NIVEAUS_PER_ROL[rol]
        self.niveau.options = [(n.capitalize(), n) for n in niveaus]
        self.niveau.value = niveaus[0]
        self._bezig = False
        self._zet_niveau()

    def _zet_niveau(self) -> None:
        if self._bezig:
            return
        self._bezig = True
        niveau = self.niveau.value
        opties: list = []
        if ROLLEN[self.rol.value].wie and self.wie.value is None:
            pass  # deze data kent niemand met deze rol: _werk_bij legt dat uit
        elif niveau == "leerling":
            ids = self._weergave("inschrijvingen")
            ids = ids.loc[ids["schooljaar"] == self.schooljaar, ["leerling_id", "klas"]]
            opties = [(f"{r.leerling_id} ({r.klas})", r.leerling_id)
                      for r in ids.sort_values(["klas", "leerling_id"]).itertuples()]
        elif niveau == "klas":
            klassen = self._weergave("resultaten", per=["schooljaar", "klas"],
                                     waarde="percentage")
            opties = sorted(klassen.loc[klassen["schooljaar"] == self.schooljaar, "klas"])
        elif niveau == "leerjaar":
            opties = [(f"{j}e jaar", j) for j in range(1, 7)]
        self.keuze.options = opties
        self.keuze.layout.display = "none" if niveau == "school" else None
        self.keuze.description = {"leerling": "Leerling:", "klas": "Klas:",
                                  "leerjaar": "Leerjaar:"}.get(niveau, "Kies:")
        if opties:
            self.keuze.value = opties[0][1] if isinstance(opties[0], tuple) else opties[0]
        self.onderwerp.layout.display = None if niveau == "leerling" else "none"
        self._bezig = False
        self._werk_bij()

    # -- tonen -----------------------------------------------------------------------------
    def _werk_bij(self, *_: object) -> None:
        if self._bezig:
            return
        niveau, rol = self.niveau.value, self.rol.value
        if ROLLEN[rol].wie and self.wie.value is None:
            tabel, figuur, tekst = pd.DataFrame(), None, (
                f"Deze data kent niemand met de rol {_ROLNAMEN[rol].lower()} (er is geen "
                f"{ROLLEN[rol].wie} om te kiezen).")
        else:
            try:
                tabel, figuur, tekst = getattr(self, f"_{niveau}")()
            except GeenToegang as fout:
                tabel, figuur, tekst = pd.DataFrame(), None, str(fout)
        self.tabel, self.figuur = tabel, figuur
        self.uitleg.value = (f"<p style='max-width:60em'><b>{_ROLNAMEN[rol]}</b>: "
                             f"{html.escape(ROLLEN[rol].weigering)}. {tekst}</p>")
        toon_in(self.grafiek, *([figuur] if figuur is not None else []))
        self.tabelvak.value = html_tabel(tabel, max_rijen=12, decimalen=1)

    def _leerling(self) -> tuple[pd.DataFrame, go.Figure | None, str]:
        leerling = self.keuze.value
        if leerling is None:
            return pd.DataFrame(), None, "Deze rol ziet geen leerlingen."
        if self.onderwerp.value == "aanwezigheid":
            afw = self._weergave("afwezigheden")
            afw = afw[(afw["leerling_id"] == leerling) & (afw["schooljaar"] == self.schooljaar)]
            fig = grafieken.aanwezigheid_kalender(afw, self._laad("kalender"), leerling)
            tabel = afw.groupby("code").size().rename("dagdelen").reset_index()
            return tabel, fig, "Elke kolom is een week; wit is geen les."
        eigen = self._weergave("resultaten")
        eigen = eigen[(eigen["leerling_id"] == leerling)
                      & (eigen["schooljaar"] == self.schooljaar)]
        res = self._laad("resultaten")
        # de klasband enkel over de vakken die deze rol van de leerling mag zien
        klas = res[(res["schooljaar"] == self.schooljaar)
                   & res["klas"].isin(eigen["klas"].unique())
                   & res["vak"].isin(eigen["vak"].unique())]
        fig = grafieken.voortgang_leerling(klas, leerling)
        kolommen = [k for k in ("datum", "vak", "soort", "score", "maximum", "code",
                                "klas_gemiddelde") if k in eigen.columns]
        tabel = eigen.sort_values("datum", ascending=False)[kolommen]
        return tabel, fig, ("De lijn is deze leerling; het vlak is de middelste helft van de "
                            "klas. Andere leerlingen zie je nooit apart, en er is geen rangorde.")

    def _klas(self) -> tuple[pd.DataFrame, go.Figure | None, str]:
        klas = self.keuze.value
        per_vak = self._weergave("resultaten", per=["schooljaar", "klas", "vak"],
                                 waarde="percentage")
        per_vak = per_vak[(per_vak["schooljaar"] == self.schooljaar)]
        school = per_vak.groupby("vak")["gemiddelde"].mean()
        deel = per_vak[per_vak["klas"] == klas].drop(columns="schooljaar")
        fig = go.Figure()
        fig.add_bar(y=deel["vak"], x=deel["gemiddelde"], orientation="h", name=f"klas {klas}",
                    marker_color=KLEUREN["blauw"],
                    text=[f"n = {n}" for n in deel["aantal_leerlingen"]],
                    hovertemplate="%{y}: %{x:.1f} % (%{text})<extra></extra>")
        fig.add_scatter(y=deel["vak"], x=school.reindex(deel["vak"]).to_numpy(), mode="markers",
                        name="gemiddelde van de klassen die je ziet",
                        marker={"symbol": "line-ns-open", "size": 18, "color": "black"})
        fig.update_layout(height=140 + 24 * len(deel), yaxis={"autorange": "reversed"},
                          legend_orientation="h")
        fig = pas_stijl_toe(fig.update_xaxes(title="gemiddeld percentage"),
                            titel=f"Gemiddelde punten per vak, klas {klas}")
        tekst = "Per vak het klasgemiddelde met het aantal leerlingen (n)."
        if deel["onderdrukt"].any():
            tekst += " Een ontbrekende staaf is onderdrukt: te weinig leerlingen."
        return deel, fig, tekst

    def _leerjaar(self) -> tuple[pd.DataFrame, go.Figure | None, str]:
        leerjaar = self.keuze.value
        alle = self._laad("attesten")
        dit_jaar = alle[(alle["schooljaar"] == self.schooljaar) & (alle["leerjaar"] == leerjaar)]
        if dit_jaar.empty:
            return pd.DataFrame(), None, (f"Deze data bevat geen attesten voor het {leerjaar}e "
                                          f"jaar in {self.schooljaar}.")
        deel = self._weergave(dit_jaar, naam="attesten", per=["schooljaar", "leerjaar", "klas"],
                              categorie="attest")
        fig = go.Figure()
        kleuren = {"A": KLEUREN["blauwgroen"], "B": KLEUREN["oranje"], "C": KLEUREN["vermiljoen"]}
        for attest, groep in deel.groupby("attest"):
            fig.add_bar(y=groep["klas"] + " (n = " + groep["totaal"].astype(str) + ")",
                        x=100 * groep["aandeel"], name=f"{attest}-attest", orientation="h",
                        marker_color=kleuren.get(str(attest), KLEUREN["grijs"]),
                        hovertemplate="%{y}: %{x:.0f} %<extra></extra>")
        fig.update_layout(barmode="stack", height=140 + 26 * deel["klas"].nunique(),
                          yaxis={"autorange": "reversed"}, legend_orientation="h")
        fig = pas_stijl_toe(fig.update_xaxes(title="% van de leerlingen"),
                            titel=f"Attesten per klas, {leerjaar}e jaar, {self.schooljaar}")
        tekst = "Het aandeel A-, B- en C-attesten per klas, met het aantal leerlingen."
        if deel["onderdrukt"].any():
            tekst += " Onderdrukte cellen (te weinig leerlingen) staan er niet in."
        return deel.drop(columns="schooljaar"), fig, tekst

    def _school(self) -> tuple[pd.DataFrame, go.Figure | None, str]:
        if self._laad("jaarresultaten")["eindpercentage"].notna().sum() == 0:
            return pd.DataFrame(), None, "Deze data bevat geen eindpercentages per schooljaar."
        jaren = self._weergave("jaarresultaten", per=["schooljaar"], waarde="eindpercentage")
        fig = go.Figure()
        fig.add_scatter(x=jaren["schooljaar"], y=jaren["gemiddelde"], mode="lines+markers",
                        name="gemiddeld eindpercentage", line_color=KLEUREN["blauw"],
                        text=[f"n = {n}" for n in jaren["aantal_leerlingen"]],
                        hovertemplate="%{x}: %{y:.1f} % (%{text})<extra></extra>")
        fig = pas_stijl_toe(fig.update_yaxes(title="gemiddeld eindpercentage"),
                            titel="Gemiddeld eindpercentage per schooljaar")
        return jaren, fig, ("Eén getal per schooljaar: let op het coronajaar 2020-2021 en "
                            "vraag bij elke daling of ze groter is dan de gewone schommeling.")


def school_dashboard(rol: str = "directie", wie: str | None = None,
                     map: str | os.PathLike | None = None) -> SchoolDashboard:
    """Een schooldashboard op vier niveaus (leerling, klas, leerjaar, school) met rolkeuze.

    Kies bovenaan een rol: leerling, vakleerkracht, klastitularis, zorgcoördinator of
    directie. Het dashboard toont enkel wat die rol mag zien (zie `privacy.rolweergave`):
    een leerling ziet zijn eigen punten naast de klasband, een leerkracht enkel zijn klassen,
    de directie enkel groepscijfers met onderdrukte kleine cellen.

    - `rol`: de rol bij de start; `wie`: het leerling- of leerkrachtnummer van die rol;
    - `map`: een andere datamap (bv. je eigen geïmporteerde data).

    >>> bord = school_dashboard("directie")
    >>> bord.niveau.options[0]  # de directie ziet geen individuele leerlingen
    ('Klas', 'klas')
    >>> bord.rol.value = "leerling"
    >>> len(bord.keuzes)  # een leerling ziet enkel zichzelf
    1
    """
    return SchoolDashboard(rol, wie, map)
