"""The dialogues tab: add a dialogue typed in Vietnamese, issue its notice to two units, record an answer, colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import DialogueKind
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.ui.pages.schedule.dialogues_tab import AMBER, RED, DialoguesTab
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.pdf import pdf_flat_text
from tests.helpers.qt_input import type_text


def make(qtbot: QtBot, services: Services) -> tuple[DialoguesTab, list[Path]]:
    tab = DialoguesTab(services, ImmediateTaskRunner())
    opened: list[Path] = []
    tab.open_document = lambda path: opened.append(path) or True
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab, opened


def row(tab: DialoguesTab, index: int) -> list[str]:
    return [tab.table.item(index, c).text() for c in range(tab.table.columnCount())]


def ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.text() == vi_ui.BTN_OK  # Vietnamese, never "OK" from Qt
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_issue_and_answer(qtbot: QtBot, office_services: Services) -> None:
    tab, opened = make(qtbot, office_services)
    assert tab.table.rowCount() == 0 and not tab.notice_button.isEnabled()
    tab.kind.set_value(DialogueKind.DINH_KY)
    tab.date.clear()
    type_text(tab.date, "28/08/2026")
    type_text(tab.time, "08:00")
    type_text(tab.topic, "Cấp giấy chứng nhận quyền sử dụng đất ở trước 18/12/1980")
    type_text(tab.place, "Hội trường Ủy ban nhân dân xã")
    type_text(tab.participants, "Đại diện Ủy ban MTTQ xã, các hộ dân thôn Hiệu Châu")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.notice.tone == "ok" and "hạn thông báo kết luận 16/09/2026" in tab.notice.text()
    first = row(tab, 0)
    assert first[:5] == ["28/08/2026", "Đối thoại định kỳ", "Cấp giấy chứng nhận quyền sử dụng đất ở trước 18/12/1980",
                         "Trần Văn Bình", "16/09/2026"]  # fmt: skip
    assert first[6].startswith("Quá hạn")  # the clock says 20/11/2026
    assert tab.table.item(0, 0).background().color().name() == RED
    assert "định kỳ 1 (quy chế: 2 cuộc/năm)" in tab.counts.text()
    tab.grab().save("/tmp/shots/dialogues_tab_new.png")

    qtbot.mouseClick(tab.notice_button, Qt.MouseButton.LeftButton)
    dialog = tab.notice_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.issued_on.clear()
    type_text(dialog.issued_on, "10/09/2026")
    dialog.set_row(0, "Công chức Địa chính – Xây dựng", "Rà soát hồ sơ đất trước năm 1980")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.set_row(1, "Ban Bồi thường, giải phóng mặt bằng", "Đền bù bờ kè sông Trí")
    dialog.grab().save("/tmp/shots/dialogues_notice_dialog.png")
    ok(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    assert row(tab, 0)[4] == "Đã ban hành 10/09/2026 (Số 01/TB-UBND)"
    assert row(tab, 0)[5] == "0/2"
    assert "2 đơn vị phải trả lời trước ngày 22/10/2026" in tab.notice.text()
    assert len(opened) == 1
    text = pdf_flat_text(opened[0].read_bytes())
    assert "tại hội nghị đối thoại ngày 28/08/2026" in text and "Số: 01/TB-UBND" in text
    assert "Thời hạn trả lời bằng văn bản: trước ngày 22/10/2026." in text

    qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    answer = tab.answer_dialog
    assert answer is not None and answer.unit.count() == 2
    answer.answered_on.clear()
    type_text(answer.answered_on, "20/10/2026")
    type_text(answer.doc_no, "12/BC-ĐC")
    ok(qtbot, answer.buttons)
    assert row(tab, 0)[5] == "1/2"
    assert tab.notice.text() == "Đã ghi nhận trả lời của Công chức Địa chính – Xây dựng."
    assert row(tab, 0)[6].startswith("Quá hạn")  # the second unit is late since 22/10
    tab.grab().save("/tmp/shots/dialogues_tab.png")


def test_missing_topic_and_due_soon_colour(qtbot: QtBot, office_services: Services) -> None:
    tab, _opened = make(qtbot, office_services)
    tab.date.clear()
    type_text(tab.date, "10/11/2026")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.notice.tone == "error" and tab.notice.text() == "Nhập chủ đề, nội dung đối thoại."
    assert tab.table.rowCount() == 0
    tab.kind.set_value(DialogueKind.CHUYEN_DE)
    type_text(tab.topic, "Chính sách an sinh xã hội")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert row(tab, 0)[1] == "Đối thoại chuyên đề"
    assert row(tab, 0)[6].startswith("Sắp đến hạn")
    assert tab.table.item(0, 2).background().color().name() == AMBER
    tab.year.setValue(2025)
    assert tab.table.rowCount() == 0
