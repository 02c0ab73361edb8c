"""The cue of each quotation: what kind of quote it is and which speech verb attributes it.

A quotation is cued by the speech verb next to it ("he said", "X warned:"), else by the
speech verb whose clause contains it ("the union said it was a "bitter blow""). Quoted
words that no speech verb governs, or that sit inside the speaker's own description, are
scare quotes. The cue gives a subject token; who it means is the speaker choice's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui_reader.analysis.speech.layout import Layout
from tui_reader.analysis.speech.lexicon import (
    AGENT_SPEECH_VERBS,
    CUE_VERBS,
    LIGHT_SPEECH_VERBS,
    NAMING_VERBS,
    PHRASAL_SPEECH,
    QUESTION_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from tui_reader.analysis.speech.quotes import QuoteRun

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from tui_reader.analysis.speech.choice import Choice
    from tui_reader.analysis.speech.entities import Entity


@dataclass(eq=False, slots=True)
class Speech:
    """A quotation or a piece of reported speech, with its cue and (once chosen) its speaker."""

    start: int
    end: int
    kind: str  # direct / partial / scare / indirect / orphan (a quote carrying its sentence)
    subject: Token | None = None  # the token the cue names its speaker with
    cue_start: int | None = None
    cue_end: int | None = None
    # End of the sentence (with its cue) the speech belongs to: a later quote that
    # follows with nothing in between continues it.
    reach: int = 0
    run: QuoteRun | None = None
    how: str = ""  # which cue: after, before, colon, clause, reported, according to, possessive
    verb: Token | None = None  # the speech verb of the cue
    speaker: Entity | None = None
    choice: Choice | None = None
    notes: list[str] = field(default_factory=list)


def is_speech_verb(tok, naming: bool = False, cue: bool = False) -> bool:
    """A verb of saying; with ``naming`` also "called it X"; with ``cue`` also the verbs
    that only attribute a quotation beside them ("she asked")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return False
    return lemma in SPEECH_VERBS or (naming and lemma in NAMING_VERBS) or (cue and lemma in CUE_VERBS) \
        or speech_construction(tok) is not None


CONSTRUCTION_LEMMAS = frozenset(PHRASAL_SPEECH) | CUE_VERBS | AGENT_SPEECH_VERBS | frozenset(LIGHT_SPEECH_VERBS) \
    | SPEECH_VERBS | QUESTION_VERBS | {"call"}


def _that_clause(tok) -> bool:
    return any(c.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in tok.children)


def _asks(clause) -> bool:
    """A clause put as an indirect question: it opens with "whether", "if" or a wh-word."""
    first = clause.left_edge
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def speech_construction(verb):
    """Verbs that report speech only in some constructions, and what they report:
    "pointed out that ...", "joked that ..." (a cue verb with a that-clause), "called on X
    to ...", "revealed that ...", and a verb with a noun of saying or attitude
    ("voiced confidence that ...", "made the case that ...", "repeated his claim that ...").
    Returns the complement's head tokens (maybe none), or None when the verb does not speak."""
    lemma = verb.lemma_.lower()
    if lemma not in CONSTRUCTION_LEMMAS:
        return None
    children = list(verb.children)
    comps = [c for c in children if c.dep_ == "ccomp"]
    if lemma in PHRASAL_SPEECH and any(c.dep_ == "prt" and c.lower_ == PHRASAL_SPEECH[lemma] for c in children):
        return comps or [c for c in children if c.dep_ == "dobj"]  # maybe none: "as X points out, ..."
    if (lemma in CUE_VERBS and _that_clause(verb)) or lemma in AGENT_SPEECH_VERBS:
        return comps or None
    if lemma in QUESTION_VERBS:
        if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children):
            return None  # "Asked whether ..., X said": X was asked; the asker is not named
        return [c for c in comps if _asks(c)] or None
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in children):
        return [c for c in children if c.dep_ == "xcomp"] or None
    if lemma in LIGHT_SPEECH_VERBS or lemma in SPEECH_VERBS:
        objects = [c for c in children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _that_clause(c)
                   and (lemma not in LIGHT_SPEECH_VERBS or LIGHT_SPEECH_VERBS[lemma] == "any"
                        or c.lemma_.lower() in SPEECH_NOUNS)]
        return objects or None
    return None


def _cue_follows(layout: Layout, start: int, end: int) -> bool:
    """"... our fix!" Hale said': after a quote ending in "!" or "?", a short subject
    and a speech verb are still its cue, though they start with a capital; a verb that
    reports a clause of its own ("X said his ...") starts a new sentence."""
    for n, tok in enumerate(layout.tokens(start, end)):
        if n > 10:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return is_speech_verb(tok, cue=True) and not any(
                c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children) and not _own_object(tok)
        if tok.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "PUNCT", "SPACE", "PART"):
            return False
    return False


# Verbs whose object is the one spoken to: "the senator told reporters." still cues a quote.
LISTENER_VERBS = frozenset("tell ask inform assure reassure advise warn remind brief".split())


def _own_object(verb) -> bool:
    """A verb with an object of its own says something new: "The unions accuse the minister
    of ...", "The firm announced a review." start sentences, they do not cue a quote."""
    return verb.lemma_.lower() not in LISTENER_VERBS and any(c.dep_ == "dobj" for c in verb.children)


def _cue(layout: Layout, start: int, end: int, after: bool):
    """The speech verb in a stretch of text beside a quotation, and its subject token."""
    verbs = [t for t in layout.tokens(start, end) if is_speech_verb(t, cue=True)]
    if not verbs:
        return None
    verb = verbs[0] if after else verbs[-1]
    subject = layout.subject_token(verb)
    if subject is None and after and verb.dep_ == "acl" and verb.head.i < verb.i \
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.idx >= start:
        subject = verb.head  # '"...," the party's nominee, Jo Bloggs, tweeted': read as "the nominee tweeted"
    if subject is None or layout.mention(subject) is None:
        # the parser lost the subject ("..., says Jo Bloggs, director of ..."): a nearby
        # name, a person's before an organisation's ("GOP" of "the GOP nominee, Jo Bloggs")
        toks = layout.tokens(start, end)
        people = [t for t in toks if (o := layout.discourse.occurrence_at(t)) is not None and o.entity.kind == "person"]
        for tok in people + toks:
            if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.i != verb.i and layout.mention(tok) is not None:
                return verb, tok
    return verb, subject


def _colon_speaker(layout: Layout, start: int, end: int):
    """For "X blamed ...: "quote"", the subject of the clause before the colon."""
    toks = layout.tokens(start, end)
    roots = [t for t in toks if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj",) for c in t.children)]
    if not roots:
        return None
    verb = roots[0]
    subject = layout.subject_token(verb)
    mention = layout.mention(subject) if subject is not None else None
    # a colon after a non-speech verb introduces speech only from someone who can speak
    if mention is None or (mention.kind == "description" and mention.person is None):
        return None
    return verb, subject


def _label(layout: Layout, start: int, end: int):
    """A headline's 'Jo Bloggs: "We will fight on"': a name alone before the colon."""
    toks = [t for t in layout.tokens(start, end) if not t.is_punct and not t.is_space]
    if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    heads = [t for t in toks if t.head.i not in {u.i for u in toks} or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN"):
        return None
    mention = layout.mention(heads[0])
    if mention is None or mention.kind != "name":
        return None
    return heads[0], heads[0]


# Small words a title leaves in lower case ("Meet the Press", "House of Cards").
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as is".split())
# Words after which a capitalised quotation is the name of a programme, book or film.
WORK_NOUNS = frozenset(
    """
    show programme program film movie series book novel song album newspaper magazine column
    documentary play musical podcast episode sitcom drama report titled entitled
    """.split()
)
WORK_PREPS = frozenset("on in with to from told".split())


def _title_case(quoted: str) -> bool:
    words = re.findall(r"[\w'\u2019-]+", quoted)
    return bool(words) and len(words) <= 7 and words[0][:1].isupper() and quoted.rstrip(".,")[-1:] not in "!?" \
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


LIST_GLUE = re.compile(r"[\s,]*(?:(?:and|or)\s*)?")


def names_a_work(layout: Layout, index: int, before: str) -> bool:
    """'... told ABC's "Good Morning America"', 'in the film "The Long Road"', 'named "Red
    Sky", "Deep Water" and "Open Road"': a short quotation in title case after a preposition,
    a possessive or a noun for a work, or listed with others like it, is a title, not speech."""
    runs, text = layout.runs, layout.text
    run = runs[index]
    if len(run.segments) > 1 or not _title_case(text[run.start:run.end]):
        return False
    for other in (index - 1, index + 1):
        if 0 <= other < len(runs):
            a, b = (runs[other].after, run.open_mark) if other < index else (run.after, runs[other].open_mark)
            if LIST_GLUE.fullmatch(text[a:b]) and _title_case(text[runs[other].start:runs[other].end]):
                return True
    last = re.findall(r"[\w'\u2019]+", before[-40:])
    if not last:
        return False
    word = last[-1].lower()
    return word in WORK_PREPS or word in WORK_NOUNS or word.endswith(("'s", "\u2019s"))


def attribute_run(layout: Layout, index: int, prev_after: int, next_open: int) -> Speech:
    """The kind and cue of the ``index``-th quotation."""
    run = layout.runs[index]
    text = layout.text
    p_start, p_end = layout.paragraph(run.open_mark)
    _, last_end = layout.paragraph(run.segments[-1].start)
    s_start, _ = layout.sentence_bounds(run.open_mark, max(p_start, prev_after), run.open_mark)
    before = text[s_start:run.open_mark]
    if names_a_work(layout, index, before):
        return Speech(run.start, run.end, "scare", run=run, reach=run.after)
    limit = min(last_end, next_open)
    _, s_end = layout.sentence_bounds(min(run.after, limit), min(run.after, limit), limit)
    quoted = text[run.start:run.end]
    last = run.segments[-1]
    closing = text[last.end:last.close_mark] if last.close_mark is not None else ""
    if quoted[-1:] in ".!?" and "," not in closing and re.match(r"\s+[A-Z\u201c\"]", text[run.after:s_end]) \
            and not _cue_follows(layout, run.after, s_end):
        s_end = run.after  # the quote closed its sentence; what follows is new
    after_text = text[run.after:s_end]
    stripped = before.strip()
    whole = quoted[:1].isupper() or quoted[:1] in "\"'\u2018\u201c.\u2026" or quoted[:1].isdigit()
    opens_sentence = stripped == "" or stripped.endswith(":") or (stripped.endswith(",") and whole)
    # a quote within the quote may close it: "... he is the 'Title Holder,' " she wrote
    ends_sentence = quoted.rstrip("'\u2019")[-1:] in ".!?\u2026," or "," in closing or last.close_mark is None
    after_stripped = after_text.strip()
    ends_sentence = ends_sentence or after_stripped[:1] in ("", ".", ",") or after_stripped.startswith(("said", "says"))
    speech = Speech(run.start, run.end, "direct" if opens_sentence and ends_sentence and whole else "partial", run=run)
    speech.reach = s_end
    if speech.kind == "direct":
        found = _cue(layout, run.after, s_end, after=True)
        speech.how = "after"
        if found is None and (stripped.endswith(":") or stripped.endswith(",")):
            speech.how = "before"
            found = _cue(layout, s_start, run.open_mark, after=False)
            if found is None and stripped.endswith(":"):
                speech.how = "colon"
                found = _colon_speaker(layout, s_start, run.open_mark) or _label(layout, s_start, run.open_mark)
        if found is None and not stripped and run.open_mark == p_start and prev_after < p_start:
            found = _paragraph_colon_cue(layout, p_start, prev_after)
            speech.how = "before" if found is not None else speech.how
        if found is not None:
            speech.verb, speech.subject = found
            speech.cue_start, speech.cue_end = layout.cue_span(speech.verb, speech.subject)
        else:
            speech.how = ""
        return speech
    p_sent_start, _ = layout.sentence_bounds(run.open_mark, p_start, run.open_mark)
    return _attribute_partial(layout, speech, p_sent_start, s_end)


def _paragraph_colon_cue(layout: Layout, p_start: int, prev_after: int):
    """'He told his audience, to loud applause:' closing one paragraph is the cue of the quote
    that opens the next."""
    text = layout.text
    end = len(text[:p_start].rstrip())
    if end == 0 or text[end - 1] != ":":
        return None
    q_start, _ = layout.paragraph(end - 1)
    s_start, _ = layout.sentence_bounds(end - 1, max(q_start, prev_after), end - 1)
    return _cue(layout, s_start, end - 1, after=False)


def _attribute_partial(layout: Layout, speech: Speech, s_start: int, s_end: int) -> Speech:
    """A quoted phrase is spoken by the subject of the speech verb governing it."""
    doc = layout.doc
    span = doc.char_span(speech.start, speech.end, alignment_mode="expand")
    if span is None:
        speech.kind = "scare"
        return speech
    inside = set(range(span.start, span.end))
    owner = _speech_noun_owner(layout, span, inside)
    if owner is not None:
        speech.subject, speech.how = owner, "possessive"
        speech.cue_start, speech.cue_end = owner.idx, owner.idx + len(owner.text)
        return speech
    closing = _closing_cue(layout, speech, s_end)
    if closing is not None:
        # 'Nothing X said "will help," the senator said.': the cue that closes the sentence
        speech.verb, speech.subject = closing
        speech.how = "after"
        speech.cue_start, speech.cue_end = layout.cue_span(speech.verb, speech.subject)
        return speech
    verbs = [t for t in layout.tokens(s_start, s_end) if is_speech_verb(t, naming=True)]
    best = None
    for verb in verbs:
        subj = layout.subject_token(verb)
        if subj is not None and subj.head.i == verb.i and any(t.i in inside for t in subj.subtree):
            continue  # "X, a member of the "old guard", said": the quote describes X
        if any(span[0].i == t.i or t.i in inside for t in verb.subtree) and verb.i not in inside:
            depth = sum(1 for _ in span[0].ancestors)
            if best is None or depth < best[0]:
                best = (depth, verb)
    if best is None:
        before = [v for v in verbs if v.idx < speech.start and v.lemma_.lower() in SPEECH_VERBS]
        if before:
            best = (0, before[-1])
    if best is None:
        owner = _possessor(layout, span)
        if owner is not None:
            speech.subject, speech.how = owner, "possessive"
            speech.cue_start, speech.cue_end = owner.idx, owner.idx + len(owner.text)
            return speech
        speech.kind = "scare"
        root = span[0].sent.root
        if root.i in inside:
            speech.kind = "orphan"  # the quote carries the sentence: may continue a speaker
        return speech
    verb = best[1]
    subject = layout.subject_token(verb)
    if subject is None or layout.mention(subject) is None:
        speech.kind = "scare"
        return speech
    speech.subject, speech.how, speech.verb = subject, "clause", verb
    speech.cue_start, speech.cue_end = layout.cue_span(verb, subject)
    return speech


def _closing_cue(layout: Layout, speech: Speech, s_end: int):
    """A comma inside the closing mark and a short cue ending the sentence ('..."will
    help," the senator said.'): that cue's verb and subject."""
    run = speech.run
    if run is None or run.segments[-1].close_mark is None:
        return None
    last = run.segments[-1]
    if "," not in layout.text[last.end:last.close_mark] or not _cue_follows(layout, run.after, s_end):
        return None
    found = _cue(layout, run.after, s_end, after=True)
    if found is None or found[1] is None or layout.mention(found[1]) is None:
        return None
    return found


def _speech_noun_owner(layout: Layout, span, inside: set[int]):
    """"X's claim that Y "founded ISIS"", "X's call for "revolution"": a quoted phrase inside
    what someone said, named by a speech noun with its owner, is the owner's."""
    for tok in span[0].ancestors:
        if tok.i in inside:
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl", "ccomp"):
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            mention = layout.mention(owner) if owner is not None and not layout.inside_quote(owner.idx) else None
            return owner if mention is not None and mention.kind in ("name", "pronoun") else None
    return None


def _possessor(layout: Layout, span):
    """"X's "overwhelming evidence"": a quoted phrase owned by a named speaker is theirs."""
    doc = layout.doc
    first = span[0]
    before = first.i - 1
    while before >= 0 and doc[before].is_punct and doc[before].text not in ("'s", "’s"):
        before -= 1
    if before < 1 or doc[before].text not in ("'s", "’s", "'"):
        return None
    owner = doc[before - 1]
    mention = layout.mention(owner) if not layout.inside_quote(owner.idx) else None
    if mention is None or mention.kind != "name":
        return None
    return owner
