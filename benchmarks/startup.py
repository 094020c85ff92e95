"""Cold start to a healthy server, and the server's memory when idle, for the app and a bare app."""

import asyncio
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks.protocol import open_session
from benchmarks.report import Row, median
from tests.browser.server import OUR_APP, AppServer, start_server, stop_server, streamlit_run

ROOT = Path(__file__).resolve().parent.parent
BARE = ROOT / "benchmarks" / "bare_app"
# The bare app gets the server settings of our .streamlit/config.toml that change speed, so only the
# app itself differs; ours runs exactly as configured.
BARE_OPTIONS = ("--server.fileWatcherType", "none", "--runner.postScriptGC", "false")
STARTS = 5
SETTLE_SECONDS = 1.0


def start(app_dir: Path) -> AppServer:
    log = Path(tempfile.mkdtemp(prefix="bench-")) / "server.log"
    if app_dir == BARE:
        return start_server(app_dir, streamlit_run("app.py"), log, BARE_OPTIONS)
    return start_server(app_dir, OUR_APP, log)


def rss_mb(server: AppServer) -> float:
    """Resident memory of the server process (streamlit runs as one process)."""
    return psutil.Process(server.process.pid).memory_info().rss / 2**20


def first_visit(server: AppServer) -> float:
    """Seconds for a first visitor's run of Home to finish."""

    async def visit() -> float:
        started = time.perf_counter()
        session = await open_session(server.port)
        await session.close()
        return time.perf_counter() - started

    return asyncio.run(visit())


def measure_start(app_dir: Path) -> dict[str, float]:
    """One cold start: seconds to healthy and to the first page served, and memory before and after."""
    began = time.perf_counter()
    server = start(app_dir)
    healthy = time.perf_counter() - began
    time.sleep(SETTLE_SECONDS)
    idle = rss_mb(server)
    served = first_visit(server)
    time.sleep(SETTLE_SECONDS)
    visited = rss_mb(server)
    stop_server(server)
    return {"healthy": healthy * 1000, "served": served * 1000, "idle": idle, "visited": visited}


def startup_rows() -> list[Row]:
    """Cold starts of the app and the bare app, taken in turn so a busy moment slows both alike."""
    runs = [(measure_start(ROOT), measure_start(BARE)) for _ in range(STARTS)]
    ours = {key: median([pair[0][key] for pair in runs]) for key in runs[0][0]}
    bare = {key: median([pair[1][key] for pair in runs]) for key in runs[0][1]}
    return [
        Row("cold start to healthy", ours["healthy"], "ms", bare["healthy"], ratio_limit=1.2),
        Row("first visitor's Home run (after start)", ours["served"], "ms", bare["served"]),
        Row("server memory idle, no visitor yet", ours["idle"], "MB", bare["idle"], ratio_limit=1.3),
        Row(
            "server memory idle after one visit to Home",
            ours["visited"],
            "MB",
            bare["visited"],
            ratio_limit=1.3,
        ),
    ]
