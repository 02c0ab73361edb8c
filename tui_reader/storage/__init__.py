"""What newsreader keeps: the library (articles, analyses, search index) and the user's state.

Imports nothing from Textual; the UI and the commands both use it.
"""
