"""Elke grafiek: privé (geen deelknop), Nederlands en toegankelijk (issue 18).

De browsertests (test_browser.py, test_website.py) controleren wat een gebruiker ziet; hier
controleren we de bouwstenen zonder browser.
"""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio
import pytest

import schooldata_lit as sd
from schooldata_lit import grafieken, toegankelijk
from schooldata_lit.toegankelijk import (
    PLOTLY_INSTELLINGEN,
    nette_tabel,
    tekstalternatief,
    toelichting_html,
)


def test_geen_deelknop_in_elke_plotly_weergave():
    assert PLOTLY_INSTELLINGEN["showSendToCloud"] is False
    assert PLOTLY_INSTELLINGEN["displaylogo"] is False
    assert "sendDataToCloud" in PLOTLY_INSTELLINGEN["modeBarButtonsToRemove"]
    for naam in ("plotly_mimetype", "notebook", "notebook_connected", "jupyterlab"):
        assert pio.renderers[naam].config["showSendToCloud"] is False, naam
    bundel = pio.renderers["plotly_mimetype"].to_mimebundle(go.Figure().to_dict())
    config = bundel["application/vnd.plotly.v1+json"]["config"]
    assert config["locale"] == "nl" and config["showSendToCloud"] is False
    woorden = config["locales"]["nl"]["dictionary"]
    assert woorden["Download plot as a PNG"] == "Download als afbeelding (PNG)"


def test_tekstalternatief_komt_na_elke_getoonde_grafiek(monkeypatch):
    # zoals in een notebook (ipykernel kiest plotly_mimetype): activeer voegt het blok toe
    oud = pio.renderers.default
    try:
        pio.renderers.default = "plotly_mimetype"
        toegankelijk.activeer()
        assert pio.renderers.default == f"plotly_mimetype+{toegankelijk.RENDERER}"
    finally:
        pio.renderers.default = oud
    fig = go.Figure(go.Bar(x=["1A", "1B"], y=[4, 9]), layout={"title": "Afwezigheden"})
    blok = toelichting_html(fig)
    assert blok == toelichting_html(fig), "zelfde figuur, zelfde bytes (nbval, reproduceerbaar)"
    for stuk in ("Boodschap van de grafiek", "<details>", "<table>", "<th scope=\"col\">",
                 "Download als tabel (CSV)", "data:text/csv", "role','img'", "aria-label"):
        assert stuk in blok, stuk


def test_binaire_reeksen_van_plotly_worden_gelezen():
    import numpy as np

    fig = go.Figure(go.Bar(x=np.array([1, 2, 3]), y=np.array([0.5, 1.5, 2.5])))
    assert tekstalternatief(fig)["tabel"]["rijen"] == [[1, 0.5], [2, 1.5], [3, 2.5]]


def test_nette_tabel_voor_leerkrachten():
    import pandas as pd

    t = pd.DataFrame({"aandeel": [0.625, None], "onderdrukt": [True, False],
                      "gemiddelde": [66.94, float("nan")],
                      "aantal": pd.array([None, 3], dtype="Int64")})
    tekst = nette_tabel(t).to_string()
    for fout in ("True", "False", "<NA>", "NaN", "0.625", "66.94"):
        assert fout not in tekst
    assert "62,5 %" in tekst and "66,9" in tekst and "ja" in tekst and "—" in tekst


def test_lijsten_in_een_tabel_als_nederlandse_opsomming():
    """Een kolom met Python-lijsten (bv. thema's per antwoord) toont geen ['a', 'b']."""
    import pandas as pd

    from schooldata_lit import open_antwoorden as oa
    from schooldata_lit.toegankelijk import Opsomming, opsomming

    t = pd.DataFrame({"themas": [["privacy", "duidelijkheid", "motivatie"], ("privacy",), [],
                                 {"b", "a"}],
                      "cijfers": [[1.25, 3], [], [True], [None]]})
    tabel = nette_tabel(t)
    assert list(tabel["themas"]) == ["privacy, duidelijkheid en motivatie", "privacy", "—",
                                     "a en b"]
    assert list(tabel["cijfers"]) == ["1,2 en 3", "—", "ja", "—"]
    tekst = tabel.to_string() + tabel.to_html()
    for fout in ("[", "]", "'", "&#x27;"):
        assert fout not in tekst, f"{fout!r} in {tekst}"
    assert opsomming(["a", "b"]) == "a en b"
    # de antwoorden zonder thema (2.2): een gewone lijst, getoond als opsomming
    rest = oa.niet_gecodeerd(oa.codeer_antwoorden(["privacy", "weet ik niet", "<niks>"]))
    assert isinstance(rest, Opsomming) and rest == ["weet ik niet", "<niks>"]
    assert rest._repr_html_() == ('<ul class="sd-opsomming"><li>weet ik niet</li>'
                                  "<li>&lt;niks&gt;</li></ul>")


@pytest.fixture(scope="module")
def attesten():
    return sd.laad_dataset("attesten")


def test_attesten_over_jaren_toont_het_gat_van_4bor(attesten):
    fig = grafieken.attesten_per_groep(attesten[attesten["klas"] == "4BOR"], groep="schooljaar",
                                       schooljaar="alle")
    labels = list(fig.data[0].y)
    assert "2021-2022 (geen gegevens)" in labels
    assert labels.index("2021-2022 (geen gegevens)") == 2, "op zijn plaats in de tijd"
    assert "2021-2022" in fig.layout.title.subtitle.text
    assert "geen gegevens" in tekstalternatief(fig)["lang"]


def test_te_kleine_foutbalken_worden_vermeld():
    fig = grafieken.trend_over_jaren(sd.laad_dataset("jaarresultaten"), "eindpercentage")
    assert "zo klein dat ze" in fig.layout.title.subtitle.text
    assert fig.layout.yaxis.rangemode == "tozero"
    tekst = tekstalternatief(fig)
    assert tekst["kort"].startswith("Gemiddelde eindpercentage per schooljaar: van 67,0")
    assert len(tekst["tabel"]["rijen"]) == 7


def test_elke_grafiekfunctie_heeft_een_tekstalternatief(attesten):
    resultaten = sd.laad_dataset("resultaten")
    figuren = {
        "attesten_per_groep": grafieken.attesten_per_groep(attesten),
        "trend_over_jaren": grafieken.trend_over_jaren(attesten, "attest", gelijk_aan="C"),
        "voortgang_leerling": grafieken.voortgang_leerling(resultaten, "L01181"),
        "afwijking_per_maand": grafieken.afwijking_per_maand(resultaten, "L01181"),
        "knipperlichten_overzicht": grafieken.knipperlichten_overzicht(sd.knipperlichten()),
    }
    for naam, fig in figuren.items():
        tekst = tekstalternatief(fig)
        assert len(tekst["kort"]) > 15 and len(tekst["lang"]) > 30, naam
        assert tekst["tabel"]["rijen"], naam


def test_themagrafiek_gesorteerd_en_citaten_volledig():
    from schooldata_lit import open_antwoorden as oa

    gecodeerd = oa.codeer_antwoorden(oa.open_antwoorden_bron("leerlingen"))
    fig = oa.themagrafiek(oa.telling_per_thema(gecodeerd))
    y, x = list(fig.data[0].y), list(fig.data[0].x)
    assert y[0] == "niet gecodeerd", "niet gecodeerd staat onderaan (plotly tekent van onder)"
    assert x[1:] == sorted(x[1:]), "de thema's van weinig (onder) naar veel (boven)"
    citaten = oa.citaten_per_thema(gecodeerd, aantal=2)
    html = citaten._repr_html_()
    assert "…" not in html and "text-align:left" in html
    for citaat in citaten["citaat"]:
        assert citaat in repr(citaten) or len(citaat) > 0
        assert f"“{citaat}”".replace("&", "&amp;")[:20] in html.replace("&#x27;", "'")[:100000]
    assert "[" not in repr(citaten) and "…" not in repr(citaten)


def test_afwijking_per_maand_korte_astitel_en_waarden():
    fig = grafieken.afwijking_per_maand(sd.laad_dataset("resultaten"), "L01181")
    assert len(fig.layout.yaxis.title.text) <= 25
    assert fig.data[0].text and "trend" in tekstalternatief(fig)["kort"]


def test_toonmoment_herhaalt_geen_titels_en_heeft_geen_deelknop():
    import json
    import re

    from schooldata_lit.verslag import Onderdeel, bouw_verslag, met_boodschap

    fig = met_boodschap(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), "Boodschap X",
                        "vorige jaren: telkens 2")
    tekst = bouw_verslag("Toonmoment", [Onderdeel("Boodschap X", fig,
                                                  {"n": "20", "periode": "2025-2026",
                                                   "vergelijking": "vorige jaren: telkens 2"})],
                         plotlyjs="cdn")
    figuur = json.loads(re.search(r'Plotly\.newPlot\(\s*"grafiek-1",\s*(\[.*?\]),\s*(\{.*?\}),'
                                  r'\s*(\{.*?\})\s*\)', tekst, re.S).group(2))
    assert not figuur.get("title", {}).get("text"), "de kop van het onderdeel is de titel al"
    assert tekst.count("<h2>") == 1 and "Boodschap van de grafiek" in tekst
    assert '"showSendToCloud": false' in tekst or '"showSendToCloud":false' in tekst
