"""Adversarial sweep through the real `scrapy crawl` (loopback only): hostile pages, HTTP faults and URL
identity, one step beside the paths the other fault tests walk (test_hostile.py: deep nesting in the body
of one site; test_faults.py: faults in a discovery cron run; test_total_failure.py: refused, DNS, 403/503).

Every page gives an item or is dropped with a counted reason, in one log line naming its URL; no
traceback, no spider exception; every article once. All pages are GENERATED (reconstructed) forms of
what real sites serve.
"""
from __future__ import annotations

import fcntl
import gzip
import re
from pathlib import Path

import pytest

from itemadapter import ItemAdapter

from conftest import completed_items, run_cron, run_crawl
from newscrawl.middlewares import falsely_gzipped, single_byte_as_utf8
from newscrawl.state import same_article_keys
from newscrawl.urls import is_site_root, url_identity
from replay import Route
from synthetic_site import DAY, article_html, article_url, listing_html, listing_url

pytestmark = pytest.mark.xdist_group("hostile_sweep")

TITLE = "Berita Sintetis Nomor {n}"
HOME = "https://www.sindonews.com/"
# A home page that reads like a story (a lead article's prose, JSON-LD of the lead): an article request
# redirected here must not become an article.
HOME_HTML = ('<html><head><meta charset="utf-8"><title>SINDOnews - Berita Terkini Hari Ini</title>'
             '<meta property="og:type" content="article"></head><body><h1>Berita Terkini Hari Ini</h1>'
             '<div id="detail-desc">' + "<br><br>".join(
                 f"Berita utama hari ini nomor {i}: pemerintah dan DPR membahas anggaran, warga menanti "
                 f"kepastian harga pangan menjelang hari raya." for i in range(8)) + "</div></body></html>")


def _lies(n: int) -> str:
    return article_html(n).replace("Berita Sintetis", "Berita “Sintétis”")


def _paged(n: int, pager: str, suffix: str) -> str:
    """Article n with a link to its other page (sindonews' .paging-all or .paging-artikel)."""
    return article_html(n).replace('<div class="editor">', f'<div class="{pager}"><a href="{article_url(n)}{suffix}">'
                                   f'2</a></div><div class="editor">')


def _stray(n: int, charset_header: str, meta: bool) -> Route:
    """(h190 probe) A UTF-8 page (curly quotes, é) with one windows-1252 byte pasted from Word into its second
    paragraph: "Jum’at" with the ’ as 0x92, not UTF-8's E2 80 99. Declared UTF-8 it read "Jum�at"; declared
    iso-8859-1, or undeclared (Scrapy guessed mac-iceland), every quote and accent was mojibake."""
    page = _lies(n).replace("Paragraf 2 ", "Jum’at, paragraf 2 ")
    if not meta:
        page = page.replace('<meta charset="utf-8">', "")
    return Route(page.encode().replace("’".encode(), b"\x92"), headers={"Content-Type": charset_header})


def _cut_descriptions(n: int) -> Route:
    """(h192 probe) A UTF-8 page whose CMS cut its meta, og: and twitter: descriptions to a byte length (PHP
    substr()) inside the ’ of "Ma’ruf": E2 80 left before the closing quote, three times; four intact ’ and –
    in the author and the story. Counted per byte (6 strays > 4 valid) the page was read as windows-1252 and its
    author mojibake or lost."""
    cut = "Wakil Presiden Ma’ruf Amin".encode()[:len("Wakil Presiden Ma".encode()) + 2]
    page = (article_html(n).replace(f"Penulis {n % 7}", "Dede Ma’mun")
            .replace("Paragraf 2 ", "Wapres Ma’ruf Amin – kata dia, paragraf 2 ")
            .replace("Paragraf 3 ", "Jum’at, paragraf 3 ").encode())
    metas = b"".join(b'<meta %s content="' % attr + cut + b'">' for attr in
                     (b'name="description"', b'property="og:description"', b'name="twitter:description"'))
    return Route(page.replace(b"</head>", metas + b"</head>"), headers={"Content-Type": "text/html; charset=utf-8"})


# A real windows-1252 page (declared iso-8859-1) whose "CAFÉ’" happens to be a valid UTF-8 pair (C9 92, ɒ):
# its lone “ ” é bytes outnumber the pair, so it stays windows-1252.
_CP1252_LOOKALIKE = _lies(15).replace("Paragraf 2 ", "CAFÉ’ paragraf 2 ").replace('<meta charset="utf-8">', "")

SOFT_404 = (b'<html><head><title>Halaman Tidak Ditemukan - SINDOnews</title></head><body><h1 class="detail-title">Oops!'
            b'</h1><div id="detail-desc">Maaf, halaman yang Anda cari tidak ditemukan.</div></body></html>')
# The other pages of the multi-page cases: both redirect to the home page (fetched already by then: the
# redirect must not vanish in the duplicate filter), and a "not found" page 2.
LATER_PAGES = {article_url(60) + "?showpage=all": Route.redirect(HOME, 302),
               article_url(61) + "/10": Route.redirect(HOME, 302),
               article_url(62) + "/10": Route(SOFT_404)}


# name -> (article number, route, expected): ("item", {field: value}) or ("drop", log reason naming the URL).
def sindonews_cases() -> dict[str, tuple[int, Route, tuple[str, object]]]:
    nested = "<div>" * 100_000
    return {
        "deep_title_2000": (1, Route(article_html(1).replace('<h1 class="detail-title">', '<h1 class="detail-title">'
                                                          + "<b>" * 2000)), ("item", {})),
        "deep_body_2000": (2, Route(article_html(2).replace("JAKARTA - ", "JAKARTA - " + "<span>" * 2000)), ("item", {})),
        # libxml2 stops building the tree at depth 2,048: the 100k open divs past 1,000 are unwrapped, the
        # title and body after them read.
        "deep_before_body_100k": (3, Route(article_html(3).replace('<h1 class="detail-title">', nested + '<h1 class="detail-title">')),
                                  ("item", {"title": "Berita Sintetis Nomor 3"})),
        "deep_json_ld_object_100k": (4, Route(article_html(4).replace("</head>", '<script type="application/ld+json">'
                                                                   + '{"a":' * 100_000 + "1" + "}" * 100_000 + "</script></head>")),
                                     ("item", {})),
        "five_mb_page": (5, Route(article_html(5, pad_to=5_000_000)), ("item", {})),
        "scripts_only": (40, Route("<html><head>" + "<script>var x = 1;</script>" * 2000 + "</head><body>"
                               + "<script>document.write('x')</script>" * 100 + "</body></html>"), ("drop", "no title")),
        "nul_bidi_title_author_date": (7, Route(article_html(7).replace("Berita Sintetis Nomor 7", "Berita\x00 Sintetis\u202e Nomor 7")
                                             .replace("Penulis 0", "Pen\x00ulis\u202e Nol").replace("Rabu, 19 Juni", "Rabu,\x00 19\u202e Juni")),
                                       ("item", {"title": "Berita Sintetis Nomor 7", "authors": ["Penulis Nol"]})),
        "cp1252_bytes_header_utf8": (8, Route(_lies(8).encode("cp1252"), headers={"Content-Type": "text/html; charset=utf-8"}),
                                     ("item", {"title": "Berita “Sintétis” Nomor 8"})),
        "cp1252_bytes_meta_utf8": (11, Route(_lies(11).encode("cp1252"), headers={"Content-Type": "text/html"}),
                                   ("item", {"title": "Berita “Sintétis” Nomor 11"})),
        "utf8_bytes_meta_latin1": (10, Route(_lies(10).replace('charset="utf-8"', 'charset="iso-8859-1"'), headers={"Content-Type": "text/html"}),
                                   ("item", {"title": "Berita “Sintétis” Nomor 10"})),
        "utf8_stray_cp1252_declared_utf8": (12, _stray(12, "text/html; charset=utf-8", True),
                                            ("item", {"title": "Berita “Sintétis” Nomor 12"})),
        "utf8_stray_cp1252_header_latin1": (13, _stray(13, "text/html; charset=iso-8859-1", False),
                                            ("item", {"title": "Berita “Sintétis” Nomor 13"})),
        "utf8_stray_cp1252_undeclared": (14, _stray(14, "text/html", False),
                                         ("item", {"title": "Berita “Sintétis” Nomor 14"})),
        "utf8_cut_descriptions_declared_utf8": (17, _cut_descriptions(17),
                                                ("item", {"title": "Berita Sintetis Nomor 17", "authors": ["Dede Ma’mun"]})),
        "cp1252_lookalike_pair_header_latin1": (15, Route(_CP1252_LOOKALIKE.encode("cp1252"),
                                                          headers={"Content-Type": "text/html; charset=iso-8859-1"}),
                                                ("item", {"title": "Berita “Sintétis” Nomor 15"})),
        "utf16_with_bom": (9, Route(b"\xff\xfe" + _lies(9).replace('<meta charset="utf-8">', "").encode("utf-16-le"),
                                 headers={"Content-Type": "text/html"}), ("item", {"title": "Berita “Sintétis” Nomor 9"})),
        "json_as_text_html": (41, Route(b'{"status": "ok", "data": {"id": 12, "title": "x"}}'), ("drop", "no title")),
        "pdf_as_text_html": (42, Route(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\x00\x00\n%%EOF"), ("drop", "no title")),
        "png_as_text_html": (43, Route(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), ("drop", "no title")),
        # An empty answer is a fault of the site: fetched again, then failed as such (middlewares.EmptyAnswerMiddleware).
        "empty_200": (44, Route(b""), ("drop", "Request failed (EmptyAnswer")),
        "truncated_html": (16, Route(article_html(16).encode()[:1400]), ("item", {"title": "Berita Sintetis Nomor 16"})),
        "redirect_to_home": (45, Route.redirect(HOME, 301), ("drop", "redirected away")),
        "redirect_to_section": (46, Route.redirect("https://nasional.sindonews.com/", 302), ("drop", "redirected away")),
        # Not followed, and said (once per host) and counted, not left to Scrapy's offsite filter.
        "redirect_offsite": (47, Route.redirect("https://evil.example.com/read/1/2/x", 302),
                             ("drop", "Redirected off the site to evil.example.com")),
        "http_410": (48, Route(b"gone", status=410), ("drop", "Request failed (http_410")),
        "http_503_retry_after": (49, Route(b"busy", status=503, headers={"Retry-After": "1"}), ("drop", "Request failed (http_503")),
        "http_503_retry_after_hour": (50, Route(b"maintenance", status=503, headers={"Retry-After": "3600"}),
                                      ("drop", "Request failed (http_503")),
        "soft404_title": (51, Route(SOFT_404), ("drop", "Soft 404")),
        "soft404_body_only": (52, Route(b'<html><head><title>SINDOnews</title></head><body><h1 class="detail-title">SINDOnews'
                                    b'</h1><div id="detail-desc">Artikel tidak ditemukan atau sudah dihapus.</div></body></html>'),
                              ("drop", "Soft 404")),
        # A page that is no article: not followed (its soft 404 is never fetched).
        "redirect_to_404_page": (53, Route.redirect("https://www.sindonews.com/404", 302), ("drop", "redirected away")),
        # The RST may reach the client before or after it read the 500 bytes: a data loss or a connection
        # error (both seen under load), each a counted failure.
        "reset_mid_body": (23, Route(article_html(23).encode(), cut_after=500), ("drop", "Request failed (")),
        "gzip_declared_not_gzipped": (24, Route(article_html(24), headers={"Content-Encoding": "gzip"}),
                                      ("item", {"title": "Berita Sintetis Nomor 24"})),
        # A multi-page article whose "show all" view or page 2 is not the article: page 1 is emitted alone.
        "show_all_redirected_home": (60, Route(_paged(60, "paging-all", "?showpage=all")), ("item", {"body_blocks": 6})),
        "page2_redirected_home": (61, Route(_paged(61, "paging-artikel", "/10")), ("item", {"body_blocks": 6})),
        "page2_soft_404": (62, Route(_paged(62, "paging-artikel", "/10")), ("item", {"body_blocks": 6})),
        # a gzip stream cut before its end under whole framing: a cut transfer, refetched, then failed as cut short
        # (h263 S13: it was dropped as "no body", a layout's fault)
        "gzip_truncated": (26, Route(gzip.compress(article_html(26).encode(), mtime=0)[:200], headers={"Content-Encoding": "gzip"}),
                           ("drop", "cut short")),
    }


CASES = sindonews_cases()
URLS = {name: article_url(case[0]) for name, case in CASES.items()}


@pytest.fixture(scope="module")
def sindonews_run(tmp_path_factory):
    routes = {URLS[name]: route for name, (_, route, _) in CASES.items()}
    routes.update(LATER_PAGES)
    routes[HOME] = Route(HOME_HTML)
    routes["https://nasional.sindonews.com/"] = Route(HOME_HTML)
    routes["https://www.sindonews.com/404"] = Route(b"<html><head><title>404 Not Found</title></head><body><h1>404</h1>"
                                                   b"<p>Halaman tidak ditemukan</p></body></html>")
    routes["https://evil.example.com/read/1/2/x"] = Route(article_html(99))
    return run_crawl("sindonews", routes, tmp_path_factory.mktemp("sweep"), "url=" + ",".join(URLS.values()),
                     settings={"DOWNLOAD_TIMEOUT": 20, "NEWSCRAWL_RETRY_AFTER_MAX": 1})


def _clean_log(result) -> None:
    assert "Traceback" not in result.log, result.log[-5000:]
    assert not any(k.startswith("spider_exceptions") for k in result.stats), result.stats
    # The only ERROR lines allowed are Scrapy's "Gave up retrying" (a counted request failure).
    errors = [line for line in result.log.splitlines() if " ERROR: " in line and "Gave up retrying" not in line]
    assert not errors, errors


def test_sweep_log_is_clean(sindonews_run) -> None:
    assert sindonews_run.returncode == 0, sindonews_run.log[-3000:]
    _clean_log(sindonews_run)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_hostile_page_gives_an_item_or_a_counted_drop(sindonews_run, name: str) -> None:
    url = URLS[name]
    kind, expected = CASES[name][2]
    items = [item for item in sindonews_run.items if item["url"] == url]
    if kind == "item":
        assert len(items) == 1, (name, [l for l in sindonews_run.log.splitlines() if url in l])
        for field, value in expected.items():
            if field == "body_blocks":  # the article's own paragraphs, nothing of another page
                assert len(items[0]["body"]) == value, (name, items[0]["body"])
                continue
            assert items[0][field] == value, (name, field, items[0][field])
        assert items[0]["body"] and all("\ufffd" not in block for block in items[0]["body"])
        return
    assert items == [], (name, items)
    # A drop: one WARNING line that names the URL (or the page it was redirected to) and the reason.
    lines = [line for line in sindonews_run.log.splitlines() if expected in line and url in line]
    assert lines, (name, expected, [l for l in sindonews_run.log.splitlines() if url in l])


def test_drops_are_counted(sindonews_run) -> None:
    stats = sindonews_run.stats
    expected_drops = {"no_title": 4, "soft_404": 2, "redirected_away": 3, "redirected_offsite": 1}
    assert {k: stats.get(f"newscrawl/dropped/{k}") for k in expected_drops} == expected_drops, stats
    assert stats.get("newscrawl/errors/http_410") == 1 and stats.get("newscrawl/errors/http_503") == 2
    assert stats.get("newscrawl/failed/article/empty_answer") == 1
    assert stats.get("newscrawl/http/compressed_cut") == 1 and stats.get("newscrawl/dropped/no_body") is None  # h263
    assert (stats.get("newscrawl/errors/ResponseDataLossError", 0) + stats.get("newscrawl/errors/DownloadFailedError", 0)
            + stats.get("newscrawl/errors/ConnectionLost", 0)) >= 1  # the reset mid-body (its kind depends on timing)
    # cp1252 under utf-8 (x2), utf-8 under latin-1, and the PDF bytes served as utf-8 HTML (read as
    # cp1252 text: still no title, still dropped); UTF-8 with a stray byte under latin-1 and undeclared.
    assert stats.get("newscrawl/http/charset_repaired") == 6
    # The three UTF-8 pages with a stray windows-1252 byte and the one with cut characters (declared UTF-8, so no
    # charset_repaired); the genuine windows-1252 page is none.
    assert stats.get("newscrawl/http/charset_strays_repaired") == 4
    assert stats.get("newscrawl/http/false_content_encoding") == 1
    assert stats.get("newscrawl/http/retry_after_too_long") == 1
    assert stats.get("newscrawl/article_pages/failed") == 3  # the three multi-page cases
    # Retry-After: 3600 is neither waited nor retried: one request; Retry-After: 1 is waited, then retried.
    assert sindonews_run.fetched(URLS["http_503_retry_after_hour"]) == 1
    assert sindonews_run.fetched(URLS["http_503_retry_after"]) == 2


@pytest.mark.parametrize("name, paragraph", [
    ("utf8_stray_cp1252_declared_utf8", "Jum’at, paragraf 2 berita sintetis nomor 12"),
    ("utf8_stray_cp1252_header_latin1", "Jum’at, paragraf 2 berita sintetis nomor 13"),
    ("utf8_stray_cp1252_undeclared", "Jum’at, paragraf 2 berita sintetis nomor 14"),
    ("cp1252_lookalike_pair_header_latin1", "CAFÉ’ paragraf 2 berita sintetis nomor 15"),
    ("utf8_cut_descriptions_declared_utf8", "Wapres Ma’ruf Amin – kata dia, paragraf 2 berita sintetis nomor 17"),
    ("utf8_cut_descriptions_declared_utf8", "Jum’at, paragraf 3 berita sintetis nomor 17"),
])
def test_stray_windows_1252_byte_in_utf8_page(sindonews_run, name: str, paragraph: str) -> None:
    """The UTF-8 text is read right and the stray byte as its windows-1252 character."""
    [item] = [item for item in sindonews_run.items if item["url"] == URLS[name]]
    assert [block for block in item["body"] if block.startswith(paragraph[:8])] == [
        paragraph + " versi 1 menguraikan perkembangan terbaru kebijakan daerah dan tanggapan warga setempat."], item["body"]


# ------------------------------------------------------------------ identity: one article, many URLs

@pytest.mark.parametrize("url, identity", [
    ("https://www.contoh.id/berita/banjir-besar", "https://contoh.id/berita/banjir-besar"),
    ("http://M.Contoh.ID/berita/banjir-besar/?utm_source=x&page=all", "https://contoh.id/berita/banjir-besar"),
    ("https://amp.contoh.id/berita/banjir-besar/amp/", "https://contoh.id/berita/banjir-besar"),
    ("https://mobile.contoh.id/berita/banjir-besar.amp", "https://contoh.id/berita/banjir-besar"),
    ("https://www.contoh.id/", "https://contoh.id/"),
    ("https://m.co.id/berita/a/", "https://m.co.id/berita/a"),  # m.co.id is the registrable domain itself
    ("https://jabar.contoh.id/berita/a", "https://jabar.contoh.id/berita/a"),  # a regional edition stays
    ("https://www.contoh.id/berita?id=12", "https://contoh.id/berita?id=12"),  # an identifying query stays
    ("https://www.contoh.id/berita/campaign", "https://contoh.id/berita/campaign"),  # only a whole /amp segment
    # (h27 probe) an AMP copy under a leading /amp/: tribun's m. host, okezone's /amp/YYYY/…
    ("https://m.tribunnews.com/amp/nasional/2025/06/10/dpr-minta", "https://tribunnews.com/nasional/2025/06/10/dpr-minta"),
    ("https://www.tribunnews.com/nasional/2025/06/10/dpr-minta", "https://tribunnews.com/nasional/2025/06/10/dpr-minta"),
    ("https://www.contoh.id/amplop/berita", "https://contoh.id/amplop/berita"),  # a word that starts with "amp"
    # (h39) percent-escapes, RFC 3986 §6.2.2: the case of an escape folded, an escaped unreserved character decoded,
    # a reserved one (/ ? & = #) left escaped: it means other than the character.
    ("https://www.contoh.id/berita/kopi-%e2%80%9cenak%e2%80%9d", "https://contoh.id/berita/kopi-%E2%80%9Cenak%E2%80%9D"),
    ("https://www.contoh.id/berita/kopi-%E2%80%9Cenak%E2%80%9D", "https://contoh.id/berita/kopi-%E2%80%9Cenak%E2%80%9D"),
    ("https://www.contoh.id/berita/kopi-\u201cenak\u201d", "https://contoh.id/berita/kopi-%E2%80%9Cenak%E2%80%9D"),
    ("https://www.contoh.id/berita/banjir%2Dbesar%5Fkota%2E%7E", "https://contoh.id/berita/banjir-besar_kota.~"),
    ("https://www.contoh.id/%62erita/%41%7a%30", "https://contoh.id/berita/Az0"),
    ("https://www.contoh.id/berita/a%2fb%3Fc%26d%3d%23", "https://contoh.id/berita/a%2Fb%3Fc%26d%3D%23"),
    ("https://www.contoh.id/berita/100%25-benar", "https://contoh.id/berita/100%25-benar"),
    ("https://www.contoh.id/berita?id=%31%32&q=a%2fb", "https://contoh.id/berita?id=12&q=a%2Fb"),
    ("https://www.contoh.id/berita/%61mp", "https://contoh.id/berita"),  # an escaped /amp is the /amp copy
])
def test_url_identity(url: str, identity: str) -> None:
    assert url_identity(url) == identity


def test_same_article_keys_tell_same_title_apart_and_never_merge_undated() -> None:
    item = {"site": "generic", "url": "https://www.contoh.id/a/", "title": "T", "published_at": "2024-06-19",
            "body": ["satu"]}
    other_url = {**item, "url": "https://m.contoh.id/a"}
    other_body = {**item, "url": "https://www.contoh.id/b", "body": ["dua"]}
    keys = same_article_keys(ItemAdapter(item))
    assert same_article_keys(ItemAdapter(other_url)) == keys
    assert set(same_article_keys(ItemAdapter(other_body))).isdisjoint(keys)
    assert same_article_keys(ItemAdapter({**item, "published_at": None}))[1] is None


@pytest.mark.parametrize("body, declared, repair", [
    ("Berita “Sintétis”".encode("cp1252"), "utf-8", True),
    ("Berita “Sintétis”".encode("cp1252"), "utf8", True),
    ("Berita “Sintétis”".encode(), "utf-8", False),  # right as declared
    ("Berita “Sintétis” dan café".encode() + b"\x92", "utf-8", False),  # UTF-8 with one stray byte stays UTF-8
    (b"ascii only", "utf-8", False),
    ("Sintétis".encode("cp1252"), "cp1252", False),  # declared single-byte: the other repair's case
    (b"\x81\x8d\x8f", "utf-8", False),  # not cp1252 either: left as it is
])
def test_single_byte_as_utf8(body: bytes, declared: str, repair: bool) -> None:
    assert single_byte_as_utf8(body, declared) is repair


@pytest.mark.parametrize("encoding, body, false", [
    (b"gzip", b"<!DOCTYPE html><html>", True),
    (b"x-gzip", b"\xef\xbb\xbf  <html>", True),
    (b"gzip", b'{"a": 1}', True),
    (b"gzip", gzip.compress(b"<html>", mtime=0), False),  # mtime=0: the same bytes (and test id) on every xdist worker
    (b"gzip", b"\x00\x01garbage", False),  # neither gzip nor markup: decompression fails, counted
    (b"br", b"<html>", False),
    (None, b"<html>", False),
])
def test_falsely_gzipped(encoding: bytes | None, body: bytes, false: bool) -> None:
    assert falsely_gzipped(encoding, body) is false


def generic_page(title: str, lead: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{lead} Kalimat ke-{i} menjelaskan rincian tambahan dari peristiwa ini bagi pembaca setia.</p>"
                   for i in range(5))
    return (f'<html><head><meta charset="utf-8"><title>{title} - Berita Contoh</title>{link}'
            f'<meta property="og:type" content="article"><meta property="article:published_time" '
            f'content="{DAY}T09:00:00+07:00"></head><body><h1>{title}</h1><article>{body}</article></body></html>')


SAME_TITLE = "Banjir Besar Melanda Tiga Kecamatan"
GEN_A = "https://www.beritacontoh.id/nasional/banjir-besar-melanda-tiga-kecamatan-di-kota"
GEN_B = "https://www.beritacontoh.id/daerah/banjir-besar-melanda-tiga-kecamatan-di-kota-lain"
PAGE_A = generic_page(SAME_TITLE, "Pemerintah kota menyiapkan anggaran darurat untuk korban banjir besar pekan ini.")
PAGE_B = generic_page(SAME_TITLE, "Di kabupaten tetangga, ribuan warga mengungsi ke balai desa setelah tanggul jebol.")
# The same page (no id, no rel=canonical) served under every form a link may take.
GEN_FORMS = [GEN_A, GEN_A + "/", GEN_A + "?utm_source=fb&utm_medium=social", GEN_A.replace("https:", "http:"),
             GEN_A.replace("www.", "m."), GEN_A.replace("www.", "amp."), GEN_A.replace("www.", ""),
             GEN_A.replace("www.beritacontoh.id", "WWW.BeritaContoh.ID"), GEN_A + "/amp", GEN_A + "?page=all"]


@pytest.mark.parametrize("mode", ["url", "discovery"])
def test_generic_same_article_under_other_urls_is_emitted_once(tmp_path, mode: str) -> None:
    routes = {form: Route(PAGE_A) for form in GEN_FORMS}
    routes[GEN_B] = Route(PAGE_B)  # another article with the same title: it must come out too
    if mode == "url":
        args = ["url=" + ",".join(GEN_FORMS + [GEN_B])]
    else:
        home = "https://www.beritacontoh.id/"
        links = "".join(f'<a href="{u}">{SAME_TITLE}</a>' for u in GEN_FORMS + [GEN_B])
        routes[home] = Route(f"<html><body>{links}</body></html>")
        args = [f"start_urls={home}", f"since={DAY}", f"until={DAY}"]
    result = run_crawl("generic", routes, tmp_path, *args)
    _clean_log(result)
    leads = sorted(item["body"][0][:30] for item in result.items)
    assert leads == ["Di kabupaten tetangga, ribuan ", "Pemerintah kota menyiapkan ang"], [i["url"] for i in result.items]
    assert all(item["title"] == SAME_TITLE for item in result.items)
    dropped = sum(result.stats.get(f"newscrawl/dropped/{k}", 0) for k in ("duplicate_url", "duplicate_content"))
    # A discovered link to another view of an article asked for already is not fetched at all (h39).
    skipped = result.stats.get("newscrawl/discovery/other_view_skipped", 0)
    assert dropped + result.stats.get("dupefilter/filtered", 0) + skipped >= 1


@pytest.mark.parametrize("url, root", [
    ("https://www.contoh.id/", True), ("https://www.contoh.id", True), ("https://www.contoh.id/index.php", True),
    ("https://www.contoh.id/Index.html", True), ("https://www.contoh.id/?p=123", False),
    ("https://www.contoh.id/berita/a", False), ("https://www.contoh.id/index.php/berita/a", False),
])
def test_is_site_root(url: str, root: bool) -> None:
    assert is_site_root(url) is root


def test_articles_whose_canonical_is_the_home_page_stay_apart(tmp_path) -> None:
    """A template naming the home page as every page's rel=canonical: each article keeps its own URL
    (not the home page's), and none is dropped as a duplicate of another."""
    a = "https://www.beritacontoh.id/nasional/banjir-besar-melanda-tiga-kecamatan-di-kota"
    b = "https://www.beritacontoh.id/daerah/gempa-mengguncang-pesisir-selatan-pulau-jawa"
    c = "https://www.beritacontoh.id/daerah/harga-beras-naik-di-pasar-tradisional-kota"
    routes = {a: Route(generic_page("Banjir Besar", "Pemerintah kota menyiapkan anggaran darurat.", "https://www.beritacontoh.id/")),
              b: Route(generic_page("Gempa Mengguncang", "Gempa bermagnitudo 5,2 mengguncang pesisir.", "https://www.beritacontoh.id/")),
              c: Route(generic_page("Harga Beras", "Harga beras medium naik di pasar.", "https://www.beritacontoh.id/index.php"))}
    result = run_crawl("generic", routes, tmp_path, f"url={a},{b},{c}")
    _clean_log(result)
    assert sorted(item["url"] for item in result.items) == sorted([a, b, c]), result.stats
    assert result.stats.get("newscrawl/url/root_canonical_ignored") == 3


def test_site_spider_same_article_under_other_urls_is_emitted_once(tmp_path) -> None:
    """sindonews (ids in URLs) from a listing linking every form, and a copy of another article's story."""
    url = article_url(1)
    forms = [url, url + "/", url + "?utm_source=fb", url.replace("https:", "http:"), url.replace("nasional.", "m."),
             url.replace("nasional.sindonews.com", "NASIONAL.SindoNews.com"), url + "?showpage=all"]
    rows = "".join(f'<div class="warp-article"><div class="title-article"><a href="{u}">x</a></div></div>'
                   for u in forms + [article_url(2)])
    routes = {listing_url(0): Route(f"<html><body>{rows}</body></html>"), listing_url(20): Route(listing_html([]))}
    routes.update({form: Route(article_html(1)) for form in forms})
    # Article 2: another id, the same title (a follow-up under the same headline), another story.
    routes[article_url(2)] = Route(article_html(2).replace("Berita Sintetis Nomor 2", "Berita Sintetis Nomor 1"))
    result = run_crawl("sindonews", routes, tmp_path, f"since={DAY}", f"until={DAY}")
    _clean_log(result)
    assert sorted(item["id"] for item in result.items) == ["100001", "100002"], result.log[-3000:]


def test_catalogue_outlet_hostile_and_identity(tmp_path) -> None:
    """A catalogue outlet (alinea): its page under other URL forms once, a lying charset read right, a
    redirect to the home page dropped."""
    page = (Path(__file__).parent / "outlets" / "alinea" / "article.html").read_text(encoding="utf-8")
    url = re.search(r"replay-url:\s*(\S+)", page).group(1)
    title = re.search(r'og:title" content="([^"]*)"', page).group(1)
    forms = [url, url + "/", url + "?utm_source=x", url.replace("https:", "http:"), url.replace("www.alinea.id", "WWW.Alinea.ID")]
    routes = {form: Route(page) for form in forms}
    moved = url.replace("-b", "-bMOVED")
    routes[moved] = Route.redirect("https://www.alinea.id/", 301)
    routes["https://www.alinea.id/"] = Route(HOME_HTML.replace("SINDOnews", "Alinea"))
    lying = url.replace("-b", "-bLIES")
    # Another article (its own id, another headline: a follow-up) in windows-1252 under a utf-8 header.
    body = page.replace(title, f"{title} “Lagi”")
    routes[lying] = Route(body.encode("cp1252", errors="replace"), headers={"Content-Type": "text/html; charset=utf-8"})
    result = run_crawl("alinea", routes, tmp_path, "url=" + ",".join(forms + [moved, lying]))
    _clean_log(result)
    assert len([i for i in result.items if "MOVED" not in i["url"] and "LIES" not in i["url"]]) == 1, result.log[-3000:]
    assert result.stats.get("newscrawl/dropped/redirected_away") == 1
    assert not any("\ufffd" in i["title"] + " ".join(i["body"]) for i in result.items)
    assert [i["title"] for i in result.items if "LIES" in i["url"]] == [f"{title} “Lagi”"], result.log[-3000:]


# ------------------------------------------------------------------ the site completely down, cron

def test_site_that_never_answers_in_cron(tmp_path) -> None:
    """A server that accepts and never answers (every URL, robots.txt too): the run ends with a summary
    naming the cause, health FAILING, exit code 3, and its lock free for the next run."""
    routes = {url: Route(article_html(0), delay=30) for url in
              ["https://www.sindonews.com/robots.txt", listing_url(0), listing_url(20), article_url(0)]}
    run = run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", DAY, "--until", DAY,
                   "-s", "DOWNLOAD_TIMEOUT=1")
    assert run.returncode == 3, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["discovery: timed out on 1 of 1 request"], run.summary
    assert "FAILING" in run.stdout and "sindonews: 0 articles emitted, 1 request failed: 1 timed out" in run.stderr
    assert run.stdout.rstrip().endswith("exit 3: health FAILING: sindonews") and run.summary["exit_code"] == 3
    assert completed_items(tmp_path) == [] and not list((tmp_path / "output").glob("*/*.part"))
    with open(tmp_path / "state" / "cron.lock", "a") as lock:  # no stale lock: the next run may take it
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)


def test_site_in_maintenance_for_an_hour_in_cron(tmp_path) -> None:
    """503 with Retry-After: 3600 on everything: not waited (over the cap), not retried, the run ends at
    once with the cause; the cap alone would hold it retries x the cap per request."""
    routes = {url: Route(b"maintenance", status=503, headers={"Retry-After": "3600"})
              for url in [listing_url(0), listing_url(20), article_url(0)]}
    run = run_cron(routes, tmp_path, "--spiders", "sindonews", "--since", DAY, "--until", DAY,
                   "-s", "NEWSCRAWL_RETRY_AFTER_MAX=20")
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == ["discovery: server errors (5xx) on 1 of 1 request"]
    assert run.summary["sites"]["sindonews"]["retry_after_waited_s"] == 0
    assert [status for _m, url, status in run.hits if "/indeks/" in url] == [503]


# ------------------------------------------------------------------ hostile discovery pages

BINARY = {"pdf": Route(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF", headers={"Content-Type": "application/pdf"}),
          "png": Route(b"\x89PNG\r\n\x1a\n" + bytes(64), headers={"Content-Type": "image/png"}),
          "octet": Route(b"\x00\x01\x02garbage", headers={"Content-Type": "application/octet-stream"}),
          "json": Route(b'{"error": ', headers={"Content-Type": "application/json"})}
MARKUP = {"json_as_html": Route(b'{"error": "maintenance"}'), "empty": Route(b""),
          "nested_100k": Route("<html><body>" + "<div>" * 100_000 + "</div>" * 100_000 + "</body></html>"),
          "nul": Route(b"<html>\x00\x00<body>\x00</body></html>"), "text_plain": Route(b"x", headers={"Content-Type": "text/plain"}),
          "xxe": Route('<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/hostname">]><urlset><url>'
                       '<loc>https://www.merdeka.com/a/&x;</loc></url></urlset>', headers={"Content-Type": "text/xml"})}


@pytest.mark.parametrize("spider, url, args", [
    ("sindonews", "https://www.sindonews.com/indeks/0/0?t=2024-06-19", []),  # a dated listing
    ("jpnn", "https://www.jpnn.com/index.php?mib=rss", []),  # the RSS feed
    ("merdeka", "https://www.merdeka.com/sitemap.xml", []),  # the sitemap
    ("generic", "https://www.beritacontoh.id/", ["start_urls=https://www.beritacontoh.id/"]),  # the start page
])
@pytest.mark.parametrize("answer", sorted(BINARY))
def test_discovery_page_answering_bytes_is_counted_never_a_traceback(tmp_path, spider, url, args, answer) -> None:
    """A listing, feed, sitemap or start page answering a PDF, an image, bytes or broken JSON: one line,
    counted (a discovery failure the health check sees, or a page read with no links), the crawl goes on. A feed or
    sitemap so answered is no feed listing nothing: a failed request, not_a_feed (h203)."""
    result = run_crawl(spider, {url: BINARY[answer]}, tmp_path, *args, f"since={DAY}", f"until={DAY}")
    _clean_log(result)
    assert result.returncode == 0 and result.items == []
    stats = result.stats
    if spider in ("jpnn", "merdeka"):  # the feed, the sitemap
        assert stats.get("newscrawl/failed/discovery/not_a_feed") == 1 and not stats.get(
            "newscrawl/discovery/pages_ok"), stats
    assert stats.get("newscrawl/errors/not_markup", 0) + stats.get("newscrawl/discovery/pages_ok", 0) + stats.get(
        "newscrawl/failed/discovery/not_a_feed", 0) >= 1, stats
    assert not [k for k in stats if k.startswith("newscrawl/errors/callback/")], stats


def test_discovery_pages_of_hostile_markup(tmp_path) -> None:
    """Dated listings answering JSON as text/html, nothing, 100k nested tags, NUL bytes, text/plain, and an
    XML document naming an external entity (never read): each read, no link, no traceback."""
    from datetime import date, timedelta

    days = [date(2024, 6, 19) - timedelta(days=i) for i in range(len(MARKUP))]
    routes = {listing_url(0, d.isoformat()): answer for d, answer in zip(days, MARKUP.values())}
    result = run_crawl("sindonews", routes, tmp_path, f"since={days[-1]}", f"until={days[0]}")
    _clean_log(result)
    assert result.returncode == 0 and result.items == []
    assert result.stats.get("newscrawl/discovery/pages_ok") == len(MARKUP), result.stats
    assert not [k for k in result.stats if k.startswith("newscrawl/errors/callback/")], result.stats


def test_descriptions_cut_inside_a_character_leave_the_page_utf8(tmp_path) -> None:
    """(h192 probe) A UTF-8 page (declared so) whose CMS cut its meta, og: and twitter: descriptions to a byte
    length (PHP substr()) inside the ’ of "Ma’ruf": E2 80 left three times, five intact ’ and – elsewhere. Each
    cut byte counted as a stray (6 > 5), so the page was read as windows-1252: the generic author "Dede Ma’mun"
    was lost (authors []) and charset_repaired counted. A cut character is one fault: the page stays UTF-8, the
    cut characters come out as nothing. Reconstructed from the probe's page."""
    cut = "Wakil Presiden Ma’ruf Amin".encode()[:len("Wakil Presiden Ma".encode()) + 2]
    story = ["BANDUNG – Wakil Presiden Ma’ruf Amin meminta pemerintah daerah mempercepat penanganan stunting di "
             "Jawa Barat.",
             "Menurut dia, angka prevalensi stunting di sejumlah kabupaten masih di atas rata-rata nasional.",
             "Ia menyebut Garut dan Cianjur sebagai dua daerah yang perlu mendapat perhatian khusus dari pemerintah "
             "provinsi.",
             "Gubernur Jawa Barat mengatakan pihaknya telah menyiapkan anggaran tambahan untuk program pencegahan "
             "stunting tahun ini."]
    metas = b"".join(b'<meta %s content="' % attr + cut + b'">' for attr in
                     (b'name="description"', b'property="og:description"', b'name="twitter:description"'))
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<title>Ma’ruf Minta Daerah Percepat Penanganan Stunting</title>").encode() + metas + (
        '</head><body><div class="header"><a href="/">BeritaJabar</a></div>'
        "<h1>Ma’ruf Minta Daerah Percepat Penanganan Stunting</h1><div class=\"author\">Penulis: Dede Ma’mun</div>"
        '<div class="date">Jumat, 12 Mei 2023 14:20 WIB</div><div class="content">'
        + "".join(f"<p>{p}</p>" for p in story) + '</div><div class="footer">Copyright 2023 BeritaJabar</div>'
        "</body></html>").encode()
    url = "https://www.beritajabar.example/2023/05/12/wapres-minta-daerah-percepat-penanganan-stunting.html"
    result = run_crawl("generic", {url: Route(page)}, tmp_path, "url=" + url)
    _clean_log(result)
    [item] = result.items
    assert (item["title"], item["authors"], item["body"]) == (
        "Ma’ruf Minta Daerah Percepat Penanganan Stunting", ["Dede Ma’mun"], story)
    assert result.stats.get("newscrawl/http/charset_strays_repaired") == 1, result.stats
    assert result.stats.get("newscrawl/http/charset_repaired") is None, result.stats


def test_lone_surrogates_from_json_ld_never_lose_the_article(tmp_path) -> None:
    """JSON-LD strings cut inside an emoji ("\\ud83d" without its pair) in the headline, author, section
    and identifier: no UTF-8 line can hold them, so the item could not be hashed or written (it was lost
    with a traceback). They are removed; the article comes out whole."""
    paragraphs = "".join(f"<p>Paragraf {i} berita ini menjelaskan perkembangan terbaru banjir besar yang melanda "
                         "kota itu sejak pagi, kata pejabat setempat.</p>" for i in range(5))
    page = ('<html><head><meta charset="utf-8"><script type="application/ld+json">{"@type":"NewsArticle",'
            '"headline":"Banjir \\ud83d Besar Melanda Kota","author":{"@type":"Person","name":"Andi \\ud800 Saputra"},'
            '"datePublished":"2024-06-19T09:00:00+07:00","identifier":"a\\udc00b","articleSection":"Nasional \\ud83d"}'
            f'</script></head><body><div class="content">{paragraphs}</div></body></html>')
    url = "https://www.beritacontoh.id/berita/2024/06/19/banjir-besar"
    result = run_crawl("generic", {url: Route(page)}, tmp_path, "url=" + url)
    _clean_log(result)
    [item] = result.items
    assert (item["title"], item["authors"], item["section"], item["id"]) == (
        "Banjir Besar Melanda Kota", ["Andi Saputra"], "Nasional", "ab")
    assert result.raw_lines[0].encode("utf-8")


@pytest.mark.parametrize("spider, url", [
    ("sindonews", "https://nasional.sindonews.com/read/1402233/12/banjir-rendam-bekasi-1718800000"),
    ("generic", "https://www.beritacontoh.id/2024/06/19/banjir-rendam-bekasi-70004"),
])
@pytest.mark.parametrize("content_type", ["text/plain; charset=utf-8", "application/octet-stream"])
def test_article_served_as_another_type_is_dropped_naming_the_type(tmp_path, spider, url, content_type) -> None:
    """(h249 probe) An article's HTML served as text/plain or application/octet-stream (a misconfigured server):
    not read as an article (a passing text/plain error body must not become an item), and the warning of the drop
    said only "Not an article page, skipped: URL", so nobody could tell why 19 of 19 stories were missing. It names
    the type the server gave."""
    result = run_crawl(spider, {url: Route(article_html(1), headers={"Content-Type": content_type})}, tmp_path,
                       f"url={url}")
    assert result.returncode == 0 and result.items == []
    assert f"Not an article page, skipped: {url} (served as {content_type})" in result.log, result.log[-3000:]
    assert result.stats.get("newscrawl/dropped/not_article") == 1, result.stats
