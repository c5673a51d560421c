"""De regels: elke drempel (`Instelling`) en elk knipperlicht (`Regel`), met wat het meet,
waarom, wanneer het knippert en welke vraag het stelt (`REGELS`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .metingen import KOLOMMEN, Metingen


@dataclass(frozen=True)
class Instelling:
    """Een drempel van een regel: de standaardwaarde en hoe ver je ze mag verschuiven.

    Het dashboard maakt er een schuifknop van (van `minimum` tot `maximum`, per `stap`; een
    geheel getal als `geheel`, een percentage als het een aandeel is).

    >>> REGELS["weekdagpatroon"].drempels["minimum"]
    Instelling(standaard=10, minimum=1, maximum=30, stap=1, geheel=True)
    >>> REGELS["weekdagpatroon"].drempels["aandeel"].aandeel
    True
    """

    standaard: float
    minimum: float
    maximum: float
    stap: float
    geheel: bool = False

    @property
    def aandeel(self) -> bool:
        """Is dit een aandeel (tussen 0 en 1, getoond als percentage)?"""
        return not self.geheel and self.maximum < 1


def _aantal(standaard: int) -> Instelling:
    """Een aantal (leerlingen, vakken, maanden ...): een geheel getal vanaf 1."""
    return Instelling(standaard, 1, max(standaard * 3, 6), 1, geheel=True)


def _aandeel(standaard: float) -> Instelling:
    """Een aandeel, per 5 procentpunt tussen 5 % en 95 %."""
    return Instelling(standaard, 0.05, 0.95, 0.05)


def _getal(standaard: float) -> Instelling:
    """Een getal (procentpunten, een z-waarde ...) tot driemaal de standaardwaarde."""
    stap = 0.5 if standaard >= 2 else 0.1
    return Instelling(standaard, stap, standaard * 3, stap)


@dataclass(frozen=True)
class Regel:
    """Een knipperlicht: wat het meet, waarom, wanneer het knippert en welke vraag het stelt."""

    code: str
    naam: str
    niveau: str
    domein: str
    uitleg: str
    bron: str
    drempels: Mapping[str, Instelling]
    regeltekst: str
    vraag: str
    pas_toe: Callable[[Metingen, Mapping[str, float]], pd.DataFrame]
    standaard_aan: bool = True

    @property
    def instellingen(self) -> dict[str, float]:
        """De standaardwaarde van elke drempel."""
        return {naam: d.standaard for naam, d in self.drempels.items()}

    def beschrijf(self, instellingen: Mapping[str, float] | None = None) -> str:
        """De regel in woorden, met de ingevulde drempels."""
        waarden = {**self.instellingen, **(instellingen or {})}
        return self.regeltekst.format(**{k: _mooi(v) for k, v in waarden.items()})


def _mooi(getal: float) -> str:
    if isinstance(getal, float) and 0 < getal < 1:
        return f"{getal:.0%}".replace(".", ",")
    return f"{getal:g}".replace(".", ",")


def lichtrijen(regel: Regel, tabel: pd.DataFrame, *, wie: str, waarde: str, vergelijking,
           n: str, periode: str, instellingen: Mapping[str, float],
           onzeker: pd.Series | None = None) -> pd.DataFrame:
    if tabel.empty:
        return pd.DataFrame(columns=KOLOMMEN)
    verg = tabel[vergelijking] if isinstance(vergelijking, str) else vergelijking
    uit = pd.DataFrame({
        "niveau": regel.niveau,
        "wie": tabel[wie].astype(str).to_numpy(),
        "indicator": regel.code,
        "domein": regel.domein,
        "waarde": np.round(tabel[waarde].astype(float).to_numpy(), 3),
        "vergelijking": np.round(np.asarray(verg, dtype=float) * np.ones(len(tabel)), 3),
        "n": tabel[n].astype(int).to_numpy(),
        "periode": periode,
        "regel": regel.beschrijf(instellingen),
        "vraag": regel.vraag,
        "zekerheid": "zeker" if onzeker is None else np.where(onzeker.to_numpy(), "onzeker",
                                                              "zeker"),
    })
    return uit


# --- de regels -----------------------------------------------------------------------------

def _daling_basislijn(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    r = m.resultaat
    hit = r[(r["verschil"] <= -s["drempel"]) & (r["n_maanden"] >= 3)]
    return lichtrijen(REGELS["daling_basislijn"], hit, wie="leerling_id", waarde="verschil",
                  vergelijking=0.0, n="n_evaluaties", periode=m.periode_resultaten,
                  instellingen=s)


def _dalende_trend(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    r = m.resultaat
    hit = r[(r["helling"] <= -s["helling"]) & (r["maanden_onder"] >= s["maanden"])]
    return lichtrijen(REGELS["dalende_trend"], hit, wie="leerling_id", waarde="helling",
                  vergelijking=0.0, n="n_evaluaties", periode=m.periode_resultaten,
                  instellingen=s, onzeker=hit["n_maanden"] < 5)


def _lage_aanwezigheid(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    a = m.aanwezigheid
    hit = a[a["aanwezigheid"] < s["grens"]]
    return lichtrijen(REGELS["lage_aanwezigheid"], hit, wie="leerling_id", waarde="aanwezigheid",
                  vergelijking=s["grens"], n="dagdelen", periode=a.attrs["periode"],
                  instellingen=s)


def _problematische_afwezigheid(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    a = m.aanwezigheid
    hit = a[a["b_recent"] >= s["dagdelen"]]
    return lichtrijen(REGELS["problematische_afwezigheid"], hit, wie="leerling_id",
                  waarde="b_recent", vergelijking="b_ervoor", n="dagdelen",
                  periode=a.attrs["periode"], instellingen=s)


def _weekdagpatroon(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    a = m.aanwezigheid
    hit = a[(a["niet_ziek_dagdelen"] >= s["minimum"])
            & (a["aandeel_maandag_vrijdag"] >= s["aandeel"])]
    return lichtrijen(REGELS["weekdagpatroon"], hit, wie="leerling_id",
                  waarde="aandeel_maandag_vrijdag", vergelijking=3 / 9, n="niet_ziek_dagdelen",
                  periode=a.attrs["periode"], instellingen=s)


def _dalende_activiteit(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    a = m.activiteit
    hit = a[(a["verhouding_aanmeldingen"] <= s["verhouding"])
            & (a["aanmeldingen_per_week_begin"] >= s["minimum"])]
    return lichtrijen(REGELS["dalende_activiteit"], hit, wie="leerling_id",
                  waarde="aanmeldingen_per_week_recent",
                  vergelijking="aanmeldingen_per_week_begin", n="taken_recent",
                  periode=a.attrs["periode"], instellingen=s)


def _taken_achterstand(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    a = m.activiteit
    hit = a[(a["niet_op_tijd_recent"] >= s["aandeel"])
            & (a["niet_op_tijd_recent"] - a["niet_op_tijd_begin"] >= s["stijging"])
            & (a["taken_recent"] >= s["minimum"])]
    return lichtrijen(REGELS["taken_achterstand"], hit, wie="leerling_id",
                  waarde="niet_op_tijd_recent", vergelijking="niet_op_tijd_begin",
                  n="taken_recent", periode=a.attrs["periode"], instellingen=s)


def _attesten_klas(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    a = m.attesten
    hit = a[(a["aandeel_bc"] - a["vergelijking"] >= s["verschil"]) & (a["z"] >= s["z"])]
    return lichtrijen(REGELS["attesten_klas"], hit, wie="klas", waarde="aandeel_bc",
                  vergelijking="vergelijking", n="n", periode=m.schooljaar,
                  instellingen=s, onzeker=hit["n"] < s["kleine_groep"])


def _afwijkende_beoordeling(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    b = m.beoordeling
    hit = b[(b["afwijking"].abs() >= s["verschil"]) & (b["n_collegas"] >= 1)]
    hit = hit.assign(wie=hit["vak"] + "/" + hit["leerkracht_id"])
    return lichtrijen(REGELS["afwijkende_beoordeling"], hit, wie="wie", waarde="verschil",
                  vergelijking="vergelijking", n="n", periode=m.periode_resultaten,
                  instellingen=s, onzeker=hit["n"] < s["kleine_groep"])


def _klasgemiddelde_daalt(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    k = m.klassen
    hit = k[k["verschil"] <= -s["drempel"]]
    return lichtrijen(REGELS["klasgemiddelde_daalt"], hit, wie="klas", waarde="laatste",
                  vergelijking="eerder", n="n", periode=f"{k['periode'].iloc[0]} versus eerder"
                  if len(k) else "", instellingen=s, onzeker=hit["n"] < s["kleine_groep"])


def _trend_over_jaren(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    j = m.jaren.sort_values("schooljaar")
    if len(j) < 4:
        return pd.DataFrame(columns=KOLOMMEN)
    laatste, vorige = j.iloc[-1], j.iloc[-4:-1]
    verschil = laatste["gemiddelde"] - vorige["gemiddelde"].mean()
    se = np.sqrt(laatste["spreiding"] ** 2 / laatste["n"]
                 + (vorige["spreiding"] ** 2 / vorige["n"]).mean() / 3)
    if verschil > -s["drempel"] or abs(verschil / se) < 2:
        return pd.DataFrame(columns=KOLOMMEN)
    rij = pd.DataFrame({"wie": ["school"], "waarde": [laatste["gemiddelde"]],
                        "vergelijking": [vorige["gemiddelde"].mean()], "n": [laatste["n"]]})
    return lichtrijen(REGELS["trend_over_jaren"], rij, wie="wie", waarde="waarde",
                  vergelijking="vergelijking", n="n",
                  periode=f"{laatste['schooljaar']} versus de 3 jaren ervoor", instellingen=s)


def _tekorten(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    t = m.extra.get("tekorten")
    if t is None:
        return pd.DataFrame(columns=KOLOMMEN)
    hit = t[t["tekorten"] >= s["vakken"]]
    return lichtrijen(REGELS["tekorten"], hit, wie="leerling_id", waarde="tekorten",
                  vergelijking=s["vakken"], n="vakken", periode=m.periode_resultaten,
                  instellingen=s)


def _tekort_laatste_periode(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    per = m.extra["periodes"]
    laatste = sorted(per["periode"].unique())[-1]
    deze = per[per["periode"] == laatste]
    vakken = deze.groupby("leerling_id")["vak"].size().rename("vakken")
    tekort = (deze[deze["percentage"] < 100 * s["grens"]].groupby("leerling_id")
              .agg(tekorten=("vak", "size"), laagste=("percentage", "min")))
    tabel = tekort.join(vakken).reset_index()
    hit = tabel[tabel["tekorten"] >= s["vakken"]]
    # wel punten in een vorige periode, geen enkel in de laatste: ook een vraag waard
    zonder = sorted(set(per["leerling_id"]) - set(deze["leerling_id"]))
    if zonder:
        hit = pd.concat([hit, pd.DataFrame({"leerling_id": zonder, "tekorten": 0,
                                            "laagste": np.nan, "vakken": 0})],
                        ignore_index=True)
    return lichtrijen(REGELS["tekort_laatste_periode"], hit, wie="leerling_id", waarde="laagste",
                  vergelijking=100 * s["grens"], n="vakken", periode=str(laatste),
                  instellingen=s)


def _daling_tussen_periodes(m: Metingen, s: Mapping[str, float]) -> pd.DataFrame:
    per = m.extra["periodes"]
    volgorde = sorted(per["periode"].unique())
    vorige, laatste = volgorde[-2], volgorde[-1]
    breed = per.pivot_table(index=["leerling_id", "vak"], columns="periode",
                            values="percentage")[[vorige, laatste]].dropna()
    tabel = breed.groupby("leerling_id").agg(vorige=(vorige, "mean"), laatste=(laatste, "mean"),
                                             vakken=(laatste, "size")).reset_index()
    hit = tabel[tabel["laatste"] - tabel["vorige"] <= -s["drempel"]]
    return lichtrijen(REGELS["daling_tussen_periodes"], hit, wie="leerling_id", waarde="laatste",
                  vergelijking="vorige", n="vakken", periode=f"{laatste} versus {vorige}",
                  instellingen=s)


_CHRONISCH = ("Internationaal spreekt men van chronisch verzuim bij een aanwezigheid onder "
              "90 % (bv. Attendance Works; Balfanz & Byrnes). Het verschil tussen ziekte en "
              "spijbelen ziet deze regel niet.")
_ABC = ("Vroegsignalering in de VS gebruikt de 'ABC'-indicatoren: Attendance, Behaviour, "
        "Course performance (Balfanz, Herzog & Mac Iver, 2007). Meerdere signalen samen zijn "
        "betrouwbaarder dan één.")

REGELS: dict[str, Regel] = {r.code: r for r in [
    Regel("daling_basislijn", "Daling t.o.v. eigen basislijn", "leerling", "resultaten",
          "Vergelijkt de laatste twee maanden met de eigen start van het schooljaar, niet met "
          "anderen. Vangt ook tijdelijke dips: daarom een vraag, geen conclusie.",
          "Eigen basislijn als vergelijking: zoals leerlingen in de bevraging vroegen "
          "(eigen vooruitgang, geen vergelijking met anderen).",
          {"drempel": _getal(12.0)},
          "in de laatste twee maanden gemiddeld minstens {drempel} procentpunten lager dan in "
          "september-oktober, in dezelfde vakken en vergeleken met de klas",
          "Is dit een tijdelijke dip (ziekte, thuis, een moeilijk hoofdstuk) of het begin van "
          "een daling? Wat vertelt de leerling er zelf over?", _daling_basislijn),
    Regel("dalende_trend", "Aanhoudend dalende punten", "leerling", "resultaten",
          "Een trend is meer dan één slechte toets: de punten dalen over maanden en liggen "
          "de laatste maanden onder de eigen basislijn. Een dip van enkele weken raakt "
          "hoogstens twee maanden en haalt dat dus niet.",
          "Leerkrachten in de bevraging vrezen overreactie op een tijdelijke dip; deze regel "
          "vraagt daarom meerdere maanden na elkaar.",
          {"helling": _getal(1.5), "maanden": _aantal(4)},
          "de punten (vergeleken met de klas) dalen minstens {helling} procentpunt per maand "
          "én in minstens {maanden} van de laatste 4 maanden liggen ze meer dan 5 punten "
          "onder de eigen basislijn",
          "De punten dalen al maanden. Wat merken de leerkrachten in de klas, en hoe ervaart "
          "de leerling het zelf? Wie neemt het gesprek op?", _dalende_trend),
    Regel("tekorten", "Tekorten in meerdere vakken", "leerling", "resultaten",
          "Telt vakken met een lopend gemiddelde onder 50 %. Staat standaard uit: wie het hele "
          "jaar zwak staat, kent de klassenraad al; dit licht meldt dan niets nieuws.",
          "Klassieke regel van klassenraden.", {"vakken": _aantal(3)},
          "lopend gemiddelde onder 50 % in minstens {vakken} vakken",
          "Welke vakken lopen moeilijk, en is er al remediëring of een gesprek gepland?",
          _tekorten, standaard_aan=False),
    Regel("tekort_laatste_periode", "Tekort in de laatste periode", "leerling", "resultaten",
          "Kijkt naar het rapport van de laatste periode: een vak onder 50 %. Voor scholen die "
          "punten per periode of rapport exporteren (geen toetsen per maand); staat dan "
          "vanzelf aan. Een tekort op het laatste rapport is de sterkste eenvoudige voorspeller "
          "van een tekort op het einde van het jaar.",
          "Klassenraden kijken naar het laatste rapport; in open data (UCI Student "
          "Performance) voorspelt 'onder 10/20 in de laatste periode' een onvoldoende op het "
          "einde van het jaar met precisie 0,84 en sensitiviteit 0,94.",
          {"grens": _aandeel(0.5), "vakken": _aantal(1)},
          "in de laatste periode onder {grens} in minstens {vakken} vak(ken), of in de "
          "laatste periode geen enkel resultaat (wel in een periode ervoor)",
          "Welk vak loopt moeilijk op dit rapport (of waarom zijn er geen punten), en weet de "
          "leerling wat er nodig is om het op te halen? Is er al remediëring gepland?",
          _tekort_laatste_periode,
          standaard_aan=False),
    Regel("daling_tussen_periodes", "Daling tussen twee periodes", "leerling", "resultaten",
          "Vergelijkt het gemiddelde van de laatste periode met dat van de periode ervoor, in "
          "dezelfde vakken. Voor punten per periode; staat dan vanzelf aan. Eén slecht rapport "
          "kan toeval zijn: daarom een vraag.",
          "Eigen vooruitgang als vergelijking, zoals bij de daling tegenover de eigen "
          "basislijn, maar per rapport. De drempel van 20 procentpunten (4 op 20) komt uit open "
          "data (UCI Student Performance): rapporten schommelen, en bij 10 of 15 "
          "procentpunten kwamen er vooral valse alarmen bij.",
          {"drempel": _getal(20.0)},
          "in de laatste periode gemiddeld minstens {drempel} procentpunten lager dan in de "
          "periode ervoor, in dezelfde vakken",
          "Wat is er veranderd sinds het vorige rapport: leerstof, thuis, motivatie? Wat "
          "vertelt de leerling er zelf over?", _daling_tussen_periodes, standaard_aan=False),
    Regel("lage_aanwezigheid", "Lage aanwezigheid", "leerling", "aanwezigheid",
          "Het aandeel lesdagdelen waarop de leerling aanwezig was. Telt ziekte met attest "
          "even zwaar als spijbelen: kijk dus naar de codes achter het getal. Staat standaard "
          "uit, omdat Vlaamse afwezigheidscodes ziekte en problematische afwezigheid al "
          "onderscheiden; zet hem aan om te zien hoeveel extra (terechte én valse) alarmen "
          "hij geeft.",
          _CHRONISCH, {"grens": _aandeel(0.90)},
          "aanwezig op minder dan {grens} van de lesdagdelen",
          "Wat zit er achter de afwezigheden: ziekte met attest, of iets anders? Heeft de "
          "leerling hulp nodig om bij te benen?", _lage_aanwezigheid, standaard_aan=False),
    Regel("problematische_afwezigheid", "Recente problematische afwezigheid", "leerling",
          "aanwezigheid",
          "Telt dagdelen met code B (niet gewettigd) in de laatste tien lesweken. Vlaamse "
          "scholen moeten bij problematische afwezigheid het CLB betrekken.",
          "Vlaamse regelgeving rond leerplicht en problematische afwezigheid (B-codes); check "
          "de actuele richtlijnen van je school en het CLB.",
          {"dagdelen": _aantal(5)},
          "minstens {dagdelen} dagdelen problematische afwezigheid (B) in de laatste 10 "
          "lesweken",
          "Is er al contact met de leerling en de ouders? Moet het CLB betrokken worden?",
          _problematische_afwezigheid),
    Regel("weekdagpatroon", "Afwezig op maandag en vrijdag", "leerling", "aanwezigheid",
          "Bij toeval valt ongeveer een derde van de afwezigheden op maandag of "
          "vrijdagnamiddag. Ligt dat aandeel veel hoger, dan is er misschien een patroon. "
          "Ziekte telt niet mee: een griep die op maandag begint, is geen patroon.",
          "Weekdagpatronen zijn een bekend signaal in verzuimbeleid.",
          {"aandeel": _aandeel(0.6), "minimum": _aantal(10)},
          "minstens {minimum} dagdelen afwezig zonder ziekte (G of B), waarvan minstens "
          "{aandeel} op maandag of vrijdagnamiddag (bij toeval ongeveer 33 %)",
          "Waarom vooral rond het weekend? Speelt er iets thuis, of in het weekend?",
          _weekdagpatroon),
    Regel("dalende_activiteit", "Dalende activiteit op het leerplatform", "leerling",
          "betrokkenheid",
          "Vergelijkt de aanmeldingen van de laatste zes lesweken met de eerste acht. Een "
          "daling kan afhaken betekenen, maar ook dat de leerling anders werkt.",
          "Leerplatformactiviteit als betrokkenheidssignaal (learning analytics); in het "
          "bronmateriaal wil een leerkracht 1B volgen of leerlingen de planner bekijken.",
          {"verhouding": _aandeel(0.4), "minimum": _aantal(3)},
          "aanmeldingen per week recent hoogstens {verhouding} van die bij de start (en bij "
          "de start minstens {minimum} per week)",
          "Werkt de leerling misschien op papier of samen met iemand, of haakt hij of zij af? "
          "Een kort gesprek maakt het duidelijk.", _dalende_activiteit),
    Regel("taken_achterstand", "Meer taken te laat of niet ingediend", "leerling",
          "betrokkenheid",
          "Het aandeel taken dat niet op tijd binnenkomt, recent versus bij de start van het "
          "jaar: een stijging zegt meer dan een vast niveau.",
          "Ingediende taken als betrokkenheidssignaal (Smartschool-planner).",
          {"aandeel": _aandeel(0.6), "stijging": _aandeel(0.4), "minimum": _aantal(6)},
          "recent minstens {aandeel} van de taken te laat of niet ingediend, minstens "
          "{stijging} meer dan bij de start (minstens {minimum} taken)",
          "Waarom geraken taken niet (op tijd) binnen: planning, thuis, internet, motivatie?",
          _taken_achterstand),
    Regel("abc_combinatie", "Signalen in meerdere domeinen", "leerling", "combinatie",
          "Een leerling met lichten in minstens twee domeinen (aanwezigheid, betrokkenheid, "
          "resultaten).", _ABC, {"domeinen": _aantal(2)},
          "lichten in minstens {domeinen} van de drie domeinen aanwezigheid, betrokkenheid "
          "en resultaten",
          "Meerdere signalen tegelijk: wie volgt deze leerling op, en is een zorgoverleg "
          "nodig?", lambda m, s: pd.DataFrame(columns=KOLOMMEN)),
    Regel("attesten_klas", "Veel B- en C-attesten in een klas", "klas", "klas",
          "Vergelijkt het aandeel B- en C-attesten met dezelfde richting en hetzelfde "
          "leerjaar in de drie vorige schooljaren (zo is een B-stroomklas niet meteen "
          "'slecht'). Kleine klassen: onzeker.",
          "Bronmateriaal: een scholengemeenschap zag studierichtingen met opvallend meer "
          "B- en C-attesten.",
          {"verschil": _aandeel(0.2), "z": _getal(2.5), "kleine_groep": _aantal(10)},
          "aandeel B+C minstens {verschil} hoger dan de vergelijking, en niet te verklaren "
          "door toeval (z ≥ {z}); onzeker bij minder dan {kleine_groep} leerlingen",
          "Wat is er anders in deze klas dit jaar: samenstelling, lesuren, een lange "
          "afwezigheid van een leerkracht? Bespreek het op de klassenraad.", _attesten_klas),
    Regel("afwijkende_beoordeling", "Ongewone beoordeling in een vak", "vak", "vak",
          "Vergelijkt hoeveel lager of hoger leerlingen scoren bij een leerkracht dan in hun "
          "andere vakken, met hetzelfde verschil bij collega's van hetzelfde vak.",
          "Leerkrachten in de bevraging willen 'de lat op de juiste hoogte leggen' en zich "
          "vergelijken met vakcollega's.",
          {"verschil": _getal(8.0), "kleine_groep": _aantal(20)},
          "leerlingen scoren bij deze leerkracht minstens {verschil} procentpunten anders "
          "(t.o.v. hun andere vakken) dan bij collega's van hetzelfde vak; onzeker bij minder "
          "dan {kleine_groep} leerlingen",
          "Hoe zijn de evaluaties opgebouwd? Bespreek in de vakgroep of de lat even hoog ligt, "
          "zonder te beschuldigen: misschien is de leerstof anders.", _afwijkende_beoordeling),
    Regel("klasgemiddelde_daalt", "Dalend klasgemiddelde", "klas", "klas",
          "Het klasgemiddelde van de laatste periode versus de periodes ervoor. In een kleine "
          "klas schommelt een gemiddelde sterk door toeval.",
          "Standaardfout van een gemiddelde: hoe kleiner de groep, hoe groter de schommeling.",
          {"drempel": _getal(5.0), "kleine_groep": _aantal(10)},
          "klasgemiddelde in de laatste periode minstens {drempel} punten lager dan ervoor; "
          "onzeker bij minder dan {kleine_groep} leerlingen",
          "Daalt het echt, of is het toeval (kijk naar n)? Welke leerstof zat in die periode?",
          _klasgemiddelde_daalt),
    Regel("trend_over_jaren", "Lager dan de vorige jaren", "school", "school",
          "Het gemiddelde eindpercentage van dit schooljaar versus de drie jaren ervoor, met "
          "de onzekerheid van beide gemiddelden.",
          "Bronmateriaal: trends in examenresultaten na corona als vraag voor een datateam.",
          {"drempel": _getal(3.0)},
          "gemiddelde eindpercentage minstens {drempel} punten lager dan het gemiddelde van de "
          "drie vorige schooljaren, en meer dan twee standaardfouten",
          "Wat is er veranderd: instroom, evaluatiebeleid, een uitzonderlijk jaar?",
          _trend_over_jaren),
]}


#: De regels voor punten per periode (rapport): standaard aan als de punten per periode zijn.
