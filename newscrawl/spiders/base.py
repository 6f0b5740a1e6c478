"""NewsSpider: everything a news site spider does, driven by the site's declarative table.

A site module sets class attributes only (name, domains, article URL pattern, discovery
endpoints, extraction rules, pagination selectors) and overrides a hook where its markup
needs one. The flow:

    start() ── -a url=…            → article
            └─ listing templates per day in [since, until] → listing pages (paged) → articles
    article → extract_article() → other pages? ("show all" view, else page links one by one)
            → Article item with raw date candidates → pipelines (dates, residue, dups, validate)
"""
from __future__ import annotations

import hashlib
import weakref
import os
import re
import struct
import time
import zlib
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any, AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

import scrapy
from lxml import etree
from parsel import Selector
from scrapy import signals
from scrapy.exceptions import CloseSpider
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.utils.response import get_base_url

from newscrawl.arguments import BadArgument, check_arguments
from newscrawl.canaries import CANARIES
from newscrawl.cleaning import (block_key, header_lines, is_credited_caption, is_prose_block, is_residue, names_dateline_place,
                                opens_with_dateline, repeats_lede_dateline, story_start)
from newscrawl.contracts import with_canary
from newscrawl.dates import BARE_DATELINE_RE, WIB, listed_zone, zone_for_url
from newscrawl.eras import TemplateEra, choose_era, url_path_day
from newscrawl.dom import filled_containers, page_lines
from newscrawl.discovery import (INDEX_LASTMOD_MARGIN, Entry, ListingCards, child_sitemap_current, dated_ahead,
                                 day_end, day_start, document_cut_short, document_root_kind, entry_day, entry_moment,
                                 feed_entries, in_window, json_entries, listing_card_entries, next_data_entries,
                                 not_a_document, reaches_back_to, shared_date, sitemap_entries, sitemap_follow_form,
                                 uncovered_from, unlinked_listing_urls, unpack_gzip)
from newscrawl.appstate import app_state_article, may_hold_app_state
from newscrawl.css import memoized_queries
from newscrawl.extract import (RawArticle, SiteRules, article_body, body_chars, extract_article, html_blocks,
                               json_ld_objects, meta_content, news_article_ld, page_authors, page_facts, page_headings,
                               page_meta, split_article_body)
from newscrawl.fields.authors import (NameSource, choose_authors, column_byline, lead_credit, opinion_page, trimmed_closing_credit,
                                      unlabelled_byline)
from newscrawl.fields.dates import JSONLD, PAGE, VISIBLE, DateCandidate, find_page_dates
from newscrawl.fields.language import text_language
from newscrawl.fields.outlet import outlet_labels
from newscrawl.fields.title import names_another_story
from newscrawl.items import Article
from newscrawl.maintext import MainText, extract_main_text, main_text_at, says_photo_story
from newscrawl.health import (FAILURE_KINDS, FIRST_FAILED_DISCOVERY, LISTING_FAILED, LISTING_FALLBACK, SKIPPED_PAGES,
                              error_name, failure_kind)
from newscrawl.middlewares import (DISCOVERED, ROLE, QuietSkip, RedirectedToListed, article_unavailable, checked_key,
                                  checked_url, clock_from_settings, download_limit, is_recheck, known_to_store,
                                  known_unavailable, recheck_decided, recheck_gone, redirect_refusal, request_role)
from newscrawl.soft404 import soft_404
from newscrawl.state import too_large_reason
from newscrawl.urls import (PAGER_MAX_MARK, SLUG_SEGMENT, Pager, canonical_contradicted, canonical_names_other_article,
                            canonical_url,
                            directory_form,
                            first_page_of, in_page_order, is_amp_url, is_single_page_view, is_site_root,
                            is_translate_proxy, join_url, lower_scheme_host, other_scheme, page_identity, page_number,
                            outlet_host, page_rank, page_step, pager_links, placed_page_mark, publisher_url,
                            registrable_domain,
                            same_article, same_site, shared_link_form, url_host, url_identity, valid_url, view_rank,
                            without_amp, without_trackers)


# A sitemap or feed may hold 50 MB uncompressed (sitemaps.org: 50,000 URLs, 50 MB); DOWNLOAD_MAXSIZE (16 MB) is an
# HTML page's bound. A 26 MB sitemap of 100k entries was cancelled as "other errors" (h39).
DOCUMENT_MAXSIZE = 50 * 1024 * 1024
DOCUMENT_META = {"download_maxsize": DOCUMENT_MAXSIZE}

# Stats key prefix: a day whose dated listing failed this run ("…/2024-06-14"), for cron's next window.
FAILED_DAY = "newscrawl/discovery/failed_day/"
EXPLICIT = "newscrawl_explicit"  # Request.meta key: an article URL given with -a url=
# Response.meta key: why looks_like_article found no article (generic's reasons), named in the warning of the drop.
NOT_ARTICLE_WHY = "newscrawl_not_article_why"
_MAIN_TEXT = "newscrawl_maintext"  # Response.meta key of the cached main text
# Response.meta key: a later page's main text read where page 1's story stood, when its blocks were the page's body.
_LATER_MAIN_TEXT = "newscrawl_later_maintext"
_PAGE_RULES = "newscrawl_page_rules"  # Response.meta key of the page's chosen rules
_PAGER = "newscrawl_pager"  # Response.meta key of the page's structural pager (urls.pager_links)
_LATER_PAGE = "newscrawl_later_page"  # Request.meta mark of a later page's request (next_page_request)
# Request.meta key: the later page an article was entered at, when its page 1 is fetched instead (and again if
# page 1 fails: then no going back).
_ENTERED_AT = "newscrawl_entered_at"
# Request.meta key: the check key (middlewares.checked_key) of the later page an article was entered at, for the
# item read from its page 1.
_CHECKED_AS = "newscrawl_checked_as"
# Request.meta key: the URL that page was asked at under that key (middlewares.checked_url).
_CHECKED_URL = "newscrawl_checked_url"
_FIRST_PAGE_FAILED = "newscrawl_first_page_failed"  # Request.meta key: that page 1's URL, for missing_pages
# Request.meta flag of page 1's request: named by the entered page's declared address only (its rel=canonical or
# og:url: urls.declares_first_page), no pager link back to it.
_DECLARED_FIRST = "newscrawl_declared_first"
# Request.meta key: the declared page 1 that answered 404/410, when the entered page is read again as it is.
_DECLARED_GONE = "newscrawl_declared_first_gone"
# Request.meta key: the AMP page an article's canonical page is read for (and, should that fail, the AMP page again:
# then read as it is).
_FROM_AMP = "newscrawl_from_amp"
_SITEMAP_INDEX = "newscrawl_sitemap_index"  # Request.meta key: the index a child sitemap was listed in
_GUESSED_PAGER = "newscrawl_guessed_pager"  # Response.meta flag: its one later page was found by structure only
_AMP_AS_IS = "newscrawl_amp_as_is"
# Request.meta key of a listing page's request: digests of the links the pages before it listed.
_PREVIOUS_LINKS = "newscrawl_previous_links"
# Request.meta key: the oldest day an undated listing's earlier pages listed (ISO text: meta may go through Redis).
_LISTED_DAYS = "newscrawl_listed_days"
# Request.meta flag of a listing page's request: the page before it listed nothing new (asked once more to tell a
# listing's end from stories pushed in between two page fetches).
_AFTER_REPEAT = "newscrawl_after_repeated_page"
# Request.meta key: the listing's pages before this one were read by unlinked_listing_links (its first page named no
# article by a link its selectors read): this one may be too (h299 R1).
_FALLBACK_CHAIN = "newscrawl_listing_fallback_chain"


def served_as(response: Response) -> str:
    """Why a page that is no HTML was not read as an article, for its warning: "served as application/pdf"."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").strip()
    return f"served as {content_type}" if content_type else "not HTML or XML (no Content-Type)"


def listing_paging_ends(repeated: bool, after_repeat: bool, pages_left: bool) -> bool:
    """Whether a listing's paging ends at a page that lists articles (``repeated``: only ones its earlier pages
    listed). A repeated page ends it when the page before it was repeated too (``after_repeat``: past its last page a
    site answers with the same page, or two pages in turn), or at the page limit (``pages_left`` false: no page is
    left to tell the end from a shift, and a listing ending exactly there is no shortfall); else the next page is
    asked once more: stories published between two page fetches push the earlier page's stories onto the next one."""
    return repeated and (after_repeat or not pages_left)


def older_than_window(days: Sequence[date | None], since: date) -> bool:
    """Whether a newest-first listing page has passed the window's start, so the pages after it hold nothing of
    the window: every link older than ``since`` — or a pinned newer card at the top aside, the page's last
    dated link and half of its dated links or more older (suara's pinned headline card kept every page "not
    older" and the paging ran to max_pages)."""
    dated = [day for day in days if day is not None]
    if not dated or len(dated) < len(days):
        return False
    older = sum(day < since for day in dated)
    return older == len(dated) or (dated[-1] < since and older * 2 >= len(dated))


def _listed_days(meta: Any) -> list[date]:
    return [date.fromisoformat(day) for day in meta.get(_LISTED_DAYS, ())]


def past_last_page(request: Any, response: Any) -> bool:
    """A listing page after the first (asked for only because the page before it listed articles) that
    the site answered as past its last page: 404/410 (WordPress /page/N/), or WordPress REST's 400
    {"code": "rest_post_invalid_page_number"} (any other 400 is an error)."""
    if not request.cb_kwargs.get("page_index") or request.callback is None \
            or getattr(request.callback, "__name__", "") != "parse_listing":
        return False
    if response.status in (404, 410):
        return True
    return isinstance(response, TextResponse) and b"rest_post_invalid_page_number" in response.body[:2000]


def _link_digests(links: list[str]) -> list[str]:
    return sorted({hashlib.blake2b(link.encode("utf-8"), digest_size=8).hexdigest() for link in links})
_FIRST_PAGE_PARAM = re.compile(r"(?<=[?&])(?:page|showpage)=1(?:&|$)")


def _is_json(response: Response) -> bool:
    content_type = response.headers.get(b"Content-Type", b"").lower()
    return b"json" in content_type or (isinstance(response, TextResponse)
                                       and response.text[:512].lstrip()[:1] in ("[", "{"))


_MIN_BODY_CHARS = 200  # below this the page's own body is a teaser or a "Loading..." shell
# Up to this, the page's body may be the lead or excerpt a client-rendered page prints over the story its
# app state holds (a jawapos-like Next.js shell): the state's longer story replaces it only when it is the
# same article (the page's title, or its first paragraphs), never a related story the state preloads.
_LEAD_CHARS = 600



def fill_from_app_state(raw: RawArticle, selector: Any, rules: SiteRules | None = None) -> bool:
    """A client-rendered page: the body (and any missing date, author, title) from its embedded app
    state (newscrawl/appstate.py), when that holds more story than the page's HTML did. A page whose
    HTML holds the story but not its date or byline (pantau: both only in __NEXT_DATA__) gets the
    missing fields from the app state when the state's story is the one on the page. The state's authors
    pass the filters every other source's do (``rules.not_authors``, the outlet's names: kumparan's
    "kumparanNEWS" account, h102 probe)."""
    state = app_state_article(selector, raw.url)
    if state is None:
        return False
    if "<" in state.body_html:
        blocks = html_blocks(Selector(text=f"<div>{state.body_html}</div>", type="html"), ())
    else:
        blocks = split_article_body(state.body_html)
    same_article = state.own or same_story(raw.body, blocks) or same_title(raw.title, state.title)
    if body_chars(blocks) > body_chars(raw.body) and (body_chars(raw.body) < _MIN_BODY_CHARS or same_article):
        raw.body, raw.body_source = blocks, "appstate"
    elif not same_article:
        return False
    if not raw.published and state.published:
        raw.published.append(DateCandidate(state.published, JSONLD))
    if not raw.updated and state.updated:
        raw.updated.append(DateCandidate(state.updated, JSONLD))
    if not raw.authors and state.authors:
        rules = rules or SiteRules()
        outlets = outlet_labels(raw.url, meta_content(page_meta(selector), "og:site_name"), rules.title_suffix)
        raw.authors = choose_authors([state.authors], outlets, not_authors=rules.not_authors)
    raw.title = raw.title or state.title
    return True


def same_story(page_body: list[str], state_body: list[str]) -> bool:
    """Whether the app state's story is the page's: one of the page body's first three paragraphs of
    60 or more characters (the headline may open the body) is in it. A related item or a teaser in
    the state is another story."""
    text = " ".join(" ".join(block.split()) for block in state_body)
    firsts = [" ".join(block.split()) for block in page_body if len(block.strip()) >= 60][:3]
    return any(block[:80] in text for block in firsts)


def same_title(page_title: str | None, state_title: str | None) -> bool:
    """Whether the page and its app state's story bear the same headline (case and spacing aside)."""
    if not page_title or not state_title:
        return False
    return " ".join(page_title.split()).casefold() == " ".join(state_title.split()).casefold()


# How far into a body its lone dateline may stand: an editor's note ("Update 21.00 WIB" and its paragraph) or a
# kicker may come before it. Blocks the residue catalogue knows do not count (an AI digest's note, a reading-time line
# over the dateline: h69 probe).
_DATELINE_REACH = 4


def merge_dateline(body: list[str]) -> None:
    """Glue a lone dateline block ("Jakarta -", "Jakarta, CNN Indonesia --") to the paragraph after it, in place: the
    first one among the body's first blocks (_DATELINE_REACH, residue and a photo story's credited captions aside:
    its slides read with the container come before the lead's dateline, h293 D3)."""
    counted = 0
    after_captions = False
    for index, text in enumerate(body):
        if counted >= _DATELINE_REACH:
            return
        if index + 1 < len(body) and len(text) <= 60 and BARE_DATELINE_RE.fullmatch(text):
            following = body[index + 1]
            # Past captions the reach is longer than the page's head: glued only to a lead, prose not datelined of
            # its own (h298: a list item, or "Jakarta - Banjir…" once more, took it).
            if after_captions and not (names_dateline_place(text) and is_prose_block(following)
                                       and not opens_with_dateline(following)):
                return
            body[index:index + 2] = [f"{text} {following}"]
            return
        if is_credited_caption(text):
            after_captions = True
        elif not is_residue(text):
            counted += 1


def holds_more_than(first_page: list[str], view: list[str]) -> bool:
    """Whether an article's "show all" view holds more of the story than its first page: more text, and text the
    first page does not have. A site that ignores ?showpage=all (or redirects it to page 1) answers page 1,
    which is not the whole article."""
    read = {block_key(block) for block in first_page}
    return body_chars(view) > body_chars(first_page) and any(block_key(block) not in read for block in view)


def page_key(url: str) -> str:
    """The address of one page as served: scheme, fragment and an explicit page 1 ignored (``page=1``,
    or ``/1`` after the slug: a pager's "1" linking to ``{url}/1`` is the page already read), its view (an AMP
    copy's ``/amp``, ``?amp=1``) kept. Which page of which article a pager's link names is
    NewsSpider.page_identity."""
    url = _FIRST_PAGE_PARAM.sub("", url.split("#", 1)[0].split("://", 1)[-1]).rstrip("?&")
    path, mark, query = url.partition("?")
    head, _, last = path.rstrip("/").rpartition("/")
    if last == "1" and SLUG_SEGMENT.search(head):
        path = head
    return path + mark + query


def same_page_served(url: str, other: str) -> bool:
    """Whether two URLs name one page as served (page_key), their tracking parameters aside (urls.without_trackers:
    "?showpage=all&utm_source=wa" is the "?showpage=all" view)."""
    # Not urls.page_identity: it folds "?page=all" and "?showpage=all" into one view, where a site's own "show all"
    # link naming the other marker says the marker in the URL is one the site ignores.
    return page_key(without_trackers(url)) == page_key(without_trackers(other))


def publisher_entries(entries: Iterable[Entry]) -> list[Entry]:
    """Discovery entries with an AMP cache's or Google's AMP viewer's address read as the publisher's
    (urls.publisher_url)."""
    return [entry._replace(url=publisher_url(entry.url)) for entry in entries]


def failure_cause(error: BaseException) -> tuple[int | None, str, str]:
    """(the HTTP status or None, the reason: ``http_500`` or the exception's class name, the kind: health.failure_kind)
    of a failed request's error."""
    response = getattr(error, "response", None)
    status = response.status if response is not None else None
    reason = f"http_{status}" if status is not None else type(error).__name__
    return status, reason, failure_kind(error_name(error), status, str(error))


def carried_check(request: scrapy.Request | None) -> dict[str, str | None]:
    """The seen middleware's check of the article a request reads, as the meta of a request made in its stead (page 1
    of a later page entered at, the canonical page of an AMP page): the request's own check (its key and the URL it
    was asked at), else the one carried to it."""
    meta = request.meta if request is not None else {}
    key = checked_key(meta)
    if key is not None:
        return {_CHECKED_AS: key, _CHECKED_URL: checked_url(request)}
    return {_CHECKED_AS: meta.get(_CHECKED_AS), _CHECKED_URL: meta.get(_CHECKED_URL)}


def request_meta(response: Response) -> dict[str, Any]:
    """The meta of the request a response answers; {} for a response built without one (a test's, a hook's)."""
    return response.request.meta if response.request is not None else {}


def link_anchors(response: TextResponse) -> list[tuple[str, str]]:
    """The page's links, resolved as a browser does (against its <base href>), each with its text, whitespace folded:
    a pager's "2", "Selanjutnya"; a link showing no text (an icon, an image) by what it says to a screen reader: its
    aria-label, its title, its images' alt ("Halaman berikutnya": h104 probe, a pager's only link to page 2 was read
    as unlabelled)."""
    found = _ANCHORS.get(response)
    if found is None:
        root = response.selector.root
        if not isinstance(root, etree._Element):
            return []
        base = links_base(response)
        found = [(url, link_text(a)) for a in root.iter("a") if (href := a.get("href")) and (url := join_url(base, href))]
        _ANCHORS[response] = found
    return list(found)  # the caller's own list


# Response -> its link_anchors, computed once per response: the entry page, the page mark and the structural pager
# each asked for them (h295 C3: a page of 200,000 links cost 35 s and 340 MB, joined and read three times). Weak:
# gone with the response.
_ANCHORS: weakref.WeakKeyDictionary[Response, list[tuple[str, str]]] = weakref.WeakKeyDictionary()


def link_text(link: etree._Element) -> str:
    """A link's text (link_anchors), whitespace folded; for a link showing none, its aria-label, title or images'
    alt."""
    text = " ".join("".join(link.itertext()).split())
    if text:
        return text
    said = link.get("aria-label") or link.get("title") or " ".join(
        alt for image in link.iter("img") if (alt := image.get("alt")))
    return " ".join(said.split())


def links_base(response: Response) -> str:
    """The URL a page's relative links resolve against: its ``<base href>`` when it declares one (as a
    browser reads it), else its own URL."""
    return get_base_url(response) if isinstance(response, TextResponse) else response.url


# A listing's article link: its canonical URL, its day when known (the entry's date or the URL's), and whether it
# may be in the crawl's window.
ListedLink = tuple[str, date | None, bool]

# Body sources read by the site-independent main text: a site spider's fallback, a photo story over the container's
# lead (extract.article_body), and the generic spider's own.
MAIN_TEXT_SOURCES = ("generic", "photo_story", "maintext")


class NewsSpider(scrapy.Spider):
    """Base class of every site spider. Subclasses declare; this class crawls."""

    # ---- declared by each site -------------------------------------------------------------
    name: str
    allowed_domains: list[str] = []
    # Regex an article URL matches; its named group ``id`` is the site's article id.
    article_url_pattern: str = r"$^"
    rules: SiteRules = SiteRules()
    # A site whose markup changed over the years: one rule set per era, newest first (newscrawl/eras.py);
    # each page is read with its own era's rules, ``rules`` then holds what all eras share.
    eras: tuple[TemplateEra, ...] = ()
    site_timezone: tzinfo = WIB
    # Per-site overrides of the NEWSCRAWL_HEALTH thresholds, for a share the site cannot meet.
    health_thresholds: dict[str, float] = {}
    # Whether a body a fallback read is a layout drift (health.BODY_FALLBACK): a site module's selectors were written
    # from its real pages; a catalogue outlet's are unverified leads (OutletSpider: False).
    layout_drift_judged: bool = True
    # Hosts of a foreign-language edition (en.tempo.co → "en"); everything else is "id". Page
    # markup cannot tell: kompas, merdeka and okezone pages say lang="en" over Indonesian text.
    edition_languages: dict[str, str] = {}
    language: str = "id"  # the language of every host not in edition_languages
    # Discovery pages per day (HTML, or a JSON API whose objects carry link and date: WordPress REST);
    # format fields: {date} (datetime.date), {offset}, {page}.
    listing_urls: tuple[str, ...] = ()
    listing_offset_step: int = 20
    listing_first_page: int = 1
    listing_max_pages: int = 30
    # Where article links sit on a listing page (CSS yielding hrefs); None = every link.
    listing_link_css: str | None = None
    # A listing whose pages past the last still list articles (bisnis repeats its index): the next page exists only
    # while a page matches this (its pager's "next" link); None: while a page lists articles.
    listing_next_css: str | None = None
    # Listings whose cards print each article's date (no date in either URL): the cards' dates
    # keep the crawl in [since, until]. Takes the place of listing_link_css.
    listing_cards: ListingCards | None = None
    # RSS/Atom feeds and (news) sitemaps or sitemap indexes; {date} may appear in them too.
    # Their entries' dates filter articles to [since, until] before anything is fetched.
    feed_urls: tuple[str, ...] = ()
    sitemap_urls: tuple[str, ...] = ()
    # Which child sitemaps of an index to follow (regex on the URL); None = all.
    sitemap_follow: str | None = None
    # Multi-page articles: the single-page "show all" link, and the links to the other pages.
    all_pages_css: str | None = None
    page_links_css: str | None = None
    # With neither pager selector declared, an article's pages are found by structure (links to its own URL
    # with a page number: structural_pager). False for a site whose page 1 always holds every page.
    structural_pages: bool = True
    # Templates that ship a paged article whole in one response, its later pages in containers beside the first
    # (liputan6's data-page blocks, merdeka 2021's hidden .paging-content): CSS selectors matching only when a later
    # page's container is there. A response's pager is chased only for the pages its containers lack (pages_held,
    # pages_not_held: an empty lazy placeholder, pages past them); another era's as any page's.
    pages_in_response: tuple[str, ...] = ()
    max_article_pages: int = 30
    # A dateline printed before the first <p> ("<strong>Jakarta</strong> -", "Jakarta, CNN Indonesia --"): its own block
    # in the DOM walk, though readers see it as the first paragraph's start; glued to it on every page read.
    dateline_own_block: bool = False

    # Spider arguments (-a NAME=VALUE) and their kinds (newscrawl/arguments.py); a subclass that
    # takes more extends the dict and reads them from self.args. require_arguments: one must be given.
    arguments: dict[str, str] = {"url": "urls", "url_file": "urlfile", "since": "day", "until": "day",
                                 "max_pages": "count", "recrawl": "flag"}
    require_arguments: tuple[str, ...] = ()
    bad_argument: str | None = None  # set on a spider built by from_crawler for a bad argument

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The site's canary: its own parse_article, whose docstring is the contract `scrapy check` runs.
        canary = CANARIES.get(cls.__dict__.get("name", ""))
        if canary:
            url, fields, _source = canary
            cls.parse_article = with_canary(cls.parse_article, cls.name, url, fields)  # type: ignore[method-assign]

    def __init__(self, **kwargs: Any) -> None:
        # Scrapy's own keywords (name, and scrapyd's _job…) pass through; everything else is an argument.
        given = {k: v for k, v in kwargs.items() if k != "name" and not k.startswith("_")}
        super().__init__(**{k: v for k, v in kwargs.items() if k not in given})
        self.args = self.check_arguments(given)
        self.window_given = {name: name in given for name in ("since", "until")}
        self.recrawl = self.args["recrawl"]  # ignore the incremental seen-store for this run
        self.article_url_re = re.compile(self.article_url_pattern)
        # -a url=… and -a url_file=…: the article URLs to read, in order, once each.
        # An AMP cache's or Google's AMP viewer's address stands for the publisher's (urls.publisher_url): the site's
        # spider reads it, generic's domain is the publisher's (h152 probe: kompas refused a cdn.ampproject.org link as
        # not its domain; generic kept the cache address as the article's URL, the story keyed under ampproject).
        given = [*self.args["url"], *self.args["url_file"]]
        self.publisher_urls = {url: publisher_url(url) for url in given if publisher_url(url) != url}
        self.start_article_urls = list(dict.fromkeys(self.publisher_urls.get(url, url) for url in given))
        self.since, self.until = self.args["since"], self.args["until"]
        if self.args["max_pages"] is not None:
            self.listing_max_pages = self.args["max_pages"]

    @classmethod
    def check_arguments(cls, given: Mapping[str, Any]) -> dict[str, Any]:
        """The spider's arguments checked and converted; BadArgument names a bad one."""
        # Under `scrapy check` the contracts make the requests: nothing is required of the command line.
        required = () if os.environ.get("SCRAPY_CHECK") else cls.require_arguments
        return check_arguments(given, cls.arguments, today=datetime.now(cls.site_timezone).date(),
                               spider=getattr(cls, "name", cls.__name__), require_any=required)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "NewsSpider":
        """A bad argument gives one ERROR line and a crawl closed as ``bad_argument`` (no traceback;
        `scrapy crawl` then exits 2, see newscrawl/commands/crawl.py). The spider is left inert."""
        try:
            spider = super().from_crawler(crawler, *args, **kwargs)
        except BadArgument as error:
            spider = cls.__new__(cls)
            scrapy.Spider.__init__(spider)
            spider._set_crawler(crawler)
            spider.bad_argument = str(error)
            crawler.signals.connect(spider._close_for_bad_argument, signal=signals.spider_opened)
            return spider
        crawler.signals.connect(spider.child_request_dropped, signal=signals.request_dropped)
        if crawler.settings.get("NEWSCRAWL_NOW") and not spider.window_given["until"]:
            spider.window_from_crawl_clock()
        return spider

    def window_from_crawl_clock(self) -> None:
        """The window a crawl gives no ``until`` ends on the crawl clock's day, not the machine's: a replay of a past
        day (NEWSCRAWL_NOW pinned) read the machine's today, its pinned day's stories outside the window."""
        today = self.crawl_now().astimezone(self.site_timezone).date()
        self.until = self.args["until"] = today
        if not self.window_given["since"]:
            self.since = self.args["since"] = today
        elif self.since > today:
            self.bad_argument = (f"-a since={self.since} is after the crawl clock's day {today} (NEWSCRAWL_NOW): "
                                 "the window would be empty")
            self.crawler.signals.connect(self._close_for_bad_argument, signal=signals.spider_opened)

    def _close_for_bad_argument(self, spider: scrapy.Spider) -> None:
        self.logger.error("Bad spider argument: %s", self.bad_argument)
        raise CloseSpider("bad_argument")

    # ---- discovery -----------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.bad_argument:
            return
        self.say_publisher_urls()
        if self.start_article_urls:
            for url in self.start_article_urls:
                if self.allowed_domains and not same_site(url, self.allowed_domains):
                    # Scrapy's offsite filter would drop it without a word: said and counted instead.
                    self.crawler.stats.inc_value("newscrawl/dropped/offsite_url")
                    # The host named (h265 A: an outlet's former domain, kaltim.prokal.co, read as another site's).
                    self.logger.warning("%s is not fetched: its host %s is not on %s's domains (%s); the generic "
                                        "spider reads any site (scrapy crawl generic -a url=…)", url,
                                        url_host(url) or url, self.name, ", ".join(self.allowed_domains))
                    continue
                yield scrapy.Request(url, callback=self.parse_article, errback=self.request_failed,
                                     meta={EXPLICIT: True})
            return
        for request in self.discovery_requests():
            yield request

    def say_publisher_urls(self) -> None:
        """Each URL given as an AMP cache's, Google's AMP viewer's or Google Translate proxy's address, said and
        counted with the publisher's address read instead (``newscrawl/urls/amp_cache_unwrapped``,
        ``newscrawl/urls/translate_proxy_unwrapped``)."""
        for given, publisher in self.publisher_urls.items():
            if is_translate_proxy(given):
                self.crawler.stats.inc_value("newscrawl/urls/translate_proxy_unwrapped")
                self.logger.info("%s is Google Translate's copy: the publisher's %s is read", given, publisher)
            else:
                self.crawler.stats.inc_value("newscrawl/urls/amp_cache_unwrapped")
                self.logger.info("%s is an AMP cache's copy: %s is read", given, publisher)

    def days(self) -> Iterator[date]:
        """The crawl window, newest day first (fresh news matters most when a run is cut short)."""
        day = self.until
        while day >= self.since:
            yield day
            day -= timedelta(days=1)

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        # Templates without {date} format to the same URL every day; the dupefilter keeps one.
        for day in self.days():
            for template in self.listing_urls:
                yield self.listing_request(template, day, 0)
            for template in self.feed_urls:
                yield scrapy.Request(template.format(date=day), callback=self.parse_feed, errback=self.request_failed,
                                     meta=dict(DOCUMENT_META))
            for template in self.sitemap_urls:
                yield scrapy.Request(template.format(date=day), callback=self.parse_sitemap, errback=self.request_failed,
                                     meta=dict(DOCUMENT_META))

    def document_text(self, response: Response) -> str | None:
        """A feed's or sitemap's text. A gzip file (sitemap.xml.gz, served without Content-Encoding or as
        binary) is unpacked within the request's download_maxsize (a sitemap's 50 MB; h42: a .xml.gz unpacking past
        the 16 MB page limit was thrown away), else DOWNLOAD_MAXSIZE; a binary body is read as XML declares it. None,
        logged and counted, when it cannot be read: one bad sitemap never stops the discovery. A document cut short
        (its gzip stream without its end, or its root element never closed, discovery.document_cut_short) is read as
        far as it goes, its entries real, and counted as not read whole (discovery_not_read_whole)."""
        body, ended = response.body, True
        try:
            if body[:2] == b"\x1f\x8b":
                limit = response.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
                body, ended = unpack_gzip(body, max_size=limit)
        except (OSError, EOFError, ValueError, struct.error, zlib.error) as error:  # corrupt, cut, too large
            self.discovery_not_read_whole(response.url, f"could not unpack it ({type(error).__name__}: {error}); "
                                                        "skipped")
            return None
        if body is response.body and isinstance(response, TextResponse):
            text = response.text
        else:
            text = XmlResponse(response.url, body=body).text
        if not ended:
            self.discovery_not_read_whole(response.url, "its gzip stream is cut short or damaged (no end-of-stream, or "
                                                        "a trailer that does not match): read as far as it goes")
        elif document_cut_short(text):
            self.discovery_not_read_whole(response.url, "cut short: it ends before its root element closes; read as "
                                                        "far as it goes")
        return text

    def entries_read(self, document: str, entries: Sequence[Entry], pages: bool = True) -> None:
        """What a feed's or sitemap's entries say of the document, counted and said once per document, never per link:
        URLs whose entity text was unescaped (discovery.unescape_url: "&amp;" in CDATA, "&amp;amp;"; stat
        ``newscrawl/discovery/url_entities_unescaped``) and, for ``pages`` (a feed, a urlset; an index's children
        may live on a CDN), the pages on another host than the site's, not fetched (``newscrawl/discovery/
        offsite_links``; h190: a sitemap listing another outlet's stories was skipped without a word). A document
        listing no page of the site at all is a warning (moved, or handed another site's list), a few syndicated
        links beside the site's own INFO."""
        unescaped = sum(1 for entry in entries if entry.unescaped)
        if unescaped:
            self.crawler.stats.inc_value("newscrawl/discovery/url_entities_unescaped", unescaped)
            self.logger.info("%s: %d URL(s) holding escaped entity text (\"&amp;\") read unescaped", document, unescaped)
        if not pages or not self.allowed_domains:
            return
        listed = [entry.url for entry in entries if valid_url(entry.url)]
        offsite = [url for url in listed if not same_site(url, self.allowed_domains)]
        if not offsite:
            return
        self.crawler.stats.inc_value("newscrawl/discovery/offsite_links", len(offsite))
        hosts = sorted({url_host(url) or url for url in offsite})
        (self.logger.warning if len(offsite) == len(listed) else self.logger.info)(
            "%s lists %d of %d page(s) on another host than %s's (%s), not fetched: %s", document, len(offsite),
            len(listed), self.name, ", ".join(self.allowed_domains), ", ".join(hosts[:5]) + (", …" if len(hosts) > 5
                                                                                             else ""))

    def discovery_not_read_whole(self, url: str, why: str) -> None:
        """A feed or sitemap that answered but could not be read whole (corrupt, cut short, unpacking past the limit):
        counted as unreadable (``newscrawl/errors/unreadable_discovery``, a failed discovery request of kind
        ``unreadable``) and as a discovery that fell short (``newscrawl/discovery/not_read_whole``: the stories it
        lists past the damage may be missed, health.SHORTFALLS), with one warning naming it. h176: a sitemap cut short
        read as whole, "0 requests failed; health ok", its later stories lost."""
        self.crawler.stats.inc_value("newscrawl/errors/unreadable_discovery")
        self.crawler.stats.inc_value("newscrawl/discovery/not_read_whole")
        self.__dict__.setdefault("_not_read_whole", set()).add(url)  # no cover for the rest of discovery (judge_reach)
        self.logger.warning("Feed or sitemap not read whole, %s: %s", why, url)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        text = self.document_text(response)
        if text is None:
            return
        if document_root_kind(text) == "sitemap":  # a sitemap where a feed was named: read as what it is
            yield from self.read_sitemap(response, text)
            return
        yield from self.read_feed(response, text)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        text = self.document_text(response)
        if text is None:
            return
        if document_root_kind(text) == "feed":  # an RSS or Atom feed named as a sitemap (sitemaps.org allows it)
            yield from self.read_feed(response, text)
            return
        yield from self.read_sitemap(response, text)

    def read_feed(self, response: Response, text: str) -> Iterator[scrapy.Request]:
        entries = publisher_entries(feed_entries(text, response.url))
        if not entries and self.answered_no_document(response, text):
            return
        self.entries_read(response.url, entries)
        self.count_discovery(sum(1 for e in entries if self.is_article_url(e.url)))
        articles = [e for e in entries if self.is_article_url(e.url)]
        index = response.meta.get(_SITEMAP_INDEX)
        moments = self.reach_moments(articles)
        if index is None:
            self.check_reach(response.url, moments, [e.url for e in articles])
        else:  # a sitemap index's child that is a feed
            self.child_sitemap_read(index, moments, [e.url for e in articles], self.read_whole(response.url))
        yield from self.dated_article_requests(entries, response.url)

    def read_sitemap(self, response: Response, text: str) -> Iterator[scrapy.Request]:
        kind, entries = sitemap_entries(text)
        if not entries and self.answered_no_document(response, text):
            return
        index = response.meta.get(_SITEMAP_INDEX)
        if kind == "index":
            self.entries_read(response.url, entries, pages=False)
            yield from self.child_sitemaps(response.url, entries, parent=index)
            return
        entries = publisher_entries(entries)
        self.entries_read(response.url, entries)
        self.count_discovery(sum(1 for e in entries if self.is_article_url(e.url)))
        # A lastmod is an edit time, not the publication: only a news sitemap's publication dates tell its reach.
        articles = [e for e in entries if self.is_article_url(e.url)]
        moments = self.reach_moments([e for e in articles if not e.edited])
        if index is None:
            self.check_reach(response.url, moments, [e.url for e in articles])
        else:
            self.child_sitemap_read(index, moments, [e.url for e in articles], self.read_whole(response.url))
        yield from self.dated_article_requests(entries, response.url)

    def answered_no_document(self, response: Response, text: str) -> bool:
        """Whether a feed's or sitemap's URL answered something that is neither (discovery.not_a_document: an HTML
        page, JSON, plain text, another XML root, an empty body), decided by its root element, never by its
        Content-Type. Such an answer fails its request: counted as a failed discovery request of kind ``not_a_feed``
        (``empty_answer`` for an empty body), the run's first failed discovery document if it is, and said in one
        warning naming the URL asked and what came instead (h203: republika's /rss answering a CMS error page with
        200 was a whole, empty feed: a discovery page that answered, "health ok", its stories lost where no other
        source listed them). A sitemap index's child so answered is not read whole. An optional document (generic's
        guessed /sitemap.xml, a start page's feed link: optional_document_instead) is an absence, not a failure."""
        found = not_a_document(text)
        if found is None:
            return False
        kind, what = found
        meta = request_meta(response)
        asked = (meta.get("redirect_urls") or [response.url])[0]
        via = f" (redirected to {response.url})" if asked != response.url else ""
        if self.optional_document_instead(response, asked, what + via):
            return True
        role = request_role(response.request)
        stats = self.crawler.stats
        stats.inc_value(f"newscrawl/errors/{kind}")
        stats.inc_value(f"newscrawl/failed/{role}/{kind}")
        if role == "discovery" and stats.get_value(FIRST_FAILED_DISCOVERY) is None:
            stats.set_value(FIRST_FAILED_DISCOVERY, f"{asked} ({kind})")
        self.child_not_read(response.request)
        self.child_sitemap_read(meta.get(_SITEMAP_INDEX), [], [], whole=False)
        named = "sitemap" if getattr(getattr(response.request, "callback", None), "__name__", "") == "parse_sitemap" \
            else "feed"
        self.logger.warning("Request failed (%s: %s; %s): %s answered %s%s instead of a %s", kind,
                            FAILURE_KINDS[kind], role, asked, what, via, named)
        return True

    def optional_document_instead(self, response: Response, asked: str, what: str) -> bool:
        """Whether the document at ``asked``, which answered ``what`` (neither a feed nor a sitemap), was only a guess
        whose absence is no fault of the site (counted and said there): True stops the failure. None here: every feed
        and sitemap a site spider names is its discovery."""
        return False

    def child_sitemaps(self, index: str, entries: Sequence[Entry], parent: str | None = None
                       ) -> Iterator[scrapy.Request]:
        """Requests for the children of a sitemap index the spider reads (``sitemap_follow``) that may list a story
        of the window. An index none of whose children the spider reads (renamed children, an empty index) is a
        discovery page that listed no article (the health check fails), where it gave "0 articles; health ok".
        ``parent``: the index listing this one (a nested index), whose reach takes in this one's children
        (child_sitemap_read). Every child is counted before the first request leaves: the scheduler's duplicate
        filter answers a child asked before (listed twice, the index itself, a parent) at once
        (child_request_dropped)."""
        follow = re.compile(self.sitemap_follow) if self.sitemap_follow else None
        reach = self.__dict__.setdefault("_index_reach", {})
        # Children pending, their entries' moments and URLs, whether all were read whole (judged once all are read),
        # and the index listing this one.
        reach[index] = [0, [], [], True, parent]
        followed, not_followed, requests = 0, [], []
        for entry in entries:
            # A child written otherwise ("…/sitemap.xml.gz", "http://", "?v=20240619") is the child the pattern names.
            if follow is not None and not (follow.search(entry.url) or follow.search(sitemap_follow_form(entry.url))):
                not_followed.append(entry.url)
                continue
            followed += 1
            zone = self.zone_for(entry.url)
            if not child_sitemap_current(entry.raw_date, self.since, zone):
                # Last changed well before the window: it holds nothing new for it, and lists days before it.
                # Counted, so a stale index (an article lost with its child) can be told from a quiet day.
                self.crawler.stats.inc_value("newscrawl/discovery/sitemap_stale_skipped")
                self.logger.info("Child sitemap %s last changed %s, before the window (from %s): not read",
                                 entry.url, entry.raw_date, self.since)
                # What it lists is older than its lastmod's day, before the window's start in every zone.
                reach[index][1].append(day_start(self.since - INDEX_LASTMOD_MARGIN, zone))
                continue
            reach[index][0] += 1
            requests.append(scrapy.Request(entry.url, callback=self.parse_sitemap, errback=self.child_sitemap_failed,
                                           meta={**DOCUMENT_META, _SITEMAP_INDEX: index}))
        if not_followed:
            # Counted and said, so a section lost with a renamed child can be told from one never meant to be read.
            self.crawler.stats.inc_value("newscrawl/discovery/sitemap_child_not_followed", len(not_followed))
            self.logger.info("Sitemap index %s: %d child sitemap(s) not matching %r, not read: %s", index,
                             len(not_followed), self.sitemap_follow, ", ".join(not_followed[:5]))
        if not followed:
            self.count_discovery(0)
            self.logger.warning("Sitemap index %s lists no child sitemap this spider reads (%d children%s)", index,
                                len(entries), f", none matching {self.sitemap_follow!r}" if follow else "")
        if not requests and parent is not None:
            self.index_read(index)  # nothing to wait for: the parent's count goes on
        yield from requests

    def child_sitemap_read(self, index: str | None, moments: Sequence[datetime | None], urls: Sequence[str],
                           whole: bool = True) -> None:
        """A child of ``index`` was read (its entries' moments and URLs; ``whole``: not cut short nor failed): once
        every child was, the index's reach is judged over all of them (a daily sitemap holds one day: judged alone,
        each said "stories may be missed", h31)."""
        pending = self.__dict__.get("_index_reach", {}).get(index) if index else None
        if pending is None:
            return
        pending[0] -= 1
        pending[1].extend(moments)
        pending[2].extend(urls)
        pending[3] = pending[3] and whole
        if pending[0] == 0:
            self.index_read(index)

    def index_read(self, index: str) -> None:
        """Every child of ``index`` was read: its reach is judged over all of them, or, for an index another lists
        (a nested index: a grandchild holding the window's start), handed to that index as one child read (h235 S3b:
        judged alone, the parent "fell short" though its grandchild reached back). A loop up the chain of parents."""
        reach = self.__dict__.get("_index_reach", {})
        while True:
            pending = reach[index]
            pending[0] = -1  # judged: a late answer changes nothing
            parent = reach.get(pending[4]) if pending[4] else None
            if parent is None or parent[0] <= 0:
                self.check_reach(index, pending[1], pending[2], whole=pending[3])
                return
            parent[0] -= 1
            parent[1].extend(pending[1])
            parent[2].extend(pending[2])
            parent[3] = parent[3] and pending[3]
            if parent[0] != 0:
                return
            index = pending[4]

    def child_request_dropped(self, request: scrapy.Request, **_: Any) -> None:
        """A child sitemap the scheduler's duplicate filter dropped (signals.request_dropped: neither its callback nor
        its errback runs): asked before in this crawl (an index listing a child twice, or itself, or its parent; a
        redirect to a sitemap already read), its entries read there. Counted as read for its index, so the index's
        reach is still judged (h235 S3e/S3f: it never was, "health ok" where the same leaf alone fell short)."""
        index = request.meta.get(_SITEMAP_INDEX)
        if not index:
            return
        self.crawler.stats.inc_value("newscrawl/discovery/sitemap_child_repeated")
        self.child_sitemap_read(index, [], [])

    def child_sitemap_failed(self, failure: Any) -> None:
        self.request_failed(failure)
        self.child_not_read(failure.request)
        self.child_sitemap_read(failure.request.meta.get(_SITEMAP_INDEX), [], [], whole=False)

    def child_not_read(self, request: scrapy.Request) -> None:
        """A sitemap index's child that failed (after its retries: a 5xx, a 404, a timeout, a redirect refused) or
        answered no document: the index was not read whole, a discovery that fell short (``newscrawl/discovery/
        not_read_whole``, as a child cut short is), whatever the other children reach back to. h244 G3/G4: an index of
        200 daily sitemaps whose 3 children for days inside the window answered 500 or 404 lost 9 of 30 stories,
        "health ok", exit 0: the index reached back through its older children, and a failed child made only a
        failed request beside pages that answered. Not excused by the day its URL or lastmod names: a child named
        by a day may hold a week (a chunk named by its first day), and one changed after the window may list the
        window's stories. Said and counted once per child (a child counted already, too_large: request_failed)."""
        index = request.meta.get(_SITEMAP_INDEX)
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        if not index or not self.read_whole(url) or not self.read_whole(request.url):
            return
        self.crawler.stats.inc_value("newscrawl/discovery/not_read_whole")
        self.__dict__.setdefault("_not_read_whole", set()).add(url)
        self.logger.warning("Sitemap index %s not read whole: its child %s was not read (the stories it lists are "
                            "not fetched)", index, url)

    def read_whole(self, url: str) -> bool:
        """Whether the feed or sitemap at ``url`` was read whole (not cut short nor unreadable:
        discovery_not_read_whole)."""
        return url not in self.__dict__.get("_not_read_whole", ())

    def entry_moment(self, entry: Entry) -> datetime | None:
        """How recent an entry may be (discovery.entry_moment): its date's, else the end of the day its URL states,
        a day and a naive clock read in the zone of the entry's newsroom (zone_for), as the window reads its story."""
        zone = self.zone_for(entry.url)
        if entry.raw_date:
            return entry_moment(entry.raw_date, zone)
        day = self.url_day(entry.url)
        return day_end(day, zone) if day is not None else None

    def document_stamp(self, articles: Sequence[Entry]) -> str | None:
        """The one date and time every dated article entry of a document carries, no story's (discovery.shared_date:
        its build time stamped on each item), or None. Entries dated by an edit time (a lastmod) are not read."""
        return shared_date([entry.raw_date for entry in articles if not entry.edited], self.site_timezone)

    def reach_moments(self, articles: Sequence[Entry]) -> list[datetime | None]:
        """How recent each of a document's article entries may be, for its reach (entry_moment). A shared stamp
        (document_stamp) never makes the document reach back: a stamp at or before where it must reach back to
        (reach_start) is no story's date, and its entries count as undated there (the day their URL states, else
        none). h244 B4: 25 items stamped "Tue, 18 Jun 2024 23:59" reached back to a window starting the 19th, "health
        ok", though the stories listed ran from 10:00. A stamp after it leaves the document as short as its entries
        would be, whatever they are (a batch of that minute, or stories before a build time it cannot show)."""
        moments = [self.entry_moment(entry) for entry in articles]
        stamp = self.document_stamp(articles)
        if stamp is None:
            return moments
        start, _where = self.reach_start([entry.url for entry in articles])
        undated = [entry._replace(raw_date=None) for entry in articles]
        return [self.entry_moment(bare) if moment is not None and moment <= start and entry.raw_date
                and " ".join(entry.raw_date.split()) == stamp else moment
                for entry, bare, moment in zip(articles, undated, moments)]

    def reach_start(self, urls: Iterable[str] = ()) -> tuple[datetime, str]:
        """Where a discovery document listing ``urls`` must reach back to, and its name: the window's first instant
        (the earliest of ``since``'s start in the site's zone and in each listed story's zone, zone_for: a feed of
        papua.antaranews.com's stories must reach back to 00:00 WIT, 22:00 WIB of the eve), or, in cron's default
        window, the start of the site's last run that read it (NEWSCRAWL_LAST_READ, set by the cron entry) when
        later: that run read what was listed before."""
        start = day_start(self.since, self.first_zone(urls))
        last_read = (self.settings.getdict("NEWSCRAWL_LAST_READ") or {}).get(self.name)
        if last_read:
            previous = datetime.fromisoformat(last_read).astimezone(self.site_timezone)
            if previous > start:
                when = previous.isoformat(timespec="minutes")
                return previous, f"the start of the last run that read the site ({when})"
        return start, f"the window's start ({self.since})"

    def first_zone(self, urls: Iterable[str]) -> tzinfo:
        """The zone whose days start first among the site's and those of ``urls``' newsrooms (zone_for): WIT before
        WITA before WIB. A window's first instant for a document listing these stories is ``since``'s start there."""
        zones = {self.site_timezone, *(self.zone_for(url) for url in urls)}
        return min(zones, key=lambda zone: day_start(self.since, zone))

    def check_reach(self, source: str, moments: Sequence[datetime | None], urls: Sequence[str] = (),
                    whole: bool | None = None) -> None:
        """Whether a discovery document reaches back to where it must (reach_start, discovery.reaches_back_to): one that
        ends after it may miss the stories between then and its oldest entry. In cron's default window a document that
        lists an article an earlier run emitted or found holding none (the seen-store) overlaps what that run read:
        continuous, whatever its dates say (h49: a feed-only site's steady state read as a gap). The verdict is taken
        when the crawl closes (judge_reach): a document that does not reach back is a shortfall unless the site's
        dated listings, read to their end for the days before its oldest entry, cover that time (h191). A document
        covers only itself: a feed, a sitemap, an undated listing or an overlap reaching back vouches for no other
        (h196: a slow section feed vouched for fifteen fast ones). ``whole``: None, read from
        discovery_not_read_whole; a document not read whole covers nothing of itself after its oldest entry."""
        start, where = self.reach_start(urls)
        reaches = reaches_back_to(moments, start)
        if reaches is None:
            return
        if not reaches and (self.settings.getdict("NEWSCRAWL_LAST_READ") or {}).get(self.name) \
                and known_to_store(self.crawler, urls):
            self.crawler.stats.inc_value("newscrawl/discovery/reach_by_overlap")
            return
        if reaches:
            return
        if whole is None:
            whole = self.read_whole(source)
        oldest = min(moment for moment in moments if moment is not None)
        self.__dict__.setdefault("_reach_short", []).append(
            (source, oldest.astimezone(self.site_timezone), whole, start, where))

    def listing_day_listed(self, template: str, day: date | str, days: Iterable[date | None]) -> None:
        """A page of the dated listing ``template`` for ``day`` listed stories of ``days`` (their listed stamp, else
        their URL's day): whether it listed one of its own day is what makes it that day's listing (h196: an index
        ignoring the date it is asked for answers today's stories for every day)."""
        day = date.fromisoformat(day) if isinstance(day, str) else day
        if day in days:
            self.__dict__.setdefault("_listings_of_day", set()).add((template, day))

    def listing_day_read(self, template: str, day: date | str) -> None:
        """A dated listing (a ``{date}`` template) was read to its end for ``day``: its last page listed nothing more,
        no later page was offered, or the page after answered past its end (404). Counted only when one of its pages
        listed a story of that day (listing_day_listed). Once every dated listing of the spider was, the day is
        covered whatever a feed of the latest items shows (judge_reach)."""
        day = date.fromisoformat(day) if isinstance(day, str) else day
        if (template, day) not in self.__dict__.get("_listings_of_day", ()):
            self.logger.info("Dated listing %s for %s read to its end lists no story of that day: no cover for it",
                             template, day)
            return
        self.__dict__.setdefault("_listings_read", {}).setdefault(day, set()).add(template)

    def listing_days_read(self) -> list[date]:
        """The days every dated listing template of the spider was read to its end for (listing_day_read)."""
        dated = {template for template in self.listing_urls if "{date" in template}
        if not dated:
            return []
        return sorted(day for day, read in self.__dict__.get("_listings_read", {}).items() if dated <= read)

    def judge_reach(self) -> None:
        """The crawl's verdict on each document that did not reach back (check_reach): the time from where it must be
        reached (reach_start) to its oldest entry (to the window's end when it was not read whole) is covered only by
        the site's dated listings read to their end for those days, each having listed a story of its day
        (discovery.uncovered_from over whole days, then the document's own entries): a feed of today's latest 15
        beside yesterday's whole day index is no shortfall of a backfill of yesterday (h191: exit 3, "health
        FAILING"). A feed, a sitemap, an undated listing or an overlap with the last run covers only itself, never
        another document (h196). Not covered: counted newscrawl/discovery/window_start_not_reached (the first one a
        warning, the others INFO); covered: newscrawl/discovery/reach_covered, logged at INFO."""
        short = self.__dict__.get("_reach_short")
        if not short:
            return
        zone = self.site_timezone
        spans = [(day_start(day, zone), day_end(day, zone)) for day in self.listing_days_read()]
        end = day_end(self.until, zone)
        warned = False
        for source, oldest, whole, start, where in short:
            if uncovered_from(start, end, [oldest] if whole else [], spans) is None:
                self.crawler.stats.inc_value("newscrawl/discovery/reach_covered")
                self.logger.info("%s reaches back only to %s, after %s; the site's dated listings read to their end "
                                 "cover the time before it", source, oldest.isoformat(timespec="minutes"), where)
                continue
            self.crawler.stats.inc_value("newscrawl/discovery/window_start_not_reached")
            (self.logger.info if warned else self.logger.warning)(
                "%s reaches back only to %s, after %s: stories published between them may be missed (a feed or "
                "sitemap holding its latest items only; a listing that stops early)", source,
                oldest.isoformat(timespec="minutes"), where)
            warned = True

    def closed(self, reason: str) -> None:
        """The crawl's end (spider_closed, before its stats are read by the health check and the summary)."""
        self.judge_reach()

    def page_not_judged(self) -> None:
        """An article page counted (newscrawl/articles/pages) that is left out on purpose before its item reaches
        the health counts (generic's story outside the window): counted apart (health.SKIPPED_PAGES), so the body
        share is not taken over it."""
        self.crawler.stats.inc_value(SKIPPED_PAGES)

    def count_discovery(self, article_links: int) -> None:
        """Discovery pages that answered and the article links they gave: the health check's input."""
        self.crawler.stats.inc_value("newscrawl/discovery/pages_ok")
        self.crawler.stats.inc_value("newscrawl/discovery/article_links", article_links)

    def dated_article_requests(self, entries: Iterable[Entry], source: str | None = None) -> Iterator[scrapy.Request]:
        for url in self.plain_views_first(self.article_links_in_window(entries, source)):
            if not self.other_view_requested(url):
                yield self.article_request(url)

    def article_links_in_window(self, entries: Iterable[Entry], source: str | None = None) -> list[str]:
        """Canonical article URLs of dated entries (feed, sitemap, listing card) whose date, else
        the day in their URL, is in the window, once each; the others are counted."""
        links = []
        for url, _day, inside in self.dated_links(entries, source):
            if inside:
                links.append(url)
            else:
                self.crawler.stats.inc_value("newscrawl/discovery/outside_window")
        return links

    def dated_links(self, entries: Iterable[Entry], source: str | None = None) -> list[ListedLink]:
        """Every article URL among dated entries, once each (canonical), with its day (the entry's date in the zone
        of its URL's newsroom, zone_for, else the day in its URL) and whether it may be in the window
        (``discovery.in_window``). The zone is the one the window reads the fetched story in (pipelines.outside_window,
        generic's in_window): read in the site's WIB, bali.antaranews.com's "Thu, 03 Dec 2026 23:30:00 +0700"
        (00:30 WITA on the 4th) was the 3rd, and a window from the 4th never fetched it (h225).

        A date that cannot say the story is outside the window does not leave it out: one later than the crawl's
        clock (discovery.dated_ahead: the site's clock or zone runs ahead), or the one date every entry of the
        document carries (discovery.shared_date: its build time stamped on each item). The story is fetched and its
        page's date decides (pipelines.WindowPipeline), unless the day its URL states is outside the window and not
        after today; said once per document (``source``) and counted (listed_dates_not_evidence, h235)."""
        links: dict[str, ListedLink] = {}
        articles = []
        for entry in publisher_entries(entries):
            if not valid_url(entry.url):
                self.bad_link(entry.url)
                continue
            if self.is_article_url(entry.url):
                articles.append(entry)
            elif same_site(entry.url, self.allowed_domains):
                # The site's own entry its article pattern refuses, its shared, directory and plain forms too (a
                # section page, a video; or a listed form no check reads: h294 C3/C4): counted, never silent.
                self.crawler.stats.inc_value("newscrawl/discovery/entries_refused")
                self.logger.debug("Entry not taken for an article by its URL: %s", entry.url)
        now = self.crawl_now()
        stamp = self.document_stamp(articles)
        ahead = rescued = 0
        for entry in articles:
            zone = self.zone_for(entry.url)
            url_day = self.listed_url_day(entry.url)
            if url_day is not None and entry.edited and self.url_day(entry.url) is None:
                edited_day = entry_day(entry.raw_date, zone)
                if edited_day is not None and url_day > edited_day:
                    # A path day after the lastmod is no publication day (an edit is never before it): an event's
                    # or an archive's day (/agenda/2024/07/01/… edited on 19 June: h94). The lastmod decides.
                    url_day = None
            if url_day is not None and (entry.raw_date is None or entry.edited):
                # A lastmod is an edit time, on or after the publication: the day the URL states is the publication
                # day, and bounds both ends (a lastmod still says whether it changed since the window's start).
                listed = (url_day, self.url_day_in_window(entry.url, url_day)
                          and in_window(entry.raw_date, self.since, self.until, zone, edited=True))
            else:
                listed = (entry_day(entry.raw_date, zone) or url_day,
                          in_window(entry.raw_date, self.since, self.until, zone, entry.edited))
            future = dated_ahead(entry.raw_date, now, zone)
            ahead += future
            if not listed[1] and entry.raw_date and not entry.edited and (future or (
                    stamp is not None and " ".join(entry.raw_date.split()) == stamp)) and (
                    url_day is None or url_day > now.astimezone(zone).date()
                    or self.url_day_in_window(entry.url, url_day)):
                listed = (listed[0], True)
                rescued += 1
            url = canonical_url(entry.url)
            links.setdefault(url, (url, *listed))
        if ahead or rescued:
            self.listed_dates_not_evidence(source, ahead, rescued, stamp, now)
        return list(links.values())

    def crawl_now(self) -> datetime:
        """The crawl's clock: NEWSCRAWL_NOW when pinned (tests, replays of a past day), else the system's; the clock
        the incremental decisions and cron's default window read (middlewares.clock_from_settings)."""
        clock = self.__dict__.get("_crawl_clock")
        if clock is None:
            try:
                clock = clock_from_settings(self.settings)
            except ValueError as error:
                self.logger.error("%s; the system clock is read instead", error)
                clock = time.time
            self._crawl_clock = clock
        return datetime.fromtimestamp(clock(), timezone.utc)

    def listed_dates_not_evidence(self, source: str | None, ahead: int, rescued: int, stamp: str | None,
                                  now: datetime) -> None:
        """A document's entries dated after the crawl's clock (``ahead``: counted newscrawl/discovery/dated_in_future)
        and those fetched although their date alone was outside the window (``rescued``: newscrawl/discovery/
        date_not_evidence), the page's date deciding: one warning per document, said once."""
        stats = self.crawler.stats
        if ahead:
            stats.inc_value("newscrawl/discovery/dated_in_future", ahead)
        if rescued:
            stats.inc_value("newscrawl/discovery/date_not_evidence", rescued)
        said = self.__dict__.setdefault("_dates_not_evidence_said", set())
        if source in said:
            return
        said.add(source)
        where = source or "A feed, sitemap or listing"
        if ahead:
            self.logger.warning("%s lists %d entr%s dated after the crawl's clock (%s): the site's clock or zone runs "
                                "ahead; %d fetched that the date alone would have left out of the window, their pages' "
                                "dates decide", where, ahead, "y" if ahead == 1 else "ies",
                                now.astimezone(self.site_timezone).isoformat(timespec="minutes"), rescued)
        else:
            self.logger.warning("%s gives every entry the same date (%s), the document's, no story's: %d entr%s "
                                "fetched that the date alone would have left out of the window, their pages' dates "
                                "decide",
                                where, stamp, rescued, "y" if rescued == 1 else "ies")

    def url_in_window(self, url: str) -> bool:
        """Whether a listed link may be in the window by the day its URL carries (no day: it may)."""
        day = self.listed_url_day(url)
        return day is None or self.url_day_in_window(url, day)

    def url_day_in_window(self, url: str, day: date) -> bool:
        """Whether a day a listed URL states (listed_url_day) may be in the window. The site's own reading
        (url_day) bounds both ends; a day only read off a /YYYY/MM/DD/ path may also be the window's eve: a CMS
        writing its URLs in UTC (WordPress's default) files a story of 00:30 WIB on the 19th under /2024/06/18/
        (h94), and a URL's UTC day is never after the local day in WIB, WITA or WIT. The window's own filter drops
        the eve's stories after the fetch."""
        slack = timedelta(0) if self.url_day(url) is not None else timedelta(days=1)
        return self.since - slack <= day <= self.until

    def listed_url_day(self, url: str) -> date | None:
        """The publication day a listed article URL states, before the fetch: the site's own reading (url_day),
        else a /YYYY/MM/DD/ path (generic, a pattern naming no day: a WordPress sitemap's undated entries were all
        fetched, whatever day they gave). Never a two-digit year here: a wrong day would leave a story unread."""
        return self.url_day(url) or url_path_day(url, two_digit_year=False)

    def stated_day(self, url: str) -> date | None:
        """The day a URL states: the site's own reading (url_day), else any /YYYY/MM/DD/ path."""
        return self.url_day(url) or url_path_day(url)

    def url_day(self, url: str) -> date | None:
        """The publication day an article URL carries, when article_url_pattern names the groups
        ``year``, ``month`` and ``day`` (kompas /read/2025/05/28/…, suara, okezone, bisnis…)."""
        match = self.article_url_match(url)
        if not match or not {"year", "month", "day"} <= match.groupdict().keys():
            return None
        try:
            return date(int(match["year"]), int(match["month"]), int(match["day"]))
        except (TypeError, ValueError):
            return None

    def listing_request(self, template: str, day: date | str, page_index: int) -> scrapy.Request:
        # The day travels as text: a queued request may be serialized (Redis) and run by another worker.
        day = date.fromisoformat(day) if isinstance(day, str) else day
        url = template.format(date=day, offset=page_index * self.listing_offset_step,
                              page=self.listing_first_page + page_index)
        return scrapy.Request(url, callback=self.parse_listing, errback=self.request_failed,
                              cb_kwargs={"template": template, "day": day.isoformat(), "page_index": page_index})

    def parse_listing(self, response: Response, template: str | None = None, day: date | str | None = None,
                      page_index: int = 0) -> Iterator[scrapy.Request]:
        # Every article link the page lists, with its day: the window filters the requests, never the paging (a
        # JSON listing's first page of newer posts is no end of the listing, and listed links are no empty page).
        # The fallback readings (unlinked_listing_links) in whole on a listing's first page, and on a later page of a
        # listing whose first page they read; on a later page of a listing its selectors read, only the page's own list
        # (its ItemList, its cards): an empty last page's chrome is no list (h299 R1).
        chain = bool(response.meta.get(_FALLBACK_CHAIN))
        self.__dict__.pop("_fallback_read", None)
        listed = self.listing_links(response, later_page=bool(page_index) and not chain)
        chain = chain or self.__dict__.pop("_fallback_read", None) == response.url
        links = [url for url, _day, _inside in listed]
        self.count_discovery(len(links))
        if not links:
            self.logger.info("No article links on listing %s", response.url)
        days = [day for _url, day, _inside in listed]
        order = {url: index for index, url in enumerate(self.plain_views_first(links))}
        for url, _day, inside in sorted(listed, key=lambda link: order[link[0]]):
            if inside:
                if not self.other_view_requested(url):
                    yield self.article_request(url)
            else:
                self.crawler.stats.inc_value("newscrawl/discovery/outside_window")
        # Page on while a page still lists articles; templates without a page slot have one page.
        # An undated listing runs newest first: once a whole page is older than the window, stop.
        pageable = template is not None and ("{offset" in template or "{page" in template) and (
            self.listing_next_css is None or bool(response.css(self.listing_next_css)))
        all_older = template is not None and "{date" not in template and older_than_window(days, self.since)
        # Past its last page many a site answers with the last page (or page 1) again, or two pages in turn: two
        # pages in a row that list nothing the pages before them did stop the paging, instead of max_pages requests
        # of them. One such page alone does not: a page's worth of stories published between the fetches of pages 1
        # and 2 pushes page 1's stories onto page 2 (h146: 20 of a day's 30 stories unread), so the next page is
        # asked once more (listing_paging_ends).
        digests = _link_digests(links)
        listed_before = set(response.meta.get(_PREVIOUS_LINKS, ()))
        repeated = bool(links) and set(digests) <= listed_before
        ended = listing_paging_ends(repeated, bool(response.meta.get(_AFTER_REPEAT)),
                                    page_index + 1 < self.listing_max_pages)
        if repeated:
            self.crawler.stats.inc_value("newscrawl/discovery/repeated_listing_page")
            self.logger.info("Listing %s lists only articles its earlier pages listed; %s", response.url,
                             "paging stops" if ended else "the next page is asked once more")
        if template is not None and "{date" not in template and (not links or ended or not pageable or all_older):
            # An undated listing (newest first) ends here: did it reach the window's start? (Read to a page older than
            # the window, it did: for itself, never for the crawl's other documents, judge_reach.)
            listed_days = [*_listed_days(response.meta), *days]
            # Days alone, each the local day of a story of the zone its URL names: a day's end read where the days
            # start first, so a listing reaching back to the eve of ``since`` reaches back (reach_start, same zone).
            zone = self.first_zone(links)
            self.check_reach(response.url, [day and day_end(day, zone) for day in listed_days], links)
        next_page = bool(links) and pageable and not all_older and not ended and day is not None
        if template is not None and "{date" in template and day is not None:
            self.listing_day_listed(template, day, days)
        if template is not None and "{date" in template and day is not None and not next_page and (links or page_index):
            # A dated listing read to its end for its day (a day listing nothing at all proves nothing: a layout the
            # spider no longer reads lists nothing too).
            self.listing_day_read(template, day)
        if next_page:
            if page_index + 1 < self.listing_max_pages:
                request = self.listing_request(template, day, page_index + 1)
                request.meta[_PREVIOUS_LINKS] = sorted(listed_before.union(digests))
                if chain:
                    request.meta[_FALLBACK_CHAIN] = True
                if repeated:
                    request.meta[_AFTER_REPEAT] = True
                if "{date" not in template:  # the oldest day listed so far, for check_reach at the listing's end
                    listed = [d for d in (*_listed_days(response.meta), *days) if d is not None]
                    request.meta[_LISTED_DAYS] = [min(listed).isoformat()] if listed else []
                yield request
            else:
                # The page limit, not the listing's end: articles listed further are not read. Said and counted,
                # so a busy day's crawl is not taken for whole (raise it with -a max_pages=N).
                self.crawler.stats.inc_value("newscrawl/discovery/max_pages_reached")
                self.logger.warning("Listing %s still lists articles at max_pages=%d; the pages after it are not read",
                                    response.url, self.listing_max_pages)

    def article_links(self, response: Response) -> list[str]:
        """Canonical article URLs linked from a listing page that may be in the window, in page order, once each."""
        return [url for url, _day, inside in self.listing_links(response) if inside]

    def listing_links(self, response: Response, later_page: bool = False) -> list[ListedLink]:
        """Every canonical article URL a listing page links, in page order, once each, with its day and whether it
        may be in the window. A listing that answers JSON (a WordPress REST or CMS API), listing cards or a Next.js
        state give their entries' dates; plain links the day their URL carries (``url_in_window``). ``later_page``: a
        later page of a listing its selectors read (unlinked_listing_links reads no script there)."""
        if _is_json(response):
            return self.dated_links(json_entries(response.text, links_base(response)) or [], response.url)
        if self.listing_cards is not None:
            entries = listing_card_entries(response.selector, links_base(response), self.listing_cards)
            if entries is not None:
                return self.dated_links(entries, response.url)
            if not self.listing_cards.fallback_to_links:
                return self.unlinked_listing_links(response, later_page)
        if self.listing_link_css:
            hrefs = response.css(self.listing_link_css).getall()
        else:
            hrefs = response.css("a::attr(href)").getall()
        links: dict[str, None] = {}
        for href in hrefs:
            absolute = publisher_url(join_url(links_base(response), href))
            if not absolute:
                self.bad_link(href, response.url)
            elif self.is_article_url(absolute):
                links[canonical_url(absolute)] = None
        if not links and isinstance(response, TextResponse):
            # A Next.js listing whose cards are drawn in the browser: its rows in __NEXT_DATA__.
            listed = self.dated_links(next_data_entries(response.text, links_base(response)), response.url)
            return listed or self.unlinked_listing_links(response, later_page)
        return [(url, self.listed_url_day(url), self.url_in_window(url)) for url in links]

    def unlinked_listing_links(self, response: Response, later_page: bool = False) -> list[ListedLink]:
        """A listing page whose selectors found no article link: the stories it names otherwise (h294 C1: a new
        template era's <article data-href> cards, its JSON-LD ItemList, an app state in an inline script;
        discovery.unlinked_listing_urls), the first reading giving an article URL, each passing the checks a link
        passes. Read so, the page is counted (``newscrawl/discovery/listing_fallback``) and the run's first said as a
        warning: the listing's layout moved from under its selectors, which the health check tells
        (health.LISTING_FALLBACK). Its cards only those holding a headline outside the page's chrome, a script's URLs
        only from an array naming 3 or more of the site's articles, and never on a ``later_page`` (a later page of a
        listing its selectors read: an empty last page's "pilihan untukmu" script, sindonews' editor's picks, h299 R1).
        A page read so is marked (``_fallback_read``) for parse_listing to read the listing's next page so too."""
        if not isinstance(response, HtmlResponse):
            return []
        for urls in unlinked_listing_urls(response.selector, links_base(response), self.names_listed_article,
                                          scripts=not later_page):
            links: dict[str, None] = {}
            for url in urls:
                absolute = publisher_url(url)
                if absolute and valid_url(absolute) and self.is_article_url(absolute):
                    links[canonical_url(absolute)] = None
            if links:
                self.listing_read_by_fallback(response.url, len(links))
                self.__dict__["_fallback_read"] = response.url
                return [(url, self.listed_url_day(url), self.url_in_window(url)) for url in links]
        return []

    def names_listed_article(self, url: str) -> bool:
        """Whether an address a listing names (a link's, a card's, a script's) passes the checks a listed link does."""
        absolute = publisher_url(url)
        return bool(absolute) and valid_url(absolute) and self.is_article_url(absolute)

    def listing_read_by_fallback(self, page: str, found: int) -> None:
        """Counted per page; the run's first said as a warning, the rest at debug level (h294 C1). A spider whose
        listing selectors were written from the site's pages (layout_drift_judged) counts it for the health check
        too: a redesign its selectors no longer read."""
        self.crawler.stats.inc_value("newscrawl/discovery/listing_fallback")
        drift = self.layout_drift_judged and bool(self.listing_link_css or self.listing_cards is not None)
        if drift:
            self.crawler.stats.inc_value(LISTING_FALLBACK)
        said = self.__dict__.setdefault("_listing_fallback_said", [])
        # generic and a catalogue outlet have no selectors written from the site's pages: no drift to warn of.
        log = self.logger.debug if said else self.logger.warning if drift else self.logger.info
        said.append(page)
        log("Listing %s names %d article URL(s) other than by a link its selectors read (cards' data-href/data-url, a "
            "JSON-LD ItemList or an inline script's state): read from there (a new layout?; further pages are counted "
            "in newscrawl/discovery/listing_fallback)", page, found)

    def other_view_requested(self, url: str) -> bool:
        """Whether discovery asked this run for another view of the article at ``url`` (the same site id, as the
        incremental store and the duplicate pipeline key it; without one, the same urls.url_identity: desktop and m.
        host, a /amp copy, a trailing slash): then it is not fetched again, and counted
        (``newscrawl/discovery/other_view_skipped``; h39: a listing linking each story twice fetched every story
        twice). The same URL again is left to the duplicate filter; an AMP page's canonical, a redirect, a later
        page and an explicitly named URL are asked for elsewhere, never skipped here."""
        identity = self.view_identity(url)
        asked = self.__dict__.setdefault("_discovered_views", {})
        first = asked.setdefault(identity, url)
        if first == url:
            return False
        waiting = self.__dict__.setdefault("_skipped_views", {}).setdefault(identity, [])
        if url not in waiting:
            waiting.append(url)  # asked for should the view asked for give no item (other_view_instead)
        self.crawler.stats.inc_value("newscrawl/discovery/other_view_skipped")
        self.logger.debug("Another view of %s, asked for already: %s not fetched", first, url)
        return True

    def plain_views_first(self, urls: Sequence[str]) -> list[str]:
        """``urls`` with the views of one article (view_identity) side by side where the first of them stood, the
        plainest first (urls.view_rank: the site's page, its m. page, an AMP copy): the view discovery asks for
        (other_view_requested) is the plainest a document lists, not the first (h72: an AMP copy listed before the
        desktop page was read, with another outlet's canonical, no id and a thin body; the desktop page never)."""
        groups: dict[str, list[str]] = {}
        for url in urls:
            groups.setdefault(self.view_identity(url), []).append(url)
        return [url for group in groups.values() for url in sorted(group, key=view_rank)]

    def view_identity(self, url: str) -> str:
        article_id = self.article_id(url)
        return f"id:{article_id}" if article_id else url_identity(url)

    def other_view_instead(self, request: scrapy.Request | None, why: str) -> scrapy.Request | None:
        """A discovered article whose view gave no item (its request failed: a 404, a 5xx after retries, a refused
        redirect; or its page held no article) while discovery skipped another view of it (other_view_requested):
        the next skipped view, asked for once, counted (``newscrawl/discovery/other_view_retried``); else None.
        h39: a listing linking a dead desktop URL and a working m. one lost the story for the run."""
        if request is None or not request.meta.get(DISCOVERED):
            return None
        views = self.__dict__.get("_skipped_views")
        if not views:
            return None
        asked = request.meta.get(_FROM_AMP) or (request.meta.get("redirect_urls") or [request.url])[0]
        identity = self.view_identity(asked)
        waiting = views.get(identity)
        if not waiting:
            return None
        url = waiting.pop(0)
        if not waiting:
            del views[identity]
        self.crawler.stats.inc_value("newscrawl/discovery/other_view_retried")
        self.logger.info("%s gave no article (%s): its other view %s, skipped before, is asked for", asked, why, url)
        return self.article_request(url)

    def view_settled(self, request: scrapy.Request | None) -> None:
        """A discovered article's view gave the article: its skipped views stay skipped."""
        views = self.__dict__.get("_skipped_views")
        if views and request is not None and request.meta.get(DISCOVERED):
            asked = request.meta.get(_FROM_AMP) or (request.meta.get("redirect_urls") or [request.url])[0]
            views.pop(self.view_identity(asked), None)

    def article_request(self, url: str) -> scrapy.Request:
        """A request for an article found by discovery (the incremental store may skip it)."""
        return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed,
                              meta={DISCOVERED: True, ROLE: "article"})

    def article_failed(self, failure: Any) -> Iterator[scrapy.Request]:
        """A discovered article's request failed: counted (request_failed); another view of it discovery skipped
        is asked for instead (other_view_instead)."""
        self.request_failed(failure)
        if isinstance(failure.value, QuietSkip):  # skipped on purpose (the seen-store, a 304): no failure
            return
        instead = self.other_view_instead(failure.request, type(failure.value).__name__)
        if instead is not None:
            yield instead

    def first_page_failed(self, failure: Any) -> Iterator[scrapy.Request]:
        """Page 1 of an article entered at a later page failed: counted like any failed request, and the
        article is read from the page it was entered at (out of order beats lost)."""
        self.request_failed(failure)
        entered = failure.request.meta[_ENTERED_AT]
        meta = {EXPLICIT: True} if failure.request.meta.get(EXPLICIT) else {}
        meta.update(carried_check(failure.request))
        response = getattr(failure.value, "response", None)
        if failure.request.meta.get(_DECLARED_FIRST) and response is not None and response.status in (404, 410):
            meta[_DECLARED_GONE] = True  # parse_article: page 1 named by the declared address only is not there
        yield scrapy.Request(entered, callback=self.parse_article, errback=self.request_failed, dont_filter=True,
                             meta={**meta, _ENTERED_AT: entered, _FIRST_PAGE_FAILED: failure.request.url})

    def request_failed(self, failure: Any) -> None:
        """Count and log a failed request (HTTP error, timeout, DNS, too large…); the crawl goes on.

        Counted twice: by exception/status (newscrawl/errors/…) and by role and kind
        (newscrawl/failed/<discovery|article>/<kind>, what the health check reads). An article the
        seen-store skipped, or a 304, is no failure: those are counted by the middleware alone.
        """
        error = failure.value
        if isinstance(error, QuietSkip):
            return
        response = getattr(error, "response", None)
        status, reason, kind = failure_cause(error)
        if status in (400, 404, 410) and past_last_page(failure.request, response):
            # Page N+1 of a list whose page N listed articles answered "no such page": the list ended.
            self.crawler.stats.inc_value("newscrawl/discovery/past_last_page")
            self.logger.info("Listing ended before %s (past its last page)", failure.request.url)
            template, day = failure.request.cb_kwargs.get("template"), failure.request.cb_kwargs.get("day")
            if template is not None and "{date" in template and day is not None:
                self.listing_day_read(template, day)
            return
        if kind in ("redirected_away", "redirected_offsite", "redirect_loop"):
            self.redirect_refused(failure.request, kind, str(error).rpartition(" -> ")[2])
            return
        if status in (404, 410) and is_recheck(failure.request):
            # An article emitted before and since taken down, or moved to a URL a listing shows: the site works.
            # Never a failure for the health check (yesterday's deletions would raise the alarm); the seen middleware
            # asks the story's other URL, or counts it gone.
            self.crawler.signals.send_catch_log(recheck_gone, request=failure.request, reason=reason)
            return
        if status in (404, 410) and self.no_article_at(failure.request, reason):
            return
        # A page over DOWNLOAD_MAXSIZE is as unreadable on the next run as on this one (h143 S12: a 17.5 MB page
        # downloaded up to the limit by every */10 run): remembered as the URLs that held no article are, asked again
        # only at their retry points, with the limit that refused it: a raised DOWNLOAD_MAXSIZE asks it at the next
        # run (middlewares.download_limit, state.limit_raised). Its first finding is still counted below (too_large).
        if kind == "too_large" and self.no_article_at(
                failure.request, too_large_reason(download_limit(failure.request, self.crawler))):
            return
        role = request_role(failure.request)
        self.crawler.stats.inc_value(f"newscrawl/errors/{reason}")
        self.crawler.stats.inc_value(f"newscrawl/failed/{role}/{kind}")
        if role == "discovery" and self.crawler.stats.get_value(FIRST_FAILED_DISCOVERY) is None:
            self.crawler.stats.set_value(FIRST_FAILED_DISCOVERY, f"{failure.request.url} ({reason})")
        callback = getattr(failure.request.callback, "__name__", "")
        if kind in ("unreadable", "too_large") and callback in ("parse_feed", "parse_sitemap"):
            # A feed or sitemap whose Content-Encoding body was cut before its first bytes decode: not read whole,
            # as one cut later is (document_text), whose verdict it shares (h176). So is one lost to the size limit:
            # past it as served, or unpacking past it from a Content-Encoding (Scrapy's HttpCompressionMiddleware
            # cancels it, too_large) as a .xml.gz file unpacking past it is (document_text: unreadable; h235: "health
            # ok" in a backfill where the .xml.gz form fell short).
            self.crawler.stats.inc_value("newscrawl/discovery/not_read_whole")
            self.__dict__.setdefault("_not_read_whole", set()).add(failure.request.url)
        day = failure.request.cb_kwargs.get("day") if role == "discovery" else None
        if isinstance(day, str):  # a dated listing's page: cron's next run reads that day again (cron.main)
            self.crawler.stats.inc_value(f"{FAILED_DAY}{day}")
            if status not in (404, 410):  # its stories unread: a backfill's discovery fell short (health.site_health)
                self.crawler.stats.inc_value(LISTING_FAILED)
        if kind == "too_many_redirects":  # the request is the last hop's: the URL asked is the chain's first
            hops = failure.request.meta.get("redirect_urls") or [failure.request.url]
            self.logger.warning("Request failed (%s; %s): %s, given up after %d redirects (%s redirects again)",
                                FAILURE_KINDS[kind], role, hops[0], len(hops), failure.request.url)
            return
        self.logger.warning("Request failed (%s: %s; %s): %s", reason, FAILURE_KINDS[kind], role, failure.request.url)

    def no_article_at(self, request: scrapy.Request | None, reason: str) -> bool:
        """A discovered article URL held no article (404/410, a soft 404, no article page, a redirect away) or one
        that cannot be read (a page over the download limit: too_large): the incremental store remembers it, so
        later runs ask again only at retry points (middlewares.article_unavailable).
        True when an earlier run had found it so too: counted as ``unavailable_again``, no failure of the site (a
        deleted story a listing still shows would fail the health check of every quiet hour); the caller stops."""
        if request is None or not request.meta.get(DISCOVERED) or request.meta.get(_FROM_AMP):
            return False  # an AMP page's canonical: the AMP page is read instead
        self.crawler.signals.send_catch_log(article_unavailable, request=request, reason=reason)
        if not known_unavailable(request):
            return False
        self.crawler.stats.inc_value("newscrawl/incremental/unavailable_again")
        self.logger.info("Still no article (%s), as when an earlier run asked: %s", reason,
                         request.meta.get("redirect_urls", [request.url])[0])
        return True

    def redirect_refused(self, request: scrapy.Request, kind: str, target: str) -> None:
        """A request sent away from its article or off the site (middlewares.redirect_refusal), not followed:
        counted per request as a failure of its role (the health check: a site whose articles all went
        there read none), and an article's as a drop; a recheck sent away is an article taken down."""
        role = request_role(request)
        first = request.meta.get("redirect_urls", [request.url])[0]
        if kind == "redirected_away" and is_recheck(request) and not request.meta.get(_FROM_AMP):
            self.crawler.signals.send_catch_log(recheck_gone, request=request, reason=f"redirected to {target}")
            return
        if kind == "redirected_away" and self.no_article_at(request, kind):
            return
        if role == "article":
            self.crawler.stats.inc_value(f"newscrawl/dropped/{kind}")
        self.crawler.stats.inc_value(f"newscrawl/failed/{role}/{kind}")
        if kind == "redirected_away":
            self.logger.warning("Article redirected away from an article (removed?), skipped: %s -> %s", first, target)
            return
        if kind == "redirect_loop":
            self.logger.warning("Redirected back to itself again, after one more try with the cookies it set (a "
                                "cookie wall or a redirect loop), not read (%s): %s -> %s", role, first, target)
            return
        host = url_host(target) or target
        said = self.__dict__.setdefault("_offsite_hosts_said", set())
        if host in said:
            self.logger.info("Redirected off the site to %s, not followed (%s): %s", host, role, first)
            return
        said.add(host)
        self.logger.warning("Redirected off the site to %s (moved to another domain?), not followed; every request "
                            "sent there is counted as redirected_offsite (%s): %s -> %s", host, role, first, target)

    def bad_link(self, href: str, page: str | None = None) -> None:
        """A link no browser could follow (urls.split_url: "https://[link]", a port out of range): skipped and
        counted (newscrawl/discovery/bad_links); the run's first said as a warning, the rest at debug level. A link
        of another scheme (a share button's "whatsapp://send?…", "mailto:", "javascript:") is no page: skipped quietly
        (h42 probe: every listing's share links were counted, and the warning named one of them)."""
        if other_scheme(href):
            return
        self.crawler.stats.inc_value("newscrawl/discovery/bad_links")
        said = self.__dict__.setdefault("_bad_links_said", [])
        log = self.logger.debug if said else self.logger.warning
        said.append(True)
        log("Invalid link skipped (a host or port that does not parse; further ones are counted in "
            "newscrawl/discovery/bad_links): %r%s", (href or "")[:200], f" on {page}" if page else "")

    def article_url_match(self, url: str) -> re.Match[str] | None:
        """article_url_pattern's match on ``url`` with its scheme and host lower-cased (urls.lower_scheme_host): a
        host is case-insensitive, the site's patterns are written in lower case. A URL the pattern refuses as found
        is read again without its trackers and fragment (urls.shared_link_form: "…/slug/?utm_source=wa", "…#comments"):
        a shared link found in a feed, a listing or a sitemap names the article a pattern ending at the path describes
        (h188 probe), whichever site's pattern it is."""
        url = lower_scheme_host(url or "")
        match = self.article_url_re.search(url)
        if match is None and ("?" in url or "#" in url):
            bare = shared_link_form(url)
            if bare != url:
                match = self.article_url_re.search(bare)
        if match is None:
            # Its directory form ("…/slug/index.html" → "…/slug/") and its plain view ("…/slug?amp=1", "…/slug/amp"),
            # each without trackers: a listed form of the article a pattern written for its plain path refuses
            # (h294 C3/C4). The page it leads to decides, as for trackers (its canonical, amp_canonical).
            bare = shared_link_form(url)
            for form in (directory_form(bare), without_amp(bare), directory_form(without_amp(bare))):
                if form and form != url and (match := self.article_url_re.search(form)) is not None:
                    break
        return match

    def is_article_url(self, url: str) -> bool:
        return bool(self.article_url_match(url)) and same_site(url, self.allowed_domains)

    # ---- articles -------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Article | scrapy.Request]:
        if self.soft_404(response):
            yield from self.instead_of_no_article(response, "a soft 404")
            return
        if self.redirected_away(response):  # one the redirect middlewares followed (they refuse most)
            self.redirect_refused(response.request, "redirected_away", response.url)
            yield from self.instead_of_no_article(response, "redirected away")
            return
        canonical = self.amp_canonical(response)
        if canonical is not None:
            # An AMP page (a shared link, a feed's amphtml): a thin copy of the article, without its later pages,
            # its update time or its id in the markup: the article is read from the page it names canonical. Before
            # the article test: a bare AMP copy (no og:type, no JSON-LD) was refused "Not an article page" at WARNING,
            # then its canonical asked as another view all the same (h304 F5); the canonical page is judged there.
            self.crawler.stats.inc_value("newscrawl/articles/amp_read_at_canonical")
            yield self.instead_of_amp(response, canonical)
            return
        if not self.looks_like_article(response):
            # Remembered only for an HTML page (a video page, a section): a 200 of another type may be a passing
            # error body ("Service busy", text/plain: h34).
            if not (isinstance(response, HtmlResponse) and self.no_article_at(response.request, "not_article")):
                self.crawler.stats.inc_value("newscrawl/dropped/not_article")
                why = response.meta.get(NOT_ARTICLE_WHY)
                self.logger.warning("Not an article page, skipped: %s%s", response.url, f" ({why})" if why else "")
            yield from self.instead_of_no_article(response, "no article page")
            return
        plain = self.amp_plain_view(response)
        if plain is not None:
            # Its canonical cannot be followed (another outlet's original, the home page): its own plain view, h72.
            self.crawler.stats.inc_value("newscrawl/articles/amp_read_at_plain_view")
            yield self.instead_of_amp(response, plain)
            return
        first, declared_only = None, False
        if isinstance(response, TextResponse) and not request_meta(response).get(_ENTERED_AT):
            anchors = link_anchors(response)
            first = first_page_of(response.url, anchors)
            if first is None:
                first = first_page_of(response.url, anchors, self.declared_address(response))
                declared_only = first is not None
        if first is not None and page_key(first) != page_key(response.url):
            # Entered at a later page (a link to page 2, -a url=…/2; or a page whose canonical is its URL without the
            # page mark): the article is read from its first page, so its pages come in order and none is left out;
            # should page 1 fail, from this page as before.
            # dont_filter: page 1 asked for by the run already (-a url=P1,P2) would be dropped by the duplicate filter,
            # and with it this fallback should that request fail; when it does not, the second item is a duplicate_url.
            self.crawler.stats.inc_value("newscrawl/article_pages/entered_later_page")
            meta = {EXPLICIT: True} if request_meta(response).get(EXPLICIT) else {}
            meta.update(carried_check(response.request))
            if declared_only:
                meta[_DECLARED_FIRST] = True
            yield scrapy.Request(first, callback=self.parse_article, errback=self.first_page_failed, dont_filter=True,
                                 meta={**meta, _ENTERED_AT: response.url})
            return
        try:
            with memoized_queries(response.selector.root):  # the era's containers are the body's
                raw = extract_article(response.selector, response.url, self.page_rules(response),
                                      self.main_text_blocks(response), zone=self.zone_for(response.url),
                                      html_text=response.text, bylines_by_body=self.bylines_by_body(response),
                                      article_id=self.url_article_id)
            for counted in raw.counted:
                self.crawler.stats.inc_value(f"newscrawl/{counted}")
            self.join_lone_dateline(raw.body, raw.body_source)
            self.adjust_article(raw, response)
            self.contested_canonical(raw, response)
            if raw.body_source in ("generic", "jsonld"):
                # The site's container matched nothing (a redesign): its date and byline selectors are as
                # likely stale, so what generic reads beside the main text joins in.
                self.main_text_fallbacks(raw, response)
                # A layout drift when the site declares body selectors (h264 B): counted by the health check. JSON-LD
                # articleBody too (tempo takes it on purpose, but only once its container missed: EGI's full text);
                # not a spider declaring none (generic's own reading; a catalogue outlet left to the shared path),
                # nor a body a site's other selectors read (liputan6's "gallery": its captions' selectors held).
                # Not a catalogue outlet (its selectors are unverified leads: a miss there is no redesign, h272 R5), nor
                # a page saying it is a photo story (a gallery's designed reading is the main text, h272 R6).
                if self.layout_drift_judged and self.page_rules(response).body and raw.body_fallback is None \
                        and not says_photo_story(response.selector.root):
                    raw.body_fallback = "missed"
            elif not raw.authors:
                # The container matched (an older era's) but its byline selectors did not: the byline beside
                # the main text ("Oleh Hanni Sofia Soepardi" opening antaranews 2012's body).
                self.main_text_byline(raw, response)
            # A short body (a client-rendered shell or its excerpt), or no date on the page: the app state.
            if (body_chars(raw.body) < _LEAD_CHARS or not raw.published) and may_hold_app_state(response.text):
                fill_from_app_state(raw, response.selector, self.page_rules(response))
            if not raw.published and (day := self.stated_day(response.url)) is not None:
                # No full date anywhere on the page: a date line printing the URL's day without its year
                # ("Rabu, 19 Juni | 20:40 WIB", "19/06/24 20:40 WIB") with the URL's year; else the day its URL
                # carries (poskota /YYYY/MM/DD/…), a day only. For generic (no URL pattern) and a site whose
                # pattern names no day, any /YYYY/MM/DD/ path.
                raw.published.extend(find_page_dates(response.selector, self.zone_for(response.url), url_day=day)
                                     or [DateCandidate(day.isoformat(), PAGE)])
        except Exception as error:  # noqa: BLE001  a hostile page is a counted drop, never a traceback
            self.crawler.stats.inc_value("newscrawl/articles/pages")  # an article page that gave no item
            self.extraction_failed(response, error, "dropped/extract_error")
            yield from self.instead_of_no_article(response, "its extraction failed")
            return
        if self.soft_404(response, raw.body):
            yield from self.instead_of_no_article(response, "a soft 404")
            return
        if request_meta(response).get(_FROM_AMP) and not (raw.title and raw.body):
            # A script shell: the validate pipeline would drop its item (no_title / no_body); the AMP page has one.
            yield from self.instead_of_no_article(response, "no title or no body")
            return
        if raw.title and raw.body:
            self.view_settled(response.request)
        else:  # the validate pipeline would drop its item (no_title / no_body): another view may hold the article
            instead = list(self.instead_of_no_article(response, "no title or no body"))
            if instead:
                # Replaced by that view (a desktop script shell, the story on m.): that view is the article page
                # judged, not this one (h42: "health FAILING: body: 50% of 12" for six whole stories).
                self.crawler.stats.inc_value("newscrawl/articles/view_replaced")
                yield from instead
                return
        raw.fetched_via = list(request_meta(response).get("redirect_urls") or ())  # travels with a paged article
        check = carried_check(response.request)
        raw.checked_as, raw.checked_url = check[_CHECKED_AS], check[_CHECKED_URL]
        self.crawler.stats.inc_value("newscrawl/articles/pages")  # soft 404s are not article pages
        self.crawler.stats.inc_value(f"newscrawl/body_source/{raw.body_source}")
        # A response holding its later pages (pages_in_response) is the whole story, or the part its containers fill:
        # its pager's links to them answer the same document, read as "only text already read" and named missing, so
        # cron fetched it again for 72 h.
        held = self.pages_held(response)
        # The "show all" view itself (fed by name, a redirect to it): the whole story, though it prints the pager; its
        # links are the pages it holds (h152 probe: sindonews' ?showpage=all read whole, its "/10" fetched, answering
        # only text already read, named missing, cron fetching the item again for 72 h). Its pager's pages are still
        # read: a site ignoring the marker answers page 1 with its pager, and even its "show all" link to itself
        # (h157 probe: page 1 alone emitted as whole). A page giving new text is appended (the view was page 1); one
        # answering only text already read is the view's own, not missing (parse_next_page, raw.at_view).
        whole = held is None and self.is_all_pages_view(response)
        if whole:
            self.crawler.stats.inc_value("newscrawl/article_pages/all_pages_view_read")
            raw.at_view = True
        all_pages = None if held is not None or whole else self.all_pages_url(response)
        # Entered at a later page whose page 1 then failed: the story lacks its start, and says so; the pager's link
        # back to it is no page to read next.
        lacking = [request_meta(response)[_FIRST_PAGE_FAILED]] if request_meta(response).get(_FIRST_PAGE_FAILED) else []
        # Its own address folded too (a shared "?utm_source=…" link, the "?page=all" view): its pager's link to page 1
        # is the page read (page_identity).
        pending = self.other_page_urls(response, visited=[response.url, canonical_url(response.url), *lacking])
        in_response: list[str] = []  # the pager's pages the response holds: read, not fetched
        if held is not None:
            kept = self.pages_not_held(pending, held)
            in_response, pending = [url for url in pending if url not in kept], kept
        if lacking and request_meta(response).get(_DECLARED_GONE) and not (pending or in_response or all_pages):
            # Only this page's canonical (or og:url) named that page 1, the site says it is not there (404/410), and
            # the page, read as it is, is a one-page story: no pager of its own, no view. The declaration named no
            # page (h243 probe A5: ".../judul-berita/12", 12 an id the template's canonical drops, the bare address
            # 404): the story is read whole, as when nothing declared a page 1 (h88), never refetched as incomplete,
            # and its URL is the page's own, not an address that answers 404. A page whose pager leads on (CNN's
            # "?page=2" and its button to "?page=3") lacks its start, as does one whose page 1 answers a 5xx or a
            # timeout, or one whose pager links back to page 1: missing.
            self.crawler.stats.inc_value("newscrawl/article_pages/declared_first_page_gone")
            if raw.url == canonical_url(lacking[0]):
                raw.url = canonical_url(response.url)
            lacking = []
        if (entry := self.entry_page_number(response)) is not None:
            raw.page_starts = [[entry, 0]]  # read from a later page (page 1 failed): pages before it go before its text
        if (all_pages or pending) and raw.body_source in MAIN_TEXT_SOURCES:
            raw.story_path = self.main_text(response).story_path  # the later pages are read where page 1's stood
        if (all_pages or pending) and isinstance(response, TextResponse):
            # What the template prints over the story, to know it again over a later page's part (story_start).
            raw.header_lines = self.header_lines(response, raw)
        if all_pages and not lacking:
            # The pager travels along: should the "show all" view fail, the pages are read one by one.
            yield scrapy.Request(all_pages, callback=self.parse_all_pages, errback=self.pages_failed, dont_filter=True,
                                 cb_kwargs={"raw": raw.to_plain(), "page1": response.url, "pending": pending})
            return
        if pending:
            if raw.body_source in MAIN_TEXT_SOURCES:
                # The lines announcing the next page that the main text cut at its end ("Berikut daftar 15 bank …:")
                # are the story's: the next page follows.
                raw.body = [*raw.body, *self.main_text(response).cut_intro]
            yield self.next_page_request(raw, pending, visited=[response.url, *in_response], missing=lacking,
                                         # an empty container of its own stands for the page: no guess
                                         guessed=held is None and bool(request_meta(response).get(_GUESSED_PAGER)),
                                         named_up_to=self.named_up_to(raw, [*in_response, *pending]))
            return
        yield self.build_item(raw, response.url, missing_pages=lacking)

    def unread_amp_page(self, response: Response) -> bool:
        """An AMP page (``<html amp>`` / ``<html ⚡>``) not asked for to be read as it is, nor read for it."""
        meta = request_meta(response)
        if meta.get(_FROM_AMP) or meta.get(_AMP_AS_IS) or not isinstance(response, TextResponse):
            return False
        attributes = getattr(response.selector.root, "attrib", None) or {}
        return "amp" in attributes or "⚡" in attributes

    @staticmethod
    def declared_address(response: TextResponse) -> str | None:
        """The address the page declares its own as written (its rel=canonical, else its og:url; the order of
        extract.page_canonical_url), resolved against the page, never canonicalised: its page mark ("?page=2") kept,
        for urls.first_page_of to tell page 1 from the page itself. None for none."""
        href = (response.css('link[rel="canonical"]::attr(href)').get() or "").strip() \
            or (response.css('meta[property="og:url"]::attr(content)').get() or "").strip()
        return (join_url(links_base(response), href) or None) if href else None

    @staticmethod
    def declared_canonical(response: TextResponse) -> str:
        """canonical_url of the page's rel=canonical link; "" for none."""
        href = (response.css('link[rel="canonical"]::attr(href)').get() or "").strip()
        absolute = join_url(response.url, href) if href else ""
        return canonical_url(absolute) if absolute else ""

    def site_article_url(self, url: str, page_url: str) -> bool:
        """Whether ``url`` may be read for the page at ``page_url``: on the site (for a spider without domains, the
        page's registrable domain), of the site's article shape where the spider declares one."""
        return (same_site(url, self.allowed_domains or [registrable_domain(page_url)])
                and not (self.allowed_domains and not self.is_article_url(url)))

    def amp_canonical(self, response: Response) -> str | None:
        """The canonical article page an AMP page names, to be read instead, or None: not AMP, already read for it, or
        a canonical that is no other article page of the site."""
        if not self.unread_amp_page(response):
            return None
        canonical = self.declared_canonical(response)
        if (not canonical or page_key(canonical) == page_key(response.url) or is_site_root(canonical)
                or not self.site_article_url(canonical, response.url) or self.redirected_from(response, canonical)):
            return None
        # A template giving another story's canonical (another id; without ids, a slug that shares nothing with this
        # one's): that page is not this story (h27 probe: the story asked for was lost, the other one emitted).
        title = (response.css("title::text").get() or "").strip()
        if canonical_names_other_article(canonical, response.url, self.url_article_id(canonical),
                                         self.url_article_id(response.url), title):
            return None
        return canonical

    def amp_plain_view(self, response: Response) -> str | None:
        """The plain (non-AMP) page of an AMP page whose canonical cannot be followed (another outlet's original a
        syndicated copy names, the home page, a hub, another story, none), to be read instead: a view of it that
        discovery skipped (other_view_requested), the plainest first, else its own URL without the AMP marks
        (urls.without_amp); None when there is none, or when the AMP page names itself canonical (it is the
        article's page). h72: m.tribunnews.com/amp/… read as is gave a two-paragraph body, no id, the AMP URL."""
        if not self.unread_amp_page(response):
            return None
        canonical = self.declared_canonical(response)
        if canonical and page_key(canonical) == page_key(response.url):
            return None
        request = response.request
        skipped = self.__dict__.get("_skipped_views", {})
        identity = self.view_identity(self.asked_url(response))
        waiting = skipped.get(identity, []) if request is not None and request.meta.get(DISCOVERED) else []
        views = sorted((url for url in waiting if not is_amp_url(url)), key=view_rank)
        plain = views[0] if views else without_amp(response.url)
        if not plain or not self.site_article_url(plain, response.url) or self.redirected_from(response, plain):
            return None
        if views:  # asked for here, not again should this view give no article (other_view_instead)
            waiting.remove(plain)
            if not waiting:
                del skipped[identity]
        return plain

    @staticmethod
    def redirected_from(response: Response, url: str) -> bool:
        """Whether ``url`` is an address the response was redirected from (canonical_url: the same host, path and
        identifying query; another view of it, the www. page of an m. URL that redirected, is not): the site sends
        that page here. h74: a m.tribunnews.com/regional/… 301 to its /amp/ copy was lost, the plain view asked for
        again and dropped by the duplicate filter."""
        redirects = request_meta(response).get("redirect_urls") or ()
        asked = canonical_url(url)
        return bool(asked) and any(canonical_url(source) == asked for source in redirects)

    def instead_of_amp(self, response: Response, url: str) -> scrapy.Request:
        """The request for the page an AMP page is read at; should it fail or hold no article, the AMP page is read as
        it is (amp_canonical_failed, instead_of_no_article). dont_filter: that page may have been asked for this run
        already (no article there then, or a redirect here): dropped by the duplicate filter, it took the AMP page's
        article with it (h74); read again, the duplicate pipeline keeps one item."""
        carried = {key: request_meta(response)[key] for key in (EXPLICIT, ROLE, DISCOVERED)
                   if key in request_meta(response)}
        # At a recheck, the AMP request was the story's recheck: so is this one (recheck_decided), whichever of the
        # story's URLs (the store's, a listing's) reaches the seen middleware after it waits as its duplicate (h181).
        return scrapy.Request(url, callback=self.parse_article, errback=self.amp_canonical_failed, dont_filter=True,
                              meta={**carried, _FROM_AMP: response.url, **carried_check(response.request),
                                    **recheck_decided(request_meta(response))})

    def amp_canonical_failed(self, failure: Any) -> Iterator[scrapy.Request]:
        """The canonical page of an AMP page failed (or redirected back to it): the AMP page is read as it is. Skipped
        on purpose (the seen-store: emitted and current; a 304), it stays skipped: the article is emitted already."""
        if isinstance(failure.value, QuietSkip) and not isinstance(failure.value, RedirectedToListed):
            return
        yield self.amp_as_is(failure.request.meta, f"{failure.request.url} failed ({failure.value})")

    def amp_as_is(self, meta: Mapping[str, Any], why: str) -> scrapy.Request:
        """The AMP page a canonical page was asked for, asked again to be read as it is."""
        self.crawler.stats.inc_value("newscrawl/articles/amp_canonical_failed")
        amp = meta[_FROM_AMP]
        self.logger.info("The canonical page of the AMP page %s: %s; the AMP page is read as it is", amp, why)
        carried = {key: meta[key] for key in (EXPLICIT, ROLE, DISCOVERED) if key in meta}
        return scrapy.Request(amp, callback=self.parse_article, errback=self.request_failed, dont_filter=True,
                              meta={**carried, _AMP_AS_IS: True, _CHECKED_AS: meta.get(_CHECKED_AS),
                                    _CHECKED_URL: meta.get(_CHECKED_URL), **recheck_decided(meta)})

    def instead_of_no_article(self, response: Response, why: str) -> Iterator[scrapy.Request]:
        """Where parse_article drops a page holding no article: for the canonical page an AMP page named, the AMP
        page is read as it is instead (a soft 404, a script shell at the canonical URL)."""
        if request_meta(response).get(_FROM_AMP):
            yield self.amp_as_is(request_meta(response), f"{response.url}: {why}")
            return
        instead = self.other_view_instead(response.request, why)
        if instead is not None:
            yield instead

    def redirected_away(self, response: Response) -> bool:
        """An article request redirected to the site's home page, or from an article URL to one that is
        not (an index, a section): the article was removed or moved, and that page is not it."""
        redirects = response.request.meta.get("redirect_urls") if response.request is not None else None
        if not redirects:
            return False
        return redirect_refusal("article", redirects[0], response.url, (), self.is_article_url) == "redirected_away"

    def page_rules(self, response: Response) -> SiteRules:
        """The rules to read this page with: its template era's, or the site's only set."""
        if not self.eras:
            return self.rules
        found = response.meta.get(_PAGE_RULES)
        if found is None:
            era, by = choose_era(self.eras, response.selector, self.stated_day(response.url))
            self.crawler.stats.inc_value(f"newscrawl/era/{era.name}/by_{by}")
            found = response.meta[_PAGE_RULES] = era.rules
        return found

    def zone_for(self, url: str) -> tzinfo:
        """Wall-clock zone of a page's naive dates: its newsroom's (dates.ZONE_BY_SITE), else the site's."""
        return zone_for_url(url, self.site_timezone)

    def zone_listed(self, url: str) -> bool:
        """Whether ``zone_for``'s zone is known: the zone table names the URL's newsroom, or the spider declares its
        site_timezone (a catalogue outlet). A CMS clock then only gives the instant, told in that zone, unless the
        zone is WIB, the default a catalogue outlet inherits too (choose_dates, P0b)."""
        return listed_zone(url) is not None or any("site_timezone" in vars(cls) for cls in type(self).__mro__
                                                   if cls is not NewsSpider and cls is not object)

    def soft_404(self, response: Response, body: list[str] | tuple[()] = ()) -> bool:
        """A 200 page that says "not found" (by its headings; with ``body``, by a short body too):
        counted and logged, the caller drops it.

        At the recheck of a story emitted before, it is the story taken down, as a 404 is (the recheck_gone signal:
        another URL of the story is asked, else its point is used up), counted as ``recheck_soft_404`` and no failure
        of the site; h154: counted unread instead, a deleted story was asked again, with a warning, by every run
        until its last recheck point (~290 requests for one story under a */10 cron)."""
        if not isinstance(response, TextResponse):
            return False
        notice = soft_404(page_headings(response.selector), body, outlet_labels(response.url))
        # An AMP page's canonical at a recheck: not the story gone, the AMP page is read instead (instead_of_no_article)
        if (notice and response.request is not None and is_recheck(response.request)
                and not request_meta(response).get(_FROM_AMP)):
            self.crawler.stats.inc_value("newscrawl/incremental/recheck_soft_404")
            self.logger.info("Recheck answered a soft 404 (%r): %s", notice[:80], response.url)
            self.crawler.signals.send_catch_log(recheck_gone, request=response.request, reason="soft_404")
        elif notice and not self.no_article_at(response.request, "soft_404"):
            self.crawler.stats.inc_value("newscrawl/dropped/soft_404")
            self.logger.warning("Soft 404 (%r), skipped: %s", notice[:80], response.url)
        return notice is not None

    def main_text(self, response: Response) -> MainText:
        """The page's site-independent main text, computed once per response (the body fallback
        and a site's hooks may both want it)."""
        found = response.meta.get(_MAIN_TEXT)
        if found is None:
            try:
                found = extract_main_text(response.selector)
            except Exception as error:  # noqa: BLE001  the other fields may still make an article
                self.extraction_failed(response, error, "errors/main_text")
                found = MainText([])
            response.meta[_MAIN_TEXT] = found
        return found

    def later_page_body(self, response: Response, raw: RawArticle | None = None) -> list[str]:
        """Body blocks of an article's later page; [] (logged, counted) when extraction raises. Given the pages
        read before (``raw``), a page read by its main text is read where page 1's stood (maintext.main_text_at)."""
        try:
            blocks, source = article_body(response.selector, self.page_rules(response),
                                          main_text=self.main_text_blocks(response, raw))
        except Exception as error:  # noqa: BLE001  keep the pages already read
            self.extraction_failed(response, error, "errors/page_body")
            return []
        self.join_lone_dateline(blocks, source, raw.body if raw is not None else ())
        return blocks

    def join_lone_dateline(self, blocks: list[str], source: str | None, read: Sequence[str] = ()) -> None:
        """A site's lone dateline block glued to the paragraph after it, in place, on page 1 and every later page
        alike: a later page answering page 1's text must read as page 1 did, or it passes for new text (appended,
        its dateline a stray block) instead of a repeat. A later page opening with page 1's dateline alone over
        its own text (``read``: the pages before; h40 probe) drops it: glued on, it would date a paragraph that
        page 1's dateline does not open (over page 1's lede, page 1 served again, it is glued: a repeat)."""
        following = blocks[1] if len(blocks) > 1 else None
        if read and blocks and repeats_lede_dateline(blocks[0], following, read):
            del blocks[0]
        elif self.dateline_own_block and source in ("dom", "photo_story"):
            merge_dateline(blocks)

    def extraction_failed(self, response: Response, error: Exception, stat: str) -> None:
        """Log (once, with the URL) and count an extraction that raised on this page."""
        self.crawler.stats.inc_value(f"newscrawl/{stat}")
        self.logger.error("Extraction failed on %s (%s: %s); %s", response.url, type(error).__name__,
                          str(error)[:200], stat)

    def main_text_blocks(self, response: Response, raw: RawArticle | None = None) -> Callable[[], list[str]]:
        """The page's main-text blocks, when asked: a later page's (given the earlier pages' ``raw``) from where
        page 1's story stood when the page has that element and text in it, else the page's own main text."""
        def blocks() -> list[str]:
            if raw is not None and raw.story_path:
                # Its start left whole (a list and the line announcing it may open it): the page's header is cut
                # by story_start, which knows what the pages before ended with.
                found = main_text_at(response.selector, raw.story_path, raw.body)
                if found is not None and found.blocks:
                    response.meta[_LATER_MAIN_TEXT] = found
                    return found.blocks
            return self.main_text(response).blocks
        return blocks

    def main_text_fallbacks(self, raw: RawArticle, response: Response) -> None:
        """The date line shown above the main text (a ``visible`` candidate: after the site's own shown
        date, before the page finder's) and, when no source named a person, the byline beside the main
        text, labelled or not: the generic spider's sources, for a page the site's rules no longer match."""
        found = self.main_text(response)
        if found.visible_date:
            raw.published.append(DateCandidate(found.visible_date, VISIBLE))
        self.main_text_byline(raw, response)

    def main_text_byline(self, raw: RawArticle, response: Response) -> None:
        """When no source named a person: the byline beside the main text, labelled or not."""
        if raw.authors:
            return
        found = self.main_text(response)
        rules = self.page_rules(response)
        outlets = outlet_labels(response.url, meta_content(page_meta(response.selector), "og:site_name"),
                                rules.title_suffix)
        # The credit opening or closing the story, trimmed off it as a short line ("Laporan Hendrawan Kariman, Pekanbaru")
        # before one without label (extract_article read the site's body, not the main text's edges). The first that
        # names a person: a labelled line naming none (a columnist's role line "Wartawan Senior Republika" read as
        # "Wartawan: Senior Republika", h300 C03) leaves the next sources to read, as on the generic spider.
        raw.authors = choose_authors([
            found.byline, lambda: lead_credit([*found.edge_lines[0][-1:], *found.blocks], outlets),
            # an opinion column's name line over its role line (h170 probe), both trimmed off as short lines
            lambda: column_byline([*found.edge_lines[0][-2:], *found.blocks], outlets, bare=opinion_page(
                response.url, meta_content(page_meta(response.selector), "article:section"))),
            lambda: trimmed_closing_credit(found.blocks, found.edge_lines[1], outlets),
            lambda: unlabelled_byline(*found.edge_lines, outlets, raw.title)], outlets, not_authors=rules.not_authors)

    def later_page_authors(self, raw: RawArticle, response: Response, blocks: list[str]) -> None:
        """When the pages read so far name no author: those a later page of the article (or its "show all" view), one
        the caller took for this story's (its text appended, or the view kept), names by page 1's sources and rules
        (extract.page_authors, the site's adjust_article hook, the byline beside the main text), set on ``raw``,
        which carries them to the next page's callback (another worker's, maybe). An outlet printing its credit box
        or sign-off under the story's end prints it on the last page only (h162 probe: jpnn 2016 mobile's "Redaktur :
        A<br>Reporter : B" under page 2's text gave no author). Page 1's authors, when it has any, always stand."""
        if raw.authors or not isinstance(response, TextResponse):
            return
        try:
            with memoized_queries(response.selector.root):
                names = page_authors(response.selector, response.url, self.page_rules(response), blocks,
                                     html_text=response.text, bylines_by_body=self.bylines_by_body(response),
                                     article_id=self.url_article_id)
            # The page's own reading, for its authors only: no body source, so no hook redoes the body work
            # later_page_body did (a catalogue outlet's fragment check, counted per page 1).
            page = RawArticle(url=response.url, title=raw.title, authors=names, body=list(blocks))
            self.adjust_article(page, response)  # the site's own author rules (republika: the "Rep:" reporter only)
            self.main_text_byline(page, response)
        except Exception as error:  # noqa: BLE001  the pages read stand without it
            self.extraction_failed(response, error, "errors/page_authors")
            return
        if page.authors:
            raw.authors = page.authors
            self.crawler.stats.inc_value("newscrawl/authors/from_later_page")

    def bylines_by_body(self, response: Response) -> tuple[NameSource, ...]:
        """The labelled bylines beside the main text, as authors sources read before the element the markup
        marks as the byline (extract_article); none: a site's own selectors say where its byline is."""
        return ()

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        """Hook for a site whose markup needs more than its table (e.g. a date with a wrong offset)."""

    def contested_canonical(self, raw: RawArticle, response: Response) -> None:
        """A rel=canonical naming another address, which the page's og:url and its story's JSON-LD both contradict by
        naming the fetched URL (urls.canonical_contradicted), is not followed: the item keeps the URL it was read at,
        counted ``newscrawl/url/contradicted_canonical`` (h304 F1: story 10 emitted under story 6's URL, story 6 lost)."""
        if not isinstance(response, TextResponse) or url_identity(raw.url) == url_identity(response.url):
            return
        og_url = response.xpath('//meta[@property="og:url"]/@content').get()
        ld = self.story_ld(response)
        page = ld.get("mainEntityOfPage")
        story_urls = [value for entry in (ld.get("url"), ld.get("@id"), page, *([page.get("url")] if isinstance(page, dict)
                                                                                 else []))
                      for value in (entry if isinstance(entry, list) else [entry])
                      for value in ([value.get("@id")] if isinstance(value, dict) else [value]) if isinstance(value, str)]
        if canonical_contradicted(raw.url, response.url, og_url, story_urls, self.url_article_id(raw.url),
                                  self.url_article_id(response.url), raw.title):
            self.crawler.stats.inc_value("newscrawl/url/contradicted_canonical")
            self.logger.info("Canonical %s of %s is contradicted by the page's og:url and structured data; the page's "
                                "own URL is kept", raw.url, response.url)
            raw.url = canonical_url(response.url)

    def story_ld(self, response: Response) -> dict[str, Any]:
        """The story's own JSON-LD article object (extract.story_ld: not another story's the page also carries), or
        {}: what extract_article read its fields from."""
        return news_article_ld(json_ld_objects(response.selector),
                               page_facts(response.selector, response.url, self.url_article_id)) or {}

    def looks_like_article(self, response: Response) -> bool:
        # A PDF or image where a page was expected: Scrapy makes some of them TextResponses.
        content_type = response.headers.get(b"Content-Type", b"").lower()
        if not isinstance(response, TextResponse) or (content_type and b"html" not in content_type):
            response.meta[NOT_ARTICLE_WHY] = served_as(response)  # the warning names the type (h249)
            return False
        if is_site_root(canonical_url(response.url)):  # "/?utm_source=…" too
            return False  # the home page, even asked for by name or marked og:type=article (detik's is)
        # A URL asked for by name (-a url=) is read even when its shape is not the one declared (an
        # older URL scheme, a section host): the user says it is an article; title/body checks follow.
        if self.article_url_match(response.url) or response.meta.get(EXPLICIT):
            return True
        ld = news_article_ld(json_ld_objects(response.selector))
        return ld is not None or meta_content(page_meta(response.selector), "og:type") == "article"

    def site_view_link(self, response: Response) -> str | None:
        """The site's own "show all" link on the page (``all_pages_css``), resolved; None for none (or a script's
        toggle)."""
        if not self.all_pages_css or not isinstance(response, TextResponse):
            return None
        href = (response.css(self.all_pages_css).get() or "").strip()
        return (join_url(links_base(response), href) or None) if href and not href.startswith("#") else None

    def all_pages_url(self, response: Response) -> str | None:
        """URL of the single-page view of a multi-page article, if the page offers one: the site's selector,
        else (a site that declares no pager at all) any link to the article's own single-page view, else (a site
        reading its pager by selector) the view its pager box links (pager_view_link)."""
        if not self.all_pages_css:
            if self.page_links_css:
                return self.pager_view_link(response)
            return self.structural_all_pages_url(response) if self.structural_pages else None
        href = response.css(self.all_pages_css).get()
        if not href:
            # The site's selector finds no view link: on a page of another template era its pager may still be there.
            return self.structural_all_pages_url(response) if self.structural_pages else self.pager_view_link(response)
        url = join_url(links_base(response), href)
        return None if not url or same_page_served(url, response.url) else url

    def pager_view_link(self, response: Response) -> str | None:
        """The article's single-page view among the site's pager links (``page_links_css``): the first carrying a view
        marker (urls.is_single_page_view: "?page=all", "?showpage=all", detik's "?single=1") that names this article
        and is not the page itself; None for none. suara's and jpnn's pager box may hold a "Tampilkan Semua" link to
        "?page=all", alone or beside the numbers (h243 probe B1: left out of the pages as the view and never read as
        one, a spider declaring no ``all_pages_css``, the story came out as page 1 alone, 2 of 6 paragraphs)."""
        if not self.page_links_css or not isinstance(response, TextResponse):
            return None
        for href in self.pager_hrefs(response):
            url = join_url(links_base(response), href)
            if url and is_single_page_view(url) and same_site(url, self.allowed_domains) \
                    and not same_page_served(url, response.url) and self.names_this_article(url, response.url):
                return url
        return None

    def is_all_pages_view(self, response: Response) -> bool:
        """Whether the response is the article's single-page "show all" view itself, which holds every page though it
        may print the pager: the site's own "show all" link (``all_pages_css``) on it points at it; without that link,
        its URL carries the view's marker (urls.is_single_page_view: "?showpage=all", "?page=all", detik's
        "?single=1"). A marked URL whose "show all" link names another address is not the site's view (a marker the
        site ignores): that link is read as on page 1 (all_pages_url, parse_all_pages: kept only when it holds more)."""
        href = (response.css(self.all_pages_css).get() or "").strip() \
            if self.all_pages_css and isinstance(response, TextResponse) else ""
        # A script's toggle ("#", "javascript:…") names no address: the URL's marker decides.
        own = join_url(links_base(response), href) if href and not href.startswith("#") else ""
        if own:
            return same_page_served(own, response.url)
        # Only where the site's own pager links are read (page_links_css): the structural pager already tells a view's
        # printed pager from pages to read (generic, kompas), and on a site that ignores the marker it still finds page 2.
        return bool(self.page_links_css) and is_single_page_view(response.url)

    def pages_held(self, response: Response) -> list[bool] | None:
        """The response's later-page containers (``pages_in_response``), page 2 on, each as whether it holds its
        page's text (dom.filled_containers); None when it has none (paged as any page). Decided per response, as one
        site's templates differ (merdeka 2019's .paging-box pages are separate responses, its 2021 and 2026 pages are
        in page 1's). h100 probe."""
        if not self.pages_in_response or not isinstance(response, TextResponse):
            return None
        containers = {found.root: None for selector in self.pages_in_response for found in response.css(selector)}
        if not containers:
            return None
        if len(self.pages_in_response) > 1:  # matches of several selectors, in document order
            place = {element: index for index, element in enumerate(response.selector.root.iter())}
            containers = dict.fromkeys(sorted(containers, key=place.__getitem__))
        return filled_containers(list(containers))

    def pages_not_held(self, pending: list[str], filled: list[bool]) -> list[str]:
        """The pager's pages (``pending``) that a response holding later pages (``filled``: page 2 on, as pages_held)
        lacks, to be fetched: an empty lazy placeholder's page, a page past the containers. With none, the response is
        the whole story: its pager's links answer the same document, read as "only text already read" and named
        missing, cron fetching it again for 72 h (h100 probe). h104 probe: liputan6's page 1 with an empty
        data-page="2" placeholder was emitted alone as whole. A link naming no page number is read only when a
        container is empty."""
        numbers = [self.page_number(url) for url in pending]
        rank = self.page_ranks([number for number in numbers if number is not None])
        held = {place + 2 for place, text in enumerate(filled) if text}
        kept = [url for url, number in zip(pending, numbers)
                if (not all(filled) if number is None else rank(number) not in held)]
        self.crawler.stats.inc_value("newscrawl/article_pages/" + ("not_in_response" if kept else "in_response"),
                                     len(kept) or 1)
        return kept

    def pager_hrefs(self, response: Response, count: bool = False) -> list[str]:
        """The site's pager links (``page_links_css``), the first ``4 * max_article_pages`` of them: a pager of
        thousands of numbers (h295 C2: 10,000 links, each one's page identity worked out on every one of 30 pages,
        196 s, and 9,970 URLs named missing) is read no further than pages could be fetched. A real pager (prev, the
        numbers, next, "show all") is far shorter. ``count``: a cut pager is counted (pager_links_capped)."""
        hrefs = response.css(self.page_links_css).getall()
        limit = 4 * self.max_article_pages
        if len(hrefs) <= limit:
            return hrefs
        if count:
            self.crawler.stats.inc_value("newscrawl/article_pages/pager_links_capped")
        return hrefs[:limit]

    def other_page_urls(self, response: Response, visited: list[str]) -> list[str]:
        """Links to the article's further pages, in pager order, not yet fetched: the site's selector, else
        (a site that declares no pager: its long articles' pager was never seen) the structural pager. A site that
        declares only its "show all" view gets the structural pager too: should the view fail or answer page 1,
        the pages are read one by one."""
        if not self.page_links_css:
            return self.structural_pages_read(response, visited) if self.structural_pages else []
        hrefs = self.pager_hrefs(response, count=True)
        if not hrefs and self.structural_pages:
            # The site's pager selector matches nothing: a page of another template era (detik's, viva's, sindonews'
            # 2019 pagers, h33 probe) lost its later pages and read as whole (missing_pages []). Its pager by structure.
            found = self.structural_pages_read(response, visited)
            if found:
                self.crawler.stats.inc_value("newscrawl/article_pages/structural_pager_fallback")
            return found
        identities: dict[str, str] = {}  # url -> page_identity, once per URL of this response (h295 C2)

        def identity(url: str) -> str:
            found = identities.get(url)
            if found is None:
                found = identities[url] = self.page_identity(url)
            return found

        seen = {identity(v) for v in visited}
        own = identity(response.url)
        urls: dict[str, None] = {}
        # The view is left out of the pages only where it is read as the view (all_pages_url names one): elsewhere a
        # pager box holding nothing but "Tampilkan Semua" would lose every page past the first (h243 probe B1).
        reads_view = self.all_pages_url(response) is not None
        view = self.site_view_link(response) if reads_view else None
        for href in hrefs:
            url = join_url(links_base(response), href)
            if not url or identity(url) in seen or not same_site(url, self.allowed_domains):
                continue
            if reads_view and (is_single_page_view(url) or (view and same_page_served(url, view))):
                # The "show all" view inside the pager box (sindonews' .paging-artikel > .paging-all "Tampilkan
                # Semua"): the view (all_pages_url), not a later page. Queued as one it was fetched again after the
                # view itself failed, and its 404 named missing, cron refetching the whole story (h237 probe).
                self.crawler.stats.inc_value("newscrawl/article_pages/view_link_in_pager")
                continue
            if not self.names_this_article(url, response.url, identity(url), own):
                # The pager box's link to another story ("Berita Selanjutnya »" beside the page numbers): h85 probe,
                # jpnn appended that story's paragraphs; sindonews refused it and named it a missing page, every cron
                # run fetching the "incomplete" article again.
                self.crawler.stats.inc_value("newscrawl/article_pages/other_article_link")
                continue
            seen.add(identity(url))
            urls[url] = None
        return list(urls)

    def names_this_article(self, url: str, page_url: str, identity: str | None = None,
                           page_url_identity: str | None = None) -> bool:
        """Whether a pager's link names a page of the article at ``page_url`` (any of its pages): the same article
        by page identity (the site's id, a slug id compared as the slug, and what follows it but the page mark),
        or by urls.same_article (the same id, else the same URL once page marks and views are folded)."""
        article = (identity or self.page_identity(url)).rpartition("#page=")[0]
        return (bool(article) and article == (page_url_identity or self.page_identity(page_url)).rpartition("#page=")[0]) or same_article(
            page_url, url, self.article_id(page_url), self.article_id(url))

    def entry_page_number(self, response: Response) -> int | None:
        """The page number of the page an article is read from (page 1's own URL: none), as a URL names it (up to 50:
        a number after page 1's slug is no page), or past 50 where its own pager places it (urls.placed_page_mark:
        an offset page "/60" entered at, its page 1 failed)."""
        found = page_number(response.url, self.article_id(response.url))
        if found is None and isinstance(response, TextResponse):
            found = placed_page_mark(response.url, link_anchors(response))
        return found

    def page_number(self, url: str) -> int | None:
        """The page number ``url``, a page of a pager, marks (urls.page_number, with the site's article id), None for
        none: marks past 50 too (urls.pager_links read them as an offset pager's: sindonews' "/60" is page 7)."""
        return page_number(url, self.article_id(url), PAGER_MAX_MARK)

    def in_page_order(self, urls: list[str]) -> list[str]:
        """The pages still to read, numbered ones in page order (urls.in_page_order)."""
        return in_page_order(urls, self.page_number)

    def page_identity(self, url: str) -> str:
        """Which page of which article ``url`` names (urls.page_identity, by the site's article id when the URL gives
        one): a pager's link to a page read already, under another address, is no page to read next."""
        return page_identity(url, self.article_id(url))

    # Any site's pager, by structure: links to the article's own URL with a page number ("/2", "?page=2") or
    # to its single-page view ("?page=all"); urls.article_pages.
    def structural_all_pages_url(self, response: Response) -> str | None:
        single = self.structural_pager(response).single
        return single if single and self.page_identity(single) != self.page_identity(response.url) else None

    def structural_pages_read(self, response: Response, visited: list[str]) -> list[str]:
        """The structural pager's later pages; a lone page 2 (a poll's or a comment thread's own-URL "?page=2" on a
        single-page story, h36/h37) is marked unconfirmed (unconfirmed_page): a pager listing pages 2 and 3 is one.
        So are pages found without page 2 among them (urls.Pager.guessed: offsets "/10", "/20" labelled "2", "3", a
        lone "/10" labelled "2"): the first answering page 1 again, no text or 404 means there was none (h102 probe).
        Page 1 reached from a later page an article was entered at is judged as page 1 entered at: the entered page's
        mark or its link back confirms nothing (h243 probe A1: a one-page story whose comments are paged "?page=2",
        "?page=3", each repeating the story, its canonical the story: entered at "?page=2", its "?page=2" was read
        again, repeated, and named missing, the item refetched by every cron run). Only the entered page read itself,
        its page 1 failed, reads its pager as found (its pages are the story's rest, page 1 named missing)."""
        found = self.structural_page_urls(response, visited)
        if (len(found) == 1 or self.structural_pager(response).guessed) and found \
                and not request_meta(response).get(_FIRST_PAGE_FAILED):
            request_meta(response)[_GUESSED_PAGER] = True
        return found

    def structural_page_urls(self, response: Response, visited: list[str]) -> list[str]:
        seen = {self.page_identity(url) for url in visited}
        return [url for url in self.structural_pager(response).pages
                if self.page_identity(url) not in seen and same_site(url, self.allowed_domains or [url])]

    def structural_pager(self, response: Response) -> Pager:
        """``pager_links`` of a response, read once: the callback asks for the single view, then the pages.
        (Kept in the response's meta, not on the spider: the next response has its own.)"""
        meta = request_meta(response)  # a response built without a request: computed, not kept
        found = meta.get(_PAGER)
        if found is None:
            anchors = link_anchors(response) if isinstance(response, TextResponse) else []
            # a later page: reached through the pager, or one past 50 its own pager places (entered at "/60")
            later = bool(meta.get(_LATER_PAGE)) or placed_page_mark(response.url, anchors) is not None
            found = (pager_links(response.url, anchors, later)
                     if isinstance(response, TextResponse) else Pager(None, [], [], False))
            if found.refused:
                # Own-URL numbered links on page 1 labelled as a pager's ("3", "Selanjutnya") that form no pager (an
                # uneven "/10", "/30"): not read, but counted, so a pager of a shape not known yet shows in the stats
                # (h99 probe: sindonews' offsets were dropped without a word). A comment's or a gallery's numbered
                # link ("Komentar", a thumbnail) is not counted (h102 probe).
                self.crawler.stats.inc_value("newscrawl/article_pages/refused_page_links")
                self.logger.info("%s links its own URL numbered %s as a pager, no pager: not read", response.url,
                                 ", ".join(found.refused[:5]))
            meta[_PAGER] = found
        return found

    # Everything page 1 found travels in the request as plain data (RawArticle fields, never
    # state on the spider): the next page may be fetched by another worker, from a serialized request.
    def next_page_request(self, raw: RawArticle, pending: list[str], visited: list[str],
                          missing: Sequence[str] = (), guessed: bool = False,
                          named_up_to: int | None = None, beyond: Sequence[str] = ()) -> scrapy.Request:
        """The next later page. ``guessed``: page 1's only later page was found by structure (unconfirmed_page).
        ``named_up_to``: the greatest page number the page the article was entered at named (itself or its pager's
        links; computed from ``visited`` and ``pending`` when that page asks), for past_the_end. ``beyond``: pages
        taken for past the end so far (past_the_end_page), missing after all should a later page give text."""
        if named_up_to is None and len(visited) == 1:
            named_up_to = self.named_up_to(raw, pending)
        pending = self.in_page_order(pending)
        url = pending[0]
        # dont_filter: a later page redirected to a page the run fetched already (the home page) must still
        # reach its callback, or the whole article is lost without a word; the visited list stops loops.
        # ``missing``: earlier pages that answered without any article text (their URLs go in the item).
        return scrapy.Request(url, callback=self.parse_next_page, errback=self.pages_failed, dont_filter=True,
                              meta={_LATER_PAGE: True},  # its own pager need not list page 2 (article_pages)
                              cb_kwargs={"raw": raw.to_plain(), "pending": pending[1:], "visited": visited + [url],
                                         "missing": list(missing), **({"guessed": True} if guessed else {}),
                                         **({"named_up_to": named_up_to} if named_up_to is not None else {}),
                                         **({"beyond": list(beyond)} if beyond else {})})

    def header_lines(self, response: TextResponse, raw: RawArticle) -> list[str]:
        """Page 1's short lines above its story (cleaning.header_lines), [] (logged, counted) when reading them
        raises: the later pages are then cut by their header's form alone."""
        try:
            return header_lines(page_lines(response.selector.root), raw.body, raw.title)
        except Exception as error:  # noqa: BLE001  the article stands without them
            self.extraction_failed(response, error, "errors/header_lines")
            return []

    def named_up_to(self, raw: RawArticle, pager: Sequence[str]) -> int | None:
        """The greatest page number the page an article was entered at names (past_the_end): its own, as parse_article
        read it (``raw.page_starts``: a number after the slug of page 1's own URL is none, urls.page_number's cap;
        h104 probe: ".../slug/512/" named page 512, and a poll's "?page=3" answering page 2 again was named missing),
        and its pager's links' (``pager``), read as a pager's marks (PAGER_MAX_MARK: offsets' "/60")."""
        own = [page for page, _ in raw.page_starts[:1]]
        return max([*own, *(number for number in map(self.page_number, pager) if number is not None)], default=None)

    def past_the_end(self, raw: RawArticle, asked: str, named_up_to: int | None, answered: bool,
                     known: Sequence[str] = ()) -> bool:
        """Whether a later page that gave no new text of the story lies past the article's end, found on a later page
        only: a number greater than any the entry page named and than any page read with text, and, unless the site
        ``answered`` it with text read already or none (a clamped page number), not the next one either (a 404
        behind a "Berikutnya" is a page lost). h88 probe: a poll's "?page=3" on the last page, answered with page 2
        again; "Bagian 7", "Bagian 8" of a series under the same slug, 404. No missing page: an item said
        incomplete is fetched again by every cron run. Compared by place in the story (page_ranks, ``known``: the
        pages visited, queued or missing): sindonews' "/25" after "/20" is the next page, page 6 (h100 probe: its 404
        was taken for the end, the item said whole without pages 6 and 7)."""
        number = self.page_number(asked)
        if number is None or named_up_to is None:
            return False
        read = [page for page, _ in raw.page_starts]
        rank = self.page_ranks([number, named_up_to, *read], known)
        return rank(number) > max([rank(named_up_to), *map(rank, read), 1]) + (0 if answered else 1)

    def page_ranks(self, numbers: Sequence[int], urls: Sequence[str] = ()) -> Callable[[int], int]:
        """A page number's place in the story (urls.page_rank), the step between marks read off ``numbers`` and the
        marks of ``urls`` (urls.page_step): consecutive numbers are their own places, offsets "/5", "/10" pages 2, 3."""
        step = page_step([*numbers, *(number for number in map(self.page_number, urls) if number is not None)])
        return lambda number: page_rank(number, step)

    def pager_places_inside(self, number: int | None, linked: list[str], new_links: list[str],
                            known: Sequence[str] = ()) -> bool:
        """Whether a later page's own pager (``linked``: every page it links; ``new_links``: those not read or queued
        yet) puts it inside the story, though it gave no new text: it leads on to a page not read yet, or links back
        to the page before it (a "« Sebelumnya" to page N-1). h91 probe: a prev/next pager's page 3 of 5 rendering
        only chrome, or page 2's text again, was taken for the end; pages 4-5 were never read and the item said whole.
        A poll's "?page=3" answered with page 2 again links neither (past_the_end). The page before by place in the
        story (page_ranks): sindonews' "/25" links back to "/20"."""
        if new_links:
            return True
        if number is None:
            return False
        rank = self.page_ranks([number], [*linked, *known])
        return any((linked_number := self.page_number(url)) is not None and rank(linked_number) == rank(number) - 1
                   for url in linked)

    def past_the_end_page(self, raw: RawArticle, asked: str, why: str, pending: list[str], visited: list[str],
                          missing: Sequence[str], named_up_to: int | None,
                          beyond: Sequence[str] = ()) -> Article | scrapy.Request:
        """Skip a later page past the article's end (past_the_end): read on through the pages still queued, or emit.
        Should a page queued behind it give text, it was inside the story after all (pages_inside)."""
        self.crawler.stats.inc_value("newscrawl/article_pages/past_the_end")
        self.logger.info("%s, found on a later page past the pages %s named, %s: not a page of it", asked,
                         visited[0], why)
        if pending and len(visited) < self.max_article_pages:
            return self.next_page_request(raw, pending, visited, missing, named_up_to=named_up_to,
                                          beyond=[*beyond, asked])
        return self.build_item(raw, visited[0], missing_pages=[*missing, *pending])

    def pages_inside(self, beyond: Sequence[str], number: int | None, known: Sequence[str]) -> list[str]:
        """The pages taken for past the end (``beyond``) that lie before a page just read with new text (``number``):
        inside the story after all, missing, not the end (h100 probe: sindonews' page 6 "/25" answered an empty
        body, page 7 "/30" read after it, and the item said whole)."""
        if not beyond or number is None:
            return []
        rank = self.page_ranks([number], [*known, *beyond])
        inside = [url for url in beyond
                  if (skipped := self.page_number(url)) is not None and rank(skipped) < rank(number)]
        if inside:
            self.crawler.stats.inc_value("newscrawl/article_pages/end_was_inside", len(inside))
        return inside

    def unconfirmed_page(self, raw: RawArticle, page1: str, asked: str, why: str) -> Article:
        """A lone page 2 found by structure only (structural_pages_read: a poll's or a comment thread's own-URL
        "?page=2" on a single-page article, h36/h37) is not there (404/410), not this article, or page 1 again: there
        was no page 2, and page 1 is the whole article, not one missing a page."""
        self.crawler.stats.inc_value("newscrawl/article_pages/unconfirmed_pager")
        self.logger.info("%s, found by structure only, %s: %s emitted as one page", asked, why, page1)
        return self.build_item(raw, page1)

    def later_page_refused(self, response: Response, blocks: list[str], first_page: str,
                           title: str | None = None) -> str | None:
        """Why a later page (page N, the "show all" view) is not this article's, or None: redirected to
        the home page, away from an article URL or to another article, a "not found" notice, or a page whose h1
        and head name another story than ``title`` (page 1's). Its text would be appended to (or replace) the
        article's; the pages read so far are emitted instead."""
        if self.redirected_away(response):
            return f"redirected to {response.url}"
        if request_meta(response).get("redirect_urls") and not same_article(
                first_page, response.url, self.article_id(first_page), self.article_id(response.url)):
            return f"redirected to another article, {response.url}"
        canonical = response.css('link[rel="canonical"]::attr(href)').get() if isinstance(response, TextResponse) else None
        named = self.article_id(join_url(response.url, canonical)) if canonical else None
        first_id = self.article_id(first_page)
        # Numbers only: a site whose id is the slug (jpnn, kontan) names a renamed slug there, the same story (h37).
        if named and first_id and named.isdigit() and first_id.isdigit() and named != first_id:
            return f"another article (its canonical page: {canonical.strip()})"  # /2 serving another story (h36)
        if isinstance(response, TextResponse):
            notice = soft_404(page_headings(response.selector), blocks, outlet_labels(response.url))
            if notice:
                return f"not found notice {notice[:60]!r}"
            # A slug-id site's canonical cannot tell a renamed story from another (above), and a CMS may serve
            # another story under this one's canonical: the headlines the page shows and names can (h127 probe).
            other = names_another_story(
                title, response.xpath("//h1").xpath("string()").getall(),
                response.xpath("//head/title//text() | //meta[@property='og:title' or @name='twitter:title']"
                               "/@content").getall())
            if other:
                return f"another story (its headline: {other[:80]!r})"
        return None

    def refuse_later_page(self, response: Response, reason: str, raw: RawArticle, page1: str,
                          pending: list[str], missing: Sequence[str] = ()) -> Article:
        self.crawler.stats.inc_value("newscrawl/article_pages/failed")
        asked = self.asked_url(response)
        self.logger.warning("Article page %s is not the article (%s); emitting %s with the pages fetched so far",
                            asked, reason, page1)
        return self.build_item(raw, page1, missing_pages=[*missing, asked, *pending])

    @staticmethod
    def asked_url(response: Response) -> str:
        """The URL a response was asked for (before redirects)."""
        return response.request.meta.get("redirect_urls", [response.url])[0] if response.request else response.url

    def parse_next_page(self, response: Response, raw: dict[str, Any], pending: list[str],
                        visited: list[str], missing: Sequence[str] = (),
                        guessed: bool = False, named_up_to: int | None = None,
                        beyond: Sequence[str] = ()) -> Iterator[Article | scrapy.Request]:
        raw = RawArticle.from_plain(raw)
        known = [*visited, *pending, *missing]
        blocks = self.later_page_body(response, raw)
        refused = self.later_page_refused(response, blocks, visited[0], raw.title)
        first_later = guessed and len(visited) == 2
        if refused and first_later:
            yield self.unconfirmed_page(raw, visited[0], self.asked_url(response), refused)
            return
        if refused and self.past_the_end(raw, self.asked_url(response), named_up_to, answered=False, known=known):
            yield self.past_the_end_page(raw, self.asked_url(response), refused, pending, visited, missing, named_up_to,
                                         beyond)
            return
        if refused:
            yield self.refuse_later_page(response, refused, raw, visited[0], pending, missing)
            return
        # The page's own header (its deck, byline and date line, read with a short story's <article>) would sit
        # in the middle of the merged story: cut here, where the page's edges are still known. Only the header: a
        # subhead opening the page is the story's (a name-shaped line goes when page 1 prints it over its story too,
        # by a date line, or naming page 1's author).
        page_blocks = blocks
        blocks = blocks[story_start(blocks, raw.title, raw.body[-1] if raw.body else None, raw.authors,
                                    frozenset(raw.header_lines)):]
        read = {block_key(block) for block in raw.body}
        number = self.page_number(self.asked_url(response))
        # This page's own pager, before deciding what the page is: every page it links (page 1, itself and the page
        # before it included), and those not read, queued or found missing yet, read next. (Page 1 also under its
        # own folded address, as in parse_article; a failed page 1 the pager links back to is not read again.)
        linked = self.other_page_urls(response, [])
        known = {self.page_identity(url) for url in [*visited, canonical_url(visited[0]), *pending, *missing]}
        new_links = [url for url in linked if self.page_identity(url) not in known]
        if any(block_key(block) not in read for block in blocks):
            raw.add_page(blocks, number)  # a page that repeats some earlier paragraphs: the cleaning drops the repeats
            self.crawler.stats.inc_value("newscrawl/article_pages/followed")
            self.later_page_authors(raw, response, page_blocks)  # a page of this story's: its credit box, if need be
            if raw.at_view:
                # Entered at a "show all" view that was page 1 only (a site ignoring the marker): read on as from
                # page 1.
                self.crawler.stats.inc_value("newscrawl/article_pages/view_was_page_1")
                raw.at_view = False
            inside = self.pages_inside(beyond, number, known)
            if inside:
                missing, beyond = [*missing, *inside], [url for url in beyond if url not in inside]
        elif first_later:
            yield self.unconfirmed_page(raw, visited[0], self.asked_url(response),
                                        "repeats page 1" if blocks else "holds no article text")
            return
        elif raw.at_view and blocks:
            # Entered at the "show all" view, no page of which gave new text: the page's text is the view's own, as a
            # whole view holds it (h152 probe: sindonews' "?showpage=all" and its "/10"). Nothing is missing.
            self.crawler.stats.inc_value("newscrawl/article_pages/view_page_already_read")
            self.logger.info("Article page %s answered only text the view %s holds", response.url, visited[0])
        elif self.past_the_end(raw, self.asked_url(response), named_up_to, answered=True, known=known) \
                and not self.pager_places_inside(number, linked, new_links, known):
            yield self.past_the_end_page(raw, self.asked_url(response),
                                         "repeats text read" if blocks else "holds no article text", pending, visited,
                                         missing, named_up_to, beyond)
            return
        else:
            # Answered, but no article text on it, or only the text already read (a template without the story,
            # a site serving page 1 for every page number): that part of the story is missing, not empty. Its
            # pager still leads on; the item says which page it lacks.
            missing = [*missing, self.asked_url(response)]
            kind = "repeated" if blocks else "empty"
            self.crawler.stats.inc_value(f"newscrawl/article_pages/{kind}")
            self.logger.warning("Article page %s answered %s; %s will be marked missing it", response.url,
                                "only text already read" if blocks else "without any article text", visited[0])
        pending = pending + new_links
        if pending and len(visited) < self.max_article_pages:
            if later := response.meta.get(_LATER_MAIN_TEXT):
                # As on page 1: this page's closing lines announcing the next one stay with what they announce.
                raw.add_page(list(later.cut_intro), number, continues=True)
            # page 2 answered: the pager is real
            yield self.next_page_request(raw, pending, visited, missing, named_up_to=named_up_to, beyond=beyond)
            return
        if pending:
            # Past the page limit (a pager that never ends, or a 40-page listicle): the rest is not read, and
            # the item says so rather than passing a cut story for whole.
            self.crawler.stats.inc_value("newscrawl/article_pages/over_limit")
            self.logger.warning("Article %s has more than %d pages; emitted without the %d not read",
                                visited[0], self.max_article_pages, len(pending))
        yield self.build_item(raw, visited[0], missing_pages=[*missing, *pending])

    def parse_all_pages(self, response: Response, raw: dict[str, Any], page1: str,
                        pending: list[str] | None = None) -> Iterator[Article | scrapy.Request]:
        raw = RawArticle.from_plain(raw)
        blocks = self.later_page_body(response)  # a whole page: its own main text, edges trimmed
        # A "show all" view holds the whole story: one without any text is not it (page 1 alone is not whole).
        refused = self.later_page_refused(response, blocks, page1, raw.title) or (None if blocks else "no article text on it")
        if not refused and not holds_more_than(raw.body, blocks):
            # Page 1 again (a site ignoring ?showpage=all, or redirecting it to page 1), or less (a cut page): with
            # a pager, the pages are read one by one; without one, nothing says there is more than page 1.
            self.crawler.stats.inc_value("newscrawl/article_pages/all_in_one_not_whole")
            if not pending:
                self.logger.info("The single-page view of %s holds no more than the page itself, which has no "
                                 "pager: emitted as it is", page1)
                yield self.build_item(raw, page1)
                return
            refused = "it holds no more than page 1"
        if refused and pending:
            yield self.all_pages_fallback(raw, page1, pending, refused)
            return
        if refused:
            yield self.refuse_later_page(response, refused, raw, page1, [])
            return
        raw.body, raw.page_edges = blocks, [0]  # one page
        self.later_page_authors(raw, response, blocks)  # the whole story's page: its credit box, if need be
        self.crawler.stats.inc_value("newscrawl/article_pages/all_in_one")
        yield self.build_item(raw, page1)

    def all_pages_fallback(self, raw: RawArticle, page1: str, pending: list[str], why: str) -> scrapy.Request:
        """The "show all" view failed or is not the article: read the pager's pages one by one instead."""
        self.crawler.stats.inc_value("newscrawl/article_pages/all_in_one_failed")
        self.logger.info("The single-page view of %s failed (%s); reading its %d later pages one by one",
                         page1, why, len(pending))
        return self.next_page_request(raw, pending, visited=[page1])

    def pages_failed(self, failure: Any) -> Iterator[Article | scrapy.Request]:
        """A later page failed: emit what the earlier pages gave, and say so (``missing_pages``)."""
        kwargs = failure.request.cb_kwargs
        raw = RawArticle.from_plain(kwargs["raw"])
        if kwargs.get("page1") and kwargs.get("pending"):
            self.page_request_failed(failure)
            yield self.all_pages_fallback(raw, kwargs["page1"], kwargs["pending"], str(failure.value))
            return
        response = getattr(failure.value, "response", None)
        if kwargs.get("guessed") and len(kwargs.get("visited", ())) == 2 and response is not None \
                and response.status in (404, 410):
            yield self.unconfirmed_page(raw, kwargs["visited"][0], failure.request.url, f"answered {response.status}")
            return
        if response is not None and response.status in (404, 410) and kwargs.get("visited") \
                and self.past_the_end(raw, failure.request.url, kwargs.get("named_up_to"), answered=False,
                                      known=[*kwargs["visited"], *kwargs.get("pending", []), *kwargs.get("missing", [])]):
            yield self.past_the_end_page(raw, failure.request.url, f"answered {response.status}",
                                         kwargs.get("pending", []), kwargs["visited"], kwargs.get("missing", []),
                                         kwargs.get("named_up_to"), kwargs.get("beyond", ()))
            return
        if raw.at_view and response is not None and response.status in (404, 410) and kwargs.get("visited"):
            yield self.view_page_gone(raw, failure.request.url, response.status, kwargs)
            return
        self.page_request_failed(failure)
        self.crawler.stats.inc_value("newscrawl/article_pages/failed")
        self.logger.warning("Article page %s failed (%s); emitting %s with the pages fetched so far",
                            failure.request.url, failure.value, raw.url)
        # The pages still queued behind the failed one are missing too (the pager is read page by page).
        missing = [*kwargs.get("missing", []), failure.request.url, *kwargs.get("pending", [])]
        yield self.build_item(raw, kwargs.get("page1") or kwargs.get("visited", [raw.url])[0], missing_pages=missing)

    def view_page_gone(self, raw: RawArticle, asked: str, status: int,
                       kwargs: Mapping[str, Any]) -> Article | scrapy.Request:
        """A page of the pager printed on the "show all" view the article was entered at (``raw.at_view``: no page read
        so far gave new text) that the site says is not there (404/410): the view, taken for the whole story, lacks
        nothing by it (h152 probe: sindonews' "?showpage=all" whose "/10" answered 404 was named missing, cron fetching
        the item again for 72 h). Read on through the pages still queued, one of which may still give new text (the
        site ignored the marker: then this page lay inside the story, and is missing after all, pages_inside); a failure
        that may pass (5xx, a timeout) is missing as on any page."""
        self.crawler.stats.inc_value("newscrawl/article_pages/view_page_gone")
        visited, pending = kwargs["visited"], kwargs.get("pending", [])
        self.logger.info("Article page %s answered %s; the view %s is taken for the whole story", asked, status,
                         visited[0])
        if pending and len(visited) < self.max_article_pages:
            return self.next_page_request(raw, pending, visited, kwargs.get("missing", []),
                                          named_up_to=kwargs.get("named_up_to"),
                                          beyond=[*kwargs.get("beyond", ()), asked])
        return self.build_item(raw, visited[0], missing_pages=[*kwargs.get("missing", []), *pending])

    def page_request_failed(self, failure: Any) -> None:
        """Count a later page's (or a "show all" view's) failed request, as request_failed counts any (by reason,
        ``newscrawl/errors/…``, and by kind under its own role, ``newscrawl/failed/page/<kind>``): the end-of-run line
        and cron's request_errors name it (h72: "1 article emitted, 0 requests failed; health ok" for a story cut by
        a page that answered 500). Not the article role: the health check judges the site's articles, and the item
        says what it lacks (missing_pages, newscrawl/items/incomplete)."""
        _status, reason, kind = failure_cause(failure.value)
        self.crawler.stats.inc_value(f"newscrawl/errors/{reason}")
        self.crawler.stats.inc_value(f"newscrawl/failed/page/{kind}")

    def article_id(self, *urls: str) -> str | None:
        for url in urls:
            match = self.article_url_match(url)
            if match and match.groupdict().get("id"):
                return match.group("id")
        return None

    def item_article_id(self, url: str, fetched_url: str) -> str | None:
        """The id of the article read at ``fetched_url`` (canonical ``url``): the site's URL pattern's id; when neither
        URL has the pattern's shape, the number generic reads from any article URL (generic.url_numeric_id). A pattern
        is written from the site's present URLs, and a page of an older era, asked for by -a url= or recognised as an
        article, would get no id where generic gets one (h265 B: beritasatu's /nasional/361234-slug.html, Media
        Indonesia's /read/detail/118420-slug): a site spider never knows less than generic. A URL the pattern
        matches keeps the pattern's reading, an id or none. Such a number is led by the URL's host, as the README's id
        of a site numbering its hosts or eras apart (``kaltim.prokal.co/326541``): the site's own ids (``site#id``
        keys an article, state.article_key) come from another numbering, and a bare number could name another story
        of the site there (mpi.okezone.com's SINDOnews copies' numbers run in okezone's 2016 range) and be dropped as
        its duplicate."""
        found = self.article_id(url, fetched_url)
        if found or any(self.article_url_match(u) for u in (url, fetched_url)):
            return found
        from newscrawl.spiders.generic import url_numeric_id  # late: the generic spider's module imports this one

        for candidate in (url, fetched_url):
            number = url_numeric_id(candidate)
            if number:
                return f"{outlet_host(candidate)}/{number}"
        return None

    def url_section(self, *urls: str) -> str | None:
        """The rubric an article URL names where the site's pattern marks it (a ``section`` group: pantau's
        /{category}/{id}/{slug}), as words ("gaya-hidup" -> "Gaya Hidup"): the last resort when the page names none
        (a Next.js page whose rubric is only in its app state)."""
        for url in urls:
            match = self.article_url_match(url)
            slug = match.groupdict().get("section") if match else None
            if slug:
                return " ".join(word.capitalize() for word in re.split(r"[-_]+", slug) if word) or None
        return None

    def canonical_names_article(self, canonical: str, fetched_url: str) -> bool:
        """Whether a page's canonical URL may name its article: a fetched URL of the site's article shape
        (article_url_pattern) keeps a canonical of that shape only."""
        return not self.article_url_match(fetched_url) or bool(self.article_url_match(canonical))

    def url_article_id(self, url: str) -> str | None:
        """The article id a URL gives (the pattern's id group), to tell whether a canonical names this article."""
        return self.article_id(url)

    def site_language(self, url: str) -> str | None:
        """The language the outlet (its edition at ``url``'s host) publishes in: what tells whether its pages print
        local time (fields.dates P4c), whatever one story's text reads as (an Indonesian story quoting an English
        statement at length, an "English Corner" column on fajar: h66)."""
        return self.edition_languages.get(url_host(url)) or self.language

    def item_language(self, url: str, body: Sequence[str]) -> str:
        """The story's language: its edition's when the host names one (en.tempo.co), else the text's
        (fields.language.text_language: The Conversation's, go.kompas.com's and voi.id/en's English stories on
        hosts whose pages are mostly Indonesian; h65 probe), else the site's."""
        return self.edition_languages.get(url_host(url)) or text_language(body) or self.language

    def kept_missing_pages(self, missing_pages: Sequence[str], url: str) -> list[str]:
        """The pages an item lacks, each once, the first ``max_article_pages`` of them: a pager of thousands of numbers
        named them all (h295 C2: 9,970 URLs, an item of 860 KB). More are counted (missing_pages_capped) and logged;
        the item stays incomplete either way."""
        missing = list(dict.fromkeys(missing_pages))
        if len(missing) <= self.max_article_pages:
            return missing
        self.crawler.stats.inc_value("newscrawl/article_pages/missing_pages_capped")
        self.logger.warning("%s lacks %d pages; missing_pages names the first %d", url, len(missing),
                            self.max_article_pages)
        return missing[:self.max_article_pages]

    def build_item(self, raw: RawArticle, fetched_url: str, missing_pages: Sequence[str] = ()) -> Article:
        # The canonical link is trusted only when it stays on the site (syndicated copies
        # sometimes point canonical at the original outlet, which is not this article's URL) and is
        # not the home page (a template giving every page the site's root: the articles would merge).
        url = raw.url
        if not same_site(url, self.allowed_domains) or (is_site_root(url) and not is_site_root(fetched_url)):
            if is_site_root(url):
                self.crawler.stats.inc_value("newscrawl/url/root_canonical_ignored")
            url = canonical_url(fetched_url)
        elif url != canonical_url(fetched_url) and not self.canonical_names_article(url, fetched_url):
            # A template's canonical that names no article (the section page, "berita.php" without its ?id=):
            # every story of that template would merge into one item under it.
            self.crawler.stats.inc_value("newscrawl/url/hub_canonical_ignored")
            self.logger.info("Canonical %s of %s names no article; the page's own URL is kept", url, fetched_url)
            url = canonical_url(fetched_url)
        elif url != canonical_url(fetched_url) and (other := canonical_names_other_article(
                url, fetched_url, self.url_article_id(url), self.url_article_id(fetched_url), raw.title)):
            # A template giving another story's canonical (every page article 0's): trusted, one story would be
            # lost as a duplicate and this one emitted under the other's URL and id.
            self.crawler.stats.inc_value("newscrawl/url/other_article_canonical_ignored")
            self.logger.info("Canonical %s of %s names another article (%s); the page's own URL is kept", url,
                             fetched_url, other)
            url = canonical_url(fetched_url)
        return Article(
            url=url,
            site=self.name,
            id=raw.article_id or self.item_article_id(url, fetched_url),
            title=raw.title,
            published_at=raw.published,
            updated_at=raw.updated,
            authors=raw.authors,
            section=raw.section or self.url_section(url, fetched_url),
            tags=raw.tags,
            body=raw.body,
            language=self.item_language(url, raw.body),
            crawled_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            fetched_ts=time.time(),
            missing_pages=self.kept_missing_pages(missing_pages, url),
            paywalled=raw.paywalled,
            # Not exported: the old URLs name this story too (a renamed slug's 301), across runs.
            fetched_via=raw.fetched_via,
            fetched_url=canonical_url(fetched_url),
            checked_as=raw.checked_as,
            checked_url=raw.checked_url,
            page_edges=[edge for edge in raw.page_edges if edge > 0],
            descriptions=raw.descriptions,
            body_fallback=raw.body_fallback,
        )
