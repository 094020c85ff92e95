"""`make bench`: measures the app against baselines taken in the same run and prints one table."""

import datetime as dt
import importlib.util
import logging
import os
import platform
from pathlib import Path

import psutil
import streamlit

from benchmarks.pages import page_rows
from benchmarks.report import table
from benchmarks.sessions import session_rows
from benchmarks.startup import startup_rows


def machine() -> str:
    """Where and when the figures were taken: they only compare within one run on one machine."""
    lines = Path("/proc/cpuinfo").read_text().splitlines()
    model = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "?")
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; {platform.platform()}; {os.cpu_count()} cores ({model}); "
        f"{memory:.0f} GB; Python {platform.python_version()}; Streamlit {streamlit.__version__}"
    )


def main() -> None:
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest's bare-mode warnings are not results
    print(f"Benchmark, {machine()}", flush=True)
    rows = startup_rows()
    rows += page_rows()
    rows += session_rows(50, p95_limit=300, memory_limit=3, baseline=True)
    rows += session_rows(200, p95_limit=None, memory_limit=None, baseline=False)
    print(table(rows))
    print(pdf_table(), flush=True)


def pdf_table() -> str:
    """The PDF engineer's hook: benchmarks/pdf_timing.py measures the agenda against fpdf2's floor."""
    if importlib.util.find_spec("sen_guide.pdf") is None:
        return "PDF agenda: not built yet (sen_guide.pdf is missing)."
    from benchmarks.pdf_timing import pdf_rows

    lines = ["| PDF measure | figure | target |", "|---|---:|---|"]
    return "\n".join([*lines, *(f"| {name} | {figure} | {target} |" for name, figure, target in pdf_rows())])


if __name__ == "__main__":
    main()
