"""Outage notices served with 200 are failed requests (the site's fault), never articles, never recorded as emitted.

h128 probe: for one cron run every sindonews article URL answered 200 with "Situs Sedang Dalam Pemeliharaan" and two
short paragraphs ("Mohon maaf, SINDOnews.com sedang melakukan pemeliharaan sistem …"), no date, no byline. That run
emitted six items titled "Pemeliharaan" under the real stories' ids, the store recorded them as emitted, and the
stories only came as "updates" at their recheck. ``outage.site_outage`` is a table here (the probe's page and the
common forms, reconstructed; and stories ABOUT maintenance, which stay articles); then the real spider and cron."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, completed_items, run_cron, run_crawl
from newscrawl.fields.outlet import outlet_labels
from newscrawl.outage import site_outage
from replay import Route, realpages_dir
from synthetic_site import article_html, article_url, site_routes

# The probe's page, as sindonews served it in every article's place (h128, reconstructed).
SINDO_MAINTENANCE = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Pemeliharaan - SINDOnews</title></head><body>'
    '<div class="container"><img src="/logo.png" alt="SINDOnews"><h1>Situs Sedang Dalam Pemeliharaan</h1><p>Mohon '
    'maaf, SINDOnews.com sedang melakukan pemeliharaan sistem untuk meningkatkan layanan. Silakan kembali beberapa '
    'saat lagi.</p><p>Terima kasih atas pengertian Anda.</p></div></body></html>')
NGINX_503_AS_200 = ("<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 "
                    "Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>")
# A maintenance-mode plugin's page (WordPress), its styles inline.
WP_MAINTENANCE = ("<!DOCTYPE html><html><head><title>Kabar Kota &#8211; Maintenance Mode</title><style>body{text-align:"
                  "center;padding:150px}</style></head><body><article><h1>We&rsquo;ll be back soon!</h1><div><p>Sorry "
                  "for the inconvenience but we&rsquo;re performing some maintenance at the moment. We&rsquo;ll be "
                  "back online shortly!</p><p>&mdash; The Team</p></div></article></body></html>")
WP_DB_ERROR = ("<!DOCTYPE html><html><head><title>Database Error</title></head><body><h1>Error establishing a "
               "database connection</h1></body></html>")
TEXT_ONLY = ("<html><head><title>Kabar Kota</title></head><body><img src='/logo.png' alt='Kabar Kota'><p>Mohon maaf, "
             "website sedang dalam perbaikan. Silakan kembali beberapa saat lagi.</p></body></html>")
UNDER_CONSTRUCTION = ("<html><head><title>Under Construction | Kabar Kota</title></head><body><h1>Situs Dalam "
                      "Pembangunan</h1><p>Kami akan segera kembali.</p></body></html>")
# Stories about maintenance: full article pages (date, byline, the site's template), or a short one with a dateline.
PLN_STORY = article_html(3).replace("Berita Sintetis Nomor 3", "PLN Umumkan Pemeliharaan Jaringan, Listrik Padam 6 "
                                    "Jam di Bekasi")
BANK_APP_STORY = article_html(4).replace("Berita Sintetis Nomor 4", "Sedang Dalam Pemeliharaan").replace(
    "JAKARTA - ", "JAKARTA - Aplikasi mobile banking BRI sedang dalam pemeliharaan sistem hingga pukul 06.00 WIB. ")
SHORT_UNDATED_STORY = ("<html><head><title>Aplikasi BRImo Sedang Dalam Pemeliharaan - Kabar Kota</title></head><body>"
                       "<h1>Aplikasi BRImo Sedang Dalam Pemeliharaan</h1><p>JAKARTA - Aplikasi BRImo sedang dalam "
                       "pemeliharaan sistem hingga pukul 06.00 WIB, kata manajemen.</p></body></html>")
# A tag page of the word: a listing of stories, far more text than a notice.
TAG_PAGE = ("<html><head><title>Pemeliharaan - SINDOnews</title></head><body><h1>Pemeliharaan</h1><ul>"
            + "".join(f"<li><a href='/read/{n}/12/x'>PLN lakukan pemeliharaan gardu induk ke-{n} di wilayah Jawa "
                      f"Barat, warga diminta hemat listrik selama pekerjaan berlangsung</a></li>" for n in range(20))
            + "</ul></body></html>")


@pytest.mark.parametrize(("html", "notice"), [
    (SINDO_MAINTENANCE, "heading 'Pemeliharaan'"),
    (NGINX_503_AS_200, "heading '503 Service Temporarily Unavailable'"),
    (WP_MAINTENANCE, "heading 'Maintenance Mode'"),
    (WP_DB_ERROR, "heading 'Error establishing a database connection'"),
    (TEXT_ONLY, "'sedang dalam perbaikan'"),
    (UNDER_CONSTRUCTION, "heading 'Under Construction'"),
    ("<html><head><title>Kabar Kota</title></head><body><h1>Mohon Maaf, Server Sedang Gangguan</h1></body></html>",
     "heading 'Mohon Maaf, Server Sedang Gangguan'"),
    ("<html><head><title>Kabar Kota</title></head><body><h2>Website Maintenance</h2><p>We are currently undergoing "
     "scheduled maintenance. Please check back later.</p></body></html>", "'undergoing scheduled maintenance'"),
    # not outages: stories about maintenance, a headline that names more than the notice, a tag page, a soft 404
    (PLN_STORY, None),
    (BANK_APP_STORY, None),
    (SHORT_UNDATED_STORY, None),
    ("<html><head><title>Situs KPU Sedang Dalam Pemeliharaan - Kabar Kota</title></head><body><h1>Situs KPU Sedang "
     "Dalam Pemeliharaan</h1><p>Situs KPU sedang dalam pemeliharaan sejak Rabu, 19 Juni 2024 pukul 09.00 WIB.</p>"
     "</body></html>", None),
    (TAG_PAGE, None),
    ("<html><head><title>404 Halaman Tidak Ditemukan</title></head><body><h1>Halaman tidak ditemukan</h1><p>Silakan "
     "kembali ke beranda.</p></body></html>", None),
    ("", None),
])
def test_site_outage(html: str, notice: str | None) -> None:
    found = site_outage(html, outlet_labels("https://nasional.sindonews.com/read/1/12/x", "Kabar Kota"))
    assert (found is None) == (notice is None), found
    assert notice is None or found.startswith(notice), found


def test_no_real_page_is_an_outage() -> None:
    real = realpages_dir()
    if real is None:
        pytest.skip("../shared/realpages not found (set NEWSCRAWL_REALPAGES or NEWSCRAWL_SHARED)")
    pages = [*real.rglob("*.htm*"), *(REPO / "tests").rglob("*.htm*")]
    found = {str(p): site_outage(p.read_text(encoding="utf-8", errors="replace")) for p in pages}
    assert len(found) > 300 and not any(found.values()), {p: r for p, r in found.items() if r}


def test_a_maintenance_page_at_an_article_url_is_an_outage_not_an_item(tmp_path: Path) -> None:
    routes = {article_url(1): Route(SINDO_MAINTENANCE.encode()), article_url(2): Route(NGINX_503_AS_200.encode()),
              article_url(3): Route(PLN_STORY.encode()), article_url(4): Route(BANK_APP_STORY.encode())}
    result = run_crawl("sindonews", routes, tmp_path, "url=" + ",".join(routes))
    assert sorted(item["url"] for item in result.items) == [article_url(3), article_url(4)]
    assert result.stats.get("newscrawl/failed/article/outage") == 2, result.stats
    assert result.stats.get("newscrawl/errors/SiteOutage") == 2, result.stats
    assert "Traceback" not in result.log


def test_a_run_answered_by_a_maintenance_page_emits_nothing_and_the_next_run_reads_the_stories(tmp_path: Path) -> None:
    """h128 B3: every article page is the maintenance notice for one cron run: that run is unhealthy (the site's
    fault, named), emits nothing and records nothing; the next run, the site back, emits each story once."""
    window = ("--spiders", "sindonews", "--since", "2024-06-19", "--until", "2024-06-19")
    down = site_routes(4)
    for n in range(4):
        down[article_url(n)] = Route(SINDO_MAINTENANCE.encode())
    run = run_cron(down, tmp_path, *window, "-s", "NEWSCRAWL_NOW=2024-06-19T09:20:00+07:00")
    assert run.returncode == 3, run.stdout + run.stderr
    assert run.summary["unhealthy_sites"]["sindonews"] == [
        "articles: down for maintenance or failing (a notice answered 200) on 4 of 4 requests"]
    assert run.summary["sites"]["sindonews"]["items_emitted"] == 0
    back = run_cron(site_routes(4), tmp_path, *window, "-s", "NEWSCRAWL_NOW=2024-06-19T09:30:00+07:00")
    assert back.returncode == 0, back.stdout + back.stderr
    items = completed_items(tmp_path)
    assert sorted(item["id"] for item in items) == [str(100000 + n) for n in range(4)]
    assert not [item for item in items if "Pemeliharaan" in item["title"]] and "Traceback" not in run.stderr
