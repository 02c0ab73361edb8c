"""Feeds and pages on the web: addresses (urls), a polite HTTP client (client), and
fetching a feed or a page into articles, completing summary-only items from their
linked pages (fetch).

``urls`` imports only the standard library, so the command line and the loaders can
tell addresses from paths without paying for httpx; the other modules are imported
when something is actually fetched.
"""
