"""Waar de bibliotheek de cursusbestanden vindt: de datasets en de voorbeeldbestanden.

Alle andere modules vragen hun mappen hier op, zodat er maar één plek is die weet waar
``datasets/`` en ``voorbeelden/`` staan.

>>> cursusbestanden("datasets").name
'datasets'
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["cursusbestanden"]

#: De map van de cursus (de repository) waarin deze bibliotheek staat.
_CURSUS = Path(__file__).resolve().parents[2]


def cursusbestanden(naam: str) -> Path:
    """De map ``datasets`` of ``voorbeelden`` van de cursus."""
    return _CURSUS / naam
