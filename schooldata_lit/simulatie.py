"""Toeval zien vóór je een formule leest: kleine simulaties, altijd met een vast zaadje (seed).

- `klassen_zonder_verandering`: 64 klassen waarin *niets* echt veranderde. Toch krijgen er
  ongeveer 3 een 95 %-interval zonder 0 ("groter dan het toeval"), en veel meer als de
  leerlingen van een klas dezelfde toetsen maken (een gedeelde toets);
- `steekproeven`: trek telkens een paar leerlingen uit de school en maak een 95 %-interval.
  Ongeveer 95 van de 100 intervallen vangen het echte schoolgemiddelde: dat is wat "95 %"
  betekent. Het zegt niet dat één bepaald interval "95 % kans" heeft;
- `parallelle_toets`: een voorbeeld van de opzet die leerwinst wél meet (dezelfde of een
  parallelle toets vooraf en achteraf, bij dezelfde leerlingen, met een vergelijkingsklas);
- `permutatietoets`: schud de etiketten (bv. "kreeg remediëring" of niet) door elkaar en kijk
  hoe groot een verschil door toeval alleen wordt.

Bij elke functie hoort een grafiek (`grafiek_toeval`, `grafiek_steekproeven`,
`grafiek_permutatie`). Hetzelfde zaadje geeft altijd dezelfde uitkomst.

>>> uit = klassen_zonder_verandering(seed=1)
>>> len(uit), int(uit["groter_dan_toeval"].sum()) < 10
(64, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .kern.statistiek import t_kwantiel
from .stijl import OKABE_ITO, getal, lijnkleur, pas_stijl_toe

#: Grijs met genoeg contrast op wit (≥ 3:1) voor punten en staven.
GRIJS = "#666666"

__all__ = [
    "klassen_zonder_verandering",
    "steekproeven",
    "parallelle_toets",
    "Permutatie",
    "permutatietoets",
    "grafiek_toeval",
    "grafiek_steekproeven",
    "grafiek_permutatie",
]


def _interval(waarden: np.ndarray) -> tuple[float, float, float]:
    n = len(waarden)
    gem = float(waarden.mean())
    half = t_kwantiel(n - 1) * float(waarden.std(ddof=1)) / np.sqrt(n)
    return gem, gem - half, gem + half


def klassen_zonder_verandering(aantal_klassen: int = 64, leerlingen: int = 20,
                               spreiding: float = 4.0, toetseffect: float = 0.0,
                               seed: int = 1) -> pd.DataFrame:
    """Simuleer klassen waarin niets echt veranderde, en tel de "opvallende".

    Per klas krijgt elke leerling een verschil (laatste periode min de periodes ervoor) uit
    het toeval alleen: gemiddeld 0, met standaardafwijking `spreiding` procentpunten (ongeveer
    zoals in de cursusschool). Met `toetseffect` > 0 krijgt de hele klas er bovendien één
    gedeelde schok bij, zoals een toets die net moeilijker was: de leerlingen zijn dan niet
    meer onafhankelijk, en het gewone interval ziet dat niet.

    Kolommen: ``klas``, ``n``, ``verschil``, ``ondergrens``, ``bovengrens`` en
    ``groter_dan_toeval`` (0 ligt buiten het 95 %-interval).

    >>> zonder = klassen_zonder_verandering(seed=7)
    >>> met = klassen_zonder_verandering(toetseffect=2.0, seed=7)
    >>> int(zonder["groter_dan_toeval"].sum()), int(met["groter_dan_toeval"].sum())
    (3, 24)
    """
    if aantal_klassen < 1 or leerlingen < 2:
        raise ValueError(f"Minstens 1 klas en 2 leerlingen per klas nodig (kreeg "
                         f"{aantal_klassen} klassen, {leerlingen} leerlingen).")
    rng = np.random.default_rng(seed)
    rijen = []
    for i in range(aantal_klassen):
        schok = rng.normal(0, toetseffect) if toetseffect > 0 else 0.0
        verschillen = rng.normal(schok, spreiding, leerlingen)
        gem, onder, boven = _interval(verschillen)
        rijen.append({"klas": f"K{i + 1:02d}", "n": leerlingen, "verschil": round(gem, 2),
                      "ondergrens": round(onder, 2), "bovengrens": round(boven, 2),
                      "groter_dan_toeval": bool(onder > 0 or boven < 0)})
    uit = pd.DataFrame(rijen)
    uit.attrs.update({"aantal_klassen": aantal_klassen, "toetseffect": toetseffect,
                      "seed": seed})
    return uit


def steekproeven(waarden: Sequence[float], n: int = 20, aantal: int = 20,
                 seed: int = 1) -> pd.DataFrame:
    """Trek `aantal` keer `n` waarden (zonder teruglegging) en maak telkens een 95 %-interval.

    In ``.attrs["echte_gemiddelde"]`` staat het gemiddelde van alle `waarden` (de "echte"
    waarde die je in het echt niet kent); de kolom ``vangt_echte`` zegt of een interval het
    vangt. Over veel steekproeven vangt ongeveer 95 % het: dat is de betekenis van "95 %".

    >>> s = steekproeven(range(100), n=10, aantal=200, seed=3)
    >>> round(float(s["vangt_echte"].mean()), 2)
    0.95
    """
    alle = np.asarray(list(waarden), dtype=float)
    alle = alle[~np.isnan(alle)]
    if not 2 <= n <= len(alle):
        raise ValueError(f"n moet tussen 2 en het aantal waarden ({len(alle)}) liggen, "
                         f"niet {n}.")
    rng = np.random.default_rng(seed)
    echt = float(alle.mean())
    rijen = []
    for i in range(aantal):
        gem, onder, boven = _interval(rng.choice(alle, size=n, replace=False))
        rijen.append({"steekproef": i + 1, "gemiddelde": round(gem, 2),
                      "ondergrens": round(onder, 2), "bovengrens": round(boven, 2),
                      "vangt_echte": bool(onder <= echt <= boven)})
    uit = pd.DataFrame(rijen)
    uit.attrs.update({"echte_gemiddelde": round(echt, 2), "n": n, "seed": seed})
    return uit


def parallelle_toets(n_actie: int = 22, n_vergelijking: int = 21, groei: float = 6.0,
                     effect: float = 4.0, seed: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Verzonnen metingen volgens de opzet die de cursus aanraadt, om ze te leren lezen.

    Twee parallelklassen maken in september vorm A en in juni vorm B van **dezelfde** toets
    (parallelle vormen: zelfde leerstof, zelfde moeilijkheid). Eén klas krijgt de actie (bv.
    een oefenreeks), de andere niet. Elke leerling heeft een eigen niveau; iedereen groeit
    gemiddeld `groei` punten (wat je ook zonder actie leert), de klas met de actie `effect`
    punten extra; elke meting heeft wat toeval. Geeft ``(voor, na)`` met ``leerling_id``,
    ``groep`` ("met actie" of "zonder actie") en ``percentage``, klaar voor
    `schooldata_lit.leerwinst.vergelijk_winst`. Dit zijn géén gegevens van de cursusschool.

    >>> voor, na = parallelle_toets(seed=4)
    >>> len(voor), sorted(set(voor["groep"]))
    (43, ['met actie', 'zonder actie'])
    """
    rng = np.random.default_rng(seed)
    groepen = ["met actie"] * n_actie + ["zonder actie"] * n_vergelijking
    niveau = rng.normal(60, 12, len(groepen))
    extra = np.array([effect if g == "met actie" else 0.0 for g in groepen])
    ids = [f"S{i + 1:03d}" for i in range(len(groepen))]
    voor = pd.DataFrame({"leerling_id": ids, "groep": groepen,
                         "percentage": np.clip(niveau + rng.normal(0, 6, len(ids)), 0, 100)
                         .round(1)})
    na = pd.DataFrame({"leerling_id": ids, "groep": groepen,
                       "percentage": np.clip(niveau + groei + extra
                                             + rng.normal(0, 6, len(ids)), 0, 100).round(1)})
    for tabel in (voor, na):
        tabel.attrs["toets"] = "parallelle toets (vorm A in september, vorm B in juni)"
    return voor, na


@dataclass
class Permutatie:
    """De uitkomst van `permutatietoets`."""

    waargenomen: float  # het echte verschil: gemiddelde groep 1 min groep 2
    geschud: np.ndarray  # de verschillen na elke keer schudden
    groepen: tuple[str, str]
    n: tuple[int, int]

    @property
    def p(self) -> float:
        """Welk deel van de geschudde verschillen minstens zo groot is (in absolute waarde)."""
        return float((np.abs(self.geschud) >= abs(self.waargenomen) - 1e-12).mean())

    def __repr__(self) -> str:
        return (f"Permutatietoets {self.groepen[0]} (n = {self.n[0]}) min {self.groepen[1]} "
                f"(n = {self.n[1]}): verschil {getal(self.waargenomen, 1)}; na "
                f"{len(self.geschud)} keer schudden was {getal(100 * self.p, 1)} % van de "
                f"verschillen minstens zo groot.")


def permutatietoets(waarden: Sequence[float], groepen: Sequence[object],
                    herhalingen: int = 1000, seed: int = 1) -> Permutatie:
    """Schud de groepsetiketten door elkaar: hoe groot wordt een verschil door toeval alleen?

    Als het etiket (bv. "remediëring: ja/nee") niets uitmaakt, is elke verdeling van de
    etiketten even goed. We schudden ze `herhalingen` keer en berekenen telkens het verschil
    tussen de gemiddelden. Valt het echte verschil midden in die geschudde verschillen, dan kan
    het toeval zijn. Let op: schudden beantwoordt enkel "kan dit toeval zijn?", niet "wat was
    de oorzaak?" (wie remediëring kreeg, werd gekozen omdat hij laag scoorde).

    >>> perm = permutatietoets([1, 2, 3, 4, 10, 11, 12, 13], list("aaaabbbb"), seed=2)
    >>> perm.waargenomen, perm.p < 0.05
    (-9.0, True)
    """
    w = np.asarray(list(waarden), dtype=float)
    g = np.asarray([str(x) for x in groepen])
    if len(w) != len(g):
        raise ValueError(f"Evenveel waarden ({len(w)}) als groepen ({len(g)}) nodig.")
    soorten = sorted(set(g))
    if len(soorten) != 2:
        raise ValueError(f"Precies twee groepen nodig, niet {len(soorten)}: {soorten}.")
    eerste = g == soorten[0]

    def verschil(masker: np.ndarray) -> float:
        return float(w[masker].mean() - w[~masker].mean())

    rng = np.random.default_rng(seed)
    geschud = np.array([verschil(rng.permutation(eerste)) for _ in range(herhalingen)])
    return Permutatie(round(verschil(eerste), 4), geschud, (soorten[0], soorten[1]),
                      (int(eerste.sum()), int((~eerste).sum())))


def _intervallen(tabel: pd.DataFrame, x: str, y: str, groep: str,
                 groepen: tuple[tuple[bool, str, str, str], ...], hover: str) -> go.Figure:
    """Een figuur met per rij van `tabel` een punt (`x`) en zijn 95 %-interval (`ondergrens`
    tot `bovengrens`), één spoor per waarde van de ja/nee-kolom `groep`; `groepen` geeft per
    waarde (waarde, kleur, naam in de legende, vorm van het punt)."""
    fig = go.Figure()
    for waarde, kleur, naam, vorm in groepen:
        deel = tabel[tabel[groep] == waarde]
        fig.add_trace(go.Scatter(
            x=deel[x], y=deel[y], mode="markers", name=naam,
            marker={"color": kleur, "size": 7, "symbol": vorm},
            error_x={"type": "data", "symmetric": False, "color": kleur,
                     "array": deel["bovengrens"] - deel[x],
                     "arrayminus": deel[x] - deel["ondergrens"]},
            hovertemplate=hover))
    return fig


def grafiek_toeval(tabel: pd.DataFrame, titel: str | None = None) -> go.Figure:
    """Elke gesimuleerde klas als een interval; de "opvallende" (0 erbuiten) in oranje.

    >>> fig = grafiek_toeval(klassen_zonder_verandering(aantal_klassen=5, seed=1))
    >>> len(fig.data)
    2
    """
    fig = _intervallen(tabel, "verschil", "klas", "groter_dan_toeval", (
        (False, GRIJS, "0 binnen het interval", "circle"),
        (True, lijnkleur(OKABE_ITO["oranje"]), "0 buiten het interval", "diamond")),
        "%{y}: %{x:.1f}<extra></extra>")
    aantal = int(tabel["groter_dan_toeval"].sum())
    titel = titel or (f"{aantal} van de {len(tabel)} klassen lijken 'groter dan het toeval', "
                      f"terwijl er nergens iets veranderde")
    pas_stijl_toe(fig, titel, "Elk streepje is het 95 %-interval van één gesimuleerde klas. "
                  "Oranje ruit: 0 ligt erbuiten.", hoogte=max(360, 9 * len(tabel) + 140))
    fig.add_vline(x=0, line_color="#444444", line_dash="dot")
    fig.update_xaxes(title_text="Verschil laatste periode (procentpunten)")
    fig.update_yaxes(title_text="Gesimuleerde klas", showticklabels=len(tabel) <= 20,
                     autorange="reversed")
    return fig


def grafiek_steekproeven(tabel: pd.DataFrame, titel: str | None = None) -> go.Figure:
    """De intervallen van `steekproeven` onder elkaar, met een lijn op het echte gemiddelde.

    >>> fig = grafiek_steekproeven(steekproeven(range(50), n=10, aantal=5, seed=1))
    >>> fig.layout.shapes[0].line.dash
    'dot'
    """
    echt = tabel.attrs["echte_gemiddelde"]
    fig = _intervallen(tabel, "gemiddelde", "steekproef", "vangt_echte", (
        (True, OKABE_ITO["blauw"], "vangt het echte gemiddelde", "circle"),
        (False, OKABE_ITO["vermiljoen"], "mist het", "x")),
        "steekproef %{y}: %{x:.1f}<extra></extra>")
    gevangen = int(tabel["vangt_echte"].sum())
    titel = titel or (f"{gevangen} van de {len(tabel)} intervallen vangen het echte "
                      f"gemiddelde ({getal(echt, 1)})")
    pas_stijl_toe(fig, titel, f"Elke rij: {tabel.attrs['n']} leerlingen getrokken, met hun "
                  "95 %-interval. Stippellijn: het gemiddelde van de hele school.",
                  hoogte=max(360, 12 * len(tabel) + 140))
    fig.add_vline(x=echt, line_color="#444444", line_dash="dot")
    fig.update_xaxes(title_text="Gemiddelde van de steekproef")
    fig.update_yaxes(title_text="Steekproef", autorange="reversed")
    return fig


def grafiek_permutatie(perm: Permutatie, titel: str | None = None) -> go.Figure:
    """Een histogram van de geschudde verschillen, met een lijn op het echte verschil.

    >>> perm = permutatietoets([1, 2, 3, 4, 10, 11, 12, 13], list("aaaabbbb"), 50, seed=2)
    >>> grafiek_permutatie(perm).data[0].type
    'histogram'
    """
    fig = go.Figure(go.Histogram(x=perm.geschud, nbinsx=40, marker_color=GRIJS,
                                 name="na schudden", hovertemplate="%{x}: %{y} keer"
                                 "<extra></extra>"))
    titel = titel or (f"{getal(100 * perm.p, 1)} % van de geschudde verschillen is minstens "
                      f"zo groot als het echte")
    pas_stijl_toe(fig, titel, f"Grijs: het verschil {perm.groepen[0]} min {perm.groepen[1]} "
                  f"na elke keer schudden ({len(perm.geschud)} keer). Stippellijn: het echte "
                  "verschil.", hoogte=380)
    fig.add_vline(x=perm.waargenomen, line_color=OKABE_ITO["vermiljoen"], line_dash="dot",
                  line_width=3)
    fig.update_xaxes(title_text="Verschil tussen de gemiddelden")
    fig.update_yaxes(title_text="Aantal keer")
    return fig
