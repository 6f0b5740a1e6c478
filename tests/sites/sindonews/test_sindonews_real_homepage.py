"""The one real SINDOnews page at hand (the Sept 2024 homepage): the article URL pattern against its links."""
from __future__ import annotations

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newscrawl.spiders.sindonews import SindonewsSpider


def test_article_pattern_on_the_real_homepage(realpages):
    body = (realpages / "sindonews" / "homepage-2024-09.html").read_bytes()
    response = HtmlResponse("https://www.sindonews.com/", body=body, request=Request("https://www.sindonews.com/"))
    spider = SindonewsSpider.from_crawler(get_crawler(SindonewsSpider))
    hrefs = set(response.css("a::attr(href)").getall())
    articles = {h for h in hrefs if spider.is_article_url(h)}
    # Every /read/{id}/{rubric}/{slug}-{ts} link on a kanal host, and nothing else (assets, video, tags).
    expected = {h for h in hrefs if "/read/" in h and ".sindonews.com/read/" in h
                and not h.split("//", 1)[-1].startswith(("pict.", "e.", "am.", "sm.", "media."))}
    assert articles == expected
    assert len(articles) >= 40
    assert {spider.article_id(h) for h in articles} <= {h.split("/read/")[1].split("/")[0] for h in articles}
