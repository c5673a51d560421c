"""De knipperlichtlogica op echte data (UCI Student Performance, CC BY 4.0; niet meegeleverd)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "echte_data.py"
spec = importlib.util.spec_from_file_location("echte_data", BENCH)
echte_data = importlib.util.module_from_spec(spec)
spec.loader.exec_module(echte_data)


@pytest.mark.skipif(not (echte_data.STANDAARD / "student-mat.csv").exists(),
                    reason="de echte UCI-data staan niet naast het project (../shared/realdata)")
def test_niveauregel_werkt_op_echte_data_en_daling_alleen_niet():
    uitkomst = echte_data.controleer().set_index(["bestand", "regel"])
    wiskunde = uitkomst.loc["student-mat.csv"]
    niveau = wiskunde.loc["laatste periode < 50 %"]
    assert niveau["precisie"] >= 0.75 and niveau["recall"] >= 0.9
    # een daling alleen is een zwak signaal: een vraag, geen voorspelling
    assert wiskunde.loc["daling ≥ 10 procentpunt t.o.v. eigen basislijn", "recall"] < 0.5
