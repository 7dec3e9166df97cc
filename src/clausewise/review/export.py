"""The registry with its review state, for the budget office: rows, then CSV or XLSX.

A spreadsheet runs a cell that starts with `=` (and, in CSV, `+ - @` too) as a formula;
reasons and comments are typed by people, so every text cell is kept text: quoted with a
leading `'` in CSV, and typed as a string in the workbook."""

from __future__ import annotations

import csv
import io

COLUMNS = (
    "mandate",
    "symbol",
    "paragraph",
    "status",
    "kind",
    "addressees",
    "action",
    "due",
    "review",
    "decision",
    "reason",
    "merge_with",
    "proposed_by",
    "decided_by",
    "decided_at",
    "pending",
)


def _due(d: dict) -> str:
    name = (
        f"{d['body']} {d['session']}"
        if d["session"] is not None
        else f"{d['body']} {d['year_from']}"
    )
    return f"{name} ({d['date_from'] or '…'}–{d['date_to']})" if d["date_to"] else name


def rows(items: list[dict]) -> list[dict]:
    """One row per registry item (`item_json` with its "review" summary)."""
    out = []
    for j in items:
        r = j.get("review") or {}
        out.append(
            {
                "mandate": j["id"],
                "symbol": j["source"]["symbol"] or j["source"]["doc"],
                "paragraph": j["source"]["eid"],
                "status": j["status"],
                "kind": j["kind"],
                "addressees": "; ".join(a["name"] for a in j["addressees"]),
                "action": j["action"],
                "due": "; ".join(_due(d) for d in j["due"]),
                "review": r.get("state", "none"),
                "decision": r.get("decision") or "",
                "reason": r.get("reason") or "",
                "merge_with": r.get("merge_with") or "",
                "proposed_by": r.get("proposed_by") or "",
                "decided_by": r.get("decided_by") or "",
                "decided_at": r.get("decided_at") or "",
                "pending": r.get("pending", 0),
            }
        )
    return out


def _csv_safe(v):
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def to_csv(table: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for r in table:
        w.writerow({k: _csv_safe(v) for k, v in r.items()})
    return buf.getvalue()


WIDTHS = {"mandate": 28, "action": 60, "reason": 50, "addressees": 30, "due": 24}


def to_xlsx(table: list[dict]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Registry")
    ws.freeze_panes = "B2"
    for i, c in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(c, 14)
    head = []
    for c in COLUMNS:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = Font(bold=True)
        head.append(cell)
    ws.append(head)
    for r in table:
        line = []
        for c in COLUMNS:
            cell = WriteOnlyCell(ws, value=r[c])
            if isinstance(r[c], str):
                cell.data_type = "s"  # never a formula, whatever it starts with
            line.append(cell)
        ws.append(line)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
