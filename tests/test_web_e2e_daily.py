"""A day's work in a real headless Chromium against a real uvicorn server, over a library
holding the seeds and a sample of the corpus (more than a page of rows): paging the
library and search, a symbol permalink to a paragraph, a compare worked through with the
keys, and every main page at a phone's width without horizontal scrolling. Screenshots go
to test-artifacts/."""

from __future__ import annotations

import pytest

from clausewise.library import Library
from clausewise.review import Review, User
from clausewise.web import create_app

from .test_web_e2e import browser, shot  # noqa: F401 (the shared Chromium fixture)
from .webkit import ARTIFACTS, TOKEN, running, sampled_library

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e-daily")
    path = folder / "library.sqlite"
    ids = sampled_library(path, folder)
    with Library(path) as lib:  # the pages' writers sign in: an editor, and a reader
        rv = Review(lib.db)
        admin = User("cli:test", "admin")
        for name in ("editor", "reader"):
            ids[f"token:{name}"] = rv.add_user(admin, name, name)[1]
    with running(create_app(path, token=TOKEN, embed=False)) as url:
        yield url, ids


def sign_in(pg, url: str, token: str) -> None:
    pg.goto(f"{url}/signin")
    pg.get_by_label("Your token").fill(token)
    pg.get_by_role("button", name="Sign in").click()
    pg.wait_for_load_state()


def view_shot(pg, name: str) -> None:
    """What the window shows (a long compare's whole page is slow to capture)."""
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"web-{name}.png"))


def new_page(browser, width=1280, height=900):  # noqa: F811
    ctx = browser.new_context(viewport={"width": width, "height": height})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return ctx, pg, errors


@pytest.fixture
def page(browser):  # noqa: F811
    ctx, pg, errors = new_page(browser)
    yield pg
    ctx.close()
    assert not errors, errors


def test_paging_the_library(site, page):
    url, _ = site
    page.goto(url + "/")
    count = page.locator("#count").inner_text()
    assert count.startswith("(1–50 of ")
    first = page.locator("tbody tr td:nth-child(2) a").all_inner_texts()
    dates = [d for d in page.locator("tbody td.date").all_inner_texts() if d]
    assert dates == sorted(dates, reverse=True)  # newest first
    page.click("nav.pager a[rel=next]")
    page.wait_for_url("**/?page=2")
    assert page.locator("#count").inner_text().startswith("(51–100 of ")
    second = page.locator("tbody tr td:nth-child(2) a").all_inner_texts()
    assert second and second != first
    assert page.locator("nav.pager .current").inner_text() == "2"
    shot(page, "library-page-2")
    # a facet: the Council's documents, counted; the count is the facet's
    chip = page.locator(".facet a[data-facet=body][data-value=SC]")
    expected = int(chip.locator(".count").inner_text().replace(",", ""))
    chip.click()
    page.wait_for_url("**body=SC**")
    assert f"of {expected:,} document" in page.locator("#count").inner_text()
    assert set(page.locator("tbody tr td:nth-child(4)").all_inner_texts()) == {"SC"} or all(
        t.startswith("SC") for t in page.locator("tbody tr td:nth-child(4)").all_inner_texts()
    )
    # sort by title
    page.select_option("select[name=sort]", "title")
    page.click("form.filters button")
    page.wait_for_url("**sort=title**")
    titles = [t.lower() for t in page.locator("tbody tr td:nth-child(2) a").all_inner_texts()]
    assert titles == sorted(titles)
    shot(page, "library-facet-sort")


def test_paging_search(site, page):
    url, _ = site
    page.goto(url + "/search")
    page.fill("main input[name=q]", "human rights")
    page.keyboard.press("Enter")
    page.wait_for_selector(".hit")
    assert page.locator("#count").inner_text().startswith("1–20 of ")
    first = page.locator(".hit .where a:first-child").all_inner_texts()
    assert page.locator("#quick-q").input_value() == "human rights"
    page.click("nav.pager a[rel=next]")
    page.wait_for_url("**page=2**")
    assert page.locator("#count").inner_text().startswith("21–40 of ")
    assert page.locator("ol.hits").get_attribute("start") == "21"
    shot(page, "search-page-2")
    page.click("nav.pager a[rel=prev]")
    page.wait_for_url(lambda u: "page=" not in u)
    assert page.locator(".hit .where a:first-child").all_inner_texts() == first
    # a prefix word finds and marks what it matched
    page.goto(url + "/search?q=pov*")
    assert page.locator(".hit").count() > 0
    assert any(m.lower().startswith("pov") for m in page.locator(".hit mark").all_inner_texts())


def test_opening_a_symbol_permalink_to_a_paragraph(site, page):
    url, ids = site
    page.goto(url + "/documents/A/RES/72/169#para_15")
    assert page.locator("h1").inner_text().startswith("Enhancement of international cooperation")
    # the paragraph is the target: highlighted and scrolled to
    assert page.evaluate("document.querySelector(':target').id") == "para_15"
    top = page.evaluate("document.getElementById('para_15').getBoundingClientRect().top")
    assert 0 <= top < 900
    shot(page, "permalink-para-15")
    # from the library, the symbol is the link
    page.goto(url + "/?q=72/169")
    page.click("td.sym a")
    page.wait_for_url("**/documents/A/RES/72/169")
    assert "A/RES/72/169" in page.locator("section.card").inner_text()


def test_working_through_a_compare_with_the_keys(site, page):
    url, ids = site
    page.goto(url + "/compare")
    # pick the old side by typing: suggestions come from the server
    page.fill("input[name=old]", "A/RES/67/1")
    page.locator("#old-suggest option").first.wait_for(state="attached", timeout=10000)
    offered = page.eval_on_selector_all("#old-suggest option", "os => os.map(o => o.value)")
    assert "A/RES/67/164" in offered
    page.fill("input[name=old]", "A/RES/67/164")
    page.fill("input[name=new]", "A/RES/69/183")
    page.click("form.filters button")
    page.wait_for_selector(".cw-compare")
    changes = page.locator(".inline-view .para:not(.unchanged)")
    n = changes.count()
    assert n >= 3
    page.keyboard.press("n")
    assert "change 1 of" in page.locator("#change-pos").inner_text()
    first = page.locator(".current-change").get_attribute("id")
    page.keyboard.press("j")
    page.keyboard.press("n")
    assert page.locator("#change-pos").inner_text() == f"change 3 of {n}"
    third = page.locator(".current-change")
    assert third.count() == 1 and third.get_attribute("id") != first
    box = third.bounding_box()
    assert box and 0 <= box["y"] < 900  # scrolled to it
    page.keyboard.press("p")
    page.keyboard.press("k")
    assert page.locator("#change-pos").inner_text() == f"change 1 of {n}"
    assert page.locator(".current-change").get_attribute("id") == first
    view_shot(page, "compare-keys")
    # changes only: the unchanged paragraphs go away
    assert page.locator(".inline-view .para.unchanged").first.is_visible()
    page.click("label[for=changes-only]")
    assert not page.locator(".inline-view .para.unchanged").first.is_visible()
    assert changes.first.is_visible()
    # a count jumps to its kind of change
    link = page.locator(".change-counts a").first
    kind = link.get_attribute("data-type")
    link.click()
    assert kind in page.locator(".current-change").get_attribute("class")
    # side by side: the keys walk its rows; both texts in one table scroll together
    page.click("label[for=cw-v-side]")
    page.keyboard.press("n")
    assert page.locator(".side-view tr.current-change").count() == 1
    view_shot(page, "compare-side-by-side-changes-only")
    # one font throughout: the diff's and the page's
    fonts = page.evaluate(
        "[getComputedStyle(document.body).fontFamily,"
        " getComputedStyle(document.querySelector('.cw-compare')).fontFamily]"
    )
    assert fonts[0] == fonts[1]


PHONE_PAGES = {
    "library": "/",
    "mandates": "/mandates",
    "search": "/search?q=human+rights",
    "document": "/documents/A/RES/72/169",
    "compare": "/compare?old=A/RES/67/164&new=A/RES/69/183",
    "compare-side": "/compare?old=A/RES/67/164&new=A/RES/69/183#side",
    "upload": "/upload",
}


@pytest.mark.parametrize("name", list(PHONE_PAGES))
def test_phone_width_has_no_horizontal_scroll(site, browser, name):  # noqa: F811
    url, _ = site
    ctx, pg, errors = new_page(browser, width=390, height=844)
    try:
        pg.goto(url + PHONE_PAGES[name])
        if name == "compare-side":
            pg.click("label[for=cw-v-side]")
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{name}: {width} px wide at 390"
        shot(pg, f"phone-{name}")
    finally:
        ctx.close()
    assert not errors, errors


def test_uploading_three_files_one_bad_then_deleting_one(site, browser, tmp_path):  # noqa: F811
    """From the page: three files at once, each with its own result; then the added one
    deleted from its page after the confirmation."""
    from clausewise.ingest.corpus import iter_texts

    from .conftest import CORPUS, SEED_001

    url, ids = site
    new = next(text for f, _, text in iter_texts(CORPUS) if f == "A_RES_71_186")
    (tmp_path / "71-186.txt").write_text(new, encoding="utf-8")
    (tmp_path / "seed-001.txt").write_bytes(SEED_001.read_bytes())
    (tmp_path / "notes.txt").write_text("Shopping list: bread, milk.\n", encoding="utf-8")
    ctx, page, errors = new_page(browser)
    page.goto(url + "/upload")  # anonymous: the way to sign in, no form
    assert page.get_by_role("link", name="Sign in").first.is_visible()
    assert page.locator("#upload").count() == 0
    sign_in(page, url, ids["token:editor"])  # no token on the upload page itself
    page.goto(url + "/upload")
    page.set_input_files(
        "#files", [str(tmp_path / n) for n in ("71-186.txt", "seed-001.txt", "notes.txt")]
    )
    results = page.locator("#results li")
    for i in range(3):
        results.nth(i).locator(".said").filter(has_not_text="…").wait_for(timeout=60000)
    by_name = {results.nth(i).locator(".name").inner_text(): results.nth(i) for i in range(3)}
    assert by_name["71-186.txt"].get_attribute("class") == "result added"
    assert by_name["71-186.txt"].locator(".said").inner_text().startswith("added: A/RES/71/186")
    assert by_name["seed-001.txt"].locator(".said").inner_text().startswith("already present")
    bad = by_name["notes.txt"]
    assert bad.get_attribute("class") == "result rejected"
    assert bad.locator(".said").inner_text().startswith("rejected: clausewise: notes.txt: ")
    assert all(results.nth(i).locator("progress").get_attribute("value") == "100" for i in range(3))
    shot(page, "upload-three-files")
    # delete it from its page, confirming
    by_name["71-186.txt"].locator("a").click()
    page.wait_for_url("**/documents/**")
    page.once("dialog", lambda d: d.accept())
    page.click("#delete-document")
    page.locator("#delete-result").filter(has_text="was deleted").wait_for(timeout=20000)
    shot(page, "deleted")
    assert page.request.get(url + "/api/documents/A/RES/71/186").status == 404
    ctx.close()
    # a reader signed in is told their role cannot add documents, and sees no delete button
    ctx, reader, _ = new_page(browser)
    sign_in(reader, url, ids["token:reader"])
    reader.goto(url + "/upload")
    assert "needs the editor's or the admin's role" in reader.locator("#not-allowed").inner_text()
    assert reader.locator("#upload").count() == 0
    shot(reader, "upload-reader-refused")
    reader.goto(url + "/documents/A/RES/72/169")
    assert reader.locator("#delete-document").count() == 0
    ctx.close()
    # the one error the browser saw is the bad file's answer (422), which the page shows
    assert [e for e in errors if "status of 422" not in e] == [] and len(errors) == 1
