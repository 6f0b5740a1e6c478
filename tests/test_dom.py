"""dom.py's pure helpers, by input -> output tables."""
from __future__ import annotations

import re
import sys

import pytest
from lxml import etree

from newscrawl.dom import collapse_ws, walk_blocks

# The definition collapse_ws's fast path must keep: every run of whitespace or zero-width characters
# is one space, none at either end.
_DEFINITION = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")


@pytest.mark.parametrize("text, expected", [
    (None, ""),
    ("", ""),
    ("  \t\n ", ""),
    ("Jakarta -  Presiden\n\tberkata", "Jakarta - Presiden berkata"),
    ("harga\xa0naik\u3000lagi", "harga naik lagi"),  # NBSP, ideographic space
    ("\u200bkata\u200c\u200dkata\ufeff", "kata kata"),  # zero-width only
    ("a \u200b b\u2060", "a b"),  # zero-width inside a whitespace run, and at the end
    ("\u201cKutipan\u201d\u2009ini", "\u201cKutipan\u201d ini"),  # non-ASCII without zero-width
    ("x\x1cy\x85z", "x y z"),  # separators str.isspace() counts as whitespace
])
def test_collapse_ws(text: str | None, expected: str) -> None:
    assert collapse_ws(text) == expected


def test_collapse_ws_agrees_with_its_definition_on_every_character() -> None:
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        text = f"{char}a{char}{char}b {char}"
        assert collapse_ws(text) == _DEFINITION.sub(" ", text).strip(), hex(code)


# (reconstructed) "Baca juga" written inside a paragraph: the related headline must not join the sentence.
INLINE_RELATED = [
    ("<p>Warga berharap jalan segera diperbaiki. <strong>Baca Juga:</strong> <a href='/y'>Jembatan Ambruk</a> "
     "Sementara itu, DPRD meminta rambu dipasang.</p>",
     ["Warga berharap jalan segera diperbaiki. Sementara itu, DPRD meminta rambu dipasang."]),
    ("<p>Warga berharap jalan segera diperbaiki.<br><b>Baca juga: <a href='/x'>Dinas PU Janji</a></b><br>"
     "Kepala dinas mengatakan perbaikan sudah dianggarkan.</p>",
     ["Warga berharap jalan segera diperbaiki.", "Kepala dinas mengatakan perbaikan sudah dianggarkan."]),
    # a bold word and an ordinary link stay
    ("<p>Menurut <strong>Baca</strong> <a href='/z'>Juga</a> teks, dan <a href='/w'>tautan biasa</a> dibaca.</p>",
     ["Menurut Baca Juga teks, dan tautan biasa dibaca."]),
    ("<p>Ia berkata <strong>baca juga: <a href='/a'>A</a> dan <a href='/b'>B</a></strong> lalu pergi.</p>",
     ["Ia berkata baca juga: A dan B lalu pergi."]),  # two links in the run: not the one-link form
]


@pytest.mark.parametrize("html, expected", INLINE_RELATED)
def test_inline_related_links_are_not_read(html: str, expected: list[str]) -> None:
    from newscrawl.dom import inline_related_links

    root = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser()).find(".//div")
    assert [b.text for b in walk_blocks(root, dropped=set(inline_related_links(root)))] == expected


# (reconstructed: CNBC Indonesia research, kompas money) a data table's row is one block, its cells joined; a
# credits table (kompas 2016, republika 2016) reads "label : value"; a layout table's cells stay blocks.
TABLES = [
    ("<table><thead><tr><th>Emiten</th><th>Kode</th><th>Perubahan</th></tr></thead><tbody>"
     "<tr><td>Adaro Energy Indonesia</td><td>ADRO</td><td>-3,18%</td></tr>"
     "<tr><td>Bukit Asam</td><td>PTBA</td><td>-2,29%</td></tr></tbody></table>",
     ["Emiten | Kode | Perubahan", "Adaro Energy Indonesia | ADRO | -3,18%", "Bukit Asam | PTBA | -2,29%"]),
    ("<table><tr><td>Penulis</td><td>: Aditya Maulana</td></tr><tr><td>Editor</td><td>:</td><td>Agung K</td></tr>"
     "<tr><td>Sumber:</td><td>Refinitiv</td></tr></table>",
     ["Penulis : Aditya Maulana", "Editor : Agung K", "Sumber: Refinitiv"]),
    # layout: a cell holding blocks or <br> runs, a row of menu links, a row of one cell
    ("<table><tr><td><p>Paragraf satu cerita.</p><p>Paragraf dua.</p></td><td>Kolom samping</td></tr></table>",
     ["Paragraf satu cerita.", "Paragraf dua.", "Kolom samping"]),
    ("<table><tr><td>JAKARTA - Cerita.<br>Lanjutan.</td><td>Samping</td></tr></table>",
     ["JAKARTA - Cerita.", "Lanjutan.", "Samping"]),
    ("<table><tr><td><a href='/'>Home</a></td><td><a href='/b'>Berita</a></td></tr></table>", ["Home", "Berita"]),
    ("<table><tr><td>Satu sel saja</td></tr></table>", ["Satu sel saja"]),
]


@pytest.mark.parametrize("html, expected", TABLES)
def test_table_rows(html: str, expected: list[str]) -> None:
    root = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser()).find(".//div")
    assert [b.text for b in walk_blocks(root)] == expected
