"""A repeat visit linked to the person's case starts from that case; received documents are copies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, DocCondition, SubjectField, VisitOrder
from desk_app.domain.visit import DocumentInput, PersonInput, VisitInput
from desk_app.i18n import labels as enum_labels
from desk_app.services.registry import Services
from desk_app.ui.pages.intake.page import IntakePage
from tests.conftest import FIXED_NOW
from tests.gui.intake_kit import open_intake
from tests.helpers.qt_input import choose, click, press, retype, settle, type_text

TITLE = "Khiếu nại quyết định thu hồi đất nông nghiệp của gia đình"


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> Iterator[IntakePage]:
    yield open_intake(qtbot, office_services, (1366, 768))


def earlier_case(services: Services) -> int:
    """Mr An came on 05/11 about his land: case VV-2026-001, khiếu nại, đất đai."""
    saved = services.intake.save(
        VisitInput(
            date=FIXED_NOW.date().replace(day=5),
            visitor=PersonInput(full_name="Nguyễn Văn An", id_number="001099012345"),
            summary=TITLE,
            category=Category.KHIEU_NAI,
            field=SubjectField.HC_DAT_DAI_NHA_CUA,
        )
    )
    assert saved.case_code == "VV-2026-001"
    case_id = services.intake.get(saved.id).data.case_id
    assert case_id is not None
    return case_id


def find_him(qtbot: QtBot, page: IntakePage) -> None:
    type_text(page.people.full_name, "nguyen van an")
    settle(qtbot, page)
    assert len(page.history.matches) == 1


def test_choosing_the_persons_case_fills_category_field_and_summary(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    case_id = earlier_case(office_services)
    find_him(qtbot, page)

    click(qtbot, page.history.case_buttons[case_id])
    settle(qtbot, page)

    assert page.case.category.value() is Category.KHIEU_NAI
    assert page.case.field.value() is SubjectField.HC_DAT_DAI_NHA_CUA
    assert page.case.summary.toPlainText() == TITLE
    # Editable: the officer says what this visit is about and saves; it joins the case.
    retype(page.case.summary, "Hỏi tiến độ giải quyết khiếu nại")
    settle(qtbot, page)
    press(page.people.full_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    saved = office_services.intake.get(page._visit_id or 0)
    assert saved.data.case_id == case_id and saved.data.summary == "Hỏi tiến độ giải quyết khiếu nại"
    assert saved.data.field is SubjectField.HC_DAT_DAI_NHA_CUA
    assert saved.visit_order is VisitOrder.NHIEU_LAN
    assert not page.is_dirty()


def test_what_the_officer_typed_stays_and_untouched_values_leave_with_the_case(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    case_id = earlier_case(office_services)
    find_him(qtbot, page)
    type_text(page.case.summary, "Đề nghị cho xem hồ sơ thu hồi đất")
    choose(page.case.category, enum_labels.CATEGORY[Category.KIEN_NGHI_PHAN_ANH])
    settle(qtbot, page)

    click(qtbot, page.history.case_buttons[case_id])
    settle(qtbot, page)
    assert page.case.summary.toPlainText() == "Đề nghị cho xem hồ sơ thu hồi đất"
    assert page.case.category.value() is Category.KIEN_NGHI_PHAN_ANH
    assert page.case.field.value() is SubjectField.HC_DAT_DAI_NHA_CUA  # it was empty

    # Back to "Vụ việc mới": the field the case filled goes again, the typed ones stay.
    click(qtbot, page.history.case_buttons[None])
    settle(qtbot, page)
    assert page.case.field.value() is None
    assert page.case.summary.toPlainText() == "Đề nghị cho xem hồ sơ thu hồi đất"
    assert page.case.category.value() is Category.KIEN_NGHI_PHAN_ANH


def test_a_received_document_is_a_copy_and_an_old_original_still_shows(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    page.case.documents.add_button.click()
    combo = page.case.documents.rows[0].widget("condition")
    labels = [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    assert labels == ["Bản phô tô", "Bản sao có chứng thực", "Khác"]

    # A visit stored before the rule with an original keeps showing "Bản chính", and saves unchanged.
    old = office_services.intake.save(
        VisitInput(
            date=FIXED_NOW.date(),
            visitor=PersonInput(full_name="Lê Thị Hoa"),
            summary="Kiến nghị về trợ cấp",
            category=Category.KIEN_NGHI_PHAN_ANH,
            documents=(DocumentInput("Đơn kiến nghị", 1, DocCondition.BAN_CHINH),),
        )
    )
    assert page.new_form()
    assert page.load_visit(old.id)
    settle(qtbot, page)
    shown = page.case.documents.rows[0].widget("condition")
    assert shown.currentText() == "Bản chính"  # type: ignore[attr-defined]
    assert not page.is_dirty()
