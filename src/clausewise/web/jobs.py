"""The background embedding job of a server that can write: after an upload, the
paragraphs not yet embedded are embedded in a thread of their own, a small batch per
transaction, with progress (/api/status). A search never embeds: until the job is done it
uses what is embedded and says how far the job is. One process at a time embeds a library
(`Library.embed` takes a lock); the job stops between two batches when the server stops.
"""

from __future__ import annotations

import threading


class EmbedJob:
    def __init__(self, lib):
        self.lib = lib
        self.stop = threading.Event()
        self.done = 0  # paragraphs embedded by the current run
        self.todo = 0  # paragraphs the current run found missing
        self.error: str | None = None
        self._again = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def kick(self) -> None:
        """Embed what is missing: start the job, or have a running one look again."""
        with self._lock:
            if self.stop.is_set():
                return
            if self.running:
                self._again = True
                return
            self._again = False
            self._thread = threading.Thread(target=self._run, name="embed", daemon=True)
            self._thread.start()

    def _progress(self, done: int, todo: int) -> None:
        self.done, self.todo = done, todo

    def _run(self) -> None:
        try:
            import torch

            torch.set_num_threads(1)  # the other cores stay with the requests
        except ImportError:
            pass
        while not self.stop.is_set():
            self.done = self.todo = 0
            try:
                self.lib.embed(progress=self._progress, stop=self.stop)
            except Exception as exc:  # reported by /api/status, never raised into a request
                self.error = f"{type(exc).__name__}: {exc}"
                return
            with self._lock:
                if not self._again:
                    return
                self._again = False

    def status(self) -> dict:
        return {"running": self.running, "done": self.done, "todo": self.todo, "error": self.error}

    def close(self, timeout: float = 2.0) -> None:
        self.stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
