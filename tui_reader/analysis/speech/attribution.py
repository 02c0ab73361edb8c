"""Who said what: speech cues for quotations, and reported (indirect) speech.

A quotation is attributed by the speech verb next to it ("he said", "X warned:"),
else by the speech verb whose clause contains it ("the union said it was a
"bitter blow""), else by continuing the speech just before it. Quoted words that
no speech verb governs, or that sit inside the speaker's own description, are scare
quotes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tui_reader.analysis.speech.lexicon import COMMISSIVE_VERBS, NAMING_VERBS, OBJECT_SPEECH_VERBS, SPEECH_VERBS
from tui_reader.analysis.speech.mentions import Mention, build_timeline, mention_for
from tui_reader.analysis.speech.quotes import QuoteRun, find_quote_runs, paragraph_spans

BULLETS = ("-", "*", "\u2022", "\u2013")
SENTENCE_BREAK = re.compile(r"[.!?](?=[\s\"\u201d\u2019]*(\s|$))")


@dataclass(eq=False, slots=True)
class Speech:
    """A quotation or a piece of reported speech, before names are made canonical."""

    start: int
    end: int
    kind: str  # direct / partial / scare / indirect
    speaker: Mention | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    # End of the sentence (with its cue) the speech belongs to: a later quote that
    # follows with nothing in between continues it.
    reach: int = 0
    run: QuoteRun | None = None


class _Context:
    """The parsed document with the quote layout and resolved subjects."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.runs = find_quote_runs(self.text)
        self.spans = sorted((s.start, s.end) for r in self.runs for s in r.segments)
        self.span_starts = [s for s, _ in self.spans]
        self.timeline, self.subjects = build_timeline(doc, self.inside_quote)
        self.paragraphs = paragraph_spans(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self._counts: tuple[list[int], list[int]] | None = None
        self.stop_marks = [i for i, ch in enumerate(self.text) if ch in ".!?"]
        """Where every full stop, question and exclamation mark stands (sentence-break candidates)."""

    def _prefix(self) -> tuple[list[int], list[int]]:
        # Running counts of words, and of words inside quotation marks, token by token.
        if self._counts is None:
            words, quoted = [0], [0]
            for tok in self.doc:
                word = not tok.is_punct
                words.append(words[-1] + word)
                quoted.append(quoted[-1] + (word and self.inside_quote(tok.idx)))
            self._counts = (words, quoted)
        return self._counts

    def words_in(self, start: int, end: int) -> int:
        """Tokens that are not punctuation in ``doc[start:end]``."""
        words, _ = self._prefix()
        return words[end] - words[start]

    def quoted_words_in(self, start: int, end: int) -> int:
        """Of those, the ones inside quotation marks."""
        _, quoted = self._prefix()
        return quoted[end] - quoted[start]

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.span_starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def paragraph(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.paragraph_starts, pos) - 1
        if k >= 0 and pos <= self.paragraphs[k][1]:
            return self.paragraphs[k]
        return 0, len(self.text)

    def tokens(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return [] if span is None else [t for t in span if not self.inside_quote(t.idx)]

    def subject_token(self, verb):
        """The subject of a speech verb, or of the verb governing a participle."""
        if verb.i > 0 and verb.doc[verb.i - 1].text in BULLETS and verb.text[:1].isupper():
            # a list item ("- Announced that ..."): any subject the parser found lies
            # in an earlier item; the speaker is whoever introduced the list
            return self._list_subject(self.paragraph(verb.idx)[0])
        tok = verb
        for _ in range(4):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(child.idx):
                    return child
            if tok.dep_ in ("advcl", "xcomp", "pcomp", "conj", "acl", "prep", "pobj") and tok.head is not tok:
                tok = tok.head
            else:
                break
        return self._paragraph_subject(verb) if verb.dep_ == "ROOT" else None

    def _paragraph_subject(self, verb):
        """The noun phrase opening a paragraph before its verb, when the parser ran the
        previous paragraph into it and lost the subject."""
        p_start, _ = self.paragraph(verb.idx)
        before = [t for t in self.doc[:verb.i] if t.idx >= p_start and not t.is_space]
        tops = [t for t in before if not (p_start <= t.head.idx < verb.idx) or t.head is t]
        if len(tops) == 1 and tops[0].pos_ in ("NOUN", "PROPN") and not self.inside_quote(tops[0].idx):
            return tops[0]
        if all(t.is_punct for t in before):
            return self._list_subject(p_start)
        return None

    def _list_subject(self, p_start: int):
        """For a list item ("- Announced that ..."), the subject of the line that
        introduced the list with a colon ("In his budget the minister has:")."""
        if self.text[p_start:p_start + 1] not in BULLETS:
            return None
        k = bisect.bisect_left(self.paragraph_starts, p_start) - 1
        while k >= 0:
            start, end = self.paragraphs[k]
            if self.text[start:start + 1] in BULLETS:
                k -= 1
                continue
            if not self.text[start:end].endswith(":"):
                return None
            span = self.doc.char_span(start, end, alignment_mode="expand")
            root = span[-1].sent.root if span is not None else None
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
            return subject if subject is not None and not self.inside_quote(subject.idx) else None
        return None

    def subject_of(self, verb) -> Mention | None:
        """The speaker of a speech verb."""
        child = self.subject_token(verb)
        if child is None:
            return None
        if child.i in self.subjects:
            return self.subjects[child.i]
        return mention_for(child, self.timeline)

    def cue_span(self, verb) -> tuple[int, int]:
        """The words that attribute: the verb and its subject when they are close."""
        start, end = verb.idx, verb.idx + len(verb.text)
        subject = self.subject_token(verb)
        if subject is not None and abs(subject.i - verb.i) < 30:
            start = min(start, subject.left_edge.idx)
            end = max(end, subject.right_edge.idx + len(subject.right_edge.text))
        return start, end


def _is_speech_verb(tok, naming: bool = False) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return False
    return lemma in SPEECH_VERBS or (naming and lemma in NAMING_VERBS)


def _sentence_bounds(ctx: _Context, pos: int, floor: int, ceiling: int) -> tuple[int, int]:
    """The sentence around ``pos`` by punctuation, staying out of quotations.

    The nearest full stops are found by bisection among the document's, so a paragraph
    of thousands of sentences costs no more than a short one.
    """
    marks = ctx.stop_marks
    start = floor
    i = bisect.bisect_left(marks, pos) - 1
    while i >= 0 and marks[i] >= floor:
        if SENTENCE_BREAK.match(ctx.text, marks[i], pos) and not ctx.inside_quote(marks[i]):
            start = marks[i] + 1
            break
        i -= 1
    end = ceiling
    i = bisect.bisect_left(marks, pos)
    while i < len(marks) and marks[i] < ceiling:
        if SENTENCE_BREAK.match(ctx.text, marks[i], ceiling) and not ctx.inside_quote(marks[i]):
            end = marks[i] + 1
            break
        i += 1
    return start, end


def _cue(ctx: _Context, start: int, end: int, after: bool):
    """The speech verb in a stretch of text beside a quotation, and its speaker."""
    verbs = [t for t in ctx.tokens(start, end) if _is_speech_verb(t)]
    if not verbs:
        return None
    verb = verbs[0] if after else verbs[-1]
    speaker = ctx.subject_of(verb)
    if speaker is None:
        candidates = [t for t in ctx.tokens(start, end) if t.pos_ in ("PROPN", "NOUN", "PRON") and t.i != verb.i]
        for tok in candidates:
            speaker = mention_for(tok, ctx.timeline)
            if speaker is not None:
                break
    return verb, speaker


def _colon_speaker(ctx: _Context, start: int, end: int):
    """For "X blamed ...: "quote"", the subject of the clause before the colon."""
    toks = ctx.tokens(start, end)
    roots = [t for t in toks if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj",) for c in t.children)]
    if not roots:
        return None
    verb = roots[0]
    speaker = ctx.subject_of(verb)
    # a colon after a non-speech verb introduces speech only from someone who can speak
    if speaker is None or speaker.kind == "role":
        return None
    return verb, speaker


def _attribute_run(ctx: _Context, run: QuoteRun, prev_after: int, next_open: int) -> Speech:
    text = ctx.text
    p_start, p_end = ctx.paragraph(run.open_mark)
    _, last_end = ctx.paragraph(run.segments[-1].start)
    s_start, _ = _sentence_bounds(ctx, run.open_mark, max(p_start, prev_after), run.open_mark)
    before = text[s_start:run.open_mark]
    limit = min(last_end, next_open)
    _, s_end = _sentence_bounds(ctx, min(run.after, limit), min(run.after, limit), limit)
    quoted = text[run.start:run.end]
    if quoted[-1:] in ".!?" and re.match(r"\s+[A-Z\u201c\"]", text[run.after:s_end]):
        s_end = run.after  # the quote closed its sentence; what follows is new
    after_text = text[run.after:s_end]
    last = run.segments[-1]
    closing = text[last.end:last.close_mark] if last.close_mark is not None else ""
    stripped = before.strip()
    whole = quoted[:1].isupper() or quoted[:1] in "\"'\u2018\u201c.\u2026" or quoted[:1].isdigit()
    opens_sentence = stripped == "" or stripped.endswith(":") or (stripped.endswith(",") and whole)
    ends_sentence = quoted[-1:] in ".!?\u2026" or "," in closing or last.close_mark is None
    after_stripped = after_text.strip()
    ends_sentence = ends_sentence or after_stripped[:1] in ("", ".", ",") or after_stripped.startswith(("said", "says"))
    speech = Speech(run.start, run.end, "direct" if opens_sentence and ends_sentence and whole else "partial", run=run)
    speech.reach = s_end
    if speech.kind == "direct":
        found = _cue(ctx, run.after, s_end, after=True)
        if found is None and (stripped.endswith(":") or stripped.endswith(",")):
            found = _cue(ctx, s_start, run.open_mark, after=False) or (
                _colon_speaker(ctx, s_start, run.open_mark) if stripped.endswith(":") else None
            )
        if found is not None:
            verb, speech.speaker = found
            speech.cue_start, speech.cue_end = ctx.cue_span(verb)
        return speech
    p_sent_start, _ = _sentence_bounds(ctx, run.open_mark, p_start, run.open_mark)
    return _attribute_partial(ctx, speech, p_sent_start, s_end)


def _attribute_partial(ctx: _Context, speech: Speech, s_start: int, s_end: int) -> Speech:
    """A quoted phrase is spoken by the subject of the speech verb governing it."""
    doc = ctx.doc
    span = doc.char_span(speech.start, speech.end, alignment_mode="expand")
    if span is None:
        speech.kind = "scare"
        return speech
    inside = set(range(span.start, span.end))
    verbs = [t for t in ctx.tokens(s_start, s_end) if _is_speech_verb(t, naming=True)]
    best = None
    for verb in verbs:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(t.i in inside for c in subj for t in c.subtree):
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
        speech.kind = "scare"
        root = span[0].sent.root
        if root.i in inside:
            speech.kind = "orphan"  # the quote carries the sentence: may continue a speaker
        return speech
    verb = best[1]
    speaker = ctx.subject_of(verb)
    if speaker is None:
        speech.kind = "scare"
        return speech
    speech.speaker = speaker
    speech.cue_start, speech.cue_end = ctx.cue_span(verb)
    return speech


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
    return comps


def _find_indirect(ctx: _Context) -> list[Speech]:
    found: list[Speech] = []
    for verb in ctx.doc:
        if ctx.inside_quote(verb.idx):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            pass
        elif not _is_speech_verb(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        comps = _complement(verb)
        if not comps:
            continue
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            continue  # "meeting today to confirm ...": nothing has been said yet
        # Subtrees by their edges and counts by prefix sums: a sentence of thousands of
        # words (text with no punctuation) must not cost that much per speech verb.
        ranges = [(c.left_edge.i, c.right_edge.i + 1) for c in comps]
        words = sum(ctx.words_in(a, b) for a, b in ranges)
        quoted = sum(ctx.quoted_words_in(a, b) for a, b in ranges)
        lead = next((t for t in ctx.doc[ranges[0][0]:ranges[0][1]] if not t.is_punct), None)
        if not words or lead is None or ctx.inside_quote(lead.idx) or quoted == words:
            continue  # the cue of a direct quotation
        first = min(a for a, _ in ranges)
        if first < verb.i and quoted:
            continue  # "... was a "bitter blow", the union said": a partial quote
        start_tok = min(first, verb.i)
        end_tok = max(max(b for _, b in ranges) - 1, verb.i)
        for t in verb.rights:  # "called for a debate to find ...", "said ... despite ..."
            if t.dep_ not in ("punct", "cc", "conj", "parataxis") and end_tok >= verb.i and t.i > verb.i:
                if first > verb.i or t.i < first:
                    end_tok = max(end_tok, t.right_edge.i)
        span = ctx.doc[start_tok:end_tok + 1]
        while len(span) > 1 and span[-1].is_punct and span[-1].text not in ('"', "\u201d"):
            span = span[:-1]
        speaker = ctx.subject_of(verb)
        if speaker is None:
            continue
        found.append(Speech(span.start_char, span.end_char, "indirect", speaker, *ctx.cue_span(verb)))
    found.extend(_according_to(ctx))
    return found


def _according_to(ctx: _Context) -> list[Speech]:
    """"According to X, ..." reports the rest of the sentence as X's."""
    found = []
    for tok in ctx.doc:
        if tok.lower_ != "according" or ctx.inside_quote(tok.idx):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        head = tok.head
        if obj is None or head is tok or _is_speech_verb(head):
            continue
        phrase = range(tok.i, max(t.i for t in tok.subtree) + 1)
        clause = [t for t in head.subtree if t.i not in phrase and not (t.is_punct and t.i == phrase.stop)]
        if not clause:
            continue
        source = obj
        # "a statement from X's office": the source is the one making the statement
        speaker = mention_for(source, ctx.timeline)
        if speaker is None:
            continue
        span = ctx.doc[clause[0].i:clause[-1].i + 1]
        while len(span) > 1 and span[-1].is_punct:
            span = span[:-1]
        found.append(Speech(span.start_char, span.end_char, "indirect", speaker, tok.idx, obj.right_edge.idx + len(obj.right_edge)))
    return found


def _continue_speakers(speeches: list[Speech], text: str) -> None:
    """Quotes with no cue of their own continue the speech right before them."""
    ordered = sorted(speeches, key=lambda s: (s.start, s.kind == "indirect"))
    previous: Speech | None = None
    for speech in ordered:
        if speech.kind in ("direct", "orphan") and speech.speaker is None and speech.run is not None:
            gap_start = previous.reach if previous is not None else 0
            if previous is not None and previous.speaker is not None and text[gap_start:speech.run.open_mark].strip() == "":
                speech.speaker = previous.speaker
        if speech.kind == "orphan":
            speech.kind = "partial" if speech.speaker is not None else "scare"
        enclosed = previous is not None and previous.start <= speech.start and speech.end <= previous.end
        if (speech.speaker is not None or speech.kind in ("direct",)) and not enclosed:
            previous = speech  # speech reported inside someone's speech stays theirs


def find_speeches(doc) -> list[Speech]:
    """Every quotation and piece of reported speech in a parsed document."""
    ctx = _Context(doc)
    speeches: list[Speech] = []
    for i, run in enumerate(ctx.runs):
        prev_after = ctx.runs[i - 1].after if i else 0
        next_open = ctx.runs[i + 1].open_mark if i + 1 < len(ctx.runs) else len(ctx.text)
        speeches.append(_attribute_run(ctx, run, prev_after, next_open))
    indirect = _find_indirect(ctx)
    for speech in indirect:
        s_start, s_end = _sentence_bounds(ctx, speech.start, ctx.paragraph(speech.start)[0], ctx.paragraph(speech.start)[1])
        speech.reach = max(speech.end, s_end)
    _colon_partials(speeches, ctx.text)
    _continue_speakers(speeches + indirect, ctx.text)
    return speeches + indirect


def _colon_partials(speeches: list[Speech], text: str) -> None:
    """"X blamed a "hell bent" management: "..."": the phrase is the quote's speaker's."""
    for a, b in zip(speeches, speeches[1:]):
        if a.kind in ("scare", "orphan") and b.kind == "direct" and b.speaker is not None and b.run is not None:
            between = text[a.end:b.run.open_mark]
            if between.rstrip().endswith(":") and not SENTENCE_BREAK.search(between):
                a.kind, a.speaker = "partial", b.speaker
