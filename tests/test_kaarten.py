"""Gesprekskaarten: de vastgelegde HTML en Markdown zijn exact wat de module nu maakt."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from schooldata_lit.kaarten import (
    PER_BLAD,
    REEKSEN,
    gesprekskaarten,
    gesprekskaarten_html,
    gesprekskaarten_markdown,
    maak_gesprekskaarten,
)
from schooldata_lit.kern.bronnen import STELLINGEN_LEERKRACHTEN, STELLINGEN_LEERLINGEN

LESGEVERS = Path(__file__).resolve().parent.parent / "lesgevers"
WORKSHOPVRAGEN = (  # de discussievragen van de workshop in de bron (tabel 1)
    "Wat vind je het voordeel van een systeem als Smartschool Analytics?",
    "Zou je het zelf willen gebruiken?",
    "Zou je willen dat je leerkrachten het gebruiken?",
    "Vind je dat jouw data privé moet blijven?",
)


@pytest.fixture(scope="module")
def vastgelegd_html() -> str:
    return (LESGEVERS / "gesprekskaarten_afdrukken.html").read_text(encoding="utf-8")


def test_html_is_actueel(vastgelegd_html):
    assert vastgelegd_html == gesprekskaarten_html(), (
        "lesgevers/gesprekskaarten_afdrukken.html is verouderd: maak het opnieuw met "
        "maak_gesprekskaarten('lesgevers/gesprekskaarten_afdrukken.html').")


def test_markdown_is_actueel():
    vastgelegd = (LESGEVERS / "gesprekskaarten.md").read_text(encoding="utf-8")
    assert vastgelegd == gesprekskaarten_markdown(), (
        "lesgevers/gesprekskaarten.md is verouderd: maak het opnieuw met "
        "maak_gesprekskaarten('lesgevers/gesprekskaarten.md').")


def test_elke_stelling_en_vraag_staat_erin(vastgelegd_html):
    md = (LESGEVERS / "gesprekskaarten.md").read_text(encoding="utf-8")
    for tekst in (*STELLINGEN_LEERKRACHTEN, *STELLINGEN_LEERLINGEN, *WORKSHOPVRAGEN):
        assert html.escape(tekst) in vastgelegd_html, tekst
        assert tekst in md, tekst
    for kaart in gesprekskaarten():
        assert html.escape(kaart.tekst) in vastgelegd_html
        assert html.escape(kaart.doorvraag) in vastgelegd_html


def test_een_kaart_per_stelling_en_vier_per_blad(vastgelegd_html):
    kaarten = gesprekskaarten()
    for groep, stellingen in (("leerkrachten", STELLINGEN_LEERKRACHTEN),
                              ("leerlingen", STELLINGEN_LEERLINGEN)):
        teksten = [k.tekst for k in kaarten if k.reeks == groep]
        assert all(teksten.count(s) == 1 for s in stellingen)
    for reeks in REEKSEN:
        assert sum(k.reeks == reeks for k in kaarten) % PER_BLAD == 0, reeks
    bladen = re.findall(r'<section class="blad".*?</section>', vastgelegd_html, re.S)
    assert len(bladen) == len(kaarten) // PER_BLAD
    assert all(blad.count('<article class="kaart"') == PER_BLAD for blad in bladen)


def test_afdrukbaar(vastgelegd_html):
    assert "@media print" in vastgelegd_html
    assert "size: A4" in vastgelegd_html
    assert "<script" not in vastgelegd_html and "http" not in vastgelegd_html
    assert "nameting" in vastgelegd_html.lower()
    assert "Spiegelkaart" in vastgelegd_html


def test_echte_cijfers_met_bron():
    kaart = next(k for k in gesprekskaarten() if k.reeks == "leerkrachten" and k.nummer == 6)
    assert "15 (helemaal) eens · 9 neutraal · 9 (helemaal) oneens" in kaart.uitslag
    eerste = next(k for k in gesprekskaarten() if k.reeks == "leerkrachten" and k.nummer == 1)
    assert "samen 32" in eerste.uitslag  # de bron telt niet op tot 33: we zeggen het erbij
    assert all(k.bron for k in gesprekskaarten())


def test_maak_gesprekskaarten(tmp_path):
    pad = maak_gesprekskaarten(tmp_path / "sub" / "kaarten.html")
    assert pad.read_bytes() == gesprekskaarten_html().encode("utf-8")
    assert b"\r\n" not in pad.read_bytes()
    assert maak_gesprekskaarten(tmp_path / "k.md").read_text(encoding="utf-8") \
        == gesprekskaarten_markdown()
    with pytest.raises(ValueError, match=r"\.html"):
        maak_gesprekskaarten(tmp_path / "kaarten.pdf")
    assert gesprekskaarten_html() == gesprekskaarten_html()
