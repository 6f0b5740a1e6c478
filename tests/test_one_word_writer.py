"""A one-word writer named beside the editor's credit in the byline element (h205 probe, reconstructed).

Real form: harianjogja's 2016 template (no JSON-LD, no author meta) puts under the h1 and the date line

    <div class="penulis">Sunartono &nbsp;|&nbsp; <span class="editor">Editor: Mediani Dyah Natalia</span></div>

Indonesian reporters often have one name (Sunartono, Suharto, Mulyadi). The byline readers wanted 2-4 name words, so
both the harianjogja and the generic spider gave authors [] where "Ujang Hasanudin" in the same place was read. The
element names the writer, then the editor under the editor's label: that structure says the word before the credit is
the writer's name (fields.authors._writer_beside_editor). A lone word in a byline element (or before the outlet's name)
stays unread: it is a rubric's or an account's as often (h178 probe: Hukrim, Polhukam, Warganet; 77ca5bb), and so is a
rubric, a desk, an account, an outlet, an agency, a place, a weekday or month, or the editor's own name beside the
credit.
"""
from __future__ import annotations

import pytest
from parsel import Selector

from inprocess import crawl_in_process
from newscrawl.fields.authors import hinted_bylines
from newscrawl.fields.outlet import outlet_labels
from replay import Route

QUIET = {"AUTOTHROTTLE_ENABLED": False}
URL = ("https://jogjapolitan.harianjogja.com/read/2016/05/12/511/720456/"
       "pedagang-pasar-beringharjo-tolak-rencana-relokasi-ke-lantai-tiga")
OUTLETS = outlet_labels(URL, "Harianjogja.com", "Harian Jogja")
EDITOR = '<span class="editor">Editor: Mediani Dyah Natalia</span>'


def hinted(html: str) -> list[str]:
    page = ('<html><body><div id="menu"><a href="/">HOME</a> <a href="http://jogjapolitan.harianjogja.com/">'
            f'JOGJAPOLITAN</a></div><div class="detail-berita"><h1>Judul</h1>{html}</div></body></html>')
    return hinted_bylines(Selector(text=page).root, OUTLETS, writers_only=True)


@pytest.mark.parametrize(("html", "expected"), [
    # the writer's one word, then the editor's credit after a spaced bar or dash, with or without the colon
    (f'<div class="penulis">Sunartono &nbsp;|&nbsp; {EDITOR}</div>', ["Sunartono"]),
    ('<div class="penulis">Sunartono | Editor: Mediani Dyah Natalia</div>', ["Sunartono"]),
    ('<div class="penulis">Sunartono - Editor: Mediani Dyah Natalia</div>', ["Sunartono"]),
    ('<div class="byline">Mulyadi \u00b7 Redaktur Mediani Dyah Natalia</div>', ["Mulyadi"]),
    ('<div class="author">Suharto | Penyunting: Natalia</div>', ["Suharto"]),
    ("<div class=\"penulis\">Ma'ruf | Editor: Mediani Dyah Natalia</div>", ["Ma'ruf"]),
    ('<div class="penulis">Sunartono | Editor: Mediani Dyah Natalia | Kamis, 12 Mei 2016 14:20 WIB</div>',
     ["Sunartono"]),
    ('<div class="penulis">Oleh Sunartono | Editor: Mediani Dyah Natalia</div>', ["Sunartono"]),
    ('<div class="penulis">Penulis: Sunartono | Editor: Mediani Dyah Natalia</div>', ["Sunartono"]),
    # two name words as before
    (f'<div class="penulis">Ujang Hasanudin &nbsp;|&nbsp; {EDITOR}</div>', ["Ujang Hasanudin"]),
    # -- no editor's credit beside the word: a lone word, the outlet, a role, a credit naming nobody, another part
    ('<div class="penulis">Sunartono</div>', []),
    ('<div class="penulis">Sunartono - Harian Jogja</div>', []),
    ('<div class="penulis">Sunartono | Editor</div>', []),
    ('<div class="penulis">Sunartono | Redaktur Pelaksana</div>', []),
    ('<div class="penulis">Sunartono | Jogja | Editor: Mediani Dyah Natalia</div>', []),
    ('<div class="penulis">Sunartono | Editor: Mediani Dyah Natalia | Foto: Desi Suryanto</div>', []),
    # the word in capitals (an acronym's as often) or no name word
    ('<div class="penulis">BAPPEDA | Editor: Mediani Dyah Natalia</div>', []),
    ('<div class="penulis">ugo | Editor: Mediani Dyah Natalia</div>', []),
    # -- beside the credit, but no person: the editor's own name, a rubric (listed, or a link of the page's menu), a
    # desk, an account, the outlet, another outlet, an agency, a place, a weekday, a month, a role
    *[(f'<div class="penulis">{word} | Editor: Mediani Dyah Natalia</div>', []) for word in (
        "Natalia", "Mediani", "Jogjapolitan", "Hukrim", "Polhukam", "Peristiwa", "Viral", "Nasional", "Ekbis",
        "Admin", "Redaksi", "Tim", "Superadmin", "Webadmin", "Webmaster", "Operator", "Anonim", "Warganet", "Pembaca", "Mimin", "Rilis",
        "Humas", "Advertorial", "Kontributor", "Harianjogja", "Tempo", "Sindo", "Kompas", "Antara", "Reuters",
        "Jogja", "Sleman", "Bantul", "Kamis", "Mei", "Desember", "Penulis", "Wartawan", "Reporter", "Ilustrasi",
        "Istimewa", "Ustadz")],
])
def test_one_word_writer_beside_the_editor(html: str, expected: list[str]) -> None:
    assert hinted(html) == expected


# ---------------------------------------------------------------- through the spiders
def harianjogja_2016(byline: str) -> str:
    """harianjogja's 2016 detail page (h205 probe c13's form): no JSON-LD, no author meta, the byline div under the date
    line, the story in .isi-berita."""
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        '<title>PASAR BERINGHARJO : Pedagang Tolak Rencana Relokasi ke Lantai Tiga | Harian Jogja</title>'
        '<meta property="og:title" content="PASAR BERINGHARJO : Pedagang Tolak Rencana Relokasi ke Lantai Tiga" />'
        '<meta property="og:type" content="article" /><meta property="og:site_name" content="Harianjogja.com" />'
        f'<link rel="canonical" href="{URL}" /></head><body><div id="wrapper">'
        '<div id="header"><div class="logo"><a href="http://www.harianjogja.com/"><img src="/logo.png" '
        'alt="Harian Jogja" /></a></div></div>'
        '<div id="menu"><ul><li><a href="http://www.harianjogja.com/">HOME</a></li><li><a href="http://jogjapolitan.'
        'harianjogja.com/">JOGJAPOLITAN</a></li><li><a href="http://news.harianjogja.com/">NEWS</a></li></ul></div>'
        '<div id="content"><div class="left"><div class="breadcrumbs"><a href="http://www.harianjogja.com/">Home</a> '
        '&raquo; <a href="http://jogjapolitan.harianjogja.com/">Jogjapolitan</a></div><div class="detail-berita">'
        '<div class="kanal-title">PASAR BERINGHARJO</div><h1>Pedagang Tolak Rencana Relokasi ke Lantai Tiga</h1>'
        '<div class="date">Kamis, 12 Mei 2016 14:20 WIB</div>'
        f'<div class="penulis">{byline}</div>'
        '<div class="share"><a href="http://www.facebook.com/sharer.php">Share</a></div>'
        '<div class="isi-berita">'
        '<p><strong>Harianjogja.com, JOGJA</strong>-Puluhan pedagang di Pasar Beringharjo menolak rencana Pemerintah '
        'Kota Jogja merelokasi mereka ke lantai tiga pasar. Pedagang khawatir dagangan mereka tidak laku.</p>'
        '<p>Ketua Paguyuban Pedagang Pasar Beringharjo Timur, Ujun Junaedi, mengatakan lantai tiga selama ini jarang '
        'dikunjungi pembeli. Banyak kios di lantai tersebut yang akhirnya tutup karena pedagangnya merugi.</p>'
        '<p>&quot;Kalau dipindah ke atas, sama saja mematikan usaha kami. Pembeli itu malas naik tangga,&quot; '
        'ujarnya, Kamis (12/5/2016).</p></div>'
        '<div class="berita-terkait"><h3>BERITA TERKAIT</h3><ul><li><a href="http://jogjapolitan.harianjogja.com/read/'
        '2016/05/09/511/719654/revitalisasi-pasar-beringharjo-dimulai-juni">Revitalisasi Pasar Beringharjo Dimulai '
        'Juni</a></li></ul></div></div></div></div>'
        '<div id="footer"><p>Copyright &copy; 2016 Harianjogja.com.</p><p><a href="http://www.harianjogja.com/redaksi">'
        'Redaksi</a></p></div></div></body></html>')


def crawl(spider: str, html: str) -> dict:
    route = Route(html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    [item] = crawl_in_process(spider, {URL: route}, f"url={URL}", settings=QUIET).items
    return item


@pytest.mark.parametrize("spider", ["harianjogja", "generic"])
@pytest.mark.parametrize(("byline", "expected"), [
    (f"Sunartono &nbsp;|&nbsp; {EDITOR}", ["Sunartono"]),
    (f"Ujang Hasanudin &nbsp;|&nbsp; {EDITOR}", ["Ujang Hasanudin"]),
    # the page's rubric (its menu's and crumbs' link), a desk, the editor's own name: no one
    (f"Jogjapolitan &nbsp;|&nbsp; {EDITOR}", []),
    (f"Hukrim &nbsp;|&nbsp; {EDITOR}", []),
    (f"Natalia &nbsp;|&nbsp; {EDITOR}", []),
    ("Sunartono", []),
])
def test_harianjogja_2016_one_word_writer(spider: str, byline: str, expected: list[str]) -> None:
    item = crawl(spider, harianjogja_2016(byline))
    assert item["authors"] == expected
    assert item["title"] == "Pedagang Tolak Rencana Relokasi ke Lantai Tiga"
    assert len(item["body"]) == 3
    assert not any("Mediani" in block for block in item["body"])
