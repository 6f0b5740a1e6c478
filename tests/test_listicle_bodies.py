"""A site's body selectors keep the story's own structure: a listicle's item headings (idntimes) are its text."""
from __future__ import annotations

from newscrawl.extract import extract_article
from newscrawl.page import page_selector
from newscrawl.spiders.idntimes import IdntimesSpider

# (reconstructed: IDN Times 2024) each item is a section: its heading, then its paragraphs
PAGE = """<html><head><title>7 Kuliner Legendaris di Bandung</title></head><body>
<h1 data-testid="title-article">7 Kuliner Legendaris di Bandung</h1><div id="article-description">
<p class="article-text">Bandung tak hanya terkenal dengan udaranya yang sejuk, tetapi juga kulinernya.</p>
<div data-testid="article-section"><h2 class="article-subtitle">1. Braga Permai</h2>
<p class="article-text">Didirikan pada 1930, Braga Permai menjadi saksi perkembangan Jalan Braga.</p></div>
<div data-testid="article-section"><h2 class="article-subtitle">2. Batagor Kingsley</h2>
<p class="article-text">Batagor Kingsley sudah berjualan sejak 1980-an dan jadi oleh-oleh favorit.</p></div>
</div></body></html>"""


def test_a_listicles_item_headings_are_body() -> None:
    url = "https://www.idntimes.com/food/dining-guide/nama-penulis/kuliner-legendaris-bandung-c1c2"
    raw = extract_article(page_selector(PAGE), url, IdntimesSpider.rules)
    assert [b[:12] for b in raw.body] == ["Bandung tak ", "1. Braga Per", "Didirikan pa", "2. Batagor K", "Batagor King"]
