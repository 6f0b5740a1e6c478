"""Text-level cleaning of article bodies: the safety net behind the per-site DOM drop selectors.

An article body is a list of paragraph strings ("blocks") in reading order. This module

* tidies each block (``normalize_text``),
* drops blocks that are boilerplate as a WHOLE (``is_residue`` / ``strip_residue``), using the residue
  catalog (``newscrawl.residue``), plus the link lines listed under a bare "Baca juga" header,
* trims a desk sign-off such as ``(wid)``, ``(H-4)`` or ``(Andi Saputra)`` glued to the end of the last
  block, and joins a paragraph an ad slot cut in two,
* reads the body's SHAPE, because a catalog of strings is always one site behind (pure functions with
  their own tables): ``link_list_indexes`` (a short header over all-link lines, from the DOM walker's
  link density), ``trim_edges`` (the headline, a byline or a date stamp before the first paragraph;
  short non-sentences after the last one), blocks with no visible character (NUL, bidi marks),
* drops repeated blocks (a verse line repeated among short lines stays: a refrain) and blocks that repeat
  the title (``drop_duplicate_blocks``), and
* pulls out the Kompas-style syndication line (``find_syndication``), which is NOT residue: another part
  of the project reads the syndication source from it.

Precision rule: a pattern must match the whole block (``fullmatch``), and every pattern that lets free
text follow its leading marker has a length cap, because captions, credits and promos are short while
prose is not. Nothing is ever cut out of the middle of a paragraph, so inline residue glued into prose
(sindonews' "...Laki-lakiBaca Juga: 10 Negara ...") is left for the DOM layer.

Everything here is pure: no state survives between calls.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from html.entities import html5 as html5_references
from itertools import accumulate
from typing import Collection, Final, Iterable, Sequence
from urllib.parse import urlsplit

import ftfy

from newscrawl.dates import (BARE_DATELINE_RE, DATELINE_LEAD_RE, DAY_MONTH_NAME_YEAR, DAY_MONTH_YEAR_RE, DAY_NAMES,
                             MONTH_BY_NAME, MONTH_DAY_YEAR_RE, RELATIVE_RE, WIB, ZONE_BY_NAME, DateReading,
                             is_date_line, read_date, word_alternation)
from newscrawl.dom import (BOX_LINE_LINK_DENSITY, DATA_TABLE_MIN_ROWS, DIGEST_LABEL_RE, EDITOR_LABEL_LINE_RE, EDITOR_NOTE_RE, INVISIBLE_PATTERN,
                          ListItemText, announces)
from newscrawl.residue import (CALL_WITHOUT_CHANNEL_RE, COLUMN_LEAD, CREDIT_BY_LABEL, CREDIT_LABEL, CREDIT_NAMES,
                               DESK_CODE, DESK_MULTI, DESK_NUMBERED, DESK_PRINT_CODE, DESK_SINGLE, ENGLISH_STAY_OPENER, MAILBOX_SITE_RE,
                               MAX_RESIDUE_CHARS, MEDIA_CREDIT_LABEL, OUTLET_SITE_NAME, PHOTO_BY_CREDIT, PROMPT_KINDS, PROMPT_OPENER, RESIDUE_PATTERNS, SPEECH_RE,
                               SUBMISSION_FORM_RE, TAG_KINDS, TITLED_OUTLET_PHOTO_CREDIT, VIA_WIRE_CREDIT, ResiduePattern, channel_statement_subject,
                               is_copy_link_label, normalized_residue_kind, partner_producer, promo_owner,
                               upsell_brand)
from newscrawl.fields.outlet import AGENCIES, AGENCY_NAME_PATTERN, PAPER_WORDS, SOURCE_NAME_PATTERN, squeeze
from newscrawl.fields.places import is_place
from newscrawl.urls import canonical_url, registrable_domain

__all__ = [
    "RESIDUE_PATTERNS",
    "ResiduePattern",
    "affiliation_line",
    "announces_lines",
    "bare_column_name",
    "block_key",
    "column_byline_at",
    "dateline_credit",
    "dateline_outlet_part",
    "in_info_box",
    "clean_body", "is_residue_on_any_page",
    "distinct_tags",
    "gate_text",
    "announced_list_indexes",
    "announced_tail",
    "site_list_indexes",
    "drop_duplicate_blocks",
    "carried_page_starts",
    "cut_page_teasers",
    "meta_row",
    "find_syndication",
    "is_credited_caption",
    "caption_residue_for_its_credit",
    "told_in_captions",
    "ends_sentence",
    "is_prose_block",
    "is_residue",
    "is_syndication_line",
    "join_split_labels",
    "lead_junk",
    "link_list_indexes",
    "labelled_link_indexes",
    "closing_start",
    "link_head_end",
    "is_link_line",
    "is_date_line",
    "link_tail_start",
    "names_own_page",
    "normalize_text",
    "opens_with_dateline",
    "repeats_title",
    "residue_kind",
    "poll_question",
    "story_closing_line",
    "closing_sentence_line",
    "story_lines",
    "unmark_lists_after_cuts",
    "story_start",
    "strip_residue",
    "trim_edges",
    "widget_question_start",
]



# A sign-off glued to the end of the last block: "... bicara. (wid)". A single group must follow
# sentence-final punctuation, so "... kata saksi (pria)" keeps its parenthesis; the unmistakable slash
# form and "(*)" may also follow a plain space (merdeka: "8. Pintu keluar Tol Buahbatu (mdk/yan)").
_SENTENCE_END: Final = "[.!?\"'\u201d\u2019\u00bb)\\]]"
# A contributor's name in brackets after the last sentence, "... kata dia. (Andi Saputra)", and a desk
# code "(H-4)" are sign-offs too; an all-capitals "(AP)" is a source and stays.
_CONTRIBUTOR: Final = r"[A-Z][a-z'\u2019]+\.?(?:\s+(?:[A-Z][a-z'\u2019]+|[A-Z]\.)){0,3}"
# Words opening an office's or a firm's name, never a writer's: "(Pemda/Dinas PU)", "(Pertamina/Bank BRI)".
_OFFICE_WORDS: Final = (r"(?:Dinas|Badan|Kantor|Bank|Partai|Polres|Polda|Polsek|Pemkab|Pemkot|Pemprov|Pemda|Kota|Kabupaten"
                        r"|Provinsi|Kecamatan|Desa|Kementerian|Direktorat|Balai|Rumah|Universitas|Pengadilan|Kejaksaan|PT|CV)")
# A writer and the outlet, either way round: "(Bagiarta/balipost)", "(Nur Hidayat/ANTARA)", "(kaltimpost.id/rfa)"
# (regional papers' sign-offs, reconstructed); the writer may be a numbered desk code, "(kmb32/balipost)" (h142).
_NAME_AND_OUTLET: Final = (rf"(?:{_CONTRIBUTOR}|[A-Za-z]{{2,6}}|{DESK_NUMBERED})\s*/\s*[A-Za-z][A-Za-z0-9-]{{1,20}}(?:\.(?:co\.id|id|com|net))?"
                           rf"|[a-z0-9-]{{2,20}}\.(?:co\.id|id|com|net)\s*/\s*[A-Za-z]{{2,6}}"
                           # the outlet, then the writer's full name (and the outlet it wrote for): tribun's
                           # "(Tribunnews.com/Fersianus Waku)", "(Suara.com/Yaumal Asri Adi Hutasuhut)",
                           # "(Tribunnews.com/ Rina Ayu/ Kompas.com)"
                           rf"|[A-Za-z][A-Za-z0-9-]{{1,20}}\.(?:co\.id|id|com|net)\s*/\s*{_CONTRIBUTOR}"
                           rf"(?:\s*/\s*[A-Za-z][A-Za-z0-9-]{{1,20}}(?:\.(?:co\.id|id|com|net))?)?"
                           # an agency in capitals, then the photographer and the desk's editor: antara's
                           # "(ANTARA/Aditya Ananta/Arif)", "(ANTARA FOTO/Andreas Fitri Atmoko)" (h70 probe)
                           rf"|[A-Z]{{2,10}}(?:\s+FOTO)?\s*/\s*{_CONTRIBUTOR}(?:\s*/\s*{_CONTRIBUTOR})?"
                           # the outlet and the rubric: tirto's "(tirto.id - Kesehatan)"
                           rf"|[a-z0-9-]{{2,20}}\.(?:co\.id|id|com|net)\s+-\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}"
                           # the outlet's initials and its reporter's number, as its dateline names it ("Sumbawa
                           # Besar, SSN - …" closed by "(SSN/01)"; h159 probe); a year has four digits.
                           # A law's, a scripture's or a decree's number is the story's: "(UU/12)", "(QS/94)".
                           r"|(?!(?:UU|QS|HR|PP|SK|SE|KUHP|PERDA|PERPU|TAP)\s*/)[A-Z]{2,5}\s*/\s*\d{1,3}"
                           # the outlet, then its writer whose name ends in capital initials without dots: Jubi's
                           # "(Jubi/Indrayadi TH)" (h211 probe, 2014); an office and its unit ("(Pemda/Dinas PU)") is none
                           rf"|[A-Z][A-Za-z]{{1,11}}\s*/\s*(?!{_OFFICE_WORDS}\b){_CONTRIBUTOR}\s+[A-Z]{{1,3}}"
                           # the writer, the desk's code, then the outlet in capitalised words: Suara Merdeka
                           # CyberNews's "(Hanung Soekendro/CN40/SM Network)", "(Maulana M Fahmi /CN26 /SM Network)"
                           # (h265 probe, 2017-2018). The code between the two makes it a sign-off; a name's
                           # initial may go without its dot there, or be two or three in capitals ("(Nugroho DS/CN40/SM
                           # Network)", h269).
                           rf"|(?!{_OFFICE_WORDS}\b)[A-Z][a-z'\u2019]+(?:\s+(?:[A-Z][a-z'\u2019]+|[A-Z]{{1,3}}\.?)){{0,3}}"
                           # Only CyberNews's own code (CN and a number): a flight's, a team's or a road's
                           # "(Lion Air/JT610/Jakarta)", "(Timnas Indonesia/U23/Vietnam)" is the story's (h269).
                           r"\s*/\s*CN\d{1,3}\s*/\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}")
# Initials in capitals closed by an end mark: "(RF)***", "(RF)*" (Pikiran Rakyat's network): a source such as
# "(AP)" is not followed by stars.
_STARRED_INITIALS: Final = r"[(\[][A-Z]{2,4}[)\]]\s*\*+"
# NusaBali's "*nvi" (lowercase initials after a star) or its correspondent's code, a letter or two and a number ("*k19",
# "*cr12"; h287 D: residue.DESK_STARRED reads the bracketed "(*/k19)"), and Rakyat Merdeka's "[DIR]" (capitals in
# square brackets: a source is written in round ones, "(AP)").
_STAR_LED_CODE: Final = r"\*\s?(?:[a-z]{2,5}|[a-z]{1,2}\d{1,3})"
_STAR_LED_INITIALS: Final = rf"{_STAR_LED_CODE}|\[[A-Z]{{2,5}}\]"
_TRAILING_SIGNOFF_RE: Final = re.compile(
    rf"(?:(?<={_SENTENCE_END})\s*(?:[(\[](?:{DESK_SINGLE}|{DESK_NUMBERED}|{DESK_PRINT_CODE}|{_CONTRIBUTOR}|{_NAME_AND_OUTLET})[)\]]|{_STARRED_INITIALS}"
    rf"|{_STAR_LED_INITIALS})"
    rf"|(?:(?<={_SENTENCE_END})|(?<=\s))\s*[(\[](?:\*|{DESK_MULTI}|{DESK_CODE})[)\]])\s*$"
)

# Kompas-style syndication line (tribun, GIK): 'Artikel ini telah tayang di Kompas.com dengan judul "X",
# Klik untuk baca: https://...'; okezone's 'Berita ini telah diterbitkan di Sindonews.com dengan judul …'. Handled by find_syndication(), never dropped as residue.
# detik's cross-post note has the same role: "Artikel ini telah naik di detikBali dan bisa dibaca
# selengkapnya di sini." (PAGE travel); it yields an outlet but no title or URL.
# The note may go on with a short sentence that only points at the original (h246 probe: detik's "Artikel ini telah
# tayang di detikJatim. Baca selengkapnya di sini." with "di sini" the link; "…, baca selengkapnya di sini!";
# "Simak berita selengkapnya di sini"; "Baca artikel aslinya di sini."; "Klik untuk baca: https://…"): a reading verb,
# at most four words, then "selengkapnya"/"aslinya"/"di sini"/"untuk (mem)baca", then only "di sini", a link or an
# end mark up to the block's end. English: "Read the full story here.", "Read the original article."
_READ_MORE_WORD: Final = r"[^\s.!?]+"
_READ_MORE: Final = (
    rf"(?:(?:baca|simak|lihat|cek|klik|kunjungi)(?:\s+{_READ_MORE_WORD}){{0,4}}?\s+"
    r"(?:selengkapnya|lengkapnya|aslinya|asli|(?:di\s*)?sini|untuk\s+(?:mem)?baca(?:nya)?)"
    rf"|(?:read|click|see|view|continue)(?:\s+{_READ_MORE_WORD}){{0,4}}?\s+"
    r"(?:here|original(?:\s+(?:article|story|post|version))?|full\s+(?:article|story|post|report|version)))"
    r"(?:\s+(?:di\s*sini|here))?(?:\s*:?\s*https?://\S+)?\s*[.!]*"
)
_SYNDICATION_RE: Final = re.compile(
    # Tribun's note on a story written from another's: "Sebagian artikel ini telah tayang di Kompas.com dengan judul …"
    r"(?:sebagian\s+(?:(?:isi|dari)\s+)?)?"
    r"(?:artikel|berita|tulisan)\s+ini\s+(?:sebelumnya\s+)?(?:telah\s+|sudah\s+)?(?:pertama\s+kali\s+)?"
    r"(?:tayang|terbit|dimuat|diterbitkan|naik)\s+(?:di|pada)\s+"
    r"(?P<outlet>\S+(?:\s+\S+){0,3}?)"
    r"(?:\s+dengan\s+judul\b\s*:?\s*(?P<rest>.*)|\s+dan\s+(?:bisa|dapat)\s+dibaca\b.*"
    rf"|\s*[.,!;]\s*(?P<more>{_READ_MORE})|\s*[.,]?)",
    re.IGNORECASE,
)
# The English note ("This article first appeared on The Conversation. Read the full story here.", "This story was
# originally published by Reuters."; "This", not "The": "The article first appeared in …" tells of another one): the
# outlet a capitalised name or a domain, not a date ("… first published on Monday", "… in June 2019"), and nothing
# after it but the pointer to the original.
_EN_NOT_OUTLET: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun"
    r"|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday"
    r"|this|that|these|our|my|his|her|its|their|a|an"
    # a language: "This story was first published in English" (h253 R1-R3) names a translation, no outlet
    r"|english|indonesian|bahasa|javanese|sundanese|malay|chinese|mandarin|arabic|dutch|french|german|japanese"
    r"|korean|spanish)\b"
)
_SYNDICATION_EN_RE: Final = re.compile(
    r"this\s+(?:article|story|piece|post)\s+(?:(?:was\s+|has\s+been\s+)?(?:first\s+|originally\s+)"
    r"(?:appeared|published|ran|posted)\s+(?:on|in|at|by)|is\s+republished\s+from)\s+"
    rf"(?P<outlet>(?!{_EN_NOT_OUTLET})(?:(?i:the)\s+)?(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){{0,3}}"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|id|co\.id|co\.uk|tv))"
    # The Conversation's own form: "… republished from The Conversation under a Creative Commons license."
    r"(?:\s+under\s+a\s+creative\s+commons\s+licen[cs]e)?"
    rf"(?:\s*[.,!;]\s*(?P<more>{_READ_MORE})|\s*\.?)",
    re.IGNORECASE,
)
# The detik network's form: 'Baca artikel detikjatim, "Judul" selengkapnya https://www.detik.com/jatim/…'
# (reconstructed from the network's closing line): outlet, quoted title, link. CNN Indonesia's and CNBC Indonesia's
# copy line names the outlet in capitalised words: 'Baca artikel CNN Indonesia "Judul" selengkapnya di sini:
# https://www.cnnindonesia.com/…' (a site reposting their story keeps it; h165 probe).
_DETIK_CROSSPOST_RE: Final = re.compile(
    r"baca\s+artikel\s+(?P<outlet>detik\w*|\S+\.(?:com|id|co\.id)|(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
    # a name in words only with the copy line's tail right after the quoted title: 'Baca artikel Tempo "…" yang terbit
    # pekan lalu …' is a story's pointer (h168 probe)
    r"(?=\s*,?\s*[\"\u201c'][^\"\u201d]*[\"\u201d]\s*(?:selengkapnya|di\s+sini|https?://)))"
    r"\s*,?\s*(?P<rest>[\"\u201c'].*)", re.IGNORECASE)
# The KLY network's note on a story taken from a sister site (liputan6 from Bola.com, Fimela, Merdeka.com; h18
# probe): "Disadur dari: Bola.com (Penulis: A/Editor: B, Published: 19/6/2024)". The outlet is a site's name
# (a domain, or capitalised words), not "berbagai sumber" (various sources).
_ADAPTED_FROM_RE: Final = re.compile(
    r"(?:artikel\s+ini\s+)?disadur\s+dari\s*:?\s*"
    r"(?P<outlet>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.id|id|net|tv|co)|(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*){0,2})"
    r"\s*(?:[(\[](?P<rest>[^()\[\]]*)[)\]])?\s*\.?",
    re.IGNORECASE)
_SYNDICATION_MAX_CHARS: Final = 800
# What an outlet's name opens with: a capital ("Kompas.com", "TribunJatim.com"), a network's lower-case brand before
# its capitalised edition ("detikJatim", "kumparanBISNIS"), or a domain ("suara.com").
_OUTLET_NAME_RE: Final = re.compile(r"[A-Z]|[a-z]+[A-Z]|\S+\.(?:com|co\.id|id|net|org|tv)\b")
_SYNDICATION_TITLE_END_RE: Final = re.compile(
    r"\s*(?:klik\s+untuk\s+baca|baca\s+selengkapnya|selengkapnya\s*(?::|di\s+sini|https?://|$)|di\s+sini\s*:|https?://|penulis\s*:"
    r"|editor\s*:)",
    re.IGNORECASE,
)
_URL_RE: Final = re.compile(r"https?://[^\s\"'<>\u201c\u201d]+")

# Invisible characters removed outright: the ones inside words, by the dom's one policy (``dom.INVISIBLE_PATTERN``:
# zero-width space, word joiner, BOM, soft hyphen, direction marks; the joiners except where they join); and what is
# never text: control characters (NUL and the rest of C0/C1 but whitespace, which collapses), bidi
# embedding/override/isolate controls (U+202A-202E, U+2066-2069: "\u202e" reverses what follows it on screen), and
# lone surrogates (U+D800-DFFF: a JSON "\ud83d" cut from its pair, a truncated emoji in JSON-LD or app state): no
# character, and no UTF-8 can hold one, so the item could not be hashed or written at all.
_INVISIBLE_RE: Final = re.compile(
    f"{INVISIBLE_PATTERN}|[\u202a-\u202e\u2066-\u2069\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")

# For dedup keys only: every quote style (straight, curly, low-9, primes, guillemets, backtick, acute,
# fullwidth) becomes '"' and every dash '-': page 2 often re-types page 1 with other quotes.
# Replaced before NFKC, which would split the double prime (U+2033) and the acute (U+00B4) in two.
_KEY_QUOTES: Final = "'\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2018\u2019\u201a\u201b\u2032`\u00b4\uff02\uff07"
_KEY_DASHES: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# "--" and "---" are the en and em dash as typed: WordPress's wptexturize prints them as "\u2013"/"\u2014" on the
# page but leaves them in the raw post a theme copies into JSON-LD articleBody (h98). Longer runs are rules.
_KEY_TYPED_DASH_RE: Final = re.compile(r"(?<!-)-{2,3}(?!-)")
_KEY_TRAILING_PUNCTUATION: Final = " .,;:!?\u2026"


def _collapse_whitespace(text: str) -> str:
    # Fast path: isprintable() is False for every whitespace char except the ASCII space and for the
    # zero-width/format chars, so a printable text only needs its ASCII spaces tidied.
    if text.isprintable():
        if "  " not in text:
            return text.strip(" ")
        return " ".join(text.split())
    # str.split() splits on all Unicode whitespace, NBSP and narrow NBSP included.
    return " ".join(_INVISIBLE_RE.sub("", text).split())


# A character reference left in the text after the page was parsed: the CMS escaped the story twice
# ("&amp;quot;" in the HTML shows as &quot; in a browser too). Any HTML5 named reference ("&eacute;", "&deg;") and
# numeric ones up to the last code point (7 decimal, 6 hex digits: "&#128674;"), with their semicolon; a bare "&",
# "R&D", or a name HTML does not define ("AT&T;") is text.
_LEFT_ENTITY_RE: Final = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def _decoded_reference(match: re.Match[str]) -> str:
    reference = match.group()
    if reference[1] != "#" and reference[1:] not in html5_references:
        return reference
    return html.unescape(reference)


def unescape_left_entities(text: str) -> str:
    """Decode character references a double-escaping CMS left in the text (two levels at most)."""
    for _ in range(2):
        if "&" not in text or not _LEFT_ENTITY_RE.search(text):
            break
        text = _LEFT_ENTITY_RE.sub(_decoded_reference, text)
    return text


# What UTF-8 read as windows-1252 or Latin-1 leaves ("â€œ" for “, "Ã©" for é, "Â\xa0" for NBSP, "ðŸ˜¹" for 😹,
# "æž—" for 林): a lead byte of 2-, 3- or 4-byte UTF-8 (Â … ô) followed by what a continuation byte reads as
# (U+0080-U+00BF, or a windows-1252 letter such as Ÿ, ž, €, ™). Only a gate: ftfy.fix_encoding decides.
_MOJIBAKE_RE: Final = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                                 "\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|(?<=\\S)\u00c2 ")
# "Rp80Â Ribu": the NBSP of "Â\xa0" already collapsed to a space (dom.collapse_ws runs first); put back for ftfy.
_COLLAPSED_NBSP_RE: Final = re.compile("(?<=\\S)\u00c2 ")


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 bytes a CMS once decoded as windows-1252 ("â€œKami…â€\x9d" -> "“Kami…”", "KRL ðŸ˜¹" ->
    "KRL 😹"), repaired by ftfy.fix_encoding (which changes a text only when the repair is unambiguous); other text
    as it is."""
    if text.isascii() or not _MOJIBAKE_RE.search(text):  # every character the regex looks for is non-ASCII
        return text
    restored = _COLLAPSED_NBSP_RE.sub("\u00c2\u00a0", text) if "\u00c2 " in text else text
    fixed = ftfy.fix_encoding(restored)
    return text if fixed == restored else fixed


# A C1 control in decoded text is a windows-1252 byte a CMS once stored as Latin-1 (text pasted from Word into an
# old CMS, then moved to UTF-8): "Jum\x92at", "\x93kutipan\x94", "tunggu\x85". The character it stands for, not
# nothing (h292: "Jum’at" had become "Jumat", a changed word). The five bytes windows-1252 leaves undefined
# (81, 8D, 8F, 90, 9D) stay C1 and are dropped with the other controls.
_C1_AS_WINDOWS_1252: Final = {
    code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0) if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1_RE: Final = re.compile("[\x80-\x9f]")


def normalize_text(text: str) -> str:
    """Tidy a kept block without changing its other characters: repair mojibake (``repair_mojibake``),
    decode character references left by a double-escaping CMS, remove invisible characters, turn NBSP and
    every other whitespace run into one space, strip the ends; compose to NFC ("e" + U+0301 -> "é", as a
    search or a comparison expects it)."""
    if isinstance(text, ListItemText):  # tidied, still an item of its list
        return ListItemText(_normalized(text), text.list_key, text.linked)
    return _normalized(text)


def _normalized(text: str) -> str:
    if text.isascii():
        return _collapse_whitespace(unescape_left_entities(text) if "&" in text else text)
    text = repair_mojibake(text)  # first: a mojibake sequence holds C1 controls of its own ("\u00e2\u20ac\x9d")
    if _C1_RE.search(text):
        text = text.translate(_C1_AS_WINDOWS_1252)
    text = _collapse_whitespace(unescape_left_entities(text))
    return unicodedata.normalize("NFC", text)  # checks first: a composed text is returned as it is


# What spellings of one tag differ by: spaces, hyphens, underscores, dots ("Covid-19", "COVID 19", "covid19";
# "timnas-indonesia"). Other punctuation tells tags apart ("C", "C++", "C#"; "100", "100%").
_TAG_SEPARATORS: Final = re.compile(r"[\s\-_.\u00b7\u2010-\u2015\u2212]+")  # dashes of any width too (h37)


def distinct_tags(tags: Iterable[str]) -> list[str]:
    """One tag per topic, in order: spellings that differ only in case, separators (_TAG_SEPARATORS) or a leading
    "#" ("Pemprov DKI", "pemprov dki", "#pemprov dki") are one, the first kept, without its "#"."""
    seen: set[str] = set()
    kept: list[str] = []
    for tag in tags:
        tag = tag.lstrip("#").strip()
        key = _TAG_SEPARATORS.sub("", tag.casefold().replace("\u2019", "'"))  # "Ma’ruf" is "Ma'ruf"
        if key and key not in seen:
            seen.add(key)
            kept.append(tag)
    return kept


def block_key(text: str) -> str:
    """Comparison key for duplicate detection: quotes and dashes unified (a typed "--"/"---" too), NFKC,
    case-folded, whitespace (NBSP, zero-width) collapsed, trailing punctuation dropped ("Foo bar." == "foo  bar"),
    inside a closing quote too ('"Foo bar."' == '"Foo bar".')."""
    if not text.isascii():
        for quote in _KEY_QUOTES:
            if quote in text:  # str.replace per present char beats translate() on non-ASCII text
                text = text.replace(quote, '"')
        for dash in _KEY_DASHES:
            if dash in text:
                text = text.replace(dash, "-")
        text = unicodedata.normalize("NFKC", text)
    elif "'" in text:
        text = text.replace("'", '"')
    if "--" in text:
        text = _KEY_TYPED_DASH_RE.sub("-", text)
    return _key_end(_collapse_whitespace(text.casefold()))


def _key_end(key: str) -> str:
    """A key without its trailing punctuation, outside a closing quote and inside it alike: '"persekutuan".' and
    '"persekutuan."' end the same (h40 probe)."""
    key = key.rstrip(_KEY_TRAILING_PUNCTUATION)
    if key.endswith('"') and key[-2:-1] and key[-2] in _KEY_TRAILING_PUNCTUATION:
        key = key[:-1].rstrip(_KEY_TRAILING_PUNCTUATION) + '"'
    return key


def residue_kind(block: str) -> str | None:
    """Name of the catalog entry that matches the whole block, or None when the block is not residue.
    Useful for pipeline stats; ``is_residue`` is the boolean form."""
    if len(block) > 2 * MAX_RESIDUE_CHARS:  # cheap reject before normalizing a long paragraph
        return None
    return normalized_residue_kind(_collapse_whitespace(block))














def is_residue(block: str) -> bool:
    """True when the WHOLE block is boilerplate (see RESIDUE_PATTERNS). The syndication line
    ("Artikel ini telah tayang di ...") is not residue: use find_syndication for it."""
    return residue_kind(block) is not None


def is_residue_on_any_page(block: str) -> bool:
    """Whether a block is residue whoever's page it is on: not one of the kinds whose verdict the page's host decides
    (_HOST_DECIDED_KINDS, strip_residue with the page's URL). A main text trimmed without the URL leaves those to it."""
    kind = residue_kind(block)
    return kind is not None and kind not in _HOST_DECIDED_KINDS


# Kinds the page's host decides (_host_brand_verdict): a story's appeal or app line names another's (h118 probe).
_HOST_DECIDED_KINDS: Final = frozenset({"donation_appeal", "named_app_promo"})


def is_syndication_line(block: str) -> bool:
    """Whether the block is a syndication note ("Artikel ini telah tayang di …", find_syndication)."""
    return _parse_syndication(block) is not None


# A link title under a bare related-links header ("Baca juga", "Berita Terkait", "Jangan Lewatkan!" …;
# merdeka p.dont-display + <p><a> lines, liputan6 div.baca-juga, PAGE): short, not ending like a
# sentence, not a numbered/bulleted list item.
_LINK_TITLE_MAX_CHARS: Final = 160
_MAX_LINKS_UNDER_HEADER: Final = 8
_BARE_RELATED_HEADER_RE: Final = re.compile(r"(?:baca|lihat)\s+juga\s*:?", re.IGNORECASE)
_LIST_HEADER_KINDS: Final = frozenset({"related_link", "related_header"})
# A box's label over its lines ("Berita Terkait", "Tag:"): no poll's option (_widget_option).
_BOX_LABEL_KINDS: Final = _LIST_HEADER_KINDS | TAG_KINDS
# Kinds whose line a story may quote: residue only in the run of residue closing the body.
_CLOSING_ONLY_KINDS: Final = frozenset({"reader_submission_prompt", "editor_pick_english", "funding_note",
                                          "donation_appeal", "named_app_promo", "lower_case_credit", "outlet_hub_promo",
                                          "print_edition_note", "related_footer", "reader_feedback_prompt",
                                          "run_writer_credit", "desk_team_signoff"})
# Kinds a story may quote mid-body (a podcast's partnership line, h280 R4): residue only in the run of residue opening
# or closing the body, unless the line names the host's own brand (_own_partner_production).
# A note that the page changed and when ("Artikel ini telah diperbarui pada …", h300 C12) is the page's at either end; a
# story may tell of another article so mid-body.
_EDGE_ONLY_KINDS: Final = frozenset({"partner_production_note", "page_update_note"})
# A staff credit whose name is printed in lower case ("Editor: muslimah" under Tribun-network syndication notes, h124
# probe): residue's credit takes capitalised names only, as "Penulis: buku ini …" may be a sentence; one to four
# lower-case words (letters only) after a staff label are a credit in the run closing the body (_CLOSING_ONLY_KINDS).
_LOWER_CASE_CREDIT_RE: Final = re.compile(
    r"(?:editor|penyunting|redaktur|penulis|pewarta|reporter)\s*:\s*(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,3}", re.IGNORECASE)
# A citizen column's lead sentence alone and unmarked ("Kompasiana merupakan platform jurnalisme warga."): a story about
# the platform says it too, so only closing the body is it the column's notice; "*) Tribunners merupakan …" anywhere.
_BARE_COLUMN_LEAD_RE: Final = re.compile(COLUMN_LEAD, re.IGNORECASE)
# An English follow promo opening as a writer's closing advice may ("Stay informed, …", "Keep up with …"): only
# closing the body is it the site's (h118 probe).
_ENGLISH_STAY_OPENER_RE: Final = re.compile(rf"\W*(?:to\s+)?{ENGLISH_STAY_OPENER}\b", re.IGNORECASE)
_LIST_ITEM_RE: Final = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s|[-\u2022*]\s", re.IGNORECASE)


def _looks_like_link_title(text: str) -> bool:
    if not text or len(text) > _LINK_TITLE_MAX_CHARS or text[-1] in ".,;:":
        return False
    if len(text) >= 2 and text[-1] in "\"'\u201d\u2019" and text[-2] in ".,!?":
        return False  # a quote ending a sentence: prose
    return _LIST_ITEM_RE.match(text) is None


def _is_bare_list_header(text: str, kind: str | None) -> bool:
    return kind == "related_header" or (kind == "related_link" and _BARE_RELATED_HEADER_RE.fullmatch(text) is not None)


def _link_list_after_header(texts: list[str], next_kept: list[int], header_index: int,
                            stamp_after: Sequence[bool] = ()) -> list[int]:
    """Indexes of the link titles listed under the bare header at header_index. Only a run of at least
    two counts: one title-like line after a header is as likely a subheading as a link.

    ``next_kept[i]`` is the first index after i that is not already dropped: empty or residue blocks
    between links (an ad slot) do not end the list, and are jumped over in one step, so the scan
    looks at no more than _MAX_LINKS_UNDER_HEADER + 1 blocks per header (linear in the body).

    ``stamp_after[i]``: whether the next non-empty line after i is a card's relative time (relative_stamp_line, itself
    residue). A box whose cards carry one is read card by card: a title over its stamp is a card (one is enough: no
    subheading has one), and once the box has shown stamps, a title-like line with none under it is no card of it but
    the story's heading after the box (h264 c11: "Artikel Terkait", "2 jam lalu", "3 jam lalu", then the story's "Kurang
    Motivasi" over its paragraph was read as the box's third title and cut).
    """
    links: list[int] = []
    index = next_kept[header_index]
    stamps = len(stamp_after) == len(texts)
    # stamps between the header and the first line kept: cards whose headlines were read out before (dom)
    stamped = stamps and any(stamp_after[header_index:index - 1])
    while index < len(texts):
        if len(links) == _MAX_LINKS_UNDER_HEADER or not _looks_like_link_title(texts[index]):
            break
        if stamps:
            if stamped and not stamp_after[index]:
                break
            stamped = stamped or stamp_after[index]
        links.append(index)
        index = next_kept[index]
    return links if len(links) >= 2 or (links and stamped) else []


# Related and pick labels that stand alone over the link they announce ("Pilihan Editor:", "Baca juga:", "Berita Terkait").
_LABEL_OVER_LINK_KINDS: Final = _LIST_HEADER_KINDS | {"editor_pick", "editor_pick_english"}
_LABEL_ALONE_MAX_WORDS: Final = 3
# Kinds of a line holding a related or pick label and another story's title after it ("Baca juga: <a>…</a>", "Baca
# Juga Polisi …", "Read also: …", "(Baca juga: …)", "Pilihan Editor: …", "Tonton: …"): an item with its own label.
_SELF_LABELLED_KINDS: Final = frozenset({
    "related_link", "related_link_no_colon", "related_link_short", "related_link_english", "related_link_bracketed",
    "related_next", "related_label_title", "editor_pick", "editor_pick_english"})
# The label before a colon opening a line, as short as a box's label is ("Berita Terkait:", "Selengkapnya:").
_OPENING_LABEL_RE: Final = re.compile(r"[^:\uff1a]{2,40}[:\uff1a]")


def _self_labelled_link(text: str) -> bool:
    """Whether a link line carries its own related or pick label before its title: "Baca juga: <a>Sejarah Hari Guru
    Nasional dan Tema HGN 2026</a>", "Simak juga: …", "Berita Terkait: <a>…</a>" (a label the catalogue knows as a box's,
    its colon closing it). Such a line is a related item whole, no link under a header: the short line over it (a poem's
    verse, a subheading) heads nothing (link_list_indexes, h164 probe). A bare label ("Baca Juga") is no item."""
    kind = residue_kind(text)
    if kind in _SELF_LABELLED_KINDS and not _is_bare_list_header(text, kind) and not text.endswith((":", "\uff1a")):
        return True
    label = _OPENING_LABEL_RE.match(text)
    return (label is not None and label.end() < len(text) and text[label.end():].strip() != ""
            and residue_kind(label.group()) in _LABEL_OVER_LINK_KINDS)


def labelled_link_indexes(texts: list[str], link_densities: list[float]) -> set[int]:
    """Indexes of a related or pick label standing alone ("Pilihan Editor:", "Baca juga:", "Berita Terkait") and of the
    one link right after it: a line all link (link density >= 0.8) reading as a title (no sentence's end). A site that
    wraps each paragraph in a container of its own puts the two in two containers (tempo's "<p>Pilihan Editor:</p>"
    then "<p><a>title</a></p>", h68), where no container's link_list_indexes sees a header over its link; strings
    alone cannot tell the title from a subheading (_link_list_after_header wants two), its link can. An uncatalogued
    label ("Referensi:" over linked sources) is left to the story."""
    found: set[int] = set()
    for index in range(len(texts) - 1):
        text = texts[index]
        kind = residue_kind(text)
        if (kind in _LABEL_OVER_LINK_KINDS
                and (_is_bare_list_header(text, kind)
                     or (text.endswith((":", "\uff1a")) and len(text.split()) <= _LABEL_ALONE_MAX_WORDS))
                and link_densities[index + 1] >= _LINK_DENSE and _looks_like_link_title(texts[index + 1])
                and not ends_sentence(texts[index + 1])):
            found.update((index, index + 1))
    return found


def _stamp_after(texts: list[str], kinds: list[str | None]) -> list[bool]:
    """For each index, whether the next non-empty line after it is a relative stamp (kind "relative_stamp"): one
    backward pass."""
    result = [False] * len(texts)
    following = False
    for index in range(len(texts) - 1, -1, -1):
        result[index] = following
        if texts[index]:
            following = kinds[index] == "relative_stamp"
    return result


def _next_kept(dropped: list[bool]) -> list[int]:
    """For each index, the first later index not dropped (len(dropped) when none): one backward pass."""
    result = [len(dropped)] * len(dropped)
    following = len(dropped)
    for index in range(len(dropped) - 1, -1, -1):
        result[index] = following
        if not dropped[index]:
            following = index
    return result


# ------------------------------------------------------------------------------------ structure
# Rules that read a body's SHAPE rather than its strings (a catalog is always one site behind).

# A block that ends a sentence (or is long enough to be prose whatever its end).
_PROSE_MIN_CHARS: Final = 80
_SENTENCE_FINAL: Final = tuple(".!?\"'\u201d\u2019\u2026)")
_SHORT_HEADER_MAX_CHARS: Final = 40
_LINK_DENSE: Final = BOX_LINE_LINK_DENSITY
_LINK_LINE_MAX_CHARS: Final = 200


# A bracketed sign-off after a sentence ("… kata dia. (H-4)", "… Rabu. (ant)"): the sentence ends before it.
_SIGNOFF_AFTER_SENTENCE: Final = re.compile(r"(?<=[.!?\"'\u201d\u2019])\s*[(\[][^()\[\]]{1,40}[)\]]$")
_SENTENCE_END_MARKS: Final = tuple(".!?\"'\u201d\u2019\u2026")


def ends_sentence(text: str) -> bool:
    """Whether the block ends like a sentence: a full stop, "!", "?", a closing quote or an ellipsis, an end mark
    ("… akhir bulan.***") or a bracketed sign-off after it allowed. A closing bracket alone ends no sentence: a
    name with an age ("Sutrisno (54)"), a caption's credit, a headline's "(1)". A tail the last paragraph loses
    downstream (_trim_trailing_signoff: "… masker. *nvi", "… masker. (RF)***") is stripped first. The one test
    maintext's edges and is_prose_block share (h20 probe: generic cut a closing list of "Name (age)" lines, one said
    prose and the other junk)."""
    if text.endswith(_SENTENCE_END_MARKS):
        return True
    # The tails the body's last paragraph loses downstream first (_trim_trailing_signoff): a star-led sign-off
    # ("… memakai masker. *nvi"), starred initials ("… masker. (RF)***"). Unstripped, a short last paragraph
    # carrying one read as a non-sentence and maintext's edges cut it whole (h286 C).
    if (trimmed := _trim_trailing_signoff(text)) != text and trimmed.endswith(_SENTENCE_END_MARKS):
        return True
    if text.endswith((")", "]")):
        text = _SIGNOFF_AFTER_SENTENCE.sub("", text)
    return text.rstrip("*#~ ").endswith(_SENTENCE_END_MARKS)


def is_prose_block(text: str) -> bool:
    """Prose: long, ending like a sentence (ends_sentence), or a sentence announcing what follows ("Berikut
    daftar kecamatan yang terdampak:"; "Tags:" is no sentence)."""
    return (len(text) >= _PROSE_MIN_CHARS or ends_sentence(text)
            or (text.endswith(":") and text.count(" ") >= 3))


# Between a data table's cells in a block (dom.walk_blocks).
_TABLE_CELLS: Final = " | "


def _announces_story_list(text: str) -> bool:
    """A sentence ending with a colon that announces the lines after it ("Berikut daftarnya:", "Berikut sebagian
    tersangka yang telah ditahan:"): what follows is the story's list, whatever it links to. A box's label
    ("Baca juga:", "Berita Terkait:", "Simak juga:") is no sentence, and a related box's announcing words are the
    residue catalog's."""
    return announces(text) and residue_kind(text) is None


def announced_list_indexes(texts: list[str], link_densities: list[float],
                           pager_lines: Sequence[bool] = ()) -> set[int]:
    """Indexes of the lines a sentence right above them announces ("Berikut daftarnya:" and the clubs under it, each
    linked to its tag page): the run of short lines after it of one kind, all links or none (a tag box after a list of
    "<a>Name</a> (Club)" items is no item). The story's list, whatever its lines link to, but never a pager's line
    (_pager_line; ``pager_lines``: dom.own_pager_lines)."""
    found: set[int] = set()
    for start, end in _announced_runs(texts, link_densities, pager_lines):
        found.update(range(start, end))
    return found


def _announced_runs(texts: list[str], link_densities: list[float],
                    pager_lines: Sequence[bool] = ()) -> list[tuple[int, int]]:
    """The (start, end) of each list a sentence announces (announced_list_indexes)."""
    return [(index + 1, _announced_list_end(texts, link_densities, index + 1, pager_lines))
            for index, text in enumerate(texts) if _announces_story_list(text)]


# A page's number alone on a pager's link ("2", "[2]", "Hal. 2") or a step ("Lanjut »", "Next ›"), said by a link to
# the article's own page (h238 probe B5, B6); two or more ("1 2 3") and the pager's words ("Selanjutnya", "Halaman 2")
# are the residue catalogue's "pager".
_PAGER_LINK_TEXT_RE: Final = re.compile(
    r"[\[(]?\s*(?:(?:hal(?:aman)?|page)\.?\s*)?\d{1,3}\s*[\])]?"
    r"|[«‹<]*\s*(?:lanjut(?:kan)?|berikutnya|selanjutnya|sebelumnya|next|prev(?:ious)?)\s*[»›>]*"
    r"|[«‹»›<>]{1,2}", re.IGNORECASE)


def _pager_line(texts: list[str], pager_lines: Sequence[bool], index: int) -> bool:
    """Whether line ``index`` is a pager's, no item of a list a sentence announces: a line of the article's own pager
    (``pager_lines``: dom.own_pager_lines, a link line leading only to the article itself, whatever its page: "?page=2",
    "/2" after the slug) that says only what a pager says — a page's number alone or a step (_PAGER_LINK_TEXT_RE) or the
    catalogue's pager words ("Selanjutnya", "Halaman 2", "1 2 3"). Page 1 of a paged story ending "Berikut daftar
    wilayah yang terdampak pemadaman:" right over its pager's "<a>1</a>", "<a>2</a>", "<a>Selanjutnya</a>", each a
    block of its own (pikiran-rakyat's div.paging__item, h223 probe): its list is on the next page. Both are needed:
    numbers linking elsewhere are the story's (album years linking their tag pages, emergency numbers as tel: links),
    and so are words linking the article's own pages (a paged listicle's table of contents: "Farmhouse Lembang" to
    "?page=2"; h228 probe L2-L4)."""
    if len(pager_lines) != len(texts) or not pager_lines[index]:
        return False
    text = texts[index]
    return _PAGER_LINK_TEXT_RE.fullmatch(text.strip()) is not None or residue_kind(text) == "pager"


def _announced_list_end(texts: list[str], link_densities: list[float], start: int,
                        pager_lines: Sequence[bool] = ()) -> int:
    """The end of the list that starts at ``start``, under an announcing sentence (announced_list_indexes). Items read
    from a list element (dom.ListItemText) end where that list does, and only there: the line after its last <li> is
    no item of it (kompas' "Artikel Terkait Lainnya" over its cards right after the story's <ul>; h101 probe), and an
    item more link than the first ("<a>Persija Jakarta</a> (Grup B)" under "Persib Bandung - juara Grup A") is one
    (h105 probe). Other lines: the run of short ones of one kind (_announced_line_kind: all links or none, a table's
    rows or none, prose or none): "Berikut hasilnya:" over a table's rows ends with them, before the story's paragraph
    or a related box's header ("Bacaan Lain Hari Ini") over its links after them (h155 probe: the header read as an
    item of the list, link_list_indexes never saw the box). A plain line right over links after plain items stays an
    item ("Jay Idzes (Venezia)" over a tag box: no header's shape tells them apart). After lines that are no links, the
    list's notes (_list_note: "Harga berlaku sejak 1 Juni 2024", "Sumber: AFC" under a table's rows) are its own: a
    box's header is a label, never a note, and link_tail_start cuts a closing box after them (h158 probe). The list
    ends at a pager's line (_pager_line: h223 probe), whose links are no item of it."""
    if start >= len(texts):
        return start
    kind = _announced_line_kind(texts[start], link_densities[start])
    key = texts[start].list_key if isinstance(texts[start], ListItemText) else None
    end = start
    while end < len(texts) and not _announces_story_list(texts[end]) and not _pager_line(texts, pager_lines, end) \
            and not _stamped_card(texts, link_densities, end) and (
            getattr(texts[end], "list_key", None) == key if key is not None
            else (len(texts[end]) <= _LINK_LINE_MAX_CHARS
                  and _announced_line_kind(texts[end], link_densities[end]) == kind)):
        end += 1
    if key is None and not kind[0]:
        # The list's notes under its rows ("Harga berlaku sejak 1 Juni 2024", "Sumber: AFC"; h158 probe) are its own:
        # no box's header, nor the first line of a closing run of links (link_tail_start).
        while end < len(texts) and _list_note(texts[end], link_densities[end]):
            end += 1
    return end


def _stamped_card(texts: list[str], link_densities: list[float], index: int) -> bool:
    """Whether line ``index`` is a card's linked headline over its relative time ("<a><h4>Yoga untuk Pemula</h4></a>
    <span>3 jam lalu</span>"): another story's card, no item of a list a sentence announces (h264 c11: a related box
    right under "… di antaranya sebagai berikut:", its first card read as the list's item and kept)."""
    return (link_densities[index] >= _LINK_DENSE and index + 1 < len(texts)
            and relative_stamp_line(texts[index + 1]) and link_densities[index + 1] < _LINK_DENSE)


# A note under a list's rows, never a box's label (h158 probe: "Harga berlaku sejak 1 Juni 2024" under a price table,
# "Sumber: AFC" under a standings table, then a box's links): a source's credit (a word or two then a colon and what it
# names) or a figure (a date, an amount) other than a box's ranking count alone ("5 Berita Terpopuler").
_NOTE_CREDIT_RE: Final = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)? ?: ?\S")
_RANK_COUNT_RE: Final = re.compile(r"\d{1,2} [^\d]+")


def _list_note(text: str, link_density: float) -> bool:
    """A list's note (_NOTE_CREDIT_RE, or a figure that is no ranking count): short, no link, no table's row, no
    announcing sentence, no catalogued box label ("Baca juga: …")."""
    if (not text or len(text) > _LINK_LINE_MAX_CHARS or link_density >= _HALF_LINK or _table_row(text)
            or _announces_story_list(text) or residue_kind(text) in _BOX_LABEL_KINDS):
        return False
    return (_NOTE_CREDIT_RE.match(text) is not None
            or (any(char.isdigit() for char in text) and _RANK_COUNT_RE.fullmatch(text) is None))


def _announced_line_kind(text: str, link_density: float) -> tuple[bool, bool, bool]:
    """A line's kind in a list a sentence announces: a link line, a table's row, a paragraph of prose (a sentence of
    _PROSE_MIN_CHARS or more)."""
    return (link_density >= _LINK_DENSE, _table_row(text), len(text) >= _PROSE_MIN_CHARS and ends_sentence(text))


# A time of day in a date line ("09:15 WIB", "14.05"), not a numeric date's day and month ("27.05.2025").
_TIME_OF_DAY_RE: Final = re.compile(r"(?<![\d./])\d{1,2}[:.]\d{2}(?![\d./])")


# A day's date in a date line, maybe glued to the next card's ("Sabtu, 11 Oktober 2025Kamis, 9 Oktober 2025": a
# video strip's cards, each a link holding its thumbnail and its date).
# The shared named-month date (dates.DAY_MONTH_NAME_YEAR: "11 Oktober 2025", "11-Okt-2025"), without an end mark.
_DAY_IN_LINE_RE: Final = re.compile(DAY_MONTH_NAME_YEAR, re.IGNORECASE)


def _linked_date_line(text: str, link_density: float) -> bool:
    return link_density >= _LINK_DENSE and is_date_line(text)


# A relative time's marks around it on a card ("• 2 jam lalu", "(3 hari yang lalu)", "| kemarin").
_STAMP_MARKS: Final = r"[\s\W_]*"
# A card's stamp ends bare: a sentence's mark or a closing quote after it is a story's line ("Kemarin.", "“Dua hari
# lalu.”", an interview's answer or a dialogue's, h267).
_SENTENCE_CLOSE_RE: Final = re.compile("[.?!\"\u201d\u2019']\\s*$")
# A card's count is in digits, or "a"/"an" ("an hour ago"): a story's heading or answer says it in words ("Setahun
# Lalu", "Dua Hari Lalu", "Sepuluh Tahun Lalu", "Two Years Ago", h267).
_STAMP_COUNT_RE: Final = re.compile(r"\W*(?:\d|an?\s)")


def relative_stamp_line(text: str) -> bool:
    """Whether a line IS a card's relative time and nothing else: "2 jam lalu", "3 hari yang lalu", "5 hours ago",
    "an hour ago", "• 2 jam lalu" (dates.RELATIVE_RE) — a card's stamp, the page's render clock, never the story's text:
    a sentence saying it ("Kejadian itu terjadi 2 jam lalu.") is no such line (h264 c11: tempo-like "Artikel Terkait"
    cards, each "<a><h4>title</h4></a><span>2 jam lalu</span>"). Not a count in words, "silam", a day word ("Kemarin",
    "Hari ini, 19.00 WIB": a feature's subheadings, an interview's answer, a schedule's kickoff, a liveblog's entry)
    or a line closed as a sentence (h267: all of them dropped as stamps)."""
    if not text or len(text) > _SHORT_HEADER_MAX_CHARS:
        return False
    lowered = text.casefold().strip()
    if _SENTENCE_CLOSE_RE.search(lowered) or "silam" in lowered:
        return False
    match = RELATIVE_RE.search(lowered)
    if match is None or not _STAMP_COUNT_RE.match(lowered, match.start()):
        return False
    return (re.fullmatch(_STAMP_MARKS, lowered[:match.start()]) is not None
            and re.fullmatch(_STAMP_MARKS, lowered[match.end():]) is not None)


def _card_line_indexes(texts: list[str], link_densities: list[float], kept: Collection[int]) -> set[int]:
    """Indexes of other stories' cards in the body, headerless (h101 probe: antara's "related-inbody", sindonews'
    "artikel-terkait-inline"): a date line inside a link (_linked_date_line: a story never links a bare date) and the
    run of link lines around it (short, link density >= 0.8: the card's headline, another card), wherever it stands,
    when the run holds a headline (a link line that is no date line), its date a time of day (a card's stamp,
    "Senin, 13 Oktober 2025 - 09:15 WIB", whose headline dom left out) or two days or more with nothing else (a video
    strip's cards, their thumbnails and dates only, h106 probe): a timeline's linked day, "2 Juli 2024" over that
    day's paragraph, is the story's (h105 probe). A card's relative time outside its link, right under its headline
    (relative_stamp_line: "2 jam lalu"), is a stamp too, and joins the run: the link lines and stamps go together, the
    run ending at the first line that is neither (h264 c11). Never a line of ``kept`` (a list a sentence announces, the
    story's list of websites)."""
    found: set[int] = set()
    count = len(texts)

    def link_line(index: int) -> bool:
        return (link_densities[index] >= _LINK_DENSE and len(texts[index]) <= _LINK_LINE_MAX_CHARS
                and index not in kept and not _table_row(texts[index]))

    def stamp_under_link(index: int) -> bool:
        # a card's relative time outside its link, right under the card's headline ("<a><h4>…</h4></a><span>2 jam
        # lalu</span>", h264 c11): a story writes no bare "2 jam lalu" line
        return index > 0 and index not in kept and link_line(index - 1) and relative_stamp_line(texts[index])

    index = 0
    while index < count:
        if not link_line(index):
            index += 1
            continue
        end = index
        stamped = False
        while end < count and (link_line(end) or stamp_under_link(end)):
            stamped = stamped or not link_line(end)
            end += 1
        dates = [_linked_date_line(texts[line], link_densities[line]) for line in range(index, end)]
        if stamped or (any(dates) and (
                not all(dates) or any(_TIME_OF_DAY_RE.search(texts[line]) for line in range(index, end))
                or sum(len(_DAY_IN_LINE_RE.findall(texts[line])) for line in range(index, end)) >= 2)):
            found.update(range(index, end))
        index = end
    return found


def _table_row(text: str) -> bool:
    """A data table's row, its cells joined by " | " (dom.walk_blocks): the story's data, never a box's header or
    link (a price table's commodities linked to their tag pages)."""
    return _TABLE_CELLS in text


def link_list_indexes(texts: list[str], link_densities: list[float], story_lists: Collection[int] = (),
                      other_site_links: Sequence[bool] = (), pager_lines: Sequence[bool] = ()) -> set[int]:
    """Indexes of related-link boxes by structure: a short header (not a sentence) followed by one or
    more blocks that are all links (link density >= 0.8, short) — header and links. Whatever the
    header says ("Berita Terkait", "Jangan Lewatkan!", "Populer", a name no catalog has yet). A numbered
    or bulleted item is the story's list, never a header (the last item of a list before a link box), and so is a
    data table's row (its cells joined by " | ", dom.walk_blocks: the last row before a "Baca juga" link), which is no
    link line either. A sentence announcing a list ("Berikut daftarnya:") is no header, nor is an item of the list it
    announces (announced_list_indexes): its list is the story's, and so are ``story_lists`` (site_list_indexes), no
    box's links. Linear: each block is looked at once as a header candidate and once as a link. A date line or a
    relative time ("2 jam lalu", relative_stamp_line) right under a link line of the box is its card's, and a relative
    time heads nothing; a header over two or more relative times alone (their cards' headlines left out by dom) heads
    them (h264 c11). Other stories' cards without a header too: a linked date line and the
    link lines around it (_card_line_indexes). Right under a list a sentence announces, a label over links that all
    lead to another site than the page's (``other_site_links``: dom.other_site_link_lines) is the story's, no box of
    the outlet's ("Jadwal dan petunjuk teknis" over the PPDB site's pages under "Berikut informasi lengkap
    pendaftarannya:", h158 probe): a related box links the outlet's own stories. A link line carrying its own label
    ("Baca juga: <a>…</a>", _self_labelled_link) is an item needing no header: it neither joins a header's run nor lets
    the line over it head one (a poem's verse "Tapi hidup dalam setiap langkahku", a subheading "Susunan pemain" over a
    single "Baca juga" line: h164 probe); the catalogue drops that line itself. A line right over the article's own
    pager or load-more control (``pager_lines``: dom.own_pager_lines, a link to the article itself, "?page=2", or a
    pager's or load-more button's words) heads nothing: it is the story's line over its page's end (liputan6's "Pelatih:
    Carlos Pena" over "<a href='…?page=2'>Lanjutkan Membaca</a>", h206 probe): the run's lines under it go as before."""
    found: set[int] = set()
    runs = _announced_runs(texts, link_densities, pager_lines)
    announced = {index for start, end in runs for index in range(start, end)}
    after_lists = {end for _, end in runs}
    index = 0
    count = len(texts)
    while index < count:
        text = texts[index]
        end = index + 1
        if (text and len(text) <= _SHORT_HEADER_MAX_CHARS and link_densities[index] < 0.5
                and not text.endswith((".", "?", ",", ";")) and not _is_list_item(text) and not _table_row(text)
                and not _announces_story_list(text) and index not in announced
                # a card's relative stamp heads no box: the next card's link line under it is its box's (h264 c11)
                and not relative_stamp_line(text)):
            # Link lines carrying their own label make a run of their own: a bare title's run ends at one (a box,
            # then a "Baca juga" line of the story's), and one alone heads nothing.
            run_labelled: bool | None = None
            labelled = 0
            links = stamps = 0
            while end < count and end not in story_lists:
                if (link_densities[end] >= _LINK_DENSE and len(texts[end]) <= _LINK_LINE_MAX_CHARS
                        and not _table_row(texts[end])):
                    self_labelled = _self_labelled_link(texts[end])
                    if run_labelled is None:
                        run_labelled = self_labelled
                    elif self_labelled != run_labelled:
                        break
                    labelled += self_labelled
                    links += 1
                # cards' relative times one under another right under the header, their headlines left out by dom (a
                # link holding a thumbnail and its <h4> is read as a figure's): "Lainnya", "2 jam lalu", "3 jam lalu"
                elif (relative_stamp_line(texts[end])
                      and (end == index + 1 or (not links and relative_stamp_line(texts[end - 1])))):
                    stamps += 1
                # a card's date line outside its link, under the card's headline ("<a><h4>…</h4></a>
                # <span>27/05/2025, 20:15 WIB</span>"), or its relative time ("<span>2 jam lalu</span>", h264 c11: the
                # run ended at the first card's stamp, which then headed the next card, and the last stamp was left)
                elif not (end > index + 1 and link_densities[end - 1] >= _LINK_DENSE
                          and (is_date_line(texts[end]) or relative_stamp_line(texts[end]))):
                    break
                end += 1
            # the story's pointers to another site's pages under its announced list: no box
            elsewhere = (index in after_lists and len(other_site_links) == count
                         and all(other_site_links[line] for line in range(index + 1, end)))
            # one labelled line alone is an item of its own, no box the line over it heads (a verse, a subheading);
            # two or more under a header not catalogued ("Bacaan Lainnya" over two "Baca juga: …": h168) are a box
            # stamps alone are a box's only two or more of them: a live report's entry heading over its time ("Gol
            # Kedua", "5 menit lalu", then its paragraph) is the story's
            stamps_only = not links and stamps < 2
            if end > index + 1 and not elsewhere and not (labelled == 1 and end == index + 2) and not stamps_only:
                # right over the article's own pager or load-more button: the story's line, the links under it go
                # (every line under it is that control: a box listing other stories beside it is a box, h208 probe)
                over_pager = len(pager_lines) == count and all(pager_lines[index + 1:end])
                found.update(range(index + over_pager, end))
        index = end
    return found | _card_line_indexes(texts, link_densities, announced.union(story_lists))


def site_list_indexes(texts: list[str], link_densities: list[float], home_links: Sequence[bool]) -> set[int]:
    """Indexes of a story's list of websites: two or more lines all link (link density >= 0.8), each linking only
    sites' home pages (``home_links``: dom.links_site_homes, hospitals or offices named with their websites), the story
    going on in a paragraph right after them ("Daftar RS Rujukan DBD" over three linked hospitals mid-story, h67). A
    related box links articles, never a home page; a box of sister sites' home pages closes the body, with no paragraph
    of the story after it."""
    found: set[int] = set()
    index = 0
    while index < len(texts):
        end = index
        while (end < len(texts) and home_links[end] and link_densities[end] >= _LINK_DENSE
               and len(texts[end]) <= _LINK_LINE_MAX_CHARS):
            end += 1
        if end - index >= 2 and end < len(texts) and link_densities[end] < _HALF_LINK and ends_sentence(texts[end]) \
                and len(texts[end]) >= _SITE_LIST_PARAGRAPH_CHARS:
            found.update(range(index, end))
        index = max(end, index + 1)
    return found


# The paragraph going on after a story's list of websites (site_list_indexes): a sentence at least this long.
_SITE_LIST_PARAGRAPH_CHARS: Final = 40


# More link than this, and no sentence: a box's line with a label or a date outside its link (is_link_line).
_HALF_LINK: Final = 0.5


def is_link_line(text: str, link_density: float) -> bool:
    """A line that reads as a box's link, not a sentence's: nearly all link (BOX_LINE_LINK_DENSITY), or more than half
    link and no sentence — a related item with its rubric or date outside the link ("<span>Metropolitan</span>
    <a>headline</a>", "<a>headline</a> - Selasa, 18 Juni 2024"; h52 probe). A sentence more than half link ("Aturan
    itu diteken <a>Menteri Keuangan Sri Mulyani Indrawati</a>.") is the story's. ``link_density`` is the block's
    box_link_density (dom.Block): links to tag pages inside a line ("<a>Nama</a> (Klub)") do not count."""
    return link_density >= _LINK_DENSE or (link_density > _HALF_LINK and not ends_sentence(text))


# A closing run of navigation, footer or related boxes: at least this many link lines, half the run.
_LINK_TAIL_MIN_LINKS: Final = 3
_COPYRIGHT_LINE_RE: Final = re.compile(r"(?:copyright|hak\s+cipta|\u00a9|\(c\)\s*\d{4}).{0,160}", re.IGNORECASE)
_BRACKETED_RE: Final = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]")


def link_tail_start(texts: list[str], link_densities: list[float], pager_lines: Sequence[bool] = ()) -> int:
    """Where a closing boilerplate run starts (``len(texts)`` when there is none): navigation, a footer
    or a related list after the story's last paragraph, whatever its class. Walking back from the end:
    link lines (is_link_line: ``link_densities`` are the blocks' box_link_density), copyright lines, a bracketed
    sign-off, short labels that are no sentence and no list item; the run is boilerplate when 3 or more of its blocks are links and links
    are half of it or more, and it is not the whole body. An address line (``@``, ``www.``, ``http``) ends
    the run: a press release's contacts are links too; so does a sentence announcing a list ("Berikut sebagian
    tersangka yang telah ditahan:"), whose list is the story's closing lines, not a box, but never a pager's links
    (_announced_list_end; ``pager_lines``: dom.own_pager_lines): page 1's "Berikut daftar wilayah …:" over its pager
    (h223 probe). A data table's row is never a link line."""
    start = len(texts)
    links = 0
    while start > 0:
        text, density = texts[start - 1], link_densities[start - 1]
        if any(mark in text for mark in ("@", "www.", "http")):
            break  # an address or a handle: contacts under a press release, not a box
        if _announces_story_list(text):
            # The lines right after it are the list it announces (announced_list_indexes): a box may follow it.
            end = _announced_list_end(texts, link_densities, start, pager_lines)
            links -= sum(is_link_line(line, density) and not _table_row(line)
                         for line, density in zip(texts[start:end], link_densities[start:end]))
            start = end
            break
        if is_link_line(text, density) and not _table_row(text):
            links += 1
        elif not (not text or _COPYRIGHT_LINE_RE.fullmatch(text) or _BRACKETED_RE.fullmatch(text)
                  or (len(text) < _PROSE_MIN_CHARS and not text.endswith(_SENTENCE_FINAL) and not _is_list_item(text))):
            break
        start -= 1
    run = len(texts) - start
    return start if start > 0 and links >= _LINK_TAIL_MIN_LINKS and links * 2 >= run else len(texts)


def link_head_end(texts: list[str], link_densities: list[float]) -> int:
    """Where the story starts after an opening run of linked headlines (0 when there is none): a related-stories
    box without a header at the top of the story's container (kompas's "aTerkait" moved above the first paragraph;
    h46 probe) — two or more short blocks each nearly all link (density >= 0.8) before the first other block, which
    must follow. The story's own linked list opens after a sentence announcing it, never at the very top."""
    end = 0
    while end < len(texts) and link_densities[end] >= _LINK_HEAD_DENSITY and len(texts[end]) <= _LINK_HEAD_CHARS:
        end += 1
    return end if end >= 2 and end < len(texts) else 0


_LINK_HEAD_DENSITY: Final = 0.8
_LINK_HEAD_CHARS: Final = 200


# A retired officer's qualifier after the rank, part of the name as the byline writes it: "AKBP (Purn.) Drs. Bambang
# Suharto", "Kolonel (Purn) Rahmat Hidayat", "Mayjen TNI (Purn.) …" (h286 B): a reader stopping at its bracket read
# the rank alone ("Kolonel", "AKBP") or no byline at all.
RETIRED_QUALIFIER: Final = r"\((?i:purn|purnawirawan|ret)\.?\)"
_RETIRED_QUALIFIER_RE: Final = re.compile(RETIRED_QUALIFIER)
_NAME_WORD: Final = rf"[A-Z][\w'\u2019.-]*(?:\s+{RETIRED_QUALIFIER}(?=\s+[A-Z]))?"
_NAME: Final = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|bin|binti|van|de|al-\w+)){{0,4}}"
# The writer's name as a block before the story: "Andhika Prasetyo", "Oleh: Andi Saputra",
# "Reporter: Rizky / Editor: Dian" (also in the catalog), "Andi Saputra - detikNews", "Andi, Budi".
# A byline line names up to six people (tribun's credit of five or six reporters, h64 probe).
_BYLINE_NAME_LIST_MAX_NAMES: Final = 6
_BYLINE_LINE_RE: Final = re.compile(
    rf"(?:(?:oleh|penulis|reporter|pewarta|wartawan|kontributor|laporan|editor|by)\s*:?\s*)?"
    rf"{_NAME}(?:\s*(?:,|/|&|\bdan\b)\s*{_NAME}){{0,{_BYLINE_NAME_LIST_MAX_NAMES - 1}}}(?:\s+[\u2013\u2014|-]\s+\S+)?",
    re.IGNORECASE)
_NAME_WORD_RE: Final = re.compile(r"[A-Z]")
# A clock or a zone: "10:00 WIB", "19/06/2024 | 10:00"; the clock glued to its zone or its AM/PM as Mediacorp's CNA prints
# it ("05 Mar 2024 10:12WIB (Diperbarui: 05 Mar 2024 12:40WIB)", "19 Jun 2024 09:30PM"; h214 probe).
_CLOCK: Final = r"\b\d{1,2}[:.]\d{2}(?:\b|(?=(?:WIB|WITA|WIT|[AaPp][Mm])\b))"
_CLOCK_RE: Final = re.compile(_CLOCK)
_STAMP_RE: Final = re.compile(rf"{_CLOCK}|\b(?:WIB|WITA|WIT)\b")
_YEAR_RE: Final = re.compile(r"\b(?:19|20)\d{2}\b")


def _has_year(text: str) -> bool:
    """Whether _YEAR_RE finds a year: its search is tried at every character (its leading \\b gives the regex engine
    no first character to look for: ~5 us a paragraph); a text holding neither "19" nor "20" has none."""
    return ("19" in text or "20" in text) and _YEAR_RE.search(text) is not None


_WORD_RE: Final = re.compile(r"\w+")
_BARE_DATELINE_END: Final = ("-", "\u2013", "\u2014")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def repeats_title(text: str, title: str | None) -> bool:
    """The headline repeated as a block: the same words whatever the punctuation (the title field may
    have lost the h1's ":" and "?"), possibly with the outlet after it ("… | Kompas.com")."""
    if not title:
        return False
    title_words = _words(title)
    if not title_words:
        return False
    folded = text.casefold()
    first = _WORD_RE.search(folded)
    if first is None or first.group() != title_words[0]:
        return False  # a paragraph not opening with the title's first word: its own words need no listing
    block_words = _WORD_RE.findall(folded)
    extra = len(block_words) - len(title_words)
    return block_words[: len(title_words)] == title_words and 0 <= extra <= 3


# A book's or a film's info box under a review (h281): a run of "Label: value" lines, one of them a book's or a film's
# field ("Judul: Bumi Manusia" / "Penulis: Pramoedya Ananta Toer" / "Penerbit: Lentera Dipantara"; "Sutradara: Joko
# Anwar" / "Penulis: Joko Anwar" / "Pemain: …"). Its "Penulis:" is the book's or the script's writer, no byline: the
# review's writer is the byline element's. A field's label is one to three words; the info labels are the fields such
# boxes carry and no byline does (a credit's "Editor:" / "Foto:" lines make no box).
_INFO_FIELD_RE: Final = re.compile(r"^\s*([^\W\d_]+(?:[^\S\n][^\W\d_]+){0,2})\s*[:：]\s*\S")
_INFO_BOX_LABEL_RE: Final = re.compile(
    r"(?:judul(?:\s+(?:buku|film|asli))?|title|penerbit|publisher|isbn|tebal(?:\s+buku)?|(?:jumlah\s+)?halaman|pages"
    r"|cetakan|tahun\s+terbit|sutradara|director|pemain|pemeran|cast|produser|producer|rumah\s+produksi|durasi"
    r"|genre|tanggal\s+rilis|distributor"
    # the work a box names ahead of its "Author:"/"Writer:" line: "Book: …", "Quote: …", "Film: …", "Song: …" (h309 R1)
    r"|buku|book|novel|kutipan|quote|film|lagu|song|puisi|poem)",
    re.IGNORECASE)


def in_info_box(lines: Sequence[str], index: int) -> bool:
    """Whether ``lines[index]`` is a field of a book's or a film's info box: it and its neighbours form a run of two or
    more "Label: value" lines, one labelled as such boxes are (_INFO_BOX_LABEL_RE: "Judul", "Penerbit", "ISBN",
    "Sutradara", "Pemain"). ["…", "Judul: Bumi Manusia", "Penulis: Pramoedya Ananta Toer"], 2 -> True;
    ["…", "Penulis: Andi Saputra", "Editor: Budi Santoso"], 1 -> False."""
    def label(line: str) -> str | None:
        match = _INFO_FIELD_RE.match(line)
        return match.group(1) if match else None
    if not 0 <= index < len(lines) or label(lines[index]) is None:
        return False
    start = end = index
    while start > 0 and label(lines[start - 1]) is not None:
        start -= 1
    while end + 1 < len(lines) and label(lines[end + 1]) is not None:
        end += 1
    return end > start and any(_INFO_BOX_LABEL_RE.fullmatch(label(line) or "") for line in lines[start:end + 1])


# A writer's credit under a bare "Author:"/"Writer:" label, one to four Capitalised words (h306 E: UGM English's
# "Author: Satria Nugraha" over "Photo: Firsto" closing its news). Alone the label names a quoted text's, a tale's or a
# book's source as often (h281 R2: "Author: Pramoedya Ananta Toer"): it is the writer's only in a run of the staff's
# or the pictures' credit lines (_CREDIT_RUN_LINE_RE: "Photo:", "Foto:", "Editor:", "Translator:"), no book's or film's
# info box, closing the body (strip_residue: _CLOSING_ONLY_KINDS; fields.authors.closing_credit).
_RUN_WRITER_CREDIT_RE: Final = re.compile(
    r"(?:author|writer)\s*[:：]\s*(?P<name>(?-i:[A-Z][\w'\u2019.-]*)(?:\s+(?-i:[A-Z][\w'\u2019.-]*)){0,3})\s*",
    re.IGNORECASE)
_CREDIT_RUN_LINE_RE: Final = re.compile(
    rf"(?:{MEDIA_CREDIT_LABEL}|(?:editor|penyunting|redaktur|translator|penerjemah|fotografer|photographer|videografer"
    r"|videographer|ilustrator|illustrator|reporter|penulis|pewarta)\s*[:：])\s*\S", re.IGNORECASE)


# A value no credit holds: a question ("Reporter: Would you write another novel …?", an interview's line, h309 R3), or a
# sentence (three lower-case words, then its stop: "Editor: So that is the end of our talk.").
_NO_CREDIT_VALUE_RE: Final = re.compile(
    r".*\?[\s\"\u201d'\u2019]*|(?:.*?(?:^|\s)[a-z]\S*){3}.*[.!][\s\"\u201d'\u2019]*", re.DOTALL)


def credit_run_line(text: str) -> bool:
    """Whether a line is a short credit line of a run closing the body: a staff's or a picture's label and its value,
    or an "Author:"/"Writer:" line (run_writer_credit); never a question or a sentence after the label (h309 R3)."""
    text = text.strip()
    if len(text) > _LABEL_LINE_MAX_CHARS or not (_CREDIT_RUN_LINE_RE.match(text) or _RUN_WRITER_CREDIT_RE.fullmatch(text)):
        return False
    value = re.split(r"[:：]", text, maxsplit=1)[-1].strip()
    return not _NO_CREDIT_VALUE_RE.fullmatch(value)


# A line quoted whole: a quote card's text (h309 rows: "“Be the change you wish to see.”" / "Author: Unknown").
_QUOTED_LINE_RE: Final = re.compile(r"[\"“„«][^\"“”„«»]*[\"”»]")


# A label a line before the run opens with: a word or Capitalised words ("Quote", "Book", "Film Title"), no speaker's
# "Aprinus said:" (h309 R1).
_LABEL_BEFORE_RUN_RE: Final = re.compile(
    r"\s*(?:[^\W\d_]+|(?-i:[A-Z])[^\W\d_]*(?:[^\S\n](?-i:[A-Z])[^\W\d_]*){1,2})\s*[:：]\s*\S")


def run_writer_credit(lines: Sequence[str], index: int) -> str | None:
    """The name an "Author:"/"Writer:" line credits when it stands in a run of credit lines (_RUN_WRITER_CREDIT_RE's
    comment), else None. ["…", "Author: Satria Nugraha", "Photo: Firsto"], 1 -> "Satria Nugraha";
    ["…", "Author: Pramoedya Ananta Toer"], 1 -> None; a book box's "Title:"/"Author:"/"Translator:" -> None."""
    if not 0 <= index < len(lines):
        return None
    line = lines[index].strip()
    match = _RUN_WRITER_CREDIT_RE.fullmatch(line) if len(line) <= _LABEL_LINE_MAX_CHARS else None
    if match is None:
        return None
    start = end = index
    while start > 0 and credit_run_line(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and credit_run_line(lines[end + 1]):
        end += 1
    others = [lines[other] for other in range(start, end + 1) if other != index]
    if not any(_CREDIT_RUN_LINE_RE.match(other.strip()) for other in others) or in_info_box(lines, index):
        return None
    name = match.group("name")
    # (h309 R1) the run follows the story's last sentence: a line labelled as no credit is ("Quote: …", "Book: …",
    # "Film: …" over "Author: Nelson Mandela" / "Photo: …") names the work whose author the line gives; a line ending
    # no sentence (a poem's verse over "Author: Chairil Anwar" / "Foto: Istimewa") or quoted whole (a quote card's
    # "“Be the change …”" over "Author: Unknown") is no story's
    if start > 0 and (_LABEL_BEFORE_RUN_RE.match(before := lines[start - 1].strip()) or not ends_sentence(before)
                      or _QUOTED_LINE_RE.fullmatch(before)):
        return None
    # (h309 R3) one word and a full stop is an answer ("Author: Absolutely."), no name
    if " " not in name and name.endswith("."):
        return None
    return name


def is_byline_line(text: str) -> bool:
    """Whether a line is one a byline reader takes as a byline (``_is_byline_line``): the lines cut from the body's edge
    as bylines, whatever their length, are kept for the credit readers (maintext's edge lines, h273 A)."""
    return _is_byline_line(text)


def _is_byline_line(text: str) -> bool:
    """A name line: "Andhika Prasetyo", "Oleh: Andi Saputra", "Andi Saputra - detikNews"; a credit line of
    such parts between bars ("Penulis Andi Saputra | Editor Budi Santoso")."""
    if _is_one_byline(text):
        return True
    if " | " in text and len(text) <= 2 * _BYLINE_NAMES_MAX_CHARS:
        parts = [part.strip() for part in text.split(" | ")]
        return all(_is_one_byline(part) for part in parts if part)
    return False


# A reporter credit naming the outlet before the names (tribun's lead line): "Laporan Wartawan Tribunnews.com, ",
# kompas 2010-11's "Laporan wartawan KOMPAS.com " (no comma), a contributor's place after the domain up to a comma
# ("Laporan Kontributor Tribunjogja.com Gunungkidul, ": one or two Capitalised words; h58 probe). A pattern:
# fields.authors reads bylines with it too. The reporter's words, one vocabulary: a correspondent abroad too ("Laporan
# Koresponden Tribunnews.com, Richard Susilo dari Tokyo, Jepang", h116 probe).
REPORTER_CREDIT_WORDS: Final = r"(?:wartawan|reporter|jurnalis|kontributor|koresponden)"
REPORTER_CREDIT_LEAD: Final = (rf"laporan\s+{REPORTER_CREDIT_WORDS}\s+"
                               r"(?:\S+\.(?:com|co\.id|id)\b(?:(?:\s+(?-i:[A-Z][\w-]*)){1,2}\s*,)?|[^,\n]{1,40},)")
# Where a reporter credit's correspondent files from, closing it: " dari Tokyo, Jepang" (a place and its country).
FILED_FROM: Final = r"\s+dari\s+(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2}(?:\s*,\s*(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2})?$"
_FILED_FROM_RE: Final = re.compile(FILED_FROM)
_REPORTER_CREDIT_RE: Final = re.compile(rf"{REPORTER_CREDIT_LEAD}[\s,]*", re.IGNORECASE)
_BYLINE_LEAD_RE: Final = re.compile(
    rf"(?:{REPORTER_CREDIT_LEAD}|(?:oleh|penulis|reporter|pewarta|wartawan|kontributor|laporan|editor|by)\b\s*[:：]?)"
    r"[\s,]*", re.IGNORECASE)
# A byline names a few people: its names, after the lead (a label, the outlet a reporter credit names), are short.
_BYLINE_NAMES_MAX_CHARS: Final = 80
# Up to six people when every part is a Capitalised name of one to four words, each at most 40 characters (tribun's
# credit of four reporters, h62 probe: "Annas Furqon Hakim, Dionisius Arya Bima Suci, Elga Hikari Putra dan Satrio Sarwo
# Trengginas"; of five or six, h64): the cap is per name, not the list's total.
_BYLINE_LISTED_NAME_MAX_CHARS: Final = 40
# So the whole list is at most this long (with its separators): a longer text is a paragraph, not split into names.
_BYLINE_NAME_LIST_MAX_CHARS: Final = _BYLINE_NAME_LIST_MAX_NAMES * (_BYLINE_LISTED_NAME_MAX_CHARS + 6)
_NAME_LIST_SEPARATOR_RE: Final = re.compile(r"\s*(?:,\s*(?:dan|and)\s|,|&|\s(?:dan|and)\s)\s*")
_LISTED_NAME_RE: Final = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def byline_fits(line: str) -> bool:
    """Whether a byline line is short enough to be one: at most 80 characters after its lead ("Oleh", "Penulis:",
    "Laporan Wartawan Tribunnews.com,"), or longer when they list two to six Capitalised names. The lead is not
    counted: tribun's credit of two or three reporters runs past 80 with it ("Laporan Wartawan TribunJakarta.com,
    Annas Furqon Hakim dan Dionisius Arya Bima Suci", h58). Nor are the outlet, place, rubric and date of a
    byline-and-date line (byline_date_line: "Andi Wijaya and Hasyim Rahmanto, The Jakarta Post, Jakarta/Makassar |
    Headlines | Wed, June 19 2013, 10:44 AM", The Jakarta Post 2013, h153)."""
    lead = _BYLINE_LEAD_RE.match(line)
    names = line[lead.end():] if lead else line
    if len(names) <= _BYLINE_NAMES_MAX_CHARS or byline_date_line(line):
        return True
    if len(names) > _BYLINE_NAME_LIST_MAX_CHARS:
        return False  # a paragraph: not split (clean_body asks this of every long block)
    parts = _NAME_LIST_SEPARATOR_RE.split(names.strip())
    return (2 <= len(parts) <= _BYLINE_NAME_LIST_MAX_NAMES
            and all(len(part) <= _BYLINE_LISTED_NAME_MAX_CHARS and _LISTED_NAME_RE.fullmatch(part) for part in parts))


# A byline-and-date line over the story, however long its credits run: the writers, the outlet, the desk's place, a
# rubric, then the date with its year. The Jakarta Post 2013's span.date (h153 probe): "Andi Wijaya and Hasyim
# Rahmanto, The Jakarta Post, Jakarta/Makassar | Headlines | Wed, June 19 2013, 10:44 AM" (109 characters); Jakarta
# Globe 2016's "By : Nadia Larasati & Erwida | on 8:40 PM June 24, 2016". Up to this long:
_BYLINE_DATE_LINE_MAX_CHARS: Final = 200
# Its parts: between commas, bars and bullets, or spaced dashes and slashes ("Jakarta/Makassar" is one part).
_BYLINE_DATE_PARTS_RE: Final = re.compile(r"\s*[,|\u2022\u00b7]\s*|\s+[-\u2013\u2014/]\s+")
_BYLINE_DATE_NAMES_RE: Final = re.compile(r"\s+(?:and|dan)\s+|\s*&\s*")
# A part is short: a name list of up to six names is split apart first, an outlet or a rubric is a few words.
_BYLINE_DATE_PART_MAX_WORDS: Final = 5
# The only words in lower case such a line holds: what joins its names, leads its date ("on", "pada") or reads its
# clock. Any other is a sentence's: a lede naming its date ("JAKARTA - Pada Rabu, 19 Juni 2024, pemerintah …") stays.
_BYLINE_DATE_LOWER_WORDS: Final = frozenset("and dan on at pada di pukul jam am pm a.m. p.m. wib wita wit".split())
# Over _BYLINE_NAMES_MAX_CHARS the line is a byline's only with a writer's label or a part naming an outlet (a paper's
# name, a domain, an agency: fields.outlet.SOURCE_NAME_PATTERN). A caption's, an agenda's or a letter's head has the
# same shape, names and places and a date (h156 probe: "Pameran Tunggal Heri Dono, Galeri Nasional Indonesia, Jakarta
# Pusat, 19 Juni - 19 Juli 2024", "Rapat Paripurna DPR RI, Gedung Nusantara II, Senayan, Jakarta, Selasa, 18 Juni
# 2024, Pukul 10.00 WIB", "Yth. Presiden Joko Widodo dan Ketua DPR Puan Maharani, Istana Negara, Jakarta, 19 Juni
# 2024" were cut from the body, and the first two named as writers).
_BYLINE_DATE_OUTLET_RE: Final = re.compile(SOURCE_NAME_PATTERN, re.IGNORECASE)


def byline_date_line(text: str) -> bool:
    """Whether a line is a byline and its date, nothing else: a label maybe ("By :", "Oleh"), one to six names (1-4
    Capitalised words each, joined by commas, "and"/"dan"/"&"), then short Capitalised parts (the outlet, a place, a
    rubric) and a date with its year, at most _BYLINE_DATE_LINE_MAX_CHARS long. No word in lower case but the few
    that join names or lead a date and its clock: a sentence (a lede around its date) is never one. Over 80
    characters a label or an outlet's part must be there (_BYLINE_DATE_OUTLET_RE): a caption's or an agenda's line
    of names, places and a date is none."""
    if len(text) > _BYLINE_DATE_LINE_MAX_CHARS or not _has_year(text):
        return False
    lead = _BYLINE_LEAD_RE.match(text)
    credit = text[lead.end():] if lead else text
    # the cheap test first: a sentence's lower-case words end it on most paragraphs
    if any(word[0].islower() and word.casefold() not in _BYLINE_DATE_LOWER_WORDS for word in credit.split()):
        return False
    if text.rstrip().endswith(_BARE_DATELINE_END) or opens_with_dateline(text):
        return False  # the story's dateline: "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --"
    parts = [part for part in _BYLINE_DATE_PARTS_RE.split(credit) if part]
    if len(parts) < 2:
        return False
    rest = parts[1:]
    listed = [name for name in _BYLINE_DATE_NAMES_RE.split(parts[0]) if name]
    if parts[0].casefold().rstrip(".") in DAY_NAMES:  # "Wed, June 19 2013, 10:44 AM": a date line, no names
        return False
    if not 1 <= len(listed) <= _BYLINE_NAME_LIST_MAX_NAMES or not all(
            len(name) <= _BYLINE_LISTED_NAME_MAX_CHARS and len(name.split()) <= 4 and _LISTED_NAME_RE.fullmatch(name)
            and not _YEAR_RE.search(name) for name in listed):
        return False
    if any(len(part.split()) > _BYLINE_DATE_PART_MAX_WORDS for part in rest):
        return False
    if len(text) > _BYLINE_NAMES_MAX_CHARS and not lead and not any(
            _BYLINE_DATE_OUTLET_RE.fullmatch(part) or squeeze(part) in AGENCIES for part in rest):
        return False
    tail = credit[credit.index(parts[0]) + len(parts[0]):]
    return bool(_YEAR_RE.search(tail)) and (DAY_MONTH_YEAR_RE.search(tail) is not None
                                           or MONTH_DAY_YEAR_RE.search(tail) is not None)


# The story's dateline glued after a reporter credit in one paragraph: "Laporan Wartawan Tribunnews.com, A dan B
# TRIBUNNEWS.COM, JAKARTA - Presiden …" (h64 probe): the outlet's domain, a comma, a place in capitals, a dash.
_GLUED_STORY_DATELINE_RE: Final = re.compile(
    r"\s+(?=[\w-]+(?:\.[\w-]+)*\.(?i:com|co\.id|id|net)\s*,\s*[A-Z][A-Za-z .]{1,40}?\s[-\u2013\u2014]{1,2}\s+\S)")


def split_glued_credit(block: str) -> tuple[str, str] | None:
    """A paragraph opening with a reporter credit with the story glued after it, at the story's "OUTLET.COM, CITY -"
    dateline: (the credit, the story), when the credit is a byline line alone (its names fit); else None."""
    if not _REPORTER_CREDIT_RE.match(block):
        return None
    match = _GLUED_STORY_DATELINE_RE.search(block)
    if match is None:
        return None
    credit, story = block[:match.start()].strip(), block[match.end():]
    return (credit, story) if _is_one_byline(credit) else None


def _is_one_byline(text: str) -> bool:
    if text.endswith(_BARE_DATELINE_END) or text.endswith(_SENTENCE_FINAL) or not byline_fits(text):
        return False
    credit = _REPORTER_CREDIT_RE.match(text)
    if credit:  # the outlet a reporter credit names is none of its (up to four) names, nor the place filed from
        text = _FILED_FROM_RE.sub("", text[credit.end():])
    if _BYLINE_LINE_RE.fullmatch(text) is None:
        return False
    # Case-insensitive labels, but every name word capitalised: "Jakarta dan sekitarnya" is not a name.
    text = re.sub(r"\s+[\u2013\u2014|-]\s+\S+$", "", text)  # " - detikNews": the outlet after the name
    names = re.sub(r"^(?:oleh|penulis|reporter|pewarta|wartawan|kontributor|laporan|editor|by)\s*:?\s*", "",
                   text, flags=re.IGNORECASE)
    words = [w for w in re.split(r"[\s,/&]+", names) if w and w.lower() not in ("dan", "bin", "binti", "van", "de")]
    return all(_NAME_WORD_RE.match(w) or not w[0].isalpha() for w in words)


def _is_stamp_line(text: str) -> bool:
    """A date/time line: "Rabu, 19 Jun 2024 10:00 WIB", "19/06/2024 | 10:00", or one ending in the render's age
    ("Aditya Rachman 2 jam yang lalu", "5 menit lalu": a byline's clock on script-rendered pages)."""
    if len(text) >= _PROSE_MIN_CHARS:
        return False
    if _STAMP_RE.search(text):
        return bool(_YEAR_RE.search(text)) or "WI" in text
    return text.rstrip().endswith(("lalu", "silam", "ago")) and _ends_in_age(text)


# A header's meta row in one block: its date line, staff credits, view counter, category or share count side by side
# (Harian Haluan 2016: "Selasa, 19 April 2016 - 11:14:33 WIB Reporter : Riki Chandra | Editor : Rahmadi Dibaca:
# 1.204 kali", 98 characters: each part alone a stamp or a residue line, together no stamp line, h180 probe). Its parts
# are cut at a separator ("|", "•", "·", a spaced "/") and before a capitalised label; every part must be a meta part
# (_meta_part), so a sentence around a date or a reporter's name stays whole and is prose.
_META_ROW_MAX_CHARS: Final = 300
_META_ROW_MAX_PARTS: Final = 8
_META_SEPARATOR_RE: Final = re.compile(r"\s*[|\u2022\u00b7]\s*|\s+/\s+")
_META_SEPARATOR_MARKS: Final = ("|", "\u2022", "\u00b7", "/")  # one of them is in every _META_SEPARATOR_RE match
_META_LABEL_CUT_RE: Final = re.compile(
    rf"\s+(?=(?-i:[A-Z]))(?=(?:{CREDIT_LABEL}|oleh|dibaca|dilihat|kategori|rubrik|kanal|dibagikan)\b)",
    re.IGNORECASE)
_META_CLOCK_RE: Final = re.compile(r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?", re.IGNORECASE)
_META_SHARES_RE: Final = re.compile(
    r"[\d.,]+\s*[kKrRbB]?\s*(?:shares?|kali\s+dibagikan)|(?:dibagikan|shares?)\s*:?\s*[\d.,]+\s*[kKrRbB]?\s*(?:kali|x)?",
    re.IGNORECASE)
_META_CATEGORY_RE: Final = re.compile(
    r"(?:kategori|rubrik|kanal|category|section)\s*:\s*(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z&])[\w&.-]*){0,3}",
    re.IGNORECASE)
_META_CREDIT_LABEL_RE: Final = re.compile(rf"(?:{CREDIT_LABEL}|oleh)\s*:?\s*", re.IGNORECASE)
_META_NAME_JOINERS: Final = frozenset({"dan", "and", "serta", "bin", "binti", "van", "de", "&"})


def meta_row(text: str) -> bool:
    """A header's meta row however long: two parts or more, every one a meta part (_meta_part), one of them no date nor
    clock: a row of dates alone is the story's (a case's chronology "Ditangkap: 19 April 2016 | Divonis: 20 Juni 2016", a
    concert's dates before the lede, h183 probe)."""
    if len(text) > _META_ROW_MAX_CHARS or not _has_digit(text):
        return False
    # Without a separator character the split is the text itself: a prose block's split cost ~15 us (its leading
    # \s* is tried at every character), the four substring tests a fraction of one.
    chunks = _META_SEPARATOR_RE.split(text.strip()) if any(mark in text for mark in _META_SEPARATOR_MARKS) \
        else [text.strip()]
    parts = [part for chunk in chunks for part in _META_LABEL_CUT_RE.split(chunk)]
    parts = [part.strip(" -\u2013\u2014,;") for part in parts]
    if not 2 <= len(parts) <= _META_ROW_MAX_PARTS or not all(parts):
        return False
    kinds = [_meta_part(part) for part in parts]
    return all(kinds) and any(kind == "other" for kind in kinds)


def _has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (str.isdigit): the ten ASCII digits looked for first, ten C
    substring scans (a digit-free paragraph: 0.4 us, where a generator over its characters cost 4 us); only a
    non-ASCII text without one is read character by character (superscripts, other scripts' digits)."""
    return any(digit in text for digit in "0123456789") or (not text.isascii() and any(map(str.isdigit, text)))


def _meta_part(part: str) -> str | None:
    """What meta part this is: "date" (a date line, a labelled date, a clock), "other" (a staff credit with its label:
    _meta_credit, a view counter, a share count, a category label), None for none."""
    if is_date_line(part) or _is_labelled_date(part) or _META_CLOCK_RE.fullmatch(part) is not None:
        return "date"
    if (_META_SHARES_RE.fullmatch(part) is not None or _META_CATEGORY_RE.fullmatch(part) is not None
            or residue_kind(part) == "reading_widget" or _meta_credit(part)):
        return "other"
    return None


def _meta_credit(part: str) -> bool:
    """A staff credit with its label and names only: "Reporter : Riki Chandra", "Editor: A dan B", "Oleh: A/B" (the
    residue's staff credit takes any capitalised words after the label, "Reporter : Riki Chandra melaporkan …")."""
    label = _META_CREDIT_LABEL_RE.match(part)
    if label is None or not label.group().rstrip().endswith(":"):
        return False
    words = [word for word in re.split(r"[\s,/]+", part[label.end():]) if word]
    return 1 <= len(words) <= 12 and all(word[0].isupper() or word.casefold() in _META_NAME_JOINERS for word in words)


def _ends_in_age(text: str) -> bool:
    found = None
    lowered = text.lower().rstrip()
    for found in RELATIVE_RE.finditer(lowered):
        pass
    return found is not None and found.end() == len(lowered)


# A photo caption ends in its agency credit: "… Senin (19/6/2024). (REUTERS/Willy Kurniawan)",
# "… ANTARA FOTO/Aprillio Akbar/nym.", "(AP Photo/Dita Alangkara)", "(Handout / INDONESIA MILITARY / AFP)".
# Or the outlet's own photographer, by the outlet's domain: "(Liputan6.com/Abdillah)", "(merdeka.com/Arie
# Basuki)", "(KOMPAS.com/Garry Lotulung)": a bracketed domain, a slash and a capitalised name closing the
# block (a bracketed link, "(bps.go.id/publikasi)", is no credit).
_CAPTION_CREDIT_RE: Final = re.compile(
    r"(?:^|[\s.,;:!?(\[])[(\[]?\s*(?:antara(?:\s+foto)?|reuters|ap(?:\s+photo)?|afp(?:\s+photo)?|epa(?:-efe)?|"
    r"getty\s+images|shutterstock|istock(?:photo)?|handout)\s*/\s*[^()\[\]]{1,60}[)\]]?\.?$"
    r"|/\s*(?:afp|ap|reuters|antara)\s*[)\]]\.?$"
    r"|[(\[]\s*[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv)\s*/\s*(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
    r"\s*[)\]]\.?$"
    # detik's reversed form, the photographer then the outlet: "(Andhika Prasetyo/detikcom)", "(Foto: Grandyos
    # Zafna/detikcom)"; and a handout credit: "(Dok. Setpres)", "(Dokumentasi Humas Polri)", "(Istimewa)".
    r"|[(\[]\s*(?:foto\s*:\s*)?(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*/\s*(?:detik\w*|[\w-]+\.(?:com|co\.id|id))"
    r"\s*[)\]]\.?$"
    r"|[(\[]\s*(?:dok(?:umentasi)?\b\.?|istimewa\b|ist\b\.?)[^()\[\]]{0,60}[)\]]\.?$"
    # A social account's post: "(Instagram/@raffinagita1717)" (h48 probe).
    r"|[(\[]\s*(?:instagram|twitter|tiktok|facebook|youtube|threads|ig|x)\s*/\s*@?[\w.]{2,40}\s*[)\]]\.?$"
    # The outlet in capitals then the photographer, bare: "… Sri Mulyani. KONTAN/Carolus Agus Waluyo", "TEMPO/Subekti."
    r"|(?:^|[\s.,;:])(?-i:[A-Z]{4,}(?:\s+FOTO)?)\s*/\s*(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\.?$"
    # ... and bracketed, the outlet's second word allowed: "(CNN Indonesia/Safir Makki)" (h70 probe)
    r"|[(\[]\s*(?-i:[A-Z]{2,}(?:\s+[A-Z][a-z]+)?)\s*/\s*(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*[)\]]\.?$"
    # The outlet's domain then the photographer, bare after the caption's last sentence: "… karnaval.
    # KOMPAS.com/Kristianto Purnomo" (h70 probe)
    r"|(?<=[.!?])\s+(?-i:[A-Z][\w-]*\.(?:com|co\.id|id))\s*/\s*(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\.?$"
    # The outlet's name written as a word, bracketed after the caption's last sentence, then its photographer's name
    # (residue.TITLED_OUTLET_PHOTO_CREDIT): "… Arab Saudi. (Republika/Wihdan Hidayat)" (h247 V8)
    rf"|(?<=[.!?\"\u201d\u2019])\s?{TITLED_OUTLET_PHOTO_CREDIT}\.?$"
    # The handout's bracketed credits (group "placed": they close a caption only where a caption's credit stands,
    # _placed_credit): a handout passed on by a wire, "(Indonesian Navy via AP)" (liputan6's photo stories, realpages
    # liputan6/article-news-4541831), "(Planet Labs PBC via Reuters)", "(HO/Indonesian Navy via AP/AFP)" (h248 L3b),
    # not a report passed on ("(Laporan Reuters via AFP)": residue.VIA_WIRE_CREDIT);
    rf"|(?P<placed>[(\[]\s*{VIA_WIRE_CREDIT}\s*[)\]]\.?$"
    # the photographer or the handout after "Photo by"/"Foto oleh": "(Photo by Handout / Indonesian Navy / AFP)" (h248
    # L3b), "(Foto oleh Humas Pemprov)", "(Photo courtesy of the ministry)";
    rf"|[(\[]\s*{PHOTO_BY_CREDIT}[)\]]\.?$"
    # a photo's credit under its label: "(Foto: Humas Polri)", "(Foto:Dok PSSI)", "[Photo: Antara/Hafidz]" (the label's
    # words are the credit's: "(Foto: Antara/Hafidz)" no longer cut to "(Foto").
    r"|[(\[]\s*(?:foto|photo)\s*[:/]\s*(?!video\b)[^\s()\[\]][^()\[\]]{0,59}[)\]]\.?$)"
    # Or bare after the caption's last sentence: "… pekan lalu. Foto/AP", "… di Jakarta. Foto: Antara/Hafidz Mubarak A"
    # (the forms _TRAILING_CREDIT_RE trims off a paragraph; a sentence's words after the label make no credit:
    # _credit_start).
    r"|(?<=[.!?\"\u201d\u2019])\s*(?:foto|photo)\s*[:/]\s*(?!video\b)[^\s()\[\]][^()\[\]!?]{0,59}$",
    re.IGNORECASE)
_CREDITED_CAPTION_MAX_CHARS: Final = 400
# The most a bracket may hold before the credit closing it that the credit is cut with (_credit_start): "(Photo by
# Handout / …", "(HO/ Handout / …". More, or a sentence's end, and the bracket is the caption's own words.
_CREDIT_BRACKET_LEAD_MAX_CHARS: Final = 40
_CREDIT_LABEL_START_RE: Final = re.compile(r"[\s(\[]*(?:foto|photo)\s*[:/]", re.IGNORECASE)
# A credit the captions of a photo story close with that elsewhere names a paragraph's source ("… kata dia. (Sumber:
# Antara)"): "(Sumber: BMKG)", "(Sumber foto: Humas Polri)" (h248 L3b). Cut only from a photo story's captions
# (without_photo_story_credit), never counted to tell one.
_PHOTO_STORY_SOURCE_CREDIT_RE: Final = re.compile(
    r"[(\[]\s*sumber(?:\s+(?:foto|gambar|photo))?\s*:\s*[^\s()\[\]][^()\[\]]{0,59}[)\]]\.?$", re.IGNORECASE)


def _caption_credit(text: str) -> re.Match[str] | None:
    """``_CAPTION_CREDIT_RE.search(text)``, the scan started where a match can start at the earliest. Every
    alternative runs to the text's end, and an opening bracket inside a match is only its first one or two
    characters ("(…)", "((ANTARA/…", " (ANTARA/…"): no match starts before the last "(" or "[" less one. A prose
    paragraph with a date in brackets "(19/6/2024)" is then scanned from there, not from its first character (the
    whole scan was ~20 µs a block)."""
    opening = max(text.rfind("("), text.rfind("["))
    return _CAPTION_CREDIT_RE.search(text, max(opening - 1, 0))  # "^" and look-behinds see the whole text


def _credit_start(text: str) -> int | None:
    """Where the photo credit closing ``text`` starts (_caption_credit), None for none. A credit is cut whole or not
    at all: one found inside a bracket opened before it ("(Photo by Handout / Indonesian Navy / AFP)", "(HO/ Handout
    / AFP)") starts at that bracket when what the bracket holds before it is a credit's few words (at most
    _CREDIT_BRACKET_LEAD_MAX_CHARS, no sentence's end); in a longer bracket it is none. A labelled credit whose words
    read as a sentence ("… Foto/gambar itu kemudian beredar luas.") is none."""
    match = _caption_credit(text)
    if match is None:
        return None
    start = match.start() + (text[match.start()] in ".!?")  # the sentence's end the credit's pattern opens with
    if _CREDIT_LABEL_START_RE.match(text, start) and _SENTENCE_WORD_RE.search(text, start):
        return None
    if match.group("placed") is not None and not _placed_credit(text, start):
        return None
    opening = _open_bracket(text, start)
    if opening < 0:
        return start
    lead = text[opening + 1:start]
    if len(lead) > _CREDIT_BRACKET_LEAD_MAX_CHARS or _SENTENCE_END_IN_RE.search(lead):
        return None  # the bracket is the caption's own words: the credit is no whole one
    return opening


# A caption's words before a handout's credit with no sentence's end between them ("Warga melintasi genangan (Foto:
# Humas Polri)"): at most this many (the residue catalogue's caption, residue._CAPTION_MAX_CHARS).
_UNSTOPPED_CAPTION_MAX_CHARS: Final = 100
_SENTENCE_END_CHARS: Final = ".!?\"\u201d\u2019"


def _placed_credit(text: str, start: int) -> bool:
    """Whether a handout's bracketed credit starting at ``start`` ("(X via AP)", "(Foto oleh …)", "(Foto: …)", "[Photo:
    …]") stands where a caption's credit stands: after the caption's last sentence ("… di Laut Bali. (Indonesian Navy
    via AP)"), or after a caption's few words with no full stop after it ("Warga melintasi genangan (Foto: Humas
    Polri)"). After a paragraph's words, the bracket is a sentence's ("… 60 karya pilihan (foto oleh pewarta foto
    Antara).", "… hingga akhir pekan (gambar oleh siswa SD se-Jakarta).") or a credit glued to a story's paragraph
    ("… belum mencukupi kebutuhan hidup layak (Foto: Humas Polda Jateng)"): no caption (h259 probe R1: a story's lead
    so closed was cut as a caption before the story)."""
    before = text[:start].rstrip()
    if before.endswith(tuple(_SENTENCE_END_CHARS)):
        return True
    return not text.rstrip().endswith(".") and len(before) <= _UNSTOPPED_CAPTION_MAX_CHARS


# A sentence's end in a bracket before a credit: a word's last letters, the stop, a capital ("Dok. Humas" abbreviates).
_SENTENCE_END_IN_RE: Final = re.compile(r"(?<=[a-z]{4})[.!?][\"\u201d\u2019]?\s+(?-i:[A-Z])")


def _open_bracket(text: str, end: int) -> int:
    """Where the bracket opened before ``end`` and still open there starts (the innermost), -1 for none."""
    depth = 0
    for index in range(end - 1, -1, -1):
        char = text[index]
        if char in ")]":
            depth += 1
        elif char in "([":
            if not depth:
                return index
            depth -= 1
    return -1


def without_caption_credit(text: str) -> str:
    """A credited caption (is_credited_caption) without its photo credit: "… Sabtu (6/4/2024). (Grandyos
    Zafna/detikcom)", "… awal 2025. ANTARA FOTO/Andreas Fitri Atmoko/nym." keep their sentences; the credit goes
    whole, its bracket with it ("… terendam. (Photo by Handout / Indonesian Navy / AFP)" keeps "… terendam."). Any
    other text, and a credit with nothing before it, as given."""
    start = _credit_start(text) if is_credited_caption(text) else None
    if start is None:
        return text
    caption = text[:start].rstrip(" ,;:")
    return caption if caption else text


def without_photo_story_credit(text: str) -> str:
    """A photo story's block without the credit closing it: a caption credit (without_caption_credit), or a source's
    credit that only there credits the photo ("… ke lokasi. (Sumber: BMKG)", _PHOTO_STORY_SOURCE_CREDIT_RE)."""
    kept = without_caption_credit(text)
    if kept is not text or len(text) > _CREDITED_CAPTION_MAX_CHARS or not text.endswith((")", "]", ").", "].")):
        return kept
    match = _PHOTO_STORY_SOURCE_CREDIT_RE.search(text, max(max(text.rfind("("), text.rfind("[")) - 1, 0))
    if match is None or _open_bracket(text, match.start()) >= 0:
        return text
    caption = text[:match.start()].rstrip(" ,;:")
    return caption if caption else text


# The residue kinds of a short caption closed by its photo's credit: residue for the credit alone.
_CREDITED_CAPTION_KINDS: Final = frozenset({"caption_with_credit", "caption_with_bracketed_credit"})


def caption_residue_for_its_credit(text: str) -> bool:
    """Whether a block is residue only as a short caption closed by a photo credit that is_credited_caption knows and
    without_caption_credit cuts ("Warga melintasi genangan. (ANTARA FOTO/Aditya Pradana Putra)", "… kering. (Foto:
    Humas Polri)"): on a photo story such a caption is the story's text, its credit cut (strip_residue, trim_edges)."""
    return (len(text) <= _CREDITED_CAPTION_MAX_CHARS and residue_kind(text) in _CREDITED_CAPTION_KINDS
            and without_caption_credit(text) != text)


def told_in_captions(texts: Sequence[str]) -> bool:
    """Whether blocks are a photo story told in its credited captions (is_credited_caption, those the residue catalogue
    knows for their credit among them: caption_residue_for_its_credit): PHOTO_STORY_CAPTIONS of them or more and more
    than the paragraphs of prose besides them (trim_edges' rule). The main text keeps such captions closing it."""
    captions = story = 0
    for text in texts:
        if is_credited_caption(text):
            captions += 1
        elif is_prose_block(text):
            story += 1
    return captions >= PHOTO_STORY_CAPTIONS and captions > story


def is_credited_caption(text: str) -> bool:
    """A photo caption: a short block ending in an agency photo credit. Not residue by itself: on a
    photo page the captions are the story (trim_edges drops them only before the story)."""
    return (len(text) <= _CREDITED_CAPTION_MAX_CHARS
            and ("/" in text or text.endswith((")", "]", ").", "].")) or _photo_word_in_tail(text))
            and _credit_start(text) is not None and not opens_with_dateline(text))


def _photo_word_in_tail(text: str) -> bool:
    """Whether a photo's label may close the block ("… lalu. Foto: Humas Polri"): the glued credit's cheap test."""
    tail = text[-_TRAILING_CREDIT_TAIL:].lower()
    return "foto" in tail or "photo" in tail


_LABELLED_DATE_MAX_CHARS: Final = 60
_LABELLED_DATE_MAX_WORDS: Final = 3


def _is_labelled_date(text: str) -> bool:
    """A date with a few label words and no time: "Diperbarui 20 Juni 2024", "Tayang: Rabu, 19/6/2024"."""
    if len(text) > _LABELLED_DATE_MAX_CHARS or text.endswith(_BARE_DATELINE_END):
        return False  # "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --" opens the story: a dateline
    match = DAY_MONTH_YEAR_RE.search(text)
    if match is None:
        return False
    return len(_WORD_RE.findall(text[:match.start()] + " " + text[match.end():])) <= _LABELLED_DATE_MAX_WORDS


# A breadcrumb trail read as text: "Home » Politik dan Hukum", "Beranda > Nasional > Politik",
# "Home / News / Nasional". Short segments between arrow-like separators, or any spaced separator after
# a home word.
_CRUMB_ARROWS_RE: Final = re.compile(r"\s*[»›>→]\s*")
_CRUMB_SPACED_RE: Final = re.compile(r"\s+[/|]\s+|\s*[»›>→]\s*")
_CRUMB_HOME: Final = frozenset({"home", "beranda", "halaman utama", "depan", "index", "indeks", "news"})
_CRUMB_MAX_CHARS: Final = 120
_CRUMB_SEGMENT_MAX_WORDS: Final = 6


def _is_breadcrumb_line(text: str) -> bool:
    if len(text) > _CRUMB_MAX_CHARS or text.endswith(_SENTENCE_FINAL):
        return False
    home = text.split(None, 1)[0].casefold() in _CRUMB_HOME or text.casefold().startswith("halaman utama")
    parts = (_CRUMB_SPACED_RE if home else _CRUMB_ARROWS_RE).split(text)
    return len(parts) >= 2 and all(0 < len(p.split()) <= _CRUMB_SEGMENT_MAX_WORDS for p in parts) and (
        home or all(p[0].isupper() for p in parts))


def lead_junk(text: str, title: str | None = None) -> bool:
    """A block that is not the story when it comes before the first paragraph: the headline again,
    the writer's name or a byline, a date stamp or a labelled date, a credited photo caption, a comment
    counter ("0 Komentar"), a breadcrumb trail; a byline-and-date line however long (byline_date_line: The Jakarta
    Post 2013's "Andi Wijaya and Hasyim Rahmanto, The Jakarta Post, Jakarta/Makassar | Headlines | Wed, June 19 2013,
    10:44 AM", h153 probe)."""
    return _is_byline_line(text) or _header_form(text, title)


def _header_form(text: str, title: str | None) -> bool:
    """A lead block that is header by its form, a name line aside (lead_junk)."""
    return (repeats_title(text, title) or _is_stamp_line(text) or byline_date_line(text)
            or _is_labelled_date(text) or is_credited_caption(text) or _is_breadcrumb_line(text) or _marks_only(text)
            or (len(text) <= 40 and _CLOSING_HEADER_RE.fullmatch(text) is not None)
            or (len(text) >= _PROSE_MIN_CHARS and meta_row(text)))


# A trailing line that is only a label or a topic ("Jokowi", "Pemilu 2024", "Video Pilihan"): no
# "label: value", address, handle or link — a press release's contact lines stay.
_LABEL_LINE_MAX_CHARS: Final = 60


# A story's closing words written without a full stop ("Demikian informasinya", "Semoga bermanfaat",
# "Wallahu a'lam"): the text's own last line, not a label.
_CLOSING_WORDS_RE: Final = re.compile(
    r"(?:demikian|semoga|sekian|selamat|wallahu|wallahua|innalillahi|aamiin|amin|salam|terima\s+kasih|mari|yuk)\b",
    re.IGNORECASE)


# A sentence announcing lines that follow it, even when it ends with a full stop ("Berikut lirik lengkap
# lagunya.", "Syarat pendaftaran antara lain sebagai berikut.", "Bunyinya demikian."), or as the first short
# line of them ("Berikut nama-nama menteri yang dilantik").
# The announcing sentence opens with the word ("Berikut …", "Inilah …") or ends with it ("… sebagai berikut.",
# "… di bawah ini.", "… berbunyi:"): "pada pekan berikutnya" or "antara lain Jakarta dan Bandung" mid-sentence
# announce nothing.
_ANNOUNCES_RE: Final = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:berikut|inilah|simak|here\s+(?:is|are))\b"
    r"|\b(?:berikut(?:\s+ini)?|di\s+bawah\s+ini|antara\s+lain|berbunyi|bunyinya|liriknya|as\s+follows"
    r"|the\s+following|below)\W*$", re.IGNORECASE)
_LINES_MIN: Final = 3
_VERSE_MIN_WORDS: Final = 3
# Words after a line's first that start in lower case: a sentence-case line (verse, a step, a list item)
# has many, a headline in title case ("Arti Tabola Bale, Lagu Viral dari NTT") few, a tag or a name none.
_SENTENCE_CASE_SHARE: Final = 0.4
_DIGIT_RE: Final = re.compile(r"\d")


def _sentence_case_line(text: str) -> bool:
    words = [w for w in text.split() if w[0].isalpha()]
    if len(words) < _VERSE_MIN_WORDS:
        return False
    return sum(w[0].islower() for w in words[1:]) >= _SENTENCE_CASE_SHARE * (len(words) - 1)


def story_lines(last_paragraph: str, tail: list[str]) -> bool:
    """Whether short lines after the story's last paragraph are the story's own (a list the walker read
    without its numbers, lyrics, a poem, a schedule), not labels, tags, names or a related headline.
    Announced ("Berikut lirik lengkap lagunya." or a question asking for them, "Apa saja syaratnya?", before them, or
    "Berikut nama-nama menteri …" as their first line) and two or more; the items of one list element (_one_list); a
    live report's last entries (_more_entries); or three or more that read as text: two thirds in sentence case (verse,
    steps: "Buka aplikasi WhatsApp di ponsel") or holding figures (a schedule: "Imsak 04.27 WIB",
    "Indonesia vs Jepang, 15 November 2024")."""
    lines = [t for t in tail if not _marks_only(t)]
    if len(lines) >= 2 and (_ANNOUNCES_RE.search(last_paragraph) or _ANNOUNCES_RE.search(lines[0])
                            or _asks_for_list(last_paragraph)):
        return True
    if _one_list(last_paragraph, lines) or _more_entries(last_paragraph, lines) or _work_credits_box(lines):
        return True
    if len(lines) < _LINES_MIN:
        return False
    worded = sum(_sentence_case_line(t) for t in lines)
    figures = sum(bool(_DIGIT_RE.search(t)) and len(t.split()) >= 2 for t in lines)
    return max(worded, figures) * 3 >= len(lines) * 2


# The opening of a time-stamped or numbered entry, up to its colon or dash ("10.05 WIB:", "Pukul 10.20 -", "Hari 3:",
# "Senin (1/7):"): a digit within it, a few words at most.
_ENTRY_OPENING_RE: Final = re.compile(r"[^:\u2013\u2014.!?]{0,20}?\d[\d.:/()]*[^:\u2013\u2014.!?\d]{0,12}?(?::|\s[-\u2013\u2014])\s")
_WORD_OR_NUMBER_RE: Final = re.compile(r"[^\W\d_]+|\d+")


def _entry_shape(text: str) -> str | None:
    """The shape of a block's entry opening (_ENTRY_OPENING_RE) with each word and each number alike ("10.05 WIB: " and
    "11.00 WIB: " are one shape, "Hari 1: " another), or None."""
    match = _ENTRY_OPENING_RE.match(text)
    if match is None:
        return None
    return _WORD_OR_NUMBER_RE.sub(lambda word: "0" if word.group().isdigit() else "a", match.group())


def _more_entries(last_paragraph: str, lines: list[str]) -> bool:
    """Whether each line opens as the last paragraph does with an entry's time stamp or number (_entry_shape): the
    last entries of a live report or a chronology ("10.20 WIB: Polisi mengalihkan arus …." then "11.00 WIB: Perwakilan
    buruh diterima Kantor Staf Presiden"; h86 probe), whatever their full stop."""
    shape = _entry_shape(last_paragraph)
    return shape is not None and bool(lines) and all(_entry_shape(line) == shape for line in lines)


def _one_list(last_paragraph: str, lines: list[str]) -> bool:
    """Whether the lines are the items of one list element (dom.ListItemText), two or more or going on from the last
    paragraph's list: the story's list under its paragraph ("Pendaftar wajib melengkapi sejumlah dokumen." over
    "Fotokopi KTP", "Kartu Keluarga"; h86 probe), as no box's label lines are. A related box's linked items were cut
    as links before (link_list_indexes, link_tail_start), a poll's options with their question (widget_question_start)."""
    keys = {_story_item_key(line) for line in lines}
    if len(keys) != 1 or None in keys:
        return False
    if _story_item_key(last_paragraph) in keys:
        return True
    # A bare list under a paragraph that does not count or name what follows is a box's (tag words, a footer menu,
    # unlinked related headlines, app-store badges; h90 probe): only an announced one is the story's.
    return len(lines) >= 2 and (announces_lines(last_paragraph) or _LISTING_WORDS_RE.search(last_paragraph) is not None)


# Words by which a paragraph counts or names the things listed under it, though it ends with a full stop: "sejumlah
# dokumen", "beberapa syarat", "meliputi", "yakni", "di antaranya", a count of a noun ("tiga tuntutan", "4 syarat",
# "Keempat korban"), not of a time, a measure or an amount ("dua pekan", "10 persen", "5 juta").
_COUNTED_NOUN: Final = (r"(?!(?:hari|pekan|minggu|bulan|tahun|jam|menit|detik|kali|persen|meter|kilometer|km|kg|ribu|"
                        r"juta|miliar|triliun|rupiah|derajat)\b)[^\W\d_]")
_LISTING_WORDS_RE: Final = re.compile(
    r"\b(?:sejumlah|beberapa|antara\s+lain|meliputi|yakni|yaitu|berikut|di\s+antaranya)\b"
    r"|\b(?:ke)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?:\s+(?:belas|puluh))?\s+" + _COUNTED_NOUN
    + r"|(?<![\d.,])\d{1,2}\s+" + _COUNTED_NOUN, re.IGNORECASE)


def _story_item_key(text: str) -> str | None:
    """The list a line is an item of (dom.ListItemText), unless more than half of it is link (a tag list's chip, a
    related list's headline: no story's item)."""
    return text.list_key if isinstance(text, ListItemText) and not text.linked else None


def unmark_lists_after_cuts(texts: list[str], dropped: Sequence[bool]) -> list[str]:
    """The texts, a list whose first item comes right after a dropped one no longer marked as one (dom.ListItemText):
    what announced it or stood between it and the paragraph was cut (a "Tag:" label as residue, a linked line as a
    box's), so the paragraph over it says nothing of it (_one_list). The dropped texts are for the caller to drop."""
    cut_lists = {texts[index + 1].list_key for index in range(len(texts) - 1)
                 if dropped[index] and not dropped[index + 1] and isinstance(texts[index + 1], ListItemText)}
    if not cut_lists:
        return texts
    return [str(text) if isinstance(text, ListItemText) and text.list_key in cut_lists else text for text in texts]


def _dangling_label(text: str) -> bool:
    """A short label announcing something the body does not hold, as the body's last block ("Jangan Lewatkan
    Video Terbaru:", "Baca Juga:"): what it announced was a widget, an embed or links."""
    return text.endswith((":", "\uff1a")) and len(text) <= _LABEL_LINE_MAX_CHARS


# "Pelatih: Zlatko Dalic" closing a line-up: a label and its value (a capitalised one; "Halaman: 1 2" is a pager).
_LABELLED_VALUE_RE: Final = re.compile(r"(?-i:[A-Z])[\w .'/-]{1,30}?\s*:\s*(?-i:[A-Z])[^:]{0,60}")


def story_closing_line(text: str) -> bool:
    """A short last line that may be the story's own though it ends without a full stop: closing words ("Wallahu
    a'lam", "Semoga bermanfaat") or a label with its value ("Pelatih: Zlatko Dalic"). A credit line of this shape
    ("Editor: Budi") is residue, which cleaning removes on its own."""
    return len(text) <= _LABEL_LINE_MAX_CHARS and bool(
        _CLOSING_WORDS_RE.match(text) or _LABELLED_VALUE_RE.fullmatch(text))


# A footnote's mark opening a line: "*", "**", "*)", "(*)", glued to its first word or not ("*Penulis adalah …", "*) Nama
# disamarkan"). A bullet "* " opening a line is a list's item already (_LIST_ITEM_RE), which no edge trim cuts.
_FOOTNOTE_OPEN_RE: Final = re.compile(r"(?:\(\*{1,3}\)|\*{1,3}\)?)\s*(?=[^\W\d_])")
# A closing line that is a clause by its words: a subject of one to five words (the first capitalised; none a notice's
# about the page itself, "Artikel ini", "Foto", "Ini", which residue's template notices read), the copula in lower case
# ("adalah", "merupakan", "ialah"; a headline's title case "Ini Adalah …" is none), then two words or more, no label's
# colon, address or link: "Penulis adalah dosen Fakultas Ilmu Pendidikan Universitas Negeri Jakarta", "Dia merupakan
# anak ketiga dari empat bersaudara".
_NOTICE_SUBJECTS: Final = (r"(?:artikel|tulisan|konten|berita|video|foto|gambar|ilustrasi|ini|itu|advertorial|rubrik"
                           r"|kolom|opini|isi|segala|seluruh|liputan|program|halaman|informasi|materi|postingan|unggahan)")
# A starred line about the page itself ("*Opini ini merupakan tanggung jawab penulis sepenuhnya"): a notice.
_NOTICE_SUBJECT_RE: Final = re.compile(rf"{_NOTICE_SUBJECTS}\b", re.IGNORECASE)
_COPULA_CLAUSE_RE: Final = re.compile(
    # a notice's subject about the page, its column or its deal ("Advertorial ini merupakan kerja sama …", "Rubrik ini
    # merupakan …", "Segala isi opini merupakan tanggung jawab penulis": h168 probe)
    rf"(?!{_NOTICE_SUBJECTS}\b)"
    r"(?-i:[A-Z])[\w'.-]*(?:\s+[\w'.,-]+){0,4}?\s+(?-i:adalah|merupakan|ialah)(?:\s+[^\s:|@/]+){2,40}",
    re.IGNORECASE)
_CLOSING_CLAUSE_MAX_CHARS: Final = 200
# A call to the reader opening a starred line: a prompt's verb (residue's), or a promo's other verbs; no footnote's word.
_CALL_OPENER_RE: Final = re.compile(
    rf"{PROMPT_OPENER}|(?:yuk|ayo|mari|dapatkan|baca|klik|kunjungi|install|instal|cek|scroll|share|bagikan)\b",
    re.IGNORECASE)
_FOOTNOTE_MIN_WORDS: Final = 2


def closing_sentence_line(text: str) -> bool:
    """Whether a closing line without a full stop is the story's by its words, not edge junk (a label, a tag row, a
    caption's title, a button): a copular clause (_COPULA_CLAUSE_RE), or a footnote (a star glued to its first word,
    as a bullet's "* " is a list's item: "*Penulis adalah dosen Fakultas Ilmu Pendidikan Universitas Negeri Jakarta", a
    column's note answering the star after its writer's name, "Oleh: Hendra Wijaya*"; republika 2026, h164 probe; "*Nama
    disamarkan", "*Harga dapat berubah sewaktu-waktu"). A line the residue catalogue knows, with its star or without
    it ("*Baca juga: …", "*Sumber: …"), is residue whatever its words."""
    if not text or len(text) > _CLOSING_CLAUSE_MAX_CHARS or residue_kind(text) is not None:
        return False
    opening = _FOOTNOTE_OPEN_RE.match(text)
    rest = text[opening.end():] if opening is not None else text
    if opening is not None and (residue_kind(rest) is not None or _CALL_OPENER_RE.match(rest)
                                or _NOTICE_SUBJECT_RE.match(rest)):
        return False  # "*Dapatkan berita terbaru setiap hari dari Tribunnews": a starred promo, no footnote (h168)
    return bool(_COPULA_CLAUSE_RE.fullmatch(rest)) or (opening is not None and len(rest.split()) >= _FOOTNOTE_MIN_WORDS)


def _is_label_line(text: str) -> bool:
    return (len(text) <= _LABEL_LINE_MAX_CHARS and not text.endswith(_SENTENCE_FINAL)
            and not any(mark in text for mark in (":", "@", "/", "www.", "http"))
            and not _CLOSING_WORDS_RE.match(text))


def _marks_only(text: str) -> bool:
    """A block of marks alone ("***", "* * *", "(***)", "-o0o-" is not: letters): a scene break inside the
    story, an end mark at its edges (PRMN closes its stories with "***")."""
    return bool(text) and len(text) <= _LABEL_LINE_MAX_CHARS and not any(char.isalnum() for char in text)


def _is_list_item(text: str) -> bool:
    return _LIST_ITEM_RE.match(text) is not None


# The header of a section that only ever comes after the story: reader comments ("Komentar (3)",
# "12 Komentar", "Kolom Komentar", "Leave a Reply"), the author box ("Tentang Penulis"). From it on
# nothing is story (drift probe comments_after, reconstructed from comment plugins' and themes' forms).
_CLOSING_HEADER_RE: Final = re.compile(
    r"(?:(?:\d{1,5}\s+)?(?:komentar|comments?|tanggapan)|(?:kolom|beri(?:kan)?|tinggalkan|lihat\s+semua)\s+komentar"
    r"(?:\s+anda)?|leave\s+a\s+(?:reply|comment)|(?:tentang|profil)\s+penulis|about\s+the\s+author"
    # The Conversation's boxes under every article, all editions (h25 probe): its writers' disclosure, its partners.
    r"|pernyataan\s+keterbukaan|disclosure\s+statement"
    # The fact-check desk's "about us" box ending every Cek Fakta article (liputan6, h32 probe, reconstructed).
    r"|tentang\s+cek\s+fakta(?:\s+[\w.]+)?)"
    r"(?:\s*\(\d{1,5}\))?\s*[:!.]*",
    re.IGNORECASE)
# An author box's bio as the body's last block: a journalist described by role and career ("Jurnalis yang
# meliput isu ekonomi ... Bergabung dengan redaksi sejak 2016.", "Andi adalah wartawan ... lulusan ...";
# drift probe tail_boxes, reconstructed from news themes' author boxes). Role AND career cue, and short.
_AUTHOR_BIO_RE: Final = re.compile(
    r"(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+(?:adalah|merupakan|is)\s+)?(?:seorang\s+|an?\s+)?"
    r"(?:jurnalis|wartawan|reporter|penulis|editor|redaktur|kontributor|journalist|writer|correspondent)\b"
    r"(?=.{0,240}\b(?:sejak|bergabung|lulusan|alumnus|alumni|berpengalaman|joined|since|graduated)\b).{0,280}",
    re.IGNORECASE)
_AUTHOR_BIO_MAX_CHARS: Final = 300


# An author card (h65 probe: Jakarta Globe's under every story): its labelled name line ("Author: Reza Hadyan",
# "Penulis: Andi Saputra") over a bio opening with that same name ("Reza Hadyan is a business reporter at …"). The name
# said twice makes the pair the card, whatever role or career the bio names.
_AUTHOR_CARD_LABEL_RE: Final = re.compile(
    r"(?:author|writer|penulis|reporter|wartawan|jurnalis)\s*[:：]\s*(?P<name>[^\W\d_][^:：|()\n]{2,60}?)\s*", re.IGNORECASE)
_AUTHOR_CARD_BIO_VERB_RE: Final = re.compile(r"\s+(?:is|was|adalah|merupakan|ialah)\s", re.IGNORECASE)


def author_card_name(label_line: str, bio: str) -> str | None:
    """The name an author card credits (its label line, then a bio opening with the same name), or None."""
    match = _AUTHOR_CARD_LABEL_RE.fullmatch(label_line.strip())
    if match is None or len(bio) > _AUTHOR_BIO_MAX_CHARS:
        return None
    name = match.group("name")
    if not bio.startswith(name) or _AUTHOR_CARD_BIO_VERB_RE.match(bio, len(name)) is None:
        return None
    return name


def closing_start(blocks: list[str], header_first: bool = False) -> int:
    """Where the after-story sections start (``len(blocks)`` when there are none): a comments or author
    header after the first prose block, else an author bio (and the name line over it) ending the body
    after prose. ``header_first``: a header opening the blocks counts too (the main-text finder's cluster:
    one that starts with "Komentar (3)" is the comments, not a story). Pure; blocks normalized."""
    seen_prose = header_first
    end = len(blocks)
    for index, text in enumerate(blocks):
        if seen_prose and len(text) <= 40 and _CLOSING_HEADER_RE.fullmatch(text):
            end = index
            break
        seen_prose = seen_prose or (is_prose_block(text) and not is_credited_caption(text))
    start = end
    while (start > 1 and len(blocks[start - 1]) <= _AUTHOR_BIO_MAX_CHARS
           and _AUTHOR_BIO_RE.fullmatch(blocks[start - 1])):
        start -= 1
    if start < end and start > 1 and _is_byline_line(blocks[start - 1]):
        start -= 1  # the box's name line
    if start == end and end > 2 and author_card_name(blocks[end - 2], blocks[end - 1]):
        start = end - 2  # an author card: its name line and the bio naming the same person
    if start < end and not any(is_prose_block(t) and not _AUTHOR_BIO_RE.fullmatch(t) for t in blocks[:start]):
        start = end  # nothing but the "bio" is prose: it is the story
    return start


# A widget's question to the reader over its option lines ending the body: a reactions box ("Bagaimana reaksi Anda?" over
# "Senang 12", "Sedih 3"), a poll whose controls were not read ("Setujukah Anda …?" over "Setuju", "Tidak setuju"; h48
# probe: kompas 2025). The question addresses the reader (Anda, kamu, you): "Apa saja syaratnya?" over "KTP", "KK" is
# the story's list.
_READER_QUESTION_RE: Final = re.compile(r"\b(?:anda|kamu|kalian|you|your)\b|\w+mu\b", re.IGNORECASE)
_WIDGET_QUESTION_MAX_CHARS: Final = 150
_WIDGET_OPTION_MAX_CHARS: Final = 30
_WIDGET_OPTION_MAX_WORDS: Final = 3
_WIDGET_MIN_OPTIONS: Final = 2


# A question the story asks itself over the list answering it ("Apa saja dokumen yang harus Anda bawa?" over "KTP asli",
# "Kartu Keluarga"; h53 probe): it announces its lines as "Berikut …:" does, even when it names the reader.
_LIST_QUESTION_RE: Final = re.compile(
    r"^apa\s+saja\b|\byang\s+(?:harus|perlu|wajib)\b|\b(?:syarat|persyaratan|dokumen|berkas|langkah|cara)\w*\b",
    re.IGNORECASE)


# A question asking the reader's opinion ("… menurut Anda?", "Bagaimana cara Anda menilai …?"): a poll's, whatever
# list words it holds (h55).
_OPINION_QUESTION_RE: Final = re.compile(
    r"\b(?:menurut|pendapat|pilihan)\s+(?:anda|kamu)\b|\b(?:anda|kamu)\s+(?:menilai|nilai|pilih|sukai|setujui|rasakan)\b",
    re.IGNORECASE)


def _asks_for_list(text: str) -> bool:
    """Whether a block is a question announcing the list after it (_LIST_QUESTION_RE), not the reader's opinion."""
    return (text.endswith("?") and len(text) <= _WIDGET_QUESTION_MAX_CHARS and bool(_LIST_QUESTION_RE.search(text))
            and not _OPINION_QUESTION_RE.search(text))


def _widget_option(text: str) -> bool:
    """An option's line: a word or three and maybe its count ("Tidak setuju", "Senang 12"), no sentence, no list item,
    no box's label ("Berita Terkait" over a related box's headlines: h90 probe)."""
    return (len(text) <= _WIDGET_OPTION_MAX_CHARS and len(text.split()) <= _WIDGET_OPTION_MAX_WORDS
            and not ends_sentence(text) and not _is_list_item(text)
            and residue_kind(text) not in _BOX_LABEL_KINDS)


# A question naming the story itself ("Apakah artikel ini bermanfaat?", "… tentang berita ini?").
_THIS_STORY_RE: Final = re.compile(r"\b(?:artikel|berita|tulisan|konten|liputan)\s+ini\b", re.IGNORECASE)


def poll_question(text: str, cut: Sequence[str]) -> bool:
    """A short question asking the reader's opinion (_OPINION_QUESTION_RE) or about the story itself (_THIS_STORY_RE)
    over lines just cut (``cut``) that are a feedback widget's question: it asks about the article itself
    (_ABOUT_THIS_STORY_RE: "Bagaimana pendapat Anda tentang artikel ini?" over "Pilihan Editor" and headlines, h86
    probe), or the lines cut under it open with a poll's options (_widget_option), no box's label ("Berita Terkait"
    over headlines is a box under the story's own closing question: h90 probe). A question going on from the story
    ("Lalu, bagaimana pendapat Anda …?") is the story's, and so is one with nothing cut after it."""
    if not (len(text) <= _WIDGET_QUESTION_MAX_CHARS and text.endswith("?") and ". " not in text
            and bool(_OPINION_QUESTION_RE.search(text) or _THIS_STORY_RE.search(text)) and not _asks_for_list(text)
            and not _CONNECTIVE_OPENING_RE.match(text)):
        return False
    if _ABOUT_THIS_STORY_RE.match(text):
        return bool(cut)
    options = list(cut[:_WIDGET_MIN_OPTIONS])
    return len(options) == _WIDGET_MIN_OPTIONS and all(_widget_option(t) for t in options)


# A question whose subject or topic is the article itself ("Apakah artikel ini bermanfaat?", "Bagaimana pendapat Anda
# tentang berita ini?"), not one with a subject of its own about it ("Apakah Anda punya informasi terkait liputan ini?").
_ABOUT_THIS_STORY_RE: Final = re.compile(
    r"(?:apa|apakah|bagaimana|seberapa)\s+(?:(?:menurut|pendapat|tanggapan|penilaian|komentar|kesan)\s+(?:anda|kamu)"
    r"\s*,?\s*(?:(?:tentang|soal|mengenai|terhadap|atas|dengan)\s+)?)?(?:isi\s+)?(?:artikel|berita|tulisan|konten|liputan)"
    r"\s+ini\b", re.IGNORECASE)
# A sentence going on from the one before it ("Lalu, …", "Lantas …", "Jadi, …"): the story's own.
_CONNECTIVE_OPENING_RE: Final = re.compile(r"(?:lalu|lantas|jadi|maka|kemudian|nah|namun|tetapi|tapi|so|then)\b",
                                           re.IGNORECASE)


def widget_question_start(blocks: list[str]) -> int:
    """Where a widget's question and its options start when they end the body (``len(blocks)`` when they do not):
    at least two option lines (_widget_option) after a short question to the reader, with prose before it."""
    options = len(blocks)
    while options > 0 and _widget_option(blocks[options - 1]):
        options -= 1
    question = options - 1
    if len(blocks) - options < _WIDGET_MIN_OPTIONS or question < 1:
        return len(blocks)
    text = blocks[question]
    if (len(text) <= _WIDGET_QUESTION_MAX_CHARS and text.endswith("?") and ". " not in text
            and _READER_QUESTION_RE.search(text) and not _asks_for_list(text) and not _CONNECTIVE_OPENING_RE.match(text)
            and any(is_prose_block(t) for t in blocks[:question])):
        return question
    return len(blocks)


# A sign-off standing as the body's last block: a contributor "(Andhika Prasetyo)", "(Laporan: Andi
# Saputra)", a source "(Antara)", "(ANTARA)", a desk code "(H-4)". Glued to the last sentence it is
# trimmed by _trim_trailing_signoff; alone it ends in ")" and would count as a sentence.
_SIGNOFF_BLOCK_RE: Final = re.compile(
    rf"[(\[]\s*(?:(?i:laporan|reporter|penulis|pewarta|kontributor|editor)\s*:\s*)?"
    rf"(?:{_CONTRIBUTOR}|[A-Z]{{2,10}}|{DESK_CODE}|{DESK_PRINT_CODE}|{DESK_MULTI}|{_NAME_AND_OUTLET})\s*[)\]][.*]*")


# A bullet, then the outlet's own name or a news agency's, closing the story (VIVAnews 2008-2014: "• VIVAnews" as the
# last paragraph, or glued after the last sentence, "… Rp 330.000 per gram. • VIVAnews"; h226 probe). The names are
# judged by _bullet_signoff_names: a bullet before a story's words ("• Harga cabai naik") is a list item and stays.
_BULLETS: Final = "\u2022\u00b7\u25cf\u25a0\u25aa"
_BULLET_SIGNOFF_NAMES: Final = rf"(?P<names>[^\s{_BULLETS}/][^{_BULLETS}/]{{0,39}}(?:/[^{_BULLETS}/]{{1,40}}){{0,2}}?)"
_BULLET_SIGNOFF_BLOCK_RE: Final = re.compile(rf"[{_BULLETS}]\s*{_BULLET_SIGNOFF_NAMES}\s*\.?")
_GLUED_BULLET_SIGNOFF_RE: Final = re.compile(rf"(?<={_SENTENCE_END})\s*[{_BULLETS}]\s*{_BULLET_SIGNOFF_NAMES}\s*\.?\s*$")
# A channel's or edition's name written as a brand, a capital inside the word or a domain: "VIVAnews" on viva.co.id,
# "detikNews" on detik.com; "Vivaldi" is a word that only starts like the outlet's label.
_BRAND_WORD_RE: Final = re.compile(r"\S*[a-z]\S*[A-Z]\S*|[A-Z]{2,}[a-z]\S*|\S+\.[a-z]{2,}(?:\.[a-z]{2})?", re.ASCII)
_BULLET_SIGNOFF_TAIL: Final = 90


def _bullet_signoff_name(name: str, outlets: Sequence[str]) -> bool:
    """Whether a name after a closing bullet signs the story off: a news agency ("ANTARA", "AFP", "Antara News"), one
    of the page's outlet labels ("VIVAnews" on vivanews.com, squeezed), or one word written as a brand that a label of
    four letters or more opens ("VIVAnews" on viva.co.id: dateline_outlet_part's channel rule)."""
    name = name.strip().rstrip(".").strip()
    key = squeeze(name)
    if not key:
        return False
    if key in AGENCIES or _AGENCY_NAME_RE.fullmatch(name) or key in outlets:
        return True
    return (len(name.split()) == 1 and _BRAND_WORD_RE.fullmatch(name) is not None
            and any(len(label) >= _CHANNEL_LABEL_MIN_CHARS and key.startswith(label) for label in outlets))


def _bullet_signoff_names(match: re.Match[str] | None, outlets: Sequence[str]) -> bool:
    return match is not None and all(_bullet_signoff_name(name, outlets) for name in match.group("names").split("/"))


def _without_bullet_signoff(blocks: list[str], outlets: Sequence[str]) -> list[str]:
    """The blocks without a bullet sign-off closing them (_BULLET_SIGNOFF_BLOCK_RE): the last block when it is nothing
    else and the prose before it announces no list and is no bulleted item itself (a list's last item "• Reuters" under
    "Sumber:" or "• Kompas" stays), or its tail glued after the last sentence; the sign-off it uncovers goes too."""
    if not blocks:
        return blocks
    last = blocks[-1]
    if len(blocks) > 1 and len(last) <= _BULLET_SIGNOFF_TAIL and last[:1] in _BULLETS \
            and _bullet_signoff_names(_BULLET_SIGNOFF_BLOCK_RE.fullmatch(last), outlets):
        before = blocks[-2]
        # (a block not ending its sentence is finished by the item: "… bertambah satu lagi, yakni" / "• Persib", h229)
        if before[:1] in _BULLETS or _is_list_item(before) or before.rstrip().endswith((":", "\uff1a")) \
                or not is_prose_block(before) or not ends_sentence(before):
            return blocks
        rest = list(blocks[:-1])
        kept = _without_signoff_blocks(rest)
        return kept if len(kept) < len(rest) else _trim_last_signoff(kept)
    tail_start = max(0, len(last) - _BULLET_SIGNOFF_TAIL)
    if not any(char in _BULLETS for char in last[tail_start:]):
        return blocks
    match = _GLUED_BULLET_SIGNOFF_RE.search(last, tail_start)
    if not _bullet_signoff_names(match, outlets) or match.start() == 0:
        return blocks
    if any(char in _BULLETS for char in last[:match.start()]):
        return blocks  # an inline bulleted list's last item ("… berikut. • RCTI. • iNews.", h229 R1)
    story = last[:match.start()].rstrip()
    if story.endswith((")", "]")) and _trim_trailing_signoff(story) == story:
        return blocks  # a closing bracket ends no sentence unless it closes a sign-off: "… (Sabtu, 19.00 WIB) • iNews"
    return [*blocks[:-1], _trim_trailing_signoff(last[:match.start()].rstrip())]


# A media credit line standing alone, wholly one bracket: its parts between slashes, one opening with a medium's label
# and its colon (residue.MEDIA_CREDIT_LABEL), as a video page closes: "(Voice Over/Video: CNN Indonesia TV/Tim)",
# "(Grafis Data/Foto: Dok. Kemenkes)" (h293 C2). Each part a short credit: a part going on as a sentence ("… ia
# menolak. Foto: …") or longer than a credit (_MEDIA_CREDIT_PART_WORDS) is a story's bracketed sentence, kept.
_MEDIA_CREDIT_BLOCK_RE: Final = re.compile(r"[(\[]\s*(?P<inside>[^()\[\]]{3,120}?)\s*[)\]][.*]*")
_MEDIA_CREDIT_LABEL_RE: Final = re.compile(MEDIA_CREDIT_LABEL, re.IGNORECASE)
_PART_SENTENCE_RE: Final = re.compile(r"[!?]|[.,;]\s+[a-z]")
_MEDIA_CREDIT_PART_WORDS: Final = 6


def media_credit_block(text: str) -> bool:
    """Whether a block is a media credit line alone in its bracket (_MEDIA_CREDIT_BLOCK_RE): "(Voice Over/Video: CNN
    Indonesia TV/Tim)" yes; "(Andi Saputra/Antara)", "(Foto ini diambil pada 2019.)" no (no slash, or no medium's
    label opening a part)."""
    match = _MEDIA_CREDIT_BLOCK_RE.fullmatch(text.strip())
    if match is None or "/" not in match.group("inside"):
        return False
    parts = [part.strip() for part in match.group("inside").split("/")]
    return (all(parts) and any(_MEDIA_CREDIT_LABEL_RE.match(part) for part in parts)
            and all(len(part.split()) <= _MEDIA_CREDIT_PART_WORDS and not _PART_SENTENCE_RE.search(part)
                    for part in parts))


def _without_signoff_blocks(blocks: list[str]) -> list[str]:
    """The blocks without sign-off blocks ending them (a media credit line among them: media_credit_block), the
    sign-off glued to the new last block trimmed."""
    end = len(blocks)
    while end > 1 and (_SIGNOFF_BLOCK_RE.fullmatch(blocks[end - 1]) or media_credit_block(blocks[end - 1])):
        end -= 1
    return _trim_last_signoff(list(blocks[:end])) if end < len(blocks) else list(blocks)


# A header's source line of wires only, no label (aljazeera 2019's div.article-body-artSource under the deck:
# "Al Jazeera and Reuters", "Al Jazeera, Reuters and AFP", "Reuters", "News agencies", h133 probe): known agencies
# (fields.outlet.AGENCY_NAME_PATTERN) joined by commas or "and", maybe with the agencies they drew on. Not any name that
# could be a source: a lone domain after the lede is a how-to's address (cekbansos.kemensos.go.id), "Good News" a
# film's subheading (h136 probe).
_SOURCE_LINE_RE: Final = re.compile(
    rf"(?:(?:{AGENCY_NAME_PATTERN})(?:\s*(?:,|,?\s+(?:and|dan|&))\s*(?:{AGENCY_NAME_PATTERN}))*"
    r"(?:,?\s+(?:and|with|dan|serta|&)\s+(?:(?:other|news|wire|international)\s+)*(?:agencies|wires))?"
    r"|(?:news|wire|international)\s+agencies|kantor\s+berita)\.?", re.IGNORECASE)


def _without_header_source_line(blocks: list[str]) -> list[str]:
    """The body without a source line of wires and outlets only (_SOURCE_LINE_RE) in its header: before the first
    prose block, or right after it (a deck) when that announces no lines. Elsewhere such a line may be the story's
    (a list of wires), and its end's label lines are trim_edges' to judge."""
    first = next((index for index, text in enumerate(blocks) if is_prose_block(text)), len(blocks))
    reach = first + 2 if first < len(blocks) and not announces_lines(blocks[first]) else first
    return [text for index, text in enumerate(blocks)
            if index >= reach or index == first or not _SOURCE_LINE_RE.fullmatch(text)]


def trim_edges(blocks: list[str], title: str | None = None, outlets: Sequence[str] = (),
               descriptions: Sequence[str] = (), times: PageTimes | None = None) -> list[str]:
    """Structural edges of a body (blocks already normalized):

    * from a comments or author-box header after the story on, and an author bio ending the body
      (``closing_start``);
    * before the first prose block: the repeated headline, a byline/name line, a date stamp;
    * after the last prose block: short label lines (tags, a name, "Video Pilihan", a related title)
      — unless the last paragraph announces them (ends with ":"), or one of them is a numbered or
      bulleted item or carries "label: value", an address or a link (a press release's contacts).
    A body with no prose block outside credited captions (a photo page) is left alone. A header's source line of
    wires only goes (_without_header_source_line). ``outlets``: the page's outlet labels (fields.outlet.outlet_labels),
    by which a column's byline after the outlet's dateline is known ("KOMPAS, Oleh: A" on kompas.com: dateline_credit;
    a domain or an agency is known without them). ``descriptions``: the page's summaries (meta, og:, JSON-LD), by which
    a standfirst opening the body is known, and ``times`` the item's own publication and update times, by which the
    header's date line under it is known and goes with it (none known: both stay)."""
    blocks = _without_header_source_line(blocks)
    end = min(closing_start(blocks), widget_question_start(blocks))
    if end < len(blocks):  # the sign-off ("(mdk/yan)") sat on the last paragraph, before the comments
        blocks = _trim_last_signoff(blocks[:end])
    # "Jangan Lewatkan Video Terbaru:" ending the body, over a video that was not read: the label goes, and the
    # sign-off ("(tan/jpnn)") it kept from the end of the last paragraph.
    # A divider between such labels is theirs ("Simak panduan … Pusat Informasi Corona:" / "***" once residue cut the
    # "Saksikan video …:" under them, kumparan 2020, h124 probe): the run of labels and marks goes when a label is in it,
    # so what closes the body once a line goes is looked at again, in one pass from the end.
    run, labelled = len(blocks), False
    while run > 1 and (_dangling_label(blocks[run - 1]) or _marks_only(blocks[run - 1])):
        run -= 1
        labelled = labelled or _dangling_label(blocks[run])
    end = run if labelled else len(blocks)
    if end < len(blocks) and any(is_prose_block(t) for t in blocks[:end]):
        blocks = _trim_last_signoff(blocks[:end])
    blocks = _without_bullet_signoff(_without_signoff_blocks(blocks), outlets)
    blocks = _with_glued_credit_split(blocks)
    blocks = _with_outlet_dateline(blocks, outlets)
    credited = [is_credited_caption(text) for text in blocks]  # once a block: the prose and the captions count
    prose = _story_prose(blocks, credited)
    captions = sum(credited)
    if not prose or (captions >= PHOTO_STORY_CAPTIONS and captions > len(prose)):
        # No story outside captions, or more captions than story (a photo story's short lead): the captions are
        # the story (a photo page); nothing to trim against but each caption's photo credit.
        return [without_photo_story_credit(text) for text in blocks]
    last = prose[-1]
    # A closing line without a full stop ("Semoga bermanfaat") right after the last paragraph ends the story, unless
    # it opens the story's lines after that paragraph: a poem's first verse "Terima kasih, guruku" under "Berikut
    # puisinya." is a line like those under it, which go or stay with it (story_lines; h164 probe).
    while last + 1 < len(blocks) and len(blocks[last + 1]) <= _LABEL_LINE_MAX_CHARS \
            and _CLOSING_WORDS_RE.match(blocks[last + 1]) \
            and (last > prose[-1] or not story_lines(blocks[last], blocks[last + 1:])):
        last += 1
    # A salutation ending in a comma ("Salam sehat,") is signed by the name line under it: a consultation's doctor.
    if signed_salutation(blocks, last + 1):
        last += 1
    start = _lead_end(blocks, prose, last, title, outlets=outlets, descriptions=descriptions, times=times)
    # The story's own closing lines without a full stop (a column's "*Penulis adalah dosen …") stay, and a tag row
    # under them is still judged as one (h168 probe: the clause kept every label line after it).
    while last + 1 < len(blocks) and closing_sentence_line(blocks[last + 1]):
        last += 1
    tail = blocks[last + 1:]
    if tail and not blocks[last].endswith(":") and not _in_announced_lines(blocks, last) \
            and not story_lines(blocks[last], tail) and all(
            _marks_only(t) or (_is_label_line(t) and not _is_list_item(t) and not closing_sentence_line(t))
            for t in tail):
        if last > start and poll_question(blocks[last], tail) and any(is_prose_block(t) for t in blocks[start:last]):
            last -= 1  # a feedback widget's question over the lines just cut
        # The sign-off ("(H-4)") sat on the last paragraph, behind the lines just cut.
        return _with_lede_dateline(_without_deck_stamp(
            _without_header_repeats(_trim_last_signoff(blocks[start:last + 1]), blocks[:start]), times), start)
    return _with_lede_dateline(_without_deck_stamp(_without_header_repeats(blocks[start:], blocks[:start]), times), start)


def _without_deck_stamp(kept: list[str], times: PageTimes | None) -> list[str]:
    """The kept blocks without the header's date line right under the first one (a deck the main text read with the
    story: "Pembahasan RUU Penyiaran dikebut …", "5 Desember 2026 | 07.00 WIB", then the story; tempo 2026, h310 D): a
    page stamp (date and clock, _page_stamp_line) stating the page's own time to the minute (states_page_time), story
    after it. The deck stays (a standfirst may be the story's); a lede with its dateline is no deck, the line under it
    stays. A date line later in the story (a live blog's entry
    stamp, a timeline's dated item), or one of another time, or of no known time, stays."""
    if (len(kept) >= 3 and is_prose_block(kept[0]) and len(kept[0]) <= _DECK_MAX_CHARS
            and not opens_with_dateline(kept[0]) and not _COLON_DATELINE_RE.match(kept[0]) and _page_stamp_line(kept[1]) and _YEAR_RE.search(kept[1])
            and _stamp_only(kept[1]) and states_page_time(kept[1], times) and is_prose_block(kept[2])):
        return [kept[0], *kept[2:]]
    return kept


# What a bare date stamp is made of (h313 R2): day and month names, numbers, a clock's "pukul"/"pkl"/"jam", zones,
# update/publication labels, separators. A line with any other word ("Gempa terjadi Rabu, 19 Juni 2024 pukul 20.40
# WIB.", "…, gempa kembali terasa di Garut.") is a sentence of the story's stating the page's minute, not the header.
_STAMP_WORD_RE: Final = re.compile(
    rf"(?<![^\W\d_])(?:{word_alternation([*MONTH_BY_NAME, *DAY_NAMES, *ZONE_BY_NAME])}|pukul|pkl|jam|at|on"
    r"|diperbarui|diperbaharui|pembaruan|update|updated|last|terakhir|diterbitkan|dipublikasikan|terbit|tayang"
    r"|published|posted|am|pm|a\.m|p\.m|h)(?![^\W\d_])\.?", re.IGNORECASE)


def _stamp_only(text: str) -> bool:
    """Whether a line is made entirely of a date stamp: no word left once its date and clock words, zone, labels,
    numbers and separators are taken out (h313 R2: the story's own sentence naming the page's minute stays)."""
    rest = _STAMP_WORD_RE.sub(" ", text.casefold())
    return not re.search(r"[^\W\d_]", rest)


_LONE_DATELINE_MAX_CHARS: Final = 60


def _with_lede_dateline(kept: list[str], cut: int) -> list[str]:
    """The kept blocks with a lone dateline opening them ("Jakarta -") glued to the lede after it, when lines were cut
    before it (``cut``): a digest's or a widget's lines above the dateline kept the spider's merge_dateline from
    reaching it (h69 probe: detik's "Rangkuman AI" box, five lines over "Jakarta -")."""
    if (cut and len(kept) > 1 and len(kept[0]) <= _LONE_DATELINE_MAX_CHARS and BARE_DATELINE_RE.fullmatch(kept[0])
            and is_prose_block(kept[1]) and not opens_with_dateline(kept[1])):
        return [f"{kept[0]} {kept[1]}", *kept[2:]]
    return kept


_OUTLET_DATELINE_MAX_CHARS: Final = 60
# How far into the body an outlet's dateline alone on its line is looked for: under a kicker or a date line at most.
_OUTLET_DATELINE_REACH: Final = 3
_CAPS_WORD_RE: Final = re.compile(r"[A-Z][A-Z.'\u2019-]+")


def outlet_dateline(text: str, outlets: Sequence[str] = (), shape_only: bool = False) -> bool:
    """Whether a line is a dateline alone, its dash maybe left out: a place (a known one, fields.places, or a word in
    capitals), a comma or a dash, then an outlet (dateline_outlet_part: a domain, an agency, one of the page's outlet
    labels ``outlets``): "DENPASAR, NusaBali", "MAKASSAR, FAJAR", "JAKARTA - JPNN.com", "DENPASAR, BALIPOST.com -" (h287
    B: NusaBali 2018 writes it over the lede with a <br>). Two capitalised names with no outlet ("Andi Saputra, Budi
    Santoso") are a byline. ``shape_only``: any one to three capitalised words stand for the outlet (the main-text
    extractor, which knows no outlet, keeps the line for trim_edges to judge)."""
    text = text.strip().rstrip("-\u2013\u2014").rstrip()
    if len(text) > _OUTLET_DATELINE_MAX_CHARS:
        return False
    parts = [part for part in _DATELINE_PARTS_RE.split(text) if part]
    if len(parts) != 2 or _NOT_A_DATELINE_WORD_RE.search(text):
        return False
    if shape_only:
        return ((is_place(parts[0]) or _CAPS_WORD_RE.fullmatch(parts[0]) is not None)
                and (dateline_outlet_part(parts[1], outlets) or _dateline_place_part(parts[1])))
    # A known place before any outlet (a domain, an agency: "WASHINGTON, AP"); a word in capitals that is no known
    # place ("AMLAPURA, NusaBali") only before the page's own name: "ILUSTRASI - Kompas.com" or a one-word byline
    # before another outlet is none (h291 R3)
    if is_place(parts[0]):
        return dateline_outlet_part(parts[1], outlets)
    return _CAPS_WORD_RE.fullmatch(parts[0]) is not None and _own_outlet_part(parts[1], outlets)


# A rubric's, a picture's or a credit's word: "OPINI, NusaBali", "ILUSTRASI - Kompas.com", "JAKARTA, ANTARA FOTO" (a
# photo's credit over its caption) are no datelines (h291 R3).
_NOT_A_DATELINE_WORD_RE: Final = re.compile(
    r"\b(?:opini|ilustrasi|foto|video|editorial|kolom|advertorial|infografis|redaksi|penulis|reporter|editor)\b",
    re.IGNORECASE)


def _own_outlet_part(part: str, outlets: Sequence[str]) -> bool:
    """Whether a dateline's part is one of the page's own outlet labels (``outlets``, squeezed), or one word a label of
    four letters or more opens ("NusaBali.com" on nusabali.com)."""
    key = squeeze(part.strip())
    return bool(key) and (key in outlets or (len(part.split()) == 1 and any(
        len(label) >= _CHANNEL_LABEL_MIN_CHARS and key.startswith(label) for label in outlets)))


def _with_outlet_dateline(blocks: list[str], outlets: Sequence[str]) -> list[str]:
    """The blocks with an outlet's dateline alone on its line among the first (outlet_dateline) glued to the lede after
    it, as merge_dateline glues "Jakarta -": read as a two-name byline, it was cut (h287 B)."""
    for index, block in enumerate(blocks[:_OUTLET_DATELINE_REACH]):
        if index + 1 < len(blocks) and outlet_dateline(block, outlets) and is_prose_block(blocks[index + 1]) \
                and not opens_with_dateline(blocks[index + 1]):
            return [*blocks[:index], f"{block} {blocks[index + 1]}", *blocks[index + 2:]]
    return blocks


def _with_glued_credit_split(blocks: list[str]) -> list[str]:
    """The blocks with a reporter credit glued to the story's first paragraph (split_glued_credit) among the first two
    split off, so that it is cut as a byline line and the story opens at its dateline."""
    for index, block in enumerate(blocks[:2]):
        split = split_glued_credit(block)
        if split:
            return [*blocks[:index], *split, *blocks[index + 1:]]
    return blocks


def signed_salutation(blocks: list[str], index: int) -> bool:
    """Whether the block is the name line signing a salutation ending in a comma right above it ("Salam sehat," over
    "dr. Ardiansyah Putra, Sp.N": a consultation's doctor)."""
    return (0 < index < len(blocks) and blocks[index - 1].endswith(",") and len(blocks[index - 1]) <= _LABEL_LINE_MAX_CHARS
            and bool(_CLOSING_WORDS_RE.match(blocks[index - 1]))
            and (_is_byline_line(blocks[index]) or _is_label_line(blocks[index])))


def announced_tail(blocks: list[str], last: int) -> bool:
    """Whether the short lines after block ``last`` are the story's own: a salutation's signature, or more of the
    lines a colon-ended label announced (_in_announced_lines)."""
    return (any(signed_salutation(blocks, index) for index in range(last + 1, len(blocks)))
            or _in_announced_lines(blocks, last) or _label_over_tail(blocks, last))


def _label_over_tail(blocks: list[str], last: int) -> bool:
    """Whether the lines after block ``last`` are a colon-ended label of the story's and the lines it announces, down
    to the body's end ("Dasar hukum:" over "UU Nomor 1 Tahun 2023 tentang KUHP", h61 probe): a label no catalogue
    knows ("Baca juga:", "Simak videonya:" are residue), none of the lines a sentence's end or another label. The label
    is the block after ``last``, or ``last`` itself when it is a colon-ended sentence long enough to count as prose
    ("Wartawan yang menjadi korban kekerasan saat meliput:" over three names, h68). A credit's or a medium's label
    ("Laporan wartawan:" over the reporter, "Video:" over a video's title, h63 probe) announces no lines of the story,
    nor one that is residue with its line ("Video: Detik-detik Banjir Rob di Demak"), nor a line without a letter (a
    pager's "12" under a paged story's "Berikut daftar bank …:", whose list is on the next page)."""
    label = last if blocks[last].endswith((":", "\uff1a")) else last + 1
    if label + 1 >= len(blocks) or not (label == last or _dangling_label(blocks[label])):
        return False
    text = blocks[label]
    return (not is_residue(text) and not _credit_or_media_label(text) and not is_residue(f"{text} {blocks[label + 1]}")
            and _in_announced_lines(blocks, len(blocks) - 1)
            and all(_worded(line) and not is_residue(line) and not _dangling_label(line) for line in blocks[label + 1:]))


def _worded(text: str) -> bool:
    """Whether a line holds a letter: a pager's numbers ("12", its links read together) are no line a label announces."""
    return any(char.isalpha() for char in text)


# A label naming a credit ("Penulis:", "Laporan wartawan:") or a medium ("Video:", "Foto:", "Infografis:").
_CREDIT_OR_MEDIA_LABEL_RE: Final = re.compile(
    rf"(?:{CREDIT_LABEL}|foto|video|galeri|infografis|grafis|audio|podcast|wartawan|jurnalis|koresponden)\b",
    re.IGNORECASE)
# A credit's label names the credit and its outlet at most ("Laporan wartawan Tribunnews:"); more words after the credit
# word make a sentence about its subject ("Sumber dana pembangunan pasar:", "Wartawan yang menjadi korban …:", h68).
_CREDIT_LABEL_MAX_WORDS: Final = 3


def _credit_or_media_label(text: str) -> bool:
    return _CREDIT_OR_MEDIA_LABEL_RE.match(text) is not None and len(text.split()) <= _CREDIT_LABEL_MAX_WORDS


# The most lines a label ("Dasar hukum:") announces that _in_announced_lines looks back over.
_ANNOUNCED_LINES_MAX: Final = 12


def _in_announced_lines(blocks: list[str], index: int) -> bool:
    """Whether the block is one of the lines a colon-ended label announced ("Dasar hukum:" over the laws a legal
    column cites): from the label to it no line ends a sentence. The short lines after it are then that list's too."""
    for back in range(index, max(index - _ANNOUNCED_LINES_MAX, 0) - 1, -1):
        text = blocks[back]
        if text.endswith((":", "\uff1a")):
            return back < index
        if ends_sentence(text):
            return False
    return False


def _story_prose(blocks: list[str], credited: Sequence[bool] | None = None) -> list[int]:
    """Indexes of the blocks that read as the story's prose: no credited caption, no marks alone, and no byline line
    that is long only by its lead (tribun's credit of three reporters, 80 characters and more: h58 probe) or by its
    credits and date (byline_date_line, h153 probe). ``credited``: is_credited_caption of each block when the caller
    has it already (trim_edges counts the captions too)."""
    return [index for index, text in enumerate(blocks)
            if is_prose_block(text) and not (is_credited_caption(text) if credited is None else credited[index])
            and not _marks_only(text)
            and not (len(text) >= _PROSE_MIN_CHARS and (_is_one_byline(text) or byline_date_line(text)
                                                         or meta_row(text)))]


# A photo story: this many credited captions or more, and more of them than paragraphs of story.
PHOTO_STORY_CAPTIONS: Final = 3


def story_start(blocks: list[str], title: str | None = None, read_before: str | None = None,
                credits: Sequence[str] = (), header: Collection[str] = ()) -> int:
    """Index of the first block of the story: the header trim_edges cuts before it (the headline again, a
    byline, a date stamp, a deck with its byline and date line). For a later page of a paged article, whose
    header the merged body would otherwise carry into its middle.

    What is cut is the page's repeated header only: the headline, a date line, a byline by its form (a label,
    "Oleh …", "Penulis … | Editor …", an outlet after the name), a deck with its byline and date line. A short
    line that is only Capitalised words ("Data dan Fakta Laga", "Kronologi Kejadian") reads as a name, but at the
    top of a later page it is the story's subhead unless it is the header's: one of ``header`` (page 1's short lines
    above its story, squeezed: header_lines; the template repeats them on every page: an editor's bare name, a
    rubric "Metro", the byline as printed "K. Fadilah"), naming one of ``credits`` (page 1's authors as read, whole
    words: "Fadil" names no "Kurniawan Fadilah"), or by a date line (with the other name lines of its run; a counter
    such as "0 Komentar" between them) (h232 probe: detik's page 2 opening with "<p><strong>Data dan Fakta
    Laga</strong></p>" over a list lost the subhead; h240 probe: the header's other lines were kept instead).

    ``read_before``: the last block of the pages read before this one. When it announces lines ("Berikut daftar
    15 bank …:", "… antara lain:"), the page opens with them: short name-shaped lines there ("BPR Wijaya Kusuma,
    Madiun") are the announced list, not a byline."""
    prose = _story_prose(blocks)
    listed = bool(read_before) and announces_lines(read_before)
    if not prose:
        return 0
    return _lead_end(blocks, prose, prose[-1], title, listed, credits=credits, header=header, later=True)


# Page 1's header lines carried to its later pages (header_lines): lines this short, at most this many (those nearest
# its story: a long menu's far items go first).
_HEADER_LINE_MAX_CHARS: Final = 80
HEADER_LINES_MAX: Final = 300
# A line of the page is the story's first block, or a part of it, when it is that block (squeezed) or at least half
# of it and this long (detik's "<strong>Jakarta</strong> -" dateline is its own line, glued to the lede in the body).
_STORY_LINE_MIN_CHARS: Final = 20


def header_lines(lines: Iterable[tuple[str, Sequence[str]]], body: Sequence[str], title: str | None) -> list[str]:
    """Page 1's short lines above its story, squeezed: what its template prints over the story (breadcrumbs, the
    rubric, the headline, the byline box, an editor's bare name, share and comment counters), which a later page's
    template prints again over its part (story_start's ``header``). ``lines``: the page's lines in page order, each
    with its text pieces (dom.page_lines); ``body``: page 1's body blocks as read, whose first block after the
    cleaning's cut (clean_body: page 1's own header lines read with the body go) is where the story starts. A line
    and each of its pieces of at most _HEADER_LINE_MAX_CHARS count; at most HEADER_LINES_MAX, the nearest the story
    kept. None when the story's start is not found on the page (a body read from structured data): nothing is then
    known to be its header. Lines below the story (tags, other stories' headlines) are none: a later page prints
    them below its part too."""
    story = clean_body(list(body), title)
    first = squeeze(story[0]) if story else ""
    if not first:
        return []
    found: list[str] = []
    for text, pieces in lines:
        key = squeeze(text)
        if not key:
            continue
        if key == first or (len(key) >= _STORY_LINE_MIN_CHARS and 2 * len(key) >= len(first) and key in first) \
                or (len(first) >= _STORY_LINE_MIN_CHARS and first in key):
            return list(dict.fromkeys(reversed(found)))[:HEADER_LINES_MAX]
        found.extend(part for part in (squeeze(line) for line in ((text, *pieces) if len(pieces) > 1 else (text,))
                                       if len(line) <= _HEADER_LINE_MAX_CHARS) if part)
        if len(found) > 8 * HEADER_LINES_MAX:  # a page's long menus: the nearest lines are the ones kept
            del found[:-2 * HEADER_LINES_MAX]
    return []


# The outlet after a byline's name: "Andi Saputra - detikNews", "Rina Ayu | Kompas.com".
_NAME_OUTLET_TAIL_RE: Final = re.compile(r"\s+[\u2013\u2014|-]\s+\S+$")
# How many name lines a later page's header byline runs to (one per writer, then its date line).
_HEADER_NAME_RUN_MAX: Final = 6
# A credit of page 1's of two words or more, this long (its words' letters) or longer, names the line that holds it
# ("Andi Saputra" in "Andi Saputra Detiknews"); a shorter one ("Tim", "Ayu", "Kurniawan") only the line that is it or
# some of its words (_names_credit).
_CREDIT_KEY_MIN_CHARS: Final = 6


def _names_only(text: str, title: str | None) -> bool:
    """Whether a lead block is cut as header only for reading as a name: Capitalised words, without a byline's
    label ("Oleh", "Penulis:", "Laporan Wartawan …"), an outlet after the name or bars between credits, and no
    other header form (the headline, a date line, a caption, a breadcrumb, a meta row)."""
    return (_is_byline_line(text) and _BYLINE_LEAD_RE.match(text) is None and " | " not in text
            and _NAME_OUTLET_TAIL_RE.search(text) is None and not _header_form(text, title))


def _header_name(blocks: list[str], index: int, credits: Sequence[str], header: Collection[str] = ()) -> bool:
    """Whether the name-shaped block at ``index`` is a later page's header line: one of page 1's lines above its
    story (``header``: squeezed, header_lines), naming one of ``credits`` (page 1's authors: _names_credit), or in a
    run of name lines (counters between them: "0 Komentar") standing by a date line (_beside_date_line)."""
    if squeeze(blocks[index]) in header or any(_names_credit(blocks[index], credit) for credit in credits):
        return True
    first = last = index
    while first > 0 and index - first < _HEADER_NAME_RUN_MAX and _header_run_line(blocks[first - 1]):
        first -= 1
    while last + 1 < len(blocks) and last - index < _HEADER_NAME_RUN_MAX and _header_run_line(blocks[last + 1]):
        last += 1
    return _beside_date_line(blocks, first) or _beside_date_line(blocks, last)


def _header_run_line(text: str) -> bool:
    """A line of a header's byline run: a name line, or a counter beside it ("0 Komentar", "Dibaca 1.204 kali")."""
    return _is_byline_line(text) or (len(text) <= _COUNTER_MAX_CHARS and any(char.isdigit() for char in text) and (
        _CLOSING_HEADER_RE.fullmatch(text) is not None or _meta_part(text) == "other"))


_COUNTER_MAX_CHARS: Final = 40
_CREDIT_WORD_RE: Final = re.compile(r"[^\W_]+")


def _names_credit(text: str, credit: str) -> bool:
    """Whether a name line names page 1's credit, in whole words: the line is the credit or some of its words in a row
    ("Fadilah" of "Kurniawan Fadilah"), or holds a credit of two words or more and _CREDIT_KEY_MIN_CHARS ("Andi
    Saputra" in "Andi Saputra Detiknews"). "Fadil" names no "Kurniawan Fadilah", "Bali" no "Iqbal Ibrahim",
    "Muhammad Ali" no "Muhammad Alif Rahman"; a one-word credit ("Kurniawan") names only the line that is it."""
    line = _CREDIT_WORD_RE.findall(_NAME_OUTLET_TAIL_RE.sub("", text).casefold())
    name = _CREDIT_WORD_RE.findall(credit.casefold())
    if not line or not name:
        return False
    return _in_a_row(line, name) or (len(name) >= 2 and len("".join(name)) >= _CREDIT_KEY_MIN_CHARS
                                     and _in_a_row(name, line))


def _in_a_row(part: list[str], whole: list[str]) -> bool:
    """Whether the words ``part`` stand in ``whole`` one after another."""
    return any(whole[at:at + len(part)] == part for at in range(len(whole) - len(part) + 1))


def _beside_date_line(blocks: list[str], index: int) -> bool:
    """Whether the block just before or after ``index`` is a date stamp or a labelled date: a page header's
    byline sits by its date line ("Rahmat Fatahillah Ilham", "Selasa, 18 Juni 2024 - 09:30 WIB")."""
    return any(0 <= near < len(blocks) and (_is_stamp_line(blocks[near]) or _is_labelled_date(blocks[near]))
               for near in (index - 1, index + 1))


def announces_lines(text: str) -> bool:
    """Whether a block announces lines after it: "Berikut daftarnya:", "… sebagai berikut.", "… antara lain:"."""
    return text.rstrip().endswith((":", "\uff1a")) or _ANNOUNCES_RE.search(text) is not None


# An opinion column's byline: "Oleh: Dr. H. Andi Muhammad Akmal, M.Si." (the degree's dot ends it like a sentence),
# maybe with the writer's role after it, "(Dosen FISIP Universitas Hasanuddin)", on its line or the next; "Penulis:"
# labels it too.
_OLEH_RE: Final = re.compile(r"(?:oleh|penulis)\s*:?\s", re.IGNORECASE)
_DEGREE_TAIL_RE: Final = re.compile(r"(?:\s*,\s*(?:[A-Z][a-z]{0,3}\.){1,3}(?:[A-Z][A-Za-z]{0,3}\.?)?(?:\([A-Z]\))?)+$")
_PAREN_LINE_RE: Final = re.compile(r"\([^()]{1,80}\)")
_PAREN_TAIL_RE: Final = re.compile(r"\s*\([^()]{1,80}\)$")
# The footnote marker pointing at the writer's note below the story: "Oleh Prof. Dr. A, M.Sc.*)" (antaranews opini).
_FOOTNOTE_TAIL_RE: Final = re.compile(r"\s*(?:\(\*+\)|\*+\)?)$")
# The outlet's dateline opening the column's byline line, "REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*" (republika's analisis
# columns, 2025, h201 probe: the desk's stock prefix kept on a column, with no city and no dash; the star points at the
# writer's note closing the column, "*Penulis adalah dosen …"), "KOMPAS.com - Oleh …", "TEMPO.CO, Jakarta - Penulis:
# …", "JAKARTA, KOMPAS.com - Oleh …", "Jakarta (ANTARA) - Oleh …": one to three parts (between commas or dashes), one
# naming the outlet (dateline_outlet_part), the others a place; then a comma or a dash spaced before it and the
# column's label, "Oleh" or "Penulis", with its colon or a space ("JAKARTA -- Oleh-oleh khas …" has no label). What
# follows is judged by the reader of a byline: "REPUBLIKA.CO.ID, Oleh karena itu pemerintah …" is the story's.
_DATELINE_CREDIT_RE: Final = re.compile(
    r"(?P<dateline>[^\W\d_][^:\n]{0,79}?)(?:\s{0,3},\s{0,3}|\s{1,3}[-\u2013\u2014]{1,2}\s{0,3})"
    r"(?P<credit>(?:oleh|penulis)(?:\s{0,3}[:\uff1a]\s{0,3}|\s{1,3})\S.*)", re.IGNORECASE | re.DOTALL)
# A byline line is short: the dateline, the label and up to six names (cleaning.byline_fits); a longer line is prose.
_DATELINE_CREDIT_MAX_CHARS: Final = 400
_DATELINE_PARTS_RE: Final = re.compile(r"\s*,\s*|\s+[-\u2013\u2014]{1,2}\s+")
_DATELINE_MAX_PARTS: Final = 3
# "Jakarta (ANTARA)": a place, then the outlet or the agency in brackets.
_BRACKETED_OUTLET_RE: Final = re.compile(r"(?P<place>[^()]*?)\s*\((?P<outlet>[^()]{2,40})\)")
_AGENCY_NAME_RE: Final = re.compile(AGENCY_NAME_PATTERN, re.IGNORECASE)
_DOMAIN_PART_RE: Final = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id|net|org|tv|news|or\.id|web\.id)",
                                    re.IGNORECASE)
_PLACE_WORD_RE: Final = re.compile(r"(?-i:[A-Z])[\w.'\u2019-]*")
# An outlet's label a channel's name opens ("detikNews" on detik.com): labels this long or longer.
_CHANNEL_LABEL_MIN_CHARS: Final = 4


def dateline_outlet_part(part: str, outlets: Sequence[str] = ()) -> bool:
    """Whether a dateline's part names an outlet: a domain ("REPUBLIKA.CO.ID", "KOMPAS.com", "TEMPO.CO"), a news agency
    ("ANTARA", "Antara News"), one of the page's outlet labels (``outlets``: fields.outlet.outlet_labels, squeezed:
    "KOMPAS" on kompas.com) or one word a label of four letters or more opens ("detikNews" on detik.com)."""
    part = part.strip()
    return bool(squeeze(part)) and (_DOMAIN_PART_RE.fullmatch(part) is not None
                                    or _AGENCY_NAME_RE.fullmatch(part) is not None or _own_outlet_part(part, outlets))


def _dateline_place_part(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 3 and all(_PLACE_WORD_RE.fullmatch(word) and not _OLEH_RE.match(f"{word} ")
                                        for word in words)


def dateline_credit(text: str, outlets: Sequence[str] = ()) -> str | None:
    """The column's byline after an outlet's dateline opening the line (_DATELINE_CREDIT_RE): "REPUBLIKA.CO.ID, Oleh:
    Hendra Kusuma*" -> "Oleh: Hendra Kusuma*", "JAKARTA, KOMPAS.com - Oleh Andi Saputra" -> "Oleh Andi Saputra"; None
    when the line opens with no outlet's dateline before "Oleh"/"Penulis" ("Jakarta - Oleh karena itu …": a place
    alone; "Oleh-oleh khas …"). The credit's words are not judged here: the byline readers do (a sentence after the
    label, "Oleh karena itu pemerintah …", is none). ``outlets``: the page's outlet labels (outlet_labels)."""
    text = text.strip()
    match = _DATELINE_CREDIT_RE.match(text) if len(text) <= _DATELINE_CREDIT_MAX_CHARS else None
    if match is None:
        return None
    parts = [part for part in _DATELINE_PARTS_RE.split(match.group("dateline").strip()) if part]
    if not 1 <= len(parts) <= _DATELINE_MAX_PARTS:
        return None
    named = False
    for part in parts:
        bracketed = _BRACKETED_OUTLET_RE.fullmatch(part)
        if bracketed is not None:
            if not dateline_outlet_part(bracketed.group("outlet"), outlets) or (
                    bracketed.group("place") and not _dateline_place_part(bracketed.group("place"))):
                return None
            named = True
        elif dateline_outlet_part(part, outlets):
            named = True
        elif not _dateline_place_part(part):
            return None
    return match.group("credit").strip() if named else None


# The writer's role or affiliation on its own line under the column's byline, with no brackets, and the byline maybe
# with no "Oleh" (tempo 2011's kolom, h170 probe: "<p><strong>Rizal Hakim</strong><br><em>Peneliti Pusat Kajian
# Lingkungan Perkotaan UI</em></p>" over the prose). The line opens with a role's or an office's word, or reads
# "… di/pada <institution>" ("Mengajar di Universitas Airlangga", "Bekerja pada LIPI"). Data: add a word here.
AFFILIATION_START: Final = (
    r"(?:peneliti|dosen|guru(?:\s+besar)?|pengamat|direktur|ketua|wakil|anggota|mahasiswa|mahasiswi|wartawan|wartawati|"
    r"jurnalis|pegiat|penggiat|aktivis|praktisi|staf|kepala|pengajar|analis|ekonom|pemerhati|koordinator|sekretaris|"
    r"kolumnis|pendiri|rektor|dekan|alumnus|alumni|pakar|konsultan|pensiunan|mantan|pengurus|komisioner|"
    r"lecturer|researcher|senior\s+(?:fellow|researcher|analyst))\b")
_AFFILIATION_START_RE: Final = re.compile(AFFILIATION_START, re.IGNORECASE)
# "… di/pada <institution>": a few words, then an institution's word or an acronym ("UI", "LIPI", "CSIS").
_AFFILIATION_AT_RE: Final = re.compile(
    r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:di|pada)\s+(?:(?i:universitas|institut|fakultas|sekolah|perguruan|politeknik|"
    r"akademi|lembaga|pusat|badan|yayasan|kementerian|dinas|komisi|harian|majalah|koran)\b|[A-Z]{2,}\b)")
# Short: a role and an institution's name, a few words.
_AFFILIATION_MAX_CHARS: Final = 150
_AFFILIATION_MAX_WORDS: Final = 18
# What ends a sentence or opens a list on the line (a role line ends in none; its own brackets may close it).
_AFFILIATION_ENDS: Final = tuple(".!?:;\"\u201d\u2026")
# A bare column byline's name: two to five words (an honorific maybe: "Dr. Rizal Hakim"), its degrees after it.
_COLUMN_NAME_WORDS: Final = (2, 5)


def affiliation_line(text: str) -> bool:
    """Whether a line is a column writer's role or affiliation and nothing else: short, no sentence's end, no label,
    opening with a role's word (AFFILIATION_START: "Peneliti Pusat Kajian Lingkungan Perkotaan UI", "Dosen FISIP
    Universitas Hasanuddin", "Guru Besar Fakultas Hukum UGM") or reading "… di/pada <institution>" ("Mengajar di
    Universitas Airlangga"), an institution named in it (a Capitalised word after the first). "Peneliti itu mengatakan
    banjir datang lagi.", "Ketua: Budi" or "Ketua panitia acara" is none."""
    text = text.strip()
    if not text or len(text) > _AFFILIATION_MAX_CHARS or len(text.split()) > _AFFILIATION_MAX_WORDS \
            or text.endswith(_AFFILIATION_ENDS) or ":" in text or not text[0].isupper():
        return False
    # the role's institution is named: a Capitalised word or an acronym after the first ("Ketua panitia acara" is none)
    if not any(word[0].isupper() for word in text.split()[1:]):
        return False
    return _AFFILIATION_START_RE.match(text) is not None or _AFFILIATION_AT_RE.match(text) is not None


def bare_column_name(text: str) -> bool:
    """Whether a line is shaped as a column writer's bare name: 2-5 Capitalised words, maybe with degrees after it
    ("Rizal Hakim", "Dr. Rizal Hakim, M.Si."), no label, no role's word, no place. Only with the role line under it
    (column_byline_end) is it a byline."""
    name = _DEGREE_TAIL_RE.sub("", text.strip())
    if _BYLINE_LEAD_RE.match(name) or not _is_one_byline(name) or _AFFILIATION_START_RE.match(name) \
            or is_place(name) or any(mark in name for mark in ",/&|"):
        return False
    # a retired officer's qualifier is part of its rank, no word of the name ("AKBP (Purn.) Drs. Bambang Suharto")
    return _COLUMN_NAME_WORDS[0] <= len(_RETIRED_QUALIFIER_RE.sub("", name).split()) <= _COLUMN_NAME_WORDS[1]


def column_byline_at(blocks: Sequence[str], index: int) -> bool:
    """Whether ``blocks[index]`` and the next are a column's bare byline: the writer's bare name (bare_column_name)
    over the role line (affiliation_line), with the story after them. A name alone, or over a sentence, is none."""
    return (index + 2 < len(blocks) and bare_column_name(blocks[index]) and affiliation_line(blocks[index + 1]))


def _opinion_byline_end(blocks: list[str], title: str | None, outlets: Sequence[str] = ()) -> int:
    """The index after an opinion byline opening the body, or 0: "Oleh: A, M.Si." and its "(Dosen …)" line or its
    bare role line ("Peneliti LIPI"), or a bare name over its role line (column_byline_at: "Rizal Hakim" /
    "Peneliti Pusat Kajian Lingkungan Perkotaan UI", tempo 2011's kolom, h170 probe). The labelled byline may follow
    the outlet's dateline on its line ("REPUBLIKA.CO.ID, Oleh: Hendra Kusuma*": dateline_credit, h201 probe).
    Only at the body's start (after header lines lead_junk cuts): an "Oleh" line later is the story's."""
    def credit(text: str) -> str:
        return dateline_credit(text, outlets) or text

    index = 0
    while index < len(blocks) and not _OLEH_RE.match(credit(blocks[index])) and not column_byline_at(blocks, index) \
            and lead_junk(blocks[index], title):
        index += 1
    if index < len(blocks) and column_byline_at(blocks, index):
        return index + 2
    if index >= len(blocks) or not _OLEH_RE.match(credit(blocks[index])) \
            or not _is_one_byline(_DEGREE_TAIL_RE.sub("", _PAREN_TAIL_RE.sub("", _FOOTNOTE_TAIL_RE.sub("",
                                                                                          credit(blocks[index]))))):
        return 0
    index += 1
    return index + 1 if index < len(blocks) and (_PAREN_LINE_RE.fullmatch(blocks[index])
                                                 or affiliation_line(blocks[index])) else index


def _lead_end(blocks: list[str], prose: list[int], last: int, title: str | None, listed: bool = False,
              outlets: Sequence[str] = (), descriptions: Sequence[str] = (), times: PageTimes | None = None,
              credits: Sequence[str] = (), header: Collection[str] = (), later: bool = False) -> int:
    start = 0
    byline_cut = False
    # The headline repeated over the story is never its first prose, however it reads: one ending in "!" or "?", or of
    # 80 characters and more, counts as a sentence (is_prose_block), and the header lines under it (the date, a read
    # time, a byline: hipwee's "15 Januari 2024, 14:30 4 menit", h187 probe) stood before no prose to trim back from.
    # The story's prose is what comes after it; a body that is only the headline keeps it (the loop at the end).
    headline = 0
    while headline < len(prose) - 1 and repeats_title(blocks[prose[headline]], title):
        headline += 1
    prose = prose[headline:]
    # The opinion byline ends like a sentence, so it counts as prose: the story's first prose block is after it.
    opening = _opinion_byline_end(blocks, title, outlets)
    if any(index >= opening for index in prose):
        start, prose = opening, [index for index in prose if index >= opening]
    rows = _table_rows(blocks)
    # An editor's label line right over the first paragraph ("Update 21.00 WIB") heads the story's note: no stamp;
    # right over the dateline lede it is the story's time stamp (h52 probe).
    note_label = (prose[0] > 0 and EDITOR_LABEL_LINE_RE.fullmatch(blocks[prose[0] - 1]) is not None
                  and not opens_with_dateline(blocks[prose[0]]))
    while start < prose[0] and start not in rows and lead_junk(blocks[start], title) \
            and not (start + 1 == prose[0] and note_label):
        if listed and _is_byline_line(blocks[start]):
            # After an announcing line, a name-shaped line is the list's first unless it is the header's one
            # byline, by its date line.
            if byline_cut or not _beside_date_line(blocks, start):
                break
            byline_cut = True
        elif later and _names_only(blocks[start], title) and not _header_name(blocks, start, credits, header):
            break  # a later page's subhead, not its header's byline (story_start)
        start += 1
    start = _credit_block_end(blocks, start)
    start = _after_header_lines(blocks, start, prose, title, rows, descriptions, times)
    start = _digest_end(blocks, start)
    entry = _entry_head(blocks, prose, title)
    if entry is not None and entry < start:
        start = entry
    # the first prose block itself may be the headline (a long one with its full stop)
    while start < last and repeats_title(blocks[start], title):
        start += 1
    return start


# A newsroom's staff label closing a credit block: "Tim Redaksi", "Tim Liputan", "Redaksi".
_STAFF_LABEL_RE: Final = re.compile(r"(?:tim\s+\w+|redaksi)", re.IGNORECASE)
_CREDIT_BLOCK_MAX_LINES: Final = 6


def _credit_block_end(blocks: list[str], start: int) -> int:
    """Where the story starts after a credit block opening the body: a run of name lines (a trailing comma allowed:
    "Irfan Kamil,", "Novianti Setuningsih") ending in a staff label ("Tim Redaksi") right above the dateline lede (h126
    probe: kompas 2025's writer and editor credits read by the generic reader). ``start`` when there is none: names
    without the label, or not over a dateline, may be the story's list."""
    index = start
    while (index < len(blocks) and index - start < _CREDIT_BLOCK_MAX_LINES
           and _is_byline_line(blocks[index].rstrip().removesuffix(",").rstrip())):
        index += 1
    if index - start >= 2 and _STAFF_LABEL_RE.fullmatch(blocks[index - 1]) and index < len(blocks) \
            and opens_with_dateline(blocks[index]):
        return index
    return start


# The story's opening dateline: "JAKARTA, KOMPAS.com - …", "Jakarta (ANTARA) - …", "REPUBLIKA.CO.ID, JAKARTA -- …",
# "KYIV - …", or the dateline alone as a block ("Jakarta -") over the lede.
def opens_with_dateline(text: str) -> bool:
    """Whether a block opens with a dateline: capitalised words (a place, an outlet, its domain, a date; parentheses
    aside) then a dash and the text, or is a dateline alone."""
    if BARE_DATELINE_RE.fullmatch(text):
        return True
    match = DATELINE_LEAD_RE.match(text)
    if not match:
        return False
    words = _PARENTHESES_RE.sub(" ", match.group(1)).replace(",", " ").split()
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or "." in w.strip(".") for w in words)


_PARENTHESES_RE: Final = re.compile(r"\([^)]*\)")
_DATELINE_DASHES: Final = " -\u2013\u2014:"


def names_dateline_place(dateline: str) -> bool:
    """Whether a bare dateline ("Jakarta -", "JAKARTA \u2014", "Liputan6.com, Jakarta -") names a known place
    (fields.places), an outlet (dateline_outlet_part: a domain, an agency) or a place in capitals, not a heading
    ending in a dash ("Kronologi Kejadian -", h298): asked where a dateline would be glued to a lead further down than
    the page's head (after a photo story's captions)."""
    parts = [part.strip() for part in _PARENTHESES_RE.sub(" ", dateline).strip(_DATELINE_DASHES).split(",")]
    return any(part and (is_place(part) or part.isupper() or dateline_outlet_part(part)) for part in parts)


# How near the body's start the lede's dateline stands for what precedes it to be read as a digest's lines.
_DIGEST_REACH_BLOCKS: Final = 6
_DIGEST_REACH_CHARS: Final = 1000
_DIGEST_ITEM_MAX_CHARS: Final = 250


def _digest_end(blocks: list[str], start: int) -> int:
    """Where the story starts when a digest's lines stand before its dateline lede, within the body's first blocks
    (_DIGEST_REACH_*): bulleted lines, and a digest's label ("Ringkasan AI", "Poin Penting:", DIGEST_LABEL_RE; maybe
    cut already as a name line) with the short lines after it — the box read as text (h48 probe). An editor's note
    (an update, a correction: dom.EDITOR_NOTE_RE, or its label line) and any other block end the cut: the story is not
    simply started at its dateline."""
    reach = min(len(blocks), start + _DIGEST_REACH_BLOCKS + 1)
    lede = next((index for index in range(start, reach) if opens_with_dateline(blocks[index])), None)
    if lede is None or lede == start or sum(len(text) for text in blocks[start:lede]) > _DIGEST_REACH_CHARS:
        return start
    in_digest = any(DIGEST_LABEL_RE.fullmatch(text) for text in blocks[max(0, start - 2):start])
    cut = start
    for index in range(start, lede):
        text = blocks[index]
        if DIGEST_LABEL_RE.fullmatch(text):
            in_digest = True
        elif not (_is_list_item(text) or (in_digest and len(text) <= _DIGEST_ITEM_MAX_CHARS
                                           and not EDITOR_NOTE_RE.match(text)
                                           and not EDITOR_LABEL_LINE_RE.fullmatch(text))):
            break
        cut = index + 1
    return cut


# A live entry's time on its own line ("11:30 WIB", "09.45"), before its short heading.
_CLOCK_LINE_RE: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?")
_ENTRY_HEADINGS_MAX: Final = 2


def _entry_head(blocks: list[str], prose: list[int], title: str | None) -> int | None:
    """Where the first entry of a timeline starts when the body opens with it (a live blog without an intro,
    h38): its time line and short heading(s) before the first paragraph are the entry's, not header lines,
    when the same shape — a time line, as many short headings, a paragraph — recurs further in the body
    ("11:30 WIB", "Upacara Selesai", …, "09:45 WIB", "Defile Alutsista", …). None when there is none."""
    first = prose[0]
    for index in range(first - 1, max(first - 2 - _ENTRY_HEADINGS_MAX, -1), -1):
        if not _CLOCK_LINE_RE.fullmatch(blocks[index].strip()):
            continue
        headings = blocks[index + 1:first]
        if not headings or any(is_prose_block(h) or _CLOCK_LINE_RE.fullmatch(h.strip()) or repeats_title(h, title)
                               for h in headings):
            return None
        width = len(headings)
        # The same shape of time line ("11:30 WIB" as "09:45 WIB", not a schedule's "10.00" further down: h45 probe)
        shape = _DIGIT_RE.sub("0", blocks[index].strip())
        for later in range(first + 1, len(blocks) - width - 1):
            if (_DIGIT_RE.sub("0", blocks[later].strip()) == shape and is_prose_block(blocks[later + width + 1])
                    and not any(is_prose_block(h) for h in blocks[later + 1:later + width + 1])):
                return index
        return None
    return None


# How far into the body a header's byline or date line may sit behind a deck, and how long a deck is.
_HEADER_SPAN: Final = 4
_DECK_MAX_CHARS: Final = 300


# A data table's rows, cells joined by " | " (dom.walk_blocks): a run of blocks with as many cells each, three
# rows or more of two cells, or two of three cells or more, two of them holding a figure. A header's byline and
# date line between bars ("Galih Priatmojo | Galih Priatmojo", "Senin, 03 Juni 2024 | 14:22 WIB") are two rows of two.
_TABLE_MIN_ROWS: Final = 3
_TABLE_WIDE_CELLS: Final = 3


def _table_rows(blocks: list[str]) -> set[int]:
    """The indexes of blocks that are a data table's rows: a schedule's header row ("Tanggal | Waktu |
    Pertandingan") reads as a byline and its dated rows ("Jumat, 14 Juni 2024 | 02.00 WIB | Jerman vs
    Skotlandia") as date stamps, but a table is the story, never the page's header."""
    rows: set[int] = set()
    index = 0
    while index < len(blocks):
        cells = blocks[index].count(" | ") + 1
        end = index + 1
        if cells >= 2:
            while end < len(blocks) and blocks[end].count(" | ") + 1 == cells:
                end += 1
            run = end - index
            # a table holds data: two rows with a figure at least (a header's "Nasional | Ekonomi", "A | Editor: B",
            # "Senin, 03 Juni 2024 | 14:22 WIB" or a breadcrumb split over lines are no table; h45 probe)
            data = sum(1 for row in blocks[index:end] if any(ch.isdigit() for ch in row))
            if data >= 2 and (run >= _TABLE_MIN_ROWS or (run >= 2 and cells >= _TABLE_WIDE_CELLS)):
                rows.update(range(index, end))
        index = end
    return rows


def _after_header_lines(blocks: list[str], start: int, prose: list[int], title: str | None,
                        rows: set[int] | frozenset[int] = frozenset(), descriptions: Sequence[str] = (),
                        times: PageTimes | None = None) -> int:
    """Where the story starts when the body opens with the whole header: a deck (standfirst) sentence, then
    the byline and date line that follow it ("Harga hewan kurban … naik.", "Galih Priatmojo | Galih Priatmojo",
    "Senin, 03 Juni 2024 | 14:22 WIB", then the story: a short story's container grown to the <article>).
    A date line (a stamp, a labelled date) among the next few blocks, with a byline line between it and the
    body's start, ends the header when every block before it is short and story follows it. A date line
    alone after a paragraph is a schedule's line and stays, and so do a table's rows (its header row is no
    byline, its dated rows no stamps) and the intro before them.
    A header is one deck at most over its byline, and never the story's: a block opening with a dateline ("TRIBUNNEWS.COM,
    PROBOLINGGO - …") is the lede, so no header follows it; a second prose block before any byline is the story going
    on (h126 probe: a related box's label "Pilihan Untukmu", name-shaped, and its cards' dates after the first two
    paragraphs read as a byline and date line under a deck of two paragraphs). The header's own lines are no lede
    though they read as one ("Senin, 03 Juni 2024 - 14:22 WIB", "Galih Priatmojo - detikJogja"), and a second deck
    stands when a byline (no box's catalogued label) and a date line follow it within the span (h132 probe).
    Without a byline, a deck that is one of the page's ``descriptions`` word for word is the standfirst (described_deck),
    and a date line right under it, header lines only between, is the header's (cna.id read by the main text, the
    author card left out: "Komisi Pemilihan Umum menargetkan … 20 Maret." = og:description, then "05 Mar 2024 10:12WIB
    (Diperbarui: 05 Mar 2024 12:40WIB)"; h214 probe): a page stamp (_page_stamp_line), not a schedule's day alone,
    that states the page's own time (states_page_time: the item's ``times``). A CMS copies the lede into the
    description, and a lede is followed by the story's own dated lines as often (h220 probe: "… sidang isbat … pada:"
    then "Minggu, 10 Maret 2024 pukul 16.00 WIB"; a liveblog's intro then "21:05 WIB"; a traffic story's "Sabtu, 17
    Agustus 2024 pukul 06.00-12.00 WIB"): a line of another time, or no time of the page's known, keeps both."""
    end = start
    byline = False
    described = False
    stamped = False  # the page's own stamp went under the described deck: its update line under it goes too
    decks = 0
    stop = min(start + _HEADER_SPAN, len(blocks))
    for index in range(start, stop):
        text = blocks[index]
        if len(text) > _DECK_MAX_CHARS or index in rows or (opens_with_dateline(text) and not _is_header_line(text)):
            break
        if not byline and is_prose_block(text):
            decks += 1
            if decks > 1 and not _byline_then_date(blocks, index + 1, stop, rows):
                break
            described = index == start and described_deck(text, descriptions)
        elif described and not _is_header_line(text):
            described = False  # a line of the story's (a schedule's label) between the deck and the date
        byline = byline or (index > start and _is_byline_line(text))
        if byline:
            dated = _is_stamp_line(text) or _is_labelled_date(text)
        else:
            dated = (described and index > start and _page_stamp_line(text)
                     and states_page_time(text, times, after_stamp=stamped))
            stamped = stamped or dated
        if dated and any(p > index for p in prose):
            end = index + 1
    return end


def described_deck(text: str, descriptions: Sequence[str]) -> bool:
    """Whether a block is the page's own summary: the same words as one of its ``descriptions`` (meta, og:, JSON-LD;
    whatever the punctuation and case), a sentence's worth at least (_DECK_MIN_WORDS): a standfirst over the header's
    lines, read with the story. A paragraph opening with a dateline is the lede, whatever the description copies: CNA's
    colon form too ("JAKARTA: Komisi Pemilihan Umum (KPU) …", a place in capitals and a colon)."""
    if opens_with_dateline(text) or _COLON_DATELINE_RE.match(text):
        return False
    words = _words(text)
    return len(words) >= _DECK_MIN_WORDS and any(_words(description) == words for description in descriptions)


def _page_stamp_line(text: str) -> bool:
    """A page header's date line: a stamp with a clock ("05 Mar 2024 10:12WIB (Diperbarui: 05 Mar 2024 12:40WIB)",
    "19 Jun 2024 09:30PM"), a labelled update ("Diperbarui 20 Juni 2024") or a meta row. A day alone ("Sabtu, 20 Juli
    2024") may be a schedule's under the story's first sentence."""
    return ((_is_stamp_line(text) and _CLOCK_RE.search(text) is not None)
            or (_is_labelled_date(text) and _UPDATED_LABEL_RE.search(text) is not None) or meta_row(text))


# A page's update label: "Diperbarui", "Update terakhir", "Updated", "Last updated".
_UPDATED_LABEL_RE: Final = re.compile(r"\b(?:diperbarui|pembaruan|update(?:d)?|last\s+updated)\b", re.IGNORECASE)
# A line that opens with it: "Update 21 November 2022 pukul 16.30 WIB", "(Diperbarui: 05 Mar 2024 12:40WIB)".
_UPDATE_FIRST_RE: Final = re.compile(r"[\W_]{0,3}(?:diperbarui|pembaruan|update(?:d)?|last\s+updated)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PageTimes:
    """The item's own times as the dates pipeline gave them (ISO 8601 with offset, or YYYY-MM-DD; None unknown), and
    the newsroom's zone, in which a line naming no zone is read."""

    published: str | None = None
    updated: str | None = None
    zone: tzinfo = WIB


def states_page_time(text: str, times: PageTimes | None, after_stamp: bool = False) -> bool:
    """Whether a date line states the page's own publication or update time: it reads (dates.read_date, a line
    naming no zone in the newsroom's) as the same minute as ``times.published`` or ``times.updated`` — the same instant,
    so the same wall clock in the newsroom's zone (cna.id: "05 Mar 2024 10:12WIB" for a page published at
    11:12+08:00) — or, a date only, as the same day as a date-only one. A day is no minute, a clock alone ("21:05 WIB")
    no date, a relative time ("2 jam lalu") no stated one.
    A line opening with an update label that states the update time alone ("Update 21 November 2022 pukul 16.30
    WIB" under the first paragraph) is an editor's note over the story's new paragraphs, not the header's: a page
    header states its publication first ("05 Mar 2024 10:12WIB (Diperbarui: 05 Mar 2024 12:40WIB)"); it is the
    header's only ``after_stamp``, under the page's own stamp."""
    if times is None or (not times.published and not times.updated):
        return False
    reading = read_date(text, zone=times.zone)
    if reading is None or reading.relative:
        return False
    if _same_time(reading, times.published, times.zone):
        return True
    return (after_stamp or _UPDATE_FIRST_RE.match(text) is None) and _same_time(reading, times.updated, times.zone)


def _same_time(reading: DateReading, stated: str | None, zone: tzinfo) -> bool:
    """Whether a reading is the item's ``stated`` time to the minute (a date-only one: the same day, no clock read)."""
    if not isinstance(stated, str) or not stated:
        return False
    try:
        if "T" not in stated:
            return not reading.has_time and reading.moment.date() == date.fromisoformat(stated)
        moment = datetime.fromisoformat(stated)
    except ValueError:
        return False
    if not reading.has_time:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return (reading.moment.astimezone(zone).replace(second=0, microsecond=0)
            == moment.astimezone(zone).replace(second=0, microsecond=0))


_DECK_MIN_WORDS: Final = 6
_COLON_DATELINE_RE: Final = re.compile(r"[A-Z][A-Z'.-]*(?:\s[A-Z][A-Z'.-]*){0,3}:\s")


def _is_header_line(text: str) -> bool:
    """A header's byline or date line (a stamp, a labelled date)."""
    return _is_byline_line(text) or _is_stamp_line(text) or _is_labelled_date(text)


def _byline_then_date(blocks: list[str], start: int, stop: int, rows: set[int] | frozenset[int]) -> bool:
    """Whether a byline line, not a box's catalogued label ("Pilihan Untukmu"), then a date line stand among
    ``blocks[start:stop]``, outside a table."""
    byline = False
    for index in range(start, stop):
        text = blocks[index]
        if index in rows:
            return False
        if byline and (_is_stamp_line(text) or _is_labelled_date(text)):
            return True
        byline = byline or (_is_byline_line(text) and not is_residue(text))
    return False


def _without_header_repeats(blocks: list[str], header: list[str]) -> list[str]:
    """The blocks without later copies of the header lines cut before the story (a multi-page article's
    page 2 opens with the same date stamp and byline as page 1: "Rabu, 19 Juni 2024 - 20:40 WIB",
    "Andi Saputra" in the middle of the story)."""
    keys = {key for key in map(block_key, header) if key}
    if not keys:
        return blocks
    return [block for block in blocks if block_key(block) not in keys]


_STAR_LED_TAIL_RE: Final = re.compile(rf"(?<={_SENTENCE_END})\s*{_STAR_LED_CODE}\s*$")


# An end mark glued to the story's last sentence: "… hingga akhir bulan.***" (PRMN).
_GLUED_END_MARK_RE: Final = re.compile(rf"(?<={_SENTENCE_END})\s*[*#~]{{2,}}\s*$")


# A staff credit glued after the last sentence: "… sebelum keberangkatan. Penulis: Andi Nurfaisal", "… katanya. Editor:
# Budi Santoso | Penulis: Andi" (h48 probe, WordPress regional outlets), "… the President said. Edited by: Yuyu Mulyani"
# (h111). Names only after each label: "… tahun lalu. Sumber: Kementerian Keuangan mencatat defisit naik." is the
# story's sentence. Glued on, an English "… by" label needs its colon too: "… into a film. Written by Andrea Hirata" may
# be the story's own.
_TRAILING_CREDIT_LINE_RE: Final = re.compile(
    rf"(?<={_SENTENCE_END})\s*{CREDIT_LABEL}\s*:\s*{CREDIT_NAMES}"
    rf"(?:\s*[|/,;]?\s*{CREDIT_LABEL}\s*:\s*{CREDIT_NAMES}){{0,3}}\s*$", re.IGNORECASE)
_TRAILING_CREDIT_LINE_TAIL: Final = 200


def _without_trailing_credit_line(block: str) -> str:
    if ":" not in block[-_TRAILING_CREDIT_LINE_TAIL:]:
        return block  # the usual paragraph: no label near its end
    tail_start = max(0, len(block) - _TRAILING_CREDIT_LINE_TAIL)
    match = _TRAILING_CREDIT_LINE_RE.search(block, tail_start)
    return block[:match.start()].rstrip() if match and match.start() > 0 else block


# An English desk's sign-off after the last sentence, a dash then the wire or outlet (and the network it came through):
# "… in Asia. – The Jakarta Post/ANN", "… protests. – Reuters", "— The Jakarta Post/Asia News Network" (h83 probe). Each
# name is a wire's or ends in a paper's word or is a domain: "… the future.” — Joko Widodo" is a quote's speaker, and
# so is any name after a closing quotation mark ('"We have screened every village." — National Disaster Mitigation
# Agency', h84 probe); "Agency" and "Review" name government bodies and book blurbs' sources, no desk.
_SOURCE_NAME: Final = r"(?-i:(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})"
_DASHED_SOURCE_SIGNOFF_RE: Final = re.compile(
    rf"(?<=[.!?])\s+[-\u2013\u2014]{{1,2}}\s*(?P<names>{_SOURCE_NAME}(?:\s*/\s*{_SOURCE_NAME}){{0,2}})\s*$")
# A paper's or a network's name ("ANN": Asia News Network, in capitals; "Ann" is a person), or a domain; the wires are
# fields.outlet.AGENCIES.
_PAPER_NAME_RE: Final = re.compile(rf".*\b(?:{PAPER_WORDS})|(?-i:ANN)|[\w-]+\.(?:com|co\.id|id|net)", re.IGNORECASE)


def _without_dashed_source(block: str) -> str:
    """The block without an English desk's dashed sign-off naming only wires or papers (_DASHED_SOURCE_SIGNOFF_RE)."""
    if not block.rstrip()[-1:].isalpha() or not re.search(r"[-\u2013\u2014]", block[-80:]):
        return block
    match = _DASHED_SOURCE_SIGNOFF_RE.search(block, max(0, len(block) - 120))
    if match is None or not all(squeeze(name) in AGENCIES or _PAPER_NAME_RE.fullmatch(name.strip())
                                for name in match.group("names").split("/")):
        return block
    return block[:match.start()].rstrip()


def _trim_trailing_signoff(block: str) -> str:
    block = _without_dashed_source(_without_trailing_credit_line(block))
    if block.endswith(("*", "#", "~")):
        starred = _TRAILING_SIGNOFF_RE.search(block)  # "(RF)***": initials and end mark go together
        block = block[:starred.start()] if starred else _GLUED_END_MARK_RE.sub("", block)
    trimmed = block.rstrip()
    if "*" in trimmed[-8:] and (starred := _STAR_LED_TAIL_RE.search(trimmed)):  # NusaBali's "… depan. *nvi"
        trimmed = trimmed[:starred.start()].rstrip()
    # Cheap test first: the regex only runs on blocks that end with a bracket.
    while trimmed.endswith((")", "]")):
        match = _TRAILING_SIGNOFF_RE.search(trimmed)
        if match is None:
            break
        trimmed = trimmed[: match.start()].rstrip()
    return trimmed if trimmed != block.rstrip() else block


def _copy_link_labels_kept_as_story(blocks: list[str], texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """The residue verdicts, a copy-link label ("Salin tautan", "Copy link", "Bagikan tautan") kept as the story's line
    unless it stands beside another share label: a how-to's step ("Berikut langkah-langkahnya:" over "<li>Salin
    tautan</li>", never dropped when its list is announced) or subheading ("<h3>Copy link</h3>") is the story's (h132
    probe); the widget's button, a link, never reaches here (dom.walk_blocks leaves it out)."""
    labels = [index for index, (text, kind) in enumerate(zip(texts, kinds))
              if kind == "share_label" and is_copy_link_label(text)]
    if not labels:
        return kinds
    announced = announced_list_indexes(blocks, [0.0] * len(blocks))  # the list items' marks kept (dom.ListItemText)
    verdicts = list(kinds)
    for index in labels:
        beside = any(0 <= other < len(kinds) and kinds[other] == "share_label" for other in (index - 1, index + 1))
        if index in announced or not beside:
            verdicts[index] = None
    return verdicts


# A website's account written as its domain then an @handle ("instagram.com/@kemenkes_ri", "unsplash.com/@rawpixel"):
# residue's outlet_photo_credit reads it alone on a line as a photo's credit (h262).
_ACCOUNT_ADDRESS_RE: Final = re.compile(r"[(\[]?\s*[\w-]+(?:\.[\w-]+)+\s*/\s*@[\w.]{2,40}\s*[)\]]?\.?")


def _announced_accounts_kept_as_story(blocks: list[str], texts: list[str],
                                      kinds: list[str | None]) -> list[str | None]:
    """The residue verdicts, an account's address alone on its line (_ACCOUNT_ADDRESS_RE, read as a photo's credit:
    outlet_photo_credit) kept as the story's when a sentence right above announces it, alone or in a list ("… melalui
    akun Instagram Kementerian Kesehatan berikut ini:" over "instagram.com/@kemenkes_ri"; "… melalui kanal berikut:"
    over a <ul> of accounts; h270 R4): the story's channels, no credit. Unannounced, under an item's photo, it is one.
    A photographer's name after the outlet's domain ("KOMPAS.com/Garry Lotulung") is a credit wherever it stands."""
    accounts = [index for index, (text, kind) in enumerate(zip(texts, kinds))
                if kind == "outlet_photo_credit" and _ACCOUNT_ADDRESS_RE.fullmatch(text)]
    if not accounts:
        return kinds
    announced = announced_list_indexes(blocks, [0.0] * len(blocks))  # the list items' marks kept (dom.ListItemText)
    verdicts = list(kinds)
    for index in accounts:
        if index in announced:
            verdicts[index] = None
    return verdicts


def strip_residue(blocks: list[str], page_url: str | None = None) -> list[str]:
    """Drop empty and residue blocks, the run of link titles (2 or more) listed under a bare "Baca juga"
    header, and trim a desk sign-off ("(wid)", "(mea/mea)", "(*)") glued to the end of the last content
    block. Kept blocks are returned as given otherwise; the syndication line is kept. ``page_url``: the page's
    address, whose site a line sending the reader to a site must name to be the outlet's promo (``_sends_elsewhere``)."""
    blocks = join_split_labels(blocks)
    # Long blocks are never residue; the length test saves normalizing ordinary paragraphs.
    texts = [
        _collapse_whitespace(block) if len(block) <= 2 * MAX_RESIDUE_CHARS else block.strip()
        for block in blocks
    ]
    kinds = [("encoded_blob" if is_encoded_blob(text) else normalized_residue_kind(text)) if _visible(text)
             else "invisible" for text in texts]
    if "caption_with_bracketed_credit" in kinds or "caption_with_credit" in kinds:
        kinds = _captions_kept_as_story(texts, kinds)
        blocks, texts = _story_lines_without_credit(blocks, texts, kinds)
    if page_url:
        kinds = [None if kind == "outlet_read_more" and _sends_elsewhere(text, page_url) else kind
                 for text, kind in zip(texts, kinds)]
        kinds = [None if kind == "reader_submission_prompt" and _names_only_other_sites(text, page_url) else kind
                 for text, kind in zip(texts, kinds)]
        kinds = ["reader_submission_prompt" if kind is None and (_prompt_to_own_mailbox(text, page_url)
                                                                 or _host_call_without_channel(text, page_url)) else kind
                 for text, kind in zip(texts, kinds)]
        kinds = [_host_brand_verdict(text, kind, page_url) for text, kind in zip(texts, kinds)]
        kinds = ["desk_team_signoff" if kind is None and _host_team_signoff(text, page_url) else kind
                 for text, kind in zip(texts, kinds)]
    if "share_label" in kinds:
        kinds = _copy_link_labels_kept_as_story(blocks, texts, kinds)
    if "outlet_photo_credit" in kinds:
        kinds = _announced_accounts_kept_as_story(blocks, texts, kinds)
    if any(kind in TAG_KINDS for kind in kinds):
        kinds = _tags_kept_among_labelled_lines(texts, kinds)
    if page_url:
        kinds = ["outlet_hub_promo" if kind is None and _host_hub_promo(text, page_url)
                 else "named_app_promo" if kind is None and _host_app_promo(text, page_url) else kind
                 for text, kind in zip(texts, kinds)]
    kinds = ["lower_case_credit" if kind is None and len(text) <= _LABEL_LINE_MAX_CHARS
             and _LOWER_CASE_CREDIT_RE.fullmatch(text) else kind for text, kind in zip(texts, kinds)]
    kinds = ["run_writer_credit" if kind is None and run_writer_credit(texts, index) else kind
             for index, kind in enumerate(kinds)]
    # A line that is only a relative time ("2 jam lalu", "kemarin") is a card's stamp or a render's clock, never the
    # story's text (h264 c11: a related box's cards, each stamped outside its link, left "3 jam lalu" in the body).
    kinds = ["relative_stamp" if kind is None and relative_stamp_line(text) else kind for text, kind in zip(texts, kinds)]
    dropped = [not text or kind is not None for text, kind in zip(texts, kinds)]
    next_kept = _next_kept(dropped)  # from the residue verdicts: a list's own links are not yet dropped
    stamp_after = _stamp_after(texts, kinds) if "relative_stamp" in kinds else []
    for index, kind in enumerate(kinds):
        if kind in _LIST_HEADER_KINDS and _is_bare_list_header(texts[index], kind):
            for link_index in _link_list_after_header(texts, next_kept, index, stamp_after):
                dropped[link_index] = True
    _drop_next_page_teaser(texts, kinds, dropped)
    _drop_labelled_notices(texts, kinds, dropped)
    _drop_paywall_gate(texts, kinds, dropped)
    _drop_box_buttons(texts, kinds, dropped)
    if "staff_credit" in kinds:
        _keep_work_credits(texts, kinds, dropped)
    if "staff_credit" in kinds or "photo_credit" in kinds:
        _keep_table_sources(texts, kinds, dropped)
    if any(kind in _EDGE_ONLY_KINDS for kind in kinds):
        _keep_edge_only_mid_body(texts, kinds, dropped, page_url)
    if any(_closing_only(text, kind) for text, kind in zip(texts, kinds)):
        _keep_closing_only_mid_body(texts, kinds, dropped)  # "closing" once every other residue is gone (h69)
    blocks = unmark_lists_after_cuts(blocks, [drop and bool(text) for text, drop in zip(texts, dropped)])
    kept, photo_story = [], None
    for block in _rejoin_split_paragraphs(blocks, texts, dropped):
        block = _without_trailing_related(_without_inline_tokens(block))
        trimmed = _without_trailing_credit(block)
        if trimmed != block and is_credited_caption(block):
            if photo_story is None:
                photo_story = _photo_story(texts, kinds)
            if photo_story:
                # A photo story's caption keeps its glued credit ("… terendam. (Foto: Humas Polri)") for trim_edges,
                # which tells the photo story by its credited captions and cuts each one's credit alike (h248 L3b:
                # trimmed here, two of five captions no longer counted, and the other three kept their credits).
                trimmed = block
        kept.append(trimmed)
    if len(kept) > 1 and is_credited_caption(kept[-1]) and _photo_story(texts, kinds):
        # A photo story's last caption keeps its credit for now: trim_edges tells the photo story by its credited
        # captions, then trims every caption's credit alike (without it, a photo page of two captions read as one
        # caption over a story, and lost it).
        return kept
    return _trim_last_signoff(kept)


def _prompt_to_own_mailbox(text: str, page_url: str) -> bool:
    """Whether a line is a reader's submission prompt (SUBMISSION_FORM_RE) sending to a mailbox on the page's own
    site ("Punya cerita? Kirim ceritamu ke cerita@radarcontoh.id." on radarcontoh.id): the outlet addressed."""
    if "@" not in text or len(text) > MAX_RESIDUE_CHARS:
        return False
    own = registrable_domain(page_url)
    return (any(registrable_domain(match.group(1)) == own for match in MAILBOX_SITE_RE.finditer(text))
            and SUBMISSION_FORM_RE.fullmatch(text) is not None and not SPEECH_RE.search(text))


# A team signing off in capitals ("TIM TEMPO", h314 A): the host's brand after "TIM" makes it the outlet's desk.
_TEAM_SIGNOFF_RE: Final = re.compile(r"(?-i:TIM\s+([A-Z][A-Z0-9.]*(?:\s+[A-Z][A-Z0-9.]*){0,3}))")


def _host_team_signoff(text: str, page_url: str) -> bool:
    """Whether a line is "TIM <the host's brand>" in capitals (_TEAM_SIGNOFF_RE): the outlet's desk signing off."""
    return len(text) <= 60 and (match := _TEAM_SIGNOFF_RE.fullmatch(text)) is not None \
        and _names_host_brand(match.group(1), page_url)


# A name in a line: one to three capitalised words ("Tirto", "CNN Indonesia", "IDN Times").
_CAPITALISED_NAME_RE: Final = re.compile(r"(?<![\w.-])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}")


def _host_call_without_channel(text: str, page_url: str) -> bool:
    """Whether a line is the outlet's call to its readers closing with "hubungi kami" and no channel
    (CALL_WITHOUT_CHANNEL_RE) that names the page's own brand ("… untuk diperiksa oleh Tirto, silakan hubungi kami."
    on tirto.id): "kami" is the outlet, not a charity or a family (h117)."""
    if len(text) > MAX_RESIDUE_CHARS or CALL_WITHOUT_CHANNEL_RE.fullmatch(text) is None or SPEECH_RE.search(text):
        return False
    for match in _CAPITALISED_NAME_RE.finditer(text):
        words = match.group().split()
        if any(_names_host_brand(" ".join(words[start:end]), page_url)
               for start in range(len(words)) for end in range(start + 1, len(words) + 1)):
            return True
    return False


# A line sending the reader to one of the outlet's hubs, the host's brand closing it ("Simak panduan lengkap corona di
# Pusat Informasi Corona kumparan.", kumparan 2020, h124 probe): the hub a capitalised name, the brand the page's own
# (_names_host_brand, in any case: kumparan writes its own in lower case); closing the body only (_CLOSING_ONLY_KINDS).
# The hub is named by a hub's noun ("Pusat Informasi Corona kumparan", "Kanal Piala Dunia detikSport"): a capitalised
# place closing a story's sentence is no hub, whatever the site is called ("… di Galeri Nasional Indonesia." on
# indonesia.go.id, "… di Balai Pemuda Surabaya." on surabaya.go.id: h125 probe).
_HUB_NOUN: Final = r"(?:pusat\s+informasi|kanal|channel|hub|topik|rubrik|liputan\s+khusus|spesial|special|fokus)"
_HUB_PROMO_RE: Final = re.compile(
    rf"(?:simak|baca|cek|lihat|ikuti)\s+[^.!?:]{{3,80}}?\s+di\s+(?:(?:halaman|laman)\s+)?{_HUB_NOUN}"
    r"(?:\s+(?-i:[A-Z0-9])[\w-]*){0,4}\s+(?P<brand>[\w.-]{3,30})\s*[.!]?", re.IGNORECASE)


def _host_hub_promo(text: str, page_url: str) -> bool:
    """Whether a short line sends the reader to a hub the page's own brand closes (_HUB_PROMO_RE)."""
    if len(text) > MAX_RESIDUE_CHARS or (match := _HUB_PROMO_RE.fullmatch(text)) is None or SPEECH_RE.search(text):
        return False
    return _names_host_brand(match.group("brand"), page_url)


# The outlet's app promo closing the body, the app named by the host's brand (h155 probe, 2025 templates): the
# Indonesian order, the name after "aplikasi"/"apps" (tribunnews "Download aplikasi Tribunnews di Google Play dan App
# Store.", kompas.tv "Download aplikasi KompasTV untuk menonton siaran langsung.", detik "Download Apps Detikcom
# Sekarang!"), maybe after the box's sentence offering the outlet's news in one app (okezone "Dapatkan berita up to date
# … dari Okezone hanya dengan satu aplikasi, Download aplikasi Okezone sekarang!"), or the English order with the
# stores after it ("Download the Jakarta Post app on Google Play and App Store."); then "now", the app stores, what for
# (no sentence), its link. The residue catalogue cannot tell whose app it is: "Download aplikasi PeduliLindungi
# sekarang." and "Warga diminta mengunduh aplikasi PeduliLindungi sebelum masuk mal." are a story's; only the host's
# brand makes it the outlet's (as named_app_promo, _host_brand_verdict), and only closing the body (_CLOSING_ONLY_KINDS).
_APP_STORE: Final = r"(?:the\s+)?(?:google\s+play(?:\s+store)?|play\s*store|app\s*store|app\s*gallery)"
_APP_NAME: Final = r"[\w.+-]+(?:\s+[\w.+-]+){0,2}?"
_HOST_APP_PROMO_RE: Final = re.compile(
    r"(?:(?:dapatkan|nikmati)\s+(?:berita|update|informasi|kabar)\b[^.!?]{0,160}?\b(?:aplikasi|apps?)\b[^.!?]{0,20}?"
    r"[,.!]\s*)?"
    rf"(?:download|unduh)\s+(?:(?:aplikasi|apps?)\s+(?P<name>{_APP_NAME})"
    rf"|(?P<name_before>{_APP_NAME})\s+(?:super\s+)?(?:apps?|aplikasi))"
    r"(?:\s+(?:sekarang|now|gratis|free))?"
    rf"(?:\s+(?:di|dari|lewat|melalui|via|on|from|at)\s+{_APP_STORE}(?:\s*(?:,|/|&|dan|atau|and|or)\s*{_APP_STORE}){{0,2}})?"
    r"(?:\s*,?\s+(?:untuk|agar|supaya|biar|for|to)\s+[^.!?]{1,100}?)?"
    r"(?:\s*[:-]?\s*https?://\S{1,100})?\s*[.!]{0,3}", re.IGNORECASE)


def _host_app_promo(text: str, page_url: str) -> bool:
    """Whether a short line is the outlet's app promo naming the page's own brand (_HOST_APP_PROMO_RE): the app's whole
    name is the brand ("Tribunnews", "the Jakarta Post"), not a name holding a word like it ("Merdeka Mengajar" and
    "Kampus Merdeka" on merdeka.com, "Jakarta Kini" on jakartaglobe.id are the government's apps: h158 probe)."""
    if len(text) > MAX_RESIDUE_CHARS or (match := _HOST_APP_PROMO_RE.fullmatch(text)) is None or SPEECH_RE.search(text):
        return False
    name = match.group("name") or match.group("name_before")
    # A brand its outlet writes in lower case ("kumparan", "detikcom": h160 probe) is a name too when it is the whole
    # one-word app name: a story's common noun there ("aplikasi suara") would still have to be the host's own brand.
    return (_written_as_name(name) or len(name.split()) == 1) and squeeze(name) in _host_app_names(page_url)


def _host_app_names(page_url: str) -> set[str]:
    """The squeezed names the host's own app goes by: its brand, maybe with its domain's labels ("tribunnews",
    "detikcom" on detik.com, "kompastv" on kompas.tv, "merdekacom"), never a longer name sharing the brand's start
    (_same_brand's network names: "Merdeka Mengajar" is no merdeka.com app)."""
    domain = registrable_domain(page_url).casefold()
    own = _squeezed_site_name(domain)
    labels = [re.sub(r"[^0-9a-z]", "", label) for label in domain.split(".")[1:]]
    if not own:
        return set()
    names = {own, own + "".join(labels), own + "com", *(own + label for label in labels)}
    # a brand whose domain adds "news"/"online" to it: "ANTARA" on antaranews.com, "NU" on nu.or.id's nuonline
    names |= {own[:-len(tail)] for tail in ("news", "online") if own.endswith(tail) and len(own) > len(tail) + 1}
    return names


def _host_brand_verdict(text: str, kind: str | None, page_url: str) -> str | None:
    """A promo's verdict where the brand it names decides whose it is (h106): a channel statement whose news is the
    host's brand in any case ("Berita Tempo kini hadir di WhatsApp Channel." on tempo.co; residue keeps a capitalised
    name's without the box's call: "Kabar Bank BRI kini hadir …") is the outlet's; an ad-free upsell offering a brand not
    the host's ("Nikmati Spotify tanpa iklan. Berlangganan sekarang." quoted on kompas.com) is the story's."""
    if kind is None and len(text) <= MAX_RESIDUE_CHARS and (subject := channel_statement_subject(text)) is not None:
        return "channel_statement_promo" if _written_as_name(subject) and _names_host_brand(subject, page_url) else None
    if (kind == "channel_statement_promo" and _OUR_CHANNEL_RE.search(text)
            and (subject := channel_statement_subject(text)) is not None and not _NAMED_SITE_RE.fullmatch(subject)
            and not _names_host_brand(subject, page_url)):
        # "Kabar terbaru Bank Kalsel kini hadir di WhatsApp Channel kami." in a press release a regional site prints
        # (h108 probe): "kami" is the release's sender, not the page's outlet, when the name is not the host's.
        return None
    if kind == "ad_free_upsell" and (brand := upsell_brand(text)) is not None and not _names_host_brand(brand, page_url):
        return None
    if (owner := promo_owner(text, kind)) is not None and not _OUTLET_ITSELF_RE.search(owner) \
            and not _names_host_brand_within(owner, page_url):
        # A story's own appeal or app ("Dukung dakwah Pondok Pesantren Al-Ikhlas Sumbawa dengan berdonasi …",
        # "Download JKN Mobile App." on a BPJS story): only the host's brand, or "kami", makes it the outlet's (h118).
        return None
    return kind


# The outlet naming itself in a promo's owner slot ("Dukung dakwah kami …", "… redaksi …").
_OUTLET_ITSELF_RE: Final = re.compile(r"\b(?:kami|redaksi)\b", re.IGNORECASE)


def _names_host_brand_within(words: str, page_url: str) -> bool:
    """Whether a run of words written as a name within ``words`` is the host's brand (_names_host_brand): "NU" in "NU
    Online" on nu.or.id, "Hidayatullah.com" in "Islam bersama Hidayatullah.com"."""
    tokens = words.split()[:_OWNER_MAX_WORDS]
    return any(_written_as_name(span) and _names_host_brand(span, page_url)
               for span in (" ".join(tokens[start:end]) for start in range(len(tokens))
                            for end in range(start + 1, len(tokens) + 1)))


_OWNER_MAX_WORDS: Final = 8


# The channel owned in the first person ("… di WhatsApp Channel kami.", "… Instagram resmi kami.").
_OUR_CHANNEL_RE: Final = re.compile(r"\b(?:resmi\s+)?kami\s*[.!]?\s*$", re.IGNORECASE)


def _written_as_name(subject: str) -> bool:
    """Whether a brand is written as a name (a capital, or its site: "Tempo", "TEMPO", "tempo.co"), not as the common
    noun it may also be ("Konten bisnis kini hadir di TikTok." on bisnis.com, "Informasi suara …" on suara.com: h108)."""
    return subject != subject.lower() or _NAMED_SITE_RE.fullmatch(subject) is not None


def _names_host_brand(name: str, page_url: str) -> bool:
    """Whether a name is the page's host's brand, in any case and spacing ("CNN Indonesia" on cnnindonesia.com)."""
    own, squeezed = _squeezed_site_name(registrable_domain(page_url)), squeeze(name)
    return bool(squeezed) and (squeezed == own or _same_brand(squeezed, own))


# An English credit without its colon, "… by" before names alone ("Written by A and B", "Reported by Reuters",
# "Reported by A Translated by B"): a line a work's credits box or a story may hold too ("Written by Prima Rusdi and Mira
# Lesmana" under a film review's "Directed by Riri Riza"; h116 probe), the newsroom's only at the body's edge.
_BARE_BY_CREDITS_RE: Final = re.compile(
    rf"{CREDIT_BY_LABEL}\s+{CREDIT_NAMES}(?:\s*[|/,;]?\s*{CREDIT_BY_LABEL}\s+{CREDIT_NAMES}){{0,3}}", re.IGNORECASE)
# A line of a work's credits box (a film's, a book's, a show's): who directed, produced, published or starred in it, its
# publisher and year, its pages (h116 probe: The Jakarta Post's review boxes "Directed by Riri Riza" / "Written by …" /
# "Starring …", "Home" / "Written by …" / "Translated by …" / "Deep Vellum Publishing, 2015" / "392 pages").
_WORK_CREDIT_RE: Final = re.compile(
    r"(?:(?:directed|produced|published|illustrated|narrated|composed|choreographed)\s+by|starring|cast\s*:"
    r"|(?:sutradara|pemain|pemeran|penerbit|durasi|running\s+time|isbn)\s*:)\s*\S.*"
    r"|\d{2,4}\s+(?:pages|halaman|hlm)\.?"
    r"|[^,]{1,60}\b(?:publishing|publishers?|press|books|pustaka)\s*,\s*(?:19|20)\d{2}\.?", re.IGNORECASE)
# A box's line: short and no sentence.
_BOX_LINE_MAX_CHARS: Final = 160


def _work_credits_box(lines: list[str]) -> bool:
    """Whether short lines are a work's credits box (a review's details: "Directed by A" / "Written by B" / "Starring C",
    a book's publisher and pages): a work's credit line and another credit line."""
    work = sum(_WORK_CREDIT_RE.fullmatch(line) is not None for line in lines)
    return bool(work) and work + sum(_BARE_BY_CREDITS_RE.fullmatch(line) is not None for line in lines) >= 2


def _keep_work_credits(texts: list[str], kinds: list[str | None], dropped: list[bool]) -> None:
    """Keep staff-credit lines that are a work's credits, no newsroom's: a line of a box (the run of short lines that
    end no sentence around it) holding a work's credit line (_WORK_CREDIT_RE), and a colon-less "… by" credit
    (_BARE_BY_CREDITS_RE) with a kept line both before and after it, decided on every other rule's drops (setkab's
    closing "Translated by A" / "Edited by B" and Jakarta Globe's opening "Compiled by A" go)."""
    boxed = [bool(text) and len(text) <= _BOX_LINE_MAX_CHARS and not ends_sentence(text) for text in texts]
    work = [bool(text) and _WORK_CREDIT_RE.fullmatch(text) is not None for text in texts]
    kept_before = list(accumulate((not drop for drop in dropped), lambda seen, kept: seen or kept, initial=False))
    kept_after = list(accumulate((not drop for drop in reversed(dropped)), lambda seen, kept: seen or kept,
                                 initial=False))[::-1]
    for index, (text, kind) in enumerate(zip(texts, kinds)):
        if kind != "staff_credit" or not dropped[index]:
            continue
        start = end = index
        while start > 0 and boxed[start - 1]:
            start -= 1
        while end + 1 < len(texts) and boxed[end + 1]:
            end += 1
        if any(work[start:end + 1]) or (_BARE_BY_CREDITS_RE.fullmatch(text) and kept_before[index]
                                          and kept_after[index + 1]):
            dropped[index] = False


# A data source's credit right under a table's rows: "Sumber: Bursa Efek Indonesia" under a stock table, "Source:
# BPS" (h206 probe, cnbcindonesia's market report): the table's own note, as README says of a list's (_list_note).
_TABLE_SOURCE_RE: Final = re.compile(r"(?:sumber|source)\s*:\s*\S.{0,80}", re.IGNORECASE)


def _keep_table_sources(texts: list[str], kinds: list[str | None], dropped: list[bool]) -> None:
    """Keep a source's credit line standing right under a data table's rows (_table_rows), which the residue catalogue
    takes for a staff or photo credit elsewhere."""
    rows: set[int] | None = None
    for index, kind in enumerate(kinds):
        if kind not in ("staff_credit", "photo_credit") or not dropped[index] or index == 0 \
                or not _TABLE_SOURCE_RE.fullmatch(texts[index]):
            continue
        if rows is None:
            rows = _table_rows(texts)
        if index - 1 in rows:
            dropped[index] = False


def _closing_only(text: str, kind: str | None) -> bool:
    """Whether the residue verdict holds only in the run of residue closing the body (a line a story may say too)."""
    return kind in _CLOSING_ONLY_KINDS or (kind == "template_notice" and bool(_BARE_COLUMN_LEAD_RE.fullmatch(text))) \
        or (kind == "follow_channel_promo" and bool(_ENGLISH_STAY_OPENER_RE.match(text)))


# A brand's studio making its sponsored pieces: katadata's "tim Katadata Brand Studio" (h276 E).
_BRAND_STUDIO_RE: Final = re.compile(r"\b(?-i:Studio)\b")


def _own_partner_production(text: str, page_url: str | None) -> bool:
    """Whether a partnership note's producer is the outlet: a brand studio, or the page's host's brand ("Katadata" on
    katadata.co.id)."""
    producer = partner_producer(text)
    return producer is not None and (_BRAND_STUDIO_RE.search(producer) is not None
                                     or (bool(page_url) and _names_host_brand_within(producer, page_url or "")))


def _keep_edge_only_mid_body(texts: list[str], kinds: list[str | None], dropped: list[bool], page_url: str | None) -> None:
    """Keep an _EDGE_ONLY_KINDS line with a kept line both before and after it (the story's, h280 R4; h300 C12), unless
    it is a partnership note whose producer is the outlet's (_own_partner_production)."""
    kept_before = [False] * len(texts)
    for index in range(1, len(texts)):
        kept_before[index] = kept_before[index - 1] or not dropped[index - 1]
    kept_after = False
    for index in range(len(texts) - 1, -1, -1):
        if kinds[index] in _EDGE_ONLY_KINDS and dropped[index] and kept_before[index] and kept_after \
                and not (kinds[index] == "partner_production_note" and _own_partner_production(texts[index], page_url)):
            dropped[index] = False
        kept_after = kept_after or not dropped[index]


def _keep_closing_only_mid_body(texts: list[str], kinds: list[str | None], dropped: list[bool]) -> None:
    """Keep a _closing_only line that has a kept line after it: such a line is the outlet's only in the run of residue
    closing the body. Decided on the drops of every other rule (a related list's titles, a labelled notice, a box's
    button after it are no story going on: h69 probe)."""
    closing = True  # every line after this one is dropped
    for index in range(len(texts) - 1, -1, -1):
        if not closing and dropped[index] and _closing_only(texts[index], kinds[index]):
            dropped[index] = False
        closing = closing and dropped[index]


# A site's name in a line (residue.OUTLET_SITE_NAME: no mailbox's domain, no government's site).
_NAMED_SITE_RE: Final = re.compile(OUTLET_SITE_NAME, re.IGNORECASE)


def _names_only_other_sites(text: str, page_url: str) -> bool:
    """Whether a reader's submission prompt names sites, or mailboxes at a site's own domain, and none of the page's
    own: "Kirim ke WhatsApp Cek Fakta Kompas.com …" is kompas.com's prompt, and on another outlet's page that outlet's
    story quoting it; a press release's "… silakan hubungi kami melalui surel beasiswa@baktipendidikan.or.id" is the
    foundation's (h117 probe). A free mailbox (gmail.com) names no one: an outlet may take its readers' mail there."""
    names = _NAMED_SITE_RE.findall(text)
    names += [domain for domain in MAILBOX_SITE_RE.findall(text) if domain.lower() not in _FREE_MAIL_DOMAINS]
    return bool(names) and _sends_elsewhere(" ".join(names), page_url)


# Public mail services: an address there is anybody's, the outlet's newsroom's too.
_FREE_MAIL_DOMAINS: Final = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "rocketmail.com", "hotmail.com",
    "outlook.com", "outlook.co.id", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "mail.com",
    "proton.me", "protonmail.com", "zoho.com", "gmx.com", "yandex.com",
})


def _captions_kept_as_story(texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """The residue verdicts without caption_with_bracketed_credit where such a line is the story's: every one on a
    photo story (_photo_story), and the body's last block, whose bracketed "(Tribunnews.com/Fersianus Waku)" is the
    writer's sign-off (trimmed off, the sentence kept). On a photo story a short caption closed by a labelled or a
    wire's credit (caption_with_credit: "(ANTARA FOTO/Aditya Pradana Putra)", "(Foto: Humas Polri)") is the story's
    too when trim_edges can cut the credit (_photo_story_caption)."""
    if _photo_story(texts, kinds):
        return [None if kind == "caption_with_bracketed_credit" or _photo_story_caption(text, kind) else kind
                for text, kind in zip(texts, kinds)]
    last = next((index for index in range(len(texts) - 1, -1, -1)
                 if texts[index] and kinds[index] in (None, "caption_with_bracketed_credit")), None)
    if last is not None and kinds[last] == "caption_with_bracketed_credit":
        kinds = list(kinds)
        kinds[last] = None
    return kinds


# A story's line before a bracketed credit: a quote given with its speech verb ('"Liburan singkat bareng keluarga,"
# tulis Raffi.'), or a sentence of this many words ending so ("Keputusan itu sejalan dengan upaya menjaga stabilitas
# rupiah. (Antara/Citro Atmoko)", h53 probe). A caption is a noun phrase ("Rafathar berfoto di Pulau Padar.").
_QUOTE_WITH_SPEECH_RE: Final = re.compile(
    r"[,.!?][\"\u201d']\s*(?:tulis|kata|ujar|ucap|tutur|ungkap|jelas|imbuh|tambah|sebut|tegas|papar)(?:nya)?\b",
    re.IGNORECASE)
_CREDITED_SENTENCE_MIN_WORDS: Final = 6
_CREDIT_BRACKET_RE: Final = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\.?\s*$")


# A caption's closing day stamp: "(19/6/2024)." — agency and outlet photo captions date the photo so (h55).
_CAPTION_DAY_STAMP_RE: Final = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*[.!]?$")


def _credited_story_line(text: str) -> str | None:
    """The sentence before a bracketed credit when the line is the story's (_QUOTE_WITH_SPEECH_RE, or a sentence of
    _CREDITED_SENTENCE_MIN_WORDS words ending in "." or "!"), else None."""
    match = _CREDIT_BRACKET_RE.search(text)
    if match is None or match.start() == 0:
        return None
    before = text[:match.start()].rstrip()
    if _QUOTE_WITH_SPEECH_RE.search(before) or SPEECH_RE.search(before):
        return before
    if _CAPTION_DAY_STAMP_RE.search(before):
        return None  # "…, Rabu (19/6/2024). (Antara/Aditya Pradana Putra)": a photo's caption, dated as captions are
    words = [word for word in before.split() if word[:1].isalpha()]
    capitalised = sum(word[0].isupper() for word in words)
    if (before.endswith((".", "!")) and len(before.split()) >= _CREDITED_SENTENCE_MIN_WORDS
            and capitalised * 2 <= len(words)):  # "Infografis Daftar Libur Nasional …": a title in capitals
        return before
    return None


def _story_lines_without_credit(blocks: list[str], texts: list[str],
                                kinds: list[str | None]) -> tuple[list[str], list[str]]:
    """Blocks and texts with each story line's bracketed credit trimmed off: a caption_with_bracketed_credit line
    whose text before the bracket is a sentence of the story (_credited_story_line) keeps the sentence, its kind
    cleared in ``kinds``; a noun-phrase caption stays residue."""
    blocks, texts = list(blocks), list(texts)
    for index, kind in enumerate(kinds):
        if kind == "caption_with_bracketed_credit" and (sentence := _credited_story_line(texts[index])):
            kinds[index] = None
            blocks[index] = texts[index] = sentence
    return blocks, texts


def _photo_story(texts: list[str], kinds: list[str | None]) -> bool:
    """Whether a body is told in its credited captions (a photo page, a photo story with a short lead): no prose
    besides them, or PHOTO_STORY_CAPTIONS of them and more than its paragraphs (trim_edges' rule). Its captions are
    its story, not residue."""
    captions = story = 0
    for text, kind in zip(texts, kinds):
        if (kind == "caption_with_bracketed_credit" or _photo_story_caption(text, kind)
                or (kind is None and is_credited_caption(text))):
            captions += 1
        elif kind is None and is_prose_block(text):
            story += 1
    return not story or (captions >= PHOTO_STORY_CAPTIONS and captions > story)


def _photo_story_caption(text: str, kind: str | None) -> bool:
    """Whether a caption_with_credit line ("Warga melintasi genangan. (ANTARA FOTO/Aditya Pradana Putra)", "(Foto:
    Humas Polri)") is a caption whose credit is a caption credit trim_edges cuts (is_credited_caption); a bare credit
    with nothing before it is none."""
    return kind == "caption_with_credit" and without_caption_credit(text) != text


_SITE_NAME_RE: Final = re.compile(r"(?<![\w.-])(?:[\w-]+\.)+(?:com|co\.id|id|net|tv)\b", re.IGNORECASE)


def _sends_elsewhere(text: str, page_url: str) -> bool:
    """Whether a line sending the reader to a site (outlet_read_more) names no site of the page's own: not its
    registrable domain, nor its name or edition (names_own_page: "Republika.co.id" on republika.co.id). An
    advertorial's "Kunjungi www.banknusantara.co.id untuk informasi selengkapnya." on cnnindonesia.com is the
    advertiser's text (h48 probe), no promo of the outlet."""
    own = registrable_domain(page_url)
    own_name = _squeezed_site_name(own)
    for match in _SITE_NAME_RE.finditer(text):
        site = match.group().lower().removeprefix("www.")
        domain = registrable_domain(site)
        if domain == own or names_own_page({"outlet": site}, page_url) or _same_brand(_squeezed_site_name(domain),
                                                                                      own_name):
            return False
    return True


def _squeezed_site_name(domain: str) -> str:
    return re.sub(r"[^0-9a-z]", "", domain.split(".", 1)[0].casefold())


# A network's sites share their brand's name: "TribunJatim.com" on tribunnews.com, "detikBali" on detik.com.
_BRAND_MIN_CHARS: Final = 5
_BRAND_SHARE: Final = 0.6


def _same_brand(name: str, other: str) -> bool:
    shared = len(os.path.commonprefix((name, other)))
    return shared >= _BRAND_MIN_CHARS and shared >= _BRAND_SHARE * min(len(name), len(other))


# A "next page" box's label (its teaser follows it: viva's "Halaman Selanjutnya" over the next page's first sentence).
_NEXT_PAGE_LABEL_RE: Final = re.compile(r"(?:baca\s+)?(?:halaman|page)\s+(?:selanjutnya|berikutnya)|next\s+page",
                                        re.IGNORECASE)
_TEASER_MAX_CHARS: Final = 400


def _drop_next_page_teaser(texts: list[str], kinds: list[str | None], dropped: list[bool]) -> None:
    """The body's last block, when it stands alone after a "next page" label: the next page's teaser (its first
    sentence, shown under the label), which is no text of the pages read. When the next page was read, its text
    follows the label and nothing is dropped (the teaser then stands where that page starts; its copy there is
    a duplicate)."""
    kept = [index for index, gone in enumerate(dropped) if not gone]
    if not kept or len(texts[kept[-1]]) > _TEASER_MAX_CHARS:
        return
    last = kept[-1]
    label = last - 1
    while label >= 0 and dropped[label] and not (kinds[label] == "pager" and _NEXT_PAGE_LABEL_RE.fullmatch(texts[label])):
        label -= 1
    if label >= 0 and dropped[label] and (len(kept) < 2 or kept[-2] < label):
        dropped[last] = True


# A paywall's gate under a premium story's lead: after its prompt (the catalogue's "paywall"), the short lines of its
# box — a price ("Hanya Rp 25.000 per bulan, batalkan kapan saja.", "Mulai dari Rp 35.000/bulan"), a button, a login
# line — name the subscription, an account or a price (h48 probe: tempo 2025, WordPress premium plugins).
_GATE_LINE_RE: Final = re.compile(
    r"\b(?:pelanggan|berlangganan|langganan|premium|subscribe|subscription|akun|masuk|login|log\s+in|member)\b"
    # an English box's offer lines (h65 probe: "e-Post daily digital newspaper", "Unlimited access to …")
    r"|\b(?:unlimited\s+access|akses\s+tak\s+terbatas|digital\s+(?:newspaper|edition)|e-?(?:paper|post))\b"
    r"|\brp\s*[\d.,]+\s*(?:/|per)\s*(?:bulan|tahun|minggu|hari|bln|thn)\b", re.IGNORECASE)
_GATE_LINE_MAX_CHARS: Final = 160
# How a gate's line speaks (h53 probe: after "Konten ini khusus pelanggan." the story went on "Paket langganan Mobile
# kini Rp 65.000 per bulan, naik dari Rp 54.000." and lost its price paragraphs): to the reader ("Anda", "kamu",
# "your"), as a button or an imperative ("Langganan Sekarang", "Masuk", "Baca selengkapnya dengan berlangganan …"), as
# an offer with no subject ("Hanya Rp 25.000 per bulan, …", "Mulai dari Rp 35.000/bulan"), or as a line that is no
# sentence ("Sudah punya akun? Masuk"). A sentence about a third party is the story's.
_GATE_SPEECH_RE: Final = re.compile(
    r"\b(?:anda|kamu|your|you)\b"
    r"|^(?:berlangganan|langganan|masuk|daftar|login|log\s+in|subscribe|baca|beli|dapatkan|nikmati|aktifkan|gabung"
    r"|upgrade|coba|klik|sign\s+in|sign\s+up)\b"
    r"|^(?:mulai(?:\s+dari)?|hanya|cuma|only|from|starting\s+at)\s+rp\b", re.IGNORECASE)
_GATE_MAX_LINES: Final = 6


def _gate_line(text: str) -> bool:
    """Whether a short line naming the subscription, an account or a price speaks as a gate's (_GATE_SPEECH_RE)."""
    if len(text) > _GATE_LINE_MAX_CHARS or not _GATE_LINE_RE.search(text):
        return False
    return bool(_GATE_SPEECH_RE.search(text)) or not text.rstrip("\"'\u201d ").endswith((".", "!"))


# A gate's line by its words wherever it stands in the box a page's JSON-LD names as its non-free part (maintext's
# story_parts, h218 probe): besides the catalogue's prompts and the gate's speech (_gate_line), the article's own notice
# of its paid status ("Artikel ini merupakan konten premium"), the call to read on ("… untuk membaca artikel
# selengkapnya", "membaca artikel ini secara lengkap", "read the full story"), an offer's terms ("batalkan kapan saja",
# "cancel anytime") and the outlet's offer of its own reading to the reader ("Nikmati analisis mendalam, data
# eksklusif, dan liputan khusus dari tim redaksi kami …", "Enjoy our …"). Only in such a box, never a body's rule: a
# story says "pelanggan" (customers), "premium" (the fuel) and "masuk" (enter) in any sentence (h53 probe).
_GATE_WORDS_RE: Final = re.compile(
    r"\b(?:artikel|berita|tulisan|konten|liputan)\s+ini\b[^.!?]{0,60}?\b(?:premium|pelanggan|berlangganan|langganan)\b"
    r"|\bthis\s+(?:article|story|content)\b[^.!?]{0,60}?\b(?:premium|subscribers?|members?|subscription)\b"
    r"|\b(?:baca|membaca|lanjutkan\s+membaca)\s+(?:(?:artikel|berita|tulisan|konten)\s+(?:ini\s+)?)?"
    r"(?:selengkapnya|secara\s+(?:lengkap|utuh|penuh))\b"
    r"|\b(?:read|continue\s+reading)\s+(?:the\s+)?(?:full|whole|rest\s+of\s+the)\s+(?:article|story)\b"
    r"|\b(?:batalkan|berhenti)\s+kapan\s+saja\b|\bcancel\s+any\s*time\b"
    r"|^(?:nikmati|dapatkan|enjoy|get)\b[^.!?]{0,200}?\b(?:kami|our)\b", re.IGNORECASE)
_GATE_TEXT_MAX_CHARS: Final = 300
_GATE_KINDS: Final = frozenset({"paywall", "cta_button", "ad_free_upsell"})


def gate_text(text: str) -> bool:
    """Whether a block inside the page's named non-free part speaks as its subscription gate, not as the story: the
    catalogue's paywall prompt, button or upsell, a gate's short line to the reader (_GATE_LINE_RE named the way
    _GATE_SPEECH_RE speaks), or _GATE_WORDS_RE; a block longer than _GATE_TEXT_MAX_CHARS is prose."""
    if len(text) > _GATE_TEXT_MAX_CHARS:
        return False
    if residue_kind(text) in _GATE_KINDS or _GATE_WORDS_RE.search(text):
        return True
    return len(text) <= _GATE_LINE_MAX_CHARS and bool(_GATE_LINE_RE.search(text)) and bool(_GATE_SPEECH_RE.search(text))


_GATE_LABEL_MAX_WORDS: Final = 3


def _gate_label(text: str) -> bool:
    """A gate box's heading over its prompt: a few words naming the subscription (_GATE_LINE_RE), no sentence."""
    return (len(text.split()) <= _GATE_LABEL_MAX_WORDS and not text.rstrip().endswith((".", "!", "?"))
            and bool(_GATE_LINE_RE.search(text)))


def _drop_paywall_gate(texts: list[str], kinds: list[str | None], dropped: list[bool]) -> None:
    """Drop the gate's lines after its first paywall prompt: residue, and short lines naming the subscription, an
    account or a price the way a gate speaks (_gate_line), up to the first other block and _GATE_MAX_LINES at most. The
    story's text after the gate (a site serving it whole) stays. The box's label just over the prompt ("Premium",
    "Konten Premium": a few words naming the subscription, no sentence) goes with it (h65 probe: The Jakarta Post)."""
    gate = next((index for index, kind in enumerate(kinds) if kind == "paywall"), None)
    if gate is None:
        return
    if gate and _gate_label(texts[gate - 1]):
        dropped[gate - 1] = True
    for index in range(gate + 1, min(len(texts), gate + 1 + _GATE_MAX_LINES)):
        if not (dropped[index] or _gate_line(texts[index])):
            break
        dropped[index] = True


# A sign-up, follow or app box's button left as its own line under the box's prompt: "Daftar" under tempo's newsletter
# box, "Buka Aplikasi" under IDN's continue-in-app box (h69). Alone, "Daftar" is a list's heading and "Buka aplikasi" a
# how-to's step.
_BOX_BUTTON_RE: Final = re.compile(
    r"(?:daftar|buka\s+aplikasi|unduh|download|install|pasang)(?:\s+(?:sekarang|aplikasi|app|gratis))?\s*[!.\u00bb>]*",
    re.IGNORECASE)
_BOX_PROMPT_KINDS: Final = PROMPT_KINDS | {"newsletter_header"}


def _drop_box_buttons(texts: list[str], kinds: list[str | None], dropped: list[bool]) -> None:
    """Drop a box's button line (_BOX_BUTTON_RE) right after a dropped prompt of the box (_BOX_PROMPT_KINDS)."""
    previous = None  # the last non-empty line before this one
    for index, text in enumerate(texts):
        if not text:
            continue
        if (not dropped[index] and previous is not None and dropped[previous] and kinds[previous] in _BOX_PROMPT_KINDS
                and _BOX_BUTTON_RE.fullmatch(text)):
            dropped[index] = True
        previous = index


# A story's line of a label and its value ("Tanggal: 6 Oktober 2025", "Lokasi: JIExpo Kemayoran"): a few words, a colon.
_LABELLED_LINE_RE: Final = re.compile(r"[^\W\d_][\w.()/-]*(?:\s+[\w.()/-]+){0,2}\s*:\s*\S", re.IGNORECASE)


def _tags_kept_among_labelled_lines(texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """The residue verdicts without a tag row's (TAG_KINDS) where a line next to it is the story's "Label: value" line:
    "Topik: Ekonomi perkotaan, lingkungan, dan penanganan banjir" under "Tanggal: 27 Oktober 2025" is a debate
    schedule's (h69 probe)."""
    kinds = list(kinds)
    filled = [index for index, text in enumerate(texts) if text]
    for position, index in enumerate(filled):
        if kinds[index] not in TAG_KINDS:
            continue
        if all(kinds[other] is not None for other in filled[position + 1:]):
            continue  # in the run closing the body: the page's tags, whatever stands over them (h73)
        neighbours = filled[max(position - 1, 0):position] + filled[position + 1:position + 2]
        if any(kinds[other] is None and _is_labelled_line(texts[other]) for other in neighbours):
            kinds[index] = None
    return kinds


# A schedule's or a fact box's short "Label: value" line: no sentence's end, no quote ('Kapolri: "Kami minta …"' is
# speech, "Jawab: Bisa, asalkan …" an answer, h73).
_LABELLED_LINE_MAX_CHARS: Final = 80


def _is_labelled_line(text: str) -> bool:
    return (len(text) <= _LABELLED_LINE_MAX_CHARS and _LABELLED_LINE_RE.match(text) is not None
            and not re.search(r"[.!?](?:\s|$)|[\"\u201c\u201d\u00ab\u00bb]", text))


# A notice's label and its text as two blocks ("<p><strong>Disclaimer:</strong></p><p>Setiap keputusan investasi ada di
# tangan pembaca …</p>", liputan6 2025, h48 probe): judged as the one line they show. Only notices and credits: a bare
# "Baca juga:" over a sentence of the story is not a related link.
_LABELLED_NOTICE_KINDS: Final = frozenset({"template_notice", "opinion_disclaimer", "sponsored_notice", "staff_credit",
                                           "paywall", "investment_disclaimer", "affiliate_disclosure"})
# A notice's label without a colon over its text ("<p><strong>DISCLAIMER</strong></p><p>Berita ini tidak bertujuan …</p>",
# okezone 2025, h69 probe): it goes with a text the catalogue knows as a notice by itself; over the story's text (a
# subheading "Disclaimer" over a film review's paragraph) it stays.
_BARE_NOTICE_LABEL_RE: Final = re.compile(r"(?:disclaimer|penafian)\s*[.!]?", re.IGNORECASE)
_NOTICE_KINDS: Final = _LABELLED_NOTICE_KINDS - {"staff_credit", "paywall"}


def _drop_labelled_notices(texts: list[str], kinds: list[str | None], dropped: list[bool]) -> None:
    """Drop a short label ending in ":" and the block after it when the two, read as one line, are a notice or a
    credit the catalogue knows (the label alone may be residue already, its text never is); and a bare notice label
    (_BARE_NOTICE_LABEL_RE) over a notice."""
    for index in range(len(texts) - 1):
        label = texts[index]
        if kinds[index + 1] in _NOTICE_KINDS and _BARE_NOTICE_LABEL_RE.fullmatch(label):
            dropped[index] = True
            continue
        if not label.endswith((":", "\uff1a")) or len(label) > _SPLIT_LABEL_MAX_CHARS or dropped[index + 1]:
            continue
        if normalized_residue_kind(f"{label} {texts[index + 1]}") in _LABELLED_NOTICE_KINDS:
            dropped[index] = dropped[index + 1] = True


# Tokens a template writes INTO a paragraph's text, never the story's words: detik/CNN's embed marker "[Gambas:Video
# CNN]" in the same text node as the sentence before it, an ad slot's label in capitals ("… naik ADVERTISEMENT dua
# kali lipat", "SCROLL TO CONTINUE WITH CONTENT") left by a span whose class names no ad. A run of them goes as one
# ("ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT"). The same letters as a word of the story's own sentence stay (h233
# K5, a story about ad labels: 'penanda "ADVERTISEMENT" atau "Iklan" wajib ada'): a run standing between quote marks
# (straight or curly, single or double, guillemets; punctuation before the closing mark allowed), or glued to a word
# by a hyphen or slash ("ADVERTISEMENT-nya", "ADVERTISEMENT/Iklan"). A template's slot never sits inside a quotation
# it would have to open and close itself.
_INLINE_TOKEN: Final = (r"(?:\[\s*(?i:gambas)\s*:[^\[\]]{0,80}\]"
                        r"|(?<![\w/-])(?:ADVERTISEMENT|SCROLL TO CONTINUE WITH CONTENT)(?![\w])(?![-/]\w))")
_INLINE_TOKEN_RE: Final = re.compile(rf"\s*{_INLINE_TOKEN}(?:\s*{_INLINE_TOKEN})*\s*")
_OPENING_QUOTES: Final = frozenset("\"'\u201c\u2018\u201e\u201a\u00ab\u2039\u300c")
_CLOSING_QUOTES: Final = frozenset("\"'\u201d\u2019\u00bb\u203a\u300d")
_QUOTED_END_PUNCTUATION: Final = ".,;:!?"


def _quoted_span(block: str, start: int, end: int) -> bool:
    """Whether block[start:end] (a token run and the spaces around it) is quoted: the marks touch it ('"ADVERTISEMENT"',
    '("ADVERTISEMENT")', '"ADVERTISEMENT,"'). A label a template set between two quotations ('"Kami siap." ADVERTISEMENT
    "Tim …', spaces on both sides) is no quotation of its own (h239 A1, A7)."""
    span = block[start:end]
    if not span.strip() or span[:1].isspace() or span[-1:].isspace() or start == 0:
        return False
    after = block[end:].lstrip(_QUOTED_END_PUNCTUATION)[:1]
    return block[start - 1] in _OPENING_QUOTES and after in _CLOSING_QUOTES


def _without_inline_tokens(block: str) -> str:
    if "[" not in block and "ADVERTISEMENT" not in block and "SCROLL TO" not in block:
        return block  # the usual paragraph: one scan each, no regex
    stripped = _INLINE_TOKEN_RE.sub(lambda match: _token_gap(block, match.start(), match.end()), block).strip()
    return stripped if stripped else block


def _token_gap(block: str, start: int, end: int) -> str:
    """What replaces the token run block[start:end]: itself when quoted (_quoted_span); nothing when it touches an
    opening quote or bracket before it ('"ADVERTISEMENT Kami siap' → '"Kami siap') or punctuation or a closing quote
    after it ('laga ADVERTISEMENT,"' → 'laga,"'); else one space between the words it stood between."""
    span = block[start:end]
    if _quoted_span(block, start, end):
        return span
    if start > 0 and not span[:1].isspace() and block[start - 1] in _OPENING_QUOTES | {"(", "["}:
        return ""
    if end < len(block) and not span[-1:].isspace() and block[end] in _CLOSING_QUOTES | set(_QUOTED_END_PUNCTUATION):
        return ""
    return " "


# A related link written into the end of a paragraph, after its last sentence: "… menjelang Lebaran. Baca
# juga: Beras Impor Tiba di Priok" (the label as plain text or in <em>, the title linked or not;
# reconstructed from regional templates' inline links), or glued to the sentence with no space ("… kembali.Baca
# Juga: …": SINDOnews 2024 writes its inline link right after the period). The link's title has no sentence of its own.
# Tempo's "Pilihan Editor: <judul>" glued the same way (its flattened articleBody) and the English "Read also:".
_TRAILING_RELATED_RE: Final = re.compile(
    # after a sentence's end, a closing bracket included: a citation ending it, "… dua Jumat." (HR Al-Hakim)" (h35)
    r"(?<=[.!?\"\u201d\u2019)\]])\s*(?:(?:baca|lihat|simak)\s+(?:juga|pula)|pilihan\s+editor|editor['\u2019]?s\s+choice|read\s+(?:also|more|too)|also\s+read)"
    r"\s*[:：]\s*[^.!\n]{3,160}[?]?\s*$",
    re.IGNORECASE)
# The label's colon sits in the block's last characters (the title after it is at most 160).
_TRAILING_RELATED_TAIL: Final = 200


def _without_trailing_related(block: str) -> str:
    tail = block[-_TRAILING_RELATED_TAIL:]
    if ":" not in tail and "\uff1a" not in tail:
        return block  # the usual paragraph: no colon near its end
    trimmed = _TRAILING_RELATED_RE.sub("", block)
    return trimmed if trimmed.strip() else block


# A photo's credit glued to the end of a paragraph, after its last sentence: "… pada pekan lalu. Foto/AP", "… pekan
# lalu. <em>(Foto: Antara/Hafidz Mubarak A)</em>", "… elemen pertahanan.Foto/AP" (h40 probe: SINDOnews, regional
# templates). The credit goes, the paragraph stays (a short caption with its credit is residue: caption_with_credit).
# And a wire's or an outlet's photo desk in brackets, its name before the word: "… tahun ini. (ANTARA FOTO/Aditya Pradana
# Putra)", "(AP Photo/Vincent Yu)", "(AFP PHOTO/Noel Celis)", "(Antara Photo/Sigid Kurniawan)" (h247).
_TRAILING_CREDIT_RE: Final = re.compile(
    r"(?<=[.!?\"\u201d\u2019])\s*(?:[(\[]?|[(\[]\s*(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)\s*(?:foto|photo)\s*[:/]\s*"
    r"(?!video\b)[^\s()\[\]][^()\[\]!?]{0,59}[)\]]?\s*$",
    re.IGNORECASE)
_TRAILING_CREDIT_TAIL: Final = 80
# And a handout's credit in brackets after the last sentence: passed on by a wire, "… membuahkan hasil. (Indonesian Navy
# via AP)" (realpages liputan6/article-news-4541831, its photo's caption read as the story's paragraph), by its
# photographer or source after "Photo by", "(Photo by Handout / Indonesian Navy / AFP)", or the handout mark's,
# "(Handout / INDONESIA MILITARY / AFP)" (h248 L3b). A source without such words ("(Antara)", "(Sumber: BMKG)") stays.
_TRAILING_HANDOUT_CREDIT_RE: Final = re.compile(
    rf"(?<=[.!?\"\u201d\u2019])\s*[(\[]\s*(?:{PHOTO_BY_CREDIT}|{VIA_WIRE_CREDIT}|handout\s*/[^()\[\]]{{1,60}})"
    r"\s*[)\]]\s*$",
    re.IGNORECASE)
_TRAILING_HANDOUT_CREDIT_TAIL: Final = 140
_HANDOUT_CREDIT_WORDS: Final = ("via", "handout", " by ", "oleh", "courtesy")
# Such a credit, or a labelled one, glued to the paragraph's last word with no full stop before it nor after it:
# "… belum mencukupi kebutuhan hidup layak (Foto: Humas Polda Jateng)", "… layak (Humas Polda Jateng via Antara)" (h259
# probe R1/M3: a story's paragraph). A full stop after the bracket makes it the sentence's words: "… 60 karya pilihan
# (foto oleh pewarta foto Antara).", "… hingga akhir pekan (gambar oleh siswa SD se-Jakarta)." stay.
_GLUED_HANDOUT_CREDIT_RE: Final = re.compile(
    rf"(?<=[\w)\]])\s+[(\[]\s*(?:{PHOTO_BY_CREDIT}|{VIA_WIRE_CREDIT}"
    r"|(?:foto|photo)\s*[:/]\s*(?!video\b)[^\s()\[\]][^()\[\]!?]{0,59})\s*[)\]]\s*$",
    re.IGNORECASE)
# Words of a sentence, not of a credit ("Foto: Antara/Hafidz", "Foto: Dok. Humas Polda").
_SENTENCE_WORD_RE: Final = re.compile(r"\b(?:itu|ini|yang|kemudian|tersebut|adalah|telah|sudah|akan|sedang|beredar|"
                                      r"menunjukkan|memperlihatkan|diambil|diunggah)\b", re.IGNORECASE)


# SINDOnews' comment prompt glued to the last paragraph's full stop ("… para sekutunya.tulis komentar anda"; h40 probe).
_TRAILING_COMMENT_PROMPT_RE: Final = re.compile(r"(?<=[.!?\"\u201d])\s*tulis\s+komentar\s+anda\s*$", re.IGNORECASE)


def _without_trailing_credit(block: str) -> str:
    tail = block[-_TRAILING_CREDIT_TAIL:].lower()
    if "komentar" in tail:
        block = _TRAILING_COMMENT_PROMPT_RE.sub("", block)
        tail = block[-_TRAILING_CREDIT_TAIL:].lower()
    match = None
    if "foto" in tail or "photo" in tail:
        match = _TRAILING_CREDIT_RE.search(block)
        if match is not None and _SENTENCE_WORD_RE.search(match.group()):
            match = None  # "… Foto/gambar itu kemudian beredar luas." is the story's sentence (h41 probe)
    if match is None and block.rstrip().endswith((")", "]")):
        scan = max(0, len(block) - _TRAILING_HANDOUT_CREDIT_TAIL)
        if any(word in tail for word in _HANDOUT_CREDIT_WORDS):
            match = _TRAILING_HANDOUT_CREDIT_RE.search(block, scan)
        if match is None and ("foto" in tail or "photo" in tail or any(word in tail for word in _HANDOUT_CREDIT_WORDS)):
            match = _GLUED_HANDOUT_CREDIT_RE.search(block, scan)
            if match is not None and _SENTENCE_WORD_RE.search(match.group()) \
                    and _CREDIT_LABEL_START_RE.match(block, match.start()):
                match = None  # "(Foto: itu satu-satunya dokumentasi)" is the story's words
    if match is None:
        return block  # the usual paragraph
    trimmed = block[:match.start()]
    return trimmed if trimmed.strip() else block


_SPLIT_LABEL_MAX_CHARS: Final = 25


def join_split_labels(blocks: list[str]) -> list[str]:
    """A label and its value read as two blocks (``<dt>Penulis</dt><dd>: Ferril Dennys</dd>``, two divs)
    joined again: a block starting with ":" after a short label that is no sentence, so the credit line
    is one block the catalog knows ("Penulis: Ferril Dennys")."""
    if not any(block.lstrip().startswith(":") for block in blocks):
        return blocks
    joined: list[str] = []
    for block in blocks:
        previous = joined[-1].strip() if joined else ""
        if (block.lstrip().startswith(":") and previous and len(previous) <= _SPLIT_LABEL_MAX_CHARS
                and ":" not in previous and not previous.endswith(_SENTENCE_FINAL)):
            joined[-1] = f"{previous}{block.strip()}"
        else:
            joined.append(block)
    return joined


def _trim_last_signoff(kept: list[str]) -> list[str]:
    # The syndication line, if present, usually comes after the sign-off: trim the last block before it.
    for index in range(len(kept) - 1, -1, -1):
        if not is_syndication_line(kept[index]):
            kept[index] = _trim_trailing_signoff(kept[index])
            break
    return kept


# A run of printable ASCII with no space this long is no word of prose: a base64 image, an encoded blob, a bare URL.
_BLOB_TOKEN_RE: Final = re.compile(r"[!-~]{200,}")


def is_encoded_blob(text: str) -> bool:
    """Whether a block is an encoded blob, not text (h295 C4: a 2 MB space-free "data:image/png;base64,…" paragraph
    was kept as body): a data URI, or nothing but one unbroken ASCII token of 200 characters or more. A script
    without spaces (Chinese, Thai) is not ASCII and stays text; a sentence quoting a long URL has words around it."""
    stripped = text.strip()
    if stripped[:5].lower() == "data:" and re.match(r"data:[\w.+-]+/[\w.+-]+[^,\s]*,\S", stripped, re.IGNORECASE):
        return True
    return _BLOB_TOKEN_RE.fullmatch(stripped) is not None


def _visible(text: str) -> bool:
    """Whether a (normalized) block has a character that shows: not only marks, controls, spaces."""
    if text.isprintable():
        return bool(text.strip())
    return any(unicodedata.category(char)[0] not in "CZM" for char in text)


def _rejoin_split_paragraphs(blocks: list[str], texts: list[str], dropped: list[bool]) -> list[str]:
    """Kept blocks; a paragraph cut in two by residue (an ad slot in the middle of a <p>, which the HTML
    parser closes) is joined again: the block before the residue ends no sentence and the block after
    it starts in lower case."""
    kept: list[str] = []
    residue_since_last = False
    for block, text, drop in zip(blocks, texts, dropped):
        if drop:
            residue_since_last = residue_since_last or bool(text)
            continue
        if (residue_since_last and kept and text[:1].islower() and not _is_list_item(text)
                and not kept[-1].rstrip().endswith((*_SENTENCE_FINAL, ":", "*"))  # "… berlangsung. ***": an end mark
                and " " in kept[-1].strip() and not text.startswith(("www.", "http"))):
            # (words on both sides: two address lines around a dropped card are two lines)
            kept[-1] = f"{kept[-1].rstrip()} {block.lstrip()}"
        else:
            kept.append(block)
        residue_since_last = False
    return kept


def drop_duplicate_blocks(blocks: list[str], title: str | None = None, page_starts: Sequence[int] = ()) -> list[str]:
    """Drop every block whose block_key equals an earlier block's or the title's; first occurrences
    keep their order. Blocks with an empty key (e.g. "...") are never treated as duplicates. A verse line
    repeated on purpose (a song's refrain, a chant, a doa's repeated line: see _verse_line) stays; the
    title repeated stays dropped wherever it stands. ``page_starts``: the index of each later page's first block,
    when the body was stitched from pages (a repeat at a page's edge is the page's: _lone_story_sentence)."""
    edges = _PageEdges(len(blocks), page_starts)
    seen: set[str] = set()
    title_key = block_key(title) if title else ""
    if title_key:
        seen.add(title_key)
    all_keys = [block_key(block) for block in blocks]
    teasers = cut_page_teasers(blocks, all_keys, edges.starts)
    if teasers:
        blocks = [block for index, block in enumerate(blocks) if index not in teasers]
        all_keys = [key for index, key in enumerate(all_keys) if index not in teasers]
        edges = _PageEdges(len(blocks), [start - sum(1 for gone in teasers if gone < start) for start in edges.starts])
    originals = _originals(all_keys, title_key)
    dateline, undated = _lede_dateline(blocks)
    table_rows = _repeated_table_rows(blocks, all_keys)
    unique: list[str] = []
    keys: list[str] = []
    for index, block in enumerate(blocks):
        key = all_keys[index]
        if dateline and index > 0 and (key == undated or (len(block) <= 60 and _bare_dateline_key(block) == dateline)):
            continue  # a later page's lede without its dateline, or its dateline alone (h40 probe)
        if key:
            if index in table_rows:
                # A table's row: its table repeated is a copy, whatever each row repeats (_repeated_table_rows).
                repeat = table_rows[index] or key == title_key
            else:
                repeat = key in seen and (key == title_key or not (_verse_line(blocks, index, table_rows)
                                                                   or _lone_value_line(blocks, index, originals)
                                                                   or _lone_story_sentence(blocks, index, originals,
                                                                                           edges)))
            if repeat or (title_key and key[:3] == title_key[:3] and _title_with_page(block, title)):
                continue
            seen.add(key)
        unique.append(block)
        keys.append(key)
    unique, keys = _without_split_copies(*_without_merged_copies(unique, keys))
    return _without_pulled_quotes(unique, keys)


# A page's closing teaser of the next page: its first paragraph's opening words cut off with an ellipsis (viva 2020's
# "Halaman Selanjutnya" box over "Anies menjelaskan, … pengawasan terhadap perkantoran…", h180 probe). With the next
# page read, the paragraph itself follows: the cut copy is no text of the story. _TEASER_REACH: the next page's first
# blocks it may open (a repeat of the page before, a sub-heading, may come first), _TEASER_MIN_WORDS: its words at
# the least (a cut "Namun…" opens many paragraphs).
_TEASER_CUT_MARKS: Final = ("[\u2026]", "[...]", "[. . .]", "(\u2026)", "(...)", "\u2026", "...", ". . .")
_TEASER_REACH: Final = 3
_TEASER_MIN_WORDS: Final = 4


def _teaser_key(block: str) -> str | None:
    """The block_key of a block ending in an ellipsis (_TEASER_CUT_MARKS) without it, or None: a teaser's words."""
    text = block.rstrip()
    mark = next((mark for mark in _TEASER_CUT_MARKS if text.endswith(mark)), None)
    if mark is None:
        return None
    key = block_key(text[:-len(mark)])
    return key if len(key.split()) >= _TEASER_MIN_WORDS else None


def cut_page_teasers(blocks: Sequence[str], keys: Sequence[str], page_starts: Sequence[int]) -> set[int]:
    """Indexes of the next page's teasers among a stitched body's blocks (``keys``: their block_key; ``page_starts``:
    the index of each later page's first block): a block closing its page, ending in an ellipsis, whose words without
    it (_teaser_key) open one of the next page's first _TEASER_REACH blocks. A paragraph that merely ends in an
    ellipsis, the next page opening otherwise, stays; and so does one inside a page, whatever follows it: a poem's or a
    song's line trailing off before the line it opens ("Ibu, engkau adalah pelita…", then the whole line), a quiz's
    blank before its answer (h183 probe)."""
    starts = sorted(page_starts)
    teasers: set[int] = set()
    for index, block in enumerate(blocks[:-1]):
        if index + 1 not in starts or not block.rstrip().endswith(("\u2026", ".", "]", ")")):
            continue
        key = _teaser_key(block)
        if key is None:
            continue
        reach = min(index + 1 + _TEASER_REACH, next((start for start in starts if start > index + 1), len(blocks)))
        if any(keys[later].startswith(key) and len(keys[later]) > len(key) for later in range(index + 1, reach)):
            teasers.add(index)
    return teasers


def _repeated_table_rows(blocks: list[str], block_keys: list[str]) -> dict[int, bool]:
    """For each block that is a data table's row (_table_runs), whether it is part of a copy: a table is its run of
    consecutive rows, deduplicated as a unit, a copy when an earlier run had the same rows in the same order (a
    key-facts table a later page prints again, h117 probe), or when the run is the same rows twice over (page 1's table
    at its end and page 2's copy at its start, read as one run: the second half goes). A row another table shares (a
    header, a "Total" row) or a row repeated inside its own table stays: no row is judged alone, nor read as a verse
    line. A lone " | " line is no table (a song's bar line "Musik : | Am . . . | F . . . |", h119 probe): the other
    rules judge it."""
    verdicts: dict[int, bool] = {}
    earlier: set[tuple[str, ...]] = set()
    for start, end in _table_runs(blocks):
        run = tuple(block_keys[start:end])
        half = len(run) // 2
        if half >= DATA_TABLE_MIN_ROWS and len(run) == 2 * half and run[:half] == run[half:]:
            verdicts.update(dict.fromkeys(range(start, start + half), run[:half] in earlier))
            verdicts.update(dict.fromkeys(range(start + half, end), True))
            earlier.add(run[:half])
            continue
        verdicts.update(dict.fromkeys(range(start, end), run in earlier))
        earlier.add(run)
    return verdicts


def _table_runs(blocks: list[str]) -> list[tuple[int, int]]:
    """The data tables among blocks, each as (its first row's index, past its last): runs of consecutive rows (cells
    joined by " | ", _table_row) of dom.DATA_TABLE_MIN_ROWS rows or more, as the walker reads a table's shape."""
    runs = []
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _table_row(blocks[end]):
            end += 1
        if end - index >= DATA_TABLE_MIN_ROWS:
            runs.append((index, end))
        index = max(end, index + 1)
    return runs


def _dateline_key(text: str) -> str:
    return " ".join(_words(text))


def _bare_dateline_key(block: str) -> str | None:
    """The words of a block that is a dateline alone ("PYONGYANG -", "jpnn.com, PUTUSSIBAU -"), else None."""
    text = block.strip()
    return _dateline_key(text) if text.endswith(("-", "\u2013", "\u2014")) else None


def repeats_lede_dateline(block: str, following: str | None, read: Sequence[str]) -> bool:
    """Whether ``block`` is a dateline alone ("Jakarta -") naming the place of the dateline that opens a paragraph
    among the first blocks read (page 1's lede, "Jakarta - Dinas …"), over a paragraph (``following``) that is not
    that lede's text: a later page printing it again over its own text, the page's residue, not a dateline of that
    text (h40 probe). Over the lede's own text (page 1 served again as a later page) it is page 1's dateline."""
    key = _bare_dateline_key(block) if len(block) <= 60 else None
    if not key:
        return False
    for first in read[:_LEDE_SEARCH_BLOCKS]:
        match = DATELINE_LEAD_RE.match(first) if len(first) >= 60 else None
        if match is not None and _dateline_key(match.group(1)) == key:
            return following is None or block_key(f"{block} {following}") != block_key(first)
    return False


_LEDE_SEARCH_BLOCKS: Final = 5


def _lede_dateline(blocks: list[str]) -> tuple[str | None, str | None]:
    """The dateline opening the story's first paragraph ("PYONGYANG - Para pemimpin …": "pyongyang") and that
    paragraph's block_key without it; (None, None) without one. A later page repeating the lede may print it without
    the dateline, or print the dateline alone: both are that page's overlap."""
    if not blocks or len(blocks[0]) < 60:
        return None, None
    match = DATELINE_LEAD_RE.match(blocks[0])
    if match is None:
        return None, None
    rest = blocks[0][match.end() - 1:]
    return _dateline_key(match.group(1)) or None, block_key(rest)


# The headline a later page prints over its text, numbered: "Judul (2)", "Judul - Halaman 2", "Judul - Bagian 2",
# "Judul | Halaman 2 | SINDOnews" (h40 probe). A number, page words, and the outlet's name after the number.
_PAGE_WORDS: Final = frozenset({"halaman", "hal", "bagian", "bag", "page", "part", "dari", "of"})
_MAX_PAGE_NUMBER: Final = 20
_BRACKETED_NUMBER_RE: Final = re.compile(r"[(\[]\s*\d{1,2}\s*(?:/\s*\d{1,2}\s*)?[)\]]")


def _title_with_page(text: str, title: str | None) -> bool:
    """Whether the block is the title followed by a page number (and at most the outlet's name after it)."""
    if not title or len(text) > 2 * len(title) + 40:
        return False
    block_words, title_words = _words(text), _words(title)
    extra = block_words[len(title_words):]
    if not title_words or block_words[:len(title_words)] != title_words or not 1 <= len(extra) <= 4:
        return False
    numbers = [at for at, word in enumerate(extra) if word.isdigit()]
    if not numbers or not all(word.isdigit() or word in _PAGE_WORDS for word in extra[:numbers[-1]]) \
            or len(extra) - numbers[-1] > 2:
        return False
    # A page's number: small, and named so ("Halaman 2", "Bagian 2") or bracketed ("Judul (2)"). A subheading of the
    # title's words with another figure is the story's (h41: "… Halaman 45" of a textbook's answer key, "… 2024",
    # "… 5 Gram").
    first = extra[numbers[0]]
    named = any(word in _PAGE_WORDS for word in extra[:numbers[0]])
    return 2 <= int(first) <= _MAX_PAGE_NUMBER and (named or bool(_BRACKETED_NUMBER_RE.search(text)))


def _originals(keys: list[str], title_key: str) -> list[int | None]:
    """For each block key: the index of the first block with it (-1: the title's), None for a first occurrence."""
    first: dict[str, int] = {title_key: -1} if title_key else {}
    originals: list[int | None] = []
    for index, key in enumerate(keys):
        originals.append(first.get(key) if key else None)
        first.setdefault(key, index)
    return originals


# A page overlap repeats a run of blocks in their order, or a paragraph: a lone short line repeated between blocks
# that are not its original's neighbours repeated is the story's own repetition when it carries a value or asks
# ("Harga: Rp 25.000" under two listicle items, "Harga tiket masuk: Rp 10.000" on both pages, a vox pop's question
# before each answer; h40 probe). A bare heading repeated alone ("Tanggapan Warga") still reads as an overlap.
_VALUE_CHARS_RE: Final = re.compile(r"[:\d?]")


def _lone_value_line(blocks: list[str], index: int, originals: list[int | None]) -> bool:
    """Whether blocks[index] (a repeated block) is a short line with a value (a label's colon, a figure) or a
    question, outside a run of repeats: not right after its original, the block before it no repeat of the block
    before its original, nor the title; the block after it no repeat of the block after its original."""
    text = blocks[index]
    if not _short_line(text) or not _VALUE_CHARS_RE.search(text):
        return False
    original = originals[index]
    if original is None or original < 0 or original == index - 1:
        return False  # right after its original: page 1's last line repeated atop page 2, or a template's double
    before = originals[index - 1] if index > 0 else None
    after = originals[index + 1] if index + 1 < len(blocks) else None
    return not (before == -1 or (before is not None and before == original - 1)
                or (after is not None and after == original + 1))


# A page overlap sits at a later page's head: a run repeating the previous page's tail, or page 1's lede. A short
# sentence (a line, shorter than a paragraph a pull quote could repeat) the story prints again alone, with new text on
# both sides of it, or as its last line after new text, is the story's own: a recipe's "Sajikan selagi hangat."
# closing each of three recipes, a chant quoted again as the story's last line (h85 probe: both kept once). A bare
# heading repeated alone ("Tanggapan Warga") still reads as an overlap (a later page reprinting the section it
# continues), and so does a repeat of the lede, or of a line among the previous page's last ones
# (_OVERLAP_TAIL_BLOCKS before it or fewer), or a sentence of a paragraph's length.
_STORY_LINE_MAX_CHARS: Final = 40
_OVERLAP_TAIL_BLOCKS: Final = 3


def _lone_story_sentence(blocks: list[str], index: int, originals: list[int | None], edges: _PageEdges) -> bool:
    """Whether blocks[index] (a repeated block) is a short sentence standing alone among new text: its original
    not the title, nor the lede, nor within _OVERLAP_TAIL_BLOCKS before it; the block before it new (no repeat)
    and the block after it new or none (the story's last line). Where the pages' edges are known, a later page's
    first block is its overlap (page 2 opening on a line of page 1's, however far back), and a line closing two
    pages the pages' own sign-off ("Simak terus perkembangannya." under each page), unless the page it closes
    opens on an item's heading: a listicle paged by item, each item closing alike ("2. Sayur Bening Oyong" … "Sajikan
    selagi hangat.", h85 probe)."""
    text = blocks[index].strip()
    original = originals[index]
    if len(text) > _STORY_LINE_MAX_CHARS or not ends_sentence(text) or _marks_only(text):
        return False
    if original is None or original <= 0 or index - original <= _OVERLAP_TAIL_BLOCKS:
        return False
    if edges.opens_page(index):
        return False
    if edges.closes_page(original) and edges.closes_page(index) and not _item_heading(blocks[edges.page_start(index)]):
        return False
    return originals[index - 1] is None and (index + 1 == len(blocks) or originals[index + 1] is None)


class _PageEdges:
    """The edges of the pages a body was stitched from (none known: one page)."""

    def __init__(self, length: int, page_starts: Sequence[int]) -> None:
        self.starts = sorted({start for start in page_starts if 0 < start < length})
        self.lasts = {start - 1 for start in self.starts} | ({length - 1} if self.starts else set())

    def opens_page(self, index: int) -> bool:
        """Whether blocks[index] is a later page's first block."""
        return index in self.starts

    def closes_page(self, index: int) -> bool:
        """Whether blocks[index] is a page's last block (of a body stitched from pages)."""
        return index in self.lasts

    def page_start(self, index: int) -> int:
        """The index of the first block of the page blocks[index] is on."""
        return max((start for start in self.starts if start <= index), default=0)


# An item's heading opening a page: a short line, no sentence ("2. Sayur Bening Oyong Soun", "Cara Membuat").
_ITEM_HEADING_MAX_CHARS: Final = 100


def _item_heading(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _ITEM_HEADING_MAX_CHARS and not ends_sentence(text) and not _marks_only(text)


def carried_page_starts(before: Sequence[str], after: Sequence[str], page_starts: Sequence[int]) -> list[int]:
    """Where the later pages start in ``after``, the blocks ``before`` once cleaned (blocks dropped, trimmed, or
    joined, the order kept), given where they start in ``before``: at the first block of ``after`` read from that
    page's blocks or a later one's. A page left without a block has no start."""
    if not page_starts:
        return []
    origins = _block_origins(before, after)
    starts: list[int] = []
    for start in sorted(page_starts):
        at = next((index for index, origin in enumerate(origins) if origin is not None and origin >= start), None)
        if at is not None and at > 0 and at not in starts:
            starts.append(at)
    return starts


_SAME_SOURCE_CHARS: Final = 40


def _block_origins(before: Sequence[str], after: Sequence[str]) -> list[int | None]:
    """For each block of ``after``: the index of the block of ``before`` it was read from (the same text, trimmed
    or extended by a joined part, or the same opening or closing words), in order; None when none is."""
    origins: list[int | None] = []
    cursor = 0
    for kept in after:
        text = kept.strip()
        origin = next((index for index in range(cursor, len(before)) if _same_source(before[index].strip(), text)),
                      None)
        origins.append(origin)
        if origin is not None:
            cursor = origin + 1
    return origins


def _same_source(source: str, kept: str) -> bool:
    if not source or not kept:
        return False
    if source == kept:
        return True
    shorter, longer = (source, kept) if len(source) <= len(kept) else (kept, source)
    if shorter in longer and (len(shorter) >= _SAME_SOURCE_CHARS or 2 * len(shorter) >= len(longer)):
        return True
    return len(shorter) >= _SAME_SOURCE_CHARS and (source[:_SAME_SOURCE_CHARS] == kept[:_SAME_SOURCE_CHARS]
                                                  or source[-_SAME_SOURCE_CHARS:] == kept[-_SAME_SOURCE_CHARS:])


# A verse line: short, no full stop, with short lines on both sides of it or a run of them on one side
# (lyrics, a chant, a doa printed one line per <br>; detik's "Lirik Lagu Indonesia Raya" prints the refrain
# twice and repeats lines inside it; h20 probe). A repeated paragraph (a second page's overlap) is longer or
# ends with a full stop, and stands among paragraphs.
_VERSE_LINE_MAX_CHARS: Final = 60


def _short_line(text: str) -> bool:
    return len(text) <= _VERSE_LINE_MAX_CHARS and not text.endswith(".") and not _marks_only(text)


def _verse_line(blocks: list[str], index: int, table_rows: Collection[int] = ()) -> bool:
    """Whether blocks[index] is a verse line: short, without a full stop, in a run of at least _LINES_MIN
    such lines (itself included), none a data table's row (``table_rows``: a table repeats as a unit, never as a
    refrain; a lone " | " line, a song's bar line, may be a verse's). Called only for a repeated block: the body's
    duplicates are few."""
    if index in table_rows or not _short_line(blocks[index]):
        return False
    run = 1
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(blocks) and run < _LINES_MIN and at not in table_rows and _short_line(blocks[at]):
            run += 1
            at += step
    return run >= _LINES_MIN



# A later page may print two or more of the story's paragraphs again as one block ("P1 P2": page 1's paragraphs
# joined, a heading between them swallowed too; h40 probe). The originals stand in their place; the copy made of
# them, wherever it stands, is the overlap. Each block is looked up by its opening characters (a dict: a copy opens
# with the whole of its first original), then walked: linear in the body. A long original by its first 64
# characters: paragraphs opening alike ("Paragraf tambahan nomor 1 …", "Paragraf tambahan nomor 2 …") were each
# tried against every earlier one (the synthetic bench page's 30: 79 -> 12 µs).
_MERGED_LOOKUP_CHARS: Final = 16
_MERGED_LONG_LOOKUP_CHARS: Final = 64
_MERGED_JOINT_RE: Final = re.compile(r"[.,;:!?\u2026\"]* ?")


def _without_merged_copies(blocks: list[str], block_keys: list[str]) -> tuple[list[str], list[str]]:
    """The blocks and their block_key without a later block made of two or more consecutive earlier blocks,
    in their order, whole (the block_key of each, then its end marks and a space)."""
    starts: dict[str, list[int]] = {}  # keys of 16 to 63 characters, by their first 16
    long_starts: dict[str, list[int]] = {}  # longer keys, by their first 64
    copies: set[int] = set()
    for index, key in enumerate(block_keys):
        if len(key) >= _PULLED_QUOTE_MIN_CHARS and any(
                _made_of(key, block_keys, first, index)
                for first in (*starts.get(key[:_MERGED_LOOKUP_CHARS], ()),
                              *long_starts.get(key[:_MERGED_LONG_LOOKUP_CHARS], ()))):
            copies.add(index)
            continue
        if len(key) >= _MERGED_LONG_LOOKUP_CHARS:
            long_starts.setdefault(key[:_MERGED_LONG_LOOKUP_CHARS], []).append(index)
        elif len(key) >= _MERGED_LOOKUP_CHARS:
            starts.setdefault(key[:_MERGED_LOOKUP_CHARS], []).append(index)
    if not copies:
        return blocks, block_keys
    return ([block for index, block in enumerate(blocks) if index not in copies],
            [key for index, key in enumerate(block_keys) if index not in copies])


def _made_of(key: str, block_keys: list[str], first: int, end: int) -> bool:
    """Whether ``key`` is block_keys[first], block_keys[first + 1], … (two or more, all before ``end``) joined."""
    at, index = 0, first
    while index < end and block_keys[index] and key.startswith(block_keys[index], at):
        at = _MERGED_JOINT_RE.match(key, at + len(block_keys[index])).end()
        index += 1
        if at == len(key):
            return index - first >= 2
        if key[at - 1] != " ":
            return False  # the original's key ends inside a word of the block ("kim berbicara" in "kim berbicaranya")
    return False



# ... or print one of them again cut in two (at a sentence's end, an ad slot between the halves), farther from it
# than a pull quote's reach. Two consecutive later blocks, each this many words or more, that are an earlier
# paragraph's opening sentences and the rest of it, are that paragraph again wherever they stand (h40 probe); a
# short sentence repeated near its paragraph is a pull quote (_without_pulled_quotes). Each paragraph's openings
# go in a dict as it is passed: linear in the body's sentences.
_SPLIT_HALF_MIN_WORDS: Final = 6
_SPLIT_HALF_MIN_CHARS: Final = 2 * _SPLIT_HALF_MIN_WORDS - 1  # six one-letter words and the spaces between them
_KEY_SENTENCE_END_RE: Final = re.compile(r'[.!?]"?(?= )')


def _without_split_copies(blocks: list[str], block_keys: list[str]) -> tuple[list[str], list[str]]:
    """The blocks and their block_key without a later pair of consecutive blocks that joined make an earlier
    block: its first sentences, then the rest, each half _SPLIT_HALF_MIN_WORDS words or more."""
    # The second half of a copy ends as the earlier block's key does (its rest: six words or more, so eleven
    # characters or more): when no two keys end alike, no pair is a copy, and no block's sentences need splitting.
    endings = [key[-_SPLIT_HALF_MIN_CHARS:] for key in block_keys if len(key) >= _SPLIT_HALF_MIN_CHARS]
    if len(set(endings)) == len(endings):
        return blocks, block_keys
    openings: dict[str, str] = {}  # an earlier block's first sentences (a block_key) -> the rest of its key
    copies: set[int] = set()
    for index, key in enumerate(block_keys):
        if index in copies:
            continue
        rest = openings.get(key) if key else None
        if rest is not None and index + 1 < len(block_keys) and block_keys[index + 1] == rest:
            copies.update((index, index + 1))
            continue
        for end in _KEY_SENTENCE_END_RE.finditer(key):
            opening, rest = _key_end(key[:end.end()]), key[end.end() + 1:]
            if (len(opening.split()) >= _SPLIT_HALF_MIN_WORDS and len(rest.split()) >= _SPLIT_HALF_MIN_WORDS
                    and opening):
                openings.setdefault(opening, rest)
    if not copies:
        return blocks, block_keys
    return ([block for index, block in enumerate(blocks) if index not in copies],
            [key for index, key in enumerate(block_keys) if index not in copies])


# A pull quote repeats a sentence of a paragraph near it ("Hakim bisa dievaluasi …" in a <blockquote> beside the
# answer that says it): a block this long or longer, found whole inside a longer block this few blocks away.
_PULLED_QUOTE_MIN_CHARS: Final = 40
_PULLED_QUOTE_REACH: Final = 6


def _without_pulled_quotes(blocks: list[str], block_keys: list[str]) -> list[str]:
    """The blocks (and their block_key) without those repeated whole inside a longer block nearby (a pull quote,
    a highlight box): as whole sentences there, from a sentence's start to a sentence's end. The longer block,
    the story's own paragraph, stays. Bounded by _PULLED_QUOTE_REACH: linear in the body."""
    keys = [key.strip('" ').rstrip(".!?,;") for key in block_keys]  # a quoted block's end mark stands inside
    repeated = set()
    for index, key in enumerate(keys):
        if len(key) < _PULLED_QUOTE_MIN_CHARS:
            continue
        near = keys[max(0, index - _PULLED_QUOTE_REACH):index + _PULLED_QUOTE_REACH + 1]
        # Found once among its neighbours (in its own block: most of them): one C search says no.
        if "\n".join(near).count(key) > 1 and any(len(other) > len(key) and _holds_sentences(other, key)
                                                 for other in near):
            repeated.add(index)
    return [block for index, block in enumerate(blocks) if index not in repeated] if repeated else blocks


_SENTENCE_STARTS_AFTER: Final = (". ", "! ", "? ", ": ", '" ', '."', "\n")
_SENTENCE_ENDS_WITH: Final = (".", "!", "?", '"', ",", ";")


def _holds_sentences(longer: str, part: str) -> bool:
    """Whether ``part`` (a block key) stands in ``longer`` as whole sentences, not as the end of one of its
    sentences ("halaman 2 paragraf 1 …" does not hold "paragraf 1 …")."""
    start = longer.find(part)
    while start >= 0:
        end = start + len(part)
        if ((start == 0 or longer[:start].endswith(_SENTENCE_STARTS_AFTER) or longer[start - 1] == '"')
                and (end == len(longer) or longer[end:].startswith(_SENTENCE_ENDS_WITH))):
            return True
        start = longer.find(part, start + 1)
    return False


def clean_body(blocks: list[str], title: str | None = None, outlets: Sequence[str] = (),
               descriptions: Sequence[str] = (), times: PageTimes | None = None) -> list[str]:
    """normalize_text each block, strip_residue, trim_edges, then drop_duplicate_blocks (against the
    title too) — the order the item pipelines run them in."""
    kept = strip_residue([normalize_text(block) for block in blocks])
    return drop_duplicate_blocks(trim_edges(kept, title, outlets, descriptions, times), title)


def _parse_syndication(block: str) -> dict[str, str | None] | None:
    head = block[:40].lower()
    if len(block) > 2 * _SYNDICATION_MAX_CHARS or ("artikel" not in head and "berita ini" not in head
                                                   and "tulisan ini" not in head and "disadur" not in head
                                                   and not head.lstrip().startswith("this ")):
        return None  # cheap reject: the line starts with "Artikel ini ..." ("Berita ini …", "Tulisan ini …", "This …")
    text = _collapse_whitespace(block)
    if len(text) > _SYNDICATION_MAX_CHARS:
        return None
    adapted = _ADAPTED_FROM_RE.fullmatch(text)
    if adapted is not None:
        url_match = _URL_RE.search(adapted.group("rest") or "")
        return {"outlet": adapted.group("outlet").rstrip(".,:"), "title": None,
                "url": url_match.group(0).rstrip(".,;:)") if url_match else None}
    match = (_SYNDICATION_RE.fullmatch(text) or _DETIK_CROSSPOST_RE.fullmatch(text)
             or _SYNDICATION_EN_RE.fullmatch(text))
    if match is None:
        return None
    groups = match.groupdict()
    if groups.get("more") and not _OUTLET_NAME_RE.match(match.group("outlet")):
        # "Berita ini tayang di televisi pada Senin malam, lihat tayangan ulangnya di sini." (h253 R8): a pointer
        # sentence after words that name no outlet is the story's own line
        return None
    rest = groups.get("rest") or ""
    # the pointer sentence after the outlet ("Klik untuk baca: https://…") holds a link, never a title
    url_match = _URL_RE.search(rest or groups.get("more") or "")
    url = url_match.group(0).rstrip(".,;:)") if url_match else None
    end = _SYNDICATION_TITLE_END_RE.search(rest)
    title = (rest[: end.start()] if end else rest).strip().rstrip(".,;:").strip()
    # Drop one pair of surrounding quotes of any style; inner quotes stay.
    if len(title) >= 2 and title[0] in "\"'\u201c\u201e\u2018" and title[-1] in "\"'\u201d\u201c\u2019":
        title = title[1:-1].strip()
    return {"outlet": match.group("outlet").rstrip(".,:"), "title": title or None, "url": url}


def names_own_page(source: dict[str, str | None], page_url: str | None) -> bool:
    """Whether a syndication note (find_syndication) points at the page itself: its link is the page's URL,
    or its outlet is the page's own site or regional edition ("detikBali" on www.detik.com/bali/…,
    "Kompas.com" on regional.kompas.com). Compared squeezed: letters and digits, lower case."""
    if not page_url:
        return False
    if source.get("url") and canonical_url(source["url"] or "") == canonical_url(page_url):
        return True
    outlet = re.sub(r"[^0-9a-z]", "", (source.get("outlet") or "").casefold())
    outlet = re.sub(r"(?:coid|com|id)$", "", outlet)
    domain = registrable_domain(page_url)
    label = re.sub(r"[^0-9a-z]", "", domain.split(".", 1)[0])
    if not outlet or not label:
        return False
    parts = urlsplit(page_url)
    host = (parts.hostname or "").lower()
    sub = host[:-len(domain)].rstrip(".").split(".")[-1] if host.endswith(domain) and host != domain else ""
    first = next((p for p in parts.path.split("/") if p), "")
    return outlet in {label, label + sub, sub + label, label + first.casefold()} - {""}


def find_syndication(blocks: list[str]) -> tuple[list[str], dict[str, str | None] | None]:
    """Remove the "Artikel ini telah tayang di <outlet> dengan judul "<title>", Klik untuk baca: <url>"
    line(s) and return (remaining blocks, {"outlet", "title", "url" or None}) parsed from the first one,
    or (blocks unchanged, None) when there is none."""
    remaining: list[str] = []
    found: dict[str, str | None] | None = None
    index = 0
    while index < len(blocks):
        block = blocks[index]
        parsed = _parse_syndication(block)
        if (parsed is not None and parsed["title"] is None and index + 1 < len(blocks)
                and _TITLE_CONTINUED_RE.match(blocks[index + 1])):
            # The note split over two paragraphs ("Artikel ini telah tayang di TribunJogja.com" / "dengan judul
            # <a>…</a>, Penulis: … | Editor: …", h69 probe): read as the one line it is, both go.
            joined = _parse_syndication(f"{block.strip()} {blocks[index + 1].strip()}")
            if joined is not None and joined["title"]:
                parsed = joined
                index += 1
        if parsed is None:
            remaining.append(block)
        elif found is None:
            found = parsed
        index += 1
    return remaining, found


# The rest of a syndication note in the paragraph after its outlet's (find_syndication): the sentence going on in lower
# case ("Dengan judul baru, acara itu …" opens a paragraph of the story).
_TITLE_CONTINUED_RE: Final = re.compile(r"\s*dengan\s+(?i:judul)\b")
