"""Day one at the desk, as the issue tells it: set up the office, receive visitors, print, close, reopen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desk_app.app import build_main_window
from desk_app.domain.enums import Category, DocCondition, RefusalReason, VisitOrder, VisitStatus
from desk_app.i18n import labels
from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from desk_app.services.visits.register import RegisterFilter, SortKey
from desk_app.ui.first_run import FirstRunDialog
from desk_app.ui.pages.intake.dialogs import RefusalDialog
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.conftest import FIXED_NOW
from tests.helpers.pdf import pdf_text
from tests.helpers.qt_input import choose, click, press, retype, settle, type_text


def test_a_new_office_receives_its_first_visitors_and_finds_them_after_a_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "office")
    services = open_services(paths)
    services.ctx.clock = lambda: FIXED_NOW
    assert not services.office.is_set_up()

    # The office is set up in the first-run dialog, typed in Vietnamese.
    setup = FirstRunDialog(services)
    qtbot.addWidget(setup)
    setup.show()
    type_text(setup.office.name, "ỦY BAN NHÂN DÂN XÃ AN PHÚ")
    type_text(setup.office.place_name, "An Phú")
    type_text(setup.head_name, "Trần Văn Bình")
    type_text(setup.officer_name, "Phạm Thị Dung")
    qtbot.mouseClick(setup.save_button, Qt.MouseButton.LeftButton)
    assert setup.result() == QDialog.DialogCode.Accepted

    window = build_main_window(services, ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    settle(qtbot)
    page = window.intake
    page.ask_confirm = lambda text: pytest.fail(f"unexpected prompt: {text}")
    opened: list[Path] = []
    page.printer.open_document = lambda path: opened.append(path) or True

    # 1. A citizen with his complaint and two documents; the receipt is printed for him.
    type_text(page.people.full_name, "Nguyễn Văn An")
    settle(qtbot)
    type_text(page.people.id_number, "001099012345")
    type_text(page.people.address, "thôn Hiệu Châu, xã An Phú, tỉnh An Giang")
    settle(qtbot)
    type_text(page.case.summary, "Khiếu nại quyết định thu hồi đất của gia đình")
    choose(page.case.category, labels.CATEGORY[Category.KHIEU_NAI])
    settle(qtbot)
    click(qtbot, page.case.documents.add_button)
    document = page.case.documents.rows[0]
    type_text(document.widget("title"), "Đơn khiếu nại")
    retype(document.widget("pages"), "2")
    choose(document.widget("condition"), labels.DOC_CONDITION[DocCondition.BAN_SAO_CONG_CHUNG])  # type: ignore[arg-type]
    settle(qtbot)
    press(page.people.full_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    press(page.people.full_name, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert len(opened) == 1, page.action.text()
    receipt = " ".join(pdf_text(opened[0].read_bytes()).split())
    for expected in (
        "GIẤY BIÊN NHẬN",
        "Nguyễn Văn An",
        "Phạm Thị Dung",
        "1. Đơn khiếu nại (2 trang, bản sao có chứng thực)",
    ):
        assert expected in receipt

    # 2. A delegation of 7 with 2 representatives.
    press(page.people.full_name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # no prompt: it is saved
    settle(qtbot)
    assert page.people.full_name.text() == ""
    type_text(page.people.full_name, "Trần Thị Bích")
    retype(page.people.group_size, "7")
    settle(qtbot)
    click(qtbot, page.people.reps.add_button)
    type_text(page.people.reps.rows[0].widget("full_name"), "Lê Văn Bảy")
    type_text(page.case.summary, "Kiến nghị sửa đường liên ấp bị sạt lở")
    choose(page.case.category, labels.CATEGORY[Category.KIEN_NGHI_PHAN_ANH])
    settle(qtbot)
    click(qtbot, page.save_button)
    settle(qtbot)
    assert page.banner.text().startswith("✓ Đã vào sổ: STT 2/2026"), page.action.text()

    # 3. Mr An comes back; typed without diacritics, the side panel finds him and his open case.
    press(page.people.full_name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    type_text(page.people.full_name, "nguyen van an")
    settle(qtbot)
    assert len(page.history.matches) == 1
    case_id = page.history.matches[0].open_cases[0].id
    click(qtbot, page.history.case_buttons[case_id])
    settle(qtbot)
    # His case's category and summary come with it; he asks about progress this time.
    assert page.case.category.value() is Category.KHIEU_NAI
    assert page.case.summary.toPlainText() == "Khiếu nại quyết định thu hồi đất của gia đình"
    retype(page.case.summary, "Hỏi tiến độ giải quyết khiếu nại")
    settle(qtbot)
    again = page.save()
    assert again is not None and again.visit_order is VisitOrder.NHIEU_LAN
    settle(qtbot)

    # 4. One visitor is refused with a reason.
    press(page.people.full_name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    type_text(page.people.full_name, "Hồ Văn Khải")
    settle(qtbot)

    def choose_ground() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RefusalDialog)
        dialog.set_reason(RefusalReason.DE_DOA_VI_PHAM_NOI_QUY)
        dialog.accept()

    QTimer.singleShot(0, choose_ground)
    click(qtbot, page.refuse_button)
    settle(qtbot)
    assert page.banner.text().startswith("✓"), page.action.text()

    window.close()
    settle(qtbot)
    services.close()

    # Closed and reopened: everything is there.
    reopened = open_services(paths)
    try:
        ids = reopened.register.search_ids(RegisterFilter(), SortKey.BOOK, descending=False)
        rows = reopened.register.rows(ids)
        assert [r.book_no for r in rows] == [1, 2, 3, 4]
        assert [r.name_address.split(",")[0] for r in rows] == [
            "Nguyễn Văn An",
            "Trần Thị Bích",
            "Nguyễn Văn An",
            "Hồ Văn Khải",
        ]
        assert rows[1].group_size == 7
        assert [r.visit_order for r in rows[:3]] == [
            VisitOrder.LAN_DAU,
            VisitOrder.LAN_DAU,
            VisitOrder.NHIEU_LAN,
        ]
        assert rows[3].status is VisitStatus.TU_CHOI
        assert rows[0].date == dt.date(2026, 11, 20)
        kept = reopened.documents.kept_for_visit(ids[0])
        assert [k.path for k in kept] == opened
        assert reopened.office.get() is not None
        assert reopened.drafts.load("intake") is None  # nothing unsaved was left: no draft comes back
    finally:
        reopened.close()
