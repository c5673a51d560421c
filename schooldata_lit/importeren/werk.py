"""`Werk`: wat één import verzamelt (afwijzingen, waarschuwingen en het conversielogboek).

Elke omzetting komt in het conversielogboek, elke rij die niet kan in het rapport met
afgewezen rijen: gelezen = aanvaard + afgewezen. Waarden die een persoon aanwijzen, worden
nooit getoond.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .verslag import VERBORGEN

#: Zoveel rijnummers tonen we hoogstens per regel van het conversielogboek (daarna: "...").
_MAX_RIJNUMMERS = 5000


class Werk:
    """Verzamelt afwijzingen, waarschuwingen en omzettingen tijdens één import."""

    def __init__(self, bestand: str, rijnummers: np.ndarray) -> None:
        self.bestand = bestand
        self.rijnummers = rijnummers
        self.fouten: list[pd.DataFrame] = []
        self.waarschuwingen: list[pd.DataFrame] = []
        self.log: list[dict] = []
        self.verboden: set[str] = set()  # identificerende waarden: nooit tonen
        #: kolommen waarvan we de waarden nooit tonen (namen van personen, vrije tekst)
        self.verborgen_kolommen: set[str] = set()
        #: rijen waarvan de cellen verschoven kunnen zijn: nooit een waarde tonen
        self.verschoven = np.zeros(len(rijnummers), dtype=bool)
        #: bij een rasterexport: het volgnummer van de evaluatie in de rij (anders None)
        self.evaluatie: np.ndarray | None = None
        # rijen waarvoor één reden volstaat (totaalrij, te lange cel): (masker, reden)
        self.enkel: list[tuple[np.ndarray, str]] = []

    def _meldingen(self, masker: np.ndarray | pd.Series, kolom: str,
                   waarden: pd.Series | str, reden: str, oplossing: str) -> pd.DataFrame | None:
        masker = np.asarray(masker, dtype=bool)
        if not masker.any():
            return None
        posities = np.flatnonzero(masker)
        if isinstance(waarden, str):
            w = [waarden] * len(posities)
        else:
            w = [self._toonbaar(v, kolom, p) for v, p in
                 zip(np.asarray(waarden, dtype=object)[posities], posities, strict=True)]
        return pd.DataFrame({"positie": posities, "kolom": kolom, "waarde": w,
                             "reden": reden, "oplossing": oplossing})

    def fout(self, masker: np.ndarray | pd.Series, kolom: str, waarden: pd.Series | str,
             reden: str, oplossing: str) -> None:
        """Deze rijen worden afgewezen (ze komen in het rapport, niet in de tabel)."""
        meldingen = self._meldingen(masker, kolom, waarden, reden, oplossing)
        if meldingen is not None:
            self.fouten.append(meldingen)

    def waarschuwing(self, masker: np.ndarray | pd.Series, kolom: str,
                     waarden: pd.Series | str, reden: str, oplossing: str) -> None:
        """Deze rijen worden ingelezen, maar er klopt iets niet (bv. een tikfout in een veld
        dat de leerling niet aanwijst): het veld blijft leeg en de rij komt in de lijst met
        waarschuwingen."""
        meldingen = self._meldingen(masker, kolom, waarden, reden, oplossing)
        if meldingen is not None:
            self.waarschuwingen.append(meldingen)

    def _toonbaar(self, waarde: object, kolom: str = "", positie: int | None = None) -> str:
        tekst = "" if waarde is None or (isinstance(waarde, float) and np.isnan(waarde)) \
            else str(waarde)
        if not tekst.strip():
            return tekst
        if kolom in self.verborgen_kolommen or (positie is not None
                                                and self.verschoven[positie]):
            return VERBORGEN
        if tekst.strip() in self.verboden or any(
                deel in self.verboden for deel in re.split(r"[\s,;/()]+", tekst) if deel):
            return VERBORGEN
        if len(tekst.split()) > 3 and kolom != "(rij)":  # vrije tekst: kan namen bevatten
            return VERBORGEN
        return tekst if len(tekst) <= 60 else tekst[:57] + "..."

    def omzetting(self, kolom: str, conversie: str, masker: np.ndarray | pd.Series | None = None,
                  van: pd.Series | None = None, naar: pd.Series | None = None,
                  toon_voorbeeld: bool = True) -> None:
        if masker is None:
            self.log.append({"kolom": kolom, "conversie": conversie, "aantal": np.nan,
                             "rijen": "", "voorbeeld_van": "", "voorbeeld_naar": ""})
            return
        masker = np.asarray(masker, dtype=bool)
        if not masker.any():
            return
        posities = np.flatnonzero(masker)
        betrouwbaar = posities[~self.verschoven[posities]] if len(self.verschoven) == len(
            masker) else posities
        vb_van = vb_naar = ""
        if len(betrouwbaar):
            eerste = betrouwbaar[0]
            if toon_voorbeeld and van is not None:
                vb_van = self._toonbaar(np.asarray(van, dtype=object)[eerste], kolom)
            if toon_voorbeeld and naar is not None:
                vb_naar = self._toonbaar(np.asarray(naar, dtype=object)[eerste], kolom)
        self.log.append({"kolom": kolom, "conversie": conversie, "aantal": len(posities),
                         "rijen": als_reeksen(_zonder_herhaling(self.rijnummers[posities])),
                         "voorbeeld_van": vb_van, "voorbeeld_naar": vb_naar})

    def _rapport(self, delen: list[pd.DataFrame], beperk: bool) -> pd.DataFrame:
        kolommen = ["bestand", "rij", "kolom", "waarde", "reden", "oplossing"]
        if self.evaluatie is not None:
            kolommen.insert(2, "evaluatie")
        if not delen:
            return pd.DataFrame(columns=kolommen)
        alle = pd.concat(delen, ignore_index=True)
        if beperk:
            # bij een totaalrij (of een te lange cel) volstaat die ene reden
            positie = alle["positie"].to_numpy()
            beperkt = np.zeros(len(alle), dtype=bool)
            toegelaten = np.zeros(len(alle), dtype=bool)
            for masker, reden in self.enkel:
                beperkt |= masker[positie]
                toegelaten |= masker[positie] & (alle["reden"] == reden).to_numpy()
            alle = alle[~beperkt | toegelaten]
        alle["rij"] = self.rijnummers[alle["positie"].to_numpy()]
        if self.evaluatie is not None:
            alle["evaluatie"] = self.evaluatie[alle["positie"].to_numpy()]
        alle["bestand"] = self.bestand
        volgorde = ["rij", "evaluatie", "kolom"] if self.evaluatie is not None else ["rij", "kolom"]
        return alle.sort_values(volgorde, kind="stable")[kolommen].reset_index(drop=True)

    def afwijzingen(self) -> pd.DataFrame:
        return self._rapport(self.fouten, beperk=True)

    def waarschuwingslijst(self, afgewezen: np.ndarray) -> pd.DataFrame:
        """De waarschuwingen bij rijen die wel ingelezen werden."""
        delen = [d[~afgewezen[d["positie"].to_numpy()]] for d in self.waarschuwingen]
        return self._rapport([d for d in delen if len(d)], beperk=False)

    def afgewezen_posities(self) -> np.ndarray:
        if not self.fouten:
            return np.array([], dtype=int)
        return np.unique(np.concatenate([f["positie"].to_numpy() for f in self.fouten]))


def _zonder_herhaling(nummers: np.ndarray) -> np.ndarray:
    """Opeenvolgende gelijke nummers één keer (een puntenboek herhaalt het rijnummer)."""
    if len(nummers) < 2:
        return nummers
    return nummers[np.concatenate([[True], nummers[1:] != nummers[:-1]])]


def als_reeksen(nummers: np.ndarray) -> str:
    """Rijnummers compact: 3-7, 10, 12-13.

    >>> als_reeksen(np.array([3, 4, 5, 6, 7, 10, 12, 13]))
    '3-7, 10, 12-13'
    """
    if len(nummers) == 0:
        return ""
    nummers = np.sort(nummers)
    breuk = np.flatnonzero(np.diff(nummers) != 1)
    begins = np.concatenate([[nummers[0]], nummers[breuk + 1]])
    eindes = np.concatenate([nummers[breuk], [nummers[-1]]])
    delen = [str(b) if b == e else f"{b}-{e}" for b, e in zip(begins, eindes, strict=True)]
    if len(delen) > _MAX_RIJNUMMERS:
        delen = delen[:_MAX_RIJNUMMERS] + [f"... ({len(delen) - _MAX_RIJNUMMERS} reeksen meer)"]
    return ", ".join(delen)
