"""Property test: amounts written in every supported form read back as the value, unit and
bounds they were written with, and a measure's canonical value is pint's conversion."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui_reader.analysis.claims.find import find_claims
from tui_reader.analysis.claims.measures import registry

SCALES = {"": 1.0, "k": 1e3, "m": 1e6, "bn": 1e9, " thousand": 1e3, " million": 1e6, " billion": 1e9}
SIGNS = {"$": "$", "£": "£", "€": "€", "USD ": "$", "GBP ": "£", "EUR ": "€"}
CURRENCY_WORDS = {" dollars": "$", " euros": "€", " pounds": "£", " dlrs": "$", " stg": "£"}
PERCENTS = ("%", " per cent", " percent", " pct")
# (written unit, unit reported, pint unit it converts from, written onto the number or not)
MEASURES = (
    ("GB", "GB", "gigabyte"), ("MB", "MB", "megabyte"), ("kHz", "kHz", "kilohertz"), ("GHz", "GHz", "gigahertz"),
    ("bhp", "bhp", "horsepower"), ("hp", "hp", "horsepower"), ("kW", "kW", "kilowatt"), ("mph", "mph", "mile/hour"),
    ("km/h", "km/h", "km/hour"), ("mm", "mm", "millimeter"), ("cm", "cm", "centimeter"), ("km", "km", "kilometer"),
    ("kg", "kg", "kilogram"), ("g", "g", "gram"), ("lb", "lb", "pound"), ("ml", "ml", "milliliter"),
    ("mAh", "mAh", "milliampere_hour"), ("kWh", "kWh", "kilowatt_hour"), ("C", "°C", "degC"), ("F", "°F", "degF"),
    ("°C", "°C", "degC"), ("rpm", "rpm", "revolutions_per_minute"),
)
CANONICAL = {
    "data size": "byte", "frequency": "hertz", "power": "watt", "speed": "km/hour", "length": "meter",
    "mass": "kilogram", "volume": "liter", "charge": "milliampere_hour", "energy": "joule",
    "temperature": "degC", "rotation speed": "revolutions_per_minute",
}


@dataclass
class Written:
    """An amount as written in a sentence, with what it must read back as."""

    sentence: str
    surface: str
    value: float
    unit: str
    low: float | None = None
    high: float | None = None
    pint_unit: str | None = None


def number_text(value: float, decimals: int, separators: bool) -> str:
    text = f"{value:,.{decimals}f}" if separators else f"{value:.{decimals}f}"
    return text


def year_like(text: str) -> bool:
    """Four plain digits from 1000 to 2100 read as a year; news writes such counts with a comma."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


numbers = st.tuples(
    st.integers(min_value=1, max_value=999_999), st.sampled_from([0, 0, 1, 2]), st.booleans()
).map(lambda t: (round(t[0] / (10 ** t[1]), t[1]), number_text(t[0] / (10 ** t[1]), t[1], t[2]))).filter(
    lambda n: not year_like(n[1])
)


@st.composite
def money(draw) -> Written:
    value, text = draw(numbers)
    scale = draw(st.sampled_from(list(SCALES)))
    total = value * SCALES[scale]
    if draw(st.booleans()):
        sign = draw(st.sampled_from(list(SIGNS)))
        surface = f"{sign}{text}{scale}"
        unit = SIGNS[sign]
    else:
        word = draw(st.sampled_from(list(CURRENCY_WORDS)))
        surface = f"{text}{scale}{word}"
        unit = CURRENCY_WORDS[word]
    return Written(f"Officials said the deal was worth {surface} last week.", surface, total, unit)


@st.composite
def percents(draw) -> Written:
    value, text = draw(numbers.filter(lambda n: n[0] < 1000))
    spelled = draw(st.sampled_from(PERCENTS))
    surface = f"{text}{spelled}"
    return Written(f"Turnout rose by {surface} in the north.", surface, value, "%")


@st.composite
def counts(draw) -> Written:
    value, text = draw(numbers.filter(lambda n: n[0] != 1))  # "one" alone is a pronoun, no count
    scale = draw(st.sampled_from(["", " thousand", " million", " billion", "k"]))
    surface = f"{text}{scale}"
    return Written(f"The service now has {surface} users across the region.", surface, value * SCALES[scale], "users")


@st.composite
def measures(draw) -> Written:
    value, text = draw(numbers.filter(lambda n: n[0] < 10_000))
    written, unit, pint_unit = draw(st.sampled_from(MEASURES))
    glued = written in ("C", "F") or draw(st.booleans())
    surface = f"{text}{'' if glued else ' '}{written}"
    return Written(f"The review says the model offers {surface} in all.", surface, value, unit, pint_unit=pint_unit)


@st.composite
def ranges(draw) -> Written:
    (a, a_text), (b, b_text) = sorted(draw(st.lists(numbers.filter(lambda n: n[0] < 1000), min_size=2, max_size=2, unique_by=lambda n: n[0])))
    form = draw(st.sampled_from(["{a}-{b}%", "between {a} and {b} per cent", "{a} to {b} workers", "${a}-{b}"]))
    surface = form.format(a=a_text, b=b_text)
    unit = "%" if "%" in form or "per cent" in form else "workers" if "workers" in form else "$"
    return Written(f"Officials expect {surface} next year.", surface, a, unit, low=a, high=b)


SPELLED = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


@st.composite
def mixed(draw) -> Written:
    """ "two and a half million pounds", "3-and-a-quarter hours": a whole and a fraction of one."""
    whole = draw(st.integers(min_value=1, max_value=12))
    written = draw(st.sampled_from([SPELLED[whole - 1], str(whole)]))
    fraction = draw(st.sampled_from(list(FRACTION_WORDS)))
    joiner = draw(st.sampled_from([" and a ", "-and-a-"])) if not written.isdigit() else " and a "
    scale = draw(st.sampled_from(["", " thousand", " million"]))
    unit_word, unit = draw(st.sampled_from([(" years", "years"), (" hours", "hours"), (" pounds", "£"), (" users", "users")]))
    surface = f"{written}{joiner}{fraction}{scale}{unit_word}"
    value = (whole + FRACTION_WORDS[fraction]) * SCALES[scale]
    if unit in ("years", "hours") and scale:
        scale, value, surface = "", whole + FRACTION_WORDS[fraction], f"{written}{joiner}{fraction}{unit_word}"
    return Written(f"Officials counted {surface} in the end.", surface if unit != "users" else surface[: -len(unit_word)], value, unit)


@st.composite
def below_zero(draw) -> Written:
    """ "minus 40C", "minus 12.5 degrees Celsius"."""
    value, text = draw(numbers.filter(lambda n: 0 < n[0] < 300))
    written, unit = draw(st.sampled_from([("C", "°C"), ("F", "°F"), (" degrees Celsius", "°C")]))
    surface = f"minus {text}{written}"
    return Written(f"The probe recorded {surface} on the surface.", surface, -value, unit)


@pytest.fixture(scope="module")
def read(nlp):
    def run(written: Written):
        doc = nlp(written.sentence)
        found = [c for c in find_claims(doc) if c.kind != "date"]
        for c in found:
            assert c.text == written.sentence[c.start:c.end]
        hits = [c for c in found if c.text in written.surface or written.surface in c.text]
        assert len(hits) == 1, (written.sentence, [(c.text, c.value, c.unit) for c in found])
        return hits[0]

    return run


PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(claim, written: Written) -> None:
    assert claim.value == pytest.approx(written.value, rel=1e-9), written
    assert claim.unit == written.unit, written
    if written.low is not None:
        assert (claim.low, claim.high) == (pytest.approx(written.low), pytest.approx(written.high)), written
    else:
        assert claim.low is None and claim.high is None, written


@PROPERTY
@given(written=money())
def test_money(read, written):
    check(read(written), written)


@PROPERTY
@given(written=percents())
def test_percentages(read, written):
    check(read(written), written)


@PROPERTY
@given(written=counts())
def test_counts(read, written):
    check(read(written), written)


@PROPERTY
@given(written=ranges())
def test_ranges(read, written):
    check(read(written), written)


@PROPERTY
@given(written=measures())
def test_measures_and_their_canonical_values(read, written):
    claim = read(written)
    check(claim, written)
    ureg = registry()
    expected = ureg.Quantity(written.value, written.pint_unit).to(CANONICAL[claim.dimension]).magnitude
    assert claim.canonical_value == pytest.approx(expected, rel=1e-9, abs=1e-9), written


@PROPERTY
@given(written=mixed())
def test_a_whole_and_a_fraction(read, written):
    check(read(written), written)


@PROPERTY
@given(written=below_zero())
def test_below_zero(read, written):
    check(read(written), written)
