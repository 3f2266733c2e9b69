#!/usr/bin/env python3
"""Throughput of each stage alone (numbers, dates, reconcile, extract) on fixed generated text.

    python3 benchmarks/stages.py            # 200 articles of about 4 KB each
    python3 benchmarks/stages.py --articles 1000

The whole-process benchmark (extract and compare on 1,000 and 10,000 articles, against the glue a
user would otherwise write) is benchmarks/bench.py; this one is for finding which stage costs.

The corpus is generated from templates with a fixed seed, so every run measures the same text; it
mixes hedged figures, dates in every form the parser reads, names, countries and filler prose.
Nothing here is a test: the adversarial worst cases are tests/extract/test_adversarial.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Callable

from factcheck.extract import extract_document
from factcheck.extract.dates import parse_dates
from factcheck.extract.numbers import parse_numbers
from factcheck.model import Claim, Count, Document
from factcheck.reconcile import reconcile, sources

SENTENCES = [
    "About {n:,} troops from {c1} and {c2} arrived on {wd}, officials said.",
    "The death toll rose to more than {n} on {month} {d}, up from {m} a day earlier.",
    "Between {m} and {n} people were injured, according to the health ministry.",
    "Police detained nearly {n} protesters in {month} {y} and released {m} of them last week.",
    "The mission, which began on {d} {month}, will be completed within {m} days.",
    "{title} {first} {last} said the withdrawal would end by {wd} next week.",
    "Dozens of buildings collapsed and thousands of residents spent the night outside.",
    "In the past {m} months, as many as {n} aircraft flew {k} missions from three bases.",
    "The ceasefire agreed in {y} held until late {month}, two weeks before the elections.",
    "Officials said the figure, which was first reported on {month} {d}, {y}, could rise.",
    "Witnesses described the scene as chaotic while rescuers searched through the rubble.",
    "The {n}-member delegation met for {m} hours on Thursday and again on Friday morning.",
]
WORDS = {
    "c": ["Russian", "Armenian", "Belarusian", "Kenyan", "Ecuadorean", "French", "Tajik", "Kyrgyz"],
    "wd": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "Feb.", "March", "April", "Aug.", "September", "Oct.", "December"],
    "title": ["Defence Minister", "President", "Gen.", "Interior Minister", "spokesman"],
    "first": ["Anna", "Sergei", "Maria", "Ahmed", "John", "Li"],
    "last": ["Ivanova", "Petrov", "Otieno", "Moreno", "Smith", "Wang"],
}


def article(rng: random.Random, size: int = 4000) -> str:
    out: list[str] = []
    while sum(map(len, out)) < size:
        template = rng.choice(SENTENCES)
        out.append(
            template.format(
                n=rng.randint(2, 20000),
                m=rng.randint(2, 60),
                k=rng.randint(100, 900),
                d=rng.randint(1, 28),
                y=rng.randint(1990, 2024),
                c1=rng.choice(WORDS["c"]),
                c2=rng.choice(WORDS["c"]),
                **{key: rng.choice(values) for key, values in WORDS.items() if key != "c"},
            )
        )
    return " ".join(out)


def timed(label: str, texts: list[str], run: Callable[[str], object]) -> None:
    began = time.perf_counter()
    for text in texts:
        run(text)
    seconds = time.perf_counter() - began
    size = sum(map(len, texts)) / 1e6
    print(f"{label:<14} {seconds:6.2f} s  {size / seconds:6.2f} MB/s  {len(texts) / seconds:8.1f} articles/s")


def reconcile_timing(rng: random.Random, articles: int = 500, per_article: int = 60) -> None:
    """The reconcile stage alone on a story-sized folder: claims of ``articles`` documents about 40 things."""
    docs = [
        Document(id=f"d{i:04}", path="x", text="", published=dt.date(2022, 1, 1 + i % 28), outlet=f"o{i % 40}")
        for i in range(articles)
    ]
    claims = []
    for d in docs:
        for j in range(per_article):
            n = rng.choice([2000, 2500, 146, 200, 10])
            claims.append(
                Claim(
                    id=f"{d.id}-{j}",
                    document=d.id,
                    type="troops",
                    value=Count(nominal=n, low=n, high=n),
                    text="t",
                    start=j,
                    end=j + 1,
                    sentence="t",
                    key=f"troops:{j % 40}",
                )
            )
    began = time.perf_counter()
    findings = reconcile(claims, docs)
    sources(findings, docs)
    print(f"reconcile      {time.perf_counter() - began:6.2f} s  {len(claims)} claims of {articles} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20220113)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = [article(rng) for _ in range(args.articles)]
    ref = dt.date(2022, 1, 13)
    print(f"{args.articles} generated articles, {sum(map(len, texts)) / 1e6:.2f} MB, seed {args.seed}")
    timed("parse_numbers", texts, parse_numbers)
    timed("parse_dates", texts, lambda t: parse_dates(t, ref))
    reconcile_timing(random.Random(args.seed))
    timed("extract", texts, lambda t: extract_document(Document(id="a", path="a.txt", text=t, published=ref)))


if __name__ == "__main__":
    main()
