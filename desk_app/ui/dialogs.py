"""Vietnamese message boxes: Qt ships no Vietnamese, so every button text is set here."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from desk_app.i18n import vi_ui

_BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: vi_ui.BTN_OK,
    QDialogButtonBox.StandardButton.Cancel: vi_ui.BTN_CANCEL,
    QDialogButtonBox.StandardButton.Close: vi_ui.BTN_CLOSE,
    QDialogButtonBox.StandardButton.Yes: vi_ui.BTN_YES,
    QDialogButtonBox.StandardButton.No: vi_ui.BTN_NO,
    QDialogButtonBox.StandardButton.Save: vi_ui.BTN_SAVE,
}


# The system draws a window's title bar and frame outside the widget: leave this much of the screen for them.
WINDOW_FRAME = QSize(16, 40)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open a window at (width, height), or smaller on a small screen: 1366×768 at 125 % scaling leaves about
    1093×580 logical pixels under the taskbar, and a window taller than that hides its buttons."""
    room = window.screen().availableGeometry().size() - WINDOW_FRAME
    window.resize(min(width, room.width()), min(height, room.height()))


def localize_buttons(box: QDialogButtonBox) -> None:
    """Give a dialog's standard buttons their Vietnamese text."""
    for which, text in _BUTTON_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(vi_ui.BTN_CLOSE, QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def info(parent: QWidget | None, text: str, title: str = vi_ui.TITLE_INFO) -> None:
    _message(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, text: str, title: str = vi_ui.TITLE_WARN) -> None:
    _message(parent, QMessageBox.Icon.Warning, title, text)


def error(parent: QWidget | None, text: str, title: str = vi_ui.TITLE_ERROR) -> None:
    _message(parent, QMessageBox.Icon.Critical, title, text)


def confirm(
    parent: QWidget | None, text: str, title: str = vi_ui.TITLE_CONFIRM, *, default_yes: bool = False
) -> bool:
    """Ask a yes/no question with "Có"/"Không"; Esc answers "Không"."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(vi_ui.BTN_YES, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(vi_ui.BTN_NO, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
