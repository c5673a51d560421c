"""De derde reeks zelftoetsen: zo komt er in elke lesnotebook minstens om het kwartier een
(zie `schooldata_lit.zelftoets.ritme`).

Zie `schooldata_lit.zelftoets`.
"""

from __future__ import annotations


def _vraag(vraag: str, juist: str, uitleg_juist: str, **afleiders: str) -> dict:
    """Een zelftoets als woordenboek; `afleiders` koppelt elke foute keuze (in de volgorde van
    de notebook) aan de uitleg bij haar misverstand. De juiste keuze staat als tweede."""
    paren = list(afleiders.values())
    opties = {}
    for i, (keuze, uitleg) in enumerate(zip(paren[::2], paren[1::2], strict=True)):
        opties[keuze] = uitleg
        if i == 0:
            opties[juist] = uitleg_juist
    return {"vraag": vraag, "feedback_per_optie": opties, "juist": juist}


DERDE_REEKS: dict[str, dict] = {
    "00-uitvoeren": _vraag(
        "Je voert een codecel uit en er verschijnt niets onder. Wat betekent dat?",
        "De cel deed haar werk; ging er iets mis, dan zag je een (rode) foutmelding.",
        "Juist. Veel cellen laden enkel iets of bewaren een waarde; ze tonen niets. Een fout "
        "meldt Python altijd zelf.",
        a="Er ging iets mis: een cel moet altijd iets tonen.",
        a_uitleg="Dat verwart 'geen uitvoer' met 'een fout'. Een fout meldt Python luid en "
                 "duidelijk; stilte is meestal goed nieuws.",
        b="Je moet de cel nog een keer uitvoeren tot er iets verschijnt.",
        b_uitleg="Opnieuw uitvoeren verandert niets aan wat de cel doet. Kijk naar wat er in "
                 "de cel staat: laadt of bewaart ze enkel iets?",
    ),
    "1.2-gemiddelde-na-koppeling": _vraag(
        "Na een gewone koppeling zijn de 36 leerlingen die nooit afwezig waren, verdwenen. Wat "
        "gebeurt er met het gemiddelde aantal afwezige dagdelen?",
        "Het lijkt hoger dan het is: net de leerlingen met 0 vielen weg.",
        "Juist. Wie wegvalt bij een koppeling, is zelden een toevallige groep. Hier vielen net "
        "de nullen weg, dus het gemiddelde schuift omhoog.",
        a="Het blijft gelijk: er vallen enkel rijen weg, de andere cijfers veranderen niet.",
        a_uitleg="Dat gaat ervan uit dat de weggevallen rijen op de andere lijken. Kijk wie er "
                 "wegviel en welke waarde die leerlingen hadden.",
        b="Het wordt lager, want er zijn minder leerlingen.",
        b_uitleg="Dat verwart een gemiddelde met een totaal. Minder leerlingen maakt een "
                 "gemiddelde niet vanzelf lager; het hangt af van wie er wegvalt.",
    ),
    "1.3-klasband": _vraag(
        "De lijn van L01181 zakt vanaf januari maand na maand onder het klasgemiddelde. Wat is "
        "de beste lezing van de grafiek?",
        "Een vraag: zakt enkel zij, of de hele klas, en hoe verhoudt zij zich tot haar eigen "
        "start?",
        "Juist. De grafiek toont een patroon, geen oorzaak. Vergelijk met de klas en met de "
        "eigen start voor je iets besluit, en vraag het aan wie de leerling kent.",
        a="Deze leerling presteert slecht; de grafiek bewijst het.",
        a_uitleg="Dat maakt van een lijn een oordeel. Een grafiek zegt niet waarom iemand zakt: "
                 "een moeilijke periode, ziekte, een andere toets.",
        b="Niets aan de hand: de helft van de klas zit altijd onder het gemiddelde.",
        b_uitleg="Onder het gemiddelde zitten is inderdaad gewoon, maar hier gaat het om een "
                 "lijn die maand na maand verder zakt. Let op de richting, niet op één punt.",
    ),
    "1.4-percentage": _vraag(
        "Een leerling was op 88 % van de lesdagdelen aanwezig. Wat weet je dan?",
        "Nog niet waarom: ziekte met een attest en problematische afwezigheid kunnen hetzelfde "
        "percentage geven.",
        "Juist. Het percentage zegt hoeveel, niet waarom. De codes (Z, B, ...) en het patroon "
        "over de week vertellen meer.",
        a="Dat hij spijbelt.",
        a_uitleg="Dat leest elke afwezigheid als spijbelen. Een lange ziekte met attest geeft "
                 "hetzelfde percentage; kijk eerst naar de codes.",
        b="Dat hij onder de grens van 90 % zit en dus een brief moet krijgen.",
        b_uitleg="Dat maakt van een drempel een beslissing. Een grens is een reden om te kijken, "
                 "geen automatische maatregel.",
    ),
    "1.4-een-signaal": _vraag(
        "Van de 14 lichten voor dalende activiteit alleen zijn er 9 terecht, van de 15 "
        "combinatielichten alle 15. Wat besluit je?",
        "Een licht op één signaal is vaker vals alarm: lees het als een voorzichtige vraag, en "
        "houd het aan, want de combinatie mist leerlingen met één signaal.",
        "Juist. Beide soorten lichten hebben een taak: de combinatie is zekerder, het losse "
        "licht vangt wie maar één signaal geeft.",
        a="Zet de regel voor dalende activiteit uit: 5 valse alarmen is te veel.",
        a_uitleg="Dat kijkt enkel naar de valse alarmen en vergeet wat de regel wél vindt. Een "
                 "regel uitzetten betekent ook problemen missen.",
        b="Gebruik voortaan enkel combinatielichten: die zijn altijd terecht.",
        b_uitleg="15 van 15 op deze verzonnen school is geen 'altijd'. En een leerling met maar "
                 "één signaal krijgt nooit een combinatielicht.",
    ),
    "1.5-n-per-richting": _vraag(
        "In de grafiek heeft een richting met 12 leerlingen 25 % B- en C-attesten, een richting "
        "met 180 leerlingen 12 %. Wat zeg je?",
        "Bij 12 leerlingen is 25 % drie leerlingen: dat percentage is heel onzeker. Vergelijk met "
        "de eigen vorige jaren voor je iets besluit.",
        "Juist. Lees altijd n naast het percentage: bij een kleine groep verandert één leerling "
        "het beeld sterk.",
        a="De kleine richting doet het dubbel zo slecht.",
        a_uitleg="Dat leest twee percentages zonder hun n. Drie leerlingen meer of minder, en "
                 "het beeld is helemaal anders.",
        b="De grote richting is strenger, want daar zijn het meer leerlingen met een B- of "
          "C-attest.",
        b_uitleg="Dat verwart een aantal met een aandeel. Meer leerlingen met een attest in een "
                 "grote groep zegt niets over strengheid.",
    ),
    "1.5-zeg-hoeveel": _vraag(
        "Je vergelijkt alle 62 klassen met hun eigen vorige jaren en vindt er 4 met een "
        "interval zonder 0. Wat zeg je erbij?",
        "Dat ik 62 klassen vergeleek, dat er door toeval alleen al een drietal zou opvallen, "
        "en dat ik elke opvallende klas als vraag bekijk.",
        "Juist. Het aantal vergelijkingen hoort bij elk 'opvallend': wie veel bekijkt, vindt "
        "altijd een paar uitschieters.",
        a="Niets: een interval zonder 0 is een interval zonder 0.",
        a_uitleg="Dat vergeet hoeveel klassen je bekeek. Bij 62 vergelijkingen geeft toeval "
                 "alleen al een paar intervallen zonder 0.",
        b="Dat die 4 klassen echt een probleem hebben, want 4 is meer dan je door toeval "
          "verwacht.",
        b_uitleg="Iets meer dan verwacht zegt niet wélke klassen echt iets hebben. Elk van de "
                 "vier kan nog steeds toeval zijn.",
    ),
    "1.6-inspraak": _vraag(
        "44 van de 75 bevraagde leerlingen vinden inspraak belangrijk. Wat mag je zeggen?",
        "Ruim de helft van de 75 bevraagde leerlingen (59 %) vindt inspraak belangrijk.",
        "Juist. Zeg hoeveel van hoeveel, en over wie: de 75 leerlingen die de vragenlijst "
        "invulden, niet 'de leerlingen'.",
        a="De leerlingen willen inspraak.",
        a_uitleg="Dat maakt van een meerderheid iedereen. 31 van de 75 vonden het niet "
                 "belangrijk of bleven neutraal; zeg hoeveel van hoeveel.",
        b="Niets: 75 leerlingen is te weinig om iets te zeggen.",
        b_uitleg="Een kleine groep zegt wel iets, over die groep. Zeg erbij hoe groot ze is en "
                 "wie ze zijn, in plaats van haar stem te negeren.",
    ),
    "1.7-eens": _vraag(
        "Een school vult bij EENS (wanneer?) in: 'als er tijd is'. Wat is het probleem?",
        "Zonder vast moment komt het er niet van: koppel het aan een overleg dat er toch al is, "
        "zoals de klassenraad van november.",
        "Juist. Een plan zonder moment in de jaarplanning blijft liggen; een bestaand overleg "
        "geeft het een vaste plek.",
        a="Geen probleem: EENS is het minst belangrijke deel van het kader.",
        a_uitleg="Dat onderschat het wanneer. Uit het onderzoek blijkt net dat data blijven "
                 "liggen als niemand weet wanneer ze besproken worden.",
        b="EENS moet een wettelijke datum zijn, anders mag je de data niet gebruiken.",
        b_uitleg="Het kader gaat niet over wat mag, maar over afspraken in het team. Het "
                 "moment kies je zelf, bv. een klassenraad of vakvergadering.",
    ),
    "1.7-gedeelde-dip": _vraag(
        "4BOR staat in P1 en in P4 op 56,6; 4BTS en 4ELM zakken in de loop van het jaar een paar "
        "punten. Wat zegt dat over hypothese 2 (4BOR zakte pas tijdens het jaar weg)?",
        "Ze klopt niet: 4BOR lag al vanaf de eerste periode laag en zakte niet meer dan de "
        "andere klassen.",
        "Juist. Vergelijk het verloop van een klas met zichzelf en met wat de andere klassen op "
        "hetzelfde moment doen; een laag niveau is iets anders dan een daling.",
        a="Ze klopt: 4BOR scoort het hele jaar lager dan 4BTS en 4ELM.",
        a_uitleg="Dat verwart een laag niveau met een daling. Hypothese 2 gaat over het "
                 "verloop tijdens het jaar, en dat is bij 4BOR vlak.",
        b="Niets: P4 telt niet mee voor het attest.",
        b_uitleg="Of P4 meetelt voor het attest verandert niet wat het verloop je leert. De vraag "
                 "is of 4BOR tijdens het jaar wegzakte, en dat deed het niet.",
    ),
    "2.1-opzet": _vraag(
        "Een vakgroep wil weten of een nieuwe aanpak werkt. Welke opzet zegt het meest?",
        "Dezelfde (of een parallelle) toets vóór en na, bij een klas mét en een vergelijkbare "
        "klas zonder de aanpak.",
        "Juist. Een vergelijkbare meting vooraf en achteraf, en een vergelijkingsgroep: zo zie "
        "je wat de aanpak toevoegt aan wat leerlingen sowieso bijleren.",
        a="Na het schooljaar de punten van de klas bekijken.",
        a_uitleg="Zonder meting vooraf weet je niet waar de klas begon, en zonder "
                 "vergelijking niet wat er ook zonder de aanpak gebeurd was.",
        b="Aan de leerlingen vragen of ze meer bijleerden.",
        b_uitleg="Hoe leerlingen het beleven, is waardevol, maar het is geen meting van wat ze "
                 "leerden. Gebruik het naast een toets, niet in de plaats ervan.",
    ),
    "2.1-geen-ranglijst": _vraag(
        "Bij Frans snijdt de foutbalk de nullijn niet, bij Aardrijkskunde wel. Welke vakgroep "
        "deed het beter?",
        "Dat kan je hieruit niet zeggen: de vakken hebben andere examens, leerlingen en "
        "aantallen, en bij veel vakken valt er door toeval altijd wel een op.",
        "Juist. Een december- en een juni-examen van verschillende vakken zijn niet dezelfde "
        "meetlat; een ranglijst van vakgroepen is hier niet eerlijk.",
        a="Frans: daar is de winst echt.",
        a_uitleg="Dat maakt van 'de foutbalk snijdt 0 niet' een ranglijst. Andere examens en "
                 "veel vergelijkingen tegelijk maken zo'n rangorde onbetrouwbaar.",
        b="Aardrijkskunde, want daar is het interval breder en dus de winst groter.",
        b_uitleg="Een breder interval betekent meer onzekerheid (vaak minder leerlingen), geen "
                 "grotere winst.",
    ),
    "2.2-dubbele-stelling": _vraag(
        "Een stelling luidt: 'Ik vind Smartschool Analytics nuttig en makkelijk.' Wat is het "
        "probleem?",
        "Het zijn twee vragen in één: wie het nuttig maar moeilijk vindt, kan niet eerlijk "
        "antwoorden.",
        "Juist. Eén stelling, één gedachte: splits ze in 'nuttig' en 'makkelijk'.",
        a="Geen probleem: hoe korter de vragenlijst, hoe beter.",
        a_uitleg="Kort is goed, maar niet ten koste van wat je meet. Een antwoord op deze "
                 "stelling kan je achteraf niet meer uit elkaar halen.",
        b="Het woord 'ik' maakt de stelling te persoonlijk.",
        b_uitleg="Een stelling in de ik-vorm is net gewoon bij een mening. Het probleem zit in "
                 "wat er gevraagd wordt, niet in de vorm.",
    ),
    "2.2-onbekend-antwoord": _vraag(
        "In een export staat bij één leerling 'Eerder eens', een antwoord dat niet op de schaal "
        "staat. Wat doe je?",
        "Het melden, in het formulier nakijken waar het vandaan komt, en bewust beslissen, en "
        "in je verslag zeggen wat je deed.",
        "Juist. Een vreemd antwoord is informatie over je formulier. Beslis bewust en zeg het, "
        "dan kan iedereen je cijfers nagaan.",
        a="Het stil als 'eens' tellen: het lijkt er genoeg op.",
        a_uitleg="Stil aanpassen maakt je cijfers onnavolgbaar. Misschien betekent 'eerder "
                 "eens' iets anders dan 'eens'; beslis het bewust en meld het.",
        b="De hele export weggooien: ze is niet betrouwbaar.",
        b_uitleg="Eén vreemde waarde maakt de andere antwoorden niet waardeloos. Los het ene "
                 "probleem op, in plaats van alle antwoorden te verliezen.",
    ),
    "2.2-veralgemenen": _vraag(
        "51 van de 75 leerlingen vinden het interessant hun punten in grafieken te zien. Geldt "
        "dat voor alle leerlingen in Vlaanderen?",
        "Nee: het gaat om één school en om leerlingen die de vragenlijst invulden; het zegt "
        "iets over deze groep.",
        "Juist. Wie er antwoordde en waar, bepaalt voor wie een cijfer geldt. Een andere "
        "school kan er anders over denken.",
        a="Ja, 75 leerlingen is genoeg.",
        a_uitleg="Dat verwart het aantal antwoorden met wie ze vertegenwoordigen. Ook 750 "
                 "antwoorden uit één school zeggen weinig over alle scholen.",
        b="Nee, want 68 % is geen grote meerderheid.",
        b_uitleg="Het probleem is niet de grootte van het percentage, maar over wie het gaat: "
                 "één school, en wie zelf wou antwoorden.",
    ),
    "2.2-thema-telling": _vraag(
        "De thema's van de open vraag tellen samen 63 antwoorden, terwijl 49 leerlingen "
        "antwoordden. Wat is er aan de hand?",
        "Een antwoord kan meer thema's hebben: elk thema telt apart, dus deel door de 49 "
        "antwoorden, niet door 63.",
        "Juist. Bij een codering met meer thema's per antwoord tellen de thema's op tot meer "
        "dan het aantal antwoorden.",
        a="Er zitten dubbele antwoorden in de export.",
        a_uitleg="Dan zou je dezelfde tekst twee keer zien. Kijk naar de kolom met thema's: "
                 "één antwoord kan er meer hebben.",
        b="Sommige leerlingen antwoordden twee keer, dus de bevraging is ongeldig.",
        b_uitleg="Dat zoekt de fout bij de leerlingen. Het verschil komt uit de manier van "
                 "coderen, niet uit wie antwoordde.",
    ),
    "2.3-eerste-vraag": _vraag(
        "In de grafiek heeft één richting dit jaar het grootste aandeel B- en C-attesten. Wat "
        "is je eerste vraag?",
        "Is dat elk jaar zo in die richting, en hoeveel leerlingen zijn het (n)?",
        "Juist. Eerst de eigen geschiedenis en de aantallen: een kleine richting schommelt "
        "sterk van jaar tot jaar.",
        a="Wie geeft daar les?",
        a_uitleg="Dat zoekt meteen een schuldige. Een attestenpercentage hangt af van de "
                 "instroom, het jaar en de groepsgrootte; begin bij de data, niet bij personen.",
        b="Moet die klassenraad milder delibereren?",
        b_uitleg="Dat springt van één cijfer naar beleid. Eerst weten of het cijfer uitzonderlijk "
                 "is, dan pas vragen wat eraan te doen is.",
    ),
    "2.3-clausulering": _vraag(
        "Met een B-attest gaat twee derde naar de arbeidsmarktfinaliteit. Wat verklaart dat het "
        "best?",
        "Het B-attest sluit richtingen uit (clausulering): de keuze is beperkt.",
        "Juist. Het attest stuurt de keuze. Dat zegt iets over de regels, niet over wat "
        "leerlingen kunnen of willen.",
        a="Die leerlingen kiezen zelf liever een praktische richting.",
        a_uitleg="Dat negeert de regels: een B-attest sluit bepaalde richtingen uit, dus de "
                 "'keuze' is niet vrij.",
        b="Leerlingen met een B-attest zijn minder goed in theorie.",
        b_uitleg="Dat maakt van een attest een etiket over een leerling. Het attest gaat over "
                 "één schooljaar in één richting, niet over wat iemand kan.",
    ),
    "2.4-coronajaar": _vraag(
        "In 2020-2021 zakt het gemiddelde eindpercentage van ongeveer 67 % naar 63 %. Wat is de "
        "beste lezing?",
        "Een dip voor de hele school in een jaar met veel afstandsonderwijs: eerst de context "
        "bekijken (corona, andere manier van evalueren).",
        "Juist. Een schoolbrede dip in één jaar vraagt om de omstandigheden van dat jaar, niet "
        "om een oordeel over leerlingen of leerkrachten.",
        a="De leerlingen van dat jaar waren zwakker.",
        a_uitleg="Dat schuift een dip van een heel jaar op de leerlingen. Alle jaargroepen "
                 "zakten tegelijk; kijk naar wat er dat jaar anders was.",
        b="De foutbalken zijn smal, dus de leerkrachten quoteerden strenger.",
        b_uitleg="Een smal interval zegt dat het gemiddelde nauwkeurig gemeten is, niet waarom "
                 "het lager ligt.",
    ),
    "2.4-buikgevoel": _vraag(
        "Je buikgevoel zegt dat de remediëring werkt; de data tonen een klein verschil met een "
        "vergelijkingsgroep. Wat doet een reflectieve professional?",
        "Beide naast elkaar leggen: uitzoeken waarom ze verschillen en wat je nog moet weten.",
        "Juist. Buikgevoel en data zijn allebei informatie. Waar ze botsen, begint de goede "
        "vraag.",
        a="Het buikgevoel volgen: cijfers missen de nuance van de klas.",
        a_uitleg="Dat negeert wat de data wél tonen. Ook een sterk gevoel kan je misleiden, "
                 "bv. door regressie naar het gemiddelde.",
        b="De data volgen: cijfers zijn objectief.",
        b_uitleg="Dat vergeet wat de data niet meten (zelfvertrouwen, studiemethode) en hoe ze "
                 "gemeten zijn. Cijfers hebben ook keuzes achter zich.",
    ),
    "2.4-voorspel-zonder": _vraag(
        "Voorspel, vóór je de tabel bekijkt: hoe doen leerlingen met een resultaat onder 50 % "
        "die géén remediëring kregen het bij de volgende evaluaties?",
        "Ook zij gaan er duidelijk op vooruit: wie één keer laag scoorde, scoort de volgende "
        "keer vaak vanzelf hoger.",
        "Juist. Dat is regressie naar het gemiddelde: een laag resultaat was deels pech, en "
        "pech herhaalt zich niet altijd.",
        a="Ze blijven even laag: zonder hulp verandert er niets.",
        a_uitleg="Dat vergeet dat één laag resultaat ook pech kan zijn. Wie je kiest omdat hij "
                 "laag scoorde, schuift vaak vanzelf op.",
        b="Ze zakken nog verder weg.",
        b_uitleg="Dat verwacht een neerwaartse spiraal. Bij een groep die je kiest op één laag "
                 "resultaat, is het omgekeerde veel gewoner.",
    ),
}
