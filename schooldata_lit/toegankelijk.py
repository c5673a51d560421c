"""Elke grafiek van de cursus: privé, in het Nederlands en toegankelijk (WCAG 2.2 AA).

Plotly tekent grafieken als een plaatje zonder tekst voor schermlezers, en de werkbalk
van plotly biedt standaard een knop "Share chart..." die de grafiek naar een clouddienst
stuurt. Deze module regelt dat voor de hele cursus, op één plek:

* **Eén werkbalkconfiguratie** (`PLOTLY_INSTELLINGEN`): geen knop om te delen of online te
  bewerken, geen plotly-logo, Nederlandse knopteksten en een afbeelding als download.
  Ze geldt voor elke weergave van plotly in deze sessie (JupyterLab, Voilà) en de
  cursuswebsite gebruikt dezelfde instellingen.
* **Tekstalternatieven**: elke grafiekfunctie van de bibliotheek schrijft met `beschrijf`
  een korte boodschap, een langere beschrijving (schalen, waarden, trend) en de gegevens als
  tabel bij haar figuur. Onder elke getoonde grafiek komt dan een blok met die teksten, de
  tabel (uitklapbaar) en een download als tabel (CSV). Een figuur zonder eigen teksten krijgt
  een beschrijving die uit de figuur zelf is afgeleid (titel, assen, reeksen).

>>> import plotly.graph_objects as go
>>> fig = go.Figure(go.Bar(x=["1A", "1B"], y=[12, 15]))
>>> fig = beschrijf(fig, "1B heeft 3 leerlingen meer dan 1A.",
...                 "Staafdiagram: aantal leerlingen per klas, 1A 12 en 1B 15.",
...                 [{"klas": "1A", "leerlingen": 12}, {"klas": "1B", "leerlingen": 15}])
>>> tekstalternatief(fig)["kort"]
'1B heeft 3 leerlingen meer dan 1A.'
>>> PLOTLY_INSTELLINGEN["showSendToCloud"]  # geen knop "Share chart..." naar een cloud
False
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import numbers
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

__all__ = [
    "PLOTLY_INSTELLINGEN",
    "beschrijf",
    "tekstalternatief",
    "toelichting_html",
    "opmaak_waarde",
    "opsomming",
    "Opsomming",
    "te_weinig_contrast",
    "nette_tabel",
    "afdrukbare_samenvatting",
    "WIDGET_HULP_HTML",
    "activeer",
]

#: Sleutel in ``layout.meta`` waaronder de teksten van een grafiek bewaard worden (zo reizen
#: ze mee in de notebook, naar Voilà en naar de website).
META_SLEUTEL = "schooldata_tekstalternatief"

#: Zoveel rijen toont de tabel onder een grafiek; de CSV-download bevat altijd alles.
MAX_RIJEN = 60

_NL_WOORDENBOEK = {
    "Autoscale": "Automatisch schalen",
    "Box Select": "Rechthoek selecteren",
    "Click to enter Colorscale title": "Klik om een titel voor de kleurenschaal te typen",
    "Click to enter Component A title": "Klik om een titel te typen",
    "Click to enter Plot title": "Klik om een titel te typen",
    "Click to enter X axis title": "Klik om een titel voor de x-as te typen",
    "Click to enter Y axis title": "Klik om een titel voor de y-as te typen",
    "Compare data on hover": "Gegevens vergelijken bij aanwijzen",
    "Double-click on legend to isolate one trace": "Dubbelklik op de legende om één reeks "
                                                   "apart te tonen",
    "Double-click to zoom back out": "Dubbelklik om uit te zoomen",
    "Download plot": "Download als afbeelding",
    "Download plot as a png": "Download als afbeelding (PNG)",
    "Download plot as a PNG": "Download als afbeelding (PNG)",
    "Download plot as JSON": "Download als JSON",
    "JSON download succeeded": "JSON gedownload",
    "Preparing image - this may take a few seconds": "Afbeelding maken - even geduld",
    "Sorry, there was a problem downloading your image!": "Het downloaden van de afbeelding "
                                                          "is mislukt.",
    "Sorry, there was a problem downloading your JSON file!": "Het downloaden is mislukt.",
    "Share chart...": "Delen (uitgeschakeld)",
    "Edit in Chart Studio": "Bewerken",
    "IE only supports svg.  Changing format to svg.": "Deze browser kent enkel svg.",
    "Lasso Select": "Lasso selecteren",
    "Orbital rotation": "Draaien",
    "Pan": "Verschuiven",
    "Produced with Plotly.js": "Gemaakt met Plotly.js",
    "Reset": "Terugzetten",
    "Reset axes": "Assen terugzetten",
    "Reset camera to default": "Camera terugzetten",
    "Reset camera to last save": "Camera terugzetten",
    "Reset view": "Beeld terugzetten",
    "Reset views": "Beelden terugzetten",
    "Show closest data on hover": "Dichtstbijzijnde gegevens tonen bij aanwijzen",
    "Snapshot succeeded": "Afbeelding gemaakt",
    "Sorry, there was a problem downloading your snapshot!": "Het downloaden van de "
                                                             "afbeelding is mislukt.",
    "Taking snapshot - this may take a few seconds": "Afbeelding maken - even geduld",
    "Image download succeeded": "Afbeelding gedownload",
    "Toggle Spike Lines": "Hulplijnen aan/uit",
    "Toggle show closest data on hover": "Gegevens bij aanwijzen aan/uit",
    "Turntable rotation": "Draaischijf",
    "Zoom": "Inzoomen (rechthoek)",
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    "close:": "slot:",
    "high:": "hoog:",
    "low:": "laag:",
    "open:": "open:",
    "trace": "reeks",
    "max": "max",
    "min": "min",
    "median": "mediaan",
    "mean ± σ": "gemiddelde ± σ",
    "mean": "gemiddelde",
    "q1": "Q1",
    "q3": "Q3",
    "upper fence": "bovengrens",
    "lower fence": "ondergrens",
}

_NL_FORMAAT = {
    "days": ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    "shortDays": ["zo", "ma", "di", "wo", "do", "vr", "za"],
    "months": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december"],
    "shortMonths": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                    "nov", "dec"],
    "date": "%d-%m-%Y",
    "decimal": ",",
    "thousands": ".",
}

#: De plotly-configuratie van de cursus: privé (niets naar een cloud), Nederlandse
#: knopteksten, enkel de knoppen die een leerkracht nodig heeft.
PLOTLY_INSTELLINGEN: dict[str, Any] = {
    "displaylogo": False,
    "showSendToCloud": False,
    "responsive": True,
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["sendDataToCloud", "editInChartStudio", "lasso2d", "select2d",
                               "toggleSpikelines"],
    "toImageButtonOptions": {"format": "png", "filename": "grafiek", "scale": 2},
    "locale": "nl",
    "locales": {"nl": {"dictionary": _NL_WOORDENBOEK, "format": _NL_FORMAAT}},
}

#: Opmaak voor het blok onder een grafiek en voor de werkbalk van plotly: knoppen van
#: minstens 24 × 24 px (WCAG 2.5.8) en een zichtbare focus.
CSS = (
    ".sd-alt{font-size:0.95em;margin:0.2em 0 1em 0;color:#222}"
    ".sd-alt p{margin:0.2em 0}"
    ".sd-alt summary{cursor:pointer;color:#0b5394}"
    ".sd-alt table{border-collapse:collapse;margin:0.4em 0;font-size:0.9em}"
    ".sd-alt th,.sd-alt td{border:1px solid #999;padding:2px 8px;text-align:left}"
    ".sd-alt td.sd-getal{text-align:right}"
    ".sd-alt a{color:#0b5394;text-decoration:underline!important}"
    ".sd-alt :focus-visible,.modebar-btn:focus-visible{outline:3px solid #0072B2;"
    "outline-offset:2px}"
    ".js-plotly-plot .modebar-btn{min-width:24px;min-height:24px;box-sizing:border-box;"
    "display:inline-flex!important;align-items:center;justify-content:center}"
)


# ------------------------------------------------------------------------- waarden als tekst

def opsomming(waarden: object, decimalen: int = 1) -> str:
    """Een lijst zoals je ze in een zin schrijft: "a, b en c" (zonder haakjes of
    aanhalingstekens); elk element zoals `opmaak_waarde` het toont. Leeg: "—".

    >>> opsomming(["privacy", "duidelijkheid", "motivatie"])
    'privacy, duidelijkheid en motivatie'
    >>> opsomming(("4BOR",)), opsomming([]), opsomming([1.25, True])
    ('4BOR', '—', '1,2 en ja')
    """
    delen = [opmaak_waarde(w, decimalen) for w in list(waarden)]  # type: ignore[call-overload]
    if not delen:
        return "—"
    return delen[0] if len(delen) == 1 else f"{', '.join(delen[:-1])} en {delen[-1]}"


class Opsomming(list):
    """Een gewone Python-lijst die zich in een notebook toont als een lijst met opsomtekens,
    zonder haakjes en aanhalingstekens (elk element volledig en links uitgelijnd).

    >>> rest = Opsomming(["niks", "punten in grafieken zien"])
    >>> rest == ["niks", "punten in grafieken zien"]
    True
    >>> print(rest._repr_html_())
    <ul class="sd-opsomming"><li>niks</li><li>punten in grafieken zien</li></ul>
    """

    def _repr_html_(self) -> str:
        if not self:
            return "<p><i>(geen)</i></p>"
        items = "".join(f"<li>{html.escape(opmaak_waarde(w))}</li>" for w in self)
        return f'<ul class="sd-opsomming">{items}</ul>'


def opmaak_waarde(waarde: object, decimalen: int = 1) -> str:
    """Eén waarde zoals een leerkracht ze leest: ja/nee, "—" voor ontbrekend, decimale komma,
    een lijst als "a, b en c".

    >>> [opmaak_waarde(x) for x in (True, False, None, float("nan"), 3, 62.5, 0.125, "1A")]
    ['ja', 'nee', '—', '—', '3', '62,5', '0,1', '1A']
    >>> opmaak_waarde(1234.5)
    '1.234,5'
    >>> opmaak_waarde(["privacy", "motivatie"])
    'privacy en motivatie'
    """
    if isinstance(waarde, list | tuple | set | frozenset | np.ndarray | pd.Series):
        return opsomming(sorted(waarde, key=str) if isinstance(waarde, set | frozenset)
                         else waarde, decimalen)
    if waarde is None or waarde is pd.NA or waarde is pd.NaT:
        return "—"
    if isinstance(waarde, bool) or type(waarde).__name__ == "bool_":
        return "ja" if bool(waarde) else "nee"
    if isinstance(waarde, pd.Timestamp):
        return waarde.strftime("%d-%m-%Y")
    if isinstance(waarde, numbers.Integral):
        return f"{int(waarde):,}".replace(",", ".")
    if isinstance(waarde, numbers.Real):
        x = float(waarde)
        if math.isnan(x):
            return "—"
        if x.is_integer() and abs(x) < 1e15:
            return f"{int(x):,}".replace(",", ".")
        tekst = f"{x:,.{decimalen}f}"
        return tekst.replace(",", " ").replace(".", ",").replace(" ", ".")
    return str(waarde)


def nette_tabel(tabel: pd.DataFrame, *, procenten: Sequence[str] | None = None,
                decimalen: int = 1) -> pd.DataFrame:
    """Een tabel om te tonen aan leerkrachten: elke cel als Nederlandse tekst.

    Waar/onwaar wordt ja/nee, een ontbrekende waarde "—", een kommagetal krijgt een decimale
    komma en de kolommen in `procenten` (standaard: de kolommen die met ``aandeel``
    beginnen, met waarden van 0 tot 1) worden een percentage.

    >>> t = pd.DataFrame({"klas": ["1A", "1B"], "aantal": pd.array([5, None], dtype="Int64"),
    ...                   "aandeel": [0.625, None], "onderdrukt": [False, True]})
    >>> nette_tabel(t)
      klas aantal  aandeel onderdrukt
    0   1A      5   62,5 %        nee
    1   1B      —        —         ja
    """
    if procenten is None:
        procenten = [k for k in tabel.columns if str(k).startswith("aandeel")]
    uit = pd.DataFrame(index=tabel.index)
    for kolom in tabel.columns:
        reeks = tabel[kolom]
        if kolom in procenten:
            uit[kolom] = [("—" if _leeg(w) else f"{opmaak_waarde(100 * float(w), decimalen)} %")
                          for w in reeks]
        else:
            uit[kolom] = [opmaak_waarde(w, decimalen) for w in reeks]
    return uit


# ------------------------------------------------------------------------------ contrast

def _kleuren(waarde: object) -> list[str]:
    """Eén kleur of een lijst kleuren (per staaf of punt) als lijst teksten; getallen (een
    kleurschaal) tellen niet."""
    if waarde is None:
        return []
    if isinstance(waarde, str):
        return [waarde]
    if isinstance(waarde, Sequence) or hasattr(waarde, "tolist"):
        lijst = waarde.tolist() if hasattr(waarde, "tolist") else list(waarde)
        return [k for k in lijst if isinstance(k, str)]
    return []


def _sjabloonwaarde(fig: go.Figure, soort: str, *pad: str) -> object:
    """Een standaardwaarde uit het sjabloon van de figuur voor sporen van `soort`."""
    try:
        waarde = getattr(fig.layout.template.data, soort)[0]
        for stap in pad:
            waarde = getattr(waarde, stap)
        return waarde
    except (AttributeError, IndexError, TypeError):
        return None


def te_weinig_contrast(fig: go.Figure, minimum: float = 3.0) -> list[str]:
    """De grafische elementen van `fig` met minder dan `minimum` contrast tegenover de
    achtergrond (WCAG 1.4.11: 3:1), als Nederlandse beschrijving; leeg = in orde.

    Gecontroleerd: lijnen en punten (scatter), staven en histogrammen (een staaf met een
    donkere rand telt als in orde, ook als de vulkleur licht is), en hulplijnen
    (`add_hline`, `add_vline`). Vlakken zonder rand (een band, een ingekleurde achtergrond)
    horen bij de opmaak: hun informatie staat ook in de lijnen, labels of de tabel. Een
    heatmap (kalender) en een sankey niet: hun vlakken dragen een label of staan in de tabel.

    >>> import plotly.graph_objects as go
    >>> fig = go.Figure(go.Scatter(x=[1, 2], y=[1, 2], mode="lines", line={"color": "#F0E442"}))
    >>> te_weinig_contrast(fig)
    ['spoor 0 (lijn): #F0E442 heeft 1,3:1']
    >>> te_weinig_contrast(go.Figure(go.Bar(x=[1], y=[1], marker={"color": "#F0E442",
    ...                                     "line": {"color": "#333333", "width": 1}})))
    []
    """
    from .stijl import PALET, contrastverhouding

    achtergrond = fig.layout.plot_bgcolor or "#FFFFFF"
    kleurenreeks = list(fig.layout.colorway or fig.layout.template.layout.colorway or PALET)
    gevonden: list[str] = []

    def toets(waar: str, kleuren: list[str]) -> None:
        for kleur in dict.fromkeys(kleuren):
            try:
                verhouding = contrastverhouding(kleur, achtergrond)
            except ValueError:
                continue
            if verhouding < minimum:
                gevonden.append(f"{waar}: {kleur} heeft "
                                f"{opmaak_waarde(math.floor(verhouding * 10) / 10)}:1")

    def rand_in_orde(lijn: object, soort: str) -> bool:
        breedte = getattr(lijn, "width", None)
        kleur = getattr(lijn, "color", None)
        if breedte is None:
            breedte = _sjabloonwaarde(fig, soort, "marker", "line", "width")
        if kleur is None:
            kleur = _sjabloonwaarde(fig, soort, "marker", "line", "color")
        return bool(breedte) and all(contrastverhouding(k, achtergrond) >= minimum
                                     for k in _kleuren(kleur) or ["#FFFFFF"])

    for i, spoor in enumerate(fig.data):
        if spoor.visible is False or any(
                reeks is not None and len(reeks) and all(_leeg(w) for w in reeks)
                for reeks in (getattr(spoor, "x", None), getattr(spoor, "y", None))):
            continue  # onzichtbaar of zonder punten (bv. enkel om een label te tonen)
        standaard = kleurenreeks[i % len(kleurenreeks)]
        if spoor.type in ("scatter", "scattergl"):
            aantal = len(spoor.x) if spoor.x is not None else 0
            modus = spoor.mode or ("lines+markers" if aantal < 20 else "lines")
            vlak = spoor.fill not in (None, "none") and spoor.line.width == 0
            if "lines" in modus and not vlak and spoor.line.width != 0:
                toets(f"spoor {i} (lijn)", _kleuren(spoor.line.color) or [standaard])
            if "markers" in modus and not rand_in_orde(spoor.marker.line, "scatter"):
                toets(f"spoor {i} (punten)", _kleuren(spoor.marker.color)
                      or _kleuren(spoor.line.color) or [standaard])
        elif spoor.type in ("bar", "histogram") and not rand_in_orde(spoor.marker.line,
                                                                       spoor.type):
            toets(f"spoor {i} (staven)", _kleuren(spoor.marker.color) or [standaard])
    for j, vorm in enumerate(fig.layout.shapes or ()):
        if vorm.type == "line" and vorm.line.width != 0:
            toets(f"hulplijn {j}", _kleuren(vorm.line.color) or ["#444444"])
    return gevonden


# ------------------------------------------------------------------------------ teksten

def _als_tabel(tabel: pd.DataFrame | Sequence[Mapping[str, object]] | None
               ) -> dict[str, list] | None:
    if tabel is None:
        return None
    df = tabel if isinstance(tabel, pd.DataFrame) else pd.DataFrame(list(tabel))
    df = df.reset_index(drop=True)
    rijen = [[None if _leeg(w) else _json_waarde(w) for w in rij]
             for rij in df.itertuples(index=False, name=None)]
    return {"kolommen": [str(k) for k in df.columns], "rijen": rijen}


def _leeg(waarde: object) -> bool:
    try:
        return bool(pd.isna(waarde))
    except (TypeError, ValueError):
        return False


def _json_waarde(waarde: object) -> object:
    if isinstance(waarde, bool) or type(waarde).__name__ == "bool_":
        return bool(waarde)
    if isinstance(waarde, int | float | str):
        return waarde
    if hasattr(waarde, "item"):
        return waarde.item()
    if isinstance(waarde, pd.Timestamp):
        return waarde.strftime("%Y-%m-%d")
    return str(waarde)


def beschrijf(fig: go.Figure, kort: str, lang: str,
              tabel: pd.DataFrame | Sequence[Mapping[str, object]] | None = None) -> go.Figure:
    """Hang de Nederlandse tekstalternatieven aan een figuur en geef de figuur terug.

    Parameters
    ----------
    fig : de plotly-figuur.
    kort : de boodschap in één zin (de korte tekst voor wie de grafiek niet ziet).
    lang : een langere beschrijving: wat staat op de assen, welke waarden, welke trend.
    tabel : de getoonde gegevens (DataFrame of lijst van rijen); standaard afgeleid uit de
        figuur.

    >>> fig = beschrijf(go.Figure(go.Bar(x=["a"], y=[1])), "Kort.", "Lang.")
    >>> tekstalternatief(fig)["tabel"]["kolommen"]
    ['x', 'y']
    """
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    gegevens = _als_tabel(tabel) if tabel is not None else _tabel_uit_figuur(fig.to_dict())
    fig.update_layout(meta={**meta, META_SLEUTEL: {"kort": kort, "lang": lang,
                                                   "tabel": gegevens}})
    return fig


def _titel(layout: Mapping) -> tuple[str, str]:
    titel = layout.get("title") or {}
    if isinstance(titel, str):
        return _zonder_html(titel), ""
    tekst = _zonder_html(titel.get("text") or "")
    onder = _zonder_html((titel.get("subtitle") or {}).get("text") or "")
    return tekst, onder


def _zonder_html(tekst: str) -> str:
    tekst = re.sub(r"<br\s*/?>", " ", str(tekst))
    return re.sub(r"<[^>]+>", "", tekst).strip()


def _astitel(layout: Mapping, as_: str) -> str:
    titel = (layout.get(as_) or {}).get("title") or {}
    return _zonder_html(titel.get("text", "") if isinstance(titel, Mapping) else titel)


_DTYPES = {"i1": "int8", "u1": "uint8", "i2": "int16", "u2": "uint16", "i4": "int32",
           "u4": "uint32", "f4": "float32", "f8": "float64"}


def _reeks(waarde: object) -> list | None:
    """Een reeks uit een figuur als lijst (plotly 6+ schrijft numpy-reeksen binair: bdata)."""
    if waarde is None:
        return None
    if isinstance(waarde, Mapping) and "bdata" in waarde:
        import numpy as np

        getallen = np.frombuffer(base64.b64decode(waarde["bdata"]),
                                 dtype=_DTYPES.get(waarde.get("dtype", "f8"), "float64"))
        vorm = waarde.get("shape")
        if vorm:
            getallen = getallen.reshape([int(d) for d in str(vorm).split(",")])
        return getallen.tolist()
    if isinstance(waarde, str | bytes):
        return [waarde]
    return list(waarde)


def _tabel_uit_figuur(fig_dict: Mapping) -> dict[str, list]:
    """De gegevens van de reeksen als lange tabel: reeks, categorie/x, waarde/y."""
    layout = fig_dict.get("layout", {})
    xt, yt = _astitel(layout, "xaxis") or "x", _astitel(layout, "yaxis") or "y"
    rijen: list[list] = []
    meerdere = len([t for t in fig_dict.get("data", []) if t.get("visible", True) is True]) > 1
    for i, trace in enumerate(fig_dict.get("data", [])):
        if trace.get("visible", True) is not True:
            continue
        naam = _zonder_html(trace.get("name") or f"reeks {i + 1}")
        if "z" in trace and trace.get("z") is not None:
            z = _reeks(trace["z"]) or []
            xs, ys = _reeks(trace.get("x")), _reeks(trace.get("y"))
            for r, rij in enumerate(z):
                for k, w in enumerate(rij if isinstance(rij, list | tuple) else [rij]):
                    rijen.append([naam, _json_waarde(ys[r]) if ys is not None else r,
                                  _json_waarde(xs[k]) if xs is not None else k,
                                  None if _leeg(w) else _json_waarde(w)])
            continue
        if trace.get("type") in {"pie"}:
            for lab, w in zip(_reeks(trace.get("labels")) or [], _reeks(trace.get("values")) or [],
                              strict=False):
                rijen.append([naam, _json_waarde(lab), None, _json_waarde(w)])
            continue
        x, y = _reeks(trace.get("x")), _reeks(trace.get("y"))
        if x is None and y is None:
            continue
        if trace.get("orientation") == "h" and y is not None and x is not None:
            x, y = y, x
        n = max(len(x) if x is not None else 0, len(y) if y is not None else 0)
        for k in range(n):
            xw = _json_waarde(x[k]) if x is not None and k < len(x) else k
            yw = y[k] if y is not None and k < len(y) else None
            rijen.append([naam, _zonder_html(str(xw)) if isinstance(xw, str) else xw, None,
                          None if _leeg(yw) else _json_waarde(yw)])
    if any(r[2] is not None for r in rijen):
        kolommen = ["reeks", yt, xt, "waarde"]
    else:
        kolommen = ["reeks", xt, yt]
        rijen = [[r[0], r[1], r[3]] for r in rijen]
    if not meerdere:
        kolommen, rijen = kolommen[1:], [r[1:] for r in rijen]
    return {"kolommen": kolommen, "rijen": rijen}


def tekstalternatief(fig: go.Figure | Mapping) -> dict[str, Any]:
    """De teksten van een figuur: ``kort``, ``lang`` en ``tabel`` (kolommen en rijen).

    Zonder eigen teksten (zie `beschrijf`) worden ze afgeleid uit de titel, de assen en de
    reeksen van de figuur.

    >>> fig = go.Figure(go.Bar(x=["1A", "1B"], y=[4, 9]), layout={"title": "Afwezigheden"})
    >>> tekst = tekstalternatief(fig)
    >>> tekst["kort"]
    'Grafiek: Afwezigheden.'
    >>> tekst["tabel"]["rijen"]
    [['1A', 4], ['1B', 9]]
    """
    fig_dict = fig.to_dict() if isinstance(fig, go.Figure) else dict(fig)
    layout = fig_dict.get("layout", {}) or {}
    meta = layout.get("meta")
    if isinstance(meta, Mapping) and META_SLEUTEL in meta:
        gegeven = dict(meta[META_SLEUTEL])
        if gegeven.get("tabel") is None:
            gegeven["tabel"] = _tabel_uit_figuur(fig_dict)
        return gegeven
    titel, onder = _titel(layout)
    tabel = _tabel_uit_figuur(fig_dict)
    soorten = sorted({t.get("type") or "scatter" for t in fig_dict.get("data", [])})
    namen = {"bar": "staafdiagram", "scatter": "lijn- of puntendiagram", "heatmap": "kleurentabel",
             "histogram": "histogram", "box": "boxplot", "pie": "cirkeldiagram"}
    soort = ", ".join(namen.get(s, s) for s in soorten) or "grafiek"
    xt, yt = _astitel(layout, "xaxis"), _astitel(layout, "yaxis")
    delen = [f"{soort[0].upper()}{soort[1:]}."]
    if onder:
        delen.append(onder if onder.endswith(".") else onder + ".")
    if xt:
        delen.append(f"Horizontale as: {xt}.")
    if yt:
        delen.append(f"Verticale as: {yt}.")
    delen.append(f"De tabel hieronder bevat de {len(tabel['rijen'])} getoonde waarden.")
    kort = f"Grafiek: {titel}." if titel else "Grafiek zonder titel."
    return {"kort": kort, "lang": " ".join(delen), "tabel": tabel}


def _is_getal(w: object) -> bool:
    return isinstance(w, int | float) and not isinstance(w, bool)


def _csv(tabel: Mapping[str, list]) -> str:
    """CSV zoals een Vlaamse spreadsheet ze opent: puntkomma en decimale komma."""
    def cel(w: object) -> str:
        if w is None:
            return ""
        if isinstance(w, bool):
            return "ja" if w else "nee"
        if isinstance(w, float):
            return repr(w).replace(".", ",")
        tekst = str(w)
        if any(t in tekst for t in ';"\n'):
            tekst = '"' + tekst.replace('"', '""') + '"'
        return tekst

    regels = [";".join(cel(k) for k in tabel["kolommen"])]
    regels += [";".join(cel(w) for w in rij) for rij in tabel["rijen"]]
    return "\r\n".join(regels) + "\r\n"


def _bestandsnaam(tekst: str) -> str:
    naam = re.sub(r"[^a-z0-9]+", "_", tekst.lower()).strip("_")[:50]
    return naam or "grafiek"


def toelichting_html(fig: go.Figure | Mapping) -> str:
    """Het HTML-blok onder een grafiek: boodschap, beschrijving, tabel en downloads.

    Het blok is gelijk voor gelijke figuren (geen toevallige id's), zodat notebooks bij
    opnieuw uitvoeren dezelfde bytes houden.

    >>> blok = toelichting_html(go.Figure(go.Bar(x=["1A"], y=[4]), layout={"title": "T"}))
    >>> "<details" in blok and "Download als tabel (CSV)" in blok
    True
    """
    tekst = tekstalternatief(fig)
    tabel = tekst["tabel"] or {"kolommen": [], "rijen": []}
    sleutel = hashlib.sha1(repr((tekst["kort"], tekst["lang"], tabel)).encode()).hexdigest()[:10]
    id_ = f"sd-alt-{sleutel}"
    kop = "".join(f'<th scope="col">{html.escape(str(k))}</th>' for k in tabel["kolommen"])
    rijen = []
    for rij in tabel["rijen"][:MAX_RIJEN]:
        cellen = "".join(
            f'<td class="sd-getal">{html.escape(opmaak_waarde(w))}</td>' if _is_getal(w)
            else f"<td>{html.escape(opmaak_waarde(w))}</td>" for w in rij)
        rijen.append(f"<tr>{cellen}</tr>")
    meer = len(tabel["rijen"]) - MAX_RIJEN
    extra = (f"<p>De tabel toont de eerste {MAX_RIJEN} van {len(tabel['rijen'])} rijen; de "
             "download bevat alles.</p>") if meer > 0 else ""
    csv = base64.b64encode(_csv(tabel).encode("utf-8-sig")).decode("ascii")
    layout = fig.to_dict().get("layout", {}) if isinstance(fig, go.Figure) else fig.get(
        "layout", {})
    bestand = _bestandsnaam(_titel(layout)[0] or tekst["kort"])
    # Zet role="img" en de korte tekst op het eerste svg-vlak van de grafiek erboven (plotly
    # tekent asynchroon: even opnieuw proberen tot de grafiek er is).
    script = (
        "<script>(function(){var b=document.getElementById('" + id_ + "');if(!b)return;"
        "var n=0;var zoek=function(){var a=document.querySelectorAll('.js-plotly-plot');"
        "var p=null;for(var j=0;j<a.length;j++){if(a[j].compareDocumentPosition(b)&4){"
        "p=a[j];}}return p;};"
        "var zet=function(p){var m=p.querySelectorAll('svg.main-svg');"
        "for(var k=0;k<m.length;k++){if(k===0){m[k].setAttribute('role','img');"
        "m[k].setAttribute('aria-label',b.getAttribute('data-kort'));"
        "m[k].setAttribute('aria-describedby','" + id_ + "-lang');}else{"
        "m[k].setAttribute('aria-hidden','true');}}};"
        "var probeer=function(){var p=zoek();if(!p||!p.querySelector('svg.main-svg')){"
        "if(n++<100){setTimeout(probeer,150);}return;}zet(p);"
        "if(p.on){p.on('plotly_afterplot',function(){zet(p);});}};probeer();})();</script>"
    )
    return (
        f"<style>{CSS}</style>"
        f'<div class="sd-alt" id="{id_}" data-kort="{html.escape(tekst["kort"])}">'
        f'<p><strong>Boodschap van de grafiek:</strong> {html.escape(tekst["kort"])}</p>'
        f"<details><summary>Beschrijving en gegevens van de grafiek</summary>"
        f'<p id="{id_}-lang">{html.escape(tekst["lang"])}</p>'
        f"<table><caption>Gegevens van de grafiek</caption><thead><tr>{kop}</tr></thead>"
        f"<tbody>{''.join(rijen)}</tbody></table>{extra}</details>"
        f'<p><a download="{bestand}.csv" href="data:text/csv;charset=utf-8;base64,{csv}">'
        "Download als tabel (CSV)</a> · Download als afbeelding: knop met het fototoestel "
        "boven de grafiek (“Download als afbeelding (PNG)”).</p>"
        f"</div>{script}"
    )


#: Eén keer in een dashboard tonen: geeft elke schuifregelaar de naam van zijn label (voor
#: schermlezers; ipywidgets laat die weg), een duidelijk zichtbare focus op elke knop en
#: verbergt bij het afdrukken alles wat enkel op het scherm zin heeft.
WIDGET_HULP_HTML = (
    "<style>"
    ".widget-checkbox input:focus-visible,.widget-toggle-button:focus-visible,"
    ".widget-dropdown select:focus-visible,.widget-button:focus-visible,"
    ".noUi-handle:focus-visible,.noUi-handle:focus,.sd-alt a:focus-visible,"
    ".sd-alt summary:focus-visible{outline:3px solid #0072B2!important;outline-offset:2px}"
    "@media print{.widget-slider,.widget-dropdown,.widget-toggle-buttons,.widget-button,"
    ".widget-checkbox,.modebar-container{display:none!important}"
    ".sd-alt details{display:block}.sd-alt details>*{display:block}}"
    "</style>"
    "<script>(function(){var geefNamen=function(){"
    "document.querySelectorAll('.widget-slider, .widget-hslider').forEach(function(w){"
    "var l=w.querySelector('.widget-label');var naam=l?l.textContent.trim():'';"
    "w.querySelectorAll('.noUi-handle,[role=slider]').forEach(function(h){"
    "if(naam&&h.getAttribute('aria-label')!==naam){h.setAttribute('aria-label',naam);}});});};"
    "geefNamen();new MutationObserver(geefNamen).observe(document.body,"
    "{childList:true,subtree:true});})();</script>"
)


def afdrukbare_samenvatting(titel: str, tekst_html: str, tabel: pd.DataFrame | None = None,
                            figuur: go.Figure | None = None) -> str:
    """Een link om een afdrukbare samenvatting (één HTML-pagina) te downloaden.

    De pagina bevat de titel, de uitleg, de boodschap en beschrijving van de grafiek en de
    tabel in Nederlandse schrijfwijze: genoeg om mee te nemen naar een personeelsvergadering.

    >>> link = afdrukbare_samenvatting("Klas 1A", "<p>Uitleg</p>", pd.DataFrame({"a": [0.5]}))
    >>> link.startswith('<p><a download="samenvatting_klas_1a.html"')
    True
    """
    delen = [f"<h1>{html.escape(titel)}</h1>", tekst_html]
    if figuur is not None:
        alt = tekstalternatief(figuur)
        delen += [f"<p><strong>Boodschap van de grafiek:</strong> {html.escape(alt['kort'])}</p>",
                  f"<p>{html.escape(alt['lang'])}</p>"]
    if tabel is not None and not tabel.empty:
        delen.append(nette_tabel(tabel).to_html(index=False, border=1))
    pagina = ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
              f"<title>{html.escape(titel)}</title><style>body{{font-family:sans-serif;"
              "max-width:50em;margin:2em auto}table{border-collapse:collapse}"
              "td,th{padding:2px 8px;text-align:left}</style></head><body>"
              + "".join(delen) + "</body></html>")
    inhoud = base64.b64encode(pagina.encode("utf-8")).decode("ascii")
    return (f'<p><a download="samenvatting_{_bestandsnaam(titel)}.html" '
            'style="text-decoration:underline" '
            f'href="data:text/html;charset=utf-8;base64,{inhoud}">Download een afdrukbare '
            "samenvatting (HTML, open ze en kies Afdrukken)</a></p>")


# --------------------------------------------------------------------------- weergave

class _Toelichting(pio.base_renderers.ExternalRenderer):
    """Plotly-'renderer' die na elke getoonde grafiek het blok met teksten toont."""

    def render(self, fig_dict: dict) -> None:
        from IPython.display import HTML, display

        display(HTML(toelichting_html(fig_dict)))


RENDERER = "schooldata_toelichting"


def activeer() -> None:
    """Zet de cursusconfiguratie op elke plotly-weergave en toon de teksten bij elke grafiek.

    Gebeurt vanzelf wanneer de bibliotheek geladen wordt; twee keer oproepen kan geen kwaad.

    >>> activeer()
    >>> pio.renderers["plotly_mimetype"].config["showSendToCloud"]
    False
    """
    for naam in list(pio.renderers):
        weergave = pio.renderers[naam]
        if hasattr(weergave, "config"):
            weergave.config = {**(weergave.config or {}), **PLOTLY_INSTELLINGEN}
    if RENDERER not in pio.renderers:
        pio.renderers[RENDERER] = _Toelichting()
    standaard = pio.renderers.default or ""
    delen = [d for d in standaard.split("+") if d]
    if delen and delen != ["browser"] and RENDERER not in delen:
        pio.renderers.default = "+".join([*delen, RENDERER])


activeer()
