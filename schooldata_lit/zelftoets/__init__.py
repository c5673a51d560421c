"""De zelftoetsen van de lesnotebooks: korte vragen zonder punten, met uitleg bij elke keuze.

Een zelftoets is een `Meerkeuzevraag` (zie `vraag`): bij elke **foute** keuze hoort feedback
die het misverstand benoemt, zonder het juiste antwoord te verklappen; bij de juiste keuze zegt
de feedback waarom ze klopt. Dit hoofdstuk doet het denkwerk zonder widget; de widget is
``schooldata_lit.meerkeuze`` (in `schooldata_lit.schermen.simulatie`).

`ZELFTOETSEN` bevat alle zelftoetsen van de cursus, per code, elk als woordenboek met
``vraag``, ``feedback_per_optie`` en ``juist``, klaar voor ``meerkeuze(**ZELFTOETSEN[code])``.
De foute keuzes komen uit echte misverstanden (de bewijsregels van de cursus). Hoe vaak een
lesnotebook een zelftoets heeft (minstens om het kwartier), meet `ritme`.

>>> all(Meerkeuzevraag(**v) for v in ZELFTOETSEN.values())
True
>>> ZELFTOETSEN["1.1-interval"]["juist"].startswith("Gemiddelden tussen 62,5 en 63,2")
True
"""

from __future__ import annotations

from .vraag import MIN_LENGTE_FEEDBACK, Meerkeuzevraag
from .vragen_derde_reeks import DERDE_REEKS
from .vragen_eerste_reeks import EERSTE_REEKS
from .vragen_tweede_reeks import TWEEDE_REEKS

#: Alle zelftoetsen, per code (bv. ``"1.1-interval"``), in de volgorde van de drie reeksen.
ZELFTOETSEN: dict[str, dict] = {**EERSTE_REEKS, **TWEEDE_REEKS, **DERDE_REEKS}

__all__ = ["Meerkeuzevraag", "ZELFTOETSEN", "MIN_LENGTE_FEEDBACK"]
