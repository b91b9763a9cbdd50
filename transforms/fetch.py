"""The HTTP client for feeds and article pages, with every limit a crawler needs.

Each request has connect, read and total timeouts, a body size limit (checked while
streaming, after decompression), a redirect limit and a User-Agent. Only http(s) URLs are
fetched, and every hop of a redirect chain is resolved and checked: private, loopback,
link-local and other non-public addresses are refused unless allowed. The connection goes
to the very address that was checked (the host name is kept for the Host header, SNI and
certificate checks), so a DNS answer that changes between check and connect cannot
redirect a request into the local network.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.parse import quote, urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    HTTPError,
    NewConnectionError,
    TimeoutError,
)

from transforms.urls import WEB_SCHEMES

DEFAULT_USER_AGENT = "newsflow/0.1 (news feed reader)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
# Characters left as they are when a URL path or query is made ASCII for the request line.
_SAFE_URL_CHARS = "/%:@!$&'()*+,;=~-._?"

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class FetchLimits:
    """What one request may cost. Timeouts in seconds."""

    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    allow_private_network: bool = False


@dataclass
class FetchResponse:
    """A final (non-redirect) response: 2xx with its body, or 304 without one."""

    url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class FetchError(Exception):
    """A request that produced nothing usable; reason is a short code for the records."""

    def __init__(self, reason: str, detail: str = "", status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.status = status
        self.retry_after = retry_after


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Globally routable unicast: not private, loopback, link-local, shared, reserved, ..."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


class HttpClient:
    """GET with limits and address checks; thread-safe, keeps one connection pool per host.

    Not picklable: make one per worker (in DoFn.setup), not in the pipeline graph.
    """

    def __init__(self, limits: FetchLimits, connections_per_host: int = 2) -> None:
        self.limits = limits
        self._pool_size = connections_per_host
        self._pools: dict[tuple[str, str, int, str], urllib3.HTTPConnectionPool] = {}
        self._lock = threading.Lock()

    def get(self, url: str, headers: dict[str, str] | None = None) -> FetchResponse:
        """Follow redirects up to the limit; return a 2xx or 304 response, else raise."""
        deadline = time.monotonic() + self.limits.total_timeout
        current = url
        for _hop in range(self.limits.max_redirects + 1):
            response = self._request(current, headers or {}, deadline)
            if response.status not in REDIRECT_STATUSES:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"http-{response.status}", "redirect without a Location",
                                 response.status)
            current = urljoin(current, location.strip())
        raise FetchError("too-many-redirects", f"more than {self.limits.max_redirects} "
                         f"redirects from {url}")

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()

    def _request(self, url: str, headers: dict[str, str], deadline: float) -> FetchResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in WEB_SCHEMES:
            raise FetchError("refused-scheme", f"only http and https are fetched, not {url!r}")
        try:
            host, port = parts.hostname, parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError("bad-url", f"{url!r}: {exc}") from exc
        if not host:
            raise FetchError("bad-url", f"no host in {url!r}")
        addresses = self._resolve(host, port)
        target = quote(parts.path or "/", safe=_SAFE_URL_CHARS)
        if parts.query:
            target += "?" + quote(parts.query, safe=_SAFE_URL_CHARS)
        host_header = f"[{host}]" if ":" in host else host
        if parts.port and parts.port != (443 if scheme == "https" else 80):
            host_header += f":{parts.port}"
        request_headers = {"User-Agent": self.limits.user_agent,
                           "Accept-Encoding": "gzip, deflate", **headers, "Host": host_header}
        failure = FetchError("connection-error", f"{url}: no address to connect to")
        for address in addresses:  # the next address when one cannot be connected to
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError("timeout", f"gave up after {self.limits.total_timeout:g}s")
            timeout = urllib3.Timeout(connect=min(self.limits.connect_timeout, remaining),
                                      read=min(self.limits.read_timeout, remaining))
            pool = self._pool(scheme, host, port, address)
            try:
                raw = pool.urlopen("GET", target, headers=request_headers, redirect=False,
                                   retries=False, preload_content=False, decode_content=True,
                                   timeout=timeout, assert_same_host=False)
                break
            except NewConnectionError as exc:  # a subclass of ConnectTimeoutError
                failure = FetchError("connection-error", f"{url} ({address}): {exc}")
            except ConnectTimeoutError as exc:
                failure = FetchError("timeout", f"{url} ({address}): {exc}")
            except TimeoutError as exc:
                raise FetchError("timeout", f"{url}: {exc}") from exc
            except HTTPError as exc:
                raise FetchError("connection-error",
                                 f"{url}: {type(exc).__name__}: {exc}") from exc
        else:
            raise failure
        try:
            return self._finish(url, raw, deadline)
        finally:
            raw.release_conn()

    def _finish(self, url: str, raw: urllib3.BaseHTTPResponse, deadline: float) -> FetchResponse:
        headers = {k.lower(): v for k, v in raw.headers.items()}
        status = raw.status
        if status in REDIRECT_STATUSES or status == 304 or not 200 <= status < 300:
            # Closed, not drained: the body of an error or redirect could be endless.
            raw.close()
        if status in REDIRECT_STATUSES or status == 304:
            return FetchResponse(url, status, headers)
        if not 200 <= status < 300:
            raise FetchError(f"http-{status}", f"{url} answered {status} {raw.reason or ''}"
                             .strip(), status, parse_retry_after(headers.get("retry-after")))
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limits.max_bytes:
            raw.close()
            raise FetchError("too-large", f"{url} declares {declared} bytes, limit "
                             f"{self.limits.max_bytes}", status)
        body = bytearray()
        try:
            for chunk in raw.stream(_CHUNK, decode_content=True):
                body += chunk
                if len(body) > self.limits.max_bytes:
                    raw.close()
                    raise FetchError("too-large", f"{url} sent more than "
                                     f"{self.limits.max_bytes} bytes", status)
                if time.monotonic() > deadline:
                    raw.close()
                    raise FetchError("timeout", f"{url}: body not complete after "
                                     f"{self.limits.total_timeout:g}s", status)
        except TimeoutError as exc:
            raw.close()
            raise FetchError("timeout", f"{url}: {exc}", status) from exc
        except DecodeError as exc:
            raw.close()
            raise FetchError("bad-encoding", f"{url}: {exc}", status) from exc
        except HTTPError as exc:
            raw.close()
            raise FetchError("connection-error", f"{url}: {type(exc).__name__}: {exc}",
                             status) from exc
        return FetchResponse(url, status, headers, bytes(body))

    def _resolve(self, host: str, port: int) -> list[str]:
        """The addresses to connect to, in resolver order; every one must be allowed."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError("unresolvable", f"{host}: {exc}") from exc
        addresses = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
        if not addresses:
            raise FetchError("unresolvable", f"{host} has no address")
        if not self.limits.allow_private_network:
            refused = [str(a) for a in addresses if not is_public_address(a)]
            if refused:
                raise FetchError("refused-address",
                                 f"{host} resolves to non-public {', '.join(refused)}; "
                                 "allow with --allow-private-network")
        return list(dict.fromkeys(str(a) for a in addresses))

    def _pool(self, scheme: str, host: str, port: int, address: str
              ) -> urllib3.HTTPConnectionPool:
        key = (scheme, host, port, address)
        with self._lock:
            pool = self._pools.get(key)
            if pool is None:
                if scheme == "https":
                    pool = urllib3.HTTPSConnectionPool(
                        address, port, maxsize=self._pool_size, block=False,
                        server_hostname=host, assert_hostname=host, cert_reqs="CERT_REQUIRED")
                else:
                    pool = urllib3.HTTPConnectionPool(address, port, maxsize=self._pool_size,
                                                      block=False)
                self._pools[key] = pool
            return pool


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), if it has one."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def host_of(url: str) -> str:
    """The host a URL names, the unit of politeness; the URL itself when it has none."""
    try:
        return (urlsplit(url).hostname or url).lower()
    except ValueError:
        return url


def run_bounded(items: Iterable[T], work: Callable[[T], R], key: Callable[[T], str],
                max_workers: int, per_key: int) -> Iterator[tuple[T, R]]:
    """Run work over items on a thread pool, at most per_key at a time for any one key.

    Items wait in per-key queues and are submitted only when their key has a free slot,
    so a slow host never ties up threads that other hosts could use. Yields (item, result)
    as they finish; an exception raised by work propagates.
    """
    queues: dict[str, deque[T]] = defaultdict(deque)
    for item in items:
        queues[key(item)].append(item)
    if not queues:
        return
    running: dict[Future, tuple[str, T]] = {}
    active: dict[str, int] = defaultdict(int)
    with ThreadPoolExecutor(max_workers=max(1, max_workers),
                            thread_name_prefix="newsflow-fetch") as pool:

        def fill() -> None:
            for name, queue in queues.items():
                while queue and active[name] < per_key:
                    item = queue.popleft()
                    active[name] += 1
                    running[pool.submit(work, item)] = (name, item)

        fill()
        while running:
            done, _pending = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                name, item = running.pop(future)
                active[name] -= 1
                yield item, future.result()
            fill()
