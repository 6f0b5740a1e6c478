"""IDN Times (idntimes.com). Markup: ../shared/realpages/SITES.md, section idntimes.com."""
from __future__ import annotations

from scrapy.http import Response

from newscrawl.discovery import ListingCards
from newscrawl.extract import RawArticle, SiteRules
from newscrawl.spiders.base import NewsSpider

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
    # date in the URL, so their cards' own dates filter by -a since/until (an undated card is kept).
    listing_urls = ("https://www.idntimes.com/news", "https://www.idntimes.com/sport",
                    "https://www.idntimes.com/tech")
    # A card's <h2 data-cy=ds-card-article-title> sits in an <a href>; its date "D MMM YYYY, HH:mm WIB"
    # (English month abbreviations) is a sibling of that <a> (EGI): the card is the <a>'s parent.
    listing_cards = ListingCards(
        card=":has(> a[href] h2[data-cy='ds-card-article-title'])",
        link="a[href]:has(h2[data-cy='ds-card-article-title'])::attr(href)",
        date="[data-cy='ds-card-article-pubdate']",
    )
    rules = SiteRules(
        title=("h1[data-testid='title-article']",),
        published=("[data-testid='publish-date-article'] time::attr(datetime)",),
        authors=("[data-testid^='author-article']",),
        section=("[data-testid^='breadcrumbs-']:not([data-testid='breadcrumbs-separator'])",),
        tags=("[data-testid='tag-list'] a",),
        # JSON-LD articleBody is one string with the paragraph breaks removed: the DOM paragraphs win.
        # The container is read whole (as bisnis'): a listicle's item headings ("1. Braga Permai"), and the
        # story's own lists and quotes (a <ul> after "Berikut syarat …:", a <blockquote>; h20 probe, markup
        # assumed) are its text; ads, figures and scripts are dropped here, the "Baca Juga" box and embeds by the
        # shared walker and residue rules.
        body=("#article-description",),
        drop=("[id^='div-gpt-ad']", "ins", "iframe", "figure", "figcaption", "script", "style"),
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        raw.tags = [t for t in raw.tags if t.strip().casefold() not in JUNK_TAGS]
