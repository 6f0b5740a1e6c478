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
from newscrawl.cleaning import clean_body, described_deck, lead_junk, trim_edges
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


HEADER_ROWS = [
    # (h214 probe, cna.id) the standfirst, then the page stamp with its update: both the header's
    pytest.param([DECK, STAMP, LEDE, P2, P3], [DECK], [LEDE, P2, P3], id="standfirst-then-update-stamp"),
    pytest.param([DECK, "05 Mar 2024 10:12 WIB (Diperbarui: 05 Mar 2024 12:40 WIB)", LEDE, P2, P3], [DECK],
                 [LEDE, P2, P3], id="standfirst-then-spaced-stamp"),
    pytest.param([DECK, "05 Mar 2024 10:12WIB", LEDE, P2, P3], [DECK], [LEDE, P2, P3], id="standfirst-then-stamp"),
    pytest.param([DECK, "19 Jun 2024 09:30PM", LEDE, P2, P3], [DECK], [LEDE, P2, P3], id="standfirst-then-pm-stamp"),
    # the published and the updated stamp on two lines
    pytest.param([DECK, "05 Mar 2024 10:12WIB", "(Diperbarui: 05 Mar 2024 12:40WIB)", LEDE, P2], [DECK], [LEDE, P2],
                 id="standfirst-then-two-stamps"),
    pytest.param([DECK, "Diperbarui 5 Maret 2024", LEDE, P2], [DECK], [LEDE, P2], id="standfirst-then-labelled-update"),
    # the byline the main text kept between them is the header's too
    pytest.param([DECK, "Ardila Syakriah", STAMP, LEDE, P2], [DECK], [LEDE, P2], id="standfirst-byline-stamp"),
    # no description to know the deck by: the paragraph and the line under it stay (a schedule's under a lede)
    pytest.param([DECK, STAMP, LEDE, P2, P3], [], [DECK, STAMP, LEDE, P2, P3], id="no-description-no-cut"),
    pytest.param([DECK, STAMP, LEDE, P2, P3], ["Berita terkini hari ini dari CNA Indonesia."],
                 [DECK, STAMP, LEDE, P2, P3], id="other-description-no-cut"),
    # the story's first paragraph as the description, a day alone under it: the event's day, no page stamp
    pytest.param([EVENT, "Sabtu, 20 Juli 2024", P2, P3], [EVENT], [EVENT, "Sabtu, 20 Juli 2024", P2, P3],
                 id="lede-as-description-then-a-day"),
    # ... or a line of the story's between it and a stamp
    pytest.param([EVENT, "Lokasi: Lapangan Gasibu", "Sabtu, 20 Juli 2024 pukul 08.00 WIB", P2, P3], [EVENT],
                 [EVENT, "Lokasi: Lapangan Gasibu", "Sabtu, 20 Juli 2024 pukul 08.00 WIB", P2, P3],
                 id="lede-as-description-then-a-label-line"),
    # a lede with its dateline is never a deck, whatever the description
    pytest.param([LEDE, STAMP, P2, P3], [LEDE], [LEDE, STAMP, P2, P3], id="dateline-lede-is-no-deck"),
    # the stamp ends the body: no story after it to start
    pytest.param([DECK, STAMP], [DECK], [DECK, STAMP], id="no-story-after-the-stamp"),
]


@pytest.mark.parametrize(("blocks", "descriptions", "expected"), HEADER_ROWS)
def test_a_described_standfirst_and_the_stamp_under_it_are_the_header(blocks: list[str], descriptions: list[str],
                                                                       expected: list[str]) -> None:
    assert trim_edges(blocks, descriptions=descriptions) == expected
    assert clean_body(blocks, descriptions=descriptions) == expected


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
