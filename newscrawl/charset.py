"""Reading a page whose bytes are UTF-8 with a few stray windows-1252 bytes.

The real form (h190 probe): an old CMS whose pages are UTF-8 takes a paragraph or a footer ad pasted from Word,
and one ``’`` arrives as the windows-1252 byte 0x92, not as UTF-8's E2 80 99. One such byte makes the whole body
invalid UTF-8: a page declared UTF-8 shows ``Penghargaan �serupa``; one declared iso-8859-1 (or declaring nothing)
is no longer recognised as UTF-8 and every curly quote, dash and accent is mojibake, ``”`` (E2 80 9D) even U+FFFD
(0x9D has no windows-1252 character).

Such a body is read as UTF-8, each byte that is no part of a valid UTF-8 sequence as its windows-1252 character
(the way a browser's or ftfy's reading of a mixed paste comes out): ``decode_utf8_with_strays``. When to do it is
``utf8_with_strays``'s decision, made on two counts from the bytes (``utf8_evidence``).

A second real form (h192 probe): a UTF-8 page whose CMS cut its meta, og: and twitter: descriptions to a byte
length (PHP's substr()) inside a ``’``, leaving its first two bytes E2 80 before the closing quote, three times.
Such a truncated sequence is one cut character: one fault in the counts, nothing in the decoded text.
"""

from __future__ import annotations

import codecs

# Declarations of a single-byte charset whose page is second-guessed (Scrapy reads iso-8859-1 as windows-1252).
SINGLE_BYTE = frozenset({"latin-1", "latin1", "iso-8859-1", "cp1252", "windows-1252", "ascii", "us-ascii"})
UTF8 = frozenset({"utf-8", "utf8"})

_ASCII_BYTES = bytes(range(128))

STRAY_ERRORS = "newscrawl_stray_cp1252"


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler for one fault of the UTF-8 decoder. The decoder reports each fault as its maximal
    subpart (the Unicode and WHATWG practice CPython follows): a single byte (a stray: 0x92, a lone lead byte
    before ASCII, a continuation byte with no lead, a byte no UTF-8 uses) or a truncated sequence (a lead byte and
    some, not all, of the continuation bytes it needs, then a byte that cannot continue it: E2 80 before ASCII).
    A stray byte comes out as its windows-1252 character (U+FFFD for the five bytes windows-1252 leaves
    undefined: 0x81, 0x8D, 0x8F, 0x90, 0x9D), decoding resuming at the next byte. A truncated sequence comes out
    as nothing: it is a UTF-8 character cut (a description cut to a byte length inside a ``’``), so the character
    is lost, and the text reads as a cut at a character boundary would have left it ("Presiden Ma" rather than
    "Presiden Maâ€" or "Presiden Ma\ufffd"). Read as two windows-1252 characters (an accented letter à–ô and
    punctuation) it would only be right for a Word paste of, say, "é…" into a UTF-8 page: much rarer in these
    pages than a cut ’ or emoji (``utf8_evidence`` counts it as the one fault it is read as here)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    if error.end - error.start > 1:
        return "", error.end
    byte = error.object[error.start:error.start + 1]
    return bytes(byte).decode("cp1252", "replace"), error.start + 1


codecs.register_error(STRAY_ERRORS, _stray_as_cp1252)


def charset_name(declared: str) -> str:
    return declared.strip().lower().replace("_", "-")


def utf8_evidence(body: bytes) -> tuple[int, int]:
    """(valid UTF-8 multibyte sequences, faults) in ``body``. ASCII counts for neither. A fault is what the UTF-8
    decoder reports as one error (its maximal subpart): a stray byte (no part of any valid sequence or prefix of
    one), or a truncated sequence, a lead byte with some but not all of its continuation bytes and then a byte
    that cannot continue it (E2 80 before ASCII, F0 9F before ASCII), counted ONCE, not once per byte.

    Why once: a truncated sequence is one UTF-8 character cut (a CMS cutting a description to a byte length
    inside a ``’`` leaves E2 80; inside an emoji F0 9F or F0 9F 98). Counted per byte, three cut ``’`` in the
    meta, og: and twitter: descriptions (6 bytes) outweighed the page's five intact ones and a UTF-8 page was
    read as windows-1252 (h192 probe: its author "Dede Ma’mun" lost); one cut emoji outweighed one intact emoji.
    Counted once, it weighs what a stray byte does.

    Why not as evidence FOR UTF-8, though its shape (a lead byte and continuation bytes it accepts) is UTF-8's:
    its windows-1252 reading is an accented letter à–ô directly followed by punctuation or a no-break space
    ("café…" is E9 85, "é" and NBSP E9 A0), the same coincidence that makes a valid pair in windows-1252 text,
    and at the same time it is a fault of the UTF-8 reading (a character there is lost). Counted for UTF-8, a
    windows-1252 page whose only multibyte-looking bytes are such "é…" would be read as UTF-8 and lose them.
    As one fault, a page stays UTF-8 while its intact characters at least match its cuts and strays (the rule of
    ``utf8_with_strays``), as Scrapy's own UTF-8 reading counted them before (one U+FFFD per cut)."""
    if body.isascii():
        return 0, 0
    # "replace" puts one U+FFFD per fault (linear, C speed); a U+FFFD the page itself holds (EF BF BD, a valid
    # sequence: EF is never a continuation byte, so each occurrence decodes as one) is no fault.
    text = body.decode("utf-8", "replace")
    faults = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")
    ascii_count = len(body) - len(body.translate(None, _ASCII_BYTES))
    return len(text) - ascii_count - faults, faults


def utf8_with_strays(body: bytes, declared: str | None) -> bool:
    """Whether a body that is not valid UTF-8 is UTF-8 text with stray single-byte characters, to be read by
    ``decode_utf8_with_strays``. ``declared``: the charset the page declares (header, meta, BOM), None when it
    declares none (Scrapy then guesses one: charset_normalizer named such a page mac-iceland).

    The rule. Read either way, a stray byte (no part of a valid UTF-8 sequence) comes out as its windows-1252
    character; the two readings differ only on the valid multibyte sequences: UTF-8 characters, or pairs and
    triples of windows-1252 characters that happen to form one (a letter Â–ô followed by punctuation 0x80–0xBF:
    "CAFÉ’" is C9 92, "Ã©" is C3 A9; rare in real windows-1252 text, where most accented letters and curly quotes
    stand alone and are strays), and on truncated sequences (a cut character, nothing in the UTF-8 reading;
    counted once, like a stray byte: ``utf8_evidence`` says why). So the page is UTF-8 when its valid sequences
    outnumber its faults (stray bytes and truncated sequences): a UTF-8 page with a pasted ``’`` has dozens to
    one, a windows-1252 page a few coincidences among hundreds. On a tie the
    declaration holds; with no declaration UTF-8 does (the HTML standard's encoding, the one Scrapy tries first).
    Only UTF-8 and single-byte declarations are second-guessed (gbk, shift_jis… are multibyte themselves).
    A valid UTF-8 body is no case here (``middlewares.wrong_charset`` reads one declared single-byte as UTF-8)."""
    name = charset_name(declared) if declared is not None else None
    if name is not None and name not in SINGLE_BYTE | UTF8:
        return False
    valid, faults = utf8_evidence(body)
    if faults == 0:
        return False
    if name in SINGLE_BYTE:
        return valid > faults
    return valid >= faults


def decode_utf8_with_strays(body: bytes) -> str:
    """``body`` as UTF-8, each stray byte as its windows-1252 character, each truncated sequence (a cut
    character) as nothing (``_stray_as_cp1252``)."""
    return body.decode("utf-8", STRAY_ERRORS)
