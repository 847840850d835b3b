"""Vietnamese wording of the working calendar and the deadlines: weekday names, explanations, `deadline` texts."""

from __future__ import annotations

import datetime as dt
from typing import Final

from desk_app.domain.working_calendar import Due, SkippedRun, SkipReason
from desk_app.i18n.formatting import fmt_date, fmt_day_month
from desk_app.i18n.labels import DAY_TYPE

WEEKDAYS: Final = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
RANGE_DASH: Final = "–"

# Explanation sentences ------------------------------------------------------------------------------------
HEAD_AFTER: Final = "Hạn {due} = {length} {unit} kể từ {start}"
HEAD_BEFORE: Final = "Hạn {due} = {length} {unit} trước {start}"
ROLLED_AFTER: Final = "ngày cuối rơi vào ngày nghỉ nên chuyển sang ngày làm việc kế tiếp"
ROLLED_BEFORE: Final = "ngày đó rơi vào ngày nghỉ nên chuyển về ngày làm việc liền trước"
SKIPPED: Final = "không tính {runs}"
MADE_UP: Final = "tính cả {days}"
MAKE_UP_DAY: Final = "{date} ({weekday} làm bù)"
SWAP_FOR: Final = "nghỉ thay cho {date}"
SWAP_PLAIN: Final = "nghỉ hoán đổi"
COMPENSATORY_FOR: Final = "nghỉ bù {name}"
COMPENSATORY_PLAIN: Final = "nghỉ bù"
HOLIDAY_PLAIN: Final = "nghỉ lễ"

# The `deadline` command -------------------------------------------------------------------------------------
HELP_DEADLINE: Final = "Tính hạn theo một quy tắc thời hạn (ngày làm việc hoặc ngày, trừ ngày nghỉ lễ, tết) kèm giải thích một dòng."
HELP_RULE: Final = "Mã quy tắc thời hạn, ví dụ XLD_PROCESS, KN_RESOLVE_1, TC_RESOLVE."
HELP_START: Final = "Ngày bắt đầu tính (YYYY-MM-DD): ngày xảy ra sự kiện; hạn tính từ ngày hôm sau."
HELP_COMPLEX: Final = "Dùng thời hạn của vụ việc phức tạp (chỉ với quy tắc có thời hạn này)."
HELP_JSON: Final = "In kết quả dạng JSON."
RULE_LINE: Final = "Quy tắc {code}: {what} — căn cứ {basis}."
RULE_LINE_COMPLEX: Final = "Quy tắc {code} ({note}): {what} — căn cứ {basis}."
NO_RULE: Final = "Thiếu mã quy tắc thời hạn. Ví dụ: desk-app deadline XLD_PROCESS 2026-08-28."
NO_START: Final = "Thiếu ngày bắt đầu tính (YYYY-MM-DD). Ví dụ: desk-app deadline {code} 2026-08-28."
UNKNOWN_RULE: Final = "Không có quy tắc thời hạn {code}. Các mã: {codes}."
BAD_DATE: Final = "Ngày bắt đầu {value} không hợp lệ; ghi theo dạng YYYY-MM-DD, ví dụ 2026-08-28."
YEAR_OUT_OF_RANGE: Final = "Ngày bắt đầu {value} nằm ngoài khoảng tính được (từ năm {first} đến năm {last})."
NO_COMPLEX: Final = "Quy tắc {code} không có thời hạn riêng cho vụ việc phức tạp; bỏ --complex."
CALENDAR_NOT_LOADED: Final = "Chưa có lịch nghỉ lễ, tết năm {year} nên chưa tính được hạn này."
CALENDAR_BEFORE_FIRST_YEAR: Final = (
    "Ứng dụng chỉ tính ngày làm việc từ năm {first} trở đi; hạn này chạm tới năm {year} nên không tính được."
)


def range_text(first: dt.date, last: dt.date) -> str:
    """ "29–30/08", "31/08–01/09", "31/12/2026–01/01/2027" or one day "31/08"."""
    if first == last:
        return fmt_day_month(first)
    if first.year != last.year:
        return f"{fmt_date(first)}{RANGE_DASH}{fmt_date(last)}"
    if first.month != last.month:
        return f"{fmt_day_month(first)}{RANGE_DASH}{fmt_day_month(last)}"
    return f"{first.day:02d}{RANGE_DASH}{fmt_day_month(last)}"


def reason_text(run: SkippedRun) -> str:
    """Why the run was not counted: "thứ Bảy, Chủ nhật", "Quốc khánh", "nghỉ thay cho 22/08" …"""
    if run.reason is SkipReason.WEEKEND:
        return ", ".join(dict.fromkeys(WEEKDAYS[d.weekday()] for d in run.dates()))
    if run.reason is SkipReason.NGHI_HOAN_DOI:
        return (
            SWAP_FOR.format(date=fmt_day_month(run.replaces)) if run.replaces else (run.name_vi or SWAP_PLAIN)
        )
    if run.reason is SkipReason.NGHI_BU:
        return COMPENSATORY_FOR.format(name=run.name_vi) if run.name_vi else COMPENSATORY_PLAIN
    return run.name_vi or HOLIDAY_PLAIN


def run_text(run: SkippedRun) -> str:
    return f"{range_text(run.start, run.end)} ({reason_text(run)})"


def explain(due: Due) -> str:
    """The one-line explanation of a due date, e.g. "Hạn 16/09/2026 = 10 ngày làm việc kể từ 28/08/2026;
    không tính 29–30/08 (thứ Bảy, Chủ nhật), 31/08 (nghỉ thay cho 22/08), 01–02/09 (Quốc khánh)"."""
    head = (HEAD_BEFORE if due.backward else HEAD_AFTER).format(
        due=fmt_date(due.due), length=due.length, unit=DAY_TYPE[due.day_type], start=fmt_date(due.start)
    )
    parts = [head]
    if due.rolled:
        parts.append(ROLLED_BEFORE if due.backward else ROLLED_AFTER)
    runs = due.notable_skipped()
    if runs:
        parts.append(SKIPPED.format(runs=", ".join(run_text(r) for r in runs)))
    if due.make_up_days:
        days = ", ".join(
            MAKE_UP_DAY.format(date=fmt_day_month(d), weekday=WEEKDAYS[d.weekday()]) for d in due.make_up_days
        )
        parts.append(MADE_UP.format(days=days))
    return "; ".join(parts)
