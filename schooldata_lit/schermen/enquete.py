"""De stellingen van een bevraging verkennen zonder code (`stellingen_widget`)."""

from __future__ import annotations

import pandas as pd

from ..enquete.inlezen import afgekort
from ..enquete.instrument import GROEPEN
from ..enquete.samenvatten import als_kommagetallen, eens_totaal, vergelijking_staven
from ..grafieken import likert_staven
from ..kern.bronnen import bevraging_analytics
from ..stijl import procent
from .weergave import toon_met_tekst

__all__ = ["stellingen_widget"]


def stellingen_widget(tabel: pd.DataFrame | None = None):
    """Kies een groep en een stelling en zie meteen de grafiek en de aantallen (zonder code).

    `tabel` heeft de vorm van `bronnen.bevraging_analytics()` (de standaard: de echte cijfers
    uit de bron) of van `samenvatting_likert()` (je eigen antwoorden). Kies bij groep
    "vergelijk" om leerlingen en leerkrachten per thema naast elkaar te zien.

    >>> widget = stellingen_widget()
    >>> [kind.description for kind in widget.children[0].children]
    ['Groep', 'Stelling']
    """
    import ipywidgets as w

    tabel = als_kommagetallen(bevraging_analytics() if tabel is None else tabel)
    groepen = [g for g in GROEPEN if g in set(tabel["groep"])]
    keuzes = groepen + (["vergelijk"] if len(groepen) == 2 else [])
    groep_keuze = w.Dropdown(options=keuzes, value=keuzes[0], description="Groep")
    stelling_keuze = w.Dropdown(description="Stelling", layout=w.Layout(width="60%"))
    uitvoer = w.Output()

    def opties(groep: str) -> list[tuple[str, object]]:
        if groep == "vergelijk":
            return [("alle thema's", None)]
        deel = tabel[tabel["groep"] == groep].sort_values("nummer")
        return [("alle stellingen", None)] + [
            (f"{r.nummer}. {afgekort(r.stelling, 70)}", int(r.nummer)) for r in deel.itertuples()]

    def teken(*_):
        groep, nummer = groep_keuze.value, stelling_keuze.value
        if groep == "vergelijk":
            toon_met_tekst(uitvoer, vergelijking_staven(tabel))
            return
        deel = tabel[tabel["groep"] == groep]
        tekst = ""
        if nummer is not None:
            deel = deel[deel["nummer"] == nummer]
            n, eens = int(deel["respondenten"].iloc[0]), eens_totaal(deel).iloc[0]
            tekst = f"{int(eens)} van de {n} {groep} (helemaal) eens: {procent(100 * eens / n, 1)}."
        toon_met_tekst(uitvoer, likert_staven(deel, titel=f"Stellingen voor {groep}"), tekst=tekst)

    def nieuwe_groep(*_):
        stelling_keuze.unobserve(teken, "value")
        stelling_keuze.options = opties(groep_keuze.value)
        stelling_keuze.value = None
        stelling_keuze.observe(teken, "value")
        teken()

    groep_keuze.observe(nieuwe_groep, "value")
    stelling_keuze.options = opties(groep_keuze.value)
    stelling_keuze.observe(teken, "value")
    teken()
    return w.VBox([w.HBox([groep_keuze, stelling_keuze]), uitvoer])
