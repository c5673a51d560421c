"""De markeringen van nbgrader in een bronnotebook (`solutions/`), op één plek.

Een bronnotebook zet de oplossing, de verborgen tests en het beoordelingsschema tussen
markeringsregels. Deze module kent die regels; wie een blok nodig heeft (bv. de antwoordtabel
die de sleutel uit een verborgen test leest), gebruikt `blok`. Het leerlingenpakket bevat
verder nergens zo'n markering (zie tests/test_leerlingversie.py).
"""

from __future__ import annotations

__all__ = ["BEOORDELINGSSCHEMA", "OPLOSSING", "VERBORGEN_TESTS", "blok"]

OPLOSSING = ("BEGIN SOLUTION", "END SOLUTION")
VERBORGEN_TESTS = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
BEOORDELINGSSCHEMA = ("BEGIN MARK SCHEME", "END MARK SCHEME")


def blok(bron: str, markering: tuple[str, str]) -> str:
    """De regels tussen het begin en het einde van `markering` in `bron` (alle blokken samen).

    >>> bron = "x = 1\\n### " + VERBORGEN_TESTS[0] + "\\ncontroleer(x)\\n### " + VERBORGEN_TESTS[1]
    >>> blok(bron, VERBORGEN_TESTS)
    'controleer(x)'
    """
    begin, einde = markering
    regels, binnen = [], False
    for regel in bron.split("\n"):
        if begin in regel:
            binnen = True
        elif einde in regel:
            binnen = False
        elif binnen:
            regels.append(regel)
    return "\n".join(regels)
