"""JupyterHub-configuratie van schooldata-lit voor één server (JupyterHub 5, nbgrader 0.9).

Alle instellingen van één hub staan in `hub.json` in de map van de hub (standaard
/srv/schooldata-hub; een andere met de omgevingsvariabele SCHOOLDATA_HUB_INSTELLINGEN). Dat
bestand schrijft `python3 cursus.py hub`; pas het daar aan, niet hier. Zie deploy/LEESMIJ.md.

Wat deze configuratie doet:
- aanmelden met de Unix-accounts (PAM) die `cursus.py hub` maakt; enkel de accounts uit de
  deelnemerslijst en de lesgevers mogen binnen;
- elke deelnemer krijgt een eigen server (LocalProcessSpawner, als zijn eigen Unix-gebruiker),
  met een eigen kopie van de leerlingversie in ~/cursus, die opent bij de welkomstnotebook;
  de home-map staat op 0700 (niemand anders kan erin);
- de cursus draait als een JupyterHub-dienst `/services/<cursus>/` onder een aparte
  verbeteraccount, met de formgrader; enkel de lesgevers (groep formgrade-<cursus>) mogen erin.
"""

import json
import os
import pwd
import shutil
from pathlib import Path

c = get_config()  # noqa: F821 (JupyterHub levert get_config)

_BESTAND = Path(os.environ.get("SCHOOLDATA_HUB_INSTELLINGEN", "/srv/schooldata-hub/hub.json"))
S = json.loads(_BESTAND.read_text(encoding="utf-8"))
PREFIX = Path(S["prefix"])
INST = Path(S["instantie"])
STAAT = INST / "staat"
CURSUS_ID = S["cursus_id"]
VENV_BIN = PREFIX / "venv" / "bin"
START = str(INST / "bin" / "start-server")
PAD = f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin"  # nbgrader roept `alembic` op (zie HUB-NOTES)

# --- netwerk: publiek adres via de proxy; hub en proxy-API enkel op de machine zelf ---------
c.JupyterHub.bind_url = f"http://{S['ip']}:{S['poort']}/"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{S['hub_poort']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{S['proxy_poort']}"
c.ConfigurableHTTPProxy.pid_file = str(STAAT / "proxy.pid")
c.ConfigurableHTTPProxy.command = [S.get("proxy_opdracht", "configurable-http-proxy")]
c.JupyterHub.db_url = f"sqlite:///{STAAT / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STAAT / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STAAT / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.template_vars = {"announcement_login": S.get("aankondiging", "")}

# --- aanmelden: Unix-accounts van deze cursus -------------------------------------------------
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.open_sessions = False
LESGEVERS = set(S["lesgevers"])
c.Authenticator.allowed_users = LESGEVERS | set(S["deelnemers"])
c.Authenticator.admin_users = LESGEVERS
c.JupyterHub.load_groups = {
    f"formgrade-{CURSUS_ID}": {"users": sorted(LESGEVERS)},
    f"nbgrader-{CURSUS_ID}": {"users": sorted(S["deelnemers"])},
}

# --- de server van elke deelnemer -------------------------------------------------------------
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [START]
c.Spawner.environment = {
    "PATH": PAD,
    "JUPYTER_CONFIG_PATH": str(INST / "etc" / "jupyter"),
    "PYTHONPATH": f"{INST / 'leerlingversie'}:{INST / 'lib'}",
    "LANG": "C.UTF-8",
}
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab/tree/cursus/notebooks/00_welkom.ipynb"
c.Spawner.start_timeout = int(S.get("starttijd", 120))
c.Spawner.http_timeout = int(S.get("starttijd", 120))
c.JupyterHub.concurrent_spawn_limit = int(S.get("gelijktijdig_starten", 10))
c.JupyterHub.active_server_limit = int(S.get("max_servers", 0))


def _klaarzetten(spawner) -> None:
    """Vóór elke start (als root): home 0700, een eigen kopie van de cursus in ~/cursus en het
    stijlblad van de cursus in ~/.jupyter/custom/."""
    gebruiker = pwd.getpwnam(spawner.user.name)
    home = Path(gebruiker.pw_dir)
    os.chmod(home, 0o700)
    kopie = home / "cursus"
    if not kopie.exists():
        shutil.copytree(INST / "leerlingversie", kopie, symlinks=False,
                        ignore=shutil.ignore_patterns("schooldata_lit", "pyproject.toml",
                                                      "cursus.py", "environment.yml"))
        for pad in [kopie, *kopie.rglob("*")]:
            os.lchown(pad, gebruiker.pw_uid, gebruiker.pw_gid)
    # Het stijlblad van de cursus (geen Engelstalige "Validate" in de opdrachtenlijst; zie
    # OPDRACHTENLIJST_CSS in deploy/hub.py), telkens opnieuw: een nieuwe versie komt zo mee.
    custom = home / ".jupyter" / "custom"
    custom.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(INST / "lib" / "custom.css", custom / "custom.css")
    for pad in (home / ".jupyter", custom, custom / "custom.css"):
        os.lchown(pad, gebruiker.pw_uid, gebruiker.pw_gid)


c.Spawner.pre_spawn_hook = _klaarzetten

# --- de cursus als dienst: formgrader en gradebook onder de verbeteraccount ------------------
# JupyterHub 5 geeft een beheerde dienst bij de start 10 pogingen van 1 s; start de
# verbeterdienst trager (een drukke of trage server), dan stopt de hub meteen ("Cannot connect
# to <cursus> service managed"). Geef elke poging minstens 9 s (samen hoogstens 90 s).
from jupyterhub.objects import Server as _Server  # noqa: E402

_wacht_op = _Server.wait_up


def _geduldiger(self, timeout=10, http=False, ssl_context=None, extra_path=""):
    return _wacht_op(self, timeout=max(timeout, 9), http=http, ssl_context=ssl_context,
                     extra_path=extra_path)


_Server.wait_up = _geduldiger
c.JupyterHub.services = [
    {
        "name": CURSUS_ID,
        "url": f"http://127.0.0.1:{S['dienst_poort']}",
        "command": [START],
        "user": S["verbeteraccount"],
        "cwd": str(INST / "cursusmap"),
        "oauth_no_confirm": True,
        "environment": {
            "PATH": PAD,
            "HOME": pwd.getpwnam(S["verbeteraccount"]).pw_dir,
            "JUPYTER_CONFIG_PATH": f"{INST / 'etc' / 'verbeteren'}:{INST / 'etc' / 'jupyter'}",
            "PYTHONPATH": f"{INST / 'leerlingversie'}:{INST / 'lib'}",
            "JUPYTERHUB_DEFAULT_URL": "/formgrader",
            "LANG": "C.UTF-8",
        },
    },
    {"name": "beheer", "api_token": (STAAT / "beheer_token").read_text().strip()},
]
c.JupyterHub.load_roles = [
    {"name": f"formgrade-{CURSUS_ID}", "groups": [f"formgrade-{CURSUS_ID}"],
     "scopes": [f"access:services!service={CURSUS_ID}"]},
    {"name": "beheer", "services": ["beheer"],
     "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users",
                "read:groups", "access:servers", f"access:services!service={CURSUS_ID}"]},
]
