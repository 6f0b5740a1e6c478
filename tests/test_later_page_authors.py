"""A byline printed only on a later page of a paged article: read when page 1 names no author.

Real form (h162 probe): jpnn's 2016 mobile pages (m.jpnn.com/news/{slug}, its ?page=2 linked from div.pagination)
print the story's credit box under its last page's text only: ``<div class="redaktur">Redaktur : Soetomo Samsu<br>
Reporter : Rahmat Hidayat</div>``. The same credit under a one-page story gave ['Rahmat Hidayat']; under page 2 of a
two-page one, authors [] from both the jpnn spider and generic: the authors were chosen on page 1 only, and a later
page gave its body blocks alone. Many outlets print their credit box or sign-off at the story's end, i.e. on its last
page. The pages below are reconstructed in that form (headline, date line, articleBody, the credit box, the pager).
"""
from __future__ import annotations

import pytest
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.extract import SiteRules, page_authors
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}  # in process there is no engine to throttle
URL = "https://m.jpnn.com/news/warga-tolak-relokasi-pasar"
PAGE_2 = f"{URL}?page=2"
TITLE = "Warga Tolak Relokasi Pasar"
EDITOR_AND_REPORTER = '<div class="redaktur">Redaktur : Soetomo Samsu<br>Reporter : Rahmat Hidayat</div>'


def paragraphs(word: str) -> str:
    return "".join(f"<p>Paragraf {word} nomor {i} tentang pedagang pasar yang menolak dipindahkan ke lokasi "
                   "penampungan sementara oleh pemerintah kota.</p>" for i in range(4))


def page(text: str, under: str = "", above: str = "", title: str = TITLE, links: str = "") -> Route:
    pager = (f'<div class="pagination"><ul><li><a href="{URL}">1</a></li><li><a href="{PAGE_2}">2</a></li>'
             f"{links}</ul></div>")
    html = (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - JPNN.com</title>'
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="JPNN.com"></head>'
            f'<body><header class="header-mobile"><a href="http://m.jpnn.com" class="logo">JPNN.com</a></header>'
            f'<div class="page-content"><h1 class="title">{title}</h1>'
            f'<div class="date">Jumat, 15 April 2016 &ndash; 14:20 WIB</div>{above}'
            f'<div itemprop="articleBody">{text}</div>{under}{pager}</div>'
            f"<footer><p>&copy; 2016 JPNN.com - All Rights Reserved</p></footer></body></html>")
    return Route(html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def crawl(spider: str, routes: dict[str, Route]) -> tuple[dict, dict]:
    result = crawl_in_process(spider, routes, f"url={URL}", settings=QUIET)
    [item] = result.items
    return item, result.stats


SPIDERS = ["jpnn", "generic"]


@pytest.mark.parametrize("spider", SPIDERS)
@pytest.mark.parametrize("credit", [
    EDITOR_AND_REPORTER,
    '<div class="redaktur">Reporter : Rahmat Hidayat<br>Redaktur : Soetomo Samsu</div>',
    '<div class="redaktur">Reporter : Rahmat Hidayat</div>',
], ids=["editor-then-reporter", "reporter-then-editor", "reporter-alone"])
def test_the_credit_box_under_page_2_names_the_author(spider, credit):
    routes = {URL: page(paragraphs("awal")), PAGE_2: page(paragraphs("lanjutan"), under=credit)}
    item, stats = crawl(spider, routes)
    assert item["authors"] == ["Rahmat Hidayat"]
    assert len(item["body"]) == 8 and item["missing_pages"] == []  # both pages read, once
    assert stats.get("newscrawl/authors/from_later_page") == 1


@pytest.mark.parametrize("spider", SPIDERS)
def test_page_1s_author_stands_over_another_named_on_page_2(spider):
    """Page 1 names its reporter above the text; page 2's credit box names another person: page 1's stands."""
    routes = {URL: page(paragraphs("awal"), above='<div class="reporter">Reporter : Dedi Sofian</div>'),
              PAGE_2: page(paragraphs("lanjutan"), under=EDITOR_AND_REPORTER)}
    item, stats = crawl(spider, routes)
    assert item["authors"] == ["Dedi Sofian"] and len(item["body"]) == 8
    assert not stats.get("newscrawl/authors/from_later_page")


@pytest.mark.parametrize("spider", SPIDERS)
def test_a_credit_box_naming_only_the_editor_names_no_author(spider):
    routes = {URL: page(paragraphs("awal")),
              PAGE_2: page(paragraphs("lanjutan"), under='<div class="redaktur">Redaktur : Soetomo Samsu</div>')}
    item, _ = crawl(spider, routes)
    assert item["authors"] == [] and len(item["body"]) == 8


@pytest.mark.parametrize("spider", SPIDERS)
def test_a_later_page_serving_another_story_gives_no_author(spider):
    """Page 2 answering another story (its own headline) is refused for its text (h127): its credit box is that
    story's, no byline of this one. (generic found the lone page 2 by the pager's structure only: no page 2 then.)"""
    routes = {URL: page(paragraphs("awal")),
              PAGE_2: page(paragraphs("lain"), under=EDITOR_AND_REPORTER, title="Banjir Rendam Ratusan Rumah Warga")}
    item, stats = crawl(spider, routes)
    assert item["authors"] == [] and len(item["body"]) == 4
    refused = "failed" if spider == "jpnn" else "unconfirmed_pager"
    assert stats.get(f"newscrawl/article_pages/{refused}") == 1


def test_the_show_all_view_names_the_author_page_1_lacks():
    """A "show all" view (?page=all, linked from the pager) holds the whole story and its closing credit box: read in
    place of the pages, it gives the author page 1 does not name."""
    view = f"{URL}?page=all"
    routes = {URL: page(paragraphs("awal"), links=f'<li><a href="{view}">Tampilkan semua</a></li>'),
              view: page(paragraphs("awal") + paragraphs("lanjutan"), under=EDITOR_AND_REPORTER)}
    result = crawl_in_process("generic", routes, f"url={URL}", settings=QUIET)
    [item] = result.items
    assert result.stats.get("newscrawl/article_pages/all_in_one") == 1
    assert item["authors"] == ["Rahmat Hidayat"] and len(item["body"]) == 8


JPNN_RULES = SiteRules(authors=("meta[name=jpnncom_news_author]::attr(content)",), body=("div[itemprop=articleBody]",),
                       prefer_dom=frozenset({"authors"}), not_authors=("JPNN", "JPNN.com"), title_suffix=" - JPNN.com")


@pytest.mark.parametrize(("under", "authors"), [
    (EDITOR_AND_REPORTER, ["Rahmat Hidayat"]),
    ('<div class="redaktur">Redaktur : Soetomo Samsu</div>', []),                       # an editor is no author
    ('<div class="redaktur">Redaktur &amp; Reporter : Rahmat Hidayat</div>', ["Rahmat Hidayat"]),  # both roles
    ('<div class="redaktur">Reporter : JPNN.com</div>', []),                               # the outlet is no person
    ('<div class="redaktur">Reporter : Tim Redaksi</div>', []),                            # nor its desk
    ('<p class="author">Penulis: Antara</p>', []),                                         # nor an agency
    ("", []),
], ids=["editor-and-reporter", "editor-only", "both-roles", "outlet", "desk", "agency", "none"])
def test_page_authors_reads_a_later_pages_credit_with_page_1s_rules(under, authors):
    html = page(paragraphs("lanjutan"), under=under).body.decode()
    assert page_authors(Selector(text=html), PAGE_2, JPNN_RULES, [], html_text=html) == authors
