"""Kleine cellen onderdrukken, zodat een tabel niet verraadt over welke leerling het gaat.

Een cel van 1 tot 4 leerlingen wordt leeg gemaakt, en waar nodig ook een tweede cel, zodat je
de verborgen waarde niet kunt terugrekenen uit een totaal (aanvullende onderdrukking).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..kern.controle import als_lijst, controleer_kolommen

#: Cellen met minder leerlingen dan dit worden onderdrukt (zie `onderdruk_kleine_cellen`).
MINIMUM = 5
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
    # Cel j ligt vast als de eenheidsvector e_j in de rijruimte ligt: dan heeft haar projectie
    # op de rijruimte lengte 1. Een orthonormale basis van de rijruimte komt uit de (kleine)
    # Gram-matrix G = M M^T: bij eigenwaarde w en eigenvector v is M^T v / sqrt(w) er een
    # basisvector van. Liggen er eigenwaarden in het grijze gebied tussen "nul" en "duidelijk
    # niet nul", dan rekenen we met de (tragere, nauwkeurigere) singuliere-waardenontbinding.
    gram = matrix @ matrix.T
    eigen, vectoren = np.linalg.eigh(gram)
    schaal = max(float(eigen.max(initial=0.0)), 1.0)
    if ((eigen > 1e-12 * schaal) & (eigen < 1e-6 * schaal)).any():
        _, singulier, vt = np.linalg.svd(matrix, full_matrices=False)
        basis = vt[: int((singulier > 1e-9).sum())].T
    else:
        niet_nul = eigen >= 1e-6 * schaal
        basis = (matrix.T @ vectoren[:, niet_nul]) / np.sqrt(eigen[niet_nul])
    vast = np.abs((basis ** 2).sum(axis=1) - 1.0) < 1e-9
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
    controleer_kolommen(tabel, [])
    if not isinstance(minimum, (int, np.integer)) or minimum < 1:
        raise ValueError(f"Het minimum moet een geheel getal van minstens 1 zijn, "
                         f"niet {minimum!r}.")
    groeperingen = [[g] if isinstance(g, str) else list(g)
                    for g in ([totalen_per] if isinstance(totalen_per, str)
                              else (totalen_per or []))]
    ook = als_lijst(ook_kolommen)
    controleer_kolommen(tabel, [telkolom, *ook, *(k for g in groeperingen for k in g)])
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
    groep = als_lijst(per)
    controleer_kolommen(tabel, [*groep, categorie])
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
    groep = als_lijst(per)
    kolommen = als_lijst(waarden)
    controleer_kolommen(tabel, [*groep, *kolommen])
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
