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
    mention emphasise emphasize testify recount conclude estimate speculate charge tweet
    intimate hint advise inform assure reassure
    """.split()
)

# Nouns for something said: a quoted phrase inside "X's claim that ..." is X's.
SPEECH_NOUNS = frozenset(
    """
    claim call dictum remark comment words word warning promise pledge vow description
    assertion argument charge accusation suggestion insistence plea demand statement
    speech declaration prediction diagnosis diagnoses slogan catchphrase phrase rhetoric
    characterization characterisation criticism complaint boast threat
    point case contention assurance assurances allegation allegations message
    """.split()
)

# Verbs that attribute a quotation beside them ("... ," she asked) but report no clause:
# "continued to rise" and "asked him to leave" say nothing.
CUE_VERBS = frozenset(
    """
    ask continue joke quip shout yell recall boast counter retort lament muse
    whisper scream plead exclaim interject snap sigh grumble marvel chime
    """.split()
)

# Verbs that report speech through a noun of saying or attitude and its that-clause:
# "voiced confidence that ...", "made the case that ...". "any": whatever the noun.
LIGHT_SPEECH_VERBS = {
    "voice": "any", "express": "any", "echo": "any", "renew": "any",
    "make": "speech", "issue": "speech", "give": "speech", "offer": "speech", "raise": "speech",
}

# Phrasal verbs of saying, by their particle: "pointed out that ...".
PHRASAL_SPEECH = {"point": "out", "spell": "out"}

# Verbs of asking, which report a question put in indirect form: "asked what the board had
# to hide", "questioned whether the money was there" (not "asked him to leave").
QUESTION_VERBS = frozenset("ask question query".split())

# Verbs that make their object speak: "the pressure prompted the minister to say ...".
CAUSE_VERBS = frozenset("prompt lead force spur move push cause drive".split())

# Verbs that report what their subject said only with a that-clause, and only when the
# subject can speak: "she revealed that ..." (the figures "revealed" nothing said).
AGENT_SPEECH_VERBS = frozenset("reveal disclose".split())

# Speech verbs that report a commitment when followed by "to" ("vowed to strike").
COMMISSIVE_VERBS = frozenset("promise pledge vow".split())

# Verbs that attribute a quoted phrase but take no reported clause ("called him a
# "giant"", "described the plan as "reckless"", "speaks of breaking "the last barrier"").
NAMING_VERBS = frozenset(
    "call describe brand dub label term hail dismiss condemn blame criticise criticize speak talk".split())

# Verbs that report what someone called something: "described the plan as reckless",
# "named X as her favourite", "cited Y as the reason".
AS_VERBS = frozenset("describe name list cite".split())

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
    """
    many some others few most several all both either neither one anyone someone everyone
    who which that this these those
    """.split()
)

# Common nouns that stand for an organisation ("the union said").
ORG_NOUNS = frozenset(
    """
    union company firm group government department ministry commission association
    party council committee agency authority watchdog regulator bank alliance
    federation institute organisation organization charity board club office
    corporation business campaign league society foundation trust service court
    airline retailer insurer lender carrier manufacturer maker broker supermarket
    body network station broadcaster newspaper studio team side university school
    hospital police administration embassy bookmaker carmaker publisher operator chain
    outlet publication magazine parliament army military cabinet presidency
    """.split()
)

# Organisation nouns for public bodies: "the government said" is never a company the
# article names, only a body called so.
PUBLIC_BODY_NOUNS = frozenset(
    """
    government ministry department council administration authority agency commission police
    court embassy regulator parliament army military cabinet presidency
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

DETERMINERS = frozenset("the a an another its their his her this that these those our your my".split())

# The role nouns of someone who speaks for an organisation: "X spokesman" names X as an
# organisation, and the spokesperson is never X itself.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split())

# Words that end or fill an organisation's name ("Harbour Trust", "Hale Group Ltd"): a
# name of such words is not a person's.
ORG_NAME_WORDS = frozenset(
    """
    inc ltd plc llc corp co corporation company group association union council party
    committee commission bank university college institute foundation trust agency
    authority department ministry board federation league club society alliance office
    service services network news times post journal television tv radio press campaign
    court house fund partners capital holdings industries airlines motors systems
    """.split()
)

# Documents and messages: they say things only for their author ("a statement from X").
DOCUMENT_NOUNS = frozenset(
    """
    statement report article letter study survey poll figures figure data document memo
    memorandum email e-mail tweet post release paper review analysis research filing
    complaint lawsuit suit ruling note website blog book interview editorial column
    message notice advert advertisement ad brief briefing transcript record records
    minutes summary assessment forecast estimate estimates prospectus manifesto testimony
    memoir affidavit indictment verdict judgment judgement tracker tally count projection
    calculation database account feed page website site
    """.split()
)

# Bodies whose words are their holder's: "Mr X's office said" is X.
OFFICE_NOUNS = frozenset("office".split())

# Things that cannot speak, though they rise, fall and "warn": currencies and markets.
NON_SPEAKER_NOUNS = frozenset(
    """
    pound dollar euro yen sterling currency market markets share shares stock stocks
    index price prices bond bonds economy expectation expectations speculation rumour rumor
    """.split()
)

# Nouns for people that say which sex they are.
MALE_NOUNS = frozenset(
    """
    man men spokesman chairman father son brother husband boy king actor sportsman
    businessman uncle nephew grandfather boyfriend
    """.split()
)
FEMALE_NOUNS = frozenset(
    """
    woman women spokeswoman chairwoman mother daughter sister wife girl queen actress
    sportswoman businesswoman aunt niece grandmother girlfriend
    """.split()
)

# What news calls people before their names, beyond the title lists of ``nameparser``:
# "Striker Ali Khan", "Veteran Jo Lee". Never part of the name.
PERSON_ROLES = frozenset(
    """
    sen whip chairman chairwoman congressman congresswoman councilman councilwoman
    nominee justice
    striker midfielder defender winger goalkeeper keeper forward skipper boss star veteran
    rookie quarterback pitcher batsman bowler jockey trainer fullback centre-back playmaker
    campaigner protester victim survivor resident owner founder chef host presenter rapper
    singer-songwriter fan pensioner student candidate nominee frontrunner challenger
    incumbent hopeful contender
    """.split()
)

# Abbreviated titles before a name, and the word a description uses for them: "Sen. X" is
# "the senator".
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "supt": "superintendent", "insp": "inspector",
    "det": "detective", "pres": "president", "atty": "attorney", "amb": "ambassador", "cllr": "councillor",
    "adm": "admiral", "cmdr": "commander", "gov.-elect": "governor-elect",
}

# People known by whom they are to someone ("her brother", "the victim's mother"): another
# person than the one named nearby, unless the article introduces them so.
RELATION_NOUNS = frozenset(
    """
    mother father son daughter brother sister wife husband partner boyfriend girlfriend
    fiancé fiancée widow widower parent grandmother grandfather aunt uncle cousin nephew niece
    friend neighbour neighbor colleague teammate flatmate classmate
    """.split()
)

# Nouns for a group of people: never one named person ("the family said").
COLLECTIVE_NOUNS = frozenset("family crowd audience jury panel couple staff team".split())
