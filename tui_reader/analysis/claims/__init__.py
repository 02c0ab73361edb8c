"""Which numbers are claimed: amounts, their units, what they count and who asserts them.

The entry point is ``find.find_claims(doc)``; the other modules are its steps: ``numbers``
(number words and digits), ``amounts`` (a number with its scale and sign; ``metres`` tells
metres from millions), ``exclusions`` (numbers that assert nothing), ``counted`` (the unit,
from ``nouns`` the number modifies or ``verbs`` that change or count it), ``subjects``
(what is measured); ``asserted`` says who asserts each figure.
"""
