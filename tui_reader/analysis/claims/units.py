"""General English lexicons for numeric claims: currencies, units, hedges, changes, dates.

Only closed word classes of the language live here, never words of particular articles.
"""

from __future__ import annotations

# Currency signs as tokens ("US$" is one token in spaCy), mapped to the sign we report.
CURRENCY_SIGNS = {
    "$": "$", "us$": "$", "a$": "A$", "c$": "C$", "hk$": "HK$", "nz$": "NZ$", "s$": "S$",
    "£": "£", "€": "€", "¥": "¥", "₹": "₹", "₩": "₩",
}
# Currency words after a number: the unit we report and the factor into that unit
# (pence and cents are hundredths of the reported unit).
CURRENCY_WORDS = {
    "dollar": ("$", 1.0), "dollars": ("$", 1.0), "pound": ("£", 1.0), "pounds": ("£", 1.0),
    "sterling": ("£", 1.0), "euro": ("€", 1.0), "euros": ("€", 1.0), "yen": ("¥", 1.0),
    "pence": ("£", 0.01), "penny": ("£", 0.01), "cent": ("$", 0.01), "cents": ("$", 0.01),
    "rupee": ("rupees", 1.0), "rupees": ("rupees", 1.0), "yuan": ("yuan", 1.0), "rmb": ("yuan", 1.0),
    "renminbi": ("yuan", 1.0), "franc": ("francs", 1.0), "francs": ("francs", 1.0),
    "rouble": ("roubles", 1.0), "roubles": ("roubles", 1.0), "ruble": ("roubles", 1.0),
    "rubles": ("roubles", 1.0), "peso": ("pesos", 1.0), "pesos": ("pesos", 1.0),
    "rand": ("rand", 1.0), "krona": ("kronor", 1.0), "kronor": ("kronor", 1.0),
    "krone": ("kroner", 1.0), "kroner": ("kroner", 1.0), "dinar": ("dinars", 1.0),
    "dinars": ("dinars", 1.0), "riyal": ("riyals", 1.0), "riyals": ("riyals", 1.0),
    "shekel": ("shekels", 1.0), "shekels": ("shekels", 1.0), "baht": ("baht", 1.0),
    "ringgit": ("ringgit", 1.0), "naira": ("naira", 1.0), "lira": ("lira", 1.0),
    "zloty": ("zloty", 1.0), "rupiah": ("rupiah", 1.0), "won": ("won", 1.0),
    "marks": ("marks", 1.0), "guilders": ("guilders", 1.0), "lire": ("lire", 1.0),
    "pesetas": ("pesetas", 1.0), "schillings": ("schillings", 1.0),
    # Newswire abbreviations ("1.5 billion dlrs", "12 cts a share", "500 mln stg").
    "dlr": ("$", 1.0), "dlrs": ("$", 1.0), "ct": ("$", 0.01), "cts": ("$", 0.01),
    "stg": ("£", 1.0),
}
# Words naming whose dollar it is, before the currency word ("3.4 billion Canadian dlrs").
DOLLAR_QUALIFIERS = {
    "u.s.": "$", "us": "$", "american": "$", "canadian": "C$", "australian": "A$",
    "singapore": "S$", "taiwan": "T$", "zealand": "NZ$", "kong": "HK$",
}
# Words between two amounts that compare them ("1.20 dlrs vs 1.10 dlrs"): the bare one
# takes the unit of the other.
COMPARISON_WORDS = {"vs", "vs.", "versus", "against"}
# Words after a number that make it a percentage, longest first.
PERCENT_PHRASES = (
    ("percentage", "points"), ("percentage", "point"), ("basis", "points"), ("per", "cent"),
    ("percent",), ("pc",), ("pct",), ("%",),
)
# Time units: what a duration counts, reported in the plural; the value factor for the
# units we fold into years ("a decade" is 10 years).
TIME_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks",
    "weeks": "weeks", "fortnight": "weeks", "fortnights": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "decade": "years",
    "decades": "years", "century": "years", "centuries": "years",
    # newswire abbreviations ("six mths to June 30")
    "mth": "months", "mths": "months", "yr": "years", "yrs": "years", "wk": "weeks",
    "wks": "weeks", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes",
}
# Nouns of time that follow a figure without being what it counts ("3.6 pct yesterday").
TEMPORAL_NOUNS = {
    "yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
    "weekend", "overnight", "earlier", "later", "ago",
}
TIME_FACTORS = {"decade": 10, "decades": 10, "century": 100, "centuries": 100, "fortnight": 2, "fortnights": 2}
# Units of measurement: a number counting these is a "measure".
MEASURE_UNITS = {
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
    "metres", "meter", "meters", "m2", "cm", "mm", "foot", "feet", "ft", "inch", "inches",
    "yard", "yards", "acre", "acres", "hectare", "hectares", "ha", "tonne", "tonnes", "ton",
    "tons", "kg", "kilo", "kilos", "kilogram", "kilograms", "gram", "grams", "g", "lb", "lbs",
    "ounce", "ounces", "oz", "barrel", "barrels", "bpd", "litre", "litres", "liter", "liters",
    "gallon", "gallons", "degree", "degrees", "celsius", "fahrenheit", "mph", "kph", "km/h",
    "watt", "watts", "kw", "mw", "gw", "kwh", "mwh", "gwh", "megawatt", "megawatts",
    "gigawatt", "gigawatts", "volt", "volts", "byte", "bytes", "kb", "mb", "gb", "tb",
    "megabyte", "megabytes", "gigabyte", "gigabytes", "terabyte", "terabytes", "mbps",
    "calorie", "calories", "knot", "knots", "sq", "square", "cubic",
}
# Nouns of racing after a distance in metres ("400m runners", "the 1500m heats"), lemmas:
# "m" after a whole number before them is metres, never millions.
RACE_WORDS = {
    "runner", "sprinter", "swimmer", "hurdler", "hurdle", "race", "final", "heat", "sprint",
    "relay", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "record",
    "title", "champion", "gold", "silver", "bronze", "specialist", "event", "semi-final",
}
# Hedges before a number: the words and the direction they give the claim.
HEDGES_BEFORE = {
    ("more", "than"): "over", ("over",): "over", ("at", "least"): "over",
    ("in", "excess", "of"): "over", ("upwards", "of"): "over", ("above",): "over",
    ("just", "over"): "over", ("well", "over"): "over", ("just", "above"): "over",
    ("less", "than"): "under", ("fewer", "than"): "under", ("under",): "under",
    ("below",): "under", ("up", "to"): "under", ("nearly",): "under", ("almost",): "under",
    ("at", "most"): "under", ("as", "many", "as"): "under", ("as", "much", "as"): "under",
    ("close", "to"): "under", ("just", "under"): "under", ("just", "below"): "under",
    ("not", "quite"): "under", ("barely",): "under",
    ("about",): None, ("around",): None, ("approximately",): None, ("roughly",): None,
    ("some",): None, ("an", "estimated"): None, ("estimated",): None, ("circa",): None,
    ("c.",): None, ("approx",): None, ("approx.",): None,
    ("an", "average", "of"): None, ("on", "average"): None, ("almost", "exactly"): None,
}
HEDGES_AFTER = {
    ("or", "more"): "over", ("or", "over"): "over", ("or", "above"): "over",
    ("or", "so"): None, ("or", "less"): "under", ("or", "fewer"): "under",
    ("-", "plus"): "over", ("plus",): "over",
}
# Verbs, adverbs and nouns of change: the direction of a claim they govern.
UP_WORDS = {
    "rise", "rose", "risen", "increase", "grow", "grew", "raise", "boost", "gain", "jump",
    "climb", "soar", "surge", "up", "add", "expand", "double", "treble", "triple", "lift",
    "rocket", "hike", "higher", "improve", "increased", "leap", "swell", "rebound", "recover",
    "advance", "accelerate", "spike",
}
DOWN_WORDS = {
    "fall", "fell", "fallen", "drop", "decline", "cut", "reduce", "slash", "lower", "shrink",
    "plunge", "slump", "down", "tumble", "dip", "decrease", "sink", "sank", "slide", "shed",
    "lose", "halve", "ease", "contract", "trim", "axe", "slip", "retreat", "sag",
    "weaken", "erode",
}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words after a number that make it a clock time.
TIME_OF_DAY = {"am", "pm", "a.m.", "p.m.", "gmt", "bst", "cet", "est", "pst", "utc", "o'clock"}
# Words introducing a calendar year or date ("in 2001", "since 1945").
DATE_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "during", "of", "before", "after", "on"}
# Words that name a stock index: a bare level after "to" or "at" in their sentence is in points.
INDEX_NAMES = {
    "index", "indices", "dow", "nasdaq", "ftse", "nikkei", "dax", "cac", "s&p", "sensex", "kospi",
    "stoxx", "topix", "seng", "composite",
}
