"""De kleuren die beide dashboards (`knipperlichtendashboard`, `schooldashboard`) delen: het
kleurenblinde palet van Okabe en Ito plus grijs.

>>> KLEUREN["grijs"] == GRIJS
True
"""

from __future__ import annotations

from ..stijl import GRIJS, OKABE_ITO

__all__ = ["KLEUREN"]

KLEUREN = {**OKABE_ITO, "grijs": GRIJS}
