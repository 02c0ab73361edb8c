"""One reader per file format: plain text, HTML pages, RSS/Atom feeds, JSON and JSON lines.

``sniff`` decides the format from a file's first bytes and its extension; each format
module turns a file into a ``LoadResult`` (articles plus problems) and never raises
for bad content. Heavy parsers (trafilatura, feedparser, charset-normalizer) are
imported inside the functions that need them, so a folder of plain text never pays
for them.
"""
