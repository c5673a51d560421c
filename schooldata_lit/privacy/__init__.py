"""Privacy: pseudonimiseren, kleine cellen onderdrukken en per rol tonen wat mag.

Drie hulpmiddelen om zorgvuldig met leerlingengegevens om te gaan:

1. **Pseudonimiseren met een sleutel** (`pseudonimiseer`). Elke waarde (bv. een leerling_id)
   wordt vervangen door een code die met een geheime sleutel berekend is (HMAC-SHA256).
   Dezelfde sleutel geeft altijd dezelfde code, zodat je tabellen nog kunt koppelen; zonder
   de sleutel kun je niet terugrekenen. Let op: gepseudonimiseerde gegevens blijven
   persoonsgegevens (AVG/GDPR). Het is geen anonimisering.
2. **Kleine cellen onderdrukken** (`onderdruk_kleine_cellen`, `aandelen_met_onderdrukking`,
   `gemiddelden_met_onderdrukking`). In een tabel met aantallen kan een cel van 1 tot 4
   leerlingen verraden over wie het gaat. Zulke cellen worden leeg gemaakt, en waar nodig ook
   een tweede cel, zodat je de verborgen waarde niet kunt terugrekenen uit een totaal.
3. **Rolweergaven** (`rolweergave`). Wie welke gegevens mag zien, hangt af van de rol. De tabel
   `ROLLEN` legt dat vast; `rolweergave` past ze toe en `toegangstabel` toont ze.

De onderdelen: `sleutel` (pseudonimiseren), `onderdrukking` (kleine cellen) en `rollen`
(de rollen, hun niveaus en `rolweergave`).

Wat elke rol mag zien
---------------------

Niveaus: *alle rijen*; *eigen rijen* (enkel de rijen van jezelf); *eigen rijen + klasband*
(je eigen scores naast het klasgemiddelde ± één standaardafwijking, nooit scores of ids van
anderen, nooit een rangorde); *eigen klassen × vakken* (de klas-vakcombinaties uit je
lesopdrachten); *leerlingen van je klassen* (waar je lesgeeft); *je titularisklas(sen)*;
*enkel geaggregeerd* (aantallen, aandelen en gemiddelden per groep, met onderdrukking van
kleine cellen, nooit een leerling_id). Tabellen die er niet staan, mag de rol niet zien.

================  =====================================  ===================================
rol               dataset(s)                             niveau
================  =====================================  ===================================
iedereen          kalender, lessentabel, bevragingen     alle rijen (geen persoonsgegevens)
leerling          leerlingen*, inschrijvingen, attesten, eigen rijen
                  afwezigheden, platformactiviteit,
                  begeleiding, centrale_toetsen
leerling          resultaten, jaarresultaten             eigen rijen + klasband
leerkracht        klassen, leerkrachten                  alle rijen
leerkracht        lesopdrachten                          eigen rijen
leerkracht        resultaten, jaarresultaten,            eigen klassen × vakken
                  begeleiding (enkel over je vak)
leerkracht        leerlingen*, inschrijvingen, attesten, leerlingen van je klassen
                  afwezigheden, platformactiviteit,
                  centrale_toetsen
klastitularis     klassen, leerkrachten                  alle rijen
klastitularis     lesopdrachten, leerlingen*,            je titularisklas(sen)
                  inschrijvingen, resultaten,
                  jaarresultaten, attesten, afwezig-
                  heden, platformactiviteit, begelei-
                  ding, baso_fiches, centrale_toetsen
zorgcoordinator   alle leerlingtabellen, klassen,        alle rijen (leerlingen*: gevoelige
                  leerkrachten, lesopdrachten            kenmerken enkel geaggregeerd)
directie          klassen, leerkrachten, lesopdrachten   alle rijen
directie          alle leerlingtabellen, alumni          enkel geaggregeerd (ook gevoelige
                                                         kenmerken, maar enkel zo)
personeel         welbevinden (anonieme bevraging)       enkel geaggregeerd
================  =====================================  ===================================

\\* De gevoelige kolommen ``thuistaal_niet_nederlands`` en ``schooltoeslag`` van ``leerlingen``
staan nooit in een weergave op rijniveau. De zorgcoördinator en de directie kunnen ze wel
geaggregeerd opvragen, bv. ``rolweergave("directie", "leerlingen", categorie="schooltoeslag")``.
De ``grondwaarheid`` bestaat enkel in de cursus en hoort bij geen enkele rol; ``alumni`` is
enkel voor de directie (geaggregeerd); ``baso_fiches`` enkel voor de klastitularis en de
zorgcoördinator.

Waarom zo? Een leerkracht heeft de gegevens nodig van de klassen en vakken die hij geeft; van
de begeleiding enkel wat over zijn eigen vak gaat (remediëring, herkansing), niet de
gesprekken of het zorgoverleg. De klastitularis volgt zijn klas in de breedte op. De
zorgcoördinator begeleidt leerlingen in de hele school, maar heeft de thuistaal of de
schooltoeslag van één leerling niet nodig. De directie stuurt beleid bij en heeft daarvoor
geen gegevens over individuele leerlingen nodig.

De weergaven zijn een hulpmiddel om te leren en af te spreken wie wat ziet. Echte
toegangsbeveiliging hoort in de software van de school (Smartschool, Informat, ...).
"""

from __future__ import annotations

from .onderdrukking import (
    MINIMUM,
    aandelen_met_onderdrukking,
    gemiddelden_met_onderdrukking,
    onderdruk_kleine_cellen,
)
from .rollen import (
    GEVOELIGE_KOLOMMEN,
    IDENTIFICERENDE_KOLOMMEN,
    NIVEAUS,
    ROLLEN,
    GeenToegang,
    Rol,
    Toegang,
    normaliseer_rol,
    rolweergave,
    toegangstabel,
)
from .sleutel import (
    MIN_SLEUTELLENGTE,
    bewaar_sleutel,
    controleer_sleutel,
    lees_sleutel,
    maak_sleutel,
    pseudonimiseer,
)

__all__ = [
    "MINIMUM",
    "MIN_SLEUTELLENGTE",
    "GEVOELIGE_KOLOMMEN",
    "IDENTIFICERENDE_KOLOMMEN",
    "NIVEAUS",
    "Toegang",
    "Rol",
    "ROLLEN",
    "GeenToegang",
    "maak_sleutel",
    "bewaar_sleutel",
    "lees_sleutel",
    "controleer_sleutel",
    "pseudonimiseer",
    "onderdruk_kleine_cellen",
    "aandelen_met_onderdrukking",
    "gemiddelden_met_onderdrukking",
    "rolweergave",
    "toegangstabel",
    "normaliseer_rol",
]
