"""De leerlingversie (`python3 cursus.py leerlingversie`): wat erin zit en wat er nooit in zit.

Cursisten krijgen de notebooks, de vrijgegeven opdrachten, de data, de dashboards, de
voorbeelden, de leerpaden voor cursisten, de bibliotheek en een README. Nooit `solutions/`,
`lesgevers/`, `tests/` (met de geheime waarden van de verbetertests), verborgen tests,
antwoorden of vingerafdrukken van antwoorden, en geen `.ipynb_checkpoints`.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

CURSUS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CURSUS / "deploy"))

import leerlingversie as lv  # noqa: E402

VERWACHT = {"notebooks", "exercises", "datasets", "dashboards", "voorbeelden", "schooldata_lit",
            "leerpaden", "cursus.py", "pyproject.toml", "environment.yml", "LICENSE",
            "LICENSE-inhoud.md", "CITATION.cff", "README.md", "requirements-lock.txt",
            "voila.json"}


def _geheimen() -> dict:
    """Wat geheim is: per opdracht de geheime waarden uit de fixtures, en de vingerafdrukken
    van de antwoorden in solutions/ (als `vingerafdruk(...) == "..."` of als
    `controleer(..., sleutel="...")`)."""
    waarden: dict[str, set[str]] = {}
    for bestand in (CURSUS / "tests" / "foute_antwoorden").glob("*.yaml"):
        inhoud = yaml.safe_load(bestand.read_text(encoding="utf-8"))
        for lijst in (inhoud.get("geheime_waarden") or {}).values():
            waarden.setdefault(bestand.stem, set()).update(str(w) for w in lijst)
    vingerafdrukken = set()
    for nb in (CURSUS / "solutions").glob("*/*.ipynb"):
        tekst = nb.read_text(encoding="utf-8")
        vingerafdrukken.update(re.findall(r'vingerafdruk\([^)]*\) == \\"([0-9a-f]{8,})\\"', tekst))
        vingerafdrukken.update(re.findall(r'sleutel=\\"([0-9a-f]{8,})\\"', tekst))
    assert waarden and vingerafdrukken, "geen geheimen gevonden: dan toetst deze test niets"
    return {"waarden": waarden, "vingerafdrukken": vingerafdrukken}


@pytest.fixture(scope="module")
def versie(tmp_path_factory) -> Path:
    """De leerlingversie, gebouwd uit een kopie van de cursus met checkpoints erin."""
    kopie = tmp_path_factory.mktemp("cursus") / "cursus"
    shutil.copytree(CURSUS, kopie, ignore=shutil.ignore_patterns(
        ".venv", ".git", "_build", "__pycache__", ".pytest_cache"))
    for map_ in ("notebooks", "exercises/1.1_data_de_feiten", "datasets"):
        checkpoint = kopie / map_ / ".ipynb_checkpoints" / "geheim-checkpoint.ipynb"
        checkpoint.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(kopie / "solutions" / "1.1_data_de_feiten" /
                    "opdracht_1.1_data_de_feiten.ipynb", checkpoint)
    uit = tmp_path_factory.mktemp("uit")
    return lv.bouw_leerlingversie(kopie, uit)


def test_bevat_wat_cursisten_krijgen(versie):
    assert {p.name for p in versie.iterdir()} == VERWACHT
    assert sorted(p.name for p in (versie / "leerpaden").iterdir()) == [
        "hogeschool.md", "index.md", "menus_in_het_nederlands.md", "woordenlijst.md",
        "zelfstudie_datateam.md"]
    for map_ in ("notebooks", "exercises", "datasets", "dashboards", "voorbeelden"):
        bron = {p.relative_to(CURSUS / map_) for p in (CURSUS / map_).rglob("*")
                if p.is_file() and ".ipynb_checkpoints" not in p.parts
                and "__pycache__" not in p.parts
                # uitvoer van het werken met de notebooks (door git genegeerd), geen lesmateriaal
                and "toonmoment" not in p.parts and not p.name.startswith("mijn_dataplan.")}
        kopie = {p.relative_to(versie / map_) for p in (versie / map_).rglob("*") if p.is_file()}
        assert kopie == bron, map_
    assert (versie / "notebooks" / "00_welkom.ipynb").exists()
    assert (versie / "schooldata_lit" / "__init__.py").exists()
    assert "cursus.py start" in (versie / "README.md").read_text(encoding="utf-8")


def test_bevat_niets_voor_lesgevers(versie):
    alles = list(versie.rglob("*"))
    namen = {deel for p in alles for deel in p.relative_to(versie).parts}
    assert not namen & {"solutions", "lesgevers", "tests", "website", "benchmarks", "deploy",
                        ".ipynb_checkpoints", "gradebook.db", "nbgrader_config.py",
                        "foute_antwoorden", "__pycache__"}
    geheimen = _geheimen()
    for pad in alles:
        if not pad.is_file():
            continue
        tekst = pad.read_text(encoding="utf-8", errors="replace")
        relatief = str(pad.relative_to(versie))
        assert "geheime_waarden" not in tekst, relatief
        # __init__ legt de markeringen uit (in tekst), markeringen.py legt ze vast
        if relatief not in {"schooldata_lit/oefeningen/__init__.py",
                            "schooldata_lit/oefeningen/markeringen.py"}:
            for markering in ("### BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "BEGIN MARK SCHEME"):
                assert markering not in tekst, (relatief, markering)
        assert not lv.geheime_markeringen(pad), relatief
        if relatief.startswith("schooldata_lit/"):
            # De bibliotheek is openbaar (ook buiten de cursus); haar voorbeelden worden apart
            # bewaakt. Alles wat specifiek voor cursisten is, mag geen vingerafdruk bevatten.
            continue
        for afdruk in geheimen["vingerafdrukken"]:
            assert afdruk not in tekst, (relatief, "vingerafdruk van een antwoord")
    # De geheime waarden (de juiste antwoorden) staan niet in de opdracht zelf.
    for opdracht, waarden in geheimen["waarden"].items():
        nb = versie / "exercises" / opdracht / f"opdracht_{opdracht}.ipynb"
        bronnen = "\n".join("".join(c["source"]) for c in json.loads(
            nb.read_text(encoding="utf-8"))["cells"])
        for waarde in waarden:
            assert not re.search(rf"(?<![\w.]){re.escape(waarde)}(?!\w)", bronnen), (nb, waarde)


def test_zip_is_dezelfde_inhoud_en_reproduceerbaar(versie, tmp_path):
    zipbestand = versie.parent / f"{lv.NAAM}.zip"
    with zipfile.ZipFile(zipbestand) as z:
        in_zip = {n for n in z.namelist()}
    in_map = {f"{lv.NAAM}/{p.relative_to(versie)}" for p in versie.rglob("*") if p.is_file()}
    assert in_zip == in_map
    tweede = lv.bouw_leerlingversie(CURSUS, tmp_path / "a")
    derde = lv.bouw_leerlingversie(CURSUS, tmp_path / "b")
    assert (tweede.parent / f"{lv.NAAM}.zip").read_bytes() == (
        derde.parent / f"{lv.NAAM}.zip").read_bytes()


def test_zonder_opdrachten_voor_de_hub(tmp_path):
    map_ = lv.bouw_leerlingversie(CURSUS, tmp_path, met_opdrachten=False, als_zip=False)
    assert not (map_ / "exercises").exists() and (map_ / "notebooks").exists()
    assert not (tmp_path / f"{lv.NAAM}.zip").exists()


def test_controle_stopt_bij_een_oplossing(tmp_path):
    kopie = tmp_path / "cursus"
    shutil.copytree(CURSUS, kopie, ignore=shutil.ignore_patterns(
        ".venv", ".git", "_build", "__pycache__", "solutions", "tests", "website"))
    # Iemand zet per ongeluk de oplossing bij de notebooks.
    shutil.copy(CURSUS / "solutions" / "1.1_data_de_feiten" / "opdracht_1.1_data_de_feiten.ipynb",
                kopie / "notebooks" / "kopie_van_de_oplossing.ipynb")
    with pytest.raises(RuntimeError, match="kopie_van_de_oplossing.ipynb"):
        lv.bouw_leerlingversie(kopie, tmp_path / "uit")
    assert not (tmp_path / "uit" / lv.NAAM).exists()


def test_opdracht_in_cursus_py(tmp_path):
    r = subprocess.run([sys.executable, str(CURSUS / "cursus.py"), "leerlingversie", "--uit",
                        str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / f"{lv.NAAM}.zip").exists() and "Leerlingversie klaar" in r.stdout
