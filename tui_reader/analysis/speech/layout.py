"""The layout of a parsed article: quotations, paragraphs, sentences, subjects.

``Layout`` answers the questions every speech rule asks: is this offset inside a
quotation, where does its paragraph or sentence start, what is the subject of this verb,
and what does that subject mention.
"""

from __future__ import annotations

import bisect
import re

from tui_reader.analysis.speech.entities import Discourse
from tui_reader.analysis.speech.lexicon import (
    DOCUMENT_NOUNS,
    HONORIFICS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
    TITLE_ABBREVIATIONS,
)
from tui_reader.analysis.speech.mentions import Mention, read_mention
from tui_reader.analysis.speech.quotes import find_quote_runs, paragraph_spans, with_paired_apostrophes

BULLETS = ("-", "*", "\u2022", "\u2013")
SENTENCE_BREAK = re.compile(r"[.!?](?=[\s\"\u201d\u2019]*(\s|$))")


# Abbreviated titles whose full stop ends no sentence before a name ("Mr. Bloggs said").
TITLE_STOPS = frozenset({h.rstrip(".") for h in HONORIFICS} | set(TITLE_ABBREVIATIONS))


def _title_stop(text: str, i: int) -> bool:
    """The full stop at ``i`` closes a title before a capitalised name."""
    if text[i] != "." or not text[i + 1:i + 3].startswith(" ") or not text[i + 2:i + 3].isupper():
        return False
    start = i
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return (start == 0 or not text[start - 1].isalnum()) and text[start:i].lower() in TITLE_STOPS


def _quoted_source(verb):
    """"..., the paper reported, quoting an official", "..., the agency reported the
    regulator as saying": whom the reporter quotes."""
    for child in verb.children:
        if child.lemma_ == "quote" and child.dep_ in ("advcl", "xcomp", "conj") and child.tag_ == "VBG":
            return next((c for c in child.children if c.dep_ == "dobj"), None)
    said_as = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ in SPEECH_VERBS and g.tag_ == "VBG"
                                                                for g in c.children)
                  for c in verb.children)
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if said_as else None


class Layout:
    """The parsed document with its quotations, paragraphs and entities."""

    def __init__(self, doc):
        self.doc = doc
        original = doc.text
        # quotation marks read as marks; the entities (and the quotes' words) keep the original
        self.text = with_paired_apostrophes(original)
        self.runs = find_quote_runs(self.text)
        self.spans = sorted((s.start, s.end) for r in self.runs for s in r.segments)
        self.span_starts = [s for s, _ in self.spans]
        self.paragraphs = paragraph_spans(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self._counts: tuple[list[int], list[int]] | None = None
        self.stop_marks = [i for i, ch in enumerate(self.text) if ch in ".!?" and not _title_stop(self.text, i)]
        """Where every full stop, question and exclamation mark stands (sentence-break candidates)."""
        self.discourse = Discourse(doc, self.inside_quote, original)
        self._register_roles()
        self._mentions: dict[int, Mention | None] = {}

    def _register_roles(self) -> None:
        """People introduced by their role alone ("citing an anonymous source", "a senior
        official told ..."): each a role entity from then on, so "this source said" and "the
        official added" can point back to them."""
        for tok in self.discourse.tokens:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ROLE_NOUNS | SPOKES_NOUNS or self.inside_quote(tok.idx):
                continue
            dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
            if dets and dets[0] not in ("a", "an", "another"):
                continue
            # a role that describes a name ("X, general secretary of ...", "spokesman X") is X's
            named = self.discourse.occurrence_at(tok) or self.discourse.occurrence_at(tok.head)
            if tok.dep_ in ("appos", "compound", "attr") or named or any(c.dep_ == "appos" for c in tok.children):
                continue
            mention = read_mention(tok, self.discourse)
            if mention is not None and mention.kind == "description":
                role = self.discourse.role(mention.head, mention.org, mention.name or mention.text, mention.gender,
                                           mention.plural, mention.start, mention.words)
                self.discourse.add_occurrence(self.doc[tok.i:tok.i + 1], role)

    def _prefix(self) -> tuple[list[int], list[int]]:
        # Running counts of words, and of words inside quotation marks, token by token.
        if self._counts is None:
            words, quoted = [0], [0]
            for tok in self.discourse.tokens:
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
        quoted = _quoted_source(verb)
        if quoted is not None:
            return quoted
        tok = verb
        for _ in range(4):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(c.idx)]
            if subjects:
                # "A former candidate -- Jo Bloggs, who ... -- said": the parser split an
                # apposition into two subjects; the one that names someone is meant
                named = [c for c in subjects if self.discourse.occurrence_at(c) is not None]
                return (named or subjects)[0]
            if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_ == "quote":
                # "the paper quoted an official as saying ...": the official says it
                source = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
                if source is not None:
                    return source
            if tok.dep_ == "acl" and tok.head.lemma_.lower() in DOCUMENT_NOUNS:
                return tok.head  # "her statement explaining that ...": the document, for its author
            document = _document_before(tok) if tok is verb else None
            if document is not None:
                return document
            if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEECH_VERBS:
                # "X said A was true but accepted B": the parser hangs "accepted" on A
                tok = tok.head.head
            elif tok.dep_ in ("advcl", "xcomp") and tok.tag_ in ("VBD", "VBZ", "VBP"):
                break  # a finite clause of its own: its subject is not the main clause's
            elif tok.dep_ in ("advcl", "xcomp", "pcomp", "conj", "acl", "prep", "pobj") and tok.head.i != tok.i:
                tok = tok.head
                if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS and verb.tag_ == "VBG":
                    # "He said more X was needed, saying ...": the participle is the speaker's, not
                    # the reported clause's the parser hung it on
                    tok = tok.head
            else:
                break
        for child in verb.lefts:
            # "Lind says ...": a name the parser read as an adverb or a modifier
            if child.dep_ not in ("prep", "aux", "auxpass", "neg", "punct", "mark") \
                    and not self.inside_quote(child.idx) and self.discourse.occurrence_at(child) is not None:
                return child
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if before is not None and before.pos_ == "PROPN" and not self.inside_quote(before.idx) \
                and self.discourse.occurrence_at(before) is not None and before.head.i != verb.i:
            return before  # "..., transport chief Jo Bloggs insisted": a name the parser hung elsewhere
        return self._paragraph_subject(verb) if verb.dep_ == "ROOT" else None

    def _paragraph_subject(self, verb):
        """The noun phrase opening a paragraph before its verb, when the parser ran the
        previous paragraph into it and lost the subject."""
        p_start, _ = self.paragraph(verb.idx)
        before = [t for t in self.doc[:verb.i] if t.idx >= p_start and not t.is_space]
        tops = [t for t in before if not (p_start <= t.head.idx < verb.idx) or t.head.i == t.i]
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

    def mention(self, tok) -> Mention | None:
        """What the subject token ``tok`` mentions (read once per token)."""
        if tok.i not in self._mentions:
            self._mentions[tok.i] = read_mention(tok, self.discourse)
        return self._mentions[tok.i]

    def cue_span(self, verb, subject=None) -> tuple[int, int]:
        """The words that attribute: the verb and its subject when they are close."""
        start, end = verb.idx, verb.idx + len(verb.text)
        if subject is None:
            subject = self.subject_token(verb)
        if subject is not None and abs(subject.i - verb.i) < 30:
            start = min(start, subject.left_edge.idx)
            end = max(end, subject.right_edge.idx + len(subject.right_edge.text))
        return start, end

    def sentence_bounds(self, pos: int, floor: int, ceiling: int) -> tuple[int, int]:
        """The sentence around ``pos`` by punctuation, staying out of quotations.

        The nearest full stops are found by bisection among the document's, so a paragraph
        of thousands of sentences costs no more than a short one.
        """
        marks = self.stop_marks
        start = floor
        i = bisect.bisect_left(marks, pos) - 1
        while i >= 0 and marks[i] >= floor:
            if SENTENCE_BREAK.match(self.text, marks[i], pos) and not self.inside_quote(marks[i]):
                start = marks[i] + 1
                break
            i -= 1
        end = ceiling
        i = bisect.bisect_left(marks, pos)
        while i < len(marks) and marks[i] < ceiling:
            if SENTENCE_BREAK.match(self.text, marks[i], ceiling) and not self.inside_quote(marks[i]):
                end = marks[i] + 1
                break
            i += 1
        return start, end


def _document_before(verb):
    """"received a statement from X, confirming ...": a participle set off by a comma right
    after a document from someone speaks for its author, wherever the parser hung it."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    tok = doc[verb.i - 2]
    for _ in range(6):  # up from the words before the comma to the verb that holds them
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.i < verb.i]
    if tok.pos_ not in ("VERB", "AUX") or not objects or objects[-1].lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    heads = list(tok.children) + list(objects[-1].children)
    source = next((c for c in heads if c.dep_ == "prep" and c.lower_ in ("from", "by")
                   and objects[-1].i < c.i < verb.i), None)
    return next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
