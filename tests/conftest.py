"""Gedeelde fixtures voor de tests, en de verdeling van de tests over de processen.

De testreeks draait standaard in parallel (`-n auto` in pyproject.toml, pytest-xdist). Een
bestand blijft bij één proces: de cellen van een notebook (nbval) delen één kernel, en de
tests van een module delen hun fixtures. Enkel tests/test_beoordeling.py wordt per opdracht
verdeeld: elke opdracht wordt apart verbeterd, en dat is het grootste werk.
"""

from __future__ import annotations

from collections import OrderedDict

import pytest

import schooldata_lit as sd

#: Wat het langst duurt, wordt eerst uitgedeeld (de rest vult de gaten op).
_EERST = ("tests/test_beoordeling.py", "notebooks/", "tests/test_browser.py",
          "tests/test_notebooks_uitvoeren.py")


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


@pytest.fixture(scope="session")
def school() -> dict:
    """Alle datasets van de cursusschool, één keer geladen."""
    return {naam: sd.laad_dataset(naam) for naam in sd.beschikbare_datasets()}
