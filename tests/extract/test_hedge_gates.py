"""The quick tests in front of the number parser's hedge readers turn nothing away: ``_hedge_before`` finds what it
finds trying every hedge length, and the postfix pattern is tried wherever it matches. Held on random texts of
hedge words, other words and awkward characters (fixed seeds)."""

from __future__ import annotations

import random

import pytest

from factcheck.extract.numbers import parse
from factcheck.extract.numbers.runs import word_before

_WORDS = (
    *("more", "than", "less", "fewer", "at", "least", "up", "to", "rose", "close", "just", "over", "under", "of"),
    *("in", "excess", "the", "region", "a", "minimum", "maximum", "or", "equal", "greater", "as", "many", "some"),
    *("about", "how", "almost", "nearly", "shy", "not", "quite", "no", "well", "AT", "Least", "TO", "Up", "('up"),
    *('"more', "“about", "(at", "‘up", "more)", "'than", "plus", "Plus", "and", "above", "below", "lower", "or"),
    *(">", "<", "=", "<=", ">=", "<>", "=>", "\u0130", "\u0131", "\u017f", "\u212a", "people", "12", "five", "x"),
)
_SEPARATORS = (" ", "  ", "\n", "\t", "\xa0", ", ", "", "-", ".", "\u2003")


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randrange(0, n)))


def _every_length(text: str, start: int) -> tuple[str, int] | None:
    """``parse._hedge_before`` as it read before its quick test: each length of hedge tried, longest first."""
    if not start:
        return None
    prev = text[start - 1]
    if prev not in parse._SYMBOLS and not prev.isspace():
        return None
    window = text[start - 40 if start > 40 else 0 : start]
    stripped = window.rstrip()
    if stripped[-1:] in parse._SYMBOLS:
        for symbol, q in parse._SYMBOL_HEDGES:
            if stripped.endswith(symbol):
                if stripped[-len(symbol) - 1 : -len(symbol)] in ("<", ">", "="):
                    return None
                return q, start - (len(window) - len(stripped)) - len(symbol)
    if len(stripped) == len(window) or not stripped:
        return None
    lengths = parse._hedge_lengths().get(stripped.rsplit(None, 1)[-1].lstrip("([\"'“‘").lower())
    if lengths is None:
        return None
    tokens = stripped.split()
    lookup = parse._prefix_lookup()
    for k in lengths:
        if k > len(tokens):
            continue
        lead = tokens[-k].lstrip("([\"'“‘")
        phrase = " ".join([lead, *tokens[len(tokens) - k + 1 :]]).lower()
        if phrase in lookup:
            lead_end = len(stripped)
            for tok in reversed(tokens[len(tokens) - k + 1 :]):
                lead_end = len(stripped[: lead_end - len(tok)].rstrip())
            hstart = start - len(window) + lead_end - len(lead)
            not_after = parse._hedges()["exceptions"]["hedge_not_after_word"].get(phrase)
            if not_after and word_before(text, hstart) in not_after:
                return None
            return lookup[phrase], hstart
    return None


@pytest.mark.parametrize("seed", range(4))
def test_hedge_before_finds_what_every_length_finds(seed: int) -> None:
    rng = random.Random(seed)
    found = 0
    for _ in range(6000):
        text = _text(rng, 9) + rng.choice(("", " ")) + "12"
        start = len(text) - 2
        expected = _every_length(text, start)
        assert parse._hedge_before(text, start) == expected, text
        found += expected is not None and expected[0] != "about"
    assert found > 100  # hedges of several words among them


def test_no_hedge_word_starts_with_a_quote_or_a_bracket() -> None:
    assert not [p for p in parse._prefix_lookup() if any(w[0] in "([\"'“‘" for w in p.split())]


@pytest.mark.parametrize("seed", range(4))
def test_the_postfix_pattern_is_tried_wherever_it_matches(seed: int) -> None:
    rng = random.Random(seed)
    matched = 0
    for _ in range(5000):
        text = "12" + rng.choice(_SEPARATORS) + _text(rng, 4)
        if parse._postfix_pattern().match(text, 2):
            matched += 1
            assert text[2:22].lstrip()[:2].lower() in parse._postfix_heads(), text
    assert matched > 50
