"""The long tail as data: one entry per outlet in ``outlets.toml``, read into ``Outlet`` records.

An entry says what differs from the shared path and nothing else:

    [outlets.balipost]                      # the spider's name: scrapy crawl balipost
    title = "Bali Post"                     # the outlet's own name (also never an author)
    canary = "https://www.balipost.com/news/…"  # an article `scrapy check balipost` reads (see canaries.py)
    domains = ["balipost.com"]
    zone = "WITA"                           # wall-clock zone of naive dates: WIB, WITA or WIT
    language = "id"                         # "en" for an English-language outlet
    article_url = '^https?://…/(?P<id>\\d+)/'  # what an article URL looks like; group id = its id
    listing = ["https://www.balipost.com/page/{page}/"]   # listing pages: {page}, {offset}, {date:%Y%m%d}
    feeds = ["…/feed"]                      # RSS/Atom
    sitemaps = ["…/sitemap-news.xml"]       # (news) sitemaps or indexes
    source = "OUTLETS.md: balipost"         # where the facts come from
    [outlets.balipost.rules]                # optional overrides of the shared extraction
    body = [".td-post-content"]             # CSS, first match wins (then JSON-LD, then maintext)
    drop = ["div.td-related"]
    residue = ['^Baca juga .*$']            # extra whole-block residue, regexes (case-insensitive)

Everything not given comes from the shared path (structured data, ``maintext``, the cleaning catalog,
the health checks), as for a site spider. An outlet that cannot be crawled without a browser, or that
its source marks broken, is an ``[unsupported.NAME]`` entry with its ``reason``: listed by
``scrapy list --verbose`` and the README, never a spider that is silently empty.

``check_catalogue`` is the entry format's contract: every rule it states is tested.
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

CATALOGUE_PATH = Path(__file__).with_name("outlets.toml")
ZONES: dict[str, tzinfo] = {"WIB": WIB, "WITA": WITA, "WIT": WIT}
LANGUAGES = ("id", "en")
RULE_FIELDS = ("title", "published", "updated", "authors", "section", "tags", "body", "drop", "not_authors")
_ENTRY_KEYS = {"title", "domains", "zone", "language", "article_url", "listing", "listing_links", "feeds",
               "sitemaps", "sitemap_follow", "listing_first_page", "listing_offset_step", "listing_max_pages",
               "page_links", "all_pages", "source", "verified", "note", "rules", "hook", "canary"}
_RULE_KEYS = set(RULE_FIELDS) | {"residue", "title_suffix", "prefer_dom"}
_UNSUPPORTED_KEYS = {"title", "domains", "reason", "source"}
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
    """An entry of outlets.toml that breaks the format (named, with the rule it breaks)."""


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
    return CatalogueError(f"outlets.toml [{name}]: {message}")


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
    if not urls:
        raise _entry_error(name, "no discovery: give listing, feeds or sitemaps")
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
    )


def unsupported_from_entry(name: str, entry: dict[str, Any]) -> Unsupported:
    unknown = set(entry) - _UNSUPPORTED_KEYS
    if unknown:
        raise _entry_error(name, f"unknown key(s) {sorted(unknown)}")
    if not entry.get("reason"):
        raise _entry_error(name, "an unsupported outlet needs its reason")
    return Unsupported(name=name, title=entry.get("title", name), domains=tuple(entry.get("domains", ())),
                       reason=entry["reason"], source=entry.get("source", ""))


def parse_catalogue(text: str) -> tuple[tuple[Outlet, ...], tuple[Unsupported, ...]]:
    """The supported and unsupported outlets of a catalogue's TOML text, checked."""
    data = tomllib.loads(text)
    unknown = set(data) - {"outlets", "unsupported"}
    if unknown:
        raise CatalogueError(f"outlets.toml: unknown table(s) {sorted(unknown)}")
    outlets = tuple(outlet_from_entry(n, e) for n, e in data.get("outlets", {}).items())
    unsupported = tuple(unsupported_from_entry(n, e) for n, e in data.get("unsupported", {}).items())
    both = {o.name for o in outlets} & {u.name for u in unsupported}
    if both:
        raise CatalogueError(f"outlets.toml: {sorted(both)} both supported and unsupported")
    return outlets, unsupported


@cache
def load_catalogue(path: Path = CATALOGUE_PATH) -> tuple[tuple[Outlet, ...], tuple[Unsupported, ...]]:
    return parse_catalogue(path.read_text(encoding="utf-8"))


def outlets() -> tuple[Outlet, ...]:
    return load_catalogue()[0]


def unsupported_outlets() -> tuple[Unsupported, ...]:
    return load_catalogue()[1]
