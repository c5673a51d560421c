"""Snelle proefverbetering: veel varianten van één opdracht in één proces, elk in een eigen fork.

nbgrader verbetert een inzending door de bronnotebook (met de verborgen tests) uit te voeren met
de antwoordcellen van de cursist, in een verse kernel met de opstartregels van
`nbgrader_config.py`; een testcel die een fout geeft, krijgt 0. Deze module doet precies dat,
maar start de kernel (Python, pandas, plotly, de cursusbibliotheek, de data) één keer per
opdracht: vlak voor de eerste vervangen cel van een variant splitst het proces (`os.fork`), en
het kind voert vanaf daar de rest van de notebook uit met de antwoorden van die variant. Zo
ziet elk fout antwoord een volledig verse toestand, zonder de kosten van een nieuwe kernel.

`tests/test_beoordeling.py` toont dat deze proef en nbgrader hetzelfde besluiten (op de
inzendingen die nbgrader zelf verbetert), en gebruikt de proef om van elk fout antwoord apart
te tonen dat het enkel de punten van zijn eigen vraag kost.

Het proces zelf: `python snelle_verbetering.py` leest een opdracht (JSON) op stdin en schrijft
de uitkomst (JSON) op stdout. Zie `verbeter_snel`.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path


class _Tijdslimiet(Exception):
    """Een cel liep langer dan de tijdslimiet (zoals nbgraders CellTimeoutError)."""


def _stop(signum, frame):  # noqa: ARG001
    raise _Tijdslimiet("de cel liep te lang en werd onderbroken")


def _shell(exec_lines: list[str]):
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    cfg = Config()
    cfg.HistoryManager.enabled = False  # geen sqlite-draad: veilig om te forken
    cfg.InteractiveShell.xmode = "Minimal"
    shell = InteractiveShell.instance(config=cfg)
    for regel in exec_lines:
        uitkomst = shell.run_cell(regel, store_history=False)
        if not uitkomst.success:
            raise RuntimeError(f"opstartregel faalt: {regel!r}")
    return shell


def _voer_cel_uit(shell, bron: str, tijdslimiet: float) -> str | None:
    """Voer één cel uit; None als ze lukt, anders 'Soort: boodschap'."""
    signal.setitimer(signal.ITIMER_REAL, tijdslimiet)
    try:
        uitkomst = shell.run_cell(bron, store_history=False)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    fout = uitkomst.error_in_exec or uitkomst.error_before_exec
    if fout is None:
        return None
    return f"{type(fout).__name__}: {fout}"


def _variant_in_kind(shell, cellen: list[dict], vanaf: int, vervangingen: dict[str, str],
                     tijdslimiet: float) -> dict[str, str | None]:
    """Voer de cellen vanaf `vanaf` uit in een fork en geef per testcel de fout (of None)."""
    lezen, schrijven = os.pipe()
    gc.freeze()  # het kind deelt het geheugen van de ouder zonder het te kopiëren
    pid = os.fork()
    if pid == 0:  # het kind
        os.close(lezen)
        uitslag: dict[str, str | None] = {}
        try:
            for cel in cellen[vanaf:]:
                bron = vervangingen.get(cel["grade_id"], cel["bron"])
                fout = _voer_cel_uit(shell, bron, tijdslimiet)
                if cel["soort"] == "test":
                    uitslag[cel["grade_id"]] = fout
            data = json.dumps(uitslag).encode()
        except BaseException as e:  # noqa: BLE001 - het kind mag nooit terugkeren
            data = json.dumps({"__fout__": repr(e)}).encode()
        with os.fdopen(schrijven, "wb") as uit:
            uit.write(data)
        os._exit(0)
    os.close(schrijven)
    with os.fdopen(lezen, "rb") as binnen:
        data = binnen.read()
    os.waitpid(pid, 0)
    return json.loads(data or b'{"__fout__": "het kind stopte zonder uitslag"}')


def _hoofd(opdracht: dict) -> dict:
    os.chdir(opdracht["werkmap"])
    signal.signal(signal.SIGALRM, _stop)
    tijdslimiet = float(opdracht["tijdslimiet"])
    cellen = opdracht["cellen"]
    # na de laatste testcel verandert geen cijfer meer
    laatste = max((i for i, c in enumerate(cellen) if c["soort"] == "test"), default=-1)
    cellen = cellen[: laatste + 1]
    index = {c["grade_id"]: i for i, c in enumerate(cellen) if c["grade_id"]}
    varianten: dict[str, dict[str, str]] = opdracht["varianten"]
    # per celindex: de varianten die daar beginnen (een vervanging na de laatste testcel
    # verandert niets)
    start: dict[int, list[str]] = {}
    for naam, vervangingen in varianten.items():
        eerste = min((index.get(g, len(cellen)) for g in vervangingen), default=len(cellen))
        start.setdefault(eerste, []).append(naam)
    shell = _shell(opdracht["exec_lines"])
    uitslagen: dict[str, dict] = {}
    basis: dict[str, str | None] = {}
    for i, cel in enumerate(cellen):
        for naam in start.get(i, []):
            uitslag = _variant_in_kind(shell, cellen, i, varianten[naam], tijdslimiet)
            uitslagen[naam] = {**basis, **uitslag}
        fout = _voer_cel_uit(shell, cel["bron"], tijdslimiet)
        if cel["soort"] == "test":
            basis[cel["grade_id"]] = fout
    for naam in start.get(len(cellen), []):
        uitslagen[naam] = dict(basis)
    return uitslagen


def verbeter_snel(cellen: list[dict], varianten: dict[str, dict[str, str]], werkmap: Path,
                  exec_lines: list[str], tijdslimiet: float = 8,
                  ) -> dict[str, dict[str, str | None]]:
    """Verbeter elke variant en geef per variant: grade_id van elke testcel → None (geslaagd)
    of de fout ('Soort: boodschap').

    `cellen`: de codecellen van de bronnotebook in volgorde, elk {"bron", "soort" ("antwoord",
    "test" of "overig"), "grade_id"}; de antwoordcellen met het juiste antwoord (zonder
    markeringen). `varianten`: naam → {grade_id van een antwoordcel → andere bron}.
    """
    opdracht = {"cellen": cellen, "varianten": varianten, "werkmap": str(werkmap),
                "exec_lines": exec_lines, "tijdslimiet": tijdslimiet}
    omgeving = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    omgeving["PLOTLY_RENDERER"] = "json"  # nooit een browser openen buiten een kernel
    proces = subprocess.run([sys.executable, __file__], input=json.dumps(opdracht),
                            capture_output=True, text=True, env=omgeving, timeout=600)
    if proces.returncode != 0:
        raise RuntimeError(f"de snelle proefverbetering faalde:\n{proces.stderr[-3000:]}")
    return json.loads(proces.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    _opdracht = json.load(sys.stdin)
    _echt = sys.stdout
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        _uitslagen = _hoofd(_opdracht)
    _echt.write(json.dumps(_uitslagen) + "\n")
