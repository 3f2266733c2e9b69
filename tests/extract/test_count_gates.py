"""The cheap tests in front of the count readers' patterns change nothing: each reader gives what it gives with
its gate taken away, on the sample articles and on sentences made to hit every rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.extract.claims import frames, notcounts, parts
from factcheck.extract.numbers import parse_numbers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SENTENCES = [
    "Lee, 69, said the 911 calls began at 18:40; they lost 3-2. His son Omar (4) was unhurt.",
    "Among the dead was First Officer Tomas Berg, 29. In Lakeview, 29 died; in New Lakeview, 31.",
    "The victims were aged 3 to 17, and 51 aged 17 or under died. Call 0800 123 4567 or free on 116 123.",
    "Quote reference number 2104. That is one in seven of the 7 million residents; they came one by one.",
    "Roughly one in five homes was lost, and only one train in four ran; 3 in 10 said so.",
    "A 19-year-old and a six-month-old were hurt at 6.15pm; 12 people died in Lakeview and 40 elsewhere.",
    "Country A's 400 troops and Task Force Trident, a joint force, numbers about 600 troops; Spain sent 40 jets.",
    "The force, with some 900 soldiers, has 1,200 of them in Northland. France currently has about 4,300 troops.",
    "Among the dead were 12 foreigners; the missing include three nationals, 100,000 children among them.",
    "The figure had more than doubled, to 40. Officials first said there were 17; their count came to 338,000.",
    "The crush killed 14 people on the spot, 30 in other parts of the country and 9 outside Riverton instantly.",
    "A crash in 2008 killed 62, more than in 1999 homes; 12 deaths per 100,000, one for every 5,000.",
]


def _texts() -> list[str]:
    return [*SENTENCES, *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))]


class _Everything:
    def __contains__(self, _item: object) -> bool:
        return True


def _figures() -> list[tuple[str, int, int, str]]:
    return [(t, m.start, m.end, m.text.replace(",", "")) for t in _texts() for m in parse_numbers(t)]


def _plain_not_a_count(text: str, start: int, end: int, raw: str) -> str | None:
    """``not_a_count`` as it reads without its gates: every pattern tried."""
    n = notcounts
    before, after = text[max(0, start - 40) : start], text[end : end + 24]
    if n._AGE_BEFORE.search(before) or n._AGE_AFTER.match(after):
        return "age"
    if raw.isdigit() and len(raw) <= 3:
        if n._NAME_COMMA_BEFORE.search(before) and n._COMMA_AFTER.match(after) and int(raw) < 120:
            return "age"
        if n._END_AFTER.match(after) and n._FULL_NAME_COMMA_BEFORE.search(before) and int(raw) < 120:
            return "age"
        if n._BRACKET_BEFORE.search(before) and after.startswith(")") and int(raw) < 120:
            return "age"
    if " " in raw and raw.replace(" ", "").isdigit() and n._PHONE_BEFORE.search(before):
        return "phone"
    if raw.isdigit():
        if n._TIME_AFTER.match(after) or (before.endswith(":") and before[-2:-1].isdigit()):
            return "time"
        if len(raw) >= 3 and (raw[0] == "0" or n._PHONE_BEFORE.search(before) or n._PHONE_AFTER.match(after)):
            return "phone"
        if n._DIGIT_GROUP_AFTER.match(after) or n._DIGIT_GROUP_BEFORE.search(before):
            return "phone"
        if n._REFERENCE_BEFORE.search(before):
            return "reference"
        if len(raw) == 4 and _YEAR_BEFORE.search(before) and 1800 <= int(raw) <= 2100 and n._year(after):
            return "year"
    if n._score(text, start, end):
        return "score"
    if n._RATIO.match(after):
        return "ratio"
    if n._RATIO_BEFORE.search(before):
        return "ratio"
    if n._BY_ONE.match(after) or n._ONE_BY.search(before):
        return "manner"
    if re.search(r"\s(?:per|for every) $", before, re.I):
        return "rate"
    if n._PER_FIGURE_AFTER.match(text, end):
        return "rate"
    if n._SOURCES_BEFORE.search(before):
        return "sources"
    return None


_YEAR_BEFORE = re.compile(r"(?:^|\s)(?:in|since|until|till|from|before|after|during|circa) $", re.I)


def test_not_a_count_is_its_plain_reading() -> None:
    figures = _figures()
    assert len(figures) > 50
    for text, start, end, raw in figures:
        assert notcounts.not_a_count(text, start, end, raw) == _plain_not_a_count(text, start, end, raw), text[
            start:end
        ]


def test_place_owner_and_parts_readers_are_their_plain_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    positions = [(t, start, end) for t, start, end, _ in _figures()]

    def read_all() -> list[object]:
        out: list[object] = []
        for text, start, end in positions:
            out.append(frames.place_after(text, end, len(text)))
            out.append(frames.owner_of(text, start, max(0, start - 60), None))
            low = text[:start].lower()
            out.append(bool(parts._AMONG_THE.search(text[:start])) and any(w in low for w in parts._AMONG_THE_WORDS))
            out.append(
                bool(parts._POINTS_BACK.search(text[:start])) and any(w in low for w in parts._POINTS_BACK_WORDS)
            )
        return out

    gated = read_all()
    monkeypatch.setattr(frames, "_PLACE_WORDS", re.compile(""))
    monkeypatch.setattr(frames, "_OWNER_VERB_LAST", _Everything())
    monkeypatch.setattr(parts, "_AMONG_THE_WORDS", ("",))
    monkeypatch.setattr(parts, "_POINTS_BACK_WORDS", ("",))
    assert read_all() == gated
    assert any(x is not None and x is not False for x in gated)  # the sentences do reach the patterns
