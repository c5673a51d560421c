"""Groepen eerlijk vergelijken: klassen, leerjaren, richtingen en Vlaanderen.

Drie valkuilen komen hier samen, elk met een eigen functie:

* **Kleine groepen.** Een percentage van 3 leerlingen springt met 33 procentpunt als één
  leerling anders uitvalt. `aandeel_per_groep` en `wilson_interval` geven bij elk aandeel
  een 95 %-interval (Wilson) en het aantal leerlingen n.
* **De paradox van Simpson.** Een aandeel kan in elke deelgroep stijgen en toch in het geheel
  dalen, als de groepen van grootte veranderen. `simpson_tabel` toont eerst de aantallen,
  `grafiek_simpson` daarna het beeld.
* **Veel groepen tegelijk.** Wie 64 klassen bekijkt, vindt bij toeval alleen een paar
  "opvallende" (ongeveer 5 %). `veel_vergelijkingen` zegt hoeveel groepen er vergeleken
  werden, hoeveel "opvallende" je bij toeval verwacht, en past de p-waarden aan (Holm).
* **Vergelijken met een referentie.** Ligt de school boven of onder het Vlaamse gemiddelde,
  of kan het verschil toeval zijn? `vergelijk_met_referentie` en `grafiek_referentie`.

De functies veranderen je tabel niet. De intervallen komen uit dezelfde berekening als die
in `schooldata_lit.grafieken` (Wilson voor aandelen, t-verdeling voor gemiddelden).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .grafieken import MIN_GROEP
from .kern.controle import controleer_kolommen
from .kern.lui import lui_doorverwijzen
from .kern.statistiek import holm, t_halve_breedte, verwacht_bij_toeval, wilson_grenzen
from .stijl import OKABE_ITO, PALET, getal, lijnkleur, pas_stijl_toe
from .toegankelijk import beschrijf

__all__ = [
    "wilson_interval",
    "veel_vergelijkingen",
    "aandeel_per_groep",
    "simpson_tabel",
    "grafiek_simpson",
    "vergelijk_met_referentie",
    "grafiek_referentie",
]


def wilson_interval(aantal: int, n: int) -> tuple[float, float]:
    """Het 95 %-interval (Wilson) rond het aandeel `aantal` van `n`, in procent.

    Het interval is het gebied van aandelen die goed passen bij `aantal` van `n` (het toeval:
    welke leerlingen er net dit jaar in de klas zaten). De 95 % gaat over de methode, niet over
    "95 % kans" voor dit ene interval. Hoe kleiner n, hoe breder.

    Voorbeeld
    ---------
    >>> [round(x, 1) for x in wilson_interval(0, 3)]   # 0 van 3: tot meer dan de helft!
    [0.0, 56.1]
    >>> [round(x, 1) for x in wilson_interval(8, 20)]
    [21.9, 61.3]
    """
    if n <= 0:
        raise ValueError(f"n moet minstens 1 zijn, niet {n}.")
    if not 0 <= aantal <= n:
        raise ValueError(f"Het aantal ({aantal}) moet tussen 0 en n ({n}) liggen.")
    onder, boven = wilson_grenzen(float(aantal), int(n))
    return round(100 * onder, 9), round(100 * boven, 9)


def veel_vergelijkingen(tabel: pd.DataFrame, p_kolom: str = "p", alfa: float = 0.05,
                        wat: str = "groepen") -> pd.DataFrame:
    """Zeg hoeveel groepen vergeleken werden, en pas de p-waarden daarvoor aan (Holm).

    Geeft een kopie van `tabel` met twee kolommen erbij: ``p_holm`` (de aangepaste p-waarde)
    en ``opvallend_na_correctie`` (p_holm kleiner dan `alfa`). In ``.attrs`` staan
    ``aantal_vergelijkingen``, ``opvallend_zonder_correctie``, ``verwacht_bij_toeval`` en
    ``uitleg``: één zin om naast de tabel te zetten.

    >>> t = pd.DataFrame({"klas": ["A", "B", "C", "D"], "p": [0.001, 0.03, 0.2, 0.7]})
    >>> uit = veel_vergelijkingen(t, wat="klassen")
    >>> uit["opvallend_na_correctie"].tolist()
    [True, False, False, False]
    >>> print(uit.attrs["uitleg"])  # doctest: +NORMALIZE_WHITESPACE
    4 klassen vergeleken. Zonder correctie zijn er 2 'opvallend' (p < 0,05); bij toeval
    alleen verwacht je er ongeveer 0,2. Na correctie voor 4 vergelijkingen (Holm) blijft er
    1 over.
    >>> list(t.columns)  # de oorspronkelijke tabel blijft ongewijzigd
    ['klas', 'p']
    """
    controleer_kolommen(tabel, [p_kolom], "tabel")
    uit = tabel.copy()
    p = [float(x) for x in uit[p_kolom]]
    uit["p_holm"] = holm(p)
    uit["opvallend_na_correctie"] = uit["p_holm"] < alfa
    m = int(sum(not math.isnan(x) for x in p))
    zonder = int(sum(x < alfa for x in p if not math.isnan(x)))
    na = int(uit["opvallend_na_correctie"].sum())
    verwacht = verwacht_bij_toeval(m, alfa)
    uit.attrs.update({
        "aantal_vergelijkingen": m, "opvallend_zonder_correctie": zonder,
        "verwacht_bij_toeval": verwacht,
        "uitleg": (f"{m} {wat} vergeleken. Zonder correctie zijn er {zonder} 'opvallend' "
                   f"(p < {getal(alfa, 2)}); bij toeval alleen verwacht je er ongeveer "
                   f"{getal(verwacht, 1)}. Na correctie voor {m} vergelijkingen (Holm) "
                   f"{'blijft' if na == 1 else 'blijven'} er {na} over."),
    })
    return uit


def aandeel_per_groep(
    tabel: pd.DataFrame,
    groep: str | Sequence[str],
    kolom: str = "attest",
    waarden: str | Sequence[str] = ("C",),
    *,
    schooljaar: str | None = None,
    min_n: int = MIN_GROEP,
) -> pd.DataFrame:
    """Per groep: hoeveel rijen `kolom` een van de `waarden` hebben, met een 95 %-interval.

    Kolommen: de groep(en), ``n``, ``aantal``, ``aandeel`` (in procent), ``ondergrens`` en
    ``bovengrens`` (Wilson, in procent) en ``onzeker`` (``True`` als n < `min_n`). Met
    `schooljaar` tel je enkel dat schooljaar. De volgorde is die van de groepen, nooit een
    rangorde.

    Voorbeeld
    ---------
    >>> att = pd.DataFrame({"klas": ["6LAT"] * 3 + ["4BOR"] * 20,
    ...                     "attest": ["A"] * 3 + ["A"] * 12 + ["B"] * 4 + ["C"] * 4})
    >>> aandeel_per_groep(att, "klas", waarden=["B", "C"]).round(1)
       klas   n  aantal  aandeel  ondergrens  bovengrens  onzeker
    0  4BOR  20       8     40.0        21.9        61.3    False
    1  6LAT   3       0      0.0         0.0        56.1     True
    """
    groepen = [groep] if isinstance(groep, str) else list(groep)
    waarden = [waarden] if isinstance(waarden, str) else list(waarden)
    controleer_kolommen(tabel, [*groepen, kolom])
    deel = tabel
    if schooljaar is not None:
        controleer_kolommen(tabel, ["schooljaar"])
        jaren = set(tabel["schooljaar"].dropna())
        if schooljaar not in jaren:
            raise ValueError(f"Het schooljaar {schooljaar!r} staat niet in de tabel. "
                             f"Beschikbaar: {', '.join(sorted(jaren))}.")
        deel = tabel[tabel["schooljaar"] == schooljaar]
    deel = deel.dropna(subset=[*groepen, kolom])
    treffer = deel[kolom].isin(waarden)
    uit = (deel.assign(_t=treffer).groupby(groepen, sort=True)["_t"]
           .agg(n="size", aantal="sum").reset_index())
    uit["aantal"] = uit["aantal"].astype(int)
    uit["aandeel"] = 100 * uit["aantal"] / uit["n"]
    grenzen = [wilson_interval(a, n) for a, n in zip(uit["aantal"], uit["n"], strict=True)]
    uit["ondergrens"] = [g[0] for g in grenzen]
    uit["bovengrens"] = [g[1] for g in grenzen]
    uit["onzeker"] = uit["n"] < min_n
    return uit


def _twee_waarden(tabel: pd.DataFrame, vergelijk: str,
                  tussen: tuple[str, str] | None) -> tuple[str, str]:
    aanwezig = sorted(tabel[vergelijk].dropna().unique())
    if tussen is None:
        if len(aanwezig) != 2:
            raise ValueError(f"De kolom {vergelijk!r} heeft {len(aanwezig)} waarden "
                             f"({', '.join(map(str, aanwezig))}); kies er twee met "
                             "tussen=(eerste, tweede).")
        return aanwezig[0], aanwezig[1]
    for w in tussen:
        if w not in aanwezig:
            raise ValueError(f"{w!r} staat niet in de kolom {vergelijk!r}. Beschikbaar: "
                             f"{', '.join(map(str, aanwezig))}.")
    return tussen[0], tussen[1]


def _richting(verschil: float) -> str:
    if abs(verschil) < 1e-9:
        return "gelijk"
    return "stijgt" if verschil > 0 else "daalt"


def simpson_tabel(
    tabel: pd.DataFrame,
    deelgroep: str = "finaliteit",
    vergelijk: str = "schooljaar",
    kolom: str = "attest",
    waarde: str = "C",
    *,
    tussen: tuple[str, str] | None = None,
) -> pd.DataFrame:
    """Aantallen en aandelen per deelgroep én voor het geheel, bij twee momenten.

    Eén rij per deelgroep (bv. A-stroom, B-stroom) en een laatste rij ``geheel``. Per moment
    (de twee waarden van `vergelijk`, bv. twee schooljaren): het aantal leerlingen ``n``, het
    aantal met `kolom` == `waarde` en het aandeel in procent; daarna het ``verschil`` in
    procentpunt en de ``richting`` (stijgt, daalt, gelijk). ``attrs["paradox"]`` is ``True``
    als het geheel de andere kant op gaat dan álle deelgroepen: de paradox van Simpson. Of de
    verschillen binnen de groepen groter zijn dan het toeval, zegt die vlag niet: kijk naar n.

    Voorbeeld
    ---------
    >>> att = pd.DataFrame({
    ...     "schooljaar": ["j1"] * 140 + ["j1"] * 40 + ["j2"] * 144 + ["j2"] * 15,
    ...     "finaliteit": ["A"] * 140 + ["B"] * 40 + ["A"] * 144 + ["B"] * 15,
    ...     "attest": (["C"] * 4 + ["A"] * 136 + ["C"] * 12 + ["A"] * 28
    ...                + ["C"] * 6 + ["A"] * 138 + ["C"] * 5 + ["A"] * 10)})
    >>> t = simpson_tabel(att)
    >>> t[["n j1", "C j1", "n j2", "C j2", "richting"]]
                n j1  C j1  n j2  C j2 richting
    finaliteit
    A            140     4   144     6   stijgt
    B             40    12    15     5   stijgt
    geheel       180    16   159    11    daalt
    >>> t.attrs["paradox"]
    True
    """
    controleer_kolommen(tabel, [deelgroep, vergelijk, kolom])
    eerste, tweede = _twee_waarden(tabel, vergelijk, tussen)
    deel = tabel[tabel[vergelijk].isin([eerste, tweede])].dropna(subset=[deelgroep, kolom])
    deel = deel.assign(_t=deel[kolom] == waarde)
    per = deel.groupby([deelgroep, vergelijk])["_t"].agg(n="size", aantal="sum")
    geheel = deel.groupby(vergelijk)["_t"].agg(n="size", aantal="sum")
    groepen = sorted(deel[deelgroep].unique(), key=str)
    rijen = []
    for g in [*groepen, "geheel"]:
        rij: dict[str, object] = {deelgroep: g}
        for moment in (eerste, tweede):
            bron = geheel if g == "geheel" else per.xs(g, level=deelgroep)
            n = int(bron["n"].get(moment, 0))
            aantal = int(bron["aantal"].get(moment, 0))
            rij[f"n {moment}"] = n
            rij[f"{waarde} {moment}"] = aantal
            rij[f"% {moment}"] = 100 * aantal / n if n else math.nan
        rij["verschil"] = rij[f"% {tweede}"] - rij[f"% {eerste}"]  # type: ignore[operator]
        rij["richting"] = _richting(float(rij["verschil"]))  # type: ignore[arg-type]
        rijen.append(rij)
    uit = pd.DataFrame(rijen).set_index(deelgroep)
    delen = uit.drop(index="geheel")["richting"]
    totaal = uit.loc["geheel", "richting"]
    uit.attrs["paradox"] = bool(len(delen) > 1 and delen.nunique() == 1
                                and delen.iloc[0] != "gelijk" and totaal != delen.iloc[0])
    uit.attrs["momenten"] = (eerste, tweede)
    uit.attrs["waarde"] = waarde
    return uit


def grafiek_simpson(simpson: pd.DataFrame, titel: str | None = None) -> go.Figure:
    """Het beeld bij `simpson_tabel`: per deelgroep een lijn, het geheel in het zwart.

    Bij elk punt staat n. Zo zie je tegelijk dat elke deelgroep stijgt én dat de groep met
    het hoogste aandeel kleiner werd: daardoor daalt het geheel.

    >>> att = pd.DataFrame({"schooljaar": ["j1", "j1", "j2", "j2"],
    ...                     "finaliteit": ["A", "B", "A", "B"], "attest": ["C", "A", "C", "A"]})
    >>> fig = grafiek_simpson(simpson_tabel(att))
    >>> [trace.name for trace in fig.data]
    ['A', 'B', 'geheel']
    """
    if "momenten" not in simpson.attrs:
        raise ValueError("grafiek_simpson verwacht de tabel van simpson_tabel.")
    eerste, tweede = simpson.attrs["momenten"]
    waarde = simpson.attrs.get("waarde", "")
    fig = go.Figure()
    for i, (g, rij) in enumerate(simpson.iterrows()):
        geheel = g == "geheel"
        ns = [int(rij[f"n {eerste}"]), int(rij[f"n {tweede}"])]
        fig.add_trace(go.Scatter(
            x=[eerste, tweede], y=[round(rij[f"% {eerste}"], 1), round(rij[f"% {tweede}"], 1)],
            mode="lines+markers+text", name=str(g),
            # n naast het punt, naar buiten (links bij het eerste, rechts bij het tweede
            # moment): zo overlappen de labels van dicht bij elkaar liggende lijnen niet
            text=[f"n = {getal(n)}" for n in ns], textposition=["middle left", "middle right"],
            textfont={"size": 14}, cliponaxis=False,
            line={"width": 4 if geheel else 2.5,
                  "dash": "dash" if geheel else "solid",
                  "color": "#222222" if geheel else lijnkleur(PALET[i % len(PALET)])},
            marker={"size": 12},
            customdata=[[rij[f"{waarde} {m}"], n] for m, n in zip((eerste, tweede), ns,
                                                                    strict=True)],
            hovertemplate=(f"{g}, %{{x}}: %{{customdata[0]}} van %{{customdata[1]}} "
                           f"(%{{y:.1f}} %)<extra></extra>")))
    pas_stijl_toe(fig, titel or f"Aandeel {waarde}-attesten: deelgroepen en geheel",
                  "Gestreept: het geheel. Bij elk punt: het aantal leerlingen n.", hoogte=460)
    hoogste = max(max(t.y) for t in fig.data) if fig.data else 100
    fig.update_yaxes(title_text=f"Aandeel {waarde} (%)", range=[0, hoogste * 1.15 + 1],
                     ticksuffix=" %")
    # ruimte links en rechts voor de n-labels
    fig.update_xaxes(title_text="", type="category", range=[-0.6, 1.6])
    rijen = [{"groep": str(g), f"% {eerste}": round(r[f"% {eerste}"], 1),
              f"n {eerste}": int(r[f"n {eerste}"]), f"% {tweede}": round(r[f"% {tweede}"], 1),
              f"n {tweede}": int(r[f"n {tweede}"])} for g, r in simpson.iterrows()]
    richting = {True: "stijgt", False: "daalt"}
    return beschrijf(
        fig,
        "; ".join(f"{r['groep']} {richting[r[f'% {tweede}'] > r[f'% {eerste}']]}"
                  for r in rijen) + f" (aandeel {waarde}, {eerste} → {tweede}).",
        "Lijndiagram met twee momenten per groep; gestreept is het geheel. "
        + "; ".join(f"{r['groep']}: {getal(r[f'% {eerste}'], 1)} % (n = {r[f'n {eerste}']}) → "
                    f"{getal(r[f'% {tweede}'], 1)} % (n = {r[f'n {tweede}']})" for r in rijen)
        + ".", rijen)


def vergelijk_met_referentie(
    tabel: pd.DataFrame,
    waarde: str = "score",
    referentie: str = "vlaams_gemiddelde",
    per: str | Sequence[str] = ("schooljaar", "toets"),
) -> pd.DataFrame:
    """Het gemiddelde van de school met een 95 %-interval, naast een referentie (Vlaanderen).

    Per groep (`per`): ``n``, ``gemiddelde``, ``ondergrens`` en ``bovengrens`` (95 %-
    betrouwbaarheidsinterval met de t-verdeling), de ``referentie``, het ``verschil`` en een
    ``besluit``: "hoger dan de referentie" of "lager dan de referentie" als de referentie
    buiten het interval valt, anders "verschil kan toeval zijn". Het Vlaamse gemiddelde
    steunt op zoveel leerlingen dat we het als vast getal behandelen.

    Voorbeeld
    ---------
    >>> t = pd.DataFrame({"toets": "wiskunde", "score": [50, 60, 70, 60, 55, 65],
    ...                   "vlaams_gemiddelde": 57.0})
    >>> r = vergelijk_met_referentie(t, per="toets")
    >>> r[["n", "gemiddelde", "referentie", "besluit"]]
              n  gemiddelde  referentie                  besluit
    toets
    wiskunde  6        60.0        57.0  verschil kan toeval zijn
    """
    groepen = [per] if isinstance(per, str) else list(per)
    controleer_kolommen(tabel, [*groepen, waarde, referentie])
    rijen = []
    for sleutel, deel in tabel.dropna(subset=[waarde]).groupby(groepen, sort=True):
        scores = pd.to_numeric(deel[waarde], errors="raise").to_numpy(dtype=float)
        refs = deel[referentie].dropna().unique()
        if len(refs) != 1:
            raise ValueError(f"De groep {sleutel} heeft {len(refs)} verschillende waarden in "
                             f"{referentie!r}; verwacht is één referentie per groep.")
        n = len(scores)
        gem = float(scores.mean())
        half = t_halve_breedte(scores)
        ref = float(refs[0])
        onder, boven = gem - half, gem + half
        if n > 1 and ref < onder:
            besluit = "hoger dan de referentie"
        elif n > 1 and ref > boven:
            besluit = "lager dan de referentie"
        else:
            besluit = "verschil kan toeval zijn"
        sleutel = sleutel if isinstance(sleutel, tuple) else (sleutel,)
        rijen.append({**dict(zip(groepen, sleutel, strict=True)), "n": n, "gemiddelde": gem,
                      "ondergrens": onder, "bovengrens": boven, "referentie": ref,
                      "verschil": gem - ref, "besluit": besluit})
    return pd.DataFrame(rijen).set_index(groepen)


def grafiek_referentie(vergelijking: pd.DataFrame, titel: str | None = None) -> go.Figure:
    """Het beeld bij `vergelijk_met_referentie`: de school met foutbalk, de referentie als ◆.

    Valt het ruitje binnen de foutbalk, dan kan het verschil toeval zijn.

    >>> t = pd.DataFrame({"schooljaar": "2025-2026", "toets": "wiskunde",
    ...                   "score": [50, 60, 70], "vlaams_gemiddelde": 57.0})
    >>> fig = grafiek_referentie(vergelijk_met_referentie(t))
    >>> [trace.name for trace in fig.data]
    ['school (95 %-interval)', 'Vlaams gemiddelde']
    """
    controleer_kolommen(vergelijking.reset_index(), ["gemiddelde", "ondergrens", "bovengrens",
                                             "referentie", "n"])
    labels = [" · ".join(map(str, k)) if isinstance(k, tuple) else str(k)
              for k in vergelijking.index]
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=vergelijking["gemiddelde"].round(1), y=labels, mode="markers",
        name="school (95 %-interval)", marker={"size": 12, "color": OKABE_ITO["blauw"]},
        error_x={"type": "data", "symmetric": False, "thickness": 2, "width": 6,
                 "array": (vergelijking["bovengrens"] - vergelijking["gemiddelde"]).round(2),
                 "arrayminus": (vergelijking["gemiddelde"] - vergelijking["ondergrens"]).round(2)},
        customdata=np.column_stack([vergelijking["n"], vergelijking["ondergrens"].round(1),
                                    vergelijking["bovengrens"].round(1)]),
        hovertemplate=("%{y}: %{x:.1f}<br>95 %-interval: %{customdata[1]:.1f} tot "
                       "%{customdata[2]:.1f}<br>n = %{customdata[0]}<extra></extra>")))
    fig.add_trace(go.Scatter(
        x=vergelijking["referentie"], y=labels, mode="markers", name="Vlaams gemiddelde",
        marker={"symbol": "diamond", "size": 13, "color": OKABE_ITO["vermiljoen"],
                "line": {"width": 1, "color": "white"}},
        hovertemplate="%{y}: Vlaams gemiddelde %{x:.1f}<extra></extra>"))
    pas_stijl_toe(fig, titel or "De school naast het Vlaamse gemiddelde",
                  "Bolletje met foutbalk: de school. Ruitje binnen de foutbalk: het verschil "
                  "kan toeval zijn.", hoogte=180 + 50 * len(labels))
    fig.update_xaxes(title_text="Gemiddelde score")
    fig.update_yaxes(autorange="reversed", showgrid=False)
    return fig


#: De widgets staan in `schooldata_lit.schermen.vergelijken` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.vergelijken",
                                ["attesten_widget", "interval_widget"])
