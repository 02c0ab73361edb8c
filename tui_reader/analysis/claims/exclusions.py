"""Numbers that are not claims: calendar dates and years, clock times, numbers inside
names ("Radio 4", "Section 5", "Formula One", "G8") and "one" used as a pronoun or
determiner ("one of the biggest").
"""

from __future__ import annotations

from tui_reader.analysis.claims.amounts import Found, glued, low_word, race_time, year_like
from tui_reader.analysis.claims.measures import lookup
from tui_reader.analysis.claims.numbers import SCALES, word_number
from tui_reader.analysis.claims.units import DATE_PREPOSITIONS, MONTHS, TIME_OF_DAY, WEEKDAYS

# Entity labels whose numbers belong to a name ("Radio 4", "Section 5 of the Act").
NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "LAW", "PERSON", "GPE"}



def is_month(tok) -> bool:
    w = tok.lower_.rstrip(".")
    if w in WEEKDAYS:
        return True
    return w in MONTHS and tok.text[:1].isupper() and (w != "may" or tok.pos_ == "PROPN")


def is_date(doc, found: Found) -> bool:
    """Calendar dates, years and decades ("21 December", "in 2001", "the 1970s")."""
    first = doc[found.start]
    if found.currency or found.percent:
        return False
    span = doc[found.start:found.num_end]
    if _second_day(doc, found.start):
        return True
    for tok in span:
        if tok.text[:-1].isdigit() and tok.text.endswith("s") and len(tok.text) in (3, 5):
            return True  # "1970s", "90s"
    if len(span) == 1 and year_like(first):
        head = first.head
        plural_count = first.dep_ == "nummod" and head.tag_ == "NNS" and head.i > first.i
        if found.measure is not None or (plural_count and lookup(head.text) is not None):
            return False  # "1170 pixels", "1500 calories": a measure is no year
        prev = doc[first.i - 1].lower_ if first.i > 0 else ""
        # "2000 workers" counts; "their 1960 levels" is still a year.
        if not plural_count or prev in DATE_PREPOSITIONS or int(first.text) % 100:
            return True
    for k in (found.start - 1, found.num_end):
        if 0 <= k < len(doc) and is_month(doc[k]):
            return True
    for tok in span:
        head = tok.head
        if is_month(head) or (head.like_num and is_month(head.head)):
            return True
        if any(is_month(c) for c in tok.children):
            return True
        if tok.ent_type_ in ("DATE", "TIME") and found.time_unit is None:
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None and any(is_month(t) or (year_like(t) and t.i != tok.i) for t in ent):
                return True
    return False


def _second_day(doc, i: int) -> bool:
    """The second day of a pair ("January 29 and 30", "3-4 March" is caught by the month
    after it): a plain number after "and", "to", "or" or a dash that follows a day of a month."""
    if i < 3 or doc[i - 1].lower_ not in ("and", "to", "or", "-", "\u2013"):
        return False
    day = doc[i - 2]
    return day.is_digit and len(day.text) <= 2 and is_month(doc[i - 3])


def is_time(doc, found: Found) -> bool:
    """A clock time ("10am", "11:30"); a race time ("1:48.32") is a duration."""
    k = found.end
    if k < len(doc) and doc[k].lower_ in TIME_OF_DAY:
        return True
    return any(":" in t.text and race_time(t.text) is None for t in doc[found.start:found.end])


def is_list_number(doc, found: Found) -> bool:
    """The number of an item in a list, at the start of its line ("6. Jane Marsh."
    "2) The budget")."""
    first = doc[found.start]
    if found.currency or found.percent or found.end - found.start != 1 or not first.text.rstrip(".)").isdigit():
        return False
    line_start = first.i == 0 or "\n" in doc[first.i - 1].text + doc[first.i - 1].whitespace_
    marked = first.text[-1] in ".)" or (first.i + 1 < len(doc) and doc[first.i + 1].text in (".", ")"))
    return line_start and marked


def in_name(doc, found: Found) -> bool:
    """Numbers that are part of a name: "Radio 4", "Section 5", "Formula One", "G8"."""
    first = doc[found.start]
    if found.currency or found.percent or found.time_unit or (found.measure and found.end > found.num_end):
        return False  # a name carries no unit: "the Grand Prix 10 days ago", "the Tour 200 miles on"
    if first.i > 0:
        prev = doc[first.i - 1]
        # Names carry short plain numbers: "12,500", "5.6 mln" after a capital are amounts
        # (newswire tables: "Net 5,600,000 vs 4,300,000").
        if (
            prev.text[:1].isupper()
            and prev.is_alpha
            and prev.pos_ == "PROPN"
            and not is_month(prev)
            and prev.whitespace_
            and not _written_large(doc, found)
            and not (prev.ent_type_ == "PERSON" and (first.ent_type_ != "PERSON" or _counts_after(doc, found)))
            # "swept by Jones 34 delegates", "called Bob 3 times": a person's name holds no number
            and not (_counts_after(doc, found) and _apart(prev, found))
        ):
            return True
        if prev.text in ("/", "No", "no.", "No.", "#") or prev.lower_ == "top":
            return True  # references and ranks ("No 10", "a top three hit")
        if prev.text == "[" and found.end < len(doc) and doc[found.end].text == "]":
            return True  # a source or a note cited in square brackets ("... ahead. [12]")
    if found.end < len(doc) and doc[found.end].text == "/":
        return True
    if (
        found.start >= 2
        and doc[found.start - 1].text == "-"
        and glued(doc, found.start - 2)
        and glued(doc, found.start - 1)
        and doc[found.start - 2].is_alpha
        and word_number(doc[found.start - 2].lower_) is None
    ):
        return True  # "a straight-six", "Catch-22", "the under-21 side": a number inside a word
    k = first.i - 1
    while k >= 0 and k > first.i - 4 and (doc[k].is_space or doc[k].is_punct) and not doc[k + 1].is_sent_start:
        k -= 1  # quotes and spaces before a sentence's first word
    starts = first.is_sent_start or doc[k + 1].is_sent_start
    if first.is_alpha and first.text[:1].isupper() and not starts and first.i > 0:
        # A capitalised number word inside a sentence is a name ("Formula One", "the Big Four").
        if doc[first.i - 1].text not in ("\"", "\u201c", "'", "\u2018", "(", "-", ":", "\n", "\n\n"):
            return True
    if _counts_after(doc, found) and first.i > 0 and (first.ent_type_ == "PERSON" or _apart(doc[first.i - 1], found)):
        return False  # "called Bob 3 times", "beat Federer 3 times", read by spaCy as one name
    if first.ent_type_ in NAME_LABELS and first.ent_iob_ != "B" and not _written_large(doc, found):
        return True  # "Radio 4"; but "Revs 337.3 mln", tagged as a name, is an amount
    return False


def _apart(name, found: Found) -> bool:
    """Whether a name before a number belongs to another phrase ("called Anna 3 times"), not
    to the number's ("Radio 4 listeners")."""
    return name.dep_ not in ("compound", "nmod", "amod") and not (found.start <= name.head.i <= found.end)


def _counts_after(doc, found: Found) -> bool:
    """Whether "times" follows the number: a count of repeats, never part of a name ("called
    Bob 3 times"); other plurals may follow a name's number ("Windows 10 users")."""
    return found.end < len(doc) and doc[found.end].lower_ == "times"


# Verbs that a span of time after them measures ("lasted one day"), unlike "hope one day to".
DURATION_VERBS = {"last", "take", "spend", "wait", "stay", "remain", "run", "continue", "need", "serve", "stop"}
# Times of day that "one" makes some day or other ("One night, he left").
SOME_TIMES = {"day", "night", "morning", "afternoon", "evening"}


def is_some_day(doc, found: Found) -> bool:
    """ "one day" meaning some day ("hope one day to win", "One night, he left"): the time
    modifies a verb that it does not measure."""
    if doc[found.start].lower_ != "one" or found.end - found.start != 2 or doc[found.end - 1].lower_ not in SOME_TIMES:
        return False
    time = doc[found.end - 1]
    if found.start > 0 and doc[found.start - 1].lower_ in ONE_BEFORE:
        return False  # "only one day": counted
    head = time.head
    return time.dep_ == "npadvmod" and head.pos_ in ("VERB", "AUX") and head.lemma_ not in DURATION_VERBS


def is_bare_one(doc, found: Found) -> bool:
    """ "one" as a pronoun or determiner ("one of the biggest", "one union"), and
    "zero" as an adjective ("zero tolerance")."""
    toks = doc[found.start:found.num_end]
    if found.amount.low is not None:
        return False  # "1 to 2 workers": a range
    if _counted_one(doc, found):
        return False
    return (
        len(toks) == 1
        and toks[0].lower_ in ("one", "1", "zero")
        and not found.currency
        and not found.percent
        and found.time_unit is None
    )


# Words that single "one" out as a count: "only one episode", "one more point".
ONE_BEFORE = {"only", "just", "exactly", "least", "than"}
ONE_AFTER = {"more", "extra", "additional", "further", "fewer", "less", "single"}


def _counted_one(doc, found: Found) -> bool:
    """ "one" that a focus word or a comparison makes a count ("only one episode", "at
    least one child", "one more point"), when a noun follows."""
    s, e = found.start, found.num_end
    if doc[s].lower_ not in ("one", "1"):
        return False
    before = s > 0 and doc[s - 1].lower_ in ONE_BEFORE
    after = e < len(doc) and doc[e].lower_ in ONE_AFTER
    k = e + 1 if after else e
    if before and k < len(doc) and doc[k].lower_ == "of":
        return True  # "only one of those posts": "of" still has to name what is counted
    return (before or after) and k < len(doc) and doc[k].pos_ == "NOUN"


def _written_large(doc, found: Found) -> bool:
    """Whether the number is written with thousands separators or a scale word."""
    toks = doc[found.start:found.num_end]
    return any("," in t.text for t in toks) or len(toks) > 1 and low_word(toks[-1]) in SCALES


DASHES = ("-", "\u2013")
# Words before a small spelled number that make it point back at people or things already
# named ("the two men", "all three firms"), not claim how many there are.
REFERRING_WORDS = {"the", "these", "those", "all", "both", "its", "their", "his", "her", "our"}


def is_score(doc, found: Found) -> bool:
    """One side of a score or tally written with a dash ("a 24-18 win", "1-0"), which is
    two numbers, not a range (a range reads low to high and is joined already)."""
    if found.currency or found.percent or found.amount.low is not None:
        return False
    s, e = found.start, found.num_end
    before = s >= 2 and doc[s - 1].text in DASHES and glued(doc, s - 2) and glued(doc, s - 1) and doc[s - 2].is_digit
    after = e + 1 < len(doc) and doc[e].text in DASHES and glued(doc, e - 1) and glued(doc, e) and doc[e + 1].is_digit
    return before or after


def is_model_name(doc, found: Found) -> bool:
    """A number glued to a capital letter is a name ("3G", "4K"), as is one right before it
    ("Sharp's 902 3G phone")."""
    if found.measure is not None:
        return False  # "512GB", "60W": a unit written onto the number
    e = found.num_end
    if _resolution_name(doc, found):
        return True
    if e < len(doc) and glued(doc, e - 1) and doc[e].is_alpha and doc[e].text[:1].isupper():
        return True
    return (
        e + 1 < len(doc) and doc[e].is_digit and glued(doc, e) and doc[e + 1].is_alpha and doc[e + 1].text[:1].isupper()
    )


def _resolution_name(doc, found: Found) -> bool:
    """ "4K video", "an 8K screen", "a 10K run": a capital K on a small whole number before
    a noun names a standard; thousands are written larger ("30K users") or are money."""
    toks = doc[found.start:found.num_end]
    written = "".join(t.text for t in toks)
    if found.currency or any(t.whitespace_ for t in toks[:-1]) or not written.endswith("K"):
        return False
    number = written[:-1]
    nxt = doc[found.num_end] if found.num_end < len(doc) else None
    return number.isdigit() and int(number) <= 16 and nxt is not None and nxt.pos_ == "NOUN"


def is_reference(doc, found: Found) -> bool:
    """ "the two were jailed", "all three denied it": a small spelled number after a
    determiner, standing for things already counted. With its noun it counts them again
    ("the two men", "all four families", "his two sons"): that is a claim."""
    toks = doc[found.start:found.num_end]
    if len(toks) != 1 or found.start == 0 or found.currency or found.percent or found.time_unit or found.unit:
        return False
    value = word_number(toks[0].lower_)
    if value is None or value > 10 or doc[found.start - 1].lower_ not in REFERRING_WORDS:
        return False
    number = toks[0]
    if number.dep_ in ("nummod", "compound", "amod") and number.head.i > number.i and number.head.pos_ == "NOUN":
        return False
    # "five of the eight": the whole a part is taken from is a count worth checking.
    return not (found.start >= 2 and doc[found.start - 2].lower_ == "of")
