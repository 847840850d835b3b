"""Our own table of day-off swaps and holidays, kept beside the `holidays` package for what it lacks (DOMAIN §12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from desk_app.domain.working_calendar import CalendarDay, DayKind, DaySource

LEGAL_REF_HOLIDAY: Final = "khoản 1 Điều 112 Bộ luật Lao động 2019"
LEGAL_REF_COMPENSATORY: Final = "khoản 3 Điều 111 Bộ luật Lao động 2019"
LEGAL_REF_CULTURE_DAY: Final = (
    "Nghị quyết số 80-NQ/TW (Ngày Văn hóa Việt Nam 24/11, nghỉ hưởng lương từ năm 2026)"
)
TET_NAME: Final = "Tết Nguyên Đán"
SWAP_DAY_NAME: Final = "Ngày nghỉ hoán đổi"
MAKE_UP_DAY_NAME: Final = "Ngày làm bù"


@dataclass(frozen=True, slots=True)
class Swap:
    """A government swap for public-sector staff: a weekday off, a Saturday worked instead."""

    day_off: dt.date
    make_up_day: dt.date
    occasion_vi: str
    legal_ref: str


@dataclass(frozen=True, slots=True)
class AnnualHoliday:
    """A fixed-date holiday added to the Labour Code list from a given year."""

    month: int
    day: int
    name_vi: str
    legal_ref: str
    effective_from: dt.date


# The swaps the package carries too (so its labels can be checked and given a legal reference), and any it lacks.
SWAPS: Sequence[Swap] = (
    Swap(
        dt.date(2024, 4, 29),
        dt.date(2024, 5, 4),
        "dịp 30/4 và 1/5/2024",
        "Công văn số 2450/VPCP-KGVX năm 2024 của Văn phòng Chính phủ",
    ),
    Swap(
        dt.date(2025, 5, 2),
        dt.date(2025, 4, 26),
        "dịp 30/4 và 1/5/2025",
        "Thông báo số 6150/TB-BLĐTBXH năm 2024 của Bộ Lao động - Thương binh và Xã hội",
    ),
    Swap(
        dt.date(2026, 8, 31),
        dt.date(2026, 8, 22),
        "dịp Quốc khánh 2/9/2026",
        "Phương án nghỉ lễ Quốc khánh năm 2026 đối với cán bộ, công chức, viên chức (số văn bản chưa xác minh)",
    ),
)

ANNUAL_HOLIDAYS: Sequence[AnnualHoliday] = (
    AnnualHoliday(11, 24, "Ngày Văn hóa Việt Nam", LEGAL_REF_CULTURE_DAY, dt.date(2026, 1, 1)),
)


def swap_days(swap: Swap, source: DaySource = DaySource.BUILTIN) -> tuple[CalendarDay, CalendarDay]:
    """The two calendar days of a swap: the weekday off and the Saturday worked, each naming the other."""
    off = CalendarDay(
        swap.day_off,
        DayKind.NGHI_HOAN_DOI,
        SWAP_DAY_NAME,
        swap.legal_ref,
        replaces=swap.make_up_day,
        source=source,
        detail_vi=swap.occasion_vi,
    )
    worked = CalendarDay(
        swap.make_up_day,
        DayKind.LAM_BU,
        MAKE_UP_DAY_NAME,
        swap.legal_ref,
        replaces=swap.day_off,
        source=source,
        detail_vi=swap.occasion_vi,
    )
    return off, worked


def builtin_days(years: Iterable[int]) -> list[CalendarDay]:
    """Our table's days that fall in `years` (either half of a swap may sit in a neighbouring year)."""
    wanted = frozenset(years)
    days: list[CalendarDay] = []
    for swap in SWAPS:
        days.extend(d for d in swap_days(swap) if d.date.year in wanted)
    for holiday in ANNUAL_HOLIDAYS:
        for year in sorted(wanted):
            day = dt.date(year, holiday.month, holiday.day)
            if day >= holiday.effective_from:
                days.append(
                    CalendarDay(
                        day, DayKind.NGHI_LE, holiday.name_vi, holiday.legal_ref, source=DaySource.BUILTIN
                    )
                )
    return sorted(days, key=lambda d: d.date)


def swap_for(day: dt.date) -> Swap | None:
    """The table's swap that has `day` as its day off or its make-up day."""
    for swap in SWAPS:
        if day in (swap.day_off, swap.make_up_day):
            return swap
    return None
