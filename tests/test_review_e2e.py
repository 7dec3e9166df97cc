"""The review end to end in a real headless Chromium against a real server: a reviewer
signs in, proposes Discontinue with a reason on a mandate's page; an admin signs in,
confirms it from their queue, and sees it in the registry and on the audit page."""

from __future__ import annotations

import pytest

from clausewise.library import Library
from clausewise.review import Review, User
from clausewise.web import create_app

from .test_web_e2e import browser, page, shot  # noqa: F401  (fixtures)
from .webkit import TOKEN, running, seeded_library

MANDATE = "A_RES_72_169:para_17:1"
REASON = "Reported in full in A/74/256; nothing further is asked."

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("review-e2e") / "library.sqlite"
    seeded_library(path)
    with Library(path) as lib:
        rv = Review(lib.db)
        admin = User("cli:test", "admin")
        tokens = {r: rv.add_user(admin, r, r)[1] for r in ("reviewer", "admin")}
    with running(create_app(path, token=TOKEN, embed=False)) as url:
        yield url, tokens


def sign_in(pg, url: str, token: str) -> None:
    pg.goto(f"{url}/signin")
    pg.get_by_label("Your token").fill(token)
    pg.get_by_role("button", name="Sign in").click()
    pg.wait_for_load_state()


def test_reviewer_proposes_admin_confirms(site, page):  # noqa: F811
    url, tokens = site
    sign_in(page, url, tokens["reviewer"])
    assert page.get_by_role("button", name="Sign out reviewer").is_visible()
    page.goto(f"{url}/registry/{MANDATE}")
    form = page.get_by_role("form", name="Propose a decision")
    form.get_by_label("Discontinue").check()
    form.get_by_label("Reason").fill(REASON)
    form.get_by_role("button", name="Propose").click()
    page.wait_for_load_state()
    panel = page.locator("#review")
    assert "proposed" in panel.inner_text() and REASON in panel.inner_text()
    shot(page, "review-proposed")
    page.get_by_role("button", name="Sign out reviewer").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="Sign in").is_visible()

    sign_in(page, url, tokens["admin"])
    page.get_by_role("link", name="My queue").click()
    row = page.locator("tr", has_text=MANDATE)
    assert "discontinue" in row.inner_text() and "reviewer" in row.inner_text()
    shot(page, "review-queue")
    row.get_by_role("button", name="Confirm").click()
    page.wait_for_load_state()
    assert "Nothing awaits you" in page.locator("main").inner_text()

    page.goto(f"{url}/registry?decision=discontinue")
    cells = page.locator("tbody tr")
    assert cells.count() == 1 and "discontinue" in cells.first.inner_text()
    assert "confirmed" in cells.first.inner_text()
    shot(page, "review-registry")
    page.goto(f"{url}/registry/{MANDATE}")
    assert (
        "Decision in force: discontinue (confirmed by admin" in page.locator("#review").inner_text()
    )

    page.get_by_role("link", name="Audit").click()
    trail = page.locator("table.audit tbody").inner_text()
    assert "decision.confirm" in trail and "decision.propose" in trail
    assert "The hash chain holds" in page.locator("main").inner_text()
    first = page.locator("table.audit tbody tr").first.inner_text()
    assert "admin" in first and "decision.confirm" in first and MANDATE in first
    shot(page, "review-audit")
