"""The library (documents and what is derived from them), the links between a resolution's
texts, and the mandate registry: the schema as clausewise made it before migrations, so
that a library from then is at this version once its missing tables are added."""

from __future__ import annotations

import uuid

VERSION = 1
TITLE = "the library, links between texts, the mandate registry"

LIBRARY = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    symbol TEXT UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    body TEXT, session INTEGER, status TEXT NOT NULL, doc_type TEXT NOT NULL,
    number TEXT, title TEXT, issued TEXT, adopted TEXT,
    date TEXT,          -- what "earlier" and "later" follow (normal.date_key)
    title_key TEXT,     -- draft <-> adopted: same title and session
    series TEXT,        -- series: the same topic words across sessions and bodies
    n_paras INTEGER NOT NULL,
    record TEXT NOT NULL -- the Document's JSON form
);
CREATE INDEX IF NOT EXISTS documents_link ON documents(title_key, body, session);
CREATE INDEX IF NOT EXISTS documents_series ON documents(series);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE TABLE IF NOT EXISTS paragraphs (
    n INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: the reuse index's high-water mark
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    eid TEXT NOT NULL, kind TEXT NOT NULL, num TEXT, lead TEXT, section TEXT,
    text TEXT NOT NULL, -- normal.full_text: items included
    exact TEXT NOT NULL, -- normal.exact_key
    fp BLOB NOT NULL     -- winnowed shingle fingerprints (int64), the reuse index's input
);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs(doc, ord);
CREATE INDEX IF NOT EXISTS paragraphs_exact ON paragraphs(exact);
CREATE TABLE IF NOT EXISTS footnotes (
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    marker TEXT NOT NULL, text TEXT NOT NULL, paragraph TEXT
);
CREATE INDEX IF NOT EXISTS footnotes_doc ON footnotes(doc);
CREATE TABLE IF NOT EXISTS citations (
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    raw TEXT NOT NULL, symbol TEXT, kind TEXT NOT NULL, date TEXT,
    eid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, footnote TEXT
);
CREATE INDEX IF NOT EXISTS citations_doc ON citations(doc, ord);
CREATE INDEX IF NOT EXISTS citations_symbol ON citations(symbol);
CREATE TABLE IF NOT EXISTS mandates (
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    paragraph TEXT NOT NULL, type TEXT NOT NULL, verb TEXT NOT NULL,
    addressees TEXT NOT NULL, -- JSON list of names
    due_body TEXT, due_session INTEGER, due_year_from INTEGER, due_year_to INTEGER,
    report_to TEXT, recurrence TEXT,
    record TEXT NOT NULL -- the Mandate's JSON form
);
CREATE INDEX IF NOT EXISTS mandates_doc ON mandates(doc, ord);
-- the reuse index: fingerprint -> paragraph, derived from paragraphs.fp in bulk (sync_reuse)
CREATE TABLE IF NOT EXISTS shingles (
    h INTEGER NOT NULL, para INTEGER NOT NULL, PRIMARY KEY (h, para)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS embeddings (
    para INTEGER PRIMARY KEY REFERENCES paragraphs(n) ON DELETE CASCADE,
    vec BLOB NOT NULL
);
-- the change log: every write numbered; the highest number is the library's generation
CREATE TABLE IF NOT EXISTS changes (gen INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL);
"""

LINKS = """
CREATE TABLE IF NOT EXISTS links (
    src TEXT NOT NULL,      -- document id: "src <kind> dst"
    dst TEXT NOT NULL,
    kind TEXT NOT NULL,     -- adopted_as | revises | based_on | amends | corrects
    evidence TEXT NOT NULL, -- symbol | origin | title | content
    detail TEXT NOT NULL,   -- the evidence in words
    score REAL,             -- content similarity, when measured
    grp TEXT NOT NULL,      -- the body and session it was computed in
    PRIMARY KEY (src, dst, kind)
);
CREATE INDEX IF NOT EXISTS links_dst ON links(dst);
CREATE INDEX IF NOT EXISTS links_grp ON links(grp);
"""

REGISTRY = """
CREATE TABLE IF NOT EXISTS registry_mandates (
    id TEXT PRIMARY KEY,              -- source document id : eid : ordinal
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    ord INTEGER NOT NULL,             -- the library's mandates.ord
    kind TEXT NOT NULL, type TEXT NOT NULL,
    addressees TEXT NOT NULL,         -- names, one per line (for filters)
    due_from TEXT, due_to TEXT,       -- the due window's first and last day (ISO), if any
    dup_key TEXT
);
CREATE INDEX IF NOT EXISTS registry_mandates_doc ON registry_mandates(doc, ord);
CREATE INDEX IF NOT EXISTS registry_mandates_dup ON registry_mandates(dup_key);
CREATE TABLE IF NOT EXISTS registry_evidence (
    mandate TEXT NOT NULL REFERENCES registry_mandates(id) ON DELETE CASCADE,
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,  -- the later document
    type TEXT NOT NULL, eid TEXT NOT NULL, text TEXT NOT NULL, target TEXT
);
CREATE INDEX IF NOT EXISTS registry_evidence_mandate ON registry_evidence(mandate);
CREATE INDEX IF NOT EXISTS registry_evidence_doc ON registry_evidence(doc);
CREATE TABLE IF NOT EXISTS registry_duplicates (
    a TEXT NOT NULL REFERENCES registry_mandates(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES registry_mandates(id) ON DELETE CASCADE,
    PRIMARY KEY (a, b)
);
CREATE INDEX IF NOT EXISTS registry_duplicates_b ON registry_duplicates(b);
"""


def apply(conn) -> None:
    conn.script(LIBRARY + LINKS + REGISTRY)
    # who this library is: a search index kept beside a server knows it was built from
    # this database and not from another one that reached the same generation
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('library_id', ?) ON CONFLICT(key) DO NOTHING",
        (uuid.uuid4().hex,),
    )
