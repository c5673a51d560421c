"""Verken zonder code wat elke rol op school mag zien.

`rolverkenner()` is een widget: kies een rol (leerling, leerkracht, klastitularis,
zorgcoördinator, directie) en een dataset, en je ziet meteen op welk niveau die rol de
gegevens mag zien, waarom, en hoe dat eruitziet (of waarom niet). Het werk gebeurt in
`schooldata_lit.privacy.rolweergave`; `voorbeeld_wie` kiest een voorbeeldpersoon per rol.
"""

from __future__ import annotations

import html
import os

from ..kern.woordenboek import TABELLEN
from ..privacy import ROLLEN, GeenToegang, rolweergave, toegangstabel

__all__ = ["voorbeeld_wie", "beschrijf_toegang", "weergave_voor", "rolverkenner"]

_HUIDIG = "2025-2026"


def voorbeeld_wie(rol: str, map: str | os.PathLike | None = None) -> str | None:
    """Een voorbeeldpersoon voor de rol: een leerling_id of leerkracht_id, of None.

    De leerling is de eerste leerling (volgens id) van de klas 3ECW in het meest recente
    schooljaar; de leerkracht de eerste leerkracht met lesopdrachten; de klastitularis die
    van 3ECW. De zorgcoördinator en de directie hebben geen `wie` nodig.

    >>> voorbeeld_wie("directie") is None
    True
    >>> voorbeeld_wie("leerling")
    'L01377'
    >>> voorbeeld_wie("klastitularis")
    'K001'
    """
    from ..kern.data import laad_dataset

    if rol not in ROLLEN:
        raise ValueError(f"Onbekende rol {rol!r}. Kies uit: {', '.join(ROLLEN)}.")
    if ROLLEN[rol].wie is None:
        return None
    if rol == "leerling":
        ins = laad_dataset("inschrijvingen", map=map)
        klas = ins[(ins["schooljaar"] == _HUIDIG) & (ins["klas"] == "3ECW")]
        return str(klas["leerling_id"].min())
    if rol == "klastitularis":
        klassen = laad_dataset("klassen", map=map)
        rij = klassen[(klassen["schooljaar"] == _HUIDIG) & (klassen["klas"] == "3ECW")]
        return str(rij["klastitularis_id"].iloc[0])
    opdrachten = laad_dataset("lesopdrachten", map=map)
    return str(opdrachten["leerkracht_id"].min())


def beschrijf_toegang(rol: str, dataset: str) -> str:
    """Eén zin: op welk niveau `rol` de `dataset` mag zien, en waarom.

    >>> beschrijf_toegang("leerling", "resultaten")
    'leerling × resultaten: eigen rijen + klasband (klasgemiddelde ± één standaardafwijking) — \
je eigen scores naast de klasband, zonder rangorde.'
    """
    tabel = toegangstabel(rol)
    rij = tabel[tabel["dataset"] == dataset]
    if rij.empty:
        raise ValueError(f"Onbekende dataset {dataset!r}. Bestaande datasets: "
                         f"{', '.join(TABELLEN)}.")
    rij = rij.iloc[0]
    return f"{rol} × {dataset}: {rij['niveau']} — {rij['uitleg']}."


def weergave_voor(rol: str, dataset: str, wie: str | None = None,
                  map: str | os.PathLike | None = None, rijen: int = 8) -> list[object]:
    """Wat de rolverkenner toont: HTML-zinnen (tekst) en de eerste `rijen` rijen (een tabel).

    Mag de rol de dataset niet zien, dan is het laatste deel de reden (met ⛔).

    >>> delen = weergave_voor("leerling", "klassen", "L01469")
    >>> "⛔" in delen[-1] and "niet zien" in delen[-1]
    True
    """
    delen: list[object] = [f"<p><b>{html.escape(beschrijf_toegang(rol, dataset))}</b></p>"]
    try:
        weergave = rolweergave(rol, dataset, map=map,
                               wie=((wie or "").strip() or None) if ROLLEN[rol].wie else None)
    except (GeenToegang, ValueError) as fout:
        return [*delen, f"<p>⛔ {html.escape(str(fout), quote=False)}</p>"]
    delen.append(f"<p>Deze rol ziet {len(weergave)} rij(en) en {len(weergave.columns)} "
                 f"kolommen. De eerste {min(rijen, len(weergave))}:</p>")
    return [*delen, weergave.head(rijen)]


def rolverkenner(rol: str = "leerling", dataset: str = "resultaten",
                 map: str | os.PathLike | None = None, rijen: int = 8):
    """Widget: kies een rol en een dataset en zie wat die rol te zien krijgt.

    Toont het niveau en de reden (uit `toegangstabel`), het aantal zichtbare rijen en de
    eerste `rijen` rijen van `rolweergave`, of de reden waarom de rol niets ziet.

    >>> verkenner = rolverkenner("directie", "attesten")
    >>> verkenner.rol.value, verkenner.dataset.value
    ('directie', 'attesten')
    >>> "enkel geaggregeerd" in verkenner.uitvoer.value
    True
    """
    import ipywidgets as widgets
    if rol not in ROLLEN:
        raise ValueError(f"Onbekende rol {rol!r}. Kies uit: {', '.join(ROLLEN)}.")
    if dataset not in TABELLEN:
        raise ValueError(f"Onbekende dataset {dataset!r}. Bestaande datasets: "
                         f"{', '.join(TABELLEN)}.")
    kies_rol = widgets.Dropdown(options=list(ROLLEN), value=rol, description="Rol")
    kies_dataset = widgets.Dropdown(options=list(TABELLEN), value=dataset,
                                    description="Dataset")
    wie = widgets.Text(value=voorbeeld_wie(rol, map) or "", description="Wie",
                       placeholder="leerling_id of leerkracht_id")
    uitvoer = widgets.HTML()

    def toon(_wijziging=None) -> None:
        delen = weergave_voor(kies_rol.value, kies_dataset.value, wie.value, map, rijen)
        uitvoer.value = "".join(d if isinstance(d, str) else d.to_html(na_rep="<NA>")
                                for d in delen)

    def nieuwe_rol(_wijziging=None) -> None:
        wie.value = voorbeeld_wie(kies_rol.value, map) or ""
        wie.disabled = ROLLEN[kies_rol.value].wie is None
        toon()

    kies_rol.observe(nieuwe_rol, names="value")
    kies_dataset.observe(toon, names="value")
    wie.observe(toon, names="value")
    wie.disabled = ROLLEN[rol].wie is None
    toon()
    verkenner = widgets.VBox([widgets.HBox([kies_rol, kies_dataset, wie]), uitvoer])
    verkenner.rol = kies_rol
    verkenner.dataset = kies_dataset
    verkenner.wie = wie
    verkenner.uitvoer = uitvoer
    return verkenner
