"""Making untrusted text safe to show: terminal control sequences and invisible controls go.

Article text is shown literally, never interpreted. Escape sequences (CSI, OSC such as
OSC 52 clipboard writes and OSC 8 links, DCS...) would act on the user's terminal, and
bidirectional overrides would make the text lie about its order, so they are removed
before the text reaches the analysis or the screen.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/PM/APC/SOS strings (terminated by
# BEL or ESC \), and two-character escapes. The 8-bit C1 forms are matched too.
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]            # CSI ... final byte
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])      # OSC, DCS, SOS, PM, APC ...
    .*?(?:\x07|\x1b\\|\x9c|$)                   # ... up to BEL or ST (or end of text)
  | \x1b[@-Z\\-_]                               # other two-character escapes
  | \x1b                                        # a lone ESC
    """,
    re.VERBOSE | re.DOTALL,
)

# C0 controls except tab and newline, DEL, C1 controls, invisible format characters
# that reorder or hide text (bidi embeddings/overrides/isolates, zero-width joiners kept
# out), and lone surrogates: a JSON "\ud800" escape decodes to one, and text holding
# one cannot be encoded, so hashing or storing it would fail.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f"
    "\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ud800-\udfff\ufeff\ufff9-\ufffb]"
)


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and invisible control characters.

    Carriage returns become newlines first, so a CR-only file keeps its line breaks.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Every escape sequence starts with a character of _CONTROLS (ESC or a C1 control),
    # so clean text, nearly all of it, skips the slower escape pattern.
    if not _CONTROLS.search(text):
        return text
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)
