"""Công dân & vụ việc › a case › 'Hủy kết quả…': the last result goes with a reason, the one before counts again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category
from desk_app.domain.matter_results import MatterResult
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_citizens as vcit
from desk_app.services.registry import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.pages.citizens.page import CitizensPage
from desk_app.ui.pages.schedule.dialogs import ReasonDialog
from tests.gui.accounts_kit import when_modal
from tests.gui.window_kit import threaded_window
from tests.helpers.qt_input import press, settle, type_text

D = dt.date
RESULT_COLUMN = 5


@pytest.fixture
def window(qtbot: QtBot, office_services: Services) -> Iterator[MainWindow]:
    sv = office_services
    saved = sv.intake.save(
        VisitInput(
            date=D(2026, 9, 3), visitor=PersonInput("Nguyễn Văn An", id_number="001099012345"),
            summary="Khiếu nại thu hồi đất", category=Category.KHIEU_NAI,
        )
    )  # fmt: skip
    assert saved.case_id is not None
    sv.case_results.record(saved.case_id, MatterResult.DANG_GIAI_QUYET, D(2026, 10, 1))
    sv.case_results.record(saved.case_id, MatterResult.DA_GIAI_QUYET, D(2026, 11, 10), note="nhầm vụ việc")
    with threaded_window(qtbot, sv) as win:
        yield win


def test_the_last_result_is_voided_with_a_reason_and_the_case_shows_the_one_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page(5)
    page = window.citizens_page
    assert isinstance(page, CitizensPage)
    type_text(page.search, "001099012345")
    press(page.search, Qt.Key.Key_Return)
    settle(qtbot, window, tasks=window.tasks)
    detail = page.detail
    detail.tabs.setCurrentIndex(2)
    settle(qtbot, window, tasks=window.tasks)
    assert detail.cases.item(0, RESULT_COLUMN).text() == "Đã giải quyết"
    button = detail.void_result_button
    assert button.isVisible() and button.isEnabled() and button.text() == vcit.RESULT_VOID_BUTTON
    seen: list[str] = []

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        seen.append(dialog.windowTitle())
        press(dialog.reason, Qt.Key.Key_Return)  # no reason: the dialog stays, nothing is voided
        QApplication.processEvents()
        seen.append("open" if dialog.isVisible() else "closed")
        reason = dialog.findChild(QLineEdit)
        assert reason is dialog.reason
        type_text(reason, "Ghi nhầm vụ việc")
        press(reason, Qt.Key.Key_Return)

    when_modal(qtbot, ReasonDialog, give_reason)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2 and QApplication.activeModalWidget() is None, timeout=10_000)
    settle(qtbot, window, tasks=window.tasks)

    assert seen == [vcit.RESULT_VOID_TITLE.format(code="VV-2026-001"), "open"]
    case_id = detail.cases.current_id()
    assert case_id is not None
    history = window.services.case_results.history(case_id)
    assert [(h.result, h.voided, h.void_reason) for h in history] == [
        (MatterResult.DANG_GIAI_QUYET, False, None),
        (MatterResult.DA_GIAI_QUYET, True, "Ghi nhầm vụ việc"),
    ]
    assert detail.cases.item(0, RESULT_COLUMN).text() == "Đang giải quyết"
    assert detail.notice.text() == vcit.RESULT_VOIDED.format(code="VV-2026-001", result="Đang giải quyết")
