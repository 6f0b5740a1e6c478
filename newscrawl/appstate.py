"""The article inside a page's embedded app state: the last resort for client-rendered pages.

Next.js pages (jawapos, pantau, kbr in ../shared/OUTLETS.md) and other script-rendered templates may
ship the story only as JSON in ``<script id="__NEXT_DATA__">`` or another ``<script
type="application/json">``, with an empty ``<main>`` ("Loading...") in the HTML. When the page itself
gives no body, ``app_state_article`` finds the object that holds the story, read with its own title, date and
author keys when it has them: the page's own story (the object whose id or slug the page's URL, pageProps or route
query names, or whose title is the page's headline), else the one with the longest prose under a body key (of two
titled stories with ids, none the page's, only the one pageProps.article holds). A state
also holds other stories (a preloaded "next story", related items, often longer): one the page shows is not
(another id, the page naming its own) is never the story read.

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
from newscrawl.fields.title import same_headline
from newscrawl.urls import join_url, split_url, url_identity

_SCRIPTS = ("//script[@id='__NEXT_DATA__']/text()",
            "//script[@type='application/json' and not(@id='__NEXT_DATA__')]/text()")
# "document": a rich-text value (kumparan's Slate 0.4x story document, h99 probe)
_BODY_KEYS = ("content", "body", "articleBody", "article_body", "content_html", "contentHtml", "bodyHtml",
              "body_html", "html", "text", "document")
# A story's title keys ("judul", "judul_berita": Indonesian-named fields, h107 probe: a related item titled under
# "judul" was read as an untitled part of the page's story, its longer body taken); "name" titles no story.
_STORY_TITLE_KEYS = ("title", "headline", "judul", "judul_berita")
_TITLE_KEYS = (*_STORY_TITLE_KEYS, "name")
_DATE_KEYS = ("published_at", "publishedAt", "datePublished", "publish_date", "publishDate", "published_date",
              "createdAt", "created_at", "date")
# Each publication spelling's update twins, in the same style (h310 E: idntimes' "published_date" read, its
# "updated_date" not); "date" (WordPress REST's, whose twin "modified" is no date's name alone) and created_* have none.
_UPDATED_KEYS = ("updated_at", "updatedAt", "dateModified", "modified_at", "modifiedAt", "dateUpdated",
                 "updated_date", "modified_date", "update_date", "updateDate", "modifiedDate", "updatedDate")
_AUTHOR_KEYS = ("author", "authors", "writer", "reporter", "penulis", "createdBy")  # createdBy: pantau
# The story object's account that wrote it (idntimes' article.user {name, username}, h310 E): read only as an object
# with a name, last (a story's "author" first), and only on the story object itself; "editor" never (the desk's).
_ACCOUNT_KEYS = ("user", "creator")
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
    own: bool = False  # the page's own story by its id, slug or headline (not merely the longest prose)


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
    found = next((_names(node[k], refs) for k in _AUTHOR_KEYS if node.get(k)), [])
    if not found:
        account = next((node[k] for k in _ACCOUNT_KEYS if isinstance(node.get(k), dict)), None)
        if account is not None and isinstance(account.get("name"), str):
            found = _names(account, refs)
    return found


def _first_string(node: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    dates = keys in (_DATE_KEYS, _UPDATED_KEYS)
    for key in keys:
        value = node.get(key)
        if dates and (epoch := epoch_iso(value)):  # Unix seconds or milliseconds, number or digits
            return epoch
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


# An object's own ids (a story's "id", its "slug"; jawapos's "article_id"), and the keys under which Next.js pageProps
# names the page's story ("storyId": kumparan, h102 probe).
_ID_KEYS = ("id", "_id", "uuid", "slug", "article_id", "articleId", "story_id", "storyId", "post_id", "postId",
            "news_id", "newsId", "content_id", "contentId")
_URL_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?)$", re.I)
# An id a URL carries: a number past a date's parts (pantau's /370412/), or a hyphen-joined slug's last part mixing
# digits and letters (kumparan's …-22aBcDeFgHi). A date part ("2024", "06") says which day, not which story.
_URL_ID = re.compile(r"\d{5,}|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{6,}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_SLUG = re.compile(r"[^\W_]+(?:-[^\W_]+){2,}")
# Where a story object says its own address ("url": the page's URL, "permalink", "shareUrl" …): the page's own story
# by it, whatever its id's form or its title (h104 probe: a uuid id, an SEO og:title).
_URL_KEYS = ("url", "link", "permalink", "canonical", "canonicalUrl", "canonical_url", "shareUrl", "share_url",
             "webUrl", "web_url", "fullUrl", "articleUrl", "article_url", "href")


@dataclass
class _PageStory:
    """What the page says its story is: the ids and slugs its URL, pageProps and route query carry (``named``: the
    forms of the ids it names, _id_kind, a slug aside: an object with an id of such a form and none of the page's is
    another story; a slug may be renamed), its headlines, and its URL's identity."""
    keys: set[str]
    named: set[str]
    titles: list[str]
    identity: str = ""


def _id_kind(form: str) -> str:
    """An id's form: a number, a uuid, a slug, or another token (kumparan's "22aBcDeFgHi")."""
    return "number" if form.isdigit() else "uuid" if _UUID.fullmatch(form) else "slug" if _SLUG.fullmatch(form) \
        else "token"


def _id_forms(value: Any) -> set[str]:
    """A value's forms as an id: itself, a number without leading zeros, a slug's id-like last part."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return set()
    text = _URL_SUFFIX.sub("", str(value).strip().strip("/").rsplit("/", 1)[-1])
    forms = {text.casefold()} if text else set()
    if text.isdigit():
        forms.add(text.lstrip("0") or "0")
    if "-" in text and not _UUID.fullmatch(text) and _URL_ID.fullmatch(last := text.rsplit("-", 1)[1]):
        forms |= _id_forms(last)
    return forms


def _url_forms(value: Any) -> set[str]:
    """The forms of a URL's part as a story's id (_id_forms): only an id-like one (_URL_ID, a uuid) or a whole slug.
    A date's parts ("2024", "06", "22"), a rubric ("daerah") name no story (h104 probe: a sidebar's {"id": 22} was
    taken for the story of ".../read/2024/06/22/slug")."""
    return {form for form in _id_forms(value) if _URL_ID.fullmatch(form) or _UUID.fullmatch(form) or _SLUG.fullmatch(form)}


def _page_story(data: Any, url: str | None, titles: list[str]) -> _PageStory:
    keys: set[str] = set()
    named: set[str] = set()
    parts = split_url(url) if url else None
    if parts is not None:
        for segment in [*parts.path.split("/"), *(pair.partition("=")[2] for pair in parts.query.split("&"))]:
            forms = _url_forms(segment)
            keys |= forms
            named |= {kind for form in forms if (kind := _id_kind(form)) != "slug"}
    props = data.get("props") if isinstance(data, dict) else None
    props = props.get("pageProps") if isinstance(props, dict) else None
    named_values = [props.get(key) for key in _ID_KEYS] if isinstance(props, dict) else []
    query = data.get("query") if isinstance(data, dict) else None  # Next.js route parameters: the URL's parts
    query = query if isinstance(query, dict) else {}
    named_values += [value for key, value in query.items() if key in _ID_KEYS]
    for value in named_values:
        forms = _id_forms(value)
        keys |= forms
        named |= {kind for form in forms if (kind := _id_kind(form)) != "slug"}
    for key, value in query.items():
        if key not in _ID_KEYS:
            keys |= _url_forms(value)
    return _PageStory(keys, named, titles, url_identity(url) if url else "")


# Whose story an object is: the page's own; told by nothing (no id, no title matching); ids of another form than the
# page names (a uuid beside the URL's number: another story only once some object is the page's own); another story.
_OWN, _UNKNOWN, _UNMATCHED, _OTHER = 3, 2, 1, 0


def _ids(node: dict[str, Any]) -> list[set[str]]:
    """An object's ids, each in its forms (_id_forms)."""
    return [_id_forms(node.get(key)) for key in _ID_KEYS if node.get(key) not in (None, "")]


def _title_slug(title: str) -> str:
    """A title as a URL slug: its words, casefolded, joined by hyphens."""
    return "-".join(re.findall(r"[^\W_]+", title.casefold()))


def _verdict(node: dict[str, Any], page: _PageStory, within: int) -> int | None:
    """Whether an object is the page's story (_OWN: its id or slug among the page's, its address field the page's URL,
    or its title the page's headline or, as a slug, the page's slug), another story (_OTHER: a story-like object, with
    a title, whose ids are of the form the page names its own in, none of them it), one with ids of another form
    (_UNMATCHED), either (_UNKNOWN), or None when it says nothing of which story it is (no id, no title): it belongs
    to the object it lies in (``within``: that object's verdict). An object without a title inside the page's own
    story (its body object: {"id": 991, "html": …}) is part of it (h104 probe: judged another story, the page
    dropped)."""
    ids = _ids(node)
    title = _first_string(node, _STORY_TITLE_KEYS)
    addresses = [value for key in _URL_KEYS if isinstance(value := node.get(key), str) and value.strip()]
    if any(forms & page.keys for forms in ids) or (title and any(_same_title(t, title) for t in page.titles)) \
            or (title and _title_slug(title) in page.keys) \
            or (page.identity and any(_same_address(value, page) for value in addresses)):
        return _OWN
    if title is None:  # no story-like object: its ids name a part (a body object), within its story's verdict
        return None if not ids else within if within in (_OWN, _OTHER) else _UNMATCHED
    if any(_id_kind(form) in page.named for forms in ids for form in forms):
        return _OTHER
    return _UNMATCHED if ids or addresses else _UNKNOWN


def _same_address(value: str, page: _PageStory) -> bool:
    """Whether an object's address field names the page (url_identity: www./m./amp., a trailing slash, trackers
    folded; a path alone read on the page's host)."""
    value = value.strip()
    if value.startswith("/") and not value.startswith("//"):
        value = join_url(page.identity, value)
    return bool(value.startswith(("http://", "https://", "//"))) and url_identity(value) == page.identity


def _same_title(page_title: str, title: str) -> bool:
    """The same headline: equal (case and spacing aside), or one headline by same_headline (an outlet affix, a cut)
    when both are headlines of some words (a one-word heading, the outlet's logo, starts many titles)."""
    if " ".join(page_title.split()).casefold() == " ".join(title.split()).casefold():
        return True
    return min(len(page_title.split()), len(title.split())) >= 3 and same_headline(page_title, title)


@dataclass
class _Candidate:
    rank: tuple[int, bool, int]  # (whose story, not within a JSON string, prose characters)
    node: dict[str, Any]  # the object holding the body
    story: dict[str, Any]  # the story it belongs to: the nearest object with a title (else the node)
    body: str
    by_body_keys: bool  # a part of its story reached from it through body keys only ({"content": {"id", "html"}})


def _best_article(data: Any, page: _PageStory) -> AppStateArticle | None:
    """The story in the state: the page's own (_verdict) before any other, a body on the story's object before one
    in a JSON string it holds (a config's share text: h102 probe), then the longest prose. Another story is never
    read, even when it is the only one: a wrong body is worse than none; one whose ids are of another form than the
    page's (_UNMATCHED) only when no object is the page's own, and only when it is the one such titled story (h107
    probe: of two, the longer, a related one, was read). An object without a title is its story's body when reached
    through the story's body keys, or when the story has no body of its own (h107: a reader's comment {id, text}
    under the story was read as its body)."""
    candidates: list[_Candidate] = []
    # An object naming the page by its id says the state holds the page's story (its body missing, another story is
    # none of it); one naming it only by title or address (an SEO block, a breadcrumb, a share box) says so only with
    # a body (h107 probe: such an object made the page's own story, its id of another form, ineligible).
    own_named = False
    refs: dict[str, Any] = {}
    props = data.get("props") if isinstance(data, dict) else None
    containers = (data, props, props.get("pageProps") if isinstance(props, dict) else None,
                  data.get("query") if isinstance(data, dict) else None)  # the route's parameters: no story
    # (value, the story it belongs to: _verdict of the nearest object saying which, whether within a JSON string, the
    # nearest object with a title: a body object's story, whose title, date and authors are the item's, whether reached
    # from that story through body keys only)
    stack: list[tuple[Any, int, bool, dict[str, Any] | None, bool]] = [(data, _UNKNOWN, False, None, False)]
    while stack:
        node, belongs, decoded_within, story, by_body_keys = stack.pop()
        if isinstance(node, list):
            stack.extend((item, belongs, decoded_within, story, by_body_keys) for item in node)
            continue
        if not isinstance(node, dict):
            continue
        if _first_string(node, _STORY_TITLE_KEYS):
            story, by_body_keys = node, False
        for key in _APOLLO_CACHE_KEYS:
            if isinstance(node.get(key), dict):
                refs.update(node[key])
        if not any(node is container for container in containers):  # pageProps.storyId names: no story
            verdict = _verdict(node, page, belongs)
            belongs = belongs if verdict is None else verdict
            own_named = own_named or (verdict == _OWN and any(forms & page.keys for forms in _ids(node)))
        for key in _BODY_KEYS:
            body = node.get(key)
            if isinstance(body, str) and (decoded := _decoded_json(body)) is not None:
                # a JSON-encoded body: walked with the rest, its own text never prose
                stack.append((decoded, belongs, True, story, node is story or by_body_keys))
                body = decoded
            if isinstance(body, (list, dict)):
                body = _rich_text_html(body)
            chars = _prose_chars(body)
            if chars and belongs != _OTHER:
                candidates.append(_Candidate((belongs, not decoded_within, chars), node, story or node, body,
                                             by_body_keys))
        through_body = node is story or by_body_keys
        stack.extend((value, belongs, decoded_within, story, through_body and key in _BODY_KEYS)
                     for key, value in node.items() if isinstance(value, (dict, list)))
    with_own_body = {id(found.story) for found in candidates if found.node is found.story}
    candidates = [found for found in candidates
                  if found.node is found.story or found.by_body_keys or id(found.story) not in with_own_body]
    if own_named or any(found.rank[0] == _OWN for found in candidates):
        candidates = [found for found in candidates if found.rank[0] != _UNMATCHED]
    best = max(candidates, key=lambda found: found.rank, default=None)
    if best is None:
        return None
    if best.rank[0] == _UNMATCHED:
        # titled stories with ids, none the page's: not one to choose by its length, unless one is the story
        # pageProps holds as the page's (pageProps.article: the related one beside it was read, h107 probe)
        stories = {id(found.story) for found in candidates
                   if found.rank[0] == _UNMATCHED and _first_string(found.story, _STORY_TITLE_KEYS)}
        if len(stories) > 1:
            named = next((story for story in _page_props_stories(data) if id(story) in stories), None)
            if named is None:
                # the one story pageProps holds as a value of its own (pageProps.data, .post, .detail.article), not
                # inside a list (related, popular): h109 probe, the page's story under pageProps.data was dropped
                held = [story for story in _held_by_page_props(data) if id(story) in stories]
                named = held[0] if len(held) == 1 else None
            best = max((found for found in candidates if found.story is named), key=lambda found: found.rank,
                       default=None)
            if best is None:
                return None
    node, story = best.node, best.story
    # Read once the walk is over: the cache the authors reference may lie after the story in the state. The story's
    # fields first; one it lacks, the body object's.
    return AppStateArticle(body_html=best.body,
                           title=_first_string(story, _TITLE_KEYS) or _first_string(node, _TITLE_KEYS),
                           published=_first_string(story, _DATE_KEYS) or _first_string(node, _DATE_KEYS),
                           updated=_first_string(story, _UPDATED_KEYS) or _first_string(node, _UPDATED_KEYS),
                           authors=_authors(story, refs) or _authors(node, refs), own=best.rank[0] == _OWN)


# Next.js pages name the page's own story in pageProps (pantau: pageProps.article or .initialArticle,
# OUTLETS.md): its title, date and author are read there even when its text is under no known body key.
_PAGE_PROPS_ARTICLE = ("article", "initialArticle")


def _page_props_stories(data: Any) -> list[dict[str, Any]]:
    """The story objects pageProps holds as the page's (_PAGE_PROPS_ARTICLE)."""
    props = data.get("props") if isinstance(data, dict) else None
    props = props.get("pageProps") if isinstance(props, dict) else None
    found = [props.get(key) for key in _PAGE_PROPS_ARTICLE] if isinstance(props, dict) else []
    return [node for node in found if isinstance(node, dict)]


# The keys under which pageProps holds the page's own story, whatever the app calls it (the named ones above and the
# generic ones); never a featured, breaking or sidebar story's ("featured", "breaking", "topStory": h110 probe).
_PAGE_STORY_KEYS = frozenset({*_PAGE_PROPS_ARTICLE, "data", "post", "detail", "story", "content", "news", "berita", "item"})


def _held_by_page_props(data: Any) -> list[dict[str, Any]]:
    """The objects pageProps holds under a key naming the page's story (_PAGE_STORY_KEYS), or under such a key of
    one of those (pageProps.data, pageProps.detail.article), never through a list."""
    props = data.get("props") if isinstance(data, dict) else None
    props = props.get("pageProps") if isinstance(props, dict) else None
    values = ([value for key, value in props.items() if key in _PAGE_STORY_KEYS and isinstance(value, dict)]
              if isinstance(props, dict) else [])
    return [*values, *(inner for value in values for key, inner in value.items()
                       if key in _PAGE_STORY_KEYS and isinstance(inner, dict))]


def _page_props_article(data: Any) -> AppStateArticle | None:
    props = data.get("props") if isinstance(data, dict) else None
    props = props.get("pageProps") if isinstance(props, dict) else None
    for node in _page_props_stories(data):
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


_PAGE_TITLES = ("//meta[@property='og:title']/@content", "//meta[@name='twitter:title']/@content",
                "(//h1)[1]//text()", "//title/text()")


def _page_titles(selector: Selector) -> list[str]:
    titles = [" ".join(" ".join(selector.xpath(xpath).getall()).split()) for xpath in _PAGE_TITLES]
    return [title for title in dict.fromkeys(titles) if title]


def app_state_article(selector: Selector, url: str | None = None) -> AppStateArticle | None:
    """The story held in the page's embedded JSON app state, or None; ``url``, the page's, names its story."""
    titles = _page_titles(selector)
    for xpath in _SCRIPTS:
        for script in selector.xpath(xpath).getall():
            if len(script) > _MAX_SCRIPT_CHARS:
                continue
            try:
                data = json.loads(script)
            except (ValueError, RecursionError):
                continue
            found = _best_article(data, _page_story(data, url, titles)) or _page_props_article(data)
            if found is not None:
                return found
    return None


# A story read from the app state alone (its page's HTML holding none) is a whole story: a teaser is no article.
_MIN_STATE_STORY_CHARS = 300


def app_state_story(selector: Selector, url: str | None = None) -> AppStateArticle | None:
    """The page's own story in its app state, when the state alone can tell the page is an article (h310 F: kumparan's
    and idntimes' shells, their story only in __NEXT_DATA__, were refused by the generic spider as "a body of 0
    blocks"): ``app_state_article``'s story that is the page's own (``own``: its id, slug, address or headline the
    page's) and whose title is the page's og:title or <title> headline (``same_headline``: the outlet affix aside),
    with a body of prose. A listing's state (a section page's stories, none of them the page's title) gives None."""
    state = app_state_article(selector, url)
    if state is None or not state.own or not state.title:
        return None
    heads = [" ".join(" ".join(selector.xpath(xpath).getall()).split()) for xpath in _PAGE_TITLES[:2] + _PAGE_TITLES[3:]]
    if not any(same_headline(state.title, head) for head in heads if head):
        return None
    return state if len(_text(state.body_html)) >= _MIN_STATE_STORY_CHARS else None
