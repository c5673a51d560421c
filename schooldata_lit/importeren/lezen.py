"""Een export lezen: CSV (tekenset en scheidingsteken raden) of Excel ``.xlsx``.

Het resultaat is een ruwe tabel met enkel tekst: omzetten gebeurt pas in `omzetten`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
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
    #: de lengte van de langste cel, als die al bekend is (anders None): is ze niet te lang,
    #: dan hoeft de import niet elke cel na te meten
    langste_cel: int | None = None


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


def _utf16_zonder_bom(data: bytes) -> str | None:
    """'utf-16-le' of 'utf-16-be' als de helft van de bytes NUL is (UTF-16 zonder BOM)."""
    if len(data) < 4:
        return None
    even, oneven = data[0::2], data[1::2]
    if oneven.count(0) > 0.4 * len(oneven) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and oneven.count(0) < 0.05 * len(oneven):
        return "utf-16-be"
    return None


def _onleesbaar(data: bytes, fout: UnicodeDecodeError, naam: str, begin: int = 0) -> ImportFout:
    rij = data[:begin + fout.start].count(b"\n") + 1
    return ImportFout(f"onleesbaar teken (byte {data[begin + fout.start]:#04x}): dit is geen "
                      "tekst in UTF-8 of Windows-1252 (cp1252). Open het bestand in Excel en "
                      "bewaar het als 'CSV UTF-8'.", bestand=naam, rij=rij)


#: Een geldige UTF-8-reeks van meer dan één byte (komt in cp1252-tekst zo goed als nooit voor).
_UTF8_TEKEN = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def _heeft_utf8_teken(data: bytes, blok: int = 1 << 23) -> bool:
    """Staat er ergens een geldige UTF-8-reeks van meer dan één byte (`_UTF8_TEKEN`)?

    Met numpy, per blok van 8 MB: een reguliere uitdrukking doet er over een miljoen rijen
    een seconde over.

    >>> _heeft_utf8_teken("café".encode("cp1252")), _heeft_utf8_teken("café".encode())
    (False, True)
    """
    for begin in range(0, len(data), blok):
        stuk = np.frombuffer(data, dtype=np.uint8, count=min(blok + 1, len(data) - begin),
                             offset=begin)
        voor, na = stuk[:-1], stuk[1:]
        if ((voor >= 0xC2) & (voor <= 0xF4) & (na >= 0x80) & (na <= 0xBF)).any():
            return True
    return False


def _decodeer(data: bytes, naam: str) -> tuple[str, str]:
    """Tekst en een beschrijving van de tekenset.

    UTF-8 (met of zonder BOM), UTF-16 (met of zonder BOM) en Windows-1252. Een UTF-8-bestand
    met hier en daar een regel in Windows-1252 (twee exports samengeplakt) wordt per regel
    gelezen; de regels in Windows-1252 staan in het logboek."""
    if data.startswith(b"\xef\xbb\xbf"):
        kandidaten = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        kandidaten = ["utf-16"]
    elif (zonder_bom := _utf16_zonder_bom(data)) is not None:
        kandidaten = [zonder_bom]
    else:
        kandidaten = ["utf-8"]
    for tekenset in kandidaten:
        try:
            tekst = data.decode(tekenset)
            return tekst, ("UTF-16 zonder BOM" if tekenset.startswith("utf-16-") else tekenset)
        except UnicodeDecodeError as fout:
            if tekenset != "utf-8" and not tekenset.startswith("utf-16-"):
                raise _onleesbaar(data, fout, naam) from None
    if not _heeft_utf8_teken(data):  # geen enkel UTF-8-teken: gewoon Windows-1252
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as fout:
            raise _onleesbaar(data, fout, naam) from None
    # gemengd: per regel UTF-8, anders Windows-1252
    delen, cp_regels, begin = [], [], 0
    for nummer, regel in enumerate(data.split(b"\n"), start=1):
        try:
            delen.append(regel.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                delen.append(regel.decode("cp1252"))
            except UnicodeDecodeError as fout:
                raise _onleesbaar(data, fout, naam, begin) from None
            cp_regels.append(nummer)
        begin += len(regel) + 1
    from .werk import als_reeksen

    return "\n".join(delen), (f"utf-8, maar rij(en) {als_reeksen(np.asarray(cp_regels))} in "
                               "Windows-1252 (cp1252): per rij gelezen, kijk de accenten daar na")


def _eerste_regels(tekst: str, aantal: int) -> list[str]:
    """``tekst.splitlines()[:aantal]``, zonder heel de tekst (een miljoen regels) te splitsen.

    >>> _eerste_regels("a\\nb\\r\\nc\\rd", 3)
    ['a', 'b', 'c']
    """
    lengte = 1 << 16
    while True:
        regels = tekst[:lengte].splitlines()
        if len(regels) > aantal or lengte >= len(tekst):
            return regels[:aantal]
        lengte *= 4


def _kies_scheidingsteken(tekst: str) -> str:
    regels = [r for r in _eerste_regels(tekst, 60) if r.strip()]
    beste, beste_score = ";", (0, 0)
    # met en zonder aanhalingstekens geteld: een aanhalingsteken dat niet sluit, voegt met
    # aanhalingstekens alle volgende regels samen, en zou zo een ander teken laten winnen
    for teken in (";", ",", "\t", "|"):
        for aanhalen in (csv.QUOTE_MINIMAL, csv.QUOTE_NONE):
            try:
                aantallen = [len(r) for r in csv.reader(regels, delimiter=teken, strict=False,
                                                        quoting=aanhalen)]
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
        gewone_regeleinden = tekst.count("\r") == tekst.count("\r\n")  # \n of \r\n
        # dezelfde tekst (klas, vak, datum, ...) één keer in het geheugen: een miljoen rijen
        # passen zo in enkele honderden MB
        uniek: dict[str, str] = {}
        eenmaal = uniek.setdefault
        if '"' not in tekst and gewone_regeleinden:
            # geen aanhalingstekens: elke regel is precies één rij en elke cel gewoon de tekst
            # tussen twee scheidingstekens (wat csv.reader ook zou geven, maar veel sneller)
            rijen = [list(map(eenmaal, cellen, cellen))
                     for cellen in map(str.split, _zonder_regeleinde(tekst), repeat(teken))]
            if [""] in rijen:  # een lege regel heeft geen cellen (zoals bij csv.reader)
                for nummer in [i for i, rij in enumerate(rijen) if rij == [""]]:
                    rijen[nummer] = []
            return Ruw(rijen, list(range(1, len(rijen) + 1)), notities,
                       langste_cel=max(map(len, uniek), default=0))
        # oude Mac-regeleinden (\r): io.StringIO kent ze
        bron = _regels(tekst) if gewone_regeleinden else io.StringIO(tekst, newline="")
        lezer = csv.reader(bron, delimiter=teken, strict=False)
        if '"' not in tekst:  # geen aanhalingstekens: elke rij is precies één regel
            rijen = [list(map(eenmaal, rij, rij)) for rij in lezer]
            return Ruw(rijen, list(range(1, len(rijen) + 1)), notities,
                       langste_cel=max(map(len, uniek), default=0))
        vorige = begin = 0
        for rij in lezer:
            begin, vorige = vorige + 1, lezer.line_num
            if vorige > begin:
                _controleer_aanhalingstekens(rij, teken, begin, vorige, naam)
            rijen.append(list(map(eenmaal, rij, rij)))
            rijnummers.append(begin)
        if rijen:
            staart = (_laatste_regels(tekst, vorige - begin + 1) if gewone_regeleinden else
                      "".join(io.StringIO(tekst, newline="").readlines()[begin - 1:]))
            _controleer_einde(staart, teken, begin, naam)
    except csv.Error as fout:
        raise ImportFout(f"de CSV-structuur klopt niet ({fout}). Staat er ergens een "
                         "aanhalingsteken dat niet gesloten wordt?", bestand=naam,
                         rij=len(rijen) + 1) from None
    finally:
        csv.field_size_limit(oud)
    return Ruw(rijen, rijnummers, notities, langste_cel=max(map(len, uniek), default=0))


def _zonder_regeleinde(tekst: str, blok: int = 1 << 20) -> Iterator[str]:
    """De regels van een tekst met regeleinden \\n of \\r\\n, zonder regeleinde, zoals
    csv.reader ze ziet (na het laatste regeleinde begint geen nieuwe regel meer). Per blok
    van ongeveer `blok` tekens gesplitst: snel, en zonder alle regels tegelijk in het geheugen.

    >>> list(_zonder_regeleinde("a;b\\r\\n\\r\\nc\\nd", blok=2))
    ['a;b', '', 'c', 'd']
    >>> list(_zonder_regeleinde("a\\nb\\n"))
    ['a', 'b']
    """
    begin, lengte, cr = 0, len(tekst), "\r" in tekst
    while begin < lengte:
        einde = tekst.find("\n", min(begin + blok, lengte - 1))
        if einde < 0:
            einde = lengte
        regels = tekst[begin:einde].split("\n")
        begin = einde + 1
        if cr:
            regels = [r[:-1] if r.endswith("\r") else r for r in regels]
        yield from regels


def _regels(tekst: str) -> Iterator[str]:
    """De regels van een tekst, één voor één (zonder de hele tekst nog eens te kopiëren)."""
    begin, lengte = 0, len(tekst)
    while begin < lengte:
        einde = tekst.find("\n", begin)
        if einde < 0:
            yield tekst[begin:]
            return
        yield tekst[begin:einde + 1]
        begin = einde + 1


def _laatste_regels(tekst: str, aantal: int) -> str:
    """De laatste `aantal` regels van een tekst met regeleinden \\n of \\r\\n.

    >>> _laatste_regels("a\\nb\\nc\\n", 2), _laatste_regels("a\\nb", 5)
    ('b\\nc\\n', 'a\\nb')
    """
    positie = len(tekst) - 1 if tekst.endswith("\n") else len(tekst)
    for _ in range(aantal):
        positie = tekst.rfind("\n", 0, positie)
        if positie < 0:
            return tekst
    return tekst[positie + 1:]


def _controleer_einde(staart: str, teken: str, begin: int, naam: str) -> None:
    """De laatste rij: opent daar een aanhalingsteken dat tot het einde van het bestand niet
    meer sluit, dan verdwijnt de rest van de rij in één cel (en schuift alles op). Geweigerd,
    zoals een aanhalingsteken dat volgende rijen opslokt.

    >>> _controleer_einde('1;"14/20;Jef\\n', ";", 3, "x.csv")
    Traceback (most recent call last):
    ...
    schooldata_lit.importeren.ImportFout: Fout in bestand x.csv, rij 3: op rij 3 ...
    """
    try:
        for _ in csv.reader(io.StringIO(staart, newline=""), delimiter=teken, strict=True):
            pass
    except csv.Error as fout:
        if "unexpected end of data" not in str(fout):
            return  # een ander (toegelaten) soort rommel: de gewone lezer heeft het gelezen
        raise ImportFout(
            f"op rij {begin} opent een aanhalingsteken (\") dat tot het einde van het bestand "
            "niet meer sluit: de rest van de rij zou in één cel verdwijnen. Verwijder het "
            "aanhalingsteken of zet er een tweede achter, en importeer opnieuw.",
            bestand=naam, rij=begin) from None


def _controleer_aanhalingstekens(rij: list[str], teken: str, begin: int, einde: int,
                                 naam: str) -> None:
    """Een rij die over meer regels loopt: een cel met een regeleinde (mag), of een
    aanhalingsteken dat niet gesloten werd en de volgende rijen opslokt (geweigerd)."""
    for cel in rij:
        regels = cel.split("\n")
        if len(regels) > 1 and any(r.count(teken) >= 1 for r in regels[1:]):
            raise ImportFout(
                f"op rij {begin} opent een aanhalingsteken (\") dat pas op rij {einde} sluit: "
                f"de rijen {begin + 1} tot {einde} zouden in één cel verdwijnen. Verwijder het "
                "aanhalingsteken of zet er een tweede achter, en importeer opnieuw.",
                bestand=naam, rij=begin)


def _cel_tekst(waarde: object) -> str:
    if type(waarde) is str:  # het meest voorkomende geval eerst
        return waarde
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
    """Een werkblad lezen: met python-calamine (snel), anders met openpyxl."""
    try:
        import python_calamine
    except ImportError:  # pragma: no cover - calamine is een vereiste, openpyxl de reserve
        return _lees_xlsx_openpyxl(data, naam, blad)
    try:
        boek = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        bladen = list(boek.sheet_names)
    except Exception as fout:  # calamine geeft allerlei fouten bij een kapot bestand
        raise ImportFout("het Excel-bestand is beschadigd of onvolledig en kan niet geopend "
                         f"worden ({type(fout).__name__}). Open het in Excel en bewaar het "
                         "opnieuw als .xlsx of als CSV.", bestand=naam) from None
    blad = _kies_blad(bladen, blad, naam)
    try:
        cellen = boek.get_sheet_by_name(blad).to_python(skip_empty_area=False)
    except Exception as fout:
        raise ImportFout("het Excel-bestand is beschadigd of onvolledig "
                         f"({type(fout).__name__}). Bewaar het opnieuw in Excel.",
                         bestand=naam) from None
    rijen = [[_cel_tekst(w) for w in rij] for rij in cellen]
    return Ruw(rijen, list(range(1, len(rijen) + 1)), _bladnotitie(bladen, blad))


def _kies_blad(bladen: list[str], blad: str | None, naam: str) -> str:
    if not bladen:
        raise ImportFout("het Excel-bestand heeft geen werkbladen.", bestand=naam)
    if blad is None:
        return bladen[0]
    if blad not in bladen:
        raise ImportFout(f"het werkblad {blad!r} bestaat niet. Werkbladen: "
                         f"{', '.join(bladen)}.", bestand=naam)
    return blad


def _bladnotitie(bladen: list[str], blad: str) -> list[tuple[str, str]]:
    return [("werkblad", f"werkblad {blad!r} gelezen"
             + (f"; niet gelezen: {', '.join(b for b in bladen if b != blad)}"
                if len(bladen) > 1 else ""))]


def _lees_xlsx_openpyxl(data: bytes, naam: str, blad: str | None) -> Ruw:
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
