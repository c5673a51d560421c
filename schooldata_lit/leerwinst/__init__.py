"""Leerwinst meten: dezelfde leerlingen vóór en ná, eerlijk en met de kanttekeningen erbij.

*Leerwinst* is het verschil tussen een voormeting en een nameting bij **dezelfde**
leerlingen. Deze module koppelt de twee metingen per leerling (`leerling_id`) en berekent:

* de **ruwe winst**: na min voor, in punten (bij percentages: procentpunten);
* de **genormaliseerde winst** van Hake (1998): ``(na - voor) / (maximum - voor)``, het deel
  van wat er nog te winnen viel dat ook gewonnen werd;
* de **effectgrootte** *d_z* (Cohen's d voor gepaarde metingen): gemiddelde winst gedeeld
  door de standaardafwijking van de winsten;

elk met een 95 %-betrouwbaarheidsinterval. Drie afspraken gelden overal:

1. **Niets valt stilletjes weg.** Een leerling die maar in één meting voorkomt, geeft een
   duidelijke fout. Wie ze bewust apart wil zetten, kiest ``ontbrekend="apart"``: ze staan
   dan in ``.niet_gekoppeld`` en in de waarschuwingen.
2. **De kanttekeningen horen bij het getal.** Elk resultaat heeft een lijst
   ``waarschuwingen``: geen controlegroep, regressie naar het gemiddelde, kleine groepen,
   leerlingen die al het maximum hadden.
3. **Geen ranglijsten.** De grafieken tonen de groep, nooit leerlingen op een rij.

De school heeft geen "echte" voor- en nametoets. Twee functies maken metingen uit de tabellen
die er wél zijn: `metingen_per_periode` (bv. het decemberexamen en het juni-examen per vak)
en `metingen_rond_remediering` (het lage resultaat dat tot remediëring leidde en de
resultaten daarna, met een vergelijkingsgroep zonder remediëring).

>>> import pandas as pd
>>> voor = pd.DataFrame({"leerling_id": ["L1", "L2", "L3"], "percentage": [40.0, 60, 80]})
>>> na = pd.DataFrame({"leerling_id": ["L1", "L2", "L3"], "percentage": [55.0, 70, 80]})
>>> lw = leerwinst(voor, na)
>>> lw.gemiddelde_winst, round(lw.genormaliseerde_winst, 3)
(8.333333333333334, 0.208)
"""

from __future__ import annotations

from ..kern.lui import lui_doorverwijzen

# WAARSCHUWING_...: niet in __all__, wel bereikbaar als schooldata_lit.leerwinst.WAARSCHUWING_...
from .berekenen import (  # noqa: F401
    KLEINE_GROEP,
    WAARSCHUWING_CONTROLEGROEP,
    WAARSCHUWING_REGRESSIE,
    WAARSCHUWING_TOETS,
    Leerwinst,
    leerwinst,
    leerwinst_per_groep,
    vergelijk_winst,
    winst_naar_start,
)
from .figuren import grafiek_leerwinst_per_groep, grafiek_voor_na
from .metingen import metingen_per_periode, metingen_rond_remediering

#: De widgets staan in `schooldata_lit.schermen.leerwinst` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.leerwinst", ["leerwinst_verkenner"])

__all__ = [
    "Leerwinst",
    "leerwinst",
    "leerwinst_per_groep",
    "vergelijk_winst",
    "winst_naar_start",
    "metingen_per_periode",
    "metingen_rond_remediering",
    "grafiek_voor_na",
    "grafiek_leerwinst_per_groep",
    "KLEINE_GROEP",
]
