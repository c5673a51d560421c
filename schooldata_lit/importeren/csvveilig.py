"""Veilig voor een rekenblad: tekst die als formule kan starten, krijgt een ``'`` ervoor.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Tekst die zo begint, kan in een rekenblad een formule worden (CSV-injectie).
_GEVAARLIJK_BEGIN = ("=", "+", "-", "@", "\t", "\r")


def maak_csv_veilig(tabel: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Zet een ``'`` voor tekst die een rekenblad als formule zou uitvoeren (CSV-injectie).

    Tekst die begint met ``=``, ``+``, ``-``, ``@``, een tab of een regeleinde kan in Excel of
    LibreOffice een formule starten (bv. ``=HYPERLINK(...)``). Zoals OWASP aanraadt, komt er
    een enkel aanhalingsteken voor; getallen blijven getallen. Geeft de nieuwe tabel terug en
    per kolom een masker van de aangepaste cellen.

    >>> t = pd.DataFrame({"vak": ["=HYPERLINK(\\"x\\")", "Wiskunde"], "score": [-1.5, 2]})
    >>> veilig, aangepast = maak_csv_veilig(t)
    >>> veilig["vak"].tolist(), veilig["score"].tolist()
    (['\\'=HYPERLINK("x")', 'Wiskunde'], [-1.5, 2.0])
    >>> t.loc[0, "vak"]  # de oorspronkelijke tabel is niet veranderd
    '=HYPERLINK("x")'
    """
    veilig = tabel.copy()
    aangepast: dict[str, np.ndarray] = {}
    for kolom in veilig.columns:
        reeks = veilig[kolom]
        if reeks.dtype != object and not pd.api.types.is_string_dtype(reeks):
            continue
        # één keer per verschillende waarde (snel bij een miljoen rijen)
        codes, uniek = pd.factorize(reeks)
        if not len(uniek):
            continue
        tekst_uniek = np.array([str(u) for u in uniek], dtype=object)
        gevaarlijk_uniek = np.array([t.startswith(_GEVAARLIJK_BEGIN) for t in tekst_uniek])
        if not gevaarlijk_uniek.any():
            continue
        gevaarlijk = gevaarlijk_uniek[np.maximum(codes, 0)] & (codes >= 0)
        nieuw = np.where(gevaarlijk_uniek, "'" + tekst_uniek.astype(str), tekst_uniek)
        veilig[kolom] = reeks.where(~gevaarlijk, pd.Series(nieuw[np.maximum(codes, 0)],
                                                            index=reeks.index))
        aangepast[kolom] = gevaarlijk
    return veilig, aangepast
