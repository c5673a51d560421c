"""Generator, deel 2: het huidige schooljaar in detail, met de geplante signalen.

Evaluaties (zoals in Skore), afwezigheden per dagdeel, platformactiviteit per week en het
leerlingvolgsysteem. Hier worden ook de signalen geplant die knipperlichten moeten vinden
(en de valstrikken die ze niet mogen verwarren met een probleem).

Interne module: de publieke ingang is `schooldata_lit.generator`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..kern.structuur import HUIDIG_SCHOOLJAAR, RICHTINGEN, kalender, periode_van
from .loopbaan import BASISNIVEAU, EISEN, VAKEFFECT, Loopbanen, bepaal_attesten, simpson_attesten

#: Hoeveel leerlingen elk geplant signaal krijgt.
AANTAL_GEPLANT = {
    "dalende_trend": 12,            # waarvan de helft ook oplopende problematische afwezigheid
    "oplopende_afwezigheid": 6,     # enkel afwezigheid (plus 6 uit dalende_trend)
    "dalende_activiteit": 10,       # platformactiviteit daalt, punten dalen later ook
    "maandag_vrijdag": 8,
    "eenmalige_dip": 12,            # valstrik
    "langdurig_ziek": 6,            # valstrik
}
STRENGE_KLASVERSCHUIVING = -12.0  # de klas met veel C-attesten
STRENGE_BEOORDELING = -12.0  # de leerkracht met ongewoon strenge punten
KLEINE_KLAS_DIP = -20.0  # één leerling van de heel kleine klas in het laatste trimester
_CODES = np.array(["", "L", "G", "B", "Z"])  # volgorde = voorrang bij overlap


@dataclass
class Schooljaar:
    tabellen: dict[str, pd.DataFrame]
    grondwaarheid: list[dict]


def _tijd(datums: pd.Series | pd.DatetimeIndex, begin: str) -> np.ndarray:
    """Maanden sinds `begin` (negatief ervoor)."""
    verschil = pd.DatetimeIndex(datums) - pd.Timestamp(begin)
    return np.asarray(verschil.days) / 30.44


def _leerkrachten(rng: np.random.Generator, lessen: pd.DataFrame) -> tuple[pd.DataFrame,
                                                                             pd.DataFrame]:
    """Verdeel de lesopdrachten (klas x vak) over leerkrachten van ongeveer 20 lestijden."""
    from .namen import kies_namen

    opdrachten, korps = [], []
    for vak, groep in lessen.sort_values(["vak", "klas"]).groupby("vak", sort=True):
        aantal = max(1, int(round(groep["uren_per_week"].sum() / 20)))
        for deel in np.array_split(groep.index.to_numpy(), aantal):
            leerkracht_id = f"K{len(korps) + 1:03d}"
            korps.append({"leerkracht_id": leerkracht_id, "vakgroep": vak})
            opdrachten.append(lessen.loc[deel, ["klas", "vak"]].assign(
                leerkracht_id=leerkracht_id))
    korps = pd.DataFrame(korps)
    voornamen, familienamen = kies_namen(
        rng, rng.choice(["M", "V"], size=len(korps)))
    korps.insert(1, "voornaam", voornamen)
    korps.insert(2, "familienaam", familienamen)
    return korps, pd.concat(opdrachten, ignore_index=True)


def _evaluatiemomenten(rng: np.random.Generator, lessen: pd.DataFrame,
                       dagen: pd.DatetimeIndex) -> pd.DataFrame:
    """Per klas en vak de evaluaties van het jaar: dagelijks werk, toetsen en examens."""
    groot = lessen["uren_per_week"] >= 3
    praktijk = lessen["vak"].str.startswith("Praktijk") | (
        lessen["vak"] == "Lichamelijke opvoeding")
    # praktijkvakken (veel uren) worden permanent geëvalueerd: meer momenten
    aantal_dw = np.select([lessen["uren_per_week"] >= 8, groot], [12, 7], 4)
    rijen = lessen.loc[lessen.index.repeat(aantal_dw)].reset_index(drop=True)
    volgnummer = rijen.groupby(["klas", "vak"]).cumcount().to_numpy()
    n = np.repeat(aantal_dw, aantal_dw)
    geen_examens = dagen[~(((dagen.month == 12) & (dagen.day >= 8))
                           | ((dagen.month == 6) & (dagen.day >= 8)))]
    plaats = (volgnummer + 0.5) / n * len(geen_examens) + rng.integers(-6, 7, len(rijen))
    rijen["datum"] = geen_examens[np.clip(plaats, 0, len(geen_examens) - 1).astype(int)]
    rijen["soort"] = np.where(volgnummer % 3 == 2, "toets", "dagelijks werk")
    rijen["maximum"] = np.where(rijen["soort"] == "toets",
                                rng.choice([20, 25, 50], len(rijen)),
                                rng.choice([10, 10, 20], len(rijen)))
    examen = lessen[groot & ~praktijk]
    examens = []
    for maand in (12, 6):
        periode = dagen[(dagen.month == maand) & (dagen.day >= 8) & (dagen.day <= 24)]
        examens.append(examen.assign(
            datum=periode[rng.integers(0, len(periode), len(examen))],
            soort="examen", maximum=rng.choice([50, 100], len(examen))))
    momenten = pd.concat([rijen, *examens], ignore_index=True)
    momenten["moeilijkheid"] = rng.normal(0, 4.0, len(momenten))
    return momenten.sort_values(["klas", "vak", "datum"], kind="stable").reset_index(drop=True)


def _kies_geplante_leerlingen(rng: np.random.Generator, rooster: pd.DataFrame,
                              uitgesloten_klassen: set[str]) -> dict[str, np.ndarray]:
    kandidaten = rooster.index[~rooster["klas"].isin(uitgesloten_klassen)].to_numpy()
    gekozen = rng.permutation(kandidaten)
    groepen, start = {}, 0
    for signaal, aantal in AANTAL_GEPLANT.items():
        groepen[signaal] = np.sort(gekozen[start:start + aantal])
        start += aantal
    return groepen


def _trajecten(rijen: pd.DataFrame, groepen: dict[str, np.ndarray],
               rng: np.random.Generator) -> np.ndarray:
    """Verschuiving (procentpunten) van elke evaluatie door de geplante trajecten."""
    nr = rijen["nr"].to_numpy()
    verschuiving = np.zeros(len(rijen))
    datum = rijen["datum"]
    # Dalende trend: vanaf een startdatum in het najaar lineair ~24 punten tot juni.
    dalers = groepen["dalende_trend"]
    start = pd.Series(pd.to_datetime("2025-10-13") + pd.to_timedelta(
        rng.integers(0, 50, len(dalers)), unit="D"), index=dalers)
    helling = pd.Series(rng.uniform(3.2, 4.2, len(dalers)), index=dalers)  # punten per maand
    deze = np.isin(nr, dalers)
    maanden = (datum[deze] - start[nr[deze]].to_numpy()).dt.days.to_numpy() / 30.44
    verschuiving[deze] = -helling[nr[deze]].to_numpy() * np.clip(maanden, 0, None)
    # Dalende activiteit: de punten dalen pas vanaf februari (de activiteit al in november).
    deze = np.isin(nr, groepen["dalende_activiteit"])
    verschuiving[deze] = -5.0 * np.clip(_tijd(datum[deze], "2026-02-01"), 0, None)
    # Eenmalige dip: vier weken rond een toets- of examenperiode, daarna herstel.
    dippers = groepen["eenmalige_dip"]
    dipstart = pd.Series(pd.to_datetime("2025-11-17") + pd.to_timedelta(
        rng.integers(0, 90, len(dippers)), unit="D"), index=dippers)
    deze = np.isin(nr, dippers)
    dagen = (datum[deze] - dipstart[nr[deze]].to_numpy()).dt.days.to_numpy()
    verschuiving[deze] = np.where((dagen >= 0) & (dagen < 28), -26.0, 0.0)
    return verschuiving


def _afwezigheden(rng: np.random.Generator, rooster: pd.DataFrame, dagdelen: pd.DataFrame,
                  groepen: dict[str, np.ndarray]) -> tuple[np.ndarray, dict]:
    """Een matrix leerlingen x dagdelen met afwezigheidscodes (index in _CODES)."""
    n, m = len(rooster), len(dagdelen)
    codes = np.zeros((n, m), dtype=np.int8)
    vm = (dagdelen["dagdeel"] == "VM").to_numpy()
    # te laat (L), enkel 's morgens
    kans_laat = rng.gamma(1.5, 0.008, n)[:, None]
    codes[(rng.random((n, m)) < kans_laat) & vm] = 1
    # gewettigd om een andere reden (G)
    codes[rng.random((n, m)) < rng.gamma(1.5, 0.004, n)[:, None]] = 2
    # problematisch (B): de meesten nooit, sommigen af en toe
    kans_b = np.where(rng.random(n) < 0.12, rng.gamma(1.5, 0.006, n), 0.0005)[:, None]
    codes[rng.random((n, m)) < kans_b] = 3
    # ziekte (Z) in episodes van 1 tot 4 dagen
    episodes = rng.poisson(rng.gamma(8.0, 0.25, n))
    wie = np.repeat(np.arange(n), episodes)
    eerste_vm = np.flatnonzero(vm)
    begin = eerste_vm[rng.integers(0, len(eerste_vm), len(wie))]
    lengte = 2 * rng.choice([1, 2, 3, 4], size=len(wie), p=[0.4, 0.3, 0.2, 0.1])
    for stap in range(8):  # hoogstens 8 dagdelen lang: 8 gevectoriseerde stappen
        deze = stap < lengte
        codes[wie[deze], np.minimum(begin[deze] + stap, m - 1)] = 4
    # --- geplante signalen ---
    positie = {nr: i for i, nr in enumerate(rooster.index)}
    tijd = _tijd(dagdelen["datum"], "2025-12-01")
    stijgers = np.concatenate([groepen["oplopende_afwezigheid"],
                               groepen["dalende_trend"][::2]])
    rijen = np.array([positie[nr] for nr in stijgers])
    kans = np.clip(tijd, 0, None) / 6.5 * 0.38  # van 0 op 1 december tot ~0,38 eind juni
    codes[rijen[:, None], np.arange(m)[None, :]] = np.where(
        rng.random((len(rijen), m)) < kans, 3, codes[rijen])
    rijen = np.array([positie[nr] for nr in groepen["maandag_vrijdag"]])
    dag = dagdelen["weekdag"].to_numpy()
    patroon = (dag == "maandag") | ((dag == "vrijdag") & ~vm)
    codes[rijen] = np.where((rng.random((len(rijen), m)) < 0.42) & patroon, 3, codes[rijen])
    ziekteblok = {}
    for nr in groepen["langdurig_ziek"]:
        begin_blok = int(rng.integers(50, m - 120))
        codes[positie[nr], begin_blok:begin_blok + 34] = 4
        ziekteblok[nr] = dagdelen["datum"].iloc[begin_blok].date().isoformat()
    return codes, {"stijgers": stijgers, "ziekteblok": ziekteblok}


def _platformactiviteit(rng: np.random.Generator, rooster: pd.DataFrame,
                        dagdelen: pd.DataFrame, groepen: dict[str, np.ndarray],
                        ijver: pd.Series) -> pd.DataFrame:
    dagen = dagdelen.drop_duplicates("datum")["datum"]
    weken = dagen.dt.to_period("W-SUN").dt.start_time
    lesdagen = weken.value_counts().sort_index()
    n, w = len(rooster), len(lesdagen)
    wie = np.repeat(rooster.index.to_numpy(), w)
    week = np.tile(lesdagen.index.to_numpy(), n)
    deel_week = np.tile(lesdagen.to_numpy() / 5.0, n)
    factor = np.ones(n * w)
    dalers = np.isin(wie, groepen["dalende_activiteit"])
    factor[dalers] = 1 - 0.75 * np.clip(_tijd(week[dalers], "2025-11-10") / 2.2, 0, 1)
    tempo = np.repeat(rng.gamma(4.0, 1.6, n), w)
    aanmeldingen = rng.poisson(tempo * deel_week * factor)
    taken_klas = pd.Series(rng.poisson(1.8, (rooster["klas"].nunique(), w)).ravel())
    klasnummer = np.repeat(pd.factorize(rooster["klas"], sort=True)[0], w)
    taken = taken_klas.to_numpy()[klasnummer * w + np.tile(np.arange(w), n)]
    p_op_tijd = 1 / (1 + np.exp(-(2.0 + 0.6 * np.repeat(rooster["theta"].to_numpy(), w)
                                  + 0.6 * np.repeat(ijver.to_numpy(), w))))
    p_op_tijd = p_op_tijd * factor
    op_tijd = rng.binomial(taken, p_op_tijd)
    te_laat = rng.binomial(taken - op_tijd, 0.55 * factor)
    return pd.DataFrame({
        "nr": wie, "schooljaar": HUIDIG_SCHOOLJAAR, "week": week,
        "aanmeldingen": aanmeldingen, "taken_op_tijd": op_tijd, "taken_te_laat": te_laat,
        "taken_niet_ingediend": taken - op_tijd - te_laat,
    })


def _begeleiding(rng: np.random.Generator, resultaten: pd.DataFrame,
                 groepen: dict[str, np.ndarray], rooster: pd.DataFrame) -> pd.DataFrame:
    pct = resultaten["score"] / resultaten["maximum"]
    delen = []
    laag = resultaten[(pct < 0.5) & (resultaten["soort"] != "examen")]
    laag = laag[rng.random(len(laag)) < 0.3]
    delen.append(pd.DataFrame({"nr": laag["nr"], "datum": laag["datum"] + pd.Timedelta(days=7),
                               "soort": "remediëring", "vak": laag["vak"],
                               "door": "vakleerkracht"}))
    herkans = resultaten[(pct < 0.4) & (resultaten["soort"] == "examen")
                         & (resultaten["datum"].dt.month == 12)]
    herkans = herkans[rng.random(len(herkans)) < 0.4]
    delen.append(pd.DataFrame({"nr": herkans["nr"], "datum": pd.Timestamp("2026-01-14"),
                               "soort": "herkansing", "vak": herkans["vak"],
                               "door": "vakleerkracht"}))
    geplant = np.concatenate([groepen["dalende_trend"], groepen["oplopende_afwezigheid"],
                              groepen["maandag_vrijdag"]])
    alle = rooster.index.to_numpy()
    gesprek = np.concatenate([geplant[rng.random(len(geplant)) < 0.6],
                              alle[rng.random(len(alle)) < 0.08]])
    delen.append(pd.DataFrame({
        "nr": gesprek, "datum": pd.Timestamp("2026-02-02") + pd.to_timedelta(
            rng.integers(0, 100, len(gesprek)), unit="D"),
        "soort": "gesprek", "vak": None, "door": "klastitularis"}))
    overleg = np.concatenate([geplant[rng.random(len(geplant)) < 0.3],
                              alle[rng.random(len(alle)) < 0.03]])
    delen.append(pd.DataFrame({
        "nr": overleg, "datum": pd.Timestamp("2026-03-02") + pd.to_timedelta(
            rng.integers(0, 80, len(overleg)), unit="D"),
        "soort": "zorgoverleg", "vak": None,
        "door": rng.choice(["zorgcoördinator", "CLB"], size=len(overleg), p=[0.7, 0.3])}))
    begeleiding = pd.concat(delen, ignore_index=True)
    begeleiding = begeleiding[begeleiding["datum"] <= pd.Timestamp("2026-06-30")]
    # verschuif datums in een weekend naar de maandag erna
    weekend = begeleiding["datum"].dt.dayofweek
    begeleiding["datum"] += pd.to_timedelta(np.where(weekend >= 5, 7 - weekend, 0), unit="D")
    return begeleiding.sort_values(["datum", "nr", "soort"], kind="stable")


def genereer_schooljaar(rngs: dict[str, np.random.Generator], loopbanen: Loopbanen) -> Schooljaar:
    """Genereer het huidige schooljaar in detail bovenop de gesimuleerde loopbanen."""
    inschr = loopbanen.inschrijvingen
    rooster = inschr[inschr["schooljaar"] == HUIDIG_SCHOOLJAAR].set_index("nr").sort_index()
    leerlingen = loopbanen.leerlingen
    dagdelen = kalender(HUIDIG_SCHOOLJAAR)
    dagen = pd.DatetimeIndex(dagdelen["datum"].unique())

    klassen = rooster.drop_duplicates("klas")[["klas", "leerjaar", "richting"]]
    vakken = pd.DataFrame([(code, lj, vak, uren) for code, r in RICHTINGEN.items()
                           for lj in r.leerjaren for vak, uren in r.vakken],
                          columns=["richting", "leerjaar", "vak", "uren_per_week"])
    lessen = klassen.merge(vakken, on=["richting", "leerjaar"]).sort_values(["klas", "vak"])
    lessen = lessen.reset_index(drop=True)
    korps, opdrachten = _leerkrachten(rngs["korps"], lessen)

    # geplante klassen en leerkracht
    grootte = rooster["klas"].value_counts()
    # de klas met veel B- en C-attesten: (de grootste klas van) het vierde jaar
    # Bedrijfsorganisatie, dubbele finaliteit; het verhaal van 4BOR in de cursus
    kandidaten = klassen[(klassen["leerjaar"] == 4) & (klassen["richting"] == "BOR")]["klas"]
    if kandidaten.empty:  # een ander zaad: de grootste klas dubbele finaliteit
        kandidaten = klassen[klassen["leerjaar"].isin([3, 4]) & klassen["richting"].isin(
            ["BOR", "ELM", "BTS"])]["klas"]
    klas_c = grootte[kandidaten].sort_index().idxmax()
    # de heel kleine klas: 6LAT (bij een ander zaad zonder 6LAT: de kleinste klas van de
    # derde graad)
    zesde_lat = sorted(k for k in klassen["klas"] if k.startswith("6LAT"))
    derde_graad = klassen.loc[klassen["leerjaar"] >= 5, "klas"]
    kleine_klas = zesde_lat[0] if zesde_lat else grootte[derde_graad].sort_index().idxmin()
    wiskunde = opdrachten[opdrachten["vak"] == "Wiskunde"]
    streng = wiskunde[wiskunde["klas"].str.startswith("3")]["leerkracht_id"].mode().iloc[0]
    groepen = _kies_geplante_leerlingen(rngs["signalen"], rooster, {klas_c, kleine_klas})

    # evaluaties
    momenten = _evaluatiemomenten(rngs["evaluaties"], lessen, dagen).merge(
        opdrachten, on=["klas", "vak"])
    rijen = momenten.merge(rooster.reset_index()[["nr", "klas"]], on="klas")
    rijen = rijen.sort_values(["nr", "datum", "vak"], kind="stable").reset_index(drop=True)
    rng = rngs["evaluaties"]
    relatief = rooster["theta"] - rooster.groupby("richting")["theta"].transform("mean")
    vakindex = {vak: i for i, vak in enumerate(loopbanen.vakken)}
    pct = (BASISNIVEAU + 1 + 8 * relatief[rijen["nr"]].to_numpy()
           + rijen["vak"].map(VAKEFFECT).fillna(0.0).to_numpy()
           + rooster.loc[rijen["nr"], "richting"].map(EISEN).fillna(0.0).to_numpy()
           + loopbanen.sterkte[rijen["nr"].to_numpy(), rijen["vak"].map(vakindex).to_numpy()]
           + rijen["moeilijkheid"].to_numpy()
           + np.where(rijen["klas"] == klas_c, STRENGE_KLASVERSCHUIVING, 0.0)
           + np.where((rijen["leerkracht_id"] == streng) & (rijen["vak"] == "Wiskunde"),
                      STRENGE_BEOORDELING, 0.0)
           + _trajecten(rijen, groepen, rngs["signalen"])
           # de heel kleine klas: in het laatste trimester heeft één leerling een slechte
           # reeks, en dat trekt het klasgemiddelde mee (bij zo weinig leerlingen)
           + np.where((rijen["nr"] == rooster.index[rooster["klas"] == kleine_klas].min())
                      & rijen["datum"].dt.month.between(4, 6), KLEINE_KLAS_DIP, 0)
           + rng.normal(0, 7.5, len(rijen)))
    pct = np.clip(pct, 0, 100)
    stap = np.where(rijen["maximum"] <= 20, 0.5, 1.0)
    rijen["score"] = np.round(pct / 100 * rijen["maximum"] / stap) * stap

    # afwezigheden (en de codes 'ziek'/'afwezig' bij evaluaties op die dagen)
    codes, info = _afwezigheden(rngs["afwezigheden"], rooster, dagdelen, groepen)
    wie, welk = np.nonzero(codes)
    afwezig = pd.DataFrame({"nr": rooster.index.to_numpy()[wie],
                            "schooljaar": HUIDIG_SCHOOLJAAR,
                            "datum": dagdelen["datum"].to_numpy()[welk],
                            "dagdeel": dagdelen["dagdeel"].to_numpy()[welk],
                            "code": _CODES[codes[wie, welk]]})
    per_dag = (afwezig[afwezig["code"] != "L"].assign(ziek=lambda t: t["code"] == "Z")
               .groupby(["nr", "datum"])["ziek"].max().rename("ziek_die_dag").reset_index())
    rijen = rijen.merge(per_dag, on=["nr", "datum"], how="left")
    rijen["code"] = np.select([rijen["ziek_die_dag"] == True,  # noqa: E712
                               rijen["ziek_die_dag"] == False],  # noqa: E712
                              ["ziek", "afwezig"], "")
    vrijgesteld = rooster.index[rng.random(len(rooster)) < 0.012]
    rijen.loc[rijen["nr"].isin(vrijgesteld) & (rijen["vak"] == "Lichamelijke opvoeding"),
              "code"] = "vrijgesteld"
    rijen.loc[rijen["code"] != "", "score"] = np.nan
    rijen["periode"] = periode_van(rijen["datum"])
    rijen["schooljaar"] = HUIDIG_SCHOOLJAAR

    # jaarresultaten en attesten van het huidige jaar, uit de evaluaties
    geldig = rijen[rijen["code"] == ""]
    som = geldig.groupby(["nr", "vak"])[["score", "maximum"]].sum()
    eind = (100 * som["score"] / som["maximum"]).rename("eindpercentage").reset_index()
    eind = eind.merge(rooster.reset_index()[["nr", "leerjaar", "richting", "klas"]], on="nr")
    eind["schooljaar"] = HUIDIG_SCHOOLJAAR
    tekorten = (eind.assign(t=eind["eindpercentage"] < 50).groupby("nr")["t"].sum()
                .reindex(rooster.index, fill_value=0))
    attest = bepaal_attesten(rngs["attesten"], tekorten, rooster["richting"])
    attest = simpson_attesten(rngs["attesten"], rooster, attest, tekorten, HUIDIG_SCHOOLJAAR)
    attesten = rooster.reset_index().assign(attest=attest.to_numpy(),
                                            aantal_tekorten=tekorten.to_numpy())

    activiteit = _platformactiviteit(rngs["platform"], rooster, dagdelen, groepen,
                                     leerlingen.loc[rooster.index, "ijver"])
    begeleiding = _begeleiding(rngs["begeleiding"], rijen, groepen, rooster)

    waarheid = _grondwaarheid(groepen, info, klas_c, kleine_klas, streng)
    tabellen = {
        "leerkrachten": korps,
        "lesopdrachten": opdrachten.assign(schooljaar=HUIDIG_SCHOOLJAAR),
        "resultaten": rijen,
        "jaarresultaten_huidig": eind,
        "attesten_huidig": attesten,
        "kalender": dagdelen,
        "afwezigheden": afwezig,
        "platformactiviteit": activiteit,
        "begeleiding": begeleiding.assign(schooljaar=HUIDIG_SCHOOLJAAR),
    }
    return Schooljaar(tabellen, waarheid)


def _grondwaarheid(groepen: dict[str, np.ndarray], info: dict, klas_c: str, kleine_klas: str,
                   streng: str) -> list[dict]:
    rij = {"schooljaar": HUIDIG_SCHOOLJAAR}
    rijen: list[dict] = []

    def leerlingen(signaal: str, nummers, valstrik: bool, tekst: str) -> None:
        rijen.extend({**rij, "signaal": signaal, "niveau": "leerling", "sleutel": int(nr),
                      "valstrik": valstrik, "beschrijving": tekst} for nr in nummers)

    leerlingen("dalende_trend", groepen["dalende_trend"], False,
               "punten dalen vanaf het najaar gestaag, in alle vakken (3 tot 4 punten per "
               "maand)")
    leerlingen("dalende_trend", groepen["dalende_activiteit"], False,
               "punten dalen vanaf februari, nadat de platformactiviteit al daalde")
    leerlingen("dalende_activiteit", groepen["dalende_activiteit"], False,
               "aanmeldingen en tijdig ingediende taken dalen vanaf november tot een kwart")
    leerlingen("oplopende_afwezigheid", info["stijgers"], False,
               "problematische afwezigheid (B) neemt toe vanaf december")
    leerlingen("maandag_vrijdag", groepen["maandag_vrijdag"], False,
               "problematische afwezigheid op maandag en vrijdagnamiddag")
    leerlingen("eenmalige_dip", groepen["eenmalige_dip"], True,
               "vier weken lang veel lagere punten, daarna volledig herstel")
    for nr, datum in info["ziekteblok"].items():
        leerlingen("langdurig_ziek", [nr], True,
                   f"17 schooldagen ziek met attest vanaf {datum}; daarna weer aanwezig")
    rijen.append({**rij, "signaal": "veel_c_attesten", "niveau": "klas", "sleutel": klas_c,
                  "valstrik": False,
                  "beschrijving": "de hele klas scoort het hele jaar lager: veel B- en "
                                  "C-attesten"})
    rijen.append({**rij, "signaal": "strenge_beoordeling", "niveau": "vak",
                  "sleutel": f"Wiskunde/{streng}", "valstrik": False,
                  "beschrijving": "deze leerkracht geeft voor wiskunde ongeveer 12 punten "
                                  "lager dan collega's aan vergelijkbare leerlingen"})
    rijen.append({**rij, "signaal": "kleine_klas", "niveau": "klas", "sleutel": kleine_klas,
                  "valstrik": True,
                  "beschrijving": "een heel kleine klas: het klasgemiddelde zakt in de laatste "
                                  "periode doordat één leerling een paar slechte toetsen had; "
                                  "met zo weinig leerlingen zegt dat weinig over de klas"})
    rijen.append({"schooljaar": "2024-2025 en 2025-2026", "signaal": "simpson_eerste_graad",
                  "niveau": "school", "sleutel": "leerjaar 1", "valstrik": True,
                  "beschrijving": "het aandeel C-attesten stijgt in 1A én in 1B, maar daalt "
                                  "voor het eerste leerjaar als geheel (1B werd veel kleiner)"})
    return rijen
