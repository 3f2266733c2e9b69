"""Whether a text is in English: factcheck reads English only (its numbers, dates and claim words are
English), so a text in another language is reported, not read as English ("19 января" is no count).

A quick test first: English news uses Latin letters and many of a few short words ("the", "of",
"said"). Only a text that fails it goes to py3langid (a naive Bayes language identifier whose model
ships in the package), which names its language, or overrules the quick test when it finds English.
"""

from __future__ import annotations

import re
from functools import cache

#: Texts with fewer words than this are judged by their script only (a caption, a headline, a test case).
MIN_WORDS = 25

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "was",
        "were",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "said",
        "it",
        "its",
        "he",
        "she",
        "they",
        "have",
        "has",
        "had",
        "be",
        "been",
        "are",
        "an",
        "this",
        "which",
        "who",
        "after",
        "their",
        "not",
        "but",
        "more",
        "than",
    ]
)


def not_english(text: str) -> str | None:
    """The name of the text's language when it is not English, else None (English, or too short to judge).

    >>> not_english("Police said at least 12 people were killed and 30 were wounded when a bomb went off in the "
    ...             "crowded market on Tuesday, in the third attack on the city this year.") is None
    True
    >>> not_english("По данным властей, 19 января в город прибыли около 2000 военных из пяти стран, а к "
    ...             "концу месяца их вывели. Министерство обороны сообщило, что операция завершена "
    ...             "и все военные вернулись домой.")
    'looks like Russian'
    """
    sample = text[:20000]
    if sample.isascii() and _plain_english(sample):
        return None
    words = _WORD.findall(sample)
    latin = sum(1 for w in words if w.isascii())
    if len(words) < MIN_WORDS:  # too short to count words: only another script tells ("19 января")
        if len(words) < 3 or latin * 2 >= len(words):
            return None
    else:
        common = sum(1 for w in words if w.lower() in _ENGLISH)
        if latin * 2 > len(words) and common * 8 >= len(words):
            return None
    code = _identify(sample)
    return None if code == "en" else _name(code)


# The quick test of an ASCII text, whose words are its runs of letters (all of them Latin letters): the letters
# lower-cased and all else made a space by one bytes.translate, the words counted by a second one, and the common
# words counted an eighth of the text at a time (cut at a space, so no word is cut) until they are enough: one in
# eight of all words, reached after about three eighths of an English article. The count only grows, so stopping
# once it is enough gives the answer counting them all gives; splitting the whole text into words cost twice this.
_LETTERS_ONLY = bytes(c | 32 if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))  # A-Z to a-z, a-z stay
_ANY_LETTER = bytes(97 if 97 <= c <= 122 else 32 for c in range(256))  # a-z become "a"
_ENGLISH_BYTES = frozenset(w.encode() for w in _ENGLISH)

# The commonest of them in news, each counted by one bytes.count of " word " (its runs of letters between
# spaces): a count that can only fall short ("the the" counts once, a first word not at all), so when these
# alone reach one in eight, the word-by-word count does too. Every article of the generated corpus is settled so,
# without splitting any of its text into words (a count of each is a fast scan of the bytes).
_COMMONEST = (b" the ", b" and ", b" of ", b" said ")


def _plain_english(sample: str) -> bool:
    """Whether an ASCII ``sample`` passes the quick test of ``not_english`` (too short to judge, or one in
    eight of its words in ``_ENGLISH``); False: ask the whole test."""
    letters = sample.encode("ascii").translate(_LETTERS_ONLY)
    runs = letters.translate(_ANY_LETTER)
    words = runs.count(b" a") + runs.startswith(b"a")
    if words < MIN_WORDS:
        return True
    if sum(map(letters.count, _COMMONEST)) * 8 >= words:
        return True
    common, at, eighth = 0, 0, len(letters) // 8
    while at < len(letters):
        end = letters.find(b" ", at + eighth)
        end = len(letters) if end < 0 else end
        common += sum(map(_ENGLISH_BYTES.__contains__, letters[at:end].split()))
        if common * 8 >= words:
            return True
        at = end
    return False


def _identify(text: str) -> str:
    import py3langid  # untyped; its model loads on first use (about half a second), for non-English texts only

    code: str = py3langid.classify(text)[0]
    return code


@cache
def _name(code: str) -> str:
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return f"looks like {language.name}" if language is not None else f"language '{code}'"
