"""Elke notebook volgt dezelfde vorm: duur en leerdoelen vooraan, korte codecellen met uitleg,
denkvragen onderweg, kernpunten en reflectievragen op het einde, en de weg naar de opdracht."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
MAX_REGELS = 8  # een codecel voor iemand die niet programmeert, blijft kort


def _cellen(pad):
    return nbformat.read(pad, as_version=4).cells


@pytest.mark.parametrize("pad", NOTEBOOKS, ids=lambda p: p.stem)
def test_vorm_van_de_notebook(pad):
    cellen = _cellen(pad)
    eerste = cellen[0]
    assert eerste.cell_type == "markdown" and eerste.source.startswith("# ")
    begin = "\n".join(c.source for c in cellen[:3] if c.cell_type == "markdown")
    assert re.search(r"Duur:\s*±\s*\d+", begin), "vooraan hoort de duur (Duur: ± N minuten)"
    assert "**Leerdoelen**" in begin
    tekst = "\n".join(c.source for c in cellen if c.cell_type == "markdown")
    assert re.search(r"Denkvra(ag|gen)", tekst)
    slot = "\n".join(c.source for c in cellen[-3:] if c.cell_type == "markdown")
    assert "## Kernpunten" in slot and "## Reflectievragen" in slot


@pytest.mark.parametrize("pad", NOTEBOOKS, ids=lambda p: p.stem)
def test_codecellen_kort_en_uitgelegd(pad):
    cellen = _cellen(pad)
    for i, cel in enumerate(cellen):
        if cel.cell_type != "code":
            continue
        assert len(cel.source.splitlines()) <= MAX_REGELS, f"cel {i} is te lang"
        vorige = cellen[i - 1]
        assert vorige.cell_type == "markdown" or i == 0 or cellen[i - 2].cell_type == "markdown", (
            f"cel {i}: twee codecellen na elkaar zonder uitleg ervoor")


@pytest.mark.parametrize("pad", [p for p in NOTEBOOKS if p.stem != "eigen_data"],
                         ids=lambda p: p.stem)
def test_verwijst_naar_de_opdracht(pad):
    tekst = "\n".join(c.source for c in _cellen(pad) if c.cell_type == "markdown")
    assert "exercises/" in tekst


@pytest.mark.parametrize("pad", NOTEBOOKS, ids=lambda p: p.stem)
def test_geen_tijdstempels_in_de_notebook(pad):
    """Opnieuw uitvoeren mag de bytes niet doen verschuiven: geen uitvoeringstijden bewaren
    (voer uit met ``--ExecutePreprocessor.record_timing=False``)."""
    for i, cel in enumerate(_cellen(pad)):
        assert "execution" not in cel.metadata, f"cel {i} bewaart uitvoeringstijden"
