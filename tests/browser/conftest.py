"""Real-browser fixtures: one app server per test session, one Debian chromium, a fresh context per test."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.server import OUR_APP, AppServer, start_server, stop_server

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
# Background networking, sync and component updates off: the browser itself must call nobody.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}


def is_own(url: str, port: int) -> bool:
    """True for the app's own address; `blob:` and `data:` URLs never leave the browser."""
    parts = urlsplit(url.removeprefix("blob:"))
    return parts.scheme == "data" or parts.netloc == f"127.0.0.1:{port}"


@pytest.fixture(scope="session")
def app_server(tmp_path_factory) -> AppServer:
    """The real app, started once for the whole browser suite."""
    server = start_server(ROOT, OUR_APP, tmp_path_factory.mktemp("server") / "streamlit.log")
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright; never a downloaded browser."""
    if not CHROMIUM.exists():
        reason = f"REAL-BROWSER TESTS NOT RUN: {CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, app_server):
    """Opens pages, each in its own fresh browser context; every request any of them makes is checked."""
    contexts, requests = [], []

    def open_page(viewport: dict = DESKTOP):
        context = browser.new_context(viewport=viewport, accept_downloads=True)
        context.on("request", lambda request: requests.append(request.url))
        context.on("page", lambda page: page.on("websocket", lambda ws: requests.append(ws.url)))
        contexts.append(context)
        return context.new_page()

    log_start = len(app_server.log())
    yield open_page
    for context in contexts:
        context.close()
    server_said = app_server.log()[log_start:]
    if "Traceback" in server_said:  # shown with a failing test: the page only says "an error"
        print(f"Server log during this test:\n{server_said[-5000:]}")
    outside = sorted({url for url in requests if not is_own(url, app_server.port)})
    assert not outside, f"the browser made requests beyond the app's own address: {outside}"
