"""Knipperlichten: regels die een vraag opwerpen, nooit een oordeel.

Een knipperlicht zegt: *kijk hier eens samen naar*. Elke rij in de uitvoer toont waarop het
licht steunt (waarde, vergelijking, n, periode, de regel in woorden) en een vraag voor een
gesprek. Kleine groepen krijgen `zekerheid = "onzeker"`: daar kan toeval het verschil maken.

>>> lichten = knipperlichten()
>>> sorted(lichten.columns)[:4]
['domein', 'indicator', 'n', 'niveau']
>>> set(lichten["zekerheid"]) <= {"zeker", "onzeker"}
True

De catalogus van regels (met hun uitleg en standaardinstellingen) zie je met `catalogus()`.
"""


from __future__ import annotations

from .lichten import (
    PERIODEREGELS,
    catalogus,
    knipperlichten,
    regeloverzicht,
    regelverslag,
    standaardregels,
)
from .metingen import KOLOMMEN, Metingen, metingen
from .regels import REGELS, Instelling, Regel

__all__ = [
    "Regel",
    "Instelling",
    "REGELS",
    "catalogus",
    "knipperlichten",
    "Metingen",
    "metingen",
    "KOLOMMEN",
    "regeloverzicht",
    "regelverslag",
    "PERIODEREGELS",
    "standaardregels",
]
