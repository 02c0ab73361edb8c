"""The one paragraph splitter: what cleaning joins is what the quote finder reads as one paragraph."""

from __future__ import annotations

import pytest

from tui_reader.corpus.clean import clean_text
from tui_reader.corpus.paragraphs import is_hard_wrapped, paragraph_spans, split_paragraphs

# Newswire with one- and two-line paragraphs: most lines end a sentence, yet the
# indented starts show the lines were cut at a fixed width.
SHORT_WIRE = (
    "Harbourside Freight Corp (HFC) is\n"
    "raising 40 mln crowns through a three year private\n"
    "placement, the lead manager said on Tuesday.\n"
    "    The issue carries a coupon of 6-1/4\n"
    "pct and is priced at par.\n"
    "    Payment date is June 3 and the coupon date is June 4.\n"
    "    The notes will be listed in the capital.\n"
)

BULLETS = (
    "- Pay a fine of 200 crowns\n"
    "- Attend a course on road safety\n"
    "- Keep off the harbour front\n"
    "- Report to the station weekly\n"
)


def test_short_wire_paragraphs_are_joined_at_their_indented_starts():
    assert split_paragraphs(SHORT_WIRE) == [
        "Harbourside Freight Corp (HFC) is raising 40 mln crowns through a three year private "
        "placement, the lead manager said on Tuesday.",
        "The issue carries a coupon of 6-1/4 pct and is priced at par.",
        "Payment date is June 3 and the coupon date is June 4.",
        "The notes will be listed in the capital.",
    ]


@pytest.mark.parametrize(
    "block",
    [
        BULLETS,
        "Harbour plans unveiled\nSee the drawings below:\n",  # two lines: a heading and its line
        "The mayor spoke first.\nCouncillors answered her.\nThe vote was put off.\n",
    ],
    ids=["bullets", "two-lines", "sentences"],
)
def test_lines_that_are_not_wrapped_stay_paragraphs(block):
    lines = [line for line in block.split("\n") if line.strip()]
    assert not is_hard_wrapped(lines)
    assert split_paragraphs(block) == [line.strip() for line in lines]


def test_cleaning_and_quote_finding_read_the_same_paragraphs():
    from tui_reader.analysis.speech.quotes import paragraph_spans as quote_paragraphs

    assert quote_paragraphs is paragraph_spans
    spans = paragraph_spans(SHORT_WIRE)
    joined = [" ".join(SHORT_WIRE[s:e].split()) for s, e in spans]
    assert joined == split_paragraphs(SHORT_WIRE)
    assert clean_text(SHORT_WIRE, find_headline=False).text.split("\n\n") == joined
