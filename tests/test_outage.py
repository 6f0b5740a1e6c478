"""Outage notices served with 200 are failed requests (the site's fault), never articles, never recorded as emitted.

h128 probe: for one cron run every sindonews article URL answered 200 with "Situs Sedang Dalam Pemeliharaan" and two
short paragraphs ("Mohon maaf, SINDOnews.com sedang melakukan pemeliharaan sistem …"), no date, no byline. That run
emitted six items titled "Pemeliharaan" under the real stories' ids, the store recorded them as emitted, and the
stories only came as "updates" at their recheck. ``outage.site_outage`` is a table here (the probe's page and the
common forms, reconstructed; and stories ABOUT maintenance, which stay articles); then the real spider and cron."""
from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request

from conftest import REPO, completed_items, run_cron, run_crawl
from inprocess import crawl_in_process
from newscrawl.fields.outlet import outlet_labels
from newscrawl.middlewares import ROLE, SiteOutage, SiteOutageMiddleware
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
    (TEXT_ONLY, "'website sedang dalam perbaikan'"),
    (UNDER_CONSTRUCTION, "heading 'Under Construction'"),
    ("<html><head><title>Kabar Kota</title></head><body><h1>Mohon Maaf, Server Sedang Gangguan</h1></body></html>",
     "heading 'Mohon Maaf, Server Sedang Gangguan'"),
    ("<html><head><title>Kabar Kota</title></head><body><h2>Website Maintenance</h2><p>We are currently undergoing "
     "scheduled maintenance. Please check back later.</p></body></html>", "'We are currently undergoing scheduled maintenance'"),
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



# h135 probe: real short stories read as notices, failed as `outage` and never read (nothing recorded: asked again, and
# failed again, every run; health named an outage that was none). Reconstructed from the probe's pages.
def _small_story(h1: str, paras: list[str], head: str = "", date_line: str = "") -> str:
    """A small outlet's 2015-style page: a logo, a menu, the h1, maybe a date line, a few paragraphs, a footer."""
    return (f"<html><head><meta charset='utf-8'><title>{h1} | LintasBanten.com</title>{head}</head><body>"
            "<div id='top'><a href='/'><img src='/logo.png' alt='LintasBanten'></a></div><ul id='menu'><li><a href='/'>"
            "Beranda</a></li><li><a href='/kategori/daerah'>Daerah</a></li></ul><div id='content'>"
            f"<h1 class='judul'>{h1}</h1>" + (f"<div class='tanggal'>{date_line}</div>" if date_line else "")
            + "".join(f"<p>{p}</p>" for p in paras)
            + "</div><div id='footer'>&copy; 2015 LintasBanten.com | <a href='/redaksi'>Redaksi</a></div></body></html>")


EKTP = ["SERANG - Layanan pembuatan e-KTP di Kantor Disdukcapil Kota Serang lumpuh sejak Kamis siang. Ratusan warga "
        "yang sudah mengantre sejak pagi terpaksa pulang tanpa hasil.",
        "Kepala Disdukcapil Kota Serang mengatakan gangguan terjadi pada server pusat di Jakarta sehingga data warga "
        "tidak bisa diverifikasi."]
EKTP_NO_DATELINE = [EKTP[0].removeprefix("SERANG - "), EKTP[1]]
# detik's 2013 mobile template: "detikNews : <headline>", publishdate and author metas, the date above the h1.
DETIK_2013 = ("<html><head><title>detikNews : Pendaftaran CPNS Diperpanjang, BKN: Server Sedang Dalam Perbaikan</title>"
              "<meta name='publishdate' content='2013/06/19 10:15:12'><meta name='author' content='Ferdinan'></head><body>"
              "<div class='date'>Rabu, 19/06/2013 10:15 WIB</div><h1>Pendaftaran CPNS Diperpanjang, BKN: Server Sedang "
              "Dalam Perbaikan</h1><div class='text_detail'><strong>Jakarta</strong> - BKN memperpanjang masa "
              "pendaftaran CPNS online hingga 25 Juni 2013 karena server sedang dalam perbaikan.<br><br>(fdn/nrl)</div>"
              "</body></html>")
# sindonews' lean template (h135 cron C2): no JSON-LD, no meta, the date shown under the h1 only.
SINDO_LEAN = ("<html><head><title>Pendaftaran CPNS Diperpanjang, BKN: Server Sedang Dalam Perbaikan - SINDOnews</title>"
              "</head><body><h1 class='detail-title'>Pendaftaran CPNS Diperpanjang, BKN: Server Sedang Dalam Perbaikan"
              "</h1><div class='detail-date-artikel'>Rabu, 19 Juni 2024 - 09:02 WIB</div><div class='detail-desc'>"
              "JAKARTA - Badan Kepegawaian Negara memperpanjang masa pendaftaran CPNS online hingga pekan depan."
              "</div></body></html>")
OG_ARTICLE = "<meta property='og:type' content='article'>"


def _lite(h1: str, paras: list[str], extra: str = "") -> str:
    """A "lite" page of a news site (h135 F5-F11), without any meta: a link home, the h1, a line, paragraphs."""
    return (f"<html><head><meta charset='utf-8'><title>{h1}</title></head><body><a href='/'>Kabar Lite</a><h1>{h1}</h1>"
            + extra + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")


@pytest.mark.parametrize("html", [
    # F-A: a heading is a notice only whole (the outlet's affix aside): after a colon stands a quote ...
    DETIK_2013,
    SINDO_LEAN,
    _small_story("Warga Telantar, Disdukcapil: Sistem Sedang Down", EKTP_NO_DATELINE),
    _small_story("Warganet Keluhkan DJP Online, Ditjen Pajak: Sistem Sedang Gangguan", EKTP_NO_DATELINE),
    # ... and a heading that is a notice in words is no notice on a page that shows it is an article: its markup
    # (og:type article, a publication-date or author meta) ...
    _small_story("Server Down", EKTP_NO_DATELINE, head=OG_ARTICLE),
    _small_story("Server Down", EKTP_NO_DATELINE, head="<meta name='author' content='Andi'>"),
    _small_story("Server Down", EKTP_NO_DATELINE, head="<meta name='content_PublishedDate' content='2015-06-19 14:20'>"),
    # ... a date shown under the h1 (numeric too), a relative time, a dateline, or paragraphs that say other things
    _small_story("Server Down", EKTP_NO_DATELINE[:1], date_line="Jumat, 19/06/2015 14:20 WIB"),
    _small_story("Server Down", EKTP_NO_DATELINE[:1], date_line="2 jam lalu"),
    _small_story("Server Down", EKTP[:1]),
    _small_story("Server Down", EKTP_NO_DATELINE),
    # F-C: a tag page of the word ("Tag: <span>Pemeliharaan</span>"), short
    ("<html><head><title>Pemeliharaan Archives - Kabar Kota</title></head><body><header><a href='/'>Kabar Kota</a>"
     "</header><h1 class='page-title'>Tag: <span>Pemeliharaan</span></h1><article><h2><a href='/2024/06/19/pln/'>PLN "
     "Padamkan Listrik 6 Jam di Bekasi</a></h2></article><footer>&copy; 2024 Kabar Kota</footer></body></html>"),
])
def test_a_short_story_about_a_server_down_is_no_outage(html: str) -> None:
    assert site_outage(html, outlet_labels("https://www.lintasbanten.com/berita/2015/06/19/x", "SINDOnews")) is None


@pytest.mark.parametrize("html", [
    # F-B: the text says it only in its first heading or sentence, on a page holding no other prose paragraph and no
    # story's sign; in a notice's words, not everyday news phrasing. Stories in tiny "lite" pages, no meta at all:
    _lite("BREAKING: Situs KPU Down", ["Situs resmi KPU, kpu.go.id, tidak dapat diakses sejak pukul 09.30 WIB.",
                                       "Layanan untuk sementara tidak tersedia, kata Komisioner KPU Hasyim Asy'ari."]),
    _lite("Layanan BPJS Kesehatan dalam Pemeliharaan 20 Juni",
          ["Jakarta - Layanan aplikasi Mobile JKN akan dalam pemeliharaan sistem pada Kamis malam.",
           "(Siaran pers BPJS Kesehatan)"]),
    _lite("Foto: Petugas PU Perbaiki Jalan Pantura", [],
          "<figure><img src='/p.jpg'><figcaption>Petugas Dinas PU Bina Marga sedang melakukan perbaikan jalan berlubang "
          "di jalur Pantura menjelang arus mudik.</figcaption></figure>"),
    _lite("Site under maintenance, says ministry",
          ["The Communications Ministry said its public complaints portal was under maintenance on Wednesday.",
           "Officials did not say when the portal would be restored."], "<p class='d'>2 hours ago</p>"),
    _lite("Jembatan Kaca Seruni Point Dibuka Agustus",
          ["Jembatan kaca di kawasan wisata Seruni Point masih dalam pembangunan dan ditargetkan dibuka Agustus."]),
    _lite("Aplikasi Ojol Error", ["Pengguna mengeluhkan aplikasi tidak bisa dibuka sejak pagi.",
                                   "Perusahaan menyatakan sistem sedang dalam perbaikan dan meminta maaf kepada pengguna "
                                   "atas ketidaknyamanan yang terjadi pagi ini."]),
])
def test_everyday_news_phrasing_in_a_tiny_page_is_no_outage(html: str) -> None:
    assert site_outage(html, outlet_labels("https://lite.kabarkota.id/read/2024/06/19/1/x")) is None


# Server and host error pages answered 200 (h135 N1-N9, reconstructed): the heading is the status line, whole.
CLOUDFLARE_521 = ("<html><head><title>kabarkota.id | 521: Web server is down</title></head><body><header><h1><span>"
                  "Web server is down</span> <span>Error code 521</span></h1><div>Visit cloudflare.com for more "
                  "information.</div><div>2024-06-19 03:20:11 UTC</div></header><div><h2>What happened?</h2><p>The "
                  "web server is not returning a connection. As a result, the web page is not displaying.</p><h2>What "
                  "can I do?</h2><p>Contact your hosting provider letting them know your web server is not responding."
                  "</p></div></body></html>")


@pytest.mark.parametrize(("html", "notice"), [
    (CLOUDFLARE_521, "heading '521: Web server is down'"),
    ("<html><head><title>Account Suspended</title></head><body><div>This Account has been suspended.</div><div>"
     "Contact your hosting provider for more information.</div></body></html>", "heading 'Account Suspended'"),
    ("<html><head><title>509 Bandwidth Limit Exceeded</title></head><body><h1>Bandwidth Limit Exceeded</h1><p>The "
     "server is temporarily unable to service your request due to the site owner reaching his/her bandwidth limit. "
     "Please try again later.</p></body></html>", "heading '509 Bandwidth Limit Exceeded'"),
    ("<html><head><title>503 Backend fetch failed</title></head><body><h1>Error 503 Backend fetch failed</h1><p>Backend "
     "fetch failed</p><h3>Guru Meditation:</h3><p>XID: 3392761</p><hr><p>Varnish cache server</p></body></html>",
     "heading '503 Backend fetch failed'"),
    ("<html><head><title>Database Error</title></head><body><div id='container'><h1>A Database Error Occurred</h1><p>"
     "Unable to connect to your database server using the provided settings.</p><p>Filename: core/CodeIgniter.php"
     "</p></div></body></html>", "heading 'A Database Error Occurred'"),
    ("<html><head><title>Server Error</title></head><body><div class='code'>500</div><div class='message'>Server Error"
     "</div></body></html>", "heading 'Server Error'"),
    ("<html><head><title>Pemberitahuan</title></head><body><div align='center'><h2>PEMBERITAHUAN</h2><p>Mohon maaf, "
     "website ini untuk sementara tidak dapat diakses melalui jaringan kami.</p><p>Layanan Pelanggan: 188</p></div>"
     "</body></html>", "'website ini untuk sementara tidak dapat diakses'"),
    # the maintenance notice in the site's full chrome: its masthead's date, its footer's address are no story
    ("<html><head><title>Sedang Dalam Perbaikan - KabarKota.id</title></head><body><header><div class='top'>Rabu, 19 "
     "Juni 2024 <a href='/login'>Masuk</a></div><nav><a href='/nasional'>Nasional</a> <a href='/daerah'>Daerah</a></nav>"
     "</header><main><h1>Sedang Dalam Perbaikan</h1><p>Mohon maaf, halaman yang Anda tuju sedang dalam perbaikan. "
     "Silakan kembali beberapa saat lagi.</p></main><footer><p>PT Kabar Kota Media Nusantara. Gedung Graha Pena Lt. 5, "
     "Jl. Raya Kebayoran Lama No. 12, Jakarta Selatan.</p><p>Copyright &copy; 2024 KabarKota.id. Seluruh hak cipta "
     "dilindungi undang-undang.</p></footer></body></html>", "heading 'Sedang Dalam Perbaikan'"),
])
def test_a_server_or_host_error_page_is_an_outage(html: str, notice: str) -> None:
    found = site_outage(html, outlet_labels("https://nasional.sindonews.com/read/1/12/x"))
    assert found is not None and found.startswith(notice), found


def test_a_tag_page_of_the_word_is_read_as_a_listing_and_its_stories_fetched() -> None:
    """h135 F-C: generic -a start_urls=<a WordPress tag page "Tag: Pemeliharaan"> failed the start page as `outage`
    (its h1's last part "Pemeliharaan" read as the notice): no story of it was ever fetched."""
    site = "https://kabarkota.id"
    tag = f"{site}/tag/pemeliharaan/"
    stories = {f"{site}/2024/06/19/pln-padamkan-listrik-6-jam-di-bekasi/": "PLN Padamkan Listrik 6 Jam di Bekasi",
               f"{site}/2024/06/12/jembatan-cisadane-ditutup-untuk-perbaikan/": "Jembatan Cisadane Ditutup untuk Perbaikan"}
    listing = ("<!DOCTYPE html><html lang='id-ID'><head><meta charset='UTF-8'><title>Pemeliharaan Archives - Kabar Kota"
               "</title></head><body class='archive tag'><header><a href='https://kabarkota.id/'>Kabar Kota</a></header>"
               "<h1 class='page-title'>Tag: <span>Pemeliharaan</span></h1>"
               + "".join(f"<article><h2 class='entry-title'><a href='{url}'>{title}</a></h2></article>"
                         for url, title in stories.items())
               + "<footer>&copy; 2024 Kabar Kota</footer></body></html>")
    routes = {tag: Route(listing.encode())}
    for n, (url, title) in enumerate(stories.items()):
        day = url.split("/")[5]
        routes[url] = Route((
            f"<html><head><title>{title} - Kabar Kota</title><meta property='og:type' content='article'><meta "
            f"property='article:published_time' content='2024-06-{day}T08:00:00+07:00'></head><body><h1>{title}</h1>"
            f"<div class='entry-content'><p>BEKASI - Paragraf pertama berita nomor {n} tentang pemeliharaan jaringan "
            f"dan perbaikan sambungan.</p><p>Paragraf kedua berita nomor {n}.</p></div></body></html>").encode())
    result = crawl_in_process("generic", routes, f"start_urls={tag}", "since=2024-06-01", "until=2024-06-30",
                              settings={"AUTOTHROTTLE_ENABLED": False})
    assert sorted(item["url"] for item in result.items) == sorted(stories), result.stats
    assert not any("outage" in key for key in result.stats), result.stats


# h137 probe: real pages still failed as `outage` (lost for good), and notices in words the detector did not know.
# Reconstructed from the probe's pages.
def _mobile_brief(h1: str, paras: str, date_line: str) -> str:
    """A 2012-2014 mobile page: a logo, a menu, the date line ABOVE the h1 in the block holding both, the text."""
    return (f"<html><head><meta charset='utf-8'><title>{h1} | Jakarta Daily</title></head><body><div id='header'><a "
            "href='/'><img src='/logo.gif' alt='Jakarta Daily'></a></div><div class='nav'><a href='/news'>News</a> | <a "
            f"href='/sports'>Sports</a></div><div class='content'><div class='date'>{date_line}</div><h1>{h1}</h1>"
            f"{paras}</div><div class='footer'><a href='/'>Home</a><br>&copy; 2012 Jakarta Daily</div></body></html>")


@pytest.mark.parametrize("html", [
    # a date shown above the h1 in its block vetoes a server's heading ("Account Suspended") as a notice's words
    _mobile_brief("Account Suspended", "<div class='text'>Jakarta. The official Twitter account of the Jakarta Police "
                  "was suspended on Tuesday morning after a wave of spam reports, spokesman Rikwanto said.</div>",
                  "Tuesday, October 23, 2012 | 14:05 WIB"),
    _mobile_brief("Kami Akan Segera Kembali", "<p>Band Sheila on 7 menyampaikan pesan singkat kepada penggemarnya lewat "
                  "akun resmi mereka setelah membatalkan tur lima kota karena Duta sakit, dan berjanji akan menggelar "
                  "ulang semua konsernya.</p>",
                  "Selasa, 06/05/2014 11:05 WIB"),
    # a server's heading over a paragraph of a story, no date at all
    _lite("Account Suspended", ["The official Twitter account of the Jakarta Police was suspended on Tuesday morning "
                                "after what the force called a coordinated wave of spam reports."]),
    # a short form or a bare topic word as the whole heading, the page saying no notice: a Next.js shell's
    # "Server Down" (the story in its app state), a category page "Pembangunan" (its stories' teasers short)
    ("<html><head><title>Server Down | KabarKini</title><meta property='og:type' content='website'></head><body><div "
     "id='__next'><header><a href='/'>KabarKini</a><nav><a href='/opini'>Opini</a></nav></header><main></main><footer>"
     "&copy; 2024 KabarKini</footer></div></body></html>"),
    ("<html><head><title>Pembangunan Arsip - Kabar Desa</title></head><body><header><a href='/'>Kabar Desa</a></header>"
     "<main><h1 class='page-title'>Pembangunan</h1><h2><a href='/2024/06/19/jalan-desa/'>Jalan Desa Mulai Dicor</a>"
     "</h2><h2><a href='/2024/06/17/posyandu/'>Posyandu Baru Diresmikan</a></h2></main></body></html>"),
    # "Halaman 503" is a pager's mark, not a status code
    ("<html><head><title>Kabar Desa &#8211; Halaman 503</title></head><body><header><a href='/'>Kabar Desa</a></header>"
     "<h2><a href='/2015/03/02/musrenbang/'>Musrenbang Desa 2015</a></h2></body></html>"),
])
def test_a_dated_or_unexplained_page_and_a_bare_topic_heading_are_no_outage(html: str) -> None:
    labels = outlet_labels("https://m.jakartadaily.id/news/2012/10/23/x", "Jakarta Daily", "KabarKini", "Kabar Desa")
    assert site_outage(html, labels) is None


@pytest.mark.parametrize(("html", "notice"), [
    # "perawatan" forms
    (SINDO_MAINTENANCE.replace("Pemeliharaan", "Perawatan").replace("pemeliharaan", "perawatan"), "heading 'Perawatan'"),
    # Drupal's maintenance page
    ("<html><head><title>Site under maintenance | SINDOnews</title></head><body><div id='header'><h1 id='site-name'>"
     "SINDOnews</h1></div><div id='content'><h1 class='title'>Site under maintenance</h1>SINDOnews is currently under "
     "maintenance. We should be back shortly. Thank you for your patience.</div></body></html>",
     "heading 'Site under maintenance'"),
    # "sedang maintenance", "sedang diperbaiki"
    ("<html><head><title>SINDOnews</title></head><body><img src='/logo.png' alt='SINDOnews'><h2>Mohon Maaf</h2><p>"
     "Website sedang maintenance. Silakan kembali beberapa saat lagi.</p></body></html>", "'Website sedang maintenance'"),
    ("<html><head><title>Website Sedang Diperbaiki - SINDOnews</title></head><body><h1>Website Sedang Diperbaiki</h1><p>"
     "Mohon maaf atas ketidaknyamanannya. Kami akan kembali secepatnya.</p></body></html>",
     "heading 'Website Sedang Diperbaiki'"),
    # a host's suspended site, its paragraphs advising the owner
    ("<html><head><title>Website Suspended</title></head><body><div class='box'><h1>Website ini telah disuspend</h1><p>"
     "Website yang Anda kunjungi untuk sementara dinonaktifkan oleh penyedia hosting.</p><p>Jika Anda pemilik website "
     "ini, silakan hubungi layanan pelanggan penyedia hosting Anda.</p></div></body></html>", "heading 'Website Suspended'"),
    ("<html><head><title>Akun Ditangguhkan</title></head><body><h2>Akun hosting ini ditangguhkan</h2><p>This account has "
     "been suspended. Silakan hubungi penyedia hosting Anda untuk informasi lebih lanjut.</p></body></html>",
     "heading 'Akun Ditangguhkan'"),
    # WordPress core's page in Indonesian: the bare title "Pemeliharaan" with a notice phrase in its text
    ("<html><head><title>Pemeliharaan</title></head><body id='error-page'><div class='wp-die-message'>Tidak tersedia "
     "sebentar untuk perawatan terjadwal. Periksa kembali dalam satu menit.</div></body></html>", "heading 'Pemeliharaan'"),
    ("<html><head><title>Pemeliharaan</title></head><body id='error-page'><div class='wp-die-message'>Untuk sementara "
     "tidak tersedia karena sedang ada pemeliharaan terjadwal. Silakan kembali dalam satu menit.</div></body></html>",
     "heading 'Pemeliharaan'"),
    # a 5xx in the site's chrome, its paragraph the site's apology
    ("<html><head><title>502 Bad Gateway - SINDOnews</title></head><body><header><nav><a href='/'>Home</a> <a "
     "href='/nasional'>Nasional</a></nav></header><main><h1>502 Bad Gateway</h1><p>Mohon maaf, terjadi gangguan pada "
     "server kami. Silakan muat ulang halaman ini beberapa saat lagi.</p></main><footer>Copyright &copy; 2024 "
     "SINDOnews.com</footer></body></html>", "heading '502 Bad Gateway'"),
    # (h151 probe) no h1: the notice's title an h2 with its maintenance window's date under it; a page with no h1 is
    # dated under its title heading for the article gate (9fc07d4), never for the outage check
    ("<html><head><title>Situs Sedang Dalam Pemeliharaan - SINDOnews</title></head><body><div class='container'><img "
     "src='/logo.png' alt='SINDOnews'><h2>Situs Sedang Dalam Pemeliharaan</h2><p class='jadwal'>Sabtu, 10 Februari "
     "2024, 22.00 WIB</p><p>Mohon maaf, SINDOnews sedang melakukan pemeliharaan sistem untuk meningkatkan layanan. "
     "Silakan kembali beberapa saat lagi.</p><p>Terima kasih atas pengertian Anda.</p></div></body></html>",
     "heading 'Situs Sedang Dalam Pemeliharaan'"),
])
def test_more_notice_wordings_are_outages(html: str, notice: str) -> None:
    found = site_outage(html, outlet_labels("https://nasional.sindonews.com/read/1/12/x"))
    assert found is not None and found.startswith(notice), found


@pytest.mark.parametrize(("callback", "meta", "judged"), [
    ("parse_article", {}, True),
    ("parse_page", {ROLE: "article"}, True),
    ("parse_next_page", {}, False),  # a later page: compared with page 1 by the later-page rules
    ("parse_all_pages", {}, False),
    ("parse_start", {}, False),  # a start page, a listing: no links then, counted and flagged by health
    ("parse_page", {ROLE: "discovery"}, False),
    ("parse_listing", {}, False),
])
def test_only_an_articles_first_page_is_judged_an_outage(callback: str, meta: dict, judged: bool) -> None:
    """h137 R1/R2/R6: a category "Pembangunan", a "Halaman 503" pager page given as start URLs, a page 2 headlined
    like page 1 "Sedang Dalam Perbaikan" were failed as `outage` (their stories never fetched, page 2's text lost)."""
    class Spider:
        pass
    def read(self: Spider, response: HtmlResponse) -> None:
        pass
    read.__name__ = callback
    setattr(Spider, callback, read)
    request = Request("https://nasional.sindonews.com/read/1/12/x", callback=getattr(Spider(), callback), meta=meta)
    response = HtmlResponse(request.url, body=SINDO_MAINTENANCE.encode(), encoding="utf-8", request=request)
    if judged:
        with pytest.raises(SiteOutage):
            SiteOutageMiddleware().process_response(request, response)
    else:
        assert SiteOutageMiddleware().process_response(request, response) is response


# h140 probe: real stories still failed as `outage` (lost for good). Reconstructed from the probe's pages.
def _next_shell(title: str, main: str, page: str, props: str) -> str:
    """A client-rendered Next.js page: og:type website from _app, the story only in __NEXT_DATA__."""
    return (f"<html><head><title>{title} | kumparan.com</title><meta property='og:type' content='website'></head><body>"
            "<div id='__next'><header><a href='/'><img alt='kumparan' src='/logo.svg'></a><nav><a href='/trending'>"
            f"Trending</a></nav></header><main>{main}</main><footer>&copy; 2024 kumparan</footer></div><script "
            f"id='__NEXT_DATA__' type='application/json'>{{\"props\": {{\"pageProps\": {props}}}, \"page\": \"{page}\"}}"
            "</script></body></html>")


KUMPARAN_URL = "https://kumparan.com/kumparanhits/sheila-on-7-kami-akan-segera-kembali-22zXq1bQk3R"
KUMPARAN_STORY = ('{"story": {"id": "22zXq1bQk3R", "slug": "sheila-on-7-kami-akan-segera-kembali-22zXq1bQk3R", "title": '
                  '"Kami Akan Segera Kembali", "publishedAt": "2024-06-19T03:15:00Z", "author": {"name": "Alya Zahra"}, '
                  '"content": "<p>Band Sheila on 7 menyampaikan pesan kepada para penggemarnya setelah membatalkan sisa '
                  'tur lima kota mereka karena Duta, sang vokalis, harus menjalani perawatan pita suara.</p><p>Manajemen '
                  'menyebut seluruh tiket akan dikembalikan penuh kepada pembeli lewat platform penjualan masing-masing.'
                  '</p><p>Sheila on '
                  '7 berjanji menggelar ulang konser di lima kota itu setelah Duta pulih.</p>"}}')
KABAR = "https://www.kabarseleb.id/musik/read/88231/x"


@pytest.mark.parametrize(("html", "url"), [
    # K1: a notice's words in the <title> alone, the page's text saying none (a shell's "Memuat...")
    (_next_shell("We'll Be Back Soon", "<div class='LoadingState'>Memuat...</div>", "/[slug]", "{}"), KUMPARAN_URL),
    # K11: the h1 in a notice's words over a line, the story in the Next.js app state
    (_next_shell("Kami Akan Segera Kembali", "<h1>Kami Akan Segera Kembali</h1><p>Pesan Sheila on 7 untuk penggemar.</p>",
                 "/[channel]/[slug]", KUMPARAN_STORY), KUMPARAN_URL),
    # K3: the date in the article URL's path, the text a line under the h1
    (_lite("Kami Akan Segera Kembali", ["Simak pesan Sheila on 7 untuk penggemarnya dalam video ini."]),
     "https://www.kabarseleb.id/2024/06/19/kami-akan-segera-kembali/"),
    # K4: a paragraph quoting the phrase is a story's ("…," tulis manajemen), never the notice's own
    (_lite("Kami Akan Segera Kembali", ["\"Kami akan segera kembali,\" tulis manajemen Sheila on 7 di akun Instagram "
                                        "resmi band itu setelah tur dibatalkan.", "Duta harus istirahat dua bulan."]), KABAR),
    (_lite("Kami Akan Segera Kembali", ["\u201cKami akan segera kembali\u201d, kata manajer band itu kepada wartawan "
                                        "di Yogyakarta setelah tur lima kota dibatalkan."]), KABAR),
    # K7: a photo feature's caption quoting a sign ("a handwritten sign reading …")
    (_lite("We'll Be Back Soon", [], "<figure><img src='/p.jpg'><figcaption>A handwritten sign reading \"We'll be back "
                                     "soon\" still hangs on the door of Kopi Tek Sun Ho in Glodok, a year after its owner "
                                     "died.</figcaption></figure>"), "https://jakartaglobe.id/lifestyle/well-be-back-soon"),
    # K9: a host's name in a story's sentence, "Ray ID" in a script's comment: no host's page; the date vetoes
    (_small_story("Account Suspended", ["Puluhan situs sekolah negeri di Jawa Timur menampilkan halaman peringatan dari "
                                        "cPanel sejak Senin pagi karena tagihan hosting dinas belum dibayar."],
                  head="<script>/* Ray ID: 8a1b2c3d4e5f6789 */</script>", date_line="Senin, 17 Juni 2024 10:15 WIB"),
     KABAR),
])
def test_a_story_in_a_notices_words_is_no_outage(html: str, url: str) -> None:
    assert site_outage(html, outlet_labels(url, "kumparan", "Kabar Lite"), url) is None


@pytest.mark.parametrize(("html", "url", "notice"), [
    # K10: Next.js's own error page holds no story
    ("<html><head><title>500: Internal Server Error</title></head><body><div id='__next'><h1 class='next-error-h1'>500"
     "</h1><h2>Internal Server Error.</h2></div><script id='__NEXT_DATA__' type='application/json'>{\"props\": "
     "{\"pageProps\": {\"statusCode\": 500}}, \"page\": \"/_error\", \"err\": {\"message\": \"fetch failed\"}}</script>"
     "</body></html>", KUMPARAN_URL, "heading '500: Internal Server Error'"),
    # a JSON error body served as text/html: its quotation marks are JSON's, quoting nothing (h135 N12)
    ('{"status":503,"message":"Service Unavailable","data":null}', KABAR, "'Service Unavailable'"),
    # a maintenance notice at a dated article URL explains itself in a paragraph: still a notice
    (SINDO_MAINTENANCE, "https://kabarkota.id/2024/06/19/pln-padamkan-listrik/", "heading 'Situs Sedang Dalam"),
    # a host's page told by its markup: Cloudflare's classes and "Ray ID" line (its timestamp no story), cPanel's
    # /cgi-sys/ images
    ("<html><head><title>kabarkota.id | 522: Connection timed out</title></head><body><div id='cf-wrapper'><div "
     "id='cf-error-details'><h1>Connection timed out</h1><span>Error code 522</span><div>2024-06-19 03:20:11 UTC</div>"
     "<p>The initial connection between Cloudflare's network and the origin web server timed out. As a result, the web "
     "page can not be displayed.</p><p>Cloudflare Ray ID: 8a1b2c3d4e5f6789</p></div></div></body></html>", KABAR,
     "heading '522: Connection timed out'"),
    ("<html><head><title>Account Suspended</title></head><body><img src='/cgi-sys/images/404top_w.jpg'><div>Selasa, 18 "
     "Juni 2024</div><h1>Account Suspended</h1><p>This Account has been suspended. Contact your hosting provider for "
     "more information.</p></body></html>", KABAR, "heading 'Account Suspended'"),
])
def test_a_notice_with_a_url_or_app_state_is_still_an_outage(html: str, url: str, notice: str) -> None:
    found = site_outage(html, outlet_labels(url), url)
    assert found is not None and found.startswith(notice), found


def test_a_page_nested_thousands_deep_is_read_without_recursion() -> None:
    """The notice reader walks the tree without recursion (the hostile suite's 1,100 nested list items raised
    RecursionError in it, a request failed instead of its article read): a deep small page is judged like any other."""
    deep = ("<html><head><title>Situs Sedang Dalam Pemeliharaan</title></head><body><h1>Situs Sedang Dalam Pemeliharaan"
            "</h1>" + "<div>" * 1500 + "<p>Mohon maaf, situs ini sedang dalam pemeliharaan.</p>" + "</div>" * 1500
            + "</body></html>")
    assert site_outage(deep) is not None


def test_visible_characters_leave_scripts_out_and_stop_past_the_limit() -> None:
    from lxml import etree

    from newscrawl.outage import _visible_chars

    root = etree.fromstring("<html><head><title>Judul</title><style>p{}</style></head><body><p>Satu  dua</p>"
                            "<script>var x = 'tidak terlihat';</script>tiga<p>empat lima enam</p></body></html>",
                            etree.HTMLParser())
    assert _visible_chars(root, 1000) == len("Satu dua") + len("tiga") + len("empat lima enam")
    assert _visible_chars(root, 5) == len("Satu dua")  # the walk stops once past the limit
