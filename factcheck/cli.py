"""The command line: a thin layer over ``factcheck.pipeline``. The only module that imports click.

Exit status: 0 ok; 1 when ``--fail-on-contradiction`` finds one; 2 for a usage error or when an
input could not be read (the others are still compared); 3 for a bug (``--traceback`` shows it);
130 after Ctrl-C and 143 after SIGTERM, quietly, with an ``--output`` file left as it was.
"""

from __future__ import annotations

import functools
import gc
import json
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .errors import FactcheckError, InputNotFound
from .extract import CLAIM_TYPES
from .model import VERDICTS, InputError, Result
from .outfile import replacing
from .reconcile import Selection
from .report import EXTRACT_FORMATS, FORMATS, View, render
from .report.progress import ProgressBar
from .report.view import shown
from .report.words import n

if TYPE_CHECKING:
    from .pipeline import Part
    from .stories import Grouping

F = TypeVar("F", bound=Callable[..., Any])


class Stopped(BaseException):
    """A signal asked this process to stop (Ctrl-C, SIGTERM, SIGHUP): raised where the program is, so that
    every ``finally`` runs (worker processes stopped, a half-written output file removed)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(pid: int, signum: int, frame: object) -> None:
    """The handler of the signals that stop a run, installed by ``main`` in process ``pid``. A worker
    forked from it runs this too until it installs its own handlers: there Ctrl-C is the parent's
    business, and any other signal ends it at once."""
    if os.getpid() != pid:
        if signum != signal.SIGINT:
            os._exit(128 + signum)
        return
    raise Stopped(signum)


class _Cli(click.Group):
    """Turns library errors into one-line messages, a closed pipe into a quiet exit, and Ctrl-C or
    SIGTERM into a quiet exit 130 or 143 (click would print "Aborted!")."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_stdout()
            ctx.exit(0)
        except KeyboardInterrupt:
            _quiet_stdout()
            ctx.exit(128 + signal.SIGINT)
        except Stopped as e:
            _quiet_stdout()
            ctx.exit(128 + e.signum)
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


def _engine(ctx: click.Context, param: click.Parameter, value: object) -> None:
    """--jobs, --cache and --scheduler shape how extraction runs, never its result: kept aside for ``_run``."""
    if value is not None and param.name is not None:
        ctx.meta[f"engine.{param.name}"] = value


def _traceback(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.find_root().meta["traceback"] = True
    return value


def common_options(func: F) -> F:
    """Options every reading command shares: paths, --type, --quotes, --jobs, --cache, --scheduler, --traceback."""
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
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            expose_value=False,
            callback=_engine,
            metavar="N",
            help="Extract with N processes [default: one per core; small inputs use one].",
        ),
        click.option(
            "--cache",
            type=click.Path(file_okay=False),
            envvar="FACTCHECK_CACHE",
            default=None,
            expose_value=False,
            callback=_engine,
            metavar="DIR",
            help="Keep each file's claims in DIR (or $FACTCHECK_CACHE): a re-run only extracts changed files.",
        ),
        click.option(
            "--scheduler",
            default=None,
            expose_value=False,
            callback=_engine,
            metavar="ADDRESS",
            help="Extract on a Dask cluster: tcp://HOST:8786, or 'local' for one on this machine "
            "(needs factcheck[dask]; paths must be readable by the workers).",
        ),
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
@click.option(
    "--all",
    "every",
    is_flag=True,
    help="Show every finding, value and quote in the table, Markdown and HTML (by default a long report "
    "leaves agreements and single-source findings out past 50 rows, and says how many).",
)
@click.option("--fail-on-contradiction", is_flag=True, help="Exit 1 when any contradiction is reported.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Write the report to FILE instead of standard output. Without --format, FILE's extension picks "
    "the format: .html, .md, .csv, .json; any other: table.",
)
@click.option(
    "--stories",
    "stories_mode",
    type=click.Choice(["auto", "one"]),
    default="auto",
    show_default=True,
    help="Group the articles into stories and reconcile each (auto), or take them all as one story (one).",
)
@click.option("--story", metavar="ID|TEXT", help="Report only this story: its id (s2) or words of its label.")
def compare(
    paths: tuple[str, ...],
    types: tuple[str, ...],
    quotes: bool,
    fmt: str | None,
    verdicts: tuple[str, ...],
    min_sources: int,
    show_sources: bool,
    every: bool,
    fail_on_contradiction: bool,
    output: str | None,
    stories_mode: str,
    story: str | None,
) -> None:
    """Compare the claims of the articles in PATH... (files, folders, or - for standard input).

    The articles are grouped into stories first (see `factcheck stories`) and each story is
    reconciled on its own.

    \b
    Example:
        factcheck compare seeds/
        factcheck compare seeds/ --type troops,deaths --verdict contradiction --quotes
        factcheck compare seeds/ --sources
        factcheck compare seeds/ --format json | jq '.findings[] | select(.verdict == "contradiction")'
        factcheck compare seeds/ --format html --output report.html
        factcheck compare saved-pages/ --story s2
    """
    from .stories import Grouping

    selection = Selection(types=types, verdicts=verdicts, min_sources=min_sources)
    grouping = Grouping(stories="one" if stories_mode == "one" else "auto", story=story)
    with ProgressBar(sys.stderr) as bar:
        # every finding: the report says what the filters left out
        found = _run(paths, Selection(types=types), bar, findings=True, grouping=grouping)
        result, view = _selected(found, selection, quotes)
        view = replace(view, sources=show_sources, every=every)
        fmt = _fmt(fmt, output)
        if output is not None:
            bar.phase("writing")
        _write(result, fmt, output, view)
    if output is not None:
        what = f"{n(len(result.documents), 'document')}, {n(len(result.findings), 'finding')}"
        if fmt in ("table", "markdown", "html") and (hidden := sum(c for _, c in shown(result.findings, view).hidden)):
            what += f", {hidden:,} of them not shown (--all)"
        click.echo(f"factcheck: wrote {output} ({fmt}: {what})", err=True)
    _exit(result.errors, fail_on_contradiction and any(f.verdict == "contradiction" for f in result.findings))


def _selected(result: Result, selection: Selection, quotes: bool) -> tuple[Result, View]:
    """``result`` with the findings ``selection`` keeps, and a view saying how many of each verdict it left out."""
    from .reconcile import select

    kept = select(result.findings, selection)
    left: Counter[str] = Counter(f.verdict for f in result.findings)
    left.subtract(f.verdict for f in kept)
    filters = [f"--verdict {v}" for v in selection.verdicts]
    if selection.min_sources > 1:
        filters.append(f"--min-sources {selection.min_sources}")
    view = View(quotes=quotes, filtered=tuple((v, left[v]) for v in VERDICTS if left[v]), filters=" ".join(filters))
    return replace(result, findings=kept), view


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
    fmt = _fmt(fmt)
    if fmt == "jsonl":
        _exit(_stream_jsonl(paths, types))
        return
    with ProgressBar(sys.stderr) as bar:
        result = _run(paths, Selection(types=types), bar, findings=False, grouping=None)
    render(result, fmt, sys.stdout, View(quotes=quotes), claims_only=True)
    _exit(result.errors)


@cli.command(name="stories")
@common_options
@_format_option(("table", "json"))
def stories_command(paths: tuple[str, ...], types: tuple[str, ...], quotes: bool, fmt: str | None) -> None:
    """List the stories the articles in PATH... fall into, without reconciling them.

    Articles are grouped by their titles, leads, names, figures and dates; an article alike to no
    other is a story of its own, listed last. --type and --quotes are accepted and change nothing.

    \b
    Example:
        factcheck stories saved-pages/
        factcheck stories saved-pages/ --format json | jq '.stories[] | {id, label}'
    """
    from .stories import Grouping

    with ProgressBar(sys.stderr) as bar:
        result = _run(paths, Selection(), bar, findings=False, grouping=Grouping())
    render(result, _fmt(fmt), sys.stdout, stories_only=True)
    _exit(result.errors)


@cli.command(name="schema")
@click.option("--extract", "claims_only", is_flag=True, help="The schema of `extract --format json` instead.")
def schema_command(claims_only: bool) -> None:
    """Print the JSON Schema of `compare --format json` output.

    \b
    Example:
        factcheck schema > factcheck.schema.json
    """
    from .report.schema import schema

    click.echo(json.dumps(schema(claims_only=claims_only), indent=2))


@contextmanager
def _parts(
    paths: tuple[str, ...], types: tuple[str, ...], bar: ProgressBar, *, text: bool = False
) -> Iterator[Generator[Part, None, None]]:
    """Each file's documents and claims (with ``text``: their JSON text) as they are extracted
    (``pipeline.parts``), with the engine the options ask for, telling ``bar`` how many files there are."""
    from .cache import read_only, unusable  # the pipeline's modules load only when there is work to do
    from .executors import cores
    from .pipeline import Engine, parts

    meta = click.get_current_context().meta
    cache = meta.get("engine.cache")
    if cache is not None and (reason := unusable(cache)) is not None:
        click.echo(f"factcheck: warning: {cache}: cannot keep a cache there ({reason}); going on without", err=True)
        cache = None
    elif cache is not None and read_only(cache):
        click.echo(f"factcheck: warning: {cache}: the cache is read-only: reading it, keeping nothing new", err=True)
    engine = Engine(jobs=meta.get("engine.jobs") or cores(), cache=cache, scheduler=meta.get("engine.scheduler"))
    try:
        found = parts(paths, stdin=sys.stdin, types=types, engine=engine, started=bar.started, text=text)
        with closing(found):  # stopped early (an error, a signal): the workers stop now, not at exit
            yield found
    except InputNotFound as e:
        raise click.BadParameter(str(e), param_hint="PATH") from None


def _run(
    paths: tuple[str, ...], selection: Selection, bar: ProgressBar, *, findings: bool, grouping: Grouping | None
) -> Result:
    """Every file's claims, grouped into stories (unless ``grouping`` is None) and, with ``findings``,
    the findings of each story; ``bar`` names the phases. Grouping reads every claim type, so the
    claims are extracted whole and ``collect`` keeps those of the types asked for."""
    from .pipeline import collect, results

    def read(parts: Iterator[Result]) -> Iterator[Result]:
        yield from parts
        steps = [*(["grouping into stories"] if grouping is not None and grouping.stories == "auto" else []),
                 *(["reconciling"] if findings else [])]  # fmt: skip
        if steps:
            bar.phase(" and ".join(steps))

    types = selection.types if grouping is None or grouping.stories == "one" else ()
    with _parts(paths, types, bar) as parts:
        shared = results(parts, share=True)  # every claim is held: equal parts of them kept once
        result = collect(read(shared), selection=selection, findings=findings, advanced=bar.advanced, grouping=grouping)
    bar.stop()
    _warn(result.warnings)
    _warn(result.errors)
    return result


def _stream_jsonl(paths: tuple[str, ...], types: tuple[str, ...]) -> list[InputError]:
    """Write each file's claims as JSON lines as soon as it is extracted: nothing is held, so any
    number of articles runs in the memory of a few, and a reader sees the first lines at once. The
    claims come as their JSON text, which is all this needs of them (``batch.Options.text``)."""
    from .report.json_out import claim_lines

    errors: list[InputError] = []
    warnings: list[InputError] = []
    with ProgressBar(sys.stderr) as bar, _parts(paths, types, bar, text=True) as parts:
        for part in parts:
            lines, first = [], part.first  # the claims numbered as ``Part.named_texts`` numbers them
            for doc, rests in zip(part.documents, part.texts, strict=True):
                lines.append(claim_lines(rests, first, doc.id))
                first += len(rests)
            sys.stdout.write("".join(lines))  # a file's claims in one write
            errors.extend(part.errors)
            warnings.extend(part.warnings)
            bar.advanced()
    _warn(warnings)
    _warn(errors)
    return errors


def _warn(errors: Iterable[InputError]) -> None:
    for error in errors:
        click.echo(f"factcheck: warning: {error.path}: {error.reason}", err=True)


#: The format an --output file's extension names when --format is not given (any other extension: table).
OUTPUT_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".csv": "csv", ".json": "json"}


def _fmt(fmt: str | None, output: str | None = None) -> str:
    """The format asked for; else the one the --output file's extension names; else table on a terminal,
    json when piped.

    >>> _fmt("csv", "r.html"), _fmt(None, "report.HTML"), _fmt(None, "notes.txt")
    ('csv', 'html', 'table')
    """
    if fmt is not None:
        return fmt
    if output is not None:
        return OUTPUT_FORMATS.get(os.path.splitext(output)[1].lower(), "table")
    return "table" if sys.stdout.isatty() else "json"


def _write(result: Result, fmt: str, output: str | None, view: View) -> None:
    """Render to standard output, or to the file ``output`` (UTF-8; CSV keeps its own CRLF line ends)."""
    if output is None:
        render(result, fmt, sys.stdout, view)
        return
    newline = "" if fmt == "csv" else None
    try:
        with replacing(output) as path, open(path, "w", encoding="utf-8", newline=newline) as out:
            render(result, fmt, out, view)
    except OSError as e:
        raise click.BadParameter(f"cannot write {output}: {e.strerror or e}", param_hint="'--output'") from None


def _exit(errors: Sequence[InputError], contradiction: bool = False) -> None:
    """Exit 2 when an input could not be read, else 1 when an asked-for contradiction was found."""
    sys.stdout.flush()
    if errors:
        sys.exit(2)
    if contradiction:
        sys.exit(1)


def main() -> None:
    """The console script."""
    # A run holds hundreds of thousands of small objects (claims, findings) and makes few reference
    # cycles; at the default thresholds the cycle collector walks them again and again (reconciling
    # 1,000 articles took twice as long). Collect far less often, as mypy does for its builds.
    gc.set_threshold(100_000, 50, 100)
    # Ctrl-C as well: click would catch a KeyboardInterrupt during parsing and print "Aborted!"
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, functools.partial(_stop, os.getpid()))
    try:
        cli(prog_name="factcheck")
    except KeyboardInterrupt:  # between click's parsing and the command, where _Cli does not see it
        _quiet_stdout()
        sys.exit(128 + signal.SIGINT)
    except Stopped as e:
        _quiet_stdout()
        sys.exit(128 + e.signum)
