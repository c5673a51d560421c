"""Eén grafiekstijl voor de hele cursus: rustig, groot genoeg en leesbaar voor iedereen.

Alle grafieken van `schooldata_lit.grafieken` gebruiken het plotly-sjabloon ``"schooldata"``:

* kleuren uit het palet van Okabe en Ito, dat ook mensen met een kleurenzwakte uit elkaar
  houden (ongeveer 1 op 12 mannen ziet rood en groen moeilijk);
* Nederlandse getallen: een komma als decimaalteken en een punt voor duizendtallen;
* grote letters, geen achtergrondkleur, geen verticale rasterlijnen, enkel lichte
  horizontale hulplijnen.

Wil je ook je eigen plotly-grafieken in deze stijl? Roep dan één keer `gebruik_stijl()` op.

>>> import plotly.io as pio
>>> "schooldata" in pio.templates
True
>>> getal(1234.5, 1)
'1.234,5'
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

# werkbalk zonder deelknop, Nederlandse knopteksten en tekstalternatieven bij elke grafiek
from . import toegankelijk  # noqa: F401

__all__ = [
    "OKABE_ITO",
    "PALET",
    "GRIJS",
    "KLEUR_LEERLING",
    "KLEUR_KLAS",
    "KLEUR_BAND",
    "SJABLOON",
    "MAANDEN",
    "maak_sjabloon",
    "gebruik_stijl",
    "pas_stijl_toe",
    "getal",
    "procent",
    "breek_af",
    "maand_ticks",
    "contrastverhouding",
    "lijnkleur",
    "KLEUR_HULPLIJN",
]

#: Het kleurenpalet van Okabe & Ito (2008): acht kleuren die ook bij kleurenzwakte te
#: onderscheiden zijn.
OKABE_ITO: dict[str, str] = {
    "zwart": "#000000",
    "oranje": "#E69F00",
    "hemelsblauw": "#56B4E9",
    "blauwgroen": "#009E73",
    "geel": "#F0E442",
    "blauw": "#0072B2",
    "vermiljoen": "#D55E00",
    "roodpaars": "#CC79A7",
}

#: De volgorde waarin reeksen hun kleur krijgen (geel pas laat: weinig contrast op wit).
PALET: tuple[str, ...] = tuple(OKABE_ITO[k] for k in (
    "blauw", "oranje", "blauwgroen", "vermiljoen", "roodpaars", "hemelsblauw", "zwart", "geel"))

#: Neutraal grijs voor achtergrond, 'neutraal' en 'geen gegevens'.
GRIJS = "#BBBBBB"
#: De leerling zelf (lijn met punten).
KLEUR_LEERLING = OKABE_ITO["blauw"]
#: Het klasgemiddelde (gestreepte lijn).
KLEUR_KLAS = "#555555"
#: De band van de klas (vlak).
KLEUR_BAND = "rgba(86, 180, 233, 0.25)"  # hemelsblauw, doorschijnend

#: Hulp- en referentielijnen (bv. 50 %, een drempel): grijs, maar met minstens 4,5:1
#: contrast op wit (WCAG 1.4.11 vraagt 3:1 voor grafische elementen).
KLEUR_HULPLIJN = "#767676"

_KLEURNAMEN = {"white": "#FFFFFF", "black": "#000000", "wit": "#FFFFFF", "zwart": "#000000"}


def _rgb(kleur: str, achtergrond: tuple[float, float, float] = (255.0, 255.0, 255.0)
         ) -> tuple[float, float, float]:
    """Een kleur (#RGB, #RRGGBB, rgb(...), rgba(...), white/black) als (r, g, b) van 0 tot
    255; een doorschijnende kleur gemengd met `achtergrond`."""
    tekst = _KLEURNAMEN.get(str(kleur).strip().lower(), str(kleur).strip())
    if tekst.startswith("#"):
        h = tekst[1:]
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        if len(h) != 6:
            raise ValueError(f"onbekende kleur {kleur!r}")
        return (float(int(h[0:2], 16)), float(int(h[2:4], 16)), float(int(h[4:6], 16)))
    if tekst.lower().startswith(("rgb(", "rgba(")):
        delen = [float(x) for x in tekst[tekst.index("(") + 1:tekst.rindex(")")].split(",")]
        r, g, b = delen[:3]
        a = delen[3] if len(delen) > 3 else 1.0
        return tuple(a * c + (1 - a) * o for c, o in zip((r, g, b), achtergrond, strict=True))
    raise ValueError(f"onbekende kleur {kleur!r}")


def _luminantie(rgb: tuple[float, float, float]) -> float:
    def lineair(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lineair(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrastverhouding(kleur: str, achtergrond: str = "#FFFFFF") -> float:
    """Het contrast tussen twee kleuren volgens WCAG 2 (1 tot 21). Grafische elementen (lijnen,
    staven, punten) hebben minstens 3 nodig tegenover de achtergrond (WCAG 1.4.11).

    >>> round(contrastverhouding("#000000"), 1), round(contrastverhouding("#0072B2"), 1)
    (21.0, 5.2)
    >>> round(contrastverhouding(OKABE_ITO["geel"]), 2)
    1.32
    >>> round(contrastverhouding("rgba(0, 0, 0, 0.5)"), 1)  # half doorschijnend zwart op wit
    4.0
    """
    achter = _rgb(achtergrond)
    licht = [_luminantie(_rgb(kleur, achter)), _luminantie(achter)]
    return (max(licht) + 0.05) / (min(licht) + 0.05)


def lijnkleur(kleur: str, minimum: float = 3.0) -> str:
    """Dezelfde kleur, zo weinig mogelijk donkerder gemaakt tot ze `minimum` contrast heeft op
    wit: voor een lijn of punt in een lichte kleur van het palet (oranje, hemelsblauw, geel).
    Een kleur met genoeg contrast blijft zoals ze is.

    >>> lijnkleur(OKABE_ITO["blauw"]) == OKABE_ITO["blauw"]
    True
    >>> oranje = lijnkleur(OKABE_ITO["oranje"])
    >>> oranje, round(contrastverhouding(oranje), 2) >= 3
    ('#C68900', True)
    """
    if contrastverhouding(kleur) >= minimum:
        return kleur
    r, g, b = _rgb(kleur)
    factor = 1.0
    while factor > 0:
        factor -= 0.01
        nieuw = "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))
        if contrastverhouding(nieuw) >= minimum:
            return nieuw
    return "#000000"  # pragma: no cover


#: De naam waaronder het sjabloon bij plotly geregistreerd is.
SJABLOON = "schooldata"

#: Korte Nederlandse maandnamen (januari = index 1).
MAANDEN = ("", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
           "dec")

_LETTER = "Segoe UI, Helvetica Neue, Arial, sans-serif"


def maak_sjabloon() -> go.layout.Template:
    """Het plotly-sjabloon van de cursus (klein gehouden: het komt in elke grafiek terecht).

    >>> sjabloon = maak_sjabloon()
    >>> sjabloon.layout.separators
    ',.'
    >>> sjabloon.layout.colorway[0] == OKABE_ITO["blauw"]
    True
    """
    as_ = {
        "showgrid": False,
        "zeroline": False,
        "showline": True,
        "linecolor": "#444444",
        "ticks": "outside",
        "tickcolor": "#444444",
        "title": {"standoff": 12},
        "ticklabelstandoff": 6,
        "automargin": True,
    }
    # Elke staaf krijgt een donkere rand: zo heeft ook een lichte kleur (hemelsblauw, oranje,
    # grijs) genoeg contrast met de witte achtergrond (WCAG 1.4.11, minstens 3:1).
    rand = {"marker": {"line": {"color": "#333333", "width": 1}}}
    return go.layout.Template(data={"bar": [rand], "histogram": [rand]}, layout={
        "separators": ",.",
        "colorway": list(PALET),
        "font": {"family": _LETTER, "size": 16, "color": "#222222"},
        "title": {"font": {"size": 21}, "x": 0.0, "xanchor": "left", "xref": "container",
                  "y": 1.0, "yanchor": "top", "yref": "container",
                  "pad": {"t": 16, "l": 12}},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "xaxis": as_,
        "yaxis": {**as_, "showgrid": True, "gridcolor": "#EBEBEB", "showline": False},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0.0,
                   "xanchor": "left", "traceorder": "normal", "title": {"text": ""}},
        "hoverlabel": {"font": {"size": 15}},
        "margin": {"l": 20, "r": 20, "t": 125, "b": 20},
        "coloraxis": {"colorbar": {"outlinewidth": 0}},
    })


pio.templates[SJABLOON] = maak_sjabloon()


def gebruik_stijl() -> None:
    """Maak ``"schooldata"`` het standaardsjabloon voor alle plotly-grafieken in deze sessie.

    >>> gebruik_stijl()
    >>> import plotly.io as pio
    >>> pio.templates.default
    'schooldata'
    >>> pio.templates.default = "plotly"  # terug naar de standaard van plotly
    """
    pio.templates.default = SJABLOON


def pas_stijl_toe(fig: go.Figure, titel: str | None = None, ondertitel: str | None = None,
                  hoogte: int | None = None) -> go.Figure:
    """Zet het sjabloon, de titel en (optioneel) een ondertitel en hoogte op een figuur.

    >>> fig = pas_stijl_toe(go.Figure(), "Titel", "uitleg in één zin")
    >>> fig.layout.title.subtitle.text
    'uitleg in één zin'
    """
    fig.update_layout(template=SJABLOON)
    if titel is not None:
        fig.update_layout(title={"text": titel})
    if ondertitel is not None:
        fig.update_layout(title={"subtitle": {"text": ondertitel, "font": {"size": 15,
                                                                            "color": "#555555"}}})
    if hoogte is not None:
        fig.update_layout(height=hoogte)
    return fig


def getal(x: float, decimalen: int = 0) -> str:
    """Een getal in Vlaamse schrijfwijze: komma voor decimalen, punt voor duizendtallen.

    >>> getal(0.5, 1), getal(12345), getal(float("nan"))
    ('0,5', '12.345', '–')
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    tekst = f"{x:,.{decimalen}f}"
    return tekst.replace(",", " ").replace(".", ",").replace(" ", ".")


def procent(x: float, decimalen: int = 0) -> str:
    """Een percentage (al vermenigvuldigd met 100) als tekst, bv. ``'72 %'``.

    >>> procent(72.456, 1)
    '72,5 %'
    """
    return f"{getal(x, decimalen)} %"


def breek_af(tekst: str, breedte: int = 45) -> str:
    """Breek een lange tekst af over meerdere regels (met ``<br>``, zoals plotly verwacht).

    >>> breek_af("Ik voel me thuis op school en in de klas.", 20)
    'Ik voel me thuis op<br>school en in de<br>klas.'
    """
    return "<br>".join(textwrap.wrap(str(tekst), breedte)) or str(tekst)


def maand_ticks(datums: Iterable, midden: bool = False) -> dict:
    """Asinstellingen met Nederlandse maandnamen voor een datumas (plotly kent enkel Engels).

    Geeft ``tickvals`` (de eerste van elke maand, of de 15de met ``midden=True``) en
    ``ticktext`` (``'sep'``, ``'okt'``, ...; januari en de eerste maand krijgen het jaartal).

    >>> maand_ticks(pd.to_datetime(["2025-09-10", "2026-01-20"]))["ticktext"]
    ['sep<br>2025', 'okt', 'nov', 'dec', 'jan<br>2026']
    """
    reeks = pd.to_datetime(pd.Series(list(datums))).dropna()
    if reeks.empty:
        return {}
    maanden = pd.period_range(reeks.min().to_period("M"), reeks.max().to_period("M"), freq="M")
    tekst = [MAANDEN[p.month] + (f"<br>{p.year}" if i == 0 or p.month == 1 else "")
             for i, p in enumerate(maanden)]
    waarden = [p.start_time + (pd.Timedelta(days=14) if midden else pd.Timedelta(0))
               for p in maanden]
    return {"tickmode": "array", "tickvals": [w.strftime("%Y-%m-%d") for w in waarden],
            "ticktext": tekst}
