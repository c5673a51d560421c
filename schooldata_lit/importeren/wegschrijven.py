"""De uitvoer veilig wegschrijven: de tabel (snel, ook bij een miljoen rijen), het verslag,
de kalender en de afgeleide tabellen; en nieuwe rijen bij een bestaande tabel voegen.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd

from ..kern.data import CSV_OPTIES, csv_tekst, schrijf_tekstbestanden
from ..kern.structuur import kalender
from ..kern.woordenboek import TABELLEN
from .csvveilig import maak_csv_veilig
from .omzetten import DUBBEL_SLEUTEL
from .verslag import ImportFout, Importverslag
from .werk import Werk


def bestaand_schooljaar(uit: Path) -> str | None:
    """Het schooljaar van de kalender in de uitvoermap (``None`` als er nog geen is)."""
    pad = uit / "kalender.csv"
    if pad.is_file():
        jaren = pd.read_csv(pad, **CSV_OPTIES, usecols=["schooljaar"], dtype=str)["schooljaar"]
        if len(jaren):
            return str(jaren.iloc[0])
    return None


def schrijf_uitvoer(verslag: Importverslag, uit: Path, extra: pd.DataFrame,
                    bestaande: str | None = None, nieuw: np.ndarray | None = None) -> None:
    """Schrijf de tabel, het verslag (afgewezen, waarschuwingen, conversies), zo nodig de
    kalender en, bij leerlingen met een klas, de inschrijvingen en klassen; alles tegelijk.

    `extra`: de hulpkolommen van de leerlingenlijst (``_klas``, ...); `bestaande` en `nieuw`:
    de tekst van de bestaande tabel en welke rijen er nieuw bij komen (zie `voeg_toe`).
    Vult ``verslag.geschreven`` (en ``verslag.niet_vervangen``) in.
    """
    tabelnaam, schooljaar, veilig = verslag.tabelnaam, verslag.schooljaar, verslag.tabel
    rapport, waarschuwingen, logboek = (verslag.afgewezen, verslag.waarschuwingen,
                                        verslag.conversies)
    n = verslag.gelezen
    tabel_pad = uit / f"{tabelnaam}.csv"
    bestanden = {uit / "verslag" / f"{tabelnaam}_afgewezen.csv":
                     csv_tekst(maak_csv_veilig(rapport)[0]),
                 uit / "verslag" / f"{tabelnaam}_waarschuwingen.csv":
                     csv_tekst(maak_csv_veilig(waarschuwingen)[0]),
                 uit / "verslag" / f"{tabelnaam}_conversies.csv":
                     csv_tekst(maak_csv_veilig(logboek)[0])}
    if bestaande is not None:
        bestanden[tabel_pad] = bestaande + snelle_csv_tekst(veilig[nieuw]).split("\n", 1)[1]
    elif tabel_pad.exists() and n and not len(veilig):
        verslag.niet_vervangen = True  # alles afgewezen: de bestaande tabel blijft staan
    else:
        bestanden[tabel_pad] = snelle_csv_tekst(veilig)
    if tabelnaam == "leerlingen" and "_klas" in extra and tabel_pad in bestanden:
        afgeleid = afgeleide_tabellen(veilig["leerling_id"], extra, schooljaar)
        if bestaande is not None and (uit / "inschrijvingen.csv").is_file():
            oud = pd.read_csv(uit / "inschrijvingen.csv", **CSV_OPTIES)
            inschr = pd.concat([oud, afgeleid["inschrijvingen"]], ignore_index=True)
            inschr = inschr.drop_duplicates(["leerling_id", "schooljaar"], keep="first")
            afgeleid = {"inschrijvingen": inschr, "klassen": klassen_van(inschr)}
        bestanden.update({uit / f"{k}.csv": csv_tekst(maak_csv_veilig(t)[0])
                          for k, t in afgeleid.items()})
    if not (uit / "kalender.csv").exists():
        bestanden[uit / "kalender.csv"] = csv_tekst(kalender(schooljaar))
    schrijf_tekstbestanden(bestanden)
    verslag.geschreven = [p.relative_to(uit).as_posix() for p in bestanden]


def _cel(waarde: object) -> str:
    """Eén waarde zoals `csv_tekst` ze schrijft (decimale komma, %.10g, JJJJ-MM-DD)."""
    if waarde is None or waarde is pd.NA or waarde is pd.NaT:
        return ""
    if isinstance(waarde, float | np.floating):
        if not np.isfinite(waarde):
            return ""
        tekst = str(int(waarde)) if waarde == round(waarde) and abs(waarde) < 1e9 else \
            f"{waarde:.10g}".replace(".", ",")
    elif isinstance(waarde, pd.Timestamp):
        tekst = waarde.strftime("%Y-%m-%d")
    else:
        tekst = str(waarde)
    if any(t in tekst for t in (";", '"', "\n", "\r")):
        tekst = '"' + tekst.replace('"', '""') + '"'
    return tekst


def snelle_csv_tekst(tabel: pd.DataFrame, blok: int = 100_000) -> str:
    """Hetzelfde als ``csv_tekst(tabel)``, maar snel en zuinig bij een miljoen rijen: elke
    verschillende waarde wordt één keer opgemaakt, en de rijen worden per blok aan elkaar gezet.

    >>> t = pd.DataFrame({"a": ["x;y", 'z"', None], "b": [1.5, 2.0, np.nan],
    ...                   "c": pd.array([1, None, 3], dtype="Int64"),
    ...                   "d": pd.to_datetime(["2025-10-01", None, "2025-10-02"])})
    >>> snelle_csv_tekst(t) == csv_tekst(t)
    True
    """
    kolommen = []
    for kolom in tabel.columns:
        codes, uniek = pd.factorize(tabel[kolom])
        cellen = np.array([_cel(w) for w in uniek] + [""], dtype=object)
        kolommen.append((codes, cellen))
    delen = [";".join(_cel(str(k)) for k in tabel.columns) + "\n"]
    for begin in range(0, len(tabel), blok):
        blokkolommen = [cellen[codes[begin:begin + blok]].tolist() for codes, cellen in kolommen]
        delen.append("\n".join(map(";".join, zip(*blokkolommen, strict=True))) + "\n")
    return "".join(delen)


def _als_tekst(tabel: pd.DataFrame) -> pd.DataFrame:
    """Een tabel zoals ze in het CSV-bestand staat (alles tekst), om te vergelijken."""
    return pd.read_csv(io.StringIO(csv_tekst(tabel)), sep=CSV_OPTIES["sep"], dtype=str,
                       keep_default_na=False)


def voeg_toe(werk: Werk, uit: Path, tabelnaam: str, aanvaard: pd.DataFrame,
             afgewezen: np.ndarray, n: int
             ) -> tuple[str, pd.DataFrame, np.ndarray, np.ndarray]:
    """Nieuwe rijen bij een bestaande tabel: wat er al staat, niet dubbel; wat in strijd is met
    de bestaande tabel (zelfde leerling en dag, andere code), afwijzen."""
    pad = uit / f"{tabelnaam}.csv"
    tekst = pad.read_text(encoding=CSV_OPTIES["encoding"])
    oud = pd.read_csv(pad, sep=CSV_OPTIES["sep"], dtype=str, keep_default_na=False,
                      encoding=CSV_OPTIES["encoding"])
    if list(oud.columns) != list(aanvaard.columns):
        raise ImportFout(f"de bestaande {pad.name} heeft andere kolommen dan deze import; "
                         "importeer in een nieuwe map, of gebruik --vervang.")
    nieuw = _als_tekst(maak_csv_veilig(aanvaard)[0])
    posities = np.flatnonzero(~afgewezen)
    sleutel = DUBBEL_SLEUTEL[tabelnaam] or list(nieuw.columns)
    oud_rijen = set(map(tuple, oud.to_numpy()))
    al_er = np.array([tuple(r) in oud_rijen for r in nieuw.to_numpy()], dtype=bool)
    oud_sleutels = set(map(tuple, oud[sleutel].to_numpy()))
    botsing = np.array([tuple(r) in oud_sleutels for r in nieuw[sleutel].to_numpy()],
                       dtype=bool) & ~al_er
    masker = np.zeros(n, dtype=bool)
    masker[posities[botsing]] = True
    werk.fout(masker, sleutel[-1], "", f"tegenstrijdig met de bestaande tabel {pad.name}: "
              f"dezelfde {' + '.join(sleutel)} staat er al met andere gegevens",
              "kijk na welke versie klopt; vervang de tabel eventueel met --vervang")
    werk.omzetting("(bestand)", f"toegevoegd aan de bestaande {pad.name} "
                   f"({len(oud)} rijen); rijen die er al in stonden, niet dubbel weggeschreven",
                   np.isin(np.arange(n), posities[al_er]))
    if not al_er.any():
        werk.omzetting("(bestand)", f"toegevoegd aan de bestaande {pad.name} ({len(oud)} rijen)")
    afgewezen = afgewezen | masker
    behouden = ~botsing & ~al_er
    # wat er al stond, telt als aanvaard (het staat in de tabel), maar komt er niet dubbel in
    aanvaard_alles = aanvaard[~botsing].reset_index(drop=True)
    bestaande = tekst if tekst.endswith("\n") else tekst + "\n"
    return bestaande, aanvaard_alles, afgewezen, behouden[~botsing]



def afgeleide_tabellen(ids: pd.Series, extra: pd.DataFrame,
                       schooljaar: str) -> dict[str, pd.DataFrame]:
    """Inschrijvingen en klassen uit de leerlingenlijst (met klas)."""
    klas = extra["_klas"]
    leerjaar = (pd.to_numeric(extra["_leerjaar"], errors="coerce") if "_leerjaar" in extra
                else pd.to_numeric(klas.str.extract(r"^(\d)")[0], errors="coerce"))
    inschr = pd.DataFrame({
        "leerling_id": ids.to_numpy(), "schooljaar": schooljaar,
        "leerjaar": leerjaar.astype("Int64").to_numpy(), "klas": klas.to_numpy(),
        "studierichting": (extra["_studierichting"] if "_studierichting" in extra
                           else pd.Series("onbekend", index=extra.index)).fillna("onbekend")
        .to_numpy(),
        "finaliteit": (extra["_finaliteit"] if "_finaliteit" in extra
                       else pd.Series("onbekend", index=extra.index)).fillna("onbekend").to_numpy(),
    })
    inschr = inschr[inschr["klas"].notna()].sort_values(["klas", "leerling_id"]).reset_index(
        drop=True)
    return {"inschrijvingen": inschr, "klassen": klassen_van(inschr)}


def klassen_van(inschr: pd.DataFrame) -> pd.DataFrame:
    """De tabel klassen uit de inschrijvingen."""
    klassen = (inschr.groupby(["schooljaar", "klas"], sort=True)
               .agg(leerjaar=("leerjaar", "first"), studierichting=("studierichting", "first"),
                    finaliteit=("finaliteit", "first"), aantal_leerlingen=("leerling_id", "size"))
               .reset_index())
    klassen.insert(5, "klastitularis_id", np.nan)
    return klassen[TABELLEN["klassen"].kolomnamen]
