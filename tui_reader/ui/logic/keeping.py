"""What the reader saves, as the screen uses it: marks, the place in an article, preferences.

Reading goes on whatever happens to the state file: without one every read answers as an
empty store would, and a failed write becomes a message to show, never an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from tui_reader.corpus.article import Article
from tui_reader.storage.state import Key, MarkSet, StateError, UserState

T = TypeVar("T")
NO_STATE = "Nothing can be saved: the state file could not be opened."


class Keeper:
    """The user's state behind the screen, opened (and checked) on first use."""

    def __init__(self, state: UserState | None | Callable[[], UserState | None]) -> None:
        self._open = state if callable(state) else (lambda: state)
        self._opened = False
        self._state: UserState | None = None
        self._place: tuple[str, int] | None = None

    @property
    def state(self) -> UserState | None:
        """The store; None when it could not be opened."""
        if not self._opened:
            self._opened = True
            self._state = self._open()
        return self._state

    def marks(self) -> tuple[MarkSet, MarkSet]:
        """The read and the bookmarked articles, as stored now (another instance may have changed them)."""
        if self.state is None:
            return MarkSet(), MarkSet()
        return self.state.read_keys(), self.state.bookmarks()

    def change(self, change: Callable[[UserState], T]) -> tuple[T | None, str | None]:
        """Apply a change to the state: its result, or the reason it failed."""
        if self.state is None:
            return None, NO_STATE
        try:
            return change(self.state), None
        except StateError as error:
            return None, str(error)

    def save_place(self, article: Article, offset: int) -> None:
        """Remember the place in an article when it moved; quietly (the next tick retries)."""
        place = (article.text_hash, offset)
        if self.state is None or place == self._place:
            return
        try:
            self.state.save_position(article, offset)
            self._place = place
        except StateError:
            self._place = None

    def last_place(self) -> tuple[Key, int] | None:
        """The article read last and the offset at the top of the screen then."""
        return self.state.last_position() if self.state is not None else None

    def pref(self, name: str) -> Any:
        """A saved preference, None when there is none."""
        return self.state.get_pref(name) if self.state is not None else None

    def set_pref(self, name: str, value: Any) -> str | None:
        """Save a preference; the reason it failed, if it did."""
        return self.change(lambda state: state.set_pref(name, value))[1]
