"""Outage pages: a page answered 200 that says the site is down instead of serving the page asked for.

A site under maintenance, or one whose application fails behind a proxy that still answers 200, serves every URL
with one small notice: "Situs Sedang Dalam Pemeliharaan" over two lines ("Mohon maaf, SINDOnews.com sedang
melakukan pemeliharaan sistem … Silakan kembali beberapa saat lagi", h128 probe), a maintenance-mode plugin's "We'll
be back soon!", "Under Construction", "503 Service Unavailable", "Error establishing a database connection", a
Cloudflare "521: Web server is down", a host's "Account Suspended". Read as an article it has a title and a body: it
was emitted under the real story's id and URL and recorded as emitted, so the story itself came only as an "update"
at its recheck, and the notice stayed in the output for ever. ``site_outage`` tells such a page from a page; the
middleware fails its request (failure kind ``outage``, the site's fault, as a 503 is), nothing is recorded in the
seen-store, and the next run asks again.

Failing a real story is worse than the junk it prevents (it is never read: h135 probe lost short stories headlined
"BKN: Server Sedang Dalam Perbaikan", "Server Down", a tag page "Tag: Pemeliharaan"), so the test is conservative.
The words alone decide nothing; the page's structure does:

- small: a few lines of visible text (no story, no site navigation around one);
- no sign of an article in its markup (``extract.article_markup``: JSON-LD, og:type=article, a publication-date or
  author meta, a byline);
- and either a heading of it (``<title>``, an ``<h1>``) is the notice WHOLE — the notice with at most a status code,
  "Mohon maaf", "Situs" and the outlet's name or domain as an affix around it; never a part of a headline (after a
  colon stands a quote: "BKN: Server Sedang Dalam Perbaikan") —, or its first heading or first sentence says it in a
  notice's own words ("situs ini sedang dalam pemeliharaan", "we'll be back soon"; not the everyday "melakukan
  perbaikan jalan", "masih dalam pembangunan") and the page holds no other prose paragraph.
- A notice in words ("Server Down", "Sedang Dalam Perbaikan") is no notice on a page that tells a story: a date shown
  under its h1 or anywhere in the block holding it (above it too), a relative time ("2 jam lalu"), a paragraph
  opening with a dateline ("Jakarta -") or holding a date,
  or a paragraph that says something else. So is a server's heading ("Account Suspended", "502 Bad Gateway"),
  unless its host's own markers make it that host's page (Cloudflare's, cPanel's, Varnish's, WordPress core's: they
  print a timestamp and a paragraph of their own), looked for where hosts put them (a class or id, a /cgi-sys/ path,
  a short line), never in a story's sentence or a script. An article in the page's app state (a Next.js shell) is a
  story's sign, and so is a date in the article URL's path unless a paragraph of the page says the notice (h140).
- A heading in a notice's words is a notice only where the page's text says one too, unquoted: a phrase in quotation
  marks, before "tulis"/"said" or after "reading" is a story's quote, never the notice's own sentence (h140).
- A short form or bare topic word as the whole heading ("Pembangunan", "Server Down") is a notice only where the text
  says one in a notice's words; "Halaman 503" is a pager's mark. The middleware judges an article's first page only.
"""
from __future__ import annotations

import json
import re
from typing import NamedTuple, Sequence

from lxml import etree
from scrapy.selector import Selector

from newscrawl.appstate import app_state_article, may_hold_app_state
from newscrawl.cleaning import opens_with_dateline
from newscrawl.dates import RELATIVE_RE, parse_date
from newscrawl.dom import BLOCK_TAGS, collapse_ws
from newscrawl.eras import url_path_day
from newscrawl.extract import article_markup
from newscrawl.fields.dates import dated_heading, find_page_dates, shows_age
from newscrawl.fields.outlet import strip_outlet
from newscrawl.page import page_selector

# Notice pages are small; a page past this is never read here (the middleware does not decode it either).
MAX_CHARS = 480_000
# Visible text of a page whose heading is the notice: the notice and a few lines, perhaps a logo's alt and a footer.
# An article page, even a brief one, shows its site's navigation and footer around it: far more.
_MAX_NOTICE_PAGE_CHARS = 1500
# Visible text of a page that says it only in its text (its title the outlet's name): a few undated sentences.
_MAX_NOTICE_TEXT_CHARS = 600
# A block this long is a paragraph of prose (a notice's "Terima kasih atas pengertian Anda." is a line).
_PROSE_CHARS = 80

# What a web server, a proxy or a host shows in the page's place when the application fails: told by a heading that
# is nothing else. Such a page prints a timestamp and a paragraph of its own (Cloudflare's, Varnish's), so no shown
# date or paragraph makes it a story; article markup does.
_SERVER_ERROR = (
    r"service\s+(?:is\s+)?(?:temporarily\s+)?unavailable|internal\s+server\s+error|server\s+error|bad\s+gateway"
    r"|gateway\s+time-?\s?out|error\s+establishing\s+a\s+database\s+connection|a\s+database\s+error\s+occurred"
    r"|web\s+server\s+is\s+(?:down|returning\s+an\s+unknown\s+error)|origin\s+is\s+unreachable"
    r"|connection\s+timed\s+out|a\s+timeout\s+occurred|ssl\s+handshake\s+failed|backend\s+fetch\s+failed"
    r"|guru\s+meditation|bandwidth\s+limit\s+exceeded|account\s+(?:has\s+been\s+)?suspended"
    # a host's suspended site: "Website Suspended", "Website ini telah disuspend", "Akun Ditangguhkan"
    r"|(?:website|situs|site|akun)\s+(?:hosting\s+)?(?:ini\s+)?(?:telah\s+|has\s+been\s+)?"
    r"(?:suspended|disuspend|ditangguhkan)")
# A 5xx status in a heading ("503", "Error 502", Cloudflare's 520-527, cPanel's 509).
_STATUS_CODE = r"\b(?:error\s*|http\s*)?5(?:0\d|2\d|30)\b"
# The subject of a notice: the site (or "we"), perhaps named ("website ini", "halaman yang Anda tuju").
_SUBJECT = (r"(?:situs|website|web|laman|halaman|server|sistem|layanan|aplikasi|portal|kami|site|page)"
            r"(?:\s+(?:ini|kami|yang\s+anda\s+(?:tuju|akses|kunjungi)))?")
# A notice in its own words, wherever it stands (a first heading or sentence, a whole heading).
_NOTICE_WORDS = (
    # "situs sedang dalam pemeliharaan", "kami sedang melakukan pemeliharaan", "pemeliharaan sistem"
    rf"{_SUBJECT}\s+(?:(?:sedang|saat\s+ini|untuk\s+sementara)\s+)*(?:dalam|menjalani|melakukan)\s+(?:proses\s+)?"
    r"(?:pemeliharaan|perawatan|perbaikan|pembaruan|pemutakhiran|maintenance)"
    r"|(?:pemeliharaan|perawatan|perbaikan|maintenance)\s+(?:sistem|situs|server|website)"
    # "website sedang maintenance", "Website Sedang Diperbaiki"
    rf"|{_SUBJECT}\s+(?:sedang|saat\s+ini)\s+(?:maintenance|diperbaiki|dirawat)"
    # WordPress core's own page, and its Indonesian: "Tidak tersedia sebentar untuk perawatan terjadwal"
    r"|briefly\s+unavailable\s+for\s+scheduled\s+maintenance|(?:pemeliharaan|perawatan)\s+terjadwal"
    # Drupal's "Site under maintenance" and "<site> is currently under maintenance. We should be back shortly."
    r"|(?:site|website)\s+under\s+maintenance|\bis\s+currently\s+under\s+maintenance"
    r"|(?:we['\u2019]re|we\s+are|(?:site|website|page|server)\s+is)\s+(?:currently\s+)?"
    r"(?:undergoing|performing|down\s+for|under)\s+(?:(?:some|a|scheduled|planned|routine|essential)\s+)*maintenance"
    r"|down\s+for\s+(?:(?:scheduled|planned|routine)\s+)?maintenance|(?:scheduled\s+)?maintenance\s+(?:mode|in\s+progress)"
    # "We'll be back soon!", "Kami akan segera kembali"
    r"|we(?:['\u2019]ll|\s+will|\s+should)\s+be\s+(?:right\s+)?back(?:\s+(?:soon|shortly))?|be\s+right\s+back"
    r"|kami\s+akan\s+segera\s+kembali"
    rf"|{_SUBJECT}\s+(?:sedang\s+)?(?:under\s+construction|dalam\s+(?:tahap\s+)?(?:pembangunan|pengembangan|konstruksi))"
    r"|(?:server|situs|website|layanan|sistem)\s+(?:kami\s+)?sedang\s+(?:mengalami\s+)?(?:gangguan|sibuk|down|bermasalah)"
    # the site's own apology: "terjadi gangguan pada server kami"
    r"|gangguan\s+pada\s+(?:server|sistem|situs|website|layanan)\s+kami"
    # an ISP's or the site's "website ini untuk sementara tidak dapat diakses"
    r"|(?:layanan|situs|website|laman|halaman)\s+(?:\w+\s+)?(?:untuk\s+)?sementara\s+tidak\s+(?:tersedia|dapat\s+diakses)"
    # a server error in a first sentence (a JSON error body served as text/html)
    r"|service\s+(?:is\s+)?(?:temporarily\s+)?unavailable|internal\s+server\s+error|bad\s+gateway"
    r"|error\s+establishing\s+a\s+database\s+connection|bandwidth\s+limit\s+exceeded|backend\s+fetch\s+failed")
_NOTICE_TEXT = re.compile(_NOTICE_WORDS, re.IGNORECASE)
# In a heading that is nothing else, a notice may be shorter: the bare word ("Pemeliharaan - SINDOnews",
# "Maintenance"), "Under Construction", "Sedang Dalam Perbaikan", "Server Sedang Gangguan".
_HEADING_WORDS = re.compile(
    _NOTICE_WORDS
    + r"|\b(?:maintenance|pemeliharaan|perawatan|perbaikan|pembangunan)\b|under\s+construction|be\s+back\s+soon"
    r"|(?:sedang\s+)?(?:dalam|menjalani)\s+(?:proses\s+|tahap\s+)?"
    r"(?:pemeliharaan|perawatan|perbaikan|pembaruan|pembangunan)|sedang\s+(?:maintenance|diperbaiki)"
    r"|(?:server|situs|website|layanan|sistem)\s+(?:kami\s+)?(?:sedang\s+)?(?:mengalami\s+)?"
    r"(?:gangguan|sibuk|down|bermasalah)|temporarily\s+(?:down|offline)",
    re.IGNORECASE)
_SERVER_HEADING = re.compile(rf"{_SERVER_ERROR}|{_STATUS_CODE}", re.IGNORECASE)
# A pager's mark in a heading ("Kabar Desa – Halaman 503", "… - Halaman 2"): the page's number, never a status code.
_PAGER_MARK = re.compile(r"\b(?:halaman|hal|page)\.?\s*\d+\b", re.IGNORECASE)
# A server's or host's own error page, told by the markers its host puts where hosts put them: an element's class or id
# (Cloudflare's "cf-error-details", "cf-wrapper"; WordPress core's "error-page", "wp-die-message"), a /cgi-sys/ path
# (cPanel's images and links), or a short line of its own ("Ray ID: 8a1b…", "Varnish cache server", "Guru
# Meditation:"). Such a page prints a timestamp and a paragraph of its own, which make no other page a story. Never
# the words in a story's sentence ("halaman peringatan dari cPanel") or in a script's comment (h140 K9).
_HOST_MARKUP = re.compile(r"\bcf-(?:error|wrapper|footer-item)|^error-page$|\bwp-die-message\b", re.IGNORECASE)
_HOST_LINE = re.compile(
    r"\bray\s+id\s*:?\s*[0-9a-f]{8,}\b|visit\s+cloudflare\.com|performance\s+&\s+security\s+by\s+cloudflare"
    r"|\bcpanel\b|bandwidth\s+limit\s+exceeded|guru\s+meditation|varnish\s+cache\s+server"
    r"|briefly\s+unavailable\s+for\s+scheduled\s+maintenance"
    r"|tidak\s+tersedia\s+sebentar\s+untuk\s+perawatan\s+terjadwal",
    re.IGNORECASE)
# What a host's page about a suspended site says besides the notice: its paragraphs are the notice's own.
_HOST_ADVICE = re.compile(r"penyedia\s+hosting|hosting\s+provider|this\s+account\s+has\s+been\s+suspended",
                          re.IGNORECASE)
# A phrase a story quotes, never a notice's own sentence: inside quotation marks ("“Kami akan segera kembali,”
# tulis manajemen"), before a speech verb, or after "reading" (a sign reading "We'll be back soon", h140 K4/K7).
_QUOTED = re.compile(r'“[^”]{0,400}”|"[^"]{0,400}"|‘[^’]{0,400}’')
_SAID_AFTER = re.compile(r"[\W_]{0,3}\s*(?:tulis|kata|ujar|ucap|tutur|said|says|wrote)\b", re.IGNORECASE)
_READING_BEFORE = re.compile(r"\b(?:reading|reads|bertuliskan|berbunyi)\W{0,3}$", re.IGNORECASE)
# Words that may stand around the notice in a heading that is nothing but the notice.
_FILLER = re.compile(
    r"\b(?:mohon|maaf|sorry|oops|ups|error|http|status|kode|code|situs|site|website|web|laman|halaman|page|server"
    r"|sistem|system|layanan|kami|our|we|are|is|the|this|currently|saat|ini|sedang|sementara|temporarily|mode"
    r"|scheduled|terjadwal|rutin|notice|pemberitahuan|informasi|info|untuk|for|and|dan|soon|segera)\b|[\W\d_]+",
    re.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_UNSEEN = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
# The site's chrome around a page (its masthead's date, its footer's address and copyright): no story's text.
_CHROME_TAGS = frozenset({"header", "footer", "nav", "aside"})
_CHROME_NAME = re.compile(r"footer|copyright|menu|navbar|\bnav\b|masthead", re.IGNORECASE)


class _Block(NamedTuple):
    text: str
    heading: bool  # an h1-h6
    chrome: bool  # in the site's header, footer or navigation


def site_outage(html: str, outlet_names: Sequence[str] = (), url: str | None = None,
                selector: Selector | None = None) -> str | None:
    """Why the page is a notice that the site is down ("heading 'Situs Sedang Dalam Pemeliharaan' on a page of 212
    visible characters"), or None for any other page (an article, one about maintenance or a server down included).
    ``url``, the page's, may name a story by its date (/2024/06/19/) and does name the one in the page's app state.
    ``selector``: the page already parsed (a response's, which the spider reads again), else it is parsed here."""
    if not html or len(html) > MAX_CHARS:
        return None
    selector = selector if selector is not None else page_selector(html)
    root = selector.root
    if not isinstance(root, etree._Element):
        return None
    visible = _visible_chars(root, _MAX_NOTICE_PAGE_CHARS)
    if visible > _MAX_NOTICE_PAGE_CHARS or article_markup(selector):
        return None
    blocks = _blocks(root)
    says_notice = any(_notice_in(block.text) for block in blocks)
    # the notice in a paragraph of its own (not a heading, not the site's chrome): the page explains itself
    notice_paragraph = any(_notice_in(block.text) for block in blocks if not block.heading and not block.chrome)
    story = (_tells_story(selector, root, blocks) or _app_state_story(selector, html, url)
             # a dated article URL names a story; a notice served there says so in a paragraph of its own
             or (url is not None and url_path_day(url) is not None and not notice_paragraph))
    host_page = _host_page(root, blocks)
    headings = [collapse_ws("".join(element.itertext())) for tag in ("title", "h1") for element in root.iter(tag)]
    for heading in headings:
        # the outlet's name or domain as an affix, nothing else; a pager's "Halaman 2" is no part of a notice
        text = collapse_ws(_PAGER_MARK.sub(" ", strip_outlet(heading, outlet_names)))
        kind = _heading_notice(text)
        # A story's sign vetoes any heading but a host's own error page's; a heading in a notice's words or short
        # form ("Kami Akan Segera Kembali", "Pembangunan") is a notice only where the page's text also says one in a
        # notice's words, not quoting it (a <title> over a Next.js shell's "Memuat...", h140 K1).
        if kind is None or (story and not (kind == "server" and host_page)) or (kind != "server" and not says_notice):
            continue
        return f"heading {text!r} on a page of {visible} visible characters"
    text = " ".join(block.text for block in blocks)
    if len(text) > _MAX_NOTICE_TEXT_CHARS or story:
        return None
    for index, lead in _leads(blocks):
        found = _notice_in(lead)
        if found and not any(_is_prose(block) for other, block in enumerate(blocks) if other != index):
            return f"{found.group(0)!r} on a page of {visible} visible characters"
    return None


def _visible_chars(root: etree._Element, limit: int) -> int:
    """The characters of visible text in the tree (whitespace folded; scripts, styles, the head left out), counted
    only until past ``limit``: every article's first page is asked this, and on a story page the menus alone pass
    it, so the walk stops early (a regular expression over the whole markup cost about as much as parsing it)."""
    count = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            if not isinstance(element.tag, str) or element.tag in _UNSEEN:
                walker.skip_subtree()
                continue
            if element.text:
                count += len(" ".join(element.text.split()))
        elif element.tail:
            count += len(" ".join(element.tail.split()))
        if count > limit:
            break
    return count


def _notice_in(text: str) -> re.Match[str] | None:
    """The first notice in a notice's own words in the text, or None: a phrase quoted ("“Kami akan segera kembali,”
    tulis manajemen", a sign reading "We'll be back soon") is a story's, never the notice's own sentence."""
    # a JSON error body served as text/html ('{"status":503,"message":"Service Unavailable"}') quotes nothing
    data = text.lstrip().startswith(("{", "["))
    quoted = [] if data else [match.span() for match in _QUOTED.finditer(text)]
    for found in _NOTICE_TEXT.finditer(text):
        start, end = found.span()
        if any(left <= start and end <= right for left, right in quoted):
            continue
        if _SAID_AFTER.match(text, end) or _READING_BEFORE.search(text, 0, start):
            continue
        return found
    return None


def _app_state_story(selector: Selector, html: str, url: str | None) -> bool:
    """Whether the page's embedded app state holds an article (a Next.js shell rendering it client-side, h140 K1/K2);
    Next.js's own error page ("page": "/_error") holds none."""
    if not may_hold_app_state(html):
        return False
    state = selector.xpath("//script[@id='__NEXT_DATA__']/text()").get()
    if state:
        try:
            data = json.loads(state)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict) and data.get("page") == "/_error":
            return False
    return app_state_article(selector, url) is not None


def _host_page(root: etree._Element, blocks: list[_Block]) -> bool:
    """Whether a host's or server's own error page: its markers where hosts put them (an element's class or id, a
    /cgi-sys/ path, a heading or a short line of its own), never in a story's paragraph or a script."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}".split()
        if any(_HOST_MARKUP.search(name) for name in names):
            return True
        if any("/cgi-sys/" in (element.get(attr) or "") for attr in ("href", "src")):
            return True
    return any((block.heading or len(block.text) < _PROSE_CHARS) and _HOST_LINE.search(block.text)
               for block in blocks)


def _heading_notice(text: str) -> str | None:
    """"server" for a heading that is a server's error page's status line and nothing else ("503 Service Temporarily
    Unavailable", "521: Web server is down"), "words" for one that is a notice in a notice's words and nothing else
    ("Situs Sedang Dalam Pemeliharaan", "Mohon Maaf, Server Sedang Gangguan"), "short" for one that is a notice's
    short form or a bare topic word and nothing else ("Pemeliharaan", "Server Down", "Sedang Dalam Perbaikan": a
    category's, a story's headline as well), else None (a headline that says more: "BKN: Server Sedang …")."""
    server = _SERVER_HEADING.search(text)
    if not (server or _HEADING_WORDS.search(text)):
        return None
    if _FILLER.sub("", _SERVER_HEADING.sub(" ", _HEADING_WORDS.sub(" ", text))).strip():
        return None
    return "server" if server else "words" if _NOTICE_TEXT.search(text) else "short"


def _is_prose(block: _Block) -> bool:
    """A paragraph of the page's own text: long enough, no heading, not the site's chrome."""
    return len(block.text) >= _PROSE_CHARS and not block.heading and not block.chrome


def _tells_story(selector: Selector, root: etree._Element, blocks: list[_Block]) -> bool:
    """Whether the page shows a story's signs in its text: a date line under its h1 or anywhere in the block holding
    it and the text (above it too: a mobile page's "Selasa, 06/05/2014 11:05 WIB" over "Kami Akan Segera Kembali",
    h137), a relative time ("2 jam lalu", "2 hours ago"), a paragraph opening with a dateline ("Jakarta -",
    "SERANG -") or holding a date in any form parse_date reads, or a paragraph that says no notice (a notice's
    paragraphs explain it; a host's advise its customer)."""
    if (dated_heading(root, title_heading_too=False) is not None
            or any(candidate.in_article for candidate in find_page_dates(selector))):
        return True
    for block in blocks:
        text = block.text
        if RELATIVE_RE.search(text.casefold()) or (len(text) <= _PROSE_CHARS and shows_age(text)):
            return True
        if not _is_prose(block):
            continue
        if opens_with_dateline(text) or parse_date(text) is not None:
            return True
        if not (_notice_in(text) or _HOST_ADVICE.search(text)):
            return True
    return False


def _leads(blocks: list[_Block]) -> list[tuple[int, str]]:
    """Where a notice stands on a notice page: the first heading of the body, and the first sentence of its first
    block of text (block index, text)."""
    leads: list[tuple[int, str]] = []
    first_heading = next((index for index, block in enumerate(blocks) if block.heading), None)
    if first_heading is not None:
        leads.append((first_heading, blocks[first_heading].text))
    first_text = next((index for index, block in enumerate(blocks) if not block.heading and not block.chrome), None)
    if first_text is not None:
        leads.append((first_text, _SENTENCE_END.split(blocks[first_text].text, maxsplit=1)[0]))
    return leads


def _blocks(root: etree._Element) -> list[_Block]:
    """The page's visible text as blocks (a block element or a <br> ends one)."""
    blocks: list[_Block] = []
    pieces: list[str] = []

    def close(heading: bool, chrome: bool) -> None:
        text = collapse_ws("".join(pieces))
        if text:
            blocks.append(_Block(text, heading, chrome))
        pieces.clear()

    # Iterative (a page nested thousands deep must not raise RecursionError): (element, its parent's chrome flag, None
    # when entering, its own chrome flag when leaving).
    stack: list[tuple[etree._Element, bool, bool | None]] = [(root, False, None)]
    while stack:
        element, chrome, inside = stack.pop()
        seen = isinstance(element.tag, str) and element.tag not in _UNSEEN
        block = seen and (element.tag in BLOCK_TAGS or element.tag == "br")
        if inside is None and seen:
            inside = chrome or element.tag in _CHROME_TAGS or bool(
                _CHROME_NAME.search(f"{element.get('id', '')} {element.get('class', '')}"))
            if block:
                close(False, chrome)
            pieces.append(element.text or "")
            stack.append((element, chrome, inside))
            stack.extend((child, inside, None) for child in reversed(element))
            continue
        if inside is not None and block:
            close(element.tag in _HEADINGS, inside)
        pieces.append(element.tail or "")
    close(False, False)
    return blocks
