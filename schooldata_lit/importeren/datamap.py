"""Klaar voor de cursus? Een geïmporteerde datamap controleren en aanvullen.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from ..kern.data import CSV_OPTIES, csv_tekst, schrijf_tekstbestanden
from ..kern.structuur import kalender
from ..kern.woordenboek import TABELLEN
from .csvveilig import maak_csv_veilig
from .verslag import ImportFout
from .wegschrijven import afgeleide_tabellen, bestaand_schooljaar

# ---------------------------------------------------------------------------------------------
# Klaar voor de cursus?
# ---------------------------------------------------------------------------------------------

#: Welke tabellen de knipperlichten lezen, en waarvoor.
NODIG_VOOR_KNIPPERLICHTEN = {
    "kalender": "de lesdagdelen van het schooljaar (noemer voor aanwezigheid)",
    "inschrijvingen": "welke leerlingen dit schooljaar op school zitten",
    "resultaten": "lichten over punten (daling, trend, beoordeling, klasgemiddelde)",
    "afwezigheden": "lichten over aanwezigheid",
    "platformactiviteit": "lichten over activiteit op het leerplatform",
    "attesten": "het licht over B- en C-attesten per klas",
    "jaarresultaten": "het licht over trends over schooljaren",
}

_HOE = {
    "kalender": "wordt bij elke import aangemaakt; of vul_datamap_aan(map)",
    "inschrijvingen": "importeer een leerlingenlijst met een kolom Klas; of vul_datamap_aan(map)"
                      " (leidt ze af uit de klassen in de punten)",
    "resultaten": "importeer de punten: importeer(..., 'punten', ...)",
    "afwezigheden": "importeer de afwezigheden; of vul_datamap_aan(map) (lege tabel)",
    "platformactiviteit": "importeer de activiteit (zonder blijven de lichten over "
                          "betrokkenheid uit)",
    "attesten": "nog geen import; vul_datamap_aan(map) maakt een lege tabel",
    "jaarresultaten": "nog geen import; vul_datamap_aan(map) maakt een lege tabel",
}


def controleer_datamap(map: str | os.PathLike) -> pd.DataFrame:
    """Welke tabellen de knipperlichten nodig hebben, en of ze in `map` staan.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     controle = controleer_datamap(map_)
    >>> print(controle.loc["resultaten", "aanwezig"], controle.loc["resultaten", "rijen"])
    nee 0
    """
    pad = Path(map)
    rijen = []
    for tabel, waarvoor in NODIG_VOOR_KNIPPERLICHTEN.items():
        bestand = pad / f"{tabel}.csv"
        aantal = 0
        if bestand.is_file():
            with open(bestand, encoding=CSV_OPTIES["encoding"]) as f:
                aantal = max(sum(1 for _ in f) - 1, 0)
        rijen.append({"tabel": tabel, "aanwezig": "ja" if bestand.is_file() else "nee",
                      "rijen": aantal, "nodig_voor": waarvoor,
                      "hoe_aanvullen": "" if bestand.is_file() else _HOE[tabel]})
    return pd.DataFrame(rijen).set_index("tabel")


def vul_datamap_aan(map: str | os.PathLike, schooljaar: str | None = None) -> pd.DataFrame:
    """Maak ontbrekende tabellen aan zodat de knipperlichten op `map` werken.

    De punten (``resultaten``) moeten er al zijn. Ontbreken ze, dan volgt een duidelijke fout.
    Aangemaakt worden: de kalender (standaard Vlaamse vakanties, bij benadering), de
    inschrijvingen en klassen (afgeleid uit de klassen in de punten) en lege tabellen voor
    afwezigheden, attesten en jaarresultaten (de lichten die ze nodig hebben, blijven dan uit).
    De platformactiviteit moet je zelf importeren (zonder blijven die lichten uit). Geeft per
    tabel terug wat er gebeurde.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     vul_datamap_aan(map_)
    Traceback (most recent call last):
    ...
    schooldata_lit.importeren.ImportFout: Er zijn nog geen punten (resultaten.csv) in deze map...
    """
    pad = Path(map)
    if not (pad / "resultaten.csv").is_file():
        raise ImportFout("Er zijn nog geen punten (resultaten.csv) in deze map. Importeer eerst "
                         "de punten met importeer(..., 'punten', ...); de knipperlichten hebben "
                         "ze nodig.")
    from ..kern.data import laad_dataset

    resultaten = laad_dataset("resultaten", pad)
    if schooljaar is None:
        schooljaar = bestaand_schooljaar(pad) or str(resultaten["schooljaar"].mode().iloc[0])
    nieuw: dict[Path, str] = {}
    wat: dict[str, str] = {}
    if not (pad / "kalender.csv").is_file():
        nieuw[pad / "kalender.csv"] = csv_tekst(kalender(schooljaar))
        wat["kalender"] = ("aangemaakt: standaardkalender (pas aan voor de vrije dagen van je "
                           "school)")
    if not (pad / "inschrijvingen.csv").is_file():
        per = (resultaten.groupby("leerling_id")["klas"]
               .agg(lambda k: k.mode().sort_values().iloc[0]).reset_index())
        extra = pd.DataFrame({"_klas": per["klas"]})
        afgeleid = afgeleide_tabellen(per["leerling_id"], extra, schooljaar)
        for naam_, tabel in afgeleid.items():
            if not (pad / f"{naam_}.csv").is_file():
                nieuw[pad / f"{naam_}.csv"] = csv_tekst(maak_csv_veilig(tabel)[0])
                wat[naam_] = "aangemaakt: afgeleid uit de klassen in de punten"
    if not (pad / "lesopdrachten.csv").is_file():
        lesopdr = (resultaten[resultaten["leerkracht_id"] != "onbekend"]
                   .groupby(["schooljaar", "klas", "vak"])["leerkracht_id"]
                   .agg(lambda k: k.mode().sort_values().iloc[0]).reset_index())
        nieuw[pad / "lesopdrachten.csv"] = csv_tekst(maak_csv_veilig(lesopdr)[0])
        wat["lesopdrachten"] = "aangemaakt: afgeleid uit de punten (klas, vak en leerkracht)"
    if not (pad / "platformactiviteit.csv").is_file():
        wat["platformactiviteit"] = ("ontbreekt nog: importeer de activiteit van het "
                                     "leerplatform (zonder blijven de lichten over "
                                     "betrokkenheid uit, en dat staat in het regelverslag)")
    for naam_ in ("afwezigheden", "attesten", "jaarresultaten"):
        if not (pad / f"{naam_}.csv").is_file():
            leeg = pd.DataFrame(columns=TABELLEN[naam_].kolomnamen)
            nieuw[pad / f"{naam_}.csv"] = csv_tekst(leeg)
            wat[naam_] = "aangemaakt als lege tabel: de lichten die ze nodig hebben, blijven uit"
    schrijf_tekstbestanden(nieuw)
    controle = controleer_datamap(pad)
    controle["wat_gebeurde"] = [wat.get(t, "was er al") for t in controle.index]
    if "lesopdrachten" in wat:
        controle.loc["lesopdrachten"] = ["ja", len(lesopdr), "", "", wat["lesopdrachten"]]
    return controle[["aanwezig", "rijen", "wat_gebeurde"]]
