"""Quick no's: cheap tests that a slow regular expression cannot match, run before it.

Most lines of an article are running text where no stamp, dateline, url or furniture rule can match,
and Python's ``re`` is slow to find that out: a pattern that opens with a letter class or a case-blind
word is tried at every character (30-60 ns a character for the date forms, against about 1 ns for a
plain substring test or for a pattern that opens with a literal). Measured on the generated corpus of
``benchmarks/`` (1,000 plain-text articles), those scans took about 1.1 s of the 1.2 s the documents
stage spent. Each quick no is a necessary condition of the rule it guards, so it never changes what is
found; ``tests/documents/test_quick.py`` holds every one equal to the plain code on many texts.

A case-blind test is done on ``text.lower()`` when that is safe: ``re.I`` reads a character as an
ASCII letter when its simple lower case is that letter (A-Z, the Kelvin sign) and, besides, reads
"ı" as "i" and "ſ" as "s"; "İ" becomes two characters in ``str.lower()``. Without these three, a
case-blind match of an ASCII pattern is the same lower-case string at the same offsets of
``text.lower()``.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The characters that break ``folded``: "İ" lowers to two characters, "ı" and "ſ" match "i" and "s" under ``re.I``.
FOLD_BREAKERS = "İıſ"


def folded(text: str) -> str | None:
    """``text.lower()``, offset for offset, when every case-blind match of an ASCII pattern in ``text`` is the
    pattern's lower case there; None when ``text`` holds one of ``FOLD_BREAKERS`` (then test the slow way).

    >>> folded("Published: 30 JUN 2020"), folded("Publıshed")
    ('published: 30 jun 2020', None)
    """
    if text.isascii():  # a quick yes: none of the three is ASCII, and an ASCII text lowers character for character
        return text.lower()
    if "İ" in text or "ı" in text or "ſ" in text:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=2)
def folded_article(text: str) -> str | None:
    """``folded`` of an article's whole text, kept for the next rule that asks of the same text: the furniture,
    the url and the datelines each lower-cased every article (a twentieth of the cost of reading one)."""
    return folded(text)


_ESCAPE_OR_CAPITAL = re.compile(r"\\.|[A-Z]")


def lowered(pattern: str) -> str:
    """The source of a case-blind (``re.I``) pattern made to run case-sensitively on ``folded`` text, where it
    matches where the case-blind one matches on the text: its capital letters made small, escapes kept
    ("\\W" is no "\\w").

    >>> lowered(r"(?:[A-Z]{2,} \\W+)? News")
    '(?:[a-z]{2,} \\\\W+)? news'
    """
    return _ESCAPE_OR_CAPITAL.sub(lambda m: m[0] if m[0].startswith("\\") else m[0].lower(), pattern)
