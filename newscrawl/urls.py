"""URL canonicalisation: one stable key per article, whatever link led to it."""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Iterable, NamedTuple, Sequence
from urllib.parse import SplitResult, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string, url_query_cleaner

# Query parameters that never change which article a URL names: trackers, share
# buttons, and the pagination switches (the item always holds the whole article).
NON_IDENTIFYING_PARAMS: frozenset[str] = frozenset(
    {
        "page", "showpage", "single", "amp", "_ga", "fbclid", "gclid", "dclid", "msclkid",
        "yclid", "mc_cid", "mc_eid", "ref", "ref_src", "src", "source", "from", "cx_testId",
        "cx_testVariant", "cx_artPos", "cx_experienceId", "cxrecs_s", "tag_from", "xid",
        "_gl", "igshid", "s", "spm", "nm", "partner", "utm",
        # Indonesian outlets' widget and login trackers (h22 probe): kompas "?source=widgetML&engine=C" and
        # "lgn_method=google", cnbcindonesia "mtype", viva "medium".
        "engine", "lgn_method", "mtype", "medium",
    }
)
_TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "cx_", "itm_", "_hs", "mkt_")


def _is_identifying(name: str) -> bool:
    lowered = name.lower()
    return lowered not in NON_IDENTIFYING_PARAMS and not lowered.startswith(_TRACKING_PREFIXES)


def split_url(url: str) -> SplitResult | None:
    """urlsplit(url), or None for a URL no browser could fetch, which the standard library refuses only when its
    host or port is read (ValueError): a bracketed host that is no IP ("https://[link]", "http://[domain]/…",
    "http://[object Object]": an unfilled template placeholder), an unclosed bracket ("site.com[/read/…"), a port
    out of range or not a number. Every function here reads such a URL as invalid instead of raising (h39 probe:
    one such link on a listing failed the whole callback, every good link on the page lost)."""
    try:
        parts = urlsplit(url)
        parts.hostname, parts.port  # noqa: B018 - read for the ValueError they raise
    except (ValueError, TypeError):
        return None
    return parts


def url_host(url: str) -> str:
    """The URL's host, lower-case, without a trailing dot; "" for none or an invalid URL (split_url)."""
    parts = split_url(url)
    return ((parts.hostname if parts else None) or "").lower().rstrip(".")


def valid_url(url: str) -> bool:
    """An http(s) URL with a host that parses (split_url): a link that may be followed."""
    parts = split_url(url)
    return parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname)


_SCHEME_RE = re.compile(r"\s*([A-Za-z][A-Za-z0-9+.-]*):")


def other_scheme(href: str) -> bool:
    """Whether a link names a scheme other than http(s) ("mailto:", "whatsapp://send?…", "javascript:void(0)",
    "tel:"): a link of another kind, no web page, and no broken one either."""
    match = _SCHEME_RE.match(href or "")
    return match is not None and match.group(1).lower() not in ("http", "https")


_SCHEME_AND_AUTHORITY = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_authority(parts: SplitResult) -> str:
    """A parsed URL's host as a site names it: lower-case, without a trailing dot (a DNS root), its user info and its
    scheme's default port ("https://user@News.Detik.com.:443" → "news.detik.com"); an IPv6 address bracketed."""
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    return f"{host}:{port}" if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()) else host


def lower_scheme_host(url: str) -> str:
    """The URL with its scheme lower-cased and its host as url_authority gives it, the rest as written (RFC 3986
    §6.2.2.1, §6.2.3: scheme and host are case-insensitive, a default port and a trailing dot name the same host; a
    path is case-sensitive): what a site's article pattern is matched against. h72: a listing's
    "https://News.Detik.com/berita/d-…" was no article link; h74: nor "https://News.Detik.com:443/…",
    "https://user@news.detik.com/…", "HTTPS://NEWS.DETIK.COM./…". A URL that does not parse stays as it is.

    >>> lower_scheme_host("HTTPS://MONEY.Kompas.com:443/read/2025/05/28/X")
    'https://money.kompas.com/read/2025/05/28/X'
    """
    match = _SCHEME_AND_AUTHORITY.match(url)
    parts = split_url(match.group(0)) if match else None
    if parts is None or not parts.hostname:
        return url
    return f"{parts.scheme.lower()}://{url_authority(parts)}{url[match.end():]}"


def join_url(base: str, href: str) -> str:
    """urljoin(base, href.strip()) when the result is a valid http(s) URL (valid_url), else "" (a link to skip)."""
    try:
        url = urljoin(base, (href or "").strip())
    except (ValueError, TypeError):
        return ""
    return url if valid_url(url) else ""


def canonical_url(url: str) -> str:
    """https scheme, lower-case host without default port, no fragment, no tracking or page params; "" for a URL
    that does not parse (split_url).

    >>> canonical_url("http://International.SINDOnews.com/read/1/2/x?utm_source=fb&showpage=all#top")
    'https://international.sindonews.com/read/1/2/x'
    >>> canonical_url("https://[link]")
    ''
    """
    try:
        url = safe_url_string(url.strip())
    except (ValueError, TypeError):
        return ""
    parts = split_url(url)
    if parts is None:
        return ""
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address keeps its brackets
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = ""
    if parts.query:
        names = {pair.split("=", 1)[0] for pair in parts.query.split("&") if pair}
        keep = sorted(name for name in names if _is_identifying(name))
        query = urlsplit(url_query_cleaner(url, keep)).query if keep else ""
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    return urlunsplit(("https", host, path, query, ""))


# Host prefixes that name another view of the same site: desktop, mobile and AMP editions.
# A slug as the last segment of a path: three or more hyphenated words, a letter among them ("judul-berita-ini",
# "5-fakta-banjir-rob": listicles, the articles most often paged, start with a number). A page number after
# it is a page of the article ("/judul-berita-ini/2"); after "/read/12" or a date ("/2024-06-19") it is not.
SLUG_SEGMENT = re.compile(r"/(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+){2,}$", re.IGNORECASE)
_ALIAS_HOST = re.compile(r"^(?:www\d?|m|mobile|amp)\.")
_AMP_TAIL = re.compile(r"/amp/?$|\.amp$", re.IGNORECASE)
# An AMP copy under a leading /amp/ (m.tribunnews.com/amp/{section}/…, okezone's /amp/YYYY/…: h27 probe, where every
# run fetched an emitted story's AMP link again).
_AMP_HEAD = re.compile(r"^/amp(?=/)", re.IGNORECASE)


def url_identity(url: str) -> str:
    """The article a URL names when the page gives no id and no rel=canonical: canonical_url() with the
    other views of it folded in (www./m./amp. host, a leading or trailing /amp, a trailing slash) and its
    percent-escapes normalized (``_normal_escapes``: ``%e2`` as ``%E2``, ``%2D`` as ``-``). A comparison
    key, never an output URL (the folded form may not be served).

    >>> url_identity("http://m.Contoh.id/berita/banjir-besar/amp/?utm_source=x")
    'https://contoh.id/berita/banjir-besar'
    """
    canonical = canonical_url(url)
    if not canonical:
        return ""  # not a URL (split_url)
    parts = urlsplit(canonical)
    path = _AMP_HEAD.sub("", _AMP_TAIL.sub("", _normal_escapes(parts.path))).rstrip("/") or "/"
    return urlunsplit(("https", _folded_host(parts.netloc), path, _normal_escapes(parts.query), ""))


def outlet_host(url: str) -> str:
    """The host an outlet's articles are known under, whatever view a URL names: url_identity's host (lower-case,
    without the www./m./amp. of another view). "" for no URL.

    >>> outlet_host("http://m.Contoh.id/berita/12345/judul"), outlet_host("https://jabar.contoh.id/12345")
    ('contoh.id', 'jabar.contoh.id')
    """
    canonical = canonical_url(url)
    return _folded_host(urlsplit(canonical).netloc) if canonical else ""


def _folded_host(host: str) -> str:
    """A canonical_url's host (and port) without the prefix of another view: www., m., amp. (_ALIAS_HOST)."""
    if _ALIAS_HOST.match(host) and registrable_domain(f"https://{host}") != host.split(":")[0]:
        return _ALIAS_HOST.sub("", host)  # never the registrable domain itself (m.co.id)
    return host


_MOBILE_HOST = re.compile(r"^(?:m|mobile)\.")


# An ``amp`` parameter switching the AMP view off ("?amp=0"): the plain page, named explicitly.
_AMP_OFF = frozenset({"0", "false", "no", "off"})


def _amp_switch(pair: str) -> bool:
    """Whether a query's "name=value" pair asks for the AMP view: ``amp``, ``amp=1``, never ``amp=0`` (_AMP_OFF)."""
    name, _, value = pair.partition("=")
    return name.lower() == "amp" and value.strip().lower() not in _AMP_OFF


def is_amp_url(url: str) -> bool:
    """Whether a URL names an AMP copy: an amp. host, a leading or trailing /amp (".amp"), an ``amp`` parameter
    that does not switch it off ("?amp", "?amp=1"; "?amp=0" is the plain page)."""
    parts = split_url(url)
    if parts is None:
        return False
    return ((parts.hostname or "").lower().startswith("amp.") or bool(_AMP_HEAD.match(parts.path))
            or bool(_AMP_TAIL.search(parts.path)) or any(_amp_switch(pair) for pair in parts.query.split("&")))


def view_rank(url: str) -> int:
    """How plain a view of an article a URL names, lowest first: 0 the site's own (desktop) page, 1 its mobile host
    (m., mobile.), 2 an AMP copy (is_amp_url), which may lack the story's later pages, its id and its update time and
    may name another outlet's original as canonical. Discovery asks for the plainest view a document lists."""
    if is_amp_url(url):
        return 2
    return 1 if _MOBILE_HOST.match(url_host(url)) else 0


def without_amp(url: str) -> str:
    """The non-AMP page of an AMP copy's URL on the same host: its leading or trailing /amp and its ``amp``
    parameter taken away ("m.tribunnews.com/amp/regional/…" → "m.tribunnews.com/regional/…", "…/judul/amp" →
    "…/judul", "…?amp=1" → "…"); "" when that is no other URL, or the host is an amp. host (which host serves the
    page is the site's to say)."""
    parts = split_url(url)
    if parts is None or (parts.hostname or "").lower().startswith("amp."):
        return ""
    path = _AMP_HEAD.sub("", _AMP_TAIL.sub("", parts.path)) or "/"
    query = "&".join(pair for pair in parts.query.split("&") if pair and not _amp_switch(pair))
    plain = urlunsplit((parts.scheme, parts.netloc, path, query, ""))
    return plain if plain != urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, "")) else ""


# AMP caches serve a publisher's AMP page under their own host:
# https://{encoded host}.cdn.ampproject.org/c/s/{host}/{path} (Google's; Bing's *.bing-amp.com alike). The encoded
# host is the publisher's with every "-" doubled and every "." a "-" (amp-kompas-com for amp.kompas.com), or a hash
# when that is too long: the path names the real host. "c" is an AMP document, "v" the older viewer form, "wp" a
# signed exchange; "i" (image) and "r" (font) are no pages. "s" fetches the origin over https, its absence over http.
# Google's AMP viewer: https://www.google.com/amp/s/{host}/{path} (google.co.id too). h152 probe: such a link kept the
# cache address as the article's URL (keyed under ampproject, never the same story as kompas.com's), and a site
# spider refused it as not its domain.
_AMP_CACHE_HOST = re.compile(r"(?:^|\.)(?:cdn\.ampproject\.org|bing-amp\.com)$")
_AMP_CACHE_PATH = re.compile(r"^/(?:c|v|wp)/(s/)?(?=[^/]+\.[^/]+)")
_GOOGLE_HOST = re.compile(r"^(?:www\.)?google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$")
_GOOGLE_AMP_PATH = re.compile(r"^/amp/(s/)?(?=[^/]+\.[^/]+)")
# What a cache or the viewer adds to the page's own query: its runtime version, its referrer flags.
_AMP_CACHE_PARAMS = frozenset({"amp_js_v", "amp_gsa", "amp_ct", "amp_tf", "usqp", "aoh", "ampshare", "_gsa"})
# Google Translate's website proxy: https://{encoded host}.translate.goog/{path}?{query}&_x_tr_sl=id&_x_tr_tl=en…
# The host is encoded as on the AMP cache (every "-" doubled, every "." a "-": www-pikiran--rakyat-com), and the path
# and query are the publisher's own; the proxy's parameters all start "_x_tr_". Users paste such links from a
# translated search result: the story is the publisher's page (in its own language), not the proxy's rewrite.
_TRANSLATE_PROXY_HOST = re.compile(r"^([a-z0-9-]+)\.translate\.goog$")
_TRANSLATE_PARAM_PREFIX = "_x_tr_"
# Its older address, the page in the "u" parameter (translate.google.co.id too, and the frame's googleusercontent).
_OLD_TRANSLATE_HOST = re.compile(r"^translate\.(?:google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})"
                                 r"|googleusercontent\.com)$")


def publisher_url(url: str) -> str:
    """The publisher's own URL of a page served by an AMP cache or Google's AMP viewer (its document forms "/c/", "/v/",
    "/wp/", "s/" for https, else http; "google.com/amp/s/…"), the cache's own query parameters (amp_js_v, usqp…)
    dropped; any other URL as it is. The host is the one the path names, never decoded from the cache's subdomain
    (a hash for a long host). A cache of a cache is unwrapped too, in a loop.

    >>> publisher_url("https://amp-kompas-com.cdn.ampproject.org/c/s/amp.kompas.com/nasional/read/2024/03/12/1/judul")
    'https://amp.kompas.com/nasional/read/2024/03/12/1/judul'
    >>> publisher_url("https://www.google.co.id/amp/s/m.detik.com/news/berita/d-1/judul/amp")
    'https://m.detik.com/news/berita/d-1/judul/amp'

    Google Translate's website proxy (``{host}.translate.goog``) stands for the publisher's page too:

    >>> publisher_url("https://www-pikiran--rakyat-com.translate.goog/news/pr-01/judul?page=2&_x_tr_sl=id&_x_tr_tl=en")
    'https://www.pikiran-rakyat.com/news/pr-01/judul?page=2'
    """
    for _ in range(3):
        parts = split_url(url)
        if parts is None:
            return url
        host = (parts.hostname or "").lower()
        translated = _TRANSLATE_PROXY_HOST.match(host)
        if translated or (_OLD_TRANSLATE_HOST.match(host) and parts.path in ("/translate", "/translate_c", "/website")):
            # The older form names the page in its "u" parameter: translate.google.com/translate?sl=id&tl=en&u=https://…
            inner = (_translate_proxy_publisher(translated.group(1), parts) if translated else
                     next((value for name, value in parse_qsl(parts.query) if name == "u"), ""))
            if not inner or not valid_url(inner) or "." not in url_host(inner):
                return url
            url = inner
            continue
        if _AMP_CACHE_HOST.search(host):
            found = _AMP_CACHE_PATH.match(parts.path)
        elif _GOOGLE_HOST.match(host):
            found = _GOOGLE_AMP_PATH.match(parts.path)
        else:
            return url
        if found is None:
            return url
        query = "&".join(pair for pair in parts.query.split("&")
                         if pair and pair.split("=", 1)[0].lower() not in _AMP_CACHE_PARAMS)
        scheme = "https://" if found.group(1) else "http://"
        inner = scheme + parts.path[found.end():] + (f"?{query}" if query else "")
        if not valid_url(inner) or "." not in url_host(inner):
            return url
        url = inner
    return url


def is_translate_proxy(url: str) -> bool:
    """True for an address on Google Translate's website proxy (``www-detik-com.translate.goog/…``, the older
    ``translate.google.com/translate?…&u=…``)."""
    parts = split_url(url)
    host = (parts.hostname or "").lower() if parts is not None else ""
    return bool(_TRANSLATE_PROXY_HOST.match(host) or _OLD_TRANSLATE_HOST.match(host))


def _translate_proxy_publisher(label: str, parts: SplitResult) -> str | None:
    """The publisher's https URL behind a translate.goog address (publisher_url), or None when its host label does
    not decode to a host name (no dot, an empty label)."""
    host = label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    if "." not in host or any(not piece or piece.startswith("-") or piece.endswith("-") for piece in host.split(".")):
        return None
    query = "&".join(pair for pair in parts.query.split("&")
                     if pair and not pair.lower().startswith(_TRANSLATE_PARAM_PREFIX))
    inner = f"https://{host}{parts.path or '/'}" + (f"?{query}" if query else "")
    return inner if valid_url(inner) else None


def url_form(url: str, article_id: str | None = None) -> str:
    """The form of an article URL, to tell another view of one URL (an AMP or m. copy, another host for its rubric)
    from another URL of the story (a renamed slug, which may hold a correction the old URL does not): the site's
    article id and the slug (url_identity's last path segment) when the URL gives an id, else url_identity. h72:
    amp.kompas.com/money/read/…/slug and money.kompas.com/read/…/slug are one form.

    >>> url_form("https://amp.kompas.com/money/read/2025/05/28/1/judul", "2025/05/28/1") == url_form(
    ...     "https://money.kompas.com/read/2025/05/28/1/judul/", "2025/05/28/1")
    True
    """
    identity = url_identity(url)
    if not article_id or not identity:
        return identity
    return _id_form(article_id, urlsplit(identity).path)


def _id_form(article_id: str, path: str) -> str:
    """The site's article id and the last segment of ``path`` (its slug): url_form's key, page_identity's article."""
    return f"id:{article_id}/{path.rstrip('/').rpartition('/')[2]}"


_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
# RFC 3986 §2.3: unreserved characters mean the same escaped or not.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _escape_normal(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else "%" + match.group(1).upper()


def _normal_escapes(text: str) -> str:
    """RFC 3986 §6.2.2 percent-encoding normalization: escapes upper-case (``%e2`` -> ``%E2``) and escaped
    unreserved characters decoded (``%2D`` -> ``-``, ``%41`` -> ``A``); reserved ones stay escaped (``%2F``,
    ``%3F``, ``%26`` mean other than ``/``, ``?``, ``&``). Two spellings of one URL are one identity (h39)."""
    return _ESCAPE.sub(_escape_normal, text) if "%" in text else text


_ROOT_PAGES = frozenset({"", "index.php", "index.html", "index.htm", "index.asp", "default.aspx", "home"})
# A file's extension ending a URL's path: a document, a medium, a static asset or a feed, no page of a site.
_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|gz|jpe?g|png|gif|webp|svg|ico|mp[34]|m3u8|webm|css|js"
                             r"|json|xml|rss|woff2?|ttf|txt)$", re.IGNORECASE)


def names_a_file(url: str) -> bool:
    """Whether the URL (absolute or relative; its query and fragment aside) names a file rather than a page: a report's
    PDF, an image, a script, a feed."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return False
    return _FILE_EXTENSION.search(path) is not None


def is_site_root(url: str) -> bool:
    """The site's home page (``/``, ``/index.php``, …, no query): what a broken template names as every
    page's rel=canonical or og:url. Never an article's own URL."""
    parts = split_url(url)
    return parts is not None and not parts.query and parts.path.strip("/").lower() in _ROOT_PAGES


def same_site(url: str, domains: list[str] | tuple[str, ...]) -> bool:
    """True when url's host is one of domains or a subdomain of one (never for an invalid URL: split_url)."""
    host = url_host(url)
    return bool(host) and any(host == d or host.endswith("." + d) for d in domains)


@lru_cache(maxsize=1)
def _tld_extract() -> Any:
    import tldextract  # a Scrapy dependency; the bundled suffix list, never a download

    # Private suffixes too: kabarlokal.blogspot.com is one blog (one site), not blogspot.com.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def registrable_domain(url: str) -> str:
    """www.situs.example → situs.example; nasional.republika.co.id → republika.co.id; an IP stays."""
    return _registrable_host(url_host(url if "://" in url else f"http://{url}"))


@lru_cache(maxsize=4096)  # once per host: every article page asks for its outlet's labels
def _registrable_host(host: str) -> str:
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or "." not in host:
        return host
    parts = _tld_extract()(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    return ".".join(host.split(".")[-2:])  # a suffix the list does not know (.example, .test)


# An article's own pager, on any site: links to the same article URL with a page number, as a query
# parameter ("?page=2", "&halaman=3") or a last path segment ("/2", "/3/"), or to its single-page view
# ("?page=all", "?showpage=all", "?single=1"). Named, never guessed from any numeric parameter (a listing's "?sort=2",
# a comment widget's "?cpage=2" would read as pages): tempo's 2017-2021 kanal pages page by "?page_num=2" (h100 probe).
_PAGE_PARAMS = ("page", "halaman", "hal", "pg", "paged", "showpage", "page_num")
_ALL_VALUES = ("all", "semua")
_SINGLE_VIEW_PARAMS = {"single": "1", "showall": "1", "view": "all"}
_MAX_PAGE = 50
# The greatest page mark read in a pager's own flow (pager_links, the spider's later pages): an offset pager's marks
# grow past 50 (sindonews' "/60" is page 7 of offsets 10 apart); pager_links caps the page's place, not its mark.
# Anywhere else a number after a slug over _MAX_PAGE is no page mark (a year, an id: "…/hut-ri/2024").
PAGER_MAX_MARK = 1000


class Pager(NamedTuple):
    """A page's own pager read by structure (pager_links)."""
    single: str | None  # the single-page view's URL
    pages: list[str]  # the later pages' URLs, in page order
    refused: list[str]  # page 1's own-URL numbered links labelled as a pager's ("3", "Selanjutnya") forming none
    guessed: bool  # page 1's pages found without page 2 among them (offsets, a lone "/10"): confirmed when fetched


def article_pages(article_url: str, hrefs: Iterable[str], later_page: bool = False) -> tuple[str | None, list[str]]:
    """(the single-page view's URL or None, the later pages' URLs in page order) among a page's links, for an
    article at ``article_url`` (itself any of its pages): pager_links without the links refused."""
    found = pager_links(article_url, hrefs, later_page)
    return found.single, found.pages


def pager_links(article_url: str, links: Iterable[str | tuple[str, str]], later_page: bool = False) -> Pager:
    """The pager among a page's ``links`` (hrefs, or (href, anchor text) pairs as read off the page) for an article
    at ``article_url`` (itself any of its pages). Only variants of the article's own URL count. On page 1, numbered
    pages only when they form a pager: page 2 among them (a poll's or a comment thread's lone "?page=2" is taken, to
    be confirmed when fetched: the spider's unconfirmed_page); else, ``guessed`` (confirmed likewise), numbers
    stepping evenly from the first (paged_from_one: sindonews' offsets "/10", "/20" for pages 2 and 3, h99 probe) or
    a lone number, each link's text labelling it as a pager's (pager_label: "2" for "/10", "8" for "/70", or
    "Selanjutnya"), where the texts are known. A comment widget's "?hal=10", "?hal=20" ("Komentar lama"), a gallery's
    thumbnails "/10/", "/20/" (an image) are no pager (h102 probe: fetched, named missing, a slide's caption appended).
    On a later page (``later_page``: reached through the pager, or a URL naming page 2 or more) any numbered page
    counts: its pager shows the pages around it ("« Sebelumnya | Berikutnya »" on page 2 links 1 and 3; a windowed
    "1 … 4 5 6 … 12"; CNN's "BACA HALAMAN BERIKUTNYA" button on page 2 links /3), and page 2 need not be among them
    (h85 probe: every page after the window was lost, the item said whole). A page's place, not its mark, is capped
    at 50 (page_in_reach: offsets' "/60", "/110" are read, h102 probe)."""
    own = _page_of(article_url, PAGER_MAX_MARK if later_page else _MAX_PAGE)
    if own is None or own[1] == "all":
        return Pager(None, [], [], False)  # the single-page view itself ("?page=all", a shared link) holds every page
    host = url_host(article_url)
    single: str | None = None
    numbered: dict[int, str] = {}
    texts: dict[int, list[str]] = {}
    for link in links:
        href, text = (link, None) if isinstance(link, str) else link
        url, _, fragment = join_url(article_url, href).partition("#")
        if _COMMENTS_FRAGMENT.search(fragment):
            continue  # a comment thread's page ("?page=2#comments"), not the story's (h34)
        found = _page_of(url, PAGER_MAX_MARK)
        if found is None or found[0] != own[0] or url_host(url) != host:
            continue
        if found[1] == "all":
            single = single or url
        elif isinstance(found[1], int) and found[1] >= 2:
            numbered.setdefault(found[1], url)
            if text is not None:
                texts.setdefault(found[1], []).append(text)
    later_page = later_page or (isinstance(own[1], int) and own[1] >= 2)
    marks = [*numbered, *([own[1]] if later_page and isinstance(own[1], int) else [])]
    step = page_step(marks if later_page else [number for number in marks if number <= _MAX_PAGE])
    numbered = {number: url for number, url in numbered.items() if page_in_reach(number, step)}
    ordered = [numbered[n] for n in sorted(numbered)]
    if later_page or 2 in numbered:
        return Pager(single, ordered, [], False)
    if texts:
        step = step if len(numbered) > 1 else max(numbered, default=1)  # a lone "/10" is page 2 of offsets 10 apart
        labelled = all(any(pager_label(text) in (page_rank(number, step), "next") for text in texts.get(number, ()))
                       for number in numbered)
        if labelled and (len(numbered) == 1 or paged_from_one(numbered)):
            return Pager(single, ordered, [], True)
        # Counted only when a link's text reads as a pager's: a comment's "/10", a series' "bagian 3" is no lost pager.
        return Pager(single, [], [numbered[n] for n in sorted(numbered)
                                  if any(pager_label(text) is not None for text in texts.get(n, ()))], False)
    if paged_from_one(numbered):
        return Pager(single, ordered, [], True)
    return Pager(single, [], ordered, False)


def page_in_reach(mark: int, step: int) -> bool:
    """Whether a page mark may be a page's, among marks ``step`` apart (page_step): its place in the story at most
    50 (a mark of at most 50, or an offset's multiple: "/110" is page 12 of offsets 10 apart). A bare year or id
    after the slug ("/2024", "/333") is none.

    >>> page_in_reach(12, 1), page_in_reach(60, 1), page_in_reach(110, 10), page_in_reach(115, 10), page_in_reach(600, 10)
    (True, False, True, False, False)
    """
    return mark <= _MAX_PAGE or (step > 1 and mark % step == 0 and page_rank(mark, step) <= _MAX_PAGE)


# A pager's link text: a next-page word ("Selanjutnya", "Halaman Berikutnya", "Next Page", "Lanjutkan membaca"), or a
# page number with its words ("3", "Halaman 3", "Lanjut ke Halaman 2", "Baca halaman 2", "2/5", "Halaman 2 dari 5").
_LEAD_WORDS = r"(?:(?:baca|lanjut(?:kan)?|ke|menuju|buka|go\s+to)\s+)*"
_PAGE_WORD = r"(?:halaman|hal\.?|page)"
_NEXT_WORDS = re.compile(rf"{_LEAD_WORDS}(?:{_PAGE_WORD}\s+)?(?:selanjutnya|berikutnya|lanjut|next|terakhir|akhir|last)"
                         rf"(?:\s+{_PAGE_WORD})?|(?:lanjut(?:kan)?\s+(?:membaca|baca)|continue\s+reading)",
                         re.IGNORECASE)
_PAGE_WORD_NUMBER = re.compile(rf"(?:{_LEAD_WORDS}{_PAGE_WORD}\s*)?(\d{{1,3}})(?:\s*(?:/|dari|of)\s*\d{{1,3}})?",
                               re.IGNORECASE)
_ARROWS = "\u00ab\u00bb\u2039\u203a<>\u2192()[]"


def pager_label(text: str) -> int | str | None:
    """What a pager link's text names: a page number ("3", "Halaman 3", "[3]", "Lanjut ke Halaman 2", "2/5",
    "Halaman 2 dari 5"), "next" for a word or arrow leading on ("Selanjutnya »", "Halaman Berikutnya", "Next Page",
    "Lanjutkan membaca", "»", "Terakhir"); None for any other text ("Komentar lama", a thumbnail's empty text or its
    "Foto 10", "Bagian 3 laporan", "Foto berikutnya"). h104 probe: "2/2", "Lanjut ke Halaman 2 »", an icon's
    "Halaman berikutnya" were no pager's, the 2-page article cut.

    >>> [pager_label(text) for text in ("3", " Halaman 8 ", "Selanjutnya \u00bb", "\u203a", "Komentar lama", "", "Foto 10")]
    [3, 8, 'next', 'next', None, None, None]
    >>> [pager_label(text) for text in ("2/2", "Halaman 2 dari 5", "Lanjut ke Halaman 2 \u00bb", "Next Page \u00bb")]
    [2, 2, 2, 'next']
    """
    stripped = " ".join(text.split())
    bare = stripped.strip(_ARROWS + " ")
    if not bare:
        return "next" if stripped else None
    if number := _PAGE_WORD_NUMBER.fullmatch(bare):
        return int(number.group(1))
    return "next" if _NEXT_WORDS.fullmatch(bare) else None


def paged_from_one(numbers: Iterable[int]) -> bool:
    """Whether the page numbers page 1's pager links (its own URL's, 2 and up) are a pager's: page 2 among them,
    or numbers stepping evenly from the first, k and 2k and every one a multiple of k (an offset pager: sindonews
    numbers pages 2 and 3 "/10", "/20"; a windowed "1 2 3 … 12" as 10, 20, 30, 110). A lone number other than 2,
    or numbers without that step ("/3" and "/7"), are no pager.

    >>> paged_from_one([2]), paged_from_one([10, 20]), paged_from_one([5, 10, 15, 60]), paged_from_one([10])
    (True, True, True, False)
    >>> paged_from_one([3, 7]), paged_from_one([10, 30])
    (False, False)
    """
    found = sorted(set(numbers))
    if 2 in found:
        return True
    return len(found) >= 2 and found[1] == 2 * found[0] and all(number % found[0] == 0 for number in found)


def page_step(numbers: Iterable[int]) -> int:
    """How far apart a paged article's page marks are: k when two or more marks are known and every one is a multiple
    of k >= 3 (offset marks: sindonews numbers pages 2, 3, 4 "/5", "/10", "/15"), else 1 (pages numbered 2, 3, …;
    a lone mark, or marks of 2 and 4, read as page numbers as before).

    >>> page_step([5, 10, 15, 20, 25, 30]), page_step([2, 3, 12]), page_step([2, 4]), page_step([10]), page_step([2, 7, 8])
    (5, 1, 1, 1, 1)
    """
    found = sorted({number for number in numbers if number > 0})
    step = math.gcd(*found) if len(found) >= 2 else 1
    return step if step >= 3 else 1


def page_rank(number: int, step: int) -> int:
    """The place in the story (page 1, 2, …) of the page marked ``number`` among marks ``step`` apart (page_step):
    the number itself for consecutive numbering, number / step + 1 for offsets (sindonews' "/25" is page 6).

    >>> page_rank(7, 1), page_rank(25, 5), page_rank(5, 5)
    (7, 6, 2)
    """
    return number if step == 1 else number // step + 1


_COMMENTS_FRAGMENT = re.compile(r"comment|komentar|respond|reply|disqus", re.IGNORECASE)
_Unpaged = tuple[str, dict[str, str]]


def _page_of(url: str, most: int = _MAX_PAGE) -> tuple[_Unpaged, int | str | None] | None:
    """((path without a trailing slash, other query parameters), the page: a number, "all" for the single-page
    view, None for no page marker) of an http(s) URL; None for another scheme or an invalid URL (split_url). A
    number after the slug is a page mark up to ``most`` (PAGER_MAX_MARK in a pager's flow)."""
    parts = split_url(url)
    if parts is None or not parts.scheme.startswith("http"):
        return None
    query = dict(parse_qsl(parts.query))
    page: int | str | None = None
    value = next((query[name] for name in _PAGE_PARAMS if name in query), None)
    if value is not None:
        page = "all" if value.lower() in _ALL_VALUES else int(value) if value.isdigit() else None
    elif any(query.get(name) == wanted for name, wanted in _SINGLE_VIEW_PARAMS.items()):
        page = "all"
    # Trackers name no other article ("…?utm_source=whatsapp", a shared link): they do not split the pager off.
    others = {k: v for k, v in query.items()
              if k not in _PAGE_PARAMS and k not in _SINGLE_VIEW_PARAMS and _is_identifying(k)}
    path = parts.path.rstrip("/")
    head, _, last = path.rpartition("/")
    if page is None and last.isdigit() and 2 <= int(last) <= most and SLUG_SEGMENT.search(head):
        path, page = head, int(last)
    return (path, others), page


# A listing's numbered page by query ("/?page=2", "/ekonomi?page=3": a Next.js "Muat lebih banyak" button, a CMS's
# pager under a section): canonical_url drops the parameter, as an article's page is the article, which made every
# listing's page 2 its page 1 (h257 R1: never read at any depth). Path pagers ("/page/2/") keep their number anyway.
_LISTING_PAGE_PARAMS = ("page", "halaman", "hal", "pg", "paged", "page_num")


def listing_page_url(url: str) -> str | None:
    """canonical_url() of a listing's numbered page (a page parameter of 2 or more, the first named in
    _LISTING_PAGE_PARAMS) with that parameter kept, else None (no page number, page 1, "all").

    >>> listing_page_url("http://www.situs.example/ekonomi?page=2&utm_source=x")
    'https://www.situs.example/ekonomi?page=2'
    >>> listing_page_url("https://www.situs.example/?page=1") is None
    True
    """
    parts = split_url(url)
    if parts is None or not parts.query:
        return None
    query = dict(parse_qsl(parts.query))
    name = next((name for name in _LISTING_PAGE_PARAMS if name in query), None)
    value = query.get(name or "", "")
    if not value.isdigit() or not 2 <= int(value) <= 100_000:
        return None
    base = canonical_url(url)
    if not base or name in dict(parse_qsl(urlsplit(base).query)):  # kept already ("?halaman=2": identifying)
        return base or None
    return f"{base}{'&' if '?' in base else '?'}{urlencode({name: int(value)})}"


# A path pager's segment before the page's number: WordPress's "/page/2/", a local CMS's "/halaman/2", "/hal/2".
_PATH_PAGER_WORDS = frozenset({"page", "halaman", "hal"})


def listing_page_number(url: str) -> int | None:
    """The number of a listing's later page a URL marks: its page parameter (listing_page_url's, 2 or more) or a path
    pager's ("/kategori/daerah/page/12/"); None for a first page or no listing's mark (h299 R3: an archive read past its
    end is a later page, whose chrome is no list of its own).

    >>> listing_page_number("https://x.id/kategori/daerah/page/12/"), listing_page_number("https://x.id/?page=3")
    (12, 3)
    >>> listing_page_number("https://x.id/page/1/") is None, listing_page_number("https://x.id/") is None
    (True, True)
    """
    paged = listing_page_url(url)
    if paged is not None:
        query = dict(parse_qsl(urlsplit(paged).query))
        return next((int(query[name]) for name in _LISTING_PAGE_PARAMS if query.get(name, "").isdigit()), None)
    parts = split_url(url)
    segments = [segment for segment in (parts.path if parts else "").lower().split("/") if segment]
    for word, number in zip(segments, segments[1:]):
        if word in _PATH_PAGER_WORDS and number.isdigit() and 2 <= int(number) <= 100_000:
            return int(number)
    return None


def is_single_page_view(url: str) -> bool:
    """Whether a URL names an article's single-page "show all" view by its marker: "?page=all", "?showpage=all",
    "?halaman=semua", "?single=1", "?showall=1", "?view=all" (page_identity's page "all").

    >>> is_single_page_view("https://ekbis.sindonews.com/read/1/34/judul-berita-1705889445?showpage=all")
    True
    >>> is_single_page_view("https://finance.detik.com/berita/d-1/judul?single=1"), is_single_page_view("https://x.id/a?page=2")
    (True, False)
    """
    found = _page_of(url)
    return found is not None and found[1] == "all"


def without_trackers(url: str) -> str:
    """``url`` without its tracking parameters ("utm_source", "fbclid", a share button's "ref", …), its page and view
    switches kept ("?page=2", "?showpage=all", "?single=1", "?amp"): they name another page as served. A comparison
    form of the address a response answers.

    >>> without_trackers("https://x.id/read/1/judul-berita-ini?showpage=all&utm_source=wa")
    'https://x.id/read/1/judul-berita-ini?showpage=all'
    """
    parts = split_url(url)
    if parts is None or not parts.query:
        return url
    switches = {*_PAGE_PARAMS, *_SINGLE_VIEW_PARAMS, "amp"}
    query = "&".join(pair for pair in parts.query.split("&") if pair
                     and (_is_identifying(name := pair.split("=", 1)[0]) or name.lower() in switches))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def shared_link_form(url: str) -> str:
    """``url`` as a site's article pattern reads it when the link as found does not match: its tracking parameters
    and its fragment left out (without_trackers), its page and view switches kept. A shared link carries trackers
    ("…/slug/?utm_source=whatsapp&utm_medium=share", "…?fbclid=…", "…#comments") that no catalogue pattern ending at
    the path ("/slug/?$") was written for (h188 probe: indopolitika and ntvnews refused their own stories found in
    feeds and listings that way).

    >>> shared_link_form("https://www.ntvnews.id/nasional/0123456/judul-berita/?utm_source=wa&fbclid=x#top")
    'https://www.ntvnews.id/nasional/0123456/judul-berita/'
    >>> shared_link_form("https://x.id/read/1/judul-berita-ini?page=2&ref=home")
    'https://x.id/read/1/judul-berita-ini?page=2'
    """
    bare = without_trackers(url)
    parts = split_url(bare)
    if parts is None or not parts.fragment:
        return bare
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


_INDEX_FILE = re.compile(r"(?<=/)index\.(?:html?|php)$", re.IGNORECASE)


def directory_form(url: str) -> str:
    """The directory a URL's last segment "index.html" ("index.htm", "index.php") is the page of, with its query; ""
    when it names no such file. A static or PHP site's story is served as ".../slug/index.html" too, which a feed, a
    sitemap or a listing may list (h294 C3): a site's article pattern is written for ".../slug/" or ".../slug".

    >>> directory_form("https://www.ntvnews.id/nasional/0123456/judul-berita/index.html")
    'https://www.ntvnews.id/nasional/0123456/judul-berita/'
    >>> directory_form("https://x.id/read/1/judul-berita-ini")
    ''
    """
    parts = split_url(url)
    if parts is None or not _INDEX_FILE.search(parts.path):
        return ""
    return urlunsplit((parts.scheme, parts.netloc, _INDEX_FILE.sub("", parts.path), parts.query, parts.fragment))


def page_identity(url: str, article_id: str | None = None) -> str:
    """Which page of which article a URL names, to tell a pager's links from the pages read already: the article by
    its site id when given (_page_article: an m. host, a rubric alias, another slug keep it), else by url_identity (www./m./amp.
    host, http, a trailing slash, trackers such as "?utm_source=…&fbclid=…" and escapes folded); the page by its marker
    ("?page=3", "/3" after the slug, or with an id any "/N" after a segment following the id's, the single-page view
    "?page=all", "?showpage=all", "?single=1"), an explicit page 1 ("?page=1", "/1" after the slug) being page 1. Two
    served pages share it only when they differ by what those fold (h74: "d-6453901/rekayasa-lalin/2", a two-word
    slug, was page 1 by the id alone, its pages never read). A comparison key, "" for an invalid URL. h72: page 1 shared as
    "…/slug?utm_source=facebook" or "…/slug/" took its pager's link to "…/slug" for another page: fetched twice and the
    item marked missing its own page 1.

    >>> page_identity("http://m.Contoh.id/berita/judul-berita-ini/2/?utm_source=x") == page_identity(
    ...     "https://www.contoh.id/berita/judul-berita-ini?page=2")
    True
    """
    found = _article_page(url, article_id)
    if found is None:
        return ""
    article, page = found
    return f"{article}#page={1 if page is None else page}"


def page_number(url: str, article_id: str | None = None, most: int = _MAX_PAGE) -> int | None:
    """The page number a URL marks (page_identity's page: "?page=3", "/3" after the slug, with an id any "/N" after
    the slug; sindonews' offsets "/5", "/10" too, which grow with the page); None for no number marked (page 1's own
    URL, a link that names its page otherwise), the single-page view or an invalid URL. A mark after the slug up to
    ``most``: a later page's, found by pager_links, up to PAGER_MAX_MARK (offsets' "/60")."""
    found = _article_page(url, article_id, most)
    return found[1] if found is not None and isinstance(found[1], int) else None


def in_page_order(urls: Iterable[str], number: Callable[[str], int | None] = page_number) -> list[str]:
    """``urls`` (a paged article's pages still to read) with the numbered ones in page order, each in a place a
    numbered one held, and those without a number where they stood (document order). A pager revealing its pages
    out of order (a windowed "1 2 … 12" whose next pages show 3, 11, then 4, 10) is still read, and stitched, in
    page order (h85 probe: detik read 1, 2, 12, 3, 11, 4, … and the body came out in that order)."""
    listed = list(urls)
    numbers = [number(url) for url in listed]
    slots = [index for index, found in enumerate(numbers) if found is not None]
    ordered = sorted(slots, key=lambda index: numbers[index])  # stable: one page under two addresses keeps its order
    for slot, url in zip(slots, [listed[index] for index in ordered]):
        listed[slot] = url
    return listed


def _article_page(url: str, article_id: str | None,
                  most: int = _MAX_PAGE) -> tuple[str, int | str | None] | None:
    """page_identity's (article, page) of a URL, the page None when none is marked; None for an invalid URL."""
    identity = url_identity(url)
    given = _page_of(url, most)
    # A page marked in the query ("…/slug/512/?page=3") leaves the path's number no page mark: url_identity drops
    # the query, and "/512" was read as the page (h104 probe: past_the_end judged by page 512).
    by_query = given is not None and given[1] is not None and (parts := split_url(url)) is not None \
        and given[0][0] == parts.path.rstrip("/")
    folded = _page_of(identity, 0 if by_query else most)
    if not identity or given is None or folded is None:
        return None
    # url_identity drops the page switches (canonical_url): a page left is the path's "/N" (or "halaman=N").
    (path, others), page = folded
    if page is None:
        page = given[1]
    head, _, last = path.rpartition("/")
    if last == "1" and SLUG_SEGMENT.search(head):
        path = head  # a pager's "1" linking to {url}/1
    elif page is None and article_id and (after_id := _numbered_after_id(path, article_id, most)) is not None:
        path, page = after_id
    if article_id:
        article = _page_article(article_id, path)
    else:
        query = "&".join(f"{name}={value}" for name, value in sorted(others.items()))
        article = f"{url_host(identity)}{path}" + (f"?{query}" if query else "")
    return article, page


def _page_article(article_id: str, path: str) -> str:
    """page_identity's article for a URL with a site id: the id, and what follows the id's segment but the slug
    right after it. A site serving the story at any slug ("d-6453901/slug-lama" beside the
    canonical's "d-6453901/slug-baru") is one article (h75); a served page whose page mark is not recognised keeps its
    own tail, never page 1's key (h74). An id the path does not spell (kompas' date and number) gives url_form's key."""
    segments = path.strip("/").split("/")
    holding = [index for index, segment in enumerate(segments)
               if re.search(rf"(?<![0-9]){re.escape(article_id)}(?![0-9])", segment)]
    if not holding:
        return _id_form(article_id, path)
    tail = segments[holding[-1] + 1:]
    if tail and re.search(r"[^\W\d]", tail[0]):  # the slug (a word in it; "/12345/2" right after the id is no slug)
        tail = tail[1:]
    return f"id:{article_id}" + ("/" + "/".join(tail) if tail else "")


def _numbered_after_id(path: str, article_id: str, most: int = _MAX_PAGE) -> tuple[str, int] | None:
    """(the path without it, N) when ``path`` ends in a number 1-``most`` with a segment (the slug) between it and the
    segment holding the article's id: a page, whatever the slug's shape ("d-6453901/rekayasa-lalin/2",
    "rp-1.5-triliun/3", sindonews' "read/1234567/12/gempa-1718845200/3"); a number right after the id is not."""
    head, _, last = path.rpartition("/")
    found = re.search(rf"(?<![0-9]){re.escape(article_id)}(?![0-9])", head)
    if not (last.isdigit() and 1 <= int(last) <= most and found and "/" in head[found.end():]):
        return None
    return head, int(last)


def same_article(first_page: str, url: str, first_id: str | None = None, url_id: str | None = None) -> bool:
    """Whether ``url`` (where a later page of the article at ``first_page`` was answered from, after its
    redirects) is still that article: the same site id when both URLs give one (a renamed slug keeps it), else
    the same URL once page markers ("/2", "?page=3", "?page=all") and other views (www./m./amp., http) are
    folded away. Page 2 redirected to another story is not a page of this one."""
    if first_id and url_id:
        return first_id == url_id
    first, other = _page_of(url_identity(first_page)), _page_of(url_identity(url))
    return first is not None and other is not None and first[0] == other[0] \
        and url_host(url_identity(first_page)) == url_host(url_identity(url))


def first_page_of(url: str, links: Iterable[str | tuple[str, str]], declared: str | None = None) -> str | None:
    """When ``url`` is a later page of a paged article ("/judul/2", "?page=3") and the page links to the
    article's first page (its own URL with no page marker), that first page's URL; else None. ``links``: hrefs, or
    (href, anchor text) pairs. A mark past 50 is a page only where the page's own pager places it (placed_page_mark:
    sindonews' "/60", page 7 of offsets 10 apart), and such a page's page 1 is its URL without the mark even without
    a link to it (a windowed "4 5 6 [7] 8" on page 7: h104 probe, entered there, the page came out alone as whole).
    Nor need a page link back when the address it declares its own (``declared``: its rel=canonical, else its og:url,
    as written) is its URL without the page mark (declares_first_page): CNN Indonesia's page 2 of 3 offers only a
    "BACA HALAMAN BERIKUTNYA" button to page 3, its canonical page 1 (h237 probe: entered at "?page=2", page 1's six
    paragraphs were lost and the item said whole). Else a page up to 50 without a link to page 1 names none (h88: its
    pages read, page 1 not asked for)."""
    pairs = [(link, None) if isinstance(link, str) else link for link in links]
    own = _page_of(url)
    placed = own is not None and own[1] is None and placed_page_mark(url, pairs) is not None
    if placed:
        own = _page_of(url, PAGER_MAX_MARK)
    if own is None or not isinstance(own[1], int) or own[1] < 2:
        return None
    host = url_host(url)
    for href, _ in pairs:
        link = join_url(url, href).split("#", 1)[0]
        found = _page_of(link)
        if found is not None and found[0] == own[0] and found[1] in (None, 1) and url_host(link) == host:
            return link
    if placed or (declared is not None and declares_first_page(url, declared, PAGER_MAX_MARK if placed else _MAX_PAGE)):
        return _without_page_mark(url)
    return None


def declares_first_page(url: str, declared: str, most: int = _MAX_PAGE) -> bool:
    """Whether ``declared``, the address a page at ``url`` declares its own (its rel=canonical or og:url as written,
    resolved), is ``url``'s page 1: ``url`` carries a page mark (a page parameter "?page=2", "&halaman=3", or a number
    up to ``most`` after the slug, "/2") and ``declared`` is ``url`` without it, as page_identity compares them (host
    views www./m./amp., http, a trailing slash, trackers folded; an explicit "?page=1" or "/1" is page 1). Not when
    ``declared`` is ``url`` itself or another page of it ("?page=2" declaring "?page=2" or "/2"), nor another story.

    >>> declares_first_page("https://x.id/a/judul-berita-ini?page=2", "https://www.x.id/a/judul-berita-ini/")
    True
    >>> declares_first_page("https://x.id/a/judul-berita-ini?page=2", "https://x.id/a/judul-berita-ini?page=2")
    False
    >>> declares_first_page("https://x.id/a/judul-berita-ini/3", "https://x.id/a/berita-lain-sama-sekali")
    False
    """
    own = _page_of(url, most)
    if own is None or not isinstance(own[1], int) or own[1] < 2:
        return False
    first, named = _article_page(_without_page_mark(url), None, most), _article_page(declared, None, most)
    return first is not None and named is not None and first[1] is None and named[1] in (None, 1) \
        and first[0] == named[0]


def placed_page_mark(url: str, links: Iterable[tuple[str, str | None]]) -> int | None:
    """The page mark of ``url`` past 50 (an offset page's "/60") when the page's own pager places it: its links'
    marks and ``url``'s share a step (page_step) within reach (page_in_reach), and their texts name their places
    (_labelled_places). None for any other URL (a year "/2024" after the slug)."""
    own = _page_of(url, PAGER_MAX_MARK)
    if own is None or not isinstance(own[1], int) or own[1] <= _MAX_PAGE:
        return None
    return own[1] if _labelled_places(url, list(links)) else None


# A link one page either way ("« Sebelumnya", "Selanjutnya »", "Halaman Berikutnya", "Prev"): its direction. Not
# "Terakhir" or "Awal", which link the ends.
_STEP_WORDS = re.compile(rf"(?:{_PAGE_WORD}\s+)?(?:(selanjutnya|berikutnya|next)|sebelumnya|prev(?:ious)?)"
                         rf"(?:\s+{_PAGE_WORD})?", re.IGNORECASE)


def _step_direction(text: str | None) -> int | None:
    """+1 for a link's text leading to the next page, -1 to the previous one, else None."""
    found = _STEP_WORDS.fullmatch(" ".join((text or "").split()).strip(_ARROWS + " "))
    return None if found is None else 1 if found.group(1) else -1


def _labelled_places(url: str, links: list[tuple[str, str | None]]) -> bool:
    """Whether ``url``'s own pager places it by its labels: its own-URL numbered links (``url`` among them or not)
    step evenly with its mark, each link whose text names a number naming its place (pager_label == page_rank),
    at least one; or, a pager of no numbers ("« Sebelumnya | Selanjutnya »", h107 probe: entered at sindonews' "/60"
    the page came out alone as whole), every numbered link a previous/next one exactly one offset step (3 or more)
    from the page's mark."""
    own = _page_of(url, PAGER_MAX_MARK)
    if own is None or not isinstance(own[1], int) or own[1] < 2:
        return False
    host = url_host(url)
    labels: dict[int, list[int]] = {}
    stepped: dict[int, set[int | None]] = {}  # each numbered link's directions (None: its text names none)
    for href, text in links:
        link = join_url(url, href).split("#", 1)[0]
        found = _page_of(link, PAGER_MAX_MARK)
        if found is None or found[0] != own[0] or url_host(link) != host or not isinstance(found[1], int):
            continue
        label = pager_label(text) if text is not None else None
        labels.setdefault(found[1], []).extend([label] if isinstance(label, int) else [])
        stepped.setdefault(found[1], set()).add(_step_direction(text))
    step = page_step([own[1], *labels])
    named = [(mark, label) for mark, found in labels.items() for label in found]
    if not named:
        return step >= 3 and page_in_reach(own[1], step) and any(mark != own[1] for mark in stepped) \
            and all(mark == own[1] or directions == {(mark - own[1]) // step} and abs(mark - own[1]) == step
                    for mark, directions in stepped.items())
    return page_in_reach(own[1], step) \
        and all(page_in_reach(mark, step) and label == page_rank(mark, step) for mark, label in named)


def _without_page_mark(url: str) -> str:
    """``url`` with its page mark taken off: the path's last number ("…/slug/60" -> "…/slug"), or the query's page
    parameter ("?page=3")."""
    parts = split_url(url)
    assert parts is not None
    query = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name not in _PAGE_PARAMS]
    path = parts.path
    if len(query) == len(parse_qsl(parts.query, keep_blank_values=True)):  # the mark is the path's
        trailing = path.endswith("/")
        path = path.rstrip("/").rpartition("/")[0] + ("/" if trailing else "")
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))


_SLUG_SUFFIX = re.compile(r"\.(?:html?|php|aspx?)$", re.IGNORECASE)


def slug_words(url: str) -> set[str]:
    """The words of a URL's last path segment when it reads as a slug (three words or more, numbers aside),
    lowercased; empty for none ("/read/12345", "berita.php")."""
    parts = split_url(url)
    last = _SLUG_SUFFIX.sub("", (parts.path if parts else "").rstrip("/").rpartition("/")[2]).lower()
    words = {word for word in re.split(r"[-_+]+", last) if word and not word.isdigit()}
    return words if len(words) >= 3 else set()


def _last_slug_words(url: str) -> set[str]:
    """The words (lowercased, numbers aside) of the last path segment of ``url``'s url_identity, its other views
    folded first ("/judul-berita/amp/" is "/judul-berita"): any count, empty for none ("/?p=123", "/read/12345")."""
    parts = split_url(url_identity(url) or url)
    last = _SLUG_SUFFIX.sub("", (parts.path if parts else "").rstrip("/").rpartition("/")[2]).lower()
    return {word for word in re.split(r"[-_+.]+", last) if word and not word.isdigit()}


def title_words(title: str) -> set[str]:
    """The words of a headline as a slug spells them: lowercased, accents folded ("Café" -> "cafe"), split at
    anything but a letter or digit ("Gener 4: Sekolah" -> {"gener", "4", "sekolah"})."""
    folded = unicodedata.normalize("NFKD", title.lower())
    # a number's group marks and a word's apostrophe are no break in a slug ("Rp80.000" -> "rp80000", "Ma'ruf" ->
    # "maruf": h261 probe)
    folded = re.sub(r"(?<=\d)[.,](?=\d)|(?<=[a-z])['\u2019](?=[a-z])", "", folded)
    return set(re.findall(r"[a-z0-9]+", "".join(char for char in folded if not unicodedata.combining(char))))


def _reads_title(slug: set[str], title: set[str]) -> float:
    """How well a slug's words read as a title's: their Jaccard similarity (1.0 the same words)."""
    return len(slug & title) / len(slug | title) if slug and title else 0.0


def slug_names_other_story(canonical: str, fetched_url: str, title: str | None) -> str | None:
    """Why the address a page declares its own (its rel=canonical or og:url) names another story than the page's,
    by the page's own title, or None: the fetched URL's slug is the title (two thirds of its words and more are title
    words, three words or more), and the declared one reads the title less well, lacking title words the fetched slug
    has while spelling words the title and the fetched slug have not (a template writing one story's, or the next
    story's, address on every page: "banjir-rendam-rumah-warga-di-karawang" on the page titled "Banjir rendam rumah
    warga di Bekasi", h249 probe; "sorotan-utama-hari-ini" on every story). Trusted: the same words (another view,
    trackers, a short form of the path), a slug of title words only (cut short, or longer than a shortened title), a
    declared slug that is the title where the fetched one is not (a renamed story at its old slug), no slug on either
    side ("?p=123", "/read/12345"), no title."""
    if not title:
        return None
    own, words = slug_words(fetched_url), title_words(title)
    if not own or len(own & words) * 3 < len(own) * 2:
        return None  # the fetched slug is not the title: nothing to go by
    named = _last_slug_words(canonical)
    lost, alien = (own & words) - named, named - words - own
    if not named or not lost or not alien or _reads_title(named, words) >= _reads_title(own, words):
        return None
    return (f"its slug reads {'-'.join(sorted(alien))} where the page's title and its fetched slug read "
            f"{'-'.join(sorted(lost))}")


def canonical_names_other_article(canonical: str, fetched_url: str, canonical_id: str | None,
                                  fetched_id: str | None, title: str | None) -> str | None:
    """Why a page's canonical URL (or og:url) names another article than the page fetched, or None (trusted). By the
    site's article id when both URLs give one (a renamed slug, an AMP or m. view keep it); else, ids on one side or
    none, by the page's own title (slug_names_other_story): the fetched slug is the title, the canonical's slug is not
    and spells another headline. Anything less clear is trusted."""
    if canonical_id and fetched_id:
        return f"article {canonical_id}, not {fetched_id}" if canonical_id != fetched_id else None
    return slug_names_other_story(canonical, fetched_url, title)


def _lies_under(path_url: str, base_url: str) -> bool:
    """Whether ``path_url``'s path is ``base_url``'s or lies under it ("/slug/print", "/slug/index.html" under
    "/slug"): both url_identity forms (no trailing slash). Never under the root: a home-page canonical is no view."""
    base = (split_url(base_url) or urlsplit("")).path.rstrip("/")
    path = (split_url(path_url) or urlsplit("")).path
    return bool(base) and (path == base or path.startswith(base + "/"))


def canonical_contradicted(canonical: str, fetched_url: str, og_url: str | None, story_urls: Sequence[str],
                           canonical_id: str | None = None, fetched_id: str | None = None,
                           title: str | None = None) -> bool:
    """Whether a page's rel=canonical, naming another address than the one it was read at, is contradicted by the
    page's own other declarations: its og:url and its story's structured data (JSON-LD url, @id, mainEntityOfPage)
    both name the fetched URL (another view of it), none the canonical. A template writing another story's canonical
    (h304 F1: story 10's page naming story 6's address while its og:url and JSON-LD name its own, ids on no URL, slugs
    not its title): followed, story 10 was emitted under story 6's URL and story 6 then lost as a duplicate. One
    declaration alone (an og:url a template builds from the request) decides nothing; nor do they against a canonical
    of the same article id (``canonical_id``, ``fetched_id``: the site's) or the same slug: the story's address after
    a move, its old one still in its og:url and JSON-LD (liputan6 2016's showbiz.liputan6.com/read/2437019/… naming
    www.liputan6.com/showbiz/read/2437019/…). Many CMSs echo the REQUEST URL into og:url and JSON-LD, so their
    agreement is weak: it decides only against a canonical that could be no other view of the page (h307 R1-R3): on
    the same host (a regional jabar. copy names the main host's story), not a path the fetched one lies under (a
    print view "/slug/print/", "/slug/index.html", "/slug/cetak"), and not a slug reading the page's ``title``
    better than the fetched one (a renamed story read at its old slug: its canonical, the new slug, is the title).

    >>> canonical_contradicted("https://x.id/a-b-c/", "https://x.id/d-e-f/", "https://x.id/d-e-f/",
    ...                        ["https://x.id/d-e-f/#article"])
    True
    >>> canonical_contradicted("https://x.id/a-b-c/", "https://x.id/d-e-f/", "https://x.id/d-e-f/", [])
    False
    >>> canonical_contradicted("https://x.id/a-b-c/", "https://x.id/d-e-f/", "https://x.id/d-e-f/",
    ...                        ["https://x.id/a-b-c/"])
    False
    >>> canonical_contradicted("https://www.x.id/kabar/read/12/a-b-c", "https://kabar.x.id/read/12/a-b-c",
    ...                        "https://kabar.x.id/read/12/a-b-c", ["https://kabar.x.id/read/12/a-b-c"])
    False
    >>> [canonical_contradicted(canonical, fetched, fetched, [fetched], title="Banjir rendam 500 rumah warga")
    ...  for canonical, fetched in (("https://x.id/2025/banjir-rendam-500-rumah-warga/", "https://x.id/2025/banjir-rumah/"),
    ...                             ("https://x.id/2025/a-b-c/", "https://x.id/2025/a-b-c/print/"),
    ...                             ("https://x.id/2025/a-b-c/", "https://x.id/2025/a-b-c/index.html"),
    ...                             ("https://www.x.id/2025/a-b-c/", "https://jabar.x.id/2025/d-e-f/"),
    ...                             ("https://www.x.id/2025/a-b-c/", "https://m.x.id/2025/d-e-f/"))]
    [False, False, False, False, True]
    """
    named, here = url_identity(canonical), url_identity(fetched_url)
    if not named or not here or named == here or not og_url or (canonical_id and canonical_id == fetched_id):
        return False
    slug, own = _last_slug_words(canonical), _last_slug_words(fetched_url)
    if slug and slug == own:
        return False
    if outlet_host(canonical) != outlet_host(fetched_url) or _lies_under(here, named):
        return False
    if title and _reads_title(slug, words := title_words(title)) > _reads_title(own, words):
        return False
    declared = [url_identity(url) for url in (og_url, *story_urls) if url]
    return named not in declared and url_identity(og_url) == here and here in declared[1:]

