#!/usr/bin/env python3
"""Bouw de cursuswebsite met jupyter-book 1.x, in een leerlingen- en een lesgeversversie.

    python website/bouw.py                      # beide versies naar _build/website/
    python website/bouw.py --doel MAP           # naar MAP/leerling/ en MAP/lesgever/
    python website/bouw.py --versie leerling    # enkel de leerlingenversie

(Of korter, met de omgeving van de cursus: ``python3 cursus.py website``.)

- De **leerlingenversie** bevat de welkomstpagina, de notebooks van beide sporen, de pagina's
  in ``leerpaden/`` en de opdrachten uit ``exercises/`` (zonder oplossingen).
- De **lesgeversversie** bevat daarnaast de pagina's in ``lesgevers/`` en de opdrachten uit
  ``solutions/`` met oplossingen, verborgen tests, modelantwoorden en beoordelingswijzers.

Het script voert geen notebooks uit: ze zijn uitgevoerd opgeslagen (en nbval controleert ze).
Het maakt een tijdelijke bronmap met de configuratie uit deze map, kopieert daar de notebooks
naartoe en past die kopieën aan voor een statische website:

- elke plotly-grafiek krijgt een HTML-weergave die de meegeleverde ``plotly.min.js`` gebruikt
  (uit het geïnstalleerde plotly-pakket; geen internet nodig);
- een widget kan op een statische pagina niet werken: die uitvoer wordt een korte notitie;
- elke grafiek krijgt de werkbalk van de cursus (zonder deelknop, Nederlandse knopteksten;
  ``schooldata_lit.toegankelijk``) en een tekstalternatief (``role="img"`` met ``aria-label``,
  beschreven door het blok met beschrijving en tabel onder de grafiek);
- na de bouw krijgen de knoppen van het thema een naam die past bij wat ze tonen (Nederlands),
  zodat axe-core geen ernstige fout meer vindt (zie `toegankelijke_html`).

De inhoudstafel (``_toc.yml``) wordt gemaakt uit de bestanden die er zijn, in een vaste
volgorde. Elke waarschuwing van Sphinx doet de bouw mislukken.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import html
import io
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml

WEBSITE = Path(__file__).resolve().parent
CURSUS = WEBSITE.parent
STANDAARD_DOEL = CURSUS / "_build" / "website"
VERSIES = ("leerling", "lesgever")
NAMEN = {"leerling": "leerlingenversie", "lesgever": "lesgeversversie"}

PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
PLOTLY_JS = "plotly.min.js"
WIDGET_NOTITIE = "Deze widget werkt enkel in JupyterLab of in de dashboard-app."
WIDGET_HTML = (
    '<div class="admonition note widget-notitie">'
    '<p class="admonition-title">Widget</p>'
    f"<p>{WIDGET_NOTITIE} Open de notebook in JupyterLab met "
    "<code>python3 cursus.py start</code> om zelf te kiezen en te schuiven.</p></div>"
)

DELEN_NOTEBOOKS = (
    ("Aan de slag", lambda naam: naam.startswith("00")),
    ("Spoor 1 · Knipperlichten in data vaststellen", lambda naam: naam.startswith("1.")),
    ("Spoor 2 · Kansen grijpen voor schoolontwikkeling", lambda naam: naam.startswith("2.")),
    ("Verder met je eigen school", lambda naam: True),
)


class BouwFout(RuntimeError):
    """De website kon niet (zonder waarschuwingen) gebouwd worden."""


@dataclass
class Bouwresultaat:
    """Wat één bouw opleverde: de map, de duur, de pagina's en alle meldingen van Sphinx."""

    versie: str
    map: Path
    seconden: float
    status: int
    waarschuwingen: list[str] = field(default_factory=list)
    paginas: list[str] = field(default_factory=list)
    log: str = ""

    @property
    def gelukt(self) -> bool:
        return self.status == 0 and not self.waarschuwingen


# --------------------------------------------------------------------------- notebooks


def _natuurlijk(tekst: str) -> list:
    """Sorteersleutel waarbij 2 vóór 10 komt (1.2 vóór 1.10)."""
    return [int(d) if d.isdigit() else d.lower() for d in re.split(r"(\d+)", tekst)]


def _slug(tekst: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", tekst.lower()).strip("-")


def _als_tekst(waarde: str | list[str]) -> str:
    return "".join(waarde) if isinstance(waarde, list) else waarde


def plotly_html(figuur: dict, id_: str, script_src: str | None = None) -> str:
    """Een HTML-fragment dat een plotly-figuur (de JSON uit de notebook) tekent.

    ``script_src`` laadt eerst plotly.js (geef het enkel bij de eerste grafiek op een pagina).

    >>> fragment = plotly_html({"data": [], "layout": {"title": {"text": "</script>"}}}, "fig-1")
    >>> "Plotly.newPlot" in fragment and 'id="fig-1"' in fragment
    True
    >>> "<\\\\/script>" in fragment  # een tekst in de figuur kan het script niet afsluiten
    True
    """
    def js(waarde: object) -> str:
        tekst = json.dumps(waarde, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return tekst.replace("</", "<\\/")

    layout = figuur.get("layout", {})
    hoogte = layout.get("height", 450) if isinstance(layout.get("height"), int | float) else 450
    laden = ""
    if script_src:
        laden = ('<script type="text/javascript">window.PlotlyConfig = {MathJaxConfig: "local"};'
                 f'</script><script type="text/javascript" src="{html.escape(script_src)}">'
                 "</script>")
    from schooldata_lit.toegankelijk import PLOTLY_INSTELLINGEN, tekstalternatief

    kort = tekstalternatief(figuur)["kort"]
    # role="img" en de naam op het eerste svg-vlak (niet op de hele div: de werkbalk blijft
    # bedienbaar); de andere lagen zijn decoratief voor een schermlezer
    naam = ('function (gd) { var m = gd.querySelectorAll("svg.main-svg");'
            ' for (var i = 0; i < m.length; i++) { if (i === 0) {'
            ' m[i].setAttribute("role", "img");'
            f' m[i].setAttribute("aria-label", {js(kort)}); }}'
            ' else { m[i].setAttribute("aria-hidden", "true"); } } }')
    return (
        f'{laden}<div id="{id_}" class="plotly-graph-div" '
        f'style="height:{int(hoogte)}px; width:100%;"></div>'
        '<script type="text/javascript">(function () {'
        f'var naam = {naam};'
        f'var teken = function () {{ Plotly.newPlot("{id_}", {js(figuur.get("data", []))}, '
        f'{js(layout)}, {js(PLOTLY_INSTELLINGEN)}).then(function (gd) {{ naam(gd); '
        'gd.on("plotly_afterplot", function () { naam(gd); }); }); };'
        'if (window.Plotly) { teken(); } else { window.addEventListener("load", teken); }'
        "})();</script>"
    )


#: Teksten van het thema (pydata-sphinx-theme) die niet vertaald zijn of waarvan de naam niet
#: past bij wat de knop toont (WCAG 2.5.3, "label in name").
_THEMA_VERVANGINGEN = (
    # zoekknop: de zichtbare tekst is "Zoeken Ctrl+K"; zonder aria-label is dat ook de naam
    (re.compile(r'(<button class="btn[^"]*search-button[^"]*"[^>]*?) aria-label="Zoeken"'), r"\1"),
    (re.compile(r'aria-label="Color mode" data-bs-title="Color mode"'),
     'aria-label="Kleurmodus" data-bs-title="Kleurmodus"'),
    (re.compile(r'(<i class="theme-switch[^"]*" data-mode="\w+")\s+title="[^"]*"'),
     r'\1 aria-hidden="true"'),
    # een brede tabel schuift binnen haar kader (schooldata.css): ook met het toetsenbord
    (re.compile(r'<table border="1" class="dataframe">'),
     '<table border="1" class="dataframe" tabindex="0">'),
    # een afvinklijst uit markdown (- [ ] ...): het vakje krijgt een naam
    (re.compile(r'<input class="task-list-item-checkbox" disabled="disabled" type="checkbox">'),
     '<input class="task-list-item-checkbox" disabled="disabled" type="checkbox" '
     'aria-label="om af te vinken">'),
)


def toegankelijke_html(tekst: str) -> str:
    """Een gebouwde pagina met toegankelijke, Nederlandse knoppen van het thema.

    >>> toegankelijke_html('<button class="btn search-button-field" title="Zoeken" '
    ...                    'aria-label="Zoeken">')
    '<button class="btn search-button-field" title="Zoeken">'
    >>> toegankelijke_html('<i class="theme-switch fa-sun" data-mode="light" title="Light"></i>')
    '<i class="theme-switch fa-sun" data-mode="light" aria-hidden="true"></i>'
    """
    for patroon, vervanging in _THEMA_VERVANGINGEN:
        tekst = patroon.sub(vervanging, tekst)
    return tekst


def _maak_paginas_toegankelijk(doel: Path) -> None:
    for pagina in doel.rglob("*.html"):
        oud = pagina.read_text(encoding="utf-8")
        nieuw = toegankelijke_html(oud)
        if nieuw != oud:
            pagina.write_text(nieuw, encoding="utf-8")


def zet_notebook_om(nb: nbformat.NotebookNode, naam: str, script_src: str,
                    notitie: str | None = None) -> nbformat.NotebookNode:
    """Een kopie van de notebook, klaar voor een statische pagina.

    Plotly-uitvoer krijgt een ``text/html``-weergave; widget-uitvoer wordt een notitie; de
    opgeslagen widgetstatus verdwijnt (die zou scripts van het internet laden). Met
    ``notitie`` komt er na de titelcel een markdowncel bij.
    """
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    teller = 0
    for cel in nb.cells:
        for uitvoer in cel.get("outputs", []):
            data = uitvoer.get("data")
            if not data:
                continue
            if WIDGET_MIME in data:
                uitvoer["data"] = {"text/html": WIDGET_HTML, "text/plain": WIDGET_NOTITIE}
                uitvoer.get("metadata", {}).pop(WIDGET_MIME, None)
            elif PLOTLY_MIME in data:
                teller += 1
                figuur = data[PLOTLY_MIME]
                if isinstance(figuur, str):
                    figuur = json.loads(figuur)
                # Enkel de HTML-weergave houden: Sphinx kent het plotly-mimetype niet (het zou
                # er bij het inlezen een waarschuwing voor geven).
                uitvoer["data"] = {"text/html": plotly_html(
                    figuur, f"plotly-{_slug(naam)}-{teller}", script_src if teller == 1 else None)}
    if notitie:
        plek = next((i + 1 for i, cel in enumerate(nb.cells) if cel.cell_type == "markdown"
                     and re.search(r"^# ", _als_tekst(cel.source), re.MULTILINE)), 0)
        cel = nbformat.v4.new_markdown_cell(notitie)
        if nb.nbformat_minor >= 5:
            cel["id"] = "website-notitie"
        else:
            cel.pop("id", None)
        nb.cells.insert(plek, cel)
    return nb


def _als_oplossing(nb: nbformat.NotebookNode) -> None:
    """Zet "Oplossing" in de titel, zodat opdracht en oplossing in het menu, de zoekresultaten
    en de tabbladen van de browser te onderscheiden zijn."""
    for cel in nb.cells:
        if cel.cell_type == "markdown" and re.search(r"^# ", _als_tekst(cel.source), re.M):
            titel = re.compile(r"^# (?:Opdracht\b\s*)?", re.MULTILINE)
            cel.source = titel.sub("# Oplossing ", _als_tekst(cel.source), count=1)
            return


# --------------------------------------------------------------------------- bronmap


def _notitie_opdracht(opdracht: str) -> str:
    return (":::{note}\nDit is de **leesversie** van de opdracht. Je maakt ze in JupyterLab "
            "(`python3 cursus.py start`): open "
            f"`exercises/{opdracht}/opdracht_{opdracht}.ipynb`, vul je "
            "antwoorden in en voer de controlecellen uit.\n:::\n")


def _notitie_oplossing(opdracht: str) -> str:
    return (":::{warning}\nLesgeversversie: deze pagina toont de oplossing, de verborgen tests "
            "en de beoordelingswijzer van de opdracht. Cursisten werken in "
            f"`exercises/{opdracht}/opdracht_{opdracht}.ipynb`. "
            "Deel deze pagina niet met hen.\n:::\n")


LINK_NAAR_LESGEVERS = re.compile(r"\[([^\]]+)\]\((?:\.\./)*(?:lesgevers|solutions)/[^)]*\)")


def zonder_lesgeverslinks(tekst: str) -> str:
    """Markdown voor de leerlingenversie: een link naar lesgeversmateriaal wordt gewone tekst.

    Die pagina's staan niet in de leerlingenversie (een link ernaar zou nergens heen gaan).

    >>> zonder_lesgeverslinks("Zie de [kaarten](../lesgevers/kaarten.md): blad 1.")
    'Zie de kaarten (in de lesgeversversie): blad 1.'
    """
    return LINK_NAAR_LESGEVERS.sub(r"\1 (in de lesgeversversie)", tekst)


def _kopieer_map(van: Path, naar: Path, versie: str) -> list[str]:
    """Kopieer een map met pagina's; geeft de .md-pagina's (zonder extensie) in vaste volgorde."""
    if not van.is_dir():
        return []
    shutil.copytree(van, naar, ignore=shutil.ignore_patterns(
        ".*", "__pycache__", "*.pyc", ".ipynb_checkpoints"))
    paginas = [p.relative_to(naar.parent).with_suffix("").as_posix()
               for p in naar.rglob("*.md")]
    if versie == "leerling":
        for pagina in naar.rglob("*.md"):
            pagina.write_text(zonder_lesgeverslinks(pagina.read_text(encoding="utf-8")),
                              encoding="utf-8")

    return _in_volgorde(paginas, naar)


def _in_volgorde(paginas: list[str], map_: Path) -> list[str]:
    """Vaste volgorde: eerst ``index``/``README``, dan de pagina's in de volgorde waarin die
    startpagina ernaar linkt, dan de rest op naam (1.2 vóór 1.10)."""
    start = next((p for p in sorted(paginas) if p.count("/") == 1
                  and p.rsplit("/", 1)[-1].lower() in {"index", "readme"}), None)
    gelinkt: list[str] = []
    if start:
        tekst = (map_.parent / f"{start}.md").read_text(encoding="utf-8")
        for doel in re.findall(r"\]\(([^)#\s]+)\.md(?:#[^)]*)?\)", tekst):
            pagina = (Path(start).parent / doel).as_posix()
            if pagina in paginas and pagina not in gelinkt and pagina != start:
                gelinkt.append(pagina)
    rest = sorted((p for p in paginas if p != start and p not in gelinkt),
                  key=lambda p: (p.count("/"), _natuurlijk(p)))
    return ([start] if start else []) + gelinkt + rest


def maak_bron(versie: str, bron: Path) -> dict:
    """Zet in ``bron`` de bronbestanden van één versie klaar; geeft de inhoudstafel terug."""
    if versie not in VERSIES:
        raise ValueError(f"Onbekende versie {versie!r}: kies uit {', '.join(VERSIES)}.")
    import plotly

    bron.mkdir(parents=True, exist_ok=True)
    shutil.copy2(WEBSITE / "_config.yml", bron / "_config.yml")
    (bron / "_ext").mkdir()
    shutil.copy2(WEBSITE / "schone_paginas.py", bron / "_ext" / "schone_paginas.py")
    welkom = (WEBSITE / "welkom.md").read_text(encoding="utf-8")
    if versie == "lesgever":
        welkom += "\n" + (WEBSITE / "welkom_lesgever.md").read_text(encoding="utf-8")
    (bron / "index.md").write_text(welkom, encoding="utf-8")
    statisch = bron / "_plotly"  # wordt _static/ in de website (zie _config.yml)
    statisch.mkdir()
    shutil.copy2(Path(plotly.__file__).parent / "package_data" / PLOTLY_JS, statisch / PLOTLY_JS)
    shutil.copy2(WEBSITE / "schooldata.css", statisch / "schooldata.css")

    delen: list[dict] = []

    def deel(titel: str, hoofdstukken: list[dict]) -> None:
        if hoofdstukken:
            delen.append({"caption": titel, "chapters": hoofdstukken})

    # notebooks, verdeeld over de sporen
    (bron / "notebooks").mkdir()
    notebooks = sorted((CURSUS / "notebooks").glob("*.ipynb"), key=lambda p: _natuurlijk(p.name))
    verdeling: dict[str, list[dict]] = {titel: [] for titel, _ in DELEN_NOTEBOOKS}
    for pad in notebooks:
        nb = zet_notebook_om(nbformat.read(pad, as_version=4), pad.stem,
                             f"../_static/{PLOTLY_JS}")
        nbformat.write(nb, bron / "notebooks" / pad.name)
        titel = next(t for t, past in DELEN_NOTEBOOKS if past(pad.stem))
        verdeling[titel].append({"file": f"notebooks/{pad.stem}"})

    lesgevers: list[dict] = []
    if versie == "lesgever":
        lesgevers = [{"file": p} for p in _kopieer_map(CURSUS / "lesgevers", bron / "lesgevers",
                                                         versie)]
        deel("Voor lesgevers", lesgevers)
    for titel, _ in DELEN_NOTEBOOKS:
        deel(titel, verdeling[titel])
    leerpaden = _kopieer_map(CURSUS / "leerpaden", bron / "leerpaden", versie)
    deel("Leerpaden", [{"file": p} for p in leerpaden])

    # opdrachten (en voor lesgevers: de oplossingen)
    soorten = [("exercises", "Opdrachten", _notitie_opdracht)]
    if versie == "lesgever":
        soorten.append(("solutions", "Oplossingen en beoordelingswijzers", _notitie_oplossing))
    for map_, titel, notitie in soorten:
        hoofdstukken = []
        for opdracht in sorted((p.name for p in (CURSUS / map_).iterdir() if p.is_dir()),
                               key=_natuurlijk):
            pad = CURSUS / map_ / opdracht / f"opdracht_{opdracht}.ipynb"
            if not pad.exists():
                continue
            (bron / map_ / opdracht).mkdir(parents=True)
            nb = zet_notebook_om(nbformat.read(pad, as_version=4), f"{map_}-{opdracht}",
                                 f"../../_static/{PLOTLY_JS}", notitie(opdracht))
            if map_ == "solutions":
                _als_oplossing(nb)
            nbformat.write(nb, bron / map_ / opdracht / pad.name)
            hoofdstukken.append({"file": f"{map_}/{opdracht}/opdracht_{opdracht}"})
        deel(titel, hoofdstukken)

    inhoud = {"format": "jb-book", "root": "index", "parts": delen}
    (bron / "_toc.yml").write_text(
        "# Gemaakt door website/bouw.py uit de bestanden die er zijn; niet met de hand aanpassen.\n"
        + yaml.safe_dump(inhoud, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return inhoud


# --------------------------------------------------------------------------- bouwen


def _maak_leeg(doel: Path) -> None:
    """Maak ``doel`` leeg, maar enkel als het een vorige bouw is (of leeg): wis niets anders."""
    if not doel.exists():
        return
    if doel.is_dir() and (not any(doel.iterdir()) or (doel / ".buildinfo").exists()):
        shutil.rmtree(doel)
        return
    raise BouwFout(f"{doel} bestaat al en is geen eerder gebouwde website; kies een andere "
                   "doelmap (--doel) of maak deze map zelf leeg.")


def _meldingen(log: str) -> list[str]:
    log = re.sub(r"\x1b\[[0-9;]*m", "", log)  # kleurcodes van Sphinx weg
    return [regel.strip() for regel in log.splitlines()
            if re.search(r"\b(WARNING|ERROR|CRITICAL|SEVERE)\b", regel)]


def bouw(versie: str, doel: Path, *, toon: bool = False) -> Bouwresultaat:
    """Bouw één versie (``"leerling"`` of ``"lesgever"``) als HTML in de map ``doel``.

    Waarschuwingen gelden als fouten (Sphinx ``warningiserror``); ze staan allemaal in
    ``resultaat.waarschuwingen``. Met ``toon=True`` komt de uitvoer van Sphinx ook op het scherm.
    """
    from jupyter_book.sphinx import build_sphinx

    doel = Path(doel).resolve()
    _maak_leeg(doel)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="schooldata-website-") as tijdelijk:
        bron = Path(tijdelijk) / "bron"
        maak_bron(versie, bron)
        uitvoer = io.StringIO()
        with contextlib.redirect_stderr(uitvoer), contextlib.redirect_stdout(uitvoer):
            status = build_sphinx(
                bron, doel, noconfig=True, path_config=str(bron / "_config.yml"),
                confoverrides={"external_toc_path": (bron / "_toc.yml").as_posix(),
                               "latex_individualpages": False},
                doctreedir=Path(tijdelijk) / "doctrees", freshenv=True, force_all=True,
                warningiserror=True, keep_going=True, quiet=not toon)
    log = uitvoer.getvalue()
    _maak_paginas_toegankelijk(doel)
    if toon:
        print(log, end="")
    if isinstance(status, BaseException):
        log += f"\n{type(status).__name__}: {status}"
        status = 1
    paginas = sorted(p.relative_to(doel).as_posix() for p in doel.rglob("*.html")
                     if not p.relative_to(doel).parts[0].startswith("_"))
    return Bouwresultaat(versie=versie, map=doel, seconden=time.perf_counter() - start,
                         status=int(status), waarschuwingen=_meldingen(log), paginas=paginas,
                         log=log)


def main(argumenten: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python website/bouw.py",
        description="Bouw de cursuswebsite (leerlingen- en lesgeversversie) met jupyter-book.")
    parser.add_argument("--doel", type=Path, default=STANDAARD_DOEL,
                        help="map waarin de versies komen (standaard: _build/website)")
    parser.add_argument("--versie", choices=(*VERSIES, "beide"), default="beide",
                        help="welke versie bouwen (standaard: beide)")
    parser.add_argument("--toon", action="store_true", help="toon de volledige uitvoer van Sphinx")
    opties = parser.parse_args(argumenten)
    versies = VERSIES if opties.versie == "beide" else (opties.versie,)
    fouten = 0
    for versie in versies:
        naam = NAMEN[versie]
        print(f"[website] {naam} bouwen ...", flush=True)
        try:
            resultaat = bouw(versie, opties.doel / versie, toon=opties.toon)
        except BouwFout as fout:
            print(f"[website] {fout}", file=sys.stderr)
            return 2
        if resultaat.gelukt:
            print(f"[website] {naam} klaar in {resultaat.seconden:.0f} s "
                  f"({len(resultaat.paginas)} pagina's): {resultaat.map / 'index.html'}")
            continue
        fouten += 1
        print(f"[website] {naam} MISLUKT na {resultaat.seconden:.0f} s; los deze "
              "meldingen op:", file=sys.stderr)
        for melding in resultaat.waarschuwingen or resultaat.log.splitlines()[-20:]:
            print(f"  {melding}", file=sys.stderr)
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())
