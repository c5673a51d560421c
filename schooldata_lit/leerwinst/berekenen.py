"""Leerwinst berekenen: voor- en nameting koppelen, gemiddelde winst met interval en
effectgrootte, per groep en vergeleken tussen groepen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from ..kern.controle import controleer_kolommen
from ..kern.statistiek import p_uit_t, t_halve_breedte, t_kwantiel
from ..stijl import getal

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
