"""De cursus voor een groep op één server: JupyterHub + nbgrader, met één opdracht.

    sudo python3 cursus.py hub --deelnemers deelnemers.csv --lesgever lector.peeters

doet alles wat een begeleider nodig heeft op een Debian- of Ubuntu-server:

1. installeert (de eerste keer) de cursusomgeving, JupyterHub en configurable-http-proxy met
   `deploy/installeer.sh`;
2. zet de hub klaar in /srv/schooldata-hub (instellingen, exchange, cursusmap, leerlingversie);
3. maakt een Unix-account per deelnemer en per lesgever (home 0700), met een willekeurig
   wachtwoord dat één keer op een aanmeldkaart gedrukt wordt (`kaarten.html`, A4, vier per blad);
4. start de hub en toont het adres om uit te delen (Ctrl+C stopt hem weer).

Andere opdrachten: `hub datateam --naam NAAM --leden a,b,c` (een gedeelde map voor een
datateam), `hub opruimen` (alle accounts en de map van de hub weg, na de cursus). Alles staat
uitgelegd in deploy/LEESMIJ.md. Enkel de standaardbibliotheek van Python; draait als root.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import grp
import html
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent
CURSUS = DEPLOY.parent
PREFIX_STANDAARD = Path(os.environ.get("SCHOOLDATA_HUB_PREFIX", "/opt/schooldata-hub"))
INSTANTIE_STANDAARD = Path("/srv/schooldata-hub")

sys.path.insert(0, str(DEPLOY))
from leerlingversie import bouw_leerlingversie  # noqa: E402


@dataclass
class Instellingen:
    """Alles wat één hub kenmerkt; bewaard als `hub.json` in de map van de hub."""

    instantie: str = str(INSTANTIE_STANDAARD)
    prefix: str = str(PREFIX_STANDAARD)
    cursus_id: str = "schooldata"
    ip: str = "0.0.0.0"
    poort: int = 8000
    hub_poort: int = 8081
    proxy_poort: int = 8001
    dienst_poort: int = 8010
    adres: str = ""
    lesgevers: list[str] = field(default_factory=list)
    deelnemers: list[str] = field(default_factory=list)
    namen: dict[str, str] = field(default_factory=dict)
    verbeteraccount: str = "sd-verbeteraar"
    deelnemersgroep: str = "sd-deelnemers"
    gelijktijdig_starten: int = 10
    starttijd: int = 120
    datateams: dict[str, list[str]] = field(default_factory=dict)

    @property
    def map(self) -> Path:
        return Path(self.instantie)

    def bewaar(self) -> Path:
        pad = self.map / "hub.json"
        pad.write_text(json.dumps(asdict(self), indent=1, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        pad.chmod(0o600)  # namen van deelnemers: enkel root (de hub) leest dit
        return pad

    @classmethod
    def lees(cls, instantie: Path) -> Instellingen:
        return cls(**json.loads((Path(instantie) / "hub.json").read_text(encoding="utf-8")))

    def publiek_adres(self) -> str:
        if self.adres:
            return self.adres.rstrip("/") + "/"
        ip = "127.0.0.1" if self.ip in {"0.0.0.0", "127.0.0.1"} else self.ip
        if self.ip == "0.0.0.0":
            try:
                ip = subprocess.run(["hostname", "-I"], capture_output=True, text=True,
                                    check=False).stdout.split()[0]
            except (IndexError, OSError):
                ip = "127.0.0.1"
        return f"http://{ip}:{self.poort}/"


# --- deelnemerslijst ----------------------------------------------------------------------


@dataclass
class Deelnemer:
    gebruikersnaam: str
    naam: str


def gebruikersnaam_van(naam: str, voorvoegsel: str = "") -> str:
    """Een geldige Unix- en hubnaam uit een naam: kleine letters, zonder accenten of spaties.

    >>> gebruikersnaam_van("Élise Van den Broeck")
    'elise.vandenbroeck'
    >>> gebruikersnaam_van("an peeters", voorvoegsel="t1-")
    't1-an.peeters'
    """
    zonder = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode().lower()
    delen = [re.sub(r"[^a-z0-9]", "", d) for d in zonder.split()]
    delen = [d for d in delen if d]
    if not delen:
        raise ValueError(f"Van {naam!r} kan ik geen gebruikersnaam maken.")
    kern = delen[0] + ("." + "".join(delen[1:]) if len(delen) > 1 else "")
    if not kern[0].isalpha():
        kern = "d" + kern
    return (voorvoegsel + kern)[:32]


def lees_deelnemers(pad: Path, voorvoegsel: str = "") -> list[Deelnemer]:
    """Lees een deelnemerslijst: een CSV met een kolom `naam` (of `voornaam` en `achternaam`,
    en eventueel `gebruikersnaam`), of een tekstbestand met één naam per regel.

    Lege regels en regels die met # beginnen tellen niet. Twee keer dezelfde gebruikersnaam
    krijgt een volgnummer.
    """
    tekst = Path(pad).read_text(encoding="utf-8-sig")
    regels = [r for r in tekst.splitlines() if r.strip() and not r.lstrip().startswith("#")]
    if not regels:
        raise ValueError(f"{pad} bevat geen deelnemers.")
    eerste = regels[0].lower()
    scheiding = ";" if eerste.count(";") > eerste.count(",") else ","
    kop = [k.strip() for k in eerste.split(scheiding)]
    paren: list[tuple[str, str | None]] = []
    if "naam" in kop or "voornaam" in kop or "gebruikersnaam" in kop:
        for rij in csv.DictReader(regels, delimiter=scheiding):
            rij = {(k or "").strip().lower(): (v or "").strip() for k, v in rij.items()}
            naam = rij.get("naam") or " ".join(
                x for x in (rij.get("voornaam"), rij.get("achternaam")) if x)
            paren.append((naam or rij.get("gebruikersnaam", ""), rij.get("gebruikersnaam")))
    else:
        paren = [(r.strip(), None) for r in regels]
    uitkomst: list[Deelnemer] = []
    gezien: set[str] = set()
    for naam, eigen in paren:
        basis = (voorvoegsel + eigen.lower()) if eigen else gebruikersnaam_van(naam, voorvoegsel)
        if not re.fullmatch(r"[a-z_][a-z0-9_.-]{0,31}", basis):
            raise ValueError(f"{basis!r} is geen geldige gebruikersnaam (kleine letters, cijfers, "
                             "punt, streepje).")
        kandidaat, volgnummer = basis, 2
        while kandidaat in gezien:
            kandidaat, volgnummer = f"{basis[:30]}{volgnummer}", volgnummer + 1
        gezien.add(kandidaat)
        uitkomst.append(Deelnemer(kandidaat, naam))
    return uitkomst


# --- Unix-accounts ----------------------------------------------------------------------------

_ALFABET = "abcdefghjkmnpqrstuvwxyz23456789"  # geen 0/o, 1/l/i: makkelijk over te typen


def nieuw_wachtwoord() -> str:
    """Een willekeurig wachtwoord van 3 × 4 tekens (± 59 bits), makkelijk over te typen.

    >>> w = nieuw_wachtwoord(); len(w), w.count("-")
    (14, 2)
    """
    return "-".join("".join(secrets.choice(_ALFABET) for _ in range(4)) for _ in range(3))


def _voer(*opdracht: str, invoer: str | None = None) -> None:
    subprocess.run(list(opdracht), input=invoer, text=True, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def bestaat(gebruiker: str) -> bool:
    try:
        pwd.getpwnam(gebruiker)
        return True
    except KeyError:
        return False


def maak_groep(groep: str) -> None:
    try:
        grp.getgrnam(groep)
    except KeyError:
        _voer("groupadd", groep)


def maak_account(gebruiker: str, groepen: list[str], wachtwoord: str | None = None) -> bool:
    """Maak een Unix-account met een home-map die enkel van hemzelf is (0700).

    Geeft True als het account nieuw is. Een bestaand account krijgt enkel de groepen erbij
    (en het wachtwoord, als dat gegeven is)."""
    for groep in groepen:
        maak_groep(groep)
    nieuw = not bestaat(gebruiker)
    if nieuw:
        opdracht = ["useradd", "--create-home", "--shell", "/bin/bash", "-K", "HOME_MODE=0700",
                    "-K", "UMASK=0077"]
        if groepen:
            opdracht += ["--groups", ",".join(groepen)]
        _voer(*opdracht, gebruiker)
    elif groepen:
        _voer("usermod", "--append", "--groups", ",".join(groepen), gebruiker)
    os.chmod(pwd.getpwnam(gebruiker).pw_dir, 0o700)
    if wachtwoord:
        _voer("chpasswd", invoer=f"{gebruiker}:{wachtwoord}\n")
    return nieuw


def processen_van(gebruiker: str) -> list[int]:
    """De PID's van alle processen van `gebruiker` (uit /proc)."""
    try:
        uid = pwd.getpwnam(gebruiker).pw_uid
    except KeyError:
        return []
    pids = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if p.stat().st_uid == uid:
                    pids.append(int(p.name))
            except OSError:
                continue
    return pids


def verwijder_account(gebruiker: str) -> None:
    """Stop de processen van `gebruiker` (per PID) en verwijder het account met zijn home."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = processen_van(gebruiker)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        einde = time.monotonic() + 5
        while processen_van(gebruiker) and time.monotonic() < einde:
            time.sleep(0.1)
    if bestaat(gebruiker):
        subprocess.run(["userdel", "--remove", gebruiker], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def verwijder_groep(groep: str) -> None:
    subprocess.run(["groupdel", groep], check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


# --- aanmeldkaarten ---------------------------------------------------------------------------

_KAART_CSS = """\
@page { size: A4 portrait; margin: 8mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #e8e8e8; color: #222;
       font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
.uitleg { width: 194mm; margin: 8mm auto; padding: 6mm 8mm; background: #fff; font-size: 11pt; }
.blad { width: 194mm; height: 280mm; margin: 8mm auto; background: #fff; display: grid;
        grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr;
        break-after: page; page-break-after: always; break-inside: avoid; }
.blad:last-of-type { break-after: auto; page-break-after: auto; }
.kaart { display: flex; flex-direction: column; gap: 4mm; padding: 9mm 8mm;
         border: 0.3mm dashed #777; border-left: 5mm solid #0072B2; }
.kop { margin: 0; font-size: 9pt; letter-spacing: 0.04em; text-transform: uppercase; color: #555; }
.naam { margin: 0; font-size: 17pt; font-weight: 600; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2mm 4mm; font-size: 12pt; }
dt { color: #555; } dd { margin: 0; font-family: "DejaVu Sans Mono", Consolas, monospace;
     font-size: 13pt; word-break: break-all; }
.stappen { margin: 0; padding-left: 5mm; font-size: 10pt; line-height: 1.35; }
.klein { margin: auto 0 0 0; font-size: 8pt; color: #555; }
@media print { body { background: none; -webkit-print-color-adjust: exact;
  print-color-adjust: exact; } .uitleg { display: none; } .blad { margin: 0; } }
"""


def aanmeldkaarten(kaarten: list[tuple[Deelnemer, str]], adres: str, cursus_id: str) -> str:
    """Een HTML-pagina met een aanmeldkaart per deelnemer (vier per A4, om te knippen).

    >>> t = aanmeldkaarten([(Deelnemer("an.test", "An Test"), "abcd-efgh-jkmn")],
    ...                    "http://127.0.0.1:8000/", "schooldata")
    >>> "abcd-efgh-jkmn" in t and "an.test" in t and t.count('class="kaart"')
    1
    """
    artikels = []
    for deelnemer, wachtwoord in kaarten:
        artikels.append(f"""<article class="kaart">
<p class="kop">Datageletterdheid op school · aanmelden</p>
<p class="naam">{html.escape(deelnemer.naam)}</p>
<dl>
<dt>adres</dt><dd>{html.escape(adres)}</dd>
<dt>gebruikersnaam</dt><dd>{html.escape(deelnemer.gebruikersnaam)}</dd>
<dt>wachtwoord</dt><dd>{html.escape(wachtwoord)}</dd>
</dl>
<ol class="stappen">
<li>Open het adres in je browser (Chrome, Edge, Firefox of Safari).</li>
<li>Typ je gebruikersnaam en wachtwoord en klik op <em>Sign in</em>.</li>
<li>Je komt in JupyterLab bij de welkomstnotebook. Je eigen kopie van de cursus staat in de
map <code>cursus</code>; opdrachten haal je op in het tabblad <em>Assignments</em>
(menu <em>Nbgrader</em>).</li>
</ol>
<p class="klein">Dit wachtwoord is enkel voor jou en voor deze cursus ({html.escape(cursus_id)}).
Geef het aan niemand door. Ben je het kwijt, vraag dan een nieuw aan je begeleider.</p>
</article>""")
    bladen = ["<section class=\"blad\">\n" + "\n".join(artikels[i:i + 4]) + "\n</section>"
              for i in range(0, len(artikels), 4)]
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Aanmeldkaarten · schooldata-lit</title>
<style>
{_KAART_CSS}</style>
</head>
<body>
<header class="uitleg">
<h1>Aanmeldkaarten</h1>
<p>Eén kaart per deelnemer, met een wachtwoord dat enkel op deze kaart staat (nergens anders
bewaard). Druk af op A4, staand, op ware grootte, en knip langs de stippellijnen. Deel elke kaart
persoonlijk uit en vernietig de overschotten. Deze uitleg komt niet mee op papier.</p>
</header>
{chr(10).join(bladen)}
</body>
</html>
"""


# --- de hub klaarzetten -----------------------------------------------------------------------


#: Cursisten op de hub halen opdrachten op en dienen ze in via nbgraders opdrachtenlijst. Die
#: zet bij elke opgehaalde notebook een knop "Validate" waarvan het venster vast Engelstalig is
#: en de code van de controlecellen toont (zoals de knop in de notebook, die al verborgen is).
#: Dit stijlblad verbergt die knop; "Alle cellen uitvoeren" en `schooldata-lit controleer`
#: zeggen in het Nederlands wat nog open staat. De hub zet het bij elke start in
#: ~/.jupyter/custom/custom.css (jupyterhub_config.py), JupyterLab laadt het met
#: LabApp.custom_css.
OPDRACHTENLIJST_CSS = """\
/* schooldata-lit: geen Engelstalige knop "Validate" in de opdrachtenlijst van nbgrader. */
#fetched_assignments_list .nested_list_item .item_status button {
  display: none;
}
"""


def _schrijf(pad: Path, inhoud: str, modus: int = 0o644) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(inhoud, encoding="utf-8")
    pad.chmod(modus)


def _json(inhoud: dict) -> str:
    return json.dumps(inhoud, indent=1) + "\n"


def etc_pad(inst: Path) -> str:
    """JUPYTER_CONFIG_PATH van de verbeterdienst: eerst zijn eigen instellingen."""
    return f"{inst / 'etc' / 'verbeteren'}:{inst / 'etc' / 'jupyter'}"


def is_geinstalleerd(prefix: Path) -> bool:
    return (prefix / "venv" / "bin" / "jupyterhub").exists() and bool(
        shutil.which("configurable-http-proxy"))


def installeer(prefix: Path) -> None:
    """Voer deploy/installeer.sh uit (pakketten, venv, JupyterHub, proxy)."""
    print("[hub] Installeren: cursusomgeving, JupyterHub en configurable-http-proxy "
          "(eenmalig, enkele minuten) ...", flush=True)
    subprocess.run(["bash", str(DEPLOY / "installeer.sh"), str(prefix)], check=True)


def zet_klaar(s: Instellingen, deelnemers: list[Deelnemer], lesgevers: list[str], *,
              nieuwe_wachtwoorden: bool = False, cursus: Path = CURSUS) -> list[
                  tuple[Deelnemer, str]]:
    """Zet de hub klaar in `s.instantie` en maak de accounts; geeft (deelnemer, wachtwoord)
    terug voor elk account dat een (nieuw) wachtwoord kreeg: die komen op de kaarten."""
    inst, prefix = s.map, Path(s.prefix)
    inst.mkdir(parents=True, exist_ok=True)
    inst.chmod(0o755)
    staat = inst / "staat"
    staat.mkdir(exist_ok=True)
    staat.chmod(0o700)
    token = staat / "beheer_token"
    if not token.exists():
        _schrijf(token, secrets.token_hex(32) + "\n", 0o600)

    # Accounts: de verbeteraccount, de lesgevers, de deelnemers.
    maak_account(s.verbeteraccount, [])
    nieuw_lijst = [d.gebruikersnaam for d in deelnemers]
    s.deelnemers = sorted(set(s.deelnemers) | set(nieuw_lijst))
    s.lesgevers = sorted(set(s.lesgevers) | set(lesgevers))
    s.namen.update({d.gebruikersnaam: d.naam for d in deelnemers})
    s.namen.update({lg: s.namen.get(lg, lg) for lg in lesgevers})
    kaarten: list[tuple[Deelnemer, str]] = []
    for gebruiker in [*s.lesgevers, *s.deelnemers]:
        groepen = [] if gebruiker in s.lesgevers else [s.deelnemersgroep]
        nieuw = not bestaat(gebruiker)
        wachtwoord = nieuw_wachtwoord() if (nieuw or nieuwe_wachtwoorden) else None
        maak_account(gebruiker, groepen, wachtwoord)
        if wachtwoord:
            kaarten.append((Deelnemer(gebruiker, s.namen.get(gebruiker, gebruiker)), wachtwoord))

    # De leerlingversie (zonder opdrachten: die komen via nbgrader) en de bibliotheek.
    tijdelijk = inst / ".leerlingversie-nieuw"
    if tijdelijk.exists():
        shutil.rmtree(tijdelijk)
    bouw_leerlingversie(cursus, tijdelijk, met_opdrachten=False, als_zip=False)
    if (inst / "leerlingversie").exists():
        shutil.rmtree(inst / "leerlingversie")
    (tijdelijk / "schooldata-lit-leerling").rename(inst / "leerlingversie")
    shutil.rmtree(tijdelijk)
    _schrijf(inst / "lib" / "strikt_verzamelen.py",
             (DEPLOY / "strikt_verzamelen.py").read_text(encoding="utf-8"))
    _schrijf(inst / "jupyterhub_config.py",
             (DEPLOY / "jupyterhub_config.py").read_text(encoding="utf-8"))
    _schrijf(inst / "bin" / "start-server",
             "#!/bin/sh\n# Start een server van de hub. umask 0027: wat je maakt, kan je groep\n"
             "# (bv. je datateam) lezen, niemand anders. Home-mappen staan op 0700.\n"
             f"umask 0027\nexec {prefix}/venv/bin/jupyterhub-singleuser \"$@\"\n", 0o755)

    # nbgrader in een terminal, als de verbeteraccount en met de omgeving van de dienst:
    #   sudo /srv/schooldata-hub/bin/nbgrader-cursus autograde 1.1_data_de_feiten
    verbeterhome = pwd.getpwnam(s.verbeteraccount).pw_dir
    _schrijf(inst / "bin" / "nbgrader-cursus",
             "#!/bin/sh\n# nbgrader voor deze cursus, als de verbeteraccount, in de cursusmap.\n"
             f"exec runuser -u {s.verbeteraccount} -- env -i HOME={verbeterhome} "
             f"PATH={prefix}/venv/bin:/usr/local/bin:/usr/bin:/bin "
             f"JUPYTER_CONFIG_PATH={etc_pad(inst)} "
             f"PYTHONPATH={inst}/leerlingversie:{inst}/lib LANG=C.UTF-8 "
             f"sh -c 'umask 0077; cd {inst}/cursusmap && exec nbgrader \"$@\"' nbgrader \"$@\"\n",
             0o750)

    # Exchange: root 1777 (nbgrader eist 0777-bits), de cursusmap erin vooraf aangemaakt.
    verbeteraar = pwd.getpwnam(s.verbeteraccount)
    exchange = inst / "exchange"
    exchange.mkdir(exist_ok=True)
    exchange.chmod(0o1777)
    (exchange / s.cursus_id).mkdir(exist_ok=True)
    os.chown(exchange / s.cursus_id, verbeteraar.pw_uid, verbeteraar.pw_gid)
    (exchange / s.cursus_id).chmod(0o755)

    # Configuratie voor alle servers (JUPYTER_CONFIG_PATH) en voor de verbeterdienst.
    etc = inst / "etc"
    _schrijf(etc / "jupyter" / "nbgrader_config.py",
             "c = get_config()  # noqa: F821\n"
             f"c.CourseDirectory.course_id = {s.cursus_id!r}\n"
             f"c.Exchange.root = {str(exchange)!r}\n"
             "c.Exchange.add_random_string = True\n")
    _schrijf(etc / "jupyter" / "jupyter_server_config.json", _json({
        "ServerApp": {"jpserver_extensions": {"nbgrader.server_extensions.formgrader": False,
                                              "nbgrader.server_extensions.course_list": False}},
        # laadt ~/.jupyter/custom/custom.css (zie OPDRACHTENLIJST_CSS)
        "LabApp": {"custom_css": True}}))
    _schrijf(inst / "lib" / "custom.css", OPDRACHTENLIJST_CSS)
    # Ook "Validate" niet: zijn venster is vast Engelstalig en toont de code van de
    # controlecellen; "Alle cellen uitvoeren" zegt in het Nederlands wat nog open staat.
    _schrijf(etc / "jupyter" / "labconfig" / "page_config.json", _json({"disabledExtensions": {
        "@jupyter/nbgrader:formgrader": True, "@jupyter/nbgrader:course-list": True,
        "@jupyter/nbgrader:create-assignment": True,
        "@jupyter/nbgrader:validate-assignment": True}}))
    _schrijf(etc / "verbeteren" / "jupyter_server_config.json", _json({"ServerApp": {
        "jpserver_extensions": {"nbgrader.server_extensions.formgrader": True,
                                "nbgrader.server_extensions.course_list": True}}}))
    _schrijf(etc / "verbeteren" / "labconfig" / "page_config.json", _json({
        "disabledExtensions": {"@jupyter/nbgrader:formgrader": False,
                               "@jupyter/nbgrader:course-list": False,
                               "@jupyter/nbgrader:create-assignment": False,
                               "@jupyter/nbgrader:validate-assignment": False}}))

    # De cursusmap van de verbeteraccount: bron (solutions/) en gradebook, 0700.
    cursusmap = inst / "cursusmap"
    cursusmap.mkdir(exist_ok=True)
    if not (cursusmap / "solutions").exists():
        shutil.copytree(cursus / "solutions", cursusmap / "solutions",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    # het Nederlandstalige feedbacksjabloon (nbgrader_config.py zoekt het naast zichzelf)
    shutil.copytree(cursus / "nbgrader_sjablonen", cursusmap / "nbgrader_sjablonen",
                    dirs_exist_ok=True)
    basis = (cursus / "nbgrader_config.py").read_text(encoding="utf-8")
    _schrijf(cursusmap / "nbgrader_config.py", basis + f"""
# --- toegevoegd door deploy/hub.py: de cursus op de hub ---
c.CourseDirectory.root = {str(cursusmap)!r}
c.CourseDirectory.course_id = {s.cursus_id!r}
c.Exchange.root = {str(exchange)!r}
# Geen inzendingen op naam van een ander (zie deploy/strikt_verzamelen.py).
c.ExchangeFactory.collect = "strikt_verzamelen.OwnerCheckedCollect"
""", 0o640)
    for pad in [cursusmap, *cursusmap.rglob("*")]:
        os.lchown(pad, verbeteraar.pw_uid, verbeteraar.pw_gid)
    cursusmap.chmod(0o700)
    s.bewaar()
    return kaarten


def datateam(s: Instellingen, naam: str, leden: list[str]) -> Path:
    """Een gedeelde map voor een datateam: `<hub>/datateams/<naam>`, groep `dt-<naam>`, 2750.

    Enkel de leden (en root) kunnen erin; wat een lid er schrijft, kunnen de anderen lezen
    (umask 0027 van de servers), niemand anders. Elk lid krijgt een snelkoppeling
    `~/datateam_<naam>`. Herstart de servers van de leden na het toevoegen (nieuwe groep).
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,20}", naam):
        raise ValueError("Een teamnaam bestaat uit kleine letters, cijfers, - of _ (max. 21).")
    groep = f"dt-{naam}"
    maak_groep(groep)
    eigenaar = leden[0]
    for lid in leden:
        if not bestaat(lid):
            raise ValueError(f"{lid} heeft nog geen account op deze hub.")
        _voer("usermod", "--append", "--groups", groep, lid)
    map_ = s.map / "datateams" / naam
    map_.mkdir(parents=True, exist_ok=True)
    (s.map / "datateams").chmod(0o755)
    os.chown(map_, pwd.getpwnam(eigenaar).pw_uid, grp.getgrnam(groep).gr_gid)
    map_.chmod(0o2770)
    for lid in leden:
        info = pwd.getpwnam(lid)
        link = Path(info.pw_dir) / f"datateam_{naam}"
        if not link.is_symlink():
            link.symlink_to(map_)
            os.lchown(link, info.pw_uid, info.pw_gid)
    s.datateams[naam] = sorted(set(s.datateams.get(naam, [])) | set(leden))
    s.bewaar()
    return map_


def omgeving(s: Instellingen) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["PATH"] = f"{s.prefix}/venv/bin:/usr/local/bin:/usr/bin:/bin"
    env["SCHOOLDATA_HUB_INSTELLINGEN"] = str(s.map / "hub.json")
    return env


def _stop_met_ouder() -> None:
    """In het kindproces: krijg SIGTERM als het proces dat de hub startte verdwijnt (Linux)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_hub(s: Instellingen, log=None) -> subprocess.Popen:
    """Start JupyterHub (als root) met de configuratie van deze hub; geeft het proces.

    De hub krijgt een eigen sessie (Ctrl+C in de terminal gaat naar dit script, dat de hub
    netjes stopt) en stopt vanzelf als dit script hard gestopt wordt."""
    return subprocess.Popen(
        [f"{s.prefix}/venv/bin/jupyterhub", "-f", str(s.map / "jupyterhub_config.py")],
        cwd=s.map / "staat", env=omgeving(s), stdout=log, stderr=subprocess.STDOUT if log
        else None, start_new_session=True, preexec_fn=_stop_met_ouder)


def wacht_op_hub(s: Instellingen, proces: subprocess.Popen | None = None,
                 seconden: float = 60) -> None:
    url = f"http://127.0.0.1:{s.poort}/hub/api/"
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if proces is not None and proces.poll() is not None:
            raise RuntimeError(f"De hub stopte meteen (code {proces.returncode}).")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"De hub antwoordde niet binnen {seconden} s op {url}.")


def stop_hub(proces: subprocess.Popen, seconden: float = 30) -> None:
    """Stop de hub netjes (SIGTERM stopt ook de proxy en alle servers), anders hard."""
    if proces.poll() is None:
        proces.terminate()
        try:
            proces.wait(seconden)
        except subprocess.TimeoutExpired:
            os.killpg(proces.pid, signal.SIGKILL)
            proces.wait(10)


def ruim_op(s: Instellingen) -> None:
    """Verwijder alle accounts, groepen en de map van de hub (na de cursus)."""
    for gebruiker in [*s.deelnemers, *s.lesgevers, s.verbeteraccount]:
        verwijder_account(gebruiker)
    for groep in [s.deelnemersgroep, *(f"dt-{t}" for t in s.datateams)]:
        verwijder_groep(groep)
    shutil.rmtree(s.map, ignore_errors=True)


# --- opdrachtregel ----------------------------------------------------------------------------


def _controleer_root() -> None:
    if os.geteuid() != 0:
        sys.exit("[hub] Dit moet als root: sudo python3 cursus.py hub ...")


def _start(args: argparse.Namespace) -> int:
    _controleer_root()
    inst = Path(args.map)
    s = Instellingen.lees(inst) if (inst / "hub.json").exists() else Instellingen(
        instantie=str(inst))
    s.prefix = str(Path(args.prefix))
    if args.cursus:
        s.cursus_id = args.cursus
    if args.poort:
        s.poort = args.poort
    if args.ip:
        s.ip = args.ip
    if args.adres:
        s.adres = args.adres
    if not is_geinstalleerd(Path(s.prefix)):
        installeer(Path(s.prefix))
    deelnemers = lees_deelnemers(Path(args.deelnemers)) if args.deelnemers else []
    lesgevers = [gebruikersnaam_van(x) if " " in x else x.lower() for x in args.lesgever]
    if not (s.lesgevers or lesgevers):
        sys.exit("[hub] Geef minstens één lesgever: --lesgever NAAM.")
    kaarten = zet_klaar(s, deelnemers, lesgevers, nieuwe_wachtwoorden=args.nieuwe_wachtwoorden)
    adres = s.publiek_adres()
    if kaarten:
        pad = s.map / "staat" / f"kaarten-{time.strftime('%Y%m%d-%H%M%S')}.html"
        _schrijf(pad, aanmeldkaarten(kaarten, adres, s.cursus_id), 0o600)
        print(f"[hub] {len(kaarten)} aanmeldkaart(en) met wachtwoord: {pad}\n"
              "      Druk ze af en wis daarna het bestand (de wachtwoorden staan nergens anders).")
    print(f"[hub] {len(s.deelnemers)} deelnemer(s), lesgever(s): {', '.join(s.lesgevers)}.")
    if args.niet_starten:
        return 0
    proces = start_hub(s)
    try:
        wacht_op_hub(s, proces)
        print(f"\n[hub] De hub draait. Adres voor de deelnemers: {adres}\n"
              f"      Lesgevers verbeteren in {adres}services/{s.cursus_id}/formgrader "
              "(open in een eigen tabblad).\n      Stoppen: Ctrl+C.\n", flush=True)
        return proces.wait()
    except KeyboardInterrupt:
        print("\n[hub] Stoppen ...", flush=True)
        return 0
    finally:
        stop_hub(proces)


def _datateam(args: argparse.Namespace) -> int:
    _controleer_root()
    s = Instellingen.lees(Path(args.map))
    leden = [x.strip() for x in args.leden.split(",") if x.strip()]
    map_ = datateam(s, args.naam, leden)
    print(f"[hub] Gedeelde map voor datateam {args.naam}: {map_} (groep dt-{args.naam}: "
          f"{', '.join(leden)}).\n      Herstart hun servers (Hub Control Panel) zodat de "
          "nieuwe groep geldt. Bewaar de sleutel nooit in deze map.")
    return 0


def _opruimen(args: argparse.Namespace) -> int:
    _controleer_root()
    s = Instellingen.lees(Path(args.map))
    if not args.ja:
        antwoord = input(f"Alle {len(s.deelnemers) + len(s.lesgevers) + 1} accounts met hun "
                         f"bestanden en {s.map} verwijderen? Typ ja: ")
        if antwoord.strip().lower() != "ja":
            print("[hub] Niets verwijderd.")
            return 1
    ruim_op(s)
    print("[hub] Accounts, groepen en de map van de hub zijn verwijderd.")
    return 0


def main(argumenten: list[str] | None = None) -> int:
    argumenten = list(sys.argv[1:] if argumenten is None else argumenten)
    if not argumenten or argumenten[0].startswith("-") and argumenten[0] not in {"-h",
                                                                                "--help"}:
        argumenten.insert(0, "start")
    p = argparse.ArgumentParser(prog="python3 cursus.py hub",
                                description="De cursus voor een groep op één server "
                                            "(JupyterHub + nbgrader). Zie deploy/LEESMIJ.md.")
    p.add_argument("--map", default=str(INSTANTIE_STANDAARD), help="map van de hub")
    p.add_argument("--prefix", default=str(PREFIX_STANDAARD),
                   help="installatiemap (standaard /opt/schooldata-hub)")
    sub = p.add_subparsers(dest="opdracht")
    st = sub.add_parser("start", help="accounts maken, kaarten afdrukken en de hub starten")
    st.add_argument("--deelnemers", help="deelnemerslijst: CSV met kolom naam, of één naam "
                                         "per regel")
    st.add_argument("--lesgever", action="append", default=[],
                    help="gebruikersnaam van een lesgever (mag meermaals)")
    st.add_argument("--cursus", help="naam van de cursus in nbgrader (standaard schooldata)")
    st.add_argument("--poort", type=int, help="poort van de hub (standaard 8000)")
    st.add_argument("--ip", help="IP-adres om op te luisteren (standaard 0.0.0.0, alle)")
    st.add_argument("--adres", help="het adres voor de kaarten, bv. https://cursus.school.be/")
    st.add_argument("--nieuwe-wachtwoorden", action="store_true",
                    help="ook bestaande accounts een nieuw wachtwoord en een kaart geven")
    st.add_argument("--niet-starten", action="store_true",
                    help="enkel klaarzetten (bv. als systemd de hub start)")
    dt = sub.add_parser("datateam", help="een gedeelde map voor een datateam")
    dt.add_argument("--naam", required=True)
    dt.add_argument("--leden", required=True, help="gebruikersnamen, gescheiden door komma's")
    op = sub.add_parser("opruimen", help="alle accounts en de map van de hub verwijderen")
    op.add_argument("--ja", action="store_true", help="niet meer bevestigen")
    # --map/--prefix mogen ook na de subopdracht staan
    for sp in (st, dt, op):
        sp.add_argument("--map", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sp.add_argument("--prefix", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    args = p.parse_args(argumenten)
    return {"start": _start, "datateam": _datateam, "opruimen": _opruimen}[args.opdracht](args)


if __name__ == "__main__":
    sys.exit(main())
