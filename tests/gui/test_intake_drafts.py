"""Unsaved intake content survives a closed page: kept as a draft, restored, and cleared once saved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.ui.pages.intake import IntakePage
from desk_app.ui.pages.intake_drafts import DRAFT_KEY
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import type_text


def new_page(qtbot: QtBot, services: Services) -> IntakePage:
    page = IntakePage(services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_draft_typed_then_the_page_closed_is_restored_in_a_new_page(
    qtbot: QtBot, office_services: Services
) -> None:
    page = new_page(qtbot, office_services)
    type_text(page.people.full_name, "Nguyễn Thị Ánh")
    type_text(page.case.summary, "Phản ánh đèn đường hỏng ở ấp 3")
    page.case.category.set_value(Category.KIEN_NGHI_PHAN_ANH)
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
    type_text(page.people.full_name, "Lê Thị Hoa")
    type_text(page.case.summary, "Kiến nghị về trợ cấp")
    page.case.category.set_value(Category.KIEN_NGHI_PHAN_ANH)
    page.flush_draft()
    assert office_services.drafts.load(DRAFT_KEY) is not None

    assert page.save() is not None
    assert office_services.drafts.load(DRAFT_KEY) is None
    page.close()
    assert office_services.drafts.load(DRAFT_KEY) is None

    fresh = new_page(qtbot, office_services)
    assert fresh.people.full_name.text() == ""
    assert fresh.banner.text() == ""
