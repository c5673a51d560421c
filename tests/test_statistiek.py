"""De statistische hulpjes, de vergelijkingshulp en de simulaties: juist, reproduceerbaar en
eerlijk over het aantal vergelijkingen."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from schooldata_lit.evaluatie import evaluatie_per_peildatum, evalueer_knipperlichten
from schooldata_lit.indicatoren import attesten_per_klas
from schooldata_lit.kern.data import laad_dataset
from schooldata_lit.kern.statistiek import binomiaal_p, holm, p_uit_z, verwacht_bij_toeval
from schooldata_lit.simulatie import (
    klassen_zonder_verandering,
    permutatietoets,
    steekproeven,
)
from schooldata_lit.vergelijken import veel_vergelijkingen
from schooldata_lit.verslag import klascijfer_zin, periodeverschillen
from schooldata_lit.zelftoets import Meerkeuzevraag

# -- statistiek ------------------------------------------------------------------------------


def test_binomiaal_p_is_exact():
    # met de hand: P(X >= 2 | n = 3, p = 0,5) = (3 + 1) / 8
    assert binomiaal_p(2, 3, 0.5) == pytest.approx(0.5)
    assert binomiaal_p(0, 10, 0.3) == pytest.approx(1.0)
    assert binomiaal_p(10, 10, 0.5) == pytest.approx(0.5**10)
    with pytest.raises(ValueError, match="p0"):
        binomiaal_p(1, 10, 1.5)


def test_holm_tegen_de_definitie():
    p = [0.04, 0.001, 0.03, 0.5, math.nan]
    aangepast = holm(p)
    # gesorteerd: 0,001 × 4; 0,03 × 3; 0,04 × 2 (maar niet kleiner dan de vorige); 0,5 × 1
    assert aangepast[1] == pytest.approx(0.004)
    assert aangepast[2] == pytest.approx(0.09)
    assert aangepast[0] == pytest.approx(0.09)
    assert aangepast[3] == pytest.approx(0.5)
    assert math.isnan(aangepast[4])


def test_p_uit_z_en_verwachting():
    assert p_uit_z(0) == pytest.approx(1.0)
    assert p_uit_z(-2.5758) == pytest.approx(0.01, abs=1e-4)
    assert verwacht_bij_toeval(64) == 3.2


def test_veel_vergelijkingen_zegt_het_aantal():
    t = pd.DataFrame({"p": [0.01, 0.02, 0.2]})
    uit = veel_vergelijkingen(t, wat="vakken")
    assert uit.attrs["aantal_vergelijkingen"] == 3
    assert uit.attrs["opvallend_zonder_correctie"] == 2
    assert "3 vakken vergeleken" in uit.attrs["uitleg"]
    assert uit["p_holm"].tolist() == pytest.approx([0.03, 0.04, 0.2])


# -- de klassen van de cursusschool ----------------------------------------------------------


@pytest.fixture(scope="module")
def klassen():
    return periodeverschillen(laad_dataset("resultaten"))


def test_naief_veel_opvallend_na_correctie_geen(klassen):
    """Het interval per klas (leerlingen onafhankelijk) geeft 16 van 62 'opvallend'; naast
    de andere klassen en na correctie voor 62 vergelijkingen blijft er geen over."""
    assert klassen.attrs["aantal_vergelijkingen"] == 62
    assert klassen.attrs["naief_opvallend"] == 16
    assert klassen.attrs["opvallend_zonder_correctie"] <= 5
    assert not klassen["opvallend_na_correctie"].any()
    assert klassen.attrs["schoolverschil"] < 0  # de hele school zakte ook


def test_naief_opvallende_klas_is_niet_bijzonder_naast_de_andere_klassen(klassen):
    # 5BOR1: 0 buiten het naïeve interval en p < 0,05 zonder correctie, maar niet erna
    rij = klassen.set_index("klas").loc["5BOR1"]
    assert rij["0_buiten_interval"] and rij["p"] < 0.05 and not rij["opvallend_na_correctie"]
    zin = klascijfer_zin(laad_dataset("resultaten"), "5BOR1", alle_klassen=klassen)
    assert "62 vergeleken" in zin and "groter dan het toeval" not in zin
    # 4BOR (de klas met veel B- en C-attesten) zakte in P4 niet: 0 ligt in het interval
    bor = klassen.set_index("klas").loc["4BOR"]
    assert not bor["0_buiten_interval"] and not bor["opvallend_na_correctie"]


def test_attesten_per_klas_exact_en_gecorrigeerd():
    per_klas = attesten_per_klas(laad_dataset("attesten"), "2025-2026")
    assert per_klas.attrs["aantal_vergelijkingen"] == len(per_klas) == 62
    bor = per_klas.set_index("klas").loc["4BOR"]
    assert bor["p_exact"] == pytest.approx(binomiaal_p(10, 24, bor["vergelijking"]))
    assert bor["p_holm"] < 0.05  # de geplante klas valt ook na correctie op
    assert bor["p_holm"] >= bor["p_exact"] * 1  # nooit kleiner na correctie
    assert (per_klas["p_holm"] >= per_klas["p_exact"] - 1e-12).all()


# -- simulaties ------------------------------------------------------------------------------


def test_simulatie_is_reproduceerbaar():
    a = klassen_zonder_verandering(seed=11)
    b = klassen_zonder_verandering(seed=11)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(klassen_zonder_verandering(seed=12))


def test_zonder_verandering_ongeveer_vijf_procent():
    gemiddeld = np.mean([klassen_zonder_verandering(seed=s)["groter_dan_toeval"].sum()
                         for s in range(100)])
    assert 2.0 < gemiddeld < 4.5  # 5 % van 64 = 3,2


def test_gedeelde_toets_geeft_veel_meer_vals_alarm():
    zonder = np.mean([klassen_zonder_verandering(seed=s)["groter_dan_toeval"].sum()
                      for s in range(30)])
    met = np.mean([klassen_zonder_verandering(toetseffect=2.0, seed=s)["groter_dan_toeval"]
                   .sum() for s in range(30)])
    assert met > 4 * zonder


def test_steekproeven_vangen_ongeveer_95_procent():
    waarden = laad_dataset("jaarresultaten")["eindpercentage"].dropna()
    s = steekproeven(waarden, n=20, aantal=400, seed=5)
    assert 0.92 <= s["vangt_echte"].mean() <= 0.98
    with pytest.raises(ValueError, match="n moet"):
        steekproeven([1, 2, 3], n=5)


def test_permutatietoets():
    gelijk = permutatietoets(list(range(20)), ["a", "b"] * 10, herhalingen=500, seed=1)
    assert gelijk.p > 0.5
    uit = permutatietoets(list(range(20)), ["a"] * 10 + ["b"] * 10, herhalingen=500, seed=1)
    assert uit.waargenomen == -10 and uit.p < 0.01
    assert repr(uit).startswith("Permutatietoets a (n = 10) min b (n = 10)")
    with pytest.raises(ValueError, match="twee groepen"):
        permutatietoets([1, 2, 3], ["a", "b", "c"])


# -- knipperlichten: strikt, basisratio, op de dag zelf ---------------------------------------


def test_evaluatie_meldt_strikt_basisratio_en_blijft_compatibel():
    e = evalueer_knipperlichten()
    assert round(e.precisie, 2) == 0.81 and round(e.recall, 2) == 0.94  # zoals vroeger
    assert round(e.precisie_strikt, 2) == 0.69
    assert e.precisie_strikt < e.precisie
    br = e.basisratio.loc["leerling"]
    assert int(br["eenheden"]) == 868 and int(br["signalen"]) + 2 == len(e.signalen)
    tekst = repr(e)
    assert "terecht (precisie): 38 van 47" in tekst  # de oude regel blijft
    assert "strikte precisie" in tekst and "basisratio" in tekst and "achteraf" in tekst


def test_op_de_dag_zelf_is_het_minder_mooi():
    t = evaluatie_per_peildatum(["2026-01-31", "2026-06-30"])
    # de kolommen zeggen wat ze tellen: eenheden (leerlingen, klassen, vakken) of lichten
    assert list(t.columns) == ["peildatum", "eenheden_met_licht", "lichten", "precisie",
                               "precisie_strikt", "recall"]
    assert (t["lichten"] >= t["eenheden_met_licht"]).all()
    e = evalueer_knipperlichten(peildatum="2026-01-31")
    assert t.loc[0, "eenheden_met_licht"] == len(e.eenheden)
    assert f"van {len(e.eenheden)} leerlingen/klassen/vakken met een licht" in repr(e)
    assert f"van {t.loc[0, 'lichten']} lichten" in repr(e)
    januari, juni = t.iloc[0], t.iloc[1]
    assert januari["recall"] < juni["recall"]
    assert januari["precisie_strikt"] <= januari["precisie"]
    assert evalueer_knipperlichten(peildatum="2026-01-31").peildatum == "2026-01-31"


# -- zelftoets ------------------------------------------------------------------------------


def test_meerkeuze_eist_uitleg_bij_elke_keuze():
    with pytest.raises(ValueError, match="te kort"):
        Meerkeuzevraag("Vraag?", {"a": "Juist, want zo staat het in de tabel.", "b": "fout"},
                       "a")
    with pytest.raises(ValueError, match="staat niet bij"):
        Meerkeuzevraag("Vraag?", {"a": "x" * 30, "b": "y" * 30}, "c")
    v = Meerkeuzevraag("Vraag?", {"a": "x" * 30, "b": "y" * 30}, "b")
    assert v.antwoord("b") == (True, "y" * 30)
    with pytest.raises(ValueError, match="Onbekende keuze"):
        v.antwoord("z")


# -- leerwinst: zelfde toets, veel vakken ------------------------------------------------------


def test_p_uit_t_tegen_bekende_waarden():
    from schooldata_lit.kern.statistiek import p_uit_t, t_kwantiel

    assert p_uit_t(2.0, 10) == pytest.approx(0.07339, abs=1e-4)
    assert p_uit_t(t_kwantiel(4), 4) == pytest.approx(0.05, abs=1e-4)
    assert p_uit_t(1.96, 100000) == pytest.approx(p_uit_z(1.96), abs=1e-4)


def test_twee_examens_geven_een_kanttekening_en_een_p_per_vak():
    from schooldata_lit.leerwinst import leerwinst, leerwinst_per_groep, metingen_per_periode

    voor, na = metingen_per_periode(laad_dataset("resultaten"), "P2", "P4")
    lw = leerwinst(voor[voor["vak"] == "Wiskunde"], na[na["vak"] == "Wiskunde"],
                   ontbrekend="apart")
    assert lw.waarschuwingen[0].startswith("Twee verschillende toetsen (examen P2 en examen P4)")
    per_vak = veel_vergelijkingen(leerwinst_per_groep(voor, na, "vak", ontbrekend="apart"),
                                  wat="vakken")
    assert per_vak.attrs["aantal_vergelijkingen"] == len(per_vak) == 14
    assert per_vak["p"].between(0, 1).all()


def test_parallelle_toets_geeft_geen_kanttekening_over_toetsen():
    from schooldata_lit.leerwinst import leerwinst, vergelijk_winst
    from schooldata_lit.simulatie import parallelle_toets

    voor, na = parallelle_toets(seed=1)
    assert not any("verschillende toetsen" in w for w in leerwinst(voor, na).waarschuwingen)
    uit = vergelijk_winst(voor, na, "groep", "met actie", "zonder actie").iloc[0]
    assert uit["ondergrens"] < uit["verschil"] < uit["bovengrens"]
    # over veel simulaties ligt het geschatte verschil rond het echte effect (4)
    verschillen = [vergelijk_winst(*parallelle_toets(seed=s), "groep", "met actie",
                                   "zonder actie").iloc[0]["verschil"] for s in range(40)]
    assert 2.5 < float(np.mean(verschillen)) < 5.5


# -- zelftoetsen in de lesnotebooks -------------------------------------------------------------


def test_zelftoetsen_bestaan_en_staan_in_de_notebooks():
    """Elke zelftoets in een notebook bestaat, elke zelftoets wordt gebruikt, en in elke
    lesnotebook gaan er hoogstens 15 minuten voorbij zonder zelftoets (van het begin tot de
    eerste, tussen twee en van de laatste tot het einde; geschat met `zelftoets.ritme`)."""
    import re
    from pathlib import Path

    import nbformat

    from schooldata_lit.zelftoets import ZELFTOETSEN
    from schooldata_lit.zelftoets.ritme import (
        MAX_TUSSENPOOS,
        grootste_tussenpoos,
        zelftoetsmomenten,
    )

    gebruikt: set[str] = set()
    map_ = Path(__file__).resolve().parents[1] / "notebooks"
    for pad in sorted(map_.glob("*.ipynb")):
        nb = nbformat.read(pad, as_version=4)
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        sleutels = re.findall(r'ZELFTOETSEN\["([^"]+)"\]', code)
        assert set(sleutels) <= set(ZELFTOETSEN), pad.name
        gebruikt |= set(sleutels)
        if pad.stem == "eigen_data":
            continue
        assert MAX_TUSSENPOOS == 15
        assert len(zelftoetsmomenten(nb)) == len(sleutels), pad.name
        assert grootste_tussenpoos(nb) <= MAX_TUSSENPOOS, (
            f"{pad.name}: {grootste_tussenpoos(nb)} minuten zonder zelftoets; momenten: "
            f"{zelftoetsmomenten(nb)}")
    assert gebruikt == set(ZELFTOETSEN)


def test_feedback_verklapt_het_antwoord_niet():
    """De uitleg bij een foute keuze noemt de juiste keuze niet letterlijk."""
    from schooldata_lit.zelftoets import ZELFTOETSEN

    for sleutel, v in ZELFTOETSEN.items():
        for optie, uitleg in v["feedback_per_optie"].items():
            if optie != v["juist"]:
                assert v["juist"].lower() not in uitleg.lower(), sleutel
                assert not uitleg.lower().startswith("juist"), sleutel
            else:
                assert uitleg.startswith("Juist"), sleutel
