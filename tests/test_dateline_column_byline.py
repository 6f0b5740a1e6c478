"""A column's byline after the outlet's dateline on the body's first line (h201 probe, reconstructed).

Real form (republika.co.id's analisis columns, 2025, /berita/{code}/{slug} under analisis.republika.co.id): the body
opens with ``<p><strong>REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*</strong></p>`` — the desk's stock dateline prefix kept on
a column, no city, no dash — and closes with the writer's note the star points at, ``<em>*Penulis adalah dosen …</em>``.
The JSON-LD author is the editor ("Red:"), and the page names no reporter ("Rep:"). The republika spider read no
author and kept the line as the body's first paragraph; generic read no author (it trimmed the line off as a short
line). Without the colon ("REPUBLIKA.CO.ID, Oleh Hendra Kusuma") both cut the line, yet read no author. The credit
readers (fields.authors.lead_credit, column_byline) matched the label at the line's start only, and cleaning knew
"REPUBLIKA.CO.ID, JAKARTA --" as a dateline, not "REPUBLIKA.CO.ID, Oleh …". Now an outlet's dateline (a domain, an
agency, the page's outlet label; maybe a place) before "Oleh"/"Penulis" is read past (cleaning.dateline_credit): the
name is the author, the footnote's star dropped, and the line leaves the body. The story's own first sentence after a
dateline ("REPUBLIKA.CO.ID, JAKARTA -- Oleh-oleh khas …", "REPUBLIKA.CO.ID, Oleh karena itu …") stays. The closing
"*Penulis adalah …" note is left in the body (the story's closing line, cleaning.closing_sentence_line).
"""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from newscrawl.cleaning import dateline_credit, trim_edges
from newscrawl.fields.authors import column_byline, lead_credit
from newscrawl.fields.outlet import outlet_labels
from replay import Route

REPUBLIKA = outlet_labels("https://analisis.republika.co.id/berita/t4xk2p451/x")
KOMPAS = outlet_labels("https://www.kompas.com/read/2025/11/03/x")
DETIK = outlet_labels("https://news.detik.com/kolom/d-123/x")


@pytest.mark.parametrize(("line", "outlets", "expected"), [
    # (h201) republika's analisis column, with and without the colon; the page's labels are not needed for a domain
    ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*", REPUBLIKA, "Oleh: Hendra Kusuma*"),
    ("REPUBLIKA.CO.ID, Oleh Hendra Kusuma", REPUBLIKA, "Oleh Hendra Kusuma"),
    ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*", (), "Oleh: Hendra Kusuma*"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Oleh: Hendra Kusuma", (), "Oleh: Hendra Kusuma"),
    # the other outlets' datelines: the domain alone, the domain and the city either way round, an agency in brackets
    ("KOMPAS.com - Oleh: Andi Saputra", (), "Oleh: Andi Saputra"),
    ("TEMPO.CO, Jakarta - Penulis: Andi Saputra", (), "Penulis: Andi Saputra"),
    ("JAKARTA, KOMPAS.com - Oleh Andi Saputra", (), "Oleh Andi Saputra"),
    ("Jakarta (ANTARA) - Oleh Prof. Dr. Budi Santoso, M.Sc.*)", (), "Oleh Prof. Dr. Budi Santoso, M.Sc.*)"),
    # the outlet's label without a domain: only with the page's labels; a channel the label opens
    ("JAKARTA, KOMPAS - Oleh Andi Saputra", KOMPAS, "Oleh Andi Saputra"),
    ("JAKARTA, KOMPAS - Oleh Andi Saputra", (), None),
    ("detikNews - Oleh: Andi Saputra", DETIK, "Oleh: Andi Saputra"),
    # no outlet's dateline: a place alone, no prefix at all, no label ("Oleh-oleh"), another outlet's name as a place
    ("Jakarta - Oleh Andi Saputra", (), None),
    ("Oleh: Hendra Kusuma*", REPUBLIKA, None),
    ("REPUBLIKA.CO.ID, JAKARTA -- Oleh-oleh khas Bandung kembali diburu wisatawan.", REPUBLIKA, None),
    ("JAKARTA, Oleh-Oleh Nusantara - Oleh Budi Santoso", (), None),
    ("REPUBLIKA.CO.ID, JAKARTA -- Presiden meresmikan jalan tol baru.", REPUBLIKA, None),
    # a label's word after the dateline: the credit, for the byline readers to judge (a sentence is none of theirs)
    ("REPUBLIKA.CO.ID, Oleh karena itu pemerintah perlu bertindak.", REPUBLIKA,
     "Oleh karena itu pemerintah perlu bertindak."),
])
def test_dateline_credit(line, outlets, expected):
    assert dateline_credit(line, outlets) == expected


STORY = ("Dalam dua tahun terakhir, kelas menengah Indonesia menghadapi tekanan yang jarang dibicarakan secara terbuka. "
         "Harga kebutuhan pokok naik lebih cepat ketimbang pendapatan mereka.")


@pytest.mark.parametrize(("line", "outlets", "expected"), [
    ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*", REPUBLIKA, ["Hendra Kusuma"]),
    ("REPUBLIKA.CO.ID, Oleh Hendra Kusuma", REPUBLIKA, ["Hendra Kusuma"]),
    ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*", (), ["Hendra Kusuma"]),
    ("TEMPO.CO, Jakarta - Penulis: Andi Saputra", (), ["Andi Saputra"]),
    ("JAKARTA, KOMPAS.com - Oleh Andi Saputra", (), ["Andi Saputra"]),
    ("JAKARTA, KOMPAS - Oleh Andi Saputra", KOMPAS, ["Andi Saputra"]),
    ("Jakarta (ANTARA) - Oleh Prof. Dr. Budi Santoso, M.Sc.*)", (), ["Prof. Dr. Budi Santoso"]),
    # the story's first sentence after the dateline names nobody
    ("REPUBLIKA.CO.ID, Oleh karena itu pemerintah perlu bertindak.", REPUBLIKA, []),
    ("REPUBLIKA.CO.ID, JAKARTA -- Oleh-oleh khas Bandung kembali diburu wisatawan.", REPUBLIKA, []),
])
def test_lead_credit_after_the_outlets_dateline(line, outlets, expected):
    assert lead_credit([line, STORY], outlets) == expected


def test_column_byline_after_the_outlets_dateline():
    """The labelled name line over the writer's role line, the outlet's dateline before the label."""
    blocks = ["REPUBLIKA.CO.ID, Oleh: Hendra Kusuma", "Dosen Fakultas Ekonomi dan Bisnis Universitas Brawijaya", STORY]
    assert column_byline(blocks, REPUBLIKA) == ["Hendra Kusuma"]
    assert trim_edges(blocks, "Judul", REPUBLIKA) == [STORY]


NOTE = "*Penulis adalah dosen Fakultas Ekonomi dan Bisnis Universitas Brawijaya"
LATER = ("Data Badan Pusat Statistik menunjukkan jumlah penduduk kelas menengah menyusut sekitar sembilan juta orang "
         "sejak 2019.")


@pytest.mark.parametrize(("first", "outlets", "expected"), [
    # the byline leaves the body, the writer's closing note stays
    ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*", REPUBLIKA, [STORY, LATER, NOTE]),
    ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*", (), [STORY, LATER, NOTE]),
    ("TEMPO.CO, Jakarta - Penulis: Andi Saputra", (), [STORY, LATER, NOTE]),
    ("JAKARTA, KOMPAS - Oleh Andi Saputra", KOMPAS, [STORY, LATER, NOTE]),
    # the story's own first sentence stays
    ("REPUBLIKA.CO.ID, Oleh karena itu pemerintah perlu bertindak cepat menjaga daya beli.", REPUBLIKA,
     ["REPUBLIKA.CO.ID, Oleh karena itu pemerintah perlu bertindak cepat menjaga daya beli.", STORY, LATER, NOTE]),
    ("REPUBLIKA.CO.ID, JAKARTA -- Oleh-oleh khas Bandung kembali diburu wisatawan menjelang libur panjang.", REPUBLIKA,
     ["REPUBLIKA.CO.ID, JAKARTA -- Oleh-oleh khas Bandung kembali diburu wisatawan menjelang libur panjang.", STORY,
      LATER, NOTE]),
])
def test_trim_edges_cuts_the_byline_after_the_dateline(first, outlets, expected):
    assert trim_edges([first, STORY, LATER, NOTE], "Menjaga Daya Beli Kelas Menengah", outlets) == expected


# ---------------------------------------------------------------- the reconstructed page through republika and generic

URL = "https://analisis.republika.co.id/berita/t4xk2p451/menjaga-daya-beli-kelas-menengah-di-tengah-perlambatan"
TITLE = "Menjaga Daya Beli Kelas Menengah di Tengah Perlambatan"
PROSE = [
    STORY,
    LATER + " Sebagian turun ke kelompok rentan, sebuah pergeseran yang semestinya menjadi alarm bagi pembuat kebijakan.",
    "Konsumsi rumah tangga menyumbang lebih dari separuh produk domestik bruto. Ketika kelas menengah menahan belanja, "
    "dampaknya merambat ke sektor ritel, properti, hingga industri otomotif.",
    "Insentif fiskal yang selama ini diberikan cenderung menyasar kelompok miskin melalui bantuan sosial, atau pelaku "
    "usaha melalui keringanan pajak. Kelas menengah berada di celah di antara keduanya.",
    "Pemerintah perlu merancang kebijakan yang lebih tepat sasaran, misalnya keringanan pajak penghasilan bagi pekerja "
    "bergaji menengah. Menjaga daya beli kelas menengah berarti menjaga mesin pertumbuhan itu sendiri.",
]


def _page(first: str) -> str:
    paragraphs = [f"<p><strong>{first}</strong></p>", *(f"<p>{text}</p>" for text in PROSE[:2]),
                  '<div class="picked-article"><span>Baca Juga</span><ul><li><a href="https://ekonomi.republika.co.id/'
                  'berita/t4wz1a382/bps-konsumsi-rumah-tangga-melambat">BPS: Konsumsi Rumah Tangga Melambat</a></li>'
                  '</ul></div>', *(f"<p>{text}</p>" for text in PROSE[2:]), f"<p><em>{NOTE}</em></p>"]
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f'<title>{TITLE} | Republika Online</title><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{TITLE}"><meta property="og:url" content="{URL}">'
        '<meta property="article:published_time" content="2025-11-03T09:50:00+07:00">'
        f'<link rel="canonical" href="{URL}"><script type="application/ld+json">{{"@context":"https://schema.org",'
        f'"@type":"NewsArticle","headline":"{TITLE}","datePublished":"2025-11-03T09:50:00+07:00",'
        '"author":{"@type":"Person","name":"Karta Raharja Ucu"},"publisher":{"@type":"Organization",'
        '"name":"Republika Online"}}</script></head><body>'
        '<header class="header"><a href="https://republika.co.id/" class="logo">Republika</a><nav class="main-nav">'
        '<a href="https://news.republika.co.id/">News</a><a href="https://analisis.republika.co.id/">Analisis</a></nav>'
        '</header><div class="container"><div class="col-md-8"><div class="breadcrumb"><a href="https://republika.co.id/">'
        'Home</a><a href="https://analisis.republika.co.id/">Analisis</a><a href="https://analisis.republika.co.id/opini">'
        f'Opini</a></div><div class="max-card__title"><h1>{TITLE}</h1><div class="date date-item__headline">Senin ,  03 '
        'Nov 2025,  09:50 WIB</div><div><p>Red: Karta Raharja Ucu</p></div></div><div class="article-content"><article>'
        + "".join(f'<p class="b2">{paragraph}</p>' for paragraph in paragraphs) +
        '</article></div><div class="footnote-wrap"><p>Disclaimer: Tulisan ini merupakan opini pribadi penulis dan tidak '
        'mencerminkan pandangan redaksi Republika.</p></div></div></div><footer><p>Copyright © 2025 Republika.</p>'
        '</footer></body></html>')


def _crawl(spider: str, first: str) -> dict:
    page = _page(first).encode()
    result = crawl_in_process(spider, {URL: Route(page, headers={"Content-Type": "text/html; charset=utf-8"})},
                              f"url={URL}", settings={"AUTOTHROTTLE_ENABLED": False})
    [item] = result.items
    return item


@pytest.mark.parametrize("spider", ["republika", "generic"])
@pytest.mark.parametrize("first", ["REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*", "REPUBLIKA.CO.ID, Oleh Hendra Kusuma"])
def test_republika_column_page(spider, first):
    item = _crawl(spider, first)
    assert item["authors"] == ["Hendra Kusuma"]
    assert item["body"] == [*PROSE, NOTE]


@pytest.mark.parametrize("spider", ["republika", "generic"])
@pytest.mark.parametrize("first", [
    "REPUBLIKA.CO.ID, JAKARTA -- Oleh-oleh khas Bandung kembali diburu wisatawan menjelang libur panjang akhir tahun.",
    "REPUBLIKA.CO.ID, Oleh karena itu pemerintah perlu bertindak cepat menjaga daya beli kelas menengah tahun ini.",
])
def test_the_storys_first_sentence_after_the_dateline_stays(spider, first):
    item = _crawl(spider, first)
    assert item["authors"] == []
    assert item["body"] == [first, *PROSE, NOTE]
