"""Whether a regular expression can match a text that ends (or starts) with one of some characters, read from its
parsed form.

The furniture rules match a whole line, so a rule that cannot end with a line's last character need not be
tried on it: most lines of an article end a sentence (".") and most rules cannot end so. On the generated
corpus the rules that open with a letter class or an optional group ("(?:[a-z]+ )?... ago", the ticker line)
took most of the cost of trying the rules on a line of running text, though none of them ends with ".".
The answer errs on the safe side: a construct not read here (a lookaround, a backreference, a case-blind
part) counts as ending with anything. Likewise, a line is tried only with the rules that can start with its first
character (``can_start_with``): a line of running text opens with a capital, which most rules cannot start with.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre  # type: ignore[attr-defined,unused-ignore]
    from re import _parser as parser  # type: ignore[attr-defined,unused-ignore]
else:  # the same modules, under their old names (deprecated since 3.11)
    import sre_constants as sre
    import sre_parse as parser

# What the categories of a character set hold, as ``re`` reads them in a text (not bytes) pattern.
_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def can_end_with(pattern: str, chars: str) -> bool:
    """Whether a match of the case-sensitive ``pattern`` can end with one of ``chars`` (True when in doubt).

    >>> can_end_with(r"(?:\\d+|an?) (?:days?|weeks?) ago", "."), can_end_with(r"printed on .*", ".")
    (False, True)
    >>> can_end_with(r"[\\w ]{0,20}ranking\\s*:?", ":"), can_end_with(r"version \\d+ ?\\|?", "|")
    (True, True)
    """
    parsed = _parsed(pattern)
    if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
        return True
    return _ends(parsed.data, chars)[0]


def can_start_with(pattern: str, chars: str) -> bool:
    """Whether a match of the case-sensitive ``pattern`` can start with one of ``chars`` (True when in doubt).

    >>> can_start_with(r"(?:[a-z]+ )?(?:\\d+|an?) days ago", "5"), can_start_with(r"(?:\\W+ )?news: \\d+%", "t")
    (True, False)
    """
    parsed = _parsed(pattern)
    if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
        return True
    return _ends(parsed.data, chars, first=True)[0]


@lru_cache(maxsize=1024)
def _parsed(pattern: str) -> Any:
    """The parsed form of ``pattern`` (read, never changed): parsed once for all the first characters of lines."""
    return parser.parse(pattern)


def _ends(items: Any, chars: str, first: bool = False) -> tuple[bool, bool]:
    """Whether the parsed ``items`` (in a row) can end with one of ``chars`` (with ``first``: start with one of
    them), and whether they can match nothing."""
    for op, av in list(items) if first else reversed(list(items)):
        ends, empty = _item_ends(op, av, chars, first)
        if ends:
            return True, False
        if not empty:
            return False, False
    return False, True


def _item_ends(op: Any, av: Any, chars: str, first: bool) -> tuple[bool, bool]:
    """``_ends`` of one parsed item: its operator ``op`` and argument ``av``."""
    if op is sre.LITERAL:
        return chr(av) in chars, False
    if op is sre.NOT_LITERAL:
        return any(char != chr(av) for char in chars), False
    if op is sre.ANY:
        return True, False
    if op is sre.IN:
        return any(_in_set(av, char) for char in chars), False
    if op is sre.AT:  # "^", "$", "\b": no character
        return False, True
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        least, _, repeated = av
        ends, empty = _ends(repeated, chars, first)
        return ends, empty or least == 0
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        return (True, True) if add_flags & sre.SRE_FLAG_IGNORECASE else _ends(inner, chars, first)
    if op is sre.BRANCH:
        found = [_ends(branch, chars, first) for branch in av[1]]
        return any(ends for ends, _ in found), any(empty for _, empty in found)
    return True, True  # anything else: in doubt


def _in_set(members: Any, char: str) -> bool:
    """Whether ``char`` is in a parsed character set ("[a-z.]", "\\d", "[^,]")."""
    found = False
    negated = False
    for op, av in members:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            found = found or chr(av) == char
        elif op is sre.RANGE:
            found = found or av[0] <= ord(char) <= av[1]
        elif op is sre.CATEGORY and av in _CATEGORIES:
            found = found or _CATEGORIES[av](char)
        else:
            return True  # in doubt
    return found != negated
