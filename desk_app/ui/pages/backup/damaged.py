"""At start, a damaged database: say so plainly, offer the newest verified backup (or another), or say whom to call.

The dialog restores nothing: accepted, it hands the chosen backup (`chosen`) to the window, which restores it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_backup as vb
from desk_app.services.backup.model import BackupFile
from desk_app.services.backup.recovery import DamagedOffice
from desk_app.ui.dialogs import fit_to_screen
from desk_app.ui.pages.backup.parts import MUTED, backup_words, heading, text_label
from desk_app.ui.widgets.fields import NoticeLabel


def damage_text(office: DamagedOffice) -> str:
    return i18n_errors.message(f"database.damaged.{office.damage}")


class DamagedDatabaseDialog(QDialog):
    """Accepted with `chosen` set to the verified backup to restore; rejected ("Thoát") to close the app."""

    def __init__(self, office: DamagedOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(vb.DAMAGED_TITLE)
        self.verified = [b for b in office.backups() if b.verified]
        self._chosen: BackupFile | None = self.verified[0] if self.verified else None
        what = NoticeLabel()
        what.setObjectName("damageText")
        what.show_text(damage_text(office), "error")
        self.offer = heading("", "damagedOffer")
        self.after = text_label(vb.DAMAGED_AFTER, MUTED)
        self.none = text_label(vb.DAMAGED_NONE, name="damagedNone")
        folder = text_label(str(office.paths.data), MUTED, selectable=True, name="damagedFolder")
        self.list_title = text_label(vb.DAMAGED_LIST)
        self.list = QListWidget()
        self.list.setObjectName("damagedBackups")
        for backup in self.verified:
            when, figures = backup_words(backup)
            item = QListWidgetItem(
                f"{vb.stamp(backup.created)} — {vb.reason_label(backup.reason)} — {figures}"
            )
            item.setToolTip(f"{when}: {figures}")
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._pick)

        self.restore_button = QPushButton(vb.DAMAGED_RESTORE)
        self.restore_button.setObjectName("damagedRestore")
        self.other_button = QPushButton(vb.DAMAGED_OTHER)
        self.other_button.setObjectName("damagedOther")
        self.other_button.setAutoDefault(False)
        self.quit_button = QPushButton(vb.DAMAGED_QUIT)
        self.quit_button.setObjectName("damagedQuit")
        self.quit_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addSpacing(6)
        layout.addWidget(self.offer)
        layout.addWidget(self.after)
        layout.addWidget(self.none)
        folder_title = text_label(vb.DAMAGED_FOLDER)
        layout.addWidget(folder_title)
        layout.addWidget(folder)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list, 1)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.list_title.hide()
        self.list.hide()

        has_backup = self._chosen is not None
        for widget in (self.offer, self.after, self.restore_button):
            widget.setVisible(has_backup)
        self.none.setVisible(not has_backup)
        folder_title.setVisible(has_backup)  # without a backup the sentence above already asks for the folder
        if not has_backup:
            folder.setStyleSheet("font-weight: bold;")
        self.other_button.setVisible(len(self.verified) > 1)
        self.restore_button.setDefault(has_backup)
        self.quit_button.setDefault(not has_backup)
        self.restore_button.clicked.connect(self.accept)
        self.other_button.clicked.connect(self.show_list)
        self.quit_button.clicked.connect(self.reject)
        self._describe()
        self.setMinimumWidth(640)
        fit_to_screen(self, 720, self.sizeHint().height())

    @property
    def chosen(self) -> BackupFile | None:
        """The backup to restore once accepted (None when there is none: then only Thoát is offered)."""
        return self._chosen

    def show_list(self) -> None:
        self.list_title.show()
        self.list.show()
        self.other_button.setEnabled(False)
        self.list.setCurrentRow(self.verified.index(self._chosen) if self._chosen in self.verified else 0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, 720, 560)

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.verified):
            self._chosen = self.verified[row]
            self._describe()

    def _describe(self) -> None:
        if self._chosen is None:
            return
        when, figures = backup_words(self._chosen)
        newest = self._chosen is self.verified[0]
        template = vb.DAMAGED_OFFER if newest else vb.DAMAGED_CHOSEN
        self.offer.setText(template.format(when=when, figures=figures))
