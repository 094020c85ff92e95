"""Accessibility in the real browser: axe on every page, and the main journey by keyboard alone."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from sen_guide.cases import example_plan
from sen_guide.content import page_words
from sen_guide.plan_file import load_plan
from tests.browser.axe_audit import allow_list, allowed_by, audit
from tests.browser.driver import go_to, nav_pages, open_app, tab_to

pytestmark = pytest.mark.browser


def test_every_page_has_no_serious_accessibility_problem_of_our_making(new_page, app_server):
    page = new_page()
    open_app(page, app_server.url)
    allowed, used, ours = allow_list(), set(), []
    for target in nav_pages(page):
        go_to(page, target)
        for finding in audit(page, target.title):
            entry = allowed_by(page, finding, allowed)
            used.add(entry) if entry else ours.append(finding)
    assert not ours, "axe found serious or critical problems:\n" + "\n".join(map(str, ours))
    stale = [entry for entry in allowed if entry not in used]
    assert not stale, f"allow-list entries no page needs any more (remove them): {stale}"


def test_a_plan_can_be_started_and_downloaded_with_the_keyboard_alone(new_page, app_server):
    home, start = page_words("home"), page_words("start")
    page = new_page()
    open_app(page, app_server.url)
    tab_to(page, home["start_button"])
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(start["title"])
    tab_to(page, start["example_button"])
    page.keyboard.press("Space")
    expect(page.get_by_text(start["current_named"].format(name=example_plan().pupil.name))).to_be_visible()
    tab_to(page, start["save_button"])
    with page.expect_download() as event:
        page.keyboard.press("Enter")
    assert load_plan(Path(event.value.path()).read_bytes()).plan == example_plan()
