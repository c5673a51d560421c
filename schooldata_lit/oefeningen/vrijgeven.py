"""De opdrachten vrijgeven: `maak_oefeningen()` maakt met nbgrader `exercises/` uit
`solutions/`; `cursusbestanden()` en `is_checkpoint()` slaan de reservekopieën van JupyterLab
over; `zoek_cursusmap()` en `laad_nbgrader_config()` vinden de cursus en haar instellingen.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["maak_oefeningen", "zoek_cursusmap", "laad_nbgrader_config", "is_checkpoint",
           "cursusbestanden", "CHECKPOINTS", "CONFIGBESTAND", "omgeving_voor_nbgrader",
           "maak_api", "genereer_in"]


CONFIGBESTAND = "nbgrader_config.py"
_NEGEER = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc", ".nbgrader.log",
                                 "gradebook.db")

#: De map waarin JupyterLab automatisch een reservekopie bewaart van elk geopend bestand.
CHECKPOINTS = ".ipynb_checkpoints"


def is_checkpoint(pad: str | os.PathLike[str]) -> bool:
    """Ligt `pad` in een reservekopiemap van JupyterLab (``.ipynb_checkpoints``)?

    Zo'n map verschijnt naast elk bestand dat je in JupyterLab opent. Ze hoort niet bij de
    cursus: de vrijgave, de website en de tests slaan ze over.

    >>> is_checkpoint("leerpaden/.ipynb_checkpoints/index-checkpoint.md")
    True
    >>> is_checkpoint("leerpaden/index.md")
    False
    """
    return CHECKPOINTS in Path(pad).parts


def cursusbestanden(map_: str | os.PathLike[str], patroon: str = "**/*") -> list[Path]:
    """De bestanden in `map_` die bij `patroon` passen, zonder reservekopieën van JupyterLab.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = (Path(tmp) / ".ipynb_checkpoints").mkdir()
    ...     _ = (Path(tmp) / ".ipynb_checkpoints" / "a-checkpoint.md").write_text("x")
    ...     _ = (Path(tmp) / "a.md").write_text("x")
    ...     [p.name for p in cursusbestanden(tmp, "**/*.md")]
    ['a.md']
    """
    basis = Path(map_)
    return sorted(p for p in basis.glob(patroon)
                  if p.is_file() and not is_checkpoint(p.relative_to(basis)))


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
    reserve = Path(__file__).resolve().parents[2]
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
