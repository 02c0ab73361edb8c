"""Who said what: quotations, reported speech, and the speaker of each, chosen by evidence.

The entry point is ``find.find_speech(doc)``; the other modules are its steps, in order:
``quotes`` (marks and runs), ``layout`` (paragraphs, sentences, subjects), ``entities``
(people, organisations and roles, each once, names parsed by ``names``), ``cues``
(quotations and their speech verbs), ``reported`` (reported clauses), ``mentions`` (what a
cue's subject is: a name, pronoun, description or document), ``choice`` (the candidates,
their evidence and weights), ``attribution`` (the pass in text order), ``speakers`` (the
sidebar's list). ``explain`` prints the choices; ``lexicon`` holds the word lists.
"""
