"""Who said what: quotation marks, speech verbs, mentions and canonical speakers.

The entry point is ``find.find_speech(doc)``; the other modules are its steps, in the order
``quotes`` (marks and runs), ``mentions`` (who can be meant), ``attribution`` (who speaks),
``speakers`` (one name per person).
"""
