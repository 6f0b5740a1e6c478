"""Scrapy contracts of the project (settings.SPIDER_CONTRACTS), and the per-site canary contract.

Each site's ``parse_article`` carries a contract (``scrapy check <site>``): fetch one real article page
of the site and expect exactly one item, no further request, and the canary's fields filled. The pages
and fields are the table in newscrawl/canaries.py; NewsSpider gives each site class its own
``parse_article`` whose docstring is that contract (Scrapy reads contracts from a callback's __doc__).
"""
from __future__ import annotations

from typing import Any, Callable

from itemadapter import ItemAdapter, is_item
from scrapy.contracts import Contract
from scrapy.exceptions import ContractFail


class FilledContract(Contract):
    """``@filled field …``: every item has these fields with a value (not None, "" or []).

    Scrapy's ``@scrapes`` only checks that a field is set, and an Article sets every field, empty
    or not; a canary must notice a layout change that leaves the body or the date empty."""

    name = "filled"

    def post_process(self, output: list[Any]) -> None:
        for item in output:
            if is_item(item):
                adapter = ItemAdapter(item)
                empty = [field for field in self.args if adapter.get(field) in (None, "", [], ())]
                if empty:
                    raise ContractFail(f"Empty fields: {', '.join(empty)} ({adapter.get('url')})")


def canary_docstring(site: str, url: str, fields: tuple[str, ...]) -> str:
    return (f"The article callback of {site}, with its canary contract (`scrapy check {site}`).\n\n"
            f"        @url {url}\n"
            f"        @returns items 1 1\n"
            f"        @returns requests 0 0\n"
            f"        @scrapes {' '.join(fields)}\n"
            f"        @filled {' '.join(fields)}\n")


def with_canary(callback: Callable[..., Any], site: str, url: str, fields: tuple[str, ...]) -> Callable[..., Any]:
    """``callback`` (a site class's article callback) under its own name, carrying the canary contract."""
    def parse_article(self: Any, response: Any) -> Any:
        return callback(self, response)

    parse_article.__doc__ = canary_docstring(site, url, fields)
    parse_article.__qualname__ = f"{site}.parse_article"
    parse_article.__wrapped__ = callback  # type: ignore[attr-defined]
    return parse_article
