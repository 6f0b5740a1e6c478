"""Template drift probe: the 37 real pages, each rewritten the way the next redesign, an older template or
another outlet would write it, through its site spider and through ``generic``.

Test infrastructure (bench/drift.py prints the table, tests/test_drift.py holds the floors). The pages are
IN-SAMPLE (the code was tuned on them, tests/realpages/TUNED_ON.tsv); what is out of sample is the
perturbation: a figure here says whether a MECHANISM (the visible date finder, the generic main text, the
date cross-checks, the residue trimming) still carries a field once the source it usually rides on is gone.
It says nothing about how many unseen pages come out right.

Each page is parsed with lxml (as parsel does), changed in place, serialised and served as UTF-8 at its
original URL through the in-process rig (tests/inprocess.py), with the helpers of tests/test_realpages.py.
``roundtrip`` is the control: parsed and serialised unchanged.

Perturbations, and which truths still hold (fields compared with tests/realpages/<site>.json):

``roundtrip``     nothing removed: every field as the truth.
``no_jsonld``     every ``<script type=application/ld+json>`` removed (an old template, another CMS).
                  title, authors, body as the truth. published_at to the minute: the <meta> dates or the
                  shown date line carry it; seconds only JSON-LD had are not on the page any more.
``no_meta``       every <meta> naming a date, time, author or publisher removed (itemprop ones too).
                  As ``no_jsonld``.
``visible_only``  both, every ``itemprop``/``itemscope`` attribute too, and a ``<time>`` keeps its text, not
                  its ``datetime``: only what a reader sees remains. title and body as the truth; published_at
                  is what the page SHOWS (``SHOWN`` below, checked by hand: to the minute, or the day only when
                  the page shows no time, or not expected when it shows no date); authors as the page shows
                  them (``SHOWN``; a byline that was only in the head is not expected).
``renamed``       every class and id token renamed to an opaque one (same token, same new name: structure
                  kept, meaning gone). Site selectors miss; the generic mechanisms must carry every field:
                  title, published_at (to the minute), authors, body as the truth.
``ld_naive``      the zone cut from every JSON-LD and <meta> date ("2022-12-10T13:19:56"): read as the site's
                  wall time (P1), cross-checked with the shown line when it was UTC. published_at to the
                  minute, the rest as the truth.
``ld_late``       every JSON-LD published date moved 9 minutes later (a save stamp; <meta> left as it is):
                  JSON-LD against the meta date or the shown line, the page wins (P4a/P4d). published_at as
                  SHOWN when the page shows a time, the rest as the truth; a page showing no time keeps no
                  expectation (its JSON-LD may be the only date, and a wrong one cannot be told).
``ld_years``      every JSON-LD published date moved 3 years back (a template's site-wide value): as
                  ``ld_late``.
``boxes_after``   the page's own navigation, footer and related-link boxes (nav, footer, aside, link lists,
                  elements named related/terkait/populer/baca) copied in after the story's last paragraph,
                  inside its container. Every field as the truth: boilerplate after the story is not story.
``renamed_boxes`` ``boxes_after`` then ``renamed``: the boxes come without the class names that give them away.

Second family (what other outlets and newer templates put in and around a story, under class names no
catalogue knows; each function's docstring names the real form it mimics): ``comments_after``, ``follow_boxes``,
``inline_cards``, ``gallery_inline``, ``tail_boxes``, ``read_more``. Every field as the truth, and one more,
``clean``: no body block carries a text the perturbation inserted (a text of 12+ characters inside a block, a
shorter one as a whole block): the middle of the body counts too, not only its first and last blocks.

A case whose story end cannot be located in the page (``boxes_after``) is counted as not applicable.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from lxml import etree

from inprocess import crawl_in_process
from replay import Route
from test_realpages import items_for_case, load_cases, real_page_routes

# ----------------------------------------------------------------------------- what the page shows

# What each page SHOWS a reader, checked by hand in its HTML: the date line (to the minute, "YYYY-MM-DD"
# when only the day is shown, None when no date is shown) and the byline names (None: as the truth).
# Only the fields that differ from tests/realpages/<site>.json's truth are listed.
SHOWN: dict[str, dict[str, Any]] = {
    # No date anywhere in the visible page: only the head's metas and JSON-LD say 2021-09-30 12:00.
    "detik/article-sport-insider-d5746542-2021-09.html": {"published_at": None},
}


# ----------------------------------------------------------------------------- perturbations

Perturb = Callable[[etree._Element, dict], bool]  # changes the tree in place; False: not applicable

_LD = "application/ld+json"
_META_NAMES = re.compile(r"date|time|author|publish|modified|creat|updated|byline|writer|editor|penulis", re.I)
_LD_DATE = re.compile(r'("date(?:Published|Modified|Created)"\s*:\s*")([^"]+)(")')
_PUBLISHED_LD = re.compile(r'("date(?:Published|Created)"\s*:\s*")([^"]+)(")')
_ZONE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)")
_INLINE_OR_ITEM = frozenset({"li", "ul", "ol", "a", "span", "b", "strong", "em", "i", "font", "u", "small", "dd",
                             "dt", "dl"})
_BOXES = re.compile(r"related|terkait|populer|popular|baca|lainnya|rekomendasi|recommend|trending|terbaru", re.I)


def _meta_key(element: etree._Element) -> str:
    return " ".join(element.get(a) or "" for a in ("name", "property", "itemprop", "http-equiv"))


def _is_date_meta(element: etree._Element) -> bool:
    return element.tag == "meta" and bool(_META_NAMES.search(_meta_key(element))) and "content" in element.attrib


def remove(element: etree._Element) -> None:
    """Remove an element, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def no_jsonld(root: etree._Element, case: dict) -> bool:
    for script in list(root.iter("script")):
        if (script.get("type") or "").strip().lower() == _LD:
            remove(script)
    return True


def no_meta(root: etree._Element, case: dict) -> bool:
    for meta in [m for m in root.iter("meta") if _is_date_meta(m)]:
        remove(meta)
    return True


def visible_only(root: etree._Element, case: dict) -> bool:
    no_jsonld(root, case)
    for meta in [m for m in root.iter("meta") if m.get("content") is not None and not m.get("http-equiv")]:
        if _meta_key(meta).strip().lower() != "viewport":
            remove(meta)
    for element in root.iter(etree.Element):
        for attribute in ("itemprop", "itemscope", "itemtype"):
            element.attrib.pop(attribute, None)
        if element.tag == "time":
            element.attrib.pop("datetime", None)
    return True


def _token(name: str) -> str:
    return "z" + hashlib.blake2s(name.encode("utf-8"), digest_size=4).hexdigest()


def renamed(root: etree._Element, case: dict) -> bool:
    for element in root.iter(etree.Element):
        if element.get("class") is not None:
            element.set("class", " ".join(_token(t) for t in element.get("class").split()))
        if element.get("id") is not None:
            element.set("id", _token(element.get("id")))
    return True


def _edit_machine_dates(root: etree._Element, pattern: re.Pattern[str], change: Callable[[str], str],
                        published_only: bool, metas: bool = True) -> None:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == _LD and script.text:
            script.text = pattern.sub(lambda m: m.group(1) + change(m.group(2)) + m.group(3), script.text)
    for meta in root.iter("meta") if metas else ():
        key = _meta_key(meta).lower()
        if not (_is_date_meta(meta) and re.search(r"date|time|publish|modified|creat|updated", key)):
            continue
        if published_only and re.search(r"modified|updated", key):
            continue
        if _ISO.match(meta.get("content").strip()):
            meta.set("content", change(meta.get("content").strip()))


def _naive(value: str) -> str:
    return _ZONE.sub("", value.strip()) if _ISO.match(value.strip()) else value


def _shift(delta: timedelta) -> Callable[[str], str]:
    def change(value: str) -> str:
        match = _ISO.match(value.strip())
        if not match:
            return value
        moment = datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}") + delta
        text = moment.isoformat(timespec="seconds" if match.group(2).count(":") == 2 else "minutes")
        return text + value.strip()[match.end():]
    return change


def ld_naive(root: etree._Element, case: dict) -> bool:
    _edit_machine_dates(root, _LD_DATE, _naive, published_only=False)
    return True


def ld_late(root: etree._Element, case: dict) -> bool:
    _edit_machine_dates(root, _PUBLISHED_LD, _shift(timedelta(minutes=9)), published_only=True, metas=False)
    return True


def ld_years(root: etree._Element, case: dict) -> bool:
    _edit_machine_dates(root, _PUBLISHED_LD, _shift(-timedelta(days=3 * 365)), published_only=True, metas=False)
    return True


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def story_end(root: etree._Element, last: str) -> etree._Element | None:
    """The innermost element whose text holds the start of the story's last paragraph."""
    words = last.split()
    for size in (12, 8, 5):  # the truth is cleaned (a sign-off cut, a dateline joined): shorter probes
        probe = _key(" ".join(words[:size]))
        if len(probe) < 12:
            continue
        found = None
        for element in root.iter(etree.Element):
            if element.tag in ("script", "style", "head", "title", "meta") or probe not in _key(_text(element)):
                continue
            found = element  # document order: the last match holding it is the innermost
        if found is not None:
            return found
    return None


def _boxes(root: etree._Element, story: etree._Element) -> list[etree._Element]:
    body = root.find(".//body")
    if body is None:
        return []
    story_ancestors = set(story.iterancestors()) | {story}
    chosen: list[etree._Element] = []
    for element in body.iter(etree.Element):
        if element in story_ancestors or any(c in element.iterancestors() for c in chosen):
            continue
        if story in element.iterdescendants():
            continue
        tag = element.tag
        named = _BOXES.search(f"{element.get('class') or ''} {element.get('id') or ''}")
        links = [a for a in element.iter("a") if _text(a)]
        link_chars = sum(len(_text(a)) for a in links)
        chars = len(_text(element))
        link_list = tag in ("ul", "ol") and len(links) >= 3 and chars and link_chars / chars > 0.6
        if (tag in ("nav", "footer", "aside") or named or link_list) and 20 <= chars <= 4000:
            chosen.append(element)
        if len(chosen) >= 5:
            break
    return chosen


def boxes_after(root: etree._Element, case: dict) -> bool:
    last = case["expected"].get("body_last")
    story = story_end(root, last) if last else None
    if story is None or story.getparent() is None:
        return False
    anchor = story  # after the paragraph's block, not inside a list or an inline run
    while anchor.tag in _INLINE_OR_ITEM and anchor.getparent() is not None and anchor.getparent().tag != "body":
        anchor = anchor.getparent()
    for box in reversed(_boxes(root, story)):
        copy = deepcopy(box)
        copy.tail = None
        anchor.addnext(copy)
    return True


def renamed_boxes(root: etree._Element, case: dict) -> bool:
    return boxes_after(root, case) and renamed(root, case)


def roundtrip(root: etree._Element, case: dict) -> bool:
    return True


# ----------------------------------------------------------------------------- what other outlets put around a story
# Second family: boxes that other outlets and newer templates put inside and around the story, under class
# names no catalogue knows (opaque two-letter prefixes, as a fresh theme build emits). The markup mimics the
# real forms named in each docstring; the texts are written here, not copied from any page.

# The texts each page was given by the last perturbation of this family (path -> text nodes): the
# ``clean`` field checks that none of them came out as (part of) a body block.
INSERTED: dict[str, set[str]] = {}
_LEAK_MIN_CHARS = 12  # a shorter inserted text ("Balas", "Tag") leaks only as a whole block


def _html(fragment: str, case: dict | None = None) -> list[etree._Element]:
    """Elements parsed from an HTML fragment (lxml wraps it in <html><body>); their texts are recorded as
    inserted into ``case``'s page."""
    parser = etree.HTMLParser(encoding="utf-8")
    root = etree.fromstring(f"<html><body>{fragment}</body></html>".encode("utf-8"), parser=parser)
    elements = list(root.find("body"))
    if case is not None:
        texts = INSERTED.setdefault(case["path"], set())
        for element in elements:
            texts.update(" ".join(t.split()) for t in element.itertext() if t.strip())
    return elements


def leaks(path: str, body: list[str], authors: Iterable[str] = ()) -> list[str]:
    """The body blocks that carry a text the perturbation inserted into the page (an author's name, which
    the page's own credit line may carry too, only as a whole block)."""
    inserted = INSERTED.get(path, set())
    long_texts = [t for t in inserted if len(t) >= _LEAK_MIN_CHARS and t not in authors]
    return [block for block in body if block in inserted or any(t in block for t in long_texts)]


def _block_anchor(root: etree._Element, text: str | None) -> etree._Element | None:
    """The block holding the start of ``text`` (a story paragraph), lifted out of inline runs and lists."""
    found = story_end(root, text) if text else None
    if found is None or found.getparent() is None:
        return None
    while found.tag in _INLINE_OR_ITEM and found.getparent() is not None and found.getparent().tag != "body":
        found = found.getparent()
    return found


def _insert_after(anchor: etree._Element, fragment: str, case: dict) -> None:
    for element in reversed(_html(fragment, case)):
        element.tail = None
        anchor.addnext(element)


def _insert_before(anchor: etree._Element, fragment: str, case: dict) -> None:
    for element in _html(fragment, case):
        element.tail = None
        anchor.addprevious(element)


_COMMENTS = """<section class="kx-thread"><h3 class="kx-h">Komentar (3)</h3>
<div class="kx-form"><textarea placeholder="Tulis komentar..."></textarea><button>Kirim</button></div>
<div class="kx-c"><div class="kx-who"><a href="/u/budi88">Budi Santoso</a> <span class="kx-t">2 jam lalu</span></div>
<p>Semoga pemerintah cepat tanggap, warga di sana sudah menunggu terlalu lama.</p>
<div class="kx-act"><a href="#">Balas</a> <a href="#">Suka (12)</a> <a href="#">Laporkan</a></div></div>
<div class="kx-c"><div class="kx-who"><a href="/u/rina_k">Rina K</a> <span class="kx-t">12 Jan 2023, 08:41</span></div>
<p>Beritanya bagus, tapi mohon dilengkapi data pembandingnya dari tahun lalu.</p>
<div class="kx-act"><a href="#">Balas</a> <a href="#">Suka (3)</a></div></div>
<div class="kx-c kx-reply"><div class="kx-who"><a href="/u/andi.p">andi prasetyo</a> <span class="kx-t">1 jam lalu</span></div>
<p>Setuju. Reply to Rina K: datanya ada di laporan bulan lalu kok.</p>
<div class="kx-act"><a href="#">Reply</a> <a href="#">Like</a></div></div>
<a class="kx-more" href="#">Lihat 24 komentar lainnya</a></section>"""


def comments_after(root: etree._Element, case: dict) -> bool:
    """A reader-comments section right after the story's last paragraph, inside its container: a heading with
    a count, a form, three comments (a name link, a relative or absolute date, a one-line opinion, Balas /
    Suka / Reply links), a "more comments" link. The form of native comment plugins (WordPress comment lists,
    the comment threads of portal templates) rendered server-side. Every field as the truth."""
    anchor = _block_anchor(root, case["expected"].get("body_last"))
    if anchor is None:
        return False
    _insert_after(anchor, _COMMENTS, case)
    return True


_FOLLOW_MID = """<div class="qd-cta"><p><strong>Dapatkan update berita pilihan dan breaking news setiap hari.</strong>
Mari bergabung di Saluran WhatsApp kami, caranya klik link berikut ini lalu join.</p>
<a class="qd-btn" href="https://whatsapp.com/channel/0029Va">Gabung Sekarang</a></div>"""
_FOLLOW_AFTER = """<div class="qd-gn"><a href="https://news.google.com/publications/CAAq"><img src="/gn.svg" alt="Google News">
Ikuti kami di Google News</a></div>
<div class="qd-nl"><h4>Newsletter</h4><p>Daftarkan email Anda untuk menerima ringkasan berita setiap pagi.</p>
<form><input type="email" placeholder="Alamat email"><button>Berlangganan</button></form></div>"""
_COOKIE = """<div class="cz-bar" role="dialog"><p>Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs
ini. Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.</p><button>Saya Setuju</button>
<a href="/privacy">Pelajari lebih lanjut</a></div>"""


def follow_boxes(root: etree._Element, case: dict) -> bool:
    """A WhatsApp-channel call to action between the first and second paragraphs, a Google-News follow link and
    a newsletter sign-up after the last one (inside the story's container), and a cookie banner at the start
    of <body> (a consent script's server-side fallback). The forms the regional portals and the national ones
    added from 2023 ("Mari bergabung di Saluran WhatsApp", "Ikuti kami di Google News"). Every field as the
    truth."""
    first = _block_anchor(root, case["expected"].get("body_first"))
    last = _block_anchor(root, case["expected"].get("body_last"))
    body = root.find(".//body")
    if first is None or last is None or body is None:
        return False
    _insert_after(last, _FOLLOW_AFTER, case)
    if first is not last:
        _insert_after(first, _FOLLOW_MID, case)
    cookie = _html(_COOKIE, case)[0]
    cookie.tail = body.text
    body.text = None
    body.insert(0, cookie)
    return True


def _card(label: str, headline: str, slug: str) -> str:
    return (f'<div class="vr-card"><a href="/berita/{slug}"><img src="/img/{slug}.jpg" alt="{headline}">'
            f'<span class="vr-l">{label}</span><span class="vr-h">{headline}</span></a></div>')


def inline_cards(root: etree._Element, case: dict) -> bool:
    """Related-article cards between paragraphs (after the first, and before the last): a link holding a
    thumbnail, a label ("Baca Juga", "Artikel Terkait") and another story's headline, in a div with an
    unknown class. The form of the in-text recommendation widgets of newer templates. Every field as the
    truth."""
    first = _block_anchor(root, case["expected"].get("body_first"))
    last = _block_anchor(root, case["expected"].get("body_last"))
    if first is None or last is None:
        return False
    _insert_after(first, _card("Baca Juga", "Harga Cabai di Pasar Induk Naik Dua Kali Lipat Jelang Akhir Tahun",
                               "harga-cabai-naik"), case)
    opening = _key(" ".join(case["expected"]["body_first"].split()[2:10]))  # past a dateline ("Jakarta -")
    if first is not last and opening not in _key(_text(last)):
        # (a block holding the whole story, paragraphs split by <br>: a card before it would be before all)
        _insert_before(last, _card("Artikel Terkait", "Polisi Tangkap Tiga Pelaku Pencurian Motor di Parkiran Mal",
                                   "polisi-tangkap-pelaku"), case)
    return True


_GALLERY = """<div class="mw-gal"><figure class="mw-f"><img src="/foto/1.jpg" alt="">
<figcaption>Petugas memeriksa kendaraan yang melintas di pos penyekatan, Senin pagi.
<span class="mw-cr">(FOTO: Dimas Ardian/Outlet)</span></figcaption></figure>
<figure class="mw-f"><img src="/foto/2.jpg" alt=""><figcaption>Warga antre di depan kantor kelurahan untuk
mengurus dokumen kependudukan. <span class="mw-cr">Foto: ANTARA/Rivan Awal Lingga</span></figcaption></figure>
<div class="mw-nav"><span>1/2</span> <a href="#">Sebelumnya</a> <a href="#">Selanjutnya</a></div></div>"""


def gallery_inline(root: etree._Element, case: dict) -> bool:
    """An image gallery between the first and second paragraphs: two figures with a one-sentence caption and a
    photo credit, and a "1/2 Sebelumnya Selanjutnya" pager. The form of photo-story inserts in news posts.
    Every field as the truth."""
    first = _block_anchor(root, case["expected"].get("body_first"))
    if first is None:
        return False
    _insert_after(first, _GALLERY, case)
    return True


def _tail_boxes_html(case: dict) -> str:
    authors = case["expected"].get("authors") or []
    bio = (f'<div class="pf-bio"><img src="/avatar.jpg" alt=""><div><a class="pf-n" href="/penulis/x">{authors[0]}</a>'
           f'<p>Jurnalis yang meliput isu ekonomi dan pemerintahan daerah. Bergabung dengan redaksi sejak 2016.</p>'
           f'</div></div>') if authors else ""
    return ('<div class="pf-tags"><span>Tag</span> <a href="/tag/pemerintah">pemerintah</a> '
            '<a href="/tag/jakarta">jakarta</a> <a href="/tag/ekonomi-daerah">ekonomi daerah</a></div>'
            '<div class="pf-share"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> '
            '<a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Salin Link</a></div>' + bio)


def tail_boxes(root: etree._Element, case: dict) -> bool:
    """A tag row, a share bar and an author bio box (the page's first author, a two-sentence bio) right after
    the last paragraph, inside the story's container, under renamed classes: the end-of-story furniture of
    WordPress news themes and newer portal templates. Every field as the truth."""
    anchor = _block_anchor(root, case["expected"].get("body_last"))
    if anchor is None:
        return False
    _insert_after(anchor, _tail_boxes_html(case), case)
    return True


def read_more(root: etree._Element, case: dict) -> bool:
    """The last paragraphs (the last block and up to two blocks of the same tag before it) moved into a hidden
    expander (``style="display:none"``) after a "Baca Selengkapnya" button: the "read more" folding of mobile
    templates, where a script opens it. Every field as the truth: the folded text is still the story."""
    anchor = _block_anchor(root, case["expected"].get("body_last"))
    if anchor is None or anchor.getparent() is None:
        return False
    moved = [anchor]
    previous = anchor.getprevious()
    while previous is not None and previous.tag == anchor.tag and len(moved) < 3 \
            and not (previous.tail or "").strip():  # text between blocks would change places
        moved.insert(0, previous)
        previous = previous.getprevious()
    button = _html('<div class="rx-btn"><button type="button">Baca Selengkapnya</button></div>', case)[0]
    folded = _html('<div class="rx-more" style="display:none"></div>')[0]
    moved[0].addprevious(button)
    button.addnext(folded)
    tail = moved[-1].tail
    for element in moved:
        folded.append(element)
    moved[-1].tail = None
    folded.tail = tail
    return True


PERTURBATIONS: dict[str, Perturb] = {
    "roundtrip": roundtrip, "no_jsonld": no_jsonld, "no_meta": no_meta, "visible_only": visible_only,
    "renamed": renamed, "ld_naive": ld_naive, "ld_late": ld_late, "ld_years": ld_years,
    "boxes_after": boxes_after, "renamed_boxes": renamed_boxes,
    "comments_after": comments_after, "follow_boxes": follow_boxes, "inline_cards": inline_cards,
    "gallery_inline": gallery_inline, "tail_boxes": tail_boxes, "read_more": read_more,
}
FIELDS = ("title", "published_at", "authors", "body_first", "body_last", "clean")
# The perturbations that insert text (their ``clean`` field: no inserted text in the body).
INSERTING = frozenset({"comments_after", "follow_boxes", "inline_cards", "gallery_inline", "tail_boxes",
                       "read_more"})


# ----------------------------------------------------------------------------- expectations

def _minute(value: str | None) -> str | None:
    """'2022-12-10T13:19:56+07:00' -> '2022-12-10T13:19+07:00'; a date stays a date."""
    if not value or len(value) <= 10:
        return value
    moment = datetime.fromisoformat(value)
    return moment.replace(second=0).isoformat(timespec="minutes")


def _shown_date(path: str, truth: str | None) -> str | None:
    shown = SHOWN.get(path, {})
    return shown["published_at"] if "published_at" in shown else _minute(truth)


def expected(perturbation: str, case: dict) -> dict[str, Any]:
    """The values a page must still give under a perturbation; a field left out is not expected."""
    truth = dict(case["expected"])
    path = case["path"]
    if perturbation in ("no_jsonld", "no_meta", "renamed", "ld_naive", "renamed_boxes"):
        truth["published_at"] = _minute(truth.get("published_at"))
    elif perturbation == "visible_only":
        truth["published_at"] = _shown_date(path, truth.get("published_at"))
        if "authors" in SHOWN.get(path, {}):
            truth["authors"] = SHOWN[path]["authors"]
    elif perturbation in ("ld_late", "ld_years"):
        shown = _shown_date(path, truth.get("published_at"))
        truth["published_at"] = shown if shown and len(shown) > 10 else None
    if perturbation in INSERTING:
        truth["clean"] = []  # no body block carries an inserted text
    return {k: v for k, v in truth.items() if k in FIELDS and (v is not None or k != "published_at")}


def same(field_name: str, want: Any, got: Any) -> bool:
    if field_name == "published_at" and isinstance(want, str) and len(want) <= 10:
        return isinstance(got, str) and got[:10] == want  # the day: a page showing only it
    if field_name == "published_at" and isinstance(want, str) and want.count(":") == 2:  # to the minute
        return isinstance(got, str) and _minute(got) == want
    return want == got


# ----------------------------------------------------------------------------- running

def perturbed_html(data: bytes, encoding: str, perturb: Perturb, case: dict) -> str | None:
    """The page's HTML after the perturbation (None: it does not apply to this page)."""
    parser = etree.HTMLParser(recover=True, huge_tree=True, remove_comments=False, encoding="utf-8")
    text = data.decode(encoding, errors="replace")
    root = etree.fromstring(text.encode("utf-8"), parser=parser)
    INSERTED.pop(case["path"], None)
    if root is None or not perturb(root, case):
        return None
    return "<!DOCTYPE html>\n" + etree.tostring(root, method="html", encoding="unicode")


def _charset(route: Route) -> str:
    content_type = next((v for k, v in route.headers.items() if k.lower() == "content-type"), "")
    match = re.search(r"charset=([\w.:-]+)", content_type)
    return match.group(1) if match else "utf-8"


@dataclass
class Outcome:
    """One page under one perturbation through one spider: per field True/False, or None (not expected)."""

    path: str
    spider: str
    perturbation: str
    fields: dict[str, bool | None] = field(default_factory=dict)
    applicable: bool = True
    got: dict[str, Any] = field(default_factory=dict)
    want: dict[str, Any] = field(default_factory=dict)


def run(perturbation: str, realpages: str, cases: Iterable[tuple[str, dict]] | None = None,
        spiders: Iterable[str] = ("site", "generic")) -> list[Outcome]:
    """Every case (default: all real pages) under ``perturbation``, through its site spider (crawled per
    site) and through generic (one crawl), as Outcomes."""
    cases = list(cases if cases is not None else load_cases())
    perturb = PERTURBATIONS[perturbation]
    routes, fetch = real_page_routes(realpages, [case for _, case in cases])
    applicable: set[str] = set()
    for _, case in cases:
        url = fetch[case["path"]]
        route = routes[url]
        page = perturbed_html(route.body, _charset(route), perturb, case)
        if page is not None:
            routes[url] = Route(page.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"})
            applicable.add(case["path"])
    outcomes: list[Outcome] = []
    crawls: list[tuple[str, list[tuple[str, dict]]]] = []
    if "site" in spiders:
        for site in dict.fromkeys(s for s, _ in cases):
            crawls.append((site, [(s, c) for s, c in cases if s == site]))
    if "generic" in spiders:
        crawls.append(("generic", cases))
    for spider, group in crawls:
        urls = [fetch[c["path"]] for _, c in group if c["path"] in applicable]
        result = crawl_in_process(spider, routes, "url=" + ",".join(urls)) if urls else None
        for _, case in group:
            label = "generic" if spider == "generic" else "site"
            outcome = Outcome(case["path"], label, perturbation, applicable=case["path"] in applicable)
            outcome.want = expected(perturbation, case) if outcome.applicable else {}
            items = items_for_case(result, case, realpages) if result is not None and outcome.applicable else []
            item = items[0] if len(items) == 1 else None
            if item is not None:
                outcome.got = {"title": item.get("title"), "published_at": item.get("published_at"),
                               "authors": item.get("authors"),
                               "body_first": item["body"][0] if item.get("body") else None,
                               "body_last": item["body"][-1] if item.get("body") else None,
                               "clean": leaks(case["path"], item.get("body") or [],
                                              case["expected"].get("authors") or ())}
            for name in FIELDS:
                if name not in outcome.want or not outcome.applicable:
                    outcome.fields[name] = None
                else:
                    outcome.fields[name] = item is not None and same(name, outcome.want[name], outcome.got.get(name))
            outcomes.append(outcome)
    return outcomes


def tally(outcomes: Iterable[Outcome]) -> dict[str, tuple[int, int]]:
    """Per field: (right, expected)."""
    counts = {name: [0, 0] for name in FIELDS}
    for outcome in outcomes:
        for name, ok in outcome.fields.items():
            if ok is not None:
                counts[name][0] += ok
                counts[name][1] += 1
    return {name: (right, n) for name, (right, n) in counts.items()}


def failures(outcomes: Iterable[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        for name, ok in o.fields.items():
            if ok is False:
                lines.append(f"{o.perturbation:13} {o.spider:7} {o.path:48} {name:12} "
                             f"want {json.dumps(o.want.get(name), ensure_ascii=False)[:90]}\n"
                             f"{'':84}got  {json.dumps(o.got.get(name), ensure_ascii=False)[:90]}")
    return lines
