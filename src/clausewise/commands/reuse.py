"""The reuse graph's commands: `reuse` (either engine, edges as JSON Lines) and
`spark reuse` (the Spark job, Parquet out)."""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from ..errors import InputError
from .base import EXIT_INPUT, app, fail

spark_app = typer.Typer(
    name="spark",
    help="Jobs on Apache Spark (needs the `spark` extra and Java 17).",
    no_args_is_help=True,
)
app.add_typer(spark_app)

MASTER = typer.Option(
    "local[2]", "--master", help="local[N] (N cores of this machine) or spark://HOST:PORT."
)
CONF = typer.Option(
    None, "--conf", metavar="KEY=VALUE", help="A Spark setting, e.g. spark.driver.memory=4g."
)
INPUTS = typer.Argument(..., help="Files, folders, corpus .jsonl(.gz) files.")


class Engine(StrEnum):
    embedded = "embedded"
    spark = "spark"


def _conf(pairs: list[str] | None) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        key, eq, value = pair.partition("=")
        if not eq or not key.strip():
            fail("--conf", f"{pair!r} is not KEY=VALUE")
            raise typer.Exit(EXIT_INPUT)
        out[key.strip()] = value
    return out


@contextmanager
def _spark(master: str, conf: dict[str, str]):
    """A session, or a one-line reason why Spark cannot start here."""
    try:
        from ..spark.session import spark_session
    except ImportError:
        fail("spark", "pyspark is not installed: pip install 'clausewise[spark]'")
        raise typer.Exit(1) from None
    try:
        spark = spark_session(master, conf)
    except Exception as exc:  # pyspark's errors when the JVM cannot start: no Java, bad master
        fail(
            "spark",
            f"cannot start Spark on {master} ({str(exc).splitlines()[0]}); it needs Java 17",
        )
        raise typer.Exit(1) from None
    try:
        yield spark
    finally:
        spark.stop()


def _run_job(spark, paths: list[Path], out: Path):
    from ..spark.job import run

    try:
        return run(spark, paths, out)
    except InputError as exc:
        fail(exc.name or str(out), exc.message)
        raise typer.Exit(EXIT_INPUT) from None


def _report(failures, summary: str) -> None:
    for name, message in failures:
        fail(name, message)
    Console(stderr=True).print(summary, highlight=False)
    if failures:
        raise typer.Exit(EXIT_INPUT)


@spark_app.command("reuse")
def spark_reuse(
    paths: list[Path] = INPUTS,
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the Parquet tables."),
    master: str = MASTER,
    conf: list[str] | None = CONF,
) -> None:
    """Parse, enrich and trace agreed language on Spark: documents, paragraphs, footnotes,
    citations, mandates, reuse edges and unreadable inputs, as Parquet in OUT."""
    with _spark(master, _conf(conf)) as spark:
        r = _run_job(spark, paths, out)
    _report(
        r.failures,
        f"{r.documents} documents, {r.paragraphs} paragraphs, {r.edges} reuse edges, "
        f"{len(r.failures)} unreadable -> {out}",
    )


@app.command()
def reuse(
    paths: list[Path] = INPUTS,
    out: Path = typer.Option(..., "--out", "-o", help="The edges, as JSON Lines."),
    engine: Engine = typer.Option(Engine.embedded, "--engine", help="embedded or spark"),
    master: str = MASTER,
    conf: list[str] | None = CONF,
    parquet: Path | None = typer.Option(
        None, "--parquet", help="spark: keep the job's Parquet tables in this folder."
    ),
) -> None:
    """Every reuse edge between the inputs' paragraphs, sorted, one JSON object a line:
    {source {doc, eid}, target {doc, eid}, relation, similarity, shared}. Both engines
    write the same file."""
    from ..reuse import write_jsonl

    if engine is Engine.embedded:
        from ..library import Library
        from ..library.graph import reuse_edges

        with (
            tempfile.TemporaryDirectory(prefix="clausewise-reuse-") as tmp,
            Library(Path(tmp) / "reuse.sqlite") as lib,
        ):
            results = lib.add_paths(paths, search=False)
            n = write_jsonl(reuse_edges(lib.conn), out)
            docs = lib.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        failures = [(r.name, r.reason or "rejected") for r in results if r.status == "rejected"]
    else:
        from ..spark.job import sorted_edges

        with _spark(master, _conf(conf)) as spark, tempfile.TemporaryDirectory() as tmp:
            r = _run_job(spark, paths, parquet or Path(tmp) / "out")
            n = write_jsonl(sorted_edges(spark, r.out), out, presorted=True)
        failures, docs = list(r.failures), r.documents
    if not docs and not failures:
        fail(" ".join(map(str, paths)), "no documents found")
        raise typer.Exit(EXIT_INPUT)
    _report(failures, f"{n} reuse edges between {docs} documents ({engine}) -> {out}")
