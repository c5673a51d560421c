"""Hulp voor tests/test_hub.py: een echte hub op 127.0.0.1 met echte Unix-accounts.

De tests hebben root nodig, de hubomgeving van `deploy/installeer.sh` (standaard in
/opt/schooldata-hub) en configurable-http-proxy (npm). Ontbreekt iets, dan slaan ze over met
de reden erbij; staat ``SCHOOLDATA_HUB_VERPLICHT=1`` (zoals in CI), dan is dat een fout.
Elke run krijgt een eigen voorvoegsel voor accounts en groepen, en ruimt alles weer op.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

CURSUS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CURSUS / "deploy"))

import hub as hubmodule  # noqa: E402

PREFIX = Path(os.environ.get("SCHOOLDATA_HUB_PREFIX", "/opt/schooldata-hub"))


def vereisten_of_overslaan() -> None:
    """Skip (lokaal) of faal (CI) als root, de hubomgeving of de proxy ontbreekt."""
    redenen = []
    if os.name != "posix" or os.geteuid() != 0:
        redenen.append("de hubtests maken echte Unix-accounts en moeten dus als root draaien")
    if not shutil.which("useradd"):
        redenen.append("useradd ontbreekt")
    if not (PREFIX / "venv" / "bin" / "jupyterhub").exists():
        redenen.append(f"de hubomgeving ontbreekt in {PREFIX} (sudo bash deploy/installeer.sh)")
    if not shutil.which("configurable-http-proxy"):
        redenen.append("configurable-http-proxy ontbreekt (npm install -g "
                       "configurable-http-proxy, of deploy/installeer.sh)")
    if not redenen:
        return
    reden = "Hubtest overgeslagen: " + "; ".join(redenen) + "."
    if os.environ.get("SCHOOLDATA_HUB_VERPLICHT") == "1":
        pytest.fail(reden + " SCHOOLDATA_HUB_VERPLICHT=1, dus dit is een fout.")
    pytest.skip(reden)


def als(gebruiker: str, opdracht: str, s: hubmodule.Instellingen,
        umask: str = "0027") -> subprocess.CompletedProcess:
    """Voer een shell-opdracht uit als `gebruiker`, met de omgeving van zijn server."""
    omgeving = {
        "PATH": f"{s.prefix}/venv/bin:/usr/local/bin:/usr/bin:/bin",
        "JUPYTER_CONFIG_PATH": str(s.map / "etc" / "jupyter"),
        "PYTHONPATH": f"{s.map / 'leerlingversie'}:{s.map / 'lib'}",
        "HOME": os.path.expanduser(f"~{gebruiker}"), "LANG": "C.UTF-8",
    }
    return subprocess.run(
        ["runuser", "-u", gebruiker, "--", "env", "-i",
         *(f"{k}={v}" for k, v in omgeving.items()),
         "sh", "-c", f"umask {umask}; cd \"$HOME\" && {opdracht}"],
        capture_output=True, text=True, timeout=120, check=False)


class Hub:
    """Een draaiende hub voor één testrun; `sluit()` ruimt alles op."""

    def __init__(self, werkmap: Path, deelnemerslijst: str, *, gelijktijdig_starten: int = 10,
                 starttijd: int = 90) -> None:
        self.run = "sd" + secrets.token_hex(3)
        poorten = set()
        while len(poorten) < 4:
            poorten.add(hubmodule_vrije_poort())
        p = sorted(poorten)
        self.s = hubmodule.Instellingen(
            instantie=f"/tmp/schooldata-hubtest-{self.run}", prefix=str(PREFIX),
            cursus_id="schooldata", ip="127.0.0.1", poort=p[0], hub_poort=p[1],
            proxy_poort=p[2], dienst_poort=p[3], verbeteraccount=f"{self.run}-verbeteraar",
            deelnemersgroep=f"{self.run}-deelnemers", gelijktijdig_starten=gelijktijdig_starten,
            starttijd=starttijd)
        self.lijst = werkmap / "deelnemers.csv"
        self.lijst.write_text(deelnemerslijst, encoding="utf-8")
        self.deelnemers = hubmodule.lees_deelnemers(self.lijst, voorvoegsel=f"{self.run}-")
        self.lector = f"{self.run}-lector"
        self.lector2 = f"{self.run}-lector2"  # een tweede lesgever voor dezelfde cursus
        self.proces: subprocess.Popen | None = None
        self.log = None
        self.basis = f"http://127.0.0.1:{self.s.poort}"
        self.tokens: dict[str, str] = {}

    def start(self) -> None:
        """Accounts en configuratie klaarzetten en de hub starten (ruim op met `sluit`)."""
        self.kaarten = hubmodule.zet_klaar(self.s, self.deelnemers, [self.lector, self.lector2])
        self.wachtwoorden = {d.gebruikersnaam: w for d, w in self.kaarten}
        self.kaarten_html = hubmodule.aanmeldkaarten(self.kaarten, self.basis + "/",
                                                     self.s.cursus_id)
        self.log = open(self.s.map / "staat" / "hub.log", "w")  # noqa: SIM115
        self.proces = hubmodule.start_hub(self.s, log=self.log)
        hubmodule.wacht_op_hub(self.s, self.proces, 60)
        self.beheer = {"Authorization": "token " + (self.s.map / "staat" / "beheer_token")
                       .read_text().strip()}

    # --- hub-API -----------------------------------------------------------------------------
    def api(self, methode: str, pad: str, **kw) -> requests.Response:
        return requests.request(methode, f"{self.basis}/hub/api{pad}", headers=self.beheer,
                                timeout=60, **kw)

    def token(self, gebruiker: str) -> str:
        if gebruiker not in self.tokens:
            r = self.api("POST", f"/users/{gebruiker}/tokens", json={"expires_in": 3600})
            r.raise_for_status()
            self.tokens[gebruiker] = r.json()["token"]
        return self.tokens[gebruiker]

    def kop(self, gebruiker: str) -> dict[str, str]:
        return {"Authorization": f"token {self.token(gebruiker)}"}

    def start_servers(self, gebruikers: list[str], seconden: float = 120) -> float:
        begin = time.monotonic()
        for g in gebruikers:
            r = self.api("POST", f"/users/{g}/server")
            assert r.status_code in (201, 202), (g, r.status_code, r.text)
        wachtend = set(gebruikers)
        while wachtend and time.monotonic() - begin < seconden:
            for g in list(wachtend):
                model = self.api("GET", f"/users/{g}").json()
                if model.get("servers", {}).get("", {}).get("ready"):
                    wachtend.discard(g)
            time.sleep(0.5)
        assert not wachtend, f"servers niet klaar na {seconden} s: {wachtend}"
        return time.monotonic() - begin

    # --- server van een gebruiker en de verbeterdienst ---------------------------------------
    def als_gebruiker(self, gebruiker: str, methode: str, pad: str, *, wie: str | None = None,
                      **kw) -> requests.Response:
        """Een verzoek aan de server van `gebruiker`, met het token van `wie` (standaard zelf)."""
        return requests.request(methode, f"{self.basis}/user/{gebruiker}/{pad.lstrip('/')}",
                                headers=self.kop(wie or gebruiker), timeout=120, **kw)

    def formgrader(self, methode: str, pad: str, wie: str | None = None,
                   **kw) -> requests.Response:
        return requests.request(
            methode, f"{self.basis}/services/{self.s.cursus_id}/formgrader/{pad.lstrip('/')}",
            headers=self.kop(wie or self.lector), timeout=180, allow_redirects=False, **kw)

    def formgrader_ok(self, methode: str, pad: str, **kw) -> dict | list:
        r = self.formgrader(methode, pad, **kw)
        assert r.status_code == 200, (pad, r.status_code, r.text[:500])
        uitkomst = r.json()
        if isinstance(uitkomst, dict) and "success" in uitkomst:
            assert uitkomst["success"], (pad, json.dumps(uitkomst)[:2000])
        return uitkomst

    def login(self, gebruiker: str, wachtwoord: str) -> requests.Session:
        """Aanmelden via het formulier, zoals een browser."""
        sessie = requests.Session()
        r = sessie.get(f"{self.basis}/hub/login", timeout=30)
        xsrf = sessie.cookies.get("_xsrf", "")
        r = sessie.post(f"{self.basis}/hub/login?next=", timeout=60,
                        data={"username": gebruiker, "password": wachtwoord, "_xsrf": xsrf},
                        allow_redirects=False)
        sessie.status = r.status_code  # type: ignore[attr-defined]
        return sessie

    def gebruikers_van_run(self) -> list[str]:
        return [regel.split(":")[0] for regel in Path("/etc/passwd").read_text().splitlines()
                if regel.startswith(self.run + "-")]

    def sluit(self) -> list[str]:
        """Stop de hub, verwijder accounts, groepen en mappen; geeft wat er nog overbleef."""
        if self.proces is not None:
            hubmodule.stop_hub(self.proces)
        if self.log is not None:
            self.log.close()
        if (self.s.map / "hub.json").exists():
            self.s = hubmodule.Instellingen.lees(self.s.map)
        hubmodule.ruim_op(self.s)
        for gebruiker in self.gebruikers_van_run():  # ook als hub.json nooit geschreven werd
            hubmodule.verwijder_account(gebruiker)
        hubmodule.verwijder_groep(self.s.deelnemersgroep)
        for groep in (f"dt-{self.run}",):
            hubmodule.verwijder_groep(groep)
        rest = [f"account {g}" for g in self.gebruikers_van_run()]
        rest += [f"groep {r.split(':')[0]}" for r in Path("/etc/group").read_text().splitlines()
                 if self.run in r.split(":")[0]]
        if self.s.map.exists():
            rest.append(f"map {self.s.map}")
        if self.proces is not None and self.proces.poll() is None:
            rest.append("hubproces")
        for proc in Path("/proc").iterdir():
            try:
                opdracht = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if str(self.s.map) in opdracht or f"127.0.0.1:{self.s.proxy_poort}" in opdracht:
                rest.append(f"proces {proc.name}: {opdracht[:80]}")
        return rest


def hubmodule_vrije_poort() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
