"""dom.py's pure helpers, by input -> output tables."""
from __future__ import annotations

import re
import sys

import pytest

from newscrawl.dom import collapse_ws

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
