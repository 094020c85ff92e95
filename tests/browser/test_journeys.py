"""What a person sees in a real browser: Home, the example plan, download and upload, every page."""

import json

import pytest
from playwright.sync_api import expect

from sen_guide.cases import example_plan
from sen_guide.content import page_words
from sen_guide.plan_file import load_plan
from tests.browser.driver import download, go_to, nav_pages, open_app, screenshot, upload

pytestmark = pytest.mark.browser
START = page_words("start")


@pytest.fixture
def start_page(new_page, app_server):
    page = new_page()
    open_app(page, f"{app_server.url}/start")
    return page


def open_example(page) -> None:
    page.get_by_role("button", name=START["example_button"]).click()
    expect(page.get_by_text(START["current_named"].format(name=example_plan().pupil.name))).to_be_visible()


def test_home_says_what_the_app_is_and_leads_to_the_start_page(new_page, app_server):
    page = new_page()
    open_app(page, app_server.url)
    expect(page.locator("h1")).to_have_text(page_words("home")["title"])
    page.get_by_role("button", name=page_words("home")["start_button"]).click()
    expect(page.locator("h1")).to_have_text(START["title"])


def test_a_plan_started_from_the_example_downloads_and_reads_back_unchanged(start_page):
    open_example(start_page)
    result = load_plan(download(start_page, START["save_button"]))
    assert result.errors == []
    assert result.plan == example_plan()


def test_a_broken_file_shows_the_problem_and_the_plan_stays_the_same(start_page):
    open_example(start_page)
    upload(start_page, "broken.json", b'{"schema_version": 1, "pupil": ')
    start_page.get_by_role("button", name=START["open_button"]).click()
    expect(start_page.get_by_test_id("stAlertContentError")).to_contain_text(START["error_title"])
    assert load_plan(download(start_page, START["save_button"])).plan == example_plan()


def test_a_good_file_opens_and_replaces_the_plan(start_page):
    plan = json.loads(example_plan().model_dump_json())
    plan["pupil"]["name"] = "Ada"
    upload(start_page, "ada.json", json.dumps(plan).encode())
    start_page.get_by_role("button", name=START["open_button"]).click()
    expect(start_page.get_by_text(START["current_named"].format(name="Ada"))).to_be_visible()
    assert load_plan(download(start_page, START["save_button"])).plan.pupil.name == "Ada"


def test_every_page_in_the_navigation_shows_without_an_exception(new_page, app_server):
    page = new_page()
    open_app(page, app_server.url)
    pages = nav_pages(page)
    assert len(pages) >= 2
    for target in pages:
        go_to(page, target)
        expect(page.locator("h1").first).to_be_visible()
        screenshot(page, target.slug)
