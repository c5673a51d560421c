"""Tests voor schooldata_lit.verslag: boodschap, context, onzekerheid, controles en export."""

from __future__ import annotations

import builtins

import pandas as pd
import plotly.graph_objects as go
import pytest

from schooldata_lit import verslag as v
from schooldata_lit.verslag import (
    AfbeeldingNietGelukt,
    Onderdeel,
    bewaar_afbeelding,
    bouw_verslag,
    context_tekst,
    controleer_grafiek,
    controleer_verslag,
    exporteer_verslag,
    gemiddelde_met_onzekerheid,
    met_annotatie,
    met_boodschap,
    misleidende_en_eerlijke_as,
    periodeverschil,
)


@pytest.fixture
def staven():
    return go.Figure(go.Bar(x=["2024-2025", "2025-2026"], y=[12.0, 40.0]))


@pytest.fixture
def onderdeel(staven):
    fig = met_boodschap(staven, "Meer B- en C-attesten in 4BOR", "n = 20")
    return Onderdeel("Meer B- en C-attesten in 4BOR", fig,
                     {"n": "20 leerlingen", "periode": "2025-2026"})


# -- boodschap en context --------------------------------------------------------------------

def test_met_boodschap_verandert_origineel_niet(staven):
    nieuw = met_boodschap(staven, "  Boodschap ", "context")
    assert staven.layout.title.text is None
    assert nieuw.layout.title.text == "Boodschap"
    assert nieuw.layout.title.subtitle.text == "context"
    with pytest.raises(ValueError, match="leeg"):
        met_boodschap(staven, " ")
    with pytest.raises(TypeError, match="plotly"):
        met_boodschap("geen figuur", "x")


def test_met_annotatie_is_een_kopie(staven):
    nieuw = met_annotatie(staven, "2025-2026", 40, "8 van de 20")
    assert len(staven.layout.annotations) == 0
    assert nieuw.layout.annotations[0].text == "8 van de 20"


def test_context_tekst():
    assert context_tekst(n=1234) == "n = 1.234"
    assert context_tekst(periode=" ", bron="Skore") == "bron: Skore"


# -- onzekerheid -----------------------------------------------------------------------------

def test_gemiddelde_met_onzekerheid():
    s = gemiddelde_met_onzekerheid([1.0, 2.0, 3.0, None])
    assert s["n"] == 3 and s["gemiddelde"] == 2
    assert s["ondergrens"] == pytest.approx(2 - 4.3027 * 1 / 3**0.5, abs=1e-3)
    een = gemiddelde_met_onzekerheid([5])
    assert een["gemiddelde"] == 5 and pd.isna(een["ondergrens"])


def test_periodeverschil_op_de_cursusschool():
    import schooldata_lit as sd

    resultaten = sd.laad_dataset("resultaten")
    klein = periodeverschil(resultaten, "6LAT")  # valstrik kleine_klas
    assert klein["n"] == 2 and klein["verschil"] < -5
    assert klein["ondergrens"] < 0 < klein["bovengrens"]  # binnen het toeval
    groot = periodeverschil(resultaten, "5BOR1")  # naïef 'opvallend' (zie test_statistiek)
    assert groot["bovengrens"] < 0
    with pytest.raises(ValueError, match="Geen resultaten voor klas '9ZZZ'"):
        periodeverschil(resultaten, "9ZZZ")
    with pytest.raises(ValueError, match="kolom 'klas' ontbreekt"):
        periodeverschil(resultaten.drop(columns="klas"), "6LAT")


# -- grafieken en controles ------------------------------------------------------------------

def test_misleidende_en_eerlijke_as():
    t = pd.DataFrame({"jaar": ["a", "b"], "gem": [66.9, 62.8]})
    fig = misleidende_en_eerlijke_as(t, "jaar", "gem")
    assert tuple(fig.layout.yaxis.range) == (62, 68)
    assert tuple(fig.layout.yaxis2.range) == (0, 100)
    assert any("afgekapt" in o or "niet bij 0" in o for o in controleer_grafiek(fig))
    with pytest.raises(ValueError, match="'x' ontbreekt"):
        misleidende_en_eerlijke_as(t, "x", "gem")


def test_controleer_grafiek(staven):
    goed = met_boodschap(staven, "Boodschap")
    assert controleer_grafiek(goed) == []
    afgekapt = go.Figure(goed).update_yaxes(range=[10, 45])
    assert "niet bij 0" in controleer_grafiek(afgekapt)[0]
    rangschikking = met_boodschap(go.Figure(go.Bar(y=["L00042", "L01234"], x=[80, 60],
                                                   orientation="h")), "Top")
    assert "ranglijst" in controleer_grafiek(rangschikking)[0]
    rood_groen = met_boodschap(go.Figure(go.Bar(x=["a"], y=[1], marker_color="#FF0000")), "x")
    assert "#FF0000" in controleer_grafiek(rood_groen)[0]
    veel = met_boodschap(go.Figure([go.Scatter(y=[i]) for i in range(7)]), "x")
    assert "7 reeksen" in controleer_grafiek(veel)[0]
    with pytest.raises(TypeError):
        controleer_grafiek(None)


def test_controleer_verslag(onderdeel, staven):
    assert controleer_verslag([onderdeel]) == []
    assert controleer_verslag([]) == ["Het verslag heeft nog geen onderdelen."]
    slecht = Onderdeel("Boodschap", staven, "")
    opm = controleer_verslag([onderdeel, slecht])
    assert all(o.startswith("Onderdeel 2:") for o in opm)
    assert any("titel" in o for o in opm) and any("n (" in o for o in opm)
    with pytest.raises(TypeError, match="onderdeel 1"):
        controleer_verslag([staven])


# -- export ----------------------------------------------------------------------------------

def test_bouw_verslag_is_deterministisch_en_ontsnapt(onderdeel):
    a = bouw_verslag("Toon <moment>", [onderdeel, onderdeel], inleiding="a & b")
    assert a == bouw_verslag("Toon <moment>", [onderdeel, onderdeel], inleiding="a & b")
    assert "Toon &lt;moment&gt;" in a and "a &amp; b" in a
    assert a.count("<script type=\"text/javascript\">/**") <= 1  # plotly.js maar één keer
    assert "grafiek-1" in a and "grafiek-2" in a
    with pytest.raises(ValueError, match="plotlyjs"):
        bouw_verslag("x", [onderdeel], plotlyjs="geen")


def test_bewaar_afbeelding_zonder_kaleido(monkeypatch, tmp_path, onderdeel):
    echt = builtins.__import__

    def zonder_kaleido(naam, *args, **kwargs):
        if naam == "kaleido":
            raise ImportError("geen kaleido")
        return echt(naam, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", zonder_kaleido)
    with pytest.raises(AfbeeldingNietGelukt, match="kaleido"):
        bewaar_afbeelding(onderdeel.figuur, tmp_path / "x.png")
    uit = exporteer_verslag("Toonmoment", [onderdeel, onderdeel], tmp_path / "toon",
                            plotlyjs="cdn")
    assert uit.verslag.exists() and uit.afbeeldingen == []
    assert len(uit.meldingen) == 1 and "pip install kaleido" in uit.meldingen[0]


def test_exporteer_verslag_met_afbeelding(monkeypatch, tmp_path, onderdeel):
    def doe_alsof(fig, pad, breedte=1000, hoogte=600):
        pad.write_bytes(b"PNG")
        return pad

    monkeypatch.setattr(v, "bewaar_afbeelding", doe_alsof)
    uit = exporteer_verslag("T", [onderdeel], tmp_path / "toon", plotlyjs="cdn")
    assert [p.name for p in uit.afbeeldingen] == ["grafiek_1.png"] and uit.meldingen == []
    with pytest.raises(ValueError, match="geen onderdelen"):
        exporteer_verslag("T", [], tmp_path)


# -- verkenner -------------------------------------------------------------------------------

def test_klascijfer_zin_en_figuur():
    from schooldata_lit.verslag import klas_per_periode, klascijfer_verkenner, klascijfer_zin

    r = pd.DataFrame({"klas": "6X", "leerling_id": list("aabbcc"),
                      "periode": ["P1", "P4"] * 3, "score": [7, 5, 6, 6, 8, 6], "maximum": 10})
    zin = klascijfer_zin(r, "6X")
    assert "n = 3" in zin and "toeval" in zin and "Kleine groep" in zin
    assert "Kleine groep" not in klascijfer_zin(r, "6X", min_n=3)
    een = r[r["leerling_id"] == "a"]
    assert "geen interval" in klascijfer_zin(een, "6X")
    eerlijk, afgekapt = klas_per_periode(r, "6X"), klas_per_periode(r, "6X", afgekapt=True)
    assert tuple(eerlijk.layout.yaxis.range) == (0, 100)
    assert afgekapt.layout.yaxis.range[0] > 0
    assert controleer_grafiek(eerlijk) == []
    with pytest.raises(ValueError, match="9Z"):
        klas_per_periode(r, "9Z")
    widget = klascijfer_verkenner(r)
    keuze = widget.children[0].children[0]
    assert keuze.value == "6X"
    assert "n = 3" in widget.children[2].value
    keuze.value = "6X"
    widget.children[0].children[1].value = True
    assert len(widget.children[1].outputs) == 2  # de figuur en haar tekstalternatief
