"""The Spark job in local mode against the embedded library, on the same inputs: identical
reuse edges, identical stored records, unreadable inputs reported and the job finished, and
the CLI's two engines writing the same file. One SparkSession for the whole test run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from clausewise import parse_file
from clausewise.cli import app
from clausewise.library import Library, chain
from clausewise.library.graph import reuse_edges
from clausewise.reuse import Edge, write_jsonl
from clausewise.spark import parquet
from clausewise.spark.job import run, sorted_edges

from .conftest import PDFS, ROOT, SEED_000, SEED_001, SEEDS
from .reuse_inputs import corpus_sample, revised_draft

pytestmark = [pytest.mark.spark, pytest.mark.corpus]


@pytest.fixture(scope="session")
def spark():
    from clausewise.spark.session import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, corpus_path):
    """The seeds, a same-day revised draft, a corpus sample and a file that gives two of its
    documents again; then three inputs that cannot be read: no resolution, an empty file and
    a real PDF cut short."""
    folder = tmp_path_factory.mktemp("inputs")
    sample, again = corpus_sample(corpus_path, folder)
    bad = folder / "bad"
    bad.mkdir()
    (bad / "minutes.txt").write_text("Minutes of the meeting.\n\nThe chair opened it.\n")
    (bad / "empty.txt").write_text("")
    (bad / "cut.pdf").write_bytes((PDFS / "A_RES_73_6.pdf").read_bytes()[:4000])
    return [SEEDS, revised_draft(folder), sample, again, bad]


@pytest.fixture(scope="module")
def embedded(inputs, tmp_path_factory):
    path = tmp_path_factory.mktemp("embedded") / "library.sqlite"
    with Library(path) as lib:
        results = lib.add_paths(inputs, search=False)
        edges = sorted(reuse_edges(lib.conn), key=Edge.key)
        yield lib, results, edges


@pytest.fixture(scope="module")
def job(spark, inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("job") / "out"
    return run(spark, inputs, out)


def _jsonl(edges, path) -> str:
    write_jsonl(edges, path)
    return path.read_text(encoding="utf-8")


def test_edges_are_identical(spark, job, embedded, tmp_path):
    _, _, edges = embedded
    assert len(edges) > 5_000
    assert {e.relation for e in edges} == {"exact", "near", "shared"}
    assert job.edges == len(edges)
    mine = _jsonl(sorted_edges(spark, job.out), tmp_path / "spark.jsonl")
    theirs = _jsonl(edges, tmp_path / "embedded.jsonl")
    assert mine == theirs


def test_drafts_are_the_librarys(job, embedded):
    """The job links drafts per body and session on its executors and finds the draft of
    every adopted text the library's chain (and so its trace) names."""
    lib, _, _ = embedded
    assert dict(job.drafts) == chain.drafts(lib.conn)
    seed = next(d.id for d in lib.documents() if d.source.endswith(SEED_000.name))
    assert ("A_RES_72_169", seed) in job.drafts  # the seed, not its same-day copy


def _dump(conn: sqlite3.Connection) -> dict[str, list]:
    """Every stored row, by document id rather than the library's row numbers."""
    q = {
        "documents": "SELECT id, symbol, hash, source, body, session, status, doc_type, number,"
        " title, issued, adopted, date, title_key, series, n_paras, record FROM documents",
        "paragraphs": "SELECT d.id, p.ord, p.eid, p.kind, p.num, p.lead, p.section, p.text,"
        " p.exact, p.fp FROM paragraphs p JOIN documents d ON d.n = p.doc",
        "footnotes": "SELECT d.id, f.marker, f.text, f.paragraph FROM footnotes f"
        " JOIN documents d ON d.n = f.doc ORDER BY d.id, f.rowid",
        "citations": 'SELECT d.id, c.ord, c.raw, c.symbol, c.kind, c.date, c.eid, c.start, c."end",'
        " c.footnote FROM citations c JOIN documents d ON d.n = c.doc",
        "mandates": "SELECT d.id, m.ord, m.paragraph, m.type, m.verb, m.addressees, m.due_body,"
        " m.due_session, m.due_year_from, m.due_year_to, m.report_to, m.recurrence, m.record"
        " FROM mandates m JOIN documents d ON d.n = m.doc",
        "postings": "SELECT d.id, p.eid, s.h FROM shingles s JOIN paragraphs p ON p.n = s.para"
        " JOIN documents d ON d.n = p.doc",
    }
    out = {}
    for name, sql in q.items():
        rows = [tuple(r) for r in conn.execute(sql)]
        out[name] = rows if "ORDER BY" in sql else sorted(rows)
    return out


def test_records_are_identical_and_load_without_parsing(job, embedded, tmp_path):
    """`add --from-parquet` makes the library `add` makes from the same inputs: every
    record, paragraph, footnote, citation, mandate and reuse posting."""
    lib, results, _ = embedded
    kept = sum(r.status == "added" for r in results) - 1  # one text replaced another
    assert job.documents == kept
    assert [r.reason for r in results if r.status == "added" and r.reason] == [
        "replaces an earlier text of A/RES/73/163"
    ]
    with Library(tmp_path / "loaded.sqlite") as loaded:
        added = loaded.add_rows(parquet.read_rows(job.out))
        assert [r.status for r in added] == ["added"] * job.documents
        mine, theirs = _dump(loaded.conn), _dump(lib.conn)
    for table in theirs:
        assert mine[table] == theirs[table], table
    assert len(theirs["mandates"]) > 500 and len(theirs["footnotes"]) > 10


def test_unreadable_inputs_are_reported_and_the_job_finishes(job, embedded):
    _, results, _ = embedded
    rejected = [(r.name, r.reason) for r in results if r.status == "rejected"]
    assert len(rejected) == 3
    assert list(job.failures) == rejected == parquet.failures(job.out)
    by_file = {name.rsplit("/", 1)[-1]: message for name, message in job.failures}
    assert by_file["empty.txt"] == "empty: no text to read"
    assert by_file["minutes.txt"].startswith("not a resolution")
    assert "PDF" in by_file["cut.pdf"]
    assert job.edges > 0  # the rest went on


def test_cli_engines_write_the_same_file_and_parquet_loads(tmp_path):
    """A fresh `clausewise reuse --engine spark` process (its own JVM, its own executors'
    Python) against `--engine embedded`, then `add --from-parquet` from that job."""
    bad = tmp_path / "minutes.txt"
    bad.write_text("Minutes of the meeting.\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    # a folder name Spark would read as a glob pattern
    spark_out, parquet_out = tmp_path / "spark.jsonl", tmp_path / "out-local[1]"
    proc = subprocess.run(
        [sys.executable, "-m", "clausewise", "reuse", "--engine", "spark", str(SEEDS),
         str(bad), "-o", str(spark_out), "--parquet", str(parquet_out), "--master", "local[1]"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert f"clausewise: {bad}: not a resolution" in proc.stderr
    runner = CliRunner()
    embedded_out = tmp_path / "embedded.jsonl"
    r = runner.invoke(app, ["reuse", str(SEEDS), str(bad), "-o", str(embedded_out)])
    assert r.exit_code == 2 and "reuse edges between 3 documents (embedded)" in r.output
    assert spark_out.read_text() == embedded_out.read_text() != ""
    lib = tmp_path / "lib.sqlite"
    r = runner.invoke(app, ["add", "--library", str(lib), "--from-parquet", str(parquet_out)])
    assert r.exit_code == 2 and "added 3, already present 0, rejected 1" in r.output
    with Library(lib) as loaded:
        assert loaded.get("A_RES_72_169").document == parse_file(SEED_001)
        assert loaded.search("universal periodic review")  # the search index caught up
        assert loaded.trace("A_RES_72_169", "para_1")[0].sources


def test_add_from_parquet_needs_a_finished_job(tmp_path):
    runner = CliRunner()
    lib = str(tmp_path / "lib.sqlite")
    (tmp_path / "half").mkdir()
    r = runner.invoke(app, ["add", "--library", lib, "--from-parquet", str(tmp_path / "half")])
    assert r.exit_code == 2
    assert "no clausewise.json: not the output of a finished `clausewise spark reuse`" in r.output
    r = runner.invoke(app, ["add", "--library", lib, str(SEED_001), "--from-parquet", "x"])
    assert r.exit_code == 2 and "one or the other" in r.output


def test_job_refuses_to_overwrite_a_folder_it_did_not_write(spark, tmp_path):
    from clausewise.errors import InputError

    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="is not the output of"):
        run(spark, [SEED_001], tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"
