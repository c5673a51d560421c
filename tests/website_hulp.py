"""Gedeeld door de websitetests: het bouwscript van de cursuswebsite als module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

CURSUS = Path(__file__).resolve().parents[1]


def laad_bouwscript() -> ModuleType:
    """`website/bouw.py`, één keer geladen per testproces."""
    naam = "schooldata_website_bouw"
    if naam not in sys.modules:
        spec = importlib.util.spec_from_file_location(naam, CURSUS / "website" / "bouw.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[naam] = module
        spec.loader.exec_module(module)
    return sys.modules[naam]
