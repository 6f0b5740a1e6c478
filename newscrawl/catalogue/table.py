"""The outlet table: every spider (site spiders and catalogue outlets) and every unsupported outlet,
one row each, as `scrapy list --verbose` prints it and as the README shows it (a test keeps the two
equal: `python -m newscrawl.catalogue.table` prints the README's block)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from newscrawl.canaries import CANARIES
from newscrawl.catalogue import Unsupported, discovery_kind, unsupported_outlets

README_BEGIN = "<!-- outlets:begin (python -m newscrawl.catalogue.table) -->"
README_END = "<!-- outlets:end -->"


@dataclass(frozen=True)
class Row:
    name: str
    domains: str
    kind: str  # "site spider", "catalogue", "unsupported"
    discovery: str
    zone: str
    language: str
    verified: str  # "yes" only where a real saved page was checked
    note: str = ""


def spider_row(spider: type) -> Row:
    """The row of a NewsSpider subclass (a site module or a catalogue outlet)."""
    outlet = getattr(spider, "outlet", None)
    if outlet is not None:
        verified = "yes" if outlet.verified else "no"
        kind, note = "catalogue", outlet.note
        if outlet.discovery_unsupported:
            note = f"-a url= only: {outlet.discovery_unsupported}" + (f"; {note}" if note else "")
    else:
        canary = CANARIES.get(spider.name)
        verified = "yes" if canary and canary[2] == "real" else "no"
        kind, note = "site spider", getattr(spider, "table_note", "")
    discovery = discovery_kind(tuple(spider.listing_urls), tuple(spider.feed_urls), tuple(spider.sitemap_urls))
    if getattr(spider, "listing_cards", None) is not None and "listing" not in discovery:
        discovery = "listing"
    zone = spider.site_timezone.tzname(None) or str(spider.site_timezone)
    return Row(spider.name, ", ".join(spider.allowed_domains), kind, discovery, zone,
               getattr(spider, "language", "id"), verified, note)


def unsupported_row(outlet: Unsupported) -> Row:
    return Row(outlet.name, ", ".join(outlet.domains), "unsupported", "-", "-", "-", "no", outlet.reason)


def rows(spiders: Iterable[type], unsupported: Iterable[Unsupported] | None = None) -> list[Row]:
    """Spiders with a site (not `generic`) by name, then the unsupported outlets by name."""
    found = sorted((spider_row(s) for s in spiders if getattr(s, "allowed_domains", None)), key=lambda r: r.name)
    return found + sorted((unsupported_row(u) for u in (unsupported if unsupported is not None
                                                        else unsupported_outlets())), key=lambda r: r.name)


def markdown(table: list[Row]) -> str:
    lines = ["| spider | domains | kind | discovery | zone | language | verified on a real page | note |",
             "|---|---|---|---|---|---|---|---|"]
    for r in table:
        lines.append(f"| {r.name} | {r.domains} | {r.kind} | {r.discovery} | {r.zone} | {r.language} | "
                     f"{r.verified} | {r.note.replace('|', '/')} |")
    return "\n".join(lines)


def project_spiders() -> list[type]:
    """The project's spider classes, through Scrapy's own loader (what `scrapy list` shows)."""
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    loader = SpiderLoader.from_settings(get_project_settings())
    return [loader.load(name) for name in loader.list()]


def replace_block(readme: str, table: str) -> str:
    """The README text with its outlet table block replaced by ``table``."""
    before, rest = readme.split(README_BEGIN, 1)
    _, after = rest.split(README_END, 1)
    return f"{before}{README_BEGIN}\n{table}\n{README_END}{after}"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    table = markdown(rows(project_spiders()))
    if sys.argv[1:2] == ["--write"]:  # python -m newscrawl.catalogue.table --write README.md
        path = Path(sys.argv[2])
        path.write_text(replace_block(path.read_text(encoding="utf-8"), table), encoding="utf-8")
    else:
        print(f"{README_BEGIN}\n{table}\n{README_END}")
