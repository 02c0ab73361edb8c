"""The corpus layer: reading articles from disk, cleaning them, and storing results.

It imports nothing from Textual or spaCy.
"""
