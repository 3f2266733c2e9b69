"""`compare --format html`: a self-contained page, the deaths timeline of the seeds, hostile articles made inert,
and headless Chromium rendering it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.model import Count
from factcheck.report import timeline

SEEDS = str(Path(__file__).parents[2] / "seeds")

HOSTILE = {
    "id": "hostile",
    "title": "Toll climbs <script>alert(1)</script>",
    "url": "javascript:alert(1)",
    "published": "2022-01-21",
    "text": (
        "Toll climbs\n\nAt least 225 people were killed in the unrest, officials said <img src=x onerror=alert(1)>."
        ' Read <a href="javascript:alert(1)">more</a>.'
    ),
}


class Page(HTMLParser):
    """Every tag with its attributes and the finding (``<article id>``) it sits in, and the page's text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], str | None]] = []
        self.sections: dict[str, dict[str, str]] = {}
        self.text = ""
        self._section: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "article":
            self._section = a.get("id")
            self.sections[a["id"]] = a
        self.tags.append((tag, a, self._section))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._section = None

    def handle_data(self, data: str) -> None:
        self.text += data

    def within(self, section: str, tag: str) -> list[dict[str, str]]:
        return [a for t, a, s in self.tags if s == section and t == tag]


def compare(*args: str) -> str:
    result = CliRunner().invoke(cli, ["compare", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    assert compare(SEEDS, "--format", "html", "--output", str(path)) == ""
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.json").write_text(json.dumps(HOSTILE), encoding="utf-8")
    return compare(SEEDS, str(folder), "--format", "html")


def deaths_section(page: Page) -> str:
    (found,) = [i for i, a in page.sections.items() if a["data-type"] == "deaths"]
    return found


def test_deaths_timeline_rises(report: Path) -> None:
    page = Page(report.read_text(encoding="utf-8"))
    section = deaths_section(page)
    wide, narrow = page.within(section, "svg")  # a phone's page shows the narrow one
    assert (wide["class"], narrow["class"]) == ("timeline wide", "timeline narrow")
    assert int(wide["width"]) > int(narrow["width"]) and wide["aria-label"] == narrow["aria-label"]
    assert wide["role"] == "img" and "rising" in wide["aria-label"]
    points = [a for a in page.within(section, "circle") if "point" in a["class"].split()]
    assert [p["data-date"] for p in points] == ["13 Jan 2022", "19 Jan 2022"] * 2
    xs, ys = [float(p["cx"]) for p in points[:2]], [float(p["cy"]) for p in points[:2]]
    assert xs == sorted(xs) and xs[0] < xs[1]
    assert ys[0] > ys[1]  # SVG y grows downwards: the later figure sits higher
    assert [p["data-source"] for p in points[:2]] == ["themoscowtimes.com", "“Russia-Led Peacekeeping…”"]
    assert len(page.within(section, "polyline")) == 2  # "over 200": one open end, drawn as an arrow, in each


def test_a_contradiction_with_undated_reports_shows_them_beside_the_axis(report: Path) -> None:
    page = Page(report.read_text(encoding="utf-8"))
    (troops,) = [i for i, a in page.sections.items() if a["data-type"] == "troops"]
    assert len(page.within(troops, "rect")) == 2  # the undated band, in the wide and the narrow drawing
    points = [a for a in page.within(troops, "circle") if "point" in a["class"].split()][:4]
    assert [p["data-date"] for p in points] == ["13 Jan 2022", "19 Jan 2022", "undated", "undated"]
    dated, undated = {float(p["cy"]) for p in points[:2]}, {float(p["cy"]) for p in points[2:]}
    assert len(dated) == 1 and len(undated) == 1 and undated.pop() < dated.pop()  # 2,500 above 2,000


def test_header_counts_documents_and_links(report: Path) -> None:
    page = Page(report.read_text(encoding="utf-8"))
    assert "5 documents from 2 outlets (3 without one), published 13–19 Jan 2022 (2 undated); 60 claims." in page.text
    for words in ("3 contradictions", "1 partial agreement", "10 agreements", "16 single-source"):
        assert words in page.text
    assert "All news" not in page.text  # TASS's page furniture is no title
    links = [a["href"] for t, a, _ in page.tags if t == "a"]
    assert links == ["https://www.themoscowtimes.com/2022/01/13/russian-led-forces-begin-kazakhstan-pullout-a76028"]
    assert {t for t, _, _ in page.tags} >= {"details", "summary", "table"}
    assert "Sources" in page.text and "Only it" in page.text


def test_self_contained_and_deterministic(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    page = Page(html)
    assert not [t for t, a, _ in page.tags if t in ("script", "link", "img", "iframe") or "src" in a]
    assert "url(" not in html and "@import" not in html
    (csp,) = [a for t, a, _ in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp["content"].startswith("default-src 'none'")
    assert compare(SEEDS, "--format", "html") == html  # no clock: the same input, the same bytes


def test_hostile_article_is_inert(hostile: str) -> None:
    page = Page(hostile)
    assert "<script" not in hostile.lower()
    assert not [(t, k) for t, a, _ in page.tags for k in a if k.lower().startswith("on")]
    assert not [t for t, _, _ in page.tags if t in ("script", "img", "iframe", "object", "embed")]
    hrefs = [a["href"] for _, a, _ in page.tags if "href" in a]
    assert hrefs and all(urlsplit(h).scheme in ("http", "https") for h in hrefs)
    assert "javascript:" not in " ".join(hrefs).lower()
    # shown to the reader as text, not dropped
    assert "Toll climbs <script>alert(1)</script>" in page.text
    # a quote shows the article's words, not its markup
    assert "At least 225 people were killed in the unrest, officials said . —" in page.text


def test_output_extension_picks_html(tmp_path: Path) -> None:
    target = tmp_path / "r.HTML"
    assert compare(SEEDS, "--type", "deaths", "-o", str(target)) == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "r.html"
    result = CliRunner().invoke(cli, ["compare", SEEDS, "-o", str(target)])
    assert result.exit_code == 2
    assert f"cannot write {target}" in result.stderr and not target.exists()


def test_importing_the_cli_does_not_import_jinja2() -> None:
    code = "import sys, factcheck.cli; print('jinja2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "False\n"


def _report(day: int | None, value: Count, label: str = "x") -> timeline.Report:
    date = None if day is None else dt.date(2022, 1, day)
    return timeline.Report(date=date, value=value, label=label, text=f"{value.qualifier} {value.nominal}")


EXACT = Count(nominal=100, low=100, high=100)
OVER_200 = Count(nominal=200, low=200, high=None, qualifier="more than")
NEARLY_2500 = Count(nominal=2500, low=2250, high=2500, qualifier="nearly")
RANGE = Count(nominal=None, low=24, high=146, qualifier="between")


@pytest.mark.parametrize(
    ("value", "bar"),
    [
        pytest.param(EXACT, None, id="exact-no-bar"),
        pytest.param(OVER_200, "to-top", id="over-runs-to-the-top-edge"),
        pytest.param(NEARLY_2500, "below", id="nearly-short-bar-below"),
        pytest.param(RANGE, "around", id="range-around-a-hollow-point"),
    ],
)
def test_hedged_figures_are_bars(value: Count, bar: str | None) -> None:
    mark = timeline.chart([_report(13, EXACT), _report(19, value)]).marks[-1]
    if bar is None:
        assert mark.bar_top is None and mark.solid
        return
    assert mark.bar_top is not None and mark.bar_bottom is not None
    if bar == "to-top":
        assert mark.open_top and mark.bar_top == timeline.TOP and mark.bar_bottom == mark.y
    if bar == "below":
        assert not mark.open_top and mark.bar_top == mark.y and mark.bar_bottom - mark.y < 30
    if bar == "around":
        assert not mark.solid and mark.bar_top < mark.y < mark.bar_bottom


def test_reports_of_one_day_stand_apart() -> None:
    chart = timeline.chart([_report(13, EXACT, "a"), _report(13, OVER_200, "b"), _report(14, EXACT, "c")])
    a, b, c = chart.marks
    assert a.x < b.x < c.x and b.x - a.x == timeline.SPREAD
    assert [t.label for t in chart.x_ticks] == ["13 Jan 2022", "14 Jan"]


def test_reports_of_one_day_and_figure_are_one_mark() -> None:
    chart = timeline.chart([_report(13, EXACT, "a"), _report(13, EXACT, "b"), _report(13, EXACT, "c")])
    (mark,) = chart.marks
    assert mark.label == "a +2"


@pytest.mark.parametrize("width", [timeline.WIDE, timeline.NARROW])
@pytest.mark.parametrize("undated", [0, 3], ids=["dated", "some-undated"])
def test_labels_never_overlap_and_stay_in_the_drawing(width: int, undated: int) -> None:
    reports = [
        _report(1 + i % 9, Count(nominal=1000 + 37 * i, low=None, high=None), f"outlet-{i}.example") for i in range(30)
    ]
    reports += [
        _report(None, Count(nominal=900 + 50 * i, low=None, high=None), f"“Some title {i}…”") for i in range(undated)
    ]
    chart = timeline.chart(reports, width)
    boxes = []
    for m in chart.marks:
        if m.place is None:
            continue
        w = max(len(m.label), len(m.text)) * timeline.CHAR
        left = m.place.x if m.place.anchor == "start" else m.place.x - w
        boxes.append((left, m.place.y - timeline.FONT, left + w, m.place.y - timeline.FONT + 2 * timeline.LINE))
    assert len(boxes) >= 4, "hardly any label placed"
    assert all(b[0] >= 0 and b[2] <= width for b in boxes)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    if undated:
        assert chart.band is not None and all(chart.band[0] <= m.x <= chart.band[1] for m in chart.marks[-undated:])


CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (Debian package `chromium`, see .ci/run)")
@pytest.mark.parametrize("which", ["seeds", "seeds-and-hostile"])
def test_chromium_renders_the_report(which: str, report: Path, hostile: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    if which != "seeds":
        report = tmp_path / "hostile.html"
        report.write_text(hostile, encoding="utf-8")
    png = tmp_path / "r.png"
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={png}",
            "--window-size=1200,2000",
            "--enable-logging=stderr",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000
    console = [line for line in proc.stderr.splitlines() if "CONSOLE" in line or "Content Security Policy" in line]
    assert console == []  # no script error, nothing the page's policy had to refuse
