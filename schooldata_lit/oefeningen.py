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
import difflib
import hashlib
import math
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from numbers import Integral, Real
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["maak_oefeningen", "vingerafdruk", "zoek_cursusmap", "laad_nbgrader_config",
           "is_checkpoint", "cursusbestanden",
           "verbeteromgeving", "controleer", "sleutel", "lees_antwoord", "beleid",
           "Antwoordfout", "AANVAARDINGSBELEID", "controleer_dataplan", "beoordeel_criterium",
           "beoordeel_privacy"]

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


# -- antwoorden controleren -----------------------------------------------------------------

#: Hoe de verborgen tests een antwoord lezen. Dezelfde regels gelden voor elke vraag van elke
#: opdracht; `beleid(soort)` geeft de zin die de vraag aan de cursist toont.
AANVAARDINGSBELEID = """\
- Getal: een geheel of kommagetal (3, 3.0, numpy- of pandas-getallen) of een tekst met een
  decimale komma ("12,5", ook "12,5 %"). Een reeks of tabel met precies één getal telt als dat
  getal. Vraagt de vraag n decimalen, dan ronden wij af op n decimalen: niet of anders
  afronden kost niets. NaN, oneindig, waar/onwaar en `12,5` zonder aanhalingstekens (dat zijn
  in Python twee getallen) zijn geen getal.
- Aantal: een getal zonder decimalen (12 en 12.0 tellen allebei).
- Tekst: hoofd- en kleine letters, spaties vooraan, achteraan of dubbel, en accenten spelen
  geen rol ("4bor" = "4BOR", "Remediëring" = "remediering"). Een afkorting telt niet.
- Keuze: één letter; "b", "B" en "(B)" tellen allebei.
- Lijst: een lijst, tuple, verzameling, pandas-reeks of -index; de volgorde speelt geen rol,
  en elk element wordt gelezen als getal of tekst (zoals hierboven).
- Ja/nee: True/False, of de tekst "ja"/"nee".
- Maand: de naam of de afkorting zoals in de tabellen ("december", "dec", "Dec." of 12).
"""

_BELEID_KORT = {
    "getal": "een getal; 12.5 en de tekst \"12,5\" tellen allebei",
    "aantal": "een geheel getal (12 of 12.0)",
    "tekst": "tekst; hoofdletters, spaties en accenten spelen geen rol",
    "keuze": "één letter, bv. \"B\"",
    "lijst": "een lijst; de volgorde speelt geen rol, hoofdletters en spaties ook niet",
    "ja/nee": "True of False (of \"ja\"/\"nee\")",
    "maand": "de naam of de afkorting van de maand (\"december\", \"dec\" of 12)",
}

_MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_MAANDNAMEN = dict(zip(("januari", "februari", "maart", "april", "mei", "juni", "juli",
                        "augustus", "september", "oktober", "november", "december"), _MAANDEN,
                       strict=True))

_SOORTEN = tuple(_BELEID_KORT)


class Antwoordfout(AssertionError):
    """Een antwoord dat (nog) niet klopt; de boodschap is Nederlandstalige feedback."""


def beleid(soort: str, decimalen: int | None = None) -> str:
    """De zin over het aanvaardingsbeleid die bij een vraag hoort.

    >>> print(beleid("getal", 1))
    Zo lezen we je antwoord: een getal; 12.5 en de tekst "12,5" tellen allebei. We ronden zelf af
    op 1 decimaal.
    """
    if soort not in _BELEID_KORT:
        raise ValueError(f"onbekende soort {soort!r}; kies uit {', '.join(_SOORTEN)}")
    zin = f"Zo lezen we je antwoord: {_BELEID_KORT[soort]}."
    if decimalen is not None:
        zin += (" We ronden zelf af op een geheel getal." if decimalen == 0 else
                f" We ronden zelf af op {decimalen} decima{'al' if decimalen == 1 else 'len'}.")
    return zin


def _tekst(waarde: str) -> str:
    zonder_accenten = "".join(t for t in unicodedata.normalize("NFKD", waarde)
                              if not unicodedata.combining(t))
    return " ".join(zonder_accenten.casefold().split()).strip(" .'\"")


def _een_waarde(naam: str, waarde: Any, wat: str) -> Any:
    """Een pandas- of numpy-object met precies één waarde → die waarde; meer → Antwoordfout."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        pd = None
    if pd is not None and isinstance(waarde, pd.DataFrame):
        if waarde.size == 1:
            return waarde.iloc[0, 0]
        raise Antwoordfout(
            f"{naam} is een tabel (DataFrame) met {waarde.shape[0]} rijen en {waarde.shape[1]} "
            f"kolommen, geen {wat}. Neem één waarde uit de tabel, bv. met "
            "tabel[\"kolom\"].iloc[0] of tabel.loc[rij, \"kolom\"].")
    if pd is not None and isinstance(waarde, (pd.Series, pd.Index)) or isinstance(
            waarde, np.ndarray):
        if waarde.size == 1:
            return np.asarray(waarde).reshape(-1)[0]
        raise Antwoordfout(
            f"{naam} is een reeks met {waarde.size} waarden, geen {wat}. Kies de ene waarde die "
            "de vraag zoekt (bv. met .iloc[0] na een filter), of vat de reeks samen "
            "(.sum(), .mean(), len(...)).")
    return waarde


def _als_getal(naam: str, waarde: Any) -> float:
    waarde = _een_waarde(naam, waarde, "getal")
    if isinstance(waarde, tuple) and len(waarde) == 2 and all(
            isinstance(x, Integral) for x in waarde):
        raise Antwoordfout(
            f"{naam} is een paar van twee getallen {tuple(int(x) for x in waarde)}, geen getal. "
            "Schreef je een komma als decimaalteken, zoals 12,5? In Python maakt die komma twee "
            "getallen. Schrijf een punt (12.5) of zet het getal tussen aanhalingstekens "
            "(\"12,5\").")
    if isinstance(waarde, (bool, np.bool_)):
        raise Antwoordfout(f"{naam} is waar/onwaar (True/False), geen getal.")
    if isinstance(waarde, str):
        tekst = waarde.strip().rstrip("%").strip().replace(" ", "")
        if tekst.count(",") == 1 and "." not in tekst:
            tekst = tekst.replace(",", ".")
        try:
            waarde = float(tekst)
        except ValueError:
            raise Antwoordfout(
                f"{naam} is de tekst {waarde[:30]!r}, en daarin lezen we geen getal. Geef een "
                "getal, bv. 12.5 (of als tekst \"12,5\").") from None
    if not isinstance(waarde, Real):
        raise Antwoordfout(
            f"{naam} is een {type(waarde).__name__}, geen getal. Geef één getal, bv. 12.5.")
    getal = float(waarde)
    if math.isnan(getal):
        raise Antwoordfout(
            f"{naam} is NaN (\"geen getal\"). Dat gebeurt meestal als een filter niets "
            "overhoudt (kijk de schrijfwijze van een naam, klas of schooljaar na: hoofdletters en "
            "streepjes tellen in een filter wel), of als je door 0 deelt.")
    if math.isinf(getal):
        raise Antwoordfout(f"{naam} is oneindig: deel je door 0?")
    return getal


def _als_element(waarde: Any) -> Any:
    if isinstance(waarde, str):
        return _tekst(waarde)
    if isinstance(waarde, (bool, np.bool_)):
        return bool(waarde)
    if isinstance(waarde, Real) and not math.isnan(float(waarde)):
        return float(waarde)
    return waarde


def lees_antwoord(naam: str, waarde: Any, soort: str, decimalen: int | None = None,
                  keuzes: str | None = None) -> Any:
    """Lees een antwoord volgens het aanvaardingsbeleid (`AANVAARDINGSBELEID`): geef de
    genormaliseerde waarde terug, of werp een `Antwoordfout` op met Nederlandstalige uitleg
    over de vorm.

    >>> lees_antwoord("antwoord_1", "12,5 %", "getal", decimalen=1)
    12.5
    >>> lees_antwoord("antwoord_1", 4.200000000000003, "getal", decimalen=1)
    4.2
    >>> lees_antwoord("antwoord_2", "  4bor ", "tekst")
    '4bor'
    >>> lees_antwoord("antwoord_3", "(b)", "keuze", keuzes="ABCD")
    'B'
    >>> [lees_antwoord("antwoord_2", m, "maand") for m in ("December", "dec.", 12)]
    ['dec', 'dec', 'dec']
    >>> lees_antwoord("antwoord_1", (12, 5), "getal")
    Traceback (most recent call last):
    ...
    schooldata_lit.oefeningen.Antwoordfout: antwoord_1 is een paar van twee getallen (12, 5), ...
    """
    if soort not in _SOORTEN:
        raise ValueError(f"onbekende soort {soort!r}; kies uit {', '.join(_SOORTEN)}")
    if soort in ("getal", "aantal"):
        getal = _als_getal(naam, waarde)
        if soort == "aantal":
            if abs(getal - round(getal)) > 1e-6:
                raise Antwoordfout(
                    f"{naam} heeft decimalen, maar een aantal is een geheel getal. Tel je rijen "
                    "of leerlingen (met .sum(), len(...) of .nunique()) in plaats van een "
                    "gemiddelde of een aandeel te nemen?")
            return int(round(getal))
        return round(getal, decimalen) if decimalen is not None else getal
    if soort in ("tekst", "keuze"):
        waarde = _een_waarde(naam, waarde, "tekst")
        if not isinstance(waarde, str):
            raise Antwoordfout(
                f"{naam} is een {type(waarde).__name__}, geen tekst. Zet je antwoord tussen "
                "aanhalingstekens, bv. \"4BOR\"" + (" of \"B\"." if soort == "keuze" else "."))
        tekst = _tekst(waarde)
        if soort == "tekst":
            return tekst
        letter = tekst.strip("()[] .:").upper()
        toegelaten = keuzes or "ABCDEFGH"
        if len(letter) != 1 or letter not in toegelaten:
            raise Antwoordfout(
                f"{naam} moet één letter zijn: {', '.join(toegelaten[:-1])} of {toegelaten[-1]}. "
                f"Je gaf {waarde[:30]!r}.")
        return letter
    if soort == "lijst":
        if isinstance(waarde, (str, bytes)):
            raise Antwoordfout(
                f"{naam} is één tekst, geen lijst. Zet de elementen tussen rechte haken, "
                "bv. [\"2019-2020\", \"2021-2022\"], of gebruik list(...).")
        try:
            import pandas as pd
            if isinstance(waarde, pd.DataFrame):
                raise Antwoordfout(
                    f"{naam} is een tabel (DataFrame), geen lijst. Neem één kolom, bv. "
                    "list(tabel[\"kolom\"]).")
        except ImportError:  # pragma: no cover
            pass
        if isinstance(waarde, Real) or not isinstance(waarde, Iterable):
            raise Antwoordfout(f"{naam} is één waarde, geen lijst. Gebruik bv. [waarde1, waarde2].")
        return sorted((_als_element(x) for x in waarde), key=repr)
    if soort == "maand":
        waarde = _een_waarde(naam, waarde, "maand")
        if isinstance(waarde, Integral) and 1 <= int(waarde) <= 12:
            return _MAANDEN[int(waarde) - 1]
        tekst = _tekst(str(waarde)) if isinstance(waarde, str) else ""
        tekst = {"maa": "mrt", "mar": "mrt", "okt": "okt", "oct": "okt"}.get(tekst, tekst)
        if tekst in _MAANDNAMEN:
            return _MAANDNAMEN[tekst]
        if tekst in _MAANDEN:
            return tekst
        raise Antwoordfout(
            f"{naam} is geen maand. Schrijf de naam of de afkorting zoals in de tabel, bv. "
            "\"februari\" of \"feb\".")
    # ja/nee
    waarde = _een_waarde(naam, waarde, "ja/nee")
    if isinstance(waarde, (bool, np.bool_)):
        return bool(waarde)
    if isinstance(waarde, str) and _tekst(waarde) in ("ja", "nee", "waar", "onwaar"):
        return _tekst(waarde) in ("ja", "waar")
    raise Antwoordfout(f"{naam} moet True of False zijn (of de tekst \"ja\" of \"nee\").")


def sleutel(waarde: Any, soort: str, decimalen: int | None = None) -> str:
    """De vingerafdruk van een juist antwoord zoals `controleer` hem vergelijkt (na het lezen
    volgens het aanvaardingsbeleid). Zo maak je de sleutel voor een verborgen test.

    >>> sleutel("4BOR", "tekst") == sleutel(" 4bor", "tekst")
    True
    >>> sleutel(12.4872, "getal", 1) == sleutel("12,5", "getal", 1)
    True
    """
    return vingerafdruk(lees_antwoord("antwoord", waarde, soort, decimalen))


def controleer(naam: str, soort: str, *, sleutel: str | None = None,
               decimalen: int | None = None, keuzes: str | None = None,
               fouten: dict[str, str] | None = None, hint: str = "",
               procent: bool = False, ruimte: dict | None = None) -> None:
    """Controleer het antwoord `naam` uit de notebook: de vorm (zonder `sleutel`, in de
    zichtbare controlecel) of ook de inhoud (met `sleutel`, in de verborgen test).

    Het antwoord wordt gelezen volgens `AANVAARDINGSBELEID`. Klopt het niet, dan volgt een
    `Antwoordfout` (een AssertionError: nbgrader geeft 0 punten) met Nederlandstalige feedback
    die de waarschijnlijke fout benoemt zonder het juiste antwoord te verklappen:
    - een naam die niet bestaat (typfout), met de naam die er het meest op lijkt;
    - de vorm: NaN, een tabel of reeks in plaats van één waarde, `12,5` als paar getallen,
      decimalen in een aantal, tekst in plaats van een lijst, ...;
    - bekende fouten: `fouten` koppelt de `sleutel(...)` van een typisch fout antwoord (of, bij
      een keuzevraag, de letter van een afleider) aan een eigen boodschap;
    - bij een percentage (`procent=True`): een verhouding (0 tot 1) in plaats van een
      percentage, en omgekeerd; bij getallen ook een omgekeerd teken.
    `hint` volgt op elke boodschap over de inhoud.

    Parameters
    ----------
    naam : de naam van het antwoord, bv. "antwoord_1".
    soort : "getal", "aantal", "tekst", "keuze", "lijst" of "ja/nee".
    sleutel : de vingerafdruk van het juiste antwoord (zie `sleutel`); leeg: enkel de vorm.
    decimalen : bij een getal: op hoeveel decimalen we vergelijken.
    keuzes : bij een keuzevraag: de toegelaten letters, bv. "ABCD".
    ruimte : waar `naam` staat; standaard de globale namen van de cel die controleer oproept.

    Voorbeeld
    ---------
    >>> antwoord_1 = 0.455
    >>> controleer("antwoord_1", "getal", decimalen=1)
    Vorm in orde: antwoord_1 is een getal. Of het juist is, zie je in je feedback.
    >>> controleer("antwoord_1", "getal", decimalen=1, procent=True,
    ...            sleutel=sleutel(12.5, "getal", 1))
    Traceback (most recent call last):
    ...
    schooldata_lit.oefeningen.Antwoordfout: antwoord_1 klopt nog niet. Je gaf een verhouding ...
    >>> controleer("antwoord_l", "getal")
    Traceback (most recent call last):
    ...
    schooldata_lit.oefeningen.Antwoordfout: Er is (nog) geen antwoord_l. ...
    """
    if ruimte is None:
        ruimte = sys._getframe(1).f_globals
    if naam not in ruimte:
        # andere antwoorden (antwoord_1, antwoord_2, ...) zijn geen typfout van dit antwoord
        kandidaten = [k for k in ruimte
                      if not k.startswith("_") and not re.fullmatch(r"antwoord_\d+", k)]
        gelijkend = difflib.get_close_matches(naam, kandidaten, n=1, cutoff=0.75)
        raise Antwoordfout(
            f"Er is (nog) geen {naam}. Voer je antwoordcel uit (Shift + Enter) en kijk de naam na: "
            f"die moet precies {naam} zijn (kleine letters, een liggend streepje, geen spaties)."
            + (f" Je maakte wel {gelijkend[0]}: is dat een typfout?" if gelijkend else ""))
    waarde = lees_antwoord(naam, ruimte[naam], soort, decimalen, keuzes)
    if sleutel is None:
        wat = {"getal": "een getal", "aantal": "een geheel getal", "tekst": "een tekst",
               "keuze": "een letter", "lijst": "een lijst", "ja/nee": "ja of nee",
               "maand": "een maand"}[soort]
        print(f"Vorm in orde: {naam} is {wat}. Of het juist is, zie je in je feedback.")
        return
    if vingerafdruk(waarde) == sleutel:
        print(f"{naam}: juist.")
        return
    fouten = fouten or {}
    uitleg = fouten.get(waarde) if soort == "keuze" else fouten.get(vingerafdruk(waarde))
    if uitleg is None and soort == "getal":
        def past(x: float) -> bool:
            return vingerafdruk(round(x, decimalen) if decimalen is not None else x) == sleutel

        if procent and (past(waarde * 100) or (0 < abs(waarde) <= 1)):
            uitleg = ("Je gaf een verhouding (tussen 0 en 1), maar de vraag zoekt een percentage "
                      "(tussen 0 en 100): vermenigvuldig met 100.")
        elif procent and past(waarde / 100):
            uitleg = ("Je gaf een percentage, maar de vraag zoekt een verhouding (tussen 0 en 1): "
                      "deel door 100.")
        elif waarde != 0 and past(-waarde):
            uitleg = ("Het teken is omgekeerd: kijk na wat de vraag positief en wat ze negatief "
                      "noemt.")
    boodschap = f"{naam} klopt nog niet."
    if uitleg:
        boodschap += " " + uitleg
    elif hint:
        boodschap += " " + hint
    raise Antwoordfout(boodschap)


# -- een dataplan beoordelen (opdracht 1.7) -----------------------------------------------

_TELWOORDEN = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100,
}
_BREUKWOORDEN = {"de helft": 50.0, "helft": 50.0, "een derde": 100 / 3, "twee derde": 200 / 3,
                 "een kwart": 25.0, "driekwart": 75.0, "drie kwart": 75.0, "alle": 100.0,
                 "iedereen": 100.0, "elke leerling": 100.0, "allemaal": 100.0}
_ROLWOORDEN = ("zorgco", "leerkracht", "lesgever", "directie", "datateam", "klassenraad", "clb",
               "ouder", "leerlingbegeleid", "vakgroep", "coördinator", "coordinator", "team",
               "secretariaat", "mentor", "klastitularis")
_GEGEVENSWOORDEN = ("naam", "namen", "aantal", "gegevens", "fiche", "lijst", "anoniem",
                    "geaggregeerd", "percentage", "individu", "pseudoniem", "cijfers")


def _hoeveelheden(tekst: str) -> list[float]:
    """Alle getallen in een tekst, ook in woorden ("vijftien", "twintig procent"); een
    'x van de y' wordt ook als percentage toegevoegd."""
    zonder = _tekst(tekst)
    breuken = [p for w, p in _BREUKWOORDEN.items() if re.search(rf"\b{_tekst(w)}\b", zonder)]
    for woord, getal in sorted(_TELWOORDEN.items(), key=lambda kv: -len(kv[0])):
        zonder = re.sub(rf"\b{_tekst(woord)}\b", str(getal), zonder)
    # samengestelde telwoorden zoals "vijfentwintig" (5 en 20 → 25)
    zonder = re.sub(r"\b(\d)en(\d0)\b", lambda m: str(int(m.group(1)) + int(m.group(2))), zonder)
    getallen = [float(x.replace(",", ".")) for x in re.findall(r"\d+(?:[.,]\d+)?", zonder)]
    for teller, noemer in re.findall(r"(\d+)\s*(?:van de|van|op|/)\s*(?:de\s+)?(\d+)", zonder):
        if float(noemer) > 0:
            getallen.append(100 * float(teller) / float(noemer))
    return getallen + breuken


def beoordeel_criterium(criterium: str, nulmeting: tuple[int, int]) -> list[str]:
    """Opmerkingen bij een succescriterium dat van een nulmeting `teller van de noemer` moet
    vertrekken: het noemt die nulmeting (als percentage of als 'x van de y', in cijfers of in
    woorden) én een hoger doel. Eender welk getal volstaat dus niet.

    >>> beoordeel_criterium("Van 15 % (3 van de 20) naar minstens 60 %.", (3, 20))
    []
    >>> beoordeel_criterium("Van drie van de twintig naar minstens de helft.", (3, 20))
    []
    >>> len(beoordeel_criterium("Meer taalsteun in 2027.", (3, 20)))  # geen begin, geen doel
    2
    >>> len(beoordeel_criterium("Minstens 5 leerlingen krijgen taalsteun.", (3, 20)))
    1
    """
    teller, noemer = nulmeting
    basis = 100 * teller / noemer
    getallen = _hoeveelheden(criterium or "")
    # een los aantal leerlingen (hoogstens de doelgroep) telt als aandeel van de doelgroep
    getallen += [100 * g / noemer for g in getallen if 0 < g <= noemer and g == int(g)]
    opmerkingen = []
    if not any(abs(g - basis) <= 0.55 for g in getallen):
        opmerkingen.append(
            "Je criterium vertrekt nog niet van je nulmeting uit vraag 3. Noem de beginwaarde "
            "(als percentage of als 'zoveel van de zoveel'), zodat iedereen later kan zien of "
            "het beter werd.")
    if not any(g > basis + 0.55 and g <= 100 for g in getallen if g != 2026 and g < 1900):
        opmerkingen.append(
            "Je criterium heeft nog geen doel dat hoger ligt dan de nulmeting. Zeg hoeveel "
            "leerlingen (of welk percentage) je wil bereiken, in cijfers of in woorden "
            "('minstens de helft', 'twaalf van de twintig').")
    return opmerkingen


def beoordeel_privacy(privacy: str) -> list[str]:
    """Opmerkingen bij een privacyafspraak: ze zegt wie (een rol) welke gegevens ziet.
    "nvt", "geen" of een loze zin volstaan niet.

    >>> beoordeel_privacy("Enkel de zorgcoördinator ziet de namen; het team ziet aantallen.")
    []
    >>> len(beoordeel_privacy("nvt"))
    1
    """
    tekst = _tekst(privacy or "")
    if len(tekst) >= 15 and any(r in tekst for r in _ROLWOORDEN) and any(
            g in tekst for g in _GEGEVENSWOORDEN):
        return []
    return ["Je privacyafspraak zegt nog niet wie welke gegevens ziet. Noem de rollen (bv. de "
            "zorgcoördinator, de vakleerkrachten, het datateam) en wat elk ziet (namen of enkel "
            "aantallen). 'nvt' kan niet: de BaSO-fiches zijn gevoelige gegevens."]


def controleer_dataplan(naam: str, *, nulmeting: tuple[int, int] | None = None,
                        vandaag: str = "2026-06-30", bronnen: tuple[str, ...] = (),
                        ruimte: dict | None = None) -> None:
    """Controleer een dataplan uit een opdracht (zoals `controleer` een antwoord controleert).

    Zonder `nulmeting` enkel de vorm (een `Dataplan`). Met `nulmeting`: de opmerkingen van
    `dataplan.controleer_plan`, waarbij het criterium strenger bekeken wordt dan "er staat een
    getal in" (zie `beoordeel_criterium`), plus `beoordeel_privacy` en de `bronnen` die het
    plan moet blijven gebruiken. Niet in orde: een `Antwoordfout` met alle opmerkingen.
    """
    from schooldata_lit.dataplan import Dataplan, controleer_plan

    if ruimte is None:
        ruimte = sys._getframe(1).f_globals
    if naam not in ruimte:
        controleer(naam, "tekst", ruimte=ruimte)  # dezelfde uitleg bij een typfout
    plan = ruimte[naam]
    if not isinstance(plan, Dataplan):
        raise Antwoordfout(f"{naam} is een {type(plan).__name__}, geen Dataplan. Maak het met "
                           "replace(plan_taal, ...).")
    if nulmeting is None:
        print(f"Vorm in orde: {naam} is een Dataplan. Voer zelf controleer_plan({naam}, "
              f"vandaag=\"{vandaag}\") uit om te zien wat er nog ontbreekt.")
        return
    opmerkingen = [o for o in controleer_plan(plan, vandaag=vandaag)
                   if not o.startswith("Je succescriterium is nog niet meetbaar")]
    if _tekst(plan.criterium or ""):
        opmerkingen += beoordeel_criterium(plan.criterium, nulmeting)
    opmerkingen += beoordeel_privacy(plan.privacy or "")
    ontbrekend = [b for b in bronnen if b not in (plan.databronnen or ())]
    if ontbrekend:
        opmerkingen.append(f"Het plan gebruikt {', '.join(ontbrekend)} niet meer.")
    if opmerkingen:
        raise Antwoordfout(f"{naam} is nog niet af. " + " ".join(opmerkingen))
    print(f"{naam}: het plan is af.")


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


def _maak_cijfers_voor_feedback() -> type:
    from nbgrader.preprocessors import GetGrades

    class CijfersVoorFeedback(GetGrades):
        """nbgraders GetGrades, plus per cel `needs_manual_grade`: zo toont het Nederlandstalige
        feedbacksjabloon (`nbgrader_sjablonen/feedback/`) bij een denkvraag die de lesgever
        nog niet verbeterde "nog te verbeteren door je lesgever" in plaats van 0 punten."""

        def _get_score(self, cell, resources) -> None:
            super()._get_score(cell, resources)
            cijfer = self.gradebook.find_grade(cell.metadata["nbgrader"]["grade_id"],
                                               self.notebook_id, self.assignment_id,
                                               self.student_id)
            cell.metadata.nbgrader["needs_manual_grade"] = bool(cijfer.needs_manual_grade)

    return CijfersVoorFeedback


def __getattr__(naam: str) -> Any:
    # `CijfersVoorFeedback` pas maken als nbgrader erom vraagt: zo laadt een gewone
    # `import schooldata_lit.oefeningen` (in elke verbeterkernel) nbgrader niet.
    if naam == "CijfersVoorFeedback":
        return _maak_cijfers_voor_feedback()
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")


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
