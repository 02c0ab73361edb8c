"""Work across articles: one identity per person, the corpus's speakers, groups of like claims.

Nothing here changes a stored analysis, so these modules are outside the analyser version.
"""
