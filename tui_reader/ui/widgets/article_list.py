"""The left pane: the articles, with how many speakers and claims each has."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui_reader.ui.widgets.batched import BatchedRefill
from tui_reader.analysis.identity import Person
from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article
from tui_reader.ui.labels import article_counts


def quotes_person(analysis: Analysis | None, person: Person | None) -> bool:
    """Whether the person is quoted (or reported) anywhere in the analysis."""
    if person is None:
        return True
    if analysis is None:
        return False
    return any(q.speaker in person.names for q in analysis.quotes if q.kind != "scare")


class ArticleList(BatchedRefill, OptionList):
    """The corpus as a list; Enter opens the highlighted article."""

    articles: reactive[list[Article]] = reactive(list, always_update=True)
    """Every article of the corpus, in order."""
    analyses: reactive[dict[str, Analysis]] = reactive(dict, always_update=True)
    """Analyses known so far, by text hash."""
    speaker_filter: reactive[Person | None] = reactive(None)
    """Only articles quoting this person are listed, when set."""
    article: reactive[Article | None] = reactive(None)
    """The article open in the text pane, marked in the list."""
    progress: reactive[str] = reactive("")
    """Analysis progress, shown under the list."""

    @dataclass
    class ArticleChosen(Message):
        """The reader picked an article to open."""

        text_hash: str

    def visible_articles(self) -> list[Article]:
        """The articles listed now, after the speaker filter."""
        return [a for a in self.articles if quotes_person(self.analyses.get(a.text_hash), self.speaker_filter)]

    def _prompt(self, article: Article) -> Content:
        # Titles come from article files: plain Content, never markup.
        opened = self.article is not None and article.text_hash == self.article.text_hash
        title = Content.assemble(("● " if opened else "  ", "bold"), (article.title, "bold" if opened else ""))
        counts = Content.styled(f"  {article_counts(self.analyses.get(article.text_hash))}", "$text-muted")
        return Content("\n").join([title, counts])

    def _refill(self) -> None:
        if not self.is_mounted:
            return
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        visible = self.visible_articles()
        options: list[Option | None] = []
        for article in visible:
            options += [Option(self._prompt(article), id=article.text_hash), None]
        self.set_options(options[:-1])
        ids = [a.text_hash for a in visible]
        if keep in ids:
            self.highlighted = ids.index(keep)
        elif ids:
            self.highlighted = 0
        count = f"{len(visible)}/{len(self.articles)}"
        # The filter replaces the word "Articles" so the name fits the narrow border.
        self.border_title = f"⚑ {self.speaker_filter.name} {count}" if self.speaker_filter else f"Articles {count}"

    def on_mount(self) -> None:
        for name in ("articles", "analyses", "speaker_filter", "article"):
            self.watch(self, name, self._schedule_refill, init=False)
        self._refill()

    def watch_progress(self, progress: str) -> None:
        self.border_subtitle = progress

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ArticleChosen(event.option.id))
