"""Real Redis for the distributed-mode tests: CI's server (NEWSCRAWL_TEST_REDIS_URL, started by .ci/run),
else a redis-server this session starts on a free port, else the tests skip. Never a fake Redis."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

SKIP_REASON = "redis-server not installed"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A redis-server process on 127.0.0.1 (``persist``: append-only file fsynced on every write,
    so a stop and start on the same port keeps the data)."""

    def __init__(self, persist: bool = False, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip(SKIP_REASON)
        self.binary = binary
        self.port = port or free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="newscrawl-redis-"))
        self.persist = persist
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        persistence = ["--appendonly", "yes", "--appendfsync", "always"] if self.persist else ["--appendonly", "no"]
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--dir", str(self.dir),
             "--daemonize", "no", *persistence],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return self
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        """A clean shutdown (SIGTERM): with persist, everything written so far is on disk."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def redis_url():
    """CI's shared server, or one for this test session."""
    url = os.environ.get("NEWSCRAWL_TEST_REDIS_URL")
    if url:
        yield url
        return
    server = RedisServer().start()
    try:
        yield server.url
    finally:
        server.close()


@pytest.fixture
def crawl_keys():
    """Key settings unique to one test: tests share the server, never each other's crawls."""
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    return {"NEWSCRAWL_REDIS_KEY": f"{prefix}:%(spider)s", "NEWSCRAWL_REDIS_STORE_KEY": f"{prefix}:seen",
            "prefix": prefix}


@pytest.fixture(params=["sqlite", "redis"])
def seen_store(request, tmp_path):
    """Each seen-store in turn, empty: SQLite in tmp_path, then Redis under this test's own keys."""
    from newscrawl.state import RedisSeenStore, SeenStore, redis_client

    if request.param == "sqlite":
        store = SeenStore(tmp_path / "seen.sqlite3")
        yield store
        store.close()
        return
    client = redis_client(request.getfixturevalue("redis_url"), 5.0)
    yield RedisSeenStore(client, request.getfixturevalue("crawl_keys")["NEWSCRAWL_REDIS_STORE_KEY"])
    client.close()


def wide_site_routes(count: int, per_listing: int = 50, delay: float = 0.0, pad_to: int = 0) -> dict[str, Route]:
    """Like synthetic_site.site_routes, but `per_listing` articles per listing page (the spider pages
    by offset 20 and reads 30 pages by default, so 1,000 articles need wider pages)."""
    routes: dict[str, Route] = {}
    numbers = list(range(count))
    page = 0
    while True:
        chunk = numbers[page * per_listing:(page + 1) * per_listing]
        routes[listing_url(page * 20)] = Route(body=listing_html(chunk).encode(), delay=delay)
        if not chunk:
            break
        page += 1
    for n in numbers:
        routes[article_url(n)] = Route(body=article_html(n, pad_to=pad_to).encode(), delay=delay)
    return routes


WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)


class HostMeter:
    """Loopback site routes that measure politeness from the server's side, per host: requests in
    flight (the most at once) and when each request started. A request counts as in flight from the
    moment the server reads it until its answer is ready. Routes wrapped with ``hold=True`` also wait
    until :attr:`open` is set (so every worker has joined before the crawl really starts)."""

    def __init__(self) -> None:
        import threading
        from collections import Counter, defaultdict

        self.lock = threading.Lock()
        self.open = threading.Event()
        self.in_flight: Counter = Counter()
        self.max_in_flight: Counter = Counter()
        self.starts: dict[str, list[float]] = defaultdict(list)

    def wrap(self, route: Route, hold: bool = False):
        def answer(_hit: int, request) -> Route:
            from urllib.parse import urlsplit

            if hold:
                self.open.wait(300)
            host = urlsplit(request.url).hostname or ""
            with self.lock:
                self.starts[host].append(time.monotonic())
                self.in_flight[host] += 1
                self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])
            try:
                time.sleep(route.delay)
                return Route(body=route.body, status=route.status, headers=route.headers)
            finally:
                with self.lock:
                    self.in_flight[host] -= 1
        return answer

    def wrap_all(self, routes: dict[str, Route], hold: str | None = None) -> dict:
        return {url: self.wrap(route, hold=url == hold) for url, route in routes.items()}

    def rate(self, host: str) -> float:
        """Requests started per second, from the first start to the last."""
        starts = sorted(self.starts[host])
        return (len(starts) - 1) / (starts[-1] - starts[0]) if len(starts) > 1 and starts[-1] > starts[0] else 0.0

    def max_in_window(self, host: str, seconds: float) -> int:
        """The most request starts within any `seconds` long window."""
        starts = sorted(self.starts[host])
        best, first = 0, 0
        for last, t in enumerate(starts):
            while t - starts[first] > seconds:
                first += 1
            best = max(best, last - first + 1)
        return best


def spread_over_hosts(routes: dict[str, Route], count: int, hosts: int) -> dict[str, Route]:
    """`wide_site_routes` with article n moved to host ``kanal<n % hosts>.sindonews.com`` (listing links
    and canonical links too): one crawl over several sites, one host each, for politeness per host."""
    from synthetic_site import article_url

    moved = {article_url(n): article_url(n).replace("//nasional.", f"//kanal{n % hosts}.") for n in range(count)}
    out: dict[str, Route] = {}
    for url, route in routes.items():
        body = route.body
        if url in moved:
            body = body.replace(url.encode(), moved[url].encode())
        elif b"/read/" in body:  # a listing page
            for old, new in moved.items():
                if old.encode() in body:
                    body = body.replace(f'"{old}"'.encode(), f'"{new}"'.encode())
        out[moved.get(url, url)] = Route(body=body, status=route.status, headers=route.headers, delay=route.delay)
    return out
