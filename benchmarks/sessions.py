"""Many visitors at once: websocket sessions that each rerun a page every 2 s, on the real app."""

import asyncio
import random
import time

from benchmarks.protocol import NavEntry, Session, open_session
from benchmarks.report import Row, p95
from benchmarks.startup import BARE, ROOT, rss_mb, start
from tests.browser.server import stop_server

PERIOD_SECONDS = 2.0
LOAD_SECONDS = 20.0
CONNECT_BATCH = 25  # visitors arriving together; a burst of 200 at once only measures the queue


async def _visitor(
    session: Session, pages: list[NavEntry], offset: int, until: float, latencies: list[float]
):
    """Rerun a page every PERIOD_SECONDS, each visitor walking the pages from its own starting point."""
    await asyncio.sleep(random.uniform(0, PERIOD_SECONDS))
    step = offset
    while time.monotonic() < until:
        tick = time.monotonic()
        try:
            latencies.append(await session.run(pages[step % len(pages)]))
        except (
            TimeoutError,
            OSError,
            ConnectionError,
        ) as error:  # websockets' errors are OSError/ConnectionError
            session.errors.append(type(error).__name__)
        step += 1
        await asyncio.sleep(max(0.0, PERIOD_SECONDS - (time.monotonic() - tick)))


async def _open_many(port: int, count: int) -> tuple[list[Session], int]:
    sessions, failures = [], 0
    for first in range(0, count, CONNECT_BATCH):
        batch = await asyncio.gather(
            *(open_session(port) for _ in range(min(CONNECT_BATCH, count - first))), return_exceptions=True
        )
        sessions += [item for item in batch if isinstance(item, Session)]
        failures += sum(1 for item in batch if not isinstance(item, Session))
    return sessions, failures


async def _load(server, count: int) -> dict[str, float]:
    warm = await open_session(server.port)
    pages = warm.pages
    for page in pages:  # every page's imports loaded, so later growth is the sessions themselves
        await warm.run(page)
    await asyncio.sleep(1)
    one = rss_mb(server)
    others, failed = await _open_many(server.port, count - 1)
    sessions = [warm, *others]
    latencies: list[float] = []
    until = time.monotonic() + LOAD_SECONDS
    await asyncio.gather(*(_visitor(s, pages, n, until, latencies) for n, s in enumerate(sessions)))
    await asyncio.sleep(1)
    many = rss_mb(server)
    errors = failed + sum(len(s.errors) for s in sessions)
    await asyncio.gather(*(s.close() for s in sessions), return_exceptions=True)
    return {
        "errors": errors,
        "p95": p95(latencies) * 1000,
        "runs": len(latencies),
        "per": (many - one) / (count - 1),
    }


def measure_sessions(app_dir, count: int) -> dict[str, float]:
    server = start(app_dir)
    try:
        return asyncio.run(_load(server, count))
    finally:
        stop_server(server)


def session_rows(
    count: int, p95_limit: float | None, memory_limit: float | None, baseline: bool
) -> list[Row]:
    """Errors, p95 rerun latency and memory per extra session; the bare app under the same load if asked."""
    ours = measure_sessions(ROOT, count)
    bare = measure_sessions(BARE, count) if baseline else {}
    label = f"{count} sessions rerunning every {PERIOD_SECONDS:.0f} s ({ours['runs']} runs)"
    return [
        Row(f"{label}: errors", ours["errors"], "", bare.get("errors"), value_limit=0),
        Row(f"{label}: p95 rerun latency", ours["p95"], "ms", bare.get("p95"), value_limit=p95_limit),
        Row(
            f"{label}: memory per extra session", ours["per"], "MB", bare.get("per"), value_limit=memory_limit
        ),
    ]
