"""Sign-in: choosing who works at the desk sets the roles the services check, is remembered, and is logged."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.services.audit import history
from desk_app.services.registry import Services
from desk_app.ui.sign_in import SignInDialog, last_staff_id


def _pick(dialog: SignInDialog, name: str) -> None:
    index = next(i for i in range(dialog.combo.count()) if dialog.combo.itemText(i).startswith(name))
    dialog.combo.setCurrentIndex(index)


def test_choosing_the_head_gives_the_leader_role_and_is_remembered(
    qtbot: QtBot, office_services: Services
) -> None:
    dialog = SignInDialog(office_services)
    qtbot.addWidget(dialog)
    assert office_services.ctx.actor.roles == (Role.TIEP_CONG_DAN,)
    _pick(dialog, "Trần Văn Bình")
    assert "Lãnh đạo" in dialog.roles.text()
    dialog.accept()
    actor = office_services.ctx.actor
    assert actor.name == "Trần Văn Bình" and Role.LANH_DAO in actor.roles
    assert last_staff_id(office_services.ctx.data_dir) == actor.staff_id
    assert actor.staff_id is not None
    assert [e.action for e in history(office_services.ctx, "staff", actor.staff_id)][-1] == "sign_in"
    again = SignInDialog(office_services)
    qtbot.addWidget(again)
    assert again.combo.currentText().startswith("Trần Văn Bình")


def test_the_status_bar_button_switches_the_officer(qtbot: QtBot, office_services: Services) -> None:
    from desk_app import app as app_module
    from desk_app.ui.tasks import ImmediateTaskRunner

    window = app_module.build_main_window(office_services, ImmediateTaskRunner())
    qtbot.addWidget(window)

    def choose_head() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        _pick(dialog, "Trần Văn Bình")
        dialog.accept()

    QTimer.singleShot(0, choose_head)
    window.switch_button.click()
    assert "Trần Văn Bình" in window.officer_label.text()
