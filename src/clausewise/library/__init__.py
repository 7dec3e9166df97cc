"""The library: documents stored in SQLite, searched with tantivy, traced through a reuse
index. `Library` is the API the CLI and the web app share."""

from .core import Library, default_path
from .records import (
    AddResult,
    DocSummary,
    Hit,
    Match,
    ParagraphTrace,
    Step,
    StoredDocument,
)

__all__ = [
    "AddResult",
    "DocSummary",
    "Hit",
    "Library",
    "Match",
    "ParagraphTrace",
    "Step",
    "StoredDocument",
    "default_path",
]
