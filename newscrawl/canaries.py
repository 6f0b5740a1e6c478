"""The canary of each site: one article page and the fields its item must fill (`scrapy check <site>`).

NewsSpider turns each row into a contract on the site's ``parse_article`` (newscrawl/contracts.py).
`scrapy check` fetches the page live, where there is network; the test suite serves it offline through
the replay proxy (tests/test_canaries.py). Rows marked "real" are saved real pages
(../shared/realpages/MANIFEST.tsv); rows marked "fixture" are the URL of the site's reconstructed test
page (tests/sites/<site>/article.html), which the live site may not serve: replace such a row with a
real article of the site as soon as one is saved.
"""
from __future__ import annotations

FIELDS = ("title", "body", "published_at", "authors")
NO_AUTHORS = ("title", "body", "published_at")

# site: (article URL, fields that must be filled, where the page comes from)
CANARIES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "antaranews": ("http://www.antaranews.com/berita/629369/saat-pengadilan-pertemukan-brotoseno-dan-angelina-sondakh",
                   FIELDS, "real"),
    "bisnis": ("https://finansial.bisnis.com/read/20251114/90/1928765/ojk-kredit-perbankan-tumbuh-78-persen-hingga-oktober-2025",
               FIELDS, "fixture"),
    "cnbcindonesia": ("https://www.cnbcindonesia.com/news/20250703101522-4-646201/kemenhub-tambah-kapal-penyeberangan-di-selat-bali-usai-kmp-tenggelam",
                      FIELDS, "fixture"),
    # CNN Indonesia bylines name the outlet, not a person: no authors to expect.
    "cnnindonesia": ("https://www.cnnindonesia.com/nasional/20250703143512-20-1246498/bmkg-peringatkan-gelombang-tinggi-di-selat-bali-hingga-sabtu",
                     NO_AUTHORS, "fixture"),
    "detik": ("https://news.detik.com/berita/d-6453785/polisi-soal-pistol-di-kasus-cekcok-pemobil-vs-pemotor-cuma-diperlihatkan",
              FIELDS, "real"),
    "idntimes": ("https://www.idntimes.com/news/indonesia/kai-tambah-24-perjalanan-kereta-jarak-jauh-selama-libur-sekolah-00-k3m9x-7rtq2b",
                 FIELDS, "fixture"),
    "jpnn": ("https://www.jpnn.com/news/polda-metro-jaya-tangkap-pengedar-uang-palsu-di-bekasi", FIELDS, "fixture"),
    "kompas": ("https://nasional.kompas.com/read/2025/05/28/13300711/pengacara-ronald-tannur-dituntut-14-tahun-kurungan",
               FIELDS, "real"),
    "kontan": ("https://investasi.kontan.co.id/news/ihsg-ditutup-menguat-ke-7200-saham-perbankan-jadi-penopang",
               FIELDS, "fixture"),
    "kumparan": ("https://kumparan.com/kumparannews/kemenhub-siapkan-120-bus-tambahan-untuk-arus-balik-libur-iduladha-22yT5mQ8wLr",
                 FIELDS, "fixture"),
    "liputan6": ("https://www.liputan6.com/news/read/4541831/foto-kondisi-kapal-selam-kri-nanggala-402-yang-tenggelam-di-perairan-bali",
                 FIELDS, "real"),
    "merdeka": ("https://www.merdeka.com/peristiwa/kasus-aktif-covid-19-melonjak-pemkot-bandung-batasi-kegiatan-masyarakat.html",
                FIELDS, "real"),
    "okezone": ("http://celebrity.okezone.com/read/2017/02/17/33/1620900/cara-indra-birowo-jaga-keromantisan-dengan-istri",
                FIELDS, "real"),
    # This 2017 page names no reporter.
    "republika": ("http://www.republika.co.id/berita/jurnal-haji/berita-jurnal-haji/17/02/17/oli9fp396-jamaah-haji-ikuti-pemeriksaan-kesehatan-haji",
                  NO_AUTHORS, "real"),
    "sindonews": ("https://kalam.sindonews.com/read/1458931/69/tiga-amalan-sunnah-di-bulan-dzulhijjah-1718856000",
                  FIELDS, "fixture"),
    "suara": ("https://www.suara.com/news/2024/06/19/153012/harga-cabai-rawit-di-pasar-senen-tembus-rp80-ribu-per-kilogram",
              FIELDS, "fixture"),
    "tempo": ("http://gaya.tempo.co/read/news/2015/11/05/060716092/ini-7-alasan-mengapa-orang-malas-bergerak?i=1",
              FIELDS, "real"),
    "tirto": ("https://tirto.id/bi-pertahankan-suku-bunga-acuan-di-level-5-persen-hJkT", FIELDS, "fixture"),
    "tribunnews": ("https://www.tribunnews.com/nasional/2025/06/10/dpr-minta-pemerintah-percepat-penyaluran-bantuan-pangan-beras",
                   FIELDS, "fixture"),
    "viva": ("http://life.viva.co.id/showbiz/read/736460-taylor-swift-standing-ovation-untuk-pianis-cilik-indonesia",
             FIELDS, "real"),
}
