"""Cho phép xem danh tính (DOMAIN §13.3.2), on a secured office: the head opens a denunciation, lets the reception
officer see it with a reason typed at the keyboard, and revokes it; the officer sees the author only in between, and
the button is the leader's alone."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Gender, Role, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_grants as vg
from desk_app.paths import AppPaths
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.registry import Services
from desk_app.ui.pages.petitions.grants import AccessGrantsDialog, RevokeGrantDialog
from desk_app.ui.pages.petitions.view import PetitionView
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.gui.accounts_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    HEAD,
    HEAD_PASSWORD,
    OFFICER,
    OFFICER_NAME,
    OFFICER_PASSWORD,
    secure_office,
    signing_in,
)
from tests.helpers.qt_input import choose, click, press, type_text

NAME = "Phạm Thị Tố Nga"


@pytest.fixture
def people(paths: AppPaths) -> Iterator[tuple[Services, Services, int]]:
    """(the head's services, the officer's services, a denunciation letter made at the desk)."""
    office = secure_office(paths)
    with signing_in(office) as open_as:
        admin = open_as(ADMIN, ADMIN_PASSWORD)
        admin.users.add_user(HEAD, "Trần Văn Bình", (Role.LANH_DAO,), HEAD_PASSWORD)
        officer = open_as(OFFICER, OFFICER_PASSWORD)
        visit = officer.intake.save(
            VisitInput(
                date=dt.date(2026, 11, 18), visitor=PersonInput(NAME, id_number="079188004321", gender=Gender.NU),
                summary="Tố cáo cán bộ địa chính nhận tiền", category=Category.TO_CAO,
                field=SubjectField.HC_DAT_DAI_NHA_CUA,
            )
        )  # fmt: skip
        details = PetitionDetailService(officer.ctx, officer.working_calendar)
        letter = officer.petitions.register(details.input_from_visit(visit.id))
        yield open_as(HEAD, HEAD_PASSWORD), officer, letter.id


def author_seen_by(services: Services, petition_id: int) -> str:
    return PetitionDetailService(services.ctx, services.working_calendar).get(petition_id).sender_name


def opened(qtbot: QtBot, services: Services, petition_id: int) -> PetitionView:
    view = PetitionView(services, petition_id, tasks=ImmediateTaskRunner())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def shot(widget: PetitionView | AccessGrantsDialog, name: str) -> None:
    folder = os.environ.get("DESK_APP_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / name))


def test_the_head_grants_and_revokes_with_the_keyboard(
    qtbot: QtBot, people: tuple[Services, Services, int]
) -> None:
    head, officer, petition_id = people
    assert author_seen_by(officer, petition_id) != NAME
    view = opened(qtbot, head, petition_id)
    assert view.grants_button.isVisible()
    shot(view, "access_grants_petition_view.png")
    click(qtbot, view.grants_button)
    dialog = view.findChild(AccessGrantsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.grantee.hasFocus()  # the dialog opens on the staff member to choose
    assert dialog.rows() == [] and dialog.list.topLevelItem(0).text(0) == vg.NONE  # type: ignore[union-attr]
    assert not dialog.revoke_button.isEnabled()
    # Enter with no one chosen and no reason: both refusals under their fields, nothing granted.
    dialog.reason.setFocus()
    press(dialog.reason, Qt.Key.Key_Return)
    assert dialog.grantee_field.error.isVisible() and dialog.reason_field.error.isVisible()
    assert dialog.rows() == []
    choose(dialog.grantee, f"{OFFICER_NAME} ({OFFICER})")
    press(dialog.grantee, Qt.Key.Key_Tab)
    assert dialog.only_petition.hasFocus() and dialog.only_petition.isChecked()
    type_text(dialog.reason, "Phối hợp xác minh theo phân công")
    press(dialog.reason, Qt.Key.Key_Return)
    [row] = dialog.rows()
    assert row[0] == OFFICER_NAME and row[2] == "Phối hợp xác minh theo phân công"
    assert row[3] == "20/11/2026 09:30 — Trần Văn Bình" and row[4] == vg.LIVE
    assert dialog.notice.isVisible() and OFFICER_NAME in dialog.notice.text()
    assert not dialog.grantee_field.error.isVisible() and dialog.reason.text() == ""
    assert author_seen_by(officer, petition_id) == NAME
    shot(dialog, "access_grants_dialog.png")
    # Revoke: the row is chosen, "Thu hồi…" asks the reason; Enter confirms.
    dialog.list.setFocus()
    assert dialog.revoke_button.isEnabled()
    click(qtbot, dialog.revoke_button)
    revoke = dialog.findChild(RevokeGrantDialog)
    assert revoke is not None
    qtbot.waitExposed(revoke)
    revoke.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is revoke)
    press(revoke.reason, Qt.Key.Key_Return)
    assert revoke.isVisible() and revoke.errors["reason"].isVisible()  # a reason is required
    type_text(revoke.reason, "Đã xác minh xong")
    press(revoke.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not revoke.isVisible())
    [row] = dialog.rows()
    assert row[4] == "Đã thu hồi 20/11/2026 09:30 — Trần Văn Bình: Đã xác minh xong"
    assert not dialog.revoke_button.isEnabled()
    assert author_seen_by(officer, petition_id) != NAME


def test_only_the_leader_sees_the_button(qtbot: QtBot, people: tuple[Services, Services, int]) -> None:
    _head, officer, petition_id = people
    view = opened(qtbot, officer, petition_id)
    assert view.grants_button.isHidden()
