"""Công dân & vụ việc at a person's pace: type a name, let the search fire, open a visit, a petition, a masked case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Handling, PetitionSource, Role, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi
from desk_app.i18n import vi_citizens as vcit
from desk_app.services.petitions.service import PetitionService
from desk_app.services.registry import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.pages.citizens.page import CitizensPage
from desk_app.ui.widgets.period_filter import DEBOUNCE_MS
from tests.gui.test_print_modes import pages
from tests.gui.test_print_pages import straight_to
from tests.gui.window_kit import threaded_window
from tests.helpers.pdf import pdf_text
from tests.helpers.qt_input import press, type_text

D = dt.date
KEY_PAUSE_MS = 120
"""A person types about eight keys a second: shorter than the debounce, so it restarts on every key."""


@pytest.fixture
def desk(office_services: Services) -> Services:
    sv = office_services
    an = PersonInput("Nguyễn Văn An", id_number="001099012345", phone="0912 345 678", address="thôn Bắc")
    first = sv.intake.save(
        VisitInput(
            date=D(2026, 9, 3), visitor=an, summary="Khiếu nại thu hồi đất", category=Category.KHIEU_NAI,
            field=SubjectField.HC_DAT_DAI_NHA_CUA, handling=Handling.HUONG_DAN, guidance_target="Tòa án nhân dân huyện",
        )
    )  # fmt: skip
    sv.intake.save(
        VisitInput(
            date=D(2026, 10, 8), visitor=an, summary="Khiếu nại thu hồi đất lần hai", category=Category.KHIEU_NAI,
            case_id=first.case_id,
        )
    )  # fmt: skip
    PetitionService(sv.ctx, sv.working_calendar).register(
        PetitionInput(
            D(2026, 9, 20), PetitionSource.BUU_CHINH, "Đơn khiếu nại thu hồi đất", Category.KHIEU_NAI,
            main=an, case_id=first.case_id,
        )
    )  # fmt: skip
    sv.intake.save(
        VisitInput(
            date=D(2026, 11, 2), visitor=PersonInput("Trần Thị Bé", id_number="036188004321"),
            summary="Tố cáo trưởng thôn thu tiền sai", category=Category.TO_CAO,
        )
    )  # fmt: skip
    return sv


@pytest.fixture
def window(qtbot: QtBot, desk: Services) -> Iterator[MainWindow]:
    with threaded_window(qtbot, desk) as win:
        yield win


def page_of(window: MainWindow) -> CitizensPage:
    page = window.citizens_page
    assert isinstance(page, CitizensPage)
    return page


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait as a person would: the debounce has fired, no search or overview is still running."""
    page = page_of(window)
    qtbot.wait(DEBOUNCE_MS + 50)
    qtbot.waitUntil(lambda: not page._debounce.isActive() and window.tasks.wait(0), timeout=10_000)
    qtbot.wait(50)  # the queued results arrive
    QApplication.processEvents()


def type_slowly(qtbot: QtBot, widget: object, text: str) -> None:
    for ch in text:
        type_text(widget, ch)  # type: ignore[arg-type]
        qtbot.wait(KEY_PAUSE_MS)


def double_click_row(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    QApplication.processEvents()


def test_typing_a_name_finds_the_person_and_a_visit_opens_in_the_intake(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    page = page_of(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    assert page.results_box.currentWidget() is page.results_box.empty
    assert page.results_box.empty.text() == vcit.HINT_START

    type_slowly(qtbot, page.search, "nguyen van an")
    settle(qtbot, window)
    assert [h.name for h in page.hits] == ["Nguyễn Văn An"]
    assert page.results.item(0, 0).text() == "Nguyễn Văn An"
    assert page.results.item(0, 2).text() == "001*******45"
    detail = page.detail
    assert "Nguyễn Văn An" in detail.card.text() and "thôn Bắc" in detail.card.text()
    assert detail.tabs.tabText(0) == "Lượt tiếp (2)" and detail.tabs.tabText(2) == "Vụ việc (1)"
    assert [detail.visits.item(r, 0).text() for r in range(2)] == ["08/10/2026", "03/09/2026"]
    assert detail.visits.item(1, 3).text() == "Khiếu nại" and detail.visits.item(1, 7).text() == "VV-2026-001"

    # Down leaves the box for the list, Enter goes into the visits, Enter opens the one chosen.
    press(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.results
    press(page.results, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is detail.visits
    press(detail.visits, Qt.Key.Key_Down)
    press(detail.visits, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.intake
    assert window.intake.people.full_name.text() == "Nguyễn Văn An"
    assert "STT 1/2026" in window.intake.banner.text()


def test_a_case_shows_its_visits_and_petitions_in_time_order_and_a_petition_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_page(5)
    page = page_of(window)
    type_slowly(qtbot, page.search, "001099")
    press(
        page.search, Qt.Key.Key_Return
    )  # before the pause: the search runs now and the list takes the focus
    settle(qtbot, window)
    assert QApplication.focusWidget() is page.results
    detail = page.detail
    detail.tabs.setCurrentIndex(2)
    settle(qtbot, window)
    entries = detail.entries_table
    assert [(entries.item(r, 0).text(), entries.item(r, 1).text()) for r in range(entries.rowCount())] == [
        ("03/09/2026", "Lượt tiếp"), ("20/09/2026", "Đơn thư"), ("08/10/2026", "Lượt tiếp"),
    ]  # fmt: skip
    double_click_row(qtbot, entries, 1)
    settle(qtbot, window)
    view = window.petitions_page.view
    assert view is not None and view.isVisible() and view.detail.label == "1/2026"
    view.close()

    printed = tmp_path / "printer.pdf"
    straight_to(detail.output, printed)  # 'In' prints the kept case file on this PC's default printer
    qtbot.mouseClick(detail.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert detail.notice.text() == vcit.PRINTED.format(code="VV-2026-001")
    kept = detail.last_printed
    assert kept is not None and len(pages(printed)) == len(pages(kept.path)) >= 1
    text = pdf_text(kept.path.read_bytes())
    assert "VV-2026-001" in text and "Nguyễn Văn An" in text and "Đơn khiếu nại thu hồi đất" in text


def test_an_officer_cannot_find_the_denouncer_and_sees_the_case_masked(
    qtbot: QtBot, window: MainWindow, desk: Services
) -> None:
    assert Role.LANH_DAO not in desk.ctx.actor.roles
    window.show_page(5)
    page = page_of(window)
    type_slowly(qtbot, page.search, "tran thi be")
    settle(qtbot, window)
    assert page.hits == [] and page.results_box.empty.text() == vcit.HINT_NONE.format(text="tran thi be")

    page.search.clear()
    type_slowly(qtbot, page.search, "VV-2026-002")
    settle(qtbot, window)
    assert [h.name for h in page.hits] == [vi.MASKED]
    detail = page.detail
    assert vi.MASKED in detail.card.text() and "Trần" not in detail.card.text()
    assert detail.tabs.currentIndex() == 2
    settle(qtbot, window)
    double_click_row(qtbot, detail.entries_table, 0)
    settle(qtbot, window)
    # The intake would show the visitor in full: the masked visit stays closed.
    assert window.stack.currentWidget() is page
    assert detail.notice.text() == vcit.VISIT_HIDDEN


def test_a_leader_finds_the_denouncer_and_is_told_the_view_is_logged(
    qtbot: QtBot, window: MainWindow, desk: Services
) -> None:
    desk.ctx.actor.roles = (Role.LANH_DAO,)
    window.show_page(5)
    page = page_of(window)
    type_slowly(qtbot, page.search, "tran thi be")
    settle(qtbot, window)
    assert [h.name for h in page.hits] == ["Trần Thị Bé"]
    assert page.detail.revealed.isVisible()
    assert page.detail.visits.item(0, 3).text() == "Tố cáo"

    # An officer takes the desk while another page is shown: back here, the denouncer is gone.
    window.show_page(1)
    desk.ctx.actor.roles = (Role.TIEP_CONG_DAN,)
    window.show_page(5)
    settle(qtbot, window)
    assert page.hits == [] and "Trần" not in page.detail.card.text() + page.detail.empty.text()
    assert page.detail.stack.currentWidget() is page.detail.empty
