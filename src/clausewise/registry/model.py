"""The registry's records: a document as the derivation reads it, a mandate's identity, the
evidence later texts give of what happened to it, and a mandate's life as reported."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Mandate

# What a later text can say about a mandate, and the statuses a mandate can have today.
EVIDENCE_TYPES = ("reported", "held", "renewed", "extended", "repeated", "superseded", "concluded")
STATUSES = ("pending", "due", "overdue", "fulfilled", "renewed", "recurring", "superseded")


@dataclass(frozen=True, slots=True)
class Paragraph:
    eid: str
    kind: str  # preambular | operative | text
    text: str  # items included (the library's paragraph text)


@dataclass(frozen=True, slots=True)
class Doc:
    """One library document, as much of it as the derivation reads."""

    n: int  # the library's row number (storage only: derivation never reads it)
    id: str
    symbol: str | None
    number: str | None
    body: str | None
    session: int | None
    date: str | None  # the library's date key: adopted, else issued, else from the session
    series: str | None  # the library's series key (same topic words across sessions)
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    citations: tuple[tuple[str, str], ...]  # (symbol, eid)
    mandates: tuple[tuple[str, Mandate], ...]  # (mandate id, Mandate), in the document's order

    def paragraph(self, eid: str) -> Paragraph | None:
        for p in self.paragraphs:
            if p.eid == eid:
                return p
        return None


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a later text (`doc`) says about a mandate: its type, where, and the words."""

    type: str  # one of EVIDENCE_TYPES
    doc: str  # the later document's id
    symbol: str | None
    eid: str
    text: str
    date: str | None
    target: str | None = None  # for "repeated", "renewed", "extended": the later mandate's id


@dataclass(frozen=True, slots=True)
class Frequency:
    explicit: str | None  # as the text says it: "annual", "every 60 days"
    inferred: str | None  # from the series: "annual", "biennial", "every session" ...
    reason: str | None  # why, in words a person can check


@dataclass(frozen=True, slots=True)
class Status:
    value: str  # one of STATUSES
    reason: str  # in words: "reported in A/RES/75/175 (para. 3)", "due at GA 80 (2025-09-09 ...)"
    evidence: tuple[Evidence, ...]  # the evidence the status rests on (may be empty)


@dataclass(frozen=True, slots=True)
class Entry:
    """A mandate as the registry holds it: its id, where it comes from, the record."""

    id: str
    doc: str  # the source document's id
    symbol: str | None
    title: str | None
    body: str | None
    session: int | None
    date: str | None
    series: str | None
    mandate: Mandate
