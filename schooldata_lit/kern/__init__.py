"""De fundering: datasets laden en schrijven, het datamodel, controles en statistiek.

Niets in `kern` gebruikt plotly of ipywidgets, zodat de opdrachtregel en de generator snel
starten. De andere delen van de bibliotheek bouwen hierop.
"""
