"""The long tail as data: one file per outlet, ``outlets/<name>.toml``, read into ``Outlet`` records.

A file says what differs from the shared path and nothing else (its name is the spider's name):

    # outlets/balipost.toml                 -> scrapy crawl balipost
    title = "Bali Post"                     # the outlet's own name (also never an author)
    domains = ["balipost.com"]
    zone = "WITA"                           # wall-clock zone of naive dates: WIB, WITA or WIT
    language = "id"                         # "en" for an English-language outlet
    article_url = '^https?://…/(?P<id>\\d+)/'  # what an article URL looks like; group id = its id
    listing = ["https://www.balipost.com/page/{page}/"]   # listing pages (HTML or JSON API):
                                            #   {page}, {offset}, {date:%Y%m%d}
    feeds = ["…/feed"]                      # RSS/Atom
    sitemaps = ["…/sitemap-news.xml"]       # (news) sitemaps or indexes
    # discovery_unsupported = "why"         # instead of the three above: only -a url= is crawled
    canary = "https://www.balipost.com/news/…"  # an article `scrapy check balipost` reads
    source = "OUTLETS.md: balipost"         # where the facts come from
    [rules]                                 # optional overrides of the shared extraction
    body = [".td-post-content"]             # CSS, first match wins (then JSON-LD, then maintext)
    drop = ["div.td-related"]
    residue = ['^Baca juga .*$']            # extra whole-block residue, regexes (case-insensitive)

Everything not given comes from the shared path (structured data, ``maintext``, the cleaning catalog,
the health checks), as for a site spider. An outlet that cannot be crawled without a browser, or that
its source marks broken, is a file with ``unsupported = "the reason"`` (plus title, domains, source):
listed by ``scrapy list --verbose`` and the README, never a spider that is silently empty.

The facts come from ../shared/OUTLETS.md (what one public crawler's per-outlet configuration does, not
checked against live pages). Selectors are kept only where they are semantic hooks (itemprop, a CMS's
content class); when one misses, or gives a fragment of the story, JSON-LD articleBody and the
site-independent main text take over, and the health check sees the drift. ``verified = true`` only
after a real saved page of the outlet was checked by hand. A canary is the URL of the outlet's
reconstructed article (tests/outlets/<outlet>/) until a real article of the outlet is saved.

``parse_entry`` is the format's contract: every rule it states is tested (tests/test_outlets.py).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, tzinfo
from functools import cache
from pathlib import Path
from typing import Any

from newscrawl.dates import WIB, WIT, WITA
from newscrawl.urls import url_host

CATALOGUE_DIR = Path(__file__).with_name("outlets")
ZONES: dict[str, tzinfo] = {"WIB": WIB, "WITA": WITA, "WIT": WIT}
LANGUAGES = ("id", "en")
RULE_FIELDS = ("title", "published", "updated", "authors", "section", "tags", "body", "drop", "not_authors")
_ENTRY_KEYS = {"title", "domains", "zone", "language", "article_url", "listing", "listing_links", "feeds",
               "sitemaps", "sitemap_follow", "listing_first_page", "listing_offset_step", "listing_max_pages",
               "page_links", "all_pages", "source", "verified", "note", "rules", "hook", "canary",
               "discovery_unsupported"}
_RULE_KEYS = set(RULE_FIELDS) | {"residue", "title_suffix", "prefer_dom"}
_UNSUPPORTED_KEYS = {"title", "domains", "unsupported", "source"}
_SPIDER_NAME = re.compile(r"^[a-z][a-z0-9]*$")
_TEMPLATE_FIELDS = re.compile(r"\{(\w+)(?::[^}]*)?\}")
_ALLOWED_FIELDS = {"page", "offset", "date"}


def discovery_kind(listing: tuple[str, ...], feeds: tuple[str, ...], sitemaps: tuple[str, ...]) -> str:
    """How a site's articles are found, for the README table: sitemap, feed, dated listing, listing."""
    kinds = []
    if sitemaps:
        kinds.append("sitemap")
    if feeds:
        kinds.append("feed")
    if any("{date" in url for url in listing):
        kinds.append("dated listing")
    elif listing:
        kinds.append("listing")
    return " + ".join(kinds) or "article URLs only"


class CatalogueError(ValueError):
    """An outlet file that breaks the format (named, with the rule it breaks)."""


@dataclass(frozen=True)
class Outlet:
    name: str
    title: str
    domains: tuple[str, ...]
    article_url: str
    zone: str = "WIB"
    language: str = "id"
    listing: tuple[str, ...] = ()
    listing_links: str | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    sitemap_follow: str | None = None
    listing_first_page: int = 1
    listing_offset_step: int = 20
    listing_max_pages: int = 5
    page_links: str | None = None
    all_pages: str | None = None
    rules: dict[str, Any] = field(default_factory=dict)
    hook: str | None = None
    source: str = ""
    verified: bool = False
    note: str = ""
    # One article URL and the fields its item must fill: `scrapy check <outlet>` (newscrawl/canaries.py).
    canary: str | None = None
    # Why the outlet's articles cannot be discovered without a browser; the spider then reads only the
    # article URLs it is given (-a url=), and cron leaves it out.
    discovery_unsupported: str | None = None
    canary_fields: tuple[str, ...] = ("title", "body", "published_at")

    @property
    def timezone(self) -> tzinfo:
        return ZONES[self.zone]

    @property
    def discovery_kind(self) -> str:
        return discovery_kind(self.listing, self.feeds, self.sitemaps)

    @property
    def residue(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in self.rules.get("residue", ()))


@dataclass(frozen=True)
class Unsupported:
    name: str
    title: str
    domains: tuple[str, ...]
    reason: str
    source: str = ""


def _entry_error(name: str, message: str) -> CatalogueError:
    return CatalogueError(f"catalogue outlet {name} (newscrawl/catalogue/outlets/{name}.toml): {message}")


def outlet_from_entry(name: str, entry: dict[str, Any]) -> Outlet:
    """One ``[outlets.NAME]`` table as an Outlet; CatalogueError names what is wrong with it."""
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise _entry_error(name, f"unknown key(s) {sorted(unknown)}")
    if not _SPIDER_NAME.match(name):
        raise _entry_error(name, "the name must be lower-case letters and digits (it is the spider's name)")
    for key in ("title", "domains", "article_url"):
        if not entry.get(key):
            raise _entry_error(name, f"{key} is required")
    if entry.get("zone", "WIB") not in ZONES:
        raise _entry_error(name, f"zone must be one of {sorted(ZONES)}")
    if entry.get("language", "id") not in LANGUAGES:
        raise _entry_error(name, f"language must be one of {LANGUAGES}")
    try:
        re.compile(entry["article_url"])
    except re.error as error:
        raise _entry_error(name, f"article_url is not a regex: {error}") from None
    if entry.get("canary") and not re.search(entry["article_url"], entry["canary"]):
        raise _entry_error(name, "the canary is not an article URL of the outlet")
    urls = [*entry.get("listing", ()), *entry.get("feeds", ()), *entry.get("sitemaps", ())]
    if not urls and not entry.get("discovery_unsupported"):
        raise _entry_error(name, "no discovery: give listing, feeds or sitemaps, or discovery_unsupported = \"why\"")
    if urls and entry.get("discovery_unsupported"):
        raise _entry_error(name, "discovery_unsupported, yet discovery URLs are given")
    for url in urls:
        if not url.startswith(("https://", "http://")):
            raise _entry_error(name, f"discovery URL {url!r} is not absolute")
        bad = {f for f in _TEMPLATE_FIELDS.findall(url)} - _ALLOWED_FIELDS
        if bad:
            raise _entry_error(name, f"discovery URL {url!r} uses {sorted(bad)}; allowed: {sorted(_ALLOWED_FIELDS)}")
        try:
            url.format(page=1, offset=0, date=date(2024, 6, 19))
        except (ValueError, IndexError, KeyError) as error:
            raise _entry_error(name, f"discovery URL {url!r} does not format: {error}") from None
    if entry.get("hook"):
        from newscrawl.catalogue.hooks import HOOKS  # late: hooks import the extraction modules

        if entry["hook"] not in HOOKS:
            raise _entry_error(name, f"hook {entry['hook']!r} is not in newscrawl/catalogue/hooks.py")
    rules = dict(entry.get("rules", {}))
    unknown = set(rules) - _RULE_KEYS
    if unknown:
        raise _entry_error(name, f"unknown rule(s) {sorted(unknown)}")
    for pattern in rules.get("residue", ()):
        try:
            re.compile(pattern)
        except re.error as error:
            raise _entry_error(name, f"residue {pattern!r} is not a regex: {error}") from None
    return Outlet(
        name=name, title=entry["title"], domains=tuple(entry["domains"]), article_url=entry["article_url"],
        zone=entry.get("zone", "WIB"), language=entry.get("language", "id"),
        listing=tuple(entry.get("listing", ())), listing_links=entry.get("listing_links"),
        feeds=tuple(entry.get("feeds", ())), sitemaps=tuple(entry.get("sitemaps", ())),
        sitemap_follow=entry.get("sitemap_follow"),
        listing_first_page=int(entry.get("listing_first_page", 1)),
        listing_offset_step=int(entry.get("listing_offset_step", 20)),
        listing_max_pages=int(entry.get("listing_max_pages", 5)),
        page_links=entry.get("page_links"), all_pages=entry.get("all_pages"), rules=rules,
        hook=entry.get("hook"), source=entry.get("source", ""), verified=bool(entry.get("verified", False)),
        note=entry.get("note", ""), canary=entry.get("canary"),
        discovery_unsupported=entry.get("discovery_unsupported"),
    )


def unsupported_from_entry(name: str, entry: dict[str, Any]) -> Unsupported:
    unknown = set(entry) - _UNSUPPORTED_KEYS
    if unknown:
        raise _entry_error(name, f"unknown key(s) {sorted(unknown)}")
    if not isinstance(entry.get("unsupported"), str) or not entry["unsupported"].strip():
        raise _entry_error(name, "an unsupported outlet needs its reason: unsupported = \"why\"")
    return Unsupported(name=name, title=entry.get("title", name), domains=tuple(entry.get("domains", ())),
                       reason=entry["unsupported"].strip(), source=entry.get("source", ""))


def parse_entry(name: str, text: str) -> Outlet | Unsupported:
    """One outlet file's TOML text (its name is the file's stem), checked."""
    try:
        entry = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _entry_error(name, f"not TOML: {error}") from None
    return unsupported_from_entry(name, entry) if "unsupported" in entry else outlet_from_entry(name, entry)


@cache
def load_catalogue(directory: Path = CATALOGUE_DIR) -> tuple[tuple[Outlet, ...], tuple[Unsupported, ...]]:
    """Every outlet file of the catalogue, by name: (supported, unsupported)."""
    entries = [parse_entry(path.stem, path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.toml"))]
    return (tuple(e for e in entries if isinstance(e, Outlet)), tuple(e for e in entries if isinstance(e, Unsupported)))


def outlets() -> tuple[Outlet, ...]:
    return load_catalogue()[0]


def unsupported_outlets() -> tuple[Unsupported, ...]:
    return load_catalogue()[1]


@cache
def outlet_zones() -> tuple[tuple[str, tzinfo], ...]:
    """Every catalogue outlet's domains with its zone (WIB ones too): the entries ``dates.zone_for_url``
    weighs beside its ZONE_BY_SITE table, the most specific deciding. ``generic`` reads a WITA or WIT outlet's
    pages in that outlet's zone, so a new outlet's zone is one data entry for every spider, while a regional
    edition on a subdomain (kaltimpost.jawapos.com, WITA, in the table) keeps its own zone over its parent
    domain's (jawapos.com, WIB, here)."""
    return tuple((domain, outlet.timezone) for outlet in outlets() for domain in outlet.domains)


@cache
def _titles_by_domain() -> dict[str, str]:
    titles: dict[str, str] = {}
    for outlet in (*outlets(), *unsupported_outlets()):
        for domain in outlet.domains:
            titles.setdefault(domain.lower(), outlet.title)
    return titles


def outlet_title(url: str | None) -> str | None:
    """The catalogue's name of the outlet behind ``url`` ("Rakyat Merdeka" for rm.id), an unsupported outlet's
    too: the most specific of its domains the host is or is under; None for another site. ``generic`` counts it
    among the outlet's names (a byline naming the outlet is no author), as the outlet's own spider does."""
    host = url_host(url) if url else ""
    titles = _titles_by_domain()
    labels = host.split(".")
    for start in range(len(labels) - 1):
        if (title := titles.get(".".join(labels[start:]))) is not None:
            return title
    return None
