"""Soft 404s: a page answered 200 but says the article is not there.

Sites answer a removed or mistyped article URL with their template and a "not found" notice instead of a
404 status: ``404 Halaman Tidak Ditemukan``, ``Halaman yang Anda cari tidak ditemukan``, ``Artikel tidak
ditemukan``, ``Page not found``. Extraction then finds a title (the notice, or the site's own title) and
a body (the notice, a few "popular" links), and the page would be emitted as an article.

``soft_404`` reads the page's headings (``<title>``, og:title, h1s) and its extracted body. It is a soft
404 when a heading *is* the notice (the notice with at most a status code, "Error", "Oops", "Maaf" and the
outlet's name around it — a headline that merely contains the words is news), or when the body is short
and one of its blocks says it.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from newscrawl.fields.outlet import split_parts, strip_outlet

_NOTICE = re.compile(
    r"(?:halaman|laman|artikel|berita|konten|content|page|article|post|story|url|video)\s+"
    r"(?:ini\s+|tersebut\s+)?(?:yang\s+(?:anda|kamu)\s+(?:cari|tuju|akses|minta)\s+)?"
    r"(?:(?:tidak|tak|not|belum|sudah\s+tidak|could\s+not\s+be|cannot\s+be|can(?:no|')t\s+be|was\s+not|is\s+not)\s*"
    r"(?:dapat\s+|bisa\s+)?(?:ditemukan|found|tersedia|available|ada|exists?|diakses)"
    # "Artikel sudah dihapus", "… telah dihapus atau dipindahkan", "This article has been removed"
    # ... or retracted: "Artikel ini telah dicabut oleh redaksi … (Dewan Pers)", "This article has been withdrawn"
    r"|(?:telah|sudah|has\s+been|was)\s+(?:dihapus|dipindahkan|diturunkan|dicabut|ditarik|removed|deleted|"
    r"taken\s+down|withdrawn|retracted)"
    r"(?:\s+(?:atau|or)\s+(?:dihapus|dipindahkan|removed|moved|deleted))?)"
    r"|(?:the\s+)?page\s+you\s+(?:are\s+looking\s+for|requested)\b[^.]{0,40}\b(?:not|exist|removed|moved)"
    r"(?:\s+be)?(?:\s+(?:found|exist))?"
    r"|nothing\s+found",
    re.IGNORECASE)
# A status line: "404", "Error 404", "404 Not Found" — a heading only (a body may say "404 orang").
_STATUS = re.compile(r"\b(?:error\s*)?404\b(?:\s*(?:error|not\s+found))?|\bnot\s+found\b", re.IGNORECASE)
# Words that may stand around the notice in a heading that is nothing but the notice.
_FILLER = re.compile(r"\b(?:error|oops|ops|ups|maaf|sorry|whoops|halaman|page|http|status|kode|code)\b|[\W\d_]+",
                     re.IGNORECASE)
# A body this short that says "not found" is the notice, not a story about something not found.
_SHORT_BODY_CHARS = 600
_SHORT_BODY_BLOCKS = 4
_NOTICE_BLOCK_CHARS = 300  # a retraction notice names the press council's ruling


def soft_404(headings: Iterable[str | None], body: Sequence[str], outlet_names: Sequence[str] = ()) -> str | None:
    """The notice text when the page is a "not found" page served with 200, else None."""
    for heading in headings:
        text = strip_outlet(" ".join((heading or "").split()), outlet_names)
        parts = [part for part, _, _ in split_parts(text)]
        # The whole heading, or its first or last part ("Page not found | Any Site Name").
        for candidate in dict.fromkeys([text, *parts[:1], *parts[-1:]]):
            if _is_notice(candidate):
                return candidate
    if len(body) <= _SHORT_BODY_BLOCKS and sum(len(b) for b in body) <= _SHORT_BODY_CHARS:
        for block in body:
            if len(block) <= _NOTICE_BLOCK_CHARS and _NOTICE.search(block) and not _is_story_sentence(block):
                return block
    return None


def _is_notice(text: str) -> bool:
    """A heading that is the notice and nothing else (filler words, a status code, punctuation)."""
    if not (_NOTICE.search(text) or _STATUS.search(text)):
        return False
    return not _FILLER.sub("", _STATUS.sub(" ", _NOTICE.sub(" ", text))).strip()


def _is_story_sentence(block: str) -> bool:
    """A dateline-led news sentence that mentions a 404 ("JAKARTA - Situs KPU sempat menampilkan 404 …")."""
    return bool(re.match(r"[A-Z][A-Za-z .,()]{1,40}\s[-\u2013\u2014]\s", block))
