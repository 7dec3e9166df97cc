"""Document.language: what the readers say a text is written in, kept in the JSON form."""

from __future__ import annotations

import json

from clausewise import parse_text
from clausewise.model import document_from_json, to_json


def test_the_text_reader_knows_an_english_resolution_by_its_formula(seed001, seed004):
    assert seed001.language == "en" and seed004.language == "en"


def test_a_text_without_a_formula_has_no_language_said():
    doc = parse_text(
        "Recalling its resolution 70/1,\n\nRecalling also its resolution 71/2,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert doc.language is None


def test_language_is_in_the_json_form_and_reads_back(seed001):
    data = json.loads(json.dumps(to_json(seed001)))
    assert data["language"] == "en"
    assert document_from_json(data) == seed001
    del data["language"]  # a record written before the field existed
    assert document_from_json(data).language is None
