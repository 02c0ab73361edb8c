"""Word lists of general English that the speech rules rely on.

Nothing here names a person, organisation or article: only closed classes of
verbs, titles and nouns that any news text uses.
"""

from __future__ import annotations

# Verbs whose subject is speaking and whose complement is what was said. Kept to
# verbs of saying: "believe", "fear", "reveal", "show" report thoughts or evidence.
SPEECH_VERBS = frozenset(
    """
    say tell warn claim insist argue accuse explain admit deny add announce state
    stress note remark reply respond comment declare assert maintain allege confirm
    acknowledge concede accept suggest urge recommend demand predict promise pledge
    vow complain report write observe repeat reiterate answer caution contend
    mention
    """.split()
)

# Speech verbs that report a commitment when followed by "to" ("vowed to strike").
COMMISSIVE_VERBS = frozenset("promise pledge vow".split())

# Verbs that attribute a quoted phrase but take no reported clause ("called him a
# "giant"", "described the plan as "reckless"").
NAMING_VERBS = frozenset("call describe brand dub label term hail dismiss condemn blame criticise criticize".split())

# Speech verbs that also report a plain noun object as what was said ("suggests
# new ways of ...", "demanded an inquiry").
OBJECT_SPEECH_VERBS = frozenset("suggest recommend demand urge propose".split())

# Titles dropped from a canonical name.
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame rev rev. reverend".split()
)
# Peerage titles: "Lord Smith" has no other name, so the title stays part of it.
PEERAGE = frozenset("lord lady baroness".split())

MALE_TITLES = frozenset("mr mr. sir lord".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss dame lady baroness".split())
MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
ORG_PRONOUNS = frozenset("it its".split())

# Subjects that name nobody in particular: "many saying it was ...".
VAGUE_SUBJECTS = frozenset(
    "many some others few most several all both either neither one anyone someone everyone who which that this these those".split()
)

# Common nouns that stand for an organisation ("the union said").
ORG_NOUNS = frozenset(
    """
    union company firm group government department ministry commission association
    party council committee agency authority watchdog regulator bank alliance
    federation institute organisation organization charity board club office
    corporation business campaign league society foundation trust service court
    airline retailer insurer lender carrier manufacturer maker broker supermarket
    """.split()
)

# Organisation nouns for a business: "the firm said" refers to the company the
# article is about even when it was never the subject of a sentence.
COMPANY_NOUNS = frozenset(
    """
    company firm group business corporation bank airline retailer insurer lender
    carrier manufacturer maker broker supermarket
    """.split()
)

# Nouns for a person known by function ("a spokesperson for ...", "the minister").
ROLE_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman source official officials minister secretary
    chairman chairwoman chair president director executive head leader chief
    lawyer solicitor analyst economist expert spokespeople representative
    """.split()
)
