"""The analysis layer: spaCy, quotes, speakers and numeric claims.

It imports nothing from Textual and returns the plain dataclasses of ``model``.
Import ``tui_reader.analysis.pipeline`` lazily: it pulls in spaCy.
"""

from tui_reader.analysis.model import Analysis, Claim, Entity, Quote, Speaker

__all__ = ["Analysis", "Claim", "Entity", "Quote", "Speaker"]
