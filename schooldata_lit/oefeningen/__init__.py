"""Oefeningen maken en verbeteren met nbgrader.

De bron van elke opdracht staat in `solutions/<opdracht>/opdracht_<opdracht>.ipynb`, met de
oplossingen tussen `### BEGIN SOLUTION` en `### END SOLUTION` en de verborgen tests tussen
`### BEGIN HIDDEN TESTS` en `### END HIDDEN TESTS`. `maak_oefeningen()` maakt daaruit de
versie voor de cursisten in `exercises/<opdracht>/` (zonder oplossingen, verborgen tests of
uitvoer). Pas dus enkel `solutions/` aan en maak daarna de oefeningen opnieuw:

    schooldata-lit oefeningen            # alle opdrachten
    schooldata-lit oefeningen 00_kennismaking

`vingerafdruk()` helpt om in een verborgen test een antwoord te controleren zonder dat het
juiste antwoord zelf in de notebook staat.

Het pakket is per taak opgedeeld: `vrijgeven` (exercises/ maken, cursusbestanden),
`vingerafdrukken`, `antwoorden` (de controle en het aanvaardingsbeleid),
`dataplanbeoordeling`, `verbeteren` (de verbeterkernel), `nakijken` (een opdracht nakijken
vóór het indienen, in het Nederlands) en `kernelmeldingen` (Nederlandstalige uitleg in plaats
van een traceback bij een open vraag). Alle namen blijven te importeren
uit `schooldata_lit.oefeningen`.
"""

from __future__ import annotations

from typing import Any

from .antwoorden import (
    AANVAARDINGSBELEID,
    Antwoordfout,
    beleid,
    controleer,
    lees_antwoord,
    sleutel,
)
from .dataplanbeoordeling import beoordeel_criterium, beoordeel_privacy, controleer_dataplan
from .nakijken import Openstaand, nakijken, verslag_van_nakijken
from .verbeteren import verbeteromgeving
from .vingerafdrukken import vingerafdruk
from .vrijgeven import CHECKPOINTS as CHECKPOINTS
from .vrijgeven import CONFIGBESTAND as CONFIGBESTAND
from .vrijgeven import (
    cursusbestanden,
    is_checkpoint,
    laad_nbgrader_config,
    maak_oefeningen,
    zoek_cursusmap,
)
from .vrijgeven import genereer_in as genereer_in
from .vrijgeven import maak_api as maak_api
from .vrijgeven import omgeving_voor_nbgrader as omgeving_voor_nbgrader

__all__ = ["maak_oefeningen", "vingerafdruk", "zoek_cursusmap", "laad_nbgrader_config",
           "is_checkpoint", "cursusbestanden",
           "verbeteromgeving", "controleer", "sleutel", "lees_antwoord", "beleid",
           "Antwoordfout", "AANVAARDINGSBELEID", "controleer_dataplan", "beoordeel_criterium",
           "beoordeel_privacy", "nakijken", "verslag_van_nakijken", "Openstaand"]


def __getattr__(naam: str) -> Any:
    # `CijfersVoorFeedback` (in nbgrader_config.py als
    # "schooldata_lit.oefeningen.CijfersVoorFeedback") pas maken als nbgrader erom vraagt: zo
    # laadt een gewone `import schooldata_lit.oefeningen` (in elke verbeterkernel) nbgrader niet.
    if naam == "CijfersVoorFeedback":
        from .verbeteren import maak_cijfers_voor_feedback

        return maak_cijfers_voor_feedback()
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")
