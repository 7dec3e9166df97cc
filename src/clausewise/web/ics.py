"""Mandates' due dates as an iCalendar file (RFC 5545), written with the `icalendar` package.

A mandate is due "at the seventy-third session", not on a day. The dates come from the
session calendar the mandates carry (clausewise.enrich.sessions): a session of a few weeks
(a Human Rights Council session) becomes an all-day event spanning it; a long one (an
Assembly session runs a year) an event on its opening day; a deadline ("by 31 March 2024")
an event on that day. Each due of a mandate is its own event. A mandate stored before the
calendar existed (no dates on its due) falls back to the rule for the Assembly's opening
day (rule 1 of its rules of procedure: the Tuesday of the third week of September, the
second week since 2023) and, for other bodies, to 1 January of the due year, and says so.
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


SPAN_DAYS = 60  # a due period longer than this is shown on its first day only


def opening(
    due: Due, hrc_opening: Callable[[int], tuple[date, bool] | None] | None = None
) -> tuple[date, str]:
    """The day the session opens (or the deadline), and a note when that day is a guess."""
    if due.date_from:
        return date.fromisoformat(due.date_from), ""
    if due.date_to:
        return date.fromisoformat(due.date_to), ""
    if due.body == "GA" and due.session:
        return ga_opening(1945 + due.session), ""
    if due.body == "HRC" and due.session and hrc_opening:
        known = hrc_opening(due.session)
        if known:
            day, exact = known
            note = (
                ""
                if exact
                else " (the session opens in this month; its first day is not known here)"
            )
            return day, note
    return date(due.year_from or 1970, 1, 1), " (its opening day is not known)"


def span(due: Due, start: date) -> date:
    """The day after the event ends: the whole due period when it is short."""
    if due.date_from and due.date_to:
        end = date.fromisoformat(due.date_to)
        if 0 <= (end - start).days <= SPAN_DAYS:
            return end + timedelta(days=1)
    return start + timedelta(days=1)


def calendar(
    rows: Iterable[tuple[dict, Mandate]],
    base_url: str,
    hrc_opening: Callable[[int], tuple[date, bool] | None] | None = None,
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
        dues = m.dues or ((m.due,) if m.due else ())
        for i, due in enumerate(dues):
            if due.session is None and due.year_from is None and not due.date_to:
                continue
            cal.add_component(_event(summary, m, due, i, base_url, hrc_opening, stamp))
    return cal.to_ical()


def _event(summary, m: Mandate, due: Due, i: int, base_url, hrc_opening, stamp) -> Event:
    day, note = opening(due, hrc_opening)
    who = ", ".join(a.name for a in m.addressees) or m.type
    where = summary.get("label") or summary.get("symbol") or summary.get("id")
    ev = Event()
    # a stable UID: the same mandate's due gives the same event on every download
    key = f"{summary.get('id')}|{m.paragraph}|{m.verb}|{m.action}" + (f"|{i}" if i else "")
    ev.add("uid", hashlib.sha1(key.encode()).hexdigest() + "@clausewise")
    ev.add("dtstamp", stamp)
    ev.add("dtstart", day)
    ev.add("dtend", span(due, day))
    ev.add("summary", f"{who}: {m.action}"[:200])
    if due.session:
        session = f"{due.body} session {due.session}"
    else:
        session = f"{due.body} {due.year_from}".strip()
    period = f" ({due.date_from or 'by'} to {due.date_to})" if due.date_to else ""
    lines = [f"Due at the {session}{period}{note}.", f"Source: {where}, {m.paragraph}."]
    if m.report_to:
        lines.append(f"Report to: {m.report_to}.")
    lines.append(m.text)
    ev.add("description", "\n".join(lines))
    ev.add("url", f"{base_url.rstrip('/')}/documents/{summary.get('id')}#{m.paragraph}")
    if due.body:
        ev.add("categories", [due.body])
    return ev
