"""Amendments are documents too: A/C.2/80/L.62 and L.63 (../shared/pdf/mandate-pipeline/)
read as status "amendment" with the draft they amend and their instructions, and the
instruction grammar on the wordings the UN uses (the GA plenary's, quoted in issue 19, and
the Fifth Committee's programme changes in A/RES/56/253, from the corpus)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from clausewise import parse_file
from clausewise.ingest.corpus import iter_jsonl
from clausewise.model import Instruction, Sponsor, document_from_json, to_json
from clausewise.structure.amendment import read_instruction, read_instructions

EU = "On behalf of the States Members of the United Nations that are members of the European Union."


@pytest.fixture(scope="module")
def pipeline(pdf_dir):
    folder = pdf_dir / "mandate-pipeline"
    if not folder.exists():
        pytest.skip(f"{folder} not found (set CLAUSEWISE_SHARED)")
    return folder


@pytest.fixture(scope="module")
def l62(pipeline):
    return parse_file(pipeline / "A_C.2_80_L.62.pdf")


@pytest.fixture(scope="module")
def l63(pipeline):
    return parse_file(pipeline / "A_C.2_80_L.63.pdf")


def _delete(part: str, num: str, eid: str, text: str) -> Instruction:
    return Instruction("delete", part, num, eid, None, None, None, None, text)


@pytest.mark.pdfs
def test_l62_is_an_amendment_to_l13_rev1(l62):
    d = l62
    assert (d.status, d.symbol, d.amends) == ("amendment", "A/C.2/80/L.62", "A/C.2/80/L.13/Rev.1")
    assert (d.body, d.session, d.committee, d.agenda_items) == (
        "GA",
        80,
        "Second Committee",
        ("16 (a)",),
    )
    assert (d.distribution, d.dates.issued) == ("Limited", "2025-11-24")
    assert d.title == "International trade and development"
    assert d.sponsors == (Sponsor("Denmark", "*", EU),)
    assert [(f.marker, f.paragraph) for f in d.footnotes] == [("*", "header")]
    assert d.warnings == ()


@pytest.mark.pdfs
def test_l62_instructions_paragraph_by_paragraph(l62):
    text = "Delete the twenty-first preambular paragraph and operative paragraphs 35, 38 and 39."
    assert [p.text for p in l62.paragraphs] == [text]
    assert l62.instructions == (
        _delete("preamble", "21", "preamble__container_21", text),
        _delete("operative", "35", "para_35", text),
        _delete("operative", "38", "para_38", text),
        _delete("operative", "39", "para_39", text),
    )


@pytest.mark.pdfs
def test_l63_instructions(l63):
    text = "Delete operative paragraphs 3, 43 and 45."
    assert (l63.status, l63.amends, l63.title) == (
        "amendment",
        "A/C.2/80/L.12/Rev.1",
        "External debt sustainability and development",
    )
    assert l63.sponsors == (Sponsor("Denmark", "*", EU),)
    assert l63.instructions == tuple(
        _delete("operative", n, f"para_{n}", text) for n in ("3", "43", "45")
    )


@pytest.mark.pdfs
def test_instruction_eids_name_paragraphs_of_the_drafts(pipeline, l62, l63):
    # The revised drafts (L.13/Rev.1, L.12/Rev.1) are not in the shared set; the originals
    # are, and have every paragraph the amendments name, under the eids given
    for amendment, draft in ((l62, "A_C.2_80_L.13.pdf"), (l63, "A_C.2_80_L.12.pdf")):
        d = parse_file(pipeline / draft)
        assert all(d.paragraph(i.eid) is not None for i in amendment.instructions)


@pytest.mark.pdfs
def test_amendment_json_validates_and_round_trips(l62):
    schema = json.loads(
        resources.files("clausewise").joinpath("schema/document.schema.json").read_text()
    )
    data = to_json(l62)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["status"] == "amendment" and data["instructions"][0]["action"] == "delete"
    assert document_from_json(json.loads(json.dumps(data))) == l62


# -- the grammar, on the GA plenary's wordings (issue 19 quotes A/80/L.19 and A/80/L.31) ------


def test_delete_a_preambular_paragraph_reading():
    text = "Delete the thirty-eighth preambular paragraph reading: “Recalling also ...,”"
    assert read_instruction(text) == [
        Instruction(
            "delete", "preamble", "38", "preamble__container_38", None, None,
            "Recalling also ...,", None, text,
        )
    ]  # fmt: skip


def test_insert_words_after_words_in_an_operative_paragraph():
    text = (
        "In operative paragraph 68, after “including sexual and reproductive health”, "
        "insert “, as appropriate”"
    )
    assert read_instruction(text) == [
        Instruction(
            "insert", "operative", "68", "para_68", "after",
            "including sexual and reproductive health", None, ", as appropriate", text,
        )
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Replace operative paragraph 5 with the following: “Decides to remain seized;”",
            ("replace", "operative", "5", "para_5", None, None, None, "Decides to remain seized;"),
        ),
        (
            "After the fifth preambular paragraph, insert the following new paragraph: "
            "“Noting the report,”",
            ("add", "preamble", "5", "preamble__container_5", "after", None, None, "Noting the report,"),
        ),
        (
            "Add a new operative paragraph after operative paragraph 12, reading: “Invites ...;”",
            ("add", "operative", "12", "para_12", "after", None, None, "Invites ...;"),
        ),
        (
            "Insert a new operative paragraph 3 bis reading: “Urges ...;”",
            ("add", "operative", "3", "para_3", "after", None, None, "Urges ...;"),
        ),
        (
            "In operative paragraph 2, delete the words “and all its forms”",
            ("delete", "operative", "2", "para_2", None, None, "and all its forms", None),
        ),
        (
            "In the title, replace “combating” with “countering”",
            ("replace", "title", None, None, None, None, "combating", "countering"),
        ),
        (
            "At the end of operative paragraph 7, add “, in accordance with national legislation”",
            ("insert", "operative", "7", "para_7", "end", None, None, ", in accordance with national legislation"),
        ),
        (
            "In subparagraph (d) of operative paragraph 16, replace “shall” by “should”",
            ("replace", "operative", "16", "para_16__list_1__point_d", None, None, "shall", "should"),
        ),
    ],
)  # fmt: skip
def test_ga_amendment_wordings(text, expected):
    # the GA's standard forms, as its amendments word them; the quoted words are examples
    (got,) = read_instruction(text, default_part="operative")
    assert (got.action, got.part, got.paragraph, got.eid, got.position, got.anchor) == expected[:6]
    assert (got.old, got.new, got.text) == (*expected[6:], text)


def test_quoted_paragraphs_that_follow_belong_to_the_instruction():
    # the UN opens each quoted paragraph and closes only the last
    found, unread = read_instructions(
        [
            "1. Replace operative paragraph 4 with the following:",
            "“Requests the Secretary-General:",
            "“(a) To report;”",
            "2. Delete operative paragraph 9.",
        ]
    )
    assert unread == ()
    assert [(i.action, i.eid, i.new) for i in found] == [
        ("replace", "para_4", "Requests the Secretary-General:\n(a) To report;"),
        ("delete", "para_9", None),
    ]


def test_an_unknown_wording_is_reported_not_guessed():
    found, unread = read_instructions(["Reletter paragraph (c) as (d)."])
    assert found == ()
    assert unread == ("amendment: instruction not understood: Reletter paragraph (c) as (d).",)


# -- the Fifth Committee's wordings, on A/RES/56/253 as the corpus has it --------------------


@pytest.fixture(scope="module")
def res56_253(corpus_path):
    doc = next(d for d in iter_jsonl(corpus_path) if d["file"] == "A_RES_56_253")
    texts = [
        " ".join(((b.get("prefix") or "") + " " + (b.get("text") or "")).split())
        for b in doc["blocks"]
    ]
    start = next(i for i, t in enumerate(texts) if t.startswith("1. In paragraph 2.7,"))
    return [t for t in texts[start:] if t]


@pytest.mark.corpus
def test_programme_changes_of_a_budget_resolution(res56_253):
    found, unread = read_instructions(res56_253, default_part=None)
    # 152 instructions read; 13 wordings left, each reported (a relettering, "in all
    # instances where ...", a place the grammar does not know)
    assert len(found) >= 150 and len(unread) <= 13
    by_text = {i.text: i for i in found}
    i = by_text[
        "In paragraph 2.8, at the end of the fourth sentence, insert “, without prejudice to the mandates of the General Assembly.”"
    ]
    assert (i.action, i.paragraph, i.eid, i.position, i.new) == (
        "insert",
        "2.8",
        None,
        "end",
        ", without prejudice to the mandates of the General Assembly.",
    )
    # "In paragraph 3.26: / (a) Replace “a fair and free” with “an”": the place is the chapeau's
    i = by_text["Replace “a fair and free” with “an”"]
    assert (i.action, i.paragraph, i.old, i.new) == ("replace", "3.26", "a fair and free", "an")
    # two clauses, one place
    both = [i for i in found if i.text.startswith("In paragraph 5.32,")]
    assert [(i.action, i.position, i.anchor, i.old, i.new) for i in both] == [
        (
            "insert",
            "after",
            "required military and civilian police components",
            None,
            "that meet the relevant prerequisites of the peacekeeping missions",
        ),
        ("delete", None, None, "to peacekeeping missions", None),
    ]
    # "between “meeting” and “goals”": after the first
    (i,) = [i for i in found if "between “meeting” and “goals”" in i.text]
    assert (i.action, i.position, i.anchor, i.new) == ("insert", "after", "meeting", "by 2003 the")
