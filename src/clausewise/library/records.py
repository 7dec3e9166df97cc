"""What the library hands back: frozen records, with `to_json` giving their JSON form
(`clausewise.model.to_json` works on them too)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document


@dataclass(frozen=True, slots=True)
class AddResult:
    status: str  # added | present | rejected
    id: str | None  # the document's id in the library (None when rejected)
    name: str  # the file (or corpus record) it came from
    reason: str | None = None  # why rejected, or what "added" replaced


@dataclass(frozen=True, slots=True)
class DocSummary:
    id: str
    symbol: str | None
    number: str | None
    body: str | None
    session: int | None
    status: str
    doc_type: str
    title: str | None
    issued: str | None
    adopted: str | None
    date: str | None  # the date the library orders by (adopted, issued, or derived)
    series: str | None  # series key: topic words of the title
    source: str  # file name it was added from
    paragraphs: int
    draft: str | None = None  # id of the draft this adopted text came from
    adopted_as: str | None = None  # id of the adopted text this draft became
    language: str | None = None  # ISO 639-1: the language of this expression
    # the work's other language versions, (language, id), in the order of CODES
    versions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class StoredDocument:
    summary: DocSummary
    document: Document

    @property
    def id(self) -> str:
        return self.summary.id


@dataclass(frozen=True, slots=True)
class Hit:
    doc: str  # document id
    symbol: str | None
    title: str | None
    body: str | None
    session: int | None
    eid: str
    num: str | None
    kind: str
    lead: str | None
    text: str
    snippet: str  # HTML-escaped text with each match in <b>...</b>
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    """Another paragraph holding the same or nearly the same language."""

    doc: str
    symbol: str | None
    title: str | None
    body: str | None
    session: int | None
    status: str
    date: str | None
    eid: str
    num: str | None
    text: str
    relation: str  # exact | near | shared
    similarity: float  # 0..1, word-level (Indel) over the two texts
    shared: tuple[str, ...]  # the shared spans (runs of 8 words or more), longest first
    diff: tuple[tuple[str, str], ...]  # diff_words(this match, the traced paragraph)
    draft: bool = False  # this match is in the traced document's own draft
    same_series: bool = False


@dataclass(frozen=True, slots=True)
class Step:
    """One step in a paragraph's line of descent."""

    doc: str
    symbol: str | None
    body: str | None
    session: int | None
    date: str | None
    eid: str
    relation: str  # exact | near | shared | self
    series: bool  # in the traced document's series
    crosses_body: bool  # a different body from the step before (Council to Assembly ...)


@dataclass(frozen=True, slots=True)
class ParagraphTrace:
    doc: str
    eid: str
    num: str | None
    kind: str
    lead: str | None
    text: str
    sources: tuple[Match, ...]  # earlier paragraphs, ranked (closest first)
    earliest: Match | None  # the earliest exact or near source (else earliest shared)
    draft: Match | None  # the same paragraph in this document's draft, if any
    descent: tuple[Step, ...]  # earliest source ... this paragraph, in date order
    descendants: tuple[Match, ...]  # later paragraphs that reuse this one, in date order


def mandate_from_json(d: dict):
    """A stored Mandate's JSON form back to the record."""
    from ..model import mandate_from_json as read

    return read(d)
