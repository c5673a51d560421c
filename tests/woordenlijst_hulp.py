"""De woordenlijst lezen en vakwoorden in notebooks opzoeken (voor de test én om te koppelen).

Een vakwoord is "gemarkeerd" als het een link is naar ``leerpaden/woordenlijst.md#anker``. Het
eerste gebruik van een vakwoord in een notebook telt in de tekstcellen, in volgorde, buiten
koppen, HTML-regels, code en andere links. Zo vinden de test en het koppelscript precies
dezelfde plek.

Koppelen (eenmalig of na het schrijven van nieuwe tekst)::

    python tests/woordenlijst_hulp.py notebooks/*.ipynb
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

CURSUS = Path(__file__).resolve().parents[1]
WOORDENLIJST = CURSUS / "leerpaden" / "woordenlijst.md"
LINK_VANUIT_NOTEBOOK = "../leerpaden/woordenlijst.md"

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_CODE = re.compile(r"`[^`\n]*`")
_GLOSSARIUMLINK = re.compile(r"(?:^|/)woordenlijst\.md#([^)\s]+)$")


@dataclass(frozen=True)
class Term:
    term: str
    anker: str
    vormen: tuple[str, ...]

    @property
    def patroon(self) -> re.Pattern[str]:
        delen = sorted(self.vormen, key=len, reverse=True)
        alternatieven = "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in delen)
        return re.compile(rf"(?<![\w-])(?:{alternatieven})(?![\w-])", re.IGNORECASE)


def anker(kop: str) -> str:
    """Het anker van een kop zoals GitHub en MyST het maken.

    >>> anker("Paradox van Simpson"), anker("p-waarde")
    ('paradox-van-simpson', 'p-waarde')
    """
    tekst = re.sub(r"[^\w\- ]", "", kop.strip().lower())
    return tekst.replace(" ", "-")


def termen(pad: Path = WOORDENLIJST) -> list[Term]:
    """De termen van de woordenlijst: kop (``## ...``) en de vormen op de regel *Ook:*."""
    uit: list[Term] = []
    huidige: str | None = None
    ook: list[str] = []
    regels = pad.read_text(encoding="utf-8").splitlines() + ["## "]
    i = 0
    while i < len(regels):
        regel = regels[i]
        if regel.startswith("## "):
            if huidige:
                uit.append(Term(huidige, anker(huidige), (huidige, *ook)))
            huidige, ook = regel[3:].strip(), []
        elif regel.startswith("*Ook:*"):
            tekst = regel[len("*Ook:*"):]
            while (i + 1 < len(regels) and regels[i + 1].strip()
                   and not regels[i + 1].startswith("#")):
                i += 1
                tekst += " " + regels[i]
            ook = [v.strip() for v in tekst.split(",") if v.strip()]
        i += 1
    return uit


def _uitgesloten(tekst: str) -> list[tuple[int, int, str | None]]:
    """Stukken die niet meetellen, met het anker als het een link naar de woordenlijst is."""
    stukken: list[tuple[int, int, str | None]] = []
    positie = 0
    in_code = False
    for regel in tekst.splitlines(keepends=True):
        kaal = regel.lstrip()
        if kaal.startswith("```"):
            in_code = not in_code
            stukken.append((positie, positie + len(regel), None))
        elif in_code or kaal.startswith("#") or kaal.startswith("<"):
            stukken.append((positie, positie + len(regel), None))
        positie += len(regel)
    for m in _CODE.finditer(tekst):
        stukken.append((m.start(), m.end(), None))
    for m in _LINK.finditer(tekst):
        doel = _GLOSSARIUMLINK.search(m.group(2))
        stukken.append((m.start(), m.end(), doel.group(1) if doel else None))
    return stukken


def eerste_gebruik(bronnen: list[str], term: Term) -> tuple[int, re.Match[str], str | None] | None:
    """Het eerste gebruik van `term` in de tekstcellen `bronnen`: (cel, treffer, anker of None).

    Een treffer binnen een link naar de woordenlijst telt mee (met het anker van die link); een
    treffer in een kop, code of een andere link telt niet mee.
    """
    for nummer, tekst in enumerate(bronnen):
        stukken = _uitgesloten(tekst)
        for m in term.patroon.finditer(tekst):
            binnen = [s for s in stukken if s[0] <= m.start() and m.end() <= s[1]]
            if not binnen:
                return nummer, m, None
            gloss = [s for s in binnen if s[2] is not None]
            if gloss:
                return nummer, m, gloss[0][2]
    return None


def glossariumlinks(tekst: str) -> list[str]:
    """Alle ankers waarnaar `tekst` linkt in de woordenlijst."""
    return [d.group(1) for m in _LINK.finditer(tekst)
            if (d := _GLOSSARIUMLINK.search(m.group(2)))]


def koppel(bronnen: list[str], lijst: list[Term] | None = None,
           link: str = LINK_VANUIT_NOTEBOOK) -> list[str]:
    """Maak van het eerste gebruik van elke term een link naar de woordenlijst."""
    bronnen = list(bronnen)
    for term in lijst or termen():
        if len(term.term) < 2:
            continue  # "n" zoek je niet automatisch: het staat overal
        gevonden = eerste_gebruik(bronnen, term)
        if gevonden is None or gevonden[2] is not None:
            continue
        nummer, m, _ = gevonden
        tekst = bronnen[nummer]
        bronnen[nummer] = (tekst[:m.start()] + f"[{m.group(0)}]({link}#{term.anker})"
                           + tekst[m.end():])
    return bronnen


def _koppel_notebooks(paden: list[str]) -> None:
    import nbformat

    lijst = termen()
    for pad in paden:
        nb = nbformat.read(pad, as_version=4)
        md = [c for c in nb.cells if c.cell_type == "markdown"]
        nieuw = koppel([c.source for c in md], lijst)
        veranderd = sum(c.source != n for c, n in zip(md, nieuw, strict=True))
        for c, n in zip(md, nieuw, strict=True):
            c.source = n
        if veranderd:
            nbformat.write(nb, pad)
        print(f"{pad}: {veranderd} cel(len) aangepast")


if __name__ == "__main__":
    _koppel_notebooks(sys.argv[1:])
