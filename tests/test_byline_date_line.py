"""A byline and the date line beside it, and a press release's dateline lede (h251 probe).

Reconstructed from the probe's pages (the WordPress-style form many Indonesian outlets' themes print, and the press
release form wire and regional sites carry):

1. The header's meta row: the byline's <span> and the date line's <span> side by side,
   ``<span class="byline">Oleh <a>Rina Marlina</a></span> <span class="posted-on">Diterbitkan 19 Juni 2024 …</span>``.
   The line reads "Oleh Rina Marlina Diterbitkan 19 Juni 2024 …"; the byline readers took the date line's label for a
   word of the name (authors ['Rina Marlina Diterbitkan']), and with the spans glued ("…</b><span>Terbit 19 Juni
   2024</span>") the labelled-byline reader read one word "MarlinaTerbit" ('Rina MarlinaTerbit', 'Rina MarlinaRabu').
2. A short lede opening with the release's dateline, ``<p>Jakarta, 19 Juni 2024 – Kamis (20/6/2024) besok, pameran
   UMKM dibuka di JCC.</p>`` (76 characters): generic's main text cut it as a date line over the story (4 paragraphs
   -> 3). A bare "Jakarta, 19 Juni 2024" or "Rabu, 19 Juni 2024 - 20:40 WIB" stays a date line.
"""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from newscrawl.fields.authors import is_person, split_byline, without_date_after_name
from replay import Route

SITE = "https://www.beritakotaku.id"
PARAGRAPHS = (
    "Sejumlah pelaku usaha mikro, kecil dan menengah dari berbagai daerah di Indonesia dijadwalkan ikut serta dalam "
    "kegiatan tersebut. Panitia menyebut lebih dari tiga ratus stan telah terisi sejak pendaftaran dibuka.",
    "Ketua panitia, Andi Wijaya, mengatakan acara tahun ini diharapkan menarik lebih banyak pengunjung dibandingkan "
    "tahun lalu. Menurut dia, promosi sudah dilakukan melalui media sosial dan kerja sama dengan pemerintah daerah.",
    "\"Kami ingin produk lokal semakin dikenal masyarakat luas, tidak hanya di kota besar tetapi juga sampai ke "
    "daerah,\" ujar Andi kepada wartawan di lokasi acara.",
)
LEAD = ("Pameran produk usaha mikro, kecil dan menengah kembali digelar di Jakarta Convention Center pekan ini dengan "
        "menghadirkan ratusan peserta dari seluruh Indonesia.")


def _page(meta: str, first: str = LEAD) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in (first, *PARAGRAPHS))
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Pameran UMKM Digelar di JCC - Berita "
            "Kotaku</title></head><body><header><a href='/'>Berita Kotaku</a></header><main><article class='post'>"
            f"<h1 class='entry-title'>Pameran UMKM Digelar di JCC</h1>{meta}<div class='entry-content'>{paragraphs}"
            "</div></article></main></body></html>")


def _item(spider: str, url: str, html: str) -> dict:
    result = crawl_in_process(spider, {url: Route(html.encode("utf-8"))}, f"url={url}")
    assert len(result.items) == 1, result.dropped
    return dict(result.items[0])


@pytest.mark.parametrize("meta", [
    # the probe's p1: the spans apart by a space, the date line's label read as a third name word
    "<div class='entry-meta'><span class='byline'>Oleh <a href='/author/rina/'>Rina Marlina</a></span> "
    "<span class='posted-on'>Diterbitkan 19 Juni 2024 dan diperbarui 20 Juni 2024</span></div>",
    "<div class='info'><span>Oleh Rina Marlina</span> <span>Diterbitkan 19 Juni 2024</span></div>",
    "<div class='entry-meta'>Oleh <a href='/author/rina/'>Rina Marlina</a><span> Terbit 19 Juni 2024</span></div>",
    "<div class='entry-meta'><span class='byline'>By <a href='/author/rina/'>Rina Marlina</a></span> "
    "<span class='posted-on'>Updated June 20, 2024</span></div>",
    "<div class='entry-meta'><span class='byline'>By <a href='/author/rina/'>Rina Marlina</a></span> "
    "<span class='posted-on'>Last Updated June 20, 2024</span></div>",
    "<div class='entry-meta'>Oleh <b>Rina Marlina</b> <span>Update 20 Juni 2024</span></div>",
    # glued: no space between the two elements' texts
    "<div class='entry-meta'>Oleh <b>Rina Marlina</b><span>Terbit 19 Juni 2024</span></div>",
    "<div class='entry-meta'>Oleh <a href='/author/rina/'>Rina Marlina</a><span>Terbit 19 Juni 2024</span></div>",
    "<div class='entry-meta'>Penulis: <b>Rina Marlina</b><span>Rabu, 19 Juni 2024</span></div>",
    "<div class='meta'><span>By Rina Marlina</span><span>Updated June 20, 2024</span></div>",
    # read right before the fix already: the label after a colon, a lowercase "Pada", the spans glued in a link
    "<div class='entry-meta'>Penulis: <a href='/author/rina/'>Rina Marlina</a> <span>Dipublikasikan: Rabu, 19 Juni "
    "2024</span></div>",
    "<div class='entry-meta'>Oleh <b>Rina Marlina</b> <span>Pada 19 Juni 2024</span></div>",
    "<div class='entry-meta'><span class='byline'>Oleh <a href='/author/rina/'>Rina Marlina</a></span><span "
    "class='posted-on'>Diterbitkan 19 Juni 2024</span></div>",
])
def test_a_date_line_beside_the_byline_is_no_part_of_the_name(meta: str) -> None:
    url = f"{SITE}/ekonomi/pameran-umkm-digelar-di-jcc/"
    assert _item("generic", url, _page(meta))["authors"] == ["Rina Marlina"]


@pytest.mark.parametrize(("meta", "name"), [
    # (h258 probe) the name's last word a month's or a weekday's, an unlabelled date after it: the whole name
    ("<div class='entry-meta'>Oleh <b>Dwi Juli</b> <span>19 Juni 2024</span></div>", "Dwi Juli"),
    ("<div class='entry-meta'>Penulis: <b>Putri Mei</b> <span>20/06/2024 14:05 WIB</span></div>", "Putri Mei"),
    ("<div class='entry-meta'>Oleh <b>Andi Minggu</b> <span>19 Juni 2024 | 20:40 WIB</span></div>", "Andi Minggu"),
])
def test_a_name_ending_in_a_month_or_weekday_word_keeps_it(meta: str, name: str) -> None:
    url = f"{SITE}/ekonomi/pameran-umkm-digelar-di-jcc/"
    assert _item("generic", url, _page(meta))["authors"] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Rina Marlina Diterbitkan 19 Juni 2024 dan diperbarui 20 Juni 2024", "Rina Marlina"),
    ("Rina Marlina Dipublikasikan: Rabu, 19 Juni 2024", "Rina Marlina"),
    ("Rina Marlina - Diterbitkan 19 Juni 2024", "Rina Marlina"),
    ("Rina Marlina | Published: June 19, 2024", "Rina Marlina"),
    ("Rina Marlina Terakhir diperbarui pada Rabu, 19 Juni 2024", "Rina Marlina"),
    ("Rina Marlina Posted", "Rina Marlina"),
    ("Rina MarlinaTerbit 19 Juni 2024", "Rina Marlina"),  # two elements' texts glued
    ("Rina Marlina Update 20 Juni 2024", "Rina Marlina"),  # "Update", "Pada", "On": labels before a date only
    ("Rina Marlina Pada Rabu, 19 Juni 2024", "Rina Marlina"),
    ("Rina Marlina on June 19, 2024", "Rina Marlina"),
    ("Rina Marlina Rabu, 19 Juni 2024", "Rina Marlina"),  # a weekday opening the date
    ("Rina Marlina June 19, 2024", "Rina Marlina"),
    # names keep their words: a label inside a word, a weekday's or a month's word with no date, a capital mid-word
    ("Sutayang Wijaya", "Sutayang Wijaya"),
    ("Agus Tanggal", "Agus Tanggal"),
    ("Andi Minggu", "Andi Minggu"),
    ("Dwi Juli Hastuti", "Dwi Juli Hastuti"),
    ("Kate May Lamb", "Kate May Lamb"),
    ("LaNyalla Mattalitti", "LaNyalla Mattalitti"),
    ("Andi Saputra dan Rina Marlina", "Andi Saputra dan Rina Marlina"),
    # (h258 probe) a name's last word a month's or a weekday's before an unlabelled date: the name's (a weekday opens a
    # date with its comma; a month's number the day of another month's date is no month-first date)
    ("Dwi Juli 19 Juni 2024", "Dwi Juli 19 Juni 2024"),
    ("Andi Minggu 19 Juni 2024", "Andi Minggu 19 Juni 2024"),
    ("Kate May 19 June 2024", "Kate May 19 June 2024"),
    ("Sri Juni 19/06/2024", "Sri Juni 19/06/2024"),
    ("Dwi Juli 2024-06-19", "Dwi Juli 2024-06-19"),
    ("Andi Sabtu Sabtu, 22 Juni 2024", "Andi Sabtu"),
])
def test_without_date_after_name(text: str, name: str) -> None:
    assert without_date_after_name(text) == name


@pytest.mark.parametrize(("byline", "names"), [
    ("Oleh Rina Marlina Diterbitkan 19 Juni 2024 dan diperbarui 20 Juni 2024", ["Rina Marlina"]),
    ("By Rina Marlina Updated June 20, 2024", ["Rina Marlina"]),
    ("Penulis: Andi Saputra dan Rina Marlina Terbit 19 Juni 2024", ["Andi Saputra", "Rina Marlina"]),
])
def test_split_byline_leaves_the_date_line_out(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize("text", ["Diterbitkan", "Diterbitkan 19 Juni", "Published", "Last Updated"])
def test_a_date_lines_label_is_no_person(text: str) -> None:
    assert not is_person(text)


PRESS_LEDE = "Jakarta, 19 Juni 2024 – Kamis (20/6/2024) besok, pameran UMKM dibuka di JCC."


@pytest.mark.parametrize(("lede", "kept"), [
    (PRESS_LEDE, True),  # the probe's p4
    ("JAKARTA - Kamis (20/6/2024) besok, pameran UMKM dibuka di JCC.", True),
    ("Jakarta, 19 Juni 2024 – pameran UMKM dibuka di JCC pada Kamis besok.", True),
    ("JAKARTA, 19 Juni 2024 – 1 Juli 2024 menjadi batas akhir pendaftaran.", True),
    # date lines stay cut: a bare dateline with its date, a date line with a dash, a label or a byline after the dash
    ("Jakarta, 19 Juni 2024", False),
    ("Rabu, 19 Juni 2024 - 20:40 WIB", False),
    ("Jakarta, 19 Juni 2024 - Diperbarui 20 Juni 2024.", False),
    ("Jakarta, 19 Juni 2024 - Oleh Budi Santoso dan tim redaksi.", False),
])
def test_a_dateline_lede_is_the_storys_first_paragraph(lede: str, kept: bool) -> None:
    url = f"{SITE}/rilis/pameran-umkm-jcc-kamis/"
    body = _item("generic", url, _page("", first=lede))["body"]
    assert body == [lede] * kept + list(PARAGRAPHS)


def test_a_site_spider_keeps_the_dateline_lede() -> None:
    """sindonews' br-split body opening with the release's dateline (a site spider kept it before the fix too)."""
    url = "https://ekbis.sindonews.com/read/1401235/34/pameran-umkm-dibuka-kamis-1718804401"
    text = "<br><br>".join((PRESS_LEDE, *PARAGRAPHS))
    html = ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Pameran UMKM Dibuka Kamis - SINDOnews"
            "</title></head><body><div class='detail-artikel'><h1 class='detail-title'>Pameran UMKM Dibuka Kamis</h1>"
            "<div class='detail-nama-redaksi'><a rel='author' href='https://index.sindonews.com/blog/3189/rina-marlina'>"
            "Rina Marlina</a></div><div class='detail-date-artikel'>Rabu, 19 Juni 2024 - 20:40 WIB</div>"
            f"<div id='detail-desc'>{text}</div></div></body></html>")
    for spider in ("sindonews", "generic"):
        item = _item(spider, url, html)
        assert item["body"] == [PRESS_LEDE, *PARAGRAPHS], spider
        assert item["authors"] == ["Rina Marlina"], spider
