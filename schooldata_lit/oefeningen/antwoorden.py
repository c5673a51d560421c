"""Antwoorden controleren in de verborgen tests van de opdrachten: het aanvaardingsbeleid
(`AANVAARDINGSBELEID`, `beleid`), een antwoord lezen (`lees_antwoord`), de sleutel van een
juist antwoord (`sleutel`) en de controle zelf (`controleer`).
"""

from __future__ import annotations

import difflib
import math
import re
import sys
import unicodedata
from collections.abc import Iterable
from numbers import Integral, Real
from typing import Any

import numpy as np

from .vingerafdrukken import vingerafdruk

__all__ = ["controleer", "sleutel", "lees_antwoord", "beleid", "Antwoordfout",
           "AANVAARDINGSBELEID", "normaliseer_tekst"]


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


# De cursist ziet de fout als `schooldata_lit.oefeningen.Antwoordfout` (daar is ze ook te
# importeren), zoals voor de opsplitsing van het pakket.
Antwoordfout.__module__ = "schooldata_lit.oefeningen"


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


def normaliseer_tekst(waarde: str) -> str:
    """Tekst zoals de controle hem vergelijkt: zonder accenten, hoofdletters, dubbele spaties en
    leestekens vooraan of achteraan.

    >>> normaliseer_tekst("  Remediëring. ")
    'remediering'
    """
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
        return normaliseer_tekst(waarde)
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
        tekst = normaliseer_tekst(waarde)
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
        tekst = normaliseer_tekst(str(waarde)) if isinstance(waarde, str) else ""
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
    if isinstance(waarde, str) and normaliseer_tekst(waarde) in ("ja", "nee", "waar", "onwaar"):
        return normaliseer_tekst(waarde) in ("ja", "waar")
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
