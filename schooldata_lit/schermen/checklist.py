"""Het formulier bij de checklist voor het databeleid: vinkjes, notities en een samenvatting."""

from __future__ import annotations

import base64
import html

from ..checklist import PUNTEN, THEMAS, samenvatting

__all__ = ["checklist_widget"]


def _downloadlink(tekst: str, bestandsnaam: str, mime: str, label: str) -> str:
    data = base64.b64encode(tekst.encode("utf-8")).decode("ascii")
    return (f'<a download="{bestandsnaam}" href="data:{mime};charset=utf-8;base64,{data}" '
            f'style="margin-right: 1.5em">{html.escape(label)}</a>')


def checklist_widget(school: str = "", opgesteld_door: str = "", datum: str = ""):
    """Een invulformulier voor de checklist: vinkjes, notities per thema en een samenvatting.

    Klik op *Maak samenvatting*: de samenvatting verschijnt onder het formulier, met twee
    links om ze te downloaden (Markdown en HTML). Er wordt niets op de schijf bewaard.
    `formulier.samenvatting(formaat)` geeft dezelfde tekst in code.

    >>> formulier = checklist_widget(school="Sint-Gommaruscollege")
    >>> formulier.vinkjes["doel"].value = True
    >>> "1 van de 18 punten" in formulier.samenvatting()
    True
    """
    import ipywidgets as widgets
    from IPython.display import HTML, Markdown, display

    breed = widgets.Layout(width="95%")
    velden = {
        "school": widgets.Text(value=school, description="School", layout=breed),
        "opgesteld_door": widgets.Text(value=opgesteld_door, description="Door",
                                       placeholder="bv. het datateam", layout=breed),
        "datum": widgets.Text(value=datum, description="Datum", placeholder="bv. 2026-02-10",
                              layout=breed),
    }
    vinkjes: dict[str, widgets.Checkbox] = {}
    notities: dict[str, widgets.Textarea] = {}
    blokken = [widgets.HTML("<b>Wie vult in?</b>"), *velden.values()]
    for thema in THEMAS:
        blokken.append(widgets.HTML(f"<h4 style='margin-bottom: 0'>{html.escape(thema)}</h4>"))
        for p in (p for p in PUNTEN if p.thema == thema):
            vinkjes[p.code] = widgets.Checkbox(value=False, indent=False,
                                               layout=widgets.Layout(width="2em"))
            uitleg = (f"{html.escape(p.vraag)}<br><small style='color: #555'>"
                      f"{html.escape(p.waarom)}</small>")
            blokken.append(widgets.HBox([vinkjes[p.code], widgets.HTML(uitleg)]))
        notities[thema] = widgets.Textarea(placeholder="Afspraken of werkpunten (mag leeg)",
                                           layout=widgets.Layout(width="95%", height="3.5em"))
        blokken.append(notities[thema])
    knop = widgets.Button(description="Maak samenvatting", button_style="primary",
                          icon="check")
    uitvoer = widgets.Output()

    def maak(formaat: str = "markdown") -> str:
        return samenvatting({c: v.value for c, v in vinkjes.items()},
                            {t: n.value for t, n in notities.items()},
                            school=velden["school"].value,
                            opgesteld_door=velden["opgesteld_door"].value,
                            datum=velden["datum"].value, formaat=formaat)

    def toon(_knop=None) -> None:
        uitvoer.clear_output()
        with uitvoer:
            display(Markdown(maak("markdown")))
            display(HTML(_downloadlink(maak("markdown"), "databeleid_checklist.md",
                                       "text/markdown", "⬇ Download als Markdown")
                         + _downloadlink(maak("html"), "databeleid_checklist.html",
                                         "text/html", "⬇ Download als HTML")))

    knop.on_click(toon)
    formulier = widgets.VBox([*blokken, knop, uitvoer])
    formulier.vinkjes = vinkjes
    formulier.notities = notities
    formulier.samenvatting = maak
    return formulier
