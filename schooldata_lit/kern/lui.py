"""Lui laden (PEP 562): een naam pas importeren wanneer iemand ze gebruikt.

Zo laadt ``import schooldata_lit`` geen plotly of ipywidgets, en laadt een hoofdstukmodule
zoals `schooldata_lit.doorstroom` de widgets (in `schooldata_lit.schermen`) pas als je er een
opvraagt.

>>> __getattr__ = lui_doorverwijzen("voorbeeld", ".kern.controle", ["als_lijst"])
>>> __getattr__("als_lijst")("klas")
['klas']
>>> __getattr__("bestaat_niet")
Traceback (most recent call last):
...
AttributeError: module 'voorbeeld' has no attribute 'bestaat_niet'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["lui_doorverwijzen"]


def lui_doorverwijzen(module: str, doel: str, namen: Iterable[str]) -> Callable[[str], Any]:
    """Een module-``__getattr__`` die `namen` pas bij gebruik uit `doel` haalt.

    `doel` is een module relatief aan ``schooldata_lit`` (bv. ``".schermen.doorstroom"``).
    """
    bekend = frozenset(namen)

    def __getattr__(naam: str) -> Any:
        if naam in bekend:
            return getattr(importlib.import_module(doel, "schooldata_lit"), naam)
        raise AttributeError(f"module {module!r} has no attribute {naam!r}")

    return __getattr__
