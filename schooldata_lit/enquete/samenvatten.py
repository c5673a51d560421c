"""Likert-antwoorden samenvatten en groepen vergelijken, met een Wilson-interval.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from ..grafieken import likert_staven
from ..kern.bronnen import (
    bevraging_analytics,
)
from ..kern.statistiek import wilson_grenzen
from ..stijl import procent
from .instrument import ANDERE_VRAAG, GROEPEN, SCHAAL, THEMA_PAREN, vragenlijst

# ------------------------------------------------------------------------ 3. samenvatten

_CATEGORIEEN = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")


def samenvatting_likert(antwoorden: pd.DataFrame) -> pd.DataFrame:
    """Vat de Likert-antwoorden samen per groep en stelling.

    Per stelling: het aantal respondenten dat antwoordde (``respondenten``) en wie ze oversloeg
    (``geen_antwoord``), de aantallen per antwoord, de percentages (helemaal) eens, neutraal en
    (helemaal) oneens, de **mediaan** en het **gemiddelde**.

    Let op met dat gemiddelde: een Likertschaal is *ordinaal*. "Eens" is meer dan "neutraal",
    maar de afstand tussen beide is niet dezelfde als die tussen "oneens" en "helemaal oneens".
    Een gemiddelde van 3,0 kan betekenen dat iedereen neutraal is, of dat de groep verdeeld is
    in twee kampen. Kijk dus eerst naar de verdeling en de mediaan; gebruik het gemiddelde hooguit
    om stellingen ruw te vergelijken.

    De tabel past rechtstreeks in `grafieken.likert_staven` (of gebruik `likert_grafiek`).

    >>> import pandas as pd
    >>> antwoorden = pd.DataFrame({"groep": "leerlingen", "stelling_1": [5, 4, 4, 2, None]})
    >>> rij = samenvatting_likert(antwoorden).iloc[0]
    >>> [float(rij[k]) for k in ("respondenten", "geen_antwoord", "eens_pct", "mediaan")]
    [4.0, 1.0, 75.0, 4.0]
    >>> list(antwoorden.columns)  # de invoer blijft ongewijzigd
    ['groep', 'stelling_1']
    """
    codes = [k for k in antwoorden.columns if re.fullmatch(r"stelling_\d+", str(k))]
    if not codes:
        raise ValueError("Geen kolommen stelling_1, stelling_2, ... gevonden. Lees de antwoorden "
                         "eerst in met lees_antwoorden(...). Aanwezige kolommen: "
                         f"{', '.join(map(str, antwoorden.columns))}.")
    if "groep" not in antwoorden.columns:
        raise ValueError("De kolom 'groep' ontbreekt (leerlingen of leerkrachten).")
    rijen = []
    for groep, deel in antwoorden.groupby("groep", sort=False):
        teksten = (dict(zip(vragenlijst(groep)["code"], vragenlijst(groep)["vraag"], strict=True))
                   if groep in GROEPEN else {})
        for code in codes:
            waarden = pd.to_numeric(deel[code], errors="coerce")
            fout = waarden.dropna()[~waarden.dropna().isin([1, 2, 3, 4, 5])]
            if not fout.empty:
                raise ValueError(f"De kolom {code!r} bevat de waarde {float(fout.iloc[0]):g}: "
                                 "verwacht zijn antwoorden 1 tot 5.")
            gegeven = waarden.dropna()
            n = len(gegeven)
            aantallen = {c: int((gegeven == i).sum()) for i, c in enumerate(_CATEGORIEEN, 1)}
            mediaan = float(gegeven.median()) if n else math.nan
            rij = {"groep": groep, "nummer": int(code.split("_")[1]),
                   "stelling": teksten.get(code, code), "respondenten": n,
                   "geen_antwoord": int(waarden.isna().sum()), **aantallen}
            for naam, cats in (("eens_pct", ("eens", "helemaal eens")), ("neutraal_pct",
                               ("neutraal",)), ("oneens_pct", ("oneens", "helemaal oneens"))):
                rij[naam] = round(100 * sum(aantallen[c] for c in cats) / n, 1) if n else math.nan
            rij["mediaan"] = mediaan
            rij["mediaan_label"] = (SCHAAL[int(mediaan) - 1] if n and mediaan.is_integer()
                                    else "tussen " + " en ".join(
                                        SCHAAL[int(x) - 1].lower() for x in
                                        (math.floor(mediaan), math.ceil(mediaan))) if n else "")
            rij["gemiddelde"] = round(float(gegeven.mean()), 2) if n else math.nan
            rijen.append(rij)
    return pd.DataFrame(rijen)


def likert_grafiek(antwoorden: pd.DataFrame, *, stellingen: Sequence[int] | None = None,
                   titel: str = "Hoe akkoord zijn de respondenten?") -> go.Figure:
    """Uiteenlopende gestapelde staven voor ingelezen antwoorden (of een samenvatting ervan).

    >>> import pandas as pd
    >>> antwoorden = pd.DataFrame({"groep": "leerlingen", "stelling_1": [5, 4, 4, 2]})
    >>> [trace.name for trace in likert_grafiek(antwoorden).data]
    ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens']
    """
    samenvatting = (antwoorden if "respondenten" in antwoorden.columns
                    else samenvatting_likert(antwoorden))
    if stellingen is not None:
        samenvatting = samenvatting[samenvatting["nummer"].isin(list(stellingen))]
    return likert_staven(als_kommagetallen(samenvatting), titel=titel)


def _wilson(aantal: float, n: float) -> tuple[float, float]:
    """95 %-onzekerheidsmarge (Wilson) voor een aandeel, in procent."""
    if n <= 0:
        return math.nan, math.nan
    onder, boven = wilson_grenzen(aantal, int(n))
    return 100 * onder, 100 * boven


def als_kommagetallen(tabel: pd.DataFrame) -> pd.DataFrame:
    """Kopie met de aantallen als float (een lege Int64-cel wordt NaN, zoals likert_staven wil)."""
    tabel = tabel.copy()
    for kolom in (*_CATEGORIEEN, "respondenten"):
        if kolom in tabel.columns:
            tabel[kolom] = pd.to_numeric(tabel[kolom], errors="coerce").astype(float)
    return tabel


def eens_totaal(tabel: pd.DataFrame) -> pd.Series:
    totaal = tabel["eens"].astype(float)
    if "helemaal eens" in tabel.columns:
        totaal = totaal + tabel["helemaal eens"].astype(float)
    return totaal


def _beantwoord(deel: pd.DataFrame) -> float:
    """Hoeveel respondenten de stelling beantwoordden: de noemer van een percentage.

    Staan alle categorieën in de tabel, dan is dat hun som (wie de vraag oversloeg, telt niet
    mee); ontbreekt er een categorie (niet gerapporteerd), dan het aantal respondenten.
    """
    categorieen = [c for c in _CATEGORIEEN if c in deel.columns]
    waarden = deel[categorieen].iloc[0]
    if "respondenten" in deel.columns and (not categorieen or waarden.isna().any()):
        return float(deel["respondenten"].iloc[0])
    return float(waarden.astype(float).sum())


def vergelijk_groepen(tabel: pd.DataFrame | None = None) -> pd.DataFrame:
    """Leerlingen naast leerkrachten, per thema dat beide vragenlijsten bevragen.

    `tabel` heeft de vorm van `bronnen.bevraging_analytics()` (de standaard: de echte cijfers uit
    de bron, 75 leerlingen en 33 leerkrachten) of van `samenvatting_likert()`. Per thema uit
    `THEMA_PAREN`: het percentage (helemaal) eens in elke groep met een 95 %-onzekerheidsmarge,
    het verschil in procentpunten, en een voorzichtige lezing. Let op: de twee stellingen van een
    paar zijn niet woord voor woord gelijk; vergelijk dus met de tekst ernaast. Meten ze een ander
    begrip (`ANDERE_VRAAG`), dan blijft het verschil leeg en zegt de lezing waarom. De noemer is
    wie de stelling beantwoordde (niet altijd alle 33 leerkrachten: zie `_beantwoord`).

    >>> vergelijking = vergelijk_groepen()
    >>> rij = vergelijking.set_index("thema").loc["zorgen over privacy"]
    >>> [float(rij[k]) for k in ("eens_pct_leerlingen", "eens_pct_leerkrachten",
    ...                          "verschil_procentpunten")]
    [20.0, 18.2, 1.8]
    """
    tabel = bevraging_analytics() if tabel is None else tabel
    rijen = []
    for thema, (nr_ll, nr_lk) in THEMA_PAREN.items():
        rij: dict = {"thema": thema}
        for groep, nummer in (("leerlingen", nr_ll), ("leerkrachten", nr_lk)):
            deel = tabel[(tabel["groep"] == groep) & (tabel["nummer"] == nummer)]
            if deel.empty:
                raise ValueError(f"Stelling {nummer} van de {groep} ontbreekt in de tabel; nodig "
                                 f"voor het thema {thema!r}.")
            n = _beantwoord(deel)
            eens = float(eens_totaal(deel).iloc[0])
            onder, boven = _wilson(eens, n)
            rij[f"stelling_{groep}"] = f"{nummer}. {deel['stelling'].iloc[0]}"
            rij[f"n_{groep}"] = int(n)
            rij[f"eens_pct_{groep}"] = round(100 * eens / n, 1)
            rij[f"marge_{groep}"] = f"{procent(onder)} tot {procent(boven)}"
            rij[f"_grenzen_{groep}"] = (onder, boven)
        rij["verschil_procentpunten"] = round(rij["eens_pct_leerlingen"]
                                              - rij["eens_pct_leerkrachten"], 1)
        (o1, b1), (o2, b2) = rij.pop("_grenzen_leerlingen"), rij.pop("_grenzen_leerkrachten")
        if thema in ANDERE_VRAAG:
            rij["verschil_procentpunten"] = math.nan
            rij["lezing"] = ANDERE_VRAAG[thema]
        else:
            rij["lezing"] = ("duidelijk verschil: de marges overlappen niet" if b1 < o2 or b2 < o1
                             else "verschil binnen de onzekerheid: voorzichtig met conclusies")
        rijen.append(rij)
    kolommen = ["thema", "stelling_leerlingen", "n_leerlingen", "eens_pct_leerlingen",
                "marge_leerlingen", "stelling_leerkrachten", "n_leerkrachten",
                "eens_pct_leerkrachten", "marge_leerkrachten", "verschil_procentpunten", "lezing"]
    return pd.DataFrame(rijen)[kolommen]


def vergelijking_staven(tabel: pd.DataFrame | None = None) -> go.Figure:
    """Per thema twee staven onder elkaar: leerlingen en leerkrachten (met n).

    >>> fig = vergelijking_staven()
    >>> len(fig.data[0].y)  # 6 thema's × 2 groepen
    12
    """
    tabel = als_kommagetallen(bevraging_analytics() if tabel is None else tabel)
    rijen = []
    for thema, nummers in THEMA_PAREN.items():
        for groep, nummer in zip(GROEPEN, nummers, strict=True):
            deel = tabel[(tabel["groep"] == groep) & (tabel["nummer"] == nummer)].iloc[0]
            rij = {"stelling": f"{thema} — {groep} (st. {nummer}, n = {int(deel['respondenten'])})",
                   "respondenten": deel["respondenten"],
                   "opmerking": deel.get("opmerking", "")}
            for c in _CATEGORIEEN:
                if c in tabel.columns:
                    rij[c] = deel[c]
            rijen.append(rij)
    return likert_staven(pd.DataFrame(rijen), groep=None, breedte=60,
                         titel="Leerlingen en leerkrachten over hetzelfde thema")
