"""Per-site health of one run, from its stats: the alarm that catches a silent layout change, a block,
or a site (or the network) that is down.

Everything here is a pure function over counted stats, so the verdict of a run can be recomputed
from its summary and is tested by tables (tests/test_health.py).
"""
from __future__ import annotations

from functools import cache
from typing import Any, Final, Mapping

DEFAULT_THRESHOLDS: dict[str, float] = {
    "min_articles": 3,   # below this many article pages the shares say little: no share alarm
    "date": 0.8,         # share of items with published_at
    "authors": 0.5,      # share of items with at least one author
    "body": 0.8,         # share of fetched article pages that became items with ≥2 paragraphs
    "max_soft_404": 0.2,  # most: share of article-URL pages that said "not found" with status 200
    # least share of items whose body a fallback read, the site's body selectors matching nothing: from it on, a layout
    # drift warning (never a failure; BODY_FALLBACK)
    "drift": 0.5,
}

# Why a request failed, as the operator must act on it; stats newscrawl/failed/<role>/<kind>.
FAILURE_KINDS: dict[str, str] = {
    "unreachable": "unreachable (DNS or connection)",
    "cut_short": "responses cut short (the connection ended mid-page)",
    "blocked": "blocked (403, 429 or a bot challenge)",
    "server_error": "server errors (5xx)",
    "outage": "down for maintenance or failing (a notice answered 200)",
    "empty_answer": "empty answers (2xx with no content)",
    "not_a_feed": "not a feed or sitemap (an HTML page, JSON or text answered instead)",
    "robots": "robots.txt disallowed",
    "timeout": "timed out",
    "http_4xx": "other HTTP 4xx (404, 410…)",
    "redirected_away": "redirected away from the article (home page, section)",
    "redirected_offsite": "redirected off the site",
    "redirect_loop": "redirected back to itself twice (a cookie wall or a redirect loop)",
    "too_many_redirects": "too many redirects (more than REDIRECT_MAX_TIMES hops)",
    "too_large": "larger than the download limit",
    "unreadable": "unreadable (a corrupt, cut or oversized feed, sitemap or compressed body)",
    "other": "other errors",
}
# "page": an article's later page or its "show all" view (the item names what it lacks: missing_pages); its failures
# are said in the summary line, never a reason for the health check to fail.
ROLES = ("discovery", "article", "page")
FAILED_PREFIX = "newscrawl/failed/"
# Known discovery shortfalls (stats newscrawl/discovery/<key>): articles the crawl knows it may not have seen. A listing
# still listing articles at the max_pages limit (its later pages unread), a feed, sitemap or undated listing
# whose oldest entry is after where it had to reach back to (spiders/base.py check_reach), and a feed or sitemap that
# answered but could not be read whole: cut short (a gzip stream without its end, a root element never closed), corrupt
# or unpacking past the limit (spiders/base.py document_text; also counted as a failed request, ``unreadable``).
SHORTFALLS: dict[str, str] = {
    "max_pages_reached": "listing{s} still listing articles at max_pages (the pages after {it} not read)",
    "window_start_not_reached": "feed{s}, sitemap{s} or listing{s} not reaching back to the window's start or the last "
                                "run (stories older than {its} oldest entry may be missed)",
    "not_read_whole": "feed{s} or sitemap{s} not read whole: cut short or unreadable (stories listed past the damage "
                      "may be missed)",
}
SHORT_PREFIX = "discovery fell short: "
# Listing pages (spiders/base.listing_request) that failed, a 404/410 aside (a day's listing the site does not serve
# may be a day without stories): the stories they and the pages after them list were not read. The days are cron's
# discovery_failed_days, read again by cron's next default-window run; a crawl of a window it was given (a backfill)
# reads no day again, so there it is a shortfall that fails (site_health).
LISTING_FAILED = "newscrawl/discovery/listing_failed"
# The first discovery request of a run that failed, as "<URL> (<reason>)" (spiders/base.py request_failed): named by
# the verdict when other discovery pages answered but none listed an article.
FIRST_FAILED_DISCOVERY = "newscrawl/discovery/first_failed"
# Article pages (newscrawl/articles/pages) left out on purpose before their item reached the health counts (generic's
# stories outside the window, dropped before an item is made): not judged, as no item of theirs is counted.
SKIPPED_PAGES = "newscrawl/health/skipped_pages"
# Items whose body a fallback read because the site's own body selectors matched nothing (spiders/base.py parse_article
# sets RawArticle.body_fallback; pipelines.HealthPipeline counts): the main text, or JSON-LD articleBody (a site
# spider's "generic"/"jsonld" body_source). Not a spider that declares no body selector (the generic spider's
# "maintext"), nor a catalogue outlet (its selectors are unverified leads: NewsSpider.layout_drift_judged), a page saying
# it is a photo story, or a story published a month or more before the crawl's clock (an older template,
# pipelines.DRIFT_RECENT_DAYS; h272 R5, R6). (h264 B: a redesign that broke every selector read "health ok" while the
# site ran on fallbacks, until they failed too.)
BODY_FALLBACK = "newscrawl/health/body_fallback"
DRIFT_PREFIX = "layout drift: "
# Listing pages whose link selectors found no article while the page named its stories otherwise (data-href cards, a
# JSON-LD ItemList, an app state: spiders/base.py unlinked_listing_links), for a spider whose selectors were written
# from the site's pages: read, but the layout moved (h294 C1). Said as layout drift, never a failure.
LISTING_FALLBACK = "newscrawl/health/listing_fallback"

# Scrapy (2.19 wraps the Twisted errors) and Twisted exception class names that mean the site was
# never reached or the connection broke.
_UNREACHABLE = {"CannotResolveHostError", "DownloadConnectionRefusedError", "DownloadFailedError",
                "DNSLookupError", "ConnectionRefusedError", "ConnectError",
                "TCPTimedOutError", "NoRouteError", "ConnectionLost", "ConnectionDone", "ResponseNeverReceived",
                "ResponseFailed", "TunnelError", "ConnectingCancelledError", "SSLError", "gaierror",
                # the request could not be sent whole (Twisted's, not wrapped by Scrapy): nothing answered (h307 F4)
                "RequestTransmissionFailed"}
_TIMEOUT = {"TimeoutError", "DownloadTimeoutError"}
# The site answered, but the connection ended before the announced length (Content-Length, or a broken chunked
# encoding): Scrapy's DOWNLOAD_FAIL_ON_DATALOSS. Twisted reports a server's clean close mid-body and a connection
# reset mid-body (h145 C3) alike, so the kind says only that: not a host that could not be reached (h143 S10 was
# counted as "unreachable (DNS or connection)"), not proof the network is sound. Retried, never stored as done.
# An HTML page with no length announced that ended before its document's end in every copy (DocumentCutShort) too.
_CUT_SHORT = {"ResponseDataLossError", "DocumentCutShort", "CompressedCutShort", "ResponseCutShort"}
@cache
def _twisted_classes() -> tuple[type[BaseException], type[BaseException], tuple[type[BaseException], ...]]:
    """Twisted's ResponseFailed, ResponseNeverReceived, and its reasons for a response that failed once its first
    bytes had come: the connection ended (reset, aborted or closed: ConnectionClosed's subclasses), or the body fell
    short of its length (_DataLoss, private). Classes, not names: a ConnectionAborted, a ConnectionLost, read
    unreachable (h307 F4). Imported when first asked: the rest of this module reads stats, without Twisted."""
    from twisted.internet.error import ConnectionClosed
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived
    try:
        from twisted.web.http import _DataLoss
    except ImportError:  # pragma: no cover  a Twisted without it: the connection's end still tells
        return ResponseFailed, ResponseNeverReceived, (ConnectionClosed,)
    return ResponseFailed, ResponseNeverReceived, (ConnectionClosed, _DataLoss)


def error_name(error: BaseException) -> str:
    """The name failure_kind reads a failed request's exception by: its class name, except for a connection that ended
    after the site had begun to answer — Scrapy's DownloadFailedError (or Twisted's own ResponseFailed) over a
    ResponseFailed, Twisted's word for "bytes of the response came", whose reasons are the connection's end:
    ``ResponseCutShort``, a cut_short like ResponseDataLossError (h304 F4: a reset mid-answer was "unreachable (DNS or
    connection)" or cut_short by when its bytes were read). ResponseNeverReceived (no byte of an answer came: a
    connection dropped before the answer, or a reset that took the unread answer with it) stays unreachable."""
    cause = error.__cause__ if type(error).__name__ == "DownloadFailedError" else error
    response_failed, never_received, answer_ended = _twisted_classes()
    if not isinstance(cause, response_failed) or isinstance(cause, never_received):
        return type(error).__name__
    reasons = [getattr(reason, "value", reason) for reason in getattr(cause, "reasons", None) or ()]
    return "ResponseCutShort" if any(isinstance(reason, answer_ended) for reason in reasons) else type(error).__name__


def _unpack_failed(error_name: str, message: str) -> bool:
    """A body declared compressed (Content-Encoding) that Scrapy's HttpCompressionMiddleware could not unpack at all:
    gzip cut before its first bytes decode (EOFError), no gzip (BadGzipFile), corrupt deflate or brotli (their
    module's ``error``). One cut later is unpacked as far as it goes, without a word: spiders/base.py document_text
    tells a feed or sitemap cut so (h176)."""
    return ((error_name == "EOFError" and message.startswith("Compressed file ended"))
            or error_name == "BadGzipFile" or (error_name == "error" and "decompress" in message.lower()))


def failure_kind(error_name: str, status: int | None = None, message: str = "") -> str:
    """The kind of a failed request from its exception class name, HTTP status and message.

    ``status`` is the response status of an HttpError (None when no response came back).
    """
    if status is not None:
        if status in (401, 403, 429, 451):
            return "blocked"
        if status >= 500:
            return "server_error"
        if status >= 400:
            return "http_4xx"
        return "other"
    if error_name == "SiteDown":  # a host that stopped answering: the kind that tripped it (middlewares)
        kind = message.partition(":")[0]
        return kind if kind in FAILURE_KINDS else "unreachable"
    if error_name == "RedirectRefused":  # a redirect not followed (middlewares.redirect_refusal): its reason
        kind = message.partition(":")[0]
        return kind if kind in FAILURE_KINDS else "other"
    if error_name == "IgnoreRequest" and message.startswith("max redirections reached"):
        return "too_many_redirects"  # Scrapy's RedirectMiddleware giving up past REDIRECT_MAX_TIMES hops (h190)
    if error_name == "BotChallenge":
        return "blocked"
    if error_name == "SiteOutage":
        return "outage"
    if error_name == "EmptyAnswer":
        return "empty_answer"
    if error_name == "IgnoreRequest" and message.startswith("robots.txt unavailable"):
        return "server_error"  # robots.txt answered 5xx: the site's fault, not one of its rules
    if error_name == "IgnoreRequest" and "robots.txt" in message:
        return "robots"
    if "max size (" in message or "DOWNLOAD_MAXSIZE" in message:
        return "too_large"  # Scrapy cancelled the download (or its decompression) past download_maxsize
    if _unpack_failed(error_name, message):
        return "unreadable"
    if error_name in _UNREACHABLE:
        return "unreachable"
    if error_name in _CUT_SHORT:
        return "cut_short"
    if error_name in _TIMEOUT:
        return "timeout"
    return "other"


def failures_by_kind(stats: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """{role: {kind: count}} from the newscrawl/failed/<role>/<kind> stats."""
    table: dict[str, dict[str, int]] = {role: {} for role in ROLES}
    for key, value in stats.items():
        if key.startswith(FAILED_PREFIX):
            role, _, kind = key[len(FAILED_PREFIX):].partition("/")
            if role in table and kind and value:
                table[role][kind] = table[role].get(kind, 0) + int(value)
    return table


def all_roles(failed: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    """{kind: count} over discovery and article requests together."""
    total: dict[str, int] = {}
    for kinds in failed.values():
        for kind, count in kinds.items():
            total[kind] = total.get(kind, 0) + int(count)
    return total


def describe_failures(kinds: Mapping[str, int], total: int) -> str:
    """'blocked (403, 429 or a bot challenge) on 12 of 12 requests', causes largest first."""
    parts = [f"{FAILURE_KINDS.get(kind, kind)} on {count}"
             for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]
    return f"{', '.join(parts)} of {total} request{'s' if total != 1 else ''}"


def discovery_shortfall(stats: Mapping[str, Any]) -> dict[str, int]:
    """{cause: how many discovery documents} for the SHORTFALLS of one site's run, every cause named (0: none)."""
    return {key: int(stats.get(f"newscrawl/discovery/{key}", 0) or 0) for key in SHORTFALLS}


def describe_shortfall(short: Mapping[str, int]) -> str | None:
    """'discovery fell short: 1 listing still listing articles at max_pages (…)', or None when it did not."""
    parts = []
    for key, text in SHORTFALLS.items():
        count = int(short.get(key, 0) or 0)
        if count:
            parts.append(f"{count} " + text.format(s="s" if count != 1 else "", it="them" if count != 1 else "it",
                                                   its="their" if count != 1 else "its"))
    return SHORT_PREFIX + "; ".join(parts) if parts else None


def site_health(stats: Mapping[str, Any], thresholds: Mapping[str, float] | None = None,
                default_window: bool = False) -> dict[str, Any]:
    """Shares and failures for one site's run. A failure names the field or cause and the figure.

    A known discovery shortfall (SHORTFALLS) fails a crawl of a window it was given (a backfill, a plain crawl of a
    day): it could not read what it was asked to. In cron's default window (``default_window``) it is a warning
    (``warnings``): the runs before and after overlap this one's window, a listing at max_pages mostly holds what
    earlier runs read, and a gap since the last run may hold no story."""
    limits = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    items = int(stats.get("newscrawl/health/items", 0))
    pages = int(stats.get("newscrawl/articles/pages", 0))
    # Article pages judged: a second view of an article emitted this run (desktop and m., an AMP copy), dropped as
    # a duplicate before the health counts, is no page whose body failed (h39: "body: 50% of 20" for 10 stories).
    # Nor is a page left out on purpose before any item was made (SKIPPED_PAGES; h146: a generic backfill's 7
    # stories of another day read "body: 30% of 10" for the 3 whole ones in the window).
    judged = max(pages - int(stats.get("newscrawl/health/duplicate_pages", 0)) - int(stats.get(SKIPPED_PAGES, 0)), 0)
    not_article = int(stats.get("newscrawl/dropped/not_article", 0))
    discovery_ok = int(stats.get("newscrawl/discovery/pages_ok", 0))
    links = int(stats.get("newscrawl/discovery/article_links", 0))
    # Requests a steady state saves: articles emitted before, 304s, listed URLs that held no article before.
    skipped = sum(int(stats.get(f"newscrawl/incremental/{key}", 0))
                  for key in ("skipped_seen", "not_modified", "skipped_unavailable", "unavailable_again",
                              "skipped_outside_window"))
    failed = failures_by_kind(stats)
    # A feed or sitemap that answered but could not be read gave no link, as a failed request gives none (h42: a
    # run whose only sitemap was unreadable said "health ok" with 0 articles).
    unreadable = int(stats.get("newscrawl/errors/unreadable_discovery", 0))
    if unreadable:
        failed["discovery"]["unreadable"] = failed["discovery"].get("unreadable", 0) + unreadable
    discovery_failed, article_failed = sum(failed["discovery"].values()), sum(failed["article"].values())
    report: dict[str, Any] = {
        "discovery_pages_ok": discovery_ok,
        "discovery_failed": discovery_failed,
        "article_links": links,
        "article_pages": pages,
        "article_failed": article_failed,
        "items": items,
        "with_date": _share(stats.get("newscrawl/health/with_date", 0), items),
        "with_authors": _share(stats.get("newscrawl/health/with_authors", 0), items),
        "body_2plus": _share(stats.get("newscrawl/health/body_2plus", 0), judged),
        "failed_requests": failed,
        "thresholds": {k: limits[k] for k in ("date", "authors", "body", "min_articles", "drift")},
        "soft_404": int(stats.get("newscrawl/dropped/soft_404", 0)),
        # Rechecks of stories emitted before answering a soft 404: the story taken down (recheck_gone), not counted in
        # the share above, as a recheck's 404 is no failure (yesterday's deletions would raise the alarm).
        "recheck_soft_404": int(stats.get("newscrawl/incremental/recheck_soft_404", 0)),
        "discovery_short": discovery_shortfall(stats),
        # Items whose body a fallback read, the site's body selectors failing (BODY_FALLBACK), and their share.
        "body_fallback": int(stats.get(BODY_FALLBACK, 0) or 0),
        "body_fallback_share": _share(stats.get(BODY_FALLBACK, 0) or 0, items),
        "failures": [],
        # Discovery shortfalls only (cron's discovery_short_sites, the report's DISCOVERY SHORT read them so).
        "warnings": [],
        # A warning of its own, never a failure: most bodies read by a fallback (describe_drift), else None.
        "layout_drift": None,
    }
    failures = report["failures"]
    if discovery_failed and not discovery_ok:
        failures.append(f"discovery: {describe_failures(failed['discovery'], discovery_failed)}")
    elif discovery_failed and not links:
        # What answered (a home page, a robots.txt-named index) listed nothing and a feed or sitemap failed: the failed
        # document is the cause, said first (h190: a sitemap's 503 with Retry-After: 3600 read "1 discovery page(s)
        # answered but listed no article link", naming the home page).
        failed_first = stats.get(FIRST_FAILED_DISCOVERY)
        failures.append(f"discovery: {describe_failures(failed['discovery'], discovery_failed + discovery_ok)}"
                        + (f", the first {failed_first}" if isinstance(failed_first, str) and failed_first else ""))
    if article_failed and not pages:
        failures.append(f"articles: {describe_failures(failed['article'], article_failed + not_article)}")
    elif not_article and not pages and links and not skipped:
        # Every article page fetched answered, but none was an article (served as a download, a home or section
        # page): as unreadable as a failed request. Not while earlier runs' articles are skipped: a listing's
        # one video page, fetched each run, is no alarm in a steady state.
        failures.append(f"articles: none of {not_article} article page{'s' if not_article != 1 else ''} fetched "
                        f"was an article (another content type, a home or section page)")
    if not items and not failures:
        # Some requests got through, but the site blocked the rest and nothing came out.
        refused = {k: n for k, n in all_roles(failed).items() if k in ("blocked", "robots")}
        if refused:
            total = discovery_ok + discovery_failed + pages + not_article + article_failed
            failures.append(f"articles: 0 items, {describe_failures(refused, total)}")
    # Many "not found" pages: discovery leads to removed articles, or the site refuses the crawler.
    soft_share = _share(report["soft_404"], pages + report["soft_404"])
    if report["soft_404"] >= limits["min_articles"] and soft_share is not None and soft_share > limits["max_soft_404"]:
        failures.append(f"soft_404: {soft_share:.0%} of {pages + report['soft_404']} article pages said "
                        f"'not found' (above {limits['max_soft_404']:.0%})")
    # A worker judges the crawl's discovery totals (cluster._adopt_crawl_discovery); one that stopped loudly (Redis
    # gone or restarted) has its own share only, maybe just the empty page that ends pagination (h191 S3a).
    if discovery_ok and not links and stats.get("newscrawl/cluster/failed") not in CLUSTER_STOPS:
        failures.append(f"articles: {discovery_ok} discovery page(s) answered but listed no article link")
    if judged >= limits["min_articles"]:
        for field, key, base in (("body", "body_2plus", judged), ("date", "with_date", items),
                                 ("authors", "with_authors", items)):
            share = report[key]
            if base and share is not None and share < limits[field]:
                failures.append(f"{field}: {share:.0%} of {base} below {limits[field]:.0%}")
            elif field == "body" and not items:
                failures.append(f"body: {judged} article pages gave no item")
    short = describe_shortfall(report["discovery_short"])
    if short is not None:
        (report["warnings"] if default_window else failures).append(short)
    listing_failed = int(stats.get(LISTING_FAILED, 0) or 0)
    if listing_failed and discovery_ok and not default_window:
        # A listing page failed (h176 S2: page 2 answered 503, 40 of a backfill's 60 stories unread, "health ok").
        # In cron's default window its day is read again by the next run (discovery_failed_days): no shortfall there.
        failures.append(f"{SHORT_PREFIX}{listing_failed} listing page{'s' if listing_failed != 1 else ''} failed "
                        f"(the stories listed there and on the pages after not read)")
    if items >= limits["min_articles"]:
        # Never a failure (the bodies may be whole: the fallbacks carried them), never a discovery shortfall: said after
        # the verdict so a redesign is seen before the fallbacks fail too (h264 B).
        report["layout_drift"] = describe_drift(report["body_fallback"], items, limits["drift"])
    listing_fallback = int(stats.get(LISTING_FALLBACK, 0) or 0)
    report["listing_fallback"] = listing_fallback
    if listing_fallback:
        # A listing read past its selectors is a redesign whatever the item count (h294 C1).
        listings = (f"{listing_fallback} listing page{'s' if listing_fallback != 1 else ''} read by a fallback (cards' "
                    f"data-href, a JSON-LD ItemList or a script's state): the site's listing selectors found no "
                    f"article link")
        drift = report["layout_drift"]
        report["layout_drift"] = f"{drift}; {listings}" if drift else DRIFT_PREFIX + listings
    report["healthy"] = not failures
    return report


def describe_drift(fallback: int, items: int, threshold: float) -> str | None:
    """'layout drift: 5 of 6 articles' bodies read by a fallback (…): the site's body selectors matched nothing' when
    ``fallback`` of ``items`` reach ``threshold``, else None."""
    if not items or not fallback or fallback / items < threshold:
        return None
    return (f"{DRIFT_PREFIX}{fallback} of {items} article{'s' if items != 1 else ''}' bodies read by a fallback (the "
            f"page's main text or its JSON-LD articleBody): the site's body selectors matched nothing")


def site_thresholds(settings_thresholds: Mapping[str, float] | None, spidercls: type) -> dict[str, float]:
    """NEWSCRAWL_HEALTH overlaid with the spider's own ``health_thresholds`` (CNN Indonesia authors)."""
    return {**(settings_thresholds or {}), **getattr(spidercls, "health_thresholds", {})}


# Why a distributed worker stopped loudly (cluster.failure_reason, the stat newscrawl/cluster/failed), in words: its
# output was not at fault (h191 S3a: Redis restarted without its data read "the feed could not be written").
CLUSTER_STOPS: Final = {
    "lease_lost": "the cluster lease was lost (Redis restarted without the crawl's state, or this worker's heartbeat "
                  "expired)",
    "redis_unavailable": "Redis was unreachable",
}


def summary_line(site: str, stats: Mapping[str, Any], health: Mapping[str, Any]) -> str:
    """The one line a plain crawl ends with: what came out, what failed and why, the verdict. With the run output
    (cron, NEWSCRAWL_INCREMENTAL, a worker) "emitted" counts what its committed files hold, as cron's line per site
    does; the articles its open chunk held when the run stopped are said apart (h191 S3a: a worker's "10 articles
    emitted" beside cron's "5 emitted", 5 of them in the chunk it could not commit)."""
    committed = stats.get("newscrawl/output/items")  # None: no run output (a plain crawl, a feed)
    if committed is None:
        emitted = int(stats.get("item_scraped_count", 0))
        # Emitted cut (a later page failed or answered nothing: missing_pages names it), counted apart.
        incomplete = int(stats.get("newscrawl/items/incomplete", 0))
    else:
        emitted, incomplete = int(committed), int(stats.get("newscrawl/output/incomplete", 0))
    kinds = all_roles(health["failed_requests"])
    total_failed = sum(kinds.values())
    line = f"{site}: {emitted} article{'s' if emitted != 1 else ''} emitted"
    if committed is None and stats.get("finish_reason") == "killed":
        # Stopped under the feed (SIGTERM or Ctrl-C twice): the exporter never closed it, so the last items scraped may
        # be missing from it (h272: "29 emitted", the -O file holding 27). Said as what it is, not what the file holds.
        line = f"{site}: {emitted} article{'s' if emitted != 1 else ''} scraped (the feed was not closed: the last may " \
               f"be missing from it)"
    line += f" ({incomplete} incomplete)" if incomplete else ""
    stopped = stats.get("newscrawl/cluster/failed")
    uncommitted = ""
    if committed is not None and (stopped in CLUSTER_STOPS or stats.get("newscrawl/output/error")):
        # Read but in no committed file: the open chunk, and the items that came after the stop.
        lost = int(stats.get("newscrawl/dropped/output_failed", 0))
        cause = CLUSTER_STOPS.get(stopped, "the output could not be written")
        # Nothing read past the last commit (h198: "0 more read but not committed"): the cause alone.
        uncommitted = (f"; {lost} more read but not committed: {cause}, fetched again by "
                       + ("the other workers or the next run" if stopped in CLUSTER_STOPS else "the next run")
                       if lost else f"; stopped: {cause}")
    elif stats.get("newscrawl/output/error"):
        # A feed's writes are buffered: the error may come at a flush after several items were "emitted" (h176 D2:
        # "5 articles emitted" with none stored on a full disk), so how many the file holds is not known.
        line += " but not stored whole: the feed could not be written (it may hold none of them)"
    line += f", {total_failed} request{'s' if total_failed != 1 else ''} failed"
    if kinds:
        line += ": " + ", ".join(f"{n} {FAILURE_KINDS.get(k, k)}" for k, n in
                                 sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    skipped = int(stats.get("newscrawl/incremental/skipped_seen", 0))
    not_modified = int(stats.get("newscrawl/incremental/not_modified", 0))
    if skipped or not_modified:
        line += f", {skipped} already emitted not refetched, {not_modified} unchanged (304)"
    line += uncommitted + "; " + verdict(health, stats.get("finish_reason"))
    return line


# Scrapy's CloseSpider extension stopping a crawl at a size the operator set (a sample: so many items, pages,
# seconds): the crawl did what it was told. Not closespider_errorcount (stopped by its errors), nor the *_no_item
# reasons (nothing came for so long).
DELIBERATE_LIMITS = frozenset({"closespider_itemcount", "closespider_pagecount", "closespider_timeout"})


def did_not_finish(finish_reason: str | None) -> bool:
    """Whether a closed crawl did not finish: a finish_reason other than finished or a limit the operator set
    (DELIBERATE_LIMITS): shutdown (one SIGTERM or Ctrl-C), killed, output_failed, closespider_errorcount… Its summary
    line is a warning and a plain `scrapy crawl` exits 1, as cron does (h304 F2: one SIGTERM exited 0, said at INFO).
    None: not closed yet."""
    return finish_reason not in (None, "finished") and finish_reason not in DELIBERATE_LIMITS


def verdict(health: Mapping[str, Any], finish_reason: str | None = None) -> str:
    """A site's verdict in a summary line: 'health ok', 'health FAILING: …', or, when its crawl did not finish
    (``finish_reason`` other than finished: shutdown, output_failed, killed…), 'did not finish (<reason>)' first,
    never 'ok' (h143 S14/S18: "health ok" beside the run's "exit 1: a crawl did not finish"). A crawl stopped at a
    limit the operator set (DELIBERATE_LIMITS) is 'stopped at its limit (<reason>)' followed by its health, 'ok' or
    'FAILING' (h145 V1: a CLOSESPIDER_ITEMCOUNT sample read as a failed crawl). None: not known yet (a line made
    before the crawl closed), judged by health alone. Warnings (a discovery that fell short) follow:
    '…; health ok; discovery fell short: …', and a layout drift after them: '…; health ok; layout drift: …'."""
    said = "health " + ("ok" if health["healthy"] else "FAILING: " + "; ".join(health["failures"]))
    # A warning (a discovery shortfall in cron's default window, a layout drift) follows the verdict, never hidden by
    # "ok".
    warned = "".join(f"; {warning}" for warning in [*(health.get("warnings") or ()), health.get("layout_drift")]
                     if warning)
    if finish_reason in (None, "finished"):
        return said + warned
    if finish_reason in DELIBERATE_LIMITS:
        return f"stopped at its limit ({finish_reason}); {said}" + warned
    return f"did not finish ({finish_reason})" + ("" if health["healthy"] else "; " + said) + warned


def _share(count: Any, total: int) -> float | None:
    return round(int(count) / total, 3) if total else None
