"""Elke notebook loopt van boven naar onder zonder fout, in minder dan 20 seconden.

nbval vergelijkt daarnaast de uitvoer met de bewaarde uitvoer. Deze test voert elke notebook
in een verse kernel uit (zoals een cursist met *Restart Kernel and Run All Cells*), meet hoe
lang dat duurt en schrijft de looptijden naar `_build/notebook_looptijden.csv`.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

CURSUS = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((CURSUS / "notebooks").glob("*.ipynb"))
GRENS = 20.0  # seconden per notebook
VERSLAG = CURSUS / "_build" / "notebook_looptijden.csv"


@pytest.fixture(scope="module")
def looptijden():
    tijden: dict[str, float] = {}
    yield tijden
    VERSLAG.parent.mkdir(exist_ok=True)
    oud = {}
    if VERSLAG.exists():
        with VERSLAG.open(encoding="utf-8") as f:
            oud = {r["notebook"]: r["seconden"] for r in csv.DictReader(f)}
    oud.update({k: f"{v:.1f}" for k, v in tijden.items()})
    with VERSLAG.open("w", encoding="utf-8", newline="") as f:
        schrijver = csv.writer(f)
        schrijver.writerow(["notebook", "seconden"])
        schrijver.writerows(sorted(oud.items()))


def test_er_zijn_notebooks():
    namen = {p.stem for p in NOTEBOOKS}
    verwacht = {"00_welkom", "1.1_data_de_feiten", "1.2_databronnen_en_datakwaliteit",
                "1.3_knipperlichten_resultaten", "1.4_aanwezigheid_en_betrokkenheid",
                "1.5_klas_leerjaar_school", "1.6_privacy_en_ethiek",
                "1.7_datateam_en_dataplan", "1.8_data_storytelling",
                "2.1_onderzoekende_professional", "2.2_bevragen", "2.3_schoolbeleid",
                "2.4_onderwijskwaliteit", "eigen_data"}
    assert verwacht <= namen


@pytest.mark.timeout(180)
@pytest.mark.parametrize("pad", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_loopt_zonder_fout_en_snel(pad, looptijden, tmp_path):
    nb = nbformat.read(pad, as_version=4)
    for cel in nb.cells:
        if cel.cell_type == "code":
            cel.outputs, cel.execution_count = [], None
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(pad.parent)}})
    start = time.perf_counter()
    client.execute()  # een fout in een cel geeft hier een CellExecutionError
    duur = time.perf_counter() - start
    looptijden[pad.stem] = duur
    fouten = [o for cel in nb.cells if cel.cell_type == "code" for o in cel.outputs
              if o.output_type == "error"]
    assert not fouten
    assert duur < GRENS, f"{pad.name} liep {duur:.1f} s (grens {GRENS:.0f} s)"
