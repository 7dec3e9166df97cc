"""The HTML comparison: one standalone file, text escaped, moves linked both ways, and the
two views switching in a real browser (Chromium through Playwright)."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from lxml import html as lhtml

from clausewise import parse_text
from clausewise.compare import compare
from clausewise.compare.html import fragment, page
from tests.test_compare import P10, P13, SEED, edited


@pytest.fixture(scope="module")
def moved_pair():
    moved = P10.replace("in international", "in all international")
    return parse_text(SEED, "a.txt"), parse_text(edited((P10, ""), (P13, moved + P13)), "b.txt")


def test_page_is_standalone_with_summary_legend_and_views(seed000, seed001):
    text = page(compare(seed000, seed001))
    tree = lhtml.fromstring(text)
    assert not tree.xpath("//link|//script|//img|//iframe")
    assert not [a for a in tree.xpath("//@href|//@src") if not a.startswith("#")]
    summary = {
        tr.xpath("string(th)"): tr.xpath("string(td)")
        for tr in tree.xpath("//table[@class='summary']/tr")
    }
    assert summary["unchanged"] == "27" and summary["inserted"] == "1"
    assert summary["renumbered"] == "2" and summary["modified"] == "1"
    assert tree.xpath("//p[@class='legend']//ins") and tree.xpath("//p[@class='legend']//del")
    assert tree.xpath("//section[contains(@class,'inline-view')]")
    assert tree.xpath("//section[contains(@class,'side-view')]//table")
    inline = tree.xpath("//section[contains(@class,'inline-view')]")[0]
    assert [i.text for i in inline.xpath(".//div[contains(@class,'modified')]//ins")] == ["also "]
    assert "commemoration of the seventieth" in inline.xpath("string(.//div[@id='n-para_15'])")
    assert "Resolution 217 A (III)." in text and "73rd plenary meeting" in text


def test_moved_paragraphs_link_both_ways(moved_pair):
    tree = lhtml.fromstring(page(compare(*moved_pair)))
    ids = set(tree.xpath("//@id"))
    hrefs = [h[1:] for h in tree.xpath("//a/@href")]
    assert hrefs and all(h in ids for h in hrefs)
    for view in ("", "s-"):
        assert f"{view}to-para_12" in ids and f"{view}from-para_10" in ids
        assert f"{view}to-para_12" in hrefs and f"{view}from-para_10" in hrefs
    dest = tree.get_element_by_id("to-para_12")
    assert [i.text for i in dest.xpath(".//ins")] == ["all "]


def test_all_text_is_escaped(seed001):
    # the text reader drops tags, so the markup is put into the record itself, as a reader
    # of another format (or a caller of the library) could
    p = seed001.operative[9]
    evil = replace(p, text=p.text.replace("the need", "the <script>alert(1)</script> & <b>need"))
    ops = list(seed001.operative)
    ops[9] = evil
    c = compare(seed001, replace(seed001, operative=tuple(ops), title="<i>T</i>"))
    out = fragment(c)
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "&amp; &lt;b&gt;" in out
    assert "&lt;i&gt;T&lt;/i&gt;" in out
    assert out.startswith('<div class="cw-compare">') and "<html" not in out


def test_identical_versions_say_so(seed004):
    assert "The two versions are identical." in page(compare(seed004, seed004))


def test_views_switch_in_a_real_browser(moved_pair, tmp_path):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("Chromium is not installed: run scripts/system-deps.sh")
    f = tmp_path / "compare.html"
    f.write_text(page(compare(*moved_pair)), encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        pg = browser.new_page()
        pg.goto(f.as_uri())
        assert pg.is_visible("#to-para_12") and not pg.is_visible("#s-to-para_12")
        pg.click("label[for=cw-v-side]")
        assert pg.is_visible("#s-to-para_12") and not pg.is_visible("#to-para_12")
        pg.click("label[for=cw-v-inline]")
        pg.click("#to-para_12 a")  # the destination links back to the source
        assert pg.evaluate("location.hash") == "#from-para_10"
        pg.click("#from-para_10 a")
        assert pg.evaluate("location.hash") == "#to-para_12"
        browser.close()
