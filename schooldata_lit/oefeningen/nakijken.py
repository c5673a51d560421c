"""Een opdracht nakijken vóór je ze indient, in het Nederlands (`schooldata-lit controleer`).

nbgraders eigen controle (`nbgrader validate` en de knop "Validate") voert de notebook uit in
een nieuwe kernel en zegt welke cellen nog niet slagen, maar in het Engels en met de code van
de controlecellen erbij. `nakijken()` doet dezelfde controle met nbgraders `Validator` en
zegt per vraag in het Nederlands wat nog open staat, zonder code.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from .vrijgeven import CONFIGBESTAND, omgeving_voor_nbgrader, zoek_cursusmap

__all__ = ["Openstaand", "nakijken", "verslag_van_nakijken"]


@dataclass(frozen=True)
class Openstaand:
    """Eén vraag (of cel) die nog niet in orde is."""

    vraag: str
    uitleg: str


def _vraag(cel) -> str:
    """'Vraag 3' uit het nbgrader-id van een cel (antwoord_3, test_3), anders het id zelf."""
    grade_id = cel.metadata.get("nbgrader", {}).get("grade_id", "")
    nummer = re.search(r"(\d+)$", grade_id)
    naam = f"Vraag {nummer.group(1)}" if nummer else f"De cel '{grade_id}'"
    return naam + (" (denkvraag)" if cel.cell_type == "markdown" else "")


_NIET_BEANTWOORD = ("nog niet beantwoord: in de antwoordcel staan nog de twee regels met "
                    "raise NotImplementedError. Vervang ze door je antwoord.")


def _fout_van(cel) -> str:
    """De Nederlandstalige uitleg bij een cel die nog niet slaagt."""
    if cel.cell_type == "markdown":
        return ("nog niet ingevuld. Dubbelklik op de tekstcel onder de vraag, schrijf je "
                "antwoord en bewaar (Ctrl + S).")
    for uitvoer in cel.get("outputs", []):
        if uitvoer.get("output_type") == "error":
            if uitvoer.get("ename") == "NotImplementedError":
                return _NIET_BEANTWOORD
            if uitvoer.get("ename") == "Antwoordfout":
                return uitvoer.get("evalue", "")
            return (f"de cel stopt met een fout ({uitvoer.get('ename')}: "
                    f"{uitvoer.get('evalue', '')[:200]}). Voer de notebook uit en lees de "
                    "melding bij die cel.")
    return "nog niet in orde (de controle slaagt niet)."


def nakijken(notebook: str | os.PathLike[str],
             cursusmap: str | os.PathLike[str] | None = None) -> list[Openstaand]:
    """Voer `notebook` uit zoals nbgrader valideert en geef wat nog open staat (leeg: alles in
    orde). Bewaar de notebook eerst: het bestand op schijf telt.

    `cursusmap`: de map met `nbgrader_config.py` (standaard gezocht vanaf de notebook).

    Voorbeeld
    ---------
    >>> from schooldata_lit.oefeningen import zoek_cursusmap
    >>> opdracht = zoek_cursusmap() / "exercises/00_kennismaking/opdracht_00_kennismaking.ipynb"
    >>> open_ = nakijken(opdracht)  # doctest: +SKIP
    >>> open_[0]  # doctest: +SKIP
    Openstaand(vraag='Vraag 1', uitleg='nog niet beantwoord: in de antwoordcel staan nog ...')
    """
    from nbformat import current_nbformat, read
    from nbgrader.validator import Validator
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    pad = Path(notebook).resolve()
    if not pad.is_file():
        raise FileNotFoundError(f"{pad} bestaat niet.")
    cursus = zoek_cursusmap(cursusmap or pad.parent)
    config = (PyFileConfigLoader(CONFIGBESTAND, path=str(cursus)).load_config()
              if (cursus / CONFIGBESTAND).is_file() else Config())
    validator = Validator(config=config)
    nb = read(str(pad), as_version=current_nbformat)
    # nbgraders Validator.validate() geeft enkel de broncode van de cellen terug; we hebben
    # de cellen zelf nodig (id en uitvoer), dus dezelfde stappen met zijn eigen methodes.
    veranderd = validator._get_type_changed_cells(nb)
    if veranderd:
        return [Openstaand(_vraag(c), "deze cel veranderde van soort (code of tekst). Zet ze "
                                      "terug, of vraag een nieuwe kopie van de opdracht.")
                for c in veranderd]
    oud = Path.cwd()
    try:
        os.chdir(pad.parent)
        with omgeving_voor_nbgrader():
            nb = validator._preprocess(nb)
    finally:
        os.chdir(oud)
    veranderd = validator._get_changed_cells(nb)
    if veranderd:
        return [Openstaand(_vraag(c), "een cel die niet mocht veranderen, is veranderd. Zet ze "
                                      "terug, of vraag een nieuwe kopie van de opdracht.")
                for c in veranderd]
    # vragen waarvan de antwoordcel nog de twee regels van nbgrader bevat (NotImplementedError)
    leeg = {_vraag(c) for c in nb.cells if c.cell_type == "code" and any(
        u.get("ename") == "NotImplementedError" for u in c.get("outputs", []))}
    return [Openstaand(_vraag(c), _NIET_BEANTWOORD if _vraag(c) in leeg else _fout_van(c))
            for c in validator._get_failed_cells(nb)]


def verslag_van_nakijken(naam: str, open_: list[Openstaand]) -> str:
    """Het verslag van `nakijken` als tekst voor de cursist.

    >>> print(verslag_van_nakijken("opdracht_0.ipynb", [Openstaand("Vraag 4 (denkvraag)",
    ...                                                            "nog niet ingevuld.")]))
    opdracht_0.ipynb: 1 vraag staat nog open.
    - Vraag 4 (denkvraag): nog niet ingevuld.
    >>> print(verslag_van_nakijken("opdracht_0.ipynb", []))  # doctest: +NORMALIZE_WHITESPACE
    opdracht_0.ipynb: alle vragen zijn beantwoord en elke controle slaagt. Of je antwoorden
    juist zijn, zie je in je feedback. Een denkvraag beoordeelt je lesgever.
    """
    if not open_:
        return (f"{naam}: alle vragen zijn beantwoord en elke controle slaagt. Of je antwoorden\n"
                "juist zijn, zie je in je feedback. Een denkvraag beoordeelt je lesgever.")
    kop = (f"{naam}: 1 vraag staat nog open." if len(open_) == 1 else
           f"{naam}: {len(open_)} vragen staan nog open.")
    regels = [kop]
    for o in open_:
        regels += textwrap.wrap(f"- {o.vraag}: {o.uitleg}", 90, subsequent_indent="  ")
    return "\n".join(regels)
