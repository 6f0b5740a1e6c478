"""A paged story's page 1 ending with a sentence closed by a colon, right over its pager: read through the real spiders
(pikiranrakyat's site containers and generic) in process.

Reconstructed from the h223 probe's form of pikiran-rakyat.com (PRMN): page 1 ends "Berikut daftar wilayah yang
terdampak pemadaman:", the list itself on page 2 (?page=2), and the pager right under the sentence puts each link in a
block of its own (div.paging > div.paging__wrap > div.paging__item > a.paging__link: "1", "2", "Selanjutnya"). The
sentence's announced list took the page numbers for its items, which kept them: the body read "…pemadaman:", "1",
"2", then page 2's text. A page 1 whose last sentence announces nothing (the control) lost its pager already.
"""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}
ARTICLE = "https://www.pikiran-rakyat.com/bandung-raya/pr-015551234/jadwal-pemadaman-listrik-di-bandung-selasa-ini"
TITLE = "Jadwal Pemadaman Listrik di Bandung Selasa Ini"
LEDE = ("PIKIRAN RAKYAT - PLN Unit Induk Distribusi Jawa Barat mengumumkan pemeliharaan jaringan yang membuat listrik "
        "padam di sejumlah wilayah Bandung pada Selasa.")
SECOND = "Pemadaman berlangsung bergilir mulai pukul 08.00 hingga 15.00 WIB untuk penggantian peralatan jaringan."
ANNOUNCING = "Berikut daftar wilayah yang terdampak pemadaman:"
NOT_ANNOUNCING = "Daftar wilayah yang terdampak pemadaman ada di halaman berikutnya."
PAGE2 = ["ULP Bandung Utara: Jalan Setiabudi dan Jalan Cipaganti pukul 08.00-12.00 WIB.",
         "ULP Ujungberung: Jalan AH Nasution dan Pasir Impun pukul 10.00-15.00 WIB.",
         "PLN meminta maaf atas ketidaknyamanan ini dan mengimbau pelanggan menyiapkan penerangan cadangan."]


def _pager(page: int) -> str:
    links = [("1", ARTICLE), ("2", f"{ARTICLE}?page=2")]
    if page == 1:
        links.append(("Selanjutnya", f"{ARTICLE}?page=2"))
    else:
        links.insert(0, ("Sebelumnya", ARTICLE))
    items = "".join(f'<div class="paging__item"><a class="paging__link" href="{href}">{text}</a></div>'
                    for text, href in links)
    return f'<div class="paging paging--page clearfix"><div class="paging__wrap clearfix">{items}</div></div>'


def _page(page: int, paragraphs: list[str]) -> str:
    url = ARTICLE if page == 1 else f"{ARTICLE}?page={page}"
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE} - Pikiran-Rakyat.com</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{url}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{TITLE}",
"datePublished": "2022-06-14T07:30:00+07:00", "author": {{"@type": "Person", "name": "Nadia Puspa Lestari"}}}}</script>
</head><body><header class="header"><a href="https://www.pikiran-rakyat.com/">Pikiran Rakyat</a>
<nav class="nav"><a href="/bandung-raya">Bandung Raya</a><a href="/jawa-barat">Jawa Barat</a></nav></header>
<div class="main"><section class="read"><h1 class="read__title">{TITLE}</h1>
<div class="read__info"><div class="read__info__author">Penulis: <a href="https://www.pikiran-rakyat.com/author/nadia-puspa-lestari">Nadia Puspa Lestari</a></div>
<div class="read__info__date">- Selasa, 14 Juni 2022, 07:30 WIB</div></div>
<article class="read__content clearfix">{body}{_pager(page)}</article>
<div class="read__tagging"><span>Tags</span> <a href="/tag/pln">PLN</a></div></section></div>
<footer>&copy; 2022 Pikiran Rakyat Media Network</footer></body></html>"""


def _routes(last_line: str) -> dict[str, Route]:
    return {ARTICLE: Route(_page(1, [LEDE, SECOND, last_line])), f"{ARTICLE}?page=2": Route(_page(2, PAGE2))}


@pytest.mark.parametrize("spider", ["pikiranrakyat", "generic"])
@pytest.mark.parametrize("last_line", [ANNOUNCING, NOT_ANNOUNCING], ids=["announcing", "control"])
def test_the_pager_under_page_1s_announcing_sentence_is_no_list(spider: str, last_line: str) -> None:
    result = crawl_in_process(spider, _routes(last_line), f"url={ARTICLE}", settings=QUIET)
    [item] = result.items
    assert item["body"] == [LEDE, SECOND, last_line, *PAGE2]
    assert item["missing_pages"] == []
