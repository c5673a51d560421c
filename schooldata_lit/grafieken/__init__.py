"""Kant-en-klare grafieken voor de cursus, allemaal in dezelfde rustige stijl.

Elke functie krijgt een tabel (een pandas DataFrame met de kolomnamen uit het
datawoordenboek) en geeft een plotly-figuur terug. Toon ze met ``fig.show()`` of door de
figuur als laatste regel van een cel te zetten. De functies veranderen je tabel nooit.

Twee afspraken gelden overal:

* **Geen ranglijsten.** Geen enkele grafiek zet leerlingen op een rij volgens hun punten.
  Een leerling ziet enkel zichzelf naast de klas als geheel.
* **Kleine groepen zijn onzeker.** Waar een percentage op weinig leerlingen steunt, toont de
  grafiek dat (lichter en gearceerd, of met een open bolletje).

>>> import pandas as pd
>>> attesten = pd.DataFrame({"schooljaar": "2025-2026", "studierichting": ["Latijn"] * 3,
...                          "attest": ["A", "A", "B"]})
>>> fig = attesten_per_groep(attesten)
>>> fig.layout.xaxis.title.text
'Aandeel leerlingen (%)'
"""

from __future__ import annotations

from .aanwezigheid import aanwezigheid_kalender, aanwezigheid_weekdagen
from .basis import MIN_GROEP, MIN_KLASGENOTEN
from .likert import likert_staven
from .school import (
    activiteit_en_punten,
    attesten_per_groep,
    knipperlichten_overzicht,
    samenvatting_per_jaar,
    trend_over_jaren,
)
from .voortgang import afwijking_per_maand, klasband, voortgang_leerling

__all__ = [
    "voortgang_leerling",
    "afwijking_per_maand",
    "klasband",
    "likert_staven",
    "aanwezigheid_weekdagen",
    "aanwezigheid_kalender",
    "attesten_per_groep",
    "samenvatting_per_jaar",
    "trend_over_jaren",
    "knipperlichten_overzicht",
    "activiteit_en_punten",
    "MIN_GROEP",
    "MIN_KLASGENOTEN",
]
