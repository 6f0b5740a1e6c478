"""JPNN.com (www.jpnn.com). Markup: ../shared/realpages/SITES.md, section jpnn.com."""
from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider


class JpnnSpider(NewsSpider):
    name = "jpnn"
    allowed_domains = ["jpnn.com"]
    # https://www.jpnn.com/news/{slug}: no number in the URL, the slug is the id (a 2016 copy of
    # a jpnn page and several scrapers use this shape; SITES.md gives none). Before 2016:
    # /read/YYYY/MM/DD/{number}/{Judul-Berita-} (h215 probe), the old CMS's article number, read by article_id as
    # "read/{number}": nothing ties that number to a /news/ slug, and the slash keeps it apart from any slug.
    article_url_pattern = (r"^https?://(?:www\.|m\.)?jpnn\.com/(?:news/(?P<id>[a-z0-9][a-z0-9-]*)/?(?:[?#]|$)"
                           r"|read/(?P<year>\d{4})/(?P<month>\d{2})/(?P<day>\d{2})/(?P<number>\d{1,9})/[^/?#]+)")
    feed_urls = ("https://www.jpnn.com/index.php?mib=rss",)
    # Pages 2…N are linked from the pager and fetched one by one (ARD next_page_selector).
    page_links_css = "div.pagination a::attr(href)"
    rules = SiteRules(
        authors=("meta[name=jpnncom_news_author]::attr(content)",),
        # The container, not `div[itemprop=articleBody] p`: a <p> inside div.baca-juga must not come
        # back as a container of its own. `.page-content p` is ARD's fallback (p only: that column
        # holds more than the story).
        body=("div[itemprop=articleBody]", ".page-content p"),
        # ARD's filters. "Baca juga: …" lines in plain <p>s go to the residue catalog. ARD's early
        # text filter `JPNN\.com.*` is deliberately not copied (ARD itself replaced it by these
        # selectors): the "jpnn.com, JAKARTA - " dateline opens the first paragraph like other
        # sites' datelines, and reporting prose may start with "JPNN.com" too.
        drop=("div.baca-juga", "div[id*=browsi_ad]", "div[spottype=dynamic_mc]",
              'strong:contains("Kamu Sudah Menonton Video")', "div.pagination", "iframe", "script",
              "style", "figure", "figcaption"),
        # The site's author meta is the byline; structured data may name the outlet instead.
        prefer_dom=frozenset({"authors"}),
        not_authors=("JPNN", "JPNN.com", "jpnn.com", "Redaksi JPNN.com"),
        title_suffix=" - JPNN.com",
    )

    def article_id(self, *urls: str) -> str | None:
        for url in urls:
            match = self.article_url_match(url)
            if match:
                return match.group("id") or f"read/{match.group('number')}"
        return None
