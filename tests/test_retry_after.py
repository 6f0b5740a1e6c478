"""Retry-After is obeyed per host, and a host that keeps refusing is given up for the run (h190 probe, F4/F5).

The real forms, rebuilt on loopback (`scrapy crawl sindonews -a url=…` through the replay proxy):

* a rate limiter in front of a site (nginx limit_req, a CDN's rate rule): at most N requests per window, anything
  more answered ``429 Too Many Requests`` with ``Retry-After`` until the window slides. The old middleware slept
  in process_response, after the download slot was freed: only the refused request waited, the others went on
  into the limiter (h190 s2h: 40 articles, 22 answers 429 and one story lost, health ok).
* a site answering every request ``429`` with ``Retry-After: 30`` (a block dressed as a rate limit): each request
  waited 30 s before each of its retries, and once more after the last one when no retry followed (s2c: 3 waits for
  2 retries); 40 articles took 247 s, a 1,000-article backfill at the 120 s cap about 6 hours.
"""
from __future__ import annotations

import collections
import threading
import time

import pytest

from conftest import run_crawl
from replay import Route, route_key
from synthetic_site import article_html, article_url

from newscrawl.politeness import HostBackoffs

pytestmark = pytest.mark.xdist_group("retry_after")
HOST = "nasional.sindonews.com"
# A delay between requests, however small: with none, Scrapy 2.19's downloader sends its whole slot queue at once
# (past CONCURRENT_REQUESTS_PER_DOMAIN) and nothing can hold it. The project's default is 0.25 s and AutoThrottle.
SETTINGS = {"CONCURRENT_REQUESTS_PER_DOMAIN": 4, "RETRY_TIMES": 2, "DOWNLOAD_DELAY": 0.05}


# ------------------------------------------------------------------ the bookkeeping, as a table

# Each step: what the host answered ("429 RA n": refused, asked to wait n s; "429 RA long": asked for more than will
# be waited; "200": answered), when, whether the request was in flight when the host's current backoff began; then
# what it did: (a new backoff, seconds it added to the host's pause, backoffs in a row, down).
STEPS = [
    # answers to requests sent before the host said stop are part of that backoff: those that come while its pause
    # runs, and those in flight when it began, even when they come after the pause
    ("sent before it began", [("429 RA 4", 0.0, False), ("429 RA 4", 0.25, False), ("429 RA 4", 1.0, True),
                              ("429 RA 6", 4.5, True)],
     [(True, 4.0, 1, False), (False, 0.25, 1, False), (False, 0.75, 1, False), (False, 5.5, 1, False)]),
    # a request sent after the pause and refused again: a new backoff; three in a row, nothing between: down
    ("refused after each wait", [("429 RA 4", 0.0, False), ("429 RA 4", 5.0, False), ("429 RA 4", 10.0, False)],
     [(True, 4.0, 1, False), (True, 4.0, 2, False), (True, 0.0, 3, True)]),
    # an answer between two backoffs starts the count over (a rate limiter that lets the next window through)
    ("an answer between", [("429 RA 4", 0.0, False), ("429 RA 4", 5.0, False), ("200", 10.0, False),
                           ("429 RA 4", 10.5, False), ("429 RA 4", 15.0, False)],
     [(True, 4.0, 1, False), (True, 4.0, 2, False), None, (True, 4.0, 1, False), (True, 4.0, 2, False)]),
    # "come back in an hour" is no pause (it is not waited) but a backoff all the same; the answers to the requests
    # in flight with it are the same one
    ("too long to wait", [("429 RA long", 0.0, False), ("429 RA long", 0.25, True), ("429 RA long", 0.5, False),
                          ("429 RA long", 0.75, False)],
     [(True, 0.0, 1, False), (False, 0.0, 1, False), (True, 0.0, 2, False), (True, 0.0, 3, True)]),
]


@pytest.mark.parametrize(("name", "steps", "expected"), STEPS, ids=[case[0] for case in STEPS])
def test_host_backoffs(name, steps, expected):
    backoffs = HostBackoffs(down_after=3)
    got = []
    for answer, now, in_flight in steps:
        if answer == "200":
            backoffs.answered(HOST)
            got.append(None)
            continue
        wait = None if answer.endswith("long") else float(answer.rsplit(" ", 1)[1])
        got.append(tuple(backoffs.refused(HOST, wait, now, in_flight)))
    assert got == expected


def test_a_host_pause_is_the_hosts_not_the_requests():
    backoffs = HostBackoffs(down_after=3)
    backoffs.refused(HOST, 4.0, now=100.0)
    assert backoffs.paused_for(HOST, 101.0) == 3.0 and backoffs.paused_for("other.example.id", 101.0) == 0.0
    assert backoffs.paused_for(HOST, 104.5) == 0.0
    assert HostBackoffs(down_after=0).refused(HOST, 4.0, 0.0).down is False  # 0: never down


# ------------------------------------------------------------------ real crawls on loopback

def _articles(count: int, first: int = 0) -> tuple[list[str], dict[str, str]]:
    urls = [article_url(first + n) for n in range(count)]
    return urls, {route_key(url): article_html(first + n) for n, url in enumerate(urls)}


def test_a_rate_limiter_pauses_the_whole_host(tmp_path):
    """At most 4 requests in any 2 s, else 429 Retry-After: 2 (a sliding window): the first 429 pauses the host,
    the requests queued behind it and those to come wait too, so the limiter refuses only the few in flight.
    Without the host pause every request went on into the limiter: about half of them answered 429, several
    stories failed after their retries."""
    urls, bodies = _articles(24)
    lock, starts, refused = threading.Lock(), collections.deque(), [0]

    def limiter(hit, request):
        with lock:
            now = time.monotonic()
            while starts and now - starts[0] > 2:
                starts.popleft()
            if len(starts) >= 4:
                refused[0] += 1
                return Route(b"rate limited", status=429, headers={"Retry-After": "2"})
            starts.append(now)
        return Route(bodies[route_key(request.url)])

    result = run_crawl("sindonews", {url: limiter for url in urls}, tmp_path, "url=" + ",".join(urls),
                       settings=SETTINGS)
    assert sorted(item["url"] for item in result.items) == sorted(urls), result.log[-3000:]
    assert "health ok" in result.log
    # 24 articles in windows of 4: 6 windows; each pause costs the few requests in flight when it began
    assert refused[0] <= 12, refused[0]
    assert result.stats.get("newscrawl/http/retry_after_held", 0) > 0
    assert not result.stats.get("newscrawl/site_down/hosts")


def test_a_host_refusing_everything_is_given_up_after_backoffs_in_a_row(tmp_path):
    """Every request answered 429 Retry-After: 1: three host pauses in a row with no answer between, then the host
    is down for the run, every story left counted as blocked and the run FAILING, in seconds. Without it each of the
    40 stories was asked three times, waiting before each retry. The stories not asked are no attempts that failed
    (NEWSCRAWL_SITE_DOWN_AFTER, 30, would call the host unreachable after 30 of them)."""
    urls, _bodies = _articles(40, first=100)
    routes = {url: Route(b"<html><body>Too Many Requests</body></html>", status=429, headers={"Retry-After": "1"})
              for url in urls}
    result = run_crawl("sindonews", routes, tmp_path, "url=" + ",".join(urls),
                       settings=SETTINGS)
    asked = [url for _m, url, _s in result.hits if "/read/" in url]
    assert result.items == []
    assert len(asked) <= 8, len(asked)  # 3 backoffs (the requests in flight with each), nothing after
    assert result.stats.get("newscrawl/site_down/hosts") == 1
    assert result.stats.get("newscrawl/failed/article/blocked") == 40, result.stats
    assert f"{HOST} answered 429 with Retry-After 3 times in a row" in result.log
    assert "failed with no answer between them" not in result.log
    assert "40 blocked (403, 429 or a bot challenge); health FAILING" in result.log


def test_no_wait_when_no_retry_follows(tmp_path):
    """One story answered 429 Retry-After: 3 for ever, one retry: the host is paused once before the retry; after the
    last answer no retry follows and nothing else is asked, so nothing waits (the old middleware slept 3 s more)."""
    url = article_url(70)
    routes = {url: Route(b"busy", status=429, headers={"Retry-After": "3"})}
    result = run_crawl("sindonews", routes, tmp_path, "url=" + url, settings={"RETRY_TIMES": 1})
    assert [status for _m, hit, status in result.hits if hit == url] == [429, 429]
    assert 3 <= result.stats["elapsed_time_seconds"] < 5.5, result.stats["elapsed_time_seconds"]
    assert result.stats.get("newscrawl/failed/article/blocked") == 1
