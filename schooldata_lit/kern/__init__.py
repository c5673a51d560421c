"""De fundering: datasets laden en schrijven, het datamodel, controles en statistiek.

Niets in `kern` gebruikt plotly of ipywidgets, zodat de opdrachtregel en de generator snel
starten. De andere delen van de bibliotheek bouwen hierop.
"""

#: Het zaad (seed) waarmee de datasets van de cursus gemaakt zijn: hetzelfde zaad geeft
#: dezelfde bytes. De generator, de opdrachtregel en het datawoordenboek gebruiken dit.
CURSUSZAAD = 2026
