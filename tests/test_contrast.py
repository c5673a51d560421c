"""Contrast van de grafische elementen van elke grafiek (WCAG 2.2, 1.4.11): lijnen, punten,
staven en hulplijnen hebben minstens 3:1 tegenover de witte achtergrond.

Lichte kleuren van het palet van Okabe en Ito (oranje 2,2:1, hemelsblauw 2,3:1, geel 1,3:1)
en het grijs mogen enkel als vulkleur van een staaf met een donkere rand; een lijn of punt
in zo'n kleur wordt donkerder gemaakt (`stijl.lijnkleur`).
"""

from __future__ import annotations

import json
from pathlib import Path

import plotly.graph_objects as go
import pytest
from browser_hulp import CURSUS

import schooldata_lit as sd
from schooldata_lit import grafieken
from schooldata_lit.stijl import (
    GRIJS,
    KLEUR_HULPLIJN,
    KLEUR_KLAS,
    KLEUR_LEERLING,
    OKABE_ITO,
    PALET,
    contrastverhouding,
    lijnkleur,
    maak_sjabloon,
)
from schooldata_lit.toegankelijk import te_weinig_contrast


def test_contrast_volgens_wcag():
    # waarden uit de WCAG-definitie: zwart op wit 21:1, #767676 net 4,5:1
    assert round(contrastverhouding("#000000"), 2) == 21.0
    assert round(contrastverhouding("#767676"), 2) == 4.54
    assert contrastverhouding("#FFFFFF") == 1.0
    assert contrastverhouding("#0072B2", "#0072B2") == 1.0


def test_vaste_kleuren_en_palet():
    assert contrastverhouding(KLEUR_HULPLIJN) >= 4.5
    for kleur in (KLEUR_KLAS, KLEUR_LEERLING):
        assert contrastverhouding(kleur) >= 3, kleur
    te_licht = {naam for naam, kleur in OKABE_ITO.items() if contrastverhouding(kleur) < 3}
    assert te_licht == {"oranje", "hemelsblauw", "geel"}, te_licht
    assert contrastverhouding(GRIJS) < 3  # dus enkel als vulkleur met een rand
    for kleur in (*OKABE_ITO.values(), *PALET, GRIJS):
        donker = lijnkleur(kleur)
        assert contrastverhouding(donker) >= 3, (kleur, donker)
        if contrastverhouding(kleur) >= 3:
            assert donker == kleur
    # elke staaf en elk histogram krijgt van het sjabloon een donkere rand
    for soort in ("bar", "histogram"):
        rand = getattr(maak_sjabloon().data, soort)[0].marker.line
        assert rand.width >= 1 and contrastverhouding(rand.color) >= 3, soort


def test_de_controle_ziet_een_lichte_lijn_en_hulplijn():
    fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2], line={"color": OKABE_ITO["oranje"]}))
    fig.add_hline(y=2, line={"color": "#999999"})
    gevonden = te_weinig_contrast(fig)
    assert any("lijn" in g for g in gevonden) and any("hulplijn" in g for g in gevonden)
    # een lichte staaf met de rand van het sjabloon is in orde
    staaf = go.Figure(go.Bar(x=["a"], y=[1], marker_color=GRIJS), layout={"template": "schooldata"})
    assert te_weinig_contrast(staaf) == []


def _figuren_in(pad: Path) -> list[tuple[str, go.Figure]]:
    nb = json.loads(pad.read_text(encoding="utf-8"))
    figuren = []
    for i, cel in enumerate(nb["cells"]):
        for uitvoer in cel.get("outputs", []):
            data = uitvoer.get("data", {}).get("application/vnd.plotly.v1+json")
            if data:
                figuren.append((f"{pad.relative_to(CURSUS)} cel {i}",
                                go.Figure(data["data"], data["layout"])))
    return figuren


NOTEBOOKS = sorted([*CURSUS.glob("notebooks/*.ipynb"), *CURSUS.glob("solutions/*/*.ipynb")])


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_elke_grafiek_in_de_notebooks(notebook):
    """Elke grafiek zoals ze in de (uitgevoerde) notebooks staat, met de kleuren die de
    grafiekfuncties echt gebruiken."""
    fouten = [f"{waar}: {g}" for waar, fig in _figuren_in(notebook)
              for g in te_weinig_contrast(fig)]
    # een heatmap (de aanwezigheidskalender) slaat de controle over: haar cellen dragen een
    # letter, zodat een lichte kleur (geel: te laat) niet de enige aanwijzing is
    fouten += [f"{waar}: heatmap zonder tekst in de cellen" for waar, fig in _figuren_in(notebook)
               for spoor in fig.data if spoor.type == "heatmap" and not spoor.texttemplate]
    assert not fouten, "te weinig contrast (minder dan 3:1):\n" + "\n".join(fouten)


def test_grafiekfuncties_rechtstreeks():
    """Dezelfde controle op figuren die we hier zelf maken (los van de opgeslagen uitvoer)."""
    from schooldata_lit.simulatie import grafiek_toeval, klassen_zonder_verandering

    resultaten = sd.laad_dataset("resultaten")
    attesten = sd.laad_dataset("attesten")
    figuren = {
        "voortgang_leerling": grafieken.voortgang_leerling(resultaten, "L01152"),
        "afwijking_per_maand": grafieken.afwijking_per_maand(resultaten, "L01152"),
        "trend_over_jaren": grafieken.trend_over_jaren(attesten, "attest", gelijk_aan="C"),
        "attesten_per_groep": grafieken.attesten_per_groep(attesten),
        "knipperlichten_overzicht": grafieken.knipperlichten_overzicht(sd.knipperlichten()),
        "grafiek_toeval": grafiek_toeval(klassen_zonder_verandering(seed=3)),
    }
    fouten = [f"{naam}: {g}" for naam, fig in figuren.items() for g in te_weinig_contrast(fig)]
    assert not fouten, "\n".join(fouten)


def test_dashboards():
    """De grafieken van beide dashboards, voor elke rol en elk niveau."""
    from schooldata_lit.schermen.dashboards import (
        NIVEAUS_PER_ROL,
        knipperlichten_dashboard,
        school_dashboard,
    )

    figuren = {"knipperlichten": knipperlichten_dashboard().figuur}
    for rol, niveaus in NIVEAUS_PER_ROL.items():
        bord = school_dashboard(rol)
        for niveau in niveaus:
            bord.niveau.value = niveau
            figuren[f"{rol}, {niveau}"] = bord.figuur
    fouten = [f"{naam}: {g}" for naam, fig in figuren.items() if fig is not None
              for g in te_weinig_contrast(fig)]
    assert not fouten, "\n".join(fouten)
