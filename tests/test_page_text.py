"""fields.authors.PageText: the page's text nodes read once, script and style text left out, so the label searches
(credit lines, author cards) find their text nodes by str.find in one join instead of a contains() per text node.
The nodes found must be those the contains() scan finds outside scripts and styles, on every saved page."""
from __future__ import annotations

import csv

import pytest
from lxml import etree
from parsel import Selector

from conftest import SITES_DIR
from newscrawl.fields.authors import (_CARD_STEMS, _LABEL_STEMS, _MAX_HELD_NODES, PageText, _label_nodes,
                                      _stem_nodes)
from newscrawl.page import parse_html
from replay import realpages_dir

_ALL_TEXT = etree.XPath("//text()", smart_strings=False)


def _scanned(root: etree._Element, stems: tuple[str, ...]) -> list[tuple[object, bool, str]]:
    """What the contains() scan finds, script and style text excluded: (holder, is_tail, text) of each node."""
    found = []
    for text in _stem_nodes(stems)(root):
        holder = text.getparent()
        parent = holder.getparent() if text.is_tail else holder
        if parent is None or parent.tag not in ("script", "style"):
            found.append((holder, text.is_tail, str(text)))
    return found


def _found(root: etree._Element, stems: tuple[str, ...]) -> list[tuple[object, bool, str]]:
    return [(text.getparent(), text.is_tail, str(text)) for text in _label_nodes(root, stems)]


def _saved_pages() -> list[str]:
    pages = [str(path) for path in sorted(SITES_DIR.glob("*/*.html"))]
    real = realpages_dir()
    if real is not None:
        with open(real / "MANIFEST.tsv", encoding="utf-8") as handle:
            pages += [str(real / row["path"]) for row in csv.DictReader(handle, delimiter="\t")]
    return pages


@pytest.mark.parametrize("path", _saved_pages())
def test_label_nodes_are_the_contains_scans(path: str) -> None:
    html = open(path, encoding="utf-8", errors="replace").read()
    # The spiders' tree and parsel's own (its element classes, its comments).
    for root in (parse_html(html), Selector(text=html).root):
        for stems in (_LABEL_STEMS, _CARD_STEMS, ("a", "e"), ("Jakarta", "WIB")):
            assert _found(root, stems) == _scanned(root, stems), stems


def test_page_text_leaves_out_script_and_style_text() -> None:
    root = parse_html("<html><head><title>Editor</title><script>var Editor = 1;</script><style>.Editor{}</style>"
                      "</head><body><p>Editor: <b>Andi</b> Editor</p><script></script>Editor tail"
                      "<script>x</script></body></html>")
    page = PageText(root)
    assert page.texts == ["Editor", "", "", "Editor: ", "Andi", " Editor", "Editor tail", ""]
    assert len(page.texts) == len(_ALL_TEXT(root))  # numbered as //text() numbers them
    assert page.holding("Editor") == {0, 3, 5, 6}
    assert page.holding("Editor: Andi") == set()  # across two nodes: no node holds it
    assert _found(root, ("Editor",)) == _scanned(root, ("Editor",))


def _blanked(root: etree._Element) -> list[str]:
    """//text() with each script's and style's own text nodes as ""."""
    return ["" if (text.getparent().getparent() if text.is_tail else text.getparent()).tag in ("script", "style")
            else str(text) for text in root.xpath("//text()")]


@pytest.mark.parametrize(("own", "inner"), [("var a;", ""), ("var a;", "Editor"), (None, "Editor")])
def test_page_text_of_a_script_holding_an_element(own: str | None, inner: str) -> None:
    # The HTML parser gives a script one text node; a tree built otherwise may hold more, or an element with its own
    # text (not the script's: the reader reads it as any element's).
    root = parse_html("<html><body><p>Editor: Andi</p><script>var a;</script></body></html>")
    script = root.find(".//script")
    script.text = own
    etree.SubElement(script, "b").text = inner
    script[0].tail = "var Editor;"
    assert PageText(root).texts == _blanked(root)
    assert _found(root, ("Editor",)) == _scanned(root, ("Editor",))


def test_a_text_equal_to_a_script_before_it() -> None:
    # Blanked in the script's place (the first equal text node): the script's node, fetched, sends to the scan.
    root = parse_html("<html><body><p>var Editor = 1;</p><script>var Editor = 1;</script><p>Editor: A</p></body></html>")
    assert PageText(root).texts == ["", "var Editor = 1;", "Editor: A"]
    assert [str(node) for node in _label_nodes(root, ("Editor",))] == ["var Editor = 1;", "Editor: A"]
    assert _found(root, ("Editor",)) == _scanned(root, ("Editor",))


def test_many_holders_are_found_by_the_scan() -> None:
    items = "".join(f"<li>Penulis {n}</li>" for n in range(_MAX_HELD_NODES + 3))
    root = parse_html(f"<html><body><ul>{items}</ul><script>Penulis</script></body></html>")
    assert len(_found(root, ("Penulis",))) == _MAX_HELD_NODES + 3
    assert _found(root, ("Penulis",)) == _scanned(root, ("Penulis",))
