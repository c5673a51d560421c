"""Per tabel omzetten en valideren: punten, afwezigheden, leerlingen, activiteit, begeleiding.

Elke omzetting komt in het conversielogboek, elke rij die niet kan in het rapport met
afgewezen rijen: gelezen = aanvaard + afgewezen. De omzettingen per soort waarde staan in
`getallen`, `datums` en `tekstwaarden`, het verzamelen van de meldingen in `werk` en de
bescherming tegen CSV-injectie in `csvveilig`; hun publieke namen zijn ook hier te vinden.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .csvveilig import maak_csv_veilig
from .datums import lees_datums, schooljaar_van
from .getallen import lees_getallen
from .kolommen import normaliseer
from .tekstwaarden import (
    extraheer,
    lees_codes,
    lees_tekst,
    lege_kolom,
    pseudoniemen_van,
    zonder_spaties,
)
from .werk import Werk, als_reeksen

__all__ = [
    "DUBBEL_SLEUTEL", "OMZETTERS", "TE_LANG", "TOTAALREDEN", "TOTAALRIJ", "Werk", "als_reeksen",
    "maak_csv_veilig", "pseudoniemen_van", "schooljaar_van", "zonder_spaties",
]

TE_LANG = "cel te lang"
TOTAALREDEN = "totaalrij of gemiddelde: geen gegevens van een leerling"
TOTAALRIJ = re.compile(r"(?i)\b(?:totaal|totalen|gemiddelde|som|aantal)\b")

# ---------------------------------------------------------------------------------------------
# Per tabel omzetten
# ---------------------------------------------------------------------------------------------

def _als_getal(s: pd.Series) -> pd.Series:
    """Tekst als getal (decimale komma mag; NaN als het geen getal is), één keer per
    verschillende waarde.

    >>> _als_getal(pd.Series(["20", "7,5", None, "x"])).tolist()
    [20.0, 7.5, nan, nan]
    """
    codes, uniek = pd.factorize(s)
    if not len(uniek):
        return pd.Series(np.nan, index=s.index)
    tekst = pd.Series(np.asarray(uniek, dtype=object)).astype(str)
    getallen = pd.to_numeric(tekst.str.replace(",", ".", regex=False),
                             errors="coerce").to_numpy(dtype=float)
    return pd.Series(np.where(codes >= 0, getallen[np.maximum(codes, 0)], np.nan), index=s.index)


def _resultaten(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    score_tekst = zonder_spaties(ruw["score"])
    heeft_max = "maximum" in ruw
    codes_lijst = koppeling["waarden"]["resultaten.code"]
    # codes in de scorekolom (afw, ziek, vrijgesteld)
    opzoek = {normaliseer(k): v for k, v in codes_lijst.items()}
    opzoek.update({normaliseer(v): v for v in codes_lijst.values()})
    uniek = pd.Series(score_tekst.unique())
    code_in_score = score_tekst.map(dict(zip(uniek, [opzoek.get(normaliseer(u)) for u in uniek],
                                             strict=True)))
    werk.omzetting("score", "code in de scorekolom bewaard als code (geen 0)",
                   code_in_score.notna(), score_tekst, code_in_score)
    if "code" in ruw:
        code_kolom = lees_codes(werk, ruw["code"], "code", codes_lijst, leeg_mag=True,
                                sleutel="resultaten.code")
    else:
        code_kolom = pd.Series(np.nan, index=ruw.index, dtype=object)
    code = code_kolom.where(code_kolom.notna(), code_in_score)
    rest = score_tekst.where(code_in_score.isna(), "")
    # breuk 14/20 of percentage 70%
    breuk = extraheer(rest, r"^([+-]?\d+(?:[.,]\d+)?)\s*/\s*(\d+(?:[.,]\d+)?)$")
    is_breuk = breuk[0].notna()
    procent = extraheer(rest, r"^([+-]?\d+(?:[.,]\d+)?)\s*%$")[0]
    is_procent = procent.notna()
    werk.omzetting("score", "breuk gesplitst in score en maximum", is_breuk, rest)
    werk.omzetting("score", "percentage omgezet naar score op 100", is_procent, rest)
    enkel = rest.where(~is_breuk & ~is_procent, "")
    enkel = enkel.where(~is_breuk, breuk[0]).where(~is_procent, procent)
    # lege score zonder code
    werk.fout((rest == "") & code.isna(), "score", rest, "geen score en geen code",
              "vul de score in, of een code: afw (afwezig), ziek of vrijgesteld")
    score = lees_getallen(werk, enkel, "score", leeg_mag=True, toon=score_tekst)
    werk.fout(score.notna() & code_kolom.notna(), "code", ruw.get("code", ""),
              "zowel een score als een code", "laat de score of de code weg")
    uit_score = _als_getal(breuk[1])
    uit_score = uit_score.where(~is_procent, 100.0)
    if heeft_max:
        max_kolom = lees_getallen(werk, ruw["maximum"], "maximum", leeg_mag=True)
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
    if "datum" in ruw:
        uit["datum"] = lees_datums(werk, ruw["datum"], "datum")
    else:  # punten per periode: de datum volgt uit de periode (zie importeer)
        uit["datum"] = pd.Series(pd.NaT, index=ruw.index, dtype="datetime64[ns]")
        werk.fout(zonder_spaties(ruw["periode"]) == "", "periode", "", "geen datum en geen "
                  "periode", "vul de periode in (P1 tot P4) of voeg een kolom met de datum toe")
    uit["vak"] = lees_tekst(werk, ruw["vak"], "vak", verplicht=True)
    uit["klas"] = (lees_tekst(werk, ruw["klas"], "klas", verplicht=True) if "klas" in ruw
                   else lege_kolom(ruw))
    uit["leerkracht_id"] = (lees_tekst(werk, ruw["leerkracht_id"], "leerkracht_id", verplicht=False)
                            if "leerkracht_id" in ruw else lege_kolom(ruw))
    if "soort" in ruw:
        uit["soort"] = lees_codes(werk, ruw["soort"], "soort",
                                  koppeling["waarden"]["resultaten.soort"],
                                  sleutel="resultaten.soort")
    else:
        uit["soort"] = "onbekend"
        werk.omzetting("soort", "kolom ontbreekt: soort evaluatie ingevuld als 'onbekend'",
                       np.ones(len(ruw), dtype=bool))
    if "periode" in ruw:
        p = zonder_spaties(ruw["periode"])
        nummer = extraheer(p, r"^(?:p|periode|r|rapport)?\s*([1-4])$", flags=re.IGNORECASE)[0]
        werk.omzetting("periode", "periode omgezet naar P1-P4",
                       nummer.notna() & (p != "P" + nummer), p, "P" + nummer)
        werk.fout(nummer.isna() & (p != ""), "periode", p, "onbekende periode",
                  "gebruik P1, P2, P3 of P4")
        uit["periode"] = ("P" + nummer).where(nummer.notna(), np.nan)
    else:
        uit["periode"] = lege_kolom(ruw)
    uit["score"] = score.where(code.isna(), np.nan)
    uit["maximum"] = maximum
    uit["code"] = code
    return uit


def _afwezigheden(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["datum"] = lees_datums(werk, ruw["datum"], "datum")
    weekend = uit["datum"].dt.dayofweek >= 5
    werk.fout(weekend, "datum", ruw["datum"], "geen lesdag (weekend)",
              "controleer de datum: op zaterdag en zondag is er geen les")
    uit["dagdeel"] = lees_codes(werk, ruw["dagdeel"], "dagdeel",
                                koppeling["waarden"]["afwezigheden.dagdeel"],
                                sleutel="afwezigheden.dagdeel")
    uit["code"] = lees_codes(werk, ruw["code"], "code", koppeling["waarden"]["afwezigheden.code"],
                             sleutel="afwezigheden.code")
    return uit


def _platformactiviteit(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    week = lees_datums(werk, ruw["week"], "week")
    maandag = week - pd.to_timedelta(week.dt.dayofweek.fillna(0), unit="D")
    werk.omzetting("week", "datum vervangen door de maandag van die week",
                   week.notna() & (week.dt.dayofweek != 0), ruw["week"], maandag.dt.strftime(
                       "%Y-%m-%d"))
    uit["week"] = maandag
    for kolom in ("aanmeldingen", "taken_op_tijd", "taken_te_laat", "taken_niet_ingediend"):
        if kolom in ruw:
            uit[kolom] = lees_getallen(werk, ruw[kolom], kolom, geheel=True)
        else:
            uit[kolom] = 0
            werk.omzetting(kolom, "kolom ontbreekt: ingevuld als 0",
                           np.ones(len(ruw), dtype=bool))
    return uit


def _begeleiding(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["datum"] = lees_datums(werk, ruw["datum"], "datum")
    uit["soort"] = lees_codes(werk, ruw["soort"], "soort",
                              koppeling["waarden"]["begeleiding.soort"],
                              sleutel="begeleiding.soort")
    uit["vak"] = lees_tekst(werk, ruw["vak"], "vak", verplicht=False) if "vak" in ruw else np.nan
    uit["door"] = (lees_codes(werk, ruw["door"], "door",
                              koppeling["waarden"]["begeleiding.door"], leeg_mag=True,
                              sleutel="begeleiding.door") if "door" in ruw else np.nan)
    return uit


def _leerlingen(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["voornaam"] = np.nan
    uit["familienaam"] = np.nan
    if "geslacht" in ruw:
        uit["geslacht"] = lees_codes(werk, ruw["geslacht"], "geslacht",
                                     koppeling["waarden"]["leerlingen.geslacht"], leeg_mag=True,
                                     sleutel="leerlingen.geslacht")
    else:
        uit["geslacht"] = np.nan
    if "geboortejaar" in ruw:
        jaar = lees_getallen(werk, ruw["geboortejaar"], "geboortejaar", geheel=True, leeg_mag=True)
    elif "_geboortedatum" in ruw:
        leeg = zonder_spaties(ruw["_geboortedatum"]) == ""
        datum = lees_datums(werk, ruw["_geboortedatum"].where(~leeg, "2000-01-01"), "geboortedatum")
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
        s = zonder_spaties(ruw["instroom_schooljaar"])
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
        lj = lees_getallen(werk, ruw["instroom_leerjaar"], "instroom_leerjaar", geheel=True,
                           leeg_mag=True)
        werk.fout(lj.notna() & ~lj.between(1, 7), "instroom_leerjaar", lj.astype(str),
                  "leerjaar buiten 1 tot 7", "controleer het leerjaar")
        uit["instroom_leerjaar"] = lj.astype("Int64")
    else:
        uit["instroom_leerjaar"] = pd.array([pd.NA] * len(ruw), dtype="Int64")
    for kolom in ("thuistaal_niet_nederlands", "schooltoeslag"):
        if kolom in ruw:
            uit[kolom] = lees_codes(werk, ruw[kolom], kolom,
                                    koppeling["waarden"][f"leerlingen.{kolom}"], leeg_mag=True,
                                    sleutel=f"leerlingen.{kolom}")
        else:
            uit[kolom] = np.nan
    # voor de afgeleide tabellen (inschrijvingen, klassen)
    for extra in ("_klas", "_leerjaar", "_studierichting", "_finaliteit"):
        if extra in ruw:
            uit[extra] = lees_tekst(werk, ruw[extra], extra[1:], verplicht=False)
    return uit


def _afwezigheidstotalen(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    """Een export met per leerling het totaal aantal afwezige dagdelen (geen datums)."""
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["dagdelen_afwezig"] = lees_getallen(werk, ruw["totaal"], "totaal", geheel=True).astype(
        "Int64")
    werk.omzetting("totaal", "totaal per leerling ingelezen als aantal afwezige dagdelen "
                   "(afwezigheidstotalen): de regels die datums of codes nodig hebben, kunnen "
                   "hierop niet lopen", np.ones(len(ruw), dtype=bool), toon_voorbeeld=False)
    return uit


OMZETTERS = {"resultaten": _resultaten, "afwezigheden": _afwezigheden,
              "afwezigheidstotalen": _afwezigheidstotalen,
              "leerlingen": _leerlingen, "platformactiviteit": _platformactiviteit,
              "begeleiding": _begeleiding}

DUBBEL_SLEUTEL = {
    "resultaten": None, "begeleiding": None,  # None: enkel volledig gelijke rijen
    "afwezigheden": ["leerling_id", "datum", "dagdeel"],
    "afwezigheidstotalen": ["leerling_id"],
    "platformactiviteit": ["leerling_id", "week"],
    "leerlingen": ["leerling_id"],
}
