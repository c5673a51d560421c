"""Vijandige exports: niets verloren, niets overschreven, niets gelekt, niets stil (issue 15).

Elke klasse uit het issue heeft hier een test die faalde op de import van vroeger (bbf09f6)
en nu slaagt; daarna enkele eigen vijandige bestanden en fuzzing die deze vormen maakt.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schooldata_lit.importeren import ImportFout, importeer

SLEUTEL = "test-sleutel-0123456789abcdef"
CURSUS = Path(__file__).resolve().parent.parent
NAMEN = ["Peeters", "Janssens", "Claes", "Mieke", "Wouters", "Goossens", "Vermeulen", "Jef",
         "An", "Bo"]


def _schrijf(pad: Path, tekst: str, tekenset: str = "utf-8") -> Path:
    pad.write_bytes(tekst.encode(tekenset))
    return pad


def _alle_uitvoer(uit: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(uit.rglob("*.csv")))


def _punten(rijen: int, begin: int = 1001) -> str:
    regels = ["Stamboeknummer;Vak;Datum;Resultaat"]
    regels += [f"{begin + i};Wiskunde;{1 + i % 28}/10/2025;{(i % 20) + 1}/20"
               for i in range(rijen)]
    return "\n".join(regels) + "\n"


def _namen_in(tekst: str) -> list[str]:
    return [naam for naam in NAMEN if re.search(rf"\b{naam}\b", tekst)]


def _cli(args: list[str], **opties) -> subprocess.CompletedProcess:
    """De opdrachtregel in een apart proces (zoals een school ze gebruikt)."""
    omgeving = {**os.environ, **opties.pop("env", {})}
    return subprocess.run([sys.executable, "-m", "schooldata_lit.cli", *args],
                          capture_output=True, env=omgeving, timeout=120, **opties)


@pytest.fixture
def sleutelbestand(tmp_path) -> Path:
    pad = tmp_path / "veilig" / "sleutel.txt"
    pad.parent.mkdir()
    pad.write_text(SLEUTEL + "\n", encoding="utf-8")
    return pad


# ---------------------------------------------------------------------------------------------
# Gegevensverlies en overschrijven
# ---------------------------------------------------------------------------------------------

def test_onafgesloten_aanhalingsteken_wordt_geweigerd_met_de_rij(tmp_path, sleutelbestand):
    regels = _punten(30).splitlines()
    regels[5] = regels[5].replace(";Wiskunde;", ';"Wiskunde;')  # rij 6 opent, sluit nooit
    pad = _schrijf(tmp_path / "punten.csv", "\n".join(regels) + "\n")
    with pytest.raises(ImportFout, match=r"rij 6.*aanhalingsteken") as fout:
        importeer(pad, "punten", tmp_path / "uit", sleutel=SLEUTEL, schooljaar="2025-2026")
    assert "rij 6" in str(fout.value).split(":")[0]
    assert not (tmp_path / "uit").exists()
    cli = _cli(["importeer", str(pad), "--soort", "punten", "--uit", str(tmp_path / "uit2"),
                "--sleutel", str(sleutelbestand)])
    assert cli.returncode == 2 and b"rij 6" in cli.stderr
    # een aanhalingsteken dat verderop wel sluit, slokt de rijen ertussen op: ook geweigerd
    regels[20] = regels[20].replace("Wiskunde", 'Wiskunde"')
    pad = _schrijf(tmp_path / "punten2.csv", "\n".join(regels) + "\n")
    with pytest.raises(ImportFout, match=r"op rij 6 opent een aanhalingsteken .* rij 21"):
        importeer(pad, "punten", tmp_path / "uit3", sleutel=SLEUTEL, schooljaar="2025-2026")


def test_aanhalingsteken_op_de_laatste_rij_wordt_geweigerd(tmp_path):
    """Een aanhalingsteken dat op de laatste rij opent, slokt geen rijen op, maar wel de rest
    van die rij: de opmerking (met een naam) schoof in de scorekolom en kwam zo in het
    rapport. Nu geweigerd met de rij, zoals elk aanhalingsteken dat niet sluit."""
    tekst = _punten(2) + '1099;Wiskunde;6/10/2025;";Janssens belde\n'
    uit = tmp_path / "uit"
    with pytest.raises(ImportFout, match="rij 4: op rij 4 opent een aanhalingsteken") as fout:
        importeer(_schrijf(tmp_path / "p.csv", tekst), "punten", uit, sleutel=SLEUTEL,
                  schooljaar="2025-2026")
    assert "Janssens" not in str(fout.value) and not uit.exists()


def test_aanhalingsteken_misleidt_het_scheidingsteken_niet(tmp_path):
    """Namen met een komma en een aanhalingsteken dat niet sluit: met aanhalingstekens geteld
    leek de komma het scheidingsteken (en was er 'geen kopregel'). Nu: de puntkomma, en een
    weigering die het aanhalingsteken en zijn rij noemt."""
    tekst = ("Stamboeknummer;Naam;Vak;Datum;Resultaat;Opmerking\n"
             "1004;Janssens; Peeters;Wiskunde;2025-10-07;1 250;Peeters ziek\n"
             "1006;Bo Peeters;Wiskunde;6/10/2025;afw;Claes belde\n"
             "1023;Janssens Jef;Wiskunde;8/10/25;;Bo ; zie mail\n"
             '1011;Claes, Mieke;Wiskunde;2025-10-07;";Goossens ; zie mail\n'
             "1013;Mieke, Claes;Wiskunde;;;Wouters ; zie mail\n"
             "1014;Vermeulen Vermeulen;Wiskunde;2025-10-07;7,5/10;Vermeulen belde\n"
             "Totaal;;Wiskunde;6/10/2025;140/200;\n")  # (gevonden door de fuzzing hieronder)
    with pytest.raises(ImportFout, match="rij 5: op rij 5 opent een aanhalingsteken"):
        importeer(_schrijf(tmp_path / "p.csv", tekst), "punten", tmp_path / "uit",
                  sleutel=SLEUTEL, schooljaar="2025-2026")


def test_cel_over_meer_regels_tussen_aanhalingstekens_mag(tmp_path):
    """Eigen vijandig bestand: een opmerking over twee regels is geen kapotte structuur."""
    tekst = ('Stamboeknummer;Vak;Datum;Resultaat;Omschrijving\n'
             '1001;Frans;1/10/2025;7/10;"Toets H3\ntweede poging"\n'
             '1002;Frans;1/10/2025;8/10;Toets H3\n')
    verslag = importeer(_schrijf(tmp_path / "p.csv", tekst), "punten", tmp_path / "uit",
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert (verslag.gelezen, verslag.aanvaard) == (2, 2)


def test_tweede_import_overschrijft_niet(tmp_path, sleutelbestand):
    uit = tmp_path / "uit"
    graad1 = _schrijf(tmp_path / "graad1.csv", _punten(10, 1001))
    graad2 = _schrijf(tmp_path / "graad2.csv", _punten(10, 2001))
    importeer(graad1, "punten", uit, sleutel=SLEUTEL, schooljaar="2025-2026")
    voor = (uit / "resultaten.csv").read_bytes()
    with pytest.raises(ImportFout, match="al een tabel resultaten.csv.*--voeg-toe|voeg_toe"):
        importeer(graad2, "punten", uit, sleutel=SLEUTEL)
    assert (uit / "resultaten.csv").read_bytes() == voor
    # een export waarvan alles afgewezen wordt, laat ook met 'vervang' geen lege tabel achter
    kapot = _schrijf(tmp_path / "kapot.csv", "Stamboeknummer;Vak;Datum;Resultaat\n1;;;\n")
    verslag = importeer(kapot, "punten", uit, sleutel=SLEUTEL, bestaand="vervang")
    assert verslag.niet_vervangen and (uit / "resultaten.csv").read_bytes() == voor
    assert "NIET vervangen" in verslag.samenvatting()
    # graad 1 en graad 2 samen; graad 1 nog eens: niets dubbel
    importeer(graad2, "punten", uit, sleutel=SLEUTEL, bestaand="voeg_toe")
    nog_eens = importeer(graad1, "punten", uit, sleutel=SLEUTEL, bestaand="voeg_toe")
    assert nog_eens.afgewezen_rijen == 0
    tabel = pd.read_csv(uit / "resultaten.csv", sep=";", encoding="utf-8-sig")
    assert len(tabel) == 20 and tabel["leerling_id"].nunique() == 20
    # via de opdrachtregel: weigeren is afsluitcode 2 met een Nederlandse uitleg
    cli = _cli(["importeer", str(graad1), "--soort", "punten", "--uit", str(uit),
                "--sleutel", str(sleutelbestand)])
    assert cli.returncode == 2 and "--vervang" in cli.stderr.decode()
    assert "bestaand=" not in cli.stderr.decode()


def test_voeg_toe_wijst_af_wat_in_strijd_is_met_de_bestaande_tabel(tmp_path):
    uit = tmp_path / "uit"
    kop = "Stamboeknummer;Datum;Dagdeel;Code\n"
    importeer(_schrijf(tmp_path / "a.csv", kop + "1;6/10/2025;VM;Z\n"), "afwezigheden", uit,
              sleutel=SLEUTEL, schooljaar="2025-2026")
    verslag = importeer(_schrijf(tmp_path / "b.csv", kop + "1;6/10/2025;VM;B\n2;6/10/2025;VM;Z\n"),
                        "afwezigheden", uit, sleutel=SLEUTEL, bestaand="voeg_toe")
    assert verslag.afgewezen["reden"].str.contains("bestaande tabel").sum() == 1
    assert len(pd.read_csv(uit / "afwezigheden.csv", sep=";", encoding="utf-8-sig")) == 2


def test_nooit_in_de_datasets_van_de_cursus(tmp_path):
    datasets = CURSUS / "datasets"
    voor = {p.name: p.stat().st_mtime_ns for p in datasets.glob("*.csv")}
    pad = _schrijf(tmp_path / "p.csv", _punten(3))
    for bestaand in ("weiger", "vervang", "voeg_toe"):
        with pytest.raises(ImportFout, match="datasets van de cursus"):
            importeer(pad, "punten", datasets, sleutel=SLEUTEL, bestaand=bestaand)
    assert {p.name: p.stat().st_mtime_ns for p in datasets.glob("*.csv")} == voor


def test_puntenboek_met_evaluaties_naast_elkaar(tmp_path):
    tekst = (";;;Toets H1;;Toets H2;;Examen\n"
             "Stamboeknummer;Klas;Vak;Datum;Resultaat;Datum;Resultaat;Datum;Resultaat\n"
             "1001;3A;Wiskunde;6/10/2025;14/20;20/10/2025;12/20;15/12/2025;31/50\n"
             "1002;3A;Wiskunde;6/10/2025;9/20;20/10/2025;afw;15/12/2025;55/50\n"
             "1003;3A;Wiskunde;6/10/2025;11/20;;;15/12/2025;40/50\n")
    verslag = importeer(_schrijf(tmp_path / "raster.csv", tekst), "punten", tmp_path / "uit",
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert verslag.gelezen == 8 and verslag.aanvaard == 7 and verslag.afgewezen_rijen == 1
    fout = verslag.afgewezen.iloc[0]
    assert (fout["rij"], fout["evaluatie"], fout["reden"]) == (4, 3,
                                                               "score hoger dan het maximum")
    assert verslag.tabel.groupby("leerling_id").size().sort_values().tolist() == [2, 2, 3]
    log = " | ".join(verslag.conversies["conversie"])
    assert "puntenboek met 3 evaluaties" in log and "2 = Toets H2" in log
    assert "1 lege evaluatie(s)" in log


def test_puntenboek_zonder_resultaat_per_datum_wordt_uitgelegd(tmp_path):
    tekst = "Stamboeknummer;Vak;Datum;Datum;Resultaat\n1;Frans;1/10/2025;2/10/2025;5/10\n"
    with pytest.raises(ImportFout, match="puntenboek.*als lijst"):
        importeer(_schrijf(tmp_path / "r.csv", tekst), "punten", tmp_path / "uit",
                  sleutel=SLEUTEL)


# ---------------------------------------------------------------------------------------------
# Namen die lekken
# ---------------------------------------------------------------------------------------------

def test_vrije_tekst_en_verschoven_namen_lekken_niet(tmp_path, sleutelbestand):
    tekst = ("Stamboeknummer;Naam;Datum;Dagdeel;Code;Geregistreerd door;Reden;Opmerking\n"
             "1001;Peeters An;6/10/2025;VM;Z;Claes Mieke;ziek volgens mama Wouters;belde om 8u\n"
             "1002;Janssens Bo;6/10/2025;VM;XX;Claes Mieke;;Jef Goossens kwam ophalen\n"
             # een puntkomma in de naam, zonder aanhalingstekens: alles schuift een kolom op
             "1003;Vermeulen; Jef;7/10/2025;NM;B;Claes Mieke;spijbelen;\n"
             "1004;Goossens Bo;zaterdag;VM;Z;Wouters;Claes Mieke;\n")
    pad = _schrijf(tmp_path / "afwezigheden.csv", tekst)
    uit = tmp_path / "uit"
    cli = _cli(["importeer", str(pad), "--soort", "afwezigheden", "--uit", str(uit),
                "--sleutel", str(sleutelbestand), "--schooljaar", "2025-2026"])
    assert cli.returncode == 1, cli.stderr.decode()
    zichtbaar = cli.stdout.decode() + cli.stderr.decode() + _alle_uitvoer(uit)
    assert _namen_in(zichtbaar) == []
    rapport = pd.read_csv(uit / "verslag" / "afwezigheden_afgewezen.csv", sep=";",
                          encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert set(rapport["rij"]) == {"3", "4", "5"}
    # de verschoven rij: afgewezen, maar zonder één waarde te tonen
    assert set(rapport.loc[rapport["rij"] == "4", "waarde"]) <= {"(persoonsgegeven, verborgen)"}


def test_naam_in_een_codekolom_wordt_niet_getoond(tmp_path):
    """Begeleiding 'door': een naam in plaats van een functie wordt afgewezen, niet getoond."""
    tekst = ("Stamboeknummer;Datum;Soort;Door\n1001;6/10/2025;gesprek;Mevr. Claes\n"
             "1002;6/10/2025;gesprek;titularis\n")
    verslag = importeer(_schrijf(tmp_path / "b.csv", tekst), "begeleiding", tmp_path / "uit",
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert verslag.afgewezen_rijen == 1
    assert "Claes" not in verslag.afgewezen.to_string() + _alle_uitvoer(tmp_path / "uit")


# ---------------------------------------------------------------------------------------------
# Tekensets en getallen
# ---------------------------------------------------------------------------------------------

def test_utf8_met_een_verdwaalde_cp1252_regel(tmp_path):
    data = ("Stamboeknummer;Vak;Datum;Resultaat\n1001;Économie;6/10/2025;7/10\n"
            "1002;Français;6/10/2025;8/10\n").encode() + \
        "1003;Géographie;6/10/2025;9/10\n".encode("cp1252")
    verslag = importeer(_schrijf_bytes(tmp_path / "p.csv", data), "punten", tmp_path / "uit",
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert sorted(verslag.tabel["vak"]) == ["Français", "Géographie", "Économie"]
    assert verslag.conversies["conversie"].str.contains("rij\\(en\\) 4 in Windows-1252").any()


def _schrijf_bytes(pad: Path, data: bytes) -> Path:
    pad.write_bytes(data)
    return pad


def test_onleesbare_regel_in_een_gemengd_bestand_noemt_de_rij(tmp_path):
    data = "Stamboeknummer;Vak\n1;Économie\n".encode() + b"2;\x81\x8d\n"
    with pytest.raises(ImportFout, match="rij 3: onleesbaar"):
        importeer(_schrijf_bytes(tmp_path / "p.csv", data), "punten", tmp_path / "uit",
                  sleutel=SLEUTEL)


@pytest.mark.parametrize("tekenset", ["utf-16-le", "utf-16-be"])
def test_utf16_zonder_bom(tmp_path, tekenset):
    verslag = importeer(_schrijf(tmp_path / "p.csv", _punten(3).replace("Wiskunde", "Économie"),
                                 tekenset), "punten", tmp_path / "uit", sleutel=SLEUTEL)
    assert verslag.aanvaard == 3 and set(verslag.tabel["vak"]) == {"Économie"}


def test_duizendtallen(tmp_path):
    tekst = ("Stamboeknummer;Week;Aanmeldingen;Taken op tijd\n1;6/10/2025;2.000;3\n"
             "2;6/10/2025;1 250;2\n3;6/10/2025;12;1.000\n")
    verslag = importeer(_schrijf(tmp_path / "a.csv", tekst), "activiteit", tmp_path / "uit",
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert verslag.tabel["aanmeldingen"].tolist() == [2000, 1250, 12]
    assert verslag.tabel["taken_op_tijd"].tolist() == [3, 2, 1000]
    assert verslag.conversies["conversie"].str.contains("duizendtallen").sum() == 2


# ---------------------------------------------------------------------------------------------
# Crashes en foutmeldingen
# ---------------------------------------------------------------------------------------------

def test_terminal_zonder_utf8_en_afsluitcodes(tmp_path, sleutelbestand):
    goed = _schrijf(tmp_path / "goed.csv", _punten(3))
    slecht = _schrijf(tmp_path / "slecht.csv", _punten(3) + "1099;Wiskunde;1/10/2025;25/20\n")
    onleesbaar = _schrijf_bytes(tmp_path / "kapot.csv", b"\xd0\xcf\x11\xe0oud")
    codes = []
    for i, bestand in enumerate([goed, slecht, onleesbaar]):
        with open(tmp_path / f"uitvoer{i}.txt", "wb") as uitvoer:  # naar een bestand
            proces = subprocess.run(
                [sys.executable, "-m", "schooldata_lit.cli", "importeer", str(bestand),
                 "--soort", "punten", "--uit", str(tmp_path / f"uit{i}"), "--sleutel",
                 str(sleutelbestand)], stdout=uitvoer, stderr=subprocess.PIPE, timeout=120,
                env={**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"})
        codes.append(proces.returncode)
        assert b"Traceback" not in proces.stderr
        (tmp_path / f"uitvoer{i}.txt").read_bytes().decode("cp1252")
    assert codes == [0, 1, 2]


def test_geen_python_hints_op_de_opdrachtregel(tmp_path):
    kort = tmp_path / "kort.txt"
    kort.write_text("te kort\n", encoding="utf-8")
    leeg = tmp_path / "leeg.txt"
    leeg.write_text("\n", encoding="utf-8")
    pad = _schrijf(tmp_path / "p.csv", _punten(2))
    for extra in (["--sleutel", str(kort)], ["--sleutel", str(leeg)],
                  ["--sleutel", str(kort), "--koppeling", str(tmp_path / "nee.yaml")]):
        cli = _cli(["importeer", str(pad), "--soort", "punten", "--uit", str(tmp_path / "u"),
                    *extra])
        fout = cli.stderr.decode()
        assert cli.returncode == 2 and fout.startswith("Fout")
        assert "()" not in fout and "maak_sleutel" not in fout, fout


# ---------------------------------------------------------------------------------------------
# Geldige rijen afgewezen
# ---------------------------------------------------------------------------------------------

def test_twee_evaluaties_op_dezelfde_dag_blijven_allebei(tmp_path):
    tekst = ("Stamboeknummer;Vak;Datum;Omschrijving;Resultaat\n"
             "1001;Frans;6/10/2025;Woordenschat H1;7/10\n"
             "1001;Frans;6/10/2025;Grammatica H1;7/10\n"
             "1001;Frans;6/10/2025;Grammatica H1;7/10\n")  # deze is echt dubbel
    verslag = importeer(_schrijf(tmp_path / "p.csv", tekst), "punten", tmp_path / "uit",
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert (verslag.aanvaard, verslag.afgewezen_rijen) == (2, 1)
    assert verslag.afgewezen.iloc[0]["rij"] == 4
    assert "niets doen" not in verslag.afgewezen.iloc[0]["oplossing"]


def test_tikfout_in_geboortejaar_maakt_de_punten_niet_onbekend(tmp_path):
    uit = tmp_path / "uit"
    lijst = ("Stamboeknummer;Geboortedatum;Geslacht;Klas\n1001;12/03/2011;M;3A\n"
             "1002;05/07/2101;V;3A\n1003;01/01/2011;?;3A\n")
    leerlingen = importeer(_schrijf(tmp_path / "l.csv", lijst), "leerlingen", uit,
                           sleutel=SLEUTEL, schooljaar="2025-2026")
    assert leerlingen.aanvaard == 3 and leerlingen.afgewezen_rijen == 0
    assert set(leerlingen.waarschuwingen["rij"]) == {3, 4}
    assert leerlingen.tabel["geboortejaar"].isna().sum() == 1
    punten = importeer(_schrijf(tmp_path / "p.csv", _punten(3)), "punten", uit, sleutel=SLEUTEL)
    assert punten.afgewezen_rijen == 0 and punten.aanvaard == 3


def test_sleutel_in_de_projectmap_wordt_geweigerd(tmp_path):
    pad = _schrijf(tmp_path / "p.csv", _punten(2))
    naam = "sleutel_h15_test_mag_niet_bestaan.txt"
    cli = _cli(["importeer", str(pad), "--soort", "punten", "--uit", str(tmp_path / "u"),
                "--sleutel", naam, "--maak-sleutel"], cwd=CURSUS)
    assert cli.returncode == 2 and "buiten de cursus" in cli.stderr.decode()
    assert not (CURSUS / naam).exists()
    with pytest.raises(ImportFout, match="map van de cursus"):
        importeer(pad, "punten", tmp_path / "u", sleutel=CURSUS / "datasets" / naam)
    if shutil.which("git") and (CURSUS / ".git").exists():
        for bestand in ("sleutel_school.txt", "sleutel.txt", "school.key"):
            proces = subprocess.run(["git", "check-ignore", "-q", bestand], cwd=CURSUS,
                                    timeout=30)
            assert proces.returncode == 0, f"{bestand} staat niet in .gitignore"


# ---------------------------------------------------------------------------------------------
# Eigen vijandige bestanden
# ---------------------------------------------------------------------------------------------

def test_kopregel_nog_eens_in_het_midden(tmp_path):
    """Twee exports onder elkaar geplakt: de tweede kopregel is geen leerling."""
    tekst = _punten(3) + _punten(2, 2001)
    verslag = importeer(_schrijf(tmp_path / "p.csv", tekst), "punten", tmp_path / "uit",
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert (verslag.gelezen, verslag.aanvaard) == (5, 5)
    assert verslag.conversies["conversie"].str.contains("kopregel nog eens herhaald").any()


def test_excel_bewaard_als_csv_met_puntkomma_aan_het_einde(tmp_path):
    """Elke rij eindigt op een scheidingsteken (een lege kolom zonder naam): geen verschuiving."""
    tekst = "".join(r + ";\n" for r in _punten(3).splitlines())
    verslag = importeer(_schrijf(tmp_path / "p.csv", tekst, "cp1252"), "punten",
                        tmp_path / "uit", sleutel=SLEUTEL, schooljaar="2025-2026")
    assert (verslag.aanvaard, verslag.afgewezen_rijen) == (3, 0)


def test_bom_gemengde_regeleinden_en_totaalrijen_onderaan(tmp_path):
    """Een export met BOM, puntkomma's, regeleinden van Windows en Unix door elkaar, een lege
    regel en onderaan twee samenvattingsrijen: 'Totaal' in de kolom met het leerlingnummer
    (met vak en datum, dus anders een geldige rij) en 'Gemiddelde' in een andere kolom. Geen
    van beide is een leerling: enkel de reden 'totaalrij' in het rapport, niets in de tabel."""
    from schooldata_lit.importeren.omzetten import TOTAALREDEN

    tekst = ("Stamboeknummer;Naam;Vak;Datum;Resultaat\r\n"
             "1001;Peeters An;Wiskunde;6/10/2025;14/20\r\n"
             "1002;Claes Bo;Wiskunde;6/10/2025;9/20\n"
             "1003;Wouters Jef;Wiskunde;6/10/2025;afw\r\n"
             "\r\n"
             "Totaal;;Wiskunde;6/10/2025;23/40\r\n"
             ";Gemiddelde;;;11,5/20\n")
    pad = _schrijf_bytes(tmp_path / "p.csv", b"\xef\xbb\xbf" + tekst.encode("utf-8"))
    uit = tmp_path / "uit"
    verslag = importeer(pad, "punten", uit, sleutel=SLEUTEL, schooljaar="2025-2026")
    assert (verslag.gelezen, verslag.aanvaard, verslag.afgewezen_rijen) == (5, 3, 2)
    assert verslag.afgewezen["rij"].tolist() == [6, 7]
    assert set(verslag.afgewezen["reden"]) == {TOTAALREDEN}
    # de laatste cel van een Windows-regel is schoon (geen '\r' in de score of het vak)
    assert verslag.tabel["score"].tolist()[:2] == [14.0, 9.0]
    assert set(verslag.tabel["vak"]) == {"Wiskunde"}
    assert verslag.conversies["conversie"].str.contains("lege rij\\(en\\) overgeslagen: 5").any()
    assert _namen_in(verslag.samenvatting() + verslag.afgewezen.to_string()
                     + verslag.conversies.to_string() + _alle_uitvoer(uit)) == []


def test_samengevoegde_kopregels_boven_een_puntenboek(tmp_path):
    """Een puntenboek uit Excel met samengevoegde cellen: een titelrij, een rij met de naam van
    elke toets boven haar twee kolommen, en pas dan de echte kopregel. De titel wordt
    overgeslagen (en gemeld), de toetsnamen benoemen de evaluaties, elke toets wordt een rij."""
    tekst = ("Puntenlijst 3A;;;;;;\n"
             "Leerling;;;Toets breuken;;Toets vergelijkingen;\n"
             "Stamboeknummer;Naam;Vak;Datum;Resultaat;Datum;Resultaat\n"
             "1001;Peeters An;Wiskunde;6/10/2025;14/20;13/10/2025;12/20\n"
             "1002;Claes Bo;Wiskunde;6/10/2025;9/20;13/10/2025;afw\n"
             "1003;Wouters Jef;Wiskunde;6/10/2025;9/20;;\n")  # de tweede toets nog niet
    uit = tmp_path / "uit"
    verslag = importeer(_schrijf(tmp_path / "p.csv", tekst, "cp1252"), "punten", uit,
                        sleutel=SLEUTEL, schooljaar="2025-2026")
    assert (verslag.gelezen, verslag.aanvaard, verslag.afgewezen_rijen) == (5, 5, 0)
    assert sorted(verslag.tabel["datum"].dt.strftime("%d/%m").tolist()) == [
        "06/10", "06/10", "06/10", "13/10", "13/10"]
    assert verslag.tabel["code"].tolist().count("afwezig") == 1
    log = " ".join(verslag.conversies["conversie"])
    assert "1 = Toets breuken; 2 = Toets vergelijkingen" in log
    assert "kopregel gevonden op rij 3; rij(en) 1-2 erboven" in log
    assert "1 lege evaluatie(s)" in log
    assert _namen_in(log + _alle_uitvoer(uit)) == []


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.lists(st.sampled_from(["", " ", "a", "é", "1,5", "\t", "\x0c", "\u2028",
                                          "x y"]), max_size=4), min_size=1, max_size=8),
       st.sampled_from([";", ","]), st.lists(st.booleans(), min_size=8, max_size=8),
       st.booleans())
def test_snelle_weg_zonder_aanhalingstekens_leest_wat_csv_reader_leest(rijen, teken, crlf,
                                                                     slot):
    """Zonder aanhalingstekens splitst de lezer elke regel zelf (snel bij een miljoen rijen):
    dezelfde rijen als csv.reader, ook bij lege regels, Windows-regeleinden en tekens die
    str.splitlines als regeleinde zou zien."""
    from schooldata_lit.importeren.lezen import _kies_scheidingsteken, _lees_csv

    regels = [teken.join(r) + ("\r\n" if crlf[i] else "\n") for i, r in enumerate(rijen)]
    tekst = "Stamboeknummer" + teken + "Vak\n" + "".join(regels)
    if not slot:
        tekst = tekst.rstrip("\r\n")
    gekozen = _kies_scheidingsteken(tekst)  # de lezer raadt het scheidingsteken zelf
    verwacht = list(csv.reader(io.StringIO(tekst, newline=""), delimiter=gekozen, strict=False))
    gelezen = _lees_csv(tekst.encode("utf-8"), "x.csv")
    assert '"' not in tekst and gelezen.rijen == verwacht
    assert gelezen.rijnummers == list(range(1, len(verwacht) + 1))


# ---------------------------------------------------------------------------------------------
# Fuzzing: deze vormen, willekeurig gecombineerd
# ---------------------------------------------------------------------------------------------

_NAAM = st.sampled_from(NAMEN)
_RIJ = st.fixed_dictionaries({
    "nummer": st.integers(1000, 1030).map(str),
    "naam": st.tuples(_NAAM, _NAAM, st.sampled_from([" ", "; ", ", "])).map(
        lambda t: t[0] + t[2] + t[1]),
    "datum": st.sampled_from(["6/10/2025", "2025-10-07", "8/10/25", "zaterdag", ""]),
    "score": st.sampled_from(["14/20", "2.000", "1 250", "afw", "7,5/10", "", '"', '12"']),
    "opmerking": st.tuples(_NAAM, st.sampled_from(["belde", "ziek", "; zie mail"])).map(
        " ".join),
})


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_RIJ, min_size=1, max_size=15), st.booleans(),
       st.sampled_from(["utf-8", "cp1252", "utf-16-le", "gemengd"]), st.booleans(),
       st.booleans(), st.booleans())
def test_fuzz_vijandige_vormen(rijen, raster, tekenset, citeer, totaalrij, windows):
    import tempfile

    from schooldata_lit.importeren.omzetten import TOTAALREDEN

    kop = (["Stamboeknummer", "Naam", "Vak", "Datum", "Resultaat", "Datum", "Resultaat",
            "Opmerking"] if raster
           else ["Stamboeknummer", "Naam", "Vak", "Datum", "Resultaat", "Opmerking"])
    buffer = io.StringIO()
    # citeer: zoals een nette export (csv-module); anders zoals een slordige: de cellen gewoon
    # met ';' aan elkaar, dus aanhalingstekens die openen en namen die verschuiven
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\n")
    rijen_tekst = [kop]
    for r in rijen:
        cellen = [r["nummer"], r["naam"], "Wiskunde", r["datum"], r["score"]]
        if raster:
            cellen += [r["datum"], r["score"]]
        rijen_tekst.append(cellen + [r["opmerking"]])
    if totaalrij:  # een samenvatting onderaan, met 'Totaal' in de kolom van het nummer
        rijen_tekst.append(["Totaal", "", "Wiskunde"] + ["6/10/2025", "140/200"] * (
            2 if raster else 1) + [""])
    for cellen in rijen_tekst:
        if citeer:
            schrijver.writerow(cellen)
        else:
            buffer.write(";".join(cellen) + "\n")
    tekst = buffer.getvalue()
    if windows:  # regeleinden van Windows en Unix door elkaar, en een BOM bij UTF-8
        tekst = "".join(r + ("\r\n" if i % 2 else "\n")
                        for i, r in enumerate(tekst.split("\n")[:-1]))
    if tekenset == "gemengd":
        regels = tekst.split("\n")
        data = "\n".join(regels[:-2]).encode("utf-8") + b"\n" + \
            (regels[-2] + "\n").replace("e", "é").encode("cp1252")
    else:
        data = tekst.encode(tekenset, errors="replace")
    if windows and tekenset == "utf-8":
        data = b"\xef\xbb\xbf" + data
    with tempfile.TemporaryDirectory() as map_:
        map_ = Path(map_)
        pad = map_ / "x.csv"
        pad.write_bytes(data)
        uit = map_ / "uit"
        try:
            verslag = importeer(pad, "punten", uit, sleutel=SLEUTEL, schooljaar="2025-2026")
        except ImportFout as fout:
            # enkel een aanhalingsteken dat opent, mag het hele bestand doen weigeren
            assert str(fout).startswith("Fout") and not uit.exists()
            assert "aanhalingsteken" in str(fout), str(fout)
            return
        # niets verloren: elke evaluatie zit in de tabel of in het rapport, en geen enkele
        # rij verdween in een cel (een aanhalingsteken dat opent)
        assert verslag.gelezen == verslag.aanvaard + verslag.afgewezen_rijen
        if raster:
            verwacht = 2 * sum(1 for r in rijen if r["datum"] or r["score"]) + 2 * totaalrij
            assert verslag.gelezen <= verwacht
        else:
            assert verslag.gelezen == len(rijen) + totaalrij
        if totaalrij:  # de samenvatting is geen leerling: enkel als totaalrij afgewezen
            samenvatting = verslag.afgewezen[verslag.afgewezen["rij"] == len(rijen) + 2]
            assert len(samenvatting) and set(samenvatting["reden"]) == {TOTAALREDEN}
        zichtbaar = (verslag.samenvatting() + verslag.afgewezen.to_string()
                     + verslag.conversies.to_string() + _alle_uitvoer(uit))
        assert _namen_in(zichtbaar) == []
