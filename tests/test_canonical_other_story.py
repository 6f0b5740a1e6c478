"""A rel=canonical naming another story's URL merged two stories into one item (h304 F1). Reconstructed
WordPress/Yoast-style pages of a generic outlet, written for this test (the form of the probe's pages): each story's
JSON-LD graph carries its own ``identifier`` (5006, 5010), its NewsArticle ``@id`` and ``mainEntityOfPage`` and its
og:url name its own URL; the stories are written on one template ("Warga Kota Contoh menyoroti {topic} …"), so their
bodies share most of their words, and their slugs ("pemprov-dki-bahas-…-tahap-N") are no title. Story 10's template
writes story 6's address as its rel=canonical. Before: one item, story 10 dropped as duplicate_url at INFO when story
6 came first; story 10's text under story 6's URL and story 6 dropped when story 10 came first.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from conftest import run_crawl
from inprocess import crawl_in_process
from replay import Route

G = "https://www.beritacontoh.id"
DAY = "2025-06-20"
TOPICS = {6: "penataan PKL Tanah Abang", 10: "normalisasi Kali Ciliwung", 7: "perbaikan jalan Pasar Minggu"}
SLUGS = {6: "pemprov-dki-bahas-penataan-pkl-tanah-abang-tahap-6", 10: "pemprov-dki-bahas-normalisasi-kali-ciliwung-tahap-10",
         7: "pemprov-dki-bahas-perbaikan-jalan-pasar-minggu-tahap-7"}
H = {"Content-Type": "text/html; charset=utf-8"}


def url(n: int) -> str:
    return f"{G}/{DAY.replace('-', '/')}/{SLUGS[n]}/"


def title(n: int) -> str:
    return f"Warga Kota Contoh Soroti {TOPICS[n][0].upper() + TOPICS[n][1:]} Nomor {n}"


def paragraphs(n: int) -> list[str]:
    t = TOPICS[n]
    return [f"KOTA CONTOH - Warga Kota Contoh menyoroti {t} yang dibahas pemerintah kota sepekan terakhir. Sorotan "
            f"nomor {n} ini muncul dalam forum warga di kantor kelurahan.",
            f"Ketua forum warga mengatakan pembahasan {t} perlu melibatkan lebih banyak warga. Ia meminta pemerintah "
            "kota menggelar dengar pendapat terbuka.",
            f"Pemerintah kota menyatakan siap menampung masukan soal {t}. Hasil pembahasan akan diumumkan melalui "
            "kanal resmi pemerintah kota bulan depan."]


def page(n: int, canonical: str | None = None, declared: str | None = None) -> str:
    """Story ``n``'s page: its rel=canonical ``canonical`` (its own URL by default), its og:url and JSON-LD addresses
    ``declared`` (its own URL by default)."""
    canonical, declared = canonical or url(n), declared or url(n)
    hhmm = f"{8 + n:02d}:10"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": declared + "#article", "headline": title(n),
         "datePublished": f"{DAY}T{hhmm}:00+07:00", "author": {"@type": "Person", "name": "Yogi Ernes"},
         "mainEntityOfPage": {"@id": declared}, "identifier": str(5000 + n)},
        {"@type": "WebPage", "@id": declared, "url": declared, "name": title(n)}]}
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(n))
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8"><title>{html.escape(title(n))} - Berita Contoh</title>
<link rel="canonical" href="{canonical}"><meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(title(n))}"><meta property="og:url" content="{declared}">
<meta property="article:published_time" content="{DAY}T{hhmm}:00+07:00">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body class="single single-post postid-{5000 + n}"><header><a href="{G}/">Berita Contoh</a></header>
<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{html.escape(title(n))}</h1>
<div class="entry-meta"><span class="byline">Oleh <a href="{G}/author/x/">Yogi Ernes</a></span>
<time class="entry-date published" datetime="{DAY}T{hhmm}:00+07:00">20 Juni 2025, {hhmm} WIB</time></div></header>
<div class="entry-content">{body}</div></article></main><footer>&copy; 2025 Berita Contoh</footer></body></html>"""


def home(order: list[int]) -> str:
    rows = "".join(f'<article class="post"><h2 class="entry-title"><a href="{url(n)}">{html.escape(title(n))}</a></h2>'
                   f'<time datetime="{DAY}T{8 + n:02d}:10:00+07:00">20 Juni 2025</time></article>' for n in order)
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8"><title>Berita Contoh</title>
<meta property="og:type" content="website"></head><body class="home blog"><main>{rows}</main></body></html>"""


def routes(order: list[int], ten: str) -> dict[str, Route]:
    pages = {n: page(n) for n in order}
    pages[10] = ten
    return {f"{G}/": Route(home(order).encode(), headers=H), **{url(n): Route(pages[n].encode(), headers=H) for n in order}}


def crawl(order: list[int], ten: str, workdir: Path, **settings: str):
    return run_crawl("generic", routes(order, ten), workdir, f"start_urls={G}/", f"since={DAY}", f"until={DAY}",
                     settings={"CONCURRENT_REQUESTS": 1, **settings})


def test_a_canonical_the_pages_own_declarations_contradict_is_not_followed(tmp_path):
    """Story 10's canonical names story 6's URL, its og:url and JSON-LD its own: in either order both stories are
    emitted, each under its own URL with its own id."""
    for order in ([6, 10], [10, 6]):
        result = crawl(order, page(10, canonical=url(6)), tmp_path / "-".join(map(str, order)))
        assert sorted((item["id"], item["url"], item["title"]) for item in result.items) == \
            [("5006", url(6), title(6)), ("5010", url(10), title(10))], (order, result.log[-3000:])
        assert not result.stats.get("newscrawl/dropped/duplicate_url")
        assert result.stats.get("newscrawl/url/contradicted_canonical") == 1


def test_two_ids_are_two_stories_whatever_address_they_declare(tmp_path):
    """Story 10's canonical, og:url and JSON-LD all name story 6's URL, only its identifier (5010) tells: read after
    story 6, it keeps the URL it was read at (shared_canonical, said as a warning), never dropped as duplicate_url."""
    # one request at a time, the last listed first (Scrapy's LIFO queue): story 6 is read first
    result = crawl([10, 6], page(10, canonical=url(6), declared=url(6)), tmp_path)
    assert [(item["id"], item["url"]) for item in result.items] == [("5006", url(6)), ("5010", url(10))], \
        result.log[-3000:]
    assert not result.stats.get("newscrawl/dropped/duplicate_url")
    assert result.stats.get("newscrawl/url/shared_canonical") == 1
    assert any("WARNING" in line and "declare one address" in line for line in result.log.splitlines())


def test_a_story_whose_canonical_names_a_story_seen_before_is_new_in_a_later_cron_run(tmp_path):
    """Run 1 emits story 6; run 2 finds story 10, whose canonical names story 6's URL: a new story under its own URL,
    not skipped or taken as story 6's update."""
    state = {"NEWSCRAWL_INCREMENTAL": "1", "NEWSCRAWL_STATE_PATH": str(tmp_path / "seen.sqlite3"),
             "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "output")}
    first = crawl([6], page(10, canonical=url(6)), tmp_path / "run1", NEWSCRAWL_NOW=f"{DAY}T15:00:00+07:00", **state)
    assert [item["id"] for item in first.items] == ["5006"], first.log[-3000:]
    for run, ten in (("run2", page(10, canonical=url(6))), ("run3", page(7, canonical=url(6), declared=url(6)))):
        order = [6, 10] if run == "run2" else [6, 7]
        got = run_crawl("generic", {**routes(order, page(10, canonical=url(6))), **({url(7): Route(ten.encode(), headers=H)}
                                                                                  if run == "run3" else {})},
                        tmp_path / run, f"start_urls={G}/", f"since={DAY}", f"until={DAY}",
                        settings={"CONCURRENT_REQUESTS": 1, "NEWSCRAWL_NOW": f"{DAY}T15:10:00+07:00", **state})
        want = ("5010", url(10)) if run == "run2" else ("5007", url(7))
        assert [(item["id"], item["url"]) for item in got.items] == [want], (run, got.log[-3000:])
        assert not got.stats.get("newscrawl/incremental/updated"), got.stats


# (h307 R1-R3) Many CMSs echo the REQUEST URL into og:url and JSON-LD: their agreement with the fetched URL does not
# make a canonical that is another view of the page wrong. Reconstructed generic pages (the probe's form): a WordPress
# story whose og:url and JSON-LD url/mainEntityOfPage echo the address asked, its rel=canonical the story's address.
K = "https://www.kabarcontoh.id"
K_TITLE = "Banjir Rendam 500 Rumah Warga di Bekasi Timur"
K_NEW = f"{K}/2025/06/20/banjir-rendam-500-rumah-warga-di-bekasi-timur/"
K_OLD = f"{K}/2025/06/20/banjir-rendam-rumah-warga-bekasi/"  # its slug before the headline was rewritten
K_PARAS = ["BEKASI - Banjir merendam sekitar 500 rumah warga di Kecamatan Bekasi Timur sejak Jumat dini hari setelah "
           "hujan deras mengguyur kawasan itu selama enam jam.",
           "Kepala Pelaksana BPBD Kota Bekasi mengatakan ketinggian air mencapai satu meter di sejumlah titik "
           "permukiman warga.",
           "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke masjid dan balai warga terdekat "
           "menggunakan perahu karet."]
K_STALE = K_PARAS[:2] + ["Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke masjid terdekat."]


def echo_page(fetched: str, canonical: str, paras: list[str] = K_PARAS) -> str:
    """A story page read at ``fetched``: og:url and JSON-LD echo it, rel=canonical names ``canonical``."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": K_TITLE, "url": fetched,
          "mainEntityOfPage": {"@type": "WebPage", "@id": fetched}, "datePublished": f"{DAY}T09:10:00+07:00",
          "author": {"@type": "Person", "name": "Rina Marlina"}}
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(K_TITLE)} - Kabar Contoh</title>
<link rel="canonical" href="{canonical}"><meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(K_TITLE)}"><meta property="og:url" content="{fetched}">
<meta property="article:published_time" content="{DAY}T09:10:00+07:00">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body class="single"><header><a href="{K}/">Kabar Contoh</a></header><main><article><h1 class="entry-title">{html.escape(K_TITLE)}</h1>
<div class="entry-meta"><span class="byline">Oleh Rina Marlina</span> <time datetime="{DAY}T09:10:00+07:00">20 Juni 2025 09:10 WIB</time></div>
<div class="entry-content">{body}</div></article></main><footer>&copy; 2025 Kabar Contoh</footer></body></html>"""


def echo_home(links: list[tuple[str, str]]) -> str:
    rows = "".join(f'<article class="post"><h2 class="entry-title"><a href="{u}">{html.escape(t)}</a></h2>'
                   f'<time datetime="{DAY}T09:10:00+07:00">20 Juni 2025</time></article>' for u, t in links)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Kabar Contoh</title>'
            f'<meta property="og:type" content="website"></head><body class="home"><main>{rows}</main></body></html>')


def echo_routes(pages: dict[str, str]) -> dict[str, Route]:
    return {url: Route(text.encode(), headers=H) for url, text in pages.items()}


OLD_AND_NEW = {f"{K}/": echo_home([(K_NEW, K_TITLE), (K_OLD, "Banjir rendam rumah warga Bekasi")]),
               K_OLD: echo_page(K_OLD, K_NEW, K_STALE), K_NEW: echo_page(K_NEW, K_NEW)}


@pytest.mark.parametrize("fetched", [
    K_OLD,  # A: the story read at its old slug; its canonical, the new slug, is its title
    K_NEW + "print/",  # B: its print view
    K_NEW + "index.html",  # C: its directory's index page
    "https://jabar.kabarcontoh.id/2025/06/20/500-rumah-di-bekasi-timur-terendam-banjir/",  # E: a regional copy
], ids=["A_old_slug", "B_print", "C_index_html", "E_regional_host"])
def test_a_canonical_naming_another_view_of_the_story_is_followed_though_og_url_echoes_the_request(fetched):
    """(h307 R1) Read at another view of the story, whose og:url and JSON-LD echo the address asked: the item is the
    story at its canonical, not at the view (before: the view's URL, counted contradicted_canonical)."""
    result = crawl_in_process("generic", echo_routes({fetched: echo_page(fetched, K_NEW), K_NEW: echo_page(K_NEW, K_NEW)}),
                              f"url={fetched}", settings={"CONCURRENT_REQUESTS": 1})
    assert [item["url"] for item in result.items] == [K_NEW], result.fetched
    assert not result.stats.get("newscrawl/url/contradicted_canonical")


def test_a_story_listed_at_its_old_and_new_slug_is_emitted_once():
    """(h307 R2) A home page listing the story at both slugs, the old page a stale copy echoing its own address in
    og:url and JSON-LD: one item at the new slug, the other a duplicate (before: two items, one per slug)."""
    result = crawl_in_process("generic", echo_routes(OLD_AND_NEW), f"start_urls={K}/", f"since={DAY}", f"until={DAY}",
                              settings={"CONCURRENT_REQUESTS": 1})
    assert [item["url"] for item in result.items] == [K_NEW], result.fetched


def test_a_later_cron_run_finding_the_old_slug_rechecks_the_story(tmp_path):
    """(h307 R3) Run 1 emits the story at its new slug; run 2's home page lists only the old slug: the story emitted
    is rechecked at its canonical, no new story at the old URL (before: a new story, incremental/new)."""
    pages = OLD_AND_NEW
    state = {"NEWSCRAWL_INCREMENTAL": "1", "NEWSCRAWL_STATE_PATH": str(tmp_path / "seen.sqlite3"),
             "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "output"), "CONCURRENT_REQUESTS": 1}
    first = run_crawl("generic", echo_routes({f"{K}/": echo_home([(K_NEW, K_TITLE)]), K_NEW: pages[K_NEW]}),
                      tmp_path / "run1", f"start_urls={K}/", f"since={DAY}", f"until={DAY}",
                      settings={**state, "NEWSCRAWL_NOW": f"{DAY}T15:00:00+07:00"})
    assert [item["url"] for item in first.items] == [K_NEW], first.log[-3000:]
    second = run_crawl("generic", echo_routes({**pages, f"{K}/": echo_home([(K_OLD, "Banjir rendam rumah warga Bekasi")])}),
                       tmp_path / "run2", f"start_urls={K}/", f"since={DAY}", f"until={DAY}",
                       settings={**state, "NEWSCRAWL_NOW": f"{DAY}T15:10:00+07:00"})
    assert [item["url"] for item in second.items] == [K_NEW], second.log[-3000:]
    assert not second.stats.get("newscrawl/incremental/new"), second.stats
