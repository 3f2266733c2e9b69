"""Grouping stage: ``Document``s and their ``Claim``s -> ``Story``s, before each story is reconciled.

A folder of saved pages, a news API's export or a crawl holds many stories; lining up the death
toll of one disaster against another's would report contradictions between unrelated events. So
the documents are grouped first, from what a reader would use:

- the words of the title and the lead (``Document.opening``) and of the sentences the claims come
  from, weighted by TF-IDF (scikit-learn), and apart from them the names: capitalised words that
  do not start a sentence (places, people, organisations) and the story's figures;
- time: each document's anchors are its publication date and the days its claims say the story's
  events happened (so that a piece written a year later about the day itself still joins). Two
  documents whose nearest anchors are more than ``SAME_TIME`` days apart count less (down to half
  at ``WINDOW`` days), and not at all past ``LONG`` days: articles weeks apart with little else in
  common are not one story, while a story that goes on for months keeps its names.

Similarity is the geometric mean of the words' and the names' cosines, times the time factor. Up to
``LARGEST_GROUP`` documents are clustered by average linkage on their whole similarity matrix, at
``THRESHOLD``: average linkage keeps two stories of the same kind in the same week apart where single
links would chain them. More documents are first split into linked groups: candidate pairs come from
documents whose anchors fall within ``LONG`` days of each other (blocking by week), where one's
strongest names are among the other's, so the cost stays near-linear in documents; a document
without any date (no publication date, no dated event) is compared with every document. Pairs at
least ``THRESHOLD`` alike are linked and each linked group is clustered on its own (a group too large
for its matrix on an even sample of it, the rest joining the nearest story). A document alike to no
other is a story of its own.

The vectors, the time factor and the clustering are in ``factcheck/similarity.py``, with their
settings. Term weights do not depend on how few documents there are: the IDF is fitted as if there
were at least ``MIN_CORPUS`` documents, so the five articles of one story, which share most of their
words, still read as alike (a split story hides its contradictions: the worst failure here).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from sys import intern
from typing import Literal

from . import onestory
from .model import Claim, Count, Document, EventDate, Story
from .similarity import NAME, Space, cluster, space_of


@dataclass(frozen=True, slots=True, kw_only=True)
class Grouping:
    """How a run groups its documents: ``auto`` into stories by content and time, ``one`` all in one
    story (as before stories existed); ``story`` keeps only the story with that id, or the first
    whose label holds that text."""

    stories: Literal["auto", "one"] = "auto"
    story: str | None = None


#: Pairs at least this alike (mean of the words' and names' cosines, times the time factor) are one story.
THRESHOLD = 0.09
#: Each document's anchors in time: its publication date and at most this many event days.
EVENT_ANCHORS = 3
#: Event days further than this from a document's publication date are not anchors (a misread year).
ANCHOR_RANGE = 400

_SENTENCE = re.compile(r"(?<=[.!?\"”’)])\s+|\n+")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")


def group(documents: Sequence[Document], claims: Iterable[Claim]) -> tuple[Story, ...]:
    """The stories of ``documents``: largest first, then earliest; a document alike to no other is a
    story of its own, and those come last. Every document is in exactly one story.

    A few documents every pair of which is alike are one story without the libraries (``onestory``):
    the clustering would say so too, and importing it costs more than comparing them."""
    if len(documents) < 2:
        return one_story(documents)
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.document, []).append(c)
    surface: dict[str, str] = {}
    days: list[tuple[int, ...]] = []

    def tokens() -> Iterator[list[str]]:  # read once, as the vectorizer asks: no run holds every token
        for d in documents:
            found, anchors = _profile(d, by_doc.get(d.id, ()), surface)
            days.append(anchors)
            yield found

    if len(documents) <= onestory.QUICK:
        few = list(tokens())
        weights = onestory.vectors(few)
        if onestory.one_story(weights, days, THRESHOLD):
            names, words = onestory.totals(weights)
            return (_story("s1", list(documents), _label(names, words, surface)),)
        space = space_of(iter(few), len(documents), days)
    else:
        space = space_of(tokens(), len(documents), days)
    return _stories(documents, cluster(space, THRESHOLD), lambda idx: _characteristic(idx, space, surface))


def one_story(documents: Sequence[Document]) -> tuple[Story, ...]:
    """Every document in one story (``--stories one``; also what ``group`` gives for one document)."""
    if not documents:
        return ()
    return (_story("s1", list(documents), ""),)


def find(stories: Sequence[Story], wanted: str) -> Story | None:
    """The story whose id is ``wanted``, else the first whose label holds it (case-insensitive)."""
    for s in stories:
        if s.id == wanted:
            return s
    needle = wanted.casefold()
    return next((s for s in stories if needle in s.label.casefold()), None)


# -- what each document is made of ---------------------------------------------------------------


def _profile(doc: Document, claims: Sequence[Claim], surface: dict[str, str]) -> tuple[list[str], tuple[int, ...]]:
    """A document's tokens (its words, the figures of its story claims, and its names marked ``NAME``)
    and the days it is about; ``surface`` learns how names are written, for labels."""
    sentences = dict.fromkeys(c.sentence for c in claims)
    text = "\n".join([doc.title or "", doc.opening, *sentences])
    words, names, forms = _tokens(text)
    for key, form in forms.items():
        surface.setdefault(key, form)
    for c in claims:  # the story's figures are evidence too ("125 dead" in two reports)
        if c.scope == "story" and isinstance(c.value, Count) and c.value.nominal is not None and c.value.nominal >= 10:
            words.append(f"#{c.value.nominal:g}")
    words.extend(intern(NAME + n) for n in names)
    return words, _anchors(doc, claims)


def _tokens(text: str) -> tuple[list[str], list[str], dict[str, str]]:
    """The content words (lower case, no stop words) and the names of ``text``.

    A name is a capitalised word that does not start a sentence, or that starts one and is written
    capitalised inside a sentence too; titles, months, weekdays and the like are not names. Names
    written together are one name, and their last word another ("Anna Kowalski" gives ``anna
    kowalski`` and ``kowalski``): a first name alone says little. A country (its name or demonym:
    "Lebanon", "Lebanese") is one name, ``@lebanon``, which weighs less than the others
    (``COUNTRY_WEIGHT``): it says where, not which event, and two floods in one country in one week
    are two stories.

    >>> _tokens("Mayor Anna Kowalski said the Lebanese flood hit Orsenne.")[:2]
    (['flood', 'hit'], ['kowalski', 'anna kowalski', '@lebanon', 'orsenne'])
    """
    common, countries = _common(), _countries()
    sentences = [list(_TOKEN.finditer(s)) for s in _SENTENCE.split(text)]
    inner = {m.group() for found in sentences for m in found[1:] if m.group()[0].isupper()}
    words: list[str] = []
    names: list[str] = []
    surface: dict[str, str] = {}

    def name(run: list[str]) -> None:
        for form in (run[-1], " ".join(run)) if len(run) > 1 else run:
            key = intern(form.lower())
            names.append(key)
            surface.setdefault(key, form)

    for found in sentences:
        run: list[str] = []
        end = -1
        for i, match in enumerate(found):
            token = match.group().replace("’", "'").removesuffix("'s")
            key = token.lower()
            if run and (match.start() != end + 1 or key in common or len(key) < 2):
                name(run)  # a run of names ends at anything but one space
                run = []
            end = match.end()
            if key in common or len(key) < 2:
                continue
            country = countries.get(token)
            if country is not None:
                if run:
                    name(run)
                    run = []
                names.append(intern("@" + country.lower()))
                surface.setdefault(names[-1], country)
            elif token[0].isupper() and (i > 0 or match.group() in inner):  # "Harbour museum reopens": no name
                run.append(token)
            else:
                if run:
                    name(run)
                    run = []
                words.append(intern(key))
        if run:
            name(run)
    return words, names, surface


@cache
def _countries() -> dict[str, str]:
    """Each one-word country name and demonym (as written) to the country's common name."""
    from .extract.lexicon import countries

    return {form: c.names[0] for c in countries() for form in (*c.names, *c.demonyms) if " " not in form}


@cache
def _common() -> frozenset[str]:
    """Words that say nothing of a story: English stop words, months, weekdays, titles, "said"."""
    from .extract.lexicon import data

    dates, people, events = data("date_words.json"), data("people.json"), data("events.json")
    titles = {w.lower() for t in people["titles"] for w in t.split()}
    reporting = {w for v in events["reporting_verbs"] for w in v.split()}
    return frozenset(
        {
            *data("stop_words.json")["words"],
            *dates["months"],
            *dates["weekdays"],
            *titles,
            *reporting,
            *(w.lower() for w in people["not_names"]),
        }
    )


def _anchors(doc: Document, claims: Sequence[Claim]) -> tuple[int, ...]:
    """The days a document is about: its publication date and the days of its story events (at most
    ``EVENT_ANCHORS``, the most mentioned; for a dated document only those within ``ANCHOR_RANGE``)."""
    days: Counter[int] = Counter()
    base = doc.published.toordinal() if doc.published else None
    for c in claims:
        v = c.value
        if c.scope == "story" and isinstance(v, EventDate) and v.precision == "day":
            day = v.date.toordinal()
            if base is None or abs(day - base) <= ANCHOR_RANGE:
                days[day] += 1
    events = sorted(days, key=lambda d: (-days[d], d))[:EVENT_ANCHORS]
    return tuple(sorted({*([] if base is None else [base]), *events}))


# -- stories -------------------------------------------------------------------------------------


def _stories(
    documents: Sequence[Document], groups: list[list[int]], label: Callable[[list[int]], str]
) -> tuple[Story, ...]:
    def rank(idx: list[int]) -> tuple[int, dt.date, int]:
        dates = [d for i in idx if (d := documents[i].published) is not None]
        return (-len(idx), min(dates) if dates else dt.date.max, min(idx))

    ordered = sorted((sorted(g) for g in groups), key=rank)
    return tuple(
        _story(f"s{n}", [documents[i] for i in idx], label(idx) if len(idx) > 1 else "")
        for n, idx in enumerate(ordered, 1)
    )


def _characteristic(idx: list[int], space: Space, surface: dict[str, str]) -> str:
    """The label of the story of the documents ``idx`` (``_label``), from their rows in ``space``."""
    import numpy as np

    totals = []
    for matrix, vocabulary in ((space.names, space.name_terms), (space.words, space.word_terms)):
        weights = np.asarray(matrix[idx].sum(axis=0)).ravel()
        totals.append({vocabulary[k]: float(weights[k]) for k in np.flatnonzero(weights > 0).tolist()})
    return _label(totals[0], totals[1], surface)


def _label(names: dict[str, float], words: dict[str, float], surface: dict[str, str]) -> str:
    """A story's most characteristic terms: the strongest names and words of its documents together
    (``names`` and ``words`` are their weights summed over the documents; names as the articles write
    them). Weights equal to nine places are tied, and ties go in alphabetical order, so that the label
    does not depend on how the sums were rounded."""
    picked: list[str] = []
    for totals, count, forms in ((names, 3, surface), (words, 2, {})):
        weight = {t: round(w, 9) for t, w in totals.items() if w > 0}
        ranked = sorted(weight, key=lambda t: (-weight[t], t))
        wanted = len(picked) + count
        longer: dict[str, str] = {}  # "kong" -> "hong kong": a name's full form, when the story mostly writes it
        for term in ranked:
            if " " in term:
                longer.setdefault(term.rsplit(" ", 1)[1], term)
        for term in ranked[: count * 4]:
            full = longer.get(term, term)
            chosen = full if weight[full] >= weight[term] / 2 else term
            form = forms.get(chosen, chosen)
            seen = {w for p in picked for w in p.lower().split()}
            if not chosen.startswith("#") and not set(form.lower().split()) & seen:
                picked.append(form)
            if len(picked) >= wanted:
                break
    return ", ".join(picked)


def _span(first: dt.date, last: dt.date) -> str:
    """A story's publication dates for its label.

    >>> _span(dt.date(2014, 4, 16), dt.date(2014, 4, 23)), _span(dt.date(2013, 9, 21), dt.date(2013, 9, 21))
    ('16 Apr – 23 Apr 2014', '21 Sep 2013')
    >>> _span(dt.date(2022, 10, 2), dt.date(2023, 10, 1))
    '2 Oct 2022 – 1 Oct 2023'
    """
    end = f"{last.day} {last:%b %Y}"
    if first == last:
        return end
    return f"{first.day} {first:%b}{'' if first.year == last.year else f' {first.year}'} – {end}"


def _story(story_id: str, docs: list[Document], words: str) -> Story:
    dates = sorted(d.published for d in docs if d.published)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    what = words or (docs[0].title or docs[0].id if len(docs) == 1 else f"all {len(docs)} documents")
    label = what if first is None or last is None else f"{what} ({_span(first, last)})"
    return Story(
        id=story_id,
        label=" ".join(label.split()),
        documents=tuple(d.id for d in docs),
        first_published=first,
        last_published=last,
    )
