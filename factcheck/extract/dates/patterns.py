"""The candidate patterns of the date parser, built once from ``date_words.json`` and each compiled when first needed.

Each pattern is named; ``atoms`` resolves a match by its name. Month and weekday names are matched
in any case where a day or a year comes with them ("14 nov 2023", "july 4th"); on their own they must be
capitalised or be a full name that is no English word ("August", "october", but not "may", "march",
"sun" or "sat"). ``STARTS`` says where in a text each pattern can start.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .cal import words


def _ci(names: list[str]) -> str:
    return "(?i:" + trie(sorted({n.lower() for n in names})) + ")"


@cache
def parts() -> dict[str, str]:
    """The shared building blocks, as regex source."""
    w = words()
    months = list(w["months"])
    full = [m for m in months if len(m) > 4 or m in ("june", "july")]
    abbr = [m for m in months if m not in full]
    solo_lower = [m for m in full if m not in ("march", "may")]
    ordinals = [o.replace("-", " ") for o in w["ordinal_days"]]
    units = list(w["units"])
    small = [n for n in w["small_numbers"] if n not in ("a", "an")]
    wd_full = [d for d in w["weekdays"] if len(d) > 5]
    wd_abbr = [d.capitalize() for d in w["weekdays"] if len(d) <= 5]
    card = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    card += r"sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
    ordinal_rx = trie(sorted(ordinals))
    day_words = rf"(?i:(?:twenty|thirty)[\s-](?:{ordinal_rx}|{card[3:-1]})|{ordinal_rx})"
    year_words = (
        r"(?i:two\s+thousand(?:\s+and)?(?:\s+(?:(?:twenty|thirty|forty|fifty)[\s-])?" + card + r")?"
        r"|(?:seventeen|eighteen|nineteen)\s+(?:hundred\s+(?:and\s+)?)?"
        r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|"
        r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
    )
    return {
        "mon": rf"(?:{_ci(full)}|{_ci(abbr)}\.?)",
        "mon_solo": rf"(?:{trie(sorted(m.capitalize() for m in full + abbr))}\.?|{trie(sorted(solo_lower))})",
        "wd": rf"(?:{_ci(wd_full)}|{trie(sorted(wd_abbr))}\.?)",
        "dnum": r"(?:[0-3]?\d(?:st|nd|rd|th)?)(?![\d:])",
        "dword": day_words,
        "y4": r"(?:1[5-9]|20)\d\d(?![\d])",
        "yw": year_words,
        "n": r"(?:\d{1,3}|" + _ci(small)[4:-1] + r"|(?i:a|an)(?=\s))",
        "unit": _ci(units),
        "rel": r"(?i:next|last|this|past|previous|coming|following|current|upcoming|that|same)",
        "card": card,
    }


# what may follow "Friday 31" when it is a date: a time of day, or a word that goes on the sentence
_DAY_GOES_ON = (
    r"(?:at|in|on|and|or|to|until|till|through|from|morning|afternoon|evening|night|when|while|as|after|before|"
    r"with|for|by|was|is|will|would|the|a|an)"
)


def _p(body: str) -> str:
    return r"(?<![\w/.-])" + body


@cache
def sources() -> tuple[tuple[str, str], ...]:
    """Each pattern's name and source."""
    p = parts()
    mon, mon_solo, wd, dnum, dword, y4, yw, n, unit, rel = (
        p["mon"],
        p["mon_solo"],
        p["wd"],
        p["dnum"],
        p["dword"],
        p["y4"],
        p["yw"],
        p["n"],
        p["unit"],
        p["rel"],
    )
    day = rf"(?P<day>{dnum}|{dword})"
    year = rf"(?P<year>{y4}|{yw}|'\d\d)"
    year_tail = rf"(?:(?:\s*,?\s+|\s*[-/]\s*|\s+(?:of|in)\s+)(?:{year}|(?P<yy>\d\d)(?![\w/])))"
    lead = rf"(?:(?P<wd>{wd}),?\s+(?:the\s+)?)?"
    w = words()
    holidays = _ci(list(w["holidays"]) + list(w["movable"]))
    ordinal_n = r"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"
    return (
        ("md", _p(rf"{lead}(?P<month>{mon})(?:\s*[-/]\s*|\s+the\s+|\s*)(?=\w){day}(?![\w-]){year_tail}?(?![\w/])")),
        (
            "dm",
            _p(rf"{lead}(?:the\s+)?{day}(?:\s+day)?(?:\s+of)?(?:\s+|\s*[-/]\s*)(?P<month>{mon})(?![\w]){year_tail}?"),
        ),
        ("ymd", _p(rf"(?P<year>{y4})\s*[-/]\s*(?P<month>{mon})\s*[-/]\s*(?P<day>{dnum})(?![\w/-])")),
        (
            "my",
            _p(rf"(?P<month>{mon})(?:\s*[-/,]\s*|\s+(?:of\s+|in\s+)?)(?:{year}|(?<=of )(?P<yy>\d\d)(?!\w))(?![\w/-])"),
        ),
        ("ym", _p(rf"(?P<year>{y4})\s+(?P<month>{mon})(?![\w.-])")),
        ("iso", _p(rf"(?P<year>{y4})(?P<sep>[-/. ])(?P<mo>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\w/-])")),
        ("compact", _p(r"(?P<year>(?:19|20)\d\d)(?P<mo>0[1-9]|1[0-2])(?P<d>[0-2]\d|3[01])(?![\w])")),
        ("ynum", _p(rf"(?:(?P<year>{y4})-(?P<mo>0?[1-9]|1[0-2])|(?P<mo2>0?[1-9]|1[0-2])-(?P<year2>{y4}))(?![\w/-])")),
        (
            "numeric",
            _p(
                rf"(?:(?P<wd>{wd})\s+|(?P<lead>(?i:on|this|next|from|between))\s+(?:(?P<wd2>{wd})\s+)?)?"
                r"(?P<a>[0-3]?\d)(?P<sep>/|(?<=\w )[-.])(?P<b>[0-3]?\d)(?:(?P=sep)(?P<y>(?:19|20)?\d\d))?"
                r"(?![\w/.]|-[a-zA-Z])"
            ),
        ),
        (
            "wd_day",
            _p(
                rf"(?P<wd>{wd})\s+(?P<day>[0-3]?\d(?:st|nd|rd|th)?)(?![\w/.:-]|\s*(?:{mon}|[ap]\.?m))"
                rf"(?!\s+(?!{_DAY_GOES_ON}\b)[a-z])"  # "On Monday 12 people were rescued": 12 counts people
            ),
        ),
        (
            "weekday",
            _p(
                rf"(?:(?P<mod>(?i:this\s+past|this\s+upcoming|{rel[4:-1]}))\s+)?(?P<wd>{wd})"
                r"(?:\s+(?:of\s+)?(?:the\s+)?(?P<week>(?i:next|last|this|following|previous|coming))\s+week)?"
                r"(?:\s+(?i:night|morning|evening|afternoon))?(?![\w-])"
            ),
        ),
        (
            "week_wd",
            _p(
                rf"(?P<week>(?i:next|last|this|following|previous))\s+week(?:\s*-\s*|\s+on\s+|\s+)(?P<wd>{wd})(?![\w-])"
            ),
        ),
        (
            "relative",
            _p(
                r"(?P<rel>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|"
                r"tonight|tmrw|now|current\s+date))(?![\w-])"
            ),
        ),
        (
            "holiday",
            _p(
                rf"(?:(?P<mod>(?i:next|last|previous|following|this))\s+)?(?P<hol>{holidays})(?![\w-])"
                rf"(?:\s+(?:(?i:of\s+)?(?P<this>(?i:this|next|last)\s+year)|(?:of\s+)?{year}))?"
            ),
        ),
        (
            "year",
            _p(
                rf"(?:(?i:in|since|during|by|until|before|after|from|of|the\s+year|year)\s+|=\s*){year}(?![\w-])"
                r"(?!\s*(?:people|troops|soldiers|dead|killed|injured|wounded|members|homes|cases|times))"
            ),
        ),
        ("cy", _p(r"(?i:calendar\s+year|cy)\s*(?P<year>\d{4}|\d\d)(?![\w-])")),
        (
            "in_month",
            _p(
                rf"(?i:in|since|during|until|by|from|after|before)\s+(?:the\s+)?(?:(?P<this>(?i:this|next|last))\s+)?"
                rf"(?P<month>{mon_solo}|(?<=in )(?i:may|dec))(?!\s*\d)(?![\w-])"
            ),
        ),
        ("this_month", _p(rf"(?P<this>(?i:this|next|last))\s+(?P<month>{mon_solo})(?![\w-])")),
        (
            "period",
            _p(
                rf"(?P<mod>(?i:the\s+past|the\s+coming|the\s+following|the\s+previous|the\s+same|{rel[4:-1]}|the))\s+"
                r"(?P<unit>(?i:working\s+week|work\s*week|business\s+week|calendar\s+year|weekend|week|fortnight|month"
                r"|quarter|year|decade))(?![\w-])(?!\s+(?:of|before|after|in|to|ago|old)\b)"
            ),
        ),
        ("week_after", _p(r"(?i:the\s+week\s+after\s+next)(?![\w-])")),
        (
            "later",
            _p(
                r"(?P<when>(?i:later|earlier))\s+(?i:this|in\s+the)\s+(?P<unit>(?i:week|month|year))(?![\w-])"
                r"|(?P<ytd>(?i:year\s+to\s+date))(?![\w-])"
            ),
        ),
        (
            "part",
            _p(
                r"(?:(?i:the)\s+)?(?P<part>(?i:beginning|start|middle|end|early|mid|late))(?:\s+of\s+(?:the\s+)?|\s+|-)"
                rf"(?:(?P<rel>(?i:this|next|last))\s+)?(?:{year}|(?P<month>{mon})|(?P<unit>(?i:year|month|week)))"
                r"(?![\w-])"
                r"|(?P<eoy>EOY)(?![\w-])"
            ),
        ),
        (
            "quarter",
            _p(
                r"(?i:(?P<y1>\d{4})[\s-]*(?P<q1>[qh][1-4])|(?P<q2>[qh][1-4])(?:\s+of)?[\s-]*(?P<y2>\d{4})"
                r"|(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<qh>quarter|half)\s+of\s+"
                r"(?:(?P<y3>\d{4})|the\s+year|this\s+year|(?P<qrel>next|last)\s+year)"
                r"|(?P<qrel2>next|last)\s+year's\s+(?P<qn2>first|second|third|fourth)\s+quarter)(?![\w-])"
            ),
        ),
        (
            "decade",
            _p(
                r"(?:(?P<dec>(?:1[5-9]|20)\d0)\s?s|'(?P<dec2>\d0)s|(?<=in )(?P<decw>(?i:the\s+)?(?i:nineties|eighties|"
                r"seventies|sixties|fifties))|(?P<cent>\d\d?)(?:st|nd|rd|th)\s+century)(?![\w-])"
            ),
        ),
        (
            "week_n",
            _p(
                r"(?i:(?:the\s+)?week\s+(?P<wn>\d{1,2})(?:\s+of\s+(?:(?P<wy>\d{4})|(?P<wrel>last|next|this)\s+year))?"
                rf"|(?:the\s+)?(?P<nth>{ordinal_n})\s+(?:(?P<count>\d|two|three)\s+)?weeks?\s+of\s+"
                rf"(?:(?P<wy2>\d{{4}})|(?P<wmon>{mon})(?:\s+(?P<wy3>\d{{4}}))?|(?P<wrel2>last|next|this)\s+month)"
                rf"|(?:the\s+)?(?P<mth>{ordinal_n}|[6-9]th|1[0-2]th)\s+month\s+of\s+(?:(?P<my>\d{{4}})|"
                r"(?P<mrel>last|next|this)\s+year))(?![\w-])"
            ),
        ),
        (
            "nth",
            _p(
                rf"(?i:the)\s+(?:(?P<day>[0-3]?\d(?:st|nd|rd|th))(?:\s+day)?|(?P<dayw>{dword})\s+day)"
                r"(?:\s+(?:of\s+)?(?P<rel>(?i:this|next|last|the))\s+month)?"
                r"(?=\s*[.,;!?)](?!\w)|\s*$|\s+(?:of\s+(?:this|next|last|the)\s+month|this|next|last)\b)"
            ),
        ),
        (
            "ago",
            _p(
                rf"(?P<span>{n}\s+{unit}(?:(?:,?\s+and|,)?\s+{n}\s+{unit}){{0,3}})(?:'s)?\s+"
                r"(?P<dir>(?i:ago|earlier|later|from\s+now|hence))(?![\w-])"
            ),
        ),
        ("in_n", _p(rf"(?i:in)\s+(?P<span>{n}\s+{unit})(?:['’]s\s+time)?(?![\w-])(?!\s+(?:of|since|ago|later)\b)")),
        (
            "rolling",
            _p(
                r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:next|last|past|previous|coming|following|upcoming|within(?:\s+the)?"
                rf"(?:\s+next)?))\s+(?P<n1>{n})|(?P<n2>{n})\s+(?P<mod2>(?i:next|past|previous|upcoming|coming|last)))"
                rf"\s+(?P<unit>{unit})(?P<more>(?:(?:,?\s+and|,)?\s+{n}\s+{unit}){{0,3}})(?![\w-])"
            ),
        ),
        (
            "day_range",
            _p(
                rf"(?P<month>{mon})\s+(?:the\s+)?(?P<d1>{dnum}|{dword})\s*(?:-|–|(?i:to|through|thru|till|until))\s*"
                rf"(?:the\s+)?(?P<d2>{dnum}|{dword})(?![\w-]){year_tail}?"
                rf"|(?=[0-9bfnsteBFNSTE])(?P<between>(?i:between|from)\s+)?(?:the\s+)?(?P<d3>{dnum}|{dword})\s*(?:-|–|(?i:to|through|thru|"
                rf"till|until|and))\s*(?:the\s+)?(?P<d4>{dnum}|{dword})\s+(?:of\s+)?(?P<month2>{mon})(?![\w])"
                rf"(?:\s*,?\s+(?P<year2>{y4}))?"
            ),
        ),
        ("to_date", _p(r"(?<!up )(?<!up-)(?P<word>(?i:till|to|until))\s+date(?![\w-])(?!\s+\d)")),
        (
            "yrange",
            _p(
                rf"(?:(?P<pre>(?i:between|from|in))\s+)?(?P<y1>{y4})\s*(?P<conn>-|–|~|(?i:to|through|thru|till|until|and))"
                rf"\s*(?P<y2>{y4})(?![\w-])"
            ),
        ),
    )


@cache
def names() -> tuple[str, ...]:
    """The patterns' names, in order."""
    return tuple(name for name, _ in sources())


@cache
def compiled(k: int) -> re.Pattern[str]:
    """Pattern ``k``, compiled the first time a text may hold it: a third of them are rare, and compiling all
    took a run about 25 ms."""
    return re.compile(sources()[k][1])


def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every pattern, compiled, with its name."""
    return tuple((name, compiled(k)) for k, name in enumerate(names()))


def trie(phrases: list[str]) -> str:
    """A regex that matches any of ``phrases`` with shared prefixes factored out, so a scan costs one branch per letter.

    >>> trie(["may", "mar", "march"])
    'ma(?:r(?:ch)?|y)'
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return build(root)


_ANCHOR_WORDS = (
    *("today", "tonight", "tomorrow", "tmrw", "yesterday", "now", "ago", "later", "earlier", "hence", "date"),
    *("weekend", "weekends", "workweek", "century", "nineties", "eighties", "seventies", "sixties", "fifties"),
    *("thousand", "hundred", "eoy", "cy"),
)


@cache
def anchor_words() -> frozenset[str]:
    """The words an anchor may be, lower-case."""
    w = words()
    names = list(w["months"]) + list(w["weekdays"]) + [h.split()[0] for h in (*w["holidays"], *w["movable"])]
    names += list(w["units"]) + [o.split("-")[-1] for o in w["ordinal_days"]]
    names += _ANCHOR_WORDS
    return frozenset(n.lower() for n in names)


@cache
def anchor() -> re.Pattern[str]:
    """Where a date may be near: a word start with a month, weekday, day, unit or relative word, or date-like digits."""
    return re.compile(
        rf"(?<![a-zA-Z0-9])(?=[a-zA-Z0-9'])(?:{trie(sorted(anchor_words()))}(?![a-z])"
        r"|(?:1[5-9]|20)\d\d(?!\d)|\d{1,2}(?:[/.\-~]\d|st|nd|rd|th)|'\d0s|[qh][1-4]\b)",
        re.I,
    )


# Where each pattern can start, so that ``dates.candidates`` tries a pattern only there. Text is cut into
# runs of ASCII letters and digits, lower-cased; as every pattern begins with ``(?<![\w/.-])``, a match
# starts at a run's start (or at "=" for "year" and "'" for "decade"). Each entry lists the ways a match
# can begin: the class of its first run and, when that run must be followed by another (the lead words
# "the", "in", "last"...), the class of the next run, or ``None`` when the first run is enough; and, for a
# few, the class of the run after next, which the match needs too ("Monday, the" needs a day next). A class
# is a lower-case word, a list of ``start_sets``, a test of ``RUN_TESTS``, or a prefix (for a run that
# goes on without a space, "jan22", "and2009"): MOND (begins with a month name and then a digit or a word of
# DWF: "jan22", "junefirst"), DWFP (with a day word of ``dword``), DWFX (with one, and goes on), RANGEP (with
# a RANGEW word), YEARP ("year"). Three alternatives
# are not held to a word start ("weekendEOY", "lastyear to date", day_range's "between 5 and 7 May",
# which may start inside "2005"): ``dates`` looks inside runs for those. The table has to be generous
# only: a place it admits is still checked by the pattern itself. Changing a pattern means checking its
# entry here.
STARTS: dict[str, tuple[tuple[str, str | None] | tuple[str, str, str], ...]] = {
    "md": (("MONTHS", "the DNUM DWF"), ("MOND", None), ("WD", "the MONTHS MOND")),
    "dm": (
        ("WD", "the", "the DNUM DWF"),
        ("WD", "DNUM DWF"),
        ("the", "DNUM DWF", "day of MONTHS DWF NW thirteen fourteen fifteen sixteen seventeen eighteen nineteen"),
        ("DNUM DWF", "day of", "of MONTHS"),
        ("DNUM DWF", "MONTHS"),
        ("twenty thirty", None),
    ),
    "ymd": (("Y4", "MONTHS"),),
    "my": (("MONTHS", "of in Y4 seventeen eighteen nineteen DD"), ("MONTHS", "two", "thousand")),
    "ym": (("Y4", "MONTHS"),),
    "iso": (("Y4", "DIG12"),),
    "compact": (("COMPACT", None),),
    "ynum": (("Y4", "DIG12"), ("MO2", "Y4")),
    "numeric": (("WD", "DIG2"), ("on this next from between", "WD DIG2"), ("DIG2", "DIG2")),
    "wd_day": (("WD", "DNUM"),),
    "weekday": (("WD", None), ("REL", "WD past upcoming")),
    "week_wd": (("next last this following previous", "week"),),
    "relative": (("today yesterday tomorrow tonight tmrw now", None), ("the", "day"), ("current", "date")),
    "holiday": (("HOL", None), ("next last previous following this", "HOL")),
    "year": (("in since during by until before after from of year", "Y4 YW DD"), ("the", "year")),
    "cy": (("calendar", "YEARP"), ("CY", None)),
    "in_month": (
        ("in since during until by from after before", "the", "this next last MONTHS"),
        ("in since during until by from after before", "this next last", "MONTHS"),
        ("in since during until by from after before", "MONTHS"),
    ),
    "this_month": (("this next last", "MONTHS"),),
    "period": (("the", "REL PUNIT"), ("REL", "PUNIT")),
    "week_after": (("the", "week"),),
    "later": (("later earlier", "this in"), ("year", "to")),
    "part": (("the", "PARTW"), ("PARTW", "of this next last year month week Y4 YW DD MONTHS"), ("eoy", None)),
    "quarter": (("D4P QH", None), ("the", "QN"), ("QN", "quarter half"), ("next last", "year")),
    "decade": (("DEC DECW", None), ("CENT", "century"), ("the", "DECW")),
    "week_n": (("the", "week MTH"), ("week", "DIG12"), ("MTH", "week weeks month DIG13 two three")),
    "nth": (("the", "ORDSFX DWF"),),
    "ago": (
        ("NW DIG13", "UNITS", "and s ago earlier later from hence NW DIG13"),
        ("NW DIG13", "couple of", "of UNITS"),
    ),
    "in_n": (("in", "NW DIG13"),),
    "rolling": (
        ("the", "MODS", "NW DIG13 the next"),
        ("the", "NW DIG13", "MOD2 couple of"),
        ("MODS", "NW DIG13 the next"),
        ("NW DIG13", "MOD2", "UNITS"),
        ("NW DIG13", "couple of", "of MOD2"),
    ),
    "day_range": (
        ("MONTHS between from", "the DIGS DWFP"),
        ("the", "DIGS DWFP"),
        ("DNUM DWF", "RANGEP the DNUM DWFP"),
        ("DRX DWFX twenty thirty", None),
    ),
    "to_date": (("till to until", "date"),),
    "yrange": (("between from in", "Y4P"), ("Y4", "RANGEP Y4P"), ("Y4X", None)),
}

# A character a pattern cannot match without, so that ``dates.candidates`` skips it in a text that lacks it.
# "numeric": its separator is "/", as its other one, ``(?<=\w )[-.]``, comes after a digit and so never holds.
NEEDS: dict[str, str] = {"numeric": "/"}

# Classes that are not word lists: (name, for runs that start with a digit (else with a letter), regex to match).
RUN_TESTS: tuple[tuple[str, bool, str], ...] = (
    ("DIGS", True, r"\d"),
    ("Y4", True, r"(?:1[5-9]|20)\d\d\Z"),
    ("Y4P", True, r"(?:1[5-9]|20)\d\d(?!\d)"),
    ("Y4X", True, r"(?:1[5-9]|20)\d\d[a-z]"),
    ("D4P", True, r"\d{4}"),
    ("DIG2", True, r"[0-3]?\d\Z"),
    ("DIG12", True, r"\d\d?\Z"),
    ("DIG13", True, r"\d{1,3}\Z"),
    ("DD", True, r"\d\d\Z"),
    ("MO2", True, r"(?:0?[1-9]|1[0-2])\Z"),
    ("DNUM", True, r"[0-3]?\d(?:st|nd|rd|th)?\Z"),
    ("DRX", True, r"[0-3]?\d(?:st|nd|rd|th)?(?:to|through|thru|till|until|and)"),
    ("ORDSFX", True, r"[0-3]?\d(?:st|nd|rd|th)\Z"),
    ("CENT", True, r"\d\d?(?:st|nd|rd|th)\Z"),
    ("DEC", True, r"(?:1[5-9]|20)\d0s?\Z"),
    ("COMPACT", True, r"(?:19|20)\d{6}\Z"),
    ("QH", False, r"[qh][1-4]"),
    ("CY", False, r"cy"),
)


@cache
def start_sets() -> dict[str, frozenset[str]]:
    """The word lists the classes of ``STARTS`` name."""
    w = words()
    sets: dict[str, str | list[str]] = {
        "WD": list(w["weekdays"]),
        "MONTHS": list(w["months"]),
        "DWF": [o.split("-")[0] for o in w["ordinal_days"]] + ["twenty", "thirty"],
        "NW": [s.split()[0] for s in w["small_numbers"]],
        "UNITS": list(w["units"]),
        "HOL": [_head(h) for h in (*w["holidays"], *w["movable"])],
        "REL": "next last this past previous coming following current upcoming that same",
        "PARTW": "beginning start middle end early mid late",
        "QN": "first second third fourth 1st 2nd 3rd 4th",
        "MTH": "first second third fourth fifth last 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th",
        "MODS": "next last past previous coming following upcoming within",
        "MOD2": "next past previous upcoming coming last",
        "DECW": "nineties eighties seventies sixties fifties",
        "RANGEW": "to through thru till until and",
        "PUNIT": "working work workweek business calendar weekend week fortnight month quarter year decade",
        "YW": "two seventeen eighteen nineteen",
    }
    return {k: frozenset(v.split() if isinstance(v, str) else v) for k, v in sets.items()}


def _head(phrase: str) -> str:
    """The leading run of letters and digits of a lower-case phrase: "st. patrick's day" -> "st"."""
    m = re.match(r"[a-z0-9]+", phrase)
    assert m is not None, phrase
    return m.group()
