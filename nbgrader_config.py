"""nbgrader-instellingen van schooldata-lit.

`solutions/<opdracht>/` is de bron (met oplossingen en verborgen tests), `exercises/<opdracht>/`
de versie voor de cursisten die `nbgrader generate_assignment` (of `schooldata-lit oefeningen`)
daaruit maakt. Pas enkel `solutions/` aan.
"""

import os

c = get_config()  # noqa: F821 (nbgrader voert dit bestand uit en levert get_config)

# nbgrader voert dit bestand uit met __file__ ingevuld; val anders terug op de werkmap.
try:
    _HIER = os.path.dirname(os.path.abspath(__file__))
except NameError:  # pragma: no cover
    _HIER = os.getcwd()

c.CourseDirectory.root = _HIER
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"

# Wat de cursist ziet in plaats van de oplossing.
c.ClearSolutions.code_stub = {
    "python": "# JOUW ANTWOORD HIER: vervang deze twee regels door je antwoord.\n"
    'raise NotImplementedError("Deze vraag is nog niet beantwoord.")'
}
c.ClearSolutions.text_stub = "_Schrijf hier je antwoord. (Dubbelklik op deze cel om te typen.)_"

# Een oneindige lus of een hangende cel wordt na zoveel seconden onderbroken en krijgt 0.
c.Execute.timeout = 60
# De verbeterkernel: foutmeldingen zonder broncode (zo toont de feedback geen regels uit de
# verborgen tests), geen PYTHONSTARTUP, en altijd de data van de cursusschool: een
# SCHOOLDATA_MAP of werkmap van de lesgever verandert geen cijfer (zie
# schooldata_lit.oefeningen.verbeteromgeving).
c.Execute.extra_arguments = [
    "--InteractiveShell.xmode=Minimal",
    "--IPKernelApp.exec_PYTHONSTARTUP=False",
    '--IPKernelApp.exec_lines=__import__("schooldata_lit.oefeningen").oefeningen'
    ".verbeteromgeving()",
]

# De vrijgegeven opdrachten bevatten geen uitvoer (ClearOutput staat ook al in de standaard).
c.ClearOutput.enabled = True

# Feedback: standaardstappen plus het wissen van de verborgen tests. CijfersVoorFeedback is
# nbgraders GetGrades, maar het zegt ook welke denkvragen nog op de lesgever wachten.
c.GenerateFeedback.preprocessors = [
    "schooldata_lit.oefeningen.CijfersVoorFeedback",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "nbgrader.preprocessors.ClearHiddenTests",
]

# De feedbackpagina in het Nederlands ("Jouw antwoord", "Controle van vraag 3", "nog te
# verbeteren door je lesgever"): nbgrader_sjablonen/feedback/ vervangt nbgraders sjabloon met
# dezelfde naam (ook als de formgrader de feedback maakt).
# nbgraders eigen sjablonen (o.a. 'formgrade' van de formgrader) blijven erachter vindbaar:
# deze lijst vervangt die van nbgrader, anders laadt de formgrader niet.
try:
    import importlib.util as _iu

    _NBGRADER = _iu.find_spec("nbgrader").submodule_search_locations[0]
    _NBGRADER_SJABLONEN = [os.path.join(_NBGRADER, "server_extensions", "formgrader", "templates")]
except (ImportError, AttributeError, TypeError):  # pragma: no cover
    _NBGRADER_SJABLONEN = []
c.HTMLExporter.extra_template_basedirs = [os.path.join(_HIER, "nbgrader_sjablonen"),
                                          *_NBGRADER_SJABLONEN]

# `nbgrader validate` in het Nederlands, voor zover nbgrader dat toelaat: deze koppen zijn
# instelbaar; de regels per cel ("The following cell failed:", de code van de controlecel)
# niet. Cursisten krijgen daarom geen knop "Validate" (zie LAB_PAGINA in cursus.py): bij
# "Alle cellen uitvoeren" zegt elke open vraag in het Nederlands wat nog moet
# (schooldata_lit/oefeningen/kernelmeldingen.py).
c.Validator.failed_warning = (
    "{num_failed} vraag/vragen staan nog open of zijn nog niet in orde. Dien je zo in, dan "
    "krijg je niet alle punten. Hieronder staat per cel wat nog ontbreekt.\n")
c.Validator.changed_warning = (
    "{num_changed} vergrendelde cel(len) zijn veranderd. Zet ze terug zoals ze waren (of vraag "
    "een nieuwe kopie van de opdracht): anders kloppen de controles bij het verbeteren niet.\n")
c.Validator.type_changed_warning = (
    "{num_changed} cel(len) veranderden van soort (code of tekst). Zet ze terug: anders kloppen "
    "de controles bij het verbeteren niet.\n")
c.Validator.passed_warning = "{num_passed} cel(len) slagen.\n"
