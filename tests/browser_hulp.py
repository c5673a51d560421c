"""Hulp voor de tests in een echte browser (headless Chromium, bestuurd met Playwright).

Zonder Chromium slaan die tests over, met een zichtbare reden. Staat de omgevingsvariabele
``SCHOOLDATA_BROWSER_VERPLICHT=1`` (zoals in CI), dan is een ontbrekende browser een fout.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CURSUS = Path(__file__).resolve().parents[1]
VOILA_SJABLOON = CURSUS / "schooldata_lit" / "schermen" / "voila_sjabloon"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def chromium() -> str:
    """Het pad naar Chromium, of skip (lokaal) / faal (in CI) als die ontbreekt."""
    pad = next((p for p in ("/usr/bin/chromium", shutil.which("chromium"),
                            shutil.which("chromium-browser")) if p and Path(p).exists()), None)
    if pad:
        return pad
    reden = ("Chromium ontbreekt: installeer het (Debian/Ubuntu: apt-get install chromium) om "
             "de tests in een echte browser uit te voeren.")
    if os.environ.get("SCHOOLDATA_BROWSER_VERPLICHT") == "1":
        pytest.fail(reden + " SCHOOLDATA_BROWSER_VERPLICHT=1, dus dit is een fout.")
    pytest.skip(reden)


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wacht_op(url: str, proces: subprocess.Popen, seconden: float = 90) -> None:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise RuntimeError(f"De server stopte vroegtijdig (code {proces.returncode}).")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} antwoordde niet binnen {seconden} s.")


@contextmanager
def voila(map_: Path, logbestand: Path) -> Iterator[str]:
    """Start Voilà op een vrije poort voor de notebooks in `map_`; geeft de basis-URL."""
    poort = vrije_poort()
    opdracht = [sys.executable, "-m", "voila", str(map_), "--no-browser", f"--port={poort}",
                "--Voila.ip=127.0.0.1",
                "--VoilaConfiguration.extension_denylist="
                '["@jupyter/nbgrader","@jupyter-notebook/lab-extension"]']
    omgeving = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep
                + os.environ.get("PATH", ""),
                # het sjabloon van de cursus (voila.json kiest het: niets van een CDN, lang="nl")
                "JUPYTER_PATH": os.pathsep.join(p for p in (str(VOILA_SJABLOON),
                                                            os.environ.get("JUPYTER_PATH", ""))
                                                if p)}
    with open(logbestand, "w") as log:
        proces = subprocess.Popen(opdracht, stdout=log, stderr=subprocess.STDOUT, cwd=CURSUS,
                                  env=omgeving)
        try:
            basis = f"http://127.0.0.1:{poort}"
            _wacht_op(basis + "/", proces)
            yield basis
        finally:
            stop(proces)


def stop(proces: subprocess.Popen, seconden: float = 20) -> None:
    """Stop een server netjes; lukt dat niet binnen `seconden`, dan hard."""
    proces.terminate()
    try:
        proces.wait(seconden)
    except subprocess.TimeoutExpired:
        proces.kill()
        proces.wait(10)


@contextmanager
def browser() -> Iterator[object]:
    """Een headless Chromium via Playwright."""
    pad = chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=pad, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


# ----------------------------------------------------------------------------- axe-core

#: Waar .ci/run axe-core installeert (npm, vaste versie); lokaal mag het ook via AXE_CORE_JS.
AXE_MAP = CURSUS / "tests" / ".axe"
AXE_VERSIE = "4.14.1"
#: De WCAG-regels die we toetsen: 2.0, 2.1 en 2.2, niveaus A en AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_js() -> str:
    """De broncode van axe-core, of skip (lokaal) / faal (in CI) als die ontbreekt."""
    kandidaten = [os.environ.get("AXE_CORE_JS"),
                  AXE_MAP / "node_modules" / "axe-core" / "axe.min.js"]
    pad = next((Path(p) for p in kandidaten if p and Path(p).is_file()), None)
    if pad:
        return pad.read_text(encoding="utf-8")
    reden = (f"axe-core ontbreekt: installeer het met `npm install --prefix tests/.axe "
             f"axe-core@{AXE_VERSIE}` (zoals .ci/run doet) om de toegankelijkheid te toetsen.")
    if os.environ.get("SCHOOLDATA_BROWSER_VERPLICHT") == "1":
        pytest.fail(reden + " SCHOOLDATA_BROWSER_VERPLICHT=1, dus dit is een fout.")
    pytest.skip(reden)


def axe(pagina, bron: str) -> list[dict]:
    """Voer axe-core uit op de open pagina; geeft de overtredingen (id, impact, aantal, ...)."""
    if not pagina.evaluate("() => !!window.axe"):
        pagina.add_script_tag(content=bron)
    uitkomst = pagina.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: "
        "['violations']}).then(r => r.violations.map(v => ({id: v.id, impact: v.impact, "
        "aantal: v.nodes.length, voorbeeld: v.nodes.slice(0, 2).map(n => n.html.slice(0, 160)),"
        " uitleg: v.nodes.slice(0, 1).map(n => n.failureSummary)})))", WCAG_TAGS)
    return uitkomst


def ernstig(overtredingen: list[dict]) -> list[dict]:
    """Enkel de ernstige en kritieke overtredingen."""
    return [o for o in overtredingen if o["impact"] in {"serious", "critical"}]
