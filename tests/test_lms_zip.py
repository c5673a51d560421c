"""Verbeteren zonder hub: een zip uit de leeromgeving → zip_collect → autograde → feedback → CSV.

De route van lesgevers/verbeteren.md ("Route 2"), met de echte opdracht 1.1 en de
`zip_collect`-regels letterlijk uit die pagina. De zips zijn nagemaakt zoals Canvas, Moodle en
Toledo ze leveren, met verzonnen, duidelijk fictieve namen en nummers. Eén inzending is juist,
één heeft een typisch fout antwoord (uit tests/foute_antwoorden), één is blanco.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import inzendingen_hulp as ih
import pytest

CURSUS = Path(__file__).resolve().parents[1]
OPDRACHT = "1.1_data_de_feiten"
NOTEBOOK = f"opdracht_{OPDRACHT}.ipynb"
PAGINA = CURSUS / "lesgevers" / "verbeteren.md"

# Bestandsnamen zoals de leeromgevingen ze maken (verzonnen namen en nummers).
NAMEN = {
    "canvas": {"juist": f"proefpersoonan_10001_90001_{NOTEBOOK}",
               "fout": f"testgevalbert_10002_90002_{NOTEBOOK}",
               "blanco": f"voorbeeldcharlotte_late_10003_90003_{NOTEBOOK}"},
    "moodle": {"juist": f"An Proefpersoon_10001_assignsubmission_file_/{NOTEBOOK}",
               "fout": f"Bert Testgeval_10002_assignsubmission_file_/{NOTEBOOK}",
               "blanco": f"Charlotte Voorbeeld_10003_assignsubmission_file_/{NOTEBOOK}"},
    "toledo": {"juist": f"Opdracht 1.1_r0010001_attempt_2026-11-20-10-15-00_{NOTEBOOK}",
               "fout": f"Opdracht 1.1_r0010002_attempt_2026-11-20-11-02-13_{NOTEBOOK}",
               "blanco": f"Opdracht 1.1_r0010003_attempt_2026-11-21-08-00-59_{NOTEBOOK}"},
}
NUMMERS = {"canvas": ["10001", "10002", "10003"], "moodle": ["10001", "10002", "10003"],
           "toledo": ["r0010001", "r0010002", "r0010003"]}


def opdrachten_uit_pagina() -> dict[str, list[str]]:
    """De zip_collect-opdrachten uit lesgevers/verbeteren.md, per leeromgeving."""
    uitkomst, lms = {}, None
    for regel in PAGINA.read_text(encoding="utf-8").splitlines():
        regel = regel.strip()
        m = re.match(r"# (Canvas|Moodle|Toledo)\b", regel)
        if m:
            lms = m.group(1).lower()
        elif regel.startswith("python3 cursus.py shell nbgrader zip_collect") and lms:
            uitkomst[lms] = shlex.split(regel)[3:]  # vanaf "nbgrader"
    assert set(uitkomst) == set(NAMEN), uitkomst
    return uitkomst


def nbgrader(cursus: Path, *argumenten: str) -> subprocess.CompletedProcess:
    omgeving = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep
                + os.environ.get("PATH", "")}
    omgeving.pop("SCHOOLDATA_MAP", None)
    r = subprocess.run(["nbgrader", *argumenten], cwd=cursus, env=omgeving, capture_output=True,
                       text=True, timeout=600, check=False)
    assert r.returncode == 0, f"nbgrader {argumenten[0]}:\n{r.stdout}\n{r.stderr}"
    return r


@pytest.fixture(scope="module")
def cursus(tmp_path_factory) -> tuple[Path, dict[str, dict], dict[str, float]]:
    """Een kopie van de cursus (enkel wat de lesgever nodig heeft) met de opdracht vrijgegeven."""
    map_ = tmp_path_factory.mktemp("lesgever") / "cursus"
    map_.mkdir()
    shutil.copy(CURSUS / "nbgrader_config.py", map_)
    shutil.copytree(CURSUS / "nbgrader_sjablonen", map_ / "nbgrader_sjablonen")
    shutil.copytree(CURSUS / "solutions" / OPDRACHT, map_ / "solutions" / OPDRACHT)
    nbgrader(map_, "generate_assignment", OPDRACHT, "--force")
    vrijgegeven = json.loads((map_ / "exercises" / OPDRACHT / NOTEBOOK).read_text("utf-8"))
    juist, fout, blanco, punten = ih.drie_inzendingen(vrijgegeven, OPDRACHT)
    return map_, {"juist": juist, "fout": fout, "blanco": blanco}, punten


def maak_zip(cursus: Path, lms: str, inzendingen: dict[str, dict]) -> Path:
    archief = cursus / "downloaded" / OPDRACHT / "archive"
    if archief.parent.exists():
        shutil.rmtree(archief.parent)
    archief.mkdir(parents=True)
    zipbestand = archief / f"{lms}_inzendingen.zip"
    with zipfile.ZipFile(zipbestand, "w") as z:
        for soort, naam in NAMEN[lms].items():
            z.writestr(naam, json.dumps(inzendingen[soort], indent=1, ensure_ascii=False))
        if lms == "toledo":  # Blackboard zet er per poging een tekstbestand bij
            z.writestr("Opdracht 1.1_r0010001_attempt_2026-11-20-10-15-00.txt", "Naam: ...")
    return zipbestand


@pytest.mark.parametrize("lms", ["moodle", "toledo"])
def test_zip_collect_herkent_de_leeromgeving(cursus, lms):
    map_, inzendingen, _ = cursus
    maak_zip(map_, lms, inzendingen)
    submitted = map_ / "submitted"
    shutil.rmtree(submitted, ignore_errors=True)
    nbgrader(map_, *opdrachten_uit_pagina()[lms][1:])
    gevonden = sorted(str(p.relative_to(submitted)) for p in submitted.rglob("*.ipynb"))
    assert gevonden == [f"{n}/{OPDRACHT}/{NOTEBOOK}" for n in NUMMERS[lms]]
    shutil.rmtree(submitted)


def test_canvas_zip_tot_punten_en_feedback(cursus):
    map_, inzendingen, punten = cursus
    maak_zip(map_, "canvas", inzendingen)
    nbgrader(map_, *opdrachten_uit_pagina()["canvas"][1:])
    juist, fout, blanco = NUMMERS["canvas"]
    for nummer, soort in ((juist, "juist"), (fout, "fout"), (blanco, "blanco")):
        pad = map_ / "submitted" / nummer / OPDRACHT / NOTEBOOK
        assert json.loads(pad.read_text("utf-8"))["cells"] == inzendingen[soort]["cells"]

    nbgrader(map_, "autograde", OPDRACHT, "--create")
    nbgrader(map_, "generate_feedback", OPDRACHT)
    nbgrader(map_, "export", "--to", "punten.csv")

    verwacht = {juist: punten["juist"], fout: punten["fout"], blanco: punten["blanco"]}
    with open(map_ / "punten.csv", encoding="utf-8") as f:
        rijen = {r["student_id"]: r for r in csv.DictReader(f) if r["assignment"] == OPDRACHT}
    assert set(rijen) == set(verwacht)
    for nummer, score in verwacht.items():
        assert float(rijen[nummer]["score"]) == pytest.approx(score), rijen[nummer]
    assert punten["juist"] > punten["fout"] > punten["blanco"] == 0

    verborgen = ih.verborgen_regels(OPDRACHT)
    for nummer in verwacht:
        feedback = map_ / "feedback" / nummer / OPDRACHT / f"opdracht_{OPDRACHT}.html"
        tekst = html.unescape(feedback.read_text(encoding="utf-8"))
        assert not [r for r in verborgen if r in tekst], nummer
        for naam in ("proefpersoonan", "testgevalbert", "voorbeeldcharlotte"):
            assert naam not in tekst.lower()  # de feedback draagt enkel het nummer
