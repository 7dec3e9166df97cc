from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clausewise import lexicon as L
from clausewise.lexicon import grammar_lead, match_lead


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


# The token shortcut of match_lead must give the grammar's answer, whatever follows the
# first word. Openings are drawn slot by slot from the lexicon's own sets ([we] adverbs
# head [complement] post-adverbs [with modifiers noun], then any words), a slot sometimes
# dropped or repeated for near misses, in any case, with punctuation and odd spacing.
def _sorted(words) -> list[str]:
    return sorted(set(words))


_HEADS = _sorted(L._HEADS)
_PRE = _sorted(L._PRE)
_PHRASES = sorted({p for ps in L._COMPLEMENTS.values() for p in ps})
_POST = _sorted([*L._POST_ADVERBS, "again", "with"])
_NOISE = ["the", "Secretary-General", "all", "withdrawn", "ongoing", "furthering", "against",
          "its", "of", "to", "“the", "(a)", "mind,", *sorted(L._HAVING)]  # fmt: skip


@st.composite
def _openings(draw) -> str:
    slots: list[list[str]] = [
        ["we"] if draw(st.booleans()) else [],
        draw(st.lists(st.sampled_from(_PRE), max_size=2)),
        [draw(st.sampled_from(_HEADS + ["having", "noting", "takes", "calls", "expresses"]))],
        list(draw(st.sampled_from(_PHRASES))) if draw(st.booleans()) else [],
        draw(st.lists(st.sampled_from(_POST), max_size=2)),
        (
            ["with", *draw(st.lists(st.sampled_from(_sorted(L._WITH_MODIFIERS)), max_size=2)),
             draw(st.sampled_from(_sorted(L._WITH_NOUNS)))]
            if draw(st.booleans()) else []
        ),
        draw(st.lists(st.sampled_from(_NOISE), max_size=3)),
    ]  # fmt: skip
    k = draw(st.integers(0, len(slots) + 2))
    if k < len(slots):
        slots[k] = draw(st.sampled_from([[], slots[k] * 2]))
    words = [w for slot in slots for w in slot]
    case = draw(st.sampled_from(["first", "lower", "title", "upper"]))
    if case == "first":
        words[:1] = [w[:1].upper() + w[1:] for w in words[:1]]
    elif case != "lower":
        words = [getattr(w, case)() for w in words]
    seps = draw(st.lists(st.sampled_from([" "] * 6 + ["  ", ", ", "; ", "\t", ":"]),
                         min_size=len(words), max_size=len(words)))  # fmt: skip
    opening = draw(st.sampled_from(["", "", "“", "(", " "]))
    return opening + "".join(w + sep for w, sep in zip(words, seps, strict=True))


@settings(max_examples=4000, deadline=None)
@given(_openings())
def test_token_shortcut_gives_the_grammars_answer(text):
    assert match_lead(text) == grammar_lead(text)
    assert match_lead(text) == grammar_lead(text)  # again, now from the remembered token
