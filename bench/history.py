"""Negotiation history's speed, each against a baseline measured in the same run:

- the timeline of a 7-version series (the corpus's "Human rights and extreme poverty",
  A/RES/67/164 ... 79/178), against the six pairwise comparisons of neighbours it is built
  from (what a delegate would run by hand);
- linking a whole library (the 2,903 corpus resolutions and the 268 readable PDFs of
  ../shared/pdf/mandate-pipeline/: 101 drafts and amendments, 167 resolutions), all groups
  from scratch, against the query-time linking it replaced (one SQL query per document on
  the title key, as `list` did to show each document's draft); and relinking what one
  added or deleted document changes (its body and session: the Assembly's 80th session);
  and the draft of every adopted text, read from the stored links (`chain.drafts`, what the
  embedded reuse graph does) and computed from the documents' rows (`reuse.draft_links`,
  what the Spark job's executors do, the rows read beforehand).

    .venv/bin/python bench/history.py     (a few minutes: the library is built first)

CPU time of this process, best of N (bench/common.py). Prints markdown.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from common import CORPUS, SHARED, best_of, machine  # noqa: E402

from clausewise import parse_text  # noqa: E402
from clausewise.compare import compare  # noqa: E402
from clausewise.history.timeline import timeline  # noqa: E402
from clausewise.ingest.corpus import SERIES, iter_texts  # noqa: E402
from clausewise.library import Library, chain  # noqa: E402
from clausewise.library.rows import DOCUMENT_COLUMNS, PARAGRAPH_COLUMNS  # noqa: E402
from clausewise.library.store import DOC_COLUMNS  # noqa: E402
from clausewise.reuse import LinkDoc, draft_links, link_doc  # noqa: E402

PIPELINE = SHARED / "pdf" / "mandate-pipeline"


def bench_timeline(texts: dict[str, tuple[str, str]]) -> list[tuple[str, float]]:
    docs = [parse_text(texts[f][1], f, texts[f][0], strict=False) for f in SERIES[0]]
    pairs = best_of(lambda: [compare(a, b) for a, b in zip(docs, docs[1:], strict=False)], 5)
    grid = best_of(lambda: timeline(docs), 5)
    return [
        ("baseline: 6 pairwise comparisons of neighbours", pairs),
        ("timeline (7 versions)", grid),
    ]


def _old_linking(conn) -> None:
    """The query-time links the stored ones replaced: for each document, its draft by
    title key, body and session (links.draft_row before issue 19)."""
    for row in conn.execute(f"SELECT {DOC_COLUMNS} FROM documents").fetchall():
        if row["status"] == "adopted" and row["title_key"] and row["session"] is not None:
            conn.execute(
                f"SELECT {DOC_COLUMNS} FROM documents WHERE status = 'draft' AND title_key = ?"
                " AND session = ? AND body IS ? ORDER BY date DESC",
                (row["title_key"], row["session"], row["body"]),
            ).fetchall()


def _link_docs(conn) -> list[LinkDoc]:
    cols = ", ".join(f'"{c}"' for c in DOCUMENT_COLUMNS)
    paras = ", ".join(f'"{c}"' for c in PARAGRAPH_COLUMNS)
    return [
        link_doc(
            tuple(d)[1:],
            conn.execute(f"SELECT {paras} FROM paragraphs WHERE doc = ? ORDER BY ord", (d[0],)),
        )
        for d in conn.execute(f"SELECT n, {cols} FROM documents").fetchall()
    ]


def _relink_all(conn) -> None:
    conn.execute("DELETE FROM meta WHERE key = 'links_gen'")
    chain.sync(conn)


def bench_linking(tmp: Path) -> tuple[list[tuple[str, float]], dict]:
    path = tmp / "lib.sqlite"
    with Library(path) as lib:
        lib.add_paths([CORPUS, PIPELINE])
        conn = lib.conn
        facts = {
            "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            "drafts": conn.execute(
                "SELECT count(*) FROM documents WHERE status != 'adopted'"
            ).fetchone()[0],
            "groups": conn.execute(
                "SELECT count(DISTINCT coalesce(body, '') || session) FROM documents"
            ).fetchone()[0],
        }
        old = best_of(lambda: _old_linking(conn), 3)
        full = best_of(lambda: _relink_all(conn), 3)
        facts["links"] = conn.execute("SELECT count(*) FROM links").fetchone()[0]

        def one() -> None:
            # what an add or a delete of A/RES/80/150 sets off: its group (the Assembly's
            # eightieth session, 171 texts) linked again
            conn.execute("INSERT INTO changes(doc) VALUES ('A_RES_80_150')")
            chain.sync(conn)

        incremental = best_of(one, 5)
        stored = best_of(lambda: chain.drafts(conn), 3)
        docs = _link_docs(conn)
        computed = best_of(lambda: draft_links(docs), 3)
        assert draft_links(docs) == chain.drafts(conn)
        facts["adopted"] = len(chain.drafts(conn))
        facts["group"] = conn.execute(
            "SELECT count(*) FROM documents WHERE body = 'GA' AND session = 80"
        ).fetchone()[0]
    rows = [
        ("baseline: query-time links (one SQL per document, title key only)", old),
        ("stored links: every group linked from scratch", full),
        ("stored links: after one document is added or deleted (its group relinked)", incremental),
        ("the draft of every adopted text, from the stored links (embedded graph)", stored),
        ("the draft of every adopted text, from the rows (`reuse.draft_links`, Spark)", computed),
    ]
    return rows, facts


def main() -> None:
    print(f"Machine: {machine()}\n")
    texts = {f: (sym, text) for f, sym, text in iter_texts(CORPUS) if f in SERIES[0]}
    rows = bench_timeline(texts)
    print("| what | CPU seconds | ratio to baseline |\n|---|---:|---:|")
    for name, t in rows:
        print(f"| {name} | {t:.3f} | {t / rows[0][1]:.2f} |")
    with tempfile.TemporaryDirectory() as tmp:
        rows, facts = bench_linking(Path(tmp))
    print(
        f"\nLinking: {facts['documents']:,} documents ({facts['drafts']} drafts and "
        f"amendments) in {facts['groups']} body-session groups, {facts['links']} links; the "
        f"group relinked after one change holds {facts['group']}; {facts['adopted']} adopted "
        "texts have a draft.\n"
    )
    print("| what | CPU seconds | ratio to baseline |\n|---|---:|---:|")
    for name, t in rows:
        print(f"| {name} | {t:.3f} | {t / rows[0][1]:.2f} |")


if __name__ == "__main__":
    main()
