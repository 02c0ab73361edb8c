"""Quotation-mark pairing (text only, no parsing)."""

from __future__ import annotations

from tui_reader.analysis.speech.quotes import find_quote_runs, with_paired_apostrophes


def quoted(text: str) -> list[list[str]]:
    return [[text[s.start:s.end] for s in run.segments] for run in find_quote_runs(text)]


def test_straight_marks_pair():
    text = 'The mayor said the plan was "a disgrace" and left.'
    assert quoted(text) == [["a disgrace"]]


def test_curly_marks_pair():
    text = "\u201cWe will appeal,\u201d the club said."
    assert quoted(text) == [["We will appeal"]]


def test_single_curly_marks_quote_but_apostrophes_do_not():
    text = "The board\u2019s \u2018fresh start\u2019 pleased the workers\u2019 reps."
    assert quoted(text) == [["fresh start"]]


def test_straight_mark_between_letters_is_an_apostrophe():
    text = 'Scotland"s ministers called it "unworkable".'
    assert quoted(text) == [["unworkable"]]


def test_multi_paragraph_quote_continues_when_next_paragraph_reopens():
    text = 'She said: "Prices rose again.\n\n"Families are struggling." Then she left.'
    runs = find_quote_runs(text)
    assert len(runs) == 1
    assert text[runs[0].start:runs[0].end] == 'Prices rose again.\n\n"Families are struggling.'


def test_quote_reopened_mid_line_without_closing_is_one_run():
    text = 'He said: "We tried hard. "Next year we will win." The crowd cheered.'
    assert quoted(text) == [["We tried hard.", "Next year we will win."]]


def test_quote_split_by_cue_gives_two_runs():
    text = '"The bridge is safe," the engineer said. "It will reopen on Monday."'
    assert quoted(text) == [["The bridge is safe"], ["It will reopen on Monday."]]


def test_quote_inside_quote_is_not_a_new_run():
    text = 'She said: "They called it the "people\'s budget" at the time." Later she left.'
    assert quoted(text) == [['They called it the "people\'s budget" at the time.']]


def test_unmatched_mark_stops_at_paragraph_end():
    text = 'The firm said "profits will recover soon\n\nAnalysts were not convinced. Shares fell.'
    runs = find_quote_runs(text)
    assert len(runs) == 1
    assert runs[0].end <= text.index("\n")


def test_odd_number_of_marks_keeps_the_pairs():
    text = 'Fans sang "we are top" and "never again" all night. 6" of snow'
    assert quoted(text) == [["we are top"], ["never again"]]


WIRE = (
    "Shares in Harlow Mining Corp fell sharply after its chairman\n"
    'said "we do not expect Britain"s smelters to buy more ore this\n'
    'year, and output will be cut by a fifth."\n'
    "    The company said it would close two pits. \"This is a hard\n"
    'decision for everyone," a spokesman told reporters.\n'
    "    Analysts said the cut had been expected.\n"
)


def test_hard_wrapped_newswire_paragraphs_are_indented_blocks():
    from tui_reader.analysis.speech.quotes import paragraph_spans

    spans = paragraph_spans(WIRE)
    assert len(spans) == 3
    assert WIRE[spans[1][0]:].startswith("The company said")


def test_quote_runs_over_wrapped_lines_with_an_apostrophe_mark():
    runs = quoted(WIRE)
    assert runs[0] == ['we do not expect Britain"s smelters to buy more ore this\nyear, and output will be cut by a fifth.']
    assert runs[1] == ["This is a hard\ndecision for everyone"]
    assert len(runs) == 2


def test_lines_ending_in_sentences_stay_separate_paragraphs():
    from tui_reader.analysis.speech.quotes import paragraph_spans

    text = 'The mayor spoke.\nShe said "the roads will be fixed\nCouncillors were not convinced.'
    assert len(paragraph_spans(text)) == 3
    assert quoted(text) == [["the roads will be fixed"]]


def test_single_quoted_headline_and_scare_quotes():
    assert quoted("Minister 'will not quit' over row") == [["will not quit"]]
    text = "The drivers' union said the '90s were 'a lost decade' for rock 'n' roll fans."
    assert ["a lost decade"] in quoted(text)
    assert not any("90s" in q[0] or "union" in q[0] for q in quoted(text))


def test_straight_single_marks_inside_a_double_quote_are_left_alone():
    text = "He said: \"They called it the 'people's budget', and we agree.\" He left."
    assert quoted(text) == [["They called it the 'people's budget', and we agree."]]


def test_curly_and_straight_marks_mixed():
    text = "\u201cWe will fight on,\u201d the leader said. \"Nothing has changed.\""
    assert quoted(text) == [["We will fight on"], ["Nothing has changed."]]


def test_a_straight_mark_glued_to_the_full_stop_before_it_opens_a_quote():
    text = 'The hall went quiet as she walked in."It was unreal. Truly unreal," she said.'
    assert quoted(text) == [["It was unreal. Truly unreal"]]


def test_a_straight_mark_glued_to_a_stop_inside_an_open_quote_closes_it():
    text = 'He paused. "We lost."Nobody spoke after that.'
    assert quoted(text) == [["We lost."]]


def test_a_straight_mark_between_spaces_closes_the_open_quote():
    text = "\"She said she would be 'in charge,' \" said Tom Ruel. \"That worries me.\""
    assert quoted(text) == [["She said she would be 'in charge,'"], ["That worries me."]]


def test_doubled_marks_quote_like_one_mark():
    text = "''We will appeal,'' the club said. He called it ``a fiasco'' and ''a shame.''"
    assert quoted(with_paired_apostrophes(text)) == [["We will appeal"], ["a fiasco"], ["a shame."]]


def test_three_marks_or_inches_quote_nothing():
    assert quoted(with_paired_apostrophes("The sign read '''closed and the street was empty.")) == []
    assert quoted(with_paired_apostrophes("It has a 15'' screen and a 2'' speaker.")) == []


def test_paired_apostrophes_quote_like_a_double_mark():
    text = "''We will win,'' Ann Lane said. She called it ''a fresh start.''"
    masked = with_paired_apostrophes(text)
    assert len(masked) == len(text)
    runs = find_quote_runs(masked)
    assert [text[r.start:r.end] for r in runs] == ["We will win", "a fresh start."]


def test_a_lone_apostrophe_or_three_in_a_row_stay_as_they_are():
    text = "The voters' choice was 'clear''' to all."
    assert with_paired_apostrophes(text) == text


def test_a_quote_in_paired_apostrophes_has_its_speaker(speech):
    quotes, speakers = speech("''There is a practical puzzle here,'' said Ira Gold, an economist.")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("direct", "There is a practical puzzle here", "Ira Gold")]
