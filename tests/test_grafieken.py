"""Tests voor de grafiekstijl (`stijl.py`) en de grafieken (`grafieken.py`)."""

from __future__ import annotations

import json
import math
import re
import time

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from schooldata_lit import grafieken as gr
from schooldata_lit.kern.data import datamap, laad_dataset
from schooldata_lit.stijl import OKABE_ITO, PALET, SJABLOON, getal, maand_ticks

# ------------------------------------------------------------------------------- fixtures

KLAS_A = [f"L0000{i}" for i in range(1, 7)]  # 3A: zes leerlingen
KLAS_B = [f"L0001{i}" for i in range(0, 5)]  # 3B: vijf leerlingen
IK = KLAS_A[0]


@pytest.fixture
def resultaten() -> pd.DataFrame:
    """Twee klassen, twee vakken, oktober en november; IK heeft ook een code zonder score."""
    rijen = []
    # oktober, wiskunde, klas 3A: percentages 50, 60, 70, 80, 90, 100
    for lid, score in zip(KLAS_A, [10, 12, 14, 16, 18, 20], strict=True):
        rijen.append((lid, "3A", "Wiskunde", "2025-10-06", score, 20, None))
    # IK heeft in oktober nog een evaluatie: 3 op 10 (30 %) -> gemiddelde (50 + 30) / 2 = 40
    rijen.append((IK, "3A", "Wiskunde", "2025-10-20", 3, 10, None))
    rijen.append((IK, "3A", "Wiskunde", "2025-10-27", None, 10, "ziek"))
    # november, wiskunde, 3A: enkel vier leerlingen met punten (onder het minimum van 5)
    for lid, score in zip(KLAS_A[:4], [5, 6, 7, 8], strict=True):
        rijen.append((lid, "3A", "Wiskunde", "2025-11-10", score, 10, None))
    # oktober, Frans, 3A: alle zes 10 op 10
    for lid in KLAS_A:
        rijen.append((lid, "3A", "Frans", "2025-10-08", 10, 10, None))
    # klas 3B: heel andere punten, mag de band van 3A niet beïnvloeden
    for lid in KLAS_B:
        rijen.append((lid, "3B", "Wiskunde", "2025-10-06", 1, 20, None))
    tabel = pd.DataFrame(rijen, columns=["leerling_id", "klas", "vak", "datum", "score",
                                         "maximum", "code"])
    tabel["datum"] = pd.to_datetime(tabel["datum"])
    tabel["score"] = tabel["score"].astype(float)
    tabel.insert(1, "schooljaar", "2025-2026")
    tabel["soort"] = "toets"
    return tabel


@pytest.fixture
def kalender() -> pd.DataFrame:
    """Twee lesweken (ma 1 sep tot vr 12 sep), zonder woensdagnamiddag."""
    dagen = pd.bdate_range("2025-09-01", "2025-09-12")
    namen = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
    rijen = [(d, deel, namen[d.dayofweek]) for d in dagen for deel in ("VM", "NM")
             if not (d.dayofweek == 2 and deel == "NM")]
    tabel = pd.DataFrame(rijen, columns=["datum", "dagdeel", "weekdag"])
    tabel.insert(0, "schooljaar", "2025-2026")
    return tabel


@pytest.fixture
def afwezigheden() -> pd.DataFrame:
    rijen = [
        (IK, "2025-09-01", "VM", "Z"),
        (IK, "2025-09-08", "VM", "B"),
        (IK, "2025-09-08", "NM", "L"),   # te laat: telt als aanwezig
        (IK, "2025-09-05", "NM", "G"),
        (KLAS_A[1], "2025-09-01", "VM", "Z"),
        (KLAS_A[1], "2025-09-06", "VM", "B"),  # zaterdag: geen lesdag, telt niet
    ]
    tabel = pd.DataFrame(rijen, columns=["leerling_id", "datum", "dagdeel", "code"])
    tabel["datum"] = pd.to_datetime(tabel["datum"])
    tabel.insert(1, "schooljaar", "2025-2026")
    return tabel


@pytest.fixture
def attesten() -> pd.DataFrame:
    rijen = ([("2025-2026", 3, "Latijn", "A")] * 8 + [("2025-2026", 3, "Latijn", "B")] * 2
             + [("2025-2026", 3, "Zorg", "A")] * 3 + [("2025-2026", 3, "Zorg", "C")] * 3
             + [("2024-2025", 3, "Latijn", "C")] * 4)
    tabel = pd.DataFrame(rijen, columns=["schooljaar", "leerjaar", "studierichting", "attest"])
    tabel.insert(0, "leerling_id", [f"L1{i:04d}" for i in range(len(tabel))])
    return tabel


@pytest.fixture
def jaarresultaten() -> pd.DataFrame:
    return pd.DataFrame({
        "schooljaar": ["2024-2025"] * 4 + ["2025-2026"] * 5,
        "leerling_id": ["a", "b", "c", "d", "a", "b", "c", "d", "d"],
        "vak": ["Wiskunde"] * 8 + ["Frans"],
        # d heeft in 2025-2026 twee vakken: 60 en 80 -> telt één keer, met 70
        "eindpercentage": [60.0, 70, 80, 70, 50, 60, 70, 60, 80],
    })


@pytest.fixture
def bevraging() -> pd.DataFrame:
    return pd.DataFrame({
        "groep": ["leerlingen", "leerlingen", "leerkrachten"],
        "nummer": [1, 2, 1],
        "stelling": ["Ik vind het interessant om mijn punten of prestaties in grafieken te "
                     "kunnen bekijken.", "Een overzicht motiveert mij.", "Dit is nuttig."],
        "eens": [51, 45, 20],
        "neutraal": [np.nan, 15, 10],
        "oneens": [9, 15, 3],
        "respondenten": [75, 75, 33],
        "opmerking": ["neutraal niet gerapporteerd", np.nan, np.nan],
    })


@pytest.fixture
def welbevinden() -> pd.DataFrame:
    return pd.DataFrame({"respondent": range(1, 11), "graad": [1] * 5 + [2] * 5,
                         "ik_voel_me_thuis": [1, 2, 3, 4, 5, 5, 5, 4, 4, 3],
                         "pesten": [1, 1, 1, 2, 2, 3, 1, 1, 2, np.nan]})


@pytest.fixture
def lichten() -> pd.DataFrame:
    return pd.DataFrame({
        "niveau": ["leerling", "leerling", "leerling", "klas", "school"],
        "wie": [IK, KLAS_A[1], KLAS_A[2], "3A", "school"],
        "indicator": ["dalende_trend", "dalende_trend", "lage_aanwezigheid", "attesten_klas",
                      "trend_over_jaren"],
        "waarde": [1.0, 2, 3, 4, 5], "vergelijking": [0.0] * 5, "n": [10, 3, 10, 12, 100],
        "periode": "P2", "regel": "regel", "vraag": "vraag?",
        "zekerheid": ["zeker", "onzeker", "zeker", "zeker", "onzeker"],
    })


@pytest.fixture
def activiteit() -> pd.DataFrame:
    weken = pd.date_range("2025-09-01", periods=10, freq="7D")
    delen = []
    for i, lid in enumerate([IK, KLAS_A[1]]):
        delen.append(pd.DataFrame({
            "leerling_id": lid, "schooljaar": "2025-2026", "week": weken,
            "aanmeldingen": np.arange(10)[::-1] + i, "taken_op_tijd": 2, "taken_te_laat": 0,
            "taken_niet_ingediend": [0] * 5 + [1] * 5}))
    return pd.concat(delen, ignore_index=True)


def _andere_ids(fig: go.Figure, eigen: str, alle: list[str]) -> list[str]:
    tekst = fig.to_json()
    return [lid for lid in alle if lid != eigen and lid in tekst]


# ----------------------------------------------------------------------------------- stijl

def test_sjabloon_geregistreerd_met_okabe_ito_palet():
    sjabloon = pio.templates[SJABLOON]
    assert list(sjabloon.layout.colorway) == list(PALET)
    assert set(PALET) == set(OKABE_ITO.values())
    assert {k.upper() for k in OKABE_ITO.values()} == {
        "#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
    assert sjabloon.layout.separators == ",."
    assert sjabloon.layout.font.size >= 14
    assert sjabloon.layout.xaxis.showgrid is False


def test_nederlandse_getallen_en_maanden():
    assert getal(1234567.891, 2) == "1.234.567,89"
    assert maand_ticks(pd.to_datetime(["2025-12-01", "2026-03-01"]))["ticktext"] == [
        "dec<br>2025", "jan<br>2026", "feb", "mrt"]


# --------------------------------------------------------------------- 1. voortgang leerling

def test_klasband_middelste_helft(resultaten):
    band = gr.klasband(resultaten, IK, "Wiskunde")
    # enkel oktober: in november hebben maar vier leerlingen punten (< 5)
    assert list(band["maand"]) == [pd.Timestamp("2025-10-01")]
    rij = band.iloc[0]
    # leerlinggemiddelden: IK (50 + 30) / 2 = 40, daarna 60, 70, 80, 90, 100
    waarden = np.array([40, 60, 70, 80, 90, 100.0])
    assert rij["leerlingen"] == 6
    assert rij["klas"] == "3A"
    assert rij["gemiddelde"] == pytest.approx(waarden.mean())
    assert rij["ondergrens"] == pytest.approx(62.5)  # 25e percentiel (lineair, zoals Excel)
    assert rij["bovengrens"] == pytest.approx(87.5)


def test_klasband_standaardafwijking_en_minimum(resultaten):
    band = gr.klasband(resultaten, IK, "Wiskunde", band="standaardafwijking")
    waarden = np.array([40, 60, 70, 80, 90, 100.0])
    sd = waarden.std(ddof=1)
    assert band["ondergrens"].iloc[0] == pytest.approx(waarden.mean() - sd)
    assert band["bovengrens"].iloc[0] == pytest.approx(waarden.mean() + sd)
    assert len(gr.klasband(resultaten, IK, "Wiskunde", min_leerlingen=4)) == 2
    # alle vakken samen: oktober per leerling gemiddelde van wiskunde en Frans
    alle = gr.klasband(resultaten, IK)
    assert alle["gemiddelde"].iloc[0] == pytest.approx(
        np.mean([(50 + 30 + 100) / 3] + [(p + 100) / 2 for p in (60, 70, 80, 90, 100)]))


def test_voortgang_leerling_sporen_en_assen(resultaten):
    fig = gr.voortgang_leerling(resultaten, IK, "Wiskunde")
    assert isinstance(fig, go.Figure)
    assert [t.name for t in fig.data] == ["middelste helft van de klas", "klasgemiddelde", IK]
    assert fig.layout.yaxis.title.text == "Resultaat (%)"
    assert fig.layout.xaxis.title.text == "Maand"
    assert list(fig.layout.template.layout.colorway) == list(PALET)
    band, gemiddelde, leerling = fig.data
    assert band.fill == "toself"
    assert sorted(band.y) == [62.5, 87.5]
    assert gemiddelde.line.dash == "dash"
    assert list(gemiddelde.y) == [pytest.approx(73.3, abs=0.05)]
    # de leerling: oktober 40 % (de code 'ziek' telt niet), november 50 %
    assert list(leerling.y) == [40.0, 50.0]
    assert leerling.mode == "lines+markers"


def test_voortgang_leerling_toont_geen_andere_leerling(resultaten):
    for vak in (None, "Wiskunde"):
        for per in ("maand", "evaluatie"):
            fig = gr.voortgang_leerling(resultaten, IK, vak, per=per)
            assert _andere_ids(fig, IK, KLAS_A + KLAS_B) == []
            assert IK in fig.to_json()


def test_voortgang_per_evaluatie(resultaten):
    fig = gr.voortgang_leerling(resultaten, IK, "Wiskunde", per="evaluatie")
    assert len(fig.data) == 3
    assert list(fig.data[-1].y) == [50.0, 30.0, 50.0]  # zonder de code 'ziek'


def test_voortgang_zonder_genoeg_klasgenoten(resultaten):
    fig = gr.voortgang_leerling(resultaten, IK, "Wiskunde", min_klasgenoten=10)
    assert [t.name for t in fig.data] == [IK]
    assert "niet getoond" in fig.layout.title.subtitle.text


def test_voortgang_fouten_in_het_nederlands(resultaten):
    with pytest.raises(ValueError, match="L99999"):
        gr.voortgang_leerling(resultaten, "L99999")
    with pytest.raises(ValueError, match="'Latijn'"):
        gr.voortgang_leerling(resultaten, IK, "Latijn")
    with pytest.raises(ValueError, match="mist de kolom 'maximum'"):
        gr.voortgang_leerling(resultaten.drop(columns="maximum"), IK)
    with pytest.raises(ValueError, match="per='week'"):
        gr.voortgang_leerling(resultaten, IK, per="week")


# -------------------------------------------------------------------------------- 2. Likert

def test_likert_aantallen_met_groepen(bevraging):
    fig = gr.likert_staven(bevraging)
    # twee groepen x drie categorieën, legende maar één keer
    assert len(fig.data) == 6
    assert [t.name for t in fig.data if t.showlegend] == ["oneens", "neutraal", "eens"]
    assert fig.layout.xaxis2.title.text == "Percentage van de respondenten"
    assert "leerlingen" in fig.layout.yaxis.title.text
    assert "(n = 75)" in fig.layout.yaxis.title.text
    oneens, neutraal, eens = fig.data[:3]
    # percentages van de respondenten
    assert eens.x[0] == pytest.approx(68.0)
    assert oneens.x[0] == pytest.approx(12.0)
    # neutraal niet gerapporteerd: geen neutraal deel, gemarkeerd bij de stelling
    assert neutraal.x[0] == 0
    assert "neutraal niet gerapporteerd" in eens.y[0]
    assert "<br>" in eens.y[0]  # lange stelling afgebroken
    # tweede stelling: neutraal 20 % gecentreerd rond 0, dan 20 % oneens en 60 % eens
    assert neutraal.base[1] == pytest.approx(-10.0)
    assert neutraal.x[1] == pytest.approx(20.0)
    assert eens.base[1] == pytest.approx(10.0)
    assert eens.x[1] == pytest.approx(60.0)
    assert oneens.base[1] == pytest.approx(-30.0)
    assert oneens.x[1] == pytest.approx(20.0)


def test_likert_zonder_groepkolom_en_zonder_respondenten():
    tabel = pd.DataFrame({"stelling": ["A", "B"], "eens": [3, 1], "neutraal": [1, 1],
                          "oneens": [0, 2]})
    fig = gr.likert_staven(tabel)
    assert len(fig.data) == 3
    assert fig.layout.xaxis.title.text == "Percentage van de respondenten"
    assert list(fig.data[2].x) == [75.0, 25.0]  # noemer: som van de aantallen


def test_likert_ruwe_antwoorden(welbevinden):
    fig = gr.likert_staven(welbevinden, items=["ik_voel_me_thuis", "pesten"])
    assert [t.name for t in fig.data] == ["helemaal oneens", "oneens", "neutraal", "eens",
                                          "helemaal eens"]
    # tekst van de stelling uit het datawoordenboek
    assert fig.data[0].y[0] == "Ik voel me thuis op school."
    helemaal_eens = fig.data[4]
    assert helemaal_eens.x[0] == pytest.approx(30.0)  # 3 van 10
    helemaal_oneens = fig.data[0]
    assert helemaal_oneens.x[1] == pytest.approx(500 / 9, abs=0.05)  # 5 van 9, één leeg
    per_graad = gr.likert_staven(welbevinden, items=["pesten"], groep="graad")
    assert len(per_graad.data) == 10
    assert "Graad 1" in per_graad.layout.yaxis.title.text


def test_likert_fouten(welbevinden, bevraging):
    with pytest.raises(ValueError, match="7"):
        gr.likert_staven(welbevinden.assign(pesten=7), items=["pesten"])
    with pytest.raises(ValueError, match="'bestaat_niet'"):
        gr.likert_staven(welbevinden, items=["bestaat_niet"])
    with pytest.raises(ValueError, match="'eens'"):
        gr.likert_staven(bevraging.drop(columns="eens"))
    with pytest.raises(ValueError, match="'klas'"):
        gr.likert_staven(welbevinden, items=["pesten"], groep="klas")


# ------------------------------------------------------------------------ 3. aanwezigheid

def test_aanwezigheid_weekdagen_school(afwezigheden, kalender):
    fig = gr.aanwezigheid_weekdagen(afwezigheden, kalender, leerlingen=KLAS_A)
    assert [t.name for t in fig.data] == ["ziekte (Z)", "gewettigd, andere reden (G)",
                                          "problematisch (B)"]
    assert fig.layout.yaxis.title.text == "Afwezig (% van de lesdagdelen)"
    assert fig.layout.xaxis.title.text == "Weekdag en dagdeel"
    ziek, gewettigd, problematisch = fig.data
    sloten = list(zip(*ziek.x, strict=True))
    assert len(sloten) == 9  # geen woensdagnamiddag
    assert ("woensdag", "NM") not in sloten
    ma_vm = sloten.index(("maandag", "VM"))
    # 2 ziek op maandagvoormiddag, van 2 maandagen x 6 leerlingen
    assert ziek.y[ma_vm] == pytest.approx(2 / 12 * 100, abs=0.01)
    assert problematisch.y[ma_vm] == pytest.approx(1 / 12 * 100, abs=0.01)
    # te laat (L) telt niet, de zaterdag valt weg
    ma_nm = sloten.index(("maandag", "NM"))
    assert sum(t.y[ma_nm] for t in fig.data) == 0
    assert sum(sum(t.y) for t in fig.data) == pytest.approx(
        (3 / 12 + 1 / 12) * 100, abs=0.05)  # maandag VM (Z, Z, B) en vrijdag NM (G)


def test_aanwezigheid_weekdagen_leerling(afwezigheden, kalender):
    fig = gr.aanwezigheid_weekdagen(afwezigheden, kalender, IK)
    sloten = list(zip(*fig.data[0].x, strict=True))
    assert fig.data[0].y[sloten.index(("maandag", "VM"))] == pytest.approx(50.0)
    assert _andere_ids(fig, IK, KLAS_A) == []
    met_lijst = gr.aanwezigheid_weekdagen(afwezigheden, kalender, "L00006", leerlingen=KLAS_A)
    assert sum(sum(t.y) for t in met_lijst.data) == 0
    gr.aanwezigheid_weekdagen(afwezigheden, kalender)  # zonder lijst: enkel met registraties


def test_aanwezigheid_fouten(afwezigheden, kalender):
    with pytest.raises(ValueError, match="L00006"):
        gr.aanwezigheid_weekdagen(afwezigheden, kalender, "L00006")
    with pytest.raises(ValueError, match="'L'"):
        gr.aanwezigheid_weekdagen(afwezigheden, kalender, codes=("Z", "L"))
    with pytest.raises(ValueError, match="'weekdag'"):
        gr.aanwezigheid_weekdagen(afwezigheden, kalender.drop(columns="weekdag"))
    with pytest.raises(ValueError, match="L99999"):
        gr.aanwezigheid_kalender(afwezigheden, kalender, "L99999")


def test_aanwezigheid_kalender(afwezigheden, kalender):
    fig = gr.aanwezigheid_kalender(afwezigheden, kalender, IK)
    assert len(fig.data) == 1 and fig.data[0].type == "heatmap"
    assert fig.layout.xaxis.title.text == "Week"
    assert fig.layout.yaxis.title.text == "Dag en dagdeel"
    kaart = fig.data[0]
    assert list(kaart.y) == ["ma VM", "ma NM", "di VM", "di NM", "wo VM", "do VM", "do NM",
                             "vr VM", "vr NM"]
    assert list(kaart.x) == ["2025-09-01", "2025-09-08"]
    z = {rij: list(w) for rij, w in zip(kaart.y, kaart.z, strict=True)}
    assert z["ma VM"] == [2.0, 4.0]  # week 1 ziek, week 2 problematisch
    assert z["ma NM"] == [0.0, 1.0]  # week 2 te laat
    assert z["vr NM"] == [3.0, 0.0]  # gewettigd
    assert "3 van 18 lesdagdelen" in fig.layout.title.subtitle.text
    assert _andere_ids(fig, IK, KLAS_A) == []


# ------------------------------------------------------------------------------ 4. attesten

def test_attesten_per_groep(attesten):
    fig = gr.attesten_per_groep(attesten)
    assert [t.name for t in fig.data] == ["A-attest", "B-attest", "C-attest"]
    assert fig.layout.xaxis.title.text == "Aandeel leerlingen (%)"
    assert fig.layout.yaxis.title.text == "Studierichting"
    assert "2025-2026" in fig.layout.title.text  # standaard het meest recente jaar
    a, b, c = fig.data
    assert list(a.y) == ["Latijn (n = 10)", "Zorg (n = 6, onzeker)"]
    assert list(a.x) == [80.0, 50.0]
    assert list(b.x) == [20.0, 0.0]
    assert list(c.x) == [0.0, 50.0]
    assert list(a.marker.pattern.shape) == ["", "/"]  # kleine groep gearceerd
    assert a.marker.opacity[1] < 1


def test_attesten_alle_jaren_en_fouten(attesten):
    fig = gr.attesten_per_groep(attesten, "leerjaar", "alle")
    assert list(fig.data[0].y) == ["3 (n = 20)"]
    assert fig.layout.yaxis.title.text == "Leerjaar"
    with pytest.raises(ValueError, match="'2030-2031'"):
        gr.attesten_per_groep(attesten, schooljaar="2030-2031")
    with pytest.raises(ValueError, match="'klas'"):
        gr.attesten_per_groep(attesten, "klas")


# ------------------------------------------------------------------------------- 5. trends

def test_samenvatting_per_jaar_gemiddelde_en_interval(jaarresultaten):
    tabel = samenvatting = gr.samenvatting_per_jaar(jaarresultaten, "eindpercentage")
    assert list(tabel.columns) == ["schooljaar", "n", "gemiddelde", "ondergrens", "bovengrens"]
    eerste = samenvatting.iloc[0]
    waarden = np.array([60, 70, 80, 70.0])
    half = 3.1824 * waarden.std(ddof=1) / math.sqrt(4)  # t(0,975; 3) = 3,1824
    assert eerste["n"] == 4
    assert eerste["gemiddelde"] == pytest.approx(70.0)
    assert eerste["ondergrens"] == pytest.approx(70 - half, abs=1e-3)
    assert eerste["bovengrens"] == pytest.approx(70 + half, abs=1e-3)
    assert eerste["bovengrens"] == pytest.approx(82.99, abs=0.01)
    # leerling d telt één keer (gemiddelde van 60 en 80 = 70)
    tweede = samenvatting.iloc[1]
    assert tweede["n"] == 4
    assert tweede["gemiddelde"] == pytest.approx(np.mean([50, 60, 70, 70]))
    # zonder eenheid telt elke rij
    per_rij = gr.samenvatting_per_jaar(jaarresultaten, "eindpercentage", eenheid=None)
    assert per_rij["n"].tolist() == [4, 5]


def test_samenvatting_grote_n_benadert_normaal():
    rng = np.random.default_rng(1)
    tabel = pd.DataFrame({"schooljaar": "2025-2026", "x": rng.normal(50, 10, 400)})
    rij = gr.samenvatting_per_jaar(tabel, "x").iloc[0]
    half = (rij["bovengrens"] - rij["ondergrens"]) / 2
    assert half == pytest.approx(1.9659 * tabel["x"].std() / 20, rel=1e-4)  # t(0,975; 399)


def test_samenvatting_aandeel_wilson(attesten):
    tabel = gr.samenvatting_per_jaar(attesten, "attest", gelijk_aan="C")
    rij = tabel.set_index("schooljaar").loc["2025-2026"]
    assert rij["n"] == 16
    assert rij["gemiddelde"] == pytest.approx(3 / 16 * 100)
    z, n, p = 1.959964, 16, 3 / 16
    midden = (p + z**2 / (2 * n)) / (1 + z**2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / (1 + z**2 / n)
    assert rij["ondergrens"] == pytest.approx((midden - half) * 100, abs=1e-4)
    assert rij["bovengrens"] == pytest.approx((midden + half) * 100, abs=1e-4)
    alles_c = tabel.set_index("schooljaar").loc["2024-2025"]
    assert alles_c["gemiddelde"] == 100 and alles_c["bovengrens"] == 100
    assert alles_c["ondergrens"] == pytest.approx(51.01, abs=0.01)


def test_samenvatting_per_groep_en_n_1():
    tabel = pd.DataFrame({"schooljaar": ["2024-2025"] * 3, "klas": ["A", "A", "B"],
                          "x": [1.0, 3.0, 5.0]})
    uit = gr.samenvatting_per_jaar(tabel, "x", "klas", eenheid=None)
    assert uit["klas"].tolist() == ["A", "B"]
    assert uit["gemiddelde"].tolist() == [2.0, 5.0]
    assert math.isnan(uit["ondergrens"].iloc[1])
    with pytest.raises(ValueError, match="'y'"):
        gr.samenvatting_per_jaar(tabel, "y")


def test_trend_over_jaren(jaarresultaten, attesten):
    fig = gr.trend_over_jaren(jaarresultaten, "eindpercentage")
    assert len(fig.data) == 1
    assert fig.layout.xaxis.title.text == "Schooljaar"
    assert fig.layout.yaxis.title.text == "Eindpercentage (gemiddelde)"
    assert list(fig.layout.xaxis.ticktext) == ["2024-2025", "2025-2026"]
    samenvatting = gr.samenvatting_per_jaar(jaarresultaten, "eindpercentage")
    spoor = fig.data[0]
    assert list(spoor.y) == pytest.approx(samenvatting["gemiddelde"].tolist())
    assert list(spoor.error_y.array) == pytest.approx(
        (samenvatting["bovengrens"] - samenvatting["gemiddelde"]).tolist(), abs=0.01)
    assert "n = " in spoor.hovertemplate
    per_richting = gr.trend_over_jaren(attesten, "attest", "studierichting", gelijk_aan="C")
    assert [t.name for t in per_richting.data] == ["Latijn", "Zorg"]
    assert per_richting.layout.yaxis.title.text == "Aandeel met attest C (%)"
    assert "circle-open" in per_richting.data[1].marker.symbol  # Zorg: n = 6


# ------------------------------------------------------------------------ 6. knipperlichten

def test_knipperlichten_overzicht(lichten):
    fig = gr.knipperlichten_overzicht(lichten)
    assert [t.name for t in fig.data] == ["leerling (zeker)", "leerling (onzeker)",
                                          "klas (zeker)", "school (onzeker)"]
    assert fig.layout.xaxis.title.text == "Aantal knipperlichten"
    assert fig.layout.yaxis.title.text == "Indicator"
    zeker, onzeker = fig.data[:2]
    assert list(zeker.y)[0] == "dalende trend"  # meeste lichten bovenaan
    assert zeker.x[0] == 1 and onzeker.x[0] == 1
    assert onzeker.marker.pattern.shape == "/" and zeker.marker.pattern.shape == ""
    # wie het licht betreft, staat er niet in
    assert _andere_ids(fig, "", KLAS_A) == []


def test_knipperlichten_zonder_zekerheid_en_leeg(lichten):
    fig = gr.knipperlichten_overzicht(lichten.drop(columns="zekerheid"))
    assert [t.name for t in fig.data] == ["leerling", "klas", "school"]
    assert "niet opgegeven" in fig.layout.title.subtitle.text
    leeg = gr.knipperlichten_overzicht(lichten.iloc[0:0])
    assert len(leeg.data) == 0
    with pytest.raises(ValueError, match="'indicator'"):
        gr.knipperlichten_overzicht(lichten.drop(columns="indicator"))


# ------------------------------------------------------------------- 7. activiteit en punten

def test_activiteit_en_punten(activiteit, resultaten):
    fig = gr.activiteit_en_punten(activiteit, resultaten, IK)
    assert [t.name for t in fig.data] == ["aanmeldingen", "taken niet ingediend",
                                          "klasgemiddelde", f"punten {IK}"]
    assert [t.yaxis for t in fig.data] == ["y", "y", "y2", "y2"]
    assert fig.layout.xaxis.matches == "x2"  # gedeelde tijdas
    assert fig.layout.yaxis.title.text == "Platform: aantal per week"
    assert fig.layout.yaxis2.title.text == "Resultaat (%)"
    assert fig.layout.xaxis2.title.text == "Maand"
    assert list(fig.data[0].y) == list(range(9, -1, -1))
    assert _andere_ids(fig, IK, KLAS_A + KLAS_B) == []
    with pytest.raises(ValueError, match="L99999"):
        gr.activiteit_en_punten(activiteit, resultaten, "L99999")
    with pytest.raises(ValueError, match="'aanmeldingen'"):
        gr.activiteit_en_punten(activiteit.drop(columns="aanmeldingen"), resultaten, IK)


# ------------------------------------------------------------------ invoer blijft onveranderd

def test_geen_functie_verandert_de_invoer(resultaten, afwezigheden, kalender, attesten,
                                          jaarresultaten, bevraging, welbevinden, lichten,
                                          activiteit):
    tabellen = [resultaten, afwezigheden, kalender, attesten, jaarresultaten, bevraging,
                welbevinden, lichten, activiteit]
    kopieen = [t.copy(deep=True) for t in tabellen]
    gr.voortgang_leerling(resultaten, IK)
    gr.voortgang_leerling(resultaten, IK, "Wiskunde", per="evaluatie")
    gr.klasband(resultaten, IK)
    gr.likert_staven(bevraging)
    gr.likert_staven(welbevinden, items=["pesten"], groep="graad")
    gr.aanwezigheid_weekdagen(afwezigheden, kalender, leerlingen=KLAS_A)
    gr.aanwezigheid_kalender(afwezigheden, kalender, IK)
    gr.attesten_per_groep(attesten)
    gr.samenvatting_per_jaar(jaarresultaten, "eindpercentage")
    gr.trend_over_jaren(attesten, "attest", "studierichting", gelijk_aan="C")
    gr.knipperlichten_overzicht(lichten)
    gr.activiteit_en_punten(activiteit, resultaten, IK)
    for tabel, kopie in zip(tabellen, kopieen, strict=True):
        pd.testing.assert_frame_equal(tabel, kopie)


def test_alle_grafieken_in_de_stijl_en_klein(resultaten, afwezigheden, kalender, attesten,
                                             jaarresultaten, bevraging, lichten, activiteit):
    figuren = [
        gr.voortgang_leerling(resultaten, IK),
        gr.likert_staven(bevraging),
        gr.aanwezigheid_weekdagen(afwezigheden, kalender),
        gr.aanwezigheid_kalender(afwezigheden, kalender, IK),
        gr.attesten_per_groep(attesten),
        gr.trend_over_jaren(jaarresultaten, "eindpercentage"),
        gr.knipperlichten_overzicht(lichten),
        gr.activiteit_en_punten(activiteit, resultaten, IK),
    ]
    for fig in figuren:
        assert isinstance(fig, go.Figure)
        assert fig.layout.template.layout.separators == ",."
        assert list(fig.layout.template.layout.colorway) == list(PALET)
        assert fig.layout.title.text
        assert len(fig.to_json()) < 30_000


# ------------------------------------------------------------- rooktest met de echte data

ECHTE_DATA = (datamap() / "resultaten.csv").exists()


@pytest.fixture(scope="module")
def school() -> dict[str, pd.DataFrame]:
    if not ECHTE_DATA:
        pytest.skip("datasets/resultaten.csv bestaat nog niet (generator nog niet gedraaid)")
    namen = ["resultaten", "afwezigheden", "kalender", "attesten", "jaarresultaten",
             "platformactiviteit", "bevraging_analytics", "welbevinden", "grondwaarheid",
             "inschrijvingen"]
    return {naam: laad_dataset(naam) for naam in namen}


@pytest.fixture(scope="module")
def een_leerling(school) -> str:
    ids = (set(school["resultaten"]["leerling_id"]) & set(school["afwezigheden"]["leerling_id"])
           & set(school["platformactiviteit"]["leerling_id"]))
    return sorted(ids)[0]


def _snel(maak) -> go.Figure:
    begin = time.perf_counter()
    fig = maak()
    duur = time.perf_counter() - begin
    assert isinstance(fig, go.Figure)
    assert duur < 1.0, f"de grafiek had {duur:.2f} s nodig"
    json.loads(fig.to_json())
    return fig


def _rooktests(s: dict[str, pd.DataFrame], lid: str) -> dict[str, object]:
    huidig = s["inschrijvingen"].query("schooljaar == @s['kalender']['schooljaar'].iloc[0]")
    lichten = s["grondwaarheid"].rename(columns={"signaal": "indicator", "sleutel": "wie"})
    lichten["zekerheid"] = np.where(lichten["valstrik"] == "ja", "onzeker", "zeker")
    items = ["ik_voel_me_thuis", "leerkrachten_helpen", "faalangst", "pesten", "inspraak"]
    return {
        "voortgang": lambda: gr.voortgang_leerling(s["resultaten"], lid),
        "voortgang_vak": lambda: gr.voortgang_leerling(
            s["resultaten"], lid, s["resultaten"].query("leerling_id == @lid")["vak"].iloc[0]),
        "likert_analytics": lambda: gr.likert_staven(s["bevraging_analytics"]),
        "likert_welbevinden": lambda: gr.likert_staven(s["welbevinden"], items=items,
                                                       groep="graad"),
        "weekdagen": lambda: gr.aanwezigheid_weekdagen(s["afwezigheden"], s["kalender"],
                                                       leerlingen=huidig),
        "weekdagen_leerling": lambda: gr.aanwezigheid_weekdagen(s["afwezigheden"],
                                                                s["kalender"], lid),
        "kalender": lambda: gr.aanwezigheid_kalender(s["afwezigheden"], s["kalender"], lid),
        "attesten": lambda: gr.attesten_per_groep(s["attesten"]),
        "attesten_klas": lambda: gr.attesten_per_groep(s["attesten"], "klas"),
        "trend": lambda: gr.trend_over_jaren(s["jaarresultaten"], "eindpercentage"),
        "trend_c": lambda: gr.trend_over_jaren(s["attesten"], "attest", "finaliteit",
                                               gelijk_aan="C"),
        "knipperlichten": lambda: gr.knipperlichten_overzicht(lichten),
        "activiteit": lambda: gr.activiteit_en_punten(s["platformactiviteit"],
                                                      s["resultaten"], lid),
    }


ROOKTESTS = ["voortgang", "voortgang_vak", "likert_analytics", "likert_welbevinden",
             "weekdagen", "weekdagen_leerling", "kalender", "attesten", "attesten_klas",
             "trend", "trend_c", "knipperlichten", "activiteit"]


@pytest.mark.parametrize("naam", ROOKTESTS)
def test_rooktest_echte_data(school, een_leerling, naam):
    fig = _snel(_rooktests(school, een_leerling)[naam])
    assert len(fig.data) >= 1
    # een grafiek over één leerling noemt geen andere leerling
    gevonden = set(re.findall(r"L\d{5}", fig.to_json()))
    assert gevonden <= {een_leerling}


def test_rooktest_bevraging_analytics_neutraal_ontbreekt(school):
    fig = gr.likert_staven(school["bevraging_analytics"])
    gemarkeerd = [lab for lab in fig.data[0].y if "neutraal niet gerapporteerd" in lab]
    assert len(gemarkeerd) == school["bevraging_analytics"]["neutraal"].isna().sum()


def test_rooktest_echte_knipperlichten(school):
    module = pytest.importorskip("schooldata_lit.knipperlichten")
    try:
        lichten = module.knipperlichten()
    except Exception as fout:  # de module is van iemand anders en kan nog in opbouw zijn
        pytest.skip(f"knipperlichten() werkt (nog) niet: {fout}")
    fig = _snel(lambda: gr.knipperlichten_overzicht(lichten))
    assert sum(sum(t.x) for t in fig.data) == len(lichten)


def test_likert_staven_met_echte_brontabel():
    """De brontabel heeft een Int64-kolom met lege cellen (neutraal niet gerapporteerd)."""
    from schooldata_lit.kern.bronnen import bevraging_analytics

    tabel = bevraging_analytics()
    assert tabel["neutraal"].isna().sum() == 2
    fig = gr.likert_staven(tabel[tabel["groep"] == "leerlingen"])
    labels = [str(y) for spoor in fig.data for y in spoor.y]
    assert any("neutraal niet gerapporteerd" in label for label in labels)
