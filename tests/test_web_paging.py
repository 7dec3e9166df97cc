"""The pure pieces behind paging and queries: page links, prefix and fuzzy words, snippets
cut on word boundaries."""

from __future__ import annotations

import pytest

from clausewise.library.wildcards import Wild, mark, split
from clausewise.web.paging import pager
from clausewise.web.snippet import bounded


def labels(links):
    return [("[" + p.label + "]") if p.current else p.label for p in links]


def test_pager_window_and_gaps():
    url = "/?page={}".format
    assert pager(1, 50, 50, url) == []  # one page: no links
    assert labels(pager(1, 1000, 50, url)) == ["[1]", "2", "3", "…", "20", "Next"]
    assert labels(pager(10, 1000, 50, url)) == [
        "Previous", "1", "…", "8", "9", "[10]", "11", "12", "…", "20", "Next",
    ]  # fmt: skip
    last = pager(99, 1000, 50, url)  # beyond the end: the last page
    assert labels(last)[-1] == "[20]" and last[0].href == "/?page=19"


def test_split_takes_out_prefix_and_fuzzy_words():
    assert split("extreme pov*") == ("extreme", [Wild("pov", True)])
    assert split("Poverty~2 rights") == ("rights", [Wild("poverty", False, 2)])
    assert split("hunger~") == ("", [Wild("hunger", False, 1)])
    assert split('"pov* in a phrase" x') == ('"pov* in a phrase" x', [])
    assert split("a* b") == ("a* b", [])  # one letter: not a prefix
    with pytest.raises(ValueError, match="at most 2"):
        split("poverty~3")


def test_mark_marks_matched_words_outside_tags():
    html = "the <b>poor</b> and poverty, povrty &amp; more"
    out = mark(html, [Wild("pov", True)])
    assert out == "the <b>poor</b> and <b>poverty</b>, <b>povrty</b> &amp; more"
    assert mark(html, [Wild("poverty", False, 1)]).count("<b>") == 3


def test_bounded_cuts_whole_words_and_marks_the_cuts():
    text = "Recalling that the dialogue among religions is important for peace"
    cut = [("ing that the ", False), ("dialogue", True), (" among reli", False)]
    assert bounded(cut, text) == [
        ("… ", False), ("that the ", False), ("dialogue", True), (" among", False), (" …", False)
    ]  # fmt: skip
    whole = [("Recalling that the ", False), ("dialogue", True)]
    assert bounded(whole, text)[-1] == (" …", False) and bounded(whole, text)[0][0] == whole[0][0]
    assert bounded([(text, False)], text) == [(text, False)]
