"""What a verb says a bare number counts: the votes of a tally, the people a blast kills or
a firm employs, and what changes or stands at a level ("the claimant total fell 11,000",
"the number of people in work rose to 28.5 million", "the majority was cut to 14").
"""

from __future__ import annotations

from tui_reader.analysis.claims.amounts import Found
from tui_reader.analysis.claims.nouns import amount_root, noun_phrase
from tui_reader.analysis.claims.subjects import CHANGE_NOUNS, GENERIC_NOUNS
from tui_reader.analysis.claims.units import DOWN_WORDS, UP_WORDS

# Verbs whose bare object (or passive subject) counts people: "killed five", "employs 12,000".
PEOPLE_VERBS = {
    "kill", "injure", "wound", "hurt", "employ", "hire", "recruit", "evacuate", "rescue", "arrest",
    "detain", "displace", "infect", "kidnap", "deport", "vaccinate", "murder", "sack",
}

# Verbs whose bare subject is people: "at least 45 died", "12 drowned".
DYING_VERBS = {"die", "drown", "perish", "starve", "suffocate"}


def verb_unit(doc, found: Found) -> str | None:
    """A unit the governing verb implies: a vote tally counts votes; the bare object of
    "killed" or "employs" counts people; a quantity that changes or stands at a level
    counts what changes ("the claimant total fell 11,000", "the majority was cut to 14")."""
    root = amount_root(doc, found)
    head = root.head
    if head.lemma_ == "vote" and root.dep_ in ("npadvmod", "dobj", "advmod", "nummod", "prep", "pobj"):
        return "votes"
    if head.lemma_ in PEOPLE_VERBS and head.pos_ == "VERB" and root.dep_ in ("dobj", "nsubjpass"):
        return "people"  # "the blast killed five", "the firm employs 12,000", "40 were hurt"
    if head.lemma_ in DYING_VERBS and head.pos_ == "VERB" and root.dep_ == "nsubj":
        return "people"  # "at least 45 died"
    verb = None
    if root.dep_ == "pobj" and head.lower_ in ("to", "from", "by", "at") and head.head.pos_ == "VERB":
        verb = head.head
    elif root.dep_ in ("dobj", "npadvmod") and head.pos_ == "VERB":
        verb = head  # "rose 32,000", "reached 1.2 million"
    elif root.dep_ == "attr" and head.lemma_ == "be":
        verb = head  # "the average attendance is 41,500"
    vague = found.amount.approx and found.amount.high is None  # "lost millions": money as often as not
    if verb is not None and not vague and (
        verb.lemma_ in UP_WORDS or verb.lemma_ in DOWN_WORDS or verb.lemma_ in CHANGE_OR_LEVEL_VERBS
    ):
        # "was cut to 9" names the new level of what was cut, whatever it is ("its lead");
        # "hit 300" may be a score of what hit it ("the team"): only what can be counted.
        any_noun = head.lower_ in ("to", "by") and verb.lemma_ not in LEVEL_VERBS
        return what_changes(verb, any_noun, skip=range(found.start, found.end))
    if root.dep_ == "pobj" and head.lower_ in ("from", "to", "by") and head.head.lemma_.lower() in CHANGE_NOUNS:
        return _changed_by(head.head)  # "job gains from 157,000 to 133,000"
    return None


def _changed_by(change) -> str | None:
    """What a noun of change counts: its compound ("job gains") or its "in" phrase ("a rise
    in claimants")."""
    kinds = [c for c in change.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if kinds:
        return change.doc[kinds[0].i:change.i].text
    objects = [c for p in change.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for c in p.children]
    objects = [c for c in objects if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.tag_ == "NNS"]
    return noun_phrase(objects[0], objects[0].left_edge.i) if objects else None


# Verbs besides those of rising and falling that set a quantity or state its level.
LEVEL_VERBS = {"stand", "total", "reach", "hit", "top", "pass", "exceed", "remain", "number", "be"}


CHANGE_OR_LEVEL_VERBS = {"reduce", "bring", "increase", "change", "set", "revise"} | LEVEL_VERBS


# Singular nouns that are a number of people or things ("the majority", "the workforce").
COLLECTIVE_NOUNS = {
    "majority", "population", "workforce", "membership", "audience", "attendance", "crowd", "turnout",
    "toll", "headcount", "readership", "enrolment", "enrollment", "staff", "output", "circulation",
}


def what_changes(verb, any_noun: bool = False, skip: range = range(0)) -> str | None:
    """What a verb of change or level counts: its object, else its subject ("revised the
    jobs gains", "sales rose"), when that can be counted: plural, or a collective noun ("the
    death toll"); for a noun that only names a figure, what it is of ("the number of people",
    "the benefit claimant total"). Tokens in ``skip`` are the amount itself ("lost millions")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in skip]
    holder = verb.head if verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in verb.children) else verb
    # "the population is expected to increase...": the subject of the verb it completes
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.i not in skip]
    for noun in objects + subjects:  # an object that names nothing ("- the highest figure") gives way
        if noun.lemma_.lower() in GENERIC_NOUNS:
            of = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
            of = [c for c in of if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if of:
                return noun_phrase(of[0], of[0].left_edge.i) if of[0].pos_ == "NOUN" else of[0].text
            kinds = [c for c in noun.children if c.i < noun.i and _names_a_kind(c)]
            if kinds:
                return noun.doc[kinds[0].i:noun.i].text  # "the benefit claimant total", "the jobless total"
            continue
        if not any_noun and noun.tag_ != "NNS" and noun.lemma_.lower() not in COLLECTIVE_NOUNS:
            return None  # "the team hit 300": a team is not what 300 counts
        return noun_phrase(noun, noun.left_edge.i)
    return subjects[0].lower_ if any_noun and subjects else None  # "the total fell to 9": a total


def _names_a_kind(tok) -> bool:
    """A modifier that says what a total counts: a noun ("claimant") or a common adjective
    ("jobless"), not a nationality ("German")."""
    plain_adjective = tok.pos_ == "ADJ" and tok.tag_ == "JJ" and tok.text.islower()  # not "highest", "German"
    return tok.dep_ in ("compound", "amod") and (tok.pos_ == "NOUN" or plain_adjective)
