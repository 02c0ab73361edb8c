"""Dates from feeds and exports, written as ISO 8601."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime

# Other formats seen in news exports besides ISO 8601, RFC 2822 and the newswire form
# below. Month names are matched case-insensitively by strptime.
_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%Y/%m/%d",
    "%d/%m/%Y",
)


# The newswire form, matched directly: strptime is slow across tens of thousands of records.
_WIRE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?)?\Z")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def _wire(value: str) -> datetime | None:
    match = _WIRE.match(value)
    month = _MONTHS.get(match.group(2).lower()) if match else None
    if match is None or not month:
        return None
    day, year = int(match.group(1)), int(match.group(3))
    hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _iso(moment: datetime) -> str:
    if (moment.hour, moment.minute, moment.second, moment.tzinfo) == (0, 0, 0, None):
        return moment.date().isoformat()
    return moment.replace(microsecond=0).isoformat()


def iso_date(value: str | None) -> str | None:
    """``value`` as ``YYYY-MM-DD`` or a full ISO timestamp; None when it is not a date."""
    if not value:
        return None
    value = value.strip()
    wire = _wire(value)
    if wire:
        return _iso(wire)
    try:
        return _iso(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # deferred: only files read from disk carry dates to parse

    try:
        return _iso(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return _iso(datetime.strptime(value, fmt))
        except ValueError:
            continue
    return None


def iso_from_struct(moment: time.struct_time | None) -> str | None:
    """A UTC ``struct_time`` (as feedparser gives) as an ISO timestamp."""
    if moment is None:
        return None
    try:
        return datetime(*moment[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None
