"""Which years a numbered session of the General Assembly or the Human Rights Council falls in.

GA session n opens in September of 1945+n and runs into 1946+n (the first opened in
January 1946 but the rule holds for every session since the second). The Human Rights
Council numbers its sessions consecutively, three a year; their years come from the table
in `data/hrc_sessions.csv` (its sources are noted in the file).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def _hrc_years() -> dict[int, int]:
    text = resources.files("clausewise").joinpath("data/hrc_sessions.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {int(r["session"]): int(r["year"]) for r in rows}


def session_years(body: str, session: int | None) -> tuple[int | None, int | None]:
    """(year_from, year_to) of `body`'s regular session `session`; (None, None) if unknown."""
    if session is None or session < 1:
        return None, None
    if body == "GA":
        return 1945 + session, 1946 + session
    if body == "HRC":
        year = _hrc_years().get(session)
        return year, year
    return None, None
