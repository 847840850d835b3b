"""Confidentiality on screen (DOMAIN §13.3): the petition form's duplicates panel names no hidden denunciation (a handler
is told only that one exists); a denunciation opened by an officer shows "[Bảo mật]" with its person locked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, PetitionSource, Role, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi, vi_ui
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.context import Actor
from desk_app.services.registry import Services
from desk_app.storage.records import CitizenRecord, VisitRecord
from desk_app.ui.pages.intake.page import IntakePage
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


def test_a_masked_visit_opens_locked_and_saves_without_losing_its_person(
    qtbot: QtBot, office_services: Services
) -> None:
    """Mở/Sửa on a denunciation as a reception officer: "[Bảo mật]", the person's fields locked; Ctrl+S keeps them."""
    sv = office_services
    saved = sv.intake.save(
        VisitInput(
            date=dt.date(2026, 11, 18), visitor=PersonInput(NAME, id_number=NUMBER, address="Ấp 3, xã An Phú"),
            summary=SUMMARY, category=Category.TO_CAO, field=SubjectField.HC_DAT_DAI_NHA_CUA,
        )
    )  # fmt: skip
    page = IntakePage(sv, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.load_visit(saved.id)  # what the register's "Mở/Sửa" calls
    qtbot.wait(50)
    people = page.people
    assert people.full_name.text() == vi.MASKED and not people.full_name.isEnabled()
    assert people.id_number.text() == "" and not people.address.isEnabled()
    assert people.linked.text() == vi_ui.CITIZEN_CONFIDENTIAL
    type_text(page.case.summary, " Bổ sung.")
    press(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.is_dirty())
    with sv.ctx.db.read() as s:
        visit = s.get(VisitRecord, saved.id)
        assert visit is not None and "Bổ sung." in visit.summary  # saved, with what was typed
        citizen = s.get(CitizenRecord, visit.main_citizen_id)
        assert citizen is not None and (citizen.full_name, citizen.id_number) == (NAME, NUMBER)
    page.new_form()
    assert people.full_name.isEnabled() and people.full_name.text() == ""
