"""Verzamelen zonder vervalste inzendingen (nbgrader, gedeelde exchange op één server).

`nbgrader submit opdracht --student=iemand_anders` schrijft een inzending onder de naam van een
andere student. nbgrader's eigen `collect` waarschuwt dan enkel ("cheating attempt?") en neemt
de vervalste inzending toch, in de plaats van het echte werk. Deze klasse slaat elke inzending
over waarvan de Unix-eigenaar van de map niet de student is wiens naam erop staat, en kiest
daarna per student de recentste *echte* inzending.

Inschakelen (in de nbgrader-configuratie van de lesgever of de verbeteraccount):

    c.ExchangeFactory.collect = "strikt_verzamelen.OwnerCheckedCollect"
"""

from __future__ import annotations

import glob
import os
import pwd

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.exchange.default.collect import ExchangeCollect, groupby


def eigenaar(pad: str) -> str:
    """De gebruikersnaam van de eigenaar van `pad` (of 'onbekend')."""
    try:
        return pwd.getpwuid(os.stat(pad).st_uid).pw_name
    except KeyError:
        return "onbekend"


class OwnerCheckedCollect(ExchangeCollect):
    """`ExchangeCollect` die inzendingen op naam van iemand anders overslaat."""

    def init_src(self) -> None:
        if self.coursedir.course_id == "":
            self.fail("No course id specified. Re-run with --course flag.")
        self.course_path = os.path.join(self.root, self.coursedir.course_id)
        self.inbound_path = os.path.join(self.course_path, "inbound")
        if not os.path.isdir(self.inbound_path):
            self.fail(f"Course not found: {self.inbound_path}")
        student_id = self.coursedir.student_id or "*"
        patroon = os.path.join(self.inbound_path,
                               f"{student_id}+{self.coursedir.assignment_id}+*")
        records = []
        for pad in glob.glob(patroon):
            record = self._path_to_record(pad)
            eig = eigenaar(pad)
            if eig != record["username"]:
                self.log.warning("Vervalste inzending overgeslagen: %s staat op naam van %s, "
                                 "maar is van %s.", pad, record["username"], eig)
                continue
            records.append(record)
        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            try:
                self.duedate = gb.find_assignment(self.coursedir.assignment_id).duedate
            except MissingEntry:
                self.duedate = None
        self.src_records = []
        for groep in groupby(records, lambda r: r["username"]).values():
            gesorteerd = self._sort_by_timestamp(groep)
            if self.duedate is not None and self.before_duedate:
                op_tijd = [r for r in gesorteerd if r["timestamp"] <= self.duedate]
                gesorteerd = op_tijd or gesorteerd
            self.src_records.append(gesorteerd[0])
