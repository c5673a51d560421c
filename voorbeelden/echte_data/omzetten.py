"""Echte open data klaarzetten zoals een school haar exports klaarzet (recept bij eigen_data).

Twee open datasets, niet meegeleverd (zie LEESMIJ.md):

* **UCI Student Performance** (wiskunde en Portugees): één rij per leerling met de punten van
  twee rapporten (G1, G2), het eindcijfer (G3) en het totaal aantal afwezigheden. Er is geen
  leerlingnummer: `uci_met_nummer` zet het rijnummer in een kolom ``nr``, met de module ``csv``
  (geen pandas). Daarna doet het koppelingsbestand de rest (deel ``breed``).
* **OULAD** (Open University): de scores staan in een andere tabel dan de datums en de soort
  evaluatie. `oulad_als_export` zet ze samen in één lijst per evaluatie, zoals een
  leerplatform ze exporteert. Dat vraagt een koppeling van tabellen; een school krijgt zo'n
  lijst meteen uit haar platform.

De uitkomst (eindcijfer, eindresultaat) wordt nooit ingelezen: daarmee controleren we achteraf
of de knipperlichten de juiste leerlingen aanwezen (`uitkomst_uci`, `uitkomst_oulad`).

    python voorbeelden/echte_data/omzetten.py ../shared/realdata MAP
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

HIER = Path(__file__).resolve().parent
#: De map met de echte data, naast het project (zoals in benchmarks/echte_data.py).
ECHTE_DATA = HIER.parent.parent.parent / "shared" / "realdata"
#: Een presentatie van de Open University die in oktober start (J), zoals een schooljaar.
OULAD_PRESENTATIE = ("FFF", "2013J")


def uci_met_nummer(bron: Path, doel: Path) -> Path:
    """Kopie van een UCI-bestand met vooraan een kolom ``nr`` (1, 2, 3, ...)."""
    with open(bron, encoding="utf-8", newline="") as f:
        rijen = list(csv.reader(f, delimiter=";"))
    with open(doel, "w", encoding="utf-8", newline="") as f:
        schrijver = csv.writer(f, delimiter=";")
        schrijver.writerow(["nr", *rijen[0]])
        for nummer, rij in enumerate(rijen[1:], start=1):
            schrijver.writerow([str(nummer), *rij])
    return doel


def uitkomst_uci(bron: Path) -> dict[str, bool]:
    """Per ``nr``: niet geslaagd op het einde van het jaar (G3 onder 10 op 20)?"""
    with open(bron, encoding="utf-8", newline="") as f:
        lezer = csv.DictReader(f, delimiter=";")
        return {str(i): int(r["G3"]) < 10 for i, r in enumerate(lezer, start=1)}


def _lees(pad: Path) -> list[dict[str, str]]:
    with open(pad, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def oulad_als_export(bron: Path, doel_map: Path,
                     presentatie: tuple[str, str] = OULAD_PRESENTATIE) -> tuple[Path, Path]:
    """Schrijf ``punten.csv`` (één rij per evaluatie) en ``leerlingen.csv`` voor één presentatie.

    De dag in de presentatie wordt een datum in het schooljaar (dag 0 = 1 oktober); het examen
    (de uitkomst) en evaluaties na 30 juni blijven weg."""
    module, code = presentatie
    begin = dt.date(2000 + int(code[2:4]), 10, 1)
    evaluaties = {r["id_assessment"]: r for r in _lees(bron / "assessments.csv")
                  if (r["code_module"], r["code_presentation"]) == presentatie
                  and r["assessment_type"] != "Exam" and r["date"]}
    info = [r for r in _lees(bron / "studentInfo.csv")
            if (r["code_module"], r["code_presentation"]) == presentatie]
    doel_map.mkdir(parents=True, exist_ok=True)
    punten = doel_map / "punten.csv"
    with open(punten, "w", encoding="utf-8", newline="") as f:
        schrijver = csv.writer(f, delimiter=";")
        schrijver.writerow(["Leerlingnummer", "Klas", "Vak", "Datum", "Evaluatie", "Omschrijving",
                            "Resultaat"])
        for r in _lees(bron / "studentAssessment.csv"):
            evaluatie = evaluaties.get(r["id_assessment"])
            if evaluatie is None:
                continue
            datum = begin + dt.timedelta(days=int(evaluatie["date"]))
            if datum > dt.date(begin.year + 1, 6, 30):
                continue
            score = r["score"] if r["score"] not in ("", "?") else ""
            schrijver.writerow([r["id_student"], code, module, f"{datum:%d/%m/%Y}",
                                evaluatie["assessment_type"],
                                f"opdracht {r['id_assessment']}",
                                f"{score}/100" if score else ""])
    leerlingen = doel_map / "leerlingen.csv"
    with open(leerlingen, "w", encoding="utf-8", newline="") as f:
        schrijver = csv.writer(f, delimiter=";")
        schrijver.writerow(["Leerlingnummer", "Geslacht", "Klas"])
        for r in info:
            schrijver.writerow([r["id_student"], "V" if r["gender"] == "F" else "M", code])
    return leerlingen, punten


def uitkomst_oulad(bron: Path, presentatie: tuple[str, str] = OULAD_PRESENTATIE
                   ) -> dict[str, bool]:
    """Per leerlingnummer: niet geslaagd (Fail of Withdrawn) voor deze presentatie?"""
    return {r["id_student"]: r["final_result"] in ("Fail", "Withdrawn")
            for r in _lees(bron / "studentInfo.csv")
            if (r["code_module"], r["code_presentation"]) == presentatie}


if __name__ == "__main__":
    bron = Path(sys.argv[1]) if len(sys.argv) > 1 else ECHTE_DATA
    doel = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("echte_data_klaar")
    doel.mkdir(parents=True, exist_ok=True)
    for naam in ("student-mat", "student-por"):
        print(uci_met_nummer(bron / "uci-student-performance" / f"{naam}.csv",
                             doel / f"{naam}-met-nummer.csv"))
    print(*oulad_als_export(bron / "oulad", doel / "oulad"), sep="\n")
