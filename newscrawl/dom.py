"""The one DOM block walker: an element tree → text blocks in reading order.

Used by ``extract.html_blocks`` (a site's body container) and by ``maintext`` (the whole page).
Block elements and every ``<br>`` run end a block; inline elements keep their text; each block
remembers the element holding it and how many of its characters sit inside links.

The walk is ITERATIVE (an explicit stack), so a hostile page nesting thousands of elements
(1,500 unclosed ``<font>``, 100k nested ``<div>``) costs time linear in its size and never a
RecursionError. Never read, wherever they are: SKIP_TAGS, social embeds (``blockquote.instagram-media``,
``.twitter-tweet``, ``blockquote.tiktok-embed``, YouTube wrappers) and small ad boxes (class/id
``ads``, ``iklan``, ``div-gpt-ad…``): their text is never the article's. When such a box splits a
paragraph (the HTML parser closes a ``<p>`` at a nested ``<div>``), the paragraph is joined again.

This module imports nothing from the project, so extract.py and maintext.py both import it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection

from lxml import etree

__all__ = ["BLOCK_TAGS", "Block", "SKIP_TAGS", "collapse_ws", "is_noise_box", "walk_blocks"]

# Custom elements of embeds and AMP widgets: their text (if any) is the widget's.
EMBED_TAGS = frozenset(
    {"lite-youtube", "amp-youtube", "amp-instagram", "amp-twitter", "amp-facebook", "amp-ad", "amp-embed",
     "amp-iframe", "amp-img", "amp-video", "amp-tiktok"}
)
# Elements whose text is never article text.
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "iframe", "ins", "svg", "button", "form", "input", "select",
     "textarea", "template", "video", "audio", "object", "embed", "canvas", "img", "picture",
     "source", "head", "meta", "link", "nav"}
) | EMBED_TAGS
# Elements that start and end a paragraph; everything else is inline.
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
     "ol", "blockquote", "table", "tbody", "thead", "tr", "td", "th", "figure", "figcaption",
     "header", "footer", "aside", "pre", "dl", "dt", "dd", "center", "hr", "address", "details",
     "summary", "caption"}
)
_WS = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")

# class tokens of social embeds (the publisher's embed code, and the wrappers CMSs put around it).
_EMBED_TOKEN = re.compile(
    r"instagram-media|twitter-tweet|twitter-timeline|twitter-video|tiktok-embed|fb-post|fb-video"
    r"|(?:embed|video)[-_]?(?:instagram|twitter|tiktok|youtube|facebook|ig|yt)"
    r"|(?:instagram|twitter|tiktok|youtube|facebook)(?:[-_]?(?:embed|video|wrapper|container|player|post))?",
    re.IGNORECASE)
# class/id tokens of ad slots: the ad word alone or as a dash-separated part ("ads-on-body", "box-iklan").
_AD_TOKEN = re.compile(
    r"(?:ads?|iklan|advert(?:isement|orial)?|adsbygoogle|gpt|dfp)(?:[-_][\w-]*)?"
    r"|[\w-]*[-_](?:ads?|iklan|gpt|dfp)(?:[-_\d][\w-]*)?|ad-?(?:slot|unit|box|container|wrapper)[\w-]*",
    re.IGNORECASE)
# class tokens of photo captions and credits: "caption", "wp-caption-text", "photo-caption", "foto-credit".
_CAPTION_TOKEN = re.compile(
    r"(?:(?:wp|img|image|photo|foto|pic|media|detail)[-_]?)?caption(?:[-_][\w-]*)?|[\w-]*[-_]caption"
    r"|keterangan[-_]?foto|(?:photo|foto)[-_]?credit|credit[-_]?(?:photo|foto)",
    re.IGNORECASE)
_NOT_NOISE, _EMBED, _AD, _CAPTION = 0, 1, 2, 3
_AD_BOX_MAX_CHARS = 300
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SENTENCE_END = ".!?\"'\u201d\u2019\u2026:;"

_noise_cache: dict[str, int] = {}


def collapse_ws(text: str | None) -> str:
    """Collapse every whitespace run (incl. NBSP and zero-width characters) to one space."""
    return _WS.sub(" ", text or "").strip()


@dataclass(eq=False, slots=True)
class Block:
    """One paragraph of text, the element holding it, and its characters inside links."""

    text: str
    link_chars: int
    owner: etree._Element
    # Inside one of walk_blocks' ``flag_tags`` (maintext: a figure or its caption).
    flagged: bool = False

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / max(1, len(self.text)))


def _noise_kind(tokens: str) -> int:
    """Whether class/id tokens name an embed or an ad slot (cached: a page repeats its classes)."""
    kind = _noise_cache.get(tokens)
    if kind is None:
        split = tokens.split()
        kind = (_EMBED if any(_EMBED_TOKEN.fullmatch(t) for t in split)
                else _AD if any(_AD_TOKEN.fullmatch(t) for t in split)
                else _CAPTION if any(_CAPTION_TOKEN.fullmatch(t) for t in split) else _NOT_NOISE)
        if len(_noise_cache) < 4096:
            _noise_cache[tokens] = kind
    return kind


def text_within(element: etree._Element, limit: int) -> str | None:
    """The element's text when it is at most ``limit`` characters, else None (stops reading early)."""
    parts: list[str] = []
    size = 0
    for part in element.itertext():
        size += len(part)
        if size > limit * 4:  # whitespace collapses; far over the limit is over it
            return None
        parts.append(part)
    text = collapse_ws("".join(parts))
    return text if len(text) <= limit else None


# A post's permalink: what an embed's blockquote links to, whatever its class says (or without one).
_POST_URL = re.compile(r"(?:twitter|x)\.com/\w+/status/\d|instagram\.com/(?:p|reel|tv)/|tiktok\.com/@[^/]+/video/"
                       r"|facebook\.com/[^?#]+/(?:posts|videos)/", re.IGNORECASE)


def is_noise_box(element: etree._Element, captions: bool = False) -> bool:
    """A social embed, or a small ad box (or with ``captions``, a small caption box), by its own
    class/id, never by an ancestor's. A blockquote linking a social post is an embed by structure."""
    if element.tag == "blockquote" and any(_POST_URL.search(a.get("href") or "") for a in element.iter("a")):
        return True  # the embed code with its class renamed or stripped (a redesign, a CMS filter)
    classes = element.get("class")
    ident = element.get("id")
    if not classes and not ident:
        return False
    kind = _noise_kind(classes or "") or _noise_kind((ident or "")[:40])
    if kind == _EMBED:
        return True  # whatever its size: a long tweet thread is still a tweet
    if kind == _AD or (captions and kind == _CAPTION):
        return text_within(element, _AD_BOX_MAX_CHARS) is not None
    return False


def walk_blocks(root: etree._Element, *, never: Collection[str] = SKIP_TAGS,
                dropped: Collection[etree._Element] = (), skip_hidden_inline: bool = False,
                flag_tags: Collection[str] = (), skip_captions: bool = False) -> list[Block]:
    """Text blocks under ``root`` in reading order (see the module docstring).

    ``never``: tags not read. ``dropped``: elements not read (a site's drop selectors).
    ``skip_hidden_inline``: skip inline elements styled hidden (tracking tokens); hidden BLOCKS are
    read (merdeka ships pages 2+ with display:none). ``flag_tags``: read, but blocks inside are flagged.
    ``skip_captions``: ``<figcaption>`` and small caption-classed boxes are not read (a story's
    container; a photo gallery's story is in its captions, so maintext reads them, flagged).
    """
    blocks: list[Block] = []
    buffer: list[str] = []
    links = 0
    link_depth = 0
    flag_depth = 0
    # A paragraph split by an ad box: its block, taken back to be continued by the text after the box.
    reopened: Block | None = None

    def add(text: str | None) -> None:
        nonlocal links
        if text:
            buffer.append(text)
            if link_depth:
                links += len(collapse_ws(text)) + 1

    def flush(owner: etree._Element) -> None:
        nonlocal links, reopened
        if buffer:
            text = collapse_ws("".join(buffer))
            buffer.clear()
            if reopened is not None:
                owner = reopened.owner
            if text:
                blocks.append(Block(text, min(links, len(text)), owner, flag_depth > 0))
        reopened = None
        links = 0

    def reopen_split_paragraph(box: etree._Element) -> None:
        """The box sits right after a <p> the parser closed early: continue that paragraph."""
        nonlocal links, reopened
        previous = box.getprevious()
        tail = (box.tail or "").lstrip()
        if (previous is None or previous.tag != "p" or not blocks or blocks[-1].owner is not previous
                or not tail or "".join(buffer).strip()):
            return
        last = blocks[-1]
        if last.text.endswith(tuple(_SENTENCE_END)) and not tail[0].islower():
            return
        blocks.pop()
        reopened = last
        buffer[:] = [last.text, " "]
        links = last.link_chars

    # Frames: (element, its children, owner of its inline text, is a block, is a link, is flagged).
    add(root.text)
    stack = [(root, iter(root), root, True, False, False)]
    while stack:
        element, children, owner, is_block, is_link, is_flag = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block:
                flush(element)
            link_depth -= is_link
            flag_depth -= is_flag
            if stack and (tail := element.tail):
                add(tail)
            continue
        tag = child.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if tail := child.tail:
                add(tail)
            continue
        tag = tag.lower()
        child_is_block = tag in BLOCK_TAGS
        # Embeds may be inline too: "<a class='twitter-timeline'>Tweets by @outlet</a>".
        if (tag in never or child in dropped or is_noise_box(child, skip_captions)
                or (skip_captions and tag == "figcaption")):
            if child_is_block:
                reopen_split_paragraph(child)
            if tail := child.tail:
                add(tail)
        elif tag == "br":
            flush(owner)
            if tail := child.tail:
                add(tail)
        elif child_is_block:
            flush(owner)
            flagged = tag in flag_tags
            flag_depth += flagged
            stack.append((child, iter(child), child, True, False, flagged))
            if text := child.text:
                add(text)
        elif skip_hidden_inline and (style := child.get("style")) and _HIDDEN_STYLE.search(style):
            if tail := child.tail:
                add(tail)
        else:
            linked = tag == "a"
            link_depth += linked
            stack.append((child, iter(child), owner, False, linked, False))
            if text := child.text:
                add(text)
    return blocks
