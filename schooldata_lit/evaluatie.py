"""Hoe goed werken knipperlichten? Vergelijk ze met de geplante signalen van de cursusschool.

- **recall** (gevonden): welk deel van de echte, geplante problemen kreeg een passend licht?
- **precisie** (terecht): welk deel van de leerlingen, klassen en vakken met een licht had
  echt een gepland probleem?
- **valse alarmen per soort**: lichten bij een valstrik (een eenmalige dip, langdurige ziekte,
  een heel kleine klas) of bij gewone ruis.

Onzekere lichten (kleine groepen) tellen niet mee in precisie en recall; ze staan apart.

>>> e = evalueer_knipperlichten()
>>> e.recall >= 0.9 and e.precisie >= 0.7
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .kern.data import laad_dataset
from .knipperlichten import knipperlichten

__all__ = ["Evaluatie", "evalueer_knipperlichten", "lichten_per_peildatum", "DETECTOREN"]

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
                f"  onzekere lichten (kleine groepen, apart): {len(self.onzeker)}")


def evalueer_knipperlichten(lichten: pd.DataFrame | None = None,
                            grondwaarheid: pd.DataFrame | None = None,
                            map: str | None = None) -> Evaluatie:
    """Vergelijk knipperlichten met de grondwaarheid van de cursusschool.

    Zonder argumenten: de standaardregels op de standaardschool.
    """
    if lichten is None:
        lichten = knipperlichten(map=map)
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
    return Evaluatie(precisie, recall, signalen.reset_index(drop=True),
                     eenheden.reset_index(drop=True), onzeker.reset_index(drop=True))


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
    {'lichten': 15, 'dalende_trend': 15, 'eenmalige_dip': 0}
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
