"""Report stage: a ``Result`` -> text, in one of the formats below (one render dispatch)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import Result
from .json_out import render_claims_jsonl, render_json
from .table import render_claims_table, render_table
from .view import View

FORMATS: tuple[str, ...] = ("table", "json", "html", "markdown", "csv")
EXTRACT_FORMATS: tuple[str, ...] = ("table", "json", "jsonl")

Renderer = Callable[[Result, TextIO, View], None]


def _html(result: Result, out: TextIO, view: View) -> None:
    from .html import render_html  # imported on use: Jinja2 costs start-up time every other format does not need

    render_html(result, out, view)


def _markdown(result: Result, out: TextIO, view: View) -> None:
    from .markdown import render_markdown

    render_markdown(result, out, view)


def _csv(result: Result, out: TextIO, view: View) -> None:
    from .csv_out import render_csv

    render_csv(result, out, view)


_COMPARE: dict[str, Renderer] = {
    "table": render_table,
    "json": lambda r, out, view: render_json(r, out),
    "html": _html,
    "markdown": _markdown,
    "csv": _csv,
}
_EXTRACT: dict[str, Renderer] = {
    "table": render_claims_table,
    "json": lambda r, out, view: render_json(r, out, findings=False),
    "jsonl": lambda r, out, view: render_claims_jsonl(r, out),
}

__all__ = ["EXTRACT_FORMATS", "FORMATS", "View", "render"]


def render(result: Result, fmt: str, out: TextIO, view: View = View(), *, claims_only: bool = False) -> None:  # noqa: B008
    """Write ``result`` to ``out`` as ``fmt``: findings (compare) or, with ``claims_only``, claims (extract).

    JSON, HTML and CSV always carry everything they hold (HTML: quotes and sources); ``view`` shapes the
    table and the Markdown.
    """
    table = _EXTRACT if claims_only else _COMPARE
    table[fmt](result, out, view)
