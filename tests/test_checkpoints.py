"""Reservekopieën van JupyterLab (``.ipynb_checkpoints/``) breken niets.

Wie een bestand opent in JupyterLab, krijgt ernaast een map ``.ipynb_checkpoints`` met een
kopie. Die map hoort niet bij de cursus: de vrijgave van de opdrachten, de website en de
tests moeten ze overslaan. We maken zulke mappen in een kopie van de cursus en controleren
dat de hulpmiddelen hetzelfde opleveren als zonder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from website_hulp import laad_bouwscript

from schooldata_lit.oefeningen import (
    CHECKPOINTS,
    cursusbestanden,
    is_checkpoint,
    maak_oefeningen,
)

CURSUS = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.timeout(300)




def _zet_checkpoints(map_: Path) -> int:
    """Maak naast elk notebook- en markdownbestand een reservekopie, zoals JupyterLab doet."""
    aantal = 0
    for pad in [*map_.rglob("*.ipynb"), *map_.rglob("*.md")]:
        if is_checkpoint(pad.relative_to(map_)):
            continue
        kopieen = pad.parent / CHECKPOINTS
        kopieen.mkdir(exist_ok=True)
        shutil.copy2(pad, kopieen / f"{pad.stem}-checkpoint{pad.suffix}")
        aantal += 1
    return aantal


@pytest.fixture(scope="module")
def kopie(tmp_path_factory) -> Path:
    """Een kopie van de cursus met overal reservekopieën van JupyterLab."""
    doel = tmp_path_factory.mktemp("cursus") / "cursus"
    doel.mkdir()
    for map_ in ("notebooks", "leerpaden", "lesgevers", "exercises", "solutions", "website"):
        shutil.copytree(CURSUS / map_, doel / map_,
                        ignore=shutil.ignore_patterns(CHECKPOINTS, "__pycache__"))
    shutil.copy2(CURSUS / "nbgrader_config.py", doel / "nbgrader_config.py")
    assert _zet_checkpoints(doel) > 20
    return doel


def test_cursusbestanden_slaan_reservekopieen_over(kopie):
    alle = sorted(p for p in (kopie / "leerpaden").glob("**/*.md"))
    assert any(is_checkpoint(p) for p in alle), "de proef heeft reservekopieën nodig"
    zonder = cursusbestanden(kopie / "leerpaden", "**/*.md")
    assert zonder and not any(is_checkpoint(p) for p in zonder)
    assert [p.name for p in zonder] == sorted(
        p.name for p in (CURSUS / "leerpaden").glob("**/*.md") if not is_checkpoint(p))


@pytest.mark.parametrize("versie", ["leerling", "lesgever"])
def test_website_bron_zonder_reservekopieen(kopie, tmp_path, monkeypatch, versie):
    bouw = laad_bouwscript()
    monkeypatch.setattr(bouw, "CURSUS", kopie)
    bron = tmp_path / "bron"
    inhoud = bouw.maak_bron(versie, bron)
    assert CHECKPOINTS not in yaml.safe_dump(inhoud)
    assert "checkpoint" not in yaml.safe_dump(inhoud)
    assert not [p for p in bron.rglob("*") if "checkpoint" in p.name], "reservekopie in de site"


def test_vrijgave_zonder_reservekopieen(kopie):
    """maak_oefeningen negeert reservekopieën in solutions/ en exercises/ blijft gelijk."""
    opdracht = sorted(p.name for p in (kopie / "solutions").iterdir()
                      if p.is_dir() and not p.name.startswith("."))[0]
    assert (kopie / "solutions" / opdracht / CHECKPOINTS).is_dir()
    gemaakt = maak_oefeningen([opdracht], cursusmap=kopie)
    assert gemaakt == [kopie / "exercises" / opdracht]
    nieuw = kopie / "exercises" / opdracht
    assert not (nieuw / CHECKPOINTS).exists()
    verwacht = [p.relative_to(CURSUS / "exercises" / opdracht)
                for p in cursusbestanden(CURSUS / "exercises" / opdracht)]
    assert [p.relative_to(nieuw) for p in cursusbestanden(nieuw)] == verwacht
    # en een reservekopie naast een vrijgegeven opdracht (de cursist opende ze) telt niet mee
    (nieuw / CHECKPOINTS).mkdir()
    (nieuw / CHECKPOINTS / "x-checkpoint.ipynb").write_text("{}")
    assert [p.relative_to(nieuw) for p in cursusbestanden(nieuw)] == verwacht

