"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, Windows and Latin-1 text."""

from __future__ import annotations

import codecs
import re

# How much of a file is looked at to tell binary from text and one format from another.
SNIFF_BYTES = 8192

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures of common binary formats whose first bytes hold no NUL.
_MAGIC = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"\x1f\x8b",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"SQLite format 3\x00", b"OggS",
    b"\xd0\xcf\x11\xe0", b"{\\rtf1",
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when NULs fall in every other byte, as in UTF-16 text.

    Mostly-Latin text in UTF-16 has a NUL as the high byte of nearly every character;
    binary data has NULs scattered on both sides.
    """
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    # A few NULs on the other side are characters such as U+4E00 (low byte zero).
    if odd >= pairs * 0.6 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def binary_reason(head: bytes) -> str | None:
    """Why the data (its first block) is not text, or None when it may be text."""
    if bom_encoding(head) or utf16_without_bom(head):
        return None
    if head.startswith(_MAGIC):
        return "binary file (PDF, image, archive or other non-text format)"
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    return None


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-16 by its NULs, strict UTF-8, then detection.

    Raises ``ValueError`` for data that looks binary.
    """
    encoding = bom_encoding(data) or utf16_without_bom(data[:SNIFF_BYTES])
    if encoding:
        return data.decode(encoding, errors="replace")
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        raise ValueError(reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_STRAY.findall(text))
    if bad <= max(8, len(data) // 50) or _mostly_utf8(text, bad) or _isolated_high_bytes(data):
        # UTF-8 with a few stray bytes (an edit in another editor, a pasted £ in
        # Latin-1), or Western European text in Latin-1/cp1252: each stray byte is read
        # as cp1252, the rest stays UTF-8. Detectors guess wildly on little evidence (a
        # lone £ reads as Japanese; French in Latin-1 reads as Czech), while cp1252 covers
        # Latin-1's printable range plus the curly quotes Windows editors produce.
        return _STRAY.sub(_as_cp1252, text)
    # Deferred: charset detection is only needed for the rare file that is neither
    # UTF-8 nor mostly ASCII, and importing it costs time at start-up.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary file (no text encoding fits)")
    return str(best)


# Bytes that are not UTF-8, as "surrogateescape" decoding leaves them.
_STRAY = re.compile("[\udc80-\udcff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
_HIGH_IN_WORD = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")


def _mostly_utf8(text: str, bad: int) -> bool:
    """Whether real multi-byte UTF-8 characters outnumber the stray bytes.

    Other multi-byte encodings (Shift-JIS, GBK) form a valid UTF-8 sequence only now
    and then, among many invalid ones.
    """
    return sum(ord(char) > 0x7F for char in _STRAY.sub("", text)) >= bad


def _isolated_high_bytes(data: bytes) -> bool:
    """Whether non-ASCII bytes stand alone inside words, as accented letters do in Western text.

    Cyrillic, Greek or Asian text in a single- or double-byte encoding has whole words
    of non-ASCII bytes in a row, or pairs next to ASCII punctuation.
    """
    high = sum(byte >= 0x80 for byte in data)
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(data))
    in_words = len(_HIGH_IN_WORD.findall(data))
    return in_runs <= high * 0.2 and in_words >= high * 0.7


def _as_cp1252(match: re.Match) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return byte.decode("latin-1")


def head_text(head: bytes) -> str:
    """The first block of a file as text, for sniffing: never raises, may end mid-character."""
    encoding = bom_encoding(head) or utf16_without_bom(head) or "utf-8"
    return head.decode(encoding, errors="replace").lstrip("\ufeff")


def whole_lines(data: bytes) -> bytes:
    """Data cut short, trimmed back to its last line break (or space).

    A cut inside a multi-byte character would make strict UTF-8 fail and the whole text
    fall back to a wrong single-byte reading. UTF-16 text is left alone: it decodes with
    replacement, and cleaning drops at most a broken last character.
    """
    if bom_encoding(data) or utf16_without_bom(data[:SNIFF_BYTES]):
        return data
    for sep in (b"\n", b" "):
        cut = data.rfind(sep)
        if cut > 0:
            return data[: cut + 1]
    return data
