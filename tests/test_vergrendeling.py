"""requirements-lock.txt: de versies waarmee de tests slaagden, gebruikt door cursus.py."""

from __future__ import annotations

import importlib.util
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

CURSUS = Path(__file__).resolve().parent.parent
SLOT = CURSUS / "requirements-lock.txt"


def _cursus_script():
    spec = importlib.util.spec_from_file_location("cursus_script_slot", CURSUS / "cursus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _vastgelegd() -> dict[str, str]:
    regels = [r for r in SLOT.read_text(encoding="utf-8").splitlines()
              if r and not r.startswith("#")]
    assert all("==" in r for r in regels), [r for r in regels if "==" not in r]
    return {canonicalize_name(r.split("==")[0]): r.split("==")[1] for r in regels}


def _eisen() -> list[Requirement]:
    project = tomllib.loads((CURSUS / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(e) for e in
            [*project["dependencies"], *project["optional-dependencies"]["test"]]]


def test_elke_afhankelijkheid_is_vastgelegd_binnen_pyproject():
    vast = _vastgelegd()
    for eis in _eisen():
        naam = canonicalize_name(eis.name)
        assert naam in vast, f"{eis.name} ontbreekt in requirements-lock.txt"
        assert eis.specifier.contains(vast[naam], prereleases=True), (
            f"{eis.name}=={vast[naam]} past niet bij {eis} uit pyproject.toml")
    assert "schooldata-lit" not in vast and "pip" not in vast


def test_de_tests_draaien_met_de_vastgelegde_versies():
    vast = _vastgelegd()
    anders = {}
    for eis in _eisen():
        naam = canonicalize_name(eis.name)
        if metadata.version(eis.name) != vast[naam]:
            anders[eis.name] = (metadata.version(eis.name), vast[naam])
    assert not anders, ("Deze omgeving wijkt af van requirements-lock.txt (geïnstalleerd, "
                        f"vastgelegd): {anders}. Voer python3 cursus.py vergrendel uit.")


def test_klaarzetten_installeert_met_de_vastgelegde_versies(monkeypatch, tmp_path):
    cursus = _cursus_script()
    opdrachten: list[list[str]] = []
    monkeypatch.setattr(cursus, "STEMPEL", tmp_path / "stempel")
    monkeypatch.setattr(cursus, "_nederlandstalig", lambda: None)
    monkeypatch.setattr(cursus, "_bin", lambda naam: Path(cursus.sys.executable))
    monkeypatch.setattr(cursus, "_voer_uit", lambda o: opdrachten.append([str(d) for d in o]) or 0)
    cursus.klaarzetten()
    installatie = opdrachten[-1]
    assert installatie[-2:] == ["-e", ".[test]"]
    assert installatie[installatie.index("-c") + 1] == str(SLOT)
    # een nieuw slotbestand is een nieuwe vingerafdruk: dan wordt er opnieuw geïnstalleerd
    assert (tmp_path / "stempel").read_text() == cursus._vingerafdruk()


def test_vergrendel_laat_het_slot_staan_als_de_tests_falen(monkeypatch, tmp_path):
    cursus = _cursus_script()
    opdrachten: list[list[str]] = []

    def voer_uit(opdracht):
        opdrachten.append([str(d) for d in opdracht])
        return 1 if "pytest" in opdrachten[-1] else 0

    monkeypatch.setattr(cursus, "_voer_uit", voer_uit)
    monkeypatch.setattr(cursus, "STEMPEL", tmp_path / "stempel")
    voor = SLOT.read_bytes()
    assert cursus.vergrendel(["-x"]) == 1
    assert SLOT.read_bytes() == voor
    assert "--upgrade" in opdrachten[0] and opdrachten[1][-3:] == ["-m", "pytest", "-x"]
    assert opdrachten[2][opdrachten[2].index("-c") + 1] == str(SLOT)
    assert not (tmp_path / "stempel").exists()


def test_vergrendel_schrijft_het_slot_als_de_tests_slagen(monkeypatch, tmp_path):
    cursus = _cursus_script()
    slot = tmp_path / "requirements-lock.txt"
    monkeypatch.setattr(cursus, "VERGRENDELING", slot)
    monkeypatch.setattr(cursus, "STEMPEL", tmp_path / "stempel")
    echte = cursus._voer_uit
    monkeypatch.setattr(cursus, "_voer_uit",
                        lambda o: echte(o) if "-c" in map(str, o[:2]) else 0)
    monkeypatch.setattr(cursus, "_bin", lambda naam: Path(cursus.sys.executable))
    assert cursus.vergrendel([]) == 0
    tekst = slot.read_text(encoding="utf-8")
    assert "python3 cursus.py vergrendel" in tekst
    assert f"pandas=={metadata.version('pandas')}" in tekst
    assert "schooldata-lit==" not in tekst.lower()
