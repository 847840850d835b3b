"""The start of the window (app.open_office): a new folder is set up (office, first administrator, recovery key once);
an office from before this version gets its administrator and is secured; a secured one asks for a password, and a
password an administrator reset is replaced before work starts."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.domain.enums import Role
from desk_app.i18n import vi_sign_in as vsi
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.services.users.session import is_secured, sign_in
from desk_app.storage.cipher import is_encrypted
from desk_app.ui.change_password import ChangePasswordDialog
from desk_app.ui.first_admin import FirstAdminDialog
from desk_app.ui.first_run import FirstRunDialog
from desk_app.ui.recovery_key import RecoveryKeyDialog
from desk_app.ui.sign_in import SignInDialog
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.conftest import FIXED_NOW
from tests.gui.accounts_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    OFFICER,
    OFFICER_PASSWORD,
    secure_office,
    signing_in,
    when_modal,
)
from tests.helpers.qt_input import click, press, type_text
from tests.helpers.templates import OfficeTemplate

ADMIN_NEW = "ha.tt"
SECOND, SECOND_PASSWORD = "lan.tt", "Gió mùa thu về trên đồng"
ADMIN_NEW_PASSWORD = "Nắng sớm trên sông Hậu"


def open_office(paths: AppPaths) -> Services | None:
    return app_module.open_office(paths, ImmediateTaskRunner(), lambda: FIXED_NOW)


def then(qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None], seen: list[str]) -> None:
    """Answer the next modal window of `kind`, noting that it came."""

    def answer(window: QWidget) -> None:
        seen.append(kind.__name__)
        act(window)

    when_modal(qtbot, kind, answer)


def admin_step(qtbot: QtBot, seen: list[str], *, is_head: bool = False) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        seen.append("converting" if dialog.converting else "new")
        then(qtbot, RecoveryKeyDialog, keep_key(qtbot, seen), seen)
        type_text(dialog.fields.login, ADMIN_NEW)
        press(dialog.fields.login, Qt.Key.Key_Return)
        if is_head:
            click(qtbot, dialog.is_head)
            seen.append(dialog.fields.full_name.text())
        else:
            type_text(dialog.fields.full_name, "Trương Thị Hà")
        type_text(dialog.fields.password, ADMIN_NEW_PASSWORD)
        press(dialog.fields.password, Qt.Key.Key_Return)
        type_text(dialog.fields.repeat, ADMIN_NEW_PASSWORD)
        press(dialog.fields.repeat, Qt.Key.Key_Return)

    return fill


def keep_key(qtbot: QtBot, seen: list[str]) -> Callable[[QWidget], None]:
    def keep(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        seen.append(dialog.key_label.text())
        press(dialog.confirm, Qt.Key.Key_Escape)  # the key would be lost unseen: Esc does not close it
        assert dialog.isVisible() and not dialog.continue_button.isEnabled()
        click(qtbot, dialog.confirm)
        click(qtbot, dialog.continue_button)

    return keep


def test_a_new_folder_sets_up_the_office_then_its_administrator_then_shows_the_key_once(
    qtbot: QtBot, paths: AppPaths
) -> None:
    seen: list[str] = []

    def office(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        then(qtbot, FirstAdminDialog, admin_step(qtbot, seen), seen)
        type_text(dialog.office.name, "ỦY BAN NHÂN DÂN XÃ AN PHÚ")
        type_text(dialog.office.place_name, "An Phú")
        type_text(dialog.head_name, "Trần Văn Bình")
        type_text(dialog.officer_name, "Phạm Thị Dung")
        press(dialog.officer_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    then(qtbot, FirstRunDialog, office, seen)
    services = open_office(paths)

    assert services is not None
    try:
        assert seen[:3] == ["FirstRunDialog", "FirstAdminDialog", "new"]
        assert seen[3] == "RecoveryKeyDialog" and len(seen[4].replace("-", "").replace("\n", "")) >= 32
        assert is_secured(paths) and services.office.is_set_up()
        actor = services.ctx.actor
        assert actor.login == ADMIN_NEW and Role.QUAN_TRI in actor.roles and services.ctx.key is not None
    finally:
        services.close()


def test_an_office_from_before_gets_its_administrator_and_is_secured(
    qtbot: QtBot, paths: AppPaths, office_template: OfficeTemplate
) -> None:
    shutil.copytree(office_template.folder, paths.data)
    seen: list[str] = []
    then(qtbot, FirstAdminDialog, admin_step(qtbot, seen, is_head=True), seen)

    services = open_office(paths)

    assert services is not None
    try:
        # No first run (the office is there); the head sets it up and is linked to their staff record.
        assert seen[:3] == ["FirstAdminDialog", "converting", "Trần Văn Bình"]
        assert "RecoveryKeyDialog" in seen
        actor = services.ctx.actor
        assert set(actor.roles) == {Role.QUAN_TRI, Role.LANH_DAO}
        head = services.office.head()
        assert head is not None and actor.staff_id == head.id
        assert is_secured(paths)
    finally:
        services.close()
    # Converted after a backup: neither the database nor any backup shows the head's name any more.
    assert is_encrypted(paths.database)
    files = [paths.database, *paths.backups.glob("*")]
    assert len(files) > 1
    assert not [f.name for f in files if f.is_file() and "Trần Văn Bình".encode() in f.read_bytes()]
    again = sign_in(paths, ADMIN_NEW, ADMIN_NEW_PASSWORD, FIXED_NOW)  # the password opens it from now on
    again.close()


def test_the_conversion_dialog_explains_and_can_be_left(
    qtbot: QtBot, paths: AppPaths, office_template: OfficeTemplate
) -> None:
    shutil.copytree(office_template.folder, paths.data)

    def leave(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        assert dialog.create_button.text() == vsi.BTN_CREATE_AND_CONVERT
        click(qtbot, dialog.quit_button)

    when_modal(qtbot, FirstAdminDialog, leave)
    assert open_office(paths) is None
    assert not is_secured(paths)  # nothing changed: the next start asks again


def test_a_reset_password_is_replaced_before_work_and_signing_out_there_goes_back(
    qtbot: QtBot, paths: AppPaths
) -> None:
    office = secure_office(paths)
    admin = sign_in(paths, ADMIN, ADMIN_PASSWORD, FIXED_NOW)
    admin.users.reset_password(OFFICER, "Mật khẩu tạm của Dung")
    admin.close()
    seen: list[str] = []

    def sign_in_as_officer(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        then(qtbot, ChangePasswordDialog, sign_out_instead, seen)
        type_text(dialog.login, OFFICER)
        type_text(dialog.password, "Mật khẩu tạm của Dung")
        press(dialog.password, Qt.Key.Key_Return)

    def sign_out_instead(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        assert dialog.cancel_button.text() == vsi.BTN_SIGN_OUT
        then(qtbot, SignInDialog, sign_in_and_change, seen)
        click(qtbot, dialog.cancel_button)

    def sign_in_and_change(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        then(qtbot, ChangePasswordDialog, change, seen)
        type_text(dialog.password, "Mật khẩu tạm của Dung")  # the login is remembered
        press(dialog.password, Qt.Key.Key_Return)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        type_text(dialog.current, "Mật khẩu tạm của Dung")
        type_text(dialog.fields.password, OFFICER_PASSWORD + " mới")
        type_text(dialog.fields.repeat, OFFICER_PASSWORD + " mới")
        click(qtbot, dialog.save_button)

    then(qtbot, SignInDialog, sign_in_as_officer, seen)
    services = open_office(office.paths)

    assert seen == ["SignInDialog", "ChangePasswordDialog", "SignInDialog", "ChangePasswordDialog"]
    assert services is not None
    try:
        user = services.users.current()
        assert user is not None and user.login == OFFICER and not user.must_change_password
    finally:
        services.close()


def test_quitting_the_sign_in_opens_nothing(qtbot: QtBot, paths: AppPaths) -> None:
    secure_office(paths)

    def quit_(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        press(dialog.login, Qt.Key.Key_Escape)

    when_modal(qtbot, SignInDialog, quit_)
    assert open_office(paths) is None


def test_the_window_signs_out_to_the_sign_in_and_the_typed_form_comes_back(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """run_gui end to end: sign in, type, sign out; another user signs in (an empty form), signs out; the first
    signs in again and finds the form as they left it; quit."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.main_window import MainWindow

    office = secure_office(paths)
    # A second reception officer (the administrator's window has no intake form to look at).
    with signing_in(office) as open_as:
        open_as(ADMIN, ADMIN_PASSWORD).users.add_user(
            SECOND, "Trần Thị Lan", (Role.TIEP_CONG_DAN,), SECOND_PASSWORD
        )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own: put it back after
    seen: list[str] = []

    def step() -> None:
        modal = QApplication.activeModalWidget()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if isinstance(modal, SignInDialog) and not modal.password.isEnabled():
            pass  # the password is being checked off the window's thread: wait
        elif isinstance(modal, SignInDialog):
            seen.append("sign-in")
            turn = seen.count("sign-in")
            if turn > 3:
                press(modal.login, Qt.Key.Key_Escape)
                return
            # The officer, then another officer at the same desk, then the first officer again.
            login, password = (SECOND, SECOND_PASSWORD) if turn == 2 else (OFFICER, OFFICER_PASSWORD)
            modal.login.clear()
            type_text(modal.login, login)
            type_text(modal.password, password)
            press(modal.password, Qt.Key.Key_Return)
        elif windows:
            window = windows[0]
            assert window.intake is not None
            name = window.intake.people.full_name
            seen.append(f"window {window.services.ctx.actor.login} «{name.text()}»")
            if not name.text() and window.services.ctx.actor.login == OFFICER:
                type_text(name, "Nguyễn Văn An")
            window.account_button.actions()[-1].trigger()  # Tài khoản › Đăng xuất
        QTimer.singleShot(200, step)

    QTimer.singleShot(200, step)
    guard = QTimer()
    guard.setSingleShot(False)  # a repeating guard: quits a run that never ends
    guard.timeout.connect(lambda: QApplication.exit(3))
    guard.start(60_000)
    code = app_module.run_gui(paths, [])
    guard.stop()

    assert code == 0
    # The officer's unsaved form is theirs: kept for them, never shown to the next user of the desk.
    assert seen == [
        "sign-in",
        f"window {OFFICER} «»",
        "sign-in",
        f"window {SECOND} «»",
        "sign-in",
        f"window {OFFICER} «Nguyễn Văn An»",
        "sign-in",
    ]
