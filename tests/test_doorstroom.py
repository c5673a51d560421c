"""Tests voor `schooldata_lit.doorstroom`: overgangen, doorstroomtabel, waterval, alumni,
meetoverzicht en de verkenners."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import pytest

from schooldata_lit import doorstroom as ds
from schooldata_lit.kern.data import laad_dataset

# ------------------------------------------------------------------------------- fixtures


@pytest.fixture
def inschrijvingen() -> pd.DataFrame:
    """Vijf leerlingen in het 2e jaar (2024-2025) en hun volgende schooljaar.

    L1 gaat naar Latijn (doorstroom), L2 zit over, L3 verlaat de school, L4 gaat naar
    Bedrijfsorganisatie (dubbele finaliteit), L5 naar Zorg (arbeidsmarkt). In het 3e jaar:
    L6 blijft in Latijn, L7 zakt af van Latijn naar Bedrijfsorganisatie, L8 zit over in 3.
    """
    rijen = [
        ("L1", "2024-2025", 2, "Latijn (basisoptie)", "A-stroom"),
        ("L2", "2024-2025", 2, "Latijn (basisoptie)", "A-stroom"),
        ("L3", "2024-2025", 2, "Latijn (basisoptie)", "A-stroom"),
        ("L4", "2024-2025", 2, "STEM-wetenschappen (basisoptie)", "A-stroom"),
        ("L5", "2024-2025", 2, "STEM-wetenschappen (basisoptie)", "A-stroom"),
        ("L6", "2024-2025", 3, "Latijn", "doorstroom"),
        ("L7", "2024-2025", 3, "Latijn", "doorstroom"),
        ("L8", "2024-2025", 3, "Latijn", "doorstroom"),
        ("L1", "2025-2026", 3, "Latijn", "doorstroom"),
        ("L2", "2025-2026", 2, "Latijn (basisoptie)", "A-stroom"),
        ("L4", "2025-2026", 3, "Bedrijfsorganisatie", "dubbele finaliteit"),
        ("L5", "2025-2026", 3, "Zorg", "arbeidsmarktfinaliteit"),
        ("L6", "2025-2026", 4, "Latijn", "doorstroom"),
        ("L7", "2025-2026", 4, "Bedrijfsorganisatie", "dubbele finaliteit"),
        ("L8", "2025-2026", 3, "Latijn", "doorstroom"),
    ]
    return pd.DataFrame(rijen, columns=["leerling_id", "schooljaar", "leerjaar",
                                        "studierichting", "finaliteit"])


@pytest.fixture
def alumni() -> pd.DataFrame:
    rijen = ([("X", "doorstroom", "2023-2024", v) for v in (60.0, 70, 80, 90, 50, 70)]
             + [("Y", "arbeidsmarktfinaliteit", "2024-2025", v) for v in (40.0, None, None)]
             + [("Z", "dubbele finaliteit", "2024-2025", None)])
    return pd.DataFrame(rijen, columns=["studierichting", "finaliteit",
                                        "schooljaar_afgestudeerd", "studierendement"])


# ---------------------------------------------------------------------------- overgangen

def test_overgangen_uitkomsten(inschrijvingen):
    o = ds.overgangen(inschrijvingen).set_index("leerling_id")
    assert list(o.index) == ["L1", "L2", "L3", "L4", "L5"]
    assert o.loc["L1", "naar_finaliteit"] == "doorstroom"
    assert o.loc["L2", "uitkomst"] == o.loc["L2", "naar_richting"] == "overzitten"
    assert o.loc["L3", "uitkomst"] == o.loc["L3", "naar_finaliteit"] == "school verlaten"
    assert o.loc["L5", "naar_richting"] == "Zorg"
    assert (o["verandering"] == "").all()  # basisoptie -> finaliteit: niet te vergelijken


def test_overgangen_laatste_schooljaar_valt_weg(inschrijvingen):
    o = ds.overgangen(inschrijvingen)
    assert set(o["schooljaar"]) == {"2024-2025"}


def test_overgangen_verandering_in_derde_jaar(inschrijvingen):
    o = ds.overgangen(inschrijvingen, 3).set_index("leerling_id")
    assert o.loc["L6", "verandering"] == "zelfde richting"
    assert o.loc["L7", "verandering"] == "lagere finaliteit"
    assert o.loc["L8", "uitkomst"] == "overzitten" and o.loc["L8", "verandering"] == ""


def test_overgangen_met_attesten_en_ongewijzigde_invoer(inschrijvingen):
    kopie = inschrijvingen.copy()
    attesten = inschrijvingen[["leerling_id", "schooljaar"]].assign(attest="A")
    o = ds.overgangen(inschrijvingen, attesten=attesten)
    assert "attest" in o.columns and (o["attest"] == "A").all()
    pd.testing.assert_frame_equal(inschrijvingen, kopie)


@pytest.mark.parametrize("leerjaar", [0, 6, "2", 2.5])
def test_overgangen_fout_leerjaar(inschrijvingen, leerjaar):
    with pytest.raises(ValueError, match="van_leerjaar"):
        ds.overgangen(inschrijvingen, leerjaar)


def test_overgangen_ontbrekende_kolom(inschrijvingen):
    with pytest.raises(ValueError, match="'finaliteit'"):
        ds.overgangen(inschrijvingen.drop(columns="finaliteit"))
    with pytest.raises(TypeError, match="DataFrame"):
        ds.overgangen([1, 2, 3])


def test_overgangen_geen_volgend_jaar(inschrijvingen):
    enkel_laatste = inschrijvingen[inschrijvingen["schooljaar"] == "2025-2026"]
    with pytest.raises(ValueError, match="volgend schooljaar"):
        ds.overgangen(enkel_laatste)


# ----------------------------------------------------------------------- doorstroomtabel

def test_doorstroomtabel_kruis_telt_op_tot_100(inschrijvingen):
    kruis = ds.doorstroomtabel(ds.overgangen(inschrijvingen))
    assert list(kruis["n"]) == [3, 2]
    assert list(kruis.columns[:3]) == ["doorstroom", "dubbele finaliteit",
                                       "arbeidsmarktfinaliteit"]
    assert kruis.drop(columns="n").sum(axis=1).tolist() == pytest.approx([100, 100], abs=0.2)
    assert list(kruis.columns[-3:]) == ["overzitten", "school verlaten", "n"]


def test_doorstroomtabel_lang_met_interval(inschrijvingen):
    lang = ds.doorstroomtabel(ds.overgangen(inschrijvingen), vorm="lang")
    rij = lang[(lang["studierichting"] == "Latijn (basisoptie)")
               & (lang["naar_finaliteit"] == "doorstroom")].iloc[0]
    assert (rij["aantal"], rij["n"]) == (1, 3)
    assert rij["ondergrens"] < rij["aandeel"] < rij["bovengrens"]
    assert lang["onzeker"].all()


def test_doorstroomtabel_fouten(inschrijvingen):
    o = ds.overgangen(inschrijvingen)
    with pytest.raises(ValueError, match="vorm"):
        ds.doorstroomtabel(o, vorm="breed")
    with pytest.raises(ValueError, match="2019-2020"):
        ds.doorstroomtabel(o, schooljaar="2019-2020")
    with pytest.raises(ValueError, match="'klas'"):
        ds.doorstroomtabel(o, van="klas")


def test_sankey_verbergt_kleine_stromen(inschrijvingen):
    fig = ds.doorstroom_sankey(ds.overgangen(inschrijvingen))
    assert isinstance(fig, go.Figure)
    sankey = fig.data[0]
    assert all("n < 5" in label for label in sankey.node.label)
    assert all("minder dan 5" in tekst for tekst in sankey.link.customdata)
    fig = ds.doorstroom_sankey(ds.overgangen(inschrijvingen), min_stroom=1)
    assert any("1 van 3" in tekst for tekst in fig.data[0].link.customdata)


# ------------------------------------------------------------------------------ waterval

def test_waterval(inschrijvingen):
    w = ds.waterval(inschrijvingen, leerjaren=[3])
    rij = w.iloc[0]
    assert (rij["finaliteit"], rij["n"], rij["afgezakt"], rij["opgeklommen"]) == (
        "doorstroom", 2, 1, 0)
    assert rij["aandeel"] == 50.0 and bool(rij["onzeker"])


# ------------------------------------------------------------------------------- alumni

def test_alumni_samenvatting(alumni):
    tabel = ds.alumni_samenvatting(alumni).set_index("studierichting")
    assert list(tabel.index) == ["X", "Z", "Y"]  # vaste volgorde per finaliteit, geen rangorde
    x = tabel.loc["X"]
    assert x["gemiddeld_studierendement"] == 70.0 and x["in_hoger_onderwijs"] == 6
    assert x["ondergrens"] < 70 < x["bovengrens"] and bool(x["onzeker"])
    assert math.isnan(tabel.loc["Y", "gemiddeld_studierendement"])
    assert bool(tabel.loc["Y", "onderdrukt"])
    assert tabel.loc["Y", "aandeel_hoger_onderwijs"] == pytest.approx(33.3)
    assert tabel.loc["Z", "in_hoger_onderwijs"] == 0


def test_alumni_schooljaren(alumni):
    tabel = ds.alumni_samenvatting(alumni, schooljaren=["2024-2025"])
    assert set(tabel["studierichting"]) == {"Y", "Z"}
    with pytest.raises(ValueError, match="2030-2031"):
        ds.alumni_samenvatting(alumni, schooljaren=["2030-2031"])


def test_studierendement_grafiek(alumni):
    fig = ds.studierendement_per_groep(alumni)
    assert list(fig.data[0].y) == ["X (n = 6)"]
    assert fig.data[0].marker.symbol == ("circle-open",)
    assert "Y (te weinig gegevens)" in list(fig.data[1].y)


# ------------------------------------------------------------------------ meetoverzicht

def test_meetoverzicht_standaard():
    ov = ds.meetoverzicht()
    assert "grondwaarheid" not in set(ov["dataset"])
    assert "bevraging_analytics" not in set(ov["dataset"])
    assert (ov["waarom"] != "").all()
    alumni = ov.set_index("dataset").loc["alumni", "wie ziet het"]
    assert alumni == "directie: enkel cijfers per groep"


def test_meetoverzicht_eigen_doelen_en_fouten():
    ov = ds.meetoverzicht("resultaten", doelen={"resultaten": "bijsturen"})
    assert ov.loc[0, "waarom"] == "bijsturen"
    assert ds.DOELEN["resultaten"] != "bijsturen"  # DOELEN zelf is niet veranderd
    with pytest.raises(ValueError, match="Onbekende dataset"):
        ds.meetoverzicht(["rapport"])


# --------------------------------------------------------------------- met de cursusdata

@pytest.fixture(scope="module")
def school():
    return {n: laad_dataset(n) for n in ("inschrijvingen", "attesten", "alumni")}


def test_cursusdata_waterval_vooral_naar_beneden(school):
    w = ds.waterval(school["inschrijvingen"])
    # een handvol sterke leerlingen stroomt op, veel minder dan er afzakken
    assert 0 < w["opgeklommen"].sum() < w["afgezakt"].sum() / 3
    assert (w.loc[w["finaliteit"] == "doorstroom", "opgeklommen"] == 0).all()  # hoger kan niet
    assert (w.loc[w["finaliteit"] == "doorstroom", "aandeel"] > 5).all()
    assert (w.loc[w["finaliteit"] == "arbeidsmarktfinaliteit", "afgezakt"] == 0).all()


def test_cursusdata_oriëntering(school):
    o = ds.overgangen(school["inschrijvingen"], attesten=school["attesten"])
    kruis = ds.doorstroomtabel(o)
    assert kruis.loc["Latijn (basisoptie)", "doorstroom"] > 60
    assert kruis.loc["Tweede leerjaar B", "doorstroom"] == 0
    per_attest = ds.doorstroomtabel(o, van="attest")
    assert per_attest.loc["C", "overzitten"] + per_attest.loc["C", "school verlaten"] == 100


def test_cursusdata_alumni_kleine_groepen(school):
    tabel = ds.alumni_samenvatting(school["alumni"])
    assert set(tabel.loc[tabel["onzeker"], "studierichting"]) == {
        "Haar- en schoonheidsverzorging"}


# --------------------------------------------------------------------------- verkenners

@pytest.mark.parametrize("maak", [ds.verken_doorstroom, ds.verken_attesten, ds.verken_alumni])
def test_verkenners_reageren_op_keuzes(maak, school):
    ipywidgets = pytest.importorskip("ipywidgets")
    naam = {"verken_doorstroom": "inschrijvingen", "verken_attesten": "attesten",
            "verken_alumni": "alumni"}[maak.__name__]
    venster = maak(school[naam])
    assert isinstance(venster, ipywidgets.VBox)
    for lijst in venster.children[1].children:
        for optie in list(lijst.options)[-2:]:
            lijst.value = optie[1]
            uitvoer, tekstalternatief = venster.uitvoer.outputs
            assert "application/vnd.plotly.v1+json" in uitvoer["data"]
            assert "Boodschap van de grafiek" in tekstalternatief["data"]["text/html"]


# --------------------------------------------------------------------------- deliberatie

def test_deliberatietabel():
    att = pd.DataFrame({"finaliteit": ["doorstroom"] * 5 + ["dubbele finaliteit"] * 2,
                        "aantal_tekorten": [0, 2, 2, 3, 7, 2, 2],
                        "attest": ["A", "B", "C", "C", "B", "A", "A"],
                        "schooljaar": ["2024-2025"] * 5 + ["2025-2026"] * 2})
    kopie = att.copy()
    tabel = ds.deliberatietabel(att)
    assert list(tabel["finaliteit"]) == ["doorstroom"] * 3 + ["dubbele finaliteit"]
    drie = tabel[(tabel["finaliteit"] == "doorstroom") & (tabel["tekorten"] == "3+")].iloc[0]
    assert (drie["n"], drie["B"], drie["C"]) == (2, 50.0, 50.0)
    assert tabel[["A", "B", "C"]].sum(axis=1).tolist() == pytest.approx([100] * 4)
    pd.testing.assert_frame_equal(att, kopie)
    assert len(ds.deliberatietabel(att, schooljaren="2025-2026")) == 1
    with pytest.raises(ValueError, match="2030-2031"):
        ds.deliberatietabel(att, schooljaren=["2030-2031"])
    with pytest.raises(ValueError, match="'attest'"):
        ds.deliberatietabel(att.drop(columns="attest"))
