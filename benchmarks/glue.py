#!/usr/bin/env python3
"""The glue a user would write without factcheck: dateparser's search_dates over each whole article,
quantulum3 over each sentence. Timed by bench.py as a whole process, like factcheck itself.

    python3 benchmarks/glue.py FOLDER [--articles N]

Needs the bench extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from pathlib import Path

from dateparser.search import search_dates

with warnings.catch_warnings():  # its optional classifier is not what is measured
    warnings.simplefilter("ignore")
    from quantulum3 import parser as quantities

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("folder", type=Path)
    args.add_argument("--articles", type=int, default=None)
    ns = args.parse_args()
    paths = sorted(ns.folder.glob("*.txt"))[: ns.articles]
    out = sys.stdout
    for path in paths:
        text = path.read_text(encoding="utf-8")
        dates = search_dates(text, languages=["en"]) or []
        figures = [q.surface for sentence in _SENTENCE.split(text) for q in quantities.parse(sentence)]
        out.write(json.dumps({"file": path.name, "dates": [d[0] for d in dates], "figures": figures}) + "\n")


if __name__ == "__main__":
    main()
