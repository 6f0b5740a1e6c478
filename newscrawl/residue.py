"""The residue catalogue: boilerplate lines Indonesian news pages put among a story's paragraphs, by name.

Each entry (``ResiduePattern``) is one kind of line a page's template or a desk writes around the story: a
"Baca juga:" link, an "ADVERTISEMENT" label, a photo credit ("Foto/AP"), a follow prompt, a desk sign-off, a
citizen column's notice. A block is residue when an entry matches it WHOLE (``fullmatch``, case-insensitive)
and it reports no speech (", kata dia": the story quoting such a line); a prompt to follow, join or subscribe is
residue only for the outlet's own channel (a public body's channel, a sentence going on: the story's). Every
entry that lets free text follow its marker caps that text's length: captions, credits and promos are short, prose
is not.

``normalized_residue_kind(text)`` names the entry a tidied block matches; ``newscrawl.cleaning`` tidies the
blocks, asks it, and reads the body's shape besides (a catalogue is always one site behind). The matching is
dispatched on a block's first characters so that ordinary prose is rejected after a few comparisons.

To support a new string: add an entry (a regex over the normalized block, with a length cap on any free text,
and which sites emit it) and a test row in tests/test_cleaning.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, Sequence

from newscrawl.dates import DAY_NAMES, MONTH_BY_NAME, word_alternation
from newscrawl.fields.outlet import SOURCE_NAME_PATTERN

__all__ = [
    "CALL_WITHOUT_CHANNEL_RE", "COLUMN_LEAD", "CREDIT_BY_LABEL", "CREDIT_LABEL", "CREDIT_NAMES", "DESK_BY_LABEL", "DESK_CODE", "DESK_MULTI", "DESK_NUMBERED", "DESK_PRINT_CODE", "DESK_STARRED", "EDITED_BY_LABEL",
    "DESK_SINGLE", "PROMPT_OPENER",
    "MAILBOX_SITE_RE", "MAX_RESIDUE_CHARS", "MEDIA_CREDIT_LABEL", "OUTLET_SITE_NAME", "PHOTO_BY_CREDIT", "PHOTO_WIRE", "PRODUCTION_ROLE", "PROMPT_KINDS", "RESIDUE_PATTERNS", "ResiduePattern",
    "SPEECH_RE", "SUBMISSION_FORM_RE", "TAG_KINDS", "TITLED_OUTLET_PHOTO_CREDIT", "VIA_WIRE_CREDIT", "WRITER_BY_WORDS",
    "is_copy_link_label", "names_public_body", "normalized_residue_kind", "partner_producer", "promo_owner",
]


@dataclass(frozen=True)
class ResiduePattern:
    """One catalog entry: a block that fully matches ``pattern`` (case-insensitive) is boilerplate."""

    name: str  # also the stat / debug label returned by residue_kind()
    pattern: re.Pattern[str]
    emitted_by: str  # which sites emit it, and where that is documented
    # Cheap prefilter for patterns NOT anchored on a leading marker: the pattern is only tried when the
    # lower-cased block contains one of these words. Empty = the pattern starts with its marker and
    # joins the single combined regex.
    requires_any: tuple[str, ...] = ()
    # A character the block must contain before the words are even looked for (one cheap test).
    requires_char: str = ""


# The writer's responsibility for a user-generated column after its subject (_UGC_RESPONSIBILITY: "Isi tulisan
# sepenuhnya menjadi tanggung jawab penulis", the qualifiers on either side: tribun, IDN Times Community, h57 probe; the
# blogger's, Kompasiana's "… tanggung jawab bloger", h187), then only more of the notice's clauses ("dan tidak
# mewakili pandangan redaksi", "seutuhnya", ", bukan redaksi", the editors' "Redaksi tidak bertanggung jawab atas isi
# tulisan.", h63): "…, bukan platform, menurut aturan baru yang berlaku Juli." is a story's sentence (h61).
_WRITER_RESPONSIBILITY_REST: Final = (
    r"(?:(?:sepenuhnya|menjadi|merupakan)\s+)*tanggung\s*jawab\s+"
    r"(?:(?:sepenuhnya|dari|si|pribadi)\s+)*(?:penulis|pengirim|kontributor|blogg?er)\b"
    r"(?:,?\s+(?:sepenuhnya|seutuhnya|(?:dan\s+)?(?:tidak|bukan)\s+(?:(?:(?:mewakili|mencerminkan)\s+(?:pandangan|sikap)"
    r"|(?:menjadi\s+)?tanggung\s*jawab)\s+)?(?:dari\s+)?(?:redaksi|media)\b(?:\s+[\w.-]+){0,2}?))*\s*[.!]?"
    # the editors' own sentence of the notice after it: "Redaksi tidak bertanggung jawab atas isi tulisan." (h63)
    r"(?:\s*redaksi\s+tidak\s+(?:ber)?tanggung\s*jawab\s+atas\s+(?:isi\s+)?(?:tulisan|artikel|konten)"
    r"(?:\s+(?:ini|tersebut))?\s*[.!]?)?")
_COLUMN_PLATFORM: Final = (r"(?:platform|wadah|rubrik|kanal)\s+(?:citizen\s+journalism|jurnalisme\s+warga"
                           r"|user[-\s]generated\s+content|konten\s+(?:buatan\s+)?pengguna|blog)")
# What follows the print edition a note names: only the edition's name, date, section or page (Capitalised words and
# numbers, a few small words: "of The Jakarta Post, June 19-25, 2023", "edisi Rabu, 19 Juni 2024, di halaman 1", "on
# June 19, 2024, Section B, Page 1 of the New York edition"), then maybe the headline it ran under (anything in it).
# No clause going on: "… edisi 3 Maret 2023 dan memicu penyelidikan polisi …", "… edition of June 19, 2024, and
# prompted a parliamentary inquiry …", "… edisi cetak terakhir Sinar Harapan, yang dibagikan gratis …" are a story's
# (h156 probe: any 120 characters without a full stop ran on). The small words are lower case only, so that no word
# is read two ways.
_PRINT_NOTE_HEADLINE: Final = (r"(?:(?:with|under)\s+the\s+(?:head(?:line|ing)|title)|headlined|(?:en)?titled"
                               r"|(?:dengan|di\s+bawah)\s+judul|berjudul)\b\s*:?\s*\S.{0,200}")
_PRINT_NOTE_TAIL: Final = (r"(?:[\s,;:()\u2013\u2014-]+(?:(?-i:of|on|in|at|the|dated|page|pages|section|edition|issue"
                           r"|p\.|pp\.|tanggal|edisi|terbitan|di|pada|halaman|hal\.?|rubrik|kolom)(?!\w)"
                           r"|(?-i:[A-Z0-9][\w'\u2019./]*)))*"
                           rf"(?:[\s,;:]+{_PRINT_NOTE_HEADLINE})?\s*\)?\s*[.!]?")
# The headline Tempo names before the edition: "Artikel ini terbit di bawah judul "Jejak Uang di Proyek Tol" di
# Majalah Tempo edisi 17-23 Juni 2024." (h156 probe).
_PRINT_NOTE_HEADLINE_FIRST: Final = (r"(?:\s+(?:(?:di\s+bawah|dengan)\s+judul|berjudul)\s*:?\s*"
                                     r"[\"\u201c][^\"\u201d]{1,200}[\"\u201d])?")
# A site's name written in the text ("Kompas.com", "Okezone.com", "detik.com"), not a mailbox's domain, not a
# government's or a university's site.
OUTLET_SITE_NAME: Final = (r"(?<![@\w.-])(?!(?:[\w-]+\.)*(?:go|ac|or|sch|mil)\.id\b)"
                           r"(?:[\w-]+\.)+(?:com|co\.id|co|id|net|tv)\b")
# The outlet named as a slot of a promo's or a notice's grammar: its site ("Suara.com", "Tribun-Timur.com", "Kompas.com+"),
# its one-word brand in the CMS's spelling ("detikcom", "kumparanBISNIS"), or its brand capitalised, up to three words
# ("ANTARA", "Republika", "CNN Indonesia Premium", "IDN Times"). _OWN_OUTLET is the first two only: a capitalised name
# may as well be a person's or a show's ("Podcast Rintik Sedu").
_OWN_OUTLET: Final = rf"(?:{OUTLET_SITE_NAME}\+?|(?-i:[a-z]+[A-Z][\w]*|[a-z]{{3,}}com)\b)"
_OUTLET: Final = rf"(?:{_OWN_OUTLET}|(?-i:[A-Z][\w+-]*(?:\.[\w+-]+)*(?:\s+[A-Z][\w+-]*){{0,2}})\b\+?)"
# A notice's own sentence, then a sentence of it only when it is the notice's too (an editor's check, the reader sent to
# the full article or asked to check it again): "Konten ini dibuat menggunakan AI. Hasil pemeriksaan dengan alat
# pendeteksi Hive Moderation menunjukkan probabilitas 99 persen …" is a fact check's verdict (h69).
_NOTICE_MORE: Final = (
    # ... or one referring to the article, its translation or the outlet: "Setiap informasi telah melalui proses
    # verifikasi oleh tim kami.", "Mohon maaf bila ada kekurangan dalam terjemahan.", "Read the Indonesian version
    # here." (h73)
    # ... but never one reporting a finding: "Hasil verifikasi tim kami menunjukkan video tersebut merupakan rekayasa."
    # is a fact check's verdict (h75)
    r"(?:\s+(?!(?:[^.!?]|\.(?=\w)){0,200}\b(?:menunjukkan|menemukan|ditemukan|terbukti|ternyata|mengungkap\w*"
    r"|membuktikan|(?:merupakan|adalah)\s+(?:hasil\s+)?(?:rekayasa|hoaks|hoax|palsu|disinformasi|manipulasi))\b)"
    r"(?=[^.!?]{0,160}\b(?:redaksi|editor\w*|penyunting\w*|disunting|diperiksa|diverifikasi|verifikasi|akurasi"
    r"|kekeliruan|kesalahan|artikel\s+(?:lengkap|asli|utuh)|(?:periksa|cek)\s+(?:kembali|ulang)|tim\s+kami|terjemahan\w*"
    r"|versi\s+(?:bahasa|inggris|indonesia|lengkap|artikel|berita|asli\s+(?:artikel|berita))"
    r"|(?:english|indonesian|original|full)\s+version|(?:read|baca)\b[^.!?]{0,60}\b(?:here|di\s*sini)"
    r"|our\s+(?:journalists?|editors?|team|newsroom|staff)|reviewed|checked|verified|full\s+(?:article|story))\b)"
    r"(?:[^.!?]|\.(?=\w)){1,200}[.!]?)?")
_NOTICE_TAIL: Final = r"(?:[^.!?]|\.(?=\w)){0,200}[.!]?" + _NOTICE_MORE

# What a sponsorship disclosure names after its word, then its end: the partner ("Kompas.com dengan Kementerian
# Pariwisata", "dengan PT Pertamina Patra Niaga", "dari Bank Contoh", "oleh PT Contoh Sejahtera"), or nothing ("Artikel
# ini merupakan konten bersponsor."). A name's words, "dan" only between two of its capitalised words ("Kementerian
# Komunikasi dan Digital"); a word after it that goes on is the story's: "Konten ini merupakan promosi judi online dan
# telah diblokir oleh …", "… konten berbayar, sehingga …", "… kerja sama liputan yang melibatkan …" (h73, h75).
_GOES_PAST_NAME: Final = (r"(?!(?:dan|serta|telah|sudah|akan|yang|untuk|sehingga|karena|sebab|namun|tetapi|tapi"
                          r"|padahal|agar|supaya|hingga|terselubung)\b)[\w.&'()-]+")
_PARTNER_NAME: Final = rf"{_GOES_PAST_NAME}(?:\s+(?:(?:dan|&)\s+(?=(?-i:[A-Z0-9])))?{_GOES_PAST_NAME}){{0,11}}"
_DISCLOSED_PARTNER: Final = (r"(?:\s+(?:(?-i:[A-Z][\w.-]*)\s+)?(?:dengan|oleh|dari|antara)\s+" + _PARTNER_NAME
                             + r"|\s+(?-i:[A-Z][\w.-]*))?\s*[.!]?")
# A piece's producer and its partner (partner_production_note); its producer read by partner_producer (h280 R4).
_PARTNER_PRODUCTION: Final = (
    rf"(?:artikel|konten|tulisan|berita|liputan)\s+ini\s+diproduksi\s+oleh\s+({_GOES_PAST_NAME}"
    rf"(?:\s+{_GOES_PAST_NAME}){{0,5}}?)\s+(?:sebagai\s+bagian\s+dari\s+)?(?:(?:ber?)?kerja\s*sama|kolaborasi"
    rf"|berkolaborasi)\b{_DISCLOSED_PARTNER}")
_PARTNER_PRODUCTION_RE: Final = re.compile(_PARTNER_PRODUCTION, re.IGNORECASE)


def partner_producer(text: str) -> str | None:
    """Who a partnership note says made the piece ("Konten ini diproduksi oleh Katadata bekerja sama dengan …" ->
    "Katadata"), or None when the line is no such note."""
    match = _PARTNER_PRODUCTION_RE.fullmatch(text)
    return match.group(1) if match is not None else None
# An AI-assistance note, its own sentence only (2025 templates; h48, h69, h101 probes). Its grammar:
# - what of the page ("Artikel ini", "Audio berita ini", "Sebagian konten artikel ini", "Intisari ini", "Highlight ini")
#   was made how ("dibuat dengan bantuan", "dihasilkan dengan teknologi", "diringkas oleh", "dirangkum", "menggunakan
#   bantuan", "merupakan hasil olahan") by AI, the rest of that sentence ("… dalam proses penulisannya dan telah
#   diverifikasi oleh editor."), and a sentence of the notice after it (_NOTICE_TAIL: "Selalu periksa kembali informasi
#   …", "Cek kembali detailnya di artikel.");
# - the label with no subject, or a summary box's noun as its subject ("Dirangkum oleh AI.", "Dihasilkan AI, ditinjau
#   redaksi Liputan6.com.", "Poin kunci disusun otomatis oleh mesin AI detikcom dan diperiksa editor sebelum tayang."):
#   the AI maybe the outlet's (_OUTLET), then only the editors' check (_AI_REVIEWED): "Dibuat oleh AI, gambar itu viral
#   …" is a story's sentence;
# - AI as the subject helping to make this page ("Kecerdasan buatan membantu menyusun draf awal berita ini; seluruh
#   isinya telah diperiksa editor Tempo."): "ini" names the page, "Kecerdasan buatan membantu dokter membaca hasil
#   rontgen" is a story's.
# A sentence after it of any other kind is the story's: a fact-check's "Konten ini dibuat menggunakan AI. Hasil
# pemeriksaan … menunjukkan …" (h69).
_AI: Final = (r"(?:(?:teknologi|sistem|mesin|model|alat|perangkat|fitur)\s+)?"
              r"(?:kecerdasan\s+(?:buatan|artifisial)(?:\s*\(ai\))?|(?:generative\s+)?ai(?:\s+generatif)?"
              r"|artificial\s+intelligence)\b")
_AI_MADE: Final = (r"(?:dibuat|disusun|ditulis|dihasilkan|diterjemahkan|dirangkum|diringkas|dibacakan|disuarakan"
                   r"|diproduksi|diolah|dinarasikan)(?:\s+(?:secara\s+)?(?:sepenuhnya|sebagian|otomatis))?"
                   r"(?:\s+(?:(?:dengan|menggunakan|memakai|memanfaatkan)(?:\s+bantuan)?|oleh|lewat|melalui))?")
# The editors' check after the label: ", ditinjau redaksi Liputan6.com", " dan dicek ulang tim redaksi IDN Times",
# "; seluruh isinya telah diperiksa editor Tempo", "… diperiksa editor sebelum tayang"; after the editors only the
# outlet's name or when: "… diperiksa editor manusia di newsroom mereka" is a story's sentence about another newsroom
# (h105), and so is a clause after it ("Ditulis AI dan diperiksa editor, buku itu …").
_AI_REVIEWED: Final = (r"(?:\s*[,;]\s*|\s+(?:dan|lalu|kemudian|serta)\s+)(?:(?:seluruh|semua)\s+(?:isi(?:nya)?|konten(?:nya)?)\s+)?"
                       r"(?:(?:telah|sudah|lalu)\s+)?(?:ditinjau|diperiksa|dicek|disunting|diverifikasi|dikurasi|diedit"
                       r"|disupervisi|dikoreksi)(?:\s+(?:ulang|kembali))?\s+(?:oleh\s+)?(?:tim\s+)?"
                       r"(?:redaksi|editor|penyunting|jurnalis|wartawan|pewarta|kami)\b(?:\s+manusia)?"
                       rf"(?:\s+{_OUTLET})?(?:\s+(?:sebelum|sesudah|setelah)\s+(?:tayang|terbit|diterbitkan|dipublikasikan"
                       r"|dimuat|disiarkan|ditayangkan))?")
# A summary box's noun, the subject of its label without "ini" ("Poin kunci disusun …", "Ringkasan dibuat …").
_AI_BOX: Final = (r"(?:intisari|ikhtisar|highlights?|sorotan|poin(?:-poin)?\s+(?:kunci|penting|utama)|fakta\s+utama"
                  r"|ringkasan|rangkuman)(?:\s+(?:otomatis|artikel|berita))?")
_AI_PAGE_PART: Final = (r"(?:artikel|berita|konten|tulisan|ringkasan|rangkuman|intisari|ikhtisar|highlights?|sorotan"
                        r"|poin(?:-poin)?(?:\s+(?:kunci|penting|utama))?|fakta\s+utama|audio|suara|narasi|teks|naskah)")
_AI_NOTICE: Final = (
    r"(?:(?:sebagian(?:\s+besar)?\s+)?(?:(?:isi|konten|teks|audio|suara|narasi|versi\s+audio)\s+)?"
    rf"{_AI_PAGE_PART}\s+ini\s+"
    rf"(?:{_AI_MADE}|(?:menggunakan|memakai|memanfaatkan)(?:\s+bantuan)?"
    r"|(?:adalah|merupakan)\s+(?:hasil\s+)?(?:olahan|rangkuman|ringkasan|terjemahan|buatan|karya))"
    rf"\s+{_AI}{_NOTICE_TAIL}"
    rf"|(?:{_AI_BOX}\s+)?{_AI_MADE}\s+{_AI}(?:\s+{_OUTLET})?(?:{_AI_REVIEWED})?(?:\s*[.!]{_NOTICE_MORE})?"
    rf"|{_AI}\s+(?:(?:turut\s+)?membantu(?:\s+(?:redaksi|kami|editor|penulis|jurnalis|wartawan))?"
    r"|(?:digunakan|dipakai|dimanfaatkan)\s+(?:untuk|dalam))\s+"
    r"(?:menyusun|menulis|membuat|merangkum|meringkas|menerjemahkan|menghasilkan|membacakan|menyuarakan|mengolah"
    r"|penulisan|penyusunan|pembuatan|peringkasan|penerjemahan)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:artikel|berita|tulisan|ringkasan|rangkuman|intisari|naskah|audio|teks)\s+ini\b"
    rf"(?:{_AI_REVIEWED})?(?:\s*[.!]{_NOTICE_MORE})?)")
# An investment disclaimer's sentences (investment_disclaimer).
_NOT_AN_INVITATION: Final = (
    r"(?:berita|artikel|tulisan|konten|informasi)\s+ini\s+(?:tidak\s+(?:bertujuan|dimaksudkan)\s+(?:untuk\s+)?"
    r"(?:mengajak|menganjurkan|merekomendasikan|menyarankan)|bukan\s+(?:merupakan\s+)?(?:ajakan|rekomendasi|saran|anjuran))"
    r"\b[^.!?]{0,150}[.!]?")
# The decision named by what is traded too: "Keputusan pembelian/penjualan saham …" (idxchannel 2026, h162 probe).
_READERS_DECISION: Final = (r"(?:setiap\s+|segala\s+)?keputusan\s+(?:investasi|jual\s+beli\s+saham"
                            r"|(?:pembelian|penjualan)(?:\s*(?:/|dan|atau)\s*(?:pembelian|penjualan))?\s+"
                            r"(?:saham|aset|efek|reksa\s*dana|kripto|obligasi)(?:\s+(?:kripto|digital))?)\s+(?:sepenuhnya\s+)?"
                            r"(?:berada\s+|ada\s+)?(?:di\s+tangan|menjadi\s+tanggung\s*jawab)\s+(?:pembaca|investor|anda)\b"
                            r"[^.!?]{0,60}[.!]?")
_NOT_LIABLE: Final = (r"(?:[\w.]+(?:\s+[\w.]+){0,2}\s+)?tidak\s+(?:ber)?tanggung\s*jawab\s+atas\b"
                      r"(?=[^.!?]{0,200}\b(?:investasi|kerugian|keuntungan)\b)[^.!?]{0,200}[.!]?")
# The outlet's commission on what its readers buy through its links (affiliate_disclosure): "Liputan6.com dapat
# memperoleh komisi …", "Kami mungkin menerima sebagian komisi …".
_COMMISSION: Final = (r"(?:kami|redaksi|penulis|[\w.]+(?:\s+[\w.]+){0,2})\s+(?:dapat|bisa|mungkin|akan)\s+"
                      r"(?:memperoleh|mendapatkan|mendapat|menerima)\s+(?:sebagian\s+|sejumlah\s+)?komisi\b")
# English reader-support appeals (support_prompt): the outlet says its readers fund it ("Magdalene is supported by
# readers.", "We are reader-funded."), asks to support its journalism or to become a member, or shows a donate button.
# Their tails take no comma: "Support our journalism, the editor told readers at the event." is the story's.
# "X is funded by (its) readers": a promo when it says no more (at most "like you"), when a support call follows it, or
# when "we" say it; "Tempo is largely funded by readers who subscribe to its digital edition." or "… funded by its
# readers and a handful of foundations." says more: a story's sentence about some outlet (h103 probe).
_FUNDED_BY_READERS: Final = (
    r"\s+(?:(?:a|an)\s+)?(?:(?:proudly|entirely|mostly|largely|fully|only)\s+)?"
    r"(?:reader[- ](?:supported|funded|powered)|(?:supported|funded|powered|made\s+possible)\s+by\s+(?:(?:its|our)\s+)?"
    r"(?:readers|you)\b)")
_READER_FUNDED: Final = (
    rf"(?:we\s+are{_FUNDED_BY_READERS}[^.!?,]{{0,60}}[.!]?"
    rf"|(?:[\w.'\u2019&-]+\s+){{1,4}}is{_FUNDED_BY_READERS}(?:\s+like\s+you)?[.!]?)")
_SUPPORT_OBJECT: Final = (r"(?:us|our\s+(?:[\w-]+\s+){0,2}?(?:journalism|work|reporting|newsroom|mission)"
                          r"|(?:independent|quality|public[- ]interest|feminist|local|(?:[\w.]+\s+){0,2}[\w.]+(?:'s|\u2019s)?)"
                          r"\s+(?:[\w-]+\s+)?journalism)\b")
_SUPPORT_CALL: Final = (r"(?:please\s+)?(?:support|donate\s+to|fund|back|consider\s+(?:supporting|donating\s+to|backing))\s+"
                        rf"{_SUPPORT_OBJECT}[^.!?,]{{0,80}}[.!]?")
_MEMBERSHIP_CALL: Final = (r"(?:please\s+)?(?:consider\s+becoming|become)\s+an?\s+(?:[\w.]+\s+){0,2}?"
                           r"(?:member|patron|supporter|donor|subscriber)s?(?:\s+(?:today|now|here))?"
                           r"(?:\s+(?:and|to)\s+(?:support|help|fund)\b[^.!?,]{0,80})?\s*[.!\u00bb>]*")
_DONATE_BUTTON: Final = r"(?:donate|make\s+a\s+(?:donation|contribution))(?:\s+(?:now|today|here))?\s*[.!\u00bb>]*"
_IF_YOU_VALUE: Final = (r"if\s+you\s+(?:like|value|enjoy(?:ed)?|appreciate|found\s+value\s+in|liked)\s+(?:this|our|what)\b"
                        r"[^.!?]{0,60}?,?\s+(?:please\s+)?(?:consider\s+)?(?:support(?:ing)?\s+us|donat(?:e|ing)|"
                        r"becom(?:e|ing)\s+an?\s+(?:[\w.]+\s+){0,2}?(?:member|patron|supporter|subscriber)|"
                        r"subscrib(?:e|ing)|mak(?:e|ing)\s+a\s+(?:donation|contribution))\b[^.!?,]{0,80}[.!]?")
_YOUR_SUPPORT: Final = (r"your\s+(?:support|donations?|contributions?|membership)\s+(?:helps?|allows?|enables?|keeps?|makes?)"
                        r"\s+(?:us|our\s+(?:[\w-]+\s+){0,2}?(?:journalism|work|reporting|newsroom)|(?:independent\s+)?journalism)\b"
                        r"[^.!?,]{0,100}[.!]?")
# A user-generated column's lead sentence (h57 probe): "Tribunners merupakan platform jurnalisme warga."
COLUMN_LEAD: Final = (r"[a-z][a-z0-9.-]*(?:\s+[a-z0-9.-]+){0,3}\s+(?:adalah|merupakan)\s+(?:sebuah\s+)?"
                      rf"{_COLUMN_PLATFORM}\s*[.!]?")
# The post's own lead (h71: GNFI): "Artikel ini dibuat oleh Kawan GNFI, platform user-generated content untuk berbagi
# kabar baik." It names itself ("ini"): no story's sentence, so the notice wherever it stands, a purpose after the
# platform included.
_SELF_NAMED_LEAD_START: Final = (r"(?:artikel|tulisan|konten)\s+ini\s+(?:dibuat|ditulis)\s+oleh\s+(?:[\w.-]+\s+){0,3}?"
                                 r"[\w.-]+,?\s+(?:(?:sebuah|yang\s+merupakan)\s+)?")
_SELF_NAMED_COLUMN_LEAD: Final = (
    rf"{_SELF_NAMED_LEAD_START}{_COLUMN_PLATFORM}(?:\s+(?:untuk|yang)\s+[^.!?]{{1,100}})?\s*[.!]?")
# The same lead with its platform told in other words ("… oleh Kawan GNFI, platform opini dan komunitas Good News From
# Indonesia.", h204 probe): a notice's only with another of the notice's sentences after it (_UGC_NOTICE). Alone it may
# be a story's ("Konten ini dibuat oleh akun Facebook Info Terkini, platform yang kerap membagikan tautan judi online."
# in a fact check, h207 probe).
_SELF_NAMED_LEAD_OTHER_WORDS: Final = (
    rf"{_SELF_NAMED_LEAD_START}(?:platform|wadah|komunitas)\s+(?:[^.!?]|\.(?=\w)){{1,100}}[.!]")

# A user-generated post's notice (h187 probe: GNFI's "Tulisan ini merupakan kiriman dari penulis (Kawan GNFI). Isi tulisan
# sepenuhnya menjadi tanggung jawab penulis."): a block made only of the notice's sentences, in any order, each one of
# them whole — who sent the post, that its content is the writer's responsibility (or outside the editors'), that it is
# the writer's own opinion and not the newsroom's, the platform's lead, the call to write one's own after them. Forms:
# Kompasiana ("Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan
# redaksi Kompas."), detikcom's Suara Pembaca ("Tulisan ini adalah kiriman dari pembaca detik, isi dari tulisan di luar
# tanggung jawab redaksi. Ingin membuat tulisan kamu sendiri? Klik di sini sekarang!") and Kolom, kumparan's user
# stories, GNFI's Kawan GNFI, IDN Times Community. A story's sentence about such a notice ("Menurut Dewan Pers, isi
# tulisan …") or a notice's sentence before the story's own ("Tulisan ini merupakan kiriman dari pembaca. Kami menerima
# banyak surat serupa …") is no notice: each sentence is one of the notice's, none runs on past its end.
# Within a sentence: anything but its end; a dot inside a word ("detik.com", "Kompas.id") is no end.
_IN_SENTENCE: Final = r"(?:[^.!?]|\.(?=\w))"
_NOTICE_POST: Final = r"(?:konten|artikel|tulisan|opini|berita|postingan|cerita)\s+ini"
_UGC_SENDER: Final = (r"(?:penulis|kontributor|warganet|netizen|pembaca|pengguna|user|member|anggota|bloger|blogger"
                      r"|kawan|rekan|citizen)")
# "Tulisan ini merupakan kiriman dari penulis (Kawan GNFI)", "Artikel ini adalah kiriman warganet melalui kanal …"
_UGC_SUBMITTED: Final = (rf"{_NOTICE_POST}\s+(?:adalah|merupakan)\s+(?:(?:tulisan|artikel|konten|karya(?:\s+tulis)?)\s+)?"
                         rf"kiriman\s+(?:dari\s+)?(?:para\s+|seorang\s+)?{_UGC_SENDER}\b{_IN_SENTENCE}{{0,120}}[.!]?")
# The writer's responsibility with more subjects than the notice alone takes: "Seluruh isi artikel …", "Konten ini menjadi
# tanggung jawab bloger …", "Semua karya tulis yang dibuat adalah sepenuhnya tanggung jawab dari penulis."; "Artikel ini
# ditulis oleh Rina, isi sepenuhnya tanggung jawab penulis." (the writer named before it).
_UGC_RESPONSIBILITY: Final = (
    rf"(?:{_NOTICE_POST}\s+(?:(?:ditulis|dibuat|dikirim)\s+oleh|(?:adalah|merupakan)\s+(?:karya|tulisan)\s+(?:dari\s+)?)"
    r"\s*(?:[\w.()-]+\s+){0,5}?[\w.()-]+\s*[,.;]\s+)?"
    r"(?:(?:seluruh|segala|semua)\s+)?(?:isi\s+(?:dari\s+)?(?:(?:artikel|tulisan|konten)\s+(?:ini\s+)?)?"
    r"|konten\s+ini\s+|karya\s+tulis\s+(?:yang\s+(?:dibuat|dimuat|dikirim)\s+)?)(?:adalah\s+)?"
    rf"{_WRITER_RESPONSIBILITY_REST}")
# Outside the editors' responsibility: "Isi dari tulisan di luar tanggung jawab redaksi.", "Redaksi tidak bertanggung
# jawab atas isi tulisan ini."
_UGC_NOT_EDITORS: Final = (
    r"(?:(?:(?:seluruh|segala|semua)\s+)?isi\s+(?:dari\s+)?(?:artikel|tulisan|konten)(?:\s+(?:ini|tersebut))?"
    rf"|{_NOTICE_POST})\s+(?:berada\s+)?di\s+luar\s+tanggung\s*jawab\s+(?:dari\s+)?(?:redaksi|media)\b"
    r"(?:\s+[\w.-]+){0,2}\s*[.!]?"
    r"|redaksi\s+tidak\s+(?:ber)?tanggung\s*jawab\s+atas\s+(?:isi\s+)?(?:tulisan|artikel|konten)"
    r"(?:\s+(?:ini|tersebut))?\s*[.!]?")
# The writer's own opinion, not the newsroom's: "Tulisan ini adalah opini pribadi penulis dan tidak mencerminkan
# pandangan redaksi.", "Tulisan dari Andi Saputra tidak mewakili pandangan dari redaksi kumparan".
_UGC_OWN_OPINION: Final = (
    rf"{_NOTICE_POST}\s+(?:adalah|merupakan)\s+(?:sepenuhnya\s+)?(?:opini|pendapat|pandangan)\s+pribadi\s+(?:dari\s+)?"
    rf"(?:penulis|pengirim|kontributor)\b{_IN_SENTENCE}{{0,150}}[.!]?"
    r"|(?:tulisan|artikel|opini|konten)\s+(?:ini|dari\s+(?:[\w.-]+\s+){0,4}?[\w.-]+)\s+tidak\s+(?:mewakili|mencerminkan)\s+"
    rf"(?:pandangan|sikap)\s+(?:dari\s+)?(?:redaksi|media)\b{_IN_SENTENCE}{{0,80}}[.!]?")
# A member community's post: "Artikel ini merupakan karya tulis anggota IDN Times Community."
_UGC_COMMUNITY_POST: Final = (
    r"(?:konten|artikel|tulisan)\s+ini\s+(?:adalah|merupakan)\s+(?:karya\s+(?:tulis\s+)?|tulisan\s+)"
    rf"(?:dari\s+)?(?:anggota|pengguna|member|kontributor)\s+(?:[\w.-]+\s+){{0,3}}?(?:community|komunitas)\b"
    rf"{_IN_SENTENCE}{{0,120}}[.!]?")
# The call to write one's own under the notice: "Ingin membuat tulisan kamu sendiri? Klik di sini sekarang!"
_UGC_WRITE_CALL: Final = (r"(?:ingin|mau)\s+(?:membuat|menulis|mengirim)\b[^.!?]{0,60}\?"
                          r"(?:\s*(?:klik|kirim|tulis|yuk|ayo)\b[^.!?]{0,60}[.!]?)?")
_UGC_NOTICE_SENTENCE: Final = (rf"(?:{_UGC_SUBMITTED}|{_UGC_RESPONSIBILITY}|{_UGC_NOT_EDITORS}|{_UGC_OWN_OPINION}"
                               rf"|{_UGC_COMMUNITY_POST}|{COLUMN_LEAD}|{_SELF_NAMED_COLUMN_LEAD})")
# One to five of the notice's sentences; after the first, the responsibility of "Tulisan ini" too (alone, the
# opinion_disclaimer's line) and the call to write.
_UGC_NOTICE: Final = (rf"(?:{_UGC_NOTICE_SENTENCE}|{_SELF_NAMED_LEAD_OTHER_WORDS}(?=\s+(?:{_UGC_NOTICE_SENTENCE}"
                      rf"|(?:artikel|tulisan)\s+ini\s+{_WRITER_RESPONSIBILITY_REST})))"
                      rf"(?:\s+(?:{_UGC_NOTICE_SENTENCE}|{_UGC_WRITE_CALL}"
                      rf"|(?:artikel|tulisan)\s+ini\s+{_WRITER_RESPONSIBILITY_REST})){{0,4}}")


# A channel of the outlet's, and the box's call to follow it (channel_statement_promo): "saluran WhatsApp", "WhatsApp
# Channel", "Google News", "LINE Today"; "ikuti di sini", "gabung saluran kami di sini", "Klik tautan ini untuk bergabung".
_CHANNEL: Final = (r"(?:(?:saluran|kanal|channel|grup|group|akun)\s+)?(?:whats\s*app|telegram|google\s+news"
                   r"|line(?:\s+today)?|youtube|instagram|tiktok)(?:\s+(?:channel|group|grup))?")
_CHANNEL_CALL: Final = (
    r"(?:(?:ikuti|gabung|bergabung(?:lah)?|follow|join|subscribe)(?:\s+(?:saluran|channel|kanal|kami|sekarang))*"
    r"(?:\s+(?:di\s*sini|sekarang|(?:lewat|melalui|di)\s+(?:tautan|link)\s+(?:ini|berikut|di\s+bawah(?:\s+ini)?)))?"
    r"|(?:klik|ketuk|tap)\s+(?:di\s*sini|(?:tautan|link|tombol)(?:\s+\w+)?\s+(?:ini|berikut|di\s+bawah(?:\s+ini)?))"
    r"(?:\s+untuk\s+(?:bergabung|mengikuti(?:nya)?|follow|join|berlangganan))?)")


# A channel statement's parts (channel_statement_promo): the outlet's news ("Kabar terbaru ", then its name), and that
# it is now on a channel ("kini hadir di saluran WhatsApp", owned by "kami" or the outlet at most).
_NEWS_OF: Final = (r"(?:kabar|berita|informasi|info|update|konten)(?:\s+(?:terbaru|terkini|pilihan|terpopuler|harian"
                   r"|utama))*\s+(?:dari\s+)?")
_NOW_AT_CHANNEL: Final = (
    r"(?:\s+(?:kini|sekarang|juga|telah|sudah|pun))*\s+(?:hadir|tersedia|ada|(?:bisa|dapat)\s+(?:diikuti|dipantau"
    r"|diakses|dibaca|dinikmati|didapatkan|diperoleh))(?:\s+(?:juga|pula|langsung))?\s+(?:di|lewat|melalui|via)\s+"
    rf"{_CHANNEL}")
_NOW_ON_CHANNEL: Final = rf"{_NOW_AT_CHANNEL}(?:\s+(?:kami|resmi(?:\s+kami)?|{_OWN_OUTLET}))?"
# English: the outlet "is (now) on Instagram".
_EN_NOW_ON: Final = rf"(?:is|are)(?:\s+(?:now|also))*\s+(?:on|available\s+on)\s+{_CHANNEL}"
# The channel owned in the first person ("… di WhatsApp Channel kami."): the outlet speaking, as the box's call is.
_OUR_CHANNEL: Final = rf"{_NOW_AT_CHANNEL}\s+(?:resmi\s+)?kami"


# A read-with-fewer-ads upsell (ad_free_upsell): reading without, free of, or with fewer ads, and the call to buy it.
_FEWER_ADS: Final = (r"(?:(?:tanpa|bebas(?:\s+dari)?|minim)\s+(?:(?:banyak|gangguan)\s+)?iklan|(?:(?:dengan|lebih)\s+)*sedikit\s+iklan"
                     r"|(?:dengan\s+)?iklan\s+(?:yang\s+)?(?:lebih\s+)?(?:sedikit|minim)|ad[-\s]?free|(?:fewer|less|no|without)\s+ads)"
                     r"\b(?:\s+yang\s+mengganggu|\s+lagi|\s+sama\s+sekali)?")
_READ_WORD: Final = (r"(?:(?:ingin|mau|pengen|yuk|ayo)\s+)?(?:nikmati|menikmati|baca|membaca|akses|mengakses|rasakan|read"
                     r"|reading|enjoy)\b")
# Between the reading verb and the offer: common words, a reading noun in any case (a title-case banner: "Baca Berita
# Tanpa Iklan"), or the outlet's own spelling, never another's product ("Nikmati Spotify tanpa iklan. Berlangganan
# Premium sekarang." quoted in a story about Spotify; h105).
_READ_NOUN: Final = r"(?:berita|artikel|konten|tulisan|news|articles?|content)\b"
_READ_WHAT: Final = rf"(?:\s+(?:{_READ_NOUN}|(?-i:[a-z][\w-]*)|{_OWN_OUTLET}|\d[\w-]*)){{0,10}}?"
# The subscribe verb of an upsell's call.
_SUBSCRIBE: Final = (r"(?:berlangganan|langganan|subscribe|upgrade|coba|try|get|daftar|gabung|beli|aktifkan"
                     r"|jadi(?:lah)?\s+(?:pelanggan|member|anggota))")
# The call: a button ("Klik di sini"), or to subscribe, try or upgrade to the outlet's product, maybe "sekarang".
_UPSELL_CALL: Final = (r"(?:(?:klik|ketuk|tap)\s+(?:di\s*sini|(?:tautan|link|tombol)\s+(?:ini|berikut))"
                       rf"|{_SUBSCRIBE}(?:\s+(?:sekarang|now|di\s*sini|here|gratis))?"
                       rf"(?:\s+(?:ke\s+)?(?:(?:versi|paket|layanan|akun)\s+)?{_OUTLET}(?:\s+(?:sekarang|now|di\s*sini|here))?)?)")
# The call naming the outlet's own product in its own spelling ("Berlangganan Kompas.com+ sekarang"): the offer before
# it is the outlet's whatever its words ("Nikmati membaca Kompas tanpa iklan."; h106).
_OWN_UPSELL_CALL: Final = (rf"{_SUBSCRIBE}(?:\s+(?:sekarang|now))?\s+(?:ke\s+)?(?:(?:versi|paket|layanan|akun)\s+)?"
                           rf"{_OWN_OUTLET}(?:\s+(?:sekarang|now|di\s*sini|here))?")
_OUTLET_UPSELL: Final = (
    rf"{_READ_WORD}{_READ_WHAT}\s+{_FEWER_ADS}\s*[.!?,:]\s*{_UPSELL_CALL}\s*[.!]*"
    rf"|{_READ_WORD}(?:\s+[^\s.!?,:]+){{0,10}}?\s+{_FEWER_ADS}\s*[.!?,:]\s*{_OWN_UPSELL_CALL}\s*[.!]*"
    rf"|{_UPSELL_CALL}\s+(?:untuk|agar|supaya|biar|dan|to|for)\s+(?:[^.!?]{{0,40}}?\s)?{_FEWER_ADS}\s*[.!]*")
# One capitalised brand read without ads, then the bare call to subscribe ("Nikmati berita Tempo tanpa iklan.
# Berlangganan sekarang.", "Baca Kompas tanpa iklan, berlangganan sekarang."; h106): a call naming no product is the
# outlet's own box. A brand not the page's host's is cleaning.strip_residue's veto (upsell_brand): "Nikmati Spotify
# tanpa iklan. Berlangganan sekarang." quoted in a story on another outlet's page.
_BRAND_UPSELL: Final = (rf"{_READ_WORD}{_READ_WHAT}\s+(?-i:(?P<brand>[A-Z][\w.+-]*))\s+{_FEWER_ADS}\s*[.!?,:]\s*"
                        r"(?:berlangganan|langganan|subscribe)(?:\s+(?:sekarang|now))?\s*[.!]*")


# A podcast promo (listen_promo): listen to the outlet's news (a digest, a talk, an episode) or to the outlet's podcast,
# where (its podcast, a podcast platform) and when ("setiap pagi"). The news's words are common ones or the outlet's:
# "Dengarkan ulasan lengkap Deddy Corbuzier di Spotify" is someone else's show.
_PODCAST: Final = r"(?:podcast|siniar)"
_PODCAST_PLATFORM: Final = r"(?:spotify|apple\s+podcasts?|google\s+podcasts?|noice|castbox|soundcloud)"
_SCHEDULE: Final = (r"(?:setiap|tiap)\s+(?:hari|pagi|siang|sore|malam|pekan|minggu|bulan|senin|selasa|rabu|kamis|jumat|sabtu)"
                    r"(?:\s+(?:pagi|siang|sore|malam))?")
_PODCAST_PROMO: Final = (
    r"(?:dengarkan|simak|putar)(?:\s+(?:juga|pula|terus))?\s+"
    # the outlet's own spelling or "kami" in it: "Dengarkan episode lengkapnya di Spotify." is a podcaster's call a
    # story quotes (h105)
    rf"(?=(?:[^.!?]|\.(?=\w)){{0,160}}?(?:\b{_OWN_OUTLET}|\bkami\b))"
    rf"(?=[^.!?]{{0,160}}\b(?:{_PODCAST}|{_PODCAST_PLATFORM})\b)"
    rf"(?:{_PODCAST}\s+(?:{_OWN_OUTLET}|kami)"
    r"|(?:rangkuman|ringkasan|berita|kabar|ulasan|obrolan|bincang|episode)(?:\s+(?![\w-]*(?:itu|tersebut)\b)"
    rf"(?!di\b|lewat\b|melalui\b|via\b|dalam\b|setiap\b|tiap\b)(?:(?-i:[a-z][a-z-]*)\b|{_OWN_OUTLET})){{0,3}})"
    rf"(?:\s+(?:{_SCHEDULE}|(?:di|lewat|melalui|via|dalam)\s+(?:{_PODCAST}(?:\s+(?:{_OUTLET}|kami))?|{_PODCAST_PLATFORM})))*"
    r"\s*[.!]?")


# English openers of a site's newsletter or social promo a writer's own closing line may open with too ("Stay informed,
# check the facts, …", h118 probe): a follow_channel_promo opening so is residue closing the body only
# (cleaning._closing_only).
ENGLISH_STAY_OPENER: Final = r"(?:stay\s+(?:up[\s-]to[\s-]date|informed|in\s+the\s+loop)|keep\s+up(?:\s+to\s+date)?\s+with)"
# The site's own newsletter or account ("our"/"us on" saying whose) and the verbs signing up to it.
_OWN_CHANNEL: Final = (r"(?:(?:our|us\s+on)\s+(?:(?:free|daily|weekly|e-?mail)\s+)?(?:newsletters?|instagram|facebook"
                       r"|tiktok|twitter|x|youtube|threads|linkedin|whats\s*app|telegram|social\s+media|socials)\b"
                       # ... or its handle: "Follow us at @coconutsbali for the latest news" (h177)
                       r"|us\s+(?:at|on)\s+@[\w.]{2,})")
_SIGN_UP_VERB: Final = (r"(?:follow(?:s|ing)?|sign(?:s|ing)?\s+up\s+(?:to|for)|subscrib(?:e|es|ing)\s+to"
                        r"|join(?:s|ing)?)")


# A share button's word and the networks a share row names (share_counter's, h287 A).
_SHARE_VERB: Final = r"(?:shares?(?:\s+this)?|bagikan|sebarkan|tweets?|pins?|likes?)"
_SHARE_TOKEN: Final = rf"(?:{_SHARE_VERB}|facebook|twitter|whatsapp|telegram|linkedin|e-?mail|pinterest)"
# A copy-link button's label or its toast (share_label's): "Salin tautan", "Copy link", "Tautan disalin", "Bagikan tautan".
COPY_LINK_LABEL: Final = (r"(?:(?:bagikan|share)\s+(?:tautan|link)"
                          r"|(?:salin|copy)\s+(?:tautan|link|url)(?:\s+(?:artikel|berita)(?:\s+ini)?)?"
                          r"|(?:tautan|link|url)\s+(?:(?:berhasil\s+)?(?:disalin|tersalin)|copied))")
_COPY_LINK_LABEL_RE: Final = re.compile(COPY_LINK_LABEL + r"\s*[:!.\u00bb>]*", re.IGNORECASE)


def is_copy_link_label(text: str) -> bool:
    """Whether a tidied line is a copy-link button's label or toast alone (COPY_LINK_LABEL)."""
    return len(text) <= 40 and _COPY_LINK_LABEL_RE.fullmatch(text) is not None


# The page's update note (page_update_note): the page named, a change's verb, maybe a date and a time only after it.
# Not "laporan ini"/"this report": a report the story tells of may be a document's.
_THIS_PAGE: Final = (r"(?:(?:artikel|berita|tulisan|konten|liputan|postingan|halaman)\s+ini"
                     r"|this\s+(?:article|story|post|page))")
# A correction ("dikoreksi", "diralat", "corrected") is not among them: a correction notice is the editors' word to the
# reader, kept as "Ralat: …" is (h302 N-c).
_PAGE_CHANGED: Final = (r"(?:(?:telah|sudah|sempat)\s+)?(?:terakhir\s+)?(?:di(?:perbarui|perbaharui|mutakhirkan|update"
                        r"|revisi|ubah)|mengalami\s+(?:pembaruan|pembaharuan|pemutakhiran|perubahan|revisi)"
                        r"|(?:has|had)\s+been\s+(?:last\s+)?(?:updated|revised|edited)"
                        r"|was\s+(?:last\s+)?(?:updated|revised|edited))")
# A date's and a clock's words only: "pada Kamis, 16 Mei 2024 pukul 18.40 WIB", "on May 16, 2024 at 6:40 p.m.",
# "Senin (20/1/2025) pukul 15.00 WITA". No other word: "setiap pekan", "dengan keterangan polisi" are the story's.
_WHEN_WORD: Final = (rf"(?:{word_alternation((*DAY_NAMES, *MONTH_BY_NAME))}|pada|on|at|pukul|pkl\.?|jam|tanggal|tgl\.?"
                     r"|hari|wib|wita|wit|(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[ap]\.?m\.?"
                     r"|\d{1,4}(?:st|nd|rd|th)?(?:[./:-]\d{1,4}){0,2}(?:\s*[ap]\.?m\.?)?)(?![\w'])")
_PAGE_UPDATE_NOTE: Final = (rf"{_THIS_PAGE}\s+{_PAGE_CHANGED}"
                            rf"(?:[\s,()\u2013\u2014-]+{_WHEN_WORD}(?:[\s,()/\u2013\u2014-]*{_WHEN_WORD}){{0,12}}\)?)?"
                            r"\s*[.!]?")


def _residue(name: str, regex: str, emitted_by: str, requires_any: tuple[str, ...] = (),
             requires_char: str = "") -> ResiduePattern:
    return ResiduePattern(name, re.compile(regex, re.IGNORECASE), emitted_by, requires_any, requires_char)


# Desk sign-off: short lowercase initials ("wid"), 2-4 groups of them separated by "/" ("mea/mea"), the
# title-case slash form liputan6 uses ("Dio/Ysl", PAGE), or "*". Case-sensitive, so a bracketed proper
# noun like "(AP)" or "(Antara)" is not mistaken for one.
DESK_SINGLE: Final = r"[a-z]{2,6}"
# The desk's letters and the reporter's number, alone: Bali Post's "(kmb32)", JPNN's "(mcr19)" (h142 probe). Lowercase
# only, so a code of the story's own ("(COVID-19)", "(G20)", "(K3)", "(PP 24)") or a year or count "(2024)", "(12)"
# never reads as one. Three or four letters, as the desks write them, and never a word of the story's own written small
# with its number (h147 probe: "(km2)", "(co2)", "(pm10)", "(rx100)", "(uu19)", "(mp3)", "(sd1)" have two letters;
# _STORY_CODE_LETTERS: a school's "(smpn1)", a crime scene's "(tkp1)", a phone's "(iph15)", a unit's "(kwh2)").
_STORY_CODE_LETTERS: Final = (
    # schools
    "sdn", "sdit", "smp", "smpn", "smpit", "sma", "sman", "smk", "smkn", "slb", "mts", "mtsn", "min", "man", "sltp", "slta",
    # places, papers, rules, levels
    "tkp", "pos", "ktp", "sim", "ppkm", "psbb", "kuhp", "tol", "gol", "lvl", "ring", "zona", "pasal",
    # units
    "kwh", "mah", "mbps", "kbps", "gbps", "ghz", "mhz", "khz", "mpa", "kpa", "psi", "rpm", "bar", "ton", "tbs",
    # chemicals, formats, devices
    "aac", "wav", "usb", "lte", "dvd", "iph", "gtx", "rtx", "gen", "ver", "seri")
DESK_NUMBERED: Final = (rf"(?!(?:{'|'.join(sorted(_STORY_CODE_LETTERS, key=len, reverse=True))})\d)"
                        r"[a-z]{3,4}\d{1,3}")
# Codes with digits among the initials: Pikiran Rakyat's "(A-186/A-147)", ANTARA's "(T.H016/B012)", Jawa Pos
# group's "(ozy/c1/ary)".
# ANTARA's correspondents' codes before 2015 (h24 probe): "(T.KR-IFR/B013)", "(U.KR-BPY/A/S026)", "(U.SDP-05/B/Z002)":
# a wire letter, a bureau and its reporter, a lone desk letter.
# A lone desk letter before a slash, either case: ANTARA's "(U.KR-BPY/A/S026)", Haluan's "(h/rvo)" (h159 probe).
# A Jawa Pos group trainee reporter ("cr", calon reporter, maybe numbered) and the trainee's initials after a hyphen:
# Lombok Post's "(cr-wan/r6)", "(cr-ewi)" (h211 probe, 2013). Lowercase and led by "cr": a story's "(e-ktp)" is none.
DESK_TRAINEE: Final = r"cr\d{0,2}-[a-z]{2,5}"
_DESK_CODE_PART: Final = (r"(?:[A-Z]{1,2}-\d{1,3}|[A-Z]\.?[A-Z]?\d{2,4}|[a-z]{1,4}\d{1,3}"  # JPNN's "mcr19" too
                          rf"|{DESK_TRAINEE}|[A-Z]\.[A-Z]{{2,4}}-[A-Z0-9]{{2,4}}|[A-Za-z](?=\s*/))")
# A unit after a slash makes a rate, no desk's initials: "(g/kg)", "(m/detik)", "(km/jam)", "(x/hari)", "(l/detik)"
# (h166 probe: a list's last item closing the story, "berat badan (g/kg)", lost its unit).
_PER_UNIT: Final = (r"(?:detik|dtk|jam|menit|hari|minggu|bulan|tahun|thn|kg|km|gram|gr|g|mg|liter|ltr|l|ml|ha|hektare"
                    r"|hektar|m|cm|mm|m2|m3|kapita|orang|jiwa|unit|kwh|barel|ekor|porsi|dosis|kali|lembar|buah|pcs|sks"
                    r"|mil|knot|kk|rumah|siswa|pasien|penduduk|pax|org|bln|malam|anak|hr)")
# The Jawa Pos group's star standing for the reporter its "Laporan …" line names, then the desk's initials or codes:
# Riau Pos 2015's "(*/yls)", FAJAR's "(*/ham)", Kaltim Post's "(*/dq/rom/k8)" (h265 probe; README). Lower case after the
# star, a "k8" or "c1" desk code among them, after the first part any letter's code ("(*/ham/r6)", h269).
DESK_STARRED: Final = r"\*\s*/\s*(?:[a-z]{2,6}|[kc]\d{1,2})(?:\s*/\s*(?:[a-z]{2,6}|[a-z]\d{1,2})){0,2}"
DESK_MULTI: Final = (rf"(?![^()\[\]]{{0,40}}?/\s*{_PER_UNIT}(?![A-Za-z0-9]))"
                     rf"(?:{DESK_STARRED}|"
                     r"[a-z]{2,6}(?:\s*/\s*[a-z]{2,6}){1,3}|[A-Za-z][a-z]{1,5}(?:\s*/\s*[A-Za-z][a-z]{1,5}){1,3}"
                      rf"|(?:{_DESK_CODE_PART}|[A-Za-z][a-z]{{1,5}})(?:\s*/\s*(?:{_DESK_CODE_PART}|[A-Za-z][a-z]{{1,5}})){{1,3}})")
# Media Indonesia's desk codes, alone or after a contributor's initials: "(H-4)", "(E-2)", "(Sru/P-5)".
# A Jawa Pos group trainee's code alone, "(cr-ewi)" (DESK_TRAINEE), is one too.
DESK_CODE: Final = rf"(?:(?:[A-Za-z]{{2,6}}/)?[A-Z]{{1,2}}-\d{{1,3}}|{DESK_TRAINEE})"
# Suara Merdeka's print desk codes, a letter with the reporter's number, a hyphen, the editor's number: "(H68-37)",
# "(K17-60)" (h211 probe, 2011 cetak pages). A product's model may have the same shape (a phone's "(H68-37)"), so it
# signs off only after a sentence's end closing the body (cleaning's sign-off rules), or as a block alone.
DESK_PRINT_CODE: Final = r"[A-Z]\d{1,2}-\d{1,3}"
_DESK_INITIALS: Final = rf"(?:\*|{DESK_SINGLE}|{DESK_NUMBERED}|{DESK_MULTI}|{DESK_CODE}|{DESK_PRINT_CODE})"

# Credits' "… by" labels: a writer's ("Written by", "Reported by", "Compiled by") and the desk's, an editor's and a
# translator's ("Edited by", "Translated by": setkab's English pages close "Translated by: A<br>Edited by: B", h111
# probe), the desk's in Indonesian too, a passive before "oleh" ("Diedit oleh", "Disunting oleh", "Diterjemahkan oleh":
# Tech in Asia Indonesia's "(Diedit oleh <a href=/author/…>A</a>)" under the story, h122 probe). One vocabulary: the
# body's credit lines (CREDIT_LABEL) and the authors' byline and editor labels (fields.authors) read these words.
WRITER_BY_WORDS: Final = r"(?:written|reported|compiled|words)"
EDITED_BY_LABEL: Final = r"(?:edited\s+by|(?:diedit|disunting)\s+oleh)"
DESK_BY_LABEL: Final = rf"(?:{EDITED_BY_LABEL}|translated\s+by|diterjemahkan\s+oleh)"
CREDIT_BY_LABEL: Final = rf"(?:{WRITER_BY_WORDS}\s+by|{DESK_BY_LABEL})"
# Labels of credit lines ("Editor: Name"). The colon is required: "Editor senior itu ..." is prose (an English "… by"
# label may go without it before names alone, _CREDIT_LINE). With the web desk's and production's roles a credit block
# lists under the writer's (TIMES Indonesia's "Pewarta : …<br>Editor : …<br>Publisher : …", h78 probe): publisher,
# uploader, copy editor, redaktur pelaksana, penanggung jawab, layouter.
# A production's labels (a video desk's "Produksi: Tim Kabar", TIMES Indonesia's "Publisher : Sholeh") are also a film's
# or a show's credits and a table's data labels ("Produser: Mira Lesmana" under "Sutradara: Riri Riza"; "Produksi: Jawa
# Timur 9,94 juta ton": h116 probe): a newsroom's credit there only before names alone (_CREDIT_LINE).
_PRODUCTION_LABEL: Final = r"(?:produksi|produser|kurator|publisher)"
_STAFF_LABEL: Final = (
    r"(?:(?:video\s+|copy\s+)?editor|reporter|penulis|pewarta|redaktur(?:\s+pelaksana)?|penyunting(?:\s+bahasa)?"
    r"|kontributor|fotografer|videografer|translator|penerjemah|laporan|ilustrator"
    rf"|uploader|penanggung\s+jawab|layouter|tata\s+letak|sumber|rep|red|{CREDIT_BY_LABEL})"
)
CREDIT_LABEL: Final = rf"(?:{_STAFF_LABEL}|{_PRODUCTION_LABEL})"
# A medium's label before its credit's colon: "Video: CNN Indonesia TV", "Foto: Dok. Kemenkes", "Grafis:", "Narasi:"
# (h293 C2: a video page's closing "(Voice Over/Video: CNN Indonesia TV/Tim)"). A part of a bracketed sign-off opening
# with it makes the bracket a media credit line, which names no writer (authors.signoff_credit) and is no story text
# (cleaning.media_credit_block).
MEDIA_CREDIT_LABEL: Final = r"(?:foto|photo|video|grafis|infografis|narasi)\s*[:\uff1a]"
# A production role on a video or graphics desk, named where a writer's name stands ("Voice Over", "Kamerawan Senior",
# "Editor Video"; h293 C2): no person's name holds these words, so no byline reader takes them for one. Data: add a
# role here.
PRODUCTION_ROLE: Final = (r"\b(?:voice[\s-]?over|pengisi\s+suara|narator|narrator|narasi|kamerawan|kamerawati|cameraman"
                          r"|juru\s+kamera|videografer|videographer|(?:editor|penyunting)\s+video|video\s+editor|grafis)\b")
# The value is a name: capitalised, no question ("Reporter: Bagaimana tanggapan Anda?" is an interview's line,
# "Penulis: buku ini ditulis …" a sentence), no sentence going on after a me- verb to its full stop ("Sumber: Dinas
# Kesehatan mencatat 120 kasus DBD hingga pekan ini.", h61 probe; "melalui", "menurut" … are no verbs). Only a source's
# value is read so: a writer's credit with a short bio ("Penulis: Andi Saputra, pegiat literasi yang menetap di Solo.",
# "Reporter: Andi Saputra yang meliput dari Gaza.", h63 probe) is a credit, and a verb after "yang" or an apposition's
# comma describes the name, no sentence of the story.
_SENTENCE_VALUE: Final = (r"[^:|/?!,]{0,60}?(?<!\byang)\s(?-i:me(?!lalui\b|ngenai\b|nurut\b|njelang\b|mang\b)[a-z]{4,})"
                          r"\s[^:|/?!]{2,}[.!]\s*$")
# Names credited in a sentence ("Hammam Izzuddin dan Eka Yudha Saputra", "Andi, Budi, and Citra"): up to five,
# each a capitalised word or up to five of them. A slash joins two people a credit names too, spaced or not ("Redaktur:
# Ratna Nuraini/Elvira Inda Sari", indonesia.go.id 2021, h111 probe); the authors read an unspaced "ANTARA/Nama" as one
# credit (fields.authors), here either is a credit's value all the same.
_CREDIT_NAME: Final = r"(?-i:[A-Z])[\w'.-]{0,20}(?:\s+(?-i:[A-Z])[\w'.-]{0,20}){0,4}"
CREDIT_NAMES: Final = rf"{_CREDIT_NAME}(?:(?:\s*[,/]\s*|,?\s+(?:dan|and|serta|&)\s+){_CREDIT_NAME}){{0,4}}"
# A credit line: a staff label with its colon before a capitalised value, a production's before names alone, more names
# joined by slashes after either (up to four: "Redaktur: A/B", "A / B"; each a name: capitalised words, no figure, no
# lower-case word but a name's particle, so "Produser: Mira Lesmana/Riri Riza" is names and "Produksi: Jawa Timur 9,94
# juta ton/Jawa Tengah …" a table's data), an English "… by" one without it too when only names follow ("Edited by Yuyu
# Mulyani"; "Written by a team of …", "Written by A, who covers Solo" stay prose).
_CREDIT_VALUE: Final = r"(?-i:[A-Z])[^:|/?!]{0,59}"
_NAME_WORD: Final = r"(?-i:[A-Z])(?:[^\W\d_]|['.-](?=[^\W\d_]))*\.?"
_NAME_PARTICLE: Final = r"(?-i:bin|binti|bt|van|von|der|den|de|da|di|del|dos|al|el)"
_NAME_ONLY: Final = rf"{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLE}\s+)?{_NAME_WORD}){{0,5}}"
_NAMES_ONLY: Final = rf"{_NAME_ONLY}(?:(?:\s*,\s*|,?\s+(?:dan|and|serta|&)\s+){_NAME_ONLY}){{0,5}}"
# An outlet after a credit's slash written as its brand is, small first ("Laporan: Galih Purnama/tvOne Solo",
# "Reporter: Andi Saputra/tvOnenews.com", "…/detikcom", "…/iNews Bali"; h202 probe: VIVA's closing credit): a camel-cased
# brand, a domain, or a "…com" name, with up to two capitalised words (its bureau) after it.
_OUTLET_BRAND: Final = (rf"(?-i:[a-z]{{1,12}}(?:[A-Z][\w]*(?:\.(?:com|co\.id|id|net))?|\.(?:com|co\.id|id|net)|com)\b)"
                        rf"(?:\s+{_NAME_WORD}){{0,2}}")
_CREDIT_LINE: Final = (rf"(?!sumber\s*:\s*{_SENTENCE_VALUE})(?:(?:{_STAFF_LABEL}\s*:\s*{_CREDIT_VALUE}"
                       rf"|{_PRODUCTION_LABEL}\s*:\s*{_NAMES_ONLY})(?:\s*/\s*(?:{_NAME_ONLY}|{_OUTLET_BRAND})){{0,3}}"
                       rf"|{CREDIT_BY_LABEL}\s+{CREDIT_NAMES})")

# Words that open a photo/source credit ("Foto/AP", "Sumber: BPS"). Needs ":" or "/" right after, so
# "Foto-foto yang beredar ..." and "(Foto ini diambil ...)" stay.
_CREDIT_WORD: Final = r"(?:foto|photo|(?:(?:banner|featured|header|cover|main|top)\s+)?image|sumber|source|ilustrasi|gambar|grafis|infografis|dok(?:umentasi)?\.?)"
# An English credit line's verb and name: "Image by Ulet Ifansasti/Greenpeace.", "Image courtesy of the Manpower
# Ministry.", "Photo credit: Rhett A. Butler" (h83); a name has no comma, its dots are initials'.
_CREDIT_BY: Final = (r"[(\[]?\s*(?:photo|foto|gambar|image)\s+(?:by|oleh|courtesy(?:\s+of)?|credits?\s*:)\s+"
                     r"(?:[^.!?,()\[\]]|(?<=\b[A-Z])\.){1,50}?[)\]]?\.?")
_CREDIT_TAIL: Final = r"\s*[:/]\s*(?!video\b)[^\s()\[\]][^()\[\]]{0,79}"
# A story's source without its label: the outlet's (or a wire's) name and the agencies it drew on, "Al Jazeera and news
# agencies" under an English desk's heading (aljazeera 2019, h129 probe), "Reuters with agencies", "Kompas.com dan
# kantor berita": the closing "SOURCE: Al Jazeera and news agencies" without its "SOURCE:", wherever the block stands.
# The name is one that can be a source (fields.outlet.SOURCE_NAME_PATTERN: a wire, a paper, a domain): a heading
# "Ministries and Agencies", a list's item "Media Massa dan Kantor Berita" are the story's (h133 probe).
_SOURCE_WITH_AGENCIES: Final = (rf"(?:{SOURCE_NAME_PATTERN})\s+(?:and|with|&|dan|serta)"
                                r"\s+(?:(?:other|news|wire|international)\s+)*(?:agencies|wires)"
                                rf"|(?:{SOURCE_NAME_PATTERN})\s+(?:dan|serta)\s+(?:berbagai\s+)?"
                                r"(?:kantor\s+berita|agensi\s+berita)")
# The longest caption text before its credit ("Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong-un di
# Pyongyang. (Foto: …)"): a longer block ending in a credit is a paragraph of the story with the credit glued on.
_CAPTION_MAX_CHARS: Final = 100
# A photo's credit naming the outlet by its name written as a word (one or two, capitalised) and its photographer by a
# person's name (two to four capitalised words, initials among them), bracketed: republika's "(Republika/Wihdan
# Hidayat)" (h247 V8), "(Tribun Bali/I Komang Agus Aryanta)", "(Project Multatuli/Dian Anggraeni)". Only after a
# sentence's end (the callers'): a parenthesis in a sentence is the story's. An office and its unit, a product's
# platforms are no person: "(Pemda/Dinas PU)", "(Kota/Bank BRI)", "(Windows/Mac OS)"; a desk's sign-off is a word
# or initials on each side: "(Dio/Ysl)", "(esy/jpnn)", "(Jubi/Indrayadi TH)" (trimmed as a sign-off).
# A wire that passes on a handout's photo ("(Indonesian Navy via AP)").
PHOTO_WIRE: Final = r"(?:ap|afp|reuters|antara|epa(?:-efe)?|xinhua|anadolu|getty\s+images|kyodo|yonhap|bernama)\b"
# A handout's photo passed on by a wire, the words of its bracket: "Indonesian Navy via AP", "HO/Indonesian Navy via
# AP/AFP" (liputan6's photo stories). The photo's source is a handout, an office, a person; a report or a dispatch
# passed on by a wire is the story's source note, no photo's credit: "(Laporan Reuters via AFP)", "(Kantor berita
# Xinhua via Antara)", "(Dikutip dari Xinhua via Antara)" (h259 probe R2).
VIA_WIRE_CREDIT: Final = (
    r"(?![^()\[\]]{0,60}?\b(?:laporan|lapor|kantor\s+berita|berita|news(?:\s+agency)?|report(?:ed|ing|s)?|dikutip|"
    r"dilansir|dilaporkan|disiarkan|diberitakan|dikirim|sumber|source|menurut|according|quoted|siaran|wawancara)\b)"
    rf"(?-i:[A-Z@])[^()\[\]]{{0,60}}?\s+via\s+{PHOTO_WIRE}(?:\s*/\s*{PHOTO_WIRE})*")
# A photo's photographer or handout after "Photo by", bracketed words: "Photo by Handout / Indonesian Navy / AFP", "Foto
# oleh Humas Pemprov", "Photo courtesy of the ministry".
PHOTO_BY_CREDIT: Final = r"(?:photo|foto|image|gambar)\s+(?:by|oleh|courtesy(?:\s+of)?)\s+[^()\[\]]{1,60}"
TITLED_OUTLET_PHOTO_CREDIT: Final = (
    r"[(\[]\s*(?-i:[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\s*/\s*"
    r"(?-i:(?:[A-Z]\.?\s+)?[A-Z][a-z][\w'.-]*(?:\s+(?:[A-Z][a-z][\w'.-]*|[A-Z]\.?)){1,3})\s*[)\]]")

# Pictographs, arrows, geometric shapes, dingbats and bullets (with the emoji joiner and variation selector):
# decoration around a promo line ("⬇️ Baca selengkapnya", "👉 Ikuti kami di Google News").
_SYMBOLS: Final = ("\u2022\u2023\u2043\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff"
                   "\U0001f000-\U0001faff\ufe0f\u200d")
_EDGE_SYMBOLS_RE: Final = re.compile(f"^[{_SYMBOLS}\\s]+|[{_SYMBOLS}\\s]+$")
# One such character: the sub changes a text only when its first or last character is one (its "$" alternative is
# tried at every whitespace run of the text).
_EDGE_SYMBOL_RE: Final = re.compile(f"[{_SYMBOLS}\\s]")

# What a scroll or reading prompt may say after its verb: what is read, where, and pointers ("… melanjutkan membaca
# artikel ini ↓", "… to continue reading").
_READING_TAIL: Final = (r"(?:\s+(?:membaca|baca|reading|artikel|berita|konten|ini|selengkapnya|ke\s+bawah|di\s+bawah))*"
                        f"[\\s.!:\u00bb>{_SYMBOLS}]*")
# A reading-time estimate: "Waktu baca: 3 menit", "Estimasi waktu baca: 4 menit", "Waktu baca ± 3 menit", "Dibaca 2
# menit", "Reading time 5 min", maybe with the toolbar's update stamp after it ("Dibaca 2 menit • Diperbarui 19 Juni
# 2025"; h69 probe).
_READING_MINUTES: Final = (r"\s*:?\s*(?:\u00b1|\+/-|~|sekitar|kurang\s+lebih|kira-kira)?\s*\d{1,3}(?:\s*-\s*\d{1,3})?\s*"
                           r"(?:menit|min(?:ute)?s?)\.?")
_READING_TIME: Final = (
    r"(?:(?:(?:(?:estimasi|perkiraan)\s+)?(?:waktu|lama|durasi)\s+(?:baca|membaca)|(?:estimasi|perkiraan)\s+(?:baca|membaca)"
    rf"|reading\s+time|(?:di)?baca\s+(?:dalam\s+)?){_READING_MINUTES}"
    r"|\d{1,3}\s*(?:menit|min(?:ute)?s?)\s+(?:membaca|baca|read(?:ing)?))"
    r"(?:\s*[|\u2022\u00b7\u2013\u2014-]\s*(?:(?:terakhir\s+)?diperbarui|diperbaharui|updated)\s*:?\s*[^.!?|]{1,40})?")
# A text-to-speech or audio player's words (its button, its label).
_PLAYER_WORD: Final = r"(?:dengarkan|listen|putar|play|pause|jeda|durasi|duration)"
# The site's own content, and the kinds a related box names it by ("berita terkait", "artikel terpopuler").
_SITE_CONTENT: Final = r"(?:berita|artikel|topik|tag|bacaan|video)"
_SITE_CONTENT_KIND: Final = r"(?:terkait|lainnya|terpopuler|menarik|pilihan|rekomendasi|populer)"


# A reader's submission prompt (reader_submission_prompt): the reader addressed (a question, Anda, kamu, "pertanyaanmu",
# "pembaca"), a send verb, a channel (an address, WhatsApp, a chatbot, "di sini", a link), opening with the question or
# the outlet inviting its readers, and no addressee but the outlet named: a contest's committee, an office, the police,
# a government's or a university's mailbox. "(?#to-outlet)" is where the catalogue's entry asks that the outlet be the
# addressee (_SUBMISSION_TO_OUTLET); the form alone, with an address on the page's own site, is strip_residue's test.
# Another party is the addressee only in the addressee's slot, the object of an imperative send or contact verb
# ("hubungi Polres Demak", "kirimkan … ke panitia", "laporkan ke polisi", "ceritakan kepada keluarga"): named as the
# line's topic ("pungli oleh oknum polisi", "saat melapor ke polisi", "keluarga yang berharap bantuan") it is what the
# reader is asked about, and the call still goes to the outlet (h119). The slot's words run up to the channel
# ("melalui", "via", "di …") or the clause's end, so "hubungi redaksi kami atau kantor polisi terdekat" names the police.
_OTHER_PARTY: Final = (r"(?:panitia|dinas|polres\w*|polsek|polda|polisi|sat\s*reskrim|reskrim|pemkab|pemkot|pemprov"
                       r"|puskesmas|kementerian|kelurahan|kecamatan|call\s+center|keluarga)\b")
_ADDRESSEE_SLOT: Final = (r"(?:\bhubungi(?:lah)?"
                          r"|\b(?:kirim(?:kan|lah)?|laporkan|lapor|adukan|ceritakan|sampaikan|ajukan)\b[^.?!;]{0,60}?"
                          r"\b(?:ke|kepada|pada))\s+"
                          r"(?:(?!(?:melalui|via|lewat|di|dengan|untuk|agar|supaya|sebelum|paling)\b)[^\s.,;:?!]+\s+){0,5}?")
_OTHER_ADDRESSEE: Final = (rf"{_ADDRESSEE_SLOT}{_OTHER_PARTY}"
                           r"|@(?:[\w-]+\.)*(?:go|ac|sch|mil)\.id\b"
                           # a family asking, the one whose "kami" it is (a missing person's appeal, h117)
                           r"|\bkeluarga\b(?:\s+(?:dan|serta)\s+\w+)?\s+(?:meminta|mengimbau|memohon)\b")
# A call to the outlet's readers closing with "hubungi kami/redaksi" and no channel (tirto's Periksa Fakta box, h113).
_CALL_WITHOUT_CHANNEL: Final = r"(?=.{0,400}?\bpembaca\b).{0,500}?\bhubungi\s+(?:kami|redaksi)\s*[.!]?$"
# This very piece, or the press's right of reply or correction to it ("merasa dirugikan atas pemberitaan di atas dan ingin
# menggunakan hak jawab", h119): only the outlet answers for what it published.
_THIS_PIECE: Final = (r"\b(?:(?:klarifikasi|artikel|berita|tulisan|liputan|laporan|pemberitaan)\s+(?:ini|di\s+atas)"
                      r"|pemberitaan\s+tersebut|hak\s+(?:jawab|koreksi))\b")
_OUTLET_OR_THIS_PIECE: Final = rf"(?:\bredaksi\b|{OUTLET_SITE_NAME}|{_THIS_PIECE})"
# The form's parts: the reader addressed, a send verb, no other addressee; the opening.
_SUBMISSION_CALL: Final = (
    r"(?=.{0,400}?(?:\?|\b(?:pembaca|anda|kamu|kalian)\b"
    r"|\b(?:pertanyaan|cerita|keluhan|pengalaman|tulisan|karya|masalah|kisah|opini|informasi)mu\b))"
    r"(?=.{0,400}?\b(?:kirim(?:kan|lah)?|mengirim(?:kan|kannya)?|hubungi|ajukan|sampaikan)\b)"
    r"(?#to-outlet)"
    rf"(?!.{{0,500}}?(?:{_OTHER_ADDRESSEE}))")
_SUBMISSION_OPENING: Final = (
    # opening with the question ("Punya …?", "Ingin …?") or the outlet inviting its readers
    r"(?:\*+\s*)?(?:(?:punya|ada|ingin|mau|apakah|bagi|jika|bila|apabila|yuk|ayo)\b"
    # or the reader named before the question's verb ("Anda punya data/informasi berbeda, kritik atau masukan untuk
    # artikel cek fakta ini? Kirimkan ke cekfakta@tempo.co.id", h314 A)
    r"|(?:anda|kamu|kalian)\s+(?:punya|memiliki|ingin|mau)\b"
    r"|[\w.]+(?:\s+[\w.]+){0,2}\s+mengundang\s+(?:para\s+)?pembaca\b).{0,500}")
_SUBMISSION_FORM: Final = (
    _SUBMISSION_CALL
    + r"(?=.{0,500}?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwhats\s*app\b|\bwa\b|\bchat\s*bot\b|\bdi\s*sini\b"
    r"|https?://|\bwww\.|\btautan\b|\blink\b"
    # an address Cloudflare hid behind its no-script placeholder (tirto's fact-check box, h113)
    r"|\[email\s+protected\])"
    # or, to its readers ("pembaca"), the outlet itself closing the call with no channel ("… silakan hubungi kami."):
    # the outlet named (redaksi, its site) or this very piece ("klarifikasi ini"); "kami" alone may be a charity's, a
    # guest writer's library, a missing child's family (h117). With the page known, its brand named is the outlet too
    # (CALL_WITHOUT_CHANNEL_RE, strip_residue).
    rf"|(?=.{{0,500}}?{_OUTLET_OR_THIS_PIECE}){_CALL_WITHOUT_CHANNEL})"
    + _SUBMISSION_OPENING)
# The English form (tirto's English fact checks, h117: "Readers who have suggestions, … regarding this clarification, …
# may contact us at [email protected]."): the readers addressed, a send verb, the outlet ("us", its editors, its site) and
# a channel, opening with the readers or the question.
_ENGLISH_TO_US: Final = (r"(?:\b(?:contact|e-?mail|reach|message|write\s+to|tell)\s+(?-i:us)\b"
                         r"|\b(?:send|submit)\b[^.?!]{0,80}?\b(?:to|with)\s+(?-i:us)\b)")
_SUBMISSION_FORM_ENGLISH: Final = (
    r"(?=.{0,400}?\b(?:readers?|you)\b)"
    r"(?=.{0,400}?\b(?:send|submit|contact|e-?mail|write\s+to|reach)\b)"
    # "us" the verb's object ("contact us", "send it to us"), in lower case: "US" is the country ("If you are a US
    # citizen …, contact the US Embassy …", h119)
    rf"(?=.{{0,500}}?(?:{_ENGLISH_TO_US}|\bour\s+(?:editors?|newsroom|desk|team)\b|\bthe\s+editors?\b|{OUTLET_SITE_NAME}))"
    # a government's or a university's mailbox is another's
    r"(?!.{0,500}?@(?:[\w-]+\.)*(?:(?:go|ac|sch|mil)\.id|gov|edu)\b)"
    r"(?=.{0,500}?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s+protected\]|\bwhats\s*app\b|https?://|\bwww\.))"
    r"(?:readers\s+who|(?:if|do|have|got|want|would)\s+you\b).{0,500}")
# The call without a channel, whoever "kami" is: strip_residue's, the page's brand named in it.
CALL_WITHOUT_CHANNEL_RE: Final = re.compile(
    _SUBMISSION_CALL.replace("(?#to-outlet)", "") + f"(?={_CALL_WITHOUT_CHANNEL})" + _SUBMISSION_OPENING, re.IGNORECASE)
# The outlet addressed: redaksi, "kami", a desk's mailbox, its name as a site ("Kirim ke WhatsApp Cek Fakta Kompas.com di
# nomor …", h69; with the page known, strip_residue keeps a prompt naming only other sites); or material for it (a
# question, a claim, a story, a piece of writing, a consultation) sent through the page's own link ("Kirim pertanyaanmu
# di sini").
_SUBMISSION_TO_OUTLET: Final = (
    r"(?:(?=.{0,500}?(?:\b(?:redaksi|kami)\b|\b(?:redaksi|factcheck|cekfakta|konsultasi\w*|tanya\w*)@"
    rf"|{OUTLET_SITE_NAME}))"
    r"|(?=.{0,500}?\b(?:pertanyaan|klaim|cerita|tulisan|artikel|konsultasi))"
    r"(?=.{0,500}?(?:\bdi\s*sini\b|\btautan\b|\blink\b)))")
SUBMISSION_FORM_RE: Final = re.compile(_SUBMISSION_FORM, re.IGNORECASE)
MAILBOX_SITE_RE: Final = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", re.IGNORECASE)

# The residue catalog. To support a new string: add one entry (a regex matched against the WHOLE
# normalized block, case-insensitive, with a length cap on any free text) and a test row.
# Sources: realpages/SITES.md; "PAGE" = seen in a saved page, "GIK"/"EGI"/"ARD" = scraper repos there.
RESIDUE_PATTERNS: Final[tuple[ResiduePattern, ...]] = (
    # detik (GIK csv): "Simak Video '...':", "Simak juga Video ...", "Lihat juga Video: ..."
    _residue(
        "video_promo",
        # A promo names the video (a colon, quotes, "berikut", "di bawah") or is a bare title; "Lihat video
        # amatir yang beredar, polisi …" is a sentence of the story.
        # With no title after a colon or a quote, one sentence (h69). The verb maybe marked: jpnn's "Simak! Video
        # Pilihan Redaksi:" over its player (h276 C); a colon only before a capital "Video" ("Tonton: Video …"), no
        # comma: "Lihat, video ini menunjukkan …" and "Lihat: video amatir warga …" tell of a video (h280 R3).
        r"(?:simak|lihat|tonton)(?:\s*!\s*|\s*:\s*(?=(?-i:V))|\s+)(?:juga\s+(?:video|vidio)\b"
        r"(?:\s*[:\"\u201c'\u00ab].{0,250}|(?:[^.!?]|\.(?=\w)){0,150}[.!]?)"
        r"|(?:video|vidio)\b(?:\s*[:\"\u201c'\u00ab].{0,250}"
        r"|\s+(?:berikut|di\s+bawah|selengkapnya|pilihan|lainnya|terbaru|lengkap(?:nya)?|menarik|ini)\b.{0,200}"
        r"|[^.,;!?]{0,100}))"
        r"|cek\s+(?:juga\s+)?(?:video|vidio)\s+(?:di\s+bawah|selengkapnya|berikut|lengkap|lainnya)\b.{0,100}"
        r"|watch\s+(?:the\s+)?(?:full\s+)?video\b(?:\s*:.{0,200}|\s+(?:here|below|above)\b.{0,60})?"
        # English for "Tonton video lainnya di …": "Watch more videos on Jubi TV YouTube channel." (jubi English, h306
        # D); one sentence naming the channel (a call after it is normalized_residue_kind's prompt-and-call). "The video
        # was uploaded to his YouTube channel …" opens with no imperative and stays.
        # After the platform's word only the channel's Capitalised name, "channel"/"account"/"page" or an @handle, then
        # the line's end: "Watch other videos on TikTok or YouTube before believing a viral clip." (a tips list's item),
        # "… on the channel he started in 2019." go on as a sentence (h309 R5).
        r"|watch\s+(?:more|other|(?:our\s+|the\s+)?latest)\s+videos?\s+(?:on|at|in|from)\s+"
        # a speaker's own channel ("… on my YouTube channel!", a quoted YouTuber) is no outlet's promo (h309 rows)
        r"(?:(?!(?:my|his|her|their)\b)[^.!?,]){0,80}?"
        r"\b(?:youtube|tiktok|instagram|facebook|vidio|channel)\b"
        r"(?:\s+(?:(?-i:[A-Z][\w'\u2019&-]*)|channel|account|page|@[\w.]*\w)){0,5}\s*[.!]?",
        "detik (GIK csv); 'Cek Video di Bawah Ini' (unseen pages, issue 8)",
    ),
    # A video card's link line inside the body: "Video: Banjir Rendam Jakarta", "VIDEO: …" (detik, kompas
    # video cards, reconstructed). A title, never a sentence: one ending in . ! ? stays.
    _residue("video_link", r"video\s*:\s*[^\s:].{0,150}(?<![.!?\"\u201d])", "video cards (reconstructed)"),
    # A photo widget's link labels: kompas "Lihat Foto" over each photo (reconstructed), "Lihat Galeri"; a
    # gallery's zoom label, liputan6's photo pages "Klik gambar untuk perbesar" (a real page), "Klik untuk
    # memperbesar foto".
    _residue("photo_link", r"(?:lihat|buka)\s+(?:foto|galeri|gallery)(?:\s+(?:lainnya|lengkap))?\s*[\u00bb>]*"
             r"|(?:(?:klik|ketuk|tap)\s+(?:(?:gambar|foto|di\s+sini)\s+)?untuk\s+)?(?:mem)?perbesar"
             r"(?:\s+(?:foto|gambar))?", "kompas photo widget (reconstructed); liputan6 photo pages' zoom label"),
    # detik embed tokens (GIK csv): "[Gambas:Video 20detik]", also "[Gambas:Instagram]" etc.
    _residue("gambas_embed", r"(?:\[\s*gambas\s*:[^\]]{0,80}\]\s*)+|gambas\s*:\s*\w[^\[\]]{0,60}",
             "detik (GIK csv); 'Gambas:Video CNN' without its brackets (the token split over two text nodes)"),
    # liputan6, detik, okezone (GIK csv): "Saksikan Video Pilihan di Bawah Ini:", "Saksikan live streaming ..."
    # Must mention a video-ish word, so a sentence that happens to start with "Saksikan" stays.
    _residue(
        "watch_promo",
        r"saksikan\s(?=.{0,200}?(?:video|vidio|live|streaming|siaran|tayang|youtube|di\s+bawah|berikut))"
        r".{0,250}"
        # liputan6 2012: "Simak berita dan video selengkapnya di Liputan6 Video." (the outlet's own channel)
        r"|simak\s+(?:berita|info|informasi)\s+dan\s+video\s+selengkapnya\b.{0,200}"
        # kompas.tv: "Selengkapnya saksikan dalam video berikut."
        r"|selengkapnya\s+(?:saksikan|simak|tonton)\b.{0,80}?\b(?:video|berikut|di\s+bawah)\b.{0,60}",
        "liputan6, detik, okezone (GIK csv)",
    ),
    # Related-article box. detik div.lihatjg, kompas p>strong, liputan6 div.baca-juga, merdeka
    # p.dont-display (PAGE); sindonews "Lihat Juga: <judul>" (GIK); tribun, okezone, tempo, republika (GIK);
    # ntvnews "Simak juga: <judul>" (OUTLETS.md); kontan's "Menarik Dibaca: <judul>" (h276 G, reconstructed). Bare
    # header, or header + ":" + a link title.
    # A headline is short: past 100 characters, a line ending in a full stop holds the story's sentence after the
    # link ("Baca juga: <a>Judul</a> Kepala dinas … setempat.", its link's end unknown in the text; h40 probe): kept
    # rather than dropped whole (the DOM drops label and link where the link is known: dom.inline_related_links).
    _residue(
        "related_link",
        r"(?:baca|lihat|simak)\s+(?:juga|pula)\s*(?:[:\-\u2013\u2014]\s*(?:.{0,100}|.{101,200}(?<!\.)))?"
        # "menarik dibaca" is an everyday phrase: the box's heading alone, or its colon and a headline (its first two
        # words capitalised: "Menarik Dibaca: Cara Daftar QR Code …"); "Menarik dibaca - begitu kesan …" and "Menarik
        # dibaca: buku ini mengulas …" are a reviewer's sentences (h280 R2).
        r"|menarik\s+dibaca\s*(?::\s*(?:(?=(?-i:[A-Z0-9\"\u201c'\u2018])\S*(?:\s+(?-i:[^a-z\s])|$))"
        r"(?:.{0,100}|.{101,200}(?<!\.)))?)?",
        "all sites (PAGE detik/kompas/liputan6/merdeka; GIK sindonews/tribun/okezone/tempo/republika; "
        "OUTLETS.md ntvnews; kontan h276)",
    ),
    # The next story or a video, labelled: kontan's "Tonton: <judul>", "Selanjutnya: <judul>" (reconstructed);
    # "Artikel Selanjutnya", "Next Article" alone. "Selanjutnya, …" (a comma) is the story going on.
    _residue("related_next",
             r"(?:tonton(?:\s+juga)?|(?:artikel\s+|berita\s+)?selanjutnya)\s*:\s*\S.{0,200}"
             r"|(?:artikel|berita)\s+selanjutnya|next\s+article|tonton\s+juga"
             # What is left of "BACA JUGA <a>judul</a> dan tulisan X lainnya." once its link is read as a related link
             # (mojok, reconstructed); mojok's essays join it with "atau" ("… atau tulisan <a>Aditya Rizki</a>
             # lainnya.", h306 C); the English form likewise ("Read also <a>…</a> or other stories by <a>X</a>.").
             # A line OPENING with "dan"/"serta" is no story's sentence; one opening with "atau" (an essay's one-liner:
             # "Atau berita mahasiswa diusir … dan drama kos lainnya.") or "and"/"or" ("And other stories from our
             # grandmothers.") may be, so those only name a writer: 1-4 Capitalised words (h309 R4).
             r"|(?:dan|serta)\s+(?:tulisan|artikel|berita|liputan)\s+.{0,60}?\blainnya\b\s*[.!]?"
             r"|atau\s+tulisan\s+(?-i:[A-Z][\w'\u2019.-]*)(?:\s+(?-i:[A-Z][\w'\u2019.-]*)){0,3}\s+lainnya\s*[.!]?"
             r"|(?:and|or)\s+(?:other|more)\s+(?:stories|articles|writings|columns|posts)\s+by\s+"
             r"(?-i:[A-Z][\w'\u2019.-]*)(?:\s+(?-i:[A-Z][\w'\u2019.-]*)){0,3}\s*[.!]?"
             # "Baca halaman selanjutnya: <judul>" (mojok, reconstructed)
             r"|(?:baca\s+)?halaman\s+(?:selanjutnya|berikutnya)\s*:\s*\S.{0,200}",
             "kontan (reconstructed); next-story cards"),
    # tirto's footer closing every story, its topic's and its writer's pages linked: "Baca juga artikel terkait SPMB 2026
    # atau tulisan lainnya dari Dwi Aditya Putra" (h276 D, reconstructed; "… tulisan menarik lainnya …" too). A topic
    # and a name, no sentence; only in the run closing the body (cleaning._CLOSING_ONLY_KINDS).
    _residue("related_footer",
             r"(?:baca|simak|lihat)\s+(?:juga\s+)?(?:artikel|berita|tulisan)\s+terkait\s+[^.!?]{1,80}?\s+atau\s+"
             r"(?:(?:baca|simak|lihat)\s+)?(?:tulisan|artikel|berita)\s+(?:menarik\s+)?lainnya\s+(?:dari\s+)?"
             r"[^.!?]{1,60}",
             "tirto (h276, reconstructed)"),
    # Same without the colon ("Baca juga Polisi Tangkap ..."): only when it reads like a link title,
    # i.e. short and not ending like a sentence ("Lihat juga bagaimana ... ini." is prose).
    _residue(
        "related_link_no_colon",
        # The headline after the label opens with a capital, a figure or a quote: "Lihat juga status pendaftaran
        # di menu Profil" (a how-to's step) and "Lihat juga betapa sulitnya …!" are the story's.
        r"(?:baca|lihat)\s+juga\s*(?-i:(?=[A-Z0-9\"\u201c]))[^\s:\-\u2013\u2014].{0,160}(?<![.,;:])",
        "all sites (as related_link); glued to the title (no space) when a card's label and headline are two "
        "inline spans (drift probe inline_cards, reconstructed)",
    ),
    # A related card's label glued to or followed by its headline: "Artikel TerkaitPolisi Tangkap ...",
    # "Berita Lainnya Harga Cabai Naik" (a card: label span + headline span inside one link; drift probe
    # inline_cards, reconstructed). The headline starts with a capital and ends no sentence: "Berita terkait
    # penangkapan itu beredar." is prose.
    # An ad card's label the same way: "AdvertorialPaket Umrah Hemat Akhir Tahun Mulai Rp 29 Juta" (republika 2025, h48
    # probe), "Sponsored Tabungan Emas …", "Konten Bersponsor …".
    _residue(
        "related_label_title",
        r"(?:(?:berita|artikel)\s+(?:terkait|lainnya|pilihan|populer|terpopuler|rekomendasi)"
        r"|advertorial|sponsored(?:\s+content)?|konten\s+(?:ber)?sponsor|promoted|paid\s+content)"
        r"\s*(?-i:[A-Z0-9\"\u201c])[^:]{0,160}(?<![.,;:])",
        "newer templates' in-text cards (drift probe inline_cards, reconstructed); ad cards (h48 probe)",
    ),
    # Bracketed variant as a whole block: "(Baca juga: ...)". Inside a longer paragraph it is kept.
    _residue(
        "related_link_bracketed",
        r"[(\[]\s*(?:(?:baca|lihat)\s+juga\b|baca\s*:)[^()\[\]]{0,200}[)\]]",
        "all sites (as related_link)",
    ),
    # The English edition's cross-link lines: "Read also: <title>", "Read More: <title>", "Also read: …",
    # "See also: …" (jakartaglobe, jakartapost, issue 11). The colon and a short title are required: a
    # bare header is related_header's, and "Read more about …" is prose.
    _residue(
        "related_link_english",
        # "Read too:" is VOI English's machine translation of "Baca juga:" (h65 probe)
        r"(?:read\s+(?:also|more|too)|also\s+read|see\s+also|related(?:\s+(?:news|articles?|stories|posts))?)"
        r"\s*:\s*[^\s:].{0,200}",
        "jakartaglobe, jakartapost (OUTLETS.md, issue 11); 'Related News: …' (English editions, reconstructed); voi.id/en (h65)",
    ),
    # "Baca: <judul>" without "juga": cnbcindonesia related-link lines (a public CNBC text cleaner drops
    # /^Baca\s*:/ lines). The colon and a short title are required.
    _residue("related_link_short", r"baca\s*:\s*[^\s:].{0,200}", "cnbcindonesia (code search)"),
    # The "Add as a preferred source on Google" link inside the text: cnnindonesia (EGI a.border widget),
    # cnbcindonesia (the same CNBC text cleaner trims it).
    _residue(
        "preferred_source_promo",
        r"add\s+as\s+a\s+preferred\s+source\s+on\s+google",
        "cnnindonesia (EGI), cnbcindonesia (code search)",
    ),
    # Parallax ad in detik / cnnindonesia: "ADVERTISEMENT", "SCROLL TO RESUME CONTENT" (PAGE detik 2022),
    # "SCROLL TO CONTINUE WITH CONTENT" (GIK csv 2025; EGI for cnnindonesia .paradetail).
    _residue(
        "ad_marker",
        r"advertisement(?:\s*scroll\s+to\s+(?:continue\s+with|resume)\s+content)?"  # glued over an ad slot (h32)
        r"|scroll\s+to\s+(?:continue\s+with|resume)\s+content"
        r"|iklan|sponsored(?:\s+content)?|konten\s+(?:bersponsor|sponsor)|ads"
        # the label framed: "- Advertisement -" (tagDiv Newspaper theme's ad spot), "[Iklan]", "(Advertisement)"
        r"|[-\u2013\u2014(\[]+\s*(?:advertisements?|iklan|ads)\s*[-\u2013\u2014)\]]+",
        "detik (PAGE, GIK), cnnindonesia (EGI); an ad slot's bare label 'Iklan'/'Sponsored' (reconstructed)",
    ),
    # kompas (brief): "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com ..."
    _residue("kompas_update_promo", r"dapatkan\s+update\s+berita\b.{0,400}", "kompas (brief)"),
    # tribun 2012-13: "Akses Tribunnews.com lewat perangkat mobile anda melalui alamat m.tribunnews.com".
    _residue("mobile_access_promo",
             r"akses\s+\S+(?:\s+\S+)?\s+(?:lewat|melalui|via|dari)\s+(?:perangkat\s+mobile|ponsel|handphone|hp|smartphone)"
             r"\b.{0,160}", "tribun 2012 (reconstructed)"),
    # An outlet's account sign-up: "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan
    # satu akun di ORION, daftar sekarang dengan klik disini …" (okezone 2024, reconstructed).
    _residue("account_signup_promo", r"dapatkan\s+berita\b.{0,250}?\b(?:akun|daftar|registrasi|login)\b.{0,250}",
             "okezone 2024 (reconstructed)"),
    # kompas (PAGE, in a script near the body): "Simak breaking news dan berita pilihan kami ... WhatsApp Channel"
    _residue("kompas_breaking_news_promo", r"simak\s+breaking\s+news\b.{0,400}", "kompas (PAGE)"),
    # tribun (GIK: ~65 rows each), okezone: "Ikuti berita terkini dari ... di Google News",
    # "Follow Berita Okezone di Google News", WhatsApp/Telegram channel promos.
    _residue(
        "follow_channel_promo",
        # The channel named as where to go ("di WhatsApp", "saluran WhatsApp", "Telegram Channel", Google
        # News): a bare "saluran" is also a canal or a drain, and "pesan WhatsApp" a message in a story.
        # Led by what it offers or what not to miss: "Untuk mendapatkan informasi terbaru, silakan bergabung …",
        # "Jangan lewatkan berita menarik lainnya, follow kami di Google News".
        # English pages' openers likewise (h83): "Don't miss the latest news: follow us on Google News.", "Get the latest
        # news updates from Jakarta Globe on Google News.", "Stay updated with Jakarta Globe on … WhatsApp Channel."
        # "Jangan ketinggalan kabar terkini, pantau terus Okezone.com di Google News" (h101)
        r"(?:(?:untuk\s+(?:mendapatkan|memperoleh|update)|jangan\s+(?:lewatkan|ketinggalan)|to\s+(?:get|receive|stay)"
        r"|don'?t\s+miss)\b"
        r"[^,:]{0,80},\s*"
        # "Don't miss …:" only before the outlet's own address ("follow us"): "Don't miss the lunar eclipse: follow the
        # live stream on BMKG's YouTube channel." is a story's (h84)
        r"|don'?t\s+miss\b[^,:]{0,80}:\s*(?=(?:follow|join|subscribe)\s+(?:us|our)\b))?(?:silakan\s+|please\s+)?"
        # the button's verb before it: "Klik ikuti Tribun-Timur.com di Google News …" (h101)
        r"(?:(?:ayo|yuk|mari)\s*,?\s+)?(?:klik\s+)?"
        r"(?:ikuti|follow|simak|gabung|bergabung(?:lah)?|join|kunjungi|terhubung\s+dengan\s+kami|dapatkan|baca"
        r"|pantau(?:\s+terus)?"
        r"|cek\s+berita|update\s+berita"
        # "get" only for news: "Get tickets on WhatsApp." is a story's line
        r"|get(?=\s+[^.!?]{0,40}?\b(?:news|updates?|stories|headlines)\b)"
        # English openers of the site's own newsletter or social promo (h111: "Stay up to date with the latest Bali news by
        # signing up to our newsletter and following us on Instagram.")
        rf"|stay\s+updated|{ENGLISH_STAY_OPENER})\b.{{0,250}}?"
        r"(?:\bgoogle\s*news\b"
        # the site's own newsletter or account, "our"/"us" saying whose, right after the verb signing up to it: "… by
        # following BMKG on Instagram." is a story's advice (h111), and so is "… what lands in our WhatsApp groups." or
        # "… anything that reaches us on WhatsApp" (h118)
        rf"|\b{_SIGN_UP_VERB}\s+{_OWN_CHANNEL}"
        # the channel joined by name: "Gabung Telegram detikJateng", "Gabung komunitas WhatsApp Tribunnews sekarang"
        # (h69)
        r"|\b(?:gabung|bergabung(?:lah)?|join)\s+(?:(?:ke|di|dengan)\s+)?"
        r"(?:(?:komunitas|grup|group|saluran|kanal|channel)\s+)?(?:whats\s*app|telegram)\b"
        r"|\b(?:di|ke|melalui|via|lewat|dari)\s+(?:grup\s+|group\s+|saluran\s+|kanal\s+)?(?:whats\s*app|telegram|line)\b"
        r"|\b(?:whats\s*app|telegram|youtube)\s+(?:channel|group|grup)\b"
        r"|\b(?:saluran|channel|kanal)\s+(?:whats\s*app|telegram|youtube|kami|resmi)\b).{0,250}"
        # The channel's address under its name: "Saluran WhatsApp resmi Kompas.com: https://whatsapp.com/channel/…"
        r"|(?:saluran|channel|kanal)\s+(?:whats\s*app|telegram)\b.{0,60}:\s*https?://\S{1,120}"
        # the site's own channel right after the opener or the verb: "Keep up to date with our daily newsletter.",
        # "Follow us on Instagram for the latest news from Bali."
        rf"|(?:{ENGLISH_STAY_OPENER}(?:\s+with)?|(?:please\s+)?(?:follow|join))\s+{_OWN_CHANNEL}.{{0,250}}",
        "tribun (GIK xlsx), okezone (brief), kontan ('Cek Berita … di Google News')",
    ),
    # The same promo as a statement, usually the body's last line (h101 probe): the outlet's news (a news word and the
    # outlet's name: "Kabar terbaru ANTARA", "Kabar Republika"; or its site alone) is now on its channel ("kini hadir di
    # saluran WhatsApp", "kini bisa diikuti lewat WhatsApp Channel"), maybe with the box's call after it ("ikuti di sini.",
    # "Klik tautan ini untuk bergabung."). A public body's news so is the story's (_tells_of_another_channel), and so is
    # news owned by someone after the channel: "Informasi Pemilu kini bisa diakses lewat WhatsApp KPU."
    _residue(
        "channel_statement_promo",
        rf"(?:{_NEWS_OF}{_OWN_OUTLET}|{OUTLET_SITE_NAME}){_NOW_ON_CHANNEL}(?:\s*[,.!;]\s*(?:{_CHANNEL_CALL}))?\s*[.!]?"
        # a capitalised name may be anyone's ("Kabar Bank BRI kini hadir di WhatsApp Channel.", h105): the outlet's
        # only with the box's call after it, or the channel owned as "kami" (h106); the page's host named so is
        # cleaning.strip_residue's test (channel_statement_subject)
        rf"|{_NEWS_OF}{_OUTLET}(?:{_NOW_ON_CHANNEL}\s*[,.!;]\s*(?:{_CHANNEL_CALL})|{_OUR_CHANNEL})\s*[.!]?"
        # English (h177): "Kompas.com is on WhatsApp!", "Coconuts Bali is on Instagram! Follow us at @coconutsbali for the
        # latest news and stories." (a capitalised name only with the call to follow "us" after it)
        rf"|{OUTLET_SITE_NAME}\s+{_EN_NOW_ON}\s*[.!]?"
        rf"|{_OUTLET}\s+{_EN_NOW_ON}\s*[.!]\s*(?:please\s+)?(?:follow|join)\s+us\b.{{0,200}}",
        "antaranews, republika closing lines (h101 probe)",
        # tried on blocks naming a channel only: its subject may be a site's name, which starts with any letter
        requires_any=("whats", "telegram", "google news", "line", "youtube", "instagram", "tiktok"),
    ),
    # A server's error text inside the page (a PHP template dying mid-story, h10 probe s12): "Fatal error: Uncaught
    # Error: … in /var/www/… on line 212", "Warning: Undefined variable $x in … on line 9".
    _residue("server_error_text",
             r"(?:php\s+)?(?:fatal\s+error|parse\s+error|warning|notice|deprecated)\s*:.{0,400}?\bon\s+line\s+\d+\b.{0,80}",
             "PHP error output (reconstructed)"),
    # Keep following the outlet: "Ikuti terus berita terkini seputar Sulawesi Utara di Manado Bacirita" (a kumparan
    # partner's closing line, reconstructed), "Pantau terus update berita di Kabar Nusa".
    _residue("follow_outlet_promo",
             r"(?:ikuti|pantau|simak)\s+terus\s+(?:berita|informasi|info|update|perkembangan)\b.{0,120}?\bdi\s+"
             r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*[.!]?",
             "kumparan partners (reconstructed)"),
    # The outlet's own social accounts: "Jangan lupa follow akun Instagram kami @tribunnews", "Follow Instagram
    # @detikcom" (reconstructed from outlets' promo lines). "kami" or an @handle says it is the outlet's:
    # "Ikuti akun Instagram resmi BMKG untuk peringatan dini" (a story's advice) has neither.
    _residue(
        "social_follow_promo",
        r"(?:(?:ayo|yuk|mari)\s*,?\s+)?(?:jangan\s+lupa\s+)?(?:ikuti|follow|subscribe|like)\b(?:.{0,80}?"
        r"\b(?:instagram|tiktok|youtube|twitter|facebook|x)\b.{0,80}?(?:\bkami\b|@\w{2,30}).{0,80}"
        # the account named after its network, a name in capitals somewhere ("Yuk, follow TikTok detikJateng biar nggak
        # ketinggalan info terbaru!", h69), then at most what for
        r"|\s+(?:akun\s+)?(?:instagram|tiktok|youtube|twitter|facebook)\s+(?-i:[a-z]*[A-Z][\w.]*)"
        r"(?:\s+(?:biar|agar|supaya|untuk)\b[^.!?]{0,80})?[.!]?)",
        "social promos (reconstructed)",
    ),
    # Text-to-speech widget label, "Dengarkan berita ..." (listed in the brief; site unconfirmed).
    # English editions' and newer players' forms: "Listen to this article", "Listen to the news", "Putar audio".
    # With no colon, one sentence (h69). A player's duration right after the label, its spans with no space between them
    # (h155 probe: okezone 2025 "Dengarkan berita02:14"): a clock, never a word going on ("Dengarkan beritanya …");
    # the duration before it, glued too, when the player prints it first ("02:14Dengarkan berita"), the label alone
    # after it: "19:00 Dengarkan Berita Nasional RRI Pro 3" is a radio schedule's item (h166 probe).
    # A podcast's promo typed as a paragraph (_PODCAST_PROMO; h101 probe: "Dengarkan juga rangkuman harian di Podcast
    # kumparanBISNIS setiap pagi di Spotify."): a podcast of someone else's ("Dengarkan podcast Rintik Sedu di Spotify …")
    # is a listicle's item.
    _residue("listen_promo", r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:dengarkan\s+(?:berita|artikel)(?:\s+ini)?"
             r"|listen\s+to\s+this\s+(?:article|story))\s*[.!]?"
             r"|(?:dengarkan\s+(?:berita|artikel)|listen\s+to\s+(?:this|the)\s+(?:article|news|story)"
             r"|putar\s+(?:audio|suara)(?:\s+(?:berita|artikel))?)(?:\b|(?=\d{1,2}:\d{2}\b))(?:\s*:.{0,150}|(?:[^.!?]|\.(?=\w)){0,150}[.!]?)"
             rf"|{_PODCAST_PROMO}",
             "unconfirmed (brief); reconstructed; kumparan podcast promo (h101 probe)"),
    # tempo (EGI): "Pilihan Editor: ..." closing line and "Scroll ke bawah untuk melanjutkan membaca"; Tempo English
    # "Editor's Choice: <title>" (h65 probe: 2025 template, each paragraph in its own div).
    _residue("editor_pick", r"pilihan\s+editor\s*:.{0,250}", "tempo (EGI)"),
    # English only as the body's closing line (en.tempo.co, h65): mid-body "Editor's Choice: Best Phone 2025" is an
    # award's name (h66).
    _residue("editor_pick_english", r"editor['\u2019]?s\s+choice\s*:.{0,250}", "en.tempo.co (h65)"),
    # ... and liputan6 mobile "Lanjutkan Membaca \u2193" (PAGE).
    _residue(
        "continue_reading",
        # "Scroll ke bawah untuk melanjutkan membaca"; "Scroll ke bawah dan centang kotak persetujuan" is a step.
        # What is continued is the reading ("… melanjutkan membaca artikel ini"), or nothing: "Gulir untuk melanjutkan
        # pengisian formulir, lalu klik Kirim." is a how-to's step (h69).
        r"(?:scroll|gulir)\s+(?:(?:ke\s+bawah|down)(?:\s+(?:untuk\s+)?|\W*$)|(?:untuk|to)\s+)"
        rf"(?:(?:me?lanjutkan|lanjut|continue|membaca|baca){_READING_TAIL})?"
        r"|lanjutkan\s+membaca\b.{0,20}",
        "tempo (EGI), liputan6 (PAGE); 'Scroll untuk melanjutkan membaca' (scroll prompts, reconstructed); "
        "liputan6 mobile 'Scroll down untuk melanjutkan membaca', 'Gulir ke bawah …' (h23 probe); 'Gulir untuk "
        "melanjutkan membaca' (detik 2025, h69 probe)",
    ),
    # tribun (EGI): blockquote.summary-article header "Ringkasan Berita:".
    _residue("summary_header", r"ringkasan\s+berita\s*:?", "tribun (EGI)"),
    # jpnn (ARD filter): "Kamu Sudah Menonton Video ..." strong.
    _residue("jpnn_video_prompt", r"kamu\s+sudah\s+menonton\s+video\b.{0,200}", "jpnn (ARD)"),
    # A tip or support box's text (kompas 2025 "Apresiasi Spesial", h48 probe, reconstructed): "Kirimkan Apresiasi Spesial
    # untuk mendukung Jurnalisme KOMPAS.com", "Dukung jurnalisme independen kami"; its row of amounts and button, "Rp
    # 5.000 Rp 10.000 Rp 25.000 Kirim Apresiasi". The prompt names journalism or the newsroom: "Berikan dukungan kepada
    # korban banjir" is a story's appeal.
    _residue("support_prompt",
             r"(?:kirim(?:kan)?|beri(?:kan)?)\s+(?:apresiasi|dukungan|donasi|tip|traktiran)\b"
             r"(?=.{0,120}?\b(?:jurnalisme|jurnalis|redaksi|kami|wartawan)\b).{0,160}"
             r"|dukung(?:lah)?\s+(?:jurnalisme|redaksi|kami|media\s+ini)\b.{0,160}"
             r"|(?:rp\.?\s*[\d.,]+\s*(?:rb|ribu|k)?\s*){2,8}(?:(?:kirim|beri|bayar|donasi|dukung|traktir)\w*(?:\s+\w+){0,2})?",
             "tip boxes (h48 probe, reconstructed)"),
    # An outlet's appeal to support its mission by subscribing or donating (h111 probe: suaramuhammadiyah.id 2024, "Dukung
    # dakwah Suara Muhammadiyah dengan berlangganan majalah atau berdonasi melalui Lazismu."): its mission ("dakwah",
    # "syiar") or its site named, then the call, one sentence. A story's appeal for a mosque's or a charity's mission
    # says it so too ("Dukung dakwah masjid ini dengan berdonasi …" points back at the story's: kept): residue closing the
    # body only (cleaning._CLOSING_ONLY_KINDS).
    _residue("donation_appeal",
             r"dukung(?:lah)?\s+(?:(?:dakwah|syiar)\b(?:(?!\s(?:ini|itu|tersebut)\b)(?:[^.!?]|\.(?=\w))){0,60}?"
             rf"|{OUTLET_SITE_NAME})\s+(?:dengan|melalui|lewat|via)\s+(?:cara\s+)?(?:ber)?(?:langganan|donasi)\b"
             r"(?:[^.!?]|\.(?=\w)){0,120}[.!]?",
             "suaramuhammadiyah closing line (h111 probe)"),
    # The English reader-support appeal closing a story (h98 probe: magdalene.co "Magdalene is supported by readers.
    # Support our journalism."; the Jakarta Post's, Coconuts', Mongabay's in other words): the outlet funded by its
    # readers, a call to support, fund or donate to its journalism (or "us"), to become a member, a "Donate" button, one
    # sentence of each at most. The call names the newsroom or journalism, is an imperative and says no more: "Supporting
    # local journalism matters for democracy." and "Support for the bill grew." stay, as does any reported speech.
    _residue("support_prompt_english",
             rf"(?:{_READER_FUNDED}(?:\s+(?:{_SUPPORT_CALL}|{_MEMBERSHIP_CALL}))?"
             rf"|{_SUPPORT_CALL}(?:\s+(?:{_MEMBERSHIP_CALL}|{_DONATE_BUTTON}))?"
             rf"|{_IF_YOU_VALUE}|{_MEMBERSHIP_CALL}|{_DONATE_BUTTON}|{_YOUR_SUPPORT})",
             "magdalene.co (h98 probe); English reader-support boxes",
             requires_any=("support", "donat", "member", "reader", "fund", "patron", "contribut")),
    # A quiz teaser's lines in the body (liputan6 2025, h69 probe): its label in capitals ("KUIS"), the question to the
    # reader with its invitation ("Seberapa paham kamu soal …? Uji pengetahuanmu di sini!"; the question opens as a quiz's
    # does), its button ("Mulai Kuis"). A story's "Kuis itu digelar …" is prose; the invitation says where, nothing more.
    _residue("quiz_prompt",
             r"(?-i:KUIS|QUIZ)\s*[:!]?"
             r"|(?:(?:seberapa|sudah|apakah|tahukah|berani|bisakah|mampukah|siapkah)\b[^.!?]{0,150}\?\s+)?(?:yuk,?\s+|ayo,?\s+)?"
             r"(?:uji|tes|test)\s+(?:pengetahuan|wawasan)(?:mu|\s+(?:anda|kamu))"
             r"(?:\s+(?:di\s*sini|sekarang|(?:lewat|dengan|melalui)\s+kuis\s+(?:ini|berikut)))?\s*[.!]*"
             r"|(?:mulai|ikuti|ikut|mainkan|main|jawab|kerjakan|coba|take|start)\s+(?:kuis|quiz)(?:nya)?"
             r"(?:\s+(?:ini|sekarang|di\s*sini|now)){0,2}\s*[!.\u00bb>]*",
             "liputan6 quiz teaser (h69 probe)"),
    # Comment-box prompt "tulis komentar anda" (brief; SITES.md: not seen in any source, maybe sindonews).
    # An English comments box's notice under the story (h65 probe: The Jakarta Post's "Your Opinion Matters: Share your
    # experiences, suggestions, and any other input below. Comments are moderated."), maybe after its short label.
    _residue("comment_prompt", r"tulis\s+komentar(?:\s+anda)?\s*[.!:]?"
             r"|(?:[\w'\u2019 ]{1,40}:\s*)?(?:share\s+your\s+[^.!?]{1,120}?\s+(?:below|in\s+the\s+comments?)\b.{0,160}"
             r"|comments\s+are\s+(?:moderated|reviewed)\b.{0,160}|komentar\s+(?:anda\s+)?(?:akan\s+)?dimoderasi\b.{0,160})"
             # Disqus's credit under its box and its noscript line (2013-2020 regional sites, h287 E): "comments powered
             # by Disqus.", "Please enable JavaScript to view the comments powered by Disqus."; a login wall's prompt
             # over a comments box, "Silakan login untuk berkomentar" (poskota 2017), whole only
             r"|(?:please\s+enable\s+javascript\s+to\s+view\s+the\s+)?comments\s+powered\s+by\s+disqus\s*\.?"
             r"|(?:silakan|silahkan|mohon|harap)\s+(?:login|log\s+in|masuk)(?:\s+terlebih\s+dahulu)?\s+untuk\s+"
             r"(?:berkomentar|(?:menulis|memberi(?:kan)?|mengirim(?:kan)?)\s+komentar)\s*[.!]?",
             "sindonews? (unconfirmed); The Jakarta Post (h65 probe); Disqus, login walls (h287)"),
    # A reaction widget's question about the page itself, left when its buttons or the box beside it went: katadata's
    # "Bagaimana pendapat Anda tentang artikel ini?" (h276 F, reconstructed), "Apa reaksi kamu setelah membaca berita
    # ini?", "What do you think about this article?". A columnist may close by asking the readers so: only in the run
    # closing the body (cleaning._CLOSING_ONLY_KINDS).
    _residue("reader_feedback_prompt",
             r"(?:bagaimana|apa)\s+(?:pendapat|tanggapan|reaksi|penilaian|kesan|opini)\s+(?:anda|kamu|kalian)\s+"
             r"(?:(?:tentang|terhadap|soal|mengenai|atas)|(?:setelah|usai|sesudah)\s+membaca)\s+"
             r"(?:artikel|berita|tulisan|konten)\s+ini\s*\?"
             r"|what\s+do\s+you\s+think\s+(?:about|of)\s+this\s+(?:article|story)\s*\?",
             "katadata (h276, reconstructed); reaction widgets' questions"),
    # Who made the piece in partnership with whom: katadata's "Konten ini diproduksi oleh Katadata bekerja sama dengan PT
    # Pertamina (Persero).", "… oleh tim Katadata Brand Studio sebagai bagian dari kerja sama dengan …" over and under
    # the story (h276 E). The producer a name's words (no "yang", "dan …": a story's "Konten ini diproduksi oleh kreator
    # yang bekerja sama dengan …" goes on). A story quotes a podcast's or a film's such line too ("Konten ini
    # diproduksi oleh Close The Door bekerja sama dengan Kementerian Pertahanan.", h280 R4): the outlet's only when the
    # producer is the host's brand or a brand studio, or the line stands at either end of the body
    # (cleaning._EDGE_ONLY_KINDS).
    _residue("partner_production_note", _PARTNER_PRODUCTION,
             "katadata (h276, reconstructed)"),
    # A note saying only that, or when, the page itself changed: viva 2024's "<em>Artikel ini telah diperbarui pada
    # Kamis, 16 Mei 2024 pukul 18.40 WIB.</em>" opening the body (h300 C12), "Berita ini telah mengalami pembaruan pada
    # …", "This article has been updated on …". About the page, not the story; the change's content after it ("…
    # diperbarui dengan keterangan polisi.", "… updated to include …") makes it the editors' note, which stays, and so
    # does a time that is no date's ("… diperbarui setiap pekan oleh BPS"). A story may tell of another article so:
    # residue only at either end of the body (cleaning._EDGE_ONLY_KINDS).
    _residue("page_update_note", _PAGE_UPDATE_NOTE, "viva 2024 (h300 C12, reconstructed)"),
    # kompas (brief): advertorial notice "Konten di bawah ini disajikan oleh advertiser ...".
    _residue(
        "sponsored_notice",
        r"konten\s+(?:di\s+bawah\s+ini|ini)\s+disajikan\b.{0,250}",
        "kompas (brief)",
    ),
    # Credit lines: antara "Editor:" (PAGE 2015), merdeka "Reporter :" (PAGE), republika "Rep: X / Red: Y"
    # (EGI), "Penulis: ..." (brief). Up to four credits on one line, each name short.
    _residue(
        "staff_credit",
        rf"{_CREDIT_LINE}(?:\s*[|/,;]?\s*{_CREDIT_LINE}){{0,3}}",
        "antara, merdeka (PAGE), republika (EGI)",
    ),
    # A contributor credit as a sentence: tempo's "Hammam Izzuddin dan Eka Yudha Saputra berkontribusi dalam
    # penulisan artikel ini." over its "Pilihan Editor" (h20 probe, tempo 2024-25 from memory), "X turut/ikut
    # berkontribusi …", English "X and Y contributed to this report." Names (capitalised, a few words each) then
    # the credit's own words up to "… artikel ini": "Sektor pertanian berkontribusi dalam pertumbuhan …" is prose,
    # and so is "Bappenas turut berkontribusi dalam penyusunan laporan ini" (a story about a report).
    _residue(
        "contributor_credit",
        rf"{CREDIT_NAMES}\s+(?:(?:turut|ikut|juga)\s+)?(?:ber)?kontribusi\s+(?:dalam|pada|untuk)\s+"
        r"(?:penulisan|tulisan|pembuatan|peliputan|liputan)\s+(?:artikel|berita|tulisan)\s+ini\.?"
        rf"|{CREDIT_NAMES}\s+(?:also\s+)?contributed\s+(?:to\s+this\s+(?:report|article|story)|reporting)\.?",
        "tempo (h20 probe, from memory)",
        requires_any=("kontribusi", "contributed"),  # tried only on blocks naming it: names are costly to scan
    ),
    # Pagers: tribun div.paging "Halaman 1/2" (EGI), sindonews .paging-artikel (EGI), liputan6 mobile
    # "2 dari 3 halaman" (PAGE), merdeka "Baca Selanjutnya: <judul>..." and a bare "Halaman" (PAGE), CNN
    # Indonesia's "BACA HALAMAN BERIKUTNYA" button (reconstructed).
    _residue(
        "pager",
        r"halaman(?:\s*:?\s*\d{1,3}(?:\s*(?:/|dari|of)\s*\d{1,3}|(?:\s+\d{1,3}){1,30})?)?"
        r"(?:\s+(?:selanjutnya|berikutnya))?\s*[\u00bb\u203a>]{0,3}"  # "Halaman selanjutnya >>" (h177)
        # "« Sebelumnya", "<< Halaman Sebelumnya", "Lanjut ke halaman berikutnya >>" (h179)
        r"|(?:[\u00ab\u2039<]{1,3}\s*)?(?:(?:baca|lanjut(?:kan)?(?:\s+(?:baca|membaca|ke))?|ke)\s+)?(?:halaman\s+)?"
        r"(?:selanjutnya|berikutnya|sebelumnya)\s*[\u00bb\u203a>]{0,3}"
        r"|\d{1,3}\s+dari\s+\d{1,3}\s+halaman"
        r"|lanjut(?:kan)?\s+(?:baca|membaca)\s*[\u00bb\u203a>.]*"  # "Lanjut baca" (a read-more button)
        # "1 2 3 4 Selanjutnya", "« Sebelumnya 1 2 3", English "Next", "Previous", "Next page »" (reconstructed)
        r"|(?:[\u00ab\u2039<]\s*)?(?:sebelumnya\s+)?\d{1,3}(?:\s+\d{1,3}){1,30}"
        r"(?:\s+(?:selanjutnya|berikutnya))?\s*[\u00bb\u203a>]?"
        r"|(?:[\u00ab\u2039<]\s*)?(?:next|previous|prev)(?:\s+page)?\s*[\u00bb\u203a>]?"
        # WordPress core's <!--nextpage--> pager in its default English label, which Indonesian sites keep (an English
        # admin locale, a theme hard-coding it): "Pages: 1 2 3", its links' text glued "Pages: 123"; "Page 2 of 3"
        # (h282 B: kept once per page by a catalogue outlet's selectors, while "Halaman: 1 2 3" went)
        r"|pages?\s*:\s*(?:\d{1,3}\s*){1,30}(?:\s*(?:next|selanjutnya)\s*[\u00bb\u203a>]?)?"
        r"|page\s+\d{1,3}\s+of\s+\d{1,3}"
        r"|baca\s+selanjutnya\s*:.{0,200}"
        # A page's closing line sending the reader on: "Bersambung ke halaman berikutnya.", "(Bersambung)",
        # "Bersambung ke halaman 3 …" (h88 probe, reconstructed), in dashes or brackets, to a part or an edition:
        # "- Bersambung -", "[Bersambung]", "Bersambung ke bagian 2", "(Bersambung ke edisi berikutnya)" (h91 probe).
        # A story's "… bersambung di DPR" is prose.
        r"|(?:[-\u2013\u2014]+\s*)?[(\[]?\s*bersambung"
        r"(?:\s+(?:ke|di)\s+(?:halaman|hal\.?|bagian|edisi|seri)\s*(?:berikutnya|selanjutnya|\d{1,3})"
        r"|\s+ke\s+(?:berikutnya|selanjutnya))?\s*(?:\.{1,3}|\u2026)?\s*[)\]]?\s*[-\u2013\u2014]*\s*[.!]?"
        r"\s*[\u00bb\u203a>]?",
        "tribun, sindonews (EGI), liputan6, merdeka (PAGE); a later page's closing line",
    ),
    # The outlet's own photographer credited alone on a line: "KOMPAS.com/Garry Lotulung", "(Tribunnews.com/Irwan
    # Rismawan)", "Liputan6.com/Faizal Fanani" (reconstructed from the credit forms under their photos). Or a stock
    # site's or a social site's account, its @handle after the site's domain: "unsplash.com/@rawpixel",
    # "(Instagram.com/@raffinagita1717)" (h262: idntimes' 2018 listicles under each item's photo); a line that is
    # only that is no sentence of the story (dom.web_credit_only reads the bare forms beside a photo).
    _residue("outlet_photo_credit",
             # a name of two words or more: "www.twitter.com/Contoh" is an address
             r"[(\[]?\s*(?!www\.|https?:)[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv|org)\s*/\s*"
             r"(?:(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3})|@[\w.]{2,40})"
             r"\s*[)\]]?\.?",
             "kompas, tribun, liputan6 photo credits (reconstructed); idntimes' stock credits (h262)"),
    # A photo credit naming the outlet by a name with spaces ("IDN Times/Sukma Shakti") or a social account
    # ("Instagram/@bragapermai") alone on its line (idntimes, reconstructed). A bare address
    # ("www.twitter.com/Contoh", a press release's contacts) is no credit.
    _residue("named_outlet_photo_credit",
             r"(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+(?:Times|News|Post|Pos|Media|TV|Foto|Photo))\s*/\s*"
             r"(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
             r"|(?:instagram|twitter|tiktok)\s*/\s*@[\w.]{2,40}",
             "idntimes (reconstructed)"),
    # A wire's, or an outlet's written as one word, photographer alone on a line, no "Foto" label: "ANTARA/Hafidz
    # Mubarak A", "(REUTERS/Willy Kurniawan)", "AFP/BAY ISMOYO", "KabarNusa/Yance Wenda" (h38 probe: a regional photo
    # story's credits). The outlet is a wire's name, a CamelCase word or capitals; the photographer two words or more
    # ("Windows/Mac OS", "Senin/Kamis" are no credits).
    _residue("agency_photo_credit",
             r"[(\[]?\s*(?:(?:antara|reuters|afp|ap|epa|xinhua|anadolu)(?:\s+foto)?|getty\s+images"
             r"|(?-i:[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]{3,}(?:\s+[A-Z]{3,})?))\s*/\s*"
             r"(?-i:(?:[A-Z][\w'.-]*|[A-Z]+)(?:\s+(?:[A-Z][\w'.-]*|[A-Z]+)){1,3})\s*[)\]]?\.?",
             "regional photo stories, wire credits (reconstructed, h38)"),
    # A horizontal rule typed as text: detik "-----" before its cross-post note (PAGE travel).
    # "***" scene breaks are left alone.
    _residue("separator_rule", r"[-_=~\u2013\u2014]{3,}", "detik (PAGE)"),
    # Photo/source credit as a whole block: "Foto/AP", "Foto: Reuters", "(Foto: Dok. Istimewa)",
    # "(Sumber: ...)", "(Dok. Istimewa)". detik, liputan6 captions (PAGE); sindonews "Foto/AP" (seed).
    _residue(
        "photo_credit",
        # A wire's closing "Source: CNA/ks(fh)" signs off with the desk's initials in brackets after the credit (h65).
        rf"(?!sumber\s*:\s*{_SENTENCE_VALUE})[(\[]?\s*{_CREDIT_WORD}{_CREDIT_TAIL}"
        rf"(?:\s*(?-i:[(\[]\s*{_DESK_INITIALS}\s*[)\]]))?[)\]]?"
        r"|[(\[]?\s*dok(?:umentasi)?\.\s*[^\s()\[\]][^()\[\]]{0,59}[)\]]?"
        rf"|[(\[]?\s*(?:{_SOURCE_WITH_AGENCIES})\s*[)\]]?\.?",
        "detik, liputan6 (PAGE), sindonews (seed); aljazeera's bare source line (h129)",
    ),
    # Credits in other words (reconstructed): a screen capture "Tangkapan layar Instagram @jokowi", "(Tangkapan
    # Layar YouTube)", "Screenshot"; an illustration's source "Ilustrasi (iStock)", "Ilustrasi. (Freepik.com)";
    # "Photo by Unsplash", "Foto oleh Andi"; the bare label "Ilustrasi". Whole short blocks.
    _residue(
        "other_credit",
        r"[(\[]?\s*(?:tangkapan\s+layar|screenshot|screen\s*capture|cuplikan\s+layar)(?:\s+[^()\[\].!?]{1,60})?\s*[)\]]?\.?"
        r"|ilustrasi\.?\s*[(\[][^()\[\]]{1,40}[)\]]\.?"
        # the label alone, under a stock picture: "Ilustrasi", "(Ilustrasi)", "Foto ilustrasi." (h40 probe)
        r"|[(\[]?\s*(?:(?:foto|gambar)\s+)?ilustrasi\s*[)\]]?\.?"
        # an infographic's label alone over it: "Infografis" (liputan6, h48 probe)
        r"|[(\[]?\s*info\s*grafi[sk]\s*[)\]]?\s*[:.]?"
        # "Image courtesy of the Manpower Ministry.", "Photo by Rhett A. Butler/Mongabay." (English pages, h83): a name,
        # its initials' dots allowed; "Image by image, the exhibition …" goes on past a comma
        rf"|{_CREDIT_BY}",
        "captions (reconstructed)",
    ),
    # Short caption that ends in a credit: "Ilustrasi. Foto: Shutterstock",
    # "Presiden meninjau banjir. (Foto: Dok. Istimewa)". No sentence full stop may follow the credit.
    _residue(
        "caption_with_credit",
        # A photo's credit only: "… kata dia. (Sumber: Antara)" is a paragraph naming its source, and a
        # block of up to 200 characters ending so was dropped whole (reconstructed, probe of clean_body).
        # A caption is short: a paragraph of the story ending in a credit ("… disetujui dewan pada pekan lalu.
        # Foto/AP", 125 characters before it; h40 probe) was dropped whole; it loses the credit only
        # (_without_trailing_credit).
        rf".{{1,{_CAPTION_MAX_CHARS}}}?(?:[.,;:!?]|\s)\s*(?:[(\[]?\s*(?:foto|photo|dok(?:umentasi)?\.?){_CREDIT_TAIL}[)\]]?"
        # "Jokowi. (Dok. Setpres)": the handout credit without a colon, in brackets
        r"|[(\[]\s*dok(?:umentasi)?\.?\s+[^\s()\[\]][^()\[\]]{0,59}[)\]]"
        # and the handout's credits in brackets the caption credits know (cleaning._CAPTION_CREDIT_RE), alike: "Warga
        # melintas. (Pemprov DKI via AP)", "… Jakarta Timur. (Foto oleh Humas Pemprov DKI)" (h259 probe M1: kept as
        # the story's text, its credit cut, where "(Foto: …)" made the caption residue)
        rf"|[(\[]\s*(?:{VIA_WIRE_CREDIT}|{PHOTO_BY_CREDIT})\s*[)\]])",
        "detik, liputan6 (PAGE)",
        requires_any=("foto", "photo", "dok", "via", "gambar", "image"),
    ),
    # A short caption closed by a bracketed credit in the other forms the catalogue knows alone on a line (h48 probe:
    # detik's slider, WordPress inline photos, liputan6's infographics): a social account ("(Instagram/@raffinagita1717)"),
    # the outlet's or a wire's photographer ("(Liputan6.com/Abdillah)", "(REUTERS/Willy Kurniawan)"), a handout mark
    # ("(ist)", "(Istimewa)"). A slash or the handout word: "… kata dia. (Antara)" names a source, and a paragraph of the
    # story is longer than a caption.
    _residue(
        "caption_with_bracketed_credit",
        rf".{{1,{_CAPTION_MAX_CHARS}}}?(?:[.,;:!?]|\s)\s*[(\[]\s*(?:ist\.?|istimewa"
        r"|(?:instagram|twitter|tiktok|facebook|youtube|threads|ig|x)\s*/\s*@?[\w.]{2,40}"
        r"|(?!www\.)[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv)\s*/\s*(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
        r"|(?:antara(?:\s+foto)?|reuters|afp|ap(?:\s+photo)?|epa|xinhua|anadolu|getty\s+images)\s*/\s*"
        # the photographer, and the desk's initials Antara closes with: "(ANTARA FOTO/Aditya Pradana Putra/nym)" (h259 M2)
        rf"(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{1,3}})(?:\s*/\s*(?-i:{DESK_SINGLE}))?)\s*[)\]]\.?"
        # the outlet's name as a word, after the caption's sentence (TITLED_OUTLET_PHOTO_CREDIT)
        rf"|.{{1,{_CAPTION_MAX_CHARS}}}?[.!?][\"\u201d\u2019]?\s*{TITLED_OUTLET_PHOTO_CREDIT}\.?",
        "detik slider, WordPress inline photos, liputan6 infographics (h48 probe)",
        requires_any=("/", "(ist", "istimewa"),
        requires_char="(",
    ),
    # A caption labelled as one, its credit in brackets at the end: detik's "Foto: Presiden Joko Widodo
    # (Andhika Prasetyo/detikcom)" under an inline photo (reconstructed). Story text never opens "Foto:".
    # An English page's labelled caption ending in its credit (mongabay, h83): "Banner image: An oil palm plantation in
    # Papua. Image by Ulet Ifansasti/Greenpeace."; the caption's own sentence, then the credit only.
    _residue("image_caption_credit",
             rf"(?:(?:banner|featured|header|cover|main|top)\s+)?(?:image|photo)\s*:\s*[^()\[\]]{{1,300}}?[.!]\s+{_CREDIT_BY}",
             "mongabay English captions (h83)"),
    _residue("labelled_caption", r"(?:foto|photo)\s*:\s*[^()\[\]]{1,200}[(\[][^()\[\]]{1,60}/[^()\[\]]{1,40}[)\]]\.?",
             "detik inline photos (reconstructed)"),
    # Social embeds' own text when the embed markup was not recognised (unseen pages, issue 8):
    # Instagram "Lihat postingan ini di Instagram" / "Sebuah kiriman dibagikan oleh X (@y)" (and English).
    _residue(
        "instagram_embed",
        r"(?:lihat\s+(?:postingan|kiriman)\s+ini\s+di\s+instagram|view\s+this\s+post\s+on\s+instagram)\b.{0,80}"
        r"|(?:sebuah\s+kiriman\s+dibagikan\s+oleh|a\s+post\s+shared\s+by)\b.{0,150}",
        "instagram embed text (unseen pages, issue 8)",
    ),
    # Threads' embed text when its markup was not recognised: "Post by @kemenhub151", "View on Threads" (h20
    # probe, Threads' embed code). The handle alone after "by": a sentence about a post goes on.
    _residue(
        "threads_embed",
        r"(?:(?:view|lihat)\s+(?:on|di)\s+threads|(?:post|postingan|kiriman)\s+(?:by|oleh|dari)\s+@[\w.]{1,30})\.?",
        "threads embed text (h20 probe)",
    ),
    # A tweet embed: its text signed "— Name (@handle) June 19, 2024", or a line ending in
    # "pic.twitter.com/…" (unseen pages, issue 8).
    _residue(
        "tweet_embed",
        r".{0,500}?[\u2014\u2013-]{1,2}\s*[^()]{0,80}?\(@\w{1,15}\)\s*"
        r"(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})",
        "twitter embed text (unseen pages, issue 8)",
        requires_any=("(@",),
        requires_char="@",
    ),
    _residue(
        "tweet_photo_link",
        r".{0,400}?pic\.twitter\.com/\w{1,20}",
        "twitter embed text (unseen pages, issue 8)",
        requires_any=("pic.twitter.com",),
        requires_char="/",
    ),
    # An embed left as its bare address (the embed script never ran, or the theme printed the oEmbed URL as a
    # paragraph): a block that is nothing but a social or video POST's URL, "instagram.com/p/C8abc123/",
    # "(https://twitter.com/jokowi/status/1803…)", "youtu.be/…" (h13 probe). A profile's address stays: a press
    # release lists its contacts so ("www.twitter.com/Contoh", antaranews 2016), as do other sites' URLs.
    _residue(
        "embed_url",
        r"[(\[]?\s*(?:https?://)?(?:(?:www|m|mobile|vt|vm)\.)?"
        r"(?:(?:instagram\.com|instagr\.am)/(?:[\w.]+/)?(?:p|reels?|tv)/"
        r"|(?:twitter|x)\.com/\w+/status/|tiktok\.com/@[\w.]+/video/|(?:vt|vm)\.tiktok\.com/"
        r"|facebook\.com/(?:[\w.]+/(?:posts|videos)/|watch/?\?|reel/)|fb\.watch/"
        r"|youtube\.com/(?:watch\?|shorts/|embed/)|youtu\.be/|threads\.(?:net|com)/@[\w.]+/post/)\S*\s*[)\]]?",
        "embeds printed as their URL (h13 probe)",
    ),
    # An opinion column's disclaimer (h26 probe: every CNBC Indonesia "Opini"): "Catatan: Artikel ini merupakan opini
    # pribadi penulis dan tidak mencerminkan pandangan Redaksi CNBCIndonesia.com", "Tulisan ini sepenuhnya tanggung
    # jawab penulis".
    _residue(
        "opinion_disclaimer",
        r"(?:(?:catatan(?:\s+redaksi)?|disclaimer)\s*:\s*)?(?:isi\s+)?(?:artikel|tulisan|opini|kolom)\s+ini\s+"
        r"(?:(?:merupakan|adalah)\s+(?:opini|pendapat|pandangan)\s+pribadi\s+(?:penulis|pengirim)\b.{0,250}"
        r"|(?:sepenuhnya\s+)?(?:menjadi\s+)?tanggung\s+jawab\s+(?:pribadi\s+)?penulis\b.{0,200})"
        # English columns (h65 probe: The Jakarta Post's opinion pages): "The views expressed are their own.", after the
        # writer's one-sentence bio in the same block ("The writers are researchers at … in Jakarta.")
        r"|(?:(?:the\s+)?(?:writers?|authors?)\s+(?:is|are)\s+[^.!?]{3,200}\.\s+)?"
        r"(?:the\s+)?(?:views|opinions)\s+expressed(?:\s+(?:here|in\s+this\s+(?:article|column|piece|op-ed)))?\s+are\s+"
        r"(?:solely\s+|entirely\s+)?(?:their|his|her|the\s+(?:writer|author)s?['\u2019]?s?)\s+own\b.{0,150}",
        "cnbcindonesia opini (h26 probe), opinion columns; The Jakarta Post (h65 probe)",
        requires_any=("pribadi", "tanggung", "expressed"),
    ),
    # Reading widgets' text: a read counter, a reading-time estimate, font-size buttons (reconstructed from
    # news templates' article toolbars): "Dibaca 1.234 kali", "5 menit membaca", "A+ A-", "Ukuran teks".
    _residue(
        "reading_widget",
        r"(?:(?:telah\s+)?dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x|times)?"
        r"|[\d.,]+\s*(?:kali\s+dibaca|views?|pembaca|dilihat)"
        # "Dibaca dalam 2 menit" (okezone 2025, h48 probe), "Estimasi waktu baca: 4 menit" (h69): _READING_TIME
        rf"|{_READING_TIME}"
        # "Ukuran Teks A A A" (okezone 2025, h48 probe): the size buttons' letters; the buttons alone, two to four "A"s
        # each maybe with its sign ("A+ A-", "A- A A+" with the reset between, suaramerdeka 2013, h287 C)
        # (a sign at least: a paragraph of grades "A A A A" is no toolbar, h291 R2)
        r"|(?=[^+-]*[+-])(?-i:A)\s*[+-]?(?:\s*(?-i:A)\s*[+-]?){1,3}|(?:(?:ukuran|besar)\s+(?:teks|huruf|font)|font\s+size)(?:\s*:?(?:\s*a\s*[+-]?){1,4})?",
        "article toolbars (reconstructed); okezone 2025 (h48 probe)",
    ),
    # A block of pointers and pictographs only ("👇👇👇", "▶", "•"): a widget's decoration, no text.
    # Asterisks, dots and dashes ("***", "...", "—") are a story's scene breaks and stay.
    _residue("symbols_only", f"[{_SYMBOLS}\\s]+", "emoji and arrow lines (reconstructed)"),
    # UI placeholders left by script-filled widgets (unseen pages, issue 8).
    _residue("ui_placeholder", r"(?:loading|memuat)\s*(?:\.{2,}|\u2026)?", "unseen pages (issue 8)"),
    # A player's or an embed's fallback text (reconstructed): "Video Player is loading.", "This video is
    # unavailable", "Your browser does not support the video tag.", "Watch on YouTube", "Tonton di YouTube",
    # "Putar video", "Klik untuk memutar video", a gallery's "Geser untuk melihat foto lainnya", "Swipe for
    # more", TikTok's "@akun ♬ suara asli - Nama".
    _residue("player_text",
             r"video\s+player\s+is\s+loading\.?|this\s+video\s+is\s+(?:unavailable|private)\.?"
             r"|your\s+browser\s+does\s+not\s+support\b.{0,60}"
             r"|(?:watch|tonton|lihat)\s+(?:on|di)\s+(?:youtube|tiktok|instagram)\.?"
             r"|(?:klik\s+untuk\s+)?(?:putar|memutar)\s+(?:video|audio)\.?"
             r"|(?:geser|swipe|scroll)\s+(?:untuk\s+(?:melihat|lihat)\s+)?(?:foto|gambar|slide)?\s*"
             r"(?:lainnya|berikutnya|for\s+more)\.?"
             r"|@[\w.]{2,30}\s+\u266c.{0,120}",
             "players and embeds (reconstructed)"),
    # An audio or video player's clock left as text: "00:00 / 03:12", "0:00/1:45:10" (reconstructed).
    _residue("player_clock", r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?", "audio players (reconstructed)"),
    # A text-to-speech strip read whole: its button's word, its clock, its speed ("Dengarkan 0:00 / 2:45", "Dengarkan
    # 00:00 / 03:41 1x", "Listen Dengarkan", "Putar Durasi 3:12"; h48 probe, 2025 templates). Nothing but player words,
    # clocks, speed marks and durations, one player word at least: "Dengarkan penjelasan dokter itu" is a sentence.
    _residue("player_strip",
             rf"(?=.{{0,80}}?\b{_PLAYER_WORD}\b)(?:{_PLAYER_WORD}\b|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|\d(?:[.,]\d{{1,2}})?\s*x\b"
             r"|\d{1,2}\s*(?:menit|detik|min|sec|s)\b|[/|:\u00b7\s])+",
             "text-to-speech players (h48 probe, reconstructed)"),
    # Headers of related-link boxes other than "Baca juga" (unseen pages, issue 8): "Berita Terkait",
    # "Jangan Lewatkan!", "Artikel Terkait", "Baca Selengkapnya", "Berita Lainnya" … A bare header,
    # or "Baca selengkapnya: <title>" / "… di sini".
    _residue(
        "related_header",
        r"(?:(?:berita|artikel|topik|tag|video|foto)\s+(?:terkait|lainnya|lain|populer|terpopuler|pilihan|terbaru"
        r"|rekomendasi)"
        # a topic of one to four Capitalised words or figures between, the label's colon closing it (h122 probe:
        # skor.id's "Berita Liga 1 Lainnya:" over two linked headlines; "Artikel Otomotif Lainnya:", "Berita Persib
        # Terkait:"). Without the colon such a line is a box's header only over its links (cleaning.link_list_indexes).
        r"|(?:berita|artikel|video|foto)(?:\s+(?:(?-i:[A-Z])[\w'&.-]*|\d[\w.-]*)){1,4}\s+"
        r"(?:terkait|lainnya|lain|populer|terpopuler|pilihan|terbaru)\s*[:\uff1a]"
        # "… untukmu" / "… untuk kamu": the 2025 templates' second-person boxes (h126 probe: tribun's "Pilihan Untukmu",
        # kompas' "Rekomendasi untuk kamu")
        r"|jangan\s+lewatkan|pilihan\s+redaksi|rekomendasi(?:\s+(?:berita|artikel|untuk(?:\s+(?:anda|kamu)|mu)))?|terpopuler|"
        r"pilihan\s+untuk(?:\s+(?:anda|kamu)|mu)|paling\s+banyak\s+dibaca|most\s+(?:popular|read)|"
        r"(?:related|recommended)\s+(?:news|articles?|stories|posts)|read\s+(?:also|more)|also\s+read|more\s+news|"
        r"recommended\s+for\s+you|most\s+viewed|latest\s+news|top\s+stories|trending(?:\s+now)?|editor'?s\s+picks?|"
        # "… terkait <topic>": a topic of a few words (a sentence goes on: "… terkait kasus itu akan diumumkan …")
        r"(?:baca|simak)\s+(?:berita|artikel)\s+(?:lainnya|menarik\s+lainnya)(?:\s+terkait(?:\s+[^.!?:\s]+){1,4}?)?"
        r"(?:\s+di\s+(?:sini|bawah\s+ini))?"
        r"|berita\s+lain(?:nya)?\s+terkait(?:\s+[^.!?:\s]+){1,4}"
        r"|simak\s+(?:juga|pula)|baca\s+pula|lihat\s+pula"
        # A sentence over the box naming the site's own content ("Berikut berita terkait lainnya:", "Baca juga berita
        # berikut:", "Inilah artikel terpopuler hari ini:", "Jangan lewatkan berita menarik berikut:"; h52 probe):
        # no sentence announcing the story's list (cleaning._announces_story_list).
        rf"|(?:berikut|inilah|ini)\s+(?:(?:beberapa|sejumlah)\s+)?{_SITE_CONTENT}\s+{_SITE_CONTENT_KIND}"
        r"(?:\s+[^.!?:\s]+){0,3}"
        # "Jangan Lewatkan Video Terbaru:" over jpnn's YouTube embed (h57 probe): the promo's own qualifiers too
        # ("… Juga:", "… Video Terbaru Kami:", "… di Bawah Ini:", h61 probe)
        rf"|jangan\s+lewatkan(?:\s+(?:{_SITE_CONTENT}|{_SITE_CONTENT_KIND}|terbaru|terkini|redaksi|hari\s+ini|juga|kami"
        r"|di\s+bawah\s+ini))+"
        rf"|(?:(?:baca|simak|lihat)\s+(?:juga|pula)|jangan\s+lewatkan)(?:\s+{_SITE_CONTENT}|\s+{_SITE_CONTENT_KIND})+"
        r"(?:\s+(?:berikut|di\s+bawah)(?:\s+ini)?)?)"
        r"\s*[:!.\u00bb>]*"
        r"|(?:baca\s+)?selengkapnya(?:\s*[:\u00bb>\u2013\u2014-]\s*.{0,200}|\s+di\s+(?:sini|bawah\s+ini|halaman\s+berikut(?:nya)?|tautan\s+berikut)\b.{0,60})?\s*[.!\u00bb>]*",
        "unseen pages (issue 8)",
    ),
    # liputan6's fact-check box under the story: "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang
    # beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com …" (reconstructed).
    _residue("fact_check_promo", r"\*?\s*fakta\s+atau\s+hoaks\s*\?.{0,300}", "liputan6 (reconstructed)"),
    # "Simak berita lainnya seputar Pemilu 2024", "Baca berita selengkapnya", "Cek artikel menarik lainnya":
    # a promo's words with no sentence after them (reconstructed closing lines).
    _residue("more_news_promo",
             r"(?:simak|baca|cek|lihat|temukan)\s+(?:juga\s+)?(?:berita|artikel|info(?:rmasi)?|kabar)\s+"
             # a channel's name before "menarik": VIVA's "Baca artikel Otomotif menarik lainnya di tautan ini." (h202)
             r"(?:(?:(?-i:[A-Z])[\w/&-]{1,20}\s+){0,2}menarik\s+|menarik\s+)?"
             # (a line naming a site, "… dari Okezone.com di Google News", is outlet_read_more's: the page's own?)
             r"(?:lainnya|lain|selengkapnya|terkini|terbaru|terlengkap)\b"
             # its full stop only after the page's own link ("… di tautan ini.", "… di sini."): a pointer to another
             # site's page ("… di laman resmi BMKG.") is a story's sentence (h207 probe)
             r"(?:[^.!?]{0,80}|\s+(?:di|pada|melalui|lewat)\s+(?:(?:tautan|link|laman|halaman)\s+(?:ini|berikut)|sini)"
             r"\s*[.!])",
             "closing promo lines (reconstructed)"),
    # A share widget's bare label left as its own block when its buttons were icons: "Bagikan:",
    # "Bagikan artikel ini", "Share this article" (catalogue outlets, issue 11: tvrinews fixture).
    # A copy-link button's label and its toast, alone on a line (h126 probe: detik's live entries, each with "<a
    # href='…#live-3'>Salin tautan</a>"): "Salin tautan", "Copy link", "Tautan disalin", "Bagikan tautan".
    # Those words also name a how-to's step or heading ("<li>Salin tautan</li>", "<h3>Copy link</h3>"): such a line is
    # the widget's only when it is a link or a button (dom.walk_blocks leaves it out) or stands beside another share
    # label (cleaning.strip_residue; h132 probe).
    _residue(
        "share_label",
        r"(?:(?:bagikan|share)(?:\s+(?:artikel|berita|tulisan)(?:\s+ini)?|\s+(?:this\s+)?(?:article|story|post)|\s+this"
        r"|\s+ke)?|" + COPY_LINK_LABEL + r")"
        r"\s*[:!.\u00bb>]*",
        "catalogue outlets (issue 11)",
    ),
    # A share plugin's counters read as text (2013-2020 sites' AddThis, Simple Share Buttons Adder, ShareThis; h287 A):
    # "Share 12 Tweet 3 15", "Share this…123", "Share 0 Tweet 0 Pin 0", "Bagikan 12": only share words, network names,
    # counts and separators, a share word at least, and a count or a second share word (a lone "Share" is share_label's,
    # a network list share_row's). Anywhere in the body: a story's sentence has other words.
    _residue(
        "share_counter",
        # A button row opens on its capitalised share word, each count after a button (h291 R1: a listicle's "3.
        # Pinterest", a story's "12.400 like", a table's "Like | 12.000", wiring's "Pin 2 - Pin 7" are no counters).
        # A counter alone before its plural label is one too ("12 shares": Jetpack's total).
        rf"(?=(?-i:[A-Z]))(?:shares?(?:\s+this)?|bagikan|sebarkan|tweets?)(?:\b|(?=\d))\s*:?"
        rf"(?=.{{0,120}}?\d|.{{0,60}}?\b{_SHARE_TOKEN}\b)"
        rf"(?:(?:{_SHARE_TOKEN})(?:\b|(?=\d))|\d[\d.,]*(?:\s*(?:k|rb|jt|m)\b)?|[\s,/\u00b7\u2022\u2026.-])*"
        r"|\d[\d.,]*\s*(?:k|rb|jt)?\s+shares",
        "AddThis, Simple Share Buttons Adder, ShareThis counters (h287, reconstructed)",
        requires_any=("share", "bagikan", "sebarkan", "tweet", "pin", "like"),
    ),
    # A line of hashtags only: "#Pemilu2024 #Jokowi" (unseen pages, issue 8). A tag row's chips glued with no space
    # between them (a flex row laid out by CSS gap: pantau's "#transjakarta#pramono anung#bandara soekarno-hatta", h188
    # probe) may name tags of several words: each "#" then follows the previous chip's last letter. Spaced, a line of
    # several words is a sentence about hashtags ("#SaveKPK dan #ReformasiDikorupsi menggema di Twitter", h194).
    _residue("hashtag_line", r"(?:#(?=\w*[^\W\d_])\w{2,60}[\s,]*){1,20}"
             r"|#(?=\w*[^\W\d_])\w[\w'-]{1,59}(?:[ \t\u00a0]+\w[\w'-]{0,40}){0,3}"
             r"(?:#(?=\w*[^\W\d_])\w[\w'-]{1,59}(?:[ \t\u00a0]+\w[\w'-]{0,40}){0,3}){1,19}\s*",
             "unseen pages (issue 8); pantau (h188)"),
    # A share row left inside the body container with its buttons' names: "Bagikan: Facebook X WhatsApp",
    # "Share this: Twitter, Facebook" — two or more network names and nothing else (a bare label is
    # share_label's). The names may be glued, each opening in capitals, when the buttons' markup had no space between
    # them ("Bagikan:FacebookXWhatsApp", pantau's flex row, h188 probe); a lone "X" glues only to a name, so a line of
    # "XX" or "XXX" (a numeral) is none.
    _residue(
        "share_row",
        r"(?:(?:bagikan|sebarkan|share)(?:\s+(?:ini|artikel\s+ini|berita\s+ini|this(?:\s+article)?|on))?\s*:?\s*)?"
        r"(?:(?:(?:facebook|twitter|whatsapp|telegram|line|linkedin|e-?mail|pinterest|threads|messenger|tweet|"
        r"salin\s+(?:tautan|link)|copy\s+link)(?:\b|(?=(?-i:[A-Z])))|x(?:\b|(?=(?-i:[A-Z][a-z]))))"
        r"[\s,|/\u00b7\u2022]*){2,12}",
        "dandapala, fajar (issue 11, reconstructed)",
    ),
    # A tag row left inside the body container: "Tag: OJK pinjol", "Tags: Pilkada, KPU", "Topik: …" —
    # labels after the colon, no sentence (a sentence-final mark keeps the block).
    # "Topik Pilihan: Pilkada Jakarta · Debat Cagub" (okezone, h69). A value that is a sentence's words is no chip
    # (_TAG_SENTENCE_RE).
    _residue("tag_line", r"(?:tags?|tagar|topik(?:\s+(?:pilihan|populer|terpopuler|terhangat|hangat|terkini|terbaru|utama))?|topics?)\s*:\s*[^.!?:]{1,200}",
             "beritasatu (issue 11, reconstructed); okezone (h69)"),
    # WordPress's post footer (Twenty Ten's ".entry-utility", Twenty Eleven/Twelve's ".entry-meta" in the footer) left
    # as the last paragraph of 2009-2015 regional sites (h211 probe: Lombok Post 2013 "Tulisan ini dipublikasikan di
    # Lombok Timur. Tandai permalink."): the categories (and tags, the date, the writer) then the permalink's sentence,
    # in English or the Indonesian translation; the archive view's "Posted in X | Tagged Y | Leave a comment". Whole
    # block only, anchored on the footer's opening and on its permalink or comment link: a story's sentence naming a
    # permalink stays.
    _residue("post_footer",
             r"(?:this\s+(?:entry|post)\s+was\s+(?:posted|filed)\s+(?:in|under)"
             r"|(?:tulisan|entri|artikel|pos)\s+ini\s+(?:dipublikasikan|dituliskan|ditulis|diposting|dikirimkan)\s+(?:di|dalam|pada|ke))"
             r"\s+[^.!?]{1,300}?\.\s*(?:bookmark|tandai|penanda)\s+(?:the\s+)?permalink(?:nya)?\s*\.?"
             r"(?:\s*\|?\s*(?:edit|sunting))?"
             r"|(?:(?:posted|filed)\s+(?:in|under)|(?:dipublikasikan|ditulis|diposting|diposkan)\s+(?:di|dalam))\s+[^|.!?]{1,200}"
             r"(?:\|\s*(?:tagged|ditag|tag|ditandai)\s+[^|!?]{1,300})?"
             r"\|\s*(?:leave\s+a\s+comment|(?:\d+|one)\s+comments?|comments\s+(?:are\s+)?(?:off|closed)"
             r"|tinggalkan\s+(?:sebuah\s+)?komentar|(?:\d+|satu)\s+komentar|komentar\s+ditutup)"
             r"(?:\s*\|\s*(?:edit|sunting))?"
             # the default theme Kubrick's postmetadata (2005-2010), inside the entry (h212 probe): "This entry was
             # posted on Wednesday, November 4th, 2009 at 10:15 am and is filed under Berita. You can follow any
             # responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback …"
             r"|(?:this\s+entry\s+was\s+posted\s+on\s+[^!?]{1,200}?\s+and\s+is\s+filed\s+under\s+[^!?]{1,200}?\.\s*)?"
             r"you\s+can\s+follow\s+any\s+responses\s+to\s+this\s+entry\s+through\s+the\s+rss\s+2\.0\s+feed\s*\.[^!?]{0,300}",
             "WordPress themes' post footer: Lombok Post 2013, regional WordPress sites (h211 probe)",
             requires_any=("permalink", "comment", "komentar", "responses")),
    # A wire story's credit line in brackets: "(Reporting by Stanley Widianto; Editing by Ed Davies)" (Reuters
    # copy on English editions, reconstructed); unbracketed it is a short tail line trim_edges cuts.
    _residue("wire_credit", r"[(\[]\s*(?:(?:additional\s+)?reporting|writing|editing)\s+by\s+[^()\[\]]{2,200}[)\]]\.?",
             "English editions' Reuters copy (reconstructed)"),
    # The same row when the label is its own span and no colon follows: "Tag pemerintah jakarta ekonomi
    # daerah" (drift probe tail_boxes, reconstructed). "Tag"/"Tags"/"Tagar" only ("Topik ini ..." is prose),
    # no sentence mark.
    _residue("tag_row", r"(?:tags?|tagar)\s+[^.!?:,;\"\u201c]{1,150}"
             r"|(?:tags?|tagar|topik(?:\s+terkait)?|kata\s+kunci|keywords?)\s*:"  # the label alone ("Keywords :")
             r"|(?:tags?|tagar|topik(?:\s+terkait)?|kata\s+kunci|keywords?)\s*:\s*[^.!?:\"\u201c]{1,150}",
             "tag rows (drift probe tail_boxes, reconstructed); 'Topik Terkait: A, B' (reconstructed)"),
    # Paywall prompts under a premium story's lead (tempo, kompas.id-style walls; reconstructed from their
    # forms): "Artikel ini khusus untuk pelanggan.", "Berlangganan untuk membaca artikel ini", "Sudah
    # berlangganan? Masuk", "Silakan login untuk melanjutkan membaca", "Anda sedang membaca artikel premium".
    _residue(
        "paywall",
        r"(?:artikel|konten|berita|tulisan)\s+ini\s+(?:khusus|hanya)\s+(?:(?:untuk|bagi)\s+)?(?:pelanggan|member|anggota"
        r"|pengguna\s+terdaftar)\b.{0,80}"
        # 2025 walls (h48 probe): "Baca selengkapnya dengan berlangganan Tempo Digital", "Sudah punya akun? Masuk"
        r"|(?:baca|nikmati|akses|lanjutkan\s+membaca)(?:\s+(?:selengkapnya|artikel\s+ini|berita\s+ini|konten\s+ini"
        r"|tulisan\s+ini))?\s+(?:hanya\s+|cukup\s+)?dengan\s+(?:berlangganan|menjadi\s+(?:pelanggan|member|anggota))\b.{0,100}"
        r"|sudah\s+(?:punya|memiliki)\s+akun\s*\?.{0,40}"
        # the call, maybe asked politely and with the account's other door (h218 probe): "Silakan berlangganan untuk
        # membaca artikel selengkapnya.", "Silakan login atau berlangganan untuk membaca artikel ini secara lengkap."
        # (the account's other door only with a call to READ: "Login dan berlangganan untuk melanjutkan menonton
        # pertandingan." is a streaming story's step, h222)
        r"|(?:(?:silakan|silahkan|please)\s+)?(?:berlangganan|subscribe)\s+(?:untuk|to)\s+"
        r"(?:membaca|melanjutkan|read|continue|unlock)\b.{0,100}"
        r"|(?:(?:silakan|silahkan|please)\s+)?(?:masuk|login|log\s+in|daftar|sign\s+in)\s*(?:atau|dan|or|/)\s*"
        r"(?:berlangganan|subscribe)\s+(?:untuk|to)\s+(?:membaca|read)\b.{0,100}"
        r"|sudah\s+(?:berlangganan|menjadi\s+(?:pelanggan|member))\s*\?.{0,40}"
        r"|(?:silakan\s+|silahkan\s+)?(?:masuk|login|log\s+in)\s+untuk\s+(?:melanjutkan|membaca)\b.{0,80}"
        # (with "atau daftar" only to read on: "Masuk atau daftar untuk melanjutkan pemesanan tiket." is a how-to's
        # step, h222 W3)
        r"|(?:silakan\s+|silahkan\s+)?(?:masuk|login|log\s+in)\s*(?:atau|dan|/)\s*(?:berlangganan|daftar)"
        r"\s+untuk\s+membaca\b.{0,80}"
        # the article's own label as paid content, maybe with the call after it (h218 probe): "Artikel ini merupakan
        # konten premium. Silakan berlangganan …", "Berita ini adalah artikel premium." ("konten berbayar" is a sponsor's
        # notice: template_notice)
        r"|(?:artikel|konten|berita|tulisan)\s+ini\s+(?:merupakan|adalah)\s+(?:(?:artikel|konten|berita|tulisan)\s+)?"
        r"(?:premium|eksklusif\s+(?:untuk|bagi)\s+(?:pelanggan|member|anggota))\b.{0,120}"
        # the outlet's price offer with its call (h218 probe): "Berlangganan sekarang mulai Rp 50.000 per bulan,
        # batalkan kapan saja.", "Subscribe now for only Rp 55,000 per month." A sentence about another's price has no
        # "now" call: "Berlangganan Netflix mulai Rp 54.000 per bulan." stays.
        r"|(?:berlangganan|langganan|subscribe)\s+(?:sekarang|now)\s*,?\s*"
        r"(?:(?:mulai|hanya|cuma|cukup|dari|for|only|from|starting|at)\s+){0,3}(?:rp\.?|idr)\s?\d[\d.,]*"
        r"(?:\s*(?:rb|ribu|k|jt|juta))?\s*(?:/|per|se)\s*(?:bulan|bln|tahun|thn|minggu|month|year|week)\b"
        r"[^.!?]{0,60}[.!]?"
        r"|anda\s+sedang\s+membaca\s+(?:artikel|konten)\s+(?:premium|eksklusif)\b.{0,60}"
        r"|(?:dapatkan|nikmati)\s+akses\s+(?:penuh|tak\s+terbatas|tanpa\s+batas|unlimited)\b.{0,160}"
        # English walls (kompas.id English, Jakarta Post): "This article is for subscribers only", "Subscribe now to get
        # unlimited access …"
        r"|this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?(?:to|for))\s+"
        r"(?:our\s+)?(?:subscribers|members|premium)\b.{0,80}"
        r"|subscribe\s+now\b.{0,60}\b(?:access|read|unlock|articles?)\b.{0,100}"
        r"|(?:get|enjoy)\s+unlimited\s+access\b.{0,120}"
        # The Jakarta Post's box (h65 probe): "Keep reading with a subscription", "Get the best experience of The
        # Jakarta Post with unlimited access to all articles.", "Unlimited access to our web and app content", "Already
        # a subscriber? Log in"
        r"|(?:keep|continue)\s+reading\s+(?:with|by\s+(?:getting|buying))\s+a\s+(?:subscription|membership)\b.{0,60}"
        r"|get\s+the\s+(?:best|full)\s+experience\b.{0,80}\bunlimited\s+access\b.{0,80}"
        # (a story's "Unlimited access to all 12 parks will be free for students." is no prompt: h66)
        # the outlet's ("our") offer, with no sentence after it: "Unlimited access to all government apps will
        # require a single digital ID" is a story's (h68)
        r"|unlimited\s+access\s+to\s+(?:all\s+)?our\s+(?:\w+\s+){0,3}?(?:content|articles?|stories|web|apps?|"
        r"journalism|digital|e-?(?:paper|post))\b[^.!?]{0,40}[.!?]?"
        r"|already\s+(?:a\s+)?(?:subscriber|member)s?\s*\?.{0,40}",
        "paywall prompts (reconstructed); The Jakarta Post (h65 probe)",
    ),
    # App and click-through promos: "Download aplikasi Kompas.com untuk akses berita lebih mudah", "Klik di sini
    # untuk mendapatkan update berita terkini" (reconstructed from outlets' promo boxes). An app promo must name
    # news ("berita"/"news"): a how-to's "Download aplikasi PeduliLindungi." is its text.
    # Also "Download Apps Detikcom Sekarang https://apps.detik.com/detik/" (detik's closing line): the app's
    # name, "now", maybe its link, no sentence ("Download aplikasi PeduliLindungi sekarang." is one).
    _residue("app_promo", r"(?:download|unduh)\s+(?:aplikasi|app)\b(?=.{0,120}\b(?:berita|news)\b).{0,160}"
             r"|(?:download|unduh)\s+(?:aplikasi|apps?)\s+\S+(?:\s+\S+)?\s+(?:sekarang|now|gratis)"
             r"(?:\s*[:\-]?\s*https?://\S{1,100})?"
             # this article continued in the outlet's app, maybe with the box's button: "Lanjutkan baca di aplikasi
             # detikcom, lebih cepat dan hemat kuota. Buka Aplikasi", "Baca artikel ini lebih lengkap di aplikasi IDN"
             # (h69)
             r"|(?:lanjut(?:kan)?\s+(?:baca|membaca)"
             r"|baca\s+(?:(?:artikel|berita)\s+ini|selengkapnya)(?:\s+lebih\s+lengkap)?)"
             r"\s+(?:di|lewat|melalui|via)\s+(?:aplikasi|apps?)\b(?:[^.!?]|\.(?=\w)){0,80}[.!]?"
             r"(?:\s*(?:buka|unduh|download)\s+(?:aplikasi|app)\s*[!.\u00bb>]*)?",
             "app promos (reconstructed); detik's 'Download Apps Detikcom Sekarang' line; continue-in-app boxes (h69)"),
    # The outlet's app by its name, the promo box's header (h111 probe: NU Online 2022, "Download NU Online Super App"):
    # download, the name, "app" after it, maybe "now". A how-to's step names an app so too ("Download PeduliLindungi App
    # di Play Store."): residue closing the body only (cleaning._CLOSING_ONLY_KINDS).
    _residue("named_app_promo",
             rf"(?:download|unduh)\s+{_OUTLET}\s+(?:super\s+)?(?:apps?|aplikasi)(?:\s+(?:sekarang|now|gratis))?\s*[.!]?",
             "NU Online's closing promo box (h111 probe)"),
    # The prompt alone or "… untuk <what>"; "Klik di sini jika kode verifikasi tidak masuk" is a how-to's step.
    _residue("click_here", r"klik\s+(?:di\s+)?(?:sini|link\s+(?:ini|berikut))(?:\W*|\s+(?:untuk|buat)\b.{0,100})"
             r"|click\s+here\b.{0,100}"
             r"|klik\s+untuk\s+(?:baca|membaca|melihat|lihat)\b.{0,60}",
             "click-through prompts (reconstructed)"),
    # A line whose link is its closing "klik di sini" (the link's own text): "Baca berita dengan sedikit iklan, klik di
    # sini" (tempo 2025, h48 probe), "Untuk berlangganan newsletter kami, klik disini". Short, no sentence in it: the
    # line only points at its link, which the text does not hold.
    _residue("click_here_tail",
             r"(?:(?![.!?]\s).){1,100}?[,:\s]\s*klik\s+(?:di\s*sini|link\s+(?:ini|berikut)|tautan\s+(?:ini|berikut))"
             r"\s*[!\u00bb>]*",
             "tempo 2025 (h48 probe), click-through prompts (reconstructed)", requires_any=("klik",)),
    # A read-with-fewer-ads upsell (h101 probe: kompas.com+, CNN Indonesia Premium, tempo): the offer to read without,
    # or with fewer, ads (maybe as the reader's wish: "Ingin membaca tanpa banyak iklan?"), then its call, a button or
    # the outlet's product to subscribe to or try; or the call with the offer as its purpose ("Berlangganan Kompas.com+
    # untuk membaca tanpa iklan."). "Membaca tanpa iklan kini menjadi fitur berbayar …" has no call and stays.
    _residue("ad_free_upsell", rf"{_OUTLET_UPSELL}|{_BRAND_UPSELL.replace('?P<brand>', '')}",
             "kompas.com+, CNN Indonesia Premium, tempo in-body upsells (h101 probe)",
             requires_any=("iklan", "ads", "ad-free", "ad free")),
    # A copyright line inside the body (a footer the container swallowed): "Copyright © 2024 Kompas.com",
    # "© 2024 PT Okezone", "Hak Cipta (c) 2024 …". "Hak cipta lagu itu …" (prose) has no ©/(c)/year.
    _residue("copyright_line",
             r"(?:copyright|hak\s+cipta)\s*(?:\u00a9|\(c\))\s*.{0,80}|(?:copyright\s+)?\u00a9\s*(?:\d{4}|[A-Z]).{0,80}"
             r"|copyright\s+\d{4}\b.{0,80}",
             "footers inside the body (reconstructed)"),
    # The outlet's reuse notice under the story: "Dilarang mengambil dan/atau menayangkan ulang sebagian atau
    # keseluruhan artikel di atas untuk konten akun media sosial komersil tanpa seizin redaksi." (kompas.com
    # since 2023; reconstructed from memory of the page, like "Dilarang mengutip ... tanpa izin redaksi").
    _residue("reuse_notice",
             # about the outlet's text: "Dilarang mengambil foto di ruang pelayanan tanpa izin petugas." is a rule
             # a story quotes.
             r"dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|menayangkan|memperbanyak|menyebarluaskan)\b"
             r"(?=.{0,250}\b(?:artikel|konten|berita|tulisan|materi)\b).{0,250}\b(?:seizin|izin|persetujuan)\b.{0,60}",
             "kompas.com reuse notice (reconstructed)"),
    # Template notes the outlet appends to a kind of story, not the story's text (reconstructed): an investment
    # disclaimer under market news ("Disclaimer: Keputusan investasi sepenuhnya ada di tangan pembaca …"),
    # a user-generated post's notice ("Isi artikel menjadi tanggung jawab sepenuhnya penulis", "Konten ini
    # adalah kiriman dari pembaca"), the helpline note under suicide stories ("Jika Anda … pikiran bunuh diri,
    # segera hubungi …", "Informasi ini tidak ditujukan untuk menginspirasi …").
    _residue("template_notice",
             r"(?:disclaimer|penafian)\s*:.{0,400}"
             # A user-generated post's notice, a block of its sentences only (_UGC_NOTICE, h187 probe: "Tulisan ini
             # merupakan kiriman dari penulis (Kawan GNFI). Isi tulisan sepenuhnya menjadi tanggung jawab penulis."):
             # the writer's responsibility with its qualifiers on either side (tribun, IDN Times Community: h57 probe);
             # a user-generated column's lead sentence (h57 probe: "*) Tribunners merupakan platform jurnalisme
             # warga. …") alone or before the notice's other sentences — "Kompasiana merupakan platform jurnalisme warga
             # yang diluncurkan pada 2008." is a story's sentence, and alone without the "*)" marker only closing the
             # body (_closing_only): "Kompasiana merupakan platform jurnalisme warga." mid-body is the story's too
             # (h61); the post's own lead naming itself ("Artikel ini dibuat oleh Kawan GNFI, platform user-generated
             # content …", h71) anywhere
             rf"|(?:\(?\*+\)?\s*)?{_UGC_NOTICE}"
             r"|(?:konten|artikel|tulisan)\s+ini\s+(?:adalah|merupakan)\s+(?:karya\s+(?:tulis\s+)?|tulisan\s+)"
             r"(?:dari\s+)?(?:anggota|pengguna|member|kontributor)\s+(?:[\w.-]+\s+){0,3}?(?:community|komunitas)\b.{0,200}"
             r"|(?:jika|bila|apabila)\s+(?:anda|kamu)\b.{0,120}\bbunuh\s+diri\b.{0,200}?"
             r"\b(?:hubungi|layanan|hotline|119|psikolog|psikiater)\b.{0,200}"
             r"|informasi\s+ini\s+tidak\s+ditujukan\s+untuk\s+menginspirasi\b.{0,300}"
             # An opinion column's disclaimer: "*) Tulisan ini merupakan pendapat pribadi penulis …", "Artikel ini
             # merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi …", "Tulisan dari X tidak
             # mewakili pandangan dari redaksi kumparan", "Kolom adalah rubrik opini di detikcom …".
             r"|(?:\(?\*+\)?\s*)?(?:tulisan|artikel|opini|kolom)\b.{0,80}?\b(?:pendapat|opini|pandangan)\s+pribadi\b.{0,300}"
             r"|(?:\(?\*+\)?\s*)?(?:tulisan|artikel|opini)\b.{0,80}?\btidak\s+(?:mewakili|mencerminkan)\s+"
             r"(?:pandangan|sikap)\s+(?:dari\s+)?redaksi\b.{0,200}"
             r"|kolom\s+(?:adalah|merupakan)\s+rubrik\s+opini\b.{0,300}"
             # A sponsorship disclosure: "Artikel ini merupakan kerja sama Kompas.com dengan …", "Konten ini
             # disponsori oleh …", "Artikel ini merupakan konten kerja sama dengan PT …" (tribunnews, h70), "… adalah
             # artikel bersponsor", "… konten berbayar": the piece itself is what it says, self-contained (its sponsor
             # or partner named, then its end): "Konten ini merupakan konten berbayar, sehingga kreator wajib …" and
             # "… promosi terselubung yang melanggar aturan kampanye …" are a story's (h73).
             r"|(?:artikel|konten|tulisan|berita)\s+ini\s+(?:(?:adalah|merupakan)\s+"
             r"(?:(?:hasil|konten|artikel|tulisan|berita)\s+)?(?:kerja\s*sama|advertorial|(?:ber)?sponsor|sponsored"
             r"|berbayar|promosi)|disponsori|didukung\s+oleh)\b"
             rf"{_DISCLOSED_PARTNER}"
             # A machine translation's disclaimer (VOI's English pages): "The English, Chinese, … versions are
             # automatically generated by the AI …"
             r"|(?:the\s+)?(?:english|indonesian|translated)\b.{0,120}?\b(?:versions?|translations?)\b.{0,60}?"
             r"\b(?:automatically\s+generated|generated\s+automatically|machine[-\s]translated)\b.{0,300}"
             # An AI-assistance note (_AI_NOTICE; 2025 templates, h48 and h69 probes), "This article was generated with
             # the help of AI …".
             rf"|{_AI_NOTICE}"
             r"|this\s+(?:article|story|summary)\s+was\s+(?:generated|written|produced|summari[sz]ed|translated)\s+"
             r"(?:with\s+(?:the\s+help\s+of|assistance\s+from)|using|by)\s+(?:an?\s+)?"
             rf"(?:ai|artificial\s+intelligence)\b{_NOTICE_TAIL}",
             "template notes under stories (reconstructed); AI-assistance notes (h48 probe)"),
    # The print edition's note closing a story an outlet ran in its paper too (h153 probe: The Jakarta Post's "This
    # article appeared in the print edition with the headline "Smelters feel the heat"."; reconstructed from the
    # outlets' forms: "A version of this story appeared in the print edition of Tempo English, June 19-25, 2023.",
    # "Artikel ini telah tayang di edisi cetak Kompas …", "Versi cetak artikel ini terbit di harian Kompas edisi 19 Juni
    # 2024 …"). The note names the paper's edition, then the headline, the date or the page: a story saying where a
    # report ran ("Artikel ini telah tayang di Kompas.com dengan judul …": the syndication note, read by the pipeline)
    # names no edition. A story about the press may say it too: residue only closing the body (_CLOSING_ONLY_KINDS).
    _residue("print_edition_note",
             r"(?:an?\s+(?:(?:shorter|longer|edited|earlier|different)\s+)?version\s+of\s+)?"
             r"this\s+(?:article|story|piece|report|column|editorial)\s+(?:(?:first|originally|also)\s+)?"
             r"(?:appeared|appears|was\s+(?:first\s+|originally\s+|also\s+)?(?:published|printed|run)|ran)\s+"
             r"(?:(?:in|on)\s+(?:(?:the|this\s+week's|today's)\s+)?(?:(?-i:[A-Z][\w.']*)(?:\s+(?-i:[A-Z][\w.']*)){0,3}\s+)?"
             r"(?:print(?:ed)?|paper|newspaper|weekly|magazine)\s+(?:edition|version|issue)|in\s+print)\b"
             rf"{_PRINT_NOTE_TAIL}"
             r"|(?:(?:artikel|tulisan|berita|liputan|laporan)\s+ini\s+(?:(?:telah|sudah|juga|pernah)\s+)*"
             r"(?:tayang|terbit|dimuat|diterbitkan|dipublikasikan)|versi\s+cetak\s+(?:artikel|tulisan|berita|liputan|laporan)"
             rf"\s+ini\s+(?:(?:telah|sudah)\s+)?(?:tayang|terbit|dimuat|diterbitkan)){_PRINT_NOTE_HEADLINE_FIRST}"
             r"\s+(?:di|dalam|pada)\s+"
             r"(?:(?:edisi|versi)\s+cetak\b|(?:surat\s+kabar|harian|koran|majalah|tabloid)\s+[\w.]+(?:\s+[\w.]+){0,2}\s+"
             rf"edisi\b){_PRINT_NOTE_TAIL}",
             "The Jakarta Post (h153 probe); Tempo English, Kompas print notes (reconstructed)",
             requires_any=("print", "cetak", "edisi", "edition", "paper", "magazine")),
    # A report's funding note (h71: Project Multatuli): "Liputan ini merupakan bagian dari serial "Tanah Nikel" yang
    # didukung oleh Dana Jurnalisme Lingkungan.", "Liputan ini didukung oleh …". A story may say it of its own findings
    # ("Liputan ini didukung oleh data satelit …"): residue only closing the body (cleaning._CLOSING_ONLY_KINDS). Not
    # a subject other than the report ("Program ini merupakan bagian dari serial kegiatan yang didukung oleh Pemkot").
    _residue("funding_note",
             r"(?:artikel|konten|tulisan|berita|liputan|laporan|reportase)\s+ini\s+"
             r"(?:(?:adalah|merupakan)\s+bagian\s+dari\s+(?:serial|seri|rangkaian)\b.{0,150}?)?"
             # the backer named: a capitalised name or a funding word ("Dana Jurnalisme Lingkungan", "hibah …"), not
             # what backs a finding ("didukung oleh data satelit …", h73)
             r"\b(?:didukung|didanai|dibiayai)\s+(?:(?:oleh|dari)\s+)?(?:sebagian\s+)?"
             r"(?:(?-i:[A-Z0-9\"\u201c'])|(?:dana|hibah|beasiswa|fellowship|program|yayasan|lembaga|donasi|donatur|grant)\b)"
             r".{0,200}",
             "report funding notes (h71 probe: Project Multatuli)"),
    # An investment disclaimer under market news without its label (h69 probe: tempo, okezone 2025): "Berita ini tidak
    # bertujuan mengajak pembaca untuk membeli atau menjual saham.", "Keputusan investasi sepenuhnya berada di tangan
    # pembaca.", "Tempo tidak bertanggung jawab atas kerugian yang timbul dari keputusan investasi." — any of them in
    # that order. "Keputusan investasi sepenuhnya berada di tangan direksi." is a story's.
    _residue("investment_disclaimer",
             rf"(?:{_NOT_AN_INVITATION}(?:\s+{_READERS_DECISION})?|{_READERS_DECISION})(?:\s+{_NOT_LIABLE})?",
             "tempo, okezone market news (h69 probe)"),
    # An affiliate disclosure (h69 probe: liputan6, republika, IDN Times 2025): "Artikel ini mengandung tautan afiliasi."
    # and the outlet's commission after it ("Liputan6.com dapat memperoleh komisi dari setiap pembelian melalui tautan
    # tersebut."), or the commission alone naming the article ("Republika dapat memperoleh komisi dari pembelian melalui
    # tautan di artikel ini."), "We may earn a commission from links on this page." A story's "Pengguna dapat memperoleh
    # komisi dari pembelian melalui tautan yang mereka bagikan." names no link of this article.
    _residue("affiliate_disclosure",
             r"(?:(?:artikel|konten|tulisan|halaman|berita)\s+ini\s+(?:mengandung|berisi|memuat|menyertakan|memiliki)\s+"
             r"(?:beberapa\s+)?(?:tautan|link)\s+afiliasi\b[^.!?]{0,100}[.!]?"
             rf"(?:\s+{_COMMISSION}[^.!?]{{0,150}}[.!]?)?"
             rf"|{_COMMISSION}(?=[^.!?]{{0,150}}\b(?:artikel|halaman|konten|tulisan)\s+ini\b)[^.!?]{{0,150}}[.!]?"
             r"|(?:we|[\w.]+(?:\s+[\w.]+){0,2})\s+may\s+(?:earn|receive|get)\b(?=[^.!?]{0,150}\b(?:links?\s+(?:in|on)\s+this"
             r"|our\s+links?|affiliate\s+links?))[^.!?]{0,200}[.!]?)",
             "liputan6, republika, IDN Times shopping stories (h69 probe)",
             requires_any=("afiliasi", "komisi", "commission")),
    # A line sending the reader to the outlet's own site: "Terus update informasi terkini dan terlengkap
    # dengan mengunjungi laman Republika.co.id", "Baca berita menarik lainnya di www.republika.co.id",
    # "Update berita terbaru dan terkini seputar Liputan6.com bisa dibaca di sini" (reconstructed closing
    # lines). A reading verb first and a site's domain in a short line.
    _residue("outlet_read_more",
             # about news ("… berita/informasi/artikel …"): "Simak ulasannya di pertamina.com" is a story's pointer
             # "Temukan berita menarik lainnya dari Okezone.com di Google News" (okezone, suara 2025: h69)
             r"(?:terus\s+)?(?:update|baca|simak|dapatkan|kunjungi|temukan|pantau\s+terus)\b"
             r"(?=.{0,120}?\b(?:berita|artikel|informasi|info|kabar|news)\b).{0,120}?"
             # the outlet's domain, not a government's or a university's ("kemenkeu.go.id": a source)
             r"(?<![\w.-])(?!(?:[\w-]+\.)*(?:go|ac|or|sch|mil)\.id\b)(?:[\w-]+\.)+(?:com|co\.id|id|net|tv)\b.{0,40}",
             "closing promo lines (reconstructed)"),
    # Follow prompts: "Ikuti kami di Google News", "Ikuti perkembangan berita ini dalam topik:", "Ikuti
    # berita terkini di WhatsApp Channel" (kompas (PAGE: the topic prompt), newer templates' follow boxes:
    # drift probe follow_boxes, reconstructed). Short; the whole block.
    _residue(
        "follow_prompt",
        # "kami" then where or what for, or nothing: "Ikuti kami menyusuri jalur pendakian baru …" is a travel
        # story's lede (h69)
        r"ikuti\s+(?:kami(?=\s*$|\s*[,.!:]|\s+(?:di|ke|pada|lewat|melalui|via|untuk|agar|supaya|biar|dan|juga|sekarang"
        r"|yuk|on)\b)|perkembangan\s+berita(?:\s+ini)?|berita\s+(?:terkini|terbaru|ini|lainnya|selanjutnya)|update\s+berita"
        r"|saluran|channel)\b.{0,120}",
        "kompas (PAGE), follow boxes (drift probe follow_boxes, reconstructed)",
    ),
    # Newsletter / channel sign-up boxes (drift probe follow_boxes, reconstructed from the 2023+ forms):
    # "Daftarkan email Anda untuk menerima ringkasan berita setiap pagi.", a bare "Newsletter" header, a
    # button left as its own block ("Gabung Sekarang", "Berlangganan", "Ikuti").
    _residue(
        "newsletter_prompt",
        # "Daftar" opening a sign-up, not "Daftar pemilih …" (a list: the word's usual sense in news).
        # "Masukkan email …" only with the newsletter named: "Masukkan alamat email dan nomor HP" is a step.
        # Maybe after the box's question ("Mau dapat ringkasan berita pilihan tiap pagi? Daftar newsletter CNN
        # Indonesia di sini", h69). A story's sentence about someone's newsletter is told by positive evidence
        # (_tells_of_another_channel): "Berlangganan newsletter berbayar kini menjadi sumber pendapatan …" goes on,
        # "Daftar sekarang melalui laman mudikgratis.jatengprov.go.id, …" names a government's site (h69); the outlet's
        # offer needs no word of its own ("Daftar untuk menerima email terbaru dari Mongabay Indonesia.", "Sign up for
        # The Jakarta Post's daily newsletter.", h73).
        # English: "Want to get the latest news from Coconuts Jakarta? Subscribe to our newsletter!" (h83)
        r"(?:(?:mau|ingin|pengen|suka|want|would\s+you\s+like)\b[^?]{0,100}\?\s*)?"
        r"(?:daftarkan|daftar\s+(?:sekarang|di\s*sini|untuk|gratis)|daftar(?=\s+(?:newsletter|buletin))|berlangganan"
        r"|langganan|subscribe|dapatkan|sign\s+up)\b.{0,100}?"
        r"\b(?:e-?mail|surel|newsletter|buletin|inbox|kotak\s+masuk)\b.{0,200}"
        # the box's line saying what comes to the reader's mailbox: "Kabar pilihan redaksi, terkirim ke surelmu setiap
        # pagi." (tempo 2025, h69); "tiket akan dikirim ke email pendaftar" is nobody's box
        r"|(?:berita|kabar|ringkasan|rangkuman|update|artikel)\b[^.!?]{0,80}?\b(?:terkirim|dikirim(?:kan)?)\s+"
        r"(?:langsung\s+)?(?:ke|di)\s+(?:surel|e-?mail|inbox|kotak\s+masuk)(?:mu\b|\s+(?:anda|kamu)\b)[^.!?]{0,60}[.!]?"
        r"|masukkan\b.{0,100}?\b(?:newsletter|buletin|berlangganan|langganan|subscribe)\b.{0,200}",
        "newsletter boxes (drift probe follow_boxes, reconstructed)",
    ),
    # ... or the box's header naming the outlet: "Newsletter Tempo" (h69)
    _residue("newsletter_header", r"(?:newsletter|buletin\s+berita|langganan\s+newsletter)"
             r"(?:\s+(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2})?\s*[:!.]*",
             "newsletter boxes (drift probe follow_boxes, reconstructed)"),
    _residue(
        "cta_button",
        r"(?:gabung|bergabung|ikuti|follow|subscribe|berlangganan|langganan)"  # not "Daftar": a list's heading
        r"(?:\s+(?:sekarang|di\s+sini|disini|kami|now))?\s*[!.\u00bb>]*",
        "follow and sign-up buttons (drift probe follow_boxes, reconstructed)",
    ),
    # A cookie-consent banner's fallback text and its button (drift probe follow_boxes, reconstructed):
    # "Kami menggunakan cookie untuk ...", "This site uses cookies ...", "Saya Setuju", "Accept all cookies".
    _residue(
        "cookie_notice",
        r"(?:kami|situs\s+(?:web\s+)?ini|website\s+ini|we|this\s+(?:web)?site)\s+(?:menggunakan|memakai|uses?)"
        r"\s+(?:cookies?|kuki)\b.{0,300}"
        r"|(?:saya\s+)?setuju|(?:accept|terima)(?:\s+(?:all|semua))?(?:\s+cookies?)?|ok,?\s+mengerti",
        "cookie banners (drift probe follow_boxes, reconstructed)",
    ),
    # A gallery's pager: "1/2 Sebelumnya Selanjutnya", "3 / 10", "2/5 Next" (drift probe gallery_between,
    # reconstructed).
    _residue(
        "gallery_pager",
        r"\d{1,3}\s*/\s*\d{1,3}(?:\s+(?:sebelumnya|selanjutnya|berikutnya|prev(?:ious)?|next)\s*[\u00bb\u203a>]?)*",
        "gallery pagers (drift probe gallery_between, reconstructed)",
    ),
    # Desk sign-off as its own block: detik "(mea/mea)", merdeka "(mdk/yan)" (PAGE), cnnindonesia
    # "(lau/pta)" (EGI), sindonews "(wid)", "(poe)" (GIK), tribun "(*)" (GIK). Also "[wid]".
    # ANTARA's old pages follow the code with the wire's timestamp: "(U.SDP-05/B/Z002/Z002) 10-06-2010 13:55:44" (h24).
    _residue("desk_signoff", rf"(?-i:[(\[]\s*{_DESK_INITIALS}\s*[)\]])(?:\s+\d{{2}}-\d{{2}}-\d{{4}}\s+\d{{2}}:\d{{2}}(?::\d{{2}})?)?",
             "detik, merdeka, sindonews, tribun, antaranews"),
    # A research desk signing its analysis (reconstructed: CNBC Indonesia Research, "CNBC INDONESIA RESEARCH" then
    # "research@cnbcindonesia.com"): the desk's name in capitals, its mailbox alone on a line. A press release's
    # contact lines ("Kontak media: humas@…", a person's address) are no desk's and stay.
    _residue("research_desk", r"(?-i:(?:TIM\s+)?(?:RISET|RESEARCH)\s+[A-Z][A-Z .]{1,40}|[A-Z][A-Z .]{1,40}\s+(?:RESEARCH|RISET))",
             "cnbcindonesia research (reconstructed)", requires_any=("research", "riset")),
    # The outlet's call for readers' questions or claims closing a consultation or fact-check story (h57 probe: detik
    # Konsultasi "Punya pertanyaan seputar kesehatan? Kirim pertanyaanmu di sini.", kompas's legal column, tirto's "Tirto
    # mengundang pembaca untuk mengirimkan klaim-klaim … ke email factcheck@tirto.id atau nomor aduan WhatsApp …" and its
    # Periksa Fakta box "Bagi pembaca yang memiliki saran, kritik, informasi, atau keberatan terhadap klarifikasi ini, …
    # silakan hubungi kami di [email protected]" (h113: the address Cloudflare's placeholder), tempo's
    # "Punya informasi atau klaim …? Hubungi ChatBot kami. … cekfakta@tempo.co.id"). The reader addressed (a question, Anda,
    # kamu, "pertanyaanmu", "pembaca"), a send verb and a channel (an address, WhatsApp, a chatbot, "di sini", a link):
    # "Warga diminta mengirimkan laporan ke email dinas@…go.id" addresses no reader and stays. What is sent is material
    # for the outlet (a question, a claim to check, a story, a piece of writing, a consultation) sent through the page's own
    # channel ("di sini", a link), or the outlet is the addressee (redaksi, "kami", "ChatBot kami", its desk's address:
    # redaksi@, factcheck@, cekfakta@, konsultasi…@, or with the page's address any mailbox on its own site, strip_residue),
    # and no one else is named: a closing appeal to report to the police or a family ("Bagi Anda yang mengetahui keberadaan
    # pelaku, segera hubungi Polres Demak melalui WhatsApp …", h61), to apply for a job, to send one's story to a contest's
    # committee ("… ke panitia melalui email lomba@jatengprov.go.id", h63) or to ask a health office ("Hubungi layanan
    # konsultasi gratis Dinas Kesehatan Demak …") is the story's own. Dropped only closing the body (_CLOSING_ONLY_KINDS):
    # a story quoting such a line mid-body keeps it.
    _residue("reader_submission_prompt",
             f"{_SUBMISSION_FORM.replace('(?#to-outlet)', _SUBMISSION_TO_OUTLET)}|{_SUBMISSION_FORM_ENGLISH}",
             "consultation and fact-check columns' calls for readers' questions (h57 probe)",
             requires_any=("kirim", "ngirim", "hubungi", "ajukan", "sampaikan",  # "mengirim" drops the k
                           "send", "submit", "contact", "mail", "write", "reach")),
    # A desk signing off its piece in capitals, the team named by its desk word (h314 A: tempo's "TIM CEK FAKTA TEMPO"
    # closing every fact check, "TIM REDAKSI"); with the page known, "TIM <the host's brand>" too (strip_residue). A
    # story's heading may say it: residue only closing the body (cleaning._CLOSING_ONLY_KINDS). One word after the desk
    # at most, its outlet's brand: a correction in capitals goes on ("TIM REDAKSI MOHON MAAF ATAS KEKELIRUAN", h315 R2).
    _residue("desk_team_signoff",
             r"(?-i:TIM\s+(?:CEK\s+FAKTA|PERIKSA\s+FAKTA|PEMERIKSA\s+FAKTA|REDAKSI)(?:\s+[A-Z][A-Z0-9.]*)?)",
             "tempo fact checks' sign-off (h314 A)"),
    _residue("desk_mailbox", r"(?:research|riset|redaksi|newsroom|editorial)@[\w-]+(?:\.[\w-]+)+",
             "cnbcindonesia research and other desks' mailboxes (reconstructed)", requires_char="@"),
)

# Every catalog pattern fully matches at most this many characters (the largest cap is ~520), so a
# longer block skips the regex entirely: most prose paragraphs are rejected by one len() call.
MAX_RESIDUE_CHARS: Final = 600

# One anchored alternation over every marker-led catalog entry: a single fullmatch per block instead
# of one per entry, and each alternative fails within its first characters on ordinary prose.
# lastgroup names the entry that matched.
_ANCHORED_RESIDUE_RE: Final = re.compile(
    "|".join(
        f"(?P<{entry.name}>{entry.pattern.pattern})" for entry in RESIDUE_PATTERNS if not entry.requires_any
    ),
    re.IGNORECASE,
)


# How many leading characters of a block pick the catalogue entries it is tried against (_anchored_residue_re).
_DISPATCH_CHARS: Final = 2
# Above this many distinct prefixes an entry is tried on every block (a free "." or [^…] in them: no cut).
_MAX_PREFIXES: Final = 4000


_ASCII_LOWER: Final = frozenset(chr(code).lower() for code in range(128))


@lru_cache(maxsize=None)
def _ascii_members(character_class: str) -> tuple[str, ...]:
    """The ASCII characters a class like ``\\s`` matches."""
    return tuple(chr(code) for code in range(128) if re.fullmatch(character_class, chr(code)))


@lru_cache(maxsize=None)
def _ascii_matches(char: str) -> str:
    """The ASCII characters (lower case) that ``char`` in a case-insensitive pattern matches, as re itself tells:
    "s" also for the long s "ſ", "k" for the Kelvin sign."""
    return "".join(sorted({c.lower() for c in map(chr, range(128)) if re.fullmatch(re.escape(char), c, re.IGNORECASE)}))


def _leading_prefixes(pattern: str, counts: Sequence[int]) -> list[frozenset[str] | None]:
    """For each count, the ASCII strings of ``count`` characters (lower case) a match of ``pattern``
    (case-insensitive) longer than ``count - 1`` characters can start with; None when there are too many to list
    (a dot or a negated set followed by more). Read off the regex's parse tree, each character class as the ASCII
    characters it matches; a lookaround counts as nothing and a form it does not know as unknown, so the set is
    never too small. A prefix with a character only non-ASCII text can match is left out: the caller tries every
    entry on a block whose first characters are not ASCII."""
    from re import _constants as ops, _parser  # the stdlib's own parser: what re.compile reads

    class Unknown(Exception):
        pass

    def extend(starts: set[str], endings: set[str]) -> set[str]:
        found: set[str] = set()
        cut: dict[int, set[str]] = {}  # the endings cut to the room each start leaves
        for start in starts:
            room = count - len(start)
            if room not in cut:
                cut[room] = {ending[:room] for ending in endings}
            found.update(start + ending for ending in cut[room])
            if len(found) > _MAX_PREFIXES:
                raise Unknown
        return found

    def of_sequence(items: Any, starts: set[str]) -> set[str]:
        for op, value in items:
            if all(len(start) >= count for start in starts):
                break
            done = {start for start in starts if len(start) >= count}
            open_ = starts - done
            starts = done | extend(open_, of_item(op, value, open_))
        return starts

    def of_chars(chars: Any) -> set[str]:
        return {ascii_char for char in chars for ascii_char in _ascii_matches(char)}

    def of_item(op: Any, value: Any, starts: set[str]) -> set[str]:
        """The strings this item can add (each may be cut later to ``count``)."""
        if op is ops.LITERAL:
            return of_chars([chr(value)])
        if op in (ops.ANY, ops.NOT_LITERAL):
            return set(_ASCII_LOWER)
        if op is ops.IN:
            chars: list[str] = []
            for kind, item in value:
                if kind is ops.LITERAL:
                    chars.append(chr(item))
                elif kind is ops.RANGE and item[1] - item[0] <= 300:
                    chars += [chr(code) for code in range(item[0], item[1] + 1)]
                elif kind is ops.CATEGORY and item in _CATEGORY_CLASSES:  # \s, \d, \w: their ASCII members
                    chars += _ascii_members(_CATEGORY_CLASSES[item])
                else:  # a negated set, a range too long to list: any character
                    return set(_ASCII_LOWER)
            return of_chars(chars)
        if op is ops.BRANCH:
            return {ending for branch in value[1] for ending in of_sequence(branch.data, {""})}
        if op is ops.SUBPATTERN:
            return of_sequence(value[-1].data, {""})
        if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, getattr(ops, "POSSESSIVE_REPEAT", ops.MAX_REPEAT)):
            low, high, body = value
            once = of_sequence(body.data, {""})
            found = {""} if low == 0 else set()
            current = {""}
            for repeats in range(1, min(high, count) + 1):  # each repeat adds a character, or the match ends
                current = extend(current, once)
                if repeats >= low:
                    found |= current
            if low > count:
                found = current
            return found
        if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
            return {""}  # consumes nothing
        raise Unknown

    _CATEGORY_CLASSES = {ops.CATEGORY_DIGIT: r"\d", ops.CATEGORY_NOT_DIGIT: r"\D", ops.CATEGORY_SPACE: r"\s",
                         ops.CATEGORY_NOT_SPACE: r"\S", ops.CATEGORY_WORD: r"\w", ops.CATEGORY_NOT_WORD: r"\W"}
    try:
        tree = _parser.parse(pattern, re.IGNORECASE)
    except Exception:  # noqa: BLE001  another Python's parser: every prefix, as if unknown
        return [None for _ in counts]
    found: list[frozenset[str] | None] = []
    for count in counts:
        try:
            found.append(frozenset(prefix for prefix in of_sequence(tree.data, {""}) if len(prefix) == count))
        except Unknown:
            found.append(None)
    return found


def _top_branches(pattern: str) -> list[str]:
    """A pattern's top-level alternatives as written ("a|(?:b|c)|[|]" -> ["a", "(?:b|c)", "[|]"]): a bar escaped,
    inside a group or inside a character class splits nothing. Joined with "|" they give the pattern back."""
    branches, start, depth, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a class runs to its first unescaped "]" that is not its first member
            index += 1
            if pattern.startswith("^", index):
                index += 1
            if pattern.startswith("]", index):
                index += 1
            while pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


# Each marker-led entry as its top-level alternatives, each with the prefixes it can start with: a block is tried
# against the alternatives its first characters allow, each entry still one named group (its allowed alternatives in
# their order), the entries in catalogue order. An alternative its prefixes rule out cannot match the block, so the
# entry matches the block exactly when its pattern whole does. Per alternative, not per entry: a few wide entries
# (template_notice, photo_credit) have one alternative that may start anywhere and many that start with a word.
_ANCHORED_ENTRIES: Final = tuple(
    (entry, tuple((branch, _leading_prefixes(branch, range(1, _DISPATCH_CHARS + 1)))
                  for branch in _top_branches(entry.pattern.pattern)))
    for entry in RESIDUE_PATTERNS if not entry.requires_any)
_ANCHORED_BY_PREFIX: dict[str, re.Pattern[str]] = {}
_ANCHORED_BY_BRANCHES: dict[tuple[tuple[int, ...], ...], re.Pattern[str]] = {}


def _may_start(prefixes: list[frozenset[str] | None], prefix: str) -> bool:
    """Whether an alternative whose leading prefixes (_leading_prefixes) are ``prefixes`` can match a block starting
    with ``prefix`` (ASCII, lower case)."""
    return all(found is None or prefix[:count] in found for count, found in enumerate(prefixes[:len(prefix)], 1))


def _anchored_residue_re(text: str) -> re.Pattern[str]:
    """The anchored catalogue alternation of the entries a block starting as ``text`` does can match, in catalogue
    order (the first alternative that matches names the entry, as in _ANCHORED_RESIDUE_RE), each entry cut to the
    top-level alternatives of its pattern that can start so: most prose starts with two letters a handful of markers
    start with (on the real pages' blocks the whole alternation cost ~17 µs a block, the entries sharing its first
    letter ~8.5, those sharing its first two ~3; cut to their alternatives sharing them, ~2/3 of that). The first two
    characters pick the alternatives when both are ASCII, the first alone when only it is; a block opening with a
    non-ASCII character (whose case folding the prefixes may not hold) gets the whole alternation. At most one
    alternation per distinct choice of alternatives (~130 on the real and probe pages), one lookup per ASCII
    prefix."""
    prefix = text[:_DISPATCH_CHARS]
    while prefix and not prefix.isascii():
        prefix = prefix[:-1]
    if not prefix:
        return _ANCHORED_RESIDUE_RE
    prefix = prefix.lower()
    found = _ANCHORED_BY_PREFIX.get(prefix)
    if found is None:
        chosen = tuple(tuple(index for index, (_, prefixes) in enumerate(branches) if _may_start(prefixes, prefix))
                       for _, branches in _ANCHORED_ENTRIES)
        found = _ANCHORED_BY_BRANCHES.get(chosen)
        if found is None:
            alternatives = [f"(?P<{entry.name}>{'|'.join(branches[index][0] for index in indexes)})"
                            for (entry, branches), indexes in zip(_ANCHORED_ENTRIES, chosen) if indexes]
            found = _ANCHORED_BY_BRANCHES[chosen] = re.compile("|".join(alternatives) or "(?!)", re.IGNORECASE)
        _ANCHORED_BY_PREFIX[prefix] = found
    return found


# Entries that may start anywhere (captions ending in a credit) run only after a substring prefilter.
_GUARDED_RESIDUE_PATTERNS: Final = tuple(entry for entry in RESIDUE_PATTERNS if entry.requires_any)


def _word_trie(words: Sequence[str]) -> str:
    """An alternation of ``words`` sharing their common beginnings ("foto", "fund" -> "f(?:oto|und)"), matching the
    longest word where more than one starts (a shorter word ends an optional, greedy rest)."""
    ends = "" in words
    by_first: dict[str, list[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], []).append(word[1:])
    alternatives = [re.escape(first) + _word_trie(rests) for first, rests in sorted(by_first.items())]
    if not alternatives:
        return ""
    if ends:
        return f"(?:{'|'.join(alternatives)})?"
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


# Every requires_any word of the guarded entries in one scan of the lowered block: a block naming none of them (most
# prose) skips the per-entry substring tests (16 entries, 67 words: ~9 µs a block, the scan ~6). Where a word is found
# the trie names the longest one starting there; the others starting there are its own beginnings, so the words the
# block holds are those found and their beginnings, and an entry's test passes exactly when one of them is its own.
_GUARD_WORDS: Final = tuple(sorted({word for entry in _GUARDED_RESIDUE_PATTERNS for word in entry.requires_any}))
_GUARD_WORD_RE: Final = re.compile(_word_trie(_GUARD_WORDS))
_GUARDED_BY_WORD: Final = {found: frozenset(index for index, entry in enumerate(_GUARDED_RESIDUE_PATTERNS)
                                            if any(found.startswith(word) for word in entry.requires_any))
                           for found in _GUARD_WORDS}


def _guarded_indexes(lowered: str) -> list[int]:
    """The indexes in _GUARDED_RESIDUE_PATTERNS of the entries one of whose requires_any words the lowered block holds,
    in catalogue order."""
    word = _GUARD_WORD_RE.search(lowered)
    if word is None:
        return []
    guarded: set[int] = set()
    while word is not None:
        guarded |= _GUARDED_BY_WORD[word.group()]
        word = _GUARD_WORD_RE.search(lowered, word.start() + 1)
    return sorted(guarded)


# Reported speech: ", kata dia", "ujarnya", "tutur Kapolres". A promo, a label or a widget's text never
# attributes what it says to someone; a sentence that does is the story ("Klik di sini bukan satu-satunya
# cara, kata pakar keamanan siber", "Saksikan siaran langsung pukul 19.00 di Indosiar, kata panitia").
_REPORTED_SPEECH: Final = (
    r",\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|imbuh|tambah|sebut|papar|tegas)(?:nya)?\b"
    r"|\b(?:katanya|ujarnya|ucapnya|tuturnya|jelasnya|ungkapnya|terangnya|imbuhnya|tambahnya|paparnya|tegasnya)\b"
    r"|,\s*(?:said|says|told)\b"
    # English with its speaker first, closing the block: "…, the mayor said.", "…, the agency urged." (h83), maybe with
    # a short tail saying when or how: "…, the office said on Monday.", "…, it said in a statement on Sunday." (h118)
    r"|,\s*(?:[\w.'-]+\s+){1,4}(?:said|says|told\s+\w+|urged|added|stated|explained|wrote)"
    r"(?:\s+(?:on|in|at|during|after|before|late|early|earlier|last|this|yesterday|today|tonight|via|through)\b"
    r"(?:\s+[\w.'-]+){0,5})?\s*[.!]?\s*$")
_ADVICE_SPEECH: Final = (
    # The verbs news attributes advice with count only with their speaker after them (h69, h73 probes): ", pesan dia.",
    # ", imbau Endro kepada …", ", saran peneliti Remotivi …", ", tulis pengelola dalam pengumumannya"; a caption's
    # ", minta UMP 2026 naik 10 persen" or ", ajak pemilih datang ke TPS" is the verb with its object.
    r",\s*(?:imbau|pesan|saran|pinta|minta|ajak|tulis)(?:nya\b|\s+(?:(?:dia|ia|beliau|mereka)\b"
    r"|(?:sang|para|pihak|peneliti|pengelola|ketua|kepala|petugas|dokter|pakar|ahli|pengamat|panitia|penyelenggara"
    r"|menteri|gubernur|bupati|wali\s+kota|camat|lurah|direktur|pejabat|guru|ibu|ayah|bapak|juru\s+bicara|jubir)\b"
    r"(?:\s+[\w.'-]+){0,4}?|(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3})"
    r"(?=\s*(?:[.!,]|$)|\s+(?:kepada|pada|dalam|di\s+hadapan|saat|ketika|melalui|lewat|usai|seusai|sebelum|sesudah"
    r"|setelah)\b))")
_ADVICE_SPEECH_RE: Final = re.compile(_ADVICE_SPEECH, re.IGNORECASE)
SPEECH_RE: Final = re.compile(f"{_REPORTED_SPEECH}|{_ADVICE_SPEECH}", re.IGNORECASE)
_REPORTED_SPEECH_RE: Final = re.compile(_REPORTED_SPEECH, re.IGNORECASE)
# A caption's, a credit's or a reader's prompt's own words: the advice verbs there take an object (", minta UMP …",
# "…, tulis dan kirim ke redaksi@…"), never a speaker (h73).
_NO_ADVICE_SPEECH_KINDS: Final = frozenset({
    "caption_with_credit", "caption_with_bracketed_credit", "labelled_caption", "photo_credit", "outlet_photo_credit",
    "named_outlet_photo_credit", "agency_photo_credit", "other_credit", "reader_submission_prompt", "image_caption_credit"})


# Rows whose line carries another story's headline or a post's text, which may well report speech ("Baca juga:
# Harga BBM Tidak Naik, Kata Menteri"): the speech test is not theirs.
_HEADLINE_ROWS: Final = frozenset({
    "related_link", "related_link_no_colon", "related_next", "related_label_title", "related_link_bracketed", "related_link_english",
    "related_link_short", "related_header", "editor_pick", "editor_pick_english", "pager", "video_promo", "video_link", "gambas_embed",
    "tweet_embed", "tweet_photo_link", "instagram_embed", "embed_url"})


# Prompts to follow, join, subscribe to, open, watch or listen to a channel: the outlet's own, or the story telling its
# reader about someone else's (h69 probe: "Ikuti saluran WhatsApp resmi BPBD Kota Semarang untuk mendapat peringatan
# dini banjir." in a list of a disaster office's advice).
PROMPT_KINDS: Final = frozenset({"follow_channel_promo", "follow_prompt", "social_follow_promo", "newsletter_prompt",
                                 "video_promo", "listen_promo", "app_promo", "channel_statement_promo",
                                 "named_app_promo"})
# A public body owning the channel, capitalised as its name is ("Kementerian Agama", "Dinas Kesehatan Jateng", "BPBD",
# "Sekretariat Presiden"): "berat badan" or "dinas luar" in lower case is nobody's name. Read in the prompt's object only
# (_prompt_object): "… untuk update berita seputar Istana dan Presiden" is the outlet's own channel's purpose (h73).
_PUBLIC_BODY_RE: Final = re.compile(
    r"\b(?-i:Kementerian|Kemen[a-z]{2,}|Dinas|Badan|Balai|BPBD|BNPB|BMKG|Basarnas|Pemerintah|Pem(?:kot|kab|prov|da)"
    r"|Polri|Polda|Polres\w*|Polsek|TNI|Sekretariat|Setpres|Istana|KPU|Bawaslu|Kelurahan|Kecamatan|Puskesmas|RSUD"
    r"|Universitas|Kedutaan|KBRI|Direktorat|Ditjen|Humas"
    # a regional office by its short name ("Dishub Jateng", "Disdukcapil Surabaya", "Dinkes DKI"; h105)
    r"|Dis(?:hub|dik|dikbud|dukcapil|kominfo|pora|naker|nakertrans|par|perindag|kes|sos|lh)|Din(?:kes|sos))\b")
# A government's or a university's site anywhere in the prompt, or an account named as a public body's
# ("@bbksdajatim", "@humaspoldajateng", "@bpbdkotasemarang").
_PUBLIC_SITE_RE: Final = re.compile(
    r"(?<![@\w.-])(?:[\w-]+\.)+(?:go|ac|sch|mil)\.id\b"
    r"|(?<![\w.])@(?:bpbd|bnpb|bmkg|basarnas|bbksda|bksda|pem(?:kot|kab|prov|da)|humas|divhumas|polres|polda|polri"
    r"|kemen|kementerian|dinas|dinkes|kpu|bawaslu|setkab|setneg|kominfo)\w*", re.IGNORECASE)
# An owner named in common words after "resmi", "official", "milik": an institution the story speaks of ("Gabung grup
# WhatsApp resmi sekolah untuk info jadwal ujian."); an outlet is named by its brand ("resmi Pos Kupang", "resmi
# redaksi Suara.com", "resmi kumparan").
_INSTITUTION_OWNER_RE: Final = re.compile(
    r"\b(?:resmi|official|milik)\s+(?:(?:pihak|para)\s+)?(?-i:sekolah|kampus|universitas|desa|kelurahan|kecamatan|pemerintah"
    r"|pemda|perusahaan|klub|panitia|penyelenggara|pengelola|penulis|instansi|lembaga|organisasi|partai|masjid|gereja"
    r"|rumah\s+sakit|puskesmas|kepolisian|polisi|kementerian|dinas|kantor|yayasan|komunitas|bank|maskapai|operator"
    r"|pemerintah\s+daerah)\b", re.IGNORECASE)
# Where a prompt's object ends and its purpose begins ("… untuk berita terkini", "agar tidak ketinggalan berita yang
# menjadi perbincangan", "for the latest updates"): what the purpose says is the outlet's offer, not a sentence going on.
_PURPOSE_RE: Final = re.compile(
    r"\b(?:untuk|agar|supaya|biar|yang|sehingga|guna|demi|dan\s+dapatkan|for|so\s+that|to\s+(?:get|stay|receive|read))\b"
    r"|[,;:]", re.IGNORECASE)
# The prompt's object running into a predicate: the prompt's words are the subject of a story's sentence ("Bergabung ke
# saluran WhatsApp Kementerian Agama menjadi cara jemaah haji …", "Berlangganan newsletter berbayar kini jadi pilihan …",
# "… The Economist bisa menghabiskan Rp 3 juta setahun.", "Subscribe newsletter itu kini dikenakan biaya …"): a verb of
# going on, a modal or aspect word, a di- passive (not one of an offer's: "dikirim", "disajikan" …) or a price, right
# after the verb and its object (no "dan", "atau" or a pronoun between: "Berlangganan newsletter Kompas dan Anda akan
# …" is an offer), read in the prompt's object (_prompt_object) only, never in its purpose (h69, h75).
_STORY_PREDICATE_RE: Final = re.compile(
    r"^\W*\S+(?:\s+(?!(?:dan|atau|serta|anda|kamu|kalian|and|or|you|your)\b)\S+){1,8}?\s+"
    r"(?:(?:menjadi|merupakan|adalah|ialah|dinilai|disebut|dianggap|membuat|memberi|membantu|kini|kian|makin|semakin"
    r"|bisa|dapat|jadi|mulai|sudah|telah|akan|masih)\b"
    r"|(?-i:di(?!(?:kirim|sajikan|hadirkan|rangkum|ringkas|kurasi|pilih|susun|tulis|perbarui|update|antar|sini|sana|mana"
    r"|gital|skon|skusi|nas|namika|rektur|reksi|strik|visi|vidio|ngin|esel|mensi|siplin|alog|agram|ameter|plom|rgahayu)"
    r")[a-z]{4,})\b"
    r"|(?:rp\.?|us\$|\$)\s*\d|\d[\d.,]*\s*(?:ribu|juta|miliar|triliun|persen|%))", re.IGNORECASE)
# A finding cited in the prompt's object ("Berlangganan newsletter menurut survei Remotivi kian …", "according to a
# survey by …"); in its purpose it is the outlet's offer, and "menurut minat Anda" cites nobody: "Dapatkan berita terbaru
# dari Detik Jatim menurut minat Anda di aplikasi detikcom." (h75).
_CITES_RE: Final = re.compile(r"\b(?:menurut(?!\s+(?:minat|pilihan|selera|preferensi|kebutuhan|keinginan|topik|kategori)\b)"
                              r"|according\s+to|berdasarkan\s+(?:riset|survei|data|penelitian|studi)"
                              r"|(?:riset|survei|penelitian|studi)\s+(?:menunjukkan|menemukan|terbaru))\b", re.IGNORECASE)
# A how-to's line: the verb's object is the steps, not a channel ("Ikuti langkah-langkah berikut untuk bergabung ke
# saluran WhatsApp.", "Simak cara bergabung ke saluran WhatsApp berikut ini.", h75).
_INSTRUCTIONS_RE: Final = re.compile(
    r"\W*\S+\s+(?:(?:beberapa|sejumlah)\s+)?(?:langkah|cara|tata\s+cara|petunjuk|panduan|instruksi|tutorial|prosedur"
    r"|syarat|steps?|instructions?)\b", re.IGNORECASE)
# A video or a recording the story spoke of, named by a word pointing back ("Tonton juga video klip lagu itu yang kini
# ditonton 20 juta kali …"): a promo offers the outlet's own ("Simak video berikut untuk melihat … desa itu.").
_POINTS_BACK_RE: Final = re.compile(
    r"\b(?:video|vidio|berita|artikel|audio|rekaman|lagu|klip|podcast|siniar|episode)\b"
    r"(?:\s+(?!berikut|ini|di\b|untuk\b)[\w-]+){0,4}?"
    r"\s+(?:itu|tersebut)\b", re.IGNORECASE)
# A tag row's value that is a sentence's words: a run of five words or more with no chip's separator, one of them a
# sentence's little word ("Topik: Penguatan sumber daya manusia dan transformasi Jakarta menjadi kota global" in a
# debate's schedule, h69); chips are short labels ("Tags: Pilkada 2024, KPU, Bawaslu").
_TAG_SENTENCE_RE: Final = re.compile(
    r"(?:^|[:,;|/\u00b7\u2022])\s*(?=(?:[^\s,;|/\u00b7\u2022]+\s+){4}[^\s,;|/\u00b7\u2022])"
    r"[^,;|/\u00b7\u2022]*?\b(?:dan|yang|menjadi|untuk|dengan|dari|pada|akan|telah|sudah|adalah|merupakan|oleh|bagi"
    r"|agar|karena|serta|di|ke)\b", re.IGNORECASE)
TAG_KINDS: Final = frozenset({"tag_line", "tag_row"})


def _unless_story(kind: str, text: str) -> str | None:
    """The kind, or None when the matched block is the story's: it reports speech, it is a prompt telling of a channel
    not the outlet's (_tells_of_another_channel), it is a tag row whose value is a sentence's words."""
    if kind not in _HEADLINE_ROWS and (_REPORTED_SPEECH_RE.search(text) or (
            kind not in _NO_ADVICE_SPEECH_KINDS and _ADVICE_SPEECH_RE.search(text))):
        return None
    if kind in PROMPT_KINDS and _tells_of_another_channel(kind, text):
        return None
    if kind in TAG_KINDS and _TAG_SENTENCE_RE.search(text):
        return None
    return kind


def _tells_of_another_channel(kind: str, text: str) -> bool:
    """Whether a prompt of PROMPT_KINDS is the story's sentence about a channel not the outlet's, on positive evidence
    only: a public body holds it (named in the prompt's object, a government's site, a public body's @handle, an
    institution named after "resmi"), the prompt's object goes on as a sentence's subject or cites a finding, or (a
    video's or a recording's prompt with no title after a colon or a quote) it points back at what the story spoke of.
    A brand that is not the page's host's is no evidence: a network's paper ("resmi Sripoku.com" on
    palembang.tribunnews.com), a brand of two words ("resmi Pos Kupang"), an @handle (h73)."""
    if kind == "video_promo" and re.search(r"[:\"\u201c'\u00ab]", text):
        return False  # a video's title follows: its words are the title's
    if kind == "channel_statement_promo":  # its predicate is its grammar ("kini hadir di …"): the owner only
        return names_public_body(text)
    head = _prompt_object(text)
    if (_PUBLIC_BODY_RE.search(head) or _STORY_PREDICATE_RE.search(head) or _CITES_RE.search(head)
            or _INSTRUCTIONS_RE.match(head)):
        return True
    if _PUBLIC_SITE_RE.search(text) or _INSTITUTION_OWNER_RE.search(text):
        return True
    return kind in ("video_promo", "listen_promo") and _POINTS_BACK_RE.search(text) is not None


_OUTLET_UPSELL_RE: Final = re.compile(_OUTLET_UPSELL, re.IGNORECASE)
_BRAND_UPSELL_RE: Final = re.compile(_BRAND_UPSELL, re.IGNORECASE)
_CHANNEL_STATEMENT_RE: Final = re.compile(
    rf"{_NEWS_OF}(?P<subject>[\w.+-]+(?:\s+[\w.+-]+){{0,2}}?){_NOW_ON_CHANNEL}(?:\s*[,.!;]\s*(?:{_CHANNEL_CALL}))?\s*[.!]?",
    re.IGNORECASE)


def upsell_brand(text: str) -> str | None:
    """The brand an ad-free upsell offers when that brand alone makes it the outlet's (_BRAND_UPSELL: "Nikmati berita
    Tempo tanpa iklan. Berlangganan sekarang." -> "Tempo"), else None (no such upsell, or its words or its call are the
    outlet's anyway)."""
    match = _BRAND_UPSELL_RE.fullmatch(text)
    if match is None or _OUTLET_UPSELL_RE.fullmatch(text):
        return None
    return match.group("brand")


def channel_statement_subject(text: str) -> str | None:
    """Whose news a channel statement says is now on a channel, in any case ("Berita pilihan Republika kini hadir di
    WhatsApp Channel." -> "Republika"), or None when the line is no such statement."""
    match = _CHANNEL_STATEMENT_RE.fullmatch(text)
    return match.group("subject") if match else None


# Whose mission a donation appeal supports, whose app a named app promo offers: the words between the call and its
# means ("Dukung dakwah <Suara Muhammadiyah> dengan berdonasi …", "Download <NU Online> Super App").
_PROMO_OWNER_RE: Final = {
    "donation_appeal": re.compile(r"dukung(?:lah)?\s+(?:(?:dakwah|syiar)\s+)?(?P<owner>.+?)\s+(?:dengan|melalui|lewat|via)\s",
                                  re.IGNORECASE),
    "named_app_promo": re.compile(r"(?:download|unduh)\s+(?P<owner>.+?)\s+(?:super\s+)?(?:apps?|aplikasi)\b",
                                  re.IGNORECASE),
}


def promo_owner(text: str, kind: str | None) -> str | None:
    """The name a donation appeal or a named app promo is for ("Dukung dakwah Pondok Pesantren Al-Ikhlas dengan
    berdonasi …" -> "Pondok Pesantren Al-Ikhlas"), or None for another line or kind: cleaning keeps it the outlet's only
    when that name is the host's brand, its site or "kami"/"redaksi" (h118 probe)."""
    pattern = _PROMO_OWNER_RE.get(kind or "")
    match = pattern.match(text) if pattern else None
    return match.group("owner") if match else None


def names_public_body(text: str) -> bool:
    """Whether a line names a public body or an institution as a channel's owner anywhere in it: its name
    (_PUBLIC_BODY_RE), a government's site or a public body's @handle (_PUBLIC_SITE_RE), an institution after "resmi"
    (_INSTITUTION_OWNER_RE)."""
    return bool(_PUBLIC_BODY_RE.search(text) or _PUBLIC_SITE_RE.search(text) or _INSTITUTION_OWNER_RE.search(text))


def _prompt_object(text: str) -> str:
    """A prompt's verb and object: its first sentence up to its purpose (_PURPOSE_RE)."""
    sentence = re.split(r"[.!?](?:\s|$)", text, maxsplit=1)[0]
    return _PURPOSE_RE.split(sentence, maxsplit=1)[0]


def normalized_residue_kind(text: str) -> str | None:
    """The catalogue entry a tidied block matches whole, unless the block reports speech or (a prompt) tells of a
    channel not the outlet's (_tells_of_another_channel: on positive evidence only)."""
    if not text or len(text) > MAX_RESIDUE_CHARS:
        return None
    if not text.isascii():  # "⬇️ Baca selengkapnya": the decoration is no part of what the line is
        if _EDGE_SYMBOL_RE.match(text) or _EDGE_SYMBOL_RE.match(text, len(text) - 1):  # else nothing to take off
            text = _EDGE_SYMBOLS_RE.sub("", text) or text
    if text[:2] in ("* ", "\u2022 "):  # "* Follow Official WhatsApp Channel …": a bullet before a promo
        text = text[2:].lstrip() or text
    kind = _catalogued_kind(text)
    if kind is None and text[0] in _LEAD_MARKER_CHARS and (marker := _LEAD_MARKER_RE.match(text)) is not None:
        # "*) Dapatkan update berita …", "*Sumber: BMKG", "(*) Simak berita … di Google News", ">>> Baca Juga: …":
        # a regional outlet's marker before the catalogued line (tried after the whole line: "- Advertisement -").
        kind = _catalogued_kind(text[marker.end():])
    if kind is None and _PROMPT_OPENER_RE.match(text) and (end := _SENTENCE_END_RE.search(text)) is not None:
        # A prompt's sentence, then a sentence that is residue itself or the box's call to act: "Tonton juga video
        # lainnya di YouTube Tribunnews. Klik di sini.", "Dengarkan artikel ini. Durasi 3 menit." (h73); a second
        # sentence of the story's ("… Video itu sudah ditonton 2 juta kali.") keeps the block.
        rest = text[end.end():]
        if (first_kind := _catalogued_kind(text[:end.end()].rstrip())) in PROMPT_KINDS and (
                _PROMPT_CALL_RE.fullmatch(rest) or _catalogued_kind(rest) is not None):
            kind = first_kind
    if kind is None and text[0] in "([" and (inner := _BRACKETED_LINE_RE.fullmatch(text)) is not None:
        # A template's line in brackets: "(Disclaimer: Keputusan pembelian/penjualan saham sepenuhnya ada di tangan
        # investor.)" (idxchannel 2026, h162 probe), "[Baca juga: …]". The inside is judged as the line would be.
        return normalized_residue_kind((inner.group("round") or inner.group("square")).strip())
    if kind is None and ":" in text[:_NOTICE_LABEL_MAX_CHARS] and (label := _NOTICE_LABEL_RE.match(text)) is not None:
        # "Catatan: Konten ini dibuat dengan bantuan AI …", "Info: Dapatkan update berita …": a short label before a
        # catalogued line (h69 probe). What follows it must be catalogued itself: "Catatan: angka sementara hingga
        # Rabu sore." and "Catatan Redaksi: Judul berita ini diubah …" are the story's notes.
        kind = _catalogued_kind(text[label.end():])
    return kind


# A prompt's opening verb (PROMPT_KINDS), its sentence's end, and a box's call to act after it: "Jangan lupa like dan
# subscribe.", "Durasi 3 menit.", "Powered by Google Cloud."
PROMPT_OPENER: Final = (
    r"(?:(?:yuk|ayo|mari)\s*,?\s+)?(?:simak|lihat|tonton|watch|dengarkan|listen|putar|ikuti|follow|gabung|bergabung|join"
    r"|subscribe|berlangganan|langganan|daftar|sign\s+up|download|unduh)\b")
_PROMPT_OPENER_RE: Final = re.compile(PROMPT_OPENER, re.IGNORECASE)
_SENTENCE_END_RE: Final = re.compile(r"[.!?]\s+(?=\S)")
_PROMPT_CALL_RE: Final = re.compile(
    r"jangan\s+lupa\s+(?:untuk\s+)?(?:like|subscribe|share|follow|komen|nyalakan|aktifkan|klik)\b[^.!?]{0,80}[.!]?"
    # the bare call after a channel's prompt: "Watch more videos on Jubi TV YouTube channel. Subscribe now!" (h306 D)
    r"|(?:like\s+(?:and|dan|&)\s+)?subscribe(?:\s+(?:now|sekarang|today))?\s*[.!]*"
    r"|durasi\s*:?\s*\d+(?:[.:]\d+)?\s*(?:menit|detik|min(?:utes?)?|mins?)\s*[.!]?"
    r"|powered\s+by\s+[^.!?]{1,40}[.!]?", re.IGNORECASE)


# A whole line in one pair of brackets, its end mark inside or after: "(Disclaimer: … investor.)", "[Baca juga: …]."
_BRACKETED_LINE_RE: Final = re.compile(r"\((?P<round>[^()]+)\)[.!]?|\[(?P<square>[^\[\]]+)\][.!]?")
# ASCII markers a line may open with before a catalogued boilerplate line: "*)", "(*)", "*", "**", ">>>", "--", "#".
_LEAD_MARKER_CHARS: Final = frozenset("*(>-#")


_LEAD_MARKER_RE: Final = re.compile(r"(?:\(\*{1,3}\)|\*{1,3}\)?|>{1,3}|-{1,2}|#{1,3})\s*(?=\S)")
# A short label a template puts before a notice: "Catatan:", "Catatan Redaksi:", "Info:", "Keterangan:", "NB:", "Note:".
_NOTICE_LABEL_MAX_CHARS: Final = 20  # its colon within the block's first characters: one test rejects most blocks
_NOTICE_LABEL_RE: Final = re.compile(r"(?:catatan(?:\s+redaksi)?|info|keterangan|ket\.|note|nb|n\.b\.)\s*:\s*(?=\S)",
                                     re.IGNORECASE)


def _catalogued_kind(text: str) -> str | None:
    match = _anchored_residue_re(text).fullmatch(text)
    if match is not None:
        return _unless_story(match.lastgroup, text)
    for index in _guarded_indexes(text.lower()):
        entry = _GUARDED_RESIDUE_PATTERNS[index]
        if entry.requires_char and entry.requires_char not in text:
            continue
        if entry.pattern.fullmatch(text):
            return _unless_story(entry.name, text)
    return None
