"""De antwoordtabellen in lesgevers/ zijn bij: wat `schooldata-lit antwoordtabellen` nu uit
solutions/ en tests/foute_antwoorden/ zou maken. Snel: niets wordt uitgevoerd. Het antwoord in
de tabel wordt nagekeken met de sleutel (vingerafdruk) in de verborgen test van de oplossing;
de rest van de tabel (vraag, punten, typische fouten) wordt opnieuw gemaakt en vergeleken."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from schooldata_lit.oefeningen.antwoordtabellen import (
    BEGIN,
    EINDE,
    controleer_antwoordtabel,
    lesgeverbestand,
    vragen_van_opdracht,
)

CURSUS = Path(__file__).resolve().parents[1]
OPDRACHTEN = sorted(p.name for p in (CURSUS / "solutions").iterdir()
                    if p.is_dir() and not p.name.startswith((".", "_")))
HINT = ("voer `python3 cursus.py antwoordtabellen` uit (of met --hergebruik als enkel de "
        "vragen of de fixtures veranderden) en commit lesgevers/")


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_antwoordtabel_is_bij(opdracht):
    assert controleer_antwoordtabel(opdracht, CURSUS) == [], HINT


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_elke_vraag_staat_in_de_tabel_met_antwoord_of_beoordelingswijzer(opdracht):
    """Ook de later toegevoegde interpretatievragen; elke automatisch verbeterde vraag heeft
    een sleutel (of is het dataplan van 1.7) en een antwoord, elke denkvraag een
    beoordelingswijzer buiten de tabel."""
    tekst = lesgeverbestand(opdracht, CURSUS).read_text(encoding="utf-8")
    tabel = tekst[tekst.index(BEGIN):tekst.index(EINDE)]
    buiten = " ".join(tekst.replace(tabel, "").split()).lower()
    for vraag in vragen_van_opdracht(opdracht, CURSUS):
        regel = next(r for r in tabel.splitlines() if r.startswith(f"| {vraag.nummer}. "))
        if vraag.automatisch:
            assert vraag.sleutel or vraag.soort == "dataplan", (opdracht, vraag.grade_id)
            assert regel.split(" | ")[2].strip(), (opdracht, vraag.grade_id)
        else:
            assert "denkvraag" in regel
            assert f"vraag {vraag.nummer}" in buiten, (
                f"{opdracht}: geen beoordelingswijzer voor denkvraag {vraag.nummer}")


def _kopie(tmp_path: Path) -> Path:
    for map_ in ("solutions", "lesgevers", "tests/foute_antwoorden"):
        shutil.copytree(CURSUS / map_, tmp_path / map_)
    shutil.copy(CURSUS / "nbgrader_config.py", tmp_path)
    return tmp_path


def test_verouderd_antwoord_en_nieuwe_fout_worden_gezien(tmp_path):
    """Een antwoord dat niet meer bij de sleutel past, en een fixture met een nieuwe typische
    fout: allebei maken de tabel 'niet bij'."""
    kopie = _kopie(tmp_path)
    lesgever = kopie / "lesgevers" / "2.4_onderwijskwaliteit.md"
    tekst = lesgever.read_text(encoding="utf-8")
    antwoord = re.search(r"\| `(\d+\.\d)` \|", tekst)  # het eerste antwoord met één decimaal
    assert antwoord, "geen antwoord met één decimaal in de tabel van 2.4"
    verkeerd = f"| `{float(antwoord.group(1)) + 0.1:.1f}` |"
    lesgever.write_text(tekst.replace(antwoord.group(0), verkeerd, 1), encoding="utf-8")
    assert "past niet bij de sleutel" in controleer_antwoordtabel("2.4_onderwijskwaliteit",
                                                                  kopie)[0]
    lesgever.write_text(tekst, encoding="utf-8")
    assert controleer_antwoordtabel("2.4_onderwijskwaliteit", kopie) == []
    fixture = kopie / "tests" / "foute_antwoorden" / "2.4_onderwijskwaliteit.yaml"
    fixture.write_text(fixture.read_text(encoding="utf-8").replace(
        "het hoogste in plaats van het laagste jaar", "een nieuwe typische fout"),
        encoding="utf-8")
    assert "niet wat de bronnen nu geven" in controleer_antwoordtabel("2.4_onderwijskwaliteit",
                                                                      kopie)[0]


def test_hergebruik_voert_niets_uit_en_weigert_een_fout_antwoord(tmp_path):
    """`--hergebruik` voert niets uit: een tabel die bij is, blijft byte voor byte dezelfde, en
    een antwoord dat niet bij de sleutel past, wordt geweigerd in plaats van overgenomen."""
    from schooldata_lit.oefeningen.antwoordtabellen import schrijf_antwoordtabellen

    kopie = _kopie(tmp_path)
    lesgever = kopie / "lesgevers" / "2.4_onderwijskwaliteit.md"
    origineel = lesgever.read_text(encoding="utf-8")
    assert schrijf_antwoordtabellen(["2.4_onderwijskwaliteit"], hergebruik=True,
                                    cursusmap=kopie) == []
    assert lesgever.read_text(encoding="utf-8") == origineel
    # een verkeerd antwoord wordt niet hergebruikt
    lesgever.write_text(origineel.replace("| `11.9` |", "| `12.0` |"), encoding="utf-8")
    with pytest.raises(ValueError, match="past niet bij de sleutel"):
        schrijf_antwoordtabellen(["2.4_onderwijskwaliteit"], hergebruik=True, cursusmap=kopie)
    assert lesgever.read_text(encoding="utf-8") != origineel
