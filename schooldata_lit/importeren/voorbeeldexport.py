"""Een realistische, rommelige voorbeeldexport om het importeren mee te oefenen.

`maak_voorbeeldexport` maakt uit de verzonnen school (``laad_dataset``) de exports die een
datateam in het echt krijgt: een leerlingenlijst en een puntenlijst uit de administratie
(Windows-tekens, puntkomma's, decimale komma's, een titel boven de kopregel, een totaalrij,
scores als ``14/20``, ``afw``, ``ziek`` en ``vrijgesteld``), afwezigheden met komma's en een
eigen code, platformactiviteit met tabs en een Excel-verzamelstaat voor de begeleiding. Er zit
bewust wat rommel in: onmogelijke scores, een datum buiten het schooljaar, dubbele rijen, een
onbekende leerling en een formule in een cel. Alles is verzonnen en elke keer byte per byte
hetzelfde (de Excel: dezelfde celwaarden).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as map_:
...     sorted(p.name for p in maak_voorbeeldexport(map_))
['LEESMIJ.md', 'activiteit.csv', 'afwezigheden.csv', 'begeleiding.xlsx', 'koppeling.yaml', \
'leerlingen.csv', 'punten.csv']
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import pandas as pd

from ..kern.controle import schrijf_atomair
from ..kern.data import laad_dataset

__all__ = ["VOORBEELDKLASSEN", "maak_voorbeeldexport"]

#: De klassen van de verzonnen school die in de voorbeeldexport staan.
VOORBEELDKLASSEN = ("1A3", "4BTS", "5ECW", "6NWE")
_SCHOOLJAAR = "2025-2026"


def _stamboeknummer(leerling_id: str) -> str:
    return str(2_300_000 + int(leerling_id[1:]))


def _geboortedatum(leerling_id: str, jaar: int) -> dt.date:
    n = int(leerling_id[1:])
    return dt.date(int(jaar), n % 12 + 1, n % 28 + 1)


def _rijksregisternummer(leerling_id: str, datum: dt.date) -> str:
    volgnummer = int(leerling_id[1:]) % 997 + 1
    basis = int(f"2{datum:%y%m%d}{volgnummer:03d}")
    controle = 97 - basis % 97
    return f"{datum:%y.%m.%d}-{volgnummer:03d}.{controle:02d}"


def _csv(rijen: list[list[str]], scheidingsteken: str, regeleinde: str) -> str:
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=scheidingsteken, lineterminator=regeleinde)
    schrijver.writerows(rijen)
    return buffer.getvalue()


def _getal(waarde: float) -> str:
    return f"{waarde:g}".replace(".", ",")


def _leerlingen(lln: pd.DataFrame, inschr: pd.DataFrame) -> list[list[str]]:
    rijen = [["Leerlingenlijst Sint-Gommaruscollege (verzonnen school)"] + [""] * 9,
             [f"Schooljaar {_SCHOOLJAAR} – geëxporteerd op 01/06/2026"] + [""] * 9,
             ["Stamboeknr", "Naam", "Voornaam", "Geslacht", "Geboortedatum", "Klas",
              "Studierichting", "Rijksregisternr", "Thuistaal niet NL", "Schooltoeslag"]]
    samen = inschr.merge(lln, on="leerling_id").sort_values(["klas", "familienaam", "voornaam",
                                                             "leerling_id"])
    for r in samen.itertuples():
        geboren = _geboortedatum(r.leerling_id, r.geboortejaar)
        rijen.append([_stamboeknummer(r.leerling_id), r.familienaam, r.voornaam, r.geslacht,
                      f"{geboren:%d/%m/%Y}", r.klas, r.studierichting,
                      _rijksregisternummer(r.leerling_id, geboren), r.thuistaal_niet_nederlands,
                      "J" if r.schooltoeslag == "ja" else "N"])
    # rommel: een dubbele rij en een leerling met een onmogelijke geboortedatum (tikfout)
    rijen.insert(10, list(rijen[9]))
    ander = lln[~lln["leerling_id"].isin(inschr["leerling_id"])].iloc[0]
    rijen.append([_stamboeknummer(ander.leerling_id), ander.familienaam, ander.voornaam,
                  ander.geslacht, "12/05/1908", "6NWE", "Natuurwetenschappen",
                  _rijksregisternummer(ander.leerling_id, dt.date(2008, 5, 12)), "nee", "N"])
    rijen.append(["", f"Totaal: {len(samen)} leerlingen"] + [""] * 8)
    return rijen


def _punten(res: pd.DataFrame, lln: pd.DataFrame, lk: pd.DataFrame) -> list[list[str]]:
    namen = lln.set_index("leerling_id")
    leerkrachten = lk.set_index("leerkracht_id")
    rijen = [["Puntenlijst Skore - export"] + [""] * 8,
             ["Sint-Gommaruscollege", f"Schooljaar {_SCHOOLJAAR} – geëxporteerd"] + [""] * 7,
             [""] * 9,
             ["Lln.nr.", "Leerling", "Klas", "Vak", "Leerkracht", "Datum", "Evaluatie",
              "Resultaat", "Opmerking"]]
    soort = {"dagelijks werk": "DW", "toets": "Toets", "examen": "Examen"}
    code = {"afwezig": "afw", "ziek": "ziek", "vrijgesteld": "vrijgesteld"}
    for i, r in enumerate(res.itertuples()):
        naam = namen.loc[r.leerling_id]
        leraar = leerkrachten.loc[r.leerkracht_id]
        if isinstance(r.code, str):
            resultaat = code[r.code]
            opmerking = f"{naam.voornaam} was {r.code}" if i % 7 == 0 else ""
        else:
            resultaat = f"{_getal(r.score)}/{_getal(r.maximum)}"
            opmerking = ""
        rijen.append([_stamboeknummer(r.leerling_id), f"{naam.familienaam} {naam.voornaam}",
                      r.klas, r.vak, f"{leraar.voornaam} {leraar.familienaam}",
                      f"{r.datum:%d/%m/%Y}", soort[r.soort], resultaat, opmerking])
    # rommel
    kop = 4
    rijen[kop + 20][7] = "23/20"            # hoger dan het maximum
    rijen[kop + 21][7] = "-2/20"            # negatief
    rijen[kop + 22][7] = ""                 # geen score en geen code
    rijen[kop + 23][5] = "03/05/2025"       # vorig schooljaar
    rijen[kop + 24][7] = "VRIJ"             # andere schrijfwijze van vrijgesteld
    rijen[kop + 25][3] = '=HYPERLINK("http://voorbeeld.invalid/?data=","Klik hier")'
    rijen.insert(kop + 41, list(rijen[kop + 40]))  # dubbele rij
    onbekend = list(rijen[kop + 60])
    onbekend[0], onbekend[1] = "2399999", "Verhaegen Noor"  # niet in de leerlingenlijst
    rijen.insert(kop + 61, onbekend)
    rijen.append(["", "Gemiddelde", "", "", "", "", "", "13,2/20", ""])
    return rijen


def _afwezigheden(afw: pd.DataFrame, lln: pd.DataFrame) -> list[list[str]]:
    namen = lln.set_index("leerling_id")
    rijen = [["Leerlingnummer", "Naam", "Datum", "Dagdeel", "Code"]]
    dagdeel = {"VM": "voormiddag", "NM": "namiddag"}
    for i, r in enumerate(afw.itertuples()):
        naam = namen.loc[r.leerling_id]
        code = "ZA" if r.code == "Z" and i % 3 == 0 else r.code  # eigen code: ziek met attest
        rijen.append([_stamboeknummer(r.leerling_id), f"{naam.voornaam} {naam.familienaam}",
                      f"{r.datum:%d-%m-%Y}", dagdeel[r.dagdeel], code])
    rijen[11][2] = "18-10-2025"  # een zaterdag
    rijen.insert(31, list(rijen[30]))  # dubbele rij
    tegen = list(rijen[50])
    tegen[4] = "B" if tegen[4] != "B" else "G"  # zelfde dagdeel, andere code
    rijen.insert(51, tegen)
    return rijen


def _activiteit(act: pd.DataFrame, lln: pd.DataFrame) -> list[list[str]]:
    namen = lln.set_index("leerling_id")
    rijen = [["Gebruiker (lln.nr.)", "Volledige naam", "Week van", "Aanmeldingen",
              "Taken op tijd", "Taken te laat", "Taken niet ingediend"]]
    for r in act.itertuples():
        naam = namen.loc[r.leerling_id]
        rijen.append([_stamboeknummer(r.leerling_id), f"{naam.voornaam} {naam.familienaam}",
                      f"{r.week.day}/{r.week.month}/{r.week.year}", str(r.aanmeldingen),
                      str(r.taken_op_tijd), str(r.taken_te_laat), str(r.taken_niet_ingediend)])
    rijen[15][3] = "-3"      # negatief
    rijen[16][3] = "12,5"    # geen geheel getal
    return rijen


def _begeleiding(beg: pd.DataFrame, lln: pd.DataFrame, inschr: pd.DataFrame) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    namen = lln.set_index("leerling_id")
    klas = inschr.set_index("leerling_id")["klas"]
    boek = Workbook()
    blad = boek.active
    blad.title = "Verzamelstaat"
    blad.append([f"Verzamelstaat leerlingenbegeleiding {_SCHOOLJAAR}"])
    blad.append([f"Klassen {', '.join(VOORBEELDKLASSEN)}"])
    blad.append([])
    blad.merge_cells("A1:H1")
    blad.merge_cells("A2:H2")
    blad["A1"].font = Font(bold=True, size=14)
    blad.append(["Lln.nr.", "Naam leerling", "Klas", "Datum", "Soort", "Vak", "Door",
                 "Opmerking"])
    soort = {"remediëring": "Remediëring", "herkansing": "Herkansing", "gesprek": "Gesprek",
             "zorgoverleg": "Zorgoverleg"}
    door = {"vakleerkracht": "Vakleerkracht", "klastitularis": "Titularis",
            "zorgcoördinator": "Zorgco", "CLB": "CLB"}
    for i, r in enumerate(beg.itertuples()):
        naam = namen.loc[r.leerling_id]
        opmerking = (f"{naam.voornaam} komt goed mee" if i % 5 == 0 else "")
        blad.append([int(_stamboeknummer(r.leerling_id)), f"{naam.familienaam}, {naam.voornaam}",
                     klas[r.leerling_id], r.datum.to_pydatetime(), soort[r.soort],
                     r.vak if isinstance(r.vak, str) else None, door[r.door], opmerking])
    blad.append([2399998, "Claes, Wout", "4BTS", dt.datetime(2025, 11, 20), "Gesprek", None,
                 "Titularis", ""])  # onbekende leerling
    blad.append([int(_stamboeknummer(beg["leerling_id"].iloc[0])), "", "",
                 dt.datetime(2026, 7, 15), "Herkansing", "Wiskunde", "Vakleerkracht",
                 ""])  # in de zomervakantie: buiten het schooljaar
    for rij in blad.iter_rows(min_row=5, min_col=4, max_col=4):
        rij[0].number_format = "DD/MM/YYYY"
    legende = boek.create_sheet("Legende")
    legende.append(["Soort", "Uitleg"])
    legende.append(["Remediëring", "extra uitleg of oefening voor één vak"])
    vast = dt.datetime(2026, 1, 1)
    boek.properties.creator = "schooldata-lit"
    boek.properties.created = vast
    boek.properties.modified = vast
    buffer = io.BytesIO()
    boek.save(buffer)
    return buffer.getvalue()


_KOPPELING = """\
# Koppeling voor de voorbeeldexport (zie LEESMIJ.md).
# De meeste kolomnamen herkent de import zelf. Deze twee dingen niet:
kolommen:
  platformactiviteit:
    leerling_id: ["Gebruiker (lln.nr.)"]   # zo heet de kolom in de export van het leerplatform
waarden:
  afwezigheden.code:
    ZA: Z                                  # 'ziek met attest' heet bij de cursus Z
"""

_LEESMIJ = """\
# Voorbeeldexport: de eigen data van een (verzonnen) school

Deze bestanden lijken op de exports die een datateam uit de leerlingenadministratie, Skore en
het leerplatform haalt. Ze zijn **verzonnen**: gemaakt met
`schooldata_lit.maak_voorbeeldexport()` uit de cursusschool (klassen
{klassen}, schooljaar {schooljaar}). Namen, stamboek- en rijksregisternummers bestaan niet.

Wat er rommelig is, per bestand (soort export tussen haakjes):

- `leerlingen.csv` (leerlingen): Windows-tekens (cp1252), puntkomma's, twee titelrijen,
  namen en rijksregisternummers, J/N, een dubbele rij, een geboortedatum in 1908, een
  totaalrij.
- `punten.csv` (punten): cp1252, titelrijen en een lege rij boven de kopregel, scores als
  `14/20` en `7,5/10`, `afw`, `ziek`, `vrijgesteld` en `VRIJ`, een score 23/20, een negatieve
  score, een lege score, een datum van vorig schooljaar, een formule (`=HYPERLINK(...)`), een
  dubbele rij, een onbekende leerling, een rij met het gemiddelde, namen in de opmerkingen.
- `afwezigheden.csv` (afwezigheden): UTF-8 met BOM, komma's, `voormiddag`/`namiddag`, een
  eigen code `ZA` (ziek met attest), een zaterdag, een dubbele en een tegenstrijdige rij.
- `activiteit.csv` (activiteit): tabs, datums als 1/9/2025, een kolomnaam die de import niet
  kent, een negatief aantal en een aantal met een komma.
- `begeleiding.xlsx` (begeleiding): een Excel-verzamelstaat met samengevoegde titelcellen,
  een tweede werkblad, hoofdletters, een onbekende leerling en een datum in de zomervakantie.
- `koppeling.yaml`: de koppeling voor wat de import niet zelf herkent.

Gebruik: zie de notebook `notebooks/eigen_data.ipynb`, of

    schooldata-lit importeer voorbeelden/eigen_export/leerlingen.csv --soort leerlingen \\
        --uit /tmp/eigen_school --sleutel ~/sleutel_school.txt --maak-sleutel
"""


def maak_voorbeeldexport(map: str | os.PathLike) -> list[Path]:
    """Schrijf de rommelige voorbeeldexport in `map` en geef de paden terug.

    De inhoud komt uit de verzonnen school (de klassen in `VOORBEELDKLASSEN`, schooljaar
    2025-2026) en is elke keer dezelfde.
    """
    doel = Path(map)
    inschr = laad_dataset("inschrijvingen")
    inschr = inschr[(inschr["schooljaar"] == _SCHOOLJAAR)
                    & inschr["klas"].isin(VOORBEELDKLASSEN)]
    ids = set(inschr["leerling_id"])
    lln = laad_dataset("leerlingen")
    res = laad_dataset("resultaten")
    res = res[res["klas"].isin(VOORBEELDKLASSEN)].sort_values(
        ["klas", "vak", "datum", "soort", "leerling_id"], kind="stable")
    afw = laad_dataset("afwezigheden")
    afw = afw[afw["leerling_id"].isin(ids)].sort_values(["datum", "dagdeel", "leerling_id"],
                                                        kind="stable")
    act = laad_dataset("platformactiviteit")
    act = act[act["leerling_id"].isin(ids)].sort_values(["week", "leerling_id"], kind="stable")
    beg = laad_dataset("begeleiding")
    beg = beg[beg["leerling_id"].isin(ids)].sort_values(["datum", "leerling_id", "soort"],
                                                        kind="stable")
    teksten = {
        doel / "leerlingen.csv": _csv(_leerlingen(lln, inschr), ";", "\r\n"),
        doel / "punten.csv": _csv(_punten(res, lln, laad_dataset("leerkrachten")), ";", "\r\n"),
        doel / "afwezigheden.csv": _csv(_afwezigheden(afw, lln), ",", "\n"),
        doel / "activiteit.csv": _csv(_activiteit(act, lln), "\t", "\n"),
    }
    bytes_ = {
        doel / "leerlingen.csv": teksten[doel / "leerlingen.csv"].encode("cp1252"),
        doel / "punten.csv": teksten[doel / "punten.csv"].encode("cp1252"),
        doel / "afwezigheden.csv": teksten[doel / "afwezigheden.csv"].encode("utf-8-sig"),
        doel / "activiteit.csv": teksten[doel / "activiteit.csv"].encode("utf-8"),
        doel / "begeleiding.xlsx": _begeleiding(beg, lln, inschr),
        doel / "koppeling.yaml": _KOPPELING.encode("utf-8"),
        doel / "LEESMIJ.md": _LEESMIJ.format(klassen=", ".join(VOORBEELDKLASSEN),
                                             schooljaar=_SCHOOLJAAR).encode("utf-8"),
    }
    schrijf_atomair(bytes_)
    return sorted(bytes_)
