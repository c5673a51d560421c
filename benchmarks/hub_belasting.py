"""Belasting van de hub: een groep meldt zich tegelijk aan en werkt in notebook 1.3.

    sudo python3 cursus.py shell python benchmarks/hub_belasting.py [--deelnemers 30]

Geen test, een meting (enkel op 127.0.0.1, met echte Unix-accounts die na afloop weer
verdwijnen). Alle deelnemers tegelijk:

1. melden zich aan met het wachtwoord van hun kaart (formulier, PAM) en starten hun server
   (zoals de browser: /hub/spawn; bij "te veel tegelijk" (429) opnieuw na 2 s);
2. openen notebook 1.3 in hun eigen kernel (Jupyter-API, websocket) en voeren alle codecellen
   na elkaar uit;
3. veranderen één instelling van de verkenner in die notebook (een keuzelijst of schuifregelaar,
   via hetzelfde widgetbericht dat de browser stuurt) en wachten tot de kernel klaar is.

Daarna, met alle servers en kernels nog open: het geheugen (PSS en RSS) per deelnemer. Uitvoer:
spawn p50/p95, run-all p50/p95, widget p50/p95, geheugen per deelnemer, mislukkingen, en een
JSON-bestand in benchmarks/resultaten/.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import websocket

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent / "tests"))

import hub_hulp  # noqa: E402

NOTEBOOK = "cursus/notebooks/1.3_knipperlichten_resultaten.ipynb"
WIDGETS = {"DropdownModel", "SelectionSliderModel", "ToggleButtonsModel",
           "SelectionRangeSliderModel"}


def pct(waarden: list[float], p: float) -> float:
    """Percentiel (dichtstbijzijnde rang) van een lijst; NaN als ze leeg is."""
    if not waarden:
        return math.nan
    w = sorted(waarden)
    return w[max(0, math.ceil(p / 100 * len(w)) - 1)]


def pss_en_rss(gebruiker: str) -> tuple[float, float]:
    """Som van PSS en RSS (MiB) van alle processen van een gebruiker."""
    pss = rss = 0.0
    for pid in hub_hulp.hubmodule.processen_van(gebruiker):
        try:
            for regel in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if regel.startswith("Pss:"):
                    pss += int(regel.split()[1]) / 1024
                elif regel.startswith("Rss:"):
                    rss += int(regel.split()[1]) / 1024
        except OSError:
            continue
    return pss, rss


class Kernel:
    """Een kernel op de server van een gebruiker, via het websocket-kanaal van Jupyter."""

    def __init__(self, hub: hub_hulp.Hub, gebruiker: str) -> None:
        self.hub, self.gebruiker = hub, gebruiker
        r = hub.als_gebruiker(gebruiker, "POST", "api/sessions", json={
            "path": NOTEBOOK, "name": NOTEBOOK.rsplit("/", 1)[1], "type": "notebook",
            "kernel": {"name": "python3"}})
        r.raise_for_status()
        self.kernel_id = r.json()["kernel"]["id"]
        url = (f"ws://127.0.0.1:{hub.s.poort}/user/{gebruiker}/api/kernels/{self.kernel_id}"
               "/channels")
        self.ws = websocket.create_connection(url, header=[
            f"Authorization: token {hub.token(gebruiker)}"], timeout=600)
        self.sessie = uuid.uuid4().hex
        self.widgets: list[dict] = []

    def _stuur(self, kanaal: str, soort: str, inhoud: dict) -> str:
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": self.gebruiker, "session": self.sessie,
                       "msg_type": soort, "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "content": inhoud, "channel": kanaal,
            "buffers": []}))
        return msg_id

    def _wacht(self, msg_id: str) -> tuple[bool, int]:
        """Wacht tot de kernel klaar is met `msg_id`; (gelukt, aantal uitvoerberichten)."""
        gelukt, uitvoer, antwoord, idle = True, 0, False, False
        while not (antwoord and idle):
            bericht = json.loads(self.ws.recv())
            if bericht.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            soort = bericht["msg_type"]
            if soort == "comm_open":
                staat = bericht["content"].get("data", {}).get("state", {})
                if staat.get("_model_name") in WIDGETS:
                    self.widgets.append({"comm_id": bericht["content"]["comm_id"], **staat})
            elif soort == "error":
                gelukt = False
            elif soort in {"display_data", "stream", "execute_result", "clear_output",
                           "comm_msg", "update_display_data"}:
                uitvoer += 1
            elif soort in {"execute_reply"}:
                antwoord = True
                gelukt &= bericht["content"].get("status") == "ok"
            elif soort == "status" and bericht["content"].get("execution_state") == "idle":
                idle = True
                if bericht["channel"] == "iopub" and not antwoord and self._geen_antwoord:
                    antwoord = True
        return gelukt, uitvoer

    _geen_antwoord = False

    def voer_uit(self, code: str) -> bool:
        self._geen_antwoord = False
        return self._wacht(self._stuur("shell", "execute_request", {
            "code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True}))[0]

    def verander_widget(self) -> tuple[bool, int]:
        """Kies een andere waarde in de eerste keuzelijst of schuifregelaar (zoals een klik)."""
        keuze = next((w for w in self.widgets if len(w.get("_options_labels", [])) > 1), None)
        if keuze is None:
            return False, 0
        nieuw = 0 if keuze.get("index") not in (0, [0]) else 1
        if isinstance(keuze.get("index"), list):
            nieuw = [0, 1]
        self._geen_antwoord = True
        return self._wacht(self._stuur("shell", "comm_msg", {
            "comm_id": keuze["comm_id"],
            "data": {"method": "update", "state": {"index": nieuw}, "buffer_paths": []}}))

    def sluit(self) -> None:
        self.ws.close()


def deelnemer(hub: hub_hulp.Hub, gebruiker: str, uitkomst: dict, start: threading.Event,
              codecellen: list[str]) -> None:
    meting: dict = {"gebruiker": gebruiker}
    uitkomst[gebruiker] = meting
    try:
        start.wait()
        t0 = time.monotonic()
        sessie = hub.login(gebruiker, hub.wachtwoorden[gebruiker])
        assert sessie.status == 302, f"aanmelden: {sessie.status}"
        meting["aanmelden_s"] = time.monotonic() - t0
        t1 = time.monotonic()
        pogingen = 0
        while True:
            r = sessie.get(f"{hub.basis}/hub/spawn/{gebruiker}", allow_redirects=False,
                           timeout=300)
            if r.status_code != 429:
                break
            pogingen += 1
            time.sleep(2)
        meting["te_veel_tegelijk_429"] = pogingen
        while True:
            model = hub.api("GET", f"/users/{gebruiker}").json()
            server = model.get("servers", {}).get("", {})
            if server.get("ready"):
                break
            if not server and not model.get("pending") and time.monotonic() - t1 > 30:
                raise RuntimeError("server start niet")
            if time.monotonic() - t1 > 600:
                raise TimeoutError("server niet klaar na 600 s")
            time.sleep(0.5)
        meting["spawn_s"] = time.monotonic() - t1
        kernel = Kernel(hub, gebruiker)
        t2 = time.monotonic()
        for i, code in enumerate(codecellen):
            if not kernel.voer_uit(code):
                raise RuntimeError(f"fout in codecel {i}")
        meting["run_all_s"] = time.monotonic() - t2
        t3 = time.monotonic()
        gelukt, uitvoer = kernel.verander_widget()
        if not gelukt or uitvoer == 0:
            raise RuntimeError("de widget reageerde niet")
        meting["widget_s"] = time.monotonic() - t3
        kernel.sluit()
        meting["gelukt"] = True
    except Exception as fout:  # noqa: BLE001 (elke mislukking telt, met de reden)
        meting["gelukt"] = False
        meting["fout"] = f"{type(fout).__name__}: {fout}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--deelnemers", type=int, default=30)
    args = p.parse_args()
    hub_hulp.vereisten_of_overslaan = lambda: None  # noqa: E731 (hier geen pytest)
    nb = json.loads((HIER.parent / "notebooks" / NOTEBOOK.split("/", 1)[1].split("/", 1)[1]
                     ).read_text(encoding="utf-8"))
    codecellen = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    lijst = "naam\n" + "\n".join(f"Deelnemer Proef{i:02d}" for i in range(1, args.deelnemers + 1))
    with tempfile.TemporaryDirectory() as werkmap:
        hub = hub_hulp.Hub(Path(werkmap), lijst, gelijktijdig_starten=10, starttijd=300)
        try:
            t = time.monotonic()
            hub.start()
            klaar = time.monotonic() - t
            print(f"[belasting] hub klaar in {klaar:.1f} s ({args.deelnemers} accounts)",
                  flush=True)
            gebruikers = [d.gebruikersnaam for d in hub.deelnemers]
            for g in gebruikers:
                hub.token(g)
            uitkomst: dict[str, dict] = {}
            start = threading.Event()
            draden = [threading.Thread(target=deelnemer, args=(hub, g, uitkomst, start,
                                                                codecellen)) for g in gebruikers]
            for d in draden:
                d.start()
            t0 = time.monotonic()
            start.set()
            for d in draden:
                d.join()
            totaal = time.monotonic() - t0
            geheugen = {g: pss_en_rss(g) for g in gebruikers}
            diensten = {"verbeterdienst": pss_en_rss(hub.s.verbeteraccount)}
        finally:
            rest = hub.sluit()
    metingen = list(uitkomst.values())
    ok = [m for m in metingen if m.get("gelukt")]

    def reeks(sleutel: str) -> list[float]:
        return [m[sleutel] for m in metingen if sleutel in m]

    pss = [v[0] for v in geheugen.values() if v[0] > 0]
    rss = [v[1] for v in geheugen.values() if v[1] > 0]
    samenvatting = {
        "deelnemers": args.deelnemers, "gelukt": len(ok), "mislukt": len(metingen) - len(ok),
        "fouten": sorted({m["fout"] for m in metingen if not m.get("gelukt")}),
        "totaal_s": round(totaal, 1),
        **{f"{s}_p{q}": round(pct(reeks(s), q), 2) for s in ("aanmelden_s", "spawn_s",
                                                             "run_all_s", "widget_s")
           for q in (50, 95)},
        "spawn_max_s": round(max(reeks("spawn_s"), default=math.nan), 1),
        "te_veel_tegelijk_429_totaal": sum(reeks("te_veel_tegelijk_429")),
        "pss_per_deelnemer_mib": round(statistics.mean(pss), 0) if pss else None,
        "rss_per_deelnemer_mib": round(statistics.mean(rss), 0) if rss else None,
        "pss_verbeterdienst_mib": round(diensten["verbeterdienst"][0], 0),
        "niet_opgeruimd": rest,
    }
    print(json.dumps(samenvatting, indent=1, ensure_ascii=False))
    uit = HIER / "resultaten"
    uit.mkdir(exist_ok=True)
    (uit / "hub_belasting.json").write_text(json.dumps(
        {"samenvatting": samenvatting, "per_deelnemer": metingen}, indent=1,
        ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if not samenvatting["mislukt"] and not rest else 1


if __name__ == "__main__":
    sys.exit(main())
