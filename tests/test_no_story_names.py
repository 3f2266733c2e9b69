"""No rule names a story: the sample and development stories' names, places and people appear in no code
or lexicon. (The country table is data: every country is in it, so countries are not listed here.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
STORY_WORDS = [
    "CSTO", "Serdyukov", "Tokayev", "Shoigu", "Putin", "Almaty", "Kassym",  # the seeds
    "Westgate", "Nairobi", "Kenyatta", "Shabaab", "Al-Qaeda",  # development: the mall attack
    "Quito", "Pedernales", "Muisne", "Esmeraldas", "Manabi", "Correa", "Naranjo", "Alcivar",  # the earthquake
    "Beirut", "Aoun", "Diab", "Abboud", "Kettana", "Adib",  # the port explosion
    "Derna", "Mosmari", "Abduljaleel", "Chkiouat", "Kharaz", "Taalas", "Servadei", "Fhakeri",  # the floods
    "Legco", "Carrie Lam", "Jimmy Sham", "Hennessy",  # the marches
    "Kanjuruhan", "Malang", "Arema", "Persebaya", "Afinta", "Widodo", "Aremania", "Prayoga",  # the stadium
    "Barkhane", "Takuba", "Macron", "Ianni", "Goita", "Michon", "Gossi", "Menaka",  # the withdrawal
    "Sewol", "Jindo", "Danwon", "Joon-seok", "Geun-hye", "Incheon", "Byeongpung",  # the ferry
    # stories invented to try the rules on, kept outside the repository: a wildfire, a general strike, an air
    # crash, a mine collapse, a heatwave
    "Harrow Ridge", "Coldbrook", "Pell Creek", "Esterhaven", "Kavenza", "Norvale", "Tallisk", "Kaldora",
    "Kessenrode", "Tessaly", "Harnwick", "Merrovia", "Fennholt", "Valdrenne", "Osterlune", "Drobnjak", "Askvold",
    # and a cyclone, a cholera outbreak, a rail collision, a boat capsizing
    "Casmere", "Sarevan", "Tevanna", "Bessary", "Okunde", "Pellarin", "Ashvari", "Harbourlight", "Tidemark",
    "Lindqvar", "Dravenholm", "Vettra", "Brinmoor", "Tervo", "Keluma", "Saarvik", "Kestrel Wire", "Oskavia",
    "Lorvassia", "Brennick", "Cassendorf", "Orlemund", "Kellmark", "Oskvist", "Varnhus", "Roncker", "Meranthia",
    "Sarvony", "Kastrella", "Ourzan", "Mareline", "Kallaris", "Garavos", "Aardahl", "Marousi",
]  # fmt: skip
FILES = sorted(p for p in PACKAGE.rglob("*") if p.suffix in {".py", ".json"} or p.name.endswith(".txt"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_story_names(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [w for w in STORY_WORDS if re.search(rf"\b{re.escape(w)}\b", text, re.I)]
    assert found == []


def test_the_check_sees_files() -> None:
    assert len(FILES) > 20
