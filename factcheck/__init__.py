"""factcheck: line up the checkable claims of several news reports and show where they disagree.

The library API, the same functions the command line's workers run (plain, picklable functions of
frozen dataclasses, so Dask, Spark or Ray can ship them):

>>> import factcheck
>>> from factcheck.model import Document
>>> docs = [Document(id="a", path="a.txt", text="Twelve people were killed on Monday."),
...         Document(id="b", path="b.txt", text="The death toll rose to 15.")]
>>> claims = [c for d in docs for c in factcheck.extract_document(d)]
>>> [(c.id, c.type, c.text) for c in claims]
[('a:c1', 'deaths', 'Twelve people were killed'), ('b:c1', 'deaths', 'death toll rose to 15')]
>>> [(f.type, f.verdict) for f in factcheck.reconcile(claims, docs)]
[('deaths', 'contradiction')]

``factcheck.documents.read(path, explicit)`` turns a file into documents; ``factcheck.pipeline.run``
does everything the command line does and returns a ``Result``.
"""

__version__ = "0.1.0"  # before the imports below: the cache reads it

from .extract import extract_document
from .reconcile import reconcile

__all__ = ["__version__", "extract_document", "reconcile"]
