"""Rollen en hun niveaus: wie welke gegevens mag zien, en `rolweergave` die dat toepast.

De volledige tabel staat in de uitleg van `schooldata_lit.privacy`; `toegangstabel` toont ze.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..kern.controle import als_lijst, controleer_kolommen
from ..kern.woordenboek import TABELLEN
from .onderdrukking import (
    MINIMUM,
    aandelen_met_onderdrukking,
    gemiddelden_met_onderdrukking,
)

#: Kolommen die nooit op rijniveau in een rolweergave staan.
GEVOELIGE_KOLOMMEN = ("thuistaal_niet_nederlands", "schooltoeslag")
#: Kolommen die één persoon aanwijzen: daarover aggregeren is geen aggregeren.
IDENTIFICERENDE_KOLOMMEN = ("leerling_id", "voornaam", "familienaam", "respondent")
# ---------------------------------------------------------------------------------------------
# 3. Rolweergaven
# ---------------------------------------------------------------------------------------------

#: De niveaus waarop een rol een dataset kan zien (code: uitleg).
NIVEAUS = {
    "alles": "alle rijen",
    "eigen": "eigen rijen",
    "vergelijking": "eigen rijen + klasband (klasgemiddelde ± één standaardafwijking)",
    "lesopdracht": "eigen klassen × vakken (uit lesopdrachten)",
    "lesklassen": "leerlingen van de klassen waarin je lesgeeft",
    "titularis": "leerlingen van je titularisklas(sen)",
    "geaggregeerd": "enkel geaggregeerd, met onderdrukking van kleine cellen",
}


@dataclass(frozen=True)
class Toegang:
    """Hoe een rol één dataset mag zien."""

    niveau: str  # een sleutel van NIVEAUS
    uitleg: str
    verborgen: tuple[str, ...] = ()  # kolommen die nooit op rijniveau getoond worden
    gevoelig_geaggregeerd: bool = False  # verborgen kolommen wel geaggregeerd opvragen


@dataclass(frozen=True)
class Rol:
    """Een rol op school: wat ze mag zien, en waarom niet meer."""

    naam: str
    omschrijving: str
    wie: str | None  # welke id `wie=` verwacht, of None
    weigering: str  # waarom de rol andere datasets niet ziet
    toegang: dict[str, Toegang] = field(default_factory=dict)
    titel: str = ""  # zo heet de rol op een scherm, bv. "Vakleerkracht"
    #: de niveaus (leerling, klas, leerjaar, school) die de rol in het schooldashboard opent
    schoolniveaus: tuple[str, ...] = ()


_OPENBAAR = {
    naam: Toegang("alles", "geen persoonsgegevens")
    for naam in ("kalender", "lessentabel", "bevraging_analytics", "bevraging_datagebruik")
}
_ORGANISATIE = {
    "klassen": Toegang("alles", "de klasindeling en titularissen zijn intern bekend"),
    "leerkrachten": Toegang("alles", "het lerarenkorps is intern bekend"),
}
_WELBEVINDEN = {"welbevinden": Toegang(
    "geaggregeerd", "anonieme bevraging: enkel gemiddelden per graad, niet de antwoorden")}
_GEVOELIG_WEG = "gevoelige kenmerken staan niet op rijniveau in een weergave"


def _toegang(niveau: str, uitleg: str, *namen: str) -> dict[str, Toegang]:
    return {n: Toegang(niveau, uitleg, GEVOELIGE_KOLOMMEN if n == "leerlingen" else ())
            for n in namen}


_LEERLINGTABELLEN = ("leerlingen", "inschrijvingen", "resultaten", "jaarresultaten", "attesten",
                     "afwezigheden", "platformactiviteit", "begeleiding", "baso_fiches",
                     "centrale_toetsen")

#: Wat elke rol mag zien: rol -> Rol met per dataset een `Toegang`. Zie de moduledocumentatie.
ROLLEN: dict[str, Rol] = {rol.naam: rol for rol in [
    Rol("leerling", "een leerling die zijn eigen gegevens bekijkt (leerlingendashboard)",
        "leerling_id",
        "een leerling ziet enkel zijn eigen gegevens en wat voor iedereen openbaar is",
        {**_OPENBAAR,
         **_toegang("eigen", "je eigen gegevens", "leerlingen", "inschrijvingen", "attesten",
                    "afwezigheden", "platformactiviteit", "begeleiding", "centrale_toetsen"),
         **_toegang("vergelijking", "je eigen scores naast de klasband, zonder rangorde",
                    "resultaten", "jaarresultaten")},
        titel="Leerling", schoolniveaus=("leerling",)),
    Rol("leerkracht", "een vakleerkracht", "leerkracht_id",
        "een leerkracht ziet enkel de gegevens van de klassen en vakken die hij geeft",
        {**_OPENBAAR, **_ORGANISATIE, **_WELBEVINDEN,
         "lesopdrachten": Toegang("eigen", "je eigen lesopdrachten"),
         **_toegang("lesopdracht", "de klassen en vakken die je geeft (enkel het schooljaar "
                    "van je lesopdrachten)", "resultaten", "jaarresultaten"),
         "begeleiding": Toegang("lesopdracht", "enkel begeleiding over je eigen vak in je "
                                "eigen klassen; gesprekken en zorgoverleg niet"),
         **_toegang("lesklassen", "de leerlingen van de klassen waarin je lesgeeft",
                    "leerlingen", "inschrijvingen", "attesten", "afwezigheden",
                    "platformactiviteit", "centrale_toetsen")},
        titel="Vakleerkracht", schoolniveaus=("leerling", "klas")),
    Rol("klastitularis", "de klastitularis die zijn klas in de breedte opvolgt",
        "leerkracht_id",
        "een klastitularis ziet enkel de gegevens van de leerlingen van zijn klas(sen)",
        {**_OPENBAAR, **_ORGANISATIE, **_WELBEVINDEN,
         **_toegang("titularis", "de leerlingen van je titularisklas(sen)", "lesopdrachten",
                    *_LEERLINGTABELLEN)},
        titel="Klastitularis", schoolniveaus=("leerling", "klas")),
    Rol("zorgcoordinator", "de zorgcoördinator (leerlingenbegeleiding)", None,
        "de zorgcoördinator ziet alle leerlinggegevens die nodig zijn voor begeleiding",
        {**_OPENBAAR, **_ORGANISATIE, **_WELBEVINDEN,
         "lesopdrachten": Toegang("alles", "wie welk vak in welke klas geeft"),
         **_toegang("alles", "alle leerlingen", *_LEERLINGTABELLEN),
         "leerlingen": Toegang("alles", "alle leerlingen; " + _GEVOELIG_WEG + ", wel "
                               "geaggregeerd", GEVOELIGE_KOLOMMEN, gevoelig_geaggregeerd=True)},
        titel="Zorgcoördinator", schoolniveaus=("leerling", "klas", "leerjaar", "school")),
    Rol("directie", "de directie (beleid)", None,
        "de directie heeft voor beleid geen gegevens van individuele leerlingen nodig",
        {**_OPENBAAR, **_ORGANISATIE, **_WELBEVINDEN,
         "lesopdrachten": Toegang("alles", "de opdrachten van het personeel"),
         **{n: Toegang("geaggregeerd", "enkel cijfers per groep (klas, leerjaar, richting), "
                       "met onderdrukking van kleine cellen", GEVOELIGE_KOLOMMEN,
                       gevoelig_geaggregeerd=True)
            for n in (*_LEERLINGTABELLEN, "alumni")}},
        titel="Directie", schoolniveaus=("klas", "leerjaar", "school")),
]}

_REDENEN = {
    "grondwaarheid": "de grondwaarheid bestaat enkel in de cursus (om knipperlichten te "
                     "toetsen) en hoort bij geen enkele rol",
}

#: De standaardaggregatie per dataset: (per, categorie, waarde). Met een categorie komen er
#: aandelen, met een waarde gemiddelden.
_AGGREGATIES: dict[str, tuple[tuple[str, ...], str | None, tuple[str, ...]]] = {
    "leerlingen": (("instroom_schooljaar",), "geslacht", ()),
    "inschrijvingen": (("schooljaar",), "leerjaar", ()),
    "attesten": (("schooljaar", "leerjaar", "klas"), "attest", ()),
    "resultaten": (("schooljaar", "klas", "vak", "periode"), None, ("percentage",)),
    "jaarresultaten": (("schooljaar", "leerjaar", "klas", "vak"), None, ("eindpercentage",)),
    "afwezigheden": (("schooljaar",), "code", ()),
    "platformactiviteit": (("schooljaar", "week"), None, ("aanmeldingen",)),
    "begeleiding": (("schooljaar",), "soort", ()),
    "baso_fiches": (("instroom_schooljaar",), "advies", ()),
    "centrale_toetsen": (("schooljaar", "klas", "toets"), None, ("score",)),
    "welbevinden": (("schooljaar", "graad"), None, ("ik_voel_me_thuis", "leerkrachten_helpen",
                                                    "faalangst", "pesten", "inspraak")),
    "alumni": (("schooljaar_afgestudeerd",), "vervolg", ()),
}

#: Per dataset: de kolom waarmee de leerling zich vergelijkt met de klasband.
_MAATSTAF = {"resultaten": "score", "jaarresultaten": "eindpercentage"}
_BAND = ("klas_gemiddelde", "klas_band_onder", "klas_band_boven")


class GeenToegang(PermissionError):
    """Deze rol mag deze gegevens niet (of niet zo) zien."""

    __module__ = "schooldata_lit.privacy"  # zo heet ze in een foutmelding


def normaliseer_rol(rol: object) -> str:
    """De sleutel van een rol in `ROLLEN`, ongeacht hoofdletters, accenten of streepjes.

    >>> normaliseer_rol("Zorgcoördinator")
    'zorgcoordinator'
    """
    if not isinstance(rol, str):
        raise TypeError(f"De rol moet tekst zijn, bv. 'leerkracht', niet {type(rol).__name__}.")
    zonder = unicodedata.normalize("NFKD", rol.strip().lower())
    zonder = "".join(t for t in zonder if not unicodedata.combining(t)).replace("-", "")
    if zonder not in ROLLEN:
        raise ValueError(f"Onbekende rol {rol!r}. Kies uit: {', '.join(ROLLEN)}.")
    return zonder


def toegangstabel(rol: str | None = None) -> pd.DataFrame:
    """De tabel `ROLLEN` als overzicht: per rol en dataset het niveau en de uitleg.

    >>> overzicht = toegangstabel("leerling")
    >>> overzicht.loc[overzicht["dataset"] == "resultaten", "niveau"].item()
    'eigen rijen + klasband (klasgemiddelde ± één standaardafwijking)'
    >>> toegangstabel("conciërge")
    Traceback (most recent call last):
    ...
    ValueError: Onbekende rol 'conciërge'. Kies uit: leerling, leerkracht, klastitularis, ...
    """
    rollen = [normaliseer_rol(rol)] if rol is not None else list(ROLLEN)
    rijen = []
    for naam in rollen:
        for dataset in TABELLEN:
            toegang = ROLLEN[naam].toegang.get(dataset)
            rijen.append({
                "rol": naam,
                "dataset": dataset,
                "niveau": NIVEAUS[toegang.niveau] if toegang else "geen toegang",
                "verborgen kolommen": ", ".join(toegang.verborgen) if toegang else "",
                "uitleg": toegang.uitleg if toegang else _weigering(naam, dataset),
            })
    return pd.DataFrame(rijen)


def _weigering(rol: str, dataset: str) -> str:
    return _REDENEN.get(dataset, ROLLEN[rol].weigering)


def _herken_dataset(tabel: pd.DataFrame) -> str:
    kolommen = set(tabel.columns)
    passend = [n for n, t in TABELLEN.items() if set(t.kolomnamen) == kolommen]
    if len(passend) != 1:
        raise ValueError("Welke dataset is deze tabel? Geef de naam mee, bv. "
                         "naam='resultaten'.")
    return passend[0]


def _hulptabel(naam: str, hulptabellen: Mapping[str, pd.DataFrame] | None,
               map: str | os.PathLike | None) -> pd.DataFrame:
    if hulptabellen is not None and naam in hulptabellen:
        return hulptabellen[naam]
    from ..kern.data import laad_dataset

    return laad_dataset(naam, map=map)


def _isin(tabel: pd.DataFrame, toegelaten: pd.DataFrame, kolommen: list[str]) -> np.ndarray:
    if not len(tabel):
        return np.zeros(0, dtype=bool)
    links = pd.MultiIndex.from_frame(tabel[kolommen].astype(str))
    rechts = pd.MultiIndex.from_frame(toegelaten[kolommen].astype(str))
    return np.asarray(links.isin(rechts))


def _filter_klassen(tabel: pd.DataFrame, toegelaten: pd.DataFrame, naam: str,
                    inschrijvingen: pd.DataFrame | None) -> pd.DataFrame:
    """Enkel de rijen over (schooljaar, klas[, vak]) in `toegelaten`."""
    sleutels = list(toegelaten.columns)
    if "klas" in tabel.columns:
        kolommen = [k for k in sleutels if k in tabel.columns]
        if "vak" in sleutels and "vak" not in kolommen:
            raise GeenToegang(f"De dataset {naam!r} heeft geen kolom 'vak'.")
        return tabel[_isin(tabel, toegelaten, kolommen)]
    if "leerling_id" not in tabel.columns or inschrijvingen is None:
        raise GeenToegang(f"In de dataset {naam!r} staat niet in welke klas een leerling zit.")
    klas_van = inschrijvingen[["leerling_id", "schooljaar", "klas"]].drop_duplicates(
        ["leerling_id", "schooljaar"])
    if "schooljaar" in tabel.columns:
        met_klas = tabel[["leerling_id", "schooljaar"]].merge(
            klas_van, how="left", on=["leerling_id", "schooljaar"])
        met_klas.index = tabel.index
        if "vak" in sleutels:
            if "vak" not in tabel.columns:
                raise GeenToegang(f"De dataset {naam!r} heeft geen kolom 'vak'.")
            met_klas["vak"] = tabel["vak"]
        met_klas = met_klas.dropna(subset=["klas"])
        kolommen = [k for k in sleutels if k in met_klas.columns]
        return tabel.loc[met_klas.index[_isin(met_klas, toegelaten, kolommen)]]
    # Geen schooljaar (bv. leerlingen): elke leerling die ooit in een toegelaten klas zat.
    klassen = toegelaten[["schooljaar", "klas"]].drop_duplicates()
    mijn = klas_van[_isin(klas_van, klassen, ["schooljaar", "klas"])]["leerling_id"]
    return tabel[tabel["leerling_id"].isin(set(mijn))]


def _klasband(tabel: pd.DataFrame, naam: str, minimum: int) -> pd.DataFrame:
    """Voeg per evaluatie het klasgemiddelde en de band gemiddelde ± standaardafwijking toe.

    Enkel bij minstens `minimum` scores: met je eigen score, het gemiddelde en de
    standaardafwijking kun je bij weinig klasgenoten hun scores terugrekenen.
    """
    maatstaf = _MAATSTAF[naam]
    evaluatie = [k for k in TABELLEN[naam].kolomnamen
                 if k in tabel.columns and k not in ("leerling_id", maatstaf, "code")]
    waarden = pd.to_numeric(tabel[maatstaf], errors="coerce")
    groep = waarden.groupby([tabel[k] for k in evaluatie], dropna=False)
    gemiddelde = groep.transform("mean")
    spreiding = groep.transform("std").fillna(0.0)
    genoeg = groep.transform("count") >= minimum
    resultaat = tabel.copy()
    resultaat["klas_gemiddelde"] = gemiddelde.where(genoeg).round(1)
    resultaat["klas_band_onder"] = (gemiddelde - spreiding).where(genoeg).round(1)
    resultaat["klas_band_boven"] = (gemiddelde + spreiding).where(genoeg).round(1)
    return resultaat


def _aggregeer(tabel: pd.DataFrame, naam: str, toegang: Toegang, per: str | Sequence[str] | None,
               categorie: str | None, waarde: str | Sequence[str] | None,
               minimum: int) -> pd.DataFrame:
    standaard = _AGGREGATIES.get(naam, ((), None, ()))
    groep = (als_lijst(per) if per is not None
             else [k for k in standaard[0] if k in tabel.columns])
    waarden = als_lijst(waarde)
    if categorie is None and not waarden:
        categorie = standaard[1]
        waarden = [] if categorie is not None else list(standaard[2])
    if categorie is None and not waarden:
        raise ValueError(f"Geef een categorie= of waarde= om de dataset {naam!r} te aggregeren.")
    for kolom in [*groep, *([categorie] if categorie else []), *waarden]:
        if kolom in IDENTIFICERENDE_KOLOMMEN:
            raise GeenToegang(f"Aggregeren per {kolom!r} is geen aggregeren: dat toont "
                              "gegevens van individuele personen.")
        if kolom in toegang.verborgen and not toegang.gevoelig_geaggregeerd:
            raise GeenToegang(f"De kolom {kolom!r} is gevoelig en mag deze rol niet zien, ook "
                              "niet geaggregeerd.")
    werk = tabel
    if waarden == ["percentage"] and "percentage" not in tabel.columns \
            and {"score", "maximum"} <= set(tabel.columns):
        werk = tabel.assign(percentage=100 * pd.to_numeric(tabel["score"], errors="coerce")
                            / pd.to_numeric(tabel["maximum"], errors="coerce"))
    if categorie is not None:
        return aandelen_met_onderdrukking(werk, groep or None, categorie, minimum=minimum)
    return gemiddelden_met_onderdrukking(werk, groep or None, waarden, minimum=minimum)


def rolweergave(
    rol: str,
    dataset: str | pd.DataFrame,
    *,
    wie: str | None = None,
    naam: str | None = None,
    per: str | Sequence[str] | None = None,
    categorie: str | None = None,
    waarde: str | Sequence[str] | None = None,
    minimum: int = MINIMUM,
    hulptabellen: Mapping[str, pd.DataFrame] | None = None,
    map: str | os.PathLike | None = None,
) -> pd.DataFrame:
    """Toon een dataset zoals een rol hem mag zien (zie `ROLLEN` en `toegangstabel`).

    - `rol`: ``"leerling"``, ``"leerkracht"``, ``"klastitularis"``, ``"zorgcoordinator"`` of
      ``"directie"``.
    - `dataset`: de naam van een dataset (die wordt dan geladen), of een tabel; geef bij een
      tabel met andere kolommen dan in het datawoordenboek ook `naam` mee.
    - `wie`: voor een leerling zijn leerling_id, voor een leerkracht of klastitularis zijn
      leerkracht_id. De andere rollen gebruiken `wie` niet.
    - `per`, `categorie`, `waarde`: vraag een geaggregeerde weergave, bv. de attesten per klas
      (``per="klas", categorie="attest"``) of het gemiddelde eindpercentage per vak
      (``per="vak", waarde="eindpercentage"``). Voor de directie is elke weergave van
      leerlinggegevens geaggregeerd; zonder deze argumenten krijg je een standaardoverzicht.
    - `hulptabellen`: tabellen die nodig zijn om te filteren (``lesopdrachten``, ``klassen``,
      ``inschrijvingen``); wat ontbreekt, wordt geladen (uit `map`).

    Enkel de kolommen uit het datawoordenboek komen in de weergave (een zelf toegevoegde
    kolom, bv. een rangorde, valt weg). De tabel zelf verandert niet.

    >>> resultaten = pd.DataFrame({
    ...     "leerling_id": [f"L{i}" for i in range(6)], "klas": "1A", "vak": "Wiskunde",
    ...     "soort": "toets", "score": [12, 14, 9, 17, 15, 11], "maximum": 20,
    ...     "rang": [4, 3, 6, 1, 2, 5]})
    >>> eigen = rolweergave("leerling", resultaten, wie="L1", naam="resultaten")
    >>> list(eigen.columns)
    ['leerling_id', 'klas', 'vak', 'soort', 'score', 'maximum', 'klas_gemiddelde', \
'klas_band_onder', 'klas_band_boven']
    >>> eigen[["leerling_id", "score", "klas_gemiddelde", "klas_band_onder", "klas_band_boven"]]
      leerling_id  score  klas_gemiddelde  klas_band_onder  klas_band_boven
    0          L1     14             13.0             10.1             15.9
    >>> rolweergave("leerling", "klassen", wie="L1")
    Traceback (most recent call last):
    ...
    schooldata_lit.privacy.GeenToegang: De rol 'leerling' mag de dataset 'klassen' niet zien: ...
    """
    rolnaam = normaliseer_rol(rol)
    rolinfo = ROLLEN[rolnaam]
    if isinstance(dataset, pd.DataFrame):
        tabel = dataset
        naam = naam or _herken_dataset(tabel)
    elif isinstance(dataset, str):
        naam = naam or dataset
        if naam != dataset:
            raise ValueError(f"De dataset heet {dataset!r}, maar naam={naam!r}.")
        tabel = None
    else:
        raise TypeError(f"Geef de naam van een dataset of een tabel, geen "
                        f"{type(dataset).__name__}.")
    if naam not in TABELLEN:
        raise ValueError(f"Onbekende dataset {naam!r}. Bestaande datasets: "
                         f"{', '.join(TABELLEN)}.")
    toegang = rolinfo.toegang.get(naam)
    if toegang is None:
        wel = ", ".join(rolinfo.toegang)
        raise GeenToegang(f"De rol {rolnaam!r} mag de dataset {naam!r} niet zien: "
                          f"{_weigering(rolnaam, naam)}. Wel toegankelijk: {wel}.")
    if rolinfo.wie is None and wie is not None:
        raise ValueError(f"De rol {rolnaam!r} ziet niet de gegevens van één persoon; laat "
                         "wie= weg.")
    if rolinfo.wie is not None and (not isinstance(wie, str) or not wie.strip()):
        raise ValueError(f"De rol {rolnaam!r} heeft wie= nodig: de {rolinfo.wie}, bv. "
                         f"wie={'L00042' if rolinfo.wie == 'leerling_id' else 'K017'!r}.")
    if tabel is None:
        tabel = _hulptabel(naam, hulptabellen, map)
    controleer_kolommen(tabel, [])

    # 1. Rijen: enkel wat de rol mag zien.
    niveau = toegang.niveau
    zichtbaar = tabel
    if niveau in ("eigen", "vergelijking"):
        kolom = rolinfo.wie
        assert kolom is not None
        if kolom not in tabel.columns:
            raise GeenToegang(f"In de dataset {naam!r} staat geen {kolom}: de eigen rijen zijn "
                              "niet te vinden.")
        if niveau == "vergelijking":
            zichtbaar = _klasband(tabel, naam, minimum)
        zichtbaar = zichtbaar[(tabel[kolom] == wie).to_numpy()]
    elif niveau in ("lesopdracht", "lesklassen", "titularis"):
        if niveau == "titularis":
            klassen = _hulptabel("klassen", hulptabellen, map)
            toegelaten = klassen.loc[klassen["klastitularis_id"] == wie, ["schooljaar", "klas"]]
            if toegelaten.empty:
                raise ValueError(f"{wie!r} is van geen enkele klas klastitularis (tabel klassen).")
        else:
            opdrachten = (tabel if naam == "lesopdrachten"
                          else _hulptabel("lesopdrachten", hulptabellen, map))
            eigen = opdrachten[opdrachten["leerkracht_id"] == wie]
            if eigen.empty:
                raise ValueError(f"{wie!r} heeft geen lesopdrachten (tabel lesopdrachten).")
            sleutels = ["schooljaar", "klas", "vak"] if niveau == "lesopdracht" \
                else ["schooljaar", "klas"]
            toegelaten = eigen[[k for k in sleutels if k in eigen.columns]].drop_duplicates()
        inschrijvingen = None
        if "klas" not in tabel.columns:
            inschrijvingen = (tabel if naam == "inschrijvingen"
                              else _hulptabel("inschrijvingen", hulptabellen, map))
        zichtbaar = _filter_klassen(tabel, toegelaten, naam, inschrijvingen)

    # 2. Geaggregeerd: op verzoek, of altijd als de rol enkel aggregaten mag zien.
    if niveau == "geaggregeerd" or per is not None or categorie is not None or waarde is not None:
        if niveau == "vergelijking":
            zichtbaar = zichtbaar.drop(columns=list(_BAND))
        return _aggregeer(zichtbaar, naam, toegang, per, categorie, waarde, minimum)

    # 3. Kolommen: enkel die uit het datawoordenboek, zonder de verborgen kolommen.
    kolommen = [k for k in TABELLEN[naam].kolomnamen
                if k in zichtbaar.columns and k not in toegang.verborgen]
    if niveau == "vergelijking":
        kolommen += list(_BAND)
    return zichtbaar[kolommen].reset_index(drop=True)
