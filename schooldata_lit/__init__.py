"""schooldata-lit: de hulpbibliotheek van de cursus datageletterdheid op school.

Eén voordeur: ``import schooldata_lit as sd`` geeft je alles wat je in de cursus gebruikt.

* de werkwoorden rechtstreeks: ``sd.laad_dataset("leerlingen")``, ``sd.knipperlichten()``,
  ``sd.attesten_per_groep(...)``, ``sd.knipperlichten_dashboard()``;
* de hoofdstukken als onderdeel: ``sd.leerwinst``, ``sd.enquete``, ``sd.grafieken``, ...
  (``sd.knipperlichten`` is de functie; het hoofdstuk heet ``schooldata_lit.knipperlichten``).

Een hoofdstuk of werkwoord wordt pas geladen als je het gebruikt (PEP 562). Zo start
``import schooldata_lit`` snel en laadt het geen plotly of ipywidgets; die komen pas mee met
de eerste grafiek of widget. ``from schooldata_lit import leerwinst_per_groep`` werkt ook.

>>> import schooldata_lit as sd
>>> leerlingen = sd.laad_dataset("leerlingen")
>>> len(sd.knipperlichten()) > 0
True
>>> sd.leerwinst.KLEINE_GROEP
20
"""

from __future__ import annotations

import importlib
from typing import Any

# Zonder plotly of ipywidgets, en meteen nodig: de data en de knipperlichten. `knipperlichten`
# is zowel een hoofdstuk als een functie; hier vast de functie, zodat sd.knipperlichten() altijd
# werkt, ook nadat het hoofdstuk geladen is.
from .kern.data import (
    beschikbare_datasets,
    beschrijf_dataset,
    laad_dataset,
    overzicht_datasets,
    stel_datamap_in,
)
from .knipperlichten import catalogus, knipperlichten

#: De hoofdstukken en onderdelen, als ``sd.<naam>`` (naam → module).
HOOFDSTUKKEN: dict[str, str] = {
    naam: "." + naam for naam in (
        "checklist", "dataplan", "datakwaliteit", "doorstroom", "enquete", "evaluatie",
        "grafieken", "indicatoren", "kaarten", "kwaliteitszorg", "leerwinst", "open_antwoorden",
        "vergelijken", "verslag", "simulatie", "zelftoets", "privacy", "importeren", "generator",
        "stijl", "kern", "schermen")
} | {"bronnen": ".kern.bronnen", "woordenboek": ".kern.woordenboek"}

#: Per module de werkwoorden (functies, klassen, vaste waarden) die ``sd.<naam>`` geeft.
#: `tests/test_voordeur.py` controleert dat dit overeenkomt met de ``__all__`` van elke module.
_WERKWOORDEN: dict[str, tuple[str, ...]] = {
    ".kern.data": ("laad_dataset", "beschrijf_dataset", "overzicht_datasets",
        "beschikbare_datasets", "stel_datamap_in", "datamap", "CSV_OPTIES", "csv_tekst",
        "schrijf_tekstbestanden"),
    ".kern.bronnen": ("BRONVERMELDING", "bevraging_analytics", "bevraging_datagebruik",
        "bron_tabellen", "STELLINGEN_LEERLINGEN", "STELLINGEN_LEERKRACHTEN",
        "OPEN_VRAAG_LEERLINGEN", "OPEN_VRAAG_LEERKRACHTEN"),
    ".kern.statistiek": ("t_kwantiel", "t_halve_breedte", "wilson_grenzen", "Z95", "p_uit_z",
        "binomiaal_p", "holm", "verwacht_bij_toeval", "p_uit_t"),
    ".kern.woordenboek": ("Kolom", "Tabel", "TABELLEN", "BRON_ASSEN", "SOORTEN_DATA", "SOORT_VAN"),
    ".knipperlichten": ("Regel", "Instelling", "REGELS", "catalogus", "knipperlichten",
        "Metingen", "metingen", "KOLOMMEN", "regeloverzicht", "regelverslag", "PERIODEREGELS",
        "standaardregels"),
    ".evaluatie": ("Evaluatie", "evalueer_knipperlichten", "evaluatie_per_peildatum",
        "lichten_per_peildatum", "DETECTOREN"),
    ".indicatoren": ("percentages", "maandgemiddelden", "relatieve_scores", "resultaatverloop",
        "aanwezigheid_per_leerling", "activiteitsverloop", "attesten_per_klas",
        "beoordeling_per_leerkracht", "klasverloop", "maandverloop",
        "regressie_naar_het_gemiddelde"),
    ".grafieken": ("voortgang_leerling", "afwijking_per_maand", "klasband", "likert_staven",
        "aanwezigheid_weekdagen", "aanwezigheid_kalender", "attesten_per_groep",
        "samenvatting_per_jaar", "trend_over_jaren", "knipperlichten_overzicht",
        "activiteit_en_punten", "MIN_GROEP", "MIN_KLASGENOTEN"),
    ".stijl": ("OKABE_ITO", "PALET", "GRIJS", "KLEUR_LEERLING", "KLEUR_KLAS", "KLEUR_BAND",
        "SJABLOON", "MAANDEN", "maak_sjabloon", "gebruik_stijl", "pas_stijl_toe", "getal",
        "procent", "breek_af", "maand_ticks", "contrastverhouding", "lijnkleur", "KLEUR_HULPLIJN"),
    ".leerwinst": ("Leerwinst", "leerwinst_per_groep", "vergelijk_winst", "winst_naar_start",
        "metingen_per_periode", "metingen_rond_remediering", "grafiek_voor_na",
        "grafiek_leerwinst_per_groep", "KLEINE_GROEP"),
    ".enquete": ("GROEPEN", "SCHAAL", "INLEIDING", "THEMA_PAREN", "ANDERE_VRAAG", "VOORBEELDMAP",
        "AntwoordFout", "vragenlijst", "vragenlijst_markdown", "exporteer_vragenlijst",
        "workshopplan",
        "controleer_antwoorden", "lees_antwoorden", "samenvatting_likert", "likert_grafiek",
        "vergelijk_groepen", "vergelijking_staven", "maak_voorbeeldexports"),
    ".open_antwoorden": ("OPEN_ANTWOORDEN_LEERLINGEN", "OPEN_ANTWOORDEN_LEERKRACHTEN",
        "STANDAARD_CODEBOEK", "CODEBOEK_LEERKRACHTEN", "NIET_GECODEERD", "GEEN_ANTWOORD",
        "open_antwoorden_bron", "lees_codeboek", "codeboek_als_tekst", "codeer_antwoorden",
        "telling_per_thema", "citaten_per_thema", "niet_gecodeerd", "themagrafiek"),
    ".kaarten": ("Gesprekskaart", "REEKSEN", "gesprekskaarten", "gesprekskaarten_html",
        "gesprekskaarten_markdown", "maak_gesprekskaarten"),
    ".doorstroom": ("FINALITEIT_RANG", "DOELEN", "deliberatietabel", "overgangen",
        "doorstroomtabel", "doorstroom_sankey", "waterval", "alumni_samenvatting",
        "studierendement_per_groep", "meetoverzicht"),
    ".vergelijken": ("wilson_interval", "veel_vergelijkingen", "aandeel_per_groep",
        "simpson_tabel", "grafiek_simpson", "vergelijk_met_referentie", "grafiek_referentie"),
    ".verslag": ("Onderdeel", "periodeverschillen", "Export", "AfbeeldingNietGelukt",
        "context_tekst", "met_boodschap", "met_annotatie", "gemiddelde_met_onzekerheid",
        "periodeverschil",
        "misleidende_en_eerlijke_as", "controleer_grafiek", "controleer_verslag", "bouw_verslag",
        "bewaar_afbeelding", "exporteer_verslag", "klascijfer_zin", "klas_per_periode"),
    ".simulatie": ("klassen_zonder_verandering", "steekproeven", "parallelle_toets", "Permutatie",
        "permutatietoets", "grafiek_toeval", "grafiek_steekproeven", "grafiek_permutatie"),
    ".zelftoets": ("Meerkeuzevraag", "ZELFTOETSEN", "MIN_LENGTE_FEEDBACK"),
    ".kwaliteitszorg": ("kwaliteitscyclus", "INDICATOREN"),
    ".checklist": ("Punt", "PUNTEN", "THEMAS", "samenvatting"),
    ".dataplan": ("Stap", "CYCLUS", "KADER", "Casus", "CASUSSEN", "Dataplan", "cyclus_tabel",
        "kader_tabel", "casussen_tabel", "voorbeeldplan", "controleer_plan", "plan_als_markdown",
        "plan_als_html", "bewaar_plan", "MAX_BRONNEN"),
    ".datakwaliteit": ("bronnenoverzicht", "controleer_kwaliteit", "kwaliteitssamenvatting",
        "maak_beschadigde_kopie", "koppelverslag", "controleer_optelling", "laad_uci_uittreksel",
        "UCI_BRONVERMELDING"),
    ".privacy": ("MINIMUM", "MIN_SLEUTELLENGTE", "GEVOELIGE_KOLOMMEN", "IDENTIFICERENDE_KOLOMMEN",
        "NIVEAUS", "Toegang", "Rol", "ROLLEN", "GeenToegang", "maak_sleutel", "bewaar_sleutel",
        "lees_sleutel", "controleer_sleutel", "pseudonimiseer", "onderdruk_kleine_cellen",
        "aandelen_met_onderdrukking", "gemiddelden_met_onderdrukking", "rolweergave",
        "toegangstabel", "normaliseer_rol"),
    ".importeren": ("SOORTEN", "ImportFout", "Importverslag", "standaardkoppeling",
        "lees_koppeling", "schrijf_koppeling", "importeer", "importoverzicht",
        "controleer_datamap", "vul_datamap_aan", "maak_csv_veilig", "NODIG_VOOR_KNIPPERLICHTEN"),
    ".importeren.voorbeeldexport": ("VOORBEELDKLASSEN", "maak_voorbeeldexport"),
    ".generator": ("genereer_school", "schrijf_tabellen", "genereer"),
    ".schermen.dashboards": ("knipperlichten_dashboard", "school_dashboard",
        "KnipperlichtenDashboard", "SchoolDashboard", "NIVEAUS_PER_ROL"),
    ".schermen.verkenners": ("dataverkenner", "dip_of_trend", "Dataverkenner", "DipOfTrend",
        "PEILDATA"),
    ".schermen.rolverkenner": ("voorbeeld_wie", "beschrijf_toegang", "weergave_voor",
        "rolverkenner"),
    ".schermen.checklist": ("checklist_widget",),
    ".schermen.dataplan": ("DataplanCanvas",),
    ".schermen.datakwaliteit": ("kwaliteit_widget",),
    ".schermen.doorstroom": ("verken_doorstroom", "verken_attesten", "verken_alumni"),
    ".schermen.enquete": ("stellingen_widget",),
    ".schermen.kwaliteitszorg": ("trend_verkenner",),
    ".schermen.leerwinst": ("leerwinst_verkenner",),
    ".schermen.open_antwoorden": ("codeboek_widget",),
    ".schermen.vergelijken": ("attesten_widget", "interval_widget"),
    ".schermen.verslag": ("klascijfer_verkenner",),
    ".schermen.simulatie": ("toeval_widget", "steekproef_widget", "meerkeuze"),
}

_WAAR: dict[str, str] = {naam: module for module, namen in _WERKWOORDEN.items() for naam in namen}


def __getattr__(naam: str) -> Any:
    """Laad een hoofdstuk of werkwoord pas bij het eerste gebruik (PEP 562)."""
    if naam in HOOFDSTUKKEN:
        waarde = importlib.import_module(HOOFDSTUKKEN[naam], __name__)
    elif naam in _WAAR:
        waarde = getattr(importlib.import_module(_WAAR[naam], __name__), naam)
    else:
        raise AttributeError(f"schooldata_lit heeft geen {naam!r}. Zie dir(schooldata_lit) of "
                             "help(schooldata_lit) voor wat er is.")
    globals()[naam] = waarde  # de volgende keer meteen
    return waarde


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(HOOFDSTUKKEN) | set(_WAAR))


#: Alles wat ``from schooldata_lit import *`` geeft: de vaste namen hierboven en alle werkwoorden.
__all__ = ["beschikbare_datasets", "beschrijf_dataset", "catalogus", "knipperlichten",
           "laad_dataset", "overzicht_datasets", "stel_datamap_in"]
__all__ += sorted(set(_WAAR) - set(__all__))
