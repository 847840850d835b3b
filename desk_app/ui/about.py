""" "Giới thiệu": the version, where the office's data lives, how big it is and the last verified backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import __version__
from desk_app.i18n import vi, vi_about, vi_backup
from desk_app.paths import resources_dir
from desk_app.services.registry import Services
from desk_app.ui.dialogs import localize_buttons

ICON_PX = 64


def app_icon() -> QIcon:
    """The app's icon (desk_app/resources/icons): the window's, the taskbar's and the installer's."""
    return QIcon(str(resources_dir() / "icons" / "desk-app.png"))


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vi_about.TITLE)
        status = services.backups.status()
        self.rows = {
            vi_about.DATA_FOLDER: str(services.ctx.data_dir),
            vi_about.DATABASE_SIZE: vi_backup.size_text(services.backups.database_size()),
            vi_about.LAST_BACKUP: vi_backup.stamp(status.last_verified)
            if status.last_verified
            else vi_about.NO_BACKUP,
        }
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_PX, ICON_PX))
        name = QLabel(
            f"<b style='font-size:x-large'>{vi.APP_NAME}</b><br>{vi_about.VERSION.format(version=__version__)}"
        )
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(name, 1)
        purpose = QLabel(vi_about.PURPOSE)
        purpose.setWordWrap(True)
        form = QFormLayout()
        for label, value in self.rows.items():
            if label == vi_about.DATA_FOLDER:  # a long path scrolls in its box instead of being cut off
                folder = QLineEdit(value)
                folder.setReadOnly(True)
                folder.setCursorPosition(0)
                form.addRow(label, folder)
                continue
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(vi_about.COPY)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        localize_buttons(buttons)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def text(self) -> str:
        """What a technician on the phone asks for: version, folder, size, last backup."""
        lines = [f"{vi.APP_NAME} — {vi_about.VERSION.format(version=__version__)}"]
        lines += [f"{label} {value}" for label, value in self.rows.items()]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
