"""Participants in findings: which country lists are about one force.

Lists that share a country are one force's, and one finding; a list with no country in common with
another ("Chad, Mali and Niger" beside "Sweden, Estonia and Italy") is about another force, and its own
finding. The force most lists speak of keeps the key ``participants``; another is keyed by its countries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import Claim, Participants


def same_force(claims: Sequence[Claim]) -> Sequence[Claim]:
    """``claims`` with each story participants list keyed by the force it is about."""
    lists = [i for i, c in enumerate(claims) if c.type == "participants" and c.scope == "story"]
    if len(lists) < 2:
        return claims
    up = {i: i for i in lists}

    def find(i: int) -> int:
        while up[i] != i:
            up[i] = up[up[i]]
            i = up[i]
        return i

    holder: dict[str, int] = {}  # a country -> a list that names it
    for i in lists:
        value = claims[i].value
        assert isinstance(value, Participants)
        for code in value.countries:
            if code in holder:
                up[find(i)] = find(holder[code])
            else:
                holder[code] = i
    forces: dict[int, list[int]] = {}
    for i in lists:
        forces.setdefault(find(i), []).append(i)
    if len(forces) == 1:
        return claims
    out = list(claims)
    ranked = sorted(forces.values(), key=lambda f: (-len(f), f[0]))
    for force in ranked[1:]:
        countries = sorted({code for i in force for code in claims[i].value.countries})  # type: ignore[union-attr]
        key = "participants:" + " ".join(countries)
        for i in force:
            out[i] = dataclasses.replace(claims[i], key=key)
    return out
