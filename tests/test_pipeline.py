"""The whole pipeline on short hand-written article sets: what an editor would line up, and what not."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline import run


def findings(tmp_path: Path, articles: dict[str, str]) -> list[tuple[str, str, str, int]]:
    """(type, key, verdict, how many distinct values) of each finding two or more documents speak to."""
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([str(tmp_path)])
    return sorted((f.type, f.key, f.verdict, len(f.values)) for f in result.findings if len(f.documents) > 1)


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        pytest.param(
            {
                "a.txt": "Clashes\n\nMarch 3, 2021\n\nTwelve soldiers were killed in the clashes.",
                "b.txt": "Clashes\n\nMarch 3, 2021\n\nThirty civilians were killed in the clashes.",
            },
            [],
            id="dead-soldiers-and-dead-civilians-are-two-things",
        ),
        pytest.param(
            {
                "a.txt": "Quake\n\nMarch 3, 2021\n\nExactly 146 people died. A 1987 quake killed 1,000 people.",
                "b.txt": "Quake\n\nMarch 5, 2021\n\nMore than 200 people died.",
            },
            [("deaths", "deaths", "contradiction", 2)],
            id="background-toll-stays-out",
        ),
        pytest.param(
            {
                "a.txt": "Force\n\nMarch 3, 2021\n\nTroops from Russia, Belarus, Armenia and Tajikistan arrived.",
                "b.txt": "Force\n\nMarch 3, 2021\n\nTroops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan "
                "arrived.",
            },
            [("participants", "participants", "partial", 2)],
            id="four-countries-inside-five",
        ),
    ],
)
def test_alignment(tmp_path: Path, articles: dict[str, str], expected: list[tuple[str, str, str, int]]) -> None:
    assert findings(tmp_path, articles) == expected
