"""A header's meta row in one block, read as the story's first paragraph (h180 probe).

Real form (Harian Haluan 2016, a custom template read by generic): under the headline one <div> holds
``<span class="tanggal">Selasa, 19 April 2016 - 11:14:33 WIB</span> <span class="penulis">Reporter : Riki Chandra |
Editor : Rahmadi</span> <span class="dibaca">Dibaca: 1.204 kali</span>``, read as one block of 98 characters. Each
part alone is known (a date line, a staff credit, a view counter), and without the counter the block is a stamp line
(79 characters); with it the block was prose (_PROSE_MIN_CHARS) and became body[0].
"""
from __future__ import annotations

import pytest

from newscrawl.cleaning import clean_body, meta_row, story_start

HALUAN = "Selasa, 19 April 2016 - 11:14:33 WIB Reporter : Riki Chandra | Editor : Rahmadi Dibaca: 1.204 kali"
TITLE = "Pemko Padang Tertibkan Pedagang Kaki Lima di Pasar Raya"
LEDE = ("PADANG, HALUAN — Pemerintah Kota (Pemko) Padang melalui Satuan Polisi Pamong Praja (Satpol PP) kembali "
        "menertibkan pedagang kaki lima (PKL) di Pasar Raya Padang, Senin (18/4).")
P2 = ("Kepala Satpol PP Kota Padang, Dian Fakri, mengatakan sebanyak 60 lapak di Jalan Pasar Raya dan Jalan Permindo "
      "dibongkar.")


@pytest.mark.parametrize(("text", "expected"), [
    (HALUAN, True),
    # the separators another template puts between the parts
    ("Selasa, 19 April 2016 - 11:14:33 WIB / Reporter : Riki Chandra / Editor : Rahmadi / Dibaca: 1.204 kali", True),
    ("Selasa, 19 April 2016 | 11:14 WIB | Penulis: Riki Chandra | Dilihat 1.204 kali | Kategori: Padang", True),
    ("Selasa, 19 April 2016 - 11:14:33 WIB Reporter : Riki Chandra | Editor : Rahmadi Dilihat 1.204 kali", True),
    ("Rabu, 20 April 2016 - 08:00 WIB Oleh: Riki Chandra dan Rahmadi | 1.204 kali dibaca | 120 Shares", True),
    ("Rep: Riki Chandra / Red: Rahmadi • Selasa, 19 April 2016 11:14 WIB • Dibaca 1.204 kali", True),
    # prose around a date or a reporter stays
    ("Selasa, 19 April 2016 - Pemerintah Kota Padang kembali menertibkan pedagang kaki lima di Pasar Raya, Senin.",
     False),
    ("Reporter Riki Chandra melaporkan dari lokasi bahwa 60 lapak di Jalan Pasar Raya dibongkar petugas pada Selasa, "
     "19 April 2016.", False),
    ("Reporter : Riki Chandra melaporkan dari lokasi bahwa 60 lapak dibongkar | Editor : Rahmadi Dibaca: 1.204 kali",
     False),
    ("Pada Selasa, 19 April 2016, pukul 11.14 WIB, Reporter : Riki Chandra dikabarkan hilang saat meliput di Padang.",
     False),
    ("Hingga Selasa, 19 April 2016 pukul 11.14 WIB, artikel tentang penertiban itu sudah dibaca 1.204 kali oleh warga.",
     False),
    # (h183 probe) a row of dates alone is the story's: a case's chronology, a concert's dates before the lede
    ("Ditangkap: 19 April 2016 | Disidangkan: 3 Mei 2016 | Divonis: 20 Juni 2016 | Bebas bersyarat: 17 Agustus 2020",
     False),
    ("Jumat, 19 April 2024 pukul 19.00 WIB / Sabtu, 20 April 2024 pukul 19.00 WIB / Minggu, 21 April 2024 pukul 15.30 WIB",
     False),
    # one part alone is no row (the stamp and residue rules judge it)
    ("Selasa, 19 April 2016 - 11:14:33 WIB", False),
])
def test_meta_row(text: str, expected: bool) -> None:
    assert meta_row(text) is expected


def test_the_haluan_row_is_cut_before_the_lede() -> None:
    assert story_start([HALUAN, LEDE, P2], TITLE) == 1
    assert clean_body([HALUAN, LEDE, P2], TITLE) == [LEDE, P2]


def test_a_lede_opening_with_a_date_stays_first() -> None:
    lede = ("Selasa, 19 April 2016 - Pemerintah Kota Padang kembali menertibkan pedagang kaki lima di Pasar Raya, "
            "kata Reporter : Riki Chandra.")
    assert clean_body([lede, P2], TITLE) == [lede, P2]
