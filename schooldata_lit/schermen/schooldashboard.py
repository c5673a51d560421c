"""Het schooldashboard: de school op vier niveaus (leerling, klas, leerjaar, school), zoals een
analysetool van een leerplatform, met een rolkeuze: elke rol ziet enkel wat ze mag zien
(`privacy.rolweergave`).

>>> bord = school_dashboard("directie")
>>> bord.niveau.options[0]  # de directie ziet geen individuele leerlingen
('Klas', 'klas')
"""

from __future__ import annotations

import html
import os

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from .. import grafieken
from ..kern.data import laad_dataset
from ..privacy import MINIMUM, ROLLEN, GeenToegang, normaliseer_rol, rolweergave
from ..stijl import pas_stijl_toe, procent
from ..toegankelijk import WIDGET_HULP_HTML, afdrukbare_samenvatting, beschrijf, nette_tabel
from .dashboardkleuren import KLEUREN
from .weergave import VOLLE_LABELS, html_tabel, toon_in

__all__ = ["school_dashboard", "SchoolDashboard", "NIVEAUS_PER_ROL"]


#: Welke niveaus elke rol in het schooldashboard kan openen (vastgelegd bij de rol zelf,
#: `privacy.ROLLEN`).
NIVEAUS_PER_ROL: dict[str, tuple[str, ...]] = {
    naam: rol.schoolniveaus for naam, rol in ROLLEN.items()}


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
        self.rol = widgets.Dropdown(options=[(r.titel, k) for k, r in ROLLEN.items()],
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
        self.afdruk = widgets.HTML()
        self.hulp = widgets.Output()
        toon_in(self.hulp, {"html": WIDGET_HULP_HTML})
        self.tabel = pd.DataFrame()
        self.figuur: go.Figure | None = None
        self._bezig = False

        super().__init__([
            self.hulp, widgets.HBox([self.rol, self.wie]), self.niveau,
            widgets.HBox([self.keuze, self.onderwerp]), self.uitleg, self.grafiek,
            self.tabelvak, self.afdruk,
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
                f"Deze data kent niemand met de rol {ROLLEN[rol].titel.lower()} (er is geen "
                f"{ROLLEN[rol].wie} om te kiezen).")
        else:
            try:
                tabel, figuur, tekst = getattr(self, f"_{niveau}")()
            except GeenToegang as fout:
                tabel, figuur, tekst = pd.DataFrame(), None, str(fout)
        self.tabel, self.figuur = tabel, figuur
        self.uitleg.value = (f"<p style='max-width:60em'><b>{ROLLEN[rol].titel}</b>: "
                             f"{html.escape(ROLLEN[rol].weigering)}. {tekst}</p>")
        toon_in(self.grafiek, *([figuur] if figuur is not None else []))
        notitie = ""
        if "onderdrukt" in tabel.columns and tabel["onderdrukt"].fillna(False).astype(bool).any():
            notitie = (f"<p><b>Privacy:</b> cellen met “—” zijn onderdrukt: ze steunen op minder "
                       f"dan {MINIMUM} leerlingen (of zouden zo'n kleine cel verraden). De "
                       "kolom ‘onderdrukt’ zegt waar dat gebeurde.</p>")
        self.tabelvak.value = notitie + html_tabel(nette_tabel(tabel), max_rijen=12)
        titel = (self.figuur.layout.title.text if self.figuur is not None
                 else f"Schooldashboard: {niveau}")
        self.afdruk.value = afdrukbare_samenvatting(titel, self.uitleg.value + notitie, tabel,
                                                    self.figuur)

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
        vergelijking = school.reindex(deel["vak"]).to_numpy()
        fig = go.Figure()
        # n binnen de staaf (wit op blauw: contrast 5:1), ook bij een onderdrukte staaf
        fig.add_bar(y=deel["vak"], x=deel["gemiddelde"], orientation="h", name=f"klas {klas}",
                    marker_color=KLEUREN["blauw"],
                    text=[f"n = {n}" if pd.notna(g) else f"n = {n}: onderdrukt"
                          for n, g in zip(deel["aantal_leerlingen"], deel["gemiddelde"],
                                          strict=True)],
                    textposition="inside", insidetextanchor="start",
                    textfont={"size": 15, "color": "white"}, cliponaxis=False,
                    hovertemplate="%{y}: %{x:.1f} % (%{text})<extra></extra>")
        fig.add_scatter(y=deel["vak"], x=vergelijking, mode="markers",
                        name="gemiddelde van de klassen die je ziet",
                        marker={"symbol": "line-ns-open", "size": 22, "color": "black",
                                "line": {"width": 3}})
        # hoogte volgens het aantal staven: elk vak leesbaar, ook bij één staaf
        fig.update_layout(height=max(300, 190 + 38 * len(deel)), bargap=0.25,
                          yaxis={"autorange": "reversed", "tickfont": {"size": 15},
                                 "dtick": 1, "automargin": True},
                          legend_orientation="h")
        fig = pas_stijl_toe(fig.update_xaxes(title="gemiddeld percentage", range=[0, 100]),
                            titel=f"Gemiddelde punten per vak, klas {klas}")
        beschrijf(
            fig,
            f"Klas {klas}: gemiddelde punten per vak, naast het gemiddelde van de klassen die "
            "je ziet.",
            "Liggend staafdiagram, horizontale as van 0 tot 100 procent. "
            + "; ".join(f"{v}: {_pct(g)} (n = {n}; alle klassen {_pct(a)})"
                        for v, g, n, a in zip(deel["vak"], deel["gemiddelde"],
                                              deel["aantal_leerlingen"], vergelijking,
                                              strict=True)) + ".",
            [{"vak": v, f"klas {klas} (%)": g, "n": n, "klassen die je ziet (%)": a}
             for v, g, n, a in zip(deel["vak"], deel["gemiddelde"], deel["aantal_leerlingen"],
                                   vergelijking, strict=True)])
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
        fig = _attesten_per_klas(deel, f"Attesten per klas, {leerjaar}e jaar, "
                                       f"{self.schooljaar}")
        tekst = "Het aandeel A-, B- en C-attesten per klas, met het aantal leerlingen."
        if deel["onderdrukt"].any():
            tekst += (" Onderdrukte cellen zijn grijs en gestippeld: te weinig leerlingen om "
                      "het aandeel te tonen zonder iemand herkenbaar te maken.")
        return deel.drop(columns="schooljaar"), fig, tekst

    def _school(self) -> tuple[pd.DataFrame, go.Figure | None, str]:
        if self._laad("jaarresultaten")["eindpercentage"].notna().sum() == 0:
            return pd.DataFrame(), None, "Deze data bevat geen eindpercentages per schooljaar."
        # zoals in de notebooks (grafieken.samenvatting_per_jaar): elke leerling telt één keer,
        # met het gemiddelde over zijn vakken
        jr = self._laad("jaarresultaten").dropna(subset=["eindpercentage"])
        per_leerling = jr.groupby(["schooljaar", "leerling_id"], as_index=False).agg(
            eindpercentage=("eindpercentage", "mean"), klas=("klas", "first"))
        jaren = self._weergave(per_leerling, naam="jaarresultaten", per=["schooljaar"],
                               waarde="eindpercentage")
        fig = go.Figure()
        fig.add_scatter(x=jaren["schooljaar"], y=jaren["gemiddelde"], mode="lines+markers+text",
                        name="gemiddeld eindpercentage", line_color=KLEUREN["blauw"],
                        text=[_pct(g) for g in jaren["gemiddelde"]], textposition="top center",
                        customdata=jaren["aantal_leerlingen"],
                        hovertemplate="%{x}: %{y:.1f} % (n = %{customdata})<extra></extra>")
        fig = pas_stijl_toe(
            fig.update_yaxes(title="gemiddeld eindpercentage", range=[0, 100]),
            titel="Gemiddeld eindpercentage per schooljaar",
            ondertitel="De as loopt van 0 tot 100 %: kleine verschillen ogen klein.")
        beschrijf(
            fig,
            f"Het gemiddelde eindpercentage schommelt tussen {_pct(jaren['gemiddelde'].min())} "
            f"en {_pct(jaren['gemiddelde'].max())} over {len(jaren)} schooljaren.",
            "Lijndiagram, verticale as van 0 tot 100 procent. " + "; ".join(
                f"{j}: {_pct(g)} (n = {n})" for j, g, n in
                zip(jaren["schooljaar"], jaren["gemiddelde"], jaren["aantal_leerlingen"],
                    strict=True)) + ".",
            jaren[["schooljaar", "aantal_leerlingen", "gemiddelde"]])
        return jaren, fig, ("Eén getal per schooljaar: let op het coronajaar 2020-2021 en "
                            "vraag bij elke daling of ze groter is dan de gewone schommeling.")


def _pct(x: float) -> str:
    return "onderdrukt" if pd.isna(x) else procent(float(x), 1)


def _attesten_per_klas(deel: pd.DataFrame, titel: str) -> go.Figure:
    """Gestapelde staven per klas; ook een klas met onderdrukte cellen krijgt een staaf.

    Het onderdrukte deel (wat na de zichtbare attesten overblijft, dat volgt al uit het
    totaal) is grijs en gearceerd, met het woord "onderdrukt".
    """
    kleuren = {"A": KLEUREN["blauwgroen"], "B": KLEUREN["oranje"], "C": KLEUREN["vermiljoen"]}
    patronen = {"A": "", "B": "/", "C": "x"}
    klassen = list(dict.fromkeys(deel["klas"]))
    totaal = deel.groupby("klas")["totaal"].first().reindex(klassen)
    labels = [f"{k} (n = {int(totaal[k])})" if pd.notna(totaal[k]) else f"{k} (n onderdrukt)"
              for k in klassen]
    fig = go.Figure()
    zichtbaar = pd.Series(0.0, index=klassen)
    rijen = []
    for attest in sorted(deel["attest"].dropna().unique()):
        groep = deel[deel["attest"] == attest].set_index("klas").reindex(klassen)
        aandeel = 100 * groep["aandeel"].astype(float)
        zichtbaar += aandeel.fillna(0)
        fig.add_bar(y=labels, x=aandeel.to_numpy(), name=f"{attest}-attest", orientation="h",
                    marker_color=kleuren.get(str(attest), KLEUREN["grijs"]),
                    marker_pattern={"shape": patronen.get(str(attest), ""), "fgcolor": "white",
                                    "size": 8},
                    text=[f"{attest} {w:.0f} %".replace(".", ",") if pd.notna(w) and w >= 8
                          else "" for w in aandeel],
                    textposition="inside", insidetextanchor="middle",
                    textfont={"color": "white" if attest != "B" else "black", "size": 14},
                    hovertemplate="%{y}: %{x:.0f} %<extra>" + f"{attest}-attest</extra>")
        rijen += [{"klas": k, "attest": attest, "aandeel (%)": w} for k, w in aandeel.items()]
    rest = (100 - zichtbaar).clip(lower=0).round(6)
    fig.add_bar(y=labels, x=rest.to_numpy(), name="onderdrukt (te kleine cel)",
                orientation="h", marker_color="#DDDDDD",
                marker_pattern={"shape": ".", "fgcolor": "#555555", "size": 6},
                marker_line={"color": "#555555", "width": 1},
                text=["onderdrukt" if r >= 15 else "" for r in rest],
                textposition="inside", insidetextanchor="middle",
                textfont={"color": "#222222", "size": 14},
                hovertemplate="%{y}: onderdrukt<extra></extra>")
    fig.update_layout(barmode="stack", height=max(300, 190 + 36 * len(klassen)),
                      yaxis={"autorange": "reversed", "tickfont": {"size": 15}, "dtick": 1},
                      legend_orientation="h")
    fig = pas_stijl_toe(fig.update_xaxes(title="% van de leerlingen", range=[0, 100]),
                        titel=titel)
    onderdrukt = [k for k, r in rest.items() if r > 0.5]
    return beschrijf(
        fig,
        f"Aandeel A-, B- en C-attesten in {len(klassen)} klassen; in {len(onderdrukt)} klassen "
        "is een deel onderdrukt omdat de cellen te klein zijn.",
        "Liggend gestapeld staafdiagram, per klas 100 procent. Zichtbare aandelen staan in de "
        "tabel; een lege cel is onderdrukt (minder dan " + str(MINIMUM) + " leerlingen). "
        "Klassen met een onderdrukt deel: " + (", ".join(onderdrukt) or "geen") + ".",
        rijen)


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
