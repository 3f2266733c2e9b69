"""``rule_ends.can_end_with`` (``can_start_with``) never says no to a character a match can end (start) with, and the
furniture rules for a line that ends a sentence, or that starts with a given character, find what all the rules find.
Held on random patterns and lines (fixed seeds)."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.documents import furniture
from factcheck.documents.rule_ends import can_end_with, can_start_with

_ATOMS = ("a", "b", ".", ":", r"\.", "[ab.]", "[^a]", "[a-c]", r"\d", r"\D", r"\s", r"\S", r"\w", r"\W", r"\b", "$", "")
_QUANTIFIERS = ("", "", "?", "*", "+", "{0,2}", "{2,}", "??", "+?")
_GROUP_QUANTIFIERS = ("", "?", "{0,2}", "??")  # no "*" or "+" on a group: no runaway backtracking
_ALPHABET = "ab1 .:-_\n"


def _pattern(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randrange(1, 4)):
        if depth < 2 and rng.random() < 0.3:
            inner = "|".join(_pattern(rng, depth + 1) for _ in range(rng.randrange(1, 3)))
            group = rng.choice(("(?:{})", "({})", "(?i:{})", "(?={})")).format(inner)
            parts.append(group + ("" if group.startswith("(?=") else rng.choice(_GROUP_QUANTIFIERS)))
            continue
        atom = rng.choice(_ATOMS)
        quantifier = rng.choice(_QUANTIFIERS) if atom not in (r"\b", "$", "") else ""
        parts.append(atom + quantifier)
    return "".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_a_match_ends_with_a_character_it_is_said_it_can_end_with(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        pattern = _pattern(rng)
        compiled = re.compile(pattern)
        for _ in range(60):
            text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(1, 6)))
            if compiled.fullmatch(text):
                assert can_end_with(pattern, text[-1]), (pattern, text)
                assert can_start_with(pattern, text[0]), (pattern, text)


def test_what_the_rules_cannot_end_with() -> None:
    assert not can_end_with(r"(?:[a-z]+ )?(?:\d+|an?|one) (?:days?|weeks?) ago", ".")
    assert not can_end_with(r"[a-z]{2,4}(?:/[a-z]{2,4})+", "!")
    assert not can_end_with(r"(?:\W+ )?(?:news|publisher): \d+%", "’")
    assert can_end_with(r"[|•]? ?-?\d+ ?°[cf] [a-z][\w .'’-]{1,40}", ".")
    assert can_end_with(r"(?i:x)", ".")  # a case-blind part: in doubt
    assert can_end_with(r"[^a]", "a.") and not can_end_with(r"[^a.]", "a.") and can_end_with(r"x\d", "y3")


_WORDS = (
    *("the", "police", "said", "more from", "next in", "reading time", "read more", "related", "news", "5", "min"),
    *("1.5", "+2.", "ago", "2 days", "printed on", "subscribe to", "advt.", "°c", "top", "ranking", "x/yz", "ab"),
    *("we apologize, but this video has failed to load", "you are viewing an accelerated mobile webpage", "dow"),
)
_ENDS = ("", ".", "!", "?", '"', "'", "”", "’", ":", " ")


@pytest.mark.parametrize("seed", range(4))
def test_the_rules_for_a_sentence_find_what_all_the_rules_find(seed: int) -> None:
    rng = random.Random(seed)
    for floating in (False, True):
        every, sentence = furniture._line_rules(floating, True), furniture._line_rules(floating, True, True)
        for _ in range(3000):
            line = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 5))) + rng.choice(_ENDS)
            if line[-1] not in furniture._SENTENCE_ENDS:
                continue
            expected, got = every.fullmatch(line), sentence.fullmatch(line)
            assert (got and got.lastgroup) == (expected and expected.lastgroup), line


def test_what_the_rules_cannot_start_with() -> None:
    assert not can_start_with(r"(?:\W+ )?(?:news|publisher): \d+%", "t")
    assert can_start_with(r"(?:\W+ )?(?:news|publisher): \d+%", "<") and can_start_with(r"(?:\W+ )?news", "n")
    assert can_start_with(r"(?:[a-z]+ )?(?:\d+|an?) days ago", "5") and not can_start_with(r"\b\d+", "x")
    assert can_start_with(r"(?i:x)", ".")  # a case-blind part: in doubt


_STARTS = ("", "<", "-", "5 ", "| ", "• ", "x/", "ab ", "dow ", "©", "(")


@pytest.mark.parametrize("seed", range(4))
def test_the_rules_for_a_first_character_find_what_all_the_rules_find(seed: int) -> None:
    rng = random.Random(seed)
    for floating in (False, True):
        every = furniture._line_rules(floating, True)
        for _ in range(3000):
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 5)))
            line = rng.choice(_STARTS) + words + rng.choice(_ENDS)
            sentence = line[-1] in furniture._SENTENCE_ENDS
            chosen = furniture._line_rules(floating, True, sentence, line[0])
            expected, got = every.fullmatch(line), chosen.fullmatch(line)
            assert (got and got.lastgroup) == (expected and expected.lastgroup), line
