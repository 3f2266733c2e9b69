#!/usr/bin/env python3
"""Score `factcheck compare` on every development story and the seeds against their hand-written gold, and
pool the findings over the development stories.

    python3 benchmarks/quality.py          # a table: claim recall, precision, findings, false contradictions
    python3 benchmarks/quality.py --min-pooled-finding-recall 0.85 --max-total-false-contradictions 3

The gold and the scorer are in ../shared/eval (FACTCHECK_SHARED overrides where ../shared is). Exits 1 when a
pooled bar is not met, 2 when the scorer or a story cannot be read. Per-story floors are .ci/run's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--min-pooled-finding-recall", type=float)
    parser.add_argument("--max-total-false-contradictions", type=int)
    args = parser.parse_args(argv)
    evaluation = args.shared / "eval"
    try:
        sys.path.insert(0, str(evaluation))
        import score  # type: ignore[import-not-found]
    except ImportError as e:
        print(f"quality: cannot load the scorer from {evaluation}: {e}", file=sys.stderr)
        return 2
    stories = [("seeds", ROOT / "seeds", evaluation / "seeds.gold.json")]
    stories += [
        (d.name, d, d / "gold.json") for d in sorted((evaluation / "dev").iterdir()) if (d / "gold.json").is_file()
    ]
    found = required = contradictions = 0
    print(f"{'story':<38}{'recall':>8}{'precision':>11}{'findings':>10}{'false contra.':>15}")
    for name, folder, gold in stories:
        run = subprocess.run(
            [sys.executable, "-m", "factcheck", "compare", str(folder), "--format", "json"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        try:
            result = score.score(json.loads(gold.read_text(encoding="utf-8")), json.loads(run.stdout))
        except ValueError as e:
            print(f"quality: {name}: no JSON from factcheck ({e}): {run.stderr[-500:]}", file=sys.stderr)
            return 2
        if name != "seeds":
            found += result["findings_found"]
            required += result["findings_required"]
            contradictions += result["false_contradictions"]
        print(
            f"{name:<38}{result['claim_recall']:>8.2f}{result['claim_precision']:>11.2f}"
            f"{result['findings_found']:>5}/{result['findings_required']:<4}{result['false_contradictions']:>15}"
        )
    pooled = found / required if required else 1.0
    print(
        f"development stories pooled: findings {found}/{required} = {pooled:.3f}, false contradictions {contradictions}"
    )
    ok = (args.min_pooled_finding_recall is None or pooled >= args.min_pooled_finding_recall) and (
        args.max_total_false_contradictions is None or contradictions <= args.max_total_false_contradictions
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
