"""UTF-8 pages with stray windows-1252 bytes (newscrawl.charset).

The real form (h190 probe): old Indonesian CMSs whose pages are UTF-8 take text pasted from Word, and one ’ arrives
as the windows-1252 byte 0x92 (in a footer ad, or inside a paragraph). The page is then not valid UTF-8: declared
UTF-8 it read "Penghargaan �serupa"; declared iso-8859-1 (or undeclared) it was read single-byte, every curly quote,
dash and accent mojibake, ” (E2 80 9D) even U+FFFD. Reconstructed bytes below.
"""
from __future__ import annotations

import pytest

from newscrawl.charset import decode_utf8_with_strays, utf8_evidence, utf8_with_strays
from newscrawl.middlewares import single_byte_as_utf8

STORY = ("Kafé “Kopi Nusantara” meraih penghargaan – kata Rénata… “Itu kabar baik,” katanya. "
         "Penghargaan serupa digelar tahun depan.")
UTF8_STRAY_PARA = STORY.replace("Penghargaan serupa", "Penghargaan \x00serupa").encode().replace(b"\x00", b"\x92")
UTF8_STRAY_FOOTER = STORY.encode() + b"<div class='ad'>Iklan: Jum\x92at</div>"
CP1252 = STORY.encode("cp1252")
# Real windows-1252 text whose "CAFÉ’" is a valid UTF-8 pair by chance (C9 92) and "Ã©" another (C3 A9).
CP1252_LOOKALIKES = ("CAFÉ’ " + STORY + " Ã©").encode("cp1252")


@pytest.mark.parametrize("body, valid, stray", [
    (b"ascii only", 0, 0),
    ("é“”".encode(), 3, 0),
    (UTF8_STRAY_PARA, 8, 1),  # é “ ” – é … “ ”, and the 0x92
    (b"\x92", 0, 1),
    (b"\xe2\x80A", 0, 2),  # a truncated sequence: two stray bytes
    ("é".encode("cp1252") + b"t", 0, 1),
    (b"\xc9\x92", 1, 0),
])
def test_utf8_evidence(body: bytes, valid: int, stray: int) -> None:
    assert utf8_evidence(body) == (valid, stray)


@pytest.mark.parametrize("body, declared, strays", [
    # The class: UTF-8 with one stray byte, whatever the page declares.
    (UTF8_STRAY_PARA, "utf-8", True),
    (UTF8_STRAY_PARA, "UTF8", True),
    (UTF8_STRAY_FOOTER, "iso-8859-1", True),
    (UTF8_STRAY_FOOTER, "cp1252", True),
    (UTF8_STRAY_FOOTER, "windows-1252", True),
    (UTF8_STRAY_FOOTER, None, True),  # undeclared: Scrapy's guess (mac-iceland) is not kept
    (b"\xef\xbb\xbf" + UTF8_STRAY_PARA, "utf-8", True),  # a BOM is a UTF-8 declaration
    # Not the class.
    (STORY.encode(), "iso-8859-1", False),  # valid UTF-8: wrong_charset's case
    (STORY.encode(), "utf-8", False),
    (b"ascii only", "latin-1", False),
    (CP1252, "cp1252", False),  # a real windows-1252 page: no valid sequence
    (CP1252, "utf-8", False),  # single_byte_as_utf8's case
    (CP1252, None, False),
    (CP1252_LOOKALIKES, "iso-8859-1", False),  # 2 coincidental pairs, 8 lone bytes: stays as declared
    (UTF8_STRAY_PARA, "gbk", False),  # only UTF-8 and single-byte declarations are second-guessed
    (UTF8_STRAY_PARA, "shift_jis", False),
    # The tie: one valid character, one stray byte. The declaration holds; with none, UTF-8 does.
    (b"caf\xc3\xa9 Jum\x92at", "utf-8", True),
    (b"caf\xc3\xa9 Jum\x92at", "iso-8859-1", False),
    (b"caf\xc3\xa9 Jum\x92at", None, True),
    # A majority of stray bytes: windows-1252 text whatever the few pairs (the mixed page a CMS half-converted).
    (b"caf\xc3\xa9 \x93kopi\x94 Jum\x92at", "utf-8", False),
    (b"caf\xc3\xa9 \x93kopi\x94 Jum\x92at", "iso-8859-1", False),
])
def test_utf8_with_strays(body: bytes, declared: str | None, strays: bool) -> None:
    assert utf8_with_strays(body, declared) is strays


@pytest.mark.parametrize("body, text", [
    (UTF8_STRAY_PARA, STORY.replace("Penghargaan serupa", "Penghargaan ’serupa")),
    (UTF8_STRAY_FOOTER, STORY + "<div class='ad'>Iklan: Jum’at</div>"),
    (b"caf\xc3\xa9 \x80 \x85 \x96", "café € … –"),
    (b"a\x9db", "a\ufffdb"),  # one of the five bytes windows-1252 leaves undefined: U+FFFD
    (b"\xe2\x80A", "â€A"),  # a truncated sequence, byte by byte
    (b"\xe9t\xc3\xa9", "été"),  # a lone lead byte is a windows-1252 letter
])
def test_decode_utf8_with_strays(body: bytes, text: str) -> None:
    assert decode_utf8_with_strays(body) == text


def test_the_two_repairs_never_both_apply() -> None:
    """single_byte_as_utf8 (mostly windows-1252 under a UTF-8 declaration) is utf8_with_strays' complement."""
    for body in (UTF8_STRAY_PARA, UTF8_STRAY_FOOTER, CP1252, CP1252_LOOKALIKES, b"caf\xc3\xa9 Jum\x92at",
                 b"caf\xc3\xa9 \x93kopi\x94 Jum\x92at"):
        assert not (utf8_with_strays(body, "utf-8") and single_byte_as_utf8(body, "utf-8")), body
        assert utf8_with_strays(body, "utf-8") or single_byte_as_utf8(body, "utf-8"), body
