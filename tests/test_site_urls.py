"""Site spiders' article URL patterns: which URLs are articles, and the id each gives (reconstructed URL forms)."""
from __future__ import annotations

import re

import pytest

from newscrawl.spiders.tempo import TempoSpider


@pytest.mark.parametrize(("url", "article_id"), [
    ("https://www.tempo.co/hukum/jejak-dana-gelap-di-balik-tambang-nikel-halmahera-1880412", "1880412"),
    ("http://nasional.tempo.co/read/news/2015/11/19/078720000/judul", "078720000"),
    ("http://www.tempo.co/read/kolom/2014/05/12/1234/judul-kolom", "1234"),  # (h24 probe) columns, features
    ("http://www.tempo.co/read/fokus/2013/06/19/2948/judul-fokus", "2948"),
    # Tempo English since ~2017 (the h11 probe's en.tempo.co page had id null)
    ("https://en.tempo.co/read/1880412/kpk-names-former-regent-as-suspect", "1880412"),
    # (h33 probe) the kanal hosts 2017-2024
    ("https://nasional.tempo.co/read/1216754/jokowi-resmikan-tol-trans-jawa", "1216754"),
    ("https://bisnis.tempo.co/read/1216755/harga-cabai-naik", "1216755"),
    ("https://nasional.tempo.co/read/news/2015/11/19/078720000/judul", "078720000"),
    ("https://nasional.tempo.co/read/1216754", None),  # no slug: a stub, not the article's URL
    ("https://indonesiana.tempo.co/read/23352/catatan-pembaca", None),  # (h36) readers' blog posts
    ("https://video.tempo.co/read/23353/video-banjir", None),
    ("https://en.tempo.co/tag/kpk", None),
    ("https://www.tempo.co/penulis/andi-saputra-1234567", None),
])
def test_tempo_article_urls(url: str, article_id: str | None) -> None:
    match = re.search(TempoSpider.article_url_pattern, url)
    assert (match.group("id") if match else None) == article_id


# (h201 probe) Koran Tempo and Majalah Tempo: /read/{rubrik}/{id}/{slug} on their own hosts were dropped from discovery
# as no articles. They are articles, keyed by their URL: each numbers its stories in its own sequence, which tempo.co's
# ran through years before (an id would make a koran story and an old tempo.co one the same article, one skipped).
# Their rubrik pages, a rubrik without an id, an id without a slug are no articles.
@pytest.mark.parametrize(("url", "article"), [
    ("https://koran.tempo.co/read/profil/467092/duta-petani-milenial-dari-sumatera-utara-mendirikan-start-up-pertanian",
     True),
    ("https://koran.tempo.co/read/ekonomi-dan-bisnis/442312/harga-beras-naik-lagi", True),
    ("https://majalah.tempo.co/read/investigasi/165149/suap-dan-permainan-izin-pertambangan-nikel-sulawesi", True),
    ("https://koran.tempo.co/rubrik/opini", False),
    ("https://koran.tempo.co/read/opini", False),
    ("https://koran.tempo.co/read/opini/442312", False),
    ("https://koran.tempo.co/read/opini/442312/", False),
    ("https://majalah.tempo.co/rubrik/investigasi", False),
])
def test_koran_and_majalah_tempo_are_articles_without_an_id(url: str, article: bool) -> None:
    match = re.search(TempoSpider.article_url_pattern, url)
    assert (match is not None) == article
    assert match is None or match.group("id") is None


@pytest.mark.parametrize(("url", "article_id"), [
    ("https://www.antaranews.com/berita/4161234/judul-berita", "4161234"),
    ("https://m.antaranews.com/amp/berita/629369/judul", "629369"),
    ("https://en.antaranews.com/news/312345/indonesia-to-build-new-capital", "312345"),  # the English edition
    ("https://www.antaranews.com/news/312345/x", None),  # /news/ is the English host's only
    # (h201 probe) photo stories, videos, infographics: the stories' own id sequence (terkini feed, 15 March 2020:
    # /video/1357690, /foto/1357714, /berita/1357722), on www, the kanal hosts and the regional ones
    ("https://www.antaranews.com/foto/1357714/pencegahan-wabah-covid-19-di-kalimantan-tengah", "1357714"),
    ("https://www.antaranews.com/video/1357690/presiden-imbau-masyarakat-bekerja-belajar-dan-beribadah-di-rumah",
     "1357690"),
    ("https://www.antaranews.com/infografik/2123446/kronologi-penemuan-kri-nanggala-402", "2123446"),
    ("https://otomotif.antaranews.com/foto/2110790/pameran-auto-shanghai-2021", "2110790"),
    ("https://jateng.antaranews.com/foto/590937/159-dalang-cilik-tampil-dalam-pentas-dalang-bocah-nusantara-2025-di"
     "-solo", "590937"),
    ("https://www.antaranews.com/foto", None),  # the sections
    ("https://www.antaranews.com/foto/", None),
    ("https://www.antaranews.com/video", None),
    ("https://www.antaranews.com/infografik", None),
])
def test_antaranews_article_urls(url: str, article_id: str | None) -> None:
    from newscrawl.spiders.antaranews import AntaranewsSpider
    match = re.search(AntaranewsSpider.article_url_pattern, url)
    assert (match.group("id") if match else None) == article_id
    assert AntaranewsSpider.edition_languages.get("en.antaranews.com") == "en"


def test_kompas_ids_are_unique_across_days() -> None:
    """kompas's number is the time of day and a sequence: two days' stories at the same minute share it
    (h12 probe: one of them was dropped as duplicate_url, or in cron taken for a recheck of the other)."""
    from newscrawl.spiders.kompas import KompasSpider
    pattern = re.compile(KompasSpider.article_url_pattern)
    one = pattern.search("https://nasional.kompas.com/read/2024/06/19/07000041/judul-satu").group("id")
    other = pattern.search("https://nasional.kompas.com/read/2024/06/20/07000041/judul-dua").group("id")
    assert one != other
    assert one == "2024/06/19/07000041"


@pytest.mark.parametrize(("url", "kept"), [
    ("https://www.cnnindonesia.com/nasional/20240619101500-20-1111111/judul", True),
    # made 23:50 the day before, published after midnight (h12 probe): fetched, its page's date decides
    ("https://www.cnnindonesia.com/nasional/20240618235000-20-1111112/judul", True),
    ("https://www.cnnindonesia.com/nasional/20240618101500-20-1111113/judul", False),  # the day before, made early
    ("https://www.cnnindonesia.com/nasional/20240617235000-20-1111114/judul", False),
    ("https://www.cnnindonesia.com/nasional/20240620001000-20-1111115/judul", False),
])
def test_cnnindonesia_url_window(url: str, kept: bool) -> None:
    from newscrawl.spiders.cnnindonesia import CnnIndonesiaSpider
    spider = CnnIndonesiaSpider(since="2024-06-19", until="2024-06-19")
    assert spider.url_in_window(url) is kept


@pytest.mark.parametrize(("url", "article"), [
    ("https://www.tribunnews.com/nasional/2025/06/10/dpr-minta-pemerintah-percepat-penyaluran-bantuan-pangan", True),
    ("https://www.tribunnews.com/nasional/5198304/dpr-minta-pemerintah-percepat", True),
    # (h23 probe) the mobile and AMP copies shared links point to: read at their canonical www page
    ("https://m.tribunnews.com/nasional/2025/06/10/dpr-minta-pemerintah-percepat-penyaluran-bantuan-pangan", True),
    ("https://m.tribunnews.com/amp/nasional/2025/06/10/dpr-minta-pemerintah-percepat-penyaluran-bantuan-pangan", True),
    ("https://www.tribunnews.com/amp/nasional/2025/06/10/dpr-minta-pemerintah-percepat", True),
    ("https://jogja.tribunnews.com/2025/06/10/judul-berita", False),  # a regional newsroom, another site
    ("https://m.tribunnews.com/tag/beras", False),
])
def test_tribunnews_article_urls(url: str, article: bool) -> None:
    from newscrawl.spiders.tribunnews import TribunnewsSpider
    from newscrawl.urls import same_site
    assert bool(re.search(TribunnewsSpider.article_url_pattern, url)) == article
    assert same_site(url, TribunnewsSpider.allowed_domains) == (not url.startswith("https://jogja."))


def test_cnnindonesia_listed_links_carry_their_stamp_day() -> None:
    """(h22 probe) The index has no date parameter: its paging stops at a page wholly older than the window by
    its links' days. The pattern names no year/month/day, so the base url_day gave None for every link and the
    index was paged to max_pages (30 requests and a false 'still lists articles' warning) every run."""
    from datetime import date
    from newscrawl.spiders.cnnindonesia import CnnIndonesiaSpider
    url = "https://www.cnnindonesia.com/nasional/20250618093012-20-1240001/judul-berita"
    assert CnnIndonesiaSpider().url_day(url) == date(2025, 6, 18)
    assert CnnIndonesiaSpider().stated_day(url) == date(2025, 6, 18)


@pytest.mark.parametrize(("url", "article_id"), [
    ("https://international.sindonews.com/read/1402233/40/judul-berita-1718800000", "1402233"),
    ("https://nasional.sindonews.com/read/1402233/12/judul-berita-1718800000/10", "1402233"),
    # (h24 probe) the 2012-2014 shape: its id was read as the year, every story of 2013 one article
    ("http://nasional.sindonews.com/read/2013/06/19/13/749123/judul-berita", "749123"),
    ("http://nasional.sindonews.com/read/2013/06/19/13/749188/judul-lain", "749188"),
    ("https://pict.sindonews.com/read/1402233/40/foto", None),
    # (h201 probe) the AMP view /newsread/: the same story, the same id (read at its /read/ canonical)
    ("https://nasional.sindonews.com/newsread/1602135/15/hadapi-tantangan-pariwisata-ipti-kedepankan-kekayaan-budaya"
     "-lokal-dan-kemitraan-industri-1754305726", "1602135"),
    ("https://autotekno.sindonews.com/newsread/1461081/207/momentum-nadiem-makarim-jadi-paling-banyak-jadi-perhatian"
     "-milenial-1574329284", "1461081"),
    ("https://nasional.sindonews.com/newsread/", None),
    ("https://pict.sindonews.com/newsread/1402233/40/foto", None),
])
def test_sindonews_article_urls(url: str, article_id: str | None) -> None:
    from newscrawl.spiders.sindonews import SindonewsSpider
    match = re.search(SindonewsSpider.article_url_pattern, url)
    assert (match.group("id") if match else None) == article_id


@pytest.mark.parametrize(("outlet", "url", "article_id"), [
    # (h25 probe) URL shapes of public links the catalogue entries rejected: never discovered
    ("tvone", "https://www.tvonenews.com/berita/nasional/340086-judul-berita", "340086"),
    ("tvone", "https://www.tvonenews.com/berita/380275-judul-berita", "380275"),
    ("tvone", "https://www.tvonenews.com/ekonomi/471980-judul-berita", "471980"),
    ("harianjogja", "https://news.harianjogja.com/read/2025/03/10/500/1206667/judul-berita", "1206667"),
    ("harianjogja", "https://news.harianjogja.com/r-1206667/judul-berita", "1206667"),
    ("betahita", "https://betahita.id/news/detail/9605/judul-berita.html?v=1", "9605"),
    ("betahita", "https://betahita.id/news/lipsus/10889/judul-berita", "10889"),
    # (h24 probe) the Jakarta Globe's old hosts
    ("jakartaglobe", "http://jakartaglobe.beritasatu.com/news/judul-berita/", "judul-berita"),
    ("jakartaglobe", "http://www.thejakartaglobe.com/news/judul-berita/", "judul-berita"),
    # (h265 probe) older eras' forms (2014-2019) the entries refused, then the present forms, and pages that are none
    ("beritasatu", "https://www.beritasatu.com/nasional/361234-kpk-tahan-dua-tersangka-korupsi-alkes.html", "361234"),
    ("beritasatu", "https://www.beritasatu.com/ekonomi/2815530/ojk-minta-bank-perketat-penyaluran-kredit", "2815530"),
    ("kbr", "http://kbr.id/berita/05-2016/walhi_desak_pemerintah_hentikan_izin_tambang/81234.html", "81234"),
    ("kbr", "https://kbr.id/articles/berita/komnas-ham-temukan-dugaan-pelanggaran", "komnas-ham-temukan-dugaan-pelanggaran"),
    ("kbr", "https://kbr.id/berita/05-2016/walhi_desak_pemerintah/", None),
    ("mediaindonesia", "http://mediaindonesia.com/read/detail/118420-pemerintah-siapkan-rp10-triliun-dana-desa", "118420"),
    ("mediaindonesia", "https://mediaindonesia.com/politik-dan-hukum/680412/dpr-setujui-ruu-perampasan-aset", "680412"),
    ("mediaindonesia", "https://mediaindonesia.com/read/detail/", None),
    ("pikiranrakyat", "https://www.pikiran-rakyat.com/bandung-raya/2018/03/12/ratusan-rumah-terendam-banjir-421234",
     "421234"),
    ("pikiranrakyat", "https://www.pikiran-rakyat.com/bandung-raya/pr-018123456/banjir-rendam-ratusan-rumah", "018123456"),
    ("pikiranrakyat", "https://www.pikiran-rakyat.com/bandung-raya/2018/03/12/", None),
    ("suaramerdeka", "https://www.suaramerdeka.com/news/baca/23456/tol-semarang-batang-mulai-dikerjakan", "23456"),
    ("suaramerdeka", "https://www.suaramerdeka.com/semarang/0412345678/banjir-rob-genangi-kawasan", "0412345678"),
    ("suaramerdeka", "https://www.suaramerdeka.com/semarang/041234567/banjir-rob", None),
    ("rmol", "http://www.rmol.co/read/2016/05/12/245678/KPK-Periksa-Tiga-Saksi-Kasus-Reklamasi-", "245678"),
    ("rmol", "https://rmol.id/read/2019/05/14/389012/kpk-periksa-dua-saksi", "389012"),
])
def test_catalogue_article_urls(outlet: str, url: str, article_id: str | None) -> None:
    from newscrawl.catalogue import outlets
    entry = next(o for o in outlets() if o.name == outlet)
    match = re.search(entry.article_url, url)
    assert (match.group("id") if match else None) == article_id


@pytest.mark.parametrize(("url", "article_id"), [
    ("https://news.republika.co.id/berita/sf3k2m320/kemenkes-minta-warga-waspada", "sf3k2m320"),
    ("https://www.republika.co.id/berita/nasional/umum/15/06/19/nq8abc123-judul", "nq8abc123"),
    # (h24 probe) 2009-2014: the dated shape with a six-character or numeric code
    ("http://www.republika.co.id/berita/nasional/umum/13/06/19/moo8ab-judul-berita", "moo8ab"),
    ("http://www.republika.co.id/berita/breaking-news/nasional/10/03/15/108234-judul-berita", "108234"),
    ("https://republika.co.id/berita/nasional/umum", None),  # a rubric's page
])
def test_republika_article_urls(url: str, article_id: str | None) -> None:
    from newscrawl.spiders.republika import RepublikaSpider
    match = re.search(RepublikaSpider.article_url_pattern, url)
    assert (match.group("id") if match else None) == article_id


@pytest.mark.parametrize("site", sorted(__import__("newscrawl.canaries", fromlist=["CANARIES"]).CANARIES))
def test_article_url_with_host_in_capitals(site: str) -> None:
    """(h72 probe) A host is case-insensitive: a listing's, feed's or sitemap's "https://News.Detik.com/berita/d-…",
    "HTTPS://MONEY.KOMPAS.COM/read/…" is the article its lower-case form is (same id, same day). The patterns,
    written in lower case, were matched on the raw URL: the link was no article, the story lost without a word."""
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings
    from newscrawl.canaries import CANARIES
    spider = SpiderLoader.from_settings(get_project_settings()).load(site)()
    url = CANARIES[site][0]
    scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    # (h74 probe) nor a default port, user info or a trailing dot (the DNS root) names another host
    port = {"http": 80, "https": 443}[scheme]
    for shouted in (f"{scheme.upper()}://{host.upper()}/{path}", f"{scheme}://{host.title()}/{path}",
                    f"{scheme}://{host.title()}:{port}/{path}", f"{scheme}://user@{host}/{path}",
                    f"{scheme.upper()}://{host.upper()}./{path}"):
        assert spider.is_article_url(shouted), shouted
        assert spider.article_id(shouted) == spider.article_id(url)
        assert spider.url_day(shouted) == spider.url_day(url)


def _canary_urls() -> list[tuple[str, str]]:
    """Every spider's canary article URL: the site spiders' (canaries.CANARIES) and the catalogue entries'."""
    from newscrawl.canaries import CANARIES
    from newscrawl.catalogue import outlets
    found = {site: canary[0] for site, canary in CANARIES.items()}
    found.update((outlet.name, outlet.canary) for outlet in outlets() if outlet.canary and outlet.name not in found)
    return sorted(found.items())


@pytest.mark.parametrize(("site", "url"), _canary_urls())
def test_a_shared_link_with_trackers_is_the_article(site: str, url: str) -> None:
    """(h188 probe) A shared link found in a feed, a listing or a sitemap carries trackers or a fragment
    ("…/slug/?utm_source=whatsapp&utm_medium=share", "?fbclid=…", "#comments"). indopolitika's and ntvnews's patterns
    end at the path ("/?(?:[#]|$)", "/?$"): such a link was no article, the story lost without a word. Every site's
    pattern is read on the link without them (urls.shared_link_form): the same article, the same id and day."""
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings
    spider_class = SpiderLoader.from_settings(get_project_settings()).load(site)
    # an outlet read from -a url= only (no discovery without a browser) is made with one
    spider = spider_class(url=url) if getattr(spider_class, "require_arguments", ()) else spider_class()
    joint = "&" if "?" in url else "?"
    for shared in (f"{url}{joint}utm_source=whatsapp&utm_medium=share&utm_campaign=artikel",
                   f"{url}{joint}fbclid=IwAR0abcDEF123", f"{url}{joint}ref=home&gclid=Cj0KCQ", f"{url}#comments"):
        assert spider.is_article_url(shared), shared
        assert spider.article_id(shared) == spider.article_id(url)
        assert spider.url_day(shared) == spider.url_day(url)


@pytest.mark.parametrize(("url", "bare"), [
    ("https://indopolitika.com/dpr-minta-evaluasi/?utm_source=facebook&utm_medium=social", "https://indopolitika.com/dpr-minta-evaluasi/"),
    ("https://www.ntvnews.id/nasional/0123456/judul/?fbclid=x#top", "https://www.ntvnews.id/nasional/0123456/judul/"),
    # an identifying parameter, a page or view switch stays: another page as served, no tracker
    ("https://x.id/index.php?p=123&utm_source=wa", "https://x.id/index.php?p=123"),
    ("https://x.id/read/1/judul-berita-ini?page=2&ref=home", "https://x.id/read/1/judul-berita-ini?page=2"),
    ("https://x.id/read/1/judul-berita-ini?showpage=all#top", "https://x.id/read/1/judul-berita-ini?showpage=all"),
])
def test_shared_link_form(url: str, bare: str) -> None:
    from newscrawl.urls import shared_link_form
    assert shared_link_form(url) == bare


def test_a_page_switch_is_not_dropped_to_match_a_pattern() -> None:
    """A pattern ending at the path refuses "?page=2": the fallback leaves out trackers only."""
    from newscrawl.spiders.outlets import OUTLET_SPIDERS
    spider = OUTLET_SPIDERS["ntvnews"]()
    assert not spider.is_article_url("https://www.ntvnews.id/nasional/0123456/judul-berita?page=2&utm_source=wa")
    assert spider.is_article_url("https://www.ntvnews.id/nasional/0123456/judul-berita?utm_source=wa")


@pytest.mark.parametrize(("outlet", "url", "article"), [
    # (h194 probe) root-level WordPress slugs: a rubric or static page is one word, with a menu's or a share's tracker
    # too ("/politik/?utm_source=menu" was fetched as an article and counted a failed article request)
    ("indopolitika", "https://indopolitika.com/politik/?utm_source=menu", False),
    ("indopolitika", "https://indopolitika.com/indeks?utm_source=wa", False),
    ("indopolitika", "https://indopolitika.com/dpr-minta-evaluasi/?utm_source=wa", True),
    ("kaltimpost", "https://borneo24.com/redaksi?fbclid=x", False),
    ("kaltimpost", "https://borneo24.com/nasional/", False),
    ("kaltimpost", "https://borneo24.com/banjir-rendam-permukiman-warga-di-samarinda-utara?utm_source=wa", True),
])
def test_root_slug_outlets_refuse_one_word_pages(outlet: str, url: str, article: bool) -> None:
    from newscrawl.spiders.outlets import OUTLET_SPIDERS
    assert OUTLET_SPIDERS[outlet]().is_article_url(url) is article


@pytest.mark.parametrize(("url", "article", "section"), [
    ("https://swa.co.id/read/412876/bank-digital-genjot-kredit-umkm", True, None),
    # (h188 probe) SWA's WordPress form before 2024: /swa/trends/<rubric>/<slug>; the rubric's own page is none
    ("https://swa.co.id/swa/trends/management/strategi-bank-digital-menjaring-nasabah-muda", True, "Management"),
    ("https://swa.co.id/swa/trends/business-research/riset-konsumen-2019/?utm_source=wa", True, "Business Research"),
    ("https://swa.co.id/swa/trends/management/", False, None),
    ("https://swa.co.id/swa/trends/management/page/2", False, None),
    ("https://swa.co.id/swa/trends", False, None),
])
def test_swa_old_article_urls(url: str, article: bool, section: str | None) -> None:
    from newscrawl.spiders.outlets import OUTLET_SPIDERS
    spider = OUTLET_SPIDERS["swa"]()
    assert spider.is_article_url(url) is article
    assert spider.url_section(url) == section


@pytest.mark.parametrize("url, file", [
    ("https://www.kemkes.go.id/laporan/Profil-Kesehatan-2024.pdf", True),
    ("https://example.id/files/putusan.DOCX?download=1#page=2", True),  # the query and fragment aside, any case
    ("/uploads/2025/06/foto-banjir.webp", True),
    ("https://www.beritacontoh.id/feed.xml", True),
    ("https://www.beritacontoh.id/berita/2024/06/19/judul-berita", False),
    ("https://www.beritacontoh.id/read/123456/judul.html", False),
    ("https://www.beritacontoh.id/tag/pdf", False),  # a word in the path, no extension
    ("http://[::1", False),  # unparsable: no file
])
def test_names_a_file(url: str, file: bool) -> None:
    """One test of "a file, not a page" for generic's service links and dom's teaser headings (linking a report)."""
    from newscrawl.urls import names_a_file
    assert names_a_file(url) is file


def test_lower_scheme_host_keeps_the_path() -> None:
    from newscrawl.urls import lower_scheme_host
    assert lower_scheme_host("HTTPS://News.Detik.com/Berita/d-1/X?Q=A") == "https://news.detik.com/Berita/d-1/X?Q=A"
    assert lower_scheme_host("https://user:pw@News.Detik.com.:443/Berita") == "https://news.detik.com/Berita"
    assert lower_scheme_host("http://X.id:8080/A") == "http://x.id:8080/A"  # another port is another server
    assert lower_scheme_host("http://X.id:443/A") == "http://x.id:443/A"  # not http's default
    assert lower_scheme_host("https://[::1]:443/A") == "https://[::1]/A"
    assert lower_scheme_host("https://[link]/A") == "https://[link]/A"  # no URL: as it is (split_url)
    assert lower_scheme_host("/relative/Path") == "/relative/Path"
    assert lower_scheme_host("") == ""


@pytest.mark.parametrize(("site", "form", "desktop"), [
    # (h72 probe) forms a listing, feed or share gives that the patterns missed: the story was lost without a word
    ("okezone", "https://economy.okezone.com/amp/2025/06/18/320/3146801/harga-cabai-rawit-melonjak",
     "https://economy.okezone.com/read/2025/06/18/320/3146801/harga-cabai-rawit-melonjak"),
    ("okezone", "http://celebrity.okezone.com/amp/2017/02/17/33/1620900/cara-indra-birowo-jaga-keromantisan-dengan-istri",
     "https://celebrity.okezone.com/read/2017/02/17/33/1620900/cara-indra-birowo-jaga-keromantisan-dengan-istri"),
    ("liputan6", "https://m.liputan6.com/amp/4289456/awasi-jalannya-protokol-kesehatan-pengelola-mal-ikut-bentuk-gugus-tugas",
     "https://www.liputan6.com/bisnis/read/4289456/awasi-jalannya-protokol-kesehatan-pengelola-mal-ikut-bentuk-gugus-tugas"),
    ("cnnindonesia", "https://m.cnnindonesia.com/nasional/20250703143512-20-1246498/bmkg-peringatkan-gelombang-tinggi",
     "https://www.cnnindonesia.com/nasional/20250703143512-20-1246498/bmkg-peringatkan-gelombang-tinggi"),
    ("cnnindonesia", "https://cnnindonesia.com/nasional/20250703143512-20-1246498/bmkg-peringatkan-gelombang-tinggi",
     "https://www.cnnindonesia.com/nasional/20250703143512-20-1246498/bmkg-peringatkan-gelombang-tinggi"),
    # (h201 probe) sindonews' AMP view
    ("sindonews", "https://nasional.sindonews.com/newsread/1602135/15/hadapi-tantangan-pariwisata-1754305726",
     "https://nasional.sindonews.com/read/1602135/15/hadapi-tantangan-pariwisata-1754305726"),
])
def test_alternate_forms_of_an_article_url_are_the_article(site: str, form: str, desktop: str) -> None:
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings
    spider = SpiderLoader.from_settings(get_project_settings()).load(site)()
    assert spider.is_article_url(form) and spider.is_article_url(desktop)
    assert spider.view_identity(form) == spider.view_identity(desktop)  # one story: the other view is not fetched
    assert spider.url_day(form) == spider.url_day(desktop)


@pytest.mark.parametrize(("site", "url"), [
    ("okezone", "https://economy.okezone.com/amp/"),
    ("liputan6", "https://m.liputan6.com/amp/"),
    ("liputan6", "https://video.liputan6.com/amp/4289456/judul"),
    ("cnnindonesia", "https://m.cnnindonesia.com/tv/20250703143512-20-1246498/video"),
    ("cnnindonesia", "https://cdn.cnnindonesia.com/nasional/20250703143512-20-1246498/judul"),
])
def test_alternate_forms_stay_within_the_article_shape(site: str, url: str) -> None:
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings
    assert not SpiderLoader.from_settings(get_project_settings()).load(site)().is_article_url(url)


@pytest.mark.parametrize(("url", "amp", "plain"), [
    ("https://m.tribunnews.com/amp/regional/2025/06/10/judul", True, "https://m.tribunnews.com/regional/2025/06/10/judul"),
    ("https://www.contoh.id/berita/judul-berita/amp", True, "https://www.contoh.id/berita/judul-berita"),
    ("https://www.contoh.id/berita/judul-berita?amp=1&page=2", True, "https://www.contoh.id/berita/judul-berita?page=2"),
    ("https://www.contoh.id/berita/judul-berita?AMP", True, "https://www.contoh.id/berita/judul-berita"),
    # (h74 probe) an explicit switch-off names the plain page: no AMP copy, nothing to take away
    ("https://www.contoh.id/berita/judul-berita?amp=0", False, ""),
    ("https://www.contoh.id/berita/judul-berita?page=2&amp=false", False, ""),
    # words holding "amp" are no AMP mark
    ("https://www.tribunnews.com/kampanye/2025/06/10/judul-berita-ini", False, ""),
    ("https://www.contoh.id/berita/lampu-amp", False, ""),
])
def test_amp_views(url: str, amp: bool, plain: str) -> None:
    from newscrawl.urls import is_amp_url, view_rank, without_amp
    assert (is_amp_url(url), without_amp(url)) == (amp, plain)
    assert (view_rank(url) == 2) is amp


# (h215 probe) suara's regional editions (jogja., jatim., jabar., sumsel., kaltim., bali., lampung., batam., …
# suara.com) print /read/YYYY/MM/DD/{HHMMSS}/{slug} on their own host, the template of www's /{kanal}/… pages; the
# pattern pinned www: discovery dropped them as no articles and a page read with -a url= had no URL id. Their day and
# clock are unique within the edition only (a dozen editions and www publish in the same second most days): the id is
# led by the edition, so two editions' stories, or an edition's and www's, are never one key; www's ids stay as stored.
@pytest.mark.parametrize(("url", "article_id"), [
    ("https://www.suara.com/news/2024/06/19/153012/harga-cabai-rawit-di-pasar-senen", "20240619153012"),
    ("https://jogja.suara.com/read/2023/05/17/141533/antrean-solar-mengular-di-spbu-ringroad-utara",
     "jogja/20230517141533"),
    ("https://jatim.suara.com/read/2023/05/17/141533/banjir-rendam-permukiman-di-sidoarjo", "jatim/20230517141533"),
    ("https://sumsel.suara.com/read/2021/08/24/163512/judul-berita?utm_source=wa", "sumsel/20210824163512"),
    ("https://Bali.Suara.com/read/2024/06/19/153012/judul-berita", "bali/20240619153012"),
    ("https://jogja.suara.com/read/2023/05/17/141533/", None),  # no slug
    ("https://jogja.suara.com/news", None),  # the edition's rubric and index
    ("https://jogja.suara.com/indeks", None),
    ("https://jogja.suara.com/tag/solar", None),
    ("https://yoursay.suara.com/read/2024/06/19/110000/opini-pentingnya-literasi-keuangan", None),  # readers' posts
    ("https://yoursay.suara.com/news/2024/06/19/110000/opini-pentingnya-literasi-keuangan", None),
    ("https://www.suara.com/foto/2024/06/19/120000/suasana-salat-iduladha-di-masjid-istiqlal", None),
    ("https://media.suara.com/suara-partners/jogja/thumbs/1200x675/2023/05/17/1-antrean-solar.jpg", None),
])
def test_suara_article_urls(url: str, article_id: str | None) -> None:
    from datetime import date
    from newscrawl.spiders.suara import SuaraSpider
    spider = SuaraSpider()
    assert spider.is_article_url(url) is (article_id is not None)
    assert spider.article_id(url) == article_id
    if article_id:
        clock = article_id.rpartition("/")[2]
        assert spider.url_day(url) == date(int(clock[:4]), int(clock[4:6]), int(clock[6:8]))


def test_suara_editions_keys_never_merge() -> None:
    """The same day and clock on www and two editions: three keys; www's key is the one stored before (h215)."""
    from newscrawl.spiders.suara import SuaraSpider
    from newscrawl.state import article_key
    spider = SuaraSpider()
    urls = ("https://www.suara.com/news/2023/05/17/141533/judul-satu",
            "https://jogja.suara.com/read/2023/05/17/141533/judul-dua",
            "https://jatim.suara.com/read/2023/05/17/141533/judul-tiga")
    keys = [article_key("suara", spider.article_id(url), url) for url in urls]
    assert keys == ["suara#20230517141533", "suara#jogja/20230517141533", "suara#jatim/20230517141533"]


@pytest.mark.parametrize(("url", "content_id", "article_id"), [
    ("https://www.suara.com/news/2024/06/19/153012/judul", "2024061905117", "2024061905117"),  # as stored before
    ("https://m.suara.com/news/2024/06/19/153012/judul", "2024061905117", "2024061905117"),
    ("https://jogja.suara.com/read/2023/05/17/141533/judul", "2023051714153301", "jogja/2023051714153301"),
    ("https://jatim.suara.com/read/2023/05/17/141533/judul", "2023051714153301", "jatim/2023051714153301"),
    ("https://jogja.suara.com/read/2023/05/17/141533/judul", None, None),  # none: the URL's id (build_item)
])
def test_suara_datalayer_id_is_the_editions(url: str, content_id: str | None, article_id: str | None) -> None:
    """The dataLayer articleContentId is preferred as the page's id; an edition's is led by the edition too: its
    sequence is not known to be the network's (reconstructed dataLayer push, h215 probe form)."""
    from scrapy.http import HtmlResponse
    from newscrawl.extract import RawArticle
    from newscrawl.spiders.suara import SuaraSpider
    push = f"'articleContentId': '{content_id}', " if content_id else ""
    html = (f"<html><head><script>dataLayer = [{{{push}'articleDate': '2023-05-17 14:15:33', "
            f"'articleTotalPages': '1'}}];</script></head><body></body></html>")
    raw = RawArticle(url=url)
    SuaraSpider().adjust_article(raw, HtmlResponse(url, body=html.encode(), encoding="utf-8"))
    assert raw.article_id == article_id


# (h215 probe) jpnn before 2016: /read/YYYY/MM/DD/{number}/{Judul-Berita-} (title-case slug ending in "-"). The pattern
# knew /news/{slug} only: such a link was no article and a page read with -a url= had id null. The number is the old
# CMS's; /news/ URLs carry none (their slug is the id), so nothing says the two are one sequence: the number is the id
# led by "read/", which no slug holds (a slash), never the bare number a slug could spell.
@pytest.mark.parametrize(("url", "article_id"), [
    ("https://www.jpnn.com/news/harga-bawang-putih-tembus-rp80-ribu", "harga-bawang-putih-tembus-rp80-ribu"),
    ("https://m.jpnn.com/news/harga-bawang-putih-tembus-rp80-ribu?page=2", "harga-bawang-putih-tembus-rp80-ribu"),
    ("http://www.jpnn.com/read/2013/04/15/167342/Harga-Bawang-Putih-Tembus-Rp80-Ribu-per-Kilo-", "read/167342"),
    ("https://www.jpnn.com/read/2013/04/14/167201/Mendag-Minta-Importir-Lepas-Stok-Bawang-", "read/167201"),
    ("http://jpnn.com/read/2011/02/03/84512/Judul-Berita-?utm_source=fb", "read/84512"),
    ("http://www.jpnn.com/read/2013/04/15/167342", None),  # no slug
    ("http://www.jpnn.com/read/2013/04/15/", None),
    ("http://www.jpnn.com/index.php?mib=kategori&id=40", None),
])
def test_jpnn_article_urls(url: str, article_id: str | None) -> None:
    from datetime import date
    from newscrawl.spiders.jpnn import JpnnSpider
    spider = JpnnSpider()
    assert spider.is_article_url(url) is (article_id is not None)
    assert spider.article_id(url) == article_id
    day = re.search(r"/read/(\d{4})/(\d\d)/(\d\d)/", url)
    assert spider.url_day(url) == (date(*map(int, day.groups())) if day and article_id else None)


# (h226 probe) Real old URL forms of the outlets' own stories, met in archive crawls, that the patterns refused or read
# without an id: discovery dropped them as no articles and a page read with -a url= had id null (tempo's was not even
# fetched: tempointeraktif.com was no domain of tempo's).
# - Tempo Interaktif, Tempo's domain until 2011: /hg/{kanal}/YYYY/MM/DD/brk,YYYYMMDD-N,id.html. In 2004 N was the day's
#   own count (brk,20040422-34), by 2010-2011 a six-digit number (brk,20110601-338141); tempo.co's /read/news/ ids of
#   2012-2016 lead that kind of number with a three-digit kanal code (063396521) the old URL does not carry. So the id is
#   the old URL's date and number, led by "tempointeraktif/": unique in every year, never a tempo.co story's number.
@pytest.mark.parametrize(("url", "article_id", "day"), [
    ("http://www.tempointeraktif.com/hg/nasional/2010/07/09/brk,20100709-262345,id.html",
     "tempointeraktif/20100709-262345", (2010, 7, 9)),
    ("http://www.tempointeraktif.com/hg/politik/2011/06/01/brk,20110601-338141,id.html",
     "tempointeraktif/20110601-338141", (2011, 6, 1)),
    ("http://www.tempointeraktif.com/hg/ekbis/2008/10/08/brk,20081008-138894,id.html",
     "tempointeraktif/20081008-138894", (2008, 10, 8)),
    ("http://www.tempointeraktif.com/hg/nasional/2004/04/22/brk,20040422-34,id.html",
     "tempointeraktif/20040422-34", (2004, 4, 22)),
    ("http://www.tempointeraktif.com/hg/nasional/2004/04/23/brk,20040423-34,id.html",  # the next day's 34th
     "tempointeraktif/20040423-34", (2004, 4, 23)),
    ("http://tempointeraktif.com/hg/politik/2010/03/15/brk,20100315-232456,id.html?utm_source=fb",
     "tempointeraktif/20100315-232456", (2010, 3, 15)),
    ("http://www.tempointeraktif.com/", None, None),
    ("http://www.tempointeraktif.com/hg/nasional/", None, None),
    ("http://www.tempointeraktif.com/hg/nasional/2010/07/09/", None, None),
    ("http://blog.tempointeraktif.com/2010/07/09/catatan", None, None),
    # tempo.co's own forms keep their ids and read no day
    ("http://www.tempo.co/read/news/2012/04/12/063396521/KPK-Periksa-Angelina-Sondakh-Soal-Wisma-Atlet".lower(),
     "063396521", None),
    ("https://nasional.tempo.co/read/1216754/jokowi-resmikan-tol-trans-jawa", "1216754", None),
])
def test_tempointeraktif_article_urls(url: str, article_id: str | None, day: tuple[int, int, int] | None) -> None:
    from datetime import date
    spider = TempoSpider()
    assert spider.is_article_url(url) is (article_id is not None)
    assert spider.article_id(url) == article_id
    assert spider.url_day(url) == (date(*day) if day else None)


@pytest.mark.parametrize(("url", "article_id"), [
    # (h226 probe) ANTARA 2008-2010: /view/?i={id}&c={kanal}&s={sub}; i= is the id its /berita/{id}/{slug} form of the
    # same years carries (a timestamp-like number: 1278645123 for a story of 9 July 2010), so both are one story
    ("http://www.antaranews.com/view/?i=1278645123&c=NAS&s=", "1278645123"),
    ("http://www.antaranews.com/berita/1278645123/bmkg-gelombang-tinggi-ancam-perairan-selatan-jawa", "1278645123"),
    ("http://www.antaranews.com/view/?c=NAS&i=1278645123", "1278645123"),
    ("http://www.antaranews.com/view?i=1278645123", "1278645123"),
    ("http://www.antaranews.com/view/?i=1278645123&c=NAS&s=&utm_source=fb", "1278645123"),
    ("http://www.antaranews.com/view/", None),
    ("http://www.antaranews.com/view/?c=NAS&s=", None),  # a kanal's list
    ("http://www.antaranews.com/view/?i=&c=NAS", None),
    ("http://www.antaranews.com/view/?xi=1278645123", None),
    ("http://www.antaranews.com/view/?i=12786x45123", None),
])
def test_antaranews_view_urls(url: str, article_id: str | None) -> None:
    from newscrawl.spiders.antaranews import AntaranewsSpider
    spider = AntaranewsSpider()
    assert spider.is_article_url(url) is (article_id is not None)
    assert spider.article_id(url) == article_id


@pytest.mark.parametrize(("url", "article"), [
    # (h226 probe) tribunnews 2010-2013: /YYYY/MM/DD/{slug}, no section before the date (its id only in the page,
    # as the dated form's with a section)
    ("http://www.tribunnews.com/2011/04/12/ratusan-guru-honorer-demo-di-depan-istana", True),
    ("https://www.tribunnews.com/2011/09/21/kpk-tahan-wa-ode-nurhayati", True),
    ("https://m.tribunnews.com/2012/01/05/judul-berita?utm_source=wa", True),
    ("https://www.tribunnews.com/2011/09/21/", False),
    ("https://www.tribunnews.com/2011/09/21", False),
    ("https://www.tribunnews.com/2011/09/21/2011", False),  # no word: no slug
    ("https://www.tribunnews.com/video/2011/09/21/judul-video", False),
    ("https://jogja.tribunnews.com/2011/09/21/judul-berita", False),  # a regional newsroom
    # a day's listing pages (h229)
    ("https://www.tribunnews.com/2011/04/12/index", False),
    ("https://www.tribunnews.com/2011/04/12/page-2", False),
    ("https://www.tribunnews.com/2011/04/12/rss", False),
    ("https://www.tribunnews.com/2011/04/12/kanal-nasional", False),
])
def test_tribunnews_dated_urls_without_a_section(url: str, article: bool) -> None:
    from newscrawl.spiders.tribunnews import TribunnewsSpider
    spider = TribunnewsSpider()
    assert spider.is_article_url(url) is article
    assert spider.article_id(url) is None


@pytest.mark.parametrize(("url", "article_id"), [
    # (h226 probe) kumparan's URLs carried "@" before the account until ~2020: 2017-2018 /@{account}/{slug} with no id
    # (read keyed by its URL: no id is made up), 2019 /@{account}/{slug}-{id}, the id today's /{account}/{slug}-{id}
    # carries
    ("https://kumparan.com/@kumparannews/polisi-selidiki-penyebab-kebakaran-pasar-senen", None),
    ("https://kumparan.com/@kumparannews/membekali-diri-menghadapi-pelecehan-seksual", None),
    ("https://kumparan.com/@kumparanbola/tiba-di-hotel-persija-dapat-sambutan-meriah-dari-psm-1rboXdIfgaG",
     "1rboXdIfgaG"),
    ("https://kumparan.com/kumparanbola/tiba-di-hotel-persija-dapat-sambutan-meriah-dari-psm-1rboXdIfgaG",
     "1rboXdIfgaG"),
    ("https://kumparan.com/kumparannews/judul-berita-ini-22aBcDeFgHi", "22aBcDeFgHi"),
    # a base62 id with no digit (one in seven): a capital tells it from a slug's word
    ("https://kumparan.com/kumparannews/judul-berita-ini-abcDEFghIJk", "abcDEFghIJk"),
    # an id-less slug's last word of 11 letters is a word, not the id: two such stories would be one key
    ("https://kumparan.com/@kumparannews/jokowi-rombak-susunan-kementerian", None),
    ("https://kumparan.com/@kumparannews/rencana-reshuffle-kementerian", None),
])
def test_kumparan_at_account_urls(url: str, article_id: str | None) -> None:
    from newscrawl.spiders.kumparan import KumparanSpider
    from newscrawl.state import article_key
    spider = KumparanSpider()
    assert spider.is_article_url(url)
    assert spider.article_id(url) == article_id
    assert article_key("kumparan", spider.article_id(url), url) == (
        f"kumparan#{article_id}" if article_id else url)


@pytest.mark.parametrize("url", [
    "https://kumparan.com/@kumparannews",  # the account's page, its feed
    "https://kumparan.com/@kumparannews/",
    "https://kumparan.com/@kumparannews/rss",
    "https://kumparan.com/@kumparannews/feed",
    "https://kumparan.com/@kumparannews/story-list",  # the account's own pages (h229)
    "https://kumparan.com/@kumparannews/liked-stories",
    "https://kumparan.com/@topic/arus-balik-lebaran-2019",
    "https://kumparan.com/kumparannews/polisi-selidiki-penyebab-kebakaran-pasar-senen",  # today's form has an id
    "https://kumparan.com/kumparannews/rencana-reshuffle-kementerian",
    "https://kumparan.com/channel/news",
    "https://kumparan.com/topic/arus-balik",
    "https://kumparan.com/@channel/news",
])
def test_kumparan_non_articles(url: str) -> None:
    from newscrawl.spiders.kumparan import KumparanSpider
    assert not KumparanSpider().is_article_url(url)
