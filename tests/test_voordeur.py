"""De voordeur: ``import schooldata_lit as sd`` geeft alles, laadt lui en blijft snel."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import schooldata_lit as sd

ZWAAR = ("plotly", "ipywidgets", "anywidget")


def _geladen_na(code: str, tmp_path) -> list[str]:
    """Voer `code` uit in een nieuwe Python en geef de geladen zware pakketten terug."""
    script = (f"{code}\nimport json, sys\nzwaar = {set(ZWAAR)!r}\n"
              "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & zwaar)))")
    uit = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, check=True, timeout=300)
    return json.loads(uit.stdout.strip().splitlines()[-1])


def test_import_laadt_geen_plotly_of_ipywidgets(tmp_path):
    assert _geladen_na("import schooldata_lit", tmp_path) == []


def test_genereer_laadt_geen_plotly_of_ipywidgets(tmp_path):
    code = ("from schooldata_lit.cli import main\n"
            f"assert main(['genereer', '--map', {str(tmp_path / 'data')!r}]) == 0")
    assert _geladen_na(code, tmp_path) == []
    assert (tmp_path / "data" / "leerlingen.csv").is_file()


#: De lagen onder de hoofdstukken: zonder plotly en zonder ipywidgets.
FUNDERING = ["kern.data", "kern.bronnen", "kern.statistiek", "kern.woordenboek", "kern.controle",
             "kern.structuur", "kern.datawoordenboek", "kern.paden", "kern.lui", "generator",
             "importeren", "importeren.voorbeeldexport", "privacy", "zelftoets", "cli"]
#: De hoofdstukken: pandas en plotly, geen ipywidgets (die staan in schermen/).
HOOFDSTUKKEN = ["checklist", "dataplan", "datakwaliteit", "doorstroom", "enquete", "evaluatie",
                "grafieken", "indicatoren", "kaarten", "knipperlichten", "kwaliteitszorg",
                "leerwinst", "open_antwoorden", "simulatie", "vergelijken", "verslag", "stijl"]


def _importeer(modules: list[str]) -> str:
    return "\n".join(f"import schooldata_lit.{m}" for m in modules)


def test_fundering_laadt_geen_plotly_of_ipywidgets(tmp_path):
    assert _geladen_na(_importeer(FUNDERING), tmp_path) == []


def test_hoofdstukken_laden_geen_ipywidgets(tmp_path):
    assert _geladen_na(_importeer(HOOFDSTUKKEN), tmp_path) == ["plotly"]


def test_eerste_grafiek_laadt_plotly_pas_bij_gebruik(tmp_path):
    code = "import schooldata_lit as sd\nsd.attesten_per_groep"
    assert _geladen_na(code, tmp_path) == ["plotly"]


def test_werkwoorden_volgen_de_all_van_elke_module():
    """`_WERKWOORDEN` in __init__.py noemt precies de ``__all__`` van elke module."""
    verschil = {}
    for module, namen in sd._WERKWOORDEN.items():
        verwacht = [n for n in importlib.import_module(module, "schooldata_lit").__all__
                    if n not in sd.HOOFDSTUKKEN]
        if list(namen) != verwacht:
            verschil[module] = verwacht
    assert not verschil, f"Werk _WERKWOORDEN in schooldata_lit/__init__.py bij: {verschil}"


def test_geen_naam_in_twee_modules():
    gezien: dict[str, str] = {}
    for module, namen in sd._WERKWOORDEN.items():
        for naam in namen:
            assert naam not in gezien, f"{naam} staat in {gezien.get(naam)} en in {module}"
            gezien[naam] = module


@pytest.mark.parametrize("module", list(sd._WERKWOORDEN))
def test_elk_werkwoord_is_hetzelfde_ding_als_in_zijn_module(module):
    echt = importlib.import_module(module, "schooldata_lit")
    for naam in sd._WERKWOORDEN[module]:
        assert getattr(sd, naam) is getattr(echt, naam)
    exec(f"from schooldata_lit import {', '.join(sd._WERKWOORDEN[module])}", {})


def test_hoofdstukken_zijn_modules():
    for naam, module in sd.HOOFDSTUKKEN.items():
        assert getattr(sd, naam) is importlib.import_module(module, "schooldata_lit")
    assert sd.leerwinst.leerwinst is importlib.import_module("schooldata_lit.leerwinst").leerwinst


def test_knipperlichten_blijft_de_functie():
    importlib.import_module("schooldata_lit.knipperlichten")
    assert callable(sd.knipperlichten) and sd.knipperlichten.__name__ == "knipperlichten"


def test_dir_en_foutmelding():
    assert {"leerwinst", "laad_dataset", "knipperlichten_dashboard"} <= set(dir(sd))
    with pytest.raises(AttributeError, match="schooldata_lit heeft geen 'bestaat_niet'"):
        sd.bestaat_niet  # noqa: B018


def test_widget_van_een_hoofdstuk_komt_uit_schermen():
    from schooldata_lit import doorstroom, schermen

    assert doorstroom.verken_alumni is schermen.doorstroom.verken_alumni
    assert sd.verken_alumni is schermen.doorstroom.verken_alumni
    assert "verken_alumni" not in vars(doorstroom)
