"""Een opdracht in JupyterLab, zoals een cursist ze ziet (headless Chromium).

JupyterLab start zoals ``python3 cursus.py start`` (met de instellingen die cursus.py in de
omgeving schrijft), op een kopie van één opdracht. We controleren:
- de menu's Uitvoeren en Kernel en de bestandenlijst zijn Nederlandstalig, ook de teksten die
  het taalpakket nl_NL mist ("Run All Cells", "Name", "Modified");
- er is geen Engelstalige knop "Validate" van nbgrader in de werkbalk;
- "Alle cellen uitvoeren" op een lege opdracht stopt bij vraag 1 met een korte
  Nederlandstalige uitleg ("Hier komt jouw antwoord ..."), niet met een rode traceback;
- na een antwoord zegt de controlecel in het Nederlands dat de vorm in orde is, en een
  verkeerde vorm krijgt Nederlandstalige uitleg zonder code uit de bibliotheek.
De schermafbeeldingen staan in ``_build/lab_nederlands/`` (niet in git).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser_hulp import CURSUS, browser
from test_nieuwkomer import _cursus_script, _wacht_op_kernel, jupyterlab

pytestmark = pytest.mark.timeout(600)

OPDRACHT = "00_kennismaking"
NOTEBOOK = f"exercises/{OPDRACHT}/opdracht_{OPDRACHT}.ipynb"
SCHERMAFBEELDINGEN = CURSUS / "_build" / "lab_nederlands"
WACHT = 120_000


def test_ipython_meldingen_staan_in_de_omgeving():
    """cursus.py schrijft de IPython-instelling die de meldingen laadt (zonder browser)."""
    cursus = _cursus_script()
    bestanden = cursus.omgevingsinstellingen(Path("/p"))
    ipython = bestanden[Path("/p/etc/ipython/ipython_config.py")]
    assert "schooldata_lit.oefeningen.kernelmeldingen" in ipython
    pagina = bestanden[Path("/p/etc/jupyter/labconfig/page_config.json")]
    assert '"@jupyter/nbgrader:validate-assignment": true' in pagina
    # de hub krijgt dezelfde bestanden, zonder de paginainstelling (die zet hub.py per rol)
    assert Path("/p/etc/jupyter/labconfig/page_config.json") not in (
        cursus.omgevingsinstellingen(Path("/p"), met_pagina=False))
    installeer = (CURSUS / "deploy" / "installeer.sh").read_text(encoding="utf-8")
    assert 'cursus.py" omgevingsinstellingen "$PREFIX/venv" --zonder-pagina' in installeer
    hub = (CURSUS / "deploy" / "hub.py").read_text(encoding="utf-8")
    assert '"@jupyter/nbgrader:validate-assignment": True' in hub


def test_aanvulling_van_de_vertaling_past_bij_deze_jupyterlab():
    """Elke aangevulde tekst komt echt voor in deze JupyterLab (anders vertaalt ze niets) en
    het taalpakket vertaalt ze nog niet (het taalpakket gaat voor); de server laadt de
    aanvulling (zonder browser)."""
    import glob
    import json
    import sys

    from schooldata_lit.schermen.jupyterlab_nl import AANVULLING, MEERVOUD

    bronnen = glob.glob(str(Path(sys.prefix) / "share/jupyter/lab/static/*.js"))
    if not bronnen:
        pytest.skip("JupyterLab is niet geïnstalleerd in deze omgeving")
    js = "".join(Path(b).read_text(encoding="utf-8", errors="ignore") for b in bronnen)
    assert not [k for k in AANVULLING if f'__("{k}"' not in js]
    assert not [k for k in MEERVOUD if f'_n("{k}",' not in js]
    pakket = next(Path(sys.prefix).glob(
        "lib/python3*/site-packages/jupyterlab_language_pack_nl_NL/locale/nl_NL/LC_MESSAGES/"
        "jupyterlab.json"), None)
    if pakket is not None:
        al_vertaald = json.loads(pakket.read_text(encoding="utf-8"))
        assert not [k for k in [*AANVULLING, *MEERVOUD] if k in al_vertaald]
    cursus = _cursus_script()
    server = cursus.omgevingsinstellingen(Path("/p"), met_pagina=False)[
        Path("/p/etc/jupyter/jupyter_server_config.d/schooldata_lit.json")]
    assert json.loads(server) == {"ServerApp": {"jpserver_extensions": {
        "schooldata_lit.schermen.jupyterlab_nl": True}}}


def _foto(pagina, naam: str) -> None:
    SCHERMAFBEELDINGEN.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(SCHERMAFBEELDINGEN / f"{naam}.png"))


def _cel(notebook, grade_id: str):
    """De cel met dit nbgrader-id (de n-de codecel in de volgorde van de notebook)."""
    return notebook.locator(".jp-Cell").nth(_celnummer(grade_id))


def _celnummer(grade_id: str) -> int:
    import json

    nb = json.loads((CURSUS / NOTEBOOK).read_text(encoding="utf-8"))
    return next(i for i, c in enumerate(nb["cells"])
                if c["metadata"].get("nbgrader", {}).get("grade_id") == grade_id)


def _fouttekst(cel) -> str:
    """De melding van de cel, zodra ze tekst heeft (het uitvoervak verschijnt soms vóór zijn
    tekst: dan las de test een lege melding)."""
    fout = cel.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]',
                       has_text=re.compile(r"\S"))
    fout.first.wait_for(timeout=WACHT)
    return fout.first.inner_text()


def test_opdracht_in_jupyterlab_spreekt_nederlands(tmp_path):
    with browser() as chromium:  # skip (lokaal) of faal (CI) zonder Chromium
        cursus = _cursus_script()
        kopie = tmp_path / "cursus"
        (kopie / "exercises").mkdir(parents=True)
        shutil.copytree(CURSUS / "exercises" / OPDRACHT, kopie / "exercises" / OPDRACHT)
        with jupyterlab(cursus, kopie, tmp_path, kopie / NOTEBOOK, venv_nodig=True) as (openen,
                                                                                        poort):
            _in_de_browser(chromium, openen, poort)


def _in_de_browser(chromium, openen: Path, poort: int) -> None:
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    pagina = context.new_page()
    try:
        pagina.goto(openen.as_uri(), timeout=WACHT)
        notebook = pagina.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        notebook.locator("h1", has_text="Opdracht 0").wait_for(timeout=WACHT)
        _wacht_op_kernel(poort, NOTEBOOK)
        pagina.wait_for_timeout(1000)

        # geen Engelstalige knop "Validate" (nbgrader) in de werkbalk
        werkbalk = notebook.locator(".jp-NotebookPanel-toolbar").inner_text()
        assert "Validate" not in werkbalk, werkbalk
        assert notebook.locator(".validate-button").count() == 0

        # de bestandenlijst en de menu's in het Nederlands, ook waar het taalpakket nl_NL
        # tekortschiet (aangevuld door schooldata_lit.schermen.jupyterlab_nl)
        kop = [t.strip() for t in pagina.locator(".jp-DirListing-headerItemText")
               .all_inner_texts() if t.strip()]
        assert "Naam" in kop and "Gewijzigd" in kop and "Name" not in kop, kop
        items = ".lm-Menu-item:not(.lm-mod-hidden) .lm-Menu-itemLabel"
        pagina.locator(".lm-MenuBar-itemLabel", has_text="Kernel").click()
        kernelmenu = [t.strip() for t in pagina.locator(items).all_inner_texts()]
        _foto(pagina, "00_menu_kernel")
        # "Herstart Kernel" (taalpakket) en "Alle cellen uitvoeren…" (aanvulling), met "en"
        assert any(re.fullmatch(r"\S+ Kernel en alle cellen uitvoeren…", t, re.I)
                   for t in kernelmenu), kernelmenu
        assert not [t for t in kernelmenu if " and " in t or "Run All" in t], kernelmenu
        pagina.keyboard.press("Escape")
        pagina.locator(".lm-MenuBar-itemLabel", has_text="Bestand").click()
        bestandmenu = [t.strip() for t in pagina.locator(items).all_inner_texts()]
        _foto(pagina, "00_menu_bestand")
        assert "Notebook opslaan" in bestandmenu, " | ".join(bestandmenu)
        assert not [t for t in bestandmenu if t.startswith(("Close and Shut", "Open from"))], (
            " | ".join(bestandmenu))
        pagina.keyboard.press("Escape")
        pagina.locator(".lm-MenuBar-itemLabel", has_text="Uitvoeren").click()
        uitvoermenu = [t.strip() for t in pagina.locator(items).all_inner_texts()]
        _foto(pagina, "00_menu_uitvoeren")
        for engels in ("Run All Cells", "Run Selected Cell", "Run All Above Selected Cell"):
            assert engels not in uitvoermenu, uitvoermenu

        # alle cellen uitvoeren via het menu Uitvoeren
        pagina.locator(items).filter(has_text=re.compile(r"^Alle cellen uitvoeren$")).click()
        antwoord_1 = _cel(notebook, "antwoord_1")
        tekst = _fouttekst(antwoord_1)
        antwoord_1.scroll_into_view_if_needed()
        pagina.wait_for_timeout(500)
        _foto(pagina, "01_alles_uitvoeren_lege_opdracht")
        assert "Hier komt jouw antwoord: deze vraag staat nog open." in tekst, tekst
        for engels in ("Traceback", "NotImplementedError", "raise NotImplementedError(",
                       "Cell In["):
            assert engels not in tekst, f"{engels!r} in de melding:\n{tekst}"
        # alle cellen uitvoeren stopt bij de eerste open vraag: de controlecel wacht nog
        assert _cel(notebook, "test_1").locator(".jp-OutputArea-output").count() == 0

        # een antwoord in de verkeerde vorm: Nederlandstalige uitleg, geen bibliotheekcode
        _typ_antwoord(pagina, antwoord_1, 'antwoord_1 = "drie"')
        test_1 = _cel(notebook, "test_1")
        test_1.click()
        pagina.keyboard.press("Shift+Enter")
        tekst = _fouttekst(test_1)
        _foto(pagina, "02_controle_verkeerde_vorm")
        assert "Controle van je antwoord: nog niet in orde." in tekst, tekst
        assert "antwoord_1 is de tekst 'drie'" in tekst, tekst
        assert "Traceback" not in tekst and "antwoorden.py" not in tekst, tekst

        # een antwoord in de goede vorm: de controlecel zegt het in het Nederlands
        _typ_antwoord(pagina, antwoord_1, "antwoord_1 = 3")
        test_1.click()
        pagina.keyboard.press("Shift+Enter")
        test_1.locator(".jp-OutputArea-output", has_text="Vorm in orde").wait_for(
            timeout=WACHT)
        _foto(pagina, "03_controle_vorm_in_orde")
        assert test_1.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
        ).count() == 0
    except Exception:
        _foto(pagina, "fout")
        raise
    finally:
        context.close()


def _typ_antwoord(pagina, cel, regel: str) -> None:
    """Vervang de inhoud van een antwoordcel en voer ze uit."""
    cel.locator(".cm-content").click()
    pagina.keyboard.press("Control+a")
    pagina.keyboard.type(regel)
    pagina.keyboard.press("Shift+Enter")
    pagina.wait_for_timeout(1500)
