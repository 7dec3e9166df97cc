"""Mandates' due dates as an iCalendar file (RFC 5545), written with the `icalendar` package.

A mandate is due "at the seventy-third session", not on a day; the event is an all-day
event on the day that session opens, so a calendar shows it in the right week. The
General Assembly opens on the Tuesday of the third week of September, counting from the
first week with a working day (rule 1 of its rules of procedure), and since 2023 on the
Tuesday of the second week (the 78th session opened on 5 September 2023, the 79th on 10
September 2024). The Human Rights Council's session table gives the month a session
opens in, not the day: its events fall on the first of that month and say so. A session
with neither becomes an event on 1 January of its first year, and says so too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from ..model import Due, Mandate


def ga_opening(year: int) -> date:
    """Opening day of the General Assembly's regular session that starts in `year`."""
    first = date(year, 9, 1)
    # the first week (Monday to Sunday) with a working day: Sept 1's week unless it is a weekend
    monday = first - timedelta(days=first.weekday())
    if first.weekday() >= 5:
        monday += timedelta(days=7)
    weeks = 1 if year >= 2023 else 2
    return monday + timedelta(weeks=weeks, days=1)


def opening(due: Due, hrc_opening: Callable[[int], date | None] | None = None) -> tuple[date, str]:
    """The day the session opens, and a note when that day is an approximation."""
    if due.body == "GA" and due.session:
        return ga_opening(1945 + due.session), ""
    if due.body == "HRC" and due.session and hrc_opening:
        day = hrc_opening(due.session)
        if day:
            return day, " (the session opens in this month; its first day is not known here)"
    return date(due.year_from or 1970, 1, 1), " (its opening day is not known)"


def calendar(
    rows: Iterable[tuple[dict, Mandate]],
    base_url: str,
    hrc_opening: Callable[[int], date | None] | None = None,
    now: datetime | None = None,
) -> bytes:
    """One VEVENT per mandate with a due session. `rows`: (document summary, mandate)."""
    cal = Calendar()
    cal.add("prodid", "-//clausewise//mandates//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "clausewise: mandates due")
    stamp = now or datetime.now(UTC)
    for summary, m in rows:
        if m.due is None or (m.due.session is None and m.due.year_from is None):
            continue
        day, note = opening(m.due, hrc_opening)
        who = ", ".join(a.name for a in m.addressees) or m.type
        where = summary.get("label") or summary.get("symbol") or summary.get("id")
        ev = Event()
        # a stable UID: the same mandate gives the same event on every download
        key = f"{summary.get('id')}|{m.paragraph}|{m.verb}|{m.action}"
        ev.add("uid", hashlib.sha1(key.encode()).hexdigest() + "@clausewise")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", day)
        ev.add("dtend", day + timedelta(days=1))
        ev.add("summary", f"{who}: {m.action}"[:200])
        session = (
            f"{m.due.body} session {m.due.session}"
            if m.due.session
            else f"{m.due.body} {m.due.year_from}"
        )
        lines = [
            f"Due at the {session}{note}.",
            f"Source: {where}, {m.paragraph}.",
        ]
        if m.report_to:
            lines.append(f"Report to: {m.report_to}.")
        lines.append(m.text)
        ev.add("description", "\n".join(lines))
        ev.add("url", f"{base_url.rstrip('/')}/documents/{summary.get('id')}#{m.paragraph}")
        ev.add("categories", [m.due.body])
        cal.add_component(ev)
    return cal.to_ical()
