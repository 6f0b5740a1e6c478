"""Real pages split into the ones the code was tuned on and the ones it was not (issue 8).

In-sample ("tuned on"): the saved pages of ../shared/realpages with their hand-checked expectations in
tests/realpages/<site>.json. Every one of them is listed in tests/realpages/TUNED_ON.tsv (37 pages):
the extraction rules were written and adjusted while looking at them, so figures measured on them
overstate how the code does on pages it has never seen.

Out-of-sample ("not tuned on"): a folder named by $NEWSCRAWL_UNSEEN_PAGES, laid out like
../shared/realpages, that nobody has tuned the code on:

    $NEWSCRAWL_UNSEEN_PAGES/
      MANIFEST.tsv          tab-separated, header row; columns path, site, kind, original_url (others ignored)
      <site>/<file>.html    the saved page, byte for byte as served
      expected/<site>.json  hand-checked truth, the format of tests/realpages/<site>.json:
                            {"spider": "<site spider, or generic>", "cases": [{"path": "<site>/<file>.html",
                              "expected": {"title": …, "published_at": …, "authors": […],
                                           "body_first": …, "body_last": …},
                              "xfail": null, "url": "<only when MANIFEST has no http(s) URL>"}]}

To add a page: save it under <site>/, add its MANIFEST row (the URL it was fetched from), read the page
and write its expected values by hand (not from the crawler's output), and do not change extraction
code because of it: once code is tuned on a page, move the page and its case to ../shared/realpages,
tests/realpages/<site>.json and TUNED_ON.tsv. A page of the folder whose path or URL is in TUNED_ON.tsv
is never counted as out-of-sample (it is reported as excluded).
"""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TUNED_ON_CASES = REPO / "tests" / "realpages"
TUNED_ON_LIST = TUNED_ON_CASES / "TUNED_ON.tsv"
UNSEEN_ENV = "NEWSCRAWL_UNSEEN_PAGES"
IN_SAMPLE = "tuned on (in-sample)"
OUT_OF_SAMPLE = "not tuned on (out-of-sample)"


@dataclass
class PageSet:
    label: str
    root: Path | None  # folder of the saved pages and MANIFEST.tsv; None = no pages available
    cases: list[tuple[str, dict]] = field(default_factory=list)  # (spider, case) as in tests/realpages/*.json
    urls: dict[str, str] = field(default_factory=dict)  # MANIFEST path -> original_url
    excluded: list[str] = field(default_factory=list)  # paths dropped because they are tuned on
    why_empty: str = ""

    def describe(self) -> str:
        """One honest line: which pages these are, or why there are none."""
        if not self.cases:
            return f"{self.label}: 0 pages available ({self.why_empty or 'no cases'}); no figure is given."
        line = f"{self.label}: {len(self.cases)} pages from {self.root}"
        if self.excluded:
            line += f"; {len(self.excluded)} excluded as tuned on ({', '.join(self.excluded)})"
        return line


def _tsv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def manifest_urls(root: Path) -> dict[str, str]:
    return {row["path"]: (row.get("original_url") or "").strip() for row in _tsv_rows(root / "MANIFEST.tsv")}


def load_case_tables(directory: Path) -> list[tuple[str, dict]]:
    cases = []
    for path in sorted(directory.glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        cases += [(table["spider"], case) for case in table["cases"]]
    return cases


def tuned_on_list() -> list[dict[str, str]]:
    """Rows (path, spider, original_url) of tests/realpages/TUNED_ON.tsv."""
    return _tsv_rows(TUNED_ON_LIST)


def _url_key(url: str) -> str:
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/").lower()


def tuned_on_set(realpages: Path | None) -> PageSet:
    if realpages is None:
        return PageSet(IN_SAMPLE, None, why_empty="../shared/realpages not found (set NEWSCRAWL_SHARED)")
    return PageSet(IN_SAMPLE, realpages, load_case_tables(TUNED_ON_CASES), manifest_urls(realpages))


def unseen_set(folder: str | os.PathLike[str] | None = None) -> PageSet:
    """The out-of-sample pages of `folder` (default: $NEWSCRAWL_UNSEEN_PAGES), minus any tuned-on page."""
    folder = folder if folder is not None else os.environ.get(UNSEEN_ENV) or None
    if folder is None:
        return PageSet(OUT_OF_SAMPLE, None, why_empty=f"${UNSEEN_ENV} is not set")
    root = Path(folder)
    if not (root / "MANIFEST.tsv").is_file():
        return PageSet(OUT_OF_SAMPLE, None, why_empty=f"{root}/MANIFEST.tsv not found")
    urls = manifest_urls(root)
    tuned = tuned_on_list()
    tuned_paths = {row["path"] for row in tuned}
    tuned_urls = {_url_key(row["original_url"]) for row in tuned if "://" in row["original_url"]}
    kept, excluded = [], []
    for spider, case in load_case_tables(root / "expected"):
        url = urls.get(case["path"], "")
        if case["path"] not in urls:
            raise ValueError(f"{root}: expected case {case['path']} has no MANIFEST.tsv row")
        if case["path"] in tuned_paths or _url_key(url) in tuned_urls or _url_key(case.get("url") or "") in tuned_urls:
            excluded.append(case["path"])
        else:
            kept.append((spider, case))
    why = "" if kept else f"no case in {root}/expected/*.json that is not tuned on"
    return PageSet(OUT_OF_SAMPLE, root, kept, urls, excluded, why)
