"""Invented news stories for the feed tests and benchmark, and the RSS, Atom and HTML that carry them.

Every name, place and figure here is made up.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    date: str
    """RFC 2822, as RSS writes it."""
    iso: str
    """The same moment in ISO 8601, as Atom writes it."""
    paragraphs: tuple[str, ...]

    @property
    def summary(self) -> str:
        return self.paragraphs[0]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


STORIES = (
    Story(
        "tramline", "Tramline extension to reach Eastfold by 2027",
        "Tue, 04 Mar 2025 08:10:00 GMT", "2025-03-04T08:10:00Z",
        (
            "The city's tramline will be extended four miles east to Eastfold, the transport committee decided on Monday.",
            "\"The extension will carry 14,000 passengers a day within two years of opening,\" said Priya Ventnor, who chairs the committee.",
            "The work is expected to cost £210m, of which the regional fund will pay about two thirds.",
            "Shopkeepers on Mill Lane said they feared months of roadworks. \"We lost a fifth of our trade the last time the street was dug up,\" said Osric Palframan, who runs a hardware shop there.",
            "Construction is due to start next spring, and the first trams should run in the autumn of 2027.",
        ),
    ),
    Story(
        "library-hours", "Library opening hours cut to save £80,000",
        "Mon, 03 Mar 2025 17:45:00 GMT", "2025-03-03T17:45:00Z",
        (
            "Branch libraries across the district will open for 31 hours a week instead of 40 from April.",
            "\"Nobody wanted this, but the alternative was closing three branches outright,\" said councillor Tomas Ruelle.",
            "The change is expected to save £80,000 a year, the council's budget papers show.",
            "Readers' groups have collected 2,400 signatures against the cut. Their organiser, Wenna Trago, said the evening hours were the only ones many working parents could use.",
            "The council will review the opening hours again in twelve months.",
        ),
    ),
    Story(
        "harbour-quota", "Saltmere harbour fishing quota raised by 12%",
        "Sun, 02 Mar 2025 09:00:00 GMT", "2025-03-02T09:00:00Z",
        (
            "Boats working out of Saltmere harbour may land 12% more haddock this year, the fisheries board announced.",
            "\"Stocks have recovered faster than our surveys predicted,\" said the board's chief scientist, Dr Ilse Marrow.",
            "The quota rises to 3,800 tonnes, up from 3,390 tonnes last year.",
            "Skipper Fen Oddity said the rise would keep two more crews in work through the winter.",
            "Environmental groups asked the board to publish the survey data in full before the season opens.",
        ),
    ),
    Story(
        "ward-waits", "Hospital waiting list falls to 3,200",
        "Sat, 01 Mar 2025 12:30:00 GMT", "2025-03-01T12:30:00Z",
        (
            "The number of patients waiting for planned operations at Greyhaven General has fallen to 3,200, its lowest in three years.",
            "\"Weekend theatre lists have made the difference,\" said the hospital's medical director, Anouk Pelling.",
            "Around 450 operations a month are now carried out on Saturdays and Sundays.",
            "Nurses' representatives warned that the extra shifts could not continue indefinitely without more staff.",
            "The hospital board will publish its next figures at the end of April.",
        ),
    ),
    Story(
        "orchard-harvest", "Orchard growers report a record apple harvest",
        "Fri, 28 Feb 2025 07:20:00 GMT", "2025-02-28T07:20:00Z",
        (
            "Growers in the Vale of Ambry picked 18,500 tonnes of apples last season, the most since records began.",
            "\"A wet spring and a warm August gave us fruit we have not seen in a generation,\" said grower Maud Kettleby.",
            "Prices at the farm gate fell by about 8% as a result, the growers' cooperative said.",
            "The cooperative plans to press a third of the surplus into juice for schools.",
            "Pickers were paid £12.40 an hour, up from £11.90 the year before.",
        ),
    ),
    Story(
        "river-cleanup", "Volunteers pull two tonnes of plastic from the Wend",
        "Thu, 27 Feb 2025 16:05:00 GMT", "2025-02-27T16:05:00Z",
        (
            "More than 300 volunteers removed two tonnes of plastic from the River Wend over the weekend.",
            "\"Most of it was bottles and food wrappers that had washed down from the bypass,\" said organiser Cedric Blyth-Arnot.",
            "The river trust counted 41 shopping trolleys among the waste.",
            "The trust wants the council to install three litter traps on the storm drains that feed the river.",
            "Another clean-up is planned for the first weekend of May.",
        ),
    ),
)


def page_html(story: Story) -> str:
    """The story's page: navigation and a footer around the article, as news sites have them."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(story.title)} | Valley Tribune</title>
<meta property="article:published_time" content="{story.iso}"></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{escape(story.title)}</h1>
{body}
</article>
<footer><p>Valley Tribune. All rights reserved.</p></footer>
</body></html>"""


def rss(title: str, items: list[tuple[Story, str]], full: bool = False) -> str:
    """An RSS 2.0 feed of (story, link) items: summaries only, or the whole text as content:encoded."""
    entries = []
    for story, link in items:
        content = ""
        if full:
            content = "<content:encoded><![CDATA[" + "".join(f"<p>{escape(p)}</p>" for p in story.paragraphs) + "]]></content:encoded>"
        entries.append(
            f"<item><title>{escape(story.title)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
            f"<pubDate>{story.date}</pubDate><description>{escape(story.summary)}</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title><link>http://127.0.0.1/</link><description>Invented news</description>"
        + "".join(entries) + "</channel></rss>"
    )


def atom(title: str, items: list[tuple[Story, str]]) -> str:
    """An Atom feed of (story, link) entries with summaries only."""
    entries = "".join(
        f"<entry><title>{escape(story.title)}</title><link rel=\"alternate\" href=\"{escape(link)}\"/>"
        f"<id>{escape(link)}</id><updated>{story.iso}</updated><summary>{escape(story.summary)}</summary></entry>"
        for story, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:invented:{escape(title)}</id><updated>2025-03-04T08:10:00Z</updated>"
        + entries + "</feed>"
    )
