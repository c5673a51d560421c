"""Voor- en nametingen uit de schooldata halen: per periode of rond een remediëring.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..kern.controle import controleer_kolommen

# ------------------------------------------------------------- metingen uit de schooldata

def _met_percentage(resultaten: pd.DataFrame) -> pd.DataFrame:
    geldig = resultaten.loc[resultaten["score"].notna() & (resultaten["maximum"] > 0)]
    return geldig.assign(percentage=100 * geldig["score"] / geldig["maximum"])


def metingen_per_periode(
    resultaten: pd.DataFrame,
    voor: str = "P2",
    na: str = "P4",
    *,
    soort: str | None = "examen",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Maak een voor- en een nameting uit de resultaten: per leerling en vak, per periode.

    Standaard het **decemberexamen** (periode P2) als voormeting en het **juni-examen** (P4)
    als nameting. Per leerling, klas en vak het gemiddelde percentage (score / maximum × 100)
    van de evaluaties van die `soort` in die periode (``soort=None``: alle evaluaties).
    Codes zonder score (afwezig, ziek, vrijgesteld) tellen niet mee; wie in een periode geen
    enkele score heeft, komt in die meting niet voor (en `leerwinst` meldt dat).

    Let op: twee examens zijn niet dezelfde toets (andere leerstof, andere moeilijkheid). De
    "winst" meet dus ook het verschil tussen de examens, niet enkel wat leerlingen bijleerden.
    Beide tabellen dragen daarom in ``.attrs["toets"]`` welke toets ze zijn, en `leerwinst`
    zet dan een kanttekening bovenaan.

    Geeft terug
    -----------
    (voor, na) : twee tabellen met ``leerling_id``, ``klas``, ``vak``, ``percentage`` en
    ``evaluaties`` (het aantal evaluaties in het gemiddelde).

    >>> res = pd.DataFrame({"leerling_id": ["L1", "L1", "L2"], "klas": "3A",
    ...                     "vak": "Frans", "periode": ["P2", "P4", "P2"],
    ...                     "soort": "examen", "score": [30.0, 40, 50], "maximum": 50})
    >>> voor, na = metingen_per_periode(res)
    >>> voor[["leerling_id", "percentage"]]
      leerling_id  percentage
    0          L1        60.0
    1          L2       100.0
    >>> len(na)
    1
    """
    controleer_kolommen(resultaten, ["leerling_id", "klas", "vak", "periode", "score", "maximum"]
                + (["soort"] if soort is not None else []), "tabel resultaten")
    perioden = set(resultaten["periode"].dropna())
    for p in (voor, na):
        if p not in perioden:
            raise ValueError(f"Onbekende periode {p!r}. Perioden in de resultaten: "
                             f"{', '.join(sorted(map(str, perioden)))}.")
    if voor == na:
        raise ValueError(f"Voor- en nameting zijn dezelfde periode ({voor!r}): kies twee "
                         "verschillende perioden, bv. voor='P2', na='P4'.")
    deel = resultaten
    if soort is not None:
        soorten = set(resultaten["soort"].dropna())
        if soort not in soorten:
            raise ValueError(f"Onbekende soort {soort!r}. Soorten in de resultaten: "
                             f"{', '.join(sorted(map(str, soorten)))}.")
        deel = deel.loc[deel["soort"] == soort]
    deel = _met_percentage(deel)

    def meting(periode: str) -> pd.DataFrame:
        stuk = deel.loc[deel["periode"] == periode]
        uit = (stuk.groupby(["leerling_id", "klas", "vak"], as_index=False)
               .agg(percentage=("percentage", "mean"), evaluaties=("percentage", "size")))
        # welke toets dit is: leerwinst() waarschuwt als voor en na verschillende toetsen zijn
        uit.attrs["toets"] = f"{soort or 'evaluaties'} {periode}"
        return uit

    return meting(voor), meting(na)


def metingen_rond_remediering(
    resultaten: pd.DataFrame,
    begeleiding: pd.DataFrame,
    *,
    drempel: float = 50.0,
    aantal_na: int = 3,
    venster_dagen: int = 14,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Voor- en nameting rond remediëring, mét een vergelijkingsgroep zonder remediëring.

    Zo gaan we te werk (per leerling en vak, enkel dagelijks werk en toetsen):

    1. **Voormeting**: het eerste resultaat van het schooljaar onder de `drempel` (in %).
       Dat is het moment waarop een leerkracht aan remediëring denkt.
    2. **Groep**: ``"met remediëring"`` als de tabel `begeleiding` voor die leerling en dat vak
       een remediëring heeft binnen `venster_dagen` na dat resultaat; anders
       ``"zonder remediëring"``.
    3. **Nameting**: het gemiddelde percentage van de volgende `aantal_na` evaluaties in dat
       vak, na de remediëring (of, zonder remediëring, na dezelfde wachttijd van 7 dagen).
       Wie daarna geen evaluatie meer heeft in dat vak, heeft geen nameting (en
       `leerwinst` meldt dat).

    Beide groepen werden gekozen omdat ze laag scoorden: de vergelijking toont hoeveel
    "winst" er ook zonder remediëring is (regressie naar het gemiddelde). De groepen werden
    niet door loting gevormd; andere verschillen tussen de groepen blijven mogelijk.

    Geeft terug
    -----------
    (voor, na) : twee tabellen met ``leerling_id``, ``vak``, ``klas``, ``groep``, ``datum``
    (van het lage resultaat) en ``percentage``; de nameting ook met ``evaluaties``.

    >>> res = pd.DataFrame({
    ...     "leerling_id": ["L1"] * 3 + ["L2"] * 3, "klas": "3A", "vak": "Frans",
    ...     "soort": "toets", "score": [4.0, 6, 7, 3, 6, 5], "maximum": 10,
    ...     "datum": pd.to_datetime(["2025-10-01", "2025-10-20", "2025-11-03"] * 2)})
    >>> beg = pd.DataFrame({"leerling_id": ["L1"], "soort": ["remediëring"], "vak": ["Frans"],
    ...                     "datum": pd.to_datetime(["2025-10-08"])})
    >>> voor, na = metingen_rond_remediering(res, beg)
    >>> na[["leerling_id", "groep", "percentage"]]
      leerling_id               groep  percentage
    0          L1     met remediëring        65.0
    1          L2  zonder remediëring        55.0
    """
    controleer_kolommen(resultaten, ["leerling_id", "klas", "vak", "datum", "soort", "score",
                             "maximum"], "tabel resultaten")
    controleer_kolommen(begeleiding, ["leerling_id", "soort", "vak", "datum"], "tabel begeleiding")
    if aantal_na < 1:
        raise ValueError(f"aantal_na moet minstens 1 zijn, niet {aantal_na!r}.")
    evaluaties = _met_percentage(resultaten.loc[resultaten["soort"] != "examen"])
    evaluaties = evaluaties.assign(datum=pd.to_datetime(evaluaties["datum"]))
    evaluaties = evaluaties.sort_values(["leerling_id", "vak", "datum"], kind="stable")
    sleutel = ["leerling_id", "vak"]
    laag = evaluaties.loc[evaluaties["percentage"] < drempel]
    voor = laag.groupby(sleutel, as_index=False).first()[sleutel + ["klas", "datum",
                                                                    "percentage"]]

    rem = begeleiding.loc[begeleiding["soort"] == "remediëring", sleutel + ["datum"]]
    rem = rem.assign(datum=pd.to_datetime(rem["datum"])).rename(columns={"datum": "rem_datum"})
    kandidaten = voor[sleutel + ["datum"]].merge(rem, on=sleutel, how="inner")
    binnen = ((kandidaten["rem_datum"] > kandidaten["datum"])
              & (kandidaten["rem_datum"] <= kandidaten["datum"]
                 + pd.Timedelta(days=venster_dagen)))
    eerste_rem = kandidaten.loc[binnen].groupby(sleutel)["rem_datum"].min()
    voor = voor.join(eerste_rem, on=sleutel)
    voor["groep"] = np.where(voor["rem_datum"].notna(), "met remediëring", "zonder remediëring")
    moment = voor["rem_datum"].fillna(voor["datum"] + pd.Timedelta(days=7))

    later = evaluaties[sleutel + ["datum", "percentage"]].merge(
        voor[sleutel].assign(moment=moment.to_numpy()), on=sleutel, how="inner")
    later = later.loc[later["datum"] > later["moment"]]
    later = later.loc[later.groupby(sleutel).cumcount() < aantal_na]
    na_ = (later.groupby(sleutel, as_index=False)
           .agg(percentage=("percentage", "mean"), evaluaties=("percentage", "size")))
    info = voor[sleutel + ["klas", "groep", "datum"]]
    na_ = info.merge(na_, on=sleutel, how="inner")
    kolommen = sleutel + ["klas", "groep", "datum", "percentage"]
    return (voor[kolommen].reset_index(drop=True),
            na_[kolommen + ["evaluaties"]].reset_index(drop=True))
