"""Vietnamese wording of the head's reception rules and generated sessions (DOMAIN §2.3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from desk_app.domain.frequency_rules import FrequencyUnit, MonthShortfall
from desk_app.domain.schedule import (
    LAST_WEEK,
    MissingDay,
    PlannedSession,
    RecurrenceRule,
    RuleKind,
)
from desk_app.domain.working_calendar import SkipReason
from desk_app.i18n.formatting import fmt_date
from desk_app.i18n.labels import FREQUENCY_UNIT, PART_OF_DAY
from desk_app.i18n.vi_working_calendar import WEEKDAYS

WEEKEND_NAME: Final = "ngày nghỉ cuối tuần"
SHIFTED: Final = "Chuyển từ {nominal} ({why}) sang {date}"
SHIFT_OTHER_MONTH: Final = "sang tháng khác"
SHIFT_PASSED: Final = "bỏ qua {dates} vì đã có buổi tiếp"
MANUAL: Final = "Ngày {nominal} là {why}: cần chọn ngày tiếp khác"
MISSING: Final = "Tháng {month:02d}/{year} không có ngày {day:02d}: không có buổi tiếp theo ngày này"
SHORT_MONTH: Final = "Tháng {month:02d}/{year}: đã tiếp {held}, tối thiểu {required} {unit}"
SHORT_WEEKS: Final = (
    "Tháng {month:02d}/{year}: có buổi tiếp trong {held}/{required} tuần (tối thiểu 1 ngày/tuần)"
)


def describe(rule: RecurrenceRule) -> str:
    """The rule as its Vietnamese phrase: "chiều thứ Năm tuần thứ 2 và 4, từ 13h30 đến 17h00"."""
    part = f"{PART_OF_DAY[rule.part_of_day]} " if rule.part_of_day is not None else ""
    if rule.kind is RuleKind.MONTH_DAYS:
        core = f"ngày {_join([f'{d:02d}' for d in rule.month_days])} hằng tháng"
    elif rule.kind is RuleKind.MONTHLY_WEEKDAY:
        core = f"{_weekdays(rule.weekdays)} {_weeks(rule.weeks)}"
    else:
        core = f"{_weekdays(rule.weekdays)} hằng tuần"
    return part + core + _times(rule.start_time, rule.end_time)


def shift_note(session: PlannedSession) -> str | None:
    """Why a session is not on its nominal date (or needs a date picked); None when nothing happened."""
    reason = session.shift_reason
    if reason is None:
        return None
    why = WEEKEND_NAME if reason.reason is SkipReason.WEEKEND else (reason.name_vi or WEEKEND_NAME)
    if session.needs_manual:
        return MANUAL.format(nominal=fmt_date(session.nominal_date), why=why)
    text = SHIFTED.format(nominal=fmt_date(session.nominal_date), why=why, date=fmt_date(session.date))
    if session.passed_over:
        text += "; " + SHIFT_PASSED.format(dates=_join([fmt_date(d) for d in session.passed_over]))
    if session.crosses_month:
        text += f" ({SHIFT_OTHER_MONTH})"
    return text


def missing_note(missing: MissingDay) -> str:
    """ "Tháng 02/2026 không có ngày 30: …"."""
    return MISSING.format(year=missing.year, month=missing.month, day=missing.day)


def shortfall_note(short: MonthShortfall) -> str:
    """A month below the legal minimum, in one line."""
    if short.unit is FrequencyUnit.PER_WEEK:
        return SHORT_WEEKS.format(
            year=short.year, month=short.month, held=short.held, required=short.required
        )
    unit = FREQUENCY_UNIT[short.unit]
    return SHORT_MONTH.format(
        year=short.year, month=short.month, held=short.held, required=short.required, unit=unit
    )


# internals ----------------------------------------------------------------------------------------------------
def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def _weekdays(days: Sequence[int]) -> str:
    return _join([WEEKDAYS[d] for d in days])


def _weeks(weeks: Sequence[int]) -> str:
    ordinals = [str(w) for w in weeks if w != LAST_WEEK]
    if not ordinals:
        return "tuần cuối"
    text = f"tuần thứ {_join(ordinals)}"
    return f"{text} và tuần cuối" if LAST_WEEK in weeks else text


def _times(start: dt.time | None, end: dt.time | None) -> str:
    if start is not None and end is not None:
        return f", từ {_clock(start)} đến {_clock(end)}"
    if start is not None:
        return f", từ {_clock(start)}"
    if end is not None:
        return f", đến {_clock(end)}"
    return ""


def _clock(t: dt.time) -> str:
    return f"{t.hour:02d}h{t.minute:02d}"
