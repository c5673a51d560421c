"""De metingen waarop de regels steunen, één keer berekend per school en peildatum.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import indicatoren as ind
from ..kern.data import datamap, laad_dataset
from ..kern.structuur import HUIDIG_SCHOOLJAAR

#: De kolommen van elke knipperlichtentabel.
KOLOMMEN = ["niveau", "wie", "indicator", "domein", "waarde", "vergelijking", "n", "periode",
            "regel", "vraag", "zekerheid"]


@dataclass(frozen=True)
class Metingen:
    """Alle metingen van één school tot een peildatum (één keer berekend, dan hergebruikt)."""

    peildatum: pd.Timestamp
    schooljaar: str
    resultaat: pd.DataFrame
    aanwezigheid: pd.DataFrame
    activiteit: pd.DataFrame
    attesten: pd.DataFrame
    beoordeling: pd.DataFrame
    klassen: pd.DataFrame
    jaren: pd.DataFrame
    periode_resultaten: str = ""
    extra: dict = field(default_factory=dict)


def _laad(naam: str, map_: str) -> pd.DataFrame | None:
    """Een tabel uit de datamap, of None als ze er niet is (een export die de school niet heeft)."""
    if not (Path(map_) / f"{naam}.csv").is_file():
        return None
    return laad_dataset(naam, map_)


def _totalen(map_: str) -> pd.DataFrame | None:
    """Afwezigheden als totalen per leerling (een export zonder datums), als die er is."""
    pad = Path(map_) / "afwezigheidstotalen.csv"
    if not pad.is_file():
        return None
    return pd.read_csv(pad, sep=";", decimal=",", encoding="utf-8-sig", dtype={"leerling_id": str})


def _leeg_of_niets(tabel: pd.DataFrame | None) -> bool:
    return tabel is None or tabel.empty


#: Zoveel maanden met minstens 2 evaluaties heeft een leerling nodig voor de maandregels.
MAANDEN_NODIG = 3


@lru_cache(maxsize=16)
def _metingen(map_: str, peildatum: pd.Timestamp | None, _stempel: tuple = ()) -> Metingen:
    resultaten = _laad("resultaten", map_)
    kalender = _laad("kalender", map_)
    inschr = _laad("inschrijvingen", map_)
    afwezigheden = _laad("afwezigheden", map_)
    totalen = _totalen(map_)
    activiteit = _laad("platformactiviteit", map_)
    attesten = _laad("attesten", map_)
    jaar = _laad("jaarresultaten", map_)
    if not _leeg_of_niets(kalender):
        schooljaar = str(kalender["schooljaar"].iloc[0])
    elif not _leeg_of_niets(resultaten):
        schooljaar = str(resultaten["schooljaar"].mode().iloc[0])
    else:
        schooljaar = HUIDIG_SCHOOLJAAR
    if peildatum is None:
        if not _leeg_of_niets(kalender):
            peildatum = kalender["datum"].max()
        elif not _leeg_of_niets(resultaten):
            peildatum = resultaten["datum"].max()
        else:
            peildatum = pd.Timestamp(f"{schooljaar[5:]}-06-30")
    peildatum = pd.Timestamp(peildatum)
    ontbreekt: dict[str, str] = {}

    def afwezig(naam: str, tabel: pd.DataFrame | None, wat: str) -> bool:
        if tabel is None:
            ontbreekt[naam] = f"de tabel {naam} ontbreekt ({wat} niet geïmporteerd)"
        elif tabel.empty:
            ontbreekt[naam] = f"de tabel {naam} is leeg ({wat} niet geïmporteerd)"
        return naam in ontbreekt

    leeg = pd.DataFrame()
    resultaat = beoordeling = klassen = periodes = leeg
    periode_tekst = ""
    if not afwezig("resultaten", resultaten, "de punten"):
        tot_nu = resultaten[resultaten["datum"] <= peildatum]
        if tot_nu.empty:
            ontbreekt["resultaten"] = f"geen punten tot de peildatum {peildatum:%d/%m/%Y}"
        else:
            with warnings.catch_warnings():  # leerlingen zonder maand met 2 evaluaties
                warnings.simplefilter("ignore", RuntimeWarning)
                resultaat = ind.resultaatverloop(resultaten, peildatum)
            genoeg = int((resultaat["n_maanden"] >= MAANDEN_NODIG).sum())
            alle = int(tot_nu["leerling_id"].nunique())
            if genoeg < 0.5 * alle:
                ontbreekt["maandpunten"] = (
                    f"te weinig evaluaties per maand: deze regel vergelijkt maanden en heeft per "
                    f"leerling minstens {MAANDEN_NODIG} maanden met minstens 2 evaluaties nodig; "
                    f"dat is zo bij {genoeg} van de {alle} leerlingen (punten per "
                    "periode of rapport?)")
            beoordeling = ind.beoordeling_per_leerkracht(tot_nu)
            if (tot_nu["leerkracht_id"].astype(str) == "onbekend").all():
                ontbreekt["leerkrachten"] = "de punten hebben geen leerkrachten"
            klassen = ind.klasverloop(tot_nu)
            periodes = _periodepunten(tot_nu)
            if periodes.empty:
                ontbreekt["periodes"] = "de punten hebben geen periodes"
            elif periodes["periode"].nunique() < 2:
                ontbreekt["twee_periodes"] = "de punten hebben maar één periode"
            periode_tekst = (f"{tot_nu['datum'].min():%d/%m/%Y} - "
                             f"{tot_nu['datum'].max():%d/%m/%Y}")
    if ontbreekt.get("resultaten"):
        for naam in ("maandpunten", "periodes", "twee_periodes", "leerkrachten"):
            ontbreekt.setdefault(naam, ontbreekt["resultaten"])
    afwezig("kalender", kalender, "de lesdagen")
    afwezig("inschrijvingen", inschr, "de leerlingenlijst met klas")
    aanwezigheid = leeg
    if not (ontbreekt.get("kalender") or ontbreekt.get("inschrijvingen")):
        leerlingen = inschr.loc[inschr["schooljaar"] == schooljaar, "leerling_id"]
        if afwezigheden is None and totalen is not None:
            ontbreekt["afwezigheden"] = ("enkel totalen per leerling, geen afwezigheden per "
                                         "dag (code, datum)")
            aanwezigheid = _aanwezigheid_uit_totalen(totalen, kalender, leerlingen, peildatum)
        elif not afwezig("afwezigheden", afwezigheden, "de afwezigheden"):
            aanwezigheid = ind.aanwezigheid_per_leerling(afwezigheden, kalender, leerlingen,
                                                         peildatum)
    else:
        for naam in ("kalender", "inschrijvingen"):
            if naam in ontbreekt:
                ontbreekt.setdefault("afwezigheden", ontbreekt[naam])
    if aanwezigheid.empty:
        ontbreekt.setdefault("aanwezigheid", ontbreekt.get("afwezigheden", "geen afwezigheden"))
    act = leeg
    if not afwezig("platformactiviteit", activiteit, "de activiteit op het leerplatform"):
        act = ind.activiteitsverloop(activiteit, peildatum)
    att = leeg
    if not afwezig("attesten", attesten, "de attesten") and not _leeg_of_niets(inschr):
        att = ind.attesten_per_klas(attesten, schooljaar)
    per_jaar = leeg
    if not afwezig("jaarresultaten", jaar, "de jaarresultaten van vorige jaren"):
        per_jaar = jaar.groupby("schooljaar")["eindpercentage"].agg(["mean", "std", "size"])
        per_jaar.columns = ["gemiddelde", "spreiding", "n"]
        per_jaar = per_jaar.reset_index()
        if len(per_jaar) < 4:
            ontbreekt["jaarresultaten"] = (f"jaarresultaten van {len(per_jaar)} schooljaren; "
                                           "nodig: dit jaar en de 3 jaren ervoor")
    return Metingen(
        peildatum=peildatum, schooljaar=schooljaar, resultaat=resultaat,
        aanwezigheid=aanwezigheid, activiteit=act, attesten=att, beoordeling=beoordeling,
        klassen=klassen, jaren=per_jaar, periode_resultaten=periode_tekst,
        extra={"ontbreekt": ontbreekt, "periodes": periodes},
    )


def _periodepunten(resultaten: pd.DataFrame) -> pd.DataFrame:
    """Per leerling, vak en periode (P1-P4) het percentage: som van de scores / som van de
    maxima (codes als afwezig en ziek tellen niet mee)."""
    p = ind.percentages(resultaten)
    p = p[p["periode"].notna()] if "periode" in p else p.iloc[0:0]
    if p.empty:
        return pd.DataFrame(columns=["leerling_id", "vak", "periode", "percentage", "n"])
    per = p.groupby(["leerling_id", "vak", "periode"]).agg(
        score=("score", "sum"), maximum=("maximum", "sum"), n=("score", "size")).reset_index()
    per["percentage"] = 100 * per["score"] / per["maximum"]
    return per[["leerling_id", "vak", "periode", "percentage", "n"]]


def _aanwezigheid_uit_totalen(totalen: pd.DataFrame, kalender: pd.DataFrame,
                              leerlingen: pd.Series, peildatum: pd.Timestamp) -> pd.DataFrame:
    """Aanwezigheid uit een totaal aantal afwezige dagdelen per leerling (geen datums)."""
    dagdelen = int((kalender["datum"] <= peildatum).sum())
    per = (totalen.groupby("leerling_id")["dagdelen_afwezig"].sum()
           .reindex(pd.Index(leerlingen, name="leerling_id"), fill_value=0))
    uit = pd.DataFrame({"leerling_id": per.index,
                        "aanwezigheid": 1 - per.to_numpy() / max(dagdelen, 1),
                        "dagdelen": dagdelen}).reset_index(drop=True)
    uit.attrs["periode"] = f"tot {peildatum:%d/%m/%Y} (totalen uit de export)"
    return uit


def metingen(peildatum: str | pd.Timestamp | None = None, map: str | None = None) -> Metingen:
    """De metingen van de school (standaard: de cursusschool) tot `peildatum`."""
    datum = None if peildatum is None else pd.Timestamp(peildatum)
    pad = datamap(map)
    # de wijzigingstijden horen bij de sleutel: wie opnieuw importeert, krijgt nieuwe metingen
    stempel = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in pad.glob("*.csv")))
    return _metingen(str(pad), datum, stempel)
