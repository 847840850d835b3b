"""Tài khoản › Tùy chọn hiển thị và in: the user's font size (applied at once) and what "In" does on this PC."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_preferences as vp
from desk_app.ui import preferences
from desk_app.ui.dialogs import localize_buttons
from desk_app.ui.preferences import FONT_SCALES, PrintMode

MODE_TEXTS = {
    PrintMode.DIALOG: vp.PRINT_DIALOG,
    PrintMode.PREVIEW: vp.PRINT_PREVIEW,
    PrintMode.DEFAULT_PRINTER: vp.PRINT_DEFAULT_PRINTER,
}


class PreferencesDialog(QDialog):
    """Keyboard first: the size box has the focus, arrows choose, Enter keeps (Đồng ý), Esc leaves all as it was."""

    def __init__(self, login: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vp.TITLE)
        self.login = login
        self.font_size = QComboBox()
        self.font_size.setObjectName("fontScale")
        for percent in FONT_SCALES:
            self.font_size.addItem(vp.FONT_PERCENT.format(percent=percent), percent)
        self.font_size.setCurrentIndex(FONT_SCALES.index(preferences.font_scale(login)))
        self.font_size.setToolTip(vp.FONT_TIP)
        self.sample = QLabel(vp.SAMPLE)
        self.sample.setWordWrap(True)
        self.font_size.currentIndexChanged.connect(self._show_sample)
        form = QFormLayout()
        size_label = QLabel(vp.FONT_SIZE)
        size_label.setBuddy(self.font_size)
        form.addRow(size_label, self.font_size)
        form.addRow(self.sample)

        box = QGroupBox(vp.WHEN_PRINTING)
        box.setToolTip(vp.WHEN_PRINTING_TIP)
        modes = QVBoxLayout(box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[PrintMode, QRadioButton] = {}
        current = preferences.print_mode()
        for mode, text in MODE_TEXTS.items():
            button = QRadioButton(text)
            button.setChecked(mode is current)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localize_buttons(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show_sample()
        self.font_size.setFocus()

    def chosen_percent(self) -> int:
        return int(self.font_size.currentData())

    def chosen_mode(self) -> PrintMode:
        return next(mode for mode, button in self.mode_buttons.items() if button.isChecked())

    def _show_sample(self) -> None:
        """The sample line at the chosen size, so the officer sees it before keeping it."""
        font = QFont(preferences.base_font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self.chosen_percent() / 100)
            self.sample.setFont(font)

    def accept(self) -> None:
        """Kept: the size for this user (applied now), the print mode for this PC."""
        preferences.set_font_scale(self.login, self.chosen_percent())
        preferences.set_print_mode(self.chosen_mode())
        super().accept()
        preferences.apply_font_scale(self.chosen_percent())


def show_preferences(login: str | None, parent: QWidget) -> None:
    """Cỡ chữ applies at once (and at this user's next sign-in); the print choice is this PC's."""
    dialog = PreferencesDialog(login, parent=parent)
    dialog.exec()
    dialog.deleteLater()
