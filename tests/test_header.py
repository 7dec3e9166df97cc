from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clausewise.structure.header import split_sponsors


def names(s):
    return [n for n, _ in split_sponsors(s)]


def test_split_keeps_states_with_and_in_their_names():
    assert names("Trinidad and Tobago and Yemen") == ["Trinidad and Tobago", "Yemen"]
    assert names(
        "Antigua and Barbuda, Bosnia and Herzegovina and Saint Vincent and the Grenadines"
    ) == [
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Saint Vincent and the Grenadines",
    ]
    assert names("China and Cuba") == ["China", "Cuba"]


def test_markers_stay_with_their_state():
    got = split_sponsors(
        "Belarus,\x01*\x02 Pakistan, Venezuela (Bolivarian Republic of) and Yemen\x01*\x02"
    )
    assert got == [
        ("Belarus", "*"),
        ("Pakistan", None),
        ("Venezuela (Bolivarian Republic of)", None),
        ("Yemen", "*"),
    ]


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Seventy-second", "seventy second", "43rd", "forty", "first", "special",
             "emergency", "session", "Session", "SESSION", "sessions", "of", "the",
             "Human Rights Council", "—", "résumé", "one", "hundredth", "x", "2020"]
        ),
        max_size=10,
    ).map(" ".join)
)  # fmt: skip
def test_session_found_as_the_whole_line_search_finds_it(line):
    from clausewise.structure.header import _SESSION, _session

    want = _SESSION.search(line)
    got = _session(line, line.casefold())
    assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))
