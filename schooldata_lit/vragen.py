"""De zelftoetsen van de lesnotebooks: korte vragen zonder punten, met uitleg bij elke keuze.

Elke zelftoets is een woordenboek met ``vraag``, ``feedback_per_optie`` en ``juist``, klaar
voor ``schooldata_lit.simulatiewidget.meerkeuze(**ZELFTOETSEN[code])``. De foute keuzes komen
uit echte misverstanden (de bewijsregels van de cursus); hun uitleg benoemt het misverstand
en verklapt het juiste antwoord niet.

>>> from schooldata_lit.zelftoets import Meerkeuzevraag
>>> all(Meerkeuzevraag(**v) for v in ZELFTOETSEN.values())
True
"""

from __future__ import annotations

__all__ = ["ZELFTOETSEN"]

ZELFTOETSEN: dict[str, dict] = {
    "1.1-interval": {
        "vraag": "De foutbalk bij 2020-2021 loopt van 62,5 tot 63,2. Wat betekent dat?",
        "feedback_per_optie": {
            "Er is 95 % kans dat het echte gemiddelde tussen 62,5 en 63,2 ligt.":
                "Zo lezen veel mensen het, maar het interval is geen kans over dit ene jaar. "
                "Denk aan de steekproeven: wat doet de methode over heel veel intervallen?",
            "Gemiddelden tussen 62,5 en 63,2 passen bij deze cijfers; de methode vangt de "
            "echte waarde in ongeveer 95 van de 100 gevallen.":
                "Juist. Het interval is een gebied van waarden die bij de data passen; de 95 % "
                "zegt iets over de methode, niet over dit ene interval.",
            "95 % van de leerlingen haalde tussen 62,5 en 63,2.":
                "Dat verwart het interval rond een gemiddelde met de spreiding van de "
                "leerlingen zelf. Die is veel breder: leerlingen halen van 30 tot 95.",
        },
        "juist": "Gemiddelden tussen 62,5 en 63,2 passen bij deze cijfers; de methode vangt "
                 "de echte waarde in ongeveer 95 van de 100 gevallen.",
    },
    "1.3-regressie": {
        "vraag": "De 10 % laagste leerlingen in december halen in juni gemiddeld 8 punten meer. "
                 "Wat besluit je?",
        "feedback_per_optie": {
            "De remediëring voor die groep werkte.":
                "Dat negeert regressie naar het gemiddelde: een groep die je kiest omdat ze "
                "extreem laag scoorde, schuift de volgende keer vanzelf op, ook zonder hulp.",
            "Eerst vergelijken met een vergelijkbare groep zonder extra hulp.":
                "Juist. Pas als de groep mét hulp meer opschuift dan een vergelijkbare groep "
                "zonder, zegt het iets over de hulp.",
            "De junitoets was makkelijker.":
                "Dat kan, maar dan zou iedereen stijgen, ook de sterkste leerlingen. Hier "
                "speelt iets dat zonder makkelijkere toets ook gebeurt.",
        },
        "juist": "Eerst vergelijken met een vergelijkbare groep zonder extra hulp.",
    },
    "1.4-precisie": {
        "vraag": "De lichten vonden 53 van de 54 geplante problemen. Betekent dat dat ze in jouw "
                 "school ook 98 % vinden?",
        "feedback_per_optie": {
            "Ja, 98 % is 98 %.":
                "Dat vergeet dat de regels werden afgesteld op dezelfde verzonnen school die de "
                "problemen plantte, en dat het achteraf gemeten is.",
            "Nee: de regels zijn afgesteld op deze verzonnen school, en achteraf gemeten.":
                "Juist. Op de dag zelf (januari) vonden ze er minder dan de helft, en een echte "
                "school heeft andere patronen.",
            "Nee, want 1 probleem werd gemist.":
                "Eén gemist probleem is niet de reden: ook met 54 van 54 zou je niets weten "
                "over een school waarop de regels niet zijn afgesteld.",
        },
        "juist": "Nee: de regels zijn afgesteld op deze verzonnen school, en achteraf gemeten.",
    },
    "1.5-veel-klassen": {
        "vraag": "Je bekijkt 64 klassen waarin niets echt veranderde. Hoeveel hebben ongeveer een "
                 "95 %-interval zonder 0?",
        "feedback_per_optie": {
            "Geen: zonder verandering is er niets te zien.":
                "Dat is het misverstand dat toeval nooit een 'opvallend' resultaat geeft. Kijk "
                "nog eens naar de oranje ruitjes in de simulatie.",
            "Ongeveer 3.":
                "Juist: een 95 %-interval mist in ongeveer 1 op de 20 gevallen, en 5 % van 64 is "
                "ongeveer 3. Zeg dus altijd hoeveel groepen je vergeleek.",
            "Ongeveer de helft.":
                "Dat haalt 'boven of onder het gemiddelde' en 'een interval zonder 0' door "
                "elkaar. De helft ligt boven 0, maar het interval sluit 0 zelden uit.",
        },
        "juist": "Ongeveer 3.",
    },
    "1.5-samenstelling": {
        "vraag": "Het aandeel C-attesten in het eerste leerjaar daalde. Wat is het eerlijke "
                 "verhaal?",
        "feedback_per_optie": {
            "Het eerste leerjaar doet het beter.":
                "Dat leest het totaal alsof elke groep verbeterde. Kijk naar de aandelen per "
                "stroom: veranderden die echt?",
            "In beide stromen kwamen er meer C-attesten bij.":
                "Tel de leerlingen: in de B-stroom waren het er 12 en daarna 5. En een stijging "
                "van 1 of 2 leerlingen is ruis, geen verandering.",
            "De aandelen per stroom bleven ongeveer gelijk; de B-stroom werd veel kleiner.":
                "Juist: het totaal veranderde door de samenstelling (minder leerlingen in de "
                "groep met veel C-attesten), niet doordat een groep veranderde.",
        },
        "juist": "De aandelen per stroom bleven ongeveer gelijk; de B-stroom werd veel kleiner.",
    },
    "1.7-regressie": {
        "vraag": "Na een jaar met 40 % B/C-attesten in 4BOR is het volgend jaar 15 %. Werkte de "
                 "maatregel?",
        "feedback_per_optie": {
            "Ja, het criterium 'hoogstens 20 %' is gehaald.":
                "Dat is regressie naar het gemiddelde: een klas die je koos omdat ze uitschoot, "
                "zakt terug naar haar gewone niveau (± 11 %), ook zonder maatregel.",
            "Dat weet je pas als je vergelijkt met de basislijn en een vergelijkingsgroep.":
                "Juist. Een criterium dat terugkeer naar het gewone niveau alleen al haalt, "
                "zegt niets over de maatregel.",
            "Nee, 15 % is nog altijd hoger dan 11 %.":
                "Met ± 20 leerlingen is 15 % tegenover 11 % één leerling verschil: dat is ruis, "
                "geen bewijs dat het niet werkte.",
        },
        "juist": "Dat weet je pas als je vergelijkt met de basislijn en een vergelijkingsgroep.",
    },
    "1.8-veel-klassen": {
        "vraag": "Van de 64 klassen hebben er 17 een interval zonder 0. Wat zeg je op de "
                 "personeelsvergadering?",
        "feedback_per_optie": {
            "Zeventien klassen gingen er echt op achteruit of vooruit.":
                "Dat vergeet twee dingen: bij 64 klassen verwacht je er een paar door toeval, "
                "en leerlingen van één klas maakten dezelfde toetsen.",
            "We vergeleken 64 klassen; naast de andere klassen en na correctie valt geen "
            "enkele klas op.":
                "Juist: zeg hoeveel klassen je vergeleek, en vergelijk met de andere klassen "
                "(de hele school zakte ook een beetje).",
            "Het interval is fout berekend.":
                "De formule is juist; het is het model erachter (leerlingen als onafhankelijk) "
                "dat niet past als ze dezelfde toetsen maken.",
        },
        "juist": "We vergeleken 64 klassen; naast de andere klassen en na correctie valt geen "
                 "enkele klas op.",
    },
    "2.1-zelfde-toets": {
        "vraag": "Leerlingen halen in december 62 % en in juni 61 %. Leerden ze niets bij?",
        "feedback_per_optie": {
            "Klopt: de winst is ongeveer 0.":
                "Dat veronderstelt dat beide examens dezelfde moeilijkheid hebben. Een "
                "junitoets over meer leerstof is een ander instrument.",
            "Dat kan je zo niet zeggen: het zijn twee verschillende examens.":
                "Juist. Leerwinst meet je met dezelfde of een parallelle toets, vooraf en "
                "achteraf, bij dezelfde leerlingen.",
            "Ze gingen achteruit, want 61 is minder dan 62.":
                "Eén punt verschil valt binnen het interval, en bovendien zijn de twee examens "
                "niet vergelijkbaar.",
        },
        "juist": "Dat kan je zo niet zeggen: het zijn twee verschillende examens.",
    },
    "2.2-noemer": {
        "vraag": "7 van de 33 leerkrachten vinkten 'eens' aan; 3 lieten de vraag open. Welk "
                 "percentage rapporteer je?",
        "feedback_per_optie": {
            "7 / 33 = 21 %.":
                "Zo tel je wie niet antwoordde als 'niet eens'. Deel door wie de vraag echt "
                "beantwoordde, en vermeld hoeveel dat er waren.",
            "7 / 30 = 23 %, met 'n = 30 van 33'.":
                "Juist: de noemer is wie antwoordde, en je zegt hoeveel er ontbreken.",
            "7 / 3 = 233 %.":
                "Een aandeel kan nooit boven 100 % gaan: de noemer hoort het aantal antwoorden "
                "te zijn, niet het aantal lege antwoorden.",
        },
        "juist": "7 / 30 = 23 %, met 'n = 30 van 33'.",
    },
    "2.3-generator": {
        "vraag": "In de verzonnen school stapt geen enkele leerling over naar een 'hogere' "
                 "finaliteit. Wat leer je daaruit over jouw school?",
        "feedback_per_optie": {
            "Dat leerlingen nooit opklimmen.":
                "Dat leest een eigenschap van de generator (hoe de data gemaakt zijn) als een "
                "feit over scholen. Een verzonnen school bewijst niets over echte leerlingen.",
            "Niets: zo werd de verzonnen data gemaakt. Kijk in je eigen data.":
                "Juist. Een patroon dat de generator plantte of wegliet, zegt iets over de "
                "oefendata, niet over jouw school.",
            "Dat de B-attesten streng genoeg zijn.":
                "Dat trekt een beleidsconclusie uit data die daarvoor niet gemaakt zijn. Welke "
                "data zou je daarvoor nodig hebben?",
        },
        "juist": "Niets: zo werd de verzonnen data gemaakt. Kijk in je eigen data.",
    },
    "2.4-schudden": {
        "vraag": "Na 1000 keer schudden is 6,5 % van de verschillen minstens zo groot als het "
                 "echte verschil van 1 punt. Wat betekent dat?",
        "feedback_per_optie": {
            "De remediëring werkte bij 6,5 % van de leerlingen.":
                "Het percentage gaat niet over leerlingen maar over geschudde verdelingen van "
                "de etiketten 'met' en 'zonder' remediëring.",
            "Een verschil van 1 punt geeft toeval alleen ook geregeld: geen sterk bewijs.":
                "Juist: als het etiket niets uitmaakt, krijg je zo'n verschil nog in ongeveer 1 "
                "op 15 schuddingen. En zelfs een klein verschil zegt niet wat de oorzaak is.",
            "Er is 93,5 % kans dat de remediëring werkt.":
                "Dat leest de uitkomst als een kans dat je hypothese klopt. Schudden zegt alleen "
                "hoe vaak toeval zo'n verschil geeft als er niets aan de hand is.",
        },
        "juist": "Een verschil van 1 punt geeft toeval alleen ook geregeld: geen sterk bewijs.",
    },
    "1.6-etiket": {
        "vraag": "Een model voorspelt dat een leerling 'risico loopt om zorgleerling te worden'. "
                 "Wat doe je met die voorspelling?",
        "feedback_per_optie": {
            "Ze in het leerlingdossier zetten, zodat iedereen het weet.":
                "Zo wordt een voorspelling een etiket dat de leerling meedraagt, ook als ze "
                "fout was. Wie heeft die informatie echt nodig, en waarvoor?",
            "Ze lezen als een vraag voor een gesprek door wie de leerling begeleidt.":
                "Juist. Het Atlas College merkte zelf op dat zo'n methode alleen werkt als de "
                "data correct geïnterpreteerd en pedagogisch ingezet worden.",
            "Niets: een computer kan geen leerlingen beoordelen.":
                "Een signaal negeren is ook een keuze. De vraag is niet óf je het gebruikt, "
                "maar hoe, door wie, en met welke afspraken.",
        },
        "juist": "Ze lezen als een vraag voor een gesprek door wie de leerling begeleidt.",
    },
}
