"""One parse per page, into plain lxml elements.

parsel parses HTML with ``lxml.html.HTMLParser``, whose element-class lookup is a Python method that
runs every time lxml hands an element to Python: a walk over a 470-element page costs ~300 µs there
and ~60 µs on a tree of plain ``etree._Element`` (bench/bench_extract.py measures the whole effect).
``parse_html`` runs the same libxml2 parse with the same options as parsel (less the id table, comments and
processing instructions), so the tree is the same otherwise; only the Python objects over it are cheaper. Nothing in newscrawl uses ``lxml.html`` methods.

``PlainTreeMiddleware`` gives every HTML response of a crawl this parse: ``response.selector``,
``response.css()`` and ``response.xpath()`` all read the one tree.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

from lxml import etree
from scrapy.http import HtmlResponse, Request, Response
from scrapy.selector import Selector
from scrapy.utils.response import get_base_url

logger = logging.getLogger(__name__)


def parse_html(text: str, base_url: str | None = None) -> etree._Element:
    """The root of ``text`` parsed as parsel parses HTML text (same cleanup, parser options and empty
    fallback), with plain element classes.

    NULs are removed from the UTF-8 bytes, not the str: U+0000 is the only character whose UTF-8 holds
    a zero byte, so the bytes are parsel's, and on a 400 KB page with non-ASCII text ``str.replace``
    alone cost 390 µs where ``bytes.replace`` costs 14 µs (about a tenth of the parse).

    One difference: a page nested deeper than libxml2's limit is read with its deepest levels unwrapped
    (``flatten_deep_nesting``), where parsel's tree ends at the limit."""
    return parse_html_checked(text, base_url)[0]


def parse_html_checked(text: str, base_url: str | None = None) -> tuple[etree._Element, int, str]:
    """``parse_html``, the number of elements unwrapped (0 on any page within libxml2's depth limit) and what that
    limit did: "" (nothing), "unwrapped" (the page was cut, and read whole once its deepest levels were unwrapped)
    or "still_cut" (cut however deep the unwrapping)."""
    return _parse(_stripped_utf8(text).replace(b"\x00", b"") or b"<html/>", base_url)


def _parse(body: bytes, base_url: str | None) -> tuple[etree._Element, int, str]:
    # collect_ids=False: libxml2 then builds no table of the page's id attributes, which only the
    # XPath id() function reads (CSS #id is an attribute test); the tree is the same, the parse ~8% cheaper.
    # Comments and processing instructions are left out: no reader wants them, and a comment node among the
    # elements (WordPress's "</div><!-- .entry-meta -->") read as one dropped articles and put its words in titles
    # (h28 probe). ~60 fewer nodes a real page; the parse ~2% cheaper.
    parser = _parser()
    root = etree.fromstring(body, parser=parser, base_url=base_url)
    flattened, depth = 0, ""
    if _cut_by_depth(parser):
        # libxml2 stops at 2,048 open elements (huge_tree or not) and drops the rest of the page without a
        # word: 1,100 nested <ul><li> in a story left its body "JAKARTA -" (h39 F4). The levels past
        # MAX_DEPTH are unwrapped or closed early (their text kept, in order: flatten_deep_nesting) and the page
        # parsed again; should the parser still give up (markup the scan misjudged: h42), from shallower levels.
        original = body
        for max_depth, hard_depth in _UNWRAP_DEPTHS:
            body, flattened = flatten_deep_nesting(original, max_depth, hard_depth)
            parser = _parser()
            root = etree.fromstring(body, parser=parser, base_url=base_url)
            if not _cut_by_depth(parser):
                depth = "unwrapped"
                logger.warning("page %s: elements nested deeper than the HTML parser's limit (2,048 levels); %d "
                               "levels unwrapped or closed early so the text inside and after them is kept",
                               base_url, flattened)
                break
        else:
            depth = "still_cut"
            logger.warning("page %s: elements nested deeper than the HTML parser's limit (2,048 levels); still "
                           "cut at the limit after %d levels were unwrapped: the text past it is lost",
                           base_url, flattened)
    if root is None:  # only comments or whitespace: parsel's fallback
        root = etree.fromstring(b"<html/>", parser=parser, base_url=base_url)
    if b"data-cfemail" in body:  # one scan of the bytes (~50 µs a real page); most pages have no placeholder
        reveal_cloudflare_emails(root)
    if (b"<template" in body or b"<noscript" in body) and (revealed := reveal_hidden_prose(root)):
        root.set(HIDDEN_PROSE_MARK, str(revealed))  # PageResponse counts them (body/hidden_prose_read)
    return root, flattened, depth


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True, collect_ids=False,
                            remove_comments=True, remove_pis=True)


def _cut_by_depth(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 gave up on the page for its depth (a fatal error: the last in the log)."""
    error = parser.error_log.last_error
    return error is not None and error.type == _RESOURCE_LIMIT and "depth" in error.message


_RESOURCE_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT
# Past MAX_DEPTH open elements only an element a reader may look for (one with an attribute: a class or
# id a site's rules name; a heading; a paragraph) is kept, up to HARD_DEPTH; every other one is unwrapped.
# Both well below libxml2's 2,048, which also counts the <html>/<body> it adds and any element it opens where
# the markup left one out. Should the parser still give up, the next pair is tried.
MAX_DEPTH = 1000
HARD_DEPTH = 1800
_UNWRAP_DEPTHS = ((MAX_DEPTH, HARD_DEPTH), (500, 900), (100, 200))
# Skipped whole: comments, raw-text elements (a "<div>" in a script or a textarea is no element; libxml2 2.14
# reads these as text), a bogus comment ("<!x …>", "<?php …>", "</ div>": to the next ">"); then any tag.
# A tag's attributes: a quoted value may hold ">" ('<b title="x>y">': the tag ends after the closing quote, h42).
_ATTRIBUTES = rb"""(?:[^>"'=]++|=[ \t\n\r\f]*+(?:"[^"]*+"|'[^']*+')?+|["'])*+"""
_MARKUP = re.compile(rb"<!--.*?(?:-->|\Z)"
                     rb"|<(script|style|textarea|title|xmp|iframe|noembed|noframes)\b" + _ATTRIBUTES +
                     rb">.*?(?:</\1\s*>|\Z)"
                     rb"|<plaintext\b.*|<[!?][^>]*(?:>|\Z)|</(?![A-Za-z])[^>]*(?:>|\Z)"
                     rb"|<(/?)([A-Za-z][^\s/>]*+)(" + _ATTRIBUTES + rb")>", re.S | re.I)
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())
_KEPT = frozenset(b"h1 h2 h3 h4 h5 h6 p article main".split())
# libxml2's end-tag rule (htmlAutoCloseOnClose): an end tag closes the open elements above the nearest one of
# its name only when none of them ranks above it; else it is ignored ("</span>" over an open <div>).
_END_PRIORITY = {b"div": 150, b"td": 160, b"th": 160, b"tr": 170, b"thead": 180, b"tbody": 180, b"tfoot": 180,
                 b"table": 190, b"head": 200, b"body": 200, b"html": 220}
_PRIORITIES = (100, 150, 160, 170, 180, 190, 200, 220)
# Elements libxml2 closes when certain start tags follow (a <p> by a <div>, an <li> by an <li>, a <td> by a <td>):
# the scan keeps them open, so one may be open in the scan and closed in the parser; its end tag closes more
# than itself only in the parser's way, which the scan cannot be sure of: only when it is the innermost.
_CLOSED_BY_START = frozenset(b"a address b big caption colgroup dd dir dl dt font form h1 h2 h3 h4 h5 h6 i legend "
                             b"li menu ol option p pre s small span strike tbody td tfoot th thead tr tt u ul".split())
# html, body and head: a second start tag is ignored by libxml2, and the end tags close nothing the scan relies on.
_DOCUMENT = frozenset((b"html", b"body", b"head"))


def flatten_deep_nesting(body: bytes, max_depth: int = MAX_DEPTH, hard_depth: int = HARD_DEPTH) -> tuple[bytes, int]:
    """``body`` with the elements that nest it past ``max_depth`` open elements unwrapped: their start and
    end tags replaced by ``<br>`` (a line break where a list item or cell began and ended: no two levels'
    words run together), their text and children kept. Past ``max_depth`` an element with an attribute, a
    heading or a paragraph is kept (a 100k run of unclosed <div> before the story leaves its <h1> and
    <div class="isi">), up to ``hard_depth``. Returns the new bytes and how many elements were unwrapped or
    closed early.

    A run of elements reaching ``hard_depth`` (a bare one reaching ``max_depth``, no element kept past it open)
    stays elements: the innermost open ones are closed early (their end tags written before the next start tag;
    theirs, when they come, read as a ``<br>``) and the next element opens where the first of them stood. h190:
    unwrapped, a legacy comment thread of 3,000 unclosed ``<div class="comment-item">`` (or bare ``<div>``) put its
    last 1,200 (2,000) comments as ``<br>`` lines of one element, one box of prose that outscored the story; now
    each comment stays its own element, nested as the parser nests the rest of the thread, and maintext scores it
    as it scores a thread the parser reads whole. How far back a close goes follows the ruler sequence
    (``_window_reset``): no element gets more than two child elements from it, as in a chain of unclosed elements
    where each holds one, the next (closing back the same levels each time would give one element a child per close:
    hundreds of comments side by side, one box of prose again). A close goes back over the run's own elements only
    (``_chain_back``): at ``max_depth`` over bare ones, at either depth over those of a kind met twice among the closed;
    a container met once stays whole (h192: the story's <div class="isi"> at ~990 levels, under a broken widget,
    closed back with its unclosed <font> paragraphs put half the story beside the thread), and the element past the
    limit is unwrapped in it as before.

    A tag-level scan, iterative: the open elements are a stack of names. The count must be an upper bound
    of the parser's depth, so the result parses within the limit: an end tag closes the innermost open element
    of its name; the elements above that one too only where libxml2 surely closes them (none ranks above the
    end tag: "</span>" over an open <div> is ignored, as libxml2 ignores it, h42), else it is kept for the
    parser to judge. Elements HTML closes implicitly (an unclosed <p> or <li>) stay counted. An end tag read
    as a ``<br>`` (its element unwrapped or closed early) that closes elements the parser has open above it
    closes them in the parser too (their end tags written), so the count never falls below the parser's."""
    out: list[bytes] = []
    stack: list[list[Any]] = []  # [name, gone, attributes]: gone when unwrapped or closed early (end tag read as <br>)
    at: dict[bytes, list[int]] = {}  # the stack positions of each open name: a stray end tag costs no scan
    ranked: dict[int, list[int]] = {p: [] for p in _PRIORITIES}  # the stack positions by end-tag priority
    open_at: list[int] = []  # the stack positions of the elements the parser has open: its depth (at most)
    marked: list[int] = []  # the depths (open_at indexes) of the open elements that are not bare: a bare close stops there
    unwrapped = 0
    hard_resets = bare_resets = 0
    hard_window = _window(min(hard_depth - max_depth, hard_depth // 2))
    bare_window = _window(max_depth // 2)
    last = 0
    # Linear time: the quantifiers give nothing back, and the scan ends at the last ">", so a "<" ahead of it always
    # opens a match (every character up to the next ">" belongs to the tag) and one after it (a page cut mid-tag)
    # is never tried: '<a' and 30,000 characters without a ">" took 3.8 s, re-read from each of them (h42).
    for match in _MARKUP.finditer(body, 0, body.rfind(b">") + 1):
        name = match.group(3)
        if name is None:  # comment, raw text, bogus comment
            continue
        name = name.lower()
        if match.group(2):  # an end tag
            positions = at.get(name)
            if not positions or name in _DOCUMENT:
                continue
            index = positions[-1]
            if index != len(stack) - 1:
                if name in _CLOSED_BY_START:
                    continue
                priority = _END_PRIORITY.get(name, 100)
                if any(ranked[p] and ranked[p][-1] > index for p in _PRIORITIES if p > priority):
                    continue
            drop = stack[index][1]
            closing = []
            for closed, gone, _ in reversed(stack[index:]):
                at[closed].pop()
                ranked[_END_PRIORITY.get(closed, 100)].pop()
                if not gone:
                    open_at.pop()
                    if drop:
                        closing.append(b"</" + closed + b">")
            del stack[index:]
            while marked and marked[-1] >= len(open_at):
                marked.pop()
            if drop:
                out.append(body[last:match.start()])
                out.extend(closing)
                out.append(b"<br>")
                last = match.end()
        else:
            attributes = match.group(4).strip()
            if name in _VOID or attributes.endswith(b"/") or (name in _DOCUMENT and at.get(name)):
                continue
            kept = len(open_at)
            bare = not attributes and name not in _KEPT
            reopen = -1  # the depth it opens at, its innermost open elements closed early (-1: none closed)
            if kept >= hard_depth:
                if hard_window:
                    hard_resets += 1
                    back = _chain_back(stack, open_at, _window_reset(hard_resets, hard_window), name, attributes)
                    reopen = hard_depth - back if back else -1
            elif bare and kept == max_depth and bare_window:
                # A bare element at max_depth, no element kept past it open (a heading, a <div class="isi">: one
                # inside those is unwrapped, in its box): closed back as at the hard depth, in the levels before,
                # over bare elements only (never the attributed <div class="isi"> a run of bare <font> fills).
                bare_resets += 1
                back = min(_window_reset(bare_resets, bare_window), max_depth - (marked[-1] + 1 if marked else 0))
                back = _chain_back(stack, open_at, back, name, attributes)
                reopen = max_depth - back if back else -1
            drop = reopen < 0 and (kept >= hard_depth or (bare and kept >= max_depth))
            if reopen >= 0:
                out.append(body[last:match.start()])
                for position in reversed(open_at[reopen:]):
                    out.append(b"</" + stack[position][0] + b">")
                    stack[position][1] = True
                    unwrapped += 1
                del open_at[reopen:]
                while marked and marked[-1] >= reopen:
                    marked.pop()
                last = match.start()
            at.setdefault(name, []).append(len(stack))
            ranked[_END_PRIORITY.get(name, 100)].append(len(stack))
            if drop:
                unwrapped += 1
                out.append(body[last:match.start()])
                out.append(b"<br>")
                last = match.end()
            else:
                if not bare:
                    marked.append(len(open_at))
                open_at.append(len(stack))
            stack.append([name, drop, attributes])
    out.append(body[last:])
    return b"".join(out), unwrapped


# Past the hard depth (past the max depth, for a bare element) the innermost open elements are closed early in a window
# of the levels before it, _WINDOW at most (the count's bound is the same); _CHUNK levels the least it closes.
_WINDOW = 256
_CHUNK = 16


def _window(room: int) -> int:
    """The levels a window may close back: ``room`` up to _WINDOW; 0 (unwrapped instead) when under one chunk."""
    room = min(room, _WINDOW)
    return room if room >= _CHUNK else 0


def _chain_back(stack: list[list[Any]], open_at: list[int], back: int, name: bytes, attributes: bytes) -> int:
    """How many of the ``back`` innermost open elements may be closed early for the element ``name`` opening past a
    limit: the most, in whole chunks, that are all links of the chain that reached it, each of a kind (tag and first
    class) found at least twice among them and the new one (a thread's comment-items; a list's li and ul; wrappers).
    A container met once (the story's <div class="isi"> under the run of its <p> or <font>, a bare <td>) ends the
    close above it: its text would go on outside it. 0 when under a chunk: the element is unwrapped instead."""
    back -= back % _CHUNK
    while back >= _CHUNK:
        kinds = [_kind(stack[position][0], stack[position][2]) for position in open_at[len(open_at) - back:]]
        count = Counter(kinds)
        count[_kind(name, attributes)] += 1
        chain = 0
        for kind in reversed(kinds):
            if count[kind] < 2:
                break
            chain += 1
        if chain == back:
            return back
        back = chain - chain % _CHUNK
    return 0


_CLASS = re.compile(rb"""(?<![\w-])class[ \t\n\r\f]*=[ \t\n\r\f]*["']?[ \t\n\r\f]*([^\s"'>]*)""", re.I)


def _kind(name: bytes, attributes: bytes) -> tuple[bytes, bytes]:
    """An element's kind in a chain: its tag and its first class."""
    found = _CLASS.search(attributes) if attributes else None
    return name, found.group(1).lower() if found else b""


def _window_reset(count: int, window: int) -> int:
    """How many levels the ``count``-th early close (1, 2, …) closes back: a chunk, two each 2nd time, three each
    4th, … (the ruler sequence, up to the window). An element opened where a close of k chunks reopened gets one
    sibling chain beside its own before a close of more chunks ends it: no element holds more than two, as in the
    chain of unclosed elements where each holds the next."""
    return min((count & -count).bit_length(), window // _CHUNK) * _CHUNK


# Cloudflare's e-mail obfuscation: the element showing the no-script placeholder "[email protected]" carries the
# address XOR-encoded in hex (its first byte the key) in data-cfemail; the site's script writes the address back,
# so a reader sees the address. (A protected mailto link without a placeholder shows its own text.)
_CLOUDFLARE_EMAILS = etree.XPath("//*[@data-cfemail]")


def cloudflare_email(encoded: str) -> str | None:
    """The address Cloudflare encoded as hex ("<key><byte XOR key>…"), or None when it is no such encoding."""
    try:
        data = bytes.fromhex(encoded.strip())
    except ValueError:
        return None
    if len(data) < 2:
        return None
    address = bytes(byte ^ data[0] for byte in data[1:]).decode("utf-8", "replace")
    return address if "@" in address and address.isprintable() else None


def reveal_cloudflare_emails(root: etree._Element) -> None:
    """Put the address back where Cloudflare's placeholder stands (in place, right after the parse)."""
    for element in _CLOUDFLARE_EMAILS(root):
        address = cloudflare_email(element.get("data-cfemail", ""))
        if address is None:
            continue
        for child in list(element):  # the placeholder's parts
            element.remove(child)
        element.text = address
        element.attrib.pop("data-cfemail", None)


# A story's later paragraphs shipped hidden (h310 A): a lazy-load <template> the site's script renders on scroll
# (liputan6 2026: "<template data-lazy-paragraphs><p>…</p><p>…</p></template>" before a "Lanjutkan Membaca" button),
# or a no-JS fallback <noscript> beside an empty lazy-paragraph slot (suara 2026). A reader sees them; both tags are
# never read (dom.SKIP_TAGS), so the story lost its end. Revealed (unwrapped in place) only when the box sits among
# the story's own paragraphs (its parent holds prose <p>s of its own), holds nothing but prose <p>s, and repeats no
# paragraph shown elsewhere (a no-JS copy of the body). Everything else stays unread: a tracking pixel, a head's
# <noscript>, a "please enable JavaScript" notice, a widget's template (a comment form, related cards: no prose <p>).
_HIDDEN_PROSE_BOXES = etree.XPath("//body//template[p] | //body//noscript[p]")
_SHOWN_PARAGRAPHS = etree.XPath("//p[not(ancestor::template or ancestor::noscript)]")
_PROSE_END = (".", "!", "?", "\"", "\u201d", "\u2019", "\u2026")
_PROSE_MIN_WORDS = 6
# A lone hidden paragraph must read as a story's, not a one-line excerpt or notice (h313 R1).
_LONE_PROSE_MIN_WORDS = 16
# A no-JS notice is about the reader's browser, device, app or cookies, never the story's words (h313 R1: "Untuk
# pengalaman membaca terbaik, aktifkan skrip di perangkat Anda.").
_SCRIPT_NOTICE_RE = re.compile(r"javascript|\bJS\b|browser|peramban|\bskrip|\bscript|\baktifkan\b|"
                               # the reader's device or app, not "perangkat desa" nor "aplikasi Sirekap" in a story
                               r"\b(?:perangkat|aplikasi)\s+(?:anda|kamu)\b|\bcookies?\b|\bkuki\b", re.IGNORECASE)
# (h313 R1) A hidden box continues the story only with a sign it does: its own marks name a lazy load / the paragraphs
# / the content / "more" (liputan6 2026: <template data-lazy-paragraphs>), or an empty lazy slot (suara 2026:
# <div class="lazy-paragraphs" data-src=…></div> right before the <noscript>) or a "read on" control
# (liputan6: <button>Lanjutkan Membaca</button>) stands right beside it. A box marked as another thing's (a related
# excerpt's <template id="inline-related-tpl">, a comment's, a widget's, a cookie banner's, the next story's) never is.
_CONTINUES_MARK_RE = re.compile(r"lazy|paragraph|content|more", re.IGNORECASE)
_OTHER_BOX_MARK_RE = re.compile(r"related|comment|widget|cookie|recommend|next", re.IGNORECASE)
_READ_ON_RE = re.compile(r"lanjut|selengkapnya|load\s*more|read\s*more|show\s*more", re.IGNORECASE)
_READ_ON_MAX_WORDS = 5
# Zero-width characters and the quote marks' spellings: a no-JS copy repeats the shown paragraph whatever they are.
_REPEAT_FOLD = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                              "\u00ab": '"', "\u00bb": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'",
                              "\u201b": "'", "\u2032": "'", "`": "'"})
# Boxes whose paragraphs are never the story's, however they read.
_NOT_STORY_ANCESTORS = frozenset({"form", "aside", "footer", "nav", "header", "dialog"})
HIDDEN_PROSE_MARK = "data-newscrawl-hidden-prose"


def _flat(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _prose_paragraph(text: str) -> bool:
    return len(text.split()) >= _PROSE_MIN_WORDS and text.endswith(_PROSE_END) and not _SCRIPT_NOTICE_RE.search(text)


def _repeat_key(text: str) -> str:
    return " ".join(text.translate(_REPEAT_FOLD).split()).casefold()


def _marks(element: etree._Element) -> str:
    """An element's attribute names and values, one string (its id, class, data-* marks)."""
    return " ".join(f"{name} {value}" for name, value in element.attrib.items())


def _empty_lazy_slot(element: etree._Element) -> bool:
    return not _flat(element) and re.search(r"lazy|paragraph", _marks(element), re.IGNORECASE) is not None


def _read_on_control(element: etree._Element) -> bool:
    text = _flat(element)
    return bool(text) and len(text.split()) <= _READ_ON_MAX_WORDS and _READ_ON_RE.search(text) is not None


def _continues_story(box: etree._Element) -> bool:
    """Whether a hidden box carries a sign it holds the story's next paragraphs (h313 R1; see above)."""
    marks = _marks(box)
    if _OTHER_BOX_MARK_RE.search(marks):
        return False
    if _CONTINUES_MARK_RE.search(marks):
        return True
    neighbours = (box.getprevious(), box.getnext())
    return any(node is not None and isinstance(node.tag, str) and (_empty_lazy_slot(node) or _read_on_control(node))
               for node in neighbours)


def reveal_hidden_prose(root: etree._Element) -> int:
    """Unwrap, in place, the <template>/<noscript> boxes holding the story's hidden paragraphs (h310 A; see above):
    their <p>s then stand among the story's own. Each revealed paragraph carries HIDDEN_PROSE_MARK (the box's
    tag). The number of paragraphs revealed."""
    boxes = _HIDDEN_PROSE_BOXES(root)
    if not boxes:
        return 0
    shown: set[str] | None = None
    revealed = 0
    for box in boxes:
        parent = box.getparent()
        if parent is None or (box.text or "").strip() or any(
                a.tag in _NOT_STORY_ANCESTORS for a in box.iterancestors()):
            continue
        paragraphs = list(box)
        if any(child.tag != "p" or (child.tail or "").strip() for child in paragraphs):
            continue  # anything beside prose paragraphs: a widget's markup, a pixel, a notice
        texts = [_flat(child) for child in paragraphs]
        if not all(_prose_paragraph(text) for text in texts):
            continue
        if len(texts) < 2 and len(texts[0].split()) < _LONE_PROSE_MIN_WORDS:
            continue  # (h313 R1) one short line: an excerpt, a notice, a teaser
        if not _continues_story(box):
            continue  # (h313 R1) no sign it continues the story: the next story's no-JS copy, a related excerpt
        # Among the story's paragraphs: its parent's own <p>s (not its own, not another hidden box's) are prose.
        if sum(1 for sibling in parent if sibling.tag == "p" and _prose_paragraph(_flat(sibling))) < 2:
            continue
        if shown is None:
            shown = {_repeat_key(_flat(p)) for p in _SHOWN_PARAGRAPHS(root)}
        keys = [_repeat_key(text) for text in texts]
        if any(key in shown for key in keys):
            continue  # a no-JS copy of what the page shows (its quote marks, zero-width characters aside: h313 R1)
        tag = box.tag
        for child in paragraphs:
            child.set(HIDDEN_PROSE_MARK, tag)
            box.addprevious(child)  # moves the child with its (blank) tail
        previous = box.getprevious()
        if box.tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + box.tail
            else:
                parent.text = (parent.text or "") + box.tail
        parent.remove(box)
        shown.update(keys)
        revealed += len(paragraphs)
    return revealed


# Bytes str.strip() strips that bytes.strip() keeps: the ASCII separators \x1c-\x1f; every other
# whitespace str.strip() knows is non-ASCII, so its UTF-8 starts with a byte >= 0x80.
_STR_ONLY_SPACE = frozenset(b"\x1c\x1d\x1e\x1f")


def _stripped_utf8(text: str) -> bytes:
    """``text.strip().encode("utf-8")``, without copying the whole str to strip a trailing newline
    (str.strip copies a 300 KB page: ~40-80 µs); bytes.strip is used when it gives the same bytes."""
    body = text.encode("utf-8").strip()
    if body and body[0] < 0x80 and body[-1] < 0x80 and body[0] not in _STR_ONLY_SPACE \
            and body[-1] not in _STR_ONLY_SPACE:
        return body
    return text.strip().encode("utf-8")


def page_selector(text: str, base_url: str | None = None) -> Selector:
    """A Selector over ``parse_html(text)``: what the spiders read a page with."""
    return Selector(root=parse_html(text, base_url), type="html")


class PageResponse(HtmlResponse):
    """An HTML response whose selector is ``page_selector`` of its text, built once. A page nested too
    deep for the parser is counted in ``newscrawl/page/deep_nesting_unwrapped`` (``stats``, set by
    ``PlainTreeMiddleware``); one the parser cut however deep the unwrapping, in ``deep_nesting_still_cut`` too."""

    __slots__ = ("_page_selector", "stats")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_selector: Selector | None = None
        self.stats: Any = None

    @property
    def selector(self) -> Selector:
        if self._page_selector is None:
            root, _unwrapped, depth = parse_html_checked(self.text, get_base_url(self))
            if depth and self.stats is not None:
                self.stats.inc_value("newscrawl/page/deep_nesting_unwrapped")
                if depth == "still_cut":
                    self.stats.inc_value("newscrawl/page/deep_nesting_still_cut")
            if (revealed := root.get(HIDDEN_PROSE_MARK)) and self.stats is not None:
                # A story's paragraphs shipped in a lazy-load <template> or a no-JS <noscript>, read (h310 A).
                self.stats.inc_value("newscrawl/body/hidden_prose_read", int(revealed))
            self._page_selector = Selector(root=root, type="html")
        return self._page_selector


class PlainTreeMiddleware:
    """Downloader middleware: every ``HtmlResponse`` reaches the spider as a ``PageResponse``."""

    def __init__(self, stats: Any = None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "PlainTreeMiddleware":
        return cls(crawler.stats)

    def process_response(self, request: Request, response: Response) -> Response:
        if type(response) is HtmlResponse:
            recast = response.replace(cls=PageResponse)
            recast.stats = self.stats
            return recast
        return response
