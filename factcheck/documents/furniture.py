"""Page furniture as spans of the text: what a page holds around the article and no stage may read.

Navigation and widgets ("Skip to main content", "5 min read", "Comments (2)", "Page 2 of 3"),
lists of other stories ("Related: ...", an "ALSO READ" list, "Previous Story"), the page's own
stamps and mastheads, wire datelines, live-blog time marks, urls, e-mail addresses and copyright
notices. Spans, not lines: the text keeps every character (offsets stay valid) and the extract
stage blanks these spans before reading, so "... said police. © 2022 Reuters." keeps its claim.
The line patterns are data (``data/boilerplate.json``); the stamps come from ``stamps``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from .published import datelines, header_end, is_body
from .quick import folded_article, lowered
from .rule_ends import can_end_with, can_start_with
from .stamps import Line, Stamp, written
from .words import data, months

Spans = tuple[tuple[int, int], ...]

_BULLET = re.compile(r"^[\s•·*>|]*(?:[-–—](?=\s)\s*|\d{1,2}\.\s+)?")
_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?", re.I)
_URL_LABEL = re.compile(r"^\s*(?:original\s+)?(?:url|source|link)\s*:\s*", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_COPYRIGHT = re.compile(r"(?:\bCopyright\b\s*(?:©|\(c\))?\s*(?=\d{4}|[A-Z©])|©|\(c\)\s*(?=\d{4}))[^\n]*")
_RESERVED = re.compile(r"\bAll rights reserved\b\.?[^\n]*", re.I)
_LIVE_MARK = re.compile(
    r"^[ \t]*(?:UPDATE:?[ \t]*)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?[ \t]*(?:[ap]\.?[ \t]?m\.?)?[ \t]*(?:[A-Z]{2,4}[ \t]*)?"
    r"(?:--|—|–|-)[ \t]*"
    r"|^[ \t]*\[(?:Updated?|Posted)\b[^\]\n]{0,40}\][ \t]*",
    re.M | re.I,
)
_CREDIT = re.compile(r"\((?:Reporting|Writing|Editing|Additional reporting) by [^()\n]{1,200}\)")
_SENTENCE_END = re.compile(r"(?:[.!?]|[.!?][\"'”’])\s*$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    line, strong, weak, link = ("|".join(rules) for rules in _alternatives(True).values())
    return re.compile(line, re.I), re.compile(strong, re.I), re.compile(weak, re.I), re.compile(link, re.I)


@cache
def _alternatives(floating: bool) -> dict[str, tuple[str, ...]]:
    """The alternatives of the patterns of ``_patterns`` ("|" between them), by their group in ``_line_rules``.
    Without ``floating``, the ``lines`` rules that open with ".*" are left out. "|" binds loosest: the
    ``\\s*:?`` after a list of headings is part of its last heading only."""
    words = data("boilerplate.json")
    strong = [f"(?:{p})" for p in words["list_headings"]]
    weak = [f"(?:{p})" for p in words["section_headings"]]
    return {
        "line": tuple(f"(?:{p})" for p in words["lines"] if floating or not p.startswith(".*")),
        "strong": (*strong[:-1], strong[-1] + r"\s*:?"),
        "weak": (*weak[:-1], weak[-1] + r"\s*:?"),
        "link": (r"(?:" + "|".join(re.escape(p) for p in words["link_prefixes"]) + r")\s*:\s+\S.*",),
    }


# The last characters of a line of running text (a sentence, a quotation): a line that ends so is tried with the
# rules that can end so (``rule_ends``), a fifth of them; other lines with all of them.
_SENTENCE_ENDS = ".!?\"'”’"


@lru_cache(maxsize=1024)
def _line_rules(floating: bool, low: bool, sentence: bool = False, first: str = "") -> re.Pattern[str]:
    """The rules for a whole line in one pattern: a list heading (group ``strong``), a section heading
    (``weak``), a line of furniture by the ``lines`` rules (``line``) or a link (``link``), the first of them
    that matches the line. Without ``floating``, the ``lines`` rules that open with ".*" are left out; with
    ``low``, the pattern is for the line's ``folded`` text (``lowered``, not case-blind); with ``sentence``
    (and ``low``), for a line that ends with one of ``_SENTENCE_ENDS``: the rules that cannot end so are left out;
    with ``first`` (and ``low``), for a line that starts with that character (lower case): the rules that cannot
    start with it are left out. A group left with no rule is left out too: read the group from ``lastgroup``.

    On the generated corpus, the four patterns (a call each a line) took two thirds of the cost of ``find``
    on lines of running text, most of it in the ".*"-led rules (".*add to home ?screen.*"), tried at every
    character; a case-blind pattern tries each of its hundred rules in turn, where a plain one passes over
    a rule whose first letter is not the line's: half the time again. Of what was left, two thirds went to
    rules that open with a letter class or an optional group ("(?:[a-z]+ )?... ago"), none of which can end
    a sentence. Of what was left again, most went to the rules that cannot start with the line's first letter
    (a rule that opens with a group or an optional part is entered before it fails): a few of them are left."""
    groups = {name: _alternatives(floating)[name] for name in ("strong", "weak", "line", "link")}
    if not low:
        return re.compile("|".join(f"(?P<{name}>{'|'.join(rules)})" for name, rules in groups.items()), re.I)
    folded = {name: [lowered(rule) for rule in rules] for name, rules in groups.items()}
    if sentence:
        folded = {name: [r for r in rules if can_end_with(r, _SENTENCE_ENDS)] for name, rules in folded.items()}
    if first:
        folded = {name: [r for r in rules if can_start_with(r, first)] for name, rules in folded.items()}
    return _compiled("|".join(f"(?P<{name}>{'|'.join(rules)})" for name, rules in folded.items() if rules) or "(?!)")


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, once for the first characters whose rules are the same ("b" and "h" of a sentence)."""
    return re.compile(pattern)


@cache
def _needles() -> tuple[str, ...]:
    """The plain text each ".*"-led ``lines`` rule must hold: a text that holds none needs no such rule."""
    return tuple(_needle(p) for p in data("boilerplate.json")["lines"] if p.startswith(".*"))


def _needle(rule: str) -> str:
    """The plain text a ".*"-led rule must hold, lower-case ("add to home" of ".*add to home ?screen.*");
    "" when that is not plain to see (the rule then always runs).

    >>> _needle(".*add to home ?screen.*"), _needle(".*web app ?got it!?"), _needle(".*a|b")
    ('add to home', 'web app', '')
    """
    if "|" in rule:
        return ""
    text = re.match(r"[\w ]*", rule[2:]).group()  # type: ignore[union-attr]  # always matches
    if rule[2 + len(text) : 3 + len(text)] in ("?", "*", "{"):  # its last character may be left out
        text = text[:-1]
    return text.lower()


def bare(line: str) -> str:
    """A line without its list bullet and surrounding spaces."""
    if not line or line[:1].isalpha():  # no bullet, no space before: most lines (a letter is no bullet or digit)
        return line.rstrip()
    return line[_BULLET.match(line).end() :].strip()  # type: ignore[union-attr]  # _BULLET always matches


def find(text: str, all_lines: Sequence[Line], found: Sequence[Stamp]) -> tuple[Spans, Spans]:
    """The furniture of ``text`` (merged spans, in order), and among it the lists of other stories.

    >>> from .stamps import lines, stamps
    >>> text = "Fire kills 3\\n5 min read\\nRelated: Death toll rises to 135\\nThree died, police said. © 2022 Wire."
    >>> spans, _ = find(text, lines(text), stamps(text))
    >>> [text[a:b] for a, b in spans]
    ['5 min read', 'Related: Death toll rises to 135', '© 2022 Wire.']
    """
    low = folded_article(text)
    floating = low is None or any(n in low for n in _needles())
    rules = _line_rules(floating, False) if low is None else None
    head: int | None = None  # the body's first line, found when a section heading asks
    spans: list[tuple[int, int]] = []
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(all_lines):
        line = all_lines[i]
        core = bare(line.text)
        if not core:
            i += 1
            continue
        if rules is not None:
            m = rules.fullmatch(core)
        else:
            low_core = core.lower()
            m = _line_rules(floating, True, core[-1] in _SENTENCE_ENDS, low_core[0]).fullmatch(low_core)
        group = None if m is None else m.lastgroup  # the rules hold no group of their own: their group closes last
        opens_list = group == "strong"
        if group == "weak":
            head = header_end(all_lines, text) if head is None else head
            opens_list = i > head or _bulleted(all_lines, i + 1)
        if opens_list:
            last = _list_end(all_lines, i + 1)
            blocks.append((line.start, all_lines[last].end))
            i = last + 1
            continue
        if group == "weak":  # a section heading that opens no list: the other rules, one by one
            line_re, _, _, link = _patterns()
            ruled = line_re.fullmatch(core) is not None or link.fullmatch(core) is not None
        else:
            ruled = m is not None
        if ruled or _dated_link(core) or _url_line(core):
            spans.append((line.start, line.end))
        i += 1
    spans.extend(blocks)
    spans.extend((s.start, s.end) for s in found)
    spans.extend(_inline(text, low, all_lines))
    return merge(spans), tuple(blocks)


def _bulleted(all_lines: Sequence[Line], i: int) -> bool:
    nxt = next((ln for ln in all_lines[i:] if ln.text.strip()), None)
    return nxt is not None and _BULLET.match(nxt.text).end() > len(nxt.text) - len(nxt.text.lstrip())  # type: ignore[union-attr]


def _list_end(all_lines: Sequence[Line], i: int) -> int:
    """The last line of a list of other stories' headlines that starts at line ``i`` (after its heading):
    short lines that are not sentences, blank lines between them, up to 30 lines."""
    last = i - 1
    for line in all_lines[i : i + 30]:
        core = bare(line.text)
        if not core:
            continue
        truncated = core.endswith(("...", "…"))
        if not truncated and (is_body(core) or _SENTENCE_END.search(core)):
            break
        last = line.number
    return last


def _dated_link(core: str) -> bool:
    """A headline after a date, as in a list of dated links ("March 05, 2015 You're 55 Times More Likely ...")."""
    if not (core[:1].isdigit() or core[:3].lower() in _MONTH_STARTS) or _SENTENCE_END.search(core):
        return False
    if len(core.split(None, 3)) < 4:  # a quick no: the date line of almost every article ("January 16, 2022")
        return False
    dates = written(core)
    if not dates or dates[0].start != 0:
        return False
    rest = core[dates[0].end :].strip()
    words = rest.split()  # four words or more: so ``core`` holds four or more (the date may be glued to the first)
    return len(words) >= 4 and rest[:1].isupper() and sum(w[:1].isupper() for w in words) * 2 > len(words)


_MONTH_STARTS = frozenset(m[:3] for m in months())


# What a url ("<", "http", "www.") or a label ("original", "url", "source", "link") opens with: the letters in
# both cases, and "ſ", which re.I reads as "s" (tests/documents/test_quick.py holds this to re.I).
_URL_LINE_STARTS = frozenset("<hHwWoOuUsSlLſ")


def _url_line(core: str) -> bool:
    """A line that is a url, or an "Original url:" label with or without its url."""
    if core[:1] not in _URL_LINE_STARTS:  # a quick no: neither a url nor a label opens the line (even case-blind)
        return False
    label = _URL_LABEL.match(core)  # it opens the line: one try, not a scan for it (``sub``)
    rest = core[label.end() :] if label else core
    return not rest or (rest != core and _URL.match(rest) is not None) or (_URL.match(core) is not None)


def _inline(text: str, low_at: str | None, all_lines: Sequence[Line]) -> Iterable[tuple[int, int]]:
    """Furniture inside lines: urls, e-mail addresses, copyright notices, wire datelines, live-blog time marks.

    Each pattern runs only when its cue is in the text, and from where its first match can start: these
    scans were a third of the cost of ``find`` on the generated corpus (a url at the end of every article
    was looked for from the first character, by a case-blind pattern). ``low_at`` is ``folded(text)``, and
    ``all_lines`` the text's ``lines``."""
    low = text.lower() if low_at is None else low_at
    for pattern, cue in (
        (_URL, ("http", "www.")),
        (_EMAIL, ("@",)),
        (_COPYRIGHT, ("©", "copyright", "(c)")),
        (_RESERVED, ("reserved",)),
        (_CREDIT, (" by ",)),
    ):
        if not any(c in low for c in cue):
            continue
        for m in pattern.finditer(text, _first_start(pattern, text, low_at)):
            if m.end() > m.start():
                yield m.span()
    yield from (m.span() for m in _live_marks(text, all_lines))  # a look at each line's start: cheaper than its cues
    for line in datelines(text):
        yield line.start, line.end


def _live_marks(text: str, all_lines: Sequence[Line]) -> list[re.Match[str]]:
    """``_LIVE_MARK.finditer(text)`` (its matches that are not empty), tried only at the start of each line that opens
    with a digit, "[" or "U" after its spaces and tabs: each match starts so at a line's start and takes no line break.
    A scan of the text for them cost about 50,000 instructions an article of the generated corpus, this a tenth."""
    found = []
    for line in all_lines:
        first = line.text.lstrip(" \t")[:1]
        if first and (first.isdecimal() or first in "[Uu"):  # \d is str.isdecimal
            m = _LIVE_MARK.match(text, line.start)
            if m is not None and m.end() > m.start():
                found.append(m)
    return found


def _first_start(pattern: re.Pattern[str], text: str, low: str | None) -> int:
    """An offset no match of ``pattern`` (one of ``_inline``'s) starts before; ``low`` is ``folded(text)``."""
    if pattern is _URL and low is not None:  # at "http" or "www.", or at a "<" right before
        return max(0, min(i for i in (low.find("http"), low.find("www."), len(text)) if i >= 0) - 1)
    if pattern is _COPYRIGHT:  # at "Copyright", "©" or "(c)"
        return min(i for i in (text.find("Copyright"), text.find("©"), text.find("(c)"), len(text)) if i >= 0)
    if pattern is _RESERVED and low is not None:  # at "All rights " before "reserved"
        return max(0, low.find("reserved") - len("all rights "))
    if pattern is _EMAIL:  # at the start of the run of name characters before the first "@"
        at = text.find("@")
        while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_.+-"):  # [\w.+-]
            at -= 1
        return max(at, 0)
    return 0


def merge(spans: Iterable[tuple[int, int]]) -> Spans:
    """Spans sorted, with overlapping and touching ones joined.

    >>> merge([(5, 9), (0, 2), (8, 12), (12, 13)])
    ((0, 2), (5, 13))
    """
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        elif b > a:
            out.append([a, b])
    return tuple((a, b) for a, b in out)
