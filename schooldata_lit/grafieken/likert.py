"""Likert-stellingen als gestapelde staven, met onzekere (kleine) groepen lichter.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..kern.controle import controleer_kolommen
from ..kern.woordenboek import TABELLEN
from ..stijl import (
    breek_af,
    getal,
    pas_stijl_toe,
    procent,
)
from .basis import DONKER, LIKERT, LIKERT_KLEUR3, LIKERT_KLEUR5, kolomtitel, lege_figuur

# ------------------------------------------------------------------------------ 2. Likert

def _likert_lang(tabel: pd.DataFrame, items: Sequence[str] | None,
                 labels: Mapping[str, str] | None, stelling: str, groep: str | None,
                 breedte: int) -> tuple[pd.DataFrame, list[str]]:
    """Zet beide invoervormen om naar één rij per (groep, stelling, categorie)."""
    rijen: list[dict] = []
    if items is not None:
        items = [items] if isinstance(items, str) else list(items)
        controleer_kolommen(tabel, items, "van de bevraging")
        categorieen = list(LIKERT)
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
    categorieen = [c for c in LIKERT if c in tabel.columns or c == "neutraal"]
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
        return lege_figuur(pas_stijl_toe(go.Figure(), titel), "Geen antwoorden om te tonen.")
    lang["procent"] = np.where(lang["n"] > 0, lang["aantal"] / lang["n"] * 100, 0.0)
    groepen = list(dict.fromkeys(lang["groep"]))
    kleuren = (LIKERT_KLEUR5 if any(c.startswith("helemaal") for c in categorieen)
               else LIKERT_KLEUR3)
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
            naam = f"{kolomtitel(groep)} {g}" if not isinstance(g, str) else g
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
                marker={"color": kleuren[c], "line": {"color": "#333333", "width": 1}},
                text=[procent(v) if v >= 8 else "" for v in breed[c]],
                textposition="inside", insidetextanchor="middle", textangle=0,
                textfont={"color": "white" if kleuren[c] in DONKER else "black"},
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
