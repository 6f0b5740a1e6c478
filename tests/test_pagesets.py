"""The in-sample / out-of-sample split of the benches (tests/pagesets.py, bench/quality.py,
bench/generic_body.py): tuned-on pages are listed, never counted as unseen, and an unseen folder built
here (one page and its hand-written expectation) is measured on its own."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from conftest import REPO
from pagesets import (IN_SAMPLE, OUT_OF_SAMPLE, UNSEEN_ENV, load_case_tables, tuned_on_list, tuned_on_set,
                      unseen_set)

URL = "https://www.kabarcontoh.id/daerah/read/771203/jembatan-gantung-desa-sukamaju-diresmikan"
FIRST = ("Cianjur - Jembatan gantung sepanjang 80 meter yang menghubungkan Desa Sukamaju dan Desa Cibodas "
         "akhirnya diresmikan pada Senin pagi setelah dua tahun dibangun oleh warga bersama pemerintah desa.")
MIDDLE = ("Sebelum jembatan itu berdiri, warga harus menyeberangi sungai dengan rakit bambu yang kerap terbalik "
          "saat air pasang, terutama pada musim hujan antara November dan Maret setiap tahunnya.")
LAST = ("Kepala desa berharap jembatan tersebut dirawat bersama agar bisa dipakai anak-anak sekolah dan para "
        "petani yang membawa hasil panen ke pasar kecamatan setiap pekan.")
TITLE = "Jembatan Gantung Desa Sukamaju Akhirnya Diresmikan"
PAGE = f"""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{TITLE} - Kabar Contoh</title>
<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="Kabar Contoh">
<meta property="article:published_time" content="2024-03-11T09:15:00+07:00"></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>{TITLE}</h1><div class="meta">Senin, 11 Maret 2024 09:15 WIB</div>
<div class="content"><p>{FIRST}</p><p>{MIDDLE}</p><p>{LAST}</p></div></article>
<footer>Hak cipta Kabar Contoh</footer></body></html>"""


def _load_bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _unseen_folder(root: Path, tuned_row: dict[str, str]) -> Path:
    """One new page, plus a copy-by-reference of a tuned-on page (its URL) that must be excluded."""
    (root / "kabarcontoh").mkdir(parents=True)
    (root / "kabarcontoh" / "article-2024-03.html").write_text(PAGE, encoding="utf-8")
    (root / "MANIFEST.tsv").write_text(
        "path\tsite\tkind\toriginal_url\n"
        f"kabarcontoh/article-2024-03.html\tkabarcontoh\tarticle\t{URL}\n"
        f"again/tuned.html\t{tuned_row['spider']}\tarticle\t{tuned_row['original_url']}\n", encoding="utf-8")
    (root / "again").mkdir()
    (root / "again" / "tuned.html").write_text(PAGE, encoding="utf-8")
    (root / "expected").mkdir()
    expected = {"title": TITLE, "published_at": "2024-03-11T09:15:00+07:00", "authors": [],
                "body_first": FIRST, "body_last": LAST}
    (root / "expected" / "kabarcontoh.json").write_text(json.dumps({"spider": "generic", "cases": [
        {"path": "kabarcontoh/article-2024-03.html", "expected": expected, "xfail": None},
        {"path": "again/tuned.html", "expected": expected, "xfail": None}]}), encoding="utf-8")
    return root


@pytest.fixture
def tuned_row() -> dict[str, str]:
    return next(row for row in tuned_on_list() if row["original_url"].startswith("http"))


def test_tuned_on_list_is_exactly_the_real_page_cases() -> None:
    listed = sorted(row["path"] for row in tuned_on_list())
    cases = sorted(case["path"] for _, case in load_case_tables(REPO / "tests" / "realpages"))
    assert listed == cases
    assert len(listed) == 37


def test_no_unseen_folder_means_zero_pages_and_no_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(UNSEEN_ENV, raising=False)
    pages = unseen_set()
    assert pages.label == OUT_OF_SAMPLE and pages.cases == [] and pages.root is None
    assert "0 pages available" in pages.describe() and UNSEEN_ENV in pages.describe()


def test_unseen_folder_keeps_new_pages_and_excludes_tuned_ones(tmp_path: Path, tuned_row: dict[str, str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(UNSEEN_ENV, str(_unseen_folder(tmp_path / "unseen", tuned_row)))
    pages = unseen_set()
    assert [case["path"] for _, case in pages.cases] == ["kabarcontoh/article-2024-03.html"]
    assert pages.excluded == ["again/tuned.html"]
    assert pages.urls["kabarcontoh/article-2024-03.html"] == URL
    assert "1 pages" in pages.describe() and "1 excluded as tuned on" in pages.describe()


def test_generic_body_bench_measures_the_unseen_page_on_its_own(tmp_path: Path, tuned_row: dict[str, str]) -> None:
    bench = _load_bench("generic_body")
    pages = unseen_set(_unseen_folder(tmp_path / "unseen", tuned_row))
    cases = bench.real_cases(pages)
    assert [(c.path, c.source) for c in cases] == [("kabarcontoh/article-2024-03.html", "site table")]
    score = bench.measure("maintext", bench.candidates()["maintext"], cases, [], rounds=1)
    assert (score.first_ok, score.first_n, score.last_ok, score.last_n) == (1, 1, 1, 1)


def test_quality_bench_crawls_the_unseen_page_with_the_generic_spider(tmp_path: Path, tuned_row: dict[str, str],
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    bench = _load_bench("quality")
    pages = unseen_set(_unseen_folder(tmp_path / "unseen", tuned_row))
    total, generic = bench.section(pages, ["detik", "generic"], generic=True, with_fixtures=False)
    out = capsys.readouterr().out
    assert total.pages == 0  # "generic" cases are not a site spider's
    assert (generic.pages, generic.missing, generic.real, generic.first_ok, generic.last_ok) == (1, 0, 1, 1, 1)
    assert (generic.authors_ok, generic.authors_n, generic.title_ok, generic.published_ok) == (1, 1, 1, 1)
    assert OUT_OF_SAMPLE in out and "| generic (real pages, no site rules) | 1 |" in out


def test_tuned_on_set_is_the_37_real_pages_labelled_in_sample() -> None:
    from replay import realpages_dir
    realpages = realpages_dir()
    if realpages is None:
        pytest.skip("../shared/realpages not found (set NEWSCRAWL_SHARED)")
    pages = tuned_on_set(realpages)
    assert pages.label == IN_SAMPLE and len(pages.cases) == 37
    assert all(case["path"] in pages.urls for _, case in pages.cases)
    assert tuned_on_set(None).describe().startswith(f"{IN_SAMPLE}: 0 pages available")
