"""A deterministic generator of news-like articles about one story, for benchmarks and tests.

    python3 benchmarks/corpus.py OUT_DIR --articles 1000 [--seed 20220113]

Article ``i`` depends only on ``(seed, i)``, so the same seed gives the same bytes and the first
1,000 articles of a 10,000-article corpus are the 1,000-article corpus. Each article is 2-4 KB:
a title, a date line, a body of hedged figures (troops, dead, injured, arrested), dates written
as news writes them (weekdays, "last Thursday", "Jan. 22", "on 6 January"), country lists and
demonyms, officials with titles, background figures from other years, and filler prose, then an
"Original url:" line that names the outlet. Nothing in it names a real story.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

OUTLETS = (
    "dailyherald.example",
    "worldwire.example",
    "morningpost.example",
    "capitalnews.example",
    "regiontimes.example",
    "eveningstar.example",
    "globalreport.example",
    "citygazette.example",
)
COUNTRIES = ("Armenia", "Belarus", "Kyrgyzstan", "Tajikistan", "Kenya", "Ecuador", "France", "Peru", "Ghana")
DEMONYMS = ("Armenian", "Belarusian", "Kyrgyz", "Tajik", "Kenyan", "Ecuadorean", "French", "Peruvian", "Ghanaian")
TITLES = ("Defence Minister", "President", "Interior Minister", "Foreign Minister", "Police Chief", "spokesman")
FIRST = ("Anna", "Sergei", "Maria", "Ahmed", "John", "Li", "Grace", "Pablo", "Amina", "Oleg")
LAST = ("Ivanova", "Petrov", "Otieno", "Moreno", "Smith", "Wang", "Mensah", "Quispe", "Haddad", "Novak")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HEDGES = ("about", "around", "nearly", "more than", "at least", "up to", "almost", "over", "some")
FILLER = (
    "Witnesses described the scene as chaotic while rescuers searched through the rubble.",
    "Shops in the centre stayed shut and public transport ran only in the morning.",
    "The government said the situation was now under control but asked residents to stay home.",
    "Analysts said the move was meant to reassure investors after a week of uncertainty.",
    "Internet access, cut during the unrest, was partly restored in the largest cities.",
    "Opposition figures called for an independent inquiry into how the crisis was handled.",
)
BODY = (
    "{hedge} {troops:,} troops from {c1}, {c2} and {c3} arrived on {weekday}, officials said.",
    "The death toll rose to {hedge} {dead} on {month} {day}, up from {dead0} a day earlier.",
    "Between {inj0} and {inj} people were injured, according to the health ministry.",
    "Police detained {hedge} {arrests:,} people and released {small} of them last {weekday}.",
    "The mission, which began on {day} {month}, will be completed within {small} days.",
    "{title} {first} {last} said the withdrawal would end by {weekday} next week.",
    "{demonym} and {demonym2} units left the airport on {month_short} {day}, the ministry said.",
    "{first} {last}, the {title_lower}, told reporters that {hedge} {dead} people had died.",
    "In {year}, a similar mission of {bg:,} soldiers stayed for {small} months.",
    "The ceasefire agreed in {year} held until late {month}, two weeks before the elections.",
    "Dozens of buildings were damaged and thousands of residents spent the night outside.",
    "A total of {arrests:,} suspects were in custody by {weekday}, the interior ministry said.",
    "The {small}-member delegation met for {small2} hours on Thursday and again on Friday morning.",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_SHORT = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def article(seed: int, i: int) -> tuple[str, str]:
    """The name and text of article ``i`` of the corpus ``seed``.

    >>> article(1, 0) == article(1, 0) and article(1, 0) != article(1, 1)
    True
    >>> 2000 <= len(article(1, 7)[1].encode()) <= 4200
    True
    """
    rng = random.Random(f"{seed}:{i}")
    published = dt.date(2022, 1, 6) + dt.timedelta(days=rng.randrange(14))
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    size = rng.randint(2300, 3800)
    lines = [
        f"Foreign troops begin pullout, report {i}",
        published.strftime("%B ") + f"{published.day}, {published.year}",
        "",
    ]
    body: list[str] = []
    while sum(len(s) + 1 for s in body) < size - 300:
        template = rng.choice(BODY) if rng.random() < 0.75 else rng.choice(FILLER)
        event = published - dt.timedelta(days=rng.randrange(8))
        cs = rng.sample(range(len(COUNTRIES)), 3)
        ds = rng.sample(range(len(DEMONYMS)), 2)
        title = rng.choice(TITLES)
        body.append(
            template.format(
                hedge=rng.choice(HEDGES).capitalize() if template.startswith("{hedge}") else rng.choice(HEDGES),
                troops=rng.choice((2000, 2030, 2500, 3000)),
                dead=rng.choice((146, 164, 200, 225, 227)),
                dead0=rng.choice((44, 103, 146)),
                inj0=rng.randint(100, 900),
                inj=rng.randint(1000, 4500),
                arrests=rng.choice((4266, 5800, 7939, 9900)),
                small=rng.randint(2, 30),
                small2=rng.randint(2, 9),
                bg=rng.randint(300, 20000),
                year=rng.randint(1995, 2019),
                c1=COUNTRIES[cs[0]],
                c2=COUNTRIES[cs[1]],
                c3=COUNTRIES[cs[2]],
                demonym=DEMONYMS[ds[0]],
                demonym2=DEMONYMS[ds[1]],
                weekday=WEEKDAYS[event.weekday()],
                month=_MONTHS[event.month - 1],
                month_short=_SHORT[event.month - 1],
                day=event.day,
                title=title,
                title_lower=title.lower(),
                first=rng.choice(FIRST),
                last=rng.choice(LAST),
            )
        )
    paragraphs = [" ".join(body[k : k + 3]) for k in range(0, len(body), 3)]
    url = f"https://www.{outlet}/{published:%Y/%m/%d}/troops-pullout-{i}"
    text = "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + f"\n\nOriginal url:\n\n<{url}>\n"
    return f"{i:06d}_{outlet.split('.')[0]}.txt", text


def articles(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """Articles ``0 .. count-1`` of the corpus ``seed``, as (file name, text)."""
    for i in range(count):
        yield article(seed, i)


def write(folder: Path, count: int, seed: int) -> Path:
    """Write the corpus into ``folder`` (created) once; a folder already holding it is left as is."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / ".corpus"
    if stamp.exists() and stamp.read_text() == f"{count} {seed}\n":
        return folder
    for name, text in articles(count, seed):
        (folder / name).write_text(text, encoding="utf-8")
    stamp.write_text(f"{count} {seed}\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20220113)
    args = parser.parse_args()
    write(args.folder, args.articles, args.seed)
    print(f"{args.articles} articles in {args.folder}")


if __name__ == "__main__":
    main()
