"""The Thời hạn tab: the rules table, a new version with field errors, the question when given dates would move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.deadline_rules import DEADLINE_RULES
from desk_app.domain.enums import Role
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_deadlines as vd
from desk_app.services.deadlines.clock import start_clock
from desk_app.services.registry import Services
from desk_app.storage.records.deadline import DeadlineRecord
from desk_app.ui.pages.settings.deadlines import DeadlinesTab
from desk_app.ui.pages.settings.deadlines_edit import EditRuleDialog
from desk_app.ui.pages.settings.page import SettingsPage
from tests.helpers.acting import acting_in
from tests.helpers.qt_input import press, type_text

BASIS = "Quyết định số 15/QĐ-UBND ngày 01/09/2026 của UBND xã An Phú"
SHOTS = Path("/tmp/shots")
XLD_NAME = "Xử lý đơn nhận được (phân loại, đề xuất, quyết định hướng xử lý)"


@pytest.fixture(autouse=True)
def _administrator(request: pytest.FixtureRequest) -> Iterator[None]:
    """The deadline rules are the administrator's (DOMAIN §13.3): the page is driven as one.

    Anyone else is refused: tests/gui/test_settings_refused.py."""
    with acting_in(request, Role.QUAN_TRI):
        yield


def make(qtbot: QtBot, services: Services) -> tuple[SettingsPage, DeadlinesTab]:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.tabs.setCurrentWidget(page.deadlines_tab)
    page.show()
    qtbot.waitExposed(page)
    return page, page.deadlines_tab


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def row_of(table: QTableWidget, code: str) -> int:
    """The row of a rule, found by the wording the officer sees (the code itself is never shown)."""
    name = next(r.what_vi for r in DEADLINE_RULES if r.code == code)
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def cells(table: QTableWidget, row: int) -> tuple[str, ...]:
    return tuple(table.item(row, c).text() for c in range(table.columnCount()))


def open_rule(qtbot: QtBot, tab: DeadlinesTab, code: str) -> EditRuleDialog:
    tab.table.selectRow(row_of(tab.table, code))
    press(tab.table, Qt.Key.Key_Return)  # keyboard: Enter opens "Sửa thời hạn…"
    dialog = tab.edit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: EditRuleDialog, length: int, effective: str) -> None:
    dialog.length.setValue(length)
    type_text(dialog.legal_basis, BASIS)
    dialog.effective_from.clear()
    type_text(dialog.effective_from, effective)


def given_clock(services: Services) -> DeadlineRecord:
    with services.ctx.db.write() as s, s.begin():
        return start_clock(
            s, services.ctx, services.working_calendar.load(), entity_type="visit", entity_id=1,
            rule_code="XLD_PROCESS", start=dt.date(2026, 9, 3), label="Đơn của ông Nguyễn Văn Nam",
            responsible="Phạm Thị Dung", given_to_citizen=True,
        )  # fmt: skip


def due_of(services: Services, deadline_id: int) -> dt.date:
    with services.ctx.db.read() as s:
        rec = s.get(DeadlineRecord, deadline_id)
        assert rec is not None
        return rec.due_date


def test_the_tab_lists_every_rule_with_its_day_type(qtbot: QtBot, office_services: Services) -> None:
    page, tab = make(qtbot, office_services)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Thời hạn"
    assert [tab.table.horizontalHeaderItem(c).text() for c in range(7)] == list(vd.COLUMNS)
    assert cells(tab.table, row_of(tab.table, "XLD_PROCESS")) == (
        "Xử lý đơn nhận được (phân loại, đề xuất, quyết định hướng xử lý)",
        "ngày nhận đơn",
        "10",
        "ngày làm việc",
        "—",
        "Thông tư số 05/2021/TT-TTCP",
        "15/11/2021",
    )
    resolve = cells(tab.table, row_of(tab.table, "KN_RESOLVE_1"))
    assert resolve[2:5] == ("30", "ngày", "45")
    assert cells(tab.table, row_of(tab.table, "KN_ACCEPT"))[2] == "7"  # the latest version
    publish = cells(tab.table, row_of(tab.table, "TCD_PUBLISH_SCHEDULE"))
    assert publish[1] == "trước ngày tiếp công dân định kỳ"
    shown = [cells(tab.table, row) for row in range(tab.table.rowCount())]
    assert not [text for row in shown for text in row if "_" in text]  # no rule code on screen
    shot(page, "deadlines_tab")


def test_field_errors_show_under_the_fields_and_nothing_is_saved(
    qtbot: QtBot, office_services: Services
) -> None:
    _page, tab = make(qtbot, office_services)
    dialog = open_rule(qtbot, tab, "XLD_PROCESS")
    assert dialog.effective_from.text() == "20/11/2026"
    dialog.length.setValue(0)
    dialog.effective_from.clear()
    type_text(dialog.effective_from, "31/02/2026")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors["effective_from"].text() == i18n_errors.MESSAGES["effective_from.invalid"]
    dialog.effective_from.clear()
    type_text(dialog.effective_from, "15/11/2021")
    dialog.save_button.click()
    assert dialog.errors["length"].text() == i18n_errors.MESSAGES["length.min"]
    assert dialog.errors["legal_basis"].text() == i18n_errors.MESSAGES["legal_basis.required"]
    assert dialog.errors["effective_from"].text() == i18n_errors.MESSAGES["effective_from.taken"]
    shot(dialog, "deadlines_dialog_errors")
    assert len(office_services.deadlines.rule("XLD_PROCESS").history) == 1


def test_a_new_version_without_running_clocks_is_saved_at_once(
    qtbot: QtBot, office_services: Services
) -> None:
    page, tab = make(qtbot, office_services)
    dialog = open_rule(qtbot, tab, "XLD_PROCESS")
    fill(dialog, 7, "01/09/2026")
    dialog.day_type.setCurrentIndex(dialog.day_type.findText("ngày"))
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.question is None
    row = cells(tab.table, row_of(tab.table, "XLD_PROCESS"))
    assert row[2:4] == ("7", "ngày") and row[5:] == (BASIS, "01/09/2026")
    assert tab.status.text() == vd.SAVED.format(name=XLD_NAME, date="01/09/2026")
    history = office_services.deadlines.rule("XLD_PROCESS").history
    assert [(v.rule.length, v.rule.day_type.value, v.source) for v in history] == [
        (10, "WORKING", "seed"),
        (7, "CALENDAR", "admin"),
    ]
    shot(page, "deadlines_saved")


def test_keeping_the_date_given_to_a_citizen(qtbot: QtBot, office_services: Services) -> None:
    clock = given_clock(office_services)
    assert clock.due_date == dt.date(2026, 9, 17)
    page, tab = make(qtbot, office_services)
    dialog = open_rule(qtbot, tab, "XLD_PROCESS")
    fill(dialog, 7, "01/09/2026")
    dialog.save_button.click()
    box = dialog.question
    assert box is not None and box.isVisible()
    text = box.text()
    assert text.startswith("Thời hạn đã hẹn với công dân sẽ thay đổi:")
    assert "• Đơn của ông Nguyễn Văn Nam (Phạm Thị Dung): 17/09/2026 → 14/09/2026" in text
    assert box.defaultButton() is dialog.keep_button
    assert dialog.keep_button is not None and dialog.keep_button.text() == "Giữ nguyên hạn đã hẹn"
    assert dialog.recompute_button is not None and dialog.recompute_button.text() == "Tính lại hạn"
    shot(box, "deadlines_question")
    shot(page.window(), "deadlines_question_over_page")
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert due_of(office_services, clock.id) == dt.date(2026, 9, 17)
    assert tab.status.text() == vd.SAVED_KEPT.format(name=XLD_NAME, date="01/09/2026", count=1)
    assert office_services.deadlines.rule_in_force("XLD_PROCESS", dt.date(2026, 9, 3)).length == 7


def test_recomputing_moves_the_date_and_keeps_the_first_one(qtbot: QtBot, office_services: Services) -> None:
    clock = given_clock(office_services)
    _page, tab = make(qtbot, office_services)
    dialog = open_rule(qtbot, tab, "XLD_PROCESS")
    fill(dialog, 7, "01/09/2026")
    press(dialog.effective_from, Qt.Key.Key_Return)  # Enter saves
    assert dialog.recompute_button is not None
    dialog.recompute_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert due_of(office_services, clock.id) == dt.date(2026, 9, 14)
    with office_services.ctx.db.read() as s:
        rec = s.get(DeadlineRecord, clock.id)
        assert rec is not None and rec.original_due_date == dt.date(2026, 9, 17)
    assert tab.status.text() == vd.SAVED_MOVED.format(name=XLD_NAME, date="01/09/2026", count=1)
