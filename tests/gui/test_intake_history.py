"""The "Đã đến trước đây" panel: finding a repeat visitor as the officer types, reusing him, linking his case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, VisitOrder
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.services.visits.service import SavedVisit
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import type_text


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> Iterator[IntakePage]:
    widget = IntakePage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def earlier_visit(services: Services) -> SavedVisit:
    return services.intake.save(
        VisitInput(
            date=dt.date(2026, 3, 12),
            visitor=PersonInput(
                full_name="Nguyễn Văn An",
                id_number="001099012345",
                birth_year=1999,
                address="Thôn Hiệu Châu, Xã An Phú, Tỉnh An Giang",
                phone="0912345678",
            ),
            summary="Khiếu nại việc thu hồi đất nông nghiệp",
            category=Category.KHIEU_NAI,
        )
    )


def test_the_panel_waits_for_enough_letters(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    earlier_visit(office_services)
    type_text(page.people.full_name, "ng")
    qtbot.wait(400)

    assert page.history.matches == []
    assert page.history.hint.text() == vi_ui.HISTORY_HINT
    assert page.history.header.text() == vi_ui.HISTORY_HEADER


def test_a_repeat_visitor_typed_without_diacritics_is_found_and_linked_to_his_case(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    first = earlier_visit(office_services)
    type_text(page.people.full_name, "nguyen van an")

    qtbot.waitUntil(lambda: len(page.history.matches) == 1, timeout=2000)
    assert page.history.header.text() == "ĐÃ ĐẾN TRƯỚC ĐÂY (1)"
    card_text = " ".join(label.text() for label in page.history.findChildren(type(page.history.hint)))
    assert "001*******45" in card_text and "001099012345" not in card_text
    assert "12/03/2026" in card_text and first.case_code is not None and first.case_code in card_text
    # "Vụ việc mới" is the default; the officer picks the open case instead.
    assert page.history.selected_case_id() is None
    page.history.case_buttons[first.case_id].click()

    use = next(b for b in page.history.findChildren(QPushButton) if b.text() == vi_ui.HISTORY_USE)
    use.click()
    assert page.people.full_name.text() == "Nguyễn Văn An"
    assert page.people.id_number.text() == "001099012345"
    assert page.people.citizen_id() == page.history.matches[0].citizen_id
    assert page.people.linked.isVisibleTo(page)

    type_text(page.case.summary, "Tiếp tục khiếu nại giá bồi thường")
    page.case.category.set_value(Category.KHIEU_NAI)
    saved = page.save()

    assert saved is not None
    assert saved.case_code == first.case_code
    assert saved.visit_order is VisitOrder.NHIEU_LAN
    assert page.banner.text() == f"✓ Đã vào sổ: STT 2/2026 · {first.case_code} · Nhiều lần"
    detail = office_services.intake.get(saved.id)
    assert detail.data.visitor.citizen_id == office_services.intake.get(first.id).data.visitor.citizen_id


def test_typing_the_id_number_finds_the_person(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    earlier_visit(office_services)
    type_text(page.people.id_number, "00109901")

    qtbot.waitUntil(lambda: len(page.history.matches) == 1, timeout=2000)
    assert page.history.matches[0].full_name == "Nguyễn Văn An"


def test_the_chosen_case_survives_new_search_results(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    first = earlier_visit(office_services)
    type_text(page.people.full_name, "Nguyễn Văn An")
    qtbot.waitUntil(lambda: len(page.history.matches) == 1, timeout=2000)
    page.history.case_buttons[first.case_id].click()
    # Choosing his case takes his record too (no second "Nguyễn Văn An" is created).
    assert page.people.citizen_id() == page.history.matches[0].citizen_id
    assert page.people.id_number.text() == "001099012345"

    page.people.id_number.clear()
    type_text(page.people.full_name, " Bình")  # no one is called that: no matches any more
    qtbot.waitUntil(lambda: page.history.matches == [], timeout=2000)
    QApplication.processEvents()

    assert page.history.selected_case_id() == first.case_id
    assert page.history.hint.text() == vi_ui.HISTORY_NONE
