"""Text as common tools extract it from a PDF: the forms users hold and paste.

Shared by the tests, `scripts/extracted_agreement.py` and `bench/extracted.py`. Each form is
what the tool gives with its ordinary use, pages put together as its documentation or
everyday code does:

- `pdftotext`: poppler's `pdftotext` (Debian poppler-utils), reading order, pages ended by
  form feeds (its default);
- `pdftotext-layout`: the same with `-layout` (columns and indents kept with spaces);
- `pymupdf`: PyMuPDF's `page.get_text()`, each page followed by a form feed (its
  documentation's recipe for a whole document);
- `pypdf`: `page.extract_text()`, pages joined by newlines (its documentation's loop);
- `pypdfium2`: PDFium's page text (`get_textpage().get_text_range()`, the text Chrome's
  viewer copies), pages simply concatenated, as a naive pipeline does: a page's last line
  and the next page's first are then glued (`...Resolution 70/1.A/C.2/80/L.10`);
- `viewer`: a PDF viewer's "select all, copy". Evince and Okular (poppler) copy each page's
  text in reading order, as `pdftotext` has it, with the pages joined by a newline and no
  form feed: so here it is poppler's text with its form feeds made newlines.

Generated text is never committed: it is made on first use and kept in a folder under the
system's temporary directory (one file per PDF, form and tool version; `CLAUSEWISE_EXTRACTED`
names another folder), so a second run costs a file read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

FORMS = ("pdftotext", "pdftotext-layout", "pymupdf", "pypdf", "pypdfium2", "viewer")


class ToolMissing(RuntimeError):
    """A tool a form needs is not installed (the tests skip with this reason)."""


@cache
def _versions() -> dict[str, str]:
    out: dict[str, str] = {}
    exe = shutil.which("pdftotext")
    if exe:
        run = subprocess.run([exe, "-v"], capture_output=True, text=True, check=False)
        out["poppler"] = (run.stderr or run.stdout).split("\n", 1)[0].split()[-1]
    for module, key in (("pymupdf", "pymupdf"), ("pypdf", "pypdf"), ("pypdfium2", "pypdfium2")):
        with contextlib.suppress(ImportError):
            out[key] = __import__(module).__version__ if module != "pypdfium2" else _pdfium_v()
    return out


def _pdfium_v() -> str:
    import pypdfium2

    return str(pypdfium2.version.PYPDFIUM_INFO)


_TOOL = {
    "pdftotext": "poppler",
    "pdftotext-layout": "poppler",
    "viewer": "poppler",
    "pymupdf": "pymupdf",
    "pypdf": "pypdf",
    "pypdfium2": "pypdfium2",
}


def available(form: str) -> bool:
    return _TOOL[form] in _versions()


def cache_dir() -> Path:
    return Path(os.environ.get("CLAUSEWISE_EXTRACTED") or tempfile.gettempdir()) / (
        "clausewise-extracted"
    )


def extract(pdf: Path, form: str) -> str:
    """The text of `pdf` in `form`, made once and then read from the cache."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; one of {', '.join(FORMS)}")
    tool = _TOOL[form]
    version = _versions().get(tool)
    if version is None:
        raise ToolMissing(f"{form}: {tool} is not installed (scripts/system-deps.sh, test extra)")
    data = pdf.read_bytes()
    digest = hashlib.sha1(data).hexdigest()[:16]
    path = cache_dir() / f"{form}-{version}" / f"{pdf.stem}-{digest}.txt"
    if path.exists():
        return path.read_bytes().decode("utf-8")  # (bytes: PDFium's "\r\n" stays)
    text = _MAKERS[form](pdf)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(text.encode("utf-8"))
    tmp.replace(path)  # whole or nothing: parallel runs never read half a file
    return text


def _poppler(pdf: Path, *options: str) -> str:
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(pdf), "-"],
        capture_output=True,
        check=True,
    )
    return run.stdout.decode("utf-8")


def _viewer(pdf: Path) -> str:
    pages = _poppler(pdf).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends the last page with a form feed too
    return "\n".join(pages)


def _pymupdf(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        return "".join(page.get_text() + "\f" for page in doc)


def _pypdf(pdf: Path) -> str:
    import pypdf

    reader = pypdf.PdfReader(pdf)
    return "\n".join(page.extract_text() for page in reader.pages)


def _pypdfium2(pdf: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "".join(out)
    finally:
        doc.close()


_MAKERS = {
    "pdftotext": lambda pdf: _poppler(pdf),
    "pdftotext-layout": lambda pdf: _poppler(pdf, "-layout"),
    "viewer": _viewer,
    "pymupdf": _pymupdf,
    "pypdf": _pypdf,
    "pypdfium2": _pypdfium2,
}


# -- agreement between the record of a PDF and the record of its text ---------------------

HEADER_FIELDS = (
    "symbol",
    "number",
    "body",
    "session",
    "status",
    "doc_type",
    "title",
    "agenda_items",
    "distribution",
    "issued",
    "adopted",
    "sponsors",
    "origin",
    "committee",
    "meeting",
    "formula",
)


def header(doc) -> dict:
    """The header fields of a record, as compared between a PDF and its text."""
    out = {}
    for name in HEADER_FIELDS:
        if name in ("issued", "adopted"):
            out[name] = getattr(doc.dates, name)
        elif name == "sponsors":
            out[name] = tuple(s.name for s in doc.sponsors)
        else:
            out[name] = getattr(doc, name)
    return out


def _item_texts(items) -> tuple:
    return tuple((i.num, i.text, _item_texts(i.items)) for i in items)


def paragraphs(doc) -> list[tuple]:
    """Every paragraph of the record (annexes too) as (eid, kind, num, text, items)."""
    out = []
    for p in (*doc.preamble, *doc.operative, *(q for a in doc.annexes for q in a.paragraphs)):
        out.append((p.eid, p.kind, p.num, p.text, _item_texts(p.items)))
    return out


def footnotes(doc) -> list[tuple]:
    """Every footnote as (marker, text, the paragraph holding its marker)."""
    return [(f.marker, f.text, f.paragraph) for f in doc.footnotes]


def agreement(pdf_doc, text_doc) -> dict:
    """How far the record of a text agrees with the record of its PDF: counts of the PDF's
    paragraphs, footnotes and header fields found equal in the text's record (a
    paragraph: eid, kind, number, text and items; a footnote: marker, text and the
    paragraph it hangs on), and the differences, for reading."""
    from collections import Counter

    out = {}
    for what, get in (("paragraphs", paragraphs), ("footnotes", footnotes)):
        want, got = Counter(get(pdf_doc)), Counter(get(text_doc))
        same = sum((want & got).values())
        out[what] = (same, sum(want.values()), sum(got.values()))
        out[what + "_missing"] = sorted((want - got).elements(), key=str)
        out[what + "_extra"] = sorted((got - want).elements(), key=str)
    hp, ht = header(pdf_doc), header(text_doc)
    present = [k for k in HEADER_FIELDS if hp[k] not in (None, (), "")]
    out["header"] = (sum(1 for k in present if hp[k] == ht[k]), len(present), len(present))
    out["header_diff"] = {k: (hp[k], ht[k]) for k in HEADER_FIELDS if hp[k] != ht[k]}
    return out


# -- what the tests of extracted text share ---------------------------------------------------


def form_or_skip(form: str) -> str:
    """`form`, or the test is skipped saying which tool is missing."""
    import pytest

    if not available(form):
        pytest.skip(f"{form}: its tool is not installed (scripts/system-deps.sh, test extra)")
    return form


@cache
def pdf_record(path: Path):
    """The PDF reader's record of `path` (read once per test run)."""
    from clausewise import parse_file

    return parse_file(path)


def text_record(path: Path, form: str):
    """The record of `path`'s text as the tool of `form` extracts it."""
    from clausewise import parse_text

    return parse_text(extract(path, form_or_skip(form)), f"{path.stem}.{form}.txt")
