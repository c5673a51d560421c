"""Tests voor schooldata_lit.oefeningen.dataplanbeoordeling: het succescriterium van een
dataplan vertrekt van de nulmeting en heeft een doel aan de goede kant ervan. Bij iets wat je
liever minder ziet (afwezigheden, C-attesten, uitval) is een lager percentage beter."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schooldata_lit.dataplan import voorbeeldplan
from schooldata_lit.oefeningen import Antwoordfout
from schooldata_lit.oefeningen.dataplanbeoordeling import (
    beoordeel_criterium,
    controleer_dataplan,
    richting_van_indicator,
)

NULMETING = (3, 20)  # 15 %
VERKEERDE_KANT = "verkeerde kant"
GEEN_NULMETING = "vertrekt nog niet van je nulmeting"


@pytest.mark.parametrize("criterium", [
    "Het aandeel leerlingen met taalsteun stijgt van 15 % (3 van de 20) naar minstens 60 %.",
    "Van drie van de twintig naar minstens de helft.",
    "Van 3 naar minstens 12 leerlingen met remediëring.",
    "Van vijftien procent naar vijfentwintig procent.",
    # het omgekeerde aandeel (zonder steun): daar is lager beter
    "Het aandeel zonder taalsteun daalt van 85 % (17 van de 20) naar hoogstens 40 %.",
])
def test_hoger_is_beter_juist(criterium):
    assert beoordeel_criterium(criterium, NULMETING, beter="hoger") == []


@pytest.mark.parametrize("criterium", [
    "De ongewettigde afwezigheden dalen van 15 % naar 10 %.",
    "Van 15 % naar 10 % C-attesten in het vierde jaar.",
    "Van vijftien procent naar tien procent uitval.",
    "Van 3 van de 20 naar hoogstens 1 van de 20 leerlingen met een C-attest.",
])
def test_lager_is_beter_juist(criterium):
    assert beoordeel_criterium(criterium, NULMETING, beter="lager") == []


@pytest.mark.parametrize(("criterium", "beter"), [
    ("Van 15 % (3 van de 20) naar 10 % leerlingen met taalsteun.", "hoger"),
    ("De afwezigheden stijgen van 15 % naar 20 %.", "lager"),
    ("Het aandeel zonder taalsteun gaat van 17 van de 20 naar 19 van de 20.", "hoger"),
])
def test_doel_aan_de_verkeerde_kant(criterium, beter):
    opmerkingen = beoordeel_criterium(criterium, NULMETING, beter=beter)
    assert len(opmerkingen) == 1 and VERKEERDE_KANT in opmerkingen[0]


def test_zonder_nulmeting_of_zonder_doel():
    assert GEEN_NULMETING in beoordeel_criterium("Van 40 % naar 80 %.", NULMETING)[0]
    opmerking = beoordeel_criterium("Van 15 % naar minder.", NULMETING, beter="lager")
    assert len(opmerking) == 1 and "geen doel dat lager ligt" in opmerking[0]
    # een jaartal is geen doel
    assert "geen doel" in beoordeel_criterium("Van 15 % in 2026.", NULMETING)[0]
    with pytest.raises(ValueError, match="hoger' of 'lager"):
        beoordeel_criterium("Van 15 % naar 10 %.", NULMETING, beter="minder")


@pytest.mark.parametrize(("tekst", "richting"), [
    ("het aandeel C-attesten in het vierde jaar", "lager"),
    ("Dalen de ongewettigde afwezigheden in 2BOR?", "lager"),
    ("vroegtijdig schoolverlaten", "lager"),
    ("leerlingen zonder taalsteun", "lager"),
    ("Krijgen de instromers met aandachtspunt taal remediëring?", "hoger"),
    ("het aandeel A-attesten", "hoger"),
])
def test_richting_van_indicator(tekst, richting):
    assert richting_van_indicator(tekst) == richting


def test_controleer_dataplan_leidt_de_richting_af_uit_de_vraag():
    """Met `beter=None` komt de richting uit de vraag van het plan (dit)."""
    privacy = "Enkel de zorgcoördinator ziet de namen; het datateam ziet enkel aantallen."
    plan = replace(voorbeeldplan(), dit="Dalen de C-attesten in 4BOR?", privacy=privacy,
                   criterium="Het aandeel C-attesten daalt van 15 % (3 van de 20) naar 10 %.")
    ruimte = {"plan": plan}
    bronnen = tuple(plan.databronnen)
    controleer_dataplan("plan", nulmeting=NULMETING, beter=None, ruimte=ruimte,
                        bronnen=bronnen, vandaag="2026-06-30")
    with pytest.raises(Antwoordfout, match=VERKEERDE_KANT):
        controleer_dataplan("plan", nulmeting=NULMETING, beter="hoger", ruimte=ruimte,
                            bronnen=bronnen, vandaag="2026-06-30")
