"""Waarden omzetten en valideren: getallen, datums, codes en tekst, per tabel.

Elke omzetting komt in het conversielogboek, elke rij die niet kan in het rapport met
afgewezen rijen: gelezen = aanvaard + afgewezen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..privacy import pseudonimiseer
from .kolommen import normaliseer
from .verslag import VERBORGEN

# ---------------------------------------------------------------------------------------------
# Omzetten en valideren
# ---------------------------------------------------------------------------------------------

#: Zoveel rijnummers tonen we hoogstens per regel van het conversielogboek (daarna: "...").
_MAX_RIJNUMMERS = 5000

#: Tekst die zo begint, kan in een rekenblad een formule worden (CSV-injectie).
_GEVAARLIJK_BEGIN = ("=", "+", "-", "@", "\t", "\r")


class Werk:
    """Verzamelt afwijzingen, waarschuwingen en omzettingen tijdens één import."""

    def __init__(self, bestand: str, rijnummers: np.ndarray) -> None:
        self.bestand = bestand
        self.rijnummers = rijnummers
        self.fouten: list[pd.DataFrame] = []
        self.waarschuwingen: list[pd.DataFrame] = []
        self.log: list[dict] = []
        self.verboden: set[str] = set()  # identificerende waarden: nooit tonen
        #: kolommen waarvan we de waarden nooit tonen (namen van personen, vrije tekst)
        self.verborgen_kolommen: set[str] = set()
        #: rijen waarvan de cellen verschoven kunnen zijn: nooit een waarde tonen
        self.verschoven = np.zeros(len(rijnummers), dtype=bool)
        #: bij een rasterexport: het volgnummer van de evaluatie in de rij (anders None)
        self.evaluatie: np.ndarray | None = None
        # rijen waarvoor één reden volstaat (totaalrij, te lange cel): (masker, reden)
        self.enkel: list[tuple[np.ndarray, str]] = []

    def _meldingen(self, masker: np.ndarray | pd.Series, kolom: str,
                   waarden: pd.Series | str, reden: str, oplossing: str) -> pd.DataFrame | None:
        masker = np.asarray(masker, dtype=bool)
        if not masker.any():
            return None
        posities = np.flatnonzero(masker)
        if isinstance(waarden, str):
            w = [waarden] * len(posities)
        else:
            w = [self._toonbaar(v, kolom, p) for v, p in
                 zip(np.asarray(waarden, dtype=object)[posities], posities, strict=True)]
        return pd.DataFrame({"positie": posities, "kolom": kolom, "waarde": w,
                             "reden": reden, "oplossing": oplossing})

    def fout(self, masker: np.ndarray | pd.Series, kolom: str, waarden: pd.Series | str,
             reden: str, oplossing: str) -> None:
        """Deze rijen worden afgewezen (ze komen in het rapport, niet in de tabel)."""
        meldingen = self._meldingen(masker, kolom, waarden, reden, oplossing)
        if meldingen is not None:
            self.fouten.append(meldingen)

    def waarschuwing(self, masker: np.ndarray | pd.Series, kolom: str,
                     waarden: pd.Series | str, reden: str, oplossing: str) -> None:
        """Deze rijen worden ingelezen, maar er klopt iets niet (bv. een tikfout in een veld
        dat de leerling niet aanwijst): het veld blijft leeg en de rij komt in de lijst met
        waarschuwingen."""
        meldingen = self._meldingen(masker, kolom, waarden, reden, oplossing)
        if meldingen is not None:
            self.waarschuwingen.append(meldingen)

    def _toonbaar(self, waarde: object, kolom: str = "", positie: int | None = None) -> str:
        tekst = "" if waarde is None or (isinstance(waarde, float) and np.isnan(waarde)) \
            else str(waarde)
        if not tekst.strip():
            return tekst
        if kolom in self.verborgen_kolommen or (positie is not None
                                                and self.verschoven[positie]):
            return VERBORGEN
        if tekst.strip() in self.verboden or any(
                deel in self.verboden for deel in re.split(r"[\s,;/()]+", tekst) if deel):
            return VERBORGEN
        if len(tekst.split()) > 3 and kolom != "(rij)":  # vrije tekst: kan namen bevatten
            return VERBORGEN
        return tekst if len(tekst) <= 60 else tekst[:57] + "..."

    def omzetting(self, kolom: str, conversie: str, masker: np.ndarray | pd.Series | None = None,
                  van: pd.Series | None = None, naar: pd.Series | None = None,
                  toon_voorbeeld: bool = True) -> None:
        if masker is None:
            self.log.append({"kolom": kolom, "conversie": conversie, "aantal": np.nan,
                             "rijen": "", "voorbeeld_van": "", "voorbeeld_naar": ""})
            return
        masker = np.asarray(masker, dtype=bool)
        if not masker.any():
            return
        posities = np.flatnonzero(masker)
        betrouwbaar = posities[~self.verschoven[posities]] if len(self.verschoven) == len(
            masker) else posities
        vb_van = vb_naar = ""
        if len(betrouwbaar):
            eerste = betrouwbaar[0]
            if toon_voorbeeld and van is not None:
                vb_van = self._toonbaar(np.asarray(van, dtype=object)[eerste], kolom)
            if toon_voorbeeld and naar is not None:
                vb_naar = self._toonbaar(np.asarray(naar, dtype=object)[eerste], kolom)
        self.log.append({"kolom": kolom, "conversie": conversie, "aantal": len(posities),
                         "rijen": als_reeksen(_zonder_herhaling(self.rijnummers[posities])),
                         "voorbeeld_van": vb_van, "voorbeeld_naar": vb_naar})

    def _rapport(self, delen: list[pd.DataFrame], beperk: bool) -> pd.DataFrame:
        kolommen = ["bestand", "rij", "kolom", "waarde", "reden", "oplossing"]
        if self.evaluatie is not None:
            kolommen.insert(2, "evaluatie")
        if not delen:
            return pd.DataFrame(columns=kolommen)
        alle = pd.concat(delen, ignore_index=True)
        if beperk:
            # bij een totaalrij (of een te lange cel) volstaat die ene reden
            positie = alle["positie"].to_numpy()
            beperkt = np.zeros(len(alle), dtype=bool)
            toegelaten = np.zeros(len(alle), dtype=bool)
            for masker, reden in self.enkel:
                beperkt |= masker[positie]
                toegelaten |= masker[positie] & (alle["reden"] == reden).to_numpy()
            alle = alle[~beperkt | toegelaten]
        alle["rij"] = self.rijnummers[alle["positie"].to_numpy()]
        if self.evaluatie is not None:
            alle["evaluatie"] = self.evaluatie[alle["positie"].to_numpy()]
        alle["bestand"] = self.bestand
        volgorde = ["rij", "evaluatie", "kolom"] if self.evaluatie is not None else ["rij", "kolom"]
        return alle.sort_values(volgorde, kind="stable")[kolommen].reset_index(drop=True)

    def afwijzingen(self) -> pd.DataFrame:
        return self._rapport(self.fouten, beperk=True)

    def waarschuwingslijst(self, afgewezen: np.ndarray) -> pd.DataFrame:
        """De waarschuwingen bij rijen die wel ingelezen werden."""
        delen = [d[~afgewezen[d["positie"].to_numpy()]] for d in self.waarschuwingen]
        return self._rapport([d for d in delen if len(d)], beperk=False)

    def afgewezen_posities(self) -> np.ndarray:
        if not self.fouten:
            return np.array([], dtype=int)
        return np.unique(np.concatenate([f["positie"].to_numpy() for f in self.fouten]))


def _zonder_herhaling(nummers: np.ndarray) -> np.ndarray:
    """Opeenvolgende gelijke nummers één keer (een puntenboek herhaalt het rijnummer)."""
    if len(nummers) < 2:
        return nummers
    return nummers[np.concatenate([[True], nummers[1:] != nummers[:-1]])]


def als_reeksen(nummers: np.ndarray) -> str:
    """Rijnummers compact: 3-7, 10, 12-13.

    >>> als_reeksen(np.array([3, 4, 5, 6, 7, 10, 12, 13]))
    '3-7, 10, 12-13'
    """
    if len(nummers) == 0:
        return ""
    nummers = np.sort(nummers)
    breuk = np.flatnonzero(np.diff(nummers) != 1)
    begins = np.concatenate([[nummers[0]], nummers[breuk + 1]])
    eindes = np.concatenate([nummers[breuk], [nummers[-1]]])
    delen = [str(b) if b == e else f"{b}-{e}" for b, e in zip(begins, eindes, strict=True)]
    if len(delen) > _MAX_RIJNUMMERS:
        delen = delen[:_MAX_RIJNUMMERS] + [f"... ({len(delen) - _MAX_RIJNUMMERS} reeksen meer)"]
    return ", ".join(delen)


def zonder_spaties(s: pd.Series) -> pd.Series:
    """``s.str.strip()``, maar één keer per verschillende waarde."""
    codes, uniek = pd.factorize(s)
    schoon = np.array([str(u).strip() for u in uniek] + [""], dtype=object)
    return pd.Series(schoon[codes], index=s.index, dtype=s.dtype if s.dtype != object else None)


def _extract(s: pd.Series, patroon: str | re.Pattern, flags: int = 0) -> pd.DataFrame:
    """``s.str.extract``, maar één keer per verschillende waarde (snel bij 100 000 rijen)."""
    codes, uniek = pd.factorize(s)
    delen = pd.Series(np.asarray(uniek, dtype=object)).astype(str).str.extract(patroon,
                                                                               flags=flags)
    if not len(delen):
        return pd.DataFrame(index=s.index, columns=delen.columns, dtype=object)
    uit = delen.iloc[np.maximum(codes, 0)].reset_index(drop=True)
    if (codes < 0).any():
        uit.loc[codes < 0] = np.nan
    uit.index = s.index
    return uit


def pseudoniemen_van(s: pd.Series, sleutel: str, voorvoegsel: str) -> pd.Series:
    """`pseudonimiseer` op elke verschillende waarde één keer; lege waarden blijven leeg."""
    s = s.where(s.notna() & (zonder_spaties(s.astype(str)) != ""), np.nan)
    codes, uniek = pd.factorize(s.astype(object).where(s.notna(), None))
    if not len(uniek):
        return pd.Series(np.nan, index=s.index, dtype=object)
    tabel = pd.DataFrame({"w": [str(u).strip() for u in uniek]})
    code = pseudonimiseer(tabel, "w", sleutel, voorvoegsel=voorvoegsel)["w"].to_numpy()
    uit = np.where(codes >= 0, code[np.maximum(codes, 0)], None)
    return pd.Series(uit, index=s.index, dtype=object).where(codes >= 0, np.nan)


TE_LANG = "cel te lang"
TOTAALREDEN = "totaalrij of gemiddelde: geen gegevens van een leerling"
TOTAALRIJ = re.compile(r"(?i)\b(?:totaal|totalen|gemiddelde|som|aantal)\b")
_GETAL = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


_DUIZEND_PUNT = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_DUIZEND_KOMMA = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DUIZEND_SPATIE = re.compile(r"^[+-]?\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[,.]\d+)?$")
_DECIMALE_PUNT = re.compile(r"^[+-]?\d+\.(?:\d{1,2}|\d{4,})$")


def _zonder_duizendtallen(werk: Werk, s: pd.Series, kolom: str, toon: pd.Series) -> pd.Series:
    """Haal scheidingstekens voor duizendtallen weg ("2.000", "1 250", "2.000,5").

    "2.000" is in Vlaanderen tweeduizend (punt = duizendtallen, komma = decimalen), tenzij de
    kolom elders een decimale punt gebruikt ("7.5"): dan is het 2. Elke omzetting komt in het
    logboek."""
    codes, uniek = pd.factorize(s)
    if not len(uniek):
        return s
    u = pd.Series(np.asarray(uniek, dtype=object)).astype(str)
    decimale_punt = bool(u.str.match(_DECIMALE_PUNT).any())
    punt = u.str.match(_DUIZEND_PUNT)
    # een enkele groep met punt zonder komma ("2.000") is dubbelzinnig
    dubbelzinnig_punt = punt & u.str.fullmatch(r"[+-]?\d{1,3}\.\d{3}")
    punt &= ~(dubbelzinnig_punt & decimale_punt)
    komma = u.str.match(_DUIZEND_KOMMA)
    # "1,500" blijft in Vlaanderen anderhalf, behalve als de kolom decimale punten gebruikt
    komma &= decimale_punt | ~u.str.fullmatch(r"[+-]?\d{1,3},\d{3}")
    spatie = u.str.match(_DUIZEND_SPATIE)
    nieuw = u.copy()
    nieuw[punt] = u[punt].str.replace(".", "", regex=False)
    nieuw[komma] = u[komma].str.replace(",", "", regex=False).str.replace(".", ",",
                                                                          regex=False)
    nieuw[spatie] = u[spatie].str.replace(r"[ \u00a0\u202f']", "", regex=True)
    veranderd = (nieuw != u).to_numpy()
    if not veranderd.any():
        return s
    uit = pd.Series(nieuw.to_numpy()[np.maximum(codes, 0)], index=s.index).where(codes >= 0, s)
    masker = veranderd[np.maximum(codes, 0)] & (codes >= 0)
    werk.omzetting(kolom, "scheidingsteken voor duizendtallen weggelaten (2.000 = 2000)",
                   masker, toon, uit)
    return uit


def _getallen(werk: Werk, s: pd.Series, kolom: str, *, geheel: bool = False,
              leeg_mag: bool = False, toon: pd.Series | None = None) -> pd.Series:
    """Tekst naar getal; decimale komma wordt omgezet (en gelogd); anders een afwijzing.

    `toon`: de oorspronkelijke cel om in het rapport te tonen (standaard `s`)."""
    s = zonder_spaties(s)
    toon = s if toon is None else toon
    s = _zonder_duizendtallen(werk, s, kolom, toon)
    leeg = s == ""
    # één keer per verschillende waarde (snel bij een miljoen rijen)
    codes, uniek = pd.factorize(s)
    u = pd.Series(np.asarray(uniek, dtype=object)).astype(str)
    u_komma = u.str.contains(",", regex=False).to_numpy(dtype=bool)
    u_vorm = u.str.match(_GETAL).to_numpy(dtype=bool)
    u_getal = pd.to_numeric(u.where(u_vorm, "").str.replace(",", ".", regex=False),
                            errors="coerce").to_numpy(dtype=float)
    plaats, gevonden = np.maximum(codes, 0), codes >= 0
    komma = pd.Series(u_komma[plaats] & gevonden if len(u) else gevonden, index=s.index)
    vorm_ok = pd.Series(u_vorm[plaats] & gevonden if len(u) else gevonden, index=s.index)
    getal = pd.Series(np.where(gevonden, u_getal[plaats], np.nan) if len(u)
                      else np.full(len(s), np.nan), index=s.index)
    werk.omzetting(kolom, "decimale komma omgezet naar een getal", vorm_ok & komma, toon, getal)
    onleesbaar = ~leeg & ~vorm_ok
    werk.fout(onleesbaar, kolom, toon, "geen getal", "vul een getal in (bv. 12 of 12,5)")
    if not leeg_mag:
        werk.fout(leeg, kolom, toon, "leeg", "vul een getal in")
    if geheel:
        niet_geheel = vorm_ok & (getal % 1 != 0)
        werk.fout(niet_geheel, kolom, toon, "geen geheel getal",
                  "vul een aantal zonder komma in")
    werk.fout(vorm_ok & (getal < 0), kolom, toon, "negatief getal",
              "een aantal of score kan niet negatief zijn: controleer de invoer")
    return getal


_DATUMVORMEN = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"), "jmd"),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), "dmj"),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$"), "dmj2"),
]


def _datums(werk: Werk, s: pd.Series, kolom: str) -> pd.Series:
    s = zonder_spaties(s)
    jaar = pd.Series(np.nan, index=s.index)
    maand = jaar.copy()
    dag = jaar.copy()
    gevonden = pd.Series(False, index=s.index)
    for vorm, volgorde in _DATUMVORMEN:
        delen = _extract(s, vorm).astype(float)
        treffer = delen[0].notna() & ~gevonden
        if not treffer.any():
            continue
        if volgorde == "jmd":
            j, m, d = delen[0], delen[1], delen[2]
        else:
            d, m, j = delen[0], delen[1], delen[2]
        if volgorde == "dmj2":
            j = j + 2000
            werk.omzetting(kolom, "jaartal met twee cijfers aangevuld tot 20..", treffer, s)
        if volgorde != "jmd":
            werk.omzetting(kolom, "datum dag/maand/jaar omgezet naar JJJJ-MM-DD", treffer, s,
                           None)
        jaar[treffer], maand[treffer], dag[treffer] = j[treffer], m[treffer], d[treffer]
        gevonden |= treffer
    # Excel-datum als getal (dagen sinds 30/12/1899)
    serieel = ~gevonden & (_extract(s, r"^(\d{5})(?:\.0)?$")[0].notna() if (~gevonden).any()
                           else gevonden)
    if serieel.any():
        als_datum = pd.Timestamp("1899-12-30") + pd.to_timedelta(
            pd.to_numeric(s.where(serieel, "0"), errors="coerce").fillna(0), unit="D")
        jaar[serieel] = als_datum.dt.year[serieel]
        maand[serieel] = als_datum.dt.month[serieel]
        dag[serieel] = als_datum.dt.day[serieel]
        werk.omzetting(kolom, "Excel-datumgetal omgezet naar een datum", serieel, s, als_datum)
        gevonden |= serieel
    geldig_bereik = gevonden & jaar.between(1900, 2200) & maand.between(1, 12) & dag.between(1, 31)
    datum = pd.to_datetime(pd.DataFrame({"year": jaar.where(geldig_bereik, 2000),
                                         "month": maand.where(geldig_bereik, 1),
                                         "day": dag.where(geldig_bereik, 1)}), errors="coerce")
    datum = datum.where(geldig_bereik)
    leeg = s == ""
    werk.fout(leeg, kolom, s, "geen datum", "vul de datum in (bv. 13/10/2025)")
    werk.fout(~leeg & (~gevonden | datum.isna()), kolom, s, "geen geldige datum",
              "schrijf de datum als dag/maand/jaar (bv. 13/10/2025) of JJJJ-MM-DD")
    return datum


def _codes(werk: Werk, s: pd.Series, kolom: str, lijst: Mapping[str, str], *,
           leeg_mag: bool = False, sleutel: str = "") -> pd.Series:
    """Tekst naar een code uit de lijst; schrijfwijze gelijkgetrokken (gelogd)."""
    s = zonder_spaties(s)
    toegelaten = set(lijst.values())
    opzoek = {normaliseer(k): v for k, v in lijst.items()}
    opzoek.update({normaliseer(v): v for v in toegelaten})
    uniek = pd.Series(s.unique())
    vertaling = dict(zip(uniek, [opzoek.get(normaliseer(u)) for u in uniek], strict=True))
    code = s.map(vertaling)
    leeg = s == ""
    werk.omzetting(kolom, "code of schrijfwijze omgezet naar de code van de cursus",
                   code.notna() & (code != s), s, code)
    onbekend = code.isna() & ~leeg
    werk.fout(onbekend, kolom, s, "onbekende code",
              f"gebruik een van: {', '.join(sorted(toegelaten))}, of voeg de code van je school "
              f"toe in het koppelingsbestand onder waarden: {sleutel}")
    if not leeg_mag:
        werk.fout(leeg, kolom, s, "leeg", f"vul een van deze in: {', '.join(sorted(toegelaten))}")
    return code


def _leeg(tabel: pd.DataFrame) -> pd.Series:
    return pd.Series(np.nan, index=tabel.index, dtype=object)


def schooljaar_van(datums: pd.Series) -> pd.Series:
    begin = datums.dt.year - (datums.dt.month < 8).astype(int)
    return begin.astype("Int64").astype(str) + "-" + (begin + 1).astype("Int64").astype(str)


def _tekst(werk: Werk, s: pd.Series, kolom: str, *, verplicht: bool) -> pd.Series:
    s = zonder_spaties(s)
    if verplicht:
        werk.fout(s == "", kolom, s, "leeg", "vul deze kolom in")
    return s.where(s != "", np.nan)


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


# ---------------------------------------------------------------------------------------------
# Per tabel omzetten
# ---------------------------------------------------------------------------------------------

def _resultaten(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    score_tekst = zonder_spaties(ruw["score"])
    heeft_max = "maximum" in ruw
    codes_lijst = koppeling["waarden"]["resultaten.code"]
    # codes in de scorekolom (afw, ziek, vrijgesteld)
    opzoek = {normaliseer(k): v for k, v in codes_lijst.items()}
    opzoek.update({normaliseer(v): v for v in codes_lijst.values()})
    uniek = pd.Series(score_tekst.unique())
    code_in_score = score_tekst.map(dict(zip(uniek, [opzoek.get(normaliseer(u)) for u in uniek],
                                             strict=True)))
    werk.omzetting("score", "code in de scorekolom bewaard als code (geen 0)",
                   code_in_score.notna(), score_tekst, code_in_score)
    if "code" in ruw:
        code_kolom = _codes(werk, ruw["code"], "code", codes_lijst, leeg_mag=True,
                            sleutel="resultaten.code")
    else:
        code_kolom = pd.Series(np.nan, index=ruw.index, dtype=object)
    code = code_kolom.where(code_kolom.notna(), code_in_score)
    rest = score_tekst.where(code_in_score.isna(), "")
    # breuk 14/20 of percentage 70%
    breuk = _extract(rest, r"^([+-]?\d+(?:[.,]\d+)?)\s*/\s*(\d+(?:[.,]\d+)?)$")
    is_breuk = breuk[0].notna()
    procent = _extract(rest, r"^([+-]?\d+(?:[.,]\d+)?)\s*%$")[0]
    is_procent = procent.notna()
    werk.omzetting("score", "breuk gesplitst in score en maximum", is_breuk, rest)
    werk.omzetting("score", "percentage omgezet naar score op 100", is_procent, rest)
    enkel = rest.where(~is_breuk & ~is_procent, "")
    enkel = enkel.where(~is_breuk, breuk[0]).where(~is_procent, procent)
    # lege score zonder code
    werk.fout((rest == "") & code.isna(), "score", rest, "geen score en geen code",
              "vul de score in, of een code: afw (afwezig), ziek of vrijgesteld")
    score = _getallen(werk, enkel, "score", leeg_mag=True, toon=score_tekst)
    werk.fout(score.notna() & code_kolom.notna(), "code", ruw.get("code", ""),
              "zowel een score als een code", "laat de score of de code weg")
    uit_score = pd.to_numeric(breuk[1].str.replace(",", ".", regex=False), errors="coerce")
    uit_score = uit_score.where(~is_procent, 100.0)
    if heeft_max:
        max_kolom = _getallen(werk, ruw["maximum"], "maximum", leeg_mag=True)
    else:
        max_kolom = pd.Series(np.nan, index=ruw.index)
    tegenstrijdig = uit_score.notna() & max_kolom.notna() & (max_kolom != uit_score)
    werk.fout(tegenstrijdig, "maximum", ruw["maximum"] if heeft_max else "",
              "ander maximum dan in de score (bv. 14/20 en maximum 10, of 70% en maximum 20)",
              "verbeter de score of het maximum")
    maximum = max_kolom.where(max_kolom.notna(), uit_score)
    zonder_max = maximum.isna() & score.notna()
    werk.fout(zonder_max, "maximum" if heeft_max else "score",
              ruw["maximum"] if heeft_max else rest, "geen maximum",
              "vul het maximum in (bv. 20)" if heeft_max else
              "schrijf de score als 14/20, of voeg een kolom met het maximum toe")
    werk.fout(maximum.notna() & (maximum <= 0), "maximum", maximum.astype(str),
              "maximum is 0 of negatief", "vul het juiste maximum in (bv. 20)")
    werk.fout(score.notna() & maximum.notna() & (score > maximum), "score",
              score_tekst, "score hoger dan het maximum", "controleer de score en het maximum")
    uit["leerling_id"] = ruw["leerling_id"]
    if "datum" in ruw:
        uit["datum"] = _datums(werk, ruw["datum"], "datum")
    else:  # punten per periode: de datum volgt uit de periode (zie importeer)
        uit["datum"] = pd.Series(pd.NaT, index=ruw.index, dtype="datetime64[ns]")
        werk.fout(zonder_spaties(ruw["periode"]) == "", "periode", "", "geen datum en geen "
                  "periode", "vul de periode in (P1 tot P4) of voeg een kolom met de datum toe")
    uit["vak"] = _tekst(werk, ruw["vak"], "vak", verplicht=True)
    uit["klas"] = (_tekst(werk, ruw["klas"], "klas", verplicht=True) if "klas" in ruw
                   else _leeg(ruw))
    uit["leerkracht_id"] = (_tekst(werk, ruw["leerkracht_id"], "leerkracht_id", verplicht=False)
                            if "leerkracht_id" in ruw else _leeg(ruw))
    if "soort" in ruw:
        uit["soort"] = _codes(werk, ruw["soort"], "soort",
                              koppeling["waarden"]["resultaten.soort"],
                              sleutel="resultaten.soort")
    else:
        uit["soort"] = "onbekend"
        werk.omzetting("soort", "kolom ontbreekt: soort evaluatie ingevuld als 'onbekend'",
                       np.ones(len(ruw), dtype=bool))
    if "periode" in ruw:
        p = zonder_spaties(ruw["periode"])
        nummer = _extract(p, r"^(?:p|periode|r|rapport)?\s*([1-4])$", flags=re.IGNORECASE)[0]
        werk.omzetting("periode", "periode omgezet naar P1-P4",
                       nummer.notna() & (p != "P" + nummer), p, "P" + nummer)
        werk.fout(nummer.isna() & (p != ""), "periode", p, "onbekende periode",
                  "gebruik P1, P2, P3 of P4")
        uit["periode"] = ("P" + nummer).where(nummer.notna(), np.nan)
    else:
        uit["periode"] = _leeg(ruw)
    uit["score"] = score.where(code.isna(), np.nan)
    uit["maximum"] = maximum
    uit["code"] = code
    return uit


def _afwezigheden(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["datum"] = _datums(werk, ruw["datum"], "datum")
    weekend = uit["datum"].dt.dayofweek >= 5
    werk.fout(weekend, "datum", ruw["datum"], "geen lesdag (weekend)",
              "controleer de datum: op zaterdag en zondag is er geen les")
    uit["dagdeel"] = _codes(werk, ruw["dagdeel"], "dagdeel",
                            koppeling["waarden"]["afwezigheden.dagdeel"],
                            sleutel="afwezigheden.dagdeel")
    uit["code"] = _codes(werk, ruw["code"], "code", koppeling["waarden"]["afwezigheden.code"],
                         sleutel="afwezigheden.code")
    return uit


def _platformactiviteit(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    week = _datums(werk, ruw["week"], "week")
    maandag = week - pd.to_timedelta(week.dt.dayofweek.fillna(0), unit="D")
    werk.omzetting("week", "datum vervangen door de maandag van die week",
                   week.notna() & (week.dt.dayofweek != 0), ruw["week"], maandag.dt.strftime(
                       "%Y-%m-%d"))
    uit["week"] = maandag
    for kolom in ("aanmeldingen", "taken_op_tijd", "taken_te_laat", "taken_niet_ingediend"):
        if kolom in ruw:
            uit[kolom] = _getallen(werk, ruw[kolom], kolom, geheel=True)
        else:
            uit[kolom] = 0
            werk.omzetting(kolom, "kolom ontbreekt: ingevuld als 0",
                           np.ones(len(ruw), dtype=bool))
    return uit


def _begeleiding(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["datum"] = _datums(werk, ruw["datum"], "datum")
    uit["soort"] = _codes(werk, ruw["soort"], "soort", koppeling["waarden"]["begeleiding.soort"],
                          sleutel="begeleiding.soort")
    uit["vak"] = _tekst(werk, ruw["vak"], "vak", verplicht=False) if "vak" in ruw else np.nan
    uit["door"] = (_codes(werk, ruw["door"], "door", koppeling["waarden"]["begeleiding.door"],
                          leeg_mag=True, sleutel="begeleiding.door") if "door" in ruw else np.nan)
    return uit


def _leerlingen(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["voornaam"] = np.nan
    uit["familienaam"] = np.nan
    if "geslacht" in ruw:
        uit["geslacht"] = _codes(werk, ruw["geslacht"], "geslacht",
                                 koppeling["waarden"]["leerlingen.geslacht"], leeg_mag=True,
                                 sleutel="leerlingen.geslacht")
    else:
        uit["geslacht"] = np.nan
    if "geboortejaar" in ruw:
        jaar = _getallen(werk, ruw["geboortejaar"], "geboortejaar", geheel=True, leeg_mag=True)
    elif "_geboortedatum" in ruw:
        leeg = zonder_spaties(ruw["_geboortedatum"]) == ""
        datum = _datums(werk, ruw["_geboortedatum"].where(~leeg, "2000-01-01"), "geboortedatum")
        jaar = datum.dt.year.where(~leeg)
        werk.omzetting("geboortedatum", "geboortedatum ingekort tot het geboortejaar "
                       "(minder persoonsgegevens)", datum.notna() & ~leeg, toon_voorbeeld=False)
    else:
        jaar = pd.Series(np.nan, index=ruw.index)
    werk.fout(jaar.notna() & ~jaar.between(1950, 2020), "geboortejaar",
              jaar.astype("Int64").astype(str),
              "onmogelijk geboortejaar", "controleer de geboortedatum")
    uit["geboortejaar"] = jaar.astype("Int64")
    if "instroom_schooljaar" in ruw:
        s = zonder_spaties(ruw["instroom_schooljaar"])
        delen = s.str.extract(r"^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$")
        begin = pd.to_numeric(delen[0], errors="coerce")
        goed = begin.notna() & ((pd.to_numeric(delen[1], errors="coerce") % 100)
                                == (begin + 1) % 100)
        norm = begin.astype("Int64").astype(str) + "-" + (begin + 1).astype("Int64").astype(str)
        werk.omzetting("instroom_schooljaar", "schooljaar geschreven als JJJJ-JJJJ",
                       goed & (norm != s), s, norm)
        werk.fout(~goed & (s != ""), "instroom_schooljaar", s, "geen schooljaar",
                  "schrijf het schooljaar als 2023-2024")
        uit["instroom_schooljaar"] = norm.where(goed, np.nan)
    else:
        uit["instroom_schooljaar"] = np.nan
    if "instroom_leerjaar" in ruw:
        lj = _getallen(werk, ruw["instroom_leerjaar"], "instroom_leerjaar", geheel=True,
                       leeg_mag=True)
        werk.fout(lj.notna() & ~lj.between(1, 7), "instroom_leerjaar", lj.astype(str),
                  "leerjaar buiten 1 tot 7", "controleer het leerjaar")
        uit["instroom_leerjaar"] = lj.astype("Int64")
    else:
        uit["instroom_leerjaar"] = pd.array([pd.NA] * len(ruw), dtype="Int64")
    for kolom in ("thuistaal_niet_nederlands", "schooltoeslag"):
        if kolom in ruw:
            uit[kolom] = _codes(werk, ruw[kolom], kolom,
                                koppeling["waarden"][f"leerlingen.{kolom}"], leeg_mag=True,
                                sleutel=f"leerlingen.{kolom}")
        else:
            uit[kolom] = np.nan
    # voor de afgeleide tabellen (inschrijvingen, klassen)
    for extra in ("_klas", "_leerjaar", "_studierichting", "_finaliteit"):
        if extra in ruw:
            uit[extra] = _tekst(werk, ruw[extra], extra[1:], verplicht=False)
    return uit


def _afwezigheidstotalen(werk: Werk, ruw: pd.DataFrame, koppeling: dict) -> pd.DataFrame:
    """Een export met per leerling het totaal aantal afwezige dagdelen (geen datums)."""
    uit = pd.DataFrame(index=ruw.index)
    uit["leerling_id"] = ruw["leerling_id"]
    uit["dagdelen_afwezig"] = _getallen(werk, ruw["totaal"], "totaal", geheel=True).astype(
        "Int64")
    werk.omzetting("totaal", "totaal per leerling ingelezen als aantal afwezige dagdelen "
                   "(afwezigheidstotalen): de regels die datums of codes nodig hebben, kunnen "
                   "hierop niet lopen", np.ones(len(ruw), dtype=bool), toon_voorbeeld=False)
    return uit


OMZETTERS = {"resultaten": _resultaten, "afwezigheden": _afwezigheden,
              "afwezigheidstotalen": _afwezigheidstotalen,
              "leerlingen": _leerlingen, "platformactiviteit": _platformactiviteit,
              "begeleiding": _begeleiding}

DUBBEL_SLEUTEL = {
    "resultaten": None, "begeleiding": None,  # None: enkel volledig gelijke rijen
    "afwezigheden": ["leerling_id", "datum", "dagdeel"],
    "afwezigheidstotalen": ["leerling_id"],
    "platformactiviteit": ["leerling_id", "week"],
    "leerlingen": ["leerling_id"],
}
