"""Site-independent body extractors on the real article pages: accuracy and cost, side by side.

    python bench/generic_body.py [--rounds 3] [--pages]

Candidates, each given only the page HTML (no site rules):
  generic_body   newscrawl.extract.generic_body (largest cluster of direct <p> children; the old fallback)
  maintext       newscrawl.maintext.main_text (paragraph-cluster scoring, written for the generic spider)
  … (generic spider)  main_text, or JSON-LD articleBody when the page's DOM holds another story or none
                 (newscrawl.spiders.generic.choose_body): the body the generic spider emits
  trafilatura    trafilatura.extract(html) split on lines, when the package is importable
                 (measured with trafilatura 2.3.1: `pip install trafilatura==2.3.1`, or put it on PYTHONPATH)

Every candidate's blocks then go through the same body stages the pipelines run on every item
(syndication line out, residue catalog, duplicate blocks incl. the title), so the figures are what a
crawl would emit.

Two tables, never pooled (issue 8): "tuned on (in-sample)" — the 37 real pages of ../shared/realpages
(listed in tests/realpages/TUNED_ON.tsv) and the reconstructed fixtures, all written or adjusted for while
looking at them — and "not tuned on (out-of-sample)" — the pages of the folder named by
$NEWSCRAWL_UNSEEN_PAGES (or --unseen), with hand-checked expectations in its expected/<site>.json and the
URL of each page in its MANIFEST.tsv (layout and how to add a page: tests/pagesets.py). Without that
folder the second table says 0 out-of-sample pages were available and gives no figure.

Ground truth, per real page of kind "article" in ../shared/realpages/MANIFEST.tsv (in-sample):
  - tests/realpages/<site>.json (body_first/body_last hand-checked by the site engineers) where present,
  - else the HAND table below (checked by reading each page's HTML).
Measured: first paragraph right, last paragraph right (a bare dateline such as "Jakarta -" may be its
own block or joined to the paragraph it opens), extra blocks emitted outside the expected first…last
span (edge junk), residue blocks the extractor handed to the cleaning stage (the catalog caught them;
fewer = cleaner extraction), and milliseconds per page (parse + extract, median of --rounds).
Reconstructed fixtures with a full expected body (tests/sites/*/<case>.json) add a body-similarity
score (difflib ratio over the joined paragraphs).

A second table measures the generic spider's article-link heuristic
(newscrawl.spiders.generic.looks_like_article_path) on the real listing pages (MANIFEST kind
"listing"): which same-site links it would fetch, against the links the site's own spider calls
articles (its article_url_pattern). Precision below 1 costs fetches of non-article pages (they are
then recognised and dropped); recall below 1 loses articles.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from parsel import Selector

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]  # the replay helpers are test infrastructure

from newscrawl.dates import BARE_DATELINE_RE  # noqa: E402
from newscrawl.cleaning import (block_key, drop_duplicate_blocks, find_syndication, is_residue, normalize_text,  # noqa: E402
                                strip_residue, trim_edges)
from newscrawl.extract import SiteRules, collapse_ws, extract_article, json_ld_objects, news_article_ld  # noqa: E402
from newscrawl.maintext import main_text  # noqa: E402
from pagesets import IN_SAMPLE, PageSet, tuned_on_set, unseen_set  # noqa: E402
from replay import realpages_dir  # noqa: E402
from newscrawl.spiders.generic import choose_body  # noqa: E402


# The project's first fallback, kept here as the baseline the extractors are measured against.
def generic_body(selector: Selector) -> list[str]:
    """Site-independent fallback: the element holding the most paragraph text in direct <p>s."""
    best: tuple[int, Selector | None] = (0, None)
    for parent in selector.xpath("//*[p]"):
        score = sum(len(collapse_ws(t)) for t in parent.xpath("./p//text()").getall())
        if score > best[0]:
            best = (score, parent)
    if best[1] is None or best[0] < 200:
        return []
    return [b for b in (collapse_ws(p.xpath("string(.)").get()) for p in best[1].xpath("./p")) if b]


# Hand-checked first/last paragraphs (prefixes of the whole block, at least 50 characters or the
# whole block) for pages no site table covers yet. None = not judged (e.g. text only in attributes).
HAND: dict[str, tuple[str | None, str | None]] = {
    "antaranews/article-2015-11-527615.html": ("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan", '"Total ada 3.016 orang penumpang domestik'),
    "antaranews/article-2016-02-546640.html": ("ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah kota Cekmekoy", "Kontes ini akan memilih 20 film terbaik. Juara pertama"),
    "antaranews/article-2016-02-546643.html": ("Bandarlampung, Lampung (ANTARA News) - Petugas Polda Lampung", '"Praktik prostitusi yang melibatkan anak-anak dan kalangan artis'),
    "antaranews/article-2017-05-629369.html": ("Jakarta (ANTARA News) - Peribahasa garam di laut", "Lantas bagaimana akhir cerita kedua sejoli ini?"),
    "antaranews/article-otomotif-2016-02-546646.html": ("Jakarta (ANTARA News) - PT Astra Otoparts Tbk meluncurkan", '"Yang pasti tes dilakukan di Indonesia karena disesuaikan'),
    "detik/article-inet-2015.html": ("Jakarta - Galaxy S6 Edge, dengan material premium", "Samsung menyarankan agar pengguna selalu update software"),
    "detik/article-inet-d6453192-2022-12.html": ("Jakarta - Salah satu fakta yang terkuak dalam kebangkrutan", "Ketika dimintai konfirmasi, juru bicara orang tua Bankman"),
    "detik/article-news-d6453785-2022-12.html": ("Jakarta - Polisi masih mendalami percekcokan antara pemotor", "Peristiwa itu terjadi pada Rabu (7/12/2022) sekitar pukul 21.45 WIB."),
    "detik/article-readfoto-finance-2016.html": ("PT PLN hari ini resmi mengoperasikan Gardu Induk (GI) 150 kV", "PT PLN hari ini resmi mengoperasikan Gardu Induk (GI) 150 kV"),
    "detik/article-sport-d6454487-2022-12.html": ("Doha - Maroko vs Portugal akan bermain malam ini", "- Maroko jadi tim dengan penguasaan bola terendah sepanjang Piala Dunia 2022."),
    "detik/article-sport-insider-d5746542-2021-09.html": ("Jakarta - Pelatih set-piece menjadi tren baru di klub-klub Eropa.", "Yunani yang juara Piala Eropa 2004 berkat sepak pojok"),
    "detik/article-travel-d6454465-2022-12.html": ("Badung - Kepala Dinas Pariwisata Badung, I Nyoman Rudiarta", '"Mari bergandengan tangan dan selalu menerapkan prinsip kolaborasi'),
    "kompas/article-bola-2016-02.html": ("KUTA, KOMPAS.com \u2014 Penyerang anyar Persib Bandung, Samsul Arif", '"Saya kalau tidak salah baru lima kali berlatih bersama coach Milo'),
    "kompas/article-internasional-2016-02.html": ("LOS ANGELES, KOMPAS.com - Pendiri Facebook, Mark Zuckerberg", "Saat ini, kekayaan Zuckerberg tercatat mencapai 47,1 miliar dollar AS"),
    "kompas/article-nasional-2016-02.html": ("JAKARTA, KOMPAS.com \u2014 Menteri Pendayagunaan Aparatur Negara", "Saat ini rasionya masih sebesar 1,7 persen, yaitu setiap 100 orang"),
    "kompas/article-nasional-2025-05.html": ("JAKARTA, KOMPAS.com - Jaksa penuntut umum (JPU) pada Kejaksaan Agung", "Pengurusan suap ini akhirnya berhasil, dan PN Surabaya menyatakan"),
    "kompas/article-otomotif-2016-02.html": ("Jakarta, KompasOtomotif \u2013 Tahun depan, dua produsen otomotif asal China", "\u201cPersaingan memang cukup ketat, oleh karena itu masing-masing produsen"),
    "kompas/article-regional-2015-11.html": ("LHOKSEUMAWE, KOMPAS.com \u2013 Penyidik Polres Lhokseumawe melimpahkan", "\u201cLangkah selanjutnya kita menyusun materi dakwaan, jika sudah rampung"),
    "liputan6/article-m-bisnis-4289456-2020-06.html": ("Liputan6.com, Jakarta Sepekan lamanya pusat perbelanjaan", "\u201cDemi menjaga jarak agar terhindar dari Covid-19, jumlah pengunjung"),
    "liputan6/article-m-global-4464894-2021-01.html": ("Liputan6.com, Jakarta - Kasus COVID-19 di seluruh dunia sudah mencapai", "Dalam sebelas bulan terakhir sejak mulai menangani pandemi COVID-19"),
    "liputan6/article-m-hot-5043288-2022-08.html": ("Liputan6.com, Jakarta Punya rumah tangga tentram dan damai", "\u201cAstaghfirullah coba temui ustadz saja bang tanya langsung"),
    "liputan6/article-m-tekno-4804339-2021-12.html": ("Liputan6.com, Jakarta - Warganet pada Senin, (20/12/2021) pagi", "Khusus di Piala AFF, Indonesia kini meraih kemenangan kelima"),
    "liputan6/article-news-4541831-2021-04.html": ("Kapal selam KRI Nanggala 402 ditemukan di kedalaman 838 meter", None),
    "liputan6/article-showbiz-2016.html": ("Liputan6.com, Jakarta London Love Story, film kedua dari Screenplay", "London Love Story bercerita tentang kisah cinta dua anak muda"),
    "liputan6/article-tekno-2016.html": ("Liputan6.com, Jakarta - Indonesia memasuki fase dinamis akan pertumbuhan", "Hingga saat ini, operator seluler yang sudah merilis menggelar jaringan"),
    "liputan6/photo-2016.html": (None, None),
    "merdeka/article-m-gaya-2021-06.html": ("Merdeka.com - Dia adalah Hedy Lamarr, aktris lawas Hollywood", "Salah satu penemu wanita paling berpengaruh, aktris glamor Hollywood"),
    "merdeka/article-m-jateng-2021-06.html": ("Merdeka.com - Mawar Eva dikenal sebagai seorang aktris dan penyanyi", '"Nggak (bayar) sih, kabur juga tetap. Maaf ya kak kalau nonton," tutur Mawar Eva.'),
    "merdeka/article-m-peristiwa-2021-06.html": ("Merdeka.com - Pemerintah Kota Bandung memutuskan untuk membatasi", "8. Pintu keluar Tol Buahbatu"),
    "okezone/article-celebrity-2017.html": ("JAKARTA - Memiliki segudang kesibukan di dunia entertainment", '"Enggak tahunya karena setiap tahun selalu begitu, jadi bingung'),
    "okezone/article-lifestyle-2015.html": ("DEPRESI jadi satu momok yang wajib diwaspadai siapa saja.", '"Gula darah meningkat secara otomatis, berat badan juga bertambah.'),
    "republika/article-ihram-2017.html": ("IHRAM.CO.ID, BANJARMASIH -- Kepala Kantor Kementerian Agama Kota Banjarmasin", "Kegiatan Pemeriksaan Kesehatan Calon Jamaah Haji tahap pertama tersebut"),
    "republika/article-nasional-2016.html": ("REPUBLIKA.CO.ID, JAKARTA -- Aktris dan sutradara Marcella Zalianty", "\"Film ini sektor yang 'powerful' (kuat) untuk promosi wisata,\" kata Marcella"),
    "republika/inpicture-2016.html": ("REPUBLIKA.CO.ID, JAKARTA -- Kasubdit Kasasi dan Peninjauan Kembali Perdata", "Andi yang ditangkap pada operasi tangkap tangan (OTT) dengan kasus dugaan"),
    "tempo/article-en-2015-11.html": ("TEMPO.CO, Jakarta - Indonesia could learn from Finlands experience", '"During the visit, the foreign minister of Finland is accompanied by 11 companies'),
    "tempo/article-gaya-2015.html": ("TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia (WHO) menyebutkan", '"Sebenarnya kita bisa melakukan aktivitas di mana saja," tutur Andi.'),
    "viva/article-life-2016.html": ("VIVA.co.id - Pianis cilik Indonesia, Joey Alexander, boleh saja gagal", '"Joey sangat luar biasa. Saya ingat seusia Joey, pertama kali belajar gitar'),
}

# A leading dateline in a block_key (case-folded): the project's dateline shape, any case.
_DATELINE_KEY = re.compile(rf"(?:{BARE_DATELINE_RE.pattern})(?:\s+|$)", re.IGNORECASE)


def _trafilatura() -> dict[str, Callable[[str], list[str]]]:
    try:
        import trafilatura
    except ImportError:
        return {}

    def run(**options: bool) -> Callable[[str], list[str]]:
        def extract(html: str) -> list[str]:
            text = trafilatura.extract(html, **options) or ""
            return [line for line in text.split("\n") if line.strip()]
        return extract

    version = getattr(trafilatura, "__version__", "?")
    return {f"trafilatura {version}": run(), f"trafilatura {version} favor_precision": run(favor_precision=True)}


def spider_body(html: str) -> list[str]:
    """What the generic spider emits: main_text, or JSON-LD articleBody when the DOM tells another story."""
    selector = Selector(text=html)
    ld = news_article_ld(json_ld_objects(selector)) or {}
    return choose_body(main_text(selector), ld.get("articleBody"))[0]


def candidates() -> dict[str, Callable[[str], list[str]]]:
    return {
        "generic_body": lambda html: generic_body(Selector(text=html)),
        "maintext": lambda html: main_text(Selector(text=html)),
        "maintext, else articleBody (generic spider)": spider_body,
        **_trafilatura(),
    }


def pipeline_body(blocks: list[str], title: str | None) -> list[str]:
    """The body stages every item goes through (pipelines: syndication, residue, duplicate blocks)."""
    blocks, _ = find_syndication(blocks)
    blocks = trim_edges(strip_residue([normalize_text(b) for b in blocks]), title)
    return drop_duplicate_blocks(blocks, title=title)


def _strip_dateline(key: str) -> tuple[str, bool]:
    """(text after a leading dateline, whether there was one) for a block_key."""
    match = _DATELINE_KEY.match(key)
    return (key[match.end():], True) if match else (key, False)


def same_block(actual: str, expected: str, prefix: bool = False) -> bool:
    """Equal by block_key; a dateline ("Jakarta -") may be split off or joined on either side;
    with prefix=True the expected text is a hand-written prefix of the block."""
    a, e = block_key(actual), block_key(expected)
    if a == e or (prefix and a.startswith(e)):
        return True
    a_rest, _ = _strip_dateline(a)
    e_rest, e_dated = _strip_dateline(e)
    if e_dated and not e_rest:  # the expected block is a bare dateline: the joined form counts
        return a.startswith(e)
    return bool(e_rest) and (a_rest == e_rest or (prefix and a_rest.startswith(e_rest)))


@dataclass
class Case:
    path: str
    html: str
    title: str | None
    first: str | None
    last: str | None
    prefix: bool  # HAND entries are prefixes
    source: str


@dataclass
class Score:
    first_ok: int = 0
    last_ok: int = 0
    first_n: int = 0
    last_n: int = 0
    empty: int = 0
    extra_blocks: int = 0
    residue_in: int = 0
    ms: list[float] = field(default_factory=list)
    similarity: list[float] = field(default_factory=list)
    marks: dict[str, str] = field(default_factory=dict)


def real_cases(pages: PageSet) -> list[Case]:
    """The judged article pages of one page set. In-sample: every MANIFEST article of the real pages,
    judged by its tests/realpages case, else by the HAND table; out-of-sample: the set's cases only."""
    if pages.root is None:
        return []
    expected = {case["path"]: case.get("expected", {}) for _, case in pages.cases}
    if pages.label == IN_SAMPLE:
        with open(pages.root / "MANIFEST.tsv", encoding="utf-8") as handle:
            paths = [r["path"] for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "article"]
    else:
        paths = list(expected)
    cases = []
    for path in paths:
        html = (pages.root / path).read_bytes().decode("utf-8", "replace")
        title = extract_article(Selector(text=html), pages.urls.get(path, ""), SiteRules()).title
        if path in expected:
            exp = expected[path]
            cases.append(Case(path, html, title, exp.get("body_first"), exp.get("body_last"), False, "site table"))
        else:
            first, last = HAND.get(path, (None, None))
            cases.append(Case(path, html, title, first, last, True, "hand"))
    return cases


def fixture_cases() -> list[tuple[str, str, list[str], str | None]]:
    out = []
    for expected_path in sorted((REPO / "tests" / "sites").glob("*/*.json")):
        html_path = expected_path.with_suffix(".html")
        if not html_path.exists() or any(expected_path.parent.glob(f"{expected_path.stem}.*.html")):
            continue  # no page, or an article whose expected body spans further pages
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if expected.get("body"):
            out.append((f"{expected_path.parent.name}/{expected_path.stem}", html_path.read_text(encoding="utf-8"),
                        expected["body"], expected.get("title")))
    return out


def measure(name: str, extract: Callable[[str], list[str]], cases: list[Case],
            fixtures: list[tuple[str, str, list[str], str | None]], rounds: int) -> Score:
    score = Score()
    for case in cases:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            raw = extract(case.html)
            times.append((time.perf_counter() - start) * 1000)
        score.ms.append(statistics.median(times))
        score.residue_in += sum(1 for b in raw if is_residue(b))
        body = pipeline_body(raw, case.title)
        mark = ""
        if not body:
            score.empty += 1
        first_at = last_at = None
        if case.first is not None:
            score.first_n += 1
            if body and same_block(body[0], case.first, case.prefix):
                score.first_ok += 1
                mark += "F"
            first_at = next((i for i, b in enumerate(body) if same_block(b, case.first, case.prefix)), None)
        if case.last is not None:
            score.last_n += 1
            if body and same_block(body[-1], case.last, case.prefix):
                score.last_ok += 1
                mark += "L"
            last_at = next((i for i in range(len(body) - 1, -1, -1) if same_block(body[i], case.last, case.prefix)), None)
        if first_at is not None:
            score.extra_blocks += first_at
        if last_at is not None:
            score.extra_blocks += len(body) - 1 - last_at
        score.marks[case.path] = mark or ("-" if body else "empty")
    for _, html, expected, title in fixtures:
        body = pipeline_body(extract(html), title)
        score.similarity.append(difflib.SequenceMatcher(None, "\n".join(body), "\n".join(expected), autojunk=False).ratio())
    return score


def link_rows(realpages: Path) -> list[tuple[str, int, int, int, int]]:
    """(listing page, same-site links, site-spider article links, heuristic picks, both) per real listing."""
    from urllib.parse import urljoin

    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    from newscrawl.spiders.generic import looks_like_article_path, registrable_domain
    from newscrawl.urls import canonical_url, same_site

    loader = SpiderLoader.from_settings(get_project_settings())
    rows = []
    with open(realpages / "MANIFEST.tsv", encoding="utf-8") as handle:
        listings = [r for r in csv.DictReader(handle, delimiter="\t") if r["kind"] == "listing"]
    for row in listings:
        if row["site"] not in loader.list():
            continue
        spider = loader.load(row["site"])()
        page = Selector(text=(realpages / row["path"]).read_bytes().decode("utf-8", "replace"))
        base = row["original_url"]
        links = dict.fromkeys(canonical_url(urljoin(base, h.strip())) for h in page.css("a::attr(href)").getall()
                              if h.strip() and not h.strip().startswith(("#", "javascript:", "mailto:")))
        links = [u for u in links if same_site(u, [registrable_domain(base)])]
        truth = {u for u in links if spider.is_article_url(u)}
        picked = {u for u in links if looks_like_article_path(u)}
        rows.append((row["path"], len(links), len(truth), len(picked), len(truth & picked)))
    return rows


def pct(ok: int, n: int) -> str:
    return f"{ok}/{n} ({100 * ok / n:.0f}%)" if n else "n/a"


def print_scores(pages: PageSet, cases: list[Case], scores: dict[str, Score], fixtures: int) -> None:
    print(f"### {pages.label}\n\n{pages.describe()}\n")
    if not cases:
        return
    judged_by_site = sum(1 for c in cases if c.source == "site table")
    print(f"{len(cases)} real article pages ({judged_by_site} judged by expectation tables, "
          f"{len(cases) - judged_by_site} by the HAND table)" + (f"; {fixtures} single-page reconstructed fixtures "
                                                              "with full bodies (written while tuning: in-sample)" if fixtures else "") + "\n")
    print("| extractor | first ¶ right | last ¶ right | empty | extra blocks at edges | residue handed to cleaning | "
          "fixture similarity | ms/page median | ms/page mean |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, s in scores.items():
        sim = f"{statistics.mean(s.similarity):.3f}" if s.similarity else "n/a"
        print(f"| {name} | {pct(s.first_ok, s.first_n)} | {pct(s.last_ok, s.last_n)} | {s.empty} | {s.extra_blocks} | "
              f"{s.residue_in} | {sim} | {statistics.median(s.ms):.1f} | {statistics.mean(s.ms):.1f} |")
    print()


def print_marks(cases: list[Case], scores: dict[str, Score]) -> None:
    names = list(scores)
    print("| page | judged by | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for case in cases:
        print(f"| {case.path} | {case.source} | " + " | ".join(scores[n].marks[case.path] for n in names) + " |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per page (median)")
    parser.add_argument("--pages", action="store_true", help="also print the per-page marks")
    parser.add_argument("--unseen", help="folder of out-of-sample pages (default: $NEWSCRAWL_UNSEEN_PAGES)")
    args = parser.parse_args()
    realpages = realpages_dir()
    if realpages is None:
        print("../shared/realpages not found (set NEWSCRAWL_REALPAGES)", file=sys.stderr)
        return 1
    found = candidates()
    if not any(n.startswith("trafilatura") for n in found):
        print("(trafilatura not importable: measured without it)\n")
    results = []
    for pages, fixtures in ((tuned_on_set(realpages), fixture_cases()), (unseen_set(args.unseen), [])):
        cases = real_cases(pages)
        scores = {name: measure(name, fn, cases, fixtures, args.rounds) for name, fn in found.items()} if cases else {}
        print_scores(pages, cases, scores, len(fixtures))
        results.append((pages, cases, scores))
    rows = link_rows(realpages)
    if rows:
        print("Article-link heuristic on the real listing pages of ../shared/realpages (tuned on: in-sample; "
              "truth: the site spider's article_url_pattern)\n")
        print("| listing page | same-site links | site-spider articles | heuristic picks | precision | recall |")
        print("|---|---|---|---|---|---|")
        for path, links, truth, picked, both in rows:
            print(f"| {path} | {links} | {truth} | {picked} | {pct(both, picked)} | {pct(both, truth)} |")
        t = [sum(r[i] for r in rows) for i in range(1, 5)]
        print(f"| **all** | {t[0]} | {t[1]} | {t[2]} | {pct(t[3], t[2])} | {pct(t[3], t[1])} |")
    if args.pages:
        print("\nF = first paragraph right, L = last paragraph right, - = neither, empty = no body")
        for pages, cases, scores in results:
            if cases:
                print(f"\n{pages.label}\n")
                print_marks(cases, scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
