"""Loopback replay proxy: real spiders crawl saved pages by their real URLs, offline.

Start a :class:`ReplayProxy` on 127.0.0.1 and run Scrapy with ``http_proxy`` /
``https_proxy`` pointing at it (see :meth:`ReplayProxy.env`). Scrapy's
HttpProxyMiddleware then sends http:// requests in absolute form
(``GET http://host/path``) and opens a ``CONNECT host:443`` tunnel for https://.
The proxy answers the tunnel with TLS using a throwaway self-signed certificate
(Scrapy does not verify certificates by default), so every request is served
from saved files and nothing leaves the machine.

Example::

    with ReplayProxy({"https://news.example.test/a": Route(b"<html>...</html>")}) as proxy:
        subprocess.run(["scrapy", "crawl", "sindonews", "-a", "url=https://news.example.test/a"],
                       env=proxy.env(), check=True)
        assert proxy.hit_count("https://news.example.test/a") == 1

Test infrastructure (it lives under tests/, not in the product package). Run
``python tests/replay.py --fixtures tests/sites --manifest`` to serve the saved pages in the
foreground.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import ipaddress
import logging
import mimetypes
import os
import re
import signal
import socket
import socketserver
import ssl
import struct
import tempfile
import threading
import traceback
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Union
from urllib.parse import quote, urlsplit

__all__ = [
    "ReplayProxy",
    "RequestInfo",
    "Route",
    "RouteFactory",
    "realpages_dir",
    "route_key",
    "routes_from_fixtures",
    "routes_from_manifest",
    "shared_dir",
    "sniff_charset",
    "tls_server_context",
]

logger = logging.getLogger(__name__)

_DEFAULT_PORTS = {"http": 80, "https": 443}
_HTML_CONTENT_TYPE = "text/html; charset=utf-8"
# Characters that may appear unescaped in a URL path or query; everything else
# (spaces, non-ASCII) is percent-encoded the way Scrapy encodes request URLs.
_URL_SAFE_CHARS = "/?&=%:@!$'()*+,;-._~[]"
# Fixture annotations and charset declarations are looked for in the file's head.
_HEAD_BYTES = 64 * 1024
_REPLAY_URL_RE = re.compile(rb"<!--\s*replay-url:\s*(\S+)\s*-->", re.IGNORECASE)
_REPLAY_CONTENT_TYPE_RE = re.compile(rb"<!--\s*replay-content-type:\s*(.+?)\s*-->", re.IGNORECASE)
_META_CHARSET_RE = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)[\"']", re.IGNORECASE)
_HTML_SUFFIXES = {".html", ".htm", ".php", ".shtml", ".asp", ".aspx", ".jsp"}
_FIXTURE_SUFFIXES = {".html", ".htm", ".xml"}
# Hop-by-hop / framing headers are always set by the proxy itself.
_FRAMING_HEADERS = {"content-length", "transfer-encoding", "connection", "keep-alive"}


@dataclass(frozen=True)
class RequestInfo:
    """What a callable route gets to see about the request it answers."""

    method: str
    url: str  # full URL as requested, e.g. "https://host/path?q" (tunnelled requests get https)
    headers: dict[str, str]
    body: bytes = b""
    tunnelled: bool = False  # True when the request came through a CONNECT (TLS) tunnel


@dataclass
class Route:
    """A canned response. ``delay`` (seconds) is waited before answering; ``cut_after`` (bytes): the
    connection is reset after that much of the body (its full Content-Length was announced). ``unframed``: no
    Content-Length, the body ends where the server closes the connection (HTTP/1.0's framing, a server streaming
    its page); with ``cut_after`` the close is a clean one after that much of the body, which no client can tell
    from the page's end."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    cut_after: int | None = None
    unframed: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.body, str):  # convenience for hand-written test routes
            self.body = self.body.encode("utf-8")
        self.headers = dict(self.headers)
        if not any(name.lower() == "content-type" for name in self.headers):
            self.headers["Content-Type"] = _HTML_CONTENT_TYPE

    @classmethod
    def redirect(cls, location: str, status: int = 301) -> Route:
        return cls(status=status, headers={"Location": location, "Content-Type": "text/plain"})


RouteFactory = Callable[[int, RequestInfo], Route]
RouteLike = Union[Route, RouteFactory]


def route_key(url: str) -> str:
    """Matching key for a URL: scheme dropped, host lowercased, default port dropped,
    empty path read as ``/``, path and query kept (only unsafe characters escaped)."""
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal needs its brackets back
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    key = host + quote(parts.path or "/", safe=_URL_SAFE_CHARS)
    if parts.query:
        key += "?" + quote(parts.query, safe=_URL_SAFE_CHARS)
    return key


# --------------------------------------------------------------------------- TLS

class _TlsContextCache:
    """One throwaway EC key per process and, per tunnelled host, a self-signed
    certificate naming that host. Scrapy never verifies the chain, but it does
    log a warning on every connection whose certificate does not name the host
    (a bare ``*`` SAN does not count), so each host gets its own certificate."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: Any = None
        self._contexts: dict[str, ssl.SSLContext] = {}

    def get(self, hostname: str) -> ssl.SSLContext:
        hostname = hostname.strip("[]").lower() or "localhost"
        with self._lock:
            context = self._contexts.get(hostname)
            if context is None:
                context = self._contexts[hostname] = self._build(hostname)
            return context

    def _build(self, hostname: str) -> ssl.SSLContext:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        if self._key is None:
            self._key = ec.generate_private_key(ec.SECP256R1())  # far faster to make than RSA
        key = self._key
        alt_names: list[x509.GeneralName] = [
            x509.DNSName("localhost"),
            x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        ]
        try:
            alt_names.insert(0, x509.IPAddress(ipaddress.ip_address(hostname)))
        except ValueError:
            try:
                alt_names.insert(0, x509.DNSName(hostname))
            except ValueError:  # not an A-label: serve the localhost cert, Scrapy only warns
                pass
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
        now = datetime.datetime.now(datetime.timezone.utc)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))  # tolerate small clock skew
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
            .sign(key, hashes.SHA256())
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.set_alpn_protocols(["http/1.1"])  # never let a client pick h2 inside the tunnel
        # load_cert_chain only reads files; the directory can go right after.
        with tempfile.TemporaryDirectory(prefix="replay-tls-") as tmp:
            cert_path = Path(tmp, "cert.pem")
            key_path = Path(tmp, "key.pem")
            cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
            key_path.write_bytes(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )
            context.load_cert_chain(cert_path, key_path)
        return context


# The only module-level state: certificates are costly enough to make once per process.
_tls_contexts = _TlsContextCache()


def tls_server_context(hostname: str = "localhost") -> ssl.SSLContext:
    """Server-side TLS context whose throwaway self-signed cert names ``hostname``."""
    return _tls_contexts.get(hostname)


# ------------------------------------------------------------------ HTTP handler


class _ReplayServer(ThreadingHTTPServer):
    daemon_threads = True  # a hung client must never keep the process alive
    request_queue_size = 128  # the default backlog of 5 drops bursts of connects (1 s SYN retry)

    def __init__(self, address: tuple[str, int], proxy: ReplayProxy) -> None:
        self.proxy = proxy
        super().__init__(address, _ReplayHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse-DNS lookup (getfqdn) that can stall offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up mid-answer (timeouts, cancelled requests) are normal here.
        logger.debug("replay: error while serving %s", client_address, exc_info=True)


class _ReplayHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Scrapy's HTTP/1.1 client expects
    timeout = 30  # idle keep-alive connections give up eventually
    server: _ReplayServer
    tunnel_authority: str | None = None  # "host[:port]" once inside a CONNECT tunnel

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("replay: " + format, *args)

    def setup(self) -> None:
        super().setup()
        self.server.proxy._track_connection(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.proxy._untrack_connection(self.connection)
            if self.connection is not self.request:  # the TLS socket is ours to close
                try:
                    self.connection.close()
                except OSError:
                    pass

    def do_CONNECT(self) -> None:
        authority = self.path
        hostname = urlsplit(f"//{authority}").hostname or "localhost"
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        try:
            tls_socket = tls_server_context(hostname).wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError, ValueError) as error:
            logger.debug("replay: TLS handshake for %s failed: %s", authority, error)
            self.close_connection = True
            return
        # From here on the same handler loop reads requests from inside the tunnel.
        self.server.proxy._untrack_connection(self.connection)
        self.rfile.close()
        self.wfile.close()
        self.connection = tls_socket
        self.server.proxy._track_connection(tls_socket)
        self.rfile = tls_socket.makefile("rb")
        self.wfile = tls_socket.makefile("wb")
        port = authority.rpartition(":")[2]
        self.tunnel_authority = authority[: -len(":443")] if port == "443" else authority
        self.close_connection = False  # CONNECT may come as HTTP/1.0; the tunnel stays open

    def do_GET(self) -> None:
        self._answer()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def _request_url(self) -> str:
        target = self.path
        if self.tunnel_authority is not None:
            if "://" in target:  # absolute form inside a tunnel: trust the path, not the host
                target = urlsplit(target)._replace(scheme="", netloc="").geturl()
            return f"https://{self.tunnel_authority}{target}"
        if "://" in target:
            return target
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        return f"http://{host}{target}"

    def _read_request_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if not length or not length.strip().isdigit():
            return b""
        return self.rfile.read(int(length))

    def _answer(self) -> None:
        proxy = self.server.proxy
        request = RequestInfo(
            method=self.command,
            url=self._request_url(),
            headers=dict(self.headers.items()),
            body=self._read_request_body(),
            tunnelled=self.tunnel_authority is not None,
        )
        route = proxy._route_for(request)
        if route.delay > 0 and proxy._stopping.wait(route.delay):
            self.close_connection = True  # proxy is stopping: drop the request unanswered
            return
        proxy._record_hit(request.method, request.url, route.status)
        self.send_response(route.status)
        for name, value in route.headers.items():
            if name.lower() not in _FRAMING_HEADERS:
                self.send_header(name, value)
            elif name.lower() == "connection" and value.lower() == "close":
                self.close_connection = True
        if route.unframed:
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(len(route.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if request.method != "HEAD" and route.status not in (204, 304) and route.status >= 200:
            if route.unframed:  # the close ends the body: after all of it, or (cut_after) a clean close mid-body
                self.wfile.write(route.body[:route.cut_after])
                self.wfile.flush()
                return
            if route.cut_after is not None:  # a server dying mid-answer: part of the body, then RST
                self.wfile.write(route.body[:route.cut_after])
                self.wfile.flush()
                self.close_connection = True
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            self.wfile.write(route.body)
        self.wfile.flush()


# ------------------------------------------------------------------------ proxy


class ReplayProxy:
    """Threaded loopback HTTP(S) proxy / web server answering from registered routes."""

    def __init__(
        self,
        routes: Mapping[str, RouteLike] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.host = host
        self._requested_port = port
        self._lock = threading.Lock()
        self._routes: dict[str, RouteLike] = {}
        self._hits: list[tuple[str, str, int]] = []
        self._route_hit_numbers: Counter[str] = Counter()
        self._open_connections: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._server: _ReplayServer | None = None
        self._thread: threading.Thread | None = None
        for url, route in (routes or {}).items():
            self.add(url, route)

    # -- routes
    def add(self, url: str, route: RouteLike) -> None:
        """Register (or replace) the answer for ``url``; http and https share one route."""
        if not isinstance(route, Route) and not callable(route):
            raise TypeError(f"route for {url!r} must be a Route or a callable, not {type(route).__name__}")
        with self._lock:
            self._routes[route_key(url)] = route

    def add_many(self, routes: Mapping[str, RouteLike]) -> None:
        for url, route in routes.items():
            self.add(url, route)

    @property
    def urls(self) -> list[str]:
        """Route keys currently served (scheme-less, normalised)."""
        with self._lock:
            return list(self._routes)

    def _route_for(self, request: RequestInfo) -> Route:
        key = route_key(request.url)
        with self._lock:
            route = self._routes.get(key)
            self._route_hit_numbers[key] += 1
            hit_number = self._route_hit_numbers[key]
        if route is None:
            body = f"replay: no saved page for {request.url}\n".encode()
            return Route(body, status=404, headers={"Content-Type": "text/plain; charset=utf-8"})
        if isinstance(route, Route):
            return route
        try:
            answer = route(hit_number, request)
            if not isinstance(answer, Route):
                raise TypeError(f"route callable returned {type(answer).__name__}, not Route")
            return answer
        except Exception:  # a broken test route must show up as a 500, not kill the server
            logger.exception("replay: route for %s failed", request.url)
            body = f"replay: route raised\n{traceback.format_exc()}".encode()
            return Route(body, status=500, headers={"Content-Type": "text/plain; charset=utf-8"})

    # -- hits
    def _record_hit(self, method: str, url: str, status: int) -> None:
        with self._lock:
            self._hits.append((method, url, status))

    @property
    def hits(self) -> list[tuple[str, str, int]]:
        """Snapshot of every answered request as ``(method, url, status)``, in order."""
        with self._lock:
            return list(self._hits)

    def hit_count(self, url: str, method: str | None = None) -> int:
        """How many answered requests matched ``url`` (scheme-insensitive), optionally by method."""
        key = route_key(url)
        return sum(
            1
            for hit_method, hit_url, _ in self.hits
            if route_key(hit_url) == key and (method is None or hit_method == method.upper())
        )

    def clear_hits(self) -> None:
        """Forget recorded hits and restart the per-route hit numbering."""
        with self._lock:
            self._hits.clear()
            self._route_hit_numbers.clear()

    # -- connections (so stop() can cut idle keep-alive clients loose)
    def _track_connection(self, connection: socket.socket) -> None:
        with self._lock:
            self._open_connections.add(connection)

    def _untrack_connection(self, connection: socket.socket) -> None:
        with self._lock:
            self._open_connections.discard(connection)

    # -- lifecycle
    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("ReplayProxy is not started")
        return self._server.server_address[1]

    @property
    def proxy_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """A copy of ``base`` (default: os.environ) that routes HTTP(S) through this proxy."""
        environment = dict(os.environ if base is None else base)
        for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
            environment.pop(name, None)
        for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
            environment[name] = self.proxy_url
        return environment

    def start(self) -> ReplayProxy:
        if self._server is not None:
            return self
        self._stopping.clear()
        self._server = _ReplayServer((self.host, self._requested_port), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # stop() returns within ~50 ms
            name=f"replay-proxy-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()  # wakes handlers sleeping on a route delay
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._open_connections)
            self._open_connections.clear()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except (OSError, ValueError):
                pass
        if thread is not None:
            thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> ReplayProxy:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


# ---------------------------------------------------------------------- loaders


def sniff_charset(data: bytes) -> str | None:
    """Charset declared in the document's head (meta tag or XML declaration), if any."""
    head = data[:_HEAD_BYTES]
    match = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _content_type_for(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    charset = sniff_charset(data)
    if suffix == ".xml":
        return f"application/xml; charset={charset}" if charset else "application/xml"
    if suffix in _HTML_SUFFIXES or not suffix:
        return f"text/html; charset={charset or 'utf-8'}"
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def routes_from_fixtures(directory: Path) -> dict[str, Route]:
    """Routes for every ``*.html``/``*.htm``/``*.xml`` under ``directory`` that declares
    ``<!-- replay-url: URL -->`` (one or more) near its top; other files are skipped.
    ``<!-- replay-content-type: ... -->`` overrides the content type."""
    routes: dict[str, Route] = {}
    origin: dict[str, Path] = {}
    for path in sorted(Path(directory).rglob("*")):
        if path.suffix.lower() not in _FIXTURE_SUFFIXES or not path.is_file():
            continue
        data = path.read_bytes()
        head = data[:_HEAD_BYTES]
        urls = [match.decode("utf-8").strip() for match in _REPLAY_URL_RE.findall(head)]
        if not urls:
            continue
        override = _REPLAY_CONTENT_TYPE_RE.search(head)
        content_type = override.group(1).decode("utf-8") if override else _content_type_for(path, data)
        for url in urls:
            key = route_key(url)
            if key in origin:
                logger.warning("replay: %s is declared by %s and %s; using the latter", url, origin[key], path)
            origin[key] = path
            routes[url] = Route(data, headers={"Content-Type": content_type})
    return routes


def routes_from_manifest(realpages_dir: Path) -> dict[str, Route]:
    """Routes from ``MANIFEST.tsv`` (columns include ``path`` and ``original_url``):
    each original URL answers with its saved file. Rows without an http(s) URL or
    whose file is missing are skipped; a URL listed twice is served by the later row."""
    directory = Path(realpages_dir)
    routes: dict[str, Route] = {}
    with open(directory / "MANIFEST.tsv", newline="", encoding="utf-8") as manifest:
        for row in csv.DictReader(manifest, delimiter="\t"):
            url = (row.get("original_url") or "").strip()
            relative_path = (row.get("path") or "").strip()
            if not url.lower().startswith(("http://", "https://")) or not relative_path:
                continue
            page = directory / relative_path
            if not page.is_file():
                logger.warning("replay: manifest row for %s points at missing %s", url, page)
                continue
            data = page.read_bytes()
            routes[url] = Route(data, headers={"Content-Type": _content_type_for(page, data)})
    return routes


def shared_dir() -> Path | None:
    """The read-only shared folder: $NEWSCRAWL_SHARED, else <repo root>/../shared."""
    configured = os.environ.get("NEWSCRAWL_SHARED")
    if configured:
        candidate = Path(configured)
    else:
        repo_root = Path(__file__).resolve().parent.parent
        candidate = repo_root.parent / "shared"
    return candidate if candidate.is_dir() else None


def realpages_dir() -> Path | None:
    """Saved real pages: $NEWSCRAWL_REALPAGES, else <shared>/realpages."""
    configured = os.environ.get("NEWSCRAWL_REALPAGES")
    if configured:
        candidate: Path | None = Path(configured)
    else:
        shared = shared_dir()
        candidate = shared / "realpages" if shared else None
    return candidate if candidate is not None and candidate.is_dir() else None


# -------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tests/replay.py",
        description="Serve saved pages by their real URLs as a loopback HTTP(S) proxy.",
    )
    parser.add_argument("--fixtures", action="append", default=[], type=Path, metavar="DIR",
                        help="directory of fixtures with <!-- replay-url: URL --> comments (repeatable)")
    parser.add_argument("--manifest", nargs="?", const="", default=None, metavar="DIR",
                        help="directory holding MANIFEST.tsv (no value: the shared realpages folder)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args(argv)

    proxy = ReplayProxy(host=args.host, port=args.port)
    if args.manifest is not None:
        manifest_dir = Path(args.manifest) if args.manifest else realpages_dir()
        if manifest_dir is None:
            parser.error("--manifest given without DIR and no shared realpages folder was found")
        proxy.add_many(routes_from_manifest(manifest_dir))
    for directory in args.fixtures:
        proxy.add_many(routes_from_fixtures(directory))

    stop_requested = threading.Event()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda *_: stop_requested.set())
    with proxy:
        print(f"replay proxy on {proxy.proxy_url} serving {len(proxy.urls)} URLs", flush=True)
        while not stop_requested.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
