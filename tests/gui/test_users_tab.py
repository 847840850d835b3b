"""Danh mục & cài đặt › Người dùng: only for administrators; adding, roles (Lãnh đạo confirmed by a leader's
password), resetting, closing accounts, and one's own password from the account menu — each refusal under its field."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.i18n import labels, vi_about, vi_preferences
from desk_app.i18n import vi_sign_in as vsi
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.services.users.session import sign_in
from desk_app.ui.change_password import ChangePasswordDialog
from desk_app.ui.pages.settings.page import SettingsPage
from desk_app.ui.pages.settings.user_dialogs import AddUserDialog, ResetPasswordDialog, RolesDialog
from desk_app.ui.pages.settings.users import UsersTab
from tests.conftest import FIXED_NOW
from tests.gui.accounts_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    OFFICER,
    OFFICER_PASSWORD,
    Office,
    secure_office,
    signing_in,
    when_modal,
)
from tests.helpers.qt_input import click, press, retype, settle, type_text

NEW_PASSWORD = "Cây đa đầu làng xanh"


@pytest.fixture
def office(paths: AppPaths) -> Office:
    return secure_office(paths)


@pytest.fixture
def signed_in(office: Office) -> Iterator[Callable[[str, str], Services]]:
    with signing_in(office) as open_as:
        yield open_as


_KEPT: list[SettingsPage] = []  # the page must outlive the test's reference to its tab


def users_tab(qtbot: QtBot, services: Services) -> UsersTab:
    page = SettingsPage(services)
    _KEPT[:] = [page]
    qtbot.addWidget(page)
    page.resize(1166, 688)
    page.show()
    qtbot.waitExposed(page)
    assert page.users_tab is not None
    page.tabs.setCurrentWidget(page.users_tab)
    return page.users_tab


def rows(tab: UsersTab) -> dict[str, list[str]]:
    table = tab.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
        for r in range(table.rowCount())
    }


def select(tab: UsersTab, login: str) -> None:
    tab.select(login)
    tab.table.setFocus()


def test_the_tab_is_for_administrators_only(qtbot: QtBot, signed_in: Callable[[str, str], Services]) -> None:
    officer_page = SettingsPage(signed_in(OFFICER, OFFICER_PASSWORD))
    qtbot.addWidget(officer_page)
    tabs = [officer_page.tabs.tabText(i) for i in range(officer_page.tabs.count())]
    assert officer_page.users_tab is None and vsi.TAB_USERS not in tabs

    tab = users_tab(qtbot, signed_in(ADMIN, ADMIN_PASSWORD))
    listed = rows(tab)
    assert listed[OFFICER][1:3] == [labels.ROLE[Role.TIEP_CONG_DAN], vsi.STATE_ACTIVE]
    assert listed[ADMIN][1] == labels.ROLE[Role.QUAN_TRI]
    select(tab, ADMIN)  # one's own account: neither its roles nor closing it
    assert not tab.roles_button.isEnabled() and not tab.deactivate_button.isEnabled()
    assert tab.reset_button.isEnabled()


def test_adding_a_user_says_each_problem_under_its_field(
    qtbot: QtBot, office: Office, signed_in: Callable[[str, str], Services]
) -> None:
    tab = users_tab(qtbot, signed_in(ADMIN, ADMIN_PASSWORD))
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AddUserDialog)
        fields = dialog.fields
        type_text(fields.login, OFFICER)  # taken: only the service knows
        press(fields.login, Qt.Key.Key_Return)
        type_text(fields.full_name, "Nguyễn Văn An")
        press(fields.full_name, Qt.Key.Key_Return)
        type_text(fields.password, "matkhau123")
        press(fields.password, Qt.Key.Key_Return)  # leaving the field says it at once
        seen["common"] = fields.errors["password"].text()
        retype(fields.password, NEW_PASSWORD)
        type_text(fields.repeat, NEW_PASSWORD + "!")
        click(qtbot, dialog.ok_button)
        seen["differ"] = fields.errors["repeat"].text()
        seen["no_role"] = dialog.roles.error.text()
        retype(fields.repeat, NEW_PASSWORD)
        click(qtbot, dialog.roles.boxes[Role.XU_LY_DON])
        click(qtbot, dialog.ok_button)
        seen["taken"] = fields.errors["login"].text()
        retype(fields.login, "an.nv")
        click(qtbot, dialog.ok_button)

    when_modal(qtbot, AddUserDialog, fill)
    click(qtbot, tab.add_button)
    settle(qtbot, tab)

    assert seen == {
        "common": "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác (ví dụ một câu dễ nhớ).",
        "differ": vsi.PASSWORDS_DIFFER,
        "no_role": vsi.ROLES_REQUIRED,
        "taken": "Tên đăng nhập này đã có người dùng; chọn tên khác.",
    }
    assert rows(tab)["an.nv"] == ["Nguyễn Văn An", labels.ROLE[Role.XU_LY_DON], vsi.STATE_ACTIVE, vsi.NEVER]
    assert tab.status.text() == vsi.USER_ADDED.format(login="an.nv")
    added = sign_in(office.paths, "an.nv", NEW_PASSWORD, FIXED_NOW)
    assert added.ctx.actor.roles == (Role.XU_LY_DON,)
    added.close()


def add_leader(
    qtbot: QtBot, tab: UsersTab, login: str, leader_password: str, *, confirmed: bool = True
) -> dict[str, str]:
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AddUserDialog)
        assert not dialog.leader_row.isVisible()
        type_text(dialog.fields.login, login)
        type_text(dialog.fields.full_name, "Trần Văn Bình")
        type_text(dialog.fields.password, NEW_PASSWORD)
        type_text(dialog.fields.repeat, NEW_PASSWORD)
        click(qtbot, dialog.roles.boxes[Role.LANH_DAO])
        # Giving Lãnh đạo asks for a leader's password, once the office has had a leader.
        assert dialog.leader_row.isVisible() is confirmed
        if confirmed:
            type_text(dialog.leader_password, leader_password)
        click(qtbot, dialog.ok_button)
        seen["roles"] = dialog.roles.error.text()
        seen["leader"] = dialog.leader_error.text()
        if dialog.isVisible():
            dialog.reject()

    when_modal(qtbot, AddUserDialog, fill)
    click(qtbot, tab.add_button)
    settle(qtbot, tab)
    return seen


def test_the_first_leader_is_named_freely_then_only_a_leader_with_their_password_names_one(
    qtbot: QtBot, signed_in: Callable[[str, str], Services]
) -> None:
    tab = users_tab(qtbot, signed_in(ADMIN, ADMIN_PASSWORD))
    # The office has no leader yet: the administrator names the first one without a leader's password.
    assert add_leader(qtbot, tab, "binh.tv", "", confirmed=False) == {"roles": "", "leader": ""}
    assert rows(tab)["binh.tv"][1] == labels.ROLE[Role.LANH_DAO]

    refused = add_leader(qtbot, tab, "cuc.lt", ADMIN_PASSWORD)
    assert refused["roles"].startswith("Chỉ lãnh đạo")  # an administrator who is no leader cannot
    assert "cuc.lt" not in rows(tab)


def test_an_administrator_who_leads_confirms_with_their_own_password(qtbot: QtBot, paths: AppPaths) -> None:
    office = secure_office(paths, admin_roles=(Role.LANH_DAO,))
    with signing_in(office) as open_as:
        tab = users_tab(qtbot, open_as(ADMIN, ADMIN_PASSWORD))
        wrong = add_leader(qtbot, tab, "cuc.lt", "không đúng mật khẩu")
        assert wrong["leader"] == "Mật khẩu xác nhận của lãnh đạo không đúng."
        assert "cuc.lt" not in rows(tab)
        assert add_leader(qtbot, tab, "cuc.lt", ADMIN_PASSWORD) == {"roles": "", "leader": ""}
        assert rows(tab)["cuc.lt"][1] == labels.ROLE[Role.LANH_DAO]


def test_roles_reset_and_closing_an_account(
    qtbot: QtBot, office: Office, signed_in: Callable[[str, str], Services]
) -> None:
    tab = users_tab(qtbot, signed_in(ADMIN, ADMIN_PASSWORD))
    select(tab, OFFICER)

    def roles(dialog: QWidget) -> None:
        assert isinstance(dialog, RolesDialog)
        click(qtbot, dialog.roles.boxes[Role.VAN_THU])
        click(qtbot, dialog.ok_button)

    when_modal(qtbot, RolesDialog, roles)
    press(tab.table, Qt.Key.Key_Return)  # Enter on the row opens its roles
    settle(qtbot, tab)
    assert rows(tab)[OFFICER][1] == f"{labels.ROLE[Role.TIEP_CONG_DAN]}, {labels.ROLE[Role.VAN_THU]}"

    def reset(dialog: QWidget) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        type_text(dialog.fields.password, NEW_PASSWORD)
        press(dialog.fields.password, Qt.Key.Key_Return)
        type_text(dialog.fields.repeat, NEW_PASSWORD)
        press(dialog.fields.repeat, Qt.Key.Key_Return)

    when_modal(qtbot, ResetPasswordDialog, reset)
    click(qtbot, tab.reset_button)
    settle(qtbot, tab)
    assert rows(tab)[OFFICER][2] == vsi.STATE_MUST_CHANGE
    reopened = sign_in(office.paths, OFFICER, NEW_PASSWORD, FIXED_NOW)
    user = reopened.users.current()
    assert user is not None and user.must_change_password
    reopened.close()

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and OFFICER in box.text()
        click(qtbot, next(b for b in box.buttons() if b.text() == "Có"))

    when_modal(qtbot, QMessageBox, yes)
    click(qtbot, tab.deactivate_button)
    settle(qtbot, tab)
    assert rows(tab)[OFFICER][2] == vsi.STATE_INACTIVE
    assert tab.status.text() == vsi.DEACTIVATED.format(login=OFFICER)
    with pytest.raises(Exception, match=r"sign_in\.wrong"):
        sign_in(office.paths, OFFICER, NEW_PASSWORD, FIXED_NOW)


def test_changing_ones_own_password_from_the_account_menu(
    qtbot: QtBot, office: Office, signed_in: Callable[[str, str], Services]
) -> None:
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.tasks import ImmediateTaskRunner

    window = MainWindow(signed_in(OFFICER, OFFICER_PASSWORD), ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert [a.text() for a in window.account_button.actions()] == [
        vsi.MENU_CHANGE_PASSWORD,
        vsi.MENU_LOCK,
        vi_preferences.MENU,
        vi_about.MENU,
        vsi.MENU_SIGN_OUT,  # last, as in every program
    ]
    seen: dict[str, str] = {}

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        type_text(dialog.current, "mật khẩu nhớ nhầm")
        press(dialog.current, Qt.Key.Key_Return)
        type_text(dialog.fields.password, NEW_PASSWORD)
        press(dialog.fields.password, Qt.Key.Key_Return)
        type_text(dialog.fields.repeat, NEW_PASSWORD)
        press(dialog.fields.repeat, Qt.Key.Key_Return)
        seen["wrong"] = dialog.current_error.text()
        type_text(dialog.current, OFFICER_PASSWORD)
        retype(dialog.fields.password, NEW_PASSWORD)
        retype(dialog.fields.repeat, NEW_PASSWORD)
        click(qtbot, dialog.save_button)

    when_modal(qtbot, ChangePasswordDialog, change)
    window.password_action.trigger()
    assert seen == {"wrong": vsi.CURRENT_WRONG}
    assert window.statusBar().currentMessage() == vsi.CHANGED
    window.idle.stop() if window.idle else None
    again = sign_in(office.paths, OFFICER, NEW_PASSWORD, FIXED_NOW)
    again.close()


def test_a_leaders_password_is_reset_only_with_the_acting_leaders_own(qtbot: QtBot, paths: AppPaths) -> None:
    office = secure_office(paths, admin_roles=(Role.LANH_DAO,))
    with signing_in(office) as open_as:
        admin = open_as(ADMIN, ADMIN_PASSWORD)
        admin.users.add_user(
            "cuc.lt", "Lê Thị Cúc", (Role.LANH_DAO,), NEW_PASSWORD, leader_password=ADMIN_PASSWORD
        )
        tab = users_tab(qtbot, admin)
        select(tab, "cuc.lt")
        seen: dict[str, object] = {}

        def reset(dialog: QWidget) -> None:
            assert isinstance(dialog, ResetPasswordDialog)
            seen["asked"] = dialog.leader_row.isVisible()
            type_text(dialog.fields.password, "Trăng rằm tháng Tám sáng")
            type_text(dialog.fields.repeat, "Trăng rằm tháng Tám sáng")
            type_text(dialog.leader_password, "không phải của tôi")
            click(qtbot, dialog.ok_button)
            seen["wrong"] = dialog.leader_error.text()
            type_text(dialog.leader_password, ADMIN_PASSWORD)
            click(qtbot, dialog.ok_button)

        when_modal(qtbot, ResetPasswordDialog, reset)
        click(qtbot, tab.reset_button)
        settle(qtbot, tab)

    assert seen == {"asked": True, "wrong": "Mật khẩu xác nhận của lãnh đạo không đúng."}
    assert rows(tab)["cuc.lt"][2] == vsi.STATE_MUST_CHANGE
    sign_in(paths, "cuc.lt", "Trăng rằm tháng Tám sáng", FIXED_NOW).close()


def test_an_administrator_lets_a_locked_out_officer_try_again(
    qtbot: QtBot, office: Office, signed_in: Callable[[str, str], Services]
) -> None:
    for _ in range(5):
        with pytest.raises(Exception, match=r"sign_in\.wrong"):
            sign_in(office.paths, OFFICER, "sai rồi sai rồi", FIXED_NOW)
    with pytest.raises(Exception, match=r"sign_in\.locked"):
        sign_in(office.paths, OFFICER, OFFICER_PASSWORD, FIXED_NOW)
    tab = users_tab(qtbot, signed_in(ADMIN, ADMIN_PASSWORD))
    select(tab, OFFICER)

    click(qtbot, tab.unlock_button)

    assert tab.status.text() == vsi.LOCKOUT_CLEARED.format(login=OFFICER)
    sign_in(office.paths, OFFICER, OFFICER_PASSWORD, FIXED_NOW).close()
