"""Knipperlichten: vormen, drempels, en hoe goed ze de geplante signalen vinden."""

from __future__ import annotations

import pandas as pd
import pytest

import schooldata_lit as sd
from schooldata_lit.evaluatie import evalueer_knipperlichten
from schooldata_lit.indicatoren import attesten_per_klas, resultaatverloop
from schooldata_lit.knipperlichten import KOLOMMEN, REGELS, catalogus, knipperlichten


@pytest.fixture(scope="module")
def lichten() -> pd.DataFrame:
    return knipperlichten()


@pytest.fixture(scope="module")
def waarheid() -> pd.DataFrame:
    return sd.laad_dataset("grondwaarheid")


def _sleutels(waarheid, signaal):
    return set(waarheid.loc[waarheid["signaal"] == signaal, "sleutel"])


def test_elk_licht_zegt_waarop_het_steunt(lichten):
    assert list(lichten.columns) == KOLOMMEN
    assert lichten[["regel", "vraag", "periode"]].apply(lambda k: k.str.len() > 0).all().all()
    assert lichten["n"].gt(0).all()
    assert set(lichten["zekerheid"]) <= {"zeker", "onzeker"}
    # een vraag, geen oordeel
    assert lichten["vraag"].str.contains(r"\?").all()


def test_catalogus_is_gedocumenteerd():
    c = catalogus()
    assert set(c.index) == set(REGELS)
    assert c[["naam", "uitleg", "bron", "regel"]].apply(lambda k: k.str.len() > 10).all().all()


def test_standaardregels_halen_de_doelen():
    e = evalueer_knipperlichten()
    assert e.recall >= 0.9, e
    assert e.precisie >= 0.7, e


def test_eenmalige_dips_zijn_geen_dalende_trend(waarheid):
    dips = _sleutels(waarheid, "eenmalige_dip")
    for peildatum in [None, "2025-12-20", "2026-01-31", "2026-02-28", "2026-03-31"]:
        trend = knipperlichten(["dalende_trend"], peildatum=peildatum)
        assert not set(trend["wie"]) & dips, peildatum


def test_dip_is_midden_in_het_jaar_wel_een_vraag(waarheid):
    """Op het moment van de dip knippert de basislijn-regel wel: een vraag, geen trend."""
    dips = _sleutels(waarheid, "eenmalige_dip")
    gezien = set()
    for peildatum in ["2025-12-20", "2026-01-31", "2026-02-28", "2026-03-31"]:
        gezien |= set(knipperlichten(["daling_basislijn"], peildatum=peildatum)["wie"])
    assert len(gezien & dips) >= 3


def test_kleine_klas_is_onzeker_en_geen_zeker_alarm(lichten, waarheid):
    klein = _sleutels(waarheid, "kleine_klas")
    rijen = lichten[lichten["wie"].isin(klein)]
    assert len(rijen) >= 1
    assert (rijen["zekerheid"] == "onzeker").all()


def test_geplante_klas_en_leerkracht_gevonden(lichten, waarheid):
    klas = lichten[lichten["indicator"] == "attesten_klas"]
    assert _sleutels(waarheid, "veel_c_attesten") <= set(klas.loc[klas["zekerheid"] == "zeker",
                                                                 "wie"])
    vak = lichten[lichten["indicator"] == "afwijkende_beoordeling"]
    assert _sleutels(waarheid, "strenge_beoordeling") <= set(vak["wie"])


def test_lage_aanwezigheid_aanzetten_toont_de_valstrik(waarheid):
    """De ruwe 90%-regel vangt ook langdurig zieken: de precisie zakt."""
    met = knipperlichten([*[c for c, r in REGELS.items() if r.standaard_aan],
                          "lage_aanwezigheid"])
    e = evalueer_knipperlichten(met)
    assert e.valse_alarmen_per_soort.get("langdurig_ziek", 0) >= 4
    assert e.precisie < evalueer_knipperlichten().precisie


def test_strengere_drempel_geeft_minder_lichten():
    los = knipperlichten(["daling_basislijn"], {"daling_basislijn": {"drempel": 8}})
    streng = knipperlichten(["daling_basislijn"], {"daling_basislijn": {"drempel": 16}})
    assert set(streng["wie"]) < set(los["wie"])
    assert "16 procentpunten" in streng["regel"].iloc[0]


def test_combinatie_vraagt_twee_domeinen(lichten):
    abc = lichten[lichten["indicator"] == "abc_combinatie"]
    for wie in abc["wie"]:
        domeinen = set(lichten.loc[(lichten["wie"] == wie) & (lichten["niveau"] == "leerling")
                                   & (lichten["indicator"] != "abc_combinatie"), "domein"])
        assert len(domeinen) >= 2


def test_fouten_zijn_duidelijk_en_nederlands():
    with pytest.raises(ValueError, match="Onbekende regel.*'spijbelen'.*Kies uit"):
        knipperlichten(["spijbelen"])
    with pytest.raises(ValueError, match="kent de instelling"):
        knipperlichten(["dalende_trend"], {"dalende_trend": {"grens": 1}})


def test_metingen_veranderen_de_invoer_niet():
    r = sd.laad_dataset("resultaten")
    kopie = r.copy()
    resultaatverloop(r)
    pd.testing.assert_frame_equal(r, kopie)
    a = sd.laad_dataset("attesten")
    kopie = a.copy()
    attesten_per_klas(a, "2025-2026")
    pd.testing.assert_frame_equal(a, kopie)


def test_evaluatie_telt_juist():
    """Een hand-gemaakte grondwaarheid met twee leerlingen en één vals alarm."""
    waarheid = pd.DataFrame({"signaal": ["dalende_trend", "maandag_vrijdag", "eenmalige_dip"],
                             "niveau": "leerling", "sleutel": ["A", "B", "C"],
                             "schooljaar": "x", "valstrik": ["nee", "nee", "ja"],
                             "beschrijving": ""})
    lichten = pd.DataFrame({"niveau": "leerling", "wie": ["A", "C", "D"],
                            "indicator": ["dalende_trend", "daling_basislijn", "weekdagpatroon"],
                            "zekerheid": "zeker"})
    e = evalueer_knipperlichten(lichten, waarheid)
    assert e.recall == 0.5 and e.precisie == pytest.approx(1 / 3)
    assert e.valse_alarmen_per_soort.to_dict() == {"eenmalige_dip": 1, "ruis": 1}


def test_metingen_volgen_een_gewijzigde_map(tmp_path):
    """Wie opnieuw importeert in dezelfde map, krijgt nieuwe lichten (geen verouderde cache)."""
    import os
    import shutil

    from schooldata_lit.kern.data import CSV_OPTIES, datamap

    for bestand in datamap().glob("*.csv"):
        shutil.copy(bestand, tmp_path / bestand.name)
    voor = knipperlichten(["dalende_trend"], map=str(tmp_path))
    assert len(voor) > 0
    pad = tmp_path / "resultaten.csv"
    res = pd.read_csv(pad, **CSV_OPTIES, dtype=str, keep_default_na=False)
    res = res[~res["leerling_id"].isin(voor["wie"])]
    res.to_csv(pad, **CSV_OPTIES, index=False)
    os.utime(pad, ns=(pad.stat().st_atime_ns, pad.stat().st_mtime_ns + 10**9))
    na = knipperlichten(["dalende_trend"], map=str(tmp_path))
    assert not set(na["wie"]) & set(voor["wie"])
