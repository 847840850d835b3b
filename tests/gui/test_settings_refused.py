"""A user who may not change the settings (DOMAIN §13.3) is told so in Vietnamese at Lưu; nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.domain.enums import Role
from desk_app.i18n import errors as i18n_errors
from desk_app.services.registry import Services
from desk_app.storage.records import ChangeLogRecord
from desk_app.ui.pages.settings.page import SettingsPage
from tests.helpers.qt_input import type_text

DENIED = i18n_errors.message("access.denied")


def _changes(services: Services) -> int:
    with services.ctx.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLogRecord)) or 0)


def test_a_reception_officer_saving_the_office_is_told_it_is_not_theirs(
    qtbot: QtBot, office_services: Services
) -> None:
    assert office_services.ctx.actor.roles == (Role.TIEP_CONG_DAN,)
    page = SettingsPage(office_services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    before, changes = office_services.office.get(), _changes(office_services)
    form = page.office_tab.form
    form.phone.clear()
    type_text(form.phone, "0296 3123 456")
    emitted: list[bool] = []
    page.officeChanged.connect(lambda: emitted.append(True))
    qtbot.mouseClick(page.office_tab.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["name"].text() == DENIED and not form.errors["name"].isHidden()
    assert emitted == []
    assert office_services.office.get() == before and _changes(office_services) == changes
