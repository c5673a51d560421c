"""Gedeelde fixtures voor de tests."""

from __future__ import annotations

import pytest

import schooldata_lit as sd


@pytest.fixture(scope="session")
def school() -> dict:
    """Alle datasets van de cursusschool, één keer geladen."""
    return {naam: sd.laad_dataset(naam) for naam in sd.beschikbare_datasets()}
