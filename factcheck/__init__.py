"""factcheck: line up the checkable claims of several news reports and show where they disagree."""

__version__ = "0.1.0"
