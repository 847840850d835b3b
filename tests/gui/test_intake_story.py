"""The intake story at human pace: save, pause, print, appointment, Tạo đơn, Ctrl+N, open from the register, restart."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app.app import build_main_window
from desk_app.domain.enums import Category
from desk_app.i18n import vi_ui
from desk_app.paths import AppPaths
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.registry import Services, open_services
from desk_app.ui.main_window import REGISTER_INDEX, MainWindow
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.pages.petitions.from_visit import PetitionFormDialog
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.tasks import TaskRunner
from tests.conftest import FIXED_NOW
from tests.helpers.pdf import pdf_flat_text
from tests.helpers.qt_input import longest_debounce_ms, press, press_on_row, settle, type_text

REPO = Path(__file__).resolve().parents[2]


class Desk:
    """The main window on a data folder, with a real task runner; PDFs it opens are captured, prompts fail."""

    def __init__(self, qtbot: QtBot, services: Services) -> None:
        self.qtbot = qtbot
        self.services = services
        self.tasks = TaskRunner()
        self.window: MainWindow = build_main_window(services, self.tasks)
        qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.opened: list[Path] = []
        self.page.printer.open_document = lambda path: self.opened.append(path) or True
        self.page.ask_confirm = lambda text: pytest.fail(f"unexpected prompt: {text}")
        self.settle()

    @property
    def page(self) -> IntakePage:
        return self.window.intake

    def settle(self) -> None:
        settle(self.qtbot, tasks=self.tasks)

    def ctrl(self, key: Qt.Key, widget: QWidget | None = None) -> None:
        target = widget or self.page.people.full_name
        # Offscreen there is no window manager to give the window back its focus once a dialog has closed.
        target.window().activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is target.window())
        target.setFocus()
        press(target, key, Qt.KeyboardModifier.ControlModifier)
        self.settle()

    def printed(self, before: int) -> str:
        """The text of the one PDF opened since `before`, or a failure showing what the page said instead."""
        assert len(self.opened) == before + 1, self.page.action.text()
        return pdf_flat_text(self.opened[-1].read_bytes())

    def open_from_register(self, visit_id: int) -> None:
        """Sổ tiếp công dân: select the visit's line and press Enter; the intake page shows it."""
        self.window.show_page(REGISTER_INDEX)
        register = self.window.register_page
        assert isinstance(register, RegisterPage)
        register.refresh()
        self.settle()
        row = register.model.row_of(visit_id)
        assert row is not None
        press_on_row(register.table, row)
        self.settle()
        assert self.window.current_title() == vi_ui.NAV_INTAKE and self.page._visit_id == visit_id

    def answer_modal(self, answer: Callable[[QDialog], None]) -> None:
        def run() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog)
            answer(dialog)

        QTimer.singleShot(0, run)

    def close(self) -> None:
        self.window.close()
        self.settle()
        self.tasks.wait()


def ok_button(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def test_save_then_print_open_from_the_register_and_restart_without_a_draft(
    qtbot: QtBot, office_services: Services, paths: AppPaths
) -> None:
    desk = Desk(qtbot, office_services)
    page = desk.page

    # A visitor with a complaint and a copy of the decision, saved with Ctrl+S.
    type_text(page.people.full_name, "Nguyễn Văn An")
    desk.settle()
    type_text(page.people.id_number, "001099012345")
    desk.settle()
    type_text(page.people.address, "thôn Hiệu Châu, xã An Phú")
    type_text(page.case.summary, "Khiếu nại quyết định thu hồi đất nông nghiệp của gia đình")
    page.case.category.set_value(Category.KHIEU_NAI)
    desk.settle()
    page.case.documents.add_button.click()
    row = page.case.documents.rows[0]
    type_text(row.widget("title"), "Quyết định thu hồi đất số 12/QĐ-UBND")
    desk.settle()
    desk.ctrl(Qt.Key.Key_S)
    assert page.banner.text().startswith("✓ Đã vào sổ: STT 1/2026"), page.action.text()
    settle(qtbot, tasks=desk.tasks, pause_ms=longest_debounce_ms())  # "wait one second"
    visit_id = page._visit_id
    assert visit_id is not None
    # The repeat-visitor panel has found him again by now and shows his case with its category.
    assert "VV-2026-001 · Khiếu nại" in [b.text() for b in page.history.case_buttons.values()]
    assert not page.is_dirty()

    # A second later, Ctrl+P prints the receipt.
    desk.ctrl(Qt.Key.Key_P)
    receipt = desk.printed(0)
    assert "GIẤY BIÊN NHẬN" in receipt and "Nguyễn Văn An" in receipt
    assert "1. Quyết định thu hồi đất số 12/QĐ-UBND" in receipt and "bản phô tô" in receipt
    assert page.action.tone == "ok"

    # The appointment slip.
    assert page.appointment_button.isEnabled(), page.appointment_button.toolTip()
    desk.answer_modal(ok_button)
    qtbot.mouseClick(page.appointment_button, Qt.MouseButton.LeftButton)
    desk.settle()
    slip = desk.printed(1)
    assert "Nguyễn Văn An" in slip and "Trần Văn Bình" in slip

    # "Tạo đơn": the petition form opens pre-filled; saving it links the letter to this visit and its case.
    qtbot.mouseClick(page.petition_button, Qt.MouseButton.LeftButton)
    desk.settle()
    dialog = page.findChild(PetitionFormDialog)
    assert dialog is not None, page.action.text()
    assert dialog.form.signer.full_name.text() == "Nguyễn Văn An"
    desk.ctrl(Qt.Key.Key_S, dialog.form.letter.summary)
    assert dialog.form.notice.tone == "ok", dialog.form.notice.text()
    details = PetitionDetailService(office_services.ctx, office_services.working_calendar)
    assert details.petitions_of_visit(visit_id) == ["1/2026"]
    petition = details.get(1)
    assert petition.visit_id == visit_id and petition.case_code == "VV-2026-001"
    dialog.close()
    desk.settle()

    # Ctrl+N for the next citizen: nothing unsaved, so no prompt (ask_confirm fails the test).
    desk.ctrl(Qt.Key.Key_N)
    assert page._visit_id is None and page.people.full_name.text() == ""
    type_text(page.people.full_name, "Trần Thị Bích")
    desk.settle()
    type_text(page.case.summary, "Kiến nghị sửa đường liên ấp bị sạt lở")
    page.case.category.set_value(Category.KIEN_NGHI_PHAN_ANH)
    desk.settle()
    desk.ctrl(Qt.Key.Key_S)
    assert page.banner.text().startswith("✓ Đã vào sổ: STT 2/2026"), page.action.text()
    second_id = page._visit_id
    assert second_id is not None and not page.is_dirty()

    # The first visit, opened from Sổ tiếp công dân with Enter while the second is shown: no prompt.
    desk.open_from_register(visit_id)
    assert not page.is_dirty()
    desk.ctrl(Qt.Key.Key_P)
    again = desk.printed(2)
    assert "Quyết định thu hồi đất số 12/QĐ-UBND" in again and "Nguyễn Văn An" in again
    assert page.appointment_button.isEnabled(), page.appointment_button.toolTip()
    desk.answer_modal(ok_button)
    qtbot.mouseClick(page.appointment_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert "Nguyễn Văn An" in desk.printed(3)

    # The second, opened the same way, makes its petition with "Tạo đơn".
    desk.open_from_register(second_id)
    assert page.people.full_name.text() == "Trần Thị Bích"
    qtbot.mouseClick(page.petition_button, Qt.MouseButton.LeftButton)
    desk.settle()
    dialogs = [d for d in page.findChildren(PetitionFormDialog) if d.isVisible()]
    assert len(dialogs) == 1, page.action.text()
    assert dialogs[0].form.signer.full_name.text() == "Trần Thị Bích"
    dialogs[0].close()
    desk.settle()

    # Closed and started again on the same data folder: no draft comes back.
    desk.close()
    office_services.close()
    reopened = open_services(paths)
    reopened.ctx.clock = lambda: FIXED_NOW
    try:
        assert reopened.drafts.load("intake") is None
        second = Desk(qtbot, reopened)
        assert vi_ui.DRAFT_RESTORED not in second.page.banner.text()
        assert second.page.people.full_name.text() == ""
        second.close()
    finally:
        reopened.close()


def test_settle_sees_every_timer_of_the_app() -> None:
    """settle() finds QTimer children; a static QTimer.singleShot with a delay would slip past it."""
    delayed = []
    for path in (REPO / "desk_app").rglob("*.py"):
        for match in re.finditer(r"QTimer\.singleShot\(\s*([^,]+),", path.read_text(encoding="utf-8")):
            if match.group(1).strip() != "0":
                delayed.append(f"{path.name}: {match.group(0)}")
    assert delayed == []


def test_settle_knows_the_longest_debounce_of_the_app() -> None:
    """A new, longer debounce must be added to the helper's list, so that pause_ms=longest_debounce_ms() covers it."""
    found = []
    for path in (REPO / "desk_app" / "ui").rglob("*.py"):  # timers live in the window
        text = path.read_text(encoding="utf-8")
        found += [
            int(n.replace("_", ""))
            for n in re.findall(r"^[A-Z_]*_MS(?:: \w+)? = ([\d_]+)", text, re.MULTILINE)
        ]
        found += [int(n) for n in re.findall(r"setInterval\((\d+)\)", text)]
    assert found and max(found) <= longest_debounce_ms()
