"""De verbeterkernel van nbgrader: `verbeteromgeving()` zet de data van de cursusschool vast,
en `CijfersVoorFeedback` (pas gemaakt als nbgrader erom vraagt) vult de feedbackpagina aan.
"""

from __future__ import annotations

import os

__all__ = ["verbeteromgeving", "maak_cijfers_voor_feedback"]


def verbeteromgeving() -> None:
    """Zet in de verbeterkernel de data van de cursusschool vast, wat er ook in de omgeving
    van de lesgever staat.

    nbgrader voert dit uit bij het starten van elke kernel die een inzending verbetert (zie
    `c.Execute.extra_arguments` in `nbgrader_config.py`). Een `SCHOOLDATA_MAP` die de lesgever zette
    om met de data van zijn eigen school te werken, verdwijnt uit die kernel, en
    `laad_dataset` leest weer de datasets van de cursus. Zo hangt een cijfer niet af van de
    omgevingsvariabelen, de werkmap of wat er eerder geladen werd.

    Voorbeeld
    ---------
    >>> import os
    >>> from schooldata_lit import stel_datamap_in
    >>> os.environ["SCHOOLDATA_MAP"] = "/ergens/anders"
    >>> verbeteromgeving()
    >>> "SCHOOLDATA_MAP" in os.environ, stel_datamap_in(None).name
    (False, 'datasets')
    """
    os.environ.pop("SCHOOLDATA_MAP", None)
    from schooldata_lit import stel_datamap_in

    stel_datamap_in(None)


def maak_cijfers_voor_feedback() -> type:
    """Maak de nbgrader-stap `CijfersVoorFeedback` (nbgrader wordt pas hier geladen)."""
    from nbgrader.preprocessors import GetGrades

    class CijfersVoorFeedback(GetGrades):
        """nbgraders GetGrades, plus per cel `needs_manual_grade`: zo toont het Nederlandstalige
        feedbacksjabloon (`nbgrader_sjablonen/feedback/`) bij een denkvraag die de lesgever
        nog niet verbeterde "nog te verbeteren door je lesgever" in plaats van 0 punten."""

        def _get_score(self, cell, resources) -> None:
            super()._get_score(cell, resources)
            cijfer = self.gradebook.find_grade(cell.metadata["nbgrader"]["grade_id"],
                                               self.notebook_id, self.assignment_id,
                                               self.student_id)
            cell.metadata.nbgrader["needs_manual_grade"] = bool(cijfer.needs_manual_grade)

    return CijfersVoorFeedback

