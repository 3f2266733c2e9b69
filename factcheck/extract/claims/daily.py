"""Figures of one thing side by side in a sentence, each on a day of its own: "police arrested 40 people on
Friday and 25 on Saturday", "On Monday 12 were rescued, and on Tuesday another 30". Each counts its own day,
never the story's total: its frame's event is that day (ISO), as a crowd's is the day of its march.

A sentence that updates a running total ("the toll rose to 44 on Sunday, from 30 on Saturday", "to 60 by
Monday") is not a breakdown: its figures are the total at two times, and stay the total's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from itertools import pairwise

from ...model import MORE, Claim
from .countdoc import CountDoc, frame_key
from .events import reported
from .occasions import days_in

# between two figures of a breakdown: the last "and", comma or semicolon ends the first one's part
_JOIN = re.compile(r"(?:[,;]\s*(?:and\s+|while\s+|but\s+)?|\s(?:and|while|but)\s+)")
# the words of a running total: its figures at two times are one total, not two days' counts
_RUNNING = re.compile(
    r"\b(?:toll|total|tally|overall|in\s+all|so\s+far|cumulative|rose|risen|rising|climbed|reached|"
    r"increased|jumped|up\s+from|down\s+from|revised|raised|lowered|from)\b",
    re.I,
)


def by_day(doc: CountDoc, claims: list[Claim], figures: list[tuple[int, int]]) -> list[Claim]:
    """``claims`` (with the offsets of their figures, ``figures``) with each day's count of a daily breakdown
    framed by its day."""
    out = list(claims)
    i = 0
    while i < len(out):
        j = i + 1
        sent = doc.sentence(figures[i][0])
        while j < len(out) and _siblings(out[i], out[j]) and figures[j][0] < sent.end:
            j += 1
        if j - i >= 2:
            days = _days(doc, figures[i:j], sent.start, sent.end)
            if days is not None:
                for k, day in enumerate(days, start=i):
                    # "40 on Friday and another 25 on Saturday": each day's count, the second no increment of a total
                    counted = out[i].frame.counted if out[k].frame.counted == MORE else out[k].frame.counted
                    frame = dataclasses.replace(out[k].frame, event=day.isoformat(), counted=counted)
                    out[k] = dataclasses.replace(out[k], frame=frame, key=frame_key(frame))
        i = j
    return out


def _siblings(a: Claim, b: Claim) -> bool:
    fa, fb = a.frame, b.frame
    return (
        a.type == b.type
        and fa.measure is not None
        and fa.measure not in ("crowd", "duration")  # a crowd has its day already; a duration is no count
        and (fa.measure, fa.place, fa.owner) == (fb.measure, fb.place, fb.owner)
        and fb.counted in (fa.counted, MORE)
        and fa.event is None
        and fb.event is None
    )


def _days(doc: CountDoc, figures: list[tuple[int, int]], start: int, end: int) -> list[dt.date] | None:
    """The day of each figure's part of the sentence, when each part gives one and no two give the same; else
    None (also for a running total)."""
    text = doc.text
    if _RUNNING.search(text, start, end):
        return None
    cuts = [start]
    for (_, a_end), (b_start, _) in pairwise(figures):
        joins = list(_JOIN.finditer(text, a_end, b_start))
        if not joins:
            return None  # "40 on Friday 25": no breakdown written
        cuts.append(joins[-1].start())
    cuts.append(end)
    days: list[dt.date] = []
    for lo, hi in pairwise(cuts):
        # "..., the ministry said on Sunday": the day it was said is no part's day
        found = {d.date for d in days_in(doc.prep, lo, hi) if d.date and not reported(text, lo, d.char_start)}
        if len(found) != 1:
            return None
        days.append(found.pop())
    return days if len(set(days)) == len(days) else None
