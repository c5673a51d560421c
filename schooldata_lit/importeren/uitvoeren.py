"""De import zelf: lezen, koppelen, omzetten, pseudonimiseren en veilig wegschrijven.

Dit is de regie; de stappen staan in `lezen`, `kolommen`, `raster`, `omzetten`, `dubbels` en
`wegschrijven`.
"""

from __future__ import annotations

import functools
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from ..kern.data import CSV_OPTIES
from ..kern.paden import cursusdata
from ..kern.structuur import HUIDIG_SCHOOLJAAR, kalender, periode_van
from ..kern.woordenboek import TABELLEN
from ..privacy import controleer_sleutel, lees_sleutel
from .csvveilig import maak_csv_veilig
from .datums import schooljaar_van
from .dubbels import wijs_dubbels_af
from .kolommen import (
    VERPLICHT,
    controleer_koppeling,
    is_vrije_tekst,
    koppel_kop,
    lees_koppeling,
    normaliseer,
    voeg_koppeling_samen,
    zoek_kop,
)
from .lezen import lees_export
from .omzetten import DUBBEL_SLEUTEL, OMZETTERS, TE_LANG, TOTAALREDEN, TOTAALRIJ
from .raster import breed_naar_lang, is_raster, rek_uit
from .tekstwaarden import pseudoniemen_van, zonder_spaties
from .verslag import MAX_CEL, SOORTEN, VERBORGEN, ImportFout, Importverslag
from .wegschrijven import (
    afgeleide_tabellen,
    bestaand_schooljaar,
    klassen_van,
    schrijf_uitvoer,
    snelle_csv_tekst,
    voeg_toe,
)
from .werk import Werk, als_reeksen

__all__ = [
    "BESTAAND", "TE_BREED", "TOTALEN_KOLOMMEN", "importeer", "in_projectmap",
    "afgeleide_tabellen", "bestaand_schooljaar", "klassen_van", "snelle_csv_tekst",
]

#: Wat `importeer` doet als de uitvoermap de tabel al heeft.
BESTAAND = ("weiger", "voeg_toe", "vervang")
TE_BREED = "meer cellen dan kolommen in de kopregel"
#: Afwezigheden als totaal per leerling (een export zonder datums): afwezigheidstotalen.csv.
TOTALEN_KOLOMMEN = ["leerling_id", "schooljaar", "dagdelen_afwezig"]


def _bekende_leerlingen(uit: Path, leerlingen: Iterable[str] | None) -> set[str] | None:
    if leerlingen is not None:
        return set(map(str, leerlingen))
    pad = uit / "leerlingen.csv"
    if pad.is_file():
        return set(pd.read_csv(pad, **CSV_OPTIES, usecols=["leerling_id"], dtype=str)
                   ["leerling_id"])
    return None


def in_projectmap(pad: str | os.PathLike) -> bool:
    """Ligt `pad` in de map van de cursus (waar de notebooks en de datasets staan)?

    >>> in_projectmap(cursusdata("datasets") / "sleutel.txt")
    True
    """
    cursus = cursusdata("datasets", controleer=False).resolve().parent
    return Path(pad).resolve().is_relative_to(cursus)


def _controleer_uitvoermap(uit: Path) -> None:
    datasets = cursusdata("datasets", controleer=False).resolve()
    if uit.resolve().is_relative_to(datasets):
        raise ImportFout(f"de uitvoermap {uit} is de map met de datasets van de cursus. Kies een "
                         "eigen map (bv. ~/eigen_school): de cursusschool blijft zo heel.")


def _sleutel_tekst(sleutel: str | os.PathLike, uit: Path) -> str:
    if isinstance(sleutel, str) and (re.search(r"[/\\]|\.(?:txt|key)$", sleutel)
                                     or Path(sleutel).is_file()):
        sleutel = Path(sleutel)  # een pad naar het sleutelbestand, geen sleutel
    if isinstance(sleutel, os.PathLike):
        pad = Path(sleutel).resolve()
        if pad.is_relative_to(uit.resolve()):
            raise ImportFout("het sleutelbestand ligt in de uitvoermap. De sleutel hoort nooit "
                             "bij de uitvoer: bewaar hem buiten de projectmap.")
        if in_projectmap(pad):
            raise ImportFout(f"het sleutelbestand {pad.name} ligt in de map van de cursus "
                             f"({pad.parent}). Daar kan het mee gedeeld of in git gezet worden. "
                             "Verplaats het naar een map buiten de cursus (bv. de beveiligde "
                             "schijf van de school) en geef dat pad op.")
        return lees_sleutel(pad)
    return controleer_sleutel(sleutel)


@contextmanager
def zonder_afvalophaling() -> Iterator[None]:
    """Python's cyclische afvalophaling even uit (en daarna weer zoals ze was).

    Een import maakt een miljoen kleine lijsten (de rijen) die niet naar elkaar verwijzen; de
    afvalophaling zou ze keer op keer allemaal doorlopen (een derde van de leestijd), zonder
    iets op te ruimen. Gewoon geheugenbeheer (tellen van verwijzingen) werkt intussen door.

    >>> with zonder_afvalophaling():
    ...     gc.isenabled()
    False
    """
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def _zonder_afvalophaling(functie: Callable[..., Importverslag]) -> Callable[..., Importverslag]:
    @functools.wraps(functie)
    def zonder(*args: object, **kwargs: object) -> Importverslag:
        with zonder_afvalophaling():
            return functie(*args, **kwargs)
    return zonder


@_zonder_afvalophaling
def importeer(bestand: str | os.PathLike, soort: str, uit: str | os.PathLike,
              sleutel: str | os.PathLike, *, koppeling: str | os.PathLike | dict | None = None,
              schooljaar: str | None = None, blad: str | None = None,
              leerlingen: Iterable[str] | None = None, schrijf: bool = True,
              bestaand: str = "weiger") -> Importverslag:
    """Lees een export van je school in, valideer en pseudonimiseer ze, en schrijf de tabel.

    Parameters
    ----------
    bestand: de export (CSV of Excel .xlsx).
    soort: ``punten``, ``afwezigheden``, ``leerlingen``, ``activiteit`` of ``begeleiding``.
    uit: de uitvoermap (een datamap voor ``laad_dataset(..., map=uit)``).
    sleutel: de geheime sleutel (tekst) of het pad naar het sleutelbestand (``Path``) van je
        school. Dezelfde sleutel geeft volgende maand dezelfde pseudoniemen. Het
        sleutelbestand hoort buiten de projectmap en nooit in `uit`.
    koppeling: een koppelingsbestand (YAML) of woordenboek met de kolomnamen van je school.
    schooljaar: bv. ``"2025-2026"``; standaard dat van de kalender in `uit`, anders afgeleid
        uit de datums in de export.
    blad: het werkblad (Excel); standaard het eerste.
    leerlingen: de gekende (gepseudonimiseerde) leerling_id's; standaard die uit
        ``uit/leerlingen.csv`` als die er is. Onbekende leerlingen worden afgewezen.
    schrijf: ``False`` om niets weg te schrijven (enkel het verslag).
    bestaand: wat als de uitvoermap deze tabel al heeft: ``"weiger"`` (standaard: een
        `ImportFout`, er wordt niets overschreven), ``"voeg_toe"`` (de nieuwe rijen erbij;
        wat er al staat, komt er niet dubbel in, en wat ermee in strijd is, wordt afgewezen)
        of ``"vervang"``. Naar de map ``datasets`` van de cursus schrijft `importeer` nooit.

    Geeft terug
    -----------
    Een `Importverslag` met ``.tabel``, ``.afgewezen`` (het rapport), ``.conversies`` (het
    logboek) en de aantallen ``.gelezen``, ``.aanvaard``, ``.afgewezen_rijen``. Geschreven
    worden ``uit/<tabel>.csv`` en ``uit/verslag/<tabel>_afgewezen.csv`` en
    ``uit/verslag/<tabel>_conversies.csv`` (en zo nodig de kalender en, bij leerlingen met een
    klas, de inschrijvingen en klassen). Kan de export niet gelezen worden, dan volgt een
    `ImportFout` en wordt er niets geschreven.

    >>> importeer("bestaat_niet.csv", "punten", "uit", sleutel="demo-sleutel-enkel-voor-de-cursus")
    Traceback (most recent call last):
    ...
    schooldata_lit.importeren.ImportFout: Fout in bestand bestaat_niet.csv: het bestand ...
    """
    if soort not in SOORTEN:
        raise ImportFout(f"onbekende soort export {soort!r}. Kies uit: {', '.join(SOORTEN)}.")
    if bestaand not in BESTAAND:
        raise ImportFout(f"bestaand={bestaand!r}: kies uit {', '.join(BESTAAND)}.")
    tabelnaam = SOORTEN[soort]
    uit = Path(uit)
    pad = Path(bestand)
    if schrijf:
        _controleer_uitvoermap(uit)
    sleutel_tekst = _sleutel_tekst(sleutel, uit)
    if isinstance(koppeling, str | os.PathLike):
        eigen = lees_koppeling(koppeling)
    elif koppeling is not None:
        eigen = controleer_koppeling(koppeling, "koppeling")
    else:
        eigen = None
    kop = voeg_koppeling_samen(eigen)
    ruw = lees_export(pad, blad)
    naam = pad.name
    def weiger_als_bestaat() -> None:
        if not (schrijf and bestaand == "weiger" and (uit / f"{tabelnaam}.csv").exists()):
            return
        raise ImportFout(
            f"de uitvoermap {uit} heeft al een tabel {tabelnaam}.csv. Er wordt niets "
            "overschreven. Wil je deze export erbij voegen (bv. de punten van een tweede graad), "
            "gebruik dan --voeg-toe (in Python: bestaand='voeg_toe'); rijen die er al staan, "
            "komen er niet dubbel in. Wil je de tabel vervangen door deze export, gebruik dan "
            "--vervang (in Python: bestaand='vervang').", bestand=naam)

    kopregel = zoek_kop(ruw, tabelnaam, kop, naam)
    koppen = ruw.rijen[kopregel]
    werk_notities = ruw.notities
    # de gegevensrijen: alles na de kopregel, behalve volledig lege rijen
    breedte = len(koppen)
    data_rijen, nummers, leeg_nummers, te_breed, breder = [], [], [], [], []
    alle_rijen = ruw.rijen[kopregel + 1:]
    if breedte and alle_rijen and set(map(len, alle_rijen)) == {breedte} and all(
            map(str.strip, map(itemgetter(0), alle_rijen))):
        # het gewone geval (elke rij even breed als de kopregel, eerste cel ingevuld): geen
        # lege, te brede of aan te vullen rijen, dus zonder de lus hieronder
        data_rijen, nummers = alle_rijen, ruw.rijnummers[kopregel + 1:]
        te_breed, breder = [False] * len(data_rijen), [False] * len(data_rijen)
        alle_rijen = []
    for rij, nummer in zip(alle_rijen, ruw.rijnummers[kopregel + 1:][:len(alle_rijen)],
                           strict=True):
        if not ((rij and rij[0].strip()) or "".join(rij).strip()):  # eerste cel: snel
            leeg_nummers.append(nummer)
            continue
        lengte = len(rij)
        te_breed.append(lengte > breedte and bool("".join(rij[breedte:]).strip()))
        # meer (lege) cellen dan de kopregel: misschien verschoven, dus nooit waarden tonen
        breder.append(lengte > breedte)
        data_rijen.append(rij if lengte == breedte else (rij + [""] * breedte)[:breedte])
        nummers.append(nummer)
    herhaalde_kop = ([i for i, r in enumerate(data_rijen) if r == koppen]
                     if koppen in data_rijen else [])
    raster = None
    if kop.get("breed", {}).get(tabelnaam):
        raster = breed_naar_lang(koppen, data_rijen, kop["breed"][tabelnaam])
    elif is_raster(koppen, tabelnaam, kop["kolommen"][tabelnaam]):
        raster = rek_uit(koppen, data_rijen, tabelnaam, kop["kolommen"][tabelnaam],
                         ruw.rijen[kopregel - 1] if kopregel > 0 else None)
    if raster is not None:
        koppen, breedte = raster.kop, len(raster.kop)
        data_rijen = raster.rijen
        nummers = [nummers[b] for b in raster.bron]
        te_breed = [te_breed[b] for b in raster.bron]
        breder = [breder[b] for b in raster.bron]
        herhaalde_kop = []
    gekoppeld, _ = koppel_kop(koppen, tabelnaam, kop)
    verplicht = VERPLICHT[tabelnaam]
    if tabelnaam == "afwezigheden" and "totaal" in gekoppeld.values() \
            and "datum" not in gekoppeld.values():
        tabelnaam, verplicht = "afwezigheidstotalen", ["leerling_id", "totaal"]
    elif "totaal" in gekoppeld.values():  # een totaalkolom naast datums: niet inlezen
        gekoppeld = {i: d for i, d in gekoppeld.items() if d != "totaal"}
    if tabelnaam == "resultaten" and "periode" in gekoppeld.values():
        verplicht = [k for k in verplicht if k != "datum"]  # punten per periode
    weiger_als_bestaat()
    ontbreekt = [k for k in verplicht if k not in gekoppeld.values()]
    if ontbreekt:
        lijst = ", ".join(repr(k) for k in koppen if k.strip())
        raise ImportFout(f"de kolom(men) {', '.join(ontbreekt)} ontbreken. Kolommen in de "
                         f"export: {lijst}. Voeg de kolomnaam van je school toe in het "
                         f"koppelingsbestand onder kolommen: {tabelnaam}.", bestand=naam,
                         rij=ruw.rijnummers[kopregel])
    if herhaalde_kop:  # twee exports onder elkaar geplakt: de kopregel staat er nog eens
        weg = set(herhaalde_kop)
        herhaald_nummers = [nummers[i] for i in herhaalde_kop]
        data_rijen = [r for i, r in enumerate(data_rijen) if i not in weg]
        nummers = [n for i, n in enumerate(nummers) if i not in weg]
        te_breed = [t for i, t in enumerate(te_breed) if i not in weg]
        breder = [t for i, t in enumerate(breder) if i not in weg]
    werk = Werk(naam, np.asarray(nummers, dtype=int))
    werk.verschoven = np.asarray(te_breed, dtype=bool) | np.asarray(breder, dtype=bool)
    if raster is not None and kop.get("breed", {}).get(SOORTEN[soort]):
        werk.evaluatie = raster.evaluatie
        werk.omzetting("(bestand)", "brede export (koppelingsbestand, deel breed): één rij per "
                       f"leerling en periode uit de kolommen {', '.join(raster.namen)}"
                       + (f"; {raster.leeg} lege cel(len) overgeslagen" if raster.leeg else ""))
    elif raster is not None:
        werk.evaluatie = raster.evaluatie
        benoemd = [f"{i + 1} = {n}" for i, n in enumerate(raster.namen) if n]
        werk.omzetting("(bestand)", f"puntenboek met {len(raster.namen)} evaluaties naast "
                       "elkaar: omgezet naar één rij per leerling en evaluatie"
                       + (f" ({'; '.join(benoemd)})" if benoemd else "")
                       + (f"; {raster.leeg} lege evaluatie(s) zonder datum en score "
                          "overgeslagen" if raster.leeg else ""))
    for conversie, uitleg in werk_notities:
        werk.omzetting("(bestand)", f"{conversie}: {uitleg}")
    if kopregel > 0:
        werk.omzetting("(bestand)", f"kopregel gevonden op rij {ruw.rijnummers[kopregel]}; "
                       f"rij(en) {als_reeksen(np.asarray(ruw.rijnummers[:kopregel]))} erboven "
                       "(titel of samengevoegde cellen) overgeslagen")
    if leeg_nummers:
        werk.omzetting("(bestand)", "lege rij(en) overgeslagen: "
                       f"{als_reeksen(np.array(leeg_nummers))}")
    if herhaalde_kop:
        werk.omzetting("(bestand)", "kopregel nog eens herhaald (exports onder elkaar "
                       f"geplakt?): rij(en) {als_reeksen(np.array(herhaald_nummers))} "
                       "overgeslagen")
    kolomnamen = {i: koppen[i].strip() or f"kolom {i + 1}" for i in range(breedte)}
    niet_gelezen = [kolomnamen[i] for i in range(breedte)
                    if gekoppeld.get(i) is None and koppen[i].strip()]
    verwijderd = [kolomnamen[i] for i, d in gekoppeld.items() if d == "#id"]
    vrij = [kolomnamen[i] for i, d in gekoppeld.items() if d == "#vrij"]
    if verwijderd:
        werk.omzetting("(bestand)", f"kolom(men) met namen of nummers van personen niet "
                       f"ingelezen: {', '.join(verwijderd)}")
    if vrij:
        werk.omzetting("(bestand)", f"kolom(men) met vrije tekst niet ingelezen (daar staan "
                       f"vaak namen van personeel of derden in): {', '.join(vrij)}")
    if niet_gelezen:
        werk.omzetting("(bestand)", "kolom(men) niet gekoppeld en dus niet ingelezen: "
                       f"{', '.join(niet_gelezen)} (koppel ze in het koppelingsbestand als je "
                       "ze nodig hebt)")
    for i, doel in sorted(gekoppeld.items()):
        if not doel.startswith("#") and normaliseer(koppen[i]) != normaliseer(doel.lstrip("_")):
            werk.omzetting("(bestand)", f"kolom {kolomnamen[i]!r} gekoppeld aan {doel.lstrip('_')}")
        if doel in ("leerkracht_id", "door") or (not doel.startswith("#")
                                                 and is_vrije_tekst(koppen[i])):
            werk.verborgen_kolommen.add(doel.lstrip("_"))

    matrix = np.array(data_rijen, dtype=object).reshape(len(data_rijen), breedte)
    ruwe_tabel = pd.DataFrame({doel: pd.Series(matrix[:, i], dtype=object)
                               for i, doel in gekoppeld.items() if not doel.startswith("#")})
    # identificerende waarden onthouden, om ze nooit te tonen
    for i, doel in gekoppeld.items():
        if doel in ("#id", "#vrij", "leerling_id", "leerkracht_id", "_geboortedatum") or \
                doel.lstrip("_") in werk.verborgen_kolommen:
            waarden = {str(w).strip() for w in pd.unique(matrix[:, i])} - {""}
            if doel != "#vrij":
                werk.verboden |= waarden
            for w in waarden:  # ook de delen van een volledige naam
                werk.verboden |= {d for d in re.split(r"[\s,;/()]+", w)
                                  if len(d) > 2 or (len(d) == 2 and d[0].isupper())}
    n = len(ruwe_tabel)
    te_breed_arr = np.asarray(te_breed, dtype=bool)
    werk.fout(te_breed_arr, "(rij)", "", TE_BREED,
              "staat er een scheidingsteken (; of ,) in een cel, bv. in een naam? Zet de cel "
              "tussen aanhalingstekens of verwijder het teken, en importeer opnieuw")
    werk.enkel.append((te_breed_arr, TE_BREED))
    # elke verschillende cel is al eens gemeten bij het lezen (CSV): enkel nameten als er een
    # te lange cel kan zijn (of als een puntenboek rijen bijmaakte)
    al_gemeten = raster is None and ruw.langste_cel is not None and ruw.langste_cel <= MAX_CEL
    if n and al_gemeten:
        werk.enkel.append((np.zeros(n, dtype=bool), TE_LANG))
    elif n:
        lang = np.zeros(n, dtype=bool)
        for kolom in ruwe_tabel.columns:
            cellen = ruwe_tabel[kolom].to_numpy()
            te_lang = np.fromiter(map(len, map(str, cellen)), dtype=np.int64, count=n) > MAX_CEL
            werk.fout(te_lang, kolom, f"({MAX_CEL}+ tekens)", TE_LANG,
                      f"een cel mag hoogstens {MAX_CEL} tekens hebben: kijk na of de export "
                      "klopt")
            lang |= te_lang
        ruwe_tabel = ruwe_tabel.where(~pd.DataFrame({k: lang for k in ruwe_tabel.columns}), "")
        werk.enkel.append((lang, TE_LANG))
    # totaalrijen (geen leerling, wel 'totaal' of 'gemiddelde'), ook als het woord in de kolom
    # met het leerlingnummer staat ('Totaal;;Wiskunde;...'): dat is geen leerling
    ids = zonder_spaties(ruwe_tabel["leerling_id"])
    id_leeg = ids == ""
    totaal = np.zeros(n, dtype=bool)
    for positie in np.flatnonzero(id_leeg.to_numpy()):
        totaal[positie] = bool(TOTAALRIJ.search(" ".join(data_rijen[positie])[:5000]))
    codes, uniek = pd.factorize(ids)
    if len(uniek):
        label = np.array([not any(t.isdigit() for t in str(u)) and bool(TOTAALRIJ.search(str(u)))
                          for u in uniek] + [False])
        totaal |= label[codes]
    # de ruwe rijen zijn nu niet meer nodig: enkel een vingerafdruk per rij (voor dubbels)
    ruwe_hash = (np.fromiter(map(hash, map(tuple, data_rijen)), dtype=np.int64,
                             count=len(data_rijen))
                 if DUBBEL_SLEUTEL[tabelnaam] is None else None)
    del matrix
    data_rijen = []
    ruw.rijen = []
    if raster is not None:
        raster.rijen = []
    werk.enkel.append((totaal, TOTAALREDEN))
    werk.fout(totaal, "(rij)", "", TOTAALREDEN,
              "niets te doen: deze rij hoort niet bij de gegevens (of verwijder ze uit de export)")
    werk.fout(id_leeg.to_numpy() & ~totaal, "leerling_id", "", "geen leerlingnummer",
              "vul het leerlingnummer in")

    # schooljaar
    if schooljaar is not None and not re.fullmatch(r"\d{4}-\d{4}", schooljaar):
        raise ImportFout(f"het schooljaar {schooljaar!r} is niet van de vorm 2025-2026.")
    vorig = bestaand_schooljaar(uit)
    if schooljaar and vorig and schooljaar != vorig:
        raise ImportFout(f"de uitvoermap bevat al gegevens van schooljaar {vorig}, niet "
                         f"{schooljaar}. Gebruik een aparte map per schooljaar.")
    omgezet = OMZETTERS[tabelnaam](werk, ruwe_tabel, kop)
    if tabelnaam == "leerlingen":
        _velden_als_waarschuwing(werk, omgezet)
    if schooljaar is None:
        schooljaar = vorig
    if schooljaar is None:
        datumkolom = {"platformactiviteit": "week", "leerlingen": None,
                      "afwezigheidstotalen": None}.get(tabelnaam, "datum")
        jaren = (schooljaar_van(omgezet[datumkolom].dropna()) if datumkolom else pd.Series())
        if len(jaren):
            schooljaar = str(jaren.mode().sort_values().iloc[0])
            werk.omzetting("schooljaar", f"schooljaar {schooljaar} afgeleid uit de datums")
        else:
            schooljaar = HUIDIG_SCHOOLJAAR
            werk.omzetting("schooljaar", f"geen schooljaar opgegeven: {schooljaar} aangenomen "
                           "(geef het schooljaar op met schooljaar=... of --schooljaar)")
    begin = pd.Timestamp(f"{schooljaar[:4]}-09-01")
    einde = pd.Timestamp(f"{schooljaar[5:]}-06-30")
    for kolom in ("datum", "week"):
        if kolom in omgezet and tabelnaam != "leerlingen":
            d = omgezet[kolom]
            grens = begin - pd.Timedelta(days=6) if kolom == "week" else begin
            buiten = (d.notna() & ((d < grens) | (d > einde))).to_numpy()
            werk.fout(buiten, kolom, d.where(buiten).dt.strftime("%d/%m/%Y") if buiten.any()
                      else "", f"datum buiten het schooljaar {schooljaar} "
                      f"(1/9/{schooljaar[:4]} tot 30/6/{schooljaar[5:]})",
                      "controleer de datum, of importeer dit schooljaar in een aparte map")

    # pseudonimiseren aan de deur
    omgezet["leerling_id"] = pseudoniemen_van(omgezet["leerling_id"], sleutel_tekst, "L")
    werk.omzetting("leerling_id", "leerlingnummer vervangen door een pseudoniem (met de sleutel "
                   "van de school)", omgezet["leerling_id"].notna(), toon_voorbeeld=False)
    if "leerkracht_id" in omgezet and omgezet["leerkracht_id"].notna().any():
        omgezet["leerkracht_id"] = pseudoniemen_van(omgezet["leerkracht_id"], sleutel_tekst, "K")
        werk.omzetting("leerkracht_id", "naam of nummer van de leerkracht vervangen door een "
                       "pseudoniem", omgezet["leerkracht_id"].notna(), toon_voorbeeld=False)
    bekend = None if tabelnaam == "leerlingen" else _bekende_leerlingen(uit, leerlingen)
    if bekend is not None:
        werk.fout(omgezet["leerling_id"].notna() & ~omgezet["leerling_id"].isin(bekend),
                  "leerling_id", VERBORGEN, "onbekende leerling: dit nummer staat niet in de "
                  "leerlingenlijst", "controleer het nummer, of importeer eerst een recente "
                  "leerlingenlijst")
    elif tabelnaam != "leerlingen":
        werk.omzetting("leerling_id", "geen leerlingenlijst in de uitvoermap: onbekende "
                       "leerlingen niet gecontroleerd (importeer eerst de leerlingen)")

    wijs_dubbels_af(werk, omgezet, tabelnaam, ruwe_hash)

    # de ingelezen tabel
    afgewezen = np.zeros(n, dtype=bool)
    afgewezen[werk.afgewezen_posities()] = True
    aanvaard = omgezet[~afgewezen].reset_index(drop=True)
    aanvaard.insert(1, "schooljaar", schooljaar)
    if tabelnaam == "resultaten":
        zonder_datum = aanvaard["datum"].isna()
        if zonder_datum.any():  # punten per periode, zonder datum: de laatste lesdag ervan
            lesdagen = kalender(schooljaar)["datum"].drop_duplicates()
            einde = lesdagen.groupby(periode_van(lesdagen)).max()
            aanvaard.loc[zonder_datum, "datum"] = aanvaard.loc[zonder_datum, "periode"].map(einde)
            werk.omzetting("datum", "geen datum: de laatste lesdag van de periode genomen "
                           "(punten per periode of rapport)",
                           np.isin(np.arange(n), np.flatnonzero(~afgewezen)[
                               zonder_datum.to_numpy()]))
        zonder = aanvaard["periode"].isna()
        aanvaard.loc[zonder, "periode"] = periode_van(aanvaard.loc[zonder, "datum"])
        werk.omzetting("periode", "periode (P1-P4) afgeleid uit de datum",
                       np.isin(np.arange(n), np.flatnonzero(~afgewezen)[zonder.to_numpy()]))
        for kolom, wat in (("klas", "klas"), ("leerkracht_id", "leerkracht")):
            leeg = aanvaard[kolom].isna()
            if leeg.any():
                aanvaard.loc[leeg, kolom] = "onbekend"
                werk.omzetting(kolom, f"geen {wat}: ingevuld als 'onbekend'",
                               np.isin(np.arange(n), np.flatnonzero(~afgewezen)[leeg.to_numpy()]))
    if tabelnaam == "platformactiviteit":
        for kolom in ("aanmeldingen", "taken_op_tijd", "taken_te_laat", "taken_niet_ingediend"):
            aanvaard[kolom] = aanvaard[kolom].astype("Int64")
    extra = aanvaard[[k for k in aanvaard.columns if k.startswith("_")]]
    if tabelnaam == "leerlingen":
        aanvaard = aanvaard.drop(columns=["schooljaar"] + list(extra.columns))[
            TABELLEN["leerlingen"].kolomnamen]
    else:
        aanvaard = aanvaard[TOTALEN_KOLOMMEN if tabelnaam == "afwezigheidstotalen"
                            else TABELLEN[tabelnaam].kolomnamen]
    if tabelnaam == "leerlingen":
        werk.omzetting("voornaam, familienaam", "namen niet ingelezen: de kolommen blijven leeg",
                       np.ones(n, dtype=bool) & ~afgewezen, toon_voorbeeld=False)
    bestaande = nieuw = None
    if schrijf and bestaand == "voeg_toe" and (uit / f"{tabelnaam}.csv").is_file():
        bestaande, aanvaard, afgewezen, nieuw = voeg_toe(werk, uit, tabelnaam, aanvaard,
                                                         afgewezen, n)
    posities_aanvaard = np.flatnonzero(~afgewezen)
    veilig, aangepast = maak_csv_veilig(aanvaard)
    for kolom, masker in aangepast.items():
        voor = np.full(n, "", dtype=object)
        voor[posities_aanvaard] = aanvaard[kolom].astype(str).to_numpy()
        werk.omzetting(kolom, "tekst die als formule kan starten (=, +, -, @): ' ervoor gezet "
                       "(CSV-injectie)", np.isin(np.arange(n), posities_aanvaard[masker]),
                       voor, None)
    rapport = werk.afwijzingen()
    waarschuwingen = werk.waarschuwingslijst(afgewezen)
    logboek = pd.DataFrame(werk.log, columns=["kolom", "conversie", "aantal", "rijen",
                                              "voorbeeld_van", "voorbeeld_naar"])
    logboek["aantal"] = logboek["aantal"].astype("Int64")
    verslag = Importverslag(bestand=naam, soort=soort, tabelnaam=tabelnaam,
                            schooljaar=schooljaar, gelezen=n, tabel=veilig,
                            afgewezen=rapport, conversies=logboek,
                            waarschuwingen=waarschuwingen)
    assert verslag.gelezen == verslag.aanvaard + verslag.afgewezen_rijen
    if schrijf:
        schrijf_uitvoer(verslag, uit, extra, bestaande, nieuw)
    return verslag


def _velden_als_waarschuwing(werk: Werk, omgezet: pd.DataFrame) -> None:
    """Leerlingenlijst: een fout in een veld dat de leerling niet aanwijst (een tikfout in het
    geboortejaar, een onbekende code voor geslacht) wijst de leerling niet af. Anders worden
    al zijn punten later 'onbekende leerling'. Het veld blijft leeg en komt in de
    waarschuwingen."""
    blijven, verplaatst = [], []
    for deel in werk.fouten:
        velden = ~deel["kolom"].isin(["leerling_id", "(rij)"]) & ~deel["reden"].isin(
            [TE_LANG, TOTAALREDEN])
        if velden.any():
            verplaatst.append(deel[velden])
        if (~velden).any():
            blijven.append(deel[~velden])
    werk.fouten = blijven
    for deel in verplaatst:
        deel = deel.assign(oplossing=deel["oplossing"] + " (de leerling is wel ingelezen, "
                           "met dit veld leeg)")
        werk.waarschuwingen.append(deel)
        for kolom, groep in deel.groupby("kolom"):
            doel = {"geboortedatum": "geboortejaar"}.get(kolom, kolom)
            doel = doel if doel in omgezet else f"_{doel}"
            if doel in omgezet:
                omgezet.iloc[groep["positie"].to_numpy(), omgezet.columns.get_loc(doel)] = (
                    pd.NA if str(omgezet[doel].dtype) == "Int64" else np.nan)

