"""One library connection per worker thread.

FastAPI runs plain route functions in a thread pool. SQLite in WAL mode lets many readers
work at once, but only on separate connections: one shared connection would serialise every
request and could interleave one request's write transaction with another's reads. The
proxy hands each thread its own `Library` on the same file, opened on first use."""

from __future__ import annotations

import threading
from pathlib import Path


class LibraryPool:
    def __init__(self, path: Path):
        from ..library import Library

        self._cls = Library
        self.path = path
        self._local = threading.local()
        self._all: list = []
        self._lock = threading.Lock()
        self._local.lib = self._open()  # opening at start reports a bad file at once

    def _open(self):
        lib = self._cls(self.path)
        with self._lock:
            self._all.append(lib)
        return lib

    @property
    def lib(self):
        lib = getattr(self._local, "lib", None)
        if lib is None:
            lib = self._local.lib = self._open()
        return lib

    def __getattr__(self, name):
        return getattr(self.lib, name)

    def close(self) -> None:
        with self._lock:
            for lib in self._all:
                lib.close()
            self._all.clear()
