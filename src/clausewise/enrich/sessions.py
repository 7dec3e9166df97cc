"""The session calendar: when a numbered (or year-named) session of the General Assembly,
the Human Rights Council or the Economic and Social Council sits, as real dates.

The dates are data, kept in the package with their sources named in each file's header:
`data/sessions_ga.csv` (opening days; a session lasts until the next opens),
`data/sessions_hrc.csv` (first and last days), `data/sessions_ecosoc.csv` (months; the
Council's sessions are named by year, "its 2025 session"). A row whose days are not known
gives its months (`exact` is then False): the range covers the whole months.

"At its forty-sixth session" becomes the range the Council sat in (22 February to 24 March
2021), so a mandate can be told due, overdue or pending on a given day.
"""

from __future__ import annotations

import calendar as _cal
import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

_FILES = {"GA": "sessions_ga.csv", "HRC": "sessions_hrc.csv", "ECOSOC": "sessions_ecosoc.csv"}


@dataclass(frozen=True, slots=True)
class Session:
    body: str  # GA | HRC | ECOSOC
    number: int  # the session's number; for ECOSOC its year
    opens: date
    closes: date
    exact: bool  # False: only the months are known, and the range covers them whole
    source: str


def _day(text: str, end: bool) -> tuple[date, bool]:
    """ "2021-02-22" -> that day; "2021-02" -> its first (or, with `end`, last) day."""
    parts = [int(x) for x in text.split("-")]
    if len(parts) == 3:
        return date(*parts), True
    y, m = parts
    return date(y, m, _cal.monthrange(y, m)[1] if end else 1), False


def _rows(name: str) -> list[dict]:
    text = resources.files("clausewise").joinpath("data/" + name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@cache
def _table(body: str) -> dict[int, Session]:
    rows = _rows(_FILES[body])
    out: dict[int, Session] = {}
    if body == "GA":
        # a session lasts until the next one opens: the outgoing session's last meeting is
        # often on the morning of that day (A/RES/70/305 was adopted on 13 September 2016,
        # the day the seventy-first session opened), so the two share it
        opens = {int(r["session"]): (r["opens"], r["source"]) for r in rows}
        for n, (text, source) in opens.items():
            day, exact = _day(text, False)
            nxt = opens.get(n + 1)
            if nxt is not None:
                closes, exact_end = _day(nxt[0], True)
            else:
                closes, exact_end = date(day.year + 1, 9, 30), False
            out[n] = Session(body, n, day, closes, exact and exact_end, source)
        return out
    for r in rows:
        a, ea = _day(r["opens"], False)
        b, eb = _day(r["closes"], True)
        out[int(r["session"])] = Session(body, int(r["session"]), a, b, ea and eb, r["source"])
    return out


def session(body: str, number: int | None) -> Session | None:
    """The session `number` of `body` (GA, HRC, ECOSOC; an ECOSOC session by its year), or
    None when the calendar does not hold it."""
    if number is None or body not in _FILES:
        return None
    return _table(body).get(number)


def session_years(body: str, number: int | None) -> tuple[int | None, int | None]:
    """(year_from, year_to) of `body`'s regular session `number`; (None, None) if unknown."""
    s = session(body, number)
    if s is None:
        if body == "GA" and number and number > 0:  # beyond the table: the rule still holds
            return 1945 + number, 1946 + number
        return None, None
    return s.opens.year, s.closes.year


def sitting(body: str, day: date) -> list[Session]:
    """The sessions of `body` whose range holds `day` (two where month-only rows meet)."""
    if body not in _FILES:
        return []
    return [s for s in _table(body).values() if s.opens <= day <= s.closes]


def bodies() -> tuple[str, ...]:
    return tuple(_FILES)


def sources() -> dict[str, list[str]]:
    """Each table's header comment: where its dates come from."""
    out = {}
    for body, name in _FILES.items():
        text = resources.files("clausewise").joinpath("data/" + name).read_text("utf-8")
        out[body] = [ln[1:].strip() for ln in text.splitlines() if ln.startswith("#")]
    return out
