"""A page that renders the next story below this one keeps only this one's body.

Real form: news sites with infinite scroll or an "artikel selanjutnya" block server-render the next
article under its own ``<h1>`` with the same body container (``.detail__body-text`` twice); a site spider
read every matching container and emitted both stories as one. Containers with no headline between them
are one story (a body the template splits around an ad or a photo) and are all kept."""
from __future__ import annotations

import pytest
from parsel import Selector

from newscrawl.extract import SiteRules, article_body
from newscrawl.page import page_selector

RULES = SiteRules(body=(".detail__body-text",))
ONE = "<p>Paragraf pertama berita ini tentang banjir di Jakarta Utara.</p>"
TWO = "<p>Paragraf kedua berita ini tentang pengungsi di posko.</p>"
NEXT = "<p>Berita berikutnya tentang harga cabai yang naik di pasar induk.</p>"


def page(body: str) -> Selector:
    return page_selector(f"<html><body><header><h1 class='logo'>Situs</h1></header>{body}</body></html>")


@pytest.mark.parametrize("body, expected", [
    # The next story under its own headline: left out.
    (f"<h1>Banjir</h1><div class='detail__body-text'>{ONE}{TWO}</div>"
     f"<h1>Harga cabai naik</h1><div class='detail__body-text'>{NEXT}</div>", [ONE, TWO]),
    # ...also when each story is wrapped in its own <article>.
    (f"<article><h1>Banjir</h1><div class='detail__body-text'>{ONE}</div></article>"
     f"<article><h1>Harga cabai naik</h1><div class='detail__body-text'>{NEXT}</div></article>", [ONE]),
    # One body split around an ad or a photo: one story.
    (f"<h1>Banjir</h1><div class='detail__body-text'>{ONE}</div><div class='ads'>Iklan</div>"
     f"<figure><img src='a.jpg'></figure><div class='detail__body-text'>{TWO}</div>", [ONE, TWO]),
    # The headline inside the first container is this story's own.
    (f"<div class='detail__body-text'><h1>Banjir</h1>{ONE}</div><div class='detail__body-text'>{TWO}</div>",
     ["<p>Banjir</p>", ONE, TWO]),  # (raw blocks: the cleaning drops the headline repeated in the body)
    # A masthead h1 before the story changes nothing.
    (f"<div class='detail__body-text'>{ONE}</div><div class='detail__body-text'>{TWO}</div>", [ONE, TWO]),
])
def test_the_body_is_this_storys_only(body: str, expected: list[str]) -> None:
    blocks, source = article_body(page(body), RULES)
    assert source == "dom"
    assert blocks == [Selector(text=p).xpath("string(//p)").get() for p in expected]
