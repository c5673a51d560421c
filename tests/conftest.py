"""Gedeelde fixtures voor de tests, de verdeling van de tests over de processen, en de
looptijd van elke notebook.

De testreeks draait standaard in parallel (`-n auto` in pyproject.toml, pytest-xdist). Een
bestand blijft bij één proces: de cellen van een notebook (nbval) delen één kernel, en de
tests van een module delen hun fixtures. Enkel tests/test_beoordeling.py wordt per opdracht
verdeeld: elke opdracht wordt apart verbeterd, en dat is het grootste werk.

nbval voert elke notebook in `notebooks/` uit in een verse kernel, van boven naar onder, zoals
een cursist met *Restart Kernel and Run All Cells*. Na de laatste cel van elke notebook komt
een test `::looptijd` die meet hoe lang dat duurde (kernel starten plus alle cellen): minder
dan `GRENS_NOTEBOOK` seconden. Zo wordt geen notebook twee keer uitgevoerd.
"""

from __future__ import annotations

import csv
import time
from collections import OrderedDict
from pathlib import Path

import pytest

import schooldata_lit as sd

#: Wat het langst duurt, wordt eerst uitgedeeld (de rest vult de gaten op).
_EERST = ("tests/test_beoordeling.py", "notebooks/", "tests/test_browser.py")


def groep_van(nodeid: str) -> str:
    """De groep van een test: tests in dezelfde groep draaien in hetzelfde proces.

    >>> groep_van("tests/test_beoordeling.py::test_x[1.5_klas-fout_antwoord_1_1]")
    'tests/test_beoordeling.py[1.5_klas]'
    >>> groep_van("notebooks/1.1_data.ipynb::Cell 3")
    'notebooks/1.1_data.ipynb'
    """
    pad, _, rest = nodeid.partition("::")
    if pad.endswith("tests/test_beoordeling.py") and "[" in rest:
        opdracht = rest.split("[", 1)[1].split("-", 1)[0].rstrip("]")
        return f"{pad}[{opdracht}]"
    return pad


def pytest_xdist_make_scheduler(config, log):
    """Bij `--dist loadscope` (de standaard): verdeel per groep (zie `groep_van`), de
    zwaarste groepen eerst. Een andere `--dist` blijft zoals pytest-xdist hem maakt."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    def gewicht(nodeid: str) -> int:
        return next((i for i, p in enumerate(_EERST) if nodeid.startswith(p)), len(_EERST))

    class PerGroep(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return groep_van(nodeid)

        def _assign_work_unit(self, node) -> None:
            if not getattr(self, "_geordend", False):
                # stabiel gesorteerd: verder de volgorde van het verzamelen
                self.workqueue = OrderedDict(sorted(self.workqueue.items(),
                                                    key=lambda groep: gewicht(groep[0])))
                self._geordend = True
            super()._assign_work_unit(node)

    config.option.loadscopereorder = False
    return PerGroep(config, log)


CURSUS = Path(__file__).resolve().parents[1]
GRENS_NOTEBOOK = 20.0  # seconden per notebook, kernel starten inbegrepen
VERSLAG_LOOPTIJDEN = CURSUS / "_build" / "notebook_looptijden.csv"
_LOOPTIJD: dict[Path, list[float]] = {}  # notebook → [begin, einde] van zijn cellen


def _is_notebookcel(item) -> bool:
    return type(item).__name__ == "IPyNbCell" and (CURSUS / "notebooks") in item.path.parents


class Looptijd(pytest.Item):
    """Hoe lang de notebook liep onder nbval: van het starten van de kernel tot het einde van
    de laatste cel. Schrijft de tijden ook naar `_build/notebook_looptijden.csv`."""

    def runtest(self) -> None:
        begin, einde = _LOOPTIJD[self.path]
        duur = einde - begin
        VERSLAG_LOOPTIJDEN.parent.mkdir(exist_ok=True)
        oud: dict[str, str] = {}
        if VERSLAG_LOOPTIJDEN.exists():
            with VERSLAG_LOOPTIJDEN.open(encoding="utf-8") as f:
                oud = {r["notebook"]: r["seconden"] for r in csv.DictReader(f)}
        oud[self.path.stem] = f"{duur:.1f}"
        with VERSLAG_LOOPTIJDEN.open("w", encoding="utf-8", newline="") as f:
            schrijver = csv.writer(f)
            schrijver.writerow(["notebook", "seconden"])
            schrijver.writerows(sorted(oud.items()))
        assert duur < GRENS_NOTEBOOK, (
            f"{self.path.name} liep {duur:.1f} s (grens {GRENS_NOTEBOOK:.0f} s)")

    def reportinfo(self):
        return self.path, None, f"looptijd van {self.path.name}"


def pytest_collection_modifyitems(session, config, items) -> None:
    """Zet na de laatste cel van elke notebook in `notebooks/` een `::looptijd`-test."""
    nieuw = []
    for i, item in enumerate(items):
        nieuw.append(item)
        volgende = items[i + 1] if i + 1 < len(items) else None
        if _is_notebookcel(item) and (volgende is None or volgende.path != item.path
                                      or not _is_notebookcel(volgende)):
            nieuw.append(Looptijd.from_parent(item.parent, name="looptijd"))
    items[:] = nieuw


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Meet van elke notebookcel begin (de eerste start ook de kernel) en einde."""
    if not _is_notebookcel(item):
        yield
        return
    begin = time.perf_counter()
    yield
    tijden = _LOOPTIJD.setdefault(item.path, [begin, begin])
    tijden[1] = time.perf_counter()


@pytest.fixture(scope="session")
def school() -> dict:
    """Alle datasets van de cursusschool, één keer geladen."""
    return {naam: sd.laad_dataset(naam) for naam in sd.beschikbare_datasets()}
