"""Every real saved article page (../shared/realpages, MANIFEST kind 'article') through its spider.

Expected values are hand-checked against each page and kept per site in tests/realpages/<site>.json:

    {"spider": "detik", "cases": [{"path": "detik/article-news-….html",
      "expected": {"title": …, "published_at": …, "authors": […], "body_first": …, "body_last": …},
      "xfail": null | "why this old template cannot yield the field"}]}

Each site's pages are fetched by their original URLs in one in-process crawl (tests/inprocess.py). A page
that MANIFEST lists without a URL ("(not in page; …)") is served and fetched at its case's "url".
Besides the listed fields, no body block may be residue or a duplicate.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import REPO
from inprocess import InProcessResult, crawl_in_process
from newscrawl.cleaning import block_key, is_residue
from replay import Route, routes_from_manifest

CASES_DIR = REPO / "tests" / "realpages"


def load_cases() -> list[tuple[str, dict]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        cases += [(table["spider"], case) for case in table["cases"]]
    return cases


@lru_cache(maxsize=None)
def manifest_urls(realpages: str) -> dict[str, str]:
    with open(Path(realpages) / "MANIFEST.tsv", encoding="utf-8") as handle:
        return {row["path"]: row["original_url"] for row in csv.DictReader(handle, delimiter="\t")}


def real_page_routes(realpages: str, cases: list[dict]) -> tuple[dict[str, Route], dict[str, str]]:
    """Routes serving every real page, and the URL each case is fetched at (by case path). A page that
    MANIFEST lists without a URL is served at its case's "url"."""
    urls = manifest_urls(realpages)
    routes = routes_from_manifest(Path(realpages))
    fetch = {}
    for case in cases:
        original = urls[case["path"]]
        if original.startswith(("http://", "https://")):
            fetch[case["path"]] = original
        elif case.get("url"):
            routes[case["url"]] = Route((Path(realpages) / case["path"]).read_bytes())
            fetch[case["path"]] = case["url"]
    return routes, fetch


@lru_cache(maxsize=None)
def crawl_real_pages(spider: str, realpages: str) -> InProcessResult:
    routes, fetch = real_page_routes(realpages, [case for s, case in load_cases() if s == spider])
    return crawl_in_process(spider, routes, "url=" + ",".join(fetch.values()))


def items_for_case(result: InProcessResult, case: dict, realpages: str) -> list[dict]:
    """The items of a crawl that come from the case's page: the item's URL is the page's canonical
    one, found by the fetched URL's id or path."""
    original_url = manifest_urls(realpages)[case["path"]]
    fetched_key = (original_url if "://" in original_url else case.get("url", "")).split("://", 1)[-1].rstrip("/")
    return [i for i in result.items
            if i["url"].split("://", 1)[1].rstrip("/") == fetched_key
            or (case.get("url") and i["url"] == case["url"])]


def params():
    out = []
    for spider, case in load_cases():
        marks = [pytest.mark.xdist_group(f"real-{spider}")]
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
        out.append(pytest.param(spider, case, marks=marks, id=case["path"]))
    return out


@pytest.mark.parametrize(("spider", "case"), params())
def test_real_article(spider: str, case: dict, realpages: Path, validate_line) -> None:
    result = crawl_real_pages(spider, str(realpages))
    original_url = manifest_urls(str(realpages))[case["path"]]
    candidates = items_for_case(result, case, str(realpages))
    assert len(candidates) == 1, (
        f"no single item for {original_url}; items: {[i['url'] for i in result.items]}\nfetched: {result.fetched}")
    item = candidates[0]
    validate_line(json.dumps(item, ensure_ascii=False))
    expected = case["expected"]
    actual = {
        **{k: item.get(k) for k in expected if k in item},
        "body_first": item["body"][0] if item["body"] else None,
        "body_last": item["body"][-1] if item["body"] else None,
    }
    mismatches = [f"{k}:\n  expected {v!r}\n  actual   {actual.get(k)!r}" for k, v in expected.items() if actual.get(k) != v]
    assert not mismatches, f"{case['path']}:\n" + "\n".join(mismatches)
    residue = [b for b in item["body"] if is_residue(b)]
    assert not residue, f"residue blocks left: {residue}"
    keys = [block_key(b) for b in item["body"]]
    assert len(keys) == len(set(keys)), "duplicate blocks left"
    assert block_key(item["title"]) not in keys, "title repeated in body"
