"""Report stage: a ``Result`` -> text, in one of the formats below (one render dispatch)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import Result
from .json_out import render_claims_jsonl, render_json
from .table import render_claims_table, render_table
from .view import View

FORMATS: tuple[str, ...] = ("table", "json")
EXTRACT_FORMATS: tuple[str, ...] = ("table", "json", "jsonl")

Renderer = Callable[[Result, TextIO, View], None]

_COMPARE: dict[str, Renderer] = {"table": render_table, "json": lambda r, out, view: render_json(r, out)}
_EXTRACT: dict[str, Renderer] = {
    "table": render_claims_table,
    "json": lambda r, out, view: render_json(r, out, findings=False),
    "jsonl": lambda r, out, view: render_claims_jsonl(r, out),
}

__all__ = ["EXTRACT_FORMATS", "FORMATS", "View", "render"]


def render(result: Result, fmt: str, out: TextIO, view: View = View(), *, claims_only: bool = False) -> None:  # noqa: B008
    """Write ``result`` to ``out`` as ``fmt``: findings (compare) or, with ``claims_only``, claims (extract).

    JSON always carries everything (quotes, outlets, sources); ``view`` only shapes the table.
    """
    table = _EXTRACT if claims_only else _COMPARE
    table[fmt](result, out, view)
