"""De woordenlijst: elk vakwoord dat de notebooks gebruiken, staat erin, en de notebooks linken
er bij het eerste gebruik naartoe."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from woordenlijst_hulp import (
    CURSUS,
    WOORDENLIJST,
    eerste_gebruik,
    glossariumlinks,
    koppel,
    termen,
)

NOTEBOOKS = sorted((CURSUS / "notebooks").glob("*.ipynb"))
TERMEN = termen()
ANKERS = {t.anker for t in TERMEN}


def _tekstcellen(pad: Path) -> list[str]:
    return [c.source for c in nbformat.read(pad, as_version=4).cells
            if c.cell_type == "markdown"]


def test_woordenlijst_is_compleet_en_alfabetisch():
    assert len(TERMEN) >= 40
    namen = [t.term.lower() for t in TERMEN]
    assert namen == sorted(namen, key=lambda s: s.replace("p-", "p")), "alfabetische volgorde"
    assert len(ANKERS) == len(TERMEN), "elk anker komt één keer voor"
    tekst = WOORDENLIJST.read_text(encoding="utf-8")
    for term in TERMEN:
        stuk = tekst.split(f"## {term.term}\n", 1)[1].split("\n## ", 1)[0]
        uitleg = [r for r in stuk.strip().splitlines() if r and not r.startswith("*Ook:*")]
        assert len(" ".join(uitleg)) > 60, f"{term.term}: de uitleg is te kort"
    # de vakwoorden van de bewijsregels staan er zeker in
    for nodig in ("betrouwbaarheidsinterval", "meervoudig-vergelijken", "regressie-naar-het-"
                  "gemiddelde", "basisratio", "precisie", "parallelle-toets",
                  "paradox-van-simpson", "permutatietoets", "p-waarde", "peildatum"):
        assert nodig in ANKERS, nodig


def test_interval_wordt_niet_als_kans_uitgelegd():
    tekst = WOORDENLIJST.read_text(encoding="utf-8")
    stuk = tekst.split("## Betrouwbaarheidsinterval\n", 1)[1].split("\n## ", 1)[0]
    assert "**niet** \"95 % kans" in stuk


@pytest.mark.parametrize("pad", NOTEBOOKS, ids=lambda p: p.stem)
def test_elk_vakwoord_is_bij_het_eerste_gebruik_gelinkt(pad):
    bronnen = _tekstcellen(pad)
    for term in TERMEN:
        if len(term.term) < 2:
            continue  # "n" staat overal; de woordenlijst legt het uit
        gevonden = eerste_gebruik(bronnen, term)
        if gevonden is None:
            continue
        nummer, treffer, anker = gevonden
        assert anker == term.anker, (
            f"{pad.name}, tekstcel {nummer}: het eerste gebruik van {treffer.group(0)!r} is geen "
            f"link naar leerpaden/woordenlijst.md#{term.anker} (koppel met "
            f"'python tests/woordenlijst_hulp.py {pad.relative_to(CURSUS)}')")


@pytest.mark.parametrize("pad", NOTEBOOKS, ids=lambda p: p.stem)
def test_elk_gemarkeerd_vakwoord_staat_in_de_woordenlijst(pad):
    for tekst in _tekstcellen(pad):
        for anker in glossariumlinks(tekst):
            assert anker in ANKERS, f"{pad.name}: '#{anker}' staat niet in de woordenlijst"


def test_website_en_leerpaden_linken_naar_de_woordenlijst():
    for pagina in (CURSUS / "leerpaden" / "index.md", CURSUS / "website" / "welkom.md"):
        tekst = pagina.read_text(encoding="utf-8")
        assert re.search(r"\]\((?:\.\./)?(?:leerpaden/)?woordenlijst\.md\)", tekst), pagina
        for anker in glossariumlinks(tekst):
            assert anker in ANKERS, f"{pagina.name}: '#{anker}'"


def test_koppelen_is_idempotent():
    """Wie het koppelscript opnieuw draait, verandert niets meer."""
    for pad in NOTEBOOKS[:4]:
        bronnen = _tekstcellen(pad)
        assert koppel(bronnen, TERMEN) == bronnen, pad.name
