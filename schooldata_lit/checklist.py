"""Een checklist voor het databeleid van je school, met een samenvatting om te delen.

Een schoolteam overloopt samen de punten van `PUNTEN` (doel en visie, toegang en rollen,
privacy, bewaren, leerlingen en ouders, van signaal naar gesprek), vinkt aan wat al geregeld
is en noteert per thema afspraken of werkpunten. `samenvatting` maakt daar een overzicht van
in Markdown of HTML (om te mailen, af te drukken of in een verslag te plakken);
`checklist_widget` doet hetzelfde met vinkjes en tekstvakken, zonder code.

De punten volgen het bronmateriaal van de cursus: het onderzoeksproject "Schooldata: meten,
weten en de volgende stap vergeten?" (Arteveldehogeschool) en de bevraging over Smartschool
Analytics bij 75 leerlingen en 33 leerkrachten, aangevuld met de principes van de AVG (GDPR):
doelbinding, minimale gegevensverwerking en opslagbeperking. De checklist is een hulpmiddel
voor het gesprek, geen juridisch advies: wat je school precies moet bewaren en hoelang, vraag
je na bij het aanspreekpunt gegevensbescherming van je schoolbestuur.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from .kern.lui import lui_doorverwijzen

__all__ = ["Punt", "PUNTEN", "THEMAS", "checklist", "samenvatting"]


@dataclass(frozen=True)
class Punt:
    """Eén punt van de checklist."""

    code: str
    thema: str
    vraag: str
    waarom: str


#: De punten van de checklist, per thema.
PUNTEN: tuple[Punt, ...] = (
    Punt("doel", "Doel en visie",
         "We vertrekken van een heldere vraag of een helder doel, niet van de data die er "
         "toevallig zijn.",
         "'Vertrek niet uit data maar uit heldere doelen die data verengen' (Schooldata-project)."),
    Punt("visie", "Doel en visie",
         "Onze school heeft een visie op datagebruik, en het team kent ze.",
         "Slechts 458 van de 1130 bevraagde teamleden zeggen dat hun school zo'n visie heeft."),
    Punt("minimaal", "Doel en visie",
         "We verzamelen en bekijken enkel de gegevens die we voor dat doel nodig hebben.",
         "Minimale gegevensverwerking (AVG); 'dataverenging tot wat de leerkracht echt nodig "
         "heeft'."),
    Punt("rollen", "Toegang en rollen",
         "Per rol ligt vast wie welke gegevens mag zien (leerling, leerkracht, klastitularis, "
         "zorgcoördinator, directie).",
         "Het PWO-onderzoek vond op veel scholen geen afspraken over wie toegang heeft."),
    Punt("geaggregeerd", "Toegang en rollen",
         "Cijfers voor beleid zijn geaggregeerd, en kleine groepen (minder dan 5 leerlingen) "
         "worden niet getoond.",
         "Een cel met 1 tot 4 leerlingen kan verraden over wie het gaat."),
    Punt("gevoelig", "Toegang en rollen",
         "Gevoelige kenmerken (thuistaal, schooltoeslag) gebruiken we enkel geaggregeerd, om "
         "gelijke kansen te bespreken.",
         "Zulke kenmerken op leerlingniveau kunnen stigmatiseren."),
    Punt("pseudoniem", "Privacy en beveiliging",
         "Wat we samen analyseren of delen, is gepseudonimiseerd; de sleutel bewaart één "
         "verantwoordelijke, apart van de data.",
         "Zonder sleutel kan niemand de codes terugrekenen naar leerlingen."),
    Punt("geen_anoniem", "Privacy en beveiliging",
         "We weten dat gepseudonimiseerde gegevens nog altijd persoonsgegevens zijn.",
         "Een klas, een geslacht en een geboortejaar samen kunnen één leerling aanwijzen."),
    Punt("aanspreekpunt", "Privacy en beveiliging",
         "We weten wie op school of bij het schoolbestuur het aanspreekpunt voor "
         "gegevensbescherming is.",
         "Bij twijfel over een export, een nieuwe tool of een datalek weet je bij wie je "
         "terechtkunt."),
    Punt("termijnen", "Bewaren en verwijderen",
         "Per soort gegevens weten we hoelang we ze bewaren, en wie ze daarna verwijdert.",
         "Slechts 1 op 4 bevraagde teamleden weet hoelang data moeten worden bewaard "
         "(Schooldata-project); opslagbeperking (AVG)."),
    Punt("kopies", "Bewaren en verwijderen",
         "Losse exports en kopieën (Excel, USB-stick, mailbijlage) ruimen we op zodra ze niet "
         "meer nodig zijn.",
         "Een vergeten kopie ontsnapt aan elke bewaartermijn en elke toegangsregel."),
    Punt("transparant", "Leerlingen en ouders",
         "Leerlingen en ouders weten welke gegevens we gebruiken en waarvoor.",
         "Leerlingen vragen 'dat het gebruikt wordt waarvoor het dient'."),
    Punt("inspraak", "Leerlingen en ouders",
         "Leerlingen hebben inspraak in hoe een analysetool of dashboard gebruikt wordt.",
         "44 van de 75 bevraagde leerlingen vinden inspraak belangrijk, 3 niet."),
    Punt("geen_rangorde", "Leerlingen en ouders",
         "Een leerling ziet zijn eigen vooruitgang naast het klasgemiddelde, nooit een "
         "rangorde van leerlingen.",
         "Leerlingen willen niet vergeleken worden met klasgenoten."),
    Punt("gesprek", "Van signaal naar gesprek",
         "Een knipperlicht is bij ons een vraag voor een gesprek met de leerling, geen oordeel.",
         "'Dat ze er ook iets mee moeten doen ... en er met de leerling zelf over praten' "
         "(een leerling)."),
    Punt("geen_overreactie", "Van signaal naar gesprek",
         "We reageren niet overhaast op een tijdelijke dip en kijken naar de context.",
         "Leerkrachten vrezen dat 'kleinigheden te snel uitvergroot worden'."),
    Punt("boodschapper", "Van signaal naar gesprek",
         "Het is afgesproken wie een signaal bespreekt met de leerling en de ouders.",
         "Leerkrachten vragen 'van wie gaat de boodschap aan leerling/ouders' komen."),
    Punt("vorming", "Van signaal naar gesprek",
         "Er zijn richtlijnen en vorming voor het team over het lezen van data.",
         "24 van de 33 bevraagde leerkrachten vragen duidelijke richtlijnen; 28 staan open "
         "voor vorming."),
)

#: De thema's in de volgorde van de checklist.
THEMAS: tuple[str, ...] = tuple(dict.fromkeys(p.thema for p in PUNTEN))
_CODES = {p.code for p in PUNTEN}


def checklist() -> pd.DataFrame:
    """De checklist als tabel: code, thema, vraag en waarom.

    >>> tabel = checklist()
    >>> len(tabel), list(tabel.columns)
    (18, ['code', 'thema', 'vraag', 'waarom'])
    >>> tabel["thema"].unique().tolist()[:2]
    ['Doel en visie', 'Toegang en rollen']
    """
    return pd.DataFrame([vars(p) for p in PUNTEN])


def _afgevinkt(afgevinkt: Iterable[str] | Mapping[str, bool] | None) -> set[str]:
    if afgevinkt is None:
        return set()
    if isinstance(afgevinkt, str):
        raise TypeError("Geef een lijst codes, bv. ['doel', 'rollen'], niet één tekst.")
    if isinstance(afgevinkt, Mapping):
        codes = {code for code, aan in afgevinkt.items() if aan}
        alle = set(afgevinkt)
    else:
        codes = set(afgevinkt)
        alle = codes
    onbekend = sorted(alle - _CODES)
    if onbekend:
        raise ValueError(f"Onbekende code(s) in de checklist: {', '.join(onbekend)}. "
                         f"Bestaande codes: {', '.join(p.code for p in PUNTEN)}.")
    return codes


def _controleer_notities(notities: Mapping[str, str] | None) -> dict[str, str]:
    if notities is None:
        return {}
    onbekend = sorted(set(notities) - set(THEMAS))
    if onbekend:
        raise ValueError(f"Onbekend thema in de notities: {', '.join(onbekend)}. "
                         f"Thema's: {', '.join(THEMAS)}.")
    return {thema: str(tekst).strip() for thema, tekst in notities.items()
            if str(tekst).strip()}


def samenvatting(
    afgevinkt: Iterable[str] | Mapping[str, bool] | None = None,
    notities: Mapping[str, str] | None = None,
    *,
    school: str = "",
    opgesteld_door: str = "",
    datum: str = "",
    formaat: str = "markdown",
) -> str:
    """Maak een samenvatting van de ingevulde checklist, in Markdown of HTML.

    Parameters
    ----------
    afgevinkt : de codes van de punten die al geregeld zijn (zie `checklist()`), of een
        woordenboek code → True/False.
    notities : per thema (zie `THEMAS`) afspraken of werkpunten, als tekst.
    school, opgesteld_door, datum : komen bovenaan de samenvatting.
    formaat : ``"markdown"`` of ``"html"``.

    Geeft terug
    -----------
    str : de samenvatting: per thema wat geregeld is (☑) en wat nog niet (☐), de notities, en
    tot slot de lijst werkpunten.

    Voorbeeld
    ---------
    >>> tekst = samenvatting(["doel", "rollen"], {"Doel en visie": "Vraag: doorstroom 2e-3e."},
    ...                      school="Sint-Gommaruscollege")
    >>> print(tekst.splitlines()[0])
    # Databeleid – Sint-Gommaruscollege
    >>> "2 van de 18 punten" in tekst
    True
    >>> "☑ We vertrekken van een heldere vraag" in tekst
    True
    >>> samenvatting(["privacy"])
    Traceback (most recent call last):
    ...
    ValueError: Onbekende code(s) in de checklist: privacy. Bestaande codes: doel, visie, ...
    """
    codes = _afgevinkt(afgevinkt)
    teksten = _controleer_notities(notities)
    if formaat not in ("markdown", "html"):
        raise ValueError(f"Kies formaat='markdown' of formaat='html', niet {formaat!r}.")
    titel = "Databeleid" + (f" – {school.strip()}" if school.strip() else "")
    meta = [f"{label}: {waarde.strip()}" for label, waarde in
            (("Opgesteld door", opgesteld_door), ("Datum", datum)) if waarde.strip()]
    telling = (f"{len(codes)} van de {len(PUNTEN)} punten {'is' if len(codes) == 1 else 'zijn'} "
               "geregeld. Een leeg vakje is "
               "geen fout, maar een werkpunt voor het team.")
    open_punten = [p for p in PUNTEN if p.code not in codes]
    if formaat == "html":
        return _html(titel, meta, telling, codes, teksten, open_punten)
    regels = [f"# {titel}", ""]
    if meta:
        regels += [" · ".join(meta), ""]
    regels += [telling, ""]
    for thema in THEMAS:
        regels += [f"## {thema}", ""]
        regels += [f"- {'☑' if p.code in codes else '☐'} {p.vraag}"
                   for p in PUNTEN if p.thema == thema]
        if thema in teksten:
            regels += ["", f"*Afspraken en notities:* {teksten[thema]}"]
        regels.append("")
    regels += ["## Werkpunten", ""]
    regels += ([f"- {p.vraag} ({p.thema})" for p in open_punten] if open_punten
               else ["- Alle punten zijn geregeld. Plan een moment om ze jaarlijks te "
                     "herbekijken."])
    return "\n".join(regels) + "\n"


def _html(titel: str, meta: list[str], telling: str, codes: set[str],
          teksten: dict[str, str], open_punten: list[Punt]) -> str:
    e = html.escape
    delen = [f"<h1>{e(titel)}</h1>"]
    if meta:
        delen.append(f"<p>{e(' · '.join(meta))}</p>")
    delen.append(f"<p>{e(telling)}</p>")
    for thema in THEMAS:
        items = "".join(f"<li>{'☑' if p.code in codes else '☐'} {e(p.vraag)}</li>"
                        for p in PUNTEN if p.thema == thema)
        delen.append(f"<h2>{e(thema)}</h2><ul style=\"list-style: none\">{items}</ul>")
        if thema in teksten:
            delen.append(f"<p><em>Afspraken en notities:</em> {e(teksten[thema])}</p>")
    werk = ("".join(f"<li>{e(p.vraag)} ({e(p.thema)})</li>" for p in open_punten)
            or "<li>Alle punten zijn geregeld. Plan een moment om ze jaarlijks te "
               "herbekijken.</li>")
    delen.append(f"<h2>Werkpunten</h2><ul>{werk}</ul>")
    return "\n".join(delen) + "\n"


#: De widgets staan in `schooldata_lit.schermen.checklist` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.checklist", ["checklist_widget"])
