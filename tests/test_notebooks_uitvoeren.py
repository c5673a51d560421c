"""Elke notebook loopt van boven naar onder zonder fout, in minder dan 20 seconden.

nbval voert elke notebook in `notebooks/` uit in een verse kernel en vergelijkt de uitvoer met
de bewaarde uitvoer; een fout in een cel doet die cel falen. Na de laatste cel meet de test
`notebooks/<naam>.ipynb::looptijd` (zie tests/conftest.py) hoe lang kernel en cellen samen
liepen (grens: `GRENS_NOTEBOOK`), en schrijft de looptijden naar
`_build/notebook_looptijden.csv`. Zo wordt elke notebook één keer uitgevoerd, niet twee keer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import GRENS_NOTEBOOK

CURSUS = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((CURSUS / "notebooks").glob("*.ipynb"))


def test_er_zijn_notebooks():
    namen = {p.stem for p in NOTEBOOKS}
    verwacht = {"00_welkom", "1.1_data_de_feiten", "1.2_databronnen_en_datakwaliteit",
                "1.3_knipperlichten_resultaten", "1.4_aanwezigheid_en_betrokkenheid",
                "1.5_klas_leerjaar_school", "1.6_privacy_en_ethiek",
                "1.7_datateam_en_dataplan", "1.8_data_storytelling",
                "2.1_onderzoekende_professional", "2.2_bevragen", "2.3_schoolbeleid",
                "2.4_onderwijskwaliteit", "eigen_data"}
    assert verwacht <= namen
    assert 0 < GRENS_NOTEBOOK <= 20


def test_elke_notebook_krijgt_een_looptijdtest():
    """Het verzamelen zet na de laatste cel van elke notebook precies één `::looptijd`."""
    uit = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", "--nbval",
         "-o", "addopts=", "notebooks", "tests/test_notebooks_uitvoeren.py"],
        cwd=CURSUS, capture_output=True, text=True, timeout=120).stdout.splitlines()
    looptijden = [r.split("::")[0] for r in uit if r.endswith("::looptijd")]
    assert sorted(looptijden) == sorted(f"notebooks/{p.name}" for p in NOTEBOOKS)
    for pad in looptijden:  # de looptijd komt na de laatste cel van zijn notebook
        eigen = [i for i, r in enumerate(uit) if r.startswith(f"{pad}::")]
        assert uit[eigen[-1]] == f"{pad}::looptijd"
