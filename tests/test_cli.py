"""De opdrachtregel spreekt Nederlands, ook in de hulp en de foutmeldingen van argparse."""

from __future__ import annotations

import argparse

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
