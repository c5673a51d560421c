"""De verzonnen school: determinisme, schema's, waardebereiken, samenhang en geplante signalen."""

from __future__ import annotations

import filecmp
import hashlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import schooldata_lit as sd
from schooldata_lit.generator import genereer, genereer_school
from schooldata_lit.kern.woordenboek import TABELLEN

DATASETS = Path(__file__).resolve().parent.parent / "datasets"
HUIDIG = "2025-2026"


# --- Determinisme ---------------------------------------------------------------------------

def _hashes(map_: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(map_.glob("*.csv"))}


def test_zelfde_zaad_geeft_dezelfde_bytes(tmp_path):
    genereer(zaad=11, map=tmp_path / "a")
    genereer(zaad=11, map=tmp_path / "b")
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b")


def test_ander_zaad_geeft_andere_school(tmp_path):
    genereer(zaad=11, map=tmp_path / "a")
    genereer(zaad=12, map=tmp_path / "b")
    assert _hashes(tmp_path / "a")["resultaten.csv"] != _hashes(tmp_path / "b")["resultaten.csv"]


def test_gecommitteerde_datasets_zijn_een_verse_generatie(tmp_path):
    from schooldata_lit.kern.datawoordenboek import schrijf_datawoordenboek

    genereer(zaad=2026, map=tmp_path)
    schrijf_datawoordenboek(tmp_path, zaad=2026)
    verschillend = [p.name for p in sorted(tmp_path.iterdir())
                    if not filecmp.cmp(p, DATASETS / p.name, shallow=False)]
    assert verschillend == [], f"opnieuw genereren met 'python3 cursus.py datasets': {verschillend}"


def test_datasets_blijven_klein():
    grootte = sum(p.stat().st_size for p in DATASETS.iterdir())
    assert grootte < 25 * 2**20


def test_scholengemeenschap(tmp_path):
    paden = genereer(zaad=3, map=tmp_path, scholen=2)
    assert {p.parent.name for p in paden} == {"school_01", "school_02"}
    a = sd.laad_dataset("leerlingen", map=tmp_path / "school_01")
    b = sd.laad_dataset("leerlingen", map=tmp_path / "school_02")
    assert not set(a["leerling_id"]) & set(b["leerling_id"])
    assert b["leerling_id"].str.startswith("S02-").all()


def test_excel_formaat():
    ruw = (DATASETS / "resultaten.csv").read_bytes()
    assert ruw.startswith(b"\xef\xbb\xbf")  # UTF-8 met BOM
    kop, eerste = ruw.decode("utf-8-sig").splitlines()[:2]
    assert kop.split(";")[0] == "leerling_id"
    assert "," in (DATASETS / "jaarresultaten.csv").read_text("utf-8-sig").splitlines()[1]


# --- Schema's en samenhang -----------------------------------------------------------------

@pytest.mark.parametrize("naam", list(TABELLEN))
def test_kolommen_volgen_het_woordenboek(school, naam):
    assert list(school[naam].columns) == TABELLEN[naam].kolomnamen


def test_referentiele_integriteit(school):
    leerlingen = set(school["leerlingen"]["leerling_id"])
    assert school["leerlingen"]["leerling_id"].is_unique
    for naam in ["inschrijvingen", "resultaten", "jaarresultaten", "attesten", "afwezigheden",
                 "platformactiviteit", "begeleiding", "baso_fiches", "centrale_toetsen",
                 "alumni"]:
        assert set(school[naam]["leerling_id"]) <= leerlingen, naam
    huidig = school["inschrijvingen"].query("schooljaar == @HUIDIG")
    paren = set(zip(huidig["leerling_id"], huidig["klas"], strict=True))
    res = school["resultaten"]
    assert set(zip(res["leerling_id"], res["klas"], strict=True)) <= paren
    opdrachten = set(zip(school["lesopdrachten"]["klas"], school["lesopdrachten"]["vak"],
                         school["lesopdrachten"]["leerkracht_id"], strict=True))
    assert set(zip(res["klas"], res["vak"], res["leerkracht_id"], strict=True)) <= opdrachten
    assert set(school["lesopdrachten"]["leerkracht_id"]) <= set(
        school["leerkrachten"]["leerkracht_id"])
    kalender = set(zip(school["kalender"]["datum"], school["kalender"]["dagdeel"], strict=True))
    afw = school["afwezigheden"]
    assert set(zip(afw["datum"], afw["dagdeel"], strict=True)) <= kalender
    assert not afw.duplicated(["leerling_id", "datum", "dagdeel"]).any()
    assert not school["inschrijvingen"].duplicated(["leerling_id", "schooljaar"]).any()


def test_welbevinden_is_anoniem(school):
    assert "leerling_id" not in school["welbevinden"].columns


# --- Waardebereiken (zie datasets/README.md, 'Doelwaarden') ----------------------------------

def test_schoolgrootte_en_klassen(school):
    per_jaar = school["inschrijvingen"].groupby("schooljaar").size()
    assert list(per_jaar.index) == [f"{j}-{j + 1}" for j in range(2019, 2026)]
    assert per_jaar.between(800, 1000).all()
    assert school["klassen"]["aantal_leerlingen"].max() <= 24
    huidig = school["inschrijvingen"].query("schooljaar == @HUIDIG")
    assert set(huidig["finaliteit"]) == {"A-stroom", "B-stroom", "doorstroom",
                                         "dubbele finaliteit", "arbeidsmarktfinaliteit"}


def test_resultaten_plausibel(school):
    r = school["resultaten"]
    geldig = r[r["score"].notna()]
    assert (geldig["score"] >= 0).all() and (geldig["score"] <= geldig["maximum"]).all()
    assert 60 <= (100 * geldig["score"] / geldig["maximum"]).mean() <= 72
    assert set(r["code"].dropna()) <= {"afwezig", "ziek", "vrijgesteld"}
    assert r.loc[r["code"].notna(), "score"].isna().all()  # een code is nooit een nul
    assert set(r["soort"]) == {"dagelijks werk", "toets", "examen"}
    jr = school["jaarresultaten"]["eindpercentage"]
    assert jr.between(0, 100).all()


def test_attesten_plausibel(school):
    aandeel = pd.crosstab(school["attesten"]["schooljaar"], school["attesten"]["attest"],
                          normalize="index")
    assert aandeel["A"].between(0.75, 0.95).all()
    assert aandeel["C"].between(0.01, 0.10).all()


def test_corona_is_zichtbaar(school):
    per_jaar = school["jaarresultaten"].groupby("schooljaar")["eindpercentage"].mean()
    assert per_jaar.idxmin() == "2020-2021"
    assert per_jaar["2020-2021"] < per_jaar["2023-2024"] - 2


def _volgende_jaren(school) -> pd.DataFrame:
    """Elke inschrijving naast die van het schooljaar erna (zelfde leerling)."""
    i = school["inschrijvingen"].sort_values(["leerling_id", "schooljaar"])
    nu = i.assign(jaar=i["schooljaar"].str[:4].astype(int))
    return nu.merge(nu.assign(jaar=nu["jaar"] - 1), on=["leerling_id", "jaar"],
                    suffixes=("", "_erna"))


def test_sommige_leerlingen_stromen_op(school):
    niveau = {"arbeidsmarktfinaliteit": 1, "dubbele finaliteit": 2, "doorstroom": 3}
    paren = _volgende_jaren(school)
    van, naar = paren["finaliteit"].map(niveau), paren["finaliteit_erna"].map(niveau)
    op, af = paren[naar > van], paren[naar < van]
    # een handvol per jaar, uit beide lagere finaliteiten, veel minder dan wie afzakt
    assert 10 <= len(op) <= 60 and len(op) < len(af) / 2
    assert set(op["finaliteit"]) == {"arbeidsmarktfinaliteit", "dubbele finaliteit"}
    assert op["schooljaar"].nunique() >= 4
    # wie opstroomt, is sterk: een A-attest en een hoger jaarresultaat dan de klasgenoten
    attest = school["attesten"].set_index(["leerling_id", "schooljaar"])["attest"]
    assert (attest[list(zip(op["leerling_id"], op["schooljaar"], strict=True))] == "A").all()
    jr = school["jaarresultaten"].groupby(["leerling_id", "schooljaar", "klas"])[
        "eindpercentage"].mean().reset_index()
    jr["boven_klas"] = jr["eindpercentage"] - jr.groupby(["schooljaar", "klas"])[
        "eindpercentage"].transform("mean")
    boven = jr.set_index(["leerling_id", "schooljaar"])["boven_klas"]
    assert boven[list(zip(op["leerling_id"], op["schooljaar"], strict=True))].min() > 0
    # en een enkele sterke leerling uit 1B gaat naar 2A
    uit_1b = paren[paren["studierichting"] == "Eerste leerjaar B"]
    assert 1 <= (uit_1b["finaliteit_erna"] == "A-stroom").sum() <= 5


def test_attesten_verschillen_per_studierichting(school):
    a = school["attesten"].assign(bc=lambda t: t["attest"].isin(["B", "C"]))
    zwaar = a[a["studierichting"].isin(["Latijn", "Natuurwetenschappen"])]["bc"]
    licht = a[a["studierichting"].isin(["Zorg", "Haar- en schoonheidsverzorging",
                                        "Bouw"])]["bc"]
    assert zwaar.mean() > 0.2 and licht.mean() < 0.08
    # geen toeval: het verschil is vele standaardfouten groot
    p = (zwaar.sum() + licht.sum()) / (len(zwaar) + len(licht))
    se = np.sqrt(p * (1 - p) * (1 / len(zwaar) + 1 / len(licht)))
    assert (zwaar.mean() - licht.mean()) / se > 4
    # B-attesten vooral in doorstroom (heroriënteren), weinig in arbeidsmarktfinaliteit
    b = a.assign(b=a["attest"] == "B").groupby("finaliteit")["b"].mean()
    assert b["doorstroom"] > 2 * b["arbeidsmarktfinaliteit"]


def test_coronavoorjaar_2020(school):
    a = school["attesten"]
    aandeel = pd.crosstab(a["schooljaar"], a["attest"], normalize="index")
    # milde deliberatie: het minst B- en C-attesten van alle jaren
    assert aandeel["C"].idxmin() == "2019-2020" and aandeel["B"].idxmin() == "2019-2020"
    assert aandeel.loc["2019-2020", "A"] > aandeel.drop("2019-2020")["A"].max() + 0.03
    # zonder juni-examens: minder spreiding in de jaarresultaten en geen dip
    jr = school["jaarresultaten"].groupby("schooljaar")["eindpercentage"]
    assert jr.std().idxmin() == "2019-2020"
    assert jr.mean()["2019-2020"] > jr.mean()["2020-2021"] + 2


def test_aanwezigheid_plausibel(school):
    afw = school["afwezigheden"]
    assert set(afw["code"]) == {"Z", "G", "B", "L"}
    kal = school["kalender"]
    assert not ((kal["weekdag"] == "woensdag") & (kal["dagdeel"] == "NM")).any()
    huidig = school["inschrijvingen"].query("schooljaar == @HUIDIG")["leerling_id"]
    afwezig = afw[afw["code"] != "L"].groupby("leerling_id").size().reindex(huidig, fill_value=0)
    aanwezigheid = 1 - afwezig / len(kal)
    assert 0.94 <= aanwezigheid.mean() <= 0.98


def test_platformactiviteit_plausibel(school):
    act = school["platformactiviteit"]
    assert (act[["aanmeldingen", "taken_op_tijd", "taken_te_laat",
                 "taken_niet_ingediend"]] >= 0).all().all()
    assert 3 <= act["aanmeldingen"].mean() <= 9


def test_echte_cijfers_uit_de_bron(school):
    b = school["bevraging_analytics"]
    assert b.groupby("groep").size().to_dict() == {"leerkrachten": 10, "leerlingen": 10}
    lk = b[b["groep"] == "leerkrachten"].set_index("nummer")
    telling = ["eens", "neutraal", "oneens"]
    assert (lk.loc[1, telling].sum(), lk.loc[2, telling].sum()) == (32, 31)
    ll = b[b["groep"] == "leerlingen"].set_index("nummer")
    assert ll.loc[[1, 6], "neutraal"].isna().all()
    assert int(school["bevraging_datagebruik"]["respondenten"].iloc[0]) == 1130


# --- Geplante signalen ----------------------------------------------------------------------

def _sleutels(school, signaal):
    gt = school["grondwaarheid"]
    return list(gt.loc[gt["signaal"] == signaal, "sleutel"])


def _maandgemiddelde(school, leerlingen):
    r = school["resultaten"]
    r = r[r["leerling_id"].isin(leerlingen) & r["score"].notna()]
    pct = 100 * r["score"] / r["maximum"]
    return pct.groupby(r["datum"].dt.to_period("M")).mean()


def test_dalende_trend_daalt_echt(school):
    verloop = _maandgemiddelde(school, _sleutels(school, "dalende_trend"))
    assert verloop.iloc[:2].mean() - verloop.iloc[-2:].mean() > 15


def test_eenmalige_dip_herstelt(school):
    verloop = _maandgemiddelde(school, _sleutels(school, "eenmalige_dip"))
    assert abs(verloop.iloc[:2].mean() - verloop.iloc[-2:].mean()) < 5


def test_veel_c_attesten_in_de_klas(school):
    klas = _sleutels(school, "veel_c_attesten")[0]
    a = school["attesten"].query("schooljaar == @HUIDIG")
    assert a.loc[a["klas"] == klas, "attest"].isin(["B", "C"]).mean() > 0.35
    assert a.loc[a["klas"] != klas, "attest"].isin(["B", "C"]).mean() < 0.2
    assert (a["klas"] == klas).sum() >= 10


def test_kleine_klas_is_klein(school):
    klas = _sleutels(school, "kleine_klas")[0]
    huidig = school["klassen"].query("schooljaar == @HUIDIG").set_index("klas")
    assert huidig.loc[klas, "aantal_leerlingen"] <= 6


def test_maandag_vrijdag_patroon(school):
    afw = school["afwezigheden"]
    afw = afw[afw["leerling_id"].isin(_sleutels(school, "maandag_vrijdag")) & (afw["code"] == "B")]
    maandag_vrijdag = (afw["datum"].dt.dayofweek == 0) | (
        (afw["datum"].dt.dayofweek == 4) & (afw["dagdeel"] == "NM"))
    assert maandag_vrijdag.mean() > 0.9


def test_activiteit_daalt_voor_de_punten(school):
    wie = _sleutels(school, "dalende_activiteit")
    act = school["platformactiviteit"]
    act = act[act["leerling_id"].isin(wie)].groupby(act["week"].dt.to_period("M"))[
        "aanmeldingen"].mean()
    punten = _maandgemiddelde(school, wie)
    assert act["2026-01"] < 0.5 * act["2025-09"]  # de activiteit is in januari al gehalveerd
    assert punten["2026-01"] > punten["2025-09"] - 5  # de punten nog niet


def test_simpson_paradox_eerste_leerjaar(school):
    a = school["attesten"].query("leerjaar == 1")
    c = a.assign(c=a["attest"] == "C")
    per_stroom = c.groupby(["schooljaar", "studierichting"])["c"].mean().unstack()
    geheel = c.groupby("schooljaar")["c"].mean()
    oud, nieuw = "2024-2025", HUIDIG
    assert (per_stroom.loc[nieuw] > per_stroom.loc[oud]).all()  # stijgt in 1A én in 1B
    assert geheel[nieuw] < geheel[oud]  # maar daalt in het geheel


def test_strenge_leerkracht_bestaat(school):
    vak, leerkracht = _sleutels(school, "strenge_beoordeling")[0].split("/")
    r = school["resultaten"]
    assert ((r["vak"] == vak) & (r["leerkracht_id"] == leerkracht)).sum() > 100


# --- Laden en beschrijven -------------------------------------------------------------------

def test_onbekende_dataset_geeft_nederlandse_fout():
    with pytest.raises(ValueError, match="bestaat niet.*Beschikbare datasets: leerlingen"):
        sd.laad_dataset("punten")


def test_lege_map_geeft_duidelijke_fout(tmp_path):
    with pytest.raises(ValueError, match="staat niet in de map"):
        sd.laad_dataset("resultaten", map=tmp_path)


def test_beschrijf_dataset_heeft_alle_kolommen(school):
    for naam in TABELLEN:
        beschrijving = sd.beschrijf_dataset(naam)
        assert list(beschrijving.index) == TABELLEN[naam].kolomnamen
        assert beschrijving["betekenis"].str.len().gt(0).all()


def test_laden_geeft_een_nieuwe_tabel():
    a = sd.laad_dataset("klassen")
    a.loc[0, "klas"] = "XXX"
    assert sd.laad_dataset("klassen").loc[0, "klas"] != "XXX"


def test_generator_is_gevectoriseerd_en_snel():
    import time

    begin = time.perf_counter()
    tabellen = genereer_school(zaad=5)
    assert time.perf_counter() - begin < 5
    assert np.isin(["resultaten", "grondwaarheid"], list(tabellen)).all()
