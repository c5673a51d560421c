"""Tests voor `schooldata_lit.leerwinst`: waarden met de hand, eigenschappen en foutmeldingen."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from schooldata_lit import leerwinst as lw
from schooldata_lit.kern.data import laad_dataset

# ------------------------------------------------------------------------------- fixtures


@pytest.fixture
def voor() -> pd.DataFrame:
    return pd.DataFrame({"leerling_id": ["L1", "L2", "L3", "L4"],
                         "percentage": [40.0, 50.0, 60.0, 80.0]})


@pytest.fixture
def na() -> pd.DataFrame:
    # winsten: 20, 10, 0, 10 -> gemiddelde 10, sd = sqrt(200/3) = 8,165
    return pd.DataFrame({"leerling_id": ["L3", "L1", "L4", "L2"],
                         "percentage": [60.0, 60.0, 90.0, 60.0]})


# --------------------------------------------------------------------- waarden met de hand

def test_ruwe_winst_met_de_hand(voor, na):
    r = lw.leerwinst(voor, na)
    assert r.n == 4
    assert r.per_leerling["leerling_id"].tolist() == ["L1", "L2", "L3", "L4"]
    assert r.per_leerling["winst"].tolist() == [20.0, 10.0, 0.0, 10.0]
    assert r.gemiddelde_voor == 57.5
    assert r.gemiddelde_na == 67.5
    assert r.gemiddelde_winst == 10.0


def test_interval_met_de_hand(voor, na):
    r = lw.leerwinst(voor, na)
    sd = math.sqrt(200 / 3)
    half = 3.1824 * sd / 2  # t(3) = 3,1824, √4 = 2
    assert r.winst_ondergrens == pytest.approx(10 - half, abs=1e-3)
    assert r.winst_bovengrens == pytest.approx(10 + half, abs=1e-3)


def test_genormaliseerde_winst_met_de_hand(voor, na):
    r = lw.leerwinst(voor, na)
    # per leerling: 20/60, 10/50, 0/40, 10/20
    assert r.per_leerling["genormaliseerde_winst"].tolist() == pytest.approx(
        [1 / 3, 0.2, 0.0, 0.5])
    # Hake op de groepsgemiddelden: (67,5 - 57,5) / (100 - 57,5)
    assert r.genormaliseerde_winst == pytest.approx(10 / 42.5)


def test_effectgrootte_dz_met_de_hand(voor, na):
    r = lw.leerwinst(voor, na)
    d = 10 / math.sqrt(200 / 3)
    assert r.effectgrootte == pytest.approx(d)
    se = math.sqrt(1 / 4 + d**2 / 8)
    assert r.effect_ondergrens == pytest.approx(d - 1.959964 * se, abs=1e-5)
    assert r.effect_bovengrens == pytest.approx(d + 1.959964 * se, abs=1e-5)


def test_ander_maximum_en_kolom():
    voor = pd.DataFrame({"leerling_id": ["a", "b"], "score": [10.0, 15.0]})
    na = pd.DataFrame({"leerling_id": ["a", "b"], "score": [15.0, 20.0]})
    r = lw.leerwinst(voor, na, kolom="score", maximum=20)
    # a: 5 / (20 - 10) = 0,5; b: 5 / (20 - 15) = 1
    assert r.per_leerling["genormaliseerde_winst"].tolist() == [0.5, 1.0]
    assert r.genormaliseerde_winst == pytest.approx(5 / 7.5)


def test_plafond_geeft_geen_genormaliseerde_winst_en_een_waarschuwing():
    voor = pd.DataFrame({"leerling_id": ["a", "b"], "percentage": [100.0, 50.0]})
    na = pd.DataFrame({"leerling_id": ["a", "b"], "percentage": [90.0, 75.0]})
    r = lw.leerwinst(voor, na)
    g = r.per_leerling.set_index("leerling_id")["genormaliseerde_winst"]
    assert math.isnan(g["a"]) and g["b"] == 0.5
    assert any("al het maximum" in w for w in r.waarschuwingen)


def test_groepsgemiddelde_op_het_maximum_geeft_geen_hake():
    voor = pd.DataFrame({"leerling_id": ["a", "b"], "percentage": [100.0, 100.0]})
    na = pd.DataFrame({"leerling_id": ["a", "b"], "percentage": [90.0, 100.0]})
    assert math.isnan(lw.leerwinst(voor, na).genormaliseerde_winst)


# ---------------------------------------------------------------------------- eigenschappen

@pytest.mark.parametrize("zaad", [1, 2, 3])
def test_geen_winst_als_voor_gelijk_is_aan_na(zaad):
    rng = np.random.default_rng(zaad)
    scores = rng.uniform(0, 99, 30).round(1)
    tabel = pd.DataFrame({"leerling_id": [f"L{i}" for i in range(30)], "percentage": scores})
    r = lw.leerwinst(tabel, tabel.sample(frac=1, random_state=zaad))
    assert r.gemiddelde_winst == 0
    assert (r.per_leerling["winst"] == 0).all()
    assert (r.per_leerling["genormaliseerde_winst"] == 0).all()
    assert r.genormaliseerde_winst == 0
    assert r.effectgrootte == 0
    assert r.winst_ondergrens == 0 and r.winst_bovengrens == 0


def test_invoer_blijft_ongewijzigd(voor, na):
    kopie_voor, kopie_na = voor.copy(), na.copy()
    lw.leerwinst(voor, na)
    pd.testing.assert_frame_equal(voor, kopie_voor)
    pd.testing.assert_frame_equal(na, kopie_na)


def test_winst_verschuift_mee_met_een_constante(voor):
    na = voor.assign(percentage=voor["percentage"] + 5)
    r = lw.leerwinst(voor, na)
    assert r.gemiddelde_winst == 5
    assert math.isnan(r.effectgrootte)  # geen spreiding in de winst
    assert any("precies evenveel" in w for w in r.waarschuwingen)


def test_waarschuwingen_altijd_controlegroep_en_regressie(voor, na):
    w = lw.leerwinst(voor, na).waarschuwingen
    assert w[0] == lw.WAARSCHUWING_CONTROLEGROEP
    assert w[1] == lw.WAARSCHUWING_REGRESSIE
    assert any("Kleine groep (n = 4)" in x for x in w)
    assert "Kanttekeningen" in repr(lw.leerwinst(voor, na))


def test_regressie_naar_het_gemiddelde_wordt_gemeld_als_laag_meer_wint():
    voor = pd.DataFrame({"leerling_id": list("abcdef"),
                         "percentage": [30.0, 40, 50, 60, 70, 80]})
    na = voor.assign(percentage=[50.0, 55, 55, 60, 62, 65])
    w = lw.leerwinst(voor, na).waarschuwingen
    assert any("correlatie tussen voormeting en winst" in x for x in w)


def test_samenvatting_heeft_zes_rijen(voor, na):
    s = lw.leerwinst(voor, na).samenvatting()
    assert list(s.columns) == ["grootheid", "waarde", "uitleg"]
    assert len(s) == 6
    assert s.loc[3, "waarde"] == "10,0"


# ------------------------------------------------------------------ koppelen en foutmeldingen

def test_leerling_in_een_meting_geeft_duidelijke_fout(voor, na):
    with pytest.raises(ValueError, match=r"1 leerling\(en\) komen maar in één meting voor: "
                                         r"L9 \(enkel in de nameting\)"):
        lw.leerwinst(voor, pd.concat([na, pd.DataFrame({"leerling_id": ["L9"],
                                                       "percentage": [70.0]})]))


def test_apart_zet_ze_apart_en_meldt_ze(voor, na):
    na2 = pd.concat([na.iloc[1:], pd.DataFrame({"leerling_id": ["L9"], "percentage": [70.0]})])
    r = lw.leerwinst(voor, na2, ontbrekend="apart")
    assert r.n == 3
    ng = r.niet_gekoppeld.set_index("leerling_id")
    assert ng.loc["L3", "reden"] == "ontbreekt in de nameting"
    assert ng.loc["L9", "reden"] == "ontbreekt in de voormeting"
    assert any("2 leerling(en) hebben maar één meting" in w for w in r.waarschuwingen)
    # niets stilletjes weg: gekoppeld + niet gekoppeld = alle leerlingen
    alle = set(voor["leerling_id"]) | set(na2["leerling_id"])
    assert set(r.per_leerling["leerling_id"]) | set(ng.index) == alle


def test_lege_score_telt_als_niet_gemeten(voor, na):
    na2 = na.assign(percentage=[np.nan, 60.0, 90.0, 60.0])  # L3 zonder score
    with pytest.raises(ValueError, match="L3 \\(geen score in de nameting\\)"):
        lw.leerwinst(voor, na2)
    r = lw.leerwinst(voor, na2, ontbrekend="apart")
    assert r.niet_gekoppeld["leerling_id"].tolist() == ["L3"]


def test_dubbele_leerling_geeft_fout(voor, na):
    with pytest.raises(ValueError, match="meer dan één keer.*sleutel=\\['leerling_id', 'vak'\\]"):
        lw.leerwinst(pd.concat([voor, voor.iloc[:1]]), na)


def test_ontbrekende_kolom_noemt_wat_er_wel_is(voor, na):
    with pytest.raises(ValueError, match="mist de kolom 'score'.*leerling_id"):
        lw.leerwinst(voor, na, kolom="score")


def test_score_boven_maximum(voor, na):
    with pytest.raises(ValueError, match="buiten 0 tot 20,0.*maximum=20"):
        lw.leerwinst(voor, na, maximum=20)


def test_geen_tabel_en_fout_maximum_en_fout_keuze(voor, na):
    with pytest.raises(TypeError, match="DataFrame"):
        lw.leerwinst([1, 2], na)
    with pytest.raises(ValueError, match="positief getal"):
        lw.leerwinst(voor, na, maximum=0)
    with pytest.raises(ValueError, match="kies 'fout' of 'apart'"):
        lw.leerwinst(voor, na, ontbrekend="weg")


def test_geen_enkele_koppeling(voor):
    andere = voor.assign(leerling_id=["X1", "X2", "X3", "X4"])
    with pytest.raises(ValueError, match="Geen enkele leerling"):
        lw.leerwinst(voor, andere, ontbrekend="apart")


def test_tekst_in_plaats_van_getal(voor, na):
    with pytest.raises(ValueError, match="moet getallen bevatten"):
        lw.leerwinst(voor.assign(percentage=["veel"] * 4), na)


# --------------------------------------------------------------------------- per groep

def test_per_groep_met_de_hand():
    voor = pd.DataFrame({"leerling_id": ["a", "b", "a", "b"], "vak": ["F", "F", "W", "W"],
                         "percentage": [50.0, 60, 70, 80]})
    na = voor.assign(percentage=[60.0, 70, 70, 70])
    t = lw.leerwinst_per_groep(voor, na, "vak")
    assert t["vak"].tolist() == ["F", "W"]
    assert t["winst"].tolist() == [10.0, -5.0]
    assert t["klein"].all()
    assert t.loc[0, "effectgrootte"] != t.loc[0, "effectgrootte"]  # nan: geen spreiding


# ------------------------------------------------------------- metingen uit de schooldata

@pytest.fixture(scope="module")
def resultaten() -> pd.DataFrame:
    return laad_dataset("resultaten")


def test_metingen_per_periode_op_de_schooldata(resultaten):
    voor, na = lw.metingen_per_periode(resultaten)
    assert {"leerling_id", "klas", "vak", "percentage", "evaluaties"} <= set(voor.columns)
    assert not voor.duplicated(["leerling_id", "vak"]).any()
    r = lw.leerwinst(voor, na, sleutel=["leerling_id", "vak"], ontbrekend="apart")
    assert r.n + len(r.niet_gekoppeld) == len(
        set(map(tuple, voor[["leerling_id", "vak"]].values))
        | set(map(tuple, na[["leerling_id", "vak"]].values)))
    assert abs(r.gemiddelde_winst) < 3  # examens in december en juni even moeilijk


def test_metingen_per_periode_fouten(resultaten):
    with pytest.raises(ValueError, match="Onbekende periode 'P9'"):
        lw.metingen_per_periode(resultaten, "P9", "P4")
    with pytest.raises(ValueError, match="dezelfde periode"):
        lw.metingen_per_periode(resultaten, "P2", "P2")
    with pytest.raises(ValueError, match="Onbekende soort 'examens'"):
        lw.metingen_per_periode(resultaten, soort="examens")


def test_remediering_toont_regressie_naar_het_gemiddelde(resultaten):
    """De generator geeft remediëring geen effect: beide groepen 'winnen' evenveel."""
    begeleiding = laad_dataset("begeleiding")
    voor, na = lw.metingen_rond_remediering(resultaten, begeleiding)
    assert (voor["percentage"] < 50).all()
    t = lw.leerwinst_per_groep(voor, na, "groep", sleutel=["leerling_id", "vak"],
                               ontbrekend="apart").set_index("groep")
    assert t.loc["met remediëring", "winst"] > 8
    assert t.loc["zonder remediëring", "winst"] > 8
    assert abs(t.loc["met remediëring", "winst"] - t.loc["zonder remediëring", "winst"]) < 3


def test_remediering_fout_aantal(resultaten):
    with pytest.raises(ValueError, match="minstens 1"):
        lw.metingen_rond_remediering(resultaten, laad_dataset("begeleiding"), aantal_na=0)


# ------------------------------------------------------------------------------- grafieken

def test_grafiek_voor_na(voor, na):
    fig = lw.grafiek_voor_na(lw.leerwinst(voor, na))
    assert isinstance(fig, go.Figure)
    assert fig.data[0].x == (0, 100.0)  # de diagonaal
    assert "leerling_id" not in str(fig.data[1].hovertemplate)
    with pytest.raises(TypeError, match="leerwinst"):
        lw.grafiek_voor_na(voor)


def test_grafiek_per_groep_staat_alfabetisch():
    t = pd.DataFrame({"vak": ["Wiskunde", "Frans"], "n": [30, 8], "winst": [5.0, -1.0],
                      "ondergrens": [3.0, -6.0], "bovengrens": [7.0, 4.0]})
    fig = lw.grafiek_leerwinst_per_groep(t, "vak")
    assert list(fig.data[0].y) == ["Frans (n = 8)", "Wiskunde (n = 30)"]
    assert fig.data[0].marker.symbol[0] == "circle-open"  # klein: open bolletje


# ------------------------------------------------------------------------ vergelijk_winst

def test_vergelijk_winst_met_de_hand():
    voor = pd.DataFrame({"leerling_id": list("abcd"), "groep": ["x", "x", "y", "y"],
                         "percentage": [40.0, 40, 40, 40]})
    na = voor.assign(percentage=[50.0, 60, 45, 55])  # winst x: 10, 20; y: 5, 15
    t = lw.vergelijk_winst(voor, na, "groep", "x", "y")
    assert t.loc[0, "verschil"] == 5.0
    # se = √(50/2 + 50/2) = √50; df = 2 -> t = 4,3027
    assert t.loc[0, "ondergrens"] == pytest.approx(5 - 4.3027 * math.sqrt(50), abs=1e-3)
    with pytest.raises(ValueError, match="De groep 'z' komt niet voor"):
        lw.vergelijk_winst(voor, na, "groep", "x", "z")


def test_remediering_verschil_omvat_nul(resultaten):
    voor, na = lw.metingen_rond_remediering(resultaten, laad_dataset("begeleiding"))
    t = lw.vergelijk_winst(voor, na, "groep", "met remediëring", "zonder remediëring",
                           sleutel=["leerling_id", "vak"], ontbrekend="apart")
    # bijna alle 'winst' is regressie naar het gemiddelde: het verschil is klein
    assert abs(t.loc[0, "verschil"]) < 3 < t.loc[0, "winst_vergelijking"]
    assert t.loc[0, "ondergrens"] < 1


def test_winst_naar_start_met_de_hand():
    voor = pd.DataFrame({"leerling_id": list("abcdefgh"),
                         "percentage": [20.0, 30, 40, 50, 60, 70, 80, 90]})
    na = voor.assign(percentage=[40.0, 40, 50, 50, 60, 60, 70, 70])
    t = lw.winst_naar_start(lw.leerwinst(voor, na))
    assert t["startgroep"].tolist() == ["laagste kwart", "tweede kwart", "derde kwart",
                                        "hoogste kwart"]
    assert t["winst"].tolist() == [15.0, 5.0, -5.0, -15.0]
    assert t["n"].tolist() == [2, 2, 2, 2]
    with pytest.raises(ValueError, match="Kies 2, 3 of 4"):
        lw.winst_naar_start(lw.leerwinst(voor, na), groepen=5)


def test_verkenner_reageert_op_keuzes(resultaten):
    w = lw.leerwinst_verkenner(resultaten)
    vak, klas, p_voor, p_na, soort = w.children[0].children
    uit = w.children[1]
    assert "application/vnd.plotly.v1+json" in uit.outputs[0]["data"]
    klas.value = klas.options[1]
    assert "Kanttekeningen" in uit.outputs[-1]["data"]["text/html"]  # na figuur en tekstalternatief
    p_na.value = p_voor.value  # zelfde periode: vriendelijke melding, geen crash
    assert "Dat lukt niet" in uit.outputs[0]["text"]
