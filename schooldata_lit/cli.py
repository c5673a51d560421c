"""De opdrachtregel `schooldata-lit`.

    schooldata-lit genereer --zaad 2026 --map datasets [--scholen N]
    schooldata-lit datawoordenboek [--map datasets]   # schrijft datasets/README.md opnieuw
    schooldata-lit beschrijf resultaten
    schooldata-lit oefeningen                         # exercises/ opnieuw uit solutions/
    schooldata-lit importeer punten.csv --soort punten --uit MAP --sleutel PAD
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _genereer(args: argparse.Namespace) -> int:
    from .datawoordenboek import schrijf_datawoordenboek
    from .generator import genereer

    begin = time.perf_counter()
    paden = genereer(zaad=args.zaad, map=args.map, scholen=args.scholen)
    if args.scholen == 1:
        schrijf_datawoordenboek(Path(args.map), zaad=args.zaad)
    duur = time.perf_counter() - begin
    print(f"{len(paden)} bestanden geschreven in {args.map} ({duur:.1f} s).")
    return 0


def _datawoordenboek(args: argparse.Namespace) -> int:
    from .datawoordenboek import schrijf_datawoordenboek

    pad = schrijf_datawoordenboek(Path(args.map), zaad=args.zaad)
    print(f"Geschreven: {pad}")
    return 0


def _beschrijf(args: argparse.Namespace) -> int:
    from .data import beschrijf_dataset

    try:
        beschrijving = beschrijf_dataset(args.naam, map=args.map)
    except ValueError as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    print(beschrijving.attrs["titel"], end="\n\n")
    print(beschrijving.to_string())
    return 0


def _oefeningen(args: argparse.Namespace) -> int:
    from .oefeningen import maak_oefeningen

    maak_oefeningen(args.opdrachten or None)
    return 0


def maak_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="schooldata-lit",
        description="Hulpmiddelen bij de cursus datageletterdheid op school.")
    sub = parser.add_subparsers(dest="opdracht", required=True, metavar="OPDRACHT")

    p = sub.add_parser("genereer", help="genereer de datasets van de verzonnen school")
    p.add_argument("--zaad", type=int, default=2026, help="zaad (seed) voor het toeval")
    p.add_argument("--map", default="datasets", help="map waarin de CSV-bestanden komen")
    p.add_argument("--scholen", type=int, default=1,
                   help="aantal scholen (scholengemeenschap), elk in een eigen submap")
    p.set_defaults(functie=_genereer)

    p = sub.add_parser("datawoordenboek", help="schrijf datasets/README.md opnieuw")
    p.add_argument("--map", default="datasets")
    p.add_argument("--zaad", type=int, default=2026)
    p.set_defaults(functie=_datawoordenboek)

    p = sub.add_parser("beschrijf", help="beschrijf een dataset (kolommen, betekenis)")
    p.add_argument("naam")
    p.add_argument("--map", default=None)
    p.set_defaults(functie=_beschrijf)

    p = sub.add_parser("oefeningen", help="maak exercises/ opnieuw uit solutions/ (nbgrader)")
    p.add_argument("opdrachten", nargs="*", help="enkel deze opdrachten (standaard: alle)")
    p.set_defaults(functie=_oefeningen)

    from .importeren import voeg_opdracht_toe

    voeg_opdracht_toe(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = maak_parser().parse_args(argv)
    if getattr(args, "scholen", 1) < 1:
        print("Fout: --scholen moet minstens 1 zijn.", file=sys.stderr)
        return 2
    return args.functie(args)


if __name__ == "__main__":
    sys.exit(main())
