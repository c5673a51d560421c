"""De leerlingversie van de cursus: enkel wat cursisten krijgen, zonder antwoorden.

    python3 cursus.py leerlingversie [--uit MAP]

maakt `MAP/schooldata-lit-leerling/` en `MAP/schooldata-lit-leerling.zip` (standaard in
`_build/leerlingversie/`). Daarin zitten de notebooks, de vrijgegeven opdrachten
(`exercises/`), de datasets, de dashboards, de voorbeelden, de leerpaden voor cursisten, de
bibliotheek en een README voor cursisten. Er zit niets in van `solutions/`, `lesgevers/`,
`tests/` (met de geheime waarden van de verbetertests) of `website/`, en geen
`.ipynb_checkpoints`. Na het kopiëren controleert `controleer_leerlingversie` elk bestand
nog eens op oplossingen en verborgen tests; vindt ze er een, dan stopt het bouwen.

De hub (`python3 cursus.py hub`) geeft elke deelnemer een eigen kopie van deze map, zonder
`exercises/`: op de hub komen de opdrachten via het tabblad *Assignments* van nbgrader.

Enkel de standaardbibliotheek van Python: dit draait ook zonder de cursusomgeving.

>>> sorted(INHOUD)[:3]
['CITATION.cff', 'LICENSE', 'LICENSE-inhoud.md']
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

NAAM = "schooldata-lit-leerling"

#: Wat cursisten krijgen (mappen en bestanden, relatief tegenover de cursusmap).
INHOUD = (
    "notebooks", "exercises", "datasets", "dashboards", "voorbeelden", "schooldata_lit",
    "leerpaden/index.md", "leerpaden/zelfstudie_datateam.md", "leerpaden/hogeschool.md",
    "leerpaden/woordenlijst.md", "leerpaden/menus_in_het_nederlands.md",
    "cursus.py", "pyproject.toml", "environment.yml", "requirements-lock.txt", "voila.json",
    "LICENSE", "LICENSE-inhoud.md", "CITATION.cff",
)

#: Wat nooit in de leerlingversie mag staan (mappen of bestanden, op elk niveau).
VERBODEN_NAMEN = frozenset({
    "solutions", "lesgevers", "tests", "website", "benchmarks", "deploy", "source",
    "submitted", "autograded", "feedback", "release", "gradebook.db", "grades.csv",
    "nbgrader_config.py", ".git",
})

#: Wat bij het kopiëren overgeslagen wordt.
OVERSLAAN = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc", "*.egg-info",
                                   ".DS_Store", "toonmoment", "mijn_dataplan.*")

#: Een regel die een oplossing, verborgen test of beoordelingsschema van nbgrader opent.
_MARKERING = re.compile(r"^\s*#+\s*(BEGIN|END) (SOLUTION|HIDDEN TESTS|MARK SCHEME)\b",
                        re.MULTILINE)

LEESMIJ = """\
# Datageletterdheid op school — versie voor cursisten

Dit is de cursus *schooldata-lit* zoals cursisten hem krijgen: de notebooks, de opdrachten,
de data van de verzonnen school (het Sint-Gommaruscollege), de dashboards en de voorbeelden.
De antwoorden en het materiaal voor lesgevers zitten er niet in.

## Starten

Je hebt enkel **Python 3.11 of nieuwer** nodig. Open een terminal in deze map en typ:

```bash
python3 cursus.py start
```

De eerste keer installeert dit alles in de map `.venv` (± 1 minuut, internet nodig); daarna
opent JupyterLab bij de welkomstnotebook `notebooks/00_welkom.ipynb`. Op Windows typ je
`py cursus.py start`. De dashboards zonder code open je met `python3 cursus.py dashboard`.

Werk je op de server van je hogeschool of je nascholing (JupyterHub), dan hoef je niets te
installeren: je lesgever geeft je een adres en een wachtwoord, en deze map staat daar al klaar.

## Wat zit waar?

| map | inhoud |
|---|---|
| `notebooks/` | de cursus: begin bij `00_welkom.ipynb` |
| `exercises/` | de opdrachten; je lesgever zegt hoe je ze indient |
| `datasets/` | de data van de verzonnen school, met uitleg in `datasets/README.md` |
| `dashboards/` | de dashboards als app zonder code |
| `voorbeelden/` | voorbeeldexports om je eigen data te leren inlezen |
| `leerpaden/` | de leerpaden: zelfstudie voor een datateam en de hogeschoolcursus |
| `schooldata_lit/` | de kleine Python-bibliotheek die het rekenwerk doet |

De code valt onder de MIT-licentie (`LICENSE`); teksten, notebooks en data onder CC BY 4.0
(`LICENSE-inhoud.md`).
"""


def _is_tekst(pad: Path) -> bool:
    return pad.suffix.lower() in {".ipynb", ".md", ".py", ".txt", ".csv", ".yaml", ".yml",
                                  ".toml", ".json", ".cfg", ".html", ".cff"} or pad.name in {
        "LICENSE"}


def geheime_markeringen(pad: Path) -> list[str]:
    """De regels in `pad` die een oplossing of verborgen test openen of sluiten (leeg = goed).

    In een notebook telt de bron van elke cel, niet de JSON eromheen.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "x.py"
    >>> _ = p.write_text("a = 1\\n### BEGIN SOLUTION\\nb = 2\\n")
    >>> geheime_markeringen(p)
    ['### BEGIN SOLUTION']
    """
    tekst = pad.read_text(encoding="utf-8", errors="replace")
    if pad.suffix == ".ipynb":
        try:
            cellen = json.loads(tekst).get("cells", [])
        except json.JSONDecodeError:
            cellen = []
        tekst = "\n".join("".join(c.get("source", "")) if isinstance(c.get("source"), list)
                          else str(c.get("source", "")) for c in cellen)
    return [m.group(0).strip() for m in _MARKERING.finditer(tekst)]


def controleer_leerlingversie(map_: Path) -> list[str]:
    """Alle problemen in een leerlingversie: verboden mappen, checkpoints, markeringen.

    Een lege lijst betekent: niets gevonden."""
    problemen: list[str] = []
    for pad in sorted(map_.rglob("*")):
        relatief = pad.relative_to(map_)
        if pad.name == ".ipynb_checkpoints" or VERBODEN_NAMEN & set(relatief.parts):
            problemen.append(f"{relatief}: hoort niet in de leerlingversie")
        elif pad.is_file() and _is_tekst(pad):
            problemen += [f"{relatief}: {m}" for m in geheime_markeringen(pad)]
    return problemen


def _schrijf_zip(map_: Path, zipbestand: Path) -> None:
    """Een zip met vaste volgorde en vaste tijdstempels: dezelfde inhoud geeft dezelfde bytes."""
    with zipfile.ZipFile(zipbestand, "w", zipfile.ZIP_DEFLATED) as z:
        for pad in sorted(map_.rglob("*")):
            if pad.is_file():
                info = zipfile.ZipInfo(str(Path(map_.name) / pad.relative_to(map_)),
                                       date_time=(2026, 1, 1, 0, 0, 0))
                info.external_attr = (0o644 << 16)
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, pad.read_bytes())


def bouw_leerlingversie(cursus: Path, uit: Path, *, met_opdrachten: bool = True,
                        als_zip: bool = True) -> Path:
    """Kopieer wat cursisten krijgen van `cursus` naar `uit/schooldata-lit-leerling/`.

    `met_opdrachten=False` laat `exercises/` weg (op de hub komen de opdrachten via nbgrader).
    Een bestaande map met die naam wordt vervangen. Geeft de map terug; stopt met een
    `RuntimeError` als de controle iets vindt dat er niet in hoort.
    """
    cursus, uit = Path(cursus).resolve(), Path(uit).resolve()
    doel = uit / NAAM
    if doel.exists():
        shutil.rmtree(doel)
    doel.mkdir(parents=True)
    for deel in INHOUD:
        if deel == "exercises" and not met_opdrachten:
            continue
        bron = cursus / deel
        if not bron.exists():
            raise FileNotFoundError(f"{bron} ontbreekt: is dit de map van de cursus?")
        (doel / deel).parent.mkdir(parents=True, exist_ok=True)
        if bron.is_dir():
            shutil.copytree(bron, doel / deel, ignore=OVERSLAAN)
        else:
            shutil.copy2(bron, doel / deel)
    (doel / "README.md").write_text(LEESMIJ, encoding="utf-8")
    problemen = controleer_leerlingversie(doel)
    if problemen:
        shutil.rmtree(doel)
        raise RuntimeError("De leerlingversie bevat iets dat cursisten niet mogen krijgen:\n  "
                           + "\n  ".join(problemen))
    if als_zip:
        _schrijf_zip(doel, uit / f"{NAAM}.zip")
    return doel


def main(argumenten: list[str] | None = None, cursus: Path | None = None) -> int:
    cursus = cursus or Path(__file__).resolve().parents[1]
    p = argparse.ArgumentParser(prog="python3 cursus.py leerlingversie",
                                description="Bouw de versie van de cursus voor cursisten "
                                            "(zonder oplossingen en lesgeversmateriaal).")
    p.add_argument("--uit", default=str(cursus / "_build" / "leerlingversie"),
                   help="map waarin de map en de zip komen (standaard _build/leerlingversie)")
    p.add_argument("--zonder-opdrachten", action="store_true",
                   help="exercises/ weglaten (als de opdrachten via nbgrader uitgedeeld worden)")
    args = p.parse_args(argumenten)
    try:
        doel = bouw_leerlingversie(cursus, Path(args.uit),
                                   met_opdrachten=not args.zonder_opdrachten)
    except (RuntimeError, FileNotFoundError) as fout:
        print(f"[schooldata-lit] {fout}", file=sys.stderr)
        return 1
    aantal = sum(1 for p in doel.rglob("*") if p.is_file())
    print(f"[schooldata-lit] Leerlingversie klaar: {doel} ({aantal} bestanden) en "
          f"{doel.parent / (NAAM + '.zip')}.\nGeef cursisten de zip; de map solutions/, "
          "lesgevers/ en tests/ zitten er niet in.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
