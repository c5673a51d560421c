"""Het dataplan als invulformulier (`DataplanCanvas`)."""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path

from ..dataplan import (
    CASUSSEN,
    KADER,
    KADERVELDEN,
    Dataplan,
    als_datum,
    bewaar_plan,
    controleer_plan,
    plan_als_html,
    veldtekst,
)
from ..kern.woordenboek import TABELLEN

__all__ = ["DataplanCanvas"]


class DataplanCanvas:
    """Het dataplan als invulformulier: een tekstvak per deel, een keuzelijst voor de casus
    en de databronnen, een datum, en knoppen om te controleren en te bewaren.

    Toon het door het als laatste regel van een cel te zetten. `plan()` geeft het ingevulde
    `Dataplan`; `vul_in(plan)` zet een plan in het formulier.

    Parameters
    ----------
    plan : een plan om mee te starten (standaard leeg).
    bestand : waar de knop "Bewaar" het plan schrijft (.md of .html).

    >>> from schooldata_lit.dataplan import voorbeeldplan
    >>> canvas = DataplanCanvas(voorbeeldplan())
    >>> canvas.plan() == voorbeeldplan()
    True
    """

    def __init__(self, plan: Dataplan | None = None,
                 bestand: str | os.PathLike = "mijn_dataplan.md"):
        import ipywidgets as widgets

        self.bestand = Path(bestand)
        breed = widgets.Layout(width="98%")
        stijl = {"description_width": "initial"}

        def vak(plaats: str, hoogte: str = "4.5em") -> widgets.Textarea:
            return widgets.Textarea(placeholder=plaats, layout=widgets.Layout(
                width="98%", height=hoogte))

        self.casus = widgets.Dropdown(options=["(kies een casus)", *CASUSSEN],
                                      description="Casus:", style=stijl, layout=breed)
        self.velden: dict[str, widgets.Widget] = {
            "titel": widgets.Text(placeholder="korte titel, bv. Veel C-attesten in 1B",
                                  description="Titel:", style=stijl, layout=breed)}
        for deel, veld in KADERVELDEN.items():
            vraag, voorbeelden = KADER[deel]
            self.velden[veld] = vak("bv. " + " · ".join(voorbeelden[:4]))
        self.velden["hypothesen"] = vak("1. ...  2. ...  (verklaringen die je kan toetsen)")
        self.velden["databronnen"] = widgets.SelectMultiple(
            options=list(TABELLEN), rows=6, description="Databronnen:", style=stijl,
            layout=widgets.Layout(width="60%"))
        self.velden["datakwaliteit"] = vak("volledig? betrouwbaar? op hoeveel leerlingen (n)?")
        self.velden["maatregel"] = vak("wat doen we concreet, wie, vanaf wanneer?")
        self.velden["criterium"] = widgets.Text(
            placeholder="meetbaar, met een getal: bv. van 40 % naar hoogstens 20 %",
            description="Succescriterium:", style=stijl, layout=breed)
        self.velden["evaluatiedatum"] = widgets.DatePicker(description="Evaluatiedatum:",
                                                           style=stijl)
        self.velden["privacy"] = vak("wie ziet welke gegevens? hoe tonen we ze?", "3em")
        self.controleer = widgets.Button(description="Controleer en toon", icon="check",
                                         button_style="primary")
        self.bewaar = widgets.Button(description=f"Bewaar als {self.bestand.name}",
                                     icon="save", layout=widgets.Layout(width="auto"))
        self.uitvoer = widgets.Output()
        self.casus.observe(self._kies_casus, names="value")
        self.controleer.on_click(lambda _: self._toon())
        self.bewaar.on_click(lambda _: self._bewaar())

        def kop(tekst: str) -> widgets.HTML:
            return widgets.HTML(f"<b>{tekst}</b>")

        kinderen = [self.casus, self.velden["titel"]]
        for deel, veld in KADERVELDEN.items():
            kinderen += [kop(f"{deel} — {KADER[deel][0]}"), self.velden[veld]]
        kinderen += [kop("Hypothesen"), self.velden["hypothesen"],
                     kop("Data verzamelen (Ctrl/Cmd + klik voor meer bronnen)"),
                     self.velden["databronnen"], kop("Datakwaliteit"),
                     self.velden["datakwaliteit"], kop("Maatregel"), self.velden["maatregel"],
                     kop("Evaluatie"), self.velden["criterium"], self.velden["evaluatiedatum"],
                     kop("Privacy"), self.velden["privacy"],
                     widgets.HBox([self.controleer, self.bewaar]), self.uitvoer]
        self.widget = widgets.VBox(kinderen)
        if plan is not None:
            self.vul_in(plan)

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def vul_in(self, plan: Dataplan) -> None:
        """Zet de velden van `plan` in het formulier."""
        for veld in fields(Dataplan):
            waarde = getattr(plan, veld.name)
            if veld.name == "databronnen":
                waarde = tuple(b for b in (waarde or ()) if b in TABELLEN)
            elif veld.name == "evaluatiedatum":
                waarde = als_datum(waarde)
            else:
                waarde = veldtekst(waarde)
            self.velden[veld.name].value = waarde

    def plan(self) -> Dataplan:
        """Het plan zoals het nu in het formulier staat."""
        waarden = {}
        for veld in fields(Dataplan):
            waarde = self.velden[veld.name].value
            if veld.name == "databronnen":
                waarde = tuple(waarde)
            elif veld.name == "evaluatiedatum":
                waarde = waarde.isoformat() if waarde else None
            else:
                waarde = waarde.strip()
            waarden[veld.name] = waarde
        return Dataplan(**waarden)

    def _kies_casus(self, verandering) -> None:
        casus = CASUSSEN.get(verandering["new"])
        if casus is None:
            return
        if not self.velden["titel"].value:
            self.velden["titel"].value = casus.titel
        if not self.velden["dit"].value:
            self.velden["dit"].value = casus.vraag
        if not self.velden["databronnen"].value:
            self.velden["databronnen"].value = casus.databronnen

    def _toon(self) -> None:
        from IPython.display import HTML, Markdown, display

        plan = self.plan()
        self.uitvoer.clear_output()
        with self.uitvoer:
            opmerkingen = controleer_plan(plan)
            if opmerkingen:
                display(Markdown("**Nog te doen:**\n\n" + "\n".join(f"- {o}"
                                                                     for o in opmerkingen)))
            else:
                display(Markdown("**Je plan is klein, eng en volledig. Goed zo!**"))
            display(HTML(plan_als_html(replace(plan)).split("<body>")[1].split("</body>")[0]))

    def _bewaar(self) -> None:
        pad = bewaar_plan(self.plan(), self.bestand)
        self.uitvoer.clear_output()
        with self.uitvoer:
            print(f"Bewaard in {pad}. Open het bestand of stuur het naar je datateam.")
