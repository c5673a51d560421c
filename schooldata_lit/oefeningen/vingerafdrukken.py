"""Vingerafdrukken van antwoorden: een verborgen test vergelijkt een antwoord met de
vingerafdruk van het juiste antwoord, zodat dat antwoord zelf niet in de notebook staat.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from numbers import Integral, Real
from typing import Any

import numpy as np

__all__ = ["vingerafdruk"]


def _normaliseer(waarde: Any) -> str:
    if waarde is None:
        return "niets"
    if isinstance(waarde, (bool, np.bool_)):
        return f"waarheid:{bool(waarde)}"
    if isinstance(waarde, Integral):
        return f"getal:{float(int(waarde)):.6f}"
    if isinstance(waarde, Real):
        getal = float(waarde)
        if math.isnan(getal):
            return "getal:nan"
        return f"getal:{getal:.6f}"
    if isinstance(waarde, str):
        return "tekst:" + waarde.strip()
    if isinstance(waarde, Iterable) and not isinstance(waarde, (bytes, dict)):
        return "reeks:[" + "|".join(sorted(_normaliseer(x) for x in waarde)) + "]"
    raise TypeError(
        f"vingerafdruk kan geen waarde van type {type(waarde).__name__} verwerken; "
        "verwacht een getal, tekst, waar/onwaar of een lijst daarvan.")


def vingerafdruk(waarde: Any) -> str:
    """Geef een korte vingerafdruk (hash) van een antwoord, om het in een verborgen test te
    vergelijken zonder het juiste antwoord zelf te tonen.

    Getallen tellen tot op 6 decimalen (3 en 3.0 geven dezelfde vingerafdruk); tekst zonder
    spaties vooraan of achteraan; bij een lijst, reeks (pandas Series) of verzameling speelt
    de volgorde geen rol.

    Parameters
    ----------
    waarde : een getal, tekst, True/False, of een lijst/reeks daarvan.

    Geeft terug
    -----------
    str : 16 hexadecimale tekens.

    Voorbeeld
    ---------
    >>> vingerafdruk(3) == vingerafdruk(3.0)
    True
    >>> vingerafdruk(["Bram", "Amira"]) == vingerafdruk(("Amira", "Bram"))
    True
    >>> vingerafdruk(64.8)
    '75bbc7f606222952'
    """
    return hashlib.sha256(_normaliseer(waarde).encode("utf-8")).hexdigest()[:16]


# -- antwoorden controleren -----------------------------------------------------------------

#: Hoe de verborgen tests een antwoord lezen. Dezelfde regels gelden voor elke vraag van elke
