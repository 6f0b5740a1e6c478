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

# (h192 probe) A UTF-8 page whose CMS cut its meta, og: and twitter: descriptions to a byte length (PHP substr())
# inside the ’ of "Ma’ruf": E2 80 left before the closing quote, three times; five intact ’ and – elsewhere.
# Counted per byte (6 strays > 5 valid) the page was read as windows-1252 and the generic author "Dede Ma’mun"
# was lost. Reconstructed from the probe's page (its head and the five characters, paragraphs shortened).
CUT = "Wakil Presiden Ma’ruf Amin".encode()[:len("Wakil Presiden Ma".encode()) + 2]  # ... Ma E2 80
CUT_DESCRIPTIONS = (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                    + "<title>Ma’ruf Minta Daerah Percepat Penanganan Stunting</title>".encode()
                    + b"".join(b'<meta %s content="' % attr + CUT + b'">' for attr in
                               (b'name="description"', b'property="og:description"', b'name="twitter:description"'))
                    + ("</head><body><h1>Ma’ruf Minta Daerah Percepat Penanganan Stunting</h1><div class=\"author\">"
                       "Penulis: Dede Ma’mun</div><p>BANDUNG – Wakil Presiden Ma’ruf Amin meminta pemerintah daerah "
                       "mempercepat penanganan stunting.</p></body></html>").encode())
# An emoji cut after its first two bytes (F0 9F) in a teaser, the same emoji intact in the story.
CUT_EMOJI = "<p>Warga antusias 😀 menyambut</p>".encode() + b"<meta content='Warga antusias \xf0\x9f'>"
# Real windows-1252 text whose only multibyte-looking bytes are "é…" (E9 85: a truncated sequence's shape).
CP1252_CUT_LOOKALIKES = "Kafé… Rénata… Sintétis… kata dia.".encode("cp1252")


@pytest.mark.parametrize("body, valid, stray", [
    (b"ascii only", 0, 0),
    ("é“”".encode(), 3, 0),
    (UTF8_STRAY_PARA, 8, 1),  # é “ ” – é … “ ”, and the 0x92
    (b"\x92", 0, 1),
    ("é".encode("cp1252") + b"t", 0, 1),
    (b"\xc9\x92", 1, 0),
    # A truncated sequence (a lead byte, some of its continuation bytes, then a byte that cannot continue it) is
    # one fault, not one per byte (h192).
    (b"\xe2\x80A", 0, 1),  # ’ cut after two of its three bytes
    (b"Ma\xe2\x80", 0, 1),  # ... at the end of the body
    (b"\xf0\x9fA", 0, 1),  # an emoji cut after two of its four bytes
    (b"\xf0\x9f\x98A", 0, 1),  # ... after three
    (b"\xe2\x80\xe2\x80\x99", 1, 1),  # a cut ’ right before an intact one
    (b"\xe2A", 0, 1),  # a lone lead byte: one stray, as before
    (b"\xe0\x80A", 0, 2),  # E0 takes A0-BF second: no prefix of a sequence, two stray bytes
    (b"\xed\xa0\x80", 0, 3),  # a surrogate's encoding: three stray bytes
    ("\ufffd".encode() + b"\xe2\x80A", 1, 1),  # a U+FFFD the page holds is a valid character, not a fault
    (CUT_DESCRIPTIONS, 5, 3),  # five ’ and –, three cut ’
    (CUT_EMOJI, 1, 1),
    (CP1252_CUT_LOOKALIKES, 0, 5),  # three "é…" (one fault each), two lone é
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
    # (h192) Cut characters weigh one fault each: the page with three cut descriptions is UTF-8 however declared.
    (CUT_DESCRIPTIONS, "utf-8", True),
    (CUT_DESCRIPTIONS, "iso-8859-1", True),
    (CUT_DESCRIPTIONS, None, True),
    # One intact emoji, one cut: the tie, so the declaration holds.
    (CUT_EMOJI, "utf-8", True),
    (CUT_EMOJI, None, True),
    (CUT_EMOJI, "iso-8859-1", False),
    # A truncated sequence's shape is no evidence FOR UTF-8: windows-1252 "é…" stays windows-1252.
    (CP1252_CUT_LOOKALIKES, "iso-8859-1", False),
    (CP1252_CUT_LOOKALIKES, "utf-8", False),
    (CP1252_CUT_LOOKALIKES, None, False),
])
def test_utf8_with_strays(body: bytes, declared: str | None, strays: bool) -> None:
    assert utf8_with_strays(body, declared) is strays


@pytest.mark.parametrize("body, text", [
    (UTF8_STRAY_PARA, STORY.replace("Penghargaan serupa", "Penghargaan ’serupa")),
    (UTF8_STRAY_FOOTER, STORY + "<div class='ad'>Iklan: Jum’at</div>"),
    (b"caf\xc3\xa9 \x80 \x85 \x96", "café € … –"),
    (b"a\x9db", "a\ufffdb"),  # one of the five bytes windows-1252 leaves undefined: U+FFFD
    (b"\xe9t\xc3\xa9", "été"),  # a lone lead byte is a windows-1252 letter
    # (h192) A truncated sequence is a cut character: lost, not two windows-1252 characters ("â€").
    (b"Ma\xe2\x80\">", "Ma\">"),
    (b"Ma\xe2\x80", "Ma"),
    (b"antusias \xf0\x9f'", "antusias '"),
    (b"antusias \xf0\x9f\x98'", "antusias '"),
    (b"\xe2\x80\xe2\x80\x99", "’"),
    (b"Ma\xe2\x80 Jum\x92at", "Ma Jum’at"),  # a cut character and a stray byte in one page
    (b"\xe2\"", "â\""),  # a lone lead byte is still a windows-1252 letter
    (b"\xe0\x80A", "à€A"),  # no prefix of a sequence: two stray bytes
    (CUT_DESCRIPTIONS, CUT_DESCRIPTIONS.replace(b"\xe2\x80\">", b"\">").decode()),
])
def test_decode_utf8_with_strays(body: bytes, text: str) -> None:
    assert decode_utf8_with_strays(body) == text


def test_the_two_repairs_never_both_apply() -> None:
    """single_byte_as_utf8 (mostly windows-1252 under a UTF-8 declaration) is utf8_with_strays' complement."""
    for body in (UTF8_STRAY_PARA, UTF8_STRAY_FOOTER, CP1252, CP1252_LOOKALIKES, b"caf\xc3\xa9 Jum\x92at",
                 b"caf\xc3\xa9 \x93kopi\x94 Jum\x92at", CUT_DESCRIPTIONS, CUT_EMOJI, CP1252_CUT_LOOKALIKES):
        assert not (utf8_with_strays(body, "utf-8") and single_byte_as_utf8(body, "utf-8")), body
        assert utf8_with_strays(body, "utf-8") or single_byte_as_utf8(body, "utf-8"), body


@pytest.mark.parametrize("body, cp1252", [
    (CUT_DESCRIPTIONS, False),  # (h192) was True: six stray bytes outweighed five valid characters
    (CUT_EMOJI, False),  # was True: two stray bytes outweighed one emoji
    (CP1252_CUT_LOOKALIKES, True),
])
def test_cut_characters_keep_a_utf8_page_utf8(body: bytes, cp1252: bool) -> None:
    """A page declared UTF-8 is read as windows-1252 only when its faults outnumber its valid characters, a cut
    character counting as one fault."""
    assert single_byte_as_utf8(body, "utf-8") is cp1252
