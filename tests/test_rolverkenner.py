"""Tests voor schooldata_lit.schermen.rolverkenner (welke rol ziet wat, als widget)."""

import pytest

from schooldata_lit.privacy import ROLLEN
from schooldata_lit.schermen.rolverkenner import (
    beschrijf_toegang,
    rolverkenner,
    voorbeeld_wie,
    weergave_voor,
)


@pytest.mark.parametrize("rol", list(ROLLEN))
def test_voorbeeld_wie_past_bij_de_rol(rol):
    wie = voorbeeld_wie(rol)
    if ROLLEN[rol].wie is None:
        assert wie is None
    else:
        assert wie.startswith("L" if rol == "leerling" else "K")


def test_beschrijf_toegang_geen_toegang():
    assert "geen toegang" in beschrijf_toegang("leerling", "klassen")
    with pytest.raises(ValueError, match="Onbekende dataset"):
        beschrijf_toegang("leerling", "rapporten")


def test_verkenner_wisselt_van_rol_en_toont_weigering():
    verkenner = rolverkenner("leerling", "resultaten")
    assert verkenner.wie.value == voorbeeld_wie("leerling")
    verkenner.rol.value = "directie"
    assert verkenner.wie.value == "" and verkenner.wie.disabled
    verkenner.dataset.value = "grondwaarheid"
    assert "bestaat enkel in de cursus" in verkenner.uitvoer.value
    verkenner.rol.value = "leerling"
    verkenner.dataset.value = "afwezigheden"
    assert "<table" in verkenner.uitvoer.value


def test_weergave_voor_toont_weigering_en_tabel():
    weigering = weergave_voor("directie", "grondwaarheid")
    assert "⛔" in weigering[-1] and "bestaat enkel in de cursus" in weigering[-1]
    delen = weergave_voor("leerling", "afwezigheden", voorbeeld_wie("leerling"), rijen=3)
    tabel = delen[-1]
    assert set(tabel["leerling_id"]) <= {voorbeeld_wie("leerling")}
    assert len(tabel) <= 3
    directie = weergave_voor("directie", "attesten")[-1]
    assert "leerling_id" not in directie.columns


@pytest.mark.parametrize(("rol", "dataset"), [("conciërge", "resultaten"),
                                               ("leerling", "rapporten")])
def test_verkenner_foute_invoer(rol, dataset):
    with pytest.raises(ValueError, match="Onbekende"):
        rolverkenner(rol, dataset)
