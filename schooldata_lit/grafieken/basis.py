"""Gedeelde afspraken van de grafieken: drempels voor kleine groepen, kleuren en hulpfuncties.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..kern.controle import controleer_kolommen
from ..stijl import (
    GRIJS,
    OKABE_ITO,
)

#: Onder dit aantal leerlingen noemen we een percentage of gemiddelde onzeker.
MIN_GROEP = 10
#: Een klasband of klasgemiddelde tonen we pas vanaf zoveel leerlingen met punten in die maand
#: (anders valt uit de band af te leiden wat één klasgenoot haalde).
MIN_KLASGENOTEN = 5

WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")
DAGDELEN = ("VM", "NM")
AFWEZIGHEID = {  # code: (uitleg, kleur)
    "Z": ("ziekte (Z)", OKABE_ITO["hemelsblauw"]),
    "G": ("gewettigd, andere reden (G)", OKABE_ITO["blauwgroen"]),
    "B": ("problematisch (B)", OKABE_ITO["vermiljoen"]),
}
ATTESTEN = {  # attest: (uitleg, kleur, tekstkleur)
    "A": ("A-attest", OKABE_ITO["blauwgroen"], "white"),
    "B": ("B-attest", OKABE_ITO["oranje"], "black"),
    "C": ("C-attest", OKABE_ITO["vermiljoen"], "white"),
}
NIVEAUS = {"leerling": OKABE_ITO["blauw"], "klas": OKABE_ITO["oranje"],
            "vak": OKABE_ITO["blauwgroen"], "school": OKABE_ITO["roodpaars"]}
LIKERT = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")
LIKERT_KLEUR5 = dict(zip(LIKERT, (OKABE_ITO["vermiljoen"], OKABE_ITO["oranje"], GRIJS,
                                    OKABE_ITO["hemelsblauw"], OKABE_ITO["blauw"]), strict=True))
LIKERT_KLEUR3 = {"oneens": OKABE_ITO["vermiljoen"], "neutraal": GRIJS,
                  "eens": OKABE_ITO["blauw"]}
DONKER = {OKABE_ITO["vermiljoen"], OKABE_ITO["blauw"], OKABE_ITO["blauwgroen"]}
ARCERING = "/"
LICHT = 0.45  # doorzichtigheid van onzekere staven


# ----------------------------------------------------------------------------- hulpfuncties

def onbekende_leerling(leerling_id: str, naam: str, extra: str = "") -> ValueError:
    return ValueError(f"Leerling {leerling_id!r} komt niet voor in de tabel {naam}. Controleer "
                      f"het leerlingnummer (bv. 'L00042').{extra}")


def met_percentages(resultaten: pd.DataFrame) -> pd.DataFrame:
    """Rijen met een score, met een kolom ``percentage`` (score / maximum * 100) en ``maand``."""
    met_score = resultaten["score"].notna() & (resultaten["maximum"] > 0)
    deel = resultaten.loc[met_score].copy()
    deel["percentage"] = deel["score"] / deel["maximum"] * 100
    deel["maand"] = pd.to_datetime(deel["datum"]).dt.to_period("M").dt.start_time
    return deel


def eigen_rijen(resultaten: pd.DataFrame, leerling_id: str, vak: str | None) -> pd.DataFrame:
    eigen = resultaten.loc[resultaten["leerling_id"] == leerling_id]
    if eigen.empty:
        raise onbekende_leerling(leerling_id, "resultaten")
    if vak is not None:
        if vak not in set(eigen["vak"]):
            vakken = ", ".join(sorted(map(str, eigen["vak"].dropna().unique())))
            raise ValueError(f"Leerling {leerling_id!r} heeft geen resultaten voor het vak "
                             f"{vak!r}. Vakken van deze leerling: {vakken}.")
        eigen = eigen.loc[eigen["vak"] == vak]
    return eigen


def leerlingen_ids(leerlingen: pd.DataFrame | Iterable[str] | None) -> set[str] | None:
    if leerlingen is None:
        return None
    if isinstance(leerlingen, pd.DataFrame):
        controleer_kolommen(leerlingen, ["leerling_id"], "leerlingen")
        return set(leerlingen["leerling_id"].dropna().astype(str))
    if isinstance(leerlingen, str):
        return {leerlingen}
    return {str(x) for x in leerlingen}


def lege_figuur(fig: go.Figure, boodschap: str) -> go.Figure:
    fig.add_annotation(text=boodschap, showarrow=False, xref="paper", yref="paper", x=0.5,
                       y=0.5, font={"size": 18, "color": "#555555"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def kolomtitel(kolom: str) -> str:
    mooi = {"studierichting": "Studierichting", "klas": "Klas", "leerjaar": "Leerjaar",
            "finaliteit": "Finaliteit", "graad": "Graad", "vak": "Vak", "groep": "Groep"}
    return mooi.get(kolom, kolom.replace("_", " ").capitalize())


def sorteer_groepen(waarden: Iterable) -> list:
    def sleutel(w: object) -> tuple:
        return (0, float(w), "") if isinstance(w, (int, float, np.number)) else (1, 0.0, str(w))
    return sorted(set(waarden), key=sleutel)
