"""WorkingCalendarService: the office's own days over the package's, validation, voiding, audit, the yearly confirmation."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator

import pytest

from desk_app.domain.enums import Role
from desk_app.domain.working_calendar import DayKind, DaySource, SkipReason
from desk_app.errors import NotFoundError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.services import audit
from desk_app.services.deadlines.working_calendar import CalendarDayInfo, EntryKind
from desk_app.services.registry import Services
from tests.helpers.acting import acting_as

REF = "Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh An Giang"
D = dt.date


@pytest.fixture(autouse=True)
def _administrator(services: Services) -> Iterator[None]:
    """The working calendar is the administrator's to keep (DOMAIN §13.3).

    That anyone else is refused is tests/integration/test_write_gates.py's."""
    with acting_as(services, Role.QUAN_TRI):
        yield


def make_up_saturday(services: Services) -> CalendarDayInfo:
    return services.working_calendar.add_day(
        CalendarDayInfo(D(2026, 11, 28), EntryKind.LAM_BU, "Ngày làm bù", REF, replaces=D(2026, 12, 4))
    )


def test_a_manual_make_up_saturday_is_counted_as_a_working_day(services: Services) -> None:
    before = services.working_calendar.load().add_working_days(D(2026, 11, 27), 1)
    assert before.due == D(2026, 11, 30)  # Friday + 1 working day = Monday
    make_up_saturday(services)
    after = services.working_calendar.load().add_working_days(D(2026, 11, 27), 1)
    assert after.due == D(2026, 11, 28)
    assert after.make_up_days == (D(2026, 11, 28),)


def test_a_local_day_off_is_skipped(services: Services) -> None:
    services.working_calendar.add_day(
        CalendarDayInfo(D(2026, 12, 2), EntryKind.NGHI_DIA_PHUONG, "Kỷ niệm ngày thành lập tỉnh", REF)
    )
    cal = services.working_calendar.load()
    due = cal.add_working_days(D(2026, 12, 1), 1)
    assert due.due == D(2026, 12, 3)
    assert [(r.start, r.reason, r.name_vi) for r in due.skipped] == [
        (D(2026, 12, 2), SkipReason.NGHI_LE, "Kỷ niệm ngày thành lập tỉnh")
    ]
    entry = cal.day(D(2026, 12, 2))
    assert entry is not None and entry.source is DaySource.MANUAL and entry.legal_ref == REF


def test_a_voided_entry_no_longer_counts_and_the_date_can_be_entered_again(services: Services) -> None:
    saved = make_up_saturday(services)
    assert saved.id is not None
    assert services.working_calendar.load().is_working_day(D(2026, 11, 28))
    services.working_calendar.void_day(saved.id, "Nhập nhầm ngày")
    assert not services.working_calendar.load().is_working_day(D(2026, 11, 28))
    assert [d for d in services.working_calendar.list_days(2026) if d.is_manual] == []
    again = make_up_saturday(services)  # the unique date applies to live rows only
    assert again.id != saved.id
    with pytest.raises(NotFoundError):
        services.working_calendar.void_day(saved.id, "Lần nữa")


def test_a_manual_entry_wins_over_the_package_on_its_date(services: Services) -> None:
    services.working_calendar.add_day(
        CalendarDayInfo(D(2026, 9, 1), EntryKind.NGHI_LE, "Quốc khánh (nghỉ thêm)", REF)
    )
    cal = services.working_calendar.load(range(2026, 2027))
    entry = cal.day(D(2026, 9, 1))
    assert (
        entry is not None and entry.name_vi == "Quốc khánh (nghỉ thêm)" and entry.source is DaySource.MANUAL
    )
    days = [d for d in services.working_calendar.list_days(2026) if d.date == D(2026, 9, 1)]
    assert [(d.source, d.overridden) for d in days] == [(DaySource.LIBRARY, True), (DaySource.MANUAL, False)]


def test_list_days_marks_both_sources(services: Services) -> None:
    days = {(d.date, d.source): d for d in services.working_calendar.list_days(2026)}
    national = days[(D(2026, 9, 2), DaySource.LIBRARY)]
    assert national.kind is EntryKind.NGHI_LE and "Quốc khánh" in national.name_vi
    swap = days[(D(2026, 8, 31), DaySource.LIBRARY)]
    assert swap.kind is EntryKind.NGHI_HOAN_DOI and swap.replaces == D(2026, 8, 22)
    assert days[(D(2026, 8, 22), DaySource.LIBRARY)].kind is EntryKind.LAM_BU
    assert all(d.date is not None and d.date.year == 2026 for d in days.values())


@pytest.mark.parametrize(
    ("info", "keys"),
    [
        (
            CalendarDayInfo(None, None, " ", None),
            {"date.required", "kind.required", "name_vi.required", "legal_ref.required"},
        ),
        (
            CalendarDayInfo(D(2026, 12, 2), EntryKind.LAM_BU, "Làm bù", REF, replaces=D(2026, 12, 5)),
            {"date.make_up_not_weekend"},
        ),
        (CalendarDayInfo(D(2026, 12, 5), EntryKind.LAM_BU, "Làm bù", REF), {"replaces.required"}),
        (CalendarDayInfo(D(2026, 12, 5), EntryKind.NGHI_BU, "Nghỉ bù", REF), {"date.day_off_on_weekend"}),
        (
            CalendarDayInfo(D(2026, 12, 6), EntryKind.NGHI_HOAN_DOI, "Hoán đổi", REF),
            {"date.day_off_on_weekend"},
        ),
        (
            CalendarDayInfo(D(2026, 12, 6), EntryKind.NGHI_DIA_PHUONG, "Nghỉ", REF),
            {"date.day_off_on_weekend"},
        ),
        (CalendarDayInfo(D(2026, 12, 2), EntryKind.NGHI_DIA_PHUONG, "Nghỉ", "  "), {"legal_ref.required"}),
        (
            CalendarDayInfo(D(2026, 12, 2), EntryKind.NGHI_HOAN_DOI, "Nghỉ", REF, replaces=D(2026, 12, 2)),
            {"replaces.same_day"},
        ),
        (CalendarDayInfo(D(2026, 12, 2), EntryKind.NGHI_LE, "x" * 201, REF), {"name_vi.too_long"}),
    ],
)
def test_invalid_entries_are_refused_field_by_field(
    services: Services, info: CalendarDayInfo, keys: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.working_calendar.add_day(info)
    found = {e.key.removeprefix("calendar_day.") for e in caught.value.errors}
    assert found == keys
    assert all(e.key in i18n_errors.MESSAGES for e in caught.value.errors)
    assert not any(d.is_manual for d in services.working_calendar.list_days(2026))


def test_a_second_live_entry_on_the_same_date_is_refused(services: Services) -> None:
    make_up_saturday(services)
    with pytest.raises(ValidationError) as caught:
        services.working_calendar.add_day(
            CalendarDayInfo(D(2026, 11, 28), EntryKind.LAM_BU, "Khác", REF, replaces=D(2026, 12, 3))
        )
    assert [e.key for e in caught.value.errors] == ["calendar_day.date.duplicate"]


def test_void_needs_a_reason(services: Services) -> None:
    saved = make_up_saturday(services)
    assert saved.id is not None
    with pytest.raises(ValidationError) as caught:
        services.working_calendar.void_day(saved.id, "  ")
    assert [e.key for e in caught.value.errors] == ["calendar_day.void_reason.required"]
    assert services.working_calendar.load().is_working_day(D(2026, 11, 28))


def test_changes_are_audited_and_text_is_nfc(services: Services) -> None:
    decomposed = unicodedata.normalize("NFD", "Nghỉ lễ hội Bà Chúa Xứ")
    saved = services.working_calendar.add_day(
        CalendarDayInfo(D(2026, 12, 2), EntryKind.NGHI_DIA_PHUONG, decomposed, REF)
    )
    assert saved.id is not None
    assert saved.name_vi == unicodedata.normalize("NFC", decomposed)
    services.working_calendar.void_day(saved.id, "Tỉnh rút quyết định")
    entries = audit.history(services.ctx, "calendar_day", saved.id)
    assert [e.action for e in entries] == ["create", "void"]
    assert entries[0].changes["kind"] == (None, "NGHI_DIA_PHUONG")
    assert entries[1].reason == "Tỉnh rút quyết định"


def test_confirming_next_year_clears_the_banner(services: Services) -> None:
    cal = services.working_calendar
    assert cal.needs_confirmation(D(2026, 9, 30)) is None
    assert cal.needs_confirmation(D(2026, 10, 1)) == 2027
    assert cal.needs_confirmation() == 2027  # the fixture's clock: 20/11/2026
    assert cal.confirmation(2027) is None
    confirmed = cal.confirm_year(2027)
    assert confirmed.confirmed_by == services.ctx.actor.name
    assert cal.needs_confirmation(D(2026, 12, 31)) is None
    assert cal.needs_confirmation(D(2027, 10, 1)) == 2028
    assert [e.action for e in audit.history(services.ctx, "calendar_year", 2027)] == ["confirm"]


def test_the_calendar_is_cached_until_a_change(services: Services) -> None:
    first = services.working_calendar.load()
    assert services.working_calendar.load() is first
    make_up_saturday(services)
    assert services.working_calendar.load() is not first
    rebuilt = services.working_calendar.load().day(D(2026, 11, 28))
    assert rebuilt is not None and rebuilt.kind is DayKind.LAM_BU
