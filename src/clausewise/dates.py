"""Dates as UN texts write them ("19 December 2017") -> ISO ("2017-12-19")."""

from __future__ import annotations

import re

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
DATE = (
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{4}"
)
DATE_RE = re.compile(DATE)


def iso_date(text: str) -> str | None:
    """The first date in `text` as ISO, or None."""
    m = re.search(r"(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})", text)
    if not m or m.group(2).lower() not in MONTHS:
        return None
    day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
