"""`scrapy list`, plus `--verbose`: one row per spider (kind, discovery, zone, language, whether it was
checked on a real page) and the catalogue's unsupported outlets with the reason each is not crawled."""
from __future__ import annotations

import argparse

from scrapy.commands.list import Command as ScrapyList
from scrapy.spiderloader import get_spider_loader

from newscrawl.catalogue.table import rows


class Command(ScrapyList):
    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--verbose", "-v", action="store_true",
                            help="one row per spider and per unsupported outlet, tab-separated")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not opts.verbose:
            return super().run(args, opts)
        assert self.settings is not None
        loader = get_spider_loader(self.settings)
        spiders = [loader.load(name) for name in loader.list()]
        print("\t".join(("spider", "kind", "discovery", "zone", "language", "verified", "domains", "note")))
        for row in rows(spiders):
            print("\t".join((row.name, row.kind, row.discovery, row.zone, row.language, row.verified, row.domains,
                             row.note)))
