"""Tests voor schooldata_lit.privacy: pseudoniemen, onderdrukking van kleine cellen, rollen."""

from __future__ import annotations

import hmac
import itertools
import os
import re
import stat
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schooldata_lit import privacy as pv
from schooldata_lit.kern.woordenboek import TABELLEN
from schooldata_lit.privacy import (
    GEVOELIGE_KOLOMMEN,
    MINIMUM,
    ROLLEN,
    GeenToegang,
    aandelen_met_onderdrukking,
    bewaar_sleutel,
    gemiddelden_met_onderdrukking,
    lees_sleutel,
    maak_sleutel,
    onderdruk_kleine_cellen,
    pseudonimiseer,
    rolweergave,
    toegangstabel,
)

SLEUTEL = "test-sleutel-0123456789abcdef"
ANDERE_SLEUTEL = "nog-een-andere-sleutel-fedcba9876543210"
DATAMAP = Path(__file__).resolve().parent.parent / "datasets"
ECHTE_DATA = (DATAMAP / "lesopdrachten.csv").exists() and (DATAMAP / "resultaten.csv").exists()
RANGKOLOMMEN = re.compile(r"rang|positie|plaats|percentiel|rank", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Een kleine verzonnen school als fixture (kolomnamen uit het datawoordenboek)
# ---------------------------------------------------------------------------------------------

JAAR = "2025-2026"
VORIG = "2024-2025"
KLAS_1A = [f"L{i:02d}" for i in range(1, 7)]  # 6 leerlingen
KLAS_1B = [f"L{i:02d}" for i in range(7, 13)]  # 6 leerlingen
KLAS_1C = ["L13", "L14", "L15"]  # een kleine klas van 3


@pytest.fixture
def school() -> dict[str, pd.DataFrame]:
    leerlingen = pd.DataFrame({
        "leerling_id": KLAS_1A + KLAS_1B + KLAS_1C,
        "voornaam": [f"Voornaam{i}" for i in range(15)],
        "familienaam": [f"Familienaam{i}" for i in range(15)],
        "geslacht": ["M", "V", "X"] * 5,
        "geboortejaar": [2013] * 15,
        "instroom_schooljaar": [VORIG] * 3 + [JAAR] * 12,
        "instroom_leerjaar": [1] * 15,
        "thuistaal_niet_nederlands": ["ja", "nee", "nee"] * 5,
        "schooltoeslag": ["nee", "ja", "nee"] * 5,
    })
    rijen = [(ll, JAAR, 1, klas, "1A", "A-stroom")
             for klas, groep in (("1A", KLAS_1A), ("1B", KLAS_1B), ("1C", KLAS_1C))
             for ll in groep]
    rijen += [(ll, VORIG, 1, "1A", "1A", "A-stroom") for ll in KLAS_1A[:3]]
    inschrijvingen = pd.DataFrame(rijen, columns=["leerling_id", "schooljaar", "leerjaar", "klas",
                                                  "studierichting", "finaliteit"])
    klassen = pd.DataFrame({
        "schooljaar": [JAAR, JAAR, JAAR, VORIG],
        "klas": ["1A", "1B", "1C", "1A"],
        "leerjaar": [1, 1, 1, 1],
        "studierichting": ["1A"] * 4,
        "finaliteit": ["A-stroom"] * 4,
        "klastitularis_id": ["K01", "K02", "K02", "K03"],
        "aantal_leerlingen": [6, 6, 3, 3],
    })
    lesopdrachten = pd.DataFrame({
        "schooljaar": [JAAR] * 7,
        "klas": ["1A", "1B", "1A", "1B", "1B", "1C", "1C"],
        "vak": ["Wiskunde", "Wiskunde", "Frans", "Nederlands", "Frans", "Wiskunde", "Frans"],
        "leerkracht_id": ["K01", "K01", "K02", "K02", "K03", "K03", "K03"],
    })
    rng = np.random.default_rng(7)
    res = []
    for _, opdracht in lesopdrachten.iterrows():
        leden = inschrijvingen[(inschrijvingen.schooljaar == JAAR)
                               & (inschrijvingen.klas == opdracht.klas)].leerling_id
        for datum, soort in (("2025-10-06", "toets"), ("2025-12-15", "examen")):
            for ll in leden:
                score = float(rng.integers(4, 21))
                code = np.nan
                if ll == "L02" and soort == "examen" and opdracht.vak == "Frans":
                    score, code = np.nan, "ziek"
                res.append((ll, JAAR, opdracht.klas, opdracht.vak, opdracht.leerkracht_id,
                            pd.Timestamp(datum), "P1" if datum < "2025-11" else "P2", soort,
                            score, 20, code))
    resultaten = pd.DataFrame(res, columns=TABELLEN["resultaten"].kolomnamen)
    jaarresultaten = (resultaten.assign(eindpercentage=100 * resultaten.score / resultaten.maximum)
                      .groupby(["leerling_id", "schooljaar", "klas", "vak"], as_index=False)
                      ["eindpercentage"].mean().assign(leerjaar=1)
                      [TABELLEN["jaarresultaten"].kolomnamen])
    begeleiding = pd.DataFrame({
        "leerling_id": ["L01", "L02", "L07", "L08", "L09", "L13", "L01"],
        "schooljaar": [JAAR] * 7,
        "datum": pd.to_datetime(["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04",
                                 "2025-10-05", "2025-10-06", "2025-10-07"]),
        "soort": ["remediëring", "gesprek", "herkansing", "zorgoverleg", "remediëring",
                  "remediëring", "herkansing"],
        "vak": ["Wiskunde", np.nan, "Frans", np.nan, "Nederlands", "Wiskunde", "Frans"],
        "door": ["vakleerkracht", "klastitularis", "vakleerkracht", "zorgcoördinator",
                 "vakleerkracht", "vakleerkracht", "vakleerkracht"],
    })
    attesten = pd.DataFrame({
        "leerling_id": KLAS_1A + KLAS_1B + KLAS_1C,
        "schooljaar": JAAR, "leerjaar": 1,
        "klas": ["1A"] * 6 + ["1B"] * 6 + ["1C"] * 3,
        "studierichting": "1A", "finaliteit": "A-stroom",
        "attest": list("AAAABC") + list("AAAAAA") + list("ABA"),
        "aantal_tekorten": [0, 0, 0, 0, 2, 4, 0, 0, 0, 0, 0, 0, 0, 1, 0],
        "gedelibereerd": "nee",
    })
    afwezigheden = pd.DataFrame({
        "leerling_id": ["L01", "L07", "L13"], "schooljaar": JAAR,
        "datum": pd.to_datetime(["2025-10-01"] * 3), "dagdeel": "VM", "code": ["Z", "B", "G"],
    })
    return {"leerlingen": leerlingen, "inschrijvingen": inschrijvingen, "klassen": klassen,
            "lesopdrachten": lesopdrachten, "resultaten": resultaten,
            "jaarresultaten": jaarresultaten, "begeleiding": begeleiding, "attesten": attesten,
            "afwezigheden": afwezigheden}


# ---------------------------------------------------------------------------------------------
# 1. Pseudoniemen en sleutels
# ---------------------------------------------------------------------------------------------

def test_pseudoniemen_zijn_consistent_voor_dezelfde_sleutel(school):
    a = pseudonimiseer(school["resultaten"], "leerling_id", SLEUTEL)
    b = pseudonimiseer(school["attesten"], ["leerling_id"], SLEUTEL)
    koppel_a = dict(zip(school["resultaten"].leerling_id, a.leerling_id, strict=True))
    koppel_b = dict(zip(school["attesten"].leerling_id, b.leerling_id, strict=True))
    assert all(koppel_a[k] == v for k, v in koppel_b.items() if k in koppel_a)
    # één pseudoniem per leerling en omgekeerd
    assert len(set(koppel_a.values())) == len(koppel_a)
    # ook over verschillende "sessies": een vaste verwachte waarde
    verwacht = hmac.new(SLEUTEL.encode(), b"L00042", "sha256").hexdigest()[:10].upper()
    assert pseudonimiseer(pd.DataFrame({"x": ["L00042"]}), "x", SLEUTEL).x.item() \
        == "P" + verwacht


def test_pseudoniemen_verschillen_met_een_andere_sleutel(school):
    a = pseudonimiseer(school["leerlingen"], "leerling_id", SLEUTEL).leerling_id
    b = pseudonimiseer(school["leerlingen"], "leerling_id", ANDERE_SLEUTEL).leerling_id
    assert not set(a) & set(b)


def test_pseudoniem_bevat_de_oorspronkelijke_waarde_niet(school):
    uit = pseudonimiseer(school["leerlingen"], ["leerling_id", "voornaam"], SLEUTEL,
                         voorvoegsel="X")
    for oud, nieuw in zip(school["leerlingen"].leerling_id, uit.leerling_id, strict=True):
        assert re.fullmatch(r"X[0-9A-F]{10}", nieuw)
        assert oud not in nieuw and oud[1:] not in nieuw
    assert not set(uit.voornaam) & set(school["leerlingen"].voornaam)


def test_sleutel_staat_nergens_in_de_uitvoer(school, tmp_path):
    uit = pseudonimiseer(school["leerlingen"], "leerling_id", SLEUTEL,
                         verwijder_kolommen=["voornaam", "familienaam"])
    pad = tmp_path / "uit.csv"
    uit.to_csv(pad, sep=";")
    for tekst in (repr(uit), str(uit), uit.to_string(), pad.read_text(), repr(uit.attrs),
                  uit.to_html()):
        assert SLEUTEL not in tekst
        assert SLEUTEL[:16] not in tekst


def test_pseudonimiseren_verandert_de_invoer_niet(school):
    origineel = school["leerlingen"].copy(deep=True)
    pseudonimiseer(school["leerlingen"], ["leerling_id", "voornaam"], SLEUTEL,
                   verwijder_kolommen="familienaam")
    pd.testing.assert_frame_equal(school["leerlingen"], origineel)


def test_lege_waarden_blijven_leeg():
    tabel = pd.DataFrame({"leerling_id": ["L1", None, np.nan, "L1"]})
    uit = pseudonimiseer(tabel, "leerling_id", SLEUTEL)
    assert uit.leerling_id.isna().tolist() == [False, True, True, False]
    assert uit.leerling_id[0] == uit.leerling_id[3]


def test_namen_verwijderen_of_pseudonimiseren(school):
    weg = pseudonimiseer(school["leerlingen"], "leerling_id", SLEUTEL,
                         verwijder_kolommen=["voornaam", "familienaam"])
    assert "voornaam" not in weg.columns and "familienaam" not in weg.columns
    mee = pseudonimiseer(school["leerlingen"], ["leerling_id", "voornaam", "familienaam"],
                         SLEUTEL)
    assert mee.voornaam.str.fullmatch(r"P[0-9A-F]{10}").all()


def test_ontbrekende_kolom_geeft_duidelijke_fout(school):
    with pytest.raises(ValueError, match=r"mist de kolom 'klasnummer'.*leerling_id"):
        pseudonimiseer(school["leerlingen"], "klasnummer", SLEUTEL)
    with pytest.raises(ValueError, match="mist de kolom 'naam'"):
        pseudonimiseer(school["leerlingen"], "leerling_id", SLEUTEL, verwijder_kolommen="naam")


@pytest.mark.parametrize("sleutel, melding", [("", "leeg"), ("   ", "leeg"),
                                              ("kort-geheimpje", "te kort")])
def test_lege_of_korte_sleutel_wordt_geweigerd(school, sleutel, melding):
    with pytest.raises(ValueError, match=melding) as fout:
        pseudonimiseer(school["leerlingen"], "leerling_id", sleutel)
    if sleutel.strip():
        assert sleutel not in str(fout.value)


def test_sleutel_maken_bewaren_en_lezen(tmp_path):
    sleutel = maak_sleutel()
    assert re.fullmatch(r"[0-9a-f]{64}", sleutel) and sleutel != maak_sleutel()
    pad = bewaar_sleutel(sleutel, tmp_path / "geheim.txt")
    assert lees_sleutel(pad) == sleutel
    assert stat.S_IMODE(os.stat(pad).st_mode) == 0o600
    with pytest.raises(FileExistsError, match="bestaat al"):
        bewaar_sleutel(maak_sleutel(), pad)
    assert lees_sleutel(pad) == sleutel  # niet overschreven
    with pytest.raises(FileNotFoundError, match="geen sleutelbestand"):
        lees_sleutel(tmp_path / "bestaat_niet.txt")
    with pytest.raises(ValueError, match="te kort"):
        bewaar_sleutel("kort", tmp_path / "ander.txt")
    assert not (tmp_path / "ander.txt").exists()


def test_sleutel_bewaren_in_onbestaande_map(tmp_path):
    with pytest.raises(FileNotFoundError, match="bestaat niet"):
        bewaar_sleutel(maak_sleutel(), tmp_path / "nergens" / "sleutel.txt")


def test_waarschuwing_voor_sleutel_in_git_map(tmp_path):
    (tmp_path / ".git").mkdir()
    with pytest.warns(UserWarning, match="git-repository"):
        bewaar_sleutel(maak_sleutel(), tmp_path / "sleutel.txt")


# ---------------------------------------------------------------------------------------------
# 2. Kleine cellen onderdrukken
# ---------------------------------------------------------------------------------------------

def _groepen(tabel: pd.DataFrame, totalen_per: list[list[str]]) -> list[np.ndarray]:
    """Alle groepen met een bekend totaal: de hele tabel en elke groep in totalen_per."""
    groepen = [np.arange(len(tabel))]
    for kolommen in totalen_per:
        groepen += [np.asarray(v) for v in tabel.groupby(kolommen, sort=False).indices.values()]
    return [g for g in groepen if len(g) >= 2]


def terug_te_rekenen(waarden: np.ndarray, onderdrukt: np.ndarray,
                     groepen: list[np.ndarray]) -> list[int]:
    """Brute kracht: welke onderdrukte cellen liggen vast, gegeven alle totalen en zichtbare cellen?

    Zoekt alle niet-negatieve gehele invullingen van de verborgen cellen die elk groepstotaal
    kloppend maken. Een cel met maar één mogelijke waarde is terug te rekenen. Enkel de kleine
    cellen (1 tot 4) tellen: die moeten beschermd zijn. Een teruggerekende 0 of een grote cel
    (die enkel als aanvulling verborgen werd) verraadt niemand.
    """
    # Een totaal van 1 tot 4 is zelf een kleine cel en wordt niet gepubliceerd (een totaal van
    # 0 wel): die totalen kent de aanvaller niet.
    groepen = [g for g in groepen if not 0 < waarden[g].sum() < MINIMUM]
    verborgen = [int(i) for i in np.flatnonzero(onderdrukt)]
    if not verborgen:
        return []
    rest = [int(waarden[g][onderdrukt[g]].sum()) for g in groepen]  # som van verborgen per groep
    in_groep = {c: [i for i, g in enumerate(groepen) if c in g] for c in verborgen}
    nog_open = [sum(1 for c in verborgen if c in g) for g in groepen]
    mogelijk: dict[int, set[int]] = {c: set() for c in verborgen}
    invulling: dict[int, int] = {}

    def zoek(k: int) -> bool:  # True: stop, elke cel heeft al twee mogelijke waarden
        if k == len(verborgen):
            if any(r != 0 for r in rest):
                return False
            for c, v in invulling.items():
                mogelijk[c].add(v)
            return all(len(s) >= 2 for s in mogelijk.values())
        cel = verborgen[k]
        groepen_cel = in_groep[cel]
        bovengrens = min((rest[i] for i in groepen_cel), default=int(waarden.sum()))
        gedwongen = [rest[i] for i in groepen_cel if nog_open[i] == 1]
        kandidaten = range(bovengrens + 1) if not gedwongen else (
            [gedwongen[0]] if len(set(gedwongen)) == 1 and gedwongen[0] <= bovengrens else [])
        for v in kandidaten:
            invulling[cel] = v
            for i in groepen_cel:
                rest[i] -= v
                nog_open[i] -= 1
            klopt = all(nog_open[i] > 0 or rest[i] == 0 for i in groepen_cel)
            stop = zoek(k + 1) if klopt else False
            for i in groepen_cel:
                rest[i] += v
                nog_open[i] += 1
            del invulling[cel]
            if stop:
                return True
        return False

    zoek(0)
    return [c for c, s in mogelijk.items() if len(s) < 2 and 0 < waarden[c] < MINIMUM]


def test_kleine_cellen_worden_onderdrukt_nul_en_grote_niet():
    tabel = pd.DataFrame({"klas": list("ABCDEF"), "aantal": [0, 1, 4, 5, 20, 22]})
    uit = onderdruk_kleine_cellen(tabel, "aantal")
    assert uit.onderdrukt.tolist()[:4] == [False, True, True, False]
    assert uit.aantal.isna().tolist() == uit.onderdrukt.tolist()
    zichtbaar = uit.loc[~uit.onderdrukt, "aantal"]
    assert ((zichtbaar == 0) | (zichtbaar >= MINIMUM)).all()
    assert (zichtbaar == tabel.aantal[~uit.onderdrukt]).all()


def test_groep_met_een_kleine_cel_krijgt_een_tweede_onderdrukte_cel():
    tabel = pd.DataFrame({"klas": ["1A"] * 3 + ["1B"] * 3, "attest": list("ABC") * 2,
                          "aantal": [18, 3, 0, 20, 6, 7]})
    uit = onderdruk_kleine_cellen(tabel, "aantal", totalen_per="klas")
    in_1a = uit[uit.klas == "1A"]
    assert in_1a.onderdrukt.sum() == 2
    assert in_1a.loc[in_1a.attest == "A", "onderdrukt"].item()  # de kleinste niet-lege cel
    assert not uit[uit.klas == "1B"].onderdrukt.any()
    assert terug_te_rekenen(tabel.aantal.to_numpy(), uit.onderdrukt.to_numpy(),
                            _groepen(tabel, [["klas"]])) == []


def test_onderdrukte_cellen_samen_minstens_het_minimum():
    tabel = pd.DataFrame({"klas": ["1A"] * 3, "attest": list("ABC"), "aantal": [1, 1, 20]})
    uit = onderdruk_kleine_cellen(tabel, "aantal")
    # 1 + 1 = 2: met twee verborgen cellen weet je nog dat het er samen maar 2 zijn
    assert uit.onderdrukt.all()


@pytest.mark.parametrize("totalen_per", [[], [["klas"]], [["klas"], ["attest"]]])
def test_brute_kracht_niets_terug_te_rekenen_op_een_klas_attest_tabel(totalen_per):
    tabel = pd.DataFrame({
        "klas": np.repeat(["1A", "1B", "1C", "1D"], 3),
        "attest": list("ABC") * 4,
        "aantal": [18, 3, 0, 20, 6, 7, 15, 1, 1, 22, 0, 2],
    })
    uit = onderdruk_kleine_cellen(tabel, "aantal", totalen_per=totalen_per)
    waarden = tabel.aantal.to_numpy()
    assert uit.onderdrukt[(waarden > 0) & (waarden < MINIMUM)].all()
    groepen = _groepen(tabel, totalen_per)
    assert terug_te_rekenen(waarden, uit.onderdrukt.to_numpy(), groepen) == []
    # de controle zelf werkt: met enkel de primaire onderdrukking is er (met klastotalen) wel
    # iets terug te rekenen
    primair = (waarden > 0) & (waarden < MINIMUM)
    assert (terug_te_rekenen(waarden, primair, groepen) != []) == bool(totalen_per)


def test_onderdrukken_verandert_de_invoer_niet():
    tabel = pd.DataFrame({"klas": ["1A", "1A", "1B", "1B"], "aantal": [2, 9, 8, 9],
                          "aandeel": [0.2, 0.8, 0.5, 0.5]}, index=[10, 11, 12, 13])
    origineel = tabel.copy(deep=True)
    uit = onderdruk_kleine_cellen(tabel, "aantal", totalen_per="klas", ook_kolommen="aandeel")
    pd.testing.assert_frame_equal(tabel, origineel)
    assert list(uit.index) == [10, 11, 12, 13]
    assert uit.aandeel.isna().tolist() == uit.onderdrukt.tolist()


def test_onderdrukken_foutmeldingen():
    tabel = pd.DataFrame({"klas": ["1A", "1B"], "aantal": [2, 9], "tekst": ["a", "b"]})
    with pytest.raises(ValueError, match="mist de kolom 'totaal'"):
        onderdruk_kleine_cellen(tabel, "totaal")
    with pytest.raises(ValueError, match="moet aantallen bevatten"):
        onderdruk_kleine_cellen(tabel, "tekst")
    with pytest.raises(ValueError, match="minimum"):
        onderdruk_kleine_cellen(tabel, "aantal", minimum=0)
    with pytest.raises(ValueError, match="lege cellen"):
        onderdruk_kleine_cellen(tabel.assign(aantal=[np.nan, 3]), "aantal")


tabellen_strategie = st.tuples(
    st.integers(2, 4), st.integers(2, 3), st.sampled_from(["rijen", "beide"]),
    st.lists(st.one_of(st.integers(0, 4), st.integers(0, 12)), min_size=12, max_size=12),
)


# Vaste voorbeelden (derandomize): de controle rekent met brute kracht, en een toevallig zwaar
# voorbeeld maakte de test soms 50 keer trager. Dezelfde 25 tabellen bij elke run.
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(tabellen_strategie)
def test_eigenschap_geen_onderdrukte_cel_is_terug_te_rekenen(invoer):
    rijen, kolommen, soort, getallen = invoer
    tabel = pd.DataFrame(list(itertools.product(range(rijen), range(kolommen))),
                         columns=["klas", "attest"])
    tabel["aantal"] = getallen[: rijen * kolommen]
    origineel = tabel.copy()
    totalen_per = [["klas"]] if soort == "rijen" else [["klas"], ["attest"]]
    uit = onderdruk_kleine_cellen(tabel, "aantal", totalen_per=totalen_per)
    pd.testing.assert_frame_equal(tabel, origineel)
    waarden = tabel.aantal.to_numpy()
    onderdrukt = uit.onderdrukt.to_numpy()
    assert onderdrukt[(waarden > 0) & (waarden < MINIMUM)].all()
    assert (uit.aantal[~onderdrukt] == tabel.aantal[~onderdrukt]).all()
    groepen = _groepen(tabel, totalen_per)
    # Soms verraden de totalen zelf al een kleine cel (bv. totaal 6 min kolomtotaal 5 = 1);
    # dat kan geen onderdrukking in de tabel herstellen. De onderdrukking mag niets méér
    # prijsgeven dan wat je zou weten als alle cellen verborgen waren.
    gevonden = set(terug_te_rekenen(waarden, onderdrukt, groepen))
    if gevonden:
        assert gevonden <= set(terug_te_rekenen(waarden, np.ones(len(tabel), dtype=bool), groepen))


def _attesten(verdeling: dict[str, str]) -> pd.DataFrame:
    rijen = [(klas, attest) for klas, attesten in verdeling.items() for attest in attesten]
    return pd.DataFrame({"leerling_id": [f"L{i:03d}" for i in range(len(rijen))],
                         "klas": [k for k, _ in rijen], "attest": [a for _, a in rijen]})


def test_aandelen_per_klas():
    attesten = _attesten({"1A": "A" * 16 + "BBB" + "C", "1B": "A" * 12 + "B" * 8,
                          "1C": "A" * 10 + "B" * 5 + "C" * 5, "1D": "AAB"})
    origineel = attesten.copy()
    uit = aandelen_met_onderdrukking(attesten, "klas", "attest")
    pd.testing.assert_frame_equal(attesten, origineel)
    assert list(uit.columns) == ["klas", "attest", "aantal", "totaal", "aandeel", "onderdrukt"]
    assert len(uit) == 4 * 3  # elke klas × elk attest, ook als het 0 keer voorkomt
    b = uit[uit.klas == "1B"].set_index("attest")
    assert not b.onderdrukt.any()
    assert b.aantal.tolist() == [12, 8, 0] and b.totaal.tolist() == [20] * 3
    assert b.aandeel.tolist() == [0.6, 0.4, 0.0]
    zichtbaar = uit[~uit.onderdrukt]
    assert ((zichtbaar.aantal == 0) | (zichtbaar.aantal >= MINIMUM)).all()
    assert uit.totaal.dropna().ge(MINIMUM).all()
    assert uit.loc[uit.klas == "1D", "totaal"].isna().all()  # een klas van 3
    assert uit.loc[uit.klas == "1D", "onderdrukt"].all()
    assert uit.aandeel.isna().tolist() == uit.onderdrukt.tolist()
    # terugrekenen met alle totalen per klas en per attest (de echte, ook de verborgen)
    echte = (attesten.groupby(["klas", "attest"]).size()
             .reindex(pd.MultiIndex.from_frame(uit[["klas", "attest"]]), fill_value=0))
    assert terug_te_rekenen(echte.to_numpy(), uit.onderdrukt.to_numpy(),
                            _groepen(uit, [["klas"], ["attest"]])) == []


def test_aandelen_in_een_heel_kleine_school_verbergen_alles(school):
    # in de fixture zijn er in totaal maar 2 B- en 1 C-attest: dan blijft er niets over
    uit = aandelen_met_onderdrukking(school["attesten"], "klas", "attest")
    assert uit.onderdrukt.all()


def test_aandelen_zonder_groep_en_met_unieke_leerlingen(school):
    uit = aandelen_met_onderdrukking(school["begeleiding"], None, "soort", minimum=2)
    rem = uit.set_index("soort").loc["remediëring"]
    assert rem.aantal == 3 and rem.totaal == 6  # 6 verschillende leerlingen, niet 7 rijen
    rijen = aandelen_met_onderdrukking(school["begeleiding"], None, "soort", minimum=2,
                                       tel_uniek=None)
    assert rijen.totaal.iloc[0] == 7


def test_gemiddelden_met_onderdrukking(school):
    uit = gemiddelden_met_onderdrukking(school["jaarresultaten"], ["klas", "vak"],
                                        "eindpercentage")
    klein = uit[uit.klas == "1C"]
    assert klein.onderdrukt.all() and klein.gemiddelde.isna().all()
    groot = uit[uit.klas == "1A"]
    assert not groot.onderdrukt.any() and (groot.aantal_leerlingen == 6).all()
    verwacht = school["jaarresultaten"].query("klas == '1A' and vak == 'Wiskunde'") \
        .eindpercentage.mean()
    assert groot.set_index("vak").loc["Wiskunde", "gemiddelde"] == round(verwacht, 1)


def test_gemiddelden_foutmeldingen(school):
    with pytest.raises(ValueError, match="'vak' bevat geen getallen"):
        gemiddelden_met_onderdrukking(school["jaarresultaten"], "klas", "vak")
    with pytest.raises(ValueError, match="mist de kolom 'punten'"):
        gemiddelden_met_onderdrukking(school["jaarresultaten"], "klas", "punten")


# ---------------------------------------------------------------------------------------------
# 3. Rollen
# ---------------------------------------------------------------------------------------------

def weergave(school, rol, naam, **kw):
    return rolweergave(rol, school[naam], naam=naam, hulptabellen=school, **kw)


def test_onbekende_rol_geeft_nederlandse_fout_met_de_rollen(school):
    with pytest.raises(ValueError, match=r"Onbekende rol 'conciërge'\. Kies uit: leerling, "
                                         r"leerkracht, klastitularis, zorgcoordinator, directie"):
        weergave(school, "conciërge", "resultaten")


def test_rolnaam_met_hoofdletters_of_trema():
    assert len(toegangstabel("Zorgcoördinator")) == len(TABELLEN)


def test_onbekende_dataset_geeft_nederlandse_fout(school):
    with pytest.raises(ValueError, match=r"Onbekende dataset 'punten'\. Bestaande datasets: "):
        rolweergave("directie", "punten")
    with pytest.raises(ValueError, match="Geef de naam mee"):
        rolweergave("directie", pd.DataFrame({"x": [1]}))


@pytest.mark.parametrize("rol, naam, wie", [
    ("leerling", "klassen", "L01"), ("leerling", "welbevinden", "L01"),
    ("leerkracht", "baso_fiches", "K01"), ("klastitularis", "alumni", "K01"),
    ("zorgcoordinator", "grondwaarheid", None), ("directie", "grondwaarheid", None),
])
def test_geen_toegang_met_uitleg(school, rol, naam, wie):
    with pytest.raises(GeenToegang, match=f"De rol '{rol}' mag de dataset '{naam}' niet zien: ") \
            as fout:
        rolweergave(rol, pd.DataFrame(columns=TABELLEN[naam].kolomnamen), naam=naam, wie=wie)
    assert isinstance(fout.value, PermissionError)
    assert "Wel toegankelijk:" in str(fout.value)


def test_wie_verplicht_of_verboden(school):
    with pytest.raises(ValueError, match="heeft wie= nodig: de leerling_id"):
        weergave(school, "leerling", "resultaten")
    with pytest.raises(ValueError, match="laat wie= weg"):
        weergave(school, "directie", "attesten", wie="K01")
    with pytest.raises(ValueError, match="'K99' heeft geen lesopdrachten"):
        weergave(school, "leerkracht", "resultaten", wie="K99")
    with pytest.raises(ValueError, match="'K99' is van geen enkele klas klastitularis"):
        weergave(school, "klastitularis", "resultaten", wie="K99")


def test_leerling_ziet_enkel_zichzelf_met_klasband(school):
    resultaten = school["resultaten"].assign(rang=1, positie=2)
    origineel = resultaten.copy(deep=True)
    uit = rolweergave("leerling", resultaten, naam="resultaten", wie="L03")
    pd.testing.assert_frame_equal(resultaten, origineel)
    assert set(uit.leerling_id) == {"L03"}
    assert len(uit) == (school["resultaten"].leerling_id == "L03").sum()
    assert not [k for k in uit.columns if RANGKOLOMMEN.search(k)]
    assert set(uit.columns) == set(TABELLEN["resultaten"].kolomnamen) | set(pv.rollen._BAND)
    # de band: gemiddelde ± standaardafwijking van de klas voor die evaluatie
    rij = uit[(uit.vak == "Wiskunde") & (uit.soort == "toets")].iloc[0]
    klas = school["resultaten"].query("klas == '1A' and vak == 'Wiskunde' and soort == 'toets'")
    assert rij.klas_gemiddelde == round(klas.score.mean(), 1)
    assert rij.klas_band_onder == round(klas.score.mean() - klas.score.std(), 1)
    assert rij.klas_band_boven == round(klas.score.mean() + klas.score.std(), 1)
    # geen scores van anderen: de scores zijn precies de eigen scores
    eigen = school["resultaten"].query("leerling_id == 'L03'")
    assert uit.score.tolist() == pytest.approx(eigen.score.tolist(), nan_ok=True)


def test_leerling_in_kleine_klas_krijgt_geen_band(school):
    uit = weergave(school, "leerling", "jaarresultaten", wie="L14")
    assert set(uit.leerling_id) == {"L14"}
    assert uit[list(pv.rollen._BAND)].isna().all().all()


def test_leerling_eigen_rijen_zonder_gevoelige_kolommen(school):
    uit = weergave(school, "leerling", "leerlingen", wie="L05")
    assert uit.leerling_id.tolist() == ["L05"]
    assert not set(GEVOELIGE_KOLOMMEN) & set(uit.columns)
    assert weergave(school, "leerling", "begeleiding", wie="L01").leerling_id.tolist() \
        == ["L01", "L01"]
    assert weergave(school, "leerling", "begeleiding", wie="L05").empty


def test_leerkracht_ziet_enkel_eigen_klassen_en_vakken(school):
    opdrachten = school["lesopdrachten"]
    for wie in ("K01", "K02", "K03"):
        eigen = set(map(tuple, opdrachten.loc[opdrachten.leerkracht_id == wie,
                                              ["klas", "vak"]].to_numpy()))
        uit = weergave(school, "leerkracht", "resultaten", wie=wie)
        assert set(map(tuple, uit[["klas", "vak"]].to_numpy())) == eigen
        jaar = weergave(school, "leerkracht", "jaarresultaten", wie=wie)
        assert set(map(tuple, jaar[["klas", "vak"]].to_numpy())) <= eigen
    assert set(weergave(school, "leerkracht", "lesopdrachten", wie="K02").leerkracht_id) \
        == {"K02"}


def test_leerkracht_begeleiding_enkel_over_eigen_vak(school):
    uit = weergave(school, "leerkracht", "begeleiding", wie="K01")  # wiskunde in 1A en 1B
    assert sorted(uit.leerling_id) == ["L01"]
    assert set(uit.vak) == {"Wiskunde"}
    k03 = weergave(school, "leerkracht", "begeleiding", wie="K03")  # Frans 1B, wiskunde en Frans 1C
    assert sorted(k03.leerling_id) == ["L07", "L13"]
    assert not k03.vak.isna().any()  # geen gesprekken of zorgoverleg


def test_leerkracht_ziet_leerlingen_van_eigen_klassen_zonder_gevoelige_kolommen(school):
    uit = weergave(school, "leerkracht", "leerlingen", wie="K01")
    assert set(uit.leerling_id) == set(KLAS_1A + KLAS_1B)
    assert not set(GEVOELIGE_KOLOMMEN) & set(uit.columns)
    afw = weergave(school, "leerkracht", "afwezigheden", wie="K01")
    assert set(afw.leerling_id) == {"L01", "L07"}
    with pytest.raises(GeenToegang, match="gevoelig"):
        weergave(school, "leerkracht", "leerlingen", wie="K01", categorie="schooltoeslag")


def test_klastitularis_ziet_zijn_klassen(school):
    uit = weergave(school, "klastitularis", "resultaten", wie="K02")
    assert set(uit.leerling_id) == set(KLAS_1B + KLAS_1C)
    assert set(uit.klas) == {"1B", "1C"}
    beg = weergave(school, "klastitularis", "begeleiding", wie="K02")
    assert set(beg.leerling_id) == {"L07", "L08", "L09", "L13"}
    # schooljaar telt mee: K03 was titularis van 1A in het vorige schooljaar
    assert weergave(school, "klastitularis", "resultaten", wie="K03").empty
    assert set(weergave(school, "klastitularis", "leerlingen", wie="K03").leerling_id) \
        == set(KLAS_1A[:3])
    assert set(weergave(school, "klastitularis", "lesopdrachten", wie="K01").klas) == {"1A"}


def test_zorgcoordinator_ziet_alles_maar_gevoelig_enkel_geaggregeerd(school):
    beg = weergave(school, "zorgcoordinator", "begeleiding")
    pd.testing.assert_frame_equal(beg, school["begeleiding"])
    ll = weergave(school, "zorgcoordinator", "leerlingen")
    assert len(ll) == 15 and not set(GEVOELIGE_KOLOMMEN) & set(ll.columns)
    agg = weergave(school, "zorgcoordinator", "leerlingen", categorie="schooltoeslag",
                   per="instroom_schooljaar")
    assert "leerling_id" not in agg.columns
    assert set(agg.schooltoeslag) == {"ja", "nee"}


def test_directie_ziet_enkel_aggregaten_zonder_kleine_cellen(school):
    for naam in ("leerlingen", "inschrijvingen", "resultaten", "jaarresultaten", "attesten",
                 "afwezigheden", "begeleiding"):
        uit = weergave(school, "directie", naam)
        assert not set(pv.IDENTIFICERENDE_KOLOMMEN) & set(uit.columns), naam
        assert "onderdrukt" in uit.columns
        for kolom in ("aantal", "totaal", "aantal_leerlingen"):
            if kolom in uit.columns:
                zichtbaar = uit[kolom].dropna()
                assert ((zichtbaar == 0) | (zichtbaar >= MINIMUM)).all(), (naam, kolom)
    per_klas = weergave(school, "directie", "attesten", per="klas")
    assert set(per_klas.klas) == {"1A", "1B", "1C"}
    with pytest.raises(GeenToegang, match="geen aggregeren"):
        weergave(school, "directie", "attesten", per="leerling_id")
    gevoelig = weergave(school, "directie", "leerlingen", categorie="thuistaal_niet_nederlands")
    assert "aandeel" in gevoelig.columns


def test_rolweergave_laadt_een_dataset_op_naam(tmp_path, school):
    for naam in ("kalender", "lessentabel"):
        pd.DataFrame(columns=TABELLEN[naam].kolomnamen).to_csv(
            tmp_path / f"{naam}.csv", sep=";", index=False, encoding="utf-8-sig")
    uit = rolweergave("leerling", "kalender", wie="L01", map=tmp_path)
    assert list(uit.columns) == TABELLEN["kalender"].kolomnamen


def test_rolweergave_op_naam_gebruikt_de_hulptabellen(school):
    uit = rolweergave("klastitularis", "attesten", wie="K01", hulptabellen=school)
    assert set(uit.leerling_id) == set(KLAS_1A)


def test_dataset_herkennen_aan_de_kolommen(school):
    uit = rolweergave("zorgcoordinator", school["attesten"])
    assert len(uit) == len(school["attesten"])


def test_toegangstabel_volgt_rollen():
    tabel = toegangstabel()
    assert len(tabel) == len(ROLLEN) * len(TABELLEN)
    for rol, info in ROLLEN.items():
        for naam in TABELLEN:
            niveau = tabel.query("rol == @rol and dataset == @naam").niveau.item()
            verwacht = pv.NIVEAUS[info.toegang[naam].niveau] if naam in info.toegang \
                else "geen toegang"
            assert niveau == verwacht
        assert set(info.toegang) <= set(TABELLEN)
        assert all(t.niveau in pv.NIVEAUS for t in info.toegang.values())
        assert rol in pv.__doc__
    # gevoelige kolommen zijn voor niemand zichtbaar op rijniveau
    for info in ROLLEN.values():
        if "leerlingen" in info.toegang:
            assert set(GEVOELIGE_KOLOMMEN) <= set(info.toegang["leerlingen"].verborgen)


# ---------------------------------------------------------------------------------------------
# 4. Op de gegenereerde data van de cursusschool
# ---------------------------------------------------------------------------------------------

echte_data = pytest.mark.skipif(not ECHTE_DATA, reason="de datasets zijn nog niet gegenereerd")


@pytest.fixture(scope="module")
def echt() -> dict[str, pd.DataFrame]:
    from schooldata_lit.kern.data import laad_dataset

    return {naam: laad_dataset(naam, map=DATAMAP) for naam in TABELLEN
            if (DATAMAP / f"{naam}.csv").exists()}


@echte_data
def test_echt_elke_rol_ziet_enkel_wat_mag(echt):
    opdrachten = echt["lesopdrachten"]
    leerkracht = opdrachten.leerkracht_id.value_counts().index[0]
    titularis = echt["klassen"].query("schooljaar == @opdrachten.schooljaar.max()") \
        .klastitularis_id.dropna().iloc[0]
    leerling = echt["resultaten"].leerling_id.iloc[0]
    wie = {"leerling": leerling, "leerkracht": leerkracht, "klastitularis": titularis,
           "zorgcoordinator": None, "directie": None}
    for rol, info in ROLLEN.items():
        for naam, tabel in echt.items():
            if naam not in info.toegang:
                with pytest.raises(GeenToegang):
                    rolweergave(rol, tabel, naam=naam, wie=wie[rol], hulptabellen=echt)
                continue
            uit = rolweergave(rol, tabel, naam=naam, wie=wie[rol], hulptabellen=echt)
            toegang = info.toegang[naam]
            assert not set(toegang.verborgen) & set(uit.columns), (rol, naam)
            assert not [k for k in uit.columns if RANGKOLOMMEN.search(k)], (rol, naam)
            if rol == "leerling" and "leerling_id" in uit.columns:
                assert set(uit.leerling_id) <= {leerling}, naam
            if toegang.niveau == "geaggregeerd":
                assert "leerling_id" not in uit.columns, (rol, naam)
                for kolom in ("aantal", "totaal", "aantal_leerlingen"):
                    if kolom in uit.columns:
                        zichtbaar = uit[kolom].dropna()
                        assert ((zichtbaar == 0) | (zichtbaar >= MINIMUM)).all(), (naam, kolom)


@echte_data
def test_echt_leerling_en_leerkracht(echt):
    leerling = echt["resultaten"].leerling_id.iloc[0]
    uit = rolweergave("leerling", "resultaten", wie=leerling, hulptabellen=echt)
    assert set(uit.leerling_id) == {leerling}
    assert len(uit) == (echt["resultaten"].leerling_id == leerling).sum()
    assert uit.klas_band_onder.le(uit.klas_band_boven).all()

    opdrachten = echt["lesopdrachten"]
    for wie in opdrachten.leerkracht_id.drop_duplicates().head(5):
        eigen = set(map(tuple, opdrachten.loc[opdrachten.leerkracht_id == wie,
                                              ["klas", "vak"]].to_numpy()))
        res = rolweergave("leerkracht", echt["resultaten"], naam="resultaten", wie=wie,
                          hulptabellen=echt)
        assert set(map(tuple, res[["klas", "vak"]].to_numpy())) <= eigen
        beg = rolweergave("leerkracht", echt["begeleiding"], naam="begeleiding", wie=wie,
                          hulptabellen=echt)
        assert set(beg.vak) <= {v for _, v in eigen}


@echte_data
def test_echt_attesten_per_klas_niet_terug_te_rekenen(echt):
    attesten = echt["attesten"]
    attesten = attesten[attesten.schooljaar == attesten.schooljaar.max()]
    uit = aandelen_met_onderdrukking(attesten, "klas", "attest")
    # per klas: nooit precies één verborgen cel; verborgen cellen samen ≥ minimum of alles weg
    echte = (attesten.groupby(["klas", "attest"]).size()
             .reindex(pd.MultiIndex.from_frame(uit[["klas", "attest"]]), fill_value=0))
    uit = uit.assign(echt=echte.to_numpy())
    for groepkolom in ("klas", "attest"):
        for _, groep in uit.groupby(groepkolom):
            verborgen = groep[groep.onderdrukt]
            if len(verborgen) and len(verborgen) < len(groep):
                assert len(verborgen) >= 2
                assert verborgen.echt.sum() >= MINIMUM
    # lineair: geen verborgen cel volgt uit de totalen per klas en per attest
    assert pv.onderdrukking._bepaalde_cellen(pv.onderdrukking._groepen(uit, [["klas"], ["attest"]]),
                               uit.onderdrukt.to_numpy()) == []
    # brute kracht op een deel (vijf klassen), met hun eigen totalen
    deel = uit[uit.klas.isin(uit.klas.drop_duplicates().head(5))].reset_index(drop=True)
    deel_uit = onderdruk_kleine_cellen(deel[["klas", "attest", "echt"]], "echt",
                                       totalen_per=["klas", "attest"])
    assert terug_te_rekenen(deel.echt.to_numpy(), deel_uit.onderdrukt.to_numpy(),
                            _groepen(deel, [["klas"], ["attest"]])) == []
