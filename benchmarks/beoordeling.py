"""Hoe lang duurt het verbeteren van elke opdracht in de tests, en wat wordt er verbeterd?

    python3 cursus.py shell python benchmarks/beoordeling.py [opdracht ...]

Geeft alle opdrachten één keer vrij (zoals tests/test_beoordeling.py per testproces) en meet
per opdracht:
- het aantal vragen, foute varianten (fout antwoord, overgenomen voorbeeld, lus, uitzondering)
  en juiste antwoorden in een andere vorm;
- de tijd van nbgrader (autograde + feedback voor oplossing, blanco en de ronde);
- de tijd van de snelle proef (elke variant apart, een fork per variant);
- de processortijd van alles samen (de kernels en forks inbegrepen).
Schrijft een Markdown-tabel naar `benchmarks/resultaten/beoordeling.md`.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent / "tests"))

from beoordeling_hulp import (  # noqa: E402
    Beoordeling,
    maak_lokmap,
    opdrachten,
    vrijgeven,
)

UIT = HIER / "resultaten" / "beoordeling.md"


def processortijd() -> float:
    eigen = resource.getrusage(resource.RUSAGE_SELF)
    kinderen = resource.getrusage(resource.RUSAGE_CHILDREN)
    return eigen.ru_utime + eigen.ru_stime + kinderen.ru_utime + kinderen.ru_stime


def main(gekozen: list[str]) -> None:
    gekozen = gekozen or opdrachten()
    tmp = Path(tempfile.mkdtemp(prefix="beoordeling_"))
    begin, cpu = time.perf_counter(), processortijd()
    werkmap = vrijgeven(tmp / "cursus", opdrachten())
    print(f"vrijgeven van {len(opdrachten())} opdrachten: {time.perf_counter() - begin:.1f} s "
          f"(cpu {processortijd() - cpu:.1f} s)")
    lokmap = maak_lokmap(tmp / "lokdata")
    rijen = []
    for opdracht in gekozen:
        begin, cpu = time.perf_counter(), processortijd()
        b = Beoordeling(opdracht, werkmap).voer_uit(lokmap)
        wand, cpu = time.perf_counter() - begin, processortijd() - cpu
        varianten = b.varianten()
        fout = sum(v.is_fout for v in varianten)
        anders = len(varianten) - fout
        rijen.append((opdracht, len(b.vragen()), fout, anders, b.duur_s, b.duur_proef_s, wand, cpu))
        print(f"{opdracht:<36} vragen {len(b.vragen())}  fout {fout:>2}  anders {anders:>2}  "
              f"nbgrader {b.duur_s:5.1f} s  proef {b.duur_proef_s:5.1f} s  "
              f"samen {wand:5.1f} s  cpu {cpu:5.1f} s")
    UIT.parent.mkdir(exist_ok=True)
    regels = ["| opdracht | vragen | foute varianten | juist in andere vorm "
              "| nbgrader autograde (s) | snelle proef (s) | samen (s) | processortijd (s) |",
              "|---" * 8 + "|"]
    regels += [f"| {o} | {v} | {f} | {a} | {n:.1f} | {p:.1f} | {w:.1f} | {c:.1f} |"
               for o, v, f, a, n, p, w, c in rijen]
    tot = [sum(r[i] for r in rijen) for i in range(1, 8)]
    regels.append(f"| **samen** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]:.1f} | {tot[4]:.1f} "
                  f"| {tot[5]:.1f} | {tot[6]:.1f} |")
    UIT.write_text("# Verbeteren in de tests: tijd per opdracht\n\n"
                   "Gemeten met `benchmarks/beoordeling.py` (2 kernen; de tijd hangt af van wat er "
                   "verder op de machine draait).\n\n" + "\n".join(regels) + "\n",
                   encoding="utf-8")
    print(f"geschreven: {UIT}")


if __name__ == "__main__":
    main(sys.argv[1:])
