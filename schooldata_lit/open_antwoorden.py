"""Open antwoorden thematisch coderen: een codeboek met trefwoorden, tellingen en citaten.

Een eenvoudige, doorzichtige manier van kwalitatieve analyse: je maakt een **codeboek** met
thema's en per thema enkele trefwoorden. Een antwoord krijgt elk thema waarvan een trefwoord
erin voorkomt (een antwoord kan dus meerdere thema's hebben). Antwoorden zonder thema heten
"niet gecodeerd" en lege antwoorden "geen antwoord": ze vallen nooit weg, want net daar zitten
vaak de verrassingen. Lees ze dus altijd, en pas je codeboek aan.

Trefwoorden werken als het begin van een woord: ``overzicht`` vindt ook "overzichtelijk",
``priv`` vindt "privé" en "prive". Hoofdletters en accenten spelen geen rol.

Als data gebruiken we de echte antwoorden op de open vraag uit de bachelorproef over
Smartschool Analytics (bijlage 2), letterlijk overgenomen, met taalfouten en al. Het
standaardcodeboek volgt de vijf thema's die de onderzoeker in de antwoorden van de leerlingen
vond; `CODEBOEK_LEERKRACHTEN` volgt de meerwaarden en gevaren die de leerkrachten noemden.

>>> gecodeerd = codeer_antwoorden(["Privacy!", "Niet te moeilijke grafieken", "niks"])
>>> list(gecodeerd["themas"])
['privacy', 'duidelijkheid', 'niet gecodeerd']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

import pandas as pd
import plotly.graph_objects as go

from .kern.bronnen import BRONVERMELDING
from .kern.lui import lui_doorverwijzen
from .stijl import GRIJS, OKABE_ITO, breek_af, pas_stijl_toe
from .toegankelijk import Opsomming

__all__ = [
    "OPEN_ANTWOORDEN_LEERLINGEN",
    "OPEN_ANTWOORDEN_LEERKRACHTEN",
    "STANDAARD_CODEBOEK",
    "CODEBOEK_LEERKRACHTEN",
    "NIET_GECODEERD",
    "GEEN_ANTWOORD",
    "open_antwoorden_bron",
    "lees_codeboek",
    "codeboek_als_tekst",
    "codeer_antwoorden",
    "telling_per_thema",
    "citaten_per_thema",
    "niet_gecodeerd",
    "themagrafiek",
]

NIET_GECODEERD = "niet gecodeerd"
GEEN_ANTWOORD = "geen antwoord"
_SCHEIDING = " + "

# Bijlage 2 van de bron: alle antwoorden op de open vraag, letterlijk (met taalfouten).
OPEN_ANTWOORDEN_LEERLINGEN = (
    'Privacy en geen bekendmaking van de punten.',
    'Het moet een duidelijk systeem zijn anders kan het moeilijk te begrijpen zijn.',
    'Dat mijn ouders geen meldingen kunnen krijgen.',
    'Dat het prive gehouden wordt en niet gedeeld wordt.',
    'dat ze het voor zichzelf houden',
    'Dat ze alle gegevens privé houden',
    'Dat je een beter zicht hebt op je evolutie van je resultaten.',
    'Het moet geen invloed hebben op hoe leerkrachten je als persoon gaan bekijken.',
    'Dat klasgemiddelde wordt getoond naast je eigenlijke progressie',
    'Het mag de kijk op een leerling niet beinvloeden',
    'Weet ik niet',
    'dat je kunt zien of je het goed doet',
    'dat alleen de leerlingen de grafiek kan zien en niet de ouders of leerkrachten',
    'Om mijn punten te kunnen opvolgen.',
    'Dat het gebruikt wordt waarvoor het dient.',
    'Dat ze niet naar de punten alleen kijken maar ook naar je gedrag.',
    ('Dat als ze het gaan gebruiken er ook iets mee moeten doen en niet er gewoon naar kijken '
     'en er niet met de leerling zelf over praten.'),
    'Dat het overzichtelijk is.',
    ('Dat het juist gebruikt word door de leerkrachten en dat er geen misbruik van word '
     'gemaakt en dat de grafieken er niet te moeilijk uitzien'),
    'overzicht van punten',
    'overzicht van punten',
    'Dat er niet te persoonlijke data gedeeld wordt.',
    'Dat je een goed overzicht krijgt',
    'goed,omdat je al op tijd kan zien of je punten goed zijn af een tandje moet bijsteken.',
    'Zodat je kunt zien voor welk vak je iets moet doen',
    'Dat je kunt zien voor welk vak je meer moet doen',
    'neutraal.',
    'IK vind het belangrijk dat de info niet word misbruikt',
    'ik vind het wel een beetje vervelend dat smartschool veranderd word.',
    'Dat je duidelijk kunt zien hoe je punten zijn en dat je op tijd kunt ingrijpen',
    'dat e juist mee omgegaan wordt',
    'dat het een stijgende lijn moet zijn',
    'overzicht',
    'niet te moeilijke grafieke',
    ('Niks, ik vind dat het enkel stress oplevert omdat je bijvoorbeeld een daling hebt en dan'
     ' lijkt het meteen alsof je heel slecht bezig bent.'),
    'Privacy',
    'niks',
    'Niet te moeilijke grafieken',
    'privacy',
    'Dat het enkel voor begeleiding en hulp wordt gebruikt',
    'overzicht',
    'dat het prive blijft',
    'niks',
    'punten',
    ('Dat er ook nog naar de mening van de leerling wordt geluisterd. Ik denk dat met een '
     'analysetool zoals dit, niet meer naar mijn mening wordt geluisterd en puur naar de data '
     'wordt gekeken.'),
    'Dat de gegevens van leerlingen juist zullen gebruikt worden.',
    'dat er naar elke leerling apart word gekeken en naar zijn/haar capaciteiten',
    'vertrouwbaar',
    'punten in grafieken zien',
)
OPEN_ANTWOORDEN_LEERKRACHTEN = (
    ('Bij de koeien werkt dit prima, daling in melkproductie wijst altijd op een onderliggend '
     'probleem.'),
    'opvolging',
    ('Voor mij zou het op de eerste plaats een tool zijn om de lat op de juiste hoogte te '
     'kunnen leggen voor alle evaluatiemomenten. En daarnaast een beeld krijgen welke '
     'leerstofonderdelen als moeilijk ervaren worden. En mezelf vergelijken met andere '
     "vakcollega's op vlak van aantal en type evaluaties."),
    'de concretere opvolging van leerlingen',
    ('Sneller detecteren van demotivatie en problemen betreffende resultaten en aanwezigheid, '
     'gedrag. Het gevaar ligt er volgens mij in dat verschillende leerkrachten een andere '
     'interpretatie hebben en van wie gaat de boodschap aan leerling/ouders brengen.'),
    ('Ik denk dat de kans bestaat dat er over de leerling zelf en zijn/haar noden heen wordt '
     'gekeken en dat de cijfertjes de basis zullen vormen.'),
    'Sneller opmerken van moeilijke situaties bij leerlingen. ( Resultaten, gedrag, aanwezigheid)',
    ('Ik denk dat het gevaar er in kan zitten dat er te veel gekeken kan worden naar de '
     'punten, zonder de context en omgeving van de leerlingen in gedachten te houden.'),
    ('Meerwaarde: 1) Als klastitularis de punten van de leerlingen gemakkelijker in kaart '
     'kunnen brengen om hun rapport duidelijk te kunnen onderbouwen in een gesprek met de '
     'ouders. 2) 1B: Afwezigheid in de gaten kunnen houden en dit spiegelen op de punten. 3) '
     '1B: Regelmatig gebruik van Smartschool in de gaten houden. Bekijken ze de planner wel '
     'voldoende? Gevaar: /'),
    'Te zeer focussen op data en niet op hoe het kind zich voelt.',
    ('Ik zou het waardevol vinden om trends (zoals dalende punten of afnemende aanwezigheid) '
     'automatisch in beeld te krijgen.'),
    'meerwaarde',
    ('Hierbij zie ik de meerwaarde in dat we zaken sneller zullen opmerken en kunnen opvolgen.'
     ' Anders, als nadeel, kunnen kleinigheden misschien te snel uitvergroot worden (bv. eens '
     'slechtere punten) waarbij er onnodig ingegrepen word.'),
)

#: De vijf thema's uit de antwoorden van de leerlingen (bron, 4.1.2), met trefwoorden.
STANDAARD_CODEBOEK: dict[str, list[str]] = {
    "privacy": ["privacy", "priv", "gedeeld", "delen", "voor zichzelf", "ouders", "misbruik",
                "bekendmaking", "persoonlijk"],
    "duidelijkheid": ["duidelijk", "overzicht", "begrijp", "moeilijk", "eenvoudig",
                      "gemakkelijk"],
    "doelgericht gebruik": ["opvolg", "begeleid", "hulp", "ingrijpen", "vak", "evolutie",
                            "progressie", "iets mee", "waarvoor", "juist", "bijsteken",
                            "goed doet"],
    "individuele aanpak en inspraak": ["mening", "luister", "inspraak", "meebeslis",
                                       "elke leerling", "apart", "capaciteit", "vergelek",
                                       "vergelijk", "als persoon", "kijk op", "gedrag"],
    "stress versus motivatie": ["stress", "motiv", "demotiv", "druk", "daling",
                                "slecht bezig", "stijgende"],
}
#: Meerwaarden en gevaren uit de antwoorden van de leerkrachten (bron, 4.2.2).
CODEBOEK_LEERKRACHTEN: dict[str, list[str]] = {
    "snelle detectie": ["sneller", "detect", "opmerken", "trend", "signal", "dal"],
    "opvolging en gesprek": ["opvolg", "in kaart", "onderbouw", "oudercontact", "gesprek",
                             "in de gaten"],
    "inzicht in eigen evaluatie": ["leerstof", "evaluatie", "vakcollega", "lat op"],
    "te veel focus op cijfers": ["cijfer", "context", "noden", "voelt", "focussen op data",
                                 "te veel gekeken", "te zeer"],
    "verschillen in interpretatie": ["interpretatie", "boodschap"],
    "overreactie op een dip": ["uitvergroot", "te snel", "onnodig", "kleinigheden"],
}


def _normaliseer(tekst: str) -> str:
    tekst = unicodedata.normalize("NFKD", str(tekst)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", tekst.lower()).split())


def open_antwoorden_bron(groep: str | None = None) -> pd.DataFrame:
    """De echte antwoorden op de open vraag uit de bron (49 leerlingen, 13 leerkrachten).

    >>> tabel = open_antwoorden_bron()
    >>> tabel.groupby("groep").size().to_dict()
    {'leerkrachten': 13, 'leerlingen': 49}
    >>> open_antwoorden_bron("leerlingen").loc[0, "antwoord"]
    'Privacy en geen bekendmaking van de punten.'
    """
    rijen = [{"groep": g, "nummer": i, "antwoord": a}
             for g, antwoorden in (("leerlingen", OPEN_ANTWOORDEN_LEERLINGEN),
                                   ("leerkrachten", OPEN_ANTWOORDEN_LEERKRACHTEN))
             if groep in (None, g)
             for i, a in enumerate(antwoorden, start=1)]
    if not rijen:
        raise ValueError(f"Onbekende groep {groep!r}: kies 'leerlingen' of 'leerkrachten'.")
    tabel = pd.DataFrame(rijen)
    tabel.attrs["bron"] = BRONVERMELDING["bevraging_analytics"] + " Bijlage 2."
    return tabel


def lees_codeboek(tekst: str) -> dict[str, list[str]]:
    """Zet een codeboek in tekstvorm om: per regel ``thema: trefwoord, trefwoord, ...``.

    Lege regels en regels die met ``#`` beginnen tellen niet mee.

    >>> lees_codeboek('''
    ... privacy: privacy, priv
    ... # een opmerking
    ... stress: stress, druk
    ... ''')
    {'privacy': ['privacy', 'priv'], 'stress': ['stress', 'druk']}
    >>> lees_codeboek("privacy privé")
    Traceback (most recent call last):
    ...
    ValueError: Codeboek, regel 1 ('privacy privé'): er ontbreekt een dubbele punt. ...
    """
    codeboek: dict[str, list[str]] = {}
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        regel = regel.strip()
        if not regel or regel.startswith("#"):
            continue
        if ":" not in regel:
            raise ValueError(f"Codeboek, regel {nummer} ({regel!r}): er ontbreekt een dubbele "
                             "punt. Schrijf zo: thema: trefwoord, trefwoord")
        thema, _, woorden = regel.partition(":")
        thema = thema.strip()
        trefwoorden = [w.strip() for w in woorden.split(",") if w.strip()]
        if not thema:
            raise ValueError(f"Codeboek, regel {nummer} ({regel!r}): de naam van het thema "
                             "ontbreekt voor de dubbele punt.")
        if not trefwoorden:
            raise ValueError(f"Codeboek, regel {nummer}: het thema {thema!r} heeft geen "
                             "trefwoorden. Zet er minstens één achter de dubbele punt.")
        if thema in codeboek:
            raise ValueError(f"Codeboek, regel {nummer}: het thema {thema!r} staat er twee keer "
                             "in. Voeg de trefwoorden samen op één regel.")
        codeboek[thema] = trefwoorden
    if not codeboek:
        raise ValueError("Het codeboek is leeg: schrijf minstens één regel "
                         "'thema: trefwoord, trefwoord'.")
    return codeboek


def codeboek_als_tekst(codeboek: Mapping[str, Iterable[str]] | None = None) -> str:
    """Het codeboek als tekst (één thema per regel), om te tonen of aan te passen.

    >>> print(codeboek_als_tekst({"privacy": ["privacy", "priv"]}))
    privacy: privacy, priv
    """
    codeboek = STANDAARD_CODEBOEK if codeboek is None else codeboek
    return "\n".join(f"{thema}: {', '.join(woorden)}" for thema, woorden in codeboek.items())


def _controleer_codeboek(codeboek: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    if isinstance(codeboek, str):
        codeboek = lees_codeboek(codeboek)
    schoon: dict[str, list[str]] = {}
    for thema, woorden in codeboek.items():
        if thema in (NIET_GECODEERD, GEEN_ANTWOORD) or _SCHEIDING.strip() in thema:
            raise ValueError(f"{thema!r} kan geen naam van een thema zijn (gereserveerd, of "
                             "bevat een '+').")
        if isinstance(woorden, str):
            woorden = [woorden]
        genormaliseerd = [_normaliseer(w) for w in woorden if _normaliseer(w)]
        if not genormaliseerd:
            raise ValueError(f"Het thema {thema!r} heeft geen bruikbare trefwoorden.")
        schoon[str(thema)] = genormaliseerd
    return schoon


def codeer_antwoorden(antwoorden: pd.DataFrame | pd.Series | Iterable[str],
                      codeboek: Mapping[str, Iterable[str]] | str | None = None, *,
                      kolom: str = "antwoord") -> pd.DataFrame:
    """Geef elk antwoord de thema's waarvan een trefwoord erin voorkomt.

    Parameters
    ----------
    antwoorden : een tabel met de kolom `kolom` (bv. `open_antwoorden_bron()`, of ingelezen
        antwoorden met ``kolom="open_vraag"``), een reeks of een lijst teksten.
    codeboek : ``{thema: [trefwoorden]}`` of dezelfde tekst als `lees_codeboek`; standaard
        `STANDAARD_CODEBOEK`.

    Geeft terug
    -----------
    Een kopie van de tabel met twee kolommen erbij: ``themas`` (de thema's, gescheiden door
    " + ", of "niet gecodeerd" / "geen antwoord") en ``trefwoorden`` (welke trefwoorden
    gevonden werden, zodat je elke codering kan nagaan). Er valt geen enkel antwoord weg.

    >>> import pandas as pd
    >>> tabel = pd.DataFrame({"antwoord": ["Dat het privé blijft en overzichtelijk is", None]})
    >>> codeer_antwoorden(tabel)[["themas", "trefwoorden"]].values.tolist()
    [['privacy + duidelijkheid', 'priv, overzicht'], ['geen antwoord', '']]
    >>> list(tabel.columns)  # de invoer blijft ongewijzigd
    ['antwoord']
    """
    if isinstance(antwoorden, pd.DataFrame):
        if kolom not in antwoorden.columns:
            raise ValueError(f"De kolom {kolom!r} ontbreekt; aanwezige kolommen: "
                             f"{', '.join(map(str, antwoorden.columns))}. Geef de kolom met de "
                             "antwoorden via kolom=... (bv. kolom='open_vraag').")
        tabel = antwoorden.copy()
    else:
        tabel = pd.DataFrame({kolom: list(antwoorden)})
    boek = _controleer_codeboek(STANDAARD_CODEBOEK if codeboek is None else codeboek)
    patronen = {thema: [(w, re.compile(r"(?<![a-z0-9])" + re.escape(w))) for w in woorden]
                for thema, woorden in boek.items()}
    themas, gevonden = [], []
    for antwoord in tabel[kolom]:
        if pd.isna(antwoord) or not str(antwoord).strip():
            themas.append(GEEN_ANTWOORD)
            gevonden.append("")
            continue
        tekst = _normaliseer(antwoord)
        treffers = {thema: [w for w, p in lijst if p.search(tekst)]
                    for thema, lijst in patronen.items()}
        treffers = {t: w for t, w in treffers.items() if w}
        themas.append(_SCHEIDING.join(treffers) if treffers else NIET_GECODEERD)
        gevonden.append(", ".join(w for ws in treffers.values() for w in ws))
    tabel["themas"] = themas
    tabel["trefwoorden"] = gevonden
    tabel.attrs["codeboek"] = list(boek)
    tabel.attrs["kolom"] = kolom
    return tabel


def _themas_van(gecodeerd: pd.DataFrame) -> pd.Series:
    if "themas" not in gecodeerd.columns:
        raise ValueError("De kolom 'themas' ontbreekt: codeer de antwoorden eerst met "
                         "codeer_antwoorden(...).")
    return gecodeerd["themas"].str.split(_SCHEIDING, regex=False)


def telling_per_thema(gecodeerd: pd.DataFrame,
                      codeboek: Mapping[str, Iterable[str]] | None = None) -> pd.DataFrame:
    """Hoeveel antwoorden per thema, met het aandeel van alle antwoorden.

    Een antwoord kan onder meerdere thema's vallen: de aantallen tellen dus op tot meer dan het
    aantal antwoorden. "niet gecodeerd" en "geen antwoord" staan er altijd onderaan bij.

    >>> gecodeerd = codeer_antwoorden(["privacy", "privé en duidelijk", "niks"])
    >>> telling_per_thema(gecodeerd).head(2).values.tolist()
    [['privacy', 2, 66.7], ['duidelijkheid', 1, 33.3]]
    """
    lijsten = _themas_van(gecodeerd)
    volgorde = (list(codeboek) if codeboek is not None
                else gecodeerd.attrs.get("codeboek") or sorted({t for ts in lijsten for t in ts}
                                                               - {NIET_GECODEERD, GEEN_ANTWOORD}))
    volgorde = [t for t in volgorde if t not in (NIET_GECODEERD, GEEN_ANTWOORD)]
    volgorde += [NIET_GECODEERD, GEEN_ANTWOORD]
    n = len(gecodeerd)
    aantallen = [int(lijsten.map(lambda ts, t=t: t in ts).sum()) for t in volgorde]
    return pd.DataFrame({"thema": volgorde, "antwoorden": aantallen,
                         "aandeel_pct": [round(100 * a / n, 1) if n else 0.0
                                         for a in aantallen]})


class Citaten(pd.DataFrame):
    """Een tabel met citaten die zich volledig en links uitgelijnd toont (geen "…").

    >>> Citaten({"thema": ["privacy"], "citaat": ["Ik wil niet dat iedereen mijn punten ziet"]})
    privacy: “Ik wil niet dat iedereen mijn punten ziet”
    """

    @property
    def _constructor(self) -> type:
        return Citaten

    def __repr__(self) -> str:
        if list(self.columns) != ["thema", "citaat"]:
            return super().__repr__()
        return "\n".join(f"{t}: “{c}”" for t, c in self.itertuples(index=False, name=None))

    def _repr_html_(self) -> str:
        if list(self.columns) != ["thema", "citaat"]:
            return super()._repr_html_()
        import html as _html

        rijen = "".join(
            f'<tr><th scope="row" style="text-align:left;vertical-align:top;'
            f'padding-right:1em">{_html.escape(str(t))}</th>'
            f'<td style="text-align:left;white-space:normal">“{_html.escape(str(c))}”</td></tr>'
            for t, c in self.itertuples(index=False, name=None))
        return ('<table class="sd-citaten"><thead><tr><th scope="col" style="text-align:left">'
                'thema</th><th scope="col" style="text-align:left">citaat</th></tr></thead>'
                f"<tbody>{rijen}</tbody></table>")


def citaten_per_thema(gecodeerd: pd.DataFrame, aantal: int | None = 3) -> pd.DataFrame:
    """Enkele letterlijke citaten per thema (de eerste `aantal`; ``None`` = allemaal).

    Citaten maken een telling concreet. Kies ze in een verslag met zorg: anoniem, en zo dat ze
    niet naar één leerling terug te leiden zijn.

    >>> gecodeerd = codeer_antwoorden(["privacy", "niet te moeilijke grafieken", "niks"])
    >>> for thema, citaat in citaten_per_thema(gecodeerd).values:
    ...     print(f"{thema}: {citaat}")
    privacy: privacy
    duidelijkheid: niet te moeilijke grafieken
    niet gecodeerd: niks
    """
    kolom = gecodeerd.attrs.get("kolom", "antwoord")
    lijsten = _themas_van(gecodeerd)
    volgorde = list(telling_per_thema(gecodeerd)["thema"])
    rijen = []
    for thema in volgorde:
        if thema == GEEN_ANTWOORD:
            continue
        teksten = gecodeerd.loc[lijsten.map(lambda ts, t=thema: t in ts), kolom]
        if aantal is not None:
            teksten = teksten.head(aantal)
        rijen += [{"thema": thema, "citaat": str(t)} for t in teksten]
    return Citaten(pd.DataFrame(rijen, columns=["thema", "citaat"]))


def niet_gecodeerd(gecodeerd: pd.DataFrame) -> Opsomming:
    """Alle antwoorden zonder thema: lees ze, en vul je codeboek aan waar nodig.

    Een gewone lijst, die zich in een notebook toont als een opsomming van de volledige
    antwoorden (zonder haakjes en aanhalingstekens; zie `toegankelijk.Opsomming`).

    >>> niet_gecodeerd(codeer_antwoorden(["privacy", "weet ik niet"]))
    ['weet ik niet']
    """
    kolom = gecodeerd.attrs.get("kolom", "antwoord")
    return Opsomming(
        str(t) for t in gecodeerd.loc[gecodeerd["themas"] == NIET_GECODEERD, kolom])


def themagrafiek(telling: pd.DataFrame, titel: str = "Thema's in de open antwoorden"
                 ) -> go.Figure:
    """Liggende staven: het aantal antwoorden per thema (niet gecodeerd in het grijs).

    >>> fig = themagrafiek(telling_per_thema(codeer_antwoorden(["privacy", "niks"])))
    >>> list(fig.data[0].y)[-1]
    'privacy'
    """
    deel = telling[telling["thema"] != GEEN_ANTWOORD]
    # van veel naar weinig (bovenaan het meest genoemde thema); 'niet gecodeerd' altijd onderaan
    deel = deel.assign(_rest=deel["thema"] == NIET_GECODEERD).sort_values(
        ["_rest", "antwoorden"], ascending=[True, False], kind="stable").iloc[::-1]
    kleuren = [GRIJS if t == NIET_GECODEERD else OKABE_ITO["blauw"] for t in deel["thema"]]
    fig = go.Figure(go.Bar(x=deel["antwoorden"], y=[breek_af(t, 30) for t in deel["thema"]],
                           orientation="h", marker_color=kleuren, text=deel["antwoorden"],
                           textposition="outside",
                           hovertemplate="%{y}: %{x} antwoorden<extra></extra>"))
    fig.update_xaxes(title_text="Aantal antwoorden (een antwoord kan meerdere thema's hebben)")
    return pas_stijl_toe(fig, titel, hoogte=120 + 45 * len(deel))


#: De widgets staan in `schooldata_lit.schermen.open_antwoorden` (ipywidgets);
#: ze laden pas bij gebruik.
__getattr__ = lui_doorverwijzen(__name__, ".schermen.open_antwoorden", ["codeboek_widget"])
