"""Shared pieces of the web tests: a real library with the three seeds, the app over it, a
real uvicorn server on a free loopback port, and hostile uploads built from scratch."""

from __future__ import annotations

import io
import socket
import threading
import time
import zipfile
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import uvicorn

from .conftest import SEED_000, SEED_001, SEED_004

TOKEN = "test-token-7f3a"
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"


def seeded_library(path):
    """A new library at `path` (a file, or a PostgreSQL URL) holding the three seeds;
    returns {seed: id}."""
    from clausewise.library import Library

    lib = Library(path)
    ids = {}
    for key, seed in (("000", SEED_000), ("001", SEED_001), ("004", SEED_004)):
        r = lib.add_file(seed)
        assert r.status == "added", r
        ids[key] = r.id
    lib.close() if hasattr(lib, "close") else None
    return ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(app):
    """Serve `app` with uvicorn on 127.0.0.1 in a thread; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


# -- hostile uploads -------------------------------------------------------------------------


@cache
def zip_bomb(size: int = 512 * 2**20) -> bytes:
    """A Word-shaped zip whose document.xml inflates to `size` bytes (half a GB by default)
    from well under a megabyte: a reader that trusts the archive runs out of memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b" " * 2**20
            for _ in range(size // len(chunk)):
                f.write(chunk)
    return buf.getvalue()


XML_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [
 <!ENTITY a "The General Assembly, Recalling its resolutions ">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="deliberation">
<preamble><p>&i;</p></preamble></statement></akomaNtoso>
"""


def hostile_uploads() -> dict[str, bytes]:
    seed = SEED_001.read_bytes()
    files = {
        "empty.txt": b"",
        "blank.txt": b"\n \n\t\n",
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "random.bin": bytes((i * 7919 + 13) % 256 for i in range(20000)),
        "novel.txt": b"Chapter One\n\nIt was a dark and stormy night; the rain fell in torrents.\n",
        "truncated.txt": seed[: seed.index(b"human rights machinery")],
        "bomb.docx": zip_bomb(),
        "bomb.xml": XML_BOMB,
        "fake.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        "../../etc/passwd": b"root:x:0:0:root:/root:/bin/bash\n",
    }
    return files


SAMPLE_FILES = (
    "A_RES_364(IV)",
    "S_RES_39(1948)",
    "S_RES_1591(2005)",
    "A_RES_67_164",
    "A_RES_69_183",
)


def corpus_sample(folder: Path, n: int = 110) -> Path:
    """A JSONL file of real corpus documents: the first `n` and a few named ones (old-style
    volumes, the Council's, a series), for pages that need more than one page of rows."""
    import gzip

    from .conftest import CORPUS

    out = folder / "sample.jsonl"
    kept = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < n or any(f'"file": "{f}"' in line[:60] for f in SAMPLE_FILES):
                kept.append(line)
    out.write_text("".join(kept), encoding="utf-8")
    return out


def sampled_library(path, folder: Path) -> dict:
    """The seeds and the corpus sample in a new library at `path`; returns the seeds' ids."""
    from clausewise.library import Library

    ids = seeded_library(path)
    lib = Library(path)
    results = lib.add_paths([corpus_sample(folder)])
    assert not [r for r in results if r.status == "rejected" and "truncated" not in r.reason], [
        (r.source, r.reason) for r in results if r.status == "rejected"
    ][:3]
    lib.close()
    return ids
