"""ANTARA News (antaranews.com). Markup: ../shared/realpages/SITES.md, section antaranews.com."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from scrapy.http import Response

from newscrawl.eras import TemplateEra
from newscrawl.extract import SEO_KEYWORDS, RawArticle, SiteRules
from newscrawl.fields.authors import split_byline
from newscrawl.spiders.base import NewsSpider

FEED_KANALS = ("terkini", "top-news", "politik", "hukum", "ekonomi", "metro", "sepakbola", "olahraga",
               "humaniora", "lifestyle", "hiburan", "dunia", "tekno", "otomotif", "warta-bumi", "rilis-pers")
# Byline labels of the old template ("Pewarta: X", "Oleh X"); a byline may name two people ("A dan B").
# en.antaranews credits a story translated from the Indonesian wire to its translators ("Translator: A, B"
# beside "Editor: C"): they are its writers there.
_BYLINE_LABEL = re.compile(r"^\s*(?:pewarta|oleh|penulis|reporter|translator|penerjemah)\s*:?\s*", re.IGNORECASE)
_WRITER_LINE = re.compile(r"^\s*(?:pewarta|penulis|reporter|translator|penerjemah)\s*:\s*\S", re.IGNORECASE)


class AntaranewsSpider(NewsSpider):
    name = "antaranews"
    allowed_domains = ["antaranews.com"]
    # https://www.antaranews.com/berita/{id}/{slug}; regional hosts and the 2017 AMP copy
    # (m.antaranews.com/amp/berita/{id}/{slug}) share the shape.
    # The English edition: https://en.antaranews.com/news/{id}/{slug}.
    # Photo stories, videos and infographics: /foto/{id}/{slug}, /video/{id}/{slug}, /infografik/{id}/{slug}, on www,
    # the kanal hosts and the regional ones alike, numbered in the stories' own sequence (the terkini feed of 15 March
    # 2020 listed /video/1357690, /foto/1357714 and /berita/1357722). h201 probe: id null, and the feed's photo and
    # video items dropped as no articles. The sections /foto, /video, /infografik (no id) are not articles.
    # 2008-2010 a story was also served at /view/?i={id}&c={kanal}&s={sub}, i= the id its /berita/{id}/{slug} form
    # carries (h226 probe: dropped from discovery, id null), so the two are one story.
    article_url_pattern = (r"^https?://(?:[a-z0-9-]+\.)?antaranews\.com/(?:(?:amp/)?"
                           r"(?:berita|foto|video|infografik|(?<=en\.antaranews\.com/)news)/(?=\d+/[^/?#])"
                           r"|view/?\?(?:[^&#]*&)*i=(?=\d+(?:[&#]|$)))(?P<id>\d+)")
    edition_languages = {"en.antaranews.com": "en"}
    # The RSS feeds (ARD 00001) are the only documented discovery; dates come from <pubDate>.
    feed_urls = tuple(f"https://www.antaranews.com/rss/{kanal}.xml" for kanal in FEED_KANALS)
    # What every era shares.
    rules = SiteRules(
        drop=(
            # "Baca juga" links. Dropping the span empties a paragraph that holds nothing else,
            # which then yields no block: the effect of p:has(span.baca-juga) without its risk
            # of discarding a whole <br>-separated body that happens to sit in one <p>.
            "span.baca-juga", "script", "ins", "figure", "figcaption", "iframe", ".adsbygoogle",
        ),
        # prwir: the account PR Newswire releases are posted under, not a person.
        not_authors=("ANTARA", "ANTARA News", "prwir", "PR Wire"),
        prefer_dom=frozenset({"authors"}),
        title_suffix=" - ANTARA News",
    )
    # Periods are the evidence: the first and last page seen in each era.
    eras = (
        # Today's post- template (the reconstructed fixtures). No byline element: the JSON-LD author,
        # or the "Pewarta:" line (see adjust_article).
        TemplateEra("post", replace(
            rules, title=("h1.post-title",), published=("time[itemprop=datePublished]::attr(datetime)",),
            tags=("ul.blog-tags li a",), body=("div.post-content",),
            # The "Pewarta/Editor/COPYRIGHT" box and the tag list.
            drop=rules.drop + ("p.text-muted", "ul.blog-tags")),
            valid_from=date(2024, 6, 19)),
        # 2015-2017 (PAGE): .bjbrt over #content_news. The byline span is the writer, while the 2017
        # JSON-LD "author" is the editor (its "creator" is the writer), so the DOM comes first. The
        # article's own keywords sit in a hidden span; <meta name=keywords> adds the site's SEO words
        # (see SEO_KEYWORDS).
        TemplateEra("bjbrt", replace(
            rules, title=(".bjbrt h1.title",),
            published=("time[itemprop=datePublished]::attr(datetime)", ".bjbrt div.date"),
            authors=(".byline span[itemprop=author]", "div.byline"),
            tags=("span[itemprop=keywords]", "meta[itemprop=keywords]::attr(content)"),
            body=("#content_news",),
            # The "Editor:" and copyright lines.
            drop=rules.drop + ("#content_news p.mt10", "#content_news p.date")),
            valid_from=date(2015, 11, 5), valid_until=date(2017, 5, 15)),
    )

    # -a feeds=URL[,URL…]: read only these feeds (one kanal, or a saved copy of a feed).
    arguments = {**NewsSpider.arguments, "feeds": "urls"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.args["feeds"]:
            self.feed_urls = tuple(self.args["feeds"])

    def adjust_article(self, raw: RawArticle, response: Response) -> None:
        # Modern pages name the writer in the stripped credit box ("Pewarta: X<br>Editor: Y<br>
        # Copyright …"): that line is the byline, whatever the JSON-LD says.
        credit_lines = response.css("div.post-content p.text-muted::text").getall()
        writers = [line for line in credit_lines if _WRITER_LINE.match(line)]
        if writers:
            raw.authors = writers
        # "Pewarta: Monalisa" (byline without a span) and "Budisantoso Budiman dan Agus S", split as every byline is
        # (split_byline): an opinion writer's "Prof. Dr. Budi Santoso, M.Sc." is one name, its degree no second one.
        not_authors = {a.casefold() for a in self.rules.not_authors}
        names: list[str] = []
        for author in raw.authors:
            for name in split_byline(_BYLINE_LABEL.sub("", author)):
                if name and name.casefold() not in not_authors:
                    names.append(name)
        raw.authors = list(dict.fromkeys(names))
        # The hidden keywords span is one comma-separated string.
        tags = [t.strip() for tag in raw.tags for t in tag.split(",")]
        raw.tags = list(dict.fromkeys(t for t in tags if t and t.casefold() not in SEO_KEYWORDS))
