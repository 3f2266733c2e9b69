"""A few documents that are one story, known without scikit-learn, scipy or numpy.

Grouping reads documents through scikit-learn's TF-IDF and clusters them with scipy; importing them
costs about a second, more than comparing a handful of articles. For a few documents (``QUICK`` at
most) this module computes their similarity matrix the way ``similarity.space_of`` and
``Space.dense`` do (TfidfVectorizer with ``sublinear_tf`` and ``smooth_idf``, fitted on at least
``MIN_CORPUS`` documents; countries weighed ``COUNTRY_WEIGHT``; words and names each scaled to
length 1; the same time factor) in plain Python, and asks whether average linkage at the threshold
(what ``similarity.cluster`` runs on the whole matrix of up to ``LARGEST_GROUP`` documents) ends in
one story, every merge at least ``MARGIN`` above the threshold (far more than the rounding of two
ways of summing). Only that answer is taken from here: when it is no, the libraries cluster.
tests/test_stories.py holds the matrices and the answers equal.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .similarity import COUNTRY_WEIGHT, FAR, LONG, MIN_CORPUS, NAME, SAME_TIME, WINDOW

#: At most this many documents are checked here (the pairs grow as the square).
QUICK = 40
#: Every pair must be at least this much above the threshold.
MARGIN = 1e-9

Vector = dict[str, float]


def vectors(tokens: Sequence[list[str]]) -> list[tuple[Vector, Vector]]:
    """Each document's words and names (without the ``NAME`` mark) as TF-IDF weights of length 1."""
    counts = [Counter(t) for t in tokens]
    frequency: Counter[str] = Counter(term for c in counts for term in c)
    documents = max(len(tokens), MIN_CORPUS)
    idf = {t: math.log((1 + documents) / (1 + f)) + 1.0 for t, f in frequency.items()}
    found = []
    for c in counts:
        words: Vector = {}
        names: Vector = {}
        for term, tf in c.items():
            weight = (1.0 + math.log(tf)) * idf[term]
            if term.startswith(NAME):
                names[term[len(NAME) :]] = weight * (COUNTRY_WEIGHT if term.startswith(NAME + "@") else 1.0)
            else:
                words[term] = weight
        found.append((_unit(words), _unit(names)))
    return found


def factor(gap: float) -> float:
    """``similarity.time_factor`` of one gap in days."""
    if gap > LONG:
        return 0.0
    return FAR + (1.0 - FAR) * min(1.0, max(0.0, (WINDOW - gap) / (WINDOW - SAME_TIME)))


def similarity(
    a: tuple[Vector, Vector], b: tuple[Vector, Vector], days_a: Sequence[int], days_b: Sequence[int]
) -> float:
    """``Space.dense`` for one pair: the geometric mean of the words' and names' cosines (the words'
    alone when either names nothing), times the time factor of their nearest anchors."""
    words = _dot(a[0], b[0])
    alike = math.sqrt(words * _dot(a[1], b[1])) if a[1] and b[1] else words
    gap = min((abs(x - y) for x in days_a for y in days_b), default=0)
    return alike * factor(gap)


def one_story(found: Sequence[tuple[Vector, Vector]], days: Sequence[Sequence[int]], threshold: float) -> bool:
    """Whether the documents (``vectors`` and anchors) are one story by average linkage at ``threshold``."""
    n = len(found)
    matrix = [[similarity(found[i], found[j], days[i], days[j]) if i != j else 1.0 for j in range(n)] for i in range(n)]
    return merges_to_one(matrix, threshold)


def merges_to_one(matrix: Sequence[Sequence[float]], threshold: float) -> bool:
    """Whether average linkage on the similarity ``matrix`` merges everything with each merge MARGIN
    above ``threshold``: the two most alike groups (the mean of their pairs) are merged until one is
    left, and the answer is no as soon as the most alike two are not alike enough.

    >>> merges_to_one([[1, 0.5, 0.1], [0.5, 1, 0.25], [0.1, 0.25, 1]], 0.15)  # a, b; then c at (0.1 + 0.25) / 2
    True
    >>> merges_to_one([[1, 0.5, 0.1], [0.5, 1, 0.15], [0.1, 0.15, 1]], 0.15)  # c at 0.125
    False
    """
    n = len(matrix)
    total = [[float(matrix[i][j]) if i != j else 0.0 for j in range(n)] for i in range(n)]
    size = [1] * n
    groups = list(range(n))
    while len(groups) > 1:
        mean, a, b = max(
            (total[a][b] / (size[a] * size[b]), a, b) for k, a in enumerate(groups) for b in groups[k + 1 :]
        )
        if mean < threshold + MARGIN:
            return False
        for c in groups:  # b joins a
            total[a][c] += total[b][c]
            total[c][a] = total[a][c]
        size[a] += size[b]
        groups.remove(b)
    return True


def totals(found: Sequence[tuple[Vector, Vector]]) -> tuple[Vector, Vector]:
    """The documents' names and words summed, as a story's label reads them."""
    names: Vector = {}
    words: Vector = {}
    for w, n in found:
        for part, total in ((w, words), (n, names)):
            for term, weight in part.items():
                total[term] = total.get(term, 0.0) + weight
    return names, words


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else vector


def _dot(a: Vector, b: Vector) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)
