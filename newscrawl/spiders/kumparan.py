"""kumparan (kumparan.com). Markup: ../shared/realpages/SITES.md, section kumparan.com."""
from newscrawl.extract import SiteRules
from newscrawl.spiders.base import NewsSpider


class KumparanSpider(NewsSpider):
    name = "kumparan"
    allowed_domains = ["kumparan.com"]
    # https://kumparan.com/{account}/{slug}-{11-char id}; /channel/… and /topic/… are listings. The id is base62
    # (1rboXdIfgaG, 22yR0pKc3Vd): a capital or a digit in it (one id in seven has no digit: never required), so a
    # slug's last word of 11 lower-case letters ("kementerian") is no id.
    # Until ~2020 the account had an "@" (h226 probe: refused): /@{account}/{slug}-{id} in 2019, the same id as today's
    # form, and 2017-2018 /@{account}/{slug} with no id at all, read keyed by its URL (no id made up; the account's
    # page /@{account} and its feed /@{account}/rss are no stories).
    # (An id-less story's slug has three words or more: the account's own pages are one or two, /@x/story-list,
    # /@x/liked-stories, /@x/media-partner, h229.)
    article_url_pattern = (r"^https?://kumparan\.com/(?!@?(?:channel|topic|search|trending)/)(?P<at>@)?"
                           r"[A-Za-z0-9][A-Za-z0-9-]*/(?:[^/?#]+-(?P<id>(?=[a-z]*[A-Z0-9])(?=\d*[A-Za-z])[A-Za-z0-9]{11})"
                           r"(?:[/?#]|$)|(?(at)[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}/?(?:[?#]|$)|(?!)))")
    # /channel/{slug} is a client-rendered skeleton (GraphQL feed); the news sitemap named in
    # robots.txt carries news:publication_date, so -a since/until filter before any fetch.
    sitemap_urls = ("https://kumparan.com/sitemap_channel_news.xml",)
    rules = SiteRules(
        # JSON-LD first (its UTC dates become +07:00 in the dates pipeline); data-qa-id hooks back it up.
        title=('h1[data-qa-id="story-title"]',),
        published=('time[data-qa-id="publish-date"]',),  # "19 Juni 2024 15:15 WIB" (EGI)
        authors=('[data-qa-id="author-name"]',),
        # The topic links are the tag list; meta keywords are SEO stuffing ("Berita Terkini X" …).
        tags=('a[data-qa-id="tag-topic"] span[data-qa-id="label-tag-topic"]',),
        # Paragraphs one by one: ads (<aside>) and figure captions sit beside them, not inside. The story's subheadings
        # and lists are siblings of its paragraphs, in the same container (h57 probe: a how-to's h2 sections, its
        # requirements <ul> and steps <ol> were lost): read with them, in page order. After the last paragraph the same
        # tags may be widgets ("Pilihan Editor" over linked titles, a poll's <h4> question over its buttons, h61 probe):
        # told by what they hold (extract's without_widget_lists), so a story ending in its list keeps it (h63 probe).
        # A quoted statement's <blockquote> or a table between two paragraphs is read with them
        # (dom.with_story_blocks_between, h113 probe).
        body=(", ".join(['p[data-qa-id="story-paragraph"]']
                        + [f'p[data-qa-id="story-paragraph"] ~ {tag}' for tag in ("h2", "h3", "h4", "ul", "ol")]),
              'p[data-qa-id="story-paragraph"]'),
        drop=("script", "style", "iframe"),
        prefer_dom=frozenset({"tags"}),
        not_authors=("kumparan", "kumparanNEWS"),
    )
