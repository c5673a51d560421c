"""Korte zelftoetsen zonder punten: één vraag, een paar keuzes, en bij elke keuze uitleg.

Een zelftoets is een `Meerkeuzevraag`. Bij elke **foute** keuze hoort feedback die het
misverstand benoemt (bv. "een interval is geen kans"), zonder het juiste antwoord te
verklappen; bij de juiste keuze zegt de feedback waarom ze klopt. De widget staat in
`schooldata_lit.schermen.simulatie.meerkeuze`; deze module doet het denkwerk zonder widget.

>>> v = Meerkeuzevraag("Hoeveel klassen lijken bij toeval 'opvallend' als je er 64 bekijkt?",
...     {"geen": "Dat is het misverstand dat toeval nooit een interval zonder 0 geeft: bij "
...              "elk 95 %-interval gebeurt dat in ongeveer 1 op 20 klassen.",
...      "ongeveer 3": "Juist: 5 % van 64 is ongeveer 3.",
...      "ongeveer 32": "Dat haalt 'de helft ligt boven het gemiddelde' en 'opvallend' door "
...                     "elkaar: opvallend betekent hier een interval zonder 0."},
...     juist="ongeveer 3")
>>> v.antwoord("geen")[0], v.antwoord("ongeveer 3")[0]
(False, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Meerkeuzevraag"]

#: Zo kort mag feedback niet zijn: "fout" of "nee" alleen leert niemand iets.
MIN_LENGTE_FEEDBACK = 25


@dataclass(frozen=True)
class Meerkeuzevraag:
    """Een zelftoets: `vraag`, per keuze de feedback (`feedback_per_optie`) en de `juist`e keuze.

    >>> Meerkeuzevraag("Vraag?", {"a": "fout"}, juist="a")
    Traceback (most recent call last):
    ...
    ValueError: Minstens twee keuzes nodig; kreeg er 1.
    """

    vraag: str
    feedback_per_optie: Mapping[str, str] = field(default_factory=dict)
    juist: str = ""

    def __post_init__(self) -> None:
        opties = list(self.feedback_per_optie)
        if len(opties) < 2:
            raise ValueError(f"Minstens twee keuzes nodig; kreeg er {len(opties)}.")
        if self.juist not in self.feedback_per_optie:
            raise ValueError(f"De juiste keuze {self.juist!r} staat niet bij de keuzes: "
                             f"{', '.join(map(repr, opties))}.")
        for optie, uitleg in self.feedback_per_optie.items():
            if len(uitleg.strip()) < MIN_LENGTE_FEEDBACK:
                raise ValueError(f"De feedback bij {optie!r} is te kort ({uitleg!r}): benoem "
                                 f"het misverstand, zeg niet enkel 'fout'.")

    @property
    def opties(self) -> list[str]:
        """De keuzes, in de volgorde waarin ze gegeven werden."""
        return list(self.feedback_per_optie)

    def antwoord(self, keuze: str) -> tuple[bool, str]:
        """Geeft (juist of niet, feedback) voor `keuze`.

        >>> Meerkeuzevraag("2 + 2?", {"4": "Juist, twee keer twee is vier.",
        ...     "5": "Je telde er één bij: kijk nog eens naar de opgave."}, "4").antwoord("5")
        (False, 'Je telde er één bij: kijk nog eens naar de opgave.')
        """
        if keuze not in self.feedback_per_optie:
            raise ValueError(f"Onbekende keuze {keuze!r}; kies uit "
                             f"{', '.join(map(repr, self.opties))}.")
        return keuze == self.juist, self.feedback_per_optie[keuze]
