"""Similarity and clustering for ``factcheck.stories``: documents as TF-IDF rows of words and names
(scikit-learn), candidate pairs blocked by time and found on shared names, average linkage (scipy).

The similarity of two documents is the geometric mean of the cosines of their words and of their
names, times a time factor; ``Space`` holds what it reads and ``cluster`` groups the documents.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse

#: Names are kept apart from words by this mark in the one token list each document gives.
NAME = "\x01"


#: A country's weight among the names, against 1 for the others (see ``stories._tokens``).
COUNTRY_WEIGHT = 0.3

#: Documents whose nearest dates are at most this many days apart are fully comparable ...
SAME_TIME = 14

#: ... those this many days apart count FAR as much, and those further apart too ...
WINDOW = 60

FAR = 0.5

#: ... up to this many days apart; further apart they are never one story (a story that goes on for
#: months keeps its names: the withdrawal announced in February and the last troops gone in July).
LONG = 183

#: The IDF is fitted as if there were at least this many documents (see the module's docstring).
MIN_CORPUS = 100

#: Candidate pairs are found on each document's strongest names (the full vectors then decide) ...
STRONGEST = 5

#: ... those in more than this many documents and this share of them are common (see ``_strongest``) ...
COMMON_NAME = 200

COMMON_SHARE = 0.02

#: ... and pair each of their documents with this many of the nearest in time that hold them too.
NEIGHBOURS = 8

#: Up to this many documents are clustered on their whole similarity matrix (average linkage, exact);
#: a linked group of more is clustered on this many of its documents, and the rest join the nearest
#: story found (``_sampled``).
LARGEST_GROUP = 2_000


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def space_of(tokens: Iterable[list[str]], count: int, days: list[tuple[int, ...]]) -> Space:
    """The documents' words and names as TF-IDF rows of length 1 (scikit-learn: one vectorizer, its
    columns then split into words and names, each row scaled to length 1 in each), and their days
    (``days`` is filled as ``tokens`` is read)."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer

    padding: list[list[str]] = [[]] * max(0, MIN_CORPUS - count)  # see MIN_CORPUS
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm=None, dtype=np.float64)
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
    return Space(words, names, frozen, _table(frozen), word_terms, name_terms)


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """``matrix`` with each row scaled to length 1 (rows of zeros stay so)."""
    import numpy as np
    from scipy import sparse

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sparse.csr_matrix(sparse.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)) @ matrix)


def time_factor(gap: np.ndarray, *, inplace: bool = False) -> np.ndarray:
    """1 for documents at most SAME_TIME days apart, falling to FAR at WINDOW days, FAR up to LONG
    days, then 0 (written over ``gap`` when ``inplace``: a matrix of a few thousand documents is large)."""
    import numpy as np

    far = gap > LONG
    factor = gap if inplace else gap.copy()
    np.subtract(WINDOW, factor, out=factor)
    factor /= WINDOW - SAME_TIME
    np.clip(factor, 0.0, 1.0, out=factor)
    factor *= 1.0 - FAR
    factor += FAR
    factor[far] = 0.0
    return factor


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
    d = np.empty(shape)
    for i in range(a.shape[1]):
        for j in range(b.shape[1]):
            np.subtract(a[:, i, None], b[None, :, j], out=d) if pairwise else np.subtract(a[:, i], b[:, j], out=d)
            np.abs(d, out=d)
            np.fmin(gap, d, out=gap)  # fmin skips the NaN of a missing anchor
    gap[~np.isfinite(gap)] = 0.0
    return gap


@dataclass(frozen=True, slots=True)
class Space:
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

    def subset(self, idx: Sequence[int]) -> Space:
        rows = list(idx)
        return Space(self.words[rows], self.names[rows], tuple(self.days[i] for i in rows), self.anchors[rows])

    def dense(self) -> np.ndarray:
        """The similarity matrix of all the documents."""
        every = list(range(self.words.shape[0]))
        return self.cross(every, every)

    def cross(self, rows: Sequence[int], cols: Sequence[int]) -> np.ndarray:
        """The similarity of each document of ``rows`` with each of ``cols``, as a dense matrix."""
        import numpy as np

        similarity: np.ndarray = (self.words[rows] @ self.words[cols].T).toarray()
        names = (self.names[rows] @ self.names[cols].T).toarray()
        np.multiply(names, similarity, out=names)
        np.sqrt(names, out=names)
        named = self.named
        np.copyto(similarity, names, where=named[rows][:, None] & named[cols][None, :])
        del names
        similarity *= time_factor(_gaps(self.anchors[rows], self.anchors[cols], pairwise=True), inplace=True)
        return similarity

    def pairs(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The similarity of each pair (``rows[k]``, ``cols[k]``)."""
        import numpy as np

        named = self.named
        w = np.asarray(self.words[rows].multiply(self.words[cols]).sum(axis=1)).ravel()
        n = np.asarray(self.names[rows].multiply(self.names[cols]).sum(axis=1)).ravel()
        similarity: np.ndarray = np.where(named[rows] & named[cols], np.sqrt(w * n), w)
        similarity *= time_factor(_gaps(self.anchors[rows], self.anchors[cols], pairwise=False))
        return similarity


def cluster(space: Space, threshold: float) -> list[list[int]]:
    """The stories, as lists of document positions, by average linkage (scipy) at ``threshold``.

    Up to LARGEST_GROUP documents are clustered on their whole similarity matrix. More are first
    split into linked groups (pairs at least ``threshold`` alike, found by ``_linked``): average
    linkage never joins two groups with no pair at ``threshold``, so clustering each linked group
    alone gives what clustering all documents at once would. A linked group larger than
    LARGEST_GROUP is clustered by ``_sampled``.
    """
    import numpy as np
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    n = space.words.shape[0]
    if n <= LARGEST_GROUP:
        return _average(space, threshold)
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
        else:
            grouped = (
                _average(space.subset(idx), threshold) if len(idx) <= LARGEST_GROUP else _sampled(space, idx, threshold)
            )
            stories.extend([idx[i] for i in part] for part in grouped)
    return stories


def _average(space: Space, threshold: float) -> list[list[int]]:
    """Average linkage of all of ``space``'s documents on their similarity matrix, cut at ``threshold``."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = space.words.shape[0]
    if n < 2:
        return [[i] for i in range(n)]
    distance = space.dense()
    np.subtract(1.0, distance, out=distance)
    np.fill_diagonal(distance, 0.0)
    np.clip(distance, 0.0, None, out=distance)
    condensed = squareform(distance, checks=False)
    del distance
    tree = linkage(condensed, method="average")
    flat = fcluster(tree, t=1.0 - threshold, criterion="distance")
    parts: dict[int, list[int]] = {}
    for i, f in enumerate(flat.tolist()):
        parts.setdefault(f, []).append(i)
    return list(parts.values())


def _sampled(space: Space, idx: list[int], threshold: float) -> list[list[int]]:
    """A linked group too large for its similarity matrix (positions in ``idx`` order).

    LARGEST_GROUP of its documents, evenly spread over it, are clustered by average linkage. Each
    other document joins the story to whose sampled documents it is most alike on average, when that
    average is at least ``threshold`` (as average linkage would join it); else the story of the
    sampled document it is most alike to, when that is at least ``threshold``: a story of thousands
    of articles covers so much that an article alike to a part of it at ``threshold`` is of it,
    where its average over the whole is diluted. The documents alike to no sampled one are clustered
    among themselves in turn.
    """
    import numpy as np

    step = len(idx) / LARGEST_GROUP
    chosen = sorted({int(k * step) for k in range(LARGEST_GROUP)})
    picked = [idx[k] for k in chosen]
    parts = _average(space.subset(picked), threshold)
    stories = [[chosen[i] for i in part] for part in parts]
    owner = np.zeros((len(picked), len(parts)))
    story_of = np.zeros(len(picked), dtype=np.int64)
    for p, part in enumerate(parts):
        owner[part, p] = 1.0 / len(part)
        story_of[part] = p
    taken = set(chosen)
    rest = [k for k in range(len(idx)) if k not in taken]
    alone: list[int] = []
    for start in range(0, len(rest), 1_000):  # a block of documents against the sample at a time
        block = rest[start : start + 1_000]
        similarity = space.cross([idx[k] for k in block], picked)
        mean = similarity @ owner
        best = np.argmax(mean, axis=1)
        nearest = np.argmax(similarity, axis=1)
        rows = np.arange(len(block))
        for k, b, m, near, s in zip(
            block,
            best.tolist(),
            mean[rows, best].tolist(),
            story_of[nearest].tolist(),
            similarity[rows, nearest].tolist(),
            strict=True,
        ):
            if m >= threshold:
                stories[b].append(k)
            elif s >= threshold:
                stories[near].append(k)
            else:
                alone.append(k)
    if alone:
        stories.extend([alone[i] for i in part] for part in cluster(space.subset([idx[k] for k in alone]), threshold))
    return [sorted(s) for s in stories]


def _linked(space: Space, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (i < j) at least ``threshold`` alike.

    Two documents that both name something can only be alike if they share a name, so candidates
    are the pairs where one's strongest names are among the other's names (for a document naming
    nothing, its strongest words among the other's words), among documents with anchors at most
    LONG days apart (documents are put in a bucket for each week they are about and compared with
    the buckets LONG days either side); a document with no date at all is compared with every
    document. A name too common to pair all its documents (``_strongest``) pairs each with its
    NEIGHBOURS nearest in time that hold it too: enough to chain a large story together, not the
    square of its size. The candidates are then judged on their full vectors.
    """
    import numpy as np

    n = space.words.shape[0]
    named = space.named
    strongest, common, shared = _strongest(space.names)
    strongest_words, _, shared_words = _strongest(space.words) if not named.all() else (strongest, common, shared)
    weeks: dict[int, list[int]] = {}
    floating: list[int] = []
    span = LONG // 7 + 1
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
        """The pairs of a document of ``left`` whose strongest terms another of ``right`` holds."""
        if not left or not right:
            return
        nameless = [i for i in left if not named[i]]  # and their words alone decide
        for top, every, rows in ((strongest, shared, left), (strongest_words, shared_words, nameless)):
            if rows:
                product = (top[rows] @ every[right].T).tocoo()
                i, j = np.asarray(rows)[product.row], np.asarray(right)[product.col]
                found.append(pair_codes(i, j, n)[i != j])  # each pair once, as i < j

    for week in sorted(weeks):  # each pair of dated documents both ways: the strongest terms of each
        near = sorted({i for w in range(week - span, week + span + 1) for i in weeks.get(w, ())})
        candidates(weeks[week], near)
    dated = [i for i in range(n) if space.days[i]]
    candidates(floating, list(range(n)))
    candidates(dated, floating)
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


def pair_codes(i: np.ndarray, j: np.ndarray, n: int) -> np.ndarray:
    """Each pair (``i[k]``, ``j[k]``) of ``n`` documents as one number, ``min * n + max``, in 64 bits whatever
    the indices' own type: scipy's are 32-bit, and past 46,341 documents ``i * n`` would wrap round.

    >>> import numpy as np
    >>> pair_codes(np.array([99_999], dtype=np.int32), np.array([99_998], dtype=np.int32), 100_000).tolist()
    [9999899999]
    """
    import numpy as np

    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    codes: np.ndarray = np.minimum(i, j) * n + np.maximum(i, j)
    return codes


def _neighbours(common: sparse.csr_matrix, space: Space) -> Iterator[np.ndarray]:
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
            yield pair_codes(ordered[:-step], ordered[step:], n)


def _strongest(
    matrix: sparse.csr_matrix,
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]:
    """The terms candidate pairs are found on: each row cut to its STRONGEST largest weights among the
    terms another document has too, split in two, and every such term of each row (but the common).
    A name no other document has links nothing. A name in more than COMMON_NAME documents and
    COMMON_SHARE of them (a common first name, a capital, or the place of a very large story) would
    make every pair of its documents a candidate: those come apart (the second matrix), for
    ``_neighbours``."""
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
    rare, common, shared = (
        sparse.csr_matrix(m @ sparse.diags(w))
        for m, w in ((top, (~many).astype(float)), (top, many.astype(float)), (matrix, (~many).astype(float)))
    )
    for m in (rare, common, shared):
        m.eliminate_zeros()
    return rare, common, shared
