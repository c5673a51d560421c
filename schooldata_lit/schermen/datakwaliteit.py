"""De datakwaliteit van een dataset bekijken zonder code (`kwaliteit_widget`)."""

from __future__ import annotations

import os

from ..datakwaliteit import controleer_kwaliteit, kwaliteitssamenvatting
from ..kern.woordenboek import BRON_ASSEN, TABELLEN
from .weergave import html_tabel

__all__ = ["kwaliteit_widget"]


def _bron_tekst(naam: str) -> str:
    t = TABELLEN[naam]
    assen = "; ".join(f"{a}: {t.bron.get(a, '')}" for a in BRON_ASSEN)
    soort = "echte geaggregeerde cijfers" if t.echte_gegevens else "verzonnen data"
    return (f"<b>{naam}</b> ({soort}, niveau: {t.niveau})<br>{t.beschrijving}<br>"
            f"<i>Soort bron</i> — {assen}.")


def kwaliteit_widget(map: str | os.PathLike | None = None):
    """Kies een dataset: je ziet waar ze vandaan komt, wat de kolommen betekenen en een
    kwaliteitsverslag (ontbrekend, onmogelijk, dubbel). Geen code nodig.

    Geeft terug
    -----------
    ipywidgets.VBox
    """
    import ipywidgets as widgets

    from ..kern.data import beschikbare_datasets, beschrijf_dataset, laad_dataset

    keuze = widgets.Dropdown(options=beschikbare_datasets(map), value="resultaten",
                             description="Dataset:")
    uit = widgets.HTML()

    def toon(*_):
        naam = keuze.value
        tabel = laad_dataset(naam, map=map)
        verslag = controleer_kwaliteit(tabel, naam)
        delen = [f"<p>{_bron_tekst(naam)}<br>{len(tabel)} rijen, {tabel.shape[1]} kolommen.</p>",
                 html_tabel(beschrijf_dataset(naam, map=map), index=True)]
        if verslag.empty:
            delen.append("<p><b>Kwaliteitsverslag:</b> geen ontbrekende, onmogelijke of "
                         "dubbele waarden gevonden.</p>")
        else:
            delen += [f"<p><b>Kwaliteitsverslag:</b> {len(verslag)} probleem/problemen.</p>",
                      html_tabel(kwaliteitssamenvatting(verslag), index=False),
                      "<p>De eerste tien:</p>", html_tabel(verslag.head(10), index=False)]
        uit.value = "\n".join(delen)

    keuze.observe(toon, names="value")
    toon()
    return widgets.VBox([keuze, uit])
