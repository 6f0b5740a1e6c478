"""Scrapy settings for newscrawl: polite defaults, JSONL feeds, the cleaning pipelines."""
from newscrawl.items import ARTICLE_FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

# Polite by default: identify ourselves, obey robots.txt, few parallel requests per site,
# and let AutoThrottle back off when a site slows down.
USER_AGENT = "newscrawl/0.1 (news research crawler; +https://github.com/newscrawl)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {
    "newscrawl.pipelines.DatesPipeline": 100,
    "newscrawl.pipelines.SyndicationPipeline": 150,
    "newscrawl.pipelines.ResiduePipeline": 200,
    "newscrawl.pipelines.DuplicateBlocksPipeline": 300,
    "newscrawl.pipelines.ValidatePipeline": 400,
    "newscrawl.pipelines.DuplicateUrlPipeline": 500,
}

EXTENSIONS = {
    "newscrawl.extensions.StatsFile": 500,
}
# Where StatsFile writes the final crawl stats as JSON (unset: nowhere).
NEWSCRAWL_STATS_FILE = None

# Every crawl writes JSONL; `-o`/`-O` on the command line replace this, as Scrapy users expect.
FEEDS = {
    "output/%(name)s/%(time)s.jsonl": {"format": "jsonlines", "encoding": "utf-8"},
}
FEED_EXPORT_ENCODING = "utf-8"  # real characters, no \u escapes
FEED_EXPORT_FIELDS = list(ARTICLE_FIELDS)
FEED_STORE_EMPTY = True
