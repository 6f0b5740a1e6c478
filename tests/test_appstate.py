"""The article in a page's embedded app state (newscrawl/appstate.py): the last resort for a
client-rendered page whose HTML holds no story."""
from __future__ import annotations

import json

import pytest
from parsel import Selector

from conftest import REPO
from inprocess import crawl_in_process
from replay import routes_from_fixtures

from newscrawl.appstate import app_state_article

STORY = ("<p>Paragraf pertama berita ini cukup panjang untuk menjadi isi, dengan beberapa kalimat utuh.</p>"
         "<p>Paragraf kedua menjelaskan latar belakang peristiwa secara rinci kepada pembaca setia.</p>"
         "<p>Paragraf ketiga menutup berita dengan tanggapan pejabat setempat dan rencana berikutnya.</p>"
         "<p>Paragraf keempat menambahkan data pendukung dari lembaga statistik di daerah tersebut.</p>")
TEASER = "Ringkasan singkat berita untuk kartu di beranda."
STORY_PARAGRAPHS = [part.removesuffix("</p>") for part in STORY.split("<p>") if part]


def slate_04(paragraphs: list[str]) -> dict:
    """A Slate 0.4x value (kumparan's story document, h99 probe): blocks of "nodes", text nodes of "leaves" (a
    paragraph cut into two leaves), a figure block whose caption is no paragraph."""
    def block(text: str) -> dict:
        return {"object": "block", "type": "paragraph", "data": {}, "nodes": [
            {"object": "text", "leaves": [{"object": "leaf", "text": text[:30], "marks": []},
                                          {"object": "leaf", "text": text[30:], "marks": [{"type": "bold"}]}]}]}
    figure = {"object": "block", "type": "figure", "data": {"src": "https://img.example/a.jpg"}, "nodes": [
        {"object": "block", "type": "figcaption", "nodes": [{"object": "text", "leaves": [{"text": "Foto: Antara"}]}]}]}
    nodes = [block(text) for text in paragraphs]
    return {"object": "value", "document": {"object": "document", "data": {}, "nodes": [nodes[0], figure, *nodes[1:]]}}


# Apollo's normalized cache (Next.js pageProps.initialApolloState): the story's authors are references into it
_APOLLO_USERS = {"User:7def": {"__typename": "User", "id": "7def", "name": "Ema Fitriyani"},
                 "User:5abc": {"__typename": "User", "id": "5abc", "name": "kumparanNEWS"}}


def page(state: object, script_id: str = "__NEXT_DATA__") -> Selector:
    return Selector(text=f'<html><body><main>Loading...</main><script id="{script_id}" type="application/json">'
                         f"{json.dumps(state)}</script></body></html>")


@pytest.mark.parametrize("state, expected", [
    # Next.js: the story object, with its own title, date and author
    ({"props": {"pageProps": {"article": {"title": "Judul", "published_at": "2024-06-19 10:15:00",
                                          "author": {"name": "Estu Suryowati"}, "content": STORY,
                                          "description": TEASER}}}},
     ("Judul", "2024-06-19 10:15:00", ["Estu Suryowati"], STORY)),
    # the longest prose wins over a related item's teaser; authors as a list of objects
    ({"data": [{"title": "Lain", "body": TEASER}, {"headline": "Judul", "createdAt": "2024-06-19T03:15:00Z",
                                                   "authors": [{"name": "A"}, {"name": "B"}], "body": STORY}]},
     ("Judul", "2024-06-19T03:15:00Z", ["A", "B"], STORY)),
    # teasers and descriptions only: no story
    ({"props": {"pageProps": {"items": [{"title": "x", "description": TEASER}] * 5}}}, None),
    # a long string that is not prose (a CSS blob, no sentences)
    ({"props": {"css": "a{color:red}" * 100}}, None),
    # (h99 probe) a Slate 0.4x value under "document"; as an object, and JSON-encoded in a string
    ({"props": {"pageProps": {"story": {"title": "Judul", "publishedAt": "2024-06-19T12:40:00.000Z",
                                        "document": slate_04(STORY_PARAGRAPHS)}}}},
     ("Judul", "2024-06-19T12:40:00.000Z", [], STORY)),
    ({"props": {"pageProps": {"story": {"title": "Judul", "publishedAt": "2024-06-19T12:40:00.000Z",
                                        "document": json.dumps(slate_04(STORY_PARAGRAPHS))}}}},
     ("Judul", "2024-06-19T12:40:00.000Z", [], STORY)),
    # (h99 probe) a JSON-encoded string under "content" is data, not prose: its raw JSON text was the body; decoded,
    # its blocks are read, the story object inside it found, and JSON holding no story is none
    ({"article": {"title": "Judul", "content": json.dumps([{"_type": "block", "children": [{"text": text}]}
                                                           for text in STORY_PARAGRAPHS])}},
     ("Judul", None, [], STORY)),
    ({"article": {"content": json.dumps({"title": "Judul Dalam", "date": "2024-06-19", "body": STORY})}},
     ("Judul Dalam", "2024-06-19", [], STORY)),
    ({"article": {"title": "Judul", "content": json.dumps({"paragraphs": STORY_PARAGRAPHS,
                                                                 "note": " ".join([TEASER] * 3)})}}, None),
    # (h99 probe) Apollo cache references for the authors, resolved against the page's cache wherever it lies
    ({"props": {"pageProps": {"initialApolloState": {**_APOLLO_USERS, "Story:22x": {
        "title": "Judul", "authors": [{"__ref": "User:7def"}], "publisher": {"__ref": "User:5abc"}, "body": STORY}}}}},
     ("Judul", None, ["Ema Fitriyani"], STORY)),
    ({"props": {"pageProps": {"story": {"title": "Judul", "author": {"type": "id", "generated": False, "id": "User:7def"},
                                        "body": STORY}, "apolloState": _APOLLO_USERS}}},
     ("Judul", None, ["Ema Fitriyani"], STORY)),
])
def test_app_state_article(state, expected) -> None:
    found = app_state_article(page(state))
    got = None if found is None else (found.title, found.published, found.authors, found.body_html)
    assert got == expected


def test_hostile_or_broken_app_state_is_no_article() -> None:
    deep = Selector(text='<script id="__NEXT_DATA__">' + "[" * 5000 + "]" * 5000 + "</script>")
    assert app_state_article(deep) is None
    assert app_state_article(Selector(text='<script type="application/json">{not json</script>')) is None


def test_a_client_rendered_page_gives_its_story_from_the_app_state(validate_line) -> None:
    url = "https://www.jawapos.com/ekonomi/014123456/harga-emas-antam-naik"
    result = crawl_in_process("generic", routes_from_fixtures(REPO / "tests" / "fields"), f"url={url}")
    item = validate_line(result.raw_lines[0])
    assert item["title"] == "Harga Emas Antam Naik Rp5.000 per Gram"
    assert item["published_at"] == "2024-06-19T10:15:00+07:00"
    assert item["authors"] == ["Estu Suryowati"]
    assert item["body"] == [
        "JawaPos.com - Harga emas batangan PT Aneka Tambang (Antam) naik Rp5.000 menjadi Rp1.352.000 per gram "
        "pada perdagangan Rabu pagi.",
        "Kenaikan ini mengikuti harga emas dunia yang menguat setelah data inflasi Amerika Serikat melandai.",
        "Harga pembelian kembali (buyback) juga naik Rp5.000 menjadi Rp1.203.000 per gram."]
    assert result.stats.get("newscrawl/body_source/appstate") == 1


def _state_page(article_html: str, state: object) -> Selector:
    return Selector(text=f"<html><body><main><article>{article_html}</article></main>"
                         f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>')


_PAGE_STORY = "".join(f"<p>{p}</p>" for p in STORY.replace("</p>", "").split("<p>") if p)
_OTHER = STORY.replace("berita ini", "kabar lain").replace("Paragraf", "Bagian")
_OTHER_PARAGRAPHS = [text.replace("berita ini", "kabar lain").replace("Paragraf", "Bagian") for text in STORY_PARAGRAPHS]


@pytest.mark.parametrize("state, published, authors", [
    # pantau (OUTLETS.md): the story in the HTML, its date and byline only in __NEXT_DATA__
    ({"props": {"pageProps": {"article": {"title": "Judul", "createdAt": "2024-06-19T09:05:00.000Z",
                                          "createdBy": {"name": "Aditya Rachman"}, "content": STORY}}}},
     ["2024-06-19T09:05:00.000Z"], ["Aditya Rachman"]),
    # the page's own pageProps.article without its text under a known body key: read by its title
    ({"props": {"pageProps": {"article": {"title": "Judul", "createdAt": "2024-06-19T09:05:00.000Z",
                                          "createdBy": "Aditya Rachman", "summary": TEASER}}}},
     ["2024-06-19T09:05:00.000Z"], ["Aditya Rachman"]),
    # … but not when it is another story's (another headline)
    ({"props": {"pageProps": {"article": {"title": "Judul Lain", "createdAt": "2024-06-01T01:00:00Z",
                                          "createdBy": "Orang Lain"}}}}, [], []),
    # (h102 probe) the page's own story beside a related item whose Slate document is longer: the longest prose won,
    # another story, and the own story's date was lost
    ({"props": {"pageProps": {"article": {"title": "Judul", "createdAt": "2024-06-19T09:05:00.000Z",
                                          "createdBy": {"name": "Aditya Rachman"}, "content": STORY},
                              "related": [{"title": "Lain", "createdAt": "2024-06-01T01:00:00Z", "author": "Orang Lain",
                                           "document": slate_04(_OTHER_PARAGRAPHS * 2)}]}}},
     ["2024-06-19T09:05:00.000Z"], ["Aditya Rachman"]),
    # the state's story is another one (a related item): its date and author are not this page's
    ({"props": {"pageProps": {"related": {"title": "Lain", "createdAt": "2024-06-01T01:00:00Z",
                                          "author": "Orang Lain", "content": _OTHER}}}}, [], []),
])
def test_a_page_with_its_story_takes_only_missing_fields_from_its_own_app_state(state, published, authors) -> None:
    from newscrawl.extract import SiteRules, extract_article
    from newscrawl.spiders.base import fill_from_app_state

    selector = _state_page("<h1>Judul</h1>" + _PAGE_STORY, state)
    raw = extract_article(selector, "https://contoh.id/berita/1/judul", SiteRules(body=("main article",)))
    body = list(raw.body)
    fill_from_app_state(raw, selector)
    assert ([str(d) for d in raw.published], raw.authors, raw.body, raw.body_source) == (published, authors, body, "dom")


LEAD = ("Harga emas batangan Antam naik Rp5.000 per gram pada Rabu pagi, mengikuti harga emas dunia yang menguat "
        "setelah data inflasi Amerika Serikat melandai dan pasar menanti keputusan suku bunga.")  # ~190 chars
LONG_LEAD = LEAD + " Harga buyback juga naik."  # over 200 characters: no longer a "Loading..." shell


@pytest.mark.parametrize("body, state_title, replaced", [
    ([], "Judul", True),  # a shell: the state's story, whatever its title
    ([LEAD], "Lain", True),  # under 200 characters: a teaser, as before
    # A lead or excerpt over 200 characters (a client-rendered page's SEO summary): the state's longer
    # story when it is the page's own article (its headline) …
    ([LONG_LEAD], "Judul", True),
    ([LONG_LEAD], "judul ", True),  # case and spacing aside
    # … never a related story the state preloads (another headline, or none).
    ([LONG_LEAD], "Lain", False),
    ([LONG_LEAD], None, False),
])
def test_a_short_page_body_gives_way_to_the_same_articles_app_state(body, state_title, replaced) -> None:
    from newscrawl.extract import RawArticle
    from newscrawl.spiders.base import fill_from_app_state

    story = STORY + STORY.replace("Paragraf", "Bagian")  # about 660 characters of text
    state = {"props": {"pageProps": {"article": {"content": story, **({"title": state_title} if state_title else {})}}}}
    raw = RawArticle(url="https://www.jawapos.com/ekonomi/1/x", title="Judul", body=list(body), body_source="generic")
    fill_from_app_state(raw, page(state))
    assert (raw.body_source == "appstate") is replaced


def test_a_client_rendered_page_with_a_server_rendered_excerpt_gives_the_whole_story(validate_line) -> None:
    """The shell prints the story's summary (over 200 characters) above its "Memuat..." placeholder, and
    the page has a machine date: the story in the app state, under the same title, replaces the summary
    (before: the summary alone was the body). jawapos's reconstructed client-rendered article
    (tests/outlets/jawapos) plus the summary and a meta date."""
    from replay import Route

    url = "https://www.jawapos.com/ekonomi/014123456/harga-emas-antam-naik-rp5000-per-gram"
    html = (REPO / "tests" / "outlets" / "jawapos" / "article.html").read_text(encoding="utf-8")
    excerpt = ("<h1>Harga Emas Antam Naik Rp5.000 per Gram</h1><p class='excerpt'>Harga emas batangan PT Aneka Tambang "
               "(Antam) naik Rp5.000 menjadi Rp1.352.000 per gram pada perdagangan Rabu (19/6) pagi, mengikuti harga "
               "emas dunia yang menguat setelah data inflasi Amerika Serikat melandai.</p>")
    html = html.replace('<div class="skeleton">', excerpt + '<div class="skeleton">')
    html = html.replace('<meta property="og:type" content="article">',
                        '<meta property="og:type" content="article">\n'
                        '<meta property="article:published_time" content="2024-06-19T09:05:00+07:00">')
    assert html.count("class='excerpt'") == 1 and html.count("article:published_time") == 1
    result = crawl_in_process("jawapos", {url: Route(html.encode("utf-8"))}, f"url={url}")
    item = validate_line(result.raw_lines[0])
    assert len(item["body"]) == 4 and item["body"][0].startswith("JawaPos.com - Harga emas batangan")
    assert result.stats.get("newscrawl/body_source/appstate") == 1


_BLOCK_PARAGRAPHS = [
    "Harga beras medium di sejumlah pasar tradisional Surabaya naik hingga Rp 1.500 per kilogram dalam sepekan "
    "terakhir, menurut pantauan dinas perdagangan setempat.",
    "Pedagang di Pasar Wonokromo mengaku pasokan dari sentra produksi di Lamongan dan Bojonegoro berkurang karena "
    "panen mundur akibat hujan yang datang terlambat.",
    "Pemerintah kota berencana menggelar operasi pasar murah di tiga puluh titik mulai pekan depan untuk menahan "
    "laju kenaikan harga menjelang akhir tahun.",
]


@pytest.mark.parametrize("flavour", ["portable-text", "slate"])
def test_a_body_stored_as_rich_text_blocks_is_read(flavour: str) -> None:
    # (reconstructed, h44 probe: a Next.js page over Sanity) pageProps.article.content is a Portable Text block array,
    # {"_type": "block", "children": [{"_type": "span", "text": …}]}, or Slate's {"type": "paragraph", "children":
    # [{"text": …}]}: only string bodies were read, the page had no body (no_body).
    def block(text: str) -> dict:
        if flavour == "slate":
            return {"type": "paragraph", "children": [{"text": text[:40]}, {"text": text[40:], "bold": True}]}
        return {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": text}]}
    content = [block(text) for text in _BLOCK_PARAGRAPHS]
    content.insert(1, {"_type": "image", "asset": {"_ref": "image-abc"}})
    state = {"props": {"pageProps": {"article": {"title": "Harga Beras di Surabaya Naik", "publishedAt":
                                                 "2024-11-21T09:15:00+07:00", "author": {"name": "Dewi Kartika"},
                                                 "excerpt": "Harga beras medium naik dalam sepekan.",
                                                 "content": content}}}}
    found = app_state_article(Selector(text=f'<html><body><main>Loading...</main><script id="__NEXT_DATA__" '
                                             f'type="application/json">{json.dumps(state)}</script></body></html>'))
    assert found is not None
    assert (found.title, found.published, found.authors) == ("Harga Beras di Surabaya Naik", "2024-11-21T09:15:00+07:00",
                                                             ["Dewi Kartika"])
    assert found.body_html == "".join(f"<p>{text}</p>" for text in _BLOCK_PARAGRAPHS)


def test_a_slate_body_keeps_its_links_words_and_list_items() -> None:
    # (h45 probe) Slate nests inline elements (a link) and list items under their block: the link's words and the list
    # items were lost
    content = [{"type": "paragraph", "children": [{"text": "Kunjungan kerja "}, {"type": "link", "url": "/tag/jokowi",
                                                  "children": [{"text": "Presiden Joko Widodo"}]},
                                                 {"text": " ke Kalimantan Timur berlangsung dua hari sejak Senin."}]},
               {"type": "bulleted-list", "children": [
                   {"type": "list-item", "children": [{"text": "Meninjau lokasi Ibu Kota Nusantara bersama menteri."}]},
                   {"type": "list-item", "children": [{"text": "Meresmikan bendungan dan jalan tol di Balikpapan."}]}]},
               {"type": "paragraph", "children": [{"text": _BLOCK_PARAGRAPHS[0]}]}]
    state = {"props": {"pageProps": {"article": {"title": "Presiden Kunjungi Kaltim", "publishedAt":
                                                 "2024-11-21T09:15:00+08:00", "content": content}}}}
    found = app_state_article(Selector(text=f'<html><body><main>Loading...</main><script id="__NEXT_DATA__" '
                                             f'type="application/json">{json.dumps(state)}</script></body></html>'))
    assert found is not None
    assert found.body_html == (
        "<p>Kunjungan kerja Presiden Joko Widodo ke Kalimantan Timur berlangsung dua hari sejak Senin.</p>"
        "<p>Meninjau lokasi Ibu Kota Nusantara bersama menteri.</p>"
        "<p>Meresmikan bendungan dan jalan tol di Balikpapan.</p>" + f"<p>{_BLOCK_PARAGRAPHS[0]}</p>")


def test_a_kumparan_story_only_in_its_apollo_state_is_read(validate_line) -> None:
    """(h99 probe, tests/sites/kumparan/nextdata-shell.html) kumparan's Next.js shell: the story is a JSON-encoded
    Slate 0.4x "document" in the Apollo cache, its authors cache references. No body key matched, the Slate value
    was not read, and the item was dropped (no_body); the figure's caption and the related story's teaser stay out."""
    url = ("https://kumparan.com/kumparannews/"
           "bmkg-gempa-m-5-8-guncang-maluku-tengah-tak-berpotensi-tsunami-22xYz7AbCdE")
    routes = {u: r for u, r in routes_from_fixtures(REPO / "tests" / "sites" / "kumparan").items() if u == url}
    result = crawl_in_process("kumparan", routes, f"url={url}")
    item = validate_line(result.raw_lines[0])
    assert item["title"] == "BMKG: Gempa M 5,8 Guncang Maluku Tengah, Tak Berpotensi Tsunami"
    assert item["published_at"] == "2024-06-19T19:40:00+07:00"
    assert item["authors"] == ["Ema Fitriyani"]
    body = item["body"]
    assert len(body) == 5 and body[0].startswith("Gempa bumi bermagnitudo 5,8 mengguncang wilayah Kabupaten Maluku")
    assert body[-1] == ("Hingga pukul 22.30 WIT, BMKG mencatat tiga gempa susulan dengan magnitudo terbesar 4,1. "
                        "Belum ada laporan kerusakan bangunan akibat gempa tersebut.")
    assert not any("Shutterstock" in line or "Seram Bagian Barat" in line for line in body)
    assert result.stats.get("newscrawl/body_source/appstate") == 1


# (h102 probe) A body stored as a JSON-encoded array of strings, one a paragraph: the decoded list was no block array and
# the story was dropped (no_body; before the decoding, its raw JSON text came out with a '", "' line).
@pytest.mark.parametrize("paragraphs", [[f"<p>{text}</p>" for text in STORY_PARAGRAPHS], STORY_PARAGRAPHS])
def test_a_body_stored_as_an_array_of_paragraph_strings_is_read(paragraphs: list[str]) -> None:
    state = {"props": {"pageProps": {"article": {"title": "Judul", "publishedAt": "2024-06-18T10:00:00+07:00",
                                                 "content": json.dumps(paragraphs)}}}}
    found = app_state_article(page(state))
    assert found is not None and (found.title, found.body_html) == ("Judul", STORY)


def test_an_organization_among_the_authors_is_no_author() -> None:
    # (h102 probe) kumparan's cache: a story's authors may reference the outlet's Organization entry; it came out as
    # the author "kumparan". A reference to a missing entry or to a reference (a cycle) names no one either.
    cache = {**_APOLLO_USERS, "Organization:kumparan": {"__typename": "Organization", "name": "kumparan"},
             "User:A": {"__ref": "User:B"}, "User:B": {"__ref": "User:A"},
             "Story:22x": {"title": "Judul", "body": STORY, "authors": [
                 {"__ref": "User:missing"}, {"__ref": "Organization:kumparan"}, {"__ref": "User:A"},
                 {"__ref": "User:7def"}]}}
    found = app_state_article(page({"props": {"pageProps": {"initialApolloState": cache}}}))
    assert found is not None and found.authors == ["Ema Fitriyani"]


def _kumparan_shell(edit) -> tuple[str, dict]:
    """tests/sites/kumparan/nextdata-shell.html with its __NEXT_DATA__'s Apollo cache changed by ``edit``."""
    from replay import Route

    url = "https://kumparan.com/kumparannews/bmkg-gempa-m-5-8-guncang-maluku-tengah-tak-berpotensi-tsunami-22xYz7AbCdE"
    html = (REPO / "tests" / "sites" / "kumparan" / "nextdata-shell.html").read_text(encoding="utf-8")
    start = html.index(">", html.index('<script id="__NEXT_DATA__"')) + 1
    end = html.index("</script>", start)
    data = json.loads(html[start:end])
    edit(data["props"]["pageProps"]["initialApolloState"])
    html = html[:start] + json.dumps(data) + html[end:]
    return url, {url: Route(html.encode("utf-8"))}


def test_a_kumparan_account_in_the_app_state_is_no_author(validate_line) -> None:
    # (h102 probe) the story's author a reference to the "kumparanNEWS" account: the spider's not_authors were skipped
    # for the app state's authors.
    def by_the_account(cache: dict) -> None:
        cache["Story:22xYz7AbCdE"]["authors"] = [{"__ref": "User:5abc"}]
    url, routes = _kumparan_shell(by_the_account)
    item = validate_line(crawl_in_process("kumparan", routes, f"url={url}").raw_lines[0])
    assert item["authors"] == [] and len(item["body"]) == 5


_NEXT = "Bagian lain dari cerita berikutnya yang dimuat lebih dulu oleh aplikasi, cukup panjang dan utuh. " * 6
_OWN_URL = "https://kumparan.com/kumparannews/judul-berita-ini-22aBcDeFgHi"


def _titled_page(state: object, title: str = "Judul") -> Selector:
    return Selector(text=f'<html><head><meta property="og:title" content="{title}"><title>{title} | kumparan.com</title>'
                         f'</head><body><main>Loading...</main><script id="__NEXT_DATA__" type="application/json">'
                         f"{json.dumps(state)}</script></body></html>")


def _story(story_id: str, title: str, body: str, date: str) -> dict:
    return {"__typename": "Story", "id": story_id, "title": title, "publishedAt": date, "body": body}


@pytest.mark.parametrize("state, url, expected", [
    # The page's own story (its id at the URL's end) before a preloaded next story whose body is longer.
    ({"props": {"pageProps": {"initialApolloState": {
        "Story:22aBcDeFgHi": _story("22aBcDeFgHi", "Judul", STORY, "2024-06-18T09:15:00Z"),
        "Story:22zYxWvUtSr": _story("22zYxWvUtSr", "Lain", _NEXT, "2024-06-17T03:00:00Z")}}}},
     _OWN_URL, ("Judul", "2024-06-18T09:15:00Z", STORY)),
    # … named by pageProps (the URL carries no id), or by its slug
    ({"props": {"pageProps": {"storyId": "a1", "stories": [_story("b2", "Lain", _NEXT, "2024-06-17"),
                                                            _story("a1", "Judul", STORY, "2024-06-18")]}}},
     "https://contoh.id/berita/judul", ("Judul", "2024-06-18", STORY)),
    ({"props": {"pageProps": {"article": {"slug": "judul-berita", "title": "Judul", "publishedAt": "2024-06-18",
                                          "content": STORY},
                              "related": [{"slug": "lain", "title": "Lain", "content": _NEXT}]}}},
     "https://contoh.id/metro/judul-berita", ("Judul", "2024-06-18", STORY)),
    # … or by the page's headline alone (no ids): a related item's longer Slate document is not the story (h102: the
    # own story's date was lost with it)
    ({"props": {"pageProps": {"article": {"title": "Judul", "publishedAt": "2024-06-22T08:30:00+07:00",
                                          "content": STORY},
                              "related": [{"title": "Lain", "publishedAt": "2024-06-17",
                                           "document": slate_04([_NEXT[:300], _NEXT[300:]])}]}}},
     None, ("Judul", "2024-06-22T08:30:00+07:00", STORY)),
    # A body on the story's object before a longer text inside a JSON string it holds (a share text in a config).
    ({"props": {"pageProps": {"article": {"title": "Judul", "content": json.dumps({"share": {"text": _NEXT}}),
                                          "body": STORY}}}}, None, ("Judul", None, STORY)),
    # The page names its story and the state holds only another one: no story, never the wrong one.
    ({"props": {"pageProps": {"initialApolloState": {
        "Story:22zYxWvUtSr": _story("22zYxWvUtSr", "Lain", _NEXT, "2024-06-17T03:00:00Z")}}}}, _OWN_URL, None),
    ({"props": {"pageProps": {"storyId": "a1", "stories": [_story("b2", "Lain", _NEXT, "2024-06-17")]}}},
     "https://contoh.id/berita/judul", None),
    # Nothing says which story the page is: the longest prose, as before.
    ({"data": [{"title": "Lain", "body": STORY}, {"title": "Lain Lagi", "body": _NEXT}]}, "https://contoh.id/berita/x",
     ("Lain Lagi", None, _NEXT)),
])
def test_the_page_s_own_story_is_read_never_another(state, url, expected) -> None:
    found = app_state_article(_titled_page(state), url)
    assert (None if found is None else (found.title, found.published, found.body_html)) == expected


_H104_URL = "https://www.jurnalnusantara.id/daerah/123456/banjir-bandang-terjang-tiga-desa"
_UUID = "3f9c2d1e-7b4a-4c11-9e0f-5a6b7c8d9e01"
_SEO = "Garut Dilanda Banjir Bandang: 3 Orang Hilang"  # og:title rewritten for search: not the story's title


@pytest.mark.parametrize("state, url, expected", [
    # (h104 A2) a uuid id beside the URL's number, an SEO og:title: its "url" field, the page's URL, says it is the
    # page's story, before a longer related story with a number of the URL's form
    ({"props": {"pageProps": {"article": {"id": _UUID, "title": "Judul", "content": STORY, "url": _H104_URL + "/"},
                              "related": [{"id": 98700, "title": "Lain", "content": _NEXT}]}}},
     _H104_URL, ("Judul", STORY)),
    # (h104 A2b) the only story, a uuid id, no address: no id of the URL's form, so not another story
    ({"props": {"pageProps": {"article": {"id": _UUID, "title": "Judul", "content": STORY}}},
      "query": {"category": "daerah", "id": "123456", "slug": "banjir-bandang-terjang-tiga-desa"}},
     _H104_URL, ("Judul", STORY)),
    # … but a number of the URL's form that is not its id is another story, even the only one
    ({"props": {"pageProps": {"article": {"id": 98700, "title": "Lain", "content": _NEXT}}}}, _H104_URL, None),
    # … and once some object is the page's own, a uuid story beside it is another
    ({"props": {"pageProps": {"article": {"id": 123456, "title": "Judul", "teaser": "Singkat."},
                              "next": {"id": _UUID, "title": "Lain", "content": _NEXT}}}}, _H104_URL, None),
    # (h104 A7) the body in an object of its own with an id and no title: part of the story it lies in
    ({"props": {"pageProps": {"article": {"id": 123456, "title": "Judul", "publishedAt": "2024-06-22",
                                          "content": {"id": 991, "type": "richtext", "html": STORY}}}}},
     _H104_URL, ("Judul", STORY)),
    # (h104 A8b) the URL's date parts are no ids: a sidebar's {"id": 22} is not the story of /2024/06/22/
    ({"props": {"pageProps": {"article": {"uuid": _UUID, "title": "Judul", "content": _NEXT},
                              "sidebar": [{"id": 22, "title": "Infografis", "text": STORY}]}},
      "query": {"path": ["2024", "06", "22"]}},
     "https://www.jurnalnusantara.id/read/2024/06/22/banjir-bandang-terjang-tiga-desa", ("Judul", _NEXT)),
    # (h104 A5b) no id in the URL: the story whose "url" is the page's, before a longer related one
    ({"props": {"pageProps": {"data": {
        "main": {"id": 98765, "title": "Judul", "content": STORY, "url": "/daerah/banjir-bandang-terjang-tiga-desa"},
        "popular": [{"id": 98700, "title": "Lain", "content": _NEXT, "url": "/daerah/pemprov-bahas-bendungan"}]}}}},
     "https://www.jurnalnusantara.id/daerah/banjir-bandang-terjang-tiga-desa", ("Judul", STORY)),
    # (h109 C1) no id in the URL, the story retitled since its slug was made: the one story pageProps holds as its own
    # value (pageProps.data), not one of a related list, longer as it is
    ({"props": {"pageProps": {"data": {"id": 98765, "title": "Judul Baru", "content": STORY},
                              "related": [{"id": 98700, "title": "Lain", "content": _NEXT}]}}},
     "https://www.jurnalnusantara.id/daerah/banjir-bandang-terjang-tiga-desa", ("Judul Baru", STORY)),
    # (h110 A6) a featured story pageProps holds beside the list holding the page's: another article, none chosen
    ({"props": {"pageProps": {"featured": {"id": 98700, "title": "Lain", "content": _NEXT},
                              "articles": [{"id": 98765, "title": "Judul Baru", "content": STORY}]}}},
     "https://www.jurnalnusantara.id/daerah/banjir-bandang-terjang-tiga-desa", None),
    # … a next story beside it is not held under a key naming the page's story: the page's is still the one
    ({"props": {"pageProps": {"data": {"id": 98765, "title": "Judul Baru", "content": STORY},
                              "next": {"id": 98700, "title": "Lain", "content": _NEXT}}}},
     "https://www.jurnalnusantara.id/daerah/banjir-bandang-terjang-tiga-desa", ("Judul Baru", STORY)),
    # … two values under such keys, neither named by the page: none chosen by its length
    ({"props": {"pageProps": {"data": {"id": 98765, "title": "Judul Baru", "content": STORY},
                              "post": {"id": 98700, "title": "Lain", "content": _NEXT}}}},
     "https://www.jurnalnusantara.id/daerah/banjir-bandang-terjang-tiga-desa", None),
])
def test_the_page_s_own_story_by_its_address_or_its_id_s_form(state, url, expected) -> None:
    """(h104 probe) the page's story was judged another and the page dropped: its "url" field naming the page unread,
    a uuid id taken for another story's beside the URL's number, its body object's own id; or a sidebar item taken
    for it, its id 22 read as the URL's day."""
    found = app_state_article(_titled_page(state, _SEO), url)
    assert (None if found is None else (found.title, found.body_html)) == expected


def _next_story(cache: dict) -> None:
    """A preloaded next story, its document longer than the page's story, another author and date (h102 probe)."""
    cache["User:8ghi"] = {"__typename": "User", "id": "8ghi", "name": "Fadjar Hadi"}
    cache["Story:22zYxWvUtSr"] = {
        "__typename": "Story", "id": "22zYxWvUtSr", "title": "Pemerintah Matangkan Rencana Tanggul Laut Raksasa",
        "publishedAt": "2024-06-17T03:00:00.000Z", "authors": [{"__ref": "User:8ghi"}],
        "document": json.dumps(slate_04([f"Paragraf {n} cerita lain tentang tanggul laut raksasa di pesisir utara Jawa "
                                         "yang dibahas dalam rapat terbatas di Istana." for n in range(1, 12)]))}
    cache["ROOT_QUERY"] = {"__typename": "Query", 'story({"id":"22xYz7AbCdE"})': {"__ref": "Story:22xYz7AbCdE"},
                           'nextStory({"id":"22xYz7AbCdE"})': {"__ref": "Story:22zYxWvUtSr"}}


def test_a_kumparan_shell_gives_its_own_story_not_the_preloaded_next_one(validate_line) -> None:
    # (h102 probe) the longest document won: the page's title came out over the next story's body, date and author.
    url, routes = _kumparan_shell(_next_story)
    result = crawl_in_process("kumparan", routes, f"url={url}")
    item = validate_line(result.raw_lines[0])
    assert (item["published_at"], item["authors"]) == ("2024-06-19T19:40:00+07:00", ["Ema Fitriyani"])
    assert len(item["body"]) == 5 and item["body"][0].startswith("Gempa bumi bermagnitudo 5,8")


def test_a_kumparan_shell_holding_only_another_story_gives_no_body() -> None:
    def only_the_next_story(cache: dict) -> None:
        _next_story(cache)
        del cache["Story:22xYz7AbCdE"]
    url, routes = _kumparan_shell(only_the_next_story)
    result = crawl_in_process("kumparan", routes, f"url={url}")
    assert result.items == [] and any("no_body" in reason for reason in result.dropped)


_SLUG_URL = "https://www.jurnalnusantara.id/daerah/banjir-bandang-garut-3-warga-hilang"
_COMMENT = "<p>" + "Saya warga Cikajang dan rumah orang tua saya juga terdampak banjir tahun ini. " * 6 + "</p>"


@pytest.mark.parametrize("state, url, expected", [
    # (h107 A6) nothing is the page's own (a slug-only URL, an SEO og:title) and two titled stories carry ids: not
    # the longer (a related one), but the one pageProps holds as the page's article …
    ({"props": {"pageProps": {"slug": "banjir-bandang-garut-3-warga-hilang",
                              "article": {"id": 98765, "title": "Judul", "publishedAt": "2024-06-22", "content": STORY},
                              "related": [{"id": 98700, "title": "Lain", "publishedAt": "2024-06-20",
                                           "content": _NEXT}]}}},
     _SLUG_URL, ("Judul", "2024-06-22", STORY)),
    # … none when pageProps names none of them
    ({"props": {"pageProps": {"data": [{"id": 98765, "title": "Judul", "content": STORY},
                                       {"id": 98700, "title": "Lain", "content": _NEXT}]}}}, _SLUG_URL, None),
    # … the one whose title is the URL's slug
    ({"props": {"pageProps": {"data": [{"id": 98765, "title": "Banjir Bandang Garut: 3 Warga Hilang", "content": STORY},
                                       {"id": 98700, "title": "Lain", "content": _NEXT}]}}},
     _SLUG_URL, ("Banjir Bandang Garut: 3 Warga Hilang", None, STORY)),
    # (h107 A1, A2, A7) an object naming the page by its title or address but holding no body (an SEO block, the last
    # breadcrumb, a share box) does not make the page's story, its id of another form, ineligible
    ({"props": {"pageProps": {"seo": {"title": _SEO, "description": TEASER, "canonical": _SLUG_URL},
                              "article": {"id": 98765, "title": "Judul", "publishedAt": "2024-06-22",
                                          "content": STORY}}}},
     _SLUG_URL, ("Judul", "2024-06-22", STORY)),
    ({"props": {"pageProps": {"breadcrumbs": [{"title": "Home", "url": "/"}, {"title": "Daerah", "url": "/daerah"},
                                              {"title": "Banjir Garut", "url": _SLUG_URL.removeprefix(
                                                  "https://www.jurnalnusantara.id")}],
                              "article": {"id": 98765, "title": "Judul", "publishedAt": "2024-06-22",
                                          "content": STORY}}}},
     _SLUG_URL, ("Judul", "2024-06-22", STORY)),
    ({"props": {"pageProps": {"share": {"title": "Bagikan artikel ini", "url": _H104_URL, "text": "Bagikan: Judul"},
                              "article": {"id": _UUID, "title": "Judul", "publishedAt": "2024-06-22",
                                          "content": STORY}}}},
     _H104_URL, ("Judul", "2024-06-22", STORY)),
    # (h107 A11) a related item titled under "judul" is another story, not an untitled part of the page's
    ({"props": {"pageProps": {"article": {"id": 123456, "title": "Judul", "publishedAt": "2024-06-22", "content": STORY,
                                          "related": [{"id": 123400, "judul": "Lain", "publishedAt": "2024-06-20",
                                                       "content": _NEXT}]}}}},
     _H104_URL, ("Judul", "2024-06-22", STORY)),
    # (h107 A12, A12b) a reader's comment {id, text} under the story is not its body, nor its time the story's date
    ({"props": {"pageProps": {"article": {"id": 123456, "title": "Judul", "publishedAt": "2024-06-22", "content": STORY,
                                          "comments": [{"id": 5501, "user": {"name": "Dedi"}, "content": _COMMENT,
                                                        "createdAt": "2024-06-22T12:00:00"}]}}}},
     _H104_URL, ("Judul", "2024-06-22", STORY)),
    ({"props": {"pageProps": {"article": {"id": 123456, "title": "Judul", "publishedAt": "2024-06-22", "content": STORY,
                                          "comments": [{"id": 5501, "text": _COMMENT[3:-4],
                                                        "createdAt": "2024-06-22T12:00:00"}]}}}},
     _H104_URL, ("Judul", "2024-06-22", STORY)),
    # … a part reached through the story's body keys is its body, the story's date before the part's own
    ({"props": {"pageProps": {"article": {"id": 123456, "title": "Judul", "publishedAt": "2024-06-22",
                                          "content": {"id": 991, "html": STORY, "updatedAt": "2024-06-25",
                                                      "createdAt": "2024-06-25"}}}}},
     _H104_URL, ("Judul", "2024-06-22", STORY)),
    # … and a story holding no body of its own takes an untitled part's
    ({"props": {"pageProps": {"article": {"id": 123456, "title": "Judul", "publishedAt": "2024-06-22",
                                          "data": {"id": 991, "html": STORY}}}}},
     _H104_URL, ("Judul", "2024-06-22", STORY)),
])
def test_no_body_by_length_alone_and_no_part_beside_the_story_s_body(state, url, expected) -> None:
    """(h107 probe) with nothing the page's own, the longest of two titled stories was read (a related story's body
    and date); an SEO block, a breadcrumb or a share box naming the page left its story, an id of another form,
    unread; a related item titled under "judul", a reader's comment, read as the story's body."""
    found = app_state_article(_titled_page(state, _SEO), url)
    assert (None if found is None else (found.title, found.published, found.body_html)) == expected


@pytest.mark.parametrize("article, updated, authors", [
    # (reconstructed, h310 E: idntimes 2026, pageProps.data.article) "published_date" was read, its twin
    # "updated_date" not; the writer is the story's "user" account object, the desk's "editor" beside it never
    ({"title": "Judul", "published_date": "2026-12-06 21:45:00", "updated_date": "2026-12-06 22:30:00",
      "content": STORY, "user": {"name": "Fadli Rahman", "username": "fadli-rahman"}, "editor": {"name": "Satria Permana"}},
     "2026-12-06 22:30:00", ["Fadli Rahman"]),
    # a story's "author" goes before its account; an account given as a bare string (a login id) is no name
    ({"title": "Judul", "publishDate": "2026-12-06", "modifiedDate": "2026-12-07", "content": STORY,
      "author": {"name": "Rina"}, "creator": {"name": "admin-cms"}}, "2026-12-07", ["Rina"]),
    ({"title": "Judul", "publishDate": "2026-12-06", "content": STORY, "user": "fadli-rahman"}, None, []),
])
def test_update_twins_and_the_story_s_account_are_read(article, updated, authors) -> None:
    found = app_state_article(page({"props": {"pageProps": {"data": {"article": article}}}}))
    assert found is not None and (found.updated, found.authors) == (updated, authors)


def test_every_publication_key_has_its_update_twins() -> None:
    """(h310 E) each _DATE_KEYS spelling naming a publication has an updated_ and a modified_ form in _UPDATED_KEYS."""
    from newscrawl.appstate import _DATE_KEYS, _UPDATED_KEYS
    for key in _DATE_KEYS:
        if "ublish" not in key:
            continue
        stem = key.replace("published", "{}").replace("Published", "{}").replace("publish", "{}")
        for word in ("updated", "modified"):
            twins = {stem.format(word), stem.format(word.capitalize()), stem.format(word[:-1]),
                     stem.format(word[:-1].capitalize())}
            assert twins & set(_UPDATED_KEYS), (key, word)
