"""The command line: a thin layer over ``factcheck.pipeline``. The only module that imports click.

Exit status: 0 ok; 1 when ``--fail-on-contradiction`` finds one; 2 for a usage error or when an
input could not be read (the others are still compared); 3 for a bug (``--traceback`` shows it).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from . import __version__
from .errors import FactcheckError, InputNotFound
from .extract import CLAIM_TYPES
from .model import VERDICTS, Result
from .pipeline import run
from .reconcile import Selection
from .report import EXTRACT_FORMATS, FORMATS, View, render
from .report.schema import schema

F = TypeVar("F", bound=Callable[..., Any])


class _Cli(click.Group):
    """Turns library errors into one-line messages and a closed pipe into a quiet exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_stdout()
            ctx.exit(0)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except FactcheckError as e:
            click.echo(f"factcheck: error: {e}", err=True)
            ctx.exit(2)
        except Exception as e:  # a bug: one line unless asked for the stack
            if ctx.meta.get("traceback"):
                raise
            click.echo(f"factcheck: error: unexpected {type(e).__name__}: {e} (rerun with --traceback)", err=True)
            ctx.exit(3)


def _quiet_stdout() -> None:
    """After EPIPE, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _types(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    types = tuple(t.strip() for v in value for t in v.split(",") if t.strip())
    unknown = [t for t in types if t not in CLAIM_TYPES]
    if unknown:
        raise click.BadParameter(f"unknown type {unknown[0]!r}; known types: {', '.join(CLAIM_TYPES)}")
    return tuple(dict.fromkeys(types))


def _traceback(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.find_root().meta["traceback"] = True
    return value


def common_options(func: F) -> F:
    """Options every reading command shares: paths, --type, --quotes, --traceback."""
    decorators = [
        click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
        click.option(
            "--type",
            "types",
            multiple=True,
            callback=_types,
            metavar="TYPE",
            help=f"Only these claim types (repeat or comma-separate): {', '.join(CLAIM_TYPES)}.",
        ),
        click.option("--quotes", is_flag=True, help="Show the exact quote (and attribution) behind every value."),
        click.option(
            "--traceback",
            is_flag=True,
            expose_value=False,
            callback=_traceback,
            is_eager=True,
            help="Show the stack of an unexpected error.",
        ),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _format_option(choices: tuple[str, ...]) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=None,
        help="Output format [default: table on a terminal, json when piped].",
    )


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option(
    "--traceback",
    is_flag=True,
    expose_value=False,
    callback=_traceback,
    is_eager=True,
    help="Show the stack of an unexpected error.",
)
def cli() -> None:
    """Line up the checkable claims of several news reports and show where they disagree."""


@cli.command()
@common_options
@_format_option(FORMATS)
@click.option(
    "--verdict",
    "verdicts",
    multiple=True,
    type=click.Choice(VERDICTS),
    help="Only findings with this verdict (repeatable).",
)
@click.option(
    "--min-sources",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Only findings backed by at least N documents.",
)
@click.option(
    "--sources",
    "show_sources",
    is_flag=True,
    help="Add a table of documents: outlet, date, agree / contradict / only it.",
)
@click.option("--fail-on-contradiction", is_flag=True, help="Exit 1 when any contradiction is reported.")
def compare(
    paths: tuple[str, ...],
    types: tuple[str, ...],
    quotes: bool,
    fmt: str | None,
    verdicts: tuple[str, ...],
    min_sources: int,
    show_sources: bool,
    fail_on_contradiction: bool,
) -> None:
    """Compare the claims of the articles in PATH... (files, folders, or - for standard input).

    \b
    Example:
        factcheck compare seeds/
        factcheck compare seeds/ --type troops,deaths --verdict contradiction --quotes
        factcheck compare seeds/ --sources
        factcheck compare seeds/ --format json | jq '.findings[] | select(.verdict == "contradiction")'
    """
    result = _run(paths, Selection(types=types, verdicts=verdicts, min_sources=min_sources), findings=True)
    render(result, _fmt(fmt), sys.stdout, View(quotes=quotes, sources=show_sources))
    _exit(result, fail_on_contradiction)


@cli.command()
@common_options
@_format_option(EXTRACT_FORMATS)
def extract(paths: tuple[str, ...], types: tuple[str, ...], quotes: bool, fmt: str | None) -> None:
    """Print the claims found in each article of PATH..., without comparing them.

    \b
    Example:
        factcheck extract seeds/001_1e234ebbebbaf77f.txt
        factcheck extract seeds/ --type person --format jsonl
    """
    result = _run(paths, Selection(types=types), findings=False)
    render(result, _fmt(fmt), sys.stdout, View(quotes=quotes), claims_only=True)
    _exit(result, False)


@cli.command(name="schema")
@click.option("--extract", "claims_only", is_flag=True, help="The schema of `extract --format json` instead.")
def schema_command(claims_only: bool) -> None:
    """Print the JSON Schema of `compare --format json` output.

    \b
    Example:
        factcheck schema > factcheck.schema.json
    """
    click.echo(json.dumps(schema(claims_only=claims_only), indent=2))


def _run(paths: tuple[str, ...], selection: Selection, *, findings: bool) -> Result:
    try:
        result = run(paths, stdin=sys.stdin, selection=selection, findings=findings)
    except InputNotFound as e:
        raise click.BadParameter(str(e), param_hint="PATH") from None
    for error in result.errors:
        click.echo(f"factcheck: warning: {error.path}: {error.reason}", err=True)
    return result


def _fmt(fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    return "table" if sys.stdout.isatty() else "json"


def _exit(result: Result, fail_on_contradiction: bool) -> None:
    sys.stdout.flush()
    if result.errors:
        sys.exit(2)
    if fail_on_contradiction and any(f.verdict == "contradiction" for f in result.findings):
        sys.exit(1)


def main() -> None:
    """The console script."""
    cli(prog_name="factcheck")
