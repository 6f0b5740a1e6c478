"""The structured data's editor is an editor, never a writer the "more writers" completion adds (h162 probe).

Real form (viva 2023, /berita/metro/1610327-…): the byline
``<div class="mca-author"><a href="/profile/foe-peace-simbolon">Foe Peace Simbolon</a>, <span class="mca-editor">Anwar
Sadat</span></div>`` with no visible label; JSON-LD ``"author": {"@type": "Person", "name": "Foe Peace Simbolon"}`` and
``"editor": {"@type": "Person", "name": "Anwar Sadat"}``. choose_authors took JSON-LD's author, saw the page list
another name right after it (listed_with_others) and completed the list from the byline element: both names, from
viva and generic. The editor evidence was only the credit lines and the content_editor meta; JSON-LD's editor, the
microdata's and the byline's editor class were none.
"""
from __future__ import annotations

import json

import pytest
from inprocess import crawl_in_process
from lxml import html as lxml_html
from replay import Route

from newscrawl.extract import ld_credits
from newscrawl.fields.authors import choose_authors, editor_class, hinted_bylines, microdata_editors

FOE, ANWAR = "Foe Peace Simbolon", "Anwar Sadat"


def _person(name: str, **more: str) -> dict[str, str]:
    return {"@type": "Person", "name": name, **more}


@pytest.mark.parametrize(("ld", "expected"), [
    ({}, ([], [])),
    ({"author": _person(FOE)}, ([], [FOE])),
    ({"author": _person(FOE), "editor": _person(ANWAR)}, ([ANWAR], [FOE])),  # viva 2023
    ({"author": [_person(FOE)], "editor": [_person(ANWAR), _person("Dedi Kurnia")]}, ([ANWAR, "Dedi Kurnia"], [FOE])),
    ({"author": _person(FOE), "editor": ANWAR}, ([ANWAR], [FOE])),  # a plain string
    # an author entry whose jobTitle is an editor's (h93 probe) is an editor too
    ({"author": [_person(FOE), _person(ANWAR, jobTitle="Editor")]}, ([ANWAR], [FOE])),
    # the same person both: a writer
    ({"author": _person(FOE), "editor": _person(FOE)}, ([], [FOE])),
    # the outlet as editor or author is no one
    ({"author": {"@type": "Organization", "name": "VIVA.co.id"},
      "editor": {"@type": "NewsMediaOrganization", "name": "VIVA"}}, ([], [])),
    ({"author": {"@type": "Organization", "name": "VIVA.co.id"}, "editor": _person(ANWAR)}, ([ANWAR], [])),
    ({"editor": None}, ([], [])),
])
def test_ld_credits(ld: dict, expected: tuple[list[str], list[str]]) -> None:
    assert ld_credits(ld) == expected


def _choose(structured, credits=((), ()), marked=(FOE, ANWAR), sources=((FOE,), (FOE, ANWAR)), may_be_editor=None):
    """choose_authors as extract_article calls it on the viva page: JSON-LD's author first, a source naming more
    (the byline element) after it, the page listing another name right after the first."""
    return choose_authors([list(s) for s in sources], ["VIVA.co.id", "VIVA"], credits=credits,
                          may_be_editor=may_be_editor, listed_after=lambda names, other: True,
                          byline_marked=lambda: list(marked), structured=structured)


@pytest.mark.parametrize(("kwargs", "expected"), [
    # no editor evidence: the completion stands
    ({"structured": ((), ())}, [FOE, ANWAR]),
    ({"structured": ((), (FOE,))}, [FOE, ANWAR]),
    # JSON-LD names the editor apart from its author: never added, whatever the byline's markup marks
    ({"structured": ((ANWAR,), (FOE,))}, [FOE]),
    ({"structured": ((ANWAR,), (FOE,)), "marked": ()}, [FOE]),
    ({"structured": ((ANWAR,), (FOE,)), "may_be_editor": lambda names: False}, [FOE]),  # no cheap test skips it
    ({"structured": ((ANWAR,), (FOE,)), "sources": ((ANWAR,), (FOE,))}, [FOE]),  # a DOM-first site's byline
    # the page labels the editor a writer too ("Penulis: Foe Peace Simbolon, Anwar Sadat"): both
    ({"structured": ((ANWAR,), (FOE,)), "credits": ((), (FOE, ANWAR))}, [FOE, ANWAR]),
    ({"structured": ((ANWAR,), (FOE, ANWAR))}, [FOE, ANWAR]),
    # no writer of its own in the structured data ("Redaksi" is none): an editor credit as a label's, which the
    # byline's markup overrides (the byline's person wrote it) …
    ({"structured": ((ANWAR,), ("Redaksi",))}, [FOE, ANWAR]),
    ({"structured": ((ANWAR,), ()), "sources": ((ANWAR,),), "marked": (ANWAR,)}, [ANWAR]),
    # … and that nothing marks stays out
    ({"structured": ((ANWAR,), ()), "marked": (FOE,)}, [FOE]),
])
def test_choose_authors_structured_editor(kwargs: dict, expected: list[str]) -> None:
    assert _choose(**kwargs) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("mca-editor", True), ("editor-name", True), ("post_editor", True), ("redaktur", True), ("x penyunting-nama", True),
    ("author-editor", False), ("byline editor", False), ("editorial", False), ("editors-pick", False),
    ("mca-author", False), ("", False), (None, False),
])
def test_editor_class(value: str | None, expected: bool) -> None:
    assert editor_class(value) is expected


def _root(body: str):
    return lxml_html.fromstring(f"<html><body><article><h1>Judul</h1>{body}<p>Isi berita.</p></article></body></html>")


@pytest.mark.parametrize(("byline", "expected"), [
    # viva 2023: the editor's name under its own class, inside the author's box
    (f'<div class="mca-author"><a href="/profile/foe">{FOE}</a>, <span class="mca-editor">{ANWAR}</span></div>', [FOE]),
    (f'<div class="byline"><a href="/p/foe">{FOE}</a>, <span class="editor-name">{ANWAR}</span></div>', [FOE]),
    # no editor's class: both names, as before
    (f'<div class="mca-author"><a href="/profile/foe">{FOE}</a>, <span class="mca-name">{ANWAR}</span></div>',
     [FOE, ANWAR]),
    # a class that may box either role, and a lone name under an editor's class, stay
    (f'<div class="byline"><a href="/p/foe">{FOE}</a>, <span class="author-editor">{ANWAR}</span></div>', [FOE, ANWAR]),
    (f'<div class="author"><span class="editor-name">{ANWAR}</span></div>', [ANWAR]),
    (f'<div class="byline"><span class="editor">{FOE}</span> dan <span class="editor">{ANWAR}</span></div>',
     [FOE, ANWAR]),
    # the microdata's editor inside the byline
    (f'<div class="mca-author"><a href="/profile/foe">{FOE}</a>, <span itemprop="editor">{ANWAR}</span></div>', [FOE]),
])
def test_hinted_bylines_leave_an_editor_classed_name(byline: str, expected: list[str]) -> None:
    assert hinted_bylines(_root(byline), ["VIVA"], writers_only=True) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('<p class="mt10">Editor: <span itemprop="editor">PR Wire</span></p>', ["PR Wire"]),  # antaranews 2016
    (f'<span itemprop="editor" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{ANWAR}</span>'
     '</span>', [ANWAR]),
    (f'<meta itemprop="editor" content="{ANWAR}">', [ANWAR]),
    ('<span itemprop="editor" itemscope itemtype="https://schema.org/Organization">VIVA</span>', []),
    (f'<span itemprop="author">{FOE}</span>', []),
])
def test_microdata_editors(body: str, expected: list[str]) -> None:
    assert microdata_editors(_root(body)) == expected


URL = "https://www.viva.co.id/berita/metro/1610327-polisi-buru-pengendara-moge-yang-tendang-pemotor-di-tb-simatupang"
TITLE = "Polisi Buru Pengendara Moge yang Tendang Pemotor di TB Simatupang"
STORY = "".join(f"<p>Paragraf {n}: Polda Metro Jaya memburu seorang pengendara motor gede yang terekam menendang "
                f"pengendara sepeda motor di Jalan TB Simatupang, Jakarta Selatan, hingga terjatuh ke aspal.</p>"
                for n in range(1, 5))


def viva_page(ld_editor: bool, editor_class_name: str, microdata: bool = False) -> str:
    """The viva 2023 page, reconstructed: JSON-LD author (and editor), author metas, the unlabelled byline."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
          "datePublished": "2023-06-07T14:21:48+07:00", "author": _person(FOE),
          "publisher": {"@type": "Organization", "name": "VIVA.co.id"}}
    if ld_editor:
        ld["editor"] = _person(ANWAR)
    editor = f'<span class="{editor_class_name}"{" itemprop=editor" if microdata else ""}>{ANWAR}</span>'
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE}</title>'
            f'<meta property="og:site_name" content="VIVA.co.id"><meta name="author" content="{FOE}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<div class="main-content"><h1>{TITLE}</h1><div class="mca-author"><a '
            f'href="https://www.viva.co.id/profile/foe-peace-simbolon">{FOE}</a>, {editor}</div>'
            f'<div class="mca-date">Rabu, 7 Juni 2023 - 14:21 WIB</div><div class="main-content-detail">{STORY}</div>'
            '</div></body></html>')


@pytest.mark.parametrize("spider", ["viva", "generic"])
@pytest.mark.parametrize(("ld_editor", "class_name", "microdata"), [
    (True, "mca-editor", False),  # the real page
    (True, "mca-name", False),  # JSON-LD alone says who edited it
    (False, "mca-editor", False),  # the class alone
    (False, "mca-name", True),  # the microdata alone
])
def test_the_completion_adds_no_editor(spider: str, ld_editor: bool, class_name: str, microdata: bool) -> None:
    page = viva_page(ld_editor, class_name, microdata)
    item = crawl_in_process(spider, {URL: Route(page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})},
                            f"url={URL}").item(URL)
    assert item["authors"] == [FOE]


@pytest.mark.parametrize("spider", ["viva", "generic"])
def test_no_editor_evidence_keeps_the_completion(spider: str) -> None:
    """Without any editor evidence the byline's second name is a co-writer the completion adds, as before."""
    page = viva_page(False, "mca-name")
    item = crawl_in_process(spider, {URL: Route(page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})},
                            f"url={URL}").item(URL)
    assert item["authors"] == [FOE, ANWAR]
