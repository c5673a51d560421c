"""Dashboards zonder code: klikken in plaats van programmeren.

Twee dashboards (ipywidgets) voor wie liever niet programmeert:

- `knipperlichten_dashboard`: zet regels aan of uit, schuif met hun drempels en zie meteen
  hoeveel lichten er branden, hoeveel geplante signalen gevonden worden (gevoeligheid),
  hoeveel
  lichten terecht zijn (precisie) en welke valse alarmen erbij komen.
- `school_dashboard`: de school op vier niveaus (leerling, klas, leerjaar, school), zoals een
  analysetool van een leerplatform, met een rolkeuze: elke rol ziet enkel wat ze mag zien
  (`privacy.rolweergave`).

Elk dashboard is een gewone widget: zet het als laatste regel in een cel om het te tonen. De
knoppen zijn ook vanuit code te bedienen, wat de tests doen:

>>> bord = knipperlichten_dashboard()
>>> bord.schuiven["dalende_trend"]["helling"].value = 3.0
>>> int(bord.lichten["indicator"].eq("dalende_trend").sum())  # was 13 bij 1,5 per maand
8

De dashboards zelf staan in `knipperlichtendashboard` en `schooldashboard` (met de gedeelde
kleuren in `dashboardkleuren`); deze module brengt ze samen.
"""

from __future__ import annotations

from .knipperlichtendashboard import KnipperlichtenDashboard, knipperlichten_dashboard
from .schooldashboard import NIVEAUS_PER_ROL, SchoolDashboard, school_dashboard

__all__ = ["knipperlichten_dashboard", "school_dashboard", "KnipperlichtenDashboard",
           "SchoolDashboard", "NIVEAUS_PER_ROL"]
