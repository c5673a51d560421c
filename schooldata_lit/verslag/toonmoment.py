"""Een toonmoment bouwen: onderdelen met één boodschap, één grafiek en hun context
(`Onderdeel`, `met_boodschap`, `met_annotatie`, `context_tekst`), de controles
(`controleer_grafiek`, `controleer_verslag`) en het verslag zelf (`bouw_verslag`,
`exporteer_verslag`, `bewaar_afbeelding`).
"""

from __future__ import annotations

import html
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..stijl import GRIJS, OKABE_ITO, PALET, getal, pas_stijl_toe
from ..toegankelijk import PLOTLY_INSTELLINGEN, toelichting_html

__all__ = ["Onderdeel", "Export", "AfbeeldingNietGelukt", "context_tekst", "met_boodschap",
           "met_annotatie", "misleidende_en_eerlijke_as", "controleer_grafiek",
           "controleer_verslag", "bouw_verslag", "bewaar_afbeelding", "exporteer_verslag"]


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
