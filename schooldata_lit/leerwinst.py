"""Leerwinst meten: dezelfde leerlingen vóór en ná, eerlijk en met de kanttekeningen erbij.

*Leerwinst* is het verschil tussen een voormeting en een nameting bij **dezelfde**
leerlingen. Deze module koppelt de twee metingen per leerling (`leerling_id`) en berekent:

* de **ruwe winst**: na min voor, in punten (bij percentages: procentpunten);
* de **genormaliseerde winst** van Hake (1998): ``(na - voor) / (maximum - voor)``, het deel
  van wat er nog te winnen viel dat ook gewonnen werd;
* de **effectgrootte** *d_z* (Cohen's d voor gepaarde metingen): gemiddelde winst gedeeld
  door de standaardafwijking van de winsten;

elk met een 95 %-betrouwbaarheidsinterval. Drie afspraken gelden overal:

1. **Niets valt stilletjes weg.** Een leerling die maar in één meting voorkomt, geeft een
   duidelijke fout. Wie ze bewust apart wil zetten, kiest ``ontbrekend="apart"``: ze staan
   dan in ``.niet_gekoppeld`` en in de waarschuwingen.
2. **De kanttekeningen horen bij het getal.** Elk resultaat heeft een lijst
   ``waarschuwingen``: geen controlegroep, regressie naar het gemiddelde, kleine groepen,
   leerlingen die al het maximum hadden.
3. **Geen ranglijsten.** De grafieken tonen de groep, nooit leerlingen op een rij.

De school heeft geen "echte" voor- en nametoets. Twee functies maken metingen uit de tabellen
die er wél zijn: `metingen_per_periode` (bv. het decemberexamen en het juni-examen per vak)
en `metingen_rond_remediering` (het lage resultaat dat tot remediëring leidde en de
resultaten daarna, met een vergelijkingsgroep zonder remediëring).

>>> import pandas as pd
>>> voor = pd.DataFrame({"leerling_id": ["L1", "L2", "L3"], "percentage": [40.0, 60, 80]})
>>> na = pd.DataFrame({"leerling_id": ["L1", "L2", "L3"], "percentage": [55.0, 70, 80]})
>>> lw = leerwinst(voor, na)
>>> lw.gemiddelde_winst, round(lw.genormaliseerde_winst, 3)
(8.333333333333334, 0.208)
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .controle import controleer_kolommen
from .statistiek import p_uit_t, t_halve_breedte, t_kwantiel
from .stijl import GRIJS, KLEUR_KLAS, OKABE_ITO, PALET, getal, pas_stijl_toe
from .weergave import toon_in

__all__ = [
    "Leerwinst",
    "leerwinst",
    "leerwinst_per_groep",
    "vergelijk_winst",
    "winst_naar_start",
    "metingen_per_periode",
    "metingen_rond_remediering",
    "grafiek_voor_na",
    "grafiek_leerwinst_per_groep",
    "leerwinst_verkenner",
    "KLEINE_GROEP",
]

#: Onder dit aantal gekoppelde leerlingen noemen we een leerwinst onzeker.
KLEINE_GROEP = 20
_Z = 1.959963984540054  # 97,5e percentiel van de normale verdeling

WAARSCHUWING_CONTROLEGROEP = (
    "Geen controlegroep: ook zonder de les of de actie veranderen punten (een andere toets, "
    "een ander moment in het jaar, leerlingen die ouder worden). De winst zegt dus niet wat de "
    "oorzaak is. Vergelijk waar het kan met een gelijkaardige groep zonder de actie.")
WAARSCHUWING_TOETS = (
    "Twee verschillende toetsen ({voor} en {na}): andere leerstof, een andere moeilijkheid. De "
    "'winst' meet dus ook het verschil tussen de toetsen. De genormaliseerde winst (Hake) en d_z "
    "veronderstellen dezelfde of een parallelle toets vooraf en achteraf: lees ze hier niet als "
    "leerwinst, en vergelijk er geen vakken of vakgroepen mee.")

WAARSCHUWING_REGRESSIE = (
    "Regressie naar het gemiddelde: wie bij de voormeting toevallig laag scoorde, scoort de "
    "volgende keer gemiddeld hoger, en wie toevallig hoog scoorde lager, ook zonder enig effect. "
    "Werd de groep gekozen omdat ze laag scoorde (bv. voor remediëring), dan lijkt de winst "
    "groter dan ze is.")


# ------------------------------------------------------------------------------ hulpfuncties

def _als_lijst(sleutel: str | Sequence[str]) -> list[str]:
    return [sleutel] if isinstance(sleutel, str) else list(sleutel)


def _sleutel_tekst(rij: Sequence[Any]) -> str:
    return "/".join(str(x) for x in rij)


def _voorbeelden(waarden: Sequence[str], max_aantal: int = 5) -> str:
    waarden = list(waarden)
    tekst = ", ".join(waarden[:max_aantal])
    return tekst + (f" en nog {len(waarden) - max_aantal}" if len(waarden) > max_aantal else "")


def _een_meting(tabel: pd.DataFrame, sleutels: list[str], kolom: str, naam: str,
                maximum: float) -> pd.DataFrame:
    controleer_kolommen(tabel, sleutels + [kolom], naam)
    deel = tabel[sleutels + [kolom]].copy()
    try:
        deel[kolom] = pd.to_numeric(deel[kolom], errors="raise").astype(float)
    except (TypeError, ValueError) as fout:
        raise ValueError(f"De kolom {kolom!r} van de {naam} moet getallen bevatten.") from fout
    dubbel = deel.duplicated(subset=sleutels, keep=False)
    if dubbel.any():
        wie = sorted({_sleutel_tekst(r) for r in deel.loc[dubbel, sleutels].itertuples(
            index=False)})
        raise ValueError(
            f"In de {naam} komen {len(wie)} leerling(en) meer dan één keer voor "
            f"({_voorbeelden(wie)}). Geef één rij per leerling (bv. een gemiddelde), of voeg een "
            f"kolom toe aan de sleutel, bv. sleutel=['leerling_id', 'vak'].")
    buiten = deel[kolom].notna() & ((deel[kolom] < 0) | (deel[kolom] > maximum))
    if buiten.any():
        voorbeeld = deel.loc[buiten].iloc[0]
        raise ValueError(
            f"In de {naam} liggen {int(buiten.sum())} score(s) buiten 0 tot {getal(maximum, 1)}, "
            f"bv. {getal(float(voorbeeld[kolom]), 1)} bij {_sleutel_tekst(voorbeeld[sleutels])}. "
            f"Klopt het maximum (nu maximum={maximum!r})?")
    return deel


def _t_interval(verschillen: np.ndarray) -> tuple[float, float]:
    n = len(verschillen)
    if n < 2:
        return math.nan, math.nan
    gem = float(verschillen.mean())
    half = t_halve_breedte(verschillen)
    return gem - half, gem + half


def _effectgrootte(verschillen: np.ndarray) -> tuple[float, float, float]:
    """d_z met een benaderend 95 %-interval (normale benadering)."""
    n = len(verschillen)
    if n < 2:
        return math.nan, math.nan, math.nan
    gem = float(verschillen.mean())
    sd = float(verschillen.std(ddof=1))
    if sd == 0:
        # iedereen veranderde precies evenveel: geen spreiding, dus geen d_z (behalve 0 bij 0)
        return (0.0, 0.0, 0.0) if gem == 0 else (math.nan, math.nan, math.nan)
    d = gem / sd
    se = math.sqrt(1 / n + d**2 / (2 * n))
    return d, d - _Z * se, d + _Z * se


# ---------------------------------------------------------------------------- het resultaat

@dataclass(frozen=True, repr=False)
class Leerwinst:
    """Het resultaat van `leerwinst`: de getallen, de tabellen en de kanttekeningen.

    Attributen
    ----------
    per_leerling : tabel met de sleutel, ``voor``, ``na``, ``winst`` en
        ``genormaliseerde_winst`` per gekoppelde leerling.
    niet_gekoppeld : wie maar in één meting voorkomt (kolommen: de sleutel, ``alleen_in``,
        ``reden``); leeg als iedereen gekoppeld is.
    n : aantal gekoppelde leerlingen.
    gemiddelde_voor, gemiddelde_na, gemiddelde_winst : gemiddelden over de gekoppelde
        leerlingen; de winst met een 95 %-interval (``winst_ondergrens``,
        ``winst_bovengrens``, t-verdeling).
    genormaliseerde_winst : Hake's g op de groepsgemiddelden,
        ``(gemiddelde_na - gemiddelde_voor) / (maximum - gemiddelde_voor)``.
    effectgrootte : d_z = gemiddelde winst / standaardafwijking van de winsten, met een
        benaderend 95 %-interval (``effect_ondergrens``, ``effect_bovengrens``).
    waarschuwingen : de kanttekeningen, in gewone taal. Lees ze altijd mee.
    """

    per_leerling: pd.DataFrame
    niet_gekoppeld: pd.DataFrame
    maximum: float
    n: int
    gemiddelde_voor: float
    gemiddelde_na: float
    gemiddelde_winst: float
    winst_ondergrens: float
    winst_bovengrens: float
    genormaliseerde_winst: float
    effectgrootte: float
    effect_ondergrens: float
    effect_bovengrens: float
    waarschuwingen: tuple[str, ...] = field(default_factory=tuple)

    def samenvatting(self) -> pd.DataFrame:
        """De kerngetallen als tabel met een korte uitleg per getal.

        >>> voor = pd.DataFrame({"leerling_id": ["L1", "L2"], "percentage": [40.0, 60]})
        >>> na = pd.DataFrame({"leerling_id": ["L1", "L2"], "percentage": [50.0, 80]})
        >>> leerwinst(voor, na).samenvatting()["grootheid"].tolist()[:3]
        ['gekoppelde leerlingen (n)', 'gemiddelde voormeting', 'gemiddelde nameting']
        """
        def interval(onder: float, boven: float, dec: int) -> str:
            if math.isnan(onder):
                return "geen interval (te weinig leerlingen)"
            return f"95 %-interval: {getal(onder, dec)} tot {getal(boven, dec)}"

        rijen = [
            ("gekoppelde leerlingen (n)", getal(self.n),
             f"niet gekoppeld: {len(self.niet_gekoppeld)}"),
            ("gemiddelde voormeting", getal(self.gemiddelde_voor, 1),
             f"op {getal(self.maximum)}"),
            ("gemiddelde nameting", getal(self.gemiddelde_na, 1), f"op {getal(self.maximum)}"),
            ("ruwe winst", getal(self.gemiddelde_winst, 1),
             interval(self.winst_ondergrens, self.winst_bovengrens, 1)),
            ("genormaliseerde winst (Hake)", getal(self.genormaliseerde_winst, 2),
             "deel van wat nog te winnen viel (0 = niets, 1 = alles)"),
            ("effectgrootte d_z (gepaard)", getal(self.effectgrootte, 2),
             interval(self.effect_ondergrens, self.effect_bovengrens, 2)
             + "; niet vergelijkbaar met een d tussen twee groepen"),
        ]
        return pd.DataFrame(rijen, columns=["grootheid", "waarde", "uitleg"])

    def __repr__(self) -> str:
        regels = [f"Leerwinst bij {self.n} gekoppelde leerlingen "
                  f"(niet gekoppeld: {len(self.niet_gekoppeld)})"]
        for rij in self.samenvatting().iloc[1:].itertuples(index=False):
            regels.append(f"  {rij.grootheid}: {rij.waarde} ({rij.uitleg})")
        regels.append("Kanttekeningen:")
        regels += [f"  - {w}" for w in self.waarschuwingen]
        return "\n".join(regels)


# ------------------------------------------------------------------------------- berekenen

def leerwinst(
    voor: pd.DataFrame,
    na: pd.DataFrame,
    *,
    kolom: str = "percentage",
    sleutel: str | Sequence[str] = "leerling_id",
    maximum: float = 100.0,
    ontbrekend: Literal["fout", "apart"] = "fout",
) -> Leerwinst:
    """Bereken de leerwinst van dezelfde leerlingen tussen een voor- en een nameting.

    Parameters
    ----------
    voor, na : tabellen met één rij per leerling: de `sleutel` (standaard ``leerling_id``)
        en de score in `kolom` (standaard ``percentage``).
    kolom : de kolom met de score (in beide tabellen dezelfde naam).
    sleutel : de kolom(men) waarop we koppelen, bv. ``["leerling_id", "vak"]`` als een
        leerling per vak een rij heeft.
    maximum : de hoogst mogelijke score (100 bij percentages).
    ontbrekend : wat met leerlingen die maar in één meting voorkomen (of er geen score
        hebben)? ``"fout"`` (standaard): een foutmelding die zegt wie. ``"apart"``: ze tellen
        niet mee, staan in ``.niet_gekoppeld`` en in de waarschuwingen.

    Geeft terug
    -----------
    Leerwinst : met ``per_leerling``, ``niet_gekoppeld``, ``n``, ``gemiddelde_winst`` en
    interval, ``genormaliseerde_winst``, ``effectgrootte`` (d_z) en interval,
    ``waarschuwingen``; ``.samenvatting()`` geeft een tabel.

    Rekenregels
    -----------
    * Ruwe winst per leerling: ``na - voor``; het interval van de gemiddelde winst komt uit de
      t-verdeling (gemiddelde ± t × sd / √n).
    * Genormaliseerde winst (Hake): per leerling ``(na - voor) / (maximum - voor)``. Had een
      leerling bij de voormeting al het maximum, dan is die deling niet mogelijk: de leerling
      krijgt geen genormaliseerde winst (leeg) en dat staat in de waarschuwingen. De
      samenvatting gebruikt Hake's g op de groepsgemiddelden (zoals Hake het definieerde);
      die is stabieler dan het gemiddelde van de g's per leerling, die bij een hoge
      voormeting sterk negatief kunnen worden.
    * Effectgrootte d_z = gemiddelde winst / standaardafwijking van de winsten (Cohen's d
      voor gepaarde metingen). Het 95 %-interval is de normale benadering
      d_z ± 1,96 × √(1/n + d_z² / 2n). Is iedereen precies evenveel veranderd, dan is er
      geen spreiding: d_z is dan 0 als niemand veranderde, anders niet gedefinieerd.
      d_z is niet hetzelfde als een d tussen twee groepen en vaak groter: vergelijk hem
      niet met lijstjes als "0,4 is een goed effect".

    Voorbeeld
    ---------
    >>> voor = pd.DataFrame({"leerling_id": ["L1", "L2", "L3", "L4"],
    ...                      "percentage": [40.0, 50, 60, 100]})
    >>> na = pd.DataFrame({"leerling_id": ["L4", "L3", "L2", "L1"],
    ...                    "percentage": [90.0, 70, 75, 55]})
    >>> lw = leerwinst(voor, na)
    >>> lw.per_leerling
      leerling_id   voor    na  winst  genormaliseerde_winst
    0          L1   40.0  55.0   15.0                   0.25
    1          L2   50.0  75.0   25.0                   0.50
    2          L3   60.0  70.0   10.0                   0.25
    3          L4  100.0  90.0  -10.0                    NaN
    >>> lw.gemiddelde_winst, round(lw.effectgrootte, 2)
    (10.0, 0.68)
    >>> list(voor["percentage"])  # de invoer blijft ongewijzigd
    [40.0, 50.0, 60.0, 100.0]

    Een leerling die maar in één meting zit, valt niet stilletjes weg:

    >>> leerwinst(voor, na.iloc[:3])
    Traceback (most recent call last):
    ...
    ValueError: 1 leerling(en) komen maar in één meting voor: L1 (enkel in de voormeting). ...
    >>> leerwinst(voor, na.iloc[:3], ontbrekend="apart").niet_gekoppeld
      leerling_id       alleen_in                           reden
    0          L1  de voormeting  ontbreekt in de nameting
    """
    sleutels = _als_lijst(sleutel)
    if ontbrekend not in ("fout", "apart"):
        raise ValueError(f"Onbekende waarde ontbrekend={ontbrekend!r}: kies 'fout' of 'apart'.")
    if not isinstance(maximum, (int, float)) or not maximum > 0:
        raise ValueError(f"Het maximum moet een positief getal zijn, niet {maximum!r}.")
    maximum = float(maximum)
    v = _een_meting(voor, sleutels, kolom, "voormeting", maximum).rename(columns={kolom: "voor"})
    n_ = _een_meting(na, sleutels, kolom, "nameting", maximum).rename(columns={kolom: "na"})
    samen = v.merge(n_, on=sleutels, how="outer", indicator=True, sort=False)

    # wie is niet te koppelen, en waarom?
    reden = pd.Series("", index=samen.index, dtype=object)
    alleen = pd.Series("", index=samen.index, dtype=object)
    enkel_voor = samen["_merge"] == "left_only"
    enkel_na = samen["_merge"] == "right_only"
    reden[enkel_voor], alleen[enkel_voor] = "ontbreekt in de nameting", "de voormeting"
    reden[enkel_na], alleen[enkel_na] = "ontbreekt in de voormeting", "de nameting"
    beide = samen["_merge"] == "both"
    geen_voor = beide & samen["voor"].isna()
    geen_na = beide & samen["na"].isna() & ~geen_voor
    reden[geen_voor], alleen[geen_voor] = "geen score in de voormeting", "de nameting"
    reden[geen_na], alleen[geen_na] = "geen score in de nameting", "de voormeting"
    reden[geen_voor & samen["na"].isna()] = "geen score in beide metingen"
    alleen[geen_voor & samen["na"].isna()] = "geen van beide"
    los = reden != ""
    niet_gekoppeld = samen.loc[los, sleutels].assign(alleen_in=alleen[los], reden=reden[los])
    niet_gekoppeld = niet_gekoppeld.sort_values(sleutels, kind="stable").reset_index(drop=True)
    if len(niet_gekoppeld) and ontbrekend == "fout":
        wie = [f"{_sleutel_tekst(r[:-2])} (enkel in {r[-2]})" if "ontbreekt" in r[-1]
               else f"{_sleutel_tekst(r[:-2])} ({r[-1]})"
               for r in niet_gekoppeld.itertuples(index=False)]
        raise ValueError(
            f"{len(wie)} leerling(en) komen maar in één meting voor: {_voorbeelden(wie)}. "
            "Leerwinst kan enkel bij leerlingen met beide metingen. Zet ontbrekend='apart' om ze "
            "bewust apart te zetten: ze staan dan in .niet_gekoppeld en in de waarschuwingen.")

    per = samen.loc[~los, sleutels + ["voor", "na"]].sort_values(sleutels, kind="stable")
    per = per.reset_index(drop=True)
    per["winst"] = per["na"] - per["voor"]
    ruimte = maximum - per["voor"]
    per["genormaliseerde_winst"] = (per["winst"] / ruimte).where(ruimte > 0)
    n = len(per)
    if n == 0:
        raise ValueError("Geen enkele leerling heeft zowel een voor- als een nameting: "
                         "controleer of de sleutel (bv. leerling_id) in beide tabellen "
                         "dezelfde schrijfwijze heeft.")

    verschillen = per["winst"].to_numpy(dtype=float)
    gem_voor, gem_na = float(per["voor"].mean()), float(per["na"].mean())
    onder, boven = _t_interval(verschillen)
    g = (gem_na - gem_voor) / (maximum - gem_voor) if gem_voor < maximum else math.nan
    d, d_onder, d_boven = _effectgrootte(verschillen)

    waarschuwingen = [WAARSCHUWING_CONTROLEGROEP, WAARSCHUWING_REGRESSIE]
    toets_voor, toets_na = voor.attrs.get("toets"), na.attrs.get("toets")
    if toets_voor and toets_na and toets_voor != toets_na:
        waarschuwingen.insert(0, WAARSCHUWING_TOETS.format(voor=toets_voor, na=toets_na))
    if n >= 5 and per["voor"].std() > 0 and per["winst"].std() > 0:
        r = float(np.corrcoef(per["voor"], per["winst"])[0, 1])
        if r <= -0.3:
            waarschuwingen.append(
                f"In deze data wonnen wie laag begonnen meer dan wie hoog begonnen (correlatie "
                f"tussen voormeting en winst: {getal(r, 2)}). Dat is precies wat regressie naar "
                "het gemiddelde ook zonder effect zou geven.")
    if n < KLEINE_GROEP:
        waarschuwingen.append(
            f"Kleine groep (n = {n}): het interval is breed en één leerling kan het beeld "
            "bepalen. Trek geen besluit over een klas op basis van zo weinig leerlingen.")
    plafond = int((per["voor"] >= maximum).sum())
    if plafond:
        waarschuwingen.append(
            f"{plafond} leerling(en) hadden bij de voormeting al het maximum: ze konden niet "
            "meer stijgen en hebben geen genormaliseerde winst (plafondeffect).")
    if len(niet_gekoppeld):
        waarschuwingen.append(
            f"{len(niet_gekoppeld)} leerling(en) hebben maar één meting en tellen niet mee (zie "
            ".niet_gekoppeld). Wie ontbreekt, is vaak niet toevallig (bv. afwezig of "
            "vertrokken): kijk of dat het beeld kleurt.")
    if math.isnan(d) and n >= 2 and float(np.std(verschillen)) == 0:
        waarschuwingen.append("Alle leerlingen veranderden precies evenveel: zonder spreiding "
                              "is er geen effectgrootte d_z.")

    return Leerwinst(
        per_leerling=per, niet_gekoppeld=niet_gekoppeld, maximum=maximum, n=n,
        gemiddelde_voor=gem_voor, gemiddelde_na=gem_na,
        gemiddelde_winst=float(verschillen.mean()), winst_ondergrens=onder,
        winst_bovengrens=boven, genormaliseerde_winst=g, effectgrootte=d,
        effect_ondergrens=d_onder, effect_bovengrens=d_boven,
        waarschuwingen=tuple(waarschuwingen))


def leerwinst_per_groep(
    voor: pd.DataFrame,
    na: pd.DataFrame,
    groep: str,
    *,
    kolom: str = "percentage",
    sleutel: str | Sequence[str] = "leerling_id",
    maximum: float = 100.0,
    ontbrekend: Literal["fout", "apart"] = "fout",
) -> pd.DataFrame:
    """De leerwinst per groep (bv. per vak of per klas), elk met zijn interval.

    `groep` moet in beide tabellen staan en hoort bij de sleutel (een leerling kan in
    meerdere vakken zitten). Per groep één rij: ``n``, ``voor``, ``na``, ``winst`` met
    ``ondergrens``/``bovengrens`` (95 %), ``genormaliseerde_winst`` (Hake),
    ``effectgrootte`` (d_z), ``niet_gekoppeld``, ``klein`` (minder dan `KLEINE_GROEP`
    leerlingen: onzeker) en ``p`` (gepaarde t-toets voor "geen verandering"). Vergelijk je
    veel groepen tegelijk (bv. 14 vakken), zeg dat dan en corrigeer ervoor met
    `schooldata_lit.vergelijken.veel_vergelijkingen`. De kanttekeningen van `leerwinst`
    gelden voor elke rij; Hake's g en d_z veronderstellen bovendien dezelfde of een
    parallelle toets voor en na.

    >>> voor = pd.DataFrame({"leerling_id": ["L1", "L2", "L1", "L2"],
    ...                      "vak": ["Frans", "Frans", "Wiskunde", "Wiskunde"],
    ...                      "percentage": [50.0, 60, 70, 80]})
    >>> na = voor.assign(percentage=[60.0, 70, 70, 70])
    >>> leerwinst_per_groep(voor, na, "vak")[["vak", "n", "winst", "genormaliseerde_winst"]]
            vak  n  winst  genormaliseerde_winst
    0     Frans  2    10.0               0.222222
    1  Wiskunde  2    -5.0              -0.200000
    """
    sleutels = _als_lijst(sleutel)
    controleer_kolommen(voor, [groep], "voormeting")
    controleer_kolommen(na, [groep], "nameting")
    if groep not in sleutels:
        sleutels = sleutels + [groep]
    rijen = []
    groepen = sorted(set(voor[groep].dropna()) | set(na[groep].dropna()), key=str)
    for waarde in groepen:
        lw = leerwinst(voor.loc[voor[groep] == waarde], na.loc[na[groep] == waarde],
                       kolom=kolom, sleutel=sleutels, maximum=maximum, ontbrekend=ontbrekend)
        rijen.append({groep: waarde, "n": lw.n, "voor": lw.gemiddelde_voor,
                      "na": lw.gemiddelde_na, "winst": lw.gemiddelde_winst,
                      "ondergrens": lw.winst_ondergrens, "bovengrens": lw.winst_bovengrens,
                      "genormaliseerde_winst": lw.genormaliseerde_winst,
                      "effectgrootte": lw.effectgrootte,
                      "niet_gekoppeld": len(lw.niet_gekoppeld), "klein": lw.n < KLEINE_GROEP,
                      "p": _p_gepaard(lw.per_leerling["winst"].to_numpy(dtype=float))})
    kolommen = [groep, "n", "voor", "na", "winst", "ondergrens", "bovengrens",
                "genormaliseerde_winst", "effectgrootte", "niet_gekoppeld", "klein", "p"]
    return pd.DataFrame(rijen, columns=kolommen)


def _p_gepaard(verschillen: np.ndarray) -> float:
    """Tweezijdige p-waarde (gepaarde t-toets) voor 'gemiddelde winst = 0'."""
    n = len(verschillen)
    if n < 2:
        return math.nan
    sd = float(verschillen.std(ddof=1))
    if sd == 0:
        return 1.0 if float(verschillen.mean()) == 0 else 0.0
    return p_uit_t(float(verschillen.mean()) / (sd / math.sqrt(n)), n - 1)


def winst_naar_start(resultaat: Leerwinst, groepen: int = 4) -> pd.DataFrame:
    """De winst volgens de startpositie: zo maak je regressie naar het gemiddelde zichtbaar.

    De gekoppelde leerlingen worden volgens hun voormeting in `groepen` even grote groepen
    verdeeld (standaard kwarten: van het laagste tot het hoogste kwart; bij gelijke scores
    beslist de volgorde van de tabel). Per groep: ``n``, gemiddelde ``voor``, ``na`` en
    ``winst``. Wint het laagste kwart veel en "verliest" het hoogste kwart, terwijl de groep
    als geheel nauwelijks verandert? Dan zie je regressie naar het gemiddelde, geen effect.

    >>> voor = pd.DataFrame({"leerling_id": list("abcd"), "percentage": [30.0, 50, 70, 90]})
    >>> na = voor.assign(percentage=[45.0, 55, 65, 75])
    >>> winst_naar_start(leerwinst(voor, na), groepen=2)
             startgroep  n  voor    na  winst
    0   laagste helft  2  40.0  50.0   10.0
    1    hoogste helft  2  80.0  70.0  -10.0
    """
    if not isinstance(resultaat, Leerwinst):
        raise TypeError("winst_naar_start verwacht het resultaat van leerwinst(...), geen "
                        f"{type(resultaat).__name__}.")
    namen = {2: ["laagste helft", "hoogste helft"],
             3: ["laagste derde", "middelste derde", "hoogste derde"],
             4: ["laagste kwart", "tweede kwart", "derde kwart", "hoogste kwart"]}
    if groepen not in namen:
        raise ValueError(f"Kies 2, 3 of 4 groepen, niet {groepen!r}.")
    per = resultaat.per_leerling
    if len(per) < groepen:
        raise ValueError(f"Te weinig leerlingen ({len(per)}) voor {groepen} groepen.")
    rang = per["voor"].rank(method="first")
    nummer = np.ceil(rang * groepen / len(per)).astype(int) - 1
    deel = per.assign(startgroep=[namen[groepen][i] for i in nummer], _nr=nummer)
    uit = (deel.groupby("_nr").agg(startgroep=("startgroep", "first"), n=("winst", "size"),
                                   voor=("voor", "mean"), na=("na", "mean"),
                                   winst=("winst", "mean"))
           .reset_index(drop=True))
    return uit


def vergelijk_winst(
    voor: pd.DataFrame,
    na: pd.DataFrame,
    groep: str,
    actie: str,
    vergelijking: str,
    *,
    kolom: str = "percentage",
    sleutel: str | Sequence[str] = "leerling_id",
    maximum: float = 100.0,
    ontbrekend: Literal["fout", "apart"] = "fout",
) -> pd.DataFrame:
    """Werkte de actie? Vergelijk de winst van de groep mét de actie met een groep zónder.

    Eén rij met de gemiddelde winst van beide groepen, hun ``verschil`` (winst met de actie
    min winst zonder) en een 95 %-interval voor dat verschil (Welch: de groepen mogen een
    verschillende spreiding en grootte hebben; vrijheidsgraden naar beneden afgerond, dus
    eerder iets te breed dan te smal). Het verschil is een betere schatting van wat de actie
    opleverde dan de winst alleen, want regressie naar het gemiddelde en "de tijd" treffen
    beide groepen. Het blijft een schatting: zonder loting kunnen de groepen ook op andere
    punten verschillen.

    >>> voor = pd.DataFrame({"leerling_id": list("abcdef"), "groep": ["x"] * 3 + ["y"] * 3,
    ...                      "percentage": [40.0, 45, 42, 41, 44, 43]})
    >>> na = voor.assign(percentage=[55.0, 58, 60, 54, 60, 55])
    >>> vergelijk_winst(voor, na, "groep", "x", "y")[["winst_actie", "winst_vergelijking",
    ...                                               "verschil"]].round(2)
       winst_actie  winst_vergelijking  verschil
    0        15.33               13.67      1.67
    """
    controleer_kolommen(voor, [groep], "voormeting")
    for waarde in (actie, vergelijking):
        if waarde not in set(voor[groep]):
            raise ValueError(f"De groep {waarde!r} komt niet voor in de kolom {groep!r}. "
                             f"Groepen: {', '.join(sorted(map(str, set(voor[groep]))))}.")
    sleutels = _als_lijst(sleutel)
    if groep not in sleutels:
        sleutels = sleutels + [groep]
    delen = {}
    for waarde in (actie, vergelijking):
        delen[waarde] = leerwinst(voor.loc[voor[groep] == waarde], na.loc[na[groep] == waarde],
                                  kolom=kolom, sleutel=sleutels, maximum=maximum,
                                  ontbrekend=ontbrekend)
    a, b = delen[actie], delen[vergelijking]
    wa = a.per_leerling["winst"].to_numpy(dtype=float)
    wb = b.per_leerling["winst"].to_numpy(dtype=float)
    verschil = float(wa.mean() - wb.mean())
    if len(wa) >= 2 and len(wb) >= 2:
        va, vb = wa.var(ddof=1) / len(wa), wb.var(ddof=1) / len(wb)
        se = math.sqrt(va + vb)
        if se > 0:
            df = (va + vb) ** 2 / (va**2 / (len(wa) - 1) + vb**2 / (len(wb) - 1))
            half = t_kwantiel(max(1, int(df))) * se
        else:
            half = 0.0
        onder, boven = verschil - half, verschil + half
    else:
        onder = boven = math.nan
    return pd.DataFrame([{
        "actie": actie, "n_actie": a.n, "winst_actie": a.gemiddelde_winst,
        "vergelijking": vergelijking, "n_vergelijking": b.n,
        "winst_vergelijking": b.gemiddelde_winst, "verschil": verschil,
        "ondergrens": onder, "bovengrens": boven,
        "niet_gekoppeld": len(a.niet_gekoppeld) + len(b.niet_gekoppeld)}])


# ------------------------------------------------------------- metingen uit de schooldata

def _met_percentage(resultaten: pd.DataFrame) -> pd.DataFrame:
    geldig = resultaten.loc[resultaten["score"].notna() & (resultaten["maximum"] > 0)]
    return geldig.assign(percentage=100 * geldig["score"] / geldig["maximum"])


def metingen_per_periode(
    resultaten: pd.DataFrame,
    voor: str = "P2",
    na: str = "P4",
    *,
    soort: str | None = "examen",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Maak een voor- en een nameting uit de resultaten: per leerling en vak, per periode.

    Standaard het **decemberexamen** (periode P2) als voormeting en het **juni-examen** (P4)
    als nameting. Per leerling, klas en vak het gemiddelde percentage (score / maximum × 100)
    van de evaluaties van die `soort` in die periode (``soort=None``: alle evaluaties).
    Codes zonder score (afwezig, ziek, vrijgesteld) tellen niet mee; wie in een periode geen
    enkele score heeft, komt in die meting niet voor (en `leerwinst` meldt dat).

    Let op: twee examens zijn niet dezelfde toets (andere leerstof, andere moeilijkheid). De
    "winst" meet dus ook het verschil tussen de examens, niet enkel wat leerlingen bijleerden.
    Beide tabellen dragen daarom in ``.attrs["toets"]`` welke toets ze zijn, en `leerwinst`
    zet dan een kanttekening bovenaan.

    Geeft terug
    -----------
    (voor, na) : twee tabellen met ``leerling_id``, ``klas``, ``vak``, ``percentage`` en
    ``evaluaties`` (het aantal evaluaties in het gemiddelde).

    >>> res = pd.DataFrame({"leerling_id": ["L1", "L1", "L2"], "klas": "3A",
    ...                     "vak": "Frans", "periode": ["P2", "P4", "P2"],
    ...                     "soort": "examen", "score": [30.0, 40, 50], "maximum": 50})
    >>> voor, na = metingen_per_periode(res)
    >>> voor[["leerling_id", "percentage"]]
      leerling_id  percentage
    0          L1        60.0
    1          L2       100.0
    >>> len(na)
    1
    """
    controleer_kolommen(resultaten, ["leerling_id", "klas", "vak", "periode", "score", "maximum"]
                + (["soort"] if soort is not None else []), "tabel resultaten")
    perioden = set(resultaten["periode"].dropna())
    for p in (voor, na):
        if p not in perioden:
            raise ValueError(f"Onbekende periode {p!r}. Perioden in de resultaten: "
                             f"{', '.join(sorted(map(str, perioden)))}.")
    if voor == na:
        raise ValueError(f"Voor- en nameting zijn dezelfde periode ({voor!r}): kies twee "
                         "verschillende perioden, bv. voor='P2', na='P4'.")
    deel = resultaten
    if soort is not None:
        soorten = set(resultaten["soort"].dropna())
        if soort not in soorten:
            raise ValueError(f"Onbekende soort {soort!r}. Soorten in de resultaten: "
                             f"{', '.join(sorted(map(str, soorten)))}.")
        deel = deel.loc[deel["soort"] == soort]
    deel = _met_percentage(deel)

    def meting(periode: str) -> pd.DataFrame:
        stuk = deel.loc[deel["periode"] == periode]
        uit = (stuk.groupby(["leerling_id", "klas", "vak"], as_index=False)
               .agg(percentage=("percentage", "mean"), evaluaties=("percentage", "size")))
        # welke toets dit is: leerwinst() waarschuwt als voor en na verschillende toetsen zijn
        uit.attrs["toets"] = f"{soort or 'evaluaties'} {periode}"
        return uit

    return meting(voor), meting(na)


def metingen_rond_remediering(
    resultaten: pd.DataFrame,
    begeleiding: pd.DataFrame,
    *,
    drempel: float = 50.0,
    aantal_na: int = 3,
    venster_dagen: int = 14,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Voor- en nameting rond remediëring, mét een vergelijkingsgroep zonder remediëring.

    Zo gaan we te werk (per leerling en vak, enkel dagelijks werk en toetsen):

    1. **Voormeting**: het eerste resultaat van het schooljaar onder de `drempel` (in %).
       Dat is het moment waarop een leerkracht aan remediëring denkt.
    2. **Groep**: ``"met remediëring"`` als de tabel `begeleiding` voor die leerling en dat vak
       een remediëring heeft binnen `venster_dagen` na dat resultaat; anders
       ``"zonder remediëring"``.
    3. **Nameting**: het gemiddelde percentage van de volgende `aantal_na` evaluaties in dat
       vak, na de remediëring (of, zonder remediëring, na dezelfde wachttijd van 7 dagen).
       Wie daarna geen evaluatie meer heeft in dat vak, heeft geen nameting (en
       `leerwinst` meldt dat).

    Beide groepen werden gekozen omdat ze laag scoorden: de vergelijking toont hoeveel
    "winst" er ook zonder remediëring is (regressie naar het gemiddelde). De groepen werden
    niet door loting gevormd; andere verschillen tussen de groepen blijven mogelijk.

    Geeft terug
    -----------
    (voor, na) : twee tabellen met ``leerling_id``, ``vak``, ``klas``, ``groep``, ``datum``
    (van het lage resultaat) en ``percentage``; de nameting ook met ``evaluaties``.

    >>> res = pd.DataFrame({
    ...     "leerling_id": ["L1"] * 3 + ["L2"] * 3, "klas": "3A", "vak": "Frans",
    ...     "soort": "toets", "score": [4.0, 6, 7, 3, 6, 5], "maximum": 10,
    ...     "datum": pd.to_datetime(["2025-10-01", "2025-10-20", "2025-11-03"] * 2)})
    >>> beg = pd.DataFrame({"leerling_id": ["L1"], "soort": ["remediëring"], "vak": ["Frans"],
    ...                     "datum": pd.to_datetime(["2025-10-08"])})
    >>> voor, na = metingen_rond_remediering(res, beg)
    >>> na[["leerling_id", "groep", "percentage"]]
      leerling_id               groep  percentage
    0          L1     met remediëring        65.0
    1          L2  zonder remediëring        55.0
    """
    controleer_kolommen(resultaten, ["leerling_id", "klas", "vak", "datum", "soort", "score",
                             "maximum"], "tabel resultaten")
    controleer_kolommen(begeleiding, ["leerling_id", "soort", "vak", "datum"], "tabel begeleiding")
    if aantal_na < 1:
        raise ValueError(f"aantal_na moet minstens 1 zijn, niet {aantal_na!r}.")
    evaluaties = _met_percentage(resultaten.loc[resultaten["soort"] != "examen"])
    evaluaties = evaluaties.assign(datum=pd.to_datetime(evaluaties["datum"]))
    evaluaties = evaluaties.sort_values(["leerling_id", "vak", "datum"], kind="stable")
    sleutel = ["leerling_id", "vak"]
    laag = evaluaties.loc[evaluaties["percentage"] < drempel]
    voor = laag.groupby(sleutel, as_index=False).first()[sleutel + ["klas", "datum",
                                                                    "percentage"]]

    rem = begeleiding.loc[begeleiding["soort"] == "remediëring", sleutel + ["datum"]]
    rem = rem.assign(datum=pd.to_datetime(rem["datum"])).rename(columns={"datum": "rem_datum"})
    kandidaten = voor[sleutel + ["datum"]].merge(rem, on=sleutel, how="inner")
    binnen = ((kandidaten["rem_datum"] > kandidaten["datum"])
              & (kandidaten["rem_datum"] <= kandidaten["datum"]
                 + pd.Timedelta(days=venster_dagen)))
    eerste_rem = kandidaten.loc[binnen].groupby(sleutel)["rem_datum"].min()
    voor = voor.join(eerste_rem, on=sleutel)
    voor["groep"] = np.where(voor["rem_datum"].notna(), "met remediëring", "zonder remediëring")
    moment = voor["rem_datum"].fillna(voor["datum"] + pd.Timedelta(days=7))

    later = evaluaties[sleutel + ["datum", "percentage"]].merge(
        voor[sleutel].assign(moment=moment.to_numpy()), on=sleutel, how="inner")
    later = later.loc[later["datum"] > later["moment"]]
    later = later.loc[later.groupby(sleutel).cumcount() < aantal_na]
    na_ = (later.groupby(sleutel, as_index=False)
           .agg(percentage=("percentage", "mean"), evaluaties=("percentage", "size")))
    info = voor[sleutel + ["klas", "groep", "datum"]]
    na_ = info.merge(na_, on=sleutel, how="inner")
    kolommen = sleutel + ["klas", "groep", "datum", "percentage"]
    return (voor[kolommen].reset_index(drop=True),
            na_[kolommen + ["evaluaties"]].reset_index(drop=True))


# ---------------------------------------------------------------------------------- grafieken

def grafiek_voor_na(resultaat: Leerwinst, *, titel: str | None = None) -> go.Figure:
    """Voormeting tegen nameting, één bolletje per leerling, met de diagonaal.

    Boven de diagonaal: de leerling ging erop vooruit; eronder: achteruit; óp de diagonaal:
    geen verschil. Namen of nummers staan er bewust niet bij: het gaat om het patroon van de
    groep, niet om wie. Kijk ook naar regressie naar het gemiddelde: liggen de laagste
    voormetingen vooral boven en de hoogste vooral onder de diagonaal?

    >>> voor = pd.DataFrame({"leerling_id": ["L1", "L2"], "percentage": [40.0, 70]})
    >>> na = pd.DataFrame({"leerling_id": ["L1", "L2"], "percentage": [55.0, 65]})
    >>> fig = grafiek_voor_na(leerwinst(voor, na))
    >>> [trace.name for trace in fig.data]
    ['geen verschil (diagonaal)', 'een leerling']
    """
    if not isinstance(resultaat, Leerwinst):
        raise TypeError("grafiek_voor_na verwacht het resultaat van leerwinst(...), geen "
                        f"{type(resultaat).__name__}.")
    per = resultaat.per_leerling
    m = resultaat.maximum
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=[0, m], y=[0, m], mode="lines", name="geen verschil (diagonaal)",
                             line={"color": KLEUR_KLAS, "dash": "dash", "width": 2},
                             hoverinfo="skip"))
    fig.add_trace(go.Scatter(
        x=per["voor"].round(1), y=per["na"].round(1), mode="markers", name="een leerling",
        marker={"size": 9, "color": OKABE_ITO["blauw"], "opacity": 0.55,
                "line": {"width": 0.5, "color": "white"}},
        hovertemplate="voor: %{x:.0f}<br>na: %{y:.0f}<extra></extra>"))
    omhoog = int((per["winst"] > 0).sum())
    omlaag = int((per["winst"] < 0).sum())
    uitleg = (f"n = {resultaat.n}: {omhoog} hoger, {omlaag} lager, "
              f"{resultaat.n - omhoog - omlaag} gelijk. Gemiddelde winst "
              f"{getal(resultaat.gemiddelde_winst, 1)} (95 %-interval "
              f"{getal(resultaat.winst_ondergrens, 1)} tot "
              f"{getal(resultaat.winst_bovengrens, 1)}).")
    pas_stijl_toe(fig, titel or "Voormeting en nameting per leerling", uitleg, hoogte=560)
    as_ = {"range": [0, m * 1.02], "constrain": "domain"}
    fig.update_xaxes(title_text="Voormeting", **as_)
    fig.update_yaxes(title_text="Nameting", scaleanchor="x", scaleratio=1, **as_)
    fig.add_annotation(x=0.05 * m, y=0.95 * m, text="vooruit", showarrow=False,
                       xanchor="left", font={"color": "#555555"})
    fig.add_annotation(x=0.95 * m, y=0.05 * m, text="achteruit", showarrow=False,
                       xanchor="right", font={"color": "#555555"})
    return fig


def grafiek_leerwinst_per_groep(
    tabel: pd.DataFrame,
    groep: str,
    *,
    titel: str = "Leerwinst per groep",
    eenheid: str = "procentpunten",
) -> go.Figure:
    """De gemiddelde winst per groep met het 95 %-interval, uit `leerwinst_per_groep`.

    Een bolletje per groep met een foutbalk; een open bolletje: een kleine groep (kolom
    ``klein``). Snijdt de foutbalk de nullijn, dan is de winst niet te onderscheiden van
    toeval. De groepen staan alfabetisch, niet gerangschikt op winst.

    >>> t = pd.DataFrame({"vak": ["Frans", "Wiskunde"], "n": [30, 8], "winst": [2.0, -1.0],
    ...                   "ondergrens": [0.5, -6.0], "bovengrens": [3.5, 4.0],
    ...                   "klein": [False, True]})
    >>> fig = grafiek_leerwinst_per_groep(t, "vak")
    >>> fig.layout.xaxis.title.text
    'Gemiddelde winst (procentpunten)'
    """
    controleer_kolommen(tabel, [groep, "n", "winst", "ondergrens", "bovengrens"], "tabel")
    deel = tabel.sort_values(groep, key=lambda s: s.astype(str), kind="stable")
    klein = deel["klein"] if "klein" in deel.columns else deel["n"] < KLEINE_GROEP
    labels = [f"{g} (n = {n})" for g, n in zip(deel[groep], deel["n"], strict=True)]
    fig = go.Figure()
    fig.add_vline(x=0, line={"color": GRIJS, "width": 2})
    fig.add_trace(go.Scatter(
        x=deel["winst"].round(2), y=labels, mode="markers", name="gemiddelde winst",
        marker={"size": 12, "color": PALET[0],
                "symbol": ["circle-open" if k else "circle" for k in klein],
                "line": {"width": 2, "color": PALET[0]}},
        error_x={"type": "data", "symmetric": False, "thickness": 2, "width": 6,
                 "color": PALET[0],
                 "array": (deel["bovengrens"] - deel["winst"]).round(2).fillna(0),
                 "arrayminus": (deel["winst"] - deel["ondergrens"]).round(2).fillna(0)},
        customdata=np.column_stack([deel["ondergrens"].round(1), deel["bovengrens"].round(1)]),
        hovertemplate=("%{y}: %{x:.1f}<br>95 %-interval: %{customdata[0]:.1f} tot "
                       "%{customdata[1]:.1f}<extra></extra>")))
    pas_stijl_toe(fig, titel, f"Foutbalk: 95 %-betrouwbaarheidsinterval. Open bolletje: minder "
                  f"dan {KLEINE_GROEP} leerlingen.", hoogte=max(360, 180 + 40 * len(deel)))
    fig.update_xaxes(title_text=f"Gemiddelde winst ({eenheid})", showgrid=True,
                     gridcolor="#EBEBEB")
    fig.update_yaxes(title_text="", autorange="reversed", showgrid=False)
    fig.update_layout(showlegend=False)
    return fig


# ------------------------------------------------------------------------------------ widget

def leerwinst_verkenner(resultaten: pd.DataFrame | None = None) -> Any:
    """Een widget zonder code: kies een vak, een klas en twee perioden en zie de leerwinst.

    Toont de grafiek voormeting-nameting met de diagonaal, de kerngetallen en de
    kanttekeningen. Leerlingen zonder beide metingen worden gemeld, niet verzwegen.
    Zonder `resultaten` laadt de widget de tabel ``resultaten`` van de cursus.

    >>> w = leerwinst_verkenner()
    >>> [k.description for k in w.children[0].children]
    ['Vak', 'Klas', 'Voor', 'Na', 'Soort']
    """
    import ipywidgets as widgets

    if resultaten is None:
        from .data import laad_dataset
        resultaten = laad_dataset("resultaten")
    controleer_kolommen(resultaten, ["leerling_id", "klas", "vak", "periode", "soort", "score",
                             "maximum"], "tabel resultaten")
    examens = resultaten.loc[resultaten["soort"] == "examen"]
    vakken = sorted(map(str, (examens if len(examens) else resultaten)["vak"].dropna().unique()))
    perioden = sorted(map(str, resultaten["periode"].dropna().unique()))
    stijl = {"description_width": "60px"}
    vak = widgets.Dropdown(options=vakken, value="Wiskunde" if "Wiskunde" in vakken else
                           vakken[0], description="Vak", style=stijl)
    klas = widgets.Dropdown(description="Klas", style=stijl)
    p_voor = widgets.Dropdown(options=perioden, value="P2" if "P2" in perioden else perioden[0],
                              description="Voor", style=stijl, layout={"width": "160px"})
    p_na = widgets.Dropdown(options=perioden, value="P4" if "P4" in perioden else perioden[-1],
                            description="Na", style=stijl, layout={"width": "160px"})
    soort = widgets.Dropdown(options=[("examens", "examen"), ("alle evaluaties", None)],
                             value="examen", description="Soort", style=stijl)
    uit = widgets.Output()

    def klassen_bijwerken(*_: Any) -> None:
        opties = sorted(map(str, resultaten.loc[resultaten["vak"] == vak.value, "klas"]
                            .dropna().unique()))
        klas.options = ["alle klassen"] + opties
        klas.value = "alle klassen"

    def toon(*_: Any) -> None:
        # rechtstreeks in het uitvoervak (zoals dashboards.py): zo komt er nooit iets in de
        # uitvoer van de cel zelf terecht
        deel = resultaten.loc[resultaten["vak"] == vak.value]
        if klas.value not in (None, "alle klassen"):
            deel = deel.loc[deel["klas"] == klas.value]
        try:
            voor, na = metingen_per_periode(deel, p_voor.value, p_na.value, soort=soort.value)
            lw = leerwinst(voor, na, sleutel=["leerling_id", "vak"], ontbrekend="apart")
        except ValueError as fout:
            toon_in(uit, f"Dat lukt niet: {fout}")
            return
        titel = f"{vak.value}, {klas.value}: {p_voor.value} en {p_na.value}"
        fig = grafiek_voor_na(lw, titel=titel)
        lijst = "".join(f"<li>{html.escape(w)}</li>" for w in lw.waarschuwingen)
        tekst = (lw.samenvatting().to_html(index=False, border=0)
                 + f"<p><b>Kanttekeningen</b></p><ul>{lijst}</ul>")
        toon_in(uit, fig, {"html": tekst, "tekst": repr(lw)})

    klassen_bijwerken()
    vak.observe(klassen_bijwerken, names="value")
    for w in (vak, klas, p_voor, p_na, soort):
        w.observe(toon, names="value")
    toon()
    return widgets.VBox([widgets.HBox([vak, klas, p_voor, p_na, soort],
                                      layout={"flex_flow": "row wrap"}), uit])
