"""Per-article cost of extraction + cleaning, against a bare parsel parse + 10 CSS queries.

    python bench/bench_extract.py [--rounds 300]

Builds a realistic ~120 KB SINDOnews-style article page (the reconstructed seed fixture padded with
navigation, a related-links sidebar, inline scripts and 30 body paragraphs), then measures in the same
run, interleaved: (a) baseline = parsel.Selector(text) + 10 CSS queries of the fields a scraper reads;
(b) newscrawl = parsel.Selector(text) + extract_article + date parsing + clean_body. Prints medians and
the ratio b/a (aim ≤ 1.5×), and clean_body µs per article.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from parsel import Selector

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newscrawl.cleaning import clean_body  # noqa: E402
from newscrawl.dates import parse_date  # noqa: E402
from newscrawl.extract import extract_article  # noqa: E402
from newscrawl.spiders.sindonews import SindonewsSpider  # noqa: E402

BASELINE_QUERIES = (
    "h1.detail-title::text", ".detail-date-artikel::text", ".detail-nama-redaksi a::text",
    "#detail-desc", 'meta[property="og:title"]::attr(content)', 'link[rel="canonical"]::attr(href)',
    'meta[name="keywords"]::attr(content)', ".detail-tag a::text", ".breadcrumb li a::text",
    'script[type="application/ld+json"]::text',
)


def build_page(target_bytes: int = 120_000) -> str:
    page = (REPO / "tests/sites/sindonews/seed.html").read_text(encoding="utf-8")
    nav = "<nav>" + "".join(f'<a href="https://www.sindonews.com/kanal/{i}">Kanal {i}</a>' for i in range(80)) + "</nav>"
    sidebar = "<aside class='terpopuler'><ul>" + "".join(
        f'<li><a href="https://nasional.sindonews.com/read/{1400000 + i}/12/judul-berita-populer-nomor-{i}-1718800000">'
        f"Judul berita populer nomor {i} tentang politik, ekonomi dan olahraga hari ini</a>"
        f"<span class='date'>Rabu, 19 Juni 2024 - {i % 24:02d}:{i % 60:02d} WIB</span></li>" for i in range(150)) + "</ul></aside>"
    paragraphs = "".join(
        f"Paragraf tambahan nomor {i} menjelaskan latar belakang perjanjian, reaksi negara tetangga, dan "
        f"dampaknya bagi kawasan Asia Timur dalam beberapa tahun ke depan menurut para analis.<br><br>" for i in range(30))
    page = page.replace("</div>\n <div class=\"paging-artikel\">", paragraphs + "</div>\n <div class=\"paging-artikel\">", 1)
    page = page.replace("<body>", "<body>" + nav + sidebar, 1)
    script_line = "window.dataLayer=window.dataLayer||[];dataLayer.push({'event':'pageview','kanal':'international'});\n"
    filler = len(page.encode()) < target_bytes and "<script>" + script_line * ((target_bytes - len(page.encode())) // len(script_line)) + "</script>"
    return page.replace("</body>", (filler or "") + "</body>", 1)


def baseline(html: str) -> None:
    selector = Selector(text=html)
    for css in BASELINE_QUERIES:
        selector.css(css).get()


def newscrawl(html: str) -> list[str]:
    selector = Selector(text=html)
    raw = extract_article(selector, "https://international.sindonews.com/read/1402233/40/x", SindonewsSpider.rules)
    for candidate in raw.published + raw.updated:
        parse_date(candidate)
    return clean_body(raw.body, raw.title)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    html = build_page()
    body = newscrawl(html)
    assert len(body) >= 30, body
    for _ in range(20):  # warm-up: imports, regex compilation, cssselect translation caches
        baseline(html), newscrawl(html)
    base_ns, ours_ns = [], []
    for _ in range(args.rounds):  # interleaved so machine noise hits both alike
        start = time.perf_counter_ns(); baseline(html); base_ns.append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns(); newscrawl(html); ours_ns.append(time.perf_counter_ns() - start)
    selector = Selector(text=html)
    raw = extract_article(selector, "https://x", SindonewsSpider.rules)
    clean_ns = []
    for _ in range(args.rounds):
        start = time.perf_counter_ns(); clean_body(raw.body, raw.title); clean_ns.append(time.perf_counter_ns() - start)
    base_ms, ours_ms = statistics.median(base_ns) / 1e6, statistics.median(ours_ns) / 1e6
    print(f"page: {len(html.encode()) / 1000:.0f} KB, {len(raw.body)} raw blocks -> {len(body)} clean paragraphs; {args.rounds} rounds")
    print(f"baseline  parsel parse + {len(BASELINE_QUERIES)} CSS queries : {base_ms:8.3f} ms (median)")
    print(f"newscrawl extract + dates + clean_body      : {ours_ms:8.3f} ms (median)")
    print(f"ratio newscrawl / baseline                  : {ours_ms / base_ms:8.2f}x  (aim <= 1.5x)")
    print(f"clean_body per article ({len(raw.body)} blocks)        : {statistics.median(clean_ns) / 1e3:8.1f} µs (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
