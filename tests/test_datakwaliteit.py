"""Tests voor schooldata_lit.datakwaliteit: bronnen, kwaliteitscontrole, schade, koppelen."""

from __future__ import annotations

import pandas as pd
import pytest

from schooldata_lit import laad_dataset
from schooldata_lit.datakwaliteit import (
    UCI_BRONVERMELDING,
    bronnenoverzicht,
    controleer_kwaliteit,
    controleer_optelling,
    koppelverslag,
    kwaliteitssamenvatting,
    laad_uci_uittreksel,
    maak_beschadigde_kopie,
)
from schooldata_lit.kern.bronnen import bevraging_analytics
from schooldata_lit.kern.woordenboek import BRON_ASSEN, TABELLEN

# ----------------------------------------------------------------------------- fixtures


@pytest.fixture
def resultaten() -> pd.DataFrame:
    return pd.DataFrame({
        "leerling_id": [f"L{i:05d}" for i in range(1, 31)],
        "schooljaar": "2025-2026",
        "datum": pd.Timestamp("2025-11-05"),
        "score": [float(i % 10) for i in range(30)],
        "maximum": 10,
        "code": [None] * 30,
    })


# ----------------------------------------------------------------------------- bronnen

def test_bronnenoverzicht_heeft_alle_tabellen_en_assen():
    overzicht = bronnenoverzicht()
    assert list(overzicht.index) == list(TABELLEN)
    assert set(BRON_ASSEN) <= set(overzicht.columns)
    assert (overzicht[list(BRON_ASSEN)] != "").all().all()


# ----------------------------------------------------------------------------- kwaliteit

@pytest.mark.parametrize("naam", list(TABELLEN))
def test_cursusdata_is_schoon(naam):
    """De echte cursusdata heeft geen problemen: elk gemeld probleem is dus een echte fout."""
    assert controleer_kwaliteit(laad_dataset(naam), naam).empty


def test_vindt_elke_soort_probleem(resultaten):
    t = resultaten.copy()
    t.loc[1, "score"] = 12.0              # boven het maximum
    t.loc[2, "score"] = -1.0              # negatief
    t.loc[3, "score"] = None              # ontbreekt zonder code
    t.loc[4, ["score", "code"]] = [None, "ziek"]  # mag: er staat een code
    t.loc[5, "leerling_id"] = "l0006"     # tikfout
    t.loc[6, "datum"] = pd.Timestamp("2035-11-05")
    t = pd.concat([t, t.iloc[[7]]], ignore_index=True)
    verslag = controleer_kwaliteit(t, "resultaten")
    gevonden = {(int(r.rij), r.kolom, r.soort) for r in verslag.itertuples()}
    assert gevonden == {(1, "score", "onmogelijk"), (2, "score", "onmogelijk"),
                        (3, "score", "ontbrekend"), (5, "leerling_id", "onmogelijk"),
                        (6, "datum", "onmogelijk"), (30, "(hele rij)", "dubbel")}
    assert "identiek aan rij 7" in verslag.loc[verslag["soort"] == "dubbel", "reden"].iloc[0]
    assert list(verslag.columns) == ["rij", "kolom", "waarde", "soort", "reden"]


def test_raadt_de_tabel_en_verandert_niets(resultaten):
    kopie = resultaten.copy()
    controleer_kwaliteit(resultaten)
    pd.testing.assert_frame_equal(resultaten, kopie)


def test_extra_grenzen_en_foutmeldingen(resultaten):
    t = pd.DataFrame({"G3": [0, 12, 21]})
    verslag = controleer_kwaliteit(t, grenzen={"G3": (0, 20)})
    assert verslag["rij"].tolist() == [2]
    with pytest.raises(ValueError, match="G9"):
        controleer_kwaliteit(t, grenzen={"G9": (0, 20)})
    with pytest.raises(ValueError, match="Onbekende dataset"):
        controleer_kwaliteit(resultaten, "punten")
    with pytest.raises(TypeError):
        controleer_kwaliteit([1, 2, 3])


def test_samenvatting_telt_per_reden(resultaten):
    t = pd.concat([resultaten, resultaten.iloc[[1, 2]]], ignore_index=True)
    samenvatting = kwaliteitssamenvatting(controleer_kwaliteit(t, "resultaten"))
    assert samenvatting["aantal"].tolist() == [2]


# ----------------------------------------------------------------------------- beschadigen

def test_beschadigde_kopie_wordt_volledig_gevonden(resultaten):
    kopie = maak_beschadigde_kopie(resultaten, dubbels=2, ontbrekend=3, onmogelijk=4, zaad=5)
    schade = kopie.attrs["schade"]
    verslag = controleer_kwaliteit(kopie, "resultaten")
    assert len(kopie) == len(resultaten) + 2
    assert sorted(zip(schade["rij"], schade["kolom"], schade["soort"], strict=True)) == sorted(
        zip(verslag["rij"], verslag["kolom"], verslag["soort"], strict=True))
    assert len(resultaten) == 30 and resultaten["score"].notna().all()


def test_beschadigde_kopie_is_herhaalbaar(resultaten):
    a, b = maak_beschadigde_kopie(resultaten), maak_beschadigde_kopie(resultaten)
    pd.testing.assert_frame_equal(a, b)
    c = maak_beschadigde_kopie(resultaten, zaad=99)
    assert not a.equals(c)


def test_beschadigde_kopie_op_echte_klas():
    r = laad_dataset("resultaten")
    klas = r[(r["klas"] == "3ECW") & (r["vak"] == "Wiskunde")].reset_index(drop=True)
    kopie = maak_beschadigde_kopie(klas)
    verslag = controleer_kwaliteit(kopie, "resultaten")
    assert len(verslag) == len(kopie.attrs["schade"]) == 11
    assert (verslag["soort"] == "dubbel").sum() == 3


def test_beschadigen_vraagt_een_resultatentabel():
    with pytest.raises(ValueError, match="score"):
        maak_beschadigde_kopie(pd.DataFrame({"leerling_id": ["L00001"]}))
    with pytest.raises(ValueError, match="minstens"):
        maak_beschadigde_kopie(pd.DataFrame({"leerling_id": ["L00001"], "score": [1.0],
                                             "maximum": [10]}))


# ----------------------------------------------------------------------------- koppelen

def test_koppelverslag_klopt_met_merge():
    links = pd.DataFrame({"leerling_id": ["a", "b", "b", "c"], "x": range(4)})
    rechts = pd.DataFrame({"leerling_id": ["b", "b", "c", "d", "e"], "y": range(5)})
    verslag = koppelverslag(links, rechts)
    assert verslag.loc["links", "zonder_partner"] == 1
    assert verslag.loc["rechts", "zonder_partner"] == 2
    assert verslag.loc["links", "na_koppeling"] == len(links.merge(rechts, on="leerling_id"))
    with pytest.raises(ValueError, match="koppelkolom"):
        koppelverslag(links, rechts, op="klas")


def test_koppelen_met_afwezigheden_verliest_wie_nooit_afwezig_was():
    r = laad_dataset("resultaten")
    afw = laad_dataset("afwezigheden")
    verslag = koppelverslag(r.groupby("leerling_id", as_index=False)["score"].mean(),
                            afw.groupby("leerling_id", as_index=False).size())
    assert verslag.loc["links", "zonder_partner"] == (
        r["leerling_id"].nunique() - afw["leerling_id"].nunique())


# ----------------------------------------------------------------------------- optellen

def test_optelling_op_de_echte_bevraging():
    tabel = controleer_optelling(bevraging_analytics(), ["eens", "neutraal", "oneens"],
                                 "respondenten")
    telt_niet = tabel[tabel["status"] == "telt niet op"]
    assert list(zip(telt_niet["groep"], telt_niet["nummer"], telt_niet["verschil"],
                    strict=True)) == [("leerkrachten", 1, 1), ("leerkrachten", 2, 2)]
    niet_gerapporteerd = tabel[tabel["status"] == "deel niet gerapporteerd"]
    assert niet_gerapporteerd["nummer"].tolist() == [1, 6]
    assert "status" not in bevraging_analytics().columns


def test_optelling_foutmelding():
    with pytest.raises(ValueError, match="totaal"):
        controleer_optelling(pd.DataFrame({"a": [1]}), ["a"], "totaal")


# ----------------------------------------------------------------------------- echte data

def test_uci_uittreksel():
    uci = laad_uci_uittreksel()
    assert uci.shape == (40, 9)
    assert uci[["G1", "G2", "G3"]].stack().between(0, 20).all()
    assert ((uci["G3"] == 0) & (uci["G2"] > 0)).sum() == 5
    assert "CC BY 4.0" in UCI_BRONVERMELDING
    with pytest.raises(FileNotFoundError):
        laad_uci_uittreksel("/bestaat/niet")
