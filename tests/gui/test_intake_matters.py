"""The intake page: a visit that raises a further matter, added and filled with the keyboard, saved as one turn of
two cases, and shown again when the visit is opened (issue 14, DOMAIN §16.3 `Lượt`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import labels, vi_ui
from desk_app.services.registry import Services
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.widgets.fields import ErrorLabel
from tests.gui.intake_kit import open_intake
from tests.helpers.qt_input import choose, longest_debounce_ms, press, settle, type_text


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> Iterator[IntakePage]:
    yield open_intake(qtbot, office_services)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab(qtbot: QtBot) -> QWidget | None:
    widget = focused()
    assert widget is not None
    press(widget, Qt.Key.Key_Tab)
    settle(qtbot)
    return focused()


def test_a_further_matter_is_added_with_the_keyboard_saved_and_shown_again(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    type_text(page.people.full_name, "Nguyễn Văn An")
    type_text(page.people.id_number, "001099012345")
    type_text(page.case.summary, "Khiếu nại việc thu hồi đất nông nghiệp")
    choose(page.case.category, labels.CATEGORY[Category.KHIEU_NAI])
    type_text(page.case.requests, "Đề nghị xem xét lại")
    settle(qtbot)

    # Tab from the requests box reaches "+ Thêm nội dung khác"; Space adds a row and puts the cursor in it.
    matters = page.case.matters
    assert tab(qtbot) is matters.add_button
    assert matters.add_button.accessibleName() == "Thêm nội dung khác"
    press(matters.add_button, Qt.Key.Key_Space)
    settle(qtbot)
    assert len(matters.rows) == 1
    row = matters.rows[0]
    assert focused() is row.widget("summary")
    type_text(row.widget("summary"), "Kiến nghị sửa đường thôn")
    case = row.widget("case")
    assert tab(qtbot) is case and case.currentText() == "Vụ việc mới"  # type: ignore[attr-defined]
    assert case.accessibleName() == "Nội dung khác 1: vụ việc"
    assert tab(qtbot) is row.widget("category")
    choose(row.widget("category"), labels.CATEGORY[Category.KIEN_NGHI_PHAN_ANH])  # type: ignore[arg-type]
    assert tab(qtbot) is row.widget("field")
    choose(row.widget("field"), labels.SUBJECT_FIELD[SubjectField.KHAC])  # type: ignore[arg-type]
    assert tab(qtbot) is row.remove_button
    assert row.remove_button.accessibleName() == "Xóa nội dung khác 1"
    assert row.widget("category").accessibleName() == "Nội dung khác 1: phân loại"
    assert page.case.matters_field.caption.text() == f"{vi_ui.MATTERS} · 1 nội dung"

    # A second row with a category but no summary is shown as an error, not dropped.
    press(matters.add_button, Qt.Key.Key_Space)
    settle(qtbot)
    choose(matters.rows[1].widget("category"), labels.CATEGORY[Category.TO_CAO])  # type: ignore[arg-type]
    saved: list[int] = []
    page.saved.connect(saved.append)
    press(matters.rows[1].widget("category"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert saved == []
    errors = [w.text() for w in page.findChildren(ErrorLabel) if w.isVisibleTo(page) and w.text()]
    assert errors == ["Nhập tóm tắt nội dung này (hoặc xóa dòng này)."]
    # Removed with its own button (keyboard), the page saves one turn of two cases.
    matters.rows[1].remove_button.setFocus()
    press(matters.rows[1].remove_button, Qt.Key.Key_Space)
    settle(qtbot)
    assert len(matters.rows) == 1 and focused() is matters.add_button
    press(matters.add_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert len(saved) == 1
    detail = office_services.intake.get(saved[0])
    [further] = detail.data.further_matters
    assert (further.summary, further.category, further.field) == (
        "Kiến nghị sửa đường thôn", Category.KIEN_NGHI_PHAN_ANH, SubjectField.KHAC,
    )  # fmt: skip
    assert further.case_id is not None and further.case_id != detail.data.case_id

    # A fresh form has none; opening the visit again shows it, unchanged until the officer edits it.
    press(page.people.full_name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert matters.rows == [] and not page.is_dirty()
    assert page.load_visit(saved[0])
    settle(qtbot)
    assert [r.widget("summary").text() for r in matters.rows] == ["Kiến nghị sửa đường thôn"]  # type: ignore[attr-defined]
    assert matters.matters() == detail.data.further_matters and not page.is_dirty()
    summary = matters.rows[0].widget("summary")
    summary.setFocus()
    assert summary.cursorPosition() == 0  # type: ignore[attr-defined]  # a stored summary shows its start
    press(summary, Qt.Key.Key_End)
    type_text(summary, " và cống")
    settle(qtbot)
    assert page.is_dirty()
    press(page.case.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    again = office_services.intake.get(saved[0]).data.further_matters
    assert [(m.summary, m.case_id) for m in again] == [("Kiến nghị sửa đường thôn và cống", further.case_id)]


def test_a_further_matter_continues_a_case_the_citizen_raised_before(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    earlier = office_services.intake.save(
        VisitInput(
            date=dt.date(2026, 10, 5), visitor=PersonInput("Nguyễn Văn An", id_number="001099012345"),
            summary="Kiến nghị lắp đèn đường", category=Category.KIEN_NGHI_PHAN_ANH,
        )
    )  # fmt: skip
    assert earlier.case_code is not None
    type_text(page.people.id_number, "001099012345")
    settle(qtbot, tasks=page.tasks, pause_ms=longest_debounce_ms())  # the repeat-visitor panel finds him
    assert earlier.case_id in page.history.case_buttons
    page.people.fill_from_match(page.history.matches[0])
    type_text(page.case.summary, "Khiếu nại việc thu hồi đất nông nghiệp")
    choose(page.case.category, labels.CATEGORY[Category.KHIEU_NAI])
    matters = page.case.matters
    matters.add_button.setFocus()
    press(matters.add_button, Qt.Key.Key_Space)
    settle(qtbot)
    row = matters.rows[0]
    case = row.widget("case")
    assert tab(qtbot) is case
    choose(case, f"{earlier.case_code} · Kiến nghị, phản ánh")  # type: ignore[arg-type]
    settle(qtbot)
    # The empty row starts from the case it continues, as the first matter does.
    assert row.widget("summary").text() == "Kiến nghị lắp đèn đường"  # type: ignore[attr-defined]
    assert row.widget("category").currentText() == labels.CATEGORY[Category.KIEN_NGHI_PHAN_ANH]  # type: ignore[attr-defined]
    saved: list[int] = []
    page.saved.connect(saved.append)
    press(case, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert len(saved) == 1
    detail = office_services.intake.get(saved[0])
    assert [(m.case_id, m.summary, m.category) for m in detail.data.further_matters] == [
        (earlier.case_id, "Kiến nghị lắp đèn đường", Category.KIEN_NGHI_PHAN_ANH)
    ]
    assert detail.data.case_id != earlier.case_id
    # Shown again, the row names that case.
    assert (
        page.case.matters.rows[0].widget("case").currentText() == f"{earlier.case_code} · Kiến nghị, phản ánh"
    )  # type: ignore[attr-defined]
