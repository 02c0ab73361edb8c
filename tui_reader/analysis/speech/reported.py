"""Reported speech: "X said (that) ...", "X accused Y of ...", "according to X, ...".

The reported clause is the complement of a speech verb outside quotation marks, from the
verb to the clause's end. A complement that is all quotation is the cue of a direct quote,
not reported speech.
"""

from __future__ import annotations

from tui_reader.analysis.speech.cues import Speech, is_speech_verb, speech_construction
from tui_reader.analysis.speech.layout import Layout
from tui_reader.analysis.speech.lexicon import (
    AGENT_SPEECH_VERBS,
    AS_VERBS,
    CAUSE_VERBS,
    COMMISSIVE_VERBS,
    DOCUMENT_NOUNS,
    OBJECT_SPEECH_VERBS,
)

# Words for a copy, version or part of a document: "a version of the X website" is the website.
PART_NOUNS = frozenset("version copy draft section part page excerpt excerpts extract edition update".split())

# Speech verbs whose report comes as a prepositional phrase: "accused X of ...".
PREP_COMPLEMENTS = frozenset({("accuse", "of"), ("call", "for"), ("warn", "of"), ("warn", "against")})


def _complement(verb):
    """The clause (or object) a speech verb reports, or None."""
    lemma = verb.lemma_.lower()
    construed = speech_construction(verb)
    if construed is not None:
        return construed
    # promising or vowing to do something is a commitment, not a report
    clausal = ("ccomp",) if lemma in COMMISSIVE_VERBS else ("ccomp", "xcomp")
    comps = [c for c in verb.children if c.dep_ in clausal]
    if comps and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        # "Asked about X, Bloggs said: ...": what follows the colon is the report
        comps = [c for c in comps if c.i > verb.i]
    # "accused the regulator of ...": the parser may hang "of" on the object
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in list(verb.children) + [g for o in objects for g in o.children]:
        if c.dep_ == "prep" and (lemma, c.lower_) in PREP_COMPLEMENTS:
            comps.append(c)
        if c.dep_ == "dobj" and lemma in OBJECT_SPEECH_VERBS:
            comps.append(c)
    if lemma in AS_VERBS and objects:
        # "described the plan as reckless", "named X as her favourite": the object and its "as"
        heads = list(verb.children) + list(objects[0].children)
        as_phrase = [c for c in heads if c.dep_ == "prep" and c.lower_ == "as"]
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
            if tok.tag_ == "MD" or tok.dep_ == "neg":
                return True
            if not (tok.pos_ in FRAME_POS or tok.lemma_ == "be"):
                return True
    return False


def _ends_in_quote(layout: Layout, ranges: list[tuple[int, int]]) -> bool:
    last = max(b for _, b in ranges) - 1
    doc = layout.doc
    while last > 0 and doc[last].is_punct:
        last -= 1
    return layout.inside_quote(doc[last].idx)


def _parenthetical_range(layout: Layout, verb) -> tuple[int, int] | None:
    """"The outreach, they said, raised new worries", "In both cases, X said, the money
    ...": a cue set off by commas inside the sentence it reports (however the parser hangs
    it). The report is the sentence around the cue."""
    doc = layout.doc
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    left = subject.left_edge.i
    if left == 0 or doc[left - 1].text != ",":
        return None
    sent = verb.sent
    if left - 1 <= sent.start or verb.i + 2 >= sent.end:
        return None
    return sent.start, sent.end


def _framing_range(layout: Layout, verb) -> tuple[list[tuple[int, int]], int, int] | None:
    """A cue with no complement that frames a clause of the sentence: "As Jo Bloggs points
    out in a column, the plan ..." reports the rest of the sentence; "The plan is dead, Jo
    Bloggs insisted on Thursday" and "The vote signals the end, said Jo Bloggs" (the parser
    joining the cue as a clause of its own, or taking the report for a noun phrase) report
    what stands before the comma."""
    doc = layout.doc
    subject = layout.subject_token(verb)
    if subject is None or any(c.dep_ == "dobj" for c in verb.children) or verb.lemma_.lower() in AS_VERBS:
        return None  # "it lists ...": a verb that names things frames nothing
    sent = verb.sent
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        if subject.head.i != verb.i:
            return None  # "as reported by X" is read as a source of its own
        comma = next((t.i for t in doc[verb.i + 1:sent.end] if t.text == ","), None)
        start = verb.left_edge.i
        if comma is None or comma + 2 >= sent.end:
            return None
        ranges = [r for r in ((sent.start, start), (comma + 1, sent.end)) if r[1] > r[0]]
        return ranges, sent.start, sent.end - 1
    if subject.i > verb.i and doc[verb.i - 1].text == "," and verb.i - 1 > sent.start + 3 \
            and verb.dep_ == "ROOT":
        return [(sent.start, verb.i - 1)], sent.start, verb.i - 2  # "..., said Jo Bloggs, founder of X."
    left = subject.i
    while left > 0 and doc[left - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") and doc[left - 1].i > sent.start:
        left -= 1  # the whole subject: "transport chief Jo Bloggs"
    if verb.dep_ in ("conj", "parataxis", "advcl") and verb.head.i < left and doc[left - 1].text == "," \
            and left - 1 > sent.start + 2 and not any(c.dep_ == "mark" for c in verb.children):
        return [(sent.start, left - 1)], sent.start, left - 2
    return None


def _verb_range(layout: Layout, verb) -> tuple[list[tuple[int, int]], int, int] | None:
    """The complement's token ranges and the span (first, last token) it reports."""
    comps = _complement(verb)
    if not comps:
        around = _parenthetical_range(layout, verb)
        if around is None:
            return _framing_range(layout, verb)
        return [(around[0], verb.left_edge.i), (verb.i + 1, around[1])], around[0], around[1] - 1
    # Subtrees by their edges and counts by prefix sums: a sentence of thousands of
    # words (text with no punctuation) must not cost that much per speech verb.
    ranges = [(c.left_edge.i, c.right_edge.i + 1) for c in comps]
    first = min(a for a, _ in ranges)
    start_tok = min(first, verb.i)
    end_tok = max(max(b for _, b in ranges) - 1, verb.i)
    for t in verb.rights:  # "called for a debate to find ...", "said ... despite ..."
        if t.dep_ not in ("punct", "cc", "conj", "parataxis") and end_tok >= verb.i and t.i > verb.i:
            if first > verb.i or t.i < first:
                end_tok = max(end_tok, t.right_edge.i)
    return ranges, start_tok, end_tok


def _before_cue_words(layout: Layout, a: int, b: int) -> tuple[int, int]:
    """A complement before its verb that opens with a quotation ends with it: words the
    parser hung on it after the closing mark ('"...," CBS anchor Jo Bloggs said') are the
    cue's."""
    doc = layout.doc
    first = next((t for t in doc[a:b] if not t.is_punct), None)
    if first is None or not layout.inside_quote(first.idx):
        return a, b
    last = max((t.i for t in doc[a:b] if layout.inside_quote(t.idx)), default=a)
    if any(t.pos_ in ("VERB", "AUX", "ADP") for t in doc[last + 1:b]):
        return a, b  # '"I held and hugged" grieving families before ...': the words go on reporting
    return a, last + 1


def _reports(layout: Layout, verb, ranges: list[tuple[int, int]]) -> bool:
    """The complement reports something beyond the quotation it may hold."""
    ranges = [_before_cue_words(layout, a, b) if b <= verb.i else (a, b) for a, b in ranges]
    words = sum(layout.words_in(a, b) for a, b in ranges)
    quoted = sum(layout.quoted_words_in(a, b) for a, b in ranges)
    if not words or quoted == words:
        return False  # the cue of a direct quotation
    if quoted and not _more_than_a_frame(layout, ranges):
        return False  # "said it was "a bitter blow"": the partial quote says it all
    # "... was a "bitter blow", the union said": the partial quote is the report
    return not (quoted and max(b for _, b in ranges) <= verb.i and _ends_in_quote(layout, ranges))


def _candidate_verb(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return True
    if lemma in AS_VERBS and verb.pos_ == "VERB":
        return True
    if not is_speech_verb(verb):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) and _agent(verb) is None:
        return False  # "he was told to leave": by whom, the sentence does not say
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "have not said how it would affect ...": nothing reported
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
        return False  # "had he denied the charge", "should she say so": a supposition
    if _made_to_speak(verb) is not None:
        return True
    # "meeting today to confirm ...": nothing has been said yet
    return not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _made_to_speak(verb):
    """"The pressure prompted the minister to say ...": the object of a past causing verb
    is the one who spoke."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in CAUSE_VERBS or head.tag_ not in ("VBD", "VBN"):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def _agent(verb):
    """The "by X" of a passive verb: "was advised by her coach not to ..."."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _speaker_token(layout: Layout, verb):
    """Who the verb says spoke: the agent of a passive, else the subject. "Revealed" and
    "disclosed" report speech only from someone who can speak, not from figures."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _agent(verb)
    made = _made_to_speak(verb)
    subject = made if made is not None else layout.subject_token(verb)
    if subject is not None and verb.lemma_.lower() in AGENT_SPEECH_VERBS:
        mention = layout.mention(subject)
        if mention is None or mention.kind == "document" or (mention.kind == "description" and mention.person is None):
            return None
    return subject


def find_indirect(layout: Layout) -> list[Speech]:
    """Every reported clause outside quotation marks, with its cue's subject."""
    found: list[Speech] = []
    for verb in layout.discourse.tokens:
        if layout.inside_quote(verb.idx) or not _candidate_verb(verb):
            continue
        reported = _verb_range(layout, verb)
        if reported is None or not _reports(layout, verb, reported[0]):
            continue
        span = layout.doc[reported[1]:reported[2] + 1]
        while len(span) > 1 and span[-1].is_punct and span[-1].text not in ('"', "\u201d"):
            span = span[:-1]
        subject = _speaker_token(layout, verb)
        if subject is None or layout.mention(subject) is None:
            continue
        found.append(Speech(span.start_char, span.end_char, "indirect", subject, *layout.cue_span(verb, subject),
                            how="reported", verb=verb))
    found.extend(_according_to(layout))
    found.extend(_block_after_colon(layout))
    return found


def _block_after_colon(layout: Layout) -> list[Speech]:
    """"The paper reports:" closing a paragraph, and the next paragraph set out without
    quotation marks: that paragraph is the report."""
    found = []
    paragraphs = layout.paragraphs
    for (start, end), (next_start, next_end) in zip(paragraphs, paragraphs[1:], strict=False):
        if not layout.text[start:end].endswith(":") or layout.text[next_start] in "\"\u201c\u2018'":
            continue
        span = layout.doc.char_span(start, end, alignment_mode="expand")
        verbs = [t for t in span if is_speech_verb(t)] if span is not None else []
        if not verbs or _complement(verbs[-1]) or layout.inside_quote(verbs[-1].idx):
            continue
        subject = layout.subject_token(verbs[-1])
        if subject is None or layout.mention(subject) is None:
            continue
        body = layout.text[next_start:next_end].lstrip("\u2026. ")
        begin = next_end - len(body)
        found.append(Speech(begin, next_end, "indirect", subject, *layout.cue_span(verbs[-1], subject),
                            how="block", verb=verbs[-1]))
    return found


def _source_phrase(tok):
    """The source of "according to X" or "as reported by X" starting at ``tok``; for
    "according to a report from X", when the parser hangs "from X" on "according", X."""
    if tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is not None and obj.lemma_.lower() in DOCUMENT_NOUNS:
            by = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")]
            author = next((g for c in by for g in c.children if g.dep_ == "pobj"), None)
            return author or obj
        return _through_versions(obj)
    if tok.lower_ == "reported" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as":
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return None


def _through_versions(obj):
    """"According to an archived version of the X website": past a word for a copy or part
    of something to the document or body it is of."""
    for _ in range(2):
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in PART_NOUNS:
            return obj
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is None:
            return obj
        obj = inner
    return obj


def _according_to(layout: Layout) -> list[Speech]:
    """"According to X, ..." and "As reported by X, ..." report the rest of the sentence
    as X's."""
    found = []
    for tok in layout.discourse.tokens:
        if tok.lower_ not in ("according", "reported") or layout.inside_quote(tok.idx):
            continue
        obj = _source_phrase(tok)
        head = tok.head
        if obj is None or head.i == tok.i or is_speech_verb(head):
            continue
        phrase = range(min(t.i for t in tok.subtree), max(t.i for t in tok.subtree) + 1)
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
