"""IDN Times (idntimes.com). Markup: ../shared/realpages/SITES.md, section idntimes.com."""
from __future__ import annotations

from urllib.parse import urljoin

from scrapy.http import Response

from newscrawl.discovery import in_window
from newscrawl.extract import RawArticle, SiteRules
from newscrawl.spiders.base import NewsSpider
from newscrawl.urls import canonical_url

# Placeholder keywords the CMS leaves in JSON-LD keywords (EGI saw "Update me" next to real tags).
JUNK_TAGS = frozenset({"update me"})


class IdntimesSpider(NewsSpider):
    name = "idntimes"
    allowed_domains = ["idntimes.com"]
    # https://www.idntimes.com/{cat}/{subcat}/{slug}-{5char}-{6char}: the two trailing codes together are
    # the id (the 6-char code alone was seen on two different URLs). Regional subdomains (jatim., bali.)
    # are other templates and stay out.
    article_url_pattern = (
        r"^https?://(?:www\.)?idntimes\.com/(?!(?:author|tag|search|ajax|v1|tag-manager)/)"
        r"[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+-(?P<id>[a-z0-9]{5}-[a-z0-9]{6})/?(?:[?#]|$)"
    )
    # /indeks is a 404 and robots.txt disallows /?*: the category hubs are the listing. They carry no
    # date in the URL, so their cards' own dates filter by -a since/until (see article_links).
    listing_urls = ("https://www.idntimes.com/news", "https://www.idntimes.com/sport",
                    "https://www.idntimes.com/tech")
    listing_card_title_css = "h2[data-cy='ds-card-article-title']"
    listing_card_date_css = "[data-cy='ds-card-article-pubdate']"
    rules = SiteRules(
        title=("h1[data-testid='title-article']",),
        published=("[data-testid='publish-date-article'] time::attr(datetime)",),
        authors=("[data-testid^='author-article']",),
        section=("[data-testid^='breadcrumbs-']:not([data-testid='breadcrumbs-separator'])",),
        tags=("[data-testid='tag-list'] a",),
        # JSON-LD articleBody is one string with the paragraph breaks removed: the DOM paragraphs win.
        body=("#article-description p.article-text",),
        drop=("[id^='div-gpt-ad']", "ins", "iframe", "figure", "figcaption", "script"),
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        raw.tags = [t for t in raw.tags if t.strip().casefold() not in JUNK_TAGS]

    def article_links(self, response: Response) -> list[str]:
        """Hub cards dated inside [since, until]; an undated or unreadable card is kept (never lost).

        A card's <h2 data-cy=ds-card-article-title> sits in an <a href>; its date card
        "D MMM YYYY, HH:mm WIB" (English month abbreviations) is a sibling of that <a> (EGI).
        """
        links: dict[str, None] = {}
        for title in response.css(self.listing_card_title_css):
            anchor = title.xpath("ancestor::a[@href][1]")
            if not anchor:
                continue
            url = urljoin(response.url, anchor.attrib["href"].strip())
            if not self.is_article_url(url):
                continue
            dates = anchor.xpath("..").css(self.listing_card_date_css).xpath("normalize-space(.)").getall()
            if in_window(dates[0] if dates and dates[0] else None, self.since, self.until, self.site_timezone):
                links[canonical_url(url)] = None
            else:
                self.crawler.stats.inc_value("newscrawl/discovery/outside_window")
        return list(links)
