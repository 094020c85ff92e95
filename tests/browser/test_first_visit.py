"""The first visitor after a server start lands on the page they asked for, with no dialog over it."""

import pytest

from tests.browser.conftest import ROOT
from tests.browser.driver import open_app
from tests.browser.server import OUR_APP, start_server, stop_server

pytestmark = pytest.mark.browser


def test_the_first_visitor_to_a_deep_link_sees_the_page_and_no_dialog(browser, tmp_path):
    server = start_server(ROOT, OUR_APP, tmp_path / "streamlit.log")  # a server nobody has visited yet
    context = browser.new_context()
    try:
        page = context.new_page()
        open_app(page, f"{server.url}/needs")
        assert page.get_by_role("dialog").count() == 0
        assert page.locator("h1").first.inner_text() == "Needs"
    finally:
        context.close()
        stop_server(server)
