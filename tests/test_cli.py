"""De opdrachtregel spreekt Nederlands, ook in de hulp en de foutmeldingen van argparse."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from schooldata_lit.cli import main


def test_hulp_in_het_nederlands(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["importeer", "--help"])
    assert stop.value.code == 0
    uit = capsys.readouterr().out
    assert uit.startswith("gebruik: schooldata-lit importeer")
    assert "argumenten:" in uit and "opties:" in uit and "toon deze hulp en stop" in uit
    assert "usage" not in uit and "show this help" not in uit


@pytest.mark.parametrize(("argv", "verwacht"), [
    (["importeer", "x.csv"], "deze argumenten ontbreken: --soort, --uit"),
    (["bestaatniet"], "ongeldige keuze: 'bestaatniet'"),
    (["genereer", "--zaad", "abc"], "ongeldige waarde (int verwacht): 'abc'"),
])
def test_fouten_in_het_nederlands(capsys, argv, verwacht):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    fout = capsys.readouterr().err
    assert verwacht in fout and ": fout: " in fout


def test_argparse_blijft_daarna_ongewijzigd():
    vertaler = argparse._
    with pytest.raises(SystemExit):
        main(["bestaatniet"])
    assert argparse._ is vertaler


# ---------------------------------------------------------------------------------------------
# Uitvoer naar een programma dat vroeg stopt (| head -1): stil stoppen, geen traceback
# ---------------------------------------------------------------------------------------------

def _opdracht(*argv: str) -> list[str]:
    return [sys.executable, "-m", "schooldata_lit.cli", *argv]


def test_importeer_in_head_geeft_geen_traceback(tmp_path):
    """``schooldata-lit importeer ... | head -1``: head stopt na de eerste regel (de nieuwe
    sleutel), terwijl de import nog loopt; het verslag daarna gaat naar een gesloten pijp."""
    from schooldata_lit.importeren.voorbeeldexport import maak_voorbeeldexport

    export = tmp_path / "export"
    maak_voorbeeldexport(export)
    uit, sleutel = tmp_path / "uit", tmp_path / "sleutel.txt"
    # onbuffered: de eerste regel bereikt head vóór de import klaar is
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    programma = subprocess.Popen(
        _opdracht("importeer", str(export / "punten.csv"), "--soort", "punten", "--uit",
                  str(uit), "--sleutel", str(sleutel), "--maak-sleutel", "--koppeling",
                  str(export / "koppeling.yaml")),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    head = subprocess.Popen(["head", "-1"], stdin=programma.stdout, stdout=subprocess.PIPE)
    programma.stdout.close()  # enkel head leest nog
    eerste_regel, _ = head.communicate(timeout=300)
    fout = programma.stderr.read().decode()
    assert programma.wait(timeout=300) == 1, fout
    assert eerste_regel.decode().startswith("Nieuwe sleutel bewaard in"), eerste_regel
    assert "Traceback" not in fout and "BrokenPipeError" not in fout, fout
    assert fout == ""
    assert (uit / "resultaten.csv").is_file()  # de import zelf is wel volledig gebeurd


@pytest.mark.parametrize("argv", [
    ["--help"],
    ["importeer", "--help"],
    ["beschrijf", "resultaten"],
], ids=["hulp", "hulp-importeer", "beschrijf"])
def test_elke_opdracht_stopt_stil_bij_een_gesloten_pijp(tmp_path, argv):
    """De lezer is al weg vóór we iets schrijven: elke schrijfpoging geeft EPIPE. Gewone
    buffering (zoals in een terminal met ``| head``), dus ook het leegmaken bij het afsluiten
    moet stil blijven."""
    lees, schrijf = os.pipe()
    os.close(lees)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    try:
        klaar = subprocess.run(_opdracht(*argv), stdout=schrijf, stderr=subprocess.PIPE,
                               env=env, cwd=tmp_path, timeout=300)
    finally:
        os.close(schrijf)
    fout = klaar.stderr.decode()
    assert "Traceback" not in fout and "BrokenPipeError" not in fout, fout
    assert fout == ""
    assert klaar.returncode == 1
