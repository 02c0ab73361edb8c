"""Property-based tests over arbitrary text: nothing raises, offsets stay valid,
cleaning leaves no control character.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.payloads import PAYLOADS, forbidden
from tests.hostile.test_pathological_text import check_offsets
from tui_reader.analysis.claims import numbers
from tui_reader.analysis.model import Analysis, Claim, Entity, Quote, Speaker
from tui_reader.corpus.clean import clean_text
from tui_reader.corpus.reader import article_from_text
from tui_reader.corpus.sanitize import strip_controls
from tui_reader.figures import value_text
from tui_reader.ui.highlight import LAYERS, HighlightOptions, highlight
from tui_reader.ui.labels import claim_context
from tui_reader.ui.widgets.article_list import title_lines
from tui_reader.ui.wrap import wrap_offsets

# Any text, payload pieces mixed in: hypothesis alone rarely writes "\x1b]52;".
hostile_text = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(list(PAYLOADS.values())), st.text(max_size=20)), max_size=8).map("".join),
)
offsets = st.integers(-50, 400)
spans = st.tuples(offsets, offsets)
names = st.sampled_from(["Ann Ruiz", "[bold]Ann[/]", "", "Ruiz"])


@st.composite
def analyses(draw) -> Analysis:
    """An analysis with any spans at all: in range or not, empty, reversed, overlapping."""
    quotes = [Quote(s, e, "", draw(st.sampled_from(["direct", "partial", "indirect", "scare"])), draw(st.none() | names))
              for s, e in draw(st.lists(spans, max_size=6))]
    speakers = [Speaker(draw(names), mentions=draw(st.lists(spans, max_size=4)), quotes=draw(st.integers(0, 3)))
                for _ in range(draw(st.integers(0, 3)))]
    claims = [Claim(s, e, draw(st.text(max_size=8)), draw(st.none() | st.floats(allow_nan=True)),
                    draw(st.none() | st.sampled_from(["%", "GBP", "jobs", ""])), "count",
                    low=draw(st.none() | st.floats()), high=draw(st.none() | st.floats()),
                    direction=draw(st.sampled_from([None, "up", "down", "over", "under"])),
                    sentence_start=draw(offsets), sentence_end=draw(offsets))
              for s, e in draw(st.lists(spans, max_size=5))]
    entities = [Entity(s, e, "", "GPE") for s, e in draw(st.lists(spans, max_size=4))]
    return Analysis(quotes=quotes, speakers=speakers, claims=claims, entities=entities)


@settings(max_examples=300, deadline=None)
@given(
    hostile_text, st.none() | analyses(), st.integers(1, 120), st.none() | spans,
    st.lists(spans, max_size=4), st.sets(st.sampled_from(LAYERS)), st.none() | st.sets(names),
)
def test_highlight_and_wrap_never_raise_and_lines_tile_the_text(text, analysis, width, mark, matches, layers, focus):
    # Article text is always cleaned first; Content itself drops BS, BEL, VT, FF and CR,
    # which would shift every offset of raw text.
    text = strip_controls(text)
    options = HighlightOptions(mark=mark, matches=matches, layers=layers, focus=focus)
    content = highlight(text, analysis, options)
    assert content.plain == text
    assert all(0 <= span.start <= span.end <= len(text) for span in content.spans)
    lines = wrap_offsets(text, width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        assert start == end or (start == end + 1 and text[end] == "\n")
    assert all(s <= e and "\n" not in text[s:e] for s, e in lines)
    # The view cuts the highlighted text at every line boundary: that must work too.
    cuts = sorted({o for line in lines for o in line} - {0, len(text)})
    assert "".join(piece.plain for piece in content.divide(cuts)) == text


@settings(max_examples=200, deadline=None)
@given(hostile_text, analyses(), st.integers(1, 80))
def test_labels_never_raise(text, analysis, width):
    for claim in analysis.claims:
        assert "\n" not in claim_context(text, claim, width)
        value_text(claim)
    lines = title_lines(text, width)
    assert 1 <= len(lines) <= 2


@settings(max_examples=500)
@given(hostile_text)
def test_strip_controls_is_idempotent_and_leaves_no_control(text):
    clean = strip_controls(text)
    assert strip_controls(clean) == clean
    assert forbidden(clean) == []
    assert "\x1b" not in clean and "\r" not in clean
    clean.encode("utf-8")  # no lone surrogate is left to break hashing and storage


@settings(max_examples=300, deadline=None)
@given(hostile_text, hostile_text)
def test_cleaning_never_raises_and_leaves_no_control(title, body):
    raw = f"{title}\n\n{body}"
    try:
        article = article_from_text(raw, "x.txt")
    except ValueError:
        # Refused only when cleaning leaves no body text at all.
        assert not clean_text(strip_controls(raw)).text.strip()
        return
    assert forbidden(article.text) == [] and forbidden(article.title) == []
    assert article.text.strip() and len(article.text_hash) == 64


NUMBER_PIECES = ["1", "0", "84,000", ".5", "1.2.3", "m", "bn", "%", "-", "–", "and", "a", "half", "two-thirds",
                 "hundred", "thousands", "of", "between", "to", "in", "one", "ninety-nine", "dozen", "p", ",", "9" * 400]
number_text = st.one_of(st.text(), st.lists(st.sampled_from(NUMBER_PIECES), max_size=8).map(" ".join))


@settings(max_examples=500)
@given(number_text)
def test_number_parsing_never_raises(text):
    numbers.digits_value(text)
    numbers.split_suffix(text)
    numbers.word_number(text)
    numbers.is_number_word(text)
    numbers.fraction_value(text)
    words = numbers.words_of(text)
    numbers.parse_words(words)
    numbers.parse_words(text.split())
    numbers.parse_amount(text)


FIRST = ["Ann", "Tom", "Rosa", "Wei", "Olu", "Marta"]
LAST = ["Ruiz", "Okafor", "Delgado", "Chen", "Hughes", "Novak"]
VERBS = ["said", "warned", "added", "told reporters", "claimed"]
THINGS = ["buses", "jobs", "homes", "schools", "beds", "people"]


@st.composite
def sentences(draw) -> str:
    """News-like sentences: quotes, names, numbers, percentages and money, in any order."""
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    number = draw(st.one_of(st.integers(0, 10**9).map(lambda n: f"{n:,}"), st.sampled_from(["two", "a third of", "half"])))
    thing = draw(st.sampled_from(THINGS))
    verb = draw(st.sampled_from(VERBS))
    forms = [
        f'"We will cut {number} {thing} this year," {name} {verb}.',
        f'{name} {verb} that {number} {thing} were lost, a rise of {draw(st.integers(0, 999))}%.',
        f'"It is {draw(st.sampled_from(["“unfair”", "wrong", "[bold]bad[/]"]))}," {verb.split()[0]} {name}, '
        f'adding that £{draw(st.integers(1, 999))}m had gone.',
        f"About {number} {thing} were counted in {draw(st.integers(1900, 2030))}, {name} {verb}.",
        f'{name}: "{number} {thing}!"',
    ]
    return draw(st.sampled_from(forms))


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentences(), min_size=1, max_size=6).map(" ".join))
def test_analysis_offsets_match_the_text(nlp, text):
    from tui_reader.analysis.pipeline import analyze_text

    check_offsets(text, analyze_text(text))
