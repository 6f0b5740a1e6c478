"""site_health: stats in, shares and failures out."""
from __future__ import annotations

import pytest

from newscrawl.health import BODY_FALLBACK, did_not_finish, error_name, failure_kind, site_health, summary_line, verdict


def stats(pages=10, items=10, date=10, authors=10, body=10, discovery=2, links=10):
    return {"newscrawl/articles/pages": pages, "newscrawl/health/items": items, "newscrawl/health/with_date": date,
            "newscrawl/health/with_authors": authors, "newscrawl/health/body_2plus": body,
            "newscrawl/discovery/pages_ok": discovery, "newscrawl/discovery/article_links": links}


@pytest.mark.parametrize(("given", "failures"), [
    (stats(), []),
    (stats(date=7), ["date: 70% of 10 below 80%"]),
    (stats(authors=4), ["authors: 40% of 10 below 50%"]),
    (stats(body=5), ["body: 50% of 10 below 80%"]),
    (stats(links=0, pages=0, items=0, date=0, authors=0, body=0), ["articles: 2 discovery page(s) answered but listed no article link"]),
    (stats(pages=2, items=2, date=0, authors=0, body=0), []),          # too few pages to judge shares
    (stats(pages=5, items=0, date=0, authors=0, body=0), ["body: 0% of 5 below 80%"]),
    (stats(discovery=0, links=0), []),                                 # -a url= runs have no discovery
    (stats(date=0, authors=0), ["date: 0% of 10 below 80%", "authors: 0% of 10 below 50%"]),
])
def test_failures(given, failures):
    report = site_health(given)
    assert report["failures"] == failures
    assert report["healthy"] is (not failures)


def failed(role, kind, n):
    return {f"newscrawl/failed/{role}/{kind}": n}


NOTHING = stats(pages=0, items=0, date=0, authors=0, body=0, discovery=0, links=0)


@pytest.mark.parametrize(("given", "failures"), [
    # No network: every discovery request unreachable.
    ({**NOTHING, **failed("discovery", "unreachable", 3)},
     ["discovery: unreachable (DNS or connection) on 3 of 3 requests"]),
    ({**NOTHING, **failed("discovery", "blocked", 2)}, ["discovery: blocked (403, 429 or a bot challenge) on 2 of 2 requests"]),
    ({**NOTHING, **failed("discovery", "server_error", 1)}, ["discovery: server errors (5xx) on 1 of 1 request"]),
    # Mixed causes: the larger first, all named.
    ({**NOTHING, **failed("discovery", "server_error", 1), **failed("discovery", "timeout", 2)},
     ["discovery: timed out on 2, server errors (5xx) on 1 of 3 requests"]),
    # The only sitemap answered but could not be read (a corrupt gzip, h42): as failed as a request.
    ({**NOTHING, "newscrawl/errors/unreadable_discovery": 1},
     ["discovery: unreadable (a corrupt, cut or oversized feed, sitemap or compressed body) on 1 of 1 request"]),
    # ... beside a listing that answered: partial, not a total failure.
    ({**stats(), "newscrawl/errors/unreadable_discovery": 1}, []),
    # One discovery page answered, the other failed: partial, not a total failure.
    ({**stats(), **failed("discovery", "server_error", 1)}, []),
    # Every article answered with a body cut short (h143 S10): named as that, not as an unreachable site.
    ({**stats(pages=0, items=0, date=0, authors=0, body=0), **failed("article", "cut_short", 4)},
     ["articles: responses cut short (the connection ended mid-page) on 4 of 4 requests"]),
    # Discovery fine, every article request blocked.
    ({**stats(pages=0, items=0, date=0, authors=0, body=0), **failed("article", "blocked", 10)},
     ["articles: blocked (403, 429 or a bot challenge) on 10 of 10 requests"]),
    ({**stats(pages=0, items=0, date=0, authors=0, body=0), **failed("article", "robots", 4)},
     ["articles: robots.txt disallowed on 4 of 4 requests"]),
    # Some article pages fetched but not articles, the rest blocked: 0 items because blocked.
    ({**stats(pages=0, items=0, date=0, authors=0, body=0), "newscrawl/dropped/not_article": 2,
      **failed("article", "blocked", 3)}, ["articles: blocked (403, 429 or a bot challenge) on 3 of 5 requests"]),
    # A page got through and gave nothing, the others were blocked.
    ({**stats(discovery=1, links=1, pages=1, items=0, date=0, authors=0, body=0), **failed("article", "blocked", 2),
      **failed("discovery", "blocked", 1)}, ["articles: 0 items, blocked (403, 429 or a bot challenge) on 3 of 5 requests"]),
    # Some articles failed, the rest arrived: healthy (the failures are counted, not alarmed).
    ({**stats(), **failed("article", "http_4xx", 3)}, []),
    # Steady state: discovery answered, every article already emitted (nothing fetched).
    (stats(pages=0, items=0, date=0, authors=0, body=0), []),
    # Every listed article answered, none was an article (served as application/octet-stream, say).
    ({**stats(pages=0, items=0, date=0, authors=0, body=0), "newscrawl/dropped/not_article": 8},
     ["articles: none of 8 article pages fetched was an article (another content type, a home or section page)"]),
    # ... but not in a steady state: the earlier runs' articles skipped, a listing's video page fetched again.
    ({**stats(pages=0, items=0, date=0, authors=0, body=0), "newscrawl/dropped/not_article": 1,
      "newscrawl/incremental/skipped_seen": 12}, []),
    # -a url= of a home page: no discovery, no alarm beyond the drop.
    ({**NOTHING, "newscrawl/dropped/not_article": 1}, []),
])
def test_total_failures(given, failures):
    report = site_health(given)
    assert report["failures"] == failures
    assert report["healthy"] is (not failures)


@pytest.mark.parametrize(("error", "status", "message", "kind"), [
    ("CannotResolveHostError", None, "", "unreachable"),          # Scrapy 2.19's DNS failure
    ("DownloadConnectionRefusedError", None, "", "unreachable"),
    ("DNSLookupError", None, "", "unreachable"),                  # Twisted's, unwrapped
    ("TunnelError", None, "", "unreachable"),                      # proxy CONNECT refused
    ("ConnectionRefusedError", None, "", "unreachable"),           # Twisted's, unwrapped
    # (h143 S10) the site answered, but the body ended before its Content-Length (a clean close mid-body): Scrapy's
    # DOWNLOAD_FAIL_ON_DATALOSS. Its own kind, not "unreachable (DNS or connection)".
    ("ResponseDataLossError", None, "", "cut_short"),
    ("SiteDown", None, "cut_short: x.id stopped answering in this run; not fetched: https://x.id/a", "cut_short"),
    ("SiteDown", None, "unreachable: x.id stopped answering in this run; not fetched: https://x.id/a",
     "unreachable"),
    ("DownloadTimeoutError", None, "", "timeout"),
    ("HttpError", 403, "", "blocked"),
    ("HttpError", 429, "", "blocked"),
    ("HttpError", 503, "", "server_error"),
    ("HttpError", 404, "", "http_4xx"),
    ("IgnoreRequest", None, "Forbidden by robots.txt", "robots"),
    ("IgnoreRequest", None, "something else", "other"),
    ("IgnoreRequest", None, "robots.txt unavailable (HTTP 503): https://x.id/a not fetched", "server_error"),
    ("SiteDown", None, "timeout: x.id stopped answering in this run; not fetched: https://x.id/a", "timeout"),
    ("SiteDown", None, "server_error: x.id stopped answering in this run; not fetched: https://x.id/a",
     "server_error"),
    ("DownloadCancelledError", None, "", "other"),                 # over DOWNLOAD_MAXSIZE
])
def test_failure_kind(error, status, message, kind):
    assert failure_kind(error, status, message) == kind


@pytest.mark.parametrize(("given", "line"), [
    ({**NOTHING, **failed("discovery", "unreachable", 2)},
     "s: 0 articles emitted, 2 requests failed: 2 unreachable (DNS or connection); "
     "health FAILING: discovery: unreachable (DNS or connection) on 2 of 2 requests"),
    ({**stats(), "item_scraped_count": 1}, "s: 1 article emitted, 0 requests failed; health ok"),
    # (h143 S10) an article whose body was cut short: said as such, retried by the next run, no failing site
    ({**stats(), "item_scraped_count": 1, **failed("article", "cut_short", 1)},
     "s: 1 article emitted, 1 request failed: 1 responses cut short (the connection ended mid-page); health ok"),
    # (h72 probe) a story cut by a later page that failed: said, not a failing site
    ({**stats(), "item_scraped_count": 1, **failed("page", "server_error", 2), "newscrawl/items/incomplete": 1},
     "s: 1 article emitted (1 incomplete), 2 requests failed: 2 server errors (5xx); health ok"),
    ({**stats(pages=0, items=0, date=0, authors=0, body=0), "newscrawl/incremental/skipped_seen": 7},
     "s: 0 articles emitted, 0 requests failed, 7 already emitted not refetched, 0 unchanged (304); health ok"),
])
def test_summary_line(given, line):
    assert summary_line("s", given, site_health(given)) == line


@pytest.mark.parametrize(("given", "finish_reason", "said"), [
    (stats(), None, "health ok"),             # not closed yet: health alone
    (stats(), "finished", "health ok"),
    (stats(date=7), "finished", "health FAILING: date: 70% of 10 below 80%"),
    # (h143 S14/S18) a crawl stopped by SIGTERM or a failed output said "health ok" beside "exit 1: a crawl did not
    # finish": what happened instead, and a failing health after it.
    (stats(), "shutdown", "did not finish (shutdown)"),
    (NOTHING, "output_failed", "did not finish (output_failed)"),
    (stats(date=7), "killed", "did not finish (killed); health FAILING: date: 70% of 10 below 80%"),
    # (h145 V1) a sample the operator sized (CLOSESPIDER_ITEMCOUNT / PAGECOUNT / TIMEOUT) stopped where it was told:
    # no failed crawl, its health said after it; stopped by its errors it did fail.
    (stats(), "closespider_itemcount", "stopped at its limit (closespider_itemcount); health ok"),
    (stats(), "closespider_pagecount", "stopped at its limit (closespider_pagecount); health ok"),
    (stats(date=7), "closespider_timeout",
     "stopped at its limit (closespider_timeout); health FAILING: date: 70% of 10 below 80%"),
    (stats(), "closespider_errorcount", "did not finish (closespider_errorcount)"),
    (stats(), "closespider_timeout_no_item", "did not finish (closespider_timeout_no_item)"),
])
def test_verdict(given, finish_reason, said):
    assert verdict(site_health(given), finish_reason) == said
    line = summary_line("s", {**given, "finish_reason": finish_reason}, site_health(given))
    assert line.endswith("; " + said), line


def test_summary_line_of_a_feed_that_could_not_be_written() -> None:
    """(h176 D2) `-O /dev/full`: "5 articles emitted" while the feed held none (its writes fail at a later flush)."""
    given = {**stats(), "item_scraped_count": 5, "newscrawl/output/error": "OSError: [Errno 28] No space left on device"}
    line = summary_line("s", {**given, "finish_reason": "output_failed"}, site_health(given))
    assert line.startswith("s: 5 articles emitted but not stored whole: the feed could not be written"), line
    assert "not stored whole" not in summary_line("s", stats(), site_health(stats()))


# h191 S3a: Redis restarted without its data mid-crawl. Each worker stopped with lease_lost (right), but its summary
# line read "10 articles emitted but not stored whole: the feed could not be written" (nothing failed to write; the
# lease was lost) beside cron's "5 emitted" (the committed files; 5 more sat in the open chunk), and one worker's
# health failed "1 discovery page(s) answered but listed no article link": its own share of the listing (the empty
# page ending pagination), the crawl's totals being gone with Redis. Stats as that worker ended.
LEASE_LOST_WORKER = {**stats(), "item_scraped_count": 10, "newscrawl/output/items": 5, "newscrawl/incremental/new": 5,
                     "newscrawl/dropped/output_failed": 18, "newscrawl/cluster/failed": "lease_lost",
                     "newscrawl/output/error": "LeaseLost: worker w1 stopped (lease_lost): it must not write to Redis",
                     "newscrawl/discovery/pages_ok": 1, "newscrawl/discovery/article_links": 0}


@pytest.mark.parametrize(("stopped", "cause"), [
    ("lease_lost", "the cluster lease was lost (Redis restarted without the crawl's state, or this worker's "
                   "heartbeat expired)"),
    ("redis_unavailable", "Redis was unreachable"),
])
def test_summary_line_of_a_worker_stopped_by_redis_names_it_and_counts_what_was_committed(stopped, cause) -> None:
    given = {**LEASE_LOST_WORKER, "newscrawl/cluster/failed": stopped}
    health = site_health(given)
    assert health["failures"] == []  # its own share of the discovery pages says nothing of the site
    line = summary_line("s", {**given, "finish_reason": stopped}, health)
    assert line == (f"s: 5 articles emitted, 0 requests failed; 18 more read but not committed: {cause}, fetched "
                    f"again by the other workers or the next run; did not finish ({stopped})"), line
    assert "feed" not in line


def test_summary_line_of_a_worker_stopped_with_nothing_uncommitted_names_the_cause_alone() -> None:
    """(h198 probe) A lease lost with an empty open chunk said "0 more read but not committed: …"."""
    given = {**LEASE_LOST_WORKER, "newscrawl/dropped/output_failed": 0}
    line = summary_line("s", {**given, "finish_reason": "lease_lost"}, site_health(given))
    assert line == ("s: 5 articles emitted, 0 requests failed; stopped: the cluster lease was lost (Redis restarted "
                    "without the crawl's state, or this worker's heartbeat expired); did not finish (lease_lost)"), line


def test_summary_line_of_a_run_output_that_could_not_be_written() -> None:
    """Cron's run output on a full disk: what the committed files hold, and what was read but not committed."""
    given = {**stats(), "item_scraped_count": 7, "newscrawl/output/items": 4, "newscrawl/dropped/output_failed": 3,
             "newscrawl/output/error": "OSError: [Errno 28] No space left on device"}
    line = summary_line("s", {**given, "finish_reason": "output_failed"}, site_health(given))
    assert line.startswith("s: 4 articles emitted, 0 requests failed; 3 more read but not committed: the output "
                           "could not be written, fetched again by the next run; did not finish (output_failed)"), line


def test_a_plain_worker_with_no_link_on_its_pages_still_fails() -> None:
    """The discovery rule stands for a run that did not lose Redis (a single machine, a finished worker)."""
    given = {k: v for k, v in LEASE_LOST_WORKER.items() if k != "newscrawl/cluster/failed"}
    assert site_health(given)["failures"] == ["articles: 1 discovery page(s) answered but listed no article link"]


@pytest.mark.parametrize(("soft_404", "failures"), [
    (0, []),
    (2, []),  # a couple of removed articles: too few to judge
    (3, ["soft_404: 23% of 13 article pages said 'not found' (above 20%)"]),  # over pages and soft 404s together
    (5, ["soft_404: 33% of 15 article pages said 'not found' (above 20%)"]),
])
def test_soft_404_share(soft_404, failures):
    report = site_health({**stats(), "newscrawl/dropped/soft_404": soft_404})
    assert report["soft_404"] == soft_404
    assert report["failures"] == failures


def test_thresholds_are_settings():
    assert site_health(stats(date=7), {"date": 0.5})["failures"] == []
    assert site_health(stats(), {"authors": 1.01})["failures"] == ["authors: 100% of 10 below 101%"]


def test_shares():
    report = site_health(stats(items=8, date=6, authors=4, body=7))
    assert (report["with_date"], report["with_authors"], report["body_2plus"]) == (0.75, 0.5, 0.7)


@pytest.mark.parametrize(("now_utc", "lookback", "until", "since"), [
    ("2024-06-19T17:05:00+00:00", 6, None, "2024-06-19"),   # 00:05 WIB on the 20th: yesterday too
    ("2024-06-20T05:00:00+00:00", 6, None, "2024-06-20"),   # noon WIB: today only
    ("2024-06-20T05:00:00+00:00", 24, None, "2024-06-19"),
    ("2024-06-20T05:00:00+00:00", 6, "2024-06-01", None),   # an explicit --until is its own window
])
def test_cron_default_window(now_utc, lookback, until, since):
    from datetime import datetime

    from newscrawl.cron import default_since

    assert default_since(lookback, until, now=datetime.fromisoformat(now_utc)) == since


# (h146 probe, detik_maxpages and antara_feeds) a listing still listing articles at max_pages, a feed not reaching back
# to the window's start: counted and one WARNING each, but the summary line and cron's line read "health ok", the run
# summary had no field for them and the report showed nothing.
MAX_PAGES = "discovery fell short: 1 listing still listing articles at max_pages (the pages after it not read)"
NOT_REACHED = ("discovery fell short: 2 feeds, sitemaps or listings not reaching back to the window's start or the "
               "last run (stories older than their oldest entry may be missed)")
NOT_WHOLE = ("discovery fell short: 1 feed or sitemap not read whole: cut short or unreadable (stories listed past the "
             "damage may be missed)")


@pytest.mark.parametrize(("short", "default_window", "said"), [
    ({"max_pages_reached": 1}, False, "health FAILING: " + MAX_PAGES),  # a backfill: it did not read its window
    ({"window_start_not_reached": 2}, False, "health FAILING: " + NOT_REACHED),
    ({"max_pages_reached": 1}, True, "health ok; " + MAX_PAGES),  # cron's default window: said, not failing
    ({"max_pages_reached": 1, "window_start_not_reached": 2}, True, "health ok; " + MAX_PAGES + "; " + NOT_REACHED[22:]),
    # (h176) a feed or sitemap cut short (or unreadable) beside ones read whole: its later stories may be missed.
    ({"not_read_whole": 1}, False, "health FAILING: " + NOT_WHOLE),
    ({"not_read_whole": 1}, True, "health ok; " + NOT_WHOLE),
    ({}, False, "health ok"),
])
def test_a_discovery_shortfall_is_said(short, default_window, said):
    given = {**stats(), "item_scraped_count": 10, **{f"newscrawl/discovery/{k}": n for k, n in short.items()}}
    report = site_health(given, default_window=default_window)
    assert report["discovery_short"] == {"max_pages_reached": short.get("max_pages_reached", 0),
                                         "window_start_not_reached": short.get("window_start_not_reached", 0),
                                         "not_read_whole": short.get("not_read_whole", 0)}
    assert report["healthy"] is not said.startswith("health FAILING")
    assert summary_line("s", given, report) == "s: 10 articles emitted, 0 requests failed; " + said
    # a crawl that did not finish says the shortfall too
    assert verdict(report, "shutdown").endswith(said[len("health ok"):] if report["healthy"] else said)


LISTING_SHORT = ("discovery fell short: 1 listing page failed (the stories listed there and on the pages after not "
                 "read)")


@pytest.mark.parametrize(("default_window", "said"), [
    (False, "health FAILING: " + LISTING_SHORT),  # a backfill: no run reads the day again
    (True, "health ok"),                          # cron's default window: the next run reads it (failed days)
])
def test_a_failed_listing_page_is_a_backfills_shortfall(default_window, said):
    """(h176 S2) A backfill whose listing page 2 answered 503: 40 of the day's 60 stories unread, "health ok", exit 0."""
    given = {**stats(), "item_scraped_count": 10, **failed("discovery", "server_error", 1),
             "newscrawl/discovery/listing_failed": 1}
    report = site_health(given, default_window=default_window)
    assert summary_line("s", given, report) == "s: 10 articles emitted, 1 request failed: 1 server errors (5xx); " + said
    # every discovery request failed: that failure alone, no shortfall beside it
    down = {**NOTHING, **failed("discovery", "server_error", 2), "newscrawl/discovery/listing_failed": 2}
    assert site_health(down)["failures"] == ["discovery: server errors (5xx) on 2 of 2 requests"]


# (h264 B) A site spider whose body selectors matched nothing falls back to the site-independent main text (or JSON-LD
# articleBody), counted per item (pipelines.HealthPipeline: BODY_FALLBACK): a redesign that broke every selector read
# "health ok" while the site ran on fallbacks. Now a warning of its own after the verdict, never a failure.
DRIFT = ("layout drift: {n} of {items} articles' bodies read by a fallback (the page's main text or its JSON-LD "
         "articleBody): the site's body selectors matched nothing")


@pytest.mark.parametrize(("extra", "thresholds", "said"), [
    ({BODY_FALLBACK: 5}, None, DRIFT.format(n=5, items=10)),           # at the threshold (50%)
    ({BODY_FALLBACK: 10}, None, DRIFT.format(n=10, items=10)),         # every selector broken
    ({BODY_FALLBACK: 4}, None, None),                                   # below it: a few odd pages, not a redesign
    ({}, None, None),
    # The generic spider's own reading (body_source maintext, or its JSON-LD pick) is its normal path, never counted as
    # a fallback; nor a catalogue outlet declaring no body selector (its "generic" is the shared path): no flag.
    ({"newscrawl/body_source/maintext": 10, "newscrawl/body_source/jsonld": 0}, None, None),
    ({"newscrawl/body_source/generic": 10}, None, None),
    # A site module may set its own threshold (health_thresholds), as for the other shares.
    ({BODY_FALLBACK: 4}, {"drift": 0.3}, DRIFT.format(n=4, items=10)),
    ({BODY_FALLBACK: 10}, {"drift": 1.01}, None),
])
def test_layout_drift_is_a_warning_of_its_own(extra, thresholds, said):
    given = {**stats(), "item_scraped_count": 10, **extra}
    report = site_health(given, thresholds)
    assert report["layout_drift"] == said
    assert report["body_fallback"] == extra.get(BODY_FALLBACK, 0)
    assert report["body_fallback_share"] == extra.get(BODY_FALLBACK, 0) / 10
    # Never a failure, never a discovery shortfall (cron's discovery_short_sites, the report's DISCOVERY SHORT).
    assert report["healthy"] is True and report["failures"] == [] and report["warnings"] == []
    assert summary_line("s", given, report) == ("s: 10 articles emitted, 0 requests failed; health ok"
                                                + (f"; {said}" if said else ""))


def test_layout_drift_needs_min_articles_items_and_never_changes_health():
    # Under min_articles items the share says little: 2 of 2 bodies by the fallback is no drift said.
    few = stats(pages=2, items=2, date=2, authors=2, body=2)
    assert site_health({**few, BODY_FALLBACK: 2})["layout_drift"] is None
    assert site_health({**few, BODY_FALLBACK: 2}, {"min_articles": 2})["layout_drift"] == DRIFT.format(n=2, items=2)
    assert site_health({**stats(pages=3, items=3, date=3, authors=3, body=3), BODY_FALLBACK: 3})["layout_drift"] \
        == DRIFT.format(n=3, items=3)
    # A failing site keeps its failures, and the drift is said after them; healthy stays what the failures say.
    failing = {**stats(date=7), BODY_FALLBACK: 8, "item_scraped_count": 10}
    report = site_health(failing)
    assert report["healthy"] is False and report["failures"] == ["date: 70% of 10 below 80%"]
    assert summary_line("s", failing, report).endswith(
        "; health FAILING: date: 70% of 10 below 80%; " + DRIFT.format(n=8, items=10))
    # after a discovery shortfall in cron's default window, and after a crawl that did not finish
    short = {**stats(), BODY_FALLBACK: 9, "newscrawl/discovery/max_pages_reached": 1}
    report = site_health(short, default_window=True)
    assert report["warnings"] == [MAX_PAGES] and report["healthy"]
    assert verdict(report) == f"health ok; {MAX_PAGES}; " + DRIFT.format(n=9, items=10)
    assert verdict(report, "shutdown") == f"did not finish (shutdown); {MAX_PAGES}; " + DRIFT.format(n=9, items=10)
    assert site_health(stats())["thresholds"]["drift"] == 0.5


def test_did_not_finish_table():
    """h304 F2: which finish_reasons are a crawl that did not finish (exit 1, its summary line a warning): all but
    finished and a limit the operator set; None is a crawl not closed yet."""
    rows = {"finished": False, None: False, "closespider_itemcount": False, "closespider_pagecount": False,
            "closespider_timeout": False, "shutdown": True, "killed": True, "output_failed": True,
            "store_failed": True, "lease_lost": True, "closespider_errorcount": True,
            "closespider_timeout_no_item": True, "closespider_pagecount_no_item": True}  # a stall (README, h307)
    assert {reason: did_not_finish(reason) for reason in rows} == rows


def _scrapy_error(twisted_error: BaseException) -> BaseException:
    """The exception a request's errback gets for ``twisted_error``, wrapped by Scrapy's own code (2.19's
    wrap_twisted_exceptions: a ResponseFailed becomes a DownloadFailedError, the Twisted error its cause)."""
    from scrapy.utils._download_handlers import wrap_twisted_exceptions

    try:
        with wrap_twisted_exceptions():
            raise twisted_error
    except Exception as error:  # noqa: BLE001
        return error
    raise AssertionError("not raised")


def test_a_connection_ended_after_the_answer_began_is_cut_short():
    """h304 F4: a reset mid-answer was labelled by when its bytes were read: Twisted's ResponseFailed (bytes of the
    response came, the connection then lost), wrapped as DownloadFailedError, read as "unreachable (DNS or
    connection)"; its headers and part of the body read first, ResponseDataLossError, cut_short. Bytes came: cut_short;
    none (ResponseNeverReceived): unreachable, as a refused or unresolved host."""
    from scrapy.exceptions import ResponseDataLossError
    from twisted.internet.error import ConnectionDone, ConnectionLost, ConnectionRefusedError
    from twisted.python.failure import Failure
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived
    from twisted.web.http import _DataLoss

    data_loss = ResponseDataLossError()
    data_loss.__cause__ = ResponseFailed([Failure(ConnectionLost()), Failure(_DataLoss())])
    rows = [
        (_scrapy_error(ResponseFailed([Failure(ConnectionLost())])), "cut_short"),   # reset mid-headers
        (_scrapy_error(ResponseFailed([Failure(ConnectionDone())])), "cut_short"),   # closed mid-headers
        (ResponseFailed([Failure(ConnectionLost())]), "cut_short"),                  # unwrapped (older Scrapy)
        (data_loss, "cut_short"),                                                    # reset mid-body
        (_scrapy_error(ResponseNeverReceived([Failure(ConnectionLost())])), "unreachable"),  # no byte came
        (_scrapy_error(ConnectionRefusedError()), "unreachable"),
        (ConnectionLost(), "unreachable"),
    ]
    assert [failure_kind(error_name(error)) for error, _ in rows] == [kind for _, kind in rows]


def test_a_connection_aborted_after_the_answer_began_is_cut_short_and_a_request_not_sent_is_unreachable():
    """h307 F4: error_name matched the connection's end by class name, so a ConnectionAborted (a ConnectionLost: the
    client aborting mid-answer) stayed "unreachable"; Twisted's RequestTransmissionFailed (the request could not be
    sent whole; Scrapy does not wrap it) read as "other": nothing answered, unreachable."""
    from twisted.internet.error import ConnectionAborted, ConnectionLost
    from twisted.python.failure import Failure
    from twisted.web._newclient import RequestTransmissionFailed, ResponseFailed

    rows = [
        (_scrapy_error(ResponseFailed([Failure(ConnectionAborted())])), "cut_short"),
        (ResponseFailed([Failure(ConnectionAborted())]), "cut_short"),
        (_scrapy_error(RequestTransmissionFailed([Failure(ConnectionLost())])), "unreachable"),
    ]
    assert [failure_kind(error_name(error)) for error, _ in rows] == [kind for _, kind in rows]
