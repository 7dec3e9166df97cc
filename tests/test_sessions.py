"""The session calendar: real dates of GA, HRC and ECOSOC sessions, checked against the
adoption dates printed in the corpus (every resolution is adopted while its session sits)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from clausewise import parse_text
from clausewise.enrich.sessions import session, session_years, sitting, sources


def test_ga_sessions_run_from_opening_to_the_next_opening():
    s = session("GA", 73)
    assert (s.opens, s.closes, s.exact) == (date(2018, 9, 18), date(2019, 9, 17), True)
    # since 2023 the Tuesday of the second week (78th: 5 September 2023)
    assert session("GA", 78).opens == date(2023, 9, 5)
    assert session("GA", 79).opens == date(2024, 9, 10)
    assert session("GA", 56).opens == date(2001, 9, 12)  # a day late, after 11 September
    # an old session is known by its month only, and says so
    old = session("GA", 30)
    assert (old.opens, old.exact) == (date(1975, 9, 1), False)


def test_hrc_sessions_three_a_year_with_their_days():
    assert (session("HRC", 46).opens, session("HRC", 46).closes) == (
        date(2021, 2, 22),
        date(2021, 3, 24),
    )
    assert session("HRC", 49).closes == date(2022, 4, 1)
    # the forty-third was suspended in March 2020 and resumed in June: the row spans both
    assert session("HRC", 43).opens == date(2020, 2, 24)
    assert session("HRC", 43).closes >= date(2020, 6, 22)
    years = {}
    for n in range(7, 61):
        years.setdefault(session("HRC", n).opens.year, []).append(n)
    assert all(len(v) == 3 for v in years.values())
    assert not session("HRC", 64).exact  # projected: months only


def test_ecosoc_sessions_are_named_by_year_and_run_july_to_july():
    s = session("ECOSOC", 2025)
    assert (s.opens, s.closes) == (date(2024, 7, 1), date(2025, 7, 31))
    assert session("ECOSOC", 2010).opens == date(2010, 1, 1)  # before the July cycle


def test_session_years_and_sitting():
    assert session_years("GA", 73) == (2018, 2019)
    assert session_years("HRC", 58) == (2025, 2025)
    assert session_years("HRC", 999) == (None, None)
    assert session_years("SC", 5) == (None, None)
    assert [s.number for s in sitting("HRC", date(2021, 3, 1))] == [46]
    assert sitting("HRC", date(2021, 5, 1)) == []


def test_every_table_names_its_sources():
    for body, lines in sources().items():
        assert any("Source" in ln or "rule 1" in ln for ln in lines), body


def _session_of(name: str) -> tuple[str, int] | None:
    for pat, body in (
        (r"A_RES_(\d+)_\d+(?:_[A-Z-]+)?", "GA"),
        (r"A_HRC_RES_(\d+)_\d+", "HRC"),
        (r"E_RES_(\d{4})_\d+", "ECOSOC"),
    ):
        m = re.fullmatch(pat, name)
        if m:
            return body, int(m.group(1))
    return None


@pytest.mark.corpus
def test_every_resolution_in_the_corpus_is_adopted_inside_its_session(corpus_docs):
    """The adoption date printed at the foot of each resolution falls inside the calendar's
    range for the session its symbol names (GA 1,500 or so, HRC 480, ECOSOC 120)."""
    checked, outside = 0, []
    for name, symbol, text in corpus_docs:
        which = _session_of(name)
        if which is None:
            continue
        doc = parse_text(text, name, symbol, strict=False)
        if not doc.dates.adopted:
            continue
        s = session(*which)
        assert s is not None, name
        day = date.fromisoformat(doc.dates.adopted)
        checked += 1
        if not s.opens <= day <= s.closes:
            outside.append((name, day, s.opens, s.closes))
    assert checked > 2000
    assert outside == []
