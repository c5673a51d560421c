"""Afwezigheden per weekdag en dagdeel, en als kalender.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..kern.controle import controleer_kolommen
from ..stijl import (
    OKABE_ITO,
    getal,
    maand_ticks,
    pas_stijl_toe,
    procent,
)
from .basis import AFWEZIGHEID, DAGDELEN, WEEKDAGEN, leerlingen_ids, onbekende_leerling

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
            raise onbekende_leerling(
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
    onbekend = [c for c in codes if c not in AFWEZIGHEID]
    if onbekend:
        raise ValueError(f"Onbekende afwezigheidscode {onbekend[0]!r}: kies uit Z, G en B "
                         "(L, te laat, telt als aanwezig).")
    ids = leerlingen_ids(leerlingen)
    afw, kal = _afwezig_in_kalender(afwezigheden, kalender, leerling_id, ids)
    if leerling_id is not None:
        aantal_leerlingen = 1
    elif ids is not None:
        aantal_leerlingen = len(ids)
    else:
        aantal_leerlingen = afwezigheden["leerling_id"].nunique()

    sloten = [(w, d) for w in WEEKDAGEN for d in DAGDELEN
              if ((kal["weekdag"] == w) & (kal["dagdeel"] == d)).any()]
    noemer = kal.groupby(["weekdag", "dagdeel"]).size() * max(aantal_leerlingen, 1)
    teller = afw.groupby(["weekdag", "dagdeel", "code"]).size()
    fig = go.Figure()
    x = [[w for w, _ in sloten], [d for _, d in sloten]]
    for code in codes:
        aantallen = [int(teller.get((w, d, code), 0)) for w, d in sloten]
        noemers = [int(noemer[(w, d)]) for w, d in sloten]
        uitleg, kleur = AFWEZIGHEID[code]
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
    (G), vermiljoen problematisch (B); de letter staat ook in de cel. Wit: geen les
    (vakantie, woensdagnamiddag). Staan er voor één dagdeel meerdere codes, dan telt de
    ernstigste (B, dan G, dan Z, dan L).

    >>> import pandas as pd
    >>> kal = pd.DataFrame({"datum": pd.to_datetime(["2025-09-01"] * 2 + ["2025-09-08"] * 2),
    ...                     "dagdeel": ["VM", "NM"] * 2, "weekdag": "maandag"})
    >>> afw = pd.DataFrame({"leerling_id": "L1", "datum": pd.to_datetime(["2025-09-08"]),
    ...                     "dagdeel": "NM", "code": "B"})
    >>> fig = aanwezigheid_kalender(afw, kal, "L1")
    >>> [list(rij) for rij in fig.data[0].z]  # rijen ma VM en ma NM, kolommen twee weken
    [[0.0, 0.0], [0.0, 4.0]]
    >>> [list(rij) for rij in fig.data[0].text]  # de letter staat ook in de cel
    [['', ''], ['', 'B']]
    """
    if leerling_id is None:
        raise ValueError("Geef een leerling_id: de kalender toont één leerling.")
    ids = leerlingen_ids(leerlingen)
    afw, kal = _afwezig_in_kalender(afwezigheden, kalender, leerling_id, ids)
    statussen = [("aanwezig", "#E4E4E4"), ("te laat (L)", OKABE_ITO["geel"]),
                 ("ziekte (Z)", AFWEZIGHEID["Z"][1]), ("gewettigd (G)", AFWEZIGHEID["G"][1]),
                 ("problematisch (B)", AFWEZIGHEID["B"][1])]
    ernst = {"L": 1, "Z": 2, "G": 3, "B": 4}
    status = (afw.assign(s=afw["code"].map(ernst)).dropna(subset=["s"])
              .groupby(["datum", "dagdeel"])["s"].max())
    kal = kal.assign(week=kal["datum"] - pd.to_timedelta(kal["datum"].dt.dayofweek, unit="D"))
    kal["s"] = [float(status.get((d, p), 0)) for d, p in zip(kal["datum"], kal["dagdeel"],
                                                             strict=True)]
    kal["rij"] = kal["weekdag"].str[:2] + " " + kal["dagdeel"]
    rijen = [f"{w[:2]} {d}" for w in WEEKDAGEN for d in DAGDELEN if f"{w[:2]} {d}"
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
    # de letter (L, Z, G, B) in elke cel: de kleur is niet de enige aanwijzing (WCAG 1.4.1),
    # en een lichte kleur (te laat: geel) is zo ook zonder 3:1-contrast leesbaar (1.4.11)
    letters = [["" if pd.isna(v) or int(v) == 0 else "LZGB"[int(v) - 1] for v in rij]
               for rij in raster.to_numpy()]
    fig = go.Figure(go.Heatmap(
        z=z, x=[w.strftime("%Y-%m-%d") for w in weken], y=rijen, customdata=tekst,
        text=letters, texttemplate="%{text}",
        textfont={"size": 11, "color": "#222222"},
        zmin=-0.5, zmax=k - 0.5, colorscale=schaal, xgap=2, ygap=2, hoverongaps=False,
        colorbar={"tickvals": list(range(k)), "ticktext": namen, "thickness": 16,
                  "len": 0.9, "title": {"text": ""}},
        hovertemplate="week van %{x|%d/%m}, %{y}: %{customdata}<extra></extra>"))
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
