"""How a paragraph is named to a reader: "operative 15", "preambular 12", "operative 3 (b)"."""

from __future__ import annotations

import re

_PRE = re.compile(r"preamble__container_(\d+)")
_POINT = re.compile(r"__point_(\w+)")


def para_label(eid: str, num: str | None = None, kind: str | None = None) -> str:
    base = eid.split("__list_")[0]
    points = "".join(f" ({p})" for p in _POINT.findall(eid[len(base) :]))
    m = _PRE.fullmatch(base)
    if m:
        return f"preambular {m.group(1)}{points}"
    if base.startswith("para_"):
        return f"operative {num or base[5:]}{points}"
    if base.startswith("annex"):
        return f"annex {base.split('__')[0][6:] or ''} ¶ {base.rsplit('_', 1)[-1]}{points}".replace(
            "  ", " "
        )
    return eid


def doc_label(summary: dict) -> str:
    """A document as a reader names it: its symbol, else its number and body, else its id."""
    if summary.get("symbol"):
        return summary["symbol"]
    parts = [
        summary.get("body") or "",
        summary.get("status") if summary.get("status") in ("draft", "amendment") else "",
    ]
    if summary.get("session"):
        parts.append(f"session {summary['session']}")
    name = " ".join(p for p in parts if p).strip()
    return f"{name} ({summary.get('date') or summary.get('issued') or summary.get('id')})"
