"""Antwoorden van een bevraging inlezen en controleren (Google Forms, Microsoft Forms, CSV).
"""

from __future__ import annotations

import difflib
import io
import os
import re
import unicodedata
import warnings
from pathlib import Path
from typing import Literal

import pandas as pd

from .instrument import SCHAAL, AntwoordFout, controleer_groep, vragenlijst

# --------------------------------------------------------------------- 2. antwoorden inlezen

_METAKOLOMMEN = {  # genormaliseerde kolomnaam → rol
    "tijdstempel": "tijdstip", "timestamp": "tijdstip", "tijd van voltooien": "tijdstip",
    "completion time": "tijdstip", "begintijd": "meta", "start time": "meta",
    "tijd van laatste wijziging": "meta", "last modified time": "meta",
    "id": "id", "respondent": "id", "e mail": "email", "e mailadres": "email",
    "email": "email", "email address": "email", "e mail address": "email",
    "naam": "naam", "name": "naam", "score": "meta", "totaalscore": "meta",
    "total score": "meta",
}
_ANONIEM = {"", "anonymous", "anoniem"}


def _normaliseer(tekst: str) -> str:
    tekst = unicodedata.normalize("NFKD", str(tekst)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", tekst.lower()).split())


def _vraagtekst(kop: str) -> list[str]:
    """Mogelijke vraagteksten in een kolomkop: de kop zelf, of de tekst tussen [ ] (raster)."""
    kandidaten = [kop]
    rooster = re.search(r"\[(.+)\]\s*$", kop)
    if rooster:
        kandidaten.append(rooster.group(1))
    uit = []
    for k in kandidaten:
        norm = _normaliseer(k)
        uit.append(re.sub(r"^\d+\s+", "", norm))  # "1. Ik vind ..." → "ik vind ..."
    return uit


def afgekort(tekst: str, lengte: int = 50) -> str:
    tekst = str(tekst)
    return tekst if len(tekst) <= lengte else tekst[:lengte - 1] + "…"


def _lees_bestand(pad: Path) -> pd.DataFrame:
    if pad.suffix.lower() in (".xlsx", ".xls"):
        tabel = pd.read_excel(pad, dtype=str)
        return tabel.fillna("")
    ruw = pad.read_bytes()
    for codering in ("utf-8-sig", "cp1252"):
        try:
            tekst = ruw.decode(codering)
            break
        except UnicodeDecodeError:
            continue
    eerste = tekst.splitlines()[0] if tekst.strip() else ""
    scheiding = ";" if eerste.count(";") > eerste.count(",") else ","
    if eerste.count("\t") > max(eerste.count(";"), eerste.count(",")):
        scheiding = "\t"
    tabel = pd.read_csv(io.StringIO(tekst), sep=scheiding, dtype=str, keep_default_na=False,
                        skip_blank_lines=False)
    return tabel.fillna("")


def _probleem(bestand: str, rij: int | None, kolom: str, probleem: str) -> dict:
    return {"bestand": bestand, "rij": rij, "kolom": kolom, "probleem": probleem}


def _verwerk(pad: str | os.PathLike, groep: str, nameting: bool
             ) -> tuple[pd.DataFrame, pd.DataFrame, list[int]]:
    """Lees en controleer; geeft (antwoorden, problemen, lege rijen)."""
    controleer_groep(groep)
    pad = Path(pad)
    naam = pad.name
    if not pad.exists():
        raise FileNotFoundError(f"Het bestand {naam!r} bestaat niet (gezocht in {pad.parent}).")
    ruw = _lees_bestand(pad)
    lijst = vragenlijst(groep, nameting=nameting)
    problemen: list[dict] = []

    # -- kolommen koppelen aan vragen
    doelen = {re.sub(r"^\d+\s+", "", _normaliseer(v)): code
              for v, code in zip(lijst["vraag"], lijst["code"], strict=True)}
    doelen.update({code: code for code in lijst["code"]})  # al ingelezen kolomnamen mogen ook
    koppeling: dict[str, str] = {}  # code → kolomkop
    rollen: dict[str, str] = {}     # kolomkop → rol van een metakolom
    for kop in ruw.columns:
        kop_s = str(kop)
        if _normaliseer(kop_s) in _METAKOLOMMEN:
            rollen[kop_s] = _METAKOLOMMEN[_normaliseer(kop_s)]
            continue
        code = next((doelen[k] for k in _vraagtekst(kop_s) if k in doelen), None)
        if code is None:
            gelijkend = difflib.get_close_matches(_vraagtekst(kop_s)[-1], list(doelen), n=1,
                                                  cutoff=0.6)
            hint = ""
            if gelijkend:
                rij = lijst[lijst["code"] == doelen[gelijkend[0]]].iloc[0]
                hint = (f"; ze lijkt op vraag {rij['nummer']} ({afgekort(rij['vraag'])!r}): "
                        "werd de vraagtekst in het formulier gewijzigd?")
            problemen.append(_probleem(naam, None, kop_s,
                                       f"onbekende kolom: hoort bij geen enkele vraag van de "
                                       f"vragenlijst voor {groep}{hint}"))
        elif code in koppeling:
            problemen.append(_probleem(
                naam, None, kop_s,
                f"dubbele kolom: ook {afgekort(koppeling[code])!r} hoort bij vraag {code}"))
        else:
            koppeling[code] = kop_s
    for _, rij in lijst.iterrows():
        if rij["code"] not in koppeling:
            problemen.append(_probleem(naam, None, rij["code"],
                                       f"kolom ontbreekt voor vraag {rij['nummer']}: "
                                       f"{afgekort(rij['vraag'], 70)!r}"))

    # -- rijen: leeg, antwoorden, dubbels
    antwoordkoppen = list(koppeling.values())
    lege: list[int] = []
    waarden: dict[str, list] = {code: [] for code in koppeling}
    rijnummers: list[int] = []
    labels = {_normaliseer(s): i for i, s in enumerate(SCHAAL, start=1)}
    labels.update({str(i): i for i in range(1, 6)})
    for index, rij in ruw.iterrows():
        rijnummer = int(index) + 2  # zoals in een rekenblad: rij 1 = kolomtitels
        if all(str(rij[k]).strip() == "" for k in antwoordkoppen):
            lege.append(rijnummer)
            continue
        rijnummers.append(rijnummer)
        for code, kop in koppeling.items():
            ruwe_waarde = str(rij[kop]).strip()
            vraag = lijst[lijst["code"] == code].iloc[0]
            if ruwe_waarde == "":
                waarden[code].append(pd.NA)  # overgeslagen: telt als 'geen antwoord'
                continue
            if vraag["soort"] == "likert":
                waarde = labels.get(_normaliseer(ruwe_waarde))
                if waarde is None:
                    problemen.append(_probleem(
                        naam, rijnummer, kop,
                        f"onbekend antwoord {ruwe_waarde!r} bij stelling {vraag['nummer']}; "
                        f"toegelaten: {', '.join(SCHAAL)} (of 1 tot 5)"))
                waarden[code].append(pd.NA if waarde is None else waarde)
            elif vraag["soort"] == "keuze":
                opties = vraag["antwoordopties"].split(" | ")
                juist = {_normaliseer(o): o for o in opties}
                if _normaliseer(ruwe_waarde) not in juist:
                    problemen.append(_probleem(
                        naam, rijnummer, kop, f"onbekend antwoord {ruwe_waarde!r}; toegelaten: "
                        f"{', '.join(opties)}"))
                waarden[code].append(juist.get(_normaliseer(ruwe_waarde), pd.NA))
            else:
                waarden[code].append(ruwe_waarde)
    for rijnummer in lege:
        problemen.append(_probleem(naam, rijnummer, "(alle kolommen)",
                                   "lege rij: geen enkel antwoord ingevuld"))

    gevuld = ruw.drop(index=[r - 2 for r in lege])
    sleutelkop = next((k for k, rol in rollen.items() if rol == "id"), None)
    if sleutelkop is None:
        email = next((k for k, rol in rollen.items() if rol == "email"), None)
        if email is not None and not gevuld[email].str.strip().str.lower().isin(_ANONIEM).all():
            sleutelkop = email
    if sleutelkop is not None:
        sleutels = gevuld[sleutelkop].str.strip()
        dubbel = sleutels[sleutels.duplicated(keep=False) & ~sleutels.str.lower().isin(_ANONIEM)]
        for waarde, deel in dubbel.groupby(dubbel, sort=False):
            rijen = [int(i) + 2 for i in deel.index]
            problemen.append(_probleem(
                naam, rijen[1], sleutelkop,
                f"dubbele respondent: {sleutelkop} {waarde!r} staat in de rijen "
                f"{', '.join(map(str, rijen))}"))
    else:
        dubbel = gevuld[gevuld.duplicated(keep=False)]
        for _, deel in dubbel.groupby(list(dubbel.columns), sort=False):
            rijen = [int(i) + 2 for i in deel.index]
            problemen.append(_probleem(
                naam, rijen[1], "(alle kolommen)",
                f"dubbele respondent: de rijen {', '.join(map(str, rijen))} zijn volledig "
                "gelijk (ook het tijdstip); werd een antwoord twee keer geëxporteerd?"))

    tabel = pd.DataFrame({"respondent": range(1, len(rijnummers) + 1), "rij": rijnummers})
    tijdkop = next((k for k, rol in rollen.items() if rol == "tijdstip"), None)
    if tijdkop is not None:
        tabel["ingediend"] = [str(ruw.loc[r - 2, tijdkop]) for r in rijnummers]
    tabel["groep"] = groep
    for code in lijst["code"]:
        if code in waarden:
            soort = lijst.loc[lijst["code"] == code, "soort"].iloc[0]
            tabel[code] = pd.array(waarden[code], dtype="Int64" if soort == "likert" else "string")
    probleemtabel = pd.DataFrame(problemen, columns=["bestand", "rij", "kolom", "probleem"])
    probleemtabel["rij"] = probleemtabel["rij"].astype("Int64")
    probleemtabel = probleemtabel.sort_values("rij", na_position="first", kind="stable")
    return tabel, probleemtabel.reset_index(drop=True), lege


def controleer_antwoorden(pad: str | os.PathLike, groep: str, *,
                          nameting: bool = False) -> pd.DataFrame:
    """Controleer een export met antwoorden en geef alle problemen als tabel (leeg = in orde).

    Gecontroleerd wordt: ontbrekende, onbekende en dubbele kolommen; antwoorden die niet op de
    schaal staan (bv. "Eerder eens" terwijl de schaal "Eens" heeft); lege rijen; en dubbele
    respondenten (zelfde ID of e-mailadres, of zonder ID twee volledig gelijke rijen). De rij
    telt zoals in een rekenblad: rij 1 zijn de kolomtitels, rij 2 het eerste antwoord.

    >>> from schooldata_lit.enquete import VOORBEELDMAP
    >>> problemen = controleer_antwoorden(VOORBEELDMAP / "fout_onbekend_antwoord.csv",
    ...                                   "leerlingen")
    >>> int(problemen.loc[0, "rij"]), problemen.loc[0, "probleem"][:46]
    (7, "onbekend antwoord 'Eerder eens' bij stelling 3")
    """
    return _verwerk(pad, groep, nameting)[1]


def lees_antwoorden(pad: str | os.PathLike, groep: str, *, nameting: bool = False,
                    lege_rijen: Literal["fout", "weglaten"] = "fout") -> pd.DataFrame:
    """Lees een export van Google Forms of Microsoft Forms (CSV of Excel) en controleer ze.

    De kolommen worden herkend aan de vraagtekst (ook met een nummer ervoor, of als raster
    ``Stellingen [vraagtekst]``). Antwoorden mogen als woord (``Helemaal eens``, hoofdletters
    spelen geen rol) of als getal 1 tot 5. Een lege cel bij een stelling telt als 'geen
    antwoord'. Is er iets mis, dan volgt een `AntwoordFout` met élk probleem (bestand, rij,
    kolom); `controleer_antwoorden` geeft dezelfde lijst als tabel.

    Lege rijen zijn standaard een fout. Met ``lege_rijen="weglaten"`` worden ze weggelaten,
    maar nooit stilletjes: je krijgt een waarschuwing met de rijnummers, en ze staan in
    ``tabel.attrs["weggelaten_lege_rijen"]``.

    **Privacy**: e-mailadressen en namen worden enkel gebruikt om dubbele respondenten te
    vinden; ze komen niet in de tabel. Elke respondent krijgt een volgnummer.

    Geeft terug
    -----------
    DataFrame met ``respondent``, ``rij`` (rij in het bestand), eventueel ``ingediend``,
    ``groep``, ``stelling_1`` … ``stelling_10`` (1 = helemaal oneens … 5 = helemaal eens) en
    ``open_vraag``.

    Voorbeeld
    ---------
    >>> from schooldata_lit.enquete import VOORBEELDMAP
    >>> antwoorden = lees_antwoorden(VOORBEELDMAP / "google_forms_leerlingen.csv", "leerlingen")
    >>> antwoorden.shape
    (24, 15)
    >>> lees_antwoorden(VOORBEELDMAP / "fout_lege_rijen.csv", "leerlingen")
    Traceback (most recent call last):
    ...
    schooldata_lit.enquete.AntwoordFout: Het bestand 'fout_lege_rijen.csv' heeft 2 problemen:
    - rij 10, kolom '(alle kolommen)': lege rij: geen enkel antwoord ingevuld
    - rij 18, kolom '(alle kolommen)': lege rij: geen enkel antwoord ingevuld
    Tip: controleer_antwoorden(...) geeft deze lijst als tabel.
    """
    if lege_rijen not in ("fout", "weglaten"):
        raise ValueError(f"lege_rijen moet 'fout' of 'weglaten' zijn, niet {lege_rijen!r}.")
    tabel, problemen, lege = _verwerk(pad, groep, nameting)
    naam = Path(pad).name
    if lege_rijen == "weglaten" and lege:
        problemen = problemen[~(problemen["rij"].isin(lege)
                                & (problemen["kolom"] == "(alle kolommen)")
                                & problemen["probleem"].str.startswith("lege rij"))]
        warnings.warn(f"{naam}: {len(lege)} lege rij(en) weggelaten: rij "
                      f"{', '.join(map(str, lege))}.", stacklevel=2)
    if not problemen.empty:
        regels = [f"- rij {r}, kolom {afgekort(k)!r}: {p}" if pd.notna(r)
                  else f"- kolom {afgekort(k)!r}: {p}"
                  for r, k, p in problemen[["rij", "kolom", "probleem"]].itertuples(index=False)]
        meervoud = "probleem" if len(regels) == 1 else "problemen"
        raise AntwoordFout(f"Het bestand {naam!r} heeft {len(regels)} {meervoud}:\n"
                           + "\n".join(regels)
                           + "\nTip: controleer_antwoorden(...) geeft deze lijst als tabel.",
                           problemen.reset_index(drop=True))
    tabel.attrs["weggelaten_lege_rijen"] = lege if lege_rijen == "weglaten" else []
    return tabel
