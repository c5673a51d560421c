"""De lichten zelf: welke regels aan staan, wat ze vinden, en een overzicht voor het team.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from .. import indicatoren as ind
from ..kern.data import laad_dataset
from .metingen import KOLOMMEN, metingen
from .regels import REGELS, lichtrijen

PERIODEREGELS = ("tekort_laatste_periode", "daling_tussen_periodes")

#: Wat elke regel nodig heeft (zie `Metingen.extra["ontbreekt"]` voor de redenen).
_NODIG: dict[str, tuple[str, ...]] = {
    "daling_basislijn": ("resultaten", "maandpunten"),
    "dalende_trend": ("resultaten", "maandpunten"),
    "tekorten": ("resultaten",),
    "tekort_laatste_periode": ("resultaten", "periodes"),
    "daling_tussen_periodes": ("resultaten", "periodes", "twee_periodes"),
    "lage_aanwezigheid": ("kalender", "inschrijvingen", "aanwezigheid"),
    "problematische_afwezigheid": ("kalender", "inschrijvingen", "afwezigheden"),
    "weekdagpatroon": ("kalender", "inschrijvingen", "afwezigheden"),
    "dalende_activiteit": ("platformactiviteit",),
    "taken_achterstand": ("platformactiviteit",),
    "abc_combinatie": (),
    "attesten_klas": ("attesten", "inschrijvingen"),
    "afwijkende_beoordeling": ("resultaten", "leerkrachten"),
    "klasgemiddelde_daalt": ("resultaten",),
    "trend_over_jaren": ("jaarresultaten",),
}


def _waarom_niet(code: str, ontbreekt: Mapping[str, str]) -> str:
    for nodig in _NODIG.get(code, ()):
        if nodig in ontbreekt:
            return ontbreekt[nodig]
    return ""


def catalogus() -> pd.DataFrame:
    """Alle regels met hun uitleg, bron en standaardinstellingen (één rij per regel).

    >>> "dalende_trend" in catalogus().index
    True
    """
    return pd.DataFrame([
        {"code": r.code, "naam": r.naam, "niveau": r.niveau, "domein": r.domein,
         "standaard_aan": r.standaard_aan, "regel": r.beschrijf(), "uitleg": r.uitleg,
         "bron": r.bron, "instellingen": dict(r.instellingen)}
        for r in REGELS.values()
    ]).set_index("code")


def _abc(lichten: pd.DataFrame, s: Mapping[str, float]) -> pd.DataFrame:
    leerling = lichten[(lichten["niveau"] == "leerling")
                       & lichten["domein"].isin(["aanwezigheid", "betrokkenheid",
                                                 "resultaten"])]
    domeinen = leerling.groupby("wie")["domein"].agg(lambda d: sorted(set(d)))
    meer = domeinen[domeinen.map(len) >= s["domeinen"]]
    if meer.empty:
        return pd.DataFrame(columns=KOLOMMEN)
    regel = REGELS["abc_combinatie"]
    tabel = pd.DataFrame({"wie": meer.index, "waarde": meer.map(len).to_numpy(),
                          "n": meer.map(len).to_numpy()})
    rijen = lichtrijen(regel, tabel, wie="wie", waarde="waarde", vergelijking=s["domeinen"],
                   n="n", periode="", instellingen=s)
    rijen["periode"] = ["domeinen: " + ", ".join(d) for d in meer]
    return rijen


def knipperlichten(regels: Iterable[str] | str | None = None,
                   instellingen: Mapping[str, Mapping[str, float]] | None = None,
                   peildatum: str | pd.Timestamp | None = None,
                   map: str | None = None) -> pd.DataFrame:
    """Pas de knipperlichten toe op de school en geef één rij per licht terug.

    - `regels`: welke regels (codes uit `catalogus()`); standaard alle die standaard aan staan,
      `"alle"` voor alle regels;
    - `instellingen`: andere drempels, bv. ``{"lage_aanwezigheid": {"grens": 0.85}}``;
    - `peildatum`: kijk naar de school zoals ze op die dag was (standaard: einde schooljaar);
    - `map`: een andere datamap (bv. je eigen geïmporteerde data).

    >>> lichten = knipperlichten(["lage_aanwezigheid"],
    ...                          {"lage_aanwezigheid": {"grens": 0.85}})
    >>> set(lichten["indicator"])
    {'lage_aanwezigheid'}
    >>> bool((lichten["waarde"] < 0.85).all())
    True
    """
    if regels is None:
        codes = [c for c, r in REGELS.items() if r.standaard_aan]
    elif regels == "alle":
        codes = list(REGELS)
    else:
        codes = [regels] if isinstance(regels, str) else list(regels)
    onbekend = [c for c in codes if c not in REGELS]
    if onbekend:
        raise ValueError(f"Onbekende regel(s): {', '.join(repr(c) for c in onbekend)}. Kies uit: "
                         f"{', '.join(REGELS)}.")
    instellingen = instellingen or {}
    for code, waarden in instellingen.items():
        if code not in REGELS:
            raise ValueError(f"Instellingen voor een onbekende regel {code!r}. Kies uit: "
                             f"{', '.join(REGELS)}.")
        fout = set(waarden) - set(REGELS[code].instellingen)
        if fout:
            raise ValueError(f"Regel {code!r} kent de instelling(en) {sorted(fout)} niet; wel: "
                             f"{sorted(REGELS[code].instellingen)}.")
    m = metingen(peildatum, map)
    ontbreekt = m.extra.get("ontbreekt", {})
    if regels is None:
        codes = standaardregels(peildatum, map)
    redenen = {code: _waarom_niet(code, ontbreekt) for code in codes}
    if "tekorten" in codes and not redenen["tekorten"] and "tekorten" not in m.extra:
        m.extra["tekorten"] = _tekorten_per_leerling(peildatum, map)
    delen = []
    for code in codes:
        if code == "abc_combinatie" or redenen[code]:
            continue
        regel = REGELS[code]
        delen.append(regel.pas_toe(m, {**regel.instellingen, **instellingen.get(code, {})}))
    lichten = _samen(delen)
    if "abc_combinatie" in codes:
        domeinen = {REGELS[c].domein for c in codes if not redenen[c]} & {
            "aanwezigheid", "betrokkenheid", "resultaten"}
        s = {**REGELS["abc_combinatie"].instellingen, **instellingen.get("abc_combinatie", {})}
        if len(domeinen) < s["domeinen"]:
            redenen["abc_combinatie"] = (
                f"regels uit minstens {s['domeinen']:g} domeinen nodig; op deze data konden "
                f"enkel regels lopen over: {', '.join(sorted(domeinen)) or 'geen enkel domein'}")
        else:
            lichten = _samen([lichten, _abc(lichten, s)])
    aantal = lichten["indicator"].value_counts()
    lichten.attrs["regels"] = [
        {"regel": code, "naam": REGELS[code].naam, "gelopen": "nee" if redenen[code] else "ja",
         "lichten": 0 if redenen[code] else int(aantal.get(code, 0)),
         "waarom_niet": redenen[code]} for code in codes]
    return lichten


def standaardregels(peildatum: str | pd.Timestamp | None = None,
                    map: str | None = None) -> list[str]:
    """De regels die standaard aan staan op deze data.

    Zijn de punten per periode (rapport) en niet per toets, dan kunnen de regels die maanden
    vergelijken niet lopen; dan staan de regels voor periodes (`PERIODEREGELS`) aan.

    >>> "tekort_laatste_periode" in standaardregels()  # de cursusschool: toetsen per maand
    False
    """
    codes = [c for c, r in REGELS.items() if r.standaard_aan]
    ontbreekt = metingen(peildatum, map).extra.get("ontbreekt", {})
    if "maandpunten" in ontbreekt and "periodes" not in ontbreekt:
        codes += [c for c in PERIODEREGELS if c not in codes]
    return codes


def regeloverzicht(lichten: pd.DataFrame) -> pd.DataFrame:
    """Welke regels konden lopen op deze data, hoeveel lichten ze gaven, en waarom andere
    regels niet konden lopen (een tabel die ontbreekt, te weinig evaluaties per maand, ...).

    >>> lichten = knipperlichten(["lage_aanwezigheid", "trend_over_jaren"])
    >>> regeloverzicht(lichten)[["gelopen"]]
                     gelopen
    regel
    lage_aanwezigheid       ja
    trend_over_jaren        ja
    """
    rijen = lichten.attrs.get("regels")
    if rijen is None:
        raise ValueError("Deze tabel komt niet (meer) rechtstreeks uit knipperlichten(): het "
                         "overzicht van de regels is verloren gegaan. Geef de tabel van "
                         "knipperlichten() zelf mee, voor je ze filtert of groepeert.")
    return pd.DataFrame(rijen, columns=["regel", "naam", "gelopen", "lichten",
                                        "waarom_niet"]).set_index("regel")


def regelverslag(lichten: pd.DataFrame) -> str:
    """Het `regeloverzicht` in woorden: welke regels konden lopen en welke niet, en waarom.

    Nul lichten betekent dus niet "niets aan de hand" als de regels niet konden lopen.

    >>> print(regelverslag(knipperlichten(["lage_aanwezigheid"])))  # doctest: +ELLIPSIS
    Konden lopen op deze data (1 van de 1 regels): Lage aanwezigheid (... lichten).
    """
    overzicht = regeloverzicht(lichten)
    gelopen = overzicht[overzicht["gelopen"] == "ja"]
    niet = overzicht[overzicht["gelopen"] == "nee"]
    regels = [f"Konden lopen op deze data ({len(gelopen)} van de {len(overzicht)} regels): "
              + (", ".join(f"{r.naam} ({r.lichten} lichten)" for r in gelopen.itertuples())
                 or "geen enkele") + "."]
    if len(niet):
        regels.append("Konden niet lopen (nul lichten betekent hier dus niet 'niets aan de "
                      "hand'): " + "; ".join(f"{r.naam}: {r.waarom_niet}"
                                            for r in niet.itertuples()) + ".")
    return "\n".join(regels)


def _samen(delen: list[pd.DataFrame]) -> pd.DataFrame:
    delen = [d for d in delen if not d.empty]
    if not delen:
        return pd.DataFrame(columns=KOLOMMEN)
    return pd.concat(delen, ignore_index=True)[KOLOMMEN]


def _tekorten_per_leerling(peildatum, map_) -> pd.DataFrame:
    resultaten = laad_dataset("resultaten", map_)
    if peildatum is not None:
        resultaten = resultaten[resultaten["datum"] <= pd.Timestamp(peildatum)]
    p = ind.percentages(resultaten)
    per_vak = p.groupby(["leerling_id", "vak"])[["score", "maximum"]].sum()
    onder = (per_vak["score"] / per_vak["maximum"] < 0.5).groupby("leerling_id").agg(
        ["sum", "size"])
    return pd.DataFrame({"leerling_id": onder.index, "tekorten": onder["sum"].to_numpy(),
                         "vakken": onder["size"].to_numpy()})
