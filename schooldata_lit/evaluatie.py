"""Hoe goed werken knipperlichten? Vergelijk ze met de geplante signalen van de cursusschool.

- **recall** (gevonden): welk deel van de echte, geplante problemen kreeg een passend licht?
- **precisie** (terecht): welk deel van de leerlingen, klassen en vakken met een licht had
  echt een gepland probleem?
- **valse alarmen per soort**: lichten bij een valstrik (een eenmalige dip, langdurige ziekte,
  een heel kleine klas) of bij gewone ruis.

Onzekere lichten (kleine groepen) tellen niet mee in precisie en recall; ze staan apart.

Drie kanttekeningen, die de `Evaluatie` ook zelf rapporteert:

- **Strikte precisie** (``precisie_strikt``): de gewone precisie telt een leerling als
  "terecht" als hij *een* gepland signaal heeft, ook een dat niets met het licht te maken
  heeft. Strikt tellen we per licht: hoort dít licht bij een signaal van díe leerling?
- **Basisratio** (``basisratio``): hoeveel leerlingen, klassen en vakken er waren, en bij
  hoeveel een probleem gepland was. Een licht op een zeldzaam probleem is vaker vals alarm.
- **Op de dag zelf** (`evaluatie_per_peildatum`): de lichten zoals ze op een peildatum
  waren, met enkel de data van toen; niet achteraf, met het hele jaar in de hand.

En altijd: dezelfde generator die de signalen plantte, is die waarop de regels werden
afgesteld. Deze cijfers zeggen dus niets over hoe goed de regels in een echte school werken.

>>> e = evalueer_knipperlichten()
>>> e.recall >= 0.9 and e.precisie >= 0.7
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .kern.data import laad_dataset
from .knipperlichten import knipperlichten

__all__ = ["Evaluatie", "evalueer_knipperlichten", "evaluatie_per_peildatum",
           "lichten_per_peildatum", "DETECTOREN"]

#: Welke knipperlichten een geplant signaal 'vinden'.
DETECTOREN = {
    "dalende_trend": {"dalende_trend", "daling_basislijn"},
    "dalende_activiteit": {"dalende_activiteit", "taken_achterstand"},
    "oplopende_afwezigheid": {"problematische_afwezigheid", "lage_aanwezigheid"},
    "maandag_vrijdag": {"weekdagpatroon"},
    "veel_c_attesten": {"attesten_klas"},
    "strenge_beoordeling": {"afwijkende_beoordeling"},
}


@dataclass
class Evaluatie:
    """Het resultaat van `evalueer_knipperlichten`."""

    precisie: float
    recall: float
    signalen: pd.DataFrame  # elk gepland signaal: gevonden of niet, door welke lichten
    eenheden: pd.DataFrame  # elke leerling/klas/vak met een zeker licht: terecht of soort alarm
    onzeker: pd.DataFrame  # de onzekere lichten
    #: strikt: het deel van de (eenheid, licht)-paren waarbij dít licht een gepland signaal
    #: van díe eenheid vindt
    precisie_strikt: float = float("nan")
    peildatum: str | None = None
    #: hoeveel zekere lichten (eenheid, regel): de noemer van `precisie_strikt`
    aantal_lichten: int = 0
    _echt: pd.DataFrame | None = field(default=None, repr=False)
    _map: str | None = field(default=None, repr=False)

    @property
    def basisratio(self) -> pd.DataFrame | None:
        """Per niveau: hoeveel eenheden konden een licht krijgen, en bij hoeveel was een
        probleem gepland (het basisaantal waartegen je precisie leest). Pas berekend als je
        erom vraagt (het leest de resultaten), daarna onthouden."""
        if "_basis" not in self.__dict__:
            self.__dict__["_basis"] = (None if self._echt is None
                                       else _basisratio(self._echt, self._map))
        return self.__dict__["_basis"]

    @property
    def gevonden(self) -> int:
        return int(self.signalen["gevonden"].sum())

    @property
    def gemist(self) -> pd.DataFrame:
        return self.signalen[~self.signalen["gevonden"]]

    @property
    def valse_alarmen(self) -> pd.DataFrame:
        return self.eenheden[~self.eenheden["terecht"]]

    @property
    def valse_alarmen_per_soort(self) -> pd.Series:
        """Hoeveel valse alarmen, per soort (valstrik of ruis)."""
        return self.valse_alarmen["soort"].value_counts().rename("aantal")

    def per_signaal(self) -> pd.DataFrame:
        """Per soort gepland signaal: hoeveel er waren en hoeveel gevonden."""
        return (self.signalen.groupby("signaal")["gevonden"].agg(["size", "sum"])
                .rename(columns={"size": "gepland", "sum": "gevonden"}))

    def per_indicator(self, lichten: pd.DataFrame) -> pd.DataFrame:
        """Per regel: aantal lichten en hoeveel daarvan terecht."""
        terecht = set(self.eenheden.loc[self.eenheden["terecht"], "sleutel"])
        zeker = lichten[lichten["zekerheid"] == "zeker"]
        return (zeker.assign(terecht=zeker["wie"].isin(terecht))
                .groupby("indicator")["terecht"].agg(["size", "sum"])
                .rename(columns={"size": "lichten", "sum": "terecht"}))

    def __repr__(self) -> str:
        soorten = ", ".join(f"{s}: {n}" for s, n in self.valse_alarmen_per_soort.items())
        return (f"Evaluatie van de knipperlichten\n"
                f"  gevonden (recall): {self.gevonden} van {len(self.signalen)} geplante "
                f"signalen = {self.recall:.0%}\n"
                f"  terecht (precisie): {int(self.eenheden['terecht'].sum())} van "
                f"{len(self.eenheden)} leerlingen/klassen/vakken met een licht = "
                f"{self.precisie:.0%}\n"
                f"  valse alarmen per soort: {soorten or 'geen'}\n"
                f"  onzekere lichten (kleine groepen, apart): {len(self.onzeker)}"
                + self._kanttekeningen())

    def _kanttekeningen(self) -> str:
        tekst = ""
        if self.precisie_strikt == self.precisie_strikt:  # niet nan
            tekst += (f"\n  strikte precisie (dít licht hoort bij een signaal van díe "
                      f"eenheid): {self.precisie_strikt:.0%}"
                      + (f" van {self.aantal_lichten} lichten" if self.aantal_lichten else ""))
        if self.basisratio is not None and "leerling" in self.basisratio.index:
            rij = self.basisratio.loc["leerling"]
            tekst += (f"\n  basisratio: {int(rij['met_signaal'])} van de {int(rij['eenheden'])}"
                      f" leerlingen ({rij['met_signaal'] / rij['eenheden']:.0%}) hebben een "
                      f"gepland probleem")
        tekst += ("\n  " + (f"op peildatum {self.peildatum}, met enkel de data van toen"
                            if self.peildatum else "achteraf, met de data van het hele jaar")
                  + "; gemeten op de verzonnen school waarvoor de regels werden afgesteld")
        return tekst


def evalueer_knipperlichten(lichten: pd.DataFrame | None = None,
                            grondwaarheid: pd.DataFrame | None = None,
                            map: str | None = None,
                            peildatum: str | pd.Timestamp | None = None) -> Evaluatie:
    """Vergelijk knipperlichten met de grondwaarheid van de cursusschool.

    Zonder argumenten: de standaardregels op de standaardschool, op het einde van het jaar.
    Met `peildatum` (en zonder `lichten`): de lichten zoals ze op die dag waren.

    >>> e = evalueer_knipperlichten()
    >>> round(e.precisie, 2), round(e.precisie_strikt, 2)
    (0.81, 0.69)
    >>> int(e.basisratio.loc["leerling", "eenheden"])
    868
    """
    if lichten is None:
        lichten = knipperlichten(peildatum=peildatum, map=map)
    if grondwaarheid is None:
        grondwaarheid = laad_dataset("grondwaarheid", map)
    echt = grondwaarheid[(grondwaarheid["valstrik"] == "nee")
                         & grondwaarheid["signaal"].isin(DETECTOREN)]
    valstrik = grondwaarheid[grondwaarheid["valstrik"] == "ja"]
    zeker = lichten[lichten["zekerheid"] == "zeker"]
    per_eenheid = zeker.groupby("wie")["indicator"].agg(lambda s: sorted(set(s)))

    def vinders(rij) -> list[str]:
        return [i for i in per_eenheid.get(rij.sleutel, []) if i in DETECTOREN[rij.signaal]]

    signalen = echt[["signaal", "niveau", "sleutel"]].copy()
    signalen["lichten"] = [", ".join(vinders(r)) for r in signalen.itertuples()]
    signalen["gevonden"] = signalen["lichten"] != ""

    geplant = set(echt["sleutel"])
    strik = valstrik.groupby("sleutel")["signaal"].first()
    eenheden = pd.DataFrame({"sleutel": per_eenheid.index,
                             "lichten": per_eenheid.map(", ".join).to_numpy()})
    eenheden["niveau"] = zeker.groupby("wie")["niveau"].first().reindex(
        eenheden["sleutel"]).to_numpy()
    eenheden["terecht"] = eenheden["sleutel"].isin(geplant)
    eenheden["soort"] = [
        "terecht" if t else strik.get(s, "ruis")
        for s, t in zip(eenheden["sleutel"], eenheden["terecht"], strict=True)
    ]
    precisie = float(eenheden["terecht"].mean()) if len(eenheden) else float("nan")
    recall = float(signalen["gevonden"].mean()) if len(signalen) else float("nan")
    onzeker = lichten[lichten["zekerheid"] == "onzeker"].assign(
        soort=lambda t: [strik.get(w, "terecht" if w in geplant else "ruis") for w in t["wie"]])
    paren = {(r.sleutel, licht) for r in echt.itertuples() for licht in DETECTOREN[r.signaal]}
    per_licht = zeker.drop_duplicates(["wie", "indicator"])
    strikt = [(w, i) in paren for w, i in zip(per_licht["wie"], per_licht["indicator"],
                                               strict=True)]
    precisie_strikt = float(sum(strikt) / len(strikt)) if strikt else float("nan")
    return Evaluatie(precisie, recall, signalen.reset_index(drop=True),
                     eenheden.reset_index(drop=True), onzeker.reset_index(drop=True),
                     precisie_strikt,
                     None if peildatum is None else str(pd.Timestamp(peildatum).date()),
                     len(per_licht), echt, map)


def _basisratio(echt: pd.DataFrame, map: str | None) -> pd.DataFrame | None:
    """Per niveau: hoeveel eenheden er zijn (in het laatste schooljaar) en hoeveel met een
    gepland signaal."""
    try:
        resultaten = laad_dataset("resultaten", map)
    except (FileNotFoundError, ValueError):
        return None
    if "schooljaar" in resultaten.columns and len(resultaten):
        resultaten = resultaten[resultaten["schooljaar"] == resultaten["schooljaar"].max()]
    eenheden = {"leerling": resultaten["leerling_id"].nunique(),
                "klas": resultaten["klas"].nunique(), "vak": resultaten["vak"].nunique()}
    met = echt.groupby("niveau")["sleutel"].nunique()
    signalen = echt.groupby("niveau").size()
    tabel = pd.DataFrame({"eenheden": pd.Series(eenheden),
                          "met_signaal": met.reindex(list(eenheden)).fillna(0).astype(int),
                          "signalen": signalen.reindex(list(eenheden)).fillna(0).astype(int)})
    tabel.index.name = "niveau"
    return tabel


def evaluatie_per_peildatum(peildata: Iterable[str | pd.Timestamp],
                            map: str | None = None) -> pd.DataFrame:
    """Precisie en recall zoals je ze op de dag zelf had kunnen meten, per peildatum.

    Op elke peildatum: de standaardlichten met enkel de data tot die dag, vergeleken met de
    geplante signalen van het hele jaar (sommige signalen beginnen pas later: die kan geen
    regel op die dag al zien). Kolommen, met dezelfde woorden als `evalueer_knipperlichten`:

    - ``peildatum``;
    - ``eenheden_met_licht``: hoeveel leerlingen, klassen en vakken een zeker licht hadden
      (de noemer van ``precisie``);
    - ``lichten``: hoeveel zekere lichten er waren, één per eenheid en regel (de noemer van
      ``precisie_strikt``; één leerling kan meer lichten hebben);
    - ``precisie``, ``precisie_strikt``, ``recall``.

    >>> t = evaluatie_per_peildatum(["2026-06-30"])
    >>> int(t.loc[0, "eenheden_met_licht"]), int(t.loc[0, "lichten"])
    (47, 104)
    """
    rijen = []
    for datum in peildata:
        e = evalueer_knipperlichten(map=map, peildatum=datum)
        rijen.append({"peildatum": pd.Timestamp(datum), "eenheden_met_licht": len(e.eenheden),
                      "lichten": e.aantal_lichten,
                      "precisie": round(e.precisie, 2),
                      "precisie_strikt": round(e.precisie_strikt, 2),
                      "recall": round(e.recall, 2)})
    return pd.DataFrame(rijen)


def lichten_per_peildatum(regels: Iterable[str], peildata: Iterable[str | pd.Timestamp],
                          signalen: Iterable[str] = ("dalende_trend", "eenmalige_dip"),
                          map: str | None = None) -> pd.DataFrame:
    """Hoeveel lichten elke regel op elke peildatum geeft, en bij welke geplante signalen.

    Zo zie je hoe een regel zich gedraagt doorheen het jaar: geeft ze een licht bij een
    tijdelijke dip (een valstrik) of enkel bij een aanhoudende daling? Per (peildatum, regel):
    het aantal lichten, hoeveel daarvan bij elk van de `signalen` uit de grondwaarheid horen,
    en hoeveel bij geen enkel gepland signaal (``overige``).

    >>> tabel = lichten_per_peildatum(["dalende_trend"], ["2026-06-30"])
    >>> tabel[["lichten", "dalende_trend", "eenmalige_dip"]].iloc[0].to_dict()
    {'lichten': 13, 'dalende_trend': 13, 'eenmalige_dip': 0}
    """
    regels, signalen = list(regels), list(signalen)
    grond = laad_dataset("grondwaarheid", map)
    onbekend = sorted(set(signalen) - set(grond["signaal"]))
    if onbekend:
        raise ValueError(f"Onbekend(e) signaal/signalen: {', '.join(onbekend)}. Kies uit: "
                         f"{', '.join(sorted(set(grond['signaal'])))}.")
    per_signaal = {s: set(grond.loc[grond["signaal"] == s, "sleutel"]) for s in signalen}
    rijen = []
    for datum in peildata:
        lichten = knipperlichten(regels, peildatum=datum, map=map)
        for regel in regels:
            wie = set(lichten.loc[lichten["indicator"] == regel, "wie"])
            rij = {"peildatum": pd.Timestamp(datum), "regel": regel, "lichten": len(wie)}
            rij.update({s: len(wie & leden) for s, leden in per_signaal.items()})
            rij["overige"] = len(wie - set().union(*per_signaal.values()))
            rijen.append(rij)
    return pd.DataFrame(rijen)
