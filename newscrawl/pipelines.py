"""Item pipelines: each calls one pure function, counts a stat, and drops with a reason.

Order (settings.ITEM_PIPELINES): dates → syndication → residue → duplicate blocks → validate →
duplicate URLs → health counts → the since/until window.
Stats live under ``newscrawl/…`` so the run summary can report them.
"""
from __future__ import annotations

import logging
import re
import time
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newscrawl.cleaning import (PageTimes, carried_page_starts, distinct_tags, drop_duplicate_blocks,
                                find_syndication, names_own_page, normalize_text, strip_residue, trim_edges)
from newscrawl.dates import WIB, listed_zone, zone_for_url
from newscrawl.eras import url_path_day
from newscrawl.extract import collapse_ws
from newscrawl.fields.dates import FUTURE_GRACE, choose_dates
from newscrawl.fields.outlet import outlet_labels
from newscrawl.health import BODY_FALLBACK
from newscrawl.state import StoryPrint, clock_from_settings, item_key, same_article_keys, same_story, story_print
from newscrawl.urls import canonical_url, url_host, url_identity

logger = logging.getLogger(__name__)


class _StatsPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "_StatsPipeline":
        return cls(crawler)

    def drop(self, reason: str, adapter: ItemAdapter, detail: str = "") -> DropItem:
        self.stats.inc_value(f"newscrawl/dropped/{reason}")
        return DropItem(f"{reason}: {adapter.get('url')}{' ' + detail if detail else ''}")


class DatesPipeline(_StatsPipeline):
    """Raw date candidates → published_at/updated_at by fields.dates.choose_dates (ISO 8601 in the
    page's zone, or YYYY-MM-DD for a date only); unparsable → null with a warning."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        spider = self.crawler.spider
        zone = newsroom_zone(spider, adapter.get("url"))
        zone_listed = getattr(spider, "zone_listed", None)
        listed = zone_listed(adapter.get("url") or "") if zone_listed else listed_zone(adapter.get("url")) is not None
        candidates = {field: _as_list(adapter.get(field)) for field in ("published_at", "updated_at")}
        url = adapter.get("url") or ""
        stated_day = getattr(spider, "stated_day", url_path_day)  # the site's own URL reading first
        # Whether the page prints local time is the outlet's (its edition's) language, not one story's text.
        site_language = getattr(spider, "site_language", None)
        language = (site_language(url) if site_language else None) or adapter.get("language")
        choice = choose_dates(candidates["published_at"], candidates["updated_at"], zone,
                              latest=latest_plausible(adapter.get("crawled_at")), url_day=stated_day(url),
                              language=language, zone_listed=listed)
        self.stats.inc_value(f"newscrawl/dates/rule/{choice.rule}")
        if choice.updated_rule:
            self.stats.inc_value(f"newscrawl/dates/rule/{choice.updated_rule}")
        if choice.rule not in ("missing", "machine", "shown", "agree"):
            logger.info("published_at of %s by rule %s: %s from %r", adapter.get("url"), choice.rule,
                        choice.published, candidates["published_at"])
        for field, value in (("published_at", choice.published), ("updated_at", choice.updated)):
            future = [text for text in candidates[field] if text in choice.future]
            if future:
                logger.warning("%s %r is after the fetch time; not used, on %s", field, future, adapter.get("url"))
                self.stats.inc_value(f"newscrawl/dates/{field}/future", len(future))
            unparsed = [text for text in candidates[field] if text in choice.unparsed]
            if unparsed:
                # A fallback may still have given a date; the raw text is logged either way.
                level = logging.WARNING if value is None else logging.INFO
                logger.log(level, "Unparsable %s %r on %s", field, unparsed, adapter.get("url"))
                self.stats.inc_value(f"newscrawl/dates/{field}/unparsable_text", len(unparsed))
            if value is not None:
                self.stats.inc_value(f"newscrawl/dates/{field}/parsed")
            elif unparsed:
                self.stats.inc_value(f"newscrawl/dates/{field}/unparsed")
            else:
                self.stats.inc_value(f"newscrawl/dates/{field}/missing")
            adapter[field] = value
        return item


def newsroom_zone(spider: Any, url: str | None) -> tzinfo:
    """The wall-clock zone of the page's newsroom: the spider's own reading (zone_for), else the zone table's."""
    zone_for = getattr(spider, "zone_for", None)
    return zone_for(url or "") if zone_for else zone_for_url(url, WIB)


def latest_plausible(crawled_at: str | None) -> datetime:
    """The latest publication or update time a page fetched at ``crawled_at`` (ISO; now when missing or
    unreadable) can carry."""
    try:
        fetched = datetime.fromisoformat(crawled_at) if crawled_at else None
    except ValueError:
        fetched = None
    if fetched is None or fetched.tzinfo is None:
        fetched = datetime.now(timezone.utc)
    return fetched + FUTURE_GRACE


def _as_list(candidates: Any) -> list[str]:
    if isinstance(candidates, str):
        return [candidates]
    return [c for c in candidates or [] if isinstance(c, str)]


class SyndicationPipeline(_StatsPipeline):
    """Move an "Artikel ini telah tayang di …" line out of the body into ``syndicated_from``."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        before = adapter.get("body") or []
        body, source = find_syndication(before)
        _carry_page_edges(adapter, before, body)
        if source is not None and names_own_page(source, adapter.get("url")):
            # "Baca artikel detiksumut, … <this page's URL>", "telah tayang di detikBali" on detik.com/bali:
            # the note is the outlet's own closing line, no other outlet's story.
            self.stats.inc_value("newscrawl/syndication/own_page")
            source = None
        if source is not None:
            self.stats.inc_value("newscrawl/syndicated")
        adapter["body"] = body
        adapter["syndicated_from"] = source
        return item


class ResiduePipeline(_StatsPipeline):
    """Drop boilerplate blocks (Baca juga, ADVERTISEMENT, photo credits, …) from the body, then its
    structural edges (headline or byline before the story, short non-sentences after it)."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        normalized = blocks = [normalize_text(b) for b in adapter.get("body") or []]
        # A catalogue outlet may declare residue of its own (newscrawl/catalogue): whole blocks.
        own = getattr(self.crawler.spider, "extra_residue", ())
        if own:
            blocks = [b for b in blocks if not any(p.fullmatch(b) for p in own)]
        # The outlet's labels: a column's byline after the outlet's dateline ("REPUBLIKA.CO.ID, Oleh: A*") is cut.
        # The page's descriptions: a standfirst opening the body, and the header's date line under it, are cut — the
        # line when it states the item's own time (the dates pipeline ran before: ISO 8601 or YYYY-MM-DD).
        times = PageTimes(adapter.get("published_at"), adapter.get("updated_at"),
                          newsroom_zone(self.crawler.spider, adapter.get("url")))
        kept = trim_edges(strip_residue(blocks, adapter.get("url")), adapter.get("title"),
                          outlet_labels(adapter.get("url")), adapter.get("descriptions") or (), times)
        removed = len(blocks) - len(kept)
        if removed:
            self.stats.inc_value("newscrawl/body/residue_blocks_removed", removed)
        _carry_page_edges(adapter, normalized, kept)
        adapter["body"] = kept
        return item


def _carry_page_edges(adapter: ItemAdapter, before: list[str], after: list[str]) -> None:
    """Keep the item's page edges (Article.page_edges) right over a cleaning that turned ``before`` into ``after``."""
    if adapter.get("page_edges") and after != before:
        adapter["page_edges"] = carried_page_starts(before, after, adapter["page_edges"])


class DuplicateBlocksPipeline(_StatsPipeline):
    """Drop repeated paragraphs (multi-page overlap, the title repeated in the body)."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        blocks = adapter.get("body") or []
        kept = drop_duplicate_blocks(blocks, title=adapter.get("title"), page_starts=adapter.get("page_edges") or ())
        removed = len(blocks) - len(kept)
        if removed:
            self.stats.inc_value("newscrawl/body/duplicate_blocks_removed", removed)
        adapter["body"] = kept
        return item


class ValidatePipeline(_StatsPipeline):
    """Every field present and tidy; an article without title or body is dropped, reason counted."""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        # normalize_text: a NUL or a bidi override (U+202E) in a title or byline is never text.
        adapter["title"] = collapse_ws(normalize_text(adapter.get("title") or "")) or None
        if not adapter["title"]:
            logger.warning("Dropped, no title: %s", adapter.get("url"))
            raise self.drop("no_title", adapter)
        if not adapter.get("body"):
            logger.warning("Dropped, no body: %s", adapter.get("url"))
            raise self.drop("no_body", adapter)
        for field in ("authors", "tags"):
            values = [collapse_ws(normalize_text(v)) for v in adapter.get(field) or [] if isinstance(v, str)]
            adapter[field] = distinct_tags(values) if field == "tags" else list(dict.fromkeys(v for v in values if v))
        adapter["section"] = collapse_ws(normalize_text(adapter.get("section") or "")) or None
        adapter["id"] = adapter.get("id") or None
        for field in ("published_at", "updated_at"):
            adapter[field] = adapter.get(field) or None
        adapter["language"] = adapter.get("language") or "id"
        adapter["missing_pages"] = [u for u in adapter.get("missing_pages") or [] if isinstance(u, str)]
        if adapter["missing_pages"]:
            self.stats.inc_value("newscrawl/items/incomplete")  # a later page failed: the body stops before it
        adapter["paywalled"] = adapter.get("paywalled") is True
        if adapter["paywalled"]:
            self.stats.inc_value("newscrawl/items/paywalled")  # the body is the free part of a subscribers' story
        for field in ("id", "syndicated_from"):  # the other text fields went through normalize_text
            if adapter.get(field):
                adapter[field] = without_lone_surrogates(adapter[field])
        self.stats.inc_value("newscrawl/items/valid")
        return item


_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(value: Any) -> Any:
    """``value`` (a string, or strings in lists and dicts) without lone surrogates, which no UTF-8 line
    can hold: an item keeping one could be neither hashed nor written."""
    if isinstance(value, str):
        return value if value.isascii() else _LONE_SURROGATE_RE.sub("", value)
    if isinstance(value, list):
        return [without_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {k: without_lone_surrogates(v) for k, v in value.items()}
    return value


# How old a story may be for a fallback reading its body to be a layout drift (HealthPipeline._recent).
DRIFT_RECENT_DAYS = 30


def _iso_day(value: str | None) -> date | None:
    """The day an output date states (ISO 8601 or YYYY-MM-DD), None when absent or unreadable."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class HealthPipeline(_StatsPipeline):
    """Count what the health check reads: items with a date, with authors, with ≥2 paragraphs, with a body a fallback
    read (the site's body selectors failing on it: the layout drift warning)."""

    def _recent(self, published_at: str | None) -> bool:
        """Whether a story is of the last DRIFT_RECENT_DAYS before the crawl's clock (NEWSCRAWL_NOW when pinned), or
        undated."""
        day = _iso_day(published_at)
        if day is None:
            return True
        try:
            now = clock_from_settings(self.crawler.settings)()
        except ValueError:  # an unreadable NEWSCRAWL_NOW: the spider says so (NewsSpider.crawl_now), the system clock here
            now = time.time()
        today = datetime.fromtimestamp(now, timezone.utc).date()
        return (today - day).days <= DRIFT_RECENT_DAYS

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        self.stats.inc_value("newscrawl/health/items")
        if adapter.get("published_at"):
            self.stats.inc_value("newscrawl/health/with_date")
        if adapter.get("authors"):
            self.stats.inc_value("newscrawl/health/with_authors")
        if len(adapter.get("body") or []) >= 2:
            self.stats.inc_value("newscrawl/health/body_2plus")
        if adapter.get("body_fallback") and self._recent(adapter.get("published_at")):
            # The site's body selectors failed on it (health.BODY_FALLBACK): a layout drift, said past a share (h264 B).
            # A story of a month or more before the crawl's clock is an older template the site module may not know,
            # no redesign (h272 R6: a backfill of 2017-2019 warned on every run); an undated one counts.
            self.stats.inc_value(BODY_FALLBACK)
            self._say_fallback(adapter)
        return item

    def _say_fallback(self, adapter: ItemAdapter) -> None:
        """A line naming the page whose body a fallback read: at WARNING for a page named on the command line
        (``-a url=``: a check of one or a few pages, below the health's min_articles, would otherwise read "health ok"
        over a redesign, h310 G), at INFO in a listing's crawl (its share says the drift)."""
        spider = getattr(self.crawler, "spider", None)
        named = bool(getattr(spider, "start_article_urls", None))
        logger.log(logging.WARNING if named else logging.INFO,
                   "%s: the site's body selectors matched nothing on %s; its body was read by a fallback (the page's "
                   "main text or its JSON-LD articleBody): a layout drift? (newscrawl/health/body_fallback)",
                   getattr(spider, "name", "?"), adapter.get("url"))


def site_day(published_at: str | None, site_tz: tzinfo) -> date | None:
    """The site-local day of an output date: ISO 8601 with offset (shown in the site's zone), or a
    date-only ``YYYY-MM-DD``. None when absent or not ISO (never a guess)."""
    if not published_at:
        return None
    try:
        if len(published_at) == 10:
            return date.fromisoformat(published_at)
        moment = datetime.fromisoformat(published_at)
    except ValueError:
        return None
    return (moment.astimezone(site_tz) if moment.tzinfo is not None else moment).date()


def window_zone(spider: Any, adapter: ItemAdapter) -> tzinfo:
    """The zone an item's day is held to the window in: the spider's ``window_zone`` (generic: a stated Indonesian
    offset of an outlet outside the catalogue), else its newsroom's (newsroom_zone)."""
    by_story = getattr(spider, "window_zone", None)
    if by_story is not None:
        return by_story(adapter.get("url") or "", adapter.get("published_at"))
    return newsroom_zone(spider, adapter.get("url"))


def outside_window(adapter: ItemAdapter, spider: Any) -> str | None:
    """Why a discovered article falls outside the crawl's [since, until] (site-local day of its
    published_at), or None: inside, undated, or asked for by URL (-a url= emits what was asked)."""
    since, until = getattr(spider, "since", None), getattr(spider, "until", None)
    if getattr(spider, "start_article_urls", None) or since is None or until is None:
        return None
    day = site_day(adapter.get("published_at"), window_zone(spider, adapter))  # as DatesPipeline reads it
    if day is None or since <= day <= until:
        return None
    return f"published {day}, window {since}..{until}"


def outside_day(adapter: ItemAdapter, spider: Any) -> date | None:
    """The site-local day an article's published_at names (as outside_window reads it), or None."""
    return site_day(adapter.get("published_at"), window_zone(spider, adapter))


class OutsideWindow(DropItem):
    """A new story dropped because its page dates it outside the crawl's window (output.IncrementalPipeline).
    ``day``: that site-local day. The seen middleware remembers its URL (middlewares.SeenArticlesMiddleware,
    state.OUTSIDE_WINDOW): later runs ask it again only when their window holds that day."""

    def __init__(self, message: str, day: date | None = None) -> None:
        super().__init__(message)
        self.day = day


class WindowPipeline(_StatsPipeline):
    """A discovery crawl emits only articles published, as a site-local day, in [since, until]: a
    listing for day D also shows D-1 and D+1. Undated articles are kept and counted. A `-a url=` crawl
    emits what it was asked for, whatever its date. In an incremental run (cron) the seen-store decides
    (output.IncrementalPipeline): a recheck of an article emitted before is re-emitted when it changed,
    whatever the window; only new articles outside it are dropped."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.incremental = crawler.settings.getbool("NEWSCRAWL_INCREMENTAL")

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        if adapter.get("published_at") is None and not getattr(self.crawler.spider, "start_article_urls", None):
            self.stats.inc_value("newscrawl/window/undated_kept")
        reason = outside_window(adapter, self.crawler.spider)
        if reason is None or self.incremental:
            return item
        raise self.drop("outside_window", adapter, reason)


class UnchangedVersion(DropItem):
    """An article dropped as the very version emitted before (output.IncrementalPipeline): this run emitted none of
    it, so its keys bar no other form of it."""


class NotItsVersion(DropItem):
    """A page read at a URL of an emitted story that is no version of the story to judge it by (a stale copy of an
    older version at its old URL, an undated page in its place): dropped; its keys bar no other form of the story, and
    its fetch is not the story's recheck: a URL of the story held back is asked instead, and with none answering the
    recheck is not used up (middlewares.SeenArticlesMiddleware.item_dropped; h154: a stale listing's old URL read
    first, the store's recheck of the current URL was held back and never asked)."""


class StaleForm(UnchangedVersion, NotItsVersion):
    """An older version of a story read at another of its URLs (a stale copy at the old URL after a correction was
    emitted at the new one): dropped, not emitted as an update; its keys bar no other form either."""


class UndatedRecheck(NotItsVersion):
    """A recheck's page with no date where the story was emitted with one: a page in the story's place (a network's
    notice), not a version of it (output.IncrementalPipeline)."""


class DuplicateUrlPipeline(_StatsPipeline):
    """One item per article per run (two listings, or two URL forms, can lead to one article): keyed
    by state.article_key, site#id else canonical URL, and by same_article_keys (another form of the
    URL, the same content). Across workers the commit decides (state.py).

    A URL two different stories' pages declare their own (their rel=canonical or og:url: a template writing one
    address on every page, one the page's title cannot tell from its own, urls.slug_names_other_story) is no one
    story's: a page read at another URL, whose text is another story than the item holding that URL this run
    (state.same_story), is kept under the URL it was read at, as is every later page declaring it; counted
    ``newscrawl/url/shared_canonical``, said once per site (h249 probe: 19 stories, one item, 18 dropped as
    duplicate_url, health ok). The first page to declare it, already emitted, keeps it."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.seen_keys: set[str] = set()
        # The item holding each URL this run (its url_key): its id, the URL its page was read at, whether the URL
        # was that page's declared address, and its story_print.
        self.holders: dict[str, tuple[str | None, str, bool, StoryPrint]] = {}
        self.shared: set[str] = set()  # url_keys of declared URLs found shared this run
        self.sites_told: set[str] = set()
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    def item_dropped(self, item: Any, exception: BaseException, **_: Any) -> None:
        """A form of a story dropped later as unchanged, or as no version of it, gives its keys back: a stale copy at
        the story's old URL, read before the corrected one at its new URL, would else drop the correction as a
        duplicate (h54)."""
        if isinstance(exception, (UnchangedVersion, NotItsVersion)):
            adapter = ItemAdapter(item)
            self.seen_keys.difference_update(key for key in (item_key(adapter), *same_article_keys(adapter)) if key)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        own_page = self.shared_canonical(adapter)
        key = item_key(adapter)
        url_key, content_key = same_article_keys(adapter)
        if (key in self.seen_keys or url_key in self.seen_keys) and not own_page:
            self.stats.inc_value("newscrawl/health/duplicate_pages")  # judged once already: not again (health)
            raise self.drop("duplicate_url", adapter)
        if content_key is not None and content_key in self.seen_keys:
            self.stats.inc_value("newscrawl/health/duplicate_pages")
            raise self.drop("duplicate_content", adapter, "(same title, date and body as an item emitted this run)")
        self.seen_keys.update(k for k in (key, url_key, content_key) if k is not None)
        if url_key not in self.holders:
            fetched = url_identity(adapter.get("fetched_url") or adapter.get("url") or "")
            self.holders[url_key] = (adapter.get("id"), fetched, fetched != url_key[4:], story_print(adapter.get("body")))
        return item

    def shared_canonical(self, adapter: ItemAdapter) -> bool:
        """Whether the item's URL, its page's declared address, is one another story's page declared this run (or
        the URL that page was read at, declared by another): then an item whose URL came from its page's declaration
        takes the URL it was read at (False: its own keys are then judged as any item's), and one read at that very
        URL is kept there (True: the other page's item took its URL)."""
        url = adapter.get("url") or ""
        fetched = adapter.get("fetched_url") or url
        url_key, here = same_article_keys(adapter)[0], url_identity(fetched)
        declared = here != url_key[4:]
        holder = self.holders.get(url_key)
        if url_key in self.shared and declared:
            self.read_at(adapter, fetched, url)
            return False
        if holder is None or holder[1] == here or not (declared or holder[2]):
            return False
        if adapter.get("id") and holder[0]:
            if adapter.get("id") == holder[0]:
                return False  # one article (its id): a duplicate
            # Two ids, two stories, whatever their texts share (h304 F1: one template's wording around different
            # facts read as one story, and the later story was lost as a duplicate_url).
        elif same_story(holder[3], story_print(adapter.get("body"))):
            return False  # one story read at two URLs: a duplicate
        self.shared.add(url_key)
        if declared:
            self.read_at(adapter, fetched, url)
            return False
        self.stats.inc_value("newscrawl/url/shared_canonical")
        self.tell(url)
        return True

    def read_at(self, adapter: ItemAdapter, fetched: str, declared: str) -> None:
        """The item takes the URL its page was read at instead of its declared one."""
        adapter["url"] = canonical_url(fetched)
        self.stats.inc_value("newscrawl/url/shared_canonical")
        logger.info("Canonical %s of %s is declared by other stories' pages too; the page's own URL is kept",
                    declared, fetched)
        self.tell(declared)

    def tell(self, declared: str) -> None:
        """Say once per site that its pages declare one address for different stories."""
        site = url_host(declared)
        if site not in self.sites_told:
            self.sites_told.add(site)
            logger.warning("Pages of %s declare one address (rel=canonical or og:url) for different stories: %s; each "
                           "page is kept under the URL it was read at (newscrawl/url/shared_canonical), the first "
                           "page read keeps that address", site, declared)
