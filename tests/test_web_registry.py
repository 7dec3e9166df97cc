"""The registry through HTTP: /api/registry, /api/registry/{id}, the registry and mandate
pages, and the calendar file's real dates, over a real library holding the seeds."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from clausewise.web import create_app

from .webkit import TOKEN, seeded_library


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("webreg") / "library.sqlite"
    seeded_library(path)
    with TestClient(create_app(path, token=TOKEN)) as c:
        yield c


def test_api_lists_the_registry_with_counts(client):
    j = client.get("/api/registry", params={"on": "2019-01-01"}).json()
    assert j["on"] == "2019-01-01"
    assert j["total"] == len(j["mandates"]) == sum(j["counts"].values())
    op17 = next(m for m in j["mandates"] if m["id"] == "A_RES_72_169:para_17:1")
    assert op17["status"] == "due"
    only = client.get("/api/registry", params={"on": "2019-01-01", "status": "due"}).json()
    assert {m["status"] for m in only["mandates"]} == {"due"}
    assert only["counts"] == j["counts"]  # counts are over the other filters, not the status


def test_api_one_mandate_and_errors(client):
    j = client.get("/api/registry/A_RES_72_169:para_17:1", params={"on": "2020-01-01"}).json()
    assert j["status"] == "overdue" and j["due"][0]["session"] == 73
    assert client.get("/api/registry/A_RES_72_169:para_99:1").status_code == 404
    assert client.get("/api/registry", params={"status": "late"}).status_code == 422
    assert client.get("/api/registry", params={"on": "soon"}).status_code == 422


def test_registry_page_filters_and_counts(client):
    r = client.get("/registry", params={"on": "2019-01-01", "status": "due"})
    assert r.status_code == 200
    assert 'href="/registry/A_RES_72_169:para_17:1"' in r.text
    assert "status=overdue" in r.text  # a link per status


def test_mandate_page_shows_its_life(client):
    r = client.get("/registry/A_RES_72_169:para_17:1", params={"on": "2020-01-01"})
    assert r.status_code == 200
    assert "overdue" in r.text and "GA session 73" in r.text
    assert "2018-09-18" in r.text and "adopted" in r.text
    assert client.get("/registry/nothing:para_1:1").status_code == 404


def test_calendar_events_fall_on_the_sessions_real_days(client):
    cal = Calendar.from_ical(client.get("/mandates.ics").content)
    events = {str(e.get("summary")): e for e in cal.walk("VEVENT")}
    consider = next(e for s, e in events.items() if "continue its consideration" in s)
    assert consider.decoded("dtstart").isoformat() == "2018-09-18"  # GA 73 opened
    meeting = next(e for s, e in events.items() if "two hours" in str(e.get("description")))
    # HRC 46 sat from 22 February to 24 March 2021: the event spans it
    assert meeting.decoded("dtstart").isoformat() == "2021-02-22"
    assert meeting.decoded("dtend").isoformat() == "2021-03-25"


def test_a_due_stored_without_dates_opens_on_the_calendars_day():
    """A mandate stored before the calendar existed: its HRC session's first day comes from
    the session calendar (the file the old lookup read is gone)."""
    from datetime import date

    from clausewise.model import Due
    from clausewise.web import data
    from clausewise.web.ics import opening

    assert opening(Due("HRC", 46, 2021, 2021), data.hrc_opening) == (date(2021, 2, 22), "")
    day, note = opening(Due("HRC", 999, None, None), data.hrc_opening)
    assert "not known" in note
