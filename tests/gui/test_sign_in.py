"""Signing in: a login and a password typed at the keyboard; nobody's name or role is shown before; one message for
every refusal; the lockout says until when; a forgotten password is explained; the recovery key opens the office."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.i18n import labels, vi_sign_in
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.ui.recovery import RecoveryDialog
from desk_app.ui.sign_in import SignInDialog, last_login
from desk_app.ui.tasks import ImmediateTaskRunner, TaskRunner
from tests.conftest import FIXED_NOW
from tests.gui.accounts_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    OFFICER,
    OFFICER_NAME,
    OFFICER_PASSWORD,
    Office,
    secure_office,
    when_modal,
)
from tests.helpers.qt_input import click, press, settle, type_text


@pytest.fixture
def office(paths: AppPaths) -> Office:
    return secure_office(paths)


def make(qtbot: QtBot, office: Office, tasks: TaskRunner | None = None) -> SignInDialog:
    dialog = SignInDialog(office.paths, tasks or ImmediateTaskRunner(), clock=lambda: FIXED_NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def shown_texts(dialog: QWidget) -> str:
    return " ".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())


def sign_in(qtbot: QtBot, dialog: SignInDialog, login: str, password: str) -> None:
    dialog.login.clear()
    type_text(dialog.login, login)
    press(dialog.login, Qt.Key.Key_Tab)
    qtbot.wait(80)
    type_text(dialog.password, password)
    press(dialog.password, Qt.Key.Key_Return)
    settle(qtbot, dialog)


def close_services(dialog: SignInDialog) -> Services:
    assert dialog.services is not None
    dialog.services.close()
    return dialog.services


def test_nobody_is_listed_and_enter_signs_in_as_that_user(qtbot: QtBot, office: Office) -> None:
    dialog = make(qtbot, office)
    texts = shown_texts(dialog)
    assert not dialog.findChildren(QComboBox)
    assert OFFICER_NAME not in texts and "Trần Văn Bình" not in texts
    assert not [role for role in labels.ROLE.values() if role in texts]
    assert dialog.focusWidget() is dialog.login
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password

    sign_in(qtbot, dialog, OFFICER, OFFICER_PASSWORD)

    assert dialog.result() == QDialog.DialogCode.Accepted
    actor = close_services(dialog).ctx.actor
    assert (actor.login, actor.name, actor.roles) == (OFFICER, OFFICER_NAME, (Role.TIEP_CONG_DAN,))
    assert dialog.password.text() == ""  # the typed password does not stay in the widget
    assert last_login(office.paths.data) == OFFICER
    again = make(qtbot, office)
    assert again.login.text() == OFFICER and again.focusWidget() is again.password


def test_a_wrong_password_and_an_unknown_login_get_the_same_sentence(qtbot: QtBot, office: Office) -> None:
    dialog = make(qtbot, office)
    sign_in(qtbot, dialog, OFFICER, "không phải mật khẩu")
    wrong_password = dialog.error.text()
    assert dialog.isVisible() and dialog.services is None
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password

    sign_in(qtbot, dialog, "khong.co.ai", "không phải mật khẩu")

    assert wrong_password == dialog.error.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert dialog.services is None


def test_empty_fields_are_named_and_nothing_is_tried(qtbot: QtBot, office: Office) -> None:
    dialog = make(qtbot, office)
    press(dialog.login, Qt.Key.Key_Return)
    assert dialog.login_error.text() == vi_sign_in.LOGIN_REQUIRED
    type_text(dialog.login, OFFICER)
    assert dialog.login_error.text() == ""
    press(dialog.login, Qt.Key.Key_Return)  # Enter in the login moves to the password when it is empty
    assert dialog.focusWidget() is dialog.password
    click(qtbot, dialog.sign_in_button)
    assert dialog.error.text() == vi_sign_in.PASSWORD_REQUIRED


def test_five_wrong_passwords_lock_the_account_until_a_time_shown(qtbot: QtBot, office: Office) -> None:
    dialog = make(qtbot, office)
    for _ in range(5):
        sign_in(qtbot, dialog, OFFICER, "sai mật khẩu rồi")
    sign_in(qtbot, dialog, OFFICER, OFFICER_PASSWORD)  # even the right one, while locked

    assert dialog.services is None
    assert "tạm khóa" in dialog.error.text()
    assert "20/11/2026 09:45" in dialog.error.text()  # FIXED_NOW + 15 minutes, dd/mm/yyyy HH:mm


def test_signing_in_runs_off_the_window_thread(qtbot: QtBot, office: Office) -> None:
    tasks = TaskRunner()
    dialog = make(qtbot, office, tasks)
    type_text(dialog.login, ADMIN)
    type_text(dialog.password, ADMIN_PASSWORD)
    press(dialog.password, Qt.Key.Key_Return)
    # Argon2 and opening the database take a moment: the dialog says so and takes no second Enter meanwhile.
    assert dialog.status.text() == vi_sign_in.SIGNING_IN
    assert not dialog.password.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
    assert close_services(dialog).ctx.actor.login == ADMIN
    assert dialog.status.text() == ""
    tasks.wait()


def test_forgot_password_says_an_administrator_resets_it(qtbot: QtBot, office: Office) -> None:
    dialog = make(qtbot, office)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(qtbot, QMessageBox, read)
    click(qtbot, dialog.forgot_button)
    assert seen and "quản trị viên" in seen[0] and "mã khôi phục" in seen[0]


def test_the_recovery_key_opens_the_office_and_sets_a_new_administrator_password(
    qtbot: QtBot, office: Office
) -> None:
    dialog = make(qtbot, office)
    new_password = "Mưa phùn tháng Giêng lạnh"

    def recover(window: QWidget) -> None:
        assert isinstance(window, RecoveryDialog)
        type_text(window.key, "ABCDE-" + office.recovery_key[6:])  # one group mistyped
        press(window.key, Qt.Key.Key_Return)
        assert window.key_error.text() == "Mã khôi phục không đúng."
        window.key.clear()
        type_text(window.key, office.recovery_key.lower())  # from paper: case does not matter
        press(window.key, Qt.Key.Key_Return)
        qtbot.wait(50)
        assert window.second.isVisible() and window.admin.currentData() == ADMIN
        type_text(window.fields.password, new_password)
        press(window.fields.password, Qt.Key.Key_Return)
        type_text(window.fields.repeat, new_password)
        press(window.fields.repeat, Qt.Key.Key_Return)

    when_modal(qtbot, RecoveryDialog, recover)
    click(qtbot, dialog.recover_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services is not None
    user = dialog.services.users.current()
    assert user is not None and user.login == ADMIN
    assert (
        not user.must_change_password
    )  # the password was chosen by the person at the desk: no second change
    close_services(dialog)
    again = make(qtbot, office)
    sign_in(qtbot, again, ADMIN, ADMIN_PASSWORD)
    assert again.services is None  # the old password opens nothing now
    sign_in(qtbot, again, ADMIN, new_password)
    assert close_services(again).ctx.actor.login == ADMIN
