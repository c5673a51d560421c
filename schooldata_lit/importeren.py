"""Je eigen schooldata inlezen: importeren, valideren en pseudonimiseren aan de deur.

Een datateam wil wat het in de cursus leerde, toepassen op de eigen school. De exports uit het
leerplatform en de leerlingenadministratie zijn zelden proper: puntkomma's, decimale komma's,
Nederlandse kolomnamen, een titel boven de kopregel, een totaalrij, scores als ``14/20``,
``afw`` of ``ziek``. `importeer` leest zo'n export (CSV of Excel ``.xlsx``) en

1. **koppelt** de kolomnamen van je school aan het datamodel van de cursus (zie
   `standaardkoppeling`; aanpassen kan in een klein YAML-bestand, zie `schrijf_koppeling`);
2. **valideert zonder iets te verliezen**: elke rij komt in de ingelezen tabel of in het
   rapport met afgewezen rijen (bestand, rij, kolom, waarde, reden, oplossing); gelezen =
   aanvaard + afgewezen; elke omzetting staat in het conversielogboek;
3. **pseudonimiseert aan de deur**: leerlingnummers en namen van leerkrachten worden vervangen
   door pseudoniemen met de sleutel van de school (`privacy.pseudonimiseer`); namen,
   rijksregisternummers en kolommen die je niet gekoppeld hebt, worden nooit weggeschreven;
4. **schrijft veilig**: alles tegelijk via tijdelijke bestanden die pas op het einde hernoemd
   worden (geen halve uitvoer bij een fout), en tekst die met ``=``, ``+``, ``-`` of ``@``
   begint krijgt een ``'`` ervoor (bescherming tegen CSV-injectie, zoals OWASP aanraadt).

De uitvoermap is een gewone datamap: open ze met ``laad_dataset(naam, map=...)``,
``knipperlichten(map=...)`` of ``stel_datamap_in(...)``. Met `controleer_datamap` zie je wat er
nog ontbreekt; `vul_datamap_aan` maakt de kalender, inschrijvingen en lege tabellen aan zodat de
knipperlichten werken.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as map_:
...     export = Path(map_) / "leerlingen.csv"
...     _ = export.write_text("Stamboeknr;Naam;Voornaam;Klas\\n1001;Peeters;An;3A\\n"
...                           "1002;Maes;Bo;3A\\n", encoding="cp1252")
...     verslag = importeer(export, "leerlingen", Path(map_) / "uit",
...                         sleutel="demo-sleutel-enkel-voor-de-cursus", schooljaar="2025-2026")
...     print(verslag.gelezen, verslag.aanvaard, verslag.afgewezen_rijen)
...     "Peeters" in (Path(map_) / "uit" / "leerlingen.csv").read_text(encoding="utf-8-sig")
2 2 0
False
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from .controle import schrijf_atomair
from .data import CSV_OPTIES
from .privacy import _controleer_sleutel, lees_sleutel, pseudonimiseer
from .structuur import HUIDIG_SCHOOLJAAR, kalender, periode_van
from .woordenboek import TABELLEN

__all__ = [
    "SOORTEN",
    "ImportFout",
    "Importverslag",
    "standaardkoppeling",
    "lees_koppeling",
    "schrijf_koppeling",
    "importeer",
    "importoverzicht",
    "controleer_datamap",
    "vul_datamap_aan",
    "maak_csv_veilig",
]

#: Soort export (zoals in de opdrachtregel) → tabel van het datamodel.
SOORTEN = {
    "punten": "resultaten",
    "afwezigheden": "afwezigheden",
    "leerlingen": "leerlingen",
    "activiteit": "platformactiviteit",
    "begeleiding": "begeleiding",
}

#: Cellen langer dan dit worden niet ingelezen (de rij komt in het rapport).
MAX_CEL = 1000
#: Bestanden groter dan dit (in bytes) worden geweigerd.
MAX_BESTAND = 300_000_000
#: In zoveel eerste rijen zoeken we de kopregel.
KOPREGEL_ZOEKEN = 30
#: Zoveel rijnummers tonen we hoogstens per regel van het conversielogboek (daarna: "...").
_MAX_RIJNUMMERS = 5000

_VERBORGEN = "(persoonsgegeven, verborgen)"
_GEVAARLIJK_BEGIN = ("=", "+", "-", "@", "\t", "\r")

# ---------------------------------------------------------------------------------------------
# Fouten en verslag
# ---------------------------------------------------------------------------------------------


class ImportFout(ValueError):
    """Een export kan niet ingelezen worden. De melding zegt waar (bestand, rij, kolom) en wat
    je eraan kunt doen."""

    def __init__(self, bericht: str, *, bestand: str | None = None, rij: int | None = None,
                 kolom: str | None = None) -> None:
        self.bestand, self.rij, self.kolom = bestand, rij, kolom
        waar = []
        if bestand:
            waar.append(f"bestand {bestand}")
        if rij is not None:
            waar.append(f"rij {rij}")
        if kolom:
            waar.append(f"kolom {kolom!r}")
        super().__init__((f"Fout in {', '.join(waar)}: " if waar else "") + bericht)


@dataclass
class Importverslag:
    """Wat `importeer` deed: de ingelezen tabel, het rapport van afgewezen rijen en het
    conversielogboek. Print het verslag voor een samenvatting in woorden."""

    bestand: str
    soort: str
    tabelnaam: str
    schooljaar: str
    gelezen: int
    tabel: pd.DataFrame
    afgewezen: pd.DataFrame
    conversies: pd.DataFrame
    geschreven: list[str] = field(default_factory=list)

    @property
    def aanvaard(self) -> int:
        """Aantal rijen in de ingelezen tabel."""
        return len(self.tabel)

    @property
    def afgewezen_rijen(self) -> int:
        """Aantal afgewezen rijen (een rij kan meer dan één reden hebben)."""
        return int(self.afgewezen["rij"].nunique()) if len(self.afgewezen) else 0

    def samenvatting(self) -> str:
        """Het verslag in enkele zinnen."""
        regels = [
            f"Export {self.bestand} ({self.soort} → tabel {self.tabelnaam}, schooljaar "
            f"{self.schooljaar}):",
            f"- gelezen: {self.gelezen} rijen",
            f"- aanvaard: {self.aanvaard} rijen",
            f"- afgewezen: {self.afgewezen_rijen} rijen "
            f"({len(self.afgewezen)} meldingen in het rapport)",
            f"- omzettingen in het conversielogboek: {len(self.conversies)} soorten",
        ]
        if self.geschreven:
            regels.append(f"- geschreven: {', '.join(self.geschreven)}")
        if self.afgewezen_rijen:
            regels.append("Kijk het rapport met afgewezen rijen na: elke rij zegt wat er mis is "
                          "en hoe je het oplost.")
        return "\n".join(regels)

    def __str__(self) -> str:
        return self.samenvatting()

    def __repr__(self) -> str:
        return (f"Importverslag({self.bestand!r}, gelezen={self.gelezen}, "
                f"aanvaard={self.aanvaard}, afgewezen={self.afgewezen_rijen})")


# ---------------------------------------------------------------------------------------------
# Koppeling van kolomnamen en waarden
# ---------------------------------------------------------------------------------------------

def _norm(tekst: object) -> str:
    """Kolomnaam of waarde vergelijkbaar maken: kleine letters, zonder accenten en leestekens.

    >>> _norm("  Lln.-nr. (Stamboek) ")
    'lln nr stamboek'
    >>> _norm("Remediëring")
    'remediering'
    """
    tekst = unicodedata.normalize("NFKD", str(tekst))
    tekst = "".join(t for t in tekst if not unicodedata.combining(t)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", tekst).split())


_LEERLING_ID = ["leerling id", "leerlingnummer", "leerlingnr", "lln nr", "llnr", "lln nummer",
                "stamboeknummer", "stamboeknr", "stamnummer", "stamboek nr", "intern nummer",
                "leerlingcode", "id leerling", "nummer leerling", "gebruikersnummer"]

#: Kolommen met namen en nummers die een persoon aanwijzen: nooit weggeschreven.
IDENTIFICERENDE_NAMEN = [
    "naam", "voornaam", "familienaam", "achternaam", "naam leerling", "leerling naam",
    "leerling", "volledige naam", "roepnaam", "rijksregisternummer", "rijksregisternr",
    "rijksregister", "insz", "insz nummer", "rrn", "e mail", "email", "mail", "adres",
    "straat", "telefoon", "gsm", "geboorteplaats", "ouders", "naam ouder",
]

_STANDAARD: dict[str, dict[str, list[str]]] = {
    "resultaten": {
        "leerling_id": _LEERLING_ID,
        "klas": ["klas", "klasgroep", "klascode", "groep"],
        "vak": ["vak", "vaknaam", "cursus", "leergebied"],
        "leerkracht_id": ["leerkracht", "leerkracht id", "leraar", "docent", "titularis vak",
                          "vakleerkracht"],
        "datum": ["datum", "datum evaluatie", "evaluatiedatum", "afnamedatum", "datum toets"],
        "periode": ["periode", "evaluatieperiode", "rapportperiode"],
        "soort": ["soort", "soort evaluatie", "type", "type evaluatie", "evaluatie", "categorie",
                  "evaluatiesoort"],
        "score": ["score", "punten", "resultaat", "behaald", "cijfer", "punt"],
        "maximum": ["maximum", "max", "maximumscore", "op", "totaal", "max score", "op hoeveel"],
        "code": ["code", "codering", "opmerking code", "reden"],
    },
    "afwezigheden": {
        "leerling_id": _LEERLING_ID,
        "datum": ["datum", "dag", "datum afwezigheid"],
        "dagdeel": ["dagdeel", "deel", "halve dag", "moment", "vm nm"],
        "code": ["code", "afwezigheidscode", "reden", "soort", "type"],
    },
    "leerlingen": {
        "leerling_id": _LEERLING_ID,
        "geslacht": ["geslacht", "gender", "m v"],
        "geboortejaar": ["geboortejaar", "jaar geboorte"],
        "_geboortedatum": ["geboortedatum", "geboren", "geboren op", "datum geboorte"],
        "instroom_schooljaar": ["instroom schooljaar", "instroomjaar", "schooljaar instroom",
                                "ingeschreven sinds"],
        "instroom_leerjaar": ["instroom leerjaar", "leerjaar instroom"],
        "thuistaal_niet_nederlands": ["thuistaal niet nederlands", "thuistaal niet nl",
                                      "andere thuistaal", "thuistaal andere"],
        "schooltoeslag": ["schooltoeslag", "studietoelage", "schooltoelage"],
        "_klas": ["klas", "klasgroep", "huidige klas"],
        "_leerjaar": ["leerjaar", "jaar"],
        "_studierichting": ["studierichting", "richting", "basisoptie", "optie"],
        "_finaliteit": ["finaliteit", "onderwijsvorm", "stroom"],
    },
    "platformactiviteit": {
        "leerling_id": _LEERLING_ID + ["gebruiker", "gebruiker id"],
        "week": ["week", "week van", "begin week", "maandag", "weekstart", "datum"],
        "aanmeldingen": ["aanmeldingen", "logins", "aantal logins", "aantal aanmeldingen",
                         "inlogs"],
        "taken_op_tijd": ["taken op tijd", "op tijd ingediend", "tijdig ingediend"],
        "taken_te_laat": ["taken te laat", "te laat ingediend"],
        "taken_niet_ingediend": ["taken niet ingediend", "niet ingediend"],
    },
    "begeleiding": {
        "leerling_id": _LEERLING_ID,
        "datum": ["datum", "dag"],
        "soort": ["soort", "soort begeleiding", "type", "actie", "begeleiding", "maatregel"],
        "vak": ["vak", "vaknaam"],
        "door": ["door", "uitgevoerd door", "begeleider", "wie", "verantwoordelijke"],
    },
}

_WAARDEN: dict[str, dict[str, str]] = {
    "resultaten.code": {
        "afw": "afwezig", "afwezig": "afwezig", "a": "afwezig", "abs": "afwezig",
        "gewettigd afwezig": "afwezig", "ga": "afwezig",
        "ziek": "ziek", "z": "ziek", "zk": "ziek", "ziekte": "ziek",
        "vrijgesteld": "vrijgesteld", "vrij": "vrijgesteld", "vr": "vrijgesteld",
        "vrijst": "vrijgesteld", "vrijstelling": "vrijgesteld", "vs": "vrijgesteld",
    },
    "resultaten.soort": {
        "dw": "dagelijks werk", "dagelijks werk": "dagelijks werk", "dagelijks": "dagelijks werk",
        "permanente evaluatie": "dagelijks werk", "pe": "dagelijks werk",
        "toets": "toets", "t": "toets", "test": "toets", "overhoring": "toets",
        "examen": "examen", "ex": "examen", "proefwerk": "examen", "exam": "examen",
    },
    "afwezigheden.code": {
        "z": "Z", "ziek": "Z", "ziekte": "Z", "m": "Z", "medisch attest": "Z",
        "g": "G", "gewettigd": "G", "wettig": "G", "r": "G",
        "b": "B", "problematisch": "B", "ongewettigd": "B", "spijbelen": "B",
        "l": "L", "te laat": "L", "laat": "L", "telaat": "L",
    },
    "afwezigheden.dagdeel": {
        "vm": "VM", "voormiddag": "VM", "am": "VM", "ochtend": "VM", "1": "VM",
        "nm": "NM", "namiddag": "NM", "pm": "NM", "middag": "NM", "2": "NM",
    },
    "leerlingen.geslacht": {
        "m": "M", "man": "M", "mannelijk": "M", "jongen": "M",
        "v": "V", "vrouw": "V", "vrouwelijk": "V", "meisje": "V", "f": "V",
        "x": "X", "anders": "X",
    },
    "leerlingen.thuistaal_niet_nederlands": {
        "ja": "ja", "j": "ja", "1": "ja", "x": "ja", "waar": "ja",
        "nee": "nee", "n": "nee", "0": "nee", "onwaar": "nee",
    },
    "leerlingen.schooltoeslag": {
        "ja": "ja", "j": "ja", "1": "ja", "x": "ja", "waar": "ja",
        "nee": "nee", "n": "nee", "0": "nee", "onwaar": "nee",
    },
    "begeleiding.soort": {
        "remediering": "remediëring", "remedie": "remediëring", "rem": "remediëring",
        "bijles": "remediëring", "herkansing": "herkansing", "herexamen": "herkansing",
        "inhaaltoets": "herkansing", "gesprek": "gesprek", "leerlinggesprek": "gesprek",
        "oudergesprek": "gesprek", "zorgoverleg": "zorgoverleg", "mdo": "zorgoverleg",
        "moc": "zorgoverleg", "cel leerlingenbegeleiding": "zorgoverleg",
    },
    "begeleiding.door": {
        "vakleerkracht": "vakleerkracht", "leerkracht": "vakleerkracht",
        "vakleraar": "vakleerkracht", "klastitularis": "klastitularis",
        "titularis": "klastitularis", "klasleraar": "klastitularis",
        "zorgcoordinator": "zorgcoördinator", "zorgco": "zorgcoördinator",
        "leerlingbegeleider": "zorgcoördinator", "clb": "CLB",
    },
}

_VERPLICHT = {
    "resultaten": ["leerling_id", "vak", "datum", "score"],
    "afwezigheden": ["leerling_id", "datum", "dagdeel", "code"],
    "leerlingen": ["leerling_id"],
    "platformactiviteit": ["leerling_id", "week", "aanmeldingen"],
    "begeleiding": ["leerling_id", "datum", "soort"],
}

_UITLEG_KOPPELING = """\
# Koppeling van de kolomnamen (en codes) van je school aan het datamodel van de cursus.
# Pas dit bestand aan en geef het mee: schooldata-lit importeer ... --koppeling koppeling.yaml
#
# kolommen: per tabel, per kolom van de cursus, de kolomnamen zoals ze in jouw export staan.
#   Hoofdletters, accenten en leestekens tellen niet mee ("Lln.nr." = "lln nr").
#   Jouw namen worden eerst geprobeerd, daarna de standaardnamen.
# waarden: codes van je school omzetten naar de codes van de cursus (tabel.kolom: {van: naar}).
# Kolommen die je niet koppelt, worden NIET ingelezen (en dus nooit weggeschreven).
"""


def standaardkoppeling() -> dict:
    """De standaardkoppeling: welke kolomnamen en codes de import herkent.

    Geeft een nieuw woordenboek met twee delen terug: ``kolommen`` (per tabel, per kolom van
    de cursus, de herkende kolomnamen) en ``waarden`` (per ``tabel.kolom`` de herkende codes).

    >>> koppeling = standaardkoppeling()
    >>> "stamboeknummer" in koppeling["kolommen"]["resultaten"]["leerling_id"]
    True
    >>> koppeling["waarden"]["resultaten.code"]["afw"]
    'afwezig'
    """
    return {"kolommen": {t: {k: list(v) for k, v in d.items()} for t, d in _STANDAARD.items()},
            "waarden": {k: dict(v) for k, v in _WAARDEN.items()}}


def schrijf_koppeling(pad: str | os.PathLike, tabellen: Iterable[str] | None = None) -> Path:
    """Schrijf de standaardkoppeling als YAML-bestand om zelf aan te passen.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     pad = schrijf_koppeling(f"{map_}/koppeling.yaml", ["afwezigheden"])
    ...     sorted(lees_koppeling(pad)["kolommen"])
    ['afwezigheden']
    """
    koppeling = standaardkoppeling()
    if tabellen is not None:
        tabellen = list(tabellen)
        koppeling["kolommen"] = {t: koppeling["kolommen"][t] for t in tabellen}
        koppeling["waarden"] = {k: v for k, v in koppeling["waarden"].items()
                                if k.split(".")[0] in tabellen}
    tekst = _UITLEG_KOPPELING + yaml.safe_dump(koppeling, allow_unicode=True, sort_keys=False,
                                               width=100)
    pad = Path(pad)
    _schrijf_atomair({pad: tekst})
    return pad


def lees_koppeling(pad: str | os.PathLike) -> dict:
    """Lees een koppeling (YAML) en controleer ze. Fouten zeggen welke regel niet klopt.

    >>> lees_koppeling("bestaat/niet.yaml")
    Traceback (most recent call last):
    ...
    schooldata_lit.importeren.ImportFout: Fout in bestand niet.yaml: het koppelingsbestand ...
    """
    pad = Path(pad)
    if not pad.is_file():
        raise ImportFout(f"het koppelingsbestand bestaat niet ({pad}). Maak er een met "
                         "schrijf_koppeling().", bestand=pad.name)
    try:
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFout("het koppelingsbestand is geen UTF-8-tekst. Bewaar het als UTF-8.",
                         bestand=pad.name) from None
    except yaml.YAMLError as fout:
        plaats = getattr(fout, "problem_mark", None)
        raise ImportFout("het koppelingsbestand is geen geldige YAML: "
                         f"{getattr(fout, 'problem', fout)}. Controleer de inspringing en de "
                         "dubbele punten.", bestand=pad.name,
                         rij=None if plaats is None else plaats.line + 1) from None
    return _controleer_koppeling(inhoud or {}, pad.name)


def _controleer_koppeling(inhoud: object, bron: str) -> dict:
    if not isinstance(inhoud, Mapping) or set(inhoud) - {"kolommen", "waarden"}:
        raise ImportFout("een koppeling heeft enkel de delen 'kolommen' en 'waarden'.",
                         bestand=bron)
    kolommen = inhoud.get("kolommen") or {}
    waarden = inhoud.get("waarden") or {}
    if not isinstance(kolommen, Mapping) or not isinstance(waarden, Mapping):
        raise ImportFout("'kolommen' en 'waarden' moeten lijsten met 'naam: ...' zijn.",
                         bestand=bron)
    for tabel, doelen in kolommen.items():
        if tabel not in _STANDAARD:
            raise ImportFout(f"onbekende tabel {tabel!r} onder 'kolommen'. Kies uit: "
                             f"{', '.join(_STANDAARD)}.", bestand=bron)
        if not isinstance(doelen, Mapping):
            raise ImportFout(f"onder 'kolommen: {tabel}' hoort per kolom een lijst met namen.",
                             bestand=bron)
        for doel, namen in doelen.items():
            if doel not in _STANDAARD[tabel]:
                raise ImportFout(f"de tabel {tabel} heeft geen kolom {doel!r}. Kies uit: "
                                 f"{', '.join(_STANDAARD[tabel])}.", bestand=bron)
            if isinstance(namen, str):
                namen = [namen]
            if not isinstance(namen, list) or not all(isinstance(n, str | int) for n in namen):
                raise ImportFout(f"'{tabel}.{doel}' moet een lijst met kolomnamen zijn.",
                                 bestand=bron)
    for sleutel, paren in waarden.items():
        if sleutel not in _WAARDEN:
            raise ImportFout(f"onbekende codelijst {sleutel!r} onder 'waarden'. Kies uit: "
                             f"{', '.join(_WAARDEN)}.", bestand=bron)
        if not isinstance(paren, Mapping):
            raise ImportFout(f"onder 'waarden: {sleutel}' hoort 'code van je school: code van "
                             "de cursus'.", bestand=bron)
        toegelaten = set(_WAARDEN[sleutel].values())
        fout = [str(v) for v in paren.values() if str(v) not in toegelaten]
        if fout:
            raise ImportFout(f"{sleutel}: {', '.join(fout)} is geen code van de cursus. Kies "
                             f"uit: {', '.join(sorted(toegelaten))}.", bestand=bron)
    return {"kolommen": {t: {d: [str(n) for n in ([v] if isinstance(v, str) else v)]
                             for d, v in doelen.items()} for t, doelen in kolommen.items()},
            "waarden": {k: {str(a): str(b) for a, b in v.items()} for k, v in waarden.items()}}


def _voeg_samen(eigen: dict | None) -> dict:
    """Eigen koppeling eerst, daarna de standaard."""
    koppeling = standaardkoppeling()
    if not eigen:
        return koppeling
    for tabel, doelen in eigen.get("kolommen", {}).items():
        for doel, namen in doelen.items():
            koppeling["kolommen"][tabel][doel] = list(namen) + koppeling["kolommen"][tabel][doel]
    for sleutel, paren in eigen.get("waarden", {}).items():
        koppeling["waarden"][sleutel].update(paren)
    return koppeling


# ---------------------------------------------------------------------------------------------
# Lezen: CSV (scheidingsteken, tekenset) en Excel
# ---------------------------------------------------------------------------------------------

@dataclass
class _Ruw:
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


def _lees_csv(data: bytes, naam: str) -> _Ruw:
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
    return _Ruw(rijen, rijnummers, notities)


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


def _lees_xlsx(data: bytes, naam: str, blad: str | None) -> _Ruw:
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
    return _Ruw(rijen, rijnummers, notities)


def _lees(pad: Path, blad: str | None) -> _Ruw:
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


# ---------------------------------------------------------------------------------------------
# Kopregel zoeken en kolommen koppelen
# ---------------------------------------------------------------------------------------------

def _koppel_kop(kop: list[str], tabel: str, koppeling: dict) -> tuple[dict[int, str], int]:
    """Per kolomnummer het doel (kolom van de cursus, of '#id' voor identificerend)."""
    doelen = koppeling["kolommen"][tabel]
    genormd = [_norm(k) for k in kop]
    gekoppeld: dict[int, str] = {}
    bezet: set[str] = set()
    for doel, namen in doelen.items():
        for naam in namen:
            n = _norm(naam)
            treffers = [i for i, g in enumerate(genormd) if g == n and i not in gekoppeld]
            if treffers and doel not in bezet:
                gekoppeld[treffers[0]] = doel
                bezet.add(doel)
                break
    herkend = len(gekoppeld)
    ident = {_norm(n) for n in IDENTIFICERENDE_NAMEN}
    for i, g in enumerate(genormd):
        if i not in gekoppeld and (g in ident or any(g.startswith(n + " ") for n in
                                                     ("naam", "voornaam", "familienaam"))):
            gekoppeld[i] = "#id"
    return gekoppeld, herkend


def _zoek_kop(ruw: _Ruw, tabel: str, koppeling: dict, naam: str) -> int:
    beste, beste_n = -1, 0
    for i, rij in enumerate(ruw.rijen[:KOPREGEL_ZOEKEN]):
        if sum(1 for c in rij if c.strip()) < 2:
            continue
        gekoppeld, herkend = _koppel_kop(rij, tabel, koppeling)
        if "leerling_id" in gekoppeld.values() and herkend > beste_n:
            beste, beste_n = i, herkend
    if beste < 0:
        voorbeeld = ", ".join(koppeling["kolommen"][tabel]["leerling_id"][:4])
        raise ImportFout(
            f"geen kopregel gevonden in de eerste {KOPREGEL_ZOEKEN} rijen: er is geen kolom "
            f"met het leerlingnummer (bv. {voorbeeld}). Zet de kolomnaam van je school in het "
            f"koppelingsbestand onder kolommen: {tabel}: leerling_id.", bestand=naam)
    return beste


# ---------------------------------------------------------------------------------------------
# Omzetten en valideren
# ---------------------------------------------------------------------------------------------

class _Werk:
    """Verzamelt afwijzingen en omzettingen tijdens één import."""

    def __init__(self, bestand: str, rijnummers: np.ndarray) -> None:
        self.bestand = bestand
        self.rijnummers = rijnummers
        self.fouten: list[pd.DataFrame] = []
        self.log: list[dict] = []
        self.verboden: set[str] = set()  # identificerende waarden: nooit tonen
        # rijen waarvoor één reden volstaat (totaalrij, te lange cel): (masker, reden)
        self.enkel: list[tuple[np.ndarray, str]] = []

    def fout(self, masker: np.ndarray | pd.Series, kolom: str, waarden: pd.Series | str,
             reden: str, oplossing: str) -> None:
        masker = np.asarray(masker, dtype=bool)
        if not masker.any():
            return
        posities = np.flatnonzero(masker)
        if isinstance(waarden, str):
            w = [waarden] * len(posities)
        else:
            w = [self._toonbaar(v) for v in np.asarray(waarden, dtype=object)[posities]]
        self.fouten.append(pd.DataFrame({"positie": posities, "kolom": kolom, "waarde": w,
                                         "reden": reden, "oplossing": oplossing}))

    def _toonbaar(self, waarde: object) -> str:
        tekst = "" if waarde is None or (isinstance(waarde, float) and np.isnan(waarde)) \
            else str(waarde)
        if tekst.strip() in self.verboden or any(
                deel in self.verboden for deel in re.split(r"[\s,;/]+", tekst) if deel):
            return _VERBORGEN
        return tekst if len(tekst) <= 60 else tekst[:57] + "..."

    def omzetting(self, kolom: str, conversie: str, masker: np.ndarray | pd.Series | None = None,
                  van: pd.Series | None = None, naar: pd.Series | None = None,
                  toon_voorbeeld: bool = True) -> None:
        if masker is None:
            self.log.append({"kolom": kolom, "conversie": conversie, "aantal": np.nan,
                             "rijen": "", "voorbeeld_van": "", "voorbeeld_naar": ""})
            return
        masker = np.asarray(masker, dtype=bool)
        if not masker.any():
            return
        posities = np.flatnonzero(masker)
        eerste = posities[0]
        vb_van = vb_naar = ""
        if toon_voorbeeld and van is not None:
            vb_van = self._toonbaar(np.asarray(van, dtype=object)[eerste])
        if toon_voorbeeld and naar is not None:
            vb_naar = self._toonbaar(np.asarray(naar, dtype=object)[eerste])
        self.log.append({"kolom": kolom, "conversie": conversie, "aantal": len(posities),
                         "rijen": _reeksen(self.rijnummers[posities]),
                         "voorbeeld_van": vb_van, "voorbeeld_naar": vb_naar})

    def afwijzingen(self) -> pd.DataFrame:
        kolommen = ["bestand", "rij", "kolom", "waarde", "reden", "oplossing"]
        if not self.fouten:
            return pd.DataFrame(columns=kolommen)
        alle = pd.concat(self.fouten, ignore_index=True)
        # bij een totaalrij (of een te lange cel) volstaat die ene reden
        positie = alle["positie"].to_numpy()
        beperkt = np.zeros(len(alle), dtype=bool)
        toegelaten = np.zeros(len(alle), dtype=bool)
        for masker, reden in self.enkel:
            beperkt |= masker[positie]
            toegelaten |= masker[positie] & (alle["reden"] == reden).to_numpy()
        alle = alle[~beperkt | toegelaten]
        alle["rij"] = self.rijnummers[alle["positie"].to_numpy()]
        alle["bestand"] = self.bestand
        return (alle.sort_values(["rij", "kolom"], kind="stable")[kolommen]
                .reset_index(drop=True))

    def afgewezen_posities(self) -> np.ndarray:
        if not self.fouten:
            return np.array([], dtype=int)
        return np.unique(np.concatenate([f["positie"].to_numpy() for f in self.fouten]))


def _reeksen(nummers: np.ndarray) -> str:
    """Rijnummers compact: 3-7, 10, 12-13.

    >>> _reeksen(np.array([3, 4, 5, 6, 7, 10, 12, 13]))
    '3-7, 10, 12-13'
    """
    if len(nummers) == 0:
        return ""
    nummers = np.sort(nummers)
    breuk = np.flatnonzero(np.diff(nummers) != 1)
    begins = np.concatenate([[nummers[0]], nummers[breuk + 1]])
    eindes = np.concatenate([nummers[breuk], [nummers[-1]]])
    delen = [str(b) if b == e else f"{b}-{e}" for b, e in zip(begins, eindes, strict=True)]
    if len(delen) > _MAX_RIJNUMMERS:
        delen = delen[:_MAX_RIJNUMMERS] + [f"... ({len(delen) - _MAX_RIJNUMMERS} reeksen meer)"]
    return ", ".join(delen)


def _strip(s: pd.Series) -> pd.Series:
    """``s.str.strip()``, maar één keer per verschillende waarde."""
    codes, uniek = pd.factorize(s)
    schoon = np.array([str(u).strip() for u in uniek] + [""], dtype=object)
    return pd.Series(schoon[codes], index=s.index, dtype=s.dtype if s.dtype != object else None)


def _extract(s: pd.Series, patroon: str | re.Pattern, flags: int = 0) -> pd.DataFrame:
    """``s.str.extract``, maar één keer per verschillende waarde (snel bij 100 000 rijen)."""
    codes, uniek = pd.factorize(s)
    delen = pd.Series(np.asarray(uniek, dtype=object)).astype(str).str.extract(patroon,
                                                                               flags=flags)
    if not len(delen):
        return pd.DataFrame(index=s.index, columns=delen.columns, dtype=object)
    uit = delen.iloc[np.maximum(codes, 0)].reset_index(drop=True)
    if (codes < 0).any():
        uit.loc[codes < 0] = np.nan
    uit.index = s.index
    return uit


def _pseudoniemen(s: pd.Series, sleutel: str, voorvoegsel: str) -> pd.Series:
    """`pseudonimiseer` op elke verschillende waarde één keer; lege waarden blijven leeg."""
    s = s.where(s.notna() & (_strip(s.astype(str)) != ""), np.nan)
    codes, uniek = pd.factorize(s.astype(object).where(s.notna(), None))
    if not len(uniek):
        return pd.Series(np.nan, index=s.index, dtype=object)
    tabel = pd.DataFrame({"w": [str(u).strip() for u in uniek]})
    code = pseudonimiseer(tabel, "w", sleutel, voorvoegsel=voorvoegsel)["w"].to_numpy()
    uit = np.where(codes >= 0, code[np.maximum(codes, 0)], None)
    return pd.Series(uit, index=s.index, dtype=object).where(codes >= 0, np.nan)


_TE_LANG = "cel te lang"
_TOTAALREDEN = "totaalrij of gemiddelde: geen gegevens van een leerling"
_TOTAAL = re.compile(r"(?i)\b(?:totaal|totalen|gemiddelde|som|aantal)\b")
_GETAL = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def _getallen(werk: _Werk, s: pd.Series, kolom: str, *, geheel: bool = False,
              leeg_mag: bool = False, toon: pd.Series | None = None) -> pd.Series:
    """Tekst naar getal; decimale komma wordt omgezet (en gelogd); anders een afwijzing.

    `toon`: de oorspronkelijke cel om in het rapport te tonen (standaard `s`)."""
    s = _strip(s)
    toon = s if toon is None else toon
    leeg = s == ""
    komma = s.str.contains(",", regex=False)
    vorm_ok = s.str.match(_GETAL)
    getal = pd.to_numeric(s.where(vorm_ok, "").str.replace(",", ".", regex=False),
                          errors="coerce")
    werk.omzetting(kolom, "decimale komma omgezet naar een getal", vorm_ok & komma, toon, getal)
    onleesbaar = ~leeg & ~vorm_ok
    werk.fout(onleesbaar, kolom, toon, "geen getal", "vul een getal in (bv. 12 of 12,5)")
    if not leeg_mag:
        werk.fout(leeg, kolom, toon, "leeg", "vul een getal in")
    if geheel:
        niet_geheel = vorm_ok & (getal % 1 != 0)
        werk.fout(niet_geheel, kolom, toon, "geen geheel getal",
                  "vul een aantal zonder komma in")
    werk.fout(vorm_ok & (getal < 0), kolom, toon, "negatief getal",
              "een aantal of score kan niet negatief zijn: controleer de invoer")
    return getal


_DATUMVORMEN = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"), "jmd"),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), "dmj"),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$"), "dmj2"),
]


def _datums(werk: _Werk, s: pd.Series, kolom: str) -> pd.Series:
    s = _strip(s)
    jaar = pd.Series(np.nan, index=s.index)
    maand = jaar.copy()
    dag = jaar.copy()
    gevonden = pd.Series(False, index=s.index)
    for vorm, volgorde in _DATUMVORMEN:
        delen = _extract(s, vorm).astype(float)
        treffer = delen[0].notna() & ~gevonden
        if not treffer.any():
            continue
        if volgorde == "jmd":
            j, m, d = delen[0], delen[1], delen[2]
        else:
            d, m, j = delen[0], delen[1], delen[2]
        if volgorde == "dmj2":
            j = j + 2000
            werk.omzetting(kolom, "jaartal met twee cijfers aangevuld tot 20..", treffer, s)
        if volgorde != "jmd":
            werk.omzetting(kolom, "datum dag/maand/jaar omgezet naar JJJJ-MM-DD", treffer, s,
                           None)
        jaar[treffer], maand[treffer], dag[treffer] = j[treffer], m[treffer], d[treffer]
        gevonden |= treffer
    # Excel-datum als getal (dagen sinds 30/12/1899)
    serieel = ~gevonden & s.str.fullmatch(r"\d{5}(?:\.0)?")
    if serieel.any():
        als_datum = pd.Timestamp("1899-12-30") + pd.to_timedelta(
            pd.to_numeric(s.where(serieel, "0"), errors="coerce").fillna(0), unit="D")
        jaar[serieel] = als_datum.dt.year[serieel]
        maand[serieel] = als_datum.dt.month[serieel]
        dag[serieel] = als_datum.dt.day[serieel]
        werk.omzetting(kolom, "Excel-datumgetal omgezet naar een datum", serieel, s, als_datum)
        gevonden |= serieel
    geldig_bereik = gevonden & jaar.between(1900, 2200) & maand.between(1, 12) & dag.between(1, 31)
    datum = pd.to_datetime(pd.DataFrame({"year": jaar.where(geldig_bereik, 2000),
                                         "month": maand.where(geldig_bereik, 1),
                                         "day": dag.where(geldig_bereik, 1)}), errors="coerce")
    datum = datum.where(geldig_bereik)
    leeg = s == ""
    werk.fout(leeg, kolom, s, "geen datum", "vul de datum in (bv. 13/10/2025)")
    werk.fout(~leeg & (~gevonden | datum.isna()), kolom, s, "geen geldige datum",
              "schrijf de datum als dag/maand/jaar (bv. 13/10/2025) of JJJJ-MM-DD")
    return datum


def _codes(werk: _Werk, s: pd.Series, kolom: str, lijst: Mapping[str, str], *,
           leeg_mag: bool = False, sleutel: str = "") -> pd.Series:
    """Tekst naar een code uit de lijst; schrijfwijze gelijkgetrokken (gelogd)."""
    s = _strip(s)
    toegelaten = set(lijst.values())
    opzoek = {_norm(k): v for k, v in lijst.items()}
    opzoek.update({_norm(v): v for v in toegelaten})
    uniek = pd.Series(s.unique())
    vertaling = dict(zip(uniek, [opzoek.get(_norm(u)) for u in uniek], strict=True))
    code = s.map(vertaling)
    leeg = s == ""
    werk.omzetting(kolom, "code of schrijfwijze omgezet naar de code van de cursus",
                   code.notna() & (code != s), s, code)
    onbekend = code.isna() & ~leeg
    werk.fout(onbekend, kolom, s, "onbekende code",
              f"gebruik een van: {', '.join(sorted(toegelaten))}, of voeg de code van je school "
              f"toe in het koppelingsbestand onder waarden: {sleutel}")
    if not leeg_mag:
        werk.fout(leeg, kolom, s, "leeg", f"vul een van deze in: {', '.join(sorted(toegelaten))}")
    return code


def _leeg(tabel: pd.DataFrame) -> pd.Series:
    return pd.Series(np.nan, index=tabel.index, dtype=object)


def _schooljaar_van(datums: pd.Series) -> pd.Series:
    begin = datums.dt.year - (datums.dt.month < 8).astype(int)
    return begin.astype("Int64").astype(str) + "-" + (begin + 1).astype("Int64").astype(str)


def _tekst(werk: _Werk, s: pd.Series, kolom: str, *, verplicht: bool) -> pd.Series:
    s = _strip(s)
    if verplicht:
        werk.fout(s == "", kolom, s, "leeg", "vul deze kolom in")
    return s.where(s != "", np.nan)


def maak_csv_veilig(tabel: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Zet een ``'`` voor tekst die een rekenblad als formule zou uitvoeren (CSV-injectie).

    Tekst die begint met ``=``, ``+``, ``-``, ``@``, een tab of een regeleinde kan in Excel of
    LibreOffice een formule starten (bv. ``=HYPERLINK(...)``). Zoals OWASP aanraadt, komt er
    een enkel aanhalingsteken voor; getallen blijven getallen. Geeft de nieuwe tabel terug en
    per kolom een masker van de aangepaste cellen.

    >>> t = pd.DataFrame({"vak": ["=HYPERLINK(\\"x\\")", "Wiskunde"], "score": [-1.5, 2]})
    >>> veilig, aangepast = maak_csv_veilig(t)
    >>> veilig["vak"].tolist(), veilig["score"].tolist()
    (['\\'=HYPERLINK("x")', 'Wiskunde'], [-1.5, 2.0])
    >>> t.loc[0, "vak"]  # de oorspronkelijke tabel is niet veranderd
    '=HYPERLINK("x")'
    """
    veilig = tabel.copy()
    aangepast: dict[str, np.ndarray] = {}
    for kolom in veilig.columns:
        reeks = veilig[kolom]
        if reeks.dtype != object and not pd.api.types.is_string_dtype(reeks):
            continue
        tekst = reeks.where(reeks.notna(), "").astype(str)
        gevaarlijk = tekst.str.startswith(_GEVAARLIJK_BEGIN).to_numpy() & reeks.notna().to_numpy()
        if gevaarlijk.any():
            veilig[kolom] = reeks.where(~gevaarlijk, "'" + tekst)
            aangepast[kolom] = gevaarlijk
    return veilig, aangepast


# ---------------------------------------------------------------------------------------------
# Per tabel omzetten
# ---------------------------------------------------------------------------------------------

def _resultaten(werk: _Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    score_tekst = _strip(ruw["score"])
    heeft_max = "maximum" in ruw
    codes_lijst = koppeling["waarden"]["resultaten.code"]
    # codes in de scorekolom (afw, ziek, vrijgesteld)
    opzoek = {_norm(k): v for k, v in codes_lijst.items()}
    opzoek.update({_norm(v): v for v in codes_lijst.values()})
    uniek = pd.Series(score_tekst.unique())
    code_in_score = score_tekst.map(dict(zip(uniek, [opzoek.get(_norm(u)) for u in uniek],
                                             strict=True)))
    werk.omzetting("score", "code in de scorekolom bewaard als code (geen 0)",
                   code_in_score.notna(), score_tekst, code_in_score)
    if "code" in ruw:
        code_kolom = _codes(werk, ruw["code"], "code", codes_lijst, leeg_mag=True,
                            sleutel="resultaten.code")
    else:
        code_kolom = pd.Series(np.nan, index=ruw.index, dtype=object)
    code = code_kolom.where(code_kolom.notna(), code_in_score)
    rest = score_tekst.where(code_in_score.isna(), "")
    # breuk 14/20 of percentage 70%
    breuk = _extract(rest, r"^([+-]?\d+(?:[.,]\d+)?)\s*/\s*(\d+(?:[.,]\d+)?)$")
    is_breuk = breuk[0].notna()
    procent = _extract(rest, r"^([+-]?\d+(?:[.,]\d+)?)\s*%$")[0]
    is_procent = procent.notna()
    werk.omzetting("score", "breuk gesplitst in score en maximum", is_breuk, rest)
    werk.omzetting("score", "percentage omgezet naar score op 100", is_procent, rest)
    enkel = rest.where(~is_breuk & ~is_procent, "")
    enkel = enkel.where(~is_breuk, breuk[0]).where(~is_procent, procent)
    # lege score zonder code
    werk.fout((rest == "") & code.isna(), "score", rest, "geen score en geen code",
              "vul de score in, of een code: afw (afwezig), ziek of vrijgesteld")
    score = _getallen(werk, enkel, "score", leeg_mag=True, toon=score_tekst)
    werk.fout(score.notna() & code_kolom.notna(), "code", ruw.get("code", ""),
              "zowel een score als een code", "laat de score of de code weg")
    uit_score = pd.to_numeric(breuk[1].str.replace(",", ".", regex=False), errors="coerce")
    uit_score = uit_score.where(~is_procent, 100.0)
    if heeft_max:
        max_kolom = _getallen(werk, ruw["maximum"], "maximum", leeg_mag=True)
    else:
        max_kolom = pd.Series(np.nan, index=ruw.index)
    tegenstrijdig = uit_score.notna() & max_kolom.notna() & (max_kolom != uit_score)
    werk.fout(tegenstrijdig, "maximum", ruw["maximum"] if heeft_max else "",
              "ander maximum dan in de score (bv. 14/20 en maximum 10, of 70% en maximum 20)",
              "verbeter de score of het maximum")
    maximum = max_kolom.where(max_kolom.notna(), uit_score)
    zonder_max = maximum.isna() & score.notna()
    werk.fout(zonder_max, "maximum" if heeft_max else "score",
              ruw["maximum"] if heeft_max else rest, "geen maximum",
              "vul het maximum in (bv. 20)" if heeft_max else
              "schrijf de score als 14/20, of voeg een kolom met het maximum toe")
    werk.fout(maximum.notna() & (maximum <= 0), "maximum", maximum.astype(str),
              "maximum is 0 of negatief", "vul het juiste maximum in (bv. 20)")
    werk.fout(score.notna() & maximum.notna() & (score > maximum), "score",
              score_tekst, "score hoger dan het maximum", "controleer de score en het maximum")
    uit["leerling_id"] = ruw["leerling_id"]
    uit["datum"] = _datums(werk, ruw["datum"], "datum")
    uit["vak"] = _tekst(werk, ruw["vak"], "vak", verplicht=True)
    uit["klas"] = (_tekst(werk, ruw["klas"], "klas", verplicht=True) if "klas" in ruw
                   else _leeg(ruw))
    uit["leerkracht_id"] = (_tekst(werk, ruw["leerkracht_id"], "leerkracht_id", verplicht=False)
                            if "leerkracht_id" in ruw else _leeg(ruw))
    if "soort" in ruw:
        uit["soort"] = _codes(werk, ruw["soort"], "soort",
                              koppeling["waarden"]["resultaten.soort"],
                              sleutel="resultaten.soort")
    else:
        uit["soort"] = "onbekend"
        werk.omzetting("soort", "kolom ontbreekt: soort evaluatie ingevuld als 'onbekend'",
                       np.ones(len(ruw), dtype=bool))
    if "periode" in ruw:
        p = _strip(ruw["periode"])
        nummer = _extract(p, r"^(?:p|periode|r|rapport)?\s*([1-4])$", flags=re.IGNORECASE)[0]
        werk.omzetting("periode", "periode omgezet naar P1-P4",
                       nummer.notna() & (p != "P" + nummer), p, "P" + nummer)
        werk.fout(nummer.isna() & (p != ""), "periode", p, "onbekende periode",
                  "gebruik P1, P2, P3 of P4")
        uit["periode"] = ("P" + nummer).where(nummer.notna(), np.nan)
    else:
        uit["periode"] = _leeg(ruw)
    uit["score"] = score.where(code.isna(), np.nan)
    uit["maximum"] = maximum
    uit["code"] = code
    return uit


def _afwezigheden(werk: _Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["datum"] = _datums(werk, ruw["datum"], "datum")
    weekend = uit["datum"].dt.dayofweek >= 5
    werk.fout(weekend, "datum", ruw["datum"], "geen lesdag (weekend)",
              "controleer de datum: op zaterdag en zondag is er geen les")
    uit["dagdeel"] = _codes(werk, ruw["dagdeel"], "dagdeel",
                            koppeling["waarden"]["afwezigheden.dagdeel"],
                            sleutel="afwezigheden.dagdeel")
    uit["code"] = _codes(werk, ruw["code"], "code", koppeling["waarden"]["afwezigheden.code"],
                         sleutel="afwezigheden.code")
    return uit


def _platformactiviteit(werk: _Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    week = _datums(werk, ruw["week"], "week")
    maandag = week - pd.to_timedelta(week.dt.dayofweek.fillna(0), unit="D")
    werk.omzetting("week", "datum vervangen door de maandag van die week",
                   week.notna() & (week.dt.dayofweek != 0), ruw["week"], maandag.dt.strftime(
                       "%Y-%m-%d"))
    uit["week"] = maandag
    for kolom in ("aanmeldingen", "taken_op_tijd", "taken_te_laat", "taken_niet_ingediend"):
        if kolom in ruw:
            uit[kolom] = _getallen(werk, ruw[kolom], kolom, geheel=True)
        else:
            uit[kolom] = 0
            werk.omzetting(kolom, "kolom ontbreekt: ingevuld als 0",
                           np.ones(len(ruw), dtype=bool))
    return uit


def _begeleiding(werk: _Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["datum"] = _datums(werk, ruw["datum"], "datum")
    uit["soort"] = _codes(werk, ruw["soort"], "soort", koppeling["waarden"]["begeleiding.soort"],
                          sleutel="begeleiding.soort")
    uit["vak"] = _tekst(werk, ruw["vak"], "vak", verplicht=False) if "vak" in ruw else np.nan
    uit["door"] = (_codes(werk, ruw["door"], "door", koppeling["waarden"]["begeleiding.door"],
                          leeg_mag=True, sleutel="begeleiding.door") if "door" in ruw else np.nan)
    return uit


def _leerlingen(werk: _Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["voornaam"] = np.nan
    uit["familienaam"] = np.nan
    if "geslacht" in ruw:
        uit["geslacht"] = _codes(werk, ruw["geslacht"], "geslacht",
                                 koppeling["waarden"]["leerlingen.geslacht"], leeg_mag=True,
                                 sleutel="leerlingen.geslacht")
    else:
        uit["geslacht"] = np.nan
    if "geboortejaar" in ruw:
        jaar = _getallen(werk, ruw["geboortejaar"], "geboortejaar", geheel=True, leeg_mag=True)
    elif "_geboortedatum" in ruw:
        leeg = _strip(ruw["_geboortedatum"]) == ""
        datum = _datums(werk, ruw["_geboortedatum"].where(~leeg, "2000-01-01"), "geboortedatum")
        jaar = datum.dt.year.where(~leeg)
        werk.omzetting("geboortedatum", "geboortedatum ingekort tot het geboortejaar "
                       "(minder persoonsgegevens)", datum.notna() & ~leeg, toon_voorbeeld=False)
    else:
        jaar = pd.Series(np.nan, index=ruw.index)
    werk.fout(jaar.notna() & ~jaar.between(1950, 2020), "geboortejaar",
              jaar.astype("Int64").astype(str),
              "onmogelijk geboortejaar", "controleer de geboortedatum")
    uit["geboortejaar"] = jaar.astype("Int64")
    if "instroom_schooljaar" in ruw:
        s = _strip(ruw["instroom_schooljaar"])
        delen = s.str.extract(r"^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$")
        begin = pd.to_numeric(delen[0], errors="coerce")
        goed = begin.notna() & ((pd.to_numeric(delen[1], errors="coerce") % 100)
                                == (begin + 1) % 100)
        norm = begin.astype("Int64").astype(str) + "-" + (begin + 1).astype("Int64").astype(str)
        werk.omzetting("instroom_schooljaar", "schooljaar geschreven als JJJJ-JJJJ",
                       goed & (norm != s), s, norm)
        werk.fout(~goed & (s != ""), "instroom_schooljaar", s, "geen schooljaar",
                  "schrijf het schooljaar als 2023-2024")
        uit["instroom_schooljaar"] = norm.where(goed, np.nan)
    else:
        uit["instroom_schooljaar"] = np.nan
    if "instroom_leerjaar" in ruw:
        lj = _getallen(werk, ruw["instroom_leerjaar"], "instroom_leerjaar", geheel=True,
                       leeg_mag=True)
        werk.fout(lj.notna() & ~lj.between(1, 7), "instroom_leerjaar", lj.astype(str),
                  "leerjaar buiten 1 tot 7", "controleer het leerjaar")
        uit["instroom_leerjaar"] = lj.astype("Int64")
    else:
        uit["instroom_leerjaar"] = pd.array([pd.NA] * len(ruw), dtype="Int64")
    for kolom in ("thuistaal_niet_nederlands", "schooltoeslag"):
        if kolom in ruw:
            uit[kolom] = _codes(werk, ruw[kolom], kolom,
                                koppeling["waarden"][f"leerlingen.{kolom}"], leeg_mag=True,
                                sleutel=f"leerlingen.{kolom}")
        else:
            uit[kolom] = np.nan
    # voor de afgeleide tabellen (inschrijvingen, klassen)
    for extra in ("_klas", "_leerjaar", "_studierichting", "_finaliteit"):
        if extra in ruw:
            uit[extra] = _tekst(werk, ruw[extra], extra[1:], verplicht=False)
    return uit


_OMZETTERS = {"resultaten": _resultaten, "afwezigheden": _afwezigheden,
              "leerlingen": _leerlingen, "platformactiviteit": _platformactiviteit,
              "begeleiding": _begeleiding}

_DUBBEL_SLEUTEL = {
    "resultaten": None, "begeleiding": None,  # None: enkel volledig gelijke rijen
    "afwezigheden": ["leerling_id", "datum", "dagdeel"],
    "platformactiviteit": ["leerling_id", "week"],
    "leerlingen": ["leerling_id"],
}


# ---------------------------------------------------------------------------------------------
# Schrijven
# ---------------------------------------------------------------------------------------------

def _csv_tekst(tabel: pd.DataFrame) -> str:
    tabel = tabel.copy()
    for kolom in tabel.columns:
        if pd.api.types.is_datetime64_any_dtype(tabel[kolom]):
            tabel[kolom] = tabel[kolom].dt.strftime("%Y-%m-%d")
    return tabel.to_csv(index=False, sep=CSV_OPTIES["sep"], decimal=CSV_OPTIES["decimal"],
                        float_format="%.10g", lineterminator="\n")


def _schrijf_atomair(bestanden: Mapping[Path, str]) -> None:
    """Schrijf alle bestanden of geen: CSV in de tekenset van de cursus, de rest in UTF-8."""
    schrijf_atomair({pad: tekst.encode(CSV_OPTIES["encoding"] if pad.suffix == ".csv"
                                       else "utf-8") for pad, tekst in bestanden.items()})


# ---------------------------------------------------------------------------------------------
# De import
# ---------------------------------------------------------------------------------------------

def _bekende_leerlingen(uit: Path, leerlingen: Iterable[str] | None) -> set[str] | None:
    if leerlingen is not None:
        return set(map(str, leerlingen))
    pad = uit / "leerlingen.csv"
    if pad.is_file():
        return set(pd.read_csv(pad, **CSV_OPTIES, usecols=["leerling_id"], dtype=str)
                   ["leerling_id"])
    return None


def _bestaand_schooljaar(uit: Path) -> str | None:
    pad = uit / "kalender.csv"
    if pad.is_file():
        jaren = pd.read_csv(pad, **CSV_OPTIES, usecols=["schooljaar"], dtype=str)["schooljaar"]
        if len(jaren):
            return str(jaren.iloc[0])
    return None


def _sleutel_tekst(sleutel: str | os.PathLike, uit: Path) -> str:
    if isinstance(sleutel, str) and (re.search(r"[/\\]|\.(?:txt|key)$", sleutel)
                                     or Path(sleutel).is_file()):
        sleutel = Path(sleutel)  # een pad naar het sleutelbestand, geen sleutel
    if isinstance(sleutel, os.PathLike):
        pad = Path(sleutel).resolve()
        if pad.is_relative_to(uit.resolve()):
            raise ImportFout("het sleutelbestand ligt in de uitvoermap. De sleutel hoort nooit "
                             "bij de uitvoer: bewaar hem buiten de projectmap.")
        return lees_sleutel(pad)
    return _controleer_sleutel(sleutel)


def importeer(bestand: str | os.PathLike, soort: str, uit: str | os.PathLike,
              sleutel: str | os.PathLike, *, koppeling: str | os.PathLike | dict | None = None,
              schooljaar: str | None = None, blad: str | None = None,
              leerlingen: Iterable[str] | None = None, schrijf: bool = True) -> Importverslag:
    """Lees een export van je school in, valideer en pseudonimiseer ze, en schrijf de tabel.

    Parameters
    ----------
    bestand: de export (CSV of Excel .xlsx).
    soort: ``punten``, ``afwezigheden``, ``leerlingen``, ``activiteit`` of ``begeleiding``.
    uit: de uitvoermap (een datamap voor ``laad_dataset(..., map=uit)``).
    sleutel: de geheime sleutel (tekst) of het pad naar het sleutelbestand (``Path``) van je
        school. Dezelfde sleutel geeft volgende maand dezelfde pseudoniemen. Het
        sleutelbestand hoort buiten de projectmap en nooit in `uit`.
    koppeling: een koppelingsbestand (YAML) of woordenboek met de kolomnamen van je school.
    schooljaar: bv. ``"2025-2026"``; standaard dat van de kalender in `uit`, anders afgeleid
        uit de datums in de export.
    blad: het werkblad (Excel); standaard het eerste.
    leerlingen: de gekende (gepseudonimiseerde) leerling_id's; standaard die uit
        ``uit/leerlingen.csv`` als die er is. Onbekende leerlingen worden afgewezen.
    schrijf: ``False`` om niets weg te schrijven (enkel het verslag).

    Geeft terug
    -----------
    Een `Importverslag` met ``.tabel``, ``.afgewezen`` (het rapport), ``.conversies`` (het
    logboek) en de aantallen ``.gelezen``, ``.aanvaard``, ``.afgewezen_rijen``. Geschreven
    worden ``uit/<tabel>.csv`` en ``uit/verslag/<tabel>_afgewezen.csv`` en
    ``uit/verslag/<tabel>_conversies.csv`` (en zo nodig de kalender en, bij leerlingen met een
    klas, de inschrijvingen en klassen). Kan de export niet gelezen worden, dan volgt een
    `ImportFout` en wordt er niets geschreven.

    >>> importeer("bestaat_niet.csv", "punten", "uit", sleutel="demo-sleutel-enkel-voor-de-cursus")
    Traceback (most recent call last):
    ...
    schooldata_lit.importeren.ImportFout: Fout in bestand bestaat_niet.csv: het bestand ...
    """
    if soort not in SOORTEN:
        raise ImportFout(f"onbekende soort export {soort!r}. Kies uit: {', '.join(SOORTEN)}.")
    tabelnaam = SOORTEN[soort]
    uit = Path(uit)
    pad = Path(bestand)
    sleutel_tekst = _sleutel_tekst(sleutel, uit)
    if isinstance(koppeling, str | os.PathLike):
        eigen = lees_koppeling(koppeling)
    elif koppeling is not None:
        eigen = _controleer_koppeling(koppeling, "koppeling")
    else:
        eigen = None
    kop = _voeg_samen(eigen)
    ruw = _lees(pad, blad)
    naam = pad.name
    kopregel = _zoek_kop(ruw, tabelnaam, kop, naam)
    koppen = ruw.rijen[kopregel]
    gekoppeld, _ = _koppel_kop(koppen, tabelnaam, kop)
    ontbreekt = [k for k in _VERPLICHT[tabelnaam] if k not in gekoppeld.values()]
    if ontbreekt:
        lijst = ", ".join(repr(k) for k in koppen if k.strip())
        raise ImportFout(f"de kolom(men) {', '.join(ontbreekt)} ontbreken. Kolommen in de "
                         f"export: {lijst}. Voeg de kolomnaam van je school toe in het "
                         f"koppelingsbestand onder kolommen: {tabelnaam}.", bestand=naam,
                         rij=ruw.rijnummers[kopregel])
    werk_notities = ruw.notities
    # de gegevensrijen: alles na de kopregel, behalve volledig lege rijen
    breedte = len(koppen)
    data_rijen, nummers, leeg_nummers, te_breed = [], [], [], []
    for rij, nummer in zip(ruw.rijen[kopregel + 1:], ruw.rijnummers[kopregel + 1:],
                           strict=True):
        if not any(c.strip() for c in rij):
            leeg_nummers.append(nummer)
            continue
        extra = any(c.strip() for c in rij[breedte:])
        te_breed.append(extra)
        data_rijen.append((rij + [""] * breedte)[:breedte])
        nummers.append(nummer)
    werk = _Werk(naam, np.asarray(nummers, dtype=int))
    for conversie, uitleg in werk_notities:
        werk.omzetting("(bestand)", f"{conversie}: {uitleg}")
    if kopregel > 0:
        werk.omzetting("(bestand)", f"kopregel gevonden op rij {ruw.rijnummers[kopregel]}; "
                       f"rij(en) {_reeksen(np.asarray(ruw.rijnummers[:kopregel]))} erboven "
                       "(titel of samengevoegde cellen) overgeslagen")
    if leeg_nummers:
        werk.omzetting("(bestand)", "lege rij(en) overgeslagen: "
                       f"{_reeksen(np.array(leeg_nummers))}")
    kolomnamen = {i: koppen[i].strip() or f"kolom {i + 1}" for i in range(breedte)}
    niet_gelezen = [kolomnamen[i] for i in range(breedte)
                    if gekoppeld.get(i) is None and koppen[i].strip()]
    verwijderd = [kolomnamen[i] for i, d in gekoppeld.items() if d == "#id"]
    if verwijderd:
        werk.omzetting("(bestand)", f"kolom(men) met namen of nummers van personen niet "
                       f"ingelezen: {', '.join(verwijderd)}")
    if niet_gelezen:
        werk.omzetting("(bestand)", "kolom(men) niet gekoppeld en dus niet ingelezen: "
                       f"{', '.join(niet_gelezen)} (koppel ze in het koppelingsbestand als je "
                       "ze nodig hebt)")
    for i, doel in sorted(gekoppeld.items()):
        if doel != "#id" and _norm(koppen[i]) != _norm(doel.lstrip("_")):
            werk.omzetting("(bestand)", f"kolom {kolomnamen[i]!r} gekoppeld aan {doel.lstrip('_')}")

    matrix = np.array(data_rijen, dtype=object).reshape(len(data_rijen), breedte)
    ruwe_tabel = pd.DataFrame({doel: pd.Series(matrix[:, i], dtype=object).astype(str)
                               for i, doel in gekoppeld.items() if doel != "#id"})
    # identificerende waarden onthouden, om ze nooit te tonen
    for i, doel in gekoppeld.items():
        if doel in ("#id", "leerling_id", "leerkracht_id", "_geboortedatum"):
            waarden = {str(w).strip() for w in matrix[:, i]} - {""}
            werk.verboden |= waarden
            for w in waarden:  # ook de delen van een volledige naam
                werk.verboden |= {d for d in re.split(r"[\s,;/]+", w) if len(d) > 2}
    n = len(ruwe_tabel)
    te_breed_arr = np.asarray(te_breed, dtype=bool)
    werk.fout(te_breed_arr, "(rij)", "", "meer cellen dan kolommen in de kopregel",
              "staat er een scheidingsteken (; of ,) in een cel? Zet de cel tussen "
              "aanhalingstekens of verwijder het teken")
    if n:
        lang = np.zeros(n, dtype=bool)
        for kolom in ruwe_tabel.columns:
            te_lang = (ruwe_tabel[kolom].str.len() > MAX_CEL).to_numpy()
            werk.fout(te_lang, kolom, f"({MAX_CEL}+ tekens)", _TE_LANG,
                      f"een cel mag hoogstens {MAX_CEL} tekens hebben: kijk na of de export "
                      "klopt")
            lang |= te_lang
        ruwe_tabel = ruwe_tabel.where(~pd.DataFrame({k: lang for k in ruwe_tabel.columns}), "")
        werk.enkel.append((lang, _TE_LANG))
    # totaalrijen (geen leerling, wel 'totaal' of 'gemiddelde')
    id_leeg = _strip(ruwe_tabel["leerling_id"]) == ""
    totaal = np.zeros(n, dtype=bool)
    for positie in np.flatnonzero(id_leeg.to_numpy()):
        totaal[positie] = bool(_TOTAAL.search(" ".join(data_rijen[positie])[:5000]))
    werk.enkel.append((totaal, _TOTAALREDEN))
    werk.fout(totaal, "(rij)", "", _TOTAALREDEN,
              "niets te doen: deze rij hoort niet bij de gegevens (of verwijder ze uit de export)")
    werk.fout(id_leeg.to_numpy() & ~totaal, "leerling_id", "", "geen leerlingnummer",
              "vul het leerlingnummer in")

    # schooljaar
    if schooljaar is not None and not re.fullmatch(r"\d{4}-\d{4}", schooljaar):
        raise ImportFout(f"het schooljaar {schooljaar!r} is niet van de vorm 2025-2026.")
    vorig = _bestaand_schooljaar(uit)
    if schooljaar and vorig and schooljaar != vorig:
        raise ImportFout(f"de uitvoermap bevat al gegevens van schooljaar {vorig}, niet "
                         f"{schooljaar}. Gebruik een aparte map per schooljaar.")
    omgezet = _OMZETTERS[tabelnaam](werk, ruwe_tabel, kop)
    if schooljaar is None:
        schooljaar = vorig
    if schooljaar is None:
        datumkolom = {"platformactiviteit": "week", "leerlingen": None}.get(tabelnaam, "datum")
        jaren = (_schooljaar_van(omgezet[datumkolom].dropna()) if datumkolom else pd.Series())
        if len(jaren):
            schooljaar = str(jaren.mode().sort_values().iloc[0])
            werk.omzetting("schooljaar", f"schooljaar {schooljaar} afgeleid uit de datums")
        else:
            schooljaar = HUIDIG_SCHOOLJAAR
            werk.omzetting("schooljaar", f"geen schooljaar opgegeven: {schooljaar} aangenomen "
                           "(geef het schooljaar op met schooljaar=... of --schooljaar)")
    begin = pd.Timestamp(f"{schooljaar[:4]}-09-01")
    einde = pd.Timestamp(f"{schooljaar[5:]}-06-30")
    for kolom in ("datum", "week"):
        if kolom in omgezet and tabelnaam != "leerlingen":
            d = omgezet[kolom]
            grens = begin - pd.Timedelta(days=6) if kolom == "week" else begin
            werk.fout(d.notna() & ((d < grens) | (d > einde)), kolom,
                      d.dt.strftime("%d/%m/%Y"), f"datum buiten het schooljaar {schooljaar} "
                      f"(1/9/{schooljaar[:4]} tot 30/6/{schooljaar[5:]})",
                      "controleer de datum, of importeer dit schooljaar in een aparte map")

    # pseudonimiseren aan de deur
    omgezet["leerling_id"] = _pseudoniemen(omgezet["leerling_id"], sleutel_tekst, "L")
    werk.omzetting("leerling_id", "leerlingnummer vervangen door een pseudoniem (met de sleutel "
                   "van de school)", omgezet["leerling_id"].notna(), toon_voorbeeld=False)
    if "leerkracht_id" in omgezet and omgezet["leerkracht_id"].notna().any():
        omgezet["leerkracht_id"] = _pseudoniemen(omgezet["leerkracht_id"], sleutel_tekst, "K")
        werk.omzetting("leerkracht_id", "naam of nummer van de leerkracht vervangen door een "
                       "pseudoniem", omgezet["leerkracht_id"].notna(), toon_voorbeeld=False)
    bekend = None if tabelnaam == "leerlingen" else _bekende_leerlingen(uit, leerlingen)
    if bekend is not None:
        werk.fout(omgezet["leerling_id"].notna() & ~omgezet["leerling_id"].isin(bekend),
                  "leerling_id", _VERBORGEN, "onbekende leerling: dit nummer staat niet in de "
                  "leerlingenlijst", "controleer het nummer, of importeer eerst een recente "
                  "leerlingenlijst")
    elif tabelnaam != "leerlingen":
        werk.omzetting("leerling_id", "geen leerlingenlijst in de uitvoermap: onbekende "
                       "leerlingen niet gecontroleerd (importeer eerst de leerlingen)")

    # dubbels (enkel tussen rijen die verder in orde zijn)
    afgewezen = np.zeros(n, dtype=bool)
    afgewezen[werk.afgewezen_posities()] = True
    kolommen = [k for k in omgezet.columns if not k.startswith("_")]
    kandidaat = omgezet[~afgewezen]
    volledig = kandidaat.duplicated(subset=kolommen, keep="first")
    eerste_rij = _eerste_van_groep(kandidaat, kolommen, werk.rijnummers[~afgewezen])
    masker = np.zeros(n, dtype=bool)
    masker[np.flatnonzero(~afgewezen)[volledig.to_numpy()]] = True
    werk.fout(masker, "(rij)", _rij_verwijzing(eerste_rij, volledig, n, ~afgewezen),
              "dubbele rij: precies dezelfde gegevens staan al in een eerdere rij",
              "verwijder de dubbele rij (of niets doen: de eerste rij is ingelezen)")
    sleutel_kolommen = _DUBBEL_SLEUTEL[tabelnaam]
    if sleutel_kolommen:
        rest = kandidaat[~volledig]
        tegen = rest.duplicated(subset=sleutel_kolommen, keep="first")
        eerste_sl = _eerste_van_groep(rest, sleutel_kolommen,
                                      werk.rijnummers[~afgewezen][~volledig.to_numpy()])
        posities = np.flatnonzero(~afgewezen)[~volledig.to_numpy()]
        masker = np.zeros(n, dtype=bool)
        masker[posities[tegen.to_numpy()]] = True
        verwijzing = np.full(n, "", dtype=object)
        verwijzing[posities[tegen.to_numpy()]] = [f"zie rij {r}" for r in
                                                  eerste_sl[tegen.to_numpy()]]
        werk.fout(masker, sleutel_kolommen[-1], verwijzing,
                  f"tegenstrijdig: dezelfde {' + '.join(sleutel_kolommen)} staat al in een "
                  "eerdere rij met andere gegevens", "kijk na welke rij klopt en verwijder de "
                  "andere")

    # de ingelezen tabel
    afgewezen = np.zeros(n, dtype=bool)
    afgewezen[werk.afgewezen_posities()] = True
    aanvaard = omgezet[~afgewezen].reset_index(drop=True)
    aanvaard.insert(1, "schooljaar", schooljaar)
    if tabelnaam == "resultaten":
        zonder = aanvaard["periode"].isna()
        aanvaard.loc[zonder, "periode"] = periode_van(aanvaard.loc[zonder, "datum"])
        werk.omzetting("periode", "periode (P1-P4) afgeleid uit de datum",
                       np.isin(np.arange(n), np.flatnonzero(~afgewezen)[zonder.to_numpy()]))
        for kolom, wat in (("klas", "klas"), ("leerkracht_id", "leerkracht")):
            leeg = aanvaard[kolom].isna()
            if leeg.any():
                aanvaard.loc[leeg, kolom] = "onbekend"
                werk.omzetting(kolom, f"geen {wat}: ingevuld als 'onbekend'",
                               np.isin(np.arange(n), np.flatnonzero(~afgewezen)[leeg.to_numpy()]))
    if tabelnaam == "platformactiviteit":
        for kolom in ("aanmeldingen", "taken_op_tijd", "taken_te_laat", "taken_niet_ingediend"):
            aanvaard[kolom] = aanvaard[kolom].astype("Int64")
    extra = aanvaard[[k for k in aanvaard.columns if k.startswith("_")]]
    aanvaard = aanvaard[TABELLEN[tabelnaam].kolomnamen] if tabelnaam != "leerlingen" else \
        aanvaard.drop(columns=["schooljaar"] + list(extra.columns))[
            TABELLEN["leerlingen"].kolomnamen]
    if tabelnaam == "leerlingen":
        werk.omzetting("voornaam, familienaam", "namen niet ingelezen: de kolommen blijven leeg",
                       np.ones(n, dtype=bool) & ~afgewezen, toon_voorbeeld=False)
    veilig, aangepast = maak_csv_veilig(aanvaard)
    posities_aanvaard = np.flatnonzero(~afgewezen)
    for kolom, masker in aangepast.items():
        voor = np.full(n, "", dtype=object)
        voor[posities_aanvaard] = aanvaard[kolom].astype(str).to_numpy()
        werk.omzetting(kolom, "tekst die als formule kan starten (=, +, -, @): ' ervoor gezet "
                       "(CSV-injectie)", np.isin(np.arange(n), posities_aanvaard[masker]),
                       voor, None)
    rapport = werk.afwijzingen()
    logboek = pd.DataFrame(werk.log, columns=["kolom", "conversie", "aantal", "rijen",
                                              "voorbeeld_van", "voorbeeld_naar"])
    logboek["aantal"] = logboek["aantal"].astype("Int64")
    verslag = Importverslag(bestand=naam, soort=soort, tabelnaam=tabelnaam,
                            schooljaar=schooljaar, gelezen=n, tabel=veilig,
                            afgewezen=rapport, conversies=logboek)
    assert verslag.gelezen == verslag.aanvaard + verslag.afgewezen_rijen
    if schrijf:
        bestanden = {uit / f"{tabelnaam}.csv": _csv_tekst(veilig),
                     uit / "verslag" / f"{tabelnaam}_afgewezen.csv":
                         _csv_tekst(maak_csv_veilig(rapport)[0]),
                     uit / "verslag" / f"{tabelnaam}_conversies.csv":
                         _csv_tekst(maak_csv_veilig(logboek)[0])}
        if tabelnaam == "leerlingen" and "_klas" in extra:
            bestanden.update({uit / f"{k}.csv": _csv_tekst(maak_csv_veilig(t)[0]) for k, t in
                              _afgeleid(veilig["leerling_id"], extra, schooljaar).items()})
        if not (uit / "kalender.csv").exists():
            bestanden[uit / "kalender.csv"] = _csv_tekst(kalender(schooljaar))
        _schrijf_atomair(bestanden)
        verslag.geschreven = [p.relative_to(uit).as_posix() for p in bestanden]
    return verslag


def _eerste_van_groep(tabel: pd.DataFrame, kolommen: list[str],
                      rijnummers: np.ndarray) -> np.ndarray:
    """Per rij het rijnummer van de eerste rij met dezelfde waarden in `kolommen`."""
    if tabel.empty:
        return np.array([], dtype=int)
    groep = tabel.groupby(kolommen, dropna=False, sort=False).ngroup().to_numpy()
    eerste = pd.Series(rijnummers).groupby(groep).transform("first").to_numpy()
    return eerste


def _rij_verwijzing(eerste: np.ndarray, dubbel: pd.Series, n: int,
                    kandidaat: np.ndarray) -> np.ndarray:
    verwijzing = np.full(n, "", dtype=object)
    posities = np.flatnonzero(kandidaat)[dubbel.to_numpy()]
    verwijzing[posities] = [f"zelfde als rij {r}" for r in eerste[dubbel.to_numpy()]]
    return verwijzing


def _afgeleid(ids: pd.Series, extra: pd.DataFrame, schooljaar: str) -> dict[str, pd.DataFrame]:
    """Inschrijvingen en klassen uit de leerlingenlijst (met klas)."""
    klas = extra["_klas"]
    leerjaar = (pd.to_numeric(extra["_leerjaar"], errors="coerce") if "_leerjaar" in extra
                else pd.to_numeric(klas.str.extract(r"^(\d)")[0], errors="coerce"))
    inschr = pd.DataFrame({
        "leerling_id": ids.to_numpy(), "schooljaar": schooljaar,
        "leerjaar": leerjaar.astype("Int64").to_numpy(), "klas": klas.to_numpy(),
        "studierichting": (extra["_studierichting"] if "_studierichting" in extra
                           else pd.Series("onbekend", index=extra.index)).fillna("onbekend")
        .to_numpy(),
        "finaliteit": (extra["_finaliteit"] if "_finaliteit" in extra
                       else pd.Series("onbekend", index=extra.index)).fillna("onbekend").to_numpy(),
    })
    inschr = inschr[inschr["klas"].notna()].sort_values(["klas", "leerling_id"]).reset_index(
        drop=True)
    klassen = (inschr.groupby(["schooljaar", "klas"], sort=True)
               .agg(leerjaar=("leerjaar", "first"), studierichting=("studierichting", "first"),
                    finaliteit=("finaliteit", "first"), aantal_leerlingen=("leerling_id", "size"))
               .reset_index())
    klassen.insert(5, "klastitularis_id", np.nan)
    return {"inschrijvingen": inschr, "klassen": klassen[TABELLEN["klassen"].kolomnamen]}


def importoverzicht(verslagen: Iterable[Importverslag]) -> pd.DataFrame:
    """Eén rij per import: export, tabel, gelezen, aanvaard en afgewezen rijen.

    >>> leeg = pd.DataFrame({"rij": []})
    >>> v = Importverslag("punten.csv", "punten", "resultaten", "2025-2026", 0,
    ...                   pd.DataFrame(), leeg, pd.DataFrame())
    >>> importoverzicht([v])
           export       tabel  gelezen  aanvaard  afgewezen
    0  punten.csv  resultaten        0         0          0
    """
    return pd.DataFrame([{"export": v.bestand, "tabel": v.tabelnaam, "gelezen": v.gelezen,
                          "aanvaard": v.aanvaard, "afgewezen": v.afgewezen_rijen}
                         for v in verslagen],
                        columns=["export", "tabel", "gelezen", "aanvaard", "afgewezen"])


# ---------------------------------------------------------------------------------------------
# Klaar voor de cursus?
# ---------------------------------------------------------------------------------------------

#: Welke tabellen de knipperlichten lezen, en waarvoor.
NODIG_VOOR_KNIPPERLICHTEN = {
    "kalender": "de lesdagdelen van het schooljaar (noemer voor aanwezigheid)",
    "inschrijvingen": "welke leerlingen dit schooljaar op school zitten",
    "resultaten": "lichten over punten (daling, trend, beoordeling, klasgemiddelde)",
    "afwezigheden": "lichten over aanwezigheid",
    "platformactiviteit": "lichten over activiteit op het leerplatform",
    "attesten": "het licht over B- en C-attesten per klas",
    "jaarresultaten": "het licht over trends over schooljaren",
}

_HOE = {
    "kalender": "wordt bij elke import aangemaakt; of vul_datamap_aan(map)",
    "inschrijvingen": "importeer een leerlingenlijst met een kolom Klas; of vul_datamap_aan(map)"
                      " (leidt ze af uit de klassen in de punten)",
    "resultaten": "importeer de punten: importeer(..., 'punten', ...)",
    "afwezigheden": "importeer de afwezigheden; of vul_datamap_aan(map) (lege tabel)",
    "platformactiviteit": "importeer de activiteit (de knipperlichten kunnen nog niet zonder)",
    "attesten": "nog geen import; vul_datamap_aan(map) maakt een lege tabel",
    "jaarresultaten": "nog geen import; vul_datamap_aan(map) maakt een lege tabel",
}


def controleer_datamap(map: str | os.PathLike) -> pd.DataFrame:
    """Welke tabellen de knipperlichten nodig hebben, en of ze in `map` staan.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     controle = controleer_datamap(map_)
    >>> print(controle.loc["resultaten", "aanwezig"], controle.loc["resultaten", "rijen"])
    nee 0
    """
    pad = Path(map)
    rijen = []
    for tabel, waarvoor in NODIG_VOOR_KNIPPERLICHTEN.items():
        bestand = pad / f"{tabel}.csv"
        aantal = 0
        if bestand.is_file():
            with open(bestand, encoding=CSV_OPTIES["encoding"]) as f:
                aantal = max(sum(1 for _ in f) - 1, 0)
        rijen.append({"tabel": tabel, "aanwezig": "ja" if bestand.is_file() else "nee",
                      "rijen": aantal, "nodig_voor": waarvoor,
                      "hoe_aanvullen": "" if bestand.is_file() else _HOE[tabel]})
    return pd.DataFrame(rijen).set_index("tabel")


def vul_datamap_aan(map: str | os.PathLike, schooljaar: str | None = None) -> pd.DataFrame:
    """Maak ontbrekende tabellen aan zodat de knipperlichten op `map` werken.

    De punten (``resultaten``) moeten er al zijn. Ontbreken ze, dan volgt een duidelijke fout.
    Aangemaakt worden: de kalender (standaard Vlaamse vakanties, bij benadering), de
    inschrijvingen en klassen (afgeleid uit de klassen in de punten) en lege tabellen voor
    afwezigheden, attesten en jaarresultaten (de lichten die ze nodig hebben, blijven dan uit).
    De platformactiviteit moet je zelf importeren. Geeft per tabel terug wat er gebeurde.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     vul_datamap_aan(map_)
    Traceback (most recent call last):
    ...
    schooldata_lit.importeren.ImportFout: Er zijn nog geen punten (resultaten.csv) in deze map...
    """
    pad = Path(map)
    if not (pad / "resultaten.csv").is_file():
        raise ImportFout("Er zijn nog geen punten (resultaten.csv) in deze map. Importeer eerst "
                         "de punten met importeer(..., 'punten', ...); de knipperlichten hebben "
                         "ze nodig.")
    from .data import laad_dataset

    resultaten = laad_dataset("resultaten", pad)
    if schooljaar is None:
        schooljaar = _bestaand_schooljaar(pad) or str(resultaten["schooljaar"].mode().iloc[0])
    nieuw: dict[Path, str] = {}
    wat: dict[str, str] = {}
    if not (pad / "kalender.csv").is_file():
        nieuw[pad / "kalender.csv"] = _csv_tekst(kalender(schooljaar))
        wat["kalender"] = ("aangemaakt: standaardkalender (pas aan voor de vrije dagen van je "
                           "school)")
    if not (pad / "inschrijvingen.csv").is_file():
        per = (resultaten.groupby("leerling_id")["klas"]
               .agg(lambda k: k.mode().sort_values().iloc[0]).reset_index())
        extra = pd.DataFrame({"_klas": per["klas"]})
        afgeleid = _afgeleid(per["leerling_id"], extra, schooljaar)
        for naam_, tabel in afgeleid.items():
            if not (pad / f"{naam_}.csv").is_file():
                nieuw[pad / f"{naam_}.csv"] = _csv_tekst(maak_csv_veilig(tabel)[0])
                wat[naam_] = "aangemaakt: afgeleid uit de klassen in de punten"
    if not (pad / "lesopdrachten.csv").is_file():
        lesopdr = (resultaten[resultaten["leerkracht_id"] != "onbekend"]
                   .groupby(["schooljaar", "klas", "vak"])["leerkracht_id"]
                   .agg(lambda k: k.mode().sort_values().iloc[0]).reset_index())
        nieuw[pad / "lesopdrachten.csv"] = _csv_tekst(maak_csv_veilig(lesopdr)[0])
        wat["lesopdrachten"] = "aangemaakt: afgeleid uit de punten (klas, vak en leerkracht)"
    if not (pad / "platformactiviteit.csv").is_file():
        wat["platformactiviteit"] = ("ontbreekt nog: importeer de activiteit van het "
                                     "leerplatform (de knipperlichten kunnen nog niet zonder)")
    for naam_ in ("afwezigheden", "attesten", "jaarresultaten"):
        if not (pad / f"{naam_}.csv").is_file():
            leeg = pd.DataFrame(columns=TABELLEN[naam_].kolomnamen)
            nieuw[pad / f"{naam_}.csv"] = _csv_tekst(leeg)
            wat[naam_] = "aangemaakt als lege tabel: de lichten die ze nodig hebben, blijven uit"
    _schrijf_atomair(nieuw)
    controle = controleer_datamap(pad)
    controle["wat_gebeurde"] = [wat.get(t, "was er al") for t in controle.index]
    if "lesopdrachten" in wat:
        controle.loc["lesopdrachten"] = ["ja", len(lesopdr), "", "", wat["lesopdrachten"]]
    return controle[["aanwezig", "rijen", "wat_gebeurde"]]


# ---------------------------------------------------------------------------------------------
# De opdrachtregel: schooldata-lit importeer BESTAND --soort ... --uit MAP --sleutel PAD
# ---------------------------------------------------------------------------------------------

def voeg_opdracht_toe(sub) -> None:
    """Voeg de opdracht ``importeer`` toe aan de opdrachtregel (argparse-subparsers)."""
    p = sub.add_parser(
        "importeer", help="lees een export van je eigen school in (CSV of Excel)",
        description="Lees een export van je school in, valideer en pseudonimiseer ze. Geeft "
                    "0 als alles aanvaard is, 1 als er rijen afgewezen zijn, 2 bij een fout.")
    p.add_argument("bestand", help="de export (CSV of .xlsx)")
    p.add_argument("--soort", required=True, choices=list(SOORTEN), help="soort export")
    p.add_argument("--uit", required=True, help="uitvoermap (een datamap voor de cursus)")
    p.add_argument("--sleutel", default=os.environ.get("SCHOOLDATA_SLEUTEL"),
                   help="pad naar het sleutelbestand van je school, BUITEN de projectmap "
                        "(standaard: omgevingsvariabele SCHOOLDATA_SLEUTEL)")
    p.add_argument("--maak-sleutel", action="store_true",
                   help="maak een nieuw sleutelbestand als het nog niet bestaat")
    p.add_argument("--koppeling", help="koppelingsbestand (YAML) met de kolomnamen van je school")
    p.add_argument("--schooljaar", help="bv. 2025-2026 (standaard: uit de datums)")
    p.add_argument("--blad", help="werkblad in een Excel-bestand (standaard: het eerste)")
    p.set_defaults(functie=opdrachtregel)


def opdrachtregel(args) -> int:
    """Voer ``schooldata-lit importeer`` uit; geeft de afsluitcode terug (0, 1 of 2)."""
    import sys

    from .privacy import bewaar_sleutel, maak_sleutel

    try:
        if not args.sleutel:
            raise ImportFout("geef het sleutelbestand van je school op met --sleutel PAD (of "
                             "zet SCHOOLDATA_SLEUTEL). Nog geen sleutel? Voeg --maak-sleutel "
                             "toe; bewaar het bestand buiten de projectmap.")
        sleutelpad = Path(args.sleutel).expanduser()
        if not sleutelpad.exists():
            if not args.maak_sleutel:
                raise ImportFout(f"het sleutelbestand {sleutelpad} bestaat niet. Voeg "
                                 "--maak-sleutel toe om er een te maken (enkel de eerste keer: "
                                 "met een nieuwe sleutel krijg je andere pseudoniemen).")
            if sleutelpad.resolve().is_relative_to(Path(args.uit).resolve()):
                raise ImportFout("het sleutelbestand mag niet in de uitvoermap liggen.")
            bewaar_sleutel(maak_sleutel(), sleutelpad)
            print(f"Nieuwe sleutel bewaard in {sleutelpad}. Bewaar dit bestand veilig en "
                  "buiten de projectmap.")
        verslag = importeer(args.bestand, args.soort, args.uit, sleutelpad,
                            koppeling=args.koppeling, schooljaar=args.schooljaar,
                            blad=args.blad)
    except (ImportFout, FileNotFoundError, FileExistsError, ValueError, TypeError) as fout:
        tekst = str(fout)
        print(tekst if tekst.startswith("Fout") else f"Fout: {tekst}", file=sys.stderr)
        return 2
    except Exception as fout:  # nooit een traceback voor de gebruiker
        print(f"Fout: onverwachte fout bij het inlezen van {args.bestand} "
              f"({type(fout).__name__}: {fout}). Er is niets weggeschreven.", file=sys.stderr)
        return 2
    print(verslag.samenvatting())
    if verslag.afgewezen_rijen:
        print("\nAfgewezen rijen (het volledige rapport staat in "
              f"{Path(args.uit) / 'verslag' / (verslag.tabelnaam + '_afgewezen.csv')}):")
        print(verslag.afgewezen.drop(columns="bestand").head(20).to_string(index=False))
        return 1
    return 0
