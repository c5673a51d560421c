"""Tests voor schooldata_lit.importeren: eigen exports inlezen, valideren en pseudonimiseren."""

from __future__ import annotations

import csv
import io
import os
import re
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schooldata_lit.cli import main
from schooldata_lit.importeren import (
    ImportFout,
    controleer_datamap,
    importeer,
    lees_koppeling,
    maak_csv_veilig,
    schrijf_koppeling,
    standaardkoppeling,
    vul_datamap_aan,
    wegschrijven,
)
from schooldata_lit.importeren.voorbeeldexport import VOORBEELDKLASSEN, maak_voorbeeldexport
from schooldata_lit.kern.data import laad_dataset
from schooldata_lit.kern.woordenboek import TABELLEN
from schooldata_lit.knipperlichten import knipperlichten

SLEUTEL = "test-sleutel-0123456789abcdef"
ANDERE_SLEUTEL = "nog-een-andere-sleutel-fedcba9876543210"
VOORBEELD = Path(__file__).resolve().parent.parent / "voorbeelden" / "eigen_export"
VOLGORDE = [("leerlingen.csv", "leerlingen"), ("punten.csv", "punten"),
            ("afwezigheden.csv", "afwezigheden"), ("activiteit.csv", "activiteit"),
            ("begeleiding.xlsx", "begeleiding")]
GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r")


def _schrijf(pad: Path, tekst: str, tekenset: str = "utf-8") -> Path:
    pad.write_bytes(tekst.encode(tekenset))
    return pad


def _bestanden(map_: Path) -> list[Path]:
    return sorted(p for p in map_.rglob("*") if p.is_file())


# ---------------------------------------------------------------------------------------------
# De volledige voorbeeldexport, één keer ingelezen
# ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ingelezen(tmp_path_factory):
    uit = tmp_path_factory.mktemp("eigen_school")
    verslagen = {}
    for bestand, soort in VOLGORDE:
        verslagen[soort] = importeer(VOORBEELD / bestand, soort, uit, sleutel=SLEUTEL,
                                     koppeling=VOORBEELD / "koppeling.yaml")
    return uit, verslagen


# ---------------------------------------------------------------------------------------------
# 1. Importeren: formaten, tekensets, koppeling, scores
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("tekenset", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("scheiding", [";", ",", "\t"])
def test_tekenset_en_scheidingsteken_worden_herkend(tmp_path, tekenset, scheiding):
    rijen = [["Stamboeknummer", "Vak", "Datum", "Resultaat"],
             ["1001", "Geschiedenis", "13/10/2025", "14/20"],
             ["1002", "Wiskunde", "14/10/2025", "7,5/10"],
             ["1003", "Économie", "15/10/2025", "afw"]]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=scheiding, lineterminator="\r\n").writerows(rijen)
    pad = _schrijf(tmp_path / "punten.csv", buffer.getvalue(), tekenset)
    verslag = importeer(pad, "punten", tmp_path / "uit", sleutel=SLEUTEL)
    tabel = verslag.tabel
    assert verslag.gelezen == verslag.aanvaard == 3
    assert tabel["vak"].tolist() == ["Geschiedenis", "Wiskunde", "Économie"]
    assert tabel["score"].tolist()[:2] == [14.0, 7.5]
    assert tabel["maximum"].tolist()[:2] == [20.0, 10.0]
    assert tabel["code"].tolist()[2] == "afwezig" and np.isnan(tabel["score"].iloc[2])


def test_scores_en_codes(tmp_path):
    tekst = ("Lln.nr.;Vak;Datum;Score;Max;Evaluatie\n"
             "1;Frans;1/10/2025;14;20;DW\n"
             "2;Frans;1/10/2025;12,5;20;Toets\n"
             "3;Frans;1/10/2025;ziek;20;DW\n"
             "4;Frans;1/10/2025;Vrijgesteld;20;Examen\n"
             "5;Frans;1/10/2025;70%;;DW\n"
             "6;Frans;1/10/2025;AFW;;dw\n")
    verslag = importeer(_schrijf(tmp_path / "p.csv", tekst), "punten", tmp_path / "uit",
                        sleutel=SLEUTEL)
    t = verslag.tabel
    assert t["score"].tolist()[:2] == [14.0, 12.5]
    assert t["code"].tolist()[2:4] == ["ziek", "vrijgesteld"]
    assert t["score"].iloc[2:4].isna().all()  # een code is geen 0
    assert (t["score"].iloc[4], t["maximum"].iloc[4]) == (70.0, 100.0)
    assert t["code"].iloc[5] == "afwezig"
    assert t["soort"].tolist() == ["dagelijks werk", "toets", "dagelijks werk", "examen",
                                   "dagelijks werk", "dagelijks werk"]
    assert t["periode"].tolist() == ["P1"] * 6
    conversies = " | ".join(verslag.conversies["conversie"])
    for verwacht in ("decimale komma", "percentage", "code in de scorekolom",
                     "periode (P1-P4) afgeleid", "pseudoniem"):
        assert verwacht in conversies


def test_kolommen_volgen_het_datamodel(ingelezen):
    uit, verslagen = ingelezen
    for verslag in verslagen.values():
        tabel = laad_dataset(verslag.tabelnaam, map=uit)
        assert list(tabel.columns) == TABELLEN[verslag.tabelnaam].kolomnamen


def test_koppelingsbestand(tmp_path):
    tekst = "Wie;Welk vak;Wanneer;Hoeveel\n7;Wiskunde;2/10/2025;3/5\n"
    pad = _schrijf(tmp_path / "p.csv", tekst)
    with pytest.raises(ImportFout, match="geen kopregel"):
        importeer(pad, "punten", tmp_path / "uit", sleutel=SLEUTEL)
    koppeling = tmp_path / "koppeling.yaml"
    koppeling.write_text("kolommen:\n  resultaten:\n    leerling_id: [Wie]\n"
                         "    vak: [Welk vak]\n    datum: [Wanneer]\n    score: [Hoeveel]\n",
                         encoding="utf-8")
    verslag = importeer(pad, "punten", tmp_path / "uit", sleutel=SLEUTEL, koppeling=koppeling)
    assert verslag.tabel["score"].tolist() == [3.0]
    assert any("'Wie' gekoppeld aan leerling_id" in c for c in verslag.conversies["conversie"])


def test_eigen_codes_in_de_koppeling(ingelezen):
    _, verslagen = ingelezen
    conversies = verslagen["afwezigheden"].conversies
    rij = conversies[(conversies["kolom"] == "code") & (conversies["voorbeeld_van"] == "ZA")]
    assert len(rij) == 1 and rij["voorbeeld_naar"].iloc[0] == "Z"


def test_koppeling_schrijven_lezen_en_fouten(tmp_path):
    pad = schrijf_koppeling(tmp_path / "k.yaml")
    assert lees_koppeling(pad)["kolommen"] == standaardkoppeling()["kolommen"]
    slecht = tmp_path / "slecht.yaml"
    slecht.write_text("kolommen:\n  resultaten:\n    leerling_id: [a\n", encoding="utf-8")
    with pytest.raises(ImportFout, match=r"slecht.yaml, rij \d+: .*geen geldige YAML"):
        lees_koppeling(slecht)
    slecht.write_text("kolommen:\n  punten: {}\n", encoding="utf-8")
    with pytest.raises(ImportFout, match="onbekende tabel 'punten'"):
        lees_koppeling(slecht)
    slecht.write_text("waarden:\n  afwezigheden.code: {X: Q}\n", encoding="utf-8")
    with pytest.raises(ImportFout, match="Q is geen code van de cursus"):
        lees_koppeling(slecht)


def test_excel_met_titel_en_tweede_werkblad(ingelezen):
    _, verslagen = ingelezen
    verslag = verslagen["begeleiding"]
    notities = " | ".join(verslag.conversies["conversie"])
    assert "werkblad 'Verzamelstaat' gelezen; niet gelezen: Legende" in notities
    assert "kopregel gevonden op rij 4" in notities
    assert set(verslag.tabel["soort"]) <= {"remediëring", "herkansing", "gesprek", "zorgoverleg"}
    assert set(verslag.tabel["door"].dropna()) <= {"vakleerkracht", "klastitularis",
                                                   "zorgcoördinator", "CLB"}


# ---------------------------------------------------------------------------------------------
# 2. Validatie die niets verliest
# ---------------------------------------------------------------------------------------------

def test_gelezen_is_aanvaard_plus_afgewezen(ingelezen):
    uit, verslagen = ingelezen
    for soort, verslag in verslagen.items():
        assert verslag.gelezen == verslag.aanvaard + verslag.afgewezen_rijen, soort
        rapport = pd.read_csv(uit / "verslag" / f"{verslag.tabelnaam}_afgewezen.csv", sep=";",
                              encoding="utf-8-sig", dtype=str, keep_default_na=False)
        assert list(rapport.columns) == ["bestand", "rij", "kolom", "waarde", "reden",
                                         "oplossing"]
        assert rapport["rij"].nunique() == verslag.afgewezen_rijen
        assert (rapport["reden"] != "").all() and (rapport["oplossing"] != "").all()


def test_elke_rij_zit_in_de_tabel_of_in_het_rapport(ingelezen):
    """Tel de niet-lege rijen onder de kopregel van de export zelf."""
    _, verslagen = ingelezen
    tekst = (VOORBEELD / "punten.csv").read_bytes().decode("cp1252")
    rijen = list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))
    kop = next(i for i, r in enumerate(rijen) if r and r[0] == "Lln.nr.")
    data = [r for r in rijen[kop + 1:] if any(c.strip() for c in r)]
    verslag = verslagen["punten"]
    assert len(data) == verslag.gelezen == verslag.aanvaard + verslag.afgewezen_rijen


@pytest.mark.parametrize("soort, reden", [
    ("punten", "score hoger dan het maximum"),
    ("punten", "negatief getal"),
    ("punten", "geen score en geen code"),
    ("punten", "datum buiten het schooljaar"),
    ("punten", "dubbele rij"),
    ("punten", "onbekende leerling"),
    ("punten", "totaalrij"),
    ("leerlingen", "dubbele rij"),
    ("leerlingen", "totaalrij"),
    ("afwezigheden", "geen lesdag"),
    ("afwezigheden", "tegenstrijdig"),
    ("activiteit", "negatief getal"),
    ("activiteit", "geen geheel getal"),
    ("begeleiding", "onbekende leerling"),
    ("begeleiding", "datum buiten het schooljaar"),
])
def test_onmogelijke_waarden_worden_afgewezen(ingelezen, soort, reden):
    _, verslagen = ingelezen
    rapport = verslagen[soort].afgewezen
    assert rapport["reden"].str.contains(reden, regex=False).sum() >= 1


def test_tikfout_in_geboortejaar_is_een_waarschuwing_geen_afwijzing(ingelezen):
    """De leerling met geboortedatum 1908 blijft in de lijst (zijn punten zijn dus geen
    'onbekende leerling'); het geboortejaar blijft leeg en staat in de waarschuwingen."""
    uit, verslagen = ingelezen
    waarschuwingen = verslagen["leerlingen"].waarschuwingen
    assert waarschuwingen["reden"].str.contains("onmogelijk geboortejaar").sum() == 1
    assert (uit / "verslag" / "leerlingen_waarschuwingen.csv").is_file()
    assert not verslagen["punten"].afgewezen["reden"].str.contains("onbekende leerling").all()


def test_afwijzing_noemt_bestand_rij_en_kolom(ingelezen):
    _, verslagen = ingelezen
    rapport = verslagen["punten"].afgewezen
    rij = rapport[rapport["reden"] == "score hoger dan het maximum"].iloc[0]
    assert (rij["bestand"], rij["kolom"], rij["waarde"]) == ("punten.csv", "score", "23/20")
    tekst = (VOORBEELD / "punten.csv").read_bytes().decode("cp1252").splitlines()
    assert "23/20" in tekst[int(rij["rij"]) - 1]  # het rijnummer is dat in het bestand


def test_niets_stil_veranderd_elke_omzetting_in_het_logboek(ingelezen):
    uit, verslagen = ingelezen
    logboek = pd.read_csv(uit / "verslag" / "resultaten_conversies.csv", sep=";",
                          encoding="utf-8-sig", dtype=str, keep_default_na=False)
    tekst = " | ".join(logboek["conversie"])
    for verwacht in ("tekenset: gelezen als cp1252", "scheidingsteken: puntkomma",
                     "kopregel gevonden op rij 4", "breuk gesplitst in score en maximum",
                     "code in de scorekolom bewaard als code", "datum dag/maand/jaar",
                     "CSV-injectie", "vrije tekst niet ingelezen (daar staan vaak namen van "
                     "personeel of derden in): Opmerking",
                     "namen of nummers van personen niet ingelezen: Leerling"):
        assert verwacht in tekst, verwacht
    breuk = logboek[logboek["conversie"] == "breuk gesplitst in score en maximum"].iloc[0]
    assert int(breuk["aantal"]) > 3000 and breuk["rijen"].startswith("5-")


def test_afwijzingen_geven_een_afsluitcode(tmp_path, capsys):
    uit = tmp_path / "uit"
    sleutel = tmp_path / "sleutel" / "school.txt"
    sleutel.parent.mkdir()
    code = main(["importeer", str(VOORBEELD / "leerlingen.csv"), "--soort", "leerlingen",
                 "--uit", str(uit), "--sleutel", str(sleutel), "--maak-sleutel"])
    uitvoer = capsys.readouterr()
    assert code == 1 and "afgewezen: 2 rijen" in uitvoer.out
    assert "waarschuwingen: 1 rijen" in uitvoer.out
    assert "Traceback" not in uitvoer.err
    goed = _schrijf(tmp_path / "goed.csv", "Stamboeknr;Geslacht\n9;M\n")
    assert main(["importeer", str(goed), "--soort", "leerlingen", "--uit",
                 str(tmp_path / "uit2"), "--sleutel", str(sleutel)]) == 0
    code = main(["importeer", str(tmp_path / "bestaat_niet.csv"), "--soort", "punten", "--uit",
                 str(uit), "--sleutel", str(sleutel)])
    fout = capsys.readouterr().err
    assert code == 2 and "bestaat niet" in fout and "Traceback" not in fout


# ---------------------------------------------------------------------------------------------
# 3. Pseudonimiseren aan de deur
# ---------------------------------------------------------------------------------------------

def _persoonsgegevens() -> tuple[set[str], set[str]]:
    """Alle namen en nummers uit de voorbeeldexport: (hele namen, nummers)."""
    namen, nummers = set(), set()
    lln = pd.read_csv(VOORBEELD / "leerlingen.csv", sep=";", encoding="cp1252", skiprows=2,
                      dtype=str, keep_default_na=False)
    lln = lln[lln["Stamboeknr"] != ""]
    for r in lln.itertuples():
        namen |= {f"{r.Voornaam} {r.Naam}", f"{r.Naam} {r.Voornaam}", f"{r.Naam}, {r.Voornaam}"}
        nummers |= {r.Stamboeknr, r.Rijksregisternr}
    punten = pd.read_csv(VOORBEELD / "punten.csv", sep=";", encoding="cp1252", skiprows=3,
                         dtype=str, keep_default_na=False)
    namen |= set(punten["Leerling"]) | set(punten["Leerkracht"])
    nummers |= set(punten["Lln.nr."])
    return {n for n in namen if n.strip()}, {n for n in nummers if n.strip()}


def test_geen_naam_of_nummer_overleeft_in_de_uitvoer(ingelezen):
    uit, _ = ingelezen
    vul_datamap_aan(uit)
    namen, nummers = _persoonsgegevens()
    familienamen = {n.split(" ")[0] for n in namen}
    assert len(namen) > 100 and len(nummers) > 100
    bestanden = _bestanden(uit)
    assert len(bestanden) >= 15
    for pad in bestanden:
        tekst = pad.read_text(encoding="utf-8-sig")
        for naam in namen:
            assert naam not in tekst, (pad.name, naam)
        for nummer in nummers:
            assert nummer not in tekst, (pad.name, nummer)
        cellen = set(re.split(r"[;\n]", tekst))
        assert not cellen & familienamen, (pad.name, cellen & familienamen)
    assert SLEUTEL not in " ".join(p.read_text(encoding="utf-8-sig") for p in bestanden)


def test_zelfde_sleutel_geeft_volgende_maand_dezelfde_pseudoniemen(tmp_path):
    pad = VOORBEELD / "punten.csv"
    maart = importeer(pad, "punten", tmp_path / "maart", sleutel=SLEUTEL, schrijf=False)
    april = importeer(pad, "punten", tmp_path / "april", sleutel=SLEUTEL, schrijf=False)
    ander = importeer(pad, "punten", tmp_path / "ander", sleutel=ANDERE_SLEUTEL, schrijf=False)
    assert maart.tabel["leerling_id"].tolist() == april.tabel["leerling_id"].tolist()
    assert not set(maart.tabel["leerling_id"]) & set(ander.tabel["leerling_id"])
    assert maart.tabel["leerling_id"].str.fullmatch(r"L[0-9A-F]{10}").all()
    assert maart.tabel["leerkracht_id"].str.fullmatch(r"K[0-9A-F]{10}").all()


def test_koppelen_over_tabellen(ingelezen):
    uit, _ = ingelezen
    leerlingen = set(laad_dataset("leerlingen", map=uit)["leerling_id"])
    for naam in ("resultaten", "afwezigheden", "platformactiviteit", "begeleiding"):
        assert set(laad_dataset(naam, map=uit)["leerling_id"]) <= leerlingen


def test_sleutelbestand_niet_in_de_uitvoermap(tmp_path):
    uit = tmp_path / "uit"
    uit.mkdir()
    (uit / "sleutel.txt").write_text(SLEUTEL, encoding="utf-8")
    with pytest.raises(ImportFout, match="sleutelbestand ligt in de uitvoermap"):
        importeer(VOORBEELD / "leerlingen.csv", "leerlingen", uit, sleutel=uit / "sleutel.txt")
    with pytest.raises(ValueError, match="te kort"):
        importeer(VOORBEELD / "leerlingen.csv", "leerlingen", uit, sleutel="kort")


def test_sleutel_uit_bestand(tmp_path):
    sleutel = tmp_path / "geheim" / "sleutel.txt"
    sleutel.parent.mkdir()
    sleutel.write_text(SLEUTEL + "\n", encoding="utf-8")
    via_bestand = importeer(VOORBEELD / "leerlingen.csv", "leerlingen", tmp_path / "a",
                            sleutel=sleutel, schrijf=False)
    via_tekst = importeer(VOORBEELD / "leerlingen.csv", "leerlingen", tmp_path / "b",
                          sleutel=SLEUTEL, schrijf=False)
    assert via_bestand.tabel.equals(via_tekst.tabel)


# ---------------------------------------------------------------------------------------------
# 4. De cursus werkt op de eigen data
# ---------------------------------------------------------------------------------------------

def test_knipperlichten_op_de_eigen_data(ingelezen):
    uit, _ = ingelezen
    vul_datamap_aan(uit)
    controle = controleer_datamap(uit)
    assert (controle["aanwezig"] == "ja").all()
    lichten = knipperlichten(map=str(uit))
    assert len(lichten) > 5
    assert set(lichten["wie"]) - {"school"} <= set(laad_dataset("leerlingen", map=uit)
                                                   ["leerling_id"]) | set(VOORBEELDKLASSEN) | {
        w for w in lichten["wie"] if "/" in w}


def test_controleer_datamap_zegt_wat_ontbreekt(tmp_path):
    controle = controleer_datamap(tmp_path)
    assert (controle["aanwezig"] == "nee").all()
    assert "importeer de punten" in controle.loc["resultaten", "hoe_aanvullen"]
    with pytest.raises(ImportFout, match="nog geen punten"):
        vul_datamap_aan(tmp_path)


def test_vul_aan_leidt_inschrijvingen_af_uit_de_punten(tmp_path):
    uit = tmp_path / "uit"
    importeer(VOORBEELD / "punten.csv", "punten", uit, sleutel=SLEUTEL)
    verslag = vul_datamap_aan(uit)
    assert verslag.loc["inschrijvingen", "wat_gebeurde"].startswith("aangemaakt")
    inschr = laad_dataset("inschrijvingen", map=uit)
    assert set(inschr["klas"]) == set(VOORBEELDKLASSEN)
    assert verslag.loc["platformactiviteit", "aanwezig"] == "nee"
    assert "importeer de activiteit" in verslag.loc["platformactiviteit", "wat_gebeurde"]
    # zonder de export van het leerplatform: geen fout, de lichten erover staan uit en zeggen
    # waarom (issue 15)
    zonder = knipperlichten(map=str(uit))
    assert "platformactiviteit ontbreekt" in zonder.attrs["regels"][
        [r["regel"] for r in zonder.attrs["regels"]].index("dalende_activiteit")]["waarom_niet"]
    importeer(VOORBEELD / "activiteit.csv", "activiteit", uit, sleutel=SLEUTEL,
              koppeling=VOORBEELD / "koppeling.yaml")
    assert len(knipperlichten(map=str(uit))) >= 1


# ---------------------------------------------------------------------------------------------
# 5. Vijandige en kapotte invoer (fuzzing)
# ---------------------------------------------------------------------------------------------

def _probeer(data: bytes, naam: str, soort: str = "punten") -> None:
    """Importeer: ofwel een verslag met veilige uitvoer, ofwel een ImportFout en geen uitvoer."""
    import tempfile

    with tempfile.TemporaryDirectory() as map_:
        map_ = Path(map_)
        pad = map_ / naam
        pad.write_bytes(data)
        uit = map_ / "uit"
        try:
            verslag = importeer(pad, soort, uit, sleutel=SLEUTEL, schooljaar="2025-2026")
        except ImportFout as fout:
            assert str(fout).startswith("Fout")
            assert not uit.exists() or not _bestanden(uit)
            return
        assert verslag.gelezen == verslag.aanvaard + verslag.afgewezen_rijen
        for bestand in _bestanden(uit):
            for rij in csv.reader(io.StringIO(bestand.read_text(encoding="utf-8-sig"),
                                              newline=""), delimiter=";"):
                for cel in rij:
                    assert not cel.startswith(GEVAARLIJK) or _is_getal(cel), (bestand, cel)


def _is_getal(cel: str) -> bool:
    return re.fullmatch(r"-?\d+(,\d+)?", cel) is not None


FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["x.csv", "x.xlsx", "x.txt"]))
def test_fuzz_willekeurige_bytes(data, naam):
    _probeer(data, naam)


@FUZZ
@given(st.sampled_from([b for b, _ in VOLGORDE]), st.floats(0, 1))
def test_fuzz_afgebroken_bestanden(bestand, deel):
    data = (VOORBEELD / bestand).read_bytes()
    soort = dict(VOLGORDE)[bestand]
    _probeer(data[:int(len(data) * deel)], bestand, soort)


_CEL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["=HYPERLINK(\"http://x\",\"klik\")", "+1+1", "-2+3", "@SUM(A1)",
                     "\t=1", "=cmd|' /C calc'!A0", "14/20", "afw", "ziek", "", "1/1/1900",
                     "31/02/2025", "99999", "-1", "1e400", "NaN", "inf", "\"", ";", "\n",
                     # vormen uit issue 15: duizendtallen, een aanhalingsteken dat opent,
                     # een naam met een puntkomma, vrije tekst met een naam
                     "2.000", "1 250", "\"Peeters", "Peeters; An", "belde mama Claes"]),
    st.text(min_size=2000, max_size=2500).map(lambda t: "x" + t),
)


@FUZZ
@given(st.lists(st.lists(_CEL, min_size=4, max_size=6), max_size=12),
       st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_fuzz_cellen_met_formules_en_rommel(rijen, scheiding, tekenset):
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=scheiding, lineterminator="\n")
    schrijver.writerow(["Lln.nr.", "Vak", "Datum", "Resultaat", "Klas", "Leerkracht"])
    schrijver.writerows(rijen)
    data = buffer.getvalue().encode(tekenset, errors="replace")
    _probeer(data, "x.csv")


@FUZZ
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=20), max_size=30))
def test_fuzz_kapotte_structuur(regels):
    tekst = "Lln.nr.;Vak;Datum;Resultaat\n" + "\n".join(regels)
    _probeer(tekst.encode("utf-8"), "x.csv")


def test_formule_injectie_wordt_ontmijnd(ingelezen):
    uit, verslagen = ingelezen
    tekst = (uit / "resultaten.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in tekst and ";=HYPERLINK(" not in tekst
    log = verslagen["punten"].conversies
    assert log["conversie"].str.contains("CSV-injectie").any()
    veilig, aangepast = maak_csv_veilig(pd.DataFrame({"a": ["@x", "-y", "+z", "=1", "ok"]}))
    assert veilig["a"].tolist() == ["'@x", "'-y", "'+z", "'=1", "ok"]


@pytest.mark.parametrize("data, melding", [
    (b"", "leeg"),
    (b"   \n\n", "leeg"),
    (b"\xd0\xcf\x11\xe0rest", "oud Excel-bestand"),
    (b"PK\x03\x04kapot", "beschadigd"),
    (b"Lln.nr.;Vak\n1;\x81\x8d\x90", "onleesbaar teken"),
    (b"Lln.nr.;Vak\x00;Datum\n", "NUL"),
    (b"Naam;Voornaam\nPeeters;An\n", "geen kopregel"),
    (b"Lln.nr.;Klas\n1;3A\n", "ontbreken"),
])
def test_duidelijke_fout_zonder_uitvoer(tmp_path, data, melding):
    pad = tmp_path / ("x.xlsx" if data.startswith(b"PK") else "x.csv")
    pad.write_bytes(data)
    with pytest.raises(ImportFout, match=melding) as fout:
        importeer(pad, "punten", tmp_path / "uit", sleutel=SLEUTEL)
    assert pad.name in str(fout.value)
    assert not (tmp_path / "uit").exists()


def test_onleesbaar_teken_noemt_de_rij(tmp_path):
    pad = tmp_path / "x.csv"
    pad.write_bytes(b"Lln.nr.;Vak;Datum;Resultaat\n1;Frans;1/10/2025;1/2\n2;\x81;1/10/2025;1/2")
    with pytest.raises(ImportFout, match=r"x.csv, rij 3: onleesbaar"):
        importeer(pad, "punten", tmp_path / "uit", sleutel=SLEUTEL)


def test_nooit_halve_uitvoer(tmp_path, monkeypatch):
    uit = tmp_path / "uit"
    echte = wegschrijven.csv_tekst
    oproepen = []

    def faalt_bij_de_derde(tabel):
        oproepen.append(1)
        if len(oproepen) == 3:
            raise OSError("schijf vol")
        return echte(tabel)

    monkeypatch.setattr(wegschrijven, "csv_tekst", faalt_bij_de_derde)
    with pytest.raises(OSError):
        importeer(VOORBEELD / "punten.csv", "punten", uit, sleutel=SLEUTEL)
    assert not uit.exists() or not _bestanden(uit)

    monkeypatch.setattr(wegschrijven, "csv_tekst", echte)
    echte_replace = os.replace
    teller = []

    def replace_faalt(a, b):
        teller.append(1)
        if len(teller) == 1:
            raise OSError("geen rechten")
        return echte_replace(a, b)

    monkeypatch.setattr(os, "replace", replace_faalt)
    with pytest.raises(OSError):
        importeer(VOORBEELD / "punten.csv", "punten", uit, sleutel=SLEUTEL)
    assert not [p for p in _bestanden(uit) if p.suffix == ".tmp"]
    assert not (uit / "resultaten.csv").exists()


def test_grote_cel_wordt_afgewezen_niet_afgebroken(tmp_path):
    tekst = "Lln.nr.;Vak;Datum;Resultaat\n1;" + "W" * 200_000 + ";1/10/2025;1/2\n2;Frans;" \
        "1/10/2025;1/2\n"
    verslag = importeer(_schrijf(tmp_path / "x.csv", tekst), "punten", tmp_path / "uit",
                        sleutel=SLEUTEL)
    assert verslag.aanvaard == 1 and verslag.afgewezen_rijen == 1
    assert verslag.afgewezen["reden"].iloc[0] == "cel te lang"


# ---------------------------------------------------------------------------------------------
# 6. De voorbeeldexport is reproduceerbaar
# ---------------------------------------------------------------------------------------------

def test_voorbeeldexport_gelijk_aan_hermaakt(tmp_path):
    from openpyxl import load_workbook

    nieuw = maak_voorbeeldexport(tmp_path)
    assert sorted(p.name for p in nieuw) == sorted(p.name for p in VOORBEELD.iterdir())
    for pad in nieuw:
        if pad.suffix == ".xlsx":
            oud_boek, nieuw_boek = load_workbook(VOORBEELD / pad.name), load_workbook(pad)
            assert oud_boek.sheetnames == nieuw_boek.sheetnames
            for blad in oud_boek.sheetnames:
                oud = [list(r) for r in oud_boek[blad].iter_rows(values_only=True)]
                assert oud == [list(r) for r in nieuw_boek[blad].iter_rows(values_only=True)]
                assert oud_boek[blad].merged_cells.ranges == nieuw_boek[blad].merged_cells.ranges
        else:
            assert pad.read_bytes() == (VOORBEELD / pad.name).read_bytes(), pad.name


def test_voorbeeldexport_is_echt_rommelig():
    punten = (VOORBEELD / "punten.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        punten.decode("utf-8")  # Windows-tekens
    tekst = punten.decode("cp1252")
    for rommel in ("14/20", "7,5/10", ";afw;", ";ziek;", ";vrijgesteld;", "23/20", "-2/20",
                   "=HYPERLINK", "Gemiddelde", "2399999"):
        assert rommel in tekst, rommel
    assert (VOORBEELD / "afwezigheden.csv").read_bytes().startswith(b"\xef\xbb\xbf")


# ---------------------------------------------------------------------------------------------
# Snelheid (de volledige meting staat in benchmarks/importeren.py)
# ---------------------------------------------------------------------------------------------

def test_snel_genoeg(tmp_path):
    tekst = (VOORBEELD / "punten.csv").read_bytes().decode("cp1252")
    regels = tekst.splitlines()
    kop = regels[:4]
    data = [r for r in regels[4:] if r.startswith("23")]
    groot = "\n".join(kop + data * (20_000 // len(data) + 1))  # > 20 000 rijen, veel dubbels
    pad = _schrijf(tmp_path / "groot.csv", groot, "cp1252")
    begin = time.perf_counter()
    verslag = importeer(pad, "punten", tmp_path / "uit", sleutel=SLEUTEL)
    duur = time.perf_counter() - begin
    assert verslag.gelezen > 20_000
    assert verslag.gelezen == verslag.aanvaard + verslag.afgewezen_rijen
    assert duur < 20  # ruim: de machine kan druk zijn; zonder drukte ongeveer 1 s
