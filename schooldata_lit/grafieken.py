"""Kant-en-klare grafieken voor de cursus, allemaal in dezelfde rustige stijl.

Elke functie krijgt een tabel (een pandas DataFrame met de kolomnamen uit het
datawoordenboek) en geeft een plotly-figuur terug. Toon ze met ``fig.show()`` of door de
figuur als laatste regel van een cel te zetten. De functies veranderen je tabel nooit.

Twee afspraken gelden overal:

* **Geen ranglijsten.** Geen enkele grafiek zet leerlingen op een rij volgens hun punten.
  Een leerling ziet enkel zichzelf naast de klas als geheel.
* **Kleine groepen zijn onzeker.** Waar een percentage op weinig leerlingen steunt, toont de
  grafiek dat (lichter en gearceerd, of met een open bolletje).

>>> import pandas as pd
>>> attesten = pd.DataFrame({"schooljaar": "2025-2026", "studierichting": ["Latijn"] * 3,
...                          "attest": ["A", "A", "B"]})
>>> fig = attesten_per_groep(attesten)
>>> fig.layout.xaxis.title.text
'Aandeel leerlingen (%)'
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .controle import controleer_kolommen
from .indicatoren import maandverloop
from .statistiek import t_halve_breedte, wilson_grenzen
from .stijl import (
    GRIJS,
    KLEUR_BAND,
    KLEUR_KLAS,
    KLEUR_LEERLING,
    OKABE_ITO,
    PALET,
    breek_af,
    getal,
    maand_ticks,
    pas_stijl_toe,
    procent,
)
from .woordenboek import TABELLEN

__all__ = [
    "voortgang_leerling",
    "afwijking_per_maand",
    "klasband",
    "likert_staven",
    "aanwezigheid_weekdagen",
    "aanwezigheid_kalender",
    "attesten_per_groep",
    "samenvatting_per_jaar",
    "trend_over_jaren",
    "knipperlichten_overzicht",
    "activiteit_en_punten",
    "MIN_GROEP",
    "MIN_KLASGENOTEN",
]

#: Onder dit aantal leerlingen noemen we een percentage of gemiddelde onzeker.
MIN_GROEP = 10
#: Een klasband of klasgemiddelde tonen we pas vanaf zoveel leerlingen met punten in die maand
#: (anders valt uit de band af te leiden wat één klasgenoot haalde).
MIN_KLASGENOTEN = 5

_WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")
_DAGDELEN = ("VM", "NM")
_AFWEZIGHEID = {  # code: (uitleg, kleur)
    "Z": ("ziekte (Z)", OKABE_ITO["hemelsblauw"]),
    "G": ("gewettigd, andere reden (G)", OKABE_ITO["blauwgroen"]),
    "B": ("problematisch (B)", OKABE_ITO["vermiljoen"]),
}
_ATTESTEN = {  # attest: (uitleg, kleur, tekstkleur)
    "A": ("A-attest", OKABE_ITO["blauwgroen"], "white"),
    "B": ("B-attest", OKABE_ITO["oranje"], "black"),
    "C": ("C-attest", OKABE_ITO["vermiljoen"], "white"),
}
_NIVEAUS = {"leerling": OKABE_ITO["blauw"], "klas": OKABE_ITO["oranje"],
            "vak": OKABE_ITO["blauwgroen"], "school": OKABE_ITO["roodpaars"]}
_LIKERT = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")
_LIKERT_KLEUR5 = dict(zip(_LIKERT, (OKABE_ITO["vermiljoen"], OKABE_ITO["oranje"], GRIJS,
                                    OKABE_ITO["hemelsblauw"], OKABE_ITO["blauw"]), strict=True))
_LIKERT_KLEUR3 = {"oneens": OKABE_ITO["vermiljoen"], "neutraal": GRIJS,
                  "eens": OKABE_ITO["blauw"]}
_DONKER = {OKABE_ITO["vermiljoen"], OKABE_ITO["blauw"], OKABE_ITO["blauwgroen"]}
_ARCERING = "/"
_LICHT = 0.45  # doorzichtigheid van onzekere staven


# ----------------------------------------------------------------------------- hulpfuncties

def _onbekende_leerling(leerling_id: str, naam: str, extra: str = "") -> ValueError:
    return ValueError(f"Leerling {leerling_id!r} komt niet voor in de tabel {naam}. Controleer "
                      f"het leerlingnummer (bv. 'L00042').{extra}")


def _percentages(resultaten: pd.DataFrame) -> pd.DataFrame:
    """Rijen met een score, met een kolom ``percentage`` (score / maximum * 100) en ``maand``."""
    met_score = resultaten["score"].notna() & (resultaten["maximum"] > 0)
    deel = resultaten.loc[met_score].copy()
    deel["percentage"] = deel["score"] / deel["maximum"] * 100
    deel["maand"] = pd.to_datetime(deel["datum"]).dt.to_period("M").dt.start_time
    return deel


def _eigen_rijen(resultaten: pd.DataFrame, leerling_id: str, vak: str | None) -> pd.DataFrame:
    eigen = resultaten.loc[resultaten["leerling_id"] == leerling_id]
    if eigen.empty:
        raise _onbekende_leerling(leerling_id, "resultaten")
    if vak is not None:
        if vak not in set(eigen["vak"]):
            vakken = ", ".join(sorted(map(str, eigen["vak"].dropna().unique())))
            raise ValueError(f"Leerling {leerling_id!r} heeft geen resultaten voor het vak "
                             f"{vak!r}. Vakken van deze leerling: {vakken}.")
        eigen = eigen.loc[eigen["vak"] == vak]
    return eigen


def _leerlingen_ids(leerlingen: pd.DataFrame | Iterable[str] | None) -> set[str] | None:
    if leerlingen is None:
        return None
    if isinstance(leerlingen, pd.DataFrame):
        controleer_kolommen(leerlingen, ["leerling_id"], "leerlingen")
        return set(leerlingen["leerling_id"].dropna().astype(str))
    if isinstance(leerlingen, str):
        return {leerlingen}
    return {str(x) for x in leerlingen}


def _leeg(fig: go.Figure, boodschap: str) -> go.Figure:
    fig.add_annotation(text=boodschap, showarrow=False, xref="paper", yref="paper", x=0.5,
                       y=0.5, font={"size": 18, "color": "#555555"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _kolomtitel(kolom: str) -> str:
    mooi = {"studierichting": "Studierichting", "klas": "Klas", "leerjaar": "Leerjaar",
            "finaliteit": "Finaliteit", "graad": "Graad", "vak": "Vak", "groep": "Groep"}
    return mooi.get(kolom, kolom.replace("_", " ").capitalize())


def _sorteer_groepen(waarden: Iterable) -> list:
    def sleutel(w: object) -> tuple:
        return (0, float(w), "") if isinstance(w, (int, float, np.number)) else (1, 0.0, str(w))
    return sorted(set(waarden), key=sleutel)


# ----------------------------------------------------------------------- 1. voortgang leerling

def klasband(
    resultaten: pd.DataFrame,
    leerling_id: str,
    vak: str | None = None,
    *,
    band: Literal["middelste_helft", "standaardafwijking"] = "middelste_helft",
    min_leerlingen: int = MIN_KLASGENOTEN,
) -> pd.DataFrame:
    """De klas van een leerling per maand: gemiddelde en band, zonder individuele klasgenoten.

    Per maand krijgt elke leerling van de klas één getal: het gemiddelde percentage
    (score / maximum * 100) van zijn evaluaties die maand (in `vak`, of in alle vakken).
    Codes zonder score (afwezig, ziek, vrijgesteld) tellen niet mee. De leerling zelf hoort
    bij de klas. Over die leerlinggemiddelden berekenen we:

    * ``gemiddelde``: het klasgemiddelde;
    * ``ondergrens`` en ``bovengrens``: met ``band="middelste_helft"`` het 25e en 75e
      percentiel (de middelste helft van de klas, zoals KWARTIEL.INC in Excel); met
      ``band="standaardafwijking"`` het gemiddelde min en plus één standaardafwijking.

    Maanden met minder dan `min_leerlingen` leerlingen met punten vallen weg.

    >>> import pandas as pd
    >>> res = pd.DataFrame({"leerling_id": ["L1", "L2", "L3", "L4", "L5"], "klas": "3A",
    ...                     "vak": "Wiskunde", "datum": pd.Timestamp("2025-10-06"),
    ...                     "score": [5.0, 6, 7, 8, 9], "maximum": 10})
    >>> klasband(res, "L1")[["leerlingen", "gemiddelde", "ondergrens", "bovengrens"]]
       leerlingen  gemiddelde  ondergrens  bovengrens
    0           5        70.0        60.0        80.0
    """
    controleer_kolommen(resultaten, ["leerling_id", "klas", "datum", "score", "maximum"]
                         + (["vak"] if vak is not None else []), "resultaten")
    if band not in ("middelste_helft", "standaardafwijking"):
        raise ValueError(f"Onbekende band {band!r}: kies 'middelste_helft' of "
                         "'standaardafwijking'.")
    eigen = _eigen_rijen(resultaten, leerling_id, vak)
    laatste = eigen.sort_values("datum").iloc[-1]
    zelfde = resultaten["klas"] == laatste["klas"]
    if "schooljaar" in resultaten.columns:
        zelfde &= resultaten["schooljaar"] == laatste["schooljaar"]
    if vak is not None:
        zelfde &= resultaten["vak"] == vak
    klas = _percentages(resultaten.loc[zelfde])
    per_leerling = klas.groupby(["maand", "leerling_id"])["percentage"].mean()
    groepen = per_leerling.groupby(level="maand")
    uit = pd.DataFrame({"leerlingen": groepen.size(), "gemiddelde": groepen.mean()})
    if band == "middelste_helft":
        uit["ondergrens"] = groepen.quantile(0.25)
        uit["bovengrens"] = groepen.quantile(0.75)
    else:
        sd = groepen.std(ddof=1)
        uit["ondergrens"] = uit["gemiddelde"] - sd
        uit["bovengrens"] = uit["gemiddelde"] + sd
    uit = uit.loc[uit["leerlingen"] >= min_leerlingen].reset_index()
    uit.insert(1, "klas", laatste["klas"])
    return uit


def voortgang_leerling(
    resultaten: pd.DataFrame,
    leerling_id: str,
    vak: str | None = None,
    *,
    per: Literal["maand", "evaluatie"] = "maand",
    band: Literal["middelste_helft", "standaardafwijking"] = "middelste_helft",
    min_klasgenoten: int = MIN_KLASGENOTEN,
) -> go.Figure:
    """De punten van één leerling doorheen het jaar, naast de klas als geheel.

    Wat leerlingen zelf vroegen: "het klasgemiddelde getoond naast je eigenlijke progressie".

    * Lijn met bolletjes: de leerling (gemiddeld percentage per maand, of met
      ``per="evaluatie"`` elke evaluatie apart). Codes zonder score worden overgeslagen.
    * Gestreepte lijn: het klasgemiddelde per maand.
    * Blauw vlak: de middelste helft van de klas per maand (zie `klasband`).

    Geen enkele andere leerling is afzonderlijk te zien, en de klas verschijnt pas vanaf
    `min_klasgenoten` leerlingen met punten in die maand.

    >>> import pandas as pd
    >>> res = pd.DataFrame({"leerling_id": ["L1", "L2", "L3", "L4", "L5"] * 2, "klas": "3A",
    ...                     "vak": "Wiskunde", "score": [5.0, 6, 7, 8, 9, 6, 6, 7, 8, 9],
    ...                     "datum": pd.to_datetime(["2025-10-06"] * 5 + ["2025-11-10"] * 5),
    ...                     "maximum": 10})
    >>> fig = voortgang_leerling(res, "L1", "Wiskunde")
    >>> [trace.name for trace in fig.data]
    ['middelste helft van de klas', 'klasgemiddelde', 'L1']
    >>> fig.layout.yaxis.title.text
    'Resultaat (%)'
    """
    controleer_kolommen(resultaten, ["leerling_id", "klas", "datum", "score", "maximum"]
                         + (["vak"] if vak is not None else []), "resultaten")
    if per not in ("maand", "evaluatie"):
        raise ValueError(f"Onbekende waarde per={per!r}: kies 'maand' of 'evaluatie'.")
    eigen = _percentages(_eigen_rijen(resultaten, leerling_id, vak))
    klas = klasband(resultaten, leerling_id, vak, band=band, min_leerlingen=min_klasgenoten)
    midden = pd.Timedelta(days=14)
    fig = go.Figure()

    bandnaam = ("middelste helft van de klas" if band == "middelste_helft"
                else "klasgemiddelde ± 1 standaardafwijking")
    if not klas.empty:
        x = list(klas["maand"] + midden)
        fig.add_trace(go.Scatter(
            x=x + x[::-1],
            y=list(klas["bovengrens"].round(1)) + list(klas["ondergrens"].round(1))[::-1],
            fill="toself", fillcolor=KLEUR_BAND, line={"width": 0}, mode="lines",
            name=bandnaam, hoverinfo="skip"))
        fig.add_trace(go.Scatter(
            x=x, y=klas["gemiddelde"].round(1), mode="lines", name="klasgemiddelde",
            line={"color": KLEUR_KLAS, "dash": "dash", "width": 2.5},
            customdata=np.column_stack([klas["ondergrens"].round(1),
                                        klas["bovengrens"].round(1), klas["leerlingen"]]),
            hovertemplate=("klasgemiddelde: %{y:.0f} %<br>" + bandnaam
                           + ": %{customdata[0]:.0f} tot %{customdata[1]:.0f} %"
                           "<br>(%{customdata[2]} leerlingen)<extra></extra>")))

    if per == "maand":
        maanden = eigen.groupby("maand")["percentage"].agg(["mean", "size"]).reset_index()
        fig.add_trace(go.Scatter(
            x=maanden["maand"] + midden, y=maanden["mean"].round(1), mode="lines+markers",
            name=leerling_id, line={"color": KLEUR_LEERLING, "width": 3},
            marker={"size": 10}, customdata=maanden["size"],
            hovertemplate=f"{leerling_id}: %{{y:.0f}} %<br>gemiddelde van %{{customdata}} "
                          "evaluatie(s) deze maand<extra></extra>"))
    else:
        eigen = eigen.sort_values("datum")
        extra = [eigen[k].astype(str) for k in ("vak", "soort") if k in eigen.columns]
        tekst = (pd.concat(extra, axis=1).agg(", ".join, axis=1) if extra
                 else pd.Series("", index=eigen.index))
        fig.add_trace(go.Scatter(
            x=eigen["datum"], y=eigen["percentage"].round(1), mode="lines+markers",
            name=leerling_id, line={"color": KLEUR_LEERLING, "width": 2},
            marker={"size": 8}, text=tekst,
            hovertemplate=f"{leerling_id}: %{{y:.0f}} %<br>%{{text}}<br>%{{x|%d/%m/%Y}}"
                          "<extra></extra>"))

    fig.add_hline(y=50, line={"color": "#999999", "width": 1, "dash": "dot"})
    klasnaam = str(klas["klas"].iloc[0]) if not klas.empty else ""
    if klas.empty:
        uitleg = (f"De klas wordt niet getoond: minder dan {min_klasgenoten} leerlingen met "
                  "punten per maand.")
    else:
        uitleg = (f"Lijn: {leerling_id}. Gestreept: het gemiddelde van klas {klasnaam}. "
                  f"Vlak: de {bandnaam.replace(' van de klas', '')} van de klas.")
    alle_datums = pd.concat([eigen["datum"], klas["maand"]]) if not klas.empty else eigen["datum"]
    pas_stijl_toe(fig, f"Punten van {leerling_id}, " + (vak if vak else "alle vakken"), uitleg,
                  hoogte=480)
    fig.update_yaxes(title_text="Resultaat (%)", range=[0, 102], ticksuffix=" %")
    fig.update_xaxes(title_text="Maand", **maand_ticks(alle_datums, midden=True))
    return fig


def afwijking_per_maand(
    resultaten: pd.DataFrame,
    leerling_id: str,
    *,
    drempel: float = 5.0,
) -> go.Figure:
    """Dip of trend? Per maand hoeveel een leerling afwijkt van zijn eigen start.

    Elke staaf is één schoolmaand: de punten van de leerling vergeleken met de klas (op
    dezelfde evaluaties) en met zijn eigen start in september-oktober (zie
    `indicatoren.maandverloop`). Rond 0: zoals bij de start. Staven onder de stippellijn
    (`drempel` punten lager) zijn oranjerood. Eén of twee lage maanden en dan herstel: een dip.
    Maand na maand lager: een trend.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"leerling_id": ["L1", "L2"] * 3, "klas": "1A", "vak": "Wiskunde",
    ...                   "soort": "toets", "maximum": 20, "score": [14, 12, 14, 12, 8, 12],
    ...                   "datum": pd.to_datetime(["2025-09-10"] * 2 + ["2025-10-10"] * 2
    ...                                           + ["2025-11-10"] * 2)})
    >>> fig = afwijking_per_maand(t, "L1")
    >>> list(fig.data[0].x), list(fig.data[0].y)
    (['sep', 'okt', 'nov'], [0.0, 0.0, -15.0])
    """
    controleer_kolommen(resultaten, ["leerling_id", "klas", "vak", "datum", "soort", "score",
                                      "maximum"], "resultaten")
    if not (resultaten["leerling_id"] == leerling_id).any():
        raise _onbekende_leerling(leerling_id, "resultaten")
    verloop = maandverloop(resultaten, leerling_id)
    kleuren = [OKABE_ITO["vermiljoen"] if a < -drempel else GRIJS for a in verloop["afwijking"]]
    fig = go.Figure(go.Bar(
        x=verloop["maandnaam"].tolist(), y=verloop["afwijking"].tolist(), marker_color=kleuren,
        customdata=np.column_stack([verloop["percentage"], verloop["klas"],
                                    verloop["evaluaties"]]),
        hovertemplate=("%{x}: %{y:+.1f} punten t.o.v. de eigen start<br>eigen gemiddelde "
                       "%{customdata[0]:.0f} %, klas %{customdata[1]:.0f} %<br>"
                       "%{customdata[2]} evaluaties<extra></extra>"),
        name=leerling_id))
    fig.add_hline(y=0, line={"color": "#555555", "width": 1})
    fig.add_hline(y=-drempel, line={"color": "#999999", "width": 1, "dash": "dot"},
                  annotation_text=f"{getal(drempel)} punten lager dan de eigen start",
                  annotation_position="bottom left")
    pas_stijl_toe(fig, f"Dip of trend? {leerling_id} vergeleken met de eigen start",
                  "Per maand: punten t.o.v. de klas, min hetzelfde verschil in sep-okt.",
                  hoogte=400)
    fig.update_yaxes(title_text="verschil met de eigen start (procentpunten)", zeroline=False)
    fig.update_xaxes(title_text="Maand", categoryorder="array",
                     categoryarray=verloop["maandnaam"].tolist())
    return fig


# ------------------------------------------------------------------------------ 2. Likert

def _likert_lang(tabel: pd.DataFrame, items: Sequence[str] | None,
                 labels: Mapping[str, str] | None, stelling: str, groep: str | None,
                 breedte: int) -> tuple[pd.DataFrame, list[str]]:
    """Zet beide invoervormen om naar één rij per (groep, stelling, categorie)."""
    rijen: list[dict] = []
    if items is not None:
        items = [items] if isinstance(items, str) else list(items)
        controleer_kolommen(tabel, items, "van de bevraging")
        categorieen = list(_LIKERT)
        teksten = {k.naam: k.betekenis for t in TABELLEN.values() for k in t.kolommen
                   if k.eenheid.startswith("1 ")}
        groepen = tabel.groupby(groep, sort=True) if groep else [(None, tabel)]
        for g, deel in groepen:
            for item in items:
                antwoorden = pd.to_numeric(deel[item], errors="coerce").dropna()
                fout = antwoorden[~antwoorden.isin([1, 2, 3, 4, 5])]
                if not fout.empty:
                    raise ValueError(f"De kolom {item!r} bevat de waarde {fout.iloc[0]!r}: "
                                     "verwacht zijn antwoorden 1 tot 5.")
                n = len(antwoorden)
                label = (labels or {}).get(item) or teksten.get(item) or item.replace("_", " ")
                for waarde, categorie in enumerate(categorieen, start=1):
                    rijen.append({"groep": g, "label": breek_af(label, breedte), "n": n,
                                  "categorie": categorie, "opmerking": "",
                                  "aantal": float((antwoorden == waarde).sum())})
        return pd.DataFrame(rijen), categorieen

    if not {"eens", "oneens"} <= set(tabel.columns):
        raise ValueError("Geef ofwel aantallen in kolommen 'eens', 'neutraal' en 'oneens' (en "
                         "eventueel 'helemaal eens' en 'helemaal oneens'), ofwel de kolommen "
                         "met antwoorden 1 tot 5 via items=[...]. Aanwezige kolommen: "
                         f"{', '.join(map(str, tabel.columns))}.")
    controleer_kolommen(tabel, [stelling], "van de bevraging")
    categorieen = [c for c in _LIKERT if c in tabel.columns or c == "neutraal"]
    for _, rij in tabel.iterrows():
        aantallen = {c: (math.nan if c not in tabel.columns or pd.isna(rij[c]) else float(rij[c]))
                     for c in categorieen}  # een lege cel (ook pd.NA uit een Int64-kolom) = nan
        som = float(np.nansum(list(aantallen.values())))
        n = rij["respondenten"] if "respondenten" in tabel.columns else math.nan
        n = float(som if pd.isna(n) else n)
        label = str(rij[stelling])
        if "nummer" in tabel.columns and pd.notna(rij["nummer"]):
            label = f"{rij['nummer']}. {label}"
        label = breek_af(label, breedte)
        if pd.isna(aantallen["neutraal"]):
            label += "<br><i>(neutraal niet gerapporteerd)</i>"
        opmerking = rij["opmerking"] if "opmerking" in tabel.columns else ""
        for c in categorieen:
            rijen.append({"groep": rij[groep] if groep else None,
                          "label": label, "n": n, "categorie": c,
                          "aantal": 0.0 if pd.isna(aantallen[c]) else float(aantallen[c]),
                          "opmerking": "" if pd.isna(opmerking) else str(opmerking)})
    return pd.DataFrame(rijen), categorieen


def likert_staven(
    tabel: pd.DataFrame,
    *,
    items: Sequence[str] | str | None = None,
    labels: Mapping[str, str] | None = None,
    stelling: str = "stelling",
    groep: str | None = "groep",
    titel: str = "Hoe akkoord zijn de respondenten?",
    breedte: int = 45,
) -> go.Figure:
    """Gestapelde staven die uit elkaar gaan rond 0: links oneens, rechts eens.

    Twee soorten invoer:

    * **aantallen** in kolommen ``eens``, ``neutraal``, ``oneens`` (eventueel ook
      ``helemaal eens`` en ``helemaal oneens``), met de tekst in de kolom `stelling`, zoals de
      dataset ``bevraging_analytics``;
    * **ruwe antwoorden** 1 (helemaal oneens) tot 5 (helemaal eens): geef dan de kolommen met
      ``items=[...]``, zoals in ``welbevinden``. De tekst van de stelling komt uit het
      datawoordenboek of uit `labels`.

    De afspraak voor neutraal: de neutrale antwoorden staan **in het midden, half links en
    half rechts van 0**. Zo blijft de lengte van elke staaf 100 % en zie je aan beide kanten
    meteen hoeveel eens en oneens er is. De as toont percentages van alle respondenten (de
    kolom ``respondenten`` als die er is, anders de som van de aantallen). Werd neutraal niet
    gerapporteerd (leeg), dan heeft de staaf geen neutraal deel, haalt ze de 100 % niet en staat
    er "(neutraal niet gerapporteerd)" bij de stelling. Heeft de tabel een kolom `groep` met
    meer dan één waarde (bv. leerlingen en leerkrachten), dan krijgt elke groep een eigen paneel.

    >>> import pandas as pd
    >>> bevraging = pd.DataFrame({"stelling": ["Punten in grafieken zijn handig.",
    ...                                        "Ik kijk graag naar mijn vooruitgang."],
    ...                           "eens": [6, 5], "neutraal": [2, None], "oneens": [2, 3],
    ...                           "respondenten": [10, 10]})
    >>> fig = likert_staven(bevraging)
    >>> [trace.name for trace in fig.data]
    ['oneens', 'neutraal', 'eens']
    >>> [round(x) for x in fig.data[2].x]  # percentage eens
    [60, 50]
    """
    if groep is not None and groep not in tabel.columns:
        if groep != "groep":
            controleer_kolommen(tabel, [groep], "van de bevraging")
        groep = None
    lang, categorieen = _likert_lang(tabel, items, labels, stelling, groep, breedte)
    if lang.empty:
        return _leeg(pas_stijl_toe(go.Figure(), titel), "Geen antwoorden om te tonen.")
    lang["procent"] = np.where(lang["n"] > 0, lang["aantal"] / lang["n"] * 100, 0.0)
    groepen = list(dict.fromkeys(lang["groep"]))
    kleuren = (_LIKERT_KLEUR5 if any(c.startswith("helemaal") for c in categorieen)
               else _LIKERT_KLEUR3)
    def regels(label: str) -> int:
        return label.count("<br>") + 1

    panelen = [sum(22 * regels(lab) + 26 for lab in lang.loc[_in_groep(lang, g), "label"].unique())
               for g in groepen]
    tussenruimte = 80
    plot = sum(panelen) + tussenruimte * (len(groepen) - 1)
    if len(groepen) > 1:
        fig = make_subplots(rows=len(groepen), cols=1, shared_xaxes=True,
                            vertical_spacing=tussenruimte / plot,
                            row_heights=[p / sum(panelen) for p in panelen])
        for r, g in enumerate(groepen, start=1):
            n = lang.loc[_in_groep(lang, g), "n"].unique()
            naam = f"{_kolomtitel(groep)} {g}" if not isinstance(g, str) else g
            fig.update_yaxes(row=r, col=1, title_text=f"<b>{naam}</b>"
                             + (f" (n = {getal(n[0])})" if len(n) == 1 else ""))
    else:
        fig = go.Figure()

    midden = {"neutraal"}
    links = [c for c in ("oneens", "helemaal oneens") if c in categorieen]
    rechts = [c for c in ("eens", "helemaal eens") if c in categorieen]
    uiterste = 0.0
    for r, g in enumerate(groepen, start=1):
        deel = lang.loc[_in_groep(lang, g)]
        breed = deel.pivot_table(index="label", columns="categorie", values="procent",
                                 sort=False, aggfunc="sum").reindex(columns=categorieen,
                                                                    fill_value=0.0)
        aantal = deel.pivot_table(index="label", columns="categorie", values="aantal",
                                  sort=False, aggfunc="sum")
        n = deel.groupby("label", sort=False)["n"].first()
        opm = deel.groupby("label", sort=False)["opmerking"].first()
        half = breed["neutraal"] / 2 if "neutraal" in breed else 0.0
        basis = {"neutraal": -half}
        for kant, teken in ((links, -1), (rechts, 1)):
            opgeteld = half.copy()
            for c in kant:
                basis[c] = -(opgeteld + breed[c]) if teken < 0 else opgeteld.copy()
                opgeteld = opgeteld + breed[c]
            uiterste = max(uiterste, float(opgeteld.max()))
        volgorde = [*reversed(links), *[c for c in categorieen if c in midden], *rechts]
        for c in volgorde:
            opmerking = opm.where(opm == "", "<br><i>" + opm.map(breek_af) + "</i>")
            fig.add_trace(go.Bar(
                y=list(breed.index), x=breed[c].round(1), base=basis[c].round(1),
                orientation="h", name=c, legendgroup=c, showlegend=r == 1,
                marker={"color": kleuren[c], "line": {"width": 0}},
                text=[procent(v) if v >= 8 else "" for v in breed[c]],
                textposition="inside", insidetextanchor="middle", textangle=0,
                textfont={"color": "white" if kleuren[c] in _DONKER else "black"},
                customdata=[[float(a), float(t), o] for a, t, o
                            in zip(aantal[c].fillna(0), n, opmerking, strict=True)],
                hovertemplate=(f"<b>{c}</b>: %{{customdata[0]:.0f}} van %{{customdata[1]:.0f}}"
                               " (%{x:.0f} %)%{customdata[2]}<extra></extra>")),
                **({"row": r, "col": 1} if len(groepen) > 1 else {}))

    grens = min(100, max(25, math.ceil(uiterste / 25) * 25))
    ticks = list(range(-grens, grens + 1, 25))
    pas_stijl_toe(fig, titel, "Links oneens, rechts eens; neutraal staat half links, half "
                  "rechts van de middellijn.", hoogte=plot + 215)
    fig.update_layout(barmode="overlay", bargap=0.3, legend={"traceorder": "normal"})
    fig.update_xaxes(range=[-grens - 2, grens + 2], tickvals=ticks,
                     ticktext=[procent(abs(t)) for t in ticks], zeroline=True,
                     zerolinecolor="#444444", zerolinewidth=1.5, showgrid=True,
                     gridcolor="#EBEBEB", showticklabels=True)
    fig.update_xaxes(title_text="Percentage van de respondenten",
                     **({"row": len(groepen), "col": 1} if len(groepen) > 1 else {}))
    fig.update_yaxes(autorange="reversed", showgrid=False, ticks="")
    return fig


def _in_groep(lang: pd.DataFrame, g: object) -> pd.Series:
    return lang["groep"].eq(g) if g is not None else lang["groep"].isna()


# ------------------------------------------------------------------------ 3. aanwezigheid

def _afwezig_in_kalender(afwezigheden: pd.DataFrame, kalender: pd.DataFrame,
                         leerling_id: str | None, leerlingen: set[str] | None
                         ) -> tuple[pd.DataFrame, pd.DataFrame]:
    controleer_kolommen(afwezigheden, ["leerling_id", "datum", "dagdeel", "code"],
                         "afwezigheden")
    controleer_kolommen(kalender, ["datum", "dagdeel", "weekdag"], "kalender")
    if leerling_id is not None:
        bekend = leerling_id in set(afwezigheden["leerling_id"]) or (
            leerlingen is not None and leerling_id in leerlingen)
        if not bekend:
            raise _onbekende_leerling(
                leerling_id, "afwezigheden",
                " Heeft deze leerling nooit een afwezigheid? Geef dan ook de lijst van "
                "leerlingen mee met leerlingen=...")
    kal = kalender[["datum", "dagdeel", "weekdag"]].assign(datum=lambda d: pd.to_datetime(
        d["datum"]).dt.normalize()).drop_duplicates(["datum", "dagdeel"])
    afw = afwezigheden[["leerling_id", "datum", "dagdeel", "code"]]
    if leerling_id is not None:
        afw = afw.loc[afw["leerling_id"] == leerling_id]
    elif leerlingen is not None:
        afw = afw.loc[afw["leerling_id"].isin(leerlingen)]
    afw = afw.assign(datum=pd.to_datetime(afw["datum"]).dt.normalize())
    return afw.merge(kal, on=["datum", "dagdeel"], how="inner"), kal


def aanwezigheid_weekdagen(
    afwezigheden: pd.DataFrame,
    kalender: pd.DataFrame,
    leerling_id: str | None = None,
    *,
    leerlingen: pd.DataFrame | Iterable[str] | None = None,
    codes: Sequence[str] = ("Z", "G", "B"),
) -> go.Figure:
    """Op welke weekdag en welk dagdeel zijn leerlingen afwezig, en om welke reden?

    Per weekdag en dagdeel (voormiddag VM, namiddag NM) toont een gestapelde staaf welk
    percentage van de lesdagdelen afwezig was, per code: Z ziekte, G gewettigd om een andere
    reden, B problematisch. Te laat (L) telt als aanwezig en staat er niet in. De noemer is het
    aantal lesdagdelen uit de `kalender` (vakanties en woensdagnamiddag tellen niet) maal het
    aantal leerlingen.

    Zonder `leerling_id` gaat het om de hele school. Geef dan met `leerlingen` (een tabel met
    ``leerling_id`` of een lijst) wie er ingeschreven is; zonder die lijst tellen enkel de
    leerlingen met minstens één registratie, en ligt het percentage dus te hoog.

    >>> import pandas as pd
    >>> kal = pd.DataFrame({"datum": pd.to_datetime(["2025-09-01"] * 2 + ["2025-09-02"] * 2),
    ...                     "dagdeel": ["VM", "NM"] * 2, "weekdag": ["maandag"] * 2
    ...                     + ["dinsdag"] * 2})
    >>> afw = pd.DataFrame({"leerling_id": "L1", "datum": pd.to_datetime(["2025-09-01"]),
    ...                     "dagdeel": "VM", "code": "Z"})
    >>> fig = aanwezigheid_weekdagen(afw, kal, "L1")
    >>> len(fig.data), fig.layout.yaxis.title.text
    (3, 'Afwezig (% van de lesdagdelen)')
    """
    onbekend = [c for c in codes if c not in _AFWEZIGHEID]
    if onbekend:
        raise ValueError(f"Onbekende afwezigheidscode {onbekend[0]!r}: kies uit Z, G en B "
                         "(L, te laat, telt als aanwezig).")
    ids = _leerlingen_ids(leerlingen)
    afw, kal = _afwezig_in_kalender(afwezigheden, kalender, leerling_id, ids)
    if leerling_id is not None:
        aantal_leerlingen = 1
    elif ids is not None:
        aantal_leerlingen = len(ids)
    else:
        aantal_leerlingen = afwezigheden["leerling_id"].nunique()

    sloten = [(w, d) for w in _WEEKDAGEN for d in _DAGDELEN
              if ((kal["weekdag"] == w) & (kal["dagdeel"] == d)).any()]
    noemer = kal.groupby(["weekdag", "dagdeel"]).size() * max(aantal_leerlingen, 1)
    teller = afw.groupby(["weekdag", "dagdeel", "code"]).size()
    fig = go.Figure()
    x = [[w for w, _ in sloten], [d for _, d in sloten]]
    for code in codes:
        aantallen = [int(teller.get((w, d, code), 0)) for w, d in sloten]
        noemers = [int(noemer[(w, d)]) for w, d in sloten]
        uitleg, kleur = _AFWEZIGHEID[code]
        fig.add_trace(go.Bar(
            x=x, y=[round(a / n * 100, 2) for a, n in zip(aantallen, noemers, strict=True)],
            name=uitleg, marker={"color": kleur},
            customdata=np.column_stack([aantallen, noemers]),
            hovertemplate=(f"%{{x}}<br>{uitleg}: %{{y:.1f}} %<br>%{{customdata[0]:,}} van "
                           "%{customdata[1]:,} lesdagdelen<extra></extra>")))
    wie = (f"leerling {leerling_id}" if leerling_id is not None
           else f"{getal(aantal_leerlingen)} leerlingen")
    uitleg = f"{wie}, {getal(len(kal))} lesdagdelen. Te laat (L) telt als aanwezig."
    if leerling_id is None and ids is None:
        uitleg += " Enkel leerlingen met minstens één registratie: percentages te hoog."
    pas_stijl_toe(fig, "Afwezigheid per weekdag en dagdeel", uitleg, hoogte=480)
    fig.update_layout(barmode="stack", bargap=0.25)
    fig.update_yaxes(title_text="Afwezig (% van de lesdagdelen)", ticksuffix=" %",
                     rangemode="tozero")
    fig.update_xaxes(title_text="Weekdag en dagdeel")
    return fig


def aanwezigheid_kalender(
    afwezigheden: pd.DataFrame,
    kalender: pd.DataFrame,
    leerling_id: str,
    *,
    leerlingen: pd.DataFrame | Iterable[str] | None = None,
) -> go.Figure:
    """Een kalender van één leerling: elke kolom een week, elke rij een dagdeel.

    Kleuren: grijs aanwezig, geel te laat (L), hemelsblauw ziekte (Z), blauwgroen gewettigd
    (G), vermiljoen problematisch (B). Wit: geen les (vakantie, woensdagnamiddag). Staan er
    voor één dagdeel meerdere codes, dan telt de ernstigste (B, dan G, dan Z, dan L).

    >>> import pandas as pd
    >>> kal = pd.DataFrame({"datum": pd.to_datetime(["2025-09-01"] * 2 + ["2025-09-08"] * 2),
    ...                     "dagdeel": ["VM", "NM"] * 2, "weekdag": "maandag"})
    >>> afw = pd.DataFrame({"leerling_id": "L1", "datum": pd.to_datetime(["2025-09-08"]),
    ...                     "dagdeel": "NM", "code": "B"})
    >>> fig = aanwezigheid_kalender(afw, kal, "L1")
    >>> [list(rij) for rij in fig.data[0].z]  # rijen ma VM en ma NM, kolommen twee weken
    [[0.0, 0.0], [0.0, 4.0]]
    """
    if leerling_id is None:
        raise ValueError("Geef een leerling_id: de kalender toont één leerling.")
    ids = _leerlingen_ids(leerlingen)
    afw, kal = _afwezig_in_kalender(afwezigheden, kalender, leerling_id, ids)
    statussen = [("aanwezig", "#E4E4E4"), ("te laat (L)", OKABE_ITO["geel"]),
                 ("ziekte (Z)", _AFWEZIGHEID["Z"][1]), ("gewettigd (G)", _AFWEZIGHEID["G"][1]),
                 ("problematisch (B)", _AFWEZIGHEID["B"][1])]
    ernst = {"L": 1, "Z": 2, "G": 3, "B": 4}
    status = (afw.assign(s=afw["code"].map(ernst)).dropna(subset=["s"])
              .groupby(["datum", "dagdeel"])["s"].max())
    kal = kal.assign(week=kal["datum"] - pd.to_timedelta(kal["datum"].dt.dayofweek, unit="D"))
    kal["s"] = [float(status.get((d, p), 0)) for d, p in zip(kal["datum"], kal["dagdeel"],
                                                             strict=True)]
    kal["rij"] = kal["weekdag"].str[:2] + " " + kal["dagdeel"]
    rijen = [f"{w[:2]} {d}" for w in _WEEKDAGEN for d in _DAGDELEN if f"{w[:2]} {d}"
             in set(kal["rij"])]
    weken = pd.date_range(kal["week"].min(), kal["week"].max(), freq="7D")
    raster = kal.pivot_table(index="rij", columns="week", values="s", aggfunc="max")
    raster = raster.reindex(index=rijen, columns=weken)
    namen = [s for s, _ in statussen]
    tekst = [[namen[int(v)] if pd.notna(v) else "" for v in rij] for rij in raster.to_numpy()]
    k = len(statussen)
    schaal = [[grens, kleur] for i, (_, kleur) in enumerate(statussen)
              for grens in (i / k, (i + 1) / k)]
    z = [[None if pd.isna(v) else float(v) for v in rij] for rij in raster.to_numpy()]
    fig = go.Figure(go.Heatmap(
        z=z, x=[w.strftime("%Y-%m-%d") for w in weken], y=rijen, text=tekst,
        zmin=-0.5, zmax=k - 0.5, colorscale=schaal, xgap=2, ygap=2, hoverongaps=False,
        colorbar={"tickvals": list(range(k)), "ticktext": namen, "thickness": 16,
                  "len": 0.9, "title": {"text": ""}},
        hovertemplate="week van %{x|%d/%m}, %{y}: %{text}<extra></extra>"))
    dagdelen = len(kal)
    afwezig = int((kal["s"] >= 2).sum())
    te_laat = int((kal["s"] == 1).sum())
    problematisch = int((kal["s"] == 4).sum())
    uitleg = (f"Afwezig op {afwezig} van {dagdelen} lesdagdelen "
              f"({procent(afwezig / max(dagdelen, 1) * 100, 1)}), waarvan {problematisch} "
              f"problematisch (B); {te_laat} keer te laat. Wit: geen les.")
    pas_stijl_toe(fig, f"Aanwezigheid van {leerling_id}", uitleg, hoogte=430)
    fig.update_yaxes(autorange="reversed", title_text="Dag en dagdeel", showgrid=False,
                     showline=False, ticks="")
    fig.update_xaxes(title_text="Week", showline=False, **maand_ticks(weken))
    return fig


# ----------------------------------------------------------------------------- 4. attesten

def attesten_per_groep(
    attesten: pd.DataFrame,
    groep: str = "studierichting",
    schooljaar: str | None = None,
    *,
    min_n: int = MIN_GROEP,
) -> go.Figure:
    """Het aandeel A-, B- en C-attesten per groep, als staven van 100 %.

    `groep` is een kolom van ``attesten``: ``"studierichting"``, ``"klas"``, ``"leerjaar"`` of
    ``"finaliteit"``. Zonder `schooljaar` neemt de grafiek het meest recente schooljaar in de
    tabel; ``schooljaar="alle"`` telt alle jaren samen. Bij elke staaf staat het aantal
    leerlingen n. Groepen met minder dan `min_n` leerlingen zijn lichter en gearceerd en
    krijgen "onzeker" in het label: daar verandert één leerling het percentage sterk.

    >>> import pandas as pd
    >>> att = pd.DataFrame({"schooljaar": "2025-2026", "attest": list("AAAB") + list("ABCC"),
    ...                     "studierichting": ["Latijn"] * 4 + ["Zorg"] * 4})
    >>> fig = attesten_per_groep(att)
    >>> list(fig.data[0].y)
    ['Latijn (n = 4, onzeker)', 'Zorg (n = 4, onzeker)']
    >>> [round(x) for x in fig.data[0].x]  # percentage A
    [75, 25]
    """
    controleer_kolommen(attesten, [groep, "attest"], "attesten")
    deel = attesten
    if schooljaar != "alle" and "schooljaar" in attesten.columns:
        jaren = set(attesten["schooljaar"].dropna())
        if schooljaar is None:
            schooljaar = max(jaren) if jaren else None
        elif schooljaar not in jaren:
            raise ValueError(f"Het schooljaar {schooljaar!r} staat niet in de tabel attesten. "
                             f"Beschikbaar: {', '.join(sorted(jaren))}.")
        deel = attesten.loc[attesten["schooljaar"] == schooljaar]
    deel = deel.dropna(subset=["attest", groep])
    fout = set(deel["attest"]) - set(_ATTESTEN)
    if fout:
        raise ValueError(f"Onbekend attest {sorted(fout)[0]!r}: verwacht zijn A, B of C.")
    titel = f"Attesten per {_kolomtitel(groep).lower()}"
    if schooljaar not in (None, "alle"):
        titel += f" in {schooljaar}"
    if deel.empty:
        return _leeg(pas_stijl_toe(go.Figure(), titel), "Geen attesten om te tonen.")

    telling = pd.crosstab(deel[groep], deel["attest"]).reindex(columns=list(_ATTESTEN),
                                                               fill_value=0)
    if "leerjaar" in deel.columns and groep != "leerjaar":
        leerjaar = deel.groupby(groep)["leerjaar"].median()
        volgorde = sorted(telling.index, key=lambda g: (leerjaar[g], str(g)))
    else:
        volgorde = _sorteer_groepen(telling.index)
    telling = telling.loc[volgorde]
    n = telling.sum(axis=1)
    klein = (n < min_n).to_numpy()
    labels = [f"{g} (n = {getal(a)}" + (", onzeker)" if k else ")")
              for g, a, k in zip(telling.index, n, klein, strict=True)]
    fig = go.Figure()
    for attest, (uitleg, kleur, tekstkleur) in _ATTESTEN.items():
        pct = telling[attest] / n * 100
        fig.add_trace(go.Bar(
            y=labels, x=pct.round(1), orientation="h", name=uitleg,
            marker={"color": kleur, "opacity": [_LICHT if k else 1.0 for k in klein],
                    "pattern": {"shape": [_ARCERING if k else "" for k in klein],
                                "fgcolor": "white", "fillmode": "overlay",
                                "solidity": 0.3},
                    "line": {"width": 0}},
            text=[procent(p) if p >= 8 else "" for p in pct], textposition="inside",
            insidetextanchor="middle", textangle=0,
            textfont={"color": ["#222222" if k else tekstkleur for k in klein]},
            customdata=np.column_stack([telling[attest], n]),
            hovertemplate=(f"%{{y}}<br>{uitleg}: %{{customdata[0]}} van %{{customdata[1]}} "
                           "(%{x:.0f} %)<extra></extra>")))
    pas_stijl_toe(fig, titel, f"Lichter en gearceerd: minder dan {min_n} leerlingen, het "
                  "percentage is dan onzeker.", hoogte=180 + 34 * len(labels))
    fig.update_layout(barmode="stack", bargap=0.25)
    fig.update_xaxes(title_text="Aandeel leerlingen (%)", range=[0, 100.5], ticksuffix=" %",
                     tickvals=[0, 25, 50, 75, 100], showgrid=True, gridcolor="#EBEBEB")
    fig.update_yaxes(title_text=_kolomtitel(groep), autorange="reversed", showgrid=False,
                     ticks="")
    return fig


# ------------------------------------------------------------------------------- 5. trends

def samenvatting_per_jaar(
    tabel: pd.DataFrame,
    waarde: str,
    groep: str | None = None,
    *,
    gelijk_aan: object | None = None,
    eenheid: str | None = "leerling_id",
    schooljaar: str = "schooljaar",
) -> pd.DataFrame:
    """Per schooljaar (en `groep`): het gemiddelde van `waarde` met een 95 %-interval.

    Geeft een tabel met ``schooljaar``, (``groep``), ``n``, ``gemiddelde``, ``ondergrens``
    en ``bovengrens``. Het interval is een 95 %-betrouwbaarheidsinterval: het gebied van
    gemiddelden die goed passen bij de cijfers, gegeven toevallige schommelingen (de 95 % gaat
    over de methode, niet "95 % kans" voor dit ene interval).

    * Elke `eenheid` (standaard de leerling) telt één keer: heeft een leerling meerdere rijen
      in een jaar (bv. een eindpercentage per vak), dan nemen we eerst zijn gemiddelde. Zo
      telt n leerlingen en geen vakken, en is het interval niet te smal. ``eenheid=None``:
      elke rij telt apart.
    * Met `gelijk_aan` wordt het een **aandeel in procent**: hoeveel procent heeft
      ``waarde == gelijk_aan`` (bv. ``waarde="attest", gelijk_aan="C"``). Het interval is
      dan het Wilson-interval, dat ook bij 0 % of 100 % zinvol blijft.
    * Anders: gemiddelde ± t × standaardafwijking / √n (t uit de t-verdeling, bv. 2,26 bij
      n = 10, ongeveer 1,96 bij grote n). Bij n = 1 is er geen interval.

    >>> import pandas as pd
    >>> jr = pd.DataFrame({"schooljaar": ["2024-2025"] * 4 + ["2025-2026"] * 4,
    ...                    "leerling_id": list("abcd") * 2,
    ...                    "eindpercentage": [60.0, 70, 80, 70, 50, 60, 70, 60]})
    >>> samenvatting_per_jaar(jr, "eindpercentage").round(2)
      schooljaar  n  gemiddelde  ondergrens  bovengrens
    0  2024-2025  4        70.0       57.01       82.99
    1  2025-2026  4        60.0       47.01       72.99
    """
    controleer_kolommen(tabel, [schooljaar, waarde] + ([groep] if groep else []), "")
    sleutels = [schooljaar] + ([groep] if groep else [])
    deel = tabel[sleutels + [waarde] + ([eenheid] if eenheid and eenheid in tabel.columns
                                        else [])].dropna(subset=[waarde])
    if gelijk_aan is not None:
        deel = deel.assign(**{waarde: (deel[waarde] == gelijk_aan).astype(float)})
    else:
        deel = deel.assign(**{waarde: pd.to_numeric(deel[waarde], errors="raise")})
    if eenheid and eenheid in deel.columns:
        deel = deel.groupby(sleutels + [eenheid], as_index=False)[waarde].mean()

    rijen = []
    for sleutel, reeks in deel.groupby(sleutels, sort=True)[waarde]:
        waarden = reeks.to_numpy(dtype=float)
        n = len(waarden)
        gemiddelde = float(waarden.mean())
        if gelijk_aan is not None and np.isin(waarden, [0.0, 1.0]).all():
            onder, boven = wilson_grenzen(float(waarden.sum()), n)
        elif n > 1:
            half = t_halve_breedte(waarden)
            onder, boven = gemiddelde - half, gemiddelde + half
        else:
            onder = boven = math.nan
        schaal = 100.0 if gelijk_aan is not None else 1.0
        sleutel = sleutel if isinstance(sleutel, tuple) else (sleutel,)
        rijen.append({**dict(zip(sleutels, sleutel, strict=True)), "n": n,
                      "gemiddelde": gemiddelde * schaal, "ondergrens": onder * schaal,
                      "bovengrens": boven * schaal})
    kolommen = sleutels + ["n", "gemiddelde", "ondergrens", "bovengrens"]
    return pd.DataFrame(rijen, columns=kolommen)


def trend_over_jaren(
    tabel: pd.DataFrame,
    waarde: str,
    groep: str | None = None,
    *,
    gelijk_aan: object | None = None,
    eenheid: str | None = "leerling_id",
    titel: str | None = None,
    y_titel: str | None = None,
    min_n: int = MIN_GROEP,
) -> go.Figure:
    """Een trend over schooljaren, met de onzekerheid erbij.

    Per schooljaar een bolletje (het gemiddelde of, met `gelijk_aan`, het aandeel in procent)
    met een foutbalk: het 95 %-betrouwbaarheidsinterval uit `samenvatting_per_jaar`. Overlappen
    de foutbalken van twee jaren sterk, dan kan het verschil toeval zijn. Een open bolletje:
    minder dan `min_n` leerlingen. Met `groep` krijgt elke groep een eigen lijn.

    Voorbeelden: ``trend_over_jaren(jaarresultaten, "eindpercentage")`` of
    ``trend_over_jaren(attesten, "attest", gelijk_aan="C")``.

    >>> import pandas as pd
    >>> jr = pd.DataFrame({"schooljaar": ["2024-2025"] * 4 + ["2025-2026"] * 4,
    ...                    "leerling_id": list("abcd") * 2,
    ...                    "eindpercentage": [60.0, 70, 80, 70, 50, 60, 70, 60]})
    >>> fig = trend_over_jaren(jr, "eindpercentage")
    >>> len(fig.data), fig.layout.xaxis.title.text
    (1, 'Schooljaar')
    """
    samenvatting = samenvatting_per_jaar(tabel, waarde, groep, gelijk_aan=gelijk_aan,
                                         eenheid=eenheid)
    if gelijk_aan is not None:
        y_titel = y_titel or f"Aandeel met {waarde} {gelijk_aan} (%)"
        titel = titel or f"Aandeel met {waarde} {gelijk_aan} per schooljaar"
    else:
        y_titel = y_titel or f"{waarde.replace('_', ' ').capitalize()} (gemiddelde)"
        titel = titel or f"Gemiddelde {waarde.replace('_', ' ')} per schooljaar"
    fig = go.Figure()
    if samenvatting.empty:
        return _leeg(pas_stijl_toe(fig, titel), "Geen gegevens om te tonen.")
    jaren = sorted(samenvatting["schooljaar"].unique())
    positie = {j: i for i, j in enumerate(jaren)}
    groepen = _sorteer_groepen(samenvatting[groep]) if groep else [None]
    for i, g in enumerate(groepen):
        deel = samenvatting if g is None else samenvatting.loc[samenvatting[groep] == g]
        verschuiving = (i - (len(groepen) - 1) / 2) * min(0.08, 0.6 / len(groepen))
        klein = deel["n"] < min_n
        fig.add_trace(go.Scatter(
            x=[positie[j] + verschuiving for j in deel["schooljaar"]],
            y=deel["gemiddelde"].round(2), mode="lines+markers",
            name=str(g) if g is not None else y_titel, showlegend=g is not None,
            marker={"size": 11, "symbol": ["circle-open" if k else "circle" for k in klein],
                    "line": {"width": 2}},
            line={"width": 2.5, "color": PALET[i % len(PALET)]},
            error_y={"type": "data", "symmetric": False, "thickness": 1.5, "width": 6,
                     "array": (deel["bovengrens"] - deel["gemiddelde"]).round(2),
                     "arrayminus": (deel["gemiddelde"] - deel["ondergrens"]).round(2)},
            customdata=[[j, int(n), round(o, 2), round(b, 2)] for j, n, o, b in zip(
                deel["schooljaar"], deel["n"], deel["ondergrens"], deel["bovengrens"],
                strict=True)],
            hovertemplate=((f"{g}, " if g is not None else "") + "%{customdata[0]}: "
                           "%{y:.1f}<br>95 %-interval: %{customdata[2]:.1f} tot "
                           "%{customdata[3]:.1f}<br>n = %{customdata[1]}<extra></extra>")))
    eenheden = "leerlingen" if eenheid and eenheid in tabel.columns else "rijen"
    pas_stijl_toe(fig, titel, f"Foutbalk: 95 %-betrouwbaarheidsinterval. Open bolletje: "
                  f"minder dan {min_n} {eenheden}.", hoogte=460)
    fig.update_xaxes(title_text="Schooljaar", tickvals=list(range(len(jaren))), ticktext=jaren,
                     range=[-0.5, len(jaren) - 0.5])
    fig.update_yaxes(title_text=y_titel, rangemode="tozero",
                     ticksuffix=" %" if gelijk_aan is not None else "")
    return fig


# ------------------------------------------------------------------------ 6. knipperlichten

def knipperlichten_overzicht(
    knipperlichten: pd.DataFrame,
    *,
    namen: Mapping[str, str] | None = None,
    titel: str = "Knipperlichten per indicator",
) -> go.Figure:
    """Hoeveel knipperlichten er branden, per indicator en per niveau.

    Eén staaf per indicator, opgedeeld per niveau (leerling, klas, vak, school). Onzekere
    lichten (kolom ``zekerheid`` = ``"onzeker"``: weinig gegevens) zijn lichter en gearceerd.
    Zonder kolom ``zekerheid`` maakt de grafiek dat onderscheid niet. Met `namen` geef je de
    indicatoren een leesbare naam (bv. ``{"dalende_trend": "Dalende punten"}``). Wie het licht
    betreft, staat er bewust niet in: een knipperlicht is een vraag, geen oordeel.

    >>> import pandas as pd
    >>> lichten = pd.DataFrame({"niveau": ["leerling", "leerling", "klas"],
    ...                         "indicator": ["dalende_trend", "dalende_trend", "attesten"],
    ...                         "zekerheid": ["zeker", "onzeker", "zeker"]})
    >>> fig = knipperlichten_overzicht(lichten)
    >>> [trace.name for trace in fig.data]
    ['leerling (zeker)', 'leerling (onzeker)', 'klas (zeker)']
    """
    controleer_kolommen(knipperlichten, ["niveau", "indicator"], "knipperlichten")
    met_zekerheid = "zekerheid" in knipperlichten.columns
    kolommen = ["indicator", "niveau"] + (["zekerheid"] if met_zekerheid else [])
    deel = knipperlichten[kolommen].astype(str)
    if not met_zekerheid:
        deel = deel.assign(zekerheid="onbekend")
    fig = go.Figure()
    if deel.empty:
        return _leeg(pas_stijl_toe(fig, titel), "Er branden geen knipperlichten.")
    namen = dict(namen or {})
    deel = deel.assign(indicator=deel["indicator"].map(
        lambda i: breek_af(namen.get(i, i.replace("_", " ")), 35)))
    telling = deel.groupby(["indicator", "niveau", "zekerheid"]).size()
    totaal = telling.groupby(level="indicator").sum().sort_values(ascending=False, kind="stable")
    indicatoren = list(totaal.index)
    niveaus = [n for n in _NIVEAUS if n in set(deel["niveau"])] + sorted(
        set(deel["niveau"]) - set(_NIVEAUS))
    for i, niveau in enumerate(niveaus):
        kleur = _NIVEAUS.get(niveau, PALET[(i + 4) % len(PALET)])
        for zekerheid in ("zeker", "onzeker", "onbekend"):
            aantallen = [int(telling.get((ind, niveau, zekerheid), 0)) for ind in indicatoren]
            if not any(aantallen):
                continue
            onzeker = zekerheid == "onzeker"
            fig.add_trace(go.Bar(
                y=indicatoren, x=aantallen, orientation="h",
                name=niveau if zekerheid == "onbekend" else f"{niveau} ({zekerheid})",
                marker={"color": kleur, "opacity": _LICHT if onzeker else 1.0,
                        "pattern": {"shape": _ARCERING if onzeker else "",
                                    "fgcolor": "white", "fillmode": "overlay",
                                "solidity": 0.3},
                        "line": {"width": 0}},
                hovertemplate=(f"%{{y}}<br>%{{x}} op niveau {niveau}"
                               + ("" if zekerheid == "onbekend" else f", {zekerheid}")
                               + "<extra></extra>")))
    aantal_onzeker = int((deel["zekerheid"] == "onzeker").sum())
    uitleg = (f"{getal(len(deel))} lichten"
              + (f", waarvan {getal(aantal_onzeker)} onzeker (lichter en gearceerd)"
                 if met_zekerheid else " (zekerheid niet opgegeven)")
              + ". Een knipperlicht is een vraag, geen oordeel.")
    pas_stijl_toe(fig, titel, uitleg, hoogte=max(380, 200 + 38 * len(indicatoren)))
    fig.update_layout(barmode="stack", bargap=0.3,
                      legend={"orientation": "v", "x": 1.02, "y": 1.0, "yanchor": "top"})
    fig.update_xaxes(title_text="Aantal knipperlichten", showgrid=True, gridcolor="#EBEBEB")
    fig.update_yaxes(title_text="Indicator", autorange="reversed", showgrid=False, ticks="")
    return fig


# --------------------------------------------------------------- 7. activiteit en punten

def activiteit_en_punten(
    platformactiviteit: pd.DataFrame,
    resultaten: pd.DataFrame,
    leerling_id: str,
    *,
    vak: str | None = None,
    min_klasgenoten: int = MIN_KLASGENOTEN,
) -> go.Figure:
    """Twee panelen onder elkaar met dezelfde tijdas: activiteit op het platform en punten.

    Boven: per week het aantal aanmeldingen (staven) en het aantal niet-ingediende taken
    (lijn). Onder: het gemiddelde percentage per maand van de leerling en, gestreept, het
    klasgemiddelde. Zo zie je of de activiteit daalde vóór de punten daalden. Samen optreden
    bewijst geen oorzaak: bespreek het met de leerling.

    >>> import pandas as pd
    >>> act = pd.DataFrame({"leerling_id": "L1", "week": pd.to_datetime(["2025-09-01",
    ...                     "2025-09-08"]), "aanmeldingen": [5, 2], "taken_op_tijd": [2, 1],
    ...                     "taken_te_laat": [0, 0], "taken_niet_ingediend": [0, 1]})
    >>> res = pd.DataFrame({"leerling_id": "L1", "klas": "3A", "vak": "Frans",
    ...                     "datum": pd.to_datetime(["2025-09-10"]), "score": [7.0],
    ...                     "maximum": [10]})
    >>> fig = activiteit_en_punten(act, res, "L1")
    >>> len(fig.data), fig.layout.yaxis2.title.text
    (3, 'Resultaat (%)')
    """
    controleer_kolommen(platformactiviteit, ["leerling_id", "week", "aanmeldingen",
                                              "taken_niet_ingediend"], "platformactiviteit")
    controleer_kolommen(resultaten, ["leerling_id", "klas", "datum", "score", "maximum"]
                         + (["vak"] if vak is not None else []), "resultaten")
    act = platformactiviteit.loc[platformactiviteit["leerling_id"] == leerling_id]
    in_resultaten = (resultaten["leerling_id"] == leerling_id).any()
    if act.empty and not in_resultaten:
        raise _onbekende_leerling(leerling_id, "platformactiviteit en ook niet in resultaten")
    act = act.sort_values("week")
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08)
    fig.add_trace(go.Bar(
        x=act["week"], y=act["aanmeldingen"], name="aanmeldingen",
        marker={"color": OKABE_ITO["hemelsblauw"]},
        hovertemplate="week van %{x|%d/%m}: %{y} aanmeldingen<extra></extra>"), row=1, col=1)
    fig.add_trace(go.Scatter(
        x=act["week"], y=act["taken_niet_ingediend"], name="taken niet ingediend",
        mode="lines+markers", line={"color": OKABE_ITO["vermiljoen"], "width": 2.5},
        marker={"size": 6},
        hovertemplate="week van %{x|%d/%m}: %{y} taken niet ingediend<extra></extra>"),
        row=1, col=1)
    datums = list(act["week"])
    if in_resultaten:
        eigen = _percentages(_eigen_rijen(resultaten, leerling_id, vak))
        maanden = eigen.groupby("maand")["percentage"].agg(["mean", "size"]).reset_index()
        klas = klasband(resultaten, leerling_id, vak, min_leerlingen=min_klasgenoten)
        midden = pd.Timedelta(days=14)
        if not klas.empty:
            fig.add_trace(go.Scatter(
                x=klas["maand"] + midden, y=klas["gemiddelde"].round(1), mode="lines",
                name="klasgemiddelde", line={"color": KLEUR_KLAS, "dash": "dash", "width": 2},
                hovertemplate="klasgemiddelde: %{y:.0f} %<extra></extra>"), row=2, col=1)
        fig.add_trace(go.Scatter(
            x=maanden["maand"] + midden, y=maanden["mean"].round(1), mode="lines+markers",
            name=f"punten {leerling_id}", line={"color": KLEUR_LEERLING, "width": 3},
            marker={"size": 10}, customdata=maanden["size"],
            hovertemplate=f"{leerling_id}: %{{y:.0f}} % (%{{customdata}} evaluaties)"
                          "<extra></extra>"), row=2, col=1)
        datums += list(maanden["maand"])
    else:
        fig.add_annotation(text="geen punten voor deze leerling", showarrow=False,
                           xref="x2 domain", yref="y2 domain", x=0.5, y=0.5)
    if act.empty:
        fig.add_annotation(text="geen platformactiviteit voor deze leerling", showarrow=False,
                           xref="x domain", yref="y domain", x=0.5, y=0.5)
    pas_stijl_toe(fig, f"Activiteit en punten van {leerling_id}",
                  "Boven: platform per week. Onder: punten per maand. Daalt de activiteit vóór "
                  "de punten? Samen optreden is nog geen oorzaak.",
                  hoogte=620)
    fig.update_layout(bargap=0.2)
    fig.update_yaxes(title_text="Platform: aantal per week", rangemode="tozero", row=1, col=1)
    fig.update_yaxes(title_text="Resultaat (%)" + (f", {vak}" if vak else ""), range=[0, 102],
                     ticksuffix=" %", row=2, col=1)
    fig.update_xaxes(**maand_ticks(datums))
    if datums:
        fig.update_xaxes(range=[min(datums) - pd.Timedelta(days=7),
                                max(datums) + pd.Timedelta(days=35)])
    fig.update_xaxes(title_text="Maand", row=2, col=1)
    return fig
