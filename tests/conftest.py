"""Shared fixtures: fast AppTest construction and a way to see what a download button holds."""

from pathlib import Path

import pytest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture(autouse=True, scope="session")
def _skip_component_scan():
    """AppTest scans every installed package for components on each start; the app has none."""
    from streamlit.components.v2.component_manager import BidiComponentManager

    patch = pytest.MonkeyPatch()
    patch.setattr(BidiComponentManager, "discover_and_register_components", lambda self, *a, **k: None)
    yield
    patch.undo()


@pytest.fixture
def downloads(monkeypatch):
    """Every payload handed to a download button during the test, by file name."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    seen: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def spy(self, path_or_data, mimetype, kind, filename=None):
        seen[filename] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    return seen


@pytest.fixture
def app():
    """The whole app, run once, ready for `switch_page`."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(APP, default_timeout=30).run()


@pytest.fixture
def example_app(app):
    """The whole app with the example plan opened through the Start page, as a person would."""
    app.switch_page("pages/plan/start.py").run()
    app.button(key="start_example").click().run()
    return app
