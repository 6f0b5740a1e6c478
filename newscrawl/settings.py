"""Scrapy settings for newscrawl: polite defaults, JSONL feeds, the cleaning pipelines."""
import os

from newscrawl.addons import user_agent
from newscrawl.items import ARTICLE_FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
COMMANDS_MODULE = "newscrawl.commands"  # scrapy crawl: exit 2 for bad arguments, 1 for a worker stopped loudly

# Polite by default: identify ourselves, obey robots.txt, few parallel requests per site,
# and let AutoThrottle back off when a site slows down.
# Operators: set NEWSCRAWL_CONTACT (environment or -s) to a URL or mailto: where site owners can
# reach you; the Contact add-on puts it into the User-Agent.
NEWSCRAWL_CONTACT = os.environ.get("NEWSCRAWL_CONTACT") or None
USER_AGENT = user_agent(NEWSCRAWL_CONTACT)
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
# Redirect hops followed before a request fails as too_many_redirects (health.failure_kind): as browsers (Chrome and
# Firefox stop at 20) and Scrapy's default. An outlet may chain http → https → www → its canonical path → AMP off
# (h190: 6 hops failed at the former 5 as "other errors"); a loop is caught apart (redirect_loop).
REDIRECT_MAX_TIMES = 20
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
    "newscrawl.pipelines.HealthPipeline": 550,
    # After the health counts: an article outside the window was still extracted, and counts there.
    "newscrawl.pipelines.WindowPipeline": 560,
    # Active only in incremental runs (the cron entry): see newscrawl/state.py.
    "newscrawl.output.IncrementalPipeline": 600,
    "newscrawl.output.RunOutputPipeline": 700,
}

SPIDER_MIDDLEWARES = {
    # The last of the exception chain: a callback's exception is one counted log line, never a traceback.
    "newscrawl.middlewares.CallbackErrorMiddleware": 5,
    # Incremental runs only: after the start requests, the emitted articles whose recheck is due, from the
    # seen-store (newscrawl/rechecks.py: a dated listing no longer shows yesterday's articles).
    "newscrawl.rechecks.StoreRechecks": 950,
}

DOWNLOADER_MIDDLEWARES = {
    # Late in process_response: the spider gets an HTML response whose tree has plain lxml elements
    # (newscrawl/page.py: the same parse, cheaper to walk).
    "newscrawl.page.PlainTreeMiddleware": 10,
    # Scrapy's, with a robots.txt download error logged in one line instead of a traceback.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawl.middlewares.RobotsTxtMiddleware": 100,
    "newscrawl.middlewares.SeenArticlesMiddleware": 50,
    # Scrapy's, refusing a redirect off the site, or from an article to the home page or a non-article page: the
    # request fails with its reason, counted per article (an outlet moved, articles removed), instead of being
    # dropped without a word by the offsite filter or, sent where another was sent before, the duplicate filter.
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newscrawl.middlewares.RedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newscrawl.middlewares.MetaRefreshMiddleware": 580,
    # process_response runs from high to low: wait out Retry-After (560) before RetryMiddleware (550)
    # resends, and repair the charset (585) after HttpCompressionMiddleware (590) has decoded the body.
    "newscrawl.middlewares.RetryAfterMiddleware": 560,
    # Sees every attempt (before RetryMiddleware in process_response): a host that stops answering is not
    # asked again in the run after NEWSCRAWL_SITE_DOWN_AFTER failures in a row.
    "newscrawl.middlewares.SiteDownMiddleware": 570,
    "newscrawl.middlewares.CharsetRepairMiddleware": 585,
    # An HTML page framed by the connection's close (no length announced) without its document's end is fetched
    # again, after HttpCompressionMiddleware (590) has decoded it: two identical copies are the page, differing ones
    # that end early fail as cut_short.
    "newscrawl.middlewares.DocumentEndMiddleware": 582,
    # An article's page answered 2xx with an empty body is fetched again, then failed as empty_answer (a fault of the
    # site, not a page without an article); after decompression (590) and the charset repair (585).
    "newscrawl.middlewares.EmptyAnswerMiddleware": 583,
    # A 200 "checking your browser" page fails its request as blocked. After PlainTreeMiddleware (10) in
    # process_response: the text it reads is the PageResponse's, decoded once for the spider too.
    "newscrawl.middlewares.BotChallengeMiddleware": 5,
    # A 200 "down for maintenance" / "Service Unavailable" notice fails its request as an outage; after the challenge
    # test (4 < 5): a challenge page is the crawler refused, not the site down.
    "newscrawl.middlewares.SiteOutageMiddleware": 4,
    # Before HttpCompressionMiddleware (590) decodes: a body declared gzip that is plain markup.
    "newscrawl.middlewares.FalseEncodingMiddleware": 595,
    # Before both (process_response runs high to low): a compressed stream without its end is a cut transfer.
    "newscrawl.middlewares.CompressedStreamEndMiddleware": 597,
    # Distributed mode only (NotConfigured otherwise): after the HTTP cache (900), right before the
    # download, a request waits for a cluster-wide slot on its site (newscrawl/politeness.py).
    "newscrawl.politeness.ClusterPoliteness": 950,
}

# Incremental state (the cron entry turns it on; `scrapy crawl -s NEWSCRAWL_INCREMENTAL=1` too, which then writes and
# commits the run's own output under NEWSCRAWL_OUTPUT_DIR as cron does: the IncrementalRunOutput add-on gives it a run
# id).
NEWSCRAWL_INCREMENTAL = False
NEWSCRAWL_STATE_PATH = os.environ.get("NEWSCRAWL_STATE", "state/seen.sqlite3")
# An emitted article is fetched again (a conditional request) this many hours after publication, to
# catch corrections; between those points a listing that shows it costs no request (middlewares.recheck_due).
NEWSCRAWL_RECHECK_SCHEDULE_HOURS = [1, 6, 24, 48]
NEWSCRAWL_NOW = None  # pin the incremental clock (ISO 8601 with offset) for tests and replays; unset: now
NEWSCRAWL_RETRY_AFTER_MAX = 120  # never wait longer than this for a Retry-After
NEWSCRAWL_SITE_DOWN_AFTER = 30  # failed attempts in a row to a host (no answer between) that stop asking it; 0: never
NEWSCRAWL_MAX_CRAWL_DELAY = 30  # robots.txt Crawl-delay is honoured up to this many seconds
# Set by the cron entry in its default window: each site's last run that read it, {site: ISO start}. A feed or sitemap
# that reaches back to it, or lists an article the store knows, left no gap since (spiders.base check_reach).
NEWSCRAWL_LAST_READ = {}
# Set by the cron entry when it crawls its default window (no --since, no --until): a known discovery shortfall
# (max_pages reached, a window start not reached) is then a warning, not a failing health (health.site_health).
NEWSCRAWL_DEFAULT_WINDOW = False
# Set by the cron entry when it settled the output folder's leftovers before the crawl (output.recover): the
# run's pipelines do not settle (and say) them again.
NEWSCRAWL_RECOVERED = False
# Set by the cron entry (and by the add-ons for an incremental `scrapy crawl` and a distributed worker): the run's id
# and where its per-site JSONL files go.
NEWSCRAWL_RUN_ID = None
NEWSCRAWL_OUTPUT_DIR = "output"
# The run's output is committed in chunks (newscrawl/output.py): a run killed late loses only its open chunk.
NEWSCRAWL_CHUNK_ITEMS = 500
NEWSCRAWL_CHUNK_SECONDS = 300
# Health alarm thresholds (newscrawl/health.py); a site below them fails the cron run.
# drift: from this share of items whose body a fallback read, a layout drift warning (never a failure: health.py)
NEWSCRAWL_HEALTH = {"min_articles": 3, "date": 0.8, "authors": 0.5, "body": 0.8, "drift": 0.5}

# Distributed mode: several workers on several machines share one frontier in Redis (README,
# "Distributed crawling"; newscrawl/cluster.py). With NEWSCRAWL_REDIS_URL set (env var or -s), the
# DistributedMode add-on switches SCHEDULER and DUPEFILTER_CLASS to scrapy-redis (claiming queue,
# fingerprints from Scrapy's request fingerprinter), sets REDIS_URL and SCHEDULER_PERSIST = True
# (one worker's close never deletes the shared frontier), gives each worker a unique
# NEWSCRAWL_RUN_ID (time-host-pid) and its own atomic run output, and the seen-store becomes Redis.
# Unset: single machine, Scrapy's scheduler, SQLite seen-store, exactly as before.
NEWSCRAWL_REDIS_URL = os.environ.get("NEWSCRAWL_REDIS_URL") or None
NEWSCRAWL_REDIS_KEY = "newscrawl:%(spider)s"  # the crawl's keys (queue, fingerprints, workers); one crawl per key
NEWSCRAWL_REDIS_STORE_KEY = "newscrawl:seen"  # the seen-store, shared by all crawls (like the SQLite file)
NEWSCRAWL_REDIS_WORKER_TTL = 30  # seconds without a heartbeat before a worker counts as dead and its claims are requeued
NEWSCRAWL_REDIS_RETRY_SECONDS = 30  # ride out a Redis restart this long, then stop the worker loudly
NEWSCRAWL_REDIS_REACTOR_TIMEOUT = 1.0  # socket timeout of the reactor thread's Redis calls (one try, no sleep)
NEWSCRAWL_REDIS_POLL = 0.5  # how often an idle worker looks for new work while others are busy
NEWSCRAWL_REDIS_CLEANUP = True  # the last worker of a finished crawl deletes its queue and fingerprints
# Politeness is cluster-wide in distributed mode: CONCURRENT_REQUESTS_PER_DOMAIN and DOWNLOAD_DELAY (or the
# AutoThrottle delay) hold for all workers together, through leases in Redis (newscrawl/politeness.py).
NEWSCRAWL_POLITE_CLUSTER = True
NEWSCRAWL_POLITE_KEY = "newscrawl:polite"  # shared by every crawl: two spiders on one host share its limits
NEWSCRAWL_POLITE_LEASE_TTL = 30  # seconds: a killed worker's in-flight slots come back after at most this
NEWSCRAWL_POLITE_POLL = 0.05  # seconds between asks while all of a site's slots are taken
ADDONS = {"newscrawl.cluster.DistributedMode": 0, "newscrawl.addons.IncrementalRunOutput": 90,
          "newscrawl.addons.DefaultFeed": 100, "newscrawl.addons.Contact": 110}

# `scrapy check <site>` runs each site's canary (newscrawl/canaries.py); @filled: fields not empty.
SPIDER_CONTRACTS = {"newscrawl.contracts.FilledContract": 10}

EXTENSIONS = {
    # -o/-O and the default feed: stop at the first item that cannot be written (a full disk), one CRITICAL line
    "scrapy.extensions.feedexport.FeedExporter": None,
    "newscrawl.extensions.GuardedFeedExporter": 0,
    "newscrawl.extensions.StatsFile": 500,
    "newscrawl.extensions.SummaryLine": 510,
}
# Dropped items are logged at INFO without the item (an unchanged recheck is routine, not news).
LOG_FORMATTER = "newscrawl.extensions.QuietLogFormatter"
# Where StatsFile writes the final crawl stats as JSON (unset: nowhere).
NEWSCRAWL_STATS_FILE = None

# Without -o/-O (or FEEDS), a crawl writes JSONL here; the DefaultFeed add-on adds it only then, so
# -o/-O replace it as Scrapy users expect (a FEEDS here would be merged into theirs). Empty: no default.
NEWSCRAWL_DEFAULT_FEED = "output/%(name)s/%(time)s.jsonl"
FEED_EXPORT_ENCODING = "utf-8"  # real characters, no \u escapes
FEED_EXPORT_FIELDS = list(ARTICLE_FIELDS)
# -o onto a file whose last line is torn starts on a new line (a torn tail would swallow the first record).
FEED_STORAGES = {"": "newscrawl.extensions.MendingFileFeedStorage", "file": "newscrawl.extensions.MendingFileFeedStorage"}
FEED_STORE_EMPTY = False  # a run that emitted nothing leaves no 0-byte file (its stats say why); -O: see GuardedFeedExporter
