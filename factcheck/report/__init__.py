"""Report stage: a ``Result`` -> text, in one of the formats below (one render dispatch)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import Result
from .json_out import render_claims_jsonl, render_json
from .table import render_claims_table, render_table

FORMATS: tuple[str, ...] = ("table", "json")
EXTRACT_FORMATS: tuple[str, ...] = ("table", "json", "jsonl")

Renderer = Callable[[Result, TextIO, bool], None]

_COMPARE: dict[str, Renderer] = {"table": render_table, "json": lambda r, out, quotes: render_json(r, out)}
_EXTRACT: dict[str, Renderer] = {
    "table": render_claims_table,
    "json": lambda r, out, quotes: render_json(r, out, findings=False),
    "jsonl": lambda r, out, quotes: render_claims_jsonl(r, out),
}


def render(result: Result, fmt: str, out: TextIO, *, quotes: bool = False, claims_only: bool = False) -> None:
    """Write ``result`` to ``out`` as ``fmt``: findings (compare) or, with ``claims_only``, claims (extract)."""
    table = _EXTRACT if claims_only else _COMPARE
    table[fmt](result, out, quotes)
