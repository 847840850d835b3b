"""The Lịch tiếp page: typing the head's rule, generating the year, the month grid with holidays, the list view."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.services.registry import Services
from desk_app.services.schedule.types import LeaderRuleInfo, Period, PeriodKind
from desk_app.ui.pages.schedule.page import SchedulePage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import press, type_text

DEC_10 = dt.date(2026, 12, 10)
SHOTS = Path("/tmp/shots")
DEC_24 = dt.date(2026, 12, 24)


def make_page(qtbot: QtBot, services: Services) -> SchedulePage:
    page = SchedulePage(services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1186, 700)  # the page's share of a 1366×768 window
    page.show()
    qtbot.waitExposed(page)
    return page


def head_rule(services: Services) -> LeaderRuleInfo:
    head = services.office.head()
    assert head is not None
    return services.schedule.save_rule(
        LeaderRuleInfo(id=None, leader_id=head.id, pattern="thứ Năm tuần 2 và 4, buổi chiều")
    )


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_the_heads_rule_typed_without_diacritics_generates_the_year(
    qtbot: QtBot, office_services: Services
) -> None:
    page = make_page(qtbot, office_services)
    click(qtbot, page.rules_button)
    rules = page.commands.rules_dialog
    assert rules is not None and rules.isVisible()
    assert not rules.empty.isHidden()  # no rule yet: the dialog says what to do
    click(qtbot, rules.add_button)
    dialog = rules.rule_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.leader.currentText() == "Trần Văn Bình — Chủ tịch UBND xã"  # the head by default
    type_text(dialog.pattern, "thu Nam tuan 2 va")
    type_text(dialog.pattern, " 4, buoi chieu")
    assert dialog.preview.text() == "→ chiều thứ Năm tuần thứ 2 và 4"
    assert dialog.error_of("pattern") == ""
    type_text(dialog.participants, "Công chức Tư pháp - Hộ tịch")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    [row] = rules.rows()
    assert row[0] == "Trần Văn Bình"
    assert row[1].startswith("thu Nam tuan 2 va 4, buoi chieu")
    assert row[2:5] == ("13:30–17:00", "Nơi tiếp mặc định", "Ngày làm việc kế tiếp")
    rules.reject()

    click(qtbot, page.generate_button)
    generate = page.commands.generate_dialog
    assert generate is not None and generate.isVisible()
    generate.picker.set_kind(PeriodKind.YEAR)
    assert generate.picker.number.isHidden()
    assert generate.picker.period() == Period(PeriodKind.YEAR, 2026)
    click(qtbot, generate.run_button)
    report = page.commands.report_dialog
    assert report is not None and report.isVisible()
    # Today is 20/11/2026: the 21 days of the rule already past get no "Dự kiến" session, and the report says so.
    assert "Đã tạo 3 buổi tiếp mới." in report.text()
    assert "Bỏ qua 21 ngày đã qua (không tạo buổi tiếp dự kiến trong quá khứ):" in report.text()
    assert "08/01/2026, 22/01/2026" in report.text() and "12/11/2026." in report.text()
    assert "Thứ Năm 26/11/2026 · 13:30–17:00" in report.text()
    assert "Tháng 10/2026" not in report.text()  # a month wholly past was not planned now
    assert "Thứ Năm 10/12/2026 · 13:30–17:00 · Trần Văn Bình" in report.text()
    report.resize(1366, 768)
    shot(report, "calendar_generate_report_past")
    report.accept()
    page.grid.show_month(2026, 11)
    assert page.grid.chips_on(dt.date(2026, 11, 12)) == []
    assert [c.status for c in page.grid.chips_on(dt.date(2026, 11, 26))] == [ReceptionSessionStatus.DU_KIEN]
    assert not any("12/11/2026" in w.text for w in office_services.schedule.warnings())

    page.grid.show_month(2026, 12)
    assert page.month_title.text() == "Tháng 12/2026"
    assert [c.text for c in page.grid.chips_on(DEC_10)] == ["13:30 Bình"]
    assert [c.status for c in page.grid.chips_on(DEC_24)] == [ReceptionSessionStatus.DU_KIEN]
    assert page.grid.chips_on(dt.date(2026, 12, 17)) == []

    # Generating again never duplicates a session.
    page.commands.generate(Period(PeriodKind.MONTH, 2026, 12))
    assert report is not page.commands.report_dialog
    assert page.commands.report_dialog is not None
    assert "2 buổi đã có từ trước, không tạo lại." in page.commands.report_dialog.text()
    assert len(page.grid.chips_on(DEC_10)) == 1


def test_an_unreadable_rule_shows_its_error_under_the_field(qtbot: QtBot, office_services: Services) -> None:
    page = make_page(qtbot, office_services)
    rules = page.commands.open_rules()
    dialog = rules.open_rule(None)
    type_text(dialog.pattern, "hai lan moi thang")
    assert dialog.preview.isHidden()
    assert "Không hiểu quy tắc lịch tiếp" in dialog.error_of("pattern")
    dialog.leader.setCurrentIndex(0)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error_of("leader_id") != ""
    assert office_services.schedule.rules() == []


def test_holidays_are_shaded_with_their_names(qtbot: QtBot, office_services: Services) -> None:
    page = make_page(qtbot, office_services)
    page.grid.select(dt.date(2026, 9, 2))
    assert page.month_title.text() == "Tháng 09/2026"
    assert page.grid.day_note(dt.date(2026, 9, 2)) == "Quốc khánh"
    assert page.grid.is_day_off(dt.date(2026, 9, 2))
    assert page.day_panel.note.text() == "Ngày nghỉ: Quốc khánh"
    assert page.day_panel.title.text() == "Thứ Tư, 02/09/2026"
    page.grid.select(dt.date(2027, 1, 1))
    assert page.grid.day_note(dt.date(2027, 1, 1)) == "Tết Dương lịch"
    # 22/08/2026 is a make-up Saturday in the library's calendar
    page.grid.select(dt.date(2026, 8, 22))
    assert page.grid.day_note(dt.date(2026, 8, 22)) == "Làm bù"
    assert not page.grid.is_day_off(dt.date(2026, 8, 22))
    assert page.day_panel.note.text().startswith("Ngày làm bù")


def test_keyboard_moves_the_day_and_the_month_and_enter_opens_the_session(
    qtbot: QtBot, office_services: Services
) -> None:
    head_rule(office_services)
    office_services.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    page = make_page(qtbot, office_services)
    assert page.grid.selected() == dt.date(2026, 11, 20)  # today
    page.grid.setFocus()
    press(page.grid, Qt.Key.Key_PageDown)
    assert page.month_title.text() == "Tháng 12/2026"
    assert page.grid.selected() == dt.date(2026, 12, 20)
    press(page.grid, Qt.Key.Key_Up)
    press(page.grid, Qt.Key.Key_Up)
    for _ in range(5):
        press(page.grid, Qt.Key.Key_Right)
    press(page.grid, Qt.Key.Key_Left)
    assert page.grid.selected() == DEC_10
    assert page.day_panel.sessions.count() == 1
    assert page.day_panel.sessions.item(0).text() == "13:30–17:00 · Trần Văn Bình · Dự kiến"
    assert "Công bố chậm nhất" in page.day_panel.details.text()
    press(page.grid, Qt.Key.Key_Return)
    dialog = page.commands.session_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date.text() == "10/12/2026"
    assert dialog.start.text() == "13:30"
    dialog.reject()
    press(page.grid, Qt.Key.Key_PageUp)
    assert page.grid.selected() == dt.date(2026, 11, 10)


def test_the_list_shows_the_month_and_the_quarter(qtbot: QtBot, office_services: Services) -> None:
    head_rule(office_services)
    office_services.schedule.generate(Period(PeriodKind.QUARTER, 2026, 4), include_past=True)
    page = make_page(qtbot, office_services)
    page.tabs.setCurrentWidget(page.session_list)
    rows = page.session_list.rows()
    assert [r[0] for r in rows] == ["Thứ Năm, 12/11/2026", "Thứ Năm, 26/11/2026"]
    assert rows[0][1:5] == (
        "13:30–17:00",
        "Trần Văn Bình — Chủ tịch UBND xã",
        "Phòng tiếp công dân xã An Phú",
        "Dự kiến",
    )
    assert page.session_list.count.text() == "2 buổi tiếp trong tháng 11/2026"
    click(qtbot, page.session_list.quarter_radio)
    assert len(page.session_list.rows()) == 6
    assert page.session_list.count.text() == "6 buổi tiếp trong quý 4/2026"
    page.session_list.table.selectRow(5)
    assert page.grid.selected() == DEC_24
    assert page.current_session() is not None
    assert page.current_session().date == DEC_24  # type: ignore[union-attr]
