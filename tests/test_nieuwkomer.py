"""De weg van een nieuwkomer, als test: enkel wat README.md vertelt.

In CI draait dit in een verse kloon, nadat ``python3 cursus.py test`` de omgeving `.venv`
klaarzette. We controleren eerst zonder browser dat alles waar README en notebooks naar
verwijzen bestaat (paden, opdrachten, links, datasets). Daarna starten we JupyterLab zoals
``python3 cursus.py start`` dat doet, op een KOPIE van de cursus (uitvoeren in JupyterLab
bewaart de notebook automatisch, en de test mag geen gecommitte bestanden veranderen), en
volgen we in headless Chromium de weg van een nieuwe gebruiker: de welkomstnotebook openen,
de link naar de volgende notebook volgen, alle cellen uitvoeren via het menu, en een opdracht
openen via de bestandsbrowser. Van elke stap maken we een schermafbeelding, ook in
``_build/nieuwkomer/`` (niet in git) zodat een mens ze kan bekijken.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from browser_hulp import CURSUS, browser, stop, vrije_poort

import schooldata_lit as sd

pytestmark = pytest.mark.timeout(600)

README = CURSUS / "README.md"
SCHERMAFBEELDINGEN = CURSUS / "_build" / "nieuwkomer"
WACHT = 120_000  # ms; de eerste keer start een kernel en laadt de data (traag onder belasting)

#: De notebook die we volledig uitvoeren: de eerste inhoudelijke notebook, waar de
#: welkomstnotebook naar verwijst, met widgets en een plotly-grafiek.
INHOUD = "1.1_data_de_feiten"


def _cursus_script():
    """cursus.py als module, om te zien welke opdrachten `start` en co. echt uitvoeren."""
    spec = importlib.util.spec_from_file_location("cursus_script", CURSUS / "cursus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _notebooks() -> list[Path]:
    return sorted([*CURSUS.glob("notebooks/*.ipynb"), *CURSUS.glob("exercises/*/*.ipynb"),
                   *CURSUS.glob("solutions/*/*.ipynb"), *CURSUS.glob("dashboards/*.ipynb")])


def _cellen(pad: Path, soort: str) -> list[str]:
    nb = json.loads(pad.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == soort]


def _bijgehouden_bestanden() -> set[Path] | None:
    """De bestanden die git bijhoudt (wat een kloon krijgt), of None zonder git."""
    try:
        uit = subprocess.run(["git", "ls-files", "-z"], cwd=CURSUS, capture_output=True,
                             check=True).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        return None
    return {CURSUS / naam for naam in uit.split("\0") if naam}


def _in_een_kloon(pad: Path, bijgehouden: set[Path] | None) -> bool:
    """Bestaat `pad` (een bestand of een map) ook in een verse kloon?"""
    pad = Path(os.path.normpath(pad))
    if not pad.exists():
        return False
    if bijgehouden is None or pad.is_dir():
        return True
    return pad in bijgehouden


def _readme_zonder_codeblokken() -> str:
    return re.sub(r"```.*?```", "", README.read_text(encoding="utf-8"), flags=re.S)


# --- (a) alles waar README en notebooks naar verwijzen, bestaat ------------------------------

#: Mappen die README.md noemt maar die pas ontstaan bij gebruik (bouwen, nbgrader, eigen data).
NIET_IN_GIT = ("_build/", "submitted/", "autograded/", "feedback/")


def test_readme_paden_bestaan():
    """Elk pad in README.md (tussen backticks) bestaat in een kloon; sjablonen als <NN_naam>,
    voorbeelden als ~/eigen_school en wat pas bij gebruik ontstaat (NIET_IN_GIT) niet."""
    tekst = README.read_text(encoding="utf-8")
    bijgehouden = _bijgehouden_bestanden()
    ontbreekt = []
    for code in re.findall(r"`([^`\n]+)`", tekst):
        for woord in re.split(r"[\s()\"']+", code):
            if ("<" in woord or not woord[:1].isalpha() or woord.startswith(NIET_IN_GIT)
                    or woord.startswith(("pad/", "sd."))):
                continue
            is_pad = "/" in woord or re.search(r"\.(ipynb|md|csv|yml|yaml|py|toml|cfg)$", woord)
            if is_pad and not _in_een_kloon(CURSUS / woord, bijgehouden):
                ontbreekt.append(woord)
    assert not ontbreekt, f"README.md noemt paden die niet bestaan: {ontbreekt}"


def test_readme_links_bestaan():
    tekst = README.read_text(encoding="utf-8")
    kapot = [doel for doel in re.findall(r"\]\(([^)\s]+)\)", tekst)
             if not re.match(r"[a-z]+:", doel) and not doel.startswith("#")
             and not _in_een_kloon(CURSUS / doel.split("#")[0], _bijgehouden_bestanden())]
    assert not kapot, f"kapotte links in README.md: {kapot}"


def test_readme_kaart_klopt_met_notebooks_en_opdrachten():
    """Elk nummer op de kaart van de cursus (`1.3` ...) heeft een notebook en een opdracht."""
    kaart = _readme_zonder_codeblokken().split("## De kaart van de cursus")[1].split("## ")[0]
    nummers = re.findall(r"`(\d+(?:\.\d+)?)`", kaart)
    assert len(nummers) >= 13, nummers
    for nummer in nummers:
        notebooks = list(CURSUS.glob(f"notebooks/{nummer}_*.ipynb"))
        assert len(notebooks) == 1, f"geen (of meer dan één) notebook voor {nummer}: {notebooks}"
        opdrachten = list(CURSUS.glob(f"exercises/{nummer}_*/opdracht_{nummer}_*.ipynb"))
        assert opdrachten, f"geen opdracht in exercises/ voor notebook {nummer}"


def test_readme_opdrachten_bestaan(monkeypatch):
    """Elke `python3 cursus.py X` uit README.md is een opdracht van cursus.py, en het programma
    dat ze start staat in de omgeving (zonder iets te installeren of uit te voeren)."""
    cursus = _cursus_script()
    tekst = README.read_text(encoding="utf-8")
    opdrachten = sorted(set(re.findall(r"(?:python3|py) cursus\.py (\w+)", tekst)))
    assert {"start", "test"} <= set(opdrachten), opdrachten
    uitgevoerd: list[list[str]] = []
    monkeypatch.setattr(cursus, "klaarzetten", lambda: None)
    monkeypatch.setattr(cursus, "_voer_uit", lambda o: uitgevoerd.append([str(d) for d in o]) or 0)
    for opdracht in opdrachten:
        assert cursus.main([opdracht]) == 0, f"cursus.py kent {opdracht!r} niet"
    start = uitgevoerd[opdrachten.index("start")]
    assert start == cursus.start_opdracht(), start
    assert f"--ServerApp.root_dir={CURSUS}" in start, (
        "JupyterLab moet de hele cursusmap tonen, anders vindt een cursist exercises/ niet")
    if cursus._bin("python").exists():  # in CI: cursus.py test zette .venv klaar
        for programma in uitgevoerd:
            assert Path(programma[0]).exists(), f"{programma[0]} ontbreekt in .venv"
    for programma in uitgevoerd:  # scripts uit de cursus zelf, bv. website/bouw.py
        for deel in programma[1:]:
            if deel.endswith(".py"):
                assert (CURSUS / deel).exists(), f"cursus.py start {deel}, maar dat ontbreekt"
    # de conda-weg: environment.yml en het pad van `jupyter lab notebooks/00_welkom.ipynb`
    assert (CURSUS / "environment.yml").exists()
    assert (CURSUS / cursus.WELKOM).exists()


def test_readme_voorbeeldcode_werkt(tmp_path):
    """'De bibliotheek in vijf regels' werkt zoals ze er staat, vanuit een willekeurige map."""
    blokken = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert blokken, "README.md heeft geen Python-voorbeeld meer"
    for blok in blokken:
        uit = subprocess.run([sys.executable, "-c", blok], cwd=tmp_path, capture_output=True,
                             text=True, timeout=120)
        assert uit.returncode == 0, f"README-voorbeeld faalt:\n{blok}\n{uit.stderr[-2000:]}"


def _verwijzingen(pad: Path) -> list[tuple[str, str]]:
    """(soort, doel) van de links en van de notebooknamen tussen backticks in de tekstcellen."""
    uit = []
    for tekst in _cellen(pad, "markdown"):
        for doel in re.findall(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", tekst):
            if not re.match(r"[a-z]+:", doel) and not doel.startswith("#"):
                uit.append(("link", doel.split("#")[0]))
        zonder_links = re.sub(r"\[`[^`]*`\]\([^)]*\)", "", tekst)
        uit += [("naam", naam) for naam in re.findall(r"`([^`\s]+\.ipynb)`", zonder_links)]
    return uit


def test_links_en_notebooknamen_in_notebooks_bestaan():
    """Elke relatieve link in een tekstcel wijst naar een bestand in git (dus ook in een verse
    kloon); elke notebooknaam tussen
    backticks (`1.3_....ipynb`, `exercises/.../....ipynb`) bestaat naast de notebook of vanaf
    de cursusmap (zo staan de opdrachten beschreven)."""
    kapot = []
    bijgehouden = _bijgehouden_bestanden()
    for pad in _notebooks():
        for soort, doel in _verwijzingen(pad):
            kandidaten = [pad.parent / doel] + ([CURSUS / doel] if soort == "naam" else [])
            if not any(_in_een_kloon(k, bijgehouden) for k in kandidaten):
                kapot.append(f"{pad.relative_to(CURSUS)}: {soort} {doel}")
    assert not kapot, "verwijzingen die nergens heen gaan:\n" + "\n".join(kapot)


def test_volgende_stap_is_een_werkende_link():
    """Elke notebook van de kaart wijst met een klikbare link naar de volgende (00, 1.1, ...,
    2.4 en dan terug naar 00); zo hoeft een nieuwkomer geen bestandsnamen te raden."""
    kaart = [p for p in sorted(CURSUS.glob("notebooks/*.ipynb")) if re.match(r"\d", p.name)]
    for pad, volgende in zip(kaart, [*kaart[1:], kaart[0]], strict=True):
        links = [d for s, d in _verwijzingen(pad) if s == "link"]
        assert volgende.name in links, f"{pad.name} linkt niet naar {volgende.name}: {links}"


def test_datasets_van_de_notebooks_bestaan():
    """Elke dataset die een notebook, opdracht of dashboard laadt, staat in datasets/, en elk
    pad dat de code als tekst noemt (`Path("../voorbeelden/...")`) bestaat."""
    beschikbaar = set(sd.beschikbare_datasets())
    ontbreekt = []
    for pad in _notebooks():
        for code in _cellen(pad, "code"):
            for naam in re.findall(r"laad_dataset\(\s*[\"'](\w+)[\"']", code):
                if naam not in beschikbaar:
                    ontbreekt.append(f"{pad.relative_to(CURSUS)}: dataset {naam}")
            for relatief in re.findall(r"Path\(\s*[\"'](\.\.?/[^\"']+)[\"']", code):
                if not (pad.parent / relatief).exists():
                    ontbreekt.append(f"{pad.relative_to(CURSUS)}: pad {relatief}")
    assert not ontbreekt, ontbreekt


# --- (b) en (c): JupyterLab starten zoals cursus.py start, en de weg in de browser ----------

def _kopie_van_de_cursus(doel: Path) -> Path:
    """Een kopie van wat een kloon bevat (git ls-files), zonder .git en .venv."""
    doel.mkdir()
    bestanden = _bijgehouden_bestanden() or {
        p for p in CURSUS.rglob("*")
        if p.is_file() and not {".git", ".venv", "_build"} & set(p.relative_to(CURSUS).parts)}
    for pad in bestanden:
        if pad.is_file():
            (doel / pad.relative_to(CURSUS)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(pad, doel / pad.relative_to(CURSUS))
    return doel


def _controleer_lab_instellingen(cursus) -> dict:
    """De instellingen die cursus.py in de omgeving schrijft (Nederlandstalige menu's)."""
    bestand = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert bestand.exists(), (
        f"{bestand} ontbreekt: 'python3 cursus.py start' (of test) schrijft het; zonder dit "
        "bestand zijn de menu's van JupyterLab Engelstalig.")
    inhoud = json.loads(bestand.read_text(encoding="utf-8"))
    locale = inhoud.get("@jupyterlab/translation-extension:plugin", {}).get("locale")
    assert locale == "nl_NL", f"{bestand}: locale {locale!r}, verwacht nl_NL"
    if inhoud != json.loads(cursus.LAB_INSTELLINGEN):
        warnings.warn(f"{bestand} is ouder dan cursus.py: 'python3 cursus.py test' werkt het bij.",
                      stacklevel=2)
    return inhoud


def _wacht_op_server(runtime: Path, proces: subprocess.Popen, poort: int) -> Path:
    """Wacht tot JupyterLab antwoordt; geeft het html-bestand dat een browser zou openen."""
    einde = time.monotonic() + 120
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise RuntimeError(f"JupyterLab stopte vroegtijdig (code {proces.returncode}).")
        openen = sorted(runtime.glob("jpserver-file-to-run-*-open.html"))
        if openen:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{poort}/api/status", timeout=2):
                    return openen[0]
            except OSError:
                pass
        time.sleep(0.3)
    raise TimeoutError("JupyterLab antwoordde niet binnen 120 s.")


@contextmanager
def jupyterlab(cursus, kopie: Path, tmp_path: Path, notebook: Path | None = None,
               venv_nodig: bool = False) -> Iterator[tuple[Path, int]]:
    """Start JupyterLab zoals `python3 cursus.py start` in `kopie` (eventueel met `notebook`
    open), als een nieuwe gebruiker zonder eigen instellingen of werkruimtes; geeft het
    html-bestand dat een browser zou openen en de poort, en stopt de server achteraf.

    Zonder .venv van cursus.py (bv. conda) draait de jupyter van deze Python, of wordt de test
    overgeslagen als hij de instellingen van de cursusomgeving nodig heeft (`venv_nodig`)."""
    runtime = tmp_path / "runtime"
    poort = vrije_poort()
    opdracht = cursus.start_opdracht(kopie)
    if notebook is not None:
        opdracht = [*opdracht[:-1], str(notebook)]
    if not Path(opdracht[0]).exists():
        if venv_nodig:
            pytest.skip("geen .venv van cursus.py: de instellingen van de cursusomgeving "
                        "ontbreken (voer de test uit met `python3 cursus.py test`)")
        opdracht[0] = str(Path(sys.executable).parent / "jupyter")
    opdracht += ["--no-browser", f"--port={poort}", "--ServerApp.token=",
                 "--ServerApp.password=", "--ServerApp.ip=127.0.0.1", "--allow-root"]
    omgeving = cursus._omgevingsvariabelen() if cursus._bin("jupyter").exists() else {
        **os.environ, "VIRTUAL_ENV": sys.prefix,
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
    omgeving |= {"JUPYTER_RUNTIME_DIR": str(runtime),
                 "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "gebruikersinstellingen"),
                 "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "werkruimtes")}
    with open(tmp_path / "jupyterlab.log", "w") as log:
        proces = subprocess.Popen(opdracht, cwd=kopie, env=omgeving, stdout=log,
                                  stderr=subprocess.STDOUT)
    try:
        yield _wacht_op_server(runtime, proces, poort), poort
    finally:
        stop(proces)


def _wacht_op_kernel(poort: int, notebook: str) -> None:
    """Wacht tot de kernel van `notebook` gestart is en niets doet."""
    einde = time.monotonic() + WACHT / 1000
    while time.monotonic() < einde:
        with urllib.request.urlopen(f"http://127.0.0.1:{poort}/api/sessions", timeout=5) as a:
            sessies = [s for s in json.load(a) if s["path"] == notebook and s.get("kernel")]
        if sessies and sessies[0]["kernel"]["execution_state"] == "idle":
            return
        time.sleep(0.5)
    raise TimeoutError(f"de kernel van {notebook} werd niet klaar")


def _kernels_in_rust(poort: int) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{poort}/api/kernels", timeout=5) as antwoord:
        kernels = json.load(antwoord)
    return bool(kernels) and all(k["execution_state"] == "idle" for k in kernels)


class _Stappen:
    """Schermafbeeldingen per stap, in tmp_path én in _build/nieuwkomer/."""

    def __init__(self, pagina, tmp_path: Path):
        self.pagina, self.map, self.n = pagina, tmp_path / "schermafbeeldingen", 0
        self.map.mkdir()
        shutil.rmtree(SCHERMAFBEELDINGEN, ignore_errors=True)
        SCHERMAFBEELDINGEN.mkdir(parents=True)

    def foto(self, naam: str) -> None:
        self.n += 1
        pad = self.map / f"{self.n:02d}_{naam}.png"
        self.pagina.screenshot(path=str(pad))
        shutil.copy2(pad, SCHERMAFBEELDINGEN / pad.name)


def _actieve_notebook(pagina):
    return pagina.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")


def test_nieuwkomer_in_jupyterlab(tmp_path):
    with browser() as chromium:  # skip (lokaal) of faal (CI) zonder Chromium, vóór de server
        cursus = _cursus_script()
        instellingen = _controleer_lab_instellingen(cursus)
        nieuws_uit = instellingen.get("@jupyterlab/apputils-extension:notification", {}).get(
            "fetchNews") == "false"
        kopie = _kopie_van_de_cursus(tmp_path / "cursus")
        bewaakt = [CURSUS / "notebooks" / f"{INHOUD}.ipynb",
                   CURSUS / "exercises" / INHOUD / f"opdracht_{INHOUD}.ipynb"]
        voor = [p.read_bytes() for p in bewaakt]
        with jupyterlab(cursus, kopie, tmp_path) as (openen, poort):
            _loop_de_weg(chromium, openen, poort, kopie, tmp_path, nieuws_uit)
        # de echte cursus bleef onaangeroerd (enkel de kopie werd uitgevoerd en bewaard)
        assert [p.read_bytes() for p in bewaakt] == voor


def _loop_de_weg(chromium, openen: Path, poort: int, kopie: Path, tmp_path: Path,
                 nieuws_uit: bool) -> None:
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    pagina = context.new_page()
    fouten: list[str] = []
    pagina.on("pageerror", lambda e: fouten.append(str(e)))
    stap = _Stappen(pagina, tmp_path)
    try:
        # 1. de browser opent wat `jupyter lab notebooks/00_welkom.ipynb` hem geeft
        pagina.goto(openen.as_uri(), timeout=WACHT)
        pagina.wait_for_url(re.compile(r"/lab/tree/notebooks/00_welkom\.ipynb"), timeout=WACHT)
        welkom = _actieve_notebook(pagina)
        welkom.locator("h1", has_text="Welkom bij de cursus").wait_for(timeout=WACHT)
        menu = [t.strip() for t in pagina.locator(".lm-MenuBar-itemLabel").all_inner_texts()]
        assert "Bestand" in menu and "Bewerk" in menu, f"menu's niet in het Nederlands: {menu}"
        pagina.wait_for_timeout(1500)
        stap.foto("welkom")
        if nieuws_uit:  # geen Engelstalige vraag over "Jupyter news" bij de eerste start
            assert pagina.get_by_text("Jupyter news").count() == 0

        # 2. de volgende stap: de link onderaan de welkomstnotebook
        link = welkom.locator(f'.jp-RenderedMarkdown a[href*="{INHOUD}.ipynb"]')
        link.scroll_into_view_if_needed(timeout=WACHT)
        link.wait_for(state="visible", timeout=WACHT)
        pagina.wait_for_timeout(1000)  # JupyterLab tekent cellen pas als ze in beeld komen
        stap.foto("welkom_volgende_stap")
        link.click()
        pagina.locator(".lm-TabBar-tabLabel", has_text=f"{INHOUD}.ipynb").wait_for(timeout=WACHT)
        notebook = _actieve_notebook(pagina)
        notebook.locator("h1", has_text="1.1").wait_for(timeout=WACHT)
        _wacht_op_kernel(poort, f"notebooks/{INHOUD}.ipynb")
        notebook.locator(".jp-CodeCell").first.wait_for(timeout=WACHT)
        pagina.wait_for_timeout(1000)
        stap.foto("notebook_geopend")

        # 3. alle cellen uitvoeren via het menu Uitvoeren (het taalpakket vertaalt het item nog
        #    niet overal: we aanvaarden de Nederlandse en de Engelse naam)
        #    De opgeslagen notebook toont al [1], [2], ...: we wachten dus tot we de cellen
        #    eerst bezig ([*]) en daarna allemaal klaar zien.
        paneel = ".jp-NotebookPanel:not(.lm-mod-hidden)"
        pagina.evaluate("""sel => {
            window.nieuwkomerBezig = false;
            const kijk = () => { if ([...document.querySelectorAll(sel + ' .jp-InputPrompt')]
                .some(e => e.textContent.includes('*'))) window.nieuwkomerBezig = true; };
            new MutationObserver(kijk).observe(document.querySelector(sel),
                {subtree: true, childList: true, characterData: true});
        }""", paneel)
        pagina.locator(".lm-MenuBar-itemLabel", has_text="Uitvoeren").click()
        pagina.locator(".lm-Menu-item:not(.lm-mod-hidden) .lm-Menu-itemLabel").filter(
            has_text=re.compile(r"^(Alle cellen uitvoeren|Run All Cells)$")).click()
        aantal_code = len(_cellen(kopie / "notebooks" / f"{INHOUD}.ipynb", "code"))
        pagina.wait_for_function(
            """([sel, n]) => {
                const p = [...document.querySelectorAll(sel + ' .jp-CodeCell .jp-InputPrompt')];
                return window.nieuwkomerBezig && p.length === n
                    && p.every(e => /^\\[\\d+\\]:$/.test(e.textContent.trim()));
            }""", arg=[paneel, aantal_code], timeout=WACHT)
        einde = time.monotonic() + 60
        while not _kernels_in_rust(poort) and time.monotonic() < einde:
            time.sleep(0.5)
        assert _kernels_in_rust(poort), "de kernel blijft bezig"

        # geen foutmeldingen, wel widgets en een plotly-grafiek
        stderr = notebook.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
        teksten = stderr.all_inner_texts()
        fout = [t for t in teksten if "Traceback" in t or "Error" in t]
        assert not fout, "foutmeldingen na 'alle cellen uitvoeren':\n" + "\n".join(fout)
        assert not teksten, "rode meldingen (waarschuwingen) in beeld:\n" + "\n".join(teksten)
        tekst_uitvoer = " ".join(notebook.locator(".jp-OutputArea .jp-RenderedText")
                                 .all_inner_texts())
        assert "Traceback" not in tekst_uitvoer
        grafiek = notebook.locator(".jp-OutputArea .js-plotly-plot").first
        grafiek.wait_for(timeout=WACHT)
        widget = notebook.locator(".jp-OutputArea .jupyter-widgets, .jp-OutputArea .widget-box"
                                  ).first
        widget.wait_for(timeout=WACHT)
        widget.scroll_into_view_if_needed()
        pagina.wait_for_timeout(500)
        stap.foto("widget_na_uitvoeren")
        grafiek.scroll_into_view_if_needed()
        pagina.wait_for_timeout(500)
        stap.foto("grafiek_na_uitvoeren")

        # 4. de opdracht: via de bestandsbrowser naar exercises/ (de README en de welkomst-
        #    notebook zeggen dat de opdrachten daar staan)
        pagina.locator(".jp-BreadCrumbs-home").click()
        for map_ in ("exercises", INHOUD):
            item = pagina.locator(".jp-DirListing-item", has=pagina.locator(
                ".jp-DirListing-itemText", has_text=re.compile(f"^{re.escape(map_)}$")))
            item.dblclick(timeout=WACHT)
            pagina.locator(".jp-BreadCrumbs", has_text=map_).wait_for(timeout=WACHT)
        stap.foto("bestandsbrowser_opdracht")
        pagina.locator(".jp-DirListing-item", has_text=f"opdracht_{INHOUD}.ipynb").dblclick()
        opdracht = _actieve_notebook(pagina)
        # de opdracht heeft een eigen naam: geen twee tabs met dezelfde titel
        pagina.locator(".lm-TabBar-tabLabel", has_text=f"opdracht_{INHOUD}.ipynb").wait_for(
            timeout=WACHT)
        vraag = opdracht.locator(".jp-RenderedMarkdown h2", has_text="Vraag 1")
        vraag.wait_for(timeout=WACHT)
        vraag.scroll_into_view_if_needed()
        pagina.wait_for_timeout(500)
        stap.foto("opdracht_vraag_1")
        dialogen = pagina.locator(".jp-Dialog").all_inner_texts()
        assert not dialogen, f"onverwachte dialoogvensters: {dialogen}"
        assert not fouten, f"JavaScript-fouten in JupyterLab: {fouten}"
    except Exception:
        stap.foto("fout")
        raise
    finally:
        context.close()
