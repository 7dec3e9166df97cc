"""Negotiation history: how one resolution's texts follow each other.

- `versions`: what a symbol says about its place in a chain (a revision, a corrigendum).
- `linking`: drafts, revisions, amendments and corrigenda linked to each other and to the
  adopted text, each link with the evidence that made it (a pure function of the facts).
- `timeline`: a series' paragraphs across sessions, and what is new in a text.
- `amend`: an amendment's instructions applied to its draft, each change attributed.

Everything here is a pure function of records; the library stores the links and the CLI
and the web app render the rest.
"""
