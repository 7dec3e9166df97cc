from __future__ import annotations

from clausewise.compare.words import diff_words, new_text, old_text


def test_one_inserted_word(seed000, seed001):
    old, new = seed000.preamble[11].text, seed001.preamble[11].text
    d = diff_words(old, new)
    assert [op for op, _ in d] == ["=", "+", "="]
    assert d[1] == ("+", "also ")
    assert new_text(d) == new and old_text(d) == old


def test_changes_read_as_phrases_not_scattered_words():
    d = diff_words(
        "for further progress in the promotion", "for more rapid progress in the promotion"
    )
    assert d == [
        ("=", "for "),
        ("-", "further "),
        ("+", "more rapid "),
        ("=", "progress in the promotion"),
    ]
    d = diff_words(
        "calls upon all States to act now", "urges all Member States to consider acting now"
    )
    changes = [seg for seg in d if seg[0] != "="]
    assert len(changes) <= 4  # "all" between two edits is absorbed into one phrase


def test_typographic_quotes_and_dashes_are_not_edits():
    d = diff_words(
        "entitled “Transforming our world” – the Agenda",
        'entitled "Transforming our world" - the Agenda',
    )
    assert [op for op, _ in d] == ["="]


def test_identical_and_empty():
    assert diff_words("same text", "same text") == [("=", "same text")]
    assert diff_words("", "new words") == [("+", "new words")]
    assert diff_words("old words", "") == [("-", "old words")]
