"""Tests voor `schooldata_lit.kwaliteitszorg`: de kwaliteitscirkel en de trendverkenner."""

from __future__ import annotations

import pandas as pd
import pytest

from schooldata_lit import kwaliteitszorg as kz
from schooldata_lit.dataplan import CYCLUS


def test_kwaliteitscyclus_dekt_alle_datateamstappen():
    tabel = kz.kwaliteitscyclus()
    assert tabel["fase"].tolist() == ["Plan", "Do", "Check", "Act"]
    tekst = " ".join(tabel["datateamstappen"])
    for stap in CYCLUS:
        assert f"{stap.nummer}. {stap.naam}" in tekst


@pytest.fixture
def kleine_school():
    jr = pd.DataFrame({
        "leerling_id": ["a", "b", "c", "a", "b", "c"],
        "schooljaar": ["2024-2025"] * 3 + ["2025-2026"] * 3,
        "leerjaar": [1, 1, 2, 2, 2, 3], "vak": "Wiskunde",
        "eindpercentage": [40.0, 60, 80, 55, 65, 75]})
    at = pd.DataFrame({
        "leerling_id": ["a", "b", "c", "a", "b", "c"],
        "schooljaar": ["2024-2025"] * 3 + ["2025-2026"] * 3,
        "leerjaar": [1, 1, 2, 2, 2, 3], "finaliteit": "A-stroom",
        "attest": ["C", "A", "A", "A", "B", "A"]})
    return jr, at


def test_verkenner_toont_trend_en_tabel(kleine_school):
    jr, at = kleine_school
    w = kz.trend_verkenner(jr, at)
    indicator, vak, leerjaar, groep = w.children[0].children
    uit = w.children[1]
    assert "application/vnd.plotly.v1+json" in uit.outputs[0]["data"]
    tekst = uit.outputs[-1]["data"]["text/plain"]
    assert "60.0" in tekst and "65.0" in tekst  # (40 + 60 + 80) / 3 en (55 + 65 + 75) / 3
    indicator.value = "aandeel C-attesten"
    assert vak.disabled
    assert "33.3" in uit.outputs[-1]["data"]["text/plain"]  # 1 van 3 in 2024-2025
    leerjaar.value = 3
    assert "2025-2026" in uit.outputs[-1]["data"]["text/plain"]
    indicator.value = "gemiddeld eindpercentage"
    vak.value = "Wiskunde"
    leerjaar.value = 1
    assert "2024-2025" in uit.outputs[-1]["data"]["text/plain"]


def test_verkenner_zonder_gegevens(kleine_school):
    jr, at = kleine_school
    w = kz.trend_verkenner(jr.iloc[:0].copy(), at)
    assert "Geen gegevens" in w.children[1].outputs[0]["text"]
