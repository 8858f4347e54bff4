"""Helpers of :mod:`kg.extract.statements`: reporting verbs, quotation marks,
speakers, and the patterns that tie a quote or a clause to who said it."""
