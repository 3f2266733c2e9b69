"""Figures that are not counts of anything: ages, times of day, phone and reference numbers, scores.

``not_a_count(text, start, end, raw)`` names why the figure at ``text[start:end]`` is no count, or
returns None. Each rule is a pattern of news copy, not of one story:

- ages: "a 19-year-old", "aged 3 to 17", "between the ages of 12 and 18", "Lee, 69, said", "his son
  (4)", "19 years old";
- times of day: "at 18:40", "13H00", "at 6 pm" (the number parser already reads "6pm" as a time);
- phone, helpline and reference numbers: "call 0800 123 4567", "116 123", "911 calls", "on 101",
  "reference number 2104";
- scores: "lost 3-2", "a 2-1 win";
- ratios: "one in seven";
- years the dates did not take: "a crash in 2008 killed 62";
- rates and what a rate is counted against: "12 deaths per 100,000 people", "one doctor for every 5,000".

>>> t = "Lee, 69, said the 911 calls began at 18:40; they lost 3-2."
>>> [not_a_count(t, t.index(x), t.index(x) + len(x), x) for x in ("69", "911", "18", "40", "3", "2")]
['age', 'phone', 'time', 'time', 'score', 'score']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon import data
from ..scan import holds_any

_AGE_BEFORE = re.compile(
    r"(?:\baged|\bage\s+of|\bages\s+of|\bages|\baged\s+between|\bages\s+between|\bage)\s+(?:between\s+)?"
    r"(?:\d+\s+(?:and|to|or|-)\s+)?$",
    re.I,
)
# "people over 80", "11 were over 80", "children under five": an age a group is older or younger than
_AGE_THRESHOLD_BEFORE = re.compile(
    r"(?:\b(?:aged|people|persons|those|residents|patients|men|women|adults|children|anyone|victims|pensioners)\s+"
    r"|\b(?:\d[\d,]*|they|who|all|most|many|some|both|half|victims|dead)\s+(?:were|was|are|is)\s+(?:all\s+)?)"
    r"(?:over|under|above|below|older\s+than|younger\s+than)\s+$",
    re.I,
)
_AGE_AFTER = re.compile(r"(?:\s*-\s*|\s+)(?:years?|yrs?)(?:\s*-\s*|\s+)old\b|-year-old|\s*-month-old", re.I)
_YOUNGEST_BEFORE = re.compile(
    r"\b(?:youngest|oldest)\s+(?:[a-z]+\s+)?(?:is|was|were|are)\s+(?:just\s+|only\s+)?$", re.I
)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
_COMMA_AFTER = re.compile(r"\s*(?:,|\))")
# "First Officer Tomas Berg, 29.": an age ending a sentence follows a full name ("in Lakeview, 29." is a count)
_FULL_NAME_COMMA_BEFORE = re.compile(r"(?<!\bin\s)(?<!\bat\s)\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s*$")
_END_AFTER = re.compile(r"[.;](?:\s|$)")
_BRACKET_BEFORE = re.compile(r"[A-Z][\w'’-]+\s*\($")
_TIME_AFTER = re.compile(r"[:h.]\d\d\b|\s*(?:h|hrs|GMT|UTC|local\s+time)\b|[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|UTC)", re.I)
# where _TIME_AFTER can start, its spaces aside: ":40", ".40", "h00", " hrs", " GMT", " UTC", " local time"
_TIME_FIRST = frozenset(":.hHgGuUlL")
_TIME_BEFORE = re.compile(r"\d[:h]$|\b(?:at|by|until|from)\s+$")
_PHONE_BEFORE = re.compile(
    r"\b(?:call|calling|dial|dialling|dialing|phone|ring|text|hotline|helpline|line|number|fax|tel\.?|free\s+on|"
    r"contact\w*\s+(?:\w+\s+){0,3}on|(?:hotline|helpline|line|number)\s+on)\s+$",
    re.I,
)
# the last word _PHONE_BEFORE can end on ("free on", "contact us on", "tel."): it is tried only after one of them
_PHONE_LAST = (
    *("call", "calling", "dial", "dialling", "dialing", "phone", "ring", "text", "hotline", "helpline", "line"),
    *("number", "fax", "tel", "tel.", "on"),
)
_PHONE_AFTER = re.compile(r"\s*(?:calls?|hotline|helpline|line|number|operators?|dispatchers?)\b", re.I)
_PHONE_AFTER_FIRST = frozenset("cChHlLnNoOdD")  # where it can start, its spaces aside (re.I matches no other letter)
_REFERENCE_BEFORE = re.compile(r"\b(?:reference|ref\.?|case|incident|log|crime)\s+(?:number|no\.?)?\s*$", re.I)
_DIGIT_GROUP_AFTER = re.compile(r" \d{2,}\b")
_DIGIT_GROUP_BEFORE = re.compile(r"\b\d{2,} $")
_RATIO = re.compile(
    r"\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a\s+hundred|a\s+thousand)\b",
    re.I,
)
_RATIO_BEFORE = re.compile(r"\b(?:one|a|two|three|\d+)\s+(?:[a-z]+\s+)?in\s+$", re.I)
_FAMILY = (
    *("father", "mother", "parent", "grandfather", "grandmother", "grandparent", "dad", "mum", "mom"),
    *("family", "household"),
)
_INTERVAL_BEFORE = re.compile(
    r"\b(?:(?:uncertainty|confidence|credible)\s+(?:range|interval|band)|margin\s+of\s+error)\s+(?:of|from|between)\s+"
    r"(?:plus\s+or\s+minus\s+)?$",
    re.I,
)
_PERSONS = ("man", "woman", "boy", "girl", "pensioner", "widow", "widower", "person")
_PERSON_OF = re.compile(r"\b(?:" + "|".join(_PERSONS) + r")\s+of\s+$", re.I)
_FAMILY_BEFORE = re.compile(r"\b(?:" + "|".join(_FAMILY) + r")\s+of\s+$", re.I)
_BY_ONE = re.compile(r"\s+by\s+(?:one|two|three)\b", re.I)
_ONE_BY = re.compile(r"\b(?:one|two|three)\s+by\s+$", re.I)
_SCORE = re.compile(r"\d+\s*[-–]\s*\d+")
_SCORE_WORDS = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beaten|defeat|defeated|defeating|draw|drew|"
    r"victory|score|scored|scoreline|match|game|final|half-time|halftime|lead|led)\b",
    re.I,
)


# the people a report asked or heard, before their number: "based on interviews with 61 survivors", "spoke to
# 20 residents", "according to 12 witnesses"
_SOURCES_BEFORE = re.compile(
    r"\b(?:interviews?\s+with|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|surveyed|"
    r"testimon(?:y|ies)\s+(?:of|from)|accounts\s+(?:of|from)|according\s+to)\s+"
    r"(?:(?:more\s+than|about|around|some|nearly|over|at\s+least|almost)\s+)?$",
    re.I,
)
_PLURAL_AFTER = re.compile(r" (?!(?:was|has|is|does|as|his|its|this|thus|plus|always|ago)\b)[a-z]{2,}s\b")


def _year(after: str) -> bool:
    """Whether the figure before ``after`` is a year: no plural noun follows it ("in 2000 homes" is a count)."""
    return _PLURAL_AFTER.match(after) is None


_PER_FIGURE_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}\s+(?:per|for\s+every)\s+(?:\d|one\b|a\s+(?:hundred|thousand|million)\b)", re.I
)
_SOURCE_WORDS = ("interview", "spoke", "talked", "survey", "testimon", "accounts", "according")


def not_a_count(text: str, start: int, end: int, raw: str) -> str | None:
    """Why the figure at ``text[start:end]`` (its digits or words ``raw``) is no count, or None.

    Each pattern is tried only when a word or character it needs is around the figure (this runs for every figure
    of every article, and almost never finds one): most rules key on the word right before the figure ("aged 12",
    "over 80", "call 999", "in 2008", "a man of 44"), which names the rules that may apply (``_rules_before``)."""
    before = text[start - 40 if start > 40 else 0 : start]
    after = text[end : end + 24]
    tokens = before.rsplit(None, 1)
    word = tokens[-1] if tokens else ""
    rules = _rules_before(word)
    low_before = before.lower() if rules else ""  # only the rules keyed on the word before read it
    low_after = after.lower()
    first_after = after.lstrip()[:1]  # the character after the figure, its spaces aside
    if ("age" in rules and "age" in low_before and _AGE_BEFORE.search(before)) or (
        first_after in _AGE_AFTER_FIRST and ("old" in low_after or "-month" in low_after) and _AGE_AFTER.match(after)
    ):
        return "age"
    digits = raw.isdigit()
    if (
        ("older" in rules and low_before.endswith(_THRESHOLD_ENDS))
        or (not digits and raw[:1] in _THRESHOLD_FIRST and raw[:5].lower().startswith(_THRESHOLD_WORDS))
    ) and _older_than(before, raw):
        return "age"
    if "youngest" in rules and ("young" in low_before or "old" in low_before) and _youngest_before(before, low_before):
        return "age"  # "the youngest is 14", "the oldest victim was 92"
    if digits and len(raw) <= 3 and after[:1] in (",", ")", ".", ";"):
        if _NAME_COMMA_BEFORE.search(before) and _COMMA_AFTER.match(after) and int(raw) < 120:
            return "age"  # "Lee, 69, said" / "Ahmad Cahyo, 15, and ..."
        if _END_AFTER.match(after) and _FULL_NAME_COMMA_BEFORE.search(before) and int(raw) < 120:
            return "age"  # "First Officer Tomas Berg, 29."
        if _BRACKET_BEFORE.search(before) and after.startswith(")") and int(raw) < 120:
            return "age"  # "his son Omar (4)"
    if "phone" in rules and " " in raw and raw.replace(" ", "").isdigit() and _phone_before(before, low_before):
        return "phone"  # "call free on 116 123": groups of digits to dial
    if digits:
        if (first_after in _TIME_FIRST and _TIME_AFTER.match(after)) or (
            before.endswith(":") and before[-2:-1].isdigit()
        ):
            return "time"
        if len(raw) >= 3 and (
            raw[0] == "0"
            or ("phone" in rules and _phone_before(before, low_before))
            or (first_after in _PHONE_AFTER_FIRST and _PHONE_AFTER.match(after))
        ):
            return "phone"
        if (first_after.isdigit() and after[:1] == " " and _DIGIT_GROUP_AFTER.match(after)) or (
            word[-1:].isdigit() and before[-1:] == " " and _DIGIT_GROUP_BEFORE.search(before)
        ):
            return "phone"  # "116 123", "0800 83 85 87": groups of digits are a number to dial, not a count
        if (
            "reference" in rules
            and ("ref" in low_before or "number" in low_before or "case" in low_before)
            and _REFERENCE_BEFORE.search(before)
        ):
            return "reference"
        if (
            len(raw) == 4
            and "year" in rules
            and f" {low_before[-8:]}".endswith(_YEAR_AFTER_WORDS)
            and 1800 <= int(raw) <= 2100
            and _year(after)
        ):
            return "year"  # "a crash in 2008 killed 62", "floods since 2019": a year the dates did not take
    if (
        (first_after in _DASHES and after[:2].strip()[:1] in _DASHES)
        or (word[-1:] in _DASHES and before[-2:].strip()[-1:] in _DASHES)
    ) and _score(text, start, end):
        return "score"
    if first_after in _RATIO_FIRST and " in " in low_after[:5] and _RATIO.match(after):
        return "ratio"  # "one in seven of the people", "1 in 5"
    if "ratio" in rules and low_before.endswith("in ") and _RATIO_BEFORE.search(before):
        return "ratio"  # the "five" of "one in five homes", "one train in four"
    if "of" in rules and low_before.endswith(" of "):
        if _family_before(before, low_before):
            return "family"  # "a father of two", "a family of five": the size of a family, not a count of the story
        if _person_of(before, low_before):
            return "age"  # "a man of 44 from Cassel", "a woman of 71"
    if (first_after in _BY_FIRST and " by " in low_after[:5] and _BY_ONE.match(after)) or (
        "by" in rules and " by " in low_before[-5:] and _ONE_BY.search(before)
    ):
        return "manner"  # "one by one", "two by two"
    if "per" in rules and low_before.endswith((" per ", " for every ")):
        return "rate"  # the "100,000" of "12 per 100,000 people": what a rate is counted against
    if (" per " in low_after or " every " in low_after) and _PER_FIGURE_AFTER.match(text, end):
        return "rate"  # "12 deaths per 100,000 people", "one doctor for every 5,000": a rate, no count
    if (
        "interval" in rules
        and ("range" in low_before or "interval" in low_before or "error" in low_before)
        and _INTERVAL_BEFORE.search(before)
    ):
        return "interval"  # "an uncertainty range of 240 to 390": the bounds of an estimate given before, no count
    if "sources" in rules and holds_any(low_before, _SOURCE_WORDS) and _SOURCES_BEFORE.search(before):
        return "sources"  # "interviews with 61 survivors": the people asked, no count of what befell them
    if (
        word[:1].isupper()
        and raw[:1].isdigit()
        and before[-1:] == " "
        and before[-2:-1].isalpha()
        and _designator(before)
    ):
        return "name"  # "Line 41", "Flight 318", "IC 724", "a Category 4 hurricane": a thing's number, no count
    return None


# The words each rule keyed on the word before the figure may end on: its pattern ends with one of them, then
# white space ("aged 12", "people over 80", "the youngest was 14", "call 999", "case number 2104", "in 2008", "one
# in five", "a man of 44", "one by one", "12 per 100,000", "a range of 240", "interviews with 61").
_WORDS_BEFORE = {
    "age": ("age", "aged", "ages", "between", "of", "and", "to", "or"),
    "older": ("over", "under", "above", "below", "than"),
    "youngest": ("is", "was", "were", "are", "just", "only"),
    "phone": (
        *("call", "calling", "dial", "dialling", "dialing", "phone", "ring", "text", "hotline", "helpline"),
        *("line", "number", "fax", "tel", "on"),
    ),
    "reference": ("reference", "ref", "case", "incident", "log", "crime", "number", "no"),
    "year": ("in", "since", "until", "till", "from", "before", "after", "during", "circa"),
    "ratio": ("in",),
    "of": ("of",),
    "by": ("by",),
    "per": ("per", "every"),
    "interval": ("of", "from", "between", "minus"),
    "sources": (
        *("interviewed", "surveyed", "with", "to", "of", "from", "than", "about", "around", "some", "nearly"),
        *("over", "least", "almost"),
    ),
}
# the words after which a figure of four digits is a year ("in 2008", "since 1995"); not "of" ("a crowd of 2000")
# nor "by" ("rose by 2000")
_YEAR_AFTER_WORDS = tuple(f" {word} " for word in _WORDS_BEFORE["year"])
_RULES_AFTER_WORD = {
    word: frozenset(rule for rule, words in _WORDS_BEFORE.items() if word in words)
    for words in _WORDS_BEFORE.values()
    for word in words
}
_ALL_RULES = frozenset(_WORDS_BEFORE)
_NO_RULES: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def _rules_before(word: str) -> frozenset[str]:
    """The rules of ``_WORDS_BEFORE`` that may apply after ``word``, the last word (white space apart) before the
    figure. Each pattern's last word ends that word and follows white space or a word start, so a word of ASCII
    letters ends one only if it is that word, and a word ending on another character than a letter ends one only
    with a dot ("tel.", "ref.", "no.") or a dash ("aged 3 - 5"); any other ("(aged", or "İs", where lower() and
    re.IGNORECASE part ways) may end any."""
    last = word[-1:]
    if not last.isalpha():
        return _RULES_AFTER_DOT if last == "." else _RULES_AFTER_DASH if last == "-" else _NO_RULES
    if word.isascii() and word.isalpha():
        return _RULES_AFTER_WORD.get(word.lower(), _NO_RULES)
    return _ALL_RULES


_RULES_AFTER_DOT = frozenset(("phone", "reference"))
_RULES_AFTER_DASH = frozenset(("age",))


@cache
def _designators() -> frozenset[str]:
    return frozenset(data("claim_words.json")["designators"])


def _designator(before: str) -> bool:
    """Whether the word right before a figure (``before`` ends with it and a space) names what the figure
    numbers: an upper-case code ("IC", "R") or a word of ``designators`` ("Line", "Flight", "Category")."""
    words = before.rsplit(None, 2)
    word = words[-1].rstrip(".") if words else ""
    if not word[:1].isupper() or not word.isalpha():
        return False  # most figures follow a lower-case word: "killed 12", "about 40"
    if len(word) == 1:  # "the train R 6183"; not "A 300" nor a name's last letter ("Country B 12")
        return word not in ("A", "I") and len(words) > 1 and words[-2][:1].islower()
    return (word.isupper() and len(word) <= 4) or word in _designators()


def _phone_before(before: str, low: str) -> bool:
    """``_PHONE_BEFORE`` ends ``before`` ("call", "helpline on"): tried only after a word it can end on (``low``
    is ``before`` lower-cased)."""
    if _exact(before) and not low.rstrip().endswith(_PHONE_LAST):
        return False
    return _PHONE_BEFORE.search(before) is not None


def _exact(before: str) -> bool:
    """Whether ``before.lower()`` holds a word wherever a case-blind pattern matches it in ``before``: true of
    ASCII text (not of "İ", "ı" or "ſ", which the patterns match as "i" and "s")."""
    return before.isascii()


def _family_before(before: str, low: str) -> bool:
    """``_FAMILY_BEFORE`` ends ``before``, which ends on " of " ("a father of"): tried only after a word of family
    (``low`` is ``before`` lower-cased)."""
    if _exact(before) and not low[:-3].rstrip().endswith(_FAMILY):
        return False
    return _FAMILY_BEFORE.search(before) is not None


def _person_of(before: str, low: str) -> bool:
    """``_PERSON_OF`` ends ``before``, which ends on " of " ("a man of"): tried only after a word of a person
    (``low`` is ``before`` lower-cased)."""
    if _exact(before) and not low[:-3].rstrip().endswith(_PERSONS):
        return False
    return _PERSON_OF.search(before) is not None


def _youngest_before(before: str, low: str) -> bool:
    """``_YOUNGEST_BEFORE`` ends ``before`` ("the oldest victim was"): tried only where "youngest" or "oldest" is
    (``low`` is ``before`` lower-cased)."""
    if _exact(before) and "youngest" not in low and "oldest" not in low:
        return False
    return _YOUNGEST_BEFORE.search(before) is not None


def _older_than(before: str, raw: str) -> bool:
    """ "11 were over 80", "people over 65", "children under five": an age a group is older or younger than (the
    hedge may be read into the figure, ``raw``, or stand before it)."""
    words = raw.lower().split()
    if len(words) > 1 and words[0] in ("over", "under", "above", "below"):
        before, words = f"{before}{words[0]} ", words[1:]
    if len(words) != 1 or not before.lower().endswith(_THRESHOLD_ENDS):
        return False
    age = words[0]
    if not ((age.isdigit() and int(age) < 120) or age in _SMALL_WORDS):
        return False
    if before.lower().endswith(("older than ", "younger than ")):
        return True  # "a boy who cannot have been older than ten": said of anyone, "older than" takes an age
    return _AGE_THRESHOLD_BEFORE.search(before) is not None


_THRESHOLD_ENDS = ("over ", "under ", "above ", "below ", "than ")  # what an age a group is older than follows
_THRESHOLD_WORDS = ("over", "under", "above", "below")  # the hedges of such an age read into the figure
_THRESHOLD_FIRST = frozenset("oOuUaAbB")  # what such a hedge starts with (no other letter lowers to o, u, a, b)
_DASHES = frozenset("-–")
# the characters a pattern of the words after the figure can start with, its spaces aside (re.IGNORECASE matches
# "i" to "İ" and "ı" as well)
_AGE_AFTER_FIRST = frozenset("-yY")  # " years old", "-year-old", "-month-old"
_RATIO_FIRST = frozenset("iIİı")  # " in five"
_BY_FIRST = frozenset("bB")  # " by one"
_SMALL_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
)


def _score(text: str, start: int, end: int) -> bool:
    """A result written "3-2" next to a word of games ("lost 3-2", "a 2-1 win")."""
    lo, hi = max(0, start - 6), min(len(text), end + 6)
    if _SCORE.search(text, lo, hi) is None:
        return False  # "the 7-member delegation": no result written with a dash
    m = next((s for s in _SCORE.finditer(text, lo, hi) if s.start() <= start and end <= s.end()), None)
    if m is None:
        return False
    near = text[max(0, m.start() - 40) : m.end() + 30]
    return _SCORE_WORDS.search(near) is not None
