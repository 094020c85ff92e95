"""Each page's AppTest run time against a bare page's, both warm, taken in turn in the same process."""

import re
import time

from streamlit.components.v2.component_manager import BidiComponentManager
from streamlit.testing.v1 import AppTest

from benchmarks.report import Row, median, p95
from benchmarks.startup import BARE, ROOT

RUNS = 15
PAGE_FILE = re.compile(r'st\.Page\(\s*"([^"]+\.py)"')


def page_files() -> list[str]:
    """Every page app.py registers, read from app.py so pages added later are measured too."""
    return PAGE_FILE.findall((ROOT / "app.py").read_text(encoding="utf-8"))


def seconds(app: AppTest, page: str | None) -> float:
    started = time.perf_counter()
    (app.switch_page(page) if page else app).run()
    if app.exception:
        raise RuntimeError(f"{page} raised: {app.exception[0].value}")
    return time.perf_counter() - started


def page_timings(app: AppTest, bare: AppTest, page: str) -> tuple[list[float], list[float]]:
    """Runs of the page and of the bare page in turn, so a busy moment slows both; first runs left out."""
    seconds(app, page), seconds(bare, None)
    pairs = [(seconds(app, page), seconds(bare, None)) for _ in range(RUNS)]
    return [pair[0] for pair in pairs], [pair[1] for pair in pairs]


def page_rows() -> list[Row]:
    # As in tests/conftest.py: AppTest scans every installed package for components on each start.
    BidiComponentManager.discover_and_register_components = lambda self, *a, **k: None
    bare = AppTest.from_file(str(BARE / "app.py"), default_timeout=60).run()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    rows, slowest = [], ("", 0.0)
    for page in page_files():
        ours, baseline = page_timings(app, bare, page)
        name = page.removeprefix("pages/").removesuffix(".py")
        rows.append(
            Row(f"AppTest run, {name} (median)", median(ours) * 1000, "ms", median(baseline) * 1000, 2.0)
        )
        slowest = max(slowest, (name, p95(ours) * 1000), key=lambda pair: pair[1])
    return [*rows, Row(f"AppTest run p95, slowest page ({slowest[0]})", slowest[1], "ms", value_limit=150)]
