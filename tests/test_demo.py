"""The offline demo: `python -m newscrawl.demo` runs the real `scrapy crawl` for each site with bundled
pages, and writes only the JSONL file it was asked for (or one in a new temporary directory)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SITES_DIR
from newscrawl.demo import DEMO_DAYS, PAGES_DIR, bundled_pages
from newscrawl.demo.__main__ import main


def expected_urls(site: str) -> list[str]:
    # The demo bundles the pages of the site's discovery fixture for the same day.
    spec = json.loads((SITES_DIR / site / "discovery.json").read_text(encoding="utf-8"))
    assert spec["args"][:2] == [f"since={DEMO_DAYS[site]}", f"until={DEMO_DAYS[site]}"]
    return sorted(spec["expect_urls"])


def run_demo(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # TMPDIR points the default output directory into the test's own directory.
    return subprocess.run([sys.executable, "-m", "newscrawl.demo", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=180, env={**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(cwd)})


@pytest.mark.parametrize("site", sorted(DEMO_DAYS))
def test_demo_crawls_each_bundled_site(site: str, tmp_path: Path, validate_line) -> None:
    out = tmp_path / "chosen" / "demo.jsonl"
    run = run_demo(tmp_path, "--site", site, "--out", str(out))
    assert run.returncode == 0, run.stderr[-3000:]
    items = [validate_line(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(item["url"] for item in items) == expected_urls(site)
    assert f"{len(items)} articles written to {out}" in run.stdout
    # Only the file asked for: nothing else in the working directory (the project default output/ included).
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == [Path("chosen"), Path("chosen/demo.jsonl")]


def test_demo_default_output_is_a_new_temporary_directory(tmp_path: Path) -> None:
    run = run_demo(tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    line = next(line for line in run.stdout.splitlines() if " articles written to " in line)
    out = Path(line.split(" articles written to ", 1)[1].rstrip(":"))
    assert out.parent.parent == tmp_path and out.parent.name.startswith("newscrawl-demo-")
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(expected_urls("sindonews"))


def test_site_without_demo_pages_is_refused(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--site", "kompas"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'kompas'" in capsys.readouterr().err


def test_every_demo_site_has_pages_and_every_page_names_its_url() -> None:
    assert sorted(p.name for p in PAGES_DIR.iterdir() if p.is_dir()) == sorted(DEMO_DAYS)
    for site in DEMO_DAYS:
        files = sorted(p for p in (PAGES_DIR / site).iterdir())
        assert sorted(set(bundled_pages(site).values())) == files, site
