"""Starts and stops the app server on a free loopback port; shared by the browser suite and the benchmark."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

STARTUP_SECONDS = 60


@dataclass
class AppServer:
    """A running `streamlit run app.py` on a loopback port, with its combined stdout/stderr log."""

    port: int
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        """Everything the server has printed so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    """A loopback port nobody is listening on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# How our app is started in production (`make run`): like `streamlit run app.py`, without the legacy
# pages/ mode that showed the first visitor a "Page not found" dialog (see scripts/serve.py).
OUR_APP = ("scripts/serve.py",)


def streamlit_run(script: str) -> tuple[str, ...]:
    """Plain `streamlit run SCRIPT`, as the bare baseline app is started."""
    return ("-m", "streamlit", "run", script)


def start_server(
    app_dir: Path, entry: tuple[str, ...], log_path: Path, options: tuple[str, ...] = ()
) -> AppServer:
    """Start Streamlit headless on a free loopback port and wait until it says it is healthy; `entry` is
    what follows `python` (OUR_APP, or streamlit_run("app.py"))."""
    port = free_port()
    command = [sys.executable, *entry, "--server.headless", "true"]
    command += ["--server.address", "127.0.0.1", "--server.port", str(port), *options]
    with log_path.open("wb") as log:
        # Unbuffered, so the log read by the privacy test already holds everything printed so far.
        environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(
            command, cwd=app_dir, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    server = AppServer(port, log_path, process)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        if is_healthy(server.url):
            return server
        time.sleep(0.05)
    stop_server(server)
    raise RuntimeError(f"Streamlit did not become healthy:\n{server.log()}")


def is_healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
            return response.read() == b"ok"
    except OSError:
        return False


def stop_server(server: AppServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
