"""Werkt dezelfde knipperlichtlogica op echte data? Controle op de UCI Student Performance-data.

Bron: P. Cortez en A. Silva (2008), "Using Data Mining to Predict Secondary School Student
Performance", UCI Machine Learning Repository (CC BY 4.0). De data zelf zitten niet in dit
project; het script leest ze uit `../shared/realdata/uci-student-performance/` (of een map die
je meegeeft).

We zetten de echte data om naar het datamodel van de cursus (een `resultaten`-tabel met een
score op 20 per periode: G1 in het eerste trimester, G2 in het tweede) en passen dezelfde
indicator toe als in de cursus: `resultaatverloop` (daling t.o.v. de eigen basislijn) plus
het niveau van de laatste periode. Wat voorspelt dat over het eindresultaat G3 < 10?
Een G3 van 0 na een G2 > 0 betekent: niet deelgenomen aan het examen (geen echte nul); die
leerlingen laten we weg.

    python benchmarks/echte_data.py [MAP]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from schooldata_lit.indicatoren import percentages

STANDAARD = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "uci-student-performance"


def lees(pad: Path) -> pd.DataFrame:
    data = pd.read_csv(pad, sep=";")
    data["leerling_id"] = [f"{pad.stem}-{i}" for i in range(len(data))]
    return data[~((data["G3"] == 0) & (data["G2"] > 0))]


def als_resultaten(data: pd.DataFrame) -> pd.DataFrame:
    """De UCI-data in het formaat van de cursustabel `resultaten`."""
    delen = []
    for kolom, datum, periode in (("G1", "2025-11-15", "P1"), ("G2", "2026-03-15", "P3")):
        delen.append(pd.DataFrame({"leerling_id": data["leerling_id"], "vak": "vak",
                                   "klas": "klas", "datum": pd.Timestamp(datum),
                                   "periode": periode, "soort": "toets",
                                   "score": data[kolom].astype(float), "maximum": 20}))
    return pd.concat(delen, ignore_index=True)


def score(vlag: pd.Series, uitkomst: pd.Series) -> dict[str, float]:
    tp = int((vlag & uitkomst).sum())
    return {"lichten": int(vlag.sum()), "terecht": tp,
            "precisie": round(tp / max(int(vlag.sum()), 1), 2),
            "recall": round(tp / max(int(uitkomst.sum()), 1), 2)}


def controleer(map_: Path = STANDAARD) -> pd.DataFrame:
    rijen = []
    for bestand in ("student-mat.csv", "student-por.csv"):
        data = lees(map_ / bestand).set_index("leerling_id")
        p = percentages(als_resultaten(data.reset_index()))
        per = p.pivot(index="leerling_id", columns="periode", values="percentage")
        laatste, daling = per["P3"], per["P3"] - per["P1"]
        niet_geslaagd = data["G3"] < 10
        regels = {
            "laatste periode < 50 %": laatste < 50,
            "eerste periode < 50 %": per["P1"] < 50,
            "daling ≥ 10 procentpunt t.o.v. eigen basislijn": daling <= -10,
            "combinatie: < 50 % of (< 60 % en daling ≥ 10)":
                (laatste < 50) | ((laatste < 60) & (daling <= -10)),
            "veel afwezig (≥ 10 keer)": data["absences"] >= 10,
        }
        for naam, vlag in regels.items():
            rijen.append({"bestand": bestand, "regel": naam, "leerlingen": len(data),
                          **score(vlag.reindex(data.index), niet_geslaagd)})
    return pd.DataFrame(rijen)


if __name__ == "__main__":
    map_ = Path(sys.argv[1]) if len(sys.argv) > 1 else STANDAARD
    pd.set_option("display.width", 160)
    print(controleer(map_).to_string(index=False))
