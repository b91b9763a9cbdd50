"""A real HTTP server on 127.0.0.1 for feed and fetch tests: routes set per test, requests
recorded, conditional GET answered with 304 the way a well-behaved server does."""

from __future__ import annotations

import http.server
import sys
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds to wait before answering
    chunked: bool = False  # send without Content-Length


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    status: int


class _QuietServer(http.server.ThreadingHTTPServer):
    """A client closing a kept-alive connection while the handler waits for its next request
    is the end of that connection, not an error to print."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class FeedServer:
    """Serves routes by path; every request is recorded in .requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server._answer(self)

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _answer(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]  # routes ignore the query, as sites mostly do
        route = self.routes.get(path)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        status = 404 if route is None else route.status
        if route is not None and status == 200 and _not_modified(route, headers):
            status = 304
        with self._lock:
            self.requests.append(Seen(path, headers, status))
        if route is not None and route.delay:
            time.sleep(route.delay)
        body = b"" if route is None or status == 304 else route.body
        try:
            handler.send_response(status)
            if route is not None:
                handler.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    handler.send_header(name, value)
                if route.etag:
                    handler.send_header("ETag", route.etag)
                if route.last_modified:
                    handler.send_header("Last-Modified", route.last_modified)
            if route is not None and route.chunked and status == 200:
                handler.send_header("Connection", "close")
                handler.end_headers()
                for start in range(0, len(body), 8192):
                    handler.wfile.write(body[start:start + 8192])
                handler.close_connection = True
                return
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


def _not_modified(route: Route, headers: dict[str, str]) -> bool:
    if route.etag and headers.get("if-none-match") == route.etag:
        return True
    return bool(route.last_modified and headers.get("if-modified-since") == route.last_modified
                and "if-none-match" not in headers)


def http_date(epoch: float) -> str:
    return formatdate(epoch, usegmt=True)
