"""Figures in text: ``parse_numbers(text)`` finds every number mention with the interval its wording allows.

Modules: ``parse`` (atoms joined with hedges and range words into mentions), ``forms`` (figures in
digits), ``runs`` (runs of number words), ``words`` (their values), ``scan`` (where a figure can start).
"""

from .parse import NumberMention, hedge_before, parse_numbers

__all__ = ["NumberMention", "hedge_before", "parse_numbers"]
