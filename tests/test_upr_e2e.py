"""The UPR State page end to end in headless Chromium (Debian's, via Playwright) against a
real uvicorn server over a library holding the seeds and a real UPR Info export: from the
UPR index to a State, its theme grid, to a recommendation and back to a theme; an editor
signs in, records technical assistance on the State page, adds a measure and a progress
note on a recommendation's page, and sees them shown, at desktop and phone width."""

from __future__ import annotations

import pytest

from clausewise.library import Library
from clausewise.review import Review, User
from clausewise.upr import actions
from clausewise.web import create_app

from .conftest import SHARED
from .test_review_e2e import sign_in
from .test_web_e2e import browser, page, shot  # noqa: F401 (fixtures)
from .webkit import TOKEN, running, seeded_library

pytestmark = pytest.mark.timeout(120)
EXPORT = SHARED / "upr" / "upr-info-sessions-1-5.csv"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not EXPORT.exists():
        pytest.skip("UPR exports not found (set CLAUSEWISE_SHARED)")
    path = tmp_path_factory.mktemp("e2eupr") / "library.sqlite"
    seeded_library(path)
    with Library(path) as lib:
        actions.import_file(lib.db, EXPORT.read_bytes(), EXPORT.name, actor="test")
        actions.add_assistance(
            lib.db,
            actor="test",
            requested_by="Afghanistan",
            offered_by="OHCHR",
            modality="north-south",
            priorities=["administration of justice"],
            mandate="A_RES_72_169:para_16:1",
        )
        _, editor = Review(lib.db).add_user(User("cli:test", "admin"), "editor", "editor")
    with running(create_app(path, token=TOKEN)) as url:
        yield url, editor


def test_state_page_from_the_index_to_a_recommendation(site, page):  # noqa: F811
    site, _ = site
    page.goto(site + "/upr")
    page.click("text=Afghanistan")
    page.wait_for_url("**/upr/states/Afghanistan")
    assert page.locator("h1").inner_text().startswith("Afghanistan")
    assert "147 recommendations received" in page.locator("main").inner_text()
    grid = page.locator("table.upr-grid").first
    row = grid.locator("tr", has_text="Women's rights")
    cells = row.locator("td").all_inner_texts()
    accepted, noted = (int(x) for x in cells[0].split("/"))
    assert accepted > 0 and accepted + noted > 10
    assert "north-south" in page.locator("#assistance + table").inner_text()
    shot(page, "upr-state")
    page.locator("#list + table tbody tr a").first.click()
    page.wait_for_url("**/upr/recommendations/*")
    assert "Recommendation to Afghanistan" in page.locator("h1").inner_text()
    page.locator("main p a").first.click()
    page.wait_for_url("**/upr/themes/*")
    assert "in the universal periodic review" in page.locator("h1").inner_text()
    shot(page, "upr-theme")


def test_an_editor_records_assistance_a_measure_and_progress(site, page):  # noqa: F811
    url, editor = site
    page.goto(url + "/upr/states/Afghanistan")
    assert page.get_by_role("link", name="Sign in").first.is_visible()
    assert page.get_by_role("form", name="Record technical assistance").count() == 0
    sign_in(page, url, editor)
    page.goto(url + "/upr/states/Afghanistan")
    form = page.get_by_role("form", name="Record technical assistance")
    assert form.get_by_label("Requested by").input_value() == "Afghanistan"
    form.get_by_label("Offered by").fill("Morocco")
    form.get_by_label("Modality").select_option("south-south")
    form.get_by_label("Priorities").fill("civil registration\nprison reform")
    form.get_by_label("Status").select_option("agreed")
    form.get_by_label("Mandate calling for it").fill("A_RES_72_169:para_16:1")
    form.get_by_role("button", name="Record").click()
    page.wait_for_url("**/upr/states/Afghanistan#assistance")
    row = page.locator("table.assistance tr", has_text="Morocco")
    assert "south-south" in row.inner_text() and "civil registration; prison reform" in (
        row.inner_text()
    )
    assert "agreed" in row.inner_text()
    row.get_by_label("New status").select_option("ongoing")
    row.get_by_role("button", name="Change").click()
    page.wait_for_url("**/upr/states/Afghanistan#assistance")
    row = page.locator("table.assistance tr", has_text="Morocco")
    assert row.locator(".badge").inner_text() == "ongoing"
    shot(page, "upr-state-editor")

    page.locator("#list + table tbody tr a").first.click()
    page.wait_for_url("**/upr/recommendations/*")
    form = page.get_by_role("form", name="Add a measure")
    form.get_by_label("Action").fill("A civil registration law")
    form.get_by_label("Indicator").fill("births registered within a year")
    form.get_by_label("Due").fill("2027-06-30")
    form.get_by_role("button", name="Add the measure").click()
    page.wait_for_url("**#measures")
    measure = page.locator("section.measure", has_text="A civil registration law")
    assert "Due 2027-06-30" in measure.inner_text()
    note = measure.get_by_role("form", name="Add a progress note", exact=False)
    note.get_by_label("Note").fill("The bill is before parliament.")
    note.get_by_role("button", name="Add the note").click()
    page.wait_for_url("**#measure-*")
    measure = page.locator("section.measure", has_text="A civil registration law")
    assert ": The bill is before parliament." in measure.inner_text()
    shot(page, "upr-item-editor")
    item = page.url.split("#")[0]

    ctx = page.context.browser.new_context(viewport={"width": 390, "height": 844})
    try:
        phone = ctx.new_page()
        sign_in(phone, url, editor)
        for name, where in (("state", url + "/upr/states/Afghanistan"), ("item", item)):
            phone.goto(where)
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{name}: {width} px wide at 390"
            shot(phone, f"phone-upr-{name}-editor")
    finally:
        ctx.close()
