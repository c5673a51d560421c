"""Tests voor schooldata_lit.checklist (de checklist databeleid)."""

import pytest

from schooldata_lit.checklist import PUNTEN, THEMAS, checklist, checklist_widget, samenvatting

# -- Inhoud ------------------------------------------------------------------------------


def test_codes_zijn_uniek_en_elk_thema_heeft_punten():
    codes = [p.code for p in PUNTEN]
    assert len(codes) == len(set(codes))
    assert set(THEMAS) == {p.thema for p in PUNTEN}
    assert all(len([p for p in PUNTEN if p.thema == t]) >= 2 for t in THEMAS)


def test_checklist_tabel():
    tabel = checklist()
    assert list(tabel["code"]) == [p.code for p in PUNTEN]
    assert tabel["waarom"].str.len().min() > 10


def test_bronnen_cijfers_staan_erin():
    tekst = " ".join(p.waarom for p in PUNTEN)
    assert "458 van de 1130" in tekst
    assert "1 op 4" in tekst
    assert "44 van de 75" in tekst

# -- Samenvatting ------------------------------------------------------------------------


def test_samenvatting_markdown_telt_en_lijst_werkpunten():
    tekst = samenvatting(["doel", "rollen"], {"Toegang en rollen": "  zie bijlage  "},
                         school="Sint-Gommaruscollege", datum="2026-02-10")
    assert tekst.startswith("# Databeleid – Sint-Gommaruscollege\n")
    assert "Datum: 2026-02-10" in tekst
    assert "2 van de 18 punten zijn geregeld" in tekst
    assert tekst.count("☑") == 2
    assert tekst.count("☐") == len(PUNTEN) - 2
    assert "*Afspraken en notities:* zie bijlage" in tekst
    werkpunten = tekst.split("## Werkpunten")[1]
    assert werkpunten.count("\n- ") == len(PUNTEN) - 2


def test_samenvatting_met_woordenboek_is_gelijk_aan_lijst():
    als_lijst = samenvatting(["visie"])
    als_woordenboek = samenvatting({"visie": True, "doel": False})
    assert als_lijst == als_woordenboek
    assert "1 van de 18 punten is geregeld" in als_lijst


def test_alles_afgevinkt():
    tekst = samenvatting([p.code for p in PUNTEN])
    assert "Alle punten zijn geregeld" in tekst


def test_html_ontsnapt_tekst():
    tekst = samenvatting([], {"Doel en visie": "<script>alert(1)</script>"},
                         school="A & B", formaat="html")
    assert "<script>" not in tekst
    assert "&lt;script&gt;" in tekst
    assert "<h1>Databeleid – A &amp; B</h1>" in tekst
    assert tekst.count("<h2>") == len(THEMAS) + 1


def test_leeg_notitieveld_verschijnt_niet():
    assert "Afspraken en notities" not in samenvatting([], {"Doel en visie": "   "})


@pytest.mark.parametrize(("argumenten", "fout", "boodschap"), [
    ({"afgevinkt": ["bestaat_niet"]}, ValueError, "bestaat_niet"),
    ({"afgevinkt": "doel"}, TypeError, "lijst codes"),
    ({"notities": {"Onbekend thema": "x"}}, ValueError, "Onbekend thema"),
    ({"formaat": "pdf"}, ValueError, "formaat"),
])
def test_foute_invoer(argumenten, fout, boodschap):
    with pytest.raises(fout, match=boodschap):
        samenvatting(**argumenten)


def test_invoer_blijft_ongewijzigd():
    vinkjes = {"doel": True}
    samenvatting(vinkjes)
    assert vinkjes == {"doel": True}

# -- Widget ------------------------------------------------------------------------------


def test_widget_volgt_de_vinkjes_en_notities():
    formulier = checklist_widget(school="Testschool")
    assert set(formulier.vinkjes) == {p.code for p in PUNTEN}
    assert set(formulier.notities) == set(THEMAS)
    formulier.vinkjes["inspraak"].value = True
    formulier.notities["Leerlingen en ouders"].value = "leerlingenraad bevragen"
    tekst = formulier.samenvatting()
    assert "# Databeleid – Testschool" in tekst
    assert "☑ Leerlingen hebben inspraak" in tekst
    assert "leerlingenraad bevragen" in tekst
    assert formulier.samenvatting("html").startswith("<h1>")
