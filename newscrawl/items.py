"""The one item newscrawl emits: a news article, one JSON object per line."""
from __future__ import annotations

import scrapy

# Export order of a JSONL line (FEED_EXPORT_FIELDS uses this tuple).
ARTICLE_FIELDS: tuple[str, ...] = (
    "url",
    "site",
    "id",
    "title",
    "published_at",
    "updated_at",
    "authors",
    "section",
    "tags",
    "body",
    "language",
    "crawled_at",
    "syndicated_from",
    "missing_pages",
    "paywalled",
)


class Article(scrapy.Item):
    """A news article.

    Spiders fill ``published_at``/``updated_at`` with the raw date strings they found
    (a list of candidates, best first); the date pipeline turns them into ISO 8601.
    """

    url = scrapy.Field()
    site = scrapy.Field()
    id = scrapy.Field()
    title = scrapy.Field()
    published_at = scrapy.Field()
    updated_at = scrapy.Field()
    authors = scrapy.Field()
    section = scrapy.Field()
    tags = scrapy.Field()
    body = scrapy.Field()
    language = scrapy.Field()
    crawled_at = scrapy.Field()
    # {"outlet", "title", "url"} when the article is a copy ("Artikel ini telah tayang di …"), else None.
    syndicated_from = scrapy.Field()
    # URLs of the article's later pages that could not be fetched (failed, redirected away, "not found"):
    # the body holds the pages before them only. [] for a whole article.
    missing_pages = scrapy.Field()
    # True when the page's structured data says the full text is for subscribers: the body is the free part.
    paywalled = scrapy.Field()
    # Not exported: the URLs the page was reached through by redirects (state.item_aliases reads them).
    fetched_via = scrapy.Field()
    # Not exported: the URL page 1 was read at (canonical_url of the response's, after redirects), ``url`` being the
    # address the page declares its own when trusted: a canonical two different stories' pages declare is no one
    # story's (pipelines.DuplicateUrlPipeline), and the store knows the story by the page it was read at too.
    fetched_url = scrapy.Field()
    # Not exported: the key the seen middleware checked page 1 under (middlewares.checked_key); the fetch is
    # recorded as a check only once an item was made from it.
    checked_as = scrapy.Field()
    # Not exported: the URL (before redirects) page 1 was asked at under that key (middlewares.checked_url): which of
    # a story's URLs asked this run the page answers for.
    checked_url = scrapy.Field()
    # Not exported: the stats the article counts in once the chunk holding it is committed (the incremental
    # verdict: newscrawl/incremental/new, updated, completed); a chunk discarded unread counts in none.
    emitted_as = scrapy.Field()
    # Not exported: the version of the article in the seen-store the incremental verdict was made against
    # (state.store_version; "" when none): the commit drops the article if another run committed it since.
    judged_against = scrapy.Field()
    # Not exported: the index in the body of each later page's first block (RawArticle.page_edges), kept right by
    # the pipelines that drop blocks: the repeat of a line at a page's edge is the page's, not the story's.
    page_edges = scrapy.Field()
    # Not exported: the page's own summaries (meta and og: descriptions, JSON-LD description; RawArticle.descriptions):
    # the cleaning knows a standfirst opening the body by them, and the header's date line under it (trim_edges).
    descriptions = scrapy.Field()
    # Not exported: the unix time (to the microsecond) the item was made from its fetched page(s); crawled_at is to the
    # second. The seen-store keeps it with the version, so of two overlapping runs' versions the later read wins.
    fetched_ts = scrapy.Field()
    # Not exported: why a fallback read the body though the site declares body selectors ("missed";
    # RawArticle.body_fallback), counted by pipelines.HealthPipeline for the health check's layout drift warning.
    body_fallback = scrapy.Field()
