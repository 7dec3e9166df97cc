"""`Library`: the one entry point the CLI and the web app share."""

from __future__ import annotations

import functools
import html
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import InputError
from ..grammar import CODES
from ..model import Document, document_from_json
from ..parse import parse_bytes
from ..storage import LibraryNotReady, is_url, meta, migrations, open_database
from . import chain, links, store
from . import index as search_index
from .inputs import enrich, is_corpus
from .inputs import load as _load
from .inputs import tasks as _tasks
from .records import AddResult, DocSummary, Hit, ParagraphTrace, StoredDocument
from .rows import DocumentRows, document_rows

PARALLEL_FROM = 64  # tasks from which parsing moves to a worker process
_PAGE = 1000  # mandates read per query by `iter_mandates`

Progress = Callable[[AddResult, int, int], None]


def default_path() -> Path:
    """The default SQLite library (when CLAUSEWISE_LIBRARY names no PostgreSQL URL)."""
    env = os.environ.get("CLAUSEWISE_LIBRARY")
    if env and not is_url(env):
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("clausewise")) / "library.sqlite"


def default_target() -> str | Path:
    """CLAUSEWISE_LIBRARY (a file or a postgresql:// URL), else the default file."""
    env = os.environ.get("CLAUSEWISE_LIBRARY")
    return env if env and is_url(env) else default_path()


def index_folder(target: str | Path, library_id: str) -> Path:
    """Where the search index lives: beside a SQLite file; for PostgreSQL, in this
    machine's cache (CLAUSEWISE_INDEX_DIR, else the user cache folder), one folder per
    library, shared by the servers of this machine."""
    if not is_url(target):
        p = Path(target)
        return p.with_name(p.stem + ".index")
    base = os.environ.get("CLAUSEWISE_INDEX_DIR")
    if not base:
        from platformdirs import user_cache_dir

        base = user_cache_dir("clausewise")
    return Path(base) / f"index-{library_id}"


def _reads(method):
    """Run a reading method with one connection of the pool, held by this thread for the
    whole call (the helpers it calls reach it as `self._c`)."""

    @functools.wraps(method)
    def held(self, *args, **kwargs):
        with self.db.connection():
            return method(self, *args, **kwargs)

    return held


class Library:
    """A library in a SQLite file or a PostgreSQL database (`target`: a path or a
    `postgresql://` URL; default CLAUSEWISE_LIBRARY, else the user's default file).

    `read_only`: the database is opened read-only (nothing here can write it); `pool`: how
    many connections at most (a server's threads share them; the CLI needs one)."""

    def __init__(self, target: str | Path | None = None, *, read_only: bool = False, pool: int = 1):
        target = target if target is not None else default_target()
        self.url = str(target) if is_url(target) else None
        self.path = None if self.url else Path(target)
        self.address = str(target)  # what opens this library again (`--library`)
        if self.path is not None and self.path.is_dir():
            raise InputError("is a folder; give the library's .sqlite file", str(self.path))
        shown = str(self.path) if self.path is not None else None
        try:
            self.db = open_database(target, read_only=read_only, size=pool)
            shown = self.db.target
            applied = self._prepare()
            with self.db.connection() as conn:
                library_id = meta.get(conn, "library_id") or ""
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a clausewise library ({exc})", shown) from None
        except LibraryNotReady as exc:
            raise InputError(str(exc), shown) from None
        self.read_only = read_only
        self.index = search_index.SearchIndex(index_folder(target, library_id), library_id)
        self._vectors = None  # semantic search's matrix, cached by generation
        self._vectors_lock = threading.Lock()
        self._own_conn = None
        # who the audit trail names for this Library's document writes (a server names
        # each request's user instead: `actor=` on the call)
        self.actor = cli_actor()
        if applied and not read_only:  # an older library upgraded: its derived tables too
            self.sync_indexes()

    def _prepare(self) -> bool:
        """Migrations: a writable SQLite library is upgraded (True if it was)."""
        if self.db.kind == "sqlite" and not self.db.read_only and migrations.pending(self.db):
            migrations.migrate(self.db)
            return True
        migrations.check(self.db)
        return False

    @property
    def target(self) -> str:
        """The library as messages name it: the file, or the URL without password."""
        return self.db.target

    @property
    def conn(self):
        """A connection of this Library's own, outside the pool, for single-threaded
        callers (scripts, tests, the CLI's batch commands). The Library's methods do not
        use it; a server never touches it."""
        if self._own_conn is None:
            self._own_conn = self.db.dedicated()
        return self._own_conn

    # -- lifetime -------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- adding ---------------------------------------------------------------------
    def add_document(
        self,
        doc: Document,
        source_name: str,
        *,
        sync: bool = True,
        enriched=None,
        replace: bool = False,
        actor: str | None = None,
    ) -> AddResult:
        """Store one parsed document (`enriched`: its citations and mandates, when the
        caller has them already). A different text under an id the library holds replaces
        it only with `replace` (status "replaced"; else "conflict", nothing changed).
        `actor`: who the audit trail names (default `self.actor`)."""
        citations, mandates = enriched if enriched is not None else enrich(doc)
        # everything derived is computed before the write lock is taken
        rows = document_rows(doc, source_name, citations, mandates)
        with self.db.connection() as conn:
            status, ident, reason = self._write(conn, rows, replace, actor)
        if sync and status in (store.ADDED, store.REPLACED):
            self.sync_indexes()
        return AddResult(status, ident, source_name, reason)

    def _add(self, name: str, loaded: tuple | str, replace: bool = False) -> AddResult:
        if isinstance(loaded, str):  # the reason it could not be read
            return AddResult("rejected", None, name, loaded)
        doc, citations, mandates = loaded
        return self.add_document(
            doc, name, sync=False, enriched=(citations, mandates), replace=replace
        )

    def add_file(self, path: str | Path, replace: bool = False) -> AddResult:
        p = Path(path)
        if is_corpus(p):
            results = self.add_paths([p], replace=replace)
            return results[0] if len(results) == 1 else _summary_result(p, results)
        result = self._add(str(p), _load(("file", str(p))), replace)
        if result.changed:
            self.sync_indexes()
        return result

    def add_bytes(self, data: bytes, name: str, replace: bool = False) -> AddResult:
        try:
            doc = parse_bytes(data, name)
        except InputError as exc:
            return AddResult("rejected", None, name, exc.message)
        return self.add_document(doc, name, replace=replace)

    def add_paths(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        search: bool = True,
        replace: bool = False,
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
            with self.db.connection() as conn, conn.bulk():
                for i, ((name, _), doc) in enumerate(zip(tasks, loaded, strict=True), 1):
                    r = self._add(name, doc, replace)
                    results.append(r)
                    if progress:
                        progress(r, i, len(tasks))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            if any(r.changed for r in results):
                self.sync_indexes(search=search)
        return results

    def add_rows(
        self,
        documents: Iterable[DocumentRows],
        progress: Progress | None = None,
        replace: bool = False,
    ) -> list[AddResult]:
        """Store documents given as their rows (`rows.document_rows`, or a Spark job's
        Parquet read back), each in one transaction; nothing is parsed again."""
        items = list(documents)
        results: list[AddResult] = []
        try:
            with self.db.connection() as conn, conn.bulk():
                for i, rows in enumerate(items, 1):
                    status, ident, reason = self._write(conn, rows, replace, None)
                    results.append(AddResult(status, ident, rows.source, reason))
                    if progress:
                        progress(results[-1], i, len(items))
        finally:
            if any(r.changed for r in results):
                self.sync_indexes()
        return results

    def _write(self, conn, rows: DocumentRows, replace: bool, actor: str | None):
        """`store.write` and its audit row, in one transaction."""
        from ..review import audit

        with conn.transaction():
            before = audit.document_state(conn, rows.id)
            status, ident, reason = store.write(conn, rows, replace)
            if status in (store.ADDED, store.REPLACED):
                action = "document.add" if status == store.ADDED else "document.replace"
                after = audit.document_state(conn, ident)
                audit.append(conn, actor or self.actor, action, ident, before, after)
        return status, ident, reason

    def delete(self, ref: str, actor: str | None = None) -> None:
        from ..review import audit

        with self.db.connection() as conn, conn.transaction():
            row = store.find(conn, ref)
            before = audit.document_state(conn, row["id"]) if row is not None else None
            ident = store.delete(conn, ref)
            if ident is not None:
                audit.append(conn, actor or self.actor, "document.delete", ident, before, None)
        if ident is None:
            raise LookupError(f"no document {ref!r} in the library")
        self.sync_indexes()

    # -- the index ------------------------------------------------------------------
    def sync_index(self, wait: bool = False) -> bool:
        """Catch the search index up with the database. With `wait`, retry while another
        process holds the index writer (for up to a minute)."""
        deadline = time.monotonic() + 60
        while True:
            with self.db.connection() as conn:
                if self.index.sync(conn):
                    return True
            if not wait or time.monotonic() > deadline:
                return False
            time.sleep(0.2)

    def sync_indexes(self, search: bool = True) -> None:
        """The derived state a writer keeps in step after every add and delete: reuse
        postings (for trace), the links between texts, the search index and the mandate
        registry (each catches up with what changed since it last did; `search=False`
        leaves the search index to catch up at the next search). Readers never do
        this: they read what writers left (`trace` reads postings not yet posted from
        their rows, and the search index is each server's own)."""
        with self.db.connection() as conn:
            store.sync_reuse(conn)
            chain.sync(conn)
        if search:
            self.sync_index(wait=True)
        self.registry.sync()

    @property
    def registry(self):
        """The mandate registry over this library (clausewise.registry)."""
        from ..registry import Registry

        return Registry(self.db)

    def rebuild_index(self) -> None:
        with self.db.connection() as conn:
            self.index.rebuild(conn)

    @property
    def generation(self) -> int:
        with self.db.connection() as conn:
            return store.generation(conn)

    @property
    def _c(self):
        """The connection this thread holds (inside a method marked `_reads`)."""
        return self.db.current()

    # -- search by meaning --------------------------------------------------------------
    def embedding_status(self):
        """How many paragraphs are embedded for search by meaning (`semantic.Status`)."""
        from . import semantic

        with self.db.connection() as conn:
            return semantic.status(conn)

    def embed(self, progress=None, stop=None) -> int:
        """Embed the paragraphs that lack an embedding (`semantic.embed_missing`)."""
        from . import semantic

        return semantic.embed_missing(self, progress, stop)

    # -- reading ----------------------------------------------------------------------
    def _row(self, ref: str) -> object:
        row = store.find(self._c, ref)
        if row is None:
            raise LookupError(f"no document {ref!r} in the library (see `clausewise list`)")
        return row

    def _summary(self, row: object) -> DocSummary:
        d = links.draft_row(self._c, row)
        a = links.adopted_row(self._c, row)
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

    def _versions(self, row) -> tuple[tuple[str, str], ...]:
        """The other expressions of the row's work: (language, id)."""
        if not row["work"]:
            return ()
        rows = self._c.execute(
            "SELECT language, id FROM documents WHERE work = ? AND n != ?",
            (row["work"], row["n"]),
        ).fetchall()
        order = {c: k for k, c in enumerate(CODES)}
        found = [(r[0] or "und", r[1]) for r in rows]
        return tuple(sorted(found, key=lambda x: (order.get(x[0], 99), x[1])))

    @_reads
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

    @_reads
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
            where.append("(lower(title) LIKE ? OR lower(symbol) LIKE ? OR lower(id) LIKE ?)")
            args += [f"%{q.lower()}%"] * 3
        sql = f"SELECT {store.DOC_COLUMNS} FROM documents"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date IS NULL, date, body, session, symbol"
        return [self._summary(r) for r in self._c.execute(sql, args).fetchall()]

    @_reads
    def browse(
        self,
        filters=None,
        sort: str = "newest",
        offset: int = 0,
        limit: int = 50,
        facets: bool = True,
        count: bool = True,
    ):
        """One page of documents (`browse.Page`: total matches, summaries, facet counts);
        `filters` a `browse.Filters`, `sort` one of `browse.SORTS`."""
        from . import browse

        found = browse.page(
            self._c,
            store.DOC_COLUMNS,
            filters or browse.Filters(),
            sort,
            offset,
            limit,
            facets,
            count,
        )
        return browse.Page(found.total, [self._summary(r) for r in found.rows], found.facets)

    @_reads
    def summary(self, ref: str) -> DocSummary:
        """One document's summary, without reading its record."""
        return self._summary(self._row(ref))

    @_reads
    def get(self, ref: str) -> StoredDocument:
        row = self._row(ref)
        record = self._c.execute(
            "SELECT record FROM documents WHERE n = ?", (row["n"],)
        ).fetchone()[0]
        return StoredDocument(self._summary(row), document_from_json(json.loads(record)))

    @_reads
    def series(self, ref: str, all_bodies: bool = False) -> list[DocSummary]:
        """The documents of `ref`'s series in date order: of its body, unless `all_bodies`."""
        rows = links.series_rows(self._c, self._row(ref), all_bodies)
        return [self._summary(r) for r in rows]

    @_reads
    def previous(self, ref: str, all_bodies: bool = False) -> DocSummary | None:
        """The adopted text before `ref` in its series (of its body, unless `all_bodies`)."""
        prev = links.previous_row(self._c, self._row(ref), all_bodies)
        return self._summary(prev) if prev else None

    @_reads
    def timeline(self, ref: str, all_bodies: bool = False):
        """The series' timeline (`clausewise.history.timeline`): its adopted texts, one per
        column in date order (of `ref`'s body unless `all_bodies`), and `ref` itself last
        when it is a draft of a session not yet adopted."""
        docs = [d for d in self.series(ref, all_bodies) if d.status == "adopted"]
        me = self.summary(ref)
        if me.status != "adopted" and not any(d.session == me.session for d in docs):
            docs.append(me)
        return self.versions([d.id for d in docs])

    @_reads
    def versions(self, refs: list[str]):
        """A timeline of the given documents, in the order given."""
        from ..history.timeline import timeline

        stored = [self.get(r) for r in refs]
        return timeline([s.document for s in stored], [s.id for s in stored])

    @_reads
    def novelty(self, ref: str, all_bodies: bool = False):
        """What is new in `ref` against the previous adopted text of its series (of its
        body unless `all_bodies`), or None when there is none."""
        from ..history.timeline import novelty

        prev = self.previous(ref, all_bodies)
        if prev is None:
            return None
        a, b = self.get(prev.id), self.get(ref)
        return novelty(a.document, b.document, (a.id, b.id))

    @_reads
    def adopted_text(self, ref: str | None) -> Document | None:
        """The adopted text a draft became, when the library holds both."""
        if not ref:
            return None
        try:
            found = self.adopted_as(ref)
        except LookupError:
            return None
        return self.get(found.id).document if found else None

    @_reads
    def chain(self, ref: str) -> list[chain.ChainEntry]:
        """`ref`'s negotiation: its drafts, revisions, amendments and adopted text, in order,
        each with the links that joined it and their evidence."""
        row = self._row(ref)
        return chain.entries(self._c, row["id"], self._summary)

    @_reads
    def draft_of(self, ref: str) -> DocSummary | None:
        """The draft that `ref` (an adopted text) came from."""
        d = links.draft_row(self._c, self._row(ref))
        return self._summary(d) if d else None

    @_reads
    def adopted_as(self, ref: str) -> DocSummary | None:
        """The adopted text that `ref` (a draft) became."""
        a = links.adopted_row(self._c, self._row(ref))
        return self._summary(a) if a else None

    @_reads
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
            for r in self._c.execute(
                'SELECT raw, symbol, kind, date, eid, start, "end", footnote FROM citations'
                " WHERE doc = ? ORDER BY ord",
                (row["n"],),
            )
        ]

    @_reads
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
            with self.db.connection():
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
            where.append("lower(m.addressees) LIKE ?")
            args.append(f"%{addressee.lower()}%")
        sql = "SELECT d.id, m.record FROM mandates m JOIN documents d ON d.n = m.doc"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.date, d.id, m.ord LIMIT ? OFFSET ?"
        # read a page at a time, the connection given back between pages: memory stays
        # one page's, and a caller that stops early holds nothing
        at = 0
        while True:
            with self.db.connection() as conn:
                page = conn.execute(sql, [*args, _PAGE, at]).fetchall()
            for r in page:
                yield r[0], mandate_from_json(json.loads(r[1]))
            if len(page) < _PAGE:
                return
            at += _PAGE

    # -- search -----------------------------------------------------------------------
    @_reads
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
        from . import semantic

        # by meaning only over what is embedded: nothing embedded, the words alone (and
        # no model loaded); embedding is never done here (see `embed`)
        if not meaning or not semantic.status(self._c).embedded:
            found = search_index.search(self.index, q, limit, query)
            return self._hits(found)

        bm25 = search_index.search(self.index, q, max(limit, semantic.DEPTH), query)
        near = semantic.nearest(self, query, body, session, kind, lead, semantic.DEPTH)
        return self._hits(semantic.fuse(bm25, near, limit))

    @_reads
    def search_page(
        self,
        query: str,
        body: str | None = None,
        session: int | None = None,
        kind: str | None = None,
        lead: str | None = None,
        offset: int = 0,
        limit: int = 20,
        language: str | None = None,
        facets: tuple[str, ...] = (),
        days: tuple[int | None, int | None] = (None, None),
        sort: str = "relevance",
    ):
        """One page of a search by words: (paragraphs matching, this page's hits, facet
        counts). `facets` names filters ("body", "kind") to count the matches by, each
        value counted with the other filters kept; `days` the documents' first and last
        date (YYYYMMDD, see index.day_number); `sort` relevance, newest or oldest first.
        Bad query syntax raises ValueError."""
        self.sync_index()
        q = search_index.parse(self.index.index, query, language)
        total, found = search_index.search_counted(
            self.index,
            search_index.filtered(q, body, session, kind, lead, days),
            limit,
            offset,
            query,
            sort,
        )
        counts: dict[str, list[tuple[str, int]]] = {}
        if "body" in facets:
            bodies = [r[0] for r in self._c.execute("SELECT DISTINCT body FROM documents") if r[0]]
            counts["body"] = _counted(
                (
                    b,
                    search_index.count(
                        self.index, search_index.filtered(q, b, session, kind, lead, days)
                    ),
                )
                for b in bodies
            )
        if "kind" in facets:
            counts["kind"] = _counted(
                (
                    k,
                    search_index.count(
                        self.index, search_index.filtered(q, body, session, k, lead, days)
                    ),
                )
                for k in ("preambular", "operative")
            )
        return total, self._hits(found), counts

    def _hits(self, found: list[tuple[int, float, str]]) -> list[Hit]:
        if not found:
            return []
        ns = [n for n, _, _ in found]
        marks = ",".join("?" * len(ns))
        rows = {
            r["n"]: r
            for r in self._c.execute(
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
    @_reads
    def trace(self, ref: str, eid: str | None = None) -> list[ParagraphTrace]:
        """For each paragraph of `ref` (or just `eid`): its earlier sources, earliest
        source, draft, line of descent and descendants."""
        from .trace import trace_document

        row = self._row(ref)
        out = trace_document(self._c, row, eid)
        if eid is not None and not out:
            raise LookupError(f"{row['id']} has no paragraph {eid!r}")
        return out


def cli_actor() -> str:
    """The audit's name for a command-line writer: `cli:` and the system user."""
    import getpass

    from ..review.model import CLI_PREFIX

    try:
        return CLI_PREFIX + getpass.getuser()
    except (KeyError, OSError):
        return CLI_PREFIX + "unknown"


def _summary_result(p: Path, results: list[AddResult]) -> AddResult:
    added = sum(r.changed for r in results)
    rejected = sum(r.status == "rejected" for r in results)
    status = "added" if added else ("rejected" if rejected == len(results) else "present")
    return AddResult(status, None, str(p), f"{len(results)} records: {added} added")


def _counted(pairs) -> list[tuple[str, int]]:
    """Facet values with at least one match, the most first."""
    return sorted(((v, n) for v, n in pairs if n), key=lambda vn: (-vn[1], vn[0]))
