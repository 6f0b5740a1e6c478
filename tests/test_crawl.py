"""End to end: the real `scrapy crawl sindonews` in a subprocess against loopback pages (one of the
few real crawls the suite keeps; per-page extraction runs in process, see test_sites.py).

listing → articles → pagination → pipelines → JSONL, every line schema-valid.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, SITES_DIR, run_crawl
from inprocess import crawl_in_process
from replay import ReplayProxy, routes_from_fixtures

SEED_URL = ("https://international.sindonews.com/read/1402233/40/"
            "putin-dan-kim-jong-un-tandatangani-pakta-pertahanan-berikut-5-konsekuensinya-1718804400")
BERAS_URL = "https://ekbis.sindonews.com/read/1458920/34/harga-beras-medium-turun-di-pasar-induk-cipinang-1718845200"
KALAM_URL = "https://kalam.sindonews.com/read/1458931/69/tiga-amalan-sunnah-di-bulan-dzulhijjah-1718856000"


@pytest.fixture(scope="module")
def listing_crawl(tmp_path_factory):
    return run_crawl("sindonews", routes_from_fixtures(SITES_DIR / "sindonews"),
                     tmp_path_factory.mktemp("e2e"), "since=2024-06-19", "until=2024-06-19")



def test_listing_to_jsonl(listing_crawl, validate_line):
    result = listing_crawl
    assert result.returncode == 0, result.log[-3000:]
    # The 19 June listing also shows BERAS (published the 20th) and KALAM (the 21st): fetched,
    # extracted, and dropped as outside the window.
    assert len(result.raw_lines) == 1, result.log[-3000:]
    items = [validate_line(line) for line in result.raw_lines]
    assert [i["url"] for i in items] == [SEED_URL]
    assert all(i["site"] == "sindonews" and i["language"] == "id" for i in items)
    assert result.stats["newscrawl/dropped/outside_window"] == 2


def test_seed_article_is_one_clean_item(listing_crawl):
    seed = listing_crawl.item(SEED_URL)
    assert seed["id"] == "1402233"
    assert seed["title"] == "Putin dan Kim Jong-un Tandatangani Pakta Pertahanan, Berikut 5 Konsekuensinya"
    assert seed["published_at"] == "2024-06-19T20:40:00+07:00"
    assert [p.split(" ", 1)[0] for p in seed["body"]] == [
        "PYONGYANG", "Kim", "Kim", "“Perjanjian", "Kunjungan", "Reaksi", "1."]
    assert seed["body"][-1] == "1. Bantuan Timbal Balik Jika Salah Satu Pihak Diserang"


def test_each_page_fetched_once_and_show_all_preferred(listing_crawl):
    result = listing_crawl
    for url in (SEED_URL, SEED_URL + "/5", BERAS_URL, BERAS_URL + "?showpage=all", KALAM_URL,
                "https://www.sindonews.com/indeks/0/0?t=2024-06-19", "https://www.sindonews.com/indeks/0/20?t=2024-06-19"):
        assert result.fetched(url) == 1, (url, result.hits)
    # The "show all" view replaces page-by-page fetching; topic pages are not articles.
    assert result.fetched(BERAS_URL + "/3") == 0
    assert result.fetched("https://www.sindonews.com/topic/1016/korea-utara") == 0


def test_pipeline_stats_are_counted(listing_crawl):
    stats = listing_crawl.stats
    assert stats["newscrawl/items/valid"] == 3
    assert stats["newscrawl/body/residue_blocks_removed"] >= 4  # Foto/AP ×2, Lihat Juga ×2, komentar
    assert stats["newscrawl/body/duplicate_blocks_removed"] >= 6
    assert stats["newscrawl/dates/published_at/parsed"] == 3
    assert stats["item_scraped_count"] == 1  # the other two are outside the window


def test_url_argument_accepts_http_and_several_urls():
    # The spider argument alone is under test: in process (tests/inprocess.py) is enough.
    http_seed = SEED_URL.replace("https://", "http://")
    result = crawl_in_process("sindonews", routes_from_fixtures(SITES_DIR / "sindonews"),
                              f"url={http_seed},{KALAM_URL},{BERAS_URL}")
    # Explicit URLs are emitted whatever their date (no window filter): KALAM and BERAS are not of today.
    assert sorted(i["url"] for i in result.items) == sorted([SEED_URL, KALAM_URL, BERAS_URL])
    assert result.fetched[0] == http_seed  # fetched as given; the item carries the canonical URL
    beras = result.item(BERAS_URL)  # a multi-page article, stitched from its "show all" view
    assert beras["body"][-1].startswith("Badan Pangan Nasional")
    assert len(beras["body"]) == 5


def scrapy_crawl(workdir: Path, *args: str, routes: Any = None) -> subprocess.CompletedProcess:
    """`scrapy crawl sindonews ARGS` with the project's default feed pointed into workdir."""
    default_feed = str(workdir / "default" / "%(name)s" / "%(time)s.jsonl")
    with ReplayProxy(routes or routes_from_fixtures(SITES_DIR / "sindonews")) as proxy:
        return subprocess.run([sys.executable, "-m", "scrapy", "crawl", "sindonews", *args,
                               "-s", f"NEWSCRAWL_DEFAULT_FEED={default_feed}", "-s", "LOG_LEVEL=WARNING"],
                              cwd=REPO, env={**os.environ, **proxy.env()}, capture_output=True, text=True,
                              timeout=120)


def test_default_feed_writes_jsonl_when_no_output_is_given(tmp_path):
    """Without -o/-O, a crawl writes JSONL to NEWSCRAWL_DEFAULT_FEED (here pointed into tmp_path)."""
    process = scrapy_crawl(tmp_path, "-a", f"url={KALAM_URL}")
    assert process.returncode == 0, process.stderr[-3000:]
    files = list((tmp_path / "default" / "sindonews").glob("*.jsonl"))
    assert len(files) == 1
    line = files[0].read_text(encoding="utf-8").strip()
    assert json.loads(line)["url"] == KALAM_URL
    assert "Wallahu a'lam." in line and "\\u" not in line


@pytest.mark.parametrize("option", ["-O", "-o"])
def test_command_line_output_replaces_the_default_feed(tmp_path, option):
    """-o/-O write only the file given: Scrapy would merge a project FEEDS into them."""
    out = tmp_path / "mine.jsonl"
    process = scrapy_crawl(tmp_path, "-a", f"url={KALAM_URL}", option, str(out))
    assert process.returncode == 0, process.stderr[-3000:]
    assert [json.loads(line)["url"] for line in out.read_text(encoding="utf-8").splitlines()] == [KALAM_URL]
    assert not (tmp_path / "default").exists()


def test_run_without_items_leaves_no_empty_feed_file(tmp_path):
    """A crawl that emitted nothing (here: the page is a 404) writes no 0-byte file."""
    process = scrapy_crawl(tmp_path, "-a", "url=https://international.sindonews.com/read/1/40/gone")
    assert process.returncode == 0, process.stderr[-3000:]
    assert not (tmp_path / "default").exists()
