"""Oefeningen maken en verbeteren met nbgrader.

De bron van elke opdracht staat in `solutions/<opdracht>/opdracht_<opdracht>.ipynb`, met de
oplossingen tussen `### BEGIN SOLUTION` en `### END SOLUTION` en de verborgen tests tussen
`### BEGIN HIDDEN TESTS` en `### END HIDDEN TESTS`. `maak_oefeningen()` maakt daaruit de
versie voor de cursisten in `exercises/<opdracht>/` (zonder oplossingen, verborgen tests of
uitvoer). Pas dus enkel `solutions/` aan en maak daarna de oefeningen opnieuw:

    schooldata-lit oefeningen            # alle opdrachten
    schooldata-lit oefeningen 00_kennismaking

`vingerafdruk()` helpt om in een verborgen test een antwoord te controleren zonder dat het
juiste antwoord zelf in de notebook staat.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from numbers import Integral, Real
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["maak_oefeningen", "vingerafdruk", "zoek_cursusmap", "laad_nbgrader_config",
           "verbeteromgeving"]

CONFIGBESTAND = "nbgrader_config.py"
_NEGEER = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc", ".nbgrader.log",
                                 "gradebook.db")


def _normaliseer(waarde: Any) -> str:
    if waarde is None:
        return "niets"
    if isinstance(waarde, (bool, np.bool_)):
        return f"waarheid:{bool(waarde)}"
    if isinstance(waarde, Integral):
        return f"getal:{float(int(waarde)):.6f}"
    if isinstance(waarde, Real):
        getal = float(waarde)
        if math.isnan(getal):
            return "getal:nan"
        return f"getal:{getal:.6f}"
    if isinstance(waarde, str):
        return "tekst:" + waarde.strip()
    if isinstance(waarde, Iterable) and not isinstance(waarde, (bytes, dict)):
        return "reeks:[" + "|".join(sorted(_normaliseer(x) for x in waarde)) + "]"
    raise TypeError(
        f"vingerafdruk kan geen waarde van type {type(waarde).__name__} verwerken; "
        "verwacht een getal, tekst, waar/onwaar of een lijst daarvan.")


def vingerafdruk(waarde: Any) -> str:
    """Geef een korte vingerafdruk (hash) van een antwoord, om het in een verborgen test te
    vergelijken zonder het juiste antwoord zelf te tonen.

    Getallen tellen tot op 6 decimalen (3 en 3.0 geven dezelfde vingerafdruk); tekst zonder
    spaties vooraan of achteraan; bij een lijst, reeks (pandas Series) of verzameling speelt
    de volgorde geen rol.

    Parameters
    ----------
    waarde : een getal, tekst, True/False, of een lijst/reeks daarvan.

    Geeft terug
    -----------
    str : 16 hexadecimale tekens.

    Voorbeeld
    ---------
    >>> vingerafdruk(3) == vingerafdruk(3.0)
    True
    >>> vingerafdruk(["Bram", "Amira"]) == vingerafdruk(("Amira", "Bram"))
    True
    >>> vingerafdruk(64.8)
    '75bbc7f606222952'
    """
    return hashlib.sha256(_normaliseer(waarde).encode("utf-8")).hexdigest()[:16]


def verbeteromgeving() -> None:
    """Zet in de verbeterkernel de data van de cursusschool vast, wat er ook in de omgeving
    van de lesgever staat.

    nbgrader voert dit uit bij het starten van elke kernel die een inzending verbetert (zie
    `c.Execute.extra_arguments` in `nbgrader_config.py`). Een `SCHOOLDATA_MAP` die de lesgever zette
    om met de data van zijn eigen school te werken, verdwijnt uit die kernel, en
    `laad_dataset` leest weer de datasets van de cursus. Zo hangt een cijfer niet af van de
    omgevingsvariabelen, de werkmap of wat er eerder geladen werd.

    Voorbeeld
    ---------
    >>> import os
    >>> from schooldata_lit import stel_datamap_in
    >>> os.environ["SCHOOLDATA_MAP"] = "/ergens/anders"
    >>> verbeteromgeving()
    >>> "SCHOOLDATA_MAP" in os.environ, stel_datamap_in(None).name
    (False, 'datasets')
    """
    os.environ.pop("SCHOOLDATA_MAP", None)
    from schooldata_lit import stel_datamap_in

    stel_datamap_in(None)


def zoek_cursusmap(start: str | os.PathLike[str] | None = None) -> Path:
    """Zoek de map van de cursus: de eerste map (vanaf `start`, standaard de werkmap, en dan
    naar boven) met een `nbgrader_config.py` en een map `solutions`. Lukt dat niet, dan de
    map boven het pakket `schooldata_lit`.

    Geeft terug
    -----------
    Path : de cursusmap.
    """
    begin = Path(start or Path.cwd()).resolve()
    for map_ in (begin, *begin.parents):
        if (map_ / CONFIGBESTAND).is_file() and (map_ / "solutions").is_dir():
            return map_
    reserve = Path(__file__).resolve().parents[1]
    if (reserve / CONFIGBESTAND).is_file():
        return reserve
    raise FileNotFoundError(
        f"geen cursusmap gevonden: geen {CONFIGBESTAND} met een map solutions/ in {begin} "
        "of erboven.")


def laad_nbgrader_config(cursusmap: str | os.PathLike[str], root: str | os.PathLike[str]):
    """Lees `nbgrader_config.py` uit `cursusmap` en laat nbgrader werken in `root`.

    Geeft terug
    -----------
    traitlets.config.Config
    """
    from traitlets.config.loader import PyFileConfigLoader

    cfg = PyFileConfigLoader(CONFIGBESTAND, path=str(cursusmap)).load_config()
    cfg.CourseDirectory.root = str(Path(root).resolve())
    return cfg


@contextlib.contextmanager
def omgeving_voor_nbgrader() -> Iterator[None]:
    """Zet de `bin`-map van deze Python vooraan in PATH: nbgrader start `alembic` als apart
    programma, en de verbeterkernel moet dezelfde Python (met schooldata_lit) gebruiken."""
    oud = os.environ.get("PATH", "")
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + oud
    try:
        yield
    finally:
        os.environ["PATH"] = oud


def maak_api(root: str | os.PathLike[str], cfg):
    """Maak een nbgrader-API voor de cursusmap `root` met instellingen `cfg`."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    return NbGraderAPI(coursedir=CourseDirectory(config=cfg), config=cfg)


def genereer_in(werkmap: Path, cursusmap: Path, opdrachten: list[str]) -> None:
    """Kopieer `solutions/<opdracht>` uit `cursusmap` naar `werkmap` en laat nbgrader daar
    `exercises/<opdracht>` (en de gradebook) maken."""
    for opdracht in opdrachten:
        shutil.copytree(cursusmap / "solutions" / opdracht, werkmap / "solutions" / opdracht,
                        ignore=_NEGEER)
    cfg = laad_nbgrader_config(cursusmap, werkmap)
    api = maak_api(werkmap, cfg)
    with omgeving_voor_nbgrader(), contextlib.chdir(werkmap):
        for opdracht in opdrachten:
            uitkomst = api.generate_assignment(opdracht, force=True)
            if not uitkomst["success"]:
                raise RuntimeError(
                    f"nbgrader kon opdracht {opdracht!r} niet maken:\n{uitkomst['error']}\n"
                    f"{uitkomst['log']}")


def maak_oefeningen(opdrachten: Iterable[str] | None = None,
                    cursusmap: str | os.PathLike[str] | None = None) -> list[Path]:
    """Maak `exercises/<opdracht>/` opnieuw uit `solutions/<opdracht>/` met nbgrader.

    nbgrader werkt in een tijdelijke kopie van de cursus, zodat er geen gradebook.db of
    logbestand in de cursusmap belandt; daarna komt de vrijgegeven versie terug in
    `exercises/`. Twee keer na elkaar maken geeft exact dezelfde bestanden.

    Parameters
    ----------
    opdrachten : namen van mappen in `solutions/`; standaard alle. Dan verdwijnen ook mappen
        in `exercises/` waarvoor geen bron meer bestaat.
    cursusmap : de map met `nbgrader_config.py`; standaard gezocht vanaf de werkmap.

    Geeft terug
    -----------
    list[Path] : de gemaakte mappen in `exercises/`.
    """
    cursus = zoek_cursusmap(cursusmap)
    bronnen = cursus / "solutions"
    alle = sorted(p.name for p in bronnen.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")))
    gekozen = alle if opdrachten is None else list(opdrachten)
    onbekend = [o for o in gekozen if o not in alle]
    if onbekend:
        raise ValueError(f"onbekende opdracht(en) {onbekend}; wel aanwezig in solutions/: {alle}")

    doel = cursus / "exercises"
    doel.mkdir(exist_ok=True)
    gemaakt = []
    with tempfile.TemporaryDirectory(prefix="schooldata-oefeningen-") as tmp:
        werkmap = Path(tmp)
        genereer_in(werkmap, cursus, gekozen)
        for opdracht in gekozen:
            shutil.rmtree(doel / opdracht, ignore_errors=True)
            shutil.copytree(werkmap / "exercises" / opdracht, doel / opdracht, ignore=_NEGEER)
            gemaakt.append(doel / opdracht)
            print(f"exercises/{opdracht}/ gemaakt uit solutions/{opdracht}/")
    if opdrachten is None:
        for oud in sorted(doel.iterdir()):
            if oud.is_dir() and oud.name not in alle and not oud.name.startswith("."):
                shutil.rmtree(oud)
                print(f"exercises/{oud.name}/ verwijderd (geen bron meer in solutions/)")
    return gemaakt
