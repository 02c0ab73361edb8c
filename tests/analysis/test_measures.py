"""Units of measure read with pint: every family, glued and spaced, with canonical values."""

from __future__ import annotations

import pytest

from tui_reader.analysis.claims.find import find_claims
from tui_reader.analysis.claims.measures import lookup, split_glued


@pytest.fixture
def measure(nlp):
    """The one figure of a sentence whose text contains ``surface``."""

    def run(text: str, surface: str):
        found = [c for c in find_claims(nlp(text)) if c.kind != "date"]
        for c in found:
            assert c.text == text[c.start:c.end]
        hits = [c for c in found if surface in c.text]
        assert len(hits) == 1, [(c.text, c.unit) for c in found]
        return hits[0]

    return run


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "dimension", "canonical"),
    [
        # data sizes and rates
        ("The handset ships with 512GB of storage.", "512GB", 512, "GB", "data size", 512e9),
        ("Each disc holds 4.7 GB of video.", "4.7 GB", 4.7, "GB", "data size", 4.7e9),
        ("Home lines now reach 80Mbps in most towns.", "80Mbps", 80, "Mbps", "data rate", 80e6),
        # power
        ("The coupe's engine makes 450bhp.", "450bhp", 450, "bhp", "power", 450 * 745.6998715822701),
        ("The hatchback has a 300 hp motor.", "300 hp", 300, "hp", "power", 300 * 745.6998715822701),
        ("It comes with a 60W charger.", "60W", 60, "W", "power", 60),
        ("The plant will produce 1.2 GW at its peak.", "1.2 GW", 1.2, "GW", "power", 1.2e9),
        # frequency
        ("The tweeter reaches 20kHz.", "20kHz", 20, "kHz", "frequency", 20000),
        ("Its chip runs at 3.5 GHz.", "3.5 GHz", 3.5, "GHz", "frequency", 3.5e9),
        # speed
        ("The limit on the bridge is 110 km/h.", "110 km/h", 110, "km/h", "speed", 110),
        ("Drivers may do 70 mph on the motorway.", "70 mph", 70, "mph", "speed", 112.65408),
        ("The yacht sailed at 40 knots.", "40 knots", 40, "knots", "speed", 74.08),
        ("The train reached 300 kilometres per hour.", "300 kilometres per hour", 300, "kilometres per hour", "speed", 300),
        # length
        ("The lens is 2.5mm thick.", "2.5mm", 2.5, "mm", "length", 0.0025),
        ("The bridge is 1,200 feet long.", "1,200 feet", 1200, "feet", "length", 365.76),
        ("The route runs for 26 miles.", "26 miles", 26, "miles", "length", 41842.944),
        ("The sprinter won the 100m final.", "100m", 100, "metres", "length", 100),
        # mass
        ("The camera weighs 30g without its battery.", "30g", 30, "g", "mass", 0.03),
        ("The box weighs 2lb when full.", "2lb", 2, "lb", "mass", 0.90718474),
        ("The harvest reached 16,000 tonnes.", "16,000 tonnes", 16000, "tonnes", "mass", 16e6),
        # volume
        ("It has a 3.0 litre engine.", "3.0 litre", 3.0, "litre", "volume", 3.0),
        ("Each can holds 330ml of cola.", "330ml", 330, "ml", "volume", 0.33),
        ("The field produces 500,000 barrels a day.", "500,000 barrels a day", 500000, "barrels a day", "flow", None),
        # area
        ("The farm covers 45 hectares.", "45 hectares", 45, "hectares", "area", 450000),
        ("The flat is 60 square metres.", "60 square metres", 60, "square metres", "area", 60),
        # energy, charge, rotation
        ("The battery stores 12.5kWh.", "12.5kWh", 12.5, "kWh", "energy", 45e6),
        ("The phone has a 5,000mAh battery.", "5,000mAh", 5000, "mAh", "charge", 5000),
        ("The engine revs to 8,000rpm.", "8,000rpm", 8000, "rpm", "rotation speed", 8000),
        # temperature
        ("Temperatures could rise by 2 degrees Celsius.", "2 degrees Celsius", 2, "°C", "temperature", 2),
        ("It was 30C in the shade.", "30C", 30, "°C", "temperature", 30),
        ("The night fell to -5C in the hills.", "-5C", -5, "°C", "temperature", -5),
        ("Normal body heat is 98.6 degrees Fahrenheit.", "98.6 degrees Fahrenheit", 98.6, "°F", "temperature", 37.0),
        ("The forecast says 86F by noon.", "86F", 86, "°F", "temperature", 30.0),
        # angle
        ("The panel turns 90 degrees to face the sun.", "90 degrees", 90, "degrees", "angle", 90),
    ],
)
def test_measures_read_with_their_unit_and_canonical_value(measure, text, surface, value, unit, dimension, canonical):
    c = measure(text, surface)
    assert (c.value, c.unit, c.kind, c.dimension) == (value, unit, "measure", dimension)
    if canonical is not None:
        assert c.canonical_value == pytest.approx(canonical, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "seconds"),
    [
        ("The charge takes 25min at a fast point.", "25min", 25, "minutes", 1500),
        ("It sprints from rest in 4.5s.", "4.5s", 4.5, "seconds", 4.5),
        ("The flight lasted 11 hours.", "11 hours", 11, "hours", 39600),
    ],
)
def test_durations_are_read_in_their_unit(measure, text, surface, value, unit, seconds):
    c = measure(text, surface)
    assert (c.value, c.unit, c.kind, c.dimension, c.canonical_value) == (value, unit, "duration", "duration", seconds)


def test_a_temperature_change_is_a_difference_of_degrees(measure):
    c = measure("Temperatures could rise by 3.6F by the end of the century.", "3.6F")
    assert (c.value, c.unit, c.direction) == (3.6, "°F", "up")


def test_index_points(measure):
    c = measure("The Lowmarsh index closed at 12,345.67 points on Friday.", "12,345.67")
    assert (c.value, c.unit, c.kind, c.dimension) == (12345.67, "points", "measure", "index points")


def test_a_level_after_a_change_of_points_counts_points(nlp):
    found = find_claims(nlp("The Lowmarsh index fell 45 points to 4,800 on Friday."))
    assert [(c.value, c.unit) for c in found if c.kind != "date"] == [(45, "points"), (4800, "points")]


@pytest.mark.parametrize(
    "text",
    [
        "He scored 84 at home on Sunday.",  # "at" is a pint unit (technical atmosphere)
        "The club has 20 units across the region.",  # pint reads "units" as micro-nits
        "She won in 2004 and again in 2008.",  # "in" is an inch only by a size word
        "There are 30 MPs on the committee.",  # no megapixels
        "The fund has 12 pts in hand.",
        "The 3G network and the 4K screen arrived together.",
        "Polls open at 2 pm on Thursday.",
    ],
)
def test_english_words_pint_reads_as_units_are_not_measures(nlp, text):
    assert [c.text for c in find_claims(nlp(text)) if c.kind == "measure"] == []


def test_lookup_takes_units_from_pint_with_prefixes_only_on_metric_units():
    assert lookup("kHz").name == "kilohertz"
    assert lookup("kilometres").name == "kilometer"
    assert lookup("kmph").family == "speed" and lookup("kmph").factor == pytest.approx(1.0)  # not kilo-mph
    assert lookup("units") is None and lookup("mb") is None and lookup("Ms") is None
    assert lookup("celcius").family == "temperature"  # a misspelt unit name
    assert lookup("g") is not None and lookup("W") is None and lookup("W", glued=True).name == "watt"


def test_split_glued_keeps_the_number_as_written():
    number, unit = split_glued("5,000mAh")
    assert (number, unit.surface, unit.family) == ("5,000", "mAh", "charge")
    assert split_glued("30k") is None and split_glued("164p") is None


def test_torque_in_newton_metres_and_index_points_beside_a_percentage(nlp):
    found = find_claims(nlp("The motors make 660Nm of torque as the Lowmarsh index rose 1.2% to 14,532.12 points."))
    assert [(c.text, c.unit, c.dimension) for c in found] == [
        ("660Nm", "Nm", "energy"), ("1.2%", "%", None), ("14,532.12", "points", "index points"),
    ]


def test_a_currency_per_another_is_an_exchange_rate(nlp):
    (rate,) = find_claims(nlp("The yen weakened to 114.3 per dollar."))
    assert (rate.value, rate.unit, rate.kind, rate.per, rate.dimension) == (114.3, "¥", "money", "dollar", "exchange rate")


def test_what_a_count_is_per_comes_after_its_noun(nlp):
    (count,) = find_claims(nlp("The exchange handles 30k transactions an hour."))
    assert (count.value, count.unit, count.per) == (30_000, "transactions", "hour")


# ---------------------------------------------------------------- technology, cars, science, sport and finance

@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "dimension"),
    [
        # below zero, spelled
        ("The probe's sensor was chilled to minus 180C.", "minus 180C", -180, "°C", "temperature"),
        # torque in pound-feet, hyphenated
        ("The truck's V8 makes 475 lb-ft of torque.", "475 lb-ft", 475, "lb-ft", "energy"),
        # loudness: pint's decibel has no factor, news still compares it
        ("The new jet is rated at 82 dB on take-off.", "82 dB", 82, "dB", "sound level"),
        # concentrations
        ("Carbon dioxide reached 419 parts per million.", "419 parts per million", 419, "ppm", None),
        # pounds that weigh
        ("The engines give 1.8 million pounds of thrust.", "1.8 million pounds", 1.8e6, "pounds", "mass"),
        ("The champion weighs 240 pounds.", "240 pounds", 240, "pounds", "mass"),
        # a fraction of a percentage point
        ("Rates were cut by a quarter of a percentage point.", "a quarter", 0.25, "percentage points", None),
    ],
)
def test_domain_measures(measure, text, surface, value, unit, dimension):
    c = measure(text, surface)
    assert (c.value, c.unit, c.dimension) == (value, unit, dimension)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pounds that pay stay money
        ("The club lost 5 million pounds of sponsorship money.", [(5e6, "£")]),
        ("A ticket costs 20 pounds.", [(20, "£")]),
        # a relative change then a bare level of an index: points, not a percentage
        ("The Tarnbury Composite slipped 0.4% to 3,812.5.", [(0.4, "%"), (3812.5, "index points")]),
        ("The Kestrel index gained 1.1% to close at 5,234.18.", [(1.1, "%"), (5234.18, "index points")]),
        # counts pint would read as angles
        ("The cells keep 80% of their charge after 1,000 cycles.", [(80, "%"), (1000, "cycles")]),
    ],
)
def test_money_points_and_counts_among_measures(nlp, text, expected):
    assert [(c.value, c.unit) for c in find_claims(nlp(text)) if c.kind != "date"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Under the bonnet sits a straight-six and a flat-four.",
        "The camera records 8K video and the set shows 4K pictures.",
        "A 4K TV is cheaper this year.",
        "Patients with Covid-19 symptoms were sent home.",
    ],
)
def test_numbers_inside_words_and_standards_are_no_measures(nlp, text):
    assert [c.text for c in find_claims(nlp(text)) if c.kind != "date"] == []


def test_no_fraction_of_a_byte_and_no_tera_outside_data_and_energy():
    assert lookup("dB").family == "sound level"
    assert lookup("TV") is None and lookup("TB").family == "data size" and lookup("TWh").family == "energy"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "dimension"),
    [
        # stones, glued like an ordinal's suffix but not one ("16st"; "21st" is an ordinal)
        ("The champion weighed in at 16st 3lb.", "16st", 16, "st", "mass"),
        # energy per mass
        ("The cells store 300Wh/kg.", "300Wh/kg", 300, "Wh/kg", "specific energy"),
        # units named in two words
        ("The galaxy lies 13 billion light years away.", "13 billion light years", 13e9, "light years", "length"),
        ("The ferry sailed 300 nautical miles.", "300 nautical miles", 300, "nautical miles", "length"),
        # the sides of a size share the unit written once; a measure is no year
        ("The panel shows 2532 x 1170 pixels.", "2532", 2532, "pixels", "resolution"),
        ("The panel shows 2532 x 1170 pixels.", "1170", 1170, "pixels", "resolution"),
        # an earthquake's magnitude
        ("The quake measured 6.2 on the Richter scale.", "6.2", 6.2, "magnitude", None),
        ("A magnitude 7.1 earthquake struck the coast.", "7.1", 7.1, "magnitude", None),
    ],
)
def test_more_domain_measures(measure, text, surface, value, unit, dimension):
    c = measure(text, surface)
    assert (c.value, c.unit, c.dimension) == (value, unit, dimension)


def test_ordinals_stay_ordinals(nlp):
    assert [c.text for c in find_claims(nlp("It was his 21st title and her 2nd.")) if c.kind != "date"] == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # a bare "Nm" among other measures, in a text that names no money, is metres
        ("1m is equal to 10 dm.", "1m", 1, "metres"),
        ("Its load is 100t and its reach is 48m.", "48m", 48, "metres"),
    ],
)
def test_metres_among_measures(measure, text, surface, value, unit):
    c = measure(text, surface)
    assert (c.value, c.unit) == (value, unit)


def test_millions_with_a_counted_noun_or_money_stay_millions(nlp):
    found = find_claims(nlp("Sales hit 5m units in 20 weeks, worth £30m; the 10m run was cancelled."))
    assert [(c.text, c.unit) for c in found if c.kind != "date"][:3] == [("5m", "units"), ("20 weeks", "weeks"), ("£30m", "£")]
