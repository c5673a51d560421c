"""Vriendelijke, Nederlandstalige meldingen in de kernel van een cursist.

Een opdracht die je pas opent, heeft in elke antwoordcel de twee regels van nbgrader

    # JOUW ANTWOORD HIER: vervang deze twee regels door je antwoord.
    raise NotImplementedError("Deze vraag is nog niet beantwoord.")

en een controlecel die `controleer(...)` oproept. Zonder hulp toont JupyterLab daar bij
*Alle cellen uitvoeren* een rode Python-traceback (`NotImplementedError`, regels uit de
bibliotheek): dat ziet eruit als een crash. Deze IPython-uitbreiding toont in de plaats
een korte uitleg in het Nederlands: welke vraag nog open staat en wat je doet.

De cursusomgeving laadt het in elke kernel: `etc/ipython/ipython_config.py` in de omgeving
(`IPYTHON_INSTELLINGEN` in cursus.py; `deploy/installeer.sh` schrijft hetzelfde voor de hub).
Wanneer nbgrader een notebook uitvoert (valideren of verbeteren: de omgevingsvariabele
`NBGRADER_EXECUTION`), doet het niets: de foutmeldingen in de feedback blijven zoals nbgrader
ze maakt.

Andere fouten (ook een `NotImplementedError` uit een bibliotheek) tonen de gewone traceback.
"""

from __future__ import annotations

import os
import textwrap
from typing import Any

from .antwoorden import Antwoordfout

__all__ = ["load_ipython_extension", "melding_voor"]

_BREEDTE = 88
_VET, _GEWOON = "\x1b[1m", "\x1b[0m"


def _alinea(tekst: str) -> list[str]:
    return textwrap.wrap(tekst, _BREEDTE) or [""]


def melding_voor(fout: BaseException, uit_een_cel: bool) -> list[str] | None:
    """De regels die de cursist ziet in plaats van de traceback, of None (gewone traceback).

    `uit_een_cel`: de fout ontstond in de code van de cel zelf (niet diep in een bibliotheek).

    >>> regels = melding_voor(NotImplementedError("Deze vraag is nog niet beantwoord."),
    ...                       uit_een_cel=True)
    >>> "Hier komt jouw antwoord: deze vraag staat nog open." in regels[0]
    True
    >>> melding_voor(NotImplementedError("iets anders"), uit_een_cel=False) is None
    True
    """
    if isinstance(fout, Antwoordfout):
        return [f"{_VET}Controle van je antwoord: nog niet in orde.{_GEWOON}",
                *_alinea(str(fout)),
                *_alinea("Pas je antwoordcel aan, voer ze opnieuw uit (Shift + Enter) en voer "
                         "daarna deze controlecel nog eens uit.")]
    if isinstance(fout, NotImplementedError) and uit_een_cel:
        return [f"{_VET}Hier komt jouw antwoord: deze vraag staat nog open.{_GEWOON}",
                *_alinea("Vervang de twee regels in deze cel (de regel met # en de regel met "
                         "raise) door je antwoord, zoals de vraag erboven het vraagt (bv. "
                         "antwoord_1 = ...), en voer de cel uit met Shift + Enter. Kijk naar "
                         "het voorbeeld bij de vraag."),
                *_alinea("Voerde je alle cellen tegelijk uit? Dan stopt JupyterLab hier: de "
                         "cellen hieronder zijn nog niet uitgevoerd. Dat is geen fout van jou "
                         "of van de computer; beantwoord de vraag en ga verder.")]
    return None


def _meldingen(shell: Any, etype: type, waarde: BaseException, tb: Any,
               tb_offset: int | None = None) -> list[str] | None:
    """De foutafhandeling voor IPython (`set_custom_exc`). IPython gebruikt wat ze teruggeeft
    niet: ze toont de melding zelf."""
    binnenste = tb
    while binnenste is not None and binnenste.tb_next is not None:
        binnenste = binnenste.tb_next
    uit_een_cel = binnenste is not None and binnenste.tb_frame.f_globals is shell.user_ns
    regels = melding_voor(waarde, uit_een_cel)
    if regels is None:  # een andere fout: de gewone traceback
        shell.showtraceback((etype, waarde, tb), tb_offset=tb_offset)
        return None
    # zoals IPython een traceback toont (in JupyterLab: een foutuitvoer), maar met onze regels
    shell._showtraceback(etype, waarde, regels)
    return regels


def load_ipython_extension(shell: Any) -> None:
    """Zet de meldingen aan in een IPython-kernel (`%load_ext` of de configuratie).

    Doet niets wanneer nbgrader de notebook uitvoert (`NBGRADER_EXECUTION`).
    """
    if os.environ.get("NBGRADER_EXECUTION"):
        return
    shell.set_custom_exc((NotImplementedError, Antwoordfout), _meldingen)
