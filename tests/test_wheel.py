"""De cursus als wheel: gebouwd, in een nieuwe omgeving geïnstalleerd, werkt buiten de cursusmap."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from schooldata_lit.kern import paden

CURSUS = Path(__file__).resolve().parent.parent
MEE = ["pyproject.toml", "README.md", "LICENSE", "schooldata_lit", "datasets", "voorbeelden"]

CONTROLE = """
import json, schooldata_lit as sd
from schooldata_lit.kern.data import datamap
leerlingen = sd.laad_dataset("leerlingen")
antwoorden = sd.lees_antwoorden(sd.VOORBEELDMAP / "google_forms_leerlingen.csv", "leerlingen")
print(json.dumps({"pakket": sd.__file__, "datamap": str(datamap()),
                  "voorbeelden": str(sd.VOORBEELDMAP), "leerlingen": len(leerlingen),
                  "antwoorden": len(antwoorden), "datasets": sd.beschikbare_datasets()}))
"""


def _in(pad: str, map_: Path) -> bool:
    return Path(pad).resolve().is_relative_to(map_.resolve())


def test_wheel_werkt_in_een_nieuwe_omgeving_buiten_de_cursusmap(tmp_path):
    bron = tmp_path / "bron"
    for naam in MEE:
        if (CURSUS / naam).is_dir():
            shutil.copytree(CURSUS / naam, bron / naam, ignore=shutil.ignore_patterns(
                "__pycache__", "*.pyc", ".ipynb_checkpoints"))
        else:
            bron.mkdir(exist_ok=True)
            shutil.copy2(CURSUS / naam, bron / naam)
    # zonder bouwisolatie: setuptools komt uit de cursusomgeving (geen internet nodig, snel)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path / "dist"), str(bron)], check=True, timeout=300)
    wheel, = (tmp_path / "dist").glob("schooldata_lit-*.whl")

    nieuw = tmp_path / "nieuw"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(nieuw)], check=True)
    python = nieuw / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                                "['purelib'])"], capture_output=True, text=True,
                               check=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    "--target", str(site), str(wheel)], check=True, timeout=300)
    # pandas, plotly, ... uit de cursusomgeving (na het pakket zelf op sys.path)
    (site / "cursusomgeving.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    elders = tmp_path / "elders"
    elders.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "SCHOOLDATA_MAP", "SCHOOLDATA_VOORBEELDEN", "VIRTUAL_ENV"}}
    uit = subprocess.run([python, "-c", CONTROLE], capture_output=True, text=True, cwd=elders,
                         env=env, timeout=300)
    assert uit.returncode == 0, uit.stderr
    gezien = json.loads(uit.stdout.strip().splitlines()[-1])
    assert _in(gezien["pakket"], site), gezien
    assert _in(gezien["datamap"], site) and _in(gezien["voorbeelden"], site), gezien
    assert gezien["leerlingen"] > 0 and gezien["antwoorden"] == 24
    assert sorted(gezien["datasets"]) == sorted(p.stem for p in (CURSUS / "datasets").glob("*.csv"))


def test_ontbrekende_map_geeft_een_nederlandse_uitleg(monkeypatch, tmp_path):
    monkeypatch.setattr(paden, "_kandidaten", lambda naam: [tmp_path / "a" / naam])
    with pytest.raises(FileNotFoundError, match=r"stel_datamap_in.*SCHOOLDATA_MAP"):
        paden.cursusdata("datasets")
    with pytest.raises(FileNotFoundError, match="SCHOOLDATA_VOORBEELDEN"):
        paden.cursusdata("voorbeelden")
    assert paden.cursusdata("datasets", controleer=False) == tmp_path / "a" / "datasets"
    monkeypatch.setenv("SCHOOLDATA_VOORBEELDEN", str(tmp_path))
    assert paden.cursusdata("voorbeelden") == tmp_path


def test_pyproject_noemt_elk_deel_van_de_bibliotheek():
    instellingen = tomllib.loads((CURSUS / "pyproject.toml").read_text(encoding="utf-8"))
    pakketten = set(instellingen["tool"]["setuptools"]["packages"])
    delen = {".".join(p.parent.relative_to(CURSUS).parts)
             for p in (CURSUS / "schooldata_lit").rglob("__init__.py")}
    mappen = set(instellingen["tool"]["setuptools"]["package-dir"])
    assert pakketten == delen | mappen
