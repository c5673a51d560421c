"""Een dataplan uit een opdracht beoordelen (opdracht 1.7): is het succescriterium meetbaar
en ligt het doel aan de goede kant van de nulmeting (`beoordeel_criterium`; bij afwezigheden,
C-attesten of uitval is lager beter, zie `richting_van_indicator`), is de privacy geregeld
(`beoordeel_privacy`), en het geheel (`controleer_dataplan`).
"""

from __future__ import annotations

import re
import sys

from .antwoorden import Antwoordfout, controleer, normaliseer_tekst

__all__ = ["controleer_dataplan", "beoordeel_criterium", "beoordeel_privacy",
           "richting_van_indicator", "LAGER_IS_BETER"]


_TELWOORDEN = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100,
}
_BREUKWOORDEN = {"de helft": 50.0, "helft": 50.0, "een derde": 100 / 3, "twee derde": 200 / 3,
                 "een kwart": 25.0, "driekwart": 75.0, "drie kwart": 75.0, "alle": 100.0,
                 "iedereen": 100.0, "elke leerling": 100.0, "allemaal": 100.0}
_ROLWOORDEN = ("zorgco", "leerkracht", "lesgever", "directie", "datateam", "klassenraad", "clb",
               "ouder", "leerlingbegeleid", "vakgroep", "coördinator", "coordinator", "team",
               "secretariaat", "mentor", "klastitularis")
_GEGEVENSWOORDEN = ("naam", "namen", "aantal", "gegevens", "fiche", "lijst", "anoniem",
                    "geaggregeerd", "percentage", "individu", "pseudoniem", "cijfers")


#: Woorden voor iets wat je liever minder ziet: daar is een lager percentage een verbetering.
LAGER_IS_BETER = ("afwezig", "afwezigheid", "spijbel", "c-attest", "b-attest", "uitval",
                  "uitstroom zonder", "zonder diploma", "zonder kwalificatie", "ongekwalificeerd",
                  "zittenblijv", "zittenblijf", "te laat", "tekort", "onvoldoende", "buis",
                  "schoolmoe", "vroegtijdig", "schooluitval", "pesten", "gepest", "zonder")


def richting_van_indicator(tekst: str) -> str:
    """"lager" als de indicator iets is wat je liever minder ziet (afwezigheden, C-attesten,
    uitval, leerlingen *zonder* steun), anders "hoger".

    >>> richting_van_indicator("het aandeel C-attesten in het vierde jaar")
    'lager'
    >>> richting_van_indicator("leerlingen met aandachtspunt taal die remediëring krijgen")
    'hoger'
    """
    zonder = normaliseer_tekst(tekst or "")
    return "lager" if any(re.search(rf"\b{re.escape(w)}", zonder) for w in LAGER_IS_BETER) \
        else "hoger"


def _hoeveelheden(tekst: str, noemer: int | None = None) -> list[float]:
    """Alle hoeveelheden in een tekst als percentage, in de volgorde waarin ze staan, ook in
    woorden ("vijftien", "twintig procent", "de helft"). Een 'x van de y' telt als één
    percentage; een los geheel aantal (hoogstens `noemer`) ook als aandeel van `noemer`.
    Jaartallen tellen niet mee."""
    zonder = normaliseer_tekst(tekst)
    gevonden: list[tuple[int, float]] = []
    for woord, procent in sorted(_BREUKWOORDEN.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"\b{normaliseer_tekst(woord)}\b", zonder):
            gevonden.append((m.start(), procent))
            zonder = zonder[:m.start()] + " " * (m.end() - m.start()) + zonder[m.end():]
    # samengestelde telwoorden zoals "vijfentwintig" (5 en 20 → 25)
    eenheden = "|".join(w for w, g in _TELWOORDEN.items() if 1 <= g <= 9 and w != "één")
    tientallen = "|".join(w for w, g in _TELWOORDEN.items() if g in range(20, 100, 10))
    zonder = re.sub(rf"\b({eenheden})en({tientallen})\b",
                    lambda m: str(_TELWOORDEN[m.group(1)] + _TELWOORDEN[m.group(2)]).ljust(
                        len(m.group(0))), zonder)
    for woord, getal in sorted(_TELWOORDEN.items(), key=lambda kv: -len(kv[0])):
        zonder = re.sub(rf"\b{normaliseer_tekst(woord)}\b",
                        lambda m, g=getal: str(g).ljust(len(m.group(0))), zonder)
    getal = r"\d+(?:[.,]\d+)?"
    breuk = re.compile(rf"({getal})\s*(?:van de|van|op|/)\s*(?:de\s+)?({getal})")
    for m in breuk.finditer(zonder):
        teller, noemer_ = (float(x.replace(",", ".")) for x in m.groups())
        if noemer_ > 0:
            gevonden.append((m.start(), 100 * teller / noemer_))
    zonder = breuk.sub(lambda m: " " * len(m.group(0)), zonder)
    for m in re.finditer(getal, zonder):
        waarde = float(m.group(0).replace(",", "."))
        if 1900 <= waarde <= 2100:
            continue  # een jaartal
        rest = zonder[m.end():m.end() + 30].lstrip()
        if rest.startswith(("%", "procent")):
            gevonden.append((m.start(), waarde))
        elif noemer and waarde == int(waarde) and 0 <= waarde <= noemer:
            gevonden.append((m.start(), 100 * waarde / noemer))  # een aantal leerlingen
        elif waarde <= 100:
            gevonden.append((m.start(), waarde))
    return [p for _, p in sorted(gevonden)]


def beoordeel_criterium(criterium: str, nulmeting: tuple[int, int], *,
                        beter: str = "hoger") -> list[str]:
    """Opmerkingen bij een succescriterium dat van een nulmeting `teller van de noemer` moet
    vertrekken: het noemt die nulmeting (als percentage of als 'x van de y', in cijfers of in
    woorden) én een doel aan de goede kant ervan. Eender welk getal volstaat dus niet.

    `beter` zegt in welke richting de indicator van de nulmeting beter wordt: "hoger" (bv. het
    aandeel leerlingen dat taalsteun krijgt) of "lager" (afwezigheden, C-attesten, uitval; zie
    `richting_van_indicator`). Vertrekt het criterium van het omgekeerde aandeel (17 van de 20
    *zonder* steun in plaats van 3 van de 20 mét), dan draait de richting mee om.

    >>> beoordeel_criterium("Van 15 % (3 van de 20) naar minstens 60 %.", (3, 20))
    []
    >>> beoordeel_criterium("Van drie van de twintig naar minstens de helft.", (3, 20))
    []
    >>> beoordeel_criterium("De afwezigheden dalen van 15 % naar 10 %.", (3, 20), beter="lager")
    []
    >>> beoordeel_criterium("Van 17 van de 20 zonder steun naar hoogstens 8.", (3, 20))
    []
    >>> len(beoordeel_criterium("Meer taalsteun in 2027.", (3, 20)))  # geen begin, geen doel
    2
    >>> beoordeel_criterium("Van 15 % naar 10 %.", (3, 20))[0][:41]
    'Je doel ligt aan de verkeerde kant van je'
    """
    if beter not in ("hoger", "lager"):
        raise ValueError(f"beter moet 'hoger' of 'lager' zijn, niet {beter!r}")
    teller, noemer = nulmeting
    basis = 100 * teller / noemer
    getallen = _hoeveelheden(criterium or "", noemer)
    start = next((i for i, g in enumerate(getallen) if abs(g - basis) <= 0.55), None)
    richting = beter
    if start is None and abs(basis - 50) > 0.55:
        # het omgekeerde aandeel (bv. zonder steun): daar is de andere richting beter
        start = next((i for i, g in enumerate(getallen) if abs(g - (100 - basis)) <= 0.55),
                     None)
        if start is not None:
            basis, richting = 100 - basis, ("lager" if beter == "hoger" else "hoger")
    geen_doel = (
        f"Je criterium heeft nog geen doel dat {richting} ligt dan de nulmeting. Zeg hoeveel "
        "leerlingen (of welk percentage) je wil bereiken, in cijfers of in woorden ('minstens "
        "de helft', 'twaalf van de twintig').")
    if start is None:
        return ["Je criterium vertrekt nog niet van je nulmeting uit vraag 3. Noem de "
                "beginwaarde (als percentage of als 'zoveel van de zoveel'), zodat iedereen "
                "later kan zien of het beter werd."] + ([] if getallen else [geen_doel])
    doelen = [g for g in getallen[start + 1:] if abs(g - basis) > 0.55 and 0 <= g <= 100]
    if any((g > basis) == (richting == "hoger") for g in doelen):
        return []
    if doelen:
        return [
            "Je doel ligt aan de verkeerde kant van je nulmeting: bij deze indicator is "
            f"{richting} beter, dus een verbetering betekent een {richting} percentage (of "
            "aantal). Kijk na wat je telt en in welke richting het beter wordt."]
    return [geen_doel]


def beoordeel_privacy(privacy: str) -> list[str]:
    """Opmerkingen bij een privacyafspraak: ze zegt wie (een rol) welke gegevens ziet.
    "nvt", "geen" of een loze zin volstaan niet.

    >>> beoordeel_privacy("Enkel de zorgcoördinator ziet de namen; het team ziet aantallen.")
    []
    >>> len(beoordeel_privacy("nvt"))
    1
    """
    tekst = normaliseer_tekst(privacy or "")
    if len(tekst) >= 15 and any(r in tekst for r in _ROLWOORDEN) and any(
            g in tekst for g in _GEGEVENSWOORDEN):
        return []
    return ["Je privacyafspraak zegt nog niet wie welke gegevens ziet. Noem de rollen (bv. de "
            "zorgcoördinator, de vakleerkrachten, het datateam) en wat elk ziet (namen of enkel "
            "aantallen). 'nvt' kan niet: de BaSO-fiches zijn gevoelige gegevens."]


def controleer_dataplan(naam: str, *, nulmeting: tuple[int, int] | None = None,
                        vandaag: str = "2026-06-30", bronnen: tuple[str, ...] = (),
                        beter: str | None = "hoger", ruimte: dict | None = None) -> None:
    """Controleer een dataplan uit een opdracht (zoals `controleer` een antwoord controleert).

    Zonder `nulmeting` enkel de vorm (een `Dataplan`). Met `nulmeting`: de opmerkingen van
    `dataplan.controleer_plan`, waarbij het criterium strenger bekeken wordt dan "er staat een
    getal in" (zie `beoordeel_criterium`), plus `beoordeel_privacy` en de `bronnen` die het
    plan moet blijven gebruiken. Niet in orde: een `Antwoordfout` met alle opmerkingen.
    """
    from schooldata_lit.dataplan import Dataplan, controleer_plan

    if ruimte is None:
        ruimte = sys._getframe(1).f_globals
    if naam not in ruimte:
        controleer(naam, "tekst", ruimte=ruimte)  # dezelfde uitleg bij een typfout
    plan = ruimte[naam]
    if not isinstance(plan, Dataplan):
        raise Antwoordfout(f"{naam} is een {type(plan).__name__}, geen Dataplan. Maak het met "
                           "replace(plan_taal, ...).")
    if nulmeting is None:
        print(f"Vorm in orde: {naam} is een Dataplan. Voer zelf controleer_plan({naam}, "
              f"vandaag=\"{vandaag}\") uit om te zien wat er nog ontbreekt.")
        return
    opmerkingen = [o for o in controleer_plan(plan, vandaag=vandaag)
                   if not o.startswith("Je succescriterium is nog niet meetbaar")]
    if normaliseer_tekst(plan.criterium or ""):
        if beter is None:
            beter = richting_van_indicator(f"{plan.titel or ''} {plan.dit or ''}")
        opmerkingen += beoordeel_criterium(plan.criterium, nulmeting, beter=beter)
    opmerkingen += beoordeel_privacy(plan.privacy or "")
    ontbrekend = [b for b in bronnen if b not in (plan.databronnen or ())]
    if ontbrekend:
        opmerkingen.append(f"Het plan gebruikt {', '.join(ontbrekend)} niet meer.")
    if opmerkingen:
        raise Antwoordfout(f"{naam} is nog niet af. " + " ".join(opmerkingen))
    print(f"{naam}: het plan is af.")
