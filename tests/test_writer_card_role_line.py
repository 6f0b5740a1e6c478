"""A writer's card: the name over a line of the writer's role (h300 probe, pages reconstructed, made-up text).

A. A columnist's card over the column (republika 2016's opinion rubric, "Resonansi"; a card form many outlets' kolom
   pages share): ``<div class="kolom-profil"><img alt="Name"><div class="kolom-nama">Oleh: <strong>Ikhwanul Kiram
   Mashuri</strong></div><div class="kolom-jabatan">Wartawan Senior Republika</div></div>``. The labelled-byline reader
   (maintext._byline) took the role line for a byline of its own, "Wartawan: Senior Republika", the nearest one to the
   body; it named no person, so the card named no one (authors [] on the republika spider and generic; with the role
   "Penulis Buku dan Wartawan Senior Republika" the author was "Buku"). The role line under a labelled name is the
   writer's affiliation. And a labelled line that names no person no longer ends the site spider's search of the main
   text's edges (base.main_text_byline reads on, as generic did): the card's bare name over the role line is read.
D. okezone 2015's reporter card (../shared/realpages/okezone/article-lifestyle-2015.html, div.nmreporter):
   ``<div class="nmreporter"><div>Banda Haruddin Tanjung</div><span>Jurnalis</span></div>``: a name over a bare role
   word is a byline, a rule generic had; "Tanjung", a Batak family name, is also the head word of places ("Tanjung
   Priok"), which the name reader refused anywhere in a name. A place's head word leads it: only a name's last word
   may be one. An editor's card ("Name" / "Editor") stays no byline, as does a source's caption ("Name, Direktur X").
"""
from __future__ import annotations

import pytest
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.fields.authors import unlabelled_byline
from newscrawl.maintext import extract_main_text
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}

NAME = "Ikhwanul Kiram Mashuri"
REPUBLIKA_URL = ("https://www.republika.co.id/berita/kolom/resonansi/16/03/10/o3s1zk319-kota-yang-kehilangan-trotoar")
_COLUMN = (
    "<p>Pagi itu saya berjalan kaki dari Stasiun Sudirman menuju kantor di kawasan Kuningan. Jaraknya tidak sampai "
    "tiga kilometer, tetapi perjalanan itu terasa seperti melintasi medan perang.</p>"
    "<p>Trotoar yang seharusnya menjadi hak pejalan kaki sudah berubah fungsi. Di satu ruas ia menjadi lapak pedagang "
    "kaki lima, di ruas lain menjadi tempat parkir sepeda motor.</p>"
    "<p>Kita sering mendengar pemerintah kota berbicara tentang transportasi publik. Namun, transportasi publik tidak "
    "akan pernah berhasil bila perjalanan dari halte ke pintu kantor justru paling berbahaya.</p>"
    "<p>Barangkali ukuran beradabnya sebuah kota bukan seberapa tinggi gedungnya, melainkan seberapa aman seorang "
    "nenek menyeberang jalan di depan rumahnya sendiri.</p>")


def _column_page(card: str) -> str:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kota yang Kehilangan Trotoar | Republika "
            f"Online</title><link rel='canonical' href='{REPUBLIKA_URL}'><meta property='og:type' content='article'>"
            "<meta property='og:site_name' content='Republika Online'></head><body><div class='header'><a href="
            "'https://www.republika.co.id/'>Republika</a></div><div class='wrap'><div class='breadcome'><a href='/'>"
            "Home</a> <a href='/kolom'>Kolom</a> <a href='/kolom/resonansi'>Resonansi</a></div><div class='date-detail'>"
            "Kamis, 10 Maret 2016, 06:00 WIB</div><div class='detail-berita'><div class='judul-detail'><h1>Kota yang "
            f"Kehilangan Trotoar</h1></div>{card}<div class='content-detail'>{_COLUMN}</div></div></div>"
            "<div class='footer'>Copyright 2016 Republika Online</div></body></html>")


def _card(name_line: str, role_line: str, image: bool = True) -> str:
    photo = f"<img src='https://static.republika.co.id/uploads/images/kolomnis/x.jpg' alt='{NAME}'>" if image else ""
    return f"<div class='kolom-profil'>{photo}{name_line}{role_line}</div>"


_ROLE = "<div class='kolom-jabatan'>Wartawan Senior Republika</div>"
# (card, spiders) the forms of the columnist's card; both spiders read the name
CARDS = [
    # the probe's form (h300 C03), the name bold and plain
    _card(f"<div class='kolom-nama'>Oleh: <strong>{NAME}</strong></div>", _ROLE),
    _card(f"<div class='kolom-nama'>Oleh: {NAME}</div>", _ROLE),
    # the label in its own <span>, the role in a wrapper, <p> lines, the role's words leading another word
    _card(f"<div class='kolom-nama'><span>Oleh:</span> <strong>{NAME}</strong></div>", _ROLE),
    _card(f"<div class='kolom-nama'>Oleh: <strong>{NAME}</strong></div>",
          "<div class='kolom-jabatan'><span>Wartawan Senior Republika</span></div>"),
    _card(f"<p>Oleh: <strong>{NAME}</strong></p>", "<p>Wartawan Senior Republika</p>"),
    _card(f"<div class='kolom-nama'>Oleh: <strong>{NAME}</strong></div>",
          "<div class='kolom-jabatan'>Penulis Buku dan Wartawan Senior Republika</div>"),
    # one element, a <br> between the lines; other roles and institutions
    _card(f"<div class='kolom-nama'>Oleh: {NAME}<br>Wartawan Senior Republika</div>", ""),
    *[_card(f"<div class='kolom-nama'>Oleh: <strong>{NAME}</strong></div>", f"<div class='kolom-jabatan'>{role}</div>")
      for role in ("Kolumnis Republika", "Dosen Fakultas Hukum Universitas Indonesia", "Peneliti Senior LIPI",
                   "Direktur Eksekutif Indef")],
]


@pytest.mark.parametrize("spider", ["republika", "generic"])
@pytest.mark.parametrize("card", CARDS)
def test_a_columnists_role_line_leaves_the_card_its_name(spider: str, card: str) -> None:
    result = crawl_in_process(spider, {REPUBLIKA_URL: Route(_column_page(card).encode("utf-8"))},
                              f"url={REPUBLIKA_URL}", settings=QUIET)
    assert len(result.items) == 1, result.dropped
    assert result.items[0]["authors"] == [NAME]


@pytest.mark.parametrize(("card", "names"), [
    (_card(f"<div class='kolom-nama'>Oleh: <strong>{NAME}</strong></div>", _ROLE), [NAME]),
    (_card(f"<div class='kolom-nama'><span>Oleh:</span> <strong>{NAME}</strong></div>",
           "<div class='kolom-jabatan'>Penulis Buku dan Wartawan Senior Republika</div>"), [NAME]),
    (_card(f"<div class='kolom-nama'>Oleh: {NAME}<br>Wartawan Senior Republika</div>", ""), [NAME]),
    # a second writer's labelled line with its colon stays one: "Oleh: A" / "Penulis: B" in one card
    (_card(f"<div>Oleh: <strong>{NAME}</strong></div>", "<div>Penulis: Rina Marlina</div>"), ["Rina Marlina"]),
    # the role line alone (no labelled name over it) is still read as the labelled line it looks like
    (_card(f"<div class='kolom-nama'><strong>{NAME}</strong></div>", _ROLE), ["Senior Republika"]),
])
def test_main_text_byline_of_a_writers_card(card: str, names: list[str]) -> None:
    assert extract_main_text(Selector(text=_column_page(card))).byline == names


def test_a_labelled_line_naming_no_person_leaves_the_site_spider_the_cards_name() -> None:
    # The card's name unlabelled over the role line: the role line read "Wartawan: Senior Republika" named no person
    # and ended the republika spider's search; the name line over the role line (column_byline) is read now.
    card = _card(f"<div class='kolom-nama'><strong>{NAME}</strong></div>", _ROLE, image=False)
    result = crawl_in_process("republika", {REPUBLIKA_URL: Route(_column_page(card).encode("utf-8"))},
                              f"url={REPUBLIKA_URL}", settings=QUIET)
    assert [item["authors"] for item in result.items] == [[NAME]]


OKEZONE_URL = ("https://news.okezone.com/read/2015/11/05/340/1244301/kabut-asap-pekanbaru-sekolah-kembali-diliburkan")


def _okezone_page(card: str) -> str:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kabut Asap Pekat, Sekolah di Pekanbaru "
            f"Kembali Diliburkan : Okezone News</title><link rel='canonical' href='{OKEZONE_URL}'><meta property="
            "'og:type' content='Article'><meta property='og:site_name' content='news.okezone.com'></head><body>"
            "<div class='logo'><a href='https://www.okezone.com'>Okezone</a></div><div class='container'>"
            "<time class='tgl'>Kamis, 5 November 2015 - 14:22 wib</time><div class='titles'><h1>Kabut Asap Pekat, "
            f"Sekolah di Pekanbaru Kembali Diliburkan</h1></div><div class='detail-page'>{card}"
            "<div id='contentx' class='read'><p>PEKANBARU - Dinas Pendidikan Kota Pekanbaru kembali meliburkan seluruh "
            "sekolah setelah kualitas udara di ibu kota Provinsi Riau itu kembali memburuk, Kamis (5/11/2015).</p>"
            "<p>Kepala Dinas Pendidikan mengatakan keputusan itu diambil setelah indeks standar pencemar udara "
            "menunjukkan angka berbahaya sejak dini hari.</p><p>Sementara itu, BMKG Stasiun Pekanbaru mencatat jarak "
            "pandang pagi tadi hanya sekira 300 meter dan mendeteksi 42 titik panas di Riau.</p></div></div></div>"
            "</body></html>")


@pytest.mark.parametrize(("card", "names"), [
    # the real form (okezone 2015): the name over the bare role word "Jurnalis" in the reporter's card
    ("<div class='autor'><div class='nmreporter'><div>Banda Haruddin Tanjung</div><span>Jurnalis</span></div></div>",
     ["Banda Haruddin Tanjung"]),
    # the same card in a box no class marks: the bare role word under the name says it
    ("<div class='box'><div>Banda Haruddin Tanjung</div><span>Reporter</span></div>", ["Banda Haruddin Tanjung"]),
    # an editor's card and a source's caption stay nobody
    ("<div class='box'><div>Banda Haruddin Tanjung</div><span>Editor</span></div>", []),
    ("<div class='box'><div>Riko Kurniawan Tanjung, Direktur Walhi Riau</div></div>", []),
])
def test_a_name_over_a_bare_role_word_on_generic(card: str, names: list[str]) -> None:
    result = crawl_in_process("generic", {OKEZONE_URL: Route(_okezone_page(card).encode("utf-8"))},
                              f"url={OKEZONE_URL}", settings=QUIET)
    assert [item["authors"] for item in result.items] == [names]


@pytest.mark.parametrize(("before", "expected"), [
    (["Banda Haruddin Tanjung", "Jurnalis"], ["Banda Haruddin Tanjung"]),  # okezone 2015 (h300 C01)
    (["Akbar Tanjung", "Reporter"], ["Akbar Tanjung"]),
    # a place's head word leading the line: a place, no name
    (["Tanjung Priok", "Jurnalis"], []),
    (["Kuala Lumpur", "Jurnalis"], []),
    (["Kota Bogor", "Jurnalis"], []),
    (["Bandar Lampung", "Jurnalis"], []),
    # (h302 R1) only "Tanjung" may end a name: places, bodies and a paper end on place words too
    (["Bogor Kota", "Jurnalis"], []),
    (["Balai Kota", "Reporter"], []),
    (["Dana Desa", "Penulis"], []),
    (["Polsek Tanjung", "Jurnalis"], []),
    (["Sungai Tanjung", "Jurnalis"], []),
    # an editor's card, a source's caption
    (["Banda Haruddin Tanjung", "Editor"], []),
    (["Banda Haruddin Tanjung, Direktur Walhi Riau"], []),
])
def test_unlabelled_name_over_its_role(before: list[str], expected: list[str]) -> None:
    assert unlabelled_byline(before, [], ["okezone"]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # (h302 R1) a place, a public body or a paper after the writer's name is no second writer
    ("Laporan Wartawan Tribunnews.com, Rahmat Hidayat, Limapuluh Kota", ["Rahmat Hidayat"]),
    ("Laporan Wartawan Warta Kota, Andi Saputra, Bogor Kota", ["Andi Saputra"]),
    ("Laporan Wartawan Tribun, Balai Kota", []),
])
def test_a_place_word_closing_a_credit_part_names_no_writer(line: str, expected: list[str]) -> None:
    from newscrawl.fields.authors import lead_credit
    assert lead_credit([line, "Isi berita yang cukup panjang untuk dibaca sebagai prosa, kata dia."],
                       ["tribunnews", "Tribunnews.com"]) == expected
