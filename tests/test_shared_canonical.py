"""A site-wide canonical (or og:url) naming ONE page merged distinct stories into one item (h249 probe): 19 stories
of a day, 1 emitted, 18 dropped as duplicate_url, health ok, INFO lines only; the item left carried another story's
URL under its own title. Reconstructed WordPress-style pages of a generic outlet (discovery: robots.txt -> news
sitemap), written for this test, each story its own text:

- E: id-less slugs sharing most words ("banjir-rendam-ratusan-rumah-warga-di-{place}"), every page's canonical story
  #2's URL (C5/C6: no canonical, og:url the next story's or story #2's);
- B3: fetched URLs with ids ("…-70004"), every canonical one id-less, article-looking URL
  "/berita/sorotan-utama-hari-ini/" (in cron mode one different story was emitted a run);
- a canonical no title can tell (the fetched slugs are not the titles): two different stories' pages declaring one
  address is itself the sign, each page kept under the URL it was read at, and across cron runs neither a recheck nor
  a new story is taken for an update of the story the store holds under that address.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from conftest import run_crawl
from replay import Route

G = "https://www.beritacontoh.id"
SHARED = f"{G}/berita/sorotan-utama-hari-ini/"
PLACES = ["Bekasi", "Bogor", "Depok", "Tangerang", "Karawang", "Cikarang"]
# Each story's own text: no sentence shared.
TEXTS = [
    ["Hujan deras sejak Selasa malam membuat Kali Bekasi meluap dan merendam 340 rumah di Kecamatan Bekasi Utara.",
     "Petugas BPBD mengevakuasi lansia dan balita ke masjid terdekat menggunakan perahu karet.",
     "Ketinggian air sempat mencapai satu meter di Perumahan Pondok Ungu Permai pada Rabu dini hari.",
     "Wali kota meminta warga mewaspadai kiriman air dari Bogor hingga akhir pekan."],
    ["Luapan Sungai Ciliwung menggenangi permukiman di Kelurahan Sempur, Kota Bogor, setinggi pinggang orang dewasa.",
     "Sebanyak 120 kepala keluarga mengungsi ke gedung sekolah yang disiapkan pemerintah kota.",
     "Dinas sosial membuka dapur umum dan membagikan selimut serta makanan siap saji.",
     "Camat Bogor Tengah menyebut tanggul darurat akan dipasang begitu debit air turun."],
    ["Genangan di Depok dipicu saluran drainase yang tersumbat sampah di Jalan Margonda.",
     "Warga Beji bergotong royong membersihkan lumpur yang terbawa masuk ke rumah mereka.",
     "Pemkot Depok menurunkan alat berat untuk mengeruk gorong-gorong di tiga titik rawan.",
     "Kepala dinas PUPR berjanji memperlebar saluran tahun depan dengan anggaran Rp4 miliar."],
    ["Tanggul Kali Angke jebol sepanjang dua puluh meter di Periuk, Kota Tangerang.",
     "Air masuk ke perumahan Total Persada dan memutus akses jalan utama menuju pasar.",
     "Relawan mendirikan posko kesehatan karena sejumlah pengungsi mulai mengeluh gatal dan diare.",
     "Wakil wali kota memastikan perbaikan tanggul dikerjakan siang dan malam."],
    ["Sawah seluas 800 hektare di Karawang terendam sehingga petani terancam gagal panen.",
     "Kelompok tani di Rengasdengklok meminta bantuan benih untuk tanam ulang.",
     "Dinas pertanian mendata kerugian dan menyiapkan klaim asuransi usaha tani.",
     "Bupati Karawang meninjau pompa air di Cilamaya yang rusak sejak bulan lalu."],
    ["Kawasan industri Cikarang ikut tergenang sehingga sejumlah pabrik menghentikan produksi sementara.",
     "Ribuan buruh dipulangkan lebih awal karena akses keluar masuk kawasan terputus.",
     "Pengelola kawasan mengerahkan pompa portabel untuk menyedot air dari jalan utama.",
     "Asosiasi pengusaha memperkirakan kerugian mencapai puluhan miliar rupiah."],
]


def _page(title: str, paras: list[str], hour: int, canonical: str | None, og_url: str | None) -> str:
    """A WordPress-style story page; the JSON-LD names no URL (the canonical, else og:url, is what declares one)."""
    published = f"2024-06-19T{hour:02d}:05:00+07:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": published, "dateModified": published,
                     "author": [{"@type": "Person", "name": "Rina Kartika"}]}, ensure_ascii=False)
    head = (f'<link rel="canonical" href="{canonical}">' if canonical else "") + \
        (f'<meta property="og:url" content="{og_url}">' if og_url else "")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{html.escape(title)} - Berita Contoh</title>{head}
<meta property="og:type" content="article"><meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{ld}</script></head>
<body class="single single-post"><header id="masthead"><a href="{G}/">Berita Contoh</a></header>
<main id="main"><article class="post type-post"><header class="entry-header">
<h1 class="entry-title">{html.escape(title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{published}">19 Juni 2024</time>
<span class="byline">Oleh <a href="{G}/author/rina/">Rina Kartika</a></span></div></header>
<div class="entry-content">
{body}
</div></article></main><footer>© 2024 Berita Contoh</footer></body></html>"""


def _site(urls: list[str], titles: list[str], canonical=None, og_url=None, texts=TEXTS) -> dict[str, Route]:
    """Routes of the outlet: robots.txt naming the news sitemap listing every story, and each story's page whose
    canonical (og:url) is ``canonical(n)`` (``og_url(n)``)."""
    routes = {url: Route(_page(titles[n], texts[n], 8 + n, canonical and canonical(n), og_url and og_url(n)))
              for n, url in enumerate(urls)}
    rows = "".join(f"<url><loc>{url}</loc><news:news><news:publication><news:name>Berita Contoh</news:name>"
                   f"<news:language>id</news:language></news:publication><news:publication_date>2024-06-19T{8 + n:02d}"
                   f":05:00+07:00</news:publication_date><news:title>{html.escape(titles[n])}</news:title></news:news>"
                   f"</url>" for n, url in enumerate(urls))
    # and yesterday's last story, outside the window: the sitemap reaches back to the window's start
    rows += (f"<url><loc>{G}/berita/kemarin/</loc><news:news><news:publication><news:name>Berita Contoh</news:name>"
             "<news:language>id</news:language></news:publication><news:publication_date>2024-06-18T23:00:00+07:00"
             "</news:publication_date><news:title>Kemarin</news:title></news:news></url>")
    routes[f"{G}/sitemap-news.xml"] = Route(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{rows}</urlset>',
        headers={"Content-Type": "application/xml"})
    routes[f"{G}/robots.txt"] = Route(f"User-agent: *\nAllow: /\nSitemap: {G}/sitemap-news.xml\n",
                                      headers={"Content-Type": "text/plain"})
    routes[f"{G}/"] = Route("<!DOCTYPE html><html><head><title>Berita Contoh</title></head><body></body></html>")
    return routes


def _crawl(routes: dict[str, Route], workdir: Path, **settings: str):
    return run_crawl("generic", routes, workdir, f"start_urls={G}/", "since=2024-06-19", "until=2024-06-19",
                     settings=settings)


E_TITLES = [f"Banjir rendam ratusan rumah warga di {place}" for place in PLACES]
E_URLS = [f"{G}/berita/banjir-rendam-ratusan-rumah-warga-di-{place.lower()}/" for place in PLACES]
B3_TITLES = [f"{place}: {title}" for place, title in zip(PLACES, (
    "Sekolah rakyat mulai terima siswa", "Pemkab perbaiki jalan desa rusak", "Harga cabai turun di pasar induk",
    "Polisi urai kemacetan arus balik", "Petani tanam ulang padi di sawah", "Pabrik hentikan produksi sementara"))]
B3_URLS = [f"{G}/2024/06/19/{title.lower().replace(':', '').replace(' ', '-')}-{70001 + n}"
           for n, title in enumerate(B3_TITLES)]


def test_id_less_slugs_sharing_words_each_keep_their_own_url_whatever_canonical_they_declare(tmp_path):
    """E: every page's canonical is story #2's URL (the story #2 page its own): each of the six is emitted under its
    own URL with its own title, none dropped as a duplicate."""
    result = _crawl(_site(E_URLS, E_TITLES, canonical=lambda n: E_URLS[1]), tmp_path)
    assert sorted((item["url"], item["title"]) for item in result.items) == sorted(zip(E_URLS, E_TITLES)), result.log[-3000:]
    assert not result.stats.get("newscrawl/dropped/duplicate_url")
    assert result.stats.get("newscrawl/url/other_article_canonical_ignored") == 5


def test_an_og_url_naming_the_next_story_names_no_page_its_own(tmp_path):
    """C5: no rel=canonical, og:url the next story's: every item under another story's URL before."""
    result = _crawl(_site(E_URLS, E_TITLES, og_url=lambda n: E_URLS[(n + 1) % 6]), tmp_path)
    assert sorted((item["url"], item["title"]) for item in result.items) == sorted(zip(E_URLS, E_TITLES)), result.log[-3000:]


def test_id_urls_whose_canonical_is_one_id_less_story_url_each_keep_their_own(tmp_path):
    """B3: the fetched URLs carry ids, the one canonical none: ids on one side only, decided by the titles."""
    result = _crawl(_site(B3_URLS, B3_TITLES, canonical=lambda n: SHARED), tmp_path)
    assert sorted((item["url"], item["id"]) for item in result.items) == \
        sorted((url, str(70001 + n)) for n, url in enumerate(B3_URLS)), result.log[-3000:]
    assert not result.stats.get("newscrawl/dropped/duplicate_url")


def test_b3_in_cron_runs_emits_every_story_once(tmp_path):
    """B3 over three cron runs on one store: all six in the first, nothing again (one different story a run before)."""
    routes = _site(B3_URLS, B3_TITLES, canonical=lambda n: SHARED)
    state = {"NEWSCRAWL_INCREMENTAL": "1", "NEWSCRAWL_STATE_PATH": str(tmp_path / "seen.sqlite3"),
             "NEWSCRAWL_OUTPUT_DIR": str(tmp_path / "output")}
    emitted = []
    for run, now in enumerate(("2024-06-19T14:00:00+07:00", "2024-06-19T15:30:00+07:00", "2024-06-19T20:00:00+07:00")):
        result = _crawl(routes, tmp_path / f"run{run}", NEWSCRAWL_NOW=now, **state)
        assert result.returncode == 0, result.log[-3000:]
        emitted += [item["url"] for item in result.items]
    assert sorted(emitted) == sorted(B3_URLS)


# Pages whose fetched slug is no title (a site's short keyword slugs): the canonical cannot be read by them.
OPAQUE_URLS = [f"{G}/berita/kabar-daerah-{code}/" for code in ("ka", "kb", "kc", "kd", "ke", "kf")]


def test_a_canonical_declared_by_different_stories_is_no_ones_but_the_first_pages(tmp_path):
    """Every page declares SHARED; nothing in a slug tells: the second page to declare it, another story, shows it
    site-wide. Five pages kept under the URL they were read at, the first read keeps SHARED (already emitted):
    six stories, none lost; counted and said once, as a warning."""
    result = _crawl(_site(OPAQUE_URLS, E_TITLES, canonical=lambda n: SHARED), tmp_path)
    assert sorted(item["title"] for item in result.items) == sorted(E_TITLES), result.log[-3000:]
    urls = [item["url"] for item in result.items]
    assert urls.count(SHARED) == 1 and len(set(urls)) == 6 and set(urls) - {SHARED} < set(OPAQUE_URLS)
    assert result.stats.get("newscrawl/url/shared_canonical") == 5
    assert not result.stats.get("newscrawl/dropped/duplicate_url")
    warnings = [line for line in result.log.splitlines() if "WARNING" in line and "declare one address" in line]
    assert len(warnings) == 1, warnings


def test_one_story_at_two_urls_declaring_one_canonical_is_still_one_item(tmp_path):
    """The structural layer keeps views of one story together: a story's page and its copy cut to two paragraphs at
    another (unfolded) URL, both declaring the story's canonical: one item."""
    urls = [f"{G}/berita/kabar-daerah-ka/", f"{G}/berita/kabar-daerah-ka-salinan/"]
    texts = [TEXTS[0], TEXTS[0][:2]]
    result = _crawl(_site(urls, [E_TITLES[0]] * 2, canonical=lambda n: SHARED, texts=texts), tmp_path)
    assert [item["url"] for item in result.items] == [SHARED], result.log[-3000:]
    assert result.stats.get("newscrawl/dropped/duplicate_url") == 1
    assert not result.stats.get("newscrawl/url/shared_canonical")


def _cron(routes: dict[str, Route], workdir: Path, run: str, now: str):
    return _crawl(routes, workdir / run, NEWSCRAWL_NOW=now, NEWSCRAWL_INCREMENTAL="1",
                  NEWSCRAWL_STATE_PATH=str(workdir / "seen.sqlite3"), NEWSCRAWL_OUTPUT_DIR=str(workdir / "output"))


def test_the_rechecks_of_stories_kept_under_their_own_url_are_their_own(tmp_path):
    """Cron runs over id-less pages declaring SHARED: at the 6 h point the stories kept under their own URL are asked
    again, and each is its own version (unchanged), not an update of the story the store holds under SHARED."""
    routes = _site(OPAQUE_URLS, E_TITLES, canonical=lambda n: SHARED)
    first = _cron(routes, tmp_path, "run1", "2024-06-19T14:00:00+07:00")
    assert sorted(item["title"] for item in first.items) == sorted(E_TITLES), first.log[-3000:]
    second = _cron(routes, tmp_path, "run2", "2024-06-19T20:00:00+07:00")
    assert second.returncode == 0 and second.items == [], second.log[-3000:]
    assert second.stats.get("newscrawl/dropped/unchanged", 0) >= 4, second.stats
    assert second.stats.get("newscrawl/url/shared_canonical", 0) >= 4  # read as the stories stored at their URL


ID_URLS = [f"{G}/read/{70001 + n}" for n in range(6)]  # slug-less: nothing to read the canonical by


def test_a_new_story_declaring_a_shared_canonical_is_new_in_a_later_cron_run(tmp_path):
    """Ids in slug-less URLs, every page declaring SHARED: the store knows SHARED as the first story's; a seventh
    story found the next run, its id its own, is new under its own URL (it was emitted as an update of the first,
    under SHARED)."""
    first = _cron(_site(ID_URLS, E_TITLES, canonical=lambda n: SHARED), tmp_path, "run1", "2024-06-19T14:00:00+07:00")
    assert sorted(item["id"] for item in first.items) == [str(70001 + n) for n in range(6)], first.log[-3000:]
    new_url, new_title = f"{G}/read/70007", "Pelabuhan Merak padat pemudik sepeda motor"
    new_text = ["Antrean sepeda motor di Pelabuhan Merak mengular hingga tiga kilometer pada Rabu malam.",
                "ASDP menambah empat kapal untuk mengurai kepadatan penumpang."]
    routes = _site([*ID_URLS, new_url], [*E_TITLES, new_title], canonical=lambda n: SHARED, texts=[*TEXTS, new_text])
    second = _cron(routes, tmp_path, "run2", "2024-06-19T14:30:00+07:00")
    assert [(item["url"], item["title"], item["id"]) for item in second.items] == [(new_url, new_title, "70007")], \
        second.log[-3000:]
    assert second.stats.get("newscrawl/incremental/new") == 1 and not second.stats.get("newscrawl/incremental/updated")


def test_same_story_table():
    """state.same_story: one story's views (cut short, paragraphs split otherwise, case) against another story's."""
    from newscrawl.state import same_story, story_print

    story = story_print(TEXTS[0])
    assert same_story(story, story_print(TEXTS[0][:2]))
    assert same_story(story, story_print([" ".join(TEXTS[0]).upper()]))
    assert not same_story(story, story_print(TEXTS[1]))
    assert not any(same_story(story_print(a), story_print(b)) for n, a in enumerate(TEXTS) for b in TEXTS[n + 1:])
    long = [f"Kalimat {n} tentang banjir di {PLACES[n % 6]} dengan rincian nomor {n * 7}." for n in range(60)]
    assert same_story(story_print(long), story_print(long[:12]))  # a long body's sample against a short copy
    assert not same_story(story_print(long), story_print(TEXTS[2]))
