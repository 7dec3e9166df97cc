"""The UPR State page end to end in headless Chromium (Debian's, via Playwright) against a
real uvicorn server over a library holding the seeds and a real UPR Info export: from the
UPR index to a State, its theme grid, to a recommendation and back to a theme."""

from __future__ import annotations

import pytest

from clausewise.library import Library
from clausewise.upr import actions
from clausewise.web import create_app

from .conftest import SHARED
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
    with running(create_app(path, token=TOKEN)) as url:
        yield url


def test_state_page_from_the_index_to_a_recommendation(site, page):  # noqa: F811
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
