"""Any other news site: discovery from robots.txt sitemaps, feeds and start-page links; articles
recognised by structured data; the body by the site-independent extractor (newscrawl/maintext.py).

    scrapy crawl generic -a start_urls=https://www.situs.example/[,…] [-a allowed_domains=a.id,b.id]
                         [-a depth=1] [-a max_links=100] [-a since=YYYY-MM-DD -a until=YYYY-MM-DD]
    scrapy crawl generic -a url=ARTICLE_URL[,…]

Discovery, per start host: /robots.txt ``Sitemap:`` lines (else /sitemap.xml) → sitemaps and sitemap
indexes (news:publication_date / lastmod filter the window); the start pages' RSS/Atom
``<link rel=alternate>``; and the start pages' same-site links. From a start page only links whose path
looks like an article's (a date, a long numeric id, a long slug) are fetched; with depth 2 the other
same-site links are read as listings one level further. Every fetched page must prove it is an article
(JSON-LD (News)Article, og:type=article, article:published_time or an itemprop datePublished; failing
those, dated prose under an h1 — og:type=website, sitewide on old templates, does not veto it; never the
site root or an index/tag/search page) or it is counted and dropped; a soft 404 is counted as such. Articles found by discovery are
kept only when their own date falls in [since, until] (undated ones pass, as in the feeds).
"""
from __future__ import annotations

import html
import re
from datetime import date, datetime, tzinfo
from typing import Any, AsyncIterator, Iterator, Sequence
from urllib.parse import parse_qsl, urlsplit

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse

from newscrawl.appstate import app_state_story, may_hold_app_state
from newscrawl.catalogue import outlet_title, outlet_zones
from newscrawl.dates import listed_zone, parse_date, stated_zone, zone_for_url
from newscrawl.fields.dates import (VISIBLE, DateCandidate, choose_dates, dated_heading, day_told_in_stated_zone,
                                    find_page_dates, shown_line_set_aside)
from newscrawl.discovery import Entry, day_end, in_window, reaches_back_to, unlinked_listing_urls
from newscrawl.fields.authors import (NameSource, byline_writers, choose_authors, column_byline, lead_credit, opinion_page,
                                      photo_story_credit, signoff_credit, trimmed_closing_credit,
                                      unlabelled_byline)
from newscrawl.fields.outlet import outlet_labels
from newscrawl.dom import in_fact_box
from newscrawl.fields.title import site_header_h1, title_heading
from newscrawl.extract import (ANY_SITE_AUTHORS, ANY_SITE_SECTION, ANY_SITE_TAGS, PUBLISHED_METAS, RawArticle, SiteRules, body_chars,
                               collapse_ws, declares_article, json_ld_objects, ld_credits, ld_types, meta_content,
                               news_article_ld, page_credit_lines, page_meta, shares_lead, shares_text,
                               split_article_body)
from newscrawl.items import Article
from newscrawl.maintext import says_photo_story
from newscrawl.middlewares import DISCOVERED, ROLE, article_unavailable
from newscrawl.spiders.base import (DOCUMENT_META, EXPLICIT, NOT_ARTICLE_WHY, NewsSpider, failure_cause, link_anchors,
                                    links_base, request_meta, served_as)
from newscrawl.state import outside_window_reason
from newscrawl.urls import (canonical_url, directory_form, is_site_root, join_url, listing_page_number, listing_page_url,
                            names_a_file, other_scheme, publisher_url, registrable_domain, same_site, valid_url)

# Request.meta key: a discovery document generic asks for without the site naming it, whose answer being neither a feed
# nor a sitemap is an absence, not a failure (optional_document_instead): "sitemap.xml" (guessed), "feed" (a link).
_OPTIONAL_DOCUMENT = "newscrawl_optional_document"

# Path segments of pages that list, never report: indexes, tags, search, people (listings to read).
_LISTING_SEGMENTS = frozenset({
    "indeks", "index", "index.html", "index.php", "tag", "tags", "topik", "topic", "topics", "kategori",
    "category", "categories", "kanal", "channel", "search", "cari", "pencarian", "author", "authors", "penulis",
    "reporter", "profile", "profil", "page", "halaman",
})
# ... and of service pages, which neither report nor list.
_SERVICE_SEGMENTS = frozenset({
    "user", "login", "register", "daftar", "subscribe", "about", "about-us", "tentang", "tentang-kami", "kontak",
    "contact", "contact-us", "redaksi", "pedoman", "pedoman-media-siber", "privacy", "privacy-policy",
    "kebijakan-privasi", "disclaimer", "karir", "career", "feed", "rss", "sitemap", "amp-stories", "ads",
    "advertise", "iklan", "cdn-cgi", "wp-admin", "wp-login.php", "wp-json",
})
# /2024/06/19/ or /24/06/19/ (republika) followed by more path.
_PATH_DATE = re.compile(r"/(?:19|20)?\d{2}/[01]?\d/[0-3]?\d/.")
# A run of digits long enough to be an article id (not a page number or a year).
_ID_RUN = re.compile(r"(?<!\d)\d{5,}(?!\d)")
_SLUG_WORD = re.compile(r"[a-z0-9]+")
_LONG_SLUG_WORDS = 4
# Unix timestamps glued to slugs (e.g. "…-1726812587") are not ids: 2013-01-01 … 2033-05-18.
_TIMESTAMP = range(1_356_998_400, 2_000_000_000)
# Structured ids: JSON-LD identifier, then the id metas CMSs publish.
_ID_METAS = ("article:id", "articleid", "article_id", "articleId", "content_id", "contentid", "dable:item_id",
             "dtk:articleid", "kly:article_id", "parsely-post-id")
# A story without structured data is recognised by its prose: at least this much (twice that when found
# by discovery, with a visible date and 3+ paragraphs).
_MIN_STORY_CHARS = 300
_MIN_VIDEO_STORY_CHARS = 120
# ... or, asked for by name and carrying a CMS's publication-date meta (kompas's content_PublishedDate, detik's
# publishdate), a flash story of a line or two (kompas's "Lewotobi erupsi lagi pagi ini." and one more line; detik
# 2015's three <br> lines: h81 probe). A date shown under the h1 is no such proof: an agenda's, a profile's "Bergabung
# sejak …", a maintenance page's or a login wall's date is shown there too (h82 probe).
_MIN_FLASH_STORY_CHARS = 80
_DATED_HEADING = "newscrawl_dated_heading"  # Response.meta key of the cached dated_heading()
# Request.meta key: the listing page whose link a story request is (GenericSpider.judge_listing_reach).
_LISTED_ON = "newscrawl_generic_listed_on"
# Stat: discovered stories dated outside the window, left out before an item is made (dropped_outside_window).
_OUTSIDE_WINDOW_DROPPED = "newscrawl/generic/outside_window_dropped"


def _segments(url: str) -> list[str]:
    return [s for s in urlsplit(url).path.lower().split("/") if s]


def is_service_url(url: str) -> bool:
    """A static file or a service page (login, about, privacy, feeds): neither article nor listing."""
    return names_a_file(url) or any(s in _SERVICE_SEGMENTS for s in _segments(url))


def is_hub_url(url: str) -> bool:
    """The site root, an index/tag/search/author page, a service page or a file: never an article. An article-looking
    path's "index.html" ("…/slug/index.html": a static site's story, as a feed or sitemap may list it) is that story's
    page, not an index (h294 C3): its directory decides, by a date or an id in its path (a section's index under a long
    name, ".../berita-daerah-jawa-timur/index.html", stays one: h299)."""
    directory = directory_form(url)
    if directory and looks_like_article_path(directory, slug=False):
        return False
    segments = _segments(url)
    return not segments or is_service_url(url) or any(s in _LISTING_SEGMENTS for s in segments)


def canonical_names_listing(canonical: str, links: Sequence[str]) -> bool:
    """Whether the canonical an AMP page names reads as a listing rather than a story: a hub (is_hub_url), or a path
    with no date and no id in it that is shallower than every story the page links (an AMP listing
    "/amp/berita-terkini-bekasi-hari-ini/" naming "/berita-terkini-bekasi-hari-ini/", its stories under
    "/2025/06/20/…": h307 J). A page linking no story tells nothing: its canonical is the story's.

    >>> canonical_names_listing("https://x.id/berita-terkini-hari-ini/", ["https://x.id/2025/06/20/banjir-besar/"])
    True
    >>> canonical_names_listing("https://x.id/banjir-rendam-rumah-warga/", ["https://x.id/gempa-guncang-kota-besar/"])
    False
    >>> canonical_names_listing("https://x.id/2025/06/20/banjir-besar/", ["https://x.id/read/2025/06/20/123/gempa/"])
    False
    """
    if is_hub_url(canonical):
        return True
    if looks_like_article_path(canonical, slug=False):
        return False
    depths = [len(_segments(url)) for url in links if looks_like_article_path(url)]
    return bool(depths) and len(_segments(canonical)) < min(depths)


def looks_like_article_path(url: str, slug: bool = True) -> bool:
    """Whether a link's path looks like one article's: a date in the path, a long numeric id, or (``slug``) a
    long slug (4+ words). Section pages (/news, /sepakbola/liga-inggris) and hubs do not."""
    if is_hub_url(url):
        return False
    path = urlsplit(url).path.lower()
    if _PATH_DATE.search(path):
        return True
    segments = [s for s in path.split("/") if s]
    if any(int(run) not in _TIMESTAMP for run in _ID_RUN.findall("/".join(segments[-3:]))):
        return True
    if not slug:
        return False
    last = re.sub(r"\.(?:html?|php|aspx?)$", "", segments[-1])
    return len(_SLUG_WORD.findall(last)) >= _LONG_SLUG_WORDS and not last.isdigit()


# Query parameters that hold an article's number on old PHP sites and WordPress ("index.php?id=1234", "?p=5678").
_ID_PARAMS = ("id", "newsid", "news_id", "berita_id", "idberita", "artikel_id", "article_id", "articleid", "artid",
              "nid", "p")


def _is_date_stamp(run: str) -> bool:
    """A compact date or date-time in a path ("20240215" of bisnis.com's /read/20240215/536/1740123/…,
    "20240514130211" of CNN Indonesia's): the day, shared by every story of that day, never the story's id."""
    if len(run) not in (8, 12, 14):
        return False
    try:
        datetime.strptime(run, {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}[len(run)])
    except ValueError:
        return False
    return 1990 <= int(run[:4]) <= 2100


# A path segment's file extension (".html", ".php"), off before its words are read.
_SEGMENT_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
# The AMP view's mark left on a slug: "judul-12345.amp.html", "judul-12345-amp" (h88 probe: "amp" read as the slug's
# last word, and the view lost its id).
_VIEW_MARK = re.compile(r"[.\-_]amp$", re.IGNORECASE)
# A CMS's word naming the number after it as the article's ("news-238765-judul" of gatra and surabayapagi).
_ID_MARKER_WORDS = frozenset({"news", "berita", "artikel", "article", "read", "baca", "detail", "post", "view", "id",
                              "content", "story"})
# A segment that is one word ending in the number: "read539790" (wartaekonomi's /read539790/judul).
_MARKED_NUMBER = re.compile(r"[a-z]+(\d{5,})", re.IGNORECASE)


def _id_runs(path: str) -> list[str]:
    """The 5+ digit numbers a path may hold its article id in: a whole segment ("/berita/12345/judul", "/read/12345",
    "/read539790/judul"), the first or last word of a segment's slug ("736460-taylor-swift", "judul-12345.html",
    "d-7654321"), or the word after a marker word ("news-238765-judul"). A number between slug words, or glued to
    one, is part of the headline ("blt-rp600000-cair": a price; "bantu-100000-warga")."""
    runs = []
    for segment in path.split("/"):
        segment = _VIEW_MARK.sub("", _SEGMENT_EXTENSION.sub("", segment))
        if marked := _MARKED_NUMBER.fullmatch(segment):
            runs.append(marked.group(1))
            continue
        words = [w for w in re.split(r"[^0-9A-Za-z]+", segment) if w]
        placed = words[:1] + words[-1:] + (words[1:2] if words and words[0].lower() in _ID_MARKER_WORDS else [])
        runs += [w for w in dict.fromkeys(placed) if _ID_RUN.fullmatch(w)]
    return runs


# A query that is the article's number and slug, an old CMS's "/?31542-pemerintah-pangkas-impor" (koran-jakarta), or
# the number alone; not a date ("?2015-06-12": a digit after the hyphen). 5+ digits, as in a path: "?2019-pemilu-…"
# and "?1000-guru-honorer-…" open with a year and a count of a headline (h103 probe: every "?2019-…" story one id).
_QUERY_ID = re.compile(r"(\d{5,12})(?:-[^\d&=]|&|$)")
# A server script handling the query ("index.php?…", "berita.asp?…"): its name is no article's.
_SCRIPT_EXTENSION = re.compile(r"\.(?:php\d?|aspx?|jsp|cgi)$", re.IGNORECASE)


def _path_names_article(url: str) -> bool:
    """Whether the path itself names an article (a date, an id, or a slug of 2+ hyphenated words in its last
    segment), so a bare number after it is a cache-buster ("/berita/judul-artikel?1591234567"), not its id."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments or _SCRIPT_EXTENSION.search(segments[-1]):
        return False
    last = _SEGMENT_EXTENSION.sub("", segments[-1].lower())
    return looks_like_article_path(url) or ("-" in last and len(_SLUG_WORD.findall(last)) >= 2)


_DAY_BEFORE_ID = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/(?P<id>\d{6,10})(?=/|$)")
# HHMMSS opening a number: an hour, its minute and second.
_CLOCK_LED = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d")


def url_numeric_id(url: str) -> str | None:
    """The longest id-placed run of 5+ digits in the URL path (``_id_runs``) that is neither a Unix timestamp nor a
    compact date (first on a tie); else a number in an id query parameter (``_ID_PARAMS``); else, when the path
    names no article itself, the 5+ digits a query opens with as its first key, before a slug ("?31542-judul") or
    alone, neither a Unix timestamp nor a compact date either way ("?20150612-banjir-jakarta")."""
    parts = urlsplit(url)
    runs = [r for r in _id_runs(parts.path) if int(r) not in _TIMESTAMP and not _is_date_stamp(r)]
    if runs:
        run = max(runs, key=len)
        # A number the day's date path holds, opening with a clock (kompas's "/read/2024/06/19/07000011/judul":
        # HHMMSS and a counter), is unique within that day only: the day is part of the id (h170 probe: two days'
        # 07000011 were one story's key, the second day's story dropped as already seen). suara's regional editions
        # print the bare clock ("/read/2021/08/24/163512/…", h184 probe: two days' 163512 were one id).
        day = _DAY_BEFORE_ID.search(parts.path)
        if day and day.group("id") == run and _CLOCK_LED.match(run):
            return f"{day.group('y')}{day.group('m')}{day.group('d')}{run}"
        return run
    query = dict(parse_qsl(parts.query))
    named = next((query[name] for name in _ID_PARAMS if re.fullmatch(r"\d{1,12}", query.get(name, ""))), None)
    if named or not (leading := _QUERY_ID.match(parts.query)) or _path_names_article(url):
        return named
    number = leading.group(1)
    return None if int(number) in _TIMESTAMP or _is_date_stamp(number) else number


def structured_id(ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    value = ld.get("identifier")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("value") or value.get("@value")
    if isinstance(value, (str, int)) and str(value).strip():
        return collapse_ws(str(value))
    found = meta_content(meta, *_ID_METAS)
    return found if found and re.fullmatch(r"[\w-]{1,64}", found) else None


# An articleBody cut short by the theme: "…", "...", "[…]", "[...]" at its end (&hellip; is unescaped first).
_CUT_SHORT_RE = re.compile(r"(?:\.{3}|\u2026)\s*\]?\s*$")
# WordPress's excerpt_more ("[…]", "[...]") closing a one-paragraph excerpt: a teaser whatever its words.
_EXCERPT_MORE_RE = re.compile(r"\[\s*(?:\.{3}|\u2026)\s*\]\s*$")


def choose_body(main: list[str], article_body: str | None,
                description: str | None = None) -> tuple[list[str], str | None]:
    """The DOM's main text, unless JSON-LD articleBody tells another story (the page's text is not
    server-rendered and main_text found a teaser or sidebar instead); articleBody alone when the DOM
    has no text. A flat articleBody (no line breaks) is one paragraph. A teaser never replaces the page's text:
    an articleBody sharing the page's lead, cut short with "…" or under half the page's text (h98 suarapapua); a
    one-paragraph WordPress excerpt ending "[…]"; the page's meta ``description`` itself; a one-paragraph articleBody
    cut short with "…" beside the page's text of several paragraphs, or one short paragraph under half of it,
    whatever its words (a hand-written summary, a lead reworded under another dateline: h106 probe). A
    multi-paragraph articleBody sharing nothing with the page's text is the story, however short or ending in "...":
    the page's text is then other prose (a reader-voices box beside a JS-rendered story, h103 probe)."""
    text = html.unescape(article_body) if isinstance(article_body, str) else ""
    ld_blocks = split_article_body(text) or ([collapse_ws(text)] if collapse_ws(text) else [])
    if not main or not ld_blocks:
        return (main, "maintext") if main else ((ld_blocks, "jsonld") if ld_blocks else ([], None))
    cut_short = bool(_CUT_SHORT_RE.search(ld_blocks[-1]))
    under_half = 2 * body_chars(ld_blocks) < body_chars(main)
    if shares_text(main, ld_blocks) or _is_description(text, description) \
            or ((cut_short or under_half) and shares_lead(main, ld_blocks)):
        return main, "maintext"
    if len(ld_blocks) == 1 and (_EXCERPT_MORE_RE.search(ld_blocks[0]) or (cut_short and _prose_paragraphs(main) >= 2)
                                or (under_half and _short_summary(ld_blocks[0]))):
        return main, "maintext"  # one paragraph: a teaser whatever its words
    return ld_blocks, "jsonld"


# A one-paragraph teaser: a sentence or two of summary. A flat articleBody holding the whole story (no line breaks)
# is longer, or tells more sentences.
_TEASER_MAX_CHARS = 400
_TEASER_MAX_SENTENCES = 2
_SENTENCE_BREAK_RE = re.compile(r"[.!?\u2026][\"\u201d']?\s+(?=[\"\u201c]?[A-Z])")
_PROSE_END_RE = re.compile(r"[.!?\u2026\"\u201d')]\s*$")


def _short_summary(paragraph: str) -> bool:
    return (len(paragraph) <= _TEASER_MAX_CHARS
            and len(_SENTENCE_BREAK_RE.findall(paragraph)) < _TEASER_MAX_SENTENCES)


def _prose_paragraphs(blocks: list[str]) -> int:
    """How many of ``blocks`` are prose paragraphs: ending as a sentence does."""
    return sum(1 for block in blocks if _PROSE_END_RE.search(block))


def _is_description(article_body: str, description: str | None) -> bool:
    """Whether articleBody is the page's meta description word for word: the summary, not the story."""
    return isinstance(description, str) and bool(ld := collapse_ws(article_body)) \
        and ld.casefold() == collapse_ws(html.unescape(description)).casefold()


class GenericSpider(NewsSpider):
    name = "generic"
    # No URL pattern: structured data decides what is an article.
    article_url_pattern = r"$^"
    # Fallbacks after JSON-LD/meta, kept to selectors that mean the same on any site.
    rules = SiteRules(
        published=("meta[itemprop='datePublished']::attr(content)", "[itemprop='datePublished']::attr(datetime)",
                   "meta[name='publishdate']::attr(content)", "meta[name='publish-date']::attr(content)",
                   "meta[name='content_PublishedDate']::attr(content)", "meta[name='DC.date.issued']::attr(content)",
                   "meta[name='date']::attr(content)", "meta[itemprop='dateCreated']::attr(content)",
                   # Blogger and hAtom themes: <abbr class="published" title="2023-05-12T08:15:00+07:00">08.15</abbr>
                   "abbr[itemprop='datePublished']::attr(title)", "abbr.published::attr(title)",
                   "[itemprop='datePublished']", "meta[name='pubdate']::attr(content)",
                   "time[pubdate]::attr(datetime)"),
        updated=("[itemprop='dateModified']::attr(datetime)", "meta[property='og:updated_time']::attr(content)"),
        authors=ANY_SITE_AUTHORS,
        tags=ANY_SITE_TAGS,
        section=ANY_SITE_SECTION,
    )
    default_depth = 1
    default_max_links = 100

    # -a start_urls=https://site/[,…] (or -a url=ARTICLE[,…]), allowed_domains=a.id,b.id, depth, max_links.
    arguments = {**NewsSpider.arguments, "start_urls": "urls", "allowed_domains": "names", "depth": "count",
                 "max_links": "count0"}
    require_arguments = ("start_urls", "url", "url_file")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_pages = self.args["start_urls"]
        domains = self.args["allowed_domains"] or [
            registrable_domain(u) for u in self.start_pages + self.start_article_urls]
        self.allowed_domains = list(dict.fromkeys(d.lower().lstrip(".") for d in domains if d))
        self.max_depth = self.args["depth"] if self.args["depth"] is not None else self.default_depth
        self.max_links = self.args["max_links"] if self.args["max_links"] is not None else self.default_max_links

    # ---- discovery -----------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.bad_argument:  # left inert by from_crawler: the crawl closes as bad_argument
            return
        self.say_publisher_urls()
        if self.start_article_urls:
            for url in self.start_article_urls:  # asked for by name: no window, no recognition shortcut
                yield scrapy.Request(url, callback=self.parse_article, errback=self.request_failed,
                                     meta={EXPLICIT: True})
            return
        for request in self.discovery_requests():
            yield request

    def discovery_requests(self) -> Iterator[scrapy.Request]:
        origins = dict.fromkeys(f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in self.start_pages)
        for origin in origins:
            yield scrapy.Request(f"{origin}/robots.txt", callback=self.parse_robots, errback=self.robots_failed,
                                 cb_kwargs={"origin": origin}, priority=10)
        for url in self.start_pages:
            yield scrapy.Request(url, callback=self.parse_start, errback=self.request_failed, dont_filter=True)

    def parse_robots(self, response: Response, origin: str) -> Iterator[scrapy.Request]:
        text = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        sitemaps = [url for line in text.splitlines()
                    if line.strip().lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
                    and (url := join_url(origin + "/", line.split(":", 1)[1]))]
        self.crawler.stats.inc_value("newscrawl/generic/robots_sitemaps", len(sitemaps))
        for sitemap in sitemaps:
            # Declared by the site itself, so a sitemap host outside allowed_domains is still read;
            # its entries must be on the site.
            yield scrapy.Request(sitemap, callback=self.parse_sitemap, errback=self.request_failed,
                                 meta={**DOCUMENT_META, "allow_offsite": True})
        if not sitemaps:
            yield self.guessed_sitemap_request(origin)

    def robots_failed(self, failure: Any) -> Iterator[scrapy.Request]:
        if not self.optional_document_absent(failure, "robots.txt"):
            self.request_failed(failure)
        yield self.guessed_sitemap_request(failure.request.cb_kwargs["origin"])

    def guessed_sitemap_request(self, origin: str) -> scrapy.Request:
        """/sitemap.xml where robots.txt declares no sitemap: a guess, whose 404 (or a page that is no sitemap: a
        site serving its home page for any path) is no fault of the site."""
        return scrapy.Request(f"{origin}/sitemap.xml", callback=self.parse_sitemap, errback=self.guessed_sitemap_failed,
                              meta={**DOCUMENT_META, _OPTIONAL_DOCUMENT: "sitemap.xml"})

    def guessed_sitemap_failed(self, failure: Any) -> None:
        if not self.optional_document_absent(failure, "sitemap.xml"):
            self.request_failed(failure)

    def optional_document_absent(self, failure: Any, name: str) -> bool:
        """A robots.txt or a guessed /sitemap.xml answering 404/410: many small sites have neither, and discovery goes
        on from the start pages (h176: two failed discovery requests and their WARNING lines on every run of a healthy
        site). Counted and logged at INFO, no failure; any other error of theirs is one (request_failed)."""
        status = failure_cause(failure.value)[0]
        if status not in (404, 410):
            return False
        self.crawler.stats.inc_value(f"newscrawl/generic/no_{name.replace('.', '_')}")
        self.logger.info("No %s on the site (HTTP %s): %s", name, status, failure.request.url)
        return True

    def optional_document_instead(self, response: Response, asked: str, what: str) -> bool:
        """A guessed /sitemap.xml, or a feed a start page links (``<link rel=alternate>``), that answered neither a
        feed nor a sitemap (an HTML page: a site serving its home page for unknown paths, a soft 404; an "RSS" page
        listing the site's feeds; a dead plugin's link): an absence, as a guessed sitemap's 404 is, counted
        (``newscrawl/generic/no_sitemap_xml``, ``newscrawl/generic/feed_link_not_a_feed``) and logged at INFO;
        discovery goes on from the start pages. A sitemap robots.txt declares is the site's word: its failure counts."""
        name = request_meta(response).get(_OPTIONAL_DOCUMENT)
        if name is None:
            return False
        if name == "sitemap.xml":
            self.crawler.stats.inc_value("newscrawl/generic/no_sitemap_xml")
            self.logger.info("No sitemap.xml on the site (it answered %s): %s", what, asked)
        else:
            self.crawler.stats.inc_value("newscrawl/generic/feed_link_not_a_feed")
            self.logger.info("A start page's feed link answered %s, no feed: %s", what, asked)
        return True

    def parse_start(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):  # a start page answering bytes: said and counted
            self.crawler.stats.inc_value("newscrawl/errors/not_markup")
            self.crawler.stats.inc_value("newscrawl/failed/discovery/other")
            self.logger.warning("Not an HTML or XML page (%s), skipped: %s",
                                response.headers.get(b"Content-Type", b"no Content-Type").decode("latin-1"), response.url)
            return
        for href in response.css("link[rel~=alternate][type*=rss]::attr(href), "
                                 "link[rel~=alternate][type*=atom]::attr(href)").getall():
            feed = join_url(links_base(response), href)
            if not feed:
                self.bad_link(href, response.url)
                continue
            yield scrapy.Request(feed, callback=self.parse_feed, errback=self.request_failed,
                                 meta={**DOCUMENT_META, "allow_offsite": True, _OPTIONAL_DOCUMENT: "feed"})
        yield from self.follow_links(response, depth=0)

    def follow_links(self, response: Response, depth: int) -> Iterator[scrapy.Request]:
        """Article-looking same-site links (and, below max depth, the other ones as listings)."""
        articles, listings = self.page_links(response)
        self.count_discovery(len(articles))
        if len(articles) > self.max_links:
            # Said, not silent: a start page listing more stories than -a max_links leaves the rest unread (h190).
            left = len(articles) - self.max_links
            self.crawler.stats.inc_value("newscrawl/discovery/past_max_links", left)
            self.logger.info("%d article link(s) past max_links=%d not followed on %s (raise -a max_links to read "
                             "them)", left, self.max_links, response.url)
        # A story only a fallback reading named (unlinked_articles) is no link of the listing's for its reach: a page
        # naming none of its stories by a link has no list to judge (h299 R2: a popular box's off-day stories passed for
        # the listing reaching back).
        unlinked = self.__dict__.get("_unlinked_found", set())
        for url in articles[: self.max_links]:
            if not self.other_view_requested(url):
                yield self.page_request(url, depth + 1, discovered=True,
                                        listed_on=None if url in unlinked else response.url)
        if depth + 1 < self.max_depth:
            for url in listings[: self.max_links]:
                if listing_page_url(url):  # a listing's numbered page, read as a listing (h257 R1)
                    self.crawler.stats.inc_value("newscrawl/generic/listing_pages_paged")
                yield self.page_request(url, depth + 1, discovered=False)
        # Links this listing leaves unread (its other listings past depth, its stories past max_links): the stories
        # its read links hold may not reach back to the window (judge_listing_reach).
        unread = max(len(articles) - self.max_links, 0) + (
            len(listings) if depth + 1 >= self.max_depth else max(len(listings) - self.max_links, 0))
        self.__dict__["_listing_links_unread"] = self.__dict__.get("_listing_links_unread", 0) + unread

    def page_request(self, url: str, depth: int, discovered: bool, listed_on: str | None = None) -> scrapy.Request:
        # DISCOVERED lets an incremental run skip an article it already has. ROLE: parse_page reads articles and
        # listings alike, so the link's kind says which a failure of this request is (health counts by it).
        # _LISTED_ON: the listing (a start page, a listing read from it) whose link this story is (judge_listing_reach).
        meta = {DISCOVERED: True, ROLE: "article"} if discovered else {ROLE: "discovery"}
        if listed_on:
            meta[_LISTED_ON] = listed_on
        return scrapy.Request(url, callback=self.parse_page, errback=self.article_failed if discovered else
                              self.request_failed, cb_kwargs={"depth": depth}, meta=meta)

    def article_request(self, url: str) -> scrapy.Request:
        """Feed and sitemap entries: pages to recognise, never expanded as listings."""
        return self.page_request(url, self.max_depth, discovered=True)

    def page_links(self, response: Response) -> tuple[list[str], list[str]]:
        """(article-looking, other) same-site links of a page, canonical, in page order, once each. A listing's numbered
        page ("/?page=2", "/ekonomi?page=3": a "Muat lebih banyak" button) keeps its page parameter (listing_page_url):
        canonical_url drops it, and page 2 was page 1 again, never read at any depth (h257 R1)."""
        articles: dict[str, None] = {}
        listings: dict[str, None] = {}
        page = listing_page_url(response.url) or canonical_url(response.url)
        base = links_base(response)
        # A page served over plain http (not sent on to https): its site is fetched as it is served, an
        # http-only site's links upgraded to https would all be refused (the output URL stays canonical).
        plain_http = response.url.startswith("http://")
        for href in response.css("a::attr(href)").getall():
            href = href.strip()
            if not href or href.startswith("#") or other_scheme(href):
                continue
            absolute = publisher_url(join_url(base, href))  # an AMP cache's link: the publisher's page
            if not absolute:
                self.bad_link(href, response.url)
                continue
            url = canonical_url(absolute)
            # An article's own page 2 is the article (its pager reads it); a listing's page 2 is another listing.
            paged = None if looks_like_article_path(url) else listing_page_url(absolute)
            url = paged or url
            if url == page or not url.startswith("https://") or not same_site(url, self.allowed_domains):
                continue
            fetch = "http://" + url[len("https://"):] if plain_http else url
            if looks_like_article_path(url):
                articles[fetch] = None
            elif not is_service_url(url) and (_segments(url) or paged):
                listings[fetch] = None
        if isinstance(response, HtmlResponse) and not articles:
            # Only a page whose links name no story of the site's (h299 R2: beside linked headlines, a sidebar's
            # <li data-href>, a playlist's data-url are no list of the page's).
            self.unlinked_articles(response, page, articles)
        elif isinstance(response, HtmlResponse):
            self.count_unlinked_unread(response, page, articles)
        return list(articles), list(listings)

    def count_unlinked_unread(self, response: HtmlResponse, page: str, articles: dict[str, None]) -> None:
        """A page whose links named stories is read by them alone (page_links): the other stories its ItemList or cards
        name (a home page of a new template era drawing its latest list so beside linked headlines, h294 C1) are left,
        counted (``newscrawl/discovery/unlinked_unread``) and the run's first page said at INFO, never silent."""
        item_list, attributes, _ = unlinked_listing_urls(response.selector, links_base(response), scripts=False)
        unread = {url for url in (*item_list, *attributes) if self.names_unlinked_story(url)} - set(articles) - {page}
        if not unread:
            return
        self.crawler.stats.inc_value("newscrawl/discovery/unlinked_unread", len(unread))
        if not self.__dict__.setdefault("_unlinked_unread_said", False):
            self.__dict__["_unlinked_unread_said"] = True
            self.logger.info("%s names %d stor%s by cards or an ItemList beside its links; read by its links only "
                             "(counted in newscrawl/discovery/unlinked_unread)", response.url, len(unread),
                             "y" if len(unread) == 1 else "ies")

    def unlinked_articles(self, response: HtmlResponse, page: str, articles: dict[str, None]) -> None:
        """Adds to ``articles`` (empty: the page's links named no story, page_links) the stories a page names without an
        <a href> (h294 C1; discovery.unlinked_listing_urls), checked as its links are (same site, an article-looking
        path): its JSON-LD ItemList and its cards' data-href/data-url (a card holding a headline, outside the page's
        chrome), the URL strings of its inline scripts only when nothing else named a story, on a listing's first page
        (never a numbered later page: an archive past its end holds a popular widget's state, h299 R3) and from an
        array naming 3 or more article-looking same-site addresses. A page read so is counted
        (newscrawl/discovery/listing_fallback), the run's first said; its stories are marked (``_unlinked_found``) as no
        link of the listing's for its reach (follow_links)."""
        item_list, attributes, scripts = unlinked_listing_urls(
            response.selector, links_base(response), self.names_unlinked_story,
            scripts=listing_page_number(response.url) is None)
        unlinked = self.__dict__.setdefault("_unlinked_found", set())
        added = 0
        for urls in (item_list, attributes, scripts):
            if urls is scripts and articles:
                break
            for absolute in urls:
                absolute = publisher_url(absolute)
                url = canonical_url(absolute) if absolute and valid_url(absolute) else ""
                if url and url != page and url.startswith("https://") and same_site(url, self.allowed_domains) \
                        and looks_like_article_path(url) and url not in articles:
                    fetch = "http://" + url[len("https://"):] if response.url.startswith("http://") else url
                    articles[fetch] = None
                    unlinked.add(fetch)
                    added += 1
        if added:
            self.listing_read_by_fallback(response.url, added)

    def names_unlinked_story(self, url: str) -> bool:
        """Whether an address a page's script names is a story of the site's as unlinked_articles takes one."""
        absolute = publisher_url(url)
        url = canonical_url(absolute) if absolute and valid_url(absolute) else ""
        return bool(url) and url.startswith("https://") and same_site(url, self.allowed_domains) \
            and looks_like_article_path(url)

    def parse_page(self, response: Response, depth: int) -> Iterator[Article | scrapy.Request]:
        """A page reached by a link: an article, or (below max depth) a listing to read links from."""
        if self.soft_404(response):
            yield from self.instead_of_no_article(response, "a soft 404")
            return
        # A story link's AMP copy naming its canonical is read there (NewsSpider.parse_article): a bare copy (no og:type,
        # no JSON-LD) was refused first, "Not an article page" at WARNING, then its canonical asked all the same (h304 F5).
        # Not an AMP listing's (h307 J): its canonical, the listing, was read as the story, then the AMP page as is, two
        # warnings and a wasted fetch.
        if self.looks_like_article(response) or (response.meta.get(ROLE) == "article"
                                                 and (canonical := self.amp_canonical(response)) is not None
                                                 and not self.names_listing(canonical, response)):
            yield from self.parse_article(response)
            return
        why = response.meta.get(NOT_ARTICLE_WHY)
        if response.meta.get(ROLE) == "article":
            # A story link, sitemap or feed entry that held no article is a drop: said by its URL and reason, as a site
            # spider says it (NewsSpider.parse_article; h235 S7d: a 200 "<html></html>" counted not_article only), and
            # remembered as a site spider remembers it, so the next run says "Still no article" at INFO instead of
            # warning again about every video or photo page a home page links (h245).
            if not (isinstance(response, HtmlResponse) and self.no_article_at(response.request, "not_article")):
                self.crawler.stats.inc_value("newscrawl/dropped/not_article")
                self.logger.warning("Not an article page, skipped: %s%s", response.url, f" ({why})" if why else "")
        else:  # a listing reached by a link: read for its links, nothing dropped
            self.crawler.stats.inc_value("newscrawl/dropped/not_article")
            self.logger.debug("Not an article page: %s (%s)", response.url, why or "?")
        yield from self.instead_of_no_article(response, "no article page")
        if depth < self.max_depth and isinstance(response, TextResponse):
            yield from self.follow_links(response, depth)

    def names_listing(self, canonical: str, response: Response) -> bool:
        """Whether an AMP page's canonical reads as a listing, not its story (canonical_names_listing), by the stories
        the AMP page links on the site."""
        links = [url for url, _ in link_anchors(response)] if isinstance(response, TextResponse) else []
        return canonical_names_listing(canonical, [url for url in links if same_site(url, self.allowed_domains or
                                                                                    [registrable_domain(response.url)])])

    def is_article_url(self, url: str) -> bool:
        """Feed and sitemap entries: any same-site page that is not a hub (the page itself decides)."""
        return same_site(url, self.allowed_domains) and not is_hub_url(url)

    # ---- articles -------------------------------------------------------------------------
    def looks_like_article(self, response: Response) -> bool:
        """Structured data says "article" (JSON-LD, og:type, article:published_time, microdata); failing
        that (2015 templates), the page reads like one: a dated prose body on an article-looking URL, or
        any prose body when the URL was asked for by name. A page asked for by name that is none says why
        (``not_article_why``: the warning names the reason)."""
        content_type = response.headers.get(b"Content-Type", b"").lower()
        if not isinstance(response, TextResponse) or (content_type and b"html" not in content_type):
            return _refused(response, served_as(response))  # the warning names the type (h249)
        explicit = bool(response.meta.get(EXPLICIT))
        if (is_hub_url(response.url) and not explicit) or is_site_root(canonical_url(response.url)):
            return _refused(response, "the site's home page")  # never, even asked for by name or og:type=article
        objects = json_ld_objects(response.selector)
        if news_article_ld(objects) is not None:
            return True
        meta = page_meta(response.selector)
        og_type = (meta_content(meta, "og:type") or "").lower()
        # "website" is what many old templates say on every page, articles included: it vetoes only
        # pages without a date in the article's block. "video.other" …: the site says what the page is.
        website = og_type == "website"
        # A video news page asked for by name is read like any page asked for by name (its story, if it has
        # one, decides below; the site spiders emit them too); found by discovery it is no article. So is an
        # audio one (a podcast episode: og:type music.*, JSON-LD PodcastEpisode; h44 probe).
        media = explicit and (og_type.startswith(("video", "music.")) or _names_audio(objects))
        if og_type and og_type != "article" and not website and not media:
            return _refused(response, f"og:type {og_type!r}")
        if declares_article(meta, response.selector.root):
            return True
        found = self.main_text(response)
        if found.in_teasers:
            # A tag, section or index page (asked for by name too): its teasers read as dated prose, but without
            # structured data saying "article" it is a listing (counted not_article, never an item of teasers). Told
            # by the page, not by its URL: koran-jakarta's "/?31542-judul" is an article (h98 probe).
            return _refused(response, "its prose is teasers of other stories (a listing)")
        chars = sum(len(block) for block in found.blocks)
        body = f"a body of {len(found.blocks)} blocks, {chars} characters"
        if media:
            # a video's or an episode's story is its short description
            return chars >= _MIN_VIDEO_STORY_CHARS or _refused(response, f"a {og_type or 'media'} page, {body}")
        if (chars < _MIN_STORY_CHARS and (explicit or looks_like_article_path(response.url))
                and may_hold_app_state(response.text) and app_state_story(response.selector, response.url) is not None):
            # A client-rendered shell (kumparan, idntimes: a skeleton, the story only in __NEXT_DATA__) whose app state
            # holds the page's own story under the page's headline: read as a site spider reads it (parse_article's
            # fill_from_app_state, counted body_source/appstate). h310 F: dropped "a body of 0 blocks".
            return True
        if explicit and not website:
            if meta_content(meta, *PUBLISHED_METAS):
                return chars >= _MIN_FLASH_STORY_CHARS or _refused(response, body)
            return (len(found.blocks) >= 2 and chars >= _MIN_STORY_CHARS) or _refused(response, body)
        # Dated prose under an h1: a date shown before the body (maintext), or just under the h1 in any
        # form parse_date reads (English "June 19, 2015 | 09:46 am" too), or anywhere in the block holding the h1
        # and the story's start (fields.dates' in_article: jatimprov's date row above the h1 in its card, h122).
        long_enough = len(found.blocks) >= 3 and chars >= 2 * _MIN_STORY_CHARS
        if not (long_enough and (explicit or looks_like_article_path(response.url))):
            return _refused(response, f"og:type website and {body}" if website else body)
        if found.visible_date is not None or self.dated_heading(response) is not None or any(
                candidate.in_article for candidate in find_page_dates(response.selector, self.zone_for(response.url))):
            return True
        return _refused(response, f"{'og:type website and ' if website else ''}no date shown in the article's block "
                                  f"({body})")

    def dated_heading(self, response: Response, lead: bool = True) -> str | None:
        """dated_heading() of the page, once per response (and ``lead``)."""
        key = _DATED_HEADING if lead else f"{_DATED_HEADING}_no_lead"
        if key not in response.meta:
            response.meta[key] = dated_heading(response.selector.root, lead)
        return response.meta[key]

    def parse_article(self, response: Response) -> Iterator[Article | scrapy.Request]:
        skipped = noted = False
        for result in super().parse_article(response):
            if not noted and response.meta.get(_LISTED_ON) and (article := self.result_article(result)) is not None:
                self.note_listed_story(article)
                noted = True
            if not response.meta.get(EXPLICIT) and not self.result_in_window(result):
                self.crawler.stats.inc_value("newscrawl/discovery/outside_window")
                if not skipped:
                    # Left out before any item is made, unlike a site spider's (its item passes the health counts,
                    # then the window pipeline): no page whose body failed (h146: "body: 30% of 10" for 3 stories).
                    self.page_not_judged()
                    self.dropped_outside_window(response, result)
                    skipped = True
                continue
            yield result

    def dropped_outside_window(self, response: Response, result: Article | scrapy.Request) -> None:
        """A discovered story dated outside the window, left out before its item is made: said at DEBUG with the
        count so far (an INFO line at the crawl's end counts them all), and remembered by an incremental run as the
        window pipeline's drops of a site spider are (middlewares.remember_unavailable with
        state.outside_window_reason: "outside_window:<day>"), so later runs do not fetch it again while their window
        does not hold that day (h257: a home page's 88 old stories fetched and dropped by every cron run). A story
        emitted before (a recheck) is no new URL to remember (remember_unavailable leaves it)."""
        article = self.result_article(result)
        day = self.window_day(article) if article is not None else None
        self.crawler.stats.inc_value(_OUTSIDE_WINDOW_DROPPED)
        count = self.crawler.stats.get_value(_OUTSIDE_WINDOW_DROPPED)
        self.logger.debug("Dated %s, outside the window %s..%s: dropped (%d so far): %s", day or "?", self.since,
                          self.until, count, response.url)
        if day is not None and response.meta.get(DISCOVERED):
            self.crawler.signals.send_catch_log(article_unavailable, request=response.request,
                                                reason=outside_window_reason(day))

    def note_listed_story(self, article: Article) -> None:
        """A story a listing's link led to (a start page's, or a listing's read from it): its URL and publication
        instant (a day alone: that day's end), the listings' reach (judge_listing_reach)."""
        chosen, zone = self.chosen_published(article)
        moment = None
        if chosen and len(chosen) == 10:
            moment = day_end(date.fromisoformat(chosen), zone)
        elif chosen:
            moment = parse_date(chosen, zone=zone)
        self.__dict__.setdefault("_listed_stories", []).append((article.get("url") or "", moment))

    def check_reach(self, source: str, moments: Sequence[datetime | None], urls: Sequence[str] = (),
                    whole: bool | None = None) -> None:
        if reaches_back_to(moments, self.reach_start(urls)[0]):
            self.__dict__["_document_reached"] = True  # a feed, sitemap or listing reaching back
        super().check_reach(source, moments, urls, whole)

    def entries_read(self, document: str, entries: Sequence[Entry], pages: bool = True) -> None:
        super().entries_read(document, entries, pages)
        articles = [entry for entry in entries if pages and self.is_article_url(entry.url)]
        if articles and reaches_back_to(self.reach_moments(articles), self.reach_start([e.url for e in articles])[0]) \
                is not False:
            # A feed or sitemap whose stories reach back (a lastmod too: an edit at or before the start is of a story
            # published before it), or whose reach is unknown (undated): no evidence the listings must give.
            self.__dict__["_document_reached"] = True

    def judge_listing_reach(self) -> None:
        """The start pages' story links as a listing that may stop early: when no feed, sitemap or listing reached back
        to the window's start (or the last run; a sitemap's lastmod at or before it too), no feed or sitemap of unknown
        reach (undated) was read, and none fell short already, the stories the listings' links led to
        must, or those between the window's start and the oldest of them may be missed, unless the listings left no
        link unread (a small site's home page listing all it has). Judged as an undated listing is (check_reach,
        judge_reach: window_start_not_reached, a failure of a window given, a warning in cron's). h257: a Next.js
        portal without feed or sitemap, its home page listing the 10 newest stories (all of the next day), emitted 0
        of the day's 14 with "health ok"."""
        listed = self.__dict__.get("_listed_stories")
        unread = self.__dict__.get("_listing_links_unread", 0)
        if not listed or not unread or self.__dict__.get("_document_reached") or self.__dict__.get("_reach_short"):
            return
        starts = ", ".join(self.start_pages) or "the start pages"
        source = (f"{starts} (the story links of its listings read to depth={self.max_depth}: {unread} listing "
                  f"link{'s' if unread != 1 else ''} left unread; no feed or sitemap reached back; raise -a depth)")
        self.check_reach(source, [moment for _url, moment in listed], [url for url, _moment in listed], whole=True)

    def closed(self, reason: str) -> None:
        self.judge_listing_reach()
        dropped = self.crawler.stats.get_value(_OUTSIDE_WINDOW_DROPPED)
        if dropped:
            self.logger.info("%d discovered stor%s dated outside the window %s..%s dropped (an incremental run "
                             "remembers them: not asked again while its window does not hold their day)", dropped,
                             "y" if dropped == 1 else "ies", self.since, self.until)
        super().closed(reason)

    def result_in_window(self, result: Article | scrapy.Request) -> bool:
        """An item, or the request for its later pages (decided on page 1's dates: the later pages' callbacks
        emit it, and an article outside the window is not worth its pages)."""
        article = self.result_article(result)
        return article is None or self.in_window(article)

    def result_article(self, result: Article | scrapy.Request) -> Article | None:
        """The item, or for the request of its later pages an item of page 1's URL and dates; None for another
        request."""
        if isinstance(result, Article):
            return result
        raw = result.cb_kwargs.get("raw") if isinstance(result, scrapy.Request) else None
        if raw is None:
            return None
        published = RawArticle.from_plain(raw).published
        return Article(url=raw.get("url") or result.url, published_at=published)

    # Any site's pager (NewsSpider.structural_pager): links to the article's own URL with a page number or its
    # single-page view; generic has no selectors, so the structure alone decides.
    def all_pages_url(self, response: Response) -> str | None:
        return self.structural_all_pages_url(response)

    def other_page_urls(self, response: Response, visited: list[str]) -> list[str]:
        return self.structural_pages_read(response, visited)

    def url_article_id(self, url: str) -> str | None:
        return url_numeric_id(url)

    def canonical_names_article(self, canonical: str, fetched_url: str) -> bool:
        """No URL shape here: a canonical that is a hub (section, tag, index) for an article URL, or that drops
        the article's number and reads as no article path ("berita.php" for "berita.php?id=5501"), names no
        article."""
        if is_hub_url(canonical) and not is_hub_url(fetched_url):
            return False
        return not (url_numeric_id(fetched_url) and url_numeric_id(canonical) is None
                    and not looks_like_article_path(canonical))

    def zone_for(self, url: str) -> tzinfo:
        """The zone of the most specific entry naming the URL's host among dates.ZONE_BY_SITE (regional
        editions) and the catalogue's outlets (a WITA outlet read with generic), else WIB."""
        return zone_for_url(url, self.site_timezone, outlet_zones())

    def zone_listed(self, url: str) -> bool:
        """Whether the zone table or the catalogue names the URL's outlet or a domain above it (a WIB zone so named
        is still the default a CMS clock may prove wrong: choose_dates, P0b)."""
        return listed_zone(url, outlet_zones()) is not None

    def chosen_published(self, item: Article) -> tuple[str | None, tzinfo]:
        """(the published_at the item will carry, the zone the window reads it in: window_zone)."""
        url = item.get("url") or ""
        chosen = choose_dates(item.get("published_at") or [], (), self.zone_for(url), language=item.get("language"),
                              zone_listed=self.zone_listed(url)).published
        return chosen, self.window_zone(url, chosen)

    def window_zone(self, url: str, published_at: str | None) -> tzinfo:
        """The zone a story's day is its site-local day in: the zone table's or the catalogue's for the outlet (zone_for),
        else the Indonesian zone its published_at states (dates.stated_zone: "+08:00", WITA), else WIB. A UTC "Z" or a
        time without zone keeps the site's. h257: a Makassar outlet outside the catalogue, its pages "+08:00" and
        "WITA", was held to the window in WIB: 00:05 WITA on the 19th dropped as the 18th, 00:10 WITA on the 20th
        emitted in the 19th's window. The window pipeline reads an item by it too (pipelines.window_zone)."""
        zone = self.zone_for(url)
        if self.zone_listed(url):
            return zone
        return stated_zone(published_at) or zone

    def in_window(self, item: Article) -> bool:
        chosen, zone = self.chosen_published(item)
        return in_window(chosen, self.since, self.until, zone)

    def window_day(self, item: Article) -> date | None:
        """The site-local day the window judged the item by (in_window), or None when it names none."""
        chosen, zone = self.chosen_published(item)
        moment = parse_date(chosen, zone=zone) if chosen else None
        return moment.astimezone(zone).date() if moment is not None else None

    def bylines_by_body(self, response: Response) -> tuple[NameSource, ...]:
        # Before the markup's byline element: a class named "author" may be a sidebar's or another story's.
        # The reporter credit opening the story may stand just before the main text's first block, trimmed
        # off it as a short line: "Laporan Wartawan Tribunnews.com, A dan B" lists every reporter.
        def lead() -> list[str]:
            found = self.main_text(response)
            # The outlet's labels: a column's byline after the outlet's dateline, "KOMPAS, Oleh: A" (h201 probe).
            outlets = outlet_labels(response.url, meta_content(page_meta(response.selector), "og:site_name"))
            # An opinion column's name line over the writer's role line, "Rizal Hakim" / "Peneliti Pusat Kajian …"
            # (tempo 2011's kolom, h170 probe): both trimmed off as short lines.
            return (lead_credit([*found.edge_lines[0][-1:], *found.blocks], outlets)
                    or column_byline([*found.edge_lines[0][-2:], *found.blocks], outlets, bare=opinion_page(
                        response.url, meta_content(page_meta(response.selector), "article:section"),
                        ld_types(self.story_ld(response)))))

        # A report credit closing the story ("(*/yls)" / "Laporan Hendrawan Kariman, Pekanbaru": Riau Pos 2015), trimmed
        # off its end as a short line: among the first lines after the main text's last block.
        def closing() -> list[str]:
            found = self.main_text(response)
            return trimmed_closing_credit(found.blocks, found.edge_lines[1])

        # A writer named only in a Title-case bracketed sign-off, "(Ahmad Rifki Hidayat/CN40/SM Network)" (h286 A),
        # trimmed off the end as a short line; extract's own reading of it (last of all) sees the kept blocks only.
        def signoff() -> list[str]:
            found = self.main_text(response)
            outlets = outlet_labels(response.url, meta_content(page_meta(response.selector), "og:site_name"))
            return signoff_credit([*found.blocks, *found.edge_lines[1][:1]], outlets)
        return lead, lambda: self.main_text(response).byline, closing, signoff

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        found = self.main_text(response)
        meta = page_meta(response.selector)
        ld = self.story_ld(response)
        raw.body, raw.body_source = choose_body(found.blocks, ld.get("articleBody"),
                                                meta_content(meta, "description", "og:description"))
        # A lead's dateline is no date line; the page finder takes it when the page shows none.
        shown = found.visible_date
        if not shown and (line := self.dated_heading(response, lead=False)):
            # <time datetime="…T19:30:12+08:00">14 Juli 2021</time>: the zone of a machine date's instant, no more
            shown = day_told_in_stated_zone(line, getattr(line, "stated", ""), raw.published, raw.updated,
                                            self.zone_listed(response.url))
        holder = getattr(shown, "holder", None)
        if shown and (why := shown_line_set_aside(
                raw.published, raw.updated, shown, self.zone_for(response.url), zone_listed=self.zone_listed(response.url),
                headline_is_site_h1=_before_headline_under_site_h1(response.selector.root, holder),
                in_fact_box=holder is not None and in_fact_box(holder))) is not None:
            # A line that would override the machine dates (P4d) but is no publication line: an event's, a quake box's,
            # a photo's, the update stamp, the header's clock after a logo h1 (h271): the machine date stands.
            self.crawler.stats.inc_value(f"newscrawl/dates/shown_line_set_aside/{why}")
            self.logger.debug("date line %r set aside (%s) for the machine dates on %s", str(shown), why, response.url)
            shown = None
        if shown:
            # The date line above the body; the date pipeline checks the structured dates against it.
            raw.published.append(DateCandidate(shown, VISIBLE))
        # The labelled byline nearest the body is the last source (and completes a short form).
        publisher = ld.get("publisher")
        # The catalogue's name of the outlet too: a page whose metas name no outlet still has "Rakyat Merdeka" on rm.id.
        outlets = outlet_labels(response.url, meta_content(meta, "og:site_name"),
                                publisher.get("name") if isinstance(publisher, dict) else None,
                                outlet_title(response.url))
        if not found.byline:  # no labelled byline: a line without label next to the body ("Nama - detikinet")
            found.byline = unlabelled_byline(*found.edge_lines, outlets, raw.title)
        # A labelled byline naming no person (Blogger's "Oleh Admin" over the story): the line without label is read
        # still (h216 probe: "Reporter: Rahmat Hidayat | Editor: Yuliandri" closing the story).
        # Last, on a page that says it is a photo story (detik's readfoto): the photographer its header credits,
        # "Fotografer: Grandyos Zafna" under the headline (h246 probe).
        raw.authors = choose_authors([raw.authors, found.byline,
                                      lambda: unlabelled_byline(*found.edge_lines, outlets, raw.title),
                                      lambda: photo_story_credit(found.edge_lines[0], found.blocks, raw.title, outlets)
                                      if says_photo_story(response.selector.root) else []], outlets,
                                     credits=lambda: page_credit_lines(response.selector.root, response.text, meta),
                                     byline_marked=lambda: byline_writers(response.selector.root, outlets),
                                     structured=ld_credits(ld))
        # On the raw article, not the spider: a later page's callback may run on another worker.
        raw.article_id = structured_id(ld, meta)

    def site_language(self, url: str) -> str | None:
        return None  # any outlet: the story's own language is all there is to go by

    def build_item(self, raw: RawArticle, fetched_url: str, missing_pages: Sequence[str] = ()) -> Article:
        item = super().build_item(raw, fetched_url, missing_pages)
        item["id"] = raw.article_id or url_numeric_id(item["url"]) or url_numeric_id(fetched_url)
        return item


_AUDIO_TYPES = frozenset({"PodcastEpisode", "RadioEpisode", "AudioObject"})


def _h1s_all_sites(root: Any) -> bool:
    """Whether the page has h1s and every one is the site's name (fields.title.site_header_h1), none the story's."""
    h1s = list(root.iter("h1")) if hasattr(root, "iter") else []
    return bool(h1s) and all(site_header_h1(h1) for h1 in h1s)


def _before_headline_under_site_h1(root: Any, holder: Any) -> bool:
    """Whether every h1 of the page is the site's (``_h1s_all_sites``) and the date line stands in the header, before
    the story's headline (``title_heading`` past the site's h1s: its h2/h3), or the page names no headline or the line's
    place is unknown. A line after the headline is the story's, under a logo h1 or Blogger's h1.title home link (h279
    R3: "<h1 class=logo>…</h1> … <h2 class=post-title>…</h2><div class=post-meta>Rabu, 19 Juni 2024 10:15 WIB")."""
    if not _h1s_all_sites(root):
        return False
    headline = title_heading(root, past_site_h1s=True)
    if headline is None or holder is None:
        return True
    for node in root.iter():  # which comes first, in document order
        if node is headline:
            return False
        if node is holder:
            return True
    return True


def _refused(response: Response, why: str) -> bool:
    """False, the reason noted on the response (NOT_ARTICLE_WHY) for the warning about a page asked for by name."""
    response.meta[NOT_ARTICLE_WHY] = why
    return False


def _names_audio(objects: list[Any]) -> bool:
    """Whether the page's JSON-LD says it is an audio episode (a podcast's, a radio's)."""
    return any(isinstance(node, dict) and ld_types(node) & _AUDIO_TYPES for node in objects)
