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

De module is een pakket: `toonmoment` (onderdelen, controles, export) en `klascijfers`
(klascijfers met hun onzekerheid). Alle namen blijven te importeren uit
`schooldata_lit.verslag`.
"""

from __future__ import annotations

from ..kern.lui import lui_doorverwijzen
from .klascijfers import (
    gemiddelde_met_onzekerheid,
    klas_per_periode,
    klascijfer_zin,
    periodeverschil,
    periodeverschillen,
)
from .toonmoment import (
    AfbeeldingNietGelukt,
    Export,
    Onderdeel,
    bewaar_afbeelding,
    bouw_verslag,
    context_tekst,
    controleer_grafiek,
    controleer_verslag,
    exporteer_verslag,
    met_annotatie,
    met_boodschap,
    misleidende_en_eerlijke_as,
)

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

#: De widgets staan in `schooldata_lit.schermen.verslag` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.verslag", ["klascijfer_verkenner"])
