"""What names the outlet: labels learned from the page, and whether a text (a title part, a byline)
names it. Shared by the title and the author choosers."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from newscrawl.urls import registrable_domain

# "Kompas.com", "ihram.co.id", "Tempo.Co": a domain is the outlet whatever the site.
DOMAIN_LIKE = re.compile(r"\b[\w-]+\.(?:com|co\.id|co|id|net|org|tv|news|or\.id|web\.id)\b", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")
# Separators between a headline or a name and an outlet/rubric affix: spaced dashes and bars, "::", "»",
# and a colon closing a leading part ("Outlet.com: Rubrik - …").
SEPARATOR = re.compile(r"\s+(?:[-|–—•·»«›‹~]|::)\s+|\s*(?<!\d):(?!\d)\s+|\s+::\s*|\s*\|\s*")


@lru_cache(maxsize=4096)  # names are compared again and again (each author source, each credit, each outlet label)
def squeeze(text: str) -> str:
    """Case-folded, spaces and punctuation gone: "Berita Contoh" and "beritacontoh.id" compare."""
    return _NON_WORD.sub("", text.casefold())


# News agencies, as bylines and sign-offs write them.
_AGENCY_NAMES = (
    "AP", "Associated Press", "AFP", "Agence France-Presse", "Reuters", "Antara", "Antara News", "ANTARA FOTO",
    "Xinhua", "Bernama", "Kyodo", "Yonhap", "AAP", "dpa", "EFE", "Anadolu", "Anadolu Agency", "Sputnik", "TASS",
    "Bloomberg", "BBC", "CNN", "Al Jazeera", "VOA", "DW",
)
AGENCIES = frozenset(squeeze(a) for a in _AGENCY_NAMES)  # squeezed
# Generic words after an agency or the outlet in a source credit: "BBC News Indonesia", "Antara Foto", "CNN TV".
SOURCE_WORDS = frozenset({"news", "indonesia", "foto", "photo", "photos", "tv", "english", "world", "online",
                          "internasional", "international", "asia", "com", "id"})
# The last word of a paper's or a network's name ("The Jakarta Post", "Asia News Network", "Tempo").
PAPER_WORDS = (r"post|news|network|times|globe|herald|daily|tribune|star|inquirer|press|journal|gazette|wire|chronicle"
               r"|kompas|tempo")
# A name that can be a story's source, as a regex to build others with: a known agency maybe followed by generic words
# ("Al Jazeera", "CNN Indonesia", "Antara News": AGENCY_NAME_PATTERN), a paper's name of up to four Capitalised words ending in a paper's
# word ("The Jakarta Post"), or a domain ("Kompas.com"). "Ministries", "Media Massa", "Polisi" are none.
AGENCY_NAME_PATTERN = (
    "(?:" + "|".join(r"\s+".join(map(re.escape, name.replace("-", " - ").split())).replace(r"\s+\-\s+", "-")
                     for name in sorted(_AGENCY_NAMES, key=len, reverse=True))
    + r")(?:\s+(?:" + "|".join(sorted(SOURCE_WORDS - {"com", "id"})) + r"))*")
SOURCE_NAME_PATTERN = (
    AGENCY_NAME_PATTERN
    + rf"|(?-i:(?:The\s+)?(?:[A-Z][\w&'-]*\s+){{0,3}}(?=[A-Z]))(?:{PAPER_WORDS})\b"
    + r"|[\w-]+(?:\.[\w-]+)*?\.(?:com|co\.id|co|id|net|org|tv|news|or\.id|web\.id)\b")


def outlet_labels(url: str | None, *names: str | None) -> list[str]:
    """Squeezed names of the outlet ("beritacontoh" for www.beritacontoh.id, "kompascom"…): the
    registrable domain, its first label, and the names the page gives (og:site_name, JSON-LD
    publisher.name, a site's declared suffix). Labels under 3 characters say nothing."""
    domain = registrable_domain(url) if url else ""
    labels = [squeeze(label) for label in (domain, domain.split(".")[0], *names) if label]
    labels += [INITIALS_MARK + initials for initials in map(outlet_initials, names) if initials]
    return [label for label in dict.fromkeys(labels) if len(label) >= 3]


# Marks a label holding the initials of a name the page gives ("^ann" for "Asia News Network"): no squeezed text holds
# it, so only a reader asking for initials (is_person: a byline "ANN" on that page) finds it, never a title's match.
INITIALS_MARK = "^"


def outlet_initials(name: str | None) -> str:
    """The initials of a name of two words or more ("Indonesia Business Post" -> "ibp"), else ""."""
    words = re.findall(r"[^\W\d_]+", name or "")
    return "".join(word[0] for word in words).casefold() if len(words) >= 2 else ""


def names_outlet(text: str, labels: Iterable[str]) -> bool:
    """Whether a title part or byline names the outlet: a domain, "Online", or one of its labels."""
    squeezed = squeeze(text)
    return (bool(DOMAIN_LIKE.search(text)) or "online" in text.casefold().split()
            or any(label and label in squeezed for label in labels))


def strip_outlet(title: str, outlet_names: Sequence[str], shown: Sequence[str] = ()) -> str:
    """'Judul - Kompas.com Regional' → 'Judul'; 'Outlet.com: Rubrik - Judul' → 'Rubrik - Judul'.

    Leading and trailing separated parts that name the outlet (its labels, a domain, "Online") are
    cut, and WordPress's "Blog » Blog Archive »" before the post; the headline itself never (a title that is
    nothing but the outlet stays as it is). ``shown``:
    the headlines the page shows (its h1): a part they hold is the headline's, whatever word it starts
    with ("Cerita Saksi: Detik-detik Pengeroyokan …" on detik, "Pengamat: Suara Anies …" on suara.com)."""
    parts = split_parts(title)
    if len(parts) < 2:
        return title
    shown_keys = [squeeze(text) for text in shown]

    def headline_part(part: str) -> bool:
        key = squeeze(part)
        return bool(key) and any(key in shown_key for shown_key in shown_keys)

    start, end = 0, len(parts)
    # WordPress's stock title "Blog » Blog Archive » Post": the blog's name and the archive's label go before the post,
    # whatever the blog is called; a title the label closes ("Post « Blog Archive") keeps what is before it.
    archive = [index for index, part in enumerate(parts) if squeeze(part[0]) in WORDPRESS_ARCHIVE]
    if any(index < len(parts) - 1 for index in archive):
        start = max(index for index in archive if index < len(parts) - 1) + 1
    elif archive:
        end = archive[0]
    while end - start > 1 and names_outlet(parts[end - 1][0], outlet_names) and not headline_part(parts[end - 1][0]):
        end -= 1
    while end - start > 1 and leading_outlet(parts[start][0], outlet_names) and not headline_part(parts[start][0]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    return title[parts[start][1]:parts[end - 1][2]].strip()


# WordPress's label between the blog's name and the post in its stock theme's title ("Blog » Blog Archive » Post",
# common 2008-2012): never a headline's words.
WORDPRESS_ARCHIVE = frozenset({"blogarchive"})
# Words an outlet's name carries after it in a title's leading part, naming its web edition ("Pontianak Post Online",
# "Kaltim Post Online", "Suara Merdeka CyberNews": h211 probe, old regional titles "Outlet Online - Judul").
_EDITION_WORDS = frozenset({"online", "cybernews", "cyber", "news", "digital"})


def leading_outlet(part: str, outlet_names: Sequence[str]) -> bool:
    """A leading part is the outlet only when it is little else: "Outlet.com", "Okezone", "Tempo
    English", "Pontianak Post Online" (the name and its web edition's words, _EDITION_WORDS) — never a
    headline's first clause that merely starts with the name ("Detik-detik …")."""
    words = part.split()
    edition = list(words)
    while len(edition) > 1 and squeeze(edition[-1]) in _EDITION_WORDS:
        edition.pop()
    return (bool(DOMAIN_LIKE.search(part)) or squeeze(part) in outlet_names
            or (len(edition) < len(words) and squeeze(" ".join(edition)) in outlet_names)
            or (len(words) <= 2 and squeeze(words[0]) in outlet_names)
            or (len(words) == 1 and _channel_of(part, outlet_names)))


def _channel_of(word: str, outlet_names: Sequence[str]) -> bool:
    """One word naming an outlet's channel in camel case: "detikNews", "detikFinance" (detik's old titles
    "detikNews : Judul"). "Detik-detik" is a word, no channel."""
    key = squeeze(word)
    return any(key.startswith(name) and len(key) > len(name) and word[len(name):len(name) + 1].isupper()
               and word[:len(name)].casefold() == name for name in outlet_names if len(name) >= 4)


def split_parts(title: str) -> list[tuple[str, int, int]]:
    """(part, start, end) between separators."""
    parts: list[tuple[str, int, int]] = []
    position = 0
    for match in SEPARATOR.finditer(title):
        if match.start() > position:
            parts.append((title[position:match.start()], position, match.start()))
        position = match.end()
    if position < len(title):
        parts.append((title[position:], position, len(title)))
    return parts


def outlet_in_name(name: str, labels: Sequence[str]) -> bool:
    """Whether a byline names the outlet: one of its labels is a whole word or a run of whole words of
    the name ("Kompas Cyber Media", "Tim Riset Tirto", "Media Indonesia"). Word-aligned, unlike
    names_outlet: a person whose name starts like the outlet ("Vivanti" on viva.co.id) stays a person."""
    words = [squeeze(word) for word in re.split(r"[\s/|,]+", name) if squeeze(word)]
    label_set = set(labels)
    return any("".join(words[start:end]) in label_set
               for start in range(len(words)) for end in range(start + 1, min(len(words), start + 4) + 1))
