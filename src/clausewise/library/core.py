"""`Library`: the one entry point the CLI and the web app share."""

from __future__ import annotations

import html
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import InputError
from ..grammar import CODES
from ..model import Document, document_from_json
from ..parse import parse_bytes
from . import chain, links, store
from . import index as search_index
from .inputs import enrich, is_corpus
from .inputs import load as _load
from .inputs import tasks as _tasks
from .records import AddResult, DocSummary, Hit, ParagraphTrace, StoredDocument
from .rows import DocumentRows

PARALLEL_FROM = 64  # tasks from which parsing moves to a worker process

Progress = Callable[[AddResult, int, int], None]


def default_path() -> Path:
    env = os.environ.get("CLAUSEWISE_LIBRARY")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("clausewise")) / "library.sqlite"


class Library:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        if self.path.is_dir():
            raise InputError("is a folder; give the library's .sqlite file", str(self.path))
        try:
            self.conn = store.connect(self.path)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a clausewise library ({exc})", str(self.path)) from None
        chain.ensure(self.conn)
        self.index = search_index.SearchIndex(self.path.with_name(self.path.stem + ".index"))
        self._vectors = None  # semantic search's matrix, cached by generation

    # -- lifetime -------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- adding ---------------------------------------------------------------------
    def add_document(
        self, doc: Document, source_name: str, *, sync: bool = True, enriched=None
    ) -> AddResult:
        """Store one parsed document (`enriched`: its citations and mandates, when the
        caller has them already)."""
        citations, mandates = enriched if enriched is not None else enrich(doc)
        status, ident, reason = store.ingest(self.conn, doc, source_name, citations, mandates)
        if sync and status == "added":
            self.sync_indexes()
        return AddResult(status, ident, source_name, reason)

    def _add(self, name: str, loaded: tuple | str) -> AddResult:
        if isinstance(loaded, str):  # the reason it could not be read
            return AddResult("rejected", None, name, loaded)
        doc, citations, mandates = loaded
        return self.add_document(doc, name, sync=False, enriched=(citations, mandates))

    def add_file(self, path: str | Path) -> AddResult:
        p = Path(path)
        if is_corpus(p):
            results = self.add_paths([p])
            return results[0] if len(results) == 1 else _summary_result(p, results)
        result = self._add(str(p), _load(("file", str(p))))
        if result.status == "added":
            self.sync_indexes()
        return result

    def add_bytes(self, data: bytes, name: str) -> AddResult:
        try:
            doc = parse_bytes(data, name)
        except InputError as exc:
            return AddResult("rejected", None, name, exc.message)
        return self.add_document(doc, name)

    def add_paths(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        search: bool = True,
    ) -> list[AddResult]:
        """Files, folders (walked for resolution files) and corpus JSONL(.gz) files. Parsing
        runs in a second process while this one stores; the search index catches up once
        at the end (each document is already committed on its own). `search=False` leaves
        the search index behind (the next search catches it up): a library built only to
        trace reuse never pays for it."""
        tasks = list(_tasks([Path(p) for p in paths]))
        results: list[AddResult] = []
        pool = None
        if len(tasks) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"))
            loaded = pool.map(_load, [t for _, t in tasks], chunksize=8)
        else:
            loaded = map(_load, [t for _, t in tasks])
        try:
            for i, ((name, _), doc) in enumerate(zip(tasks, loaded, strict=True), 1):
                r = self._add(name, doc)
                results.append(r)
                if progress:
                    progress(r, i, len(tasks))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            if any(r.status == "added" for r in results):
                if search:
                    self.sync_indexes()
                else:
                    store.sync_reuse(self.conn)
        return results

    def add_rows(
        self, documents: Iterable[DocumentRows], progress: Progress | None = None
    ) -> list[AddResult]:
        """Store documents given as their rows (`rows.document_rows`, or a Spark job's
        Parquet read back), each in one transaction; nothing is parsed again."""
        items = list(documents)
        results: list[AddResult] = []
        try:
            for i, rows in enumerate(items, 1):
                status, ident, reason = store.write(self.conn, rows)
                results.append(AddResult(status, ident, rows.source, reason))
                if progress:
                    progress(results[-1], i, len(items))
        finally:
            if any(r.status == "added" for r in results):
                self.sync_indexes()
        return results

    def delete(self, ref: str) -> None:
        ident = store.delete(self.conn, ref)
        if ident is None:
            raise LookupError(f"no document {ref!r} in the library")
        self.sync_indexes()

    # -- the index ------------------------------------------------------------------
    def sync_index(self, wait: bool = False) -> bool:
        """Catch the search index up with SQLite. With `wait`, retry while another
        process holds the index writer (for up to a minute)."""
        deadline = time.monotonic() + 60
        while True:
            if self.index.sync(self.conn):
                return True
            if not wait or time.monotonic() > deadline:
                return False
            time.sleep(0.2)

    def sync_indexes(self) -> None:
        """The derived indexes: reuse postings (for trace), the search index and the mandate
        registry (each catches up with what changed since it last did)."""
        store.sync_reuse(self.conn)
        chain.sync(self.conn)
        self.sync_index(wait=True)
        self.registry.sync()

    @property
    def registry(self):
        """The mandate registry over this library (clausewise.registry)."""
        from ..registry import Registry

        return Registry(self.conn)

    def rebuild_index(self) -> None:
        self.index.rebuild(self.conn)

    @property
    def generation(self) -> int:
        return store.generation(self.conn)

    # -- reading ----------------------------------------------------------------------
    def _linked(self) -> None:
        """Links caught up with documents another process added or deleted."""
        if chain.behind(self.conn):
            chain.sync(self.conn)

    def _row(self, ref: str) -> sqlite3.Row:
        self._linked()
        row = store.find(self.conn, ref)
        if row is None:
            raise LookupError(f"no document {ref!r} in the library (see `clausewise list`)")
        return row

    def _summary(self, row: sqlite3.Row) -> DocSummary:
        d = links.draft_row(self.conn, row)
        a = links.adopted_row(self.conn, row)
        return DocSummary(
            id=row["id"],
            symbol=row["symbol"],
            number=row["number"],
            body=row["body"],
            session=row["session"],
            status=row["status"],
            doc_type=row["doc_type"],
            title=row["title"],
            issued=row["issued"],
            adopted=row["adopted"],
            date=row["date"],
            series=row["series"],
            source=row["source"],
            paragraphs=row["n_paras"],
            draft=d["id"] if d else None,
            adopted_as=a["id"] if a else None,
            language=row["language"],
            versions=self._versions(row),
        )

    def _versions(self, row: sqlite3.Row) -> tuple[tuple[str, str], ...]:
        """The other expressions of the row's work: (language, id)."""
        if not row["work"]:
            return ()
        rows = self.conn.execute(
            "SELECT language, id FROM documents WHERE work = ? AND n != ?",
            (row["work"], row["n"]),
        ).fetchall()
        order = {c: k for k, c in enumerate(CODES)}
        found = [(r[0] or "und", r[1]) for r in rows]
        return tuple(sorted(found, key=lambda x: (order.get(x[0], 99), x[1])))

    def expressions(self, ref: str) -> list[DocSummary]:
        """A work's expressions (its language versions), this one among them, in the order of
        CODES (en, fr, es, ru, ar, zh): the six official languages of one resolution."""
        row = self._row(ref)
        mine = self._summary(row)
        out = [mine] + [self.summary(i) for _, i in mine.versions]
        order = {c: k for k, c in enumerate(CODES)}
        return sorted(out, key=lambda s: order.get(s.language or "und", 99))

    def aligned(self, left: str, right: str):
        """Two versions of one work and their paragraphs paired (`versions.align`)."""
        from ..versions import align

        a, b = self.get(left), self.get(right)
        return a, b, align(a.document, b.document)

    def documents(
        self,
        body: str | None = None,
        session: int | None = None,
        status: str | None = None,
        q: str | None = None,
    ) -> list[DocSummary]:
        """Documents in date order, filtered; `q` matches title or symbol, any case."""
        where, args = [], []
        for col, val in (("body", body), ("session", session), ("status", status)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        if q:
            where.append("(title LIKE ? OR symbol LIKE ? OR id LIKE ?)")
            args += [f"%{q}%"] * 3
        self._linked()
        sql = f"SELECT {store.DOC_COLUMNS} FROM documents"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date IS NULL, date, body, session, symbol"
        return [self._summary(r) for r in self.conn.execute(sql, args).fetchall()]

    def summary(self, ref: str) -> DocSummary:
        """One document's summary, without reading its record."""
        return self._summary(self._row(ref))

    def get(self, ref: str) -> StoredDocument:
        row = self._row(ref)
        record = self.conn.execute(
            "SELECT record FROM documents WHERE n = ?", (row["n"],)
        ).fetchone()[0]
        return StoredDocument(self._summary(row), document_from_json(json.loads(record)))

    def series(self, ref: str, all_bodies: bool = False) -> list[DocSummary]:
        """The documents of `ref`'s series in date order: of its body, unless `all_bodies`."""
        rows = links.series_rows(self.conn, self._row(ref), all_bodies)
        return [self._summary(r) for r in rows]

    def previous(self, ref: str, all_bodies: bool = False) -> DocSummary | None:
        """The adopted text before `ref` in its series (of its body, unless `all_bodies`)."""
        prev = links.previous_row(self.conn, self._row(ref), all_bodies)
        return self._summary(prev) if prev else None

    def timeline(self, ref: str, all_bodies: bool = False):
        """The series' timeline (`clausewise.history.timeline`): its adopted texts, one per
        column in date order (of `ref`'s body unless `all_bodies`), and `ref` itself last
        when it is a draft of a session not yet adopted."""
        docs = [d for d in self.series(ref, all_bodies) if d.status == "adopted"]
        me = self.summary(ref)
        if me.status != "adopted" and not any(d.session == me.session for d in docs):
            docs.append(me)
        return self.versions([d.id for d in docs])

    def versions(self, refs: list[str]):
        """A timeline of the given documents, in the order given."""
        from ..history.timeline import timeline

        stored = [self.get(r) for r in refs]
        return timeline([s.document for s in stored], [s.id for s in stored])

    def novelty(self, ref: str, all_bodies: bool = False):
        """What is new in `ref` against the previous adopted text of its series (of its
        body unless `all_bodies`), or None when there is none."""
        from ..history.timeline import novelty

        prev = self.previous(ref, all_bodies)
        if prev is None:
            return None
        a, b = self.get(prev.id), self.get(ref)
        return novelty(a.document, b.document, (a.id, b.id))

    def adopted_text(self, ref: str | None) -> Document | None:
        """The adopted text a draft became, when the library holds both."""
        if not ref:
            return None
        try:
            found = self.adopted_as(ref)
        except LookupError:
            return None
        return self.get(found.id).document if found else None

    def chain(self, ref: str) -> list[chain.ChainEntry]:
        """`ref`'s negotiation: its drafts, revisions, amendments and adopted text, in order,
        each with the links that joined it and their evidence."""
        row = self._row(ref)
        return chain.entries(self.conn, row["id"], self._summary)

    def draft_of(self, ref: str) -> DocSummary | None:
        """The draft that `ref` (an adopted text) came from."""
        d = links.draft_row(self.conn, self._row(ref))
        return self._summary(d) if d else None

    def adopted_as(self, ref: str) -> DocSummary | None:
        """The adopted text that `ref` (a draft) became."""
        a = links.adopted_row(self.conn, self._row(ref))
        return self._summary(a) if a else None

    def citations(self, ref: str) -> list:
        from ..model import Citation, Where

        row = self._row(ref)
        return [
            Citation(
                raw=r["raw"],
                symbol=r["symbol"],
                kind=r["kind"],
                date=r["date"],
                where=Where(r["eid"], r["start"], r["end"], r["footnote"]),
            )
            for r in self.conn.execute(
                'SELECT raw, symbol, kind, date, eid, start, "end", footnote FROM citations'
                " WHERE doc = ? ORDER BY ord",
                (row["n"],),
            )
        ]

    def mandates(self, ref: str | None = None, **filters) -> list[tuple[str, object]]:
        """(document id, Mandate) pairs, filtered as `iter_mandates` filters them."""
        return list(self.iter_mandates(ref, **filters))

    def iter_mandates(
        self,
        ref: str | None = None,
        *,
        addressee: str | None = None,
        type: str | None = None,
        due_body: str | None = None,
        due_session: int | None = None,
        body: str | None = None,
    ):
        """(document id, Mandate) pairs, filtered, lazily (a page that shows the first N
        stops reading after N); `addressee` matches a name's words."""
        from .records import mandate_from_json

        where, args = [], []
        if ref is not None:
            where.append("m.doc = ?")
            args.append(self._row(ref)["n"])
        for col, val in (
            ("m.type", type),
            ("m.due_body", due_body),
            ("m.due_session", due_session),
            ("d.body", body),
        ):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        if addressee:
            where.append("m.addressees LIKE ?")
            args.append(f"%{addressee}%")
        sql = "SELECT d.id, m.record FROM mandates m JOIN documents d ON d.n = m.doc"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.date, d.id, m.ord"
        for r in self.conn.execute(sql, args):
            yield r[0], mandate_from_json(json.loads(r[1]))

    # -- search -----------------------------------------------------------------------
    def search(
        self,
        query: str,
        body: str | None = None,
        session: int | None = None,
        kind: str | None = None,
        lead: str | None = None,
        limit: int = 20,
        meaning: bool = False,
        language: str | None = None,
    ) -> list[Hit]:
        """BM25 over paragraphs (phrases in quotes, AND/OR/NOT), filtered; with `meaning`,
        fused (reciprocal rank) with a nearest-neighbour search over local embeddings.
        `language` (ISO 639-1) reads the query in that language's words only; without it,
        in the languages its script allows. Bad query syntax raises ValueError."""
        self.sync_index()
        q = search_index.parse(self.index.index, query, language)
        q = search_index.filtered(q, body, session, kind, lead)
        if not meaning:
            found = search_index.search(self.index, q, limit, query)
            return self._hits(found)
        from . import semantic

        bm25 = search_index.search(self.index, q, max(limit, semantic.DEPTH), query)
        near = semantic.nearest(self, query, body, session, kind, lead, semantic.DEPTH)
        return self._hits(semantic.fuse(bm25, near, limit))

    def _hits(self, found: list[tuple[int, float, str]]) -> list[Hit]:
        if not found:
            return []
        ns = [n for n, _, _ in found]
        marks = ",".join("?" * len(ns))
        rows = {
            r["n"]: r
            for r in self.conn.execute(
                "SELECT p.n, p.eid, p.num, p.kind, p.lead, p.text, d.id, d.symbol, d.title,"
                f" d.body, d.session FROM paragraphs p JOIN documents d ON d.n = p.doc"
                f" WHERE p.n IN ({marks})",
                ns,
            )
        }
        hits = []
        for n, score, snippet in found:
            r = rows.get(n)
            if r is None:  # deleted since the index was read
                continue
            hits.append(
                Hit(
                    doc=r["id"],
                    symbol=r["symbol"],
                    title=r["title"],
                    body=r["body"],
                    session=r["session"],
                    eid=r["eid"],
                    num=r["num"],
                    kind=r["kind"],
                    lead=r["lead"],
                    text=r["text"],
                    snippet=snippet or html.escape(r["text"][:240]),
                    score=round(float(score), 4),
                )
            )
        return hits

    # -- trace ------------------------------------------------------------------------
    def trace(self, ref: str, eid: str | None = None) -> list[ParagraphTrace]:
        """For each paragraph of `ref` (or just `eid`): its earlier sources, earliest
        source, draft, line of descent and descendants."""
        from .trace import trace_document

        row = self._row(ref)
        out = trace_document(self.conn, row, eid)
        if eid is not None and not out:
            raise LookupError(f"{row['id']} has no paragraph {eid!r}")
        return out


def _summary_result(p: Path, results: list[AddResult]) -> AddResult:
    added = sum(r.status == "added" for r in results)
    rejected = sum(r.status == "rejected" for r in results)
    status = "added" if added else ("rejected" if rejected == len(results) else "present")
    return AddResult(status, None, str(p), f"{len(results)} records: {added} added")
