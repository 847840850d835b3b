"""Reading a Vietnamese reception rule ("thứ Năm tuần thứ 2 và 4", "ngày 05 và 20 hằng tháng") into a RecurrenceRule."""

from __future__ import annotations

import datetime as dt
import re
from typing import Unpack

from desk_app.domain.schedule import LAST_WEEK, PartOfDay, RecurrenceRule, RuleKind, RuleOptions
from desk_app.domain.text import search_key
from desk_app.errors import FieldError, ValidationError

FIELD = "pattern"

_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
_WEEKDAY_DIGITS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}
_ORDINALS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "cuoi": LAST_WEEK}
_ORD = r"(?:[1-5]|nhat|mot|hai|ba|tu|bon|nam|cuoi(?:\s+cung)?)"
_SEP = r"\s*(?:,|va|&)\s*"

_TIME = re.compile(
    r"(?:\b(?P<lead>tu|den|luc)\s+)?\b(?P<h>\d{1,2})\s*(?:h|gio|:)\s*(?P<m>\d{2})?(?:\s*phut)?\b"
)
_PART = (
    (re.compile(r"\bca ngay\b"), PartOfDay.CA_NGAY),
    (re.compile(r"\bsang\b"), PartOfDay.SANG),
    (re.compile(r"\bchieu\b"), PartOfDay.CHIEU),
)
_MONTH_DAYS = re.compile(rf"\bngay\s+(?P<days>\d{{1,2}}(?:(?:{_SEP}|\s*-\s*)(?:ngay\s+)?\d{{1,2}})*)\b")
_WEEKS = re.compile(
    rf"(?<!hang )(?<!moi )\btuan\s+(?:thu\s+)?(?P<weeks>{_ORD}(?:{_SEP}(?:tuan\s+)?(?:thu\s+)?{_ORD})*)\b"
)
_WEEKDAY = re.compile(r"\b(?:thu\s+(?P<word>hai|ba|tu|nam|sau|bay|[2-7])|(?P<sun>chu nhat|cn))\b")
_MONTHLY = re.compile(r"\b(?:hang|moi)\s+thang\b")
_WEEKLY = re.compile(r"\b(?:hang|moi)\s+tuan\b")
_FILLER = frozenset(
    [
        "vao",
        "cac",
        "buoi",
        "hang",
        "moi",
        "thang",
        "tuan",
        "cua",
        "va",
        "tu",
        "den",
        "luc",
        "trong",
        "ngay",
        "thoi",
        "gian",
        "tiep",
        "cong",
        "dan",
        "dinh",
        "ky",
        "lich",
    ]
)


def parse_rule_text(text: str, **options: Unpack[RuleOptions]) -> RecurrenceRule:
    """A rule from its Vietnamese phrase, with or without diacritics; `options` add validity and the holiday policy.

    Raises ValidationError on the field "pattern" ("empty", "unrecognised", "ambiguous") when the phrase cannot
    be read as exactly one rule; words it does not know are refused rather than ignored.
    """
    rest = " " + re.sub(r"[;.()/]", " , ", search_key(text)).replace(",", " , ") + " "
    if not rest.strip(" ,"):
        raise _error("empty")
    rest, start, end = _take_times(rest)
    rest, part = _take_part(rest)
    fields: dict[str, object] = {"part_of_day": part, "start_time": start, "end_time": end}
    fields.update(options)
    days_match = _MONTH_DAYS.search(rest)
    weeks_match = _WEEKS.search(rest)
    if days_match and weeks_match:
        raise _error("ambiguous")
    if days_match:
        days = tuple(int(n) for n in re.findall(r"\d{1,2}", days_match.group("days")))
        rest = _cut(rest, days_match)
        rest = _MONTHLY.sub(" ", rest)
        _check_leftover(rest)
        return _build(RuleKind.MONTH_DAYS, fields, month_days=tuple(sorted(set(days))))
    weeks: tuple[int, ...] = ()
    if weeks_match:
        weeks = tuple(_ORDINALS.get(tok.split()[0], 0) or int(tok) for tok in _ordinal_tokens(weeks_match))
        rest = _cut(rest, weeks_match)
    weekdays = tuple(sorted({_weekday(m) for m in _WEEKDAY.finditer(rest)}))
    if not weekdays:
        raise _error("unrecognised")
    rest = _WEEKDAY.sub(" ", rest)
    weekly = _WEEKLY.search(rest) is not None
    if weekly and weeks:
        raise _error("ambiguous")
    rest = _WEEKLY.sub(" ", _MONTHLY.sub(" ", rest))
    _check_leftover(rest)
    if weeks:
        ordered = tuple(sorted(set(weeks), key=lambda w: (w == LAST_WEEK, w)))
        return _build(RuleKind.MONTHLY_WEEKDAY, fields, weekdays=weekdays, weeks=ordered)
    return _build(RuleKind.WEEKLY, fields, weekdays=weekdays)


# internals ----------------------------------------------------------------------------------------------------
def _build(kind: RuleKind, fields: dict[str, object], **shape: tuple[int, ...]) -> RecurrenceRule:
    return RecurrenceRule(kind, **shape, **fields)  # type: ignore[arg-type]


def _take_times(rest: str) -> tuple[str, dt.time | None, dt.time | None]:
    found = list(_TIME.finditer(rest))
    if len(found) > 2:
        raise _error("ambiguous")
    times: list[tuple[str | None, dt.time]] = []
    for match in found:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        if hour > 23 or minute > 59:
            raise _error("unrecognised")
        times.append((match.group("lead"), dt.time(hour, minute)))
    for match in reversed(found):
        rest = _cut(rest, match)
    if len(times) == 2:
        return rest, times[0][1], times[1][1]
    if len(times) == 1:
        lead, value = times[0]
        return (rest, None, value) if lead == "den" else (rest, value, None)
    return rest, None, None


def _take_part(rest: str) -> tuple[str, PartOfDay | None]:
    hits = [(pattern, part) for pattern, part in _PART if pattern.search(rest)]
    if len(hits) > 1:
        raise _error("ambiguous")
    if not hits:
        return rest, None
    pattern, part = hits[0]
    return pattern.sub(" ", rest), part


def _ordinal_tokens(match: re.Match[str]) -> list[str]:
    return re.findall(r"\b(?:cuoi(?:\s+cung)?|[1-5]|nhat|mot|hai|ba|tu|bon|nam)\b", match.group("weeks"))


def _weekday(match: re.Match[str]) -> int:
    if match.group("sun"):
        return 6
    word = match.group("word")
    return _WEEKDAY_DIGITS[word] if word.isdigit() else _WEEKDAY_WORDS[word]


def _cut(rest: str, match: re.Match[str]) -> str:
    return rest[: match.start()] + " " + rest[match.end() :]


def _check_leftover(rest: str) -> None:
    unknown = [w for w in rest.replace(",", " ").replace("-", " ").split() if w not in _FILLER]
    if unknown:
        raise _error("unrecognised")


def _error(code: str) -> ValidationError:
    return ValidationError([FieldError(FIELD, code)])
