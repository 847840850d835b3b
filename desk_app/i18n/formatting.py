"""Dates, times and numbers as a Vietnamese office writes them: dd/mm/yyyy, HH:mm, 12.345."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

_DATE_PARTS: Final = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_DATE_COMPACT: Final = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")


def fmt_date(value: dt.date | None) -> str:
    """dd/mm/yyyy, or "" for no date."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


def fmt_time(value: dt.time | None) -> str:
    """HH:mm, or "" for no time."""
    return f"{value.hour:02d}:{value.minute:02d}" if value else ""


def fmt_int(value: int) -> str:
    """Thousands separated by "." as Vietnamese documents write them: 12345 → "12.345"."""
    return f"{value:,}".replace(",", ".")


def fmt_book_no(number: int, year: int) -> str:
    """The line of the register: "12/2026"."""
    return f"{number}/{year}"


def parse_date(text: str) -> dt.date | None:
    """A typed date: dd/mm/yyyy (also "-" or "." and single digits) or ddmmyyyy; None when blank.

    Raises ValueError for anything else, including impossible dates such as 31/02/2026.
    """
    value = text.strip()
    if not value:
        return None
    match = _DATE_PARTS.fullmatch(value) or _DATE_COMPACT.fullmatch(value)
    if match is None:
        raise ValueError(value)
    day, month, year = (int(part) for part in match.groups())
    return dt.date(year, month, day)
