"""SINDOnews (sindonews.com). Markup: ../shared/realpages/SITES.md, section sindonews.com."""
from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider


class SindonewsSpider(NewsSpider):
    name = "sindonews"
    allowed_domains = ["sindonews.com"]
    # https://{kanal}.sindonews.com/read/{id}/{rubric}/{slug}-{unixTs}[/{offset}]; until ~2014
    # /read/YYYY/MM/DD/{rubric}/{id}/{slug} (h24 probe: read as id "2013", every story of a year was one article).
    # The AMP view, /newsread/ for /read/ ("nasional.sindonews.com/newsread/1602135/15/…-1754305726", shared links
    # since 2019): the same story under the same id, read at its canonical /read/ page (NewsSpider.amp_canonical);
    # h201 probe: a listing's or feed's /newsread/ link was dropped as no article.
    article_url_pattern = (r"^https?://(?!(?:pict|e|am|sm|media|scope|hi-lite)\.)[a-z0-9-]+\.sindonews\.com/"
                           r"(?:news)?read/"
                           r"(?:(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/\d+/)?(?P<id>\d+)/(?:\d+/)?"
                           r"[^/?#]*[a-z][^/?#]*")
    # cid 0 = every kanal; the offset steps by 20 per page.
    listing_urls = ("https://www.sindonews.com/indeks/0/{offset}?t={date:%Y-%m-%d}",)
    listing_offset_step = 20
    listing_link_css = ".warp-article .title-article a::attr(href)"
    all_pages_css = ".paging-all a::attr(href)"  # …?showpage=all: the whole body in one page
    page_links_css = ".paging-artikel a::attr(href)"
    rules = SiteRules(
        title=("h1.detail-title",),
        published=(".detail-date-artikel",),
        # The 2019 template's byline: <div class="reporter"><p><a href="https://index.sindonews.com/blog/3189/…">.
        authors=(".detail-nama-redaksi a[rel=author]", ".reporter a[href*='/blog/']"),
        section=(".breadcrumb li a",),
        tags=(".detail-tag a",),
        body=("#detail-desc",),
        drop=(".editor", "[class^='v-']", ".v-youtube", "ins", "iframe", "figure", "figcaption",
              "[id^='ads_']", ".ads", ".baca-inline", ".paging-artikel", ".paging-all", ".detail-tag"),
        title_suffix=" - SINDOnews",
    )
