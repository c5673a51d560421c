"""De dashboards in een echte browser: Voilà serveert ze, headless Chromium opent ze.

We controleren wat een gebruiker ziet: de widgets en een plotly-grafiek verschijnen, een
keuze verandert de grafiek, en de rolkeuze verbergt wat een rol niet mag zien.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser_hulp import CURSUS, axe, axe_js, browser, ernstig, voila

pytestmark = pytest.mark.timeout(300)

WACHT = 90_000  # ms: de eerste keer start een kernel en laadt de data


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("voila") / "voila.log"
    with voila(CURSUS / "dashboards", log) as basis:
        yield basis


@pytest.fixture(scope="module")
def chromium_browser():
    with browser() as b:
        yield b


def _pagina_met_fouten(browser, breedte: int, hoogte: int):
    """Een nieuwe pagina van `breedte` × `hoogte` die haar JavaScript-fouten bijhoudt."""
    context = browser.new_context(viewport={"width": breedte, "height": hoogte})
    p = context.new_page()
    fouten: list[str] = []
    p.on("pageerror", lambda e: fouten.append(str(e)))
    p.fouten = fouten
    return context, p


@pytest.fixture
def pagina(chromium_browser, tmp_path):
    context, p = _pagina_met_fouten(chromium_browser, 1300, 1000)
    yield p
    context.close()


def _titel(pagina) -> str:
    return pagina.locator(".js-plotly-plot .gtitle").first.text_content()


def _wacht_op_titel(pagina, bevat: str) -> None:
    pagina.wait_for_function(
        "t => [...document.querySelectorAll('.js-plotly-plot .gtitle')]"
        ".some(e => e.textContent.includes(t))", arg=bevat, timeout=WACHT)


def test_schooldashboard_niveaus_en_rollen(server, pagina, tmp_path):
    pagina.goto(f"{server}/voila/render/schooldashboard.ipynb", timeout=WACHT)
    pagina.wait_for_selector(".js-plotly-plot", timeout=WACHT)
    # widgets en grafiek staan er; geen code in beeld
    assert pagina.locator(".widget-dropdown").count() >= 2
    assert pagina.locator(".widget-toggle-buttons").count() >= 1
    assert "import" not in pagina.locator("body").inner_text(), "code hoort niet in beeld"
    _wacht_op_titel(pagina, "Gemiddelde punten per vak, klas")
    voor = _titel(pagina)

    # een andere klas kiezen verandert de grafiek
    klaskeuze = pagina.locator(".widget-dropdown", has_text="Klas:").locator("select")
    klaskeuze.select_option(index=3)
    pagina.wait_for_function(
        "v => document.querySelector('.js-plotly-plot .gtitle').textContent !== v",
        arg=voor, timeout=WACHT)
    assert _titel(pagina) != voor

    # het niveau 'School' toont de trend over de schooljaren
    pagina.get_by_role("button", name="School").click()
    _wacht_op_titel(pagina, "Gemiddeld eindpercentage per schooljaar")
    pagina.screenshot(path=str(tmp_path / "schooldashboard_directie.png"))

    # als leerling: enkel het niveau 'Leerling', geen 'Klas' of 'School'
    pagina.locator(".widget-dropdown", has_text="Ik kijk als:").locator("select").select_option(
        label="Leerling")
    pagina.wait_for_function(
        "() => ![...document.querySelectorAll('.widget-toggle-button')]"
        ".some(b => b.textContent.trim() === 'School')", timeout=WACHT)
    knoppen = [k.strip() for k in
               pagina.locator(".widget-toggle-buttons").first.locator("button").all_inner_texts()]
    assert knoppen == ["Leerling"]
    leerlingkeuze = pagina.locator(".widget-dropdown", has_text="Leerling:").locator("select")
    assert leerlingkeuze.locator("option").count() == 1, "een leerling ziet enkel zichzelf"
    pagina.wait_for_function(
        "() => document.body.innerText.includes('een leerling ziet enkel zijn eigen gegevens')",
        timeout=WACHT)
    pagina.screenshot(path=str(tmp_path / "schooldashboard_leerling.png"))
    assert not pagina.fouten, pagina.fouten


def _verwacht_in_het_dashboard() -> tuple[str, str]:
    """Wat het knipperlichtendashboard zegt (berekend met de bibliotheek, niet in de browser):
    de zin 'Gevonden: ...' bij de standaardinstellingen, en de zin 'Verschil met de
    standaardinstellingen: ...' na het aanvinken van 'Lage aanwezigheid'."""
    import re

    from schooldata_lit.schermen.dashboards import knipperlichten_dashboard

    def zin(tekst: str, begin: str) -> str:
        return re.search(rf"{begin}[^.]*", re.sub("<[^>]+>", "", tekst)).group(0)

    bord = knipperlichten_dashboard()
    gevonden = zin(bord._samenvatting(), "Gevonden: ")
    regel = next(c for c, w in bord.aan.items() if w.description == "Lage aanwezigheid")
    bord.aan[regel].value = True
    return gevonden, zin(bord._samenvatting(), "Verschil met de standaardinstellingen: ")


def test_knipperlichtendashboard_drempels(server, pagina, tmp_path):
    pagina.goto(f"{server}/voila/render/knipperlichten.ipynb", timeout=WACHT)
    pagina.wait_for_selector(".js-plotly-plot", timeout=WACHT)
    _wacht_op_titel(pagina, "Lichten per regel")
    samenvatting = pagina.locator(".widget-html", has_text="lichten branden")
    voor = samenvatting.inner_text()
    gevonden, verschil = _verwacht_in_het_dashboard()
    assert gevonden in voor
    balken = pagina.locator(".js-plotly-plot .barlayer .point").count()

    # de ruwe 90 %-regel aanzetten: meer lichten, meer valse alarmen, een extra staaf
    pagina.get_by_label("Lage aanwezigheid").check()
    pagina.wait_for_function(
        "v => [...document.querySelectorAll('.widget-html')]"
        ".some(e => e.innerText.includes('lichten branden') && e.innerText !== v)",
        arg=voor, timeout=WACHT)
    na = samenvatting.inner_text()
    assert na != voor and verschil in na
    pagina.wait_for_function(
        "n => document.querySelectorAll('.js-plotly-plot .barlayer .point').length > n",
        arg=balken, timeout=WACHT)
    pagina.screenshot(path=str(tmp_path / "knipperlichten.png"))
    assert not pagina.fouten, pagina.fouten


# -- toegankelijk en privé (WCAG 2.2 AA), op projectorformaat 1280 × 720 ---------------------

#: Zet deze variabele op een map om de schermafdrukken te bewaren (om ze te bekijken).
AFDRUKKEN = os.environ.get("SCHOOLDATA_SCHERMAFDRUKKEN")

_BEDIENING = (".widget-dropdown select, .widget-checkbox input, .widget-toggle-button, "
              ".widget-button, .noUi-handle")


def _afdruk(pagina, tmp_path, naam: str) -> None:
    for map_ in [tmp_path, *([Path(AFDRUKKEN)] if AFDRUKKEN else [])]:
        map_.mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=str(map_ / f"{naam}.png"))


def _grafieken_met_tekstalternatief(pagina) -> tuple[int, int]:
    """(aantal grafieken, aantal met role=img, een naam en een tabel eronder)."""
    pagina.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].every("
        "g => g.querySelector('svg.main-svg[role=img][aria-label]'))", timeout=WACHT)
    return pagina.evaluate(
        "() => { const g = [...document.querySelectorAll('.js-plotly-plot')];"
        " const alt = [...document.querySelectorAll('.sd-alt')];"
        " return [g.length, g.filter(x => { const s = x.querySelector('svg.main-svg[role=img]');"
        "  return s && s.getAttribute('aria-label').length > 10 && alt.some(a =>"
        "  x.compareDocumentPosition(a) & 4 && a.querySelector('table tbody tr')); }).length]; }")


def _werkbalk(pagina) -> list[dict]:
    """De knoppen van de plotly-werkbalk (titel en grootte), na het aanwijzen van de grafiek."""
    pagina.locator(".js-plotly-plot").first.hover()
    pagina.wait_for_selector(".modebar-btn", state="attached", timeout=WACHT)
    return pagina.evaluate(
        "() => [...document.querySelectorAll('.modebar-btn')].map(b => {"
        " const r = b.getBoundingClientRect();"
        " return {titel: b.getAttribute('data-title') || '', breedte: r.width, hoogte: r.height};"
        "})")


def _tabvolgorde(pagina, stappen: int = 90) -> tuple[set[int], int, list[str]]:
    """Druk Tab en noteer welke bedieningselementen focus krijgen en of die zichtbaar is."""
    pagina.evaluate(
        "sel => document.querySelectorAll(sel).forEach((e, i) => e.dataset.sdNr = i)",
        _BEDIENING)
    pagina.locator("body").click(position={"x": 2, "y": 2})
    bereikt: set[int] = set()
    onzichtbaar: list[str] = []
    for _ in range(stappen):
        pagina.keyboard.press("Tab")
        info = pagina.evaluate(
            "() => { const e = document.activeElement; if (!e || !e.dataset.sdNr) return null;"
            " const s = getComputedStyle(e);"
            " const zichtbaar = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
            "  || s.boxShadow !== 'none';"
            " return {nr: +e.dataset.sdNr, zichtbaar, tekst: (e.textContent ||"
            "  e.getAttribute('aria-label') || e.tagName).trim().slice(0, 40)}; }")
        if info:
            bereikt.add(info["nr"])
            if not info["zichtbaar"]:
                onzichtbaar.append(info["tekst"])
    totaal = pagina.evaluate(
        "sel => [...document.querySelectorAll(sel)].filter(e => e.offsetParent !== null).length",
        _BEDIENING)
    return bereikt, totaal, onzichtbaar


@pytest.fixture
def projector(chromium_browser):
    """Projectorformaat: 1280 × 720."""
    context, p = _pagina_met_fouten(chromium_browser, 1280, 720)
    yield p
    context.close()


def test_knipperlichten_toegankelijk_en_resultaat_zonder_scrollen(server, projector, tmp_path):
    bron = axe_js()
    pagina = projector
    pagina.goto(f"{server}/voila/render/knipperlichten.ipynb", timeout=WACHT)
    pagina.wait_for_selector(".js-plotly-plot", timeout=WACHT)
    _wacht_op_titel(pagina, "Lichten per regel")
    samenvatting = pagina.locator(".widget-html", has_text="lichten branden")
    voor = samenvatting.inner_text()
    assert "recall" not in voor.lower()

    # een vakje aanvinken: het resultaat verandert zichtbaar, zonder te scrollen
    pagina.get_by_label("Lage aanwezigheid").check()
    pagina.wait_for_function(
        "v => [...document.querySelectorAll('.widget-html')]"
        ".some(e => e.innerText.includes('lichten branden') && e.innerText !== v)",
        arg=voor, timeout=WACHT)
    vak = samenvatting.bounding_box()
    assert vak and vak["y"] >= 0 and vak["y"] + vak["height"] <= 720, vak
    assert _verwacht_in_het_dashboard()[1] in samenvatting.inner_text()
    _afdruk(pagina, tmp_path, "knipperlichten_1280x720")

    aantal, met_alt = _grafieken_met_tekstalternatief(pagina)
    assert aantal >= 1 and met_alt == aantal
    knoppen = _werkbalk(pagina)
    titels = [k["titel"] for k in knoppen]
    assert not [t for t in titels if "share" in t.lower() or "cloud" in t.lower()], titels
    assert "Download als afbeelding (PNG)" in titels, titels
    assert all(k["breedte"] >= 24 and k["hoogte"] >= 24 for k in knoppen), knoppen
    ernstige = ernstig(axe(pagina, bron))
    assert not ernstige, ernstige

    bereikt, totaal, onzichtbaar = _tabvolgorde(pagina)
    assert len(bereikt) == totaal, (len(bereikt), totaal)
    assert not onzichtbaar, onzichtbaar
    assert not pagina.fouten, pagina.fouten


def test_schooldashboard_toegankelijk(server, projector, tmp_path):
    bron = axe_js()
    pagina = projector
    pagina.goto(f"{server}/voila/render/schooldashboard.ipynb", timeout=WACHT)
    pagina.wait_for_selector(".js-plotly-plot", timeout=WACHT)
    _wacht_op_titel(pagina, "Gemiddelde punten per vak, klas")
    _afdruk(pagina, tmp_path, "schooldashboard_klas_1280x720")
    resultaten = {}
    for niveau, titel in (("Klas", "Gemiddelde punten per vak"), ("Leerjaar", "Attesten per klas"),
                          ("School", "Gemiddeld eindpercentage per schooljaar")):
        pagina.get_by_role("button", name=niveau, exact=True).click()
        _wacht_op_titel(pagina, titel)
        aantal, met_alt = _grafieken_met_tekstalternatief(pagina)
        assert aantal == 1 and met_alt == 1, niveau
        tabel = pagina.locator(".widget-html table").first.inner_text()
        for fout in ("<NA>", "True", "False", "NaN"):
            assert fout not in tabel, (niveau, fout)
        resultaten[niveau] = ernstig(axe(pagina, bron))
        _afdruk(pagina, tmp_path, f"schooldashboard_{niveau.lower()}_1280x720")
    assert not any(resultaten.values()), resultaten
    assert pagina.locator("a[download$='.html']", has_text="afdrukbare samenvatting").count() == 1
    titels = [k["titel"] for k in _werkbalk(pagina)]
    assert not [t for t in titels if "share" in t.lower() or "cloud" in t.lower()], titels

    bereikt, totaal, onzichtbaar = _tabvolgorde(pagina, stappen=40)
    assert len(bereikt) == totaal, (len(bereikt), totaal)
    assert not onzichtbaar, onzichtbaar
    assert not pagina.fouten, pagina.fouten


def test_dashboardlijst_offline_en_nederlands(server, projector):
    bron = axe_js()
    verzoeken: list[str] = []
    projector.on("request", lambda r: verzoeken.append(r.url))
    projector.goto(f"{server}/", timeout=WACHT)
    projector.wait_for_selector("text=Kies een dashboard", timeout=WACHT)
    assert projector.evaluate("() => document.documentElement.lang") == "nl"
    assert "Select items" not in projector.locator("body").inner_text()
    ernstige = ernstig(axe(projector, bron))
    assert not ernstige, ernstige
    projector.goto(f"{server}/voila/render/knipperlichten.ipynb", timeout=WACHT)
    projector.wait_for_selector(".js-plotly-plot", timeout=WACHT)
    extern = [u for u in verzoeken if not u.startswith((server, "data:", "blob:"))]
    assert not extern, f"de dashboards laden iets van buiten (offline faalt dat): {extern}"
