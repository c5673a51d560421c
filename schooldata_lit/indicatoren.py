"""Metingen waarop knipperlichten steunen: per leerling, klas of vak één rij met getallen.

Deze functies oordelen niet: ze meten. Een knipperlicht (`schooldata_lit.knipperlichten`) legt
er daarna een drempel op. Zo kan een dashboard de drempels snel veranderen zonder opnieuw te
rekenen. Elke functie krijgt tabellen zoals `laad_dataset` ze geeft en verandert ze niet.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .kern.statistiek import binomiaal_p, holm, verwacht_bij_toeval

__all__ = [
    "percentages",
    "maandgemiddelden",
    "relatieve_scores",
    "resultaatverloop",
    "aanwezigheid_per_leerling",
    "activiteitsverloop",
    "attesten_per_klas",
    "beoordeling_per_leerkracht",
    "klasverloop",
    "maandverloop",
    "regressie_naar_het_gemiddelde",
]

_SCHOOLMAANDEN = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)


def percentages(resultaten: pd.DataFrame) -> pd.DataFrame:
    """Enkel de evaluaties met een score, met een kolom `percentage` (score / maximum x 100).

    >>> t = pd.DataFrame({"score": [7.0, None], "maximum": [10, 20], "code": [None, "ziek"]})
    >>> percentages(t)["percentage"].tolist()
    [70.0]
    """
    geldig = resultaten[resultaten["score"].notna()]
    return geldig.assign(percentage=100 * geldig["score"] / geldig["maximum"])


def _schoolmaand(datums: pd.Series) -> pd.Series:
    """Volgnummer van de schoolmaand: september = 1, ..., juni = 10."""
    return (datums.dt.month - 9) % 12 + 1


def maandgemiddelden(resultaten: pd.DataFrame, tot: pd.Timestamp | None = None) -> pd.DataFrame:
    """Per leerling per schoolmaand het gemiddelde percentage over alle vakken.

    Kolommen: leerling_id, maand (1 = september ... 10 = juni), gemiddelde, n (evaluaties).

    >>> t = pd.DataFrame({"leerling_id": ["L1", "L1", "L1"], "score": [6.0, 8.0, 5.0],
    ...                   "maximum": [10, 10, 10], "datum": pd.to_datetime(
    ...                   ["2025-09-10", "2025-09-20", "2025-10-05"])})
    >>> [(int(r.maand), r.gemiddelde, int(r.n)) for r in maandgemiddelden(t).itertuples()]
    [(1, 70.0, 2), (2, 50.0, 1)]
    """
    p = percentages(resultaten)
    if tot is not None:
        p = p[p["datum"] <= tot]
    p = p.assign(maand=_schoolmaand(p["datum"]))
    return (p.groupby(["leerling_id", "maand"])["percentage"].agg(["mean", "size"])
            .rename(columns={"mean": "gemiddelde", "size": "n"}).reset_index())


def relatieve_scores(resultaten: pd.DataFrame, tot: pd.Timestamp | None = None,
                     basismaanden: int = 2) -> pd.DataFrame:
    """Elke score vergeleken met de klas én met de eigen start in dat vak.

    - `t.o.v._klas`: percentage min het klasgemiddelde op dezelfde evaluatie (een moeilijke
      toets treft de hele klas, niet één leerling);
    - `afwijking`: dat verschil min het verschil dat de leerling in dat vak in de eerste
      `basismaanden` schoolmaanden had (de eigen basislijn per vak).
    """
    p = percentages(resultaten)
    if tot is not None:
        p = p[p["datum"] <= tot]
    evaluatie = ["klas", "vak", "datum", "soort"]
    p = p.assign(maand=_schoolmaand(p["datum"]))
    p["t.o.v._klas"] = p["percentage"] - p.groupby(evaluatie)["percentage"].transform("mean")
    basis = (p[p["maand"] <= basismaanden].groupby(["leerling_id", "vak"])["t.o.v._klas"]
             .mean().rename("basis_vak"))
    p = p.join(basis, on=["leerling_id", "vak"])
    p["afwijking"] = p["t.o.v._klas"] - p["basis_vak"]
    return p


def resultaatverloop(resultaten: pd.DataFrame, tot: pd.Timestamp | None = None,
                     basismaanden: int = 2, recente_maanden: int = 4,
                     minimum_evaluaties: int = 2) -> pd.DataFrame:
    """Per leerling: hoe de punten evolueren ten opzichte van de eigen start en van de klas.

    Per schoolmaand het gemiddelde van `afwijking` (zie `relatieve_scores`): 0 betekent "zoals
    bij de start van het jaar, in vergelijking met de klas". Kolommen:

    Enkel maanden met minstens `minimum_evaluaties` evaluaties tellen mee.

    - basislijn en laatste: gemiddeld percentage in de eerste maanden en in de laatste twee
      maanden (ter info);
    - verschil: de gemiddelde afwijking in de laatste twee maanden (negatief = gezakt t.o.v.
      de eigen start);
    - helling (met standaardfout): procentpunten per maand over het hele jaar;
    - maanden_onder: hoeveel van de laatste `recente_maanden` maanden de afwijking lager is
      dan -5 (een dip van enkele weken raakt er hoogstens twee);
    - n_maanden, n_evaluaties.
    """
    p = relatieve_scores(resultaten, tot, basismaanden)
    per_maand = p.groupby(["leerling_id", "maand"]).agg(
        afwijking=("afwijking", "mean"), percentage=("percentage", "mean"),
        n=("percentage", "size")).reset_index()
    per_maand = per_maand[per_maand["n"] >= minimum_evaluaties]
    tabel = per_maand.pivot(index="leerling_id", columns="maand", values="afwijking")
    ruw = per_maand.pivot(index="leerling_id", columns="maand", values="percentage")
    waarden = tabel.to_numpy()
    aanwezig = ~np.isnan(waarden)
    eerste = [m for m in tabel.columns if m <= basismaanden]
    basis_ruw = ruw[eerste].mean(axis=1).to_numpy()
    laatste_maanden = per_maand.groupby("leerling_id").tail(recente_maanden)
    recent = laatste_maanden.groupby("leerling_id").agg(
        verschil=("afwijking", lambda a: a.tail(2).mean()),
        laatste=("percentage", lambda a: a.tail(2).mean()),
        maanden_onder=("afwijking", lambda a: int((a < -5).sum()))).reindex(tabel.index)
    x = np.where(aanwezig, np.asarray(tabel.columns, dtype=float)[None, :], np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        xm, ym = np.nanmean(x, axis=1), np.nanmean(waarden, axis=1)
        sxx = np.nansum((x - xm[:, None]) ** 2, axis=1)
        helling = np.nansum((x - xm[:, None]) * (waarden - ym[:, None]), axis=1) / sxx
        rest = waarden - (ym[:, None] + helling[:, None] * (x - xm[:, None]))
        n = aanwezig.sum(axis=1)
        se = np.sqrt(np.nansum(rest**2, axis=1) / np.maximum(n - 2, 1) / sxx)
    evaluaties = per_maand.groupby("leerling_id")["n"].sum()
    return pd.DataFrame({
        "leerling_id": tabel.index, "basislijn": basis_ruw,
        "laatste": recent["laatste"].to_numpy(), "verschil": recent["verschil"].to_numpy(),
        "helling": helling, "helling_se": se,
        "maanden_onder": recent["maanden_onder"].to_numpy(), "n_maanden": n,
        "n_evaluaties": evaluaties.reindex(tabel.index).to_numpy(),
    }).reset_index(drop=True)


def maandverloop(resultaten: pd.DataFrame, leerling_id: str, tot: pd.Timestamp | None = None,
                 basismaanden: int = 2) -> pd.DataFrame:
    """Eén leerling per schoolmaand: eigen punten, klas, en de afwijking van de eigen start.

    Kolommen: ``maand`` (1 = september … 10 = juni), ``maandnaam``, ``evaluaties``,
    ``percentage`` (gemiddelde van de leerling), ``klas`` (gemiddelde van de klas op dezelfde
    evaluaties) en ``afwijking``: hoeveel procentpunten de leerling, vergeleken met de klas,
    lager (negatief) of hoger scoort dan bij de start van het jaar (de eerste `basismaanden`
    maanden; zie `relatieve_scores`). Een dip is een paar maanden negatief en dan terug rond 0;
    een trend blijft dalen.

    >>> t = pd.DataFrame({"leerling_id": ["L1", "L2"] * 3, "klas": "1A", "vak": "Wiskunde",
    ...                   "soort": "toets", "maximum": 20, "score": [14, 12, 14, 12, 8, 12],
    ...                   "datum": pd.to_datetime(["2025-09-10"] * 2 + ["2025-10-10"] * 2
    ...                                           + ["2025-11-10"] * 2)})
    >>> maandverloop(t, "L1")[["maandnaam", "percentage", "klas", "afwijking"]]
      maandnaam  percentage  klas  afwijking
    0       sep        70.0  65.0        0.0
    1       okt        70.0  65.0        0.0
    2       nov        40.0  50.0      -15.0
    """
    p = relatieve_scores(resultaten, tot, basismaanden)
    eigen = p[p["leerling_id"] == leerling_id]
    if eigen.empty:
        raise ValueError(f"Geen resultaten met een score voor leerling {leerling_id!r}.")
    eigen = eigen.assign(klas_pct=eigen["percentage"] - eigen["t.o.v._klas"])
    per_maand = eigen.groupby("maand").agg(
        evaluaties=("percentage", "size"), percentage=("percentage", "mean"),
        klas=("klas_pct", "mean"), afwijking=("afwijking", "mean")).reset_index()
    per_maand.insert(1, "maandnaam", per_maand["maand"].map(
        dict(enumerate(("sep", "okt", "nov", "dec", "jan", "feb", "mrt", "apr", "mei", "jun"),
                       start=1))))
    return per_maand.round({"percentage": 1, "klas": 1, "afwijking": 1})


def regressie_naar_het_gemiddelde(resultaten: pd.DataFrame, van: str = "P1", naar: str = "P2",
                              vak: str | None = None, aandeel: float = 0.1) -> pd.DataFrame:
    """Regressie naar het gemiddelde: hoe doen de zwakste en sterkste leerlingen het daarna?

    Neem per leerling het gemiddelde percentage in periode `van` en in periode `naar` (in één
    `vak`, of over alle vakken). De groep met de laagste `aandeel` (standaard 10 %) in `van`
    scoort in `naar` gemiddeld vaak beter, de hoogste groep slechter, ook zonder dat er iets
    gebeurd is: een deel van een heel lage score was pech (toeval), en die pech herhaalt zich
    niet. Wie na een remediëring vooruitgang ziet, moet daarom eerst vragen: hoeveel daarvan
    was er sowieso gekomen?

    Geeft per groep (laagste, middengroep, hoogste) het aantal leerlingen, hun gemiddelde in
    beide periodes en het verschil.

    >>> t = pd.DataFrame({"leerling_id": list("ABCDE") * 2, "vak": "Wiskunde",
    ...                   "periode": ["P1"] * 5 + ["P2"] * 5, "maximum": 100,
    ...                   "score": [30, 50, 60, 70, 90, 45, 55, 60, 65, 80]})
    >>> regressie_naar_het_gemiddelde(t, aandeel=0.2)
             groep  leerlingen  gemiddelde_P1  gemiddelde_P2  verschil
    0    laagste 20 %           1           30.0           45.0      15.0
    1      middengroep           3           60.0           60.0       0.0
    2    hoogste 20 %           1           90.0           80.0     -10.0
    """
    if not 0 < aandeel < 0.5:
        raise ValueError("aandeel moet tussen 0 en 0,5 liggen, bv. 0.1 voor 10 %.")
    p = percentages(resultaten)
    if vak is not None:
        if vak not in set(p["vak"]):
            raise ValueError(f"Het vak {vak!r} komt niet voor in de resultaten.")
        p = p[p["vak"] == vak]
    for periode in (van, naar):
        if periode not in set(p["periode"]):
            raise ValueError(f"De periode {periode!r} komt niet voor; wel: "
                             f"{', '.join(sorted(set(p['periode'])))}.")
    per = p.groupby(["leerling_id", "periode"])["percentage"].mean().unstack()[[van, naar]]
    per = per.dropna()
    laag, hoog = per[van].quantile(aandeel), per[van].quantile(1 - aandeel)
    procent = f"{aandeel:.0%}".replace("%", " %")
    groep = np.where(per[van] <= laag, f"laagste {procent}",
                     np.where(per[van] >= hoog, f"hoogste {procent}", "middengroep"))
    uit = (per.assign(groep=groep).groupby("groep", sort=False)
           .agg(leerlingen=(van, "size"), **{f"gemiddelde_{van}": (van, "mean"),
                                             f"gemiddelde_{naar}": (naar, "mean")}))
    uit = uit.reindex([f"laagste {procent}", "middengroep", f"hoogste {procent}"]).reset_index()
    uit["verschil"] = uit[f"gemiddelde_{naar}"] - uit[f"gemiddelde_{van}"]
    return uit.round(1)


def aanwezigheid_per_leerling(afwezigheden: pd.DataFrame, kalender: pd.DataFrame,
                              leerlingen: pd.Series, tot: pd.Timestamp | None = None,
                              recente_weken: int = 10) -> pd.DataFrame:
    """Per leerling: aanwezigheid, problematische afwezigheid (recent en ervoor), weekdagpatroon.

    `leerlingen` zijn de leerling_id's die het hele jaar ingeschreven waren (de noemer).
    L (te laat) telt als aanwezig. Het weekdagpatroon is het aandeel van de afwezige dagdelen
    zonder ziekte (codes G en B) dat op maandag of vrijdagnamiddag valt; bij toeval is dat
    ongeveer een derde (3 van de 9 lesdagdelen per week).
    """
    kal = kalender if tot is None else kalender[kalender["datum"] <= tot]
    afw = afwezigheden if tot is None else afwezigheden[afwezigheden["datum"] <= tot]
    afw = afw[afw["code"].isin(["Z", "G", "B"])]
    einde = kal["datum"].max()
    grens = einde - pd.Timedelta(weeks=recente_weken)
    grens_ervoor = grens - pd.Timedelta(weeks=recente_weken)
    weekdag = afw["datum"].dt.dayofweek
    niet_ziek = afw["code"] != "Z"
    patroon = niet_ziek & ((weekdag == 0) | ((weekdag == 4) & (afw["dagdeel"] == "NM")))
    b = afw["code"] == "B"
    per = pd.DataFrame({
        "leerling_id": afw["leerling_id"], "afwezig": 1, "ziek": (afw["code"] == "Z"),
        "niet_ziek": niet_ziek, "b": b, "b_recent": b & (afw["datum"] > grens),
        "b_ervoor": b & (afw["datum"] > grens_ervoor) & (afw["datum"] <= grens),
        "patroon": patroon,
    }).groupby("leerling_id").sum()
    per = per.reindex(pd.Index(leerlingen, name="leerling_id"), fill_value=0)
    dagdelen = len(kal)
    uit = pd.DataFrame({
        "leerling_id": per.index,
        "aanwezigheid": 1 - per["afwezig"].to_numpy() / dagdelen,
        "afwezige_dagdelen": per["afwezig"].to_numpy(),
        "ziekte_dagdelen": per["ziek"].to_numpy(),
        "b_dagdelen": per["b"].to_numpy(),
        "b_recent": per["b_recent"].to_numpy(),
        "b_ervoor": per["b_ervoor"].to_numpy(),
        "niet_ziek_dagdelen": per["niet_ziek"].to_numpy(),
        "aandeel_maandag_vrijdag": np.divide(per["patroon"].to_numpy(),
                                             per["niet_ziek"].to_numpy(),
                                             out=np.zeros(len(per)),
                                             where=per["niet_ziek"].to_numpy() > 0),
        "dagdelen": dagdelen,
    })
    uit.attrs["periode"] = f"{kal['datum'].min():%d/%m/%Y} - {einde:%d/%m/%Y}"
    return uit.reset_index(drop=True)


def activiteitsverloop(activiteit: pd.DataFrame, tot: pd.Timestamp | None = None,
                       basisweken: int = 8, recente_weken: int = 6) -> pd.DataFrame:
    """Per leerling: aanmeldingen en tijdig ingediende taken, begin van het jaar versus recent."""
    act = activiteit if tot is None else activiteit[activiteit["week"] <= tot]
    weken = np.sort(act["week"].unique())
    if len(weken) == 0:
        leeg = pd.DataFrame(columns=["leerling_id", "aanmeldingen_per_week_begin",
                                     "niet_op_tijd_begin", "taken_begin",
                                     "aanmeldingen_per_week_recent", "niet_op_tijd_recent",
                                     "taken_recent", "verhouding_aanmeldingen"])
        leeg.attrs["periode"] = "geen activiteit op het leerplatform in deze data"
        return leeg
    basis = act[act["week"].isin(weken[:basisweken])]
    recent = act[act["week"].isin(weken[-recente_weken:])]

    def samenvatting(deel: pd.DataFrame, achtervoegsel: str) -> pd.DataFrame:
        som = deel.groupby("leerling_id")[["aanmeldingen", "taken_op_tijd", "taken_te_laat",
                                           "taken_niet_ingediend"]].sum()
        weken_n = deel.groupby("leerling_id")["week"].nunique()
        taken = som[["taken_op_tijd", "taken_te_laat", "taken_niet_ingediend"]].sum(axis=1)
        return pd.DataFrame({
            f"aanmeldingen_per_week_{achtervoegsel}": som["aanmeldingen"] / weken_n,
            f"niet_op_tijd_{achtervoegsel}": (1 - som["taken_op_tijd"] / taken.where(taken > 0)),
            f"taken_{achtervoegsel}": taken,
        })

    uit = samenvatting(basis, "begin").join(samenvatting(recent, "recent"), how="outer")
    uit["verhouding_aanmeldingen"] = (uit["aanmeldingen_per_week_recent"]
                                      / uit["aanmeldingen_per_week_begin"].where(
                                          uit["aanmeldingen_per_week_begin"] > 0))
    uit.attrs["periode"] = (f"eerste {basisweken} lesweken versus laatste {recente_weken} "
                            f"(tot {pd.Timestamp(weken[-1]):%d/%m/%Y})")
    return uit.reset_index()


def attesten_per_klas(attesten: pd.DataFrame, schooljaar: str,
                      vorige_jaren: int = 3) -> pd.DataFrame:
    """Per klas: aandeel B- en C-attesten, vergeleken met dezelfde richting en hetzelfde
    leerjaar in de vorige schooljaren (of, als die er niet zijn, met de hele school).

    Kolommen: ``n``, ``bc`` (aantal B + C), ``aandeel_bc``, ``vergelijking``, ``z`` (normale
    benadering, enkel ruw), ``p_exact`` (exacte binomiale kans op minstens zoveel B/C bij het
    aandeel van vroeger) en ``p_holm`` (die kans aangepast voor het aantal klassen: wie 64
    klassen bekijkt, vindt er bij toeval een paar met een kleine p).

    >>> t = pd.DataFrame({"schooljaar": ["2024-2025"] * 12 + ["2025-2026"] * 4,
    ...     "klas": "3X", "leerjaar": 3, "studierichting": "X",
    ...     "attest": ["A"] * 9 + ["B"] * 3 + ["C", "C", "B", "A"]})
    >>> rij = attesten_per_klas(t, "2025-2026").iloc[0]
    >>> float(rij["aandeel_bc"]), float(rij["vergelijking"]), int(rij["n"])
    (0.75, 0.25, 4)
    """
    jaren = sorted(attesten["schooljaar"].unique())
    eerder = [j for j in jaren if j < schooljaar][-vorige_jaren:]
    bc = attesten["attest"].isin(["B", "C"])
    nu = attesten[attesten["schooljaar"] == schooljaar].assign(bc=bc)
    per_klas = nu.groupby(["klas", "leerjaar", "studierichting"]).agg(
        n=("bc", "size"), bc=("bc", "sum")).reset_index()
    historiek = (attesten[attesten["schooljaar"].isin(eerder)].assign(bc=bc)
                 .groupby(["leerjaar", "studierichting"])["bc"].agg(["mean", "size"]))
    historiek.columns = ["vergelijking", "n_vergelijking"]
    per_klas = per_klas.join(historiek, on=["leerjaar", "studierichting"])
    school = float(nu["bc"].mean())
    geen = per_klas["vergelijking"].isna() | (per_klas["n_vergelijking"] < 10)
    per_klas.loc[geen, "vergelijking"] = school
    per_klas["vergelijkingsbasis"] = np.where(
        geen, f"hele school {schooljaar}",
        f"zelfde richting en leerjaar, {eerder[0]} tot {eerder[-1]}" if eerder else "")
    per_klas["aandeel_bc"] = per_klas["bc"] / per_klas["n"]
    p0 = per_klas["vergelijking"].clip(0.01, 0.99)
    per_klas["z"] = (per_klas["aandeel_bc"] - p0) / np.sqrt(p0 * (1 - p0) / per_klas["n"])
    # z is een normale benadering: bij n × p0 ≈ 2 klopt ze niet. De exacte kans (binomiaal)
    # op minstens zoveel B/C-attesten, en die kans aangepast voor het aantal klassen (Holm).
    per_klas["p_exact"] = [binomiaal_p(int(b), int(n), float(v)) for b, n, v in
                           zip(per_klas["bc"], per_klas["n"], p0, strict=True)]
    per_klas["p_holm"] = holm(per_klas["p_exact"].tolist())
    per_klas.attrs["aantal_vergelijkingen"] = len(per_klas)
    per_klas.attrs["verwacht_bij_toeval"] = verwacht_bij_toeval(len(per_klas))
    return per_klas


def beoordeling_per_leerkracht(resultaten: pd.DataFrame) -> pd.DataFrame:
    """Per vak en leerkracht: hoeveel punten hun leerlingen lager of hoger halen dan in hun
    andere vakken, vergeleken met de andere leerkrachten van hetzelfde vak.

    Zo vergelijk je een leerkracht met collega's aan *vergelijkbare* leerlingen: een sterke
    klas of een moeilijk vak maakt het verschil niet.
    """
    p = percentages(resultaten)
    per_leerling_vak = p.groupby(["leerling_id", "vak", "leerkracht_id"])["percentage"].mean()
    per_leerling_vak = per_leerling_vak.reset_index()
    totaal = per_leerling_vak.groupby("leerling_id")["percentage"].agg(["sum", "size"])
    som = totaal.loc[per_leerling_vak["leerling_id"], "sum"].to_numpy()
    aantal = totaal.loc[per_leerling_vak["leerling_id"], "size"].to_numpy()
    andere = (som - per_leerling_vak["percentage"]) / np.maximum(aantal - 1, 1)
    per_leerling_vak["verschil"] = per_leerling_vak["percentage"] - andere
    per = per_leerling_vak.groupby(["vak", "leerkracht_id"])["verschil"].agg(
        ["mean", "std", "size"]).reset_index()
    per.columns = ["vak", "leerkracht_id", "verschil", "spreiding", "n"]
    vak_som = per.assign(gewogen=per["verschil"] * per["n"]).groupby("vak")[
        ["gewogen", "n"]].transform("sum")
    collega_n = vak_som["n"] - per["n"]
    per["vergelijking"] = np.where(collega_n > 0, (vak_som["gewogen"] - per["verschil"]
                                                   * per["n"]) / collega_n.where(collega_n > 0),
                                   np.nan)
    per["n_collegas"] = per.groupby("vak")["leerkracht_id"].transform("size") - 1
    per["afwijking"] = per["verschil"] - per["vergelijking"]
    return per


def klasverloop(resultaten: pd.DataFrame) -> pd.DataFrame:
    """Per klas het gemiddelde percentage per periode en de verandering van de laatste periode
    ten opzichte van de periodes ervoor, met het aantal leerlingen."""
    p = percentages(resultaten)
    per = p.groupby(["klas", "periode"])["percentage"].mean().unstack("periode")
    laatste = per.columns.max()
    eerder = per.drop(columns=laatste).mean(axis=1)
    n = p.groupby("klas")["leerling_id"].nunique()
    return pd.DataFrame({"klas": per.index, "eerder": eerder.to_numpy(),
                         "laatste": per[laatste].to_numpy(),
                         "verschil": (per[laatste] - eerder).to_numpy(),
                         "periode": laatste, "n": n.reindex(per.index).to_numpy()}
                        ).reset_index(drop=True)
