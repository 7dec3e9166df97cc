"""A registry mandate in each language its resolution is in the library in.

The registry holds a work's mandates once, from its English version (`build.sync` leaves
out a version whose work has an English one); the other versions' wordings are read when
a mandate is shown: the versions' mandates cut as the English reading cuts them
(`versions.mandates_across`), picked by the mandate's place (paragraph or point, ordinal).
"""

from __future__ import annotations

from .derive import split_id


def wordings(lib, mandate_id: str) -> dict[str, str]:
    """{language: the clause as that version words it} for registry mandate `mandate_id`,
    English first; {} when the id names no stored document."""
    from ..versions import mandates_across

    parts = split_id(mandate_id)
    if parts is None:
        return {}
    doc_id, eid, k = parts
    try:
        versions = lib.expressions(doc_id)
    except LookupError:
        return {}
    docs = [lib.get(v.id).document for v in versions]
    mine = next((d for d, v in zip(docs, versions, strict=True) if v.id == doc_id), None)
    if mine is None:
        return {}
    work = mine.symbol or mine.number or "?"
    for entry in mandates_across(docs):
        if entry["id"] == f"{work}#{eid}#{k}":
            return entry["wording"]
    return {}
