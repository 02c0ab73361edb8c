"""The one entry point of the analysis: cleaned text in, ``Analysis`` out.

Importing this module does not import spaCy; the pipeline loads on the first call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tui_reader.analysis.model import Analysis, Entity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# Bump whenever a change alters results: cached analyses of older versions are redone.
ANALYZER_VERSION = "0.5.0"

# Entity labels shown as "other entities"; numbers are the claims' business.
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}


def analyze_text(text: str) -> Analysis:
    """Analyze one cleaned article text."""
    return next(analyze_texts([text]))


def analyze_texts(texts: Iterable[str], batch_size: int = 16) -> Iterator[Analysis]:
    """Analyze many texts through ``nlp.pipe``, yielding results in order."""
    from tui_reader.analysis.nlp import get_nlp  # deferred: loads spaCy

    nlp = get_nlp()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield analyze_doc(doc)


def analyze_doc(doc: Doc) -> Analysis:
    """Run every rule over a parsed document."""
    from tui_reader.analysis.claims.asserted import assign_claim_speakers
    from tui_reader.analysis.claims.find import find_claims
    from tui_reader.analysis.speech.find import find_speech

    quotes, speakers = find_speech(doc)
    claims = find_claims(doc)
    assign_claim_speakers(doc, claims, quotes, speakers)
    entities = [
        Entity(ent.start_char, ent.end_char, ent.text, ent.label_)
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS
    ]
    return Analysis(quotes=quotes, speakers=speakers, claims=claims, entities=entities)

