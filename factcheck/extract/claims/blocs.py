"""Groups of countries by their dated membership table (``data/country_groups.json``).

"every EU member except Hungary", "all ASEAN states apart from Myanmar", "the G7": a group is read as its
members on the article's date, or its newest membership when the article has no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from ..lexicon import data


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    name: str
    names: tuple[str, ...]
    named_by_members: bool  # "the G7" is its members; "the EU" is an institution, "all EU members" its members
    members: tuple[tuple[str, dt.date, dt.date | None], ...]  # code, joined, last day a member (None: still)

    def on(self, day: dt.date | None) -> tuple[str, ...]:
        """The members on ``day``, or the members today (in the table) when it is None.

        >>> eu = group_index()["EU"]
        >>> "GB" in eu.on(dt.date(2016, 6, 23)), "GB" in eu.on(None), len(eu.on(None))
        (True, False, 27)
        """
        return tuple(
            sorted(
                {
                    code
                    for code, since, until in self.members
                    if (until is None if day is None else since <= day and (until is None or day <= until))
                }
            )
        )


@cache
def groups() -> tuple[Group, ...]:
    return tuple(
        Group(
            name=g["group"],
            names=tuple(g["names"]),
            named_by_members=bool(g["named_by_members"]),
            members=tuple(
                (
                    m["code"],
                    dt.date.fromisoformat(m["since"]),
                    dt.date.fromisoformat(m["until"]) if m.get("until") else None,
                )
                for m in g["members"]
            ),
        )
        for g in data("country_groups.json")["groups"]
    )


@cache
def group_index() -> dict[str, Group]:
    """Every name of a group, as written, to the group."""
    return {name: g for g in groups() for name in g.names}
