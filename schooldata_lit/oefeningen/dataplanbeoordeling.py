"""Een dataplan uit een opdracht beoordelen (opdracht 1.7): is het succescriterium meetbaar
(`beoordeel_criterium`), is de privacy geregeld (`beoordeel_privacy`), en het geheel
(`controleer_dataplan`).
"""

from __future__ import annotations

import re
import sys

from .antwoorden import Antwoordfout, controleer, normaliseer_tekst

__all__ = ["controleer_dataplan", "beoordeel_criterium", "beoordeel_privacy"]


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


def _hoeveelheden(tekst: str) -> list[float]:
    """Alle getallen in een tekst, ook in woorden ("vijftien", "twintig procent"); een
    'x van de y' wordt ook als percentage toegevoegd."""
    zonder = normaliseer_tekst(tekst)
    breuken = [p for w, p in _BREUKWOORDEN.items()
               if re.search(rf"\b{normaliseer_tekst(w)}\b", zonder)]
    for woord, getal in sorted(_TELWOORDEN.items(), key=lambda kv: -len(kv[0])):
        zonder = re.sub(rf"\b{normaliseer_tekst(woord)}\b", str(getal), zonder)
    # samengestelde telwoorden zoals "vijfentwintig" (5 en 20 → 25)
    zonder = re.sub(r"\b(\d)en(\d0)\b", lambda m: str(int(m.group(1)) + int(m.group(2))), zonder)
    getallen = [float(x.replace(",", ".")) for x in re.findall(r"\d+(?:[.,]\d+)?", zonder)]
    for teller, noemer in re.findall(r"(\d+)\s*(?:van de|van|op|/)\s*(?:de\s+)?(\d+)", zonder):
        if float(noemer) > 0:
            getallen.append(100 * float(teller) / float(noemer))
    return getallen + breuken


def beoordeel_criterium(criterium: str, nulmeting: tuple[int, int]) -> list[str]:
    """Opmerkingen bij een succescriterium dat van een nulmeting `teller van de noemer` moet
    vertrekken: het noemt die nulmeting (als percentage of als 'x van de y', in cijfers of in
    woorden) én een hoger doel. Eender welk getal volstaat dus niet.

    >>> beoordeel_criterium("Van 15 % (3 van de 20) naar minstens 60 %.", (3, 20))
    []
    >>> beoordeel_criterium("Van drie van de twintig naar minstens de helft.", (3, 20))
    []
    >>> len(beoordeel_criterium("Meer taalsteun in 2027.", (3, 20)))  # geen begin, geen doel
    2
    >>> len(beoordeel_criterium("Minstens 5 leerlingen krijgen taalsteun.", (3, 20)))
    1
    """
    teller, noemer = nulmeting
    basis = 100 * teller / noemer
    getallen = _hoeveelheden(criterium or "")
    # een los aantal leerlingen (hoogstens de doelgroep) telt als aandeel van de doelgroep
    getallen += [100 * g / noemer for g in getallen if 0 < g <= noemer and g == int(g)]
    opmerkingen = []
    if not any(abs(g - basis) <= 0.55 for g in getallen):
        opmerkingen.append(
            "Je criterium vertrekt nog niet van je nulmeting uit vraag 3. Noem de beginwaarde "
            "(als percentage of als 'zoveel van de zoveel'), zodat iedereen later kan zien of "
            "het beter werd.")
    if not any(g > basis + 0.55 and g <= 100 for g in getallen if g != 2026 and g < 1900):
        opmerkingen.append(
            "Je criterium heeft nog geen doel dat hoger ligt dan de nulmeting. Zeg hoeveel "
            "leerlingen (of welk percentage) je wil bereiken, in cijfers of in woorden "
            "('minstens de helft', 'twaalf van de twintig').")
    return opmerkingen


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
                        ruimte: dict | None = None) -> None:
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
        opmerkingen += beoordeel_criterium(plan.criterium, nulmeting)
    opmerkingen += beoordeel_privacy(plan.privacy or "")
    ontbrekend = [b for b in bronnen if b not in (plan.databronnen or ())]
    if ontbrekend:
        opmerkingen.append(f"Het plan gebruikt {', '.join(ontbrekend)} niet meer.")
    if opmerkingen:
        raise Antwoordfout(f"{naam} is nog niet af. " + " ".join(opmerkingen))
    print(f"{naam}: het plan is af.")
