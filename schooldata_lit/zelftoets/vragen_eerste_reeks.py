"""De eerste reeks zelftoetsen (de bewijsregels en het lezen van data).

Zie `schooldata_lit.zelftoets`.
"""

from __future__ import annotations

EERSTE_REEKS: dict[str, dict] = {
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
        "vraag": "De lichten vonden 51 van de 54 geplante problemen. Betekent dat dat ze in jouw "
                 "school ook 94 % vinden?",
        "feedback_per_optie": {
            "Ja, 94 % is 94 %.":
                "Dat vergeet dat de regels werden afgesteld op dezelfde verzonnen school die de "
                "problemen plantte, en dat het achteraf gemeten is.",
            "Nee: de regels zijn afgesteld op deze verzonnen school, en achteraf gemeten.":
                "Juist. Op de dag zelf (januari) vonden ze er minder dan de helft, en een echte "
                "school heeft andere patronen.",
            "Nee, want 3 problemen werden gemist.":
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
        "vraag": "Na een jaar met 42 % B/C-attesten in 4BOR is het volgend jaar 15 %. Werkte de "
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
        "vraag": "Van de 62 klassen hebben er 16 een interval zonder 0. Wat zeg je op de "
                 "personeelsvergadering?",
        "feedback_per_optie": {
            "Zestien klassen gingen er echt op achteruit of vooruit.":
                "Dat vergeet twee dingen: bij 62 klassen verwacht je er een paar door toeval, "
                "en leerlingen van één klas maakten dezelfde toetsen.",
            "We vergeleken 62 klassen; naast de andere klassen en na correctie valt geen "
            "enkele klas op.":
                "Juist: zeg hoeveel klassen je vergeleek, en vergelijk met de andere klassen "
                "(de hele school zakte ook een beetje).",
            "Het interval is fout berekend.":
                "De formule is juist; het is het model erachter (leerlingen als onafhankelijk) "
                "dat niet past als ze dezelfde toetsen maken.",
        },
        "juist": "We vergeleken 62 klassen; naast de andere klassen en na correctie valt geen "
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
        "vraag": "In de verzonnen school zakken elk jaar veel leerlingen af naar een 'lagere' "
                 "finaliteit en stromen er maar een paar op. Wat leer je daaruit over jouw "
                 "school?",
        "feedback_per_optie": {
            "Dat leerlingen bijna nooit opklimmen.":
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
        "vraag": "Na 1000 keer schudden is 92 % van de verschillen minstens zo groot als het "
                 "echte verschil van 0,1 punt. Wat betekent dat?",
        "feedback_per_optie": {
            "De remediëring werkte bij 92 % van de leerlingen.":
                "Het percentage gaat niet over leerlingen maar over geschudde verdelingen van "
                "de etiketten 'met' en 'zonder' remediëring.",
            "Zo'n verschil geeft toeval alleen heel vaak: geen bewijs dat de remediëring werkt.":
                "Juist: als het etiket niets uitmaakt, krijg je zo'n verschil in bijna alle "
                "schuddingen. Dat bewijst ook niet dat ze niets doet: met deze opzet zie je het "
                "niet.",
            "Er is 8 % kans dat de remediëring werkt.":
                "Dat leest de uitkomst als een kans dat je hypothese klopt. Schudden zegt alleen "
                "hoe vaak toeval zo'n verschil geeft als er niets aan de hand is.",
        },
        "juist": "Zo'n verschil geeft toeval alleen heel vaak: geen bewijs dat de remediëring "
                 "werkt.",
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
    "00-verzonnen": {
        "vraag": "De school in deze cursus is verzonnen, met geplante patronen. Wat mag je uit "
                 "haar cijfers besluiten?",
        "feedback_per_optie": {
            "Hoe het er in Vlaamse scholen aan toe gaat.":
                "Dat leest oefendata als onderzoek. De patronen zijn gemaakt om mee te oefenen, "
                "niet gemeten in echte scholen.",
            "Niets over echte scholen; wel hoe je cijfers leest en welke vragen je stelt.":
                "Juist. De verzonnen school is een oefenterrein: de werkwijze neem je mee, de "
                "getallen niet.",
            "Hoe goed de knipperlichten in jouw school zullen werken.":
                "De regels zijn op deze verzonnen school afgesteld. Hoe ze in jouw school werken, "
                "weet je pas als je ze op je eigen data uitprobeert.",
        },
        "juist": "Niets over echte scholen; wel hoe je cijfers leest en welke vragen je stelt.",
    },
    "1.1-code": {
        "vraag": "Een leerling was ziek op een toets. In het puntenboek staat een 0. Wat is het "
                 "probleem?",
        "feedback_per_optie": {
            "Geen: een gemiste toets is een 0.":
                "Zo wordt een afwezigheid een tekort. Het gemiddelde van die leerling zakt door "
                "iets dat niets met kennen te maken heeft.",
            "Een 0 en 'ziek' zijn iets anders: 'ziek' hoort een code te zijn, geen score.":
                "Juist. Een code telt niet mee in het gemiddelde; een 0 wel.",
            "Het probleem is enkel dat de leerling de toets moet inhalen.":
                "Inhalen is een pedagogische keuze. De vraag hier is wat de data doen met het "
                "gemiddelde zolang die 0 erin staat.",
        },
        "juist": "Een 0 en 'ziek' zijn iets anders: 'ziek' hoort een code te zijn, geen score.",
    },
    "1.1-niveau": {
        "vraag": "Waarom schommelt het gemiddelde van de hele school minder dan dat van één klas?",
        "feedback_per_optie": {
            "Omdat de school het beter doet dan de klas.":
                "Dat verwart stabiliteit met kwaliteit. Het gaat om hoeveel leerlingen er achter "
                "het getal zitten, niet om hoe goed ze zijn.",
            "Omdat er veel meer leerlingen achter zitten: toevallige uitschieters middelen uit.":
                "Juist. Hoe groter n, hoe kleiner de rol van één leerling, en hoe smaller het "
                "interval.",
            "Omdat de directie andere toetsen gebruikt.":
                "Het schoolgemiddelde is gewoon het gemiddelde van dezelfde toetsen, over meer "
                "leerlingen samen.",
        },
        "juist": "Omdat er veel meer leerlingen achter zitten: toevallige uitschieters middelen "
                 "uit.",
    },
    "1.2-koppelen": {
        "vraag": "Je koppelt de punten aan de tabel met remediëringen en houdt enkel de rijen die "
                 "in beide tabellen staan. Wat gebeurt er?",
        "feedback_per_optie": {
            "Niets bijzonders: je hebt nu alle leerlingen met hun remediëring.":
                "Leerlingen zonder remediëring hebben geen rij in die tabel; zo vallen ze "
                "stilletjes weg uit je vergelijking.",
            "Alle leerlingen zonder remediëring vallen weg.":
                "Juist. Houd alle leerlingen (how=\"left\") en tel na het koppelen of er "
                "niemand verdween.",
            "De punten worden dubbel geteld.":
                "Dubbele rijen ontstaan als één leerling meerdere remediëringen heeft. Dat kan "
                "ook, maar het grote probleem hier is wie verdwijnt.",
        },
        "juist": "Alle leerlingen zonder remediëring vallen weg.",
    },
    "1.2-onmogelijk": {
        "vraag": "In een export staat bij een toets op 10 de score 75. Wat doe je eerst?",
        "feedback_per_optie": {
            "Meerekenen: de leerkracht zal het zo bedoeld hebben.":
                "Een score boven het maximum is onmogelijk. Wie ze meerekent, trekt het "
                "klasgemiddelde scheef.",
            "De rij weggooien en verder rekenen.":
                "Weggooien zonder te zeggen is stilletjes data verliezen. Eerst nagaan, dan "
                "beslissen en melden wat je deed.",
            "Melden en navragen: waarschijnlijk viel er een komma weg (7,5).":
                "Juist. Een onmogelijke waarde is een vraag aan wie de data invoerde, geen "
                "probleem om zelf in stilte op te lossen.",
        },
        "juist": "Melden en navragen: waarschijnlijk viel er een komma weg (7,5).",
    },
    "1.3-dip": {
        "vraag": "Eind december brandt bij een leerling het licht 'daling t.o.v. eigen "
                 "basislijn'. Wat weet je op dat moment?",
        "feedback_per_optie": {
            "Dat de leerling in een dalende trend zit.":
                "Op de dag zelf zie je niet wat erna komt. Een tijdelijke dip en het begin van "
                "een trend zien er in december hetzelfde uit.",
            "Dat er iets is om te bevragen: een dip of het begin van een trend.":
                "Juist. Het licht is een vraag voor een gesprek; het antwoord staat niet in de "
                "data.",
            "Niets: je wacht beter tot juni.":
                "Wachten kost tijd voor een leerling die echt wegzakt. Een gesprek is geen "
                "maatregel: het is de manier om het verschil te weten.",
        },
        "juist": "Dat er iets is om te bevragen: een dip of het begin van een trend.",
    },
    "1.4-weekdag": {
        "vraag": "Van de afwezigheden van een leerling valt 40 % op maandag of vrijdagnamiddag. "
                 "Is dat een patroon?",
        "feedback_per_optie": {
            "Ja, 40 % is veel.":
                "Zonder vergelijkingspunt weet je niet wat 'veel' is. Hoeveel zou het bij toeval "
                "zijn, en op hoeveel afwezigheden steunt die 40 %?",
            "Nauwelijks: bij toeval is het al een derde, en het hangt af van hoeveel "
            "afwezigheden het zijn.":
                "Juist. 3 van de 9 lesdagdelen liggen op die momenten; met weinig afwezigheden "
                "schuift het percentage snel.",
            "Nee, want een patroon bestaat pas vanaf 100 %.":
                "Een patroon hoeft niet volledig te zijn. De vraag is of het duidelijk meer is "
                "dan wat toeval geeft.",
        },
        "juist": "Nauwelijks: bij toeval is het al een derde, en het hangt af van hoeveel "
                 "afwezigheden het zijn.",
    },
    "1.6-pseudoniem": {
        "vraag": "De namen zijn vervangen door codes zoals L00042. Zijn de gegevens nu anoniem?",
        "feedback_per_optie": {
            "Ja: zonder naam weet niemand wie het is.":
                "Met de sleutel, of met genoeg andere kenmerken (klas, geboortejaar, een "
                "zeldzame richting), weet je weer wie het is.",
            "Nee: ze zijn gepseudonimiseerd, en blijven persoonsgegevens.":
                "Juist. Pseudonimiseren beschermt, maar de AVG blijft gelden: doel, toegang en "
                "bewaartermijn.",
            "Ja, als je de sleutel weggooit, altijd.":
                "Ook zonder sleutel kunnen kleine groepen of zeldzame combinaties iemand "
                "verraden. Daarom onderdruk je ook kleine cellen.",
        },
        "juist": "Nee: ze zijn gepseudonimiseerd, en blijven persoonsgegevens.",
    },
    "1.6-kleine-cel": {
        "vraag": "In een tabel per richting staat één cel met 2 leerlingen; je maakt ze leeg. "
                 "Het totaal staat er nog. Is het probleem opgelost?",
        "feedback_per_optie": {
            "Ja, de kleine cel is weg.":
                "Wie het totaal heeft en de andere cellen, rekent de lege cel gewoon terug uit. "
                "Dat heet complementaire onthulling.",
            "Nee: je moet ook een tweede cel leegmaken (of het totaal weglaten).":
                "Juist. Pas dan kan niemand de eerste cel terugrekenen.",
            "Nee: je moet de hele tabel weggooien.":
                "Dat is te veel: met een tweede lege cel blijft de rest van de tabel bruikbaar.",
        },
        "juist": "Nee: je moet ook een tweede cel leegmaken (of het totaal weglaten).",
    },
    "1.7-eng": {
        "vraag": "Welke vraag is het beste vertrekpunt voor een dataplan?",
        "feedback_per_optie": {
            "Wat zeggen al onze data over onze school?":
                "Dat vertrekt van de data, niet van een doel. Je verdrinkt in tabellen en weet "
                "niet wanneer je klaar bent.",
            "Dienen leerlingen van de eerste graad hun taken op het leerplatform op tijd in?":
                "Juist: klein, eng en nuttig, met één of twee bronnen en een duidelijk antwoord.",
            "Hoe kunnen we de onderwijskwaliteit verbeteren?":
                "Een goed doel, maar te breed voor één plan. Welk klein stuk daarvan is nu "
                "urgent?",
        },
        "juist": "Dienen leerlingen van de eerste graad hun taken op het leerplatform op tijd in?",
    },
    "1.8-as": {
        "vraag": "Een staafgrafiek begint bij 60 in plaats van 0. Wat doet dat?",
        "feedback_per_optie": {
            "Niets: de getallen blijven dezelfde.":
                "De getallen wel, maar een staaf toont een hoeveelheid met haar lengte. Een "
                "afgekapte as maakt een klein verschil groot.",
            "Een klein verschil lijkt groot.":
                "Juist. Bij staven hoort de as bij 0; wil je inzoomen, gebruik dan punten of een "
                "lijn en zeg het erbij.",
            "De grafiek wordt nauwkeuriger.":
                "Inzoomen toont details, maar bij staven misleidt het: de lengtes kloppen niet "
                "meer met de getallen.",
        },
        "juist": "Een klein verschil lijkt groot.",
    },
    "2.1-kwart": {
        "vraag": "Het laagste kwart van december wint in juni 7 punten, het hoogste kwart "
                 "verliest er 8. Wat is de eerste verklaring?",
        "feedback_per_optie": {
            "De leerkrachten hielpen vooral de zwakke leerlingen.":
                "Dat kan, maar je hebt het niet nodig om dit patroon te verklaren: het ontstaat "
                "ook als niemand iets doet.",
            "Regressie naar het gemiddelde.":
                "Juist. Wie in december toevallig laag of hoog scoorde, schuift in juni vanzelf "
                "naar het midden.",
            "De sterkste leerlingen deden geen moeite meer.":
                "Een verhaal over motivatie is verleidelijk, maar toeval geeft precies dit "
                "beeld, ook zonder dat iemand iets anders deed.",
        },
        "juist": "Regressie naar het gemiddelde.",
    },
    "2.2-mediaan": {
        "vraag": "Bij een stelling antwoordt de helft 'helemaal oneens' en de helft 'helemaal "
                 "eens'. Het gemiddelde is 3,0. Wat zeg je?",
        "feedback_per_optie": {
            "De groep is neutraal.":
                "Het gemiddelde verbergt hier twee kampen. Bij een ordinale schaal kijk je eerst "
                "naar de verdeling.",
            "De groep valt uiteen in twee kampen: toon de verdeling.":
                "Juist. Eén getal vat dit niet samen; de verdeling (en de mediaan) wel beter.",
            "De stelling was slecht geformuleerd.":
                "Misschien, maar het antwoordpatroon alleen bewijst dat niet. Het zegt eerst dat "
                "de groep verdeeld is.",
        },
        "juist": "De groep valt uiteen in twee kampen: toon de verdeling.",
    },
    "2.3-alumni": {
        "vraag": "Oud-leerlingen uit Bouw halen gemiddeld minder studiepunten in het hoger "
                 "onderwijs dan die uit Latijn. Wat besluit je?",
        "feedback_per_optie": {
            "De richting Bouw bereidt slechter voor.":
                "Je vergelijkt geen gelijke groepen: uit Bouw gaat maar een kleine, gekozen "
                "groep verder studeren, en n is klein.",
            "Dat de groepen verschillen in grootte en in wie verder studeert; geen ranglijst.":
                "Juist. Het is een vraag over de overstap, geen oordeel over een richting.",
            "Dat Latijn de beste richting is.":
                "Een ranglijst van richtingen negeert wie er instroomt en wie er verder "
                "studeert. Zo'n besluit volgt niet uit deze cijfers.",
        },
        "juist": "Dat de groepen verschillen in grootte en in wie verder studeert; geen "
                 "ranglijst.",
    },
    "2.4-trend": {
        "vraag": "Het schoolgemiddelde stijgt van 65,9 naar 66,1. Is dat een verbetering?",
        "feedback_per_optie": {
            "Ja, het gaat omhoog.":
                "Een verschil van 0,2 valt binnen de intervallen: dat is schommeling, geen "
                "richting.",
            "Nee: het verschil valt binnen de onzekerheid, en is te klein om iets anders te "
            "doen.":
                "Juist. Vraag altijd twee dingen: is het groter dan schommeling, en is het groot "
                "genoeg om te handelen?",
            "Nee, het gaat omlaag.":
                "Lees de getallen nog eens: ze stijgen, maar heel weinig.",
        },
        "juist": "Nee: het verschil valt binnen de onzekerheid, en is te klein om iets anders te "
                 "doen.",
    },
}
