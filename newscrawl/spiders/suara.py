"""Suara.com (www.suara.com). Markup: ../shared/realpages/SITES.md, section suara.com."""
from __future__ import annotations

import re

from scrapy.http import Response

from newscrawl.extract import RawArticle, SiteRules
from newscrawl.spiders.base import NewsSpider
from newscrawl.urls import canonical_url, url_host

# One field of the inline GTM push `dataLayer = [{'articleContentId': '…', …}]` (single-quoted,
# so not JSON; EGI reads it with a regex too). Quoted string or bare number.
_DATALAYER_FIELD = r"""['"]{key}['"]\s*:\s*(?:'([^']*)'|"([^"]*)"|(-?\d+))"""


def datalayer_value(response: Response, key: str) -> str | None:
    """A field of the page's dataLayer push, or None."""
    pattern = re.compile(_DATALAYER_FIELD.format(key=re.escape(key)))
    for script in response.xpath("//script[contains(., 'dataLayer')]/text()").getall():
        match = pattern.search(script)
        if match:
            value = next(g for g in match.groups() if g is not None).strip()
            return value or None
    return None


class SuaraSpider(NewsSpider):
    name = "suara"
    allowed_domains = ["suara.com"]
    # https://www.suara.com/{kanal}/YYYY/MM/DD/{HHMMSS}/{slug}. No numeric id in the URL: the
    # date+time part stands in (slashes removed in article_id); adjust_article prefers the
    # dataLayer articleContentId. The /foto and /video galleries are other templates (EGI skips them).
    # The regional editions (jogja., jatim., jabar., sumsel., kaltim., bali., …suara.com: h215 probe) print
    # /read/YYYY/MM/DD/{HHMMSS}/{slug} on their own host: articles of the same template, whose id is qualified by
    # the edition (edition_id). yoursay (readers' posts) and the m./amp. views are no edition.
    article_url_pattern = (r"^https?://(?:www\.suara\.com/(?!(?:foto|video|indeks|tag|search|author|reporter)/)"
                           r"[a-z0-9-]+|(?!(?:www|m|amp|yoursay)\.)[a-z0-9-]+\.suara\.com/read)"
                           r"/(?P<id>(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/\d{6})/[^/?#]+")
    # Newest first, no date parameter: the base filters links by the day in their URL and stops
    # paging once a whole page is older than -a since.
    listing_urls = ("https://www.suara.com/indeks?page={page}",)
    listing_link_css = ".article-kanal-list .article-kanal-item h3 a::attr(href)"
    # Pager (EGI); the dataLayer articleTotalPages is preferred (other_page_urls).
    page_links_css = ".pagination-custom a::attr(href)"
    rules = SiteRules(
        title=(".article-image h1",),
        authors=(".author-trigger a",),
        tags=(".article-tags a",),
        # The container, not `.article-content p`: a <p> inside a dropped box (.article-read,
        # .ten-second) must not come back as a container of its own.
        body=(".article-content",),
        drop=(".ten-second", ".article-read", "#next-article", ".next-article", "[id*=div-ad]",
              ".placeholder_belt", ".placeholder_read_body", ".wrap-pagination", ".pagination-custom",
              ".article-tags", ".google-pref", "figure", "figcaption", "script", "style", "iframe"),
        # The DOM tag list is the clean one (with a leading "#", stripped in adjust_article).
        prefer_dom=frozenset({"tags"}),
        title_suffix=" - Suara.com",
    )

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        raw.tags = [tag.lstrip("#").strip() for tag in raw.tags if tag.lstrip("#").strip()]
        # articleDate has no zone: a fallback candidate after JSON-LD; the pipeline reads it as WIB.
        article_date = datalayer_value(response, "articleDate")
        if article_date and article_date not in raw.published:
            raw.published.append(article_date)
        content_id = datalayer_value(response, "articleContentId")
        raw.article_id = edition_id(response.url, content_id) if content_id else None

    def article_id(self, *urls: str) -> str | None:
        for url in urls:
            match = self.article_url_match(url)
            if match and match.group("id"):  # '2024/06/19/153012' -> '20240619153012'
                return edition_id(url, match.group("id").replace("/", ""))
        return None

    def other_page_urls(self, response: Response, visited: list[str]) -> list[str]:
        """?page=2…N from dataLayer articleTotalPages, plus any pager link; in page order."""
        urls = super().other_page_urls(response, visited)
        total = datalayer_value(response, "articleTotalPages")
        if total and total.isdigit():
            base = canonical_url(response.url)
            seen = {self.page_identity(u) for u in visited + urls}
            urls += [u for n in range(2, int(total) + 1)
                     if self.page_identity(u := f"{base}?page={n}") not in seen]
        return sorted(urls, key=_page_number)


def edition_id(url: str, article_id: str) -> str:
    """``article_id`` as the site's id for the page at ``url``: www's as it is, a regional edition's led by the edition
    (``jogja/20230517141533``). An edition's day and clock (or its dataLayer number, whose sequence is not known to be
    the network's) are unique within its own host only: with a dozen editions and www each publishing dozens of
    stories a day, two of them publish in the same second most days, and a bare id would make those stories one article. The edition's name and a slash lead it (no id of www's
    holds a slash); www's ids, and the keys already stored for them, stay as they were."""
    host = url_host(url)
    label, _, domain = host.partition(".")
    if domain == "suara.com" and label not in ("www", "m", "amp"):
        return f"{label}/{article_id}"
    return article_id


def _page_number(url: str) -> int:
    match = re.search(r"[?&]page=(\d+)", url)
    return int(match.group(1)) if match else 1
