"""Grouping stage: ``Document``s and their ``Claim``s -> ``Story``s, before each story is reconciled.

A folder of saved pages, a news API's export or a crawl holds many stories; lining up the death
toll of one disaster against another's would report contradictions between unrelated events. So
the documents are grouped first, from what a reader would use:

- the words of the title and the lead (``Document.opening``) and of the sentences the claims come
  from, weighted by TF-IDF (scikit-learn), and apart from them the names: capitalised words that
  do not start a sentence (places, people, organisations) and the story's figures;
- time: each document's anchors are its publication date and the days its claims say the story's
  events happened (so that a piece written a year later about the day itself still joins). Two
  documents whose nearest anchors are more than ``SAME_TIME`` days apart count less, and not at
  all past ``WINDOW`` days: articles weeks apart with nothing else in common are not one story.

Similarity is the mean of the words' and the names' cosines, times the time factor. Candidate
pairs come from documents whose anchors fall within ``WINDOW`` days of each other (blocking by
week), compared on each document's strongest terms only, so the cost stays near-linear in
documents; a document without any date (no publication date, no dated event) is compared with
every document. Pairs at least ``THRESHOLD`` alike are linked; each linked group is split by
average-linkage clustering at the same threshold, which keeps two stories of the same kind in
the same week apart where single links would chain them (a group too large for a dense matrix is
split at a higher threshold first). A document alike to no other is a story of its own.

Term weights do not depend on how few documents there are: the IDF is fitted as if there were at
least ``MIN_CORPUS`` documents, so the five articles of one story, which share most of their
words, still read as alike (a split story hides its contradictions: the worst failure here).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from sys import intern
from typing import TYPE_CHECKING, Literal

from .model import Claim, Count, Document, EventDate, Story

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse


@dataclass(frozen=True, slots=True, kw_only=True)
class Grouping:
    """How a run groups its documents: ``auto`` into stories by content and time, ``one`` all in one
    story (as before stories existed); ``story`` keeps only the story with that id, or the first
    whose label holds that text."""

    stories: Literal["auto", "one"] = "auto"
    story: str | None = None


#: Pairs at least this alike (mean of the words' and names' cosines, times the time factor) are one story.
THRESHOLD = 0.09
#: A country's weight among the names, against 1 for the others (see ``_tokens``).
COUNTRY_WEIGHT = 0.3
#: Documents whose nearest dates are at most this many days apart are fully comparable ...
SAME_TIME = 14
#: ... and those more than this many days apart are never one story.
WINDOW = 60
#: The IDF is fitted as if there were at least this many documents (see the module's docstring).
MIN_CORPUS = 100
#: Candidate pairs are found on each document's strongest names (the full vectors then decide) ...
STRONGEST = 5
#: ... those in more than this many documents and this share of them are common (see ``_strongest``) ...
COMMON_NAME = 200
COMMON_SHARE = 0.02
#: ... and pair each of their documents with this many of the nearest in time that hold them too.
NEIGHBOURS = 8
#: A linked group larger than this is split at a higher threshold before average linkage (memory).
LARGEST_GROUP = 2_000
#: Each document's anchors in time: its publication date and at most this many event days.
EVENT_ANCHORS = 3
#: Event days further than this from a document's publication date are not anchors (a misread year).
ANCHOR_RANGE = 400

_SENTENCE = re.compile(r"(?<=[.!?\"”’)])\s+|\n+")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")


def group(documents: Sequence[Document], claims: Iterable[Claim]) -> tuple[Story, ...]:
    """The stories of ``documents``: largest first, then earliest; a document alike to no other is a
    story of its own, and those come last. Every document is in exactly one story."""
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

    space = _space(tokens(), len(documents), days)
    return _stories(documents, _cluster(space, THRESHOLD), space, surface)


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


#: Names are kept apart from words by this mark in the one token list each document gives.
NAME = "\x01"


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
    written together are one name, and their last word another ("Rafael Correa" gives ``rafael
    correa`` and ``correa``): a first name alone says little. A country (its name or demonym:
    "Lebanon", "Lebanese") is one name, ``@lebanon``, which weighs less than the others
    (``COUNTRY_WEIGHT``): it says where, not which event, and two floods in one country in one week
    are two stories.
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
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from .extract.lexicon import data

    dates, people, events = data("date_words.json"), data("people.json"), data("events.json")
    titles = {w.lower() for t in people["titles"] for w in t.split()}
    reporting = {w for v in events["reporting_verbs"] for w in v.split()}
    return frozenset(
        {
            *ENGLISH_STOP_WORDS,
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


# -- vectors and similarity ----------------------------------------------------------------------


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def _space(tokens: Iterable[list[str]], count: int, days: list[tuple[int, ...]]) -> _Space:
    """The documents' words and names as TF-IDF rows of length 1 (scikit-learn: one vectorizer, its
    columns then split into words and names, each row scaled to length 1 in each), and their days
    (``days`` is filled as ``tokens`` is read)."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer

    padding: list[list[str]] = [[]] * max(0, MIN_CORPUS - count)  # see MIN_CORPUS
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm=None, dtype=np.float32)
    try:
        weights = sparse.csr_matrix(vectorizer.fit_transform(itertools.chain(tokens, padding))[:count])
        vocabulary = vectorizer.get_feature_names_out().tolist()
    except ValueError:  # no token at all (scikit-learn refuses an empty vocabulary)
        weights, vocabulary = sparse.csr_matrix((count, 0)), []
    is_name = np.array([t.startswith(NAME) for t in vocabulary], dtype=bool)
    scale = np.array([COUNTRY_WEIGHT if t.startswith(NAME + "@") else 1.0 for t in vocabulary])
    weights = sparse.csr_matrix(weights @ sparse.diags(scale))
    words, names = (_unit_rows(weights[:, np.flatnonzero(part)]) for part in (~is_name, is_name))
    word_terms = [t for t, n in zip(vocabulary, is_name, strict=True) if not n]
    name_terms = [t[len(NAME) :] for t, n in zip(vocabulary, is_name, strict=True) if n]
    frozen = tuple(days)
    return _Space(words, names, frozen, _table(frozen), word_terms, name_terms)


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """``matrix`` with each row scaled to length 1 (rows of zeros stay so)."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    return sparse.csr_matrix(normalize(matrix) if matrix.shape[1] else matrix)


def _time_factor(gap: np.ndarray) -> np.ndarray:
    """1 for documents at most SAME_TIME days apart, falling to 0 at WINDOW days."""
    import numpy as np

    return np.clip((WINDOW - gap) / (WINDOW - SAME_TIME), 0.0, 1.0)


def _table(rows: Sequence[tuple[int, ...]]) -> np.ndarray:
    """Anchors as a matrix, one row a document, NaN where it has fewer."""
    import numpy as np

    out = np.full((len(rows), max((len(r) for r in rows), default=0) or 1), np.nan)
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
    return out


def _gaps(a: np.ndarray, b: np.ndarray, *, pairwise: bool) -> np.ndarray:
    """Days between the nearest anchors: of every row of ``a`` with every row of ``b`` (a matrix),
    or, not ``pairwise``, of each row of ``a`` with the same row of ``b``. 0 where either has no
    anchor: time unknown neither helps nor hurts."""
    import numpy as np

    shape = (len(a), len(b)) if pairwise else (len(a),)
    gap = np.full(shape, np.inf)
    for i in range(a.shape[1]):
        for j in range(b.shape[1]):
            d = np.abs(a[:, i, None] - b[None, :, j]) if pairwise else np.abs(a[:, i] - b[:, j])
            gap = np.fmin(gap, d)  # fmin skips the NaN of a missing anchor
    gap[~np.isfinite(gap)] = 0.0
    return gap


@dataclass(frozen=True, slots=True)
class _Space:
    """The documents as the similarity sees them: words and names (TF-IDF rows of length 1) and the
    days they are about (``days``; ``anchors`` the same as a NaN-padded matrix).

    The similarity of two documents is the geometric mean of their words' and their names' cosines,
    times the time factor: both must agree. Two earthquakes in one week share most of their words
    ("magnitude", "rubble", "aftershocks") and none of their names; two reports of one story share
    names even when one is about the funerals and the other about the inquiry. Where either names
    nothing, its words alone decide.
    """

    words: sparse.csr_matrix
    names: sparse.csr_matrix
    days: tuple[tuple[int, ...], ...]
    anchors: np.ndarray
    word_terms: Sequence[str] = ()
    name_terms: Sequence[str] = ()

    @property
    def named(self) -> np.ndarray:
        """Which documents name anyone or anything (a few lines of copy may not)."""
        import numpy as np

        named: np.ndarray = np.diff(self.names.indptr) > 0
        return named

    def subset(self, idx: Sequence[int]) -> _Space:
        rows = list(idx)
        return _Space(self.words[rows], self.names[rows], tuple(self.days[i] for i in rows), self.anchors[rows])

    def dense(self) -> np.ndarray:
        """The similarity matrix of all the documents."""
        import numpy as np

        w, n, named = self.words, self.names, self.named
        words = np.asarray((w @ w.T).todense())
        both = np.sqrt(words * np.asarray((n @ n.T).todense()))
        similarity: np.ndarray = np.where(named[:, None] & named[None, :], both, words)
        similarity *= _time_factor(_gaps(self.anchors, self.anchors, pairwise=True))
        return similarity

    def pairs(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The similarity of each pair (``rows[k]``, ``cols[k]``)."""
        import numpy as np

        named = self.named
        w = np.asarray(self.words[rows].multiply(self.words[cols]).sum(axis=1)).ravel()
        n = np.asarray(self.names[rows].multiply(self.names[cols]).sum(axis=1)).ravel()
        similarity: np.ndarray = np.where(named[rows] & named[cols], np.sqrt(w * n), w)
        similarity *= _time_factor(_gaps(self.anchors[rows], self.anchors[cols], pairwise=False))
        return similarity


def _cluster(space: _Space, threshold: float) -> list[list[int]]:
    """The stories, as lists of document positions: the linked groups (pairs at least ``threshold``
    alike, found by ``_linked``), each split by average linkage (scipy) at the same threshold.

    Average linkage never joins two groups with no pair at ``threshold``, so clustering each linked
    group alone gives what clustering all documents at once would. A group too large for a dense
    matrix is split on stronger links first.
    """
    import numpy as np
    from scipy import sparse
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial.distance import squareform

    n = space.words.shape[0]
    rows, cols = _linked(space, threshold)
    graph = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for i, c in enumerate(component.tolist()):
        members.setdefault(c, []).append(i)
    stories: list[list[int]] = []
    for idx in members.values():
        if len(idx) == 1:
            stories.append(idx)
        elif len(idx) > LARGEST_GROUP:
            stories.extend([idx[i] for i in part] for part in _cluster(space.subset(idx), threshold * 1.25))
        else:
            distance = 1.0 - space.subset(idx).dense()
            np.fill_diagonal(distance, 0.0)
            tree = linkage(squareform(np.clip(distance, 0.0, None), checks=False), method="average")
            flat = fcluster(tree, t=1.0 - threshold, criterion="distance")
            parts: dict[int, list[int]] = {}
            for i, f in zip(idx, flat.tolist(), strict=True):
                parts.setdefault(f, []).append(i)
            stories.extend(parts.values())
    return stories


def _linked(space: _Space, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (i < j) at least ``threshold`` alike.

    Two documents that both name something can only be alike if they share a name, so candidates
    are the pairs whose strongest names meet (for a document naming nothing, whose strongest words
    meet), among documents with anchors at most WINDOW days apart (documents are put in a bucket for
    each week they are about and compared with the buckets WINDOW days either side); a document with
    no date at all is compared with every document. A name too common to pair all its documents
    (``_strongest``) pairs each with its NEIGHBOURS nearest in time that hold it too: enough to chain
    a large story together, not the square of its size. The candidates are then judged on their
    full vectors.
    """
    import numpy as np

    n = space.words.shape[0]
    named = space.named
    strongest, common = _strongest(space.names)
    strongest_words = _strongest(space.words)[0] if not named.all() else strongest
    weeks: dict[int, list[int]] = {}
    floating: list[int] = []
    span = WINDOW // 7 + 1
    for i, days in enumerate(space.days):
        if not days:
            floating.append(i)
        kept = -span - 1
        for week in sorted({d // 7 for d in days}):
            if week - kept > span:  # anchors a few days apart are one bucket: each pair is met once or twice
                weeks.setdefault(week, []).append(i)
                kept = week
    found: list[np.ndarray] = []

    def candidates(left: list[int], right: list[int]) -> None:
        if not left or not right:
            return
        nameless = [i for i in left if not named[i]]  # and their words alone decide
        for matrix, rows in ((strongest, left), (strongest_words, nameless)):
            if rows:
                product = (matrix[rows] @ matrix[right].T).tocoo()
                keep = product.data >= threshold * threshold  # the similarity is at most sqrt(names' cosine)
                i, j = np.asarray(rows)[product.row[keep]], np.asarray(right)[product.col[keep]]
                found.append((np.minimum(i, j) * n + np.maximum(i, j))[i != j])  # each pair once, as i < j

    for week in sorted(weeks):
        near = sorted({i for w in range(week - span, week + span + 1) for i in weeks.get(w, ())})
        candidates(weeks[week], near)
    candidates(floating, list(range(n)))
    found.extend(_neighbours(common, space))
    pairs = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
    if not len(pairs):
        return pairs, pairs
    rows, cols = pairs // n, pairs % n
    step = 10_000  # pairs judged at a time: their rows are copied out of the matrices
    keep = np.concatenate(
        [space.pairs(rows[k : k + step], cols[k : k + step]) >= threshold for k in range(0, len(pairs), step)]
    )
    return rows[keep], cols[keep]


def _neighbours(common: sparse.csr_matrix, space: _Space) -> Iterator[np.ndarray]:
    """For each common name, the pairs of its documents that are among each other's NEIGHBOURS in
    time (encoded as ``i * n + j``, i < j); undated documents come last, in input order."""
    import numpy as np

    n = common.shape[0]
    when = np.min(np.nan_to_num(space.anchors, nan=np.inf), axis=1) if n else np.zeros(0)
    columns = common.tocsc()
    for c in range(columns.shape[1]):
        docs = columns.indices[columns.indptr[c] : columns.indptr[c + 1]]
        if len(docs) < 2:
            continue
        ordered = docs[np.lexsort((docs, when[docs]))]
        for step in range(1, NEIGHBOURS + 1):
            i, j = ordered[:-step], ordered[step:]
            yield np.minimum(i, j) * n + np.maximum(i, j)


def _strongest(matrix: sparse.csr_matrix) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Each row cut to its STRONGEST largest weights among the terms another document has too: the
    terms candidate pairs are found on, split in two. A name no other document has links nothing.
    A name in more than COMMON_NAME documents and COMMON_SHARE of them (a common first name, a
    capital, or the place of a very large story) would make every pair of its documents a
    candidate: those come apart (the second matrix), for ``_neighbours``."""
    import numpy as np
    from scipy import sparse

    frequency = np.bincount(matrix.indices, minlength=matrix.shape[1])
    many = frequency > max(COMMON_NAME, COMMON_SHARE * matrix.shape[0])
    matrix = sparse.csr_matrix(matrix @ sparse.diags((frequency > 1).astype(float)))  # (multiply() goes dense)
    matrix.eliminate_zeros()
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    keep = np.ones(len(data), dtype=bool)
    for r in np.flatnonzero(np.diff(indptr) > STRONGEST).tolist():
        lo, hi = indptr[r], indptr[r + 1]
        keep[lo + np.argsort(-data[lo:hi], kind="stable")[STRONGEST:]] = False
    row_of = np.repeat(np.arange(matrix.shape[0]), np.diff(indptr))
    top = sparse.csr_matrix((data[keep], (row_of[keep], indices[keep])), shape=matrix.shape)
    rare = sparse.csr_matrix(top @ sparse.diags((~many).astype(float)))
    rare.eliminate_zeros()
    common = sparse.csr_matrix(top @ sparse.diags(many.astype(float)))
    common.eliminate_zeros()
    return rare, common


# -- stories -------------------------------------------------------------------------------------


def _stories(
    documents: Sequence[Document], groups: list[list[int]], space: _Space, surface: dict[str, str]
) -> tuple[Story, ...]:
    def rank(idx: list[int]) -> tuple[int, dt.date, int]:
        dates = [d for i in idx if (d := documents[i].published) is not None]
        return (-len(idx), min(dates) if dates else dt.date.max, min(idx))

    ordered = sorted((sorted(g) for g in groups), key=rank)
    return tuple(
        _story(f"s{n}", [documents[i] for i in idx], _characteristic(idx, space, surface))
        for n, idx in enumerate(ordered, 1)
    )


def _characteristic(idx: list[int], space: _Space, surface: dict[str, str]) -> str:
    """A story's most characteristic terms: the strongest names and words of its documents together
    (names as the articles write them); a story of one document is labelled by its title."""
    import numpy as np

    if len(idx) == 1:
        return ""
    picked: list[str] = []
    for matrix, vocabulary, count, forms in (
        (space.names, space.name_terms, 3, surface),
        (space.words, space.word_terms, 2, {}),
    ):
        weights = np.asarray(matrix[idx].sum(axis=0)).ravel()
        wanted = len(picked) + count
        longer: dict[str, int] = {}  # "kong" -> "hong kong": a name's full form, when the story mostly writes it
        for k in np.argsort(-weights, kind="stable").tolist():
            if weights[k] <= 0:
                break
            if " " in vocabulary[k]:
                longer.setdefault(vocabulary[k].rsplit(" ", 1)[1], k)
        for k in np.argsort(-weights, kind="stable")[: count * 4].tolist():
            full = longer.get(vocabulary[k], k)
            term = vocabulary[full if weights[full] >= weights[k] / 2 else k]
            form = forms.get(term, term)
            seen = {w for p in picked for w in p.lower().split()}
            if weights[k] > 0 and not term.startswith("#") and not set(form.lower().split()) & seen:
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
