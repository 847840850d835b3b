"""Tài khoản › Tùy chọn hiển thị và in: the font size per user, applied at once and kept; what "In" does per PC."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.i18n import vi_about, vi_preferences, vi_sign_in
from desk_app.paths import AppPaths
from desk_app.ui import preferences
from desk_app.ui.main_window import MainWindow
from desk_app.ui.preferences import PrintMode
from desk_app.ui.preferences_dialog import PreferencesDialog
from desk_app.ui.tasks import ImmediateTaskRunner
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
from tests.helpers.qt_input import click, press, settle

Opener = Callable[[str, str], MainWindow]


@pytest.fixture
def office(tmp_path: Path) -> Office:
    return secure_office(AppPaths(tmp_path / "data"))


@pytest.fixture
def open_window(qtbot: QtBot, office: Office) -> Iterator[Opener]:
    windows: list[MainWindow] = []
    with signing_in(office) as open_as:

        def make(login: str, password: str) -> MainWindow:
            window = MainWindow(open_as(login, password), ImmediateTaskRunner())
            qtbot.addWidget(window)
            window.resize(1366, 768)
            window.show()
            qtbot.waitExposed(window)
            windows.append(window)
            return window

        yield make
        for window in windows:
            if window.idle is not None:
                window.idle.stop()
            window.close()
    preferences.apply_font_scale(100)  # the next test starts at the plain size


def through_menu(qtbot: QtBot, window: MainWindow, act: Callable[[PreferencesDialog], None]) -> None:
    def on(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        act(dialog)

    when_modal(qtbot, PreferencesDialog, on)
    window.preferences_action.trigger()
    settle(qtbot, window)


def pick_size(dialog: PreferencesDialog, text: str) -> None:
    """Arrow keys in the size box, which has the focus when the dialog opens."""
    assert dialog.focusWidget() is dialog.font_size
    press(dialog.font_size, Qt.Key.Key_Home)
    while dialog.font_size.currentText() != text:
        press(dialog.font_size, Qt.Key.Key_Down)


def stored_scale(office: Office, login: str) -> object:
    return QSettings(str(office.paths.data / preferences.FILE), QSettings.Format.IniFormat).value(
        f"user/{login}/font_scale"
    )


def test_a_larger_font_applies_at_once_and_follows_the_user(
    qtbot: QtBot, open_window: Opener, office: Office
) -> None:
    window = open_window(OFFICER, OFFICER_PASSWORD)
    base = QApplication.font().pointSizeF()
    title = window.title.font().pointSizeF()
    assert title > base * 1.3  # the page title is larger than the text, at any size

    def choose_130(dialog: PreferencesDialog) -> None:
        assert dialog.windowTitle() == vi_preferences.TITLE
        pick_size(dialog, "130 %")
        assert dialog.sample.font().pointSizeF() == pytest.approx(base * 1.3)
        press(dialog.font_size, Qt.Key.Key_Return)  # Enter = Đồng ý

    through_menu(qtbot, window, choose_130)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.3)
    assert window.intake is not None
    assert window.intake.save_button.font().pointSizeF() == pytest.approx(base * 1.3)
    assert window.title.font().pointSizeF() == pytest.approx(title * 1.3)  # still larger, not left behind
    assert window.dashboard_page is not None  # a section title is as much larger than the text as it was
    assert window.dashboard_page.clocks_title.font().pointSizeF() == pytest.approx(base * 1.05 * 1.3)
    assert str(stored_scale(office, OFFICER)) == "130"

    # Back to 110 %: from the base, not 110 % of 130 %.
    through_menu(qtbot, window, lambda d: (pick_size(d, "110 %"), click(qtbot, d.ok_button)))
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.1)
    assert window.title.font().pointSizeF() == pytest.approx(title * 1.1)

    window.sign_out_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)  # the sign-in screen: plain size
    other = open_window(ADMIN, ADMIN_PASSWORD)
    assert QApplication.font().pointSizeF() == pytest.approx(base)  # another user keeps 100 %
    assert other.title.font().pointSizeF() == pytest.approx(title)
    other.close()
    again = open_window(OFFICER, OFFICER_PASSWORD)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.1)
    assert again.title.font().pointSizeF() == pytest.approx(title * 1.1)

    def look(dialog: PreferencesDialog) -> None:
        assert dialog.font_size.currentText() == "110 %"
        dialog.reject()

    through_menu(qtbot, again, look)


def test_the_print_choice_is_kept_and_cancel_changes_nothing(
    qtbot: QtBot, open_window: Opener, office: Office
) -> None:
    window = open_window(OFFICER, OFFICER_PASSWORD)
    assert [a.text() for a in window.account_button.actions()][-3:] == [
        vi_preferences.MENU,  # before Giới thiệu and Đăng xuất, which stays last
        vi_about.MENU,
        vi_sign_in.MENU_SIGN_OUT,
    ]
    base = QApplication.font().pointSizeF()
    assert preferences.print_mode() is PrintMode.DIALOG

    def straight(dialog: PreferencesDialog) -> None:
        assert dialog.mode_buttons[PrintMode.DIALOG].isChecked()  # the default
        assert [b.text() for b in dialog.mode_buttons.values()] == [
            "Mở hộp thoại In (chọn máy in, số bản)",
            "Xem trước rồi mới in",
            "In thẳng ra máy in mặc định",
        ]
        click(qtbot, dialog.mode_buttons[PrintMode.DEFAULT_PRINTER])
        press(dialog.mode_buttons[PrintMode.DEFAULT_PRINTER], Qt.Key.Key_Return)

    through_menu(qtbot, window, straight)
    assert preferences.print_mode() is PrintMode.DEFAULT_PRINTER
    assert QApplication.font().pointSizeF() == pytest.approx(base)  # the size was left at 100 %

    def change_then_cancel(dialog: PreferencesDialog) -> None:
        pick_size(dialog, "150 %")
        click(qtbot, dialog.mode_buttons[PrintMode.PREVIEW])
        press(dialog.mode_buttons[PrintMode.PREVIEW], Qt.Key.Key_Escape)  # Esc = Hủy

    through_menu(qtbot, window, change_then_cancel)
    assert preferences.print_mode() is PrintMode.DEFAULT_PRINTER
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert str(stored_scale(office, OFFICER)) == "100"  # saved by the first OK, untouched by Hủy
