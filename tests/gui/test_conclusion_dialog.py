"""The conclusion dialog: cases from the visits, typing the head's conclusions, issuing, printing, the units' dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.services.registry import Services
from desk_app.ui.pages.schedule.conclusion_dialog import ConclusionDialog
from desk_app.ui.tasks import ImmediateTaskRunner, TaskRunner
from tests.helpers.pdf import pdf_flat_text
from tests.helpers.qt_input import type_text
from tests.integration.test_conclusions import held_session


def make(
    qtbot: QtBot, services: Services, runner: TaskRunner | None = None
) -> tuple[ConclusionDialog, list[Path]]:
    session_id = held_session(services)
    dialog = ConclusionDialog(services, runner or ImmediateTaskRunner(), session_id)
    opened: list[Path] = []
    dialog.open_document = lambda path: opened.append(path) or True
    qtbot.addWidget(dialog)
    dialog.resize(1200, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, opened


def cells(dialog: ConclusionDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_type_conclusions_issue_and_print(qtbot: QtBot, office_services: Services) -> None:
    sv = office_services
    dialog, opened = make(qtbot, sv)
    assert cells(dialog, 1) == ["Nguyễn Văn An", "Lê Thị Hoa"]
    assert dialog.number.text() == "Chưa ban hành thông báo kết luận."
    assert dialog.authority.text() == "TL. CHỦ TỊCH" and dialog.signer_title.text() == "CHÁNH VĂN PHÒNG"
    dialog.grab().save("/tmp/shots/conclusion_dialog_start.png")

    dialog.table.setCurrentCell(0, 1)
    type_text(dialog.conclusion, "Giao công chức Địa chính kiểm tra hồ sơ, đề xuất cấp giấy chứng nhận.")
    type_text(dialog.unit, "Công chức Địa chính – Xây dựng")
    type_text(dialog.due, "10/12/2026")
    dialog.table.setCurrentCell(1, 1)
    type_text(dialog.conclusion, "Đã giải thích chính sách bồi thường tại buổi tiếp.")
    assert cells(dialog, 4) == ["Công chức Địa chính – Xây dựng", "—"]
    type_text(dialog.signer_name, "Đỗ Minh Quân")
    type_text(dialog.participants, "Công chức Tư pháp – Hộ tịch")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)

    assert dialog.number.text() == "Đã ban hành: Số 01/TB-UBND ngày 20/11/2026"
    assert dialog.notice.tone == "ok" and "01/TB-UBND" in dialog.notice.text()
    assert "Công chức Địa chính – Xây dựng: trước ngày 10/12/2026 (trong hạn)" in dialog.dues.text()
    assert cells(dialog, 6) == ["trong hạn", ""]
    assert len(opened) == 1 and opened[0].exists()
    text = pdf_flat_text(opened[0].read_bytes())
    assert "Số: 01/TB-UBND" in text
    assert "Kết luận của Chủ tịch Ủy ban nhân dân xã tại buổi tiếp công dân ngày 12/11/2026" in text
    assert "Thời hạn: trước ngày 10/12/2026." in text
    assert "Đỗ Minh Quân" in text and "Công chức Tư pháp – Hộ tịch" in text
    dialog.grab().save("/tmp/shots/conclusion_dialog_issued.png")

    # printing again keeps the number
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2 and "Số: 01/TB-UBND" in pdf_flat_text(opened[1].read_bytes())

    dialog.table.setCurrentCell(0, 1)
    assert dialog.done_button.isEnabled()
    dialog.mark_done(dt.date(2026, 11, 25))
    assert cells(dialog, 6)[0] == "Đã thực hiện 25/11/2026"


def test_a_missing_conclusion_is_said_in_vietnamese(qtbot: QtBot, office_services: Services) -> None:
    dialog, opened = make(qtbot, office_services)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.tone == "error"
    assert "Mục 1: Nhập nội dung kết luận, chỉ đạo." in dialog.notice.text()
    assert opened == [] and dialog.issue_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3 and dialog.table.currentRow() == 2 and dialog.citizen.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "Mục 3: Nhập họ tên công dân."


def test_issuing_runs_off_the_gui_thread(qtbot: QtBot, office_services: Services) -> None:
    runner = TaskRunner()
    dialog, opened = make(qtbot, office_services, runner)
    for row in range(2):
        dialog.table.setCurrentCell(row, 1)
        type_text(dialog.conclusion, "Giao Văn phòng trả lời.")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert not dialog.issue_button.isEnabled()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert dialog.issue_button.isEnabled() and "01/TB-UBND" in dialog.number.text()
    runner.wait()
