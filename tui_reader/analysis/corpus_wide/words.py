"""The word lists that tell a name from a title, an organisation or a description.

General English vocabulary only: nameparser's lexicons of titles, suffixes and name
particles, plus the nouns that head a role ("campaign manager") and the words that make
a name an organisation's ("University", "Committee"). No name from any corpus.
"""

from __future__ import annotations

from nameparser.config import CONSTANTS

# nameparser lists words that may open a name ("Federal Judge ..."); these are qualifiers,
# not titles: a role is never headed by them, and a name never loses them as a title.
QUALIFIERS = frozenset({
    "ab", "advertising", "air", "appellate", "army", "assistant", "associate", "award-winning", "ballet",
    "banner", "bard", "baseball", "bearer", "behavioral", "bench", "biblical", "blessed", "blues", "british",
    "burlesque", "business", "civil", "classical", "computer", "corporate", "count", "credit", "criminal",
    "customs", "designated", "discovery", "district", "division", "docket", "english", "excellent", "family",
    "federal", "field", "film", "financial", "first", "flag", "flying", "foreign", "grand", "group", "heir",
    "her", "hereditary", "high", "his", "host", "information", "intelligence", "judicial", "kingdom", "knight",
    "knowledge", "law", "legal", "literary", "maid", "marketing", "master", "mathematics", "me", "met",
    "metropolitan", "military", "model", "most", "municipal", "mystery", "national", "navy", "opera",
    "operating", "petty", "police", "political", "presiding", "prime", "prior", "private", "pro", "radio",
    "ranger", "rear", "revenue", "right", "risk", "rock", "royal", "saint", "sainte", "security", "senior",
    "soccer", "social", "software", "special", "st", "staff", "state", "states", "strategy", "supreme", "tax",
    "technical", "television", "theater", "theatre", "travel", "uk", "united", "us", "vice", "voice", "warrant",
    "wing",
})

# Lower-case words that may stand in a title before a name ("former Sen. Jane Roe").
TITLE_MODIFIERS = frozenset({
    "former", "ex", "late", "then", "acting", "outgoing", "incoming", "interim", "de", "facto",
})

# Honorifics: they open a name and say nothing of a role; some say the gender.
HONORIFICS = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "messrs": None,
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "madam": "f", "madame": "f", "mme": "f",
    "mlle": "f", "baroness": "f",
    "mx": None, "dr": None, "prof": None, "rev": None, "rt": None, "hon": None, "fr": None,
}

# Nouns that head the description of a person's position. nameparser's titles are most of
# them; these are the rest, in news usage (roles in politics, business, sport, courts, the press).
_MORE_ROLE_NOUNS = {
    "academic", "accountant", "activist", "actor", "actress", "administrator", "adviser", "advisor", "agent",
    "aide", "ally", "amb", "ambassador", "analyst", "anchor", "archbishop", "architect", "artist", "athlete",
    "attorney", "atty", "auditor", "author", "backbencher", "backer", "banker", "barrister", "billionaire",
    "bishop", "boss", "boxer", "broadcaster", "businessman", "businesswoman", "campaigner", "candidate", "capt",
    "captain", "centre", "ceo", "cfo", "chair", "chairman", "chairperson", "chairs", "chairwoman", "challenger",
    "champion", "chancellor", "chef", "chief", "cleaner", "cleric", "clerk", "cllr", "co-chair", "co-chairman",
    "co-founder", "co-ordinator", "coach", "col", "colleague", "columnist", "comedian", "commander",
    "commentator", "commissioner", "comptroller", "congressman", "congresswoman", "constable", "constituent",
    "consultant", "contender", "coo", "coordinator", "correspondent", "councilman", "councilmember",
    "councilor", "councilwoman", "creator", "critic", "cto", "dean", "defendant", "defender", "delegate",
    "demographer", "deputy", "designer", "detective", "developer", "diplomat", "director", "director-general",
    "distributor", "doctor", "donor", "driver", "economist", "editor", "emperor", "employee", "engineer",
    "entrepreneur", "envoy", "executive", "expert", "fan", "farmer", "fellow", "filmmaker", "flanker",
    "fly-half", "forward", "founder", "freeholder", "front-runner", "frontman", "frontrunner", "full-back",
    "fundraiser", "gen", "general", "goalkeeper", "goalscorer", "golfer", "gov", "governor", "graduate", "head",
    "headmaster", "headteacher", "historian", "holder", "hooker", "hopeful", "host", "imam", "incumbent",
    "insider", "inspector", "investor", "jockey", "journalist", "judge", "justice", "keeper", "king",
    "landlord", "lawmaker", "lawyer", "leader", "lecturer", "legislator", "lobbyist", "lock", "lt",
    "magistrate", "magnate", "maker", "manager", "mayor", "md", "member", "mep", "midfielder", "millionaire",
    "minister", "mla", "moderator", "mogul", "mp", "msp", "musician", "negotiator", "nominee", "novelist",
    "nurse", "officer", "official", "operative", "organiser", "organizer", "owner", "partner", "pastor", "peer",
    "physician", "plaintiff", "player", "podcaster", "poet", "politician", "pollster", "pope", "premier",
    "pres", "presenter", "president", "priest", "prince", "princess", "principal", "producer", "professor",
    "prop", "prosecutor", "protester", "psychologist", "publisher", "pundit", "pupil", "queen", "rabbi",
    "rapper", "recorder", "referee", "regulator", "rep", "reporter", "representative", "researcher", "resident",
    "retailer", "retiree", "rival", "runner-up", "scholar", "scientist", "scorer", "scrum-half", "sec",
    "secretary", "secretary-general", "seed", "sen", "senator", "sgt", "sheriff", "shopkeeper", "singer",
    "skipper", "sociologist", "soldier", "solicitor", "speaker", "spokesman", "spokesperson", "spokeswoman",
    "sprinter", "staffer", "star", "strategist", "striker", "student", "superdelegate", "superintendent",
    "supporter", "supt", "surgeon", "surrogate", "survivor", "teacher", "trader", "trainer", "treasurer",
    "tycoon", "veteran", "vicar", "vice-president", "victim", "volunteer", "voter", "waitress", "warden",
    "watchdog", "whip", "winger", "winner", "witness", "worker", "writer",
}
# Family and friendship: a real apposition ("her brother"), but a weaker one than a position.
RELATIONS = frozenset({
    "aunt", "boyfriend", "brother", "cousin", "daughter", "father", "fiancé", "fiancée", "friend", "girlfriend",
    "granddaughter", "grandfather", "grandmother", "grandson", "husband", "mother", "neighbor", "neighbour",
    "nephew", "niece", "parent", "sister", "son", "stepfather", "stepmother", "uncle", "widow", "widower",
    "wife",
})
# Words that end a role's main noun phrase and start what qualifies it.
PREPOSITIONS = frozenset({
    "about", "after", "against", "among", "and", "as", "at", "before", "between", "but", "by", "during", "for",
    "from", "in", "now", "of", "on", "or", "over", "since", "that", "to", "under", "until", "when", "where",
    "which", "while", "who", "whose", "with",
})
# Modifiers that rate or relate rather than name a position ("the other candidate",
# "the most able candidate"): a phrase carrying one is not anyone's role.
NOT_ROLE_MODIFIERS = frozenset({
    "able", "all", "another", "any", "best", "better", "biggest", "both", "clear", "defensive", "each",
    "either", "every", "few", "first-ever", "good", "great", "greatest", "her", "his", "ideal", "its", "least",
    "less", "many", "more", "most", "my", "neither", "no", "obvious", "offensive", "one", "only", "other",
    "our", "own", "perfect", "same", "several", "some", "such", "that", "their", "these", "this", "those",
    "two", "ultimate", "very", "worse", "worst", "your",
})
# Leading words dropped from a role phrase.
ARTICLES = frozenset({"the", "a", "an"})
# Abbreviated titles, read as the word they stand for when roles are grouped.
ABBREVIATIONS = {
    "sen": "senator", "gov": "governor", "rep": "representative", "pres": "president", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "atty": "attorney",
    "supt": "superintendent", "cllr": "councillor", "amb": "ambassador", "sec": "secretary",
    "prof": "professor", "dir": "director", "asst": "assistant", "exec": "executive",
}

ROLE_NOUNS = frozenset(
    (set(CONSTANTS.titles) - QUALIFIERS - set(HONORIFICS) - RELATIONS) | _MORE_ROLE_NOUNS
)
# Words that open a name as a title: "Sen. Jane Roe", "Coordinator Jane Roe", "Mr Roe".
NAME_TITLES = ROLE_NOUNS | set(HONORIFICS)
# Generational suffixes tell people apart (a father and his son); honours after a name do not.
SUFFIXES = frozenset({"jr", "jnr", "junior", "sr", "snr", "ii", "iii", "iv"})
HONOURS = frozenset({"mp", "msp", "mep", "mla", "qc", "kc", "esq", "obe", "mbe", "cbe", "kbe", "phd", "ret"})
PARTICLES = frozenset(set(CONSTANTS.prefixes) | {"van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le"})

# Words that make a name an organisation's, a group's or a place's, never a person's.
ORG_WORDS = frozenset({
    "academy", "administration", "agency", "airlines", "airways", "alliance", "army", "assembly", "associates",
    "association", "authority", "awards", "bank", "blog", "board", "brothers", "bureau", "campaign", "capital",
    "caucus", "center", "centre", "channel", "church", "club", "co", "coalition", "college", "commission",
    "committee", "company", "conference", "congress", "consulting", "convention", "corp", "corporation",
    "council", "county", "court", "democrats", "department", "economics", "energy", "entertainment", "exchange",
    "executive", "fc", "federation", "festival", "forces", "forum", "foundation", "fund", "gazette", "global",
    "government", "group", "herald", "holdings", "hospital", "hotel", "inc", "industries", "initiative",
    "institute", "institution", "insurance", "international", "journal", "kingdom", "labs", "league", "library",
    "llc", "ltd", "magazine", "markets", "media", "ministry", "motors", "movement", "museum", "nations", "navy",
    "network", "news", "office", "online", "organisation", "organization", "parliament", "partners", "party",
    "pharmaceuticals", "pictures", "plc", "police", "poll", "project", "radio", "ranch", "records", "regime",
    "report", "republic", "republicans", "research", "resort", "review", "school", "securities", "senate",
    "service", "services", "society", "state", "states", "studio", "studios", "study", "summit", "survey",
    "systems", "team", "technologies", "telegraph", "television", "times", "tories", "tribunal", "tribune",
    "trust", "tv", "union", "university", "website", "weekly",
})
# Words of organisations and places that are also surnames ("House", "Post"): they make a
# name an organisation's only when it does not open with a known given name.
WEAK_ORG_WORDS = frozenset({
    "city", "daily", "express", "guardian", "hall", "house", "independent", "index", "mail", "market", "mirror",
    "observer", "post", "press", "show", "star", "street", "sun", "times", "tower", "united", "watch",
})
# Short English words that never stand in a name ("Hale May Not Have Said" is a headline).
FUNCTION_WORDS = frozenset({
    "a", "about", "after", "against", "all", "also", "an", "and", "are", "as", "at", "be", "been", "before",
    "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "just", "might", "more", "most", "must", "my", "no",
    "not", "of", "on", "or", "our", "out", "over", "said", "says", "shall", "she", "should", "tells", "than",
    "that", "the", "their", "then", "these", "they", "this", "those", "to", "told", "under", "up", "very",
    "was", "we", "were", "what", "when", "where", "who", "why", "will", "with", "would", "you", "your",
})

# Words that open a name only because they open a sentence or a headline ("Between Jane
# Roe and ...", "Top Roe aide"): dropped from the front of a name like a title.
LEADING_WORDS = frozenset({
    "a", "about", "after", "against", "also", "although", "among", "an", "and", "as", "at", "because", "before",
    "between", "beleaguered", "both", "but", "by", "certainly", "clearly", "controversial", "despite", "disgraced",
    "during", "embattled", "even", "fellow", "for", "from", "however", "if", "in", "including", "indeed", "into",
    "like", "likely", "meanwhile", "newly", "now", "obviously", "of", "on", "only", "or", "outspoken", "over",
    "perhaps", "presumptive", "probably", "rival", "since", "so", "surely", "than", "the", "then", "though",
    "to", "top", "under", "unlike", "until", "veteran", "weak", "when", "while", "with", "without", "yet",
})
