"""The search index: tantivy (BM25) in a folder beside the SQLite file, or beside each
server on PostgreSQL.

The database is the record; the index is derived and can always be rebuilt from it. The
folder holds the library it was built from and the generation it reflects
(`clausewise-generation`); when the library's generation is higher, the documents changed
since (the change log, `changes`, which every process writes and every server reads) are
re-indexed (delete by id, then add: replaying is harmless), and a missing, unreadable or
foreign index is rebuilt whole. When another process holds the index writer, a search
reads the index as it stands rather than wait. The index is a cache of the server's, not
part of the library: a read-only server keeps its own index up to date all the same.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import threading
from pathlib import Path

import tantivy

from . import store, tokens

INDEX_VERSION = 3  # 2: a text field per official language; 3: the document's date (`day`)
_GEN_FILE = "clausewise-generation"
_HEAP = 128 * 2**20  # a whole rebuild's writer
# catching up a few changed documents: a small writer, so a server's memory does not jump
# by a rebuild's worth at every upload (tantivy asks at least 15 MB per thread)
_CATCH_UP_HEAP = 32 * 2**20


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("doc", stored=True, tokenizer_name="raw")
    sb.add_integer_field("para", stored=True, indexed=True, fast=True)
    sb.add_text_field("text", stored=True, tokenizer_name="en_stem")
    for name in tokens.FIELDS:
        if name != "text":  # (Chinese is stored as written, indexed as words)
            sb.add_text_field(name, stored=name != "text_zh", tokenizer_name=name)
    sb.add_text_field("text_raw", stored=True, index_option="basic", tokenizer_name="raw")
    sb.add_text_field("language", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("body", tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("session", indexed=True)
    sb.add_text_field("kind", tokenizer_name="raw", index_option="basic")
    sb.add_text_field("lead", tokenizer_name="raw", index_option="basic")
    # the document's date (`documents.date`) as YYYYMMDD: a fast field, so a date range is
    # a range query and sorting by date is tantivy's, over every match, before paging
    sb.add_integer_field("day", indexed=True, fast=True)
    return sb.build()


SCHEMA = _schema()

_PARA_SQL = (
    "SELECT p.n, p.text, p.kind, p.lead, d.body, d.session, d.language, d.date"
    " FROM paragraphs p"
    " JOIN documents d ON d.n = p.doc WHERE d.id = ? ORDER BY p.ord"
)


def _doc(ident: str, row) -> tantivy.Document:
    d = tantivy.Document()
    d.add_text("doc", ident)
    d.add_integer("para", row[0])
    field = tokens.field_of(row[6])
    if field == "text_zh":
        d.add_text("text_zh", tokens.chinese_words(row[1]))
        d.add_text("text_raw", row[1])
    else:
        d.add_text(field, row[1])
    d.add_text("language", row[6] or "")
    d.add_text("kind", row[2])
    d.add_text("lead", (row[3] or "").lower())
    if row[4]:
        d.add_text("body", row[4])
    if row[5] is not None:
        d.add_integer("session", row[5])
    day = day_number(row[7])
    if day is not None:
        d.add_integer("day", day)
    return d


def day_number(date: str | None) -> int | None:
    """An ISO date ("2017-12-19", or its first part "2017-12", "2017") as YYYYMMDD, the
    missing parts as 00: the number the index orders and ranges by."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date or "")
    if not m:
        return None
    return int(m.group(1)) * 10000 + int(m.group(2) or 0) * 100 + int(m.group(3) or 0)


class SearchIndex:
    def __init__(self, folder: Path, library_id: str = ""):
        self.folder = folder
        self.library_id = library_id  # the database it mirrors (`meta.library_id`)
        self._index: tantivy.Index | None = None
        self._lock = threading.Lock()  # one thread of this process writes it at a time

    # -- generation -----------------------------------------------------------------
    def _read_gen(self, folder: Path | None = None) -> int | None:
        try:
            data = json.loads(((folder or self.folder) / _GEN_FILE).read_text())
        except (OSError, ValueError):
            return None
        if data.get("version") != INDEX_VERSION or data.get("library", "") != self.library_id:
            return None
        return int(data["generation"])

    def _write_gen(self, gen: int, folder: Path | None = None) -> None:
        f = (folder or self.folder) / _GEN_FILE
        tmp = f.with_name(f"{_GEN_FILE}.{os.getpid()}")
        tmp.write_text(
            json.dumps({"version": INDEX_VERSION, "library": self.library_id, "generation": gen})
        )
        os.replace(tmp, f)

    # -- open, rebuild, catch up ---------------------------------------------------------
    def _open(self) -> tantivy.Index | None:
        if self._read_gen() is None:  # missing, or from another version: rebuild
            self._index = None
            return None
        if self._index is None:
            try:
                self._index = tantivy.Index(SCHEMA, str(self.folder), reuse=True)
            except ValueError:
                return None
            tokens.register(self._index)
        return self._index

    def rebuild(self, conn) -> None:
        """Build a fresh index from the database in a side folder, then swap it in."""
        with self._lock:
            self._rebuild(conn)

    def _rebuild(self, conn) -> None:
        gen = store.generation(conn)
        tmp = self.folder.with_name(
            f"{self.folder.name}.building-{os.getpid()}-{threading.get_ident()}"
        )
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        index = tantivy.Index(SCHEMA, str(tmp))
        tokens.register(index)
        writer = index.writer(_HEAP, 1)
        # One statement, so one snapshot: a document another process adds meanwhile comes
        # whole or not at all (the generation, read first, may then be behind the rows,
        # which the next catch-up replays harmlessly).
        rows = conn.stream(
            "SELECT p.n, p.text, p.kind, p.lead, d.body, d.session, d.language, d.date, d.id"
            " FROM paragraphs p JOIN documents d ON d.n = p.doc"
        )
        for row in rows:
            writer.add_document(_doc(row[8], row))
        writer.commit()
        writer.wait_merging_threads()
        self._write_gen(gen, tmp)
        old = self.folder.with_name(f"{self.folder.name}.old-{os.getpid()}-{threading.get_ident()}")
        if self.folder.exists():
            os.replace(self.folder, old)
        os.replace(tmp, self.folder)
        shutil.rmtree(old, ignore_errors=True)
        self._index = None

    def sync(self, conn) -> bool:
        """Bring the index up to the library's generation. False when another process is
        writing the index (it is then read as it stands)."""
        target = store.generation(conn)
        have = self._open()
        if have is not None and self._read_gen() == target:
            return True
        # another thread of this process is at it: read the index as it stands, unless
        # there is none yet to read
        if not self._lock.acquire(blocking=have is None):
            return False
        try:
            return self._catch_up(conn, target)
        finally:
            self._lock.release()

    def _catch_up(self, conn, target: int) -> bool:
        index = self._open()
        if index is None:
            self._rebuild(conn)
            return True
        if self._read_gen() == target:  # another thread did it meanwhile
            return True
        try:
            writer = index.writer(_CATCH_UP_HEAP, 1)
        except ValueError:  # the lock is held by another process
            return False
        try:
            have = self._read_gen() or 0  # read again under the lock
            changed = [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT doc FROM changes WHERE gen > ? AND gen <= ?", (have, target)
                )
            ]
            for ident in changed:
                writer.delete_documents_by_term("doc", ident)
                for row in conn.execute(_PARA_SQL, (ident,)):
                    writer.add_document(_doc(ident, row))
            writer.commit()
            writer.wait_merging_threads()
            self._write_gen(target)
        finally:
            del writer
        return True

    def searcher(self) -> tantivy.Searcher:
        index = self._open()
        assert index is not None
        index.reload()
        return index.searcher()

    @property
    def index(self) -> tantivy.Index:
        index = self._open()
        assert index is not None
        return index


# -- queries --------------------------------------------------------------------------


def check_query(query: str) -> None:
    """Reject what tantivy would reject, with a message a person can act on."""
    if not query.strip():
        raise ValueError("empty query: give words to look for")
    if query.count('"') % 2:
        raise ValueError('unbalanced quotes: a phrase opened with " is not closed')
    depth = 0
    for ch in query:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            raise ValueError("unbalanced parentheses: a ) closes nothing")
    if depth:
        raise ValueError("unbalanced parentheses: a ( is not closed")
    tokens = re.findall(r'"[^"]*"|\S+', query)
    ops = {"AND", "OR", "NOT"}
    for i, t in enumerate(tokens):
        if t in ops:
            before = i > 0 and tokens[i - 1] not in ops
            after = i + 1 < len(tokens) and tokens[i + 1] not in ops
            if (t != "NOT" and not before) or not after:
                raise ValueError(
                    f'operator {t} needs a word or phrase on both sides (quote it, "{t}", to'
                    " search for the word itself)"
                )


def parse(index: tantivy.Index, query: str, language: str | None = None) -> tantivy.Query:
    """The query, read in its language's field (or the fields its script allows); its
    prefix (`pov*`) and fuzzy (`poverty~2`) words each a query every match must satisfy."""
    from .wildcards import split

    check_query(query)
    fields = tokens.query_fields(query, language)
    rest, wild = split(query)
    rest = re.sub(r"^\s*(?:AND|OR)\s+|\s+(?:AND|OR|NOT)\s*$", "", rest)  # left by a wild word
    if not wild:
        return _parse(index, query, fields)
    musts = [(tantivy.Occur.Must, _wild_query(w, fields)) for w in wild]
    if rest.strip():
        check_query(rest)
        musts.insert(0, (tantivy.Occur.Must, _parse(index, rest, fields)))
    return tantivy.Query.boolean_query(musts) if len(musts) > 1 else musts[0][1]


def _wild_query(w, fields: list[str]) -> tantivy.Query:
    from .wildcards import english_stem

    """A prefix or fuzzy word, in any of `fields` (the index holds words lowercased and,
    in English, stemmed: "pov" matches "poverti", "poverty~1" matches it too)."""
    per_field = []
    for f in fields:
        word = english_stem(w.word) if f == "text" else w.word
        per_field.append(
            tantivy.Query.regex_query(SCHEMA, f, re.escape(word) + ".*")
            if w.prefix
            else tantivy.Query.fuzzy_term_query(SCHEMA, f, word, w.distance, True, False)
        )
    if len(per_field) == 1:
        return per_field[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in per_field])


def _parse(index: tantivy.Index, query: str, fields: list[str]) -> tantivy.Query:
    try:
        return index.parse_query(tokens.prepare(query, fields), fields, conjunction_by_default=True)
    except ValueError as exc:
        msg = str(exc)
        m = re.match(r"Field does not exist: '(.*)'", msg)
        if m:
            raise ValueError(
                f'unknown field "{m.group(1)}:" in the query (filter by body, session, part'
                " or leading phrase instead; quote a phrase that holds a colon)"
            ) from None
        raise ValueError(
            f"cannot read the query {query!r}: {msg.replace('Syntax Error: ', 'syntax error at ')}"
            ' (phrases go in "double quotes"; AND, OR, NOT need words on both sides)'
        ) from None


def filtered(
    q: tantivy.Query,
    body: str | None,
    session: int | None,
    kind: str | None,
    lead: str | None,
    days: tuple[int | None, int | None] = (None, None),
) -> tantivy.Query:
    """`days`: the first and last date (YYYYMMDD, inclusive; None leaves that side open)
    of the documents to keep; an undated document is outside any range."""
    must = [(tantivy.Occur.Must, q)]
    if days != (None, None):
        must.append(
            (
                tantivy.Occur.Must,
                tantivy.Query.range_query(
                    SCHEMA, "day", tantivy.FieldType.Integer, days[0], days[1]
                ),
            )
        )
    if body:
        must.append((tantivy.Occur.Must, tantivy.Query.term_query(SCHEMA, "body", body)))
    if session is not None:
        must.append((tantivy.Occur.Must, tantivy.Query.term_query(SCHEMA, "session", session)))
    if kind:
        must.append((tantivy.Occur.Must, tantivy.Query.term_query(SCHEMA, "kind", kind)))
    if lead:
        # a lead names its family: "Reaffirming" also finds "Reaffirming also"
        pattern = re.escape(" ".join(lead.lower().split())) + "( .*)?"
        must.append((tantivy.Occur.Must, tantivy.Query.regex_query(SCHEMA, "lead", pattern)))
    return tantivy.Query.boolean_query(must) if len(must) > 1 else q


def search(
    idx: SearchIndex, query: tantivy.Query, limit: int, words: str = ""
) -> list[tuple[int, float, str]]:
    """(paragraph number, score, snippet HTML) for the best `limit` paragraphs (`words`:
    the query as typed, for the snippets of Chinese paragraphs)."""
    return search_counted(idx, query, limit, 0, words)[1]


def count(idx: SearchIndex, query: tantivy.Query) -> int:
    """How many paragraphs match (no hit is read)."""
    return idx.searcher().search(query, 1, count=True).count


SORTS = ("relevance", "newest", "oldest")  # the library page's words for dates


def search_counted(
    idx: SearchIndex,
    query: tantivy.Query,
    limit: int,
    offset: int = 0,
    words: str = "",
    sort: str = "relevance",
) -> tuple[int, list[tuple[int, float, str]]]:
    """(how many paragraphs match, the `limit` best after the first `offset`), best by
    score, or by the document's date (`sort`: newest or oldest first; ties in the index's
    own order, the same on every page). Ordered by date, the number beside each paragraph
    is its YYYYMMDD date, not a score."""
    from .wildcards import mark, split, window

    try:
        wild = split(words)[1] if words else []
    except ValueError:
        wild = []
    searcher = idx.searcher()
    if sort == "relevance":
        result = searcher.search(query, limit, count=True, offset=offset)
    elif sort in ("newest", "oldest"):
        order = tantivy.Order.Desc if sort == "newest" else tantivy.Order.Asc
        result = searcher.search(
            query, limit, count=True, offset=offset, order_by_field="day", order=order
        )
    else:
        raise ValueError(f"sort: one of {', '.join(SORTS)}, not {sort!r}")
    gens: dict[str, tantivy.SnippetGenerator] = {}
    out = []
    for key, addr in result.hits:
        score = float(key) if sort == "relevance" else 0.0  # (by date: the key is a date)
        d = searcher.doc(addr)
        lang = d.get_first("language") or ""
        field = tokens.field_of(lang)
        if field == "text_zh":
            text = d["text_raw"][0]
            snippet = _marked(text, [w for w in re.split(r'[\s"]+', words) if w])
        else:
            if field not in gens:
                gens[field] = tantivy.SnippetGenerator.create(searcher, query, SCHEMA, field)
                gens[field].set_max_num_chars(240)
            snippet = gens[field].snippet_from_doc(d).to_html()
            if not snippet:
                snippet = html.escape(d[field][0][:240])
        if wild:
            snippet = mark(snippet, wild)
            if "<b>" not in snippet and field != "text_zh":
                snippet = window(d[field][0], wild) or snippet
        out.append((d["para"][0], score, snippet))
    return result.count, out


def _marked(text: str, words: list[str]) -> str:
    """A snippet of a Chinese paragraph: 240 characters around the first word of the query
    it holds, each such word in <b>."""
    words = [w for w in words if w in text]
    start = max(0, min((text.find(w) for w in words), default=0) - 60)
    piece = text[start : start + 240]
    out = html.escape(piece)
    for w in sorted(set(words), key=len, reverse=True):
        out = out.replace(html.escape(w), f"<b>{html.escape(w)}</b>")
    return out
