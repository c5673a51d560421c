"""Hulp voor tests/test_beoordeling.py: een opdracht door heel nbgrader halen.

`vrijgeven()` laat nbgrader alle opdrachten van `solutions/` in één keer vrijgeven in een
tijdelijke kopie van de cursus. Per opdracht verbetert `Beoordeling` daar de varianten uit
`tests/foute_antwoorden/<opdracht>.yaml` (fouten, overgenomen voorbeelden, juiste antwoorden
in een andere vorm) plus een oneindige lus en een uitzondering, langs twee wegen die elkaar
controleren: nbgrader zelf (de oplossing, de lege versie en "rondes" met van elke vraag één
variant; één `autograde` en één `generate_feedback`) en de snelle proef
(`snelle_verbetering.py`: elke variant apart, in een fork van één kernel). Dat gebeurt in een
vijandige omgeving: `SCHOOLDATA_MAP` en `stel_datamap_in()` wijzen naar een lokmap met andere
(ingekorte) datasets en de werkmap is een andere map; een cijfer mag daar niet van afhangen.
De tests lezen daarna enkel de uitkomsten.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml

from schooldata_lit.oefeningen import (
    genereer_in,
    laad_nbgrader_config,
    maak_api,
    omgeving_voor_nbgrader,
)

CURSUS = Path(__file__).resolve().parents[1]
BRONNEN = CURSUS / "solutions"
OEFENINGEN = CURSUS / "exercises"
FOUTE_ANTWOORDEN = Path(__file__).resolve().parent / "foute_antwoorden"

# Tijdslimiet per cel tijdens de tests (de echte waarde staat in nbgrader_config.py). Een
# oneindige lus kost zoveel seconden wachten; ze zit daarom in één opdracht (`LUSOPDRACHT`):
# of nbgrader een lus afbreekt en daarna verder verbetert, hangt af van de instellingen, niet
# van de opdracht. De andere opdrachten krijgen de ruime limiet (ook op een drukke machine).
TIJDSLIMIET_LUS = 15
TIJDSLIMIET_TEST = 60
# De lus slaapt: ze wacht zoals een echte hangende cel, zonder een processor te bezetten.
LUS = "import time\nwhile True:\n    time.sleep(0.5)"

MARKERINGEN = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS",
               "BEGIN MARK SCHEME", "END MARK SCHEME")
_BLOKKEN = {"oplossing": ("BEGIN SOLUTION", "END SOLUTION"),
            "verborgen": ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS"),
            "beoordelingsschema": ("BEGIN MARK SCHEME", "END MARK SCHEME")}
KORTSTE_GEHEIME_REGEL = 8


def opdrachten() -> list[str]:
    """Alle opdrachten: de mappen in solutions/."""
    return sorted(p.name for p in BRONNEN.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")))


#: De opdracht met de oneindige lus (zie TIJDSLIMIET_LUS): de eerste, met de lichtste cellen.
LUSOPDRACHT = opdrachten()[0]


def notebooks(map_: Path) -> list[Path]:
    return sorted(p for p in map_.glob("*.ipynb"))


def nbg(cel) -> dict:
    return cel.metadata.get("nbgrader", {})


def is_antwoordcel(cel) -> bool:
    """Een automatisch verbeterde antwoordcel (code, oplossing, zelf geen punten)."""
    m = nbg(cel)
    return cel.cell_type == "code" and m.get("solution", False) and not m.get("grade", False)


def is_testcel(cel) -> bool:
    """Een automatisch verbeterde testcel (code met punten, geen oplossing)."""
    m = nbg(cel)
    return cel.cell_type == "code" and m.get("grade", False) and not m.get("solution", False)


def vragen(nb) -> dict[str, list[str]]:
    """Antwoordcel (grade_id) → de testcellen die erop volgen tot de volgende antwoordcel."""
    uitkomst: dict[str, list[str]] = {}
    huidige = None
    for cel in nb.cells:
        if is_antwoordcel(cel):
            huidige = nbg(cel)["grade_id"]
            uitkomst[huidige] = []
        elif is_testcel(cel) and huidige is not None:
            uitkomst[huidige].append(nbg(cel)["grade_id"])
    return uitkomst


def blokken(bron: str, soort: str) -> list[list[str]]:
    """De regels binnen elk blok van `soort` ('oplossing', 'verborgen', ...)."""
    begin, einde = _BLOKKEN[soort]
    uitkomst, huidig = [], None
    for regel in bron.split("\n"):
        if begin in regel:
            huidig = []
        elif einde in regel:
            uitkomst.append(huidig)
            huidig = None
        elif huidig is not None:
            huidig.append(regel)
    return uitkomst


def geheime_regels(nb) -> dict[str, list[str]]:
    """Per soort de regels die niet in de vrijgave of de feedback mogen staan.

    Een oplossingscel zonder markeringen is helemaal geheim. Te korte regels en regels die
    ook buiten elk geheim blok in de bron staan (dus sowieso openbaar zijn) tellen niet mee.
    """
    geheim: dict[str, set[str]] = {soort: set() for soort in _BLOKKEN}
    openbaar: set[str] = set()
    for cel in nb.cells:
        bron = cel.source
        binnen = False
        for regel in bron.split("\n"):
            if any(m in regel for m in MARKERINGEN):
                binnen = any(m.startswith("BEGIN") and m in regel for m in MARKERINGEN)
            elif not binnen:
                openbaar.add(regel.strip())
        for soort in _BLOKKEN:
            for blok in blokken(bron, soort):
                geheim[soort].update(r.strip() for r in blok)
        if nbg(cel).get("solution") and not any(m in bron for m in MARKERINGEN):
            geheim["oplossing"].update(r.strip() for r in bron.split("\n"))
    return {soort: sorted(r for r in regels
                          if len(r) >= KORTSTE_GEHEIME_REGEL and r not in openbaar)
            for soort, regels in geheim.items()}


def zichtbare_testregels(nb) -> list[str]:
    """De regels van de testcellen buiten de verborgen blokken (die ziet de cursist wel)."""
    regels = []
    for cel in nb.cells:
        if not is_testcel(cel):
            continue
        verborgen = False
        for regel in cel.source.split("\n"):
            if "BEGIN HIDDEN TESTS" in regel:
                verborgen = True
            elif "END HIDDEN TESTS" in regel:
                verborgen = False
            elif not verborgen and regel.strip():
                regels.append(regel.strip())
    return regels


def zonder_markeringen(bron: str) -> str:
    """De bron zoals een perfecte cursist hem zou typen: zonder de markeringsregels."""
    return "\n".join(r for r in bron.split("\n")
                     if not any(m in r for m in ("BEGIN SOLUTION", "END SOLUTION")))


def tekst_van_html(inhoud: str) -> str:
    """De leesbare tekst van een HTML-bestand (zonder tags, met gewone tekens)."""
    zonder_stijl = re.sub(r"<(style|script)\b.*?</\1>", "", inhoud, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", zonder_stijl))


def lees_fixture(opdracht: str) -> dict:
    """`tests/foute_antwoorden/<opdracht>.yaml`: `foute_antwoorden` (grade_id → lijst van
    {uitleg, code}) en `geheime_waarden` (grade_id → teksten)."""
    pad = FOUTE_ANTWOORDEN / f"{opdracht}.yaml"
    if not pad.exists():
        return {}
    return yaml.safe_load(pad.read_text(encoding="utf-8")) or {}



def maak_lokmap(map_: Path) -> Path:
    """Een map met dezelfde datasets als de cursus, maar elk ingekort tot 70 % van de rijen:
    wie daarmee rekent, krijgt andere antwoorden."""
    map_.mkdir(parents=True, exist_ok=True)
    for csv in sorted((CURSUS / "datasets").glob("*.csv")):
        regels = csv.read_text(encoding="utf-8-sig").splitlines()
        bewaard = regels[: max(2, int(len(regels) * 0.7))]
        (map_ / csv.name).write_text("\n".join(bewaard) + "\n", encoding="utf-8-sig")
    return map_


@contextlib.contextmanager
def vijandige_omgeving(lokmap: Path, werkmap: Path) -> Iterator[None]:
    """Verbeter zoals een lesgever die net met zijn eigen data werkte: `SCHOOLDATA_MAP` en
    `stel_datamap_in()` wijzen naar `lokmap`, en de werkmap is `werkmap`."""
    import schooldata_lit as sd

    oud = os.environ.get("SCHOOLDATA_MAP")
    os.environ["SCHOOLDATA_MAP"] = str(lokmap)
    sd.stel_datamap_in(lokmap)
    werkmap.mkdir(parents=True, exist_ok=True)
    try:
        with contextlib.chdir(werkmap):
            yield
    finally:
        sd.stel_datamap_in(None)
        if oud is None:
            os.environ.pop("SCHOOLDATA_MAP", None)
        else:
            os.environ["SCHOOLDATA_MAP"] = oud


def vrijgeven(werkmap: Path, opdrachten_: list[str]) -> Path:
    """Laat nbgrader `opdrachten_` in één keer vrijgeven in een kopie van de cursus in
    `werkmap` (met de gradebook die het verbeteren nodig heeft)."""
    genereer_in(werkmap, CURSUS, opdrachten_)
    return werkmap


@dataclass(frozen=True)
class Variant:
    """Eén antwoord uit de fixture (of een lus/uitzondering) op één vraag.

    `soort`: "fout" (een typisch fout antwoord), "voorbeeld" (het uitgewerkte voorbeeld
    ongewijzigd overgenomen), "anders" (een juist antwoord in een andere vorm), "lus" (een
    oneindige lus) of "uitzondering" (een fout die Python opgooit)."""
    naam: str
    vraag: tuple[str, str]  # (notebook, grade_id van de antwoordcel)
    code: str
    soort: str
    melding: str = ""

    @property
    def is_fout(self) -> bool:
        return self.soort != "anders"


@dataclass
class Inzending:
    naam: str
    # (notebook, grade_id van de antwoordcel) → nieuwe bron
    vervangingen: dict[tuple[str, str], str] = field(default_factory=dict)
    blanco: bool = False
    # de vragen die fout moeten zijn ("*": alle)
    foute_vragen: frozenset[tuple[str, str]] | str = frozenset()
    # de varianten uit de fixture die in deze inzending zitten
    varianten: tuple[Variant, ...] = ()


@dataclass
class Uitkomst:
    gelukt: bool
    log: str
    # (notebook, grade_id) → (auto_score, max_score)
    scores: dict[tuple[str, str], tuple[float | None, float]]
    feedback: dict[str, str]  # notebook → HTML
    verbeterd: dict[str, dict]  # notebook → de verbeterde notebook (nbformat)


class Beoordeling:
    """De inzendingen van één opdracht verbeteren en feedback maken, in een kopie van de cursus
    (`werkmap`) waarin de opdracht al vrijgegeven is (zie `vrijgeven`).

    Twee wegen, die elkaar controleren:
    - de snelle proef (`snelle_verbetering`) verbetert elke variant uit de fixture *apart*
      (fout antwoord, overgenomen voorbeeld, juist antwoord in een andere vorm, een oneindige
      lus, een uitzondering), in een fork van één kernel: zo blijkt van elke variant dat ze
      precies de punten van haar eigen vraag kost (of alle punten krijgt), en welke melding
      de cursist ziet;
    - nbgrader zelf (één `autograde` en één `generate_feedback`, in kernels zoals bij de
      lesgever) verbetert de oplossing, de lege vrijgave en een *ronde* met van elke vraag één
      variant van elke soort (zie `ronde`). De proef moet daar op elke testcel hetzelfde
      besluiten als nbgrader; de feedbackpagina's komen van nbgrader.
    """

    def __init__(self, opdracht: str, werkmap: Path | None):
        self.opdracht = opdracht
        self.werkmap = werkmap
        self.bron = {p.stem: nbformat.read(p, as_version=4)
                     for p in notebooks(BRONNEN / opdracht)}
        fixture = lees_fixture(opdracht)
        self.foute_antwoorden = fixture.get("foute_antwoorden") or {}
        self.andere_vormen = fixture.get("andere_vormen") or {}
        self.voorbeelden = fixture.get("voorbeelden") or {}
        self.geheime_waarden = fixture.get("geheime_waarden") or {}
        self.uitkomsten: dict[str, Uitkomst] = {}
        # variantnaam of inzendingnaam → (notebook, grade_id van de testcel) → fout of None
        self.proef: dict[str, dict[tuple[str, str], str | None]] = {}
        self.duur_s = 0.0
        self.duur_proef_s = 0.0

    # -- structuur van de bron -------------------------------------------------------------
    def vragen(self) -> dict[tuple[str, str], list[str]]:
        return {(nb_naam, antwoord): testen
                for nb_naam, nb in self.bron.items()
                for antwoord, testen in vragen(nb).items()}

    def testcellen(self) -> dict[tuple[str, str], float]:
        return {(nb_naam, nbg(c)["grade_id"]): float(nbg(c).get("points", 0))
                for nb_naam, nb in self.bron.items() for c in nb.cells if is_testcel(c)}

    def zoek_vraag(self, grade_id: str) -> tuple[str, str]:
        treffers = [k for k in self.vragen() if grade_id in (k[1], f"{k[0]}:{k[1]}")]
        if len(treffers) != 1:
            raise KeyError(f"antwoordcel {grade_id!r} niet (eenduidig) gevonden in "
                           f"{self.opdracht}; wel: {[k[1] for k in self.vragen()]}")
        return treffers[0]

    def oplossing(self) -> dict[tuple[str, str], str]:
        return {(nb_naam, nbg(c)["grade_id"]): zonder_markeringen(c.source)
                for nb_naam, nb in self.bron.items() for c in nb.cells
                if nbg(c).get("solution")}

    def varianten(self) -> list[Variant]:
        """Elke variant uit de fixture apart, plus de uitzondering (laatste vraag) en in
        `LUSOPDRACHT` de lus (eerste vraag)."""
        lijst: list[Variant] = []
        for grade_id, fouten in self.foute_antwoorden.items():
            vraag = self.zoek_vraag(grade_id)
            lijst += [Variant(f"fout_{vraag[1]}_{i}", vraag, f["code"], "fout",
                              f.get("melding", "")) for i, f in enumerate(fouten, start=1)]
        for grade_id, code in self.voorbeelden.items():
            vraag = self.zoek_vraag(grade_id)
            lijst.append(Variant(f"voorbeeld_{vraag[1]}", vraag, code, "voorbeeld"))
        for grade_id, vormen in self.andere_vormen.items():
            vraag = self.zoek_vraag(grade_id)
            lijst += [Variant(f"anders_{vraag[1]}_{i}", vraag, v["code"], "anders")
                      for i, v in enumerate(vormen, start=1)]
        alle_vragen = list(self.vragen())
        if self.opdracht == LUSOPDRACHT:
            lijst.append(Variant("lus", alle_vragen[0], LUS, "lus"))
        if len(alle_vragen) >= 2:
            lijst.append(Variant("uitzondering", alle_vragen[-1], "x = 1 / 0", "uitzondering"))
        return lijst

    def ronde(self) -> tuple[Variant, ...]:
        """De varianten die nbgrader zelf verbetert, in één inzending: de lus in de eerste
        vraag (enkel in `LUSOPDRACHT`), de uitzondering in de laatste, en in elke andere vraag
        één variant, bij beurten een fout antwoord (met een diagnose als die er is), een juist
        antwoord in een andere vorm en een overgenomen voorbeeld."""
        per_vraag: dict[tuple[str, str], list[Variant]] = {}
        for variant in self.varianten():
            per_vraag.setdefault(variant.vraag, []).append(variant)
        gekozen = []
        soorten = ("fout", "anders", "voorbeeld")
        for j, lijst in enumerate(per_vraag.values()):
            bijzonder = [v for v in lijst if v.soort in ("lus", "uitzondering")]
            if bijzonder:
                gekozen.append(bijzonder[0])
                continue
            volgorde = soorten[j % 3:] + soorten[:j % 3]
            kandidaten = sorted(lijst, key=lambda v: (volgorde.index(v.soort), not v.melding))
            gekozen.append(kandidaten[0])
        return tuple(gekozen)

    def inzendingen(self) -> list[Inzending]:
        """Wat nbgrader verbetert: de oplossing, de lege vrijgave en de ronde (zie `ronde`)."""
        oplossing = self.oplossing()
        ronde = self.ronde()
        return [Inzending("oplossing", dict(oplossing)),
                Inzending("blanco", blanco=True, foute_vragen="*"),
                Inzending("ronde", {**oplossing, **{v.vraag: v.code for v in ronde}},
                          foute_vragen=frozenset(v.vraag for v in ronde if v.is_fout),
                          varianten=ronde)]

    def in_ronde(self, variant: str) -> bool:
        return variant in {v.naam for v in self.ronde()}

    def verwachte_scores(self, foute_vragen) -> dict[tuple[str, str], float]:
        """Per testcel de punten die een inzending met deze foute vragen moet krijgen."""
        if foute_vragen == "*":
            return dict.fromkeys(self.testcellen(), 0.0)
        fout = {(v[0], t) for v in foute_vragen for t in self.vragen()[v]}
        return {k: (0.0 if k in fout else punten) for k, punten in self.testcellen().items()}

    # -- de snelle proef ---------------------------------------------------------------------
    def _proef(self, code_stub: str, exec_lines: list[str], tijdslimiet: float) -> None:
        from snelle_verbetering import verbeter_snel

        oplossing = self.oplossing()
        aanvragen: dict[str, dict[tuple[str, str], str]] = {
            v.naam: {v.vraag: v.code} for v in self.varianten()}
        for inzending in self.inzendingen():
            if inzending.blanco:
                aanvragen[inzending.naam] = dict.fromkeys(oplossing, code_stub)
            else:
                aanvragen[inzending.naam] = {k: c for k, c in inzending.vervangingen.items()
                                             if c != oplossing.get(k)}
        begin = time.perf_counter()
        for nb_naam, nb in self.bron.items():
            cellen = [{"bron": oplossing.get((nb_naam, nbg(c).get("grade_id")), c.source),
                       "soort": ("antwoord" if nbg(c).get("solution") else
                                 "test" if is_testcel(c) else "overig"),
                       "grade_id": nbg(c).get("grade_id")}
                      for c in nb.cells if c.cell_type == "code"]
            code_ids = {c["grade_id"] for c in cellen if c["grade_id"]}
            hier = {naam: {g: code for (n, g), code in vervangingen.items()
                           if n == nb_naam and g in code_ids}  # een denkvraag wordt niet uitgevoerd
                    for naam, vervangingen in aanvragen.items()}
            uitslag = verbeter_snel(cellen, hier, self.werkmap / "exercises" / self.opdracht,
                                    exec_lines, tijdslimiet)
            for naam, per_test in uitslag.items():
                if "__fout__" in per_test:
                    raise RuntimeError(f"{self.opdracht}/{naam}: {per_test['__fout__']}")
                self.proef.setdefault(naam, {}).update(
                    {(nb_naam, g): fout for g, fout in per_test.items()})
        self.duur_proef_s = time.perf_counter() - begin

    def proefscores(self, naam: str) -> dict[tuple[str, str], float]:
        """De punten per testcel volgens de snelle proef."""
        return {k: (0.0 if self.proef[naam].get(k) else punten)
                for k, punten in self.testcellen().items()}

    # -- nbgrader ------------------------------------------------------------------------
    def voer_uit(self, lokmap: Path) -> Beoordeling:
        """Dien alle inzendingen in en verbeter ze met één autograde en één generate_feedback,
        en verbeter alles ook met de snelle proef; beide in een vijandige omgeving (zie
        `vijandige_omgeving`)."""
        from nbgrader.api import Gradebook

        cfg = laad_nbgrader_config(CURSUS, self.werkmap)
        tijdslimiet = TIJDSLIMIET_LUS if self.opdracht == LUSOPDRACHT else TIJDSLIMIET_TEST
        cfg.Execute.timeout = tijdslimiet
        api = maak_api(self.werkmap, cfg)
        vrijgave = self.werkmap / "exercises" / self.opdracht
        inzendingen = self.inzendingen()
        for inzending in inzendingen:
            doel = self.werkmap / "submitted" / inzending.naam / self.opdracht
            shutil.copytree(vrijgave, doel)
            for pad in notebooks(doel):
                nb = nbformat.read(pad, as_version=4)
                for cel in nb.cells:
                    sleutel = (pad.stem, nbg(cel).get("grade_id"))
                    if sleutel in inzending.vervangingen:
                        cel.source = inzending.vervangingen[sleutel]
                nbformat.write(nb, pad)
        elders = self.werkmap.parent / f"elders_{self.opdracht}"
        with omgeving_voor_nbgrader(), vijandige_omgeving(lokmap, elders):
            begin = time.perf_counter()
            verbeterd = api.autograde(self.opdracht, "*", force=True, create=True)
            self.duur_s = time.perf_counter() - begin
            feedback = api.generate_feedback(self.opdracht, "*", force=True)
            opstart = [a.split("=", 1)[1] for a in cfg.Execute.extra_arguments
                       if a.startswith("--IPKernelApp.exec_lines=")]
            self._proef(cfg.ClearSolutions.code_stub["python"], opstart, tijdslimiet)
        log = "\n".join(str(u.get(k, "")) for u in (verbeterd, feedback) for k in ("error", "log"))
        gelukt = bool(verbeterd["success"] and feedback["success"])
        with Gradebook(api.coursedir.db_url) as gb:
            for inzending in inzendingen:
                scores = {}
                try:
                    ingediend = gb.find_submission(self.opdracht, inzending.naam)
                except Exception:  # geen inzending: het verbeteren is mislukt
                    ingediend = None
                for nb in (ingediend.notebooks if ingediend else []):
                    for cijfer in nb.grades:
                        scores[(nb.name, cijfer.name)] = (cijfer.auto_score, cijfer.max_score)
                fb = self.werkmap / "feedback" / inzending.naam / self.opdracht
                ag = self.werkmap / "autograded" / inzending.naam / self.opdracht
                self.uitkomsten[inzending.naam] = Uitkomst(
                    gelukt=gelukt and ingediend is not None, log=log, scores=scores,
                    feedback={p.stem: p.read_text(encoding="utf-8")
                              for p in sorted(fb.glob("*.html"))},
                    verbeterd={p.stem: nbformat.read(p, as_version=4)
                               for p in notebooks(ag)})
        return self
