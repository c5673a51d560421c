"""Knipperlichten op de data die een school echt heeft (issue 15): punten per periode,
afwezigheden als totalen, exports die ontbreken. Nooit stil, nooit een crash."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from schooldata_lit.importeren import importeer

knipperlichten_module = importlib.import_module("schooldata_lit.knipperlichten")
knipperlichten = knipperlichten_module.knipperlichten
regeloverzicht = knipperlichten_module.regeloverzicht
regelverslag = knipperlichten_module.regelverslag
standaardregels = knipperlichten_module.standaardregels

SLEUTEL = "test-sleutel-0123456789abcdef"
RAPPORT = {"kolommen": {"resultaten": {"leerling_id": ["nr"]}},
           "breed": {"resultaten": {"periode": {"Rapport 1": "P1", "Rapport 2": "P2"},
                                    "vast": {"vak": "Wiskunde", "maximum": "20"}}}}


@pytest.fixture(scope="module")
def rapportschool(tmp_path_factory) -> Path:
    """Een school met enkel rapportpunten (twee periodes), een leerlingenlijst en totalen."""
    map_ = tmp_path_factory.mktemp("rapporten")
    uit = map_ / "uit"
    lijst = "nr;Klas\n" + "".join(f"{i};3{'AB'[i % 2]}\n" for i in range(1, 41))
    (map_ / "leerlingen.csv").write_text(lijst, encoding="utf-8")
    importeer(map_ / "leerlingen.csv", "leerlingen", uit, sleutel=SLEUTEL,
              koppeling={"kolommen": {"leerlingen": {"leerling_id": ["nr"]}}},
              schooljaar="2025-2026")
    # leerling 1-4: tekort op het tweede rapport; 5-6: grote daling (18 -> 11)
    punten = ["nr;Klas;Rapport 1;Rapport 2"]
    for i in range(1, 41):
        r1, r2 = (11, 9) if i <= 4 else (18, 11) if i <= 6 else (13, 14)
        punten.append(f"{i};3{'AB'[i % 2]};{r1};{r2}")
    (map_ / "punten.csv").write_text("\n".join(punten) + "\n", encoding="utf-8")
    importeer(map_ / "punten.csv", "punten", uit, sleutel=SLEUTEL, koppeling=RAPPORT)
    totalen = "nr;Totaal afwezig\n" + "".join(f"{i};{60 if i == 7 else 4}\n"
                                              for i in range(1, 41))
    (map_ / "afwezig.csv").write_text(totalen, encoding="utf-8")
    importeer(map_ / "afwezig.csv", "afwezigheden", uit, sleutel=SLEUTEL,
              koppeling={"kolommen": {"afwezigheden": {"leerling_id": ["nr"]}}})
    return uit


def test_perioderegels_staan_aan_bij_punten_per_periode(rapportschool):
    assert set(knipperlichten_module.PERIODEREGELS) <= set(standaardregels(map=str(rapportschool)))
    lichten = knipperlichten(map=str(rapportschool))
    per_regel = lichten.groupby("indicator").size().to_dict()
    assert per_regel == {"tekort_laatste_periode": 4, "daling_tussen_periodes": 2}


def test_perioderegels_staan_uit_op_de_cursusschool():
    assert not set(knipperlichten_module.PERIODEREGELS) & set(standaardregels())
    overzicht = regeloverzicht(knipperlichten())
    assert (overzicht["gelopen"] == "ja").all()


def test_elke_oproep_zegt_welke_regels_liepen_en_waarom_niet(rapportschool):
    overzicht = regeloverzicht(knipperlichten(map=str(rapportschool)))
    assert overzicht.loc["tekort_laatste_periode", "gelopen"] == "ja"
    assert overzicht.loc["tekort_laatste_periode", "lichten"] == 4
    waarom = overzicht["waarom_niet"]
    assert "te weinig evaluaties per maand" in waarom["daling_basislijn"]
    assert "platformactiviteit ontbreekt" in waarom["dalende_activiteit"]
    assert "enkel totalen" in waarom["weekdagpatroon"]
    assert "attesten ontbreekt" in waarom["attesten_klas"]
    tekst = regelverslag(knipperlichten(map=str(rapportschool)))
    assert tekst.startswith("Konden lopen op deze data (")
    assert "nul lichten betekent hier dus niet 'niets aan de hand'" in tekst


def test_ontbrekende_export_geeft_geen_valueerror(rapportschool):
    """Vroeger: ValueError omdat platformactiviteit.csv ontbrak. Nu: de regels staan uit."""
    lichten = knipperlichten("alle", map=str(rapportschool))
    overzicht = regeloverzicht(lichten)
    assert set(overzicht.index) == set(knipperlichten_module.REGELS)
    assert not set(lichten["indicator"]) & set(overzicht.index[overzicht["gelopen"] == "nee"])


def test_afwezigheidstotalen_tellen_voor_de_aanwezigheid(rapportschool):
    lichten = knipperlichten(["lage_aanwezigheid"], map=str(rapportschool))
    assert len(lichten) == 1 and lichten["waarde"].iloc[0] < 0.9
    assert "totalen" in lichten["periode"].iloc[0]


def test_dashboard_toont_welke_regels_konden_lopen(rapportschool):
    pytest.importorskip("ipywidgets")
    from schooldata_lit.schermen.dashboards import KnipperlichtenDashboard

    bord = KnipperlichtenDashboard(map=rapportschool)
    assert bord.aan["tekort_laatste_periode"].value  # vanzelf aan: punten per periode
    assert "Welke regels konden lopen?" in bord.regelstatus.value
    assert "te weinig evaluaties per maand" in bord.regelstatus.value
    assert "Welke regels konden lopen?" in bord.children[2].value
