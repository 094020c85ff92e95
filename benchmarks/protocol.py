"""A visitor without a browser: one websocket session speaking Streamlit's own protobuf protocol."""

import asyncio
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

RUN_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class NavEntry:
    """One page the app's navigation offers, as the browser would ask for it."""

    url_pathname: str
    page_script_hash: str


@dataclass
class Session:
    """One open session: its socket, the pages the app offered, and anything that went wrong."""

    socket: websockets.ClientConnection
    pages: list[NavEntry] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    async def run(self, page: NavEntry | None = None) -> float:
        """Ask for a (re)run of a page, as a click would; return seconds until the run finished."""
        message = BackMsg()
        message.rerun_script.query_string = ""
        if page is not None:
            message.rerun_script.page_name = page.url_pathname
            message.rerun_script.page_script_hash = page.page_script_hash
        started = time.perf_counter()
        await self.socket.send(message.SerializeToString())
        await asyncio.wait_for(self._until_finished(), RUN_TIMEOUT_SECONDS)
        return time.perf_counter() - started

    async def _until_finished(self) -> None:
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await self.socket.recv())
            kind = forward.WhichOneof("type")
            if kind == "navigation" and forward.navigation.app_pages:
                self.pages = [
                    NavEntry(page.url_pathname, page.page_script_hash)
                    for page in forward.navigation.app_pages
                ]
            elif kind == "delta" and forward.delta.new_element.WhichOneof("type") == "exception":
                self.errors.append("the page showed an exception")
            elif kind == "script_finished":
                return

    async def close(self) -> None:
        await self.socket.close()


async def open_session(port: int) -> Session:
    """Connect as a new visitor and wait for the first run of Home to finish."""
    socket = await websockets.connect(
        f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"], max_size=None
    )
    session = Session(socket)
    await session.run()
    return session
