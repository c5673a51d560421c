"""Gemaakte inzendingen voor één echte opdracht: juist, met een fout antwoord, of blanco.

Voor tests/test_hub.py (de hub) en tests/test_lms_zip.py (een zip uit de leeromgeving). De
juiste antwoorden komen uit `solutions/`, de foute uit `tests/foute_antwoorden/`.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import yaml

CURSUS = Path(__file__).resolve().parents[1]


def bron(opdracht: str) -> dict:
    pad = CURSUS / "solutions" / opdracht / f"opdracht_{opdracht}.ipynb"
    return json.loads(pad.read_text(encoding="utf-8"))


def _nbg(cel: dict) -> dict:
    return cel.get("metadata", {}).get("nbgrader", {})


def _tekst(cel: dict) -> str:
    b = cel.get("source", "")
    return "".join(b) if isinstance(b, list) else b


def automatische_punten(opdracht: str) -> dict[str, float]:
    """Per antwoordcel de punten van de testcellen die erop volgen (uit de bron)."""
    punten: dict[str, float] = {}
    huidige = None
    for cel in bron(opdracht)["cells"]:
        m = _nbg(cel)
        if cel["cell_type"] == "code" and m.get("solution") and not m.get("grade"):
            huidige = m["grade_id"]
            punten[huidige] = 0.0
        elif cel["cell_type"] == "code" and m.get("grade") and not m.get("solution") and huidige:
            punten[huidige] += float(m.get("points", 0))
    return punten


def verborgen_regels(opdracht: str) -> list[str]:
    """De regels van de verborgen tests (lang genoeg om uniek te zijn, zonder imports)."""
    regels = []
    for cel in bron(opdracht)["cells"]:
        binnen = False
        for regel in _tekst(cel).split("\n"):
            if "BEGIN HIDDEN TESTS" in regel:
                binnen = True
            elif "END HIDDEN TESTS" in regel:
                binnen = False
            elif binnen and len(regel.strip()) >= 12 and "import" not in regel:
                regels.append(regel.strip())
    return regels


def eerste_fout_antwoord(opdracht: str) -> tuple[str, str]:
    """(antwoordcel, code) van het eerste typische foute antwoord op de eerste vraag."""
    fixture = yaml.safe_load((CURSUS / "tests" / "foute_antwoorden" / f"{opdracht}.yaml")
                             .read_text(encoding="utf-8"))["foute_antwoorden"]
    vraag = next(iter(automatische_punten(opdracht)))
    return vraag, fixture[vraag][0]["code"]


def ingevuld(vrijgegeven: dict, opdracht: str, fout: dict[str, str] | None = None) -> dict:
    """De vrijgegeven notebook met de antwoorden uit de bron; `fout` vervangt er enkele."""
    oplossing = {_nbg(c).get("grade_id"): "\n".join(
        r for r in _tekst(c).split("\n") if "BEGIN SOLUTION" not in r and "END SOLUTION" not in r)
        for c in bron(opdracht)["cells"] if _nbg(c).get("solution")}
    nb = copy.deepcopy(vrijgegeven)
    for cel in nb["cells"]:
        gid = _nbg(cel).get("grade_id")
        if _nbg(cel).get("solution") and gid in oplossing:
            cel["source"] = (fout or {}).get(gid, oplossing[gid])
    return nb


def drie_inzendingen(vrijgegeven: dict, opdracht: str) -> tuple[dict, dict, dict, dict]:
    """(juist, fout, blanco, verwachte punten per soort) voor één opdracht."""
    punten = automatische_punten(opdracht)
    totaal = sum(punten.values())
    vraag, code = eerste_fout_antwoord(opdracht)
    return (ingevuld(vrijgegeven, opdracht), ingevuld(vrijgegeven, opdracht, {vraag: code}),
            copy.deepcopy(vrijgegeven),
            {"juist": totaal, "fout": totaal - punten[vraag], "blanco": 0.0})
