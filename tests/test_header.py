from __future__ import annotations

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
