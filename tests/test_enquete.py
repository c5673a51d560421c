"""Tests voor schooldata_lit.enquete (instrument, inlezen, samenvatten) en
schooldata_lit.open_antwoorden (thematisch coderen)."""

from __future__ import annotations

import contextlib
import csv
import io
import warnings

import pandas as pd
import plotly.graph_objects as go
import pytest

from schooldata_lit import enquete as eq
from schooldata_lit import open_antwoorden as oa
from schooldata_lit.enquete import AntwoordFout, controleer_antwoorden, lees_antwoorden
from schooldata_lit.kern.bronnen import (
    OPEN_VRAAG_LEERKRACHTEN,
    STELLINGEN_LEERKRACHTEN,
    STELLINGEN_LEERLINGEN,
    bevraging_analytics,
)

VB = eq.VOORBEELDMAP

# ------------------------------------------------------------------------------ hulpjes


def _schrijf(pad, kop, rijen, scheiding=",", codering="utf-8"):
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=scheiding, lineterminator="\n")
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    pad.write_bytes(buffer.getvalue().encode(codering))
    return pad


def _kop(groep="leerlingen"):
    return ["Tijdstempel"] + list(eq.vragenlijst(groep)["vraag"])


def _rij(waarde="Eens", tijd="14/10/2025 10:00:00", open_antwoord="privacy"):
    return [tijd] + [waarde] * 10 + [open_antwoord]


@pytest.fixture
def goede_export(tmp_path):
    rijen = [_rij("Eens", f"14/10/2025 10:0{i}:00") for i in range(3)]
    rijen[1][3] = "Helemaal oneens"
    return _schrijf(tmp_path / "export.csv", _kop(), rijen)


# ------------------------------------------------------------------------ het instrument

def test_vragenlijst_volgt_de_bron():
    for groep, stellingen in (("leerlingen", STELLINGEN_LEERLINGEN),
                              ("leerkrachten", STELLINGEN_LEERKRACHTEN)):
        lijst = eq.vragenlijst(groep)
        assert list(lijst["vraag"][:10]) == list(stellingen)
        assert list(lijst["code"]) == [f"stelling_{i}" for i in range(1, 11)] + ["open_vraag"]
        assert (lijst["soort"] == "likert").sum() == 10
    assert eq.vragenlijst("leerkrachten").iloc[-1]["vraag"] == OPEN_VRAAG_LEERKRACHTEN


def test_vragenlijst_nameting_en_fouten():
    lijst = eq.vragenlijst("leerlingen", nameting=True)
    assert list(lijst["code"][-2:]) == ["mening_veranderd", "toelichting_verandering"]
    with pytest.raises(ValueError, match="Onbekende groep 'ouders'"):
        eq.vragenlijst("ouders")


def test_exporteer_vragenlijst(tmp_path):
    pad = eq.exporteer_vragenlijst("leerlingen", tmp_path)
    terug = pd.read_csv(pad)
    assert len(terug) == 11 and terug.loc[0, "vraag"] == STELLINGEN_LEERLINGEN[0]
    md = eq.exporteer_vragenlijst("leerkrachten", tmp_path, formaat="md", nameting=True)
    tekst = md.read_text(encoding="utf-8")
    assert tekst.startswith("# Vragenlijst voor leerkrachten")
    assert "10. " + STELLINGEN_LEERKRACHTEN[9] in tekst and "Na het groepsgesprek" in tekst
    assert isinstance(eq.exporteer_vragenlijst("leerlingen", formaat="md"), str)
    with pytest.raises(ValueError, match="Onbekend formaat"):
        eq.exporteer_vragenlijst("leerlingen", formaat="docx")


def test_workshopplan():
    zonder = eq.workshopplan(nameting=False)
    assert list(zonder["minuten"]) == [5, 10, 15, 5]
    met = eq.workshopplan()
    assert met.iloc[-1]["onderdeel"] == "Nameting" and "van mening veranderd" in \
        met.iloc[-1]["wat_gebeurt_er"]


# --------------------------------------------------------------------- voorbeeldexports

def test_voorbeeldexports_zijn_gelijk_aan_een_nieuwe_aanmaak(tmp_path):
    paden = eq.maak_voorbeeldexports(tmp_path)
    namen = sorted(p.name for p in paden)
    assert namen == sorted(p.name for p in VB.iterdir() if p.is_file())
    for pad in paden:
        assert pad.read_bytes() == (VB / pad.name).read_bytes(), (
            f"{pad.name} verschilt: voer schooldata_lit.enquete.maak_voorbeeldexports() uit")


def test_goede_voorbeelden_lezen_in():
    ll = lees_antwoorden(VB / "google_forms_leerlingen.csv", "leerlingen")
    assert len(ll) == 24 and list(ll["respondent"]) == list(range(1, 25))
    assert ll["stelling_8"].isna().sum() == 1  # één leerling sloeg stelling 8 over
    lk = lees_antwoorden(VB / "microsoft_forms_leerkrachten.csv", "leerkrachten")
    assert len(lk) == 18
    for tabel in (ll, lk):
        waarden = tabel[[f"stelling_{i}" for i in range(1, 11)]].stack().dropna()
        assert waarden.isin([1, 2, 3, 4, 5]).all()
        # privacy: geen e-mail of naam in de ingelezen tabel
        assert not {"E-mail", "Naam", "ID"} & set(tabel.columns)


# ------------------------------------------------------------------ slechte exports

@pytest.mark.parametrize("bestand, groep, stukken", [
    ("fout_onbekend_antwoord.csv", "leerlingen",
     ["'fout_onbekend_antwoord.csv'", "rij 7", "'Eerder eens'", "stelling 3", "rij 12",
      "'Akkoord'", "Helemaal oneens, Oneens, Neutraal, Eens, Helemaal eens"]),
    ("fout_ontbrekende_kolom.csv", "leerlingen",
     ["kolom ontbreekt voor vraag 5", "kolom ontbreekt voor vraag 2", "onbekende kolom",
      "lijkt op vraag 2"]),
    ("fout_lege_rijen.csv", "leerlingen", ["rij 10", "rij 18", "lege rij"]),
    ("fout_dubbele_respondent.csv", "leerkrachten",
     ["dubbele respondent", "ID '10'", "rijen 11, 12"]),
])
def test_slechte_voorbeelden_geven_duidelijke_fouten(bestand, groep, stukken):
    with pytest.raises(AntwoordFout) as fout:
        lees_antwoorden(VB / bestand, groep)
    for stuk in stukken:
        assert stuk in str(fout.value), f"{stuk!r} ontbreekt in:\n{fout.value}"
    assert str(VB) not in str(fout.value), "geen absolute paden in de melding"
    problemen = controleer_antwoorden(VB / bestand, groep)
    assert list(problemen.columns) == ["bestand", "rij", "kolom", "probleem"]
    assert len(problemen) == len(fout.value.problemen) > 0


def test_onbekend_antwoord_noemt_de_kolom():
    problemen = controleer_antwoorden(VB / "fout_onbekend_antwoord.csv", "leerlingen")
    assert problemen.loc[0, "kolom"] == STELLINGEN_LEERLINGEN[2]
    assert problemen["rij"].tolist() == [7, 12]


def test_verkeerde_groep_geeft_kolomfouten():
    with pytest.raises(AntwoordFout, match="kolom ontbreekt voor vraag 1"):
        lees_antwoorden(VB / "google_forms_leerlingen.csv", "leerkrachten")


def test_lege_rijen_weglaten_meldt_ze(tmp_path):
    pad = VB / "fout_lege_rijen.csv"
    with pytest.warns(UserWarning, match=r"2 lege rij\(en\) weggelaten: rij 10, 18"):
        tabel = lees_antwoorden(pad, "leerlingen", lege_rijen="weglaten")
    assert len(tabel) == 18 and tabel.attrs["weggelaten_lege_rijen"] == [10, 18]
    assert 10 not in set(tabel["rij"]) and 11 in set(tabel["rij"])
    with pytest.raises(ValueError, match="lege_rijen"):
        lees_antwoorden(pad, "leerlingen", lege_rijen="negeren")


def test_lege_rijen_zonder_weglaten_blijven_fout_bij_andere_problemen(tmp_path):
    rijen = [_rij(), [""] * 12, _rij("Eerder eens", "14/10/2025 10:09:00")]
    pad = _schrijf(tmp_path / "gemengd.csv", _kop(), rijen)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(AntwoordFout) as fout:
            lees_antwoorden(pad, "leerlingen", lege_rijen="weglaten")
    assert "lege rij" not in str(fout.value) and "rij 4" in str(fout.value)


def test_dubbele_rijen_zonder_id(tmp_path):
    pad = _schrijf(tmp_path / "dubbel.csv", _kop(), [_rij(), _rij("Oneens", "x"), _rij()])
    with pytest.raises(AntwoordFout, match=r"rijen 2, 4 zijn volledig gelijk"):
        lees_antwoorden(pad, "leerlingen")


def test_dubbel_e_mailadres(tmp_path):
    kop = ["Tijdstempel", "E-mailadres"] + _kop()[1:]
    rijen = [["t1", "an@school.be"] + _rij()[1:], ["t2", "bo@school.be"] + _rij()[1:],
             ["t3", "an@school.be"] + _rij("Oneens")[1:]]
    pad = _schrijf(tmp_path / "mail.csv", kop, rijen)
    with pytest.raises(AntwoordFout, match=r"E-mailadres 'an@school.be' staat in de rijen 2, 4"):
        lees_antwoorden(pad, "leerlingen")


def test_anonieme_e_mail_is_geen_dubbel(tmp_path):
    kop = ["ID", "E-mail"] + _kop()[1:]
    rijen = [["1", "anonymous"] + _rij()[1:], ["2", "anonymous"] + _rij()[1:]]
    tabel = lees_antwoorden(_schrijf(tmp_path / "anoniem.csv", kop, rijen, ";"), "leerlingen")
    assert len(tabel) == 2


def test_getallen_hoofdletters_en_rasterkoppen(tmp_path):
    kop = ["Timestamp"] + [f"Stellingen [{s}]" for s in STELLINGEN_LEERLINGEN] + [
        "11. " + eq.vragenlijst("leerlingen").iloc[-1]["vraag"]]
    rijen = [["t1"] + ["5", "HELEMAAL EENS", " eens ", "1", "neutraal", "2", "3", "4", "5",
                       "Oneens"] + [""]]
    tabel = lees_antwoorden(_schrijf(tmp_path / "raster.csv", kop, rijen), "leerlingen")
    assert tabel.loc[0, [f"stelling_{i}" for i in range(1, 11)]].tolist() == [
        5, 5, 4, 1, 3, 2, 3, 4, 5, 2]
    assert pd.isna(tabel.loc[0, "open_vraag"])


def test_windows_codering_en_puntkomma(tmp_path):
    rijen = [_rij(open_antwoord="Dat het privé blijft")]
    pad = _schrijf(tmp_path / "excel.csv", _kop(), rijen, ";", "cp1252")
    assert lees_antwoorden(pad, "leerlingen").loc[0, "open_vraag"] == "Dat het privé blijft"


def test_excelbestand(tmp_path):
    pytest.importorskip("openpyxl")
    tabel = pd.DataFrame([_rij()], columns=_kop())
    tabel.to_excel(tmp_path / "export.xlsx", index=False)
    assert len(lees_antwoorden(tmp_path / "export.xlsx", "leerlingen")) == 1


def test_dubbele_kolom_en_ontbrekend_bestand(tmp_path):
    kop = _kop() + ["1. " + STELLINGEN_LEERLINGEN[0]]
    pad = _schrijf(tmp_path / "dubbel.csv", kop, [_rij() + ["Eens"]])
    with pytest.raises(AntwoordFout, match="dubbele kolom"):
        lees_antwoorden(pad, "leerlingen")
    with pytest.raises(FileNotFoundError, match="'bestaat_niet.csv' bestaat niet"):
        lees_antwoorden(tmp_path / "bestaat_niet.csv", "leerlingen")


def test_nameting_wordt_gecontroleerd(tmp_path):
    kop = _kop() + [v for v in eq.vragenlijst("leerlingen", nameting=True)["vraag"][-2:]]
    rijen = [_rij() + ["Ja, een beetje", "stelling 7"], _rij("Oneens", "t2") + ["Misschien", ""]]
    pad = _schrijf(tmp_path / "nameting.csv", kop, rijen)
    with pytest.raises(AntwoordFout, match="onbekende kolom"):
        lees_antwoorden(pad, "leerlingen")  # zonder nameting=True horen die kolommen er niet
    problemen = controleer_antwoorden(pad, "leerlingen", nameting=True)
    assert problemen["probleem"].tolist() == [
        "onbekend antwoord 'Misschien'; toegelaten: Nee, Ja, een beetje, Ja, duidelijk"]


# ---------------------------------------------------------------------- samenvatten

def test_samenvatting_likert(goede_export):
    antwoorden = lees_antwoorden(goede_export, "leerlingen")
    kopie = antwoorden.copy()
    samenvatting = eq.samenvatting_likert(antwoorden)
    pd.testing.assert_frame_equal(antwoorden, kopie)  # invoer ongewijzigd
    assert len(samenvatting) == 10
    rij = samenvatting.set_index("nummer").loc[3]
    assert (rij["helemaal oneens"], rij["eens"], rij["respondenten"]) == (1, 2, 3)
    assert rij["eens_pct"] == pytest.approx(66.7) and rij["oneens_pct"] == pytest.approx(33.3)
    assert rij["mediaan_label"] == "Eens" and rij["gemiddelde"] == pytest.approx(3.0)


def test_mediaan_tussen_twee_labels():
    antwoorden = pd.DataFrame({"groep": "leerkrachten", "stelling_1": [1, 2, 4, 5]})
    rij = eq.samenvatting_likert(antwoorden).iloc[0]
    assert rij["mediaan"] == 3.0 and rij["mediaan_label"] == "Neutraal"
    rij = eq.samenvatting_likert(antwoorden.iloc[:2].assign(stelling_1=[3, 4])).iloc[0]
    assert rij["mediaan_label"] == "tussen neutraal en eens"
    assert rij["stelling"] == STELLINGEN_LEERKRACHTEN[0]


def test_samenvatting_fouten():
    with pytest.raises(ValueError, match="Geen kolommen stelling_1"):
        eq.samenvatting_likert(pd.DataFrame({"groep": ["leerlingen"], "x": [1]}))
    with pytest.raises(ValueError, match="de waarde 7"):
        eq.samenvatting_likert(pd.DataFrame({"groep": ["leerlingen"], "stelling_1": [7]}))


def test_likert_grafiek():
    antwoorden = lees_antwoorden(VB / "google_forms_leerlingen.csv", "leerlingen")
    fig = eq.likert_grafiek(antwoorden, stellingen=[7, 10])
    assert isinstance(fig, go.Figure) and len(fig.data[0].y) == 2


def test_vergelijk_groepen_met_de_echte_cijfers():
    tabel = vergelijk = eq.vergelijk_groepen()
    assert list(tabel["thema"]) == list(eq.THEMA_PAREN)
    inspraak = vergelijk.set_index("thema").loc["inspraak en meedenken"]
    assert inspraak["eens_pct_leerlingen"] == pytest.approx(100 * 44 / 75, abs=0.05)
    assert inspraak["eens_pct_leerkrachten"] == pytest.approx(100 * 9 / 33, abs=0.05)
    # twee verschillende vragen (inspraak voor leerlingen, zelf meedenken): geen verschil
    assert inspraak["lezing"].startswith("niet te vergelijken")
    assert pd.isna(inspraak["verschil_procentpunten"])
    privacy = vergelijk.set_index("thema").loc["zorgen over privacy"]
    assert privacy["lezing"].startswith("verschil binnen de onzekerheid")
    assert (tabel["n_leerlingen"] == 75).all()
    # de noemer is wie antwoordde: stelling 1 van de leerkrachten telt op tot 32, niet 33
    opvolgen = vergelijk.set_index("thema").loc["beter opvolgen"]
    assert opvolgen["n_leerkrachten"] == 32
    assert opvolgen["eens_pct_leerkrachten"] == pytest.approx(100 * 23 / 32, abs=0.05)
    assert (tabel.set_index("thema").drop(index="beter opvolgen")["n_leerkrachten"] == 33).all()


def test_vergelijk_groepen_met_eigen_antwoorden():
    antwoorden = pd.concat([
        lees_antwoorden(VB / "google_forms_leerlingen.csv", "leerlingen"),
        lees_antwoorden(VB / "microsoft_forms_leerkrachten.csv", "leerkrachten")])
    tabel = eq.vergelijk_groepen(eq.samenvatting_likert(antwoorden))
    assert set(tabel["n_leerkrachten"]) == {18}
    assert isinstance(eq.vergelijking_staven(eq.samenvatting_likert(antwoorden)), go.Figure)
    with pytest.raises(ValueError, match="Stelling 1 van de leerkrachten ontbreekt"):
        eq.vergelijk_groepen(bevraging_analytics().query("groep == 'leerlingen'"))


def test_wilson():
    onder, boven = eq.samenvatten._wilson(0, 10)
    assert onder == pytest.approx(0, abs=1e-9) and 0 < boven < 35
    onder, boven = eq.samenvatten._wilson(44, 75)
    assert onder < 100 * 44 / 75 < boven


def test_stellingen_widget():
    with contextlib.redirect_stdout(io.StringIO()) as uit:
        widget = eq.stellingen_widget()
        groep, stelling = widget.children[0].children
        uitvoer = widget.children[1]
        assert len(stelling.options) == 11
        groep.value = "vergelijk"
        assert stelling.options == (("alle thema's", None),)
        groep.value = "leerkrachten"
        stelling.value = 7
    assert uit.getvalue() == ""  # alles gaat naar het uitvoervak, niets naar de cel
    assert uitvoer.outputs[0]["text"].startswith("6 van de 33 leerkrachten (helemaal) eens")
    assert "application/vnd.plotly.v1+json" in uitvoer.outputs[1]["data"]


# ------------------------------------------------------------------- open antwoorden

def test_open_antwoorden_bron():
    tabel = oa.open_antwoorden_bron()
    assert tabel.groupby("groep").size().to_dict() == {"leerkrachten": 13, "leerlingen": 49}
    assert "Bachelorproef" in tabel.attrs["bron"]
    with pytest.raises(ValueError, match="Onbekende groep"):
        oa.open_antwoorden_bron("ouders")


def test_coderen_laat_niets_vallen():
    bron = oa.open_antwoorden_bron("leerlingen")
    gecodeerd = oa.codeer_antwoorden(bron)
    assert len(gecodeerd) == len(bron) and list(bron.columns) == ["groep", "nummer", "antwoord"]
    telling = oa.telling_per_thema(gecodeerd).set_index("thema")["antwoorden"]
    assert list(telling.index) == [*oa.STANDAARD_CODEBOEK, oa.NIET_GECODEERD, oa.GEEN_ANTWOORD]
    rest = oa.niet_gecodeerd(gecodeerd)
    assert telling[oa.NIET_GECODEERD] == len(rest) > 0
    assert "Weet ik niet" in rest and "niks" in rest
    gecodeerde = (gecodeerd["themas"] != oa.NIET_GECODEERD).sum()
    assert gecodeerde + len(rest) == len(bron)
    assert telling["privacy"] >= 10  # "privacy is de grootste zorg" (bron)


def test_trefwoord_is_begin_van_een_woord():
    gecodeerd = oa.codeer_antwoorden(["Privé!", "overzichtelijk", "misbruik", "eenvak",
                                      "   ", None], {"a": ["priv", "overzicht"], "b": ["vak"],
                                                      "c": ["bruik"]})
    assert list(gecodeerd["themas"]) == ["a", "a", oa.NIET_GECODEERD, oa.NIET_GECODEERD,
                                         oa.GEEN_ANTWOORD, oa.GEEN_ANTWOORD]


def test_codeboek_tekst_heen_en_terug():
    tekst = oa.codeboek_als_tekst()
    assert oa.lees_codeboek(tekst) == oa.STANDAARD_CODEBOEK
    gecodeerd = oa.codeer_antwoorden(["ik wil geen stress"], "spanning: stress")
    assert gecodeerd.loc[0, "themas"] == "spanning"


@pytest.mark.parametrize("tekst, fout", [
    ("privacy privé", "regel 1.*dubbele punt"),
    ("a: x\n: y", "regel 2.*naam van het thema"),
    ("a:", "geen trefwoorden"),
    ("a: x\na: y", "twee keer"),
    ("# enkel commentaar", "leeg"),
])
def test_codeboek_fouten(tekst, fout):
    with pytest.raises(ValueError, match=fout):
        oa.lees_codeboek(tekst)


def test_gereserveerde_themas_en_ontbrekende_kolom():
    with pytest.raises(ValueError, match="gereserveerd"):
        oa.codeer_antwoorden(["x"], {"niet gecodeerd": ["x"]})
    with pytest.raises(ValueError, match="kolom='open_vraag'"):
        oa.codeer_antwoorden(pd.DataFrame({"tekst": ["x"]}))
    with pytest.raises(ValueError, match="codeer de antwoorden eerst"):
        oa.telling_per_thema(pd.DataFrame({"antwoord": ["x"]}))


def test_ingelezen_antwoorden_coderen():
    antwoorden = lees_antwoorden(VB / "google_forms_leerlingen.csv", "leerlingen")
    gecodeerd = oa.codeer_antwoorden(antwoorden, kolom="open_vraag")
    telling = oa.telling_per_thema(gecodeerd).set_index("thema")["antwoorden"]
    assert telling[oa.GEEN_ANTWOORD] == antwoorden["open_vraag"].isna().sum() > 0
    citaten = oa.citaten_per_thema(gecodeerd, aantal=None)
    assert set(citaten["thema"]) <= set(telling.index)
    assert oa.GEEN_ANTWOORD not in set(citaten["thema"])


def test_leerkrachten_codeboek_en_grafiek():
    gecodeerd = oa.codeer_antwoorden(oa.open_antwoorden_bron("leerkrachten"),
                                     oa.CODEBOEK_LEERKRACHTEN)
    telling = oa.telling_per_thema(gecodeerd)
    assert oa.niet_gecodeerd(gecodeerd) == ["meerwaarde"]
    fig = oa.themagrafiek(telling)
    assert list(fig.data[0].y)[0] == oa.NIET_GECODEERD  # onderaan, in het grijs


def test_codeboek_widget():
    widget = oa.codeboek_widget()
    tekstvak, knop, uitvoer = widget.children
    assert uitvoer.outputs[0]["text"].startswith("Niet gecodeerd (8)")
    tekstvak.value = "privacy privé"  # fout: geen dubbele punt
    knop.click()
    assert "dubbele punt" in uitvoer.outputs[0]["text"]
    tekstvak.value = "iets: niks, weet ik niet"
    knop.click()
    assert uitvoer.outputs[0]["text"].startswith("Niet gecodeerd (45)")  # niks ×3, weet ik niet
