"""The one seam between the web layer and the library: every library call the pages and
the API make goes through here, and comes back as plain values (dicts, records)."""

from __future__ import annotations

from dataclasses import is_dataclass

from fastapi import HTTPException

from ..errors import InputError
from ..model import Document, to_json


def plain(x):
    """A library result (dataclass, dict, list) as JSON-ready values."""
    if is_dataclass(x) or isinstance(x, list | tuple):
        return to_json(x)
    if isinstance(x, dict):
        return {k: plain(v) if is_dataclass(v) or isinstance(v, list | tuple) else v for k, v in x.items()}
    return x


def get(lib, ref: str) -> tuple[dict, Document]:
    """The summary and the record of one document, or 404 with the reason."""
    try:
        found = lib.get(ref)
    except (KeyError, LookupError, InputError):
        found = None
    if found is None:
        raise HTTPException(404, f"no document {ref!r} in the library")
    summary, doc = found
    return plain(summary), doc
