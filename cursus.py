#!/usr/bin/env python3
"""Start de cursus schooldata-lit of voer de tests uit, met enkel Python (>= 3.11).

    python3 cursus.py start    # alles klaarzetten en JupyterLab openen bij de welkomstnotebook
    python3 cursus.py test     # alles klaarzetten en de volledige testreeks uitvoeren

Het script maakt (als die nog niet bestaat) een aparte Python-omgeving in de map `.venv`
naast dit bestand en installeert daarin de cursus met alles wat hij nodig heeft. Het raakt
niets anders op je computer aan. Een tweede keer gaat het snel: er wordt pas opnieuw
geïnstalleerd als `pyproject.toml` veranderd is.

Andere opdrachten:
    python3 cursus.py oefeningen   # exercises/ opnieuw maken uit solutions/ (voor lesgevers)
    python3 cursus.py antwoordtabellen  # de antwoordtabellen in lesgevers/ opnieuw maken
    python3 cursus.py datasets     # datasets/ opnieuw genereren (het vaste cursuszaad)
    python3 cursus.py shell        # een terminal-opdracht uitvoeren in de omgeving, bv. ruff
    python3 cursus.py dashboard    # de dashboards openen als app, zonder code (Voilà)
    python3 cursus.py website      # de cursuswebsite bouwen (in _build/website/)
    python3 cursus.py vergrendel   # nieuwste versies testen en requirements-lock.txt vernieuwen
    python3 cursus.py leerlingversie  # enkel wat cursisten krijgen, als map en zip (--uit MAP)
    python3 cursus.py hub          # de cursus voor een groep op een server (JupyterHub); zie
                                   # deploy/LEESMIJ.md en `python3 cursus.py hub --help`
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

HIER = Path(__file__).resolve().parent
OMGEVING = HIER / ".venv"
STEMPEL = OMGEVING / ".schooldata-lit-installatie"
#: De exacte versies waarmee de volledige testreeks slaagde (zie `vergrendel`).
VERGRENDELING = HIER / "requirements-lock.txt"
WELKOM = "notebooks/00_welkom.ipynb"
VOILA_SJABLOON = HIER / "schooldata_lit" / "schermen" / "voila_sjabloon"


def _bin(naam: str) -> Path:
    map_ = "Scripts" if os.name == "nt" else "bin"
    extensie = ".exe" if os.name == "nt" else ""
    return OMGEVING / map_ / f"{naam}{extensie}"


def _omgevingsvariabelen() -> dict[str, str]:
    env = dict(os.environ)
    env["VIRTUAL_ENV"] = str(OMGEVING)
    env["PATH"] = str(_bin("python").parent) + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONHOME", None)
    # het Voilà-sjabloon van de cursus (niets van een CDN, Nederlands; zie voila.json)
    env["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(VOILA_SJABLOON), env.get("JUPYTER_PATH", "")) if p)
    return env


def _voer_uit(opdracht: list[str | Path]) -> int:
    return subprocess.call([str(d) for d in opdracht], cwd=HIER, env=_omgevingsvariabelen())


def klaarzetten() -> None:
    """Maak de omgeving aan en installeer de cursus als dat nog niet (of niet meer) klopt."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dit script draait met de Python van de gebruiker)
        sys.exit("schooldata-lit heeft Python 3.11 of nieuwer nodig; dit is "
                 + sys.version.split()[0])
    if not _bin("python").exists():
        print(f"[schooldata-lit] Nieuwe Python-omgeving maken in {OMGEVING} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(OMGEVING)
    if STEMPEL.exists() and STEMPEL.read_text().strip() == _vingerafdruk():
        _nederlandstalig()
        return
    print("[schooldata-lit] Cursus en benodigde pakketten installeren (eenmalig, ±1 minuut) ...",
          flush=True)
    # -c: precies de versies waarmee de tests slaagden (requirements-lock.txt)
    vast = ["-c", str(VERGRENDELING)] if VERGRENDELING.exists() else []
    if _voer_uit([*_PIP, "--upgrade", "pip"]) != 0 or _voer_uit(
            [*_PIP, *vast, "-e", ".[test]"]) != 0:
        sys.exit("[schooldata-lit] De installatie is mislukt; zie de melding hierboven.")
    _nederlandstalig()
    STEMPEL.write_text(_vingerafdruk())


_PIP = [str(_bin("python")), "-m", "pip", "install", "--disable-pip-version-check", "-q"]


def _vingerafdruk() -> str:
    """Verandert pyproject.toml of requirements-lock.txt, dan wordt er opnieuw geïnstalleerd."""
    inhoud = b"".join(p.read_bytes() for p in (HIER / "pyproject.toml", VERGRENDELING)
                      if p.exists())
    return hashlib.sha256(inhoud).hexdigest()


#: Schrijft de versies van de omgeving (zonder de cursus zelf en pip) naar het bestand in
#: argv[1]; draait met de Python van de omgeving.
_VRIES = """
import subprocess, sys
bevroren = subprocess.run([sys.executable, "-m", "pip", "freeze", "--all", "--exclude-editable"],
                          capture_output=True, text=True, check=True).stdout.splitlines()
regels = sorted((r for r in bevroren if "==" in r and not r.lower().startswith(
    ("pip==", "schooldata-lit==", "schooldata_lit=="))), key=str.lower)
kop = ["# De exacte versies waarmee de volledige testreeks van schooldata-lit slaagde.",
       "# Vernieuwen (installeert de nieuwste toegelaten versies en test ze eerst):",
       "#     python3 cursus.py vergrendel",
       f"# Python {sys.version.split()[0]} op {sys.platform}."]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\\n".join(kop + regels) + "\\n")
print(f"[schooldata-lit] {sys.argv[1]} vernieuwd ({len(regels)} pakketten).")
"""


def schrijf_vergrendeling() -> int:
    """Schrijf de versies van de omgeving naar requirements-lock.txt."""
    return _voer_uit([_bin("python"), "-c", _VRIES, VERGRENDELING])


def vergrendel(pytest_argumenten: list[str]) -> int:
    """Vernieuw requirements-lock.txt: installeer de nieuwste versies die pyproject.toml
    toelaat, voer de volledige testreeks uit en schrijf de versies weg als alles slaagt.
    Faalt een test, dan blijft het bestand zoals het was en komen de oude versies terug."""
    print("[schooldata-lit] Nieuwste toegelaten versies installeren ...", flush=True)
    if _voer_uit([*_PIP, "--upgrade", "--upgrade-strategy", "eager", "-e", ".[test]"]) != 0:
        return 1
    code = _voer_uit([_bin("python"), "-m", "pytest", *pytest_argumenten])
    if code != 0:
        print("[schooldata-lit] De tests slagen niet met de nieuwste versies: "
              f"{VERGRENDELING.name} blijft ongewijzigd; de vergrendelde versies komen terug.")
        _voer_uit([*_PIP, "-c", str(VERGRENDELING), "-e", ".[test]"])
        return code
    if schrijf_vergrendeling() != 0:
        return 1
    STEMPEL.write_text(_vingerafdruk())
    return 0


#: Standaardinstellingen van JupyterLab voor cursisten: menu's in het Nederlands (taalpakket
#: nl_NL), en geen Engelstalige vraag naar "Jupyter news" bij de eerste start.
LAB_INSTELLINGEN = (
    '{"@jupyterlab/translation-extension:plugin": {"locale": "nl_NL"},\n'
    ' "@jupyterlab/apputils-extension:notification": '
    '{"fetchNews": "false", "checkForUpdates": false}}\n'
)

#: Cursisten zien de (Engelstalige) lesgeversonderdelen van nbgrader niet: geen menu, geen
#: formgrader, geen opdrachtenlijst. Ook de knop "Validate" is weg: zijn venster is vast
#: Engelstalig ("Validation Results", "The following cell failed:") en toont de code van de
#: controlecellen. Een cursist controleert zijn opdracht met "Alle cellen uitvoeren": elke
#: open vraag en elke controle zegt dan in het Nederlands wat nog open staat (zie
#: schooldata_lit/oefeningen/kernelmeldingen.py), of met `schooldata-lit controleer`.
#: Lesgevers verbeteren met de nbgrader-opdrachten.
LAB_PAGINA = json.dumps({"disabledExtensions": {
    f"@jupyter/nbgrader:{deel}": True
    for deel in ("menu", "formgrader", "course-list", "assignment-list", "create-assignment",
                 "validate-assignment")
}}, indent=1) + "\n"

#: De Jupyter-server van de cursusomgeving vult de Nederlandse vertaling van JupyterLab aan
#: waar het taalpakket nl_NL tekortschiet ("Run All Cells", "Name", "Modified", ...; zie
#: schooldata_lit/schermen/jupyterlab_nl.py). Een map .d: de instellingen van nbgrader blijven.
SERVER_INSTELLINGEN = json.dumps({"ServerApp": {"jpserver_extensions": {
    "schooldata_lit.schermen.jupyterlab_nl": True}}}, indent=1) + "\n"

#: IPython in de cursusomgeving: bij een open vraag of een controle die nog niet slaagt een
#: korte Nederlandstalige uitleg in plaats van een rode traceback (enkel als schooldata_lit
#: er te vinden is; nbgrader zelf krijgt zijn gewone meldingen).
IPYTHON_INSTELLINGEN = """\
# schooldata-lit: Nederlandstalige uitleg in plaats van een traceback bij een open vraag
# (zie schooldata_lit/oefeningen/kernelmeldingen.py). Geschreven door cursus.py.
import importlib.util

c = get_config()  # noqa: F821
if importlib.util.find_spec("schooldata_lit") is not None:
    c.InteractiveShellApp.extensions = ["schooldata_lit.oefeningen.kernelmeldingen"]
"""


def omgevingsinstellingen(prefix: Path, met_pagina: bool = True) -> dict[Path, str]:
    """De bestanden die een Python-omgeving (`prefix`) Nederlandstalig maken, met hun inhoud:
    JupyterLab-instellingen, de aanvulling van de vertaling (serveruitbreiding), de
    IPython-meldingen en (`met_pagina`) de verborgen nbgrader-onderdelen. De hub zet die
    laatste zelf per rol (deploy/hub.py)."""
    bestanden = {
        prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json": LAB_INSTELLINGEN,
        prefix / "etc" / "ipython" / "ipython_config.py": IPYTHON_INSTELLINGEN,
        prefix / "etc" / "jupyter" / "jupyter_server_config.d" / "schooldata_lit.json":
            SERVER_INSTELLINGEN,
    }
    if met_pagina:
        bestanden[prefix / "etc" / "jupyter" / "labconfig" / "page_config.json"] = LAB_PAGINA
    return bestanden


def schrijf_omgevingsinstellingen(prefix: Path, met_pagina: bool = True) -> None:
    """Schrijf `omgevingsinstellingen(prefix)` (enkel wat nog niet klopt)."""
    for bestand, inhoud in omgevingsinstellingen(prefix, met_pagina).items():
        if bestand.exists() and bestand.read_text(encoding="utf-8") == inhoud:
            continue
        bestand.parent.mkdir(parents=True, exist_ok=True)
        bestand.write_text(inhoud, encoding="utf-8")


def _nederlandstalig() -> None:
    """Schrijf de standaardinstellingen in de omgeving (als ze nog niet kloppen): de
    Nederlandse menu's, geen lesgeversonderdelen van nbgrader voor cursisten, en
    Nederlandstalige uitleg bij een open vraag."""
    schrijf_omgevingsinstellingen(OMGEVING)


def start_opdracht(wortel: Path = HIER) -> list[str]:
    """De opdracht achter `start`: JupyterLab met de hele cursusmap als werkmap (zodat
    `notebooks/`, `exercises/` en `datasets/` in de bestandsbrowser staan), geopend bij de
    welkomstnotebook. Zonder `--ServerApp.root_dir` zou JupyterLab enkel `notebooks/` tonen."""
    return [str(_bin("jupyter")), "lab", f"--ServerApp.root_dir={wortel}", str(wortel / WELKOM)]


def main(argumenten: list[str]) -> int:
    if not argumenten or argumenten[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    opdracht, rest = argumenten[0], argumenten[1:]
    if opdracht == "omgevingsinstellingen":  # enkel de standaardbibliotheek (deploy/installeer.sh)
        if not rest or rest[0].startswith("-"):
            print("gebruik: python3 cursus.py omgevingsinstellingen PREFIX [--zonder-pagina]")
            return 2
        schrijf_omgevingsinstellingen(Path(rest[0]), met_pagina="--zonder-pagina" not in rest)
        return 0
    if opdracht in {"leerlingversie", "hub"}:  # enkel de standaardbibliotheek: geen .venv nodig
        # Ctrl+C is voor de hub zelf (die stopt dan netjes alle servers), niet voor dit script.
        vorige = signal.signal(signal.SIGINT, lambda *_: None)
        try:
            return _voer_uit([sys.executable, HIER / "deploy" / f"{opdracht}.py", *rest])
        finally:
            signal.signal(signal.SIGINT, vorige)
    klaarzetten()
    if opdracht == "start":
        return _voer_uit([*start_opdracht(), *rest])
    if opdracht == "test":
        return _voer_uit([_bin("python"), "-m", "pytest", *rest])
    if opdracht == "oefeningen":
        return _voer_uit([_bin("schooldata-lit"), "oefeningen", *rest])
    if opdracht == "antwoordtabellen":
        return _voer_uit([_bin("schooldata-lit"), "antwoordtabellen", *rest])
    if opdracht == "datasets":
        # het cursuszaad staat op één plek: kern.CURSUSZAAD (de standaard van `genereer`)
        return _voer_uit([_bin("schooldata-lit"), "genereer", "--map", "datasets"])
    if opdracht == "dashboard":
        return _voer_uit([_bin("voila"), "dashboards",
                          "--VoilaConfiguration.extension_denylist="
                          '["@jupyter/nbgrader","@jupyter-notebook/lab-extension"]', *rest])
    if opdracht == "website":
        return _voer_uit([_bin("python"), "website/bouw.py", *rest])
    if opdracht == "vergrendel":
        return vergrendel(rest)
    if opdracht == "shell":
        return _voer_uit(rest or [_bin("python")])
    print(f"Onbekende opdracht {opdracht!r}. Kies uit: start, test, dashboard, website, "
          "oefeningen, antwoordtabellen, datasets, vergrendel, leerlingversie, hub, shell.")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
