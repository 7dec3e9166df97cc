from __future__ import annotations

import pytest

from clausewise.lexicon import match_lead


@pytest.mark.parametrize(
    "text, lead, kind",
    [
        ("Recalling further the World Conference", "Recalling further", "preambular"),
        ("Deeply concerned that", "Deeply concerned", "preambular"),
        ("Bearing in mind that", "Bearing in mind", "preambular"),
        ("Guided by the Charter", "Guided by", "preambular"),
        ("Having considered the report", "Having considered", "preambular"),
        ("Noting also with deep concern the", "Noting also with deep concern", "preambular"),
        ("Takes note of the report", "Takes note", "operative"),
        ("Takes note with appreciation of the report", "Takes note with appreciation", "operative"),
        ("Calls upon Member States", "Calls upon", "operative"),
        ("Also emphasizes the need", "Also emphasizes", "operative"),
        ("Further emphasizes the role", "Further emphasizes", "operative"),
        ("Once again calls upon", "Once again calls upon", "operative"),
        ("Decides, to that end,", "Decides", "operative"),
        ("Reaffirm our commitment", "Reaffirm", "base"),
        ("We reaffirm our commitment", "We reaffirm", "base"),
    ],
)
def test_leads(text, lead, kind):
    m = match_lead(text)
    assert m is not None and (m.text, m.kind) == (lead, kind)


@pytest.mark.parametrize(
    "text", ["The General Assembly,", "Member States should", "24 April 2009", ""]
)
def test_not_leads(text):
    assert match_lead(text) is None


def test_lemma():
    assert match_lead("Having considered the report").lemma == "consider"
    assert match_lead("Further requests the Secretary-General").lemma == "request"


def test_express_takes_its_object_into_the_lead():
    # A/RES/73/6, operative 9: "*Expresses its conviction* that ..." (italic in the PDF)
    assert (
        match_lead("Expresses its conviction that outer space").text == "Expresses its conviction"
    )
    assert match_lead("Expressing deep concern at the").text == "Expressing deep concern"
    assert match_lead("Expresses the hope that").text == "Expresses"


def test_no_complement_starts_another():
    # _complement looks phrases up by length, which is right only while no complement of a
    # verb is the start of another of its complements
    from clausewise.lexicon import _COMPLEMENTS

    for lemma, phrases in _COMPLEMENTS.items():
        for a in phrases:
            for b in phrases:
                assert a == b or b[: len(a)] != a, (lemma, a, b)


def test_trailing_marker_seen_only_at_the_end():
    from clausewise.structure.lines import ends_terminal

    assert ends_terminal("the Universal Declaration of Human Rights,109")
    assert not ends_terminal("version 2.15 of the text, and 10 more")
    assert not ends_terminal("in 2015.10")
