"""Doorstroom, oriëntering en oud-leerlingen: data voor schoolbeleid en transparantie.

Vier beleidsvragen uit het bronmateriaal (spoor 2, halte *vanuit data werken aan schoolbeleid
en transparantie*):

1. **Oriëntering tussen het 2e en het 3e jaar**: waar gaan de leerlingen van elke basisoptie
   naartoe? (`overgangen`, `doorstroomtabel`, `doorstroom_sankey`)
2. **De waterval**: hoeveel leerlingen zakken van jaar tot jaar af naar een andere
   finaliteit, en gaat er ook iemand omhoog? (`waterval`)
3. **Oud-leerlingen in het hoger onderwijs**: welk deel van hun studiepunten behalen ze in hun
   eerste jaar, per studierichting, met n en onzekerheid? (`alumni_samenvatting`,
   `studierendement_per_groep`)
4. **Transparantie**: wat meet de school, waarom, en wie ziet het? (`meetoverzicht`)

De attesten per studierichting of klas staan al in `grafieken.attesten_per_groep` en
`indicatoren.attesten_per_klas`; deze module doet dat niet nog eens. Voor een notebook zonder
code zijn er drie verkenners met keuzelijsten: `verken_doorstroom`, `verken_attesten` en
`verken_alumni`.

Alle functies krijgen tabellen zoals `laad_dataset` ze geeft, veranderen ze niet en geven een
nieuwe tabel of één figuur terug. Geen enkele tabel of grafiek zet leerlingen op een rij.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .grafieken import MIN_GROEP
from .kern.controle import controleer_kolommen
from .kern.lui import lui_doorverwijzen
from .kern.statistiek import t_halve_breedte, wilson_grenzen
from .kern.woordenboek import TABELLEN
from .privacy import MINIMUM, NIVEAUS, ROLLEN
from .stijl import GRIJS, OKABE_ITO, PALET, getal, pas_stijl_toe, procent

__all__ = [
    "FINALITEIT_RANG",
    "DOELEN",
    "deliberatietabel",
    "overgangen",
    "doorstroomtabel",
    "doorstroom_sankey",
    "waterval",
    "alumni_samenvatting",
    "studierendement_per_groep",
    "meetoverzicht",
]

#: Volgorde van de finaliteiten in de tweede en derde graad: hoger = meer abstract/theoretisch.
#: Een overstap naar een lagere rang heet in de volksmond "afzakken" (de waterval).
FINALITEIT_RANG = {"doorstroom": 3, "dubbele finaliteit": 2, "arbeidsmarktfinaliteit": 1}

OVERZITTEN = "overzitten"
VERLATEN = "school verlaten"
_KLEUR_NAAR = {
    "doorstroom": OKABE_ITO["blauw"],
    "dubbele finaliteit": OKABE_ITO["blauwgroen"],
    "arbeidsmarktfinaliteit": OKABE_ITO["oranje"],
    OVERZITTEN: OKABE_ITO["roodpaars"],
    VERLATEN: OKABE_ITO["vermiljoen"],
}
_OVERGANG_KOLOMMEN = ("leerling_id", "schooljaar", "leerjaar", "studierichting", "finaliteit")

#: Waarom de school elke dataset bijhoudt (een voorstel: pas het aan voor je eigen school).
DOELEN: dict[str, str] = {
    "leerlingen": "weten wie er op school zit; gelijke kansen opvolgen (enkel geaggregeerd)",
    "inschrijvingen": "klassen samenstellen; doorstroom en oriëntering opvolgen",
    "klassen": "het lesrooster en de klastitularissen organiseren",
    "lessentabel": "weten welke vakken en uren elke richting heeft",
    "leerkrachten": "het lerarenkorps en de vakgroepen organiseren",
    "lesopdrachten": "weten wie welk vak in welke klas geeft",
    "resultaten": "leerlingen tijdig helpen; evaluaties en lessen bijsturen",
    "jaarresultaten": "trends over schooljaren bekijken; de klassenraad onderbouwen",
    "attesten": "de deliberatie onderbouwen; oriëntering en doorstroom opvolgen",
    "kalender": "aanwezigheid juist berekenen (welke dagdelen er les was)",
    "afwezigheden": "de leerplicht opvolgen; spijbelen en ziekte vroeg opmerken",
    "platformactiviteit": "zien of een leerling afhaakt, nog vóór de punten dalen",
    "begeleiding": "weten welke hulp een leerling al kreeg (remediëring, gesprekken)",
    "baso_fiches": "een goede start in het eerste jaar: de info van de basisschool",
    "centrale_toetsen": "de school vergelijken met een Vlaamse referentie",
    "welbevinden": "horen hoe leerlingen zich voelen (anoniem, per graad)",
    "alumni": "de oriëntering en de voorbereiding op het hoger onderwijs evalueren",
    "grondwaarheid": "enkel in de cursus: nagaan of knipperlichten juist werken",
    "bevraging_analytics": "echte cijfers uit het bronmateriaal, om te leren bevragen",
    "bevraging_datagebruik": "echte cijfers uit het bronmateriaal, over datagebruik op school",
}

_NIVEAU_KORT = {"alles": "alles", "eigen": "eigen gegevens",
                "vergelijking": "eigen gegevens + klasgemiddelde",
                "lesopdracht": "eigen klassen en vakken", "lesklassen": "eigen klassen",
                "titularis": "titularisklas", "geaggregeerd": "enkel cijfers per groep"}


# ------------------------------------------------------------------------------ hulpfuncties

def _kies_schooljaren(tabel: pd.DataFrame, kolom: str, schooljaren: str | Sequence[str] | None,
                      naam: str) -> pd.DataFrame:
    """Enkel de rijen van deze schooljaren (alle rijen bij None); onbekende jaren: een fout."""
    if schooljaren is None:
        return tabel
    controleer_kolommen(tabel, [kolom], naam)
    gekozen = [schooljaren] if isinstance(schooljaren, str) else list(schooljaren)
    onbekend = sorted(set(gekozen) - set(tabel[kolom]))
    if onbekend:
        raise ValueError(f"Onbekend schooljaar {onbekend[0]!r} in schooljaren. Beschikbaar: "
                         f"{', '.join(sorted(set(tabel[kolom])))}.")
    return tabel[tabel[kolom].isin(gekozen)]


def _sorteer(waarden: Sequence[str], rang: Mapping[str, float] | None = None) -> list[str]:
    """Vaste, inhoudelijke volgorde (nooit volgens de uitkomst): finaliteit, dan alfabetisch."""
    extra = {OVERZITTEN: 10, VERLATEN: 11}
    rang = rang or {}

    def sleutel(w: str) -> tuple:
        if w in extra:
            return (1, extra[w], "")
        return (0, -rang.get(w, FINALITEIT_RANG.get(w, 0)), str(w))
    return sorted(set(waarden), key=sleutel)


def _volgend_schooljaar(schooljaar: str) -> str:
    begin = int(str(schooljaar)[:4]) + 1
    return f"{begin}-{begin + 1}"


# ------------------------------------------------------------------- 0. deliberatie

def deliberatietabel(attesten: pd.DataFrame, groep: str = "finaliteit", *,
                     schooljaren: Sequence[str] | None = None,
                     min_n: int = MIN_GROEP) -> pd.DataFrame:
    """Deliberatiecriteria onder de loep: welk attest krijgen leerlingen met evenveel tekorten?

    Per `groep` (bv. ``"finaliteit"``, ``"studierichting"``, ``"leerjaar"``) en per aantal
    tekorten (0, 1, 2, ``"3+"``): het aantal leerlingen ``n`` en het aandeel A-, B- en
    C-attesten in procent. Krijgen leerlingen met twee tekorten in de ene groep veel vaker een
    C dan in de andere, dan is dat een vraag voor de klassenraden: hanteren we dezelfde
    criteria? Kijk wel eerst naar n (``onzeker`` is waar bij minder dan `min_n` leerlingen).
    Zonder `schooljaren` tellen alle schooljaren samen.

    Voorbeeld
    ---------
    >>> att = pd.DataFrame({"finaliteit": ["doorstroom"] * 4, "aantal_tekorten": [0, 2, 2, 5],
    ...                     "attest": ["A", "B", "C", "C"], "schooljaar": "2025-2026"})
    >>> deliberatietabel(att)
       finaliteit tekorten  n      A     B      C  onzeker
    0  doorstroom        0  1  100.0   0.0    0.0     True
    1  doorstroom        2  2    0.0  50.0   50.0     True
    2  doorstroom       3+  1    0.0   0.0  100.0     True
    """
    controleer_kolommen(attesten, [groep, "aantal_tekorten", "attest"], "attesten")
    deel = _kies_schooljaren(attesten, "schooljaar", schooljaren, "attesten")
    tekorten = pd.to_numeric(deel["aantal_tekorten"]).clip(upper=3).astype(int)
    tekorten = tekorten.map(lambda t: "3+" if t == 3 else str(t)).rename("tekorten")
    telling = pd.crosstab([deel[groep], tekorten], deel["attest"]).reindex(
        columns=["A", "B", "C"], fill_value=0)
    n = telling.sum(axis=1)
    uit = (telling.div(n, axis=0) * 100).round(1)
    uit.insert(0, "n", n)
    uit["onzeker"] = n < min_n
    uit.columns.name = None
    uit = uit.reset_index()
    volgorde = _sorteer(uit[groep].unique()) if uit[groep].dtype == object else None
    if volgorde is not None:
        uit = uit.assign(_v=uit[groep].map({g: i for i, g in enumerate(volgorde)})).sort_values(
            ["_v", "tekorten"], kind="stable").drop(columns="_v")
    return uit.reset_index(drop=True)


# ------------------------------------------------------------------- 1. overgangen per leerling

def overgangen(inschrijvingen: pd.DataFrame, van_leerjaar: int = 2, *,
               attesten: pd.DataFrame | None = None) -> pd.DataFrame:
    """Waar zat elke leerling van `van_leerjaar` het volgende schooljaar?

    Eén rij per leerling per schooljaar in `van_leerjaar` (1 tot 5), met:

    * ``naar_richting`` en ``naar_finaliteit``: de studierichting en finaliteit in het volgende
      leerjaar; of ``"overzitten"`` (zelfde leerjaar opnieuw) of ``"school verlaten"``
      (niet meer ingeschreven, bv. naar een andere school);
    * ``uitkomst``: ``"volgend leerjaar"``, ``"overzitten"`` of ``"school verlaten"``;
    * ``verandering``: voor wie naar het volgende leerjaar gaat: ``"zelfde richting"``,
      ``"andere richting, zelfde finaliteit"``, ``"lagere finaliteit"`` (afzakken) of
      ``"hogere finaliteit"``; leeg als de finaliteiten niet te vergelijken zijn (zoals een
      basisoptie in het 2e jaar) of de leerling niet overging.

    Het laatste schooljaar in de tabel valt weg: daarvan is het volgende jaar nog niet bekend.
    Met `attesten` komt er een kolom ``attest`` bij (het attest op het einde van dat jaar).

    Parameters
    ----------
    inschrijvingen : tabel met leerling_id, schooljaar, leerjaar, studierichting, finaliteit.
    van_leerjaar : het leerjaar waaruit je vertrekt (standaard 2: oriëntering naar het 3e).
    attesten : optioneel, de tabel attesten.

    Geeft terug
    -----------
    pd.DataFrame : één rij per leerling per vertrekjaar.

    Voorbeeld
    ---------
    >>> ins = pd.DataFrame({"leerling_id": ["L1", "L2", "L3", "L1", "L2"],
    ...     "schooljaar": ["2024-2025"] * 3 + ["2025-2026"] * 2, "leerjaar": [2, 2, 2, 3, 2],
    ...     "studierichting": ["Latijn (basisoptie)"] * 3 + ["Latijn", "Latijn (basisoptie)"],
    ...     "finaliteit": ["A-stroom"] * 3 + ["doorstroom", "A-stroom"]})
    >>> overgangen(ins)[["leerling_id", "naar_finaliteit", "uitkomst"]]
      leerling_id naar_finaliteit         uitkomst
    0          L1      doorstroom  volgend leerjaar
    1          L2      overzitten       overzitten
    2          L3  school verlaten  school verlaten
    >>> len(ins)  # de tabel zelf is niet veranderd
    5
    """
    controleer_kolommen(inschrijvingen, _OVERGANG_KOLOMMEN, "inschrijvingen")
    if not isinstance(van_leerjaar, (int, np.integer)) or not 1 <= van_leerjaar <= 5:
        raise ValueError(f"van_leerjaar moet een leerjaar van 1 tot 5 zijn (na het 6e jaar "
                         f"studeert een leerling af), niet {van_leerjaar!r}.")
    jaren = set(inschrijvingen["schooljaar"].dropna().astype(str))
    ins = inschrijvingen[list(_OVERGANG_KOLOMMEN)].drop_duplicates(["leerling_id", "schooljaar"])
    van = ins[ins["leerjaar"] == van_leerjaar].copy()
    van["volgend_schooljaar"] = van["schooljaar"].astype(str).map(_volgend_schooljaar)
    van = van[van["volgend_schooljaar"].isin(jaren)]
    if van.empty:
        raise ValueError(f"Geen leerlingen in leerjaar {van_leerjaar} met een volgend schooljaar "
                         f"in de tabel (schooljaren: {', '.join(sorted(jaren)) or 'geen'}).")
    volgend = ins.rename(columns={"schooljaar": "volgend_schooljaar", "leerjaar": "naar_leerjaar",
                                  "studierichting": "naar_richting",
                                  "finaliteit": "naar_finaliteit"})
    uit = van.merge(volgend, on=["leerling_id", "volgend_schooljaar"], how="left")
    gaat_over = uit["naar_leerjaar"] == van_leerjaar + 1
    zit_over = uit["naar_leerjaar"] <= van_leerjaar
    uit["uitkomst"] = np.select([gaat_over, zit_over], ["volgend leerjaar", OVERZITTEN], VERLATEN)
    for kolom in ("naar_richting", "naar_finaliteit"):
        uit[kolom] = uit[kolom].where(gaat_over, uit["uitkomst"])
    rang_van = uit["finaliteit"].map(FINALITEIT_RANG)
    rang_naar = uit["naar_finaliteit"].map(FINALITEIT_RANG)
    uit["verandering"] = np.select(
        [~gaat_over | rang_van.isna() | rang_naar.isna(),
         uit["naar_richting"] == uit["studierichting"], rang_naar == rang_van,
         rang_naar < rang_van],
        ["", "zelfde richting", "andere richting, zelfde finaliteit", "lagere finaliteit"],
        "hogere finaliteit")
    kolommen = ["leerling_id", "schooljaar", "leerjaar", "studierichting", "finaliteit"]
    if attesten is not None:
        controleer_kolommen(attesten, ["leerling_id", "schooljaar", "attest"], "attesten")
        uit = uit.merge(attesten[["leerling_id", "schooljaar", "attest"]].drop_duplicates(
            ["leerling_id", "schooljaar"]), on=["leerling_id", "schooljaar"], how="left")
        kolommen.append("attest")
    kolommen += ["volgend_schooljaar", "naar_richting", "naar_finaliteit", "uitkomst",
                 "verandering"]
    return uit[kolommen].sort_values(["schooljaar", "leerling_id"]).reset_index(drop=True)


# ------------------------------------------------------------------- 2. doorstroomtabel

def doorstroomtabel(overgangen: pd.DataFrame, van: str = "studierichting",
                    naar: str = "naar_finaliteit", *, schooljaar: str | None = None,
                    vorm: str = "kruis", min_n: int = MIN_GROEP) -> pd.DataFrame:
    """Per vertrekgroep: welk aandeel ging naar elke bestemming, met n en onzekerheid.

    `overgangen` komt uit `overgangen()`. `van` is een kolom van vertrek (bv.
    ``"studierichting"``, ``"attest"``), `naar` een kolom van bestemming (``"naar_finaliteit"``
    of ``"naar_richting"``). Zonder `schooljaar` tellen alle schooljaren samen (meer
    leerlingen, minder toeval); met `schooljaar` enkel wie dat jaar vertrok.

    * ``vorm="kruis"``: een kruistabel om te lezen: per vertrekgroep een rij met de aandelen
      in procent (1 decimaal, elke rij telt op tot 100) en ``n`` (aantal leerlingen).
    * ``vorm="lang"``: één rij per (van, naar) met ``aantal``, ``n``, ``aandeel`` (procent),
      het 95 %-interval van Wilson (``ondergrens``, ``bovengrens``) en ``onzeker`` (n kleiner
      dan `min_n`).

    Voorbeeld
    ---------
    >>> o = pd.DataFrame({"schooljaar": "2024-2025", "studierichting": ["X"] * 4 + ["Y"] * 2,
    ...                   "naar_finaliteit": ["doorstroom"] * 3 + ["overzitten"]
    ...                                      + ["doorstroom", "dubbele finaliteit"]})
    >>> doorstroomtabel(o)
                    doorstroom  dubbele finaliteit  overzitten  n
    studierichting
    X                     75.0                 0.0        25.0  4
    Y                     50.0                50.0         0.0  2
    >>> doorstroomtabel(o, vorm="lang")[["studierichting", "naar_finaliteit", "aantal", "n",
    ...                                  "aandeel", "onzeker"]].head(2)
      studierichting     naar_finaliteit  aantal  n  aandeel  onzeker
    0              X          doorstroom       3  4     75.0     True
    1              X  dubbele finaliteit       0  4      0.0     True
    """
    controleer_kolommen(overgangen, [van, naar], "overgangen")
    if vorm not in ("kruis", "lang"):
        raise ValueError(f"Onbekende vorm {vorm!r}: kies 'kruis' of 'lang'.")
    deel = overgangen
    if schooljaar is not None:
        controleer_kolommen(overgangen, ["schooljaar"], "overgangen")
        jaren = sorted(set(overgangen["schooljaar"]))
        if schooljaar not in jaren:
            raise ValueError(f"Het schooljaar {schooljaar!r} staat niet in de overgangen. "
                             f"Beschikbaar: {', '.join(jaren)}.")
        deel = overgangen[overgangen["schooljaar"] == schooljaar]
    deel = deel.dropna(subset=[van, naar])
    telling = pd.crosstab(deel[van], deel[naar])
    telling = telling.reindex(index=_sorteer(telling.index), columns=_sorteer(telling.columns))
    n = telling.sum(axis=1)
    if vorm == "kruis":
        kruis = (telling.div(n, axis=0) * 100).round(1)
        kruis["n"] = n
        kruis.columns.name = None
        return kruis
    rijen = []
    for g in telling.index:
        for bestemming in telling.columns:
            aantal, totaal = int(telling.loc[g, bestemming]), int(n[g])
            onder, boven = wilson_grenzen(aantal, totaal)
            rijen.append({van: g, naar: bestemming, "aantal": aantal, "n": totaal,
                          "aandeel": round(100 * aantal / totaal, 1),
                          "ondergrens": round(100 * onder, 1),
                          "bovengrens": round(100 * boven, 1), "onzeker": totaal < min_n})
    return pd.DataFrame(rijen)


def doorstroom_sankey(overgangen: pd.DataFrame, van: str = "studierichting",
                      naar: str = "naar_finaliteit", *, schooljaar: str | None = None,
                      min_stroom: int = MINIMUM, titel: str | None = None) -> go.Figure:
    """Een stroomdiagram (Sankey): links de vertrekgroepen, rechts de bestemmingen.

    De breedte van elke stroom is het aantal leerlingen. Stromen van minder dan `min_stroom`
    leerlingen zijn grijs en tonen geen exact aantal (privacy: een stroom van 1 of 2 leerlingen
    wijst personen aan). Zonder `schooljaar` tellen alle schooljaren samen.

    Voorbeeld
    ---------
    >>> o = pd.DataFrame({"schooljaar": "2024-2025", "studierichting": ["X"] * 7,
    ...                   "naar_finaliteit": ["doorstroom"] * 6 + ["overzitten"]})
    >>> fig = doorstroom_sankey(o)
    >>> list(fig.data[0].node.label)
    ['X (n = 7)', 'doorstroom (n = 6)', 'overzitten (n < 5)']
    >>> list(fig.data[0].link.value)
    [6, 1]
    """
    lang = doorstroomtabel(overgangen, van, naar, schooljaar=schooljaar, vorm="lang")
    lang = lang[lang["aantal"] > 0]
    links_ = _sorteer(lang[van].astype(str).unique())
    rechts = _sorteer(lang[naar].astype(str).unique())
    n_links = lang.groupby(lang[van].astype(str))["aantal"].sum()
    n_rechts = lang.groupby(lang[naar].astype(str))["aantal"].sum()

    def label(naam: str, aantal: int) -> str:
        if aantal < min_stroom:
            return f"{naam} (n < {min_stroom})"
        return f"{naam} (n = {getal(aantal)})"

    labels = [label(g, int(n_links[g])) for g in links_] + [
        label(b, int(n_rechts[b])) for b in rechts]
    kleuren = [GRIJS] * len(links_) + [_KLEUR_NAAR.get(b, PALET[i % len(PALET)])
                                      for i, b in enumerate(rechts)]
    klein = lang["aantal"] < min_stroom

    def doorzichtig(kleur: str) -> str:
        r, g, b = (int(kleur[i:i + 2], 16) for i in (1, 3, 5))
        return f"rgba({r}, {g}, {b}, 0.45)"

    hover = [(f"{v} → {b}: minder dan {min_stroom} leerlingen" if k else
              f"{v} → {b}: {a} van {t} leerlingen ({procent(p)})")
             for v, b, a, t, p, k in zip(lang[van], lang[naar], lang["aantal"], lang["n"],
                                         lang["aandeel"], klein, strict=True)]
    fig = go.Figure(go.Sankey(
        arrangement="fixed",
        node={"label": labels, "color": kleuren, "pad": 14, "thickness": 18,
              "line": {"width": 0}, "hovertemplate": "%{label}<extra></extra>"},
        link={"source": [links_.index(str(v)) for v in lang[van]],
              "target": [len(links_) + rechts.index(str(b)) for b in lang[naar]],
              "value": [int(a) for a in lang["aantal"]],
              "color": ["rgba(187, 187, 187, 0.5)" if k else
                        doorzichtig(_KLEUR_NAAR.get(str(b), OKABE_ITO["blauw"]))
                        for b, k in zip(lang[naar], klein, strict=True)],
              "customdata": hover, "hovertemplate": "%{customdata}<extra></extra>"}))
    wanneer = schooljaar or "alle schooljaren samen"
    pas_stijl_toe(fig, titel or f"Van {van.replace('_', ' ')} naar {naar.replace('naar_', '')} "
                  f"({wanneer})", f"Breedte: aantal leerlingen. Grijze stromen: minder dan "
                  f"{min_stroom} leerlingen (geen exact aantal).", hoogte=560)
    fig.update_layout(font={"size": 14})
    return fig


def waterval(inschrijvingen: pd.DataFrame, leerjaren: Sequence[int] = (3, 4, 5), *,
             min_n: int = MIN_GROEP) -> pd.DataFrame:
    """Het watervaleffect: hoeveel leerlingen zakken af naar een lagere finaliteit?

    Voor elke overgang van leerjaar k naar k + 1 (k in `leerjaren`, alle schooljaren samen) en
    elke finaliteit van vertrek: ``n`` leerlingen die naar het volgende leerjaar gingen, en
    hoeveel daarvan naar een lagere finaliteit gingen (``afgezakt``, van doorstroom naar
    dubbele finaliteit of arbeidsmarktfinaliteit, ...) of naar een hogere (``opgeklommen``),
    met het aandeel afgezakt in procent en het 95 %-interval (Wilson). Wie overzit of de school
    verlaat, telt hier niet mee (zie `overgangen`).

    Voorbeeld
    ---------
    >>> ins = pd.DataFrame({"leerling_id": ["L1", "L2", "L1", "L2"],
    ...     "schooljaar": ["2024-2025"] * 2 + ["2025-2026"] * 2, "leerjaar": [3, 3, 4, 4],
    ...     "studierichting": ["Latijn", "Latijn", "Latijn", "Bedrijfsorganisatie"],
    ...     "finaliteit": ["doorstroom"] * 3 + ["dubbele finaliteit"]})
    >>> waterval(ins, leerjaren=[3])[["overgang", "finaliteit", "n", "afgezakt", "aandeel"]]
         overgang  finaliteit  n  afgezakt  aandeel
    0  3e → 4e jaar  doorstroom  2         1     50.0
    """
    controleer_kolommen(inschrijvingen, _OVERGANG_KOLOMMEN, "inschrijvingen")
    rijen = []
    for k in leerjaren:
        o = overgangen(inschrijvingen, int(k))
        o = o[(o["uitkomst"] == "volgend leerjaar") & o["finaliteit"].isin(FINALITEIT_RANG)]
        for fin in _sorteer(o["finaliteit"].unique()):
            deel = o[o["finaliteit"] == fin]
            n = len(deel)
            af = int((deel["verandering"] == "lagere finaliteit").sum())
            op = int((deel["verandering"] == "hogere finaliteit").sum())
            onder, boven = wilson_grenzen(af, n)
            rijen.append({"overgang": f"{k}e → {k + 1}e jaar", "finaliteit": fin, "n": n,
                          "afgezakt": af, "opgeklommen": op, "aandeel": round(100 * af / n, 1),
                          "ondergrens": round(100 * onder, 1),
                          "bovengrens": round(100 * boven, 1), "onzeker": n < min_n})
    return pd.DataFrame(rijen, columns=["overgang", "finaliteit", "n", "afgezakt", "opgeklommen",
                                        "aandeel", "ondergrens", "bovengrens", "onzeker"])


# --------------------------------------------------------------------------- 3. oud-leerlingen

def alumni_samenvatting(alumni: pd.DataFrame, groep: str = "studierichting", *,
                        schooljaren: Sequence[str] | None = None, min_n: int = MIN_GROEP,
                        minimum: int = MINIMUM) -> pd.DataFrame:
    """Per groep: hoeveel oud-leerlingen naar het hoger onderwijs gingen en hoe het hen verging.

    Kolommen: `groep`, ``afgestudeerden``, ``in_hoger_onderwijs`` (met een studierendement),
    ``aandeel_hoger_onderwijs`` (procent), ``gemiddeld_studierendement`` (procent van de
    studiepunten behaald in het eerste jaar), ``ondergrens`` en ``bovengrens`` (95 %-interval,
    t-verdeling), ``onzeker`` (minder dan `min_n` leerlingen in het hoger onderwijs) en
    ``onderdrukt`` (minder dan `minimum`: dan blijft het gemiddelde leeg, want een gemiddelde
    van twee oud-leerlingen verraadt hun resultaat).

    De rijen staan in een vaste volgorde (finaliteit, dan alfabetisch), bewust niet van hoog
    naar laag: het is geen ranglijst van richtingen. Met `schooljaren` beperk je tot wie in die
    schooljaren afstudeerde.

    Voorbeeld
    ---------
    >>> al = pd.DataFrame({"studierichting": ["X"] * 4 + ["Y"] * 2,
    ...     "finaliteit": "doorstroom", "schooljaar_afgestudeerd": "2024-2025",
    ...     "studierendement": [60.0, 80.0, 70.0, None, 90.0, 50.0]})
    >>> alumni_samenvatting(al)[["studierichting", "afgestudeerden", "in_hoger_onderwijs",
    ...                          "onderdrukt"]]
      studierichting  afgestudeerden  in_hoger_onderwijs  onderdrukt
    0              X               4                   3        True
    1              Y               2                   2        True
    >>> alumni_samenvatting(al, minimum=1)["gemiddeld_studierendement"].tolist()
    [70.0, 70.0]
    """
    controleer_kolommen(alumni, [groep, "studierendement"], "alumni")
    deel = _kies_schooljaren(alumni, "schooljaar_afgestudeerd", schooljaren, "alumni")
    rang = {}
    if "finaliteit" in deel.columns and groep != "finaliteit":
        rang = {g: FINALITEIT_RANG.get(f, 0) for g, f in
                deel.groupby(groep)["finaliteit"].first().items()}
    rijen = []
    for g in _sorteer(deel[groep].dropna().unique(), rang):
        waarden = pd.to_numeric(deel.loc[deel[groep] == g, "studierendement"]).dropna()
        n_totaal = int((deel[groep] == g).sum())
        n = len(waarden)
        gemiddelde = float(waarden.mean()) if n else math.nan
        half = t_halve_breedte(waarden)
        onderdrukt = n < minimum
        rijen.append({
            groep: g, "afgestudeerden": n_totaal, "in_hoger_onderwijs": n,
            "aandeel_hoger_onderwijs": round(100 * n / n_totaal, 1),
            "gemiddeld_studierendement": math.nan if onderdrukt else round(gemiddelde, 1),
            "ondergrens": math.nan if onderdrukt else round(max(0.0, gemiddelde - half), 1),
            "bovengrens": math.nan if onderdrukt else round(min(100.0, gemiddelde + half), 1),
            "onzeker": n < min_n, "onderdrukt": onderdrukt})
    return pd.DataFrame(rijen, columns=[groep, "afgestudeerden", "in_hoger_onderwijs",
                                        "aandeel_hoger_onderwijs", "gemiddeld_studierendement",
                                        "ondergrens", "bovengrens", "onzeker", "onderdrukt"])


def studierendement_per_groep(alumni: pd.DataFrame, groep: str = "studierichting", *,
                              schooljaren: Sequence[str] | None = None, min_n: int = MIN_GROEP,
                              minimum: int = MINIMUM) -> go.Figure:
    """Het gemiddelde studierendement in het eerste jaar hoger onderwijs per groep.

    Een bolletje per groep met een foutbalk (95 %-interval, zie `alumni_samenvatting`). Een
    open bolletje: minder dan `min_n` oud-leerlingen, dus onzeker. Groepen onder `minimum`
    krijgen geen bolletje ("te weinig gegevens"). De volgorde is vast (finaliteit, dan
    alfabetisch): geen ranglijst.

    Voorbeeld
    ---------
    >>> al = pd.DataFrame({"studierichting": ["X"] * 6, "finaliteit": "doorstroom",
    ...                    "studierendement": [60.0, 80, 70, 65, 75, 70]})
    >>> fig = studierendement_per_groep(al)
    >>> list(fig.data[0].y), list(fig.data[0].x)
    (['X (n = 6)'], [70.0])
    """
    tabel = alumni_samenvatting(alumni, groep, schooljaren=schooljaren, min_n=min_n,
                                minimum=minimum)
    labels = [f"{g} (n = {n})" if not o else f"{g} (te weinig gegevens)"
              for g, n, o in zip(tabel[groep], tabel["in_hoger_onderwijs"], tabel["onderdrukt"],
                                 strict=True)]
    getoond = ~tabel["onderdrukt"]
    fig = go.Figure(go.Scatter(
        y=[lab for lab, t in zip(labels, getoond, strict=True) if t],
        x=tabel.loc[getoond, "gemiddeld_studierendement"].tolist(), mode="markers",
        marker={"size": 12, "color": OKABE_ITO["blauw"], "line": {"width": 2},
                "symbol": ["circle-open" if o else "circle"
                           for o in tabel.loc[getoond, "onzeker"]]},
        error_x={"type": "data", "symmetric": False, "thickness": 1.5, "width": 6,
                 "array": (tabel.loc[getoond, "bovengrens"]
                           - tabel.loc[getoond, "gemiddeld_studierendement"]).round(1).tolist(),
                 "arrayminus": (tabel.loc[getoond, "gemiddeld_studierendement"]
                                - tabel.loc[getoond, "ondergrens"]).round(1).tolist()},
        customdata=tabel.loc[getoond, ["ondergrens", "bovengrens"]].to_numpy(),
        hovertemplate=("%{y}<br>gemiddeld %{x:.0f} % van de studiepunten<br>95 %-interval: "
                       "%{customdata[0]:.0f} tot %{customdata[1]:.0f} %<extra></extra>"),
        showlegend=False))
    # de onderdrukte groepen staan er wel, zonder bolletje, zodat niets stil verdwijnt
    fig.add_trace(go.Scatter(y=labels, x=[None] * len(labels), mode="markers",
                             showlegend=False, hoverinfo="skip"))
    pas_stijl_toe(fig, "Studierendement van oud-leerlingen in het eerste jaar hoger onderwijs",
                  f"Foutbalk: 95 %-interval. Open bolletje: minder dan {min_n} oud-leerlingen. "
                  "Vaste volgorde, geen ranglijst.", hoogte=200 + 36 * len(labels))
    fig.update_xaxes(title_text="Gemiddeld aandeel behaalde studiepunten (%)", range=[0, 100],
                     ticksuffix=" %", showgrid=True, gridcolor="#EBEBEB")
    fig.update_yaxes(title_text="", autorange="reversed", categoryorder="array",
                     categoryarray=labels, showgrid=False)
    return fig


# ----------------------------------------------------------------------------- 4. transparantie

def meetoverzicht(datasets: Sequence[str] | None = None, *,
                  doelen: Mapping[str, str] | None = None) -> pd.DataFrame:
    """"Wat we meten en waarom": een overzicht voor de schoolwebsite of een ouderavond.

    Per dataset: wat erin staat, waarom de school het bijhoudt (`DOELEN`, of je eigen tekst
    via `doelen`), of het gevoelige gegevens bevat, de soort bron (digitaal, verplicht, hoe
    vaak het verandert) en wie het mag zien (uit `privacy.ROLLEN`). Zonder `datasets`: alle
    tabellen over de eigen school, zonder de grondwaarheid en zonder de echte
    bevragingscijfers uit het bronmateriaal.

    Voorbeeld
    ---------
    >>> ov = meetoverzicht(["attesten"], doelen={"attesten": "de deliberatie onderbouwen"})
    >>> ov.loc[0, "waarom"]
    'de deliberatie onderbouwen'
    >>> ov.loc[0, "wie ziet het"]
    'leerling: eigen gegevens; leerkracht: eigen klassen; klastitularis: titularisklas; \
zorgcoordinator: alles; directie: enkel cijfers per groep'
    >>> meetoverzicht(["rapportcijfers"])
    Traceback (most recent call last):
    ...
    ValueError: Onbekende dataset 'rapportcijfers'. Bestaande datasets: leerlingen, ...
    """
    if datasets is None:
        namen = [n for n, t in TABELLEN.items()
                 if not t.echte_gegevens and n != "grondwaarheid"]
    else:
        namen = [datasets] if isinstance(datasets, str) else list(datasets)
        onbekend = [n for n in namen if n not in TABELLEN]
        if onbekend:
            raise ValueError(f"Onbekende dataset {onbekend[0]!r}. Bestaande datasets: "
                             f"{', '.join(TABELLEN)}.")
    eigen = dict(DOELEN, **(doelen or {}))
    rijen = []
    for naam in namen:
        tabel = TABELLEN[naam]
        wie = [f"{rol}: {_NIVEAU_KORT.get(t.niveau, NIVEAUS[t.niveau])}"
               for rol, info in ROLLEN.items() if (t := info.toegang.get(naam)) is not None]
        rijen.append({
            "dataset": naam, "wat": tabel.beschrijving, "waarom": eigen.get(naam, ""),
            "gevoelig": "ja" if tabel.gevoelig else "nee",
            "soort bron": f"{tabel.bron['digitaal']}, {tabel.bron['verplicht']}, "
                          f"{tabel.bron['dynamisch']}",
            "wie ziet het": "; ".join(wie) if wie else "niemand (enkel in de cursus)"})
    return pd.DataFrame(rijen)


#: De widgets staan in `schooldata_lit.schermen.doorstroom` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.doorstroom",
                                ["verken_doorstroom", "verken_attesten", "verken_alumni"])
