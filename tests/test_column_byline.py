"""An opinion column's byline as a name line over the writer's role line, no "Oleh" (h170 probe, reconstructed).

Real form (tempo.co 2011, /read/kolom/…): the column's body opens with
``<p><strong>Rizal Hakim</strong><br><em>Peneliti Pusat Kajian Lingkungan Perkotaan Universitas Indonesia</em></p>``
then its prose. The tempo spider cut the name line (a byline line) but kept the role line as the first paragraph, and
read no writer; generic's body was right, its authors []. Only an "Oleh" line over a bracketed "(Dosen …)" line was a
column's byline (cleaning._opinion_byline_end). Now a name line (labelled "Oleh"/"Penulis", or a bare 2-4 word name)
right over a short role/affiliation line (cleaning.affiliation_line) opening the story leaves the body, and the name
is the author (fields.authors.column_byline). A name alone, or over a sentence, a dateline, a quote or a subheading,
is not that byline.
"""
from __future__ import annotations

import pytest

from inprocess import crawl_in_process
from newscrawl.cleaning import affiliation_line, bare_column_name, trim_edges
from newscrawl.fields.authors import column_byline
from replay import Route

TITLE = "Mengapa Kita Gagal Mengurus Sampah"
P1 = ("Setiap musim hujan tiba, pemandangan yang sama berulang di Jakarta: sampah plastik menyumbat gorong-gorong, kali "
      "meluap, dan warga di bantaran sungai mengungsi.")
P2 = ("Padahal, sebagian besar persoalan itu berawal dari tangan kita sendiri. Jakarta menghasilkan sekitar 6.000 ton "
      "sampah per hari.")
ROLE = "Peneliti Pusat Kajian Lingkungan Perkotaan UI"


@pytest.mark.parametrize(("line", "expected"), [
    (ROLE, True),
    ("Peneliti Pusat Kajian Lingkungan Perkotaan Universitas Indonesia", True),
    ("Dosen FISIP Universitas Hasanuddin", True),
    ("Guru Besar Fakultas Hukum UGM", True),
    ("Pengamat Kebijakan Publik Universitas Trisakti", True),
    ("Direktur Eksekutif Indonesia Budget Center", True),
    ("Mahasiswa Program Doktor Ilmu Politik di Universitas Leiden", True),
    ("Mengajar di Universitas Airlangga", True),
    ("Bekerja pada LIPI", True),
    # a sentence, a label, no institution, a subheading, a dateline, a quote
    ("Peneliti itu mengatakan banjir datang lagi.", False),
    ("Ketua: Budi Santoso", False),
    ("Ketua panitia acara", False),
    ("Latar Belakang Masalah", False),
    ("JAKARTA -", False),
    ("\u201cKami tidak akan mundur,\u201d kata Ketua DPRD.", False),
    ("Banjir di Jakarta", False),
    ("", False),
])
def test_affiliation_line(line, expected):
    assert affiliation_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Rizal Hakim", True),
    ("Dr. Rizal Hakim, M.Si.", True),
    ("Oleh: Rizal Hakim", False),          # labelled: the "Oleh" path reads it
    ("Kepala Dinas Lingkungan Hidup", False),
    ("Jakarta Selatan", False),            # a place
    ("Andi Saputra, Budi Santoso", False),  # two names: a credit's, not a column writer's
    ("Rizal", False),
    ("Rizal Hakim mengatakan", False),
    # (h286 B, reconstructed: Harian Jogja's opini) a retired officer's qualifier after the rank is part of the name
    ("AKBP (Purn.) Drs. Bambang Suharto, M.H.", True),
    ("Kolonel (Purn) Rahmat Hidayat", True),
])
def test_bare_column_name(line, expected):
    assert bare_column_name(line) is expected


@pytest.mark.parametrize(("blocks", "expected"), [
    # (h170, tempo 2011 kolom) the bare name over its role line; labelled; with degrees; in capitals
    (["Rizal Hakim", ROLE, P1, P2], [P1, P2]),
    (["Oleh: Rizal Hakim", ROLE, P1, P2], [P1, P2]),
    (["Oleh Rizal Hakim", ROLE, P1, P2], [P1, P2]),
    (["Penulis: Rizal Hakim", ROLE, P1, P2], [P1, P2]),
    (["Dr. Rizal Hakim, M.Si.", "Dosen FISIP Universitas Hasanuddin", P1, P2], [P1, P2]),
    (["Senin, 21 November 2011 | 09:45 WIB", "Rizal Hakim", ROLE, P1, P2], [P1, P2]),
    # the bracketed role stays handled (h21)
    (["Oleh: Rizal Hakim", "(Dosen FISIP Universitas Hasanuddin)", P1, P2], [P1, P2]),
    # a name over a sentence: the story's subject, the sentence stays
    (["Rizal Hakim", "Peneliti itu mengatakan banjir datang lagi.", P1],
     ["Peneliti itu mengatakan banjir datang lagi.", P1]),
    # a dateline, a quote, a subheading opening the story stay
    (["JAKARTA -", P1, P2], ["JAKARTA -", P1, P2]),
    (["\u201cKami tidak akan mundur,\u201d kata Ketua DPRD.", P1], ["\u201cKami tidak akan mundur,\u201d kata Ketua DPRD.", P1]),
    # mid-body the lines are the story's
    ([P1, "Rizal Hakim", ROLE, P2], [P1, "Rizal Hakim", ROLE, P2]),
    # (h286 B) a retired officer's qualifier in the bare name: the two lines stayed in the body
    (["AKBP (Purn.) Drs. Bambang Suharto, M.H.", "Pemerhati masalah kepolisian, tinggal di Sleman", P1, P2], [P1, P2]),
])
def test_trim_edges_cuts_the_column_byline(blocks, expected):
    assert trim_edges(blocks, TITLE) == expected


@pytest.mark.parametrize(("blocks", "expected"), [
    (["Rizal Hakim", ROLE, P1], ["Rizal Hakim"]),
    (["Oleh: Rizal Hakim", ROLE, P1], ["Rizal Hakim"]),
    (["RIZAL HAKIM", "Dosen FISIP Universitas Hasanuddin", P1], ["Rizal Hakim"]),
    (["Rizal Hakim, M.Si.", "Mengajar di Universitas Airlangga", P1], ["Rizal Hakim"]),
    # generic's reading: the lines before the main text (the date line kept), then its blocks
    (["Senin, 21 November 2011 | 09:45 WIB", "Rizal Hakim", ROLE, P1], ["Rizal Hakim"]),
    # a name alone, over a sentence, over a line with no institution, or with no story after it: no one
    (["Rizal Hakim", P1, P2], []),
    (["Rizal Hakim", "Peneliti itu mengatakan banjir datang lagi.", P1], []),
    (["Latar Belakang", "Ketua panitia acara", P1], []),
    (["Rizal Hakim", ROLE], []),
    (["Jakarta Selatan", "Kepala Dinas Lingkungan Hidup DKI", P1], []),
    # further down, the lines are the story's
    ([P1, P2, P1, "Rizal Hakim", ROLE, P2], []),
    # (h171 probe) under a label, or one of a list of name/role pairs: speakers, appointed officials
    (["Pembicara:", "Dr. Faisal Basri", "Ekonom Universitas Indonesia", P1], []),
    (["Hasan Nasbi", "Kepala Kantor Komunikasi Kepresidenan", "Budi Santoso", "Ketua Dewan Pers", P1], []),
    # (h286 B, reconstructed: Harian Jogja's opini "<p><strong>AKBP (Purn.) Drs. Bambang Suharto, M.H.</strong><br>
    # <em>Pemerhati masalah kepolisian, tinggal di Sleman</em></p>") the rank, its qualifier and the title kept
    (["AKBP (Purn.) Drs. Bambang Suharto, M.H.", "Pemerhati masalah kepolisian, tinggal di Sleman", P1],
     ["AKBP (Purn.) Drs. Bambang Suharto"]),
    (["Oleh: Kolonel (Purn) Rahmat Hidayat, Lc., M.A.", ROLE, P1], ["Kolonel (Purn) Rahmat Hidayat"]),
    ([], []),
])
def test_column_byline(blocks, expected):
    assert column_byline(blocks) == expected


# (h171 probe) on a page that is no opinion piece the bare pair is an interview's, an obituary's subject: the labelled
# form only
@pytest.mark.parametrize(("blocks", "expected"), [
    (["Penny K. Lukito", "Kepala Badan Pengawas Obat dan Makanan", P1, P2], []),
    (["Oleh: Rizal Hakim", ROLE, P1, P2], ["Rizal Hakim"]),
])
def test_column_byline_off_an_opinion_page(blocks, expected):
    assert column_byline(blocks, bare=False) == expected


@pytest.mark.parametrize(("url", "section", "kinds", "opinion"), [
    ("http://www.tempo.co/read/kolom/2011/11/21/496/x", None, (), True),
    ("https://news.detik.com/kolom/d-7000000/x", None, (), True),
    ("https://www.contoh.id/opini/2024/06/19/x", None, (), True),
    ("https://www.contoh.id/berita/2024/06/19/x", "Opini", (), True),
    ("https://www.contoh.id/berita/2024/06/19/x", None, ("OpinionNewsArticle",), True),
    ("http://www.tempo.co/read/news/2011/11/21/x", None, (), False),
    ("https://www.contoh.id/berita/2024/06/19/kolom-renang-baru", None, (), False),
])
def test_opinion_page(url, section, kinds, opinion):
    from newscrawl.fields.authors import opinion_page

    assert opinion_page(url, section, kinds) is opinion


# ---------------------------------------------------------------- the reconstructed page through tempo and generic

URL = "http://www.tempo.co/read/kolom/2011/11/21/496/Mengapa-Kita-Gagal-Mengurus-Sampah"
PROSE = [P1, P2,
         "Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah sebenarnya sudah mewajibkan pemerintah daerah "
         "menutup tempat pembuangan terbuka paling lambat 2013.",
         "Masalahnya bukan semata anggaran. Pemerintah kota lebih senang membeli truk sampah baru ketimbang membiayai "
         "bank sampah di tingkat rukun warga.",
         "Tanpa perubahan itu, kita akan terus mengulang ritual tahunan yang sama. Banjir datang, pejabat meninjau lokasi "
         "dengan sepatu bot, lalu semuanya dilupakan sampai musim hujan berikutnya."]
PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Mengapa Kita Gagal Mengurus Sampah | Kolom | tempo.co'
        f'</title><meta property="og:title" content="{TITLE}"><meta property="og:type" content="article">'
        f'<meta property="og:url" content="{URL}"><meta property="og:site_name" content="tempo.co"></head><body>'
        '<div id="wrapper"><div id="header"><div class="logo"><a href="http://www.tempo.co/">tempo.co</a></div>'
        '<ul id="menu"><li><a href="http://www.tempo.co/">Home</a></li><li><a href="http://www.tempo.co/kolom">Kolom</a>'
        '</li></ul></div><div id="content"><div class="col-kiri"><div class="breadcrumb"><a href="http://www.tempo.co/">'
        'Home</a> &raquo; <a href="http://www.tempo.co/kolom">Kolom</a></div><div class="artikel">'
        f'<h1>{TITLE}</h1><div class="block-tanggal"><span class="tanggal">Senin, 21 November 2011 | 09:45 WIB</span>'
        '</div><p><strong>Rizal Hakim</strong><br /><em>Peneliti Pusat Kajian Lingkungan Perkotaan Universitas '
        'Indonesia</em></p>' + "".join(f"<p>{p}</p>" for p in PROSE) +
        '</div></div><div class="col-kanan"><h3>Kolom Lainnya</h3><ul><li><a href="http://www.tempo.co/read/kolom/2011/'
        '11/18/495/Bantargebang-Hampir-Penuh">Bantargebang Hampir Penuh</a></li></ul></div></div>'
        '<div id="footer"><p>&copy; 2011 tempo.co</p></div></div></body></html>')


@pytest.mark.parametrize("spider", ["tempo", "generic"])
def test_an_interviews_subject_over_their_role_is_no_writer(spider):
    """(h171 probe) the same two lines over a news page's Q&A: the interviewee, not the writer."""
    url = "http://www.tempo.co/read/news/2011/11/21/078/Wawancara-Kepala-BPOM"
    page = PAGE.replace(URL, url).replace("<strong>Rizal Hakim</strong>", "<strong>Penny K. Lukito</strong>").replace(
        "Peneliti Pusat Kajian Lingkungan Perkotaan Universitas Indonesia", "Kepala Badan Pengawas Obat dan Makanan")
    result = crawl_in_process(spider, {url: Route(page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})},
                              f"url={url}", settings={"AUTOTHROTTLE_ENABLED": False})
    [item] = result.items
    assert item["authors"] == []


@pytest.mark.parametrize("spider", ["tempo", "generic"])
def test_tempo_column_page(spider):
    result = crawl_in_process(spider, {URL: Route(PAGE.encode(), headers={"Content-Type": "text/html; charset=utf-8"})},
                              f"url={URL}", settings={"AUTOTHROTTLE_ENABLED": False})
    [item] = result.items
    assert item["authors"] == ["Rizal Hakim"]
    assert item["body"] == PROSE
