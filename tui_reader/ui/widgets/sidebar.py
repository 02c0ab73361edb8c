"""The right pane: the open article's speakers and claims; Enter jumps to one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui_reader.analysis.corpus_wide.identity import Person
from tui_reader.analysis.model import Analysis, Speaker
from tui_reader.corpus.article import Article
from tui_reader.figures import plural, value_text
from tui_reader.ui.actions import bindings
from tui_reader.ui.labels import claim_context, date_claims, listed_claims
from tui_reader.ui.widgets.batched import BatchedRefill
from tui_reader.ui.widgets.highlight_styles import HIGHLIGHT_COMPONENTS, ThemedHighlights


def speaker_target(analysis: Analysis, speaker: Speaker) -> tuple[int, int] | None:
    """Where Enter on a speaker goes: their first quote, else the first time they are named."""
    names = {speaker.name, *speaker.aliases}
    quotes = sorted((q.start, q.end) for q in analysis.quotes if q.speaker in names and q.kind != "scare")
    if quotes:
        return quotes[0]
    return min(speaker.mentions) if speaker.mentions else None


class Sidebar(BatchedRefill, ThemedHighlights, OptionList, inherit_bindings=False):
    """Speakers, then claims, then dates of the open article.

    Option ids say what an entry is: ``speaker:<i>``, ``claim:<i>`` (index into the
    listed claims) or ``date:<i>``. The entry whose span is marked in the text shows a
    pointer, wherever the jump came from.
    """

    # The speaker colours of the text, so each name here is also the key to its quotes.
    COMPONENT_CLASSES: ClassVar[set[str]] = set(HIGHLIGHT_COMPONENTS)
    BINDINGS = bindings("sidebar")

    article: reactive[Article | None] = reactive(None)
    """The open article."""
    analysis: reactive[Analysis | None] = reactive(None)
    """Its analysis."""
    speaker_filter: reactive[Person | None] = reactive(None)
    """The filtered person, flagged in the speaker list."""
    mark: reactive[tuple[int, int] | None] = reactive(None)
    """The span marked in the text."""
    _bodies: dict[str, tuple[Content, ...]] = {}  # replaced whole by each refill, never mutated
    selected: reactive[str | None] = reactive(None)
    """The id of the entry last jumped to, shown with a pointer."""

    @dataclass
    class JumpRequested(Message):
        """Scroll the text to this span and mark it."""

        start: int
        end: int
        entry: str

    @dataclass
    class SpeakerHighlighted(Message):
        """The cursor is on a speaker (None: on something else)."""

        name: str | None

    def entry_ids(self) -> list[str]:
        """The ids of every selectable entry, in display order."""
        return [o.id for o in self.options if o.id is not None]

    def speaker_at(self, entry: str | None) -> Speaker | None:
        """The speaker an entry id stands for."""
        if self.analysis is None or not entry or not entry.startswith("speaker:"):
            return None
        return self.analysis.speakers[int(entry.split(":")[1])]

    def highlighted_speaker(self) -> Speaker | None:
        """The speaker under the cursor, if any."""
        option = self.highlighted_option
        return self.speaker_at(option.id if option else None)

    def select_entry(self, entry: str) -> None:
        """Move the cursor to an entry and show it as the selected one."""
        self.selected = entry
        if entry in self.entry_ids():
            self.highlighted = self.get_option_index(entry)

    def _header(self, text: str) -> Option:
        return Option(Content.styled(text, "bold $text-accent"), disabled=True)

    def _pointer(self, entry: str) -> Content:
        return Content.styled("▶ " if entry == self.selected else "  ", "bold $text-accent")

    def _prompt(self, entry: str) -> Content:
        first, *rest = self._bodies[entry]
        return Content("\n").join([Content.assemble(self._pointer(entry), first), *rest])

    def _add(self, options: list[Option], entry: str, *lines: Content) -> None:
        # The pointer is kept apart, so moving it redraws two entries, not the list.
        self._bodies[entry] = lines
        options.append(Option(self._prompt(entry), id=entry))

    def watch_mark(self, mark: tuple[int, int] | None) -> None:
        # The pointer follows the mark: kept on the entry jumped to, moved to the claim
        # c/C marked, gone when the mark is cleared or is no entry's.
        if mark is None or self.analysis is None:
            self.selected = None
        elif self.selected is None or self.target_of(self.selected) != mark:
            claims = listed_claims(self.analysis)
            found = next((f"claim:{i}" for i, c in enumerate(claims) if (c.start, c.end) == mark), None)
            if found is None:
                self.selected = None
            else:
                self.select_entry(found)

    def watch_selected(self, old: str | None, new: str | None) -> None:
        for entry in (old, new):
            if entry in self._bodies:
                self.replace_option_prompt(entry, self._prompt(entry))

    def _refill(self) -> None:
        if not self.is_mounted:
            return
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option] = []
        self._bodies = {}
        analysis, article = self.analysis, self.article
        if article is None or analysis is None:
            options.append(self._header("Analyzing…" if article is not None else "No article"))
        else:
            text = article.text
            options.append(self._header(f"Speakers ({len(analysis.speakers)})"))
            styles = self.highlight_styles()
            for index, speaker in enumerate(analysis.speakers):
                entry = f"speaker:{index}"
                filtered = self.speaker_filter is not None and speaker.name in self.speaker_filter.names
                line = Content.assemble(
                    (speaker.name, styles.palette[index % len(styles.palette)] + styles.name),
                    (" ⚑" if filtered else "", "bold $text-warning"),
                )
                role = f"{speaker.role} · " if speaker.role else ""
                detail = Content.styled(f"    {role}{plural(speaker.quotes, 'quote')}", "$text-muted")
                # Long roles would wrap under the name; one line per detail keeps the list scannable.
                detail = detail.truncate(max(12, self.scrollable_content_region.width - 1), ellipsis=True)
                self._add(options, entry, line, detail)
            claims = listed_claims(analysis)
            options.append(self._header(f"Claims ({len(claims)})"))
            for index, claim in enumerate(claims):
                entry = f"claim:{index}"
                line = Content.assemble(
                    (value_text(claim), "bold underline"),
                    (f" · {claim.speaker or 'the article'}", "$text-muted"),
                )
                context = Content.styled(
                    f"    {claim_context(text, claim, max(12, self.scrollable_content_region.width - 6))}",
                    "$text-muted",
                )
                self._add(options, entry, line, context)
            dates = date_claims(analysis)
            if dates:
                options.append(self._header(f"Dates ({len(dates)})"))
                for index, claim in enumerate(dates):
                    entry = f"date:{index}"
                    iso = f"  {claim.iso}" if claim.iso and claim.iso != claim.text else ""
                    self._add(options, entry, Content.assemble(claim.text, (iso, "$text-muted")))
        self.set_options(options)
        ids = self.entry_ids()
        if keep in ids:
            self.highlighted = self.get_option_index(keep)
        elif ids:
            self.highlighted = self.get_option_index(ids[0])
        self.border_title = "Speakers & claims"

    def target_of(self, entry: str) -> tuple[int, int] | None:
        """The text span an entry stands for."""
        if self.analysis is None:
            return None
        kind, _, number = entry.partition(":")
        index = int(number)
        if kind == "speaker":
            speakers = self.analysis.speakers
            return speaker_target(self.analysis, speakers[index]) if index < len(speakers) else None
        claims = listed_claims(self.analysis) if kind == "claim" else date_claims(self.analysis)
        return (claims[index].start, claims[index].end) if index < len(claims) else None

    def on_mount(self) -> None:
        for name in ("analysis", "speaker_filter"):
            self.watch(self, name, self._schedule_refill, init=False)
        self._refill()

    def on_resize(self) -> None:
        self._schedule_refill()

    def notify_style_update(self) -> None:
        """Theme or CSS changed: the speakers' colours come from it."""
        super().notify_style_update()
        if self.is_mounted:
            self._schedule_refill()

    def watch_article(self) -> None:
        self.selected = None
        self._schedule_refill()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = event.option.id
        target = self.target_of(entry) if entry else None
        if entry and target is not None:
            self.selected = entry
            self.post_message(self.JumpRequested(target[0], target[1], entry))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        speaker = self.speaker_at(event.option.id)
        self.post_message(self.SpeakerHighlighted(speaker.name if speaker else None))
