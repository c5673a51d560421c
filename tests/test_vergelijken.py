"""Tests voor schooldata_lit.vergelijken: aandelen met Wilson, Simpson, referentie."""

from __future__ import annotations

import pandas as pd
import pytest

from schooldata_lit import laad_dataset
from schooldata_lit.grafieken import samenvatting_per_jaar
from schooldata_lit.vergelijken import (
    aandeel_per_groep,
    grafiek_referentie,
    grafiek_simpson,
    simpson_tabel,
    vergelijk_met_referentie,
    wilson_interval,
)


@pytest.fixture(scope="module")
def attesten() -> pd.DataFrame:
    return laad_dataset("attesten")


# ----------------------------------------------------------------------------- Wilson

def test_wilson_grenzen():
    assert wilson_interval(0, 3)[0] == 0
    assert wilson_interval(3, 3)[1] == 100
    smal, breed = wilson_interval(50, 100), wilson_interval(1, 2)
    assert smal[1] - smal[0] < breed[1] - breed[0]
    with pytest.raises(ValueError):
        wilson_interval(4, 3)
    with pytest.raises(ValueError):
        wilson_interval(0, 0)


def test_aandeel_per_groep_zelfde_interval_als_grafieken(attesten):
    eigen = aandeel_per_groep(attesten, "schooljaar", waarden="C")
    ander = samenvatting_per_jaar(attesten, "attest", gelijk_aan="C")
    pd.testing.assert_series_equal(eigen["ondergrens"], ander["ondergrens"], check_names=False)
    assert eigen["n"].tolist() == ander["n"].tolist()


def test_aandeel_per_groep_klassen(attesten):
    k = aandeel_per_groep(attesten, "klas", waarden=["B", "C"], schooljaar="2025-2026")
    groot = k[k["n"] >= 10]
    assert groot.loc[groot["aandeel"].idxmax(), "klas"] == "4BOR"  # de geplante klas
    lat = k.set_index("klas").loc["6LAT"]
    assert lat["n"] == 2 and lat["onzeker"] and lat["bovengrens"] > 50
    with pytest.raises(ValueError, match="schooljaar"):
        aandeel_per_groep(attesten, "klas", schooljaar="1999-2000")
    with pytest.raises(ValueError, match="studiejaar"):
        aandeel_per_groep(attesten, "studiejaar")


# ----------------------------------------------------------------------------- Simpson

def test_simpson_in_de_eerste_graad(attesten):
    eerste = attesten[attesten["leerjaar"] == 1]
    t = simpson_tabel(eerste, tussen=("2024-2025", "2025-2026"))
    assert t.attrs["paradox"] is True
    assert t.loc["A-stroom", "richting"] == t.loc["B-stroom", "richting"] == "stijgt"
    assert t.loc["geheel", "richting"] == "daalt"
    assert t.loc["geheel", "n 2024-2025"] == t.drop(index="geheel")["n 2024-2025"].sum()
    fig = grafiek_simpson(t)
    assert [tr.name for tr in fig.data] == ["A-stroom", "B-stroom", "geheel"]


def test_simpson_zonder_paradox_en_fouten(attesten):
    t = simpson_tabel(attesten[attesten["leerjaar"] == 1], tussen=("2023-2024", "2024-2025"))
    assert isinstance(t.attrs["paradox"], bool)
    with pytest.raises(ValueError, match="kies er twee"):
        simpson_tabel(attesten)
    with pytest.raises(ValueError, match="1990"):
        simpson_tabel(attesten, tussen=("1990", "2025-2026"))
    with pytest.raises(ValueError, match="simpson_tabel"):
        grafiek_simpson(pd.DataFrame())


# ----------------------------------------------------------------------------- referentie

def test_referentie_centrale_toetsen():
    c = laad_dataset("centrale_toetsen")
    r = vergelijk_met_referentie(c)
    assert len(r) == 6
    hoger = r[r["besluit"] == "hoger dan de referentie"].index.tolist()
    assert hoger == [("2023-2024", "wiskunde")]
    assert ((r["ondergrens"] < r["gemiddelde"]) & (r["gemiddelde"] < r["bovengrens"])).all()
    fig = grafiek_referentie(r)
    assert len(fig.data) == 2 and len(fig.data[0].y) == 6


def test_referentie_moet_uniek_zijn():
    t = pd.DataFrame({"toets": "x", "score": [1, 2], "vlaams_gemiddelde": [1.0, 2.0]})
    with pytest.raises(ValueError, match="één referentie"):
        vergelijk_met_referentie(t, per="toets")
