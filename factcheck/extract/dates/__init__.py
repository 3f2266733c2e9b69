"""Dates in text: ``parse_dates(text, reference)`` finds date mentions and resolves them against the
article's own date.

Modules: ``parse`` (candidates and their resolution), ``patterns`` (the compiled patterns), ``atoms``
and ``periods`` (days, weekdays, holidays, months, years, named and rolling periods), ``combine``
(ranges and open spans), ``cal`` (the calendar helpers and the one call into dateparser).
"""

from .cal import DateMention
from .parse import candidates, parse_dates

__all__ = ["DateMention", "candidates", "parse_dates"]
