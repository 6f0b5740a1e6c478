"""Discovery documents -> article URLs with their dates: RSS/Atom feeds, (news) sitemaps, listing
cards and JSON listings (WordPress REST and other CMS APIs).

Pure functions over the document text. Scrapy's SitemapSpider drops ``news:publication_date``;
reading it here lets ``-a since/-a until`` filter articles before they are fetched.
"""
from __future__ import annotations

import html
import json
import re
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Callable, Iterable, NamedTuple
from urllib.parse import urljoin, urlsplit, urlunsplit

from parsel import Selector

from newscrawl.dates import parse_date, read_date
from newscrawl.urls import is_site_root


class Entry(NamedTuple):
    url: str
    raw_date: str | None
    # The date is when the page last changed (a sitemap's lastmod, an Atom <updated>), not its publication.
    edited: bool = False
    # Its URL held entity text after the XML was parsed ("&amp;" in CDATA, a double-escaped "&amp;amp;"), unescaped.
    unescaped: bool = False


def _xml(text: str) -> Selector:
    selector = Selector(text=_document_from_root(_escape_bare_ampersands(text)), type="xml")
    selector.remove_namespaces()
    return selector


# Where a feed or sitemap starts: its XML declaration or its root element.
_XML_START = re.compile(r"<(?:\?xml\s|rss[\s>]|feed[\s>]|(?:rdf:)?RDF[\s>]|urlset[\s>]|sitemapindex[\s>])")


# A feed's or sitemap's root element, and a PHP message as WordPress hosts print it ("<br /><b>Warning</b>: …").
_ROOT_START = re.compile(r"<(?:rss[\s>]|feed[\s>]|(?:rdf:)?RDF[\s>]|urlset[\s>]|sitemapindex[\s>])")
# PHP prints "<b>Warning</b>: …" with html_errors on, "Warning: … on line 8" (or "PHP Warning: …") with it off.
_PHP_MESSAGE = re.compile(r"<b>\s*(?:warning|notice|deprecated|fatal error|strict standards|parse error)\s*</b>\s*:"
                          r"|(?:^|\n)\s*(?:php\s+)?(?:warning|notice|deprecated|strict standards):\s+\S",
                          re.IGNORECASE)
# How far past the XML declaration PHP messages may push the root (h212 probe: 40 deprecation notices, over 8 KB).
_PHP_MESSAGES_MAX_CHARS = 65536


def _document_from_root(text: str) -> str:
    """The document from its declaration or root on: a PHP notice printed before it ("<br /><b>Notice</b>: … on
    line 12<br />", WordPress hosts) made the parser take the notice's <br> for the root and read nothing (h31); so
    did one printed between the declaration and the root (a plugin's "Cannot modify header information" warning, h209
    probe): the document is then read from its root."""
    start = _XML_START.search(text)
    if start is None:
        return text
    if text[:start.start()].strip(" \t\r\n\ufeff"):
        text = text[start.start():]
    if text.startswith("<?xml"):
        declaration_end = text.find("?>", 0, 512)
        root = _ROOT_START.search(text, declaration_end + 2, declaration_end + 2 + _PHP_MESSAGES_MAX_CHARS) \
            if declaration_end >= 0 else None
        if root is not None and _PHP_MESSAGE.search(text, declaration_end + 2, root.start()):
            return text[root.start():]
    return text


# A URL element's text with a bare "&" ("?id=5&kanal=x"): the recovering parser drops "&kanal" as a bad entity
# reference ("?id=5=x", h31). Only in link, loc and guid text: a CDATA title keeps its "&" as written.
_URL_ELEMENT = re.compile(r"(<(link|loc|guid)\b[^>]*>)([^<]*&[^<]*)(</\2>)")
_URL_ATTRIBUTE = re.compile(r"""(<link\b[^>]*?\bhref=(["']))([^"'<>]*&[^"'<>]*)(\2)""")  # Atom's <link href="…"/> (h34)
_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});)")


def _escape_bare_ampersands(text: str) -> str:
    if "&" not in text:
        return text
    def escaped(match: re.Match[str]) -> str:  # group 3: the URL, between its opening (1) and closing (4) marks
        return match.group(1) + _BARE_AMPERSAND.sub("&amp;", match.group(3)) + match.group(4)

    return _URL_ATTRIBUTE.sub(escaped, _URL_ELEMENT.sub(escaped, text))


# A feed's or sitemap's root element: what a whole document closes at its end. Any namespace prefix ("rdf:RDF").
_DOCUMENT_ROOTS = frozenset({"urlset", "sitemapindex", "rss", "feed", "rdf"})
_TAG_NAME = re.compile(r"[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?")
_GZIP_CHUNK = 64 * 1024


def gzip_data_start(member: bytes) -> int | None:
    """Where a gzip member's deflate data starts, past its header (RFC 1952 2.3: its optional extra field, name,
    comment and header CRC); None when the header is cut short. Raises zlib.error when it is no gzip header."""
    head = member[:3]
    if head != b"\x1f\x8b\x08"[:len(head)]:  # its magic, then deflate, the one method gzip defines
        raise zlib.error("not a gzip member")
    if len(member) < 10:
        return None
    flags, pos = member[3], 10
    if flags & 4:  # FEXTRA: its length, then the field
        if len(member) < pos + 2:
            return None
        pos += 2 + int.from_bytes(member[pos:pos + 2], "little")
    for flag in (8, 16):  # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            end = member.find(b"\x00", pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:  # FHCRC
        pos += 2
    return pos if pos <= len(member) else None


def unpack_gzip(data: bytes, max_size: int = 0) -> tuple[bytes, bool]:
    """(what a gzip file unpacks to, whether its stream ended whole: every member with its end-of-stream and a trailer
    whose CRC and size match).

    Scrapy's gunzip returns what a cut stream gave without a word (h176: a sitemap.xml.gz cut in the middle was read
    as the whole sitemap, its later entries lost, no fault counted). A stream cut, or corrupt past its start, gives
    what came before the damage and False (a wrong CRC: all of it, as Scrapy reads it, and False); members written one
    after the other (RFC 1952) are read in turn, the zero bytes a writer pads the file with and bytes after the last
    member are no damage. Raises zlib.error or EOFError when nothing could be unpacked, ValueError past ``max_size``
    bytes (0: no limit)."""
    out: list[bytes] = []
    size = 0
    member = data
    while True:
        start = gzip_data_start(member)
        if start is None:
            if not out:
                raise EOFError("the gzip stream ends in its header")
            return b"".join(out), False
        unpacker = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate: the trailer is checked here, not by zlib
        pending, crc, member_size = member[start:], 0, 0
        try:
            while not unpacker.eof:
                before = len(pending)
                chunk = unpacker.decompress(pending, _GZIP_CHUNK)
                pending = unpacker.unconsumed_tail
                if chunk:
                    size += len(chunk)
                    if max_size and size > max_size:
                        raise ValueError(f"unpacks past the limit of {max_size} bytes")
                    out.append(chunk)
                    crc, member_size = zlib.crc32(chunk, crc), member_size + len(chunk)
                elif not pending or len(pending) == before:
                    break  # every byte read (or none more readable), no end-of-stream
        except zlib.error:
            if not out:
                raise
            return b"".join(out), False
        if not unpacker.eof:
            if not out:
                raise EOFError("the gzip stream ends before any data")
            return b"".join(out), False
        trailer = unpacker.unused_data[:8]
        if len(trailer) < 8 or int.from_bytes(trailer[:4], "little") != crc \
                or int.from_bytes(trailer[4:], "little") != member_size & 0xFFFFFFFF:
            return b"".join(out), False  # cut in its trailer, or a wrong CRC or size: the data is not known whole
        member = unpacker.unused_data[8:].lstrip(b"\x00")
        if member[:2] != b"\x1f\x8b":  # the last member (or what follows it is no gzip: never part of the document)
            return b"".join(out), True


def _root_element(text: str) -> tuple[str, int] | None:
    """The root element's qualified name and where its start tag ends (after its ">"), past the XML declaration,
    processing instructions, comments and a DOCTYPE; None when the text has none (empty, cut in its prolog)."""
    pos = 0
    while True:
        start = text.find("<", pos)
        if start < 0:
            return None
        if text.startswith("<?", start):
            end, skip = text.find("?>", start + 2), 2
        elif text.startswith("<!--", start):
            end, skip = text.find("-->", start + 4), 3
        elif text.startswith("<!", start):  # a DOCTYPE, its internal subset in brackets
            bracket, close = text.find("[", start), text.find(">", start)
            if 0 <= bracket < close:
                close = text.find("]", bracket)
                close = text.find(">", close) if close >= 0 else -1
            end, skip = close, 1
        else:
            name = _TAG_NAME.match(text, start + 1)
            if name is None:
                return None
            close = text.find(">", name.end())
            return name.group(), (close + 1 if close >= 0 else len(text))
        if end < 0:
            return None
        pos = end + skip


def document_cut_short(text: str) -> bool:
    """Whether a feed or sitemap ends before its root element closes (``</urlset>``, ``</sitemapindex>``,
    ``</rss>``, ``</feed>``, ``</rdf:RDF>``): a document cut short, whose entries after the cut are lost (h176: a
    sitemap cut mid-entry, or after its last ``</url>``, was read leniently as if whole). A self-closed root (an
    empty sitemap) is whole; what follows the root's end (whitespace, a generator's comment, a PHP notice) does not
    matter. An XML declaration with no root element after it is a document cut in its prolog. A document of another
    root (an HTML page, JSON, nothing) is not judged here: False (not_a_document tells it, and its request fails)."""
    text = _document_from_root(text)
    root = _root_element(text)
    if root is None:
        return text.lstrip(" \t\r\n\ufeff").startswith("<?xml")
    name, tag_end = root
    if name.rpartition(":")[2].lower() not in _DOCUMENT_ROOTS:
        return False
    if text.endswith("/>", 0, tag_end):  # <urlset …/>: an empty sitemap
        return False
    closing = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE)
    # Its end is at the end (what follows it is short): searched there first, then through the whole document.
    return closing.search(text, max(tag_end, len(text) - 65536)) is None and closing.search(text, tag_end) is None


# Roots of a feed (RSS 2.0, Atom, RSS 1.0) and of a sitemap, by their local name in lower case.
_FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
# Roots that make a document an HTML page (or a fragment of one: a PHP error printed alone, "<br /><b>Fatal error</b>").
_HTML_ROOTS = frozenset({"html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "div", "span",
                         "p", "br", "b", "i", "strong", "h1", "h2", "h3", "a", "img", "table", "center", "pre", "font",
                         "iframe", "form", "main", "header", "section", "article", "ul"})
_HTML_DOCTYPE = re.compile(r"<!doctype\s+html", re.IGNORECASE)
_HTML_TITLE = re.compile(r"<title\b[^<>]*>([^<]*)<", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")  # never said; many of them: binary data
_SAID_CHARS = 80  # of a title or an excerpt, in the warning naming what came instead
_LOOKED_AT = 65536  # characters read for a title or an excerpt: a hostile page is never scanned whole


def document_root_kind(text: str) -> str | None:
    """"feed" or "sitemap" by the document's root element (past a BOM, an XML declaration, a stylesheet, a DOCTYPE,
    a PHP notice printed before it), or None for any other root or none. By the root, never by Content-Type, which
    lies both ways: a real feed served as text/html, an error page served as application/rss+xml."""
    root = _root_element(_document_from_root(text))
    if root is None:
        return None
    name = root[0].rpartition(":")[2].lower()
    return "feed" if name in _FEED_ROOTS else "sitemap" if name in _SITEMAP_ROOTS else None


def _without_code(text: str) -> str:
    """The text without its <script> and <style> elements (what a page's words are not); one pass."""
    lower, kept, pos = text.lower(), [], 0
    following = {name: lower.find("<" + name) for name in ("script", "style")}  # each name's next opening
    while True:
        for name, at in following.items():
            if 0 <= at < pos:
                following[name] = lower.find("<" + name, pos)
        found = [(at, name) for name, at in following.items() if at >= 0]
        if not found:
            return "".join(kept) + text[pos:]
        start, name = min(found)
        kept.append(text[pos:start])
        pos = lower.find("</" + name, start)
        if pos < 0:
            return "".join(kept)


def _said(text: str) -> str:
    text = " ".join(_CONTROL.sub("", html.unescape(text)).split())
    return text if len(text) <= _SAID_CHARS else text[:_SAID_CHARS - 1].rstrip() + "…"


def not_a_document(text: str) -> tuple[str, str] | None:
    """(the failure kind, what came instead) when a feed's or sitemap's answer is neither a feed nor a sitemap at all:
    ``("empty_answer", "an empty body")``, or ``("not_a_feed", …)`` for an HTML page ("an HTML page titled 'Error'"),
    JSON, plain text or an XML document of another root ("an XML document whose root is <Error> …"). None for a feed
    or a sitemap (discovery.document_root_kind), whole or cut short, and for an XML declaration with nothing after it
    (a document cut in its prolog: document_cut_short). h203: republika's /rss answering a CMS error page with 200 was
    read as a whole, empty feed: a discovery page that answered, no warning, "health ok", its stories lost where no
    other source listed them."""
    stripped = text.lstrip(" \t\r\n\f\v\ufeff\x00")
    if not stripped:
        return "empty_answer", "an empty body"
    if document_root_kind(stripped) is not None:
        return None
    head = stripped[:_LOOKED_AT]
    root = _root_element(_document_from_root(head))
    if root is None:
        if head.startswith("<?xml"):
            return None  # cut in its prolog: document_cut_short counts it
        kind = ("binary data" if len(_CONTROL.findall(head, 0, 1024)) >= 4 else "JSON" if head[0] in "{["
                else "plain text")
        return "not_a_feed", f"{kind} ('{_said(head)}')"
    name = root[0]
    if name.rpartition(":")[2].lower() in _HTML_ROOTS or _HTML_DOCTYPE.search(head[:2048]):
        title = _HTML_TITLE.search(head)
        if title is not None and title.group(1).strip():
            return "not_a_feed", f"an HTML page titled '{_said(title.group(1))}'"
        words = _said(_ANY_TAG.sub(" ", _without_code(head)))
        return "not_a_feed", f"an HTML page ('{words}')" if words else "an HTML page without text"
    words = _said(_ANY_TAG.sub(" ", head[head.find("<" + name):]))
    return "not_a_feed", f"an XML document whose root is <{name}>" + (f" ('{words}')" if words else "")


def _join(base: str, url: str) -> str:
    """urljoin, or the link as it is when it does not parse ("https://[link]"): the spider skips and counts it."""
    try:
        return urljoin(base, url)
    except ValueError:
        return url


# Entity text left in a URL after the XML parser read it: "&amp;" inside CDATA (read as written), or "&amp;amp;" in
# element text (read once: "&amp;"). With its ";" only: "&copy=2", "&para=3" are a query's parameters (html.unescape
# would read them as "©=2", "¶=3").
_URL_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_UNESCAPE_ROUNDS = 4  # "&amp;amp;amp;" and deeper: escaped once per CMS layer; a few layers at most


def unescape_url(url: str) -> str:
    """A feed's or sitemap's URL with the entity text the XML parser left in it unescaped ("…?id=5&amp;kanal=2" →
    "…?id=5&kanal=2"), again until none is left (bounded): a literal "&amp;" in a real query is practically never
    meant, and fetched as written it is another URL (h190: read.php?id=46202&amp;kanal=2 answered 404, the story
    lost; on a site that ignores the junk parameter it would not dedupe with the sitemap's "&" form). Only entities
    with their ";" (html.unescape reads "&copy=2" as "©=2"); an unknown name ("&kanal;") stays as written."""
    for _ in range(_UNESCAPE_ROUNDS):
        if "&" not in url:
            break
        unescaped = _URL_ENTITY.sub(lambda match: html.unescape(match.group()), url)
        if unescaped == url:
            break
        url = unescaped
    return url


def _url_entry(url: str, raw_date: str | None, edited: bool = False) -> Entry:
    clean = unescape_url(url)
    return Entry(clean, raw_date, edited, clean != url)


def _first(node: Selector, *xpaths: str) -> str | None:
    for xpath in xpaths:
        value = (node.xpath(xpath).get() or "").strip()
        if value:
            return value
    return None


# An Atom entry's page: rel="alternate", or no rel, which RFC 4287 (4.2.7.2) reads as alternate. Never its "self",
# "edit" or "replies" (an API or comments feed: h92 S6, a blog's rel="self" /api/posts/9 fetched, 404, the story lost),
# "enclosure", "related", "via" or "license".
_ATOM_ALTERNATE = ("link[not(@rel) or normalize-space(@rel)='' or "
                   "translate(normalize-space(@rel), 'ALTERNATE', 'alternate')='alternate']/@href")


def _permalink_instead(item: Selector, url: str | None) -> str | None:
    """The item's permalink <guid> (isPermaLink not "false") when its <link> names no story of its own: the site's
    home page or the channel's own link, the same on every item (h92 S12: a feed linking each item to the home
    page, the story only in its guid, gave no article)."""
    guid = (item.xpath("guid[not(translate(normalize-space(@isPermaLink), 'FALSE', 'false')='false')]/text()").get()
            or "").strip()
    if not url or not guid.startswith(("http://", "https://")) or guid == url:
        return url
    channel = (item.xpath("ancestor::channel/link/text()").get() or "").strip()
    if is_site_root(url) or (channel and _join(url, channel) == url):
        return guid
    return url


def feed_entries(text: str, base_url: str = "") -> list[Entry]:
    """Items of an RSS 2.0, RSS 1.0 or Atom feed, in document order. A relative link is read against the
    feed's (or an Atom xml:base's) address (h31: a feed of "/berita/…" links gave no article)."""
    selector = _xml(text)
    entries = []
    for item in selector.xpath("//item | //entry"):
        url = _first(item, "link/text()", _ATOM_ALTERNATE, "guid/text()")
        if url and not url.startswith(("http://", "https://")):
            base = base_url
            for declared in item.xpath("ancestor-or-self::*/@*[local-name()='base']").getall():  # outermost first
                base = _join(base, declared.strip())
            url = _join(base, url)
        url = _permalink_instead(item, url)
        if url and url.startswith(("http://", "https://")):
            published = _first(item, "pubDate/text()", "date/text()", "published/text()")
            updated = None if published else _first(item, "updated/text()")
            entries.append(_url_entry(url, published or updated, updated is not None))
    return entries


def sitemap_entries(text: str) -> tuple[str, list[Entry]]:
    """('index', child sitemaps) or ('urlset', pages), each with its best date.

    A news sitemap's ``news:publication_date`` beats ``lastmod`` (which moves on every edit). A text sitemap
    (sitemaps.org: one URL per line, nothing else) is a urlset of undated pages.
    """
    lines = _text_sitemap_lines(text)
    if lines:
        return "urlset", [_url_entry(line, None) for line in lines]
    selector = _xml(text)
    if selector.xpath("/sitemapindex"):
        return "index", [_url_entry(loc, _first(node, "lastmod/text()"))
                         for node in selector.xpath("/sitemapindex/sitemap")
                         if (loc := _first(node, "loc/text()"))]
    entries = []
    for node in selector.xpath("/urlset/url"):
        if loc := _first(node, "loc/text()"):
            published = _first(node, "news/publication_date/text()")
            modified = None if published else _first(node, "lastmod/text()")
            entries.append(_url_entry(loc, published or modified, modified is not None))
    return "urlset", entries


_TEXT_SITEMAP_LINE = re.compile(r"https?://\S+")
# A text sitemap holds at most 50,000 URLs of at most 2,048 characters each (sitemaps.org).
_TEXT_SITEMAP_MAX_CHARS = 50_000 * 2_050


def _text_sitemap_lines(text: str) -> list[str]:
    """A text sitemap's URLs (h209 probe: sitemaps.org's one-URL-per-line form read as no sitemap at all), or [] when
    any of its non-blank lines is no absolute http(s) URL alone."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped.startswith(("http://", "https://")) or len(stripped) > _TEXT_SITEMAP_MAX_CHARS:
        return []
    lines = [line.strip() for line in stripped.splitlines() if line.strip()]
    return lines if all(_TEXT_SITEMAP_LINE.fullmatch(line) for line in lines) else []


def sitemap_follow_form(url: str) -> str:
    """A child sitemap's URL as a spider's ``sitemap_follow`` names it: https, without its query, fragment or
    ".gz". An index writes its children as its CMS does: "http://" in an https index, a cache-buster "?v=20240619",
    a gzipped copy (h92: merdeka's politik and gaya children were dropped unread, and their sections with them)."""
    parts = urlsplit(url.strip())
    scheme = "https" if parts.scheme.lower() == "http" else parts.scheme
    return urlunsplit((scheme, parts.netloc, parts.path.removesuffix(".gz"), "", ""))


@dataclass(frozen=True)
class ListingCards:
    """Where a listing's cards carry their own dates, declared by the site (tirto, viva, idntimes):
    listings without a date in their URL, of articles without one in theirs, are filtered to the
    window by the date printed on each card.

    ``card``: CSS of one card. ``link``: CSS alternatives inside the card giving the article's href
    (the first that matches wins). ``date``: CSS inside the card of its date: the text of the first
    match (all its text nodes, space-joined), or an attribute with ``::attr(name)``.
    """

    card: str
    link: str | tuple[str, ...]
    date: str
    # A page with no card at all (a redesign?): read its article links, undated, rather than none.
    fallback_to_links: bool = False

    @property
    def links(self) -> tuple[str, ...]:
        return (self.link,) if isinstance(self.link, str) else self.link


# Keys under which a JSON listing (WordPress REST /wp-json/wp/v2/posts, a CMS's search or latest API)
# gives an article's address and its date, in order of preference.
_JSON_URL_KEYS = ("link", "url", "canonical_url", "permalink", "urlDetail")  # urlDetail: pantau
_JSON_DATE_KEYS = ("date_gmt", "datePublished", "published_at", "publish_date", "pubDate", "date", "createdAt",
                   "created_at")


def json_entries(text: str, base_url: str = "") -> list[Entry] | None:
    """Every object of a JSON document that has an http(s) URL under a link key, with its date (a
    ``date_gmt`` without an offset is UTC, as WordPress means it), in document order; None when the
    text is not JSON. Walked with an explicit stack: hostile nesting cannot exhaust the recursion limit."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    entries: list[Entry] = []
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        url = next((node[k] for k in _JSON_URL_KEYS if isinstance(node.get(k), str) and node[k].strip()), None)
        if url is not None:
            absolute = _join(base_url, url.strip())
            if absolute.startswith(("https://", "http://")):
                key = next((k for k in _JSON_DATE_KEYS if isinstance(node.get(k), str) and node[k].strip()), None)
                raw = node[key].strip() if key else None
                if key == "date_gmt" and raw and not _HAS_OFFSET.search(raw):
                    # "Z", not "+00:00": WordPress means GMT here, and in_window reads a "+00:00" label as maybe
                    # local time too (the next day's first hours were fetched, then dropped, using up max_pages).
                    raw += "Z"
                entries.append(Entry(absolute, raw))
                continue
        stack.extend(reversed(list(node.values())))
    return entries


_HAS_OFFSET = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z)$")
_NEXT_DATA = re.compile(r'<script[^>]*\bid=["\']__NEXT_DATA__["\'][^>]*>(.*?)</script>', re.DOTALL | re.IGNORECASE)


def next_data_entries(html_text: str, base_url: str = "") -> list[Entry]:
    """The dated links of a Next.js listing page's app state (``<script id="__NEXT_DATA__">``: pantau's
    pageProps rows with urlDetail and createdAt), for a page that renders its cards in the browser."""
    match = _NEXT_DATA.search(html_text) if "__NEXT_DATA__" in html_text else None
    return (json_entries(match.group(1), base_url) or []) if match else []


def listing_card_entries(selector: Selector, base_url: str, cards: ListingCards) -> list[Entry] | None:
    """Each card's absolute link and raw date text (None when the card shows none), in page order;
    None when the page has no card at all. Cards without a link are skipped."""
    found = selector.css(cards.card)
    if not found:
        return None
    entries = []
    for card in found:
        href = next((h for css in cards.links if (h := (card.css(css).get() or "").strip())), None)
        if not href:
            continue
        if "::" in cards.date:
            raw = card.css(cards.date).get()
        else:
            first = card.css(cards.date)[:1]
            raw = " ".join(first.xpath(".//text()").getall()) if first else None
        entries.append(Entry(_join(base_url, href), " ".join((raw or "").split()) or None))
    return entries


def in_window(raw_date: str | None, since: date, until: date, site_tz: tzinfo, edited: bool = False) -> bool:
    """Whether an entry may be in [since, until] (site-local days), before it is fetched: only what is surely
    outside is left out (the page's own date decides after the fetch, pipelines.WindowPipeline). Undated
    entries pass: they cannot be filtered, and dropping them would lose articles silently.

    ``edited``: the date is a modification time (lastmod), at or after the publication: it bounds the
    window's start only (a story of the window edited after ``until`` is still the window's). A date labelled
    "+00:00" (or "+0000", "GMT", "UT", "UTC": the same label in RFC 822) passes also when its wall clock, read as
    local time, is in the window (a sitemap printing local time as "+00:00": WordPress before 5.3; a PHP feed
    printing local time with " GMT"; a "Z" is taken for a true UTC instant)."""
    if not raw_date:
        return True
    parsed = parse_date(raw_date, zone=site_tz)
    if parsed is None:
        return True
    day = parsed.astimezone(site_tz).date()
    # A WITA or WIT offset on an entry of a site read in another zone (an outlet outside the catalogue, WIB): the day it
    # states may be the story's site-local day (generic's window_zone reads the fetched story so), so it passes too
    # (h257: 00:05 WITA on since's day is the eve in WIB).
    own = parsed.date() if parsed.utcoffset() in _EASTERN_OFFSETS \
        and parsed.utcoffset() != parsed.astimezone(site_tz).utcoffset() else None
    if edited:
        return since <= day or (own is not None and since <= own)
    if since <= day <= until or (own is not None and since <= own <= until):
        return True
    # "+00:00" is what WordPress before 5.3 printed after local time; a "Z" (JavaScript's toISOString:
    # kumparan, kompas) is a true UTC instant.
    if parsed.utcoffset() == timedelta(0) and _ZERO_OFFSET_LABEL.search(raw_date) is not None:
        return since <= parsed.date() <= until
    # A WITA/WIT newsroom's entry labelled "+0700": a network's server may print its newsroom's wall clock under
    # Jakarta's offset (bali.antaranews "Fri, 04 Dec 2026 23:15:00 +0700" for a story of 23:15 WITA); its wall clock
    # passes too, so the filter is never narrower than reading every entry in WIB was (h230).
    if parsed.utcoffset() == _WIB_OFFSET and parsed.astimezone(site_tz).utcoffset() != _WIB_OFFSET:
        return since <= parsed.date() <= until
    return False


_WIB_OFFSET = timedelta(hours=7)
_EASTERN_OFFSETS = (timedelta(hours=8), timedelta(hours=9))  # WITA, WIT


# A zero offset a CMS may print after local time: "+00:00", "+0000", or its RFC 822 names ("… 20:05:00 GMT" from a
# custom PHP feed, h71). Not "Z": what a program converting to UTC (toISOString) writes.
_ZERO_OFFSET_LABEL = re.compile(r"(?:[+-]00:?00|\b(?:GMT|UTC?))\s*$", re.IGNORECASE)


# A listed date later than the crawl's clock by more than this is no story of the future: the site's clock or zone runs
# ahead (less is two clocks' ordinary drift, or a story stamped a few minutes ahead by its editor).
FUTURE_TOLERANCE = timedelta(minutes=10)


def dated_ahead(raw_date: str | None, now: datetime, site_tz: tzinfo, tolerance: timedelta = FUTURE_TOLERANCE) -> bool:
    """Whether an entry's date is later than ``now`` (the crawl's clock) by more than ``tolerance``: the site's clock or
    zone runs ahead (h235: an RSS printing "Thu, 20 Jun 2024 08:00:00 +0700" at 18:00 WIB on the 19th for a story of
    that day), so the date cannot say the story is outside the window (in_window would leave it out). Read as
    leniently as in_window reads it: a "+00:00"/"GMT" label, and a WITA/WIT site's "+0700", may stand for the wall
    clock of the newsroom; the entry is ahead only when every reading is. Undated or unreadable: no."""
    if not raw_date:
        return False
    parsed = parse_date(raw_date, now=now, zone=site_tz)
    if parsed is None:
        return False
    earliest = parsed
    if (parsed.utcoffset() == timedelta(0) and _ZERO_OFFSET_LABEL.search(raw_date) is not None) or (
            parsed.utcoffset() == _WIB_OFFSET and parsed.astimezone(site_tz).utcoffset() != _WIB_OFFSET):
        earliest = min(parsed, parsed.replace(tzinfo=site_tz))
    return earliest > now + tolerance


# So many entries of one document carrying the same date and time are the document's build time stamped on each item,
# no publication (two or three stories of the same minute happen on a busy site).
SHARED_DATE_MIN_ENTRIES = 5


def shared_date(raw_dates: Iterable[str | None], site_tz: tzinfo,
                min_entries: int = SHARED_DATE_MIN_ENTRIES) -> str | None:
    """The one date (whitespace folded) that every dated entry of a document carries, when at least ``min_entries``
    are dated and it states a time of day: a feed printing its build time as every item's pubDate (h235 S12e: 25
    items all "Tue, 18 Jun 2024 23:59:00 +0700", stories of the 19th, none fetched). Such a date says nothing of
    any entry's day. None otherwise, and for a date without a time (a day's listing shows its day on every card),
    midnight as written or in the site's zone included: "2024-06-18T00:00:00+07:00", "Tue, 18 Jun 2024 00:00:00
    +0700", a WIB site's "2024-06-17T17:00:00Z" are a date-only CMS exporting its day, each day's sitemap sharing
    its day's midnight (h244 A3n: a backfill asked 602 pages for 84 stories, where 134 did)."""
    dated = [" ".join(raw.split()) for raw in raw_dates if raw and raw.strip()]
    if len(dated) < min_entries or len(set(dated)) != 1:
        return None
    reading = read_date(dated[0], zone=site_tz)
    if reading is None or not reading.has_time or time(0, 0) in (
            reading.moment.time(), reading.moment.astimezone(site_tz).time()):
        return None
    return dated[0]


def entry_day(raw_date: str | None, site_tz: tzinfo) -> date | None:
    """The site-local day of an entry's date, or None when it has none or it does not parse."""
    parsed = parse_date(raw_date, zone=site_tz) if raw_date else None
    return parsed.astimezone(site_tz).date() if parsed is not None else None


def day_start(day: date, site_tz: tzinfo) -> datetime:
    """The first instant of a site-local day."""
    return datetime.combine(day, time(), site_tz)


def day_end(day: date, site_tz: tzinfo) -> datetime:
    """The instant a site-local day ends (the next one's first): the latest a date without a time may stand for."""
    return day_start(day + timedelta(days=1), site_tz)


def entry_moment(raw_date: str | None, site_tz: tzinfo) -> datetime | None:
    """How recent an entry may be, for its document's reach: its date's instant when the date states a time, else the
    end of its day (a day alone cannot tell the window's first hours from its last). None: undated or unreadable."""
    reading = read_date(raw_date, zone=site_tz) if raw_date else None
    if reading is None:
        return None
    return reading.moment if reading.has_time else day_end(reading.moment.astimezone(site_tz).date(), site_tz)


def reaches_back_to(moments: Iterable[datetime | None], start: datetime) -> bool | None:
    """Whether a discovery document (a feed, a news sitemap, an undated listing) reaches back to ``start`` (the
    window's first instant, or the start of the last run that read the site): one of its entries is from then or
    before (entry_moment), so nothing after ``start`` can be missing from it. None when no entry is dated. A feed
    holds its latest N items, a news sitemap its last two days: when every entry is later, stories between
    ``start`` and the oldest entry may be in none of them (a backfill, a busy day, a late cron). Instants, not days:
    by days, a feed of today's latest items never reached a window starting today (h49: said on every run)."""
    known = [moment for moment in moments if moment is not None]
    if not known:
        return None
    return min(known) <= start


def uncovered_from(start: datetime, end: datetime, complete_from: Iterable[datetime],
                   day_spans: Iterable[tuple[datetime, datetime]]) -> datetime | None:
    """The first instant of ``[start, end)`` that no complete source covers, or None when they all do (h191: a
    backfill of yesterday whose dated index listed all 60 stories failed because the RSS holds today's 15).
    ``complete_from``: the oldest entry of a document read whole that runs up to now: it covers from there on. The
    crawl passes only the document judged itself (a feed, a sitemap, an undated listing vouches for no other: h196).
    ``day_spans``: ``[first instant, end)`` of each day whose dated listing was read to its end: that day. From
    ``start``, a day's span carries the cover to its end, where a document or another day must go on;
    the first instant nothing covers is where stories may be missed."""
    earliest = min(complete_from, default=None)
    spans = sorted(day_spans)
    cursor = start
    while cursor < end:
        if earliest is not None and earliest <= cursor:
            return None
        reach = max((span_end for span_start, span_end in spans if span_start <= cursor < span_end), default=None)
        if reach is None:
            return cursor
        cursor = reach  # strictly later: the loop ends within len(spans) + 1 turns
    return None

# A sitemap index's <lastmod> for a child is when the child's list last changed, so a child listing a story of
# the window changed on or after the window's first day. Indexes lag behind their children (an index cached or
# rebuilt by a daily job, a lastmod written when the child was made): a child is left out only when its lastmod
# is more than this before the window's first day.
INDEX_LASTMOD_MARGIN = timedelta(days=1)


def child_sitemap_current(raw_lastmod: str | None, since: date, site_tz: tzinfo,
                          margin: timedelta = INDEX_LASTMOD_MARGIN) -> bool:
    """Whether a sitemap index's child may list a story of a window starting ``since`` (a site-local day), by its
    lastmod read in the site's zone as a whole day: on or after ``since`` less ``margin``. Undated or unreadable:
    yes (in_window)."""
    return in_window(raw_lastmod, since - margin, date.max, site_tz)


# A listing of a newer template era that names its stories without an <a href> (h294 C1): cards carrying the address
# in an attribute (<article data-href="…">, data-url), the page's ItemList in JSON-LD, or an app state in an inline
# script (window.__INDEKS_STATE__ = {…}) the browser draws the cards from.
_CARD_LINK_ATTRIBUTES = ("data-href", "data-url")
# A card is an <article>, <li> or <div> holding its story's headline: a heading, or an element whose class names a
# title, with text (h299 R1/R2: a share button's data-url, a video playlist item's, sindonews' empty
# <div class="queues-0" data-url> editor's picks name no story of the list).
_CARD_TAGS = frozenset({"article", "li", "div"})
_CARD_TITLE = ("./descendant::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or "
               "contains(translate(@class, 'TITLEJUDL', 'titlejudl'), 'title') or "
               "contains(translate(@class, 'TITLEJUDL', 'titlejudl'), 'judul')][normalize-space()]")
# The page's chrome around its list: never a card of it (h299 R2: a "Terpopuler" <aside>'s <li data-href>).
_CHROME_TAGS = frozenset({"aside", "nav", "header", "footer"})
# An inline script's URL strings: absolute (JSON may escape its slashes, "https:\/\/…"), or a root-relative value of a
# JSON key ("url":"/berita/…"); a script with a src, or a JSON-LD block (read as the ItemList), is not read.
_SCRIPT_ABSOLUTE_URL = re.compile(r"""https?:(?:\\?/){2}[^\s"'<>\\]+(?:\\/[^\s"'<>\\]*)*""")
_SCRIPT_RELATIVE_URL = re.compile(r'"[A-Za-z_]\w*"\s*:\s*"(/[^/"\s\\][^"\s\\]*)"')
# A script's string literals and brackets, to tell which array (or top object) each URL string sits in.
_SCRIPT_TOKEN = re.compile(r""""(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[\[\]{}]""")
# The fewest article URLs one array of a script's state names to be read as the page's list (h299 R3): a state's list
# of the listing's stories names a page's worth; a widget's config, a tracker's or a player's names one or two.
SCRIPT_LIST_MIN_ARTICLES = 3


def _item_list_urls(selector: Selector) -> list[str]:
    from newscrawl.extract import json_ld_objects, ld_types  # extract reads pages; discovery is imported before it
    urls = []
    for obj in json_ld_objects(selector):
        if "ItemList" not in ld_types(obj):
            continue
        elements = obj.get("itemListElement")
        for element in elements if isinstance(elements, list) else [elements]:
            if isinstance(element, str):
                urls.append(element)
                continue
            if not isinstance(element, dict):
                continue
            item = element.get("item")
            url = element.get("url") or (item if isinstance(item, str) else None) or (
                (item.get("url") or item.get("@id")) if isinstance(item, dict) else None)
            if isinstance(url, str):
                urls.append(url)
    return urls


def _in_chrome(node: Any) -> bool:
    """Whether an element sits in the page's chrome: an <aside>, <nav>, <header> or <footer>, or a box whose class or id
    names a sidebar, a list of other stories or a widget (dom.names_side_box: "populer", "related", "widget-…")."""
    from newscrawl.dom import names_side_box  # dom reads pages; discovery is imported before it
    for element in (node, *node.iterancestors()):
        if not isinstance(element.tag, str):
            continue
        if element.tag in _CHROME_TAGS or names_side_box(element.get("class"), element.get("id")):
            return True
    return False


def _attribute_urls(selector: Selector) -> list[str]:
    urls = []
    for node in selector.xpath("//*[@data-href or @data-url]"):
        element = node.root
        value = next((element.get(name) for name in _CARD_LINK_ATTRIBUTES if element.get(name)), None)
        if value and element.tag in _CARD_TAGS and node.xpath(_CARD_TITLE) and not _in_chrome(element):
            urls.append(value)
    return urls


def _array_key(stack: list[tuple[str, int]]) -> int:
    """Which container a script's string belongs to: its innermost array, else its outermost object (-1: none)."""
    for char, start in reversed(stack):
        if char == "[":
            return start
    return stack[0][1] if stack else -1


def _script_url_groups(selector: Selector) -> list[list[str]]:
    """The URL strings of the page's inline scripts, grouped by the array (or top object) naming them, in page order."""
    groups: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for index, script in enumerate(selector.xpath("//script[not(@src)]")):
        kind = (script.attrib.get("type") or "").lower()
        if "ld+json" in kind or not (not kind or "json" in kind or "javascript" in kind):
            continue
        # A JavaScript string may escape its slashes as "\u002F" (Nuxt's window.__NUXT__) or "\/" (PHP's json_encode).
        text = re.sub(r"\\u002[fF]", "/", script.xpath("string()").get() or "")
        strings: list[tuple[int, int, int]] = []  # (start, end, container) of each string literal
        stack: list[tuple[str, int]] = []
        for token in _SCRIPT_TOKEN.finditer(text):
            char = token.group(0)
            if char in "[{":
                stack.append((char, token.start()))
            elif char in "]}":
                if stack:
                    stack.pop()
            else:
                strings.append((token.start(), token.end(), _array_key(stack)))
        starts = [start for start, _end, _key in strings]
        found = [(m.start(), m.group(0).replace("\\/", "/")) for m in _SCRIPT_ABSOLUTE_URL.finditer(text)]
        found += [(m.start(1), m.group(1)) for m in _SCRIPT_RELATIVE_URL.finditer(text)]
        for start, url in sorted(found):
            at = bisect_right(starts, start) - 1
            key = strings[at][2] if at >= 0 and strings[at][1] > start else -2 - start  # outside a string: alone
            groups.setdefault((index, key), []).append((start, url))
    return [[url for _start, url in group] for group in groups.values()]


def unlinked_listing_urls(selector: Selector, base_url: str, names_article: Callable[[str], bool] | None = None,
                          scripts: bool = True) -> list[list[str]]:
    """The article addresses a listing page gives other than in <a href> (h294 C1), absolute, as three readings in the
    order they are trusted: its JSON-LD ItemList's ``itemListElement[].url``, its cards' data-href/data-url (an
    <article>, <li> or <div> holding a headline, outside the page's chrome: h299 R1/R2), and the URL strings of its
    inline scripts (an app state) when ``scripts``. A script's strings are read only from an array (or top object)
    naming at least SCRIPT_LIST_MIN_ARTICLES addresses ``names_article`` takes for the site's articles (every address
    without it), the whole array then (h299 R3: a widget's or a player's config names one or two). Unchecked otherwise:
    the caller keeps those that pass the site's article-pattern and host checks, as it does links."""
    found = []
    if scripts:
        for group in _script_url_groups(selector):
            absolute = [_join(base_url, url.strip()) for url in group if url.strip()]
            if sum(1 for url in absolute if names_article is None or names_article(url)) >= SCRIPT_LIST_MIN_ARTICLES:
                found += absolute
    readings = (_item_list_urls(selector), _attribute_urls(selector))
    return [*([_join(base_url, url.strip()) for url in urls if url.strip()] for urls in readings), found]
