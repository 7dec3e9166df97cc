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


def test_exact_diff_rebuilds_both_texts_and_reads_as_phrases():
    from clausewise.compare.words import diff_exact

    old, new = "12/19 of 2 October 2009 and 15/19 of 30", "12/19 of 2 October 2009, 15/19 of 30"
    d = diff_exact(old, new)
    assert new_text(d) == new and old_text(d) == old  # no "2009and" on the old side
    d = diff_exact("its resolution 65/214 of 2010", "its resolution 67/164 of 2010")
    assert [s for s in d if s[0] != "="] == [("-", "65/214 "), ("+", "67/164 ")]


def test_footnote_numbers_left_as_digits_are_not_edits():
    from clausewise.compare.words import diff_exact

    old = "human rights, adopted by the Council in its resolution 21/11, as a tool"
    new = "human rights,15 adopted by the Council in its resolution 21/11,14 as a tool"
    assert diff_exact(old, new, spacing=False) == [("=", new)]
    assert diff_exact(old, new) != [("=", new)]  # Word's exact form still tracks them
    # a real number is an edit: thousands and decimals are not footnote markers
    assert diff_exact("costs 1,000 in all", "costs 1,500 in all", spacing=False) != [
        ("=", "costs 1,500 in all")
    ]
    assert diff_exact("a rate of 3.5 per cent", "a rate of 3.6 per cent", spacing=False)[1] == (
        "-",
        "3.5 ",
    )
