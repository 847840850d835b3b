"""The idle lock: typing keeps the window open; a pause covers every window so no citizen's data shows, keeps the
unsaved form as it was, opens only with the same user's password, and can sign out (the form stays a draft)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desk_app.i18n import vi_sign_in
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.ui.lock import LockCover, idle_minutes, set_idle_minutes
from desk_app.ui.main_window import INTAKE_INDEX, MainWindow
from desk_app.ui.pages.intake.dialogs import RefusalDialog
from desk_app.ui.pages.intake.drafts import DRAFT_KEY
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
from tests.helpers.qt_input import click, press, settle, type_text


@pytest.fixture
def office(paths: AppPaths) -> Office:
    return secure_office(paths)


@pytest.fixture
def signed_in(office: Office) -> Iterator[Callable[[str, str], Services]]:
    with signing_in(office) as open_as:
        yield open_as


IDLE_MS = 2500  # long enough that a loaded test machine never pauses that long between two keys
CCCD = "001099012345"
NAME = "Nguyễn Văn An"


@pytest.fixture
def window(qtbot: QtBot, signed_in: Callable[[str, str], Services]) -> Iterator[MainWindow]:
    services = signed_in(OFFICER, OFFICER_PASSWORD)
    win = MainWindow(services, ImmediateTaskRunner(), idle_ms=IDLE_MS)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.stack.currentIndex() == INTAKE_INDEX
    yield win
    if win.idle is not None:
        win.idle.stop()


def type_slowly(qtbot: QtBot, widget: QWidget, text: str, pause_ms: int = 400) -> None:
    """A few characters at a time with pauses shorter than the idle time: a person typing."""
    for start in range(0, len(text), 3):
        type_text(widget, text[start : start + 3])
        qtbot.wait(pause_ms)


def citizen_texts_shown(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLineEdit, QLabel)) and (CCCD in widget.text() or NAME in widget.text()):
            found.append(f"{type(widget).__name__} {widget.objectName()}: {widget.text()}")
    return found


def host(window: MainWindow) -> LockCover:
    cover = window.screen_lock.host
    assert cover is not None
    return cover


def test_typing_keeps_it_open_a_pause_locks_and_only_the_password_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    people = window.intake.people
    started = time.monotonic()
    type_slowly(qtbot, people.full_name, NAME)
    type_slowly(qtbot, people.id_number, CCCD)  # 3.6 s of typing, longer than the idle time: never locked
    assert (time.monotonic() - started) * 1000 > IDLE_MS  # the typing outlasted the idle time…
    assert not window.screen_lock.is_locked()  # …and never let it lock
    assert citizen_texts_shown(window)  # the check below can see what it looks for

    qtbot.waitUntil(window.screen_lock.is_locked, timeout=IDLE_MS * 3)

    assert citizen_texts_shown(window) == []
    assert not people.id_number.isVisible()
    cover = host(window)
    # What a screenshot of the window shows is the cover and nothing else.
    rgb = QImage.Format.Format_RGB32
    assert window.grab().toImage().convertToFormat(rgb) == cover.grab().toImage().convertToFormat(rgb)
    assert cover.password.hasFocus()

    type_text(cover.password, OFFICER_PASSWORD[:-1])
    press(cover.password, Qt.Key.Key_Return)
    assert window.screen_lock.is_locked() and cover.error.text() == "Mật khẩu không đúng."
    type_text(cover.password, ADMIN_PASSWORD)  # another user's password does not open it either
    press(cover.password, Qt.Key.Key_Return)
    assert window.screen_lock.is_locked()
    type_text(cover.password, OFFICER_PASSWORD)
    press(cover.password, Qt.Key.Key_Return)
    settle(qtbot, window)

    assert not window.screen_lock.is_locked()
    assert people.full_name.text() == NAME and people.id_number.text() == CCCD
    assert people.id_number.isVisible() and people.id_number.hasFocus()
    assert not window.findChildren(LockCover) or not any(
        c.isVisible() for c in window.findChildren(LockCover)
    )
    qtbot.wait(IDLE_MS // 2)
    assert not window.screen_lock.is_locked()  # the count starts again at the unlock


def test_ctrl_l_locks_at_once_and_sign_out_keeps_the_form_as_a_draft(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(window.intake.people.full_name, NAME)
    press(window.intake.people.full_name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screen_lock.is_locked()
    assert citizen_texts_shown(window) == []

    click(qtbot, host(window).sign_out_button)

    assert window.signed_out and not window.isVisible()
    payload = window.services.drafts.load(DRAFT_KEY)
    assert payload is not None and payload["form"]["people"]["full_name"] == NAME


def test_a_dialog_open_at_the_pause_is_covered_too_and_unlocked_in_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: dict[str, object] = {}

    def in_dialog(dialog: QWidget) -> None:
        before = [w for w in dialog.findChildren(QWidget) if w.isVisible()]
        assert before
        qtbot.waitUntil(window.screen_lock.is_locked, timeout=IDLE_MS * 3)
        cover = host(window)
        seen["host_in_dialog"] = cover.window() is dialog
        seen["dialog_content_hidden"] = not any(w.isVisible() for w in before)
        seen["main_hidden"] = not window.intake.isVisible()
        press(cover.password, Qt.Key.Key_Escape)  # Esc does not close the covered dialog
        seen["esc_ignored"] = dialog.isVisible() and window.screen_lock.is_locked()
        type_text(cover.password, OFFICER_PASSWORD)
        press(cover.password, Qt.Key.Key_Return)
        qtbot.wait(50)
        seen["unlocked"] = not window.screen_lock.is_locked()
        seen["dialog_back"] = all(w.isVisible() for w in before)
        assert isinstance(dialog, RefusalDialog)
        dialog.reject()

    type_text(window.intake.people.full_name, NAME)
    when_modal(qtbot, RefusalDialog, in_dialog)
    click(qtbot, window.intake.refuse_button)
    assert seen == {
        "host_in_dialog": True,
        "dialog_content_hidden": True,
        "main_hidden": True,
        "esc_ignored": True,
        "unlocked": True,
        "dialog_back": True,
    }
    assert window.intake.people.full_name.text() == NAME


def test_the_idle_time_is_the_administrators_setting(
    qtbot: QtBot, signed_in: Callable[[str, str], Services]
) -> None:
    services = signed_in(ADMIN, ADMIN_PASSWORD)
    data = services.ctx.data_dir
    assert idle_minutes(data) == 5  # reliability §4.4's default
    set_idle_minutes(data, 0)
    assert idle_minutes(data) == 1  # never off
    win = MainWindow(services, ImmediateTaskRunner())
    qtbot.addWidget(win)
    assert win.idle is not None and win.idle.interval_ms == 60_000
    tab = win.settings_page.users_tab
    assert tab is not None
    tab.idle.setValue(12)
    click(qtbot, tab.idle_save)
    assert idle_minutes(data) == 12 and win.idle.interval_ms == 12 * 60_000
    assert tab.status.text() == vi_sign_in.IDLE_SAVED.format(minutes=12)
    win.idle.stop()


def test_without_a_signed_in_user_there_is_no_lock(qtbot: QtBot, office_services: Services) -> None:
    """A plain office from before (or a test template) has nobody's password to ask for: no lock, no menu item."""
    win = MainWindow(office_services, ImmediateTaskRunner(), idle_ms=100)
    qtbot.addWidget(win)
    qtbot.wait(300)
    assert win.idle is None and not win.screen_lock.is_locked()
    assert not win.lock_action.isEnabled()


def test_over_a_small_message_box_the_password_panel_still_fits(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desk_app.ui import dialogs

    seen: dict[str, bool] = {}

    def in_box(box: QWidget) -> None:
        size = box.size()
        window.lock_screen()
        cover = host(window)
        panel = cover.password.parentWidget()
        assert panel is not None
        seen["in_box"] = cover.window() is box
        seen["panel_fits"] = box.rect().contains(panel.geometry())
        type_text(cover.password, OFFICER_PASSWORD)
        press(cover.password, Qt.Key.Key_Return)
        seen["size_back"] = box.size() == size
        assert isinstance(box, QMessageBox)
        box.accept()

    when_modal(qtbot, QMessageBox, in_box)
    dialogs.info(window, "Đã lưu.")
    assert seen == {"in_box": True, "panel_fits": True, "size_back": True}


def test_wrong_passwords_at_the_lock_count_towards_the_lockout(qtbot: QtBot, window: MainWindow) -> None:
    window.lock_screen()
    cover = host(window)
    for _ in range(5):
        type_text(cover.password, "đoán mò mật khẩu")
        press(cover.password, Qt.Key.Key_Return)
    type_text(cover.password, OFFICER_PASSWORD)
    press(cover.password, Qt.Key.Key_Return)

    assert window.screen_lock.is_locked()  # even the right password, while the account is locked
    assert "tạm khóa" in cover.error.text() and "20/11/2026 09:45" in cover.error.text()
    assert cover.sign_out_button.isEnabled()  # the way out: sign out, the form stays a draft
