"""schooldata-lit: de hulpbibliotheek van de cursus datageletterdheid op school.

>>> import schooldata_lit as sd
>>> leerlingen = sd.laad_dataset("leerlingen")
>>> len(sd.knipperlichten()) > 0
True
"""

from .evaluatie import evalueer_knipperlichten
from .importeren import importeer
from .kern.data import (
    beschikbare_datasets,
    beschrijf_dataset,
    laad_dataset,
    overzicht_datasets,
    stel_datamap_in,
)
from .knipperlichten import catalogus, knipperlichten
from .privacy import onderdruk_kleine_cellen, pseudonimiseer, rolweergave
from .schermen.dashboards import knipperlichten_dashboard, school_dashboard

__all__ = ["laad_dataset", "beschrijf_dataset", "overzicht_datasets", "beschikbare_datasets",
           "stel_datamap_in",
           "knipperlichten", "catalogus", "evalueer_knipperlichten", "pseudonimiseer",
           "onderdruk_kleine_cellen", "rolweergave", "knipperlichten_dashboard",
           "school_dashboard", "importeer"]
