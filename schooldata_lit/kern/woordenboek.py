"""Het datawoordenboek: welke tabellen de cursusschool heeft en wat elke kolom betekent.

Dit is de enige plek waar het datamodel beschreven staat. `beschrijf_dataset` toont het aan
de cursist, `datasets/README.md` wordt eruit gemaakt en de tests controleren de gegenereerde
bestanden ertegen.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Kolom", "Tabel", "TABELLEN", "BRON_ASSEN", "SOORTEN_DATA", "SOORT_VAN"]


@dataclass(frozen=True)
class Kolom:
    naam: str
    betekenis: str
    eenheid: str  # eenheid of toegelaten waarden


@dataclass(frozen=True)
class Tabel:
    naam: str
    beschrijving: str
    niveau: str  # leerling, klas, school, ...
    bron: dict[str, str]  # de assen uit het bronmateriaal (digitaal, verplicht, ...)
    kolommen: tuple[Kolom, ...]
    gevoelig: bool = False
    echte_gegevens: bool = False  # True: echte (geaggregeerde) cijfers uit het bronmateriaal

    @property
    def kolomnamen(self) -> list[str]:
        return [k.naam for k in self.kolommen]


#: De vijf assen waarop het bronmateriaal databronnen indeelt (spoor 1, halte databronnen).
BRON_ASSEN = ("digitaal", "verplicht", "kwantitatief", "leerlingniveau", "dynamisch")


def _bron(digitaal: str, verplicht: str, kwantitatief: str, leerlingniveau: str,
          dynamisch: str) -> dict[str, str]:
    return dict(zip(BRON_ASSEN, (digitaal, verplicht, kwantitatief, leerlingniveau, dynamisch),
                    strict=True))


K = Kolom
_LEERLING = K("leerling_id", "pseudoniem van de leerling (geen echte naam)", "tekst, bv. L00042")
_SCHOOLJAAR = K("schooljaar", "schooljaar", "tekst, bv. 2025-2026")
_KLAS = K("klas", "klasgroep", "tekst, bv. 3ECW")
_LEERJAAR = K("leerjaar", "leerjaar in het secundair", "1 tot 6")
_RICHTING = K("studierichting", "studierichting of basisoptie",
              "tekst, bv. Economische wetenschappen")
_FINALITEIT = K("finaliteit", "stroom of finaliteit",
                "A-stroom, B-stroom, doorstroom, dubbele finaliteit, arbeidsmarktfinaliteit")
_VAK = K("vak", "vak", "tekst, bv. Wiskunde")
_LEERKRACHT = K("leerkracht_id", "pseudoniem van de leerkracht", "tekst, bv. K017")
_DATUM = K("datum", "datum", "JJJJ-MM-DD")

TABELLEN: dict[str, Tabel] = {t.naam: t for t in [
    Tabel(
        "leerlingen",
        "Alle leerlingen die sinds 2019-2020 op school zaten, één rij per leerling. Namen zijn "
        "verzonnen. Thuistaal en schooltoeslag zijn gevoelige kenmerken: gebruik ze enkel "
        "geaggregeerd, om gelijke kansen te bespreken.",
        "leerling",
        _bron("digitaal", "verplicht", "deels", "leerlingniveau", "traag veranderend"),
        (
            _LEERLING,
            K("voornaam", "verzonnen voornaam", "tekst"),
            K("familienaam", "verzonnen familienaam", "tekst"),
            K("geslacht", "geslacht zoals geregistreerd", "M, V of X"),
            K("geboortejaar", "geboortejaar", "jaartal"),
            K("instroom_schooljaar", "schooljaar waarin de leerling op school kwam",
              "bv. 2021-2022"),
            K("instroom_leerjaar", "leerjaar waarin de leerling op school kwam", "1 tot 6"),
            K("thuistaal_niet_nederlands", "thuistaal is niet het Nederlands (gevoelig)", "ja/nee"),
            K("schooltoeslag", "gezin ontvangt een schooltoeslag (gevoelig)", "ja/nee"),
        ),
        gevoelig=True,
    ),
    Tabel(
        "inschrijvingen",
        "Welke leerling in welk schooljaar in welke klas zat, één rij per leerling per schooljaar.",
        "leerling",
        _bron("digitaal", "verplicht", "ja", "leerlingniveau", "jaarlijks"),
        (_LEERLING, _SCHOOLJAAR, _LEERJAAR, _KLAS, _RICHTING, _FINALITEIT),
    ),
    Tabel(
        "klassen",
        "De klasgroepen per schooljaar met hun titularis en grootte.",
        "klas",
        _bron("digitaal", "verplicht", "ja", "klasniveau", "jaarlijks"),
        (
            _SCHOOLJAAR, _KLAS, _LEERJAAR, _RICHTING, _FINALITEIT,
            K("klastitularis_id", "pseudoniem van de klastitularis", "tekst, bv. K003"),
            K("aantal_leerlingen", "aantal leerlingen in de klas", "aantal"),
        ),
    ),
    Tabel(
        "lessentabel",
        "Welke vakken een studierichting in een leerjaar heeft, en hoeveel uur per week.",
        "school",
        _bron("digitaal", "verplicht", "ja", "schoolniveau", "zelden"),
        (_LEERJAAR, _RICHTING, _VAK, K("uren_per_week", "lestijden per week", "aantal")),
    ),
    Tabel(
        "leerkrachten",
        "Het lerarenkorps, met verzonnen namen.",
        "school",
        _bron("digitaal", "verplicht", "nee", "personeelsniveau", "traag veranderend"),
        (
            _LEERKRACHT,
            K("voornaam", "verzonnen voornaam", "tekst"),
            K("familienaam", "verzonnen familienaam", "tekst"),
            K("vakgroep", "vakgroep waartoe de leerkracht behoort", "tekst, bv. Wiskunde"),
        ),
    ),
    Tabel(
        "lesopdrachten",
        "Wie welk vak geeft in welke klas in het meest recente schooljaar.",
        "klas",
        _bron("digitaal", "verplicht", "nee", "klasniveau", "jaarlijks"),
        (_SCHOOLJAAR, _KLAS, _VAK, _LEERKRACHT),
    ),
    Tabel(
        "resultaten",
        "Alle evaluaties van het meest recente schooljaar (zoals in Skore): dagelijks werk, "
        "toetsen en examens, met score en maximum. Een code staat er waar geen score is.",
        "leerling",
        _bron("digitaal", "verplicht", "ja", "leerlingniveau", "dynamisch (wekelijks)"),
        (
            _LEERLING, _SCHOOLJAAR, _KLAS, _VAK, _LEERKRACHT, _DATUM,
            K("periode", "evaluatieperiode",
              "P1 (sep-okt), P2 (nov-dec), P3 (jan-mrt), P4 (apr-jun)"),
            K("soort", "soort evaluatie", "dagelijks werk, toets, examen"),
            K("score", "behaalde score (leeg als er een code staat)", "punten"),
            K("maximum", "maximumscore", "punten, bv. 10, 20, 50, 100"),
            K("code", "reden waarom er geen score is", "leeg, afwezig, ziek, vrijgesteld"),
        ),
    ),
    Tabel(
        "jaarresultaten",
        "Het eindpercentage per leerling per vak per schooljaar, voor alle schooljaren sinds "
        "2019-2020 (geschiedenis voor trends over jaren).",
        "leerling",
        _bron("digitaal", "verplicht", "ja", "leerlingniveau", "jaarlijks"),
        (_LEERLING, _SCHOOLJAAR, _LEERJAAR, _KLAS, _VAK,
         K("eindpercentage", "eindresultaat voor het vak", "procent, 0 tot 100")),
    ),
    Tabel(
        "attesten",
        "Het oriënteringsattest op het einde van elk schooljaar, na deliberatie door de "
        "klassenraad. A: geslaagd; B: geslaagd met uitsluiting van sommige richtingen; C: niet "
        "geslaagd.",
        "leerling",
        _bron("digitaal", "verplicht", "ja", "leerlingniveau", "jaarlijks"),
        (
            _LEERLING, _SCHOOLJAAR, _LEERJAAR, _KLAS, _RICHTING, _FINALITEIT,
            K("attest", "oriënteringsattest", "A, B of C"),
            K("aantal_tekorten", "aantal vakken met een eindpercentage onder 50", "aantal"),
            K("gedelibereerd", "besproken op de delibererende klassenraad (niet automatisch)",
              "ja/nee"),
        ),
    ),
    Tabel(
        "kalender",
        "De lesdagdelen van het meest recente schooljaar (zonder vakanties, weekends en "
        "woensdagnamiddagen): de noemer voor aanwezigheidspercentages.",
        "school",
        _bron("digitaal", "verplicht", "ja", "schoolniveau", "jaarlijks"),
        (_SCHOOLJAAR, _DATUM, K("dagdeel", "voormiddag of namiddag", "VM, NM"),
         K("weekdag", "dag van de week", "maandag tot vrijdag")),
    ),
    Tabel(
        "afwezigheden",
        "Elke geregistreerde afwezigheid of laatkomst per dagdeel in het meest recente "
        "schooljaar. Codes: Z ziekte (met attest of briefje), G gewettigd om een andere reden, "
        "B problematische afwezigheid (niet gewettigd), L te laat (telt als aanwezig).",
        "leerling",
        _bron("digitaal", "verplicht", "ja", "leerlingniveau", "dynamisch (dagelijks)"),
        (_LEERLING, _SCHOOLJAAR, _DATUM, K("dagdeel", "voormiddag of namiddag", "VM, NM"),
         K("code", "afwezigheidscode", "Z, G, B, L")),
    ),
    Tabel(
        "platformactiviteit",
        "Activiteit op het leerplatform per leerling per lesweek in het meest recente "
        "schooljaar: aanmeldingen en ingediende taken.",
        "leerling",
        _bron("digitaal", "niet verplicht", "ja", "leerlingniveau", "dynamisch (wekelijks)"),
        (
            _LEERLING, _SCHOOLJAAR,
            K("week", "maandag van de lesweek", "JJJJ-MM-DD"),
            K("aanmeldingen", "aantal keer aangemeld op het platform", "aantal"),
            K("taken_op_tijd", "taken op tijd ingediend", "aantal"),
            K("taken_te_laat", "taken te laat ingediend", "aantal"),
            K("taken_niet_ingediend", "taken niet ingediend", "aantal"),
        ),
    ),
    Tabel(
        "begeleiding",
        "Het leerlingvolgsysteem van het meest recente schooljaar: remediëring, herkansingen, "
        "gesprekken en zorgoverleg (zoals een Excel-verzamelstaat per leerling).",
        "leerling",
        _bron("digitaal of op papier", "deels", "nee", "leerlingniveau", "dynamisch"),
        (
            _LEERLING, _SCHOOLJAAR, _DATUM,
            K("soort", "soort begeleiding", "remediëring, herkansing, gesprek, zorgoverleg"),
            K("vak", "vak waarover het gaat (leeg als het niet om één vak gaat)", "tekst"),
            K("door", "wie de begeleiding deed",
              "vakleerkracht, klastitularis, zorgcoördinator, CLB"),
        ),
        gevoelig=True,
    ),
    Tabel(
        "baso_fiches",
        "Informatie die de basisschool doorgaf bij de overstap naar het secundair (BaSO-fiche).",
        "leerling",
        _bron("op papier of digitaal", "niet verplicht", "nee", "leerlingniveau", "eenmalig"),
        (
            _LEERLING,
            K("instroom_schooljaar", "schooljaar van de overstap", "bv. 2025-2026"),
            K("advies", "advies van de basisschool", "A-stroom, B-stroom"),
            K("ondersteuningsnood", "nood aan ondersteuning", "geen, licht, verhoogd"),
            K("aandachtspunt", "belangrijkste aandachtspunt", "geen, taal, rekenen, "
              "studiemethode, welbevinden"),
        ),
        gevoelig=True,
    ),
    Tabel(
        "centrale_toetsen",
        "Resultaten op de Vlaamse toetsen (einde tweede leerjaar, Nederlands en wiskunde), met "
        "het Vlaamse gemiddelde als referentie.",
        "leerling",
        _bron("digitaal", "verplicht", "ja", "leerlingniveau", "jaarlijks"),
        (
            _LEERLING, _SCHOOLJAAR, _KLAS,
            K("toets", "toetsdomein", "Nederlands, wiskunde"),
            K("score", "score op de toets", "schaal 0 tot 100"),
            K("vlaams_gemiddelde", "gemiddelde score in Vlaanderen dat jaar", "schaal 0 tot 100"),
        ),
    ),
    Tabel(
        "welbevinden",
        "Een anonieme welbevindenbevraging van de leerlingen (meest recente schooljaar). Geen "
        "leerling_id: antwoorden zijn niet terug te koppelen naar een leerling.",
        "leerling (anoniem)",
        _bron("digitaal", "niet verplicht", "ja", "leerlingniveau (anoniem)", "jaarlijks"),
        (
            K("respondent", "volgnummer van het antwoord", "aantal"),
            _SCHOOLJAAR, K("graad", "graad", "1, 2 of 3"),
            K("ik_voel_me_thuis", "Ik voel me thuis op school.", "1 helemaal oneens tot 5 "
              "helemaal eens"),
            K("leerkrachten_helpen", "Mijn leerkrachten helpen me als ik iets niet begrijp.",
              "1 tot 5"),
            K("faalangst", "Ik ben vaak bang om te mislukken bij toetsen.", "1 tot 5"),
            K("pesten", "Ik word soms gepest op school.", "1 tot 5"),
            K("inspraak", "Leerlingen hebben inspraak in wat er op school gebeurt.", "1 tot 5"),
        ),
    ),
    Tabel(
        "alumni",
        "Hoe oud-leerlingen het doen na het zesde jaar, met het studierendement (aandeel "
        "verworven studiepunten) in hun eerste jaar hoger onderwijs.",
        "leerling",
        _bron("digitaal (uit externe bron)", "niet verplicht", "ja", "leerlingniveau",
              "jaarlijks"),
        (
            _LEERLING,
            K("schooljaar_afgestudeerd", "schooljaar waarin de leerling het zesde jaar afsloot",
              "bv. 2023-2024"),
            _RICHTING, _FINALITEIT,
            K("vervolg", "wat de leerling daarna deed", "professionele bachelor, academische "
              "bachelor, werk, andere"),
            K("studierendement", "aandeel verworven studiepunten in het eerste jaar hoger "
              "onderwijs (leeg als niet van toepassing)", "procent, 0 tot 100"),
        ),
    ),
    Tabel(
        "grondwaarheid",
        "De signalen die in de verzonnen school geplant zijn, met de valstrikken. Hiermee meet "
        "je hoe goed knipperlichten werken. In een echte school bestaat zo'n tabel niet.",
        "alle niveaus",
        _bron("digitaal", "nee", "ja", "alle niveaus", "eenmalig"),
        (
            K("signaal", "soort geplant signaal", "bv. dalende_trend, eenmalige_dip"),
            K("niveau", "niveau van het signaal", "leerling, klas, vak, school"),
            K("sleutel", "wie of wat: leerling_id, klas, vak/leerkracht of school", "tekst"),
            _SCHOOLJAAR,
            K("valstrik", "ja: dit lijkt een probleem maar is het niet (of is onzeker)", "ja/nee"),
            K("beschrijving", "wat er geplant is", "tekst"),
        ),
    ),
    Tabel(
        "bevraging_analytics",
        "ECHTE cijfers: de vragenlijst over Smartschool Analytics bij 75 leerlingen en 33 "
        "leerkrachten van één Vlaamse school (bachelorproef, zie bronvermelding). Aantallen "
        "eens / neutraal / oneens zoals gerapporteerd; bij twee leerkrachtenstellingen telt dat "
        "niet op tot 33 en bij twee leerlingenstellingen werd neutraal niet gerapporteerd.",
        "school (geaggregeerd)",
        _bron("digitaal", "niet verplicht", "ja", "niet-leerlingniveau", "eenmalig"),
        (
            K("groep", "wie antwoordde", "leerlingen, leerkrachten"),
            K("nummer", "nummer van de stelling", "1 tot 10"),
            K("stelling", "volledige tekst van de stelling", "tekst"),
            K("eens", "(helemaal) eens", "aantal"),
            K("neutraal", "neutraal (leeg: niet gerapporteerd)", "aantal"),
            K("oneens", "(helemaal) oneens", "aantal"),
            K("respondenten", "aantal respondenten van de bevraging", "aantal"),
            K("opmerking", "opmerking over de cijfers", "tekst"),
        ),
        echte_gegevens=True,
    ),
    Tabel(
        "bevraging_datagebruik",
        "ECHTE cijfers: de online survey over datagebruik bij 39 Vlaamse schoolteams (n = 1130) "
        "uit het onderzoeksproject 'Schooldata: meten, weten en de volgende stap vergeten?'.",
        "school (geaggregeerd)",
        _bron("digitaal", "niet verplicht", "ja", "niet-leerlingniveau", "eenmalig"),
        (
            K("thema", "thema van de vraag", "tekst"),
            K("bevinding", "wat gerapporteerd werd", "tekst"),
            K("aantal", "aantal respondenten (leeg als enkel een verhouding gerapporteerd werd)",
              "aantal"),
            K("verhouding", "gerapporteerde verhouding", "tekst, bv. bijna 4 op 5"),
            K("aandeel_bij_benadering", "de verhouding als getal", "aandeel, 0 tot 1"),
            K("respondenten", "totaal aantal respondenten", "aantal"),
        ),
        echte_gegevens=True,
    ),
]}


#: De vier soorten schooldata die in projecten rond datagebruik vaak samen getoond worden
#: (naar het bekende schema van Victoria Bernhardt): wie zijn onze leerlingen, hoe ervaren ze
#: de school, wat leren ze, en hoe werkt de school.
SOORTEN_DATA: dict[str, str] = {
    "demografie": "wie zijn onze leerlingen en personeelsleden (instroom, klas, achtergrond)",
    "percepties": "hoe leerlingen, leraren en ouders de school ervaren (bevragingen)",
    "leerresultaten": "wat leerlingen leren en bereiken (punten, attesten, toetsen, vervolg)",
    "schoolprocessen": "hoe de school werkt (aanwezigheid, begeleiding, lessen, platform)",
}

#: Bij welke soort data elke dataset van de cursusschool hoort.
SOORT_VAN: dict[str, str] = {
    "leerlingen": "demografie", "inschrijvingen": "demografie", "baso_fiches": "demografie",
    "leerkrachten": "demografie", "klassen": "schoolprocessen",
    "lessentabel": "schoolprocessen", "lesopdrachten": "schoolprocessen",
    "kalender": "schoolprocessen", "afwezigheden": "schoolprocessen",
    "platformactiviteit": "schoolprocessen", "begeleiding": "schoolprocessen",
    "resultaten": "leerresultaten", "jaarresultaten": "leerresultaten",
    "attesten": "leerresultaten", "centrale_toetsen": "leerresultaten",
    "alumni": "leerresultaten", "welbevinden": "percepties",
    "bevraging_analytics": "percepties", "bevraging_datagebruik": "percepties",
    "grondwaarheid": "cursusmateriaal (geen schooldata)",
}
