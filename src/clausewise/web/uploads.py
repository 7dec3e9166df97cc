"""Uploads parsed away from the server's event loop and threads: in worker processes, a
few at a time.

Parsing a 10 MB upload takes seconds of CPU; done on the event loop it froze every other
request for as long (`/healthz` 2 ms -> 3.4 s), and in a thread it would still hold the
interpreter's lock. A worker process parses and enriches (the same `inputs.load` that
`clausewise add` runs), and the server only stores the result. At most `limit` uploads
are parsed at once; one more is refused at once (503, with Retry-After) rather than queued
without end. The workers are killed, not waited for, when the server stops.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..library.inputs import load


class Busy(Exception):
    """Every upload slot is taken."""


class Uploads:
    def __init__(self, limit: int = 2):
        self.limit = limit
        self.parsing = 0  # uploads being parsed now (read by /api/status)
        self.parsed = 0  # uploads parsed since the server started
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise Busy("the server is stopping")
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.limit, mp_context=mp.get_context("spawn"))
            return self._pool

    async def parse(self, blob: bytes, name: str):
        """(Document, citations, mandates), or the one-line reason it cannot be read."""
        with self._lock:
            if self.parsing >= self.limit:
                raise Busy(f"too many uploads at once (at most {self.limit} are read at a time)")
            self.parsing += 1
        try:
            loop = asyncio.get_running_loop()
            try:
                return await loop.run_in_executor(self._executor(), load, ("bytes", (blob, name)))
            except BrokenProcessPool:
                # a worker died (killed, or the reader crashed on this file): a new pool
                # for the next upload, and this one is refused
                with self._lock:
                    self._pool = None
                return "could not be read (the reader stopped on this file)"
        finally:
            with self._lock:
                self.parsing -= 1
                self.parsed += 1

    def status(self) -> dict:
        return {"parsing": self.parsing, "limit": self.limit, "parsed": self.parsed}

    def close(self) -> None:
        """Stop now: pending uploads are cancelled and the workers killed (a parse can run
        for seconds; shutting down waits for none)."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is None:
            return
        kill = getattr(pool, "kill_workers", None)  # Python 3.14
        if kill is not None:
            kill()
        else:
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)
