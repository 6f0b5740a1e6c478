"""An AMP page is read at the article page it names canonical (h23 probe): a shared AMP link of a paged article gave
page 1 only (no pager on AMP), no updated_at (AMP JSON-LD without dateModified), and on some sites another id.
The canonical page failing, the AMP page is read as it is; asked for both, one item."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from inprocess import crawl_in_process
from newscrawl.urls import publisher_url
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


# (h152 probe, c22) A Google AMP cache link, as a search result or a messenger shares it: the publisher's AMP page
# served by https://{encoded host}.cdn.ampproject.org/c/s/{host}/{path} (the encoded host: every "-" doubled, every "."
# a "-"; a hash when too long, so the host is read from the path), or Google's viewer https://www.google.com/amp/s/….
# kompas refused it as not its domain (0 items); generic read the cached copy and kept the cache address as the
# article's URL (keyed under ampproject, never the same story as kompas.com's), its desktop canonical never fetched.
CACHE = f"https://amp-kompas-com.cdn.ampproject.org/c/s/{AMP.split('://', 1)[1]}?amp_js_v=0.1&usqp=mq331AQFKAGwASA%3D"
VIEWER = f"https://www.google.com/amp/s/{AMP.split('://', 1)[1]}"
# A story shared from a translated search result: Google Translate's proxy (*.translate.goog) serves the page rewritten
# in another language under its own host; the story is the publisher's page.
TRANSLATED = (f"https://{AMP.split('://', 1)[1].split('/', 1)[0].replace('-', '--').replace('.', '-')}.translate.goog/"
              f"{AMP.split('://', 1)[1].split('/', 1)[1]}?_x_tr_sl=id&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp")


@pytest.mark.parametrize(("url", "publisher"), [
    (CACHE, AMP),
    (f"https://amp-kompas-com.cdn.ampproject.org/v/s/{AMP.split('://', 1)[1]}?amp_js_v=a6&amp_gsa=1&usqp=mq331AQ",
     AMP),  # the older viewer form
    (f"https://amp-kompas-com.cdn.ampproject.org/wp/s/{AMP.split('://', 1)[1]}", AMP),  # a signed exchange
    # "-" doubled, "." as "-" in the subdomain; the path's host is the one read.
    ("https://www-berita--contoh-id.cdn.ampproject.org/c/s/www.berita-contoh.id/read/2024/06/19/jalan-baru?id=12",
     "https://www.berita-contoh.id/read/2024/06/19/jalan-baru?id=12"),
    # a host too long to encode: a hash as the subdomain.
    ("https://ohjhqkxsffwbzwmxdnrzotl3q4gwrm5zcmhmuj3bwmaxydnz3ema.cdn.ampproject.org/c/s/m.tribunnews.com/amp/"
     "regional/2024/05/14/judul-berita-ini", "https://m.tribunnews.com/amp/regional/2024/05/14/judul-berita-ini"),
    # no "s": the origin over plain http.
    ("https://www-contoh-id.cdn.ampproject.org/c/www.contoh.id/berita/judul-berita-ini/amp",
     "http://www.contoh.id/berita/judul-berita-ini/amp"),
    ("https://cdn.ampproject.org/c/s/www.contoh.id/berita/judul-berita-ini", "https://www.contoh.id/berita/judul-berita-ini"),
    ("https://www-contoh-id.bing-amp.com/c/s/www.contoh.id/berita/judul-berita-ini",
     "https://www.contoh.id/berita/judul-berita-ini"),
    (VIEWER, AMP),
    ("https://www.google.co.id/amp/s/m.detik.com/news/berita/d-7205521/judul-berita/amp",
     "https://m.detik.com/news/berita/d-7205521/judul-berita/amp"),
    ("https://www.google.com/amp/www.contoh.id/berita/judul-berita-ini", "http://www.contoh.id/berita/judul-berita-ini"),
    # A cache of the viewer's link: unwrapped to the end.
    (f"https://www-google-com.cdn.ampproject.org/c/s/www.google.com/amp/s/{AMP.split('://', 1)[1]}", AMP),
    # Not a cached page: as it is.
    ("https://amp-kompas-com.cdn.ampproject.org/i/s/asset.kompas.com/crops/abc/750x500/foto.jpg",
     "https://amp-kompas-com.cdn.ampproject.org/i/s/asset.kompas.com/crops/abc/750x500/foto.jpg"),
    ("https://cdn.ampproject.org/v0.js", "https://cdn.ampproject.org/v0.js"),
    ("https://amp-kompas-com.cdn.ampproject.org/c/s/", "https://amp-kompas-com.cdn.ampproject.org/c/s/"),
    ("https://www.google.com/search?q=amp+kompas", "https://www.google.com/search?q=amp+kompas"),
    ("https://cdn.ampproject.org.contoh.id/c/s/www.contoh.id/x", "https://cdn.ampproject.org.contoh.id/c/s/www.contoh.id/x"),
    ("https://www.googleblog.com/amp/s/www.contoh.id/x", "https://www.googleblog.com/amp/s/www.contoh.id/x"),
    # Google Translate's website proxy: the host encoded like the cache's subdomain, the path and query the
    # publisher's own, the proxy's _x_tr_* parameters dropped.
    (TRANSLATED, AMP),
    ("https://www-pikiran--rakyat-com.translate.goog/news/pr-018/judul-berita?page=2&_x_tr_sl=id&_x_tr_tl=en&_x_tr_hl=en",
     "https://www.pikiran-rakyat.com/news/pr-018/judul-berita?page=2"),
    # its older address, the page in the "u" parameter (encoded or not), a cache link in it unwrapped too
    ("https://translate.google.com/translate?sl=id&tl=en&u=https://www.contoh.id/berita/judul-berita-ini",
     "https://www.contoh.id/berita/judul-berita-ini"),
    ("https://translate.google.co.id/translate?hl=en&sl=id&u=https%3A%2F%2Fwww.contoh.id%2Fberita%2Fjudul%3Fpage%3D2"
     "&prev=search", "https://www.contoh.id/berita/judul?page=2"),
    (f"https://translate.googleusercontent.com/translate_c?depth=1&sl=id&tl=en&u={CACHE}", AMP),
    ("https://translate.google.com/?sl=id&tl=en&text=halo", "https://translate.google.com/?sl=id&tl=en&text=halo"),
    ("https://translate.google.com/translate?u=javascript:alert(1)",
     "https://translate.google.com/translate?u=javascript:alert(1)"),
    ("https://translate.goog/x", "https://translate.goog/x"),
    ("https://localhost.translate.goog/x?_x_tr_sl=id", "https://localhost.translate.goog/x?_x_tr_sl=id"),
    ("https://www---contoh-id.translate.goog/x", "https://www---contoh-id.translate.goog/x"),  # "www-.contoh.id"
    (AMP, AMP),
    (DESKTOP, DESKTOP),
])
def test_publisher_url(url, publisher):
    assert publisher_url(url) == publisher


@pytest.mark.parametrize("spider", ["kompas", "generic"])
@pytest.mark.parametrize("link", [CACHE, VIEWER, TRANSLATED], ids=["ampproject-cache", "google-viewer", "translate"])
def test_an_amp_cache_link_is_read_at_the_publishers_page(spider, link):
    # The cache and the viewer serve the publisher's AMP page; here they are served too, and must not be read.
    routes = {**routes_from_fixtures(KOMPAS), AMP: Route(AMP_PAGE), link: Route(AMP_PAGE)}
    result = crawl_in_process(spider, routes, f"url={link}")
    [item] = result.items
    expected = desktop_item()
    assert {f: item.get(f) for f in ("url", "title", "published_at", "body")} == \
        {f: expected.get(f) for f in ("url", "title", "published_at", "body")}
    assert link not in result.fetched and AMP in result.fetched
    stat = "translate_proxy_unwrapped" if link == TRANSLATED else "amp_cache_unwrapped"
    assert result.stats.get(f"newscrawl/urls/{stat}") == 1


def test_an_amp_cache_link_and_the_desktop_page_give_one_item():
    """Both asked for by name of generic: one story, keyed under kompas.com, the cache's copy never fetched."""
    routes = {**routes_from_fixtures(KOMPAS), AMP: Route(AMP_PAGE), CACHE: Route(AMP_PAGE)}
    result = crawl_in_process("generic", routes, f"url={CACHE},{DESKTOP}")
    assert [item["url"] for item in result.items] == [DESKTOP]
    assert CACHE not in result.fetched


def test_a_listing_linking_an_amp_cache_copy_is_read_at_the_publishers_page():
    """A listing (here generic's start page) linking a story by its cache address: the link is the publisher's
    page, on the site, not an off-site link passed over."""
    start = "https://money.kompas.com/"
    routes = {**routes_from_fixtures(KOMPAS), AMP: Route(AMP_PAGE),
              start: Route(f'<html><body><ul><li><a href="{CACHE}">Harga Cabai Rawit</a></li></ul></body></html>')}
    result = crawl_in_process("generic", routes, f"start_urls={start}", "depth=1", "since=2025-05-28",
                              "until=2025-05-28", settings={"AUTOTHROTTLE_ENABLED": False})
    assert [item["url"] for item in result.items] == [DESKTOP], result.fetched
    assert CACHE not in result.fetched


def test_a_bare_amp_copy_found_by_discovery_is_read_at_its_canonical_without_a_warning(caplog):
    """(h304 F5) A listing linking a story's bare AMP copy (``<html amp>``, a title and paragraphs: no og:type, no
    JSON-LD, as WordPress AMP plugins print it; reconstructed from the kompas story): generic refused it first, "Not an
    article page, skipped" at WARNING (cron mail), then asked its canonical as another view all the same. Now read at
    its canonical page straight away, counted amp_read_at_canonical, no warning, no not_article drop."""
    start = "https://money.kompas.com/"
    bare_amp = DESKTOP + "/amp"
    item = desktop_item()
    bare = (f'<!doctype html><html amp lang="id"><head><meta charset="utf-8"><title>{item["title"]}</title>'
            f'<link rel="canonical" href="{DESKTOP}"></head><body><h1>{item["title"]}</h1>'
            + "".join(f"<p>{block}</p>" for block in item["body"][:3]) + "</body></html>")
    routes = {**routes_from_fixtures(KOMPAS), bare_amp: Route(bare),
              start: Route(f'<html><body><ul><li><a href="{bare_amp}">{item["title"]}</a></li></ul></body></html>')}
    with caplog.at_level("INFO"):
        result = crawl_in_process("generic", routes, f"start_urls={start}", "depth=1", "since=2025-05-28",
                                  "until=2025-05-28", settings={"AUTOTHROTTLE_ENABLED": False})
    assert [found["url"] for found in result.items] == [DESKTOP], (result.fetched, result.dropped)
    assert result.stats.get("newscrawl/articles/amp_read_at_canonical") == 1
    assert not result.stats.get("newscrawl/dropped/not_article")
    assert not [r.getMessage() for r in caplog.records if "Not an article page" in r.getMessage()]
    assert result.fetched.count(DESKTOP) == 1


@pytest.mark.parametrize("og_type", ['<meta property="og:type" content="website">', ""])
def test_an_amp_listing_linked_like_a_story_is_not_read_at_its_canonical(og_type):
    """(h307 J/K) A home page links an AMP listing ("/amp/berita-terkini-…/", ``<html amp>``, its canonical the listing
    "/berita-terkini-…/", its rows stories under "/2025/06/20/…") as it links a story. Reconstructed: a WordPress AMP
    plugin's tag/topic page. Before: its canonical was read as the story (no article there), then the AMP page as it
    is: two "Not an article page" warnings and a wasted fetch. Now the AMP page alone is judged, as before h304 F5."""
    site, day = "https://www.kabarcontoh.id", "2025-06-20"
    story = f"{site}/2025/06/20/banjir-rendam-500-rumah-warga-di-bekasi-timur/"
    listing, amp_listing = f"{site}/berita-terkini-bekasi-hari-ini/", f"{site}/amp/berita-terkini-bekasi-hari-ini/"

    def rows(links: list[tuple[str, str]], head: str = '<meta property="og:type" content="website">', amp: str = "") -> str:
        return (f'<!DOCTYPE html><html {amp}lang="id"><head><meta charset="utf-8"><title>Berita Terkini</title>{head}'
                '</head><body><main>' + "".join(
                    f'<article class="post"><h2 class="entry-title"><a href="{url}">{title}</a></h2>'
                    f'<time datetime="{day}T09:10:00+07:00">20 Juni 2025</time></article>' for url, title in links)
                + "</main></body></html>")

    routes = {f"{site}/": Route(rows([(amp_listing, "Berita Terkini Bekasi Hari Ini: Banjir Rendam Rumah Warga")])),
              amp_listing: Route(rows([(story, "Banjir Rendam 500 Rumah Warga")], f'<link rel="canonical" href="{listing}">'
                                      + og_type, amp="amp ")),
              listing: Route(rows([(story, "Banjir Rendam 500 Rumah Warga")]))}
    result = crawl_in_process("generic", routes, f"start_urls={site}/", f"since={day}", f"until={day}",
                              settings={"CONCURRENT_REQUESTS": 1})
    assert listing not in result.fetched, result.fetched
    assert result.stats.get("newscrawl/dropped/not_article") == 1
    assert not result.stats.get("newscrawl/articles/amp_read_at_canonical")
