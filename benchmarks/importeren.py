"""Benchmark: een export importeren (doelen: 1 000 000 rijen CSV < 15 s en < 1 GB geheugen;
100 000 rijen Excel < 10 s).

    python benchmarks/importeren.py                      # 100 000 rijen CSV
    python benchmarks/importeren.py --rijen 1000000      # 1 000 000 rijen CSV
    python benchmarks/importeren.py --xlsx               # 100 000 rijen Excel (.xlsx)

De export wordt gemaakt uit de punten van de verzonnen school, zoals Skore ze zou geven: Windows-
tekens (cp1252), puntkomma's, scores als 14/20, codes (afw, ziek), namen van leerlingen en
leerkrachten. Eerst wordt de leerlingenlijst ingelezen (zodat onbekende leerlingen gecontroleerd
worden), daarna de punten. Gemeten wordt enkel de import van de punten, inclusief lezen,
valideren, pseudonimiseren en schrijven, in een apart proces: de tijd (wandklok en processor)
en het hoogste geheugengebruik van dat proces (maximum resident set size, met Python, pandas en
numpy erbij). Op een drukke machine zegt de processortijd meer dan de wandklok.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd

from schooldata_lit.importeren import importeer
from schooldata_lit.kern.data import laad_dataset


def maak_export(map_: Path, rijen: int) -> tuple[Path, Path]:
    lln = laad_dataset("leerlingen")
    lk = laad_dataset("leerkrachten").set_index("leerkracht_id")
    res = laad_dataset("resultaten")
    herhaal = -(-rijen // len(res))
    delen = []
    for i in range(herhaal):  # elke herhaling is een ander 'vak', dus geen dubbels
        deel = res.copy()
        if i:
            deel["vak"] = deel["vak"] + f" {i + 1}"
        delen.append(deel)
    res = pd.concat(delen, ignore_index=True).iloc[:rijen]
    namen = lln.set_index("leerling_id")
    nummer = 2_300_000 + res["leerling_id"].str[1:].astype(int)
    code = res["code"].map({"afwezig": "afw", "ziek": "ziek", "vrijgesteld": "vrijgesteld"})
    score = (res["score"].map(lambda s: f"{s:g}".replace(".", ",")) + "/"
             + res["maximum"].map(lambda m: f"{m:g}"))
    export = pd.DataFrame({
        "Lln.nr.": nummer.astype(str),
        "Leerling": (namen.loc[res["leerling_id"], "familienaam"].to_numpy() + " "
                     + namen.loc[res["leerling_id"], "voornaam"].to_numpy()),
        "Klas": res["klas"],
        "Vak": res["vak"],
        "Leerkracht": (lk.loc[res["leerkracht_id"], "voornaam"].to_numpy() + " "
                       + lk.loc[res["leerkracht_id"], "familienaam"].to_numpy()),
        "Datum": res["datum"].dt.strftime("%d/%m/%Y"),
        "Evaluatie": res["soort"].map({"dagelijks werk": "DW", "toets": "Toets",
                                       "examen": "Examen"}),
        "Resultaat": code.where(code.notna(), score),
    })
    punten = map_ / "punten.csv"
    export.to_csv(punten, sep=";", index=False, encoding="cp1252")
    leerlingen = map_ / "leerlingen.csv"
    pd.DataFrame({"Stamboeknr": (2_300_000 + lln["leerling_id"].str[1:].astype(int)).astype(str),
                  "Naam": lln["familienaam"], "Voornaam": lln["voornaam"],
                  "Geslacht": lln["geslacht"]}).to_csv(leerlingen, sep=";", index=False,
                                                       encoding="cp1252")
    return leerlingen, punten


def _importeer_punten(map_: Path) -> None:
    """In een apart proces: importeer de punten en druk tijd en geheugen af."""
    import resource

    sleutel = "benchmark-sleutel-0123456789abcdef"
    punten = next(p for p in (map_ / "punten.xlsx", map_ / "punten.csv") if p.exists())
    begin, cpu = time.perf_counter(), time.process_time()
    verslag = importeer(punten, "punten", map_ / "uit", sleutel=sleutel)
    duur, cpu = time.perf_counter() - begin, time.process_time() - cpu
    geheugen = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB -> MB (Linux)
    print(f"{punten.name}: {verslag.gelezen} rijen gelezen, {verslag.aanvaard} aanvaard, "
          f"{verslag.afgewezen_rijen} afgewezen in {duur:.1f} s (processortijd {cpu:.1f} s; "
          f"{verslag.gelezen / duur:,.0f} rijen per seconde); hoogste geheugen {geheugen:.0f} MB")


def main() -> None:
    import subprocess
    import sys

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rijen", type=int, default=100_000)
    parser.add_argument("--xlsx", action="store_true", help="de punten als Excel-bestand")
    parser.add_argument("--enkel-importeren", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.enkel_importeren:
        _importeer_punten(Path(args.enkel_importeren))
        return
    sleutel = "benchmark-sleutel-0123456789abcdef"
    with tempfile.TemporaryDirectory() as map_:
        map_ = Path(map_)
        leerlingen, punten = maak_export(map_, args.rijen)
        if args.xlsx:
            pd.read_csv(punten, sep=";", encoding="cp1252", dtype=str).to_excel(
                map_ / "punten.xlsx", index=False)
            punten.unlink()
        importeer(leerlingen, "leerlingen", map_ / "uit", sleutel=sleutel,
                  schooljaar="2025-2026")
        subprocess.run([sys.executable, __file__, "--enkel-importeren", str(map_)], check=True)


if __name__ == "__main__":
    main()
