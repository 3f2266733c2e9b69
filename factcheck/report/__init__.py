"""Report stage: a ``Result`` -> text, in one of the formats below (one render dispatch)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import Result
from .view import View

FORMATS: tuple[str, ...] = ("table", "json", "html", "markdown", "csv")
EXTRACT_FORMATS: tuple[str, ...] = ("table", "json", "jsonl")

Renderer = Callable[[Result, TextIO, View], None]

# Each renderer is imported when its format is used: rich, Jinja2 and the rest cost start-up time
# that `factcheck --help` and the other formats should not pay.


def _table(result: Result, out: TextIO, view: View) -> None:
    from .table import render_table

    render_table(result, out, view)


def _json(result: Result, out: TextIO, view: View) -> None:
    from .json_out import render_json

    render_json(result, out)


def _html(result: Result, out: TextIO, view: View) -> None:
    from .html import render_html

    render_html(result, out, view)


def _markdown(result: Result, out: TextIO, view: View) -> None:
    from .markdown import render_markdown

    render_markdown(result, out, view)


def _csv(result: Result, out: TextIO, view: View) -> None:
    from .csv_out import render_csv

    render_csv(result, out, view)


def _claims_table(result: Result, out: TextIO, view: View) -> None:
    from .table import render_claims_table

    render_claims_table(result, out, view)


def _claims_json(result: Result, out: TextIO, view: View) -> None:
    from .json_out import render_json

    render_json(result, out, findings=False)


def _claims_jsonl(result: Result, out: TextIO, view: View) -> None:
    from .json_out import render_claims_jsonl

    render_claims_jsonl(result, out)


_COMPARE: dict[str, Renderer] = {"table": _table, "json": _json, "html": _html, "markdown": _markdown, "csv": _csv}
_EXTRACT: dict[str, Renderer] = {"table": _claims_table, "json": _claims_json, "jsonl": _claims_jsonl}

__all__ = ["EXTRACT_FORMATS", "FORMATS", "View", "render"]


def _stories_table(result: Result, out: TextIO, view: View) -> None:
    from .stories import render_stories_table

    render_stories_table(result, out)


def _stories_json(result: Result, out: TextIO, view: View) -> None:
    from .stories import render_stories_json

    render_stories_json(result, out)


_STORIES: dict[str, Renderer] = {"table": _stories_table, "json": _stories_json}


def render(
    result: Result,
    fmt: str,
    out: TextIO,
    view: View = View(),  # noqa: B008
    *,
    claims_only: bool = False,
    stories_only: bool = False,
) -> None:
    """Write ``result`` to ``out`` as ``fmt``: findings (compare), or with ``claims_only`` claims
    (extract), or with ``stories_only`` the stories (stories).

    JSON, HTML and CSV always carry everything they hold (HTML: quotes and sources); ``view`` shapes the
    table and the Markdown.
    """
    table = _STORIES if stories_only else _EXTRACT if claims_only else _COMPARE
    table[fmt](result, out, view)
