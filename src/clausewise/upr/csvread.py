"""Reading UPR Info's CSV export (pure: bytes in, records and bad rows out).

The export (as rochelleterman/uprs keeps it) is old-Mac text: Mac Roman bytes, CR line
ends, one row per line, commas, quoted fields. A row never spans lines in it (checked over
all 33,034 rows of sessions 1-17 and the pledges), so each line is read on its own: a
broken quote then spoils its own line only, which is reported with its number, instead of
swallowing the rows after it. UTF-8 is read too (a re-saved export).
"""

from __future__ import annotations

import csv
import hashlib
import re

from ..errors import InputError
from .model import KINDS, BadRow, Export, UprRecord
from .states import un_name

COLUMNS = ("To", "Text", "From", "Response", "Action", "Issue", "Session")
GROUPS = ("To-Rgrp", "From-Rgrp")
MAX_SESSION = 60  # the fourth cycle ends at 54; beyond 60 is a typing error, not a session
_RESPONSES = {"accepted": "accepted", "noted": "noted", "voluntary pledge": "pledge", "": None}
_LINE_END = re.compile(r"\r\n|\r|\n")


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # not UTF-8: an old-Mac export (CR line ends) is Mac Roman; anything else we cannot
    # tell from Windows-1252 or Latin-1, so we say so rather than guess
    if b"\r" in data and b"\n" not in data:
        return data.decode("mac_roman")
    raise InputError("not UTF-8 text, nor an old-Mac (CR-only) export in Mac Roman", name)


def read_export(data: bytes, name: str) -> Export:
    """Every row of an export: the good ones as records (with their line), the others as
    BadRow (line, problem). A file that is not an export at all raises InputError."""
    text = decode(data, name)
    lines = _LINE_END.split(text)
    if not lines or not lines[0].strip():
        raise InputError("empty file: no header row", name)
    header = _fields(lines[0])
    if header is None:
        raise InputError("line 1: the header row is not CSV", name)
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"not a UPR Info export: no column {', '.join(missing)} (header: {','.join(header)})",
            name,
        )
    at = {h: i for i, h in enumerate(header)}
    records: list[tuple[int, UprRecord]] = []
    bad: list[BadRow] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        fields = _fields(line)
        if fields is None:
            bad.append(BadRow(name, number, "broken quote: a quoted field is not closed"))
            continue
        if len(fields) != len(header):
            bad.append(
                BadRow(
                    name,
                    number,
                    f"{len(fields)} fields, the header has {len(header)} (a stray comma or quote)",
                )
            )
            continue
        got = _record(fields, at)
        if isinstance(got, str):
            bad.append(BadRow(name, number, got))
            continue
        # identical rows (UPR Info lists a few twice) stay apart, in file order
        k = got.id
        seen[k] = seen.get(k, 0) + 1
        if seen[k] > 1:
            got = _nth(got, seen[k])
        records.append((number, got))
    return Export(name, tuple(records), tuple(bad), hashlib.sha256(data).hexdigest())


def _fields(line: str) -> list[str] | None:
    try:
        rows = list(csv.reader([line], strict=True))
    except csv.Error:
        return None
    return rows[0] if rows else []


def _nth(r: UprRecord, n: int) -> UprRecord:
    from dataclasses import replace

    return replace(r, occurrence=n)


def _record(f: list[str], at: dict[str, int]) -> UprRecord | str:
    """The row's record, or what is wrong with it."""

    def get(col: str) -> str:
        return f[at[col]].strip() if col in at else ""

    to = un_name(get("To"))
    if to is None:
        return "missing State under review (To)"
    text = " ".join(get("Text").split())
    if not text:
        return "missing text (Text)"
    raw = get("Session")
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_SESSION:
        return f"bad session number {raw!r} (UPR sessions run 1 to {MAX_SESSION})"
    response = get("Response").lower()
    if response not in _RESPONSES:
        return f"unknown response {get('Response')!r} (Accepted, Noted, Voluntary Pledge or empty)"
    kind = "pledge" if _RESPONSES[response] == "pledge" else "recommendation"
    assert kind in KINDS
    by = un_name(get("From"))
    if kind == "pledge":
        by = by or to
    elif not get("From"):
        return "missing recommending State (From)"
    action = get("Action")
    if action and not (action.isdigit() and 1 <= int(action) <= 5):
        return f"bad action level {action!r} (1 to 5, or empty)"
    themes = tuple(sorted({t.strip() for t in get("Issue").split(",") if t.strip()}))
    return UprRecord(
        kind=kind,
        to=to,
        by=by,
        text=text,
        response=None if kind == "pledge" else _RESPONSES[response],
        session=int(raw),
        themes=themes,
        action=int(action) if action else None,
        to_group=get("To-Rgrp") or None,
        by_group=get("From-Rgrp") or None,
    )
