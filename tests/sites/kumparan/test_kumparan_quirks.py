"""kumparan quirks the item comparison cannot see.

- Discovery reads news:publication_date from the channel news sitemap: entries outside -a since/until
  (site-local WIB days, while the sitemap speaks UTC) are never fetched (replay proxy hits).
- JSON-LD dates are UTC ("…Z"): the item shows them at +07:00, the same instant.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest

from conftest import SITES_DIR, run_crawl
from replay import routes_from_fixtures

SITEMAP = "https://kumparan.com/sitemap_channel_news.xml"
IN_WINDOW = {
    "https://kumparan.com/kumparannews/kemenhub-siapkan-120-bus-tambahan-untuk-arus-balik-libur-iduladha-22yT5mQ8wLr":
        SITES_DIR / "kumparan" / "article.html",
    "https://kumparan.com/kumparanbisnis/bi-catat-uang-beredar-mei-2024-tumbuh-7-persen-22yR0pKc3Vd":
        SITES_DIR / "kumparan" / "day-boundary.html",
}
OUT_OF_WINDOW = (
    "https://kumparan.com/kumparannews/pemprov-dki-gelar-uji-emisi-gratis-di-lima-lokasi-22yV7hN2bXq",  # 20 Jun WIB
    "https://kumparan.com/kumparanbola/jadwal-timnas-u-19-di-piala-aff-2024-22yQ9sLm4Te",  # 18 Jun 23:59 WIB
    "https://kumparan.com/kumparanfood/resep-opor-ayam-kuning-untuk-iduladha-22xK1aB2cD3",  # 10 Jun
)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    return run_crawl("kumparan", routes_from_fixtures(SITES_DIR / "kumparan"), tmp_path_factory.mktemp("kumparan-quirks"),
                     "since=2024-06-19", "until=2024-06-19")


def test_sitemap_window_decides_what_is_fetched(crawl):
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert crawl.fetched(SITEMAP) == 1
    for url in IN_WINDOW:
        assert crawl.fetched(url) == 1, (url, crawl.hits)
    for url in OUT_OF_WINDOW:
        assert crawl.fetched(url) == 0, (url, crawl.hits)
    # Only robots.txt, the sitemap and the two in-window articles went over the wire.
    assert len(crawl.hits) == 4, crawl.hits
    assert crawl.stats.get("newscrawl/discovery/outside_window") == len(OUT_OF_WINDOW)
    assert sorted(i["url"] for i in crawl.items) == sorted(IN_WINDOW)


def test_utc_json_ld_dates_shown_at_plus_seven_same_instant(crawl):
    for url, page in IN_WINDOW.items():
        ld = json.loads(re.search(r'<script type="application/ld\+json">(\{"@context":"https://schema.org",'
                                  r'"@type":"NewsArticle".*?)</script>', page.read_text(encoding="utf-8")).group(1))
        assert ld["datePublished"].endswith("Z")
        item = crawl.item(url)
        for field, ld_field in (("published_at", "datePublished"), ("updated_at", "dateModified")):
            shown = datetime.fromisoformat(item[field])
            assert shown.utcoffset() == timedelta(hours=7), item[field]
            assert shown == datetime.fromisoformat(ld[ld_field].replace("Z", "+00:00")), (field, item[field])


# Reconstructed (h57 probe, c11): a how-to story whose sections are <h2> subheadings and whose requirements and steps
# are <ul>/<ol> lists, siblings of its story-paragraph <p>s in one container; an ad <aside> and a figure beside them.
HOW_TO = """<html><body><article><h1 data-qa-id="story-title">Cara Cek Penerima BSU 2025</h1><div class="story-body">
<p data-qa-id="story-paragraph">Pemerintah kembali menyalurkan Bantuan Subsidi Upah (BSU) 2025 sebesar Rp600 ribu.</p>
<h2 data-qa-id="story-subtitle">Syarat Penerima BSU 2025</h2>
<p data-qa-id="story-paragraph">Berikut syarat yang harus dipenuhi:</p>
<ul><li><span>Warga Negara Indonesia dengan NIK</span></li><li><span>Bukan PNS, TNI, atau Polri</span></li></ul>
<aside class="ad-slot"><div>ADVERTISEMENT</div></aside>
<h2>Cara Cek Penerima BSU Lewat HP</h2>
<ol><li>Buka laman bsu.kemnaker.go.id</li><li>Lengkapi profil lalu cek notifikasi status penerima</li></ol>
<figure><img src="x.jpg" alt=""><figcaption>Ilustrasi. Foto: Dok. kumparan</figcaption></figure>
<p data-qa-id="story-paragraph">Penyaluran BSU dilakukan melalui bank Himbara dan PT Pos Indonesia.</p>
</div></article></body></html>"""


# kumparan's widgets after a story: the editor's picks (linked titles with their age) and a poll with its buttons.
WIDGETS = """<h2>Pilihan Editor</h2><ol>
<li><a href="https://kumparan.com/kumparannews/a1">Jadwal Mudik Gratis 2024 Dibuka Pekan Depan</a><span>2 jam lalu</span></li>
<li><a href="https://kumparan.com/kumparannews/a2">Harga Tiket Bus Naik Jelang Arus Balik</a><span>3 jam lalu</span></li></ol>
<h4>Bagaimana pendapatmu soal kebijakan ini?</h4><ol class="poll"><li><button>Setuju</button></li>
<li><button>Tidak setuju</button></li></ol>
"""


# Reconstructed (h61 probe, k03/k08): after the story's last paragraph the same tags are widgets, siblings in the same
# container: "Pilihan Editor" over linked titles with their age ("2 jam lalu"), a poll's <h4> question over its buttons.
TRAILING_WIDGETS = """<html><body><article><h1 data-qa-id="story-title">Kemenhub Siapkan Bus Tambahan</h1>
<div class="story-body">
<p data-qa-id="story-paragraph">Kementerian Perhubungan menyiapkan 120 bus tambahan untuk arus balik.</p>
<h2>Titik Keberangkatan</h2>
<p data-qa-id="story-paragraph">Bus berangkat dari Terminal Pulo Gebang.</p>
<p data-qa-id="story-paragraph">Puncak arus balik diperkirakan terjadi pada Minggu (23/6) malam.</p>""" + WIDGETS + """
</div></article></body></html>"""


# Reconstructed (h63 probe, k1/k4): a story ending in its own list after the last paragraph ("Berikut syaratnya:" over a
# <ul> of documents, the steps <ol> with a link in one of them) lost it, read as a trailing widget by its position; the
# widgets are told by what they hold (linked titles with their age, a poll's buttons) and stay out.
ENDING_LIST = """<html><body><article><h1 data-qa-id="story-title">Kemenhub Siapkan Bus Tambahan</h1>
<div class="story-body">
<p data-qa-id="story-paragraph">Kementerian Perhubungan menyiapkan 120 bus tambahan untuk arus balik.</p>
<p data-qa-id="story-paragraph">Berikut syaratnya:</p><ul><li>Fotokopi KTP</li><li>Fotokopi Kartu Keluarga</li>
<li>Daftar di <a href="https://mudikgratis.dephub.go.id">mudikgratis.dephub.go.id</a> sebelum 20 Juni</li></ul>
""" + WIDGETS + """
</div></article></body></html>"""


# Reconstructed (h67 probe, k1/k5): a list of linked regulations the story's paragraph announces, and a listicle whose
# numbered subheadings link to topic pages: the story's, however linked (they were read as widgets and dropped).
LINKED_BUT_THE_STORYS = """<html><body><article><h1 data-qa-id="story-title">Prabowo Cabut Aturan Energi</h1>
<div class="story-body">
<p data-qa-id="story-paragraph">Presiden mencabut sejumlah peraturan yang dinilai menghambat investasi energi.</p>
<p data-qa-id="story-paragraph">Berikut daftar peraturan yang dicabut:</p>
<ul><li><a href="https://jdih.example.go.id/pp-23-2010">Peraturan Pemerintah Nomor 23 Tahun 2010</a></li>
<li><a href="https://jdih.example.go.id/pp-1-2014">Peraturan Pemerintah Nomor 1 Tahun 2014</a></li></ul>
<h2>1. <a href="https://kumparan.com/topic/pantai-kuta">Pantai Kuta</a></h2>
<p data-qa-id="story-paragraph">Pantai Kuta terkenal dengan matahari terbenamnya.</p>
</div></article></body></html>"""


# Reconstructed (h67 probe, k3): a fact check closing with "Referensi:" over its linked sources, each element a
# container of its own. A related or pick label alone over a linked title is dropped across containers (tempo's split
# "Pilihan Editor:", h68); a label no catalogue knows announces the story's list.
REFERENCES = """<html><body><article><h1 data-qa-id="story-title">[HOAKS] Video Tsunami di Pangandaran</h1>
<div class="story-body">
<p data-qa-id="story-paragraph">Sebuah video yang diklaim menunjukkan tsunami di Pangandaran beredar di media sosial.</p>
<p data-qa-id="story-paragraph">Referensi:</p>
<ul><li><a href="https://www.bmkg.go.id/press-release/1">BMKG: Siaran Pers Gempa Magnitudo 5,6 di Cianjur</a></li>
<li><a href="https://turnbackhoax.id/2024/1">Turnbackhoax: [SALAH] Video Tsunami di Pangandaran</a></li></ul>
</div></article></body></html>"""


# Reconstructed (h67 probe, d3 in kumparan's markup): a subheading over a list of hospitals, each linked to its website's
# home page, the story going on after it. Its items are all link, so it read as a widget (and the heading over it);
# a widget links articles, topics or nothing, never a site's home page.
HOME_LINKED_LIST = """<html><body><article><h1 data-qa-id="story-title">Kemenkes Tetapkan RS Rujukan DBD</h1>
<div class="story-body">
<p data-qa-id="story-paragraph">Kementerian Kesehatan merilis daftar rumah sakit rujukan penanganan demam berdarah.</p>
<h2 data-qa-id="story-subtitle">Daftar RS Rujukan DBD</h2>
<ul><li><a href="https://rsudtarakan.jakarta.go.id">RSUD Tarakan</a></li>
<li><a href="https://rscm.co.id/">RSUPN Cipto Mangunkusumo</a></li></ul>
<p data-qa-id="story-paragraph">Warga diminta segera ke fasilitas kesehatan bila demam lebih dari dua hari.</p>
</div></article></body></html>"""


# Reconstructed (h113 probe): a ministry's statement quoted in full as a <blockquote> of paragraphs, and a table of
# figures, among the story-paragraph <p>s, siblings in the same container, with an ad <aside> and a tweet's embed
# blockquote beside them. Neither is a story-paragraph: both were lost.
QUOTE_AND_TABLE = """<html><body><article><h1 data-qa-id="story-title">Pernyataan Lengkap Kemlu</h1>
<div class="story-body">
<p data-qa-id="story-paragraph">Kemlu membenarkan ada dua WNI yang ditahan otoritas Myanmar di wilayah Myawaddy.</p>
<p data-qa-id="story-paragraph">Berikut pernyataan lengkap Kemlu:</p>
<blockquote data-qa-id="story-blockquote"><p>Kemlu telah menerima informasi mengenai penahanan dua WNI.</p>
<p>KBRI Yangon telah berkomunikasi dengan otoritas setempat.</p></blockquote>
<aside class="ad-slot"><div>ADVERTISEMENT</div></aside>
<p data-qa-id="story-paragraph">Berikut daftar UMP 2026:</p>
<div class="table-wrapper"><table><tr><th>Provinsi</th><th>UMP 2026</th></tr><tr><td>DKI Jakarta</td><td>Rp5.729.876</td></tr>
<tr><td>Jawa Tengah</td><td>Rp2.324.775</td></tr></table></div>
<blockquote class="twitter-tweet"><p lang="in">Waspada tawaran kerja ilegal di Myanmar.</p>&mdash; Judha Nugraha
<a href="https://twitter.com/judhanugraha/status/1">March 18, 2025</a></blockquote>
<p data-qa-id="story-paragraph">Sejak 2022, Kemlu telah memulangkan lebih dari 1.000 WNI dari Myanmar.</p>
</div></article></body></html>"""


# The story's body in order, per reconstructed page above: its subheadings and lists (linked or not, when the story
# announces or continues them) with its paragraphs, the widgets after it left out.
@pytest.mark.parametrize(("page", "expected"), [
    pytest.param(HOW_TO, [
        "Pemerintah kembali menyalurkan Bantuan Subsidi Upah (BSU) 2025 sebesar Rp600 ribu.",
        "Syarat Penerima BSU 2025", "Berikut syarat yang harus dipenuhi:",
        "Warga Negara Indonesia dengan NIK", "Bukan PNS, TNI, atau Polri",
        "Cara Cek Penerima BSU Lewat HP",
        "Buka laman bsu.kemnaker.go.id", "Lengkapi profil lalu cek notifikasi status penerima",
        "Penyaluran BSU dilakukan melalui bank Himbara dan PT Pos Indonesia.",
    ], id="subheadings_and_lists_read_with_the_paragraphs"),
    pytest.param(TRAILING_WIDGETS, [
        "Kementerian Perhubungan menyiapkan 120 bus tambahan untuk arus balik.",
        "Titik Keberangkatan", "Bus berangkat dari Terminal Pulo Gebang.",
        "Puncak arus balik diperkirakan terjadi pada Minggu (23/6) malam.",
    ], id="widgets_after_the_last_paragraph_stay_out"),
    pytest.param(ENDING_LIST, [
        "Kementerian Perhubungan menyiapkan 120 bus tambahan untuk arus balik.", "Berikut syaratnya:",
        "Fotokopi KTP", "Fotokopi Kartu Keluarga", "Daftar di mudikgratis.dephub.go.id sebelum 20 Juni",
    ], id="a_list_ending_the_story_is_read_and_widgets_after_it_are_not"),
    pytest.param(LINKED_BUT_THE_STORYS, [
        "Presiden mencabut sejumlah peraturan yang dinilai menghambat investasi energi.",
        "Berikut daftar peraturan yang dicabut:", "Peraturan Pemerintah Nomor 23 Tahun 2010",
        "Peraturan Pemerintah Nomor 1 Tahun 2014", "1. Pantai Kuta", "Pantai Kuta terkenal dengan matahari terbenamnya.",
    ], id="a_linked_list_the_story_announces_and_linked_subheadings_are_read"),
    pytest.param(REFERENCES, [
        "Sebuah video yang diklaim menunjukkan tsunami di Pangandaran beredar di media sosial.", "Referensi:",
        "BMKG: Siaran Pers Gempa Magnitudo 5,6 di Cianjur", "Turnbackhoax: [SALAH] Video Tsunami di Pangandaran",
    ], id="a_closing_list_of_linked_references_is_read"),
    pytest.param(HOME_LINKED_LIST, [
        "Kementerian Kesehatan merilis daftar rumah sakit rujukan penanganan demam berdarah.", "Daftar RS Rujukan DBD",
        "RSUD Tarakan", "RSUPN Cipto Mangunkusumo",
        "Warga diminta segera ke fasilitas kesehatan bila demam lebih dari dua hari.",
    ], id="a_list_of_home_pages_the_story_goes_on_after_is_read"),
    pytest.param(QUOTE_AND_TABLE, [
        "Kemlu membenarkan ada dua WNI yang ditahan otoritas Myanmar di wilayah Myawaddy.",
        "Berikut pernyataan lengkap Kemlu:", "Kemlu telah menerima informasi mengenai penahanan dua WNI.",
        "KBRI Yangon telah berkomunikasi dengan otoritas setempat.", "Berikut daftar UMP 2026:",
        "Provinsi | UMP 2026", "DKI Jakarta | Rp5.729.876", "Jawa Tengah | Rp2.324.775",
        "Sejak 2022, Kemlu telah memulangkan lebih dari 1.000 WNI dari Myanmar.",
    ], id="a_quoted_statement_and_a_table_among_the_paragraphs_are_read_an_embed_is_not"),
])
def test_the_storys_paragraphs_subheadings_and_lists_in_order(page: str, expected: list[str]) -> None:
    from parsel import Selector

    from newscrawl.extract import article_body
    from newscrawl.spiders.kumparan import KumparanSpider

    blocks, source = article_body(Selector(text=page), KumparanSpider.rules)
    assert (source, blocks) == ("dom", expected)
