"""Een export lezen: CSV (tekenset en scheidingsteken raden) of Excel ``.xlsx``.

Het resultaat is een ruwe tabel met enkel tekst: omzetten gebeurt pas in `omzetten`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .verslag import MAX_BESTAND, ImportFout

# ---------------------------------------------------------------------------------------------
# Lezen: CSV (scheidingsteken, tekenset) en Excel
# ---------------------------------------------------------------------------------------------

@dataclass
class Ruw:
    rijen: list[list[str]]
    rijnummers: list[int]
    notities: list[tuple[str, str]]  # (conversie, uitleg) voor het logboek


def _lees_bytes(pad: Path) -> bytes:
    if not pad.exists():
        raise ImportFout("het bestand bestaat niet. Controleer de naam en de map.",
                         bestand=pad.name)
    if not pad.is_file():
        raise ImportFout("dit is geen bestand (maar een map?).", bestand=pad.name)
    grootte = pad.stat().st_size
    if grootte > MAX_BESTAND:
        raise ImportFout(f"het bestand is te groot ({grootte / 1e6:.0f} MB; hoogstens "
                         f"{MAX_BESTAND / 1e6:.0f} MB). Exporteer per schooljaar of per graad.",
                         bestand=pad.name)
    try:
        return pad.read_bytes()
    except OSError as fout:
        raise ImportFout(f"het bestand kan niet gelezen worden ({fout.strerror}).",
                         bestand=pad.name) from None


def _decodeer(data: bytes, naam: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        kandidaten = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        kandidaten = ["utf-16"]
    else:
        kandidaten = ["utf-8", "cp1252"]
    laatste: UnicodeDecodeError | None = None
    for tekenset in kandidaten:
        try:
            return data.decode(tekenset), tekenset
        except UnicodeDecodeError as fout:
            laatste = fout
    assert laatste is not None
    rij = data[:laatste.start].count(b"\n") + 1
    raise ImportFout(f"onleesbaar teken (byte {data[laatste.start]:#04x}): dit is geen tekst "
                     "in UTF-8 of Windows-1252 (cp1252). Open het bestand in Excel en bewaar "
                     "het als 'CSV UTF-8'.", bestand=naam, rij=rij)


def _kies_scheidingsteken(tekst: str) -> str:
    regels = [r for r in tekst.splitlines()[:60] if r.strip()]
    beste, beste_score = ";", (0, 0)
    for teken in (";", ",", "\t", "|"):
        try:
            aantallen = [len(r) for r in csv.reader(regels, delimiter=teken, strict=False)]
        except csv.Error:
            continue
        meer = [a for a in aantallen if a > 1]
        if not meer:
            continue
        modus = max(set(meer), key=lambda a: (meer.count(a), a))
        score = (meer.count(modus), modus)
        if score > beste_score:
            beste, beste_score = teken, score
    return beste


_NAAM_TEKEN = {";": "puntkomma", ",": "komma", "\t": "tab", "|": "verticale streep"}


def _lees_csv(data: bytes, naam: str) -> Ruw:
    tekst, tekenset = _decodeer(data, naam)
    if "\x00" in tekst:
        rij = tekst[:tekst.index("\x00")].count("\n") + 1
        raise ImportFout("het bestand bevat NUL-tekens: het is geen tekstbestand (CSV). Is het "
                         "een ander formaat, of beschadigd?", bestand=naam, rij=rij)
    teken = _kies_scheidingsteken(tekst)
    notities = [("tekenset", f"gelezen als {tekenset}"
                 + (" (Windows)" if tekenset == "cp1252" else "")),
                ("scheidingsteken", f"{_NAAM_TEKEN[teken]} ({teken!r})")]
    oud = csv.field_size_limit()
    rijen: list[list[str]] = []
    rijnummers: list[int] = []
    try:
        csv.field_size_limit(max(oud, MAX_BESTAND))
        lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=teken, strict=False)
        for nummer, rij in enumerate(lezer, start=1):
            rijen.append(rij)
            rijnummers.append(nummer)
    except csv.Error as fout:
        raise ImportFout(f"de CSV-structuur klopt niet ({fout}). Staat er ergens een "
                         "aanhalingsteken dat niet gesloten wordt?", bestand=naam,
                         rij=len(rijen) + 1) from None
    finally:
        csv.field_size_limit(oud)
    return Ruw(rijen, rijnummers, notities)


def _cel_tekst(waarde: object) -> str:
    import datetime as dt

    if waarde is None:
        return ""
    if isinstance(waarde, dt.datetime):
        if (waarde.hour, waarde.minute, waarde.second) == (0, 0, 0):
            return waarde.strftime("%Y-%m-%d")
        return waarde.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(waarde, dt.date):
        return waarde.strftime("%Y-%m-%d")
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, float):
        if np.isfinite(waarde) and waarde == int(waarde) and abs(waarde) < 1e15:
            return str(int(waarde))
        return repr(waarde)
    return str(waarde)


def _lees_xlsx(data: bytes, naam: str, blad: str | None) -> Ruw:
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            boek = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as fout:  # openpyxl geeft allerlei fouten bij een kapot bestand
        raise ImportFout("het Excel-bestand is beschadigd of onvolledig en kan niet geopend "
                         f"worden ({type(fout).__name__}). Open het in Excel en bewaar het "
                         "opnieuw als .xlsx of als CSV.", bestand=naam) from None
    try:
        bladen = boek.sheetnames
        if not bladen:
            raise ImportFout("het Excel-bestand heeft geen werkbladen.", bestand=naam)
        if blad is None:
            blad = bladen[0]
        elif blad not in bladen:
            raise ImportFout(f"het werkblad {blad!r} bestaat niet. Werkbladen: "
                             f"{', '.join(bladen)}.", bestand=naam)
        notities = [("werkblad", f"werkblad {blad!r} gelezen"
                     + (f"; niet gelezen: {', '.join(b for b in bladen if b != blad)}"
                        if len(bladen) > 1 else ""))]
        rijen: list[list[str]] = []
        rijnummers: list[int] = []
        try:
            for nummer, rij in enumerate(boek[blad].iter_rows(values_only=True), start=1):
                rijen.append([_cel_tekst(w) for w in rij])
                rijnummers.append(nummer)
        except ImportFout:
            raise
        except Exception as fout:
            raise ImportFout("het Excel-bestand is beschadigd of onvolledig "
                             f"({type(fout).__name__}). Bewaar het opnieuw in Excel.",
                             bestand=naam, rij=len(rijen) + 1) from None
    finally:
        boek.close()
    return Ruw(rijen, rijnummers, notities)


def lees_export(pad: Path, blad: str | None) -> Ruw:
    data = _lees_bytes(pad)
    if not data.strip():
        raise ImportFout("het bestand is leeg.", bestand=pad.name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFout("dit is een oud Excel-bestand (.xls). Open het in Excel en bewaar het "
                         "als .xlsx of als CSV.", bestand=pad.name)
    if data.startswith(b"PK\x03\x04") or pad.suffix.lower() in (".xlsx", ".xlsm"):
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise ImportFout("het Excel-bestand is beschadigd of onvolledig (geen geldig "
                             ".xlsx). Bewaar het opnieuw in Excel.", bestand=pad.name)
        return _lees_xlsx(data, pad.name, blad)
    return _lees_csv(data, pad.name)
