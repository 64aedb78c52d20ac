"""Real HTTP servers on 127.0.0.1 for tests: a news site with validators, a webhook receiver."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    last_modified: str = field(default_factory=lambda: formatdate(usegmt=True))
    headers: dict[str, str] = field(default_factory=dict)
    # instead of `body`: chunks sent one by one with no Content-Length (slow, endless, huge)
    chunks: Callable[[], Iterator[bytes]] | None = None

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class NewsSite:
    """Serves `pages` by path, answering If-None-Match / If-Modified-Since with 304.

    Change a page between two checks with `site.put(path, ...)`; `site.requests` logs
    (method, path, status) for every request. `site.script(path, page, ...)` serves the
    pages in turn, one per request, the last one from then on. `site.sent` counts the body
    bytes written per path. With `keep_alive`, it speaks HTTP/1.1 and keeps connections open
    between requests; `site.connections` counts the TCP connections it accepted.
    """

    def __init__(self, host: str = "127.0.0.1", *, keep_alive: bool = False) -> None:
        self.host = host
        self.pages: dict[str, Page] = {}
        self.scripts: dict[str, list[Page]] = {}
        self.requests: list[tuple[str, str, int]] = []
        self.sent: dict[str, int] = {}
        self.connections = 0
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def setup(self) -> None:
                super().setup()
                with site._lock:
                    site.connections += 1

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                with site._lock:
                    script = site.scripts.get(self.path)
                    if script:
                        site.pages[self.path] = script.pop(0) if len(script) > 1 else script[0]
                page = site.pages.get(self.path)
                if page is None:
                    self._answer(404, b"not found", "text/plain")
                    return
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if page.status == 200 and (
                    (inm is not None and inm == page.etag)
                    or (inm is None and ims is not None and ims == page.last_modified)
                ):
                    self._answer(304, b"", None, page)
                    return
                if page.chunks is not None:
                    self._stream(page)
                    return
                self._answer(page.status, page.body, page.content_type, page)

            def _stream(self, page: Page) -> None:
                assert page.chunks is not None
                with site._lock:
                    site.requests.append(("GET", self.path, page.status))
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    for chunk in page.chunks():
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        with site._lock:
                            site.sent[self.path] = site.sent.get(self.path, 0) + len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading: that is the point
                self.close_connection = True

            def _answer(
                self, status: int, body: bytes, content_type: str | None, page: Page | None = None
            ) -> None:
                with site._lock:
                    site.requests.append(("GET", self.path, status))
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                if page is not None and status in (200, 304):
                    self.send_header("ETag", page.etag)
                    self.send_header("Last-Modified", page.last_modified)
                for name, value in (page.headers if page else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = _Server((host, 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def script(self, path: str, *pages: Page) -> None:
        self.scripts[path] = list(pages)

    def put(
        self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8"
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type)

    def statuses(self, path: str) -> list[int]:
        return [status for _, p, status in self.requests if p == path]

    def start(self) -> NewsSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class WebhookReceiver:
    """Records JSON POSTs; `down = True` makes it answer 503 like a service in trouble."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.down = False
        # a process to SIGKILL when a POST arrives, before answering it (a crash mid-delivery)
        self.kill_on_post: int | None = None
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length)
                if receiver.kill_on_post is not None:
                    os.kill(receiver.kill_on_post, signal.SIGKILL)
                    receiver.kill_on_post = None
                    self.close_connection = True
                    return
                if receiver.down:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                receiver.received.append(json.loads(data or b"{}"))
                receiver.headers.append(dict(self.headers))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def apprise_url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook"

    def start(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def running(server: Any) -> Iterator[Any]:
    server.start()
    try:
        yield server
    finally:
        server.stop()
