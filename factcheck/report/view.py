"""What a report shows a reader: which findings (and which of their values), what each is called, and
how a document is named. Every report for people (table, Markdown, HTML) asks here, so they agree.

``label`` is the one place that turns a finding's key into words; ``Names`` the one place that names
a document; ``shown`` the one rule that decides which findings a long report leaves out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Finding, FindingValue

#: Past this many rows, a report for people leaves the agreements and single-source findings out and
#: says how many it left (``--all`` shows them): contradictions and partial agreements are always shown.
ROWS = 50
#: Single-source findings are shown only when all of them fit on a screen: this many in a report that
#: is not on a terminal (a terminal's own height decides there).
SCREEN_ROWS = 20
#: Values shown per finding: the best-supported ones (the consensus always among them), in the finding's order.
VALUES = 6
#: Quotes shown per finding in the HTML report.
QUOTES = 12
#: Parts of a finding's note shown ("A gives 2 figures: ...; B gives 3 figures: ...").
NOTE_PARTS = 3
#: A document without an outlet is named by its title, cut to about this many characters.
TITLE_CHARS = 24


@dataclass(frozen=True, slots=True, kw_only=True)
class View:
    """What a reader asked to see besides the findings themselves."""

    quotes: bool = False
    """Show the quote and attribution under each value."""
    sources: bool = False
    """Add the table of documents: how their claims stand against the consensus."""
    every: bool = False
    """Show every finding and every value (``--all``), however long the report gets."""
    filtered: tuple[tuple[str, int], ...] = ()
    """How many findings of each verdict the reader's filters left out (``--verdict``, ``--min-sources``)."""
    filters: str = ""
    """Those filters as the reader wrote them: "--min-sources 2"."""


def about(finding: Finding) -> str:
    """What a finding is about, from its key: "deaths", "withdrawal began", "Markov"; an unlabelled
    date or duration (keyed by its document and offset) is about its type alone.

    >>> from factcheck.model import Finding
    >>> [about(Finding(id="f", type=t, key=k, verdict="agreement", values=())) for t, k in [
    ...     ("deaths", "deaths"), ("date", "date:withdrawal began"), ("date", "date:004_x:1022"),
    ...     ("duration", "duration:day:withdrawal"), ("duration", "duration:day:002_y:88"),
    ...     ("person", "person:markov"), ("quantity", "quantity:inhabitant:town")]]
    ['deaths', 'withdrawal began', 'date', 'withdrawal', 'duration', 'Markov', 'inhabitant town']
    """
    head, readable, rest = finding.key.partition(" · ")
    if readable:  # a readable key: "deaths · children"
        return rest if head == finding.type else finding.key
    parts = finding.key.split(":")
    if len(parts) >= 3 and parts[-1].isdigit():  # "date:<document>:<offset>": no event was named
        parts = parts[:-2]
    if finding.type == "duration":
        parts = parts[:1] + parts[2:]  # the unit is in the value
    if finding.type == "person" and len(parts) > 1:
        return parts[-1].title()
    return " ".join(p for p in parts[1:] if p) or finding.type


def label(finding: Finding) -> str:
    """A finding's name wherever a report shows one: its type, and what it is about when that says more.

    >>> from factcheck.model import Finding
    >>> [label(Finding(id="f", type=t, key=k, verdict="agreement", values=())) for t, k in [
    ...     ("troops", "troops"), ("date", "date:withdrawal began"), ("person", "person:zas"),
    ...     ("deaths", "deaths · children"), ("quantity", "evacuated · people")]]
    ['troops', 'date · withdrawal began', 'person · Zas', 'deaths · children', 'evacuated · people']
    """
    if " · " in finding.key:  # a readable key says it all: "deaths · children", "date · bridge collapse"
        return finding.key
    what = about(finding)
    return finding.type if what == finding.type else f"{finding.type} · {what}"


# -- documents --------------------------------------------------------------------------------------

#: Titles that are a site's furniture (a section or navigation label above the article), not its title.
_FURNITURE = re.compile(
    r"(all |latest |top |breaking |more )?(news|stories|headlines|articles|updates)( feed)?|home( page)?|"
    r"menu|search|skip to (main )?content|advertisement|subscribe|sign in|log ?in|(world|local|national) news",
    re.IGNORECASE,
)


def title(doc: Document) -> str | None:
    """A document's title, unless it is site furniture ("All news", "Home") or empty.

    >>> [title(Document(id="d", path="d.txt", text="", title=t)) for t in ("All news", " Toll rises ", "Menu", None)]
    [None, 'Toll rises', None, None]
    """
    text = " ".join((doc.title or "").split())
    if not text or _FURNITURE.fullmatch(text.rstrip(" .:|-")):
        return None
    return text


def short(text: str, limit: int = TITLE_CHARS) -> str:
    """``text`` cut at a word to about ``limit`` characters, with an ellipsis when cut.

    >>> short("River levels fall as rescue teams reach the valley"), short("Flood toll rises")
    ('River levels fall as…', 'Flood toll rises')
    """
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:–—-") + "…"


class Names:
    """How each document is named in a report: its outlet, else a short form of its title in quotes,
    else its file name; the same name in values, quotes, timelines and the sources table."""

    __slots__ = ("_docs", "_names")

    def __init__(self, documents: Sequence[Document]) -> None:
        self._docs = {d.id: d for d in documents}
        names: dict[str, str] = {}
        outlets = {d.outlet for d in documents if d.outlet}
        taken: Counter[str] = Counter()
        for d in documents:
            if not d.outlet:
                t = title(d)
                taken[f"“{short(t)}”" if t else d.id] += 1
        for d in documents:
            if d.outlet:
                names[d.id] = d.outlet
                continue
            t = title(d)
            name = f"“{short(t)}”" if t else d.id
            names[d.id] = name if taken[name] == 1 and name not in outlets else d.id
        self._names = names

    def __call__(self, doc_id: str) -> str:
        """The name of the document ``doc_id`` (itself when unknown)."""
        return self._names.get(doc_id, doc_id)

    def document(self, doc_id: str) -> Document | None:
        return self._docs.get(doc_id)

    def sources(self, value: FindingValue) -> list[str]:
        """Who stands behind a value: each outlet once, each document without one by its name."""
        return list(dict.fromkeys(self(d) for d in value.documents))


# -- which findings, which values ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Shown:
    """The findings a report shows, and how many of each verdict it leaves out."""

    findings: tuple[Finding, ...]
    hidden: tuple[tuple[str, int], ...] = ()


def shown(findings: Sequence[Finding], view: View, *, screen: int = SCREEN_ROWS) -> Shown:
    """The rule every report for people follows, unless ``view.every``: every contradiction and partial
    agreement; then agreements and single-source findings up to ``ROWS`` rows in all; single-source
    findings only when all of them fit in ``screen`` rows.

    >>> from factcheck.model import Finding
    >>> fs = [Finding(id=f"f{i}", type="deaths", key=str(i), verdict=v, values=())
    ...       for i, v in enumerate(["contradiction"] * 2 + ["agreement"] * 60 + ["single_source"] * 30)]
    >>> s = shown(fs, View())
    >>> len(s.findings), s.hidden
    (50, (('agreement', 12), ('single_source', 30)))
    >>> shown(fs[:10] + fs[-5:], View()).hidden, len(shown(fs, View(every=True)).findings)
    ((), 92)
    """
    if view.every:
        return Shown(findings=tuple(findings))
    singles = sum(1 for f in findings if f.verdict == "single_source")
    room = ROWS - sum(1 for f in findings if f.verdict in ("contradiction", "partial"))
    keep: list[Finding] = []
    hidden: Counter[str] = Counter()
    for f in findings:
        if f.verdict in ("contradiction", "partial"):
            keep.append(f)
        elif (f.verdict != "single_source" or singles <= screen) and room > 0:
            keep.append(f)
            room -= 1
        else:
            hidden[f.verdict] += 1
    order = ("contradiction", "partial", "agreement", "single_source")
    return Shown(findings=tuple(keep), hidden=tuple((v, hidden[v]) for v in order if hidden[v]))


def values(finding: Finding, view: View, limit: int = VALUES) -> tuple[tuple[FindingValue, ...], int]:
    """The values of ``finding`` to show and how many are left out: the ``limit`` backed by the most
    documents (the consensus always among them), in the finding's own order."""
    if view.every or len(finding.values) <= limit:
        return finding.values, 0
    ranked = sorted(
        range(len(finding.values)),
        key=lambda i: (finding.values[i].value != finding.consensus, -len(finding.values[i].documents), i),
    )
    keep = sorted(ranked[:limit])
    return tuple(finding.values[i] for i in keep), len(finding.values) - limit


def note(finding: Finding, view: View) -> str:
    """A finding's note, its first ``NOTE_PARTS`` parts unless ``view.every``: on a big run one note may
    name hundreds of documents that each give several figures.

    >>> from factcheck.model import Finding
    >>> f = Finding(id="f", type="deaths", key="deaths", verdict="contradiction", values=(), note="a; b; c; d; e")
    >>> note(f, View()), note(f, View(every=True))
    ('a; b; c; and 2 more (--all shows them)', 'a; b; c; d; e')
    """
    parts = finding.note.split("; ")
    if view.every or len(parts) <= NOTE_PARTS:
        return finding.note
    return "; ".join(parts[:NOTE_PARTS]) + f"; and {len(parts) - NOTE_PARTS:,} more (--all shows them)"


# -- quotes -------------------------------------------------------------------------------------------

_MARKUP = re.compile(
    r"!?\[([^\[\]\n]*)\]\([^()\s]*\)"  # a Markdown link or image: its text
    r"|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"  # an HTML tag: nothing
    r"|(\*\*|__)(?=\S)(.+?)(?<=\S)\2"  # Markdown strong emphasis: its text
)


def plain(text: str) -> str:
    """Article text as a reader sees it: the markup left in some articles' text (HTML tags, Markdown
    links and emphasis) taken out, the words kept. For showing quotes; the claims keep the exact text.

    >>> plain("the ministry <u>showed</u> it"), plain("the military [announced](#) Thursday")
    ('the ministry showed it', 'the military announced Thursday')
    >>> plain("**Breaking**: 2 < 3 and a<b"), plain("<script>x</script>")
    ('Breaking: 2 < 3 and a<b', 'x')
    """
    return _MARKUP.sub(lambda m: m.group(1) if m.group(1) is not None else (m.group(3) or ""), text)


def quote_words(sentence: str, text: str) -> str:
    """A claim's words as a reader sees them, without the markup around or inside them.

    >>> quote_words("At least 12 people were [killed](#) on Friday.", "At least 12 people were [killed")
    'At least 12 people were killed'
    """
    return split_quote(sentence, text)[1]


def split_quote(sentence: str, text: str) -> tuple[str, str, str]:
    """The sentence around a claim's words, without markup, so a report can mark them: (before, words, after).

    >>> split_quote("Officials said 19 people died.", "19 people died")
    ('Officials said ', '19 people died', '.')
    >>> split_quote("The ministry <u>said</u> 19 died.", "19 died"), split_quote("Unrelated.", "12")
    (('The ministry said ', '19 died', '.'), ('', '12', ''))
    >>> split_quote("Troops [left on 19](#) January.", "19")
    ('Troops left on ', '19', ' January.')
    """
    at = sentence.find(text)
    if at < 0:
        return "", plain(text), ""
    marked = plain(f"{sentence[:at]}\x00{text}\x01{sentence[at + len(text) :]}")  # markup may span the words' edges
    before, sep, rest = marked.partition("\x00")
    words, sep2, after = rest.partition("\x01")
    if not sep or not sep2 or "\x00" in after:  # the words were inside markup: shown as they are
        return plain(sentence[:at]), text, plain(sentence[at + len(text) :])
    return before, words, after
