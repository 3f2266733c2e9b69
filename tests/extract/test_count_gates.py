"""The cheap tests in front of the count readers' patterns change nothing: each reader gives what it gives with
its gate taken away, on the sample articles and on sentences made to hit every rule."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factcheck.extract.claims import frames, notcounts, parts
from factcheck.extract.numbers import parse_numbers
from factcheck.extract.scan import holds_any

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
    """``not_a_count`` as it reads without its gates: every pattern tried (where the words or spaces it asks for
    before one are more than the pattern's, as "range", "interval" or "error" before an uncertainty range, or
    the plain spaces of " in ", " by ", " per ", those words are asked for here as well)."""
    n = notcounts
    before, after = text[max(0, start - 40) : start], text[end : end + 24]
    if n._AGE_BEFORE.search(before) or n._AGE_AFTER.match(after):
        return "age"
    if n._older_than(before, raw):
        return "age"
    if n._YOUNGEST_BEFORE.search(before):
        return "age"
    if raw.isdigit() and len(raw) <= 3 and after[:1] in (",", ")", ".", ";"):
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
        if _referenced(before) and n._REFERENCE_BEFORE.search(before):
            return "reference"
        if len(raw) == 4 and _year_before(before) and 1800 <= int(raw) <= 2100 and n._year(after):
            return "year"
    if (after[:2].strip()[:1] in n._DASHES or before[-2:].strip()[-1:] in n._DASHES) and n._score(text, start, end):
        return "score"
    if " in " in after[:5].lower() and n._RATIO.match(after):
        return "ratio"
    if before.lower().endswith("in ") and n._RATIO_BEFORE.search(before):
        return "ratio"
    if before.lower().endswith(" of ") and n._FAMILY_BEFORE.search(before):
        return "family"
    if before.lower().endswith(" of ") and n._PERSON_OF.search(before):
        return "age"
    if (" by " in after[:5].lower() and n._BY_ONE.match(after)) or (
        " by " in before[-5:].lower() and n._ONE_BY.search(before)
    ):
        return "manner"
    if before.lower().endswith((" per ", " for every ")):
        return "rate"
    if (" per " in after.lower() or " every " in after.lower()) and n._PER_FIGURE_AFTER.match(text, end):
        return "rate"
    if holds_any(before.lower(), ("range", "interval", "error")) and n._INTERVAL_BEFORE.search(before):
        return "interval"
    if n._SOURCES_BEFORE.search(before):
        return "sources"
    if raw[:1].isdigit() and before[-1:] == " " and before[-2:-1].isalpha() and n._designator(before):
        return "name"
    return None


def _referenced(before: str) -> bool:
    """The words a reference number needs before it: "incident 69" alone is none ("incident number 69" is)."""
    low = before.lower()
    return "ref" in low or "number" in low or "case" in low


def _year_before(before: str) -> bool:
    return f" {before.lower()}".endswith(notcounts._YEAR_AFTER_WORDS)


def test_not_a_count_is_its_plain_reading() -> None:
    figures = _figures()
    assert len(figures) > 50
    for text, start, end, raw in figures:
        assert notcounts.not_a_count(text, start, end, raw) == _plain_not_a_count(text, start, end, raw), text[
            start:end
        ]


# words the rules key on, and others around them, written as news copy and otherwise ("İs", "ſome": letters that
# re.IGNORECASE reads as "i" and "s" but lower() does not)
_WORDS = (
    *("age", "aged", "Ages", "between", "of", "OF", "and", "to", "or", "over", "Under", "above", "below", "than"),
    *("older", "youngest", "oldest", "victim", "is", "was", "were", "are", "just", "only", "people", "children"),
    *("call", "CALL", "free", "on", "helpline", "line", "number", "tel.", "contact", "us", "reference", "ref.", "no."),
    *("case", "incident", "in", "since", "from", "during", "circa", "one", "a", "two", "three", "seven", "train"),
    *("father", "family", "man", "woman", "by", "per", "for", "every", "uncertainty", "range", "margin", "error"),
    *("plus", "minus", "interviews", "with", "spoke", "surveyed", "according", "more", "about", "at", "least"),
    *("Line", "Flight", "IC", "R", "A", "Category", "Lee", "Omar", "Berg", "(aged", "hangover", "caged", "-", "\u2013"),
    *("3-2", "won", "lost", "years", "old", "-year-old", "-month-old", "calls", "GMT", "h", "hrs", ":40", ".40"),
    *("pm", "local", "time", "100,000", "deaths", "homes", "killed", "the", "said", "\u0130s", "\u0131s", "\u017fome"),
    *("one in", "in seven", "a father of", "a man of", "one by", "by one", "uncertainty range of", "per 100,000"),
)
_SEPARATORS = (" ", " ", " ", "  ", "\n", "\t", "\xa0", ", ", "", "-", ":", ".", "(", ")", ";", ". ", ") ")
_FIGURES = ("12", "69", "2008", "0800", "116 123", "911", "3", "over 80", "Under 5", "two", "about 80", "1999", "120")


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randrange(0, n)))


@pytest.mark.parametrize("seed", range(3))
def test_not_a_count_is_its_plain_reading_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    reasons = set()
    for _ in range(20000):
        before, raw, after = _random_text(rng, 9), rng.choice(_FIGURES), rng.choice(_SEPARATORS) + _random_text(rng, 5)
        text = before + raw + after
        why = notcounts.not_a_count(text, len(before), len(before) + len(raw), raw)
        assert why == _plain_not_a_count(text, len(before), len(before) + len(raw), raw), (text, raw)
        reasons.add(why)
    assert len(reasons) == 14  # the texts do reach the rules


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
