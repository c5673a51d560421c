"""Datasets laden en beschrijven.

Alle tabellen staan als CSV in één map (standaard `datasets/` van de cursus). Het formaat is
gekozen zodat een Vlaamse Excel de bestanden meteen juist opent: puntkomma als scheidingsteken,
komma als decimaalteken, UTF-8 met BOM (zodat é en ë goed staan) en datums als JJJJ-MM-DD.

Een andere map gebruiken (bv. de geïmporteerde data van je eigen school) kan op drie manieren:
`laad_dataset("resultaten", map="pad/naar/map")`, `stel_datamap_in("pad/naar/map")` voor de
rest van de sessie, of de omgevingsvariabele `SCHOOLDATA_MAP`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .controle import schrijf_atomair
from .paden import cursusdata
from .woordenboek import SOORT_VAN, TABELLEN

__all__ = [
    "laad_dataset",
    "beschrijf_dataset",
    "overzicht_datasets",
    "beschikbare_datasets",
    "stel_datamap_in",
    "datamap",
    "CSV_OPTIES",
    "csv_tekst",
    "schrijf_tekstbestanden",
]

#: Hoe alle CSV-bestanden van de cursus geschreven en gelezen worden.
CSV_OPTIES = {"sep": ";", "decimal": ",", "encoding": "utf-8-sig"}

_ingestelde_map: Path | None = None


def stel_datamap_in(map: str | os.PathLike | None) -> Path:
    """Gebruik voortaan de datasets in `map` (``None``: terug naar de cursusschool).

    >>> pad = stel_datamap_in(None)
    >>> pad.name
    'datasets'
    """
    global _ingestelde_map
    _ingestelde_map = None if map is None else Path(map)
    return datamap()


def datamap(map: str | os.PathLike | None = None) -> Path:
    """De map waaruit datasets geladen worden."""
    if map is not None:
        return Path(map)
    if _ingestelde_map is not None:
        return _ingestelde_map
    if os.environ.get("SCHOOLDATA_MAP"):
        return Path(os.environ["SCHOOLDATA_MAP"])
    return cursusdata("datasets")


def beschikbare_datasets(map: str | os.PathLike | None = None) -> list[str]:
    """De namen van de datasets die in de map staan, in de volgorde van het datawoordenboek.

    >>> "resultaten" in beschikbare_datasets()
    True
    """
    pad = datamap(map)
    return [naam for naam in TABELLEN if (pad / f"{naam}.csv").exists()]


def _controleer_naam(naam: str, map: str | os.PathLike | None) -> Path:
    pad = datamap(map) / f"{naam}.csv"
    if naam not in TABELLEN or not pad.exists():
        beschikbaar = ", ".join(beschikbare_datasets(map)) or "(geen)"
        reden = ("bestaat niet" if naam not in TABELLEN
                 else f"staat niet in de map {pad.parent}")
        raise ValueError(f"De dataset {naam!r} {reden}. Beschikbare datasets: {beschikbaar}.")
    return pad


def laad_dataset(naam: str, map: str | os.PathLike | None = None) -> pd.DataFrame:
    """Laad een dataset van de school als tabel (een pandas DataFrame).

    Datums worden echte datums, ja/nee-kolommen blijven tekst zoals in het bestand. Elke
    oproep geeft een nieuwe tabel terug: wat je eraan verandert, verandert het bestand niet.

    >>> leerlingen = laad_dataset("leerlingen")
    >>> list(leerlingen.columns)[:3]
    ['leerling_id', 'voornaam', 'familienaam']
    >>> laad_dataset("punten")
    Traceback (most recent call last):
    ...
    ValueError: De dataset 'punten' bestaat niet. Beschikbare datasets: leerlingen, ...
    """
    pad = _controleer_naam(naam, map)
    tabel = pd.read_csv(pad, **CSV_OPTIES, keep_default_na=False, na_values=[""],
                        dtype={"klas": str, "sleutel": str, "code": str, "vak": str})
    for kolom in ("datum", "week"):
        if kolom in tabel.columns:
            tabel[kolom] = pd.to_datetime(tabel[kolom], format="%Y-%m-%d")
    return tabel


def overzicht_datasets(map: str | os.PathLike | None = None) -> pd.DataFrame:
    """Alle datasets in één tabel: soort data, niveau, aantal rijen en kolommen, inhoud.

    De soort volgt de vier soorten schooldata (demografie, percepties, leerresultaten,
    schoolprocessen; zie `woordenboek.SOORTEN_DATA`).

    >>> overzicht = overzicht_datasets()
    >>> overzicht.loc["welbevinden", "soort"]
    'percepties'
    >>> int(overzicht.loc["bevraging_datagebruik", "rijen"])
    4
    """
    rijen = []
    for naam in beschikbare_datasets(map):
        tabel = TABELLEN[naam]
        with open(datamap(map) / f"{naam}.csv", encoding="utf-8-sig") as bestand:
            aantal = sum(1 for _ in bestand) - 1
        rijen.append({"dataset": naam, "soort": SOORT_VAN.get(naam, "onbekend"),
                      "niveau": tabel.niveau, "rijen": aantal,
                      "kolommen": len(tabel.kolommen), "inhoud": tabel.beschrijving})
    return pd.DataFrame(rijen).set_index("dataset")


def beschrijf_dataset(naam: str, map: str | os.PathLike | None = None) -> pd.DataFrame:
    """Beschrijf een dataset: per kolom de betekenis, de eenheid en een voorbeeldwaarde.

    >>> beschrijving = beschrijf_dataset("attesten")
    >>> beschrijving.loc["attest", "eenheid of waarden"]
    'A, B of C'
    """
    pad = _controleer_naam(naam, map)
    tabel = TABELLEN[naam]
    eerste = pd.read_csv(pad, **CSV_OPTIES, nrows=1, dtype=str, keep_default_na=False)
    rijen = [
        {
            "kolom": k.naam,
            "betekenis": k.betekenis,
            "eenheid of waarden": k.eenheid,
            "voorbeeld": eerste[k.naam].iloc[0] if k.naam in eerste and len(eerste) else "",
        }
        for k in tabel.kolommen
    ]
    beschrijving = pd.DataFrame(rijen).set_index("kolom")
    beschrijving.attrs["titel"] = f"{naam}: {tabel.beschrijving}"
    return beschrijving


def csv_tekst(tabel: pd.DataFrame) -> str:
    """Een tabel als CSV-tekst in het formaat van de cursus (`CSV_OPTIES`, datums JJJJ-MM-DD).

    >>> csv_tekst(pd.DataFrame({"x": [1.5], "d": pd.to_datetime(["2025-09-01"])}))
    'x;d\\n1,5;2025-09-01\\n'
    """
    tabel = tabel.copy()
    for kolom in tabel.columns:
        if pd.api.types.is_datetime64_any_dtype(tabel[kolom]):
            tabel[kolom] = tabel[kolom].dt.strftime("%Y-%m-%d")
    return tabel.to_csv(index=False, sep=CSV_OPTIES["sep"], decimal=CSV_OPTIES["decimal"],
                        float_format="%.10g", lineterminator="\n")


def schrijf_tekstbestanden(bestanden: Mapping[Path, str]) -> None:
    """Schrijf alle bestanden of geen: CSV in de tekenset van de cursus, de rest in UTF-8."""
    schrijf_atomair({pad: tekst.encode(CSV_OPTIES["encoding"] if pad.suffix == ".csv"
                                       else "utf-8") for pad, tekst in bestanden.items()})
