"""One spider per catalogue outlet (newscrawl/catalogue/outlets.toml), made from its entry.

Nothing here is per outlet: ``OutletSpider`` maps an entry's fields onto ``NewsSpider``'s declarative
attributes, and the loop at the bottom defines one subclass per entry in this module, where Scrapy's
spider loader finds it (`scrapy list`, `scrapy crawl <outlet>`, the cron entry). The same ``-a``
arguments as any site spider apply.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from scrapy.http import Response

from newscrawl.catalogue import Outlet, outlets
from newscrawl.catalogue.hooks import HOOKS
from newscrawl.contracts import with_canary
from newscrawl.extract import (ANY_SITE_SECTION, ANY_SITE_TAGS, PUBLISHED_METAS, RawArticle, SiteRules, body_chars,
                               json_ld_objects, meta_content, news_article_ld, page_meta)
from newscrawl.fields.dates import find_page_dates
from newscrawl.spiders.base import EXPLICIT, NewsSpider


def site_rules(outlet: Outlet) -> SiteRules:
    """The entry's extraction overrides as SiteRules; the outlet's own name is never an author."""
    rules = outlet.rules
    fields: dict[str, Any] = {f: tuple(rules[f]) for f in ("title", "published", "updated", "authors", "section",
                                                           "tags", "body", "drop") if f in rules}
    # Tags and the rubric as any site marks them, when the entry names no selector of its own (the generic spider
    # read them from the same markup; a catalogue outlet gave none).
    fields.setdefault("tags", ANY_SITE_TAGS)
    fields.setdefault("section", ANY_SITE_SECTION)
    fields["not_authors"] = (outlet.title, *outlet.domains, *rules.get("not_authors", ()))
    if "title_suffix" in rules:
        fields["title_suffix"] = rules["title_suffix"]
    if "prefer_dom" in rules:
        fields["prefer_dom"] = frozenset(rules["prefer_dom"])
    return SiteRules(**fields)


class OutletSpider(NewsSpider):
    """Base of the catalogue's spiders: an outlet entry drives everything."""

    outlet: Outlet
    extra_residue: tuple[re.Pattern[str], ...] = ()
    # Its selectors are leads from OUTLETS.md, unverified against the outlet's pages: a miss, or a fragment the main
    # text corrects, is counted (newscrawl/body/selector_fragment) but says no redesign (h272 R5: surabayapagi's
    # ordinary page read "layout drift" on every crawl).
    layout_drift_judged = False
    hook: Callable[[RawArticle, Response], None] | None = None

    def looks_like_article(self, response: Response) -> bool:
        """A catalogue pattern is an unverified lead, and a one-segment /{slug} pattern also matches the
        outlet's static pages (Kode Etik, Redaksi): a page found by discovery must also say it is an
        article (structured data, an article date), show a date, or carry its day in the URL. -a url=
        pages are read as asked."""
        if not super().looks_like_article(response):
            return False
        if response.meta.get(EXPLICIT) or self.url_day(response.url) is not None:
            return True  # asked for by name, or its URL carries its publication day
        return has_article_signal(response.selector)

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        # A catalogue selector is an unverified lead: when what it matched is a fragment of the story
        # the page-wide main text finds, the main text wins (counted, so drift shows in the stats).
        if raw.body_source == "dom":
            main = self.main_text(response).blocks
            if body_is_fragment(raw.body, main):
                raw.body, raw.body_source = list(main), "generic"
                self.crawler.stats.inc_value("newscrawl/body/selector_fragment")
        if self.hook is not None:
            self.hook(raw, response)


def has_article_signal(selector: Any) -> bool:
    """Whether a page says it is an article: JSON-LD (News)Article, og:type article, an article or
    itemprop publication date, or a date shown near its story (fields.dates.find_page_dates)."""
    if news_article_ld(json_ld_objects(selector)) is not None:
        return True
    meta = page_meta(selector)
    if (meta_content(meta, "og:type") or "").lower() == "article" or meta_content(
            meta, "article:published_time", "datePublished", *PUBLISHED_METAS):
        return True
    return bool(find_page_dates(selector))



def body_is_fragment(selected: list[str], main: list[str]) -> bool:
    """Whether a selector's body is much less than the main text's and contained in it: under half its
    characters, with every selected block found in the main text (a teaser, one paragraph, a caption).
    A selected body that is not in the main text is another reading of the page, and is kept."""
    if not main or body_chars(selected) * 2 >= body_chars(main):
        return False
    main_text = " ".join(main)
    return all(block[:80] in main_text for block in selected if block.strip())


def spider_class(outlet: Outlet) -> type[OutletSpider]:
    """The spider class of one outlet (its class name from the outlet's name)."""
    hook = HOOKS[outlet.hook] if outlet.hook else None
    attributes: dict[str, Any] = {
        "__module__": __name__,
        "__doc__": f"{outlet.title} ({', '.join(outlet.domains)}), catalogue entry; facts from {outlet.source or 'n/a'}.",
        "name": outlet.name,
        "outlet": outlet,
        "allowed_domains": list(outlet.domains),
        "article_url_pattern": outlet.article_url,
        "site_timezone": outlet.timezone,
        "language": outlet.language,
        "listing_urls": outlet.listing,
        "listing_link_css": outlet.listing_links,
        "listing_first_page": outlet.listing_first_page,
        "listing_offset_step": outlet.listing_offset_step,
        "listing_max_pages": outlet.listing_max_pages,
        "feed_urls": outlet.feeds,
        "sitemap_urls": outlet.sitemaps,
        "sitemap_follow": outlet.sitemap_follow,
        "page_links_css": outlet.page_links,
        "all_pages_css": outlet.all_pages,
        "rules": site_rules(outlet),
        "extra_residue": outlet.residue,
        "hook": staticmethod(hook) if hook else None,
        # No discovery without a browser: the outlet's articles are read from -a url= only.
        "require_arguments": ("url", "url_file") if outlet.discovery_unsupported else (),
    }
    spider = type(f"{outlet.name.capitalize()}OutletSpider", (OutletSpider,), attributes)
    if outlet.canary:  # the outlet's canary contract, as a site spider's (NewsSpider.__init_subclass__)
        spider.parse_article = with_canary(OutletSpider.parse_article, outlet.name, outlet.canary,  # type: ignore[method-assign]
                                           outlet.canary_fields)
    return spider


OUTLET_SPIDERS: dict[str, type[OutletSpider]] = {}
for _outlet in outlets():
    OUTLET_SPIDERS[_outlet.name] = globals()[f"{_outlet.name.capitalize()}OutletSpider"] = spider_class(_outlet)
