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
(JSON-LD (News)Article, og:type=article, article:published_time or an itemprop datePublished; never the
site root or an index/tag/search page) or it is counted and dropped. Articles found by discovery are
kept only when their own date falls in [since, until] (undated ones pass, as in the feeds).
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse, XmlResponse
from scrapy.utils.gz import gunzip

from newscrawl.fields.dates import VISIBLE, DateCandidate, choose_dates
from newscrawl.discovery import in_window
from newscrawl.cleaning import block_key
from newscrawl.extract import (RawArticle, SiteRules, collapse_ws, json_ld_objects, meta_content,
                               news_article_ld, page_meta, split_article_body)
from newscrawl.items import Article
from newscrawl.middlewares import DISCOVERED
from newscrawl.spiders.base import NewsSpider
from newscrawl.urls import canonical_url, same_site

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
_STATIC_EXTENSION = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|json|xml|rss|pdf|zip|gz|mp[34]|m3u8|webm|woff2?|ttf|txt)$", re.I)
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
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—•·]|::)\s+")
_DOMAIN_LIKE = re.compile(r"\b[\w-]+\.(?:com|co\.id|id|net|org|tv|news)\b", re.IGNORECASE)
# A story without structured data is recognised by its prose: at least this much (twice that when found
# by discovery, with a visible date and 3+ paragraphs).
_MIN_STORY_CHARS = 300
_DESK_AUTHOR = re.compile(r"(?:pt\.?|tim|redaksi|admin|editor|desk)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tld_extract() -> Any:
    import tldextract  # a Scrapy dependency; the bundled suffix list, never a download

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registrable_domain(url: str) -> str:
    """www.situs.example → situs.example; nasional.republika.co.id → republika.co.id; an IP stays."""
    host = (urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower()
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or "." not in host:
        return host
    parts = _tld_extract()(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    return ".".join(host.split(".")[-2:])  # a suffix the list does not know (.example, .test)


def _segments(url: str) -> list[str]:
    return [s for s in urlsplit(url).path.lower().split("/") if s]


def is_service_url(url: str) -> bool:
    """A static file or a service page (login, about, privacy, feeds): neither article nor listing."""
    return bool(_STATIC_EXTENSION.search(urlsplit(url).path)) or any(s in _SERVICE_SEGMENTS for s in _segments(url))


def is_hub_url(url: str) -> bool:
    """The site root, an index/tag/search/author page, a service page or a file: never an article."""
    segments = _segments(url)
    return not segments or is_service_url(url) or any(s in _LISTING_SEGMENTS for s in segments)


def looks_like_article_path(url: str) -> bool:
    """Whether a link's path looks like one article's: a date in the path, a long numeric id, or a
    long slug (4+ words). Section pages (/news, /sepakbola/liga-inggris) and hubs do not."""
    if is_hub_url(url):
        return False
    path = urlsplit(url).path.lower()
    if _PATH_DATE.search(path):
        return True
    segments = [s for s in path.split("/") if s]
    if any(int(run) not in _TIMESTAMP for run in _ID_RUN.findall("/".join(segments[-3:]))):
        return True
    last = re.sub(r"\.(?:html?|php|aspx?)$", "", segments[-1])
    return len(_SLUG_WORD.findall(last)) >= _LONG_SLUG_WORDS and not last.isdigit()


def url_numeric_id(url: str) -> str | None:
    """The longest run of 5+ digits in the URL path that is not a Unix timestamp (first on a tie)."""
    runs = [r for r in _ID_RUN.findall(urlsplit(url).path) if int(r) not in _TIMESTAMP]
    return max(runs, key=len) if runs else None


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


def site_labels(url: str, *names: str | None) -> list[str]:
    """Squeezed words that name the outlet ("beritacontoh" for www.beritacontoh.id, "kompascom"…):
    the domain, its label, og:site_name, the publisher."""
    domain = registrable_domain(url)
    labels = [_squeeze(label) for label in (domain, domain.split(".")[0], *names) if label]
    return [label for label in dict.fromkeys(labels) if len(label) >= 3]


def _squeeze(text: str) -> str:
    """Case-folded, spaces and punctuation gone: "Berita Contoh" and "beritacontoh.id" compare."""
    return re.sub(r"[\W_]+", "", text.casefold())


def strip_site_name(title: str | None, labels: list[str]) -> str | None:
    """'Judul Berita - Kompas.com Regional' → 'Judul Berita': trailing separated parts that name the
    outlet (its label, a domain, "Online") are cut, the headline itself never."""
    if not title:
        return title
    cut = len(title)
    for match in reversed(list(_TITLE_SEPARATOR.finditer(title))):
        if not _names_outlet(title[match.end():cut], labels):
            break
        cut = match.start()
    return title[:cut].strip() or title


def _names_outlet(part: str, labels: list[str]) -> bool:
    squeezed = _squeeze(part)
    return bool(_DOMAIN_LIKE.search(part)) or "online" in part.casefold().split() or any(label in squeezed for label in labels)


def is_outlet(author: str, labels: list[str]) -> bool:
    """An author string that names the outlet or a desk, not a person."""
    squeezed = _squeeze(author)
    return bool(_DESK_AUTHOR.match(author) or _DOMAIN_LIKE.search(author)) or any(label in squeezed for label in labels)


def choose_body(main: list[str], article_body: str | None) -> tuple[list[str], str | None]:
    """The DOM's main text, unless JSON-LD articleBody tells another story (the page's text is not
    server-rendered and main_text found a teaser or sidebar instead); articleBody alone when the DOM
    has no text. A flat articleBody (no line breaks) is one paragraph."""
    text = html.unescape(article_body) if isinstance(article_body, str) else ""
    ld_blocks = split_article_body(text) or ([collapse_ws(text)] if collapse_ws(text) else [])
    if main and (not ld_blocks or _shares_text(main, ld_blocks)):
        return main, "maintext"
    return (ld_blocks, "jsonld") if ld_blocks else ([], None)


def _shares_text(main: list[str], ld_blocks: list[str]) -> bool:
    """Whether most articleBody paragraphs open with words found in the main text."""
    joined = block_key(" ".join(main))
    openings = [block_key(b)[:60] for b in ld_blocks if block_key(b)]
    return sum(1 for o in openings if o in joined) * 2 >= len(openings)


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
                   "[itemprop='datePublished']", "meta[name='pubdate']::attr(content)",
                   "time[pubdate]::attr(datetime)"),
        updated=("[itemprop='dateModified']::attr(datetime)", "meta[property='og:updated_time']::attr(content)"),
        authors=("[itemprop='author'] [itemprop='name']", "a[rel='author']"),
    )
    default_depth = 1
    default_max_links = 100

    # -a start_urls=https://site/[,…] (or -a url=ARTICLE[,…]), allowed_domains=a.id,b.id, depth, max_links.
    arguments = {**NewsSpider.arguments, "start_urls": "urls", "allowed_domains": "names", "depth": "count",
                 "max_links": "count0"}
    require_arguments = ("start_urls", "url")

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
        if self.start_article_urls:
            for url in self.start_article_urls:  # asked for by name: no window, no recognition shortcut
                yield scrapy.Request(url, callback=self.parse_article, errback=self.request_failed,
                                     meta={"newscrawl_explicit": True})
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
        sitemaps = [urljoin(origin + "/", line.split(":", 1)[1].strip()) for line in text.splitlines()
                    if line.strip().lower().startswith("sitemap:") and line.split(":", 1)[1].strip()]
        self.crawler.stats.inc_value("newscrawl/generic/robots_sitemaps", len(sitemaps))
        for sitemap in sitemaps or [f"{origin}/sitemap.xml"]:
            # Declared by the site itself, so a sitemap host outside allowed_domains is still read;
            # its entries must be on the site.
            yield scrapy.Request(sitemap, callback=self.parse_sitemap, errback=self.request_failed,
                                 meta={"allow_offsite": bool(sitemaps)})

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Sitemaps named in robots.txt are often gzip files (sitemap.xml.gz) served without a
        Content-Encoding, or served as binary: unpack and read them as XML."""
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        if body is not response.body or not isinstance(response, TextResponse):
            response = XmlResponse(response.url, body=body, request=response.request)
        yield from super().parse_sitemap(response)

    def robots_failed(self, failure: Any) -> Iterator[scrapy.Request]:
        self.request_failed(failure)
        origin = failure.request.cb_kwargs["origin"]
        yield scrapy.Request(f"{origin}/sitemap.xml", callback=self.parse_sitemap, errback=self.request_failed)

    def parse_start(self, response: Response) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        for href in response.css("link[rel~=alternate][type*=rss]::attr(href), "
                                 "link[rel~=alternate][type*=atom]::attr(href)").getall():
            yield scrapy.Request(urljoin(response.url, href.strip()), callback=self.parse_feed,
                                 errback=self.request_failed, meta={"allow_offsite": True})
        yield from self.follow_links(response, depth=0)

    def follow_links(self, response: Response, depth: int) -> Iterator[scrapy.Request]:
        """Article-looking same-site links (and, below max depth, the other ones as listings)."""
        articles, listings = self.page_links(response)
        self.count_discovery(len(articles))
        for url in articles[: self.max_links]:
            yield self.page_request(url, depth + 1, discovered=True)
        if depth + 1 < self.max_depth:
            for url in listings[: self.max_links]:
                yield self.page_request(url, depth + 1, discovered=False)

    def page_request(self, url: str, depth: int, discovered: bool) -> scrapy.Request:
        # DISCOVERED lets an incremental run skip an article it already has.
        return scrapy.Request(url, callback=self.parse_page, errback=self.request_failed,
                              cb_kwargs={"depth": depth}, meta={DISCOVERED: True} if discovered else {})

    def article_request(self, url: str) -> scrapy.Request:
        """Feed and sitemap entries: pages to recognise, never expanded as listings."""
        return self.page_request(url, self.max_depth, discovered=True)

    def page_links(self, response: Response) -> tuple[list[str], list[str]]:
        """(article-looking, other) same-site links of a page, canonical, in page order, once each."""
        articles: dict[str, None] = {}
        listings: dict[str, None] = {}
        page = canonical_url(response.url)
        for href in response.css("a::attr(href)").getall():
            href = href.strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "whatsapp:")):
                continue
            url = canonical_url(urljoin(response.url, href))
            if url == page or not url.startswith("https://") or not same_site(url, self.allowed_domains):
                continue
            if looks_like_article_path(url):
                articles[url] = None
            elif not is_service_url(url) and _segments(url):
                listings[url] = None
        return list(articles), list(listings)

    def parse_page(self, response: Response, depth: int) -> Iterator[Article | scrapy.Request]:
        """A page reached by a link: an article, or (below max depth) a listing to read links from."""
        if self.looks_like_article(response):
            yield from self.parse_article(response)
            return
        self.crawler.stats.inc_value("newscrawl/dropped/not_article")
        self.logger.debug("Not an article page: %s", response.url)
        if depth < self.max_depth and isinstance(response, TextResponse):
            yield from self.follow_links(response, depth)

    def is_article_url(self, url: str) -> bool:
        """Feed and sitemap entries: any same-site page that is not a hub (the page itself decides)."""
        return same_site(url, self.allowed_domains) and not is_hub_url(url)

    # ---- articles -------------------------------------------------------------------------
    def looks_like_article(self, response: Response) -> bool:
        """Structured data says "article" (JSON-LD, og:type, article:published_time, microdata); failing
        that (2015 templates), the page reads like one: a dated prose body on an article-looking URL, or
        any prose body when the URL was asked for by name."""
        if not isinstance(response, TextResponse):
            return False
        content_type = response.headers.get(b"Content-Type", b"").lower()
        if content_type and b"html" not in content_type:
            return False
        explicit = bool(response.meta.get("newscrawl_explicit"))
        if is_hub_url(response.url) and not explicit:
            return False
        objects = json_ld_objects(response.selector)
        if news_article_ld(objects) is not None:
            return True
        meta = page_meta(response.selector)
        og_type = (meta_content(meta, "og:type") or "").lower()
        if og_type and og_type != "article":
            return False  # "website", "video.other" …: the site says what the page is
        if (og_type == "article" or meta_content(meta, "article:published_time")
                or response.xpath("//*[@itemprop='datePublished']")):
            return True
        found = self.main_text(response)
        chars = sum(len(block) for block in found.blocks)
        if explicit:
            return len(found.blocks) >= 2 and chars >= _MIN_STORY_CHARS
        return (looks_like_article_path(response.url) and found.visible_date is not None
                and len(found.blocks) >= 3 and chars >= 2 * _MIN_STORY_CHARS)

    def parse_article(self, response: Response) -> Iterator[Article | scrapy.Request]:
        for result in super().parse_article(response):
            if isinstance(result, Article) and not response.meta.get("newscrawl_explicit") and not self.in_window(result):
                self.crawler.stats.inc_value("newscrawl/discovery/outside_window")
                continue
            yield result

    def in_window(self, item: Article) -> bool:
        zone = self.zone_for(item.get("url") or "")
        chosen = choose_dates(item.get("published_at") or [], (), zone).published
        return in_window(chosen, self.since, self.until, zone)

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        found = self.main_text(response)
        meta = page_meta(response.selector)
        ld = news_article_ld(json_ld_objects(response.selector)) or {}
        raw.body, raw.body_source = choose_body(found.blocks, ld.get("articleBody"))
        if found.visible_date:
            # The date line above the body; the date pipeline checks the structured dates against it.
            raw.published.append(DateCandidate(found.visible_date, VISIBLE))
        publisher = ld.get("publisher")
        labels = site_labels(response.url, meta_content(meta, "og:site_name"),
                             publisher.get("name") if isinstance(publisher, dict) else None)
        raw.title = strip_site_name(raw.title, labels)
        raw.authors = [a for a in raw.authors if not is_outlet(a, labels)] or [
            a for a in found.byline if not is_outlet(a, labels)]
        # On the raw article, not the spider: a later page's callback may run on another worker.
        raw.article_id = structured_id(ld, meta)

    def build_item(self, raw: RawArticle, fetched_url: str) -> Article:
        item = super().build_item(raw, fetched_url)
        item["id"] = raw.article_id or url_numeric_id(item["url"]) or url_numeric_id(fetched_url)
        return item
