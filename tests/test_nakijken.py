"""`schooldata-lit controleer`: een opdracht nakijken in het Nederlands, zonder testcode.

We kijken een lege opdracht na en een ingevulde (de antwoorden uit solutions/, met één
antwoord in de verkeerde vorm), zoals nbgrader ze valideert.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
from browser_hulp import CURSUS

from schooldata_lit.cli import main
from schooldata_lit.oefeningen.nakijken import nakijken

pytestmark = pytest.mark.timeout(300)

OPDRACHT = "00_kennismaking"
BESTAND = f"opdracht_{OPDRACHT}.ipynb"
#: wat nbgraders eigen venster toont en een cursist niet hoort te zien
ENGELS_OF_CODE = ("The following cell", "You did not provide", "Traceback", "controleer(",
                  "VALIDATION", "Success!")


@pytest.fixture
def cursus(tmp_path):
    """Een kopie van de opdracht met nbgrader_config.py, zoals in een cursusmap."""
    shutil.copy2(CURSUS / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    (tmp_path / "solutions").mkdir()
    shutil.copytree(CURSUS / "exercises" / OPDRACHT, tmp_path / "exercises" / OPDRACHT)
    return tmp_path


def _ingevuld(cursus, antwoord_1: str):
    """De opdracht met de antwoorden uit solutions/, en `antwoord_1` als eerste antwoord."""
    pad = cursus / "exercises" / OPDRACHT / BESTAND
    oplossing = json.loads((CURSUS / "solutions" / OPDRACHT / BESTAND).read_text("utf-8"))
    bron = {c["metadata"].get("nbgrader", {}).get("grade_id"): "".join(c["source"])
            for c in oplossing["cells"]}
    nb = json.loads(pad.read_text("utf-8"))
    for cel in nb["cells"]:
        meta = cel["metadata"].get("nbgrader", {})
        if meta.get("solution"):
            tekst = re.sub(r"### (BEGIN|END) SOLUTION\n?", "", bron[meta["grade_id"]])
            cel["source"] = antwoord_1 if meta["grade_id"] == "antwoord_1" else tekst
    pad.write_text(json.dumps(nb), encoding="utf-8")
    return pad


def test_lege_opdracht(cursus, capsys):
    pad = cursus / "exercises" / OPDRACHT / BESTAND
    assert main(["controleer", str(pad)]) == 1
    uit = capsys.readouterr().out
    assert uit.startswith(f"{BESTAND}: 6 vragen staan nog open.")
    for nummer in (1, 2, 3, 5, 6):
        assert f"- Vraag {nummer}: nog niet beantwoord" in uit, uit
    assert "- Vraag 4 (denkvraag): nog niet ingevuld." in uit, uit
    for woord in ENGELS_OF_CODE:
        assert woord not in uit, f"{woord!r} in:\n{uit}"


def test_ingevulde_opdracht_met_een_verkeerde_vorm(cursus, capsys):
    pad = _ingevuld(cursus, 'antwoord_1 = "drie"')
    open_ = nakijken(pad)
    # de ingevulde denkvraag telt niet als open ("You did not provide a response" bij nbgrader
    # enkel als de tekstcel leeg bleef); enkel de vorm van antwoord 1 is nog niet in orde
    assert [o.vraag for o in open_] == ["Vraag 1"], open_
    assert open_[0].uitleg.startswith("antwoord_1 is de tekst 'drie', en daarin lezen we "
                                      "geen getal"), open_[0].uitleg
    pad = _ingevuld(cursus, "antwoord_1 = 3")
    assert main(["controleer", str(pad)]) == 0
    uit = capsys.readouterr().out
    assert "alle vragen zijn beantwoord en elke controle slaagt" in uit, uit
