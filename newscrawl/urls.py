"""URL canonicalisation: one stable key per article, whatever link led to it."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import safe_url_string, url_query_cleaner

# Query parameters that never change which article a URL names: trackers, share
# buttons, and the pagination switches (the item always holds the whole article).
NON_IDENTIFYING_PARAMS: frozenset[str] = frozenset(
    {
        "page", "showpage", "single", "amp", "_ga", "fbclid", "gclid", "dclid", "msclkid",
        "yclid", "mc_cid", "mc_eid", "ref", "ref_src", "src", "source", "from", "cx_testId",
        "cx_testVariant", "cx_artPos", "cx_experienceId", "cxrecs_s", "tag_from", "xid",
        "_gl", "igshid", "s", "spm", "nm", "partner", "utm",
    }
)
_TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "cx_", "itm_", "_hs", "mkt_")


def _is_identifying(name: str) -> bool:
    lowered = name.lower()
    return lowered not in NON_IDENTIFYING_PARAMS and not lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """https scheme, lower-case host without default port, no fragment, no tracking or page params.

    >>> canonical_url("http://International.SINDOnews.com/read/1/2/x?utm_source=fb&showpage=all#top")
    'https://international.sindonews.com/read/1/2/x'
    """
    url = safe_url_string(url.strip())
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
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


def url_identity(url: str) -> str:
    """The article a URL names when the page gives no id and no rel=canonical: canonical_url() with the
    other views of it folded in (www./m./amp. host, a trailing /amp, a trailing slash). A comparison
    key, never an output URL (the folded form may not be served).

    >>> url_identity("http://m.Contoh.id/berita/banjir-besar/amp/?utm_source=x")
    'https://contoh.id/berita/banjir-besar'
    """
    parts = urlsplit(canonical_url(url))
    host = parts.netloc
    if _ALIAS_HOST.match(host) and registrable_domain(f"https://{host}") != host.split(":")[0]:
        host = _ALIAS_HOST.sub("", host)  # never the registrable domain itself (m.co.id)
    path = _AMP_TAIL.sub("", parts.path).rstrip("/") or "/"
    return urlunsplit(("https", host, path, parts.query, ""))


_ROOT_PAGES = frozenset({"", "index.php", "index.html", "index.htm", "index.asp", "default.aspx", "home"})


def is_site_root(url: str) -> bool:
    """The site's home page (``/``, ``/index.php``, …, no query): what a broken template names as every
    page's rel=canonical or og:url. Never an article's own URL."""
    parts = urlsplit(url)
    return not parts.query and parts.path.strip("/").lower() in _ROOT_PAGES


def same_site(url: str, domains: list[str] | tuple[str, ...]) -> bool:
    """True when url's host is one of domains or a subdomain of one."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


@lru_cache(maxsize=1)
def _tld_extract() -> Any:
    import tldextract  # a Scrapy dependency; the bundled suffix list, never a download

    # Private suffixes too: kabarlokal.blogspot.com is one blog (one site), not blogspot.com.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def registrable_domain(url: str) -> str:
    """www.situs.example → situs.example; nasional.republika.co.id → republika.co.id; an IP stays."""
    return _registrable_host((urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower())


@lru_cache(maxsize=4096)  # once per host: every article page asks for its outlet's labels
def _registrable_host(host: str) -> str:
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or "." not in host:
        return host
    parts = _tld_extract()(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    return ".".join(host.split(".")[-2:])  # a suffix the list does not know (.example, .test)
