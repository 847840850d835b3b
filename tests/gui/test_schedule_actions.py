"""Acting on the Lịch tiếp page: registrants, postponing with their confirmation, cancelling, held / no citizen,
the December notice (PDF, text, .ics) and the day sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.services.registry import Services
from desk_app.services.schedule.types import Period, PeriodKind, RegistrantInfo, SessionEdit
from desk_app.ui.pages.schedule.page import SchedulePage
from tests.gui.test_schedule_page import DEC_10, DEC_24, click, head_rule, make_page
from tests.helpers.pdf import pdf_flat_text, pdf_text
from tests.helpers.qt_input import type_text


def december(qtbot: QtBot, services: Services) -> SchedulePage:
    head_rule(services)
    services.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    page = make_page(qtbot, services)
    page.grid.select(DEC_10)
    return page


def add_registrant(qtbot: QtBot, page: SchedulePage, name: str, phone: str, matter: str) -> None:
    click(qtbot, page.day_panel.add_registrant)
    dialog = page.commands.registrant_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.full_name, name)
    type_text(dialog.phone, phone)
    type_text(dialog.address, "ấp Phú Hữu, xã An Phú")
    type_text(dialog.matter, matter)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()


def test_registrants_are_added_and_a_postponement_lists_them_first(
    qtbot: QtBot, office_services: Services
) -> None:
    page = december(qtbot, office_services)
    click(qtbot, page.day_panel.add_registrant)
    empty = page.commands.registrant_dialog
    assert empty is not None
    click(qtbot, empty.ok_button)
    assert empty.error_of("full_name") == "Nhập họ và tên công dân đăng ký."
    empty.reject()
    add_registrant(
        qtbot, page, "Nguyễn Thị Hồng Nhung", "0912 345 678", "Khiếu nại việc thu hồi đất thửa số 125"
    )
    add_registrant(qtbot, page, "Lê Văn Đức", "0988 111 222", "Kiến nghị sửa đường giao thông nông thôn")
    assert page.day_panel.registrant_names() == ["Nguyễn Thị Hồng Nhung", "Lê Văn Đức"]
    assert page.day_panel.registrants_header.text() == "CÔNG DÂN ĐĂNG KÝ (2)"
    assert page.day_panel.registrants.item(0, 1).text() == "091*****78"  # phones masked at a public desk
    assert page.action.text() == "Đã thêm Lê Văn Đức vào danh sách đăng ký."

    click(qtbot, page.postpone_button)
    dialog = page.commands.postpone_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.new_date, "19/12/2026")  # a Saturday
    type_text(dialog.reason, "Chủ tịch họp đột xuất tại tỉnh")
    click(qtbot, dialog.ok_button)
    assert dialog.error_of("new_date").startswith("Ngày tiếp mới phải là ngày làm việc")
    dialog.new_date.clear()
    type_text(dialog.new_date, "11/12/2026")
    click(qtbot, dialog.ok_button)
    notify = dialog.notify_dialog
    assert notify is not None and notify.isVisible()
    assert notify.names() == ["Nguyễn Thị Hồng Nhung", "Lê Văn Đức"]
    assert notify.phones() == ["0912 345 678", "0988 111 222"]  # in full: the officer calls them
    assert office_services.schedule.sessions(DEC_10, DEC_10)[0].status is ReceptionSessionStatus.DU_KIEN
    click(qtbot, notify.confirm_button)
    assert not dialog.isVisible()

    new_day = dt.date(2026, 12, 11)
    assert page.grid.chips_on(DEC_10) == []
    [chip] = page.grid.chips_on(new_day)
    assert chip.status is ReceptionSessionStatus.HOAN and chip.moved and chip.text == "↪13:30 Bình"
    assert page.grid.selected() == new_day
    assert page.day_panel.registrant_names() == ["Nguyễn Thị Hồng Nhung", "Lê Văn Đức"]
    assert "10/12/2026" in page.day_panel.details.text()
    assert page.action.text() == "Đã hoãn buổi tiếp ngày 10/12/2026 sang ngày 11/12/2026."


def test_cancelling_asks_for_a_reason_and_strikes_the_chip(qtbot: QtBot, office_services: Services) -> None:
    page = december(qtbot, office_services)
    page.grid.select(DEC_24)
    dialog = page.commands.open_cancel()
    assert dialog is not None
    click(qtbot, dialog.ok_button)
    assert dialog.error_of("reason") == "Nhập lý do."
    type_text(dialog.reason, "Trùng kỳ họp HĐND xã")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    [chip] = page.grid.chips_on(DEC_24)
    assert chip.status is ReceptionSessionStatus.HUY
    assert not page.postpone_button.isEnabled()
    assert not page.cancel_button.isEnabled()


def test_removing_a_registrant_needs_a_reason(qtbot: QtBot, office_services: Services) -> None:
    page = december(qtbot, office_services)
    session = page.current_session()
    assert session is not None
    office_services.schedule.add_registrant(
        RegistrantInfo(None, session.id, "Phạm Thị Ửng", "Phản ánh tiếng ồn")
    )
    page.reload()
    assert page.commands.open_remove_registrant() is None
    assert page.action.text() == "Chọn một người đăng ký trong bảng trước."
    page.day_panel.registrants.selectRow(0)
    dialog = page.commands.open_remove_registrant()
    assert dialog is not None
    type_text(dialog.reason, "Công dân rút đăng ký")
    click(qtbot, dialog.ok_button)
    assert page.day_panel.registrant_names() == []
    assert office_services.schedule.registrants(session.id) == []


def test_held_and_no_citizen_change_the_chip(qtbot: QtBot, office_services: Services) -> None:
    page = make_page(qtbot, office_services)
    page.grid.select(dt.date(2026, 11, 19))
    click(qtbot, page.add_button)
    dialog = page.commands.session_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date.text() == "19/11/2026"
    assert dialog.presider.currentText() == "Trần Văn Bình — Chủ tịch UBND xã"
    type_text(dialog.start, "0800")
    type_text(dialog.end, "10:00")
    type_text(dialog.content, "Vụ tranh chấp đất đông người ở ấp Phú Thạnh")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    [chip] = page.grid.chips_on(dt.date(2026, 11, 19))
    assert chip.text == "08:00 Bình" and chip.status is ReceptionSessionStatus.DU_KIEN

    asked: list[str] = []
    page.ask = lambda text: asked.append(text) is None and len(asked) > 1
    click(qtbot, page.held_button)  # answered "Không"
    assert page.grid.chips_on(dt.date(2026, 11, 19))[0].status is ReceptionSessionStatus.DU_KIEN
    click(qtbot, page.held_button)
    assert asked[-1] == "Ghi nhận buổi tiếp ngày 19/11/2026 đã diễn ra?"
    assert page.grid.chips_on(dt.date(2026, 11, 19))[0].status is ReceptionSessionStatus.DA_TIEP
    assert not page.held_button.isEnabled()

    page.grid.select(dt.date(2026, 11, 18))
    dialog = page.commands.open_new_session()
    type_text(dialog.start, "14:00")
    click(qtbot, dialog.ok_button)
    page.ask = lambda _text: True
    click(qtbot, page.no_citizen_button)
    [chip] = page.grid.chips_on(dt.date(2026, 11, 18))
    assert chip.status is ReceptionSessionStatus.KHONG_CO_CONG_DAN
    assert page.action.text() == "Đã ghi nhận buổi tiếp ngày 18/11/2026 không có công dân đến."


def test_future_sessions_cannot_be_marked_held(qtbot: QtBot, office_services: Services) -> None:
    page = december(qtbot, office_services)
    assert page.current_session() is not None
    assert not page.held_button.isEnabled()
    assert not page.no_citizen_button.isEnabled()
    assert page.postpone_button.isEnabled()


def test_the_december_notice_is_numbered_kept_and_publishes_the_sessions(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    page = december(qtbot, office_services)
    opened: list[Path] = []
    page.printer.open_document = lambda path: opened.append(path) is None
    saved_to = iter([tmp_path / "thong-bao.txt", tmp_path / "lich.ics"])
    page.printer.save_path = lambda _caption, _name, _filter: next(saved_to)
    page.activateWindow()
    page.grid.setFocus()
    qtbot.waitUntil(page.grid.hasFocus)
    qtbot.keyClick(page.grid, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = page.commands.publish_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.picker.period() == Period(PeriodKind.MONTH, 2026, 12)  # the month on screen

    click(qtbot, dialog.text_button)  # a preview: no number taken yet
    text = (tmp_path / "thong-bao.txt").read_text(encoding="utf-8")
    assert "THÔNG BÁO" in text and "10/12/2026" in text
    assert "Số:" not in text
    assert page.grid.chips_on(DEC_10)[0].status is ReceptionSessionStatus.DU_KIEN

    click(qtbot, dialog.pdf_button)
    assert len(opened) == 1
    pdf = opened[0].read_bytes()
    flat = pdf_flat_text(pdf)
    assert "THÔNG BÁO" in pdf_text(pdf)
    assert "Số: 01/TB-UBND" in flat
    assert "10/12/2026" in flat and "24/12/2026" in flat
    assert "Chủ tịch UBND xã An Phú" in flat
    assert "Ủy ban nhân dân xã An Phú thông báo" in flat
    assert "01/TB-UBND" in dialog.notice.text()
    assert page.grid.chips_on(DEC_10)[0].status is ReceptionSessionStatus.DA_CONG_BO
    assert page.grid.chips_on(DEC_24)[0].status is ReceptionSessionStatus.DA_CONG_BO

    click(qtbot, dialog.pdf_button)  # a re-print keeps the number
    assert "Số: 01/TB-UBND" in pdf_flat_text(opened[1].read_bytes())

    click(qtbot, dialog.ics_button)
    ics = (tmp_path / "lich.ics").read_bytes()
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n")
    assert ics.count(b"BEGIN:VEVENT") == 2
    assert b"DTSTART;TZID=Asia/Ho_Chi_Minh:20261210T133000" in ics


def test_the_day_sheet_lists_the_registrants(qtbot: QtBot, office_services: Services) -> None:
    page = december(qtbot, office_services)
    session = page.current_session()
    assert session is not None
    office_services.schedule.add_registrant(
        RegistrantInfo(None, session.id, "Nguyễn Thị Hồng Nhung", "Khiếu nại việc thu hồi đất", "0912345678")
    )
    opened: list[Path] = []
    page.printer.open_document = lambda path: opened.append(path) is None
    click(qtbot, page.sheet_button)
    [path] = opened
    flat = pdf_flat_text(path.read_bytes())
    assert "DANH SÁCH CÔNG DÂN ĐĂNG KÝ TIẾP" in flat
    assert "Nguyễn Thị Hồng Nhung" in flat
    assert "Buổi chiều, từ 13 giờ 30 đến 17 giờ 00" in flat
    assert "Trần Văn Bình" in flat


def test_a_held_session_opens_the_conclusion_and_the_dialogues_have_a_tab(
    qtbot: QtBot, office_services: Services
) -> None:
    head = office_services.office.head()
    assert head is not None
    session = office_services.schedule.create_session(
        SessionEdit(date=dt.date(2026, 11, 19), presided_by_id=head.id, start_time=dt.time(8, 0))
    )
    page = make_page(qtbot, office_services)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Lịch tháng",
        "Danh sách buổi tiếp",
        "Đối thoại",
    ]
    page.grid.select(session.date)
    assert not page.conclusion_button.isHidden()
    assert not page.conclusion_button.isEnabled()  # only once the session was held
    page.ask = lambda _text: True
    click(qtbot, page.held_button)
    assert page.conclusion_button.isEnabled()
    click(qtbot, page.conclusion_button)
    dialog = page.commands.conclusion_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
