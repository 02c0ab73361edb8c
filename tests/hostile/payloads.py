"""Hostile strings for the tests of this folder, and checks of what may reach a screen.

Each payload is a string an article, a title, a file name or a speaker's name could
carry: markup that Rich or Textual would act on, terminal control sequences, invisible
characters that reorder or hide text, and text that is merely awkward to lay out.
"""

from __future__ import annotations

import re
import unicodedata

from tui_reader.corpus.sanitize import strip_controls

# name -> payload. The names are the test ids.
MARKUP = {
    "bold-red": "[bold red]LOUD[/bold red]",
    "click-quit": "[@click=app.quit]quit now[/]",
    "click-bell": "[@click=app.bell]ring[/]",
    "click-screen": "[@click=screen.clear]clear[/]",
    "click-help": "[@click=app.help]help[/]",
    "close-all": "[/]",
    "close-named": "[/bold]",
    "link": "[link=https://evil.example/x]click me[/link]",
    "link-js": "[link='javascript:alert(1)']js[/link]",
    "unclosed": "[bold",
    "background": "[on red]block[/on red]",
    "variable": "[$accent]themed[/]",
    "escaped": r"\[not a tag]",
    "double-bracket": "[[bold]]",
    "emoji-code": ":warning: :thumbs_up:",
    "braces": "{0} {name} %s",
}
CONTROLS = {
    "csi-colour": "\x1b[31mRED\x1b[0m",
    "csi-clear": "\x1b[2J\x1b[H",
    "csi-cursor": "\x1b[10;10Hmoved\x1b[5A",
    "csi-alt-screen": "\x1b[?1049h",
    "csi-report": "\x1b[6n",
    "osc52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "osc8-link": "\x1b]8;;https://evil.example\x1b\\linked\x1b]8;;\x1b\\",
    "osc-title": "\x1b]0;pwned\x07",
    "dcs": "\x1bP+q544e\x1b\\",
    "reset": "\x1bc",
    "bell": "ding\x07\x07",
    "c1-csi": "\x9b31mC1\x9b0m",
    "c1-osc": "\x9d0;c1 title\x9c",
    "c1-nel": "a\x85b",
    "backspace": "abc\x08\x08\x08XYZ",
    "carriage-return": "safe\roverwritten",
    "nul": "nul\x00byte",
    "del": "del\x7fete",
    "vertical-tab": "a\x0bb\x0cc",
    "lone-esc": "end\x1b",
}
INVISIBLE = {
    "bidi-override": "\u202eevil.exe\u202c",
    "bidi-isolates": "\u2066a\u2067b\u2068c\u2069",
    "bidi-marks": "x\u200ey\u200fz",
    "zero-width": "zero\u200bwidth\u2060join\ufeff",
    "lone-surrogate": "half \ud800 pair \udfff",
}
AWKWARD = {
    "long-line": "word" * 5000,
    "combining": "Z" + "\u0301\u0316\u0327" * 40,
    "emoji": "👩‍👩‍👧‍👦 🇬🇧 🤷🏽‍♀️ 🎉",
    "rtl-arabic": "قال الوزير إن الميزانية ارتفعت",
    "rtl-hebrew": "אמר השר",
    "wide-cjk": "首相は声明を発表した",
    "tabs": "a\tb\t\tc",
}
PAYLOADS: dict[str, str] = {**MARKUP, **CONTROLS, **INVISIBLE, **AWKWARD}

# What must never reach the terminal: C0 (but newline and tab), DEL, C1, bidi
# embeddings, overrides and isolates, zero-width spaces, BOMs and lone surrogates.
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)


def forbidden(text: str) -> list[str]:
    """The forbidden characters in a text, as their code points (empty: clean)."""
    return [f"U+{ord(c):04X}" for c in FORBIDDEN.findall(text)]


def visible(payload: str) -> str:
    """The part of a payload a reader should still see: the payload without its controls."""
    return strip_controls(payload)


def words(payload: str) -> list[str]:
    """The runs of letters and marks in a payload's visible part, to look for on screen.

    Screens wrap, pad and cut, so tests look for the visible words rather than the
    whole payload; markup tags keep their brackets in the words that carry them.
    """
    shown = visible(payload)
    return [w for w in re.split(r"\s+", shown) if w and not all(unicodedata.combining(c) for c in w)]
