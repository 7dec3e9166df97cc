"""Every write the UPR makes, one function per action, each one transaction.

The web app and the CLI change UPR data only through these functions (the web app after
checking the user's role for "upr.write", `web.auth.require`). Each takes the library's
`Database` and the `actor` the audit trail names, and appends its audit row in the same
transaction as the write (`review.audit`): both are committed, or neither.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from ..errors import InputError
from ..review import audit
from . import store
from .csvread import read_export
from .model import MEASURE_STATUSES, MODALITIES, STATUSES, Export, ImportResult


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def import_export(db, export: Export, *, actor: str, skip_bad: bool = False) -> ImportResult:
    """Store an export's records in one transaction. With bad rows, nothing is written
    unless `skip_bad` (then the good rows are, and the bad ones listed). A record already
    stored as it is is left alone (so importing a file twice changes nothing); one whose
    response, themes or action level differ is updated."""
    bad = export.bad
    if bad and not skip_bad:
        return ImportResult(export.name, len(export.records), 0, 0, 0, bad, True)
    with db.connection() as conn, conn.transaction():
        have = store.digests(conn, [r.id for _, r in export.records])
        new = [(line, r) for line, r in export.records if r.id not in have]
        changed = [
            (line, r) for line, r in export.records if r.id in have and have[r.id] != r.digest
        ]
        store.insert_items(conn, new, export.name)
        if changed:
            store.update_items(conn, changed, export.name)
        unchanged = len(export.records) - len(new) - len(changed)
        if new or changed:  # (an import that changes nothing leaves no trace: a no-op)
            store.bump(conn)
            store.log_import(
                conn,
                export.name,
                export.sha256,
                _now(),
                len(export.records),
                len(new),
                len(changed),
                unchanged,
                len(bad),
            )
            counts = {"added": len(new), "updated": len(changed), "bad": len(bad)}
            audit.append(conn, actor, "upr.import", export.name, None, counts)
    return ImportResult(
        export.name, len(export.records), len(new), len(changed), unchanged, bad, False
    )


def import_file(db, data: bytes, name: str, *, actor: str, skip_bad: bool = False) -> ImportResult:
    return import_export(db, read_export(data, name), actor=actor, skip_bad=skip_bad)


def _text(value, field: str, *, required: bool = True) -> str:
    v = " ".join(str(value or "").split())
    if required and not v:
        raise InputError(f"{field} is required", field)
    return v


def add_assistance(
    db,
    *,
    actor: str,
    requested_by: str,
    offered_by: str,
    modality: str,
    priorities: list[str],
    status: str = "requested",
    mandate: str | None = None,
    recommendation: str | None = None,
    note: str = "",
) -> int:
    """A technical-assistance record; the mandate (a registry id) and the recommendation it
    answers, when given, must be in the library."""
    rec = {
        "requested_by": _text(requested_by, "requested_by"),
        "offered_by": _text(offered_by, "offered_by"),
        "modality": _text(modality, "modality").lower(),
        "priorities": [
            p for p in (_text(x, "priorities", required=False) for x in priorities) if p
        ],
        "status": _text(status, "status").lower(),
        "mandate": _text(mandate, "mandate", required=False) or None,
        "recommendation": _text(recommendation, "recommendation", required=False) or None,
        "note": _text(note, "note", required=False),
        "created": _now(),
    }
    if rec["modality"] not in MODALITIES:
        raise InputError(
            f"unknown modality {modality!r} (one of: {', '.join(MODALITIES)})", "modality"
        )
    if rec["status"] not in STATUSES:
        raise InputError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})", "status")
    if not rec["priorities"]:
        raise InputError(
            "at least one priority set by the requesting State is required", "priorities"
        )
    with db.connection() as conn, conn.transaction():
        if rec["mandate"] and not store.mandate_exists(conn, rec["mandate"]):
            raise InputError(f"no mandate {rec['mandate']!r} in the registry", "mandate")
        if rec["recommendation"] and not store.item_exists(conn, rec["recommendation"]):
            raise InputError(f"no recommendation {rec['recommendation']!r}", "recommendation")
        ident = store.insert_assistance(conn, rec)
        audit.append(conn, actor, "upr.assistance.add", f"assistance/{ident}", None, rec)
        return ident


def set_assistance_status(
    db, ident: int, status: str, note: str | None = None, *, actor: str
) -> None:
    status = status.strip().lower()
    if status not in STATUSES:
        raise InputError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})", "status")
    with db.connection() as conn, conn.transaction():
        before = store.status_of(conn, "upr_assistance", ident)
        if not store.set_assistance_status(conn, ident, status, note, _now()):
            raise LookupError(f"no assistance record {ident}")
        audit.append(
            conn,
            actor,
            "upr.assistance.status",
            f"assistance/{ident}",
            {"status": before},
            {"status": status, "note": note},
        )


def _day(value: str | None, field: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"not a date: {value!r} (give YYYY-MM-DD)", field) from None


def add_measure(
    db,
    recommendation: str,
    action: str,
    indicator: str = "",
    due: str | None = None,
    status: str = "planned",
    *,
    actor: str,
) -> int:
    """A measure implementing a recommendation, with its indicator and due date."""
    action = _text(action, "action")
    status = status.strip().lower()
    if status not in MEASURE_STATUSES:
        raise InputError(
            f"unknown status {status!r} (one of: {', '.join(MEASURE_STATUSES)})", "status"
        )
    due = _day(due, "due")
    with db.connection() as conn, conn.transaction():
        if not store.item_exists(conn, recommendation):
            raise LookupError(f"no recommendation {recommendation!r}")
        indicator = _text(indicator, "indicator", required=False)
        ident = store.insert_measure(conn, recommendation, action, indicator, due, status, _now())
        after = {
            "recommendation": recommendation,
            "action": action,
            "indicator": indicator,
            "due": due,
            "status": status,
        }
        audit.append(conn, actor, "upr.measure.add", f"measure/{ident}", None, after)
        return ident


def set_measure_status(db, measure: int, status: str, *, actor: str) -> None:
    status = status.strip().lower()
    if status not in MEASURE_STATUSES:
        raise InputError(
            f"unknown status {status!r} (one of: {', '.join(MEASURE_STATUSES)})", "status"
        )
    with db.connection() as conn, conn.transaction():
        before = store.status_of(conn, "upr_measures", measure)
        if not store.set_measure_status(conn, measure, status):
            raise LookupError(f"no measure {measure}")
        audit.append(
            conn,
            actor,
            "upr.measure.status",
            f"measure/{measure}",
            {"status": before},
            {"status": status},
        )


def add_progress(db, measure: int, note: str, day: str | None = None, *, actor: str) -> int:
    """A progress note on a measure, for a day (default today)."""
    note = _text(note, "note")
    when = _day(day, "day") or date.today().isoformat()
    with db.connection() as conn, conn.transaction():
        got = store.insert_progress(conn, measure, when, note, _now())
        if got is None:
            raise LookupError(f"no measure {measure}")
        after = {"day": when, "note": note}
        audit.append(conn, actor, "upr.progress.add", f"measure/{measure}", None, after)
    return got


def relink(db, found, items: list[str] | None = None, sponsors=None, *, actor: str) -> int:
    """Replace the derived links (of `items`, else all) with `found` (links.derive's rows),
    and, given, the sponsorships (links.sponsorships's rows)."""
    with db.connection() as conn, conn.transaction():
        store.clear_links(conn, items)
        store.put_links(conn, found)
        store.bump(conn)
        if sponsors is not None:
            store.put_sponsors(conn, sponsors)
        counts = {"links": len(found), "items": len(items) if items is not None else "all"}
        audit.append(conn, actor, "upr.relink", "upr", None, counts)
    return len(found)
