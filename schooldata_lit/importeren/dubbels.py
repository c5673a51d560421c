"""Dubbele en tegenstrijdige rijen in één export vinden (enkel tussen rijen die verder in orde
zijn): de eerste rij wordt ingelezen, de andere komen in het rapport met een verwijzing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .omzetten import DUBBEL_SLEUTEL
from .werk import Werk


def wijs_dubbels_af(werk: Werk, omgezet: pd.DataFrame, tabelnaam: str,
                    ruwe_hash: np.ndarray | None) -> None:
    """Wijs dubbele rijen af, en rijen die met een eerdere rij in strijd zijn (zelfde sleutel
    uit `DUBBEL_SLEUTEL`, andere gegevens). `ruwe_hash`: per rij een vingerafdruk van de
    volledige rij in de export (nodig voor tabellen zonder sleutel).

    >>> werk = Werk("x.csv", np.array([2, 3, 4]))
    >>> tabel = pd.DataFrame({"leerling_id": ["L1", "L1", "L2"], "week": ["w1", "w1", "w1"],
    ...                       "aanmeldingen": [3, 5, 1]})
    >>> wijs_dubbels_af(werk, tabel, "platformactiviteit", None)
    >>> werk.afwijzingen()[["rij", "waarde"]].values.tolist()
    [[3, 'zie rij 2']]
    """
    n = len(omgezet)
    afgewezen = np.zeros(n, dtype=bool)
    afgewezen[werk.afgewezen_posities()] = True
    kolommen = [k for k in omgezet.columns if not k.startswith("_")]
    kandidaat = omgezet[~afgewezen]
    volledig = kandidaat.duplicated(subset=kolommen, keep="first")
    if DUBBEL_SLEUTEL[tabelnaam] is None and volledig.any():
        # zonder sleutel (punten, begeleiding): enkel dubbel als de hele rij van de export
        # gelijk is; twee evaluaties op dezelfde dag met dezelfde score, maar een andere naam
        # of een ander nummer in een kolom die niet ingelezen wordt, blijven allebei
        verdacht = kandidaat.duplicated(subset=kolommen, keep=False).to_numpy()
        posities = np.flatnonzero(~afgewezen)
        ruwe_sleutel = pd.Series(0, index=kandidaat.index, dtype=np.int64)
        ruwe_sleutel[verdacht] = ruwe_hash[posities[verdacht]]
        if werk.evaluatie is not None:  # een puntenboek: elke evaluatie is een andere
            ruwe_sleutel[verdacht] = ruwe_sleutel[verdacht] * 31 + werk.evaluatie[
                posities[verdacht]]
        volledig = kandidaat.assign(_ruw=ruwe_sleutel).duplicated(subset=kolommen + ["_ruw"],
                                                                  keep="first")
    eerste_rij = eerste_van_groep(kandidaat, kolommen, werk.rijnummers[~afgewezen])
    masker = np.zeros(n, dtype=bool)
    masker[np.flatnonzero(~afgewezen)[volledig.to_numpy()]] = True
    werk.fout(masker, "(rij)", rij_verwijzing(eerste_rij, volledig, n, ~afgewezen),
              "dubbele rij: precies dezelfde gegevens staan al in een eerdere rij",
              "de eerste rij is ingelezen. Zijn het twee verschillende evaluaties of "
              "registraties? Zet dan iets in de export dat ze onderscheidt (bv. de naam van de "
              "evaluatie) en importeer opnieuw")
    sleutel_kolommen = DUBBEL_SLEUTEL[tabelnaam]
    if sleutel_kolommen:
        rest = kandidaat[~volledig]
        tegen = rest.duplicated(subset=sleutel_kolommen, keep="first")
        eerste_sl = eerste_van_groep(rest, sleutel_kolommen,
                                      werk.rijnummers[~afgewezen][~volledig.to_numpy()])
        posities = np.flatnonzero(~afgewezen)[~volledig.to_numpy()]
        masker = np.zeros(n, dtype=bool)
        masker[posities[tegen.to_numpy()]] = True
        verwijzing = np.full(n, "", dtype=object)
        verwijzing[posities[tegen.to_numpy()]] = [f"zie rij {r}" for r in
                                                  eerste_sl[tegen.to_numpy()]]
        werk.fout(masker, sleutel_kolommen[-1], verwijzing,
                  f"tegenstrijdig: dezelfde {' + '.join(sleutel_kolommen)} staat al in een "
                  "eerdere rij met andere gegevens", "kijk na welke rij klopt en verwijder de "
                  "andere")


def eerste_van_groep(tabel: pd.DataFrame, kolommen: list[str],
                      rijnummers: np.ndarray) -> np.ndarray:
    """Per rij het rijnummer van de eerste rij met dezelfde waarden in `kolommen`."""
    if tabel.empty:
        return np.array([], dtype=int)
    groep = tabel.groupby(kolommen, dropna=False, sort=False).ngroup().to_numpy()
    eerste = pd.Series(rijnummers).groupby(groep).transform("first").to_numpy()
    return eerste


def rij_verwijzing(eerste: np.ndarray, dubbel: pd.Series, n: int,
                    kandidaat: np.ndarray) -> np.ndarray:
    verwijzing = np.full(n, "", dtype=object)
    posities = np.flatnonzero(kandidaat)[dubbel.to_numpy()]
    verwijzing[posities] = [f"zelfde als rij {r}" for r in eerste[dubbel.to_numpy()]]
    return verwijzing
