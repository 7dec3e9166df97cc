"""The text reader: markdown artefacts, markers, page breaks, footnote blocks, line mode."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clausewise import parse_text
from clausewise.ingest.blocks import Block, Run, plain_block
from clausewise.ingest.text import parse_inline, read_text


def runs(s):
    return [(r.text, r.italic, r.bold, r.sup) for r in parse_inline(s)]


def test_italic_lead_and_plain_text():
    assert runs("1. *Reaffirms* that") == [
        ("1. ", False, False, False),
        ("Reaffirms", True, False, False),
        (" that", False, False, False),
    ]
    assert runs("no markup at all") == [("no markup at all", False, False, False)]


def test_markers_in_every_spelling():
    # unpaired star glued to a word, escaped star, <sup>, unicode superscripts
    assert ("*", False, False, True) in runs("China and Cuba*: draft resolution")
    assert ("*", False, False, True) in runs("Belarus,\\* Burundi")
    assert ("1", False, False, True) in runs("human rights;<sup>1</sup>")
    assert ("*", False, False, True) in runs("<sup>\\*</sup> State not a member")
    assert ("10", False, False, True) in runs("Action,¹⁰ and")


def test_bold_heading_and_escapes():
    assert runs("**Human Rights Council**") == [("Human Rights Council", False, True, False)]
    assert runs("1\\. Decides") == [("1. Decides", False, False, False)]


def test_footnote_blocks_leave_the_flow_and_mark_a_page_break():
    text = (
        "The General Assembly,\n\nRecalling the Durban Review Conference, held in Geneva from 20 to\n\n"
        "¹ Resolution 66/3.\n\n\n\n24 April 2009, and its outcome,¹\n\n1. *Decides* to act.\n"
    )
    src = read_text(text)
    assert [f.marker for f in src.footnotes] == ["1"]
    assert src.blocks[2].page_break
    doc = parse_text(text)
    assert len(doc.preamble) == 1
    assert doc.preamble[0].text == (
        "Recalling the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and its outcome,"
    )
    assert doc.footnotes[0].paragraph == "preamble__container_1"


def test_split_after_comma_is_joined_when_the_rest_is_lowercase():
    text = (
        "The General Assembly,\n\nReaffirming the Vienna Declaration and Programme of Action,¹\n\n"
        "¹ A/CONF.157/24 (Part I), chap. III.\n\n\n\nfor enhancing genuine cooperation,\n\n"
        "1. *Decides* to act.\n"
    )
    doc = parse_text(text)
    assert len(doc.preamble) == 1
    assert doc.preamble[0].text.endswith("Programme of Action, for enhancing genuine cooperation,")


def test_clean_text_with_tabs_and_plain_digit_markers():
    text = (
        "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,1\n\n"
        "1.\tWelcomes the report of the G20 on resolution 70/1;2\n\n"
        "2.\tRequests the Secretary-General:\n\n(a)\tTo report;\n\n(b)\tTo consult;\n\n"
        "(i)\tStates;\n\n(ii)\tOrganizations;\n\n(c)\tTo act.\n"
    )
    doc = parse_text(text)
    p1 = doc.operative[0]
    assert p1.text == "Welcomes the report of the G20 on resolution 70/1;"
    assert [r.marker for r in p1.footnotes] == ["2"]
    assert doc.preamble[0].footnotes[0].marker == "1"
    p2 = doc.operative[1]
    assert [i.num for i in p2.items] == ["a", "b", "c"]
    assert [i.num for i in p2.items[1].items] == ["i", "ii"]
    assert p2.items[1].items[1].eid == "para_2__list_1__point_b__list_1__point_ii"


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral():
    items = "".join(f"({c})\tItem {c};\n\n" for c in "abcdefghij")
    doc = parse_text("The General Assembly,\n\n1.\tDecides:\n\n" + items)
    assert [i.num for i in doc.operative[0].items] == list("abcdefghij")


def test_line_mode_for_word_exports():
    text = "The General Assembly,\nRecalling its resolutions,\nNoting the report,\n1.\tDecides to act;\n2.\tRequests a report.\n"
    doc = parse_text(text)
    assert len(doc.preamble) == 2 and len(doc.operative) == 2


def test_sections_with_roman_headings():
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\nI\n\nGeneral\n\n1.\tDecides to act;\n\n"
        "II.\tFollow-up\n\n2.\tRequests a report.\n"
    )
    doc = parse_text(text)
    assert [(s.num, s.heading) for s in doc.sections] == [("I", "General"), ("II", "Follow-up")]
    assert doc.operative[1].section == "sec_II"


def test_annex_is_kept_with_its_paragraphs():
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\n1.\tAdopts the declaration annexed;\n\n"
        "73rd plenary meeting\n10 October 2018\n\nAnnex\n\nPolitical declaration of the high-level meeting\n\n"
        "We, Heads of State and Government, assembled at United Nations Headquarters on 10 October 2018,\n\n"
        "1.\tReaffirm our commitment;\n\n2.\tCommit to act.\n"
    )
    doc = parse_text(text)
    assert doc.meeting == "73rd plenary meeting"
    assert doc.dates.adopted == "2018-10-10"
    assert len(doc.operative) == 1
    (annex,) = doc.annexes
    assert annex.title == "Political declaration of the high-level meeting"
    assert annex.formula.startswith("We, Heads of State")
    assert [(p.num, p.lead) for p in annex.paragraphs] == [("1", "Reaffirm"), ("2", "Commit")]
    assert annex.paragraphs[0].eid == "annex_1__para_1"


def test_security_council_header():
    text = (
        "Resolution 2417 (2018)\n\nAdopted by the Security Council at its 8267th meeting, on 24 May 2018\n\n"
        "The Security Council,\n\nRecalling its resolutions,\n\nActing under Chapter VII of the Charter,\n\n"
        "1.\tDecides to remain seized of the matter.\n"
    )
    doc = parse_text(text)
    assert (doc.body, doc.number, doc.symbol) == ("SC", "2417 (2018)", "S/RES/2417(2018)")
    assert doc.dates.adopted == "2018-05-24"
    assert doc.meeting == "8267th meeting"
    assert doc.preamble[1].lead == "Acting under"


def test_bullet_items_get_ordinal_eids():
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\n"
        "1.\tDecides on the following areas:\n\n•\tWater;\n\n•\tSanitation.\n"
    )
    (p,) = parse_text(text).operative
    assert [i.num for i in p.items] == ["•", "•"]
    assert [i.eid for i in p.items] == ["para_1__list_1__point_1", "para_1__list_1__point_2"]


def test_annex_list_introduction_is_a_paragraph_not_the_title():
    # S/RES/2734 (2024), annex I: the introduction ends with a colon and its list follows
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1.\tDecides to act.\n\n"
        "Annex I\n\nIn accordance with paragraph 98 of this resolution, the Monitoring Team "
        "shall have the following mandates and responsibilities:\n\n(a)\tTo submit reports:\n\n"
        "(i)\tthe threat;\n\n(ii)\tthe impact;\n\n(b)\tTo assist the Ombudsperson.\n"
    )
    (annex,) = parse_text(text).annexes
    assert annex.title is None
    (p,) = annex.paragraphs
    assert p.text.startswith("In accordance with paragraph 98")
    assert [i.num for i in p.items] == ["a", "b"]
    assert [i.num for i in p.items[0].items] == ["i", "ii"]


def test_long_section_heading_before_a_preamble():
    # A/RES/69/262: a section's heading runs to 190 characters; its preamble follows
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\n1.\tDecides to act;\n\n"
        "Progress in the construction of additional office facilities at\nthe Economic "
        "Commission for Africa in Addis Ababa and\nproposals for the renovation of conference "
        "facilities,\nincluding Africa Hall\n\n"
        "Recalling its resolution 56/270 of 27 March 2002,\n\n"
        "Having considered the report of the Secretary-General,\n\n2.\tTakes note of the report.\n"
    )
    doc = parse_text(text)
    assert doc.sections[0].heading.endswith("including Africa Hall")
    assert [p.lead for p in doc.preamble] == ["Recalling", "Recalling", "Having considered"]
    assert [p.num for p in doc.operative] == ["1", "2"]


def test_footnote_number_after_final_comma_ends_the_paragraph():
    # A/RES/34/169: old texts number footnotes across the volume ("Human Rights,109")
    text = (
        "The General Assembly,\n\nRecalling the Universal Declaration of Human Rights108 and "
        "the International Covenants on Human Rights,109\n\nRecalling also the Declaration "
        "on the Protection of All Persons,\n\n1.\tAdopts the Code.\n"
    )
    doc = parse_text(text)
    assert [p.lead for p in doc.preamble] == ["Recalling", "Recalling also"]


def test_annex_heading_with_its_title_on_the_same_line():
    # S/RES/2713 (2023): "Annex A – Items subject to a no-objection process"
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1.\tDecides to remain actively seized of the matter.\n\n"
        "Annex A – Items subject to a no-objection process\n\n1.\tExplosive-related goods.\n"
    )
    doc = parse_text(text)
    assert doc.operative[-1].text == "Decides to remain actively seized of the matter."
    (annex,) = doc.annexes
    assert (annex.num, annex.heading) == ("A", "Annex A")
    assert annex.title == "Items subject to a no-objection process"


def test_decimal_digits_are_not_footnote_markers():
    # S/RES/2502 (2019): "5.01 million" is a number, not "5." with marker 1 ("01")
    text = (
        "The Security Council,\n\nExpressing concern for the 5.01 million displaced persons "
        "in the DRC,\n\n1.\tDecides to remain seized of the matter.\n"
    )
    doc = parse_text(text)
    assert "5.01 million" in doc.preamble[0].text
    assert doc.preamble[0].footnotes == ()


def test_a_decimal_before_a_word_is_not_a_marker(corpus_docs):
    # A/HRC/RES/50/3: "1.1 million Rohingya", where note 1 is due (the clean-text reader
    # took the last "1" for the marker and left "1. million")
    text = next(t for f, _, t in corpus_docs if f == "A_HRC_RES_50_3")
    doc = parse_text(text)
    assert any("of 1.1 million Rohingya" in p.text for p in doc.preamble)


def test_article_heading_opens_a_section_before_unnumbered_text():
    # A/HRC/RES/16/1, annex: "Article 4" is followed by a paragraph with no number
    text = (
        "The Human Rights Council,\n\nRecalling its resolutions,\n\n1.\tAdopts the declaration.\n\n"
        "Annex\n\nArticle 3\n\n1.\tEducation is a lifelong process.\n\n"
        "Article 4\n\nHuman rights education should be based on the principles of the "
        "Universal Declaration, with a view to:\n\n(a)\tRaising awareness.\n"
    )
    (annex,) = parse_text(text).annexes
    assert [s.heading for s in annex.sections] == ["Article 3", "Article 4"]
    last = annex.paragraphs[-1]
    assert last.text.startswith("Human rights education") and last.section == annex.sections[1].eid


def test_plain_block_is_the_block_the_dataclass_makes():
    for args in (("text",), ("", True), ("x", False, True)):
        made = plain_block(*args)
        want = Block((Run(args[0]),), page_break=args[1:2] == (True,), heading=args[2:] == (True,))
        assert made == want and hash(made) == hash(want)
        assert type(made) is Block and type(made.runs[0]) is Run
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.runs[0].text = "changed"


def test_clean_text_read_as_the_regex_chunks_it():
    # str.split("\n\n") is taken only where it finds the regex's chunks: a line of blanks
    # (spaces, tabs, no-break spaces) or an empty chunk makes a page break instead.
    for blank in ("", " ", "\t", "\u00a0", " \u00a0\t"):
        src = read_text(f"First.\n\n{blank}\n\nSecond.\n")
        assert [b.page_break for b in src.blocks] == [False, True]
    src = read_text("First.\n\n\u2003\n\nSecond.\n")  # not a blank of _CHUNKS: no break
    assert [b.page_break for b in src.blocks] == [False, False]


# _find_marker is the regex it replaced, written as a substring search and a look at the
# neighbours: checked against that regex on texts made of what matters around a marker.
def _marker_regex(key: str) -> re.Pattern:
    # (after a digit and a full stop, a sentence must not go on: "4.5 million" is a decimal)
    return re.compile(
        f"{key}(?:(?<=[a-z,;:.”’)\\]]{key})(?<!\\d\\.{key})(?![^,;:.)”’\\s])"
        f"|(?<=\\d\\.{key})(?![^,;:.)”’\\s])(?! [a-z])"
        f"|/(?<=\\s{key}/)(?![^,;:.)\\s]))"
    )


_AROUND = [
    "",
    "1",
    "2",
    "12",
    "/",
    " ",
    "\u00a0",
    "a",
    "Z",
    ",",
    ";",
    ")",
    "]",
    "”",
    "’",
    "(",
    "-",
    ".",
]


@st.composite
def _marker_neighbourhoods(draw) -> tuple[str, str]:
    """A key, and a text holding it amid noise: what precedes it, two characters after."""
    key = draw(st.sampled_from(["1", "2", "12"]))
    noise = st.lists(st.sampled_from(_AROUND), max_size=4).map("".join)
    text = "".join(
        [
            draw(noise),
            draw(st.sampled_from(["", " ", "\u00a0", "a", "Z", ",", "]", "1", "("])),
            key,
            draw(st.sampled_from(["", "/", ",", "”", " ", "1", "a"])),
            draw(st.sampled_from(["", ",", "”", " ", "1", "a", ")"])),
            draw(noise),
        ]
    )
    return text, key


@settings(max_examples=3000, deadline=None)
@given(_marker_neighbourhoods(), st.integers(0, 6))
def test_find_marker_is_the_marker_regex(case, pos):
    from clausewise.ingest.text import _find_marker

    text, key = case
    m = _marker_regex(key).search(text, pos)
    assert _find_marker(text, key, pos) == (m.span() if m else None)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n", "a", " ", "bc", "\t"]), max_size=14).map("".join))
def test_split_blank_is_str_split_at_blank_lines(text):
    from clausewise.ingest.text import split_blank

    assert split_blank(text.split("\n")) == text.split("\n\n")


def test_the_text_reader_leaves_no_control_character():
    # Source.no_controls is the reader's promise: every ASCII control but tab and newline
    # is dropped or made a line break, whatever the text held
    controls = "".join(chr(c) for c in [*range(0x20), 0x7F] if chr(c) not in "\t\n")
    # (each between letters, so that no strip at a line's end can hide it)
    src = read_text(f"The General Assembly,\n\nRecalling x{'x'.join(controls)}x its 70/1,\n")
    assert src.no_controls
    for block in src.blocks:
        for run in block.runs:
            assert not any(c in run.text for c in controls), run.text


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from([" ", "  ", "\t", "\n", "a", "bc", "’", "\u00a0", "\u2002"]), max_size=10
    ).map("".join)
)
def test_squash_without_controls_is_split_and_join(text):
    from clausewise.structure.lines import _squash

    assert _squash(text, True) == _squash(text) == " ".join(text.split())
