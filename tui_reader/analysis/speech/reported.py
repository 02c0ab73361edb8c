"""Reported speech: "X said (that) ...", "X accused Y of ...", "according to X, ...".

The reported clause is the complement of a speech verb outside quotation marks, from the
verb to the clause's end. A complement that is all quotation is the cue of a direct quote,
not reported speech.
"""

from __future__ import annotations

from tui_reader.analysis.speech.cues import Speech, is_speech_verb
from tui_reader.analysis.speech.layout import Layout
from tui_reader.analysis.speech.lexicon import AS_VERBS, COMMISSIVE_VERBS, OBJECT_SPEECH_VERBS


def _complement(verb):
    """The clause (or object) a speech verb reports, or None."""
    lemma = verb.lemma_.lower()
    # promising or vowing to do something is a commitment, not a report
    clausal = ("ccomp",) if lemma in COMMISSIVE_VERBS else ("ccomp", "xcomp")
    comps = [c for c in verb.children if c.dep_ in clausal]
    # "accused the regulator of ...": the parser may hang "of" on the object
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in list(verb.children) + [g for o in objects for g in o.children]:
        if c.dep_ == "prep" and ((lemma == "accuse" and c.lower_ == "of") or (lemma == "call" and c.lower_ == "for")):
            comps.append(c)
        if c.dep_ == "dobj" and lemma in OBJECT_SPEECH_VERBS:
            comps.append(c)
    if lemma in AS_VERBS and objects:
        # "described the plan as reckless", "named X as her favourite": the object and its "as"
        as_phrase = [c for c in list(verb.children) + list(objects[0].children) if c.dep_ == "prep" and c.lower_ == "as"]
        if as_phrase:
            comps += [objects[0], as_phrase[0]]
    return comps


# Words that frame a quote rather than report anything: "it was", "this is the".
FRAME_POS = frozenset("PRON AUX DET SCONJ PART CCONJ ADP PUNCT SPACE".split())


def _more_than_a_frame(layout: Layout, ranges: list[tuple[int, int]]) -> bool:
    """The unquoted words of a complement say something of their own: 'the plan was "a
    disaster"' does, 'it was "a disaster"' does not (a partial quote alone)."""
    for a, b in ranges:
        for tok in layout.doc[a:b]:
            if layout.inside_quote(tok.idx):
                continue
            # a modal or a negation changes what is reported: 'they should "act"'
            if tok.tag_ == "MD" or tok.dep_ == "neg" or not (tok.pos_ in FRAME_POS or tok.lemma_ == "be"):
                return True
    return False


def find_indirect(layout: Layout) -> list[Speech]:
    found: list[Speech] = []
    for verb in layout.doc:
        if layout.inside_quote(verb.idx):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            pass
        elif lemma in AS_VERBS and verb.pos_ == "VERB":
            pass
        elif not is_speech_verb(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        comps = _complement(verb)
        if not comps:
            continue
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            continue  # "meeting today to confirm ...": nothing has been said yet
        # Subtrees by their edges and counts by prefix sums: a sentence of thousands of
        # words (text with no punctuation) must not cost that much per speech verb.
        ranges = [(c.left_edge.i, c.right_edge.i + 1) for c in comps]
        words = sum(layout.words_in(a, b) for a, b in ranges)
        quoted = sum(layout.quoted_words_in(a, b) for a, b in ranges)
        if not words or quoted == words:
            continue  # the cue of a direct quotation
        if quoted and not _more_than_a_frame(layout, ranges):
            continue  # "said it was "a bitter blow"": the partial quote says it all
        first = min(a for a, _ in ranges)
        if first < verb.i and quoted:
            continue  # "... was a "bitter blow", the union said": a partial quote
        start_tok = min(first, verb.i)
        end_tok = max(max(b for _, b in ranges) - 1, verb.i)
        for t in verb.rights:  # "called for a debate to find ...", "said ... despite ..."
            if t.dep_ not in ("punct", "cc", "conj", "parataxis") and end_tok >= verb.i and t.i > verb.i:
                if first > verb.i or t.i < first:
                    end_tok = max(end_tok, t.right_edge.i)
        span = layout.doc[start_tok:end_tok + 1]
        while len(span) > 1 and span[-1].is_punct and span[-1].text not in ('"', "\u201d"):
            span = span[:-1]
        subject = layout.subject_token(verb)
        if subject is None or layout.mention(subject) is None:
            continue
        found.append(Speech(span.start_char, span.end_char, "indirect", subject, *layout.cue_span(verb, subject),
                            how="reported", verb=verb))
    found.extend(_according_to(layout))
    return found


def _according_to(layout: Layout) -> list[Speech]:
    """"According to X, ..." reports the rest of the sentence as X's."""
    found = []
    for tok in layout.doc:
        if tok.lower_ != "according" or layout.inside_quote(tok.idx):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        head = tok.head
        if obj is None or head is tok or is_speech_verb(head):
            continue
        phrase = range(tok.i, max(t.i for t in tok.subtree) + 1)
        clause = [t for t in head.subtree if t.i not in phrase and not (t.is_punct and t.i == phrase.stop)]
        if not clause:
            continue
        # "a statement from X's office": the mention reads the author of a document
        if layout.mention(obj) is None:
            continue
        span = layout.doc[clause[0].i:clause[-1].i + 1]
        while len(span) > 1 and span[-1].is_punct:
            span = span[:-1]
        found.append(Speech(span.start_char, span.end_char, "indirect", obj, tok.idx,
                            obj.right_edge.idx + len(obj.right_edge), how="according to"))
    return found
