"""The documents stage's quick ways (``factcheck/documents/quick.py``), each run against the plain code it
stands for on many texts: the seeds, and lines made at random from the pieces pages are made of (stamps,
dates in every form, datelines, urls, furniture, headings), in any case, with the characters that case-blind
matching reads in its own way (İ, ı, ſ, the Kelvin sign)."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from factcheck.documents import article, furniture, language, published, reports, stamps
from factcheck.documents.quick import FOLD_BREAKERS, folded, lowered
from factcheck.documents.stamps import Written

_ROOT = Path(__file__).resolve().parents[2]

_PIECES = [
    *("Published: 30 Jun 2020 12:26 AM", "Updated: 01 Jul 2020", "First published on Mon 12 Jun 2017 18.02 BST"),
    *("August 4, 2020", "Nov 02 2022", "Sept. 21, 2013", "9 April 2014", "25 Jul, 2018", "13th June, 2019"),
    *("29/October/2020", "2013-09-30", "01/21/2018", "17-03-2024", "6/12/19", "1.2.2020", "25 Jul., 2018"),
    *("June 13th, 2019", "March 1st 2020", "Aug. 2nd,  2021", "JAN 3RD 2020"),
    *("January 162022", "202020", "1919", "/2022/01/16/", "31/02/2020", "in 2006", "2,000", "4-member", "Jan. 15"),
    *("SEOUL, Feb. 6 (Yonhap) --", "BEIRUT, Aug 5 (Reuters) -", "[KABUL], March 3:", "Oct 30:", "LAGOS/ABUJA, May 2"),
    *("Original url:", "<https://www.daily.example/2022/01/16/fire-0>", "https://a.example/x", "www.b.example", "url:"),
    *("source: http://c.example", "a.b@c.example", "© 2022 Wire.", "Copyright 2021 News", "(c) 2020", "(C) 2020"),
    *("All rights reserved.", "10:42 --", "UPDATE: 09:15 -", "[Updated 10:00]", "(Reporting by Jane Roe)", " by "),
    *("5 min read", "Related: Death toll rises to 135", "ALSO READ", "Related", "Latest", "Live", "Most read"),
    *("Advertisement", "add to home screen", "Add to homescreen now", "Web app got it", "web appgot it!", "Menu"),
    *("Skip to main content", "Page 2 of 3", "SENSEX 59,832.97 -251.62 (-0.42%)", "4 comments on x", "- ", "• "),
    *("12. ", "> ", "| ", "\t", "  ", "\xa0", "İ", "ı", "ſ", "K", "Σ", "ſeptember", "APRıL", "ĸ", "é"),
    *("Ten people died, police said.", "The death toll rose to 146 on January 16, up from 103 a day earlier."),
    *("Rescue teams reached several villages on Monday after roads were cleared.", "the", "of", "said", "Между"),
    *("Picture caption: Troops on September 21, 2013. Photo/AFP", "Today's Paper | December 01, 2024", "x"),
    *("Finding | Verdict | Values", "| Finding | Verdict | Values (sources; ✓ consensus) |", ":", "[", ",", "."),
]


def _line(r: random.Random) -> str:
    parts = [r.choice(_PIECES) for _ in range(r.choice((0, 1, 1, 2, 3, 5)))]
    line = r.choice(("", " ", ", ", " - ")).join(parts)
    if r.random() < 0.3:
        line = "".join(c.upper() if r.random() < 0.5 else c.lower() for c in line)
    return line


@cache
def _texts() -> tuple[str, ...]:
    r = random.Random(7)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((_ROOT / "seeds").glob("*.txt"))]
    made = ["\n".join(_line(r) for _ in range(r.randint(1, 12))) for _ in range(1500)]
    cut = [text[r.randrange(len(text)) :][: r.randint(1, 400)] for text in seeds for _ in range(40)]
    return (*seeds, *made, *cut, "", "\n", "x")


@cache
def _lines() -> tuple[str, ...]:
    return tuple(sorted({line for text in _texts() for line in text.split("\n")}))


# -- folded and lowered: what case-blind matching does with each character (checked, not assumed) --------------


def test_folded_characters_keep_their_offsets_and_their_letters() -> None:
    letter, other = re.compile("[a-z]", re.I), re.compile(r"[\x00-@\[-`{-\x7f]", re.I)  # ASCII: letters, the rest
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c in FOLD_BREAKERS or 0xD800 <= code <= 0xDFFF:
            continue
        assert len(c.lower()) == 1, hex(code)
        if letter.fullmatch(c):  # a character re.I reads as an ASCII letter is that letter once lowered
            assert c.lower() in "abcdefghijklmnopqrstuvwxyz", hex(code)
            assert re.fullmatch(c.lower(), c, re.I), hex(code)
        assert not other.fullmatch(c) or c.isascii(), hex(code)


def test_lowering_keeps_word_digit_and_space_characters() -> None:
    classes = [re.compile(p) for p in (r"\w", r"\d", r"\s", r"\b\w")]
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c in FOLD_BREAKERS or c.lower() == c:
            continue
        for cls in classes:
            assert bool(cls.fullmatch(c)) == bool(cls.fullmatch(c.lower())), (hex(code), cls.pattern)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        pytest.param("Published: 30 JUN", "published: 30 jun", id="ascii"),
        pytest.param("Kelvin K", "kelvin k", id="kelvin-sign"),
        pytest.param("İstanbul", None, id="dotted-capital-i"),
        pytest.param("ſeptember", None, id="long-s"),
        pytest.param("Aprıl", None, id="dotless-i"),
    ],
)
def test_folded(text: str, low: str | None) -> None:
    assert folded(text) == low


def test_lowered_patterns_match_on_folded_text_where_case_blind_ones_match() -> None:
    patterns = [p.pattern for p in furniture._patterns()]
    patterns += [r"(?:[A-Z]{2,}(?:/[A-Z]{3})? [\d,]+)", r"\W+ [A-Za-z]{2}\b\S*", r"[^a-z]+"]
    for source in patterns:
        blind, plain = re.compile(source, re.I), re.compile(lowered(source))
        for line in _lines():
            low = folded(line)
            if low is not None:
                assert bool(blind.fullmatch(line)) == bool(plain.fullmatch(low)), (source[:40], line)
                assert bool(blind.search(line)) == bool(plain.search(low)), (source[:40], line)


# -- stamps.written and the hints of the lines a date may be on ------------------------------------------------


def _outcome(f: Callable[..., object], *args: object) -> object:
    """What ``f(*args)`` gives, or the kind of error it raises (a month read case-blind as "ſeptember" is
    no key of the month table: the plain code and the quick one fail alike)."""
    try:
        return f(*args)
    except KeyError as e:
        return KeyError, str(e)


def _plain_written(text: str, start: int = 0, end: int | None = None) -> list[Written]:
    """``written`` without its quick no: all five forms, everywhere."""
    end = len(text) if end is None else end
    found = []
    for form in stamps._forms():
        for m in form.finditer(text, start, end):
            readings = stamps._readings(m)
            if readings is not None:
                found.append(Written(start=m.start(), end=m.end(), readings=readings))
    found.sort(key=lambda w: (w.start, -(w.end - w.start)))
    out: list[Written] = []
    for w in found:
        if not out or w.start >= out[-1].end:
            out.append(w)
    return out


def test_written_finds_what_all_the_forms_find() -> None:
    r = random.Random(3)
    for line in _lines():
        assert _outcome(stamps.written, line) == _outcome(_plain_written, line), line
        if len(line) > 1:
            window = sorted(r.sample(range(len(line) + 1), 2))
            assert _outcome(stamps.written, line, *window) == _outcome(_plain_written, line, *window), (line, window)


def test_dated_lines_hold_every_line_with_a_date_and_its_forms() -> None:
    for text in _texts():
        all_lines = stamps.lines(text)
        dated = stamps._dated_lines(text, all_lines)
        for line in all_lines:
            forms = {i for i, form in enumerate(stamps._forms()) if form.search(line.text)}
            assert forms <= dated.get(line.number, set()), (line.text, forms)


def _plain_stamps(text: str) -> list[stamps.Stamp]:
    """``stamps`` with ``written`` asked on every line, as before its quick no."""
    saved = stamps._dated_lines
    try:
        stamps._dated_lines = lambda text, all_lines: {ln.number: set(range(5)) for ln in all_lines}  # type: ignore[assignment]
        return stamps.stamps(text)
    finally:
        stamps._dated_lines = saved  # type: ignore[assignment]


def test_stamps_on_dated_lines_only_are_the_stamps_of_every_line() -> None:
    for text in _texts():
        assert _outcome(stamps.stamps, text) == _outcome(_plain_stamps, text), text


def test_dates_of_stamps_and_dates_are_written_on_every_line() -> None:
    for text in _texts():
        all_lines = stamps.lines(text)
        try:
            found, dates = stamps.stamps_and_dates(text, all_lines)
        except KeyError:
            continue  # a month name only case-blind reading finds ("ſeptember"): stamps fails alike
        assert found == stamps.stamps(text), text
        for line in all_lines:
            assert dates.get(line.number, []) == stamps.written(line.text), line.text


def _plain_others(line: str, cuts: list[tuple[int, int]]) -> tuple[int, int, str]:
    chars = list(line)
    for a, b in cuts:
        chars[a:b] = " " * (b - a)
    rest = stamps._WEEKDAY.sub(" ", stamps._TIME.sub(" ", "".join(chars)))
    words = stamps._WORD.findall(rest)
    other = sum(1 for w in words if w[0].islower() and w.lower().rstrip(".:,") not in stamps._stamp_words())
    return other, len(words), rest.strip()


def test_what_is_left_of_a_stamp_line_is_what_the_patterns_leave() -> None:
    r = random.Random(17)
    for line in [*_lines(), " \u2003 ", "\x0b"]:
        cuts = [(w.start, w.end) for w in stamps.written(line)]
        for chosen in (cuts, [(0, len(line))], [tuple(sorted(r.sample(range(len(line) + 1), 2)))] if line else []):
            assert stamps._others(line, chosen) == _plain_others(line, chosen), (line, chosen)


def test_no_label_takes_a_date_when_the_last_date_starts_at_the_line_start() -> None:
    label_re, kinds = stamps._labels()
    for line in _lines():
        dates = stamps.written(line)
        for at in {0, *(w.start for w in dates)}:
            if dates and dates[-1].start <= at:
                assert stamps._labelled(line, at, dates, label_re, kinds) == []
                for m in label_re.finditer(line, at):
                    assert m.end() > m.start() and not any(w.start >= m.end() for w in dates), line


# -- published: datelines, bodies ------------------------------------------------------------------------------


def test_datelines_at_line_starts_are_the_pattern_tried_everywhere() -> None:
    for text in _texts():
        for end in (len(text), min(len(text), 3000), len(text) // 2):
            got = [(m.span(), m.groupdict()) for m in published._dateline_matches(text, end)]
            plain = [(m.span(), m.groupdict()) for m in published._dateline().finditer(text, 0, end)]
            assert got == plain, text


def test_is_body_counting_three_lower_case_words_is_counting_them_all() -> None:
    for line in _lines():
        words = line.split()
        plain = len(words) >= 8 and bool(published._SENTENCE_END.search(line))
        plain = plain and sum(1 for w in words if w[:1].islower()) >= 3
        assert published.is_body(line) == plain, line


# -- furniture: the line rules, bullets, the inline patterns' first starts --------------------------------------


def _plain_rule(core: str) -> str | None:
    """Which of the four line rules matches ``core`` first (list heading, section heading, line, link)."""
    line, strong, weak, link = furniture._patterns()
    rules = {"strong": strong, "weak": weak, "line": line, "link": link}
    return next((name for name, rule in rules.items() if rule.fullmatch(core)), None)


def _rule(core: str) -> str | None:
    low = folded(core)
    floating = low is None or any(n in low for n in furniture._needles())
    m = furniture._line_rules(floating, low is not None).fullmatch(core if low is None else low)
    return next((name for name in ("strong", "weak", "line", "link") if m and m[name] is not None), None)


def test_one_pattern_for_the_line_rules_is_the_four_patterns() -> None:
    rules = [line for text in furniture.data("boilerplate.json").values() if isinstance(text, list) for line in text]
    examples = [
        *("Add to home screen", "Add to homescreen now", "web app got it!", "Web appGot it", "ADVERTISEMENT", "Latest"),
        *("related:", "Related :", "Read more: x", "Trending now", "Most read in 24 hours", "More from BBC News"),
        *("5 min read", "Reading time: 4 mins", "This article is more than 4 years old", "Opinion:", "İnstructions:"),
        *("INSTRUCTıONS:", "ſkip to main content", "Follow us on ſocial", "ALL RIGHTS", *rules),
    ]
    for core in [*examples, *(furniture.bare(line) for line in _lines())]:
        if core:
            assert _rule(core) == _plain_rule(core), core


def _plain_dated_link(core: str) -> bool:
    """``_dated_link`` without its quick no on the number of words."""
    if not (core[:1].isdigit() or core[:3].lower() in furniture._MONTH_STARTS) or furniture._SENTENCE_END.search(core):
        return False
    dates = stamps.written(core)
    if not dates or dates[0].start != 0:
        return False
    rest = core[dates[0].end :].strip()
    words = rest.split()
    return len(words) >= 4 and rest[:1].isupper() and sum(w[:1].isupper() for w in words) * 2 > len(words)


@pytest.mark.parametrize(
    "core",
    [
        pytest.param("January 16, 2022", id="date-line"),
        pytest.param("March 05, 2015 You're 55 Times More Likely", id="dated-link"),
        pytest.param("March 05, 2015You're 55 Times More", id="glued-four-words"),
        pytest.param("March 05, 2015You're 55 Times", id="glued-three-words"),
        pytest.param("5/6/2020 A B C", id="numeric-date-three-words"),
        pytest.param("5/6/2020\tA\u2028B C D", id="odd-spaces"),
    ],
)
def test_dated_link_quick_no_is_the_plain_test(core: str) -> None:
    assert furniture._dated_link(core) == _plain_dated_link(core)


def test_dated_link_on_every_line_is_the_plain_test() -> None:
    for line in _lines():
        core = furniture.bare(line)
        assert _outcome(furniture._dated_link, core) == _outcome(_plain_dated_link, core), core


def test_bare_without_a_bullet_is_bare() -> None:
    for line in [*_lines(), "Ten died ", "é x", "1. Ten", "ſ x", "\u2028x", "x\u2028"]:
        assert furniture.bare(line) == line[furniture._BULLET.match(line).end() :].strip(), line  # type: ignore[union-attr]


def test_inline_patterns_from_their_first_start_find_all_they_find() -> None:
    inline = (furniture._URL, furniture._EMAIL, furniture._COPYRIGHT, furniture._RESERVED)
    for text in [*_texts(), "x\nAll rıghts reserved. All rights reserved.", "<<http://a.example", "a.b@@c.example"]:
        low = folded(text)
        for pattern in (*inline, furniture._CREDIT):
            start = furniture._first_start(pattern, text, low)
            got = [m.span() for m in pattern.finditer(text, start)]
            assert got == [m.span() for m in pattern.finditer(text)], (pattern.pattern[:30], text)


def test_live_marks_at_line_starts_are_the_pattern_tried_everywhere() -> None:
    r = random.Random(13)
    marks = ("10:42 --", "UPDATE: 09:15 -", "update 9.15 pm GMT —", "[Updated 10:00]", "[posted x]", "\u0663:42 -")

    def line() -> str:
        return r.choice(("", " ", "\t", "x ")) + r.choice((*marks, "12:30", _line(r)))

    made = ["\n".join(line() for _ in range(6)) for _ in range(800)]
    for text in [*_texts(), *made, "1", "\n\n2:30 -", " \u0663\u0664:00 --"]:
        got = [m.span() for m in furniture._live_marks(text, stamps.lines(text))]
        assert got == [m.span() for m in furniture._LIVE_MARK.finditer(text) if m.end() > m.start()], text


# -- article, language, reports ---------------------------------------------------------------------------------


def _plain_find_url(text: str) -> str | None:
    found = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(found):
        m = article._URL_LINE.fullmatch(line)
        if m or re.match(r"(?:original\s+)?url:?\s*$", line, re.I):
            candidate = m or (article._URL_LINE.fullmatch(found[i + 1]) if i + 1 < len(found) else None)
            if candidate:
                return candidate.group(1).split()[0]
        m = re.match(r"(?:original\s+)?url:\s*<?(https?://\S+?)>?$", line, re.I)
        if m:
            return m.group(1)
    return None


def test_find_url_on_lines_with_a_url_word_is_find_url_on_every_line() -> None:
    for text in [*_texts(), "URL:\n<HTTPS://A.EXAMPLE/x>", "Original URL: httpſ://a.example"]:
        assert article.find_url(text) == _plain_find_url(text), text


def _plain_title(text: str, spans: furniture.Spans) -> str | None:
    for line in article.Document(id="", path="", text=text, furniture=spans).article.splitlines():
        name = line.strip().lstrip("#").strip()
        if name:
            return name
    return None


def test_title_from_heads_is_the_title_from_every_line() -> None:
    r = random.Random(11)
    breaks = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\n\n", " # \n", "#\n", "# #\n"]

    def piece() -> str:
        return r.choice([" " * r.randint(0, 700), "#" * r.randint(1, 3), "x" * r.randint(1, 900), *breaks])

    made = ["".join(piece() for _ in range(8)) for _ in range(3000)]
    for text in [*_texts(), *made]:
        starts = sorted(r.sample(range(len(text) + 1), min(3, len(text))))
        spans = furniture.merge((a, min(len(text), a + r.randint(0, 300))) for a in starts)
        assert article._title(text, spans) == _plain_title(text, spans), text[:80]


def _plain_quick_english(sample: str) -> bool:
    """Whether ``not_english`` decides English (or too short) before asking the identifier, counted word by word."""
    words = language._WORD.findall(sample)
    latin = sum(1 for w in words if w.isascii())
    if len(words) < language.MIN_WORDS:
        return len(words) < 3 or latin * 2 >= len(words)
    common = sum(1 for w in words if w.lower() in language._ENGLISH)
    return latin * 2 > len(words) and common * 8 >= len(words)


def test_ascii_language_counts_are_the_word_by_word_counts() -> None:
    r = random.Random(5)
    letters = "abcdefghijklmnopqrstuvwxyz"
    made = [
        " ".join(r.choice([*language._ENGLISH, "".join(r.choices(letters, k=r.randint(1, 9)))]) for _ in range(n))
        for n in (0, 2, 24, 25, 26, 80, 200, 801)
        for _ in range(30)
    ]
    # at the bar of one in eight: the common words counted by bytes.count ("the the" once) then word by word
    bar = [" ".join(["the", "of"] * n + ["x"] * (14 * n + k)) for n in (2, 5, 20) for k in (-2, -1, 0, 1, 2)]
    bar += [" ".join(["the the"] * n + ["said,and"] * n + ["x y"] * (6 * n + k)) for n in (4, 20) for k in (-1, 0, 1)]
    for sample in [*(t for t in _texts() if t.isascii()), *made, *(m.upper().replace(" ", "_9") for m in made), *bar]:
        assert language._plain_english(sample) == _plain_quick_english(sample), sample[:80]


def test_report_headers_are_looked_for_only_under_their_verdict_column() -> None:
    assert "Verdict" in reports._MARKDOWN.pattern
    assert "Verdict" in reports._TABLE.pattern
