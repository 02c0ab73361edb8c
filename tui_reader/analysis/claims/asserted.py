"""Who asserts a figure: the speaker of the quote or reported clause it sits in, else the
source named for it in its sentence, else the article itself (None).

Named sources, read from the parse of the figure's sentence:

- "according to X" ("according to a Gallup poll" -> Gallup; "according to the Bank of
  Mexico's figures" -> Bank of Mexico);
- data that shows, with its owner: "Government figures show...", "a survey by X found...",
  "research from X suggests...", "the report by X estimates...";
- a source that finds, estimates or reports: "X found that...", "X estimates...",
  "X said..." when no quote holds the figure.

A speaker is a name: its possessive comes off ("Bank of Mexico's" -> "Bank of Mexico",
while "Moody's said" keeps its name), and currencies, markets, products and places are
never speakers ("the British pound rose", "the FTSE 100 fell", "Japan grew 2%").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tui_reader.analysis.claims.sentences import paragraph_start, sentence_of
from tui_reader.analysis.claims.units import CURRENCY_WORDS
from tui_reader.analysis.model import Claim, Quote, Speaker

# Nouns of data whose owner asserts the figure ("ONS figures", "a Gallup poll").
DATA_NOUNS = {
    "figure", "figures", "data", "statistic", "statistics", "stats", "poll", "polls", "survey",
    "surveys", "study", "studies", "report", "reports", "research", "estimate", "estimates",
    "analysis", "census", "forecast", "forecasts", "projection", "projections", "calculation",
    "calculations", "numbers", "count", "index", "findings", "review", "audit", "assessment",
    "tally", "tallies", "polling", "model",
}
# Verbs by which data gives a figure ("figures show"): only data is their source.
DATA_VERBS = {"show", "suggest", "reveal", "indicate", "put", "record"}
# Verbs by which a source gives a figure ("X found that", "X estimates", "X said").
SOURCE_VERBS = {
    "find", "estimate", "report", "predict", "forecast", "calculate", "project", "say", "tell",
    "claim", "announce", "warn", "add", "state", "note", "confirm", "disclose", "publish", "expect",
    "believe", "think", "argue", "insist", "stress", "admit", "acknowledge", "explain", "concede", "boast",
}
# Verbs of saying (and of holding true) among them: they give a figure in what they
# report, never in their object.
SAYING_VERBS = {
    "say", "tell", "claim", "warn", "add", "state", "note", "confirm", "believe", "think", "argue", "insist",
    "stress", "admit", "acknowledge", "explain", "concede", "boast",
}
# Verbs of holding true: their subject is a source only when named.
BELIEF_VERBS = {"believe", "think"}
# Prepositions naming who made the data ("figures from X", "a survey by X").
MAKER_PREPS = {"from", "by"}
# Head words of names that are no speaker: currencies and markets.
NOT_SPEAKER_HEADS = {
    "market", "markets", "index", "indices", "shares", "stocks", "stock", "bond", "bonds",
    "currency", "currencies", "price", "prices", "rate", "rates", "economy", "sector",
} | set(CURRENCY_WORDS)
# Entity labels that are never speakers: places, products and quantities.
NOT_SPEAKER_LABELS = {
    "GPE",
    "LOC",
    "FAC",
    "PRODUCT",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "DATE",
    "TIME",
    "ORDINAL",
}
# Modifiers of a data noun that say what kind it is, not whose ("official figures").
GENERIC_OWNERS = {"official", "new", "latest", "recent", "provisional", "final", "annual", "monthly", "early"}
POSSESSIVE_ENDS = ("'s", "\u2019s", "'", "\u2019")
SHARE_WORDS = {"%", "percent", "per", "pct"}


def assign_claim_speakers(doc, claims: list[Claim], quotes: Sequence[Quote], speakers: Sequence[Speaker] = ()) -> None:
    """Set each figure's ``speaker``: the innermost enclosing quote's speaker, else the
    source its sentence names, else None (the article). Dates get no speaker."""
    spoken = [q for q in quotes if q.speaker and q.kind != "scare"]
    names = _canonical_names(speakers)
    poll: tuple[int, str] | None = None  # (end of the last sentence of a poll's shares, its source)
    for claim in claims:
        if claim.kind == "date":
            continue
        # A figure that starts in a quote is its speaker's even when the quote's span stops
        # short of the figure's sign ("...down about 10" + "%").
        enclosing = [q for q in spoken if q.start <= claim.start < q.end]
        speaker = None
        for quote in sorted(enclosing, key=lambda q: q.end - q.start):
            speaker = clean_speaker(doc, quote.speaker)
            if speaker is not None:
                break
        if speaker is None:
            speaker = named_source(doc, claim)
            if speaker is not None:
                speaker = names.get(speaker.lower(), speaker)
        shares = claim.kind == "percent"
        if speaker is None and shares and not enclosing and poll is not None and _poll_goes_on(doc, poll[0], claim):
            speaker = poll[1]  # "A Gallup poll found 40% ... Among men, 35% agree."
        if speaker is None and shares and not enclosing:
            speaker = _framing_poll(doc, claim)
        if shares and speaker is not None and _names_a_poll(doc, claim):
            poll = (claim.sentence_end, speaker)  # its answers may go on for one sentence, no further
        claim.speaker = speaker


# Nouns of data that ask people ("a poll", "a survey"): the shares after it in its
# paragraph are still its answers.
POLL_NOUNS = {"poll", "polls", "polling", "survey", "surveys", "census"}


def _names_a_poll(doc, claim: Claim) -> bool:
    """Whether the figure's sentence names a poll or survey."""
    return any(t.lower_ in POLL_NOUNS for t in sentence_of(doc, _claim_tokens(doc, claim)[0].i))


def _framing_poll(doc, claim: Claim) -> str | None:
    """The poll a paragraph opens its sentence with ("In exit polls, voters were gloomy.
    Nine of 10 feared..."): its shares to the paragraph's end are the poll's."""
    tokens = _claim_tokens(doc, claim)
    if not tokens:
        return None
    sent = sentence_of(doc, tokens[0].i)
    k = paragraph_start(doc, sent.start)
    while k <= sent.start:
        earlier = sentence_of(doc, k)
        source = _cached(doc, f"frame {earlier.start}", lambda span=earlier: _poll_frame(doc, span))
        if source is not None:
            return source
        k = earlier.end
    return None


def _poll_frame(doc, sent) -> str | None:
    """The source of a sentence opening "In <poll>," ("In exit polls," "In a Marlow survey,")."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "in":
        return None
    polls = [c for c in words[0].children if c.dep_ == "pobj" and c.lower_ in POLL_NOUNS]
    if not polls or polls[0].right_edge.i + 1 >= len(doc) or doc[polls[0].right_edge.i + 1].text != ",":
        return None
    return _owner(doc, polls[0])


def _poll_goes_on(doc, poll_end: int, claim: Claim) -> bool:
    """Whether a share is in a poll's sentence, or the next one in the same paragraph."""
    if claim.sentence_end == poll_end:
        return True
    tokens = _claim_tokens(doc, claim)
    if not tokens:
        return False
    sent = sentence_of(doc, tokens[0].i)
    if sent.start == 0:
        return False
    before = sentence_of(doc, sent.start - 1)
    return before.end_char == poll_end and paragraph_start(doc, before.start) == paragraph_start(doc, sent.start)


def _canonical_names(speakers: Iterable[Speaker]) -> dict[str, str]:
    """Every spelling of the article's speakers -> its canonical name."""
    table: dict[str, str] = {}
    for s in speakers:
        for alias in (s.name, *s.aliases):
            table.setdefault(alias.lower(), s.name)
    return table


def clean_speaker(doc, name: str | None, owner: bool = False) -> str | None:
    """A speaker's name without its possessive, or None for a currency, market, product or place.

    ``owner`` skips the place test: for the maker of data ("a New Hope Watchdog report"),
    which spaCy often takes for a place, and for a place that says or reports something
    ("the US has announced that..."), which speaks for its government.
    """
    if not name:
        return None
    name = " ".join(name.split())
    # Data nouns in lower case: "Marlow Research" is a name, "Marlow's research" data.
    words = name.split()
    content = words[1:] if words[0].lower() in ("the", "a", "an") else words
    made_by = (" from " in name or " by " in name) and bool(content) and content[0] in DATA_NOUNS
    if words[-1] in DATA_NOUNS or made_by:
        # "Bank of Mexico's figures", "figures from the ONS": the data's owner speaks;
        # a document is nobody's voice on its own.
        for marker in ("'s ", "\u2019s "):
            if marker in name and words[-1] in DATA_NOUNS:
                return clean_speaker(doc, name.partition(marker)[0])
        for marker in (" from ", " by "):
            if marker in name:
                return clean_speaker(doc, name.partition(marker)[2])
        return None
    if name.endswith(POSSESSIVE_ENDS) and not _name_with_s(doc, name):
        name = name[: -2 if name[-2:-1] in ("'", "\u2019") else -1].rstrip()
    words = name.split()
    if words and words[0].lower() == "the":
        name = " ".join(words[1:])
        words = words[1:]
    if not words or words[-1].lower() in NOT_SPEAKER_HEADS:
        return None
    if words[0][:1].isdigit() and any(w.lower() in SHARE_WORDS or w.endswith("%") for w in words):
        return None  # "47 percent of voters": a share of those asked, not a source
    if _label_of(doc, name) in (NOT_SPEAKER_LABELS - {"GPE", "LOC", "FAC"} if owner else NOT_SPEAKER_LABELS):
        return None
    return name


def _cached(doc, key: str, build):
    """A per-document value built once (``Doc.text`` and ``Doc.ents`` are rebuilt on every access)."""
    store = doc.user_data.setdefault("newsreader.asserted", {})
    if key not in store:
        store[key] = build()
    return store[key]


def _name_with_s(doc, name: str) -> bool:
    """Whether a name ending in 's is itself the name ("Moody's said", "Sainsbury's,"):
    somewhere in the text it stands with no noun after it."""
    text = _cached(doc, "text", lambda: doc.text)
    start = text.find(name)
    while start != -1:
        rest = text[start + len(name):start + len(name) + 12].lstrip()
        if (
            not rest
            or rest[0] in ",.;:)"
            or rest.split(" ", 1)[0] in ("said", "says", "has", "is", "was", "which", "who", "and")
        ):
            return True
        start = text.find(name, start + 1)
    return False


def _label_of(doc, name: str) -> str | None:
    """The entity label spaCy gives the name where the text writes it, if any."""
    for ent in _cached(doc, "ents", lambda: list(doc.ents)):
        if ent.text == name or (ent.text.startswith(name) and ent.text[len(name):] in POSSESSIVE_ENDS):
            return ent.label_
    return None


def named_source(doc, claim: Claim) -> str | None:
    """The source a figure's sentence names for it, or None."""
    tokens = _claim_tokens(doc, claim)
    if not tokens:
        return None
    sent = sentence_of(doc, tokens[0].i)
    named = _cached(doc, f"sentence {sent.start}", lambda: _sentence_source(doc, sent))
    if named is not None:
        return named
    root = tokens[0]
    for t in tokens:
        if not (tokens[0].i <= t.head.i <= tokens[-1].i):
            root = t
            break
    verbs = list(_governing_verbs(root))
    for verb in verbs:
        source = _subject_source(doc, verb, root)
        if source is not None:
            return source
    for verb in verbs:
        source = _poll_in_clause(doc, verb)
        if source is not None:
            return source
    return None


def _poll_in_clause(doc, verb) -> str | None:
    """The maker of data the figure's clause reads it from ("she topped a Ferris poll with
    30%", "in a Marlow survey, 40% backed the plan"): only a maker named, never the data."""
    for child in verb.children:
        nouns = [child] if child.dep_ in ("dobj", "attr") else []
        if child.dep_ == "prep" and child.lower_ in ("in", "by", "from"):
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() in DATA_NOUNS or noun.lower_ in DATA_NOUNS:
                owner = _owner(doc, noun, itself=False)
                if owner is not None:
                    return owner
    return None


def _sentence_source(doc, sent) -> str | None:
    """The source a sentence names for all its figures: "according to X", "As reported by X"."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            source = _according_to(doc, doc[tok.i + 1])
        elif tok.lemma_.lower() in SOURCE_VERBS and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            source = _agent(doc, tok)  # "As reported by X, ..."
        else:
            continue
        if source is not None:
            return source
    return None


def _claim_tokens(doc, claim: Claim) -> list:
    first = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return list(first) if first is not None else []


# Links to a clause that asserts on its own: the verb above it does not report it.
OWN_CLAUSE_DEPS = {"conj", "relcl", "acl", "parataxis", "appos"}


def _governing_verbs(tok) -> Iterable:
    """The verbs above a token, nearest first, up to the first clause that stands on its
    own ("X will announce its budget, and many believe the deficit will hit $1bn": the
    deficit is not the announcer's figure)."""
    seen = 0
    while tok.head.i != tok.i and seen < 8:
        if tok.dep_ in OWN_CLAUSE_DEPS and seen > 0:
            return
        tok = tok.head
        seen += 1
        if tok.pos_ in ("VERB", "AUX"):
            yield tok


# Links from a verb of saying to the clause it reports ("said [that] the debt was $3bn").
REPORTED_DEPS = {"ccomp", "parataxis", "xcomp"}


def _reported_by(verb, tok) -> bool:
    """Whether a token sits in a clause the verb reports, not in its object or an adjunct."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in REPORTED_DEPS


def _subject_source(doc, verb, claim_root) -> str | None:
    """The source a verb of finding or reporting names as its subject, when the figure
    is in what the verb reports (not in the subject itself)."""
    lemma = verb.lemma_.lower()
    if lemma not in SOURCE_VERBS and lemma not in DATA_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.left_edge.i <= claim_root.i <= subject.right_edge.i:
        return None  # "5% of voters said...": the figure is the subject, not what is said
    if subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the Marl Trust, which believes that 40 seats...": the Trust
        if subject.pos_ != "PROPN":
            return None  # "a young child, who said...": nobody named
    if lemma in BELIEF_VERBS and subject.pos_ != "PROPN":
        return None  # "many commentators believe...": a belief is a source's only when it is named
    if lemma in SAYING_VERBS and not _reported_by(verb, claim_root):
        return None  # "Orange added five million customers": adding, not saying
    if subject.dep_ == "nsubjpass":
        return _agent(doc, verb)  # "the population is expected to...": what is expected; "by X" expects it
    if subject.lower_ in DATA_NOUNS or subject.lemma_.lower() in DATA_NOUNS:
        return _owner(doc, subject)
    # A place that says or reports speaks for its government ("the US has announced that...").
    return _name_of(doc, subject, places=True) if lemma in SOURCE_VERBS else None


def _according_to(doc, to) -> str | None:
    """The source of "according to X": X's owner when X is data, else X."""
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    if obj.lemma_.lower() in DATA_NOUNS or obj.lower_ in DATA_NOUNS:
        return _owner(doc, obj)
    return _name_of(doc, obj)


def _agent(doc, verb) -> str | None:
    """Who a passive verb names with "by" ("reported by X", "published by X")."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _name_of(doc, objects[0])
    return None


def _owner(doc, data, itself: bool = True) -> str | None:
    """Who owns a data noun: its possessor, a name before it, or who made it ("from X");
    with ``itself``, the data when nobody is named ("Exit polling")."""
    for child in data.children:
        if child.dep_ == "poss":
            return _name_of(doc, child)
    for child in data.children:
        if child.dep_ == "prep" and child.lower_ in MAKER_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _name_of(doc, objects[0])
    modifiers = [c for c in data.children if c.dep_ in ("compound", "amod", "nmod") and c.i < data.i]
    modifiers = [c for c in modifiers if c.lower_ not in GENERIC_OWNERS and (c.pos_ == "PROPN" or c.dep_ == "compound")]
    if modifiers:
        first = min(modifiers, key=lambda t: t.left_edge.i)
        span = doc[first.left_edge.i:data.i]
        named = [
            doc[max(e.start, span.start):min(e.end, span.end)]
            for e in _cached(doc, "ents", lambda: list(doc.ents))
            if e.start < span.end and span.start < e.end and e.label_ in ("ORG", "PERSON", "NORP")
        ]
        if named:  # "Earlier Harbour Trade Office (HTO) forecasts": the name, not its brackets or adjectives
            end = named[0].end
            # "a KTV/Ipsos poll": makers joined by a sign are one source
            while end + 1 < data.i and doc[end].text in NAME_JOINERS and doc[end + 1].pos_ == "PROPN":
                joined = next((e for e in named if e.start == end + 1), None)
                end = joined.end if joined is not None else end + 2
            return clean_speaker(doc, doc[named[0].start:end].text, owner=True)
        if all(t.pos_ in NAME_PARTS or t.text in NAME_JOINERS for t in span) and not any(
            ch.isdigit() for ch in span.text
        ):
            if _is_agent(span):
                return clean_speaker(doc, span.text, owner=True)
            return _data_itself(doc, data) if itself else None  # "exit polling": the kind of data, no owner
    for child in data.children:
        if child.dep_ == "acl" and child.lemma_.lower() in SOURCE_VERBS | {"publish", "release", "compile", "produce"}:
            made_by = _agent(doc, child)  # "figures published by X"
            if made_by is not None:
                return made_by
    return _data_itself(doc, data) if itself else None


# Parts of speech of an owner's name before a data noun, and the signs that join its words.
NAME_PARTS = {"PROPN", "NOUN", "ADJ", "PART", "CCONJ", "ADP", "DET"}
NAME_JOINERS = {"/", "&", "-"}
# Common nouns that name who makes data ("Government figures", "police statistics").
AGENT_NOUNS = {
    "government", "police", "council", "ministry", "department", "treasury", "industry", "hospital",
    "army", "military", "union", "university", "company", "bank", "court", "commission", "office",
    "agency", "authority", "regulator", "watchdog", "party", "campaign", "administration", "parliament",
    "congress", "senate", "committee", "cabinet", "board", "state", "city", "county", "federal",
}


def _is_agent(span) -> bool:
    """Whether the words before a data noun name who made it ("Gallup", "Government",
    "the Harbour Office") rather than what kind of data it is ("exit", "opinion")."""
    for t in span:
        if t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or t.lemma_.lower() in AGENT_NOUNS:
            return True
        if t.pos_ == "PROPN" and not t.is_sent_start:
            return True  # a sentence's first word is capitalised whatever it is ("Exit polling")
    return False


def _data_itself(doc, data) -> str | None:
    """The data as the source of its figures, when nobody is named as its maker ("Exit
    polling shows...", "Reports have put the offer at..."); a pronoun's data ("its figures")
    is nobody's. A plain "the report" or "a survey" is the one whose maker the article names
    elsewhere ("the Hartwell report"), when it names only one."""
    if any(c.dep_ == "poss" for c in data.children):
        return None
    if all(c.dep_ in ("det", "punct") or c.i > data.i for c in data.children):
        maker = _cached(doc, f"maker of {data.lemma_.lower()}", lambda: _one_maker(doc, data.lemma_.lower()))
        if maker is not None:
            return maker
    start = data.left_edge.i
    while start < data.i and doc[start].pos_ in ("DET", "PUNCT", "NUM"):
        start += 1
    return doc[start:data.i + 1].text


def _one_maker(doc, lemma: str) -> str | None:
    """The maker the article names for data of this kind ("the Hartwell report", "Hartwell's
    report"), when all its mentions with a maker name the same one."""
    makers = set()
    for tok in doc:
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
            maker = _owner(doc, tok, itself=False)
            if maker is not None:
                makers.add(maker)
    return makers.pop() if len(makers) == 1 else None


def _name_of(doc, head, places: bool = False) -> str | None:
    """The name a noun phrase gives: the entity it is in, else its words up to the head
    (no clause, apposition or quantity after it)."""
    if head.pos_ == "PRON" or head.lemma_.lower() in DATA_NOUNS:
        return None
    if head.ent_type_ in ("ORG", "PERSON", "NORP"):
        ent = next((e for e in _cached(doc, "ents", lambda: list(doc.ents)) if e.start <= head.i < e.end), None)
        if ent is not None:
            return clean_speaker(doc, ent.text, owner=places)
    if head.pos_ not in ("PROPN", "NOUN"):
        return None
    start = head.left_edge.i
    while start < head.i and doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    span = doc[start:head.i + 1]
    if any(t.like_num or t.pos_ in ("NUM", "PRON") for t in span):
        return None
    if head.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in span) and len(span) == 1:
        return None  # a bare common noun ("analysts", "officials") names nobody in particular
    return clean_speaker(doc, span.text, owner=places)
