"""CMS metas that label who wrote and who edited a story (extract.meta_credits): the writer they name is a
labelled writer, the editor a labelled editor, so a JSON-LD ``author`` that is the desk editor loses to the
writer (kompas.com 2025: JSON-LD author = content_editor; the page's own writer is content_author)."""
from __future__ import annotations

import json

import pytest
from inprocess import crawl_in_process
from replay import Route

from newscrawl.extract import SiteRules, extract_article, meta_credits, with_meta_credits
from newscrawl.fields.authors import choose_authors
from newscrawl.page import page_selector


@pytest.mark.parametrize("meta, expected", [
    ({}, ([], [])),
    ({"content_author": "Irfan Kamil", "content_editor": "Robertus Belarminus"},
     (["Robertus Belarminus"], ["Irfan Kamil"])),
    ({"content_author": "Nur Fitriatus Shalihah, Laksmi Pradipta"}, ([], ["Nur Fitriatus Shalihah", "Laksmi Pradipta"])),
    ({"dtk:author": "Mulia Budi", "author": "Kompas Cyber Media"}, ([], ["Mulia Budi"])),  # plain author: a source, not a label
    ({"DC.creator": "Dewi Lestari", "content_editor": " "}, ([], ["Dewi Lestari"])),
    ({"dc.creator": "Dewi Lestari"}, ([], ["Dewi Lestari"])),
    # (h98 probe) the jawapos network's metas: the same names in another case
    ({"content_Author": "Muhammad Syarafuddin", "content_Editor": "Muhammad Syarafuddin"},
     (["Muhammad Syarafuddin"], ["Muhammad Syarafuddin"])),
])
def test_meta_credits(meta: dict[str, str], expected: tuple[list[str], list[str]]) -> None:
    assert meta_credits(meta) == expected


def test_credit_lines_come_first() -> None:
    assert with_meta_credits((["A Editor"], ["B Penulis"]), {"content_editor": "C", "content_author": "D"}) == \
        (["A Editor", "C"], ["B Penulis", "D"])


def page(ld_author: str, metas: dict[str, str]) -> str:
    """A reconstructed page in the Kompas CMS's shape: JSON-LD author, content_* metas, an outlet meta author."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Judul Berita",
          "datePublished": "2025-05-28T13:30:07+07:00", "author": {"@type": "Person", "name": ld_author}}
    tags = "".join(f'<meta name="{name}" content="{value}">' for name, value in metas.items())
    return (f'<html><head><title>Judul Berita</title><meta name="author" content="Kompas Cyber Media">{tags}'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><h1>Judul Berita</h1>'
            '<div class="isi"><p>JAKARTA, KOMPAS.com - Paragraf pertama berita yang cukup panjang untuk dibaca.</p>'
            '</div></body></html>')


@pytest.mark.parametrize("ld_author, metas, expected", [
    # JSON-LD names the editor the metas label editor: the labelled writer instead.
    ("Robertus Belarminus", {"content_author": "Irfan Kamil", "content_editor": "Robertus Belarminus"}, ["Irfan Kamil"]),
    # The editor wrote it too (labelled both ways): kept.
    ("Robertus Belarminus", {"content_author": "Robertus Belarminus", "content_editor": "Robertus Belarminus"},
     ["Robertus Belarminus"]),
    # No editor meta: JSON-LD's person stands.
    ("Irfan Kamil", {"content_author": "Dewi Lestari"}, ["Irfan Kamil"]),
    # JSON-LD names the outlet: the labelled writer.
    ("Kompas.com", {"content_author": "Irfan Kamil"}, ["Irfan Kamil"]),
])
def test_json_ld_editor_loses_to_the_labelled_writer(ld_author: str, metas: dict[str, str], expected: list[str]) -> None:
    html = page(ld_author, metas)
    raw = extract_article(page_selector(html), "https://nasional.kompas.com/read/2025/05/28/1/x", SiteRules(),
                          html_text=html)
    assert raw.authors == expected


def test_the_bylines_marked_author_is_no_editor_only_credit() -> None:
    """(seen: liputan6 photo pages 2016) "By <a rel=author>Arny</a>" in the header and "Editor / Arny" in the
    credits box: she wrote it; the editor label does not take her out of the authors."""
    from newscrawl.extract import page_credit_lines
    from newscrawl.fields.authors import choose_authors, marked_authors

    html = ("<html><body><header><div class='by'>By <span class='author'><a rel='author' href='/arny'>"
            "<span itemprop='author'>Arny Christika Putri</span></a></span></div></header>"
            "<ul class='credits'><li>Editor</li><li><a href='/arny'><span>Arny Christika Putri</span></a></li>"
            "<li>Photographer</li><li><a href='/x'><span>Faizal Fanani</span></a></li></ul></body></html>")
    bare = html.replace(" rel='author'", "").replace(" itemprop='author'", "")
    for page, expected in ((html, ["Arny Christika Putri"]), (bare, [])):
        root = page_selector(page).root
        assert page_credit_lines(root, page, {})[0] == ["Arny Christika Putri"]  # the credits box labels her editor
        assert choose_authors([["Arny Christika Putri"]], credits=lambda: page_credit_lines(root, page, {}),
                              byline_marked=lambda: marked_authors(root)) == expected
        assert extract_article(page_selector(page), "https://www.liputan6.com/photo/read/1/x",
                               SiteRules(authors=(".author",)), html_text=page).authors == expected


# (reconstructed from radarbanjarmasin.jawapos.com 2023, h98 probe) the byline under the headline links the writer's
# author page; JSON-LD names him as the Person author; a footer above the tags says "Editor: <same person>". He wrote
# it: the byline element and the writer meta are writer evidence against the footer's editor label (authors were []).
_RADAR_LD = ('<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", '
             '"headline": "Sungai Martapura Surut", "datePublished": "2023-09-19T14:30:00+07:00", '
             '"author": {"@type": "Person", "name": "Muhammad Syarafuddin"}}</script>')


def radar_page(metas: str = "", byline: str = "<a href='/author/muhammad-syarafuddin'>Muhammad Syarafuddin</a>",
               credits: str = "<span>Editor: Muhammad Syarafuddin</span>") -> str:
    return (f"<html><head><title>Sungai Martapura Surut</title>{metas}{_RADAR_LD}</head><body><div class='read'>"
            "<h1 class='read__title'>Sungai Martapura Surut</h1><div class='read__info'>"
            f"<div class='read__info__author'>{byline}</div><div class='read__info__date'>Selasa, 19 September 2023 | "
            "14:30</div></div><div class='read__content'><p>BANJARMASIN - Kemarau panjang membuat permukaan Sungai "
            "Martapura surut, dan kapal wisata susur sungai berhenti beroperasi sejak pekan lalu.</p><p>Pengelola "
            "dermaga mengatakan kapal baru berlayar lagi bila air naik.</p></div>"
            f"<div class='read__tag'>{credits}<ul><li><a href='/tag/kemarau'>kemarau</a></li></ul></div></div>"
            "</body></html>")


@pytest.mark.parametrize("html, expected", [
    (radar_page(), ["Muhammad Syarafuddin"]),  # the byline element links his author page
    (radar_page(byline="Muhammad Syarafuddin"), ["Muhammad Syarafuddin"]),  # a class "author" byline
    # the writer meta labels him too (content_Author beside content_Editor)
    (radar_page('<meta name="content_Author" content="Muhammad Syarafuddin"><meta name="content_Editor" '
                'content="Muhammad Syarafuddin">', byline=""), ["Muhammad Syarafuddin"]),
    # no writer evidence: the editor stays out (as on liputan6's bare credits box)
    (radar_page(byline=""), []),
    # the author page link is the editor's, after its label; the labelled writer is the author (kompas.tv 2025)
    (radar_page(byline="<span>Penulis : <a href='/author/isnaya-helmi'>Isnaya Helmi</a></span> | <span>Editor : "
                       "<a href='/author/muhammad-syarafuddin'>Muhammad Syarafuddin</a></span>", credits=""),
     ["Isnaya Helmi"]),
])
def test_the_byline_elements_writer_is_no_editor_only_credit(html: str, expected: list[str]) -> None:
    raw = extract_article(page_selector(html), "https://radarbanjarmasin.jawapos.com/banjarmasin/1973214567/x",
                          SiteRules(), html_text=html)
    assert raw.authors == expected


def test_the_byline_elements_writer_through_generic() -> None:
    url = "https://radarbanjarmasin.jawapos.com/banjarmasin/1973214567/sungai-martapura-surut"
    result = crawl_in_process("generic", {url: Route(radar_page(), headers={"Content-Type": "text/html; charset=utf-8"})},
                              f"url={url}")
    assert [item["authors"] for item in result.items] == [["Muhammad Syarafuddin"]]


# (h103 probe A2b/A2c/A3/A3c, the markup of WordPress credit boxes) the editor's name is an author-page link in a
# card or a vcard, its label in the box's row or <dt> before it — further up than the link's grandparent. The
# label is looked for as the nearest text before the link within its credit block: the editor is no writer
# evidence. And a labelled writer ("Penulis: Dedi Kurnia") is the writer, whatever markup marks the editor.
_EDITOR_CARD = ("<div class='credit-box'><div class='credit-row'><span class='credit-label'>Editor</span></div>"
                "<div class='credit-row'><div class='author-card'><img class='author-card__avatar' src='/a.jpg'>"
                "<a class='author-card__name' href='/author/joko-santoso/'>Joko Santoso</a></div></div></div>")
_EDITOR_VCARD = ("<dl class='credits'><dt>Editor</dt><dd><span class='author vcard'>"
                 "<a href='/author/joko-santoso/'>Joko Santoso</a></span></dd></dl>")
_JOKO_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Gelombang Tinggi, Nelayan Tak Melaut", "datePublished": "2023-01-17T14:05:00+07:00", '
            '"author": {"@type": "Person", "name": "Joko Santoso", "url": "/author/joko-santoso/"}}</script>')


def credit_box_page(credits: str) -> str:
    return (f"<html><head><title>Gelombang Tinggi, Nelayan Tak Melaut</title>{_JOKO_LD}</head><body><article>"
            "<h1>Gelombang Tinggi, Nelayan Tak Melaut</h1><div class='post-content'><p>CIREBON - Ribuan nelayan di "
            "pesisir Kabupaten Cirebon tidak melaut selama sepekan terakhir akibat gelombang tinggi.</p><p>Ketua HNSI "
            f"mengatakan sedikitnya 4.000 nelayan memilih menambatkan perahu mereka.</p></div>{credits}"
            "<div class='tags'><a href='/tag/nelayan/'>nelayan</a></div></article></body></html>")


@pytest.mark.parametrize("html, expected", [
    (credit_box_page(_EDITOR_CARD), []),  # only the editor is named
    (credit_box_page(_EDITOR_VCARD), []),
    (credit_box_page("<div class='penulis-line'>Penulis: Dedi Kurnia</div>" + _EDITOR_CARD), ["Dedi Kurnia"]),
    (credit_box_page("<div class='penulis-line'>Penulis: Dedi Kurnia</div>" + _EDITOR_VCARD), ["Dedi Kurnia"]),
])
def test_an_editor_card_is_no_writer_evidence(html: str, expected: list[str]) -> None:
    raw = extract_article(page_selector(html), "https://www.kabarcirebon.example.id/2023/01/17/gelombang/",
                          SiteRules(), html_text=html)
    assert raw.authors == expected


def test_an_editor_card_after_the_writers_label_through_generic() -> None:
    url = "https://www.kabarcirebon.example.id/2023/01/17/gelombang/"
    html = credit_box_page("<div class='penulis-line'>Penulis: Dedi Kurnia</div>" + _EDITOR_CARD)
    result = crawl_in_process("generic", {url: Route(html, headers={"Content-Type": "text/html; charset=utf-8"})},
                              f"url={url}")
    assert [item["authors"] for item in result.items] == [["Dedi Kurnia"]]


def test_markup_keeps_no_editor_when_another_writer_is_labelled() -> None:
    # JSON-LD names the editor; the credits label him editor and another person writer; the markup marks him too.
    assert choose_authors([["Joko Santoso"], ["Dedi Kurnia"]], credits=(["Joko Santoso"], ["Dedi Kurnia"]),
                          byline_marked=lambda: ["Joko Santoso"]) == ["Dedi Kurnia"]
    # No writer labelled: the byline's person wrote it (liputan6 photo pages).
    assert choose_authors([["Joko Santoso"]], credits=(["Joko Santoso"], []),
                          byline_marked=lambda: ["Joko Santoso"]) == ["Joko Santoso"]


def _signed_page(editor_line: str) -> str:
    """Reconstructed (h122 probe, Tech in Asia Indonesia 2015): a WordPress byline span.author.vcard linking
    /author/aditya-hadi-pratama, the story, then the editor's credit in brackets under it, its name linking the editor's
    own /author/ page."""
    return ("<html><head><title>Startup Logistik Dapat Pendanaan</title></head><body><article><header>"
            "<h1>Startup Logistik Dapat Pendanaan</h1><span class='byline'><span class='author vcard'>"
            "<a class='url fn n' href='/author/aditya-hadi-pratama'>Aditya Hadi Pratama</a></span></span></header>"
            "<div class='entry-content'><p>Startup logistik asal Singapura yang juga beroperasi di Indonesia mengumumkan"
            " telah mendapatkan pendanaan Seri A.</p><p>Persaingan di sektor ini memang cukup ketat bagi pemain baru.</p>"
            f"<p><em>{editor_line}</em></p></div></article></body></html>")


@pytest.mark.parametrize("editor_line", [
    "(Diedit oleh <a href='/author/enricko-lukman'>Enricko Lukman</a>)",
    "(Disunting oleh <a href='/author/enricko-lukman'>Enricko Lukman</a>)",
    "(Edited by <a href='/author/enricko-lukman'>Enricko Lukman</a>)",
    "Diedit oleh: <a href='/author/enricko-lukman'>Enricko Lukman</a>",
    "(Diedit oleh Enricko Lukman)",
])
def test_an_editor_credited_by_a_passive_label_is_no_author(editor_line: str) -> None:
    """The markup's author links name the writer and, after "Diedit oleh" / "Disunting oleh" / "Edited by", the
    editor: the editor's link is no byline (hinted_bylines' writers_only on extract's path; residue.EDITED_BY_LABEL)."""
    html = _signed_page(editor_line)
    raw = extract_article(page_selector(html), "https://id.techinasia.com/startup-logistik-dapat-pendanaan", SiteRules(),
                          html_text=html)
    assert raw.authors == ["Aditya Hadi Pratama"]


# (h172 probe: republika 2019 read by generic) the visible credit line labels the reporters and the redaktur ("Rep: A,
# B/ Red: C") while the CMS's content_author meta and JSON-LD author name the redaktur: the line's writers, not C. The
# editor who is also labelled a writer on the page stays one (above).
@pytest.mark.parametrize("line, expected", [
    ("Rep: Dian Erika Nugraheny, Febrianto Adi Saputro/ Red: Andri Saubani",
     ["Dian Erika Nugraheny", "Febrianto Adi Saputro"]),
    ("Red: Andri Saubani", ["Andri Saubani"]),  # no writer labelled: the metas' person stands
])
def test_a_meta_author_the_credit_line_labels_editor_is_no_writer(line: str, expected: list[str]) -> None:
    html = page("Andri Saubani", {"content_author": "Andri Saubani"}).replace(
        '<div class="isi">', f'<div class="by"><p>{line}</p></div><div class="isi">')
    raw = extract_article(page_selector(html), "https://republika.co.id/berita/pulx8k409/judul", SiteRules(),
                          html_text=html)
    assert raw.authors == expected
