"""A deterministic generator of a mixed news corpus: many stories at once, as a crawl or an export holds them.

    python3 benchmarks/mixed.py OUT_DIR --articles 10000 [--seed 20240601]

``articles // 50`` stories of 50 articles each (100,000 articles: 2,000 stories). A story is an event
of one kind (an earthquake, a flood, a ferry sinking, a stadium crush, a march, a troop withdrawal,
an explosion, a wildfire) in an invented town of a real country, on a day among 2,000 stories in three
years (a smaller corpus covers less time), with
its officials, its figures and its own words; stories of one kind overlap in time, as they do in the
news. Its articles are published over the following weeks (one in 20 without a date line), each
1.5-2.5 KB with about 10-15 claims (figures, event days, people), as dense as the development stories'
articles. File names are hashes, so a folder mixes the stories; ``gold`` gives each file's story.
Article ``i`` depends only on ``(seed, i)`` and the corpus size (which sets the time span: any size is
as many stories a week as 100,000 articles). Nothing in it names a real event.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

PER_STORY = 50
START = dt.date(2019, 1, 1)
#: Days per story over which the stories' days are spread: 2,000 stories (100,000 articles) over three
#: years, and a smaller corpus over a shorter time, so that any size is as dense in time (as many
#: stories a week) and blocking by time saves the same share of the comparisons.
DAYS_PER_STORY = 3 * 365 / 2000
OUTLETS = ("dailyherald.example", "worldwire.example", "morningpost.example", "capitalnews.example",
           "regiontimes.example", "eveningstar.example", "globalreport.example", "citygazette.example")  # fmt: skip
COUNTRIES = ("Chile", "Peru", "Kenya", "Ghana", "Nepal", "Turkey", "Italy", "Greece", "Mexico", "Indonesia",
             "Philippines", "Vietnam", "Nigeria", "Ecuador", "Romania", "Morocco", "Pakistan", "Bolivia")  # fmt: skip
FIRST = ("Anna", "Sergei", "Maria", "Ahmed", "John", "Li", "Grace", "Pablo", "Amina", "Oleg", "Rosa", "Tomas",
         "Elena", "Kofi", "Yusuf", "Irene", "Marco", "Nadia", "Hugo", "Leila")  # fmt: skip
# surnames are made of syllables, as the towns are: officials of one country seldom share one across stories
ROLES = ("Interior Minister", "Governor", "Mayor", "Police Chief", "Health Minister", "spokesman")
SYLLABLES = ("ka", "ro", "mi", "ta", "len", "vo", "sa", "dra", "nu", "bel", "ko", "ri", "an", "tes", "por",
             "gu", "li", "mar", "os", "ven", "du", "zel", "ha", "qui")  # fmt: skip
KINDS = {
    "earthquake": ("quake", "magnitude", "tremor", "rubble", "aftershocks", "collapsed", "epicentre", "seismic"),
    "flood": ("floodwaters", "river", "rain", "dams", "submerged", "mud", "evacuated", "torrent"),
    "ferry": ("ferry", "capsized", "passengers", "divers", "coast guard", "hull", "vessel", "lifeboats"),
    "stadium": ("stadium", "crush", "fans", "match", "gates", "tear gas", "stampede", "supporters"),
    "march": ("march", "protesters", "organisers", "rally", "banners", "crowd", "police estimate", "route"),
    "withdrawal": ("troops", "withdrawal", "base", "mission", "convoy", "contingent", "handover", "garrison"),
    "explosion": ("blast", "warehouse", "port", "explosion", "shockwave", "fire crews", "debris", "chemicals"),
    "wildfire": ("wildfire", "flames", "hectares", "firefighters", "smoke", "water bombers", "villages", "blaze"),
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def story(seed: int, n: int, stories: int) -> dict[str, object]:
    """What every article of story ``n`` (of ``stories``) shares: its kind, place, country, day, people
    and figures."""
    rng = random.Random(f"{seed}:story:{n}")
    kind = rng.choice(sorted(KINDS))
    surnames = [_place(rng) + rng.choice(("ez", "ov", "i", "o", "a")) for _ in range(3)]
    people = [(rng.choice(FIRST), surname, rng.choice(ROLES)) for surname in surnames]
    return {
        "kind": kind,
        "town": _place(rng),
        "region": _place(rng) + rng.choice((" province", " district", " valley", " county")),
        "country": rng.choice(COUNTRIES),
        "day": START + dt.timedelta(days=rng.randrange(max(1, round(stories * DAYS_PER_STORY)))),
        "people": people,
        "dead": [rng.randint(8, 90)],
        "injured": rng.randint(40, 900),
        "missing": rng.randint(3, 60),
        "workers": rng.choice((500, 800, 1200, 2000, 3500)),
        "words": KINDS[kind],
        "group": _place(rng) + " " + rng.choice(("Coalition", "Front", "Council", "Alliance")),
    }


def article(seed: int, i: int, count: int) -> tuple[str, str, int]:
    """The file name, text and story number of article ``i`` of a corpus of ``count``."""
    n = i // PER_STORY
    s = story(seed, n, max(1, count // PER_STORY))
    rng = random.Random(f"{seed}:{i}")
    day: dt.date = s["day"]  # type: ignore[assignment]
    published = day + dt.timedelta(days=min(int(rng.expovariate(1 / 4)), 40))
    outlet = rng.choice(OUTLETS)
    town, region, country, kind = s["town"], s["region"], s["country"], s["kind"]
    words: tuple[str, ...] = s["words"]  # type: ignore[assignment]
    people: list[tuple[str, str, str]] = s["people"]  # type: ignore[assignment]
    dead = s["dead"][0] + int(rng.random() * (published - day).days * 3)  # type: ignore[index]
    w = rng.sample(words, 6)
    first, last, role = rng.choice(people)
    first2, last2, role2 = rng.choice(people)
    weekday = _WEEKDAYS[day.weekday()]
    event_day = f"{_MONTHS[day.month - 1]} {day.day}"
    title = rng.choice(
        (
            f"{kind.capitalize()} in {town} leaves {dead} dead",
            f"{town} {kind}: toll rises to {dead} as {w[0]} continue",
            f"{country}'s {kind} in {town}: what we know",
            f"Questions over {w[1]} after {town} {kind}",
        )
    )
    sentences = [
        f"At least {dead} people were killed in the {kind} that hit {town} in {region}, {country}, on {weekday}, "
        f"{role.lower()} {first} {last} said.",
        f"More than {s['injured']} people were injured and {s['missing']} are still missing, officials said.",
        f"The {w[0]} and the {w[1]} left much of {town} unrecognisable, witnesses told reporters.",
        f"{role2} {first2} {last2} said about {s['workers']:,} rescue workers had been sent to {region}.",
        f"The {kind} began on {event_day}, and by {_WEEKDAYS[published.weekday()]} the {w[2]} had eased.",
        f"Residents of {town} described {w[3]} and {w[4]} in the hours after the {kind}.",
        f"In {rng.randint(1980, 2015)}, a smaller {kind} in {country} killed {rng.randint(5, 400)} people.",
        f"The {s['group']} criticised the response and called for an inquiry into the {w[5]}.",
        f"{first} {last} promised compensation for families in {town} within {rng.randint(2, 12)} weeks.",
        f"Aid agencies said {rng.randint(2, 40) * 100} families in {region} needed shelter, food and clean water.",
    ]
    rng.shuffle(sentences[2:])
    body = sentences[: rng.randint(7, 10)]
    filler = (
        f"Local radio in {town} broadcast lists of names through the night.",
        "Schools and shops stayed closed while roads were cleared and the power came back street by street.",
        f"The national government in {country} said help would keep arriving, and asked people to stay calm.",
        f"Photographs from {region} showed {w[2]} and long queues for water outside the town hall.",
        "Volunteers handed out blankets and bread from the back of lorries parked along the main road.",
        f"Opposition politicians in {country} asked why warnings had not reached the people of {town} sooner.",
        "Relatives waited outside the hospital for news, some of them for the second night running.",
        f"Churches and mosques in {region} opened their doors to families who had nowhere else to sleep.",
        "Engineers began checking bridges and public buildings, and several were declared unsafe to enter.",
    )
    body += rng.sample(filler, 6)
    paragraphs = [" ".join(body[k : k + 2]) for k in range(0, len(body), 2)]
    date_line = "" if rng.random() < 0.05 else f"{_MONTHS[published.month - 1]} {published.day}, {published.year}\n"
    url = f"https://www.{outlet}/{published:%Y/%m/%d}/{town.lower()}-{kind}-{i}"
    text = f"{title}\n\n{date_line}\n" + "\n\n".join(paragraphs) + f"\n\nOriginal url:\n\n<{url}>\n"
    if not date_line:  # an undated page: no url date either
        text = text.replace(f"/{published:%Y/%m/%d}/", "/news/")
    name = f"{random.Random(f'{seed}:name:{i}').getrandbits(40):010x}_{outlet.split('.')[0]}.txt"
    return name, text, n


def write(folder: Path, count: int, seed: int) -> Path:
    """Write the corpus into ``folder`` (created) once, with ``gold.tsv`` (file, story) beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / ".corpus"
    if stamp.exists() and stamp.read_text() == f"mixed {count} {seed}\n":
        return folder
    rows = []
    for i in range(count):
        name, text, n = article(seed, i, count)
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{Path(name).stem}\ts{n}\n")
    (folder.parent / f"{folder.name}.gold.tsv").write_text("".join(rows), encoding="utf-8")
    stamp.write_text(f"mixed {count} {seed}\n")
    return folder


def gold(folder: Path) -> dict[str, str]:
    """Each document id of a written corpus and its story."""
    lines = (folder.parent / f"{folder.name}.gold.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines)  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    write(args.folder, args.articles, args.seed)
    print(f"{args.articles} articles of {args.articles // PER_STORY} stories in {args.folder}")


if __name__ == "__main__":
    main()
