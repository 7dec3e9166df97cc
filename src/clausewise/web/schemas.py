"""The JSON API's answers as pydantic models, so its OpenAPI description says what it
returns: errors as they are returned (`{"detail": "one line"}`, never a list), each
route's documented statuses, and typed bodies. Records that other parts of clausewise
define (a document's parsed form, a comparison, a trace, a registry item) are typed by
their main fields and keep the rest (`extra="allow"`): the description stays true as those
records grow a field."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, get_type_hints

from pydantic import BaseModel, ConfigDict, create_model

from ..library import records


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# the review's and the UPR's answers: JSON objects (lists of them), described as such
Obj = dict[str, Any]
Objs = list[dict[str, Any]]


class Error(BaseModel):
    detail: str  # one line, as the CLI would say it


def errors(*codes: int, **described: str) -> dict:
    """`responses=` for a route: each status with the error body it returns."""
    words = {
        401: "no valid bearer token (Authorization: Bearer ...)",
        403: "not allowed: the server is read-only, or the user's role does not allow it",
        404: "no such document, paragraph, mandate or record in the library",
        409: "in conflict with what is stored (a different text under that symbol, a"
        " decision already settled)",
        413: "the upload is larger than the server accepts",
        422: "a parameter or the input is not valid: the reason in one line",
        503: "the server is busy: try again (Retry-After)",
    }
    out = {c: {"model": Error, "description": words[c]} for c in codes}
    for code, text in described.items():
        out[int(code.removeprefix("e"))] = {"model": Error, "description": text}
    return out


def _described(record: type, name: str) -> type[BaseModel]:
    """A library record (a frozen dataclass) as an open pydantic model with the same
    fields, types and defaults: one definition of the record, not two to keep in step."""
    hints = get_type_hints(record)
    return create_model(
        name,
        __base__=Open,
        **{
            f.name: (hints[f.name], ... if f.default is MISSING else f.default)
            for f in fields(record)
        },
    )


DocSummary = _described(records.DocSummary, "DocSummary")


class FacetCount(BaseModel):
    value: str
    count: int


class DocumentList(BaseModel):
    total: int  # documents matching the filters
    count: int  # documents in this answer
    offset: int
    more: bool  # whether more match after these
    documents: list[DocSummary]
    facets: dict[str, list[FacetCount]] | None = None


class Uploaded(BaseModel):
    status: str  # added | present | replaced
    id: str
    document: DocSummary
    reason: str | None = None


class Deleted(BaseModel):
    deleted: str


class Record(Open):
    """A document's parsed form (schema/document.schema.json)."""

    body: str | None
    session: int | None
    status: str
    title: str | None
    number: str | None
    symbol: str | None
    preamble: list[dict[str, Any]]
    operative: list[dict[str, Any]]


class LanguageVersion(BaseModel):
    language: str
    id: str


class Languages(BaseModel):
    id: str
    language: str | None
    versions: list[LanguageVersion]
    alignment: dict[str, Any] | None = None


class Comparison(Open):
    old: str
    new: str
    summary: dict[str, int]
    changes: list[dict[str, Any]]


class Hit(Open):
    doc: str
    id: str
    symbol: str | None
    title: str | None
    body: str | None
    session: int | None
    eid: str
    num: str | None
    kind: str
    lead: str | None
    text: str
    label: str
    score: float
    # the snippet as [text, highlighted] pairs (the words that matched highlighted)
    snippet: list[tuple[str, bool]]


class SearchResult(BaseModel):
    query: str
    total: int  # paragraphs matching
    offset: int
    count: int
    hits: list[Hit]
    note: str | None = None


class Suggestion(BaseModel):
    id: str
    symbol: str | None
    title: str | None
    date: str | None
    body: str | None
    status: str
    label: str


class Suggestions(BaseModel):
    query: str
    suggestions: list[Suggestion]


class ServerStatus(BaseModel):
    backend: str
    read_only: bool
    generation: int
    uploads: dict[str, Any]
    embeddings: dict[str, Any]


class TraceParagraph(Open):
    doc: str
    eid: str
    text: str
    sources: list[dict[str, Any]]
    earliest: dict[str, Any] | None
    draft: dict[str, Any] | None
    descent: list[dict[str, Any]]
    descendants: list[dict[str, Any]]


class MandateRow(Open):
    document: str
    symbol: str | None
    paragraph: str


class Mandates(BaseModel):
    count: int
    offset: int
    mandates: list[MandateRow]


class RegistryItem(Open):
    id: str
    status: str


class Registry(BaseModel):
    on: str
    total: int
    counts: dict[str, int]
    offset: int
    mandates: list[RegistryItem]


class ChainEntry(BaseModel):
    role: str
    summary: DocSummary
    label: str
    links: list[dict[str, Any]]
