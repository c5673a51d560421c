"""Zijn de drempels van de perioderegels eerlijk gekozen? Controle op echte open data.

Dezelfde weg als ``tests/test_echte_data_import.py`` (UCI wiskunde, UCI Portugees en OULAD,
omgezet met het recept in ``voorbeelden/echte_data``, ingelezen met de opdrachtregel), met drie
extra metingen voor ``benchmarks/resultaten/echte_data_drempels.md``:

1. precisie, recall en F1 van de standaardlichten, van 'tekort in de laatste periode' alleen, en
   van de beste eenvoudige regel (achteraf gekozen uit 20 kandidaten, op dezelfde data);
2. dezelfde beste regel, maar gekozen met 5-voudige kruisvalidatie (kiezen op 4/5 van de
   leerlingen, meten op het vijfde deel dat niet meekoos; 20 vaste zaden): zo zie je hoeveel
   van de voorsprong van 'de beste regel' toeval van het kiezen is;
3. de standaardlichten met de drempel van 'daling tussen twee periodes' op 12 procentpunten
   (de drempel van de daling t.o.v. de eigen basislijn) in plaats van 20.

De data staan niet in het project, maar in ``../shared/realdata`` (CC BY 4.0).

    python benchmarks/echte_data_drempels.py
"""

from __future__ import annotations

import importlib
import importlib.util
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

CURSUS = Path(__file__).resolve().parent.parent
ZADEN = range(20)
VOUWEN = 5


def _testmodule():
    spec = importlib.util.spec_from_file_location(
        "test_echte_data_import", CURSUS / "tests" / "test_echte_data_import.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gekruisvalideerd(regels: pd.DataFrame, uitkomst: pd.Series,
                     f1: Callable[[pd.Series, pd.Series], tuple[float, float, float]]
                     ) -> list[float]:
    """F1 van 'de beste eenvoudige regel' als die telkens gekozen wordt op de andere vouwen."""
    uitkomsten = []
    for zaad in ZADEN:
        vouw = np.random.default_rng(zaad).permutation(len(uitkomst)) % VOUWEN
        voorspeld = pd.Series(False, index=uitkomst.index)
        for v in range(VOUWEN):
            leren = vouw != v
            beste = max(regels.columns, key=lambda r: f1(regels[r][leren], uitkomst[leren])[2])
            voorspeld[~leren] = regels[beste][~leren].to_numpy()
        uitkomsten.append(f1(voorspeld, uitkomst)[2])
    return uitkomsten


def main() -> None:
    test = _testmodule()
    knipperlichten = importlib.import_module("schooldata_lit.knipperlichten")
    gewoon_beste = test.beste_eenvoudige_regel
    gevangen: list[tuple[pd.DataFrame, pd.Series]] = []

    def vang(resultaten: pd.DataFrame, uitkomst: pd.Series):
        gevangen.append((resultaten, uitkomst))
        return gewoon_beste(resultaten, uitkomst)

    test.beste_eenvoudige_regel = vang
    with tempfile.TemporaryDirectory() as map_:
        tabel = test.meet_alles(Path(map_))
    kruis = []
    for (resultaten, uitkomst), naam in zip(gevangen, tabel.index, strict=True):
        f1s = gekruisvalideerd(test.eenvoudige_regels(resultaten, uitkomst.index),
                               uitkomst, test._f1)
        kruis.append({"dataset": naam, "F1_beste_kruis": np.mean(f1s),
                      "min": np.min(f1s), "max": np.max(f1s)})
    test.beste_eenvoudige_regel = gewoon_beste
    standaard = knipperlichten.knipperlichten

    def daling_12(*args, **kwargs):
        return standaard(*args, instellingen={"daling_tussen_periodes": {"drempel": 12.0}},
                         **kwargs)

    knipperlichten.knipperlichten = daling_12
    try:
        with tempfile.TemporaryDirectory() as map_:
            met_12 = test.meet_alles(Path(map_))
    finally:
        knipperlichten.knipperlichten = standaard
    pd.set_option("display.width", 200)
    print(tabel[["leerlingen", "niet_geslaagd", "P", "R", "F1", "P_tekort", "R_tekort",
                 "beste_regel", "P_beste", "R_beste", "F1_beste"]].round(3).to_string())
    print()
    print(pd.DataFrame(kruis).set_index("dataset").round(3).to_string())
    print()
    print("daling tussen periodes met drempel 12 in plaats van 20:")
    print(met_12[["P", "R", "F1"]].round(3).to_string())


if __name__ == "__main__":
    main()
