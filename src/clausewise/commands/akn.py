"""`clausewise export FILE... --akn -o DIR`: one Akoma Ntoso file per input.

(`clausewise parse FILE --format akn` prints one to stdout; AKN files are read back by
`clausewise parse file.xml` like any other input.)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import typer

from ..enrich.cites import cites
from ..export.akn import to_akn
from ..model import Document
from .base import EXIT_INPUT, app, fail, load


def akn_bytes(doc: Document) -> bytes:
    """The export the CLI writes: every citation whose symbol is known becomes a link."""
    return to_akn(doc, cites(doc))


def safe_name(doc: Document, source: Path) -> str:
    """A file name from the symbol ("A/RES/72/169" -> "A-RES-72-169.xml"), else from the
    input's name: letters, digits, dots, hyphens and underscores only, never a path."""
    base = doc.symbol or source.stem
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-.") or "document"
    return name[:120] + ".xml"


def write_all(docs: list[tuple[Path, Document]], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    root = out.resolve()
    written: list[Path] = []
    taken: set[str] = set()
    for src, doc in docs:
        name = safe_name(doc, src)
        stem, n = name[:-4], 2
        while name.lower() in taken:  # two inputs with one symbol keep both outputs
            name, n = f"{stem}-{n}.xml", n + 1
        taken.add(name.lower())
        target = (root / name).resolve()
        if target.parent != root:  # cannot happen with safe_name; refuse rather than trust
            raise ValueError(f"refusing to write outside {root}: {name}")
        target.write_bytes(akn_bytes(doc))
        written.append(target)
    return written


@app.command()
def export(
    files: list[Path] = typer.Argument(..., help="Resolutions to export (any readable format)."),
    akn: bool = typer.Option(False, "--akn", help="Akoma Ntoso 3.0, AKN4UN profile."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the output files."),
) -> None:
    """Export resolutions, one file per input, into a folder."""
    if not akn:
        fail("export", "choose a format: --akn")
        raise typer.Exit(EXIT_INPUT)
    if out.exists() and not out.is_dir():
        fail(str(out), "exists and is not a folder")
        raise typer.Exit(EXIT_INPUT)
    docs, failed = load(files)
    try:
        written = write_all(docs, out)
    except OSError as exc:
        fail(str(out), f"cannot write ({exc.strerror})")
        raise typer.Exit(EXIT_INPUT) from None
    for (src, _), path in zip(docs, written, strict=True):
        print(f"{src} -> {path}", file=sys.stderr)
    if failed:
        raise typer.Exit(EXIT_INPUT)


def print_akn(docs: list[tuple[Path, Document]], requested: int) -> None:
    """`parse --format akn`: one document's XML on stdout."""
    if requested > 1:
        fail("parse", "--format akn prints one document; for several use: export --akn -o DIR")
        raise typer.Exit(EXIT_INPUT)
    for _, doc in docs:
        sys.stdout.buffer.write(akn_bytes(doc))
        sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
