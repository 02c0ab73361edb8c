"""Which numbers are claimed: amounts, their units, what they count and who asserts them.

The entry point is ``find.find_claims(doc)``; the other modules are its steps: ``numbers``
(number words and digits), ``amounts`` (a number with its scale and sign), ``exclusions``
(numbers that assert nothing), ``counted`` (the unit), ``subjects`` (what is measured).
"""
