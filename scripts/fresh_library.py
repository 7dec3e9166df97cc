"""Start the default library afresh for `make run`: remove its SQLite file (with the WAL and
shared-memory files beside it) and its search index folder, nothing else. Prints the path."""

from __future__ import annotations

import shutil

from clausewise.library import default_path

path = default_path()
for suffix in ("", "-wal", "-shm", "-journal"):
    p = path.with_name(path.name + suffix)
    if p.is_file():
        p.unlink()
shutil.rmtree(path.with_name(path.stem + ".index"), ignore_errors=True)
print(f"clausewise: a fresh library at {path}")
