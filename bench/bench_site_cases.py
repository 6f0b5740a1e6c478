"""Site cases: the real `scrapy crawl` subprocess (the old path) against the in-process path, same run.

    python bench/bench_site_cases.py [--sites sindonews,detik,...]

For each site with cases under tests/sites, crawls its case URLs both ways, interleaved: (a) baseline =
`scrapy crawl <site> -a url=…` through the loopback replay proxy (tests/conftest.run_crawl), (b) the
in-process path of tests/test_sites.py (tests/inprocess.crawl_in_process). Checks that both give the same
items, and prints wall seconds per site and the ratio a/b. The in-process path's one-time import cost is
paid by a warm-up before the timed rounds and printed separately.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from conftest import SITES_DIR, run_crawl  # noqa: E402
from replay import routes_from_fixtures  # noqa: E402
from test_sites import cases, site_case_urls  # noqa: E402


def comparable(lines: list[str]) -> list[dict]:
    return sorted(({k: v for k, v in json.loads(line).items() if k != "crawled_at"} for line in lines),
                  key=lambda item: item["url"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", help="comma-separated; default: every site with cases")
    args = parser.parse_args()
    sites = args.sites.split(",") if args.sites else sorted({site for site, _case in cases()})
    started = time.perf_counter()
    from inprocess import crawl_in_process  # the import of Scrapy and the spiders, once

    routes0 = routes_from_fixtures(SITES_DIR / sites[0])
    crawl_in_process(sites[0], routes0, f"url={','.join(site_case_urls(sites[0]))}")
    print(f"in-process warm-up (imports + first crawl): {time.perf_counter() - started:.2f} s")
    total_a = total_b = 0.0
    with tempfile.TemporaryDirectory(prefix="bench-site-cases-") as scratch:
        for site in sites:
            routes = routes_from_fixtures(SITES_DIR / site)
            url_arg = f"url={','.join(site_case_urls(site))}"
            t0 = time.perf_counter()
            real = run_crawl(site, routes, Path(scratch) / site, url_arg)
            t1 = time.perf_counter()
            in_process = crawl_in_process(site, routes, url_arg)
            t2 = time.perf_counter()
            same = real.returncode == 0 and comparable(real.raw_lines) == comparable(in_process.raw_lines)
            total_a, total_b = total_a + t1 - t0, total_b + t2 - t1
            print(f"{site:14} subprocess {t1 - t0:6.2f} s   in-process {t2 - t1:6.3f} s   "
                  f"ratio {(t1 - t0) / (t2 - t1):6.1f}x   same items: {same}")
    print(f"{'total':14} subprocess {total_a:6.2f} s   in-process {total_b:6.3f} s   ratio {total_a / total_b:6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
