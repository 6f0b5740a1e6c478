"""robots.txt through the real engine: its rules hold for every request, and ``Crawl-delay`` is honoured.

Every request that waits for a host's robots.txt gets its rules (Scrapy 2.19 gave them to the first
waiter only: 4 of 6 disallowed articles were fetched and emitted). ``Crawl-delay``: Scrapy parses it but
never applies it.

``crawl_delay_seconds`` is a table; then real crawls through the engine against a loopback site that
records, per host, when each request reaches it: with ``Crawl-delay: 1`` consecutive article requests
start at least a second apart (AutoThrottle on, which would otherwise tune the delay down), and the
same crawl without it (the control) sends them closer together."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_crawl
from newscrawl.middlewares import crawl_delay_seconds
from redis_helpers import HostMeter
from replay import Route
from synthetic_site import article_html, article_url

HOST = "nasional.sindonews.com"


@pytest.mark.parametrize(("declared", "ceiling", "expected"), [
    (None, 30.0, None), (0.0, 30.0, None), (-5.0, 30.0, None), (float("nan"), 30.0, None),
    (2.5, 30.0, 2.5), (120.0, 30.0, 30.0), (float("inf"), 30.0, 30.0),
    (120.0, 0.0, 120.0), (float("inf"), 0.0, None),  # no ceiling: as declared, never forever
])
def test_crawl_delay_seconds(declared, ceiling, expected):
    assert crawl_delay_seconds(declared, ceiling) == expected


def crawl(tmp_path: Path, robots: str) -> list[float]:
    meter = HostMeter()
    routes = {article_url(n): Route(article_html(n)) for n in range(5)}
    routes[f"https://{HOST}/robots.txt"] = Route(robots.encode(), headers={"Content-Type": "text/plain"})
    result = run_crawl("sindonews", meter.wrap_all(routes), tmp_path, "url=" + ",".join(article_url(n) for n in range(5)),
                       settings={"AUTOTHROTTLE_ENABLED": True, "AUTOTHROTTLE_START_DELAY": 0.0,
                                 "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 4})
    assert len(result.items) == 5, result.log[-3000:]
    starts = sorted(meter.starts[HOST])[1:]  # the robots.txt request first, then the articles
    assert len(starts) == 5
    return [later - earlier for earlier, later in zip(starts, starts[1:])]


def test_articles_are_spaced_by_the_crawl_delay(tmp_path: Path) -> None:
    gaps = crawl(tmp_path / "delay", "User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n")
    assert min(gaps) >= 0.95, gaps  # never jittered under it, never tuned down by AutoThrottle
    control = crawl(tmp_path / "none", "User-agent: *\nDisallow: /private/\n")
    assert min(control) < 0.95, control


def test_every_request_waiting_for_robots_txt_gets_its_rules(tmp_path: Path) -> None:
    """Six article URLs asked at once, all waiting for the host's robots.txt, which disallows them all."""
    routes = {article_url(n): Route(article_html(n)) for n in range(6)}
    routes[f"https://{HOST}/robots.txt"] = Route(b"User-agent: *\nDisallow: /read/\n", headers={"Content-Type": "text/plain"})
    result = run_crawl("sindonews", routes, tmp_path, "url=" + ",".join(article_url(n) for n in range(6)))
    assert result.items == []
    assert result.stats.get("robotstxt/forbidden") == 6 and result.stats.get("newscrawl/failed/article/robots") == 6
    assert not [url for _method, url, _status in result.hits if "/read/" in url]  # none reached the site


@pytest.mark.parametrize(("robots_status", "fetched"), [(503, False), (500, False), (404, True), (403, True)])
def test_a_robots_txt_answering_a_server_error_disallows_the_host_for_the_run(tmp_path: Path, robots_status: int,
                                                                            fetched: bool) -> None:
    """RFC 9309 2.3.1.4: robots.txt unavailable for a server error (after the retries) means complete
    disallow; a 4xx means no rules. Scrapy read the 5xx error page as a robots.txt without rules."""
    routes = {article_url(n): Route(article_html(n)) for n in range(2)}
    routes[f"https://{HOST}/robots.txt"] = Route(b"<html>Service Unavailable</html>", status=robots_status)
    result = run_crawl("sindonews", routes, tmp_path, "url=" + ",".join(article_url(n) for n in range(2)))
    assert result.returncode == 0, result.log[-2000:]
    assert len(result.items) == (2 if fetched else 0)
    assert bool([url for _method, url, _status in result.hits if "/read/" in url]) is fetched
    if not fetched:
        # The site's fault, counted as a server error (health names it so), not as one of its rules.
        assert result.stats.get("newscrawl/failed/article/server_error") == 2, result.stats
        assert result.stats.get("newscrawl/robots/unavailable") == 2
        assert f"robots.txt of {HOST} answered {robots_status}" in result.log
