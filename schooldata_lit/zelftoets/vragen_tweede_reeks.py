"""De tweede reeks zelftoetsen (begrippen per lesnotebook).

Zie `schooldata_lit.zelftoets`.
"""

from __future__ import annotations

TWEEDE_REEKS: dict[str, dict] = {
    "1.1-soorten": {
        "vraag": "Je school heeft punten, afwezigheden en attesten. Welke soort data ontbreekt "
                 "dan nog het vaakst?",
        "feedback_per_optie": {
            "Niets: met resultaten weet je genoeg.":
                "Resultaten zeggen wat er gebeurt, niet hoe leerlingen en collega's het beleven. "
                "Welke soort vertelt dat?",
            "Percepties: wat leerlingen, ouders en collega's denken en ervaren.":
                "Juist. Die soort ontbreekt het vaakst; een korte bevraging (notebook 2.2) is een "
                "eerste stap.",
            "Demografie: wie de leerlingen zijn.":
                "Die gegevens heeft elke school al in haar administratie. Kijk naar de soort die "
                "je niet vanzelf registreert.",
        },
        "juist": "Percepties: wat leerlingen, ouders en collega's denken en ervaren.",
    },
    "1.2-telt-niet-op": {
        "vraag": "In een bron tellen de antwoorden op een stelling op tot 31, niet tot 33. Wat "
                 "doe je?",
        "feedback_per_optie": {
            "De ontbrekende 2 bij 'neutraal' tellen.":
                "Dan vul je zelf data in die niemand gaf. Wie niet antwoordde, is niet neutraal.",
            "Rekenen op wie antwoordde (31) en het erbij zeggen.":
                "Juist. Laat de cijfers zoals ze zijn, reken op de echte noemer en meld het "
                "verschil.",
            "De stelling weglaten: de data zijn fout.":
                "Twee ontbrekende antwoorden maken de rest niet waardeloos. Weglaten zonder te "
                "melden is ook stilletjes data verliezen.",
        },
        "juist": "Rekenen op wie antwoordde (31) en het erbij zeggen.",
    },
    "1.3-eigen-start": {
        "vraag": "Een leerling haalt het hele jaar ongeveer 50 %, de klas 65 %. Is er een daling?",
        "feedback_per_optie": {
            "Ja: 15 punten onder de klas is een daling.":
                "Dat verwart een laag niveau met een daling. Vergelijk met zijn eigen start: "
                "staat hij nu verder onder de klas dan in september?",
            "Nee: hij staat even ver onder de klas als bij zijn start.":
                "Juist. Geen daling tegenover de eigen basislijn; wel misschien een andere "
                "vraag (haalt hij de doelen?), maar geen knipperlicht voor dalende punten.",
            "Dat kan je niet weten zonder de namen van de klasgenoten.":
                "Namen heb je nooit nodig: het klasgemiddelde op dezelfde toetsen volstaat.",
        },
        "juist": "Nee: hij staat even ver onder de klas als bij zijn start.",
    },
    "1.4-combinatie": {
        "vraag": "Het combinatielicht (minstens twee van aanwezigheid, betrokkenheid en "
                 "resultaten) geeft minder vals alarm. Waarom blijven de losse lichten dan aan?",
        "feedback_per_optie": {
            "Omdat meer lichten altijd beter is.":
                "Meer lichten betekent meer vals alarm. Er is een specifieke reden om de losse "
                "lichten te houden.",
            "Omdat een leerling met maar één signaal anders geen licht krijgt.":
                "Juist. Strenger (twee signalen) mist sommige leerlingen; dat is de prijs van "
                "minder vals alarm.",
            "Omdat het combinatielicht niet betrouwbaar is.":
                "In deze school waren alle combinatielichten terecht. Het probleem is niet wat "
                "het vindt, maar wat het mist.",
        },
        "juist": "Omdat een leerling met maar één signaal anders geen licht krijgt.",
    },
    "1.5-vlaanderen": {
        "vraag": "Onze school ligt voor wiskunde boven het Vlaamse gemiddelde, buiten het "
                 "interval. Wat besluit je?",
        "feedback_per_optie": {
            "Ons wiskundeonderwijs is beter dan gemiddeld.":
                "Een school is geen steekproef uit Vlaanderen: wie bij ons instroomt, bepaalt "
                "mee het resultaat.",
            "Dat het verschil groter is dan toeval, maar niet waarom.":
                "Juist. Het verschil kan van de instroom komen, en bij 6 vergelijkingen kan één "
                "'opvallende' ook toeval zijn.",
            "Niets: Vlaamse toetsen zeggen nooit iets.":
                "Ze geven wel een vergelijking. De vraag is wat je eruit mag besluiten.",
        },
        "juist": "Dat het verschil groter is dan toeval, maar niet waarom.",
    },
    "1.6-bewaren": {
        "vraag": "Hoelang bewaar je de gegevens van een knipperlicht over een leerling?",
        "feedback_per_optie": {
            "Zolang de leerling op school zit, voor de zekerheid.":
                "'Voor de zekerheid' is geen doel. Opslagbeperking vraagt: niet langer dan nodig "
                "voor het doel waarvoor je ze verzamelde.",
            "Zolang nodig voor het doel, vooraf afgesproken en opgeschreven.":
                "Juist. En schrijf het op: maar 1 op 4 respondenten in het onderzoek wist "
                "hoelang data bewaard moeten worden.",
            "Voor altijd: data kunnen later nog nuttig zijn.":
                "Dat is het omgekeerde van opslagbeperking, en een oud etiket kan een leerling "
                "jaren blijven achtervolgen.",
        },
        "juist": "Zolang nodig voor het doel, vooraf afgesproken en opgeschreven.",
    },
    "1.7-basislijn": {
        "vraag": "In 4BOR hadden dit jaar 10 leerlingen een tekort voor wiskunde. Wat heb je "
                 "nodig voor je zegt dat de tekorten 'vooral in dat vak' zitten?",
        "feedback_per_optie": {
            "Niets: 10 is het hoogste getal in de tabel.":
                "Het hoogste getal van dit jaar zegt niets zonder te weten hoeveel het er "
                "andere jaren waren.",
            "Een basislijn: hoeveel tekorten per vak er in 4BOR de vorige jaren waren.":
                "Juist. Pas naast de eigen geschiedenis zie je welke vakken er dit jaar bij "
                "kwamen.",
            "Het schoolgemiddelde voor wiskunde.":
                "Andere klassen hebben een ander publiek en vaak andere vakken. Vergelijk de klas "
                "met zichzelf.",
        },
        "juist": "Een basislijn: hoeveel tekorten per vak er in 4BOR de vorige jaren waren.",
    },
    "1.8-kleine-klas": {
        "vraag": "6LAT (2 leerlingen) zakt 13 punten. Zet je dat op de personeelsvergadering?",
        "feedback_per_optie": {
            "Ja, het is de grootste daling van de school.":
                "Met 2 leerlingen kan één slechte reeks van één leerling dat geven, en "
                "iedereen weet over wie het gaat.",
            "Nee: n = 2 is te klein om iets te zeggen, en leerlingen zijn herkenbaar.":
                "Juist. Het interval bevat 0, en een groep onder 5 toon je niet (privacy).",
            "Ja, maar zonder de naam van de klas.":
                "Met maar één klas Latijn in het zesde jaar weet iedereen welke klas het is, ook "
                "zonder naam.",
        },
        "juist": "Nee: n = 2 is te klein om iets te zeggen, en leerlingen zijn herkenbaar.",
    },
    "2.1-ontbrekend": {
        "vraag": "58 leerlingen hebben maar één van beide examens. Wat doe je met hen?",
        "feedback_per_optie": {
            "Weglaten: ze hebben geen winst.":
                "Stilletjes weglaten kleurt het beeld: wie een examen mist, is zelden een "
                "toevallige leerling.",
            "Apart zetten, tellen en melden wie het zijn.":
                "Juist. Leerwinst rekent op wie beide metingen heeft; wie ontbreekt, staat in "
                "het verslag.",
            "Hun ontbrekende score op 0 zetten.":
                "Een afwezigheid is geen 0: zo maak je van een gemiste toets een daling.",
        },
        "juist": "Apart zetten, tellen en melden wie het zijn.",
    },
    "2.2-open": {
        "vraag": "In de stellingen zijn leerlingen en leerkrachten even bezorgd over privacy, in "
                 "de open antwoorden noemen leerlingen het veel vaker. Welke klopt?",
        "feedback_per_optie": {
            "De stellingen: die zijn meetbaar.":
                "Een stelling meet wat je vroeg; een open vraag toont wat mensen zelf belangrijk "
                "vinden. Dat is niet hetzelfde.",
            "Allebei: ze meten iets anders.":
                "Juist. Een stelling meet instemming met één zin; een open vraag toont wat er "
                "spontaan opkomt.",
            "De open antwoorden: die zijn eerlijker.":
                "Open antwoorden zijn rijker, maar wie niets schrijft, telt niet mee. Ze "
                "vervangen de stellingen niet.",
        },
        "juist": "Allebei: ze meten iets anders.",
    },
    "2.3-deliberatie": {
        "vraag": "In één schooljaar krijgt 1 van de 3 leerlingen met 2 tekorten in een richting "
                 "een C-attest, in een andere 2 van de 4. Zijn de criteria anders?",
        "feedback_per_optie": {
            "Ja: 33 % tegenover 50 % is een groot verschil.":
                "Met 3 en 4 leerlingen is één leerling al 25 tot 33 procentpunten. Zo'n verschil "
                "geeft toeval makkelijk.",
            "Daar kan je niets uit besluiten: tel meerdere schooljaren samen.":
                "Juist. Met zulke kleine aantallen vergelijk je pas iets als je jaren samen "
                "neemt.",
            "Nee: de criteria zijn overal dezelfde.":
                "Dat weet je evenmin. De data zeggen hier niets in de ene of de andere richting.",
        },
        "juist": "Daar kan je niets uit besluiten: tel meerdere schooljaren samen.",
    },
    "2.4-vergelijkingsgroep": {
        "vraag": "Na remediëring stijgen leerlingen 13 punten. Wat heb je nodig om te weten wat "
                 "de remediëring deed?",
        "feedback_per_optie": {
            "Niets: 13 punten is duidelijk.":
                "Leerlingen met een even laag resultaat zonder remediëring stegen ook ruim 13 "
                "punten. Waarmee vergelijk je?",
            "Een vergelijkingsgroep met een even laag resultaat, zonder remediëring.":
                "Juist. Het verschil tussen beide groepen is de schatting van wat de "
                "remediëring deed, bovenop regressie naar het gemiddelde.",
            "Meer leerlingen met remediëring.":
                "Meer leerlingen maken het interval smaller, maar zonder vergelijking meet je "
                "nog altijd de terugkeer naar het gemiddelde mee.",
        },
        "juist": "Een vergelijkingsgroep met een even laag resultaat, zonder remediëring.",
    },
    "1.2-bron": {
        "vraag": "Een zorgcoördinator houdt gesprekken met leerlingen bij in een schrift. Is dat "
                 "een databron?",
        "feedback_per_optie": {
            'Nee: enkel digitale gegevens zijn data.':
                "Het onderzoek noemt databronnen uitdrukkelijk (niet) digitaal. Ook een schrift "
                "bevat gegevens over leerlingen, met dezelfde afspraken over doel en toegang.",
            'Ja: een niet-digitale bron, met dezelfde vragen over doel, kwaliteit en toegang.':
                "Juist. Digitaal of niet, verplicht of niet, cijfers of woorden: het blijft een "
                "bron die je moet kunnen wegen en beschermen.",
            'Enkel als het later ingetypt wordt.':
                "Intypen verandert de vorm, niet de aard: ook op papier gelden doelbinding en wie"
                " het mag zien.",
        },
        "juist": 'Ja: een niet-digitale bron, met dezelfde vragen over doel, kwaliteit en toegang.',
    },
    "1.3-regels": {
        "vraag": "Een snelle regel geeft in december ook lichten bij leerlingen met een "
                 "tijdelijke dip. Wat is de keuze?",
        "feedback_per_optie": {
            'De snelle regel is fout en moet weg.':
                "Elke regel ruilt iets in. De snelle regel vindt dalers vroeg; de prijs is vals "
                "alarm bij dips.",
            "Sneller zijn kost vals alarm, zekerder zijn kost tijd: kies bewust en spreek af wat "
            "een licht betekent.":
                "Juist. Er bestaat geen regel die beide tegelijk geeft; de afspraak over wat "
                "volgt, maakt het verschil.",
            'Je neemt gewoon beide regels en telt de lichten op.':
                "Dan krijg je de valse alarmen van de snelle regel én de vertraging van de "
                "geduldige: het probleem verdwijnt niet.",
        },
        "juist": "Sneller zijn kost vals alarm, zekerder zijn kost tijd: kies bewust en spreek af"
                 " wat een licht betekent.",
    },
    "1.4-ziek": {
        "vraag": "De regel 'aanwezig op minder dan 90 %' vindt geen enkel extra gepland probleem."
                 " Wie krijgt er dan wel een licht bij?",
        "feedback_per_optie": {
            'Leerlingen die spijbelen.':
                "Wie veel problematisch afwezig was, vond een andere regel al. Kijk naar de codes"
                " achter het percentage.",
            'Vooral leerlingen die lang ziek waren.':
                "Juist. Een percentage gooit ziekte en problematische afwezigheid op één hoop; "
                "een brief over spijbelen na een ziekenhuisopname is precies de overreactie die "
                "men vreest.",
            'Niemand: de regel doet niets.':
                "De regel geeft wel 15 lichten extra. Het probleem is dat ze allemaal vals alarm "
                "zijn.",
        },
        "juist": 'Vooral leerlingen die lang ziek waren.',
    },
    "1.5-klein": {
        "vraag": 'In 6LAT (2 leerlingen) kreeg niemand een B- of C-attest: 0 %. Wat zegt dat?',
        "feedback_per_optie": {
            'Dat 6LAT het uitstekend doet.':
                "Bij 2 leerlingen is 0 % verenigbaar met een echt aandeel tot 66 %. Eén leerling "
                "verandert het percentage met 50 punten.",
            'Bijna niets: het interval loopt van 0 tot 66 %.':
                "Juist. Bij zo'n kleine groep noem je liever aantallen, neem je meerdere jaren "
                "samen, of bespreek je het in de klassenraad.",
            'Dat de deliberatie in 6LAT te mild is.':
                "Dat trekt een besluit over collega's uit twee leerlingen. Daar dragen de cijfers"
                " niets van.",
        },
        "juist": 'Bijna niets: het interval loopt van 0 tot 66 %.',
    },
    "1.6-rol": {
        "vraag": "Waarom ziet de directie in de rolweergave enkel cijfers per groep, geen "
                 "leerlingen?",
        "feedback_per_optie": {
            'Omdat de directie de leerlingen niet kent.':
                "Het gaat niet om kennen maar om nodig hebben: wat heeft die rol nodig voor haar "
                "taak?",
            'Omdat beleid cijfers per groep nodig heeft, geen namen: minimale gegevensverwerking.':
                'Juist. Elke rol ziet wat ze nodig heeft, niet meer.',
            'Omdat de computer geen leerlingen kan tonen.':
                "De leerkracht ziet wel leerlingen van de eigen klassen. Het is een keuze, geen "
                "technische grens.",
        },
        "juist": "Omdat beleid cijfers per groep nodig heeft, geen namen: minimale "
                 "gegevensverwerking.",
    },
    "1.7-cyclus": {
        "vraag": "Hypothese 2 ('de klas zakte pas weg tijdens het jaar') klopt niet. Wat nu?",
        "feedback_per_optie": {
            'Het plan is mislukt: stoppen.':
                'Een verworpen hypothese is een resultaat: je sloot een verklaring uit.',
            'Terug naar stap 2 met een betere hypothese.':
                'Juist. De cyclus mag terugkeren; zo versmalt je vraag.',
            'De data aanpassen tot de hypothese klopt.':
                'Dat is de omgekeerde weg: de data toetsen de hypothese, niet andersom.',
        },
        "juist": 'Terug naar stap 2 met een betere hypothese.',
    },
    "1.8-titel": {
        "vraag": 'Welke titel is een boodschap?',
        "feedback_per_optie": {
            'Gemiddelde eindpercentage per schooljaar':
                "Dat beschrijft wat er op de assen staat. Wat moeten collega's onthouden?",
            'De eindresultaten zijn bijna terug op het niveau van 2019-2020':
                "Juist. Eén zin die je publiek moet onthouden; n en periode komen in de "
                "ondertitel.",
            'Grafiek 1':
                'Een nummer zegt niemand iets. Een titel mag de boodschap dragen.',
        },
        "juist": 'De eindresultaten zijn bijna terug op het niveau van 2019-2020',
    },
    "2.1-hake": {
        "vraag": 'Een leerling gaat van 60 % naar 70 %. Wat is de genormaliseerde winst?',
        "feedback_per_optie": {
            '10 / 60 = 0,17':
                "Dat deelt door de voormeting. De genormaliseerde winst deelt door wat er nog te "
                "winnen viel.",
            '10 / 40 = 0,25':
                'Juist: er viel nog 100 − 60 = 40 te winnen, en 10 daarvan werd gewonnen.',
            '10 / 100 = 0,10':
                "Dat is de ruwe winst in een andere eenheid. De genormaliseerde winst kijkt naar "
                "de ruimte die er nog was.",
        },
        "juist": '10 / 40 = 0,25',
    },
    "2.2-anoniem": {
        "vraag": 'Je belooft dat de bevraging anoniem is. Wat vraag je dan niet in je formulier?',
        "feedback_per_optie": {
            'De klas of het leerjaar.':
                "Een grove indeling kan, zolang de groepen groot genoeg zijn. Er is iets dat veel"
                " directer identificeert.",
            'Naam en e-mailadres.':
                "Juist. Verzamel ze niet als je ze niet nodig hebt: wie anonimiteit belooft, moet"
                " ze waarmaken.",
            'De antwoorden op de open vraag.':
                "De open vraag is net waardevol. Let wel op antwoorden die iemand herkenbaar "
                "maken.",
        },
        "juist": 'Naam en e-mailadres.',
    },
    "2.3-ouders": {
        "vraag": "Op het oudercontact toon je de grafiek van een leerling met een dip in "
                 "december. Hoe begin je?",
        "feedback_per_optie": {
            "Met 'de punten zakken, we maken ons zorgen'.":
                "Dat leest een dip als een trend en maakt er een oordeel van. De leerling "
                "herstelde daarna volledig.",
            "Met een vraag: 'wat gebeurde er in december?', na eerst met de leerling zelf te "
            "praten.":
                "Juist. Een dip is een vraag, en leerlingen vroegen inspraak in hoe hun data "
                "getoond worden.",
            'Met de klasgenoten die het beter deden.':
                "Leerlingen wilden net niet vergeleken worden met klasgenoten. Toon de eigen lijn"
                " naast de klas als geheel.",
        },
        "juist": "Met een vraag: 'wat gebeurde er in december?', na eerst met de leerling zelf te"
                 " praten.",
    },
    "2.4-cirkel": {
        "vraag": 'Welke fase van de kwaliteitscirkel slaan scholen het vaakst over?',
        "feedback_per_optie": {
            'Plannen.':
                "Plannen gebeurt meestal wel; het onderzoek vat het probleem samen in 'de "
                "volgende stap vergeten'.",
            'Nagaan (check): kijken of een maatregel werkte.':
                "Juist: meten, weten en de volgende stap vergeten. Daarom oefent deze notebook "
                "vooral die stap.",
            'Doen.':
                "Maatregelen worden meestal wel uitgevoerd. De vraag is of iemand daarna nagaat "
                "wat ze opleverden.",
        },
        "juist": 'Nagaan (check): kijken of een maatregel werkte.',
    },
}
