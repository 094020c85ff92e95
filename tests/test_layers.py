"""The layering rules from the house style, checked so they cannot drift."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STREAMLIT_ALLOWED = {"session.py"}
CORE = sorted(path for path in (ROOT / "sen_guide").rglob("*.py"))
PAGES = sorted((ROOT / "pages").rglob("*.py"))


@pytest.mark.parametrize("module", CORE, ids=lambda path: path.name)
def test_only_the_session_module_and_the_widgets_package_import_streamlit(module):
    imports_streamlit = re.search(r"^\s*(import|from) streamlit", module.read_text(), re.MULTILINE)
    allowed = module.name in STREAMLIT_ALLOWED or module.parent.name == "widgets"
    assert not imports_streamlit or allowed


@pytest.mark.parametrize("page", PAGES, ids=lambda path: str(path.relative_to(ROOT)))
def test_pages_never_touch_session_state_or_allow_html(page):
    source = page.read_text()
    assert "session_state" not in source
    assert "unsafe_allow_html" not in source


def test_no_page_sits_directly_in_pages():
    """A .py file directly in pages/ makes Streamlit's old multipage mode take over in AppTest."""
    assert not list((ROOT / "pages").glob("*.py"))
