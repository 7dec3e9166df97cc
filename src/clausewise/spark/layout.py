"""The job's output: one Parquet folder per table, and a manifest that says what wrote it.

The tables are the library's own (`library.rows` columns, with the document id in place of
the library's row number), plus the reuse edges and the inputs that could not be read.
Column types are given once here, in Spark's DDL, for the writer and the reader alike.
"""

from __future__ import annotations

from ..library.rows import (
    CITATION_COLUMNS,
    DOCUMENT_COLUMNS,
    FOOTNOTE_COLUMNS,
    MANDATE_COLUMNS,
    PARAGRAPH_COLUMNS,
)

FORMAT = 1
MANIFEST = "clausewise.json"

# columns that are not strings
_TYPES = {
    "seq": "bigint",
    "session": "int",
    "n_paras": "int",
    "ord": "int",
    "fp": "binary",
    "start": "int",
    "end": "int",
    "due_session": "int",
    "due_year_from": "int",
    "due_year_to": "int",
    "similarity": "double",
    "shared": "array<string>",
}

# `seq` orders the inputs (file number << 32 | record number within the file): the order in
# which `add` would have met them, which decides which of two texts of one id is kept
TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("seq", *DOCUMENT_COLUMNS),
    "paragraphs": ("doc", *PARAGRAPH_COLUMNS),
    "footnotes": ("doc", "ord", *FOOTNOTE_COLUMNS),  # ord: Parquet keeps no row order
    "citations": ("doc", *CITATION_COLUMNS),
    "mandates": ("doc", *MANDATE_COLUMNS),
    "edges": (
        "source_doc", "source_eid", "target_doc", "target_eid", "relation", "similarity",
        "shared",
    ),
    "failures": ("seq", "source", "message"),
}  # fmt: skip

CHILD_TABLES = ("paragraphs", "footnotes", "citations", "mandates")


def ddl(table: str) -> str:
    """The table's schema in Spark's DDL ("`seq` bigint, `id` string, ...")."""
    return ", ".join(f"`{c}` {_TYPES.get(c, 'string')}" for c in TABLES[table])


def seq(file_number: int, record: int) -> int:
    return file_number << 32 | record
