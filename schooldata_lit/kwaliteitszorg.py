"""Interne kwaliteitszorg: trends over schooljaren verkennen en de kwaliteitscirkel doorlopen.

* `kwaliteitscyclus()` zet de kwaliteitscirkel (plan, do, check, act) naast de acht stappen
  van de datateammethode (`schooldata_lit.dataplan.CYCLUS`) en zegt waar je elke fase in de
  cursus oefent.
* `trend_verkenner()` is een widget zonder code: kies een indicator (gemiddeld eindpercentage,
  aandeel tekorten, aandeel B- of C-attesten), een vak en een leerjaar, en zie de trend over
  de schooljaren met een 95 %-interval per jaar (`grafieken.trend_over_jaren`).

>>> kwaliteitscyclus()["fase"].tolist()
['Plan', 'Do', 'Check', 'Act']
"""

from __future__ import annotations

import pandas as pd

from .dataplan import CYCLUS
from .kern.lui import lui_doorverwijzen

__all__ = ["kwaliteitscyclus", "INDICATOREN"]

#: De indicatoren van de trendverkenner: naam → (tabel, kolom, gelijk_aan, as-titel).
INDICATOREN: dict[str, tuple[str, str, object | None, str]] = {
    "gemiddeld eindpercentage": ("jaarresultaten", "eindpercentage", None,
                                 "Gemiddeld eindpercentage (%)"),
    "aandeel tekorten (eindpercentage onder 50)": ("jaarresultaten", "tekort", True,
                                                   "Vakken met een tekort (%)"),
    "aandeel C-attesten": ("attesten", "attest", "C", "Leerlingen met een C-attest (%)"),
    "aandeel B-attesten": ("attesten", "attest", "B", "Leerlingen met een B-attest (%)"),
}


def kwaliteitscyclus() -> pd.DataFrame:
    """De kwaliteitscirkel (PDCA) naast de stappen van de datateammethode.

    Eén rij per fase: ``fase``, ``vraag`` (wat het team zich afvraagt),
    ``datateamstappen`` (de stappen uit `dataplan.CYCLUS` die erbij horen) en
    ``in_de_cursus`` (waar je het oefent).

    >>> tabel = kwaliteitscyclus()
    >>> tabel.loc[2, ["fase", "datateamstappen"]].tolist()
    ['Check', '8. Evaluatie']
    """
    stap = {s.nummer: f"{s.nummer}. {s.naam}" for s in CYCLUS}
    rijen = [
        ("Plan", "Wat willen we verbeteren, waarom nu, en waaraan zien we dat het lukt?",
         ", ".join(stap[i] for i in (1, 2, 3, 4, 5, 6)),
         "1.7 datateam en dataplan; 2.1 onderzoeksopzet"),
        ("Do", "Voeren we de maatregel uit zoals gepland, en registreren we wie hem kreeg?",
         stap[7], "1.7 dataplan (wie, wat, wanneer)"),
        ("Check", "Werkte het? Vergelijk met een groep zonder de maatregel, met n en interval.",
         stap[8], "2.1 leerwinst; 2.4 remediëring evalueren"),
        ("Act", "Borgen, bijsturen of stoppen? Wat leren we voor de volgende cirkel?",
         f"terug naar {stap[1]} of {stap[2]}", "2.4 reflecteren; 1.8 rapporteren"),
    ]
    return pd.DataFrame(rijen, columns=["fase", "vraag", "datateamstappen", "in_de_cursus"])


#: De widgets staan in `schooldata_lit.schermen.kwaliteitszorg` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.kwaliteitszorg", ["trend_verkenner"])
