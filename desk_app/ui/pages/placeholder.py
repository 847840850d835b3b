"""A page for an area not built yet: says so plainly and what the area will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.i18n import vi_ui


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.later = QLabel(vi_ui.PLACEHOLDER_LATER.format(title=title))
        self.later.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1a3f7a;")
        self.later.setWordWrap(True)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #333333;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(12)
        layout.addWidget(self.later)
        layout.addWidget(self.description)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        return f"{self.later.text()}\n{self.description.text()}"
