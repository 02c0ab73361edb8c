"""Units of measure, read with pint's unit registry: "512GB", "450bhp", "110 km/h", "30g".

pint knows the units: their names, symbols, plurals, prefixes and how they convert. What
it cannot know is which of its readings a news text means: pint reads "units" as
micro-nits and "mb" as millibarns. The rules here choose among its readings:

- a unit must belong to a family a reader compares (length, mass, speed, data size...),
  found from the units pint reduces it to (a byte reduces to bits, a degree to radians);
- a prefix goes only on a metric unit (pint's customary groups hold the others), written
  the way the unit is ("kHz", "kilohertz"; never "kmph" as kilo-mph);
- a few pint units that are ordinary count nouns in news ("points", "shots", "quarters")
  are never units, and single letters count only glued to the number ("30g", "60W").

The registry loads on first use (pint costs about half a second to import and build), once
per process; the app's first paint never imports this module's callers.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Any

# Families a figure can be compared within: the units pint reduces a unit to, with the
# family's name, the unit its figures are converted into, and that unit's symbol.
FAMILIES: dict[frozenset[tuple[str, int]], tuple[str, str, str]] = {
    frozenset({("meter", 1)}): ("length", "meter", "m"),
    frozenset({("meter", 2)}): ("area", "meter ** 2", "m²"),
    frozenset({("meter", 3)}): ("volume", "liter", "L"),
    frozenset({("gram", 1)}): ("mass", "kilogram", "kg"),
    frozenset({("second", 1)}): ("duration", "second", "s"),
    frozenset({("kelvin", 1)}): ("temperature", "degree_Celsius", "°C"),
    frozenset({("meter", 1), ("second", -1)}): ("speed", "kilometer_per_hour", "km/h"),
    frozenset({("meter", 1), ("second", -2)}): ("acceleration", "meter / second ** 2", "m/s²"),
    frozenset({("gram", 1), ("meter", 2), ("second", -3)}): ("power", "watt", "W"),
    frozenset({("gram", 1), ("meter", 2), ("second", -2)}): ("energy", "joule", "J"),
    frozenset({("gram", 1), ("meter", 1), ("second", -2)}): ("force", "newton", "N"),
    frozenset({("gram", 1), ("meter", -1), ("second", -2)}): ("pressure", "pascal", "Pa"),
    frozenset({("second", -1)}): ("frequency", "hertz", "Hz"),
    frozenset({("bit", 1)}): ("data size", "byte", "B"),
    frozenset({("bit", 1), ("second", -1)}): ("data rate", "bit / second", "bit/s"),
    frozenset({("radian", 1)}): ("angle", "degree", "°"),
    frozenset({("radian", 1), ("second", -1)}): ("rotation speed", "revolutions_per_minute", "rpm"),
    frozenset({("ampere", 1), ("second", 1)}): ("charge", "milliampere_hour", "mAh"),
    frozenset({("ampere", 1)}): ("current", "ampere", "A"),
    frozenset({("gram", 1), ("meter", 2), ("second", -3), ("ampere", -1)}): ("voltage", "volt", "V"),
    frozenset({("pixel", 1)}): ("resolution", "megapixel", "MP"),
    frozenset({("meter", 3), ("second", -1)}): ("flow", "liter / second", "L/s"),
    frozenset({("gram", 1), ("second", -1)}): ("mass flow", "kilogram / second", "kg/s"),
    frozenset({("meter", -2)}): ("fuel economy", "kilometer / liter", "km/L"),
    frozenset({("gram", 1), ("meter", -1)}): ("mass per length", "gram / kilometer", "g/km"),
    frozenset({("gram", 1), ("meter", -3)}): ("density", "kilogram / meter ** 3", "kg/m³"),
    frozenset({("meter", 2), ("second", -2)}): ("specific energy", "watt_hour / kilogram", "Wh/kg"),
}
# pint units that news uses as ordinary nouns: "190 points" on an index, "two quarters",
# "three shots", "four links", "ten bars", "five hands"; "mb" read as millibarn.
NOT_UNITS = {
    "point", "shot", "quarter", "hand", "link", "chain", "rod", "league", "barn", "bar",
    "speed_of_light", "parsec", "are", "number_meter", "nit", "tex", "denier", "poise",
    "gilbert", "siemens", "kip", "slug", "bag", "grade", "centigrade", "technical_atmosphere",
    "planck_length", "planck_time", "planck_mass", "planck_temperature", "percent", "permille",
    "ppm", "decibel", "baud", "mole", "candela", "lumen", "lux", "gauss", "tesla", "absorbance_unit",
    "decade", "octave", "neper", "bel", "count", "dozen",
}
# pint's groups of customary (non-metric) units: these take no prefix ("kmph" is not kilo-mph).
CUSTOMARY_GROUPS = (
    "USCSLengthInternational", "USCSLengthSurvey", "USCSDryVolume", "USCSLiquidVolume",
    "USCSVolumeOther", "Avoirdupois", "AvoirdupoisUK", "AvoirdupoisUS", "Troy", "Apothecary",
    "ImperialVolume",
)
# Words pint reads as units that news writes for something else: clock times ("2 pm"),
# newswire cents and percent ("12 cts", "5 pct"), sports points ("10 pts"), counts of
# cycles ("1,000 charge cycles"; pint's cycle is a turn).
NOT_UNIT_WORDS = {"am", "pm", "ct", "cts", "pct", "pt", "pts", "mas", "dam", "cycle", "cycles"}
# Prefixes news writes only for data and energy ("2TB", "300TWh"); on other units their
# symbols are acronyms ("TV", "PA", "EU").
HUGE_PREFIXES = {"tera", "peta", "exa", "zetta", "yotta"}
HUGE_FAMILIES = {"data size", "data rate", "power", "energy"}
# Decibels as written: pint's decibel is a logarithmic unit with no factor to convert by.
DECIBELS = {"dB", "dBA", "dB(A)", "decibel", "decibels"}
# News abbreviations pint does not define, as pint definitions.
EXTRA_DEFINITIONS = (
    "brake_horsepower = horsepower = bhp",
    "@alias metric_horsepower = PS",
    "mile_per_gallon = mile / gallon = mpg",
    "@alias kilometer_per_hour = kmh = kmph",
    "@alias gram = gramme",
    "@alias stone = st",
    "camera_megapixel = 1e6 * pixel = MP",
    "pound_foot = force_pound * foot = lbft = lb_ft = lbf_ft",
)
# The letters that name a temperature scale after a degree word or glued to a number
# ("30C", "3.6F", "20 degrees c"); on their own pint reads them as coulomb and farad.
SCALE_LETTERS = {"c": "degree_Celsius", "f": "degree_Fahrenheit"}
DEGREE_WORDS = {"degree", "degrees", "deg", "deg.", "°"}
# Words before a unit that make it an area or a volume ("square metres", "cubic feet"),
# or a metric ton ("metric tons").
POWERS = {"square": 2, "sq": 2, "sq.": 2, "cubic": 3, "cu": 3, "cu.": 3}
# Single letters that are units when written apart from the number ("100 g"); others
# ("a", "s", "h", "C", "F", "K", "A", "V") are words, initials or scales on their own.
SPACED_LETTERS = {"g"}
# Data rates written with "ps" ("Mbps", "kbit/s"), which pint reads as baud.
DATA_RATE_RE = re.compile(r"^([kKMGT]?)(b|B|bit)ps$")
# A digit written onto a length unit for its power ("m2", "km2", "ft3").
POWER_DIGIT_RE = re.compile(r"^([A-Za-zµμ]+)([23])$")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of measure as a text writes it, with what pint makes of it.

    ``surface`` is the unit as written ("kHz", "litre", "miles per hour"); ``name`` pint's
    name for it ("kilohertz"); ``family`` what it measures ("frequency"); ``canonical``
    the symbol of the family's unit ("Hz"), into which ``factor`` and ``offset`` convert
    a value: ``value * factor + offset``.
    """

    surface: str
    name: str
    family: str
    canonical: str
    factor: float
    offset: float = 0.0

    def to_canonical(self, value: float) -> float:
        """The value in the family's unit, rounded to 12 significant digits."""
        return float(f"{value * self.factor + self.offset:.12g}")

    @property
    def is_temperature(self) -> bool:
        return self.family == "temperature"

    @property
    def is_duration(self) -> bool:
        return self.family == "duration"


def _import_pint() -> Any:
    """pint, imported without the dask support it loads whenever dask is installed.

    With the cluster extra installed, ``import pint`` would import dask (86 ms, and dask
    on every path that reads figures); the claims never hand pint a dask array. Where
    dask is already loaded (a cluster worker) pint sees it as usual.
    """
    import sys

    hide = "dask" not in sys.modules
    if hide:
        sys.modules["dask"] = None  # type: ignore[assignment]  # find_spec("dask") then answers None
    try:
        import pint  # deferred: pint takes half a second to import; only the claims step needs it
    finally:
        if hide and sys.modules.get("dask", 0) is None:
            del sys.modules["dask"]
    return pint


@functools.cache
def registry() -> Any:
    """pint's unit registry with the news abbreviations added, built once per process."""
    ureg: Any = _import_pint().UnitRegistry()
    for line in EXTRA_DEFINITIONS:
        ureg.define(line)
    return ureg


@functools.cache
def _customary() -> frozenset[str]:
    ureg = registry()
    return frozenset(name for group in CUSTOMARY_GROUPS for name in ureg.get_group(group).members)


@functools.cache
def _prefixable(name: str) -> bool:
    """Whether a prefix may go on this unit: a metric unit, defined without customary ones."""
    ureg = registry()
    customary = _customary()
    seen = {name}
    todo = [name]
    while todo:
        unit = todo.pop()
        if unit in customary:
            return False
        definition = ureg._units.get(unit)  # pint keeps definitions here; no public accessor
        reference = getattr(definition, "reference", None) or {}
        for part in reference:
            if part not in seen:
                seen.add(part)
                todo.append(part)
    return True


@functools.cache
def _family(expression: str) -> tuple[str, str, float, float] | None:
    """(family, canonical symbol, factor, offset) of a pint unit expression, or None."""
    ureg = registry()
    try:
        unit = ureg.Unit(expression)
    except Exception:  # pint raises several error types for what it cannot read
        return None
    factor, root = ureg._get_root_units(unit._units)  # the units a unit reduces to, with its factor
    key = frozenset((str(k), int(v)) for k, v in root.items())
    if key not in FAMILIES:
        return None
    family, canonical, symbol = FAMILIES[key]
    one = ureg.Quantity(1.0, unit).to(canonical).magnitude
    zero = ureg.Quantity(0.0, unit).to(canonical).magnitude
    return family, symbol, one - zero, zero


@functools.cache
def _unit_names() -> tuple[str, ...]:
    """Every unit name and alias of at least six letters, for misspellings ("celcius")."""
    ureg = registry()
    names: set[str] = set()
    for name, definition in ureg._units.items():
        for word in (name, *getattr(definition, "aliases", ())):
            if len(word) >= 6 and word.isalpha() and word.islower() and word not in NOT_UNITS:
                names.add(word)
    return tuple(sorted(names))


def _candidates(text: str) -> list[tuple[str, str]]:
    """pint's readings of one word as (prefix, unit name), unprefixed ones first."""
    ureg = registry()
    try:
        found = ureg.parse_unit_name(text, case_sensitive=True)
    except Exception:  # a word pint's parser trips over is no unit
        return []
    return sorted(((p, n) for p, n, _ in found), key=lambda pn: pn[0] != "")


def _prefix_written_like_unit(text: str, prefix: str, name: str) -> bool:
    """A prefix is written as its symbol before a symbol ("kHz") or as its name before a
    name ("kilohertz"): "units" is no micro-nit."""
    ureg = registry()
    pdef = ureg._prefixes[prefix]
    low = text.lower()
    if low.startswith(prefix):
        rest = text[len(prefix):]
        return len(rest) >= 3
    for symbol in (pdef.symbol, *pdef.aliases):
        if symbol and text.startswith(symbol):
            rest = text[len(symbol):]
            udef = ureg._units[name]
            return rest in {udef.symbol, *udef.aliases} and len(rest) <= 4
    return False


@functools.lru_cache(maxsize=8192)
def lookup(text: str, glued: bool = False) -> Unit | None:
    """The unit one written word names, or None ("GB" -> gigabyte; "jobs" -> None).

    ``glued`` when the word is written onto its number ("30g"): single letters count
    only then, and "C"/"F" are the temperature scales.
    """
    text = text.strip()
    if len(text) > 1 and text.endswith(".") and text[-2] != ".":
        return lookup(text[:-1], glued)  # "km/h." ending a sentence
    if not text or text[0].isdigit() or text in NOT_UNIT_WORDS:
        return None
    if len(text) == 1 and not glued and text not in SPACED_LETTERS:
        return None
    if text.lower() in SCALE_LETTERS:
        return _unit(text, SCALE_LETTERS[text.lower()])
    if text in DECIBELS:
        return Unit(text, "decibel", "sound level", "dB", 1.0)  # a ratio on a log scale: pint gives no factor
    rate = DATA_RATE_RE.match(text)
    if rate and rate.group(1):
        return _unit(text, f"{rate.group(1).replace('K', 'k')}bit / second")
    if len(text) > 2 and text.endswith("s") and not text[:-1].islower() and _candidates(text[:-1]):
        return None  # a symbol in capitals takes no plural: "MPs" are members of parliament
    if text.count("/") == 1 and not text.startswith("/") and not text.endswith("/"):
        top, bottom = (lookup(part, glued=True) for part in text.split("/"))  # "km/h", "g/km"
        return compound(top, bottom, text) if top is not None and bottom is not None else None
    power = POWER_DIGIT_RE.match(text)
    if power:
        base = lookup(power.group(1), glued)
        if base is None or base.family != "length":
            return None
        return _unit(text, f"({base.name}) ** {power.group(2)}")
    for word in _spellings(text):
        for prefix, name in _candidates(word):
            if name in NOT_UNITS:
                product = _product(text) if glued or len(text) > 1 else None
                if product is not None:
                    return product  # "Nm": newton metres, not pint's "number metre"
                continue
            if prefix and (not _prefixable(name) or not _prefix_written_like_unit(word, prefix, name)):
                continue
            unit = _unit(text, prefix + name)
            if unit is not None and unit.is_duration and prefix and unit.factor > 1:
                continue  # "Ms", "Gs": nobody times news in megaseconds
            if unit is not None and prefix in HUGE_PREFIXES and unit.family not in HUGE_FAMILIES:
                continue  # "4K TV" is no 4,000 teravolts; terabytes and terawatt-hours are news
            if unit is not None and unit.family in ("data size", "data rate") and unit.factor < 1:
                continue  # "dB" is no decibyte: nothing stores a fraction of a byte
            if unit is not None:
                return unit
    return None


def _product(text: str) -> Unit | None:
    """Two unit symbols written together ("Nm" for newton metres), when their product is
    a quantity a reader compares."""
    for cut in range(1, len(text)):
        left, right = text[:cut], text[cut:]
        a, b = _candidates(left), _candidates(right)
        if a and b and not a[0][0] and not b[0][0] and a[0][1] not in NOT_UNITS and b[0][1] not in NOT_UNITS:
            unit = _unit(text, f"({a[0][1]}) * ({b[0][1]})")
            if unit is not None:
                return unit
    return None


def _spellings(text: str) -> list[str]:
    """The word as written, in lower case when it is a name ("Kilometers"), and the unit
    name it misspells when it is a long word pint does not know ("farenheit")."""
    words = [text, text.replace("-", "_")] if "-" in text else [text]
    if text.isalpha() and len(text) >= 3 and not text.isupper() and text.lower() != text:
        words.append(text.lower())
    if text.isalpha() and len(text) >= 7 and not any(_candidates(w) for w in words):
        low = text.lower()
        near = [n for n in _unit_names() if n[0] == low[0] and abs(len(n) - len(low)) <= 2]
        words += difflib.get_close_matches(low, near, n=1, cutoff=0.85)
    return words


def _unit(surface: str, expression: str) -> Unit | None:
    family = _family(expression)
    if family is None:
        return None
    name, symbol, factor, offset = family
    ureg = registry()
    try:
        pint_name = str(ureg.Unit(expression))
    except Exception:  # not reachable once _family read it; kept for safety
        return None
    return Unit(surface, pint_name, name, symbol, factor, offset)


def compound(numerator: Unit, denominator: Unit, surface: str) -> Unit | None:
    """A rate of two units ("miles per hour", "barrels a day", "g/km"), when it is one a
    reader compares."""
    return _unit(surface, f"({numerator.name}) / ({denominator.name})")


def with_power(unit: Unit, power: int, surface: str) -> Unit | None:
    """A length raised to an area or a volume ("square metres", "cubic feet")."""
    if unit.family != "length":
        return None
    return _unit(surface, f"({unit.name}) ** {power}")


def temperature(scale: str, surface: str) -> Unit | None:
    """A temperature scale after a degree word: "C", "F", "Celsius", "fahrenheit", "centigrade"."""
    word = scale.lower().rstrip(".")
    if word in SCALE_LETTERS:
        return _unit(surface, SCALE_LETTERS[word])
    if word.startswith("centigra"):
        return _unit(surface, "degree_Celsius")  # pint's "centigrade" is an angle
    unit = lookup(scale)
    return unit if unit is not None and unit.is_temperature else None


def degrees(surface: str) -> Unit | None:
    """A degree with no scale: an angle to pint; the claim decides when it is a temperature."""
    return _unit(surface, "degree")


NUMBER_THEN_UNIT_RE = re.compile(r"^([+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)([^\d\s,.].*)$")


def split_glued(token: str) -> tuple[str, Unit] | None:
    """A number with a unit written onto it ("20kHz" -> ("20", kilohertz)), or None."""
    m = NUMBER_THEN_UNIT_RE.match(token)
    if not m:
        return None
    unit = lookup(m.group(2), glued=True)
    return (m.group(1), unit) if unit is not None else None
