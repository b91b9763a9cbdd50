"""The HTTP client: limits, redirects, address and scheme refusals, bounded concurrency."""

from __future__ import annotations

import gzip
import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest
from feed_server import FeedServer, Route

from transforms import fetch
from transforms.fetch import (
    FetchError,
    FetchLimits,
    HttpClient,
    is_public_address,
    parse_retry_after,
    run_bounded,
)

LOOPBACK = FetchLimits(connect_timeout=1.0, read_timeout=1.0, total_timeout=3.0,
                       max_bytes=100_000, max_redirects=3, user_agent="newsflow-test/1",
                       allow_private_network=True)


@pytest.fixture
def client():
    made = HttpClient(LOOPBACK)
    yield made
    made.close()


def _error(client: HttpClient, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        client.get(url)
    return caught.value


def test_get_sends_user_agent_and_returns_body(server, client) -> None:
    url = server.add("/a", Route(b"<html>hello</html>"))
    response = client.get(url, {"Accept": "text/html"})
    assert response.status == 200 and response.body == b"<html>hello</html>"
    assert response.content_type == "text/html"
    seen = server.hits("/a")[0].headers
    assert seen["user-agent"] == "newsflow-test/1" and seen["accept"] == "text/html"
    assert seen["host"] == f"127.0.0.1:{server.base.rsplit(':', 1)[1]}"


def test_redirects_are_followed_up_to_the_limit(server, client) -> None:
    server.add("/final", Route(b"done"))
    server.add("/hop", Route(status=302, headers={"Location": "/final"}))
    assert client.get(server.url("/hop")).url == server.url("/final")
    server.add("/loop", Route(status=301, headers={"Location": "/loop"}))
    error = _error(client, server.url("/loop"))
    assert error.reason == "too-many-redirects"
    assert len(server.hits("/loop")) == LOOPBACK.max_redirects + 1


def test_redirect_to_another_scheme_is_refused(server, client) -> None:
    server.add("/to-file", Route(status=302, headers={"Location": "file:///etc/passwd"}))
    assert _error(client, server.url("/to-file")).reason == "refused-scheme"


def test_read_timeout_is_short_and_recorded(server, client) -> None:
    server.add("/slow", Route(b"late", delay=2.5))
    started = time.monotonic()
    assert _error(client, server.url("/slow")).reason == "timeout"
    assert time.monotonic() - started < 2.0


def test_declared_and_streamed_bodies_over_the_limit_are_refused(server, client) -> None:
    server.add("/declared", Route(b"x" * 200_000))
    server.add("/streamed", Route(b"x" * 200_000, chunked=True))
    assert _error(client, server.url("/declared")).reason == "too-large"
    assert _error(client, server.url("/streamed")).reason == "too-large"


def test_a_gzip_bomb_is_stopped_at_the_limit(server, client) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    server.add("/bomb", Route(bomb, headers={"Content-Encoding": "gzip"}))
    assert len(bomb) < LOOPBACK.max_bytes
    assert _error(client, server.url("/bomb")).reason == "too-large"


def test_http_errors_carry_status_and_retry_after(server, client) -> None:
    server.add("/busy", Route(b"busy", status=503, headers={"Retry-After": "120"}))
    error = _error(client, server.url("/busy"))
    assert (error.reason, error.status, error.retry_after) == ("http-503", 503, 120.0)
    assert _error(client, server.url("/missing")).reason == "http-404"


def test_not_modified_comes_back_without_a_body(server, client) -> None:
    url = server.add("/feed", Route(b"<rss/>", etag='"v1"'))
    response = client.get(url, {"If-None-Match": '"v1"'})
    assert response.status == 304 and response.body == b""


def test_connection_refused_is_a_connection_error(client) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    assert _error(client, f"http://127.0.0.1:{port}/").reason == "connection-error"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/feed.xml",
                                 "gopher://example.com/", "javascript:alert(1)"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    assert _error(HttpClient(FetchLimits()), url).reason == "refused-scheme"


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://localhost:9/", "http://[::1]:9/",
                                 "http://10.1.2.3/", "http://192.168.0.1/",
                                 "http://169.254.169.254/latest/meta-data/",
                                 "http://[fe80::1]/", "http://100.64.0.1/", "http://0.0.0.0/"])
def test_private_addresses_are_refused_without_the_flag(url: str) -> None:
    error = _error(HttpClient(FetchLimits()), url)
    assert error.reason == "refused-address" and "allow-private-network" in error.detail


def test_private_addresses_are_fetched_with_the_flag(server) -> None:
    url = server.add("/ok", Route(b"fine"))
    assert _error(HttpClient(FetchLimits()), url).reason == "refused-address"
    assert HttpClient(FetchLimits(allow_private_network=True)).get(url).body == b"fine"
    assert len(server.hits("/ok")) == 1  # the refused request never left


@pytest.mark.parametrize(("address", "public"), [
    ("93.184.215.14", True), ("2606:4700::1111", True), ("127.0.0.5", False),
    ("10.0.0.1", False), ("172.16.3.4", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.1.1", False), ("224.0.0.1", False), ("::1", False),
    ("fe80::1", False), ("fd00::1", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False),
])
def test_public_address_classification(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_retry_after_as_seconds_or_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("30") == 30.0
    assert parse_retry_after("Sun, 01 Jun 2025 12:10:00 GMT", now) == 600.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_run_bounded_limits_concurrency_per_key_and_in_total() -> None:
    lock = threading.Lock()
    active: dict[str, int] = defaultdict(int)
    peaks: dict[str, int] = defaultdict(int)
    total = {"now": 0, "peak": 0}

    def work(item: tuple[str, int]) -> int:
        host, number = item
        with lock:
            active[host] += 1
            total["now"] += 1
            peaks[host] = max(peaks[host], active[host])
            total["peak"] = max(total["peak"], total["now"])
        time.sleep(0.02)
        with lock:
            active[host] -= 1
            total["now"] -= 1
        return number * 2

    items = [(host, n) for host in ("a", "b", "c", "d") for n in range(6)]
    results = dict(run_bounded(items, work, key=lambda i: i[0], max_workers=5, per_key=2))
    assert results == {item: item[1] * 2 for item in items}
    assert max(peaks.values()) == 2 and total["peak"] <= 5
    assert total["peak"] > 2  # different hosts did run at the same time


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_https_goes_to_the_checked_address_and_still_verifies_the_host_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The connection is pinned to the resolved address, yet SNI and the certificate check
    use the host name; an address-only URL fails the certificate check."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True)
    server = FeedServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    names: list[str | None] = []
    context.sni_callback = lambda _sock, name, _ctx: names.append(name)
    server._httpd.socket = context.wrap_socket(server._httpd.socket, server_side=True)
    server.add("/x", Route(b"secure"))
    server.start()
    original = fetch.urllib3.HTTPSConnectionPool
    monkeypatch.setattr(fetch.urllib3, "HTTPSConnectionPool",
                        lambda *a, **k: original(*a, ca_certs=str(cert), **k))
    port = server.base.rsplit(":", 1)[1]
    try:
        client = HttpClient(LOOPBACK)
        assert client.get(f"https://localhost:{port}/x").body == b"secure"
        assert names[-1] == "localhost"
        assert server.hits("/x")[0].headers["host"] == f"localhost:{port}"
        assert _error(client, f"https://127.0.0.1:{port}/x").reason == "connection-error"
    finally:
        server.stop()


def test_the_next_address_is_tried_when_one_refuses(server, client, monkeypatch) -> None:
    """A name with several addresses: nothing listens on the first, the second answers."""
    port = int(server.base.rsplit(":", 1)[1])
    server.add("/a", Route(b"from the second address"))
    answers = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port)),
               (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
    monkeypatch.setattr(fetch.socket, "getaddrinfo", lambda *args, **kwargs: answers)
    assert client.get(f"http://news.test:{port}/a").body == b"from the second address"
    assert server.hits("/a")[0].headers["host"] == f"news.test:{port}"
    strict = HttpClient(FetchLimits())
    assert _error(strict, f"http://news.test:{port}/a").reason == "refused-address"
