"""Outage pages: a page answered 200 that says the site is down instead of serving the page asked for.

A site under maintenance, or one whose application fails behind a proxy that still answers 200, serves every URL
with one small notice: "Situs Sedang Dalam Pemeliharaan" over two lines ("Mohon maaf, SINDOnews.com sedang
melakukan pemeliharaan sistem … Silakan kembali beberapa saat lagi", h128 probe), a maintenance-mode plugin's "We'll
be back soon!", "Under Construction", "503 Service Unavailable", "Error establishing a database connection". Read as
an article it has a title and a body: it was emitted under the real story's id and URL and recorded as emitted, so
the story itself came only as an "update" at its recheck, and the notice stayed in the output for ever.
``site_outage`` tells such a page from a page; the middleware fails its request (failure kind ``outage``, the site's
fault, as a 503 is), nothing is recorded in the seen-store, and the next run asks again.

The words alone decide nothing: a story about maintenance ("PLN Umumkan Pemeliharaan Jaringan, Listrik Padam 6 Jam
di Bekasi", a bank's app "sedang dalam pemeliharaan") is news. The page's structure decides: a notice page is small
(a few lines of visible text: no story, no site navigation around one), carries no article markup (a publication
date, a byline), and either a heading of it (``<title>``, an ``<h1>``) *is* the notice — the notice with at most a
status code, "Mohon maaf", "Situs", the outlet's name around it — or its whole text is a few lines that say it.
"""
from __future__ import annotations

import re
from html import unescape
from typing import Sequence

from newscrawl.challenge import visible_text
from newscrawl.dates import DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE
from newscrawl.fields.outlet import split_parts, strip_outlet

# Notice pages are small; a page past this is never read here (the middleware does not decode it either).
MAX_CHARS = 480_000
# Visible text of a page whose heading is the notice: the notice and a few lines, perhaps a logo's alt and a footer.
# An article page, even a brief one, shows its site's navigation and footer around it: far more.
_MAX_NOTICE_PAGE_CHARS = 1500
# Visible text of a page that says it only in its text (its title the outlet's name): a few undated sentences.
_MAX_NOTICE_TEXT_CHARS = 600

_NOTICE = re.compile(
    # maintenance: "sedang dalam pemeliharaan", "sedang melakukan pemeliharaan sistem", "dalam perbaikan"
    r"(?:sedang\s+)?(?:dalam|menjalani|melakukan|ada)\s+(?:proses\s+)?(?:pemeliharaan|perbaikan|pembaruan|"
    r"pemutakhiran|maintenance)(?:\s+(?:sistem|situs|server|website|rutin|berkala|terjadwal))?"
    r"|pemeliharaan\s+(?:sistem|situs|server|website)"
    r"|(?:under|down\s+for|undergoing|performing)\s+(?:(?:some|a|scheduled|planned|routine|essential)\s+)*maintenance"
    r"|(?:scheduled\s+)?maintenance\s+(?:mode|in\s+progress|break)"
    # "We'll be back soon!", "Kami akan segera kembali"
    r"|(?:we(?:['\u2019]ll|\s+will)|kami\s+akan)\s+(?:be\s+)?(?:right\s+)?(?:back|segera\s+kembali|kembali)"
    r"(?:\s+(?:soon|shortly|segera))?"
    r"|be\s+right\s+back"
    r"|under\s+construction|(?:sedang\s+)?dalam\s+(?:tahap\s+)?(?:pembangunan|pengembangan|konstruksi)"
    # a server error in words: what a proxy shows when the application behind it fails
    r"|service\s+(?:is\s+)?(?:temporarily\s+)?unavailable|temporarily\s+(?:unavailable|down|offline)"
    r"|internal\s+server\s+error|bad\s+gateway|gateway\s+time-?\s?out|error\s+establishing\s+a\s+database\s+connection"
    r"|(?:server|situs|website|layanan|sistem)\s+(?:kami\s+)?(?:sedang\s+)?(?:mengalami\s+)?"
    r"(?:gangguan|sibuk|down|bermasalah)"
    r"|(?:layanan|situs|website)\s+(?:untuk\s+)?sementara\s+tidak\s+(?:tersedia|dapat\s+diakses)",
    re.IGNORECASE)
# In a heading only, where nothing else may stand beside them: the bare word ("Pemeliharaan - SINDOnews",
# "Maintenance"), a 5xx status line ("503", "Error 502").
_HEADING_NOTICE = re.compile(r"\b(?:maintenance|pemeliharaan|perbaikan)\b|\b(?:error\s*)?50[0-4]\b", re.IGNORECASE)
# Words that may stand around the notice in a heading that is nothing but the notice.
_FILLER = re.compile(
    r"\b(?:mohon|maaf|sorry|oops|ups|error|http|status|kode|code|situs|site|website|web|laman|halaman|page|server"
    r"|sistem|system|layanan|kami|our|we|are|is|the|this|currently|saat|ini|sedang|sementara|temporarily|mode"
    r"|scheduled|terjadwal|rutin|notice|pemberitahuan|informasi|info|untuk|for|and|dan|soon|segera)\b|[\W\d_]+",
    re.IGNORECASE)
# A page that is an article: its publication date or its byline in markup (meta, JSON-LD, microdata, <time>).
_ARTICLE_MARKUP = re.compile(r"datePublished|article:published_time|<time\b[^>]*\bdatetime\s*=|"
                             r"itemprop\s*=\s*[\"']?author\b|rel\s*=\s*[\"']?author\b", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1_TAG = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_HEAD = re.compile(r"<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# A news sentence led by a dateline ("JAKARTA - Aplikasi BRImo sedang dalam pemeliharaan …"): a story's text.
_DATELINE = re.compile(r"\b[A-Z]{3,}(?:[ ,.]+[A-Z]{2,})*\s*,?\s*(?:\([^)]{1,30}\)\s*)?[-\u2013\u2014]\s")


def site_outage(html: str, outlet_names: Sequence[str] = ()) -> str | None:
    """Why the page is a notice that the site is down ("heading 'Situs Sedang Dalam Pemeliharaan' on a page of 212
    visible characters"), or None for any other page (an article, one about maintenance included)."""
    if not html or len(html) > MAX_CHARS or _ARTICLE_MARKUP.search(html):
        return None
    visible = visible_text(html)
    if len(visible) > _MAX_NOTICE_PAGE_CHARS:
        return None
    headings = [" ".join(unescape(_TAG.sub(" ", found)).split())
                for pattern in (_TITLE_TAG, _H1_TAG) for found in pattern.findall(html)]
    for heading in headings:
        text = strip_outlet(heading, outlet_names)
        parts = [part.strip() for part, _, _ in split_parts(text)]
        # The whole heading, or its first or last part ("Pemeliharaan - SINDOnews", "SINDOnews | Maintenance").
        for candidate in dict.fromkeys([text, *parts[:1], *parts[-1:]]):
            if _is_notice(candidate):
                return f"heading {candidate!r} on a page of {len(visible)} visible characters"
    text = visible_text(_HEAD.sub(" ", html))
    if (len(text) <= _MAX_NOTICE_TEXT_CHARS and not _DATELINE.search(text)
            and not DAY_MONTH_YEAR_RE.search(text) and not MONTH_DAY_YEAR_RE.search(text)):
        found = _NOTICE.search(text)
        if found:
            return f"{found.group(0)!r} on a page of {len(visible)} visible characters"
    return None


def _is_notice(text: str) -> bool:
    """A heading that is the notice and nothing else (filler words, a status code, punctuation, the outlet)."""
    if not (_NOTICE.search(text) or _HEADING_NOTICE.search(text)):
        return False
    return not _FILLER.sub("", _HEADING_NOTICE.sub(" ", _NOTICE.sub(" ", text))).strip()
