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

from conftest import run_crawl
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
