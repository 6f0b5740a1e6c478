"""Per-site health of one run, from its stats: the alarm that catches a silent layout change."""
from __future__ import annotations

from typing import Any, Mapping

DEFAULT_THRESHOLDS: dict[str, float] = {
    "min_articles": 3,   # below this many article pages the shares say little: no share alarm
    "date": 0.8,         # share of items with published_at
    "authors": 0.5,      # share of items with at least one author
    "body": 0.8,         # share of fetched article pages that became items with ≥2 paragraphs
    "max_soft_404": 0.2,  # most: share of article-URL pages that said "not found" with status 200
}


def site_health(stats: Mapping[str, Any], thresholds: Mapping[str, float] | None = None) -> dict[str, Any]:
    """Shares and failures for one site's run. A failure names the field and the figure."""
    limits = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    items = int(stats.get("newscrawl/health/items", 0))
    pages = int(stats.get("newscrawl/articles/pages", 0))
    discovery_ok = int(stats.get("newscrawl/discovery/pages_ok", 0))
    links = int(stats.get("newscrawl/discovery/article_links", 0))
    report: dict[str, Any] = {
        "discovery_pages_ok": discovery_ok,
        "article_links": links,
        "article_pages": pages,
        "items": items,
        "with_date": _share(stats.get("newscrawl/health/with_date", 0), items),
        "with_authors": _share(stats.get("newscrawl/health/with_authors", 0), items),
        "body_2plus": _share(stats.get("newscrawl/health/body_2plus", 0), pages),
        "soft_404": int(stats.get("newscrawl/dropped/soft_404", 0)),
        "failures": [],
    }
    failures = report["failures"]
    # Many "not found" pages: discovery leads to removed articles, or the site refuses the crawler.
    soft_share = _share(report["soft_404"], pages + report["soft_404"])
    if report["soft_404"] >= limits["min_articles"] and soft_share is not None and soft_share > limits["max_soft_404"]:
        failures.append(f"soft_404: {soft_share:.0%} of {pages + report['soft_404']} article pages said "
                        f"'not found' (above {limits['max_soft_404']:.0%})")
    if discovery_ok and not links:
        failures.append(f"articles: {discovery_ok} discovery page(s) answered but listed no article link")
    if pages >= limits["min_articles"]:
        for field, key, base in (("body", "body_2plus", pages), ("date", "with_date", items),
                                 ("authors", "with_authors", items)):
            share = report[key]
            if base and share is not None and share < limits[field]:
                failures.append(f"{field}: {share:.0%} of {base} below {limits[field]:.0%}")
            elif field == "body" and not items:
                failures.append(f"body: {pages} article pages gave no item")
    report["healthy"] = not failures
    return report


def _share(count: Any, total: int) -> float | None:
    return round(int(count) / total, 3) if total else None
