"""CMS metas that label who wrote and who edited a story (extract.meta_credits): the writer they name is a
labelled writer, the editor a labelled editor, so a JSON-LD ``author`` that is the desk editor loses to the
writer (kompas.com 2025: JSON-LD author = content_editor; the page's own writer is content_author)."""
from __future__ import annotations

import json

import pytest

from newscrawl.extract import SiteRules, extract_article, meta_credits, with_meta_credits
from newscrawl.page import page_selector


@pytest.mark.parametrize("meta, expected", [
    ({}, ([], [])),
    ({"content_author": "Irfan Kamil", "content_editor": "Robertus Belarminus"},
     (["Robertus Belarminus"], ["Irfan Kamil"])),
    ({"content_author": "Nur Fitriatus Shalihah, Laksmi Pradipta"}, ([], ["Nur Fitriatus Shalihah", "Laksmi Pradipta"])),
    ({"dtk:author": "Mulia Budi", "author": "Kompas Cyber Media"}, ([], ["Mulia Budi"])),  # plain author: a source, not a label
    ({"DC.creator": "Dewi Lestari", "content_editor": " "}, ([], ["Dewi Lestari"])),
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
