"""Waar de bibliotheek de cursusdata vindt: de datasets en de voorbeeldbestanden.

Dit is de enige plek die weet waar ``datasets/`` en ``voorbeelden/`` staan:

1. in het geïnstalleerde pakket (``pip install`` van de wheel neemt beide mappen mee als
   pakketdata: ``schooldata_lit/datasets`` en ``schooldata_lit/voorbeelden``);
2. in de cursusmap, naast de map ``schooldata_lit`` (een kopie van de repository).

Staan ze ergens anders, wijs ze dan aan: de datasets met ``sd.stel_datamap_in(pad)`` of de
omgevingsvariabele ``SCHOOLDATA_MAP``, de voorbeelden met ``SCHOOLDATA_VOORBEELDEN``.

>>> cursusdata("datasets").name
'datasets'
>>> (cursusdata("voorbeelden") / "bevraging").is_dir()
True
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

__all__ = ["cursusdata", "OMGEVINGSVARIABELEN"]

#: Met deze omgevingsvariabelen wijs je een map aan die elders staat.
OMGEVINGSVARIABELEN = {"datasets": "SCHOOLDATA_MAP", "voorbeelden": "SCHOOLDATA_VOORBEELDEN"}

_HOE = {
    "datasets": "met sd.stel_datamap_in(\"pad/naar/datasets\") of met de omgevingsvariabele "
                "SCHOOLDATA_MAP",
    "voorbeelden": "met de omgevingsvariabele SCHOOLDATA_VOORBEELDEN=pad/naar/voorbeelden",
}


def _kandidaten(naam: str) -> list[Path]:
    pakket = Path(str(resources.files("schooldata_lit")))
    return [pakket / naam, pakket.parent / naam]


def cursusdata(naam: str, *, controleer: bool = True) -> Path:
    """De map ``datasets`` of ``voorbeelden`` van de cursus.

    Met ``controleer=False`` komt er geen fout als de map nergens staat (dan volgt de fout pas
    bij het lezen van een bestand); zo kan een module bij het importeren al een pad klaarzetten.

    >>> cursusdata("fotos")
    Traceback (most recent call last):
    ...
    ValueError: Onbekende map 'fotos': kies 'datasets' of 'voorbeelden'.
    """
    if naam not in OMGEVINGSVARIABELEN:
        raise ValueError(f"Onbekende map {naam!r}: kies 'datasets' of 'voorbeelden'.")
    if naam == "voorbeelden" and os.environ.get(OMGEVINGSVARIABELEN[naam]):
        return Path(os.environ[OMGEVINGSVARIABELEN[naam]])
    kandidaten = _kandidaten(naam)
    for kandidaat in kandidaten:
        if kandidaat.is_dir():
            return kandidaat
    if not controleer:
        return kandidaten[0]
    gezocht = " en ".join(str(k) for k in kandidaten)
    raise FileNotFoundError(
        f"De map '{naam}' van de cursus is niet gevonden (gezocht in {gezocht}). Installeer de "
        f"cursus opnieuw (dan komt de map mee), of wijs de map aan {_HOE[naam]}.")
