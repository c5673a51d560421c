"""De verzonnen cursusschool maken: leerlingen, loopbanen, schooljaren en namen.

`genereer` schrijft alle datasets van de cursus (met een vaste seed: dezelfde seed geeft
dezelfde bytes). De delen:

* `school` — `genereer`: alles samen, van structuur tot CSV-bestanden;
* `loopbaan` — de loopbanen van leerlingen over de schooljaren heen;
* `schooljaar` — één schooljaar: resultaten, afwezigheden, platformactiviteit, begeleiding;
* `namen` — verzonnen voornamen en familienamen.
"""

from .school import genereer, genereer_school, schrijf_tabellen

__all__ = ["genereer_school", "schrijf_tabellen", "genereer"]
