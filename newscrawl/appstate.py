"""The article inside a page's embedded app state: the last resort for client-rendered pages.

Next.js pages (jawapos, pantau, kbr in ../shared/OUTLETS.md) and other script-rendered templates may
ship the story only as JSON in ``<script id="__NEXT_DATA__">`` or another ``<script
type="application/json">``, with an empty ``<main>`` ("Loading...") in the HTML. When the page itself
gives no body, ``app_state_article`` finds the object that holds the story: the one with the longest
prose under a body key, read with its own title, date and author keys when it has them.

Pure functions over the page's HTML text; the JSON is walked with an explicit stack (no recursion).
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector

from newscrawl.dates import epoch_iso

_SCRIPTS = ("//script[@id='__NEXT_DATA__']/text()",
            "//script[@type='application/json' and not(@id='__NEXT_DATA__')]/text()")
# "document": a rich-text value (kumparan's Slate 0.4x story document, h99 probe)
_BODY_KEYS = ("content", "body", "articleBody", "article_body", "content_html", "contentHtml", "bodyHtml",
              "body_html", "html", "text", "document")
_TITLE_KEYS = ("title", "headline", "name")
_DATE_KEYS = ("published_at", "publishedAt", "datePublished", "publish_date", "publishDate", "published_date",
              "createdAt", "created_at", "date")
_UPDATED_KEYS = ("updated_at", "updatedAt", "dateModified", "modified_at")
_AUTHOR_KEYS = ("author", "authors", "writer", "reporter", "penulis", "createdBy")  # createdBy: pantau
_MIN_PROSE_CHARS = 300  # a teaser or a description (~150-250 characters) is shorter than a story
_MAX_SCRIPT_CHARS = 5_000_000
_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?(?:\s|$)")


@dataclass
class AppStateArticle:
    body_html: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)


def _text(value: str) -> str:
    return " ".join(_TAG.sub(" ", value).split())


# A body stored as rich-text blocks, not HTML: Portable Text (Sanity: {"_type": "block", "style": "normal",
# "children": [{"_type": "span", "text": …}]}), Slate ({"type": "paragraph", "children": [{"text": …}]}), Slate 0.4x
# ({"object": "value", "document": {"nodes": [{"object": "block", "type": "paragraph", "nodes": [{"object": "text",
# "leaves": [{"text": …}]}]}]}}: kumparan, h99 probe). Each block's text joined makes a paragraph (a heading style,
# "h2", its heading); a block of no text, or a media block (an image and its caption: "Foto: Shutterstock"), is left out.
_BLOCK_TAGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "heading": "h2", "heading-two": "h2",
               "heading-three": "h3", "blockquote": "blockquote", "block-quote": "blockquote"}
_MEDIA_BLOCK_TYPES = frozenset({"figure", "image", "img", "picture", "photo", "video", "embed", "iframe", "figcaption",
                                "caption", "gallery"})


def _children(node: dict[str, Any]) -> list[Any] | None:
    """A rich-text node's child nodes: "children" (Portable Text, Slate) or "nodes" (Slate 0.4x)."""
    children = node.get("children")
    if not isinstance(children, list):
        children = node.get("nodes")
    return children if isinstance(children, list) else None


def _rich_text_html(value: Any) -> str | None:
    """A rich-text body's HTML, one element a block: a block array, or a root holding one (a Slate 0.4x value
    {"object": "value", "document": {"nodes": […]}}, its document, a {"children": […]} root); None when ``value``
    is no such thing."""
    if isinstance(value, dict):
        document = value.get("document")
        value = _children(document if isinstance(document, dict) else value)
    return _blocks_html(value)


def _blocks_html(value: Any) -> str | None:
    """A rich-text block array's HTML, one element a block; None when ``value`` is no such array."""
    if not isinstance(value, list) or not value:
        return None
    if all(isinstance(item, str) for item in value):
        return _strings_html(value)
    parts = []
    for block in value:
        if not isinstance(block, dict):
            return None
        children = _children(block)
        if children is None or _block_type(block) in _MEDIA_BLOCK_TYPES:
            continue
        # Slate's list: a block of blocks ({"type": "bulleted-list", "children": [{"type": "list-item", …}]}), each
        # item a paragraph of its own (h45 probe: the items were dropped)
        items = [child for child in children if isinstance(child, dict) and child.get("type") in _NESTED_BLOCK_TYPES]
        for node in items or [block]:
            text = _leaf_text(node)
            if text.strip():
                style = _block_type(node)
                tag = _BLOCK_TAGS.get(style, "p") if style else "p"
                parts.append(f"<{tag}>{html.escape(text, quote=False)}</{tag}>")
    return "".join(parts) or None


def _strings_html(paragraphs: list[str]) -> str | None:
    """A body stored as an array of strings, one a paragraph (h102 probe: "content": "[\\"<p>…</p>\\", …]"): each
    holding tags taken as HTML, any other escaped into a paragraph of its own."""
    parts = [item if _TAG.search(item) else f"<p>{html.escape(item, quote=False)}</p>"
             for item in paragraphs if item.strip()]
    return "".join(parts) or None


def _block_type(node: dict[str, Any]) -> str | None:
    style = node.get("style") or node.get("type")
    return style if isinstance(style, str) else None


_NESTED_BLOCK_TYPES = frozenset({"list-item", "listItem", "li", "paragraph"})


def _leaf_text(node: dict[str, Any]) -> str:
    """The text of a rich-text node's leaves in order, inline elements included (Slate's link: {"type": "link",
    "children": [{"text": "Presiden Joko Widodo"}]}; h45 probe: its words were lost; Slate 0.4x's text node
    {"object": "text", "leaves": [{"text": …}, …]}). Iterative: any depth."""
    texts: list[str] = []
    stack: list[Any] = list(reversed(_children(node) or []))
    while stack:
        child = stack.pop()
        if not isinstance(child, dict):
            continue
        if isinstance(child.get("text"), str):
            texts.append(child["text"])
        elif isinstance(child.get("leaves"), list):
            stack.extend(reversed(child["leaves"]))
        elif (grandchildren := _children(child)) is not None and _block_type(child) not in _MEDIA_BLOCK_TYPES:
            stack.extend(reversed(grandchildren))
    return "".join(texts)


def _decoded_json(value: str) -> Any:
    """A string holding a JSON object or array (a body stored JSON-encoded: kumparan's story document, h99
    probe), decoded; None for any other string. Such a string is data to walk, never prose."""
    text = value.strip()
    if not text or text[0] not in "[{" or len(text) > _MAX_SCRIPT_CHARS:
        return None
    try:
        found = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return found if isinstance(found, (dict, list)) else None


def _prose_chars(value: Any) -> int:
    """Characters of prose in a candidate body: 0 unless long and made of sentences."""
    if not isinstance(value, str) or len(value) < _MIN_PROSE_CHARS:
        return 0
    text = _text(value)
    if len(text) < _MIN_PROSE_CHARS or len(_SENTENCE_END.findall(text)) < 2:
        return 0
    return len(text)


def _names(value: Any, refs: dict[str, Any] | None = None) -> list[str]:
    """Author names from a string, an object with a name, or a list of either; an Apollo cache reference
    ({"__ref": "User:7def"}, kumparan's story authors, h99 probe; Apollo 2's {"type": "id", "id": "User:7def"}) read
    as the object it names in ``refs`` (the page's Apollo cache: _APOLLO_CACHE_KEYS)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict) and refs and (key := _ref_key(item)) in refs:
            item = refs[key]
        if isinstance(item, dict) and item.get("__typename") in _NOT_PERSON_TYPES:
            continue  # the outlet's own entry among the authors (h102: Organization:kumparan came out as "kumparan")
        name = item.get("name") or item.get("fullname") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and len(name) <= 80:
            names.append(" ".join(name.split()))
    return names


# Cache entries of these types name no person: the outlet, a brand, a desk.
_NOT_PERSON_TYPES = frozenset({"Organization", "Organisation", "Publisher", "Publication", "Brand", "Company", "Media",
                               "NewsMediaOrganization", "Channel", "Team"})


def _ref_key(node: dict[str, Any]) -> str | None:
    """The cache key an Apollo reference names ({"__ref": key}; Apollo 2: {"type": "id", "id": key}), or None."""
    key = node.get("__ref")
    if key is None and node.get("type") == "id" and "generated" in node:
        key = node.get("id")
    return key if isinstance(key, str) else None


# Apollo's normalized cache, which references point into: Next.js pageProps.initialApolloState (kumparan),
# apolloState, window.__APOLLO_STATE__ shipped as JSON.
_APOLLO_CACHE_KEYS = ("initialApolloState", "apolloState", "__APOLLO_STATE__", "apollo_state")


def _authors(node: dict[str, Any], refs: dict[str, Any]) -> list[str]:
    return next((_names(node[k], refs) for k in _AUTHOR_KEYS if node.get(k)), [])


def _first_string(node: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    dates = keys in (_DATE_KEYS, _UPDATED_KEYS)
    for key in keys:
        value = node.get(key)
        if dates and (epoch := epoch_iso(value)):  # Unix seconds or milliseconds, number or digits
            return epoch
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _best_article(data: Any) -> AppStateArticle | None:
    best: tuple[int, dict[str, Any], str] | None = None
    refs: dict[str, Any] = {}
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key in _APOLLO_CACHE_KEYS:
            if isinstance(node.get(key), dict):
                refs.update(node[key])
        for key in _BODY_KEYS:
            body = node.get(key)
            if isinstance(body, str) and (decoded := _decoded_json(body)) is not None:
                stack.append(decoded)  # a JSON-encoded body: walked with the rest, its own text never prose
                body = decoded
            if isinstance(body, (list, dict)):
                body = _rich_text_html(body)
            chars = _prose_chars(body)
            if chars and (best is None or chars > best[0]):
                best = (chars, node, body)
        stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    if best is None:
        return None
    _, node, body = best
    # Read once the walk is over: the cache the authors reference may lie after the story in the state.
    return AppStateArticle(body_html=body, title=_first_string(node, _TITLE_KEYS),
                           published=_first_string(node, _DATE_KEYS), updated=_first_string(node, _UPDATED_KEYS),
                           authors=_authors(node, refs))


# Next.js pages name the page's own story in pageProps (pantau: pageProps.article or .initialArticle,
# OUTLETS.md): its title, date and author are read there even when its text is under no known body key.
_PAGE_PROPS_ARTICLE = ("article", "initialArticle")


def _page_props_article(data: Any) -> AppStateArticle | None:
    props = data.get("props") if isinstance(data, dict) else None
    props = props.get("pageProps") if isinstance(props, dict) else None
    for key in _PAGE_PROPS_ARTICLE:
        node = props.get(key) if isinstance(props, dict) else None
        if isinstance(node, dict):
            published = _first_string(node, _DATE_KEYS)
            title = _first_string(node, _TITLE_KEYS)
            if published and title:
                refs = next((props[k] for k in _APOLLO_CACHE_KEYS if isinstance(props.get(k), dict)), {})
                return AppStateArticle(body_html="", title=title, published=published,
                                       updated=_first_string(node, _UPDATED_KEYS), authors=_authors(node, refs))
    return None


def may_hold_app_state(html_text: str) -> bool:
    """Cheap test before any parsing: does the page embed JSON app state at all?"""
    return "__NEXT_DATA__" in html_text or "application/json" in html_text


def app_state_article(selector: Selector) -> AppStateArticle | None:
    """The story held in the page's embedded JSON app state, or None."""
    for xpath in _SCRIPTS:
        for script in selector.xpath(xpath).getall():
            if len(script) > _MAX_SCRIPT_CHARS:
                continue
            try:
                data = json.loads(script)
            except (ValueError, RecursionError):
                continue
            found = _best_article(data) or _page_props_article(data)
            if found is not None:
                return found
    return None
