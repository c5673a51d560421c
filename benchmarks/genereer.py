"""Benchmark: tijd en piekgeheugen van het genereren van 1 school en een scholengemeenschap.

    python benchmarks/genereer.py            # 1 en 10 scholen
    python benchmarks/genereer.py --scholen 1 2 5 10

Doel (issue 3): één school < 5 s, tien scholen < 30 s op 2 kernen, geheugen lineair.
Elke meting draait in een apart proces, zodat het piekgeheugen (ru_maxrss) klopt.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

_KIND = """
import json, resource, sys, time
from schooldata_lit.generator import genereer
scholen, map_ = int(sys.argv[1]), sys.argv[2]
begin = time.perf_counter()
paden = genereer(map=map_, scholen=scholen)  # zaad: CURSUSZAAD
duur = time.perf_counter() - begin
rijen = sum(sum(1 for _ in open(p, encoding="utf-8-sig")) - 1 for p in paden)
print(json.dumps({"scholen": scholen, "seconden": round(duur, 2), "rijen": rijen,
                  "rijen_per_seconde": int(rijen / duur),
                  "piekgeheugen_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                           / 1024)}))
"""


def meet(scholen: int) -> dict:
    with tempfile.TemporaryDirectory() as map_:
        uit = subprocess.run([sys.executable, "-c", _KIND, str(scholen), map_],
                             capture_output=True, text=True, check=True)
    return json.loads(uit.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scholen", type=int, nargs="+", default=[1, 10])
    args = parser.parse_args()
    print(f"{'scholen':>8} {'seconden':>9} {'rijen':>10} {'rijen/s':>10} {'piek MB':>8}")
    for n in args.scholen:
        m = meet(n)
        print(f"{m['scholen']:>8} {m['seconden']:>9} {m['rijen']:>10} "
              f"{m['rijen_per_seconde']:>10} {m['piekgeheugen_mb']:>8}")


if __name__ == "__main__":
    main()
