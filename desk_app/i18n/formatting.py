"""Dates, times, numbers and office names as a Vietnamese office writes them: dd/mm/yyyy, HH:mm, 12.345, "Sở Tư pháp"."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

_DATE_PARTS: Final = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_DATE_COMPACT: Final = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")


def fmt_date(value: dt.date | None) -> str:
    """dd/mm/yyyy, or "" for no date."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


def fmt_day_month(value: dt.date) -> str:
    """dd/mm, for a day inside a range whose year is said once."""
    return f"{value.day:02d}/{value.month:02d}"


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


# --- Names of offices inside a sentence ------------------------------------------------------------------------
# A letterhead writes the office in capitals ("ỦY BAN NHÂN DÂN XÃ AN PHÚ"); a sentence writes it as NĐ 30/2020
# (Phụ lục II) capitalises names of bodies: the body's kind and the first word of each of its fields upper case, the
# rest lower ("Sở Tư pháp", "Sở Giáo dục và Đào tạo"), and a place's proper name in full ("xã An Phú").
_COUNCILS: Final = ("ủy ban nhân dân", "hội đồng nhân dân")
_ABBREVIATIONS: Final = (("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"))
# Levels of a place, longest first; what follows one is the place's proper name.
_PLACE_LEVELS: Final = ("thành phố", "thị trấn", "thị xã", "đặc khu", "xã", "phường", "tỉnh", "huyện", "quận")
# Kinds of body written as one unit with a capital first letter only ("Văn phòng", "Ban quản lý").
_BODY_KINDS: Final = (
    "ban quản lý", "văn phòng", "thanh tra", "trung tâm", "chi cục", "tổng cục", "bệnh viện", "công an",
    "sở", "ban", "phòng", "bộ", "cục", "viện", "trường", "đài", "báo",
)  # fmt: skip
# Names whose official spelling keeps a second capital.
_OFFICIAL: Final = {"công thương": "Công Thương"}


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _proper(words: list[str]) -> list[str]:
    return [_cap(w) for w in words]


def _starts(words: list[str], phrase: str) -> bool:
    return words[: len(phrase.split())] == phrase.split()


def _place(words: list[str]) -> list[str]:
    """ "xã an phú" → "xã An Phú"; a name without its level ("an phú") → "An Phú"."""
    for level in _PLACE_LEVELS:
        if _starts(words, level) and len(words) > len(level.split()):
            n = len(level.split())
            return words[:n] + _proper(words[n:])
    return _proper(words)


def _field(words: list[str]) -> list[str]:
    """ "tư pháp" → "Tư pháp", "giáo dục và đào tạo" → "Giáo dục và Đào tạo" ("và", "," and "-" start a new field)."""
    text = " ".join(words)
    for lower, official in _OFFICIAL.items():
        text = text.replace(lower, official.lower() + "\0")
    out: list[str] = []
    start = True
    for word in text.split():
        official_word = word.endswith("\0")
        word = word.rstrip("\0")
        if word in ("và", "-"):
            out.append(word)
            start = True
            continue
        out.append(_cap(word) if start or official_word else word)
        start = word.endswith(",")
    return out


def _split_place(words: list[str]) -> tuple[list[str], list[str]]:
    """The body's own words and the place it serves: "sở tư pháp tỉnh an giang" → (sở tư pháp, tỉnh an giang)."""
    for index in range(1, len(words)):
        rest = words[index:]
        if words[index - 1] in ("và", "-") or (rest[:2] == ["xã", "hội"]):
            continue
        if any(_starts(rest, level) and len(rest) > len(level.split()) for level in _PLACE_LEVELS):
            return words[:index], rest
    return words, []


def office_in_sentence(name: str) -> str:
    """ "ỦY BAN NHÂN DÂN XÃ AN PHÚ" → "Ủy ban nhân dân xã An Phú", "SỞ TƯ PHÁP" → "Sở Tư pháp".

    A name typed in mixed case is kept as typed: whoever typed it chose its capitals.
    """
    text = " ".join(name.split())
    if text != text.upper():
        return text
    words = text.lower().replace("uỷ", "ủy").split()
    for council in _COUNCILS:
        if _starts(words, council):
            n = len(council.split())
            return " ".join([_cap(words[0]), *words[1:n], *_place(words[n:])]).strip()
    body, place = _split_place(words)
    kind = next((k.split() for k in _BODY_KINDS if _starts(body, k)), body[:1])
    return " ".join([_cap(kind[0]), *kind[1:], *_field(body[len(kind) :]), *_place(place)]).strip()


def expanded_title(position: str) -> str:
    """ "Chủ tịch UBND xã" → "Chủ tịch Ủy ban nhân dân xã" (a document spells the body out)."""
    text = " ".join(position.split())
    for short, full in _ABBREVIATIONS:
        text = re.sub(rf"\b{short}\b", full, text)
    return text


def leader_title(head_title: str, office_name: str) -> str:
    """ "CHỦ TỊCH" of "ỦY BAN NHÂN DÂN XÃ AN PHÚ" → "Chủ tịch UBND xã An Phú" (the schedule's short form)."""
    title = " ".join(head_title.split())
    title = _cap(title.lower()) if title == title.upper() else title
    body = office_in_sentence(office_name)
    for short, full in _ABBREVIATIONS:
        if body.startswith(full + " "):
            body = short + body[len(full) :]
    return f"{title} {body}".strip()
