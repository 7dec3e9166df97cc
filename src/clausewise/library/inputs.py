"""What `add` reads, as tasks: files named or found in folders, and each record of a corpus
JSONL(.gz) file; and the loading of one task (parse, then enrich). Module functions of
picklable arguments, so a worker process or a Spark executor runs exactly what the library
runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..enrich.cites import cites
from ..enrich.mandates import mandates
from ..errors import InputError
from ..model import Document
from ..parse import parse_file, parse_text

# what a folder walk picks up (a file named on the command line is always tried)
FOLDER_SUFFIXES = (".txt", ".pdf", ".docx", ".xml", ".akn", ".jsonl", ".jsonl.gz")

Task = tuple[str, tuple]  # (name, what `load` reads)


def is_corpus(p: Path) -> bool:
    return p.name.endswith((".jsonl", ".jsonl.gz"))


def enrich(doc: Document) -> tuple[list, list]:
    """Citations and mandates, stored beside the record."""
    return list(cites(doc)), list(mandates(doc))


def load(what: tuple) -> tuple | str:
    """Parse and enrich one task: (Document, citations, mandates), or the one-line reason
    it cannot be read."""
    kind, arg = what
    try:
        if kind == "file":
            doc = parse_file(arg)
        elif kind == "corpus":
            text, file, symbol = arg
            # corpus records may stop mid-paragraph: read them leniently, with a warning
            doc = parse_text(text, file, symbol, strict=False)
        else:
            return arg  # kind "bad": the reason
    except InputError as exc:
        return exc.message
    return (doc, *enrich(doc))


def files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to read, in order: each path named, folders walked (sorted, hidden parts
    left out, only FOLDER_SUFFIXES)."""
    for p in paths:
        if p.is_dir():
            yield from files(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.name.lower().endswith(FOLDER_SUFFIXES)
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        else:
            yield p


def file_tasks(p: Path) -> Iterator[Task]:
    """One file's tasks: a record each for a corpus file, else the file itself."""
    if is_corpus(p) and p.is_file():
        yield from corpus_tasks(p)
    else:
        yield str(p), ("file", str(p))


def tasks(paths: Iterable[Path]) -> Iterator[Task]:
    for p in files(paths):
        yield from file_tasks(p)


def corpus_tasks(p: Path) -> Iterator[Task]:
    from ..ingest.corpus import iter_texts

    try:
        records = list(iter_texts(p))
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        yield str(p), ("bad", f"not a corpus JSONL file ({type(exc).__name__}: {exc})")
        return
    for file, symbol, text in records:
        yield f"{p.name}:{file}", ("corpus", (text, file, symbol))
