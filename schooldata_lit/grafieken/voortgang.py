"""De voortgang van één leerling naast de klas als geheel (nooit een ranglijst).
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..indicatoren import maandverloop
from ..kern.controle import controleer_kolommen
from ..stijl import (
    GRIJS,
    KLEUR_BAND,
    KLEUR_HULPLIJN,
    KLEUR_KLAS,
    KLEUR_LEERLING,
    OKABE_ITO,
    getal,
    maand_ticks,
    pas_stijl_toe,
)
from ..toegankelijk import beschrijf
from .basis import MIN_KLASGENOTEN, eigen_rijen, met_percentages, onbekende_leerling

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
    eigen = eigen_rijen(resultaten, leerling_id, vak)
    laatste = eigen.sort_values("datum").iloc[-1]
    zelfde = resultaten["klas"] == laatste["klas"]
    if "schooljaar" in resultaten.columns:
        zelfde &= resultaten["schooljaar"] == laatste["schooljaar"]
    if vak is not None:
        zelfde &= resultaten["vak"] == vak
    klas = met_percentages(resultaten.loc[zelfde])
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
    eigen = met_percentages(eigen_rijen(resultaten, leerling_id, vak))
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

    fig.add_hline(y=50, line={"color": KLEUR_HULPLIJN, "width": 1, "dash": "dot"})
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
        raise onbekende_leerling(leerling_id, "resultaten")
    verloop = maandverloop(resultaten, leerling_id)
    kleuren = [OKABE_ITO["vermiljoen"] if a < -drempel else GRIJS for a in verloop["afwijking"]]
    fig = go.Figure(go.Bar(
        x=verloop["maandnaam"].tolist(), y=verloop["afwijking"].tolist(), marker_color=kleuren,
        customdata=np.column_stack([verloop["percentage"], verloop["klas"],
                                    verloop["evaluaties"]]),
        hovertemplate=("%{x}: %{y:+.1f} punten t.o.v. de eigen start<br>eigen gemiddelde "
                       "%{customdata[0]:.0f} %, klas %{customdata[1]:.0f} %<br>"
                       "%{customdata[2]} evaluaties<extra></extra>"),
        text=[f"{a:+.0f}".replace("-", "−") for a in verloop["afwijking"]],
        textposition="outside", cliponaxis=False,
        name=leerling_id))
    fig.add_hline(y=0, line={"color": "#555555", "width": 1})
    fig.add_hline(y=-drempel, line={"color": KLEUR_HULPLIJN, "width": 1, "dash": "dot"},
                  annotation_text=f"{getal(drempel)} punten lager dan de eigen start",
                  annotation_position="bottom left")
    pas_stijl_toe(fig, f"Dip of trend? {leerling_id} vergeleken met de eigen start",
                  "Per maand: punten t.o.v. de klas, min hetzelfde verschil in sep-okt.",
                  hoogte=460)
    # korte astitel: een lange verticale titel liep tot in de ondertitel
    fig.update_yaxes(title_text="verschil (procentpunten)", zeroline=False)
    fig.update_xaxes(title_text="Maand", categoryorder="array",
                     categoryarray=verloop["maandnaam"].tolist())
    afwijking = verloop["afwijking"].tolist()
    laag = [m for m, a in zip(verloop["maandnaam"], afwijking, strict=True) if a < -drempel]
    staart = len(afwijking) >= 3 and all(a < -drempel for a in afwijking[-3:])
    kort = (f"{leerling_id} ligt in {len(laag)} van de {len(afwijking)} maanden meer dan "
            f"{getal(drempel)} punten onder de eigen start"
            + ("; de laatste drie maanden blijven laag: eerder een trend dan een dip."
               if staart else "."))
    lang = ("Staafdiagram per maand: het verschil met de eigen start in procentpunten (0 = zoals "
            "in september-oktober). " + "; ".join(
                f"{m}: {getal(a, 1)}" for m, a in zip(verloop["maandnaam"], afwijking,
                                                       strict=True)) + ".")
    return beschrijf(fig, kort, lang, verloop[["maandnaam", "afwijking", "percentage", "klas",
                                                "evaluaties"]].round(1))
