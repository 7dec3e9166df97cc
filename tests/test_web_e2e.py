"""End to end in a real headless Chromium (Debian's, driven by Playwright) against a real
uvicorn server on a loopback port, over a real library holding the three seeds. Each test
saves a screenshot of its page under test-artifacts/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clausewise.web import create_app

from .webkit import ARTIFACTS, TOKEN, running, seeded_library

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("e2e") / "library.sqlite"
    ids = seeded_library(path)
    with running(create_app(path, token=TOKEN)) as url:
        yield url, ids


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} missing: run scripts/system-deps.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()
    assert not errors, errors  # no script errors, no failed requests on any page


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


def test_library_lists_the_seeds(site, page):
    url, ids = site
    page.goto(url + "/")
    rows = page.locator("tbody tr")
    assert rows.count() == 3
    text = page.locator("tbody").inner_text()
    assert "A/RES/72/169" in text and "HRC" in text and "draft" in text
    # filters: the Council's documents only
    page.select_option("select[name=body]", "HRC")
    page.click("form.filters button")
    page.wait_for_url("**/?*body=HRC*")
    assert page.locator("tbody tr").count() == 1
    assert "Promoting mutually beneficial cooperation" in page.locator("tbody").inner_text()
    page.goto(url + "/")
    shot(page, "library")
    # keyboard: the skip link is the first stop and lands on the content
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # each row links to its document and its series
    page.click(f"a[href='/series/{ids['001']}']")
    assert "Series" in page.locator("h1").inner_text()
    assert page.locator(".timeline li").count() == 2  # the draft and the resolution
    shot(page, "series")


def test_document_001(site, page):
    url, ids = site
    page.goto(url + "/")
    page.click(f"a[href='/documents/{ids['001']}']")
    assert page.locator("h1").inner_text().startswith("Enhancement of international cooperation")
    card = page.locator("section.card").inner_text()
    for fact in ("A/RES/72/169", "2017-12-19", "A/72/439/Add.2", "73rd plenary meeting"):
        assert fact in card, fact
    # the outline: preamble, then numbered operative paragraphs
    assert page.locator(".para.preambular").count() == 14
    assert page.locator(".para.operative").count() == 17
    assert page.locator("#para_15 .num").inner_text() == "15."
    # footnote 6 sits at its marker in operative 15, and its text under that paragraph
    markers = page.locator("#para_15 sup.fn a").all_inner_texts()
    assert markers == ["6", "1"]  # 1 repeats footnote 1 of the preamble: it links there
    assert page.locator("#para_15 sup.fn a").nth(1).get_attribute("href") == "#fn-1"
    assert "Resolution 217 A (III)." in page.locator("#para_15 .notes").inner_text()
    # citations link to documents in the library: footnote 6 names no library document,
    # but the preamble's citations that resolve to the library are links
    assert page.locator("a.cite").count() + page.locator("span.cite").count() >= 10
    # mandates highlighted: 15 (plenary meeting, President), 16 (Secretary-General), 17
    for eid in ("para_15", "para_16", "para_17"):
        assert "mandate" in page.locator(f"#{eid}").get_attribute("class"), eid
    assert "Secretary-General" in page.locator("#para_16 .mandates-here").inner_text()
    assert "mandate" not in page.locator("#para_1").get_attribute("class")
    # downloads: JSON and Akoma Ntoso
    with page.expect_download() as dl:
        page.click("text=Download JSON")
    assert dl.value.suggested_filename == f"{ids['001']}.json"
    with page.expect_download() as dl:
        page.click("text=Download Akoma Ntoso")
    xml = Path(dl.value.path()).read_bytes()
    assert xml.startswith(b"<?xml") and b"akomaNtoso" in xml
    shot(page, "document-001")


def test_compare_000_with_001(site, page):
    url, ids = site
    page.goto(url + "/compare")
    page.fill("input[name=old]", ids["000"])
    page.fill("input[name=new]", ids["001"])
    page.click("form.filters button")
    page.wait_for_selector(".cw-compare")
    inline = page.locator(".inline-view")
    inserted = inline.locator(".inserted")
    assert inserted.count() == 1
    assert "Decides to devote one plenary meeting" in inserted.inner_text()
    assert "15" in inserted.inner_text()
    assert [t.strip() for t in inline.locator(".modified ins").all_inner_texts()] == ["also"]
    assert page.locator(".inline-view del").count() == 0
    shot(page, "compare-inline")
    page.click("label[for=cw-v-side]")
    assert page.locator(".side-view").is_visible() and not inline.is_visible()
    shot(page, "compare-side-by-side")
    with page.expect_download() as dl:
        page.click("text=Download Word")
    docx = Path(dl.value.path()).read_bytes()
    assert docx[:2] == b"PK" and b"word/document.xml" in docx
    with page.expect_download() as dl:
        page.click("text=Download HTML")
    assert b"<!DOCTYPE html>" in Path(dl.value.path()).read_bytes()[:50]
    # "against its draft" finds 000 by itself
    page.goto(url + f"/compare?new={ids['001']}&against=draft")
    assert page.locator(".inline-view .inserted").count() == 1


def test_search_dialogue_among_religions(site, page):
    url, ids = site
    page.goto(url + "/search")
    page.fill("input[name=q]", "dialogue among religions")
    page.keyboard.press("Enter")
    page.wait_for_selector(".hit")
    hrefs = page.locator(".hit .where a:first-child").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))"
    )
    docs = {h.split("/documents/")[1].split("#")[0] for h in hrefs if "/documents/" in h}
    assert {ids["001"], ids["004"]} <= docs
    marks = [m.lower() for m in page.locator(".hit mark").all_inner_texts()]
    assert {"dialogue", "among", "religions"} <= set(marks)
    shot(page, "search")


def test_trace_004_to_the_assembly(site, page):
    url, ids = site
    page.goto(url + f"/documents/{ids['004']}")
    page.click("#preamble__container_20 a.para-tools")
    page.wait_for_url("**/trace/**")
    items = page.locator(".timeline > li")
    text = page.locator(".timeline").inner_text()
    assert items.count() >= 3  # 000 and 001 before, then this paragraph, in date order
    assert items.filter(has_text="this paragraph").get_attribute("class") == "self"
    assert "A/RES/72/169" in text  # 001
    assert f"/documents/{ids['000']}" in page.content()  # 000, the draft
    # the diff: the Assembly's "Reaffirming" against the Council's "Recognizing also"
    assert "Reaffirming" in " ".join(page.locator(".timeline del").all_inner_texts())
    assert "Recognizing also" in " ".join(page.locator(".timeline ins").all_inner_texts())
    shot(page, "trace")


def test_mandates_page(site, page):
    url, ids = site
    page.goto(url + "/mandates")
    rows = page.locator("tbody tr")
    sg = rows.filter(has=page.locator(f"a[href='/documents/{ids['001']}#para_16']"))
    assert sg.count() >= 1
    assert "Secretary-General" in sg.first.inner_text() and "consult" in sg.first.inner_text()
    council = rows.filter(has=page.locator(f"a[href='/documents/{ids['004']}#para_8']"))
    assert council.count() >= 1
    assert "HRC 46" in council.first.inner_text() and "2021" in council.first.inner_text()
    shot(page, "mandates")
    with page.expect_download() as dl:
        page.click("text=Download the due dates")
    ics = Path(dl.value.path()).read_bytes()
    assert ics.startswith(b"BEGIN:VCALENDAR")
    assert b"DTSTART;VALUE=DATE:20180918" in ics  # 001's meeting at the 73rd session
    # 004's meeting at the Council's 46th: the session calendar's days (22 February to 24 March)
    assert b"DTSTART;VALUE=DATE:20210222" in ics and b"DTEND;VALUE=DATE:20210325" in ics
    total = rows.count()
    page.fill("input[name=addressee]", "Secretary-General")
    page.keyboard.press("Enter")
    page.wait_for_url("**addressee=Secretary-General**")
    kept = page.locator("tbody tr")
    assert 1 <= kept.count() < total
    assert all("Secretary-General" in t for t in kept.all_inner_texts())
