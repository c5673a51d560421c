"""Hoe vaak een lesnotebook een zelftoets heeft.

Een lesnotebook vermeldt vooraan zijn duur ("Duur: ± 60 minuten"), niet de duur van elke stap.
`tijdlijn` schat daarom per cel op welke minuut een cursist eraan begint: de duur wordt
verdeeld over de cellen van de les (tot "Kernpunten" of "Denkvragen") naar hun gewicht: een
tekstcel weegt haar aantal woorden, een codecel `GEWICHT_CODECEL` woorden plus die van haar code
(uitvoeren en de uitvoer of widget bekijken kost tijd). `grootste_tussenpoos` is dan de langste
tijd zonder zelftoets, van het begin tot de eerste, tussen twee zelftoetsen en van de laatste
tot het einde van de les. De cursus mikt op hoogstens `MAX_TUSSENPOOS` minuten.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["MAX_TUSSENPOOS", "GEWICHT_CODECEL", "duur", "tijdlijn", "zelftoetsmomenten",
           "grootste_tussenpoos"]

#: Zoveel minuten mag er hoogstens zonder zelftoets voorbijgaan.
MAX_TUSSENPOOS = 15.0
#: Een codecel weegt zoveel woorden (plus de woorden van haar code).
GEWICHT_CODECEL = 60

_ZELFTOETS = re.compile(r'ZELFTOETSEN\["([^"]+)"\]')
_EINDE = re.compile(r"^## (Kernpunten|Denkvragen|Reflectievragen)", re.M)


def _cellen(nb: Any) -> Sequence[Mapping[str, Any]]:
    return nb["cells"] if isinstance(nb, Mapping) else nb.cells


def _bron(cel: Mapping[str, Any]) -> str:
    bron = cel["source"]
    return "".join(bron) if isinstance(bron, list) else bron


def duur(nb: Any) -> int:
    """De duur in minuten die de eerste cel vermeldt ("Duur: ± 60 minuten").

    >>> duur({"cells": [{"cell_type": "markdown", "source": "# Les\\nDuur: ± 45 minuten"}]})
    45
    """
    gevonden = re.search(r"Duur:\s*±\s*(\d+)", _bron(_cellen(nb)[0]))
    if gevonden is None:
        raise ValueError("de eerste cel vermeldt geen duur (Duur: ± N minuten)")
    return int(gevonden.group(1))


def tijdlijn(nb: Any) -> list[float]:
    """Per cel van de les de geschatte minuut waarop een cursist eraan begint (de cellen vanaf
    "Kernpunten" of "Denkvragen" horen niet meer bij de les en vallen weg)."""
    cellen = list(_cellen(nb))
    einde = next((i for i, c in enumerate(cellen)
                  if c["cell_type"] == "markdown" and _EINDE.search(_bron(c))), len(cellen))
    gewichten = [len(_bron(c).split()) + (GEWICHT_CODECEL if c["cell_type"] == "code" else 0)
                 for c in cellen[:einde]]
    totaal = sum(gewichten) or 1
    minuten, opgeteld = [], 0
    for gewicht in gewichten:
        minuten.append(round(duur(nb) * opgeteld / totaal, 1))
        opgeteld += gewicht
    return minuten


def zelftoetsmomenten(nb: Any) -> list[tuple[float, str]]:
    """(minuut, code) van elke zelftoets in de les, in volgorde.

    >>> nb = {"cells": [
    ...     {"cell_type": "markdown", "source": "Duur: ± 20 minuten " + "woord " * 56},
    ...     {"cell_type": "code", "source": 'meerkeuze(**ZELFTOETSEN["x"])'},
    ...     {"cell_type": "markdown", "source": "woord " * 119}]}
    >>> zelftoetsmomenten(nb)  # 60 van de 240 woorden: na 5 van de 20 minuten
    [(5.0, 'x')]
    >>> grootste_tussenpoos(nb)  # van de zelftoets tot het einde
    15.0
    """
    momenten = []
    for cel, minuut in zip(_cellen(nb), tijdlijn(nb), strict=False):
        if cel["cell_type"] == "code":
            momenten += [(minuut, code) for code in _ZELFTOETS.findall(_bron(cel))]
    return momenten


def grootste_tussenpoos(nb: Any) -> float:
    """De langste tijd (in minuten) zonder zelftoets: van het begin tot de eerste, tussen twee
    zelftoetsen, en van de laatste tot het einde van de les."""
    punten = [0.0, *(m for m, _ in zelftoetsmomenten(nb)), float(duur(nb))]
    return round(max(b - a for a, b in zip(punten, punten[1:], strict=False)), 1)
