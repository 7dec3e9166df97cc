"""Akoma Ntoso XML -> the record: the UN's own AKN4UN markup, and what clausewise writes.

An AKN file already carries the structure, so it is read straight into a Document rather
than flattened into lines for `structure` to guess again. Two kinds of file:

- a file clausewise wrote (`identification source="#clausewise"`) states the record
  exactly (eIds, leads and kinds in `cw:` attributes, text as it stands): `profile` reads
  it back as it was written;
- any other file, the UN's own first (`official`): its structure is read as marked, its
  text squashed to clean lines, and what the markup does not say (leads, eIds that follow
  the record's convention) is derived as the text reader derives it.

Reading is safe by construction: any DOCTYPE or ENTITY declaration is refused before
parsing, and the parser itself resolves no entities, loads no DTD, touches no network and
keeps lxml's limits on huge trees.
"""

from __future__ import annotations

import re

from lxml import etree

from ...aknprofile import AKN_NS, akn
from ...errors import InputError
from ...model import Document
from . import official, profile

__all__ = ["looks_like_xml", "read_akn"]

_BOM = b"\xef\xbb\xbf"
_DECLS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_ENDS_WITH_ROOT = re.compile(rb"</(?:\w+:)?akomaNtoso>\s*$")
# What a document of a collection can be (AKN's hierarchy and document types)
_DOCUMENTS = (
    "statement", "documentCollection", "act", "bill", "doc", "judgment", "debate", "amendment",
)  # fmt: skip


def looks_like_xml(data: bytes) -> bool:
    """XML by content: an XML declaration, a DOCTYPE or an Akoma Ntoso root first."""
    head = data[:1024].removeprefix(_BOM).lstrip()
    return head.startswith((b"<?xml", b"<!DOCTYPE", b"<!doctype", b"<akomaNtoso", b"<akn:"))


def _parser(recover: bool = False) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def read_akn(data: bytes, name: str) -> Document:
    """Parse AKN bytes into a Document, or raise InputError with the reason."""
    m = _DECLS.search(data)
    if m:
        what = m.group().decode()[2:].upper()
        raise InputError(
            f"XML with a {what} declaration is refused (entities and DTDs are not read)", name
        )
    warning = None
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        # One of the UN's own files has a tag left open in its masthead: lxml's recovery
        # reads the rest. Only a file that is all there (it ends with its root's end tag:
        # a truncated file is an error, not half a record), and only if recovery makes a
        # resolution of it.
        error = InputError(f"not well-formed XML ({exc.msg})", name)
        if not _ENDS_WITH_ROOT.search(data[-200:]):
            raise error from None
        try:
            root = etree.fromstring(data, _parser(recover=True))
        except etree.XMLSyntaxError:
            root = None
        if root is None or root.tag != akn("akomaNtoso"):
            raise error from None
        warning = f"not well-formed XML ({exc.msg}): read with lxml's recovery"
        _lift_parts(root)
        try:
            doc = _read_root(root, name)
        except InputError:
            raise error from None
        return _warned(doc, warning)
    return _read_root(root, name)


_MAIN_PARTS = ("preamble", "mainBody", "conclusions", "attachments")


def _lift_parts(root) -> None:
    """After recovery, an element left open holds whatever followed it: the preamble and
    main body inside the preface's title line. Put them back under their document."""
    for top in root:
        if not isinstance(top.tag, str):
            continue
        for tag in _MAIN_PARTS:
            if top.find(akn(tag)) is None:
                found = top.find(".//" + akn(tag))
                if found is not None:
                    top.append(found)


def _warned(doc: Document, warning: str) -> Document:
    from dataclasses import replace

    return replace(doc, warnings=(*doc.warnings, warning))


def _read_root(root, name: str) -> Document:
    if root.tag != akn("akomaNtoso"):
        tag = etree.QName(root).localname
        raise InputError(
            f"XML, but not Akoma Ntoso 3.0 (root element <{tag}>, expected <akomaNtoso> "
            f"in {AKN_NS})",
            name,
        )
    docs = [c for c in root if isinstance(c.tag, str) and c.tag != akn("components")]
    if not docs:
        raise InputError("Akoma Ntoso file with no document in it", name)
    top = docs[0]
    try:
        if _written_by_clausewise(top):
            doc = profile.read(top)
        else:
            doc = official.read(top, root.find(akn("components")))
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise InputError(
            f"Akoma Ntoso, but not a resolution clausewise can read ({exc})", name
        ) from None
    if not (doc.preamble or doc.operative or doc.annexes):
        tag = etree.QName(top).localname
        raise InputError(
            f"Akoma Ntoso <{tag}> with no resolution paragraphs in it "
            "(clausewise reads AKN4UN statements: preamble containers, mainBody paragraphs)",
            name,
        )
    return doc


def _written_by_clausewise(top) -> bool:
    ident = top.find(akn("meta") + "/" + akn("identification"))
    return ident is not None and ident.get("source") == "#clausewise"
