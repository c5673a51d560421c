"""Privacy: pseudonimiseren, kleine cellen onderdrukken en per rol tonen wat mag.

Drie hulpmiddelen om zorgvuldig met leerlingengegevens om te gaan:

1. **Pseudonimiseren met een sleutel** (`pseudonimiseer`). Elke waarde (bv. een leerling_id)
   wordt vervangen door een code die met een geheime sleutel berekend is (HMAC-SHA256).
   Dezelfde sleutel geeft altijd dezelfde code, zodat je tabellen nog kunt koppelen; zonder
   de sleutel kun je niet terugrekenen. Let op: gepseudonimiseerde gegevens blijven
   persoonsgegevens (AVG/GDPR). Het is geen anonimisering.
2. **Kleine cellen onderdrukken** (`onderdruk_kleine_cellen`, `aandelen_met_onderdrukking`,
   `gemiddelden_met_onderdrukking`). In een tabel met aantallen kan een cel van 1 tot 4
   leerlingen verraden over wie het gaat. Zulke cellen worden leeg gemaakt, en waar nodig ook
   een tweede cel, zodat je de verborgen waarde niet kunt terugrekenen uit een totaal.
3. **Rolweergaven** (`rolweergave`). Wie welke gegevens mag zien, hangt af van de rol. De tabel
   `ROLLEN` legt dat vast; `rolweergave` past ze toe en `toegangstabel` toont ze.

Wat elke rol mag zien
---------------------

Niveaus: *alle rijen*; *eigen rijen* (enkel de rijen van jezelf); *eigen rijen + klasband*
(je eigen scores naast het klasgemiddelde ± één standaardafwijking, nooit scores of ids van
anderen, nooit een rangorde); *eigen klassen × vakken* (de klas-vakcombinaties uit je
lesopdrachten); *leerlingen van je klassen* (waar je lesgeeft); *je titularisklas(sen)*;
*enkel geaggregeerd* (aantallen, aandelen en gemiddelden per groep, met onderdrukking van
kleine cellen, nooit een leerling_id). Tabellen die er niet staan, mag de rol niet zien.

================  =====================================  ===================================
rol               dataset(s)                             niveau
================  =====================================  ===================================
iedereen          kalender, lessentabel, bevragingen     alle rijen (geen persoonsgegevens)
leerling          leerlingen*, inschrijvingen, attesten, eigen rijen
                  afwezigheden, platformactiviteit,
                  begeleiding, centrale_toetsen
leerling          resultaten, jaarresultaten             eigen rijen + klasband
leerkracht        klassen, leerkrachten                  alle rijen
leerkracht        lesopdrachten                          eigen rijen
leerkracht        resultaten, jaarresultaten,            eigen klassen × vakken
                  begeleiding (enkel over je vak)
leerkracht        leerlingen*, inschrijvingen, attesten, leerlingen van je klassen
                  afwezigheden, platformactiviteit,
                  centrale_toetsen
klastitularis     klassen, leerkrachten                  alle rijen
klastitularis     lesopdrachten, leerlingen*,            je titularisklas(sen)
                  inschrijvingen, resultaten,
                  jaarresultaten, attesten, afwezig-
                  heden, platformactiviteit, begelei-
                  ding, baso_fiches, centrale_toetsen
zorgcoordinator   alle leerlingtabellen, klassen,        alle rijen (leerlingen*: gevoelige
                  leerkrachten, lesopdrachten            kenmerken enkel geaggregeerd)
directie          klassen, leerkrachten, lesopdrachten   alle rijen
directie          alle leerlingtabellen, alumni          enkel geaggregeerd (ook gevoelige
                                                         kenmerken, maar enkel zo)
personeel         welbevinden (anonieme bevraging)       enkel geaggregeerd
================  =====================================  ===================================

\\* De gevoelige kolommen ``thuistaal_niet_nederlands`` en ``schooltoeslag`` van ``leerlingen``
staan nooit in een weergave op rijniveau. De zorgcoördinator en de directie kunnen ze wel
geaggregeerd opvragen, bv. ``rolweergave("directie", "leerlingen", categorie="schooltoeslag")``.
De ``grondwaarheid`` bestaat enkel in de cursus en hoort bij geen enkele rol; ``alumni`` is
enkel voor de directie (geaggregeerd); ``baso_fiches`` enkel voor de klastitularis en de
zorgcoördinator.

Waarom zo? Een leerkracht heeft de gegevens nodig van de klassen en vakken die hij geeft; van
de begeleiding enkel wat over zijn eigen vak gaat (remediëring, herkansing), niet de
gesprekken of het zorgoverleg. De klastitularis volgt zijn klas in de breedte op. De
zorgcoördinator begeleidt leerlingen in de hele school, maar heeft de thuistaal of de
schooltoeslag van één leerling niet nodig. De directie stuurt beleid bij en heeft daarvoor
geen gegevens over individuele leerlingen nodig.

De weergaven zijn een hulpmiddel om te leren en af te spreken wie wat ziet. Echte
toegangsbeveiliging hoort in de software van de school (Smartschool, Informat, ...).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import unicodedata
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .woordenboek import TABELLEN

__all__ = [
    "MINIMUM",
    "MIN_SLEUTELLENGTE",
    "GEVOELIGE_KOLOMMEN",
    "IDENTIFICERENDE_KOLOMMEN",
    "NIVEAUS",
    "Toegang",
    "Rol",
    "ROLLEN",
    "GeenToegang",
    "maak_sleutel",
    "bewaar_sleutel",
    "lees_sleutel",
    "pseudonimiseer",
    "onderdruk_kleine_cellen",
    "aandelen_met_onderdrukking",
    "gemiddelden_met_onderdrukking",
    "rolweergave",
    "toegangstabel",
    "normaliseer_rol",
]

#: Cellen met minder leerlingen dan dit worden onderdrukt (zie `onderdruk_kleine_cellen`).
MINIMUM = 5
#: Een sleutel moet minstens zoveel tekens hebben.
MIN_SLEUTELLENGTE = 16
#: Kolommen die nooit op rijniveau in een rolweergave staan.
GEVOELIGE_KOLOMMEN = ("thuistaal_niet_nederlands", "schooltoeslag")
#: Kolommen die één persoon aanwijzen: daarover aggregeren is geen aggregeren.
IDENTIFICERENDE_KOLOMMEN = ("leerling_id", "voornaam", "familienaam", "respondent")


# ---------------------------------------------------------------------------------------------
# Hulpfuncties
# ---------------------------------------------------------------------------------------------

def _als_lijst(kolommen: str | Sequence[str] | None) -> list[str]:
    if kolommen is None:
        return []
    if isinstance(kolommen, str):
        return [kolommen]
    return list(kolommen)


def _controleer_kolommen(tabel: pd.DataFrame, kolommen: Sequence[str]) -> None:
    """Geef een duidelijke fout als een kolom niet in de tabel staat."""
    for kolom in kolommen:
        if kolom not in tabel.columns:
            beschikbaar = ", ".join(map(str, tabel.columns)) or "(geen)"
            raise ValueError(f"De kolom {kolom!r} staat niet in de tabel. "
                             f"Beschikbare kolommen: {beschikbaar}.")


def _controleer_tabel(tabel: object) -> None:
    if not isinstance(tabel, pd.DataFrame):
        raise TypeError(f"Verwacht een tabel (pandas DataFrame), maar kreeg "
                        f"{type(tabel).__name__}.")


# ---------------------------------------------------------------------------------------------
# 1. Pseudonimiseren met een sleutel
# ---------------------------------------------------------------------------------------------

def _controleer_sleutel(sleutel: object) -> str:
    # De sleutel zelf komt nooit in een foutmelding.
    if not isinstance(sleutel, str):
        raise TypeError(f"De sleutel moet tekst zijn, geen {type(sleutel).__name__}.")
    sleutel = sleutel.strip()
    if not sleutel:
        raise ValueError("De sleutel is leeg. Maak er een met maak_sleutel().")
    if len(sleutel) < MIN_SLEUTELLENGTE:
        raise ValueError(f"De sleutel is te kort ({len(sleutel)} tekens): gebruik minstens "
                         f"{MIN_SLEUTELLENGTE} tekens, bv. een sleutel van maak_sleutel().")
    return sleutel


def maak_sleutel() -> str:
    """Maak een nieuwe, willekeurige geheime sleutel (64 hexadecimale tekens).

    Bewaar de sleutel met `bewaar_sleutel`, buiten de projectmap, en deel hem met niemand.

    >>> sleutel = maak_sleutel()
    >>> len(sleutel)
    64
    >>> sleutel == maak_sleutel()
    False
    """
    return secrets.token_hex(32)


def _in_git_map(pad: Path) -> bool:
    return any((map_ / ".git").exists() for map_ in pad.resolve().parents)


def bewaar_sleutel(sleutel: str, pad: str | os.PathLike) -> Path:
    """Bewaar een sleutel in een nieuw bestand (enkel leesbaar voor jezelf).

    **Waarschuwing:** bewaar het sleutelbestand *buiten* de projectmap (niet in de map met de
    notebooks of de datasets, en zeker niet in een git-repository) en deel het met niemand:
    wie de sleutel en de gepseudonimiseerde gegevens heeft, kan de pseudoniemen weer aan
    leerlingen koppelen. Verlies je de sleutel, dan kun je nieuwe gegevens niet meer aan oude
    pseudoniemen koppelen.

    Een bestaand bestand wordt nooit overschreven (dan zou je de oude sleutel kwijt zijn). Ligt
    het pad in een git-repository, dan volgt er een waarschuwing.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     pad = bewaar_sleutel("een-geheime-sleutel-voor-de-demo", f"{map_}/sleutel.txt")
    ...     lees_sleutel(pad) == "een-geheime-sleutel-voor-de-demo"
    ...     bewaar_sleutel(maak_sleutel(), pad)
    Traceback (most recent call last):
    ...
    FileExistsError: Het bestand ... bestaat al. ...
    """
    sleutel = _controleer_sleutel(sleutel)
    pad = Path(pad)
    if not pad.parent.is_dir():
        raise FileNotFoundError(f"De map {pad.parent} bestaat niet. Maak ze eerst aan (buiten "
                                "de projectmap).")
    if _in_git_map(pad):
        warnings.warn(f"Het sleutelbestand {pad} ligt in een git-repository. Bewaar de sleutel "
                      "liever buiten de projectmap, zodat hij nooit mee gedeeld wordt.",
                      UserWarning, stacklevel=2)
    try:
        bestand = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise FileExistsError(
            f"Het bestand {pad} bestaat al. Een sleutel wordt nooit overschreven: met een "
            "nieuwe sleutel kun je de oude pseudoniemen niet meer koppelen. Kies een andere "
            "bestandsnaam, of verwijder het bestand zelf als je zeker bent.") from None
    with os.fdopen(bestand, "w", encoding="utf-8") as f:
        f.write(sleutel + "\n")
    return pad


def lees_sleutel(pad: str | os.PathLike) -> str:
    """Lees een sleutel die met `bewaar_sleutel` bewaard werd.

    Zie de waarschuwing bij `bewaar_sleutel`: het sleutelbestand hoort buiten de projectmap.

    >>> lees_sleutel("bestaat/niet.txt")
    Traceback (most recent call last):
    ...
    FileNotFoundError: Er is geen sleutelbestand bestaat/niet.txt. ...
    """
    pad = Path(pad)
    if not pad.is_file():
        raise FileNotFoundError(f"Er is geen sleutelbestand {pad}. Maak een sleutel met "
                                "maak_sleutel() en bewaar hem met bewaar_sleutel().")
    return _controleer_sleutel(pad.read_text(encoding="utf-8"))


def _pseudoniem(waarde: object, sleutel: bytes, voorvoegsel: str, lengte: int) -> str:
    code = hmac.new(sleutel, str(waarde).encode("utf-8"), hashlib.sha256).hexdigest()
    return voorvoegsel + code[:lengte].upper()


def pseudonimiseer(
    tabel: pd.DataFrame,
    kolommen: str | Sequence[str],
    sleutel: str,
    *,
    voorvoegsel: str = "P",
    verwijder_kolommen: str | Sequence[str] = (),
    lengte: int = 10,
) -> pd.DataFrame:
    """Vervang de waarden in `kolommen` door pseudoniemen die met een geheime sleutel berekend zijn.

    Het pseudoniem is `voorvoegsel` gevolgd door de eerste `lengte` tekens van
    HMAC-SHA256(sleutel, waarde), in hoofdletters. Dezelfde waarde geeft met dezelfde sleutel
    altijd hetzelfde pseudoniem, in elke kolom en elke tabel, ook morgen: koppelen blijft dus
    mogelijk. Zonder de sleutel kun je niet terugrekenen (ook niet door alle leerling_id's
    uit te proberen). Lege waarden blijven leeg. Kolommen met namen (voornaam, familienaam)
    verwijder je met `verwijder_kolommen` of pseudonimiseer je mee.

    De tabel zelf verandert niet: je krijgt een nieuwe tabel terug. De sleutel staat nergens
    in het resultaat.

    >>> tabel = pd.DataFrame({"leerling_id": ["L001", "L002", "L001", None],
    ...                       "voornaam": ["An", "Bo", "An", "Cas"], "score": [7, 5, 8, 6]})
    >>> sleutel = "demo-sleutel-enkel-voor-de-cursus"
    >>> pseudonimiseer(tabel, "leerling_id", sleutel, verwijder_kolommen="voornaam")
       leerling_id  score
    0  PBF98196A21      7
    1  P02ECB723FC      5
    2  PBF98196A21      8
    3          NaN      6
    >>> tabel.loc[0, "leerling_id"]  # de oorspronkelijke tabel is niet veranderd
    'L001'
    >>> pseudonimiseer(tabel, "klas", sleutel)
    Traceback (most recent call last):
    ...
    ValueError: De kolom 'klas' staat niet in de tabel. Beschikbare kolommen: leerling_id, ...
    """
    _controleer_tabel(tabel)
    sleutel_bytes = _controleer_sleutel(sleutel).encode("utf-8")
    kolommen = _als_lijst(kolommen)
    weg = _als_lijst(verwijder_kolommen)
    _controleer_kolommen(tabel, kolommen + weg)
    if not 6 <= lengte <= 64:
        raise ValueError(f"De lengte van een pseudoniem moet tussen 6 en 64 liggen, niet {lengte}.")
    resultaat = tabel.drop(columns=weg)
    for kolom in kolommen:
        if kolom in weg:
            continue
        oud = resultaat[kolom]
        nieuw = pd.Series(np.nan, index=oud.index, dtype=object)
        gevuld = oud.notna()
        nieuw[gevuld] = [_pseudoniem(w, sleutel_bytes, voorvoegsel, lengte) for w in oud[gevuld]]
        resultaat[kolom] = nieuw
    return resultaat


# ---------------------------------------------------------------------------------------------
# 2. Kleine cellen onderdrukken
# ---------------------------------------------------------------------------------------------

def _groepen(tabel: pd.DataFrame, totalen_per: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """De posities van de cellen per groep waarvan het totaal bekend is (zonder dubbels)."""
    alle = [np.arange(len(tabel))]
    for kolommen in totalen_per:
        indices = tabel.groupby(list(kolommen), sort=False, dropna=False).indices
        alle.extend(np.sort(np.asarray(posities)) for posities in indices.values())
    gezien: set[tuple[int, ...]] = set()
    groepen = []
    # Kleinste groepen eerst: dan komt de aanvullende cel in dezelfde klas terecht.
    for posities in sorted(alle, key=len):
        sleutel = tuple(int(p) for p in posities)
        if len(sleutel) >= 2 and sleutel not in gezien:  # één cel: het totaal is de cel zelf
            gezien.add(sleutel)
            groepen.append(np.asarray(sleutel))
    return groepen


def _bepaalde_cellen(groepen: list[np.ndarray], onderdrukt: np.ndarray) -> list[int]:
    """Onderdrukte cellen die je exact kunt terugrekenen uit de groepstotalen (lineair)."""
    verborgen = np.flatnonzero(onderdrukt)
    if len(verborgen) == 0:
        return []
    kolom_van = {int(p): i for i, p in enumerate(verborgen)}
    matrix = np.zeros((len(groepen), len(verborgen)))
    for rij, groep in enumerate(groepen):
        for p in groep:
            if int(p) in kolom_van:
                matrix[rij, kolom_van[int(p)]] = 1.0
    # Cel j ligt vast als de eenheidsvector e_j in de rijruimte ligt, d.w.z. als elke
    # oplossing van matrix @ x = 0 (de nulruimte) in j nul is.
    _, singulier, vt = np.linalg.svd(matrix)
    rang = int((singulier > 1e-9).sum())
    nulruimte = vt[rang:].T
    if nulruimte.shape[1] == 0:
        return [int(p) for p in verborgen]
    vast = np.linalg.norm(nulruimte, axis=1) < 1e-9
    return [int(p) for p in verborgen[vast]]


def _vastgelegd_door_grenzen(waarden: np.ndarray, groepen: list[np.ndarray],
                             onderdrukt: np.ndarray) -> np.ndarray:
    """Onderdrukte cellen waarvan je de waarde kent doordat aantallen nooit negatief zijn.

    Voorbeeld: kolom A telt 6, de zichtbare cellen in kolom A zijn 0, en de twee verborgen
    cellen liggen elk in een rij met totaal 5 en 1: dan moeten ze 5 en 1 zijn. Per groep geldt
    ondergrens = totaal - som van de bovengrenzen van de andere cellen, en omgekeerd; dat
    herhalen we tot er niets meer verandert.
    """
    laag = np.where(onderdrukt, 0.0, waarden)
    hoog = np.where(onderdrukt, float(waarden.sum()), waarden)
    totalen = [float(waarden[g].sum()) for g in groepen]
    for _ in range(100):
        veranderd = False
        for groep, totaal in zip(groepen, totalen, strict=True):
            som_laag, som_hoog = laag[groep].sum(), hoog[groep].sum()
            nieuw_hoog = np.minimum(hoog[groep], totaal - (som_laag - laag[groep]))
            nieuw_laag = np.maximum(laag[groep], totaal - (som_hoog - hoog[groep]))
            if (nieuw_hoog < hoog[groep]).any() or (nieuw_laag > laag[groep]).any():
                hoog[groep], laag[groep] = nieuw_hoog, nieuw_laag
                veranderd = True
        if not veranderd:
            break
    return onderdrukt & (laag == hoog)


def _kies_extra(waarden: np.ndarray, kandidaten: np.ndarray, groepen: list[np.ndarray],
                lid: list[list[int]], onderdrukt: np.ndarray) -> int:
    """Kies de cel die er nog bij onderdrukt wordt.

    Liefst een niet-lege cel (een nul verbergt weinig), dan een cel die ook in een andere groep
    met een onderdrukte cel ligt (zo volstaan er minder extra cellen), dan de kleinste.
    """
    al_iets = [bool(onderdrukt[g].any()) for g in groepen]

    def rangorde(cel: int) -> tuple[bool, int, float]:
        buren = sum(al_iets[i] for i in lid[cel])
        return (bool(waarden[cel] == 0), -buren, float(waarden[cel]))

    return min((int(c) for c in kandidaten), key=rangorde)


def _aanvullend_onderdrukken(waarden: np.ndarray, groepen: list[np.ndarray],
                             onderdrukt: np.ndarray, minimum: int) -> np.ndarray:
    onderdrukt = onderdrukt.copy()
    lid: list[list[int]] = [[] for _ in range(len(waarden))]
    for i, groep in enumerate(groepen):
        for cel in groep:
            lid[int(cel)].append(i)
    # Wat de totalen zelf al verraden (ook als alles verborgen is), kan onderdrukken niet
    # herstellen: daar zoeken we niet verder naar.
    alles = np.ones(len(waarden), dtype=bool)
    al_bekend = set(_bepaalde_cellen(groepen, alles)) | {
        int(c) for c in np.flatnonzero(_vastgelegd_door_grenzen(waarden, groepen, alles))}
    while True:
        veranderd = False
        for groep in groepen:
            while onderdrukt[groep].any() and not onderdrukt[groep].all():
                verborgen = groep[onderdrukt[groep]]
                if len(verborgen) >= 2 and waarden[verborgen].sum() >= minimum:
                    break
                extra = _kies_extra(waarden, groep[~onderdrukt[groep]], groepen, lid, onderdrukt)
                onderdrukt[extra] = True
                veranderd = True
        if veranderd:
            continue
        klein = (waarden > 0) & (waarden < minimum)
        bepaald = [c for c in _bepaalde_cellen(groepen, onderdrukt) if c not in al_bekend]
        bepaald += [int(c) for c in np.flatnonzero(
            _vastgelegd_door_grenzen(waarden, groepen, onderdrukt) & klein)
            if int(c) not in al_bekend]
        if not bepaald:
            return onderdrukt
        cel = bepaald[0]
        kandidaten = np.unique(np.concatenate(
            [groepen[i][~onderdrukt[groepen[i]]] for i in lid[cel]] + [np.array([], dtype=int)]))
        if len(kandidaten) == 0:
            kandidaten = np.flatnonzero(~onderdrukt)
        if len(kandidaten) == 0:
            return onderdrukt
        onderdrukt[_kies_extra(waarden, kandidaten, groepen, lid, onderdrukt)] = True


def onderdruk_kleine_cellen(
    tabel: pd.DataFrame,
    telkolom: str,
    *,
    minimum: int = MINIMUM,
    totalen_per: str | Sequence[str | Sequence[str]] | None = None,
    ook_kolommen: str | Sequence[str] = (),
) -> pd.DataFrame:
    """Maak cellen met minder dan `minimum` leerlingen leeg in een tabel met aantallen.

    Waarom? Staat er in een tabel "klas 3ECW, attest C: 1", dan weet iedereen die de klas kent
    over wie het gaat. Een cel van 1 tot 4 leerlingen kan personen herkenbaar maken; daarom is
    5 de gebruikelijke ondergrens (`MINIMUM`). Een cel met 0 blijft zichtbaar.

    **Aanvullende onderdrukking.** Is het totaal van een groep bekend (bv. het aantal
    leerlingen van een klas), dan reken je één lege cel zo terug: totaal min de zichtbare
    cellen. Daarom wordt in elke groep met een onderdrukte cel nog minstens één cel onderdrukt
    (liefst een niet-lege cel in een rij of kolom waar al iets verborgen is, anders de kleinste),
    tot er minstens twee cellen verborgen zijn die samen minstens
    `minimum` leerlingen tellen. Het totaal van de hele tabel geldt altijd als bekend; met
    `totalen_per` geef je aan welke totalen nog bekend zijn, bv. ``totalen_per=["klas",
    "attest"]`` als de totalen per klas én per attest gepubliceerd worden. Tot slot wordt
    gecontroleerd dat geen enkele lege cel exact uit die totalen volgt (met lineaire algebra,
    en met de grenzen die volgen uit het feit dat een aantal nooit negatief is); zo nodig
    worden extra cellen onderdrukt. Publiceer zelf geen totaal van 1 tot 4: dat is
    zelf een kleine cel (`aandelen_met_onderdrukking` laat zo'n totaal weg); en let op dat
    totalen onderling er geen verraden (schooltotaal 6 min 5 in klas A: 1 in klas B). Dit is een
    eenvoudige, voorzichtige methode; voor officiële statistieken bestaat gespecialiseerde
    software (zoals τ-ARGUS).

    Het resultaat is een nieuwe tabel: `telkolom` (en de kolommen in `ook_kolommen`, bv. een
    percentage) is leeg (``<NA>``/``NaN``) waar onderdrukt werd, zodat je er nog mee kunt
    rekenen, en de kolom ``onderdrukt`` (True/False) zegt welke cellen verborgen zijn.

    >>> tabel = pd.DataFrame({"klas": ["1A"] * 3 + ["1B"] * 3, "attest": list("ABC") * 2,
    ...                       "aantal": [18, 3, 0, 20, 6, 7]})
    >>> onderdruk_kleine_cellen(tabel, "aantal", totalen_per="klas")
      klas attest  aantal  onderdrukt
    0   1A      A    <NA>        True
    1   1A      B    <NA>        True
    2   1A      C       0       False
    3   1B      A      20       False
    4   1B      B       6       False
    5   1B      C       7       False
    >>> tabel["aantal"].tolist()  # de oorspronkelijke tabel is niet veranderd
    [18, 3, 0, 20, 6, 7]
    """
    _controleer_tabel(tabel)
    if not isinstance(minimum, (int, np.integer)) or minimum < 1:
        raise ValueError(f"Het minimum moet een geheel getal van minstens 1 zijn, "
                         f"niet {minimum!r}.")
    groeperingen = [[g] if isinstance(g, str) else list(g)
                    for g in ([totalen_per] if isinstance(totalen_per, str)
                              else (totalen_per or []))]
    ook = _als_lijst(ook_kolommen)
    _controleer_kolommen(tabel, [telkolom, *ook, *(k for g in groeperingen for k in g)])
    if "onderdrukt" in tabel.columns:
        raise ValueError("De tabel heeft al een kolom 'onderdrukt': onderdruk maar één keer.")
    try:
        aantallen = pd.to_numeric(tabel[telkolom])
    except (ValueError, TypeError):
        raise ValueError(f"De kolom {telkolom!r} moet aantallen bevatten (getallen).") from None
    if aantallen.isna().any():
        raise ValueError(f"De kolom {telkolom!r} heeft lege cellen; vul ze eerst in (bv. 0).")
    if (aantallen < 0).any():
        raise ValueError(f"De kolom {telkolom!r} heeft negatieve aantallen.")

    resultaat = tabel.reset_index(drop=True)
    waarden = aantallen.to_numpy(dtype=float)
    primair = (waarden > 0) & (waarden < minimum)
    onderdrukt = _aanvullend_onderdrukken(waarden, _groepen(resultaat, groeperingen), primair,
                                          minimum)

    geheel = bool(np.all(np.mod(waarden, 1) == 0))
    teller = pd.array(waarden.astype("int64") if geheel else waarden,
                      dtype="Int64" if geheel else "Float64")
    teller[onderdrukt] = pd.NA
    resultaat[telkolom] = teller if geheel else teller.astype(float)
    for kolom in ook:
        kopie = resultaat[kolom].astype(object) if resultaat[kolom].dtype == bool \
            else resultaat[kolom].copy()
        kopie[onderdrukt] = np.nan
        resultaat[kolom] = kopie
    resultaat["onderdrukt"] = onderdrukt
    resultaat.index = tabel.index
    return resultaat


def _tel(tabel: pd.DataFrame, groep: list[str], tel_uniek: str | None) -> pd.Series:
    gegroepeerd = tabel.groupby(groep, sort=True, dropna=False)
    if tel_uniek is not None and tel_uniek in tabel.columns:
        return gegroepeerd[tel_uniek].nunique()
    return gegroepeerd.size()


def aandelen_met_onderdrukking(
    tabel: pd.DataFrame,
    per: str | Sequence[str] | None,
    categorie: str,
    *,
    minimum: int = MINIMUM,
    tel_uniek: str | None = "leerling_id",
) -> pd.DataFrame:
    """Aantal en aandeel per categorie binnen elke groep, met onderdrukking van kleine cellen.

    Bijvoorbeeld de attesten per klas: ``aandelen_met_onderdrukking(attesten, "klas",
    "attest")`` geeft per klas en per attest het `aantal` leerlingen, het `totaal` van de klas
    en het `aandeel` (0 tot 1). Categorieën die in een groep niet voorkomen, staan er met 0.
    Geteld worden verschillende leerlingen (kolom `tel_uniek`), of rijen als die kolom er niet
    is. Kan een leerling in meer categorieën vallen (bv. soorten begeleiding), dan is het
    totaal geen som van de cellen en tellen de aandelen niet op tot 1.

    Cellen onder `minimum` worden onderdrukt zoals in `onderdruk_kleine_cellen`, waarbij de
    totalen per groep én per categorie als bekend gelden. Ook het aandeel is dan leeg, en een
    groepstotaal onder `minimum` wordt niet getoond.

    >>> attesten = pd.DataFrame({
    ...     "leerling_id": [f"L{i:03d}" for i in range(40)],
    ...     "klas": ["1A"] * 20 + ["1B"] * 20,
    ...     "attest": ["A"] * 16 + ["B"] * 3 + ["C"] + ["A"] * 12 + ["B"] * 8})
    >>> aandelen_met_onderdrukking(attesten, "klas", "attest")
      klas attest  aantal  totaal  aandeel  onderdrukt
    0   1A      A    <NA>      20      NaN        True
    1   1A      B    <NA>      20      NaN        True
    2   1A      C    <NA>      20      NaN        True
    3   1B      A    <NA>      20      NaN        True
    4   1B      B    <NA>      20      NaN        True
    5   1B      C    <NA>      20      NaN        True
    >>> len(attesten)  # de oorspronkelijke tabel is niet veranderd
    40

    Bij zo weinig klassen blijft er weinig over: de ene C in 1A kan anders teruggerekend
    worden uit het totaal aantal C-attesten. Kijk dan liever per leerjaar.
    """
    _controleer_tabel(tabel)
    groep = _als_lijst(per)
    _controleer_kolommen(tabel, [*groep, categorie])
    if categorie in groep:
        raise ValueError(f"De kolom {categorie!r} kan niet tegelijk groep en categorie zijn.")
    for kolom in (*groep, categorie):
        if kolom in ("aantal", "totaal", "aandeel", "onderdrukt"):
            raise ValueError(f"Een kolom met de naam {kolom!r} kan geen groep of categorie zijn.")
    werk = tabel.copy()
    werk[categorie] = werk[categorie].astype(object).where(werk[categorie].notna(), "(onbekend)")
    aantallen = _tel(werk, [*groep, categorie], tel_uniek)
    # Alle categorieën in elke groep, ook als ze er 0 keer voorkomen.
    categorieen = sorted(werk[categorie].unique(), key=str)
    if groep:
        groepen = aantallen.reset_index()[groep].drop_duplicates()
        volledig = groepen.merge(pd.DataFrame({categorie: categorieen}), how="cross")
    else:
        volledig = pd.DataFrame({categorie: categorieen})
    volledig = volledig.merge(aantallen.rename("aantal").reset_index(), how="left",
                              on=[*groep, categorie])
    volledig["aantal"] = volledig["aantal"].fillna(0).astype("int64")
    if groep:
        totalen = _tel(werk, groep, tel_uniek).rename("totaal").reset_index()
        volledig = volledig.merge(totalen, how="left", on=groep)
    else:
        volledig["totaal"] = int(_tel(werk.assign(_alles=0), ["_alles"], tel_uniek).iloc[0]) \
            if len(werk) else 0
    volledig["aandeel"] = (volledig["aantal"] / volledig["totaal"]).astype(float)
    totalen_per: list[str | list[str]] = [categorie] + ([groep] if groep else [])
    resultaat = onderdruk_kleine_cellen(volledig, "aantal", minimum=minimum,
                                        totalen_per=totalen_per, ook_kolommen="aandeel")
    totaal = pd.array(resultaat["totaal"].to_numpy(dtype="int64"), dtype="Int64")
    totaal[(resultaat["totaal"] < minimum).to_numpy()] = pd.NA
    resultaat["totaal"] = totaal
    resultaat["aandeel"] = resultaat["aandeel"].astype(float)
    return resultaat[[*groep, categorie, "aantal", "totaal", "aandeel", "onderdrukt"]]


def gemiddelden_met_onderdrukking(
    tabel: pd.DataFrame,
    per: str | Sequence[str] | None,
    waarden: str | Sequence[str],
    *,
    minimum: int = MINIMUM,
    tel_uniek: str | None = "leerling_id",
    decimalen: int = 1,
) -> pd.DataFrame:
    """Gemiddelde per groep, enkel voor groepen met minstens `minimum` leerlingen.

    Een gemiddelde van twee leerlingen verraadt veel (ken je er één, dan ken je de andere).
    Groepen met minder dan `minimum` leerlingen (verschillende waarden van `tel_uniek`, of
    rijen als die kolom er niet is) krijgen een leeg gemiddelde en aantal, en
    ``onderdrukt=True``. Lege waarden tellen niet mee. Met één kolom in `waarden` heet het
    resultaat ``gemiddelde``, met meer kolommen ``gemiddelde_<kolom>``.

    >>> scores = pd.DataFrame({"leerling_id": [f"L{i}" for i in range(8)],
    ...                        "klas": ["1A"] * 6 + ["1B"] * 2,
    ...                        "eindpercentage": [60, 70, 80, 65, 75, 70, 90, 40]})
    >>> gemiddelden_met_onderdrukking(scores, "klas", "eindpercentage")
      klas  aantal_leerlingen  gemiddelde  onderdrukt
    0   1A                  6        70.0       False
    1   1B               <NA>         NaN        True
    """
    _controleer_tabel(tabel)
    groep = _als_lijst(per)
    kolommen = _als_lijst(waarden)
    _controleer_kolommen(tabel, [*groep, *kolommen])
    for kolom in kolommen:
        if not pd.api.types.is_numeric_dtype(tabel[kolom]):
            raise ValueError(f"De kolom {kolom!r} bevat geen getallen: daar kun je geen "
                             "gemiddelde van nemen.")
    werk = tabel.assign(_alles=0) if not groep else tabel
    sleutel = groep or ["_alles"]
    gegroepeerd = werk.groupby(sleutel, sort=True, dropna=False)
    namen = {k: "gemiddelde" if len(kolommen) == 1 else f"gemiddelde_{k}" for k in kolommen}
    gemiddelden = gegroepeerd[kolommen].mean(numeric_only=False).astype(float) \
        .round(decimalen).rename(columns=namen)
    if tel_uniek is not None and tel_uniek in werk.columns:
        metwaarde = werk[werk[kolommen].notna().any(axis=1)]
        aantal = metwaarde.groupby(sleutel, sort=True, dropna=False)[tel_uniek].nunique()
    else:
        aantal = werk[kolommen].notna().any(axis=1).groupby(
            [werk[k] for k in sleutel], sort=True, dropna=False).sum()
    resultaat = gemiddelden.join(aantal.rename("aantal_leerlingen")).reset_index()
    resultaat["aantal_leerlingen"] = resultaat["aantal_leerlingen"].fillna(0).astype("int64")
    klein = (resultaat["aantal_leerlingen"] < minimum).to_numpy()
    for naam in namen.values():
        resultaat.loc[klein, naam] = np.nan
    aantallen = pd.array(resultaat["aantal_leerlingen"].to_numpy(), dtype="Int64")
    aantallen[klein] = pd.NA
    resultaat["aantal_leerlingen"] = aantallen
    resultaat["onderdrukt"] = klein
    return resultaat[[*groep, "aantal_leerlingen", *namen.values(), "onderdrukt"]]


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
                    "resultaten", "jaarresultaten")}),
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
                    "platformactiviteit", "centrale_toetsen")}),
    Rol("klastitularis", "de klastitularis die zijn klas in de breedte opvolgt",
        "leerkracht_id",
        "een klastitularis ziet enkel de gegevens van de leerlingen van zijn klas(sen)",
        {**_OPENBAAR, **_ORGANISATIE, **_WELBEVINDEN,
         **_toegang("titularis", "de leerlingen van je titularisklas(sen)", "lesopdrachten",
                    *_LEERLINGTABELLEN)}),
    Rol("zorgcoordinator", "de zorgcoördinator (leerlingenbegeleiding)", None,
        "de zorgcoördinator ziet alle leerlinggegevens die nodig zijn voor begeleiding",
        {**_OPENBAAR, **_ORGANISATIE, **_WELBEVINDEN,
         "lesopdrachten": Toegang("alles", "wie welk vak in welke klas geeft"),
         **_toegang("alles", "alle leerlingen", *_LEERLINGTABELLEN),
         "leerlingen": Toegang("alles", "alle leerlingen; " + _GEVOELIG_WEG + ", wel "
                               "geaggregeerd", GEVOELIGE_KOLOMMEN, gevoelig_geaggregeerd=True)}),
    Rol("directie", "de directie (beleid)", None,
        "de directie heeft voor beleid geen gegevens van individuele leerlingen nodig",
        {**_OPENBAAR, **_ORGANISATIE, **_WELBEVINDEN,
         "lesopdrachten": Toegang("alles", "de opdrachten van het personeel"),
         **{n: Toegang("geaggregeerd", "enkel cijfers per groep (klas, leerjaar, richting), "
                       "met onderdrukking van kleine cellen", GEVOELIGE_KOLOMMEN,
                       gevoelig_geaggregeerd=True)
            for n in (*_LEERLINGTABELLEN, "alumni")}}),
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
    from .data import laad_dataset

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
    groep = (_als_lijst(per) if per is not None
             else [k for k in standaard[0] if k in tabel.columns])
    waarden = _als_lijst(waarde)
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
    _controleer_tabel(tabel)

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
