"""Verzonnen namen voor de cursusschool.

Voornamen en familienamen worden willekeurig en los van elkaar gecombineerd, en los van elk
kenmerk van de leerling (thuistaal, resultaten): een naam zegt in deze data niets over iemand.
"""

from __future__ import annotations

import numpy as np

__all__ = ["VOORNAMEN_M", "VOORNAMEN_V", "FAMILIENAMEN", "kies_namen"]

VOORNAMEN_M = (
    "Arne", "Bram", "Cas", "Daan", "Elias", "Finn", "Gust", "Hamza", "Ilias", "Jef", "Jules",
    "Kobe", "Lars", "Lowie", "Louis", "Lucas", "Maarten", "Mathis", "Milan", "Mohamed", "Nathan",
    "Noah", "Oscar", "Pieter", "Quinten", "Rayan", "Robbe", "Ruben", "Seppe", "Siebe", "Stan",
    "Thibo", "Tibo", "Tuur", "Vic", "Warre", "Wout", "Xander", "Yusuf", "Zakaria", "Adam",
    "Bilal", "Cedric", "Dries", "Emiel", "Ferre", "Gilles", "Hannes", "Ibrahim", "Jonas",
    "Kasper", "Lander", "Mauro", "Nand", "Olivier", "Rune", "Senne", "Viktor"
)
VOORNAMEN_V = (
    "Amber", "Anna", "Aya", "Bo", "Charlotte", "Dina", "Elise", "Emma", "Fien", "Febe", "Hanne",
    "Hind", "Ines", "Jana", "Julie", "Kato", "Lena", "Lien", "Lotte", "Luna", "Marie", "Mila",
    "Nina", "Noor", "Olivia", "Paulien", "Rania", "Roos", "Sara", "Selin", "Stien", "Tess",
    "Vera", "Yasmina", "Zoë", "Alice", "Amira", "Britt", "Camille", "Eline", "Fleur", "Helena",
    "Imane", "Jade", "Kiara", "Lisa", "Lore", "Margot", "Nora", "Oona", "Renée", "Silke", "Tine",
    "Valerie", "Wiebke", "Yara", "Zita", "Maya", "Lina", "Hajar"
)
FAMILIENAMEN = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smet", "Dubois", "Hermans", "Aerts", "Michiels", "Desmet", "Lambrechts", "Verhoeven",
    "Vermeulen", "Van Damme", "Pauwels", "Martens", "Declercq", "Verstraete", "Smets", "Segers",
    "Bosmans", "Coppens", "De Backer", "Cools", "Vandenberghe", "Hendrickx", "Van den Broeck",
    "Leclercq", "Stevens", "Dewulf", "Verbruggen", "Wuyts", "Thys", "Lemmens", "Vervoort",
    "Claessens", "El Amrani", "Yilmaz", "Kowalski", "Nowak", "Benali", "Demir", "Bouzid", "Haddou",
    "Nguyen", "Diallo", "Popescu", "Kaya", "Van Hoeck", "Geerts", "Vanhove", "Raes", "Baert",
    "Moens", "Van Acker", "Verlinden", "Bogaerts", "De Wilde", "Mahieu", "Sels", "Van Looy",
    "Huysmans", "Vercammen", "Nijs", "Verheyen", "Beckers", "Daems", "Lenaerts", "Buyse", "Tack",
    "Staes"
)


def kies_namen(rng: np.random.Generator, geslachten: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Kies voor elk geslacht (M, V of X) een verzonnen voornaam en familienaam.

    >>> rng = np.random.default_rng(1)
    >>> voornamen, familienamen = kies_namen(rng, np.array(["M", "V", "X"]))
    >>> len(voornamen), len(familienamen)
    (3, 3)
    """
    m = rng.choice(VOORNAMEN_M, size=len(geslachten))
    v = rng.choice(VOORNAMEN_V, size=len(geslachten))
    x = np.where(rng.random(len(geslachten)) < 0.5, m, v)
    voornamen = np.where(geslachten == "M", m, np.where(geslachten == "V", v, x))
    familienamen = rng.choice(FAMILIENAMEN, size=len(geslachten))
    return voornamen, familienamen
