"""Voorbeeldexports van een bevraging, byte voor byte gelijk op elke machine.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..kern.bronnen import (
    STELLINGEN_LEERLINGEN,
    bevraging_analytics,
)
from .instrument import SCHAAL, VOORBEELDMAP, vragenlijst

# ------------------------------------------------------------------- 5. voorbeeldexports

class _Toeval:
    """Een eenvoudige, overal identieke toevalsgenerator (LCG), zodat de voorbeelden op elke
    machine en met elke Python-versie byte voor byte gelijk zijn."""

    def __init__(self, zaad: int):
        self.toestand = zaad

    def getal(self) -> float:
        self.toestand = (self.toestand * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.toestand >> 11) / 2**53

    def kies(self, opties: Sequence, gewichten: Sequence[float] | None = None):
        gewichten = gewichten or [1.0] * len(opties)
        grens, som = self.getal() * sum(gewichten), 0.0
        for optie, gewicht in zip(opties, gewichten, strict=True):
            som += gewicht
            if grens < som:
                return optie
        return opties[-1]


_OPEN_VOORBEELDEN = {  # verzonnen antwoorden, in de geest van de bron
    "leerlingen": (
        "Dat enkel ikzelf mijn grafieken kan zien.", "Duidelijke grafieken, niet te veel tegelijk.",
        "Dat ik zie in welk vak ik moet bijwerken.", "Dat mijn punten niet met de klas vergeleken "
        "worden.", "privacy", "Dat de leerkracht er ook met mij over praat.",
        "Het mag geen stress geven als je eens een slechte toets hebt.",
        "Overzichtelijk en gemakkelijk te gebruiken.", "weet ik niet",
        "Dat het motiveert om te zien dat je vooruitgaat.",
        "Dat wij mogen meebeslissen wat er getoond wordt.", "niks"),
    "leerkrachten": (
        "Sneller zien wanneer een leerling afhaakt.",
        "Gevaar: dat we enkel nog naar cijfers kijken en niet naar het kind.",
        "Handig voor het oudercontact.", "Wie brengt de boodschap als de grafiek daalt?",
        "Een kleine dip mag niet meteen tot een gesprek met de ouders leiden.",
        "Ik heb eerst een opleiding nodig.", "opvolging",
        "Zicht op welke leerstof moeilijk is voor de klas."),
}


def _verdeling(eens: int, neutraal: int | None, oneens: int, n: int) -> list[float]:
    neutraal = n - eens - oneens if neutraal is None else neutraal
    return [0.35 * oneens, 0.65 * oneens, float(neutraal), 0.6 * eens, 0.4 * eens]


def _antwoordrijen(groep: str, aantal: int, toeval: _Toeval) -> list[list[str]]:
    bron = bevraging_analytics()
    deel = bron[bron["groep"] == groep].sort_values("nummer")
    rijen = []
    for _ in range(aantal):
        rij = [toeval.kies(SCHAAL, _verdeling(r.eens, None if pd.isna(r.neutraal)
                                              else int(r.neutraal), r.oneens, r.respondenten))
               for r in deel.itertuples()]
        rij.append(toeval.kies(_OPEN_VOORBEELDEN[groep]) if toeval.getal() < 0.6 else "")
        rijen.append(rij)
    return rijen


def _schrijf_csv(pad: Path, kop: list[str], rijen: list[list[str]], scheiding: str = ",",
                 bom: bool = False) -> None:
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=scheiding, lineterminator="\n")
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    pad.write_bytes(("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8"))


def _google(groep: str, aantal: int, zaad: int) -> tuple[list[str], list[list[str]]]:
    toeval = _Toeval(zaad)
    lijst = vragenlijst(groep)
    kop = ["Tijdstempel"] + list(lijst["vraag"])
    rijen = []
    for i, antwoorden in enumerate(_antwoordrijen(groep, aantal, toeval)):
        minuut = 3 + i // 2
        rijen.append([f"14/10/2025 10:{minuut:02d}:{(17 * i) % 60:02d}"] + antwoorden)
    return kop, rijen


def _microsoft(groep: str, aantal: int, zaad: int) -> tuple[list[str], list[list[str]]]:
    toeval = _Toeval(zaad)
    lijst = vragenlijst(groep)
    kop = ["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"] + list(lijst["vraag"])
    rijen = []
    for i, antwoorden in enumerate(_antwoordrijen(groep, aantal, toeval), start=1):
        dag, uur = 20 + i // 7, 12 + (i % 7)
        rijen.append([str(i), f"{dag}/10/2025 {uur}:02:10", f"{dag}/10/2025 {uur}:06:45",
                      "anonymous", ""] + antwoorden)
    return kop, rijen


_README = """# Voorbeeldexports van een bevraging

Verzonnen antwoorden op de vragenlijsten uit de bron (bachelorproef over Smartschool
Analytics), in de vorm van een export uit Google Forms en Microsoft Forms. De verdeling van de
antwoorden volgt ruwweg de echte resultaten; de antwoorden zelf zijn verzonnen. Gemaakt met
`schooldata_lit.enquete.maak_voorbeeldexports()` — pas deze bestanden niet met de hand aan.

- `google_forms_leerlingen.csv`: 24 leerlingen, export uit Google Forms (komma, UTF-8);
  één leerling sloeg stelling 8 over.
- `microsoft_forms_leerkrachten.csv`: 18 leerkrachten, anonieme export uit Microsoft Forms,
  in Excel als CSV bewaard (puntkomma).
- `fout_onbekend_antwoord.csv`: antwoorden die niet op de schaal staan ("Eerder eens" in rij 7,
  "Akkoord" in rij 12).
- `fout_ontbrekende_kolom.csv`: de vraag van stelling 5 ontbreekt en de tekst van stelling 2
  werd gewijzigd.
- `fout_lege_rijen.csv`: twee lege rijen (rij 10 helemaal leeg, rij 18 met enkel een
  tijdstempel).
- `fout_dubbele_respondent.csv`: twee exports aan elkaar geplakt: het antwoord met ID 10 staat
  er twee keer in (rij 11 en 12).

Probeer: `controleer_antwoorden("fout_lege_rijen.csv", "leerlingen")`.
"""


def maak_voorbeeldexports(map: str | os.PathLike | None = None) -> list[Path]:
    """Maak de verzonnen voorbeeldexports (altijd dezelfde bytes) en geef de paden terug.

    Standaard in `VOORBEELDMAP` (``voorbeelden/bevraging/``). Zie de README daar.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in maak_voorbeeldexports(tmp)][:2]
    ['google_forms_leerlingen.csv', 'microsoft_forms_leerkrachten.csv']
    """
    map_ = VOORBEELDMAP if map is None else Path(map)
    map_.mkdir(parents=True, exist_ok=True)
    paden = []

    def schrijf(naam: str, kop, rijen, **opties) -> None:
        pad = map_ / naam
        _schrijf_csv(pad, kop, rijen, **opties)
        paden.append(pad)

    kop, rijen = _google("leerlingen", 24, 2025)
    rijen[10][8] = ""  # stelling 8 overgeslagen (geen verplichte vraag)
    schrijf("google_forms_leerlingen.csv", kop, rijen)
    kop_mf, rijen_mf = _microsoft("leerkrachten", 18, 33)
    schrijf("microsoft_forms_leerkrachten.csv", kop_mf, rijen_mf, scheiding=";", bom=True)

    kop, rijen = _google("leerlingen", 16, 7)
    rijen[5][3] = "Eerder eens"   # rij 7, stelling 3
    rijen[10][9] = "Akkoord"      # rij 12, stelling 9
    schrijf("fout_onbekend_antwoord.csv", kop, rijen)

    kop, rijen = _google("leerlingen", 12, 11)
    kop[2] = "Ik denk dat Smartschool Analytics mij helpt om mijn punten op te volgen."
    weg = kop.index(STELLINGEN_LEERLINGEN[4])
    kop = kop[:weg] + kop[weg + 1:]
    rijen = [r[:weg] + r[weg + 1:] for r in rijen]
    schrijf("fout_ontbrekende_kolom.csv", kop, rijen)

    kop, rijen = _google("leerlingen", 18, 13)
    rijen.insert(8, [""] * len(kop))                           # rij 10: helemaal leeg
    rijen.insert(16, ["14/10/2025 10:12:40"] + [""] * (len(kop) - 1))  # rij 18: enkel tijd
    schrijf("fout_lege_rijen.csv", kop, rijen)

    kop, rijen = _microsoft("leerkrachten", 13, 5)
    rijen = rijen[:10] + [list(rijen[9])] + rijen[10:]  # ID 10 zat in beide exports
    schrijf("fout_dubbele_respondent.csv", kop, rijen, scheiding=";", bom=True)

    readme = map_ / "README.md"
    readme.write_text(_README, encoding="utf-8")
    paden.append(readme)
    return paden
