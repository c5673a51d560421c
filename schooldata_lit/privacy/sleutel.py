"""Pseudonimiseren met een geheime sleutel (HMAC-SHA256): dezelfde sleutel, dezelfde code.

Gepseudonimiseerde gegevens blijven persoonsgegevens (AVG/GDPR): het is geen anonimisering.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..kern.controle import als_lijst, controleer_kolommen

#: Een sleutel moet minstens zoveel tekens hebben.
MIN_SLEUTELLENGTE = 16
# ---------------------------------------------------------------------------------------------
# 1. Pseudonimiseren met een sleutel
# ---------------------------------------------------------------------------------------------

def controleer_sleutel(sleutel: object) -> str:
    # De sleutel zelf komt nooit in een foutmelding.
    if not isinstance(sleutel, str):
        raise TypeError(f"De sleutel moet tekst zijn, geen {type(sleutel).__name__}.")
    sleutel = sleutel.strip()
    if not sleutel:
        raise ValueError("De sleutel is leeg. Maak er een met maak_sleutel().")
    if len(sleutel) < MIN_SLEUTELLENGTE:
        raise ValueError(f"De sleutel is te kort ({len(sleutel)} tekens): gebruik minstens "
                         f"{MIN_SLEUTELLENGTE} tekens, bv. een sleutel van maak_sleutel().")
    return sleutel


def maak_sleutel() -> str:
    """Maak een nieuwe, willekeurige geheime sleutel (64 hexadecimale tekens).

    Bewaar de sleutel met `bewaar_sleutel`, buiten de projectmap, en deel hem met niemand.

    >>> sleutel = maak_sleutel()
    >>> len(sleutel)
    64
    >>> sleutel == maak_sleutel()
    False
    """
    return secrets.token_hex(32)


def _in_git_map(pad: Path) -> bool:
    return any((map_ / ".git").exists() for map_ in pad.resolve().parents)


def bewaar_sleutel(sleutel: str, pad: str | os.PathLike) -> Path:
    """Bewaar een sleutel in een nieuw bestand (enkel leesbaar voor jezelf).

    **Waarschuwing:** bewaar het sleutelbestand *buiten* de projectmap (niet in de map met de
    notebooks of de datasets, en zeker niet in een git-repository) en deel het met niemand:
    wie de sleutel en de gepseudonimiseerde gegevens heeft, kan de pseudoniemen weer aan
    leerlingen koppelen. Verlies je de sleutel, dan kun je nieuwe gegevens niet meer aan oude
    pseudoniemen koppelen.

    Een bestaand bestand wordt nooit overschreven (dan zou je de oude sleutel kwijt zijn). Ligt
    het pad in een git-repository, dan volgt er een waarschuwing.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as map_:
    ...     pad = bewaar_sleutel("een-geheime-sleutel-voor-de-demo", f"{map_}/sleutel.txt")
    ...     lees_sleutel(pad) == "een-geheime-sleutel-voor-de-demo"
    ...     bewaar_sleutel(maak_sleutel(), pad)
    Traceback (most recent call last):
    ...
    FileExistsError: Het bestand ... bestaat al. ...
    """
    sleutel = controleer_sleutel(sleutel)
    pad = Path(pad)
    if not pad.parent.is_dir():
        raise FileNotFoundError(f"De map {pad.parent} bestaat niet. Maak ze eerst aan (buiten "
                                "de projectmap).")
    if _in_git_map(pad):
        warnings.warn(f"Het sleutelbestand {pad} ligt in een git-repository. Bewaar de sleutel "
                      "liever buiten de projectmap, zodat hij nooit mee gedeeld wordt.",
                      UserWarning, stacklevel=2)
    try:
        bestand = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise FileExistsError(
            f"Het bestand {pad} bestaat al. Een sleutel wordt nooit overschreven: met een "
            "nieuwe sleutel kun je de oude pseudoniemen niet meer koppelen. Kies een andere "
            "bestandsnaam, of verwijder het bestand zelf als je zeker bent.") from None
    with os.fdopen(bestand, "w", encoding="utf-8") as f:
        f.write(sleutel + "\n")
    return pad


def lees_sleutel(pad: str | os.PathLike) -> str:
    """Lees een sleutel die met `bewaar_sleutel` bewaard werd.

    Zie de waarschuwing bij `bewaar_sleutel`: het sleutelbestand hoort buiten de projectmap.

    >>> lees_sleutel("bestaat/niet.txt")
    Traceback (most recent call last):
    ...
    FileNotFoundError: Er is geen sleutelbestand bestaat/niet.txt. ...
    """
    pad = Path(pad)
    if not pad.is_file():
        raise FileNotFoundError(f"Er is geen sleutelbestand {pad}. Maak een sleutel met "
                                "maak_sleutel() en bewaar hem met bewaar_sleutel().")
    return controleer_sleutel(pad.read_text(encoding="utf-8"))


def _pseudoniem(waarde: object, sleutel: bytes, voorvoegsel: str, lengte: int) -> str:
    code = hmac.new(sleutel, str(waarde).encode("utf-8"), hashlib.sha256).hexdigest()
    return voorvoegsel + code[:lengte].upper()


def pseudonimiseer(
    tabel: pd.DataFrame,
    kolommen: str | Sequence[str],
    sleutel: str,
    *,
    voorvoegsel: str = "P",
    verwijder_kolommen: str | Sequence[str] = (),
    lengte: int = 10,
) -> pd.DataFrame:
    """Vervang de waarden in `kolommen` door pseudoniemen die met een geheime sleutel berekend zijn.

    Het pseudoniem is `voorvoegsel` gevolgd door de eerste `lengte` tekens van
    HMAC-SHA256(sleutel, waarde), in hoofdletters. Dezelfde waarde geeft met dezelfde sleutel
    altijd hetzelfde pseudoniem, in elke kolom en elke tabel, ook morgen: koppelen blijft dus
    mogelijk. Zonder de sleutel kun je niet terugrekenen (ook niet door alle leerling_id's
    uit te proberen). Lege waarden blijven leeg. Kolommen met namen (voornaam, familienaam)
    verwijder je met `verwijder_kolommen` of pseudonimiseer je mee.

    De tabel zelf verandert niet: je krijgt een nieuwe tabel terug. De sleutel staat nergens
    in het resultaat.

    >>> tabel = pd.DataFrame({"leerling_id": ["L001", "L002", "L001", None],
    ...                       "voornaam": ["An", "Bo", "An", "Cas"], "score": [7, 5, 8, 6]})
    >>> sleutel = "demo-sleutel-enkel-voor-de-cursus"
    >>> pseudonimiseer(tabel, "leerling_id", sleutel, verwijder_kolommen="voornaam")
       leerling_id  score
    0  PBF98196A21      7
    1  P02ECB723FC      5
    2  PBF98196A21      8
    3          NaN      6
    >>> tabel.loc[0, "leerling_id"]  # de oorspronkelijke tabel is niet veranderd
    'L001'
    >>> pseudonimiseer(tabel, "klas", sleutel)
    Traceback (most recent call last):
    ...
    ValueError: De tabel mist de kolom 'klas'. Aanwezige kolommen: leerling_id, ...
    """
    sleutel_bytes = controleer_sleutel(sleutel).encode("utf-8")
    kolommen = als_lijst(kolommen)
    weg = als_lijst(verwijder_kolommen)
    controleer_kolommen(tabel, kolommen + weg)
    if not 6 <= lengte <= 64:
        raise ValueError(f"De lengte van een pseudoniem moet tussen 6 en 64 liggen, niet {lengte}.")
    resultaat = tabel.drop(columns=weg)
    for kolom in kolommen:
        if kolom in weg:
            continue
        oud = resultaat[kolom]
        nieuw = pd.Series(np.nan, index=oud.index, dtype=object)
        gevuld = oud.notna()
        nieuw[gevuld] = [_pseudoniem(w, sleutel_bytes, voorvoegsel, lengte) for w in oud[gevuld]]
        resultaat[kolom] = nieuw
    return resultaat
