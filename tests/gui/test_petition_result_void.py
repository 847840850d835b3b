"""Issue 14: a resolved petition's result is voided from its view ('Hủy kết quả giải quyết'), with the reason."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Handling, PetitionStatus, Role
from desk_app.domain.petition_flow import PetitionAction
from desk_app.domain.petition_followups import FollowUpType
from desk_app.services.registry import Services
from desk_app.ui.pages.petitions.actions import VoidResultDialog
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.gui.test_petitions_page import TODAY, _open, register
from tests.helpers.qt_input import type_text


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> PetitionsPage:
    widget = PetitionsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1186, 720)
    widget.show()
    return widget


def _resolved(sv: Services) -> int:
    petition = register(sv)
    sv.petitions.classify(petition, within_competence=True)
    sv.petitions.propose(petition, Handling.THU_LY)
    roles = sv.ctx.actor.roles
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    sv.petitions.decide(petition, approve=True)
    sv.ctx.actor.roles = roles
    sv.follow_ups.record(petition, FollowUpType.NHAN_KET_QUA, TODAY, doc_no="9/TB-UBND")
    return petition


def test_the_result_is_voided_with_its_reason(
    page: PetitionsPage, office_services: Services, qtbot: QtBot
) -> None:
    petition = _resolved(office_services)
    view = _open(page, petition, qtbot)
    button = view.action_buttons[PetitionAction.VOID_RESULT]
    assert button.text() == "Hủy kết quả giải quyết"
    button.click()
    dialog = view.findChild(VoidResultDialog)
    assert isinstance(dialog, VoidResultDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.ok_button.click()  # no reason: refused under its field, nothing changed
    assert dialog.isVisible() and dialog.errors["void_reason"].text()
    assert office_services.petitions.status(petition) is PetitionStatus.DA_GIAI_QUYET
    type_text(dialog.reason, "Nhập nhầm kết quả")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert office_services.petitions.status(petition) is PetitionStatus.DANG_GIAI_QUYET
    assert "Đang giải quyết" in view.header.text()
    assert office_services.follow_ups.list(petition) == []  # the voided result is kept, not listed as live
    assert PetitionAction.VOID_RESULT not in view.action_buttons
