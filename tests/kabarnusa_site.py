"""A small WordPress news site on loopback (kabarnusa.id, reconstructed) for discovery tests: its story URLs and
pages, each dated by the caller (article:published_time; JSON-LD too when asked)."""
from __future__ import annotations

SITE = "https://www.kabarnusa.id"
WORDS = ("Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan dan jembatan yang rusak akibat banjir. "
         "Warga berharap pekerjaan dimulai sebelum musim hujan berikutnya tiba di wilayah itu.")


def story_url(n: int) -> str:
    return f"{SITE}/berita/{30000 + n}/warga-desa-sukamaju-gelar-musyawarah-nomor-{n}"


def story_page(n: int, published: str, jsonld: bool = False) -> bytes:
    title = f"Warga Desa Sukamaju Gelar Musyawarah Nomor {n}"
    paragraphs = "".join(f"<p>Paragraf {p} cerita nomor {n}: {WORDS}</p>" for p in range(5))
    structured = (f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
                  f'"headline":"{title}","datePublished":"{published}","author":{{"@type":"Person",'
                  f'"name":"Dewi Lestari"}}}}</script>') if jsonld else ""
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - KabarNusa</title>'
            f'<meta property="og:type" content="article"><link rel="canonical" href="{story_url(n)}">'
            f'<meta property="article:published_time" content="{published}">{structured}</head><body><main><article>'
            f'<h1 class="entry-title">{title}</h1><div class="entry-content">{paragraphs}</div></article></main>'
            "</body></html>").encode()
