"""Per-article cost of extraction + cleaning, against a bare parsel parse + 10 CSS queries.

    python bench/bench_extract.py [--rounds 300] [--real-rounds 15] [--no-real] [--floor]

1. Every real saved article page (../shared/realpages, MANIFEST kind "article"; set NEWSCRAWL_REALPAGES or
   NEWSCRAWL_SHARED when elsewhere), read with its site's rules (its template era's, as the spider does):
   (a) baseline = parsel.Selector(text) + 10 CSS queries any scraper runs on a news page (h1, og:title,
   canonical, description, keywords, JSON-LD, published time, author, <time>, paragraphs); (b) newscrawl =
   the spiders' own parse (newscrawl.page.page_selector: parsel's libxml2 parse with the same options, into
   plain lxml elements, which are cheaper to hand to Python) + extract_article + date parsing + clean_body. Interleaved, median per page;
   prints the ratio b/a per page, its median over the pages and the worst page (aim ≤ 1.5×).
   Times are the thread's CPU time (time.thread_time_ns), so a busy machine does not skew them.
2. A realistic ~120 KB SINDOnews-style page (the reconstructed seed fixture padded with navigation, a
   related-links sidebar, inline scripts and 30 body paragraphs), baseline = 10 queries of its fields.
Also prints clean_body µs per article.

3. The floor (--floor, on the real pages): what any Python extractor over the same parse pays before it decides
   anything: (c) the parse alone, (d) the parse + one Python pass over every element reading its tag, class, id,
   text and tail. Both as ratios to (a) in the same rounds: the budget left under the aim is 1.5 minus (d).
"""
from __future__ import annotations

import argparse
import csv
import importlib
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from parsel import Selector

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from newscrawl.cleaning import clean_body  # noqa: E402
from newscrawl.css import memoized_queries  # noqa: E402
from newscrawl.dates import parse_date  # noqa: E402
from newscrawl.extract import extract_article  # noqa: E402
from newscrawl.page import page_selector  # noqa: E402
from newscrawl.eras import choose_era, url_path_day  # noqa: E402
from newscrawl.extract import SiteRules  # noqa: E402
from newscrawl.spiders.sindonews import SindonewsSpider  # noqa: E402
from replay import realpages_dir  # noqa: E402

BASELINE_QUERIES = (
    "h1.detail-title::text", ".detail-date-artikel::text", ".detail-nama-redaksi a::text",
    "#detail-desc", 'meta[property="og:title"]::attr(content)', 'link[rel="canonical"]::attr(href)',
    'meta[name="keywords"]::attr(content)', ".detail-tag a::text", ".breadcrumb li a::text",
    'script[type="application/ld+json"]::text',
)


# What any scraper reads on a news page, with no knowledge of the site.
GENERIC_QUERIES = (
    "h1::text", 'meta[property="og:title"]::attr(content)', 'link[rel="canonical"]::attr(href)',
    'meta[name="description"]::attr(content)', 'meta[name="keywords"]::attr(content)',
    'script[type="application/ld+json"]::text', 'meta[property="article:published_time"]::attr(content)',
    'meta[name="author"]::attr(content)', "time::attr(datetime)", "p::text",
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


def baseline(html: str, queries: tuple[str, ...] = BASELINE_QUERIES) -> None:
    selector = Selector(text=html)
    for css in queries:
        selector.css(css).getall()


def newscrawl(html: str, url: str = "https://international.sindonews.com/read/1402233/40/x",
              spider: Any = SindonewsSpider) -> list[str]:
    selector = page_selector(html)  # what PageResponse.selector gives the spider
    with memoized_queries(selector.root):  # as NewsSpider.parse_article: the era's containers are the body's
        rules = page_rules(spider, selector, url)
        # The page's HTML is passed as the spider passes response.text (cheap pre-checks before tree scans).
        raw = extract_article(selector, url, rules, html_text=html)
    for candidate in raw.published + raw.updated:
        parse_date(candidate)
    return clean_body(raw.body, raw.title)


def page_rules(spider: Any, selector: Selector, url: str) -> SiteRules:
    """The rules the spider reads this page with (NewsSpider.page_rules without a crawler)."""
    if getattr(spider, "eras", ()):
        return choose_era(spider.eras, selector, url_path_day(url)).era.rules
    return spider.rules


def parse_only(html: str) -> None:
    page_selector(html)


def parse_and_one_pass(html: str) -> int:
    """The parse, then one Python visit of every element: tag, class tokens, id, text, tail. The least a
    Python-level extractor does once; no decision is made."""
    visited = 0
    for element in page_selector(html).root.iter():
        if isinstance(element.tag, str):
            (element.get("class") or "").split()
            element.get("id")
        element.text, element.tail
        visited += 1
    return visited


def article_rows() -> tuple[Path, list[dict[str, str]]] | None:
    """The real pages' folder and its MANIFEST rows of kind "article", or None (with a line saying so) when absent."""
    real = realpages_dir()
    if real is None:
        print("real pages: ../shared/realpages not found (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED); skipped")
        return None
    with open(real / "MANIFEST.tsv", encoding="utf-8") as handle:
        return real, [r for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "article"]


def floor(rounds: int) -> None:
    found = article_rows()
    if found is None:
        return
    real, rows = found
    parse_ratios, pass_ratios = [], []
    for row in rows:
        html = (real / row["path"]).read_text(encoding="utf-8", errors="replace")
        for _ in range(3):
            baseline(html, GENERIC_QUERIES), parse_only(html), parse_and_one_pass(html)
        base_ns, parse_ns, pass_ns = timed(rounds, lambda: baseline(html, GENERIC_QUERIES),
                                           lambda: parse_only(html), lambda: parse_and_one_pass(html))
        base = statistics.median(base_ns)
        parse_ratios.append(statistics.median(parse_ns) / base)
        pass_ratios.append(statistics.median(pass_ns) / base)
    parse_median, pass_median = statistics.median(parse_ratios), statistics.median(pass_ratios)
    print(f"floor over {len(rows)} real article pages, {rounds} interleaved rounds each (median of the per-page ratios):")
    print(f"  parse alone                          : {parse_median:5.2f}x the baseline")
    print(f"  parse + one Python pass, no decision : {pass_median:5.2f}x the baseline "
          f"(left under the 1.5x aim for every decision: {1.5 - pass_median:.2f}x)")


def timed(rounds: int, *calls: Any) -> list[list[int]]:
    """CPU nanoseconds of this thread per call, the calls interleaved round by round. CPU time, not
    wall time: on a shared machine the waits for a core would otherwise swamp the ratio."""
    times: list[list[int]] = [[] for _ in calls]
    for _ in range(rounds):
        for call, out in zip(calls, times):
            start = time.thread_time_ns()
            call()
            out.append(time.thread_time_ns() - start)
    return times


def spider_class(site: str) -> Any:
    module = importlib.import_module(f"newscrawl.spiders.{site}")
    return next(c for c in vars(module).values() if isinstance(c, type) and getattr(c, "name", None) == site)


def real_pages(rounds: int) -> None:
    found = article_rows()
    if found is None:
        return
    real, rows = found
    results = []
    for row in rows:
        html = (real / row["path"]).read_text(encoding="utf-8", errors="replace")
        url = row["original_url"] if "://" in row["original_url"] else f"https://{row['site']}.example/"
        spider = spider_class(row["site"])
        for _ in range(3):  # warm-up: regex compilation, cssselect translation caches
            baseline(html, GENERIC_QUERIES), newscrawl(html, url, spider)
        base_ns, ours_ns = timed(rounds, lambda: baseline(html, GENERIC_QUERIES), lambda: newscrawl(html, url, spider))
        base, ours = statistics.median(base_ns), statistics.median(ours_ns)
        results.append((ours / base, row["path"], len(html.encode()) / 1000, base / 1e6, ours / 1e6))
    print(f"real pages: {len(results)} article pages, {rounds} interleaved rounds each (median per page)")
    print(f"{'ratio':>6} {'KB':>5} {'base ms':>8} {'ours ms':>8}  page")
    for ratio, path, kb, base_ms, ours_ms in sorted(results, reverse=True):
        print(f"{ratio:6.2f} {kb:5.0f} {base_ms:8.3f} {ours_ms:8.3f}  {path}")
    ratios = [r[0] for r in results]
    worst = max(results)
    print(f"real pages: median ratio {statistics.median(ratios):.2f}x, worst {worst[0]:.2f}x ({worst[1]}), "
          f"total {sum(r[4] for r in results) / sum(r[3] for r in results):.2f}x  (aim <= 1.5x)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--real-rounds", type=int, default=15, help="rounds per real page")
    parser.add_argument("--no-real", action="store_true", help="only the synthetic SINDOnews page")
    parser.add_argument("--floor", action="store_true",
                        help="also measure the floor: the parse alone and the parse + one Python pass (real pages)")
    args = parser.parse_args()
    if args.floor:
        floor(args.real_rounds)
        print()
    if not args.no_real:
        real_pages(args.real_rounds)
        print()
    html = build_page()
    body = newscrawl(html)
    assert len(body) >= 30, body
    for _ in range(20):  # warm-up: imports, regex compilation, cssselect translation caches
        baseline(html), newscrawl(html)
    base_ns, ours_ns = timed(args.rounds, lambda: baseline(html), lambda: newscrawl(html))
    selector = Selector(text=html)
    raw = extract_article(selector, "https://x", SindonewsSpider.rules)
    [clean_ns] = timed(args.rounds, lambda: clean_body(raw.body, raw.title))
    base_ms, ours_ms = statistics.median(base_ns) / 1e6, statistics.median(ours_ns) / 1e6
    print(f"synthetic SINDOnews page: {len(html.encode()) / 1000:.0f} KB, {len(raw.body)} raw blocks -> {len(body)} clean paragraphs; {args.rounds} rounds")
    print(f"baseline  parsel parse + {len(BASELINE_QUERIES)} CSS queries : {base_ms:8.3f} ms CPU (median)")
    print(f"newscrawl extract + dates + clean_body      : {ours_ms:8.3f} ms CPU (median)")
    print(f"ratio newscrawl / baseline                  : {ours_ms / base_ms:8.2f}x  (aim <= 1.5x)")
    print(f"clean_body per article ({len(raw.body)} blocks)        : {statistics.median(clean_ns) / 1e3:8.1f} µs (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
