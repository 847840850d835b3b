"""The recovery key, shown once after set-up: print it (straight to a printer, no file) or copy it by hand."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.i18n import formatting
from desk_app.i18n import vi_sign_in as vsi
from desk_app.ui.sign_in_parts import title_label


def key_groups(key: str, per_line: int = 0) -> str:
    """The key as it is shown and printed: groups of five (`per_line` groups a line), so copying by hand loses
    no place."""
    plain = "".join(ch for ch in key if ch.isalnum())
    groups = [plain[i : i + 5] for i in range(0, len(plain), 5)]
    if per_line <= 0:
        return "-".join(groups)
    return "\n".join("-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def sheet_html(key: str, office: str, today: dt.date) -> str:
    """One A4 page: what it is, the key in large type, how to use it, where to keep it, a signature line."""
    e = html.escape
    return (
        "<div style='font-family: serif; font-size: 13pt;'>"
        f"<p align='center' style='font-size: 18pt;'><b>{e(vsi.KEY_PRINT_TITLE)}</b></p>"
        f"<p>{e(vsi.KEY_PRINT_OFFICE.format(office=office))}<br/>"
        f"{e(vsi.KEY_PRINT_DATE.format(date=formatting.fmt_date(today)))}</p>"
        "<p align='center' style='font-family: monospace; font-size: 20pt; margin: 24px;'>"
        f"<b>{e(key_groups(key, per_line=4)).replace(chr(10), '<br/>')}</b></p>"
        f"<p>{e(vsi.KEY_PRINT_USE)}</p>"
        f"<p><b>{e(vsi.KEY_PRINT_KEEP)}</b></p>"
        f"<p><br/><br/>{e(vsi.KEY_PRINT_SIGN)}</p>"
        "</div>"
    )


def print_sheet(printer: QPrinter, key: str, office: str, today: dt.date) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    document = QTextDocument()
    document.setHtml(sheet_html(key, office, today))
    document.print_(printer)


class RecoveryKeyDialog(QDialog):
    """Closes only through "Tiếp tục", enabled once the officer confirms the key is kept; Esc does nothing."""

    def __init__(self, key: str, office: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._office = office
        self._today = today
        self.setWindowTitle(vsi.KEY_TITLE)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        intro = QLabel(vsi.KEY_INTRO)
        intro.setWordWrap(True)
        self.key_label = QLabel(key_groups(key, per_line=4))
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet(
            "QLabel#recoveryKey { background: white; border: 2px solid #1f3a5f; padding: 14px; color: #111; }"
        )
        # Not selectable: a key pasted into a file on this computer would open the data it protects.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        advice = QLabel(vsi.KEY_ADVICE)
        advice.setWordWrap(True)
        advice.setStyleSheet("color: #7a1f1f;")
        self.status = QLabel()
        self.status.setObjectName("recoveryKeyStatus")
        self.confirm = QCheckBox(vsi.KEY_CONFIRM)
        self.confirm.setObjectName("recoveryKeyConfirm")
        self.print_button = QPushButton(vsi.BTN_PRINT_KEY)
        self.print_button.setObjectName("recoveryKeyPrint")
        self.print_button.setAutoDefault(False)
        self.continue_button = QPushButton(vsi.BTN_CONTINUE)
        self.continue_button.setObjectName("recoveryKeyContinue")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(vsi.KEY_TITLE))
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addSpacing(6)
        layout.addWidget(advice)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        self.print_button.clicked.connect(self.print_key)
        self.print_button.setFocus()

    def accept(self) -> None:
        if self.confirm.isChecked():
            super().accept()

    def reject(self) -> None:
        """Esc or the window's close button: the key would be lost unseen, so the dialog stays."""

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_sheet(printer, self._key, self._office, self._today)
            self.status.setText(vsi.KEY_PRINTED)
        dialog.deleteLater()
