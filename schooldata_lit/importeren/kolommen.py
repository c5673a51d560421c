"""Kolomnamen en codes van een schoolexport koppelen aan het datamodel van de cursus.

`standaardkoppeling` kent de gebruikelijke Vlaamse kolomnamen; een eigen koppeling staat in
een klein YAML-bestand (`schrijf_koppeling`, `lees_koppeling`). `zoek_kop` vindt de kopregel,
ook als er een titel boven staat.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml

from ..kern.data import schrijf_tekstbestanden
from .lezen import Ruw
from .verslag import KOPREGEL_ZOEKEN, ImportFout

# ---------------------------------------------------------------------------------------------
# Koppeling van kolomnamen en waarden
# ---------------------------------------------------------------------------------------------

def normaliseer(tekst: object) -> str:
    """Kolomnaam of waarde vergelijkbaar maken: kleine letters, zonder accenten en leestekens.

    >>> normaliseer("  Lln.-nr. (Stamboek) ")
    'lln nr stamboek'
    >>> normaliseer("Remediëring")
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

#: Kolommen met vrije tekst (wie registreerde, een reden, een opmerking): daar staan vaak namen
#: van personeel, ouders of derden in. Ze worden nooit ingelezen en nooit getoond.
VRIJE_TEKST = [
    "opmerking", "opmerkingen", "commentaar", "notitie", "notities", "toelichting", "reden",
    "motivering", "motivatie", "verslag", "beschrijving", "omschrijving reden", "memo",
    "geregistreerd door", "ingevoerd door", "ingegeven door", "geregistreerd", "registratie door",
    "gemeld door", "verwittigd door", "verwittiging door", "melder", "aangepast door",
    "gewijzigd door", "laatst gewijzigd door", "gebruiker registratie", "contactpersoon",
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
        # een export met totalen per leerling (geen datums): zie afwezigheidstotalen
        "totaal": ["totaal", "totaal afwezig", "aantal afwezigheden", "afwezigheden totaal",
                   "dagdelen afwezig", "aantal dagdelen afwezig", "halve dagen afwezig",
                   "totaal dagdelen"],
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

VERPLICHT = {
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
    schrijf_tekstbestanden({pad: tekst})
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
    return controleer_koppeling(inhoud or {}, pad.name)


def controleer_koppeling(inhoud: object, bron: str) -> dict:
    if not isinstance(inhoud, Mapping) or set(inhoud) - {"kolommen", "waarden", "breed"}:
        raise ImportFout("een koppeling heeft enkel de delen 'kolommen', 'waarden' en "
                         "'breed'.", bestand=bron)
    breed = inhoud.get("breed") or {}
    if not isinstance(breed, Mapping) or set(breed) - {"resultaten"} or any(
            not isinstance(d, Mapping) or set(d) - {"periode", "vast"}
            or not isinstance(d.get("periode") or {}, Mapping)
            or not isinstance(d.get("vast") or {}, Mapping) for d in breed.values()):
        raise ImportFout("'breed' kan enkel voor resultaten, met 'periode: {kolom: P1, ...}' en "
                         "'vast: {kolom: waarde}'.", bestand=bron)
    for deel in breed.values():
        fout = [str(v) for v in (deel.get("periode") or {}).values()
                if str(v) not in ("P1", "P2", "P3", "P4")]
        if fout:
            raise ImportFout(f"breed: {', '.join(fout)} is geen periode; gebruik P1 tot P4.",
                             bestand=bron)
        fout = [str(k) for k in (deel.get("vast") or {}) if str(k) not in _STANDAARD["resultaten"]]
        if fout:
            raise ImportFout(f"breed.vast: {', '.join(fout)} is geen kolom van de resultaten. "
                             f"Kies uit: {', '.join(_STANDAARD['resultaten'])}.", bestand=bron)
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
            "waarden": {k: {str(a): str(b) for a, b in v.items()} for k, v in waarden.items()},
            "breed": {t: {k: dict(v or {}) for k, v in d.items()} for t, d in breed.items()}}


def voeg_koppeling_samen(eigen: dict | None) -> dict:
    """Eigen koppeling eerst, daarna de standaard."""
    koppeling = standaardkoppeling()
    if not eigen:
        return koppeling
    for tabel, doelen in eigen.get("kolommen", {}).items():
        for doel, namen in doelen.items():
            koppeling["kolommen"][tabel][doel] = list(namen) + koppeling["kolommen"][tabel][doel]
    for sleutel, paren in eigen.get("waarden", {}).items():
        koppeling["waarden"][sleutel].update(paren)
    koppeling["breed"] = eigen.get("breed", {})
    return koppeling


# ---------------------------------------------------------------------------------------------
# Kopregel zoeken en kolommen koppelen
# ---------------------------------------------------------------------------------------------

def koppel_kop(kop: list[str], tabel: str, koppeling: dict) -> tuple[dict[int, str], int]:
    """Per kolomnummer het doel (kolom van de cursus, of '#id' voor identificerend)."""
    doelen = koppeling["kolommen"][tabel]
    genormd = [normaliseer(k) for k in kop]
    gekoppeld: dict[int, str] = {}
    bezet: set[str] = set()
    for doel, namen in doelen.items():
        for naam in namen:
            n = normaliseer(naam)
            treffers = [i for i, g in enumerate(genormd) if g == n and i not in gekoppeld]
            if treffers and doel not in bezet:
                gekoppeld[treffers[0]] = doel
                bezet.add(doel)
                break
    herkend = len(gekoppeld)
    ident = {normaliseer(n) for n in IDENTIFICERENDE_NAMEN}
    vrij = {normaliseer(n) for n in VRIJE_TEKST}
    for i, g in enumerate(genormd):
        if i in gekoppeld:
            continue
        if g in ident or any(g.startswith(n + " ") for n in ("naam", "voornaam", "familienaam")):
            gekoppeld[i] = "#id"
        elif g in vrij or g.endswith(" door") or any(g.startswith(n + " ") for n in
                                                     ("opmerking", "commentaar", "reden")):
            gekoppeld[i] = "#vrij"
    return gekoppeld, herkend


def is_vrije_tekst(kolomnaam: str) -> bool:
    """Heeft een kolom met deze naam vaak vrije tekst (en dus namen)?

    >>> is_vrije_tekst("Geregistreerd door"), is_vrije_tekst("Reden"), is_vrije_tekst("Code")
    (True, True, False)
    """
    g = normaliseer(kolomnaam)
    return g in {normaliseer(n) for n in VRIJE_TEKST} or g.endswith(" door")


def zoek_kop(ruw: Ruw, tabel: str, koppeling: dict, naam: str) -> int:
    beste, beste_n = -1, 0
    for i, rij in enumerate(ruw.rijen[:KOPREGEL_ZOEKEN]):
        if sum(1 for c in rij if c.strip()) < 2:
            continue
        gekoppeld, herkend = koppel_kop(rij, tabel, koppeling)
        if "leerling_id" in gekoppeld.values() and herkend > beste_n:
            beste, beste_n = i, herkend
    if beste < 0:
        voorbeeld = ", ".join(koppeling["kolommen"][tabel]["leerling_id"][:4])
        raise ImportFout(
            f"geen kopregel gevonden in de eerste {KOPREGEL_ZOEKEN} rijen: er is geen kolom "
            f"met het leerlingnummer (bv. {voorbeeld}). Zet de kolomnaam van je school in het "
            f"koppelingsbestand onder kolommen: {tabel}: leerling_id.", bestand=naam)
    return beste
