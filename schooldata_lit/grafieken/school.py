"""Grafieken over de school: attesten per groep, trends over jaren, knipperlichten en
platformactiviteit naast punten.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..kern.controle import controleer_kolommen
from ..kern.statistiek import t_halve_breedte, wilson_grenzen
from ..stijl import (
    KLEUR_KLAS,
    KLEUR_LEERLING,
    OKABE_ITO,
    PALET,
    breek_af,
    getal,
    lijnkleur,
    maand_ticks,
    pas_stijl_toe,
    procent,
)
from ..toegankelijk import beschrijf
from .basis import (
    ARCERING,
    ATTESTEN,
    LICHT,
    MIN_GROEP,
    MIN_KLASGENOTEN,
    NIVEAUS,
    eigen_rijen,
    kolomtitel,
    lege_figuur,
    met_percentages,
    onbekende_leerling,
    sorteer_groepen,
)
from .voortgang import klasband

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
    fout = set(deel["attest"]) - set(ATTESTEN)
    if fout:
        raise ValueError(f"Onbekend attest {sorted(fout)[0]!r}: verwacht zijn A, B of C.")
    titel = f"Attesten per {kolomtitel(groep).lower()}"
    if schooljaar not in (None, "alle"):
        titel += f" in {schooljaar}"
    if deel.empty:
        return lege_figuur(pas_stijl_toe(go.Figure(), titel), "Geen attesten om te tonen.")

    telling = pd.crosstab(deel[groep], deel["attest"]).reindex(columns=list(ATTESTEN),
                                                               fill_value=0)
    ontbrekend = ontbrekende_schooljaren(telling.index) if groep == "schooljaar" else []
    if ontbrekend:  # een gat in de reeks tonen we, in plaats van het stil over te slaan
        telling = pd.concat([telling, pd.DataFrame(0, index=ontbrekend, columns=telling.columns)])
    if "leerjaar" in deel.columns and groep != "leerjaar" and not ontbrekend:
        leerjaar = deel.groupby(groep)["leerjaar"].median()
        volgorde = sorted(telling.index, key=lambda g: (leerjaar[g], str(g)))
    else:
        volgorde = sorteer_groepen(telling.index)
    telling = telling.loc[volgorde]
    n = telling.sum(axis=1)
    klein = (n < min_n).to_numpy()
    labels = [f"{g} (geen gegevens)" if g in ontbrekend else
              f"{g} (n = {getal(a)}" + (", onzeker)" if k else ")")
              for g, a, k in zip(telling.index, n, klein, strict=True)]
    n = n.where(n > 0)
    fig = go.Figure()
    for attest, (uitleg, kleur, tekstkleur) in ATTESTEN.items():
        pct = telling[attest] / n * 100
        fig.add_trace(go.Bar(
            y=labels, x=pct.round(1), orientation="h", name=uitleg,
            marker={"color": kleur, "opacity": [LICHT if k else 1.0 for k in klein],
                    "pattern": {"shape": [ARCERING if k else "" for k in klein],
                                "fgcolor": "white", "fillmode": "overlay",
                                "solidity": 0.3},
                    "line": {"color": "#333333", "width": 1}},
            # de letter erbij: de kleur is nooit het enige kenmerk (WCAG 1.4.1)
            text=[f"{attest} {procent(p)}" if p >= 10 else "" for p in pct],
            textposition="inside",
            insidetextanchor="middle", textangle=0,
            textfont={"color": ["#222222" if k else tekstkleur for k in klein]},
            customdata=np.column_stack([telling[attest], n]),
            hovertemplate=(f"%{{y}}<br>{uitleg}: %{{customdata[0]}} van %{{customdata[1]}} "
                           "(%{x:.0f} %)<extra></extra>")))
    ondertitel = (f"Lichter en gearceerd: minder dan {min_n} leerlingen, het percentage is dan "
                  "onzeker.")
    for jaar, label in zip(telling.index, labels, strict=True):
        if jaar in ontbrekend:
            fig.add_annotation(x=50, y=label, text="geen leerlingen in deze selectie",
                               showarrow=False, font={"color": "#444444", "size": 14})
    if ontbrekend:
        ondertitel += (f" Geen gegevens voor {', '.join(ontbrekend)} (bv. een klas die dat jaar "
                       "anders heette of gesplitst was).")
    pas_stijl_toe(fig, titel, breek_af(ondertitel, 95), hoogte=200 + 34 * len(labels))
    fig.update_layout(barmode="stack", bargap=0.25)
    fig.update_xaxes(title_text="Aandeel leerlingen (%)", range=[0, 100.5], ticksuffix=" %",
                     tickvals=[0, 25, 50, 75, 100], showgrid=True, gridcolor="#EBEBEB")
    fig.update_yaxes(title_text=kolomtitel(groep), autorange="reversed", showgrid=False,
                     ticks="")
    bc = ((telling["B"] + telling["C"]) / n * 100)
    rijen = [{kolomtitel(groep): g, "n": (int(a) if a == a else None),
              **{f"{att}-attest (%)": (round(float(telling.loc[g, att] / a * 100), 1)
                                       if a == a else None) for att in ATTESTEN}}
             for g, a in zip(telling.index, n, strict=True)]
    hoogste = bc.idxmax() if bc.notna().any() else None
    kort = (f"Attesten per {kolomtitel(groep).lower()}: het grootste aandeel B- en C-attesten "
            f"heeft {hoogste} ({procent(bc[hoogste])})." if hoogste is not None
            else titel + ".")
    lang = ("Liggend gestapeld staafdiagram, per " + kolomtitel(groep).lower() + " 100 procent "
            "verdeeld over A, B en C. " + "; ".join(
                f"{g}: geen gegevens" if g in ontbrekend else
                f"{g}: A {procent(telling.loc[g, 'A'] / a * 100)}, B "
                f"{procent(telling.loc[g, 'B'] / a * 100)}, C "
                f"{procent(telling.loc[g, 'C'] / a * 100)} (n = {int(a)})"
                for g, a in zip(telling.index, n, strict=True)) + ".")
    return beschrijf(fig, kort, lang, rijen)


def ontbrekende_schooljaren(jaren) -> list[str]:
    """De schooljaren (``"2021-2022"``) die ontbreken tussen het eerste en het laatste.

    >>> ontbrekende_schooljaren(["2019-2020", "2020-2021", "2022-2023"])
    ['2021-2022']
    >>> ontbrekende_schooljaren(["Latijn"])
    []
    """
    beginjaren = []
    for jaar in jaren:
        delen = str(jaar).split("-")
        if len(delen) != 2 or not all(d.isdigit() for d in delen):
            return []
        beginjaren.append(int(delen[0]))
    if not beginjaren:
        return []
    return [f"{j}-{j + 1}" for j in range(min(beginjaren), max(beginjaren))
            if j not in set(beginjaren)]


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
        return lege_figuur(pas_stijl_toe(fig, titel), "Geen gegevens om te tonen.")
    jaren = sorted(samenvatting["schooljaar"].unique())
    positie = {j: i for i, j in enumerate(jaren)}
    groepen = sorteer_groepen(samenvatting[groep]) if groep else [None]
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
            line={"width": 2.5, "color": lijnkleur(PALET[i % len(PALET)])},
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
    halve = ((samenvatting["bovengrens"] - samenvatting["ondergrens"]) / 2).max()
    ondertitel = (f"Foutbalk: 95 %-betrouwbaarheidsinterval. Open bolletje: minder dan {min_n} "
                  f"{eenheden}.")
    if pd.notna(halve) and halve < 0.01 * max(samenvatting["bovengrens"].max(), 1):
        ondertitel += (f" De foutbalken (hoogstens ± {getal(halve, 1)}) zijn zo klein dat ze "
                       "achter de bolletjes verdwijnen.")
    pas_stijl_toe(fig, titel, breek_af(ondertitel, 95), hoogte=480)
    fig.update_xaxes(title_text="Schooljaar", tickvals=list(range(len(jaren))), ticktext=jaren,
                     range=[-0.5, len(jaren) - 0.5])
    fig.update_yaxes(title_text=y_titel, rangemode="tozero",
                     ticksuffix=" %" if gelijk_aan is not None else "")
    eerste, laatste = jaren[0], jaren[-1]
    per_jaar = samenvatting if groep is None else samenvatting.groupby("schooljaar").agg(
        gemiddelde=("gemiddelde", "mean"))
    if groep is None:
        per_jaar = per_jaar.set_index("schooljaar")
    kort = (f"{titel}: van {getal(per_jaar.loc[eerste, 'gemiddelde'], 1)} in {eerste} naar "
            f"{getal(per_jaar.loc[laatste, 'gemiddelde'], 1)} in {laatste}.")
    lang = ("Lijndiagram met foutbalken (95 %-interval); de verticale as begint bij 0. "
            + "; ".join(
                (f"{r[groep]}, " if groep else "") + f"{r['schooljaar']}: "
                f"{getal(r['gemiddelde'], 1)} (interval {getal(r['ondergrens'], 1)} tot "
                f"{getal(r['bovengrens'], 1)}, n = {int(r['n'])})"
                for _, r in samenvatting.iterrows()) + ".")
    return beschrijf(fig, kort, lang, samenvatting.round(2))


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
        return lege_figuur(pas_stijl_toe(fig, titel), "Er branden geen knipperlichten.")
    namen = dict(namen or {})
    deel = deel.assign(indicator=deel["indicator"].map(
        lambda i: breek_af(namen.get(i, i.replace("_", " ")), 35)))
    telling = deel.groupby(["indicator", "niveau", "zekerheid"]).size()
    totaal = telling.groupby(level="indicator").sum().sort_values(ascending=False, kind="stable")
    indicatoren = list(totaal.index)
    niveaus = [n for n in NIVEAUS if n in set(deel["niveau"])] + sorted(
        set(deel["niveau"]) - set(NIVEAUS))
    for i, niveau in enumerate(niveaus):
        kleur = NIVEAUS.get(niveau, PALET[(i + 4) % len(PALET)])
        for zekerheid in ("zeker", "onzeker", "onbekend"):
            aantallen = [int(telling.get((ind, niveau, zekerheid), 0)) for ind in indicatoren]
            if not any(aantallen):
                continue
            onzeker = zekerheid == "onzeker"
            fig.add_trace(go.Bar(
                y=indicatoren, x=aantallen, orientation="h",
                name=niveau if zekerheid == "onbekend" else f"{niveau} ({zekerheid})",
                marker={"color": kleur, "opacity": LICHT if onzeker else 1.0,
                        "pattern": {"shape": ARCERING if onzeker else "",
                                    "fgcolor": "white", "fillmode": "overlay",
                                "solidity": 0.3},
                        "line": {"color": "#333333", "width": 1}},
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
        raise onbekende_leerling(leerling_id, "platformactiviteit en ook niet in resultaten")
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
        eigen = met_percentages(eigen_rijen(resultaten, leerling_id, vak))
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
