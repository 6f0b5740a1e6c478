"""Relative links resolve against the page's ``<base href>``, as a browser resolves them.

A listing served at /indeks/0/0 that declares ``<base href="https://nasional.sindonews.com/">`` and links
``read/…`` names https://nasional.sindonews.com/read/…; joined to the listing's own URL instead, the links
would point into /indeks/0/ and every article would be lost."""
from __future__ import annotations

from pathlib import Path

from conftest import run_crawl
from replay import Route
from synthetic_site import article_url, listing_url, site_routes


def test_listing_links_resolve_against_base_href(tmp_path: Path) -> None:
    routes = site_routes(3)
    rows = "".join(f'<div class="warp-article"><div class="title-article"><a href="{article_url(n).split(".com/", 1)[1]}">'
                   f"Berita {n}</a></div></div>" for n in range(3))
    routes[listing_url(0)] = Route(('<html><head><meta charset="utf-8"><base href="https://nasional.sindonews.com/">'
                                    f"<title>Indeks</title></head><body>{rows}</body></html>").encode())
    result = run_crawl("sindonews", routes, tmp_path, "since=2024-06-19", "until=2024-06-19")
    assert sorted(item["url"] for item in result.items) == sorted(article_url(n) for n in range(3)), result.log[-2000:]
    assert not [url for _m, url, _s in result.hits if "/indeks/0/read/" in url]
