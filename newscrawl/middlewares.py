"""Downloader middlewares: skip articles already emitted, honour Retry-After, repair a wrong charset or a
false gzip Content-Encoding, log a robots.txt that could not be downloaded in one line, refuse a redirect off
the site or away from an article (counted by the request's role, ROLE)."""
from __future__ import annotations

import asyncio
import codecs
import email.utils
import logging
import re
import time
import zlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import Any, Callable, Sequence
from weakref import WeakKeyDictionary

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.downloadermiddlewares.redirect import (MetaRefreshMiddleware as _ScrapyMetaRefreshMiddleware,
                                                  RedirectMiddleware as _ScrapyRedirectMiddleware)
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as _ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh
from twisted.internet.defer import Deferred
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from newscrawl.charset import SINGLE_BYTE, UTF8, charset_name, decode_utf8_with_strays, utf8_evidence, utf8_with_strays
from newscrawl.challenge import MAX_CHARS as CHALLENGE_MAX_CHARS, bot_challenge
from newscrawl.discovery import gzip_data_start
from newscrawl.fields.outlet import outlet_labels
from newscrawl.outage import MAX_CHARS as OUTAGE_MAX_CHARS, site_outage
from newscrawl.pipelines import NotItsVersion, OutsideWindow
from newscrawl.state import (Check, SeenStore, StoreError, Unavailable, article_key, clock_from_settings,
                             is_incomplete, item_key,
                             limit_raised, names_other_id, open_seen_store, outside_window_reason, remembered_day,
                             retry_unavailable, should_fetch, store_read, stored_key, url_alias)
from newscrawl.urls import canonical_url, is_site_root, same_site, url_form, url_identity

# Request.meta flag set by the spiders on article requests found through discovery.
DISCOVERED = "newscrawl_discovered"
# Request.meta key: what a request is for, set when it is made: "article" (any page of an article, whichever
# callback reads it: generic reads its links through parse_page) or "discovery" (a listing, feed, sitemap,
# start page). A failure is counted under it (newscrawl/failed/<role>/<kind>), which the health check reads.
ROLE = "newscrawl_role"
# The article callbacks, for a request made without ROLE.
_ARTICLE_CALLBACKS = frozenset({"parse_article", "parse_next_page", "parse_all_pages"})
# The callbacks reading an article's later pages (one by one, or a "show all" view) after its first.
_LATER_PAGE_CALLBACKS = frozenset({"parse_next_page", "parse_all_pages"})


def request_role(request: Request | None) -> str:
    """"article" or "discovery": the request's ROLE, else what its callback reads."""
    if request is None:
        return "discovery"
    role = request.meta.get(ROLE)
    if role in ("article", "discovery"):
        return role
    return "article" if getattr(request.callback, "__name__", "") in _ARTICLE_CALLBACKS else "discovery"


def asks_first_page(request: Request) -> bool:
    """Whether the request is for an article's first page (the article role, not a later page's callback)."""
    return (request_role(request) == "article"
            and getattr(request.callback, "__name__", "") not in _LATER_PAGE_CALLBACKS)

logger = logging.getLogger(__name__)


class QuietSkip(IgnoreRequest):
    """A request dropped on purpose, counted as a stat by whoever raised it: no failure, no warning."""


class AlreadyEmitted(QuietSkip):
    """The seen-store says this article was emitted and no recheck is due."""


class KnownUnavailable(QuietSkip):
    """A discovered URL held no article when an earlier run asked, and no retry point has passed since."""


# Signal a spider sends (request=, reason=) when a discovered article URL held no article: answered 404/410, a
# soft 404, no article page, a redirect away. The seen middleware remembers the URL (SeenStore.record_unavailable).
article_unavailable = object()
# Signal a spider sends (request=, reason=) when a recheck's URL answered 404/410 or a soft 404 (200 "not found"), or
# sent it away: the story is taken down, or moved to another URL (SeenArticlesMiddleware.record_gone tells, and counts
# recheck_gone).
recheck_gone = object()


_SEEN_MIDDLEWARES: "WeakKeyDictionary[Any, SeenArticlesMiddleware]" = WeakKeyDictionary()


def known_to_store(crawler: Any, urls: Sequence[str]) -> bool:
    """Whether an earlier run emitted an article under one of ``urls``, or found one holding no article (the seen
    middleware's store; False outside incremental runs): a discovery document listing one overlaps what that run
    read."""
    middleware = _SEEN_MIDDLEWARES.get(crawler)
    return middleware is not None and middleware.known(urls)


class StoreStopped(QuietSkip):
    """The seen-store failed (stop_on_store_failure): the site stops; this request is not sent."""


def stop_on_store_failure(crawler: Crawler, error: StoreError, close: bool = True) -> None:
    """The seen-store failed mid-run (a damaged page, its disk full or read-only): said once, in one CRITICAL line
    naming the file and the cause (``newscrawl/store/error``, the summary's ``store_error``), and the site's crawl
    closed as ``store_failed`` (exit 1; ``close`` False: the caller closes it): what it fetched could not be told new
    from emitted. Before, each item that met the damage was a traceback with the item dumped into the cron mail, lost
    uncounted, and the run exited 0 (h49)."""
    stats = crawler.stats
    if stats.get_value("newscrawl/store/error") is None:
        stats.set_value("newscrawl/store/error", str(error))
        logger.critical("%s", error)
    engine = getattr(crawler, "engine", None)
    if close and engine is not None and engine.spider is not None:  # closing twice waits for the first close
        deferred_from_coro(engine.close_spider_async(reason="store_failed"))


class NotModified(QuietSkip):
    """A recheck answered 304 Not Modified: the emitted version is still current."""


def wall_clock() -> float:
    """The machine's clock, beside the decisions' clock (which NEWSCRAWL_NOW may pin to a past day's replay)."""
    return time.time()


# Stored times this far past the machine's clock were stored with the clock ahead; less is an NTP step's size.
CLOCK_STEP_MARGIN = 600.0


def recheck_schedule(settings: Any) -> list[float]:
    """NEWSCRAWL_RECHECK_SCHEDULE_HOURS as hours after publication; NotConfigured outside incremental runs
    (the seen-middleware and the store-driven rechecks both read it)."""
    if not settings.getbool("NEWSCRAWL_INCREMENTAL"):
        raise NotConfigured
    return [float(h) for h in settings.getlist("NEWSCRAWL_RECHECK_SCHEDULE_HOURS")]


class SeenArticlesMiddleware:
    """Do not fetch an article that an earlier run already emitted, unless a recheck is due
    (state.should_fetch: NEWSCRAWL_RECHECK_SCHEDULE_HOURS after publication) or the spider runs
    with -a recrawl=1.

    Only requests the spider marks as discovered articles are filtered: `-a url=` is always fetched.
    The article is looked up by the key its item will carry (site#id when the URL gives the id,
    state.article_key), else by the canonical URL it was emitted under: another URL form of an
    emitted article (m./www., tracking parameters, http) is not fetched again.

    A recheck is a conditional request (If-None-Match / If-Modified-Since from the validators the
    last fetch stored); a 304 ends it, counted as newscrawl/incremental/not_modified. Fetch times and
    validators are written to the seen-store once the run committed its output.
    """

    def __init__(self, crawler: Crawler, store: SeenStore, schedule_hours: Sequence[float],
                 clock: Callable[[], float]) -> None:
        self.crawler = crawler
        self.store = store
        self.schedule_hours = tuple(schedule_hours)
        self.clock = clock
        self.checks: dict[str, Check] = {}  # fetches whose page was read: recorded once the run committed
        # Fetches answered 2xx whose page is not read yet (by key and URL form asked: the Check and whether it was a
        # recheck): a bot challenge or an empty page answers 200 too, and a recheck counted done on one would lose the
        # update. By form: a story's two URLs asked this run answer apart (a stale copy at the old one, h154).
        self.answered: dict[tuple[str, str], tuple[Check, bool]] = {}
        # The URL of each story emitted this run, by check key: the URL its store record takes, whatever other form of
        # the story was read after it (a stale copy at the old URL, dropped as unchanged: h60).
        self.emitted_urls: dict[str, str] = {}
        self.rechecking: dict[str, _Recheck] = {}  # the emitted articles this run asked for again, by key
        self.unavailable: dict[str, Unavailable] = {}  # discovered URLs found holding no article this run
        # When each remembered URL asked again this run was first found so (by url_alias): kept on its new record.
        self.first_failed: dict[str, float] = {}
        # Names (url_alias) of stories the store knows, learned this run: the URLs a redirect chain ending at a story
        # went through, the URL its page was read at (h274 A, B). Recorded at the run's end.
        self.aliases: dict[str, str] = {}
        # The stories found this run, by url_identity of each URL the store knew them at or their pages were read at
        # or reached through, and the URLs waiting to name the story found at a URL (a redirect there dropped as a
        # duplicate, an item dropped as another's duplicate): resolved at the run's end, whichever came first.
        self.story_at: dict[str, str] = {}
        self.leading_to: dict[str, list[str]] = {}
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.remember_unavailable, signal=article_unavailable)
        crawler.signals.connect(self.record_gone, signal=recheck_gone)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)
        _SEEN_MIDDLEWARES[crawler] = self
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "SeenArticlesMiddleware":
        settings = crawler.settings
        schedule = recheck_schedule(settings)
        middleware = cls(crawler, open_seen_store(settings, crawler), schedule, clock_from_settings(settings))
        middleware.clamp_clock_step()
        return middleware

    def clamp_clock_step(self) -> None:
        """Times the store holds later than the machine's clock (by more than CLOCK_STEP_MARGIN) were stored with
        the clock ahead: read as now from here on (SeenStore.clamp_future), said once, by the run that finds them.
        Judged against the machine's clock, not the decisions': a replay pinned to a past day (NEWSCRAWL_NOW) finds
        the live store's times after its "now", rightly, and must leave them be (h54)."""
        wall = wall_clock()
        try:
            count, latest = self.store.clamp_future(min(self.clock(), wall), above=wall + CLOCK_STEP_MARGIN)
        except StoreError as error:
            stop_on_store_failure(self.crawler, error, close=False)
            return
        if count:
            self.crawler.stats.set_value("newscrawl/incremental/clock_stepped_back", count)
            logger.warning("The seen-store held %d fetch or emission times later than now (the latest %s): an earlier "
                           "run had the clock ahead. They are read as now, so the recheck points after now come due",
                           count, datetime.fromtimestamp(latest, tz=timezone.utc).isoformat(timespec="minutes"))

    async def process_request(self, request: Request) -> None:
        if not request.meta.get(DISCOVERED) or getattr(self.crawler.spider, "recrawl", False):
            return None
        redirected = _CHECK in request.meta
        if redirected and not _redirected_new_story(request):  # a retry, or a redirect of a recheck: decided
            return None
        spider = self.crawler.spider
        article_id = spider.article_id(request.url) if hasattr(spider, "article_id") else None
        key = article_key(spider.name, article_id, request.url) if article_id else None
        try:
            own = key or url_id_key(spider, request.url)  # no other id's story by an alias (h290)
            seen = await store_read(self.store, self.store.find, key, request.url, own)
        except StoreError as error:
            stop_on_store_failure(self.crawler, error)
            raise StoreStopped(f"seen-store failed, not fetched: {request.url}") from None
        request.meta[_CHECKED_AT] = request.url
        if seen is not None:  # a redirect to this URL, dropped as a duplicate of this request, leads to that story
            self.story_at[url_identity(request.url)] = seen.key
        if redirected:
            # A URL the store did not know redirected here (a renamed slug's 301, h274 A): when the target is a story
            # the store knows, every URL of the chain names it, and this request is judged as that story (not due:
            # not fetched; due: its recheck). Otherwise it stays the new story it was judged as.
            if seen is None:
                return None
            self._learn_aliases(seen.key, request.meta.get("redirect_urls") or ())
            self.crawler.stats.inc_value("newscrawl/incremental/redirect_to_known")
        # What process_response needs: the article's key and the validators it was asked with.
        request.meta[_CHECK] = (seen.key if seen else key or canonical_url(request.url),
                                seen.etag if seen else None, seen.last_modified if seen else None, seen is not None)
        if not should_fetch(seen, self.clock(), self.schedule_hours):
            self.crawler.stats.inc_value("newscrawl/incremental/skipped_seen")
            raise AlreadyEmitted(f"already emitted: {request.url}")
        if seen is None:
            # A listed URL that held no article when last asked (a deleted story a listing still shows, a video
            # page): asked again only at the points of UNAVAILABLE_RETRY_HOURS, not by every run while listed.
            # By the URL (its views folded: m./www./amp, a trailing slash), not the article key: the story's id under a
            # new slug is another URL, and may answer.
            try:
                gone = await store_read(self.store, self.store.unavailable, url_alias(request.url))
            except StoreError as error:
                stop_on_store_failure(self.crawler, error)
                raise StoreStopped(f"seen-store failed, not fetched: {request.url}") from None
            if gone is not None:
                # A story an earlier run found dated outside its window: asked again when this window holds that day
                # (a catch-up reaching back, a page dated ahead), never at the retry points: a story's day does not
                # move (h244 B5: a feed of one batch of yesterday's stories asked again at each point, 8 times).
                day = remembered_day(gone.reason)
                if day is not None and not _window_holds(spider, day):
                    self.crawler.stats.inc_value("newscrawl/incremental/skipped_outside_window")
                    raise KnownUnavailable(f"dated {day} when last asked, outside the window: {request.url}")
                # Refused as too large under a smaller DOWNLOAD_MAXSIZE than today's: asked now, whatever the schedule.
                if day is None and not (retry_unavailable(gone, self.clock())
                                        or limit_raised(gone.reason, download_limit(request, self.crawler))):
                    self.crawler.stats.inc_value("newscrawl/incremental/skipped_unavailable")
                    raise KnownUnavailable(f"no article there when last asked ({gone.reason}): {request.url}")
                request.meta[_KNOWN_UNAVAILABLE] = gone.first_failed  # plain data: a retry is queued as JSON
                self.first_failed[url_alias(canonical_url(_first_url(request)))] = gone.first_failed
            return None
        form, listed = _form(request, spider), not request.meta.get(FROM_STORE)
        recheck = self.rechecking.get(seen.key)
        if recheck is not None:
            # The same article under another URL (a listing's link and the store's recheck): one form is asked, the
            # others wait (recheck_duplicate) — unless this is the URL a listing shows now and only the store's was
            # asked (a slug edited, a section moved: the stored URL may 301 there, or 404), or every form asked gave
            # no article. h49: the listing's new URL was dropped, the stored one's 301 to it fell to the duplicate
            # filter, and the update was never emitted.
            if form not in recheck.sent and ((listed and not recheck.listed) or not any(recheck.sent.values())):
                self._another_form(seen.key, recheck, form, listed)
                return None
            recheck.waiting.append(request.url)
            self.crawler.stats.inc_value("newscrawl/incremental/recheck_duplicate")
            raise AlreadyEmitted(f"recheck already requested in this run: {request.url}")
        self.rechecking[seen.key] = _Recheck({form: True}, listed)
        if is_incomplete(seen):
            # Emitted with later pages missing: page 1 may well be unchanged (a 304 would end it), the
            # missing pages are what this fetch is for.
            self.crawler.stats.inc_value("newscrawl/incremental/incomplete_refetched")
            return None
        self.crawler.stats.inc_value("newscrawl/incremental/rechecked")
        if seen.etag:
            request.headers[b"If-None-Match"] = seen.etag
        if seen.last_modified:
            request.headers[b"If-Modified-Since"] = seen.last_modified
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if not request.meta.get(DISCOVERED) or _CHECK not in request.meta:
            return response
        key, etag, last_modified, known = request.meta[_CHECK]
        if response.status == 304 and known:
            self.checks[key] = Check(key, self.clock(), etag, last_modified)
            self.crawler.stats.inc_value("newscrawl/incremental/not_modified")
            raise NotModified(f"not modified since last emitted: {request.url}")
        if 200 <= response.status < 300:
            check = Check(key, self.clock(), _header(response, b"ETag"), _header(response, b"Last-Modified"))
            self.answered[(key, _form(request, self.crawler.spider))] = (check, known)
        return response

    def known(self, urls: Sequence[str], limit: int = 50) -> bool:
        """Whether the store knows one of ``urls`` (the first ``limit``): an article emitted under it, or a URL found
        holding no article. SQLite only (its reads are inline and cheap); False for Redis, whose reads must leave the
        reactor thread."""
        if not isinstance(self.store, SeenStore):
            return False
        spider = self.crawler.spider
        try:
            for url in list(urls)[:limit]:
                article_id = spider.article_id(url) if hasattr(spider, "article_id") else None
                key = article_key(spider.name, article_id, url) if article_id else None
                if self.store.find(key, url) is not None or self.store.unavailable(url_alias(url)) is not None:
                    return True
        except StoreError as error:
            stop_on_store_failure(self.crawler, error)
        return False

    def _another_form(self, key: str, recheck: "_Recheck", form: str, listed: bool) -> None:
        """Ask another URL of an article rechecked this run: the one a listing shows now, or one waiting after every
        form asked gave no article. A point a form before used up as gone is not used up any more."""
        recheck.sent[form] = True
        recheck.listed = recheck.listed or listed
        self.crawler.stats.inc_value("newscrawl/incremental/recheck_other_url")
        if recheck.gone:
            recheck.gone = False
            self.checks.pop(key, None)
            self.crawler.stats.inc_value("newscrawl/incremental/recheck_gone", -1)

    def _form_failed(self, request: Request, why: str) -> None:
        """A form of a rechecked article gave no article (404/410, a soft 404, sent away, its redirect dropped as a
        duplicate): ``_no_story_at``; with none left to ask, the story is gone (``gone``) and this point is used up."""
        check = request.meta.get(_CHECK)
        if not check or not check[3]:
            return
        key = check[0]
        if self._no_story_at(key, _form(request, self.crawler.spider), _first_url(request), why):
            return
        if why == "dropped":  # sent to a page this run read already, none of the story's: not gone, asked again
            return
        self.rechecking[key].gone = True
        self.checks[key] = Check(key, self.clock(), check[1], check[2])
        self.crawler.stats.inc_value("newscrawl/incremental/recheck_gone")
        logger.info("Recheck: article gone (%s): %s", why, _first_url(request))

    def _no_story_at(self, key: str, form: str, url: str, why: str) -> bool:
        """A form of a rechecked article gave no version of it (no article; a stale copy of an older version; a page in
        its place): the next waiting form is asked (past the duplicate filter: it went through it when it was held
        back), and a form listed later is asked as it comes (no form asked may give the story now). True while
        another form asked may still give it; False when none is left to ask."""
        recheck = self.rechecking.setdefault(key, _Recheck({}, False))
        recheck.sent[form] = False
        spider = self.crawler.spider
        if recheck.waiting and hasattr(spider, "article_request"):
            other = recheck.waiting.pop(0)
            self._another_form(key, recheck, _url_form(other, spider), False)
            retry = spider.article_request(other).replace(dont_filter=True)
            retry.meta[_CHECK] = (key, None, None, True)
            logger.info("Recheck of %s gave no article (%s): its other URL %s is asked", url, why, other)
            self.crawler.engine.crawl(retry)
            return True
        if any(recheck.sent.values()):
            logger.info("Recheck of %s gave no article (%s); another URL of the story is asked", url, why)
            return True
        return False

    def record_gone(self, request: Request, reason: str = "gone") -> None:
        """An emitted story's URL answered 404/410 or a soft 404, or sent it away (the recheck_gone signal). Its story is
        gone when no other URL of it was listed or waits (``_form_failed``): this point's recheck is done. Unrecorded,
        every later run asked again while the passed point stayed due (h34, h37, h154's soft 404); recorded while the
        listing showed the story under a new URL, the update there was never emitted (h49)."""
        self._form_failed(request, reason)

    def request_dropped(self, request: Request) -> None:
        """A redirect of an article request dropped by the duplicate filter: its target was asked already, and the
        story read there is the one the chain leads to (h274 A); or held back as another form of a rechecked story
        (then that form is asked now)."""
        chain = request.meta.get("redirect_urls")
        if chain:
            if request.meta.get(DISCOVERED):
                self.leading_to.setdefault(url_identity(request.url), []).extend(chain)
            self._form_failed(request, "dropped")

    def _learn_aliases(self, key: str, urls: Sequence[str]) -> None:
        """The URLs ``urls`` lead to the stored story ``key``: its names from the next run on. Not a URL of another id
        (h290: a listed new story's URL answered a WordPress 404 guess or a catch-all redirect to a known story before
        it went live, and as that story's alias it was never asked again); a renamed slug keeps its id (h274 A)."""
        for url in urls:
            own = url_id_key(self.crawler.spider, url)
            if own and (key.startswith(("http://", "https://")) or names_other_id(own, key)):
                continue
            self.aliases[url_alias(url)] = key

    def _taught_aliases(self) -> dict[str, str]:
        """The names learned this run a redirect taught for good: not a URL whose way to the story went through a
        temporary redirect (302, 303, 307: a notice, a guess, a login; h290 S1, S2), nor one of 3 or more first URLs
        the run found sent to one target (a catch-all)."""
        untaught = run_redirects(self.crawler).untaught()
        taught = {name: key for name, key in self.aliases.items() if name.removeprefix("url:") not in untaught}
        if len(taught) < len(self.aliases):
            self.crawler.stats.inc_value("newscrawl/incremental/redirect_not_learned", len(self.aliases) - len(taught))
        return taught

    def _story_read(self, item: Any, key: str) -> None:
        """A page of story ``key`` was read (emitted, or dropped as that story's version): the URLs it was reached
        through and read at name the story (h274 A, B: a known story's new URL and its old slug's 301, read and found
        unchanged, were asked again by every later run)."""
        reached = [*(item.get("fetched_via") or ()), *([item["fetched_url"]] if item.get("fetched_url") else [])]
        for url in (*reached, *([item["url"]] if item.get("url") else [])):
            self.story_at[url_identity(url)] = key
        self._learn_aliases(key, reached)

    def _waiting_names(self, item: Any) -> None:
        """An item dropped before any verdict on its story (a duplicate of another read this run): its URLs name the
        story read at its URL, resolved at the run's end."""
        reached = [*(item.get("fetched_via") or ()), *([item["fetched_url"]] if item.get("fetched_url") else [])]
        for url in {item.get("url"), item.get("fetched_url")} - {None, ""}:
            self.leading_to.setdefault(url_identity(url), []).extend(reached)

    def item_scraped(self, item: Any) -> None:
        key, url = item.get("checked_as"), item.get("url")
        if key and url:
            self.emitted_urls[key] = url
            # Under the story's own key too: a URL naming no id (tribunnews' date form, the id only in the page) was
            # looked up by URL and judged under a check key of its own, while another form of the story (its old URL,
            # a stale copy) was read under the story's key. That read, before or after this one, does not move the
            # story's URL off the one emitted (h181: the next day's recheck asked the old URL and emitted the first
            # version again). The validators were the other URL's answer: not sent to this one.
            story = item_key(item)
            if story != key:
                self.emitted_urls[story] = url
                check = self.checks.get(story)
                if check is not None and check.url not in (None, url):
                    self.checks[story] = replace(check, url=url, etag=None, last_modified=None)
        self._story_read(item, item_key(item))
        self._page_read(item, url)

    def item_dropped(self, item: Any, exception: BaseException | None = None) -> None:
        # Dropped as unchanged, as a cut recheck, as a duplicate: the page was read. Dropped for want of a
        # title or a body (ValidatePipeline): it was not (an empty 200), and the check waits for the next run.
        if isinstance(exception, OutsideWindow):
            self.remember_outside_window(item, exception.day)
            return
        if isinstance(exception, NotItsVersion):
            # No version of the story to judge it by (a stale copy at its old URL, an undated page in its place): its
            # fetch is not the story's recheck; another URL of the story is asked, and with none the point is not used
            # up (the fetch stays answered and unread). h154: the old URL a stale listing showed was read first, the
            # store's recheck of the current URL held back and never asked: the correction there lost at the last point.
            key, url = item.get("checked_as"), item.get("checked_url")
            if key in self.rechecking and url and key not in self.checks:  # not read at another URL already
                self._no_story_at(key, _url_form(url, self.crawler.spider), url, type(exception).__name__)
            return
        if item.get("title") and item.get("body"):
            story = stored_key(item.get("judged_against"))
            if story is None:
                self._waiting_names(item)
            else:
                self._story_read(item, story)
                if item.get("checked_as") not in (None, story) and story not in self.checks:
                    # Read as a story the store knows under a URL it did not (its new URL a listing shows, h274 B):
                    # that story's fetch, moving its URL where it was read, as _page_read does under the check's key.
                    self.checks[story] = Check(story, self.clock(), None, None,
                                               self.emitted_urls.get(story, item.get("url")) or None)
            # A form read after the story was emitted this run does not move the story's URL (the emitted one's
            # URL stands).
            self._page_read(item, self.emitted_urls.get(item.get("checked_as") or "", item.get("url")))

    def _page_read(self, item: Any, url: str | None) -> None:
        """An item was made from the page fetched under the item's check key: that fetch counts as done, and the
        store's URL of the story becomes ``url`` (None: it stays)."""
        key = item.get("checked_as")
        if not key:
            return
        asked = item.get("checked_url")
        form = _url_form(asked, self.crawler.spider) if asked else next(
            (form for answered_key, form in self.answered if answered_key == key), "")
        answered = self.answered.pop((key, form), None)
        if answered is not None:
            self.checks[key] = replace(answered[0], url=url or None)

    def remember_unavailable(self, request: Request, reason: str) -> None:
        """A discovered URL held no article (the article_unavailable signal): remembered at the run's end, with
        the first failure an earlier run found."""
        check = request.meta.get(_CHECK)
        if not request.meta.get(DISCOVERED) or not check or check[3]:  # a recheck's story is gone: recheck_gone
            return
        now = self.clock()
        url = canonical_url(request.meta.get("redirect_urls", [request.url])[0])
        self.unavailable[url_alias(url)] = Unavailable(url_alias(url), url, reason,
                                                       request.meta.get(_KNOWN_UNAVAILABLE, now), now)

    def remember_outside_window(self, item: Any, day: date | None) -> None:
        """A new story whose page dated it ``day``, outside the window (pipelines.OutsideWindow): its URL (as asked,
        before redirects) is remembered as the URLs holding no article are (state.outside_window_reason), so the
        next runs do not fetch it again while their window does not hold that day (h244 B5: a feed of one batch of
        yesterday's stories, the listed stamp no evidence, was fetched and dropped by every run)."""
        asked = item.get("checked_url")
        if day is None or not asked or not item.get("checked_as"):
            return
        now = self.clock()
        url = canonical_url(asked)
        key = url_alias(url)
        self.unavailable[key] = Unavailable(key, url, outside_window_reason(day), self.first_failed.get(key, now), now)

    def spider_closed(self, spider: Any, reason: str) -> None:
        # Only when the run's output was committed (RunOutputPipeline sets output/file after a commit)
        # and nothing failed to commit: a validator recorded for an update that was never emitted
        # would hide the update forever.
        stats = self.crawler.stats
        committed = (reason == "finished" and stats.get_value("newscrawl/output/file")
                     and not stats.get_value("newscrawl/dropped/output_failed"))
        # Rechecks answered whose story no form read (a form read, or found gone, settles the others).
        unread = list(dict.fromkeys(key for (key, _form), (_check, known) in self.answered.items()
                                    if known and key not in self.checks))
        if unread:
            # A challenge, an empty page, a soft 404: no article was read, so the recheck point is not used up.
            stats.inc_value("newscrawl/incremental/recheck_unread", len(unread))
            logger.info("%d rechecks answered without a readable article (e.g. %s); not counted as done, the next "
                        "run asks again", len(unread), unread[0])
        for target, chain in (*self.leading_to.items(), *redirected_from(self.crawler).items()):
            if target in self.story_at:
                self._learn_aliases(self.story_at[target], chain)
        try:
            if self.checks and committed:
                self.store.record_checks(self.checks.values())
            aliases = self._taught_aliases()
            if aliases:  # where the site's URLs lead, whatever became of the output (stored stories only)
                self.store.record_aliases(aliases.items())
            if self.unavailable:  # what the pages held, whatever became of the output
                self.store.record_unavailable(self.unavailable.values())
        except StoreError as error:  # the crawl is over: its end is the failure (after CoreStats stamped it)
            stop_on_store_failure(self.crawler, error)
            stats.set_value("finish_reason", "store_failed")
        finally:
            self.store.close()


def _window_holds(spider: Any, day: date) -> bool:
    """Whether the crawl's window [since, until] holds ``day`` (no window: it does)."""
    since, until = getattr(spider, "since", None), getattr(spider, "until", None)
    return since is None or until is None or since <= day <= until


# Request.meta: (article key, ETag and Last-Modified sent, known article?) decided for this request.
_CHECK = "newscrawl_check"
# Request.meta flag of a recheck asked for from the seen-store (rechecks.StoreRechecks), not found by discovery.
FROM_STORE = "newscrawl_recheck_from_store"


@dataclass
class _Recheck:
    """An emitted article asked for again this run, under one URL or more (its forms, by _url_form)."""

    sent: dict[str, bool]  # the forms asked: True while each may still give the article
    listed: bool  # whether a listing's form was asked (else only the store's)
    waiting: list[str] = field(default_factory=list)  # URLs held back, asked should every form asked give none
    gone: bool = False  # its point was used up as gone (a later form asked takes that back)


# Request.meta: the URL the seen middleware looked a request up at (a redirect's target was not looked up yet).
_CHECKED_AT = "newscrawl_checked_at"


def url_id_key(spider: Any, url: str) -> str | None:
    """The article key the id ``url`` itself gives (the site's pattern's; generic's number) would take, or None."""
    read = getattr(spider, "url_article_id", None) or getattr(spider, "article_id", None)
    own = read(url) if read is not None else None
    return article_key(spider.name, own, url) if own else None


def _redirected_new_story(request: Request) -> bool:
    """Whether a request the seen middleware judged a new story (no recheck) was since redirected to a URL it has not
    looked up (h274 A: the target, a story the store knows, was fetched as new by every run)."""
    check = request.meta[_CHECK]
    return (not check[3] and bool(request.meta.get("redirect_urls"))
            and request.meta.get(_CHECKED_AT, request.url) != request.url)


def _first_url(request: Request) -> str:
    return request.meta.get("redirect_urls", [request.url])[0]


def _form(request: Request, spider: Any) -> str:
    """The URL form a request asks for an article under (before any redirect): _url_form."""
    return _url_form(_first_url(request), spider)


def _url_form(url: str, spider: Any) -> str:
    """urls.url_form by the spider's article id: an AMP or m. copy of a URL asked is that URL's form, not another URL
    of the story to ask too (h72: amp.kompas.com/money/read/… listed at a recheck point was fetched beside the store's
    money.kompas.com/read/…, its page never read, and the recheck said unread)."""
    return url_form(url, spider.article_id(url) if hasattr(spider, "article_id") else None)
# Request.meta: when a URL asked again at a retry point was first found holding no article (unix time).
_KNOWN_UNAVAILABLE = "newscrawl_known_unavailable"


class BotChallenge(IgnoreRequest):
    """The site answered with a bot-challenge interstitial instead of the page (challenge.bot_challenge)."""


class BotChallengeMiddleware:
    """A 2xx HTML answer that is a "checking your browser" page fails its request as blocked (counted by
    the spider's errback under ``newscrawl/failed/<role>/blocked``), instead of reaching the callback and
    being read as an article or an empty listing. So does a 5xx one (Cloudflare's "I'm Under Attack" mode
    answers 503), once the retries are spent: the site refuses the crawler, it is not down. A 403 with
    ``cf-mitigated`` is left to HttpError (blocked already)."""

    def process_response(self, request: Request, response: Response) -> Response:
        # Interstitials are small: a page far past CHALLENGE_MAX_CHARS is never decoded here.
        if ((200 <= response.status < 300 or response.status >= 500) and isinstance(response, HtmlResponse)
                and (len(response.body) <= 4 * CHALLENGE_MAX_CHARS or response.headers.get(b"cf-mitigated"))):
            reason = bot_challenge(response.text, {"cf-mitigated": _header(response, b"cf-mitigated") or ""})
            if reason:
                raise BotChallenge(f"bot challenge instead of the page ({reason})")
        return response


class SiteOutage(IgnoreRequest):
    """The site answered with a notice that it is down (maintenance, a server error in words) instead of the page
    (outage.site_outage)."""


class SiteOutageMiddleware:
    """A 2xx HTML answer that is a "down for maintenance" / "Service Unavailable" notice fails its request (counted by
    the spider's errback under ``newscrawl/failed/<role>/outage``, a fault of the site as a 5xx is), instead of being
    read as an article under the story's id, and recorded as emitted. Nothing is recorded in the seen-store for it:
    the next run asks again. Only an article's first page is judged (a false notice is a story lost for good, asked
    and failed every run): a listing or start page that answers a notice yields no links, counted and flagged by the
    health check already (h137: a category "Pembangunan", a "Halaman 503" pager page were failed, none of their
    stories fetched), and a later page is compared with page 1 by the later-page rules (its headline is page 1's)."""

    def process_response(self, request: Request, response: Response) -> Response:
        # Notice pages are small: a page far past OUTAGE_MAX_CHARS is never decoded here.
        if (200 <= response.status < 300 and isinstance(response, HtmlResponse) and asks_first_page(request)
                and len(response.body) <= OUTAGE_MAX_CHARS):
            # the response's own parse (PlainTreeMiddleware's, memoized): the spider reads the same tree, and a page
            # nested too deep is unwrapped, counted and logged once
            notice = site_outage(response.text, outlet_labels(response.url), response.url, response.selector)
            if notice:
                raise SiteOutage(f"the site is down, a notice instead of the page ({notice})")
        return response


def checked_key(meta: Any) -> str | None:
    """The article key the seen middleware checked a request under (its meta), or None: the item made from the
    page carries it (Article.checked_as), and only then is the fetch recorded as a check."""
    check = meta.get(_CHECK)
    return check[0] if check else None


def checked_url(request: Request) -> str | None:
    """The URL (before redirects) of a request the seen middleware checked, or None: which of a story's URLs asked
    this run its page answers for (Article.checked_url)."""
    return _first_url(request) if _CHECK in request.meta else None


def recheck_decided(meta: Any) -> dict[str, Any]:
    """The seen middleware's decision (in a request's ``meta``) that the request is this run's recheck of a story
    emitted before (its check), as the meta of a request made in its stead (the canonical page of an AMP page, that AMP
    page read as it is): passed as that recheck, not judged anew. {} for any other request (a new story's is judged at its own URL). h181: the
    canonical request of an AMP copy a feed listed at a recheck point, judged anew, found the story asked already this
    run (by that AMP request) and was dropped as recheck_duplicate: neither page read, the correction never emitted."""
    check = meta.get(_CHECK)
    return {_CHECK: check} if check and check[3] else {}


def download_limit(request: Request, crawler: Crawler) -> int:
    """The download limit Scrapy's HTTP handler applies to `request` (bytes; 0: none): its meta's download_maxsize,
    else the spider's attribute, else DOWNLOAD_MAXSIZE."""
    default = getattr(crawler.spider, "download_maxsize", crawler.settings.getint("DOWNLOAD_MAXSIZE"))
    return int(request.meta.get("download_maxsize", default) or 0)


def known_unavailable(request: Request) -> bool:
    """Whether an earlier run found this discovered URL holding no article (it is asked again at a retry point)."""
    return _KNOWN_UNAVAILABLE in request.meta


def is_recheck(request: Request) -> bool:
    """Whether the seen middleware sent this request as a recheck of an article emitted before."""
    check = request.meta.get(_CHECK)
    return bool(check and check[3])


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date. None when absent or invalid."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def retry_follows(request: Request, status: int, settings: Any) -> bool:
    """Whether Scrapy's RetryMiddleware will resend ``request`` answered ``status``: retries on, the status one it
    retries, no dont_retry, and a try left (meta retry_times / max_retry_times, else RETRY_TIMES)."""
    if not settings.getbool("RETRY_ENABLED", True) or request.meta.get("dont_retry", False):
        return False
    if status not in {int(code) for code in settings.getlist("RETRY_HTTP_CODES")}:
        return False
    max_times = request.meta.get("max_retry_times", settings.getint("RETRY_TIMES"))
    return request.meta.get("retry_times", 0) + 1 <= max_times


class RetryAfterMiddleware:
    """On 429/503 with Retry-After, wait as the site asks before Scrapy's retry resends it; a wait
    longer than NEWSCRAWL_RETRY_AFTER_MAX is not retried in this run (the request fails, counted). No wait when no
    retry follows (the last try, dont_retry): nothing would be resent (h190 s2c: 3 waits for 2 retries).

    Scrapy's RetryMiddleware retries 429 at once, which a rate-limiting site answers with another 429.
    Sits before RetryMiddleware in process_response order, so the wait happens, then the retry.
    """

    def __init__(self, crawler: Crawler, max_wait: float) -> None:
        self.crawler = crawler
        self.max_wait = max_wait

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RetryAfterMiddleware":
        return cls(crawler, crawler.settings.getfloat("NEWSCRAWL_RETRY_AFTER_MAX", 120))

    async def process_response(self, request: Request, response: Response) -> Response:
        if response.status in (429, 503):
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait is not None and wait > self.max_wait:
                # "Come back in an hour": a retry after the capped wait would only be refused again, and
                # a site down for maintenance would hold the run for retries x the cap per request.
                self.crawler.stats.inc_value("newscrawl/http/retry_after_too_long")
                request.meta["dont_retry"] = True
                return response
            if wait is not None and retry_follows(request, response.status, self.crawler.settings):
                self.crawler.stats.inc_value("newscrawl/http/retry_after_waits")
                self.crawler.stats.inc_value("newscrawl/http/retry_after_seconds", wait)
                await asyncio.sleep(wait)
        return response


def wrong_charset(body: bytes, declared: str) -> bool:
    """True when a page is declared single-byte (latin-1, cp1252, ascii) but its bytes are valid UTF-8
    with non-ASCII characters: real cp1252 text almost never decodes as UTF-8, mojibake always follows."""
    if charset_name(declared) not in SINGLE_BYTE:
        return False
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def single_byte_as_utf8(body: bytes, declared: str) -> bool:
    """True when a page is declared UTF-8 but its non-ASCII bytes are mostly not UTF-8 (a windows-1252
    page under a template's utf-8 header or meta): decoded as UTF-8 every accented letter would be
    U+FFFD. A UTF-8 page with a few stray bytes or cut characters keeps UTF-8 (its valid characters at least
    match them: charset.utf8_with_strays, whose counts these are; a cut character counts once, not per byte)."""
    if charset_name(declared) not in UTF8 or body.isascii():
        return False
    valid, faults = utf8_evidence(body)
    if faults == 0 or valid >= faults:
        return False
    try:
        body.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _charset_declared(response: TextResponse) -> bool:
    """Whether a response's charset is stated (a BOM, its Content-Type, a meta or XML declaration) rather than
    guessed from its bytes by Scrapy."""
    return bool(response.body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                or http_content_type_encoding(_header(response, b"Content-Type") or "")
                or html_body_declared_encoding(response.body))


class CharsetRepairMiddleware:
    """Re-decode a page whose declared charset is contradicted by its bytes: UTF-8 bytes declared
    single-byte, or windows-1252 bytes declared UTF-8."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CharsetRepairMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if isinstance(response, TextResponse) and wrong_charset(response.body, response.encoding):
            self.crawler.stats.inc_value("newscrawl/http/charset_repaired")
            return response.replace(encoding="utf-8")
        if isinstance(response, TextResponse) and not response.body.isascii():
            declared = response.encoding if _charset_declared(response) else None
            if utf8_with_strays(response.body, declared):
                # UTF-8 with a few pasted windows-1252 bytes: the body itself is repaired (re-encoded as clean
                # UTF-8), so every later reading of it (text, selectors, a sitemap's XML) agrees.
                self.crawler.stats.inc_value("newscrawl/http/charset_strays_repaired")
                if declared is None or charset_name(declared) not in UTF8:
                    self.crawler.stats.inc_value("newscrawl/http/charset_repaired")
                return response.replace(body=decode_utf8_with_strays(response.body).encode("utf-8"), encoding="utf-8")
        if isinstance(response, TextResponse) and single_byte_as_utf8(response.body, response.encoding):
            self.crawler.stats.inc_value("newscrawl/http/charset_repaired")
            return response.replace(encoding="cp1252")
        return response


def falsely_gzipped(content_encoding: bytes | None, body: bytes) -> bool:
    """True when a response says ``Content-Encoding: gzip`` but its body is plain markup (no gzip magic,
    a ``<`` first): a misconfigured server or CDN. Decompressing it would fail and lose the page."""
    if not content_encoding or content_encoding.strip().lower() not in (b"gzip", b"x-gzip"):
        return False
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return not body.startswith(b"\x1f\x8b") and head[:1] in (b"<", b"{", b"[")


class FalseEncodingMiddleware:
    """Read a gzip-declared plain body as it is (runs before HttpCompressionMiddleware's process_response)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "FalseEncodingMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if falsely_gzipped(response.headers.get(b"Content-Encoding"), response.body):
            self.crawler.stats.inc_value("newscrawl/http/false_content_encoding")
            headers = response.headers.copy()
            del headers[b"Content-Encoding"]
            # As HttpCompressionMiddleware does after decoding: the class (HtmlResponse…) from the body.
            cls = responsetypes.from_args(headers=headers, url=response.url, body=response.body)
            return response.replace(cls=cls, headers=headers)
        return response


# A document's end: the closing body or html tag, in any case, maybe with spaces before its ">".
_DOCUMENT_END = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)
# Far enough from the end to pass any footer scripts, comments and trackers a template prints after </html>.
_DOCUMENT_END_TAIL = 256 * 1024


def document_end_missing(body: bytes) -> bool:
    """Whether an HTML body lacks its document's end (``</body>`` or ``</html>``) in its last 256 KB: a page cut
    short. (47 of the 48 saved real pages have both; the one without is framed by its length, never judged here.)"""
    return _DOCUMENT_END.search(body, max(0, len(body) - _DOCUMENT_END_TAIL)) is None


class DocumentCutShort(IgnoreRequest):
    """An HTML page framed by the connection's close that ended before its document's end in every copy fetched:
    counted as cut_short (health.failure_kind), never read as an article, never stored as done."""


# Request.meta key: the size of the previous copy of an unframed page without its document's end.
_UNFRAMED_COPY = "newscrawl_unframed_copy"


class DocumentEndMiddleware:
    """A page whose length was announced neither by Content-Length nor by chunked encoding ends where the server
    closed the connection, which a close mid-body does too: Twisted flags every such response "partial" and no
    client can tell a cut from the end. Such an HTML page without its document's end is fetched again (Scrapy's
    retry) and the copies' sizes compared: copies of about one size (within ``unframed_tolerance``: a template that
    never closes its body, a token or a render time changing per fetch) are the page as served, the last read; copies
    whose sizes differ are a connection cut at random points, asked again while retries remain, then failed as
    cut_short (asked again by the next run). With no retry left for a first copy (RETRY_TIMES 0) it is read as it is,
    counted. A page framed by its length is never judged: a cut there is Scrapy's data loss already
    (DOWNLOAD_FAIL_ON_DATALOSS). A cut at one same point every time (a server dying at one byte) is not told."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "DocumentEndMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response | Request:
        if "partial" not in response.flags or not isinstance(response, HtmlResponse) \
                or not 200 <= response.status < 300 or not document_end_missing(response.body):
            return response
        stats = self.crawler.stats
        size, before = len(response.body), request.meta.get(_UNFRAMED_COPY)
        mid_text = ends_mid_text(response.body)
        if before is not None and not mid_text and abs(size - before) <= unframed_tolerance(max(size, before)):
            stats.inc_value("newscrawl/http/unframed_same_size_read")
            return response
        retry = get_retry_request(request, spider=self.crawler.spider,
                                  reason="page cut short: the connection closed before its end, no length announced")
        if retry is not None:
            stats.inc_value("newscrawl/http/unframed_cut_refetched")
            retry.meta[_UNFRAMED_COPY] = size
            return retry
        if before is None and not mid_text:  # no second copy to compare (retries off or spent): the page as it came
            stats.inc_value("newscrawl/http/unframed_unchecked_read")
            return response
        if mid_text:
            stats.inc_value("newscrawl/http/unframed_cut_mid_text")
            raise DocumentCutShort(f"the connection closed before the page's end, no length announced: {size} bytes "
                                   f"ending inside a text or a tag, without its </body> or </html>")
        raise DocumentCutShort(f"the connection closed before the page's end, no length announced: copies of "
                               f"{before} and {size} bytes, neither with its </body> or </html>")


_UNPACK_STEP = 1 << 20  # bytes of output per decompression step: a stream's end is found without holding it whole


def compressed_stream_ended(encoding: bytes | None, body: bytes, max_size: int = 0) -> tuple[bool, bytes] | None:
    """Whether a body sent with ``Content-Encoding`` ``encoding`` (gzip, deflate, br or zstd) holds its compressed
    stream's end (deflate's final block, brotli's and zstd's last frame; gzip's trailer, or, without it, its deflate
    data's final block: a server that never writes the trailer has sent the whole page), and what it unpacks to; None
    when that cannot be told here (another or several encodings, a body that is not such a stream: a false
    Content-Encoding, FalseEncodingMiddleware; or unpacking past ``max_size``, Scrapy's own limit then says it; every
    decoder unpacks in bounded steps, h272 R1: a 632-byte brotli bomb). A stream without its end is a transfer cut
    before it (h263 S17: an origin's gzip writer dying under a proxy that closes its chunked answer cleanly), which
    the HTTP framing cannot show: Scrapy unpacks what came."""
    name = (encoding or b"").strip().lower()
    try:
        if name in (b"gzip", b"x-gzip", b"deflate"):
            formats = (16 + zlib.MAX_WBITS,) if name != b"deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS)
            for wbits in formats:
                try:
                    unpacked = _inflated(zlib.decompressobj(wbits), body, max_size)
                except zlib.error:
                    continue  # deflate: the other framing (zlib, then raw), as Scrapy tries both
                if unpacked is None:
                    return None
                ended, output = unpacked
                if not ended and wbits > zlib.MAX_WBITS and (start := gzip_data_start(body)) is not None:
                    # No trailer (its CRC and length): whole when the deflate data itself reached its final block.
                    raw = _inflated(zlib.decompressobj(-zlib.MAX_WBITS), body[start:], max_size)
                    ended = raw is not None and raw[0]
                return ended, output
            return None
        if name == b"br":
            import brotli  # Scrapy's br support: present when br is accepted at all
            unpacker, pieces, size = brotli.Decompressor(), [], 0
            piece = unpacker.process(body, output_buffer_limit=_UNPACK_STEP)
            while piece:
                pieces.append(piece)
                size += len(piece)
                if max_size and size > max_size:
                    return None
                if unpacker.is_finished():
                    break
                piece = unpacker.process(b"", output_buffer_limit=_UNPACK_STEP)
            return unpacker.is_finished(), b"".join(pieces)
        if name == b"zstd":
            try:
                from compression import zstd  # type: ignore[import-not-found]
            except ImportError:
                from backports import zstd  # type: ignore[import-not-found,no-redef]
            unpacker = zstd.ZstdDecompressor()
            output = unpacker.decompress(body, max_size + 1 if max_size else -1)
            if max_size and len(output) > max_size:
                return None
            return unpacker.eof, output
    except Exception:  # noqa: BLE001  not such a stream (or no decoder here): HttpCompressionMiddleware decides
        return None
    return None


def _inflated(unpacker: Any, data: bytes, max_size: int) -> tuple[bool, bytes] | None:
    """(whether the stream ended, what it unpacked to) in bounded steps; None past ``max_size``."""
    pieces: list[bytes] = []
    size = 0
    while data and not unpacker.eof:
        piece = unpacker.decompress(data, _UNPACK_STEP)
        data = unpacker.unconsumed_tail
        pieces.append(piece)
        size += len(piece)
        if max_size and size > max_size:
            return None
    return unpacker.eof, b"".join(pieces)


class CompressedCutShort(IgnoreRequest):
    """An HTML page whose compressed stream ended before its end and before the document's end, in every copy
    fetched: counted as cut_short (health.failure_kind), never read as an article, never stored as done."""


class CompressedStreamEndMiddleware:
    """A page sent compressed whose stream lacks its end (runs before HttpCompressionMiddleware's process_response,
    which unpacks whatever came: h263 S17, an article emitted "whole" ending mid-word, "0 requests failed") is
    fetched again while retries remain, then failed as cut_short (asked again by the next run). What the cut stream
    unpacks to decides for HTML: a page that still holds its document's end (``</body>``/``</html>``) is read, counted
    ``newscrawl/http/compressed_unterminated_read``; a gzip stream missing only its trailer is whole already
    (compressed_stream_ended: a careless server, which browsers forgive; h272 R2: a minified page without its end tags
    was failed). Any other document (a feed, a sitemap, JSON, whatever its Content-Type says) is read as it came: its
    parser tells a cut there (not_read_whole). Not told: a cut at one same point of every copy after the story (h272
    R4, a footer): failed, asked again by the next run."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CompressedStreamEndMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response | Request:
        encoding = response.headers.get(b"Content-Encoding")
        if not encoding or not response.body or not 200 <= response.status < 300:
            return response
        checked = compressed_stream_ended(encoding, response.body, download_limit(request, self.crawler))
        if checked is None or checked[0]:
            return response
        unpacked = checked[1]
        stats = self.crawler.stats
        # What the page unpacks to says whether it is an HTML document, not its Content-Type: a feed, a sitemap or
        # a JSON answer served as text/html is left to its parser (h272 R3).
        if _HTML_DOCUMENT_START.match(unpacked[:4096]) is None:
            stats.inc_value("newscrawl/http/compressed_cut_other_read")
            return response
        if not document_end_missing(unpacked) and not ends_mid_text(unpacked):
            stats.inc_value("newscrawl/http/compressed_unterminated_read")
            return response
        retry = get_retry_request(request, spider=self.crawler.spider,
                                  reason="page cut short: its compressed stream ended before its end")
        if retry is not None:
            stats.inc_value("newscrawl/http/compressed_cut_refetched")
            return retry
        stats.inc_value("newscrawl/http/compressed_cut")
        raise CompressedCutShort(f"the page's {encoding.decode('latin-1').strip()} stream ended before its end: "
                                 f"{len(response.body)} bytes unpacking to {len(unpacked)}, without its </body> "
                                 f"or </html>")


# An HTML document's opening (after a BOM and blanks): "<!DOCTYPE html", "<html".
_HTML_DOCUMENT_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                                  re.IGNORECASE | re.DOTALL)


def ends_mid_text(body: bytes) -> bool:
    """Whether an HTML document (it opens as one: a robots.txt, feed or sitemap served as text/html does not) ends
    inside a tag or inside the running text an opening tag began (a paragraph, a link, a cell): no tag's ">" last. A
    template that leaves out its optional end tags (a minifier's) still ends on one ("</script>", "</amp-analytics>"),
    or on a line after a closing tag; a connection closed at one same byte of every copy mid-story does not (h235
    S7c: "<p>… menyiapkan angg", emitted "complete" with 3 of its 5 paragraphs). A cut that falls right after a ">"
    is not told (h157's copies of one size are read as the page)."""
    tail = body.rstrip(b" \t\r\n\x00")
    if not tail or tail.endswith(b">") or _HTML_DOCUMENT_START.match(body[:4096]) is None:
        return False
    opened, closed = tail.rfind(b"<"), tail.rfind(b">")
    if opened > closed:
        return True  # inside a tag: "<di"
    # text after an opening tag of running text ("<p>… menyiapkan angg"); a closing line after a closing tag
    # ("</div>\nPowered by …", h157) is a page's own end
    last = _LAST_TAG.match(tail, opened) if opened >= 0 else None
    return last is not None and last["name"].lower() in _RUNNING_TEXT_TAGS


_LAST_TAG = re.compile(rb"<(?P<name>[A-Za-z][A-Za-z0-9]*)\b")
_RUNNING_TEXT_TAGS = frozenset({b"p", b"li", b"td", b"th", b"dd", b"blockquote", b"h1", b"h2", b"h3", b"h4", b"h5",
                                b"h6", b"a", b"span", b"strong", b"b", b"em", b"i", b"u", b"font", b"div", b"br"})


class EmptyAnswer(IgnoreRequest):
    """An article's page answered 2xx with no content at all, its retries spent (EmptyAnswerMiddleware)."""


class EmptyAnswerMiddleware:
    """An article's page (first or later) answered 2xx with an empty body — nothing, or only white space: a PHP fatal
    error under output buffering, a cache node serving a 0-byte object, a 204 — is a fault of the site, not a page
    without an article. It is fetched again (Scrapy's retry), then an article's first page is failed as
    ``empty_answer`` (the next run asks again), instead of being counted as "not an article page" and remembered as
    one in the seen-store (h190: an empty 200 was a not_article drop; recorded unavailable, later runs asked only at
    retry points); a later page still empty is read as it came (the item names it missing, the pages after it are
    still read). Discovery documents are judged by their own readers (not_a_feed / empty_answer, spiders/base.py)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "EmptyAnswerMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response | Request:
        if (not 200 <= response.status < 300 or request.method == "HEAD"
                or request_role(request) not in ("article", "page") or response.body.strip(b" \t\r\n\f\v\xef\xbb\xbf")):
            return response
        retry = get_retry_request(request, spider=self.crawler.spider, reason="empty answer")
        if retry is not None:
            self.crawler.stats.inc_value("newscrawl/http/empty_answer_refetched")
            return retry
        if not asks_first_page(request):
            # A later page still empty: read as it came, as before — the pager goes on from the pages known (a failed
            # page would end it there: h209 probe, detik's page 3 lost behind an empty page 2); the item names it in
            # missing_pages.
            self.crawler.stats.inc_value("newscrawl/http/empty_answer_page_read")
            return response
        raise EmptyAnswer(f"the site answered {response.status} with an empty body")


def unframed_tolerance(size: int) -> int:
    """How far two copies of one unframed page may differ in size and be the same page: 5 % or 2 KB, whichever is more
    (a rotating "most read" box, a token, a render time). A connection cut at a random point is as likely anywhere in
    the page: two such cuts fall this close by chance rarely, and a cut in the last 5 % loses the footer's bytes."""
    return max(2048, size // 20)


class _RobotsErrorFilter(logging.Filter):
    """Scrapy logs a robots.txt that could not be downloaded (timeout, refused, reset: the site is down)
    as an ERROR with the full traceback. It is a network fault like any other: one WARNING line naming
    the site and the error; the request it held up goes on (as Scrapy does: no robots.txt, no rule)
    and fails or succeeds on its own, counted there."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and str(record.msg).startswith("Error downloading"):
            error = record.exc_info[1]
            record.msg = "robots.txt not downloaded (%s: %s), crawling on without it: %s"
            record.args = (type(error).__name__, str(error)[:200], (record.args or {}).get("request")
                           if isinstance(record.args, dict) else None)
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


_ROBOTS_ERROR_FILTER = _RobotsErrorFilter()


def crawl_delay_seconds(declared: float | None, ceiling: float) -> float | None:
    """The delay to keep between requests to a host whose robots.txt declares ``Crawl-delay: declared``:
    the declared seconds up to ``ceiling`` (a site asking for minutes would stall a daily crawl; the cap
    is logged). None when nothing usable is declared (absent, zero, negative, not a number)."""
    if declared is None or not declared > 0:  # NaN compares false too
        return None
    if ceiling > 0:
        return min(float(declared), ceiling)
    return float(declared) if declared != float("inf") else None


class RobotsTxtMiddleware(_ScrapyRobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, its download errors logged as one line (_RobotsErrorFilter), and
    robots.txt's ``Crawl-delay`` honoured (Scrapy parses it but never applies it).

    A host that declares one gets it as its download slot's delay, without jitter (Scrapy's ±50 % would
    go under it) and out of AutoThrottle's reach (``autothrottle_dont_adjust_delay``: AutoThrottle tunes
    a slot's delay down to latency / target concurrency). Capped by ``NEWSCRAWL_MAX_CRAWL_DELAY``
    seconds (30). The slot's settings are kept too, so a slot Scrapy frees when idle comes back with it;
    in distributed mode the cluster gate spaces starts by the slot's delay, so the cluster keeps it too."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        logging.getLogger(_ScrapyRobotsTxtMiddleware.__module__).addFilter(_ROBOTS_ERROR_FILTER)
        self.max_crawl_delay = crawler.settings.getfloat("NEWSCRAWL_MAX_CRAWL_DELAY", 30.0)
        self.crawl_delays: dict[str, float | None] = {}  # by robots.txt netloc
        self.unavailable: dict[str, int] = {}  # netloc: the 5xx its robots.txt answered (after retries)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        # RFC 9309 2.3.1.4: a robots.txt unreachable for a server error means complete disallow (Scrapy
        # reads the error page as a robots.txt: no rules, crawl everything). A 4xx is "no rules" (kept).
        if response.status >= 500:
            self.unavailable[netloc] = response.status
            logger.warning("robots.txt of %s answered %d: nothing of that host is fetched this run (RFC 9309: "
                           "a robots.txt unavailable for a server error means complete disallow)",
                           netloc, response.status)
        await super()._parse_robots(response, netloc, request)

    async def robot_parser(self, request: Request) -> Any:
        """Scrapy's, with the rules for every request that waited for robots.txt. Scrapy 2.19 has each
        waiting request await the host's one Deferred through ``Deferred.asFuture``, which consumes its
        result: the first waiter gets the parser and every later one None, i.e. no rules at all (a crawl
        of 6 disallowed URLs fetched 4). The parser is in ``_parsers`` by the time the Deferred fires."""
        parser = await super().robot_parser(request)
        if parser is None:
            settled = self._parsers.get(urlparse_cached(request).netloc)
            if not isinstance(settled, Deferred):
                parser = settled  # the parser; None when robots.txt could not be downloaded
        return parser

    def process_request_2(self, rp: Any, request: Request) -> None:
        status = self.unavailable.get(urlparse_cached(request).netloc)
        if status is not None and not request.meta.get("dont_obey_robotstxt"):
            self.crawler.stats.inc_value("newscrawl/robots/unavailable")
            # Counted as the server error it is (health.failure_kind), not as a rule of the site.
            raise IgnoreRequest(f"robots.txt unavailable (HTTP {status}): {request.url} not fetched")
        super().process_request_2(rp, request)  # IgnoreRequest when disallowed
        if rp is not None:
            delay = self._crawl_delay(rp, request)
            if delay is not None:
                self._hold_slot_to(request, delay)

    def _crawl_delay(self, rp: Any, request: Request) -> float | None:
        netloc = urlparse_cached(request).netloc
        if netloc not in self.crawl_delays:
            agent = self._robotstxt_useragent or request.headers.get(b"User-Agent", self._default_useragent)
            try:
                declared = rp.crawl_delay(agent)
            except Exception:  # noqa: BLE001  a parser without it, or a malformed value: no delay
                declared = None
            delay = self.crawl_delays[netloc] = crawl_delay_seconds(declared, self.max_crawl_delay)
            if delay is not None:
                self.crawler.stats.set_value(f"newscrawl/robots/crawl_delay/{netloc}", delay)
                capped = f" (robots.txt asks {declared:g} s, capped by NEWSCRAWL_MAX_CRAWL_DELAY)" \
                    if declared is not None and declared > delay else ""
                logger.info("robots.txt Crawl-delay for %s: %g s between requests%s", netloc, delay, capped)
        return self.crawl_delays[netloc]

    def _hold_slot_to(self, request: Request, delay: float) -> None:
        request.meta["autothrottle_dont_adjust_delay"] = True
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        settings = downloader.per_slot_settings.setdefault(key, {})
        if settings.get("delay", 0) < delay:
            settings.update(delay=delay, jitter=0.0)
        slot = downloader.slots.get(key)
        if slot is not None and (slot.delay < delay or slot.jitter):
            slot.delay, slot.jitter = max(slot.delay, delay), 0.0


class CallbackErrorMiddleware:
    """The spider's last safety net: an exception out of any callback (a hostile page the code did not
    foresee) is one log line naming the URL and a counted failure, never a traceback, and the crawl goes
    on. A discovery page that is not text at all (a listing or feed answering a PDF, an image, bytes) is
    a WARNING: the site's fault, not ours; anything else an ERROR (a bug to fix), counted
    ``newscrawl/errors/callback/<exception>``. Both count as ``newscrawl/failed/<role>/other`` for the
    health check. Sits last in the exception chain (priority 5): HttpErrorMiddleware has had its turn."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CallbackErrorMiddleware":
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception) -> list[Any] | None:
        from scrapy.spidermiddlewares.httperror import HttpError

        if isinstance(exception, (HttpError, IgnoreRequest)):
            return None
        stats = self.crawler.stats
        spider = self.crawler.spider
        callback = getattr(response.request, "callback", None) if response.request is not None else None
        role = request_role(response.request)
        stats.inc_value(f"newscrawl/failed/{role}/other")
        if not isinstance(response, TextResponse) or getattr(response.selector, "type", "html") == "json":
            stats.inc_value("newscrawl/errors/not_markup")
            spider.logger.warning("Not an HTML or XML page (%s), skipped: %s",
                                  _header(response, b"Content-Type") or "no Content-Type", response.url)
            return []
        stats.inc_value(f"newscrawl/errors/callback/{type(exception).__name__}")
        spider.logger.error("Callback %s failed on %s (%s: %s)", getattr(callback, "__name__", "parse"),
                            response.url, type(exception).__name__, str(exception)[:200])
        return []


class SiteDown(IgnoreRequest):
    """The request's host stopped answering in this run (SiteDownMiddleware); the message starts with the
    failure kind that tripped it (server_error, timeout, unreachable, cut_short), which health reports."""


class SiteDownMiddleware:
    """Stop asking a host that stopped answering: ``NEWSCRAWL_SITE_DOWN_AFTER`` attempts in a row to it (each
    try and retry: a 5xx, a timeout, a refused or reset connection, a body cut short) with no whole answer between
    them mark it down for the run, and every later request to it fails at once (``SiteDown``, counted under the kind that
    tripped it) instead of costing DOWNLOAD_TIMEOUT x (1 + RETRY_TIMES). By host, not by crawl: a generic
    crawl over many outlets goes on with the others. What was not fetched was not emitted: the next run
    fetches it. Sits after RetryMiddleware in the request order, so it sees every attempt. 0 turns it off."""

    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.in_a_row: dict[str, int] = {}
        self.down: dict[str, str] = {}  # host: the failure kind that tripped it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "SiteDownMiddleware":
        limit = crawler.settings.getint("NEWSCRAWL_SITE_DOWN_AFTER", 30)
        if limit <= 0:
            raise NotConfigured
        return cls(crawler, limit)

    def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).netloc
        if host in self.down:
            self.crawler.stats.inc_value("newscrawl/site_down/skipped")
            raise SiteDown(f"{self.down[host]}: {host} stopped answering in this run; not fetched: {request.url}")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        host = urlparse_cached(request).netloc
        if response.status >= 500:
            self._failed(host, "server_error", f"HTTP {response.status}")
        else:
            self.in_a_row.pop(host, None)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        from newscrawl.health import error_name, failure_kind

        kind = failure_kind(error_name(exception))
        # A body cut short before its announced length is no whole answer either: a host cutting every one is
        # as unusable, and stopping it is counted under its own kind (cut_short), not as unreachable.
        if kind in ("unreachable", "timeout", "cut_short"):
            self._failed(urlparse_cached(request).netloc, kind, type(exception).__name__)
        return None

    def _failed(self, host: str, kind: str, what: str) -> None:
        count = self.in_a_row[host] = self.in_a_row.get(host, 0) + 1
        if count >= self.limit and host not in self.down:
            self.down[host] = kind
            self.crawler.stats.inc_value("newscrawl/site_down/hosts")
            self.crawler.spider.logger.error(
                "%d requests in a row to %s failed with no answer between them (last: %s): it looks down; "
                "nothing more is asked of it in this run, the next run fetches what is left", count, host, what)


class RedirectRefused(IgnoreRequest):
    """A redirect not followed (redirect_refusal); the message starts with the reason, which is the failure kind
    the spider's errback counts (health.failure_kind): ``redirected_away: <from> -> <to>``."""


class RedirectedToListed(QuietSkip):
    """An article redirected to another article the run asked for already (counted by the redirect middleware)."""


_REDIRECTED_FROM: "WeakKeyDictionary[Any, dict[str, list[str]]]" = WeakKeyDictionary()


def redirected_from(crawler: Any) -> dict[str, list[str]]:
    """The run's article URLs (url_identity) that other article URLs redirected to while the run asked for both
    (RedirectedToListed): {target: [first URLs]}. A story whose slug was renamed answers its old URL, the one
    emitted before, with a 301 to the new one a listing shows too: the item read at the new URL is that story."""
    return _REDIRECTED_FROM.setdefault(crawler, {})


def redirect_refusal(role: str, first_url: str, target: str, allowed_domains: Sequence[str],
                     is_article_url: Callable[[str], bool], may_leave_site: bool = False) -> str | None:
    """Why a request (``first_url`` before any redirect) must not follow a redirect to ``target``, or None.

    ``redirected_offsite``: the target is off the spider's domains (an outlet moved to a new domain, a feed
    handed to another host) and the request may not leave them. ``redirected_away``: an article request sent
    to the site's home page, or from an article URL to one that is not one (a section, an index, a login
    page): the article was removed or moved, and the page it is sent to is not it; followed, that page is
    fetched once and every later article sent there would vanish in the duplicate filter."""
    if allowed_domains and not may_leave_site and not same_site(target, allowed_domains):
        return "redirected_offsite"
    if role == "article" and (is_site_root(canonical_url(target))
                              or (is_article_url(first_url) and not is_article_url(target))):
        return "redirected_away"
    return None


# Set on the request that follows a redirect back to a URL of its own chain (a cookie wall: "302 to itself, with
# Set-Cookie"): the request's dont_filter before that, as the one more try must pass the duplicate filter.
_LOOP_RETRIED = "newscrawl_redirect_loop_retried"


def _unfragmented(url: str) -> str:
    return url.split("#", 1)[0]


def _set_cookies(response: Response) -> list[str]:
    """The name=value pairs a response sets (Set-Cookie headers, attributes left out)."""
    pairs = []
    for header in response.headers.getlist(b"Set-Cookie"):
        pair = header.decode("latin-1").split(";", 1)[0].strip()
        if "=" in pair and pair.split("=", 1)[0].strip():
            pairs.append(pair)
    return pairs


# Redirects that name the story they lead to (a page moved for good); any other (302, 303, 307, a meta refresh) may send
# any URL anywhere for now (h290).
PERMANENT_REDIRECTS = frozenset({301, 308})
# A target this many distinct first URLs were sent to in one run is a catch-all (a maintenance notice, a home-like
# story): none of them is its alias (h290 S2).
CATCH_ALL_ORIGINS = 3


@dataclass
class RunRedirects:
    """The article redirects of a run, by url_identity: the URLs whose way on went through a temporary redirect, and
    per target the first URLs of the chains reaching it and every URL they went through."""

    temporary: set[str] = field(default_factory=set)
    origins: dict[str, set[str]] = field(default_factory=dict)
    through: dict[str, set[str]] = field(default_factory=dict)

    def note(self, chain: Sequence[str], target: str, reason: Any) -> None:
        """A hop from ``chain``'s last URL to ``target`` (``reason``: the status, or "meta refresh")."""
        names = [url_identity(url) for url in chain]
        to = url_identity(target)
        if to in names:  # a loop's one more try (a cookie wall): no hop
            return
        if reason not in PERMANENT_REDIRECTS:
            self.temporary.update(names)
        self.origins.setdefault(to, set()).add(names[0])
        self.through.setdefault(to, set()).update(names)

    def untaught(self) -> set[str]:
        """The URLs no redirect of this run taught the story they lead to."""
        crowded = (names for to, names in self.through.items() if len(self.origins[to]) >= CATCH_ALL_ORIGINS)
        return self.temporary.union(*crowded)


_RUN_REDIRECTS: "WeakKeyDictionary[Any, RunRedirects]" = WeakKeyDictionary()


def run_redirects(crawler: Any) -> RunRedirects:
    return _RUN_REDIRECTS.setdefault(crawler, RunRedirects())


class _RefusingRedirects:
    """Scrapy's redirect, minus the redirects redirect_refusal refuses: the request fails with RedirectRefused,
    which its errback counts by role and reason, instead of a new request that the offsite or duplicate filter
    would drop without a word.

    A redirect back to a URL of the request's own chain (A -> A, A -> B -> A; a ``Location: ""``) is a cookie
    wall or a loop: the duplicate filter would drop it without a word (h39 probe: every article of a site behind
    a cookie wall lost, health ok). It is followed once more, past the duplicate filter and with the cookies the
    redirect set (COOKIES_ENABLED is off: sent as a Cookie header on that one request); a second time, the request
    fails as ``redirect_loop``, a counted failure of its role."""

    crawler: Crawler

    def _build_redirect_request(self, source_request: Request, response: Response, *, url: str,
                                **kwargs: Any) -> Request:
        redirected = super()._build_redirect_request(source_request, response, url=url, **kwargs)  # type: ignore[misc]
        chain = {_unfragmented(u) for u in (*source_request.meta.get("redirect_urls", ()), source_request.url)}
        cookies = _set_cookies(response) if _unfragmented(redirected.url) in chain else []
        if cookies:
            sent = redirected.headers.get(b"Cookie")
            old = [p.strip() for p in sent.decode("latin-1").split(";") if p.strip()] if sent else []
            names = {pair.split("=", 1)[0].strip() for pair in cookies}
            merged = [p for p in old if p.split("=", 1)[0].strip() not in names] + cookies
            redirected.headers[b"Cookie"] = "; ".join(merged).encode("latin-1")
        return redirected

    def process_request(self, request: Request) -> None:
        # The article URLs asked for this run: a redirect to one of them would vanish in the duplicate filter.
        if request_role(request) == "article" and not request.dont_filter:
            self.__dict__.setdefault("requested_articles", set()).add(request.url)
        return None

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        spider = self.crawler.spider
        role = request_role(request)
        first = request.meta.get("redirect_urls", [request.url])[0]
        chain = (*request.meta.get("redirect_urls", ()), request.url)
        if role == "article":
            run_redirects(self.crawler).note(chain, redirected.url, reason)
        if _LOOP_RETRIED in request.meta and _unfragmented(redirected.url) not in {_unfragmented(u) for u in chain}:
            # The retry of a self-redirect passed the duplicate filter for that URL only: a further hop to another
            # URL gets the checks of any redirect (the duplicate filter, an article asked for already), or it
            # would be fetched a second time.
            redirected.dont_filter = request.meta[_LOOP_RETRIED]
        if (role == "article" and not redirected.dont_filter and redirected.url not in chain  # not a loop
                and redirected.url in self.__dict__.get("requested_articles", ())):
            # Another article of the run (two URLs merged into one story): its own request reads it; counted and
            # said, where Scrapy's duplicate filter would drop this one without a word.
            self.crawler.stats.inc_value("newscrawl/dropped/redirected_to_listed")
            redirected_from(self.crawler).setdefault(url_identity(redirected.url), []).append(first)
            logger.info("Article %s redirects to %s, an article this run asks for already: read there", first,
                        redirected.url)
            raise RedirectedToListed(f"redirected to an article asked for already: {first} -> {redirected.url}")
        # A start page asked for with dont_filter may go where it is sent, as Scrapy's offsite filter lets it;
        # an article's later pages carry dont_filter against the duplicate filter, not to leave the site.
        dont_filter = request.meta.get(_LOOP_RETRIED, request.dont_filter)  # as asked, not as a loop's retry
        may_leave = bool(request.meta.get("allow_offsite") or (dont_filter and role != "article"))
        refused = redirect_refusal(role, first, redirected.url, list(getattr(spider, "allowed_domains", None) or ()),
                                   getattr(spider, "is_article_url", lambda url: False), may_leave)
        if refused:
            raise RedirectRefused(f"{refused}: {first} -> {redirected.url}")
        if _unfragmented(redirected.url) in {_unfragmented(u) for u in chain}:
            if _LOOP_RETRIED in request.meta:
                raise RedirectRefused(f"redirect_loop: {first} -> {redirected.url}")
            followed = super()._redirect(redirected, request, reason)  # type: ignore[misc]
            followed.meta[_LOOP_RETRIED] = request.dont_filter
            followed.dont_filter = True  # asked again, once: not a duplicate to drop
            return followed
        return super()._redirect(redirected, request, reason)  # type: ignore[misc]


class RedirectMiddleware(_RefusingRedirects, _ScrapyRedirectMiddleware):
    """Scrapy's 3xx redirects, refusing those that leave the site or an article (redirect_refusal)."""


class MetaRefreshMiddleware(_RefusingRedirects, _ScrapyMetaRefreshMiddleware):
    """Scrapy's meta refresh redirects, refusing the same. A page that refreshes to its own URL (a news page
    reloading itself every few minutes) is the page: read as it is, never sent to the duplicate filter."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and not request.meta.get("dont_redirect"):
            _interval, url = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            if url and _unfragmented(url) == _unfragmented(response.url):
                self.crawler.stats.inc_value("newscrawl/redirects/meta_refresh_self")
                return response
        return super().process_response(request, response)
