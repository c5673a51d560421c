"""Het verslag van een import: de foutmelding `ImportFout`, `Importverslag` en `importoverzicht`.

Ook de grenzen die elke import bewaakt (grootte van een cel en een bestand) staan hier.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

SOORTEN = {
    "punten": "resultaten",
    "afwezigheden": "afwezigheden",
    "leerlingen": "leerlingen",
    "activiteit": "platformactiviteit",
    "begeleiding": "begeleiding",
}

#: Cellen langer dan dit worden niet ingelezen (de rij komt in het rapport).
MAX_CEL = 1000
#: Bestanden groter dan dit (in bytes) worden geweigerd.
MAX_BESTAND = 300_000_000
#: In zoveel eerste rijen zoeken we de kopregel.
KOPREGEL_ZOEKEN = 30
#: Wat in een rapport staat in plaats van een persoonsgegeven.
VERBORGEN = "(persoonsgegeven, verborgen)"

# ---------------------------------------------------------------------------------------------
# Fouten en verslag
# ---------------------------------------------------------------------------------------------


class ImportFout(ValueError):
    """Een export kan niet ingelezen worden. De melding zegt waar (bestand, rij, kolom) en wat
    je eraan kunt doen."""

    __module__ = "schooldata_lit.importeren"  # zo heet ze in een foutmelding

    def __init__(self, bericht: str, *, bestand: str | None = None, rij: int | None = None,
                 kolom: str | None = None) -> None:
        self.bestand, self.rij, self.kolom = bestand, rij, kolom
        waar = []
        if bestand:
            waar.append(f"bestand {bestand}")
        if rij is not None:
            waar.append(f"rij {rij}")
        if kolom:
            waar.append(f"kolom {kolom!r}")
        super().__init__((f"Fout in {', '.join(waar)}: " if waar else "") + bericht)


@dataclass
class Importverslag:
    """Wat `importeer` deed: de ingelezen tabel, het rapport van afgewezen rijen en het
    conversielogboek. Print het verslag voor een samenvatting in woorden."""

    bestand: str
    soort: str
    tabelnaam: str
    schooljaar: str
    gelezen: int
    tabel: pd.DataFrame
    afgewezen: pd.DataFrame
    conversies: pd.DataFrame
    geschreven: list[str] = field(default_factory=list)
    #: rijen die ingelezen zijn, maar met een veld dat niet klopte (dat veld bleef leeg)
    waarschuwingen: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        columns=["bestand", "rij", "kolom", "waarde", "reden", "oplossing"]))
    #: alle rijen afgewezen: de bestaande tabel in de uitvoermap is niet vervangen
    niet_vervangen: bool = False

    @property
    def aanvaard(self) -> int:
        """Aantal rijen in de ingelezen tabel."""
        return len(self.tabel)

    @property
    def afgewezen_rijen(self) -> int:
        """Aantal afgewezen rijen (een rij kan meer dan één reden hebben)."""
        if not len(self.afgewezen):
            return 0
        if "evaluatie" in self.afgewezen:  # puntenboek: meer evaluaties per rij
            return len(self.afgewezen[["rij", "evaluatie"]].drop_duplicates())
        return int(self.afgewezen["rij"].nunique())

    def samenvatting(self) -> str:
        """Het verslag in enkele zinnen."""
        regels = [
            f"Export {self.bestand} ({self.soort}, tabel {self.tabelnaam}, schooljaar "
            f"{self.schooljaar}):",
            f"- gelezen: {self.gelezen} rijen",
            f"- aanvaard: {self.aanvaard} rijen",
            f"- afgewezen: {self.afgewezen_rijen} rijen "
            f"({len(self.afgewezen)} meldingen in het rapport)",
            f"- omzettingen in het conversielogboek: {len(self.conversies)} soorten",
        ]
        if len(self.waarschuwingen):
            regels.append(f"- waarschuwingen: {self.waarschuwingen['rij'].nunique()} rijen "
                          "ingelezen met een veld dat niet klopte (dat veld bleef leeg)")
        if self.geschreven:
            regels.append(f"- geschreven: {', '.join(self.geschreven)}")
        if self.niet_vervangen:
            regels.append(f"- alle rijen afgewezen: de bestaande tabel {self.tabelnaam}.csv "
                          "is NIET vervangen")
        if self.afgewezen_rijen:
            regels.append("Kijk het rapport met afgewezen rijen na: elke rij zegt wat er mis is "
                          "en hoe je het oplost.")
        return "\n".join(regels)

    def __str__(self) -> str:
        return self.samenvatting()

    def __repr__(self) -> str:
        return (f"Importverslag({self.bestand!r}, gelezen={self.gelezen}, "
                f"aanvaard={self.aanvaard}, afgewezen={self.afgewezen_rijen})")


def importoverzicht(verslagen: Iterable[Importverslag]) -> pd.DataFrame:
    """Eén rij per import: export, tabel, gelezen, aanvaard en afgewezen rijen.

    >>> leeg = pd.DataFrame({"rij": []})
    >>> v = Importverslag("punten.csv", "punten", "resultaten", "2025-2026", 0,
    ...                   pd.DataFrame(), leeg, pd.DataFrame())
    >>> importoverzicht([v])
           export       tabel  gelezen  aanvaard  afgewezen
    0  punten.csv  resultaten        0         0          0
    """
    return pd.DataFrame([{"export": v.bestand, "tabel": v.tabelnaam, "gelezen": v.gelezen,
                          "aanvaard": v.aanvaard, "afgewezen": v.afgewezen_rijen}
                         for v in verslagen],
                        columns=["export", "tabel", "gelezen", "aanvaard", "afgewezen"])
