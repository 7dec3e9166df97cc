"""Bytes in any supported format -> Source. Sniffs the format from the content, not the name."""

from __future__ import annotations

from ..errors import InputError
from ..model import Document
from .akn import looks_like_xml, read_akn
from .blocks import Block, FootnoteText, Run, Source
from .text import read_text

__all__ = ["Block", "FootnoteText", "Run", "Source", "read_bytes", "read_text", "MAX_BYTES"]

# A long resolution with annexes is well under 2 MB of text; 50 MB is a generous ceiling
# that keeps a hostile input from exhausting memory.
MAX_BYTES = 50 * 1024 * 1024


def decode_text(data: bytes, name: str) -> str:
    """Bytes -> text, or a clear error for binary, truncated or mis-encoded input."""
    if not data.strip():
        raise InputError("empty: no text to read", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16 text ({exc.reason})", name) from None
    head = data[:8192]
    if b"\x00" in head:
        raise InputError("binary data, not text", name)
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(head) // 20:
        raise InputError("binary data, not text", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            raise InputError("truncated: the file ends inside a UTF-8 character", name) from None
        # Windows-1252 is what older UN text exports use; a text that is neither is binary.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"not UTF-8 text (byte {exc.start}: {exc.reason})", name) from None
        return text


def read_bytes(data: bytes, name: str, symbol: str | None = None) -> Source | Document:
    """Sniff the format of `data` and read it. Akoma Ntoso XML already carries the
    structure, so it comes back as the Document itself, not as a Source to rebuild."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"too large ({len(data) / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)", name
        )
    if data[:1024].lstrip().startswith(b"%PDF-"):
        from .pdf import read_pdf

        return read_pdf(data, name, symbol)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: Word 97-2003
        raise InputError("a Word 97-2003 .doc file: save it as .docx or PDF first", name)
    if data.startswith(b"PK\x03\x04"):
        from .docx import read_docx

        return read_docx(data, name, symbol)
    if looks_like_xml(data):
        return read_akn(data, name)
    return read_text(decode_text(data, name), name, symbol)
