"""The mixed-folder gate: every development story and the seeds in one folder with 20 one-off articles.

Built at run time from ``SHARED/eval/dev/*/`` and ``seeds/`` (nothing of the shared stories is kept in
the repository) and the one-off articles in ``tests/stories/oneoff/``, written for this test on other
subjects, some of them published in the same days as a development story. It checks that

- every story is recovered: B-cubed precision and recall of the stories found against the folders
  the articles came from (a one-off is a story of its own);
- each story's findings are its own folder's (type, verdict, and each value with the documents behind
  it), whatever reconcile makes of them, and no finding holds documents of two stories;
- each development folder alone, and the seeds alone, is exactly one story.

    python3 tests/stories/gate.py ../shared --min-precision 0.97 --min-recall 0.97

prints the figures and exits 1 below the floors or on any other failure.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONEOFF = Path(__file__).resolve().parent / "oneoff"
SEP = "__"  # a mixed folder's file is STORY__NAME.txt, so that 000_ap of two stories stay apart


@dataclass(frozen=True)
class Report:
    precision: float
    recall: float
    stories_found: int
    stories_expected: int
    failures: tuple[str, ...]


def folders(shared: Path) -> dict[str, Path]:
    """The stories to mix: each development folder, and the seeds."""
    found = {p.name: p for p in sorted((shared / "eval" / "dev").glob("*/")) if p.is_dir()}
    found["seeds"] = ROOT / "seeds"
    return found


def build(target: Path, stories: dict[str, Path], oneoff: Path = ONEOFF) -> None:
    """Copy every story's articles, and the one-offs, into ``target`` as STORY__NAME.txt."""
    target.mkdir(parents=True, exist_ok=True)
    for story, folder in stories.items():
        for article in sorted(folder.glob("*.txt")):
            shutil.copyfile(article, target / f"{story}{SEP}{article.name}")
    for article in sorted(oneoff.glob("*.txt")):
        shutil.copyfile(article, target / f"oneoff-{article.stem}{SEP}{article.name}")


def bcubed(found: Iterable[Iterable[str]], truth: dict[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of the clusters ``found`` against each item's true cluster.

    >>> bcubed([["a1", "a2"], ["b1"]], {"a1": "a", "a2": "a", "b1": "b"})
    (1.0, 1.0)
    >>> bcubed([["a1", "a2", "b1"]], {"a1": "a", "a2": "a", "b1": "b"})
    (0.5555555555555555, 1.0)
    """
    cluster = {item: n for n, items in enumerate(found) for item in items}
    members: dict[int, set[str]] = {}
    for item, n in cluster.items():
        members.setdefault(n, set()).add(item)
    same: dict[str, set[str]] = {}
    for item, label in truth.items():
        same.setdefault(label, set()).add(item)
    precision = recall = 0.0
    for item, n in cluster.items():
        both = len(members[n] & same[truth[item]])
        precision += both / len(members[n])
        recall += both / len(same[truth[item]])
    return precision / len(cluster), recall / len(cluster)


def signature(findings: Sequence[object], rename: dict[str, str] | None = None) -> list[str]:
    """What a finding says, without ids and keys: type, verdict, and each value with its documents."""
    out = []
    for f in findings:
        values = sorted(
            f"{v.value!r}<-{sorted((rename or {}).get(d, d) for d in v.documents)}"
            for v in f.values  # type: ignore[attr-defined]
        )
        out.append(f"{f.type} {f.verdict} {values}")  # type: ignore[attr-defined]
    return sorted(out)


def check(shared: Path) -> Report:
    from factcheck.pipeline import run

    stories = folders(shared)
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        mixed = Path(tmp) / "mixed"
        build(mixed, stories)
        result = run([str(mixed)])
    truth = {d.id: d.id.split(SEP)[0] for d in result.documents}
    precision, recall = bcubed([s.documents for s in result.stories], truth)
    story_of = {d: s.id for s in result.stories for d in s.documents}
    for f in result.findings:
        origins = {truth[d] for d in f.documents}
        if len(origins) > 1:
            failures.append(f"finding {f.id} ({f.type}) mixes {sorted(origins)}")
    for name, folder in stories.items():
        alone = run([str(folder)])
        if len(alone.stories) != 1:
            failures.append(f"{name} alone is {len(alone.stories)} stories, not one")
        ours = {f"{name}{SEP}{d.id}": d.id for d in alone.documents}
        found = {story_of[d] for d in ours}
        mine = [f for f in result.findings if story_of[f.documents[0]] in found]
        if signature(mine, ours) != signature(alone.findings):
            failures.append(f"{name}: its findings in the mixed folder are not its own folder's")
    expected = len(set(truth.values()))
    return Report(precision, recall, len(result.stories), expected, tuple(failures))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", type=Path, help="the shared folder (holds eval/dev/)")
    parser.add_argument("--min-precision", type=float, default=0.97)
    parser.add_argument("--min-recall", type=float, default=0.97)
    args = parser.parse_args(argv)
    report = check(args.shared)
    print(
        f"mixed folder: {report.stories_found} stories found, {report.stories_expected} expected; "
        f"B-cubed precision {report.precision:.3f}, recall {report.recall:.3f}"
    )
    for failure in report.failures:
        print(f"FAIL {failure}")
    low = report.precision < args.min_precision or report.recall < args.min_recall
    if low:
        print(f"FAIL below the floors: precision {args.min_precision}, recall {args.min_recall}")
    return 1 if low or report.failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
