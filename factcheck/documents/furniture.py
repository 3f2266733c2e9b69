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
from functools import cache

from .published import datelines, header_end, is_body
from .stamps import Line, Stamp
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
    words = data("boilerplate.json")
    line = re.compile("|".join(f"(?:{p})" for p in words["lines"]), re.I)
    strong = re.compile("|".join(f"(?:{p})" for p in words["list_headings"]) + r"\s*:?", re.I)
    weak = re.compile("|".join(f"(?:{p})" for p in words["section_headings"]) + r"\s*:?", re.I)
    link = re.compile(r"(?:" + "|".join(re.escape(p) for p in words["link_prefixes"]) + r")\s*:\s+\S.*", re.I)
    return line, strong, weak, link


def bare(line: str) -> str:
    """A line without its list bullet and surrounding spaces."""
    return line[_BULLET.match(line).end() :].strip()  # type: ignore[union-attr]  # _BULLET always matches


def find(text: str, all_lines: Sequence[Line], found: Sequence[Stamp]) -> tuple[Spans, Spans]:
    """The furniture of ``text`` (merged spans, in order), and among it the lists of other stories.

    >>> from .stamps import lines, stamps
    >>> text = "Fire kills 3\\n5 min read\\nRelated: Death toll rises to 135\\nThree died, police said. © 2022 Wire."
    >>> spans, _ = find(text, lines(text), stamps(text))
    >>> [text[a:b] for a, b in spans]
    ['5 min read', 'Related: Death toll rises to 135', '© 2022 Wire.']
    """
    pattern, strong, weak, link = _patterns()
    head = header_end(all_lines, text)
    spans: list[tuple[int, int]] = []
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(all_lines):
        line = all_lines[i]
        core = bare(line.text)
        if not core:
            i += 1
            continue
        if strong.fullmatch(core) or (weak.fullmatch(core) and (i > head or _bulleted(all_lines, i + 1))):
            last = _list_end(all_lines, i + 1)
            blocks.append((line.start, all_lines[last].end))
            i = last + 1
            continue
        if pattern.fullmatch(core) or link.fullmatch(core) or _dated_link(core) or _url_line(core):
            spans.append((line.start, line.end))
        i += 1
    spans.extend(blocks)
    spans.extend((s.start, s.end) for s in found)
    spans.extend(_inline(text, blocks))
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
        last = line.index
    return last


def _dated_link(core: str) -> bool:
    """A headline after a date, as in a list of dated links ("March 05, 2015 You're 55 Times More Likely ...")."""
    from .stamps import written

    if not (core[:1].isdigit() or core[:3].lower() in _MONTH_STARTS) or _SENTENCE_END.search(core):
        return False
    dates = written(core)
    if not dates or dates[0].start != 0:
        return False
    rest = core[dates[0].end :].strip()
    words = rest.split()
    return len(words) >= 4 and rest[:1].isupper() and sum(w[:1].isupper() for w in words) * 2 > len(words)


_MONTH_STARTS = frozenset(m[:3] for m in months())


def _url_line(core: str) -> bool:
    """A line that is a url, or an "Original url:" label with or without its url."""
    rest = _URL_LABEL.sub("", core, count=1)
    return not rest or (rest != core and _URL.match(rest) is not None) or (_URL.match(core) is not None)


def _inline(text: str, blocks: Sequence[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Furniture inside lines: urls, e-mail addresses, copyright notices, wire datelines, live-blog time marks."""
    low = text.lower()
    for pattern, cue in (
        (_URL, ("http", "www.")),
        (_EMAIL, ("@",)),
        (_COPYRIGHT, ("©", "copyright", "(c)")),
        (_RESERVED, ("reserved",)),
        (_LIVE_MARK, (":", "[")),
        (_CREDIT, (" by ",)),
    ):
        if not any(c in low for c in cue):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                yield m.span()
    for line in datelines(text):
        yield line.start, line.end


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
