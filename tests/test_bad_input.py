"""Bad input through the real crawl: no crash; a warning and a stat; item kept with null or dropped."""
from __future__ import annotations

import pytest

from conftest import run_crawl
from replay import Route

BASE = "https://nasional.sindonews.com/read/{id}/12/berita-uji-{id}-1718845200"


def page(title: str = "Judul Berita Uji", date: str = "", body: str = "", head: str = "", charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="{charset}"><title>{title} - SINDOnews</title>{head}</head>
<body><h1 class="detail-title">{title}</h1><div class="detail-date-artikel">{date}</div>
<div id="detail-desc" class="detail-desc">{body}</div></body></html>"""


BODY = "JAKARTA - Paragraf pertama berita uji ini cukup panjang.<br><br>Paragraf kedua menutup berita."
CASES = {
    "no_date": page(body=BODY),
    "unparsable_date": page(date="Segera hadir", body=BODY,
                            head='<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"kemarin sore"}</script>'),
    "empty_body": page(date="Rabu, 19 Juni 2024 - 20:40 WIB", body="  <br><br> "),
    "no_title": page(title="", date="Rabu, 19 Juni 2024 - 20:40 WIB", body=BODY),
    "broken_html": ('<html><head><title>Rusak</title><body><h1 class="detail-title">Halaman <b>Rusak'
                    '<div class="detail-date-artikel">Rabu, 19 Juni 2024 - 20:40 WIB<div id="detail-desc">'
                    'Paragraf <i>tanpa penutup<br><br>Paragraf kedua &amp; &nbsp; <p>lagi <table><tr><td>sel'),
}
IDS = {name: str(1000 + n) for n, name in enumerate([*CASES, "cp1252", "not_found", "json_ld_broken"])}


@pytest.fixture(scope="module")
def bad_crawl(tmp_path_factory):
    routes = {BASE.format(id=IDS[name]): Route(body=html.encode("utf-8")) for name, html in CASES.items()}
    cp1252 = page(title="Kopi “Arabika” Naik – Café Senang", date="Rabu, 19 Juni 2024 - 20:40 WIB",
                  body="Harga kopi di café naik 5% “hari ini” – kata pedagang.", charset="windows-1252")
    routes[BASE.format(id=IDS["cp1252"])] = Route(body=cp1252.encode("cp1252"),
                                                  headers={"Content-Type": "text/html; charset=windows-1252"})
    routes[BASE.format(id=IDS["not_found"])] = Route(body=b"<html><body>Halaman tidak ditemukan</body></html>", status=404)
    routes[BASE.format(id=IDS["json_ld_broken"])] = Route(body=page(
        date="Rabu, 19 Juni 2024 - 20:40 WIB", body=BODY,
        head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",,, </script>').encode())
    urls = ",".join(BASE.format(id=i) for i in IDS.values())
    return run_crawl("sindonews", routes, tmp_path_factory.mktemp("bad"), f"url={urls}")


def by_id(result, name: str):
    matches = [i for i in result.items if i["id"] == IDS[name]]
    return matches[0] if matches else None


def test_crawl_survives(bad_crawl):
    assert bad_crawl.returncode == 0, bad_crawl.log[-3000:]
    assert "Traceback" not in bad_crawl.log, bad_crawl.log[-5000:]
    assert not any(k.startswith("spider_exceptions") for k in bad_crawl.stats), bad_crawl.stats


def test_missing_date_is_null_and_counted(bad_crawl):
    item = by_id(bad_crawl, "no_date")
    assert item is not None and item["published_at"] is None
    assert bad_crawl.stats["newscrawl/dates/published_at/missing"] >= 1


def test_unparsable_date_is_null_with_warning_naming_url_and_text(bad_crawl):
    item = by_id(bad_crawl, "unparsable_date")
    assert item is not None and item["published_at"] is None
    assert bad_crawl.stats["newscrawl/dates/published_at/unparsed"] == 1
    warning = [line for line in bad_crawl.log.splitlines() if "WARNING" in line and "Unparsable published_at" in line]
    assert warning and "Segera hadir" in warning[0] and BASE.format(id=IDS["unparsable_date"]) in warning[0]


def test_empty_body_and_missing_title_are_dropped_with_reason(bad_crawl):
    assert by_id(bad_crawl, "empty_body") is None
    assert by_id(bad_crawl, "no_title") is None
    assert bad_crawl.stats["newscrawl/dropped/no_body"] == 1
    assert bad_crawl.stats["newscrawl/dropped/no_title"] == 1


def test_broken_html_still_yields_an_item(bad_crawl):
    item = by_id(bad_crawl, "broken_html")
    assert item is not None
    assert item["title"].startswith("Halaman")
    assert item["body"] and item["body"][0].startswith("Paragraf")


def test_windows_1252_page_is_decoded(bad_crawl):
    item = by_id(bad_crawl, "cp1252")
    assert item["title"] == "Kopi “Arabika” Naik – Café Senang"
    assert item["body"] == ["Harga kopi di café naik 5% “hari ini” – kata pedagang."]


def test_404_article_is_counted_not_emitted(bad_crawl):
    assert by_id(bad_crawl, "not_found") is None
    assert bad_crawl.stats["downloader/response_status_count/404"] >= 1


def test_broken_json_ld_falls_back_to_dom(bad_crawl):
    item = by_id(bad_crawl, "json_ld_broken")
    assert item["published_at"] == "2024-06-19T20:40:00+07:00"
    assert item["title"] == "Judul Berita Uji"
