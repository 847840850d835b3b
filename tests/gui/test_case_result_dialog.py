"""Issue 14: a case's result is recorded, and corrected, from Công dân & vụ việc › Vụ việc ('Ghi kết quả…')."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Role
from desk_app.domain.matter_results import MatterResult
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_citizens as vcit
from desk_app.services.registry import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.pages.citizens.result_dialog import CaseResultDialog
from desk_app.ui.tasks import TaskRunner
from tests.gui.test_citizens_page import page_of, settle, type_slowly
from tests.gui.window_kit import threaded_window
from tests.helpers.qt_input import type_text

D = dt.date
RESULT_COLUMN = vcit.CASE_HEADERS.index("Kết quả")


@pytest.fixture
def window(qtbot: QtBot, office_services: Services) -> Iterator[MainWindow]:
    office_services.intake.save(
        VisitInput(
            date=D(2026, 9, 3), visitor=PersonInput("Nguyễn Văn An", id_number="001099012345"),
            summary="Kiến nghị sửa đường thôn", category=Category.KIEN_NGHI_PHAN_ANH,
        )
    )  # fmt: skip
    with threaded_window(qtbot, office_services) as win:
        yield win


def _year(sv: Services) -> tuple[int, int]:
    f = sv.reports.review(sv.reports.custom_period(D(2026, 1, 1), D(2026, 11, 20))).review.figures
    return f.resolved, f.unresolved


def test_the_result_is_recorded_then_corrected_and_counts(
    qtbot: QtBot, window: MainWindow, office_services: Services
) -> None:
    sv = office_services
    window.show_page(5)
    page = page_of(window)
    type_slowly(qtbot, page.search, "001099")
    settle(qtbot, window)
    detail = page.detail
    detail.tabs.setCurrentIndex(2)
    settle(qtbot, window)
    assert detail.cases.item(0, RESULT_COLUMN).text() == ""
    assert detail.result_button.isVisible() and detail.result_button.isEnabled()
    qtbot.mouseClick(detail.result_button, Qt.MouseButton.LeftButton)
    dialog = detail.findChild(CaseResultDialog)
    assert isinstance(dialog, CaseResultDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.outcome.set_value(MatterResult.DA_GIAI_QUYET)
    dialog.on.clear()
    type_text(dialog.on, "31/10/2026")
    type_text(dialog.note, "Đã sửa đường theo Thông báo 20/TB-UBND")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.cases.item(0, RESULT_COLUMN).text() == "Đã giải quyết")
    assert detail.notice.text() == vcit.RESULT_SAVED.format(result="Đã giải quyết", code="VV-2026-001")
    assert _year(sv) == (1, 0)

    # Entered wrong: the right result recorded on the same day replaces it in the reports; both stay in the history.
    qtbot.mouseClick(detail.result_button, Qt.MouseButton.LeftButton)
    again = [d for d in detail.findChildren(CaseResultDialog) if d.isVisible()][-1]
    again.outcome.set_value(MatterResult.DANG_GIAI_QUYET)
    again.on.clear()
    type_text(again.on, "31/10/2026")
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.cases.item(0, RESULT_COLUMN).text() == "Đang giải quyết")
    assert _year(sv) == (0, 1)
    case_id = detail.cases.current_id()
    assert case_id is not None
    assert [(h.result, h.on) for h in sv.case_results.history(case_id)] == [
        (MatterResult.DA_GIAI_QUYET, D(2026, 10, 31)), (MatterResult.DANG_GIAI_QUYET, D(2026, 10, 31))
    ]  # fmt: skip


def test_a_report_viewer_has_no_button(qtbot: QtBot, office_services: Services) -> None:
    office_services.ctx.actor.roles = (Role.XEM_BAO_CAO,)
    from desk_app.services.citizens.overview import CitizenOverviewService
    from desk_app.ui.pages.citizens.detail import CitizenDetail

    detail = CitizenDetail(office_services, TaskRunner(), CitizenOverviewService(office_services.ctx))
    qtbot.addWidget(detail)
    assert not detail.result_button.isVisibleTo(detail)
