"""Vietnamese wording of the reception-calendar services: moved sessions, dashboard warnings, notices, errors."""

from __future__ import annotations

import datetime as dt
from typing import Final

from desk_app.domain.frequency_rules import FrequencyUnit
from desk_app.domain.working_calendar import SkippedRun
from desk_app.i18n.formatting import fmt_date, fmt_time
from desk_app.i18n.vi_working_calendar import WEEKDAYS, reason_text

# Moving a generated session off a day off ---------------------------------------------------------------------
SHIFT_NOTE: Final = "Ngày {nominal} ({why}) không phải ngày làm việc: chuyển sang {date}"
SHIFT_MANUAL: Final = "Ngày {nominal} ({why}) không phải ngày làm việc: cần chọn ngày tiếp khác"
SHIFT_PASSED: Final = "bỏ qua {dates} vì đã có buổi tiếp"
SHIFT_OTHER_MONTH: Final = "sang tháng khác"

# Dashboard warnings ---------------------------------------------------------------------------------------------
NOT_PUBLISHED: Final = "Buổi tiếp ngày {date} chưa được công bố: phải niêm yết chậm nhất ngày {by} ({days:02d} ngày làm việc trước)"
PRESIDER_NOT_HEAD: Final = (
    "Buổi tiếp định kỳ ngày {date} do {name} chủ trì. Theo {basis}, người đứng đầu trực tiếp tiếp "
    "định kỳ — kiểm tra lại căn cứ ủy quyền"
)
BELOW_MINIMUM_MONTH: Final = (
    "Tháng {month:02d}/{year} mới có {held} buổi tiếp định kỳ của {title}, tối thiểu {required} buổi/tháng "
    "({basis})"
)
BELOW_MINIMUM_WEEKS: Final = (
    "Tháng {month:02d}/{year} mới có buổi tiếp định kỳ của {title} trong {held}/{required} tuần, tối thiểu "
    "{min_days} ngày/tuần ({basis})"
)
THIS_WEEK: Final = "{weekday} {date}{hours}: {kind} do {name} chủ trì tại {place}{status}"
THIS_WEEK_KIND: Final = "tiếp công dân {kind}"
THIS_WEEK_HOURS: Final = ", {start}–{end}"
THIS_WEEK_START: Final = ", từ {start}"
THIS_WEEK_STATUS: Final = " ({status})"
CALENDAR_UNCONFIRMED: Final = (
    "Chưa xác nhận lịch nghỉ lễ, tết năm {year}: các buổi tiếp năm {year} có thể rơi vào ngày nghỉ chưa được "
    "cập nhật. Vào Cài đặt › Lịch làm việc để đối chiếu và xác nhận."
)
NO_PLACE: Final = "nơi tiếp công dân"
NO_PRESIDER: Final = "(chưa chọn người chủ trì)"
HEAD_FALLBACK: Final = "người đứng đầu"

# Generation report ------------------------------------------------------------------------------------------------
BELOW_MINIMUM_PLAN: Final = (
    "Tháng {month:02d}/{year} theo lịch chỉ có {held} buổi tiếp định kỳ của {title}, tối thiểu {required} "
    "buổi/tháng ({basis})"
)
BELOW_MINIMUM_PLAN_WEEKS: Final = (
    "Tháng {month:02d}/{year} theo lịch chỉ có buổi tiếp định kỳ của {title} trong {held}/{required} tuần, "
    "tối thiểu {min_days} ngày/tuần ({basis})"
)

# Notices ---------------------------------------------------------------------------------------------------------
NOTICE_SUMMARY: Final = "Thông báo lịch tiếp công dân định kỳ {period}"
PERIOD_MONTH: Final = "tháng {month} năm {year}"
PERIOD_QUARTER: Final = "quý {quarter} năm {year}"
PERIOD_YEAR: Final = "năm {year}"
QUARTERS: Final = ("I", "II", "III", "IV")
POSTPONED_NOTE: Final = "Lùi lịch từ ngày {date}: {reason}"

# Change-log reasons ------------------------------------------------------------------------------------------------
LOG_HELD_BY_VISIT: Final = "Có lượt tiếp công dân trong buổi tiếp"
LOG_PUBLISHED: Final = "Niêm yết, công bố lịch tiếp công dân"


def shift_note(
    nominal: dt.date,
    date: dt.date,
    reason: SkippedRun | None,
    *,
    manual: bool = False,
    passed_over: tuple[dt.date, ...] = (),
) -> str | None:
    """ "Ngày 02/09/2026 (Quốc khánh) không phải ngày làm việc: chuyển sang 03/09/2026"; None when not moved."""
    if reason is None:
        return None
    why = reason_text(reason)
    if manual:
        return SHIFT_MANUAL.format(nominal=fmt_date(nominal), why=why)
    text = SHIFT_NOTE.format(nominal=fmt_date(nominal), why=why, date=fmt_date(date))
    if passed_over:
        text += "; " + SHIFT_PASSED.format(dates=", ".join(fmt_date(d) for d in passed_over))
    if (nominal.year, nominal.month) != (date.year, date.month):
        text += f" ({SHIFT_OTHER_MONTH})"
    return text


def below_minimum(
    *,
    year: int,
    month: int,
    held: int,
    required: int,
    unit: FrequencyUnit,
    min_days: int,
    title: str,
    basis: str,
    planned: bool = False,
) -> str:
    """A month under the head's legal minimum, with its legal basis."""
    if unit is FrequencyUnit.PER_WEEK:
        template = BELOW_MINIMUM_PLAN_WEEKS if planned else BELOW_MINIMUM_WEEKS
    else:
        template = BELOW_MINIMUM_PLAN if planned else BELOW_MINIMUM_MONTH
    return template.format(
        year=year, month=month, held=held, required=required, min_days=min_days, title=title, basis=basis
    )


def leader_title(head_title: str) -> str:
    """ "CHỦ TỊCH" → "Chủ tịch" for a sentence."""
    text = " ".join(head_title.split())
    return text.capitalize() if text else HEAD_FALLBACK


def period_label(kind: str, year: int, number: int) -> str:
    """ "tháng 12 năm 2026", "quý IV năm 2026", "năm 2026"."""
    if kind == "MONTH":
        return PERIOD_MONTH.format(month=number, year=year)
    if kind == "QUARTER":
        return PERIOD_QUARTER.format(quarter=QUARTERS[number - 1], year=year)
    return PERIOD_YEAR.format(year=year)


def weekday_cap(d: dt.date) -> str:
    """ "Thứ Năm", "Chủ nhật"."""
    name = WEEKDAYS[d.weekday()]
    return name[0].upper() + name[1:]


def clock(t: dt.time) -> str:
    """HH:mm."""
    return fmt_time(t)
