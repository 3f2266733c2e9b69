#!/usr/bin/env python3
"""Grouping into stories on the mixed corpus (benchmarks/mixed.py): the clustering step alone, and `compare`.

    python3 benchmarks/stories.py --sizes 1000 10000              # clustering alone, and its quality
    python3 benchmarks/stories.py --sizes 1000 --compare --runs 3  # and the whole compare, 2 jobs

The documents and claims are extracted once (not timed), then ``factcheck.stories.group`` is timed on
them (best of ``--runs``), with B-cubed precision and recall against the stories the generator wrote.
``--compare`` also times ``factcheck compare FOLDER --format json --jobs 2`` as its own process
(median of ``--runs``, peak RSS over the process tree, as benchmarks/bench.py does).
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

import mixed
from bench import timed

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests" / "stories"))

from gate import bcubed  # noqa: E402

from factcheck import stories  # noqa: E402
from factcheck.pipeline import Engine, run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", action="store_true", help="also time the whole compare, 2 jobs")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "factcheck-bench")
    args = parser.parse_args()
    grouping: dict[int, float] = {}
    for size in args.sizes:
        folder = mixed.write(args.work / f"mixed-{size}-{args.seed}", size, args.seed)
        result = run([str(folder)], findings=False, grouping=None, engine=Engine(jobs=2))
        docs, claims = result.documents, result.claims
        seconds = []
        for _ in range(args.runs):
            start = time.perf_counter()
            found = stories.group(docs, claims)
            seconds.append(time.perf_counter() - start)
        grouping[size] = min(seconds)
        precision, recall = bcubed([s.documents for s in found], mixed.gold(folder))
        print(
            f"{size:>7} articles, {len(claims) / size:.1f} claims each: grouping {min(seconds):7.2f} s "
            f"(best of {args.runs}), {len(found)} stories for {size // mixed.PER_STORY}, "
            f"B-cubed precision {precision:.3f} recall {recall:.3f}"
        )
        if args.compare:
            command = [sys.executable, "-m", "factcheck", "compare", str(folder), "--format", "json", "--jobs", "2"]
            runs = [timed(command) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs) / 1e6
            print(f"{'':>7} compare --jobs 2: {wall:7.1f} s (median of {args.runs}), peak RSS {rss:.0f} MB")
    if len(grouping) >= 2:
        small, large = min(grouping), max(grouping)
        ratio = grouping[large] / grouping[small]
        nlogn = large * math.log(large) / (small * math.log(small))
        print(f"grouping: {large / small:.0f}x the articles take {ratio:.1f}x the time (n log n would be {nlogn:.1f}x)")


if __name__ == "__main__":
    main()
