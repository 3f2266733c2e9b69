"""Grouping into stories: what an editor would put together, and what not (factcheck/stories.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from click.testing import CliRunner

from factcheck import onestory, similarity, stories
from factcheck.cli import cli
from factcheck.model import Claim, Document, Story
from factcheck.pipeline import run
from factcheck.report import words
from factcheck.report.schema import schema
from factcheck.stories import Grouping

from .stories import gate

HERE = Path(__file__).resolve().parent / "stories"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARED = Path(__file__).resolve().parents[2] / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "dev").is_dir(), reason="no ../shared/eval/dev here")


def members(folder: Path | str, **grouping: object) -> list[list[str]]:
    return [sorted(s.documents) for s in run([str(folder)], grouping=Grouping(**grouping)).stories]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, the two earthquakes, the two marches and the one-offs in one folder (all in the repository)."""
    folder = tmp_path_factory.mktemp("mixed")
    for article in [*SEEDS.glob("*.txt"), *HERE.glob("*/*.txt")]:
        shutil.copyfile(article, folder / f"{article.parent.name}__{article.name}")
    return folder


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        pytest.param(
            "quakes",
            [
                ["a1_peru_quake", "a2_peru_quake", "a3_peru_quake"],
                ["b1_turkey_quake", "b2_turkey_quake", "b3_turkey_quake"],
            ],
            id="two-earthquakes-in-one-week-in-two-countries-are-two-stories",
        ),
        pytest.param(
            "marches",
            [["m1_first_march", "m2_after_first", "m3_second_march", "m4_after_second"]],
            id="two-marches-of-one-movement-a-week-apart-are-one-story",
        ),
        pytest.param(
            "oneoff", [[p.stem] for p in sorted((HERE / "oneoff").glob("*.txt"))], id="one-offs-are-each-their-own"
        ),
    ],
)
def test_hand_written_sets(folder: str, expected: list[list[str]]) -> None:
    assert sorted(members(HERE / folder)) == expected


def test_seeds_are_one_story() -> None:
    assert members(SEEDS) == [sorted(p.stem for p in SEEDS.glob("*.txt"))]


def test_mixed_folder_recovers_each_set(mixed: Path) -> None:
    found = members(mixed)
    assert gate.bcubed(found, {d: _truth(d) for s in found for d in s}) == (1.0, 1.0)


def _truth(document: str) -> str:
    """The set a mixed folder's document came from: its folder, each earthquake, or itself (a one-off)."""
    folder, name = document.split("__")
    return document if folder == "oneoff" else f"{folder}-{name[0]}" if folder == "quakes" else folder


def test_order_is_largest_first_then_earliest_and_one_offs_last(mixed: Path) -> None:
    result = run([str(mixed)])
    sizes = [len(s.documents) for s in result.stories]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 1
    assert [s.id for s in result.stories] == [f"s{n}" for n in range(1, len(sizes) + 1)]
    assert sorted(d for s in result.stories for d in s.documents) == sorted(d.id for d in result.documents)
    seeds = next(s for s in result.stories if any(d.startswith("seeds__") for d in s.documents))
    assert (seeds.first_published, seeds.last_published) == (dt.date(2022, 1, 13), dt.date(2022, 1, 19))
    assert "CSTO" in seeds.label and seeds.label.endswith(" (13 Jan – 19 Jan 2022)")


def test_input_order_does_not_change_the_stories(mixed: Path) -> None:
    result = run([str(mixed)])
    by_doc = {c.document: [] for c in result.claims}  # type: ignore[var-annotated]
    for c in result.claims:
        by_doc[c.document].append(c)
    docs = list(result.documents)
    random.Random(7).shuffle(docs)
    shuffled = stories.group(docs, [c for d in docs for c in by_doc.get(d.id, [])])
    assert sorted(sorted(s.documents) for s in shuffled) == sorted(sorted(s.documents) for s in result.stories)


def test_no_finding_spans_two_stories(mixed: Path) -> None:
    result = run([str(mixed)])
    story_of = {d: s.id for s in result.stories for d in s.documents}
    assert result.findings
    assert all(len({story_of[d] for d in f.documents}) == 1 for f in result.findings)
    assert [f.id for f in result.findings] == [f"f{n}" for n in range(1, len(result.findings) + 1)]


def test_stories_one_is_the_old_single_story(mixed: Path) -> None:
    result = run([str(mixed)], grouping=Grouping(stories="one"))
    assert [len(s.documents) for s in result.stories] == [len(result.documents)]
    assert result.stories[0].label.startswith(f"all {len(result.documents)} documents (")


@pytest.mark.parametrize(
    ("documents", "expected"),
    [
        pytest.param([], [], id="nothing"),
        pytest.param(
            [Document(id="a", path="a.txt", text="T", title="A title", published=dt.date(2020, 5, 1))],
            [("s1", "A title (1 May 2020)", ("a",))],
            id="one-document-is-its-title",
        ),
        pytest.param(
            [
                Document(id="a", path="a.txt", text="Flood hits\n\nRiver towns flooded."),
                Document(id="b", path="b.txt", text="Cup final\n\nPort Arden won the cup on penalties."),
            ],
            [("s1", "Flood hits", ("a",)), ("s2", "Cup final", ("b",))],
            id="undated-and-unalike",
        ),
    ],
)
def test_small_inputs(documents: list[Document], expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    found = stories.group(
        [d if d.title else Document(**{**_fields(d), "title": d.text.split("\n")[0]}) for d in documents], []
    )
    assert [(s.id, s.label, s.documents) for s in found] == expected


def _fields(d: Document) -> dict[str, object]:
    return {name: getattr(d, name) for name in d.__slots__}


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        pytest.param("s2", "s2", id="by-id"),
        pytest.param("FERRY", "s2", id="by-label-words-any-case"),
        pytest.param("s9", None, id="no-such-id"),
    ],
)
def test_find(wanted: str, expected: str | None) -> None:
    known = [
        Story(id="s1", label="Quake, Peru", documents=("a",)),
        Story(id="s2", label="Ferry, Korea", documents=("b",)),
    ]
    found = stories.find(known, wanted)
    assert (found.id if found else None) == expected


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_stories_command_json(mixed: Path) -> None:
    code, out, _ = invoke("stories", str(mixed), "--format", "json")
    data = json.loads(out)
    assert code == 0 and list(data) == ["version", "documents", "stories", "errors"]
    assert len(data["stories"]) == 24 and data["stories"][-1]["documents"] == [data["stories"][-1]["documents"][0]]
    assert {"id", "label", "documents", "first_published", "last_published"} == set(data["stories"][0])


def test_stories_command_table_on_the_seeds() -> None:
    code, out, _ = invoke("stories", str(SEEDS), "--format", "table")
    assert code == 0
    assert out.splitlines()[-1] == "5 documents in 1 story"
    assert "CSTO" in out


def test_compare_json_has_stories_and_each_finding_its_story(mixed: Path) -> None:
    code, out, _ = invoke("compare", str(mixed), "--format", "json")
    data = json.loads(out)
    assert code == 0
    jsonschema.validate(data, schema())
    ids = {s["id"] for s in data["stories"]}
    owner = {d: s["id"] for s in data["stories"] for d in s["documents"]}
    assert all(f["story"] in ids and owner[f["documents"][0]] == f["story"] for f in data["findings"])


def test_story_option_reports_one_story(mixed: Path) -> None:
    code, out, _ = invoke("compare", str(mixed), "--format", "json", "--story", "Harwick")
    data = json.loads(out)
    assert code == 0 and len(data["stories"]) == 1 and "Harwick" in data["stories"][0]["label"]
    assert sorted(data["stories"][0]["documents"]) == sorted(
        f"marches__{p.stem}" for p in (HERE / "marches").glob("*.txt")
    )
    assert {d["id"] for d in data["documents"]} == set(data["stories"][0]["documents"])
    assert {c["document"] for c in data["claims"]} <= set(data["stories"][0]["documents"])


def test_unknown_story_is_a_usage_error(mixed: Path) -> None:
    code, out, err = invoke("compare", str(mixed), "--story", "no such story")
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: error: no story 'no such story' (by id or label); the stories are: s1 (")


def test_csv_carries_the_story_label(mixed: Path) -> None:
    _, csv_out, _ = invoke("compare", str(mixed), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    label = {d: s.label for s in run([str(mixed)]).stories for d in s.documents}
    assert list(rows[0])[-3:] == ["finding", "verdict", "story"]
    assert rows and all(r["story"] == label[r["document"]] for r in rows)


@pytest.mark.parametrize(
    ("fmt", "heading"),
    [
        pytest.param("markdown", "### Story {}: ", id="markdown"),
        pytest.param("table", "Story {}: ", id="table"),
        pytest.param("html", "<h2>Story {}: ", id="html"),
    ],
)
def test_a_section_per_story_with_findings_and_its_own_tally(mixed: Path, fmt: str, heading: str) -> None:
    """Read first, then the stories and every finding's tally with the filters said once, then one
    section per story that has findings to show, largest first, each with its own tally."""
    result = run([str(mixed)])
    story_of = {d: s.id for s in result.stories for d in s.documents}
    contradictions = Counter(story_of[f.documents[0]] for f in result.findings if f.verdict == "contradiction")
    assert len(contradictions) >= 3  # the seeds, the marches and each earthquake have one
    others = Counter(f.verdict for f in result.findings if f.verdict != "contradiction")
    _, out, _ = invoke("compare", str(mixed), "--format", fmt, "--verdict", "contradiction")
    text = " ".join(out.split())  # the table wraps at 80 columns
    quiet = len(result.stories) - len(contradictions)
    total = sum(contradictions.values())
    left = ", ".join(words.n(others[v], words.VERDICT_NOUNS[v]) for v in ("partial", "agreement", "single_source"))
    assert (
        f"{len(result.stories)} stories ({quiet} with no finding to show); {total} findings: "
        f"{total} contradictions; {left} filtered out (--verdict contradiction)" in text
    )
    assert text.count("filtered out") == 1
    shown = [s.id for s in result.stories if s.id in contradictions]
    at = [text.index(heading.format(k)) for k in shown]
    assert at == sorted(at) and not any(heading.format(s.id) in text for s in result.stories if s.id not in shown)
    if fmt != "html":
        tallies = [re.match(r"\d+ findings?: \d+ contradictions?", text[a:].split(" documents ", 1)[1]) for a in at]
        assert [t.group() if t else None for t in tallies] == [
            f"{words.n(contradictions[k], 'finding')}: {words.n(contradictions[k], 'contradiction')}" for k in shown
        ]


def test_every_story_gets_a_section_without_filters(mixed: Path) -> None:
    result = run([str(mixed)])
    _, md_out, _ = invoke("compare", str(mixed), "--format", "markdown")
    lines = md_out.splitlines()
    assert lines[2].startswith(f"{len(result.stories)} stories; {words.n(len(result.findings), 'finding')}: ")
    with_findings = {d for f in result.findings for d in f.documents}
    assert md_out.count("\n### Story s") == sum(1 for s in result.stories if with_findings & set(s.documents))


def test_type_filter_keeps_the_stories_and_numbers_claims_as_before(mixed: Path) -> None:
    every = run([str(mixed)])
    deaths = run([str(mixed)], selection=_selection(types=("deaths",)))
    assert [s.documents for s in deaths.stories] == [s.documents for s in every.stories]
    assert [c.id for c in deaths.claims] == [f"c{n}" for n in range(1, len(deaths.claims) + 1)]
    assert [c.text for c in deaths.claims] == [c.text for c in every.claims if c.type == "deaths"]


def _selection(**fields: object):  # type: ignore[no-untyped-def]
    from factcheck.reconcile import Selection

    return Selection(**fields)  # type: ignore[arg-type]


@needs_shared
def test_mixed_development_folder_gate() -> None:
    report = gate.check(SHARED)
    assert report.failures == ()
    assert (report.precision, report.recall) >= (0.97, 0.97)
    assert report.stories_found == report.stories_expected


@needs_shared
def test_the_gate_fails_when_every_article_is_one_story(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "group", lambda docs, claims: stories.one_story(docs))
    report = gate.check(SHARED)
    assert report.precision < 0.2 and report.failures


# -- a few documents that are one story, known without the libraries (factcheck/onestory.py) -----------


def _space(folder: Path) -> tuple[list[list[str]], list[tuple[int, ...]], similarity.Space]:
    result = run([str(folder)], grouping=Grouping(stories="one"), findings=False)
    by_doc: dict[str, list[Claim]] = {}
    for c in result.claims:
        by_doc.setdefault(c.document, []).append(c)
    surface: dict[str, str] = {}
    profiles = [stories._profile(d, by_doc.get(d.id, []), surface) for d in result.documents]
    tokens, days = [p[0] for p in profiles], [p[1] for p in profiles]
    return tokens, days, similarity.space_of(iter(tokens), len(tokens), list(days))


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(SEEDS, id="seeds"),
        pytest.param(HERE / "quakes", id="two-earthquakes"),
        pytest.param(HERE / "marches", id="marches"),
        pytest.param(HERE / "oneoff", id="one-offs"),
    ],
)
def test_the_plain_similarity_matrix_is_the_libraries(folder: Path) -> None:
    tokens, days, space = _space(folder)
    found = onestory.vectors(tokens)
    plain = [
        [onestory.similarity(a, b, da, db) for b, db in zip(found, days, strict=True)]
        for a, da in zip(found, days, strict=True)
    ]
    assert np.allclose(plain, space.dense(), rtol=0, atol=1e-12)


@pytest.mark.parametrize("gap", [0, 14, 15, 37, 59, 60, 61, 120, 183, 184, 400])
def test_the_plain_time_factor_is_the_libraries(gap: int) -> None:
    assert onestory.factor(gap) == pytest.approx(float(similarity.time_factor(np.array([float(gap)]))[0]), abs=1e-15)


@pytest.mark.parametrize(
    ("gap", "factor"),
    [
        pytest.param(0, 1.0, id="same-day"),
        pytest.param(14, 1.0, id="two-weeks-fully"),
        pytest.param(37, 0.75, id="falling"),
        pytest.param(60, 0.5, id="half-at-sixty-days"),
        pytest.param(183, 0.5, id="half-up-to-six-months"),
        pytest.param(184, 0.0, id="never-past-six-months"),
    ],
)
def test_time_factor(gap: int, factor: float) -> None:
    assert onestory.factor(gap) == pytest.approx(factor)


def test_plain_average_linkage_says_one_story_exactly_when_scipy_does() -> None:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    rng = np.random.default_rng(16)
    checked = 0
    for _ in range(400):
        n = int(rng.integers(2, 12))
        matrix = rng.uniform(0.0, 0.3, (n, n)) ** float(rng.uniform(0.5, 2.0))
        matrix = (matrix + matrix.T) / 2
        np.fill_diagonal(matrix, 1.0)
        tree = linkage(squareform(1.0 - matrix, checks=False), method="average")
        if np.min(np.abs((1.0 - tree[:, 2]) - 0.09)) < 1e-6:  # a merge on the threshold itself: either way
            continue
        one = len(set(fcluster(tree, t=1.0 - 0.09, criterion="distance"))) == 1
        assert onestory.merges_to_one(matrix.tolist(), 0.09) == one
        checked += 1
    assert checked > 300


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(SEEDS, id="seeds"),
        pytest.param(HERE / "marches", id="marches"),
        pytest.param(HERE / "quakes", id="two-earthquakes"),
        *[pytest.param(p, id=p.name) for p in sorted((SHARED / "eval" / "dev").glob("*/"))],
    ],
)
def test_the_quick_answer_is_the_clustering(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same stories, labels included, with and without the quick check."""
    quick = run([str(folder)], findings=False).stories
    monkeypatch.setattr(onestory, "QUICK", 0)
    assert run([str(folder)], findings=False).stories == quick


@pytest.mark.parametrize(
    ("folder", "loaded"),
    [
        pytest.param(SEEDS, False, id="seeds-one-story-no-libraries"),
        pytest.param(HERE / "quakes", True, id="two-stories-need-them"),
    ],
)
def test_a_few_articles_of_one_story_load_no_library(folder: Path, loaded: bool) -> None:
    code = (
        "import sys; from factcheck.pipeline import run; r = run([sys.argv[1]], findings=False); "
        "print(len(r.stories), sorted(m for m in ('numpy', 'scipy', 'sklearn') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True).stdout
    assert out.split(" ", 1)[1].strip() == ("['numpy', 'scipy', 'sklearn']" if loaded else "[]")


def test_the_stop_words_are_scikit_learns() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from factcheck.extract.lexicon import data

    assert sorted(data("stop_words.json")["words"]) == sorted(ENGLISH_STOP_WORDS)


def _dated(doc_id: str, day: dt.date, text: str) -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, title=text.split(".")[0], published=day)


_PULLOUT = (
    "Operation Tallow ends in Meskara. General Orvan Stipe said the Tallow contingent left Dunvel base and "
    "handed it to the Meskaran army. Stipe said the pullout from Dunvel was orderly."
)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        pytest.param([(2022, 2, 17), (2022, 7, 1)], [["a", "b"]], id="the-same-names-four-months-apart-are-one-story"),
        pytest.param([(2022, 2, 17), (2022, 9, 1)], [["a"], ["b"]], id="more-than-six-months-apart-are-two"),
    ],
)
def test_a_story_that_goes_on_for_months(days: list[tuple[int, int, int]], expected: list[list[str]]) -> None:
    docs = [_dated(k, dt.date(*day), _PULLOUT) for k, day in zip("ab", days, strict=True)]
    assert [list(s.documents) for s in stories.group(docs, [])] == expected


@pytest.mark.parametrize("largest", [4, 10])
def test_linked_groups_and_samples_of_large_groups_give_the_same_stories(
    mixed: Path, largest: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past LARGEST_GROUP documents the clustering goes through candidate pairs and linked groups, and
    a linked group past it through a sample: on the mixed folder it finds what the whole matrix does."""
    whole = sorted(sorted(s.documents) for s in run([str(mixed)], findings=False).stories)
    monkeypatch.setattr(similarity, "LARGEST_GROUP", largest)
    assert sorted(sorted(s.documents) for s in run([str(mixed)], findings=False).stories) == whole
