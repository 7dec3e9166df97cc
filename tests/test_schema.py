"""The JSON form: valid against the schema in the repository, and it round-trips."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from clausewise import parse_text
from clausewise.model import document_from_json, to_json


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(
        resources.files("clausewise").joinpath("schema/document.schema.json").read_text()
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_seeds_validate_and_round_trip(validator, seed000, seed001, seed004):
    for d in (seed000, seed001, seed004):
        data = to_json(d)
        validator.validate(data)
        assert document_from_json(json.loads(json.dumps(data))) == d


def test_schema_rejects_a_broken_record(validator, seed001):
    data = to_json(seed001)
    data["status"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


@pytest.mark.corpus
def test_corpus_sample_validates(validator, corpus_docs):
    for f, sym, text in corpus_docs[::10]:
        d = parse_text(text, f, sym, strict=False)
        data = to_json(d)
        validator.validate(data)
        assert document_from_json(data) == d
