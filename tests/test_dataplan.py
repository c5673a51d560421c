"""Tests voor schooldata_lit.dataplan: het kader, de controle, de export en het formulier."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from schooldata_lit.dataplan import (
    CASUSSEN,
    CYCLUS,
    KADER,
    MAX_BRONNEN,
    Dataplan,
    DataplanCanvas,
    bewaar_plan,
    controleer_plan,
    plan_als_html,
    plan_als_markdown,
    voorbeeldplan,
)
from schooldata_lit.kern.woordenboek import TABELLEN

VANDAAG = "2026-06-30"


@pytest.fixture
def plan():
    return voorbeeldplan()


# -- het kader ---------------------------------------------------------------------------

def test_cyclus_heeft_acht_stappen_in_volgorde():
    assert [s.nummer for s in CYCLUS] == list(range(1, 9))
    assert CYCLUS[0].naam == "Probleem" and CYCLUS[-1].naam == "Evaluatie"


def test_kader_volgt_het_bronmateriaal():
    assert list(KADER) == ["WE", "DIT", "EENS", "MOETEN", "BEKIJKEN"]
    assert KADER["EENS"][0] == "wanneer en waar"
    assert "Deliberatiecriteria onder de loep nemen" in KADER["DIT"][1]
    assert "Voor/na een klassenraad" in KADER["EENS"][1]


def test_casussen_gebruiken_bestaande_en_weinig_bronnen():
    for casus in CASUSSEN.values():
        assert casus.databronnen and len(casus.databronnen) <= MAX_BRONNEN, casus.titel
        assert all(b in TABELLEN for b in casus.databronnen), casus.titel


# -- controle ------------------------------------------------------------------------------

def test_voorbeeldplan_is_in_orde(plan):
    assert controleer_plan(plan, vandaag=VANDAAG) == []


def test_leeg_plan_krijgt_een_opmerking_per_ontbrekend_deel():
    opmerkingen = controleer_plan(Dataplan(), vandaag=VANDAAG)
    for deel in KADER:
        assert any(o.startswith(deel + " ") for o in opmerkingen), deel
    for woord in ("hypothese", "databron", "maatregel", "succescriterium", "evaluatiedatum"):
        assert any(woord in o.lower() for o in opmerkingen), woord


def test_criterium_zonder_getal_is_niet_meetbaar(plan):
    opmerkingen = controleer_plan(replace(plan, criterium="Minder C-attesten."), vandaag=VANDAAG)
    assert len(opmerkingen) == 1 and "niet meetbaar" in opmerkingen[0]


@pytest.mark.parametrize(("datum", "stukje"), [
    (None, "geen evaluatiedatum"), ("", "geen evaluatiedatum"),
    ("volgend jaar", "begrijp ik niet"), ("2025-01-01", "verleden")])
def test_evaluatiedatum(plan, datum, stukje):
    opmerkingen = controleer_plan(replace(plan, evaluatiedatum=datum), vandaag=VANDAAG)
    assert len(opmerkingen) == 1 and stukje in opmerkingen[0]


def test_evaluatiedatum_als_datum_en_datetime(plan):
    for datum in (dt.date(2027, 1, 1), dt.datetime(2027, 1, 1, 9, 0)):
        assert controleer_plan(replace(plan, evaluatiedatum=datum), vandaag=VANDAAG) == []


def test_te_veel_en_onbekende_bronnen(plan):
    veel = ("attesten", "resultaten", "afwezigheden", "platformactiviteit")
    opmerkingen = controleer_plan(replace(plan, databronnen=veel), vandaag=VANDAAG)
    assert len(opmerkingen) == 1 and "Begin klein" in opmerkingen[0]
    opmerkingen = controleer_plan(replace(plan, databronnen=("smartschool",)), vandaag=VANDAAG)
    assert len(opmerkingen) == 1 and "smartschool" in opmerkingen[0]


def test_gevoelige_bron_vraagt_privacyafspraak(plan):
    gevoelig = replace(plan, databronnen=("baso_fiches",), privacy="")
    opmerkingen = controleer_plan(gevoelig, vandaag=VANDAAG)
    assert len(opmerkingen) == 1 and "baso_fiches" in opmerkingen[0]
    assert controleer_plan(replace(gevoelig, privacy="enkel de zorgcoördinator"),
                           vandaag=VANDAAG) == []


def test_controle_verandert_het_plan_niet_en_weigert_iets_anders(plan):
    kopie = replace(plan)
    controleer_plan(plan, vandaag=VANDAAG)
    assert plan == kopie
    with pytest.raises(TypeError, match="Dataplan"):
        controleer_plan({"we": "x"})
    with pytest.raises(ValueError, match="geen datum"):
        controleer_plan(plan, vandaag="morgen")


# -- export --------------------------------------------------------------------------------

def test_markdown_en_html_bevatten_alle_delen(plan):
    md = plan_als_markdown(plan, vandaag=VANDAAG)
    htm = plan_als_html(plan, vandaag=VANDAAG)
    for deel in KADER:
        assert f"| {deel} |" in md and f"<th>{deel}</th>" in htm
    assert "12 %" in md and "2028-06-30" in md
    assert "Nog te doen" not in md and "Nog te doen" not in htm


def test_html_ontsnapt_tekst():
    htm = plan_als_html(Dataplan(titel="<script>", we="a & b"), vandaag=VANDAAG)
    assert "<script>" not in htm.split("</title>")[1]
    assert "a &amp; b" in htm and "Nog te doen" in htm


def test_bewaar_plan(tmp_path, plan):
    md = bewaar_plan(plan, tmp_path / "sub" / "plan.md", vandaag=VANDAAG)
    assert md.read_text(encoding="utf-8") == plan_als_markdown(plan, vandaag=VANDAAG)
    htm = bewaar_plan(plan, tmp_path / "plan.html", vandaag=VANDAAG)
    assert htm.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match=r"\.docx"):
        bewaar_plan(plan, tmp_path / "plan.docx")


# -- formulier -----------------------------------------------------------------------------

def test_canvas_geeft_het_plan_terug(plan):
    canvas = DataplanCanvas(plan)
    assert canvas.plan() == plan
    canvas.velden["criterium"].value = "beter"
    assert "niet meetbaar" in " ".join(controleer_plan(canvas.plan(), vandaag=VANDAAG))


def test_canvas_casus_vult_vraag_en_bronnen(tmp_path):
    canvas = DataplanCanvas(bestand=tmp_path / "x.md")
    canvas.casus.value = "BaSO-fiches"
    assert canvas.plan().databronnen == CASUSSEN["BaSO-fiches"].databronnen
    assert canvas.plan().dit == CASUSSEN["BaSO-fiches"].vraag
    canvas._bewaar()
    assert (tmp_path / "x.md").exists()
    canvas._toon()  # mag niet mislukken, ook met een onvolledig plan


def test_voorbeeldplan_volgt_de_bewijsregels(plan):
    """Geen vergelijking met het schoolgemiddelde; een basislijn over meerdere jaren en een
    vergelijkingsgroep, zodat regressie naar het gemiddelde het criterium niet alleen haalt."""
    assert "schoolgemiddelde" not in plan.hypothesen
    assert "basislijn" in plan.criterium and "vergelijkingsgroep" in plan.criterium
    assert "Regressie naar het gemiddelde" in plan.criterium
    assert "62 klassen" in plan.dit and "correctie" in plan.dit


def test_basislijn_van_het_voorbeeldplan_klopt_met_de_data():
    """De getallen in het voorbeeldplan komen uit de attesten van de cursusschool en stemmen
    overeen met attesten_per_klas (notebook 1.5)."""
    from schooldata_lit.indicatoren import attesten_per_klas
    from schooldata_lit.kern.data import laad_dataset
    from schooldata_lit.kern.statistiek import binomiaal_p

    a = laad_dataset("attesten")
    bor = a[(a["leerjaar"] == 4) & (a["studierichting"] == "Bedrijfsorganisatie")]
    eerder = bor[bor["schooljaar"].isin(["2022-2023", "2023-2024", "2024-2025"])]
    bc = int(eerder["attest"].isin(["B", "C"]).sum())
    assert (bc, len(eerder)) == (8, 69)
    p = binomiaal_p(10, 24, bc / len(eerder))
    assert 1 / 6000 < p < 1 / 5000  # "ongeveer 1 op 5 500"
    rij = attesten_per_klas(a, "2025-2026").set_index("klas").loc["4BOR"]
    assert round(rij["p_holm"], 2) == 0.01  # "ook na correctie opvallend (p ≈ 0,01)"
