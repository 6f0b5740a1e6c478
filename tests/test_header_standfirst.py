"""A standfirst and the header's date line read with the story (h214 probe, reconstructed from cna.id's Drupal article
pages, Mediacorp's template): no body selector matches, so the main text takes the whole content wrapper, the author
card (a link) left out:

    <div class="content-detail__description"><p>Komisi Pemilihan Umum menargetkan … paling lambat 20 Maret.</p></div>
    <div class="author-card">…<a class="author-card__name">Ardila Syakriah</a></div>
    <div class="article-publish">05 Mar 2024 10:12WIB <span>(Diperbarui: 05 Mar 2024 12:40WIB)</span></div>
    … <p>JAKARTA: Komisi Pemilihan Umum (KPU) menargetkan …</p>

The standfirst is the page's og:description / meta description word for word. It read as the story's first prose block,
and the date line under it survived: the header was trimmed only before the first prose block, a deck went only with a
byline and a date line under it, and the clock glued to its zone ("10:12WIB", as Mediacorp prints it; "09:30PM" too)
made no stamp line. Now a glued clock is a stamp's clock, and a deck that is one of the page's descriptions goes with
the page stamp right under it (README: a deck goes with the header lines that follow it)."""
from __future__ import annotations

import json

import pytest

from inprocess import crawl_in_process
from newscrawl.cleaning import PageTimes, clean_body, described_deck, lead_junk, states_page_time, trim_edges
from newscrawl.dates import WITA
from newscrawl.extract import page_descriptions
from replay import Route

DECK = "Komisi Pemilihan Umum menargetkan rekapitulasi suara nasional Pemilu 2024 selesai paling lambat 20 Maret."
STAMP = "05 Mar 2024 10:12WIB (Diperbarui: 05 Mar 2024 12:40WIB)"
LEDE = ("JAKARTA: Komisi Pemilihan Umum (KPU) menargetkan rekapitulasi suara nasional Pemilu 2024 selesai paling lambat "
        "20 Maret, sesuai jadwal yang diatur dalam Peraturan KPU Nomor 3 Tahun 2022.")
P2 = ("Ketua KPU Hasyim Asy'ari mengatakan hingga Selasa (5/3) pihaknya telah menerima hasil rekapitulasi dari 12 "
      "provinsi. Sisanya masih dalam proses rapat pleno di tingkat provinsi.")
P3 = ("Anggota Bawaslu Lolly Suhenty meminta KPU memastikan setiap koreksi dicatat dalam berita acara agar dapat "
      "ditelusuri bila terjadi sengketa di Mahkamah Konstitusi.")
# A story without a dateline whose first paragraph is the page's description (a CMS filling it from the lede).
EVENT = "Pemerintah Kota Bandung menggelar pasar murah bagi warga di lima kecamatan pekan ini."


# The clock glued to its zone or to AM/PM is a stamp's clock: the line alone before the story is the header's.
@pytest.mark.parametrize(("text", "junk"), [
    ("05 Mar 2024 10:12WIB", True),
    (STAMP, True),
    ("Rabu, 19 Jun 2024 10:00WITA", True),
    ("19 Jun 2024 09:30PM", True),
    ("Mar 05, 2024 10:12AM", True),
    ("05 Mar 2024 10:12 WIB (Diperbarui: 05 Mar 2024 12:40 WIB)", True),
    # no clock glued to letters that name a zone or a half of the day: a figure with its unit is no clock
    ("Kapasitas 10.500MW", False),
    ("Skor akhir 2:10AMP", False),
])
def test_a_glued_clock_is_a_stamp(text: str, junk: bool) -> None:
    assert lead_junk(text) is junk


@pytest.mark.parametrize(("text", "descriptions", "described"), [
    (DECK, [DECK], True),
    (DECK, ["Beranda CNA Indonesia", DECK.upper().rstrip(".")], True),  # any of them, whatever the case and punctuation
    (DECK, [DECK[:-30] + "..."], False),  # a description cut short is no word-for-word copy
    (DECK, [], False),
    ("Pemilu 2024.", ["Pemilu 2024."], False),  # too short to be a summary
    (LEDE, [LEDE], False),  # the lede under CNA's colon dateline, copied into the description
    ("SINGAPURA: " + DECK, ["SINGAPURA: " + DECK], False),
    ("Jakarta - " + DECK, ["Jakarta - " + DECK], False),
])
def test_described_deck(text: str, descriptions: list[str], described: bool) -> None:
    assert described_deck(text, descriptions) is described


# The item's own times as the dates pipeline gives them: cna.id's JSON-LD states Singapore's clock (11:12+08:00), the
# same instant as the stamp's 10:12 WIB; the item may hold either form.
CNA = PageTimes("2024-03-05T11:12:00+08:00", "2024-03-05T13:40:00+08:00")
CNA_WIB = PageTimes("2024-03-05T10:12:00+07:00", "2024-03-05T12:40:00+07:00")

HEADER_ROWS = [
    # (h214 probe, cna.id) the standfirst, then the page stamp with its update: both the header's
    pytest.param([DECK, STAMP, LEDE, P2, P3], [DECK], CNA, [LEDE, P2, P3], id="standfirst-then-update-stamp"),
    pytest.param([DECK, STAMP, LEDE, P2, P3], [DECK], CNA_WIB, [LEDE, P2, P3], id="standfirst-then-update-stamp-wib"),
    pytest.param([DECK, "05 Mar 2024 10:12 WIB (Diperbarui: 05 Mar 2024 12:40 WIB)", LEDE, P2, P3], [DECK], CNA,
                 [LEDE, P2, P3], id="standfirst-then-spaced-stamp"),
    pytest.param([DECK, "05 Mar 2024 10:12WIB", LEDE, P2, P3], [DECK], PageTimes("2024-03-05T10:12:41+07:00"),
                 [LEDE, P2, P3], id="standfirst-then-stamp"),  # to the minute
    pytest.param([DECK, "19 Jun 2024 09:30PM", LEDE, P2, P3], [DECK], PageTimes("2024-06-19T21:30:00+07:00"),
                 [LEDE, P2, P3], id="standfirst-then-pm-stamp"),
    # a stamp naming no zone is the newsroom's clock: 09:30PM WITA on a WITA outlet, not 21:30 WIB
    pytest.param([DECK, "19 Jun 2024 09:30PM", LEDE, P2, P3], [DECK],
                 PageTimes("2024-06-19T21:30:00+08:00", zone=WITA), [LEDE, P2, P3], id="zoneless-stamp-newsroom-zone"),
    # the published and the updated stamp on two lines
    pytest.param([DECK, "05 Mar 2024 10:12WIB", "(Diperbarui: 05 Mar 2024 12:40WIB)", LEDE, P2], [DECK], CNA,
                 [LEDE, P2], id="standfirst-then-two-stamps"),
    # a stamp stating the update time, unlabelled (a template printing the modified time)
    pytest.param([DECK, "05 Mar 2024 12:40WIB", LEDE, P2], [DECK], CNA, [LEDE, P2], id="standfirst-then-modified-stamp"),
    # the byline the main text kept between them is the header's too
    pytest.param([DECK, "Ardila Syakriah", STAMP, LEDE, P2], [DECK], CNA, [LEDE, P2], id="standfirst-byline-stamp"),
    # no description to know the deck by: the paragraph stays; the stamp under it, stating the page's own minute (date
    # and clock), is the header's all the same (h310 D: _without_deck_stamp; a schedule's line states another time)
    pytest.param([DECK, STAMP, LEDE, P2, P3], [], CNA, [DECK, LEDE, P2, P3], id="no-description-deck-stays"),
    pytest.param([DECK, STAMP, LEDE, P2, P3], ["Berita terkini hari ini dari CNA Indonesia."], CNA,
                 [DECK, LEDE, P2, P3], id="other-description-deck-stays"),
    # no time of the page's known: nothing tells the header's stamp from a story's dated line, both stay
    pytest.param([DECK, STAMP, LEDE, P2, P3], [DECK], None, [DECK, STAMP, LEDE, P2, P3], id="no-times-no-cut"),
    pytest.param([DECK, STAMP, LEDE, P2, P3], [DECK], PageTimes(), [DECK, STAMP, LEDE, P2, P3], id="unknown-times-no-cut"),
    # a stamp of another minute, or of the day only where the page knows a clock: not the page's
    pytest.param([DECK, "05 Mar 2024 10:13WIB", LEDE, P2], [DECK], CNA, [DECK, "05 Mar 2024 10:13WIB", LEDE, P2],
                 id="another-minute-no-cut"),
    # an update note alone under the first paragraph, though it states the update time: the editor's, over the story's
    # new paragraphs (a page header states its publication first), so the paragraph over it stays the lede
    pytest.param([DECK, "Diperbarui 5 Maret 2024", LEDE, P2], [DECK], PageTimes("2024-03-04", "2024-03-05"),
                 [DECK, "Diperbarui 5 Maret 2024", LEDE, P2], id="update-note-alone-stays"),
    # a header's meta row stating the publication time to the second
    pytest.param([DECK, "Selasa, 05 Maret 2024 - 10:12:33 WIB Reporter : Ardila Syakriah | Editor : Budi", LEDE, P2],
                 [DECK], PageTimes("2024-03-05T10:12:33+07:00"), [LEDE, P2], id="standfirst-then-meta-row"),
    # the story's first paragraph as the description, a day alone under it: the event's day, no page stamp
    pytest.param([EVENT, "Sabtu, 20 Juli 2024", P2, P3], [EVENT], PageTimes("2024-07-20"),
                 [EVENT, "Sabtu, 20 Juli 2024", P2, P3], id="lede-as-description-then-a-day"),
    # ... or a line of the story's between it and a stamp
    pytest.param([EVENT, "Lokasi: Lapangan Gasibu", "Sabtu, 20 Juli 2024 pukul 08.00 WIB", P2, P3], [EVENT],
                 PageTimes("2024-07-20T08:00:00+07:00"),
                 [EVENT, "Lokasi: Lapangan Gasibu", "Sabtu, 20 Juli 2024 pukul 08.00 WIB", P2, P3],
                 id="lede-as-description-then-a-label-line"),
    # a lede with its dateline is never a deck, whatever the description
    pytest.param([LEDE, STAMP, P2, P3], [LEDE], CNA, [LEDE, STAMP, P2, P3], id="dateline-lede-is-no-deck"),
    # the stamp ends the body: no story after it to start
    pytest.param([DECK, STAMP], [DECK], CNA, [DECK, STAMP], id="no-story-after-the-stamp"),
]


@pytest.mark.parametrize(("blocks", "descriptions", "times", "expected"), HEADER_ROWS)
def test_a_described_standfirst_and_the_stamp_under_it_are_the_header(blocks: list[str], descriptions: list[str],
                                                                       times: PageTimes | None,
                                                                       expected: list[str]) -> None:
    assert trim_edges(blocks, descriptions=descriptions, times=times) == expected
    assert clean_body(blocks, descriptions=descriptions, times=times) == expected


# (h220 probe) A CMS copies the lede into the description, and a lede is followed by the story's own dated lines as
# often as a standfirst by the header's stamp: a line under it that states no time of the page's is the story's, and
# the lede over it stays. Each row: the first paragraph, the page's description word for word; the line under it; the
# page's own times (a story published the day before, an update later). Reconstructed from the forms the probe met.
P4 = ("Kepala Subdirektorat Pembinaan dan Penegakan Hukum Ditlantas Polda Metro Jaya AKBP Ojo Ruslani mengatakan "
      "pengalihan arus dilakukan secara situasional sesuai kepadatan kendaraan di lapangan.")
P5 = ("Ia meminta masyarakat yang hendak melintas di kawasan tersebut untuk mencari jalur alternatif agar tidak "
      "terjebak kemacetan selama acara berlangsung.")
TRAFFIC = "Polda Metro Jaya memberlakukan rekayasa lalu lintas di sekitar Monas selama perayaan HUT ke-79 RI."
LIVE = "Ikuti perkembangan terkini debat ketiga calon presiden Pemilu 2024 yang digelar di Istora Senayan malam ini."
ENTRY1 = ("Debat resmi ditutup oleh moderator. Ketiga calon presiden bersalaman di atas panggung sebelum meninggalkan "
          "arena debat bersama tim masing-masing.")
ENTRY2 = ("Calon presiden nomor urut dua menyampaikan pernyataan penutup dan meminta pendukungnya tetap menjaga suasana "
          "damai hingga hari pemungutan suara.")
RALLY = "Ribuan buruh dari berbagai daerah menggelar aksi unjuk rasa menolak revisi Undang-Undang Cipta Kerja."
FAIR = "Panitia Pekan Raya Jakarta merilis jadwal lengkap rangkaian acara pembukaan tahun ini sebagai berikut."
ISBAT = "Kementerian Agama akan menggelar sidang isbat penetapan awal Ramadan 1445 Hijriah pada:"
QUAKE = "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin siang."
STORY_LINE_ROWS = [
    # d01/g3: the event's time window under a traffic story's lede
    pytest.param([TRAFFIC, "Sabtu, 17 Agustus 2024 pukul 06.00-12.00 WIB", P4, P5], [TRAFFIC],
                 PageTimes("2024-08-16T15:00:00+07:00"), id="d01-time-window"),
    # d02/g2: a liveblog's intro, then its entries' clocks, spaced or glued (d03), or on the entry's line (d04)
    pytest.param([LIVE, "21:05 WIB", ENTRY1, "20:58 WIB", ENTRY2], [LIVE], PageTimes("2024-01-07T19:00:00+07:00"),
                 id="d02-liveblog-spaced-clock"),
    pytest.param([LIVE, "21:05WIB", ENTRY1, "20:58WIB", ENTRY2], [LIVE], PageTimes("2024-01-07T19:00:00+07:00"),
                 id="d03-liveblog-glued-clock"),
    pytest.param([LIVE, "21:05WIB - Debat resmi ditutup moderator", ENTRY1, ENTRY2], [LIVE],
                 PageTimes("2024-01-07T19:00:00+07:00", "2024-01-07T21:10:00+07:00"), id="d04-liveblog-clock-entry"),
    # d06: a short line of the story's that names a time and a day
    pytest.param([RALLY, "Pukul 10.00 WIB, 19 Juni 2024, massa mulai berkumpul", P4, P5], [RALLY],
                 PageTimes("2024-06-19T14:30:00+07:00"), id="d06-pukul-line"),
    # d07: a schedule's lines under an announcing lede
    pytest.param([FAIR, "Senin, 19 Juni 2024 pukul 09.00 WIB: pembukaan", "Selasa, 20 Juni 2024 pukul 19.00 WIB: "
                  "konser musik", P4, P5], [FAIR], PageTimes("2024-06-12T08:00:00+07:00"), id="d07-schedule"),
    # d08/k1: the session's day and time under a lede ending in a colon
    pytest.param([ISBAT, "Minggu, 10 Maret 2024 pukul 16.00 WIB", P4, P5], [ISBAT],
                 PageTimes("2024-03-09T10:00:00+07:00"), id="d08-isbat-colon"),
    # d09: an update note under the lede (the page updated later, or at that minute: the editor's note either way)
    pytest.param([QUAKE, "Update 21 November 2022 pukul 16.30 WIB", P4, P5], [QUAKE],
                 PageTimes("2022-11-21T13:21:00+07:00", "2022-11-21T17:02:00+07:00"), id="d09-update-note"),
    pytest.param([QUAKE, "Update 21 November 2022 pukul 16.30 WIB", P4, P5], [QUAKE],
                 PageTimes("2022-11-21T13:21:00+07:00", "2022-11-21T16:30:00+07:00"), id="d09-update-note-same-minute"),
]


@pytest.mark.parametrize(("blocks", "descriptions", "times"), STORY_LINE_ROWS)
def test_a_lede_as_description_and_a_story_line_under_it_stay(blocks: list[str], descriptions: list[str],
                                                               times: PageTimes) -> None:
    assert trim_edges(blocks, descriptions=descriptions, times=times) == blocks
    assert clean_body(blocks, descriptions=descriptions, times=times) == blocks
    assert clean_body(blocks, descriptions=descriptions) == blocks  # no times known: nothing goes by this rule


@pytest.mark.parametrize(("text", "times", "stated"), [
    ("05 Mar 2024 10:12WIB", CNA, True),  # 11:12+08:00 is 10:12 WIB
    ("05 Mar 2024 11:12 WITA", CNA_WIB, True),  # the same instant told in another zone
    ("05 Mar 2024 10:12", PageTimes("2024-03-05T10:12:00+08:00", zone=WITA), True),  # no zone: the newsroom's clock
    ("05 Mar 2024 10:12", PageTimes("2024-03-05T10:12:00+08:00"), False),  # read as WIB: 11:12 WITA
    ("05 Mar 2024 12:40WIB", CNA, True),  # the update time, unlabelled
    ("(Diperbarui: 05 Mar 2024 12:40WIB)", CNA, False),  # an update note alone ...
    ("Update 5 Maret 2024 pukul 12.40 WIB", CNA, False),
    ("Update 5 Maret 2024 pukul 10.12 WIB", CNA, True),  # ... unless it states the publication
    ("Tanggal 5 Maret 2024", PageTimes("2024-03-05"), True),  # a date-only item: the day
    ("5 Maret 2024", CNA, False),  # a day is no minute
    ("05 Mar 2024 10:12WIB", PageTimes("2024-03-05"), False),  # a minute the item does not state
    ("21:05 WIB", PageTimes("2024-01-07T21:05:00+07:00"), False),  # a clock alone: no date
    ("2 jam lalu", CNA, False),
    ("05 Mar 2024 10:12WIB", None, False),
    ("05 Mar 2024 10:12WIB", PageTimes("bukan tanggal", "2024-03-05T10:12"), True),  # naive: the newsroom's clock
])
def test_states_page_time(text: str, times: PageTimes | None, stated: bool) -> None:
    assert states_page_time(text, times) is stated


def test_an_update_note_under_the_page_stamp_is_the_header() -> None:
    assert states_page_time("(Diperbarui: 05 Mar 2024 12:40WIB)", CNA, after_stamp=True)


def test_page_descriptions_each_once_in_order() -> None:
    meta = {"description": DECK, "og:description": f"  {DECK} ", "twitter:description": "Ringkasan lain."}
    ld = {"description": "Ringkasan &amp; lain dari JSON-LD."}
    assert page_descriptions(meta, ld) == [DECK, "Ringkasan lain.", "Ringkasan & lain dari JSON-LD."]
    assert page_descriptions({}, {}) == []


URL = "https://www.cna.id/indonesia/kpu-tetapkan-rekapitulasi-suara-pemilu-2024-rampung-20-maret-41872"
# (reconstructed, h214 probe: cna.id's Drupal article page, the form above)
PAGE = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>KPU Tetapkan Rekapitulasi Suara Pemilu 2024 Rampung 20 Maret - CNA</title>
<meta name="description" content="{DECK}">
<meta property="og:description" content="{DECK}">
<meta property="og:title" content="KPU Tetapkan Rekapitulasi Suara Pemilu 2024 Rampung 20 Maret">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-05T11:12:00+08:00">
<meta name="author" content="Ardila Syakriah">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@graph": [{
    "@type": "NewsArticle", "headline": "KPU Tetapkan Rekapitulasi Suara Pemilu 2024 Rampung 20 Maret",
    "description": DECK, "datePublished": "2024-03-05T11:12:00+08:00", "dateModified": "2024-03-05T13:40:00+08:00",
    "author": {"@type": "Person", "name": "Ardila Syakriah"}, "publisher": {"@type": "Organization", "name": "CNA"}}]})}
</script></head>
<body class="path-node page-node-type-article">
<header class="header"><nav class="main-menu"><ul><li><a href="/indonesia">Indonesia</a></li><li><a href="/asia">Asia</a>
</li><li><a href="/bisnis">Bisnis</a></li></ul></nav></header>
<main role="main"><div class="layout-content">
 <article role="article" class="article node--type-article node--view-mode-full"><div class="content-wrapper">
  <div class="content-detail__category"><a href="/indonesia" class="link">Indonesia</a></div>
  <h1 class="h1 h1--page-title">KPU Tetapkan Rekapitulasi Suara Pemilu 2024 Rampung 20 Maret</h1>
  <div class="content-detail__description"><p>{DECK}</p></div>
  <div class="author-card"><div class="author-card__info"><a href="/author/ardila-syakriah"
   class="h6 author-card__name">Ardila Syakriah</a></div></div>
  <div class="article-publish article-publish--">05 Mar 2024 10:12WIB <span
   class="article-publish__updated">(Diperbarui: 05 Mar 2024 12:40WIB)</span></div>
  <div class="paragraph paragraph--type--text"><div class="text"><div class="clearfix text-formatted field
   field--name-field-text field__item"><p>{LEDE}</p><p>{P2}</p></div></div></div>
  <div class="paragraph paragraph--type--text"><div class="text"><div class="clearfix text-formatted field
   field--name-field-text field__item"><p>{P3}</p></div></div></div>
  <div class="source-credit"><p>Sumber: CNA/da</p></div>
 </div></article>
</div></main>
<footer class="footer"><p>Hak Cipta &copy; Mediacorp 2024. Semua hak dilindungi.</p></footer>
</body></html>"""


@pytest.mark.parametrize("spider", ["cnaindonesia", "generic"])
def test_the_crawled_body_opens_with_the_lede(spider: str, validate_line) -> None:
    result = crawl_in_process(spider, {URL: Route(PAGE.encode("utf-8"))}, f"url={URL}")
    items = [validate_line(line) for line in result.raw_lines]
    assert [item["body"] for item in items] == [[LEDE, P2, P3]]
    assert "descriptions" not in items[0]  # travels to the cleaning, never exported


def _story_page(title: str, description: str, published: str, header: str, body: str) -> bytes:
    """(h220 probe) An article page whose first paragraph the CMS copied into its meta, og: and JSON-LD descriptions."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": description,
          "datePublished": published, "author": {"@type": "Person", "name": "Andi Saputra"}}
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - Situs</title>
<meta name="description" content="{description}"><meta property="og:description" content="{description}">
<meta property="og:title" content="{title}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li><li><a href="/ekonomi">Ekonomi</a>
</li></ul></nav></header>
<main><article class='detail'><h1>{title}</h1>{header}
{body}</article></main>
<footer><p>&copy; 2024 Situs. Hak cipta dilindungi.</p></footer></body></html>""".encode("utf-8")


ISBAT_P2 = ("Menteri Agama Yaqut Cholil Qoumas mengatakan sidang isbat akan diawali seminar posisi hilal yang disampaikan "
            "anggota Tim Hisab Rukyat Kementerian Agama secara terbuka kepada media.")
ISBAT_P3 = ("Setelah itu, sidang digelar secara tertutup dan hasilnya diumumkan melalui konferensi pers yang disiarkan "
            "langsung melalui kanal resmi Kementerian Agama.")
ENTRY3 = ("Moderator membuka segmen kelima dengan pertanyaan dari panelis mengenai pertahanan, keamanan, dan hubungan "
          "internasional yang harus dijawab dalam dua menit.")
LIVE_BODY = [LIVE, "21:05 WIB", ENTRY1, "20:58 WIB", ENTRY2, "20:40 WIB", ENTRY3]
STORY_PAGES = [
    # k1: katadata's article page, its header (byline, date) outside the body; the session's time under the lede
    pytest.param("katadata", "https://katadata.co.id/berita/nasional/65eb1a2b3c4d5/kemenag-gelar-sidang-isbat-awal-"
                 "ramadan-1445-h", _story_page(
                     "Kemenag Gelar Sidang Isbat Awal Ramadan 1445 H", ISBAT, "2024-03-09T10:00:00+07:00",
                     "<div class='detail-author'><span class='detail-author-name'>Andi Saputra</span></div>"
                     "<div class='detail-date'>9 Maret 2024, 10.00</div>",
                     "<div class='detail-main'>" + "".join(f"<p>{text}</p>" for text in (
                         ISBAT, "Minggu, 10 Maret 2024 pukul 16.00 WIB", ISBAT_P2, ISBAT_P3)) + "</div>"),
                 [ISBAT, "Minggu, 10 Maret 2024 pukul 16.00 WIB", ISBAT_P2, ISBAT_P3], id="k1-katadata-isbat"),
    # g2: a liveblog, each entry its clock in bold over its text
    pytest.param("generic", "https://kumparan.com/kumparannews/live-debat-ketiga-capres-pemilu-2024-21xYz9AbCdE",
                 _story_page("LIVE: Debat Ketiga Capres Pemilu 2024", LIVE, "2024-01-07T19:00:00+07:00", "",
                             f"<div class='story-body'><p>{LIVE}</p>" + "".join(
                                 f"<div class='live-entry'><p><strong>{clock}</strong></p><p>{text}</p></div>"
                                 for clock, text in (("21:05 WIB", ENTRY1), ("20:58 WIB", ENTRY2),
                                                     ("20:40 WIB", ENTRY3))) + "</div>"),
                 LIVE_BODY, id="g2-generic-liveblog"),
    # g3: the event's time window under a traffic story's lede
    pytest.param("generic", "https://www.narasi.tv/read/narasi-daily/rekayasa-lalu-lintas-di-sekitar-monas-saat-hut-ri",
                 _story_page("Rekayasa Lalu Lintas di Sekitar Monas saat HUT RI", TRAFFIC, "2024-08-16T15:00:00+07:00",
                             "", "<div class='article-content'>" + "".join(f"<p>{text}</p>" for text in (
                                 TRAFFIC, "Sabtu, 17 Agustus 2024 pukul 06.00-12.00 WIB", P4, P5)) + "</div>"),
                 [TRAFFIC, "Sabtu, 17 Agustus 2024 pukul 06.00-12.00 WIB", P4, P5], id="g3-generic-time-window"),
]


@pytest.mark.parametrize(("spider", "url", "page", "body"), STORY_PAGES)
def test_a_crawled_lede_as_description_keeps_the_story_line_under_it(spider: str, url: str, page: bytes,
                                                                     body: list[str], validate_line) -> None:
    result = crawl_in_process(spider, {url: Route(page)}, f"url={url}")
    items = [validate_line(line) for line in result.raw_lines]
    assert [item["body"] for item in items] == [body]


# (h310 D) The header's date line under a deck the main text read with the story, no byline between (tempo 2026, the
# probe's reconstruction: "<p class=deck>…</p><div><a>Hammam Izzuddin</a><p>5 Desember 2026 | 07.00 WIB</p></div>"
# over "<div id=article-body>", the writer's link left out). The page's own stamp goes; the deck stays (a standfirst
# that is no description may be the story's: left to the header rules above).
TEMPO_DECK = "Pembahasan RUU Penyiaran dikebut dalam rapat tertutup. Pasal bermasalah muncul lagi."
TEMPO_LEDE = ("DEWAN Perwakilan Rakyat mengebut pembahasan Rancangan Undang-Undang Penyiaran menjelang masa reses akhir "
              "tahun. Panitia kerja menggelar rapat maraton selama tiga hari.")
TEMPO_TIMES = PageTimes("2026-12-05T07:00:00+07:00")
# (h313 R2) a quake report (reconstructed: "<div class=content><p>Gempa bermagnitudo …</p><p>Gempa terjadi Rabu, 19 Juni
# 2024 pukul 20.40 WIB.</p>…", published 20:40 WIB): its second paragraph states the page's minute in a sentence.
QUAKE_LEDE = "Gempa bermagnitudo 5,2 mengguncang wilayah Garut, Jawa Barat, dan dirasakan hingga Bandung."
QUAKE_P3 = ("Badan Meteorologi, Klimatologi, dan Geofisika menyebut pusat gempa berada di darat pada kedalaman 10 "
            "kilometer dan tidak berpotensi tsunami.")
QUAKE_TIMES = PageTimes("2024-06-19T20:40:00+07:00")


@pytest.mark.parametrize(("blocks", "times", "kept"), [
    ([TEMPO_DECK, "5 Desember 2026 | 07.00 WIB", TEMPO_LEDE, P5], TEMPO_TIMES, [TEMPO_DECK, TEMPO_LEDE, P5]),
    ([TEMPO_DECK, "Sabtu, 05 Des 2026 07:00 WIB", TEMPO_LEDE, P5], TEMPO_TIMES, [TEMPO_DECK, TEMPO_LEDE, P5]),
    # the same line of another minute, or with no time of the page known, stays (a story's dated line)
    ([TEMPO_DECK, "5 Desember 2026 | 09.00 WIB", TEMPO_LEDE, P5], TEMPO_TIMES, None),
    ([TEMPO_DECK, "5 Desember 2026 | 07.00 WIB", TEMPO_LEDE, P5], None, None),
    # a date line further into the story (a live blog's entry stamp at the page's minute, a timeline's item) stays
    ([TEMPO_LEDE, P5, "5 Desember 2026 | 07.00 WIB", ENTRY1], TEMPO_TIMES, None),
    ([TEMPO_LEDE, "12 Mei 2024 \u2013 DPR mengesahkan revisi undang-undang dalam rapat paripurna.", P5],
     PageTimes("2024-05-12T10:00:00+07:00"), None),
    # a clock alone under the intro (a live blog's first entry) is no page stamp
    ([LIVE, "07:00 WIB", ENTRY1, ENTRY2], TEMPO_TIMES, None),
    # (h313 R2) the story's own short sentence stating the page's minute stays: words beside the stamp's make it one
    ([QUAKE_LEDE, "Gempa terjadi Rabu, 19 Juni 2024 pukul 20.40 WIB.", QUAKE_P3, P5], QUAKE_TIMES, None),
    ([QUAKE_LEDE, "Rabu, 19 Juni 2024 pukul 20.40 WIB, gempa kembali terasa di Garut.", QUAKE_P3, P5], QUAKE_TIMES,
     None),
    # a bare stamp with labels, a clock word and a zone is still the header's
    ([QUAKE_LEDE, "Rabu, 19 Juni 2024 pukul 20.40 WIB", QUAKE_P3, P5], QUAKE_TIMES, [QUAKE_LEDE, QUAKE_P3, P5]),
    ([TEMPO_DECK, "Sabtu, 05 Des 2026 - 07:00 WIB", TEMPO_LEDE, P5], TEMPO_TIMES, [TEMPO_DECK, TEMPO_LEDE, P5]),
])
def test_the_page_stamp_under_a_deck_goes(blocks: list[str], times: PageTimes | None, kept: list[str] | None) -> None:
    assert trim_edges(blocks, times=times) == (blocks if kept is None else kept)
