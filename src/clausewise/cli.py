"""The command line: a thin shell over the library functions.

Every command reports an unreadable input as `clausewise: FILE: <what is wrong>` on stderr
and exits with status 2; no traceback reaches the user.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from .errors import InputError
from .model import Document, to_json
from .parse import parse_file

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


class ParseFormat(StrEnum):
    outline = "outline"
    json = "json"
    akn = "akn"


@app.command()
def parse(
    files: list[Path] = typer.Argument(
        ..., help="Text files (PDF, Word and AKN as those readers land)."
    ),
    format: ParseFormat = typer.Option(
        ParseFormat.outline, "--format", "-f", help="outline, json or akn (Akoma Ntoso XML)"
    ),
) -> None:
    """Read resolutions and show their structure (outline) or print their records (json)."""
    docs, failed = load(files)
    if format is ParseFormat.akn:
        from .commands.akn import print_akn

        print_akn(docs, len(files))
    elif format is ParseFormat.json:
        from .enrich.cites import cites
        from .enrich.mandates import mandates

        records = [
            to_json(d) | {"citations": to_json(cites(d)), "mandates": to_json(mandates(d))}
            for _, d in docs
        ]
        if len(files) == 1:
            if records:
                dump_json(records[0])
        else:
            dump_json(records)
    else:
        from .render.outline import render_outline

        console = Console()
        for p, d in docs:
            render_outline(d, console, name=str(p))
    if failed:
        raise typer.Exit(EXIT_INPUT)


# Each feature's commands live in clausewise/commands/<feature>.py and register on `app`.
# Imported here, after `app` and the helpers above exist (they import them from this module).
from . import commands  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("clausewise: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    # `python -m clausewise.cli` runs this file as __main__; the feature commands register
    # on clausewise.cli.app, so run that module's app, not this copy's
    from clausewise.cli import main as _main

    _main()
