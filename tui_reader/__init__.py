"""newsreader: a terminal reader for news that shows who said what and which numbers are claimed."""

__version__ = "0.1.0"
