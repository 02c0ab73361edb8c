"""Cleaning scraped text: repeats, pulled quotes, page furniture, headlines, titles."""

from tui_reader.corpus.clean import clean_text, make_title, split_paragraphs

BODY = [
    "The council approved the new bus lanes on Tuesday after a two-hour debate.",
    '"This is the right decision for commuters and for the city," the transport chief said.',
    "Opponents said the scheme would push traffic into residential streets nearby.",
]


def test_body_pasted_twice_is_kept_once():
    raw = "\n".join(BODY + BODY)
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n\n") == BODY
    assert any("repeated" in note for note in cleaned.notes)


def test_pulled_quote_at_top_is_dropped_and_kept_in_context():
    raw = "\n".join([BODY[1]] + BODY)
    paragraphs = clean_text(raw).text.split("\n\n")
    assert paragraphs == BODY  # the quote survives once, where the story tells it


def test_pulled_quote_before_a_body_pasted_twice():
    pulled = BODY[-1]
    raw = "\n".join([pulled] + BODY + BODY + ["Comment"])
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n\n") == BODY
    assert any("Comment" in note for note in cleaned.notes)


def test_trailing_navigation_word_is_dropped_but_prose_is_not():
    assert clean_text("\n".join(BODY + ["Comment"])).text.split("\n\n") == BODY
    assert clean_text("\n".join(BODY + ["Share this story"])).text.split("\n\n") == BODY
    # A real last sentence is prose, even when its words could be link labels.
    assert clean_text("\n".join(BODY + ["More to follow."])).text.endswith("More to follow.")


def test_short_repeated_lines_are_not_deduplicated():
    raw = "\n".join(["He declined to comment.", BODY[0], "He declined to comment."])
    assert clean_text(raw).text.count("He declined to comment.") == 2


def test_headline_on_first_line_followed_by_blank_line():
    raw = "Council backs bus lanes\n\n" + "\n\n".join(BODY)
    cleaned = clean_text(raw)
    assert cleaned.headline == "Council backs bus lanes"
    assert cleaned.text.startswith("The council approved")


def test_first_paragraph_is_not_mistaken_for_a_headline():
    raw = BODY[0] + "\n\n" + BODY[2]
    cleaned = clean_text(raw)
    assert cleaned.headline is None
    assert cleaned.text.startswith(BODY[0])


def test_hard_wrapped_newswire_is_reflowed_into_paragraphs():
    raw = (
        "Showers continued throughout the week in\n"
        "the cocoa zone, easing the drought since early\n"
        "January and improving prospects for the crop.\n"
        "    The dry period means the harvest will be late\n"
        "this year, traders said on Friday in the capital.\n"
    )
    assert split_paragraphs(raw) == [
        "Showers continued throughout the week in the cocoa zone, easing the drought since early "
        "January and improving prospects for the crop.",
        "The dry period means the harvest will be late this year, traders said on Friday in the capital.",
    ]


def test_title_is_first_sentence_shortened_on_a_word_boundary():
    assert make_title(BODY[0]) == BODY[0]
    long = "Ministers are preparing an emergency package of measures to help households with energy bills this winter. More follows."
    title = make_title(long, limit=60)
    assert title.endswith("…") and len(title) <= 60
    assert long.startswith(title[:-1])
    assert not title[:-1].endswith(" ")
