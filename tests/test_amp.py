"""An AMP page is read at the article page it names canonical (h23 probe): a shared AMP link of a paged article gave
page 1 only (no pager on AMP), no updated_at (AMP JSON-LD without dateModified), and on some sites another id.
The canonical page failing, the AMP page is read as it is; asked for both, one item."""
from __future__ import annotations

import json
from pathlib import Path

from inprocess import crawl_in_process
from replay import Route, routes_from_fixtures

HERE = Path(__file__).parent
KOMPAS = HERE / "sites" / "kompas"
DESKTOP = "https://money.kompas.com/read/2025/05/28/104512526/harga-cabai-rawit-di-jakarta-naik-jelang-iduladha"
AMP = "https://amp.kompas.com/money/read/2025/05/28/104512526/harga-cabai-rawit-di-jakarta-naik-jelang-iduladha"
AMP_PAGE = (HERE / "amp" / "kompas-amp.html").read_bytes()
FIELDS = ("url", "id", "title", "published_at", "updated_at", "authors", "section", "body")


def desktop_item() -> dict:
    return json.loads((KOMPAS / "multipage.json").read_text(encoding="utf-8"))


def test_an_amp_link_gives_the_article_its_canonical_page_gives():
    routes = {**routes_from_fixtures(KOMPAS), AMP: Route(AMP_PAGE)}
    result = crawl_in_process("kompas", routes, f"url={AMP}")
    assert len(result.items) == 1, result.dropped
    expected = desktop_item()
    assert {f: result.items[0].get(f) for f in FIELDS} == {f: expected.get(f) for f in FIELDS}
    assert result.stats.get("newscrawl/articles/amp_read_at_canonical") == 1


def test_both_links_give_one_item():
    routes = {**routes_from_fixtures(KOMPAS), AMP: Route(AMP_PAGE)}
    result = crawl_in_process("kompas", routes, f"url={AMP},{DESKTOP}")
    assert [item["url"] for item in result.items] == [DESKTOP]


def test_the_amp_page_is_read_as_it_is_when_its_canonical_page_fails():
    routes = {AMP: Route(AMP_PAGE), DESKTOP: Route(b"<html><body>Not found</body></html>", status=404)}
    result = crawl_in_process("kompas", routes, f"url={AMP}")
    assert len(result.items) == 1, result.dropped
    item = result.items[0]
    assert item["title"] == "Harga Cabai Rawit di Jakarta Naik Jelang Iduladha"
    assert len(item["body"]) == 2 and item["body"][1].startswith("Pedagang di Pasar Senen"), item["body"]
    assert result.stats.get("newscrawl/articles/amp_canonical_failed") == 1


def test_generic_reads_an_amp_page_at_its_canonical_page_too():
    routes = {**routes_from_fixtures(KOMPAS), AMP: Route(AMP_PAGE)}
    result = crawl_in_process("generic", routes, f"url={AMP}")
    assert len(result.items) == 1, result.dropped
    assert result.items[0]["updated_at"] and len(result.items[0]["body"]) == len(desktop_item()["body"])


def test_the_amp_page_is_read_as_it_is_when_its_canonical_page_holds_no_article():
    """(h27 probe) the canonical answers 200 with a "not found" page or a script shell: the AMP page was dropped."""
    for page in (b"<html><head><title>404 Halaman Tidak Ditemukan</title></head><body><h1>404 Halaman Tidak "
                 b"Ditemukan</h1></body></html>",
                 b"<html><head><title>Kompas.com</title></head><body><div id='app'></div></body></html>"):
        result = crawl_in_process("kompas", {AMP: Route(AMP_PAGE), DESKTOP: Route(page)}, f"url={AMP}")
        assert [item["title"] for item in result.items] == ["Harga Cabai Rawit di Jakarta Naik Jelang Iduladha"]
        assert len(result.items[0]["body"]) == 2


def test_an_amp_page_whose_canonical_names_another_story_is_read_as_it_is():
    """(h27 probe) a template giving every AMP page one story's canonical: that story was emitted in this one's place."""
    other = "https://money.kompas.com/read/2025/05/27/090000126/harga-bawang-merah-turun"
    page = AMP_PAGE.replace(DESKTOP.encode(), other.encode())
    routes = {AMP: Route(page), other: Route(b"<html><body><h1>Harga Bawang Merah Turun</h1><p>Lain.</p></body></html>")}
    result = crawl_in_process("kompas", routes, f"url={AMP}")
    assert [item["title"] for item in result.items] == ["Harga Cabai Rawit di Jakarta Naik Jelang Iduladha"]
    assert other not in result.fetched
