"""The Lịch làm việc tab: the year's days, adding a local day off, field errors, voiding, confirming the year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_working_calendar_admin as vwca
from desk_app.services.deadlines.working_calendar import CalendarDayInfo, EntryKind
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.page import SettingsPage
from desk_app.ui.pages.settings.working_calendar import WorkingCalendarTab
from tests.helpers.acting import acting_in
from tests.helpers.qt_input import press, press_on_row, type_text

REF = "Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh An Giang"


@pytest.fixture(autouse=True)
def _administrator(request: pytest.FixtureRequest) -> Iterator[None]:
    """The working calendar is the administrator's (DOMAIN §13.3): the page is driven as one.

    Anyone else is refused: tests/gui/test_settings_refused.py."""
    with acting_in(request, Role.QUAN_TRI):
        yield


def make(qtbot: QtBot, services: Services) -> tuple[SettingsPage, WorkingCalendarTab]:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(1166, 688)
    page.tabs.setCurrentWidget(page.calendar_tab)
    page.show()
    qtbot.waitExposed(page)
    return page, page.calendar_tab


def rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]


def test_the_tab_lists_the_years_holidays_and_the_swap(qtbot: QtBot, services: Services) -> None:
    page, tab = make(qtbot, services)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Lịch làm việc"
    assert tab.year.value() == 2026
    table = rows(tab.table)
    assert ("02/09/2026", "Thứ Tư", "Nghỉ lễ, tết", "Quốc khánh") in [r[:4] for r in table]
    swap = next(r for r in table if r[0] == "31/08/2026")
    assert swap[1:3] == ("Thứ Hai", "Nghỉ hoán đổi")
    assert "thay cho 22/08/2026" in swap[3]
    assert swap[5] == "Tự động (thư viện holidays)"
    make_up = next(r for r in table if r[0] == "22/08/2026")
    assert make_up[1:3] == ("Thứ Bảy", "Làm bù")
    # 20/11/2026 is in the last quarter and 2027 is not confirmed yet.
    assert not tab.banner.isHidden()
    assert tab.banner.text() == vwca.BANNER.format(year=2027)


def test_adding_a_local_day_off_typed_in_vietnamese(qtbot: QtBot, services: Services) -> None:
    _page, tab = make(qtbot, services)
    press(tab.table, Qt.Key.Key_Insert)  # keyboard: Insert opens "Thêm ngày…"
    dialog = tab.add_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.date, "02/12/2026")
    dialog.kind.setCurrentIndex(dialog.kind.findText(vwca.KIND["NGHI_DIA_PHUONG"]))
    type_text(dialog.name, "Nghỉ kỷ niệm ngày thành lập tỉnh")
    type_text(dialog.legal_ref, REF)
    press(dialog.legal_ref, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    row = next(r for r in rows(tab.table) if r[0] == "02/12/2026")
    assert row == (
        "02/12/2026",
        "Thứ Tư",
        "Nghỉ của địa phương",
        "Nghỉ kỷ niệm ngày thành lập tỉnh",
        REF,
        "Cơ quan nhập",
    )
    assert tab.status.text() == vwca.ADDED.format(date="02/12/2026", name="Nghỉ kỷ niệm ngày thành lập tỉnh")
    cal = services.working_calendar.load()
    assert not cal.is_working_day(dt.date(2026, 12, 2))
    assert cal.add_working_days(dt.date(2026, 12, 1), 1).due == dt.date(2026, 12, 3)


def test_a_make_up_day_on_a_weekday_shows_the_error_under_the_date(qtbot: QtBot, services: Services) -> None:
    _page, tab = make(qtbot, services)
    dialog = tab.open_add()
    type_text(dialog.date, "02/12/2026")
    dialog.kind.setCurrentIndex(dialog.kind.findText(vwca.KIND["LAM_BU"]))
    assert dialog.name.text() == "Ngày làm bù"  # suggested for an empty name
    type_text(dialog.legal_ref, REF)
    type_text(dialog.replaces, "04/12/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["date"].text() == i18n_errors.MESSAGES["calendar_day.date.make_up_not_weekend"]
    assert not dialog.errors["date"].isHidden()
    assert dialog.errors["legal_ref"].isHidden()
    assert dialog.date.hasFocus()
    assert not any(d.is_manual for d in services.working_calendar.list_days(2026))


def test_unreadable_and_missing_fields_are_shown_in_vietnamese(qtbot: QtBot, services: Services) -> None:
    _page, tab = make(qtbot, services)
    dialog = tab.open_add()
    type_text(dialog.date, "31/02/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["date"].text() == i18n_errors.MESSAGES["calendar_day.date.invalid"]
    dialog.date.clear()
    type_text(dialog.date, "02/12/2026")
    assert dialog.errors["date"].isHidden()  # typing clears the old message
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["kind"].text() == i18n_errors.MESSAGES["calendar_day.kind.required"]
    assert dialog.errors["name_vi"].text() == i18n_errors.MESSAGES["calendar_day.name_vi.required"]
    assert dialog.errors["legal_ref"].text() == i18n_errors.MESSAGES["calendar_day.legal_ref.required"]
    assert dialog.kind.hasFocus()


def test_voiding_an_office_entry_needs_a_reason(qtbot: QtBot, services: Services) -> None:
    saved = services.working_calendar.add_day(
        CalendarDayInfo(dt.date(2026, 12, 2), EntryKind.NGHI_DIA_PHUONG, "Nghỉ của tỉnh", REF)
    )
    _page, tab = make(qtbot, services)
    library_row = next(i for i, r in enumerate(rows(tab.table)) if r[0] == "02/09/2026")
    tab.table.selectRow(library_row)
    assert not tab.void_button.isEnabled()
    assert tab.open_void() is None
    assert tab.status.text() == vwca.PICK_MANUAL
    manual_row = next(i for i, r in enumerate(rows(tab.table)) if r[0] == "02/12/2026")
    press_on_row(tab.table, manual_row, Qt.Key.Key_Delete)
    dialog = tab.void_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == i18n_errors.MESSAGES["calendar_day.void_reason.required"]
    type_text(dialog.reason, "Tỉnh rút quyết định")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "02/12/2026" not in [r[0] for r in rows(tab.table)]
    assert services.working_calendar.load().is_working_day(dt.date(2026, 12, 2))
    assert saved.id is not None


def test_confirming_next_year_hides_the_banner(qtbot: QtBot, services: Services) -> None:
    _page, tab = make(qtbot, services)
    asked: list[str] = []
    tab.ask = lambda _parent, text: asked.append(text) is None and len(asked) > 1
    qtbot.mouseClick(tab.banner_button, Qt.MouseButton.LeftButton)
    assert tab.year.value() == 2027
    assert tab.banner_button.isHidden()  # the year it points to is open
    assert not tab.confirm_year()  # answered "Không" the first time
    assert services.working_calendar.confirmation(2027) is None
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert "năm 2027" in asked[-1]
    assert services.working_calendar.confirmation(2027) is not None
    assert tab.banner.isHidden()
    assert tab.year_status.text().startswith("Lịch năm 2027 đã được")
