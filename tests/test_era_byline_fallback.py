"""A site spider whose template era matched the page's body but none of whose byline selectors did still
finds the writer: the byline beside the main text, as generic reads it (NewsSpider.main_text_byline)."""
from __future__ import annotations

from inprocess import crawl_in_process
from replay import Route

# (reconstructed: antaranews 2012) the era of #content_news matches the body; the writer is only the body's
# first line, "Oleh <name>", which the cleaning cuts from the story. Before, authors came out [].
URL = "http://www.antaranews.com/berita/310500/menjaga-tradisi-tenun-ikat-di-sumba"
PAGE = """<html><head><title>Menjaga Tradisi Tenun Ikat di Sumba - ANTARA News</title></head><body>
<div class="wrapper"><h1>Menjaga Tradisi Tenun Ikat di Sumba</h1><div class="date">Senin, 14 Mei 2012 15:30 WIB</div>
<div id="content_news">
Oleh Hanni Sofia Soepardi<br /><br />
Waingapu, 14/5 (ANTARA) - Di bawah rindang pohon asam, Rambu Ana (56) tekun menyusun benang di alat tenun kayu.
Ia sudah menenun sejak berusia belasan tahun.<br /><br />
"Kain ini butuh tiga bulan. Pewarnanya dari akar mengkudu dan daun nila," katanya.<br /><br />
Sehelai kain tenun ikat Sumba bisa dihargai jutaan rupiah. Namun perajin muda kian sedikit karena generasi muda
memilih merantau.<br /><br />
</div></div></body></html>"""


def test_an_era_without_a_matching_byline_selector_reads_the_byline_by_the_body() -> None:
    [item] = crawl_in_process("antaranews", {URL: Route(PAGE)}, f"url={URL}").items
    assert item["authors"] == ["Hanni Sofia Soepardi"]
    assert item["body"][0].startswith("Waingapu, 14/5 (ANTARA) - Di bawah rindang")


# (h163 probe, reconstructed from the Jawa Pos group's Riau Pos 2015 form on a site spider's page whose body selectors
# no longer match) the story's container closes with "Laporan <strong>NAME</strong>, City", no colon: the main text
# trims that line off its end, so neither the site's body nor its byline selectors hold it. Before, authors came out [].
URL_CLOSING = "http://www.antaranews.com/berita/310777/kabut-asap-makin-pekat-sekolah-diliburkan"
PAGE_CLOSING = """<html><head><title>Kabut Asap Makin Pekat, Sekolah Diliburkan - ANTARA News</title></head><body>
<div class="wrapper"><h1>Kabut Asap Makin Pekat, Sekolah Diliburkan</h1><div class="tgl">Senin, 14 September 2015 10:25 WIB</div>
<div class="isi-berita-lama">
Pekanbaru (ANTARA News) - Kabut asap yang menyelimuti Kota Pekanbaru sejak sepekan terakhir mulai mengganggu aktivitas
warga. Jarak pandang pada Senin pagi hanya sekitar 300 meter.<br /><br />
Kepala Dinas Pendidikan Kota Pekanbaru mengatakan sekolah tingkat TK hingga SMP diliburkan selama tiga hari ke depan,
karena indeks standar pencemar udara sudah masuk kategori berbahaya.<br /><br />
Sementara itu, sejumlah penerbangan di Bandara Sultan Syarif Kasim II tertunda karena jarak pandang tidak memenuhi
syarat pendaratan.<br /><br />
(*/yls)<br /><br />
Laporan <strong>Hendrawan Kariman</strong>, Pekanbaru
</div></div></body></html>"""


def test_a_report_credit_closing_the_main_text_names_the_writer() -> None:
    [item] = crawl_in_process("antaranews", {URL_CLOSING: Route(PAGE_CLOSING)}, f"url={URL_CLOSING}").items
    assert item["authors"] == ["Hendrawan Kariman"]
    assert not any("Laporan" in block for block in item["body"])
