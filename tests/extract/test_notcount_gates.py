"""The quick tests ``notcounts.not_a_count`` runs before its patterns never turn one away where it matches: each
gated test says what its pattern says. Held on random texts of awkward words and characters (fixed seeds)."""

from __future__ import annotations

import random

import pytest

from factcheck.extract.claims import notcounts

_TOKENS = (
    *("the", "The", "youngest", "OLDEST", "oldest", "victim", "is", "was", "were", "just", "only", "a", "man", "Man"),
    *("woman", "human", "widower", "boy", "of", "OF", "over", "under", "than", "older", "people", "children", "11"),
    *("80", "3-2", "2", "won", "lost", "match", "7-member", "GMT", "gmt", "hrs", "h", "h00", ":40", ".40", "local"),
    *("time", "UTC", "utc", "pm", "\u0130", "\u0131s", "younge\u017ft", "olde\u017ft", "\u212a", "-", "\u2013", "H"),
    *("call", "CALL", "free", "on", "helpl\u0130ne", "l\u0131ne", "tel.", "contact", "us", "father", "HOUSEHOLD"),
    *("househo", "hou\u017fehold", "per\u017fon", "ld", "family", "mum", "below", "ABOVE", "Over", "over80"),
)
_RAWS = ("80", "11", "119", "over 80", "Over 5", "under five", "UNDER 12", "above\n70", "two", "about 80", "overall")
_SEPARATORS = (" ", "  ", "\n", "\t", "\xa0", ", ", "", "-", ":", ".", "\u2003")


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_TOKENS) + rng.choice(_SEPARATORS) for _ in range(rng.randrange(0, n)))


@pytest.mark.parametrize("seed", range(4))
def test_the_gates_pass_what_the_patterns_match(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        before, after = _text(rng, 8)[-40:], _text(rng, 4)[:24]
        low = before.lower()
        assert notcounts._youngest_before(before, low) == bool(notcounts._YOUNGEST_BEFORE.search(before)), before
        of = before + rng.choice((" ", "  ", "\n ", "\xa0 ")) + "of "  # what the caller passes: it ends on " of "
        assert notcounts._person_of(of, of.lower()) == bool(notcounts._PERSON_OF.search(of)), of
        if notcounts._TIME_AFTER.match(after):
            assert after.lstrip()[:1] in notcounts._TIME_FIRST, after
        for raw in ("80", "11", "119"):  # a figure of digits only: the hedge before it is not read into it
            if notcounts._older_than(before, raw):
                assert before.lower().endswith(notcounts._THRESHOLD_ENDS), before
        for raw in _RAWS:  # not_a_count asks _older_than only where the window or the figure has such a hedge
            if notcounts._older_than(before, raw):
                gate = (not raw.isdigit() and raw[:5].lower().startswith(notcounts._THRESHOLD_WORDS)) or before.lower()
                assert gate is True or gate.endswith(notcounts._THRESHOLD_ENDS), (before, raw)
        assert notcounts._phone_before(before, before.lower()) == bool(notcounts._PHONE_BEFORE.search(before)), before
        assert notcounts._family_before(of, of.lower()) == bool(notcounts._FAMILY_BEFORE.search(of)), of
