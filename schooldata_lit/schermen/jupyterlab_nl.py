"""Nederlandse woorden voor JupyterLab die het taalpakket nl_NL (nog) niet vertaalt.

Het taalpakket `jupyterlab-language-pack-nl-NL` vertaalt maar een klein deel van JupyterLab 4
(216 van de ~1500 teksten van de kern): het menu *Uitvoeren* bleef Engels ("Run All Cells"),
het menu *Kernel* half ("Herstart Kernel and Run All Cells…") en de bestandenlijst toont
"Name" en "Modified". JupyterLab kan menu-items niet via de instellingen (`overrides.json`)
hernoemen: een menu-item draagt de naam van zijn opdracht. En een pakket met eigen vertalingen
(ingangspunt `jupyterlab.locale`) kan het domein `jupyterlab` niet aanvullen: jupyterlab_server
voegt het enkel samen na een versievergelijking, en het taalpakket heeft als versie
"jupyterlab" (geen versienummer), waardoor de hele vertaling zou mislukken.

Daarom deze kleine serveruitbreiding. JupyterLab haalt zijn vertalingen op bij de server
(`/lab/api/translations/nl_NL`); de uitbreiding vult het antwoord aan met `AANVULLING`, enkel
voor teksten die het taalpakket niet vertaalt (een vertaling van het taalpakket gaat altijd
voor). Ze staat aan in de cursusomgeving (`jupyter_server_config.d/schooldata_lit.json`,
geschreven door cursus.py en deploy/installeer.sh). Wat hier niet staat, vertaalt de
spiekbrief `leerpaden/menus_in_het_nederlands.md`.
"""

from __future__ import annotations

import logging
from typing import Any

__all__ = ["AANVULLING", "MEERVOUD", "vul_aan"]

#: Enkelvoudige teksten: Engelse tekst van JupyterLab → Nederlandse tekst.
AANVULLING: dict[str, str] = {
    # menu Uitvoeren
    "Run All Cells": "Alle cellen uitvoeren",
    "Run All Above Selected Cell": "Alles boven de gekozen cel uitvoeren",
    "Run Selected Cell and All Below": "Gekozen cel en alles eronder uitvoeren",
    "Render All Markdown Cells": "Alle Markdown-cellen weergeven",
    "Run All": "Alles uitvoeren",
    "Run Selected Text or Current Line in Console":
        "Gekozen tekst of huidige regel uitvoeren in de console",
    "Run all cells": "Alle cellen uitvoeren",
    # menu Kernel; JupyterLab plakt er twee namen aan elkaar ("Herstart Kernel" en "Alle
    # cellen uitvoeren…") met "%1 and %2"
    "%1 and %2": "%1 en %2",
    "%1 and %2 more": "%1 en nog %2",
    "Restart Kernel and Run All Cells…": "Kernel herstarten en alle cellen uitvoeren…",
    "Restart Kernel and Run All": "Kernel herstarten en alles uitvoeren",
    "Restart Kernel and Clear Outputs of All Cells…":
        "Kernel herstarten en de uitvoer van alle cellen wissen…",
    "Restart Kernel and Debug…": "Kernel herstarten en debuggen…",
    "Restart Kernel and Run up to Selected Cell…":
        "Kernel herstarten en uitvoeren tot de gekozen cel…",
    "Restart the kernel and run all cells": "Herstart de kernel en voer alle cellen uit",
    "Restart the kernel and clear all outputs of all cells":
        "Herstart de kernel en wis de uitvoer van alle cellen",
    "Restart Kernel": "Kernel herstarten",
    "Restart Kernel?": "Kernel herstarten?",
    "Restart": "Herstarten",
    "Shut Down Kernel": "Kernel afsluiten",
    "Shut Down All Kernels…": "Alle kernels afsluiten…",
    "Reconnect to Kernel": "Opnieuw verbinden met de kernel",
    "Select Kernel": "Kernel kiezen",
    "No Kernel": "Geen kernel",
    "Clear Outputs of All Cells": "Uitvoer van alle cellen wissen",
    # bestandenlijst
    "Name": "Naam",
    "Modified": "Gewijzigd",
    "Last Modified": "Laatst gewijzigd",
    "File Size": "Bestandsgrootte",
    "New Folder": "Nieuwe map",
    "Upload Files": "Bestanden uploaden",
    "Refresh File List": "Bestandenlijst vernieuwen",
    "New Launcher": "Nieuw startvenster",
    "Filter files by name": "Bestanden filteren op naam",
    "File Browser": "Bestandenlijst",
    "Open in New Browser Tab": "Openen in een nieuw browsertabblad",
    "Copy Path": "Pad kopiëren",
    "Duplicate": "Dupliceren",
    "Download": "Downloaden",
    "Show Hidden Files": "Verborgen bestanden tonen",
    "Launcher": "Startvenster",
    "Open": "Openen",
    # menu Bestand
    "Close and Shut Down Notebook…": "Sluiten en de kernel afsluiten…",
    "Open from Path…": "Openen vanaf een pad…",
    "Open from URL…": "Openen vanaf een URL…",
    "Open Recent": "Recent geopend",
    "Revert %1 to Checkpoint…": "%1 terugzetten naar het checkpoint…",
    "Duplicate %1": "%1 dupliceren",
    "Workspaces": "Werkruimtes",
    # algemeen en menu Bewerk
    "Cancel": "Annuleren",
    "OK": "OK",
    "Close": "Sluiten",
    "Dismiss": "Sluiten",
    "Save": "Opslaan",
    "Undo": "Ongedaan maken",
    "Redo": "Opnieuw doen",
    "Cut": "Knippen",
    "Copy": "Kopiëren",
    "Paste": "Plakken",
    "Select All Cells": "Alle cellen selecteren",
    "Print…": "Afdrukken…",
    "Log Out": "Afmelden",
    "Shut Down": "Afsluiten",
    "Insert a cell below": "Voeg een cel in hieronder",
    "Cut the selected cells": "Knip de gekozen cellen",
    "Code": "Code",
    "Console": "Console",
    "Terminal": "Terminal",
    "Text File": "Tekstbestand",
    "Settings Editor": "Instellingen bewerken",
    "Show Line Numbers": "Regelnummers tonen",
    "Kernel status: %1": "Status van de kernel: %1",
}

#: Teksten met enkel- en meervoud: Engels enkelvoud → (Nederlands enkelvoud, meervoud).
MEERVOUD: dict[str, tuple[str, str]] = {
    "Run Selected Cell": ("Gekozen cel uitvoeren", "Gekozen cellen uitvoeren"),
    "Run Selected Cell and Insert Below": ("Gekozen cel uitvoeren en een cel invoegen",
                                           "Gekozen cellen uitvoeren en een cel invoegen"),
    "Run Selected Cell and Do not Advance": ("Gekozen cel uitvoeren en blijven staan",
                                             "Gekozen cellen uitvoeren en blijven staan"),
    "Cut Cell": ("Cel knippen", "Cellen knippen"),
    "Copy Cell": ("Cel kopiëren", "Cellen kopiëren"),
    "Delete Cell": ("Cel verwijderen", "Cellen verwijderen"),
    "Paste Cell Below": ("Cel eronder plakken", "Cellen eronder plakken"),
    "Paste Cell Above": ("Cel erboven plakken", "Cellen erboven plakken"),
    "Move Cell Up": ("Cel omhoog", "Cellen omhoog"),
    "Move Cell Down": ("Cel omlaag", "Cellen omlaag"),
    "Duplicate Cell Below": ("Cel eronder dupliceren", "Cellen eronder dupliceren"),
}

_LOG = logging.getLogger(__name__)


def vul_aan(taalpakket: dict[str, Any]) -> dict[str, Any]:
    """Het antwoord van `get_language_pack("nl_NL")` (domein → vertalingen in het Jed-formaat
    van JupyterLab), aangevuld met onze vertalingen waar het taalpakket er geen heeft.

    >>> pakket = {"jupyterlab": {"": {"domain": "jupyterlab"}, "Restart Kernel…": ["Herstart"]}}
    >>> nieuw = vul_aan(pakket)["jupyterlab"]
    >>> nieuw["Run All Cells"], nieuw["Restart Kernel…"], nieuw["Cut Cell"]
    (['Alle cellen uitvoeren'], ['Herstart'], ['Cel knippen', 'Cellen knippen'])
    """
    if "jupyterlab" not in taalpakket:
        return taalpakket
    eigen: dict[str, Any] = {k: [v] for k, v in AANVULLING.items()}
    eigen |= {k: list(v) for k, v in MEERVOUD.items()}
    return {**taalpakket, "jupyterlab": {**eigen, **taalpakket["jupyterlab"]}}


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "schooldata_lit.schermen.jupyterlab_nl"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """Vul de vertalingen aan die de server voor nl_NL aan JupyterLab geeft."""
    try:
        from jupyterlab_server import translations_handler
    except ImportError:  # pragma: no cover (geen JupyterLab: niets te vertalen)
        return
    oorspronkelijk = getattr(translations_handler, "get_language_pack", None)
    if oorspronkelijk is None or getattr(oorspronkelijk, "_schooldata_lit", False):
        if oorspronkelijk is None:
            _LOG.warning("schooldata-lit: jupyterlab_server zonder get_language_pack; "
                         "de Nederlandse aanvulling van de menu's staat uit.")
        return

    def met_aanvulling(locale: str) -> tuple[dict[str, Any], str]:
        data, boodschap = oorspronkelijk(locale)
        if str(locale).lower().replace("-", "_") == "nl_nl":
            data = vul_aan(data)
        return data, boodschap

    met_aanvulling._schooldata_lit = True  # type: ignore[attr-defined]
    translations_handler.get_language_pack = met_aanvulling
    serverapp.log.info("schooldata-lit: Nederlandse aanvulling van JupyterLab geladen "
                       "(%d teksten).", len(AANVULLING) + len(MEERVOUD))
