"""Licentie en bronvermelding: LICENSE (MIT), LICENSE-inhoud.md (CC BY 4.0) en CITATION.cff.

CITATION.cff moet een geldig Citation File Format 1.2.0-bestand zijn: de verplichte sleutels,
datums als tekst (JJJJ-MM-DD), en bij elke referentie `type`, `title` en `authors`, met een
type uit de lijst van het CFF-schema 1.2.0.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

WORTEL = Path(__file__).resolve().parent.parent

# Toegelaten waarden voor `references[].type` in het schema van CFF 1.2.0.
CFF_REFERENTIETYPES = {
    "art", "article", "audiovisual", "bill", "blog", "book", "catalogue", "conference-paper",
    "conference", "data", "database", "dictionary", "edited-work", "encyclopedia",
    "film-broadcast", "generic", "government-document", "grant", "hearing", "historical-work",
    "legal-case", "legal-rule", "magazine-article", "manual", "map", "multimedia", "music",
    "newspaper-article", "pamphlet", "patent", "personal-communication", "proceedings",
    "report", "serial", "slides", "software-code", "software-container",
    "software-executable", "software-virtual-machine", "software", "sound-recording",
    "standard", "statute", "thesis", "unpublished", "video", "website",
}
PERSOON = {"family-names", "given-names", "name-particle", "name-suffix", "affiliation",
           "orcid", "email", "website", "alias", "address", "city", "country", "region",
           "post-code", "tel", "fax"}
DATUM = re.compile(r"^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$")
DOI = re.compile(r"^10\.\d{4,9}(\.\d+)?/[A-Za-z0-9:/_;\-\.\(\)\[\]\\]+$")


@pytest.fixture(scope="module")
def citatie() -> dict:
    return yaml.safe_load((WORTEL / "CITATION.cff").read_text(encoding="utf-8"))


def _controleer_auteurs(auteurs: list, waar: str) -> None:
    assert isinstance(auteurs, list) and auteurs, f"{waar}: 'authors' is een niet-lege lijst."
    for auteur in auteurs:
        assert isinstance(auteur, dict), f"{waar}: elke auteur is een persoon of een entiteit."
        if "name" in auteur:  # entiteit
            assert isinstance(auteur["name"], str) and auteur["name"].strip()
        else:  # persoon
            assert set(auteur) <= PERSOON, f"{waar}: onbekende sleutels {set(auteur) - PERSOON}."
            assert auteur.get("family-names") or auteur.get("given-names")


def test_citation_verplichte_sleutels(citatie):
    for sleutel in ("cff-version", "message", "title", "authors"):
        assert sleutel in citatie, f"CITATION.cff mist de verplichte sleutel {sleutel!r}."
    assert citatie["cff-version"] == "1.2.0"
    assert citatie["type"] == "software"
    assert citatie["license"] == "MIT"
    assert str(citatie["version"]) == "1.0.0"
    assert isinstance(citatie["date-released"], str), "Zet date-released tussen aanhalingstekens."
    assert DATUM.match(citatie["date-released"])
    assert citatie["date-released"] == "2026-11-25"
    assert citatie["authors"] == [{"name": "De makers van schooldata-lit"}]
    assert citatie["abstract"].strip() and citatie["keywords"]


def test_citation_referenties(citatie):
    referenties = citatie["references"]
    assert len(referenties) >= 3
    for ref in referenties:
        waar = f"referentie {ref.get('title')!r}"
        for sleutel in ("type", "title", "authors"):
            assert sleutel in ref, f"{waar} mist {sleutel!r}."
        assert ref["type"] in CFF_REFERENTIETYPES, f"{waar}: type {ref['type']!r} bestaat niet."
        _controleer_auteurs(ref["authors"], waar)
        if "doi" in ref:
            assert DOI.match(ref["doi"]), f"{waar}: doi zonder https://doi.org/ ervoor."
        if "year" in ref:
            assert isinstance(ref["year"], int)
        for entiteit in ("publisher", "location", "institution", "conference"):
            if entiteit in ref:
                assert isinstance(ref[entiteit], dict) and ref[entiteit].get("name")
    titels = " | ".join(ref["title"] for ref in referenties)
    assert "Schooldata: meten, weten en de volgende stap vergeten?" in titels
    assert "Smartschool Analytics" in titels
    uci = [ref for ref in referenties if ref.get("doi") == "10.24432/C5TG7T"]
    assert uci and uci[0]["license"] == "CC-BY-4.0"
    assert any("Cortez" in str(ref["authors"]) and "Silva" in str(ref["authors"])
               for ref in referenties)


def test_licentiebestanden():
    mit = (WORTEL / "LICENSE").read_text(encoding="utf-8")
    assert mit.startswith("MIT License")
    assert "Copyright (c) 2026 de makers van schooldata-lit" in mit
    assert "Permission is hereby granted, free of charge" in mit
    inhoud = (WORTEL / "LICENSE-inhoud.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in inhoud
    assert "Creative Commons Naamsvermelding 4.0 Internationaal" in inhoud
    assert "https://creativecommons.org/licenses/by/4.0/legalcode.nl" in inhoud
    assert "MIT" in inhoud
