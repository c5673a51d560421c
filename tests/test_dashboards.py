"""De dashboards, bediend vanuit code (zonder browser): wat ze tonen en wat niet."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from schooldata_lit.evaluatie import evalueer_knipperlichten
from schooldata_lit.knipperlichten import REGELS, knipperlichten
from schooldata_lit.schermen.dashboards import (
    NIVEAUS_PER_ROL,
    knipperlichten_dashboard,
    school_dashboard,
)


@pytest.fixture(scope="module")
def kbord():
    return knipperlichten_dashboard()


def _plotly(uitvoer) -> dict:
    """De figuur in een uitvoervak; direct erna volgt haar tekstalternatief met tabel."""
    bundel, tekst = uitvoer.outputs
    assert "Boodschap van de grafiek" in tekst["data"]["text/html"]
    assert "<table>" in tekst["data"]["text/html"]
    return bundel["data"]["application/vnd.plotly.v1+json"]


# -- knipperlichtendashboard ---------------------------------------------------------------

def test_start_met_standaardregels(kbord):
    assert kbord.regels == [c for c, r in REGELS.items() if r.standaard_aan]
    assert kbord.instellingen == {}
    pd.testing.assert_frame_equal(kbord.lichten, knipperlichten())
    assert kbord.evaluatie.recall == evalueer_knipperlichten().recall
    assert "Gevonden: <b>51 van de 54</b>" in kbord.samenvatting.value
    assert "precisie 81 %" in kbord.samenvatting.value


def test_strengere_drempel_minder_lichten(kbord):
    voor = (kbord.lichten["indicator"] == "dalende_trend").sum()
    kbord.schuiven["dalende_trend"]["helling"].value = 3.0
    try:
        assert kbord.instellingen == {"dalende_trend": {"helling": 3.0}}
        na = (kbord.lichten["indicator"] == "dalende_trend").sum()
        assert na < voor
        verwacht = knipperlichten(instellingen={"dalende_trend": {"helling": 3.0}})
        pd.testing.assert_frame_equal(kbord.lichten, verwacht)
        assert "3 procentpunt per maand" in kbord.regeluitleg.value
    finally:
        kbord.zet_terug()
    assert kbord.instellingen == {}


def test_ruwe_aanwezigheidsregel_geeft_valse_alarmen(kbord):
    vals_voor = len(kbord.evaluatie.valse_alarmen)
    kbord.aan["lage_aanwezigheid"].value = True
    try:
        e = kbord.evaluatie
        assert len(e.valse_alarmen) > vals_voor
        assert e.valse_alarmen_per_soort.get("langdurig_ziek", 0) == 6
        assert e.precisie < 0.7
        namen = [spoor["name"] for spoor in _plotly(kbord.grafiek)["data"]]
        assert namen == ["terecht", "vals alarm", "onzeker (kleine groep)"]
        assert "Lage aanwezigheid" in _plotly(kbord.grafiek)["data"][0]["y"]
    finally:
        kbord.zet_terug()
    assert not kbord.aan["lage_aanwezigheid"].value


def test_grafiek_telt_alle_lichten(kbord):
    fig = _plotly(kbord.grafiek)
    assert fig["layout"]["title"]["text"] == "Lichten per regel"
    assert sum(sum(s.x) for s in kbord.figuur.data) == len(kbord.lichten)


def test_regelkeuze_toont_de_juiste_schuiven(kbord):
    kbord.regelkeuze.value = "weekdagpatroon"
    namen = [s.description for s in kbord.schuifvak.children]
    assert namen == ["aandeel", "minimum"]
    kbord.regelkeuze.value = "dalende_trend"


def test_onbekende_regel_geeft_duidelijke_fout():
    with pytest.raises(ValueError, match="Onbekende regel"):
        knipperlichten_dashboard(["bestaat_niet"])


def test_zonder_grondwaarheid(tmp_path):
    from schooldata_lit.kern.data import datamap

    for bestand in datamap().glob("*.csv"):
        if bestand.stem != "grondwaarheid":
            (tmp_path / bestand.name).write_bytes(bestand.read_bytes())
    bord = knipperlichten_dashboard(map=tmp_path)
    assert bord.evaluatie is None
    assert "geen grondwaarheid" in bord.samenvatting.value
    assert [s.name for s in bord.figuur.data] == ["zeker", "onzeker (kleine groep)"]


def test_update_snel_genoeg(kbord):
    """Een update vraagt minder dan 0,5 s processortijd (ruim: benchmarks/dashboards.py eist
    < 200 ms wandklok op een rustige machine). Processortijd, want in de testreeks deelt dit
    proces de machine met een ander: de wandklok meet dan ook dat andere werk."""
    tijden = []
    for waarde in (2.0, 1.0, 1.5):
        t = time.process_time()
        kbord.schuiven["dalende_trend"]["helling"].value = waarde
        tijden.append(time.process_time() - t)
    assert max(tijden) < 0.5, tijden


# -- schooldashboard -----------------------------------------------------------------------

@pytest.mark.parametrize("rol", list(NIVEAUS_PER_ROL))
def test_elke_rol_elk_niveau_toont_iets(rol):
    bord = school_dashboard(rol)
    assert [w for _, w in bord.niveau.options] == list(NIVEAUS_PER_ROL[rol])
    for niveau in NIVEAUS_PER_ROL[rol]:
        bord.niveau.value = niveau
        assert bord.figuur is not None, (rol, niveau)
        assert len(bord.grafiek.outputs) == 2  # de figuur en haar tekstalternatief
        _plotly(bord.grafiek)
        assert "Download een afdrukbare samenvatting" in bord.afdruk.value
        assert not bord.tabel.empty, (rol, niveau)


def test_directie_ziet_geen_leerlingen():
    bord = school_dashboard("directie")
    assert "leerling" not in [w for _, w in bord.niveau.options]
    for niveau in ("klas", "leerjaar", "school"):
        bord.niveau.value = niveau
        assert "leerling_id" not in bord.tabel.columns


def test_kleine_cellen_onderdrukt_voor_directie():
    bord = school_dashboard("directie")
    bord.niveau.value = "leerjaar"
    bord.keuze.value = 6
    onderdrukt = bord.tabel[bord.tabel["onderdrukt"]]
    assert len(onderdrukt) > 0
    assert onderdrukt["aantal"].isna().all()
    assert "Onderdrukte cellen" in bord.uitleg.value


def test_leerling_ziet_enkel_zichzelf(school):
    bord = school_dashboard("leerling", wie="L01151")
    assert bord.keuzes == ["L01151"]
    assert set(bord.tabel.columns) >= {"score", "klas_gemiddelde"}
    assert "leerling_id" not in bord.tabel.columns or set(bord.tabel["leerling_id"]) == {"L01151"}
    # de grafiek: één lijn voor de leerling, de klas enkel als gemiddelde en band
    namen = [s.name for s in bord.figuur.data]
    andere = set(school["inschrijvingen"]["leerling_id"]) - {"L01151"}
    assert not any(n in andere for n in namen)
    bord.onderwerp.value = "aanwezigheid"
    assert set(bord.tabel.columns) == {"code", "dagdelen"}


def test_leerkracht_ziet_enkel_eigen_klassen_en_vakken(school):
    opdr = school["lesopdrachten"]
    opdr = opdr[(opdr["schooljaar"] == "2025-2026") & (opdr["leerkracht_id"] == "K001")]
    bord = school_dashboard("leerkracht", wie="K001")
    # de vakken in de tabel en in de klasband: enkel die van K001
    assert set(bord.tabel["vak"]) <= set(opdr["vak"])
    bord.niveau.value = "klas"
    assert set(bord.keuzes) == set(opdr["klas"])
    assert set(bord.tabel["vak"]) <= set(opdr["vak"])
    leerlingen = school["inschrijvingen"]
    leerlingen = leerlingen[(leerlingen["schooljaar"] == "2025-2026")
                            & leerlingen["klas"].isin(opdr["klas"])]
    bord.niveau.value = "leerling"
    assert set(bord.keuzes) == set(leerlingen["leerling_id"])


def test_klastitularis_ziet_eigen_klas(school):
    klassen = school["klassen"]
    klassen = klassen[klassen["schooljaar"] == "2025-2026"]
    titularis, klas = klassen.iloc[0][["klastitularis_id", "klas"]]
    bord = school_dashboard("klastitularis", wie=titularis)
    eigen = set(klassen.loc[klassen["klastitularis_id"] == titularis, "klas"])
    bord.niveau.value = "klas"
    assert set(bord.keuzes) == eigen


def test_rolwissel_beperkt_de_niveaus():
    bord = school_dashboard("zorgcoordinator")
    assert len(bord.niveau.options) == 4
    bord.rol.value = "leerling"
    assert [w for _, w in bord.niveau.options] == ["leerling"]
    assert len(bord.keuzes) == 1
    bord.rol.value = "directie"
    assert bord.niveau.value == "klas"


def test_andere_keuze_andere_grafiek():
    bord = school_dashboard("directie")
    voor = bord.figuur.layout.title.text
    bord.keuze.value = bord.keuzes[5]
    assert bord.figuur.layout.title.text != voor


def test_onbekende_rol():
    with pytest.raises(ValueError, match="Onbekende rol"):
        school_dashboard("conciërge")


def test_schooldashboard_op_onvolledige_eigen_data(tmp_path):
    """Eigen data zonder attesten, eindpercentages of klastitularissen: uitleg, geen crash."""
    from schooldata_lit.kern.data import CSV_OPTIES, datamap

    for bestand in datamap().glob("*.csv"):
        tabel = pd.read_csv(bestand, **CSV_OPTIES, dtype=str, keep_default_na=False)
        if bestand.stem in ("attesten", "jaarresultaten"):
            tabel = tabel.iloc[:0]
        if bestand.stem == "klassen":
            tabel["klastitularis_id"] = ""
        tabel.to_csv(tmp_path / bestand.name, **CSV_OPTIES, index=False)
    bord = school_dashboard("directie", map=tmp_path)
    bord.niveau.value = "leerjaar"
    assert "geen attesten" in bord.uitleg.value and bord.figuur is None
    bord.niveau.value = "school"
    assert "geen eindpercentages" in bord.uitleg.value
    bord.rol.value = "klastitularis"
    assert "kent niemand met de rol klastitularis" in bord.uitleg.value
    bord.rol.value = "leerling"
    assert bord.figuur is not None


# -- leesbaar, eerlijk en Nederlands (issue 18) ---------------------------------------------

def test_knipperlichten_resultaat_bovenaan_en_in_het_nederlands(kbord):
    kinderen = list(kbord.children)
    assert kinderen.index(kbord.samenvatting) < kinderen.index(kbord.schuifvak)
    assert "recall" not in kbord.samenvatting.value.lower()
    kbord.aan["lage_aanwezigheid"].value = True
    try:
        tekst = kbord.samenvatting.value
        # dezelfde getallen als in het draaiboek van de nascholing
        assert "Verschil met de standaardinstellingen: <b>+30</b> lichten, <b>+10</b>" in tekst
        assert "gevoeligheid" in tekst
        fig = _plotly(kbord.grafiek)
        assert {s["marker"]["pattern"]["shape"] for s in fig["data"]} == {"", "x", "."}
    finally:
        kbord.zet_terug()


def test_klasniveau_leesbaar_voor_elk_aantal_staven():
    for rol in ("directie", "leerkracht"):
        bord = school_dashboard(rol)
        bord.niveau.value = "klas"
        fig = _plotly(bord.grafiek)
        staven = len(fig["data"][0]["y"])
        assert fig["layout"]["height"] >= max(300, 190 + 38 * staven), rol
        assert fig["layout"]["xaxis"]["range"] == [0, 100]
        assert fig["layout"]["yaxis"]["dtick"] == 1  # elk vak krijgt zijn naam
        assert all(t.startswith("n = ") for t in fig["data"][0]["text"])
        assert fig["data"][0]["textfont"]["size"] >= 14


def test_leerjaarniveau_staaf_per_klas_en_nette_tabel():
    bord = school_dashboard("zorgcoordinator")
    bord.niveau.value = "leerjaar"
    for leerjaar in (1, 3, 4):
        bord.keuze.value = leerjaar
        fig = _plotly(bord.grafiek)
        klassen = sorted(set(bord.tabel["klas"]))
        for spoor in fig["data"]:
            assert sorted(y.split(" (")[0] for y in spoor["y"]) == klassen
        tabel = bord.tabelvak.value
        for fout in ("&lt;NA&gt;", "<NA>", "True", "False", "NaN", "0.6"):
            assert fout not in tabel, (leerjaar, fout)
        if bord.tabel["onderdrukt"].any():
            assert "zijn onderdrukt" in tabel and "ja" in tabel


def test_schoolniveau_as_vanaf_nul_en_zelfde_cijfers_als_de_notebooks():
    from schooldata_lit.grafieken import samenvatting_per_jaar
    from schooldata_lit.kern.data import laad_dataset

    bord = school_dashboard("directie")
    bord.niveau.value = "school"
    fig = _plotly(bord.grafiek)
    assert fig["layout"]["yaxis"]["range"] == [0, 100]
    notebook = samenvatting_per_jaar(laad_dataset("jaarresultaten"), "eindpercentage")
    assert bord.tabel["gemiddelde"].round(1).tolist() == notebook["gemiddelde"].round(1).tolist()
    assert bord.tabel["aantal_leerlingen"].tolist() == notebook["n"].tolist()


def test_dashboards_geven_schuifregelaars_een_naam(kbord):
    (hulp,) = kbord.hulp.outputs
    assert "aria-label" in hulp["data"]["text/html"]
