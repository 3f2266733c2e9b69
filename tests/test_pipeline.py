"""The whole pipeline on short hand-written article sets: what an editor would line up, and what not."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from factcheck.model import Claim, Count
from factcheck.pipeline import Shared, parts, run, stream
from factcheck.report.json_out import claim_rest


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


def _claim(n: int, value: object, **given: object) -> Claim:
    fields: dict[str, object] = {f.name: f"{f.name}-value" for f in dataclasses.fields(Claim)}
    fields.update(value=value, start=n, end=n + 1, **given)
    return Claim(**fields)  # type: ignore[arg-type]


def test_a_shared_claim_is_the_renamed_claim() -> None:
    claim = _claim(3, Count(nominal=5, low=4, high=6, qualifier="about", unit="troop"))
    assert Shared().claim(claim, "c7", "other") == claim.renamed(id="c7", document="other")


def test_sharing_keeps_one_object_per_value_but_never_mixes_int_and_float() -> None:
    shared = Shared()
    a, b, c = (
        shared.claim(_claim(i, Count(nominal=n, low=n, high=n), text=f"{n} killed"), f"c{i}", "d")
        for i, n in enumerate((7, 7, 7.0))
    )
    assert a.value is b.value and a.text is b.text and a.key is b.key
    assert type(c.value.nominal) is float and c.value == a.value and c.value is not a.value  # type: ignore[union-attr]


def test_run_shares_equal_values_across_documents(tmp_path: Path) -> None:
    calm = "Residents stayed at home while the streets of the old town were quiet again. " * 4
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(
            f"Clashes\n\nMarch 3, 2021\n\n{calm}Twelve soldiers were killed on March 2.", "utf-8"
        )
    claims = run([str(tmp_path)]).claims
    firsts = {c.type: c for c in claims if c.document == "a"}
    seconds = {c.type: c for c in claims if c.document == "b"}
    assert firsts.keys() == seconds.keys() and firsts
    assert all(firsts[t].value is seconds[t].value for t in firsts)
    assert all(firsts[t].start is seconds[t].start and firsts[t].end is seconds[t].end for t in firsts)
    assert any(firsts[t].start > 256 for t in firsts), "no offset past the small ints Python keeps once"
    assert all(firsts[t].key is seconds[t].key for t in firsts if firsts[t].key == seconds[t].key)
    assert any(firsts[t].key == seconds[t].key for t in firsts), "no key to check"


def test_parts_name_each_claim_as_stream_renames_it(tmp_path: Path) -> None:
    for name, killed in (("a.txt", "Twelve"), ("sub/a.txt", "Five"), ("b.txt", "No")):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Clashes\n\nMarch 3, 2021\n\n{killed} soldiers were killed on March 2.", "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    streamed = list(stream([str(tmp_path)]))
    named = [
        [c.renamed(id=claim_id, document=doc_id) for c, claim_id, doc_id in part.named()]
        for part in parts([str(tmp_path)])
    ]
    assert named == [list(part.claims) for part in streamed]
    texts = [
        [(rest, claim_id, doc_id) for rest, claim_id, doc_id in part.named_texts()]
        for part in parts([str(tmp_path)], text=True)
    ]
    assert texts == [[(claim_rest(c), c.id, c.document) for c in part.claims] for part in streamed]
    ids = [c.id for part in streamed for c in part.claims]
    assert ids == [f"c{i}" for i in range(1, len(ids) + 1)]
    assert {"a", "sub-a"} <= {c.document for part in streamed for c in part.claims}  # the second a.txt renamed
    assert [e.path for p in streamed for e in p.errors] == [str(tmp_path / "empty.txt")]
