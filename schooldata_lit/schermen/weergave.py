"""Iets tonen in een uitvoervak van een widget, zonder dat het in de uitvoer van de cel belandt.

Widgets in deze bibliotheek zetten hun grafieken en tabellen rechtstreeks in een
`ipywidgets.Output` (via zijn `outputs`), in plaats van met ``with uitvoer: display(...)``.
Zo schrijft een widget nooit naar de cel zelf (wat nbval en nbgrader zouden zien), en werkt
hij ook buiten een notebook, bv. in een test.

>>> import ipywidgets as widgets
>>> import plotly.graph_objects as go
>>> vak = widgets.Output()
>>> toon_in(vak, go.Figure(), "klaar")
>>> [sorted(u.get("data", {})) or u["name"] for u in vak.outputs]
[['application/vnd.plotly.v1+json'], ['text/html', 'text/plain'], 'stdout']

Onder elke figuur komt haar tekstalternatief: de boodschap, een beschrijving en de gegevens
als tabel (zie `schooldata_lit.toegankelijk`).
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ..toegankelijk import tekstalternatief, toelichting_html

__all__ = ["als_uitvoer", "toon_in", "toon_met_tekst", "html_tabel", "VOLLE_LABELS"]

#: Widgetstijl waarbij een (Nederlands, vaak lang) label niet afgekapt wordt.
VOLLE_LABELS = {"description_width": "initial"}


def html_tabel(tabel: pd.DataFrame, *, index: bool = False, max_rijen: int | None = None,
               decimalen: int | None = None) -> str:
    """Een kleine, leesbare HTML-tabel voor een widget, met "–" voor een lege cel.

    Met `max_rijen` volgen na die rijen enkel nog het aantal weggelaten rijen; met `decimalen`
    worden kommagetallen afgerond en met een komma geschreven.

    >>> print(html_tabel(pd.DataFrame({"a": range(3)}), max_rijen=1).splitlines()[-1])
    <p><i>… en nog 2 rij(en).</i></p>
    """
    if tabel.empty:
        return "<p><i>Geen rijen.</i></p>"
    opmaak = (None if decimalen is None
              else (lambda x: f"{x:.{decimalen}f}".replace(".", ",")))
    deel = tabel if max_rijen is None else tabel.head(max_rijen)
    tekst = deel.to_html(index=index, border=0, na_rep="–", float_format=opmaak, max_cols=12)
    if max_rijen is not None and len(tabel) > max_rijen:
        tekst += f"\n<p><i>… en nog {len(tabel) - max_rijen} rij(en).</i></p>"
    return tekst


def als_uitvoer(ding: go.Figure | pd.DataFrame | str | dict) -> dict:
    """Zet een figuur, tabel of tekst om naar één uitvoer (zoals in een notebookbestand).

    - een plotly-figuur wordt een plotly-uitvoer (zoals `fig.show()` in JupyterLab);
    - een tabel wordt een HTML-tabel (met een tekstversie erbij);
    - tekst wordt gewone tekstuitvoer; een dict wordt als HTML getoond:
      ``{"html": "<b>…</b>"}``, met ``"tekst"`` erbij als tekstversie.

    >>> als_uitvoer("hallo")["text"]
    'hallo\\n'
    """
    if isinstance(ding, go.Figure):
        bundel = pio.renderers["plotly_mimetype"].to_mimebundle(ding.to_dict())
        return {"output_type": "display_data", "metadata": {}, "data": bundel}
    if isinstance(ding, pd.DataFrame):
        return {"output_type": "display_data", "metadata": {},
                "data": {"text/html": html_tabel(ding),
                         "text/plain": ding.to_string(index=False)}}
    if isinstance(ding, dict) and "html" in ding and set(ding) <= {"html", "tekst"}:
        return {"output_type": "display_data", "metadata": {},
                "data": {"text/html": ding["html"], "text/plain": ding.get("tekst", "")}}
    if isinstance(ding, str):
        return {"output_type": "stream", "name": "stdout",
                "text": ding if ding.endswith("\n") else ding + "\n"}
    raise TypeError(f"Kan een {type(ding).__name__} niet tonen; geef een figuur, tabel of tekst.")


def toon_in(uitvoer: widgets.Output, *dingen: go.Figure | pd.DataFrame | str | dict) -> None:
    """Vervang de inhoud van een uitvoervak door deze figuren, tabellen of teksten.

    Na elke figuur volgt het blok met haar tekstalternatief en gegevenstabel.
    """
    uitkomst = []
    for ding in dingen:
        uitkomst.append(als_uitvoer(ding))
        if isinstance(ding, go.Figure):
            uitkomst.append(als_uitvoer({"html": toelichting_html(ding),
                                         "tekst": tekstalternatief(ding)["kort"]}))
    uitvoer.outputs = tuple(uitkomst)


def toon_met_tekst(uitvoer: widgets.Output, *figuren: go.Figure, tekst: str = "") -> None:
    """Zet een tekst (mag leeg) en figuren rechtstreeks in een uitvoervak.

    Er gaat niets naar de uitvoer van de cel zelf.

    >>> vak = widgets.Output()
    >>> toon_met_tekst(vak, go.Figure(), tekst="n = 3")
    >>> [u.get("name") or "figuur" for u in vak.outputs]  # figuur en haar tekstalternatief
    ['stdout', 'figuur', 'figuur']
    """
    toon_in(uitvoer, *([tekst] if tekst else []), *figuren)
