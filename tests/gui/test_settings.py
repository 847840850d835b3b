"""Danh mục & cài đặt: the office form, staff and reception places."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import OfficeKind, Role
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels
from desk_app.i18n import vi_screens as vs
from desk_app.services import audit
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.page import SettingsPage
from tests.helpers.acting import acting_in
from tests.helpers.qt_input import press, type_text


@pytest.fixture
def administrator(request: pytest.FixtureRequest) -> Iterator[None]:
    """The office, staff and places are the administrator's (DOMAIN §13.3): the page is driven as one.

    Anyone else is refused: tests/gui/test_settings_refused.py."""
    with acting_in(request, Role.QUAN_TRI):
        yield


def make(qtbot: QtBot, services: Services) -> SettingsPage:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(1166, 688)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_tabs_and_the_office_loaded(qtbot: QtBot, office_services: Services) -> None:
    page = make(qtbot, office_services)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Cơ quan",
        "Cán bộ",
        "Nơi tiếp công dân",
        "Lịch làm việc",
        "Thời hạn",
        "Mẫu văn bản",
    ]
    form = page.office_tab.form
    assert form.name.text() == "ỦY BAN NHÂN DÂN XÃ AN PHÚ"
    assert form.kind.currentText() == labels.OFFICE_KIND[OfficeKind.UBND_XA]
    assert form.head_title.text() == "CHỦ TỊCH"
    assert form.parent_name.text() == ""
    assert [form.kind.itemText(i) for i in range(form.kind.count())] == list(labels.OFFICE_KIND.values())


@pytest.mark.usefixtures("administrator")
def test_saving_the_office_with_an_empty_name_shows_the_error_and_saves_nothing(
    qtbot: QtBot, office_services: Services
) -> None:
    page = make(qtbot, office_services)
    form = page.office_tab.form
    form.name.clear()
    form.place_name.clear()
    type_text(form.place_name, "Thị trấn Mới")
    emitted: list[bool] = []
    page.officeChanged.connect(lambda: emitted.append(True))
    qtbot.mouseClick(page.office_tab.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["name"].text() == i18n_errors.message("office.name.required")
    assert not form.errors["name"].isHidden()
    assert form.errors["place_name"].text() == ""
    assert emitted == []
    office = office_services.office.get()
    assert office is not None
    assert office.name == "ỦY BAN NHÂN DÂN XÃ AN PHÚ"
    assert office.place_name == "An Phú"
    assert [e.action for e in audit.history(office_services.ctx, "office", 1)] == ["create"]


@pytest.mark.usefixtures("administrator")
def test_saving_the_office_emits_office_changed(qtbot: QtBot, office_services: Services) -> None:
    page = make(qtbot, office_services)
    form = page.office_tab.form
    form.parent_name.clear()
    type_text(form.parent_name, "UBND TỈNH AN GIANG")
    form.phone.clear()
    type_text(form.phone, "0296 3851 234")
    with qtbot.waitSignal(page.officeChanged, timeout=1000):
        press(form.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    office = office_services.office.get()
    assert office is not None
    assert office.parent_name == "UBND TỈNH AN GIANG"
    assert office.phone == "0296 3851 234"
    assert page.office_tab.status.text() == vs.OFFICE_SAVED


@pytest.mark.usefixtures("administrator")
def test_adding_and_editing_staff(qtbot: QtBot, office_services: Services) -> None:
    page = make(qtbot, office_services)
    page.tabs.setCurrentWidget(page.staff_tab)
    tab = page.staff_tab
    assert tab.list.count() == 3
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.name_error.text() == i18n_errors.message("staff.full_name.required")
    assert len(office_services.office.list_staff(active_only=False)) == 3
    type_text(tab.full_name, "Võ Thị Ánh")
    assert tab.name_error.text() == ""
    type_text(tab.position, "Công chức Tư pháp – Hộ tịch")
    tab.roles[Role.XU_LY_DON].setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    staff = {s.full_name: s for s in office_services.office.list_staff(active_only=False)}
    assert staff["Võ Thị Ánh"].roles == (Role.TIEP_CONG_DAN, Role.XU_LY_DON)
    assert staff["Võ Thị Ánh"].position == "Công chức Tư pháp – Hộ tịch"
    assert tab.list.count() == 4
    assert tab.list.currentItem() is not None and tab.list.currentItem().text().startswith("Võ Thị Ánh")
    # Edit the deputy: no longer working here.
    deputy_row = next(i for i in range(tab.list.count()) if tab.list.item(i).text().startswith("Lê Thị Cúc"))
    tab.list.setCurrentRow(deputy_row)
    assert tab.full_name.text() == "Lê Thị Cúc"
    assert tab.is_deputy.isChecked()
    tab.active.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Lê Thị Cúc" not in {s.full_name for s in office_services.office.list_staff()}
    assert len(office_services.office.list_staff(active_only=False)) == 4
    assert vs.STAFF_INACTIVE_MARK in (tab.list.currentItem().text() if tab.list.currentItem() else "")


@pytest.mark.usefixtures("administrator")
def test_a_new_default_place_replaces_the_old_default(qtbot: QtBot, office_services: Services) -> None:
    page = make(qtbot, office_services)
    page.tabs.setCurrentWidget(page.places_tab)
    tab = page.places_tab
    assert tab.list.count() == 1
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.name_error.text() == i18n_errors.message("place.name.required")
    type_text(tab.name, "Trụ sở Ban Tiếp công dân")
    type_text(tab.address, "Số 5 đường Lê Lợi")
    tab.is_default.setChecked(True)
    tab.online.setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    places = office_services.office.list_places()
    assert [(p.name, p.is_default, p.supports_online) for p in places] == [
        ("Trụ sở Ban Tiếp công dân", True, True),
        ("Phòng tiếp công dân xã An Phú", False, False),
    ]
    assert tab.list.count() == 2
    assert tab.list.item(0).text().endswith(vs.PLACE_DEFAULT_MARK)
