"""De cursuswebsite (jupyter-book 1.x): beide versies bouwen, zonder één waarschuwing.

We bouwen de leerlingen- en de lesgeversversie met de functie uit ``website/bouw.py`` in een
tijdelijke map en controleren wat een bezoeker krijgt: elke notebook en opdracht heeft een
pagina, de plotly-grafieken staan erin (met de meegeleverde plotly.js, niets van het internet),
widgets zijn een korte notitie, de leerlingenversie bevat nergens een oplossing of
beoordelingswijzer en de lesgeversversie wel.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import nbformat
import pytest
from website_hulp import laad_bouwscript

from schooldata_lit.oefeningen import cursusbestanden

CURSUS = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.timeout(600),
              # sphinx-jupyterbook-latex (van jupyter-book 1.x) gebruikt nog Node.traverse()
              pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")]

VERBODEN_VOOR_LEERLINGEN = ("BEGIN SOLUTION", "HIDDEN TESTS", "Beoordelingswijzer",
                            "Modelantwoord")




bouwscript = laad_bouwscript()


@pytest.fixture(scope="module")
def websites(tmp_path_factory):
    doel = tmp_path_factory.mktemp("website")
    return {versie: bouwscript.bouw(versie, doel / versie) for versie in bouwscript.VERSIES}


def _notebooks() -> list[Path]:
    return sorted((CURSUS / "notebooks").glob("*.ipynb"))


def _opdrachten(map_: str) -> list[str]:
    return sorted(p.parent.name for p in (CURSUS / map_).glob("*/*.ipynb")
                  if p.stem == f"opdracht_{p.parent.name}")


def _uitvoer_met(pad: Path, mime: str) -> int:
    nb = nbformat.read(pad, as_version=4)
    return sum(mime in uitvoer.get("data", {}) for cel in nb.cells
               for uitvoer in cel.get("outputs", []))


def _tekst(pad: Path) -> str:
    return pad.read_text(encoding="utf-8", errors="replace")


# --------------------------------------------------------------------------- bouwen


@pytest.mark.parametrize("versie", ["leerling", "lesgever"])
def test_bouwt_zonder_waarschuwingen(websites, versie):
    resultaat = websites[versie]
    assert resultaat.waarschuwingen == [], (
        f"De {bouwscript.NAMEN[versie]} gaf waarschuwingen (los ze op in de bron):\n"
        + "\n".join(resultaat.waarschuwingen))
    assert resultaat.status == 0, resultaat.log[-3000:]
    assert (resultaat.map / "index.html").exists()
    print(f"{bouwscript.NAMEN[versie]} gebouwd in {resultaat.seconden:.1f} s, "
          f"{len(resultaat.paginas)} pagina's")


@pytest.mark.parametrize("versie", ["leerling", "lesgever"])
def test_elke_notebook_en_opdracht_heeft_een_pagina(websites, versie):
    site = websites[versie].map
    for pad in _notebooks():
        assert (site / "notebooks" / f"{pad.stem}.html").exists(), pad.name
    for opdracht in _opdrachten("exercises"):
        assert (site / "exercises" / opdracht / f"opdracht_{opdracht}.html").exists(), opdracht
    for pagina in cursusbestanden(CURSUS / "leerpaden", "**/*.md"):
        relatief = pagina.relative_to(CURSUS).with_suffix(".html")
        assert (site / relatief).exists(), relatief
    lesgeverspaginas = cursusbestanden(CURSUS / "lesgevers", "**/*.md")
    oplossingen = _opdrachten("solutions")
    if versie == "lesgever":
        for pagina in lesgeverspaginas:
            relatief = pagina.relative_to(CURSUS).with_suffix(".html")
            assert (site / relatief).exists(), relatief
        for opdracht in oplossingen:
            assert (site / "solutions" / opdracht / f"opdracht_{opdracht}.html").exists(), opdracht
    else:
        assert not (site / "lesgevers").exists()
        assert not (site / "solutions").exists()


def test_paginas_staan_in_de_navigatie_in_volgorde(websites):
    index = _tekst(websites["leerling"].map / "index.html")
    posities = [index.find(f'href="notebooks/{pad.stem}.html"') for pad in _notebooks()]
    assert -1 not in posities, "elke notebook hoort in het menu"
    spoor1 = [p for pad, p in zip(_notebooks(), posities, strict=True)
              if pad.stem.startswith("1.")]
    assert spoor1 == sorted(spoor1)
    assert "Spoor 1" in index and "Spoor 2" in index


# --------------------------------------------------------------------------- grafieken


def test_plotly_grafieken_staan_op_de_paginas(websites):
    site = websites["leerling"].map
    js = site / "_static" / bouwscript.PLOTLY_JS
    assert js.exists() and js.stat().st_size > 1_000_000, "plotly.js hoort bij de website"
    met_grafiek = 0
    for pad in _notebooks():
        aantal = _uitvoer_met(pad, bouwscript.PLOTLY_MIME)
        html = _tekst(site / "notebooks" / f"{pad.stem}.html")
        assert html.count("Plotly.newPlot(") == aantal, pad.name
        if aantal:
            met_grafiek += 1
            assert f'src="../_static/{bouwscript.PLOTLY_JS}"' in html, pad.name
            assert html.count(f"_static/{bouwscript.PLOTLY_JS}") == 1, "één keer laden"
            assert 'class="plotly-graph-div"' in html
        else:
            assert bouwscript.PLOTLY_JS not in html, f"{pad.name}: geen grafiek, geen plotly.js"
    assert met_grafiek >= 5


def test_widgets_worden_een_notitie(websites):
    site = websites["leerling"].map
    for pad in _notebooks():
        html = _tekst(site / "notebooks" / f"{pad.stem}.html")
        assert "widget-view+json" not in html, pad.name
        if _uitvoer_met(pad, bouwscript.WIDGET_MIME):
            assert bouwscript.WIDGET_NOTITIE in html, pad.name


@pytest.mark.parametrize("versie", ["leerling", "lesgever"])
def test_geen_scripts_van_het_internet(websites, versie):
    for pagina in websites[versie].map.rglob("*.html"):
        for bron in re.findall(r'<script[^>]*\ssrc="([^"]+)"', _tekst(pagina)):
            assert not re.match(r"(https?:)?//", bron), f"{pagina.name} laadt {bron}"
        assert "THEBE_JS_URL" not in _tekst(pagina)


def test_plotly_html_kan_het_script_niet_afsluiten():
    fragment = bouwscript.plotly_html(
        {"data": [{"type": "bar", "x": ["a"], "y": [1], "name": "</script><b>"}],
         "layout": {"height": 300}}, "fig-1", "../_static/plotly.min.js")
    assert fragment.count("</script>") == 3  # config, plotly.js, de figuur
    assert 'style="height:300px; width:100%;"' in fragment
    json_deel = fragment.split('Plotly.newPlot("fig-1", ', 1)[1].split(", {", 1)[0]
    assert json.loads(json_deel.replace("<\\/", "</"))[0]["name"] == "</script><b>"


# --------------------------------------------------------------------------- gescheiden


def _platte_tekst(html_tekst: str) -> str:
    tekst = html.unescape(re.sub(r"<[^>]+>", " ", html_tekst))
    return re.sub(r"\s+", " ", re.sub(r"[*_`#>|]", " ", tekst)).strip()


def _oplossingszinnen() -> list[str]:
    """Herkenbare zinnen uit de oplossingen (tussen BEGIN en END SOLUTION) in solutions/."""
    zinnen = []
    for opdracht in _opdrachten("solutions"):
        pad = CURSUS / "solutions" / opdracht / f"opdracht_{opdracht}.ipynb"
        nb = nbformat.read(pad, as_version=4)
        for cel in nb.cells:
            for blok in re.findall(r"BEGIN SOLUTION(.*?)END SOLUTION", cel.source, re.DOTALL):
                for regel in blok.splitlines():
                    zin = _platte_tekst(regel)
                    if len(zin) >= 40 and not regel.lstrip().startswith(("#", "assert")):
                        zinnen.append(zin[:60])
    return zinnen


def test_leerlingenversie_bevat_geen_oplossingen(websites):
    """Nergens in de leerlingenversie: niet in de pagina's, de zoekindex of de downloads."""
    site = websites["leerling"].map
    # De leerpaden mogen het woord noemen (bv. "een praktijkonderzoek met beoordelingswijzer"),
    # maar de inhoud van een beoordelingswijzer of modelantwoord mag er niet staan.
    leerpaden = " ".join(_tekst(p) for p in
                         cursusbestanden(CURSUS / "leerpaden", "**/*.md")).lower()
    gevonden, teksten = [], {}
    for bestand in site.rglob("*"):
        if not bestand.is_file() or bestand.name == bouwscript.PLOTLY_JS or bestand.suffix \
                not in {".html", ".js", ".ipynb", ".txt", ".md", ".json", ""}:
            continue
        relatief = bestand.relative_to(site).as_posix()
        tekst = _tekst(bestand)
        if bestand.suffix == ".html":
            teksten[relatief] = _platte_tekst(tekst)
        for woord in VERBODEN_VOOR_LEERLINGEN:
            if woord.lower() not in tekst.lower():
                continue
            uit_leerpad = woord.lower() in leerpaden and (
                "leerpaden/" in relatief or relatief == "searchindex.js")
            if woord.isupper() or not uit_leerpad:
                gevonden.append(f"{relatief}: {woord}")
    assert not gevonden, "\n".join(gevonden)
    zinnen = _oplossingszinnen()
    assert len(zinnen) >= 10, "de controle op inhoud van oplossingen heeft materiaal nodig"
    lekken = [f"{pagina}: {zin}" for zin in zinnen for pagina, tekst in teksten.items()
              if zin in tekst]
    assert not lekken, "\n".join(lekken)
    zoekindex = _tekst(site / "searchindex.js")
    assert "solutions/" not in zoekindex and "lesgevers/" not in zoekindex


def test_links_naar_lesgeversmateriaal_worden_tekst_voor_leerlingen():
    tekst = "Zie [de kaarten](../lesgevers/kaarten.md) en [1.1](../notebooks/1.1_x.ipynb)."
    assert bouwscript.zonder_lesgeverslinks(tekst) == (
        "Zie de kaarten (in de lesgeversversie) en [1.1](../notebooks/1.1_x.ipynb).")


def test_lesgeversversie_bevat_oplossingen_en_beoordelingswijzers(websites):
    site = websites["lesgever"].map
    met_wijzer = 0
    for opdracht in _opdrachten("solutions"):
        bron = _tekst(CURSUS / "solutions" / opdracht / f"opdracht_{opdracht}.ipynb")
        html = _tekst(site / "solutions" / opdracht / f"opdracht_{opdracht}.html")
        assert "BEGIN SOLUTION" in html, opdracht
        if "Beoordelingswijzer" in bron:
            met_wijzer += 1
            assert "Beoordelingswijzer" in html, opdracht
        if "BEGIN HIDDEN TESTS" in bron:
            assert "BEGIN HIDDEN TESTS" in html, opdracht
    assert met_wijzer >= len(_opdrachten("solutions")) // 2
    index = _tekst(site / "index.html")
    assert "Oplossingen en beoordelingswijzers" in index
    assert "lesgeversversie" in index


def test_inhoudstafel_volgt_wat_er_is(tmp_path, monkeypatch):
    """Met plaatshouders (enkel in deze tijdelijke kopie): vaste volgorde, gescheiden versies."""
    cursus = tmp_path / "cursus"
    (cursus / "notebooks").mkdir(parents=True)
    for naam in ("2.1_b", "1.10_c", "1.2_a", "00_welkom", "eigen_data"):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {naam}")])
        nbformat.write(nb, cursus / "notebooks" / f"{naam}.ipynb")
    for map_ in ("exercises", "solutions"):
        (cursus / map_ / "1.2_a").mkdir(parents=True)
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Opdracht 1.2 – A")])
        nbformat.write(nb, cursus / map_ / "1.2_a" / "opdracht_1.2_a.ipynb")
    for map_, namen in (("leerpaden", ["zelfstudie.md", "README.md", "hogeschool.md",
                                       "nascholing.md"]),
                        ("lesgevers", ["notities_1.10.md", "notities_1.2.md", "kaarten.html"])):
        (cursus / map_).mkdir()
        for naam in namen:
            (cursus / map_ / naam).write_text("# Plaatshouder\n", encoding="utf-8")
    # de startpagina bepaalt de volgorde van wat ze vermeldt; de rest volgt op naam
    (cursus / "leerpaden" / "README.md").write_text(
        "# Leerpaden\n\n[kort](nascholing.md), [lang](zelfstudie.md#week-1)\n", encoding="utf-8")
    monkeypatch.setattr(bouwscript, "CURSUS", cursus)

    def hoofdstukken(versie: str) -> dict[str, list[str]]:
        inhoud = bouwscript.maak_bron(versie, tmp_path / versie)
        return {deel["caption"]: [h["file"] for h in deel["chapters"]]
                for deel in inhoud["parts"]}

    leerling = hoofdstukken("leerling")
    assert leerling["Aan de slag"] == ["notebooks/00_welkom"]
    assert leerling["Spoor 1 · Knipperlichten in data vaststellen"] == [
        "notebooks/1.2_a", "notebooks/1.10_c"]
    assert leerling["Verder met je eigen school"] == ["notebooks/eigen_data"]
    assert leerling["Leerpaden"] == ["leerpaden/README", "leerpaden/nascholing",
                                     "leerpaden/zelfstudie", "leerpaden/hogeschool"]
    assert "Voor lesgevers" not in leerling
    assert not (tmp_path / "leerling" / "lesgevers").exists()
    assert not (tmp_path / "leerling" / "solutions").exists()

    lesgever = hoofdstukken("lesgever")
    assert list(lesgever)[0] == "Voor lesgevers"
    assert lesgever["Voor lesgevers"] == ["lesgevers/notities_1.2", "lesgevers/notities_1.10"]
    assert (tmp_path / "lesgever" / "lesgevers" / "kaarten.html").exists()
    assert lesgever["Oplossingen en beoordelingswijzers"] == ["solutions/1.2_a/opdracht_1.2_a"]


def test_wist_geen_map_die_geen_website_is(tmp_path):
    (tmp_path / "belangrijk.txt").write_text("niet wissen", encoding="utf-8")
    with pytest.raises(bouwscript.BouwFout, match="geen eerder gebouwde website"):
        bouwscript.bouw("leerling", tmp_path)
    assert (tmp_path / "belangrijk.txt").exists()


# --------------------------------------------------------------------------- browser


def test_grafiek_verschijnt_in_de_browser(websites):
    from browser_hulp import browser

    pagina_pad = None
    for pad in _notebooks():
        if _uitvoer_met(pad, bouwscript.PLOTLY_MIME):
            pagina_pad = websites["leerling"].map / "notebooks" / f"{pad.stem}.html"
            break
    assert pagina_pad is not None
    with browser() as b:
        context = b.new_context(viewport={"width": 1300, "height": 1000})
        pagina = context.new_page()
        fouten: list[str] = []
        pagina.on("pageerror", lambda e: fouten.append(str(e)))
        pagina.on("requestfailed", lambda r: fouten.append(f"niet geladen: {r.url}"))
        pagina.goto(pagina_pad.as_uri())
        pagina.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
        assert pagina.locator(".js-plotly-plot").count() >= 1
        assert pagina.locator(".js-plotly-plot .gtitle, .js-plotly-plot .xtick").count() >= 1
        context.close()
    assert not fouten, fouten


# --- toegankelijk (WCAG 2.2 AA) en privé: in een echte browser, met axe-core ---------------

#: Eén pagina van elke soort in de leerlingenversie (met en zonder grafieken).
PAGINASOORTEN = ("index.html", "leerpaden/index.html", "notebooks/00_welkom.html",
                 "notebooks/1.5_klas_leerjaar_school.html", "notebooks/2.2_bevragen.html",
                 "notebooks/eigen_data.html",
                 "exercises/1.1_data_de_feiten/opdracht_1.1_data_de_feiten.html")


def test_website_toegankelijk_grafieken_met_tekstalternatief_zonder_deelknop(websites):
    from browser_hulp import axe, axe_js, browser, ernstig

    bron = axe_js()
    site = websites["leerling"].map
    fouten, grafieken = {}, 0
    with browser() as b:
        pagina = b.new_page(viewport={"width": 1280, "height": 720})
        for naam in PAGINASOORTEN:
            pagina.goto((site / naam).as_uri())
            pagina.wait_for_load_state("load")
            aantal = pagina.locator(".plotly-graph-div").count()
            if aantal:
                pagina.wait_for_function(
                    "n => document.querySelectorAll('.plotly-graph-div svg.main-svg[role=img]"
                    "[aria-label]').length >= n", arg=aantal, timeout=30_000)
                # onder elke grafiek: beschrijving en tabel
                tabellen = pagina.evaluate(
                    "() => [...document.querySelectorAll('.plotly-graph-div')].filter(g =>"
                    " [...document.querySelectorAll('.sd-alt')].some(a =>"
                    " g.compareDocumentPosition(a) & 4 && a.querySelector('table tbody tr')"
                    ")).length")
                assert tabellen == aantal, (naam, tabellen, aantal)
                pagina.locator(".plotly-graph-div").first.hover()
                titels = pagina.evaluate(
                    "() => [...document.querySelectorAll('.modebar-btn')]"
                    ".map(b => b.getAttribute('data-title') || '')")
                assert titels and not [t for t in titels if "share" in t.lower()], titels
                assert "Download als afbeelding (PNG)" in titels, titels
                grafieken += aantal
            ernstige = ernstig(axe(pagina, bron))
            if ernstige:
                fouten[naam] = ernstige
    assert not fouten, fouten
    assert grafieken >= 3, "de gekozen pagina's tonen grafieken"
