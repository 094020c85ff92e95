"""The plan as a person drafts it in a real browser: kept across a reload, cleared on request,
a Change link that comes back, and the agenda downloaded through the page and read back."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from sen_guide.cases import example_plan
from sen_guide.content import page_words
from sen_guide.forms import form_spec
from sen_guide.session import DRAFT_STORAGE_NAME
from tests.browser.driver import download, go_to, nav_pages, open_app, wait_rendered

pytestmark = pytest.mark.browser
PUPIL = form_spec("pupil")
LABELS = {question.key: question.label for question in PUPIL.questions}
DEVICE = page_words("device")
START = page_words("start")


def type_into(page, label: str, text: str) -> None:
    """Type as a person does: the answer is sent when the box loses focus."""
    box = page.get_by_label(label, exact=True)
    box.fill(text)
    box.blur()
    expect(page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]')).to_have_count(1)
    page.wait_for_timeout(300)


def nav_link(page, path: str):
    """The sidebar link to a page: following it keeps the same session, as a person's click does."""
    return next(target for target in nav_pages(page) if target.href.endswith(path))


def test_a_part_filled_plan_is_still_there_after_a_reload(new_page, app_server):
    page = new_page()
    open_app(page, f"{app_server.url}/pupil")
    type_into(page, LABELS["name"], "Rhiannon")
    type_into(page, LABELS["strengths"], "Loves swimming and stories.")
    page.reload()
    open_app(page, f"{app_server.url}/pupil")
    expect(page.get_by_label(LABELS["name"], exact=True)).to_have_value("Rhiannon")
    expect(page.get_by_label(LABELS["strengths"], exact=True)).to_have_value("Loves swimming and stories.")


def test_a_fresh_browser_profile_starts_with_a_blank_plan(new_page, app_server):
    first = new_page()
    open_app(first, f"{app_server.url}/pupil")
    type_into(first, LABELS["name"], "Only in the first browser")
    second = new_page()
    open_app(second, f"{app_server.url}/pupil")
    expect(second.get_by_label(LABELS["name"], exact=True)).to_have_value("")


def test_clear_this_device_forgets_the_draft(new_page, app_server):
    page = new_page()
    open_app(page, f"{app_server.url}/pupil")
    type_into(page, LABELS["name"], "Forget me")
    page.get_by_role("button", name=DEVICE["clear_button"]).click()
    expect(page.get_by_text(DEVICE["cleared"])).to_be_visible()
    wait_rendered(page)
    page.reload()
    open_app(page, f"{app_server.url}/pupil")
    expect(page.get_by_label(LABELS["name"], exact=True)).to_have_value("")
    assert page.evaluate(f"() => window.localStorage.getItem('{DRAFT_STORAGE_NAME}')") is None


def test_a_change_link_on_the_check_page_comes_back_after_saving(new_page, app_server):
    page = new_page()
    open_app(page, f"{app_server.url}/start")
    page.get_by_role("button", name=START["example_button"]).click()
    go_to(page, nav_link(page, "/check"))
    change = page_words("check")["change_button"].format(section=page_words("check")["pupil_heading"].lower())
    page.get_by_role("button", name=change).click()
    expect(page.locator("h1")).to_have_text(PUPIL.title)
    type_into(page, LABELS["name"], "Sam T")
    page.get_by_role("button", name=PUPIL.save_button).click()
    expect(page.locator("h1")).to_have_text(page_words("check")["title"])


def test_the_agenda_downloads_through_the_page_and_reads_back(new_page, app_server):
    page = new_page()
    open_app(page, f"{app_server.url}/start")
    page.get_by_role("button", name=START["example_button"]).click()
    expect(page.get_by_text(START["current_named"].format(name=example_plan().pupil.name))).to_be_visible()
    go_to(page, nav_link(page, "/export"))
    text = "".join(
        part.extract_text()
        for part in PdfReader(io.BytesIO(download(page, page_words("review_export")["agenda_button"]))).pages
    )
    plan = example_plan()
    for needle in [
        plan.pupil.name,
        *(o.description.split(",")[0] for o in plan.outcomes),
        *(item.what for item in plan.provision),
        *(a.name for a in plan.meeting.attendees),
    ]:
        assert " ".join(needle.split()) in " ".join(text.split()), needle
