"""Figures in text: ``parse_numbers(text)`` finds every number mention with the interval its wording allows.

Modules: ``parse`` (atoms joined with hedges and range words into mentions), ``forms`` (figures in
digits), ``runs`` (runs of number words), ``words`` (their values), ``scan`` (where a figure can start).
"""

from .parse import NumberMention, parse_numbers

__all__ = ["NumberMention", "parse_numbers"]
