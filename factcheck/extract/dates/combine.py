"""Join resolved date atoms into the spans the words around them make.

- ranges: "from A to B", "between A and B", "A - B", "A through B" (a yearless end takes the year of the
  other end; a range that ends in a named period stops where that period starts, "the end of X" at its
  end);
- open-ended: "since A", "starting A", "A or later" (from A on); "after A" (from the day after A);
  "before A" (up to the day before A); "by A", "until A", "no later than A" (up to the end of A);
- offsets: "2 weeks before A", "3 days after A", "more than 2 weeks after A", "less than 3 days after A";
- spans: "for 3 days from A", "a week starting A", "the week of A".

A "now" atom stands only inside a range ("between January and now").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from .atoms import Atom
from .cal import DAY, DateMention, mention_of, monday, safe
from .periods import amount_parts, offset, time_amounts


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    n, units = amount_parts()
    span = rf"{n}\s+{units}(?:(?:,?\s+and|,)?\s+{n}\s+{units})*"
    return {
        "range": re.compile(r"\s*(?:-|–|—|~|to|till|until|thru|through)\s*|\s+and\s+", re.I),
        "from": re.compile(r"(?<![\w-])(from|between)\s+$", re.I),
        "offset": re.compile(rf"(?<![\w-])(?:(more|less)\s+than\s+)?({span})\s+(after|from|before|since)\s+$", re.I),
        "for": re.compile(
            rf"(?<![\w-])(?:for\s+)?({span}),?\s+(?:from|starting(?:\s+from|\s+on)?|beginning(?:\s+on)?)\s+$", re.I
        ),
        "week_of": re.compile(
            r"(?<![\w/-])(?:(?:the\s+)?week\s+(?:of|beginning|commencing|starting(?:\s+on)?)|w/c)\s+$", re.I
        ),
        "open": re.compile(
            r"(?<![\w-])(since|after|before|by|until|till|prior\s+to|no\s+later\s+than|not\s+later\s+than|later\s+than"
            r"|earlier\s+than|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|as\s+early\s+as|as\s+late\s+as"
            r"|(?:year\s+)?greater\s+than|>\s*=|<\s*=|>|<)\s*$",
            re.I,
        ),
        "suffix": re.compile(r"\s+(?:and|or)\s+(after|later|greater|onwards|beyond|before|earlier)(?![\w-])", re.I),
    }


def combine(text: str, atoms: list[Atom], ref: dt.date | None) -> list[DateMention]:
    """The mentions the atoms make once joined; atoms must be sorted by position and not overlap."""
    out: list[DateMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            joined = _range(text, a, atoms[i + 1], ref)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        single = _modified(text, a)
        if single is not None:
            out.append(single)
        i += 1
    return out


def _widen(m: DateMention, text: str, first: int, last: int, **values: Any) -> DateMention:
    """``dataclasses.replace(m, text=text[first:last], char_start=first, char_end=last, **values)``."""
    get = values.get
    return mention_of(
        text[first:last],
        first,
        last,
        get("date", m.date),
        get("start", m.start),
        get("end", m.end),
        get("precision", m.precision),
        get("relative", m.relative),
    )


def _range(text: str, a: Atom, b: Atom, ref: dt.date | None) -> DateMention | None:
    ma, mb = a.mention, b.mention
    if not _rx()["range"].fullmatch(text, ma.char_end, mb.char_start) or "open" in (a.kind, b.kind):
        return None  # (the pattern looks neither behind nor ahead: the same as a full match of the gap alone)
    gap = text[ma.char_end : mb.char_start]
    before = text[max(0, ma.char_start - 12) : ma.char_start]
    lead = _rx()["from"].search(before)
    if gap.strip().lower() == "and" and not (lead and lead.group(1).lower() == "between"):
        return None
    if "\n" in gap:
        return None
    start, end = _ends(a, b, ref)
    if start is None or end is None or end < start:
        return None
    begin = lead.start() + max(0, ma.char_start - 12) if lead else ma.char_start
    return _widen(
        ma,
        text,
        begin,
        mb.char_end,
        date=None,
        start=start,
        end=end,
        precision="range",
        relative=ma.relative or mb.relative,
    )


def _ends(a: Atom, b: Atom, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    sa, sb = a.mention.start, b.mention.start
    if sa is None or sb is None:
        return None, None
    if not a.explicit_year and b.explicit_year and a.kind in ("day", "month") and a.month:
        sa = safe(sb.year, a.month, a.day or 1)
        if sa is not None and sa > sb:
            sa = safe(sb.year - 1, a.month, a.day or 1)
    elif not b.explicit_year and b.kind in ("day", "month") and b.month and sa is not None:
        if not a.explicit_year and a.kind == "month" and b.kind == "month" and a.month and ref is not None:
            sa = dt.date(ref.year if a.month < ref.month else ref.year - 1, a.month, 1)
        sb = safe(sa.year, b.month, b.day or 1)
        if sb is not None and sb < sa:
            sb = safe(sa.year + 1, b.month, b.day or 1)
    if sa is None or sb is None:
        return None, None
    if b.kind in ("day", "now", "part_end"):
        length = (b.mention.end - b.mention.start) if b.mention.end and b.mention.start else dt.timedelta(0)
        return sa, sb + length
    return sa, sb - DAY


def _modified(text: str, a: Atom) -> DateMention | None:
    m = a.mention
    if a.kind == "now":
        return None
    head = text[max(0, m.char_start - 80) : m.char_start]
    base = max(0, m.char_start - 80)
    rx = _rx()
    day = m.date
    tail = _tail(head)
    if tail is not None and not _may_any(tail):  # none of the searches below can match
        return _suffixed(text, m, rx)
    if day is not None and _may_offset(tail) and (hit := rx["offset"].search(head)):
        more, span, direction = hit.group(1), hit.group(2), hit.group(3).lower()
        sign = -1 if direction == "before" else 1
        moved = offset(day, time_amounts(span), sign)
        begin = base + hit.start()
        if more and more.lower() == "more":
            lo, hi = (None, moved) if sign < 0 else (moved, None)
            return _widen(m, text, begin, m.char_end, date=None, start=lo, end=hi, precision="range")
        if more:
            lo, hi = (moved, day) if sign < 0 else (day, moved)
            return _widen(m, text, begin, m.char_end, date=None, start=lo, end=hi, precision="range")
        return _widen(m, text, begin, m.char_end, date=moved, start=moved, end=moved)
    if day is not None and _may_for(tail) and (hit := rx["for"].search(head)) and not rx["offset"].search(head):
        end = offset(day, time_amounts(hit.group(1)), 1) - DAY
        return _widen(m, text, base + hit.start(), m.char_end, date=None, start=day, end=end, precision="range")
    if day is not None and _may_week_of(tail) and (hit := rx["week_of"].search(head)):
        first = monday(day)
        return _widen(
            m, text, base + hit.start(), m.char_end, date=None, start=first, end=first + 6 * DAY, precision="week"
        )
    if m.start is not None and _may_open(tail) and (hit := rx["open"].search(head)):
        word = " ".join(hit.group(1).lower().split())
        return _widen(m, text, base + hit.start(), m.char_end, date=None, precision="range", **_open(word, a))
    return _suffixed(text, m, rx)


def _suffixed(text: str, m: DateMention, rx: dict[str, re.Pattern[str]]) -> DateMention:
    """``m``, or the open span its "or later", "and before"... makes."""
    after = rx["suffix"].match(text, m.char_end)
    if m.start is not None and after:
        later = after.group(1).lower() not in ("before", "earlier")
        lo, hi = (m.start, None) if later else (None, m.end)
        return _widen(m, text, m.char_start, after.end(), date=None, start=lo, end=hi, precision="range")
    return m


def _tail(head: str) -> tuple[bool, str, str] | None:
    """Whether ``head`` ends with white space, and its last two words, lower-case; None if it is not ASCII.

    The patterns of ``_rx`` that end at a mention ("2 days after", "starting on", "the week of", "no later
    than") each end with their own words, all but "open" with white space after them: the ``_may_*`` checks
    tell from the tail when one cannot match, so that its search is skipped.
    """
    if not head.isascii():
        return None
    words = head.lower().rsplit(None, 2)
    return head[-1:].isspace(), words[-1] if words else "", words[-2] if len(words) > 1 else ""


# What the ``_may_*`` checks let through, and more: the last words after which a search of ``_modified`` may
# match (some only after a previous word that ends as given).
_LAST_ENDS = ("since", "after", "before", "by", "until", "till", "starting", "beginning", "=", ">", "<", "w/c", "from")
_PREVIOUS_ENDS = {
    "on": ("starting", "beginning"),
    "of": ("week",),
    "commencing": ("week",),
    "to": ("prior",),
    "than": ("later", "earlier", "greater"),
    "as": ("early", "late"),
}


def _may_any(t: tuple[bool, str, str]) -> bool:
    """Whether any of ``_may_offset``, ``_may_for``, ``_may_week_of`` and ``_may_open`` may let ``t`` through."""
    _, last, prev = t
    return last.endswith(_LAST_ENDS) or (last in _PREVIOUS_ENDS and prev.endswith(_PREVIOUS_ENDS[last]))


def _may_offset(t: tuple[bool, str, str] | None) -> bool:
    return t is None or (t[0] and t[1] in ("after", "from", "before", "since"))


def _may_for(t: tuple[bool, str, str] | None) -> bool:
    return t is None or (
        t[0] and (t[1] in ("from", "starting", "beginning") or (t[1] == "on" and t[2] in ("starting", "beginning")))
    )


def _may_week_of(t: tuple[bool, str, str] | None) -> bool:
    if t is None:
        return True
    spaced, last, prev = t
    return spaced and (
        last.endswith("w/c")
        or (last in ("of", "beginning", "commencing", "starting") and prev.endswith("week"))
        or (last == "on" and prev == "starting")
    )


def _may_open(t: tuple[bool, str, str] | None) -> bool:
    if t is None:
        return True
    _, last, prev = t
    return (
        last.endswith(("since", "after", "before", "by", "until", "till", "starting", "beginning", "=", ">", "<"))
        or (last in ("on", "from") and prev.endswith(("starting", "beginning")))
        or (last == "to" and prev.endswith("prior"))
        or (last == "than" and prev.endswith(("later", "earlier", "greater")))
        or (last == "as" and prev in ("early", "late"))
    )


def _open(word: str, a: Atom) -> dict[str, dt.date | None]:
    m = a.mention
    assert m.start is not None and m.end is not None
    if word.startswith(("since", "starting", "beginning", "as early")) or word.replace(" ", "") == ">=":
        return {"start": m.start, "end": None}
    if word.startswith(("after", "later", "greater", "year")) or word == ">":
        return {"start": m.end + DAY, "end": None}
    if word.startswith(("before", "prior", "earlier")) or word == "<":
        return {"start": None, "end": m.end if a.kind == "part_end" else m.start - DAY}
    return {"start": None, "end": m.end}
