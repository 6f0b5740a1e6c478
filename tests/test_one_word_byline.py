"""One-word reporters' names the markup vouches for, and a bold sign-off closing the story (h174 probe, reconstructed).

Real forms:

- okezone 2011: ``<div class="news-fr"><a href="http://redaksi.okezone.com/reporter/ferdinan">Ferdinan</a> - Okezone
  </div>`` under the h1, no JSON-LD, no author meta. Single-word names are common among Indonesian reporters (Ferdinan,
  Sutarno, Antonius); the byline readers wanted 2-4 name words, so both the okezone and the generic spider gave [] where
  "Ferdinan Waskita" in the same place was read. A one-word name is now read when the markup vouches for it
  (fields.authors._one_word_vouched): the text of a link to the author page whose path holds that word, or in an
  element classed author/byline followed by the outlet's name. A bare "Ferdinan - Okezone" line with no such markup
  stays unread: "Megapolitan - Okezone", a rubric and the outlet, has the same shape.
- tempointeraktif 2008: the reporter's sign-off after the story's last paragraph, ``<p class="txt"><b>Ninin
  Damayanti</b></p>``, Title case (the capitals form "NININ DAMAYANTI" was read, this one was not, though the body cut
  both alike). It is read when the page sets it as the story's own last paragraph wholly in bold
  (maintext.MainText.bold_signoff), it is a name alone, no closing greeting, and the story does not name that person
  (a letter's signer the story quotes is its subject).
"""
from __future__ import annotations

import pytest
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.fields.authors import hinted_bylines, unlabelled_byline
from newscrawl.fields.outlet import outlet_labels
from newscrawl.maintext import extract_main_text
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}
OKEZONE = outlet_labels("https://news.okezone.com/read/2011/06/20/338/470123/x", "Okezone")


def hinted(html: str) -> list[str]:
    return hinted_bylines(Selector(text=f"<html><body>{html}</body></html>").root, OKEZONE, writers_only=True)


@pytest.mark.parametrize(("html", "expected"), [
    # okezone 2011: a link to the reporter's page whose path is the name, the outlet after it
    ('<div class="news-fr"><a href="http://redaksi.okezone.com/reporter/ferdinan">Ferdinan</a> - Okezone</div>',
     ["Ferdinan"]),
    ('<div class="news-fr"><a href="http://redaksi.okezone.com/reporter/ferdinan">Ferdinan Waskita</a> - Okezone</div>',
     ["Ferdinan Waskita"]),
    ('<p class="meta"><a href="/author/sutarno-1234/">Sutarno</a></p>', ["Sutarno"]),
    ('<p class="meta"><a href="/penulis/12/antonius">Antonius</a></p>', ["Antonius"]),
    # a byline-marked element (class, itemprop) with the outlet's name after the one word
    ('<span class="author">Ferdinan - Okezone</span>', ["Ferdinan"]),
    ('<div class="byline">Sutarno | Okezone.com</div>', ["Sutarno"]),
    ('<span itemprop="author">Antonius - Okezone</span>', ["Antonius"]),
    ('<div class="author"><a href="/author/sutarno/">Sutarno</a> - Okezone</div>', ["Sutarno"]),
    # -- nothing vouches for the word: no markup, no outlet after it, a link's text that is no name of its path
    ('<div class="news-fr">Ferdinan - Okezone</div>', []),
    ('<span class="author">Ferdinan</span>', []),
    ('<span class="author">Ferdinan - Sepakbola</span>', []),
    ('<a href="/author/ferdinan/">Profil</a>', []),
    ('<a href="/author/ferdinan/">Ikuti</a>', []),
    ('<a href="/author/1234/">Ferdinan</a>', []),
    ('<a href="/author/sutarno/">Ferdinan</a>', []),
    ('<a href="https://creativecommons.org/licenses/by/ferdinan/">Ferdinan</a>', []),
    # -- vouched for, but no person: a desk, an account, the outlet, an agency, a rubric, a place, an acronym
    *[(f'<a href="/author/{word.lower()}/">{word}</a>', []) for word in (
        "Redaksi", "Admin", "Tim", "Okezone", "Antara", "Reuters", "Kontributor", "Superadmin", "Webmaster", "Nasional",
        "Megapolitan", "Bola", "Jakarta", "Anonim", "Rilis", "BAPPEDA", "Editor", "Penulis", "Wartawan")],
    *[(f'<span class="author">{word} - Okezone</span>', []) for word in (
        "Redaksi", "Tim", "Okezone", "Sindonews", "Antara", "Megapolitan", "Celebrity", "Jakarta", "Kontributor")],
])
def test_a_one_word_name_is_read_where_the_markup_vouches_for_it(html: str, expected: list[str]) -> None:
    assert hinted(html) == expected


STORY = ["Rapat paripurna Dewan Perwakilan Rakyat menyetujui rancangan undang-undang dibahas kembali.",
         '"Kami ingin undang-undang ini melindungi anak-anak," kata Balkan Kaplale seusai rapat paripurna.']
TITLE = "DPR Setujui RUU Pornografi Dibahas Lagi"


@pytest.mark.parametrize(("after", "signoff", "story", "title", "expected"), [
    # tempointeraktif 2008: the bold Title-case sign-off right after the story
    (["Ninin Damayanti", "Berita Terkait"], "Ninin Damayanti", STORY, TITLE, ["Ninin Damayanti"]),
    (["Ninin Damayanti"], "Ninin Damayanti", STORY, None, ["Ninin Damayanti"]),
    # not set as the story's bold last paragraph (maintext said nothing): a bare Title-case line is never read
    (["Ninin Damayanti", "Berita Terkait"], None, STORY, TITLE, []),
    # the sign-off is not the line read: another line stands nearest the story
    (["Berita Terkait", "Ninin Damayanti"], "Ninin Damayanti", STORY, TITLE, []),
    # a closing greeting or prompt, a heading, a place, one word, more than a name
    *[([line], line, STORY, TITLE, []) for line in (
        "Selamat Membaca", "Semoga Bermanfaat", "Salam Olahraga", "Terima Kasih", "Tonton Juga", "Berita Terkait",
        "Baca Juga", "Jawa Barat", "Kota Bandung", "Sundari", "Ninin Damayanti, Jakarta", "Ninin Damayanti - Tempo",
        "Tim Redaksi", "Redaksi Tempo")],
    # a person the story or its headline names: a quoted letter's or statement's signer, the story's subject
    (["Balkan Kaplale"], "Balkan Kaplale", STORY, TITLE, []),
    (["Joko Widodo"], "Joko Widodo", ["Surat terbuka Presiden Joko Widodo kepada para guru.", "Hormat saya."],
     "Surat Terbuka untuk Guru", []),
    (["Joko Widodo"], "Joko Widodo", STORY, "Joko Widodo Tulis Surat untuk Guru", []),
    (["Ninin Damayanti"], "Ninin Damayanti", STORY, "Damayanti Terpilih Jadi Ketua", []),
])
def test_a_bold_signoff_names_the_reporter(after, signoff, story, title, expected) -> None:
    assert unlabelled_byline([], after, ["tempointeraktif"], title, bold_signoff=signoff, story=story) == expected


def test_a_line_before_the_story_still_wins_over_the_signoff() -> None:
    assert unlabelled_byline(["Oleh Budi Santoso"], ["Ninin Damayanti"], [], TITLE, bold_signoff="Ninin Damayanti",
                             story=STORY) == ["Budi Santoso"]


PARAGRAPHS = "".join(
    f'<p class="txt">Paragraf {n} tentang rapat paripurna Dewan Perwakilan Rakyat yang menyetujui rancangan undang-'
    f'undang dibahas kembali oleh panitia khusus setelah terhenti hampir dua tahun lamanya.</p>' for n in range(4))


def signoff_of(after: str, paragraphs: str = PARAGRAPHS) -> str | None:
    html = (f'<html><body><td class="tengah"><h1>{TITLE}</h1>{paragraphs}{after}<div class="berita-lain"><b>Berita '
            'Terkait</b><br><a href="/x">Massa Tolak RUU</a></div></td></body></html>')
    return extract_main_text(Selector(text=html)).bold_signoff


@pytest.mark.parametrize(("after", "expected"), [
    ('<p class="txt"><b>Ninin Damayanti</b></p>', "Ninin Damayanti"),
    ('<p class="txt"><strong>Ninin Damayanti</strong></p>', "Ninin Damayanti"),
    ('<p class="txt"> <b>NININ DAMAYANTI</b> </p>', "NININ DAMAYANTI"),
    # not bold, not wholly bold, not a paragraph of the story's kind, not the last of them
    ('<p class="txt">Ninin Damayanti</p>', None),
    ('<p class="txt">Reporter <b>Ninin Damayanti</b></p>', None),
    ('<p class="txt"><b>Ninin</b> <b>Damayanti</b></p>', None),
    ('<div class="other_gal"><strong>More Photos</strong></div>', None),
    ('<p class="caption"><b>Ninin Damayanti</b></p>', None),
    ('<p class="txt"><b>Jadwal Lengkap</b></p><p class="txt">Senin: Persib</p>', None),
])
def test_main_text_tells_a_bold_signoff(after: str, expected: str | None) -> None:
    assert signoff_of(after) == expected


# ---------------------------------------------------------------- through the spiders
OKEZONE_URL = "http://news.okezone.com/read/2011/06/20/338/470123/banjir-rob-genangi-permukiman-warga-muara-baru"
TEMPO_URL = "http://www.tempointeraktif.com/hg/nasional/2008/04/15/brk,20080415-121234,id.html"


def okezone_2011(byline: str) -> str:
    """okezone 2011's detail page (h174 probe's form): the byline div under the h1, the story in #contentx."""
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        '<title>Banjir Rob Genangi Permukiman Warga Muara Baru : Okezone News</title>'
        '<meta property="og:title" content="Banjir Rob Genangi Permukiman Warga Muara Baru" /></head><body>'
        '<div id="header"><div class="logo"><a href="http://www.okezone.com/"><img src="/logo.png" alt="Okezone" /></a>'
        '</div></div><div id="content"><div class="left"><div class="breadcrumb"><a href="http://www.okezone.com/">Home'
        '</a> &raquo; <a href="http://news.okezone.com/megapolitan">Megapolitan</a></div><div class="news-content">'
        '<div class="news-fr">Senin, 20 Juni 2011 14:35 wib</div><h1>Banjir Rob Genangi Permukiman Warga Muara Baru</h1>'
        f'<div class="news-fr">{byline}</div><div id="contentx">'
        '<p><strong>JAKARTA</strong> - Banjir rob kembali menggenangi permukiman warga di kawasan Muara Baru, '
        'Penjaringan, Jakarta Utara, Senin (20/6/2011). Ketinggian air mencapai 50 sentimeter di sejumlah gang.</p>'
        '<p>Air laut mulai masuk ke permukiman sejak pukul 06.00 WIB seiring pasang naik. Warga terpaksa meninggikan '
        'perabot rumah tangga dan memindahkan barang berharga ke lantai dua.</p>'
        '<p>"Sudah tiga hari begini terus. Pagi naik, siang baru surut," keluh Rohimah, warga RT 08 RW 17.</p></div>'
        '<div class="editor">(ugo)</div><div class="berita-terkait"><h3>Berita Terkait</h3><ul><li><a href="http://'
        'news.okezone.com/read/2011/06/18/338/469551/rob-rendam-jalan">Rob Rendam Jalan RE Martadinata</a></li></ul>'
        '</div></div></div></div><div id="footer"><a href="http://www.okezone.com/redaksi">Redaksi</a>'
        '<p>Copyright &copy; 2011 okezone.com</p></div></body></html>')


def tempo_2008(signoff: str) -> str:
    """tempointeraktif 2008's page (h174 probe's form): table layout, the story in p.txt, the sign-off after it."""
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        '<title>Tempo Interaktif : DPR Setujui RUU Pornografi Dibahas Lagi</title>'
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
        '<table width="980"><tr><td><a href="http://www.tempointeraktif.com/"><img src="/logo_ti.gif" alt="Tempo '
        'Interaktif"></a></td></tr></table><table width="980"><tr><td width="180" class="kiri"><div class="kanal">'
        '<b>Kanal</b><br><a href="/hg/nasional/">Nasional</a></div></td><td width="500" valign="top" class="tengah">'
        '<span class="tanggal">Selasa, 15 April 2008 | 16:47 WIB</span>'
        '<h1 class="judul">DPR Setujui RUU Pornografi Dibahas Lagi</h1>'
        '<p class="txt"><b>TEMPO Interaktif, Jakarta:</b> Rapat paripurna Dewan Perwakilan Rakyat menyetujui Rancangan '
        'Undang-Undang Antipornografi dan Pornoaksi dibahas kembali oleh panitia khusus.</p>'
        '<p class="txt">Ketua Panitia Khusus RUU Pornografi Balkan Kaplale mengatakan judul rancangan akan diubah menjadi '
        'RUU Pornografi saja. Sejumlah pasal yang dinilai multitafsir akan dihapus.</p>'
        '<p class="txt">Fraksi Partai Damai Sejahtera dan Fraksi PDI Perjuangan menyatakan keberatan. Menurut mereka, '
        'rancangan itu masih berpotensi mengancam keberagaman budaya di daerah seperti Bali dan Papua.</p>'
        f'<p class="txt">{signoff}</p><br><div class="berita-lain"><b>Berita Terkait</b><br>&#187; <a href="/hg/nasional/'
        '2008/04/14/brk,20080414-121150,id.html">Massa Tolak RUU Pornografi Demo di Bundaran HI</a></div></td>'
        '</tr></table></body></html>')


def crawl(spider: str, url: str, html: str) -> dict:
    route = Route(html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    [item] = crawl_in_process(spider, {url: route}, f"url={url}", settings=QUIET).items
    return item


LINKED = '<a href="http://redaksi.okezone.com/reporter/ferdinan">Ferdinan</a> - Okezone'


@pytest.mark.parametrize("spider", ["okezone", "generic"])
@pytest.mark.parametrize(("byline", "expected"), [
    (LINKED, ["Ferdinan"]),
    ('<a href="http://redaksi.okezone.com/reporter/ferdinan">Ferdinan Waskita</a> - Okezone', ["Ferdinan Waskita"]),
    # the bare line: nothing vouches for the one word ("Megapolitan - Okezone" has the same shape)
    ("Ferdinan - Okezone", []),
    ("Megapolitan - Okezone", []),
])
def test_okezone_2011_one_word_reporter(spider: str, byline: str, expected: list[str]) -> None:
    item = crawl(spider, OKEZONE_URL, okezone_2011(byline))
    assert item["authors"] == expected
    assert len(item["body"]) == 3


@pytest.mark.parametrize(("signoff", "expected"), [
    ("<b>Ninin Damayanti</b>", ["Ninin Damayanti"]),
    ("<b>NININ DAMAYANTI</b>", ["Ninin Damayanti"]),
    # a closing greeting in bold, a name the story holds (the subject quoted), a bare line: nobody
    ("<b>Selamat Membaca</b>", []),
    ("<b>Balkan Kaplale</b>", []),
    ("Ninin Damayanti", []),
])
def test_tempointeraktif_2008_bold_signoff(signoff: str, expected: list[str]) -> None:
    item = crawl("generic", TEMPO_URL, tempo_2008(signoff))
    assert item["authors"] == expected
    assert item["body"][2].endswith("seperti Bali dan Papua.")  # (a closing greeting the body may keep)
