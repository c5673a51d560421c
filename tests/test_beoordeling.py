"""De verbeterketen (nbgrader) voor elke opdracht in solutions/.

nbgrader geeft alle opdrachten één keer vrij in een tijdelijke kopie van de cursus (per
pytest-proces). Per opdracht verbetert één autograde-run de oplossing, de lege vrijgave en
"rondes" met van elke vraag één variant uit tests/foute_antwoorden/<opdracht>.yaml (fout
antwoord, overgenomen voorbeeld, juist antwoord in een andere vorm, een oneindige lus, een
uitzondering); de snelle proef verbetert elke variant ook apart en moet overal hetzelfde
besluiten als nbgrader (zie beoordeling_hulp.py). Dat gebeurt met `SCHOOLDATA_MAP`,
`stel_datamap_in()` en de werkmap op een andere map gezet: een cijfer mag niet van de omgeving
afhangen. De tests lezen de uitkomsten.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import nbformat
import pytest
from beoordeling_hulp import (
    CURSUS,
    LUSOPDRACHT,
    MARKERINGEN,
    OEFENINGEN,
    Beoordeling,
    geheime_regels,
    is_testcel,
    maak_lokmap,
    nbg,
    notebooks,
    opdrachten,
    tekst_van_html,
    vrijgeven,
    zichtbare_testregels,
)

from schooldata_lit.oefeningen import cursusbestanden, maak_oefeningen

pytestmark = pytest.mark.timeout(600)

OPDRACHTEN = opdrachten()


def _varianten(*soorten: str, met_melding: bool = False) -> list[tuple[str, str]]:
    return [(o, v.naam) for o in OPDRACHTEN for v in Beoordeling(o, None).varianten()
            if v.soort in soorten and (v.melding or not met_melding)]


def _variant(b, naam: str):
    return next(v for v in b.varianten() if v.naam == naam)


@pytest.fixture(scope="session")
def lokmap(tmp_path_factory):
    """Ingekorte datasets: wie daarop rekent, krijgt andere antwoorden."""
    return maak_lokmap(tmp_path_factory.mktemp("lokdata"))


@pytest.fixture(scope="session")
def beoordeling(tmp_path_factory, lokmap):
    """Geeft per opdracht een (één keer uitgevoerde) Beoordeling. Alle opdrachten worden bij
    de eerste vraag samen vrijgegeven (één nbgrader-run per pytest-proces)."""
    klaar: dict[str, Beoordeling] = {}
    werkmap: list = []

    def geef(opdracht: str) -> Beoordeling:
        if not werkmap:
            werkmap.append(vrijgeven(tmp_path_factory.mktemp("cursus"), OPDRACHTEN))
        if opdracht not in klaar:
            klaar[opdracht] = Beoordeling(opdracht, werkmap[0]).voer_uit(lokmap)
        return klaar[opdracht]

    return geef


def _bestanden(map_):
    """De bestanden van een opdrachtmap, zonder de reservekopieën die JupyterLab maakt."""
    return sorted(str(p.relative_to(map_)) for p in cursusbestanden(map_))


def _autoscores(uitkomst, beoordeling):
    """(notebook, grade_id) → auto_score, enkel voor de automatisch verbeterde testcellen."""
    return {k: uitkomst.scores.get(k, (None, None))[0] for k in beoordeling.testcellen()}


# -- instellingen ------------------------------------------------------------------------

def test_nbgrader_config():
    from traitlets.config.loader import PyFileConfigLoader

    cfg = PyFileConfigLoader("nbgrader_config.py", path=str(CURSUS)).load_config()
    assert cfg.CourseDirectory.root == str(CURSUS), "root moet de map van de config zijn"
    assert cfg.CourseDirectory.source_directory == "solutions"
    assert cfg.CourseDirectory.release_directory == "exercises"
    assert isinstance(cfg.Execute.timeout, int) and 0 < cfg.Execute.timeout <= 120
    stappen = [str(p) for p in cfg.GenerateFeedback.preprocessors]
    assert any("ClearHiddenTests" in s for s in stappen)
    assert any("CijfersVoorFeedback" in s for s in stappen)
    sjablonen = list(cfg.HTMLExporter.extra_template_basedirs)
    assert sjablonen[0] == str(CURSUS / "nbgrader_sjablonen"), "ons feedbacksjabloon eerst"
    assert any(Path(d, "formgrade").is_dir() for d in sjablonen[1:]), (
        "nbgraders eigen sjablonen moeten vindbaar blijven, anders laadt de formgrader niet")
    assert (CURSUS / "nbgrader_sjablonen" / "feedback" / "index.html.j2").is_file()
    assert any("CSSHTMLHeaderPreprocessor" in s for s in stappen)
    assert "NotImplementedError" in cfg.ClearSolutions.code_stub["python"]
    kernel = list(cfg.Execute.extra_arguments)
    assert "--InteractiveShell.xmode=Minimal" in kernel
    assert "--IPKernelApp.exec_PYTHONSTARTUP=False" in kernel
    assert any(a.startswith("--IPKernelApp.exec_lines=") and "verbeteromgeving()" in a
               for a in kernel), "de verbeterkernel moet de cursusdata vastzetten"


# -- vrijgave ------------------------------------------------------------------------------

@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_vrijgave_is_bijgewerkt(opdracht, beoordeling):
    """exercises/<opdracht> is wat nbgrader nu uit solutions/<opdracht> maakt."""
    nieuw = beoordeling(opdracht).werkmap / "exercises" / opdracht
    oud = OEFENINGEN / opdracht
    hint = "exercises/ is verouderd: voer `schooldata-lit oefeningen` uit en commit het resultaat"
    assert oud.is_dir(), hint
    assert _bestanden(oud) == _bestanden(nieuw), hint
    for pad in cursusbestanden(nieuw):
        tegenhanger = oud / pad.relative_to(nieuw)
        if pad.suffix != ".ipynb":
            assert filecmp.cmp(pad, tegenhanger, shallow=False), f"{tegenhanger}: {hint}"
            continue
        a, b = nbformat.read(pad, as_version=4), nbformat.read(tegenhanger, as_version=4)
        assert a.metadata == b.metadata, f"{tegenhanger} (metadata): {hint}"
        assert len(a.cells) == len(b.cells), f"{tegenhanger} (aantal cellen): {hint}"
        for i, (x, y) in enumerate(zip(a.cells, b.cells, strict=True)):
            assert (x.cell_type, x.source, x.metadata) == (y.cell_type, y.source, y.metadata), (
                f"{tegenhanger}, cel {i}: {hint}")


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_vrijgave_lekt_niets(opdracht):
    """Geen markeringen, oplossingen, verborgen tests of uitvoer in exercises/."""
    for bron_pad in notebooks(CURSUS / "solutions" / opdracht):
        bron = nbformat.read(bron_pad, as_version=4)
        geheim = geheime_regels(bron)
        assert geheim["oplossing"], f"{bron_pad}: geen enkele oplossing gevonden"
        vrij = nbformat.read(OEFENINGEN / opdracht / bron_pad.name, as_version=4)
        tekst = "\n".join(c.source for c in vrij.cells)
        for markering in MARKERINGEN:
            assert markering not in tekst, f"{markering!r} staat in de vrijgave"
        for soort, regels in geheim.items():
            for regel in regels:
                assert regel not in tekst, f"{soort} lekt in de vrijgave: {regel!r}"
        for cel in vrij.cells:
            if cel.cell_type == "code":
                assert cel.outputs == [] and cel.execution_count is None, (
                    f"uitvoer in de vrijgave: {cel.source[:60]!r}")


@pytest.mark.timeout(300)
def test_maak_oefeningen_is_deterministisch_en_netjes(tmp_path):
    """Opnieuw maken geeft exact de bytes die in exercises/ staan (die een eerdere run maakte:
    dezelfde bron geeft dus dezelfde bytes); er blijft geen gradebook of log achter, en een
    map zonder bron verdwijnt."""
    shutil.copy(CURSUS / "nbgrader_config.py", tmp_path)
    shutil.copytree(CURSUS / "solutions", tmp_path / "solutions")
    (tmp_path / "exercises" / "verouderd").mkdir(parents=True)
    maak_oefeningen(cursusmap=tmp_path)
    nieuw = {p.relative_to(tmp_path / "exercises"): p.read_bytes()
             for p in cursusbestanden(tmp_path / "exercises")}
    vastgelegd = {p.relative_to(OEFENINGEN): p.read_bytes()
                  for p in cursusbestanden(OEFENINGEN)}
    assert nieuw == vastgelegd, (
        "exercises/ is niet wat `schooldata-lit oefeningen` nu maakt (verouderd, of het maken "
        "geeft niet telkens dezelfde bytes)")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "exercises", "nbgrader_config.py", "solutions"]
    assert sorted(p.name for p in (tmp_path / "exercises").iterdir()) == OPDRACHTEN


# -- verbeteren ----------------------------------------------------------------------------

@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_elke_vraag_heeft_een_fout_antwoord(opdracht):
    b = Beoordeling(opdracht, None)
    assert b.vragen(), f"{opdracht}: geen automatisch verbeterde vragen"
    zonder = [k[1] for k in b.vragen() if k[1] not in b.foute_antwoorden
              and f"{k[0]}:{k[1]}" not in b.foute_antwoorden]
    assert not zonder, f"voeg foute antwoorden toe in tests/foute_antwoorden/{opdracht}.yaml"
    for grade_id, fouten in [*b.foute_antwoorden.items(), *b.andere_vormen.items()]:
        b.zoek_vraag(grade_id)
        assert fouten and all("code" in f and f.get("uitleg") for f in fouten), grade_id
    for grade_id in b.voorbeelden:
        b.zoek_vraag(grade_id)
    for (nb_naam, antwoord), testen in b.vragen().items():
        assert testen, f"{nb_naam}: antwoordcel {antwoord} heeft geen testcel erna"


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_oplossing_krijgt_alle_punten(opdracht, beoordeling):
    b = beoordeling(opdracht)
    uitkomst = b.uitkomsten["oplossing"]
    assert uitkomst.gelukt, uitkomst.log
    assert _autoscores(uitkomst, b) == b.testcellen(), uitkomst.log


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_lege_opdracht_krijgt_nul(opdracht, beoordeling):
    b = beoordeling(opdracht)
    uitkomst = b.uitkomsten["blanco"]
    assert uitkomst.gelukt, uitkomst.log
    assert _autoscores(uitkomst, b) == dict.fromkeys(b.testcellen(), 0.0)


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_ronde_verliest_precies_haar_foute_vragen(opdracht, beoordeling):
    """nbgrader zelf verbetert een ronde met van elke vraag één variant (een lus, een
    uitzondering, fouten, juiste antwoorden in een andere vorm, overgenomen voorbeelden): de
    ronde verliest de punten van haar foute vragen en behoudt die van de rest."""
    b = beoordeling(opdracht)
    inzending = next(i for i in b.inzendingen() if i.naam == "ronde")
    assert {v.soort for v in inzending.varianten} >= {"uitzondering", "fout"}
    uitkomst = b.uitkomsten["ronde"]
    assert uitkomst.gelukt, uitkomst.log
    assert _autoscores(uitkomst, b) == b.verwachte_scores(inzending.foute_vragen), uitkomst.log


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_snelle_proef_besluit_als_nbgrader(opdracht, beoordeling):
    """Controle van de controle: de snelle proef (één kernel, een fork per variant) geeft op
    elke testcel hetzelfde cijfer als nbgrader, voor de oplossing, de lege versie en de ronde."""
    b = beoordeling(opdracht)
    for inzending in b.inzendingen():
        uitkomst = b.uitkomsten[inzending.naam]
        assert uitkomst.gelukt, uitkomst.log
        assert b.proefscores(inzending.naam) == _autoscores(uitkomst, b), (
            inzending.naam, b.proef[inzending.naam])


@pytest.mark.parametrize(("opdracht", "variant"),
                         _varianten("fout", "voorbeeld", "lus", "uitzondering"))
def test_fout_antwoord_verliest_precies_die_vraag(opdracht, variant, beoordeling):
    """Een fout antwoord (of een lus, of een fout) kost de punten van die vraag, en enkel die,
    apart verbeterd (zodat een fout die doorwerkt naar een andere vraag opvalt); zit het in de
    ronde, dan ook volgens nbgrader. Het uitgewerkte voorbeeld ongewijzigd overnemen geeft 0
    voor zijn vraag."""
    b = beoordeling(opdracht)
    v = _variant(b, variant)
    assert b.proefscores(variant) == b.verwachte_scores({v.vraag}), b.proef[variant]
    if b.in_ronde(variant):
        ronde = b.uitkomsten["ronde"]
        for test in b.vragen()[v.vraag]:
            assert _autoscores(ronde, b)[(v.vraag[0], test)] == 0.0, (variant, ronde.log)


@pytest.mark.parametrize(("opdracht", "variant"), _varianten("anders"))
def test_juist_antwoord_in_andere_vorm_krijgt_alle_punten(opdracht, variant, beoordeling):
    """Een juist antwoord in een andere vorm (zie `andere_vormen` in de fixture) telt, apart
    verbeterd; zit het in de ronde, dan ook volgens nbgrader."""
    b = beoordeling(opdracht)
    v = _variant(b, variant)
    assert b.proefscores(variant) == b.testcellen(), b.proef[variant]
    if b.in_ronde(variant):
        ronde = b.uitkomsten["ronde"]
        for test in b.vragen()[v.vraag]:
            sleutel = (v.vraag[0], test)
            assert _autoscores(ronde, b)[sleutel] == b.testcellen()[sleutel], (variant, ronde.log)


@pytest.mark.parametrize(("opdracht", "variant"), _varianten("fout", met_melding=True))
def test_feedback_benoemt_de_fout(opdracht, variant, beoordeling):
    """De feedback diagnosticeert de fout in het Nederlands (NaN, decimale komma, tabel in
    plaats van een waarde, typfout in de naam, de misvatting achter een afleider, ...), bij de
    controle van de vraag zelf, en toont geen Engelstalige NameError. Zit de variant in de
    ronde, dan staat de melding ook op nbgraders feedbackpagina."""
    b = beoordeling(opdracht)
    v = _variant(b, variant)
    bij_de_vraag = " ".join(f or "" for (nb, t), f in b.proef[variant].items()
                            if nb == v.vraag[0] and t in b.vragen()[v.vraag])
    assert v.melding in " ".join(bij_de_vraag.split()), (variant, v.melding, bij_de_vraag)
    assert not bij_de_vraag.startswith("NameError")
    if b.in_ronde(variant):
        tekst = tekst_van_html(b.uitkomsten["ronde"].feedback[v.vraag[0]])
        assert v.melding in " ".join(tekst.split()), (variant, v.melding)
        assert "NameError" not in tekst


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_meldingen_verklappen_het_antwoord_niet(opdracht, beoordeling):
    """Wat een cursist bij een fout antwoord te zien krijgt (de melding van de controle),
    bevat het juiste antwoord niet (`geheime_waarden` in de fixture), voor elke variant."""
    b = beoordeling(opdracht)
    assert b.geheime_waarden, f"{opdracht}: geen geheime_waarden in de fixture"
    for v in b.varianten():
        meldingen = " ".join(f or "" for f in b.proef[v.naam].values())
        for grade_id, waarden in b.geheime_waarden.items():
            vraag = b.zoek_vraag(grade_id)
            if vraag == v.vraag and not v.is_fout:
                continue  # wie juist antwoordde, mag zijn eigen antwoord zien
            for waarde in waarden:
                assert str(waarde) not in meldingen, f"{v.naam}: juiste antwoord {waarde!r}"


def _fout_in_cel(nb, grade_id: str) -> set[str]:
    cel = next(c for c in nb.cells if nbg(c).get("grade_id") == grade_id)
    return {o.get("ename", "") for o in cel.get("outputs", []) if o.output_type == "error"}


@pytest.mark.parametrize("opdracht", [LUSOPDRACHT])  # zelfde proces als die opdracht
def test_oneindige_lus_wordt_afgebroken(opdracht, beoordeling):
    """nbgrader onderbreekt de lus in de eerste vraag na de tijdslimiet, en de rest van de
    notebook loopt verder (zie test_ronde_verliest_precies_haar_foute_vragen); een uitzondering
    in de laatste vraag staat bij die vraag. (De lus zit in één opdracht: of ze afgebroken
    wordt, hangt af van de instellingen, niet van de opdracht.)"""
    b = beoordeling(opdracht)
    lus, uitzondering = _variant(b, "lus"), _variant(b, "uitzondering")
    vragen = list(b.vragen())
    assert (lus.vraag, uitzondering.vraag) == (vragen[0], vragen[-1])
    assert b.in_ronde("lus") and b.in_ronde("uitzondering")
    ronde = b.uitkomsten["ronde"]
    assert ronde.gelukt, ronde.log
    onderbroken = _fout_in_cel(ronde.verbeterd[lus.vraag[0]], lus.vraag[1])
    assert onderbroken & {"KeyboardInterrupt", "CellTimeoutError"}, onderbroken
    assert "ZeroDivisionError" in _fout_in_cel(ronde.verbeterd[uitzondering.vraag[0]],
                                               uitzondering.vraag[1])


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_uitzondering_staat_bij_haar_vraag(opdracht, beoordeling):
    """Een uitzondering in de laatste vraag staat in de verbeterde notebook bij die vraag."""
    b = beoordeling(opdracht)
    uitzondering = _variant(b, "uitzondering")
    assert uitzondering.vraag == list(b.vragen())[-1] and b.in_ronde("uitzondering")
    ronde = b.uitkomsten["ronde"]
    assert "ZeroDivisionError" in _fout_in_cel(ronde.verbeterd[uitzondering.vraag[0]],
                                               uitzondering.vraag[1])


def test_lokmap_geeft_andere_data(lokmap):
    """Controle van de controle: de lokdata in de vijandige omgeving verschillen echt."""
    import schooldata_lit as sd

    for naam in ("attesten", "leerlingen", "resultaten"):
        assert len(sd.laad_dataset(naam, map=lokmap)) < len(
            sd.laad_dataset(naam, map=CURSUS / "datasets"))


# -- feedback ------------------------------------------------------------------------------

@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_feedback_toont_geen_verborgen_tests(opdracht, beoordeling):
    b = beoordeling(opdracht)
    for nb_naam, bron in b.bron.items():
        geheim = geheime_regels(bron)
        zichtbaar = [r for r in zichtbare_testregels(bron) if len(r) > 10]
        for student, uitkomst in b.uitkomsten.items():
            assert uitkomst.gelukt, uitkomst.log
            tekst = tekst_van_html(uitkomst.feedback[nb_naam])
            # controle van de controle: het zichtbare deel van de tests staat er wel in
            assert all(r in tekst for r in zichtbaar), (student, "tekstextractie faalt")
            for soort in ("verborgen", "beoordelingsschema"):
                for regel in geheim[soort]:
                    assert regel not in tekst, f"{student}: {soort} in feedback: {regel!r}"
            for grade_id, waarden in b.geheime_waarden.items():
                vraag = b.zoek_vraag(grade_id)
                testen = [(vraag[0], t) for t in b.vragen()[vraag]]
                if all(uitkomst.scores.get(t, (0,))[0] == b.testcellen()[t] for t in testen):
                    continue  # wie juist antwoordde, mag zijn eigen antwoord zien
                for waarde in waarden:
                    assert str(waarde) not in tekst, f"{student}: juiste antwoord {waarde!r}"


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_feedback_is_nederlandstalig(opdracht, beoordeling):
    """De feedbackpagina gebruikt het Nederlandstalige sjabloon: geen "Student's answer",
    "Comments", "Test cell" of "Score: 0.0 / 2.0" bij een denkvraag die de lesgever nog niet
    verbeterde, wel "nog te verbeteren door je lesgever"."""
    b = beoordeling(opdracht)
    denkvragen = any(nbg(c).get("grade") and c.cell_type == "markdown"
                     for nb in b.bron.values() for c in nb.cells)
    for student in ("oplossing", "blanco", "ronde"):
        for nb_naam, inhoud in b.uitkomsten[student].feedback.items():
            tekst = " ".join(tekst_van_html(inhoud).split())
            for engels in ("Student's answer", "Comments:", "Test cell", "Grade cell",
                           "Written response", "No response", "(Top)", "Score: 0.0 /"):
                assert engels not in tekst, (student, nb_naam, engels)
            assert f"Feedback bij {nb_naam}" in tekst
            assert "Jouw antwoord" in tekst and "Controle van vraag 1" in tekst
            if student == "blanco":  # een lege denkvraag krijgt meteen 0
                assert "Je liet deze vraag leeg." in tekst
            elif denkvragen:
                assert "nog te verbeteren door je lesgever" in tekst, (student, nb_naam)


def test_autogegradeerde_testcellen_hebben_punten():
    for opdracht in OPDRACHTEN:
        for pad in notebooks(CURSUS / "solutions" / opdracht):
            for cel in nbformat.read(pad, as_version=4).cells:
                if is_testcel(cel):
                    assert nbg(cel).get("points", 0) > 0, (pad, nbg(cel).get("grade_id"))


# -- de vragen zelf ---------------------------------------------------------------------

def _testcellen(opdracht):
    for pad in notebooks(CURSUS / "solutions" / opdracht):
        for cel in nbformat.read(pad, as_version=4).cells:
            if is_testcel(cel):
                yield cel


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_minstens_de_helft_van_de_punten_toetst_interpretatie(opdracht):
    """Minstens de helft van de automatisch verbeterde punten vraagt om te voorspellen, een
    lezing te kiezen, een valkuil te zien of een volgende stap te kiezen (issue 17, punt 4).
    Zo'n testcel begint met `\"\"\"Vraag k (interpretatie): ...`."""
    punten = interpretatie = 0.0
    for cel in _testcellen(opdracht):
        punten += nbg(cel)["points"]
        if "(interpretatie)" in cel.source.split("\n")[0]:
            interpretatie += nbg(cel)["points"]
    assert interpretatie >= punten / 2, (opdracht, interpretatie, punten)


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_elke_afleider_heeft_eigen_feedback(opdracht):
    """Bij een keuzevraag krijgt elke foute letter een eigen boodschap die de misvatting
    noemt, en de juiste letter staat niet tussen de afleiders."""
    import ast

    for cel in _testcellen(opdracht):
        if '"keuze"' not in cel.source:
            continue
        verborgen = cel.source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0]
        oproep = next(n for n in ast.walk(ast.parse(verborgen)) if isinstance(n, ast.Call))
        argumenten = {k.arg: ast.literal_eval(k.value) for k in oproep.keywords}
        letters, fouten = argumenten["keuzes"], argumenten["fouten"]
        assert len(fouten) == len(letters) - 1 and set(fouten) < set(letters), nbg(cel)["grade_id"]
        assert all(len(t) > 40 for t in fouten.values()), nbg(cel)["grade_id"]


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_geen_ranglijstvragen(opdracht):
    """Geen vraag naar de "hoogste" of "laagste" klas of richting (issue 17: geen ranglijsten)."""
    import re

    for pad in notebooks(CURSUS / "solutions" / opdracht):
        for cel in nbformat.read(pad, as_version=4).cells:
            if cel.cell_type == "markdown" and nbg(cel).get("grade_id", "").startswith("vraag"):
                vraag = cel.source.split("*Voorbeeld")[0].lower()
                rangschikking = r"welke (klas|richting|vakgroep|leerkracht)[^?]*(hoogste|laagste)"
                assert not re.search(rangschikking, vraag), (pad.name, nbg(cel)["grade_id"])
