"""De cursus voor een groep: een echte JupyterHub op 127.0.0.1 met echte servers.

Twee lesgevers en drie cursisten, als echte Unix-accounts met een eigen voorvoegsel per run,
uit een deelnemerslijst. De rondgang is die van nbgrader met de echte opdracht 00: vrijgeven →
ophalen → indienen (één juist, één met een fout antwoord, één blanco) → verzamelen →
automatisch verbeteren → feedback maken, vrijgeven en ophalen, met de punten van elk. Daarnaast:
wie wat mag lezen, de formgrader enkel voor de lesgever, een vervalste inzending, de gedeelde
map van een datateam, en één controle in Chromium. Na afloop is elk account, elke groep, elke
map en elk proces van de run weg.

Nodig: root, de hubomgeving (deploy/installeer.sh) en configurable-http-proxy. Zonder slaan
de tests over met de reden; met SCHOOLDATA_HUB_VERPLICHT=1 (CI) is dat een fout.
"""

from __future__ import annotations

import csv
import html
import io
import re
import subprocess
import time
from pathlib import Path

import hub_hulp
import inzendingen_hulp as ih
import pytest

OPDRACHT = "00_kennismaking"  # de lichtste echte opdracht (geen grote datasets)
NOTEBOOK = f"opdracht_{OPDRACHT}.ipynb"
CURSUS = hub_hulp.CURSUS
# Verzonnen, duidelijk fictieve namen (geen echte personen).
DEELNEMERSLIJST = "naam\nAn Proefpersoon\nBert Testgeval\nCharlotte Voorbeeld\n"

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    hub_hulp.vereisten_of_overslaan()
    begin = time.monotonic()
    h = hub_hulp.Hub(tmp_path_factory.mktemp("hub"), DEELNEMERSLIJST)
    h.gemeten = {}
    try:
        h.start()
        h.gemeten["hub klaar (accounts, configuratie, start)"] = time.monotonic() - begin
        h.studenten = [d.gebruikersnaam for d in h.deelnemers]
        h.gemeten["3 servers gestart"] = h.start_servers(h.studenten)
        yield h
    finally:
        rest = h.sluit()
        print("\n[hubtest] gemeten:", {k: round(v, 1) for k, v in h.gemeten.items()},
              f"totaal {time.monotonic() - begin:.1f} s")
        assert not rest, f"niet opgeruimd: {rest}"


def test_deelnemerslijst_maakt_precies_die_accounts(hub):
    verwacht = {f"{hub.run}-an.proefpersoon", f"{hub.run}-bert.testgeval",
                f"{hub.run}-charlotte.voorbeeld"}
    assert set(hub.studenten) == verwacht
    assert set(hub.gebruikers_van_run()) == verwacht | {hub.lector, hub.lector2,
                                                        hub.s.verbeteraccount}
    leden = [r for r in Path("/etc/group").read_text().splitlines()
             if r.startswith(hub.s.deelnemersgroep + ":")][0].split(":")[3].split(",")
    assert set(leden) == verwacht
    for gebruiker in verwacht | {hub.lector, hub.lector2}:
        home = Path(f"~{gebruiker}").expanduser()
        assert home.stat().st_mode & 0o777 == 0o700, gebruiker
        assert gebruiker in hub.wachtwoorden
    # De kaarten: één per account, met naam, gebruikersnaam, wachtwoord en adres.
    assert hub.kaarten_html.count('class="kaart"') == 5
    for d in hub.deelnemers:
        assert d.naam in hub.kaarten_html and hub.wachtwoorden[d.gebruikersnaam] in hub.kaarten_html
    assert hub.basis in hub.kaarten_html


def test_aanmelden_met_de_kaart(hub):
    a = hub.studenten[0]
    sessie = hub.login(a, hub.wachtwoorden[a])
    assert sessie.status == 302 and sessie.cookies.get("jupyterhub-session-id")
    r = sessie.get(f"{hub.basis}/hub/home", timeout=30)
    assert r.status_code == 200 and a in r.text
    fout = hub.login(a, "niet-het-wachtwoord")
    assert fout.status != 302
    vreemde = hub.login("root", "wat-dan-ook")
    assert vreemde.status != 302


def test_server_van_cursist_opent_in_het_nederlands_zonder_oplossingen(hub):
    a = hub.studenten[0]
    model = hub.api("GET", f"/users/{a}").json()
    assert model["servers"][""]["url"] == f"/user/{a}/"
    r = hub.als_gebruiker(a, "GET", "api/contents/cursus")
    assert r.status_code == 200
    namen = {x["name"] for x in r.json()["content"]}
    assert {"notebooks", "datasets", "dashboards", "README.md"} <= namen
    assert not namen & {"solutions", "lesgevers", "tests", "exercises", "nbgrader_config.py"}
    r = hub.als_gebruiker(a, "GET", "api/contents/cursus/notebooks/00_welkom.ipynb")
    assert r.status_code == 200
    # Nergens in de home-map een oplossing of verborgen test, en de bibliotheek laadt.
    uit = hub_hulp.als(a, "grep -rlE 'BEGIN (SOLUTION|HIDDEN TESTS)|geheime_waarden' . ; "
                          "ls -d solutions lesgevers tests 2>&1; python -c 'import schooldata_lit "
                          "as sd; print(len(sd.laad_dataset(\"klassen\")))'", hub.s)
    assert "BEGIN" not in uit.stdout and "/" not in uit.stdout.split("\n")[0], uit.stdout
    assert uit.stdout.strip().split("\n")[-1].isdigit(), uit.stdout + uit.stderr
    # Nederlandse menu's (taalpakket) en geen lesgeversonderdelen van nbgrader.
    r = hub.als_gebruiker(a, "GET", "lab/api/settings/@jupyterlab/translation-extension:plugin")
    assert r.json()["schema"]["properties"]["locale"]["default"] == "nl_NL"
    r = hub.als_gebruiker(a, "GET", "lab")
    pagina = html.unescape(r.text)
    assert "@jupyter/nbgrader:formgrader" in pagina and "@jupyter/nbgrader:assignment-list" \
        not in re.search(r'"disabledExtensions": \[[^\]]*\]', pagina).group(0)
    assert hub.als_gebruiker(a, "GET", "formgrader").status_code == 404


def test_formgrader_enkel_voor_de_lesgever(hub):
    for lesgever in (hub.lector, hub.lector2):
        r = hub.formgrader("GET", "manage_assignments", wie=lesgever)
        assert r.status_code == 200 and "Manage Assignments" in r.text
    assert "frame-ancestors 'none'" in r.headers.get("Content-Security-Policy", "")
    for student in hub.studenten:
        assert hub.formgrader("GET", "", wie=student).status_code == 403
        assert hub.formgrader("GET", "api/assignments", wie=student).status_code == 403
    # Een cursist kan de hub-API van anderen niet gebruiken, noch de server van een ander.
    a, b = hub.studenten[:2]
    assert requests_get(hub, "/hub/api/users", b).status_code == 403
    assert hub.als_gebruiker(a, "GET", "api/contents", wie=b).status_code == 403


def requests_get(hub, pad: str, wie: str):
    import requests

    return requests.get(hub.basis + pad, headers=hub.kop(wie), timeout=30)


def test_rondgang_vrijgeven_tot_feedback(hub):
    a, b, c = hub.studenten
    t = time.monotonic()

    # Lesgever: toevoegen, genereren en vrijgeven (de formgrader-API, zoals de knoppen).
    hub.formgrader_ok("PUT", f"api/assignment/{OPDRACHT}", json={})
    hub.formgrader_ok("POST", f"api/assignment/{OPDRACHT}/assign")
    hub.formgrader_ok("POST", f"api/assignment/{OPDRACHT}/release")
    outbound = hub.s.map / "exchange" / hub.s.cursus_id / "outbound" / OPDRACHT / NOTEBOOK
    vrijgave = outbound.read_text(encoding="utf-8")
    assert "BEGIN SOLUTION" not in vrijgave and "BEGIN HIDDEN TESTS" not in vrijgave
    assert not [r for r in ih.verborgen_regels(OPDRACHT) if r in vrijgave]

    # Cursisten: de lijst zien, ophalen, invullen en indienen (wat het tabblad Assignments doet).
    for student in (a, b, c):
        lijst = hub.als_gebruiker(student, "GET", "assignments",
                                  params={"course_id": hub.s.cursus_id}).json()
        assert [x["assignment_id"] for x in lijst["value"]] == [OPDRACHT], lijst
        r = hub.als_gebruiker(student, "POST", "assignments/fetch",
                              json={"course_id": hub.s.cursus_id, "assignment_id": OPDRACHT})
        assert r.status_code == 200, r.text
    pad = f"api/contents/{OPDRACHT}/{NOTEBOOK}"
    vrijgegeven = hub.als_gebruiker(a, "GET", pad).json()["content"]
    juist, fout, blanco, punten = ih.drie_inzendingen(vrijgegeven, OPDRACHT)
    inhoud = {a: juist, b: fout, c: blanco}
    verwacht = {a: punten["juist"], b: punten["fout"], c: punten["blanco"]}
    assert punten["juist"] > punten["fout"] > punten["blanco"] == 0
    for student, nb in inhoud.items():
        if student != c:
            r = hub.als_gebruiker(student, "PUT", pad,
                                  json={"type": "notebook", "format": "json", "content": nb})
            assert r.status_code == 200, r.text
        r = hub.als_gebruiker(student, "POST", "assignments/submit",
                              json={"course_id": hub.s.cursus_id, "assignment_id": OPDRACHT})
        assert r.status_code == 200 and "success\": false" not in r.text, r.text

    # Een vervalste inzending: c dient (blanco) in op naam van a. Die mag a's werk niet vervangen.
    time.sleep(1.1)
    vals = hub_hulp.als(c, f"cd {OPDRACHT}/.. && nbgrader submit {OPDRACHT} --student={a}",
                        hub.s)
    assert vals.returncode == 0, vals.stderr
    inbound = hub.s.map / "exchange" / hub.s.cursus_id / "inbound"
    assert len(list(inbound.glob(f"{a}+{OPDRACHT}+*"))) == 2

    # Wie mag wat lezen? b ziet de inzendingen van anderen niet, noch hun werk of de cursusmap.
    probe = hub_hulp.als(b, f"ls {inbound}; ls ~{a}/{OPDRACHT}; ls {hub.s.map}/cursusmap; "
                            f"cat {hub.s.map}/hub.json; ls {hub.s.map}/staat", hub.s)
    assert probe.stdout.strip() == "", probe.stdout
    assert probe.stderr.count("Permission denied") == 5, probe.stderr

    # Lesgever: verzamelen, automatisch verbeteren, punten nakijken.
    hub.formgrader_ok("POST", f"api/assignment/{OPDRACHT}/collect")
    for student in (a, b, c):
        hub.formgrader_ok("POST", f"api/submission/{OPDRACHT}/{student}/autograde")
    scores = {s["student"]: s["score"] for s in hub.formgrader_ok(
        "GET", f"api/submissions/{OPDRACHT}") if s["student"] in verwacht}
    assert scores == pytest.approx(verwacht), scores
    # De tweede lesgever werkt in dezelfde cursus en ziet dezelfde punten.
    r = hub.formgrader("GET", f"api/submissions/{OPDRACHT}", wie=hub.lector2)
    assert {s["student"]: s["score"] for s in r.json() if s["student"] in verwacht} == scores
    verzameld = hub.s.map / "cursusmap" / "submitted" / a / OPDRACHT / NOTEBOOK
    assert "nog niet beantwoord" not in verzameld.read_text(encoding="utf-8")

    # Feedback maken, vrijgeven en ophalen; de verborgen tests staan er niet in.
    hub.formgrader_ok("POST", f"api/assignment/{OPDRACHT}/generate_feedback")
    hub.formgrader_ok("POST", f"api/assignment/{OPDRACHT}/release_feedback")
    verborgen = ih.verborgen_regels(OPDRACHT)
    assert verborgen
    for student in (a, b, c):
        r = hub.als_gebruiker(student, "POST", "assignments/fetch_feedback",
                              json={"course_id": hub.s.cursus_id, "assignment_id": OPDRACHT})
        assert r.status_code == 200, r.text
        bestanden = list(Path(f"~{student}/{OPDRACHT}/feedback").expanduser().rglob("*.html"))
        assert len(bestanden) == 1, bestanden
        tekst = html.unescape(bestanden[0].read_text(encoding="utf-8"))
        assert f"{verwacht[student]:g}" in tekst or f"{verwacht[student]:.1f}" in tekst
        assert not [r for r in verborgen if r in tekst], student
    hub.gemeten["rondgang (vrijgeven tot feedback)"] = time.monotonic() - t

    # De punten voor het LMS: nbgrader export, als de verbeteraccount in de cursusmap.
    export = subprocess.run(
        [str(hub.s.map / "bin" / "nbgrader-cursus"), "export", "--to", "punten.csv"],
        capture_output=True, text=True, timeout=120, check=False)
    assert export.returncode == 0, export.stderr
    punten_csv = (hub.s.map / "cursusmap" / "punten.csv").read_text(encoding="utf-8")
    rijen = list(csv.DictReader(io.StringIO(punten_csv)))
    for student, score in verwacht.items():
        rij = [r for r in rijen if r["assignment"] == OPDRACHT and r["student_id"] == student]
        assert len(rij) == 1 and float(rij[0]["score"]) == pytest.approx(score), rij


def test_gedeelde_map_van_een_datateam(hub):
    """Enkel de leden lezen de geïmporteerde data; de sleutel komt er nooit in."""
    a, b, _ = hub.studenten
    team = hub.run
    map_ = hub_hulp.hubmodule.datateam(hub.s, team, [hub.lector, a])
    export = CURSUS / "voorbeelden" / "eigen_export" / "leerlingen.csv"
    importeer = (
        "python -c \"import schooldata_lit as sd, schooldata_lit.privacy as p, pathlib; "
        "s = pathlib.Path.home() / 'sleutel_school.txt'; "
        "s.exists() or p.bewaar_sleutel(p.maak_sleutel(), s); "
        f"v = sd.importeer('{export}', 'leerlingen', '{map_}', s); print(v)\"")
    r = hub_hulp.als(hub.lector, importeer, hub.s)
    assert r.returncode == 0, r.stderr
    bestanden = [p for p in map_.rglob("*") if p.is_file()]
    # De map zelf is de grens: groep dt-<team>, 2770 (niemand anders kan erin).
    assert map_.stat().st_mode & 0o7777 == 0o2770 and map_.group() == f"dt-{team}"
    assert any(p.name == "leerlingen.csv" for p in bestanden), bestanden
    sleutel = (Path(f"~{hub.lector}").expanduser() / "sleutel_school.txt").read_text().strip()
    for p in bestanden:
        assert sleutel not in p.read_text(encoding="utf-8", errors="replace"), p
    # Een lid leest mee; wie geen lid is, ziet zelfs de namen van de bestanden niet.
    lezen = f"head -c 40 {map_}/leerlingen.csv"
    assert hub_hulp.als(a, lezen, hub.s).returncode == 0
    nee = hub_hulp.als(b, f"ls {map_}; {lezen}", hub.s)
    assert nee.stdout == "" and nee.stderr.count("Permission denied") == 2, nee.stderr
    # Een sleutel in de gedeelde map weigert de import, en er komt niets bij.
    voor = sorted(p.name for p in map_.rglob("*"))
    fout = hub_hulp.als(hub.lector, f"cp ~/sleutel_school.txt {map_}/sleutel.txt; "
                        + importeer.replace("pathlib.Path.home() / 'sleutel_school.txt'",
                                            f"pathlib.Path('{map_}/sleutel.txt')")
                        + f"; rm {map_}/sleutel.txt", hub.s)
    assert "sleutelbestand ligt in de uitvoermap" in fout.stderr, fout.stderr
    assert sorted(p.name for p in map_.rglob("*")) == voor


def test_browser_cursist_ziet_welkom_en_opdrachten(hub):
    """Chromium: aanmelden, de Nederlandse welkomstnotebook, en de vrijgegeven opdracht."""
    import browser_hulp

    c = hub.studenten[2]
    with browser_hulp.browser() as b:
        pagina = b.new_page()
        pagina.goto(f"{hub.basis}/hub/login", timeout=60_000)
        pagina.fill("#username_input", c)
        pagina.fill("#password_input", hub.wachtwoorden[c])
        pagina.click("#login_submit")
        pagina.wait_for_url(re.compile(rf"/user/{re.escape(c)}/lab"), timeout=90_000)
        pagina.locator(".jp-RenderedMarkdown h1", has_text="Welkom bij de cursus").first.wait_for(
            timeout=90_000)
        assert pagina.locator(".lm-MenuBar-itemLabel", has_text="Bestand").count() == 1
        pagina.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
        pagina.get_by_text("Assignment List").first.click()
        # c haalde de opdracht al op en diende ze in: ze staat bij de opgehaalde opdrachten.
        pagina.locator("#fetched_assignments_list", has_text=OPDRACHT).wait_for(
            timeout=60_000)
        # nbgraders Engelstalige "Validate" staat er per notebook wel, maar is verborgen
        knoppen = pagina.locator("#fetched_assignments_list button", has_text="Validate")
        knoppen.first.wait_for(state="attached", timeout=30_000)
        getoond = knoppen.evaluate_all("k => k.map(e => getComputedStyle(e).display)")
        assert getoond and set(getoond) == {"none"}, getoond


# --- zonder root: de deelnemerslijst en de kaarten --------------------------------------------


def test_deelnemerslijst_in_elke_vorm(tmp_path):
    lees = hub_hulp.hubmodule.lees_deelnemers
    csv_puntkomma = tmp_path / "lijst.csv"
    csv_puntkomma.write_text("voornaam;achternaam;klas\nÉlise;Van den Proef;3A\n"
                             "Jan;Testman;3B\n\nJan;Testman;3C\n", encoding="utf-8-sig")
    assert [(d.gebruikersnaam, d.naam) for d in lees(csv_puntkomma)] == [
        ("elise.vandenproef", "Élise Van den Proef"), ("jan.testman", "Jan Testman"),
        ("jan.testman2", "Jan Testman")]
    tekst = tmp_path / "lijst.txt"
    tekst.write_text("# deelnemers nascholing\nAn Voorbeeld\n  Bo  \n", encoding="utf-8")
    assert [d.gebruikersnaam for d in lees(tekst, voorvoegsel="x-")] == ["x-an.voorbeeld",
                                                                         "x-bo"]
    eigen = tmp_path / "eigen.csv"
    eigen.write_text("naam,gebruikersnaam\nAn Voorbeeld,s0012345\n", encoding="utf-8")
    assert [d.gebruikersnaam for d in lees(eigen)] == ["s0012345"]
    fout = tmp_path / "fout.csv"
    fout.write_text("naam,gebruikersnaam\nAn,root;rm\n", encoding="utf-8")
    with pytest.raises(ValueError, match="geen geldige gebruikersnaam"):
        lees(fout)


def test_aanmeldkaarten_vier_per_blad():
    h = hub_hulp.hubmodule
    kaarten = [(h.Deelnemer(f"d{i}.proef", f"Deelnemer <{i}>"), h.nieuw_wachtwoord())
               for i in range(5)]
    pagina = h.aanmeldkaarten(kaarten, "https://cursus.example/", "schooldata")
    assert pagina.count('class="kaart"') == 5 and pagina.count('class="blad"') == 2
    assert "Deelnemer &lt;3&gt;" in pagina and "<3>" not in pagina
    assert all(w in pagina for _, w in kaarten)
    assert len({w for _, w in kaarten}) == 5
    assert all(re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", w) for _, w in kaarten)


def test_voorbeelden_in_deploy_kloppen():
    """De docstringvoorbeelden van deploy/ (die map valt buiten testpaths)."""
    import doctest

    import leerlingversie

    for module in (hub_hulp.hubmodule, leerlingversie):
        uitkomst = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert uitkomst.attempted > 0 and uitkomst.failed == 0, (module.__name__, uitkomst)
