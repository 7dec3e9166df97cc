"""The mandate registry: every mandate in a library with a stable id, what later texts say
happened to it (reported, held, renewed, extended, repeated, superseded, concluded), its
status on a given day, its frequency and its duplicates.

`derive` holds the pure functions (a function of the library's records alone); `store` the
SQL of the registry's own tables; `build` keeps those tables in step with the library;
`core.Registry` reads them for the CLI and the web app.
"""

from .core import Item, Registry, item_json
from .model import EVIDENCE_TYPES, STATUSES

__all__ = ["EVIDENCE_TYPES", "STATUSES", "Item", "Registry", "item_json"]
