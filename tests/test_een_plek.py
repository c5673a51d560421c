"""Eén plek per feit: het zaad, de peildata, de drempels van elke regel, de rollen en de
afhankelijkheden (pyproject.toml en environment.yml)."""

from __future__ import annotations

import inspect
import re
import tomllib
from pathlib import Path

import pytest
import yaml

from schooldata_lit.cli import maak_parser
from schooldata_lit.kern import CURSUSZAAD
from schooldata_lit.kern.structuur import HUIDIG_SCHOOLJAAR, kalender, peildata
from schooldata_lit.knipperlichten import REGELS
from schooldata_lit.privacy import ROLLEN

CURSUS = Path(__file__).resolve().parent.parent

#: Pakketten die in conda-forge anders heten dan op PyPI.
CONDA_NAAR_PIP = {"python-kaleido": "kaleido"}


def _naam_en_versie(eis: str) -> tuple[str, str]:
    m = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(.*)", eis)
    naam = m.group(1).lower().replace("_", "-")
    return CONDA_NAAR_PIP.get(naam, naam), m.group(2).replace(" ", "")


def test_environment_yml_en_pyproject_noemen_dezelfde_pakketten():
    project = tomllib.loads((CURSUS / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pip = dict(_naam_en_versie(e) for e in
               [*project["dependencies"], *project["optional-dependencies"]["test"]])
    omgeving = yaml.safe_load((CURSUS / "environment.yml").read_text(encoding="utf-8"))
    conda = {}
    for eis in omgeving["dependencies"]:
        for e in (eis["pip"] if isinstance(eis, dict) else [eis]):
            if e.startswith("-") or e.split(">")[0].split("=")[0] in {"python", "pip"}:
                continue
            naam, versie = _naam_en_versie(e)
            conda[naam] = versie
    assert conda == pip


def test_het_standaardzaad_staat_op_een_plek():
    from schooldata_lit.generator import genereer, genereer_school
    from schooldata_lit.kern.datawoordenboek import (
        datawoordenboek_markdown,
        schrijf_datawoordenboek,
    )

    for functie in (genereer, genereer_school, datawoordenboek_markdown, schrijf_datawoordenboek):
        assert inspect.signature(functie).parameters["zaad"].default == CURSUSZAAD
    sub = next(a for a in maak_parser()._actions if a.dest == "opdracht")
    for opdracht in ("genereer", "datawoordenboek"):
        assert sub.choices[opdracht].get_default("zaad") == CURSUSZAAD
    letterlijk = re.compile(rf"zaad(?:: int)? ?= ?{CURSUSZAAD}\b|default={CURSUSZAAD}\b")
    for pad in (CURSUS / "schooldata_lit").rglob("*.py"):
        assert not letterlijk.search(pad.read_text(encoding="utf-8")), (
            f"{pad}: gebruik schooldata_lit.kern.CURSUSZAAD")


def test_peildata_komen_uit_de_kalender():
    from schooldata_lit.schermen.verkenners import PEILDATA

    assert peildata(HUIDIG_SCHOOLJAAR) == PEILDATA
    lesdagen = kalender(HUIDIG_SCHOOLJAAR)["datum"]
    assert all(lesdagen.min() < __import__("pandas").Timestamp(d) <= lesdagen.max()
               for d in PEILDATA.values())
    assert peildata("2019-2020")["eind juni"] == "2020-06-30"


@pytest.mark.parametrize("code", list(REGELS))
def test_elke_drempel_staat_bij_zijn_regel_en_het_dashboard_leest_hem(code):
    from schooldata_lit.schermen.knipperlichtendashboard import _schuif

    for naam, d in REGELS[code].drempels.items():
        assert d.minimum <= d.standaard <= d.maximum and d.stap > 0, (code, naam)
        if d.geheel:
            assert all(float(x).is_integer() for x in (d.standaard, d.minimum, d.maximum, d.stap))
        schuif = _schuif(naam, d)
        assert (schuif.value, schuif.min, schuif.max, schuif.step) == (
            d.standaard, d.minimum, d.maximum, d.stap)
        assert REGELS[code].instellingen[naam] == d.standaard


def test_rollen_en_hun_niveaus_staan_bij_de_rol():
    from schooldata_lit.schermen.dashboards import NIVEAUS_PER_ROL

    assert {n: r.schoolniveaus for n, r in ROLLEN.items()} == NIVEAUS_PER_ROL
    for rol in ROLLEN.values():
        assert rol.titel and rol.schoolniveaus
        assert set(rol.schoolniveaus) <= {"leerling", "klas", "leerjaar", "school"}
