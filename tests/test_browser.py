"""De dashboards in een echte browser: Voilà serveert ze, headless Chromium opent ze.

We controleren wat een gebruiker ziet: de widgets en een plotly-grafiek verschijnen, een
keuze verandert de grafiek, en de rolkeuze verbergt wat een rol niet mag zien.
"""

from __future__ import annotations

import pytest
from browser_hulp import CURSUS, browser, voila

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


@pytest.fixture
def pagina(chromium_browser, tmp_path):
    context = chromium_browser.new_context(viewport={"width": 1300, "height": 1000})
    p = context.new_page()
    fouten: list[str] = []
    p.on("pageerror", lambda e: fouten.append(str(e)))
    p.fouten = fouten
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


def test_knipperlichtendashboard_drempels(server, pagina, tmp_path):
    pagina.goto(f"{server}/voila/render/knipperlichten.ipynb", timeout=WACHT)
    pagina.wait_for_selector(".js-plotly-plot", timeout=WACHT)
    _wacht_op_titel(pagina, "Lichten per regel")
    samenvatting = pagina.locator(".widget-html", has_text="lichten branden")
    voor = samenvatting.inner_text()
    assert "Gevonden: 53 van de 54" in voor
    balken = pagina.locator(".js-plotly-plot .barlayer .point").count()

    # de ruwe 90 %-regel aanzetten: meer lichten, meer valse alarmen, een extra staaf
    pagina.get_by_label("Lage aanwezigheid").check()
    pagina.wait_for_function(
        "v => [...document.querySelectorAll('.widget-html')]"
        ".some(e => e.innerText.includes('lichten branden') && e.innerText !== v)",
        arg=voor, timeout=WACHT)
    na = samenvatting.inner_text()
    assert na != voor
    pagina.wait_for_function(
        "n => document.querySelectorAll('.js-plotly-plot .barlayer .point').length > n",
        arg=balken, timeout=WACHT)
    pagina.screenshot(path=str(tmp_path / "knipperlichten.png"))
    assert not pagina.fouten, pagina.fouten
