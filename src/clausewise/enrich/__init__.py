"""Enrichment: what a parsed Document cites and asks, as pure functions of the record.

`cites` (citations, normalised symbols), `mandates` (who is asked to do what, by when),
`addressees` (actors named and kinded), `sessions` (the session calendar: a numbered
session's real dates). Nothing here reads files other than the package's data tables.
"""
