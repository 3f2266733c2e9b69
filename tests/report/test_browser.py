"""The HTML report in a real browser (Debian's Chromium driven by Playwright, nothing downloaded): on a
390 px phone nothing overflows and no text is under 12 px; printed, no page but the last is mostly
blank and the seeds fit in six A4 pages; timeline labels never overlap; the page's policy refuses nothing.

Skipped when Chromium or Playwright is missing, unless ``FACTCHECK_BROWSER_TESTS=required`` (as in
``.ci/run``): then their absence fails the run.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).parents[2]
SEEDS = str(ROOT / "seeds")
FLOOD = str(Path(__file__).parent / "cases" / "flood")
CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("FACTCHECK_BROWSER_TESTS") == "required"

try:
    from playwright.sync_api import Browser, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None  # type: ignore[assignment]

if not REQUIRED and (sync_playwright is None or not Path(CHROMIUM).exists()):
    pytest.skip("needs Playwright (the test extra) and Debian's chromium (see .ci/run)", allow_module_level=True)

#: Every visible piece of text: its effective size in CSS pixels (an SVG's text scaled with its drawing).
TEXT_SIZES = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (el.closest('title, style')) continue;
    let size = parseFloat(style.fontSize);
    if (el instanceof SVGElement && el.getScreenCTM) size *= el.getScreenCTM().a;
    out.push([node.textContent.trim().slice(0, 40), Math.round(size * 100) / 100]);
  }
  return out;
}"""

#: The boxes of the timeline labels drawn in each visible drawing.
LABEL_BOXES = """() => Array.from(document.querySelectorAll('svg.timeline'))
  .filter(svg => svg.getClientRects().length > 0)
  .map(svg => Array.from(svg.querySelectorAll('text.mark')).map(t => {
    const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];
  }))"""


def _html(tmp: Path, name: str, *args: str) -> Path:
    target = tmp / f"{name}.html"
    result = CliRunner().invoke(cli, ["compare", *args, "--format", "html", "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("browser")
    hostile = tmp / "hostile"
    hostile.mkdir()
    (hostile / "a.json").write_text(
        json.dumps(
            {
                "title": "A " + "very-long-unbroken-title-" * 8 + " <b>bold</b>",
                "url": "https://example.com/" + "x" * 300,
                "published": "2022-01-21",
                "text": "At least 225 people were killed, officials said. " * 3,
            }
        ),
        encoding="utf-8",
    )
    return {
        "seeds": _html(tmp, "seeds", SEEDS),
        "seeds-all": _html(tmp, "seeds-all", SEEDS, "--all"),
        "flood": _html(tmp, "flood", FLOOD),
        "hostile": _html(tmp, "hostile", SEEDS, str(hostile)),
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert sync_playwright is not None, "Playwright is not installed: pip install -e '.[test]'"
    assert Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM}: apt-get install chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _open(browser: Browser, path: Path, width: int, problems: list[str]) -> Any:
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.on("console", lambda m: problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(path.as_uri())
    return page


@pytest.mark.parametrize("which", ["seeds", "seeds-all", "flood", "hostile"])
@pytest.mark.parametrize("width", [390, 1280])
def test_nothing_overflows_and_no_text_is_under_12px(
    browser: Browser, reports: dict[str, Path], which: str, width: int
) -> None:
    problems: list[str] = []
    page = _open(browser, reports[which], width, problems)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    sizes = page.evaluate(TEXT_SIZES)
    assert sizes, "no text measured"
    small = [(text, size) for text, size in sizes if size < 12]
    assert small == []
    assert problems == []  # no script error, nothing the page's policy had to refuse
    page.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_timeline_labels_do_not_overlap(browser: Browser, reports: dict[str, Path], width: int) -> None:
    page = _open(browser, reports["seeds"], width, [])
    drawings = page.evaluate(LABEL_BOXES)
    assert drawings and any(drawings), "no timeline label drawn"
    for boxes in drawings:
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                overlap = a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
                assert not overlap, (a, b)
    page.close()


def _ink(pdf: bytes) -> list[float]:
    """For each page, how far down its lowest ink is, as a share of the page's height."""
    import pypdfium2 as pdfium

    out = []
    document = pdfium.PdfDocument(pdf)
    for index in range(len(document)):
        bitmap = document[index].render(scale=0.5, grayscale=True)
        data, stride, height = bitmap.buffer, bitmap.stride, bitmap.height
        rows = [y for y in range(height) if min(data[y * stride : y * stride + bitmap.width]) < 200]
        out.append((rows[-1] + 1) / height if rows else 0.0)
    document.close()
    return out


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("which", ["seeds", "flood"])
def test_printed_pages_are_not_mostly_blank(browser: Browser, reports: dict[str, Path], paper: str, which: str) -> None:
    page = _open(browser, reports[which], 1280, [])
    ink = _ink(page.pdf(format=paper))
    page.close()
    assert all(share > 0.6 for share in ink[:-1]), ink  # a page before the last that ends above 60% wasted it
    assert ink[-1] > 0.05, ink
    if which == "seeds" and paper == "A4":
        assert len(ink) <= 6, f"the seeds report takes {len(ink)} A4 pages"


def test_printed_page_clips_nothing(browser: Browser, reports: dict[str, Path]) -> None:
    """Printed, the page is as wide as A4's printable width: nothing may stick out of it or of a card."""
    page = browser.new_page(viewport={"width": 700, "height": 1000})
    page.emulate_media(media="print")
    page.goto(reports["seeds"].as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 700
    sticking_out = page.evaluate(
        """() => Array.from(document.querySelectorAll('.finding')).flatMap(card => {
          const box = card.getBoundingClientRect();
          return Array.from(card.querySelectorAll('*')).filter(el => el.getClientRects().length > 0)
            .map(el => el.getBoundingClientRect())
            .filter(r => r.right > box.right + 0.5 || r.left < box.left - 0.5).map(() => card.id);
        })"""
    )
    assert sticking_out == []
    page.close()
