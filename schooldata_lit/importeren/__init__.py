"""Je eigen schooldata inlezen: importeren, valideren en pseudonimiseren aan de deur.

Een datateam wil wat het in de cursus leerde, toepassen op de eigen school. De exports uit het
leerplatform en de leerlingenadministratie zijn zelden proper: puntkomma's, decimale komma's,
Nederlandse kolomnamen, een titel boven de kopregel, een totaalrij, scores als ``14/20``,
``afw`` of ``ziek``. `importeer` leest zo'n export (CSV of Excel ``.xlsx``) en

1. **koppelt** de kolomnamen van je school aan het datamodel van de cursus (zie
   `standaardkoppeling`; aanpassen kan in een klein YAML-bestand, zie `schrijf_koppeling`);
2. **valideert zonder iets te verliezen**: elke rij komt in de ingelezen tabel of in het
   rapport met afgewezen rijen (bestand, rij, kolom, waarde, reden, oplossing); gelezen =
   aanvaard + afgewezen; elke omzetting staat in het conversielogboek;
3. **pseudonimiseert aan de deur**: leerlingnummers en namen van leerkrachten worden vervangen
   door pseudoniemen met de sleutel van de school (`privacy.pseudonimiseer`); namen,
   rijksregisternummers en kolommen die je niet gekoppeld hebt, worden nooit weggeschreven;
4. **schrijft veilig**: alles tegelijk via tijdelijke bestanden die pas op het einde hernoemd
   worden (geen halve uitvoer bij een fout), en tekst die met ``=``, ``+``, ``-`` of ``@``
   begint krijgt een ``'`` ervoor (bescherming tegen CSV-injectie, zoals OWASP aanraadt).

De uitvoermap is een gewone datamap: open ze met ``laad_dataset(naam, map=...)``,
``knipperlichten(map=...)`` of ``stel_datamap_in(...)``. Met `controleer_datamap` zie je wat er
nog ontbreekt; `vul_datamap_aan` maakt de kalender, inschrijvingen en lege tabellen aan zodat de
knipperlichten werken.

De onderdelen, in de volgorde van een import:

* `lezen` — een CSV- of Excelbestand lezen (tekenset, scheidingsteken, werkblad);
* `kolommen` — de kopregel zoeken en kolomnamen en codes koppelen (`standaardkoppeling`);
* `omzetten` — per tabel omzetten en valideren, met `getallen`, `datums` en `tekstwaarden`
  (codes, tekst, pseudoniemen) per soort waarde; `werk` verzamelt de meldingen en het
  conversielogboek, `csvveilig` beschermt tegen CSV-injectie;
* `dubbels` — dubbele en tegenstrijdige rijen;
* `uitvoeren` — `importeer`: alles samen en pseudonimiseren;
* `wegschrijven` — de uitvoer veilig wegschrijven, of bij een bestaande tabel voegen;
* `verslag` — `ImportFout`, `Importverslag` en `importoverzicht`;
* `datamap` — `controleer_datamap` en `vul_datamap_aan`;
* `voorbeeldexport` — rommelige voorbeeldexports om mee te oefenen.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as map_:
...     export = Path(map_) / "leerlingen.csv"
...     _ = export.write_text("Stamboeknr;Naam;Voornaam;Klas\\n1001;Peeters;An;3A\\n"
...                           "1002;Maes;Bo;3A\\n", encoding="cp1252")
...     verslag = importeer(export, "leerlingen", Path(map_) / "uit",
...                         sleutel="demo-sleutel-enkel-voor-de-cursus", schooljaar="2025-2026")
...     print(verslag.gelezen, verslag.aanvaard, verslag.afgewezen_rijen)
...     "Peeters" in (Path(map_) / "uit" / "leerlingen.csv").read_text(encoding="utf-8-sig")
2 2 0
False
"""

from __future__ import annotations

from .csvveilig import maak_csv_veilig
from .datamap import NODIG_VOOR_KNIPPERLICHTEN, controleer_datamap, vul_datamap_aan
from .kolommen import lees_koppeling, schrijf_koppeling, standaardkoppeling
from .uitvoeren import importeer
from .verslag import SOORTEN, ImportFout, Importverslag, importoverzicht

__all__ = [
    "SOORTEN",
    "ImportFout",
    "Importverslag",
    "standaardkoppeling",
    "lees_koppeling",
    "schrijf_koppeling",
    "importeer",
    "importoverzicht",
    "controleer_datamap",
    "vul_datamap_aan",
    "maak_csv_veilig",
    "NODIG_VOOR_KNIPPERLICHTEN",
]
