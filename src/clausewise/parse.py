"""The public entry points: a file, bytes or text in; a Document out (or an InputError)."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError
from .ingest import MAX_BYTES, read_bytes, read_text
from .model import Document
from .structure import build


def parse_text(
    text: str, name: str = "<text>", symbol: str | None = None, strict: bool = True
) -> Document:
    """Parse resolution text (PDF-extracted or clean paragraph text).

    `strict=False` accepts a text that stops mid-paragraph, with a warning: for corpus
    records known to be incomplete, never for a user's file."""
    if not text.strip():
        raise InputError("empty: no text to read", name)
    return build(read_text(text, name, symbol), strict=strict)


def parse_bytes(data: bytes, name: str = "<bytes>", symbol: str | None = None) -> Document:
    """Parse a document given as bytes; the format is sniffed from the content."""
    source = read_bytes(data, name, symbol)
    return source if isinstance(source, Document) else build(source)


def parse_file(path: str | os.PathLike, symbol: str | None = None) -> Document:
    """Parse a file; the format is sniffed from the content."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file", name)
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)", name
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", name) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", name) from None
    return parse_bytes(data, name, symbol)
