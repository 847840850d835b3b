"""Refuse a visitor through the dialog, then print Mẫu 01/TCD from the intake page and from the register's menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk_app.app import build_main_window
from desk_app.domain.enums import Category, Handling, RefusalReason, VisitStatus
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_refusal as vref
from desk_app.services.registry import Services
from desk_app.ui.main_window import REGISTER_INDEX
from desk_app.ui.pages.intake.dialogs import RefusalDialog
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.tasks import TaskRunner
from tests.helpers.pdf import pdf_flat_text
from tests.helpers.qt_input import press, settle, type_text


def _clipped_labels(dialog: QWidget) -> list[str]:
    """Labels whose text needs more room than they were given (a cut-off line)."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.text()
        and (
            label.height()
            < (label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height())
            or (not label.wordWrap() and label.width() < label.sizeHint().width())
        )
    ]


def test_refuse_through_the_dialog_then_print_the_notice_from_the_intake_and_the_register(
    qtbot: QtBot, office_services: Services
) -> None:
    services = office_services
    tasks = TaskRunner()
    window = build_main_window(services, tasks)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    opened: list[Path] = []
    page = window.intake
    page.printer.open_document = lambda path: opened.append(path) or True
    page.ask_confirm = lambda text: pytest.fail(f"unexpected prompt: {text}")
    settle(qtbot, tasks=tasks)

    # A visitor who keeps complaining about a resolved matter: name, then Phân loại chosen with the keyboard.
    type_text(page.people.full_name, "Hồ Văn Khải")
    page.case.category.setFocus()
    for _ in range(len(Category) + 1):
        if page.case.category.value() is Category.KHIEU_NAI:
            break
        press(page.case.category, Qt.Key.Key_Down)
    assert page.case.category.value() is Category.KHIEU_NAI
    settle(qtbot, tasks=tasks)
    assert not page.notice_button.isVisible()

    seen: dict[str, object] = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RefusalDialog)
        dialog.resize(dialog.size())  # as shown, at 1366×768
        QApplication.processEvents()
        seen["reasons"] = dialog.reasons()
        seen["clipped"] = _clipped_labels(dialog)
        seen["fits"] = dialog.frameGeometry().height() <= 768 and dialog.width() <= 1366
        dialog.reason_list.setFocus()
        press(dialog.reason_list, Qt.Key.Key_Home)
        while dialog.reason() is not RefusalReason.KHIEU_TO_KEO_DAI:
            press(dialog.reason_list, Qt.Key.Key_Down)
        seen["reminder"] = dialog.reminder.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(page.refuse_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks=tasks)

    # Only the grounds that fit a complaint were offered, every one readable.
    reasons = seen["reasons"]
    assert isinstance(reasons, tuple)
    assert RefusalReason.KHIEU_TO_KEO_DAI in reasons and RefusalReason.KNPA_DA_TRA_LOI not in reasons
    assert seen["clipped"] == [] and seen["fits"] is True
    assert "03 ngày làm việc" in str(seen["reminder"])
    assert page._visit_id is not None
    visit_id = page._visit_id
    assert services.intake.get(visit_id).status is VisitStatus.TU_CHOI
    state = services.intake.refusal_notice_state(visit_id)
    assert state.needed and state.due == dt.date(2026, 11, 26)  # Fri 20 + Mon 23, Wed 25, Thu 26 (24 is off)

    # "In thông báo 01/TCD" sits with the print buttons; the job runs off the GUI thread.
    assert page.notice_button.isVisible() and page.notice_button.isEnabled()
    assert page.notice_button.text() == vref.PRINT_NOTICE
    qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks=tasks)
    assert len(opened) == 1, page.action.text()
    text = pdf_flat_text(opened[-1].read_bytes())
    assert "Số: 01/TB-UBND" in text and "Ngày 20 tháng 11 năm 2026, ông (bà) Hồ Văn Khải" in text
    assert (
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình" in text and "khoản 3 Điều 9 Luật Tiếp công dân" in text
    )
    assert "01/TB-UBND" in page.action.text()
    after = services.intake.refusal_notice_state(visit_id)
    assert after.number_text == "01/TB-UBND" and after.due is None
    assert [k.kind for k in services.documents.kept_for_visit(visit_id)] == ["tb_tu_choi_tiep"]

    # A kiến nghị already answered, refused the same day, is printed from the register's right-click menu.
    other = services.intake.save(
        VisitInput(date=dt.date(2026, 11, 20), visitor=PersonInput("Đỗ Thị Hoa"), handling=Handling.TU_CHOI_TIEP,
                   refusal_reason=RefusalReason.KNPA_DA_TRA_LOI, category=Category.KIEN_NGHI_PHAN_ANH,
                   summary="Kiến nghị sửa đèn đường ấp 3")
    ).id  # fmt: skip
    window.show_page(REGISTER_INDEX)
    register = window.register_page
    assert isinstance(register, RegisterPage)
    register.row_menu.printer.open_document = lambda path: opened.append(path) or True
    register.refresh()
    settle(qtbot, tasks=tasks)

    def right_click(visit: int) -> None:
        row = register.model.row_of(visit)
        assert row is not None
        register.table.scrollTo(register.model.index(row, 0))
        center = register.table.visualRect(register.model.index(row, 1)).center()
        # through the window, as the platform delivers a click: Qt turns the right press into a context-menu event
        viewport = register.table.viewport()
        handle = window.windowHandle()
        assert handle is not None
        QTest.mouseClick(
            handle, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, viewport.mapTo(window, center)
        )
        settle(qtbot, tasks=tasks)

    right_click(other)
    assert register.selected_id() == other
    menu = register.row_menu.menu
    assert menu is not None and menu.isVisible()
    (action,) = [a for a in menu.actions() if a.objectName() == "printRefusalNotice"]
    assert action.isEnabled() and action.text().startswith(vref.PRINT_NOTICE)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    settle(qtbot, tasks=tasks)
    assert len(opened) == 2, register.count_label.text()
    text = pdf_flat_text(opened[-1].read_bytes())
    assert "Số: 02/TB-UBND" in text and "Căn cứ điểm h khoản 1 Điều 4 Nghị định số 154/2026/NĐ-CP" in text
    assert services.intake.refusal_notice_state(other).number_text == "02/TB-UBND"

    # The first visit's menu offers a re-print under the same number.
    right_click(visit_id)
    menu = register.row_menu.menu
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.objectName() == "printRefusalNotice"]
    assert action.text() == vref.MENU_REPRINT_NOTICE.format(number="01/TB-UBND")
    press(menu, Qt.Key.Key_Escape)
    assert services.deadlines.due_soon_and_overdue(dt.date(2026, 11, 30)).overdue == ()
    tasks.wait(5000)
    window.close()
