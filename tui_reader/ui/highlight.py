"""Article text plus its Analysis in, styled ``Content`` out: pure, no widgets.

The article text is never parsed as markup: it becomes ``Content(text)`` and every
highlight is a span over it, so ``[bold]`` or ``[@click=app.quit]`` in an article is
shown as the characters it is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from textual.content import Content, Span
from textual.style import Style

from tui_reader.analysis.model import Analysis
from tui_reader.settings import LAYERS


def _parse(style: str) -> Style:
    return Style.parse(style)


@dataclass(frozen=True, slots=True)
class HighlightStyles:
    """The style of each kind of highlight.

    The defaults carry only non-colour cues, which is what a ``NO_COLOR`` terminal
    shows; the article view replaces them with its themed component styles, which add
    colour on top of the same cues.
    """

    palette: tuple[Style, ...] = (Style(),)
    """One colour per speaker, cycled; applied to that speaker's quotes and name."""
    direct: Style = field(default_factory=lambda: _parse("italic"))
    """Direct and partial quotes."""
    indirect: Style = field(default_factory=lambda: _parse("dim"))
    """Reported speech: quieter than a quote."""
    scare: Style = field(default_factory=lambda: _parse("dim italic"))
    """Scare quotes: nobody's words."""
    name: Style = field(default_factory=lambda: _parse("bold"))
    """Where the text names a speaker."""
    claim: Style = field(default_factory=lambda: _parse("bold underline"))
    """A claimed number."""
    entity: Style = field(default_factory=lambda: _parse("underline"))
    """Other named entities, subtly."""
    dimmed: Style = field(default_factory=lambda: _parse("dim"))
    """Quotes of everyone but the filtered speaker."""
    mark: Style = field(default_factory=lambda: _parse("reverse bold"))
    """The place the reader jumped to."""
    match: Style = field(default_factory=lambda: _parse("reverse"))
    """Words of the search."""




@dataclass(frozen=True, slots=True)
class HighlightOptions:
    """What to emphasise besides the analysis itself."""

    styles: HighlightStyles = field(default_factory=HighlightStyles)
    focus: Collection[str] | None = None
    """Names of the speaker being filtered for: their quotes stay bright, others dim."""
    mark: tuple[int, int] | None = None
    """A span to mark (reverse), e.g. the target of a jump."""
    layers: Collection[str] = LAYERS
    """The layers shown (see ``LAYERS``)."""
    matches: Sequence[tuple[int, int]] = ()
    """Search matches, shown over everything but the mark."""


def speaker_colours(analysis: Analysis) -> dict[str, int]:
    """Palette index of every speaker name and alias, in the order speakers are listed."""
    colours: dict[str, int] = {}
    for index, speaker in enumerate(analysis.speakers):
        for name in (speaker.name, *speaker.aliases):
            colours.setdefault(name, index)
    return colours


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def highlight(text: str, analysis: Analysis | None, options: HighlightOptions | None = None) -> Content:
    """The article text with spans for quotes, speaker names, claims, entities, matches and the mark.

    Later spans win where they overlap: entities, then quotes, names, claims, matches, the mark.
    Layers turned off in ``options.layers`` are left out.
    """
    options = options or HighlightOptions()
    styles = options.styles
    size = len(text)
    spans: list[Span] = []

    def add(start: int, end: int, style: Style) -> None:
        start, end = max(0, start), min(size, end)
        if start < end:
            spans.append(Span(start, end, style))

    if analysis is not None:
        colours = speaker_colours(analysis)
        focus = set(options.focus) if options.focus is not None else None

        def colour(name: str | None) -> Style:
            if name is None or name not in colours:
                return Style()
            return styles.palette[colours[name] % len(styles.palette)]

        def dimmed(name: str | None) -> bool:
            return focus is not None and name not in focus

        layers = set(options.layers)
        names = [m for s in analysis.speakers for m in s.mentions] if "speakers" in layers else []
        numbers = [(c.start, c.end) for c in analysis.claims] if "numbers" in layers else []
        for entity in analysis.entities if "entities" in layers else ():
            if not _overlaps(entity.start, entity.end, names + numbers):
                add(entity.start, entity.end, styles.entity)
        quotes = analysis.quotes if "quotes" in layers else []
        for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
            if quote.kind == "scare" or quote.speaker is None:
                style = styles.scare
            elif dimmed(quote.speaker):
                style = styles.dimmed
            elif quote.kind == "indirect":
                style = colour(quote.speaker) + styles.indirect
            else:
                style = colour(quote.speaker) + styles.direct
            add(quote.start, quote.end, style)
        for speaker in analysis.speakers if "speakers" in layers else ():
            in_focus = not dimmed(speaker.name)
            for start, end in speaker.mentions:
                add(start, end, (colour(speaker.name) if in_focus else Style()) + styles.name)
        for claim in analysis.claims if "numbers" in layers else ():
            add(claim.start, claim.end, styles.claim)
    for start, end in options.matches:
        add(start, end, styles.match)
    if options.mark is not None:
        add(*options.mark, styles.mark)
    return Content(text, spans)


def legend(styles: HighlightStyles) -> Content:
    """A one-line key to the highlights, drawn with the same styles as the text."""
    palette = styles.palette
    first = palette[0]
    second = palette[1 % len(palette)]
    parts: Iterable[tuple[str, Style] | str] = (
        ("Speaker", first + styles.name),
        " ",
        ("“quote”", first + styles.direct),
        " ",
        ("reported", second + styles.indirect),
        " ",
        ("‘scare’", styles.scare),
        " ",
        ("42%", styles.claim),
        " ",
        ("Place", styles.entity),
        " ",
        ("jump", styles.mark),
    )
    return Content.assemble(*parts)
