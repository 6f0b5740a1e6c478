"""Retry-After: no wait when no retry follows (h190 probe s2c).

The real form, rebuilt on loopback (`scrapy crawl sindonews -a url=…` through the replay proxy): a site answering a
story ``429`` (or ``503``) with ``Retry-After`` for ever. The middleware waited before each retry and once more after
the last try, when Scrapy's RetryMiddleware resends nothing (3 waits for 2 retries): on a site refusing everything,
one wasted wait per story. A wider change (the whole host paused on a 429, a waiting budget per host) was tried this
session and reverted: its adversarial probes (h195, h199) showed healthy hosts losing stories to it.
"""
from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.settings import Settings

from conftest import run_crawl
from replay import Route
from synthetic_site import article_url

from newscrawl.middlewares import retry_follows

# (meta, status, RETRY_TIMES) -> whether Scrapy's RetryMiddleware resends it
FOLLOWS = [
    ({}, 429, 2, True),
    ({"retry_times": 1}, 503, 2, True),
    ({"retry_times": 2}, 503, 2, False),  # the last try
    ({"retry_times": 1}, 429, 1, False),
    ({"max_retry_times": 5, "retry_times": 3}, 429, 2, True),
    ({"dont_retry": True}, 429, 2, False),
    ({}, 404, 2, False),
]


@pytest.mark.parametrize(("meta", "status", "times", "expected"), FOLLOWS)
def test_retry_follows(meta, status, times, expected):
    settings = Settings({"RETRY_TIMES": times, "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429]})
    assert retry_follows(Request("https://x.id/a", meta=dict(meta)), status, settings) is expected


@pytest.mark.parametrize("status", [429, 503])
def test_no_wait_when_no_retry_follows(tmp_path, status):
    """One story answered Retry-After: 3 for ever, one retry: one wait before the retry; after the last answer no
    retry follows, so nothing waits (the old middleware slept 3 s more: 6 s and up)."""
    url = article_url(70)
    refusing = Route(b"<html><body>Service Unavailable</body></html>", status=status, headers={"Retry-After": "3"})
    result = run_crawl("sindonews", {url: refusing}, tmp_path, "url=" + url, settings={"RETRY_TIMES": 1})
    assert [code for _m, hit, code in result.hits if hit == url] == [status, status]
    assert 3 <= result.stats["elapsed_time_seconds"] < 5.5, result.stats["elapsed_time_seconds"]
    assert result.stats.get("newscrawl/http/retry_after_waits") == 1, result.stats
    kind = "blocked" if status == 429 else "server_error"
    assert result.stats.get(f"newscrawl/failed/article/{kind}") == 1, result.stats
