"""Privacy and isolation in the real browser: what a person types stays in their own session."""

import os
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from sen_guide.content import page_words
from sen_guide.forms import form_spec
from tests.browser.conftest import ROOT
from tests.browser.driver import NavPage, go_to, nav_pages, open_app

pytestmark = pytest.mark.browser
START = page_words("start")
PUPIL = {question.key: question for question in form_spec("pupil").questions}


def new_marker() -> str:
    """A name no file, log or page could hold by chance (letters and digits, so nothing escapes it)."""
    return f"Zq{uuid.uuid4().hex}"


def describe_pupil(page: Page, url: str, name: str) -> None:
    """Type a pupil's name on the Describe the pupil page and save it into the plan."""
    open_app(page, f"{url}/pupil")
    page.get_by_label(PUPIL["name"].label).fill(name)
    page.get_by_role("combobox", name=PUPIL["year_group"].label).click()
    page.get_by_role("option", name="Year 4", exact=True).click()
    page.get_by_role("button", name=form_spec("pupil").save_button).click()
    expect(page.get_by_text(form_spec("pupil").saved)).to_be_visible()
    expect_plan_for(page, name)


def expect_plan_for(page: Page, name: str) -> None:
    """The Start page names the pupil whose plan this browser holds."""
    go_to(page, next(target for target in nav_pages(page) if target.href.endswith("/start")))
    expect(page.get_by_text(START["current_named"].format(name=name))).to_be_visible()


def files_holding(marker: str, roots: list[Path], since: float) -> list[Path]:
    """Files under `roots` written since `since` (only those can hold a new marker) that contain it."""
    wanted, found = marker.encode(), []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder, name)
                try:
                    if path.is_file() and path.stat().st_mtime >= since and wanted in path.read_bytes():
                        found.append(path)
                except OSError:  # a file another process removed or locked while we looked
                    continue
    return found


def visit_every_page(page: Page) -> list[NavPage]:
    pages = nav_pages(page)
    for target in pages:
        go_to(page, target)
    return pages


def test_a_typed_name_reaches_no_log_no_file_and_no_temp_file(new_page, app_server):
    since, marker = time.time() - 1, new_marker()
    page = new_page()
    describe_pupil(page, app_server.url, marker)
    visit_every_page(page)
    assert marker not in app_server.log()
    assert files_holding(marker, [ROOT, Path(tempfile.gettempdir())], since) == []


def test_two_people_at_once_never_see_each_others_plan(new_page, app_server):
    people = {new_marker(): new_page(), new_marker(): new_page()}
    for marker, page in people.items():
        describe_pupil(page, app_server.url, marker)
    for marker, page in people.items():
        other = next(name for name in people if name != marker)
        for target in nav_pages(page):
            go_to(page, target)
            assert other not in page.content(), f"{target.title} shows the other person's plan"
        expect_plan_for(page, marker)
