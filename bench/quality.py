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
first/last paragraph equal to the hand-checked one for real pages. Sites with no cases show dashes.
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
from test_realpages import crawl_real_pages, load_cases, manifest_urls  # noqa: E402
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
    xfail: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("pages", "missing", "title", "published", "authors", "body", "residue", "duplicates",
                     "first_ok", "last_ok", "real", "xfail"):
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


def real_tally(spider: str, realpages: Path, as_spider: str | None = None) -> Tally:
    """The site's real pages through its spider, or (as_spider="generic") through the generic spider."""
    tally = Tally()
    cases = [case for s, case in load_cases() if s == spider]
    if not cases:
        return tally
    urls = manifest_urls(str(realpages))
    started = time.perf_counter()
    if as_spider is None:
        result = crawl_real_pages(spider, str(realpages))
    else:
        routes = routes_from_manifest(realpages)
        fetch = []
        for case in cases:
            original = urls[case["path"]]
            if not original.startswith(("http://", "https://")) and case.get("url"):
                routes[case["url"]] = Route((realpages / case["path"]).read_bytes())
            fetch.append(original if original.startswith(("http://", "https://")) else case.get("url"))
        result = crawl_in_process(as_spider, routes, "url=" + ",".join(u for u in fetch if u))
    _timed(tally, started, result, f"{as_spider or spider} real pages of {spider}")
    for case in cases:
        item = _real_item(result, urls[case["path"]], case)
        tally.count_item(item)
        tally.real += 1
        tally.xfail += bool(case.get("xfail"))
        body = (item or {}).get("body") or []
        expected = case.get("expected", {})
        tally.first_ok += bool(body) and body[0] == expected.get("body_first")
        tally.last_ok += bool(body) and body[-1] == expected.get("body_last")
    return tally


def pct(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "–"


def row(name: str, t: Tally) -> str:
    if not t.pages:
        return f"| {name} | 0 | – | – | – | – | – | – | – | – | – |"
    sim = f"{sum(t.similarity) / len(t.similarity):.3f} ({len(t.similarity)})" if t.similarity else "–"
    real = f"{t.first_ok}/{t.real} · {t.last_ok}/{t.real}" if t.real else "–"
    pages = f"{t.pages}" + (f" ({t.missing} missing)" if t.missing else "") + (f", {t.xfail} xfail" if t.xfail else "")
    return (f"| {name} | {pages} | {pct(t.title, t.pages)} | {pct(t.published, t.pages)} | {pct(t.authors, t.pages)} | "
            f"{pct(t.body, t.pages)} | {t.residue} | {t.duplicates} | {sim} | {real} | {t.seconds:.0f}s |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-generic", action="store_true", help="skip the generic spider over the real pages")
    args = parser.parse_args()
    started = time.perf_counter()
    spiders = sorted(SpiderLoader.from_settings(get_project_settings()).list())
    realpages = realpages_dir()
    real_sites = sorted({s for s, _ in load_cases()} & set(spiders)) if realpages else []
    # In-process crawls (tests/inprocess.py), one after another: each is a second or two.
    per_site: dict[str, Tally] = {}
    for site in spiders:
        tally = fixtures_tally(site)
        if site in real_sites:
            tally.add(real_tally(site, realpages))
        per_site[site] = tally
    generic_real = Tally()
    for site in ([] if args.no_generic else real_sites):
        generic_real.add(real_tally(site, realpages, "generic"))

    print(f"Spiders: {len(spiders)}; real pages: {'../shared/realpages' if realpages else 'absent (skipped)'}\n")
    print("| site | pages | title | published_at | authors | body ≥1 ¶ | residue blocks | duplicate blocks | "
          "fixture body similarity (n) | real first · last ¶ | crawl time |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    total = Tally()
    for site in spiders:
        print(row(site, per_site[site]))
        total.add(per_site[site])
    print(row("**all site spiders**", total))
    if not args.no_generic:
        print(row("generic (real pages, no site rules)", generic_real))
    errors = total.errors + generic_real.errors
    for error in errors:
        print(f"\nERROR {error}")
    print(f"\n{total.pages} pages ({total.real} real), {total.missing} without an item; "
          f"ran in {time.perf_counter() - started:.0f}s, in process.")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
