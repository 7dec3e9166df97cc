"""The job: inputs -> parsed and enriched rows -> the documents a library would keep ->
candidate pairs -> reuse edges; every table written as Parquet (`layout`).

Stages and where they run:

1. Files are listed on the driver (the folder walk `add` does) and spread over the
   executors; each expands its files into tasks (a corpus JSONL file into its records).
2. Executors parse and enrich each task with `library.inputs.load` and make the library's
   rows with `library.rows.document_rows`; a task that cannot be read becomes a failure row
   (source, message), never a failed job.
3. Which text of each document id is kept is `reuse.settle` over its versions (the library's
   rule: an identical text is present, a different one replaces). Draft links are the
   history's, as the library stores them: the kept documents (facts, paragraph texts and
   exact keys) are grouped by body and session on the executors, each group linked by
   `reuse.group_drafts`; only the (adopted, draft) pairs come back to the driver. Not on
   the driver: linking by content compares whole texts, and the driver would have to hold
   every text of the record; a group (one body's session) is small and the groups are
   independent, so the shuffle is one copy of the texts, against the two the candidate
   pairs move per pair; and only groups holding a draft and an adopted text are shipped
   (`reuse.may_link`, from the statuses collected with the documents' numbers).
4. Candidates are pairs of paragraphs in different documents that share a fingerprint or an
   exact key held by at most DF_CAP paragraphs: the postings are grouped and self-joined in
   the JVM (`_capped_pairs`), each pair once.
5. Executors join each pair with both paragraphs' texts and call `reuse.edge_between`.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..library import inputs
from ..library.rows import DOCUMENT_COLUMNS, document_rows, fp_values
from ..library.shingles import K, W
from ..reuse import (
    DF_CAP,
    NEAR,
    Edge,
    Side,
    edge_between,
    group_drafts,
    link_doc,
    link_group,
    may_link,
    settle,
)
from . import layout

PID_BITS = 24  # a paragraph's number in the job: document number << PID_BITS | ordinal
_COL = {c: i for i, c in enumerate(DOCUMENT_COLUMNS)}


@dataclass(frozen=True, slots=True)
class JobResult:
    out: Path
    documents: int  # kept (one text per document id)
    paragraphs: int
    edges: int
    failures: tuple[tuple[str, str], ...]  # (source, message), in input order
    stages: tuple[tuple[str, float], ...] = ()  # (stage, wall seconds), in order
    drafts: tuple[tuple[str, str], ...] = ()  # (adopted id, its draft's id), sorted


# -- functions the executors run (module level: pickled by reference) -------------------


def _expand(item: tuple[int, str]) -> Iterator[tuple[int, str, tuple]]:
    i, path = item
    for j, (name, task) in enumerate(inputs.file_tasks(Path(path))):
        yield layout.seq(i, j), name, task


def _load(item: tuple[int, str, tuple]) -> tuple:
    seq, name, task = item
    loaded = inputs.load(task)
    if isinstance(loaded, str):
        return ("failure", seq, name, loaded)
    doc, cites, mandates = loaded
    return ("document", seq, document_rows(doc, name, cites, mandates))


def _doc_key(item) -> tuple:
    """(number, id, date, paragraphs, link group, status) of a kept document."""
    (_, rows), idx = item
    d = rows.document
    group = link_group(d[_COL["body"]], d[_COL["session"]])
    return idx, d[_COL["id"]], d[_COL["date"]], d[_COL["n_paras"]], group, d[_COL["status"]]


def _link_docs(groups):
    def docs(item) -> Iterator[tuple]:
        """A kept document under its link group, when that group may hold a draft link."""
        (_, rows), _ = item
        d = rows.document
        group = link_group(d[_COL["body"]], d[_COL["session"]])
        if group in groups.value:
            yield group, link_doc(d, rows.paragraphs)

    return docs


def _child_rows(table: str):
    def rows(item) -> Iterator[tuple]:
        (_, r), _ = item
        if table == "footnotes":  # numbered: Parquet keeps no row order
            yield from ((r.id, i, *f) for i, f in enumerate(r.footnotes))
        else:
            yield from ((r.id, *x) for x in getattr(r, table))

    return rows


def _reuse_rows(item) -> Iterator[tuple]:
    (_, rows), idx = item
    for p in rows.paragraphs:
        ord_, eid, text, exact, fp = p[0], p[1], p[6], p[7], p[8]
        if ord_ >= 1 << PID_BITS:
            raise ValueError(f"{rows.id}: more than {1 << PID_BITS} paragraphs")
        yield (idx << PID_BITS | ord_, idx, eid, text, exact, list(fp_values(fp)))


def _edge_batches(batches: Iterable, info) -> Iterator:
    """Candidate pairs with both texts (Arrow batches: columns, not pickled rows, cross from
    the JVM) -> the edges among them, as Arrow batches of the `edges` table."""
    import pyarrow as pa

    docs = info.value
    schema = pa.schema(
        [(c, pa.string()) for c in layout.TABLES["edges"][:5]]
        + [("similarity", pa.float64()), ("shared", pa.list_(pa.string()))]
    )
    for batch in batches:
        c = batch.to_pydict()
        out: list[tuple] = []
        for a, a_eid, a_text, a_exact, b, b_eid, b_text, b_exact in zip(
            c["a"], c["a_eid"], c["a_text"], c["a_exact"],
            c["b"], c["b_eid"], c["b_text"], c["b_exact"],
            strict=True,
        ):  # fmt: skip
            a_doc, a_date, a_draft = docs[a >> PID_BITS]
            b_doc, b_date, b_draft = docs[b >> PID_BITS]
            e = edge_between(
                Side(a_doc, a_eid, a_date, a_draft, a_text, a_exact),
                Side(b_doc, b_eid, b_date, b_draft, b_text, b_exact),
            )
            if e is not None:
                out.append((*e.key(), e.relation, e.similarity, list(e.shared)))
        columns = list(zip(*out, strict=True)) if out else [()] * len(schema)
        yield pa.RecordBatch.from_arrays(
            [pa.array(col, type=f.type) for col, f in zip(columns, schema, strict=True)],
            schema=schema,
        )


# -- the driver -------------------------------------------------------------------------


def _prepare(out: Path) -> None:
    """An existing OUT must be this job's earlier output (it is replaced), never anything
    else; its manifest goes first, so a run that dies half-way leaves no readable output."""
    if out.exists():
        if not out.is_dir() or (any(out.iterdir()) and not (out / layout.MANIFEST).exists()):
            raise InputError("exists and is not the output of `clausewise spark reuse`", str(out))
        (out / layout.MANIFEST).unlink(missing_ok=True)
        for table in layout.TABLES:
            shutil.rmtree(out / table, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)


def _readable(path: Path) -> str:
    """A path for Spark's readers, which take it as a glob pattern: "out-local[2]" would
    match "out-local2". Writers take it literally."""
    return re.sub(r"([\\{}\[\]*?])", r"\\\1", str(path.absolute()))


def _capped_pairs(postings, cap: int):
    """(a, b) with a < b: paragraphs of different documents in one posting of at most
    `cap` paragraphs. `postings`: rows (key, pid, doc)."""
    from pyspark.sql import functions as F

    ok = postings.groupBy("key").count().where(F.col("count") <= cap).select("key")
    held = postings.join(ok, "key")
    a, b = held.alias("a"), held.alias("b")
    return (
        a.join(b, F.col("a.key") == F.col("b.key"))
        .where((F.col("a.pid") < F.col("b.pid")) & (F.col("a.doc") != F.col("b.doc")))
        .select(F.col("a.pid").alias("a"), F.col("b.pid").alias("b"))
    )


def run(spark, paths: Iterable[str | Path], out: str | Path, cap: int = DF_CAP) -> JobResult:
    """Read `paths` (what `clausewise add` reads) and write every table into the folder
    `out` (replacing an earlier output of this job there, and nothing else)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    out = Path(out)
    names = [str(p) for p in paths]
    files = [str(p) for p in inputs.files(Path(p) for p in names)]
    if not files:
        raise InputError("no documents found", " ".join(names))
    _prepare(out)
    clock, stages = time.perf_counter(), []

    def done(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        stages.append((stage, now - clock))
        clock = now

    sc = spark.sparkContext
    width = sc.defaultParallelism
    loaded = (
        sc.parallelize(list(enumerate(files)), max(1, min(len(files), width)))
        .flatMap(_expand)
        .repartition(width)  # a corpus file's records over every core, not one
        .map(_load)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    failed = sorted(loaded.filter(lambda x: x[0] == "failure").map(lambda x: x[1:]).collect())
    done("parse and enrich")
    docs = loaded.filter(lambda x: x[0] == "document").map(lambda x: (x[1], x[2]))
    kept_seqs = set(
        docs.map(lambda d: (d[1].id, (d[0], d[1].hash)))
        .groupByKey()
        .map(lambda kv: settle(kv[1]))
        .collect()
    )
    kept_b = sc.broadcast(kept_seqs)
    kept = (
        docs.filter(lambda d: d[0] in kept_b.value)
        .zipWithIndex()
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    keys = kept.map(_doc_key).collect()
    statuses = defaultdict(set)
    for *_, group, status in keys:
        if group is not None:
            statuses[group].add(status)
    groups = sc.broadcast({g for g, s in statuses.items() if may_link(s)})
    drafts = dict(
        kept.flatMap(_link_docs(groups))
        .groupByKey()
        .flatMap(lambda kv: group_drafts(kv[1]).items())
        .collect()
    )
    info = sc.broadcast({k[0]: (k[1], k[2], drafts.get(k[1])) for k in keys})
    done("keep, draft links")

    def write(table: str, rdd) -> None:
        spark.createDataFrame(rdd, layout.ddl(table)).write.parquet(str(out / table))

    write("documents", kept.map(lambda item: (item[0][0], *item[0][1].document)))
    for table in layout.CHILD_TABLES:
        write(table, kept.flatMap(_child_rows(table)))
    write("failures", sc.parallelize(failed, 1))
    done("write tables")

    paras = spark.createDataFrame(
        kept.flatMap(_reuse_rows),
        "pid bigint, doc bigint, eid string, text string, exact string, fps array<bigint>",
    ).persist(StorageLevel.MEMORY_AND_DISK)
    pairs = (
        _capped_pairs(paras.select(F.explode("fps").alias("key"), "pid", "doc"), cap)
        .union(_capped_pairs(paras.select(F.col("exact").alias("key"), "pid", "doc"), cap))
        .distinct()
    )

    def side(s: str):
        return paras.select(
            F.col("pid").alias(s),
            F.col("eid").alias(f"{s}_eid"),
            F.col("text").alias(f"{s}_text"),
            F.col("exact").alias(f"{s}_exact"),
        )

    joined = pairs.join(side("a"), "a").join(side("b"), "b")
    edges_df = joined.mapInArrow(lambda batches: _edge_batches(batches, info), layout.ddl("edges"))
    edges_df.write.parquet(str(out / "edges"))

    done("candidates, alignment")
    edges = spark.read.parquet(_readable(out / "edges")).count()
    manifest = {
        "format": layout.FORMAT,
        "tables": list(layout.TABLES),
        "reuse": {"shingle": K, "window": W, "df_cap": cap, "near": NEAR},
        "documents": len(keys),
        "edges": edges,
        "failures": len(failed),
    }
    (out / layout.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    for rdd in (paras, kept, loaded):
        rdd.unpersist()
    n_paras = sum(k[3] for k in keys)
    failures = tuple((n, m) for _, n, m in failed)
    return JobResult(
        out, len(keys), n_paras, edges, failures, tuple(stages), tuple(sorted(drafts.items()))
    )


def sorted_edges(spark, out: str | Path) -> Iterator[Edge]:
    """The job's edges in their one sorted order (Spark compares strings by UTF-8 bytes,
    which is Python's code-point order)."""
    df = spark.read.parquet(_readable(Path(out) / "edges")).orderBy(
        "source_doc", "source_eid", "target_doc", "target_eid"
    )
    for r in df.toLocalIterator():
        yield Edge(*r[:6], tuple(r["shared"]))
