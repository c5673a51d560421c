"""De opdrachtregel `schooldata-lit`.

    schooldata-lit genereer --map datasets [--zaad Z] [--scholen N]
    schooldata-lit datawoordenboek [--map datasets]   # schrijft datasets/README.md opnieuw
    schooldata-lit beschrijf resultaten
    schooldata-lit oefeningen                         # exercises/ opnieuw uit solutions/
    schooldata-lit controleer exercises/00_kennismaking/opdracht_00_kennismaking.ipynb
    schooldata-lit antwoordtabellen [--hergebruik]    # de antwoordtabellen in lesgevers/
    schooldata-lit importeer punten.csv --soort punten --uit MAP --sleutel PAD
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: De vaste teksten van argparse (hulp en foutmeldingen), in het Nederlands.
_VERTALING = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s verwacht): %(value)r",
    "expected one argument": "verwacht één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
}


@contextmanager
def _in_het_nederlands() -> Iterator[None]:
    """Laat argparse zijn vaste teksten in het Nederlands geven (enkel tijdens `main`)."""
    origineel = argparse._
    argparse._ = lambda tekst: _VERTALING.get(tekst, origineel(tekst))
    try:
        yield
    finally:
        argparse._ = origineel


def _genereer(args: argparse.Namespace) -> int:
    from .generator import genereer
    from .kern.datawoordenboek import schrijf_datawoordenboek

    begin = time.perf_counter()
    paden = genereer(zaad=args.zaad, map=args.map, scholen=args.scholen)
    if args.scholen == 1:
        schrijf_datawoordenboek(Path(args.map), zaad=args.zaad)
    duur = time.perf_counter() - begin
    print(f"{len(paden)} bestanden geschreven in {args.map} ({duur:.1f} s).")
    return 0


def _datawoordenboek(args: argparse.Namespace) -> int:
    from .kern.datawoordenboek import schrijf_datawoordenboek

    pad = schrijf_datawoordenboek(Path(args.map), zaad=args.zaad)
    print(f"Geschreven: {pad}")
    return 0


def _beschrijf(args: argparse.Namespace) -> int:
    from .kern.data import beschrijf_dataset

    try:
        beschrijving = beschrijf_dataset(args.naam, map=args.map)
    except ValueError as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    print(beschrijving.attrs["titel"], end="\n\n")
    print(beschrijving.to_string())
    return 0


def _controleer(args: argparse.Namespace) -> int:
    from .oefeningen.nakijken import nakijken, verslag_van_nakijken

    open_ = nakijken(args.notebook)
    print(verslag_van_nakijken(Path(args.notebook).name, open_))
    return 1 if open_ else 0


def _oefeningen(args: argparse.Namespace) -> int:
    from .oefeningen import maak_oefeningen

    maak_oefeningen(args.opdrachten or None)
    return 0


def _antwoordtabellen(args: argparse.Namespace) -> int:
    from .oefeningen.antwoordtabellen import schrijf_antwoordtabellen

    schrijf_antwoordtabellen(args.opdrachten or None, hergebruik=args.hergebruik)
    return 0


#: Hints voor wie Python gebruikt, vertaald naar de opdrachtregel.
_PYTHON_NAAR_OPDRACHTREGEL = [
    (r"[Mm]aak (?:er )?een(?: sleutel)? met maak_sleutel\(\)(?: en bewaar hem met "
     r"bewaar_sleutel\(\))?", "Maak een nieuw sleutelbestand met --maak-sleutel"),
    (r"bv\. een sleutel van maak_sleutel\(\)", "bv. een nieuw bestand met --maak-sleutel"),
    (r"[Mm]aak er een met schrijf_koppeling\(\)",
     "Kopieer voorbeelden/eigen_export/koppeling.yaml en pas het aan"),
    (r"bestaand='voeg_toe'", "--voeg-toe"), (r"bestaand='vervang'", "--vervang"),
    (r"schooljaar=\.\.\. of ", ""),
]


def _voor_de_opdrachtregel(tekst: str) -> str:
    """Geen Python-hints (``maak_sleutel()``) voor wie de opdrachtregel gebruikt."""
    import re

    for patroon, vervanging in _PYTHON_NAAR_OPDRACHTREGEL:
        tekst = re.sub(patroon, vervanging, tekst)
    tekst = re.sub(r" \(in Python: [^)]*\)", "", tekst)
    return tekst


def _in_git_map(pad: Path) -> bool:
    return any((map_ / ".git").exists() for map_ in pad.resolve().parents)


def _importeer(args: argparse.Namespace) -> int:
    """Voer ``schooldata-lit importeer`` uit; geeft de afsluitcode terug (0, 1 of 2)."""
    from .importeren import ImportFout, importeer
    from .importeren.uitvoeren import in_projectmap
    from .privacy import bewaar_sleutel, maak_sleutel

    try:
        if not args.sleutel:
            raise ImportFout("geef het sleutelbestand van je school op met --sleutel PAD (of "
                             "zet SCHOOLDATA_SLEUTEL). Nog geen sleutel? Voeg --maak-sleutel "
                             "toe; bewaar het bestand buiten de projectmap.")
        if args.vervang and args.voeg_toe:
            raise ImportFout("kies --vervang of --voeg-toe, niet allebei.")
        sleutelpad = Path(args.sleutel).expanduser()
        if not sleutelpad.exists():
            if not args.maak_sleutel:
                raise ImportFout(f"het sleutelbestand {sleutelpad} bestaat niet. Voeg "
                                 "--maak-sleutel toe om er een te maken (enkel de eerste keer: "
                                 "met een nieuwe sleutel krijg je andere pseudoniemen).")
            if sleutelpad.resolve().is_relative_to(Path(args.uit).resolve()):
                raise ImportFout("het sleutelbestand mag niet in de uitvoermap liggen.")
            if in_projectmap(sleutelpad) or _in_git_map(sleutelpad):
                raise ImportFout(f"het sleutelbestand zou in {sleutelpad.resolve().parent} "
                                 "komen: dat is de map van de cursus of een git-map, waar het "
                                 "mee gedeeld kan worden. Geef een volledig pad buiten de "
                                 "cursus op, bv. --sleutel ~/veilig/sleutel_school.txt.")
            bewaar_sleutel(maak_sleutel(), sleutelpad)
            print(f"Nieuwe sleutel bewaard in {sleutelpad}. Bewaar dit bestand veilig en "
                  "buiten de projectmap.")
        bestaand = "vervang" if args.vervang else "voeg_toe" if args.voeg_toe else "weiger"
        verslag = importeer(args.bestand, args.soort, args.uit, sleutelpad,
                            koppeling=args.koppeling, schooljaar=args.schooljaar,
                            blad=args.blad, bestaand=bestaand)
    except (ImportFout, FileNotFoundError, FileExistsError, ValueError, TypeError) as fout:
        tekst = _voor_de_opdrachtregel(str(fout))
        print(tekst if tekst.startswith("Fout") else f"Fout: {tekst}", file=sys.stderr)
        return 2
    except Exception as fout:  # nooit een traceback voor de gebruiker
        print(f"Fout: onverwachte fout bij het inlezen van {args.bestand} "
              f"({type(fout).__name__}: {fout}). Er is niets weggeschreven.", file=sys.stderr)
        return 2
    print(verslag.samenvatting())
    if len(verslag.waarschuwingen):
        print("\nWaarschuwingen (ingelezen, maar kijk ze na; alles staat in "
              f"{Path(args.uit) / 'verslag' / (verslag.tabelnaam + '_waarschuwingen.csv')}):")
        print(verslag.waarschuwingen.drop(columns="bestand").head(20).to_string(index=False))
    if verslag.afgewezen_rijen:
        print("\nAfgewezen rijen (het volledige rapport staat in "
              f"{Path(args.uit) / 'verslag' / (verslag.tabelnaam + '_afgewezen.csv')}):")
        print(verslag.afgewezen.drop(columns="bestand").head(20).to_string(index=False))
        return 1
    return 0


def maak_parser() -> argparse.ArgumentParser:
    from .kern import CURSUSZAAD

    parser = argparse.ArgumentParser(
        prog="schooldata-lit",
        description="Hulpmiddelen bij de cursus datageletterdheid op school.")
    sub = parser.add_subparsers(dest="opdracht", required=True, metavar="OPDRACHT")

    p = sub.add_parser("genereer", help="genereer de datasets van de verzonnen school")
    p.add_argument("--zaad", type=int, default=CURSUSZAAD,
                   help=f"zaad (seed) voor het toeval (standaard {CURSUSZAAD})")
    p.add_argument("--map", default="datasets", help="map waarin de CSV-bestanden komen")
    p.add_argument("--scholen", type=int, default=1,
                   help="aantal scholen (scholengemeenschap), elk in een eigen submap")
    p.set_defaults(functie=_genereer)

    p = sub.add_parser("datawoordenboek", help="schrijf datasets/README.md opnieuw")
    p.add_argument("--map", default="datasets")
    p.add_argument("--zaad", type=int, default=CURSUSZAAD)
    p.set_defaults(functie=_datawoordenboek)

    p = sub.add_parser("beschrijf", help="beschrijf een dataset (kolommen, betekenis)")
    p.add_argument("naam")
    p.add_argument("--map", default=None)
    p.set_defaults(functie=_beschrijf)

    p = sub.add_parser("oefeningen", help="maak exercises/ opnieuw uit solutions/ (nbgrader)")
    p.add_argument("opdrachten", nargs="*", help="enkel deze opdrachten (standaard: alle)")
    p.set_defaults(functie=_oefeningen)

    p = sub.add_parser(
        "controleer", help="kijk een opdracht na vóór je ze indient (wat staat nog open?)",
        description="Voert je opdracht uit zoals nbgrader ze valideert en zegt per vraag wat "
                    "nog open staat. Bewaar de notebook eerst. Geeft 0 als alles in orde is, "
                    "1 als er nog iets open staat.")
    p.add_argument("notebook", help="de notebook van de opdracht, bv. "
                                    "exercises/00_kennismaking/opdracht_00_kennismaking.ipynb")
    p.set_defaults(functie=_controleer)

    p = sub.add_parser(
        "antwoordtabellen",
        help="maak de antwoordtabellen in lesgevers/ opnieuw (uit solutions/ en de fixtures)",
        description="Voert de oplossingen uit en schrijft per opdracht de antwoordtabel "
                    "(vraag, punten, antwoord, typische fouten) in lesgevers/<opdracht>.md.")
    p.add_argument("opdrachten", nargs="*", help="enkel deze opdrachten (standaard: alle)")
    p.add_argument("--hergebruik", action="store_true",
                   help="niets uitvoeren: de antwoorden uit de huidige tabel hergebruiken "
                        "(enkel als ze nog bij de sleutels van de verborgen tests passen)")
    p.set_defaults(functie=_antwoordtabellen)

    from .importeren.verslag import SOORTEN

    p = sub.add_parser(
        "importeer", help="lees een export van je eigen school in (CSV of Excel)",
        description="Lees een export van je school in, valideer en pseudonimiseer ze. Geeft "
                    "0 als alles aanvaard is, 1 als er rijen afgewezen zijn, 2 bij een fout.")
    p.add_argument("bestand", help="de export (CSV of .xlsx)")
    p.add_argument("--soort", required=True, choices=list(SOORTEN), help="soort export")
    p.add_argument("--uit", required=True, help="uitvoermap (een datamap voor de cursus)")
    p.add_argument("--sleutel", default=os.environ.get("SCHOOLDATA_SLEUTEL"),
                   help="pad naar het sleutelbestand van je school, BUITEN de projectmap "
                        "(standaard: omgevingsvariabele SCHOOLDATA_SLEUTEL)")
    p.add_argument("--maak-sleutel", action="store_true",
                   help="maak een nieuw sleutelbestand als het nog niet bestaat")
    p.add_argument("--koppeling", help="koppelingsbestand (YAML) met de kolomnamen van je school")
    p.add_argument("--schooljaar", help="bv. 2025-2026 (standaard: uit de datums)")
    p.add_argument("--blad", help="werkblad in een Excel-bestand (standaard: het eerste)")
    p.add_argument("--voeg-toe", action="store_true",
                   help="de uitvoermap heeft deze tabel al: voeg de nieuwe rijen toe (wat er "
                        "al staat, komt er niet dubbel in)")
    p.add_argument("--vervang", action="store_true",
                   help="de uitvoermap heeft deze tabel al: vervang ze door deze export")
    p.set_defaults(functie=_importeer)
    return parser


def _veilige_uitvoer() -> None:
    """Een terminal die geen UTF-8 kent (Windows cp1252, of uitvoer naar een bestand): tekens
    die er niet in passen, worden vervangen in plaats van een fout te geven."""
    from contextlib import suppress

    for stroom in (sys.stdout, sys.stderr):
        if hasattr(stroom, "reconfigure"):
            with suppress(ValueError, OSError):  # een gesloten stroom
                stroom.reconfigure(errors="replace")


def _zwijg_na_gesloten_pijp() -> None:
    """De lezer van onze uitvoer is gestopt (bv. ``schooldata-lit ... | head -1``): stuur de
    rest van de uitvoer naar het niets, zodat Python bij het afsluiten niet nog eens probeert
    te schrijven en een traceback geeft (het recept uit de documentatie van Python, bij
    ``signal``: "Note on SIGPIPE")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # geen echte bestandsbeschrijver (bv. opgevangen in een test)
        pass
    finally:
        os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    """Voer de opdrachtregel uit; geeft de afsluitcode terug.

    Sluit het programma dat onze uitvoer leest vroeg af (``| head -1``), dan stoppen we stil
    met afsluitcode 1, zonder traceback.
    """
    _veilige_uitvoer()
    try:
        try:
            return _voer_uit(argv)
        finally:  # hier leegmaken (ook na --help), zodat een gesloten pijp opgevangen wordt
            sys.stdout.flush()
    except BrokenPipeError:
        _zwijg_na_gesloten_pijp()
        return 1


def _voer_uit(argv: list[str] | None) -> int:
    with _in_het_nederlands():
        args = maak_parser().parse_args(argv)
    if getattr(args, "scholen", 1) < 1:
        print("Fout: --scholen moet minstens 1 zijn.", file=sys.stderr)
        return 2
    return args.functie(args)


if __name__ == "__main__":
    sys.exit(main())
