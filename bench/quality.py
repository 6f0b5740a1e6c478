"""Output quality per site, measured by running the REAL spiders over every saved page we have.

    python bench/quality.py [--jobs 6] [--no-generic]

For each site: its reconstructed fixtures (tests/sites/<site>/<case>.json beside <case>.html) are crawled
in one `scrapy crawl <site> -a url=…` through the loopback replay proxy, and its real pages
(tests/realpages/<site>.json over ../shared/realpages) in another — the very crawls of tests/test_sites.py
and tests/test_realpages.py (their helpers are imported, not copied). Row "generic (real pages)" runs the
generic spider over the same real pages, with no site rules, for comparison.

Columns: pages (cases; "missing" = no item came out for a case), field coverage over the pages (title,
published_at, authors, body with at least one paragraph), residue blocks left in the emitted bodies
(newscrawl.cleaning.is_residue), duplicate blocks (same block_key twice in a body, or the title repeated),
body similarity to the expected body for fixtures (difflib ratio over the joined paragraphs, mean), and
first/last paragraph equal to the hand-checked one for real pages, and "real title · published_at · authors
right" (the item's value equal to the hand-checked one; authors as a list, an empty list included:
coverage alone rewards wrong values).
Sites with no cases show dashes.

Two tables, never pooled (issue 8). "tuned on (in-sample)": the reconstructed fixtures and the 37 real
pages of ../shared/realpages (listed in tests/realpages/TUNED_ON.tsv); the code was written and adjusted
while looking at all of them. "not tuned on (out-of-sample)": the pages of the folder named by
$NEWSCRAWL_UNSEEN_PAGES (or --unseen): MANIFEST.tsv with each page's URL, expected/<site>.json with
hand-checked truth in the format of tests/realpages/<site>.json ("spider": "generic" when no site spider
exists); layout and how to add a page in tests/pagesets.py. Each case goes through its site spider (when
there is one) and through the generic spider. Without the folder, the second table states that 0
out-of-sample pages were available and gives no figure.
Needs the dev requirements (pytest) for the shared rig; real pages are skipped when ../shared/realpages
is absent.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from scrapy.spiderloader import SpiderLoader  # noqa: E402
from scrapy.utils.project import get_project_settings  # noqa: E402

from conftest import SITES_DIR  # noqa: E402
from inprocess import InProcessResult, crawl_in_process  # noqa: E402  (the test rig: the real spider and pipelines in process)
from newscrawl.cleaning import block_key, is_residue  # noqa: E402
from replay import Route, realpages_dir, routes_from_manifest  # noqa: E402
from pagesets import PageSet, tuned_on_set, unseen_set  # noqa: E402
from test_sites import cases as fixture_cases, crawl_site  # noqa: E402


@dataclass
class Tally:
    pages: int = 0
    missing: int = 0
    title: int = 0
    published: int = 0
    authors: int = 0
    body: int = 0
    residue: int = 0
    duplicates: int = 0
    similarity: list[float] = field(default_factory=list)
    first_ok: int = 0
    last_ok: int = 0
    real: int = 0
    authors_ok: int = 0  # real pages whose authors equal the hand-checked list (an empty list included)
    authors_n: int = 0
    title_ok: int = 0  # real pages whose title / published_at equal the hand-checked value
    title_n: int = 0
    published_ok: int = 0
    published_n: int = 0
    xfail: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("pages", "missing", "title", "published", "authors", "body", "residue", "duplicates",
                     "first_ok", "last_ok", "real", "authors_ok", "authors_n", "title_ok", "title_n", "published_ok",
                     "published_n", "xfail"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.similarity += other.similarity
        self.seconds += other.seconds
        self.errors += other.errors

    def count_item(self, item: dict[str, Any] | None) -> None:
        self.pages += 1
        if item is None:
            self.missing += 1
            return
        body = item.get("body") or []
        self.title += bool(item.get("title"))
        self.published += bool(item.get("published_at"))
        self.authors += bool(item.get("authors"))
        self.body += bool(body)
        self.residue += sum(1 for block in body if is_residue(block))
        keys = [block_key(block) for block in body]
        self.duplicates += len(keys) - len(set(keys)) + (block_key(item.get("title") or "") in set(keys))


def _timed(tally: Tally, started: float, result: InProcessResult, label: str) -> None:
    tally.seconds += time.perf_counter() - started
    if not result.items:
        tally.errors.append(f"{label}: no item; fetched {result.fetched[:5]!r}")


def fixtures_tally(site: str) -> Tally:
    tally = Tally()
    names = [case for s, case in fixture_cases() if s == site]
    if not names:
        return tally
    started = time.perf_counter()
    result = crawl_site(site)
    _timed(tally, started, result, f"{site} fixtures")
    by_url = {item["url"]: item for item in result.items}
    for name in names:
        expected = json.loads((SITES_DIR / site / f"{name}.json").read_text(encoding="utf-8"))
        item = by_url.get(expected.get("url"))
        tally.count_item(item)
        if expected.get("body"):
            actual = "\n".join((item or {}).get("body") or [])
            tally.similarity.append(difflib.SequenceMatcher(None, actual, "\n".join(expected["body"]), autojunk=False).ratio())
    return tally


def _real_item(result: InProcessResult, original_url: str, case: dict) -> dict[str, Any] | None:
    """The item of one real page: found by the fetched URL's path, or the case's own URL (as test_realpages)."""
    fetched = (original_url if "://" in original_url else case.get("url", "")).split("://", 1)[-1].rstrip("/")
    found = [i for i in result.items if i["url"].split("://", 1)[1].rstrip("/") == fetched
             or (case.get("url") and i["url"] == case["url"])]
    return found[0] if len(found) == 1 else None


def real_tally(spider: str, pages: PageSet, as_spider: str | None = None) -> Tally:
    """The cases of `spider` in a page set through that spider, or (as_spider="generic") the generic spider."""
    tally = Tally()
    cases = [case for s, case in pages.cases if s == spider]
    if not cases or pages.root is None:
        return tally
    routes = routes_from_manifest(pages.root)
    fetch = []
    for case in cases:  # as tests/test_realpages.py: a page without an http(s) URL is served at its case's "url"
        original = pages.urls.get(case["path"], "")
        if not original.startswith(("http://", "https://")) and case.get("url"):
            routes[case["url"]] = Route((pages.root / case["path"]).read_bytes())
        fetch.append(original if original.startswith(("http://", "https://")) else case.get("url"))
    started = time.perf_counter()
    result = crawl_in_process(as_spider or spider, routes, "url=" + ",".join(u for u in fetch if u))
    _timed(tally, started, result, f"{as_spider or spider} on {pages.label} pages of {spider}")
    for case in cases:
        item = _real_item(result, pages.urls.get(case["path"], ""), case)
        tally.count_item(item)
        tally.real += 1
        tally.xfail += bool(case.get("xfail"))
        body = (item or {}).get("body") or []
        expected = case.get("expected", {})
        tally.first_ok += bool(body) and body[0] == expected.get("body_first")
        tally.last_ok += bool(body) and body[-1] == expected.get("body_last")
        for name, key in (("authors", "authors"), ("title", "title"), ("published", "published_at")):
            if key in expected:
                setattr(tally, f"{name}_n", getattr(tally, f"{name}_n") + 1)
                setattr(tally, f"{name}_ok", getattr(tally, f"{name}_ok") + ((item or {}).get(key, [] if key == "authors" else None) == expected[key]))
    return tally


def pct(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "–"


def row(name: str, t: Tally) -> str:
    if not t.pages:
        return f"| {name} | 0 |" + " – |" * 10
    sim = f"{sum(t.similarity) / len(t.similarity):.3f} ({len(t.similarity)})" if t.similarity else "–"
    real = f"{t.first_ok}/{t.real} · {t.last_ok}/{t.real}" if t.real else "–"
    right = [f"{ok}/{n}" if n else "–" for ok, n in ((t.title_ok, t.title_n), (t.published_ok, t.published_n),
                                                        (t.authors_ok, t.authors_n))]
    pages = f"{t.pages}" + (f" ({t.missing} missing)" if t.missing else "") + (f", {t.xfail} xfail" if t.xfail else "")
    return (f"| {name} | {pages} | {pct(t.title, t.pages)} | {pct(t.published, t.pages)} | {pct(t.authors, t.pages)} | "
            f"{' · '.join(right)} | {pct(t.body, t.pages)} | {t.residue} | {t.duplicates} | {sim} | {real} | {t.seconds:.0f}s |")


HEADER = ("| site | pages | title | published_at | authors | real title · published_at · authors right | body ≥1 ¶ | "
          "residue blocks | duplicate blocks | fixture body similarity (n) | real first · last ¶ | crawl time |\n"
          "|---|---|---|---|---|---|---|---|---|---|---|---|")


def section(pages: PageSet, spiders: list[str], generic: bool, with_fixtures: bool) -> tuple[Tally, Tally]:
    """Print one table: per site spider (its fixtures when with_fixtures, and its cases of `pages`), the sum,
    and the generic spider over every case of `pages`. Returns (site spiders total, generic total)."""
    print(f"### {pages.label}\n\n{pages.describe()}" + ("; with the reconstructed fixtures of tests/sites "
                                                          "(written while tuning too)" if with_fixtures else "") + "\n")
    total, generic_real = Tally(), Tally()
    case_spiders = sorted({s for s, _ in pages.cases})
    if not with_fixtures and not pages.cases:
        return total, generic_real
    print(HEADER)
    for site in spiders:
        tally = fixtures_tally(site) if with_fixtures else Tally()
        if site in case_spiders and site != "generic":
            tally.add(real_tally(site, pages))
        if tally.pages:  # catalogue outlets have no tests/sites cases (their truths: tests/test_outlets.py)
            print(row(site, tally))
        total.add(tally)
    print(row("**all site spiders**", total))
    if generic:
        for site in case_spiders:
            generic_real.add(real_tally(site, pages, "generic"))
        print(row("generic (real pages, no site rules)", generic_real))
    print()
    return total, generic_real


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-generic", action="store_true", help="skip the generic spider over the real pages")
    parser.add_argument("--unseen", help="folder of out-of-sample pages (default: $NEWSCRAWL_UNSEEN_PAGES)")
    args = parser.parse_args()
    started = time.perf_counter()
    spiders = sorted(SpiderLoader.from_settings(get_project_settings()).list())
    realpages = realpages_dir()
    print(f"Spiders: {len(spiders)}; real pages: {'../shared/realpages' if realpages else 'absent (skipped)'}\n")
    # In-process crawls (tests/inprocess.py), one after another: each is a second or two.
    errors: list[str] = []
    summary = []
    for pages, with_fixtures in ((tuned_on_set(realpages), True), (unseen_set(args.unseen), False)):
        total, generic_real = section(pages, spiders, not args.no_generic, with_fixtures)
        errors += total.errors + generic_real.errors
        summary.append(f"{pages.label}: {total.pages} pages through site spiders ({total.real} real), "
                       f"{total.missing + generic_real.missing} without an item")
    for error in errors:
        print(f"ERROR {error}\n")
    print("; ".join(summary) + f"; ran in {time.perf_counter() - started:.0f}s, in process.")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
