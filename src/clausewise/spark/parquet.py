"""Reading the job's Parquet back as the library's rows, for `clausewise add --from-parquet`.

Needs pyarrow only, not Spark or Java: a job run on a cluster can be loaded on a laptop.
Nothing is parsed, enriched or keyed again; the documents come in the order the job read
them (`seq`), so the library keeps the same text of each document that `add` would have.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..library.rows import DocumentRows
from . import layout


def _table(out: Path, name: str) -> list[dict]:
    import pyarrow.parquet as pq

    try:
        return pq.read_table(out / name).to_pylist()
    except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
        raise InputError(f"cannot read its {name} table ({exc})", str(out)) from None


def manifest(out: str | Path) -> dict:
    """The job's manifest, checked: a folder without one is not (or not yet) a job output."""
    out = Path(out)
    path = out / layout.MANIFEST
    if not out.is_dir():
        raise InputError(
            "no such folder (give the folder `clausewise spark reuse` wrote)", str(out)
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"no {layout.MANIFEST}: not the output of a finished `clausewise spark reuse`",
            str(out),
        ) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"unreadable {layout.MANIFEST} ({exc})", str(out)) from None
    if data.get("format") != layout.FORMAT:
        raise InputError(
            f"written in format {data.get('format')!r}; this clausewise reads {layout.FORMAT}",
            str(out),
        )
    return data


def read_rows(out: str | Path) -> Iterator[DocumentRows]:
    """Each stored document's rows, in the job's input order."""
    out = Path(out)
    manifest(out)
    children: dict[str, dict[str, list[tuple]]] = {}
    for table in layout.CHILD_TABLES:
        cols = layout.TABLES[table][1:]  # without `doc`
        by_doc: dict[str, list[tuple]] = defaultdict(list)
        for r in _table(out, table):
            by_doc[r["doc"]].append(tuple(r[c] for c in cols))
        for rows in by_doc.values():
            rows.sort(key=lambda r: r[0])  # by ord
        if table == "footnotes":  # numbered only to keep their order in Parquet
            by_doc = defaultdict(list, {d: [r[1:] for r in rs] for d, rs in by_doc.items()})
        children[table] = by_doc
    cols = layout.TABLES["documents"][1:]  # without `seq`
    for r in sorted(_table(out, "documents"), key=lambda r: r["seq"]):
        ident = r["id"]
        yield DocumentRows(
            tuple(r[c] for c in cols),
            *(tuple(children[t].get(ident, ())) for t in layout.CHILD_TABLES),
        )


def failures(out: str | Path) -> list[tuple[str, str]]:
    """(source, message) of each input the job could not read, in input order."""
    rows = sorted(_table(Path(out), "failures"), key=lambda r: r["seq"])
    return [(r["source"], r["message"]) for r in rows]
