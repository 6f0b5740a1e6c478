"""A synthetic SINDOnews-shaped site of N articles, as replay routes (for cron, fault and scale tests).

Listing pages ``https://www.sindonews.com/indeks/0/{offset}?t=DAY`` list 20 articles each, then an
empty page ends paging; every article is a page the real sindonews spider extracts fully.
"""
from __future__ import annotations

from replay import Route

DAY = "2024-06-19"
PER_PAGE = 20


def article_url(n: int) -> str:
    return f"https://nasional.sindonews.com/read/{100000 + n}/12/berita-sintetis-nomor-{n}-1718800000"


def listing_url(offset: int, day: str = DAY) -> str:
    return f"https://www.sindonews.com/indeks/0/{offset}?t={day}"


def article_html(n: int, version: int = 1, pad_to: int = 0, paragraphs: int = 6) -> str:
    minute = n % 60
    updated = f',"dateModified":"{DAY}T{10 + version:02d}:{minute:02d}:00+07:00"' if version > 1 else ""
    body = "<br><br>".join(
        f"Paragraf {p + 1} berita sintetis nomor {n} versi {version} menguraikan perkembangan terbaru "
        f"kebijakan daerah dan tanggapan warga setempat." for p in range(paragraphs))
    page = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Berita Sintetis Nomor {n} - SINDOnews</title>
<link rel="canonical" href="{article_url(n)}">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Berita Sintetis Nomor {n}",
"datePublished":"{DAY}T09:{minute:02d}:00+07:00"{updated},"author":{{"@type":"Person","name":"Penulis {n % 7}"}}}}</script>
</head><body><h1 class="detail-title">Berita Sintetis Nomor {n}</h1>
<div class="detail-date-artikel">Rabu, 19 Juni 2024 - 09:{minute:02d} WIB</div>
<div id="detail-desc" class="detail-desc">JAKARTA - {body}<div class="editor">(syn)</div></div>
PADDING</body></html>"""
    padding = ""
    if pad_to:
        item = ("<li><a href='https://nasional.sindonews.com/read/1/12/populer-1718800000'>Judul berita populer "
                "lainnya hari ini tentang ekonomi dan politik nasional</a></li>")
        padding = "<aside><ul>" + item * max(0, (pad_to - len(page)) // len(item)) + "</ul></aside>"
    return page.replace("PADDING", padding)


def listing_html(numbers: list[int]) -> str:
    rows = "".join(f'<div class="warp-article"><div class="title-article"><a href="{article_url(n)}">Berita {n}</a></div></div>'
                   for n in numbers)
    return f'<html><head><meta charset="utf-8"><title>Indeks</title></head><body>{rows}</body></html>'


def site_routes(count: int, delay: float = 0.0, pad_to: int = 0, versions: dict[int, int] | None = None) -> dict[str, Route]:
    """Routes for `count` articles (numbered 0..count-1) over listing pages of 20."""
    versions = versions or {}
    routes: dict[str, Route] = {}
    numbers = list(range(count))
    for page_start in range(0, count + PER_PAGE, PER_PAGE):
        chunk = numbers[page_start:page_start + PER_PAGE]
        routes[listing_url(page_start)] = Route(body=listing_html(chunk).encode(), delay=delay)
        if not chunk:
            break
    for n in numbers:
        routes[article_url(n)] = Route(body=article_html(n, versions.get(n, 1), pad_to).encode(), delay=delay)
    return routes


def conditional(routes: dict, etag: str = '"v1"') -> dict:
    """Articles that send an ETag and honour If-None-Match with 304, as a caching site does."""
    def answering(route: Route):
        def respond(_hit: int, request) -> Route:
            if request.headers.get("If-None-Match") == etag:
                return Route(status=304, headers={"ETag": etag})
            return Route(body=route.body, headers={**route.headers, "ETag": etag})
        return respond
    return {url: answering(route) if "/read/" in url else route for url, route in routes.items()}
