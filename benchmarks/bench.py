#!/usr/bin/env python3
"""Whole-process timings of `factcheck extract` and `factcheck compare` on generated articles, and of the glue.

    pip install -e '.[bench]'
    python3 benchmarks/bench.py                      # 1,000 and 10,000 articles, 3 runs each
    python3 benchmarks/bench.py --sizes 1000 --runs 5

Each command runs as its own process (start-up included), output to /dev/null, ``--runs`` times;
the median is quoted. Peak RSS is the largest sum, over the process and its children, of resident
memory sampled every 20 ms. The corpus (benchmarks/corpus.py, fixed seed) is written once under
``--work``. The glue (benchmarks/glue.py: dateparser's search_dates over each article, quantulum3
over each sentence) is timed in the same run on the first ``--glue-articles`` articles: it manages
a few articles a second, so a whole corpus would take hours; articles/s is a rate either way.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import corpus

HERE = Path(__file__).resolve().parent
_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Timing:
    label: str
    articles: int
    megabytes: float
    seconds: float
    rss_mb: float

    def line(self) -> str:
        return (
            f"{self.label:<34} {self.articles:>6} {self.seconds:8.2f} s {self.articles / self.seconds:9.1f} art/s "
            f"{self.megabytes / self.seconds:7.2f} MB/s {self.rss_mb:7.0f} MB"
        )


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and every descendant, read from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        with contextlib.suppress(OSError):  # a process that ended meanwhile
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE
        todo.extend(parents.get(pid, []))
    return total


def timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak tree RSS (bytes) of one run of ``command``."""
    peak = 0
    began = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - began
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return seconds, peak


def measure(label: str, command: list[str], articles: int, megabytes: float, runs: int) -> Timing:
    results = [timed(command) for _ in range(runs)]
    seconds = statistics.median(s for s, _ in results)
    return Timing(label, articles, megabytes, seconds, max(r for _, r in results) / 1e6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--glue-articles", type=int, default=100, help="0 to skip the glue")
    parser.add_argument("--seed", type=int, default=20220113)
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "factcheck-bench")
    args = parser.parse_args()
    factcheck = [sys.executable, "-m", "factcheck"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; median of {args.runs} runs")  # fmt: skip
    print(f"{'command':<34} {'articles':>6} {'wall':>10} {'throughput':>15} {'':>12} {'peak RSS':>10}")
    seeds = HERE.parent / "seeds"
    print(measure("factcheck --help", [*factcheck, "--help"], 0, 0, args.runs).line().split(" art/s")[0][:52])
    print(measure("factcheck compare seeds/", [*factcheck, "compare", str(seeds), "--format", "json"],
                  5, 0, args.runs).line().split(" art/s")[0][:52])  # fmt: skip
    extract_one: dict[int, Timing] = {}
    compares: dict[int, Timing] = {}
    for size in args.sizes:
        folder = corpus.write(args.work / f"{size}-{args.seed}", size, args.seed)
        mb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
        for jobs in args.jobs:
            t = measure(f"extract --jobs {jobs}", [*factcheck, "extract", str(folder), "--format", "jsonl",
                        "--jobs", str(jobs)], size, mb, args.runs)  # fmt: skip
            print(t.line())
            if jobs == 1:
                extract_one[size] = t
            elif 1 in extract_one and size in extract_one:
                print(f"{'':<34} {'':>6} speed-up with {jobs} jobs: {extract_one[size].seconds / t.seconds:.2f}x")
        t = measure("compare (default jobs)", [*factcheck, "compare", str(folder), "--format", "json"], size, mb,
                    args.runs)  # fmt: skip
        compares[size] = t
        print(t.line())
    if len(compares) >= 2:
        small, large = min(compares), max(compares)
        ratio = compares[large].seconds / compares[small].seconds
        print(f"compare: {large} articles take {ratio:.1f}x the time of {small} ({large / small:.0f}x the articles)")
    if args.glue_articles:
        size = min(args.sizes)
        folder = args.work / f"{size}-{args.seed}"
        n = min(args.glue_articles, size)
        mb = sum(p.stat().st_size for p in sorted(folder.glob("*.txt"))[:n]) / 1e6
        glue = measure("glue (search_dates + quantulum3)", [sys.executable, str(HERE / "glue.py"), str(folder),
                       "--articles", str(n)], n, mb, 1)  # fmt: skip
        print(glue.line())
        if size in extract_one:
            ours = extract_one[size].articles / extract_one[size].seconds
            print(f"extract --jobs 1 is {ours / (glue.articles / glue.seconds):.0f}x the glue's articles/s")


if __name__ == "__main__":
    main()
