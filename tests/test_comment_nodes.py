"""HTML comments among the elements change nothing a reader sees, so they change no field of the item.

WordPress themes close their blocks with comments ("</div><!-- .entry-meta -->"), CMSs mark ad slots and
templates with them ("<!-- tanggal -->", "<!-- /detail-text -->"). A comment node read as an element dropped the
whole article (ValueError in the date and credit-line readers: `after_update_label`, `credited_people`) and a
comment inside the h1 put its words in the title (h28 probe: one "<!-- tanggal -->" added before antaranews'
<time> took the page from 1 item to 0). Every site fixture is crawled as saved and with comments around its
tags; the items must be equal. The readers must also hold on a tree that keeps comments (parsel's own parse,
a response that is not HtmlResponse)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from parsel import Selector

from conftest import SITES_DIR
from inprocess import crawl_in_process
from newscrawl.extract import extract_article
from newscrawl.spiders.base import NewsSpider
from replay import Route
from test_sites import case_url

_CLOSE = re.compile(r"(</(?:p|div|span|a|time|h1|h2|li|strong|b|em|header)>)", re.IGNORECASE)
_OPEN = re.compile(r"(<(?:time|p|div|span|strong)\b)", re.IGNORECASE)
_H1_WORD = re.compile(r"(<h1\b[^>]*>\s*[^<\s]+)(\s)")


def with_comments(html: str) -> str:
    """Comments before and after the body's tags and after the headline's first word (never in the head's
    scripts: inside a <script> a comment is text)."""
    head, separator, body = html.partition("<body")
    body = _OPEN.sub(r"<!-- tanggal -->\1", _CLOSE.sub(r"\1<!-- .entry-meta -->", body))
    return head + separator + _H1_WORD.sub(r"\1<!-- x -->\2", body, count=1)


SITE_PAGES = sorted(path for path in SITES_DIR.glob("*/*.html")
                    if path.with_suffix(".json").exists() and path.parent.name != "generic")

FIELDS = ("title", "published_at", "updated_at", "authors", "section", "tags", "body", "missing_pages")


def _item(site: str, url: str, html: str) -> dict:
    result = crawl_in_process(site, {url: Route(html.encode("utf-8"))}, f"url={url}")
    assert len(result.items) == 1, (result.dropped, {k: v for k, v in result.stats.items() if "dropped" in k})
    return {field: result.items[0].get(field) for field in FIELDS}


@pytest.mark.parametrize("path", SITE_PAGES[::3], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_comments_around_the_tags_change_no_field(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    commented = with_comments(html)
    assert commented.count("<!--") > html.count("<!--") + 5
    url = case_url(path)
    for spider in (path.parent.name, "generic"):
        assert _item(spider, url, commented) == _item(spider, url, html), spider


@pytest.mark.parametrize("path", SITE_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_readers_hold_on_a_tree_that_keeps_comments(path: Path) -> None:
    """extract_article on parsel's parse (comments kept as nodes): no exception, no comment text in the title."""
    html = path.read_text(encoding="utf-8")
    rules = NewsSpider.rules
    raw = extract_article(Selector(text=with_comments(html)), case_url(path), rules, html_text=html)
    assert "x" not in (raw.title or "").split() and "tanggal" not in (raw.title or "")
