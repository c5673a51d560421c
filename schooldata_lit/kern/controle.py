"""Controles op invoer, met duidelijke Nederlandse foutmeldingen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

__all__ = ["controleer_kolommen", "als_lijst", "schrijf_atomair"]


def controleer_kolommen(tabel: object, kolommen: Iterable[str], naam: str = "") -> None:
    """Controleer dat `tabel` een DataFrame is met (minstens) deze kolommen.

    >>> controleer_kolommen(pd.DataFrame({"klas": ["1A"]}), ["klas", "vak"], "resultaten")
    Traceback (most recent call last):
    ...
    ValueError: De tabel resultaten mist de kolom 'vak'. Aanwezige kolommen: klas.
    """
    tabelnaam = f"De tabel {naam}" if naam else "De tabel"
    if not isinstance(tabel, pd.DataFrame):
        raise TypeError(f"{tabelnaam} moet een tabel (pandas DataFrame) zijn, geen "
                        f"{type(tabel).__name__}.")
    ontbreekt = [k for k in kolommen if k not in tabel.columns]
    if ontbreekt:
        lijst = ", ".join(repr(k) for k in ontbreekt)
        woord = "de kolom" if len(ontbreekt) == 1 else "de kolommen"
        raise ValueError(f"{tabelnaam} mist {woord} {lijst}. Aanwezige kolommen: "
                         f"{', '.join(map(str, tabel.columns))}.")


def schrijf_atomair(bestanden: Mapping[Path, bytes]) -> None:
    """Schrijf alle bestanden of geen enkel: eerst tijdelijke bestanden, dan hernoemen.

    Loopt er iets mis (een volle schijf, een fout halfweg), dan blijven de oude bestanden
    staan en worden de tijdelijke opgeruimd: nooit een half geschreven uitvoer.

    >>> import tempfile
    >>> map_ = Path(tempfile.mkdtemp())
    >>> schrijf_atomair({map_ / "a.txt": b"een", map_ / "sub" / "b.txt": b"twee"})
    >>> sorted(p.name for p in map_.rglob("*.txt"))
    ['a.txt', 'b.txt']
    """
    tijdelijk: list[tuple[str, Path]] = []
    try:
        for pad, inhoud in bestanden.items():
            pad = Path(pad)
            pad.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=pad.parent, prefix=f".{pad.stem}-", suffix=".tmp")
            tijdelijk.append((tmp, pad))
            with os.fdopen(fd, "wb") as f:
                f.write(inhoud)
            os.chmod(tmp, 0o644)
        for tmp, pad in tijdelijk:
            os.replace(tmp, pad)
    finally:
        for tmp, _ in tijdelijk:
            if os.path.exists(tmp):
                os.remove(tmp)


def als_lijst(kolommen: str | Iterable[str] | None) -> list[str]:
    """Eén kolomnaam, een lijst kolomnamen of niets, altijd als lijst.

    >>> als_lijst("klas"), als_lijst(("klas", "vak")), als_lijst(None)
    (['klas'], ['klas', 'vak'], [])
    """
    if kolommen is None:
        return []
    if isinstance(kolommen, str):
        return [kolommen]
    return list(kolommen)
