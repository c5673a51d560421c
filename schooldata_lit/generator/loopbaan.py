"""Generator, deel 1: de schoolloopbanen van alle leerlingen over de schooljaren heen.

Elk schooljaar komt er een nieuwe instroom in het eerste jaar, worden leerlingen over klassen
verdeeld, krijgen ze jaarresultaten en een attest, en stromen ze door (A), zakken ze af naar een
andere richting (B), blijven ze zitten (C), verlaten ze de school of studeren ze af. Alles is
gevectoriseerd per schooljaar; er is geen lus over leerlingen.

Wat de simulatie van het Vlaamse secundair nabootst (en wat niet):

* **Opstromen.** Een paar sterke leerlingen met een A-attest stappen over naar een hogere
  finaliteit: na het derde of vierde jaar van arbeidsmarktfinaliteit naar dubbele finaliteit
  (`_HOGER`: Zorg en Haar- en schoonheidsverzorging naar Bedrijfsorganisatie, Bouw naar
  Elektromechanische technieken) of van dubbele finaliteit naar doorstroom (Bedrijfsorganisatie
  naar Economische wetenschappen, de STEM-technieken naar Natuurwetenschappen). Het hangt af
  van hoe sterk de leerling is tegenover de klasgenoten in de richting (`OPSTROOMDREMPEL`);
  het gaat om een handvol leerlingen per jaar, veel minder dan wie afzakt. Een enkele sterke
  leerling uit 1B gaat met een gunstige beslissing van de klassenraad naar 2A in plaats van
  2B. (De overstap van 1B naar 1A zit niet in de simulatie.)
* **Attesten verschillen per studierichting**, langs twee wegen. (1) De richting zelf is
  zwaarder of lichter (`EISEN`, procentpunten op elk jaarresultaat): in Latijn en
  Natuurwetenschappen vallen meer tekorten dan in Zorg of Haar- en schoonheidsverzorging, waar
  veel permanent en praktisch geëvalueerd wordt. (2) De klassenraad gebruikt het B-attest
  vaker in doorstroomrichtingen (heroriënteren naar een andere richting, de 'waterval') en
  minder in arbeidsmarktfinaliteit, waar er weinig is om uit te sluiten (`B_NEIGING`).
* **Het voorjaar van 2020 (`CORONAJAAR`).** Vanaf half maart 2020 was er geen les op school;
  er kwamen weinig nieuwe evaluaties en de juni-examens werden voor de meeste leerlingen
  geschrapt. Het jaarresultaat van 2019-2020 rust daardoor vooral op het werk van vóór de
  lockdown (een iets hoger gemiddelde en minder spreiding) en de klassenraden kregen de vraag
  mild te delibereren: een B- of C-attest enkel als de problemen al vóór de lockdown duidelijk
  waren (`MILDE_DELIBERATIE`). De datasets hebben voor oudere schooljaren enkel
  jaarresultaten en attesten, dus afwezigheden en evaluaties van dat voorjaar zitten er niet
  in. In 2020-2021 en de jaren erna liggen de resultaten lager (leerachterstand, `JAAREFFECT`).

Interne module: de publieke ingang is `schooldata_lit.generator`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..kern.structuur import RICHTINGEN, SCHOOLJAREN

#: Simulatie start zes jaar vóór het eerste getoonde schooljaar zodat de school dan vol zit.
OPWARMJAREN = 6
#: Gemiddeld eindpercentage van een gemiddelde leerling in een gemiddeld vak.
BASISNIVEAU = 65.0
#: Het schooljaar met de lockdown van half maart 2020 (geen juni-examens, milde deliberatie).
CORONAJAAR = "2019-2020"
#: Effect op de resultaten per schooljaar (procentpunten): de coronaperiode en het herstel.
#: In het coronajaar zelf iets hoger: het jaarresultaat rust op het werk van vóór maart.
JAAREFFECT = {CORONAJAAR: 1.0, "2020-2021": -2.5, "2021-2022": -2.0, "2022-2023": -1.0}
#: Hoe zwaar een richting is (procentpunten op elk resultaat; niet genoemd = 0).
EISEN = {"LAT": -2.0, "NWE": -2.0, "ECW": -0.5, "BTS": -0.5, "BOR": 0.5, "ZOR": 1.5,
         "HSV": 1.0, "BOU": 0.5}
#: Hoe vlot de klassenraad een B-attest geeft bij een of twee tekorten (factor op de kans).
B_NEIGING = {"A-stroom": 1.0, "B-stroom": 0.7, "doorstroom": 1.4, "dubbele finaliteit": 1.0,
             "arbeidsmarktfinaliteit": 0.6}
#: In het coronajaar: factor op de kans op een B- en op een C-attest (milde deliberatie).
MILDE_DELIBERATIE = {"B": 0.75, "C": 0.6}
#: Hoeveel sterker dan het richtingsgemiddelde (in theta, plus ruis) wie opstroomt moet zijn.
OPSTROOMDREMPEL = 1.3
#: Instroom in 1B per schooljaar (de rest: standaard). Geplant voor de Simpson-paradox.
INSTROOM_1B = {"2024-2025": 40, "2025-2026": 10}
#: Vakeffecten (procentpunten) t.o.v. het gemiddelde van een leerling.
VAKEFFECT = {"Wiskunde": -3.0, "Frans": -2.5, "Latijn": -2.0, "Fysica": -2.0, "Chemie": -1.5,
             "Lichamelijke opvoeding": 7.0, "Levensbeschouwing": 5.0, "Techniek": 3.0,
             "Praktijk zorg": 4.0, "Praktijk bouw": 4.0, "Praktijk haarzorg": 4.0}

_HOGER = {"ZOR": "BOR", "HSV": "BOR", "BOU": "ELM", "BOR": "ECW", "ELM": "NWE", "BTS": "NWE"}
_LAGER = {"LAT": "BOR", "ECW": "BOR", "NWE": "BTS", "HUW": "BOR",
          "BOR": "ZOR", "ELM": "BOU", "BTS": "ZOR", "ZOR": "ZOR", "BOU": "BOU", "HSV": "HSV"}
# Welke richting een leerling na een basisoptie kiest, per finaliteit.
_NA_BASISOPTIE = {
    "2LAT": {"doorstroom": ["LAT", "LAT", "ECW", "NWE", "HUW"], "dubbele finaliteit": ["BOR"],
             "arbeidsmarktfinaliteit": ["ZOR"]},
    "2STM": {"doorstroom": ["NWE", "NWE", "ECW"], "dubbele finaliteit": ["ELM", "BTS"],
             "arbeidsmarktfinaliteit": ["BOU", "BOU", "HSV"]},
    "2ECO": {"doorstroom": ["ECW", "ECW", "HUW"], "dubbele finaliteit": ["BOR", "ELM"],
             "arbeidsmarktfinaliteit": ["ZOR", "BOU", "HSV"]},
    "2MAW": {"doorstroom": ["HUW", "HUW", "ECW"], "dubbele finaliteit": ["BOR", "BTS"],
             "arbeidsmarktfinaliteit": ["ZOR", "BOU", "HSV"]},
    "2B": {"doorstroom": ["BOR"], "dubbele finaliteit": ["BOR", "ELM"],
           "arbeidsmarktfinaliteit": ["ZOR", "BOU", "HSV"]},
}


@dataclass
class Loopbanen:
    """Wat de simulatie van de schoolloopbanen oplevert."""

    leerlingen: pd.DataFrame  # één rij per leerling (index: volgnummer)
    inschrijvingen: pd.DataFrame  # leerling, schooljaar, leerjaar, richting, klas
    jaarresultaten: pd.DataFrame  # behalve het huidige schooljaar (komt uit de evaluaties)
    attesten: pd.DataFrame  # behalve het huidige schooljaar
    afgestudeerd: pd.DataFrame  # leerling, schooljaar, richting
    sterkte: np.ndarray  # persoonlijke sterkte per leerling x vak
    vakken: list[str] = field(default_factory=list)


def _schooljaar(index: int) -> str:
    begin = int(SCHOOLJAREN[0][:4]) - OPWARMJAREN + index
    return f"{begin}-{begin + 1}"


def _nieuwe_leerlingen(rng: np.random.Generator, aantal_a: int, aantal_b: int,
                       leerjaar: int, richting: list[str] | None = None) -> pd.DataFrame:
    n = aantal_a + aantal_b
    thuistaal = rng.random(n) < 0.18
    toeslag = rng.random(n) < np.where(thuistaal, 0.45, 0.18)
    theta = np.concatenate([rng.normal(0.15, 0.85, aantal_a), rng.normal(-1.5, 0.55, aantal_b)])
    theta -= 0.2 * thuistaal + 0.2 * toeslag
    if richting is None:
        richting = ["1A"] * aantal_a + ["1B"] * aantal_b
    return pd.DataFrame({
        "theta": theta,
        "ijver": rng.normal(0, 1, n),
        "geslacht": rng.choice(["M", "V", "X"], size=n, p=[0.49, 0.49, 0.02]),
        "thuistaal": thuistaal,
        "toeslag": toeslag,
        "instroom_leerjaar": leerjaar,
        "leerjaar": leerjaar,
        "richting": richting,
        "leeftijd_extra": (rng.random(n) < 0.08).astype(int),
    })


def verdeel_in_klassen(rng: np.random.Generator, rooster: pd.DataFrame) -> pd.Series:
    """Verdeel de leerlingen van elke richting en elk leerjaar over klassen van max. 24."""
    klassen = pd.Series("", index=rooster.index, dtype=object)
    for (leerjaar, code), groep in rooster.groupby(["leerjaar", "richting"], sort=True):
        maximum = 16 if RICHTINGEN[code].finaliteit in {"B-stroom",
                                                         "arbeidsmarktfinaliteit"} else 24
        aantal = int(np.ceil(len(groep) / maximum))
        basis = code if code[0].isdigit() else f"{leerjaar}{code}"
        volgorde = rng.permutation(groep.index.to_numpy())
        for nummer, deel in enumerate(np.array_split(volgorde, aantal), start=1):
            klassen[deel] = basis if aantal == 1 else f"{basis}{nummer}"
    return klassen


def jaarpercentages(rng: np.random.Generator, rooster: pd.DataFrame, sterkte: np.ndarray,
                    vakindex: dict[str, int], schooljaar: str) -> pd.DataFrame:
    """Eindpercentage per leerling per vak voor een afgelopen schooljaar."""
    vakken = pd.DataFrame([(code, lj, vak) for code, r in RICHTINGEN.items()
                           for lj in r.leerjaren for vak, _ in r.vakken],
                          columns=["richting", "leerjaar", "vak"])
    rijen = rooster.reset_index(names="nr").merge(vakken, on=["richting", "leerjaar"])
    relatief = rijen["theta"] - rijen.groupby("richting")["theta"].transform("mean")
    gemiddelde = (BASISNIVEAU + 8 * relatief + JAAREFFECT.get(schooljaar, 0.0)
                  + rijen["vak"].map(VAKEFFECT).fillna(0.0)
                  + rijen["richting"].map(EISEN).fillna(0.0)
                  + sterkte[rijen["nr"].to_numpy(), rijen["vak"].map(vakindex).to_numpy()])
    # 2020: de juni-examens geschrapt, het resultaat rust op het werk van vóór de lockdown
    spreiding = 4.5 if schooljaar == CORONAJAAR else 6.5
    rijen["eindpercentage"] = np.clip(gemiddelde + rng.normal(0, spreiding, len(rijen)), 5, 99)
    return rijen[["nr", "leerjaar", "richting", "klas", "vak", "eindpercentage"]]


def bepaal_attesten(rng: np.random.Generator, tekorten: pd.Series,
                    richting: pd.Series | None = None, mild: bool = False) -> pd.Series:
    """Attest A, B of C uit het aantal tekorten, met de speelruimte van een klassenraad.

    `richting` (de richtingcode per leerling) stuurt hoe vlot de klassenraad een B-attest
    geeft (`B_NEIGING`); `mild` is de deliberatie van het coronajaar (`MILDE_DELIBERATIE`).

    >>> t = pd.Series([0, 0, 5])
    >>> bepaal_attesten(np.random.default_rng(1), t).iloc[0]
    'A'
    """
    u = rng.random(len(tekorten))
    t = tekorten.to_numpy()
    neiging = {code: B_NEIGING[r.finaliteit] for code, r in RICHTINGEN.items()}
    f_b = np.ones(len(t)) if richting is None else richting.map(neiging).to_numpy(float)
    f_c = 1.0
    if mild:
        f_b, f_c = f_b * MILDE_DELIBERATIE["B"], MILDE_DELIBERATIE["C"]
    attest = np.full(len(t), "A", dtype=object)
    attest[(t == 1) & (u < 0.2 * f_b)] = "B"
    attest[(t == 2) & (u < np.minimum(0.2 * f_c + 0.45 * f_b, 0.95))] = "B"
    attest[(t == 2) & (u < 0.2 * f_c)] = "C"
    # drie of meer tekorten: C of B (in het coronajaar kreeg een deel toch een A)
    drie = t >= 3
    grens_b = 0.65 * f_c + (1 - 0.65 * f_c) * (MILDE_DELIBERATIE["B"] if mild else 1.0)
    attest[drie] = np.where(u[drie] < 0.65 * f_c, "C", np.where(u[drie] < grens_b, "B", "A"))
    return pd.Series(attest, index=tekorten.index)


def simpson_attesten(rng: np.random.Generator, rooster: pd.DataFrame, attesten: pd.Series,
                     tekorten: pd.Series, schooljaar: str) -> pd.Series:
    """Leg in het eerste leerjaar het aandeel C-attesten vast per stroom (geplante paradox).

    In 2024-2025 en 2025-2026 stijgt het aandeel C in 1A én in 1B, maar omdat 1B in
    2025-2026 veel kleiner is, daalt het aandeel C in het eerste leerjaar als geheel.
    """
    aandeel = {"2024-2025": {"1A": 0.03, "1B": 0.30}, "2025-2026": {"1A": 0.045, "1B": 0.36}}
    if schooljaar not in aandeel:
        return attesten
    attesten = attesten.copy()
    for code, deel in aandeel[schooljaar].items():
        groep = rooster.index[(rooster["leerjaar"] == 1) & (rooster["richting"] == code)]
        volgorde = (tekorten[groep] + rng.random(len(groep))).sort_values(ascending=False)
        aantal_c = int(round(deel * len(groep)))
        attesten[groep] = np.where(attesten[groep] == "C", "B", attesten[groep])
        attesten[volgorde.index[:aantal_c]] = "C"
    return attesten


def _volgende_richting(rng: np.random.Generator, rooster: pd.DataFrame,
                       attest: pd.Series) -> pd.Series:
    """De richting van elke leerling volgend schooljaar (na doorstromen of afzakken)."""
    richting = rooster["richting"].copy()
    lj = rooster["leerjaar"]
    gaat_over = attest != "C"
    # 1A -> basisoptie in 2A; 1B -> 2B
    van_1a = gaat_over & (richting == "1A")
    keuze = rooster.loc[van_1a, "theta"] + rng.normal(0, 0.6, van_1a.sum())
    richting[van_1a] = np.select(
        [(keuze > 0.9) & (attest[van_1a] == "A"), keuze > 0.1, keuze > -0.4],
        ["2LAT", "2STM", "2ECO"], "2MAW")
    # 1B -> 2B; een enkele sterke leerling mag van de klassenraad naar 2A
    van_1b = gaat_over & (richting == "1B")
    sterk_1b = van_1b & (attest == "A") & (
        rooster["theta"] + rng.normal(0, 0.3, len(rooster)) > -0.4)
    richting[van_1b] = "2B"
    richting[sterk_1b] = rng.choice(["2MAW", "2ECO", "2STM"], size=sterk_1b.sum())
    # tweede leerjaar -> richting in de tweede graad
    van_2 = gaat_over & (lj == 2)
    score = rooster.loc[van_2, "theta"] + rng.normal(0, 0.45, van_2.sum())
    score -= np.where(attest[van_2] == "B", 0.8, 0.0)
    finaliteit = np.select([score > 0.15, score > -0.75],
                           ["doorstroom", "dubbele finaliteit"], "arbeidsmarktfinaliteit")
    u = rng.random(van_2.sum())
    oud = richting[van_2].to_numpy()
    nieuw = oud.copy()
    for basisoptie, per_finaliteit in _NA_BASISOPTIE.items():
        for fin, keuzes in per_finaliteit.items():
            deze = (oud == basisoptie) & (finaliteit == fin)
            nieuw[deze] = np.array(keuzes)[(u[deze] * len(keuzes)).astype(int)]
    richting[van_2] = nieuw
    # B-attest in de tweede/derde graad: naar een richting met minder abstractie
    zakt = (attest == "B") & (lj >= 3) & (lj < 6)
    richting[zakt] = richting[zakt].map(_LAGER)
    # Opstromen: een sterke leerling met een A-attest naar een hogere finaliteit
    relatief = rooster["theta"] - rooster.groupby("richting")["theta"].transform("mean")
    stijgt = ((attest == "A") & lj.isin([3, 4]) & richting.isin(list(_HOGER))
              & (relatief + rng.normal(0, 0.4, len(rooster)) > OPSTROOMDREMPEL))
    richting[stijgt] = richting[stijgt].map(_HOGER)
    # Latijn in de derde graad is klein: de meesten kiezen dan een andere doorstroomrichting
    wisselt = (richting == "LAT") & (lj == 4) & gaat_over & (rng.random(len(rooster)) < 0.25)
    richting[wisselt] = rng.choice(["ECW", "NWE", "HUW", "HUW"], size=wisselt.sum())
    return richting


def simuleer_loopbanen(rng: np.random.Generator, instroom_1a: int = 134,
                       instroom_1b: int = 14) -> Loopbanen:
    """Simuleer alle schoolloopbanen tot en met het begin van het huidige schooljaar."""
    vakken = sorted({vak for r in RICHTINGEN.values() for vak, _ in r.vakken})
    vakindex = {vak: i for i, vak in enumerate(vakken)}
    leerlingen = pd.DataFrame()
    rooster = pd.DataFrame()
    inschrijvingen, jaarresultaten, attesten, afgestudeerd = [], [], [], []
    sterkte = np.empty((0, len(vakken)))
    for index in range(OPWARMJAREN + len(SCHOOLJAREN)):
        schooljaar = _schooljaar(index)
        n_b = INSTROOM_1B.get(schooljaar, instroom_1b + int(rng.integers(-3, 4)))
        nieuw = [_nieuwe_leerlingen(rng, instroom_1a + int(rng.integers(-8, 9)), n_b, 1),
                 _nieuwe_leerlingen(rng, 6, 0, 3, list(rng.choice(
                     ["ECW", "HUW", "BOR", "ZOR", "BOU", "ELM"], size=6)))]
        nieuw = pd.concat(nieuw, ignore_index=True)
        nieuw["instroom_schooljaar"] = schooljaar
        nieuw.index = np.arange(len(leerlingen), len(leerlingen) + len(nieuw))
        sterkte = np.vstack([sterkte, rng.normal(0, 5.0, (len(nieuw), len(vakken)))])
        leerlingen = pd.concat([leerlingen, nieuw.drop(columns=["leerjaar", "richting"])])
        rooster = pd.concat([rooster, nieuw[["leerjaar", "richting"]]])
        rooster = rooster.join(leerlingen[["theta"]])[["leerjaar", "richting", "theta"]]
        rooster["klas"] = verdeel_in_klassen(rng, rooster)
        rooster["schooljaar"] = schooljaar
        zichtbaar = schooljaar >= SCHOOLJAREN[0]
        if zichtbaar:
            inschrijvingen.append(rooster.reset_index(names="nr"))
        if schooljaar == SCHOOLJAREN[-1]:
            break  # het huidige schooljaar wordt in detail gegenereerd
        resultaten = jaarpercentages(rng, rooster, sterkte, vakindex, schooljaar)
        tekorten = (resultaten.assign(t=resultaten["eindpercentage"] < 50)
                    .groupby("nr")["t"].sum().reindex(rooster.index, fill_value=0))
        attest = bepaal_attesten(rng, tekorten, rooster["richting"],
                                 mild=schooljaar == CORONAJAAR)
        attest = simpson_attesten(rng, rooster, attest, tekorten, schooljaar)
        if zichtbaar:
            jaarresultaten.append(resultaten.assign(schooljaar=schooljaar))
            attesten.append(rooster.reset_index(names="nr").assign(
                attest=attest.to_numpy(), aantal_tekorten=tekorten.to_numpy()))
        # naar volgend schooljaar
        klaar = (rooster["leerjaar"] == 6) & (attest != "C")
        if zichtbaar:
            afgestudeerd.append(rooster[klaar].reset_index(names="nr"))
        # C in de B-stroom: de meesten verlaten de school (schooluitval in de eerste graad)
        verlaat_kans = np.select([(attest == "C") & (rooster["richting"] == "1B"), attest == "C"],
                                 [0.7, 0.3], 0.015)
        blijft = ~klaar & (rng.random(len(rooster)) >= verlaat_kans)
        volgende = rooster.assign(richting=_volgende_richting(rng, rooster, attest))
        volgende["leerjaar"] = rooster["leerjaar"] + (attest != "C").astype(int)
        rooster = volgende[blijft][["leerjaar", "richting"]]
    return Loopbanen(
        leerlingen=leerlingen,
        inschrijvingen=pd.concat(inschrijvingen, ignore_index=True),
        jaarresultaten=pd.concat(jaarresultaten, ignore_index=True),
        attesten=pd.concat(attesten, ignore_index=True),
        afgestudeerd=pd.concat(afgestudeerd, ignore_index=True),
        sterkte=sterkte,
        vakken=vakken,
    )
