"""The Typer app every command registers on, and the helpers the commands share.

The commands package owns the app: each feature's module imports `app` from here and
decorates it, and `clausewise.cli` only runs it, so no module imports its importer.
Every command reports an unreadable input as `clausewise: FILE: <what is wrong>` on stderr
and exits with status 2; no traceback reaches the user.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import InputError
from ..model import Document
from ..parse import parse_file

app = typer.Typer(
    name="clausewise",
    help="Read, compare and trace United Nations resolutions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_INPUT = 2


@app.callback()
def _root() -> None:
    """Read, compare and trace United Nations resolutions."""


def fail(name: str, message: str) -> None:
    print(f"clausewise: {name}: {message}", file=sys.stderr)


def load(paths: list[Path]) -> tuple[list[tuple[Path, Document]], int]:
    """Parse every path; report each failure on stderr. Returns the documents and failures."""
    docs, failed = [], 0
    for p in paths:
        try:
            docs.append((p, parse_file(p)))
        except InputError as exc:
            fail(str(p), exc.message)
            failed += 1
    return docs, failed


def dump_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
