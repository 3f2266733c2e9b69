"""What a reader asked to see besides the findings themselves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class View:
    quotes: bool = False
    """Show the quote and attribution under each value."""
    sources: bool = False
    """Add the table of documents: outlet, date, and how their claims stand against the consensus."""
