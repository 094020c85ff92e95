"""Small steps a person takes in the app (open, navigate, upload, download, tab), shared by the journeys."""

import re
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, expect

RENDERED = '[data-testid="stApp"][data-test-script-state="notRunning"]'
NAV_LINK = '[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"]'
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
RENDER_MS = 30_000
MAX_TABS = 80
SETTLE_MS = 150
MAIN = '[data-testid="stMain"]'
MAX_SHOT_HEIGHT = 8000


@dataclass(frozen=True)
class NavPage:
    """One entry in the app's sidebar navigation."""

    title: str
    href: str

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")


def wait_rendered(page: Page) -> None:
    """Wait for the script runs to finish, then check they did not end in an exception."""
    for _ in range(2):  # the browser-side draft store may ask for one more run just after the first
        page.wait_for_selector(RENDERED, timeout=RENDER_MS)
        page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=RENDER_MS)
        page.wait_for_timeout(SETTLE_MS)
    shown = page.get_by_test_id("stException")
    assert shown.count() == 0, f"{page.url} shows an exception: {shown.first.inner_text()}"


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    wait_rendered(page)


def nav_pages(page: Page) -> list[NavPage]:
    """Every page the sidebar offers, read from the running app so pages added later are covered."""
    more = page.get_by_test_id("stSidebarNavViewButton")
    if more.count() and "more" in more.inner_text().lower():
        more.click()
    links = page.locator(NAV_LINK)
    expect(links.first).to_be_visible()
    return [NavPage(link.inner_text().strip(), link.get_attribute("href")) for link in links.all()]


def go_to(page: Page, target: NavPage) -> None:
    """Follow a sidebar link (same session, as a person would) and wait for the new page to finish."""
    page.locator(f'{NAV_LINK}[href="{target.href}"]').click()
    expect(page.locator(f'{NAV_LINK}[href="{target.href}"]')).to_have_attribute("aria-current", "page")
    wait_rendered(page)


def screenshot(page: Page, name: str) -> None:
    """Whole-page pictures at desktop width and at a 390 px phone width, for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    desktop = page.viewport_size
    for label, width, height in (
        ("desktop", desktop["width"], desktop["height"]),
        ("phone", *PHONE.values()),
    ):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(200)  # the layout settles after a resize; nothing reruns
        # Streamlit scrolls inside its main block, so grow the window to the content's height.
        full = page.evaluate(f"() => document.querySelector('{MAIN}').scrollHeight")
        page.set_viewport_size({"width": width, "height": min(max(height, full), MAX_SHOT_HEIGHT)})
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png")
    page.set_viewport_size(desktop)


def upload(page: Page, name: str, data: bytes) -> None:
    """Give the file uploader a file straight from memory, so no copy is written to disk."""
    picker = page.get_by_test_id("stFileUploaderDropzoneInput")
    picker.set_input_files({"name": name, "mimeType": "application/json", "buffer": data})
    expect(page.get_by_test_id("stFileChipName")).to_have_text(name)
    expect(page.get_by_test_id("stFileChipIconSpinner")).to_have_count(0)


def download(page: Page, button: str) -> bytes:
    """Press a download button and return the bytes the browser received."""
    with page.expect_download() as event:
        page.get_by_role("button", name=button).click()
    return Path(event.value.path()).read_bytes()


def focused_text(page: Page) -> str:
    return page.evaluate("() => (document.activeElement && document.activeElement.innerText) || ''").strip()


def tab_to(page: Page, text: str) -> None:
    """Move the keyboard focus to the control showing `text` with Tab (then Shift+Tab) alone."""
    for key in ("Tab", "Shift+Tab"):
        for _ in range(MAX_TABS):
            page.keyboard.press(key)
            if focused_text(page) == text:
                return
    raise AssertionError(f"{text!r} cannot be reached with the keyboard on {page.url}")
