"""Hoe snel reageren de dashboards? Elke update moet onder 200 ms blijven.

    python benchmarks/dashboards.py

Meet per soort wijziging de mediaan en het maximum over herhaalde updates (na een eerste
opbouw, die de data laadt en de metingen één keer berekent).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from schooldata_lit.schermen.dashboards import knipperlichten_dashboard, school_dashboard

GRENS = 0.200
HERHALINGEN = 5


def meet(naam: str, stappen: list[Callable[[], None]]) -> float:
    tijden = []
    for _ in range(HERHALINGEN):
        for stap in stappen:
            t = time.perf_counter()
            stap()
            tijden.append(time.perf_counter() - t)
    mediaan, hoogste = statistics.median(tijden), max(tijden)
    oordeel = "ok" if hoogste < GRENS else "TE TRAAG"
    print(f"{naam:<48} mediaan {1000 * mediaan:6.1f} ms   max {1000 * hoogste:6.1f} ms  {oordeel}")
    return hoogste


def main() -> int:
    t = time.perf_counter()
    k = knipperlichten_dashboard()
    print(f"knipperlichtendashboard opbouwen (eerste keer):    {time.perf_counter() - t:.2f} s")
    schuif = k.schuiven["dalende_trend"]["helling"]
    vak = k.aan["lage_aanwezigheid"]
    hoogste = [
        meet("knipperlichten: drempel verschuiven", [
            lambda: setattr(schuif, "value", 3.0), lambda: setattr(schuif, "value", 1.5)]),
        meet("knipperlichten: regel aan/uit", [
            lambda: setattr(vak, "value", True), lambda: setattr(vak, "value", False)]),
    ]
    t = time.perf_counter()
    s = school_dashboard("directie")
    print(f"schooldashboard opbouwen:                          {time.perf_counter() - t:.2f} s")
    klassen = s.keuzes
    hoogste.append(meet("school: andere klas (directie)", [
        lambda: setattr(s.keuze, "value", klassen[3]),
        lambda: setattr(s.keuze, "value", klassen[0])]))
    hoogste.append(meet("school: ander niveau (klas/leerjaar/school)", [
        lambda: setattr(s.niveau, "value", "leerjaar"),
        lambda: setattr(s.niveau, "value", "school"),
        lambda: setattr(s.niveau, "value", "klas")]))
    hoogste.append(meet("school: andere rol (directie/leerling)", [
        lambda: setattr(s.rol, "value", "leerling"),
        lambda: setattr(s.rol, "value", "directie")]))
    z = school_dashboard("zorgcoordinator")
    leerlingen = z.keuzes
    hoogste.append(meet("school: andere leerling (zorgcoördinator)", [
        lambda: setattr(z.keuze, "value", leerlingen[100]),
        lambda: setattr(z.keuze, "value", leerlingen[0])]))
    hoogste.append(meet("school: onderwerp resultaten/aanwezigheid", [
        lambda: setattr(z.onderwerp, "value", "aanwezigheid"),
        lambda: setattr(z.onderwerp, "value", "resultaten")]))
    return 0 if max(hoogste) < GRENS else 1


if __name__ == "__main__":
    raise SystemExit(main())
