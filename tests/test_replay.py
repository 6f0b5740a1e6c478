"""Tests for the loopback replay proxy (tests/replay.py). Only 127.0.0.1 is contacted."""

from __future__ import annotations

import http.client
import json
import signal
import socket
import ssl
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from replay import (
    ReplayProxy,
    RequestInfo,
    Route,
    realpages_dir,
    route_key,
    routes_from_fixtures,
    routes_from_manifest,
    shared_dir,
)

ARTICLE_URL = "https://www.example-news.test/read/1/berita-satu"
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def proxy():
    with ReplayProxy() as running:
        yield running


def fetch_via_proxy(proxy: ReplayProxy, url: str, timeout: float = 5, method: str = "GET"):
    """(status, headers, body) for an http:// URL fetched through the proxy in absolute form."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy.proxy_url}))
    request = urllib.request.Request(url, method=method)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def tunnel_connection(proxy: ReplayProxy, host: str, port: int = 443) -> http.client.HTTPSConnection:
    """HTTPS connection that goes through a CONNECT tunnel, not verifying the throwaway cert."""
    unverified = ssl.create_default_context()
    unverified.check_hostname = False
    unverified.verify_mode = ssl.CERT_NONE
    connection = http.client.HTTPSConnection("127.0.0.1", proxy.port, context=unverified, timeout=5)
    connection.set_tunnel(host, port)
    return connection


# ---------------------------------------------------------------- URL matching


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("http://www.example-news.test/a", "https://www.example-news.test/a"),
        ("https://WWW.Example-News.TEST/a", "http://www.example-news.test/a"),
        ("https://www.example-news.test:443/a", "http://www.example-news.test/a"),
        ("http://www.example-news.test:80/a", "http://www.example-news.test/a"),
        ("https://www.example-news.test", "http://www.example-news.test/"),
        ("http://www.example-news.test/a?x=1&y=2", "https://www.example-news.test/a?x=1&y=2"),
        ("http://www.example-news.test/a b", "http://www.example-news.test/a%20b"),
        ("http://www.example-news.test/a#fragment", "http://www.example-news.test/a"),
    ],
)
def test_route_key_matches_equivalent_urls(first: str, second: str) -> None:
    assert route_key(first) == route_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("http://www.example-news.test/a", "http://www.example-news.test/A"),
        ("http://www.example-news.test/a?x=1&y=2", "http://www.example-news.test/a?y=2&x=1"),
        ("http://www.example-news.test/a", "http://www.example-news.test/a/"),
        ("http://www.example-news.test:8080/a", "http://www.example-news.test/a"),
        ("http://www.example-news.test/a", "http://example-news.test/a"),
    ],
)
def test_route_key_keeps_path_query_and_host_distinct(first: str, second: str) -> None:
    assert route_key(first) != route_key(second)


# ------------------------------------------------------------------ serving


def test_http_absolute_form_through_proxy(proxy: ReplayProxy) -> None:
    proxy.add("http://www.example-news.test/page?id=7", Route(b"<html>seven</html>"))
    status, headers, body = fetch_via_proxy(proxy, "http://www.example-news.test/page?id=7")
    assert (status, body) == (200, b"<html>seven</html>")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Content-Length"] == str(len(body))
    assert proxy.hits == [("GET", "http://www.example-news.test/page?id=7", 200)]


def test_https_via_connect_tunnel_with_keep_alive(proxy: ReplayProxy) -> None:
    proxy.add(ARTICLE_URL, Route(b"<html>article</html>"))
    proxy.add("https://www.example-news.test/feed.xml", Route(b"<rss/>", headers={"Content-Type": "application/xml"}))
    connection = tunnel_connection(proxy, "www.example-news.test")
    try:
        connection.request("GET", "/read/1/berita-satu")
        first = connection.getresponse()
        assert (first.status, first.read()) == (200, b"<html>article</html>")
        # Same tunnel, second request: the handler must keep serving until the client closes.
        connection.request("GET", "/feed.xml")
        second = connection.getresponse()
        assert (second.status, second.getheader("Content-Type"), second.read()) == (200, "application/xml", b"<rss/>")
    finally:
        connection.close()
    assert proxy.hits == [
        ("GET", ARTICLE_URL, 200),
        ("GET", "https://www.example-news.test/feed.xml", 200),
    ]


def test_tunnel_certificate_names_the_tunnelled_host(proxy: ReplayProxy) -> None:
    from cryptography import x509

    connection = tunnel_connection(proxy, "www.example-news.test")
    try:
        connection.request("GET", "/")
        connection.getresponse().read()
        der = connection.sock.getpeercert(binary_form=True)
    finally:
        connection.close()
    names = x509.load_der_x509_certificate(der).extensions.get_extension_for_class(x509.SubjectAlternativeName)
    assert "www.example-news.test" in names.value.get_values_for_type(x509.DNSName)


def test_scheme_insensitive_matching(proxy: ReplayProxy) -> None:
    proxy.add("https://WWW.Example-News.test/only-https", Route(b"same page"))
    status, _, body = fetch_via_proxy(proxy, "http://www.example-news.test/only-https")
    assert (status, body) == (200, b"same page")
    connection = tunnel_connection(proxy, "www.example-news.test")
    try:
        connection.request("GET", "/only-https")
        response = connection.getresponse()
        assert (response.status, response.read()) == (200, b"same page")
    finally:
        connection.close()
    assert proxy.hit_count("http://www.example-news.test/only-https") == 2


def test_tunnel_on_non_default_port_keeps_port_in_url(proxy: ReplayProxy) -> None:
    proxy.add("https://www.example-news.test:8443/x", Route(b"port 8443"))
    connection = tunnel_connection(proxy, "www.example-news.test", 8443)
    try:
        connection.request("GET", "/x")
        response = connection.getresponse()
        assert (response.status, response.read()) == (200, b"port 8443")
    finally:
        connection.close()
    assert proxy.hits == [("GET", "https://www.example-news.test:8443/x", 200)]


def test_unknown_url_is_404(proxy: ReplayProxy) -> None:
    status, headers, body = fetch_via_proxy(proxy, "http://www.example-news.test/robots.txt")
    assert status == 404
    assert b"no saved page" in body
    assert headers["Content-Type"].startswith("text/plain")
    assert proxy.hits == [("GET", "http://www.example-news.test/robots.txt", 404)]


def test_origin_form_request_uses_host_header(proxy: ReplayProxy) -> None:
    proxy.add("http://www.example-news.test/plain", Route(b"as a web server"))
    connection = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=5)
    try:
        connection.request("GET", "/plain", headers={"Host": "www.example-news.test"})
        response = connection.getresponse()
        assert (response.status, response.read()) == (200, b"as a web server")
    finally:
        connection.close()
    assert proxy.hits == [("GET", "http://www.example-news.test/plain", 200)]


def test_head_sends_length_but_no_body(proxy: ReplayProxy) -> None:
    proxy.add("http://www.example-news.test/h", Route(b"0123456789"))
    status, headers, body = fetch_via_proxy(proxy, "http://www.example-news.test/h", method="HEAD")
    assert (status, headers["Content-Length"], body) == (200, "10", b"")
    assert proxy.hit_count("http://www.example-news.test/h", method="HEAD") == 1
    assert proxy.hit_count("http://www.example-news.test/h", method="GET") == 0


def test_callable_route_fails_first_then_succeeds(proxy: ReplayProxy) -> None:
    seen: list[tuple[int, RequestInfo]] = []

    def flaky(hit_number: int, request: RequestInfo) -> Route:
        seen.append((hit_number, request))
        if hit_number == 1:
            return Route(b"oops", status=500)
        return Route(b"recovered")

    proxy.add("http://www.example-news.test/flaky", flaky)
    assert fetch_via_proxy(proxy, "http://www.example-news.test/flaky")[0] == 500
    assert fetch_via_proxy(proxy, "http://www.example-news.test/flaky")[2] == b"recovered"
    assert [hit_number for hit_number, _ in seen] == [1, 2]
    assert seen[0][1].method == "GET"
    assert seen[0][1].url == "http://www.example-news.test/flaky"
    assert [status for _, _, status in proxy.hits] == [500, 200]
    assert proxy.hit_count("https://www.example-news.test/flaky") == 2


def test_callable_route_429_and_redirect_headers(proxy: ReplayProxy) -> None:
    proxy.add("http://www.example-news.test/busy", lambda n, r: Route(status=429, headers={"Retry-After": "1"}))
    proxy.add("http://www.example-news.test/loop-a", Route.redirect("http://www.example-news.test/loop-b", 302))
    status, headers, _ = fetch_via_proxy(proxy, "http://www.example-news.test/busy")
    assert (status, headers["Retry-After"]) == (429, "1")
    connection = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=5)
    try:
        connection.request("GET", "http://www.example-news.test/loop-a")
        response = connection.getresponse()
        response.read()
        assert (response.status, response.getheader("Location")) == (302, "http://www.example-news.test/loop-b")
    finally:
        connection.close()


def test_callable_route_that_raises_answers_500(proxy: ReplayProxy) -> None:
    def broken(hit_number: int, request: RequestInfo) -> Route:
        raise RuntimeError("boom")

    proxy.add("http://www.example-news.test/broken", broken)
    status, _, body = fetch_via_proxy(proxy, "http://www.example-news.test/broken")
    assert status == 500 and b"boom" in body
    # The server is still alive afterwards.
    assert fetch_via_proxy(proxy, "http://www.example-news.test/other")[0] == 404


def test_delay_route_waits_and_can_time_a_client_out(proxy: ReplayProxy) -> None:
    proxy.add("http://www.example-news.test/slow", Route(b"late", delay=0.3))
    proxy.add("http://www.example-news.test/stuck", Route(b"never", delay=30))
    started = time.monotonic()
    assert fetch_via_proxy(proxy, "http://www.example-news.test/slow")[2] == b"late"
    assert time.monotonic() - started >= 0.3
    with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
        fetch_via_proxy(proxy, "http://www.example-news.test/stuck", timeout=0.2)
    # stop() must not wait for the 30 s delay of the abandoned request.
    started = time.monotonic()
    proxy.stop()
    assert time.monotonic() - started < 2


def test_hits_are_thread_safe_under_concurrency(proxy: ReplayProxy) -> None:
    import concurrent.futures

    urls = [f"http://www.example-news.test/p{i}" for i in range(20)]
    for url in urls:
        proxy.add(url, Route(url.encode()))
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        bodies = list(pool.map(lambda url: fetch_via_proxy(proxy, url)[2], urls))
    assert bodies == [url.encode() for url in urls]
    assert all(proxy.hit_count(url) == 1 for url in urls)
    assert len(proxy.hits) == 20
    proxy.clear_hits()
    assert proxy.hits == []


def test_env_routes_both_schemes_through_proxy(proxy: ReplayProxy) -> None:
    environment = proxy.env({"PATH": "/bin", "no_proxy": "*", "NO_PROXY": "localhost"})
    assert environment["PATH"] == "/bin"
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        assert environment[name] == f"http://127.0.0.1:{proxy.port}"
    assert "no_proxy" not in environment and "NO_PROXY" not in environment


def test_constructor_routes_and_restart_on_fixed_port() -> None:
    with ReplayProxy({"http://a.test/": Route(b"a")}) as first:
        port = first.port
        assert fetch_via_proxy(first, "http://a.test")[2] == b"a"
    # The port is released on stop(), so a new proxy can bind it straight away.
    with ReplayProxy({"http://a.test/": Route(b"again")}, port=port) as second:
        assert fetch_via_proxy(second, "http://a.test/")[2] == b"again"


# ------------------------------------------------------------------ loaders


def test_routes_from_fixtures(tmp_path: Path) -> None:
    site = tmp_path / "sindonews"
    site.mkdir()
    (site / "article.html").write_text(
        "<!-- replay-url: https://international.sindonews.com/read/1402233/40/foo-1718804400 -->\n"
        "<!-- replay-url: https://international.sindonews.com/read/1402233/40/foo-1718804400/2 -->\n"
        '<html><head><meta charset="utf-8"></head><body>Berita</body></html>',
        encoding="utf-8",
    )
    (site / "legacy.htm").write_bytes(
        b"<!-- replay-url: http://old.example-news.test/lama -->\n"
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
        b"<body>caf\xe9</body></html>"
    )
    (site / "sitemap.xml").write_bytes(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- replay-url: https://www.example-news.test/sitemap.xml -->\n<urlset/>'
    )
    (site / "override.html").write_text(
        "<!-- replay-url: https://www.example-news.test/plain -->\n"
        "<!-- replay-content-type: text/plain; charset=iso-8859-1 -->\nhello",
        encoding="utf-8",
    )
    (site / "no-comment.html").write_text("<html>not served</html>", encoding="utf-8")
    (site / "notes.txt").write_text("<!-- replay-url: https://www.example-news.test/txt -->", encoding="utf-8")

    routes = routes_from_fixtures(tmp_path)

    assert sorted(routes) == [
        "http://old.example-news.test/lama",
        "https://international.sindonews.com/read/1402233/40/foo-1718804400",
        "https://international.sindonews.com/read/1402233/40/foo-1718804400/2",
        "https://www.example-news.test/plain",
        "https://www.example-news.test/sitemap.xml",
    ]
    article = routes["https://international.sindonews.com/read/1402233/40/foo-1718804400"]
    assert article.status == 200
    assert article.body == (site / "article.html").read_bytes()
    assert article.headers["Content-Type"] == "text/html; charset=utf-8"
    assert routes["http://old.example-news.test/lama"].headers["Content-Type"] == "text/html; charset=windows-1252"
    assert routes["https://www.example-news.test/sitemap.xml"].headers["Content-Type"] == "application/xml; charset=utf-8"
    assert routes["https://www.example-news.test/plain"].headers["Content-Type"] == "text/plain; charset=iso-8859-1"

    with ReplayProxy(routes) as proxy:
        status, headers, body = fetch_via_proxy(proxy, "http://old.example-news.test/lama")
        assert status == 200 and b"caf\xe9" in body
        assert headers["Content-Type"] == "text/html; charset=windows-1252"


def test_routes_from_manifest(tmp_path: Path) -> None:
    (tmp_path / "detik").mkdir()
    (tmp_path / "detik" / "article.html").write_text('<html><meta charset="UTF-8">detik</html>', encoding="utf-8")
    (tmp_path / "detik" / "rss.xml").write_text("<?xml version='1.0' encoding='UTF-8'?><rss/>", encoding="utf-8")
    (tmp_path / "detik" / "index.php").write_bytes(b"<html>no charset declared</html>")
    header = "path\tsite\tkind\toriginal_url\tsource_repo\tsource_path\tcommit"
    rows = [
        "detik/article.html\tdetik\tarticle\thttps://news.detik.com/berita/d-1/judul\tr\tp\tc",
        "detik/rss.xml\tdetik\trss\thttp://news.detik.com/\tr\tp\tc",
        "detik/index.php\tdetik\tindeks\thttps://news.detik.com/indeks\tr\tp\tc",
        "detik/missing.html\tdetik\tarticle\thttps://news.detik.com/missing\tr\tp\tc",
        "detik/article.html\tdetik\tarticle\t(not in page; otomotif.detik.com/...)\tr\tp\tc",
    ]
    (tmp_path / "MANIFEST.tsv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")

    routes = routes_from_manifest(tmp_path)

    assert sorted(routes) == [
        "http://news.detik.com/",
        "https://news.detik.com/berita/d-1/judul",
        "https://news.detik.com/indeks",
    ]
    assert routes["https://news.detik.com/berita/d-1/judul"].body == b'<html><meta charset="UTF-8">detik</html>'
    assert routes["https://news.detik.com/berita/d-1/judul"].headers["Content-Type"] == "text/html; charset=utf-8"
    assert routes["http://news.detik.com/"].headers["Content-Type"] == "application/xml; charset=utf-8"
    assert routes["https://news.detik.com/indeks"].headers["Content-Type"] == "text/html; charset=utf-8"


def test_shared_and_realpages_dir_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "realpages").mkdir()
    monkeypatch.setenv("NEWSCRAWL_SHARED", str(tmp_path))
    monkeypatch.delenv("NEWSCRAWL_REALPAGES", raising=False)
    assert shared_dir() == tmp_path
    assert realpages_dir() == tmp_path / "realpages"
    monkeypatch.setenv("NEWSCRAWL_REALPAGES", str(tmp_path / "elsewhere"))
    assert realpages_dir() is None
    monkeypatch.setenv("NEWSCRAWL_SHARED", str(tmp_path / "absent"))
    assert shared_dir() is None


def test_real_manifest_loads_when_shared_folder_present() -> None:
    directory = realpages_dir()
    if directory is None:
        pytest.skip("shared realpages folder not available")
    routes = routes_from_manifest(directory)
    assert len(routes) > 10
    assert all(url.startswith(("http://", "https://")) for url in routes)


# --------------------------------------------------------------------- CLI


def test_cli_prints_address_and_stops_on_sigterm(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<!-- replay-url: http://cli.example-news.test/ -->\nhi", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "tests" / "replay.py"), "--fixtures", str(tmp_path), "--port", "0"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("replay proxy on http://127.0.0.1:") and line.endswith("serving 1 URLs")
        port = int(line.split("127.0.0.1:")[1].split()[0])
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        client.request("GET", "http://cli.example-news.test/")
        response = client.getresponse()
        assert (response.status, response.read()) == (200, b"<!-- replay-url: http://cli.example-news.test/ -->\nhi")
        client.close()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()


# ------------------------------------------------------- Scrapy end to end

PROBE_SPIDER = textwrap.dedent(
    """
    import scrapy


    class ReplayProbeSpider(scrapy.Spider):
        name = "replay_probe"
        start_urls = {urls!r}

        def parse(self, response):
            yield {{"url": response.url, "status": response.status, "body": response.text}}
    """
)


def test_scrapy_crawls_http_and_https_through_proxy(tmp_path: Path) -> None:
    http_url = "http://www.example-news.test/read/1/http-page"
    https_url = "https://www.example-news.test/read/2/https-page?page=1"
    spider_file = tmp_path / "probe_spider.py"
    spider_file.write_text(PROBE_SPIDER.format(urls=[http_url, https_url]), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    routes = {
        http_url: Route("<html><body>plain http body</body></html>"),
        https_url: Route("<html><body>tunnelled https body ✓</body></html>"),
    }
    with ReplayProxy(routes) as proxy:
        completed = subprocess.run(
            [
                sys.executable, "-m", "scrapy", "runspider", str(spider_file),
                "-s", "ROBOTSTXT_OBEY=False",
                "-s", "TELNETCONSOLE_ENABLED=False",
                "-s", "DOWNLOAD_TIMEOUT=10",
                "-s", "LOG_LEVEL=INFO",
                "-O", str(output),
            ],
            cwd=tmp_path,  # outside the project, so no scrapy.cfg/project settings interfere
            # …and none inherited: a test that loaded the project settings in this process left
            # SCRAPY_SETTINGS_MODULE in os.environ.
            env={k: v for k, v in proxy.env().items() if k not in ("SCRAPY_SETTINGS_MODULE", "SCRAPY_PROJECT")},
            capture_output=True,
            text=True,
            timeout=60,
        )
        hits = proxy.hits
    assert completed.returncode == 0, completed.stderr[-3000:]
    # The per-host certificate names the host, so Scrapy's identity check stays quiet.
    assert "Remote certificate is not valid" not in completed.stderr
    assert "log_count/ERROR" not in completed.stderr
    items = {item["url"]: item for item in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    assert items[http_url]["body"] == "<html><body>plain http body</body></html>"
    assert items[https_url]["body"] == "<html><body>tunnelled https body ✓</body></html>"
    assert {item["status"] for item in items.values()} == {200}
    assert sorted(hits) == [("GET", http_url, 200), ("GET", https_url, 200)]
