"""Rebuilding a list once per batch of changes, however many inputs changed."""

from __future__ import annotations


class BatchedRefill:
    """Mixin for widgets whose contents derive from several reactives.

    Several inputs often change together (the article and its analysis): watchers call
    ``_schedule_refill`` and the widget's ``_refill`` runs once, after the batch.
    """

    _refill_pending = False

    def _schedule_refill(self) -> None:
        if not self._refill_pending:
            self._refill_pending = True
            self.call_later(self._run_refill)  # type: ignore[attr-defined]

    def _run_refill(self) -> None:
        self._refill_pending = False
        self._refill()

    def _refill(self) -> None:  # pragma: no cover - each widget defines it
        raise NotImplementedError
