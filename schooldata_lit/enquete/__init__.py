"""Een bevraging in je eigen school: het instrument, de antwoorden inlezen en samenvatten.

De vragenlijsten komen uit de bachelorproef over Smartschool Analytics (zie
`schooldata_lit.kern.bronnen`): 10 Likert-stellingen en één open vraag, in een versie voor
leerlingen en een versie voor leerkrachten. Deze module maakt er een kant-en-klaar instrument
van en helpt bij de rest van de rit:

1. **het instrument**: `vragenlijst()` en `exporteer_vragenlijst()` (CSV of Markdown, om in
   Google Forms of Microsoft Forms over te nemen), met `workshopplan()` voor de workshop van
   35 minuten uit de bron;
2. **antwoorden inlezen**: `lees_antwoorden()` leest een export van Google Forms of Microsoft
   Forms en controleert ze grondig (`controleer_antwoorden()` toont enkel de problemen). Niets
   verdwijnt stilletjes: ontbrekende of onbekende kolommen, onbekende antwoorden, lege rijen en
   dubbele respondenten geven een duidelijke melding met bestand, rij en kolom;
3. **samenvatten**: `samenvatting_likert()` (aantallen, percentages, mediaan en, met een
   waarschuwing, het gemiddelde), `likert_grafiek()` en `vergelijk_groepen()` (leerlingen
   naast leerkrachten, met onzekerheidsmarge);
4. **zonder code**: `stellingen_widget()`.

De open antwoorden coderen in thema's gebeurt in `schooldata_lit.open_antwoorden`.

>>> vragenlijst("leerkrachten").loc[6, "vraag"]
'Ik maak me zorgen over de ethiek en privacy bij het gebruik van zulke analysetools.'
"""

from __future__ import annotations

from ..kern.lui import lui_doorverwijzen
from .inlezen import controleer_antwoorden, lees_antwoorden
from .instrument import (
    ANDERE_VRAAG,
    GROEPEN,
    INLEIDING,
    SCHAAL,
    THEMA_PAREN,
    VOORBEELDMAP,
    AntwoordFout,
    exporteer_vragenlijst,
    vragenlijst,
    vragenlijst_markdown,
    workshopplan,
)
from .samenvatten import likert_grafiek, samenvatting_likert, vergelijk_groepen, vergelijking_staven
from .voorbeeldexports import maak_voorbeeldexports

#: De widgets staan in `schooldata_lit.schermen.enquete` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.enquete", ["stellingen_widget"])

__all__ = [
    "GROEPEN",
    "SCHAAL",
    "INLEIDING",
    "THEMA_PAREN",
    "ANDERE_VRAAG",
    "VOORBEELDMAP",
    "AntwoordFout",
    "vragenlijst",
    "vragenlijst_markdown",
    "exporteer_vragenlijst",
    "workshopplan",
    "controleer_antwoorden",
    "lees_antwoorden",
    "samenvatting_likert",
    "likert_grafiek",
    "vergelijk_groepen",
    "vergelijking_staven",
    "maak_voorbeeldexports",
]
