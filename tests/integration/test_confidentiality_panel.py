"""The petition form's "Đơn có thể trùng" panel, typed into as a petition handler: an earlier denunciation the handler
does not handle is not listed; the panel says only that an earlier confidential letter exists (DOMAIN §13.3)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, PetitionSource, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.context import Actor
from desk_app.services.registry import Services
from desk_app.ui.pages.petitions.duplicates import DEBOUNCE_MS
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import press, type_text

NAME, NUMBER = "Nguyễn Thị Kín", "092188001234"
SUMMARY = "Tố cáo trưởng ấp thu tiền làm đường trái quy định"


def earlier_denunciation(services: Services) -> None:
    services.ctx.actor = Actor("Lãnh đạo", None, (Role.LANH_DAO,))
    services.petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 11, 2), source=PetitionSource.BUU_CHINH, summary=SUMMARY,
            category=Category.TO_CAO, main=PersonInput(NAME, id_number=NUMBER, address="Ấp 3, xã An Phú"),
        )
    )  # fmt: skip


@pytest.mark.parametrize("role", [Role.XU_LY_DON, Role.TIEP_CONG_DAN])
def test_the_panel_names_no_hidden_letter(qtbot: QtBot, office_services: Services, role: Role) -> None:
    earlier_denunciation(office_services)
    office_services.ctx.actor = Actor("Cán bộ", None, (role,))
    page = PetitionsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    press(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    type_text(form.signer.full_name, "Người Khác Tên")
    type_text(form.signer.id_number, NUMBER)
    type_text(form.letter.summary, SUMMARY)
    qtbot.wait(DEBOUNCE_MS + 150)  # a person pauses: the duplicates search has run
    panel = form.duplicates
    assert panel.candidates == [] and panel.list.count() == 0
    status = panel.status.text()
    assert NAME not in status and "1/2026" not in status
    if role is Role.XU_LY_DON:
        assert status == vpp.DUP_CONFIDENTIAL_EARLIER
    else:
        assert status == vpp.DUP_NONE  # an officer is not even told
