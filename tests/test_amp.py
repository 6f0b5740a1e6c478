"""An AMP page is read at the article page it names canonical (h23 probe): a shared AMP link of a paged article gave
page 1 only (no pager on AMP), no updated_at (AMP JSON-LD without dateModified), and on some sites another id.
The canonical page failing, the AMP page is read as it is; asked for both, one item."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

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


# (h72 probe) A syndicated tribunnews story whose pages name the Kompas.com original canonical (reconstructed: the
# saved story with its rel=canonical pointed at kompas.com), and its thin AMP copy (two paragraphs, no id in the
# markup) naming that original too, or the home page.
TRIBUN = HERE / "sites" / "tribunnews"
SYNDICATED = json.loads((TRIBUN / "syndicated.json").read_text(encoding="utf-8"))
S_URL = SYNDICATED["url"]
S_MOBILE = S_URL.replace("https://www.", "https://m.")
S_AMP = S_MOBILE.replace(".com/", ".com/amp/", 1)
ORIGINAL = ("https://bandung.kompas.com/read/2025/06/10/121500478/"
            "banjir-rendam-ratusan-rumah-di-kabupaten-bandung-warga-mengungsi")
TRIBUN_LISTING = "https://www.tribunnews.com/index-news?date=2025-06-10&page=1"


def syndicated_page() -> Route:
    page = (TRIBUN / "syndicated.html").read_text(encoding="utf-8")
    own = f'<link rel="canonical" href="{S_URL}">'
    assert own in page
    return Route(page.replace(own, f'<link rel="canonical" href="{ORIGINAL}">'))


def thin_amp(canonical: str) -> Route:
    title, body = SYNDICATED["title"], SYNDICATED["body"]
    return Route(f'<!DOCTYPE html><html amp lang="id"><head><meta charset="utf-8"><title>{title}</title>'
                 f'<link rel="canonical" href="{canonical}"></head><body><h1>{title}</h1>'
                 f'<div class="amp-body"><p>{body[0]}</p><p>{body[1]}</p></div></body></html>')


def test_discovery_asks_for_the_plain_view_a_listing_gives_not_the_first():
    """The listing shows the AMP copy first, then the desktop and m. pages: the AMP copy was asked for (the others
    skipped as views of it), its off-site canonical not followed, and the thin copy emitted under the AMP URL with no
    id. Discovery now asks for the plainest view a document lists."""
    cards = "".join(f'<li><h3><a href="{url}">Judul</a></h3></li>' for url in (S_AMP, S_URL, S_MOBILE))
    routes = {TRIBUN_LISTING: Route(f'<html><body><ul class="lsi">{cards}</ul></body></html>'),
              S_URL: syndicated_page(), S_MOBILE: syndicated_page(), S_AMP: thin_amp(ORIGINAL)}
    result = crawl_in_process("tribunnews", routes, "since=2025-06-10", "until=2025-06-10")
    [item] = result.items
    assert (item["url"], item["id"], item["body"]) == (S_URL, "5198877", SYNDICATED["body"])
    assert S_AMP not in result.fetched and S_MOBILE not in result.fetched
    assert result.stats["newscrawl/discovery/other_view_skipped"] == 2


@pytest.mark.parametrize("canonical", [ORIGINAL, "https://www.tribunnews.com/"], ids=["another-outlet", "home-page"])
def test_an_amp_page_whose_canonical_cannot_be_followed_is_read_at_its_plain_view(canonical):
    """Only the AMP copy given (a shared link, a feed's amphtml) and its canonical unusable (the original outlet's, the
    home page): it was read as it is (two paragraphs, id null, the AMP URL). Its own page without the AMP marks is
    read instead."""
    routes = {S_AMP: thin_amp(canonical), S_MOBILE: syndicated_page()}
    result = crawl_in_process("tribunnews", routes, f"url={S_AMP}")
    [item] = result.items
    assert (item["url"], item["id"], item["body"]) == (S_MOBILE, "5198877", SYNDICATED["body"])
    assert result.stats["newscrawl/articles/amp_read_at_plain_view"] == 1


def test_the_amp_page_is_read_as_it_is_when_its_plain_view_fails():
    result = crawl_in_process("tribunnews", {S_AMP: thin_amp(ORIGINAL)}, f"url={S_AMP}")
    [item] = result.items
    assert item["body"] == SYNDICATED["body"][:2] and item["url"] == S_AMP
    assert result.stats["newscrawl/articles/amp_canonical_failed"] == 1


W_AMP = S_URL.replace(".com/", ".com/amp/", 1)
_HOME = "https://www.tribunnews.com/"


def _asked_via(routes: dict, url: str, via: str) -> tuple[str, ...]:
    """The spider arguments that ask for ``url``: by ``-a url=``, or through tribunnews' listing of the day linking it
    (added to ``routes``)."""
    if via == "url":
        return (f"url={url}",)
    routes[TRIBUN_LISTING] = Route(f'<html><body><ul class="lsi"><li><h3><a href="{url}">Judul</a></h3></li>'
                                   f'</ul></body></html>')
    return ("since=2025-06-10", "until=2025-06-10")


@pytest.mark.parametrize(("asked", "amp", "canonical"), [
    (S_MOBILE, S_AMP, ORIGINAL), (S_MOBILE, S_AMP, _HOME),  # read at its plain view: the URL that redirected here
    (S_URL, W_AMP, S_URL),  # read at its canonical: the URL that redirected here
], ids=["plain-view-original", "plain-view-home-page", "canonical-is-the-source"])
@pytest.mark.parametrize("via", ["url", "listing"])
def test_an_amp_page_reached_by_a_redirect_from_its_own_view_is_read_as_it_is(asked, amp, canonical, via):
    """(h74 probe) m.tribunnews.com/regional/… 301 to its /amp/ copy, whose canonical is the Kompas original or the
    home page (or the desktop URL that redirected): the AMP page asked for the URL it was redirected from again, the
    duplicate filter dropped that request, and the story was lost ("0 articles emitted … health ok"). A page the
    response was redirected from is not asked for again: the AMP page is read as it is."""
    routes = {asked: Route.redirect(amp), amp: thin_amp(canonical)}
    result = crawl_in_process("tribunnews", routes, *_asked_via(routes, asked, via))
    [item] = result.items
    assert item["body"] == SYNDICATED["body"][:2]
    assert result.fetched.count(asked) == 1


@pytest.mark.parametrize("via", ["url", "listing"])
def test_an_amp_page_redirected_to_from_its_m_view_is_read_at_its_desktop_canonical(via):
    """(h74 probe, S2c) m.tribunnews.com/regional/… 301 to its /amp/ copy naming the www desktop page canonical: that
    page is another view than the one redirected from, and holds the whole story and its id: read there."""
    routes = {S_MOBILE: Route.redirect(S_AMP), S_AMP: thin_amp(S_URL), S_URL: (TRIBUN / "syndicated.html").read_bytes()}
    routes[S_URL] = Route(routes[S_URL])
    result = crawl_in_process("tribunnews", routes, *_asked_via(routes, S_MOBILE, via))
    [item] = result.items
    assert (item["url"], item["id"], item["body"]) == (S_URL, "5198877", SYNDICATED["body"])


def test_an_amp_page_whose_plain_view_was_asked_for_already_is_not_lost():
    """(h74 probe) The AMP page's plain view asked for earlier in the run (-a url=PLAIN,AMP; the plain view held no
    article then): the request for it again was dropped by the duplicate filter, the only path to the AMP page's
    article. It is asked for again (dont_filter), and the AMP page read as it is when it still holds none."""
    shell = Route('<html><head><title>Tribunnews</title></head><body><div id="app"></div></body></html>')
    routes = {S_MOBILE: shell, S_AMP: thin_amp(ORIGINAL)}
    result = crawl_in_process("tribunnews", routes, f"url={S_MOBILE},{S_AMP}")
    [item] = result.items
    assert item["body"] == SYNDICATED["body"][:2] and item["url"] == S_AMP
