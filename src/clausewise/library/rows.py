"""A document as the rows the library stores: one pure function of the parsed and enriched
document, so the library's ingest and the Spark job (which writes the same rows to Parquet
for `add --from-parquet`) store exactly the same thing.

Child rows leave out the parent's row number (`doc`): the store fills it in.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Citation, Document, Mandate, to_json
from . import normal
from .shingles import fingerprints

DOCUMENT_COLUMNS = (
    "id", "symbol", "hash", "source", "body", "session", "status", "doc_type", "number",
    "title", "issued", "adopted", "date", "title_key", "series", "n_paras", "record",
    "language", "work",
)  # fmt: skip
PARAGRAPH_COLUMNS = ("ord", "eid", "kind", "num", "lead", "section", "text", "exact", "fp")
FOOTNOTE_COLUMNS = ("marker", "text", "paragraph")
CITATION_COLUMNS = (
    "ord", "raw", "symbol", "kind", "date", "eid", "start", "end", "footnote",
)  # fmt: skip
MANDATE_COLUMNS = (
    "ord", "paragraph", "type", "verb", "addressees", "due_body", "due_session",
    "due_year_from", "due_year_to", "report_to", "recurrence", "record",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DocumentRows:
    document: tuple  # in DOCUMENT_COLUMNS order
    paragraphs: tuple[tuple, ...]  # each in PARAGRAPH_COLUMNS order
    footnotes: tuple[tuple, ...]
    citations: tuple[tuple, ...]
    mandates: tuple[tuple, ...]

    @property
    def id(self) -> str:
        return self.document[0]

    @property
    def hash(self) -> str:
        return self.document[2]

    @property
    def source(self) -> str:
        return self.document[3]


def content_hash(doc: Document | dict) -> str:
    """Same record, same hash: a file added twice, or the same text from two formats."""
    data = dict(to_json(doc) if isinstance(doc, Document) else doc)
    data.pop("warnings", None)
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()


def doc_id(doc: Document, digest: str) -> str:
    """Known by symbol when it has one ("A/RES/72/169" -> "A_RES_72_169", as the corpus
    names its files); otherwise by its content ("doc-" and 12 hex digits)."""
    if doc.symbol:
        base = doc.symbol.replace("/", "_").replace(" ", "")
        # the English version keeps the plain id; another language's is "A_RES_75_180.fr"
        return base if doc.language in (None, "en") else f"{base}.{doc.language}"
    return "doc-" + digest[:12]


def fp_blob(words: list[str]) -> bytes:
    """The winnowed fingerprints, sorted, as the int64 array the `fp` column holds."""
    return array("q", sorted(fingerprints(words))).tobytes()


def fp_values(blob: bytes) -> array:
    a = array("q")
    a.frombytes(blob)
    return a


def document_rows(
    doc: Document,
    source: str,
    citations: Iterable[Citation] = (),
    mandates: Iterable[Mandate] = (),
) -> DocumentRows:
    data = to_json(doc)
    digest = content_hash(data)
    paras = doc.all_paragraphs()
    texts = [normal.full_text(p) for p in paras]
    tokens = [normal.words(t) for t in texts]
    ident = doc_id(doc, digest)
    document = (
        ident,
        doc.symbol,
        digest,
        source,
        doc.body,
        doc.session,
        doc.status,
        doc.doc_type,
        doc.number,
        doc.title,
        doc.dates.issued,
        doc.dates.adopted,
        normal.date_key(doc),
        normal.title_key(doc.title),
        normal.series_key(doc.title),
        len(paras),
        json.dumps(data, ensure_ascii=False),
        doc.language,
        doc.symbol or ident,  # the work: its language versions share the symbol
    )
    return DocumentRows(
        document,
        tuple(
            (i, p.eid, p.kind, p.num, p.lead, p.section, text, normal.exact_key(ws), fp_blob(ws))
            for i, (p, text, ws) in enumerate(zip(paras, texts, tokens, strict=True))
        ),
        tuple((f.marker, f.text, f.paragraph) for f in doc.footnotes),
        tuple(
            (
                i,
                c.raw,
                c.symbol,
                c.kind,
                c.date,
                c.where.eid,
                c.where.start,
                c.where.end,
                c.where.footnote,
            )
            for i, c in enumerate(citations)
        ),  # fmt: skip
        tuple(
            (
                i,
                m.paragraph,
                m.type,
                m.verb,
                json.dumps([a.name for a in m.addressees], ensure_ascii=False),
                m.due.body if m.due else None,
                m.due.session if m.due else None,
                m.due.year_from if m.due else None,
                m.due.year_to if m.due else None,
                m.report_to,
                m.recurrence,
                json.dumps(to_json(m), ensure_ascii=False),
            )
            for i, m in enumerate(mandates)
        ),
    )
