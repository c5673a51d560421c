"""De antwoordtabel voor lesgevers (`lesgevers/<opdracht>.md`), gemaakt uit één bron.

Per vraag van een opdracht: de vraag (uit de oplossingsnotebook in `solutions/`), de punten
(uit de testcellen van nbgrader), het juiste antwoord (berekend door de oplossing uit te voeren)
en de typische fouten (de `uitleg` van de foute antwoorden in
`tests/foute_antwoorden/<opdracht>.yaml`, dezelfde die de verbetertests gebruiken). De tabel
staat tussen twee markeringen in het lesgeversbestand; de handgeschreven beoordelingswijzer van
de denkvragen staat erbuiten en blijft staan.

    schooldata-lit antwoordtabellen              # alle opdrachten: oplossingen uitvoeren
    schooldata-lit antwoordtabellen 2.4_onderwijskwaliteit
    schooldata-lit antwoordtabellen --hergebruik # antwoorden uit de tabel hergebruiken

Met `--hergebruik` voert het commando niets uit: het neemt de antwoorden die al in de tabel
staan, maar enkel als hun vingerafdruk nog gelijk is aan de sleutel in de verborgen test (anders
volgt een fout: voer dan de oplossing uit). Zo gaat een nieuwe fout in een fixture of een
herschreven vraag in een paar seconden naar de tabel, en zo controleert de testreeks snel of
de tabellen bij de bronnen passen (`controleer_antwoordtabel`).
"""

from __future__ import annotations

import ast
import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from numbers import Integral, Real
from pathlib import Path
from typing import Any

from .markeringen import VERBORGEN_TESTS, blok

__all__ = ["Vraag", "vragen_van_opdracht", "bereken_antwoorden", "toon_antwoord",
           "maak_antwoordtabel", "antwoorden_uit_tabel", "schrijf_antwoordtabellen",
           "controleer_antwoordtabel", "lesgeverbestand", "BEGIN", "EINDE"]

BEGIN = ("<!-- BEGIN ANTWOORDTABEL: gemaakt met `schooldata-lit antwoordtabellen` uit "
         "solutions/ en tests/foute_antwoorden/; niet met de hand aanpassen -->")
EINDE = "<!-- EINDE ANTWOORDTABEL -->"

_GEEN_LITERAAL = "—"


@dataclass
class Vraag:
    """Eén vraag van een opdracht, zoals de antwoordtabel ze toont."""

    notebook: str
    grade_id: str  # de antwoordcel, bv. "antwoord_3"
    nummer: str  # "3"
    tekst: str  # de vraag in één regel
    punten: float
    automatisch: bool  # False: een denkvraag die de lesgever verbetert
    soort: str | None = None  # de soort van `controleer` in de verborgen test
    decimalen: int | None = None
    sleutel: str | None = None
    fouten: list[str] = field(default_factory=list)


def _nbg(cel) -> dict:
    return cel.get("metadata", {}).get("nbgrader", {})


def _bron(cel) -> str:
    bron = cel.get("source", "")
    return "".join(bron) if isinstance(bron, list) else bron


def _verborgen(bron: str) -> str:
    return blok(bron, VERBORGEN_TESTS)


def _controle(bron: str) -> dict[str, Any]:
    """De argumenten van de controle in een verborgen test: soort, decimalen, sleutel."""
    for knoop in ast.walk(ast.parse(_verborgen(bron))):
        if not (isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name)):
            continue
        if knoop.func.id == "controleer_dataplan":
            return {"soort": "dataplan"}
        if knoop.func.id == "controleer":
            kw = {k.arg: k.value for k in knoop.keywords}
            if "sleutel" not in kw:
                continue
            afleiders = (ast.literal_eval(kw["fouten"]) if "fouten" in kw
                         and ast.literal_eval(knoop.args[1]) == "keuze" else {})
            return {"soort": ast.literal_eval(knoop.args[1]), "afleiders": afleiders,
                    "decimalen": (ast.literal_eval(kw["decimalen"]) if "decimalen" in kw
                                  else None),
                    "sleutel": ast.literal_eval(kw["sleutel"])}
    return {}


_ZIN = re.compile(r"(?<=[.?!])\*?\s+(?=[A-Z0-9\"*(`'])")
_OPDRACHT = re.compile(r"\b(geef|maak|schrijf|herschrijf|beschrijf|bereken|kies)\b", re.I)


def _vraagtekst(markdown: list[str]) -> str:
    """De vraag in één regel: de ondertitel van de kop (na het streepje) en de eerste zin met
    een vraagteken (anders de eerste zin)."""
    kop, *rest = "\n".join(markdown).strip().split("\n", 1)
    ondertitel = re.split(r"\s[–-]\s", kop, maxsplit=1)
    ondertitel = ondertitel[1].strip() if len(ondertitel) == 2 else ""
    tekst = rest[0] if rest else ""
    tekst = re.sub(r"```.*?```", " ", tekst, flags=re.S)
    alineas = [" ".join(a.split()) for a in tekst.split("\n\n")]
    alineas = [a for a in alineas if a and not a.startswith(("- **", "*Zo lezen", "*Voorbeeld"))]
    zinnen = [z for a in alineas for z in _zinnen(a)]
    vraag = next((z for z in zinnen if z.rstrip("*").endswith("?")),
                 next((z for z in zinnen if _OPDRACHT.search(z)), zinnen[0] if zinnen else ""))
    if ondertitel and ondertitel.lower() not in vraag.lower():
        ondertitel = ondertitel[0].upper() + ondertitel[1:]
        teken = " " if ondertitel.endswith(("?", ".", "!")) else ": "
        vraag = f"{ondertitel}{teken}{vraag}" if vraag else ondertitel
    return vraag.replace("|", "\\|")


def _zinnen(alinea: str) -> list[str]:
    """De zinnen van een alinea; een citaat tussen aanhalingstekens blijft heel."""
    zinnen: list[str] = []
    for stuk in _ZIN.split(alinea):
        if zinnen and zinnen[-1].count('"') % 2 == 1:
            zinnen[-1] += " " + stuk
        else:
            zinnen.append(stuk)
    return zinnen


def _eerste_zin(tekst: str) -> str:
    return _zinnen(" ".join(tekst.split()))[0].rstrip(".")


def _fixture(cursus: Path, opdracht: str) -> dict:
    pad = cursus / "tests" / "foute_antwoorden" / f"{opdracht}.yaml"
    if not pad.exists():
        return {}
    import yaml

    return yaml.safe_load(pad.read_text(encoding="utf-8")) or {}


def vragen_van_opdracht(opdracht: str, cursusmap: str | os.PathLike[str] | None = None
                        ) -> list[Vraag]:
    """De vragen van een opdracht, uit `solutions/<opdracht>/` en de fixture met de typische
    fouten. Niets wordt uitgevoerd.

    >>> vragen = vragen_van_opdracht("2.4_onderwijskwaliteit")
    >>> [(v.nummer, v.punten, v.automatisch) for v in vragen][:2]
    [('1', 1.0, True), ('2', 1.0, True)]
    >>> vragen[0].tekst
    'Hoeveel procent van de leerlingen kreeg in **2020-2021** een **C-attest**?'
    """
    from .vrijgeven import zoek_cursusmap

    cursus = zoek_cursusmap(cursusmap)
    fouten = (_fixture(cursus, opdracht).get("foute_antwoorden") or {})
    vragen: list[Vraag] = []
    for pad in sorted((cursus / "solutions" / opdracht).glob("*.ipynb")):
        nb = json.loads(pad.read_text(encoding="utf-8"))
        markdown: dict[str, list[str]] = {}
        huidige: Vraag | None = None
        for cel in nb["cells"]:
            m = _nbg(cel)
            gid = m.get("grade_id", "")
            nummer = re.fullmatch(r"(?:vraag|antwoord)_(\d+)[a-z]?", gid)
            if cel["cell_type"] == "markdown" and gid.startswith("vraag_") and nummer:
                markdown.setdefault(nummer.group(1), []).append(_bron(cel))
            if m.get("solution") and nummer:
                n = nummer.group(1)
                uitleg = (fouten.get(gid) or fouten.get(f"{pad.stem}:{gid}") or [])
                huidige = Vraag(pad.stem, gid, n, _vraagtekst(markdown.get(n, [""])),
                                float(m.get("points", 0)) if m.get("grade") else 0.0,
                                automatisch=not m.get("grade"),
                                fouten=[str(f["uitleg"]) for f in uitleg])
                vragen.append(huidige)
            elif m.get("grade") and not m.get("solution") and huidige is not None:
                huidige.punten += float(m.get("points", 0))
                controle = _controle(_bron(cel))
                if controle:
                    huidige.soort = controle["soort"]
                    huidige.decimalen = controle.get("decimalen")
                    huidige.sleutel = controle.get("sleutel")
                    # bij een keuzevraag: elke afleider met de misvatting die hij toetst
                    afleiders = [f"{letter}: {_eerste_zin(uitleg)}" for letter, uitleg
                                 in sorted(controle.get("afleiders", {}).items())]
                    huidige.fouten = afleiders + [f for f in huidige.fouten
                                                  if not f.startswith("een afleider")]
    return vragen


def toon_antwoord(waarde: Any) -> str:
    """Een antwoord zoals de tabel het toont: een Python-waarde tussen backticks (tekst,
    getal, True/False, lijst), zodat de test ze kan teruglezen; iets anders (een Dataplan) als
    gewone tekst.

    >>> toon_antwoord(8.2), toon_antwoord("2020-2021"), toon_antwoord([3, 7]), toon_antwoord(True)
    ('`8.2`', '`"2020-2021"`', '`[3, 7]`', '`True`')
    """
    literaal = _literaal(waarde)
    if literaal is not None:
        return f"`{literaal}`"
    criterium = getattr(waarde, "criterium", None)
    if criterium:
        return f"een dataplan met als criterium: *{' '.join(str(criterium).split())}*"
    return " ".join(repr(waarde).split())[:120].replace("|", "\\|")


def _literaal(waarde: Any) -> str | None:
    import numpy as np

    if isinstance(waarde, (bool, np.bool_)):
        return str(bool(waarde))
    if isinstance(waarde, Integral):
        return str(int(waarde))
    if isinstance(waarde, Real):
        getal = float(waarde)
        if math.isnan(getal):
            return None
        return repr(round(getal, 6))
    if isinstance(waarde, str):
        return json.dumps(waarde, ensure_ascii=False)
    if isinstance(waarde, Iterable) and not isinstance(waarde, (bytes, dict)):
        delen = [_literaal(x) for x in waarde]
        if all(d is not None for d in delen):
            return "[" + ", ".join(delen) + "]"  # type: ignore[arg-type]
    return None


def bereken_antwoorden(opdracht: str, cursusmap: str | os.PathLike[str] | None = None,
                       tijdslimiet: int = 600) -> dict[str, str]:
    """Voer de oplossing(en) van een opdracht uit, zoals de verbeterkernel dat doet (met de data
    van de cursusschool), en geef per antwoordcel het antwoord zoals `toon_antwoord` het toont.
    Denkvragen krijgen geen antwoord (hun modelantwoord staat in de oplossing)."""
    import nbformat
    from nbclient import NotebookClient

    from .vrijgeven import zoek_cursusmap

    cursus = zoek_cursusmap(cursusmap)
    vragen = [v for v in vragen_van_opdracht(opdracht, cursus) if v.automatisch]
    uitkomst: dict[str, str] = {}
    for pad in sorted((cursus / "solutions" / opdracht).glob("*.ipynb")):
        namen = [v.grade_id for v in vragen if v.notebook == pad.stem]
        if not namen:
            continue
        nb = nbformat.read(pad, as_version=4)
        nb.cells.insert(0, nbformat.v4.new_code_cell(
            '__import__("schooldata_lit.oefeningen").oefeningen.verbeteromgeving()'))
        nb.cells.append(nbformat.v4.new_code_cell(
            "import json as _json\n"
            "from schooldata_lit.oefeningen.antwoordtabellen import toon_antwoord as _toon\n"
            f"print(_json.dumps({{_n: _toon(globals()[_n]) for _n in {namen!r}}}))"))
        NotebookClient(nb, timeout=tijdslimiet, kernel_name="python3",
                       resources={"metadata": {"path": str(pad.parent)}}).execute()
        tekst = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
        uitkomst.update({f"{pad.stem}:{naam}": waarde for naam, waarde
                         in json.loads(tekst.strip().splitlines()[-1]).items()})
    return uitkomst


def maak_antwoordtabel(opdracht: str, antwoorden: dict[str, str],
                       cursusmap: str | os.PathLike[str] | None = None) -> str:
    """De antwoordtabel (markdown, met de markeringen) voor `antwoorden` ("notebook:grade_id"
    → tekst zoals `toon_antwoord` ze geeft).

    >>> tabel = maak_antwoordtabel("2.4_onderwijskwaliteit", {})
    >>> tabel.splitlines()[2]
    '| vraag | punten | antwoord | typische fouten (uit de verbetertests) |'
    >>> tabel.splitlines()[-3]
    'Samen 10 punten, waarvan 8 automatisch verbeterd.'
    """
    vragen = vragen_van_opdracht(opdracht, cursusmap)
    meer_notebooks = len({v.notebook for v in vragen}) > 1
    regels = [BEGIN, "",
              "| vraag | punten | antwoord | typische fouten (uit de verbetertests) |",
              "|---|---|---|---|"]
    for v in vragen:
        naam = f"{v.notebook}: {v.nummer}" if meer_notebooks else v.nummer
        punten = f"{v.punten:g}"
        if v.automatisch:
            antwoord = antwoorden.get(_sleutel(v), "")
            fouten = "; ".join(f.replace("|", "\\|") for f in v.fouten) or _GEEN_LITERAAL
        else:
            antwoord = "denkvraag: zie de beoordelingswijzer"
            fouten = _GEEN_LITERAAL
        regels.append(f"| {naam}. {v.tekst} | {punten} | {antwoord} | {fouten} |")
    totaal = sum(v.punten for v in vragen)
    automatisch = sum(v.punten for v in vragen if v.automatisch)
    regels += ["", f"Samen {totaal:g} punten, waarvan {automatisch:g} automatisch verbeterd.",
               "", EINDE]
    return "\n".join(regels)


def _sleutel(v: Vraag) -> str:
    return f"{v.notebook}:{v.grade_id}"


def lesgeverbestand(opdracht: str, cursusmap: str | os.PathLike[str] | None = None) -> Path:
    """Het lesgeversbestand met de sectie "De opdracht `<opdracht>`" (meestal
    `lesgevers/<opdracht>.md`; de kennismaking staat bij `00_welkom.md`).

    >>> lesgeverbestand("00_kennismaking").name
    '00_welkom.md'
    """
    from .vrijgeven import zoek_cursusmap

    map_ = zoek_cursusmap(cursusmap) / "lesgevers"
    for pad in [map_ / f"{opdracht}.md", *sorted(map_.glob("*.md"))]:
        if pad.exists() and f"## De opdracht `{opdracht}`" in pad.read_text(encoding="utf-8"):
            return pad
    return map_ / f"{opdracht}.md"


def _blok(tekst: str) -> str | None:
    if BEGIN not in tekst or EINDE not in tekst:
        return None
    return tekst[tekst.index(BEGIN):tekst.index(EINDE) + len(EINDE)]


def antwoorden_uit_tabel(opdracht: str, cursusmap: str | os.PathLike[str] | None = None
                         ) -> dict[str, str]:
    """De antwoorden die nu in de tabel van `lesgevers/<opdracht>.md` staan (grade_id → tekst),
    elk nagekeken met de sleutel van de verborgen test. Een antwoord dat niet (meer) bij die
    sleutel past, geeft een ValueError.

    >>> antwoorden_uit_tabel("2.4_onderwijskwaliteit")[
    ...     "opdracht_2.4_onderwijskwaliteit:antwoord_2"]
    '`"2020-2021"`'
    """
    from .antwoorden import sleutel
    from .vrijgeven import zoek_cursusmap

    cursus = zoek_cursusmap(cursusmap)
    pad = lesgeverbestand(opdracht, cursus)
    blok = _blok(pad.read_text(encoding="utf-8")) if pad.exists() else None
    if blok is None:
        raise ValueError(f"lesgevers/{pad.name} heeft nog geen antwoordtabel voor {opdracht}")
    vragen = vragen_van_opdracht(opdracht, cursus)
    meer_notebooks = len({v.notebook for v in vragen}) > 1
    rijen = {}
    for regel in blok.splitlines():
        cellen = [c.strip() for c in re.split(r"(?<!\\)\|", regel)[1:-1]]
        if len(cellen) == 4 and re.match(r"^[^.]+\.", cellen[0]):
            rijen[cellen[0].split(".", 1)[0]] = cellen[2]
    uitkomst = {}
    for v in vragen:
        if not v.automatisch:
            continue
        naam = f"{v.notebook}: {v.nummer}" if meer_notebooks else v.nummer
        tekst = rijen.get(naam)
        if tekst is None:
            raise ValueError(f"{opdracht}: vraag {naam} staat niet in de antwoordtabel")
        if v.sleutel is not None:
            literaal = re.fullmatch(r"`(.*)`", tekst)
            waarde = ast.literal_eval(literaal.group(1)) if literaal else None
            if literaal is None or sleutel(waarde, v.soort or "getal", v.decimalen) != v.sleutel:
                raise ValueError(
                    f"{opdracht}, vraag {naam}: het antwoord {tekst} in de tabel past niet bij "
                    "de sleutel van de verborgen test (de oplossing veranderde)")
        uitkomst[_sleutel(v)] = tekst
    return uitkomst


def _schrijf(opdracht: str, tabel: str, cursus: Path) -> bool:
    pad = lesgeverbestand(opdracht, cursus)
    tekst = pad.read_text(encoding="utf-8") if pad.exists() else ""
    oud = _blok(tekst)
    if oud is not None:
        nieuw = tekst.replace(oud, tabel)
    else:
        kop = re.search(rf"^## De opdracht `{re.escape(opdracht)}`.*$", tekst, flags=re.M)
        if kop is None:
            nieuw = tekst.rstrip("\n") + f"\n\n## De opdracht `{opdracht}`\n\n{tabel}\n"
        else:
            # een oude, handgemaakte tabel direct onder de kop maakt plaats voor de nieuwe
            na = tekst[kop.end():]
            oude_tabel = re.match(r"\s*(\|[^\n]*\n)+", na)
            rest = na[oude_tabel.end():] if oude_tabel else na
            nieuw = tekst[:kop.end()] + "\n\n" + tabel + "\n" + ("\n" + rest.lstrip("\n")
                                                               if rest.strip() else "")
    nieuw = _met_totaal_in_de_kop(nieuw, opdracht, tabel)
    if nieuw != tekst:
        pad.write_text(nieuw, encoding="utf-8")
    return nieuw != tekst


def _totaal(tabel: str) -> str:
    return re.search(r"Samen (\S+) punten", tabel).group(1)


def _met_totaal_in_de_kop(tekst: str, opdracht: str, tabel: str) -> str:
    """De kop van het lesgeversbestand noemt het totaal ("`1.3_...` (12 punten)"): dat van de
    tabel."""
    return re.sub(rf"(`{re.escape(opdracht)}`\s+\()[^)]*?( punten\))",
                  lambda m: f"{m.group(1)}{_totaal(tabel)}{m.group(2)}", tekst, count=1)


def schrijf_antwoordtabellen(opdrachten: Iterable[str] | None = None, *,
                             hergebruik: bool = False,
                             cursusmap: str | os.PathLike[str] | None = None) -> list[str]:
    """Maak de antwoordtabel in `lesgevers/<opdracht>.md` (standaard: elke opdracht in
    solutions/) opnieuw. Geeft de opdrachten waarvan de tabel veranderde."""
    from .vrijgeven import zoek_cursusmap

    cursus = zoek_cursusmap(cursusmap)
    alle = sorted(p.name for p in (cursus / "solutions").iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")))
    gekozen = alle if opdrachten is None else list(opdrachten)
    veranderd = []
    for opdracht in gekozen:
        antwoorden = (antwoorden_uit_tabel(opdracht, cursus) if hergebruik
                      else bereken_antwoorden(opdracht, cursus))
        if _schrijf(opdracht, maak_antwoordtabel(opdracht, antwoorden, cursus), cursus):
            veranderd.append(opdracht)
            print(f"lesgevers/{lesgeverbestand(opdracht, cursus).name}: antwoordtabel van "
                  f"{opdracht} bijgewerkt")
        else:
            print(f"lesgevers/{lesgeverbestand(opdracht, cursus).name}: antwoordtabel van "
                  f"{opdracht} was al bij")
    return veranderd


def controleer_antwoordtabel(opdracht: str, cursusmap: str | os.PathLike[str] | None = None
                             ) -> list[str]:
    """Wat er niet klopt aan de antwoordtabel van een opdracht (leeg: alles bij), zonder iets uit
    te voeren: de antwoorden passen bij de sleutels van de verborgen tests, en de rest van de
    tabel is wat `maak_antwoordtabel` nu uit de bronnen maakt.

    >>> controleer_antwoordtabel("2.4_onderwijskwaliteit")
    []
    """
    from .vrijgeven import zoek_cursusmap

    cursus = zoek_cursusmap(cursusmap)
    try:
        antwoorden = antwoorden_uit_tabel(opdracht, cursus)
    except ValueError as fout:
        return [str(fout)]
    tekst = lesgeverbestand(opdracht, cursus).read_text(encoding="utf-8")
    tabel = maak_antwoordtabel(opdracht, antwoorden, cursus)
    fouten = []
    if _blok(tekst) != tabel:
        fouten.append(f"{opdracht}: de antwoordtabel is niet wat de bronnen nu geven "
                      "(vraagtekst, punten of typische fouten veranderden)")
    if _met_totaal_in_de_kop(tekst, opdracht, tabel) != tekst:
        fouten.append(f"{opdracht}: de kop van het lesgeversbestand noemt een ander totaal "
                      "aan punten dan de tabel")
    return fouten
