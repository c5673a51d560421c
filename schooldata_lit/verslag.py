"""Data storytelling: van analyse naar een toonmoment voor collega's.

Een toonmoment (bv. op de personeelsvergadering) bestaat uit een paar **onderdelen**: telkens
één boodschap, één grafiek en de context die je nodig hebt om het getal te wegen (n, periode,
vergelijking). Deze module helpt daarbij:

* `met_boodschap()` zet de boodschap als titel en de context als ondertitel op een grafiek;
  `met_annotatie()` zet er een korte uitleg met een pijl bij;
* `context_tekst()` schrijft n, periode, vergelijking en bron netjes op één regel;
* `periodeverschil()` geeft de daling van één klas met n en een 95 %-interval;
  `periodeverschillen()` legt elke klas naast de andere klassen en zegt hoeveel klassen er
  vergeleken werden (wie 64 klassen bekijkt, vindt er bij toeval een paar "opvallende");
* `misleidende_en_eerlijke_as()` toont naast elkaar hoe een afgekapte as een kleine dip
  dramatisch maakt;
* `controleer_grafiek()` en `controleer_verslag()` geven vriendelijke opmerkingen (geen
  titel, afgekapte staafas, een ranglijst van leerlingen, ontbrekende context ...);
* `exporteer_verslag()` schrijft een HTML-verslag dat zonder internet opent en, als het
  pakket ``kaleido`` er is, een PNG-afbeelding per grafiek.

>>> import plotly.graph_objects as go
>>> fig = met_boodschap(go.Figure(go.Bar(x=["2024", "2025"], y=[12, 20])),
...                     "Meer B- en C-attesten dan vorig jaar", context_tekst(n=20))
>>> fig.layout.title.text
'Meer B- en C-attesten dan vorig jaar'
>>> controleer_grafiek(fig)
[]
"""

from __future__ import annotations

import html
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .indicatoren import percentages
from .kern.lui import lui_doorverwijzen
from .kern.statistiek import p_uit_z, t_halve_breedte
from .stijl import GRIJS, OKABE_ITO, PALET, getal, pas_stijl_toe
from .toegankelijk import PLOTLY_INSTELLINGEN, toelichting_html

__all__ = [
    "Onderdeel",
    "periodeverschillen",
    "Export",
    "AfbeeldingNietGelukt",
    "context_tekst",
    "met_boodschap",
    "met_annotatie",
    "gemiddelde_met_onzekerheid",
    "periodeverschil",
    "misleidende_en_eerlijke_as",
    "controleer_grafiek",
    "controleer_verslag",
    "bouw_verslag",
    "bewaar_afbeelding",
    "exporteer_verslag",
    "klascijfer_zin",
    "klas_per_periode",
]

_LEERLING_ID = re.compile(r"^L\d{4,}$")
_VEILIGE_KLEUREN = {k.upper() for k in (*PALET, *OKABE_ITO.values(), GRIJS, "#555555",
                                        "#444444", "#222222", "#FFFFFF", "WHITE", "BLACK")}


@dataclass(frozen=True)
class Onderdeel:
    """Eén stuk van een toonmoment: een boodschap (één zin), een grafiek en de context.

    `context` is een tekst of een woordenboek met bv. ``n``, ``periode``, ``vergelijking``
    en ``bron`` (zie `context_tekst`).
    """

    boodschap: str
    figuur: go.Figure
    context: str | Mapping[str, object] = ""

    def context_als_tekst(self) -> str:
        """De context als één regel tekst.

        >>> Onderdeel("x", go.Figure(), {"n": 20, "periode": "2025-2026"}).context_als_tekst()
        'n = 20 · periode: 2025-2026'
        """
        if isinstance(self.context, Mapping):
            return context_tekst(**self.context)
        return str(self.context or "").strip()


@dataclass
class Export:
    """Wat `exporteer_verslag` maakte: het verslag (altijd), de afbeeldingen (als het lukte)
    en meldingen over wat niet lukte."""

    map: Path
    verslag: Path
    afbeeldingen: list[Path] = field(default_factory=list)
    meldingen: list[str] = field(default_factory=list)


class AfbeeldingNietGelukt(RuntimeError):
    """Een grafiek kon niet als afbeelding (PNG) bewaard worden; de melding zegt waarom."""


def context_tekst(n: object = None, periode: str | None = None, vergelijking: str | None = None,
                  bron: str | None = None) -> str:
    """De context van een getal op één regel: n, periode, vergelijking en bron.

    >>> context_tekst(n="20 leerlingen", periode="2025-2026", vergelijking="vorige 5 jaren")
    'n = 20 leerlingen · periode: 2025-2026 · vergelijking: vorige 5 jaren'
    >>> context_tekst()
    ''
    """
    delen = []
    if n is not None and str(n).strip():
        delen.append(f"n = {getal(n) if isinstance(n, (int, float)) else n}")
    for naam, waarde in (("periode", periode), ("vergelijking", vergelijking),
                         ("bron", bron)):
        if waarde is not None and str(waarde).strip():
            delen.append(f"{naam}: {str(waarde).strip()}")
    return " · ".join(delen)


def met_boodschap(fig: go.Figure, boodschap: str, context: str | None = None) -> go.Figure:
    """Een kopie van `fig` met de boodschap als titel en de context als ondertitel.

    De titel zegt wat je collega's moeten onthouden ("De resultaten zijn terug op het niveau
    van voor corona"), niet wat er op de assen staat ("Gemiddelde per schooljaar").

    >>> oud = go.Figure(layout={"title": {"text": "Gemiddelde per jaar"}})
    >>> nieuw = met_boodschap(oud, "Terug op het niveau van voor corona", "n = 919")
    >>> oud.layout.title.text, nieuw.layout.title.subtitle.text
    ('Gemiddelde per jaar', 'n = 919')
    """
    if not isinstance(fig, go.Figure):
        raise TypeError(f"met_boodschap verwacht een plotly-figuur, geen {type(fig).__name__}.")
    if not str(boodschap or "").strip():
        raise ValueError("De boodschap is leeg: schrijf in één zin wat de grafiek toont.")
    return pas_stijl_toe(go.Figure(fig), str(boodschap).strip(),
                         context if context else None)


def met_annotatie(fig: go.Figure, x: object, y: float, tekst: str) -> go.Figure:
    """Een kopie van `fig` met een korte uitleg en een pijl naar het punt (x, y).

    >>> fig = met_annotatie(go.Figure(go.Scatter(x=[0, 1], y=[60, 63])), 1, 63, "corona")
    >>> fig.layout.annotations[0].text
    'corona'
    """
    nieuw = go.Figure(fig)
    nieuw.add_annotation(x=x, y=y, text=tekst, showarrow=True, arrowhead=2, arrowwidth=1.5,
                         arrowcolor="#444444", ax=0, ay=-50, bgcolor="white",
                         font={"size": 14, "color": "#222222"})
    return nieuw


def gemiddelde_met_onzekerheid(waarden: Iterable[float]) -> pd.Series:
    """Gemiddelde, n en het 95 %-betrouwbaarheidsinterval (t-verdeling) van een reeks getallen.

    >>> gemiddelde_met_onzekerheid([60, 70, 80]).round(1).to_dict()
    {'n': 3.0, 'gemiddelde': 70.0, 'ondergrens': 45.2, 'bovengrens': 94.8}
    """
    reeks = pd.Series(list(waarden), dtype="float64").dropna()
    n = len(reeks)
    gemiddelde = reeks.mean() if n else math.nan
    half = t_halve_breedte(reeks)
    return pd.Series({"n": float(n), "gemiddelde": gemiddelde, "ondergrens": gemiddelde - half,
                      "bovengrens": gemiddelde + half})


def periodeverschil(resultaten: pd.DataFrame, klas: str) -> pd.Series:
    """Hoeveel daalde (of steeg) een klas in de laatste periode, met n en een 95 %-interval?

    Per leerling van `klas`: het gemiddelde percentage in de laatste periode min dat in de
    periodes ervoor. Daarvan het gemiddelde (``verschil``) met een 95 %-interval
    (``ondergrens``, ``bovengrens``) en het aantal leerlingen ``n``, afgerond op 2 decimalen.

    Lees het interval voorzichtig. Het behandelt de leerlingen als onafhankelijk, maar ze
    maakten dezelfde toetsen: één moeilijke toets trekt de hele klas omlaag, en dat zit niet
    in het interval. Ligt 0 erbuiten, dan is dat dus nog geen "groter dan het toeval". Wie
    veel klassen bekijkt, vergelijkt beter met de andere klassen: `periodeverschillen`.

    >>> r = pd.DataFrame({"klas": "6X", "leerling_id": list("aabbcc"),
    ...                   "periode": ["P1", "P4"] * 3, "score": [7, 5, 6, 6, 8, 6],
    ...                   "maximum": 10})
    >>> periodeverschil(r, "6X")[["n", "verschil"]].to_dict()
    {'n': 3, 'verschil': -13.33}
    """
    for kolom in ("klas", "leerling_id", "periode", "score", "maximum"):
        if kolom not in resultaten.columns:
            raise ValueError(f"kolom {kolom!r} ontbreekt in de resultaten; wel aanwezig: "
                             f"{', '.join(map(str, resultaten.columns))}.")
    deel = percentages(resultaten.loc[resultaten["klas"] == klas])
    if deel.empty:
        klassen = ", ".join(sorted(map(str, resultaten["klas"].dropna().unique()))[:12])
        raise ValueError(f"Geen resultaten voor klas {klas!r}. Bv.: {klassen} ...")
    per = deel.groupby(["leerling_id", "periode"])["percentage"].mean().unstack("periode")
    laatste = max(per.columns)
    eerder = per.drop(columns=laatste).mean(axis=1)
    verschillen = (per[laatste] - eerder).dropna()
    samenvatting = gemiddelde_met_onzekerheid(verschillen)
    return pd.Series({"klas": klas, "periode": laatste, "n": int(samenvatting["n"]),
                      "eerder": round(eerder.mean(), 2), "laatste": round(per[laatste].mean(), 2),
                      "verschil": round(samenvatting["gemiddelde"], 2),
                      "ondergrens": round(samenvatting["ondergrens"], 2),
                      "bovengrens": round(samenvatting["bovengrens"], 2)})


def periodeverschillen(resultaten: pd.DataFrame, alfa: float = 0.05) -> pd.DataFrame:
    """Elke klas naast de andere klassen: valt haar verandering in de laatste periode op?

    Drie dingen die `periodeverschil` voor één klas niet ziet:

    1. **Gedeelde toetsen.** De leerlingen van een klas maakten dezelfde toetsen, dus zijn
       hun verschillen niet onafhankelijk. Daarom is hier de klas de eenheid: we vergelijken
       haar verschil met dat van de *andere* klassen. De spreiding die we verwachten telt
       twee delen op: wat klassen bovenop de leerlingen van elkaar verschillen (bv. een
       moeilijke toets) en het toeval van de leerlingen zelf (groter bij een kleine klas).
    2. **De hele school.** Als alle klassen wat zakken, is één klas die zakt niet bijzonder:
       ``t_o_v_andere_klassen`` is het verschil min het gemiddelde van de andere klassen.
    3. **Veel klassen tegelijk.** Wie 64 klassen bekijkt, vindt er bij toeval een paar met
       een kleine p. ``p_holm`` past de p-waarde aan voor het aantal klassen (Holm).

    Kolommen: ``klas``, ``n``, ``verschil``, ``ondergrens``, ``bovengrens`` (het interval
    van `periodeverschil`, dat leerlingen als onafhankelijk behandelt), ``0_buiten_interval``,
    ``t_o_v_andere_klassen``, ``z``, ``p``, ``p_holm`` en ``opvallend_na_correctie``. In
    ``.attrs``: ``aantal_vergelijkingen``, ``verwacht_bij_toeval``, ``schoolverschil`` (de
    gemiddelde verandering per leerling in de hele school) en ``uitleg``.

    >>> r = pd.DataFrame({"klas": [k for k in "ABCDE" for _ in range(4)],
    ...     "leerling_id": [f"{k}{i}" for k in "ABCDE" for i in (1, 1, 2, 2)],
    ...     "periode": ["P1", "P4"] * 10,
    ...     "score": [6, 5, 7, 6, 6, 6, 7, 7, 5, 5, 6, 6, 7, 6, 6, 6, 8, 2, 7, 3],
    ...     "maximum": 10})
    >>> t = periodeverschillen(r)
    >>> t[["klas", "verschil", "0_buiten_interval"]].to_dict("list")["verschil"]
    [-10.0, 0.0, 0.0, -5.0, -50.0]
    >>> t.attrs["aantal_vergelijkingen"]
    5
    """
    from .vergelijken import veel_vergelijkingen

    klassen = sorted(map(str, resultaten["klas"].dropna().unique()))
    tabel = pd.DataFrame([periodeverschil(resultaten, k) for k in klassen])
    tabel["0_buiten_interval"] = (tabel["ondergrens"] > 0) | (tabel["bovengrens"] < 0)
    # de verschillen per leerling, om de spreiding binnen een klas te schatten (samen genomen)
    p = percentages(resultaten)
    per = p.groupby(["klas", "leerling_id", "periode"])["percentage"].mean().unstack("periode")
    laatste = max(per.columns)
    per_leerling = (per[laatste] - per.drop(columns=laatste).mean(axis=1)).dropna()
    binnen = per_leerling.groupby(level="klas").var(ddof=1)
    aantal = per_leerling.groupby(level="klas").size()
    sigma2 = float(((aantal - 1) * binnen).sum() / max((aantal - 1).sum(), 1))
    verschil = tabel["verschil"].astype(float)
    n = tabel["n"].astype(float).clip(lower=1)
    k = len(tabel)
    # spreiding tussen klassen die niet van de leerlingen komt (bv. een moeilijke toets)
    tau2 = max(0.0, float(verschil.var(ddof=1)) - float((sigma2 / n).mean())) if k > 2 else 0.0
    ander_gem = (verschil.sum() - verschil) / max(k - 1, 1)
    tabel["t_o_v_andere_klassen"] = (verschil - ander_gem).round(2)
    spreiding = (tau2 + sigma2 / n + (tau2 + sigma2 / n.mean()) / max(k - 1, 1)) ** 0.5
    tabel["z"] = (tabel["t_o_v_andere_klassen"] / spreiding.where(spreiding > 0)).round(2)
    tabel["p"] = [p_uit_z(float(z)) for z in tabel["z"]]
    uit = veel_vergelijkingen(tabel, "p", alfa, wat="klassen")
    school = per_leerling.mean()
    uit.attrs["schoolverschil"] = round(float(school), 2)
    uit.attrs["naief_opvallend"] = int(tabel["0_buiten_interval"].sum())
    uit.attrs["uitleg"] = (
        f"{uit.attrs['naief_opvallend']} van de {k} klassen hebben een interval zonder 0, maar "
        f"dat interval behandelt leerlingen als onafhankelijk terwijl ze dezelfde toetsen "
        f"maakten. De hele school veranderde gemiddeld {getal(school, 1)} procentpunten. "
        f"Vergeleken met de andere klassen: " + uit.attrs["uitleg"])
    return uit


def misleidende_en_eerlijke_as(tabel: pd.DataFrame, x: str, y: str, *, titel: str | None = None,
                               y_titel: str | None = None, maximum: float = 100) -> go.Figure:
    """Dezelfde cijfers twee keer als staven: links met een afgekapte as (misleidend),
    rechts met een as vanaf 0 (eerlijk).

    Een staaf toont een hoeveelheid met haar lengte; begint de as niet bij 0, dan lijkt een
    verschil van een paar procentpunten een ineenstorting.

    >>> t = pd.DataFrame({"jaar": ["2020", "2021", "2022"], "gemiddelde": [67.0, 62.8, 64.0]})
    >>> fig = misleidende_en_eerlijke_as(t, "jaar", "gemiddelde")
    >>> fig.layout.yaxis.range[0] > 0, tuple(fig.layout.yaxis2.range)
    (True, (0, 100))
    """
    for kolom in (x, y):
        if kolom not in tabel.columns:
            raise ValueError(f"kolom {kolom!r} ontbreekt; wel aanwezig: "
                             f"{', '.join(map(str, tabel.columns))}.")
    waarden = tabel[y].astype(float)
    onder = math.floor(waarden.min() - 0.5)
    boven = math.ceil(waarden.max() + 0.5)
    fig = make_subplots(rows=1, cols=2, horizontal_spacing=0.12, subplot_titles=(
        f"Misleidend: de as begint bij {getal(onder)}", "Eerlijk: de as begint bij 0"))
    for kolom, kleur in ((1, OKABE_ITO["vermiljoen"]), (2, OKABE_ITO["blauw"])):
        fig.add_trace(go.Bar(x=tabel[x].astype(str), y=waarden.round(1), marker_color=kleur,
                             showlegend=False, texttemplate="%{y:.1f}", textposition="outside",
                             cliponaxis=False), row=1, col=kolom)
    pas_stijl_toe(fig, titel or "Dezelfde cijfers, twee verhalen",
                  "Links lijkt het een ineenstorting, rechts zie je hoe groot het verschil "
                  "echt is.", hoogte=460)
    fig.update_yaxes(title_text=y_titel or y.replace("_", " "), row=1, col=1,
                     range=[onder, boven])
    fig.update_yaxes(range=[0, maximum], row=1, col=2)
    return fig


def _as_begint_niet_bij_nul(fig: go.Figure) -> bool:
    for spoor in fig.data:
        if spoor.type != "bar" or spoor.orientation == "h":
            continue
        naam = "yaxis" + (spoor.yaxis[1:] if spoor.yaxis and spoor.yaxis != "y" else "")
        as_ = fig.layout[naam]
        if as_.range is not None and as_.range[0] is not None and as_.range[0] > 0:
            return True
    return False


def _kleuren(fig: go.Figure) -> set[str]:
    gevonden: set[str] = set()
    for spoor in fig.data:
        for onderdeel in ("marker", "line"):
            kleur = getattr(getattr(spoor, onderdeel, None), "color", None)
            kleuren = kleur if isinstance(kleur, (list, tuple)) else [kleur]
            gevonden |= {k.upper() for k in kleuren if isinstance(k, str) and k.startswith("#")}
    return gevonden


def _waarden(spoor, as_: str) -> list:
    waarden = getattr(spoor, as_, None)
    return [] if waarden is None else list(waarden)


def controleer_grafiek(fig: go.Figure) -> list[str]:
    """Vriendelijke opmerkingen bij een grafiek voor een toonmoment (lege lijst: in orde).

    Gecontroleerd: is er een titel (de boodschap); begint de as van staven bij 0; staan er
    leerlingen (pseudoniemen zoals L00042) op een as, wat een ranglijst van leerlingen zou
    zijn; zijn er niet te veel reeksen voor één boodschap; komen zelfgekozen kleuren uit het
    kleurenblindveilige palet.

    >>> fig = go.Figure(go.Bar(x=["L00012", "L00345"], y=[81, 54]))
    >>> for opmerking in controleer_grafiek(fig):
    ...     print(opmerking[:55])
    De grafiek heeft geen titel. Zet de boodschap in de tit
    Er staan leerlingen (pseudoniemen) op een as: dat wordt
    """
    if not isinstance(fig, go.Figure):
        raise TypeError(f"controleer_grafiek verwacht een plotly-figuur, geen "
                        f"{type(fig).__name__}.")
    opmerkingen = []
    if not (fig.layout.title.text or "").strip():
        opmerkingen.append("De grafiek heeft geen titel. Zet de boodschap in de titel, in één "
                           "zin: wat moeten collega's onthouden?")
    if _as_begint_niet_bij_nul(fig):
        opmerkingen.append("De as van de staven begint niet bij 0. Zo lijkt een klein verschil "
                           "groot: laat de as bij 0 beginnen of gebruik punten of een lijn.")
    if any(isinstance(w, str) and _LEERLING_ID.match(w)
           for spoor in fig.data for as_ in ("x", "y") for w in _waarden(spoor, as_)):
        opmerkingen.append("Er staan leerlingen (pseudoniemen) op een as: dat wordt snel een "
                           "ranglijst. Toon klassen of groepen, nooit leerlingen naast elkaar.")
    zichtbaar = [s for s in fig.data if s.showlegend is not False]
    if len(zichtbaar) > 5:
        opmerkingen.append(f"De grafiek heeft {len(zichtbaar)} reeksen. Eén boodschap per "
                           "grafiek: toon enkel wat de boodschap nodig heeft.")
    vreemd = sorted(_kleuren(fig) - _VEILIGE_KLEUREN)
    if vreemd:
        opmerkingen.append(f"De kleur(en) {', '.join(vreemd)} komen niet uit het "
                           "kleurenblindveilige palet (schooldata_lit.stijl.PALET).")
    return opmerkingen


def controleer_verslag(onderdelen: Sequence[Onderdeel]) -> list[str]:
    """De opmerkingen van `controleer_grafiek` voor elk onderdeel, plus: staat er context bij
    (n en een periode), en is de titel van de grafiek de boodschap?

    >>> fig = met_boodschap(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), "Het stijgt")
    >>> controleer_verslag([Onderdeel("Het stijgt", fig, {"periode": "2025-2026"})])
    ['Onderdeel 1: vermeld n (op hoeveel leerlingen steunt het getal?).']
    """
    if not onderdelen:
        return ["Het verslag heeft nog geen onderdelen."]
    opmerkingen = []
    for i, deel in enumerate(onderdelen, start=1):
        if not isinstance(deel, Onderdeel):
            raise TypeError(f"onderdeel {i} is een {type(deel).__name__}, geen Onderdeel.")
        eigen = controleer_grafiek(deel.figuur)
        context = deel.context_als_tekst()
        if "n =" not in context:
            eigen.append("vermeld n (op hoeveel leerlingen steunt het getal?).")
        if "periode" not in context:
            eigen.append("vermeld de periode (welk schooljaar of welke maanden?).")
        titel = (deel.figuur.layout.title.text or "").strip()
        if titel and titel != deel.boodschap.strip():
            eigen.append("de titel van de grafiek is niet de boodschap. Gebruik met_boodschap().")
        opmerkingen += [f"Onderdeel {i}: {o}" for o in eigen]
    return opmerkingen


def _zonder_herhaling(fig: go.Figure, boodschap: str, context: str) -> go.Figure:
    """Een kopie zonder de titel (de kop van het onderdeel zegt de boodschap al) en zonder een
    ondertitel die ook in de context staat: zo herhaalt het verslag niets."""
    kopie = go.Figure(fig)
    titel = kopie.layout.title.text or ""
    onder = kopie.layout.title.subtitle.text or ""
    if titel.strip() == str(boodschap).strip():
        kopie.update_layout(title_text="")
    if onder and onder.strip() in context:
        kopie.update_layout(title_subtitle_text="")
    if not kopie.layout.title.text and not kopie.layout.title.subtitle.text:
        kopie.update_layout(margin_t=60)
    return kopie


def bouw_verslag(titel: str, onderdelen: Sequence[Onderdeel], inleiding: str = "",
                 afsluiter: str = "", plotlyjs: str = "inbedden") -> str:
    """Het verslag als één HTML-document: per onderdeel de boodschap, de grafiek en de context.

    Parameters
    ----------
    plotlyjs : ``"inbedden"`` (standaard: het verslag opent ook zonder internet, ongeveer
        5 MB) of ``"cdn"`` (klein bestand, maar het haalt plotly van het internet).

    >>> fig = met_boodschap(go.Figure(go.Bar(x=["a"], y=[1])), "Eén boodschap")
    >>> tekst = bouw_verslag("Toonmoment", [Onderdeel("Eén boodschap", fig, "n = 5")],
    ...                      plotlyjs="cdn")
    >>> "<h2>1. Eén boodschap</h2>" in tekst, "grafiek-1" in tekst
    (True, True)
    """
    if plotlyjs not in ("inbedden", "cdn"):
        raise ValueError(f"plotlyjs moet 'inbedden' of 'cdn' zijn, niet {plotlyjs!r}.")
    delen = ["<!DOCTYPE html>", "<html lang='nl'><head><meta charset='utf-8'>",
             f"<title>{html.escape(titel)}</title>",
             "<style>body{font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:60em;"
             "margin:2em auto;color:#222}.context{color:#555;font-size:.95em;"
             "border-left:4px solid #56B4E9;padding-left:.8em}footer{color:#777;"
             "margin-top:3em;font-size:.9em}</style>", "</head><body>",
             f"<h1>{html.escape(titel)}</h1>"]
    if inleiding:
        delen.append(f"<p>{html.escape(inleiding)}</p>")
    for i, deel in enumerate(onderdelen, start=1):
        insluiten: bool | str = (i == 1) if plotlyjs == "inbedden" else "cdn"
        context = deel.context_als_tekst()
        delen += [f"<section><h2>{i}. {html.escape(deel.boodschap)}</h2>",
                  _zonder_herhaling(deel.figuur, deel.boodschap, context).to_html(
                      full_html=False, include_plotlyjs=insluiten, div_id=f"grafiek-{i}",
                      config=PLOTLY_INSTELLINGEN),
                  toelichting_html(deel.figuur),
                  f"<p class='context'>{html.escape(context)}</p></section>"]
    if afsluiter:
        delen.append(f"<p>{html.escape(afsluiter)}</p>")
    delen += ["<footer>Een knipperlicht is een vraag voor een gesprek, geen oordeel. "
              "Dit verslag toont geen gegevens van individuele leerlingen.</footer>",
              "</body></html>"]
    return "\n".join(delen) + "\n"


def bewaar_afbeelding(fig: go.Figure, pad: str | os.PathLike, breedte: int = 1000,
                      hoogte: int = 600) -> Path:
    """Bewaar een grafiek als afbeelding (PNG, of SVG/PDF volgens de extensie van `pad`).

    Daarvoor is het pakket ``kaleido`` nodig, dat op zijn beurt Chrome of Chromium gebruikt.
    Lukt het niet, dan volgt een `AfbeeldingNietGelukt` met uitleg in het Nederlands.
    """
    pad = Path(pad)
    try:
        import kaleido  # noqa: F401
    except ImportError as fout:
        raise AfbeeldingNietGelukt(
            "Een afbeelding (PNG) maken lukt hier niet: het pakket 'kaleido' is niet "
            "geïnstalleerd. Vraag wie de cursus installeerde om 'pip install kaleido' (kaleido "
            "gebruikt Chrome of Chromium op deze computer). Het HTML-verslag werkt wel: open "
            "het in een browser en bewaar een grafiek met het fototoestel-icoon.") from fout
    pad.parent.mkdir(parents=True, exist_ok=True)
    try:
        fig.write_image(str(pad), width=breedte, height=hoogte, scale=2)
    except Exception as fout:  # kaleido meldt o.a. een ontbrekende browser
        raise AfbeeldingNietGelukt(
            f"De afbeelding {pad.name} kon niet gemaakt worden ({type(fout).__name__}). "
            "Meestal ontbreekt Chrome of Chromium: installeer het, of wijs het aan met de "
            "omgevingsvariabele BROWSER_PATH (bv. /usr/bin/chromium). Het HTML-verslag werkt "
            "wel.") from fout
    return pad


def exporteer_verslag(titel: str, onderdelen: Sequence[Onderdeel],
                      map: str | os.PathLike = "toonmoment", *, inleiding: str = "",
                      afsluiter: str = "", afbeeldingen: bool = True,
                      plotlyjs: str = "inbedden") -> Export:
    """Schrijf een toonmoment naar `map`: altijd ``verslag.html``, en met `afbeeldingen` ook
    ``grafiek_1.png``, ``grafiek_2.png`` ... als dat op deze computer lukt (zie
    `bewaar_afbeelding`). Wat niet lukte, staat in ``Export.meldingen``; het verslag zelf
    is er altijd.

    Geeft terug
    -----------
    Export : met ``verslag`` (het pad van het verslag), ``afbeeldingen`` en ``meldingen``.

    >>> import tempfile
    >>> fig = met_boodschap(go.Figure(go.Bar(x=["a"], y=[1])), "Eén boodschap")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     uit = exporteer_verslag("Toonmoment", [Onderdeel("Eén boodschap", fig, "n = 5")],
    ...                             Path(tmp) / "toonmoment", afbeeldingen=False,
    ...                             plotlyjs="cdn")
    ...     uit.verslag.name, uit.verslag.exists()
    ('verslag.html', True)
    """
    if not onderdelen:
        raise ValueError("Er zijn geen onderdelen: geef minstens één Onderdeel(boodschap, "
                         "figuur, context).")
    map_ = Path(map)
    map_.mkdir(parents=True, exist_ok=True)
    verslag = map_ / "verslag.html"
    verslag.write_text(bouw_verslag(titel, onderdelen, inleiding, afsluiter, plotlyjs),
                       encoding="utf-8")
    uitkomst = Export(map=map_, verslag=verslag)
    if afbeeldingen:
        for i, deel in enumerate(onderdelen, start=1):
            try:
                uitkomst.afbeeldingen.append(bewaar_afbeelding(deel.figuur,
                                                               map_ / f"grafiek_{i}.png"))
            except AfbeeldingNietGelukt as fout:
                uitkomst.meldingen.append(str(fout))
                break  # dezelfde reden geldt voor de volgende grafieken
    return uitkomst


def klascijfer_zin(resultaten: pd.DataFrame, klas: str, min_n: int = 10,
                   alle_klassen: pd.DataFrame | None = None) -> str:
    """Het verschil van een klas in de laatste periode in één zin, met n, onzekerheid en
    hoeveel klassen er vergeleken werden.

    `alle_klassen` is de uitkomst van `periodeverschillen` (geef ze mee als je de zin voor
    veel klassen maakt: dan wordt ze maar één keer berekend).

    >>> r = pd.DataFrame({"klas": "6X", "leerling_id": list("aabbcc"),
    ...                   "periode": ["P1", "P4"] * 3, "score": [7, 5, 6, 6, 8, 6],
    ...                   "maximum": 10})
    >>> print(klascijfer_zin(r, "6X"))  # doctest: +ELLIPSIS
    6X (n = 3): in P4 gemiddeld -13,3 procentpunten ten opzichte van de periodes ervoor ...
    """
    r = periodeverschil(resultaten, klas)
    zin = (f"{klas} (n = {r['n']}): in {r['periode']} gemiddeld {getal(r['verschil'], 1)} "
           f"procentpunten ten opzichte van de periodes ervoor (95 %-interval "
           f"{getal(r['ondergrens'], 1)} tot {getal(r['bovengrens'], 1)}, als de leerlingen "
           f"onafhankelijk waren). ")
    if pd.isna(r["ondergrens"]):
        zin += "Met één leerling is er geen interval: toon dit niet."
    elif r["ondergrens"] <= 0 <= r["bovengrens"]:
        zin += "0 ligt binnen het interval: dit kan toeval zijn, een vraag en geen conclusie."
    else:
        zin += ("0 ligt buiten het interval, maar de leerlingen maakten dezelfde toetsen: "
                "dat alleen maakt het nog geen signaal.")
    if alle_klassen is None and resultaten["klas"].nunique() > 2:
        alle_klassen = periodeverschillen(resultaten)
    if alle_klassen is not None and klas in set(alle_klassen["klas"]):
        rij = alle_klassen.set_index("klas").loc[klas]
        m = alle_klassen.attrs["aantal_vergelijkingen"]
        zin += (f" Naast de andere klassen ({m} vergeleken; de hele school veranderde "
                f"{getal(alle_klassen.attrs['schoolverschil'], 1)}): "
                f"{getal(rij['t_o_v_andere_klassen'], 1)} procentpunten t.o.v. de andere "
                f"klassen, ")
        zin += ("opvallend, ook na correctie voor het aantal klassen: een vraag voor het team."
                if rij["opvallend_na_correctie"] else
                "niet opvallend na correctie voor het aantal klassen.")
    if r["n"] < min_n:
        zin += f" Kleine groep (minder dan {min_n}): niet tonen op een personeelsvergadering."
    return zin


def klas_per_periode(resultaten: pd.DataFrame, klas: str, afgekapt: bool = False) -> go.Figure:
    """Het klasgemiddelde per periode als staven, met n; met `afgekapt=True` begint de as
    net onder het laagste gemiddelde (om te tonen hoe dat misleidt).

    >>> r = pd.DataFrame({"klas": "6X", "leerling_id": list("aabb"),
    ...                   "periode": ["P1", "P4"] * 2, "score": [7, 5, 6, 6], "maximum": 10})
    >>> klas_per_periode(r, "6X").layout.yaxis.range
    (0, 100)
    """
    deel = percentages(resultaten.loc[resultaten["klas"] == klas])
    if deel.empty:
        raise ValueError(f"Geen resultaten voor klas {klas!r}.")
    per = (deel.groupby(["periode", "leerling_id"])["percentage"].mean()
           .groupby("periode").agg(["mean", "size"]))
    fig = go.Figure(go.Bar(x=list(per.index), y=per["mean"].round(1),
                           marker_color=OKABE_ITO["vermiljoen" if afgekapt else "blauw"],
                           texttemplate="%{y:.1f}", textposition="outside", cliponaxis=False,
                           customdata=per["size"], hovertemplate="%{x}: %{y:.1f} "
                           "(n = %{customdata})<extra></extra>"))
    n = int(deel["leerling_id"].nunique())
    if afgekapt:
        onder = math.floor(per["mean"].min() - 0.5)
        bereik = [onder, math.ceil(per["mean"].max() + 0.5)]
        uitleg = f"Afgekapte as (vanaf {onder}): het verschil lijkt groter dan het is."
    else:
        bereik = [0, 100]
        uitleg = "As vanaf 0: de lengte van elke staaf klopt."
    pas_stijl_toe(fig, f"Klas {klas}: gemiddelde per periode (n = {n} leerlingen)", uitleg,
                  hoogte=420)
    fig.update_yaxes(range=bereik, title_text="Gemiddelde (%)")
    fig.update_xaxes(title_text="Periode")
    return fig


#: De widgets staan in `schooldata_lit.schermen.verslag` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.verslag", ["klascijfer_verkenner"])
