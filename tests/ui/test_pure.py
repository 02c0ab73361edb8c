"""The pure parts of the UI: highlighting, wrapping, labels, action specs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui_reader.analysis.model import Analysis, Claim, Entity, Quote, Speaker
from tui_reader.figures import format_number, value_text
from tui_reader.ui.actions import ACTIONS, bindings, configure_keys, groups
from tui_reader.ui.highlight import HighlightOptions, highlight
from tui_reader.ui.labels import claim_context
from tui_reader.ui.wrap import wrap_offsets

TEXT = 'Jo Bloggs said: "Cuts of 40% are [bold]wrong[/]." It was "awful", he added, in Leeds.'


def analysis() -> Analysis:
    quote = TEXT.index("Cuts")
    scare = TEXT.index("awful")
    claim = TEXT.index("40%")
    leeds = TEXT.index("Leeds")
    return Analysis(
        quotes=[
            Quote(quote, TEXT.index('."'), TEXT[quote:TEXT.index('."')], "direct", "Jo Bloggs"),
            Quote(scare, scare + 5, "awful", "scare", None),
        ],
        speakers=[Speaker("Jo Bloggs", mentions=[(0, 9)], quotes=1)],
        claims=[Claim(claim, claim + 3, "40%", 40, "%", "percent", speaker="Jo Bloggs", sentence_start=0, sentence_end=49)],
        entities=[Entity(leeds, leeds + 5, "Leeds", "GPE")],
    )


def style_at(content, needle: str):
    return content.get_style_at_offset(TEXT.index(needle))


def test_highlight_keeps_markup_literal_and_marks_each_kind():
    content = highlight(TEXT, analysis())
    assert content.plain == TEXT  # "[bold]" is text, not markup
    assert style_at(content, "Bloggs").bold
    assert style_at(content, "Cuts").italic
    assert style_at(content, "40%").underline and style_at(content, "40%").bold
    assert style_at(content, "awful").dim and style_at(content, "awful").italic
    assert style_at(content, "Leeds").underline and not style_at(content, "Leeds").bold
    assert not style_at(content, "he added").italic


def test_focus_dims_other_speakers_and_mark_reverses():
    other = highlight(TEXT, analysis(), HighlightOptions(focus={"Someone Else"}, mark=(0, 2)))
    assert style_at(other, "Cuts").dim and not style_at(other, "Cuts").italic
    assert style_at(other, "Jo").reverse
    own = highlight(TEXT, analysis(), HighlightOptions(focus={"Jo Bloggs"}))
    assert style_at(own, "Cuts").italic and not style_at(own, "Cuts").dim


def test_no_analysis_is_plain_text():
    assert highlight(TEXT, None).spans == []


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from("ab cd\n\t漢é"), max_size=200), st.integers(1, 30))
def test_wrapped_lines_tile_the_text(text, width):
    lines = wrap_offsets(text, width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        # A soft wrap continues where the line ended; a hard one skips exactly one "\n".
        assert start == end or (start == end + 1 and text[end] == "\n")
    assert all(s <= e and "\n" not in text[s:e] for s, e in lines)
    # Only a double-width character may overflow a one-cell pane.
    assert all(cell_len(text[s:e].rstrip()) <= max(width, 2) for s, e in lines)


def test_wrapping_respects_width():
    text = "one two three four five six seven eight nine ten " * 3
    for start, end in wrap_offsets(text, 12):
        assert len(text[start:end].rstrip()) <= 12


def test_claim_labels():
    assert format_number(12500) == "12,500"
    assert format_number(2.5) == "2.5"
    claim = analysis().claims[0]
    assert value_text(claim) == "40%"
    ranged = Claim(0, 3, "2-3m", 2e6, "people", "count", low=2e6, high=3e6, direction="over")
    assert value_text(ranged) == "> 2,000,000–3,000,000 people"
    money = Claim(0, 3, "£3m", 3e6, "GBP", "money", approx=True, direction="up")
    assert value_text(money) == "~£3,000,000 ↑"
    context = claim_context(TEXT, claim, 16)
    assert "40%" in context and context.startswith("…")
    assert not context.strip("…").startswith(("uts", "ts"))  # cut at a word boundary


def test_every_action_is_bound_grouped_and_unique():
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    assert sum(len(specs) for _, specs in groups()) == len(ACTIONS)
    owners = {owner for spec in ACTIONS for owner in spec.owners}
    assert owners == {"app", "screen", "corpus", "prompt", "help", "list", "text", "sidebar", "table"}
    # The keys in force in one place: the app's, the screen's (or a corpus view's) and one widget's.
    for screen in ("screen", "corpus"):
        for widget in ("list", "text", "sidebar", "table"):
            keys = [k for owner in ("app", screen, widget) for b in bindings(owner) for k in b.key.split(",")]
            assert len(keys) == len(set(keys)), (screen, widget)
    assert all(b.id for owner in owners for b in bindings(owner))  # every binding can be remapped


def test_one_keymap_entry_moves_a_key_for_every_owner():
    specs, keymap, warnings = configure_keys({"cursor_down": "u", "next-claim": "x", "no_such_thing": "z"})
    assert keymap == {"cursor-down": "u", "next-claim": "x"}
    assert warnings == ["settings: no action called 'no_such_thing'; its keys were ignored"]
    moved = next(s for s in specs if s.id == "cursor-down")
    assert moved.keys == "u" and moved.display_keys == "u" and len(moved.owners) == 4
    assert next(s for s in ACTIONS if s.id == "cursor-down").keys == "j,down"  # the defaults stay as they were


def test_date_sort_puts_newest_first_and_undated_last():
    from tui_reader.corpus.article import Article
    from tui_reader.ui.logic.listing import sorted_articles

    items = [
        Article("a", "A", "a", date="2024-01-05"),
        Article("b", "B", "b"),
        Article("c", "C", "c", date="2025-03-01T10:00:00"),
        Article("d", "D", "d", date="2023-12-31"),
    ]
    assert [a.source for a in sorted_articles(items, "date", {})] == ["c", "a", "d", "b"]
    assert [a.source for a in sorted_articles(items, "claims", {})] == ["a", "b", "c", "d"]
