"""A listed URL that holds no article (a deleted story a listing still shows: 404/410; a video page; a redirect to
the home page) is remembered by the seen-store and asked again only at the points of
state.UNAVAILABLE_RETRY_HOURS after it was first found so: not by every cron run while it stays listed, and a
retry that still finds nothing is no failure of the site (at a quiet hour it was the run's only article request,
and the health check failed). A retry that finds the article emits it once."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import completed_items, run_cron
from newscrawl.state import (Emission, RedisSeenStore, SeenStore, Unavailable, article_key, limit_raised,
                             redis_client, retry_unavailable, too_large_reason, url_alias)
from redis_helpers import crawl_keys, redis_url  # noqa: F401  (fixtures)
from replay import Route
from synthetic_site import DAY, article_url, site_routes

HOUR = 3600.0


@pytest.mark.parametrize(("last_checked", "now", "due"), [
    (0, 0.2 * HOUR, False),         # found missing at 0; the first point is 15 min later
    (0, 0.25 * HOUR, True),
    (0.25 * HOUR, 0.9 * HOUR, False),
    (0.25 * HOUR, 1.5 * HOUR, True),  # the 1 h point
    (0.25 * HOUR, 30 * HOUR, True),   # a paused cron: one retry covers every point passed
    (30 * HOUR, 47 * HOUR, False),
    (72 * HOUR, 500 * HOUR, False),   # past the last point (72 h): never again
])
def test_retry_points_count_from_the_first_failure(last_checked, now, due):
    assert retry_unavailable(Unavailable("k", "u", "http_404", 0.0, last_checked), now) is due


def _stores(tmp_path: Path, redis_url: str, prefix: str):
    yield SeenStore(tmp_path / "seen.sqlite3")
    yield RedisSeenStore(redis_client(redis_url, 5.0), prefix)


def test_store_keeps_the_first_failure_and_forgets_the_url_once_emitted(tmp_path, redis_url, crawl_keys):
    for store in _stores(tmp_path, redis_url, crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"]):
        url = "https://x.id/read/7/judul"
        key = url_alias(url)  # records are keyed by the URL with its views folded (m./www./amp, trailing slash)
        store.record_unavailable([Unavailable(key, url, "http_404", 100.0, 100.0)])
        store.record_unavailable([Unavailable(key, url, "not_article", 900.0, 900.0)])
        assert store.unavailable(key) == Unavailable(key, url, "not_article", 100.0, 900.0), store
        assert store.unavailable(url_alias("https://x.id/read/8/judul")) is None
        store.commit_run("r1", "s", tmp_path / "a.part", tmp_path / "a",
                         [Emission(article_key("s", "7", url), url, "s", "7", "h", None, None)], now=1000.0)
        assert store.unavailable(key) is None, store
        store.close()


WINDOW = ("--spiders", "sindonews", "--since", DAY, "--until", DAY)
GONE = 2  # the listed article whose page answers 404 until it is published


def _routes(gone_status: int | None) -> dict[str, Route]:
    routes = site_routes(5)
    if gone_status is not None:
        routes[article_url(GONE)] = Route(b"<html><body><h1>404 Not Found</h1></body></html>", status=gone_status)
    return routes


@pytest.mark.xdist_group("cron")
def test_a_listed_404_is_asked_at_retry_points_only_and_its_repeats_are_no_failure(tmp_path):
    def run(at: str, gone_status: int | None = 404):
        result = run_cron(_routes(gone_status), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")
        asked = sum(1 for _method, url, _status in result.hits if url == article_url(GONE))
        return result, result.summary["sites"]["sindonews"], asked

    first, site, asked = run("09:20")
    assert (site["items_emitted"], asked, site["health"]["failed_requests"]["article"]) == (4, 1, {"http_4xx": 1})
    # 10 minutes later: before the first retry point (15 min), the listed 404 costs no request.
    _run, site, asked = run("09:30")
    assert (asked, site["skipped_unavailable"], site["skipped_already_emitted"]) == (0, 1, 4), site
    # Past it: asked again, still 404. The run's only article request; the site is not failing for it.
    again, site, asked = run("09:40")
    assert (asked, site["unavailable_again"], site["health"]["failed_requests"]["article"]) == (1, 1, {}), site
    assert again.returncode == 0 and site["health"]["healthy"], again.stdout + again.stderr
    _run, site, asked = run("10:00")  # before the 1 h point (10:20)
    assert (asked, site["skipped_unavailable"]) == (0, 1), site
    # The story is served at last: the 1 h retry emits it, once, and the store forgets the failure.
    _run, site, asked = run("10:30", gone_status=None)
    assert (asked, site["items_new"]) == (1, 1), site
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM unavailable").fetchone()[0] == 0
    _run, site, asked = run("10:40", gone_status=None)
    assert (asked, site["items_emitted"]) == (0, 0), site
    assert sorted(item["url"] for item in completed_items(tmp_path)) == sorted(article_url(n) for n in range(5))


@pytest.mark.xdist_group("cron")
def test_a_url_redirected_home_is_remembered_too(tmp_path):
    routes = _routes(None)
    routes[article_url(GONE)] = Route.redirect("https://www.sindonews.com/", 302)
    routes["https://www.sindonews.com/"] = Route("<html><head><title>SINDOnews</title></head><body><h1>Beranda</h1></body></html>")
    first = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    assert first.summary["sites"]["sindonews"]["dropped"].get("redirected_away") == 1
    second = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    site = second.summary["sites"]["sindonews"]
    assert site["skipped_unavailable"] == 1 and not [h for h in second.hits if h[1] == article_url(GONE)], site


@pytest.mark.xdist_group("cron")
def test_a_story_renamed_away_from_a_dead_slug_is_fetched(tmp_path):
    """(h34) The memory was keyed by the article's id: the story's old slug answering 404, the same id under its new
    slug, listed 10 minutes later, was skipped as unavailable. A URL that held no article says nothing of another."""
    from synthetic_site import listing_url
    renamed = article_url(GONE).replace("berita-sintetis", "judul-baru")
    first = run_cron(_routes(404), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    assert first.summary["sites"]["sindonews"]["items_emitted"] == 4
    routes = _routes(404)
    listing = routes[listing_url(0)].body.decode("utf-8").replace(article_url(GONE), renamed)
    routes[listing_url(0)] = Route(listing.encode("utf-8"))
    routes[renamed] = site_routes(5)[article_url(GONE)]
    second = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    site = second.summary["sites"]["sindonews"]
    assert (site["items_new"], site["skipped_unavailable"]) == (1, 0), site


@pytest.mark.xdist_group("cron")
def test_a_passing_plain_text_answer_is_not_remembered(tmp_path):
    """(h34) A listed URL answering 200 with a text/plain error body ("Service busy") was remembered as no article
    page and skipped by the next run until a retry point; only an HTML page that is no article is remembered."""
    routes = _routes(None)
    routes[article_url(GONE)] = Route(b"Service busy, try again", headers={"Content-Type": "text/plain"})
    first = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    assert first.summary["sites"]["sindonews"]["items_emitted"] == 4
    second = run_cron(_routes(None), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    site = second.summary["sites"]["sindonews"]
    assert (site["items_new"], site["skipped_unavailable"]) == (1, 0), site


def _taken_down(how: str) -> dict[str, Route]:
    if how == "404":
        return _routes(404)
    routes = _routes(None)
    routes[article_url(GONE)] = Route.redirect("https://www.sindonews.com/", 302)
    routes["https://www.sindonews.com/"] = Route("<html><head><title>SINDOnews</title></head><body><h1>Beranda</h1></body></html>")
    return routes


@pytest.mark.xdist_group("cron")
@pytest.mark.parametrize("how", ["404", "redirected home"])
def test_a_story_taken_down_is_asked_once_per_recheck_point(tmp_path, how):
    """(h34, h37) An emitted story answering 404, or sent to the home page, at its recheck (recheck_gone) was asked
    again by every later run: the check was never recorded, so the passed point stayed due."""
    def asked(at: str) -> tuple[int, dict]:
        result = run_cron(_taken_down(how), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")
        return sum(1 for hit in result.hits if hit[1] == article_url(GONE)), result.summary["sites"]["sindonews"]
    run_cron(_routes(None), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")  # emitted
    count, site = asked("10:30")  # past its 1 h point: taken down
    assert (count, site["recheck_gone"]) == (1, 1), site
    assert asked("10:40")[0] == asked("10:50")[0] == 0  # not again before its 6 h point


@pytest.mark.xdist_group("cron")
def test_another_view_of_a_dead_url_is_skipped_too(tmp_path):
    """(h37) another view of a URL found dead (/amp, a trailing slash) was fetched again (and, a quiet run's only
    request, failed its health check): the memory folds a URL's views as url_identity does."""
    from synthetic_site import listing_url
    amp = article_url(GONE) + "/"  # a view sindonews' pattern takes as an article URL (its /amp/ form it does not)
    run_cron(_routes(404), tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:20:00+07:00")
    routes = _routes(404)
    routes[listing_url(0)] = Route(routes[listing_url(0)].body.decode("utf-8").replace(article_url(GONE), amp).encode())
    routes[amp] = Route(b"<html><body>404</body></html>", status=404)
    second = run_cron(routes, tmp_path, *WINDOW, "-s", f"NEWSCRAWL_NOW={DAY}T09:30:00+07:00")
    assert second.summary["sites"]["sindonews"]["skipped_unavailable"] == 1 and not [h for h in second.hits if h[1] == amp]


def test_a_known_unavailable_request_stays_plain_data(tmp_path):
    """A URL asked again at a retry point carries what the middleware knows of it in its meta; a retry or a redirect of
    it is queued again, in distributed mode as JSON (newscrawl.requestjson): the meta held the Unavailable record, which
    is no JSON (one step beside the tests, found in review), and the enqueue failed."""
    import asyncio

    from inprocess import build_crawler
    from newscrawl import requestjson
    from newscrawl.middlewares import DISCOVERED, SeenArticlesMiddleware, known_unavailable
    from scrapy import Request
    crawler = build_crawler("sindonews", {"NEWSCRAWL_INCREMENTAL": True, "NEWSCRAWL_STATE_PATH": str(tmp_path / "s.db"),
                                          "NEWSCRAWL_NOW": f"{DAY}T09:40:00+07:00"})
    middleware = SeenArticlesMiddleware.from_crawler(crawler)
    url = article_url(GONE)
    first = datetime_ts(f"{DAY}T09:20:00+07:00")
    middleware.store.record_unavailable([Unavailable(url_alias(url), url, "http_404", first, first)])
    request = Request(url, meta={DISCOVERED: True})
    asyncio.run(middleware.process_request(request))  # past the 15 min point: asked again
    assert known_unavailable(request)
    assert requestjson.loads(requestjson.dumps(request.to_dict()))["meta"]
    middleware.store.close()


def datetime_ts(iso: str) -> float:
    from datetime import datetime
    return datetime.fromisoformat(iso).timestamp()


@pytest.mark.xdist_group("cron")
def test_a_listed_page_over_the_size_limit_is_asked_at_retry_points_only(tmp_path):
    """(h143 S12) A listed article over DOWNLOAD_MAXSIZE (a 17.5 MB page; here 600 kB over a 300 kB limit) was
    counted too_large and downloaded up to the limit again by every */10 run, for good. It is remembered as a URL
    that held no article is: skipped until a retry point, asked then (no failure of the site when still too large),
    never after the last one; served small at last, it is emitted once."""
    from synthetic_site import article_html

    def run(at: str, too_large: bool = True):
        routes = _routes(None)
        if too_large:
            routes[article_url(GONE)] = Route(article_html(GONE, pad_to=600_000).encode())
        result = run_cron(routes, tmp_path, *WINDOW, "-s", "DOWNLOAD_MAXSIZE=300000",
                          "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")
        asked = sum(1 for _method, url, _status in result.hits if url == article_url(GONE))
        return result, result.summary["sites"]["sindonews"], asked

    _run, site, asked = run("09:20")
    assert (site["items_emitted"], asked, site["health"]["failed_requests"]["article"]) == (4, 1, {"too_large": 1})
    _run, site, asked = run("09:30")  # before the first retry point (15 min): no request
    assert (asked, site["skipped_unavailable"], site["request_errors"]) == (0, 1, {}), site
    again, site, asked = run("09:40")  # past it: asked, still too large, no failure of the site
    assert (asked, site["unavailable_again"], site["health"]["failed_requests"]["article"]) == (1, 1, {}), site
    assert again.returncode == 0 and site["health"]["healthy"], again.stdout + again.stderr
    _run, site, asked = run("10:30", too_large=False)  # the 1 h point, the page fixed: emitted once
    assert (asked, site["items_new"]) == (1, 1), site
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM unavailable").fetchone()[0] == 0
    assert sorted(item["url"] for item in completed_items(tmp_path)) == sorted(article_url(n) for n in range(5))


@pytest.mark.parametrize(("reason", "limit", "ask"), [
    (too_large_reason(300_000), 1_000_000, True),   # DOWNLOAD_MAXSIZE raised since it was refused
    (too_large_reason(300_000), 0, True),           # the limit lifted (0: none)
    (too_large_reason(300_000), 300_000, False),    # the same limit: the retry schedule alone
    (too_large_reason(1_000_000), 300_000, False),  # lowered
    ("too_large", 1_000_000, False),                # a record from before the limit was kept: as before
    ("http_404", 1_000_000, False),
    ("too_large:", 1_000_000, False),
    ("too_large:x", 1_000_000, False),
])
def test_a_raised_limit_asks_a_page_refused_under_a_smaller_one(reason, limit, ask):
    assert limit_raised(reason, limit) is ask


def test_both_stores_keep_the_limit_a_page_was_refused_under(tmp_path, redis_url, crawl_keys):
    for store in _stores(tmp_path, redis_url, crawl_keys["NEWSCRAWL_REDIS_STORE_KEY"]):
        url = "https://x.id/read/9/besar"
        store.record_unavailable([Unavailable(url_alias(url), url, too_large_reason(300_000), 100.0, 100.0)])
        record = store.unavailable(url_alias(url))
        assert limit_raised(record.reason, 1_000_000) and not limit_raised(record.reason, 300_000), store
        store.close()


@pytest.mark.xdist_group("cron")
def test_a_page_refused_for_its_size_is_asked_at_the_next_run_once_the_limit_is_raised(tmp_path):
    """(h145 L2) A listed article found over DOWNLOAD_MAXSIZE (600 kB over 300 kB) was remembered and skipped
    until its next retry point even after the operator raised the limit to 1 MB; past the 12 h and 24 h points the
    default cron window no longer lists its day, and the story was never emitted. The limit that refused it is
    kept with the record: the first run under a larger limit asks it, whatever the schedule, and emits it."""
    from synthetic_site import article_html

    def run(at: str, maxsize: int):
        routes = _routes(None)
        routes[article_url(GONE)] = Route(article_html(GONE, pad_to=600_000).encode())
        result = run_cron(routes, tmp_path, *WINDOW, "-s", f"DOWNLOAD_MAXSIZE={maxsize}",
                          "-s", f"NEWSCRAWL_NOW={DAY}T{at}:00+07:00")
        asked = sum(1 for _method, url, _status in result.hits if url == article_url(GONE))
        return result, result.summary["sites"]["sindonews"], asked

    _run, site, asked = run("09:20", 300_000)
    assert (site["items_emitted"], asked, site["health"]["failed_requests"]["article"]) == (4, 1, {"too_large": 1})
    _run, site, asked = run("09:25", 300_000)  # the same limit, before the first retry point: not asked
    assert (asked, site["skipped_unavailable"]) == (0, 1), site
    again, site, asked = run("09:30", 1_000_000)  # the limit raised, still before the 15 min point: asked, emitted
    assert (asked, site["items_new"], site["skipped_unavailable"]) == (1, 1, 0), site
    assert again.returncode == 0 and site["health"]["healthy"], again.stdout + again.stderr
    with sqlite3.connect(tmp_path / "state" / "seen.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM unavailable").fetchone()[0] == 0
    assert sorted(item["url"] for item in completed_items(tmp_path)) == sorted(article_url(n) for n in range(5))
