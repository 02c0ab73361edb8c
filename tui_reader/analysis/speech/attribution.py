"""Who said what: every speech of an article, each with its chosen speaker.

Quotations and their cues come from ``cues``, reported speech from ``reported``; then one
pass in text order gives each speech its speaker through ``choice.Chooser``. The same pass
resolves the pronoun and description subjects between speeches ("He was signed in 1998"),
so the record of who the article is talking about stays current.
"""

from __future__ import annotations

from tui_reader.analysis.speech.choice import THRESHOLD, Choice, Chooser
from tui_reader.analysis.speech.cues import Speech, attribute_run
from tui_reader.analysis.speech.entities import Discourse, main_subject
from tui_reader.analysis.speech.layout import SENTENCE_BREAK, Layout
from tui_reader.analysis.speech.lexicon import DOCUMENT_NOUNS, ORG_NOUNS, QUESTION_VERBS, SPOKES_NOUNS
from tui_reader.analysis.speech.mentions import document_author
from tui_reader.analysis.speech.reported import find_indirect

__all__ = ["Speech", "find_speeches"]


def find_speeches(doc) -> tuple[list[Speech], Discourse]:
    """Every quotation and piece of reported speech in a parsed document, and its entities."""
    layout = Layout(doc)
    speeches: list[Speech] = []
    for i in range(len(layout.runs)):
        prev_after = layout.runs[i - 1].after if i else 0
        next_open = layout.runs[i + 1].open_mark if i + 1 < len(layout.runs) else len(layout.text)
        speeches.append(attribute_run(layout, i, prev_after, next_open))
    indirect = find_indirect(layout)
    for speech in indirect:
        p_start, p_end = layout.paragraph(speech.start)
        _, s_end = layout.sentence_bounds(speech.start, p_start, p_end)
        speech.reach = max(speech.end, s_end)
    everything = speeches + indirect
    _choose(layout, everything)
    _colon_partials(speeches, layout.text)
    for speech in everything:
        if speech.kind == "orphan":
            speech.kind = "partial" if speech.speaker is not None else "scare"
        if speech.kind == "partial" and speech.speaker is None:
            speech.kind = "scare"
    return [s for s in everything if not (s.kind == "indirect" and s.speaker is None)], layout.discourse


def _anchor(speech: Speech) -> int:
    """Where a speech's speaker is read: its cue's subject, else its start."""
    if speech.subject is not None:
        if speech.how == "reported" and speech.subject.idx > speech.start and _points_back(speech.subject):
            # "X was shocked by it, she said", "X will cut 200 jobs, the firm said": whom the
            # report names before the cue is met first
            return speech.subject.idx
        return min(speech.subject.idx, speech.start) if speech.how == "reported" else speech.subject.idx
    return speech.start


def _points_back(subject) -> bool:
    """A cue's subject that means someone met before: "he", "she", "it", "the company"."""
    if subject.lower_ in ("he", "she", "it"):
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in ORG_NOUNS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _subject_events(layout: Layout, cue_subjects: set[int]):
    """Pronoun and description subjects outside quotations that no speech uses as a cue:
    resolving them keeps track of who the article is talking about."""
    for tok in layout.discourse.tokens:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in cue_subjects or layout.inside_quote(tok.idx):
            continue
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "it", "they"):
            yield tok
        elif tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            yield tok
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in SPOKES_NOUNS:
            yield tok  # "a spokesman for X defended the plans. He said: ...": a role the thread follows
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in ORG_NOUNS \
                and any(c.dep_ == "poss" and (c.pos_ == "PROPN" or layout.discourse.occurrence_at(c))
                        for c in tok.children):
            yield tok  # "X's campaign backtracked": a body a later "it said" may mean


def _authored_documents(layout: Layout):
    """Documents named with their author ("a statement from X's office", "X's report"):
    a later "the statement said" is the author's."""
    for tok in layout.discourse.tokens:
        if tok.lemma_.lower() in DOCUMENT_NOUNS and tok.pos_ == "NOUN" and not layout.inside_quote(tok.idx) \
                and tok.dep_ not in ("nsubj", "nsubjpass") and document_author(tok, layout.discourse) is not None:
            yield tok


def _choose(layout: Layout, speeches: list[Speech]) -> None:
    chooser = Chooser(layout.discourse)
    cue_subjects = {s.subject.i for s in speeches if s.subject is not None}
    events: list[tuple[int, int, object]] = [(_anchor(s), 1, s) for s in speeches]
    events += [(tok.idx, 0, tok) for tok in _subject_events(layout, cue_subjects)]
    events += [(tok.idx, 0, tok) for tok in _authored_documents(layout)]
    events.sort(key=lambda e: (e[0], e[1]))
    by_subject: dict[int, Choice] = {}
    previous: Speech | None = None
    for pos, is_speech, item in events:
        if not is_speech:
            if item.lemma_.lower() in DOCUMENT_NOUNS:  # type: ignore[attr-defined]
                mention = layout.mention(item)
                if mention is not None and mention.kind == "name" and mention.entity is not None:
                    chooser.wrote(mention.via, mention.entity)
            else:
                _resolve_subject(layout, chooser, item, pos)
            continue
        speech: Speech = item  # type: ignore[assignment]
        if speech.subject is not None:
            choice = by_subject.get(speech.subject.i)
            if choice is None:
                mention = layout.mention(speech.subject)
                # a subject that names nobody in particular ("many said") gives no speaker
                choice = chooser.choose(mention, pos, replying=_replies(speech, previous, layout.text)) \
                    if mention is not None else Choice(None, [], None)
                by_subject[speech.subject.i] = choice
        elif speech.kind in ("direct", "orphan") and speech.run is not None:
            gap_start = previous.reach if previous is not None else 0
            gap_clear = previous is not None and layout.text[gap_start:speech.run.open_mark].strip() == ""
            if speech.kind == "orphan" and not gap_clear:
                continue
            choice = chooser.choose(None, pos, cueless=True, gap_clear=gap_clear,
                                    gap_start=previous.end if previous is not None else 0)
        else:
            continue
        speech.choice = choice
        speech.speaker = choice.chosen
        if speech.speaker is None:
            continue
        if choice.mention is None or choice.mention.kind != "name":
            chooser.note(speech.speaker, pos, subject=True)
        for document in _documents(speech, choice):
            chooser.wrote(document, speech.speaker)
        if speech.verb is None or speech.verb.dep_ != "relcl":
            # "X and Y, who say ...": speech in a relative clause is background, not the thread
            chooser.spoke(speech.speaker, speech.end)
        enclosed = previous is not None and previous.start <= speech.start and speech.end <= previous.end
        if not enclosed:
            previous = speech  # speech reported inside someone's speech stays theirs


def _replies(speech: Speech, previous: Speech | None, text: str) -> bool:
    """"X asked if she would ...; "Yes," she replied': a reply to the speech before, a question."""
    if speech.verb is None or speech.verb.lemma_.lower() not in REPLY_VERBS or previous is None:
        return False
    asked = previous.verb is not None and previous.verb.lemma_.lower() in QUESTION_VERBS
    return asked or text[previous.start:previous.end].rstrip("\"'\u201d\u2019 ").endswith("?")


# Verbs of answering: their speaker is the one asked, not the one who asked.
REPLY_VERBS = frozenset("reply respond answer retort".split())


def _documents(speech: Speech, choice: Choice) -> list[str]:
    """The documents a speech was made through: "a statement from X", "X said in a statement"."""
    found = [choice.mention.via] if choice.mention is not None and choice.mention.via else []
    if speech.verb is not None:
        for prep in speech.verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "via", "through"):
                found += [o.lemma_.lower() for o in prep.children
                          if o.dep_ == "pobj" and o.lemma_.lower() in DOCUMENT_NOUNS]
    return found


def _resolve_subject(layout: Layout, chooser: Chooser, tok, pos: int) -> None:
    """A pronoun or description subject between speeches: note whom it means, when clear."""
    mention = layout.mention(tok)
    if mention is None or mention.kind == "document":
        return
    choice = chooser.choose(mention, pos)
    best = choice.candidates[0] if choice.candidates else None
    spokes = mention.kind == "description" and mention.org is not None and mention.head in SPOKES_NOUNS
    if choice.chosen is not None and best is not None and best.score >= THRESHOLD \
            and (best.entity.kind != "role" or spokes):
        chooser.note(choice.chosen, pos, subject=main_subject(tok))


def _colon_partials(speeches: list[Speech], text: str) -> None:
    """"X blamed a "hell bent" management: "..."": the phrase is the quote's speaker's."""
    for a, b in zip(speeches, speeches[1:], strict=False):
        if a.kind in ("scare", "orphan") and b.kind == "direct" and b.speaker is not None and b.run is not None:
            between = text[a.end:b.run.open_mark]
            if between.rstrip().endswith(":") and not SENTENCE_BREAK.search(between):
                a.kind, a.speaker = "partial", b.speaker
