"""Unsaved intake content survives a closed page: kept as a draft, restored, and cleared once saved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.ui.pages.intake.drafts import DRAFT_KEY
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import click, settle, type_text


def new_page(qtbot: QtBot, services: Services) -> IntakePage:
    page = IntakePage(services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.show()
    return page


def type_visit(page: IntakePage, name: str, summary: str) -> None:
    """A visitor's name and the matter, typed; the category chosen (a kiến nghị, phản ánh)."""
    type_text(page.people.full_name, name)
    type_text(page.case.summary, summary)
    page.case.category.set_value(Category.KIEN_NGHI_PHAN_ANH)


def test_a_draft_typed_then_the_page_closed_is_restored_in_a_new_page(
    qtbot: QtBot, office_services: Services
) -> None:
    page = new_page(qtbot, office_services)
    type_visit(page, "Nguyễn Thị Ánh", "Phản ánh đèn đường hỏng ở ấp 3")
    page.people.group_size.setValue(6)
    page.people.reps.add_row({"full_name": "Đặng Văn Lộc"})
    page.close()
    page.deleteLater()

    restored = new_page(qtbot, office_services)

    assert restored.people.full_name.text() == "Nguyễn Thị Ánh"
    assert restored.case.summary.toPlainText() == "Phản ánh đèn đường hỏng ở ấp 3"
    assert restored.case.category.value() is Category.KIEN_NGHI_PHAN_ANH
    assert restored.people.group_size.value() == 6
    assert [row.widget("full_name").text() for row in restored.people.reps.rows] == ["Đặng Văn Lộc"]  # type: ignore[attr-defined]
    assert restored.banner.text() == vi_ui.DRAFT_RESTORED
    assert restored.is_dirty()


def test_the_draft_is_kept_a_moment_after_typing_stops(qtbot: QtBot, office_services: Services) -> None:
    page = new_page(qtbot, office_services)
    type_text(page.people.full_name, "Lê Thị Hoa")
    assert office_services.drafts.load(DRAFT_KEY) is None

    qtbot.waitUntil(lambda: office_services.drafts.load(DRAFT_KEY) is not None, timeout=3000)
    payload = office_services.drafts.load(DRAFT_KEY)
    assert payload is not None and payload["form"]["people"]["full_name"] == "Lê Thị Hoa"


def test_saving_clears_the_draft_and_a_clean_page_restores_nothing(
    qtbot: QtBot, office_services: Services
) -> None:
    page = new_page(qtbot, office_services)
    type_visit(page, "Lê Thị Hoa", "Kiến nghị về trợ cấp")
    page.flush_draft()
    assert office_services.drafts.load(DRAFT_KEY) is not None

    assert page.save() is not None
    assert office_services.drafts.load(DRAFT_KEY) is None
    page.close()
    assert office_services.drafts.load(DRAFT_KEY) is None

    fresh = new_page(qtbot, office_services)
    assert fresh.people.full_name.text() == ""
    assert fresh.banner.text() == ""


def test_a_draft_linked_to_a_case_comes_back_with_the_case_named_as_the_panel_names_it(
    qtbot: QtBot, office_services: Services
) -> None:
    first = new_page(qtbot, office_services)
    type_visit(first, "Lê Thị Hoa", "Kiến nghị về trợ cấp")
    saved = first.save()
    assert saved is not None and saved.case_code == "VV-2026-001"
    assert first.new_form()
    type_text(first.people.full_name, "le thi hoa")
    settle(qtbot, first)
    case_id = first.history.matches[0].open_cases[0].id
    click(qtbot, first.history.case_buttons[case_id])
    settle(qtbot, first)
    payload = office_services.drafts.load(DRAFT_KEY)
    assert payload is not None and payload["form"]["history"] == {"case_id": case_id}  # a value, no label
    first.close()

    restored = new_page(qtbot, office_services)
    assert restored.history.selected_case_id() == case_id
    assert restored.history.case_buttons[case_id].text() == "VV-2026-001 · Kiến nghị, phản ánh"
    settle(qtbot, restored)  # the search finds her again: same case, same words, still unsaved
    assert restored.history.case_buttons[case_id].text() == "VV-2026-001 · Kiến nghị, phản ánh"
    assert restored.is_dirty()
